"""The nineteenth blind set ("fresh19") for the PII benchmark: written without seeing the detector or the earlier sets' templates.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh19=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots), and labels spans as corpus.py's docstring says.
Its plumbing (Context, the value generators and their validators, the slot syntax) is _blind_values.py's, which the
blind sets share; fill() adds a few slots of its own (below). Its people, towns, streets, address layouts
(write_address), organizations, work domains, password words, recovery-phrase words and Italian towns' cadastral codes
are its own and stay here, and so are its templates, written after reading only the earlier sets' one-line descriptions,
to cover situations and carriers those do not list. It is balanced: every one of the fifteen types appears in many
templates (488 PII, 261 of them English; 95 negative and 60 clean templates; over 3,000 prompts every type has more than
100 spans at seeds 7 to 10, ORGANIZATION the fewest, 168 to 179), with SECRET, PERSON, CREDIT_CARD, NATIONAL_ID and US_SSN
weighted higher, each in many carriers and positions.

Situations: weddings (seating plans, RSVP exports, vendor deposits and chargebacks, marriage-licence paperwork, gift
lists), funerals and bereavement (death notices, closing a parent's accounts, executor checklists, funeral policies,
livestream shares, fundraisers), sports clubs (transfer and registration forms, rosters, coach background checks),
burglary and renters' insurance claims, crypto-exchange support chats (seed-phrase scams, locked accounts, tax API
keys, hardware-wallet backup cards), pharmacy refills and autopay, vets, catteries and pet passports, hire cars, tolls,
parking and speed-camera fines, dating-app safety checks and romance scams, genealogy and DNA-match messages, mosque,
church, gurdwara and synagogue volunteer rotas, tutoring agencies, freelance invoices and pitches, payroll in other
countries (EOR exports, VA teams, EPF/SOCSO, KRA, P60s), immigration paperwork (visa invitations, PR checklists, I-130,
sponsor letters, MRZ scans), banking-app screenshots and SMS alerts OCR'd, households (nanny shares, camps, allotments,
choirs, chamas, balikbayan boxes, harambees), and the same life events in the other languages. Developers and power
users: password-manager exports (Bitwarden JSON, 1Password, Chrome, Firefox, Apple, KeePass XML, LastPass notes,
backup codes), browser devtools copies (fetch, cURL, cookies, localStorage, network responses), Kubernetes Secrets,
ExternalSecrets, kubeconfigs, Helm values and --set lines, Terraform tfvars and variable defaults, GitHub Actions,
Buildkite, CircleCI, Jenkins and GitLab logs, Jupyter and Colab cells and ipynb JSON, Postman collections and
environments, curl, HTTPie and Burp requests, mail configs (Thunderbird, msmtp, fetchmail, Postfix, mutt, Outlook),
JDBC, .pgpass, .my.cnf, wp-config, Celery, MongoDB, Spring, docker-compose, Kafka JAAS, systemd units, crontabs,
rclone, AWS credentials, gcloud keys, docker config.json, wpa_supplicant, WireGuard, OpenVPN, MCP and Continue
configs, LangChain env files, gradle.properties, Maven settings, NuGet.config, composer auth.json, .git-credentials,
Expo, Fastlane, App Store Connect keys, Supabase, Vercel, Square, Discord, Cloudflare tunnels, Tailscale, Salesforce
auth files; and personal data in developer carriers: git log, Cargo.toml authors, Dockerfile labels, LDIF, Sentry
events, CloudTrail, Auth0 exports, Shopify webhooks, Typeform JSON, Crashlytics and iOS crash logs, Segment calls,
nginx logs, SCIM payloads, SQL, GDPR exports, payment-gateway logs. Carriers: prose, SMS and chat threads, forwarded
e-mail with headers, voice-note and voicemail transcripts (cards and SSNs read out digit by digit or spelled as words),
OCR with stray spaces, lower case, Markdown and pipe tables, CSV, JSON, YAML, TOML, XML, INI, .env files, shell, SQL,
HTTP and log lines, PEM blocks, MRZ lines.

Languages (the first element of each template tuple): en (about half the PII templates; en-US, en-GB, en-IE, en-CA,
en-AU, en-NZ, en-IN, en-ZA, en-NG, en-PH, en-KE, en-MY, or "en-XX" for an English prompt about another (Latin-script)
country's people and numbers), de (DE/AT/CH), fr (FR/BE), es (ES/MX/AR), it, nl (NL/BE), pt, pt-BR, pl, sv, no, da,
fi, cs, sk, hu, ro, tr, hr, lt, el (Greek), ru, uk, bg (Cyrillic), ja, zh, ko (CJK, Hangul), he (Hebrew), ar (Arabic,
UAE), hi (Devanagari), th (Thai), vi, id: 32 languages besides English. A sample's locale is "<language>-<country>"
(hi-INH is India written in Devanagari); the country picks names (in its own script), towns, address layout, phone
numbering, card schemes, IBAN country and national id; the language picks how dates are spelled. A few Spanish,
Brazilian, Russian, Chinese, Korean and Vietnamese prompts come from people living in the United States and hold
US SSNs.

Slot syntax (_blind_values.fill's, as in templates_fresh18): {kind} or {kind:arg:arg} is filled by fill(ctx, slot),
which returns (text, TYPE or None) parts. Person slots ({name}, {first}, {last}, {initial}, {rev}, {namecaps},
{holder}, {email}, {wemail}, {phone[:style]}, {dob[:style]}, {natid[:kind]}, the unlabelled {idname}, {ssn[:style]},
{addr}, {addrml}, {iban[:CC|plain|grp]}, {purl[:<site>]}, {mrz}) take a digit for persons 2 to 6; on a person's first
mention `f`/`m` fix the sex and `kid`/`baby` the age. Other slots: {town}, {org[:kind]} (English kinds school, clinic,
pharmacy, vet, firm, events, bank, club, care, funeral, faith; a few kinds in German, French, Spanish, Italian, Dutch
and Polish), {date[:style]}, {card[:<scheme>][:<layout>]}, {ip:<kind>}, {tok:<kind>} (TOKEN_KINDS), {pw:<style>},
{cred[:user]}, {credtok:user:kind}, {basic}, {pem[:kind]}, {pemjson}; unlabelled {last4}, {exp}, {cvv}, {x:<negative>}
(NEG) and {n:lo:hi}. This set's own slots (fill() below): {tk:<kind>} more provider tokens (_MY_TOKENS), {apppw} an
app password (four groups of four letters), {totp[:raw]} a TOTP secret, {seed[:12|24]} a recovery phrase, {rcode} a
recovery code, {b64pw} a base64-encoded Secret value, {cardv} and {cardw} a card read out digit by digit or spelled
in words, {ssnx[:dot|slash|spaced|words]} an SSN written other ways; unlabelled {masked} (a card as apps mask it),
{wallet} (a public wallet address), {chip} (a pet's microchip number) and {plate} (a vehicle registration). `@key`
at the end gives another, different value of the same kind; the same slot written twice gives the same value twice;
`uc`/`lc` change case and `ocr` puts stray spaces inside a value. Literal braces are written doubled ("{{", "}}") and
become {lb}/{rb} when the module loads, since corpus._render reads "{" as a slot.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full; a form's "OKONJO
Lorelei" as two spans; family-first orders of Japanese, Chinese, Korean, Hungarian and Vietnamese names as one span;
a name inside a username, hostname, Wi-Fi SSID, IAM user ARN or LDAP dn, each part its own span; a card holder in
capitals as one span; titles stay outside); LOCATION a town where someone lives, moves, works or travels;
ORGANIZATION the small employers, schools, clinics, pharmacies, vets, banks, clubs, caterers, care homes, funeral
directors and places of worship of the writer's life (the whole name); ADDRESS street, number, flat parts, postcode
and town as one span, in each country's layout; DATE a day-and-month date in the language's own spelling (MRZ dates
too); DATE_OF_BIRTH when it is a birth date (also spoken, "August thirteenth"); SECRET only the value: provider keys
and tokens, passwords, app passwords, Wi-Fi keys, PINs and door, gate, alarm and safe codes given as such, security
answers, session cookies and CSRF tokens, TOTP secrets, recovery codes (each its own span), a recovery phrase (the
whole phrase as one span), base64-encoded Kubernetes Secret values, HTTP Basic credentials, private keys, JWTs, and
`user:secret` inside a DSN, git URL or curl -u as one span; URL links that point at a person (profiles, portfolios,
booking pages, payment links, fundraisers, personal shares); EMAIL every address except example.com/org/net;
PHONE valid by phonenumbers for the sample's country, outside the fiction ranges; CREDIT_CARD Luhn-valid numbers of
several schemes, in every layout (grouped, glued, double-spaced, split over two lines, OCR'd, read out digit by digit
or in words: the whole run as one span), never a published test number; IBAN mod-97 valid; US_SSN valid areas, never
the specimens, dashed, spaced, glued, dotted, slashed, digit by digit or in words (one span); NATIONAL_ID
checksum-valid national numbers agreeing with the person's birth date and sex where the number holds them (and US
passport numbers, MRZ document numbers); IP_ADDRESS public and private IPv4 and IPv6: the address only, never a :port
or /prefix. In an otpauth:// URI the account name and the secret are labelled on their own; the URI is not a URL span.

Deliberately not labelled: order, invoice, ticket, tracking, policy, member, donor, UCI, A-numbers, crime references
and bank account numbers other than IBANs; UUIDs, git SHAs, digests, versions, Windows builds, epoch timestamps, MAC
addresses, IMEIs, VINs, ISBNs, DOIs, arXiv ids, SKUs, BICs, LEIs, ISINs, NDCs, CAS numbers, PNRs, RF references, age
public keys; Twilio account SIDs, AWS account ids, analytics cookies (_ga), the system users of configs (admin,
hr_app, deploy, celery); public wallet addresses, pet microchip numbers, vehicle registration plates (no type for
them, like VINs), masked cards (•••• 1234), card expiry dates, CVVs and last fours; prices; documentation and
placeholder values (sk-..., ${OPENAI_API_KEY}, AWS's EXAMPLE keys, ghp_xxxx, the RFC's example TOTP secret, the
standard test mnemonic, published test cards, documentation IBANs, specimen SSNs, fiction phone ranges, example.com
addresses, RFC 5737 addresses, public resolvers); the placeholder people of forms; public figures, famous places and
companies in general questions, and the well-known providers named in personal prompts (exchanges, payment and DNA
apps, marketplaces, cloud and mail providers); links to shops, docs and public APIs. Dates of
public historic events in general questions (14 October 1066, 9 November 1989) are not labelled: they are no one's
personal data; otherwise dates never appear in the negative or clean templates, and clean prompts hold no lookalike
numbers at all.
"""

from __future__ import annotations

import base64
import random
import string

from bench.privacy import _blind_values as _bv
from bench.privacy._blind_values import _braces, _native, _roman, _s, pick_locale, town_name

# --- People and places ------------------------------------------------------------------------------------------
# country -> (female first names, male first names, female surnames, male surnames ("" = same), towns, streets).
# Non-Latin entries are "native=roman"; the romanisation serves e-mail addresses, handles and card holders.
# fresh19 draws its own people, towns and streets (the plumbing that uses them is _blind_values.py's).
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Harriet|Lorelei|Dakota|Imani|Beatrix|Rosalie|Marisol|Tallulah|Yesenia|Corinne",
           "Augustin|Levi|Cassius|DeShawn|Roscoe|Emory|Santiago|Beckett|Ulysses|Grady",
           "Lindqvist|Okonjo|Brannigan|Castellanos|Vanderpool|Huckabee|Nakashima|Albright|Tillman|Moravec", "",
           "Duluth, MN|Asheville, NC|Pueblo, CO|Billings, MT|Chattanooga, TN|Santa Fe, NM|Burlington, VT|Dubuque, IA|Spokane, WA|Savannah, GA",
           "Cottonwood|Magnolia Bend|Foxglove|Beaver Creek|Prospect Hill|Wren Hollow|Saddleback|Ridgecrest"),
    "GB": ("Imogen|Ffion|Rosamund|Aisling|Priya|Nell|Bethan|Tabitha|Kirsty|Ottilie",
           "Rupert|Dafydd|Alasdair|Kieran|Bartholomew|Idris|Fergus|Zain|Piers|Gethin",
           "Oddie|Penhaligon|Threlfall|Mackintosh|Bhattacharya|Ormerod|Trevithick|Fairbairn|Wigglesworth|Pryce", "",
           "Hexham NE46|Malton YO17|Tenby SA70|Oban PA34|Frome BA11|Keswick CA12|Stamford PE9|Totnes TQ9|Whitby YO21|Ledbury HR8",
           "Cobblers Row|Tanners Yard|Priory Walk|Mill Race|Orchard Rise|Smithy Lane|Bridge End|Granary Court"),
    "IE": ("Saoirse|Róisín|Gráinne|Caoimhe|Ailbhe|Máire", "Tadhg|Colm|Donnacha|Fiachra|Senan|Ronan",
           "Ní Dhuibhir|Kavanagh|Ní Cheallaigh|Moloney|Nic Aodha|Cullinane", "Ó Duibhir|Kavanagh|Ó Ceallaigh|Moloney|Mac Aodha|Cullinane",
           "Dungarvan, Co. Waterford|Kilkenny, Co. Kilkenny|Letterkenny, Co. Donegal|Athlone, Co. Westmeath|Clonakilty, Co. Cork",
           "Abbey Street|Bóthar na Trá|Church Lane|Market Square|Parnell Terrace"),
    "CA": ("Océane|Manpreet|Brooklyn|Josée|Kaylee|Marie-Ève", "Maxime|Jaskaran|Carter|Félix|Owen|Rémi",
           "Gagnon|MacIsaac|Dhaliwal|Pelletier|Okimaw|Thibodeau", "",
           "Lethbridge, AB|Fredericton, NB|Trois-Rivières, QC|Nanaimo, BC|Kingston, ON|Saskatoon, SK",
           "Birch Hill Road|Rue Principale|Harbourview Drive|Maple Grove Crescent|Chemin du Lac"),
    "AU": ("Poppy|Indigo|Sienna|Jacinta|Kirra|Mackenzie", "Lachlan|Hamish|Cooper|Angus|Jarrah|Riley",
           "O'Halloran|Nguyen-Baxter|Papadakis|Cartwright|Yunupingu|Hargreaves", "",
           "Toowoomba QLD|Bendigo VIC|Albany WA|Dubbo NSW|Devonport TAS|Port Lincoln SA",
           "Grevillea Street|Kurrajong Avenue|Bottlebrush Close|Paperbark Drive|Lilly Pilly Way"),
    "NZ": ("Anahera|Ngaire|Kiri|Brooke|Te Aroha|Courtney", "Nikau|Manaia|Hemi|Blair|Tama|Corey",
           "Ngata|Parata-Walker|Te Kani|Robertson|Horomona|Ferris", "",
           "Whanganui|Timaru|Gisborne|Blenheim|Whangārei|Masterton",
           "Kauri Street|Harakeke Road|Mānuka Lane|Tui Place|Kahikatea Drive"),
    "IN": ("Lakshmi|Divya|Kavya|Shruti|Nandini|Pallavi", "Arjun|Pranav|Naveen|Harish|Aditya|Sandeep",
           "Menon|Banerjee|Joshi|Nair|Rao|Bhat", "",
           "Madurai|Nashik|Mangaluru|Guntur|Cuttack|Thrissur", "Temple Street|Nehru Road|Ring Road|Church Street|Market Road"),
    "ZA": ("Zanele|Busisiwe|Marelize|Refilwe|Ayanda|Shireen", "Mandla|Lwazi|Johan|Tshepo|Werner|Sizwe",
           "Khumalo|Du Plessis|Mokoena|Naidoo|Venter|Mahlangu", "",
           "Mbombela|Paarl|Rustenburg|Kimberley|George|Gqeberha",
           "Marula Street|Kiepersol Avenue|Aloe Crescent|Fynbos Road|Suikerbos Lane"),
    "NG": ("Chiamaka|Funmilayo|Zainab|Adaeze|Temitope|Halima", "Obinna|Tunde|Chukwuemeka|Musa|Kelechi|Olumide",
           "Nwosu|Adebayo|Okoro|Danjuma|Oyelowo|Uche", "",
           "Onitsha|Ilorin|Calabar|Jos|Owerri|Osogbo", "Old Market Road|Ahmadu Bello Way|Ikot Ekpene Road|Ogui Road|Bank Road"),
    "PH": ("Maricel|Jonalyn|Kristine|Rhea|Analyn|Princess", "Jomar|Rodel|Jerome|Mark Anthony|Efren|Arnel",
           "Dela Cruz|Bautista|Villanueva|Macaraeg|Panganiban|Soriano", "",
           "Iloilo City|Bacolod|Dumaguete|Cagayan de Oro|Tacloban|Baguio", "Rizal Street|Mabini Street|Burgos Avenue|Luna Street|Bonifacio Drive"),
    "KE": ("Wanjiru|Akinyi|Chebet|Nyambura|Atieno|Wambui", "Mwangi|Omondi|Njoroge|Kiprono|Wekesa|Barasa",
           "Kariuki|Ochieng|Njeri|Kiptoo|Wafula|Mutua", "",
           "Nakuru|Eldoret|Kisumu|Nyeri|Thika|Machakos", "Moi Avenue|Kenyatta Road|Oginga Odinga Street|Kimathi Way|Ngong Road"),
    "MY": ("Nurul Aina|Siti Hajar|Mei Ling|Kavitha|Aishah|Pei Shan", "Hafiz|Firdaus|Wei Jie|Rajesh|Amirul|Kok Leong",
           "Abdullah|Ismail|Tan|Lim|Subramaniam|Wong", "",
           "Ipoh|Kuching|Melaka|Kota Bharu|Seremban|Kota Kinabalu", "Jalan Tun Razak|Jalan Sultan Idris|Jalan Merdeka|Lorong Seri Indah|Jalan Kenari"),
    "DE": ("Ilka|Friederike|Swantje|Hatice|Annegret|Birte|Merle|Ronja", "Henning|Jannik|Detlef|Ole|Benedikt|Cem|Hauke|Lennart",
           "Schwertfeger|Möllenkamp|Hinrichsen|Große-Wortmann|Kalkbrenner|Öztürk|Wendehals|Trautmann", "",
           "Celle|Husum|Landshut|Detmold|Görlitz|Schwäbisch Hall|Passau|Goslar",
           "Mühlenweg|Am Sportplatz|Birkenallee|Gartenstraße|Hauptstraße|Lerchenfeld|Im Winkel"),
    "AT": ("Anneliese|Christl|Leonie|Valentina", "Alois|Matthias|Ferdinand|Raphael",
           "Wimmer|Leitner|Steinböck|Aigner|Schweighofer", "", "Villach|Leoben|Steyr|Dornbirn|Amstetten|Kufstein",
           "Hauptplatz|Kirchengasse|Bahnhofstraße|Wiesenweg|Mozartgasse"),
    "CH": ("Ladina|Jolanda|Mirjam|Aline", "Beat|Andri|Marco|Fabian", "Zwahlen|Gisler|Oberholzer|Caduff|Rüegg", "",
           "Sursee|Frauenfeld|Wil|Solothurn|Sion|Burgdorf", "Bahnhofstrasse|Schulhausweg|Obere Gasse|Rosenbergstrasse|Seestrasse"),
    "FR": ("Ophélie|Clémence|Nolwenn|Inès|Margaux|Sixtine|Léa", "Gaspard|Aurélien|Mathis|Yacine|Quentin|Baptiste|Erwan",
           "Le Gall|Mercier|Chevallier|Haddad|Perrin|Lacombe|Dupuis-Martel", "",
           "Quimper|Colmar|Albi|Chambéry|Niort|Saumur|Dieppe|Auxerre",
           "rue Jean-Jaurès|place du Marché|rue des Écoles|chemin des Vignes|avenue Foch|rue Pasteur"),
    "BE": ("Elke|Manon|Griet|Charlotte|Noor", "Jens|Maxime|Stijn|Thibault|Seppe",
           "Janssens|Maes|Jacobs|Leclercq|Vermeulen|Mertens", "", "Mechelen|Liège|Hasselt|Mons|Kortrijk|Oostende",
           "Grote Markt|Rue du Moulin|Dorpsstraat|Avenue Albert Ier|Molenstraat"),
    "ES": ("Ainhoa|Maite|Lucía|Inmaculada|Yaiza|Montserrat", "Unai|Gonzalo|Pau|Borja|Aitor|Fermín",
           "Arrieta|Navarro Gil|Ferrer|Sáez|Montoya|Garrido", "",
           "Logroño|Cáceres|Lleida|Jaén|Lugo|Teruel|Ávila",
           "Calle Real|Avenida de Andalucía|Calle San Juan|Carrer Major|Plaza de España"),
    "MX": ("Yareli|Citlali|Marisela|Araceli|Paola", "Uriel|Santiago|Cuauhtémoc|Efraín|Adrián",
           "Rangel|Cervantes Ruiz|Trujillo|Alvarado|Garza", "", "León|Xalapa|Durango|Tepic|Campeche|Zacatecas",
           "Av. Insurgentes|Calle Allende|Calle Zaragoza|Av. Universidad|Calle Guerrero"),
    "AR": ("Rocío|Camila|Valentina|Soledad", "Facundo|Matías|Gonzalo|Lautaro", "Giménez|Rossi|Ledesma|Quiroga|Paz", "",
           "Tucumán|Neuquén|Bahía Blanca|Santa Fe|Jujuy|Corrientes", "Av. Rivadavia|Calle Sarmiento|Av. Mitre|Calle Urquiza|Calle Alsina"),
    "IT": ("Chiara|Ilaria|Benedetta|Rosaria|Ginevra|Serena", "Matteo|Lorenzo|Davide|Salvatore|Emanuele|Tommaso",
           "Rinaldi|Esposito|Galli|Lombardi|Ferraro|De Luca|Monti", "",
           "Bergamo|Ravenna|Lecce|Trento|Mantova|Arezzo|Ferrara",
           "Via Cavour|Via Dante|Viale Trieste|Via dei Mille|Via Manzoni"),
    "NL": ("Maaike|Floor|Ilse|Noor|Marloes|Fenna", "Daan|Wouter|Jelle|Gijs|Sander|Maarten",
           "de Vries|Jansen|van Dijk|Hoekstra|Bosman|Kuipers|van Leeuwen", "",
           "Deventer|Groningen|Breda|Alkmaar|Assen|Roermond|Middelburg",
           "Dorpsstraat|Wilhelminastraat|Hoofdstraat|Parallelweg|Oranjelaan"),
    "PT": ("Catarina|Joana|Sofia|Rita|Margarida", "João|Duarte|Miguel|Rui|Nuno",
           "Pereira|Costa|Rodrigues|Sousa|Carvalho", "", "Guimarães|Évora|Leiria|Tavira|Bragança|Funchal",
           "Rua de Santo António|Avenida da República|Rua Nova|Travessa do Carmo|Rua 5 de Outubro"),
    "BR": ("Larissa|Camila|Aline|Renata|Vanessa|Letícia", "Matheus|Felipe|Diego|Anderson|Vinícius|João Pedro",
           "Souza|Almeida Costa|Carvalho|Pereira|Lima|Araújo", "",
           "Curitiba|Recife|Campinas|Florianópolis|Belém|Uberlândia|Juiz de Fora",
           "Rua das Flores|Avenida Brasil|Rua Sete de Setembro|Rua Marechal Deodoro|Avenida Rio Branco"),
    "PL": ("Katarzyna|Joanna|Aleksandra|Natalia|Ewa|Justyna", "Piotr|Krzysztof|Michał|Paweł|Jakub|Bartosz",
           "Nowakowska|Lewandowska|Wójcik|Kamińska|Jabłońska|Król", "Nowakowski|Lewandowski|Wójcik|Kamiński|Jabłoński|Król",
           "Toruń|Lublin|Bydgoszcz|Kielce|Gniezno|Zamość|Tarnów",
           "ul. Polna|ul. Lipowa|ul. Szkolna|ul. Długa|ul. Sienkiewicza|ul. Reymonta"),
    "SE": ("Alva|Tove|Maja|Elsa|Agnes", "Gustav|Axel|Nils|Isak|Linus", "Nyström|Andersson|Eklund|Forsberg|Wallin", "",
           "Örebro|Sundsvall|Växjö|Visby|Karlstad|Gävle", "Drottninggatan|Ringvägen|Tallvägen|Parkgatan|Hamngatan"),
    "NO": ("Sigrid|Hedda|Kari|Ingrid|Astrid", "Audun|Vegard|Øystein|Jørgen|Kristoffer", "Berg|Nilsen|Strand|Aasen|Lunde", "",
           "Bodø|Molde|Hamar|Kristiansand|Drammen|Harstad", "Kirkegata|Fjordveien|Elvegata|Furuveien|Parkveien"),
    "DK": ("Freja|Signe|Nanna|Line|Karoline", "Anders|Kasper|Jeppe|Mikkel|Oliver", "Nielsen|Pedersen|Andersen|Larsen|Sørensen", "",
           "Odense|Esbjerg|Vejle|Kolding|Herning|Roskilde", "Kirkevej|Skovvej|Østergade|Strandvejen|Møllevej"),
    "FI": ("Sanna|Riikka|Elina|Noora|Johanna", "Juha|Teemu|Sami|Lauri|Pekka", "Korhonen|Nieminen|Laine|Salminen|Lehtonen", "",
           "Tampere|Lahti|Pori|Rovaniemi|Joensuu|Vaasa", "Asemakatu|Koivukuja|Hämeenkatu|Satamakatu|Kirkkokatu"),
    "CZ": ("Barbora|Eliška|Veronika|Jana|Klára", "Vojtěch|Jan|Martin|Filip|Radek",
           "Novotná|Svobodová|Černá|Veselá|Marková", "Novotný|Svoboda|Černý|Veselý|Marek",
           "Olomouc|Jihlava|Kolín|Třeboň|Opava|Hradec Králové", "Nádražní|Školní|Havlíčkova|Smetanova|Tyršova"),
    "SK": ("Katarína|Simona|Monika|Jana", "Michal|Ján|Martin|Lukáš", "Balážová|Molnárová|Šimková|Polakovičová",
           "Baláž|Molnár|Šimko|Polakovič", "Poprad|Martin|Zvolen|Trenčín|Michalovce|Piešťany",
           "Hviezdoslavova|Partizánska|Družstevná|Sládkovičova|Jarná"),
    "HU": ("Katalin|Ildikó|Boglárka|Noémi|Judit", "Balázs|Csaba|Dániel|Tamás|Márton", "Nagy|Kiss|Balogh|Farkas|Lakatos|Papp", "",
           "Szeged|Eger|Sopron|Veszprém|Nyíregyháza|Szolnok",
           "Széchenyi utca|Dózsa György út|Bem József utca|Ady Endre utca|Táncsics Mihály utca"),
    "RO": ("Alexandra|Elena|Cristina|Roxana|Diana", "Ionuț|Vlad|Florin|Adrian|Sorin", "Munteanu|Rusu|Gheorghiu|Moldovan|Lungu", "",
           "Oradea|Craiova|Suceava|Alba Iulia|Baia Mare|Galați",
           "Str. Mihai Eminescu|Str. Libertății|Bd. Unirii|Str. Trandafirilor|Str. Gării"),
    "TR": ("Ayşe|Derya|Gizem|Selin|Esra", "Burak|Serkan|Oğuz|Tolga|Kerem", "Öztürk|Çelik|Arslan|Koç|Polat|Demir", "",
           "Gaziantep|Samsun|Denizli|Çanakkale|Edirne|Konya", "Bahar Sok.|Menekşe Sok.|Gazi Cad.|Karanfil Sok.|İstiklal Cad."),
    "GR": ("Αθηνά=Athina|Δέσποινα=Despoina|Χριστίνα=Christina|Βασιλική=Vasiliki|Ιωάννα=Ioanna",
           "Δημήτρης=Dimitris|Αλέξανδρος=Alexandros|Βασίλης=Vasilis|Θανάσης=Thanasis|Στέλιος=Stelios",
           "Αντωνίου=Antoniou|Καραγιάννη=Karagianni|Οικονόμου=Oikonomou|Βλάχου=Vlachou|Νικολάου=Nikolaou",
           "Αντωνίου=Antoniou|Καραγιάννης=Karagiannis|Οικονόμου=Oikonomou|Βλάχος=Vlachos|Νικολάου=Nikolaou",
           "Ιωάννινα=Ioannina|Χανιά=Chania|Καβάλα=Kavala|Τρίκαλα=Trikala|Ρόδος=Rodos",
           "Εγνατίας|Μητροπόλεως|Ελευθερίου Βενιζέλου|Αριστοτέλους|Ανδρέα Παπανδρέου"),
    "RU": ("Татьяна=Tatiana|Юлия=Yulia|Ксения=Kseniia|Дарья=Daria|Светлана=Svetlana",
           "Никита=Nikita|Игорь=Igor|Павел=Pavel|Артём=Artem|Владимир=Vladimir",
           "Лебедева=Lebedeva|Новикова=Novikova|Фёдорова=Fedorova|Орлова=Orlova|Зайцева=Zaitseva",
           "Лебедев=Lebedev|Новиков=Novikov|Фёдоров=Fedorov|Орлов=Orlov|Зайцев=Zaitsev",
           "Вологда=Vologda|Калуга=Kaluga|Иркутск=Irkutsk|Псков=Pskov|Ярославль=Yaroslavl|Тюмень=Tyumen",
           "ул. Ленина|ул. Советская|ул. Лесная|пр. Победы|ул. Школьная"),
    "UA": ("Тетяна=Tetiana|Христина=Khrystyna|Юлія=Yuliia|Галина=Halyna|Марія=Mariia",
           "Василь=Vasyl|Дмитро=Dmytro|Юрій=Yurii|Остап=Ostap|Назар=Nazar",
           "Кравчук=Kravchuk|Савченко=Savchenko|Литвиненко=Lytvynenko|Гнатюк=Hnatiuk|Поліщук=Polishchuk", "",
           "Чернігів=Chernihiv|Житомир=Zhytomyr|Тернопіль=Ternopil|Ужгород=Uzhhorod|Суми=Sumy|Черкаси=Cherkasy",
           "вул. Соборна|вул. Гоголя|вул. Лесі Українки|просп. Миру|вул. Садова"),
    "BG": ("Йорданка=Yordanka|Радостина=Radostina|Цветелина=Tsvetelina|Невена=Nevena",
           "Стоян=Stoyan|Христо=Hristo|Калоян=Kaloyan|Пламен=Plamen",
           "Стоянова=Stoyanova|Колева=Koleva|Тодорова=Todorova|Николова=Nikolova", "Стоянов=Stoyanov|Колев=Kolev|Тодоров=Todorov|Николов=Nikolov",
           "Велико Търново=Veliko Tarnovo|Шумен=Shumen|Благоевград=Blagoevgrad|Габрово=Gabrovo|Хасково=Haskovo",
           "ул. „Васил Левски“|ул. „Цар Симеон“|бул. „Христо Ботев“|ул. „Опълченска“"),
    "HR": ("Maja|Katarina|Nikolina|Dora|Mia", "Ante|Filip|Domagoj|Karlo|Mateo", "Knežević|Pavlović|Vuković|Šarić|Perić", "",
           "Šibenik|Dubrovnik|Karlovac|Slavonski Brod|Čakovec|Sisak",
           "Ulica Stjepana Radića|Obala kneza Branimira|Ulica Matije Gupca|Frankopanska|Put Firula"),
    "LT": ("Ieva|Austėja|Greta|Jurgita", "Darius|Jonas|Paulius|Vytautas", "Stankevičienė|Vasiliauskienė|Butkienė|Paulauskienė",
           "Stankevičius|Vasiliauskas|Butkus|Paulauskas", "Marijampolė|Utena|Telšiai|Tauragė|Druskininkai",
           "Maironio g.|Respublikos g.|Sodų g.|Beržų g.|Dariaus ir Girėno g."),
    "JP": ("美咲=Misaki|由美=Yumi|恵=Megumi|千尋=Chihiro|葵=Aoi", "大輔=Daisuke|直樹=Naoki|悠人=Yuto|隆=Takashi|和也=Kazuya",
           "山本=Yamamoto|中村=Nakamura|小林=Kobayashi|加藤=Kato|吉田=Yoshida|松本=Matsumoto", "",
           "富山市=Toyama|岐阜市=Gifu|長崎市=Nagasaki|盛岡市=Morioka|鳥取市=Tottori|宮崎市=Miyazaki", "桜町|幸町|若松町|旭町"),
    "CN": ("婷=Ting|慧敏=Huimin|佳琪=Jiaqi|秀英=Xiuying|梦瑶=Mengyao", "磊=Lei|建国=Jianguo|子轩=Zixuan|明辉=Minghui|鹏=Peng",
           "黄=Huang|周=Zhou|吴=Wu|徐=Xu|孙=Sun|马=Ma|朱=Zhu", "",
           "无锡=Wuxi|昆明=Kunming|厦门=Xiamen|洛阳=Luoyang|绍兴=Shaoxing|兰州=Lanzhou", "和平路|新华街|长江路|东风路|友谊路"),
    "KR": ("서연=Seoyeon|예린=Yerin|지은=Jieun|소영=Soyoung|유나=Yuna", "도윤=Doyun|태현=Taehyun|준호=Junho|상우=Sangwoo|동현=Donghyun",
           "윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh|신=Shin", "",
           "전주=Jeonju|포항=Pohang|원주=Wonju|순천=Suncheon|청주=Cheongju|강릉=Gangneung", "대학로|시청로|해안로|공원길|중앙대로"),
    "IL": ("אביגיל=Avigail|רותם=Rotem|הדס=Hadas|ליאת=Liat|אורית=Orit", "גיל=Gil|אסף=Asaf|נדב=Nadav|רועי=Roee|עידו=Ido",
           "שפירא=Shapira|אזולאי=Azulai|גולדברג=Goldberg|חדד=Hadad|פרידמן=Friedman|דהן=Dahan", "",
           "רחובות=Rehovot|כפר סבא=Kfar Saba|עפולה=Afula|אשדוד=Ashdod|טבריה=Tiberias", "ויצמן|סוקולוב|העצמאות|אחד העם|הנביאים"),
    "AE": ("شيخة=Sheikha|حصة=Hessa|لطيفة=Latifa|ميثاء=Maitha|آمنة=Amna", "سعيد=Saeed|راشد=Rashid|حمد=Hamad|سلطان=Sultan|ماجد=Majid",
           "السويدي=Al Suwaidi|الظاهري=Al Dhaheri|المزروعي=Al Mazrouei|الكتبي=Al Ketbi|البلوشي=Al Balushi", "",
           "الشارقة=Sharjah|الفجيرة=Fujairah|أم القيوين=Umm Al Quwain|خورفكان=Khor Fakkan|مدينة زايد=Madinat Zayed",
           "شارع الاتحاد|شارع الوحدة|شارع الخليج|شارع الجامعة"),
    "INH": ("सुनीता=Sunita|कविता=Kavita|ममता=Mamta|रेखा=Rekha|साक्षी=Sakshi", "मनोज=Manoj|सुरेश=Suresh|अजय=Ajay|दीपक=Deepak|नितिन=Nitin",
            "तिवारी=Tiwari|पांडे=Pandey|श्रीवास्तव=Srivastava|सिंह=Singh|जोशी=Joshi|त्रिपाठी=Tripathi", "",
            "वाराणसी=Varanasi|आगरा=Agra|ग्वालियर=Gwalior|देहरादून=Dehradun|रायपुर=Raipur|अजमेर=Ajmer",
            "सिविल लाइंस|महात्मा गांधी रोड|कैंट रोड|शिवाजी नगर"),
    "TH": ("สุภาพร=Supaporn|อรุณี=Arunee|พิมพ์ชนก=Pimchanok|ศิริพร=Siriporn", "อนุชา=Anucha|ประเสริฐ=Prasert|กิตติพงษ์=Kittipong|สุรชัย=Surachai",
           "ศรีสุข=Srisuk|จันทร์เพ็ญ=Janpen|พงษ์ไพบูลย์=Phongphaibun|รัตนวงศ์=Rattanawong|สุขสวัสดิ์=Suksawat", "",
           "ภูเก็ต=Phuket|พิษณุโลก=Phitsanulok|อุบลราชธานี=Ubon Ratchathani|ลำปาง=Lampang|ระยอง=Rayong",
           "ถนนเพชรเกษม|ถนนพหลโยธิน|ถนนราชดำเนิน|ถนนเจริญเมือง"),
    "VN": ("Thanh Hương|Mai Linh|Bích Ngọc|Thùy Dung|Khánh Linh", "Quang Huy|Thành Long|Tiến Dũng|Gia Bảo|Công Minh",
           "Võ|Đặng|Bùi|Đỗ|Ngô|Dương", "", "Đà Nẵng|Quy Nhơn|Đà Lạt|Buôn Ma Thuột|Hạ Long|Thái Nguyên",
           "đường Bạch Đằng|đường Phan Chu Trinh|đường Lý Thái Tổ|đường Hai Bà Trưng|đường Điện Biên Phủ"),
    "ID": ("Wulan|Fitri|Indah|Ratna|Lestari", "Bayu|Hendra|Fajar|Yusuf|Arif", "Wibowo|Siregar|Pratama|Setiawan|Simanjuntak|Gunawan", "",
           "Bandung|Denpasar|Pontianak|Padang|Makassar|Jember", "Jl. Gatot Subroto|Jl. Ahmad Yani|Jl. Kartini|Jl. Veteran|Jl. Hayam Wuruk"),
}


# language -> ((country, weight), ...); fresh19's English also reaches the Philippines, Kenya and Malaysia.
LANG_COUNTRIES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 5), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("NG", 1), ("PH", 1), ("KE", 1),
           ("MY", 1)),
    "de": (("DE", 5), ("AT", 2), ("CH", 2)), "fr": (("FR", 4), ("BE", 1)), "es": (("ES", 3), ("MX", 2), ("AR", 2)),
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
_JP_PREF = {"富山市": "富山県", "岐阜市": "岐阜県", "長崎市": "長崎県", "盛岡市": "岩手県", "鳥取市": "鳥取県", "宮崎市": "宮崎県"}
_BR_UF = {"Curitiba": "PR", "Recife": "PE", "Campinas": "SP", "Florianópolis": "SC", "Belém": "PA", "Uberlândia": "MG", "Juiz de Fora": "MG"}
_MY_STATE = {"Ipoh": "Perak", "Kuching": "Sarawak", "Melaka": "Melaka", "Kota Bharu": "Kelantan", "Seremban": "Negeri Sembilan",
             "Kota Kinabalu": "Sabah"}


def write_address(r: random.Random, country: str, town: str, multiline: bool = False) -> str:
    """A street address in the country's own layout (fresh19's own layouts); `town` is the native town entry of PEOPLE."""
    town = _native(town)
    street = r.choice(PEOPLE[country][5].split("|"))
    no = r.randint(1, 260)
    nl = "\n" if multiline else ", "

    def d(n: int) -> str:
        return _s(r, n, string.digits)
    if country == "US":
        city, state = town.split(", ")
        unit = r.choice(["", "", f" #{r.randint(2, 40)}", f", Apt. {r.randint(1, 9)}{r.choice('ABC')}", f", Lot {r.randint(3, 80)}"])
        return f"{r.randint(100, 29999)} {street} {r.choice(['Road', 'Trail', 'Loop', 'Street', 'Court', 'Drive'])}{unit}{nl}{city}, {state} {d(5)}{r.choice(['', '-' + d(4)])}"
    if country == "GB":
        city, area = town.rsplit(" ", 1)
        head = r.choice([f"{no} {street}", f"Flat {r.randint(1, 12)}, {no} {street}", f"{r.choice(['Holly House', 'The Forge', 'Ivy Lodge', '2 Weavers Cottages'])}, {street}"])
        return f"{head}{nl}{city}{nl if multiline else ', '}{area} {r.randint(1, 9)}{_s(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if country == "IE":
        return f"{r.choice(['', 'Apartment 4, ', 'Rosemount, '])}{no} {street}{nl}{town}{nl}{r.choice(['X35', 'R95', 'F92', 'N37', 'P85'])} {_s(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if country == "CA":
        city, prov = town.split(", ")
        pc = f"{r.choice('ABCEGHJKLMNPRSTVXY')}{d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
        return f"{r.choice(['', 'Apt 3, ', f'{r.randint(101, 2204)}-'])}{r.randint(10, 9800)} {street}{nl}{city}, {prov}{nl if multiline else ' '}{pc}"
    if country == "AU":
        city, st = town.rsplit(" ", 1)
        return f"{r.choice(['', f'{r.randint(1, 30)}/', 'Lot 4, '])}{no} {street}{nl}{city} {st} {r.randint(2000, 7999)}"
    if country == "NZ":
        return f"{no}{r.choice(['', 'B'])} {street}{nl}{r.choice(['Aramoho', 'Highfield', 'Kaiti', 'Witherlea', 'Kensington', 'Solway'])}{nl}{town} {d(4)}"
    if country == "IN":
        return (f"{r.choice(['No.', 'Flat No.', 'Door No.'])} {r.randint(1, 60)}/{r.randint(1, 9)}, {r.choice(['Sai Krupa Apartments', 'Lotus Enclave', 'Green Park Layout'])}, "
                f"{street}{nl}{town} - {r.randint(1, 8)}{d(5)}")
    if country == "ZA":
        return f"{no} {street}{nl}{r.choice(['Sonheuwel', 'Welgelegen', 'Cashmere Park', 'Hospital Hill', 'Walmer'])}{nl}{town}{nl if multiline else ', '}{d(4)}"
    if country == "NG":
        return f"{r.choice(['No.', 'Plot'])} {no}, {street}{nl}{r.choice(['Fegge', 'GRA', 'Ikot Ansa', 'Rayfield', 'World Bank Estate'])}, {town}"
    if country == "PH":
        return f"{r.choice(['Unit 3B, ', 'Blk 7 Lot 12, ', ''])}{no} {street}{nl}Brgy. {r.choice(['Poblacion', 'San Jose', 'Lapaz', 'Camp 7'])}, {town}{nl if multiline else ', '}{d(4)}"
    if country == "KE":
        return f"{r.choice(['Apt B4, ', 'House No. ' + str(no) + ', ', ''])}{street}{nl}P.O. Box {r.randint(100, 9999)}-{d(5)}{nl}{town}"
    if country == "MY":
        return f"No. {no}, {street}{r.choice(['', ', Taman Desa', ', Taman Bukit Indah'])}{nl}{d(5)} {town}, {_MY_STATE.get(town, 'Perak')}"
    if country in ("DE", "AT", "CH"):
        pc = d(5) if country == "DE" else f"{r.randint(1, 9)}{d(3)}"
        tail = f"/{r.randint(1, 9)}/{r.randint(1, 20)}" if country == "AT" and r.random() < 0.5 else ""
        co = r.choice(["", "", "c/o Hausverwaltung, "]) if country == "DE" else ""
        return f"{co}{street} {no}{r.choice(['', 'b'])}{tail}{nl}{r.choice(['', 'CH-']) if country == 'CH' else ''}{pc} {town}"
    if country == "FR":
        return f"{r.choice(['', 'Résidence Les Cèdres, ', 'Escalier B, '])}{no}{r.choice(['', ' bis'])} {street}{nl}{d(5)} {town}{r.choice(['', ' Cedex'])}"
    if country == "BE":
        return f"{street} {no}{r.choice(['', ' bus 12', ' boîte 4'])}{nl}{r.choice(['', 'B-'])}{r.randint(1000, 9999)} {town}"
    if country == "ES":
        return f"{street}, {no}, {r.choice(['3º izq.', '2º B', 'ático', 'bajo'])}{nl}{d(5)} {town}"
    if country == "MX":
        return f"{street} {r.choice(['#', 'No. '])}{no}{r.choice(['', ' Int. 3'])}, {r.choice(['Col. Centro', 'Col. Jardines', 'Fracc. Las Palmas'])}{nl}{d(5)} {town}"
    if country == "AR":
        return f"{street} {r.randint(100, 5999)}{r.choice(['', ', 2º C', ', depto 4'])}{nl}{r.choice('TQBSY')}{d(4)} {town}"
    if country == "IT":
        return f"{street} {no}{r.choice(['', '/C', ', scala B'])}{nl}{d(5)} {town} ({town[:2].upper()})"
    if country == "NL":
        return f"{street} {no}{r.choice(['', '-A', ' II'])}{nl}{r.randint(1000, 9999)} {_s(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')} {town}"
    if country == "PT":
        return f"{street}, {no}, {r.choice(['1.º Esq.', '3.º Dto.', 'cave'])}{nl}{d(4)}-{d(3)} {town}"
    if country == "BR":
        return f"{street}, {r.randint(10, 4999)}{r.choice(['', ', ap. 104', ', casa 3'])} - {r.choice(['Centro', 'Batel', 'Boa Viagem', 'Trindade', 'Umarizal'])}{nl}{town} - {_BR_UF.get(town, 'SP')}, {d(5)}-{d(3)}"
    if country == "PL":
        return f"{street} {no}{r.choice(['', f' m. {r.randint(1, 80)}', f'/{r.randint(1, 80)}'])}{nl}{d(2)}-{d(3)} {town}"
    if country == "SE":
        return f"{street} {no}{r.choice(['', ' C', ', 2 tr'])}{nl}{d(3)} {d(2)} {town}"
    if country == "NO":
        return f"{street} {no}{r.choice(['', 'A'])}{nl}{d(4)} {town}"
    if country == "DK":
        return f"{street} {no}{r.choice(['', ', 3. th.', ', kl.'])}{nl}{d(4)} {town}"
    if country == "FI":
        return f"{street} {no} {r.choice(['B', 'C'])} {r.randint(1, 40)}{nl}{d(5)} {town}"
    if country in ("CZ", "SK"):
        return f"{street} {r.randint(1, 2999)}/{r.randint(1, 90)}{nl}{d(3)} {d(2)} {town}"
    if country == "HU":
        return f"{r.randint(1000, 9999)} {town}, {street} {no}. {r.choice(['', '1. em. 3.', 'fszt. 2.'])}".rstrip()
    if country == "RO":
        return f"{street} nr. {no}{r.choice(['', ', bl. 7, sc. A, ap. 12'])}{nl}{d(6)} {town}"
    if country == "TR":
        return f"{r.choice(['Yeni', 'Bahçelievler', 'Kocatepe', 'Mimar Sinan'])} Mah. {street} No: {no} Daire: {r.randint(1, 24)}{nl}{town}"
    if country == "GR":
        return f"{street} {no}, {town} {d(3)} {d(2)}"
    if country in ("RU", "UA"):
        pc = d(6) if country == "RU" else d(5)
        house = f"д. {no}, кв. {r.randint(1, 300)}" if country == "RU" else f"буд. {no}, кв. {r.randint(1, 300)}"
        return f"{'г.' if country == 'RU' else 'м.'} {town}, {street}, {house}, {pc}"
    if country == "BG":
        return f"{town} {d(4)}, {street} № {no}, ет. {r.randint(1, 8)}"
    if country == "HR":
        return f"{street} {no}{nl}HR-{d(5)} {town}"
    if country == "LT":
        return f"{street} {no}-{r.randint(1, 70)}, LT-{d(5)} {town}"
    if country == "JP":
        return f"〒{d(3)}-{d(4)} {_JP_PREF[town]}{town}{street}{r.randint(1, 4)}-{r.randint(1, 30)}-{r.randint(1, 15)}"
    if country == "CN":
        return f"{town}市{r.choice(['滨湖区', '五华区', '思明区', '涧西区', '越城区', '城关区'])}{street}{r.randint(1, 600)}号{r.randint(1, 20)}单元{r.randint(1, 30)}0{r.randint(1, 4)}"
    if country == "KR":
        return f"{town}시 {r.choice(['덕진구', '북구', '단구동', '상당구', '중앙동'])} {street} {r.randint(1, 250)}-{r.randint(1, 30)}"
    if country == "IL":
        return f"רח' {street} {no}{r.choice(['', '/' + str(r.randint(1, 20))])}, {town}"
    if country == "AE":
        return f"فيلا رقم {no}، {street}، {town}"
    if country == "INH":
        return f"{r.randint(1, 99)}-{r.choice(['ए', 'बी', 'सी'])}, {street}, {town} - {r.randint(2, 8)}{d(5)}"
    if country == "TH":
        return f"{no}/{r.randint(1, 40)} {street} ต.{r.choice(['ในเมือง', 'ตลาดใหญ่', 'หัวรอ'])} อ.เมือง จ.{town} {d(5)}"
    if country == "VN":
        return f"Số {no} {street}, {r.choice(['phường Thạch Thang', 'phường 4', 'phường Hòa Cường'])}, {town}"
    if country == "ID":
        return f"{street} No. {no}, {r.choice(['Kel. Sukajadi', 'Kel. Panjer', 'Kel. Sungai Bangkong'])}{nl}{town} {d(5)}"
    raise KeyError(country)


# --- Organizations -------------------------------------------------------------------------------------------------
_ORG: dict[str, tuple[str, ...]] = {  # {t} town, {l} a surname
    "en": ("{l} Tutoring Agency", "{t} Community Credit Union", "Willowbrook Veterinary Hospital", "St Brigid's Primary School",
           "{l} Plumbing & Heating", "{t} Harriers Athletic Club", "Bluewater Pharmacy", "{l} & {l2} Solicitors",
           "{t} Islamic Centre", "{l} Wedding Films", "Maple Leaf Driving School", "{l} Funeral Directors"),
    "de": ("Steuerkanzlei {l}", "Volksbank {t}", "Tierarztpraxis am {t}er Tor", "Gesamtschule {t}-Nord", "{l} Sanitär GmbH",
           "SV {t} 1921 e.V.", "Apotheke am Markt", "Bestattungen {l}"),
    "fr": ("Cabinet {l} & Associés", "Caisse d'Épargne de {t}", "Clinique vétérinaire des Saules", "École primaire Jules-Ferry",
           "Pompes funèbres {l}", "Pharmacie du Centre"),
    "es": ("Asesoría {l}", "Clínica Veterinaria San Antón", "Colegio Santa Teresa", "Funeraria {l}", "Caja de Ahorros de {t}",
           "Farmacia {l}"),
    "it": ("Studio {l} Consulenze", "Cassa Rurale di {t}", "Ambulatorio Veterinario Sant'Anna", "Liceo Scientifico Galilei",
           "Onoranze Funebri {l}", "Farmacia {l}"),
    "nl": ("Boekhoudkantoor {l}", "Dierenkliniek De Linde", "Basisschool De Wilgen", "Uitvaartzorg {l}", "Apotheek {t} Centrum"),
    "pt": ("Gabinete {l}", "Clínica Veterinária do Mondego", "Escola Básica de {t}", "Agência Funerária {l}", "Farmácia Central"),
    "pl": ("Kancelaria {l}", "Lecznica Weterynaryjna Azor", "Liceum im. Kopernika w {t}", "Zakład Pogrzebowy {l}", "Apteka Pod Lipami"),
    "sv": ("{l}s Redovisning AB", "Djurkliniken i {t}", "{t} Simsällskap"),
    "no": ("{l} Regnskap AS", "{t} Dyreklinikk", "{t} Idrettslag"),
    "da": ("{l} Revision ApS", "Dyrlægerne i {t}", "{t} Boldklub"),
    "fi": ("Tilitoimisto {l} Oy", "Eläinklinikka Tassu", "{t}n Urheilijat ry"),
    "cs": ("Účetnictví {l} s.r.o.", "Veterinární klinika Alík", "Gymnázium {t}"),
    "sk": ("Účtovníctvo {l} s.r.o.", "Veterinárna ambulancia Dunčo", "Gymnázium {t}"),
    "hu": ("{l} és Társa Kft.", "Állatorvosi Rendelő Bodri", "{t}i Sportegyesület"),
    "ro": ("Cabinet Avocat {l}", "Clinica Veterinară Azorel", "Liceul Teoretic {t}"),
    "tr": ("{l} Hukuk Bürosu", "Can Dost Veteriner Kliniği", "{t} Gençlik Spor Kulübü"),
    "el": ("Δικηγορικό Γραφείο {l}", "Κτηνιατρείο Φίλος", "Αθλητικός Σύλλογος {t}"),
    "ru": ("ИП {l}", "Ветклиника «Айболит»", "Спортклуб «Олимп» г. {t}"),
    "uk": ("ТОВ «{l} і партнери»", "Ветклініка «Лапа»", "Гімназія № 7 м. {t}"),
    "bg": ("Адвокатска кантора „{l}“", "Ветеринарна клиника „Лапа“", "Спортен клуб „{t}“"),
    "hr": ("Odvjetnički ured {l}", "Veterinarska ambulanta Šapa", "NK {t}"),
    "lt": ("UAB „{l} ir partneriai“", "Veterinarijos klinika „Letenėlė“", "{t} sporto klubas"),
    "ja": ("{l}行政書士事務所", "{t}さくら動物病院", "株式会社みなと不動産"),
    "zh": ("{t}安心宠物医院", "{t}明德培训学校", "{t}顺达会计服务有限公司"),
    "ko": ("{l}법무사사무소", "{t}해피동물병원", "{t}한빛학원"),
    "he": ("משרד עורכי דין {l}", "מרפאה וטרינרית כלבלב"),
    "ar": ("مكتب {l} للخدمات القانونية", "عيادة الرفق البيطرية"),
    "hi": ("{l} ट्यूशन सेंटर", "पशु सेवा क्लिनिक"),
    "th": ("สำนักงานกฎหมาย{l}", "โรงพยาบาลสัตว์เพื่อนรัก"),
    "vi": ("Văn phòng Luật {l}", "Phòng khám Thú y Bình An"),
    "id": ("Kantor Notaris {l}", "Klinik Hewan Sahabat", "Bimbel Cerdas {t}"),
}

# English organizations by kind ({org:school}, {org:clinic}...), so that "my daughter's school" names a school.
_ORG_EN_KIND: dict[str, tuple[str, ...]] = {
    "school": ("St Brigid's Primary School", "{t} Grammar School", "Hollybank Montessori", "{t} Sixth Form College",
               "Riverside Academy of Music", "{l} Tutoring Agency"),
    "clinic": ("{t} Family Practice", "{t} Medical Centre", "Hillside Surgery", "{l} Health Clinic", "Cedar Grove Dental"),
    "pharmacy": ("Bluewater Pharmacy", "{t} Family Pharmacy", "{l}'s Chemist", "Hillcrest Apothecary"),
    "vet": ("Willowbrook Veterinary Hospital", "{t} Animal Clinic", "{l} Vets", "Paws & Claws Veterinary Centre"),
    "firm": ("{l} Plumbing & Heating", "{l} & {l2} Solicitors", "{l} Bookkeeping", "{t} Car & Van Hire", "Northern Lights Logistics",
             "{l} Engineering Ltd"),
    "events": ("{l} Caterers", "Northern Lights Events", "{l} Wedding Films", "{t} Marquee Hire", "{l} Hall & Gardens",
               "The Old Granary Barn"),
    "bank": ("{t} Community Credit Union", "{t} Building Society", "First {t} Savings Bank", "Prairie Hills Credit Union"),
    "club": ("{t} Harriers Athletic Club", "{t} Rovers FC", "{t} Rowing Club", "{t} Youth Netball League"),
    "care": ("Rosewood Gardens Care Home", "{t} Hospice", "Meadowview Assisted Living", "{l} Court Nursing Home"),
    "funeral": ("{l} Funeral Directors", "{t} Funeral Services", "{l} & Sons Funeral Parlour"),
    "faith": ("{t} Islamic Centre", "St Columba's Parish", "{t} Gurdwara Sahib", "Grace Fellowship {t}", "Beth Shalom Synagogue {t}"),
}

# Other languages' organizations by kind, where a template names the kind ({org:club} in a German transfer form).
_ORG_XX_KIND: dict[tuple[str, str], tuple[str, ...]] = {
    ("de", "club"): ("SV {t} 1921 e.V.", "TSV Blau-Weiß {t}", "FC Eintracht {t}"),
    ("de", "vet"): ("Tierarztpraxis am {t}er Tor", "Kleintierpraxis Dr. {l}", "Tierklinik {t}-Süd"),
    ("de", "firm"): ("Steuerkanzlei {l}", "{l} Sanitär GmbH", "Volksbank {t}", "Gesamtschule {t}-Nord", "Apotheke am Markt"),
    ("fr", "events"): ("Maison {l} Réceptions", "Domaine des Tilleuls", "Château de la Roche"),
    ("es", "funeral"): ("Funeraria {l}", "Tanatorio San Lázaro", "Servicios Funerarios de {t}"),
    ("it", "events"): ("{l} Wedding & Eventi", "Villa {l} Ricevimenti", "Tenuta San Giorgio"),
    ("nl", "events"): ("Partycentrum {t}", "Landgoed De Wilgenhof", "Feestzaal Het Anker"),
    ("pl", "club"): ("MKS {t}", "UKS Orlik {t}", "KS Polonia {t}"),
}


def make_org(r: random.Random, lang: str, country: str, town: str, kind: str = "") -> str:
    kind = kind if kind in _ORG_EN_KIND else ""  # {org:uc} passes its case flag here
    pool = (_ORG_EN_KIND[kind] if kind and lang == "en" else _ORG_XX_KIND.get((lang, kind)) or _ORG.get(lang, _ORG["en"]))
    pattern = r.choice(pool)
    lasts = (PEOPLE[country][3] or PEOPLE[country][2]).split("|")
    last, last2 = r.sample(lasts, 2)
    roman = lang == "en" or country in ("CN", "JP", "KR") and lang not in ("zh", "ja", "ko")
    last, last2 = (_roman(last), _roman(last2)) if roman else (_native(last), _native(last2))
    return pattern.replace("{l2}", last2).replace("{l}", last).replace("{t}", town_name(country, town))


# --- Italian towns' cadastral codes (the codice fiscale of _blind_values.make_natid) --------------------------------
_CF_TOWNS = {"Bergamo": "A794", "Ravenna": "H199", "Lecce": "E506", "Trento": "L378", "Mantova": "E897", "Arezzo": "A390",
             "Ferrara": "D548"}


# --- Password words ({pw:word|leet|wifi|phrase}, made by _blind_values.make_password) -------------------------------
_PW_WORDS = {
    "en": "Marmalade|Hedgehog|Thunderbird|Gooseberry|Lighthouse|Pancake|Woodpecker|Cinnamon|Snowdrop|Bumblebee",
    "de": "Schneeglöckchen|Gartenzwerg|Maulwurf|Zwetschge|Brezel|Sonnenblume",
    "fr": "Escargot|Tournesol|Croissant|Libellule|Myrtille|Campagne",
    "es": "Tortuga|Almendra|Flamenco|Cigüeña|Naranja",
    "it": "Gabbiano|Limoncello|Lucertola|Ciliegia|Gelato",
    "pl": "Wiewiorka|Jezyk|Kaczka|Truskawka|Pszczola",
    "nl": "Kikker|Fietsbel|Hagelslag|Zonnebloem",
    "pt": "Andorinha|Sardinha|Laranjeira|Caracol",
    "tr": "Papatya|Simit|Leylek|Portakal",
    "ru": "Cheburashka|Berezka|Vorobei|Medvezhonok",
    "sv": "Kanelbulle|Blabar|Igelkott|Midsommar",
    "id": "Kupukupu|Rambutan|Merpati|Melati",
}
_PHRASE_WORDS = ["anchor", "pepper", "glacier", "orchid", "lantern", "marble", "cobalt", "thistle", "falcon", "walnut", "ember", "harbour",
                 "violet", "cactus", "nebula", "juniper"]  # {pw:phrase}

# Words for {seed:12|24}: a recovery phrase written out (all of them from the common English word list such phrases use).
_SEED_WORDS = [
    "abandon", "ability", "absorb", "access", "actor", "adapt", "admit", "adult", "advice", "afford", "agent", "alarm",
    "album", "alley", "almost", "alpha", "amazing", "anchor", "animal", "ankle", "answer", "antique", "anxiety", "apart",
    "april", "arena", "armor", "arrow", "artist", "asthma", "atom", "auction", "autumn", "avocado", "bacon", "badge",
    "bamboo", "banana", "barrel", "basket", "battle", "beach", "believe", "bench", "bicycle", "blanket", "blossom",
    "border", "bounce", "bracket", "breeze", "brick", "bright", "broccoli", "bubble", "buffalo", "cabin", "cactus",
    "camera", "candy", "canyon", "carbon", "carpet", "castle", "catalog", "celery", "cherry", "chimney", "circle",
    "citizen", "clever", "cloud", "coconut", "coffee", "comic", "copper", "coral", "cotton", "cousin", "cradle", "crystal",
    "curtain", "dance", "danger", "daughter", "decade", "dentist", "desert", "diamond", "dinosaur", "dolphin", "donkey",
    "dragon", "drama", "eagle", "eager", "earth", "echo", "elbow", "elephant", "emerald", "engine", "enrich", "envelope",
    "erosion", "estate", "evolve", "exotic", "fabric", "faculty", "falcon", "fancy", "fashion", "feather", "festival",
    "fiction", "fiscal", "flame", "flavor", "fossil", "fragile", "galaxy", "garden", "garlic", "gesture", "giant", "ginger",
    "giraffe", "glacier", "glove", "gorilla", "gossip", "harbor", "harvest", "hedgehog", "helmet", "hobby", "holiday",
    "honey", "horizon", "humble", "hybrid", "iceberg", "idle", "igloo", "immune", "impulse", "indoor", "infant", "island",
    "ivory", "jacket", "jaguar", "jelly", "jungle", "kangaroo", "kettle", "kidney", "kitchen", "ladder", "lantern",
    "laptop", "lemon", "leopard", "liberty", "lizard", "lobster", "lottery", "lunar", "magnet", "mammal", "mango", "marble",
    "meadow", "melody", "mercy", "metal", "middle", "mirror", "mosquito", "muffin", "museum", "mushroom", "napkin",
    "nephew", "noodle", "nuclear", "oasis", "ocean", "olive", "orbit", "orchard", "ostrich", "oyster", "paddle", "panda",
    "panther", "parrot", "peanut", "pelican", "pencil", "pepper", "pigeon", "planet", "pluck", "pottery", "pumpkin",
    "puzzle", "pyramid", "rabbit", "raccoon", "radar", "rainbow", "raven", "razor", "rebel", "rhythm", "ribbon", "rocket",
    "saddle", "salmon", "satoshi", "scatter", "scorpion", "sketch", "skull", "slogan", "smoke", "snake", "solar", "spider",
    "spirit", "squirrel", "stadium", "sugar", "sunset", "swallow", "symptom", "tackle", "talent", "tattoo", "tennis",
    "thunder", "ticket", "tiger", "tomato", "tornado", "tortoise", "trophy", "tulip", "tunnel", "turtle", "umbrella",
    "unicorn", "uniform", "useful", "vacuum", "valley", "velvet", "venture", "violin", "volcano", "voyage", "walnut",
    "wasp", "whale", "wisdom", "wolf", "wrist", "yellow", "zebra", "zone",
]


# --- Rendering (Context is _blind_values.py's with this set's tables; fill() adds a few slots of its own) ------------
_WORK_DOMAINS = ["penhaligon-solicitors.co.uk", "volksbank-celle-mitarbeiter.de", "lacombe-associes.fr", "willowbrookvets.com",
                 "mapleleafdriving.ca", "tutoring-menon.in", "harriers-ac.org.uk", "bluewaterpharmacy.com.au", "okonjo-events.com"]  # {wemail}


class Context(_bv.Context):
    """One prompt of this set: _blind_values.Context with this set's people, places, work domains and password words."""

    people_table = PEOPLE
    work_domains = _WORK_DOMAINS
    cf_towns = _CF_TOWNS
    pw_words = _PW_WORDS
    phrase_words = _PHRASE_WORDS
    write_address = staticmethod(write_address)
    make_org = staticmethod(make_org)


_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_MY_TOKENS = {  # {tk:<kind>}: provider tokens _blind_values.TOKEN_KINDS does not have
    "mailgun": lambda r: "key-" + _s(r, 32, _bv.HEX),
    "hubspot": lambda r: "pat-na1-" + "-".join(_s(r, n, _bv.HEX) for n in (8, 4, 4, 4, 12)),
    "heroku": lambda r: "HRKU-" + "-".join(_s(r, n, _bv.HEX) for n in (8, 4, 4, 4, 12)),
    "sentry": lambda r: "sntrys_eyJpYXQiOjE3" + _s(r, 120, _bv.AN) + "_" + _s(r, 43, _bv.URLSAFE),
    "replicate": lambda r: "r8_" + _s(r, 37),
    "square": lambda r: "EAAA" + _s(r, 60, _bv.URLSAFE),
    "buildkite": lambda r: "bkua_" + _s(r, 40, _bv.HEX),
    "sonar": lambda r: "squ_" + _s(r, 40, _bv.HEX),
    "postman": lambda r: "PMAK-" + _s(r, 24, _bv.HEX) + "-" + _s(r, 34, _bv.HEX),
    "klaviyo": lambda r: "pk_" + _s(r, 34, _bv.HEX),
    "vercel": lambda r: _s(r, 24),
    "supabase": lambda r: _bv.make_jwt(r, {"iss": "supabase", "ref": _s(r, 20, string.ascii_lowercase), "role": "service_role",
                                           "iat": r.randint(1_700_000_000, 1_760_000_000), "exp": r.randint(2_000_000_000, 2_100_000_000)}),
    "cohere": lambda r: _s(r, 40),
    "together": lambda r: "tgp_v1_" + _s(r, 43, _bv.URLSAFE),
    "gemini": lambda r: "AIza" + _s(r, 35, _bv.URLSAFE),
    "exchange_key": lambda r: _s(r, 64),
    "exchange_secret": lambda r: base64.b64encode(r.randbytes(64)).decode(),
    "fcm": lambda r: "AAAA" + _s(r, 7, _bv.URLSAFE) + ":APA91b" + _s(r, 134, _bv.URLSAFE),
    "shippo": lambda r: "shippo_live_" + _s(r, 40, _bv.HEX),
    "launchdarkly": lambda r: "sdk-" + "-".join(_s(r, n, _bv.HEX) for n in (8, 4, 4, 4, 12)),
    "snyk": lambda r: "-".join(_s(r, n, _bv.HEX) for n in (8, 4, 4, 4, 12)),
}


def _my_fill(ctx: Context, slot: str) -> _bv.Parts | None:
    """This set's own slots (None when the slot is _blind_values.fill's). The same slot gives the same value twice."""
    r = ctx.rng
    head = slot.split("@")[0].split(":")[0]
    if head not in ("tk", "apppw", "totp", "seed", "rcode", "b64pw", "cardv", "cardw", "ssnx", "masked", "wallet", "chip",
                    "plate"):
        return None
    key = "f19:" + slot
    if key in ctx.cache:
        return ctx.cache[key]
    args = slot.split("@")[0].split(":")[1:]
    out: _bv.Parts
    if head == "tk":
        out = [(_MY_TOKENS[args[0]](r), "SECRET")]
    elif head == "apppw":  # Google's four groups of four letters, Apple's dashed ones
        groups = [_s(r, 4, string.ascii_lowercase) for _ in range(4)]
        out = [((" " if r.random() < 0.6 else "-").join(groups), "SECRET")]
    elif head == "totp":
        raw = _s(r, 32, _B32)
        spaced = " ".join(raw[i:i + 4].lower() for i in range(0, 32, 4))
        out = [(raw if "raw" in args or r.random() < 0.6 else spaced, "SECRET")]
    elif head == "seed":
        out = [(" ".join(r.sample(_SEED_WORDS, int(args[0]) if args else 12)), "SECRET")]
    elif head == "rcode":
        out = [(r.choice([f"{_s(r, 4, _bv.LOWAN)}-{_s(r, 4, _bv.LOWAN)}", f"{_s(r, 5, string.digits)}-{_s(r, 5, string.digits)}",
                          f"{_s(r, 4, _bv.UPAN)}-{_s(r, 4, _bv.UPAN)}-{_s(r, 4, _bv.UPAN)}", _s(r, 10, _bv.LOWAN)]), "SECRET")]
    elif head == "b64pw":  # a Kubernetes Secret's data value: base64 of a password or key
        raw = _bv.make_password(r, r.choice(["random", "urlsafe", "word"]), "en", ctx.pw_words, ctx.phrase_words)
        out = [(base64.b64encode(raw.encode()).decode(), "SECRET")]
    elif head in ("cardv", "cardw"):  # a card read out: digits spaced, or spelled as words
        digits = _bv.make_card(r, ctx.country, "", "plain")
        ctx.last_card = digits
        if head == "cardv":
            groups = [digits[i:i + 4] for i in range(0, len(digits), 4)]
            text = r.choice([", ", " - ", "  "]).join(" ".join(g) for g in groups)
        else:
            text = " ".join(_DIGIT_WORDS[int(c)] for c in digits)
        out = [(text, "CREDIT_CARD")]
    elif head == "ssnx":  # an SSN in the ways people write it besides dashes
        v = _bv.make_ssn(r, "dash")
        style = args[0] if args else r.choice(["dot", "spaced", "words", "slash"])
        a, b, c = v.split("-")
        text = {"dot": f"{a}.{b}.{c}", "slash": f"{a}/{b}/{c}", "spaced": " ".join(a + b + c),
                "words": " ".join(_DIGIT_WORDS[int(x)] for x in a) + ", " + " ".join(_DIGIT_WORDS[int(x)] for x in b) + ", "
                + " ".join(_DIGIT_WORDS[int(x)] for x in c)}[style]
        out = [(text, "US_SSN")]
    elif head == "masked":  # not PII: a card as apps show it
        out = [(r.choice([f"•••• {_s(r, 4, string.digits)}", f"XXXX-XXXX-XXXX-{_s(r, 4, string.digits)}", f"**** **** **** {_s(r, 4, string.digits)}",
                          f"{_s(r, 6, string.digits)}******{_s(r, 4, string.digits)}"]), None)]
    elif head == "wallet":  # not PII: a public wallet address
        out = [(r.choice(["0x" + _s(r, 40, "0123456789abcdefABCDEF"), "bc1q" + _s(r, 38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")]), None)]
    elif head == "chip":  # not PII: a pet's ISO microchip number
        out = [(r.choice(["276", "250", "826", "900", "985", "941"]) + _s(r, 12, string.digits), None)]
    else:  # plate, not labelled: a vehicle registration
        out = [(r.choice([f"{_s(r, 2, 'ABCDEFGHJKLMNOPRSTUVWXY')}{r.randint(10, 75)} {_s(r, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}",
                          f"{_s(r, 3, string.ascii_uppercase)}-{_s(r, 4, string.digits)}", f"{_s(r, 1, string.digits)}{_s(r, 3, string.ascii_uppercase)}{_s(r, 3, string.digits)}"]), None)]
    ctx.cache[key] = out
    return out


def fill(ctx: Context, slot: str) -> _bv.Parts:
    """corpus.py renders each set with its module's locale_for, Context and fill: this set's slots, then _blind_values'."""
    return _my_fill(ctx, slot) or _bv.fill(ctx, slot)


# --- Templates ---------------------------------------------------------------------------------------------------------
# PII templates in English: the situations of the module docstring, each its own layout.
_PII_EN: list[tuple[str, str]] = [
    # weddings
    ("en-GB", ("Can you turn this into a tidy seating plan? Top table: {name}, {name2}, {name3:f}, {name4}. The venue, {org:events}, wants "
              "final numbers by {date:long} and the balance paid to {iban}, reference {x:invoice}.")),
    ("en-US", ("Help me write a firm but polite chaser to our wedding photographer. We paid the $1,200 deposit on my card {card:sp} on "
              "{date:long} and she has not answered since. Her contract lists {email2} and {phone2}. My fiancé {first3:m} wants to "
              "dispute the charge instead.")),
    ("en", ("Draft a thank-you card from {first:f} and {first2:m} to {name3} for hosting the rehearsal dinner at {addr3}. Mention the "
           "speech {first4} gave and the cake.")),
    ("en-AU", ("Wedding RSVP export, please dedupe it and count the plus-ones:\nname,email,mobile,diet,plus_one\n{name},{email},{phone},vegan,yes\n"
              "{name2},{email2},{phone2},none,no\n{name},{email},{phone},vegan,yes\n{name3},{email3},{phone3},gluten-free,yes")),
    ("en-IN", ("Shaadi budget sheet: caterer {org:events} advance ₹85,000 paid from my card {card:rupay:sp} on {date:long}; decorator "
              "{name2} ({phone2}) wants the rest by UPI. My PAN {natid:pan} is needed for the hall invoice. Make a payment schedule.")),
    ("en-US", ("Our officiant needs this for the marriage licence paperwork: bride {name:f}, born {dob:long}, SSN {ssn}; groom {name2:m}, "
              "born {dob2:long}, SSN {ssn2}. County clerk appointment {date:long}. Which documents do we bring?")),
    # funerals and bereavement
    ("en-GB", ("I need a short death notice for the local paper: {name:m} of {town}, born {dob:long}, died peacefully on {date:long} at "
              "{org:care}. Beloved husband of {first2:f}. Funeral at St Peter's on {date:long@2}. Under 60 words please.")),
    ("en-US", ("My dad passed and I'm closing his accounts. The credit union wants his SSN {ssn:dash} and mine {ssn2:plain} on one form. "
              "His name was {name:m}, date of death {date:num}. Branch: {org:bank}. Is that normal?")),
    ("en-IE", ("Could you help me word the funeral notice? Reposing at the family home, {addr}, from 4pm on {date:long}. Sadly missed by "
              "{first2}, {first3} and {first4}. House private on the morning of the funeral. Enquiries to {first2} on {phone2}.")),
    ("en-CA", ("Estate executor checklist for my aunt {name:f} (SIN {natid}, born {dob:long}). Her cards: a Visa {card:visa:dash}, a Mastercard {card:mc:sp@2}. "
              "The lawyer is {name2} at {wemail2}. What do I cancel first?")),
    ("en-ZA", ("Funeral policy claim for my gogo {name:f}, ID {natid}, died {date:long} in {town}. Beneficiary {name2}, ID {natid2}, "
              "cell {phone2}. The parlour is {org:funeral}. Please draft the covering letter.")),
    # sports clubs and transfer forms
    ("en-GB", ("Our U14 girls' team is registering a transfer. Player: {name:kid:f}, DOB {dob:num}, moving from {org:club}. Parent contact "
              "{name2}, {email2}, {phone2}. Write the email to the league registration secretary.")),
    ("en-US", ("Travel soccer roster for the tournament insurance form, fix the columns:\n| Player | DOB | Parent | Cell |\n|---|---|---|---|\n"
              "| {name:kid} | {dob:num} | {name2} | {phone2} |\n| {name3:kid} | {dob3:num} | {name4} | {phone4} |")),
    ("en-ZA", ("Rugby transfer request: {namecaps}, ID number {natid}, born {dob:long}, moving from {org:club} to our U19s. Previous "
              "club contact {name2}, {wemail2}. Is there a stand-down period?")),
    ("en-AU", ("Netball club membership renewals, which ones bounced?\n{name} | {email} | paid {card:mc:plain}\n{name2} | {email2} | paid "
              "{card:visa:plain@2}\n{name3} | {email3} | direct debit")),
    ("en-NZ", ("Rowing club trip to {town@2}: I'm driving {first2:kid} and {first3:kid}. Emergency contacts {name4} {phone4} and "
              "{name5} {phone5}. Fuel money goes to {first4}. Write the trip sheet.")),
    # burglary and insurance claims
    ("en-GB", ("Burglary at {addr} overnight on {date:long}. Police crime reference {x:ticket}. Stolen: laptop, my partner {first2}'s "
              "road bike and my wallet with a debit card {card:sp} (cancelled). Help me list it for the insurer, policy {x:order}.")),
    ("en-US", ("Help me itemise a renters insurance claim. Policyholder {name}, SSN {ssn}, insured address {addr}. Items: MacBook Air "
              "(order {x:amazon}), a Peloton, and jewellery my grandmother {name2:f} left me. The adjuster is {name3}, {wemail3}.")),
    ("en-CA", ("Home insurance adjuster asked for: policyholder name, SIN, date of loss, contact. It's {name}, {natid}, {date:long}, "
              "{phone}. Neighbour who saw the break-in: {name2} at {addr2}. Make this a clean email.")),
    ("en-IN", ("FIR copy says burglary at {addr} on {date:long}. Complainant {name}, Aadhaar {natid:aadhaar}, mobile {phone}. The "
              "insurer wants it typed. Stolen gold valued ₹2,40,000. Can you format it?")),
    # crypto-exchange support
    ("en", ("Support chat from the exchange, was this a scam?\n[agent] Please confirm your full name, date of birth and account email.\n"
           "[me] {name}, {dob:num}, {email}\n[agent] To unlock the withdrawal please type your 12-word recovery phrase.\n[me] {seed:12}\n"
           "[agent] Thank you, processing.")),
    ("en-US", ("Crypto taxes: the exchange wants my SSN {ssn:plain} for the 1099-DA and my address {addr}. For the tax tool I made an API "
              "key {tk:exchange_key} with secret {tk:exchange_secret}. Is a read-only key safe to hand over?")),
    ("en-GB", ("My exchange account is locked. The email to {email} asks for a selfie holding my ID and a statement showing {iban}. Login "
              "came from {ip:pub}, which isn't me. Is this email legit? Withdrawal address was {wallet}.")),
    ("en", "Ledger backup card, I photographed it and OCR gave me this. Is it readable enough to restore?\n1-6: {seed:24}\nPIN {pw:pin}"),
    ("en-PH", ("Crypto P2P buyer {name2} sent pesos from GCash {phone2} but the exchange froze it. My account name {name}, TIN {natid}. "
              "Their support wants my selfie and {email}. What should I answer?")),
    # pharmacy and prescriptions
    ("en-US", ("Refill request for my mom {name:f} (DOB {dob:num}) at {org:pharmacy}: lisinopril 10 mg, Rx {x:order}. Her cell {phone}. "
              "Charge the card on file ending {masked}. Can you write it as a short text?")),
    ("en-GB", ("Repeat prescription form for my dad: {name:m}, born {dob:long}, NHS number {natid:nhs}, {addr}. Surgery {org:clinic}. "
              "Please tidy this into the request box wording.")),
    ("en-AU", ("Pharmacy delivery note: {name}, {addr}, phone {phone}. Medicare card on file. Leave meds in the parcel box, code {pw:pin}. "
              "Rewrite it so the driver understands.")),
    ("en-MY", ("Clinic refill appointment for my father {name:m}, MyKad {natid}, on {date:long}. My number {phone2}. Write it in "
              "simple English for the pharmacy WhatsApp.")),
    # vets and pets
    ("en-AU", ("Vet invoice for our kelpie: owner {name}, {addr}, mobile {phone}. Microchip {chip}. Paid {card:mc:sp}. Check the GST "
              "maths: consult $95, vaccine $68, worming $24.")),
    ("en-NZ", ("Cattery intake for {org:vet}: owner {name:f}, emergency contact {name2} {phone2}. Our house sitter uses the door code "
              "{pw:pin}. Cat's chip {chip}. Reformat as a label.")),
    ("en-GB", ("Pet passport appointment at {org:vet} on {date:long} for the dog. Owner {name}, {addr}, {email}. Chip {chip}. "
              "Is the rabies jab enough for France?")),
    ("en-US", ("Vet payment plan application: {name}, SSN {ssn:dash}, DOB {dob:num}, income $48k, {addr}. Dog had surgery "
              "on {date:long}. Is it weird they want my SSN for a vet bill?")),
    # car rentals and traffic fines
    ("en-GB", ("The hire company charged my card {card:sp} £45 admin for a speeding ticket on {date:long}. Renter {name}, email {email}. "
              "Vehicle {plate}. Help me write the appeal.")),
    ("en-US", ("Car rental in {town} needs an additional driver: {name2}, DOB {dob2:long}, phone {phone2}. Primary renter {name}, Amex "
              "{card:amex:plain}, exp {exp}. Draft the email to the branch manager, {name3}.")),
    ("en-IE", ("Toll fine from a rental, reg {plate}. Hirer {name}, licence holder since forever, {addr}. Pay by {card:dash}? The letter "
              "gives {date:long} as the deadline. Reply for me.")),
    ("en-XX", ("Parking fine abroad: it names the keeper as {name}, {addr}, {idname} {natid}. Car {plate}. Fine date {date:long}. Should "
              "I pay or contest? Write a short English letter.")),
    ("en-CA", ("Photo radar ticket in {town}, plate {plate}. Registered owner {name}, {addrml}\nI wasn't driving, my brother {name2} "
              "({phone2}) was. How do I nominate him?")),
    # dating-app safety
    ("en", ("First date tomorrow. Sending my sister this: his name {name2:m}, number {phone2}, profile {purl2:ig}. Meeting at the wine "
           "bar in {town} at 7. Make it a short safety checklist.")),
    ("en-US", ("Is this a romance scam? He says he's {name2:m}, an engineer on a rig, wants my SSN {ssn} 'for the customs form'. His "
              "email {email2}, and the mail header shows {ip:pub}.")),
    ("en-GB", ("Dating app match {first2:f} asked to move to WhatsApp, number {phone2}, and sent {purl2:linkedin}. Reverse image search "
              "showed {name3}. Should I report?")),
    ("en-AU", ("Safety text template for my housemate: if I'm not home by 11, I'm with {name2} ({phone2}), last seen at his place {addr2}. "
              "My location link is on. Make it shorter.")),
    # genealogy and DNA matches
    ("en-US", ("23andMe found a half-sibling match, {name2}. She wrote from {email2} and says her mother was {name3:f} from {town}. Help me "
              "reply kindly. I'm {first}, born {dob:long}.")),
    ("en-IE", ("Family tree notes, make an outline: me {name} (b. {dob:long}), my mother {name2:f} (b. {dob2:long}), my uncle {name3:m} "
              "(b. {dob3:long}) who emigrated. DNA match {name4} from {town@2}, {email4}.")),
    ("en-GB", ("Genealogy forum reply draft: I believe {name2} (born {dob2:long} in {town}) is my great-aunt's daughter. Contact me at "
              "{email} or {phone}. Make it less intense.")),
    ("en-CA", ("Ancestry match message: 'Hi, I'm {name}, born {dob:long} in {town}, adopted. My birth mother might be {name2:f}.' Can "
              "you make it warmer?")),
    # faith community rotas
    ("en-GB", ("Mosque iftar volunteer rota, please make it a table by week:\nWeek 1: {name} ({phone}), {name2} ({phone2})\nWeek 2: "
              "{name3} ({phone3}), {name4}\nKey holder {first5}, alarm code {pw:pin}")),
    ("en-US", ("Church nursery rota for March. Leads {name} and {name2}. Background checks done (SSNs {ssn} and {ssn2} went to the "
              "diocese). Format a sign-up sheet for {org:faith}.")),
    ("en-IN", ("Gurdwara langar seva list: {name} {phone}, {name2} {phone2}, {name3} {phone3}. Donations UPI or card; treasurer "
              "{name4} asks for PAN {natid4:pan} on receipts. Make a WhatsApp message.")),
    ("en-NG", ("Church harvest committee: treasurer {name}, account no. {n:1000000000:9999999999}, phone {phone}. Secretary {name2}, {email2}. Please draft "
              "the announcement for {date:long}.")),
    ("en-AU", ("Synagogue security roster: {name} {phone}, {name2} {phone2}. Side gate code {pw:pin}, alarm {pw:pin@2}. Put it in a "
              "table but mark the codes.")),
    # tutoring and freelance
    ("en-IN", ("Tutor profile for our agency site: {name:f}, MSc Maths, {town}. Contact {email}, WhatsApp {phone}. PAN {natid:pan} for "
              "payouts. Rewrite the bio to sound professional.")),
    ("en-GB", ("Tutoring invoice to {name2} for her son {first3:kid:m}: 6 sessions at £40. Pay to {iban}, reference {x:invoice}. From "
              "{name}, {addr}.")),
    ("en-NG", ("Make this a clean invoice: from {name}, {addr}, {phone}. To {org:firm}, attention {name2}. Logo design ₦350,000. Pay "
              "to my account abroad, {iban}. Due {date:long}.")),
    ("en-PH", ("Upwork client wants to pay outside the platform. I'm {name}, TIN {natid}, GCash {phone}. He sent {email2} and "
              "{purl2:linkedin}. Is this risky?")),
    ("en-KE", ("Invoice draft: consultant {name}, KRA PIN {natid}, M-Pesa {phone:intl}. Client {org:firm}. KES 120,000 "
              "for March. Fix the formatting.")),
    ("en-US", ("Freelance W-9 for a new client, is this right? Name {name}, SSN {ssn:dash}, address {addr}. They want it by {date:long} "
              "to {wemail2}.")),
    ("en-XX", ("Freelance translator invoice: {name}, {addr}, {idname} {natid}, IBAN {iban}. Client in Canada. Reverse charge note "
              "needed? Date {date:long}.")),
    # payroll in other countries
    ("en-XX", ("Our first hire abroad: {name}, {idname} {natid}, IBAN {iban}, born {dob:long}, lives at {addr}. What do I register "
              "before the first payroll on {date:long}?")),
    ("en-XX", ("EOR payroll export, check the net pay maths:\nemployee;tax_id;iban;gross;net\n{name};{natid};{iban:plain};4200;2890\n"
              "{name2};{natid2};{iban2:plain};3900;2710")),
    ("en-PH", ("Payroll for our VA team: {name} TIN {natid} GCash {phone}; {name2} TIN {natid2} GCash {phone2}. Pay date {date:long}. "
              "Compute 13th month for both at PHP 28,000.")),
    ("en-KE", "Payslip check: {name}, KRA PIN {natid}, NHIF deducted twice on {date:short}. Write the email to HR, {wemail2}."),
    ("en-MY", "EPF and SOCSO for new staff: {name} (MyKad {natid}), {name2} (MyKad {natid2}). Start {date:long}. Which forms?"),
    # immigration paperwork
    ("en-XX", ("Visa invitation letter for my mother {name:f}, born {dob:long}, {idname} {natid}, staying with me at {addr2} from "
              "{date:long}. I'm {name2}, {phone2}. Make it formal.")),
    ("en-CA", ("PR application checklist: my SIN {natid}, spouse {name2} (SIN {natid2}), address {addr}, phone {phone}. IRCC UCI "
              "{x:order}. What's still missing?")),
    ("en-US", ("I-130 draft: petitioner {name}, SSN {ssn}, A-number {x:ticket}; beneficiary {name2}, born {dob2:long}. Married "
              "{date:long}. Which supporting docs?")),
    ("en-GB", ("Skilled worker visa: employer {org:firm} issued my CoS on {date:long}. Me: {name}, born {dob:long}, NI {natid:ni}. "
              "The Home Office email went to {email}. Anything wrong?")),
    ("en-US", "Green card holder: passport scan OCR below, can you check the dates?\n{mrz}\nExpiry {mrzexp}. SSN {ssn}."),
    ("en-AU", ("Partner visa stat dec: I, {name}, of {addr}, declare that I have known {name2} since {date:long}. Witness {name3}, "
              "{phone3}. Tidy the wording.")),
    # banking app screenshots and statements OCR'd
    ("en-GB", ("OCR of my banking app screenshot, pull out the payees:\n{name:uc}\nIBAN {iban:ocr}\nCard {card:ocr}\nPaid {name2} £40 "
              "on {date:short}\nPaid {org:firm} £120")),
    ("en-US", ("Screenshot text from my payment app, which did I pay twice?\n{name2} · {date:short}\n$45.00 Brunch\n{name3} · "
              "{date:short@2}\n$45.00 Brunch\nMy profile {purl:venmo}")),
    ("en-IN", ("SMS from my bank, is it real? 'Dear {first}, Rs 24,999 debited from card {card:visa:plain} on {date:num}. If not you "
              "call {phone@2}.' My registered mobile is {phone}.")),
    ("en-NG", ("Transfer receipt OCR: Sender {name:uc} | Account {n:1000000000:9999999999} | Beneficiary {name2:uc} | Narration school fees | Date "
              "{date:num}. Please turn it into a neat table.")),
    ("en", ("Statement copy, categorise these:\n{date:num} CARD {card:plain} GROCER 54.20\n{date:num@2} TRANSFER TO {name2:uc} 300.00\n"
           "{date:num@3} DD {org:bank:uc} 85.00")),
    # SMS threads and voice notes
    ("en-GB", ("Text thread with the letting agent, summarise it:\n[{first2}] Hi, it's {first2}, can you confirm your new number?\n[me] "
              "It's {phone}\n[{first2}] Thanks. Deposit goes back to {iban}?\n[me] yes")),
    ("en-US", ("voice note transcript, please clean up: ok so it's {first} again um my card number is {cardv} expiry {exp} and the "
              "code on the back is {cvv} and can you book the room for the 14th thanks bye")),
    ("en-US", ("Transcribed voicemail: hi this is {name} calling about my account my social is {ssnx:words} and my date of birth is "
              "{dob:spoken} please call me back at {phone}")),
    ("en-AU", ("voice to text from my dad, can you make sense of it: hey love it's dad the card is {cardw} and the pin is {pw:pin} "
              "dont tell your mum")),
    ("en-GB", ("Whatsapp voice note transcript: right so the account is {iban} in the name {name2} and the sort code is in it "
              "apparently, send the deposit by {date:long}")),
    ("en-KE", ("SMS thread with the landlord:\n[{first2}] Pay rent to M-Pesa {phone2}\n[me] Sent KES 25,000 from {phone}\n[{first2}] "
              "Received, thanks {first}")),
    ("en-US", ("My grandpa left this voicemail for the pharmacy, write it down properly: this is {name:m} date of birth {dob:spoken} "
              "social {ssnx:spaced} refill please")),
    # e-mail forwards with headers
    ("en", ("---------- Forwarded message ---------\nFrom: {name2} <{email2}>\nDate: {date:long}\nSubject: Updated bank details\nTo: "
           "{name} <{email}>\n\nPlease pay future invoices to {iban}.\n\nIs this invoice fraud?")),
    ("en", ("Received: from unknown ([{ip:pub}])\nFrom: \"{name}\" <{email}>\nReply-To: {email2}\nSubject: urgent wire\n\nWhy "
           "does Reply-To differ from From? Phishing?")),
    ("en-GB", ("Begin forwarded message:\nFrom: {wemail}\nTo: {email2}\nSubject: payslip\n\nHi {first2}, attached. Your NI number on "
              "file is {natid2:ni}.\n\nCan HR send this to a personal address?")),
    ("en-US", ("> On {date:long}, {name2} <{email2}> wrote:\n> My SSN is {ssn2} for the lease application, and my card is {card:sp}.\n\n"
              "How do I politely tell her not to email this?")),
    # misc household and life admin
    ("en-US", ("Nanny share agreement: families {last} and {last2}. Nanny {name3}, SSN {ssn3}, paid via payroll service. Start "
              "{date:long}. Draft the clause on sick days.")),
    ("en-GB", ("Blood donation appointment confirmation for {name}, donor no. {x:ticket}, {date:long} at {town} library. Reschedule to "
              "the week after, reply to {wemail2}.")),
    ("en-CA", ("Driving school booking: student {name}, DOB {dob:num}, parent card {card:visa:sp}. Instructor {name2} "
              "{phone2}. Make a confirmation text.")),
    ("en-IE", ("Allotment society waiting list: {name} {email}, {name2} {email2}, {name3} {email3}. Plot fees to {iban}. Format as a "
              "table.")),
    ("en-ZA", ("Body corporate meeting minutes: owners {name} (unit 4), {name2} (unit 9). Levy reference {x:order}. Guard gate pin "
              "{pw:pin}. Tidy the minutes.")),
    ("en-US", ("Kid's summer camp: camper {name:kid}, DOB {dob:num}, allergies peanut. Parent {name2}, {phone2}, card {card:disc:dash}. "
              "Pickup authorised: {name3}. Fill the form.")),
    ("en-GB", "Choir membership renewal list, sort by surname:\n{rev}, {email}\n{rev2}, {email2}\n{rev3}, {email3}"),
    ("en-AU", ("Fishing charter booking: lead {name}, {phone}, deposit on {card:sp}. Others {name2}, {name3}. Date {date:long}. "
              "Send a reminder.")),
    ("en-IN", ("Matrimonial profile draft for my cousin {name:f}, born {dob:long}, {town}, engineer at {org:firm}. Contact "
              "{phone2}. Make it modest.")),
    ("en-US", ("Hospital financial assistance form: patient {name}, SSN {ssn}, DOB {dob:num}, household of 4, address {addr}. "
              "Guarantor {name2}, SSN {ssn2}. Which section lists income?")),
    ("en-US", ("Tax prep intake for my parents: {name:m} SSN {ssn:space}, {name2:f} SSN {ssn2:space}, dependents none. Refund to "
              "routing/account on the check. Phone {phone}.")),
    ("en-US", ("Gym cancellation letter: member {name}, member id {x:order}, card on file {card:sp}. Cancel effective {date:long}. "
              "Send to {wemail2}.")),
    ("en-GB", "Ham radio club meeting: secretary {name}, {email}, treasurer {name2}, {phone2}. Subs to {iban}. Write a notice."),
    ("en-US", ("Student loan forgiveness form: borrower {name}, SSN {ssnx:dot}, employer {org:school}, employer EIN unknown. Signed "
              "{date:long}. Is the format ok?")),
    ("en-US", ("Background check consent for my new tenant: {name}, DOB {dob:num}, SSN {ssnx:slash}, current address {addr}. Landlord "
              "{name2}. Rephrase the consent.")),
    ("en-PH", ("Balikbayan box shipping form: sender {name}, {addr}, {phone}; receiver {name2}, {addr2}, {phone2}. Declared value "
              "PHP 15,000.")),
    ("en-MY", ("Hari Raya open house list: {name} {phone}, {name2} {phone2}, {name3} {phone3}. Host address {addr}. Make a neat "
              "invitation.")),
    ("en-KE", ("Chama contribution ledger, find who's behind:\n{name} | {phone} | KES 2,000\n{name2} | {phone2} | KES 0\n{name3} | "
              "{phone3} | KES 2,000\nTreasurer banks it via M-Pesa {phone4}")),
]
_PII_EN_MORE: list[tuple[str, str]] = [
    # links that point at a person, in life-admin prompts
    ("en-GB", ("Our wedding website is {purl:site} and the gift list is on {purl:paypal}. Can you write the wording for the invitation "
              "insert? We're {first:f} and {first2:m}, marrying in {town} on {date:long}.")),
    ("en-US", ("The funeral will be livestreamed; the family shared the folder {purl:drive} for photos. Write a short note to send to "
              "{first2}'s colleagues at {org:firm}.")),
    ("en", ("I'm raising money for my brother {name2:m}'s surgery. The fundraiser links to {purl2:paypal} and his story is on "
           "{purl2:ig}. Can you make the appeal more moving without oversharing?")),
    ("en-IN", "Tutor booking page {purl:cal}, portfolio {purl:site}. I teach physics in {town} and online. Write a two-line bio."),
    ("en", "Freelance pitch: I'm {name}, based in {town}. Work samples {purl:github} and {purl:dropbox}. Rewrite this so it's punchier."),
    ("en-AU", ("Dating safety: his Strava {purl2:strava} shows runs starting from the same corner in {town}. Is it creepy that I checked? "
              "He says he's {first2:m}, works at {org:firm}.")),
    ("en-GB", ("Highlight reel for the club transfer: {purl:dropbox}. Player {name:kid:m}, currently at {org:club}. Write the "
              "email to the academy scout.")),
    ("en-IE", ("My family tree is shared at {purl:drive}. I'm trying to trace {name2} who left {town} for Boston. Write a post for the "
              "genealogy group.")),
    ("en", ("Someone is impersonating me at {purl:bsky} and {purl:mastodon}. My real account is {purl:ig}. Draft a report to the "
           "platforms. My name is {name}.")),
    ("en-US", "The scammer sold me a car deposit through {purl2:venmo}. His profile said {name2:m} from {town}. What can I report?"),
    ("en-CA", ("Reference check: candidate {name2}, profile {purl2:linkedin}, lives in {town}. Their referee is {name3} at {wemail3}. "
              "Draft three questions.")),
    ("en-NZ", ("Our club's volunteer coordinator is {name}, {purl:cal} for booking a shift, {email}. Make a poster blurb for the "
              "{town} market day.")),
    ("en-ZA", ("My cousin's CV link {purl2:linkedin}, portfolio {purl2:site}. She's moving from {town} to {town@2}. Can you shorten "
              "her summary?")),
    ("en-PH", ("My online shop's payment page is {purl:paypal} and my Instagram is {purl:ig}. Write a caption in English for a "
              "{town} bazaar.")),
    ("en-GB", ("A student uploaded her coursework to {purl:drive} instead of the portal. Her name is {name:f}, year 12 at "
              "{org:school}. Write a gentle email to her parent, {name2}.")),
    ("en-US", "Estate sale: the family listed items at {purl2:site}; contact {name2}, {phone2}. The house is {addr2}. Write the ad."),
    ("en-MY", "Wedding photographer portfolio {purl:ig}, booking {purl:cal}. Based in {town}. Write a friendly enquiry reply."),
    ("en-KE", ("Harambee for my uncle's hospital bill: M-Pesa {phone2}, updates on {purl2:ig}. He lives in {town}. Write the "
              "WhatsApp message.")),
    ("en", ("Scholarship recommender asked for my GitHub and portfolio: {purl:github}, {purl:site}. I'm {name} from {town}. Write "
           "the cover note.")),
    ("en-GB", "Mastodon post draft: 'Lost cat near {town} station, ring {phone} or DM {purl:mastodon}.' Make it catchier."),
    # more SSN carriers
    ("en-US", ("W-2 correction: my employer {org:firm} printed SSN {ssn:dash} but mine is {ssn:plain@2}. How do I ask for a "
              "W-2c? My name {name}, address {addr}.")),
    ("en-US", ("Paper form transcription for my grandmother:\nName: {name:uc:f}\nSoc. Sec. No.: {ssnx:spaced}\nDate of birth: {dob:num}\n"
              "Town: {town}\nPlease type it neatly.")),
    ("en-US", ("Daycare subsidy application: parent {name}, SSN {ssn}; child {name2:kid}, SSN {ssn2}, DOB {dob2:num}. County "
              "office in {town}. Which proof of income do they want?")),
    ("en-US", ("Medicaid renewal for my dad {name:m}: SSN {ssnx:dot}, DOB {dob:long}, address {addr}. Caseworker {name2}, "
              "{wemail2}. Draft the cover letter.")),
    ("en-US", "Bank fraud alert text said 'confirm SSN ending' and I replied with my whole SSN {ssn} from {phone}. What now?"),
    ("en-US", ("Tenant screening CSV, sort by move-in date:\nname,ssn,dob,move_in\n{name},{ssn},{dob:num},{date:num}\n{name2},{ssn2},"
              "{dob2:num},{date:num@2}")),
    ("en-US", ("Military spouse ID renewal: sponsor {name2:m}, SSN {ssn2}; me {name:f}, SSN {ssn}, DOB {dob:num}. Base office in "
              "{town}. What documents?")),
    ("en-US", ("Sports league background check for coaches: {name} SSN {ssnx:slash}; {name2} SSN {ssn2:space}. Send to the "
              "{org:club} registrar.")),
    ("en-US", "Handwritten note OCR: pls call {first} re: SSN {ssn:ocr}, new card mailed to {addr}. Clean it up."),
    ("en-US", ("Pre-employment packet I-9 section: {name}, DOB {dob:num}, SSN {ssn}, email {email}, phone {phone}. Start {date:long} "
              "at {org:firm}. Anything missing?")),
    ("en-US", ("My son {first2:kid:m} got a letter addressed to him with SSN {ssn2} and a credit card offer. He's 12. Identity theft? "
              "We live in {town}.")),
    ("en-US", ("Pharmacy insurance card photo OCR: MEMBER {name:uc}\nID {x:ticket}\nSSN on file {ssn:plain}\nRxBIN {n:100000:999999}\n"
              "Why is the SSN on it?")),
    # more IP addresses, organizations and places
    ("en", ("Exchange login alerts, were these me?\n{date:short} login from {ip:pub} (new device)\n{date:short@2} login from {ip:v6}\n"
           "I only use my phone in {town}.")),
    ("en", "Dating app sent a security email: new sign-in from {ip:pub} near {town@2}. I live in {town}. Did someone get in?"),
    ("en", ("Mobile crash report metadata:\nuser: {first:lc}.{last:lc}\nclient_ip: {ip:pub}\nlan_ip: {ip:priv}\ncarrier: unknown\nWhat "
           "should we strip before logging?")),
    ("en-GB", ("Church wifi log shows {ip:priv} hogging bandwidth during the livestream; the tech volunteer is {name}, {phone}. Write "
              "him a friendly note.")),
    ("en", ("Home camera app says viewer connected from {ip:pub} and {ip:v6}. My sitter {name2} was only meant to use the app in "
           "{town}. How do I check?")),
    ("en-GB", ("Payroll bureau {org:firm} emailed P60s to the wrong people. Mine went to {email2}. I'm {name}, NI {natid:ni}. Draft a "
              "complaint.")),
    ("en-IE", ("Credit union loan form: applicant {name}, PPSN {natid}, employer {org:firm}, {town}. Guarantor {name2}, {phone2}. "
              "Which payslips do they need?")),
    ("en-CA", "Moving away from {town}. Change of address for {org:bank}: {name}, SIN {natid}, new address {addr2}. Draft it."),
    ("en-AU", "Leaving {org:firm} in {town}; final pay to {name}, TFN {natid}, BSB and account on file. Draft my resignation."),
    ("en-NZ", "Kiwisaver form: {name}, IRD {natid}, employer {org:firm}, {addr}. Tidy it up."),
    ("en-ZA", "UIF claim: {name}, ID {natid}, last employer {org:firm} in {town}, phone {phone}. Which documents?"),
    ("en-IN", "Bank KYC update at {org:bank}: {name}, Aadhaar {natid:aadhaar}, PAN {natid:pan}, address {addr}. Draft the letter."),
    ("en-NG", ("Church choir trip from {town} to {town@2}: leader {name} {phone}, assistant {name2} {phone2}. Bus company "
              "{org:firm}. Write the itinerary.")),
    # payment cards in more carriers
    ("en", ("Virtual card screenshot from my banking app, OCR'd:\n{holder}\n{card:split}\nVALID THRU {exp}   CVC {cvv}\nIs it safe "
           "to paste this into a booking site?")),
    ("en-GB", ("Mum texted me: 'love can you book the coach for me, card is {card:dsp} exp {exp} back number {cvv}'. How do I tell "
              "her not to text card numbers?")),
    ("en-US", ("He says he's stuck at the airport and asked me to pay his flight with my card {card:dash}. I already sent it to "
              "{email2}. Can I stop the charge? My bank is {org:bank}.")),
    ("en", ("Receipt OCR, which card did I use?\nTERMINAL {n:10000000:99999999}\n{card:ocr}\nAUTH {n:100000:999999}\nTOTAL {x:price}\n"
           "{date:num}")),
    ("en-GB", ("Visa fee payment failed twice with {card:visa:sp}, expiry {exp}. Applicant {name}, born {dob:long}. Which other card "
              "can I use?")),
    ("en", ("Payment form dump from our bug report:\n| field | value |\n|---|---|\n| cardholder | {holder} |\n| number | {card:plain} |\n"
           "| expiry | {exp} |\n| email | {email} |\nHow do we stop logging this?")),
    ("en-AU", ("Traffic fine payment: infringement {x:ticket}, paid with {card:mc:dash} on {date:long}. Payer {name}. The site "
              "errored. Did it go through?")),
    ("en-US", ("Church online giving export, find the failed ones:\ndonor,card,amount\n{name},{card:plain},50\n{name2},"
              "{card:amex:plain@2},100\n{name3},{card:plain@3},25")),
    ("en-GB", "Tutoring agency asked for my card to keep on file: {card:sp}, {holder}, exp {exp}. Is that normal for a deposit?"),
    ("en", "Buying crypto with a card failed: card {card:dash}, name {name}, billing {addr}. Error 'card not supported'. Why?"),
    ("en-IN", ("Travel agent email says: 'Kindly share card no. and CVV for the hold.' I sent {card:visa:plain} and {cvv}. Was that a "
              "mistake? Agent: {name2}, {phone2}.")),
    ("en", ("Our payment gateway log:\nlevel=error msg=\"charge failed\" card={card:plain} ip={ip:pub} email={email}\nWhy is the "
           "full PAN logged?")),
    ("en-CA", ("Car rental form: driver {name}, licence province ON, card {card:sp} (ending {last4}), return {date:long} in "
              "{town}. Fill it in.")),
    ("en-US", ("Pharmacy autopay: replace my old card {card:sp} with the new one {card:sp@2}, same expiry {exp}. Patient {name}, "
              "DOB {dob:num}.")),
    ("en", "voice to text from my husband: card number is {cardv} and the expiry is {exp} ok love you bye"),
    ("en-GB", ("Wedding band contract clause: 'Balance of £900 to be charged to {card:sp} on {date:long}.' Is that enforceable if "
              "we cancel? Client {name}.")),
    ("en-NZ", "School trip payment: parent {name}, card {card:split}\nexp {exp}. Student {name2:kid}. Did I fill it in right?"),
    ("en", ("Password manager card item export:\n{{\"type\": \"card\", \"cardholderName\": \"{holder}\", \"number\": \"{card:plain}\", "
           "\"expMonth\": \"{n:1:12}\", \"code\": \"{cvv}\", \"pin\": \"{pw:pin}\"}}")),
    ("en-US", ("IP ban list for our club's booking site: {ip:pub}, {ip:pub@2}, {ip:v6}. One of them is {name}'s house. How do I "
              "whitelist just her?")),
]
_PII_EN_DEV: list[tuple[str, str]] = [
    # password-manager exports
    ("en", ("Bitwarden export, find the reused passwords:\n{{\"items\":[{{\"name\":\"Gmail\",\"login\":{{\"username\":\"{email}\",\"password\":\"{pw:word}\"}}}},"
           "{{\"name\":\"Council tax\",\"login\":{{\"username\":\"{email}\",\"password\":\"{pw:word}\"}}}},{{\"name\":\"Router\",\"login\":{{\"username\":"
           "\"admin\",\"password\":\"{pw:random}\"}}}}]}}")),
    ("en", ("1Password CSV, which entries have no 2FA?\nTitle,Url,Username,Password,OTPAuth\nDropbox,https://www.dropbox.com,{email},{pw:random},\n"
           "GitHub,https://github.com,{first:lc}{n:1:99},{pw:phrase},otpauth://totp/GitHub:{first:lc}?secret={totp:raw}&issuer=GitHub")),
    ("en", ("Chrome passwords.csv, what should I change first?\nname,url,username,password\naccounts.google.com,https://accounts.google.com/,"
           "{email},{pw:leet}\nwww.netflix.com,https://www.netflix.com/login,{email},{pw:leet}\n{ip:priv},http://{ip:priv}/login,admin,{pw:word}")),
    ("en", ("KeePass XML entry, convert it to CSV:\n<Entry><String><Key>Title</Key><Value>NAS</Value></String><String><Key>UserName</Key>"
           "<Value>{first:lc}</Value></String><String><Key>Password</Key><Value>{pw:random}</Value></String><String><Key>URL</Key>"
           "<Value>https://{ip:priv}:5001</Value></String></Entry>")),
    ("en-US", ("Secure note from my old LastPass, split it into proper fields:\nSSN: {ssn}\nPassport: {natid}\nBank login: {email} / {pw}\n"
              "Safe combo: {pw:pin}\nMom's SSN: {ssn2}")),
    ("en", ("Firefox logins.json excerpt, decrypted with the script. Is it safe to paste into our shared vault?\n"
           "[{{\"hostname\":\"https://mail.proton.me\",\"username\":\"{email}\",\"password\":\"{pw:phrase}\"}},"
           "{{\"hostname\":\"https://id.atlassian.com\",\"username\":\"{wemail}\",\"password\":\"{pw:random}\"}}]")),
    ("en", ("Apple Passwords export:\nTitle,URL,Username,Password,Notes,OTPAuth\nAmazon,https://amazon.com,{email},{pw:word},,\n"
           "Bank app,,{first:lc}.{last:lc},{pw:random},security answer: {pw:word@2},\nWhich ones look weak?")),
    ("en", ("My 2FA backup codes for the password manager, please put them in a printable grid:\n{rcode}\n{rcode@2}\n{rcode@3}\n{rcode@4}\n"
           "{rcode@5}\n{rcode@6}\nAccount: {email}")),
    # browser devtools copies
    ("en", ("Copied as fetch from devtools, why is it 401?\nfetch(\"https://api.coursebook.app/v2/me\", {{\"headers\": {{\"authorization\": "
           "\"Bearer {tok:jwt}\", \"cookie\": \"sessionid={tok:hex64}; csrftoken={tok:keycloak_secret}\"}}, \"method\": \"GET\"}});")),
    ("en", ("Cookies tab from devtools, what can I share in a bug report?\nName\tValue\n_session_id\t{tok:hex64}\nremember_user_token\t"
           "{tok:b64_32}\n_ga\tGA1.2.{n:100000000:999999999}.{x:epoch}\nlocale\ten-GB")),
    ("en", ("localStorage from the staging app:\n{{\"user\":{{\"name\":\"{name}\",\"email\":\"{email}\",\"phone\":\"{phone}\"}},\"accessToken\":"
           "\"{tok:jwt}\",\"refreshToken\":\"{tok:google_refresh}\"}}\nWhy would they keep the refresh token here?")),
    ("en", ("Copy as cURL (bash):\ncurl 'https://portal.tenantly.io/api/applications' -H 'cookie: laravel_session={tok:b64_32}' "
           "--data-raw '{{\"applicant\":\"{name}\",\"dob\":\"{dob:iso}\",\"ssn\":\"{ssn}\"}}'\nIt returns 419.")),
    ("en", ("Network tab response, is this leaking too much?\n{{\"id\":{n:1000:99999},\"fullName\":\"{name}\",\"email\":\"{email}\","
           "\"lastLoginIp\":\"{ip:pub}\",\"card\":{{\"brand\":\"visa\",\"number\":\"{card:visa:plain}\"}}}}")),
    # Kubernetes, Helm, Terraform
    ("en", ("kubectl get secret db-creds -o yaml, how do I decode this?\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ndata:\n"
           "  username: YXBw\n  password: {b64pw}\n  api-key: {b64pw@2}")),
    ("en", ("Helm values for the payments chart:\nstripe:\n  secretKey: {tok:stripe}\n  webhookSecret: {tok:whsec}\npostgresql:\n  auth:\n"
           "    password: {pw:urlsafe}\nWhy does helm lint complain about indentation?")),
    ("en", ("terraform.tfvars that I committed by mistake:\nhcloud_token = \"{tok:hcloud}\"\ncloudflare_api_token = \"{tok:cloudflare}\"\n"
           "admin_cidr = \"{ip:pub}/32\"\nalert_email = \"{email}\"\nHow do I purge it from history?")),
    ("en", ("ExternalSecret isn't syncing. The fallback value someone hardcoded:\nstringData:\n  SENDGRID_API_KEY: {tok:sendgrid}\n"
           "  SLACK_BOT_TOKEN: {tok:slack_bot}\nShould I delete the Secret first?")),
    ("en", ("kubeconfig from a colleague's laptop, why can't I connect?\nusers:\n- name: {first:lc}\n  user:\n    token: {tok:jwt}\n"
           "clusters:\n- cluster:\n    server: https://{ip:pub}:6443")),
    ("en", ("variables.tf default I forgot to remove:\nvariable \"db_password\" {{\n  default = \"{pw:random}\"\n}}\nvariable "
           "\"datadog_api_key\" {{\n  default = \"{tok:datadog_api}\"\n}}")),
    ("en", ("Helm install command from our runbook, is --set safe?\nhelm upgrade --install grafana grafana/grafana --set "
           "adminPassword='{pw:word}' --set smtp.password='{apppw}'")),
    # CI logs
    ("en", ("GitHub Actions log, why did this print?\nRun ./deploy.sh\n+ curl -u {cred:deploy} https://registry.internal.io/v2/\n"
           "+ export NPM_TOKEN={tok:npm}\nError: 403 Forbidden")),
    ("en", ("Buildkite step output:\n$ echo $SONAR_TOKEN\n{tk:sonar}\n$ docker login -u ci -p {pw:urlsafe} registry.gitlab.com\n"
           "WARNING! Using --password via the CLI is insecure. Do I need to rotate both?")),
    ("en", ("Our CircleCI env dump from a debug step:\nHEROKU_API_KEY={tk:heroku}\nSNYK_TOKEN={tk:snyk}\nCIRCLE_BRANCH=main\nHOME=/home/circleci\n"
           "Which of these are sensitive?")),
    ("en", ("Jenkins console output, the masking failed:\n[Pipeline] sh\n+ git clone https://{credtok:x-access-token:ghp}@github.com/ourorg/app.git\n"
           "+ aws configure set aws_secret_access_key {tok:aws_secret}")),
    ("en", ("GitLab job log:\n$ ssh -i /tmp/key deploy@{ip:pub}\nWarning: Permanently added '{ip:pub}' (ED25519) to the list of known "
           "hosts.\n$ cat /tmp/key\n{pem:openssh}\nWhy is the key printed?")),
    # notebooks
    ("en", ("Notebook cell that errors:\nIn [3]: client = OpenAI(api_key=\"{tok:openai}\")\n   ...: df = pd.read_sql(\"select * from "
           "patients where email='{email}'\", \"postgresql://{cred:analyst}@{ip:priv}/clinic\")\nOperationalError: timeout")),
    ("en", ("ipynb JSON from my repo, is there anything to scrub?\n{{\"cell_type\": \"code\", \"source\": [\"os.environ['HF_TOKEN'] = "
           "'{tok:hf}'\\n\", \"login(token=os.environ['HF_TOKEN'])\"], \"outputs\": [{{\"text\": [\"Logged in as {first:lc}\"]}}]}}")),
    ("en", ("Colab output printed my secrets:\n>>> print(userdata.get('GEMINI_API_KEY'))\n{tk:gemini}\n>>> print(userdata.get('COHERE_KEY'))\n"
           "{tk:cohere}\nHow do I hide outputs before sharing?")),
    ("en", ("Jupyter cell, why is the geocoder slow?\nrows = [(\"{name}\", \"{addr}\"), (\"{name2}\", \"{addr2}\")]\nfor n, a in rows:\n"
           "    print(n, geocode(a))")),
    # Postman, curl, HTTP
    ("en", ("Postman collection export, strip the secrets before I share it:\n{{\"auth\":{{\"type\":\"bearer\",\"bearer\":[{{\"key\":\"token\","
           "\"value\":\"{tok:ghpat}\"}}]}},\"variable\":[{{\"key\":\"baseUrl\",\"value\":\"https://{ip:pub}:8443\"}},{{\"key\":\"testUser\","
           "\"value\":\"{wemail}\"}}]}}")),
    ("en", ("Postman environment file:\n{{\"values\":[{{\"key\":\"postman_api_key\",\"value\":\"{tk:postman}\"}},{{\"key\":\"hubspot\",\"value\":"
           "\"{tk:hubspot}\"}},{{\"key\":\"owner\",\"value\":\"{name}\"}}]}}")),
    ("en", ("Why does Twilio return 20003?\ncurl -X POST https://api.twilio.com/2010-04-01/Accounts/AC{x:md5}/Messages.json -u "
           "AC{x:md5}:{tok:twilio_token} --data-urlencode 'To={phone:e164}' --data-urlencode 'Body=Hi {first}, your refill is ready'")),
    ("en", ("curl from our docs draft, please replace the real values with placeholders:\ncurl https://api.mailgun.net/v3/mg.ourshop.com/messages "
           "-u 'api:{tk:mailgun}' -F to='{name} <{email}>' -F subject='Order shipped'")),
    ("en", ("HTTPie call that works locally but not in prod:\nhttp POST :8000/api/payouts Authorization:'Token {tok:hex64}' iban={iban:plain} "
           "holder='{name}'")),
    ("en", ("Raw HTTP request from Burp, what's wrong with the auth header?\nPOST /graphql HTTP/1.1\nHost: api.rentalhub.dev\nAuthorization: "
           "Basic {basic}\nX-Forwarded-For: {ip:pub}\n\n{{\"query\":\"mutation {{ verify(ssn: \\\"{ssn}\\\") }}\"}}")),
    # mail configs
    ("en", ("Thunderbird keeps asking for the password. IMAP imap.gmail.com:993, user {email}, password is the app password {apppw}. "
           "SMTP smtp.gmail.com:465. What did I miss?")),
    ("en", ("~/.msmtprc:\naccount personal\nhost smtp.fastmail.com\nport 587\nfrom {email}\nuser {email}\npassword {apppw}\n\nWhy "
           "'authentication failed'?")),
    ("en", ("fetchmailrc for the family server:\npoll imap.ionos.com protocol IMAP user \"{email}\" there with password \"{pw:word}\" is "
           "\"{first:lc}\" here\npoll imap.ionos.com protocol IMAP user \"{email2}\" there with password \"{pw:random}\" is \"{first2:lc}\" here")),
    ("en", ("Postfix relay config, why does it bounce?\nrelayhost = [smtp.sendgrid.net]:587\n# sasl_passwd:\n[smtp.sendgrid.net]:587 "
           "apikey:{tok:sendgrid}")),
    ("en", ("Outlook autodiscover failed; my settings: name {name}, address {wemail}, server mail.{x:sku}.local, password {pw:word}. "
           "Walk me through it.")),
    ("en", ("muttrc from my old machine:\nset from = \"{name} <{email}>\"\nset imap_user = \"{email}\"\nset imap_pass = \"{apppw}\"\n"
           "set smtp_url = \"smtps://{email}@smtp.gmail.com\"\nShould I move the pass to gpg?")),
    # database URLs and app configs
    ("en", ("JDBC url from the HR app config: jdbc:postgresql://{ip:priv}:5432/hr?user=hr_app&password={pw:urlsafe}&ssl=true. Which "
           "parameter skips the cert check?")),
    ("en", ("~/.pgpass has lines like\n{ip:priv}:5432:payroll:payroll_ro:{pw:random}\ndb.internal:5432:*:{first:lc}:{pw:word}\nand psql "
           "still prompts. Permissions?")),
    ("en", "~/.my.cnf:\n[client]\nuser=wp_admin\npassword={pw:leet}\nhost={ip:priv}\nIs mysqldump reading it?"),
    ("en", ("wp-config.php excerpt:\ndefine( 'DB_PASSWORD', '{pw:random}' );\ndefine( 'AUTH_KEY', '{tok:django}' );\ndefine( 'SMTP_PASS', "
           "'{apppw}' );\nWhy is the site showing 'Error establishing a database connection'?")),
    ("en", "Celery won't connect:\nCELERY_BROKER_URL=amqp://{cred:celery}@{ip:priv}:5672//\nREDIS_URL=redis://default:{pw:urlsafe}@{ip:priv}:6379/0"),
    ("en", "MongoDB connection string in our Slack, rotate?\nmongodb+srv://{cred}@cluster0.ab12c.mongodb.net/shop?retryWrites=true"),
    ("en", ("Spring Boot application.yml:\nspring:\n  mail:\n    username: {wemail}\n    password: {apppw}\n  datasource:\n    "
           "password: {pw:random}\nWhat's the env var form of these?")),
    ("en", ("docker-compose.yml, the db keeps restarting:\n  db:\n    environment:\n      MARIADB_ROOT_PASSWORD: {pw:random}\n      "
           "MARIADB_PASSWORD: {pw:word}\n  app:\n    environment:\n      STRIPE_KEY: {tok:stripe}")),
    ("en", ("Kafka client props:\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{tok:confluent_key}\" "
           "password=\"{tok:confluent_secret}\";\nWhy SaslAuthenticationException?")),
    ("en", ("systemd unit for the bot:\n[Service]\nEnvironment=TELEGRAM_TOKEN={tok:telegram}\nEnvironment=ADMIN_CHAT={n:10000000:99999999}\n"
           "ExecStart=/usr/bin/python3 bot.py\nIs Environment= visible to other users?")),
    ("en", ("crontab -l:\n0 3 * * * curl -fsS -u {cred:backup} https://{ip:pub}/webdav/ -T /var/backups/db.gz\n*/5 * * * * /opt/check.sh\n"
           "Is the first line a bad idea?")),
    ("en", ("rclone.conf:\n[b2]\ntype = b2\naccount = {tok:b2_id}\nkey = {tok:b2_key}\n[mega]\ntype = mega\nuser = {email}\npass = {pw:urlsafe}\n"
           "Why 'couldn't decrypt password'?")),
    ("en", ("~/.aws/credentials:\n[default]\naws_access_key_id = {tok:aws_id}\naws_secret_access_key = {tok:aws_secret}\n[client-{last:lc}]\n"
           "aws_access_key_id = {tok:aws_id@2}\naws_secret_access_key = {tok:aws_secret@2}")),
    ("en", ("gcloud service account key, why invalid_grant?\n{{\"type\": \"service_account\", \"project_id\": \"our-proj\", "
           "\"private_key\": \"{pemjson}\"}}")),
    ("en", "docker config.json:\n{{\"auths\": {{\"registry.{last:lc}-labs.dev\": {{\"auth\": \"{basic}\"}}}}}}\nI get 'unauthorized' on push."),
    ("en", "wpa_supplicant.conf for the Pi:\nnetwork={{\n  ssid=\"{last}_5G\"\n  psk=\"{pw:wifi}\"\n}}\nIt won't join."),
    ("en", ("WireGuard conf from the VPS:\n[Interface]\nPrivateKey = {tok:wg}\nAddress = {ip:priv}/24\n[Peer]\nEndpoint = {ip:pub}:51820\n"
           "Handshake never completes.")),
    ("en", "OpenVPN auth file the provider emailed to {email}:\n{email}\n{pw:random}\nHow do I use it with auth-user-pass?"),
    ("en", ("claude_desktop_config.json, the MCP server won't start:\n{{\"mcpServers\": {{\"github\": {{\"env\": {{\"GITHUB_PERSONAL_ACCESS_TOKEN\": "
           "\"{tok:ghpat}\"}}}}, \"brave\": {{\"env\": {{\"BRAVE_API_KEY\": \"{tok:brave}\"}}}}}}}}")),
    ("en", ("Continue config, which key is used for autocomplete?\nmodels:\n  - provider: anthropic\n    apiKey: {tok:anthropic}\n  - provider: "
           "groq\n    apiKey: {tok:groq}\n  - provider: together\n    apiKey: {tk:together}")),
    ("en", "LangChain .env:\nOPENAI_API_KEY={tok:openai}\nLANGSMITH_API_KEY={tok:langsmith}\nPINECONE_API_KEY={tok:pinecone}\nWhy is tracing empty?"),
    ("en", "Replicate call failing with 401:\nexport REPLICATE_API_TOKEN={tk:replicate}\npython run.py --prompt 'portrait of my daughter {first2:kid:f}'"),
    ("en", ("gradle.properties from the Android project:\nstorePassword={pw:word}\nkeyPassword={pw:word@2}\nsigning.password={pw:random}\n"
           "ossrhPassword={pw:urlsafe}\nWhich go in CI secrets?")),
    ("en", ("Maven settings.xml server block:\n<server>\n  <id>nexus</id>\n  <username>{first:lc}.{last:lc}</username>\n  <password>{pw:random}</password>\n"
           "</server>\nHow do I encrypt it with mvn --encrypt-password?")),
    ("en", ("NuGet.config:\n<packageSourceCredentials><feed><add key=\"Username\" value=\"{wemail}\" /><add key=\"ClearTextPassword\" "
           "value=\"{tok:azure_devops}\" /></feed></packageSourceCredentials>\nBuild says 401.")),
    ("en", ("composer auth.json:\n{{\"http-basic\": {{\"repo.packagist.com\": {{\"username\": \"token\", \"password\": \"{tok:hex64}\"}}}}, "
           "\"github-oauth\": {{\"github.com\": \"{tok:gho}\"}}}}")),
    ("en", "~/.git-credentials:\nhttps://{credtok:oauth2:glpat}@gitlab.com\nWhy does git still prompt?"),
    ("en", "Expo eas.json secrets, is this wrong?\n\"env\": {{\"SENTRY_AUTH_TOKEN\": \"{tk:sentry}\", \"FCM_SERVER_KEY\": \"{tk:fcm}\"}}"),
    ("en", ("Fastlane Matchfile and env:\nMATCH_PASSWORD={pw:phrase}\nFASTLANE_USER={email}\nFASTLANE_PASSWORD={pw:word}\n"
           "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={apppw}")),
    ("en", "App Store Connect API key, do I keep the BEGIN line?\nKey ID {x:pnr}\n{pem:pkcs8}"),
    ("en", ("Supabase client in the Next.js app:\nconst supabase = createClient('https://abcd.supabase.co', '{tk:supabase}')\nIs the "
           "service_role key ok in the browser?")),
    ("en", ("Vercel env pull gave me:\nVERCEL_TOKEN={tk:vercel}\nKLAVIYO_PRIVATE_KEY={tk:klaviyo}\nSHIPPO_TOKEN={tk:shippo}\nWhich "
           "should be NEXT_PUBLIC?")),
    ("en", "Square webhook handler, why is the signature wrong?\nSQUARE_ACCESS_TOKEN={tk:square}\nLD_SDK_KEY={tk:launchdarkly}"),
    ("en", "Buildkite agent token leaked in a screenshot: {tk:buildkite}. Also our Vault root token {tok:vault}. Which do I revoke first?"),
    ("en", "Discord bot won't log in:\nclient.run('{tok:discord_bot}')\nthe bot belongs to {name}'s server"),
    ("en", ("Cloudflare tunnel install line from the dashboard: sudo cloudflared service install {tok:b64_32}. And Tailscale: "
           "tailscale up --authkey={tok:tailscale}. Are these single-use?")),
    ("en", ("Salesforce CLI auth file, is this the refresh token?\n{{\"accessToken\": \"{tok:salesforce}\", \"username\": \"{wemail}\", "
           "\"instanceUrl\": \"https://our-org.my.salesforce.com\"}}")),
    # personal data in developer carriers
    ("en", ("git log shows someone else's name on my commits:\ncommit {x:sha}\nAuthor: {name} <{email}>\nDate:   Tue {date:short} 10:41\n\n    fix "
           "typo\nHow do I rewrite author info?")),
    ("en", ("Cargo.toml:\n[package]\nname = \"tidy-csv\"\nauthors = [\"{name} <{email}>\", \"{name2} <{email2}>\"]\nversion = \"{x:ver}\"\n"
           "Should I drop authors before publishing?")),
    ("en", ("Dockerfile:\nFROM python:3.12-slim\nLABEL maintainer=\"{name} <{wemail}>\"\nENV APP_ENV=production\n"
           "ENV OPENROUTER_API_KEY={tok:openrouter}")),
    ("en", ("LDIF export from our old LDAP, convert to CSV:\ndn: uid={first:lc},ou=people,dc=club,dc=local\ncn: {name}\nmail: {email}\n"
           "telephoneNumber: {phone}\nuserPassword: {pw:word}")),
    ("en", ("Sentry event JSON, how do I turn off sending this?\n\"user\": {{\"id\": \"{n:1000:99999}\", \"email\": \"{email}\", \"ip_address\": "
           "\"{ip:pub}\", \"username\": \"{first:lc}{last:lc}\"}}")),
    ("en", ("CloudTrail record, who did this?\n{{\"eventName\": \"DeleteBucket\", \"sourceIPAddress\": \"{ip:pub}\", \"userIdentity\": {{\"arn\": "
           "\"arn:aws:iam::{n:100000000000:999999999999}:user/{first:lc}.{last:lc}\", \"accessKeyId\": \"{tok:aws_id}\"}}}}")),
    ("en", ("Auth0 user export line, I need to migrate it:\n{{\"email\": \"{email}\", \"name\": \"{name}\", \"phone_number\": \"{phone:e164}\", "
           "\"last_ip\": \"{ip:v6}\", \"password_hash\": \"$2b$10${x:sha256}\"}}")),
    ("en", ("Shopify order webhook payload, which fields are PII?\n{{\"email\": \"{email}\", \"shipping_address\": {{\"name\": \"{name}\", "
           "\"address1\": \"{addr}\", \"phone\": \"{phone}\"}}, \"browser_ip\": \"{ip:pub}\", \"order_number\": {n:1000:9999}}}")),
    ("en", ("Typeform responses JSON, make it a table:\n[{{\"name\": \"{name}\", \"email\": \"{email}\", \"dob\": \"{dob:iso}\"}}, {{\"name\": "
           "\"{name2}\", \"email\": \"{email2}\", \"dob\": \"{dob2:iso}\"}}]")),
    ("en", ("Crashlytics issue, anything to scrub?\nFatal Exception: java.lang.NullPointerException\n  at com.ourapp.checkout.CardForm.validate"
           "(CardForm.kt:88)\nKeys: user_email={email}, last_card_input={card:plain}, ip={ip:v6}\nDevice: Pixel 7, Android 14")),
    ("en", ("iOS crash log header:\nIncident Identifier: {x:uuid}\nHardware Model: iPhone15,2\nApp: BudgetPal {x:ver}\nUser: {email}\n"
           "Note: user typed IBAN {iban} before crash\nHow do I symbolicate?")),
    ("en-US", ("Our Segment identify call, is sending this allowed?\nanalytics.identify('{n:10000:99999}', {{ name: '{name}', email: '{email}', "
              "ssn_last4: '{n:1000:9999}', ssn: '{ssn}' }})")),
    ("en", ("nginx access log, a user says they were charged twice:\n{ip:pub} - - \"POST /checkout HTTP/2\" 200 \"email={email}\"\n{ip:pub@2} - - "
           "\"POST /checkout HTTP/2\" 200 \"email={email}\"\nSame person?")),
    ("en", ("SCIM payload from our IdP, why does the PATCH fail?\n{{\"userName\": \"{wemail}\", \"name\": {{\"givenName\": \"{first}\", \"familyName\": "
           "\"{last}\"}}, \"phoneNumbers\": [{{\"value\": \"{phone}\"}}]}}")),
    ("en", ("SQL: UPDATE customers SET card_number = '{card:plain}', email = '{email}' WHERE full_name = '{name}'; — I ran this on prod, "
           "how do I undo?")),
    ("en", ("GDPR data export I received from an app, explain each field:\n{{\"profile\": {{\"name\": \"{name}\", \"birthday\": \"{dob:iso}\", "
           "\"signup_ip\": \"{ip:pub}\", \"home\": \"{addr}\"}}, \"linked\": \"{purl:strava}\"}}")),
]
# PII templates in the other languages.
_PII_XX: list[tuple[str, str]] = [
    # German (DE, AT, CH)
    ("de", ("Kannst du aus der Gästeliste eine Sitzordnung machen? Tisch 1: {name}, {name2}, {name3}. Die Anzahlung für die Location haben "
           "wir am {date} von {iban} überwiesen, Rechnung {x:invoice}. Trauzeugin {first4:f} erreicht man unter {phone4}.")),
    ("de", ("Mein Vater {name:m}, geboren am {dob}, ist am {date:long} in {town} verstorben. Das Bestattungshaus braucht seine "
           "{idname} ({natid}) und meine Kontoverbindung {iban}; mein Arbeitgeber {org:firm} gibt mir Sonderurlaub. Bitte formuliere eine kurze Mail an die Rentenversicherung.")),
    ("de", ("Spielerpass-Antrag für den Vereinswechsel: {namecaps}, geb. {dob:num}, bisher {org:club}. Erziehungsberechtigte: {name2}, "
           "{email2}, {phone2}. Bitte als Tabelle.")),
    ("de", ("Einbruch in unsere Wohnung {addr} am {date}. Aktenzeichen der Polizei {x:ticket}. Gestohlen: Laptop, Schmuck und meine "
           "Kreditkarte {card:sp} (gesperrt). Hilf mir beim Schreiben an die Hausratversicherung, Vertrag {x:order}.")),
    ("de", ("Der angebliche Support der Krypto-Börse wollte per Chat meine Seed-Phrase, und ich habe sie geschickt: {seed:12}\nMein "
           "Konto läuft auf {email}. Was mache ich jetzt?")),
    ("de", (".env aus unserem Projekt, welche Werte muss ich rotieren?\nDATABASE_URL=postgres://{cred:shop}@{ip:priv}:5432/shop\n"
           "STRIPE_SECRET_KEY={tok:stripe}\nMAIL_PASSWORD={pw:word}")),
    ("de", ("Abrechnung für unsere Minijobberin {name:f}: {idname} {natid}, IBAN {iban}, 13,50 € pro Stunde. Stimmt die Abrechnung "
           "ab {date}?")),
    ("de", ("Bußgeldbescheid zum Mietwagen: Fahrer laut Vermieter {name}, {addr}, Kennzeichen {plate}, Tattag {date:num}. Gefahren "
           "ist aber mein Kollege {name2}. Wie fülle ich den Anhörungsbogen aus?")),
    ("de", ("Ich treffe morgen jemanden aus der App: {name2:m}, {phone2}, Profil {purl2:ig}. Schreib mir eine kurze Nachricht an meine "
           "Schwester, falls ich mich bis 23 Uhr nicht melde.")),
    ("de", ("Tierarztrechnung von {org:vet}: Halterin {name:f}, {addr}, Chip {chip}, bezahlt mit {card:dash}. Ist die Rechnung nach GOT "
           "korrekt?")),
    ("de", ("Dienstplan für die Tafel der Gemeinde: {name} {phone}, {name2} {phone2}, {name3} {email3}. Schlüsselkasten-Code {pw:pin}. "
           "Mach daraus eine Tabelle.")),
    # French (FR, BE)
    ("fr", ("Peux-tu faire un plan de table ? Table 1 : {name}, {name2}, {name3}. La salle, {org:events}, attend le solde avant le {date} "
           "sur {iban}. Témoin : {first4}, {phone4}.")),
    ("fr", ("Avis de décès à rédiger : {name:m}, né le {dob}, décédé le {date:long} à {town}. Les pompes funèbres demandent son "
           "{idname} {natid}. Contact de la famille : {email2}.")),
    ("fr", ("Déclaration de sinistre après le cambriolage du {date} au {addr}. Plainte n° {x:ticket}. Ma carte {card:sp} a été volée "
           "puis bloquée. Aide-moi à écrire à l'assureur.")),
    ("fr", ("Le « support » de la plateforme m'a demandé ma phrase de récupération et je l'ai donnée : {seed:12}. Compte {email}, "
           "connexion inconnue depuis {ip:pub}. Que faire ?")),
    ("fr", ("Avis de contravention pour une voiture de location {plate}, au nom de {name}, {addr}. Le loueur a débité {card:visa:sp}. "
           "Comment contester ?")),
    ("fr", ("Mon config.ini contient :\n[smtp]\nuser = {email}\npassword = {apppw}\n[api]\nkey = {tok:mistral}\nC'est grave si je "
           "l'ai poussé sur GitHub ?")),
    ("fr", "Bulletin de paie de notre assistante {name:f} : {idname} {natid}, IBAN {iban}, entrée le {date}. Vérifie le calcul du net."),
    ("fr", "Clinique vétérinaire : propriétaire {name}, {phone}, {email}. Puce {chip}. Rendez-vous le {date:short}. Rédige le rappel SMS."),
    ("fr", ("Planning des bénévoles de la mosquée pour le ramadan : {name} ({phone}), {name2} ({phone2}), {name3} ({phone3}). Code de "
           "l'alarme : {pw:pin}. Mets-le en tableau.")),
    # Spanish (ES, MX, AR)
    ("es", ("Lista de invitados de la boda, ¿me ayudas a ordenarla?\n{name} - {phone}\n{name2} - {phone2}\n{name3} - {email3}\nLa "
           "señal del salón se pagó con la tarjeta {card:sp} el {date}.")),
    ("es", ("Mi abuela {name:f}, nacida el {dob}, falleció el {date:long} en {town}. En {org:funeral} piden su {idname} {natid}. "
           "Redacta la esquela.")),
    ("es", ("Nos robaron en casa, {addr}, la noche del {date}. Denuncia {x:ticket}. Se llevaron el portátil y mi tarjeta {card:dash}. "
           "Escribe el parte para el seguro.")),
    ("es", ("Vivo en Estados Unidos y el banco me pide mi número de seguro social {ssn} y el de mi esposo {name2:m}, {ssn2}. ¿Es "
           "normal? Mi correo es {email}.")),
    ("es", ("Para la ayuda escolar de mi hijo {first2:kid:m} tengo que poner mi SSN {ssnx:dot} en el formulario del distrito. Me llamo "
           "{name}. ¿Me lo traduces?")),
    ("es", ("Mi settings.py tiene:\nSECRET_KEY = '{tok:django}'\nEMAIL_HOST_PASSWORD = '{apppw}'\nDB_PASSWORD = '{pw:random}'\n¿Cómo lo "
           "paso a variables de entorno?")),
    ("es", "Nómina de la empleada del hogar {name:f}, {idname} {natid}, cuenta {iban}. Alta desde el {date}. ¿Está bien la cotización?"),
    ("es", ("Ficha de la academia de repaso: alumno {name:kid}, nacido el {dob}, padre {name2}, {phone2}, {email2}. Pago mensual con "
           "tarjeta {card:mc:sp}.")),
    ("es", "El soporte del exchange me escribió a {email} pidiendo la frase semilla y mi clave API {tk:exchange_key}. ¿Es estafa?"),
    # Italian
    ("it", ("Lista nozze: bonifico da {name} ({iban}) il {date}, da {name2} in contanti. Ringraziali con un messaggio breve. Wedding "
           "planner: {org:events}, {email3}.")),
    ("it", ("Necrologio per mio nonno {name:m}, nato il {dob}, morto il {date:long} a {town}. Codice fiscale {natid} per l'agenzia "
           "funebre. Scrivilo in modo sobrio.")),
    ("it", ("Denuncia di furto in appartamento, {addr}, avvenuto il {date}. Rubata la carta {card:sp}. Aiutami a scrivere "
           "all'assicurazione.")),
    ("it", ("application.properties:\nspring.datasource.password={pw:word}\nopenai.api.key={tok:openai}\nmail.password={apppw}\nPerché "
           "Spring non legge le variabili d'ambiente?")),
    ("it", "Turni dei volontari della parrocchia: {name} {phone}, {name2} {phone2}, {name3} {email3}. Codice del cancello {pw:pin}."),
    ("it", ("Busta paga della badante di mia madre: {name:f}, codice fiscale {natid}, IBAN {iban}, assunta il {date}. Controlla i "
           "contributi.")),
    ("it", "Fattura del veterinario: proprietario {name}, {addr}, microchip {chip}, pagato con {card:mc:dash}. È detraibile?"),
    # Dutch (NL, BE)
    ("nl", ("Kun je een tafelschikking maken? Tafel 1: {name}, {name2}, {name3}. Aanbetaling aan {org:events} op {date} vanaf {iban}. "
           "Ceremoniemeester: {first4}, {phone4}.")),
    ("nl", ("Overlijdensbericht voor mijn moeder {name:f}, geboren {dob}, overleden {date:long} in {town}. De uitvaartondernemer vraagt "
           "haar {idname} {natid}.")),
    ("nl", ("Inbraak in ons huis, {addr}, in de nacht van {date}. Proces-verbaal {x:ticket}. Mijn creditcard {card:sp} is gestolen. "
           "Help me met de schademelding.")),
    ("nl", ("appsettings.json:\n{{\"ConnectionStrings\": {{\"Default\": \"Server={ip:priv};User Id=sa;Password={pw:random};\"}}, "
           "\"SendGrid\": {{\"ApiKey\": \"{tok:sendgrid}\"}}}}\nHoe zet ik dit in user-secrets?")),
    ("nl", ("Overschrijvingsformulier hockeyclub: speler {name:kid}, geboren {dob}, ouder {name2}, {email2}, {phone2}. Contributie "
           "via {iban2}.")),
    ("nl", "Loonstrook van onze nieuwe kracht {name}: {idname} {natid}, IBAN {iban}, in dienst per {date}. Klopt de loonheffing?"),
    ("nl", ("Iemand van de 'helpdesk' van mijn crypto-app belde vanaf {phone2} en vroeg om mijn herstelzin. Ik heb {seed:12} "
           "voorgelezen. Wat nu? Mijn mail is {email}.")),
    # Portuguese (PT)
    ("pt", ("Casamento: lista de convidados com contactos: {name} {phone}, {name2} {phone2}, {name3} {email3}. O sinal da quinta foi "
           "pago de {iban} a {date}.")),
    ("pt", ("O meu avô {name:m}, nascido a {dob}, faleceu a {date:long} em {town}. A agência funerária pede o {idname} {natid}. "
           "Escreve o anúncio.")),
    ("pt", ("Assalto em casa, {addr}, a {date}. Participação n.º {x:ticket}. Roubaram o cartão {card:sp}. Ajuda-me a escrever à "
           "seguradora.")),
    ("pt", "O meu ficheiro .env:\nSMTP_USER={email}\nSMTP_PASS={apppw}\nAPI_KEY={tok:deepseek}\nComo tiro isto do histórico do git?"),
    ("pt", "Centro de explicações: aluno {name:kid}, nascido a {dob}, encarregado de educação {name2}, NIF {natid2}, telemóvel {phone2}."),
    # Brazilian Portuguese
    ("pt-BR", ("Lista de padrinhos do casamento: {name} ({phone}), {name2} ({email2}). O buffet cobrou no cartão {card:elo:sp} em "
              "{date}. Me ajuda a organizar?")),
    ("pt-BR", ("Seguro residencial: furto na {addr} em {date}. B.O. {x:ticket}. Segurado {name}, CPF {natid}. Escreve a comunicação "
              "de sinistro.")),
    ("pt-BR", "O suporte da corretora pediu minha frase de recuperação: {seed:12}. Minha conta é {email}, CPF {natid}. É golpe?"),
    ("pt-BR", ("Moro nos EUA e o formulário da escola pede meu SSN {ssn} e o da minha filha {name2:kid:f}, {ssn2}. Pode traduzir as "
              "instruções?")),
    ("pt-BR", (".env do projeto:\nDATABASE_URL=postgresql://{cred:app}@{ip:priv}:5432/loja\nMERCADOPAGO_ACCESS_TOKEN={tok:mercadopago}\n"
              "Tá certo assim?")),
    ("pt-BR", "Folha de pagamento da diarista {name:f}, CPF {natid}, nascida em {dob}. Pagamento via Pix para {email}. Calcula o INSS."),
    # Polish
    ("pl", ("Lista gości weselnych: {name} {phone}, {name2} {phone2}, {name3} {email3}. Zaliczkę za salę wpłaciliśmy {date} z konta "
           "{iban}.")),
    ("pl", "Nekrolog dla mojego dziadka {name:m}, urodzonego {dob}, zmarłego {date:long}. Zakład pogrzebowy prosi o PESEL {natid}."),
    ("pl", ("Włamanie do mieszkania przy {addr}, {date}. Numer zgłoszenia {x:ticket}. Skradziono kartę {card:sp}. Pomóż napisać "
           "zgłoszenie szkody.")),
    ("pl", "Plik application.yml:\nspring.datasource.password: {pw:word}\njwt.secret: {tok:hex64}\nCzy to powinno być w repozytorium?"),
    ("pl", ("Transfer zawodnika: {name:kid:m}, ur. {dob}, PESEL {natid}, z klubu {org:club}. Rodzic {name2}, {phone2}. Napisz pismo do "
           "związku.")),
    ("pl", "Umowa zlecenie dla {name}: PESEL {natid}, konto {iban}, adres {addr}. Sprawdź, czy dane są kompletne."),
    # Swedish
    ("sv", "Bröllopet: bordsplacering för {name}, {name2} och {name3}. Handpenningen till lokalen betalades {date} med kort {card:sp}."),
    ("sv", ("Min pappa {name:m}, född {dob}, dog {date:long} i {town}. Begravningsbyrån vill ha hans personnummer {natid}. Skriv "
           "dödsannonsen.")),
    ("sv", ("Inbrott i vår lägenhet på {addr} den {date}. Polisanmälan {x:ticket}. Kortet {card:dash} stals. Hjälp mig med "
           "skadeanmälan.")),
    ("sv", "Vår .env-fil:\nSWISH_CERT_PASSWORD={pw:word}\nOPENAI_API_KEY={tok:openai}\nBehöver jag byta nyckeln?"),
    ("sv", "Lön till vår barnvakt {name:f}, personnummer {natid}, konto {iban}. Hur mycket skatt ska dras?"),
    # Norwegian
    ("no", "Bryllup: bordkart for {name}, {name2} og {name3}. Depositum til lokalet betalt {date} fra {iban}."),
    ("no", "Min mor {name:f}, født {dob}, døde {date:long} i {town}. Begravelsesbyrået ber om fødselsnummer {natid}."),
    ("no", "Innbrudd i huset i {addr} natt til {date}. Kortet {card:sp} ble stjålet. Hjelp meg med skademeldingen."),
    ("no", "config.yaml:\nvipps_client_secret: {tok:keycloak_secret}\nsmtp_password: {apppw}\nEr det trygt å committe dette?"),
    ("no", "Overgang i fotballklubben: spiller {name:kid}, født {dob}, forelder {name2}, {phone2}, {email2}."),
    # Danish
    ("da", "Bryllup: bordplan for {name}, {name2} og {name3}. Depositum betalt {date} fra {iban}."),
    ("da", "Min far {name:m}, født {dob}, døde {date:long} i {town}. Bedemanden beder om CPR-nummer {natid}."),
    ("da", "Indbrud på {addr} den {date}. Politianmeldelse {x:ticket}. Mit kort {card:dankort:sp} blev stjålet."),
    ("da", "Lønseddel til vores nye medarbejder {name}: CPR {natid}, konto {iban}, start {date}."),
    ("da", ".env:\nMOBILEPAY_API_KEY={tok:hex64}\nDB_PASSWORD={pw:random}\nHvordan skjuler jeg dem i Docker?"),
    # Finnish
    ("fi", "Häät: istumajärjestys {name}, {name2}, {name3}. Juhlatilan ennakkomaksu maksettu {date} tililtä {iban}."),
    ("fi", "Isäni {name:m}, syntynyt {dob}, kuoli {date:long}. Hautaustoimisto pyytää henkilötunnuksen {natid}."),
    ("fi", "Murto asuntoon {addr}, {date}. Kortti {card:sp} varastettiin. Auta vahinkoilmoituksen kanssa."),
    ("fi", "Palkkalaskelma: {name}, henkilötunnus {natid}, tili {iban}. Tarkista ennakonpidätys."),
    ("fi", "config.toml:\n[mail]\npassword = \"{apppw}\"\n[ai]\nkey = \"{tok:anthropic}\"\nOnko tämä turvallista?"),
    # Czech
    ("cs", "Svatba: zasedací pořádek pro {name}, {name2}, {name3}. Zálohu za sál jsme zaplatili {date} z účtu {iban}."),
    ("cs", "Můj dědeček {name:m}, narozen {dob}, zemřel {date:long}. Pohřební služba chce rodné číslo {natid}."),
    ("cs", "Vloupání do bytu na adrese {addr} dne {date}. Ukradli mi kartu {card:sp}. Pomoz mi s hlášením pojišťovně."),
    ("cs", "Soubor .env:\nFIO_API_TOKEN={tok:hex64}\nSMTP_HESLO={pw:word}\nMusím to měnit?"),
    ("cs", "Přestup hráče: {name:kid}, nar. {dob}, rodné číslo {natid}, zákonný zástupce {name2}, {phone2}."),
    # Slovak
    ("sk", "Svadba: zasadací poriadok {name}, {name2}, {name3}. Zálohu sme zaplatili {date} z účtu {iban}."),
    ("sk", "Môj otec {name:m}, narodený {dob}, zomrel {date:long}. Pohrebníctvo žiada rodné číslo {natid}."),
    ("sk", "Vlámanie do bytu, {addr}, {date}. Ukradli mi kartu {card:dash}. Pomôž s nahlásením poisťovni."),
    ("sk", "Výplatná páska: {name}, rodné číslo {natid}, IBAN {iban}. Skontroluj odvody."),
    ("sk", "application.properties:\ndb.password={pw:random}\nslack.token={tok:slack_bot}\nJe to v poriadku?"),
    # Hungarian
    ("hu", "Esküvő, ültetési rend: {name}, {name2}, {name3}. A terem előlegét {date} utaltuk a {iban} számláról."),
    ("hu", "Édesapám, {name:m}, született {dob}, elhunyt {date:long}. A temetkezési vállalkozó kéri az adóazonosító jelét: {natid}."),
    ("hu", "Betörés a lakásba: {addr}, {date}. Ellopták a kártyámat: {card:sp}. Segíts a kárbejelentésben."),
    ("hu", ".env fájl:\nBARION_POSKEY={tok:hex64}\nSMTP_PASSWORD={apppw}\nKell ezeket cserélni?"),
    ("hu", "Átigazolás: játékos {name:kid}, szül. {dob}, szülő {name2}, {phone2}, {email2}."),
    # Romanian
    ("ro", "Nuntă, lista invitaților: {name} {phone}, {name2} {phone2}. Avansul pentru restaurant l-am plătit pe {date} din {iban}."),
    ("ro", "Bunicul meu {name:m}, născut la {dob}, a decedat pe {date:long}. Firma de pompe funebre cere CNP-ul {natid}."),
    ("ro", "Spargere în apartament, {addr}, {date}. Mi-au furat cardul {card:sp}. Ajută-mă cu dosarul de daună."),
    ("ro", "config.json:\n{{\"smtp_pass\": \"{pw:word}\", \"openai_key\": \"{tok:openai}\"}}\nE ok să-l țin în repo?"),
    ("ro", "Stat de plată: {name}, CNP {natid}, IBAN {iban}, angajat din {date}. Verifică impozitul."),
    # Turkish
    ("tr", ("Düğün davetli listesi: {name} {phone}, {name2} {phone2}, {name3} {email3}. Salon kaporası {date} tarihinde {card:troy:sp} "
           "ile ödendi.")),
    ("tr", ("Babam {name:m}, doğum tarihi {dob}, {date:long} tarihinde vefat etti. Cenaze işlemleri için T.C. kimlik no {natid} "
           "isteniyor.")),
    ("tr", "Evime hırsız girdi: {addr}, {date}. Kartım {card:sp} çalındı. Sigortaya yazı yazmama yardım et."),
    ("tr", ".env dosyam:\nIYZICO_SECRET={tok:hex64}\nMAIL_PASSWORD={apppw}\nBunları nasıl gizlerim?"),
    ("tr", "Maaş bordrosu: {name}, TCKN {natid}, IBAN {iban}. Net maaşı kontrol et."),
    # Croatian
    ("hr", "Vjenčanje: raspored sjedenja {name}, {name2}, {name3}. Predujam za salu uplaćen {date} s računa {iban}."),
    ("hr", "Moj djed {name:m}, rođen {dob}, preminuo je {date:long}. Pogrebno poduzeće traži OIB {natid}."),
    ("hr", "Provala u stan, {addr}, {date}. Ukradena mi je kartica {card:sp}. Pomozi mi s prijavom štete."),
    ("hr", ".env:\nSTRIPE_SECRET={tok:stripe}\nDB_PASS={pw:word}\nTrebam li ih promijeniti?"),
    ("hr", "Transfer igrača: {name:kid}, rođen {dob}, OIB {natid}, roditelj {name2}, {phone2}."),
    # Lithuanian
    ("lt", "Vestuvės, svečių sąrašas: {name} {phone}, {name2} {phone2}. Avansas salei sumokėtas {date} iš {iban}."),
    ("lt", "Mano senelis {name:m}, gimęs {dob}, mirė {date:long}. Laidojimo namai prašo asmens kodo {natid}."),
    ("lt", "Įsilaužimas į butą {addr}, {date}. Pavogta kortelė {card:sp}. Padėk parašyti draudimui."),
    ("lt", "config.yaml:\nsmtp_password: {apppw}\napi_key: {tok:groq}\nAr tai saugu?"),
    ("lt", "Darbo užmokestis: {name}, asmens kodas {natid}, sąskaita {iban}."),
    # Greek
    ("el", "Γάμος, λίστα καλεσμένων: {name} {phone}, {name2} {phone2}. Η προκαταβολή για το κτήμα πληρώθηκε στις {date} από {iban}."),
    ("el", "Ο παππούς μου {name:m}, γεννημένος {dob}, απεβίωσε στις {date:long}. Το γραφείο τελετών ζητά ΑΜΚΑ {natid}."),
    ("el", "Διάρρηξη στο σπίτι, {addr}, στις {date}. Έκλεψαν την κάρτα {card:sp}. Βοήθησέ με με τη δήλωση ζημιάς."),
    ("el", ".env:\nVIVA_WALLET_KEY={tok:hex64}\nSMTP_PASS={pw:word}\nΠρέπει να τα αλλάξω;"),
    ("el", "Μισθοδοσία: {name}, ΑΜΚΑ {natid}, IBAN {iban}, πρόσληψη {date}."),
    # Russian
    ("ru", ("Свадьба, список гостей: {name} {phone}, {name2} {phone2}, {name3} {email3}. Предоплату за зал внесли {date} картой "
           "{card:mir:sp}.")),
    ("ru", "Мой дедушка {name:m}, родился {dob}, умер {date:long}. Ритуальное агентство просит ИНН {natid}."),
    ("ru", "Квартиру обокрали: {addr}, {date}. Украли карту {card:sp}. Помоги составить заявление в страховую."),
    ("ru", "Поддержка биржи попросила мою сид-фразу: {seed:12}. Я отправил. Аккаунт {email}. Что делать?"),
    ("ru", "Файл .env:\nYOOKASSA_SECRET={tok:hex64}\nDB_PASSWORD={pw:random}\nTELEGRAM_TOKEN={tok:telegram}\nКак убрать это из git?"),
    ("ru", "Живу в США, форма W-4 просит SSN {ssn}. Меня зовут {name}. Переведи инструкцию."),
    # Ukrainian
    ("uk", "Весілля, список гостей: {name} {phone}, {name2} {phone2}. Завдаток за зал сплачено {date} з рахунку {iban}."),
    ("uk", "Мій батько {name:m}, народився {dob}, помер {date:long}. Ритуальна служба просить РНОКПП {natid}."),
    ("uk", "Крадіжка з квартири: {addr}, {date}. Вкрали картку {card:sp}. Допоможи написати заяву до страхової."),
    ("uk", ".env:\nMONOBANK_TOKEN={tok:hex64}\nSMTP_PASS={apppw}\nЧи треба їх змінити?"),
    ("uk", "Зарплатна відомість: {name}, РНОКПП {natid}, IBAN {iban}, прийнята {date}."),
    # Bulgarian
    ("bg", "Сватба, списък с гости: {name} {phone}, {name2} {phone2}. Капарото за залата е платено на {date} от {iban}."),
    ("bg", "Дядо ми {name:m}, роден на {dob}, почина на {date:long}. Погребалната агенция иска ЕГН {natid}."),
    ("bg", "Обир в апартамента, {addr}, {date}. Откраднаха картата ми {card:sp}. Помогни с искането към застрахователя."),
    ("bg", ".env:\nEPAY_SECRET={tok:hex64}\nDB_PASS={pw:word}\nТрябва ли да ги сменя?"),
    ("bg", "Трудов договор: {name}, ЕГН {natid}, IBAN {iban}, адрес {addr}."),
    # Japanese
    ("ja", "結婚式の席次表を作ってください。{name}、{name2}、{name3}。会場の内金は{date}に{card:jcb:sp}で支払い済みです。"),
    ("ja", "祖父の{name:m}（{dob}生まれ）が{date:long}に亡くなりました。葬儀社からマイナンバー{natid}を求められています。お知らせ文を作って。"),
    ("ja", "空き巣の被害：{addr}、{date}。クレジットカード{card:sp}が盗まれました。保険会社への連絡文を手伝ってください。"),
    ("ja", ".envファイル：\nLINE_CHANNEL_SECRET={tok:hex64}\nLINE_ACCESS_TOKEN={tok:line}\nこれをGitHubに上げてしまいました。"),
    ("ja", "家庭教師の申込書：生徒{name:kid}、生年月日{dob}、保護者{name2}、電話{phone2}、メール{email2}。"),
    ("ja", "取引所のサポートを名乗る人に復元フレーズを聞かれました：{seed:12}。アカウントは{email}です。詐欺ですか？"),
    # Chinese
    ("zh", "婚礼座位表：{name}、{name2}、{name3}。酒店定金已于{date}用{card:cup:sp}支付。"),
    ("zh", "我外公{name:m}，出生于{dob}，于{date:long}去世。殡仪馆要身份证号{natid}。帮我写讣告。"),
    ("zh", "家里被盗：{addr}，{date}。被偷的银行卡{card:sp}已挂失。帮我写保险理赔申请。"),
    ("zh", "配置文件：\nALIYUN_ACCESS_KEY_ID={tok:aliyun_id}\nALIYUN_ACCESS_KEY_SECRET={tok:aliyun_secret}\n这样提交到仓库安全吗？"),
    ("zh", "我住在美国，报税表要我的SSN {ssn}和我太太{name2:f}的SSN {ssn2}。请帮我翻译说明。"),
    ("zh", "家教中介登记：学生{name:kid}，出生日期{dob}，家长{name2}，电话{phone2}，邮箱{email2}。"),
    # Korean
    ("ko", "결혼식 하객 명단: {name} {phone}, {name2} {phone2}, {name3} {email3}. 예식장 계약금은 {date}에 카드 {card:sp}로 결제했어요."),
    ("ko", "할아버지 {name:m}, {dob} 출생, {date:long} 별세. 장례식장에서 주민등록번호 {natid}를 요청합니다. 부고 문자를 써 주세요."),
    ("ko", "빈집털이 피해: {addr}, {date}. 카드 {card:sp}를 도난당했어요. 보험사에 보낼 글을 도와주세요."),
    ("ko", ".env 파일:\nKAKAO_REST_KEY={tok:hex64}\nTOSS_SECRET_KEY={tok:stripe}\n이걸 커밋했어요. 어떻게 하죠?"),
    ("ko", "미국에 사는데 은행에서 SSN {ssn}을 달라고 합니다. 제 이름은 {name}, 이메일 {email}. 안전한가요?"),
    ("ko", "과외 신청서: 학생 {name:kid}, 생년월일 {dob}, 보호자 {name2}, 연락처 {phone2}."),
    # Hebrew
    ("he", "רשימת אורחים לחתונה: {name} {phone}, {name2} {phone2}. המקדמה לאולם שולמה ב-{date} בכרטיס {card:sp}."),
    ("he", "סבא שלי {name:m}, נולד ב-{dob}, נפטר ב-{date:long}. חברת הקדישא מבקשת מספר תעודת זהות {natid}."),
    ("he", "פריצה לדירה: {addr}, {date}. נגנב הכרטיס {card:sp}. עזור לי לכתוב לחברת הביטוח."),
    ("he", "קובץ .env:\nSTRIPE_KEY={tok:stripe}\nDB_PASSWORD={pw:random}\nאיך מוציאים את זה מה-git?"),
    ("he", "תלוש שכר: {name}, ת.ז. {natid}, חשבון {iban}, התחיל לעבוד ב-{date}."),
    # Arabic (UAE)
    ("ar", "قائمة ضيوف حفل الزفاف: {name} {phone}، {name2} {phone2}. دُفع عربون القاعة في {date} بالبطاقة {card:sp}."),
    ("ar", "توفي جدي {name:m}، مواليد {dob}، في {date:long}. تطلب الجهة رقم الهوية {natid}. اكتب نعيًا قصيرًا."),
    ("ar", "سرقة من الشقة: {addr}، بتاريخ {date}. سُرقت بطاقتي {card:sp}. ساعدني في كتابة مطالبة التأمين."),
    ("ar", "ملف .env:\nOPENAI_API_KEY={tok:openai}\nSMTP_PASSWORD={apppw}\nهل يجب تغيير هذه القيم؟"),
    ("ar", "كشف رواتب: {name}، رقم الهوية {natid}، الآيبان {iban}، تاريخ التعيين {date}."),
    # Hindi
    ("hi", "शादी की मेहमान सूची: {name} {phone}, {name2} {phone2}, {name3} {email3}. हॉल का एडवांस {date} को कार्ड {card:rupay:sp} से दिया।"),
    ("hi", "मेरे दादाजी {name:m}, जन्म {dob}, का निधन {date:long} को हुआ। अंतिम संस्कार सेवा आधार संख्या {natid:aadhaar} माँग रही है।"),
    ("hi", "घर में चोरी: {addr}, {date}. कार्ड {card:sp} चोरी हो गया। बीमा कंपनी को पत्र लिखने में मदद करो।"),
    ("hi", ".env फ़ाइल:\nRAZORPAY_KEY_SECRET={tok:razorpay_secret}\nDB_PASSWORD={pw:random}\nक्या इसे बदलना चाहिए?"),
    ("hi", "ट्यूशन सेंटर पंजीकरण: छात्र {name:kid}, जन्मतिथि {dob}, अभिभावक {name2}, फ़ोन {phone2}, पैन {natid2:pan}."),
    # Thai
    ("th", "รายชื่อแขกงานแต่ง: {name} {phone}, {name2} {phone2} มัดจำห้องจัดเลี้ยงจ่ายวันที่ {date} ด้วยบัตร {card:sp}"),
    ("th", "คุณตา {name:m} เกิด {dob} เสียชีวิตเมื่อ {date:long} วัดขอเลขประจำตัวประชาชน {natid} ช่วยเขียนประกาศ"),
    ("th", "บ้านถูกงัด: {addr} วันที่ {date} บัตร {card:sp} ถูกขโมย ช่วยเขียนเคลมประกัน"),
    ("th", "ไฟล์ .env:\nLINE_NOTIFY_TOKEN={tok:octoprint}\nDB_PASSWORD={pw:random}\nต้องเปลี่ยนไหม"),
    ("th", "ใบสมัครเรียนพิเศษ: นักเรียน {name:kid} เกิด {dob} ผู้ปกครอง {name2} โทร {phone2}"),
    # Vietnamese
    ("vi", "Danh sách khách mời đám cưới: {name} {phone}, {name2} {phone2}. Đặt cọc nhà hàng ngày {date} bằng thẻ {card:sp}."),
    ("vi", "Ông tôi {name:m}, sinh {dob}, mất ngày {date:long}. Nhà tang lễ yêu cầu số CCCD {natid}."),
    ("vi", "Nhà bị trộm: {addr}, ngày {date}. Thẻ {card:sp} bị lấy. Giúp tôi viết đơn gửi bảo hiểm."),
    ("vi", "Tôi sống ở Mỹ, ngân hàng hỏi số SSN {ssn}. Tên tôi là {name}, email {email}. Có an toàn không?"),
    ("vi", "File .env:\nMOMO_SECRET_KEY={tok:hex64}\nDB_PASS={pw:random}\nCó cần đổi không?"),
    # Indonesian
    ("id", "Daftar tamu nikahan: {name} {phone}, {name2} {phone2}. DP gedung dibayar {date} pakai kartu {card:sp}."),
    ("id", "Kakek saya {name:m}, lahir {dob}, wafat {date:long}. Pihak pemakaman minta NIK {natid}."),
    ("id", "Rumah kemalingan: {addr}, {date}. Kartu {card:sp} dicuri. Bantu tulis klaim asuransi."),
    ("id", "File .env:\nMIDTRANS_SERVER_KEY={tok:keycloak_secret}\nDB_PASS={pw:random}\nPerlu diganti?"),
    ("id", "Daftar les privat: murid {name:kid}, lahir {dob}, orang tua {name2}, HP {phone2}, email {email2}."),
]
_PII_XX_MORE: list[tuple[str, str]] = [
    ("de", ("SMS-Verlauf mit dem Vermieter, fass zusammen:\n[{first2}] Die Kaution geht zurück auf {iban}?\n[ich] Ja. Neue "
            "Nummer: {phone}\n[{first2}] Schlüsselübergabe am {date}, Code vom Schlüsselkasten {pw:pin}")),
    ("de", ("Sprachnachricht abgetippt: also meine Kreditkarte ist {cardv} gültig bis {exp} und bitte reservier den Tisch auf "
            "{name}")),
    ("fr", ("Export Bitwarden, lesquels sont réutilisés ?\nnom,identifiant,mot de passe\nImpots,{email},{pw:word}\nBanque,{email},"
            "{pw:word}\nMutuelle,{first:lc}.{last:lc},{pw:random}")),
    ("es", ("Log de GitHub Actions, ¿por qué se imprimió esto?\n+ curl -u {cred:deploy} https://registro.interno/v2/\n"
            "+ export TWILIO_AUTH_TOKEN={tok:twilio_token}\nError 403")),
    ("es", ("Chat con el soporte del exchange:\n[soporte] Confirme nombre, fecha de nacimiento y DNI\n[yo] {name}, {dob}, "
            "{natid}\n[soporte] Ahora la frase de recuperación\n¿Les doy la frase?")),
    ("it", ("Reminder per i turni della moschea: {name} ({phone}) il {date}, {name2} ({phone2}) il {date@2}. Codice "
            "dell'allarme {pw:pin}. Scrivi un messaggio per il gruppo.")),
    ("nl", ("Kubernetes secret uit ons cluster, hoe decodeer ik dit?\ndata:\n  SMTP_PASSWORD: {b64pw}\n  MOLLIE_KEY: {b64pw@2}\n"
            "Eigenaar van de namespace: {wemail}")),
    ("pl", ("Eksport z menedżera haseł:\nnazwa,login,hasło\nBank,{email},{pw:word}\nPoczta,{email},{pw:word@2}\n"
            "Kody zapasowe: {rcode}, {rcode@2}. Które hasło zmienić?")),
    ("ja", ("SMTP設定が通りません。\nユーザー: {email}\nアプリパスワード: {apppw}\nサーバー: smtp.gmail.com:587\n送信者名: {name}")),
    ("zh", ("这是我从浏览器开发者工具复制的请求：\ncurl 'https://api.shop.cn/order' -H 'cookie: SESSION={tok:hex64}' "
            "--data '{{\"name\":\"{name}\",\"phone\":\"{phone}\",\"idcard\":\"{natid}\"}}'\n为什么返回401？")),
    ("ko", ("카카오톡 대화 정리해 줘:\n[{first2}] 계좌 말고 카드로 보낼게, {card:sp} 유효기간 {exp}\n[나] 그걸 여기 보내면 안 돼!\n"
            "[{first2}] 그럼 {email2}로 영수증 보내줘")),
    ("ru", ("Расшифровка голосового: короче номер карты {cardv} срок {exp} код {cvv} и закажи доставку на {addr}")),
    ("tr", ("Terraform değişkenleri, yanlışlıkla commit ettim:\nhcloud_token = \"{tok:hcloud}\"\nadmin_ip = \"{ip:pub}\"\n"
            "alert_email = \"{email}\"")),
    ("hu", ("Jupyter cella, miért lassú?\nkey = \"{tok:openai}\"\nrows = [(\"{name}\", \"{addr}\"), (\"{name2}\", \"{phone2}\")]")),
    ("he", ("הודעות SMS עם בעל הדירה:\n[{first2}] תעביר את שכר הדירה ל-{iban}\n[אני] הטלפון החדש שלי {phone}\nתסכם בבקשה.")),
    ("vi", ("Xuất mật khẩu từ trình duyệt:\nname,url,username,password\nzalo,https://id.zalo.me,{phone},{pw:random}\n"
            "gmail,https://accounts.google.com,{email},{pw:word}\nMật khẩu nào yếu?")),
    ("de", ("Mein XING-Profil {purl:xing} ist veraltet. Ich bin {name}, wohne in {town}, arbeite bei {org:firm}. Formuliere einen "
           "neuen Profiltext.")),
    ("de", ("Spendenaufruf für die Beerdigung meines Onkels {name2:m}: {purl:paypal}. Trauerfeier am {date} in {town}. Mach den "
           "Text würdevoller.")),
    ("fr", ("Mon site de photographe de mariage {purl:site} et mon agenda {purl:cal}. J'habite à {town}. Rédige une réponse à une "
           "demande de devis.")),
    ("es", "Mi portafolio de traductora es {purl:site} y mi LinkedIn {purl:linkedin}. Vivo en {town}. ¿Me ayudas con la bio?"),
    ("it", "Il profilo Strava {purl2:strava} di quello conosciuto in app mostra che parte sempre da {town}. Mi devo preoccupare?"),
    ("nl", "Mijn stamboom staat op {purl:drive}. Ik zoek {name2}, vertrokken uit {town} naar Canada. Schrijf een oproep."),
    ("pl", "Zbiórka na leczenie taty {name2:m}: {purl:paypal}. Mieszkamy w {town}. Popraw tekst apelu."),
    ("ru", "Мошенник пишет с аккаунта {purl2:vk}, представляется {name2:m} из {town}. Как пожаловаться?"),
    ("ja", "ブログ{purl:note}で結婚式の準備を書いています。{town}在住の{name}です。自己紹介文を直してください。"),
    ("zh", "我的微博{purl:weibo}被人冒充了，我叫{name}，住在{town}。帮我写一封投诉信。"),
    ("ko", "제 블로그 {purl:naver}에 과외 광고를 올리려고 해요. {town}에 사는 {name}입니다. 문구를 다듬어 주세요."),
    ("sv", "Min portfolio {purl:site} och GitHub {purl:github}. Jag bor i {town}. Skriv en kort presentation."),
    ("tr", "Düğün fotoğrafçımızın sayfası {purl2:ig}, kendisi {name2} ({town}). Teşekkür mesajı yaz."),
    ("pt-BR", "Vaquinha para o tratamento da minha mãe {name2:f}: {purl:paypal}. Moramos em {town}. Melhora o texto?"),
    ("id", "Portofolio saya {purl:site}, GitHub {purl:github}. Saya {name} dari {town}. Tolong rapikan bio saya."),
    ("hi", "मेरा पोर्टफोलियो {purl:site} है और मैं {town} में रहता हूँ। मेरा परिचय {name} के नाम से छोटा करके लिखो।"),
    ("uk", "Збір на лікування брата {name2:m}: {purl:paypal}. Ми з {town}. Допоможи з текстом."),
    ("de", "Kontoauszug-OCR, welche Karte war das?\n{card:ocr}\nGÜLTIG BIS {exp}\n{holder}\nBetrag {x:price}"),
    ("fr", ("Mon fils a envoyé ma carte {card:dash} (exp. {exp}) à un « vendeur » sur un jeu en ligne. Que dois-je faire auprès de "
           "{org} ?")),
    ("es", "Transcripción de nota de voz: la tarjeta es {cardv}, caduca {exp}, y el código {cvv}. Resérvame la mesa para el sábado."),
    ("it", "Pagamento della multa per l'auto a noleggio con la carta {card:sp}, targa {plate}, intestata a {name}. È andato a buon fine?"),
    ("nl", "Mijn oma heeft haar creditcard {card:sp} aan een 'bankmedewerker' gegeven die belde vanaf {phone2}. Wat nu?"),
    ("pl", "Opłata za wizę nie przeszła kartą {card:dash}, ważna do {exp}. Wnioskodawca {name}, ur. {dob}. Co mogę zrobić?"),
    ("ja", "ネットショップの決済ログにカード番号{card:plain}とIP {ip:pub}が残っています。消すべきですか？"),
    ("ru", "Лог платёжного шлюза: card={card:plain} ip={ip:pub} email={email}. Почему номер карты пишется целиком?"),
    ("pt", "Pagámos o fotógrafo do casamento com o cartão {card:sp} a {date}. Ele não responde. Como peço o estorno?"),
    ("ko", "결제 로그에 카드번호 {card:plain}와 IP {ip:pub}가 남아 있어요. 지워야 하나요?"),
]
# Hard negatives: no PII, but numbers, keys, links and names that look like it.
_NEGATIVE: list[tuple[str, str]] = [
    ("en", "My parcel has been 'in transit' for a week. UPS tracking {x:ups}, order {x:amazon}. Is that normal before a holiday?"),
    ("en", "The wedding venue invoice {x:invoice} says £{n:900:4000}.00 plus VAT. How do I work out the VAT part at 20%?"),
    ("en", "Our Stripe test mode keeps declining. I'm using {x:testcard} with any future expiry. Which test card triggers 3-D Secure?"),
    ("en", "In the Python docs (https://docs.python.org/3/library/secrets.html) what's the difference between token_hex and token_urlsafe?"),
    ("en", "Why does my Helm chart template render `password: {{{{ .Values.db.password | b64enc }}}}` as empty when the value is {x:ph}?"),
    ("en", "Commit {x:sha} broke the build, and {x:short_sha} fixed it. How do I cherry-pick only the fix onto release/{x:ver}?"),
    ("en", "The SHA-256 of the ISO I downloaded is {x:sha256}. How do I verify it on Windows with certutil?"),
    ("en", "The IBAN validation in our form rejects {x:dociban}. Isn't that the example IBAN from the standard? Why would it fail?"),
    ("en", "Is {x:specssn} the famous SSN that was printed on wallet inserts? Why are some SSNs never issued?"),
    ("en", "Write a unit test that checks our email validator rejects 'user@' and accepts {x:exemail}."),
    ("en", "For the API docs, should I show the key as {x:ph} or as sk-live-REDACTED? What's the convention?"),
    ("en", "In the AWS docs the access key is AKIAIOSFODNN7EXAMPLE. Why does it still pass our regex scanner?"),
    ("en", "How did Ada Lovelace's notes on the Analytical Engine anticipate modern programming?"),
    ("en", "What happened at the Battle of Hastings on 14 October 1066, and why does it matter for English law?"),
    ("en", "Summarise the Apollo 11 mission, which landed on July 20, 1969. Who stayed in orbit?"),
    ("en", "Compare the pension systems of the Netherlands and Denmark in a table."),
    ("en", "Why did Nokia lose the smartphone market so quickly after 2007?"),
    ("en", "Explain how Marie Curie's work on radioactivity led to two Nobel prizes."),
    ("en", "My UUID column stores {x:uuid} but the ORM sends it with uppercase letters. Does Postgres care?"),
    ("en", "Docker image digest sha256:{x:sha256} differs between CI and my laptop. Why?"),
    ("en", "Error: CVE {x:cve} flagged in our dependency scan for version {x:ver}. How do I check if we're actually affected?"),
    ("en", "The ISBN {x:isbn} gives me a different edition on two bookshops. Which part of the ISBN identifies the edition?"),
    ("en", "I'm writing a test for phone parsing, using the fictional number {x:fakephone}. Will libphonenumber treat it as valid?"),
    ("en", "In RFC 5737 examples I see {x:docip}. Can I use those in our firewall tutorial?"),
    ("en", "Our DNS falls back to {x:resolver} when the ISP resolver times out. Is that a privacy concern?"),
    ("en", "The printer's MAC address is {x:mac}. How do I reserve an IP for it in a router's DHCP settings (in general)?"),
    ("en", "Our ticket {x:ticket} was closed without a fix. How do I write a polite escalation to a vendor?"),
    ("en", "Pet microchip numbers like {chip} are 15 digits. What do the first three digits mean?"),
    ("en", "Card shown in the app as {masked}. Can the merchant see more than the last four digits?"),
    ("en", "What's the checksum algorithm behind an IMEI like {x:imei}?"),
    ("en", "Which part of a VIN such as {x:vin} encodes the model year?"),
    ("en", "A public wallet address like {wallet} is visible on the blockchain. How do explorers link it to transactions?"),
    ("en", "In our seed data we use {x:formname} as the placeholder customer. Is there a more inclusive default name?"),
    ("en", "Package {x:ndc} was recalled according to the FDA notice. How do recall classes work?"),
    ("en", "Explain the difference between an ISIN like {x:isin} and a LEI like {x:lei}."),
    ("en", "Wire instructions ask for the BIC {x:bic}. Is a BIC enough to identify a branch?"),
    ("en", "What is the CAS number {x:cas} and why do safety sheets list it?"),
    ("en", "Cite the paper with DOI {x:doi} in APA style. I don't know the authors yet; leave placeholders."),
    ("en", "The arXiv preprint {x:arxiv} has three versions. How do I cite a specific one?"),
    ("en", "Timestamps like {x:epoch} in our logs: how do I convert them to local time in Excel?"),
    ("en", "The RF creditor reference {x:rf} on a Finnish invoice: how is its check digit calculated?"),
    ("en", "Placeholder in our .env.example: OPENAI_API_KEY={x:ph}. Should the example file be committed?"),
    ("en", "Our SKU {x:sku} is out of stock across warehouses. How should the product page say so?"),
    ("en", "How many Windows 10 machines still run build {x:winbuild}, and is it still supported?"),
    ("en", "What does 'Error 0x80070005' mean when installing {x:ver} of a driver?"),
    ("en", "A Postgres connection string in the docs: postgresql://user:password@localhost:5432/mydb. Why do they use 'password' literally?"),
    ("en", "Why does GitHub's example token ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx still trip our pre-commit hook?"),
    ("en", "The seed phrase on the demo card in the Ledger tutorial is 'abandon abandon ... about'. Why is that the standard test mnemonic?"),
    ("en", "Explain how Kubernetes stores Secrets as base64 and why that's not encryption, with a made-up example value."),
    ("en", "Compare Bitwarden, 1Password and KeePassXC export formats: CSV vs JSON vs XML."),
    ("en", "What's the typical format of a US passport number versus a UK one? Only general info please."),
    ("en", "Why do Luhn checks accept {x:testcard} even though it's a test number?"),
    ("en", "Price check: the rental desk quotes {x:price} per day plus a {x:price} deposit. Is that reasonable for a compact car in Portugal?"),
    ("en", "The funeral home's brochure lists packages at {x:price} and {x:price}. What's usually included?"),
    ("en", "What did the Treaty of Versailles, signed on 28 June 1919, require from Germany?"),
    ("en", "Was the Berlin Wall opened on 9 November 1989 by accident? Explain the press conference."),
    ("en", "Why is the 5th of November celebrated in Britain?"),
    ("en", "Explain why Apple's App Store takes a commission and how Epic challenged it."),
    ("en", "What did Alan Turing contribute at Bletchley Park?"),
    ("en", "Tell me about Machu Picchu's construction and the best season to visit."),
    ("en", "Is the Sagrada Família finished yet? What's left to build?"),
    ("en", "Tracking {x:dhl} shows customs hold in Leipzig. What documents does DHL usually ask for?"),
    ("en", "USPS {x:usps} was marked delivered but isn't here. What are the usual next steps?"),
    ("en", "Our Jira export has keys like OPS-{n:100:9999} and UUIDs like {x:uuid}. How do I join them in pandas?"),
    ("en", "Write a regex for UK postcodes and test it on 'SW1A 1AA' (Buckingham Palace) and 'EC1A 1BB'."),
    ("en", "In Go, why does fmt print my struct's key field as {x:md5} instead of hiding it?"),
    ("en", "What does the 'age1...' public key in SOPS config mean, e.g. {x:agepub}? Is it safe to commit?"),
    ("en", "Why does Vault show a token accessor like {x:uuid} in audit logs instead of the token itself?"),
    ("en", "We list our support line as {x:fakephone} in the demo video. Is that the right fictional range?"),
    ("en", "Terraform plan shows `+ password = (sensitive value)`. How does it decide what's sensitive?"),
    ("en", "Explain what an otpauth:// URI contains, using a fake example with secret JBSWY3DPEHPK3PXP from the RFC docs."),
    ("en-US", "Which IRS form do freelancers use instead of a W-2, and what's the deadline in general?"),
    ("en-GB", "How does the council tax band system work for a house built after 1991?"),
    ("en-IN", "What is the difference between a PAN and an Aadhaar in general? No personal details needed."),
    ("en-AU", "Is the Medicare levy surcharge applied per person or per family?"),
    ("de", "Meine Sendung {x:dhl} hängt seit Tagen im Zoll. Welche Unterlagen braucht DHL normalerweise?"),
    ("de", "Was geschah am 9. November 1989 in Berlin genau? Bitte kurz erklären."),
    ("de", "Die Beispiel-IBAN {x:dociban} aus der Doku wird von unserem Formular abgelehnt. Warum?"),
    ("fr", "Le commit {x:sha} a cassé la CI. Comment revenir en arrière sans perdre {x:short_sha} ?"),
    ("fr", "Pourquoi la prise de la Bastille le 14 juillet 1789 est-elle devenue la fête nationale ?"),
    ("es", "El pedido {x:order} aparece como enviado pero el número de seguimiento {x:ups} no funciona. ¿Qué hago?"),
    ("es", "¿Quién fue Frida Kahlo y por qué su casa en Coyoacán es un museo?"),
    ("it", "La fattura {x:invoice} riporta {x:price}. Come si calcola l'IVA al 22%?"),
    ("nl", "De voorbeeldsleutel {x:ph} staat in onze README. Moet ik die vervangen?"),
    ("pt-BR", "O cartão de teste {x:testcard} é recusado no sandbox. Qual cartão simula aprovação?"),
    ("pl", "Co oznacza suma kontrolna {x:sha256} przy pobieraniu obrazu systemu?"),
    ("sv", "Varför fick Alfred Nobel idén till Nobelpriset?"),
    ("ru", "Что произошло 12 апреля 1961 года и почему этот день отмечают?"),
    ("ja", "注文番号{x:order}の配送状況を確認する一般的な方法を教えてください。"),
    ("zh", "提交{x:sha}之后构建失败了，怎么回滚？"),
    ("ko", "UUID {x:uuid}를 기본 키로 쓰면 성능에 문제가 있나요?"),
    ("tr", "Sipariş {x:order} hâlâ kargoya verilmedi. Satıcıya nasıl yazarım?"),
    ("ar", "ما الفرق بين رقم الآيبان ورمز السويفت {x:bic} بشكل عام؟"),
    ("hi", "ISBN {x:isbn} वाली किताब का कौन सा संस्करण है, कैसे पता करें?"),
    ("id", "Nomor resi {x:dhl} tidak bisa dilacak. Apa yang biasanya terjadi?"),
]

# Clean prompts: no PII and no lookalikes.
_CLEAN: list[tuple[str, str]] = [
    ("en", "Give me five ideas for a relaxed backyard wedding reception on a small budget."),
    ("en", "How do I write a eulogy that's both funny and respectful?"),
    ("en", "What should a volunteer rota include so nobody gets overloaded?"),
    ("en", "Explain the offside rule in football as if I were ten."),
    ("en", "How do insurance companies usually value stolen electronics, new-for-old or depreciated?"),
    ("en", "What are the warning signs of a crypto recovery scam?"),
    ("en", "How can I tell if my dog is overweight?"),
    ("en", "Tips for driving a rental car on the left side of the road for the first time."),
    ("en", "Write a short, kind message declining a second date."),
    ("en", "How do I start researching my family history with free resources?"),
    ("en", "What questions should I ask a tutoring agency before signing up?"),
    ("en", "How should a freelancer decide on an hourly rate?"),
    ("en", "Explain how payroll taxes differ between employees and contractors in general terms."),
    ("en", "What's the difference between a visa and a residence permit?"),
    ("en", "How does a password manager keep my vault encrypted?"),
    ("en", "Explain Kubernetes ConfigMaps versus Secrets in plain language."),
    ("en", "What are good practices for storing API keys in a CI pipeline?"),
    ("en", "How do I make a Jupyter notebook run faster with large CSV files?"),
    ("en", "Write a bash one-liner that counts lines in all .py files in a folder."),
    ("en", "What's the difference between IMAP and POP3?"),
    ("en", "Explain database connection pooling with a simple analogy."),
    ("en", "How do mobile crash reporting tools group similar crashes?"),
    ("en", "What should a good incident post-mortem include?"),
    ("en", "Suggest a four-week beginner running plan."),
    ("en", "Give me a vegetarian menu for a funeral reception of about forty people."),
    ("en", "How do I teach a nervous teenager to parallel park?"),
    ("en", "Why do pharmacies sometimes substitute generic medicines?"),
    ("en", "What vaccinations does a kitten typically need in its first year?"),
    ("en", "Write a haiku about autumn rain."),
    ("en", "How do I politely remind a client that an invoice is overdue?"),
    ("en", "Explain what Terraform state is and why it should be stored remotely."),
    ("en", "What is the difference between OAuth and OpenID Connect?"),
    ("en", "Summarise the plot of Pride and Prejudice in five sentences."),
    ("en", "How can a church or mosque make its volunteer sign-up more accessible to older members?"),
    ("en", "What makes a good first message on a dating app?"),
    ("en", "How do I convert a Postman collection into automated tests?"),
    ("en-GB", "How do I prepare a garden bed for planting garlic in autumn?"),
    ("en-US", "What's a reasonable tip for movers in general?"),
    ("de", "Wie plane ich eine Trauerfeier, die zum Verstorbenen passt?"),
    ("de", "Erkläre den Unterschied zwischen Hausrat- und Haftpflichtversicherung."),
    ("fr", "Comment organiser un mariage écoresponsable ?"),
    ("fr", "Quels sont les avantages d'un gestionnaire de mots de passe ?"),
    ("es", "¿Cómo se prepara una buena paella valenciana?"),
    ("es", "¿Qué debo revisar antes de alquilar un coche en el extranjero?"),
    ("it", "Come si insegna a un cane a non tirare al guinzaglio?"),
    ("nl", "Hoe begin ik met stamboomonderzoek?"),
    ("pt", "Quais são as regras básicas do futsal?"),
    ("pt-BR", "Como organizar as finanças de um freelancer?"),
    ("pl", "Jak przygotować się do rozmowy o pracę za granicą?"),
    ("sv", "Hur fungerar allemansrätten?"),
    ("ja", "初心者向けのランニング計画を教えてください。"),
    ("zh", "如何给孩子挑选合适的家教？"),
    ("ko", "반려견 산책 시 주의할 점을 알려 주세요."),
    ("ru", "Как выбрать хороший менеджер паролей?"),
    ("tr", "Düğün için bütçe nasıl planlanır?"),
    ("he", "איך מתכננים טיול משפחתי בצפון?"),
    ("ar", "كيف أنظم وقتي أثناء شهر رمضان؟"),
    ("hi", "बच्चों को गणित में रुचि कैसे दिलाएँ?"),
    ("vi", "Làm sao để chăm sóc mèo con mới nhận nuôi?"),
    ("id", "Bagaimana cara menabung untuk biaya pernikahan?"),
]

# English follow-up sentences, appended to some English prompts (no PII).
FRESH19_FOLLOW_UPS = [
    " Thanks!", " Keep it short please.", " Bullet points are fine.", " Sorry for the messy paste.", " No rush.",
    " Can you do it in a friendlier tone?", " Please double-check my maths.", " I need it by tonight.",
    " Also tell me if anything here looks risky.", " Use British spelling.", " Make it sound less formal.",
    " Thank you so much, this week has been a lot.", " Please don't change the numbers.", " Explain like I'm new to this.",
    " Is there a template I could reuse?", " Format it as a table if possible.", " I'm on mobile, sorry for typos.",
    " What would you do in my place?", " Keep the original order.", " Please add a subject line.",
]


FRESH19_PII: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _PII_EN + _PII_EN_MORE + _PII_EN_DEV + _PII_XX + _PII_XX_MORE]
FRESH19_NEGATIVE: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _NEGATIVE]
FRESH19_CLEAN: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _CLEAN]
