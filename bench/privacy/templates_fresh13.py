"""The thirteenth blind set ("fresh13") for the PII benchmark: written without seeing the detector or the earlier sets.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh13=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots), and labels spans as corpus.py's docstring says.
Its plumbing (Context, fill, the value generators and their validators), adapted from templates_fresh12.py, now lives
in _blind_values.py, which the blind sets share; its people, towns, streets, Brazilian states and Japanese prefectures (laid out
by _blind_values.write_address, shared by fresh13 to fresh16),
organizations (with {org:<kind>}), work domains, password words and all its templates are its own and stay here. It is balanced: every one of
the fifteen types appears in many templates.

Situations (chosen to be new): GDPR subject-access and right-to-erasure requests (a gym, a people-search site), train
Delay Repay and EU261 flight claims, photography model releases, VA service-record requests and buddy letters,
payroll-breach notices, IRS CP2000 replies, SS-5 replacement cards, co-signer releases, urgent-care intake for a parent,
credit-union and rental applications, refugee sponsorship (G5), resident parking permits (UK, Czech, Greek, Polish),
apprenticeship applications, thesis-defence e-mails, toll-invoice disputes, double hotel charges, hotel card
authorisation forms, wrong-card seat upgrades, food-delivery charges, wine-club and gym cancellations, bank-account
closures, festival wristband refunds, snow-plough, dog-walker and chimney-sweep notes, exchange-student host families,
yoga retreats, vaccination-certificate name mismatches, amateur-radio licence renewals, beekeepers' hive registration,
influencer contracts, apartment viewings, family pool memberships, remittances home (India), holiday-flat deposits,
standing orders to a landlord, club lotto forms, OCR'd card statements, VLOOKUP and payroll-CSV questions over HR rows,
Splitwise exports, babysitter sheets, party RSVP lists, Obsidian daily notes, child-maintenance and fantasy-league
ledgers, burglary inventories, Etsy buyer messages, car-share damage disputes, roadside-assistance transcripts, optician
voicemails, lift repairs, car-lease returns, gift vouchers, leavers' books, reference letters, complaints to a school,
care-home visiting rotas, road trips and relocations between two towns, speaker intros, e-mail signatures,
impersonation reports, wedding-photographer shortlists, portfolio READMEs, Strava rivalries, PayPal.me requests,
link-in-bio lists, shared Drive folders and Dropbox CV links; Rundfunkbeitrag objections, Hundesteuer, Arbeitszeugnis,
Elterngeld, Überweisungsvorlagen, XING profiles, Jobticket questions, mutuelle refunds, RIB changes, box-internet
cancellations, conservatoire enrolment, electricity complaints, care-home places, IMSS registration of domestic
workers, comunidad de vecinos fees, Trenitalia refunds, lost driving licences, school-canteen fees, WOZ objections,
dentist registration, Tikkie in a group chat, motorway-toll refunds, declarações de união estável, Procon complaints,
PKP delays, parents' committee fees, kayak-club registers, e-scooter returns, rent by bank transfer (Swedish, Finnish,
Danish, Norwegian, Romanian, Hungarian), electricity over-charges, evening classes, rental applications, tax powers of
attorney, tuition refunds, parcel complaints (Turkish, Chinese, Korean), leaks reported to a building manager, rent by
card transfer, meter replacements (ОСББ), moving quotes and 年末調整, note and Naver blog bios, car-rental deposits,
전세 contracts, card fraud reports (Japanese, Korean, Turkish, Vietnamese), health-fund refunds, lease renewals in the
UAE, electricity complaints in Hindi, gym cancellations in Thai, leave requests in Vietnamese and travel-insurance
claims in Indonesian. Technical: cloud-init user-data, moderncv LaTeX headers, rendered HTML checkout forms, regexes
tested on SSN lines, leaked OBS/Twitch and YouTube stream keys, ESP32 and MicroPython Wi-Fi sketches, IIS W3C logs,
Cisco ASA syslog, AWS ALB logs, Pi-hole query logs, kustomize secretGenerator, docker run -e, NextAuth .env.local,
pip.conf with a token, muttrc, WeeChat SASL, Vaultwarden compose, Exim mainlog, GCP audit-log JSON, ingress-nginx
logs, Cloudflare firewall CSV, Packer variables, MLflow URIs, Mercurial hgrc, .condarc channel tokens, Clerk keys in
Expo, Uptime Kuma with Telegram, n8n credential exports, Snowflake CLI configs, Flask-Mail, Puppet Hiera, GraphQL
variables, Jira tickets, Salt pillars, Immich .env, Tailscale auth keys, Postmark server tokens, Cloudinary, hcloud
contexts, ngrok authtokens, Synology and Nextcloud failed logins, Home Assistant auth warnings, PEC SMTP logins,
mysqldump -p, psql URIs, sshd and router logs in Turkish, Japanese, Korean, Hebrew and Thai, Aliyun keys in Chinese.

Languages (the first element of each template tuple): en (about half the PII templates; en-US, en-GB, en-IE, en-CA,
en-AU, en-NZ, en-IN, en-ZA, en-NG, or "en-XX" for an English prompt about another (Latin-script) country's people and
numbers), de (DE/AT/CH), fr (FR/BE), es (ES/MX/AR), it, nl (NL/BE), pt, pt-BR, pl, sv, no, da, fi, cs, sk, hu, ro, tr,
hr, lt, el (Greek), ru, uk, bg (Cyrillic), ja, zh, ko (CJK, Hangul), he (Hebrew), ar (Arabic, UAE), hi (Devanagari),
th (Thai), vi, id: 32 languages. A sample's locale is "<language>-<country>" (hi-INH is India written in Devanagari);
the country picks names (in its own script), towns, address layout, phone numbering, card schemes, IBAN country and
national id; the language picks how dates are spelled.

Slot syntax (_blind_values.fill's, as in templates_fresh12): {kind} or {kind:arg:arg} is filled by fill(ctx, slot), which returns (text,
TYPE or None) parts. Person slots ({name}, {first}, {last}, {initial}, {rev}, {namecaps}, {holder}, {email}, {wemail},
{phone[:nat|intl|e164|compact|dots|00|land|mob]}, {dob[:num|long|short|iso]}, {natid[:nino|nhs|pan|aadhaar]}, the
unlabelled {idname}, {ssn[:dash|space|plain]}, {addr}, {addrml}, {iban[:CC|plain|grp]}, {purl[:<site>]}, and the
unlabelled {handle}, {age}) take a digit for persons 2 to 6; on a person's first mention `f`/`m` fix the sex and
`kid`/`baby` the age. Other slots: {town}, {org[:school|clinic|firm|bank|club|care]} (kinds for English),
{date[:num|long|short|iso|spoken]}, {card[:<scheme>][:<layout>]}, {ip:pub|priv|cgnat|v6|v6full|ll|ula}, {tok:<kind>}
(TOKEN_KINDS, with fresh13's twitch_stream, yt_stream, clerk, google_client_secret, ngrok, tailscale, cloudinary,
hcloud, postmark), {pw:<style>}, {cred[:user]}, {credtok:user:kind}, {basic}, {pem[:kind]}; unlabelled {exp}, {cvv},
{x:<negative>} (NEG) and {n:lo:hi}. `@key` at the end gives another, different value of the same kind; the same slot
written twice gives the same value twice. Literal braces are written doubled ("{{", "}}") and become {lb}/{rb} when
the module loads, since corpus._render reads "{" as a slot.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full; "NOWAK Katarzyna" as two
spans; family-first orders of Hungarian, Japanese, Chinese, Korean and Vietnamese names as one span; a surname inside
a Wi-Fi SSID; a card holder in capitals as one span; titles and honorifics stay outside, and so do the one-letter
Hebrew prefixes מ, ל, ב before a name, town or organization); LOCATION a town where someone lives, works, travels or
keeps bees; ORGANIZATION the small employers, schools, clinics, banks and firms of the writer's life (the whole name);
ADDRESS street, number, flat parts, postcode and town as one span, in each country's layout, which may run over lines;
DATE a day-and-month date in the language's own spelling (never the weekday or time; not the machine timestamps of
logs); DATE_OF_BIRTH when it is a birth date; SECRET only the value: provider keys and tokens, stream keys, passwords
and Wi-Fi keys after labels and in config syntaxes (YAML, INI, .env, muttrc, hgrc, C and Python source, command-line
flags; after -p in mysqldump and sshpass, or after `user:` in a chpasswd list, the password alone), door and key-safe
codes given as such, and `user:secret` inside a URL as one span; URL links that point at a person (profiles, personal
sites, payment handles, personal shares); EMAIL every address except example.com/org/net; PHONE valid by phonenumbers
for the sample's country, outside the fiction ranges; CREDIT_CARD Luhn-valid numbers of several schemes, never a
published test number, one span even when OCR splits it over lines; IBAN mod-97 valid (and valid by stdnum's national
checks); US_SSN valid areas, never the specimens; NATIONAL_ID checksum-valid national numbers agreeing with the
person's birth date and sex where the number holds them (and US passport numbers, Vietnamese CCCD); IP_ADDRESS public
and private IPv4, IPv6 (global and unique-local): the address only, never a :port or a /port.

Deliberately not labelled: card expiry dates, CVVs and the last four digits written alone; usernames, nicknames on IRC,
system users and callsigns; hostnames and domains; IMEIs, MAC addresses, ISINs, LEIs, BICs, ISBNs, RF references;
order, invoice, ticket, booking (PNR), parcel (UPS, USPS, DHL) and Amazon order numbers; UUIDs, git SHAs, MD5 and
SHA-256 digests, epoch timestamps, versions, Windows builds, CVE ids; prices, amounts, ages, years and log times;
a Cloudinary api_key (public) and a Clerk publishable key; Telegram chat ids; placeholders (sk-..., <YOUR_API_KEY>,
${VAR}, $HCLOUD_TOKEN, live_XXXX, AWS's EXAMPLE keys, changeme, ********); published test cards, documentation IBANs,
the specimen SSNs, fiction phone ranges, example.com addresses, RFC 5737 documentation addresses and public resolvers;
the placeholder people of forms (John Doe, Max Mustermann...); public figures, famous places and companies in general
questions. Dates never appear in the negative or clean templates, and clean prompts hold no lookalike numbers at all.
"""

from __future__ import annotations

import random

from bench.privacy import _blind_values as _bv
from bench.privacy._blind_values import _braces, _native, _roman, pick_locale, town_name

# --- People and places ------------------------------------------------------------------------------------------
# country -> (female first names, male first names, female surnames, male surnames ("" = same), towns, streets).
# Non-Latin entries are "native=roman"; the romanisation serves e-mail addresses, handles and card holders.
# fresh13 draws its own people and towns: none of these lists is shared with an earlier set.
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Shelby|Mckenna|Yesenia|Latoya|Corinne|Brynn|Ashlyn|Darcy|Leticia|Raegan",
           "Garrett|Dillon|Terrance|Rhett|Joaquin|Kendrick|Beau|Ezekiel|Marquis|Trenton",
           "Szymanski|Abernathy|Castellanos|Haskell|Oyelowo|Lindgren|Pacheco|Rutledge|Yamamoto|McCready", "",
           "Fargo, ND|Amarillo, TX|Billings, MT|Roanoke, VA|Peoria, IL|Duluth, MN|Tacoma, WA|Savannah, GA|Scranton, PA|Topeka, KS",
           "Dogwood|Sagebrush|Quail Run|Mesa Verde|Foxglove|Timberline|Magnolia Bend|Pinecrest"),
    "GB": ("Ffion|Tamsin|Georgia|Heather|Nadia|Kirsty|Poppy|Lowri|Felicity|Yasmin",
           "Fraser|Ewan|Dominic|Aled|Harvey|Zain|Rory|Gareth|Barnaby|Craig",
           "Entwistle|Hargreaves|Ogunbiyi|Cadwallader|Featherstone|Akhtar|McCluskey|Blenkinsop|Trelawny|Sowerby", "",
           "Scarborough YO11|Wrexham LL11|Carlisle CA1|Barnstaple EX31|Darlington DL3|Stirling FK8|Shrewsbury SY1|Ipswich IP4|Bolton BL1|Inverness IV2",
           "Coronation Street|Pinfold Lane|Elmtree Road|Quarry Hill|Meadow Rise|Vicarage Close|Ferry Road|Linnet Way"),
    "IE": ("Saoirse|Gráinne|Éabha|Maeve|Dearbhla|Fionnuala", "Tadhg|Colm|Fiachra|Seánie|Cathal|Donncha",
           "Ó Ceallaigh|McGettigan|Tierney|Ní Dhuibhir|Geraghty|Moriarty", "Ó Ceallaigh|McGettigan|Tierney|Ó Duibhir|Geraghty|Moriarty",
           "Letterkenny, Co. Donegal|Castlebar, Co. Mayo|Dungarvan, Co. Waterford|Portlaoise, Co. Laois|Athlone, Co. Westmeath",
           "Chapel Road|Hazel Grove|Abbeyfield Court|Greenfields Avenue|Marian Terrace"),
    "CA": ("Josée|Brittany|Mandeep|Chantal|Kaitlyn|Noémie", "Jean-François|Tanner|Jaspreet|Dawson|Olivier|Reid",
           "Lévesque|Fraser|Dhaliwal|Côté|Gillis|Campbell-Moore", "",
           "Nanaimo, BC|Fredericton, NB|Trois-Rivières, QC|Lethbridge, AB|Peterborough, ON|Brandon, MB",
           "Tamarack Drive|Sumac Lane|Rue des Érables|Poplar Road|Wapiti Way"),
    "AU": ("Charlize|Indi|Tegan|Bronte|Ellie-Mae|Shannae", "Brodie|Kobe|Lachie|Fletcher|Tyson|Darcy",
           "Kovacevic|McPhee|Papadakis|Tully|Ngata-Smith|Thorburn", "",
           "Geelong VIC|Townsville QLD|Dubbo NSW|Mandurah WA|Devonport TAS|Whyalla SA",
           "Grevillea Street|Waratah Close|Coolabah Drive|Boronia Avenue|Lilly Pilly Court"),
    "NZ": ("Anahera|Kiri|Huia|Paige|Tessa|Marama", "Manaia|Tama|Hemi|Logan|Ihaia|Shane",
           "Tipene|Herewini|Rangihuna|McAuley|Paewai|Gilchrist", "",
           "Palmerston North|Hastings|Gisborne|Timaru|Masterton|Whangārei",
           "Kauri Street|Harakeke Place|Matai Road|Titoki Crescent|Puriri Lane"),
    "IN": ("Aishwarya|Shruti|Lakshmi|Nandini|Tanvi|Revathi", "Aniket|Pranav|Harish|Sandeep|Gautam|Naveen",
           "Menon|Joshi|Banerjee|Nair|Rao|Pillai", "",
           "Thiruvananthapuram|Nashik|Visakhapatnam|Bhubaneswar|Madurai|Ludhiana", "Church Street|Ring Road|Shivaji Nagar|Subhash Marg|Anna Salai"),
    "ZA": ("Naledi|Ayanda|Marelize|Refilwe|Busisiwe|Chantelle", "Lwazi|Tshepo|Johan|Mandla|Wian|Lesego",
           "Mahlangu|Pretorius|Khumalo|Naidoo|Venter|Sithole", "",
           "Kimberley|George|Rustenburg|Mthatha|Potchefstroom|Paarl",
           "Disa Street|Aloe Crescent|Marula Road|Fynbos Avenue|Kiepersol Lane"),
    "NG": ("Ifeoma|Bukola|Zainab|Nneka|Yetunde|Hauwa", "Obinna|Segun|Kelechi|Tunde|Musa|Chinedu",
           "Okafor|Adebayo|Nwachukwu|Olawale|Danjuma|Ogbonna", "",
           "Benin City|Jos|Owerri|Kaduna|Ilorin|Calabar", "Ikorodu Road|Allen Avenue|Ahmadu Bello Way|Zik Avenue|Airport Road"),
    "DE": ("Hannelore|Lina|Janina|Birte|Ronja|Songül|Antje|Mareike", "Gunnar|Jannik|Fynn|Ingo|Bastian|Cem|Detlef|Hauke",
           "Rademacher|Teichmann|Lohmeier|Scheffler|Wischnewski|Bäumer|Öztürk|Hansmann", "",
           "Paderborn|Würzburg|Rostock|Kassel|Erlangen|Trier|Flensburg|Gießen",
           "Rosenstraße|Am Anger|Birkenweg|Goethestraße|Marktplatz|Uhlandstraße|Wiesenweg"),
    "AT": ("Elisabeth|Katharina|Barbara|Sophie", "Stefan|Andreas|Clemens|Markus",
           "Leitner|Aigner|Moser|Wimmer|Eder", "", "St. Pölten|Villach|Dornbirn|Steyr|Leoben|Krems",
           "Wiener Straße|Schubertgasse|Hauptplatz|Kaiserstraße|Mozartgasse"),
    "CH": ("Mirjam|Ladina|Deborah|Fabienne", "Thomas|Lukas|Marco|Adrian", "Gerber|Meier|Ammann|Frei|Schnyder", "",
           "Biel/Bienne|Schaffhausen|Zug|Frauenfeld|Olten|Baden", "Hauptstrasse|Poststrasse|Feldweg|Industriestrasse|Lindenhof"),
    "FR": ("Clémence|Ophélie|Apolline|Mathilde|Anaïs|Justine|Héloïse", "Quentin|Florian|Romain|Hugo|Killian|Jérémy|Aurélien",
           "Rousseau|Le Bihan|Charpentier|Haddad|Vasseur|Lacombe|Peyrot", "",
           "Brest|Dijon|Limoges|Tours|Mulhouse|Avignon|Caen|La Rochelle",
           "rue Pasteur|avenue de la République|rue des Écoles|chemin des Vignes|place du Marché|rue Émile-Zola"),
    "BE": ("Hanne|Pauline|Ine|Noémie|Silke", "Thibault|Stijn|Maarten|Gilles|Bert",
           "Maes|Jacobs|Mertens|Renard|Willems|Declercq", "", "Antwerpen|Charleroi|Hasselt|Kortrijk|Mechelen|Tournai",
           "Nieuwstraat|Rue du Moulin|Veldstraat|Avenue Louise|Beekstraat"),
    "ES": ("Alba|Marta|Irene|Carmen|Leire|Noelia", "Pablo|Unai|Adrián|Xavier|Hugo|Marcos",
           "Martínez Soler|Aguirre|Domínguez|Ferrer|Ortega Vidal|Castro", "",
           "Burgos|Cáceres|Logroño|Murcia|Santander|Tarragona|Oviedo",
           "Calle Real|Avenida de Andalucía|Calle San Francisco|Rambla Nova|Calle Ancha"),
    "MX": ("Yareli|Paola|Citlali|Lorena|Dulce", "Alejandro|Íñigo|Osvaldo|Jonathan|Saúl",
           "González Méndez|Torres|Ibarra|Cárdenas|Saldaña", "", "Monterrey|León|Aguascalientes|Toluca|Chihuahua|Veracruz",
           "Av. Insurgentes|Calle Madero|Av. Constitución|Calle Allende|Blvd. Díaz Ordaz"),
    "AR": ("Lucía|Rocío|Antonella|Valentina", "Santiago|Lautaro|Ezequiel|Franco", "Romero|Álvarez|Medina|Giménez|Luna", "",
           "Tucumán|Neuquén|Santa Fe|Bahía Blanca|Paraná|Posadas", "Av. Belgrano|Calle Sarmiento|Av. Rivadavia|Calle Mitre"),
    "IT": ("Alessia|Sara|Federica|Elisa|Valentina|Noemi", "Simone|Andrea|Federico|Nicolò|Jacopo|Pietro",
           "Russo|Greco|Conti|De Luca|Mancini|Rinaldi|Caruso", "",
           "Modena|Perugia|Brescia|Ancona|Cagliari|Salerno|Pisa",
           "Via Verdi|Via Dante|Corso Vittorio Emanuele|Via Manzoni|Piazza Duomo|Via XX Settembre"),
    "NL": ("Ilse|Marloes|Eva|Fleur|Yara|Maaike", "Daan|Jeroen|Stijn|Niels|Wouter|Koen",
           "Jansen|de Boer|Vermeer|Hendriks|van Dijk|Kuipers|Dekker", "",
           "Amersfoort|Deventer|Nijmegen|Eindhoven|Maastricht|Alkmaar|Breda|Dordrecht",
           "Hoofdstraat|Lindelaan|Beatrixstraat|Kanaalweg|Wilhelminastraat|Vondellaan"),
    "PT": ("Carolina|Rita|Joana|Sofia|Catarina", "João|Diogo|Martim|Nuno|Rui",
           "Pinto|Lopes|Marques|Teixeira|Gonçalves", "", "Guimarães|Leiria|Évora|Funchal|Portimão|Covilhã",
           "Rua do Comércio|Avenida Central|Rua da Sé|Largo do Rossio|Rua Nova"),
    "BR": ("Larissa|Camila|Daniele|Letícia|Priscila|Aline", "Felipe|Matheus|Rodrigo|Diego|Eduardo|João Pedro",
           "Souza|Barbosa|Ribeiro|Carvalho Lima|Araújo|Moreira", "",
           "Salvador|Manaus|Goiânia|Natal|Londrina|Vitória|Joinville",
           "Rua da Consolação|Avenida Sete de Setembro|Rua Sergipe|Avenida Brasil|Rua Bahia"),
    "PL": ("Aleksandra|Natalia|Weronika|Dorota|Ewelina|Justyna", "Bartosz|Michał|Dawid|Jakub|Wojciech|Szymon",
           "Lewandowska|Kamińska|Wójcik|Szymańska|Jabłońska|Krawczyk", "Lewandowski|Kamiński|Wójcik|Szymański|Jabłoński|Krawczyk",
           "Kielce|Bydgoszcz|Szczecin|Częstochowa|Zielona Góra|Gliwice|Tarnów",
           "ul. Lipowa|ul. Polna|ul. Sienkiewicza|ul. Leśna|os. Kopernika|ul. Krótka"),
    "SE": ("Astrid|Wilma|Frida|Elin|Tove", "Axel|Gustav|Emil|Johan|Ludvig", "Nyström|Forsberg|Hedlund|Åkesson|Lundgren", "",
           "Gävle|Jönköping|Sundsvall|Karlstad|Växjö|Norrköping", "Ringvägen|Åsgatan|Parkgatan|Hamngatan|Tallvägen"),
    "NO": ("Kari|Hedda|Solveig|Marte|Ingvild", "Øystein|Vegard|Jørgen|Kristian|Audun", "Berg|Lunde|Eide|Halvorsen|Moen", "",
           "Kristiansand|Fredrikstad|Bodø|Hamar|Molde|Sandnes", "Kongens gate|Bjørkeveien|Fjordveien|Strandgata|Sjøgata"),
    "DK": ("Line|Camilla|Maja|Louise|Birgitte", "Kasper|Anders|Mikkel|Niels|Christian", "Andersen|Larsen|Pedersen|Jeppesen|Nielsen", "",
           "Horsens|Kolding|Herning|Silkeborg|Næstved|Svendborg", "Østergade|Havnegade|Skolevej|Kirkevej|Strandvejen"),
    "FI": ("Kaisa|Noora|Tiina|Elina|Riikka", "Lauri|Joonas|Petteri|Teemu|Sami", "Nieminen|Hämäläinen|Lehtonen|Salonen|Koskinen", "",
           "Pori|Vaasa|Joensuu|Lappeenranta|Rovaniemi|Seinäjoki", "Kirkkokatu|Asemakatu|Rautatienkatu|Isokatu|Koivukuja"),
    "CZ": ("Barbora|Klára|Eliška|Petra|Michaela", "Filip|Adam|Martin|Radek|Jiří",
           "Veselá|Horáková|Němcová|Pokorná|Marková", "Veselý|Horák|Němec|Pokorný|Marek",
           "Ostrava|Hradec Králové|Zlín|Jihlava|Kladno|Opava", "Jiráskova|Smetanova|Tyršova|Sokolská|Lidická"),
    "HU": ("Noémi|Krisztina|Petra|Boglárka|Judit", "Balázs|Csaba|Tamás|Márton|Zsolt", "Farkas|Balogh|Papp|Takács|Juhász|Lakatos", "",
           "Nyíregyháza|Székesfehérvár|Szombathely|Eger|Sopron|Veszprém", "Dózsa György út|Széchenyi utca|Fő utca|Ady Endre utca|Szabadság tér"),
    "RO": ("Elena|Cristina|Diana|Mădălina|Oana", "Cristian|Florin|Adrian|Vlad|Sorin", "Constantinescu|Marin|Georgescu|Rusu|Lungu", "",
           "Oradea|Craiova|Galați|Ploiești|Arad|Suceava", "Str. Libertății|Bd. Independenței|Str. Mihai Viteazu|Str. Unirii"),
    "TR": ("Esra|Gizem|Hande|Seda|Tuğba", "Onur|Serkan|Kaan|Barış|Uğur", "Çelik|Arslan|Koç|Kurt|Özdemir|Erdem", "",
           "Konya|Mersin|Samsun|Denizli|Gaziantep|Edirne", "Bağdat Cad.|İstiklal Sok.|Fevzi Paşa Cad.|Menekşe Sok.|Barbaros Bulvarı"),
    "GR": ("Αθηνά=Athina|Βασιλική=Vasiliki|Χριστίνα=Christina|Ευαγγελία=Evangelia|Ιωάννα=Ioanna",
           "Αλέξανδρος=Alexandros|Βασίλης=Vasilis|Θανάσης=Thanasis|Σπύρος=Spyros|Χρήστος=Christos",
           "Αντωνίου=Antoniou|Νικολάου=Nikolaou|Μαυρίδου=Mavridou|Ζαχαρίου=Zachariou",
           "Αντωνίου=Antoniou|Νικολάου=Nikolaou|Μαυρίδης=Mavridis|Ζαχαρίου=Zachariou",
           "Καβάλα=Kavala|Ιωάννινα=Ioannina|Χανιά=Chania|Κομοτηνή=Komotini|Τρίκαλα=Trikala",
           "Βασιλίσσης Σοφίας|Αριστοτέλους|Ελευθερίου Βενιζέλου|Παπαναστασίου|Ναυαρίνου"),
    "RU": ("Татьяна=Tatiana|Юлия=Yulia|Светлана=Svetlana|Ксения=Ksenia|Полина=Polina",
           "Игорь=Igor|Павел=Pavel|Николай=Nikolay|Артём=Artyom|Владимир=Vladimir",
           "Лебедева=Lebedeva|Новикова=Novikova|Фёдорова=Fyodorova|Павлова=Pavlova|Козлова=Kozlova",
           "Лебедев=Lebedev|Новиков=Novikov|Фёдоров=Fyodorov|Павлов=Pavlov|Козлов=Kozlov",
           "Ярославль=Yaroslavl|Воронеж=Voronezh|Томск=Tomsk|Калуга=Kaluga|Иркутск=Irkutsk|Омск=Omsk",
           "ул. Советская|ул. Мира|пр. Победы|ул. Чехова|ул. Лесная"),
    "UA": ("Юлія=Yuliia|Катерина=Kateryna|Анастасія=Anastasiia|Галина=Halyna|Дарина=Daryna",
           "Віктор=Viktor|Дмитро=Dmytro|Ярослав=Yaroslav|Ігор=Ihor|Назар=Nazar",
           "Кравченко=Kravchenko|Савченко=Savchenko|Поліщук=Polishchuk|Гончаренко=Honcharenko|Литвиненко=Lytvynenko", "",
           "Житомир=Zhytomyr|Чернігів=Chernihiv|Тернопіль=Ternopil|Ужгород=Uzhhorod|Черкаси=Cherkasy|Суми=Sumy",
           "вул. Грушевського|вул. Соборна|просп. Перемоги|вул. Лесі Українки|вул. Садова"),
    "JP": ("美穂=Miho|千尋=Chihiro|彩=Aya|恵子=Keiko|結衣=Yui", "悠斗=Yuto|直樹=Naoki|和也=Kazuya|隆=Takashi|亮=Ryo",
           "伊藤=Ito|山本=Yamamoto|加藤=Kato|吉田=Yoshida|山口=Yamaguchi|松本=Matsumoto", "",
           "横浜市=Yokohama|京都市=Kyoto|神戸市=Kobe|那覇市=Naha|新潟市=Niigata|岡山市=Okayama", "元町|桜町|旭町|駅前通り"),
    "CN": ("婷=Ting|慧敏=Huimin|欣怡=Xinyi|秀英=Xiuying|梦琪=Mengqi", "磊=Lei|军=Jun|建华=Jianhua|子轩=Zixuan|宇航=Yuhang",
           "黄=Huang|周=Zhou|吴=Wu|徐=Xu|孙=Sun|马=Ma|朱=Zhu", "",
           "长沙=Changsha|青岛=Qingdao|昆明=Kunming|厦门=Xiamen|郑州=Zhengzhou|合肥=Hefei", "和平路|长江路|胜利街|光明路|友谊大道"),
    "KR": ("예은=Yeeun|수진=Sujin|혜원=Hyewon|지민=Jimin|다은=Daeun", "준호=Junho|태현=Taehyun|승우=Seungwoo|재원=Jaewon|동현=Donghyun",
           "윤=Yoon|임=Lim|한=Han|오=Oh|신=Shin|장=Jang", "",
           "울산=Ulsan|창원=Changwon|청주=Cheongju|전주=Jeonju|포항=Pohang|고양=Goyang", "시청로|대학로|번영로|신촌로|태화로"),
    "IL": ("אביגיל=Avigail|הדס=Hadas|רותם=Rotem|ליאור=Lior|אורית=Orit", "עידו=Ido|גיל=Gil|אסף=Asaf|נדב=Nadav|רועי=Roi",
           "אזולאי=Azoulay|שפירא=Shapira|פרידמן=Friedman|גבאי=Gabay|דהן=Dahan|קליין=Klein", "",
           "אשדוד=Ashdod|כפר סבא=Kfar Saba|הרצליה=Herzliya|מודיעין=Modiin|עפולה=Afula", "הנביאים|סוקולוב|וייצמן|אחד העם|המייסדים"),
    "AE": ("هند=Hind|سارة=Sara|شيخة=Shaikha|آمنة=Amna|روضة=Rawdha", "سعيد=Saeed|راشد=Rashid|حمدان=Hamdan|سلطان=Sultan|ماجد=Majid",
           "الظاهري=Al Dhaheri|المهيري=Al Mheiri|الزعابي=Al Zaabi|السويدي=Al Suwaidi|البلوشي=Al Balushi", "",
           "أبوظبي=Abu Dhabi|الفجيرة=Fujairah|دبا=Dibba|خورفكان=Khor Fakkan|أم القيوين=Umm Al Quwain", "شارع حمدان|شارع الخليج|شارع الكورنيش|شارع الفلاح"),
    "INH": ("कविता=Kavita|ममता=Mamta|रेखा=Rekha|स्वाति=Swati|दीपिका=Deepika", "मनोज=Manoj|सुरेश=Suresh|अजय=Ajay|दिनेश=Dinesh|आलोक=Alok",
            "तिवारी=Tiwari|पांडे=Pandey|श्रीवास्तव=Srivastava|सिंह=Singh|दुबे=Dubey|जोशी=Joshi", "",
            "वाराणसी=Varanasi|आगरा=Agra|ग्वालियर=Gwalior|देहरादून=Dehradun|रायपुर=Raipur|उदयपुर=Udaipur", "सिविल लाइंस|कमला नगर|अशोक विहार|महात्मा गांधी रोड"),
    "TH": ("พรทิพย์=Pornthip|วรรณา=Wanna|จิราพร=Jiraporn|อรอุมา=Onuma", "ประเสริฐ=Prasert|สุรชัย=Surachai|อนุชา=Anucha|กิตติพงษ์=Kittipong",
           "สุขสวัสดิ์=Suksawat|รัตนพันธ์=Rattanapan|ใจดี=Jaidee|พูลผล=Poonpol|มีสุข=Meesuk", "",
           "ภูเก็ต=Phuket|พิษณุโลก=Phitsanulok|อุบลราชธานี=Ubon Ratchathani|สุราษฎร์ธานี=Surat Thani|ลำปาง=Lampang", "ถนนพหลโยธิน|ถนนราชดำเนิน|ถนนเจริญกรุง|ถนนรัตนาธิเบศร์"),
    "VN": ("Thị Mai|Bích Ngọc|Thanh Hà|Kim Oanh|Hải Yến", "Văn Long|Thành Đạt|Quang Huy|Tiến Dũng|Công Minh",
           "Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Võ", "", "Biên Hòa|Quy Nhơn|Buôn Ma Thuột|Hạ Long|Thái Nguyên|Đà Lạt",
           "đường Hai Bà Trưng|đường Quang Trung|phố Hàng Bông|đường Lý Thường Kiệt|đường Phan Chu Trinh"),
    "SK": ("Katarína|Simona|Dominika|Natália", "Patrik|Samuel|Michal|Matúš", "Lukáčová|Polláková|Šimková|Kováčiková",
           "Lukáč|Pollák|Šimko|Kováčik", "Poprad|Martin|Trenčín|Zvolen|Piešťany|Levice",
           "Hviezdoslavova|Sládkovičova|Jesenského|Partizánska|Námestie SNP"),
    "BG": ("Ралица=Ralitsa|Виктория=Viktoria|Йоана=Yoana|Теодора=Teodora", "Калоян=Kaloyan|Мартин=Martin|Христо=Hristo|Васил=Vasil",
           "Колева=Koleva|Маринова=Marinova|Тодорова=Todorova|Ангелова=Angelova", "Колев=Kolev|Маринов=Marinov|Тодоров=Todorov|Ангелов=Angelov",
           "Велико Търново=Veliko Tarnovo|Плевен=Pleven|Шумен=Shumen|Хасково=Haskovo|Благоевград=Blagoevgrad",
           "ул. „Цар Симеон“|бул. „Васил Левски“|ул. „Христо Ботев“|ул. „Гурко“"),
    "HR": ("Matea|Nikolina|Dora|Helena|Tena", "Filip|Dario|Ante|Mario|Krešimir", "Pavlović|Tomić|Božić|Grgić|Vuković", "",
           "Šibenik|Karlovac|Slavonski Brod|Dubrovnik|Čakovec|Vinkovci",
           "Ulica Stjepana Radića|Ulica Matije Gupca|Obala kneza Branimira|Frankopanska|Ulica Ante Starčevića"),
    "LT": ("Ieva|Greta|Viktorija|Kotryna", "Dovydas|Paulius|Karolis|Rokas", "Kavaliauskienė|Stankevičiūtė|Vasiliauskienė|Butkutė",
           "Kavaliauskas|Stankevičius|Vasiliauskas|Butkus", "Marijampolė|Utena|Jonava|Telšiai|Kėdainiai",
           "Maironio g.|Basanavičiaus g.|Liepų g.|Ąžuolyno g.|Kęstučio g."),
    "ID": ("Intan|Fitri|Wulan|Ratna|Anisa", "Hendra|Yoga|Fajar|Bayu|Eko", "Setiawan|Pratama|Gunawan|Lestari|Siregar|Wibowo", "",
           "Denpasar|Makassar|Palembang|Pontianak|Bogor|Solo", "Jl. Ahmad Yani|Jl. Gatot Subroto|Jl. Veteran|Jl. Imam Bonjol|Jl. Kartini"),
}

# language -> ((country, weight), ...)
LANG_COUNTRIES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 5), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("NG", 1)),
    "de": (("DE", 6), ("AT", 2), ("CH", 2)), "fr": (("FR", 4), ("BE", 1)), "es": (("ES", 3), ("MX", 2), ("AR", 1)),
    "it": (("IT", 1),), "nl": (("NL", 3), ("BE", 1)), "pt": (("PT", 1),), "pl": (("PL", 1),), "sv": (("SE", 1),),
    "no": (("NO", 1),), "da": (("DK", 1),), "fi": (("FI", 1),), "cs": (("CZ", 1),), "hu": (("HU", 1),),
    "ro": (("RO", 1),), "tr": (("TR", 1),), "el": (("GR", 1),), "ru": (("RU", 1),), "uk": (("UA", 1),),
    "sk": (("SK", 1),), "bg": (("BG", 1),), "hr": (("HR", 1),), "lt": (("LT", 1),),
    "ja": (("JP", 1),), "zh": (("CN", 1),), "ko": (("KR", 1),), "he": (("IL", 1),),
    "ar": (("AE", 1),), "hi": (("INH", 1),), "th": (("TH", 1),), "vi": (("VN", 1),), "id": (("ID", 1),),
}


def locale_for(lang: str, rng: random.Random) -> str:
    """A template's lang ("en", "de", "en-GB", "pt-BR", "en-XX") -> the sample's locale "<language>-<country>"."""
    return pick_locale(lang, rng, LANG_COUNTRIES)


# --- Addresses ----------------------------------------------------------------------------------------------------
# Japanese towns and their prefectures, for write_address
_JP_PREF = {"横浜市": "神奈川県", "京都市": "京都府", "神戸市": "兵庫県", "那覇市": "沖縄県", "新潟市": "新潟県", "岡山市": "岡山県"}


def write_address(r: random.Random, country: str, town: str, multiline: bool = False) -> str:
    """A street address in the country's own layout (_blind_values.write_address, with this set's tables)."""
    return _bv.write_address(r, country, town, multiline, people=PEOPLE, br_states=_BR_STATES, prefectures=_JP_PREF)


_BR_STATES = {"Salvador": "BA", "Manaus": "AM", "Goiânia": "GO", "Natal": "RN", "Londrina": "PR", "Vitória": "ES", "Joinville": "SC"}


# --- Organizations -------------------------------------------------------------------------------------------------
_ORG: dict[str, tuple[str, ...]] = {  # {t} town, {l} a surname
    "en": ("{l} & {l2} Chartered Surveyors", "{t} Savings & Loan", "Willowbrook Orthodontics", "Cedar Hill Middle School",
           "{l} Landscaping LLC", "Ironbark Physio & Pilates", "{t} Harriers Athletics Club", "Little Acorns Nursery",
           "{l} Animal Hospital", "Stonegate Lettings", "Holy Cross Catholic Academy", "{l} Electrical Contractors"),
    "de": ("Kanzlei {l} & {l2}", "Volksbank {t} eG", "Kieferorthopädie {l}", "Gesamtschule Am Stadtpark",
           "{l} Sanitär GmbH", "SV Blau-Weiß {t} 1921", "Kinderhaus Pusteblume", "Praxis für Ergotherapie {l}"),
    "fr": ("Cabinet comptable {l}", "Caisse d'Épargne de {t}", "Collège Jean-Moulin", "Menuiserie {l} et Fils",
           "Cabinet vétérinaire du Parc", "Garage {l} Automobiles"),
    "es": ("Asesoría {l}", "Clínica Fisiosalud", "IES Antonio Machado", "Construcciones {l} SL", "Cooperativa Agrícola de {t}"),
    "it": ("Studio Legale {l}", "Cassa Rurale di {t}", "Liceo Scientifico Galileo Galilei", "Officina {l} & Figli", "Centro Medico Salus"),
    "nl": ("Accountantskantoor {l}", "Tandartspraktijk De Molen", "Kindcentrum De Sterrenboog", "Schildersbedrijf {l}"),
    "pt": ("Gabinete {l} & Associados", "Clínica Médica São Bento", "Agrupamento de Escolas de {t}", "Carpintaria {l} & Filhos"),
    "pl": ("Kancelaria Podatkowa {l}", "Przychodnia Rodzinna Medica", "Liceum Ogólnokształcące nr 3 w {t}", "Spółdzielnia Mieszkaniowa Zacisze"),
    "sv": ("Bokföringsbyrån {l} AB", "Tandläkarna i {t}", "{l}s Måleri AB"),
    "no": ("Advokatfirma {l} AS", "{t} tannlegesenter", "{l} Elektro AS"),
    "da": ("Advokathuset {l}", "Tandlægerne Havnegade", "{l} Tømrer ApS"),
    "fi": ("Asianajotoimisto {l} Oy", "Lääkärikeskus Kataja", "{l} Sähkö Oy"),
    "cs": ("Advokátní kancelář {l}", "Gynekologie Slunce", "Gymnázium {t}"),
    "hu": ("{l} és Társa Ügyvédi Iroda", "Pitypang Bölcsőde", "{t}i Családorvosi Rendelő"),
    "ro": ("Cabinet Avocat {l}", "Policlinica Sfânta Maria", "Colegiul Național Mihai Eminescu"),
    "tr": ("{l} Hukuk Bürosu", "Özel Hayat Polikliniği", "{l} Mobilya"),
    "el": ("Δικηγορικό Γραφείο {l}", "Ιατρείο Υγεία Πλus", "Κέντρο Ξένων Γλωσσών Ορίζων"),
    "ru": ("ООО «{l} Консалт»", "Клиника «Здоровье+»", "Гимназия № 12"),
    "uk": ("ФОП {l}", "Медичний центр «Добрий лікар»", "Гімназія № 7"),
    "sk": ("Advokátska kancelária {l}", "Ambulancia Medicus", "Gymnázium {t}"),
    "bg": ("Адвокатска кантора „{l}“", "Медицински център „Здраве“", "Езикова гимназия „Гео Милев“"),
    "hr": ("Odvjetnički ured {l}", "Dom zdravlja Centar", "Gimnazija {t}"),
    "lt": ("Advokatų kontora „{l}“", "Klinika „Sveikata+“", "{t} gimnazija"),
    "ja": ("{l}法律事務所", "{t}さくら眼科", "有限会社ひかり設計"),
    "zh": ("{t}恒信会计师事务所", "康宁口腔门诊", "{t}市实验小学"),
    "ko": ("한결세무법인", "{t}연세이비인후과", "푸른솔중학교"),
    "he": ("משרד עורכי דין {l}", "מרפאת ילדים השקד"),
    "ar": ("مكتب {l} للاستشارات القانونية", "مركز النور الطبي"),
    "hi": ("{l} ट्रेडर्स", "संजीवनी अस्पताल"),
    "th": ("บริษัท {l} การช่าง จำกัด", "คลินิกเวชกรรมสุขใจ"),
    "vi": ("Văn phòng Luật sư {l}", "Phòng khám Đa khoa An Tâm"),
    "id": ("Kantor Notaris {l}", "Klinik Medika Utama", "SMP Negeri 5 {t}"),
}


# English organizations by kind ({org:school}, {org:clinic}...), so that "my daughter's school" names a school.
_ORG_EN_KIND: dict[str, tuple[str, ...]] = {
    "school": ("Cedar Hill Middle School", "Holy Cross Catholic Academy", "{t} Park School", "St Aidan's Primary School",
               "Little Acorns Nursery", "{t} Community College"),
    "clinic": ("Willowbrook Family Practice", "{l} Eye Care", "Ironbark Physio & Pilates", "{t} Walk-in Clinic", "Riverside Medical Centre",
               "{l} & {l2} Optometrists"),
    "firm": ("{l} Landscaping LLC", "{l} & {l2} Chartered Surveyors", "Stonegate Lettings", "{l} Electrical Contractors",
             "Pawprint Dog Walking", "{t} Print & Design"),
    "bank": ("{t} Savings & Loan", "{t} Credit Union", "{t} Building Society", "Prairie Ridge Community Bank"),
    "club": ("{t} Harriers Athletics Club", "{t} Rowing & Kayak Club", "{t} Chess Circle", "Oakfield Tennis Club"),
    "care": ("Meadowview Care Home", "{t} Senior Living", "Rosewood Nursing Home", "{l} House Residential Care"),
}


def make_org(r: random.Random, lang: str, country: str, town: str, kind: str = "") -> str:
    pool = _ORG_EN_KIND[kind] if kind and lang == "en" else _ORG.get(lang, _ORG["en"])
    pattern = r.choice(pool)
    lasts = (PEOPLE[country][3] or PEOPLE[country][2]).split("|")
    last, last2 = r.sample(lasts, 2)
    roman = lang == "en" or country in ("CN", "JP", "KR") and lang not in ("zh", "ja", "ko")
    last, last2 = (_roman(last), _roman(last2)) if roman else (_native(last), _native(last2))
    return pattern.replace("{l2}", last2).replace("{l}", last).replace("{t}", town_name(country, town))


# --- Italian towns' cadastral codes (the codice fiscale of _blind_values.make_natid) --------------------------------
_CF_TOWNS = {"Modena": "F257", "Perugia": "G478", "Brescia": "B157", "Ancona": "A271", "Cagliari": "B354", "Salerno": "H703", "Pisa": "G702"}


# --- Password words ({pw:word|leet|wifi|phrase}, made by _blind_values.make_password) -------------------------------
_PW_WORDS = {
    "en": "Copperfield|Raspberry|Hedgehog|Snowdrop|Gingerbread|Porcupine|Tangerine|Moonbeam|Pumpkin|Harbour",
    "de": "Gänseblümchen|Wanderweg|Brezel|Sonnenschein|Pfannkuchen|Mondlicht",
    "fr": "Tournesol|Citronnelle|Escargot|Croissant|Nuage|Mirabelle",
    "es": "Palmera|Tortuga|Almendra|Mariquita|Limonero",
    "it": "Gelsomino|Pistacchio|Lucciola|Arcobaleno|Fragola",
    "pl": "Wiewiorka|Pierogi|Truskawka|Zabka|Pszczola",
    "nl": "Hagelslag|Regenboog|Eekhoorn|Windmolen",
    "pt": "Andorinha|Pastelaria|Laranjeira|Gaivota",
    "tr": "Lale|Papatya|Simit|Yagmur",
    "ru": "Romashka|Beryozka|Ogonek|Chebur",
    "sv": "Blabar|Midsommar|Lingon|Ekorre",
}
_PHRASE_WORDS = ["otter", "granite", "velvet", "paprika", "hinge", "orbit", "mossy", "tundra", "cobalt", "sprocket", "willow", "ember", "quartz", "lantern", "pebble"]  # {pw:phrase}


# --- Rendering (Context and fill() are _blind_values.py's; this set hands them its tables) ----------------------------
_WORK_DOMAINS = ["ferncliff-joinery.co.uk", "kanzlei-rademacher.de", "atelier-lacombe.fr", "tallgrass-analytics.com", "fjordlys-bygg.no",
                 "studio-rinaldi.it", "hendriks-installatie.nl", "quillpoint.io"]  # {wemail}


class Context(_bv.Context):
    """One prompt of this set: _blind_values.Context with this set's people, places, work domains and password words."""

    people_table = PEOPLE
    work_domains = _WORK_DOMAINS
    cf_towns = _CF_TOWNS
    pw_words = _PW_WORDS
    phrase_words = _PHRASE_WORDS
    write_address = staticmethod(write_address)
    make_org = staticmethod(make_org)


fill = _bv.fill  # corpus.py renders each set with its module's locale_for, Context and fill


# --- Templates ---------------------------------------------------------------------------------------------------------
# PII templates in English: the situations of the module docstring, each its own layout.
_PII_EN: list[tuple[str, str]] = [
    # Letters and e-mails to draft
    ("en-GB", ("Please turn this into a formal subject access request under UK GDPR to my old gym, Ironclad Fitness. My details "
               "as they hold them: {name}, {addr}, member e-mail {email}, mobile {phone}, date of birth {dob:long}. I want "
               "every CCTV still and every note about me from {date:long} onwards.")),
    ("en", ("Draft a right-to-erasure request to a people-search site that lists me. Listing shows: {name}, age {age}, "
            "current address {addr}, phone {phone}, relatives {name2} and {first3:f}. Be firm but polite.")),
    ("en-GB", ("Help me fill in a Delay Repay claim. Journey on {date:long}, {town} to London, 74 minutes late. Ticket bought "
               "with card {card:visa:sp} (exp {exp}). Claimant {name}, {email}, postal address {addrml}. Is this enough?")),
    ("en-IE", ("I'm claiming EU261 compensation for a cancelled flight on {date:long} (booking {x:pnr}). Write the claim "
               "letter: passenger {name}, {addr}, phone {phone:intl}, refund to IBAN {iban:grp}.")),
    ("en", ("Rewrite my model release form so it reads less legalese. Model: {name2:f}, born {dob2:long}, of {addr2}, "
            "phone {phone2}, email {email2}. Photographer: {name}. Shoot date: {date:long}, location {town}.")),
    ("en-US", ("Write a letter to the VA requesting my late father's service records (DD-214). Veteran: {name2:m}, SSN "
               "{ssn2:dash}, date of birth {dob2:long}, discharged {date:long}. Requester: {name}, {addr}, {phone}.")),
    ("en-US", ("I got a breach notice from a payroll vendor. It says the exposed fields were my name ({name}), SSN "
               "({ssn:dash}), DOB ({dob:num}) and home address ({addr}). What should I do first: freeze, fraud alert or both?")),
    ("en-CA", ("Help me word the cover letter for our refugee sponsorship (G5) application. Lead sponsor {name}, SIN {natid}, "
               "{addr}, {phone}. We are sponsoring {name2:f} (born {dob2:long}) and her son {first3:kid:m}.")),
    ("en-GB", ("Write a short letter to the council asking why my resident parking permit was refused. {name}, {addr}, "
               "applied {date:long}, e-mail {email}. NI number on the form: {natid:nino}.")),
    ("en-GB", ("Can you check this apprenticeship application before I send it? Name: {name}. DOB: {dob:num}. "
               "National Insurance: {natid:nino}. School or college: {org:school}. Address: {addr}. Email: {email}. Phone: {phone:nat}.")),
    ("en", ("Draft a thank-you email to my thesis committee confirming the defence on {date:long}: {name2}, {name3} and "
            "{name4} (external). CC the graduate office and me ({email}). Keep it under 120 words.")),
    ("en-US", ("Help me dispute this toll invoice. The plate isn't mine since I sold the car on {date:long}. Account holder "
               "{name}, {addr}; they charged card {card:sp} for $86.40 (invoice {x:invoice}). Phone {phone}.")),
    ("en-AU", ("Write a polite email to the hotel: they charged my card {card:mc:sp} twice for the {date:short} night. "
               "Guest name {name}, booking ref {x:pnr}, phone {phone:intl}, email {email}.")),
    ("en", ("Please write a message for my wine club to cancel my subscription. Member: {name}, {email}. They keep charging "
            "{card:plain}. Delivery address on file: {addr}.")),
    ("en-GB", ("Draft a letter closing my account with {org:bank}. {name}, date of birth {dob:long}, {addr}. Please transfer the "
               "remaining balance to {iban:GB:grp} and confirm in writing.")),
    ("en-US", ("Write a message to the festival asking for a refund for two wristbands. Buyer {name}, {email}, bought "
               "{date:short} with card {card:amex:sp}. Phone {phone}.")),
    ("en", ("Turn this into a friendly note for our snow-plough guy: {name2:m} will clear the drive at {addr} from "
            "{date:long}; pay him by e-transfer to {email2}; his cell is {phone2}.")),
    ("en-GB", ("Translate into plain English for my gran: her chimney sweep certificate says 'Property: {addr}; occupant: "
               "{name2:f}; swept {date:num}; next due within 12 months; engineer {name}, {phone}'.")),
    # Forms and records to check
    ("en-US", ("Does this W-9 style vendor form look complete? Legal name: {name}. Business: {org:firm}. SSN: {ssn:plain}. "
               "Address: {addr}. Email for remittance: {email}.")),
    ("en", ("We're hosting an exchange student. Check our host family form: Host parents {name} and {name2}, "
            "{addr}, home phone {phone:land}, kids {first3:kid} (born {dob3:num}) and {first4:kid} (born {dob4:num}). "
            "Background check reference {x:order}.")),
    ("en-US", ("Fill the gaps in my yoga retreat booking: Guest {name}, DOB {dob:num}, passport {natid}, emergency "
               "contact {name2} {phone2}, deposit on {card:visa:dash}. Retreat starts {date:short}.")),
    ("en", ("My vaccination certificate says {namecaps} but my passport says {name}. DOB on both: {dob:long}. Second dose "
            "{date:long}. How do I get the certificate corrected before I fly?")),
    ("en-US", ("Ham radio licence renewal, can you check the ULS answers? Licensee {name}, mailing address {addr}, "
               "email {email}, date of birth {dob:num}, phone {phone:nat}. Callsign stays the same.")),
    ("en-GB", ("Register two hives with the beekeepers' association: keeper {name}, {addr}, {phone}, apiary near {town@b}. "
               "First inspection {date:long}.")),
    ("en", ("Is this influencer contract fair? Creator: {name} ({purl:ig}), contact {email}. Fee EUR 1,800 to "
            "{iban:grp}. Deliverables due {date:long}. Brand: a small skincare shop.")),
    ("en-XX", ("Check my grammar before I submit the apartment viewing form: Name {name}, born {dob:long}, ID {natid}, "
               "currently at {addr}, employer {org}, mobile {phone:intl}.")),
    ("en-US", ("Pool membership renewal for the family: {name} (primary, DOB {dob:num}), {name2} (spouse), kids {first3:kid} "
               "and {first4:kid}. Charge {card:disc:sp}. Address {addr}. Does the form need anything else?")),
    ("en", ("My cousin asked me to send money home. Receiver: {name2}, {addr2}, phone {phone2:intl}. Sender: {name}, "
            "{phone:intl}. Which wording should I use in the 'purpose of transfer' box?")),
    ("en-IN", ("Help me fill the remittance form: beneficiary {name2}, Aadhaar {natid2:aadhaar}, mobile {phone2}, "
               "address {addr2}. Remitter {name}, PAN {natid:pan}, {email}.")),
    ("en-US", ("Military buddy letter for a VA claim: I, {name}, served with {name2:m} at the same unit. My phone is "
               "{phone}; his SSN is {ssn2} and mine is {ssn}. Make it sound formal.")),
    # Spreadsheets, notes, lists
    ("en-US", ("My VLOOKUP returns #N/A on these rows, why?\n| Employee | SSN | DOB |\n| {name} | {ssn:dash} | {dob:num} |\n"
               "| {name2} | {ssn2:space} | {dob2:num} |\nThe lookup column is B.")),
    ("en", ("Split this Splitwise export by person and tell me who owes whom:\nDate,Description,Cost,Paid by\n"
            "{date:num},Groceries,84.20,{first}\n{date:num@b},Internet,45.00,{first2}\n{date:num@c},Cleaner,60.00,{first3}")),
    ("en", ("Make this babysitter sheet neater:\nKids: {first2:kid} ({age2}), {first3:kid}\nParents: {first} {phone} / "
            "{first4} {phone4}\nHome: {addr}\nDoor code: {pw:pin}\nGP: {org:clinic}\nBack by 11.")),
    ("en-GB", ("Party RSVP list, can you put it in a table?\n- {name2:f} (mum of {first3:kid}) {phone2}\n- {name4} {phone4}\n"
               "- {name5} - can't come\nParty is {date:long} at our house, {addr}.")),
    ("en", ("Obsidian daily note, help me turn it into action items: met {name2:f} at the co-working space in {town}. "
            "Follow up by {date:short}. Her number {phone2}, site {purl2:site}. Intro her to {name3}.")),
    ("en-GB", ("Child maintenance spreadsheet, please check the totals:\nPayer: {name}\nPayee: {name2}\nAccount: {iban2:GB}\n"
               "{date:num} 240.00\n{date:num@b} 240.00\n{date:num@c} 180.00")),
    ("en-GB", ("Fantasy league dues tracker. Who still owes? Treasurer's account {iban:GB:grp}.\n{name2} paid\n{name3} paid\n"
               "{name4} unpaid\n{name5} unpaid")),
    ("en", ("Burglary inventory for the insurer, please order by value: stolen from {addr} on the night of {date:long}. "
            "Policyholder {name}, {phone}, crime reference {x:ticket}. Laptop, bike, two watches.")),
    ("en", ("Customer message from my Etsy shop, help me reply: 'Hi, it's {name}, order {x:order}. It went to my old "
            "address, the new one is {addr}. Email me at {email}.'")),
    ("en-AU", ("Car-share damage dispute. Host {name2} says I scratched the bumper on {date:long}. I'm {name}, "
               "{phone}, licence no. on file; they took a bond of $500 from {card:sp}. Draft my response.")),
    ("en", ("Roadside assistance transcript, summarise it: 'caller {name}, stuck near {town}, call back on {phone}, "
            "membership {x:order}, tow to {org:firm}'.")),
    ("en", ("Write a note for my neighbours: the lift at our block is being repaired from {date:long}. Questions go to "
            "the caretaker, {name}, {phone}, or the managing agent {org:firm}.")),
    ("en-US", ("Car lease return checklist, help me prep: Lessee {name}, {addr}, inspection booked {date:long}, "
               "contact {phone}, {email}.")),
    ("en", ("Proofread the info block of my cooking-class gift voucher: 'For {name2}, with love from {first}. Valid "
            "until {date:long}. Questions: {email}.'")),
    ("en-GB", ("My son's Year 6 leavers' book, check spelling: '{name2:kid}, {addr}, loves football, best friend "
               "{name3:kid}'.")),
    # Technical: logs, configs, code
    ("en", ("cloud-init isn't setting the password. My user-data:\n#cloud-config\nchpasswd:\n  list: |\n"
            "    ubuntu:{pw:random}\n  expire: false\nruncmd:\n  - echo ok > /tmp/ok\nThe VM's IP is {ip:priv}.")),
    ("en", ("LaTeX CV header breaks with moderncv, why?\n\\name{{{first}}}{{{last}}}\n\\address{{{addr}}}\n"
            "\\phone[mobile]{{{phone:intl}}}\n\\email{{{email}}}\n\\homepage{{{purl:site}}}")),
    ("en", ("My checkout form posts empty fields. Here's the rendered HTML:\n<input name=\"cc\" value=\"{card:plain}\">\n"
            "<input name=\"holder\" value=\"{holder}\">\n<input name=\"exp\" value=\"{exp}\">\n"
            "<input name=\"email\" value=\"{email}\">")),
    ("en-US", ("Why doesn't my regex \\d{{3}}-\\d{{2}}-\\d{{4}} match all of these lines from the HR file?\n{ssn:dash}\n"
               "{ssn2:space}\n{ssn3:plain}")),
    ("en", ("I showed my OBS settings on stream for a second. The stream key was {tok:twitch_stream}. How fast do I "
            "need to reset it and how?")),
    ("en", ("ESP32 sketch won't connect to MQTT:\nconst char* ssid = \"{last}-Home\";\nconst char* pass = \"{pw:wifi}\";\n"
            "const char* mqtt_server = \"{ip:priv}\";\nconst char* mqtt_pass = \"{pw}\";")),
    ("en", ("IIS log, who is hammering the login page?\n#Fields: date time s-ip cs-method cs-uri-stem cs-username c-ip sc-status\n"
            "2025-11-03 09:14:02 {ip:priv} POST /login {email} {ip:pub} 401\n2025-11-03 09:14:05 {ip:priv} POST /login "
            "{email} {ip:pub} 401")),
    ("en", ("ASA keeps denying this, explain the log line: %ASA-4-106023: Deny tcp src outside:{ip:pub}/51544 dst "
            "inside:{ip:priv}/443 by access-group \"OUTSIDE_IN\"")),
    ("en", ("Parse this ALB log line in Python: https 2025-10-02T11:20:03.114Z app/web-prod/{x:short_sha} {ip:pub}:{n:1024:65535} "
            "{ip:priv}:8080 0.001 0.012 0.000 200 200 512 1033 \"GET https://shop:443/account HTTP/1.1\"")),
    ("en", ("Pi-hole shows a device making thousands of queries:\nquery[A] telemetry.tv-vendor.net from {ip:priv}\n"
            "query[AAAA] telemetry.tv-vendor.net from {ip:v6}\nHow do I block just that TV?")),
    ("en", ("kustomize secretGenerator isn't updating the pod:\nsecretGenerator:\n- name: app-secrets\n  literals:\n"
            "  - DB_PASSWORD={pw:random}\n  - STRIPE_KEY={tok:stripe}")),
    ("en", ("This docker run fails with 'role does not exist':\ndocker run -d -e POSTGRES_USER=paperless -e "
            "POSTGRES_PASSWORD={pw:urlsafe} -e PAPERLESS_SECRET_KEY={tok:hex64} -p 8000:8000 paperless-ngx")),
    ("en", ("NextAuth says 'invalid_client'. My .env.local:\nNEXTAUTH_SECRET={tok:b64_32}\nGOOGLE_CLIENT_ID=8841-web.apps."
            "googleusercontent.com\nGOOGLE_CLIENT_SECRET={tok:google_client_secret}\nDATABASE_URL=postgresql://{cred}@db:5432/app")),
    ("en", ("pip can't reach our private index. /etc/pip.conf:\n[global]\nextra-index-url = https://{credtok:ci:glpat}@"
            "gitlab.internal/api/v4/projects/12/packages/pypi/simple")),
    ("en", ("mutt won't log into IMAP, what's wrong?\nset imap_user = \"{email}\"\nset imap_pass = \"{pw}\"\n"
            "set folder = \"imaps://imap.fastmail.com:993\"")),
    ("en", ("WeeChat SASL keeps failing on Libera:\n/set irc.server.libera.sasl_mechanism plain\n"
            "/set irc.server.libera.sasl_password {pw:random}\n/set irc.server.libera.nicks \"owlbear_\"")),
    ("en", ("MicroPython boot.py on my Pico W:\nwlan.connect('{last}_5G', '{pw:wifi}')\nBOT_TOKEN = '{tok:telegram}'\n"
            "Why does it hang at connect?")),
    ("en", ("Vaultwarden compose, is ADMIN_TOKEN right?\n  environment:\n    ADMIN_TOKEN: \"{tok:b64_32}\"\n"
            "    SMTP_USERNAME: \"{email}\"\n    SMTP_PASSWORD: \"{pw}\"")),
    ("en", ("Exim log, did this user send the spam?\n2025-09-30 06:12:44 1tQx-000 <= {email} H=(laptop) [{ip:pub}] "
            "P=esmtpsa A=dovecot_login:{email} S=2011")),
    ("en", ("Explain this GCP audit log entry:\n{{\"protoPayload\": {{\"authenticationInfo\": {{\"principalEmail\": \"{email}\"}}, "
            "\"requestMetadata\": {{\"callerIp\": \"{ip:pub}\"}}, \"methodName\": \"storage.buckets.delete\"}}}}")),
    ("en", ("ingress-nginx shows lots of 499s from one client:\n{ip:pub} - - [03/Oct/2025:10:01:22 +0000] \"GET /api/feed "
            "HTTP/2.0\" 499 0 \"-\" \"okhttp/4.12.0\"\n{ip:pub} - - [03/Oct/2025:10:01:23 +0000] \"GET /api/feed HTTP/2.0\" 499 0")),
    ("en", ("Cloudflare firewall events export, which rule fired most?\nip,country,action,rule\n{ip:pub},NL,block,bad-bots\n"
            "{ip:pub@b},NL,managed_challenge,login-rate\n{ip:v6},DE,block,bad-bots")),
    ("en", ("Packer build hangs on 'Waiting for SSH'.\nvariable \"ssh_password\" {{ default = \"{pw}\" }}\n"
            "source \"proxmox-iso\" \"deb\" {{ proxmox_url = \"https://{ip:priv}:8006/api2/json\" }}")),
    ("en", ("MLflow UI shows 401. I exported MLFLOW_TRACKING_URI=https://{cred:mlflow}@mlflow.lab.internal and "
            "MLFLOW_TRACKING_TOKEN={tok:jwt}. What else is needed?")),
    ("en", ("Mercurial keeps asking for my password even though my hgrc has it:\n[auth]\nbb.prefix = https://hg.internal\n"
            "bb.username = builder\nbb.password = {pw}")),
    ("en", ("conda can't find our private channel:\nchannel_alias: https://conda.internal/t/{tok:hex64}\n"
            "channels:\n  - defaults")),
    ("en", ("Expo build fails with 'Clerk: invalid secret key'. app.config.js has CLERK_SECRET_KEY: '{tok:clerk}' and "
            "publishable key pk_live_Y2xlcmsu... Is the secret supposed to be in the app at all?")),
    ("en", ("Uptime Kuma notifications to Telegram stopped. Bot token {tok:telegram}, chat ID -100{n:1000000000:1999999999}. "
            "The server is at {ip:pub}.")),
    ("en", ("n8n credential export, why does import fail?\n{{\"name\": \"Gmail {name}\", \"type\": \"gmailOAuth2\", "
            "\"data\": {{\"clientSecret\": \"{tok:google_client_secret}\", \"email\": \"{email}\"}}}}")),
    ("en", ("Snowflake CLI config gives 'incorrect username or password':\n[connections.prod]\naccountname = xy12345.eu-west-1\n"
            "username = {email}\npassword = {pw:random}")),
    ("en", ("Flask-Mail never sends. config.py:\nSECRET_KEY = '{tok:hex64}'\nMAIL_USERNAME = '{email}'\nMAIL_PASSWORD = "
            "'{pw:phrase}'")),
    ("en", ("Hiera data for our puppet LDAP module, is the YAML valid?\nldap::bind_dn: 'cn=svc-puppet,dc=corp'\n"
            "ldap::bind_pw: '{pw:random}'\nmysql::root_password: '{pw:word}'")),
    ("en", ("GraphQL mutation returns 'Variable $input got invalid value':\n{{\"input\": {{\"fullName\": \"{name}\", "
            "\"email\": \"{email}\", \"phone\": \"{phone:e164}\", \"birthDate\": \"{dob:iso}\"}}}}")),
    ("en", ("Jira ticket text, make it clearer: Customer {name} ({email}) can't log in since {date:short}. Their IP in "
            "our logs: {ip:pub}. Ticket {x:ticket}.")),
    ("en", ("Salt pillar for the mail relay, what's the right indentation?\npostfix:\n  relay_password: {pw}\n"
            "  sasl_user: {email}\n  relayhost: '[{ip:pub}]:587'")),
    ("en", ("Immich .env, the DB container restarts in a loop:\nDB_PASSWORD={pw:urlsafe}\nDB_USERNAME=postgres\n"
            "UPLOAD_LOCATION=/mnt/photos\nHost IP {ip:priv}, IPv6 {ip:ula}.")),
    ("en", ("YouTube says my stream key was used from another location. Key was {tok:yt_stream}, my home IP is {ip:pub}. "
            "Should I be worried?")),
    ("en", ("Tailscale node won't join. I ran: tailscale up --authkey={tok:tailscale} --advertise-routes=192.168.50.0/24. "
            "Node's LAN address is {ip:priv}.")),
    ("en", ("Postmark returns 401 for our transactional mail. X-Postmark-Server-Token: {tok:postmark}, From: {wemail}. "
            "Which header is wrong?")),
    ("en", ("Cloudinary upload signature mismatch:\ncloudinary.config(cloud_name='dq8x1', api_key='{n:100000000000000:999999999999999}', "
            "api_secret='{tok:cloudinary}')")),
    ("en", ("SSH into my Hetzner box fails. hcloud context token {tok:hcloud}, server IP {ip:pub}, IPv6 {ip:v6}. "
            "Firewall allows 22 only from my home IP {ip:pub@b}.")),
    ("en", ("Here's the key ngrok gave me, why does the agent say 'authentication failed'?\nngrok config add-authtoken "
            "{tok:ngrok}")),
]

# PII templates in the other languages.
_PII_XX: list[tuple[str, str]] = [
    # German
    ("de-DE", ("Formuliere bitte einen Widerspruch gegen den Festsetzungsbescheid des Beitragsservice. Ich bin {name}, wohne "
            "seit dem {date:long} in {addr} und zahle bereits per Lastschrift von {iban:grp}. Beitragsnummer {x:order}.")),
    ("de-DE", ("Hilf mir beim Hundesteuer-Anmeldeformular: Halter {name}, geboren am {dob:long}, {addrml}, Telefon {phone}. "
               "Abbuchung vom Konto {iban:plain}. Hund: Mischling, 3 Jahre.")),
    ("de-DE", ("Kannst du mein Arbeitszeugnis-Entwurf glätten? 'Frau {name:f}, geboren am {dob:long}, war vom {date:long} "
               "bis zum {date:long@b} bei der {org} als Sachbearbeiterin tätig.'")),
    ("de-DE", ("Elterngeldantrag, Abschnitt 2: Mutter {name:f}, Steuer-ID {natid}, Kind {first2:baby} geboren am {dob2:num}. "
               "Stimmt die Reihenfolge so?")),
    ("de", ("Unser Synology-Log zeigt fehlgeschlagene Logins: 'User [admin] from [{ip:pub}] failed to log in via [DSM]' – "
            "fünfmal, dann von {ip:pub@b}. Soll ich die Auto-Block-Regel verschärfen?")),
    ("de", ("Warum startet der Container nicht? In der .env steht MARIADB_ROOT_PASSWORD={pw} und "
            "SMTP_PASS={tok:brevo}. Der Host hat die IP {ip:priv}.")),
    # French
    ("fr-FR", ("Rédige une demande de remboursement à ma mutuelle pour des lunettes : {name}, n° de sécurité sociale {natid}, "
               "{addr}. Remboursement sur l'IBAN {iban:grp}. Facture du {date:long}.")),
    ("fr", ("Aide-moi à écrire la lettre de résiliation de ma box internet : {name}, {addrml}, ligne {phone:nat}, résiliation "
            "souhaitée au {date:long}.")),
    ("fr", ("Peux-tu vérifier ce formulaire d'inscription au conservatoire ? Élève : {name2:kid}, né(e) le {dob2:long}. "
            "Responsable : {name}, {email}, {phone}. Instrument : violoncelle.")),
    ("fr", ("Mon serveur Nextcloud bloque une IP, c'est normal ? Log : « Login failed: {email} (Remote IP: {ip:pub}) ». "
            "Mon IP à la maison est {ip:pub@b}.")),
    # Spanish
    ("es-ES", ("Escribe una reclamación a la eléctrica por una factura duplicada. Titular {name}, DNI {natid}, suministro en "
               "{addr}, domiciliado en {iban:grp}. Fecha de la factura: {date:long}.")),
    ("es-ES", ("Solicitud de plaza en una residencia para mi madre: {name2:f}, nacida el {dob2:long}, DNI {natid2}. "
               "Persona de contacto: {name}, {phone}, {email}.")),
    ("es-MX", ("Ayúdame a llenar el alta en el IMSS de mi trabajadora del hogar: {name2:f}, CURP {natid2}, teléfono "
               "{phone2}, domicilio {addr2}. Empleador: {name}.")),
    ("es", ("Mi cámara IP no aparece. La configuré con usuario admin y contraseña {pw} en {ip:priv}; el router es "
            "{ip:priv@b}. ¿Qué reviso?")),
    # Italian
    ("it", ("Scrivi una richiesta di rimborso a Trenitalia: treno soppresso il {date:long}. Passeggero {name}, codice "
            "fiscale {natid}, e-mail {email}, rimborso su IBAN {iban:grp}.")),
    ("it", ("Devo fare la denuncia di smarrimento della patente. Dati: {name}, nato/a il {dob:long} a {town}, residente in "
            "{addr}, codice fiscale {natid}, cellulare {phone}. Mi prepari il testo?")),
    ("it", ("Il mio script Python per la PEC non si autentica: smtp.login('{email}', '{pw}'). Server smtps.pec.aruba.it:465.")),
    # Dutch
    ("nl-NL", ("Help me met een bezwaar tegen de WOZ-waarde van {addr}. Eigenaar {name}, BSN {natid}, telefoon {phone}. "
               "Beschikking gedateerd {date:long}.")),
    ("nl-NL", ("Inschrijfformulier van de nieuwe tandarts, klopt dit? Naam: {name}. Geboortedatum: {dob:num}. BSN: {natid}. "
            "Telefoon: {phone}. Werkgever: {org}.")),
    ("nl", ("Mijn Home Assistant logt 'Login attempt or request with invalid authentication from {ip:pub}'. Ik zit zelf op "
            "{ip:priv}. Moet ik me zorgen maken?")),
    # Portuguese
    ("pt", ("Pedido de reembolso de portagens cobradas em duplicado: {name}, NIF {natid}, matrícula 42-XZ-17, IBAN para "
            "devolução {iban:grp}, data da passagem {date:long}.")),
    ("pt-BR", ("Faz uma declaração de união estável simples: {name} (CPF {natid}) e {name2} (CPF {natid2}), residentes em "
               "{addr}, convivendo desde {date:long}.")),
    ("pt-BR", ("Reclamação no Procon: a loja cobrou duas vezes no cartão {card:sp}. Consumidor {name}, CPF {natid}, "
               "telefone {phone}, e-mail {email}.")),
    ("pt-BR", ("Meu bot do Discord parou. No código está client.login('{tok:discord_bot}') e o servidor roda em {ip:pub}.")),
    # Polish
    ("pl", ("Pomóż mi wypełnić wniosek o abonament parkingowy mieszkańca: {name}, PESEL {natid}, adres {addr}, "
            "tel. {phone}, e-mail {email}.")),
    ("pl", ("Napisz reklamację do PKP Intercity: pociąg relacji {town} – Warszawa był opóźniony o 95 minut dnia {date:long}. Pasażer {name}, "
            "zwrot na konto {iban:grp}.")),
    ("pl", ("Dlaczego mój skrypt backupu nie działa? mysqldump -u backup -p'{pw}' -h {ip:priv} sklep > dump.sql")),
    # Nordic
    ("sv", ("Kan du snygga till medlemsregistret för kajakklubben?\n{name}, {natid}, {phone}, {email}\n{name2}, {natid2}, "
            "{phone2}, {email2}")),
    ("sv", ("Skriv en reklamation: elsparkcykeln gick sönder efter två veckor. Köpare {name}, {addr}, {phone}, köpt "
            "{date:long}, betalt med kort {card:sp}.")),
    ("no", ("Skriv en klage til strømselskapet: de har belastet meg to ganger. {name}, fødselsnummer {natid}, {addr}, "
            "tilbakebetaling til {iban:NO}.")),
    ("da", ("Tilmelding til aftenskolen, er det udfyldt rigtigt? Navn: {name}. CPR: {natid}. Tlf.: {phone}. E-mail: {email}. "
            "Hold: Keramik, start {date:short}.")),
    ("fi", ("Vuokra-asuntohakemus, tarkistatko? Hakija {name}, henkilötunnus {natid}, puh. {phone}, sähköposti {email}, "
            "työnantaja {org}.")),
    # Central and eastern Europe
    ("cs", ("Žádost o parkovací kartu pro rezidenty: {name}, rodné číslo {natid}, trvalé bydliště {addr}, účet pro vratku "
            "{iban:grp}. Opravíš mi gramatiku?")),
    ("cs", ("Proč mi nefunguje připojení? psql \"postgresql://{cred}@{ip:priv}:5432/eshop\" vrací timeout.")),
    ("hu", ("Meghatalmazás az adóbevalláshoz: meghatalmazó {name}, adóazonosító jel {natid}, lakcím {addr}, telefon "
            "{phone}. Kérlek fogalmazd meg hivatalosan.")),
    ("ro", ("Scrie o cerere de restituire a taxei de școlarizare: {name}, CNP {natid}, IBAN {iban:grp}, telefon {phone}, "
            "plata făcută pe {date:long}.")),
    ("tr", ("Kargo şikayeti yazar mısın? Alıcı {name}, T.C. kimlik {natid}, adres {addr}, telefon {phone}. Gönderi "
            "{date:long} tarihinde teslim edilmiş görünüyor ama gelmedi.")),
    ("tr", ("Sunucumda şüpheli giriş var: 'Accepted password for root from {ip:pub} port 50122 ssh2'. Şifre {pw} idi, "
            "hemen değiştirdim. Başka ne yapmalıyım?")),
    ("el", ("Βοήθησέ με με την αίτηση για κάρτα στάθμευσης μονίμων κατοίκων: {name}, ΑΜΚΑ {natid}, διεύθυνση {addr}, "
            "τηλέφωνο {phone}.")),
    ("el", ("Γράψε ένα email στον ιδιοκτήτη: το ενοίκιο του Οκτωβρίου πληρώθηκε στις {date:long} στο IBAN {iban2:grp}. "
            "{name}, {phone}.")),
    ("ru", ("Составь заявление в управляющую компанию о протечке: {name}, {addr}, телефон {phone}. Протечка случилась "
            "{date:long}, виноваты соседи сверху.")),
    ("ru", ("Переведи деньги за аренду: карта получателя {card:mir:sp}, {name2}, телефон для СБП {phone2}. Напиши "
            "сообщение хозяйке, что перевод сделан.")),
    ("ru", ("Почему бот не отвечает? В .env: TELEGRAM_TOKEN={tok:telegram}, ADMIN_EMAIL={email}, сервер {ip:pub}.")),
    ("uk", ("Склади заяву до ОСББ про заміну лічильника: {name}, РНОКПП {natid}, {addr}, тел. {phone}.")),
    ("uk", ("Допоможи перекласти англійською: «Я, {name}, народився(лася) {dob:long} у місті {town}, проживаю за "
            "адресою {addr}»." )),
    # East Asia
    ("ja", ("引越しの見積もりを依頼するメールを書いてください。{name}、現住所 {addr}、電話 {phone}、メール {email}、"
            "引越し希望日 {date:long}。")),
    ("ja", ("年末調整の書類を確認してください。氏名：{name}、マイナンバー：{natid}、生年月日：{dob:long}、勤務先：{org}。")),
    ("ja", ("自宅サーバーのログに不審なアクセスがあります：「Failed password for invalid user test from {ip:pub} port 40112」。"
            "ルーターは {ip:priv} です。")),
    ("zh", ("帮我写一封快递投诉：收件人{name}，电话{phone}，地址{addr}，包裹{date:short}显示已签收但我没收到。")),
    ("zh", ("租车押金一直没退，帮我写申请：租车人{name}，身份证号{natid}，押金用{card:cup:sp}支付，还车日期{date:long}。")),
    ("zh", ("配置文件里写了 access_key_secret: {tok:aliyun_secret}，服务器IP是{ip:pub}，这样安全吗？")),
    ("ko", ("택배 분실 신고 글 좀 써줘. 받는 사람 {name}, 연락처 {phone}, 주소 {addr}, 배송 예정일 {date:short}.")),
    ("ko", ("전세 계약서 특약 문구 검토 부탁해. 임차인 {name}, 주민등록번호 {natid}, 주소 {addr}, 계약일 {date:long}.")),
    ("ko", ("공유기 로그에 이상한 접속이 있어: {ip:pub} → {ip:priv}:3389. 관리자 비밀번호는 {pw}로 되어 있어.")),
    # Hebrew, Arabic, Hindi, Thai, Vietnamese, Indonesian
    ("he", ("נסח לי בקשה להחזר מקופת החולים: {name}, ת.ז. {natid}, טלפון {phone}, להעביר ל-IBAN {iban:grp}.")),
    ("he", ("השרת שלי חסם את {ip:pub}, אבל זו הכתובת של המשרד. הסיסמה של המשתמש admin היא {pw}. איך משחררים?")),
    ("ar", ("ساعدني في كتابة طلب تجديد عقد الإيجار: المستأجر {name}، رقم الهوية {natid}، الهاتف {phone}، العنوان "
            "{addr}، تاريخ الانتهاء {date:long}.")),
    ("ar", ("اكتب رسالة إلى البنك: تم خصم مبلغ مرتين من بطاقتي {card:sp}. الاسم {name}، البريد {email}، "
            "الحساب {iban:grp}.")),
    ("hi", ("बिजली बिल की शिकायत लिखने में मदद करें: नाम {name}, पता {addr}, मोबाइल {phone}, आधार {natid:aadhaar}।")),
    ("hi", ("मेरे भाई {name2} का जन्म {dob2:long} को हुआ था, उनका ईमेल {email2} है। स्कॉलरशिप फॉर्म के लिए यह जानकारी अंग्रेज़ी में लिख दें।")),
    ("th", ("ช่วยเขียนอีเมลยกเลิกสมาชิกฟิตเนส: ชื่อ {name} เลขบัตรประชาชน {natid} โทร {phone} หักเงินจากบัตร {card:sp}")),
    ("th", ("เซิร์ฟเวอร์ของฉันโดนยิงจาก {ip:pub} ตลอด รหัสผ่าน root คือ {pw} ควรทำอย่างไร")),
    ("vi", ("Viết giúp tôi đơn xin nghỉ phép: {name}, phòng kế toán, {org}, nghỉ từ {date:long}, số điện thoại {phone}.")),
    ("vi", ("Kiểm tra giúp tờ khai: họ tên {name}, số CCCD {natid}, ngày sinh {dob:num}, địa chỉ {addr}.")),
    ("id", ("Tolong buatkan klaim asuransi perjalanan: tertanggung {name}, NIK {natid}, HP {phone}, email {email}, "
            "bagasi hilang pada {date:long}.")),
    ("id", ("Kenapa koneksi ke database gagal? DATABASE_URL=mysql://{cred}@{ip:priv}:3306/toko")),
]

# More English PII templates: links to people, towns, organizations, US numbers and cards.
_PII_EN += [
    ("en", ("Write a 60-word speaker intro for our meetup: {name}, engineer at {org:firm}, GitHub {purl:github}, Mastodon "
            "{purl:mastodon}. Based in {town}.")),
    ("en", ("Tidy up my email signature, it's too long:\n{name}\n{org}\n{phone}\n{purl:linkedin}\nBook a call: {purl:cal}")),
    ("en", ("Someone made a fake profile with my photos: {purl2:ig}. I'm {name}, my real account is {purl:ig}. Write the "
            "impersonation report.")),
    ("en", ("Put our wedding photographer shortlist in a table:\n{name2} - {purl2:site} - {phone2}\n{name3} - {purl3:ig} - "
            "{phone3}\nBoth are near {town}.")),
    ("en", ("Check the links in my portfolio README still make sense: {purl:github}, {purl:site} and {purl:bsky}. "
            "I'm applying to {org} next week.")),
    ("en", ("A guy called {name2:m} ({purl2:strava}) keeps taking my segment records around {town}. Write a funny "
            "club-chat message about it.")),
    ("en", ("Message for the group chat: concert tickets were £48 each, pay me at {purl:paypal} by Friday. {first}")),
    ("en", ("Convert my link-list into markdown: Shop - etsy; Personal - {purl:site}; Photos - {purl:ig}; Posts - "
            "{purl:bsky}.")),
    ("en", ("I shared the house-hunting folder {purl:drive} with {email2} but {first2} says access denied. What did I miss?")),
    ("en", ("The recruiter from {org} asked for my CV link. Is this fine to send? {purl:dropbox}")),
    ("en", ("We're driving from {town} to see my grandmother in {town@b} over the long weekend. Where's a good halfway stop "
            "with a playground?")),
    ("en", ("I'm moving from {town} to {town@b} to start at {org@b} next month. What should I ask HR about relocation "
            "support?")),
    ("en", ("Reference letter, please polish: '{name:f} worked at {org} as our office manager. She was reliable and kind.' "
            "Signed {name2}, {phone2}.")),
    ("en", ("Complaint to my daughter's school, {org:school}: {first2:kid} was left at the gate on {date:long}. I'm {name}, "
            "{phone}. Keep it calm.")),
    ("en", ("My brother {first2} lives in {town}, I'm in {town@b}, our dad in {town@c}. Suggest a fair rota for visiting "
            "him at the care home {org:care}.")),
    ("en-US", ("Help me answer this IRS CP2000 notice. Taxpayer {name}, SSN {ssn:dash}; spouse {name2}, SSN {ssn2:dash}; "
               "address {addr}. The 1099 they list was my old job at {org}.")),
    ("en-US", ("Rental application, anything missing? Applicant {name}, SSN {ssn}, DOB {dob:num}, employer {org}, "
               "current landlord {name2} {phone2}, moving from {town}.")),
    ("en-US", ("Check my SS-5 answers for a replacement card: Name {name}. SSN {ssn:dash}. Born {dob:long} in {town}. "
               "Mother's name {name2:f}.")),
    ("en-US", ("Urgent care intake, I'm filling it for my mom: {name2:f}, DOB {dob2:num}, SSN {ssn2}, phone {phone2}, "
               "pharmacy in {town}. Primary doctor {org:clinic}.")),
    ("en-US", ("{org:bank} membership form: {name}, SSN {ssn:space}, {addr}, employer {org:firm}, opening deposit from card "
               "{card:sp}.")),
    ("en-US", ("Co-signer release letter: borrower {name}, co-signer {name2}, co-signer SSN {ssn2:dash}, loan {x:order}. "
               "Make it formal.")),
    ("en-US", ("Why does my payroll CSV import reject row 2?\nname,ssn,state,start\n{name},{ssn:dash},OK,{date:num}\n"
               "{name2},{ssn2:plain},OK,{date:num@b}")),
    ("en", ("Hotel card authorisation form, is it safe to email this back? Card holder {holder}. Card {card:visa:dash}. "
            "Expiry {exp}. CVV {cvv}. Stay {date:short}.")),
    ("en", ("The airline charged the wrong card for my seat upgrade: {card:sp} instead of {card:sp@b}. Booking {x:pnr}, "
            "passenger {name}. Draft the complaint.")),
    ("en-GB", ("Draft a message to the dog walker: {name2} from {org:firm} will collect Biscuit from {addr} on {date:long}. "
               "Key safe code {pw:pin}.")),
    ("en", ("Summarise this voicemail transcript: 'hi it's {first2} from {org:clinic}, your glasses are ready, call {phone2} or "
            "pop into the {town} branch'.")),
]

# More templates in the other languages: links, towns, organizations, cards.
_PII_XX += [
    ("de", ("Kannst du mein XING-Profil {purl:xing} für die Bewerbung bei {org} überarbeiten? Ich wohne in {town}.")),
    ("de", ("Ich pendle jeden Tag von {town} nach {town@b}. Lohnt sich ein Jobticket über meinen Arbeitgeber ({org})?")),
    ("de", ("Meine Kreditkarte {card:sp} wurde zweimal belastet (Hotel in {town@b}). Schreib der Bank eine kurze Reklamation, "
            "Karteninhaber {name}.")),
    ("fr", ("Je déménage de {town} à {town@b} pour un poste chez {org}. Aide-moi à écrire le message à mon propriétaire, "
            "{name2}.")),
    ("fr", ("Paiement refusé avec la carte {card:sp} au nom de {holder}. Rédige un message au service client de la "
            "boutique, commande {x:order}.")),
    ("fr", ("Corrige ma bio : « {name}, illustratrice à {town}, portfolio {purl:site}, Instagram {purl:ig} ».")),
    ("es", ("Me mudo de {town} a {town@b} por un trabajo en {org}. ¿Qué trámites tengo que hacer con el padrón?")),
    ("es", ("Revisa mi firma de correo: {name} · {org} · {phone} · {purl:linkedin}")),
    ("it", ("Aiutami a scrivere un annuncio: cerco casa a {town}, lavoro da {org}. Contatti: {name}, {phone}, "
            "{email}.")),
    ("it", ("Correggi la mia presentazione per il gruppo di corsa di {town}: «Sono {name}, mi trovate su "
            "{purl:strava}».")),
    ("nl", ("Ik verhuis van {town} naar {town@b} en begin bij {org}. Welke instanties moet ik inlichten?")),
    ("nl", ("Mijn creditcard {card:sp} is gebruikt in een webshop die ik niet ken. Schrijf een melding aan de bank namens "
            "{name}, {phone}.")),
    ("pt-BR", ("Revisa minha bio do LinkedIn: {name}, analista na {org} em {town}, perfil {purl:linkedin}.")),
    ("pt", ("Vou mudar-me de {town} para {town@b}. Escreve um e-mail à {org} a pedir a transferência do meu contrato, "
            "{name}, {phone}.")),
    ("pl", ("Przeprowadzka: {town} → {town@b}, nowa praca: {org}. Jak przepisać się do innej przychodni?")),
    ("pl", ("Popraw mój podpis w mailu: {name} | {org} | tel. {phone} | {purl:linkedin}")),
    ("sv", ("Vi flyttar från {town} till {town@b}. Skriv ett mejl till {org} och säg upp barnens plats, {name}, {phone}.")),
    ("cs", ("Stěhuji se kvůli nové práci ({org}): odkud {town}, kam {town@b}. Co musím nahlásit na úřadě?")),
    ("hu", ("Segíts megírni a bemutatkozásomat: {name} vagyok, lakóhely: {town}, munkahely: {org}, profilom: {purl:linkedin}.")),
    ("tr", ("{town} ile {town@b} arasında her hafta gidip geliyorum. {org} için seyahat masrafı dilekçesi yazar mısın? "
            "{name}, {phone}.")),
    ("el", ("Μετακομίζω από {town} σε {town@b} για δουλειά στην εταιρεία {org}. Τι πρέπει να δηλώσω;")),
    ("ru", ("Переезд: {town} → {town@b}, новая работа — {org}. Помоги написать сообщение арендодателю, {name2}.")),
    ("uk", ("Переїзд: {town} → {town@b}, нова робота — {org}. Як переоформити декларацію з лікарем?")),
    ("ja", ("noteのプロフィール文を直してください：「{name}です。{town}在住、{org}勤務。ブログ {purl:note}」")),
    ("ja", ("{town}から{town@b}へ転勤になりました。{org}の総務に送る住所変更のメールを書いてください。新住所は{addr}です。")),
    ("zh", ("帮我改一下自我介绍：我叫{name}，在{town}的{org}工作，微博 {purl:weibo}。")),
    ("zh", ("我下个月从{town}搬到{town@b}，信用卡{card:sp}的账单地址要改成{addr}，怎么跟银行说？")),
    ("ko", ("블로그 소개글 다듬어줘: {name}, {town} 거주, {org} 근무, 블로그 {purl:naver}")),
    ("ko", ("이사: {town} → {town@b}. {org}에 보낼 전출 안내 메일 써줘. 연락처 {phone}.")),
    ("he", ("אני עובר מ{town} ל{town@b} ומתחיל לעבוד ב{org}. תנסח לי מייל לבעל הדירה, {name2}.")),
    ("ar", ("أنتقل من {town} إلى {town@b} للعمل في {org}. اكتب رسالة إلى المالك {name2} لإنهاء العقد.")),
    ("hi", ("मैं {town} से {town@b} शिफ्ट हो रहा हूँ और {org} में नौकरी शुरू करूँगा। मकान मालिक {name2} को संदेश लिख दें।")),
    ("th", ("ฉันย้ายจาก{town}ไป{town@b} เพื่อทำงานที่{org} ช่วยเขียนข้อความถึงเจ้าของห้อง {name2}")),
    ("vi", ("Tôi chuyển từ {town} đến {town@b} để làm việc tại {org}. Viết giúp email báo cho chủ nhà {name2}.")),
    ("id", ("Saya pindah dari {town} ke {town@b} untuk kerja di {org}. Tolong buatkan pesan untuk pemilik kos, {name2}.")),
    ("id", ("Perbaiki bio saya: {name}, desainer di {town}, portofolio {purl:site}, Instagram {purl:ig}.")),
]

# Payment details in more layouts: standing orders, OCR'd card numbers, group chats.
_PII_EN += [
    ("en-GB", ("My new landlord wants a standing order. Help me reply: rent £950 to {iban2:GB:grp}, payee {name2}, "
               "reference 'Flat {n:1:9}'. It will come from my account {iban:GB}.")),
    ("en-XX", ("I'm paying the deposit for a holiday flat in {town}. The owner, {name2}, sent IBAN {iban2:grp} but the "
               "booking site said {name3}. Write a cautious reply.")),
    ("en-IE", ("Check the club lotto subscription form: member {name}, {addr}, IBAN {iban:IE}, signed {date:long}, "
               "mobile {phone}.")),
    ("en", ("The OCR of my card statement came out like this, can you clean it up?\n{card:split}\nHolder {holder}, "
            "statement date {date:short}")),
    ("en-US", ("Turn these notes into a table: {name2} paid the cabin deposit with {card:sp}, {name3} paid the cleaning "
               "fee with {card:sp@b}. Both emailed receipts to {email}.")),
    ("en", ("A food delivery app charged my old card {card:dsp} after I removed it. Write a complaint; account e-mail "
            "{email}, phone {phone}.")),
]

_PII_XX += [
    ("de", ("Überweisungsvorlage prüfen: Empfänger {name2}, IBAN {iban2:grp}, Verwendungszweck 'Miete Dezember', "
            "Auftraggeber {name}.")),
    ("fr", ("Mon RIB : titulaire {name}, IBAN {iban:plain}. Rédige un mail à {org} pour changer le compte sur lequel "
            "mon salaire est versé.")),
    ("es-ES", ("Mensaje para la comunidad de vecinos: la cuota se paga a {iban2:grp}, titular {name2} (administra la "
               "finca {org}). Hazlo amable.")),
    ("it", ("Scrivi un promemoria per la retta della mensa: IBAN {iban:grp}, intestato a {org}, causale '{name2:kid}'.")),
    ("nl", ("Tikkie doet het niet. Kan ik mijn IBAN {iban:grp} gewoon in de groepsapp zetten? Namens {name}.")),
    ("pl", ("Napisz przypomnienie o składce na komitet rodzicielski: konto {iban:grp}, odbiorca {name}.")),
    ("tr", ("Kredi kartımdan {card:sp} iki kez çekim yapıldı. Bankaya şikâyet yaz: {name}, {phone}.")),
    ("ja", ("クレジットカード {card:jcb:sp} が不正利用されました。カード会社への連絡文を作ってください：{name}、{phone}。")),
    ("ko", ("카드 {card:sp} 해외 결제 차단 요청 문구 써줘. 명의 {name}, 연락처 {phone}.")),
    ("vi", ("Thẻ tín dụng {card:sp} của tôi bị trừ tiền hai lần. Viết khiếu nại: {name}, {phone}, {email}.")),
    ("sv", ("Hyran betalas till {iban2:grp} (mottagare {name2}). Skriv ett kort sms till hyresvärden att jag har betalat.")),
    ("fi", ("Laskun tilinumero on {iban2:grp}, saaja {name2}. Kirjoita viesti, että maksu myöhästyy viikon.")),
    ("da", ("Skriv en besked til udlejer {name2}: depositum er overført til {iban2:grp} i dag.")),
    ("no", ("Skriv en melding til {name2}: jeg har vippset, men her er kontonummeret mitt også: {iban:grp}.")),
    ("ro", ("Scrie un mesaj pentru asociația de proprietari: întreținerea se plătește în contul {iban2:grp}, titular "
            "{name2}.")),
    ("hu", ("Írj egy rövid üzenetet a lakótársaknak: a rezsit a {iban:grp} számlára kérem, {name}.")),
]

# Slovak, Bulgarian, Croatian and Lithuanian.
_PII_XX += [
    ("sk", ("Pomôž mi napísať reklamáciu: {name}, rodné číslo {natid}, {addr}, vrátenie peňazí na {iban:grp}, tovar kúpený "
            "{date:long}.")),
    ("sk", ("Prihláška do kurzu keramiky: {name}, tel. {phone}, e-mail {email}, bydlisko {town}. Je to takto v poriadku?")),
    ("sk", ("Prečo mi nejde skript? sshpass -p '{pw}' ssh root@{ip:pub} 'systemctl restart app'")),
    ("bg", ("Напиши жалба до топлофикация: {name}, ЕГН {natid}, адрес {addr}, телефон {phone}.")),
    ("bg", ("Преведи на английски: „Аз, {name}, роден(а) на {dob:long}, моля сумата да бъде възстановена по IBAN "
            "{iban:grp}.“")),
    ("bg", ("Защо приложението не се свързва? В .env: REDIS_PASSWORD={pw:random}, REDIS_HOST={ip:priv}.")),
    ("hr", ("Napiši prigovor turističkoj agenciji: {name}, OIB {natid}, {addr}, putovanje {date:long}, povrat novca na "
            "{iban:grp}.")),
    ("hr", ("Prijava za tečaj plesa: {name}, datum rođenja {dob:num}, mob. {phone}, e-mail {email}.")),
    ("hr", ("Router mi pokazuje nepoznat uređaj {ip:priv} i vanjsku adresu {ip:pub}. Wi-Fi lozinka je {pw:wifi}. Što da "
            "radim?")),
    ("lt", ("Registracija į plaukimo treniruotes: vaikas {name2:kid:m}, gimęs {dob2:long}, tėvai {name}, asmens kodas "
            "{natid}, tel. {phone}.")),
    ("lt", ("Kodėl neveikia? DATABASE_URL=postgres://{cred}@{ip:priv}:5432/parduotuve")),
    ("lt", ("Grąžinkite pinigus į sąskaitą {iban:grp}, savininkas {name}, užsakymas {x:order}, el. paštas {email}.")),
]

FRESH13_PII: list[tuple[str, str]] = _PII_EN + _PII_XX

# Hard negatives: no PII, but values and names that look like it.
FRESH13_NEGATIVE: list[tuple[str, str]] = [
    ("en", ("Write a cloud-init example for a blog post. Use placeholder values only: password {x:ph}, IP 192.0.2.10, "
            "user 'ubuntu'. Explain each key.")),
    ("en", ("My Stripe test checkout accepts {x:testcard} but declines on the live site. Is the test number supposed to "
            "work there? Order {x:order}, amount {x:price}.")),
    ("en", ("What does GDPR Article 15 actually require a company to send back, and how long do they have? Asking in "
            "general, e.g. if {x:formname} asked a shop.")),
    ("en", ("Explain the fields of an AWS ALB access log line using the documentation sample with client 203.0.113.5:"
            "{x:port} and trace id Root=1-{x:short_sha}-{x:md5}.")),
    ("en", ("Is {x:uuid} a valid UUIDv4? My validator rejects it, and also {x:uuid@b}.")),
    ("en", ("How do I rotate an OBS stream key in general? The docs show live_XXXXXXXXX_XXXXXXXX as the format. No key "
            "of mine involved, I'm writing a guide.")),
    ("en", ("Why did {x:sha} get reverted? The commit message only says 'bump to {x:ver}'. Build {x:winbuild}.")),
    ("en", ("Track my parcel for me, UPS {x:ups} and DHL {x:dhl}. Which one is stuck in customs?")),
    ("en", ("Who designed the Golden Gate Bridge, and was Joseph Strauss really the main engineer?")),
    ("en", ("Write a short bio of Ada Lovelace for a museum plaque, around 80 words.")),
    ("en", ("Compare Monzo, Revolut and Wise for sending {x:price} to Portugal. Fees only, no account details.")),
    ("en", ("A regex for IBANs should accept the documentation example {x:dociban}. Mine doesn't. Pattern: "
            "^[A-Z]{{2}}\\d{{2}}[A-Z0-9]{{11,30}}$")),
    ("en", ("Is {x:specssn} a real SSN? I saw it on a wallet insert in an old ad.")),
    ("en", ("Our test fixtures use {x:exemail} and phone {x:fakephone}. Is there a reserved range for phone numbers "
            "in the UK too?")),
    ("en", ("Should a Pi-hole have a static address inside or outside the router's DHCP range? The docs' example uses "
            "192.0.2.53, which I know is a documentation address.")),
    ("en", ("Benchmark: is Postgres {x:ver} faster than {x:ver@b} for JSONB? I have a table of {n:100000:900000} rows.")),
    ("en", ("Explain what ISIN {x:isin} and LEI {x:lei} identify. I'm reading an annual report.")),
    ("en", ("Where was Frida Kahlo's Casa Azul, and can you still visit it?")),
    ("en", ("In the Kubernetes docs they set a Secret with password '{x:ph}'. Why do they base64 it if it's not encryption?")),
    ("en", ("Convert epoch {x:epoch} and {x:epoch_ms} to UTC in Python.")),
    ("en", ("My IMEI is not a personal identifier, right? The repair shop asked for it: {x:imei}.")),
    ("en", ("How does ngrok's free plan differ from Cloudflare Tunnel? Assume I'll read the token from an env var "
            "like {x:ph}.")),
    ("en", ("Explain {x:cve}. Does it affect nginx {x:ver}?")),
    ("en", ("What did Steve Wozniak and Steve Jobs each do at early Apple?")),
    ("en", ("Sketch a LaTeX CV template with fields like \\name{{{x:formname}}} and \\email{{{x:exemail}}} so students can "
            "fill them in.")),
    ("en", ("A customer's MAC {x:mac} shows in the DHCP table. Does a MAC address count as personal data?")),
    ("en", ("Why do 1.1.1.1 and {x:resolver} answer differently for the same domain?")),
    ("en", ("Order {x:amazon} says delivered but the locker is empty. What are my options in general?")),
    ("en", ("What is the RF creditor reference {x:rf} and how is its check digit computed?")),
    ("en", ("The Hetzner Cloud docs write the API token as $HCLOUD_TOKEN everywhere. Where in the console do I create "
            "one, and can it be read-only?")),
    ("en", ("Sum these prices and add 20% VAT: {x:price}, {x:price@b}, {x:price@c}.")),
    ("en", ("Tell me about Heinrich Hertz and why the unit is named after him.")),
    ("de", ("Wie funktioniert die Prüfziffer der deutschen Steuer-ID? Ein Beispiel aus der Doku reicht, keine echte Nummer.")),
    ("de", ("Was kostet ein Flug von Frankfurt nach Lissabon im Schnitt? Buchungscode {x:pnr} ist von der Firma.")),
    ("fr", ("Explique la différence entre Marie Curie et Irène Joliot-Curie pour un exposé de collège.")),
    ("fr", ("Le numéro de commande {x:order} et le colis {x:ups} : lequel donner au service client ?")),
    ("es", ("¿Qué es un CVE? Por ejemplo {x:cve}. ¿Afecta a la versión {x:ver}?")),
    ("es", ("¿Quién fue Gabriel García Márquez y qué libro suyo recomiendas empezar?")),
    ("it", ("Nel manuale c'è il codice fiscale di esempio di Mario Rossi. Posso usarlo nei test?")),
    ("nl", ("Wat is het verschil tussen een BIC zoals {x:bic} en een IBAN? Alleen de theorie graag.")),
    ("pt", ("Quem foi Fernando Pessoa e porque tinha tantos heterónimos?")),
    ("pl", ("Jak działa suma kontrolna w numerze ISBN {x:isbn}?")),
    ("sv", ("Varför heter IKEA:s möbler som de gör? Vem hittade på systemet?")),
    ("ru", ("Объясни, что такое UUID {x:uuid} и чем v4 отличается от v7.")),
    ("ja", ("トヨタとホンダの創業者について簡単に教えてください。")),
    ("zh", ("订单号{x:order}和快递单号{x:usps}有什么区别？")),
    ("ko", ("세종대왕이 한글을 만든 이유를 간단히 설명해줘.")),
    ("he", ("מי היה דוד בן-גוריון ומה היה תפקידו בהקמת המדינה?")),
    ("ar", ("ما الفرق بين رقم الطلب {x:order} ورقم التتبع {x:dhl}؟")),
    ("hi", ("रवींद्रनाथ टैगोर को नोबेल पुरस्कार किस रचना के लिए मिला था?")),
    ("th", ("ช่วยอธิบายว่า SHA-256 เช่น {x:sha256} ใช้ทำอะไร")),
    ("tr", ("Mustafa Kemal Atatürk'ün soyadı kanunu ne zaman çıktı?")),
    ("el", ("Ποια είναι η διαφορά ανάμεσα στην έκδοση {x:ver} και στην {x:ver@b} του Python;")),
    ("vi", ("Giải thích mã băm MD5 {x:md5} là gì và vì sao không nên dùng cho mật khẩu.")),
    ("id", ("Siapa pendiri Gojek dan bagaimana awal mulanya?")),
    ("en", ("Our QA team needs sample data: a fake customer '{x:formname}', e-mail {x:exemail}, card {x:testcard}, IBAN "
            "{x:dociban}. Are these safe to put in a public repo?")),
    ("en", ("What does 'sk-...' mean in this snippet from the docs: client = OpenAI(api_key=\"sk-...\")? Do I paste my key "
            "there or use an env var?")),
    ("en", ("Why do docs write keys as {x:ph} instead of showing a real one, and do secret scanners flag that?")),
    ("en", ("Is 10.0.0.0/8 or 172.16.0.0/12 the better choice for a small office VPN with about {n:20:60} devices?")),
    ("en", ("In the Wireshark tutorial the capture shows 203.0.113.7 talking to 198.51.100.23. Walk me through the "
            "three-way handshake in it.")),
    ("en", ("Compare Taylor Swift's and Beyoncé's last tours in general terms: ticket prices, length, stadiums.")),
    ("en", ("My parcel {x:usps} for order {x:order} weighs 2 kg. Can I still add insurance after it's shipped?")),
    ("en", ("Price check: is {x:price} a fair rate for a {n:2:5}-year-old MacBook Air, model {x:sku}?")),
    ("de", ("Was bedeutet 'Prüfsumme ungültig' bei der Beispiel-IBAN {x:dociban} aus der Dokumentation?")),
    ("fr", ("Pourquoi la carte de test {x:testcard} marche sur Stripe mais pas dans la sandbox PayPal ?")),
    ("es", ("¿Cómo se calcula la letra del DNI? Explícalo con un ejemplo inventado, no con un DNI real.")),
    ("ja", ("テスト用のメールアドレス {x:exemail} をサンプルコードに書いても大丈夫ですか？")),
    ("zh", ("文档里的示例密钥 {x:ph} 是真的吗？应该换成什么？")),
    ("ko", ("테스트 카드 번호 {x:testcard}로 결제 테스트해도 돼?")),
    ("ru", ("Почему в документации ключ пишут как {x:ph}, а не настоящий?")),
    ("pl", ("Czy numer telefonu {x:fakephone} z serialu jest prawdziwy?")),
    ("hu", ("Mi a különbség a {x:ver} és a {x:ver@b} verzió között?")),
    ("ro", ("Cine a fost Constantin Brâncuși și unde pot vedea lucrările lui?")),
    ("fi", ("Kuka oli Jean Sibelius ja mikä on hänen tunnetuin teoksensa?")),
    ("da", ("Hvem grundlagde LEGO, og hvor kommer navnet fra?")),
    ("no", ("Hvem var Roald Amundsen, og hvordan nådde han Sydpolen?")),
    ("cs", ("Kdo byl Václav Havel a proč je známý?")),
    ("uk", ("Хто така Леся Українка і що варто прочитати?")),
    ("sk", ("Kto bol Milan Rastislav Štefánik a prečo je známy?")),
    ("bg", ("Кой е Христо Ботев и защо е толкова важен за България?")),
    ("hr", ("Tko je bio Nikola Tesla i gdje je rođen?")),
    ("lt", ("Kas buvo Mikalojus Konstantinas Čiurlionis?")),
]

# Clean prompts: nothing that looks like PII.
FRESH13_CLEAN: list[tuple[str, str]] = [
    ("en", "What's a good way to politely decline a wedding invitation from a colleague I barely know?"),
    ("en", "Give me a five-day meal plan for someone training for a half marathon, vegetarian."),
    ("en", "Explain the difference between a Roth and a traditional IRA like I'm twenty."),
    ("en", "Write a haiku about the first frost on a vegetable garden."),
    ("en", "How do I get candle wax out of a wool carpet?"),
    ("en", "Explain Kubernetes liveness and readiness probes with a simple analogy."),
    ("en", "What questions should I ask at the end of a job interview for a junior data analyst role?"),
    ("en", "Suggest names for a sourdough starter, something punny."),
    ("en", "How do I teach a seven-year-old to ride a bike without stabilisers?"),
    ("en", "Write a SQL query that returns the second highest salary per department."),
    ("en", "Is it better to repaint a bathroom ceiling with matte or satin paint?"),
    ("en", "Summarise the plot of Middlemarch in five sentences without spoilers for the last book."),
    ("en", "What's the difference between a mutex and a semaphore?"),
    ("en", "Plan a rainy-day itinerary for a family with two teenagers in a mid-sized city."),
    ("en", "Rewrite this to sound warmer: 'Please submit your timesheets by Friday.'"),
    ("de", "Wie lange muss man Kartoffeln für Kartoffelsalat kochen, damit sie nicht zerfallen?"),
    ("de", "Erkläre mir den Unterschied zwischen Tagesgeld und Festgeld."),
    ("fr", "Donne-moi trois idées d'activités pour un anniversaire d'enfant en intérieur."),
    ("es", "¿Cómo puedo mejorar mi pronunciación en inglés viendo series?"),
    ("it", "Qual è la differenza tra un ragù bolognese e un ragù napoletano?"),
    ("nl", "Hoe vaak moet ik een olijfboom in een pot water geven in de zomer?"),
    ("pt", "Como posso organizar melhor o meu tempo a estudar para exames?"),
    ("pl", "Jak przygotować się do pierwszego półmaratonu w trzy miesiące?"),
    ("sv", "Ge mig ett recept på kanelbullar som blir saftiga."),
    ("no", "Hva er forskjellen på langrenn og skøyting for en nybegynner?"),
    ("fi", "Miten saunan kiuaskivet kannattaa vaihtaa?"),
    ("cs", "Jak se starat o bonsaj v zimě?"),
    ("hu", "Hogyan lehet megtanulni a gulyásleves alapjait?"),
    ("ro", "Cum pot să învăț să gătesc sarmale ca la bunica?"),
    ("ru", "Как научиться ставить палатку в одиночку?"),
    ("uk", "Порадь три книжки для вивчення англійської на рівні B1."),
    ("el", "Πώς φτιάχνω σπανακόπιτα με σπιτικό φύλλο;"),
    ("ja", "初心者におすすめの観葉植物を教えてください。"),
    ("zh", "怎么用Python读取一个CSV文件并计算每列的平均值？"),
    ("ko", "김치찌개를 맛있게 끓이는 비결이 뭐야?"),
    ("he", "איך מכינים שקשוקה טובה?"),
    ("ar", "ما هي أفضل طريقة لتعلم البرمجة من الصفر؟"),
    ("hi", "बच्चों के लिए विज्ञान के कुछ आसान प्रयोग बताइए।"),
    ("th", "วิธีทำต้มยำกุ้งให้อร่อยต้องใช้อะไรบ้าง"),
    ("vi", "Làm thế nào để pha cà phê phin ngon?"),
    ("id", "Bagaimana cara merawat tanaman cabai di pot?"),
    ("tr", "Evde kolay ekmek nasıl yapılır?"),
    ("da", "Hvordan får jeg min cykelkæde til at holde op med at knirke?"),
    ("sk", "Ako upiecť dobrý tvarohový koláč?"),
    ("bg", "Как се прави баница у дома?"),
    ("hr", "Kako se priprema peka ispod čripnje?"),
    ("lt", "Kaip išvirti šaltibarščius?"),
]

FRESH13_FOLLOW_UPS: list[str] = [
    " Keep it short.",
    " Thanks a lot!",
    "\n\nPlease answer in bullet points.",
    " (British spelling please.)",
    " No need to explain, just the result.",
    "\n\nps: sorry for the long message",
    " Can you also give me a one-line summary?",
    " Make it sound natural, not like a template.",
]

FRESH13_PII = [(lang, _braces(t)) for lang, t in FRESH13_PII]
FRESH13_NEGATIVE = [(lang, _braces(t)) for lang, t in FRESH13_NEGATIVE]
FRESH13_CLEAN = [(lang, _braces(t)) for lang, t in FRESH13_CLEAN]
