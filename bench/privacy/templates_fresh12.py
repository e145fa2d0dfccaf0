"""The twelfth blind set ("fresh12") for the PII benchmark: written without seeing the detector or the earlier sets.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh12=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots, people, places or value generators), and labels
spans as corpus.py's docstring says. Its plumbing (Context, fill, Person, the value generators and their validators,
the slot syntax) now lives in _blind_values.py, which the blind sets share; its people, towns, streets, address
layouts (write_address), organizations, work domains, password words and templates stay here. It is balanced: every
one of the fifteen types appears in many templates. It leans two ways: PII-free prompts that look as if they held PII
(lookalike numbers, brands named after people, fictional and public figures, placeholder data, documentation values),
and PII in unusual layouts (machine-readable zones, payment QR payloads, expanded database rows, debug prints of
objects in five languages, values split over lines or broken by OCR spaces, tables whose header is far above the
row).

Situations (chosen to be new): passport MRZ lines OCR'd for an e-visa, SEPA EPC and Swiss QR-bill payloads read by a
scanner app, banking-app screenshots, W-2 and 1099-NEC boxes, credit-bureau disputes, identity-theft reports,
background-check address histories, Gusto payroll CSVs, IRA beneficiaries, Medicaid renewals, dependent-care FSA
claims, deed polls, Blue Badge applications, payslips, resignation letters, wedding RSVP sheets, speaker bios,
shipping labels, boarding-pass barcodes (BCBP), Venmo disputes, dictated notes to self, business-email-compromise
threads (Outlook "Original Message" chains, "> wrote:" quotes), stolen-phone reports and repair tickets with IMEIs,
Indian leave-and-licence deeds, TFN declarations, UIF registration, EU pet passports, MRI reports, CV headers,
donation forms, diner receipts, card-processor migrations; Kontowechsel, Kindergeld, Lohnsteuerbescheinigung,
attestation d'hébergement, bulletins de paie, Belgian and Swedish address changes, empadronamiento, CURP, recibos de
sueldo, 730 precompilato, huurtoeslag, NIF invoices, comprovantes, 800+, OLX buyers, Kela, school and nursery forms,
powers of attorney, e-Devlet, tax deductions, ЦНАП, マイナンバー, 租房合同, 건강검진, GCash disputes, bank complaints in Swahili,
fake VK/Instagram profiles. Technical: psql \\x and MySQL \\G rows, redis HGETALL, pytest diffs, Java toString, Rust
Debug panics, Go %+v, PHP print_r, Mongo shell, Elasticsearch hits, Rich tracebacks with locals, protobuf text,
Shopify exports, Okta system log, UniFi client lists, MCP server configs (claude_desktop_config.json), Continue
config.yaml, Confluent client.properties, Gitea app.ini, OAuth token responses, wget/lftp in cron, sqlplus
user/password@, sqlcmd -P, ps aux command lines, git diffs that add a password, autounattend.xml, KeePassXC XML,
FreeRADIUS clients.conf, strongSwan ipsec.secrets, wpa_supplicant, borg + Backblaze B2, age keys, PuTTY .ppk,
Hardhat with an Ethereum private key, Razorpay, Paystack/Flutterwave, Consul/Nomad tokens, set -x CI logs (Doppler,
Pulumi, 1Password), Azure DevOps PATs in git URLs, Traefik JSON logs, Dovecot auth failures, CrowdSec decisions,
MercadoPago in a Kubernetes Secret, Bitrix .settings.php, LINE tokens, Aliyun OSS keys.

Languages (the first element of each template tuple): en (about half the PII templates; en-US, en-GB, en-IE, en-CA,
en-AU, en-NZ, en-IN, en-ZA, en-NG, or "en-XX" for an English prompt about another (Latin-script) country's people and
numbers), de (DE/AT/CH), fr (FR/BE), es (ES/MX/AR), it, nl (NL/BE), pt, pt-BR, pl, sv, no, da, fi, cs, sk, hu, ro,
tr, el, ru, uk, bg, hr, lt, ja, zh, ko, he, ar (UAE), hi (Devanagari), th, vi, id, and, new to the sets, ms
(Malaysia), tl (Philippines) and sw (Kenya): 35 languages. A sample's locale is "<language>-<country>" (hi-INH is
India written in Devanagari); the country picks names (in its own script), towns, address layout, phone numbering,
card schemes, IBAN country and national id; the language picks how dates are spelled.

Slot syntax: {kind} or {kind:arg:arg} is filled by fill(ctx, slot), which returns (text, TYPE or None) parts.
Person slots ({name}, {first}, {last}, {initial}, {rev}, {namecaps} (family name in capitals, then given name),
{holder} (a card holder, romanised capitals), {email}, {wemail} (at a small firm's domain), {phone[:nat|intl|e164|
compact|dots|00]}, {dob[:num|long|short|iso]}, {natid[:nino|nhs|pan|aadhaar]}, the unlabelled {idname}, {ssn[:dash|
space|plain]}, {addr}, {addrml} (over lines), {iban[:CC|plain|grp]}, {purl[:linkedin|github|mastodon|bsky|strava|
paypal|venmo|cal|site|drive|dropbox|xing|vk|note|weibo|naver|ig]}, {mrz} (two MRZ lines; then {mrzexp}), and the
unlabelled {handle}, {age}) take a digit for persons 2 to 6 ({name2}, {phone3}); on a person's first mention `f`/`m`
fix the sex and `kid`/`baby` the age. Other slots: {town}, {org}, {date[:num|long|short|iso|spoken]},
{card[:<scheme>][:sp|dash|dot|plain|split|dsp]} (visa, mc, amex, disc, jcb, cup, diners, mir, troy, rupay, elo,
maestro, dankort, verve), {ip:pub|priv|cgnat|v6|v6full|ll|ula}, {tok:<kind>} (TOKEN_KINDS), {pw:word|random|urlsafe|
phrase|leet|pin|wifi}, {cred[:user]} and {credtok:user:kind} (user:secret for a URL), {basic}, {pem[:kind]},
{pemjson}, {ppk}; unlabelled {last4}, {exp}, {cvv}, {x:<negative>} (NEG) and {n:lo:hi}. `@key` at the end gives
another, different value of the same kind ({ip:pub@b}, {addr@b}); the same slot written twice gives the same value
twice. `uc`/`lc` upper-/lower-case the value; `ocr` puts one or two stray spaces inside it. Literal braces are written
doubled in this file ("{{", "}}") and become {lb}/{rb} when the module loads, since corpus._render reads "{" as a slot.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full, "K. Nowak" as one
span; "Nowak, Katarzyna" and a form's "NOWAK Katarzyna" as two; family-first orders of Hungarian, Japanese, Chinese,
Korean and Vietnamese names as one span; a name inside a device name ("Kayla's iPhone", "Bram-MacBook-Air") or a
Wi-Fi SSID; the surname and given names of an MRZ line as two spans, without the < fillers; titles (Dr., Ms) and a
possessive 's stay outside); LOCATION a town where someone lives, works, was born or logged in from; ORGANIZATION the
small employers, schools, clinics, banks and firms of the writer's life (the whole name); ADDRESS street, number,
flat/floor parts, postcode and town as one span, in each country's layout, which may run over lines; DATE a
day-and-month date in the language's own spelling (also spoken English: "the fourteenth of March"; the date part of
an ISODate(...); the expiry date of a passport, in the MRZ as YYMMDD too), never the weekday or the time;
DATE_OF_BIRTH when it is a birth date (in an MRZ too); SECRET only the value: provider keys and tokens of every kind
in TOKEN_KINDS, both halves of an access-key pair (AWS-style key ids, Confluent API key, Backblaze keyID, Aliyun
AccessKey ID), passwords after labels and in config syntaxes (INI, TOML, YAML, XML, JSON, .env, properties,
command-line flags; after `-u partner,` in lftp or `user/` in sqlplus the password alone), Wi-Fi PSKs, PINs and
keypad codes given as such, passphrases, RADIUS and IPsec shared secrets, Consul tokens (which are UUID-shaped),
whole PEM and PGP blocks, the Private-Lines of a PuTTY key, age secret keys, Ethereum private keys, and `user:secret`
inside a URL as one span; URL only links that point at a person (profiles, personal sites, personal shares, payment
handles); EMAIL every address except example.com/org/net; PHONE valid by phonenumbers for the sample's country and
outside the ranges kept for fiction; CREDIT_CARD Luhn-valid numbers of the schemes above, never a published test
number, grouped by spaces, dashes, dots, double spaces or not at all, Amex 4-6-5, Diners 4-6-4, 19-digit UnionPay,
and, when a line break splits it, one span over the break; IBAN mod-97 valid (and valid by stdnum's national checks),
grouped or not, also inside QR payloads; US_SSN valid areas, never the specimens; NATIONAL_ID checksum-valid numbers
agreeing with the person's birth date and sex wherever the number holds them (PESEL, personnummer, fødselsnummer,
CPR, HETU, rodné číslo, CNP, AMKA, EGN, asmens kodas, RNOKPP, NIR, rijksregisternummer, codice fiscale from the name
and birth town, CURP from the name, CUIL, SA ID, SV-Nummer, 身份证, 주민등록번호, NIK, MyKad, Emirates ID, Hungarian
adóazonosító jel, Vietnamese CCCD) and the others valid by their own checks (Steuer-ID, AHV, BSN, NIF, DNI/NIE, CPF,
OIB, TC kimlik, INN, My Number, Teudat Zehut, Thai PIN, Aadhaar, PAN with the surname's initial, SIN, TFN, IRD, PPS,
NHS, NINO, KRA PIN), plus the unchecked ones people do write (US passport numbers, Nigerian NIN, Philippine TIN) and
the document number of an MRZ; IP_ADDRESS public and private IPv4, CGNAT, IPv6 compressed and full, link-local and
unique-local: the address only, never a :port, a /prefix or brackets.

Deliberately not labelled (and decided here where the docstrings left it open): IMEIs (no type for them; they
identify a device, not a person, and appear both in PII prompts and in hard negatives), pet microchip numbers, VINs,
serial numbers; card expiry dates, CVVs, the last four digits written alone and Razorpay key ids and Stripe-style
publishable keys (client-side by design); usernames, handles and system users on their own (a username that is a
person's name is avoided rather than labelled); hostnames and domains; public keys (VAPID, age recipients, PuTTY
Public-Lines); password hashes (left out of the set altogether); ISINs, LEIs, BICs, RF creditor references (mod 97,
like IBANs), ISBNs, NDC drug codes, CAS numbers, DOIs, arXiv ids; order, invoice, ticket, booking (PNR) and tracking
numbers (UPS, USPS, DHL), Amazon order ids, Mongo ObjectIds, UUIDs, git SHAs, digests, MD5s, epoch timestamps,
versions, Windows builds, MAC addresses; prices, years, month/year pairs, times and machine log times; public and
documentation links; placeholders (sk-..., <YOUR_API_KEY>, ${VAR}, AWS's EXAMPLE keys, changeme, ********,
user:password@localhost); published test cards, documentation IBANs, specimen SSNs, the 555/Ofcom/ACMA fiction
phone ranges, example.com addresses, RFC 5737/3849 documentation addresses, ranges named as ranges, public
resolvers; the placeholder people of forms and textbooks (John Doe, Max/Erika Mustermann, Mario Rossi and his sample
codice fiscale, Jan Kowalski, Иван Иванов, 山田太郎, 张三, 홍길동, Alice, Bob, Mallory); fictional characters and their
addresses (308 Negra Arroyo Lane, 221B Baker Street); public figures, famous places and brands named after people
(Ben & Jerry's, Dr. Martens, Jack Daniel's, Marie Curie, Taras Shevchenko) in general questions. Dates never appear
in the negative or clean templates, and clean prompts hold no lookalike numbers at all.
"""

from __future__ import annotations

import random
import string

from bench.privacy import _blind_values as _bv
from bench.privacy._blind_values import _braces, _native, _roman, _s, pick_locale, town_name

# --- People and places ------------------------------------------------------------------------------------------
# country -> (female first names, male first names, female surnames, male surnames ("" = same), towns, streets).
# Non-Latin entries are "native=roman"; the romanisation serves e-mail addresses, handles and card holders.
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Kayla|Brianna|Destiny|Megan|Rosa|Tanisha|Whitney|Marisol|Courtney|Lindsey",
           "Tyrell|Brandon|Cody|Dustin|Hector|Jamal|Travis|Wesley|Colton|Darnell",
           "Hollister|Okafor|Delgado|Pruitt|Vasquez|Whitaker|Nakamura|Brennan|Fitzgerald|Kowalczyk", "",
           "Sioux Falls, SD|Tulsa, OK|Boise, ID|Chattanooga, TN|Dayton, OH|Lubbock, TX|Spokane, WA|Macon, GA|Erie, PA|Ames, IA",
           "Sycamore|Larkspur|Old Mill|Prairie View|Cottonwood|Bluebonnet|Ridgecrest|Hawthorne"),
    "GB": ("Siobhan|Bethany|Harriet|Imogen|Priya|Niamh|Chloe|Rhiannon|Abigail|Freya",
           "Callum|Declan|Rhys|Alfie|Oliver|Imran|Euan|Jake|Hamish|Tobias",
           "Ashworth|Pennington|Cartwright|Oyelaran|Fairbairn|Hussain|Gallagher|Thistlewood|Llewellyn|Ramsbottom", "",
           "Harrogate HG1|Stockport SK4|Kendal LA9|Truro TR1|Swindon SN2|Bangor LL57|Perth PH1|Lincoln LN2|Hereford HR4|Colchester CO3",
           "Tennyson Road|Mill Lane|Beechwood Avenue|Station Approach|Abbey Close|Priory Gardens|Chapel Street|Orchard Way"),
    "IE": ("Aoife|Caoimhe|Róisín|Sinéad|Orla|Clodagh", "Cian|Oisín|Darragh|Pádraig|Eoin|Ronan",
           "Ó Súilleabháin|MacNamara|Kavanagh|Brennan|Ní Bhriain|Fitzpatrick", "Ó Súilleabháin|MacNamara|Kavanagh|Brennan|O'Brien|Fitzpatrick",
           "Ballincollig, Co. Cork|Naas, Co. Kildare|Ennis, Co. Clare|Tralee, Co. Kerry|Mullingar, Co. Westmeath",
           "Oakpark Drive|Church View|Castle Heights|Millbrook Lawn|Riverside Grove"),
    "CA": ("Geneviève|Ashley|Mackenzie|Harpreet|Émilie|Shannon", "Liam|Mathieu|Gurpreet|Connor|Étienne|Brody",
           "Tremblay|Gagnon|MacLeod|Sandhu|Bouchard|McAllister", "",
           "Kelowna, BC|Moncton, NB|Sherbrooke, QC|Red Deer, AB|Kingston, ON|Saskatoon, SK",
           "Birch Crescent|Maple Grove Drive|Lakeshore Road|Spruce Street|Cedar Hollow"),
    "AU": ("Matilda|Isla|Sienna|Jacinta|Kirra|Tahlia", "Lachlan|Hamish|Banjo|Jarrah|Cooper|Angus",
           "Pemberton|Nguyen|Kostopoulos|McKinnon|Fitzsimmons|Tran", "",
           "Toowoomba QLD|Ballarat VIC|Wagga Wagga NSW|Bunbury WA|Launceston TAS|Mount Gambier SA",
           "Banksia Street|Wattle Grove|Jacaranda Drive|Kurrajong Avenue|Bottlebrush Court"),
    "NZ": ("Aroha|Mere|Ngaio|Hine|Kirsty|Brooke", "Tane|Wiremu|Rawiri|Blair|Nikau|Corey",
           "Te Whata|Parata|Henare|McAlister|Ngata|Soper", "",
           "Whanganui|Tauranga|Napier|Nelson|Invercargill|Rotorua",
           "Kowhai Road|Pohutukawa Drive|Rimu Street|Totara Crescent|Manuka Place"),
    "IN": ("Ananya|Sneha|Kavya|Pooja|Divya|Meenakshi", "Rohan|Arjun|Siddharth|Karthik|Vikram|Abhishek",
           "Iyer|Deshpande|Kulkarni|Chatterjee|Reddy|Bhattacharya", "",
           "Pune|Indore|Coimbatore|Nagpur|Mysuru|Vadodara", "MG Road|Station Road|Nehru Nagar|Gandhi Chowk|Tilak Marg"),
    "ZA": ("Thandiwe|Lerato|Nomvula|Anika|Zanele|Carmen", "Sipho|Thabo|Pieter|Bongani|Ruan|Kagiso",
           "Dlamini|van der Merwe|Nkosi|Botha|Mokoena|Pillay", "",
           "Pretoria|Stellenbosch|Bloemfontein|Gqeberha|Polokwane|Durban",
           "Jacaranda Avenue|Protea Street|Kloof Road|Vygie Crescent|Acacia Lane"),
    "NG": ("Chiamaka|Ngozi|Funmilayo|Aisha|Adaeze|Temitope", "Chukwuemeka|Babatunde|Ifeanyi|Oluwaseun|Emeka|Ibrahim",
           "Okonkwo|Adeyemi|Eze|Balogun|Nwosu|Abubakar", "",
           "Lagos|Ibadan|Enugu|Abuja|Port Harcourt|Abeokuta", "Adeola Odeku Street|Awolowo Road|Ogui Road|Aminu Kano Crescent"),
    "DE": ("Jana|Svenja|Friederike|Merle|Anneliese|Dilara|Wiebke|Carolin", "Jörg|Malte|Lennart|Henrik|Deniz|Matthias|Ole|Till",
           "Brandtner|Oltmanns|Kühnel|Weißgerber|Schimanski|Eichhorn|Yılmaz|Dreßler", "",
           "Göttingen|Bamberg|Lüneburg|Jena|Fulda|Konstanz|Oldenburg|Halle (Saale)",
           "Lindenstraße|Am Mühlbach|Gartenweg|Eichendorffstraße|Schillerplatz|Kastanienallee|Hohe Straße"),
    "AT": ("Theresa|Magdalena|Johanna|Verena", "Florian|Lukas|Wolfgang|Bernhard",
           "Huber|Pichler|Steinbauer|Gruber|Hofstätter", "", "Graz|Linz|Salzburg|Innsbruck|Klagenfurt|Wels",
           "Gußhausstraße|Annenstraße|Herrengasse|Landstraßer Hauptstraße|Mariahilfer Straße"),
    "CH": ("Seraina|Nadja|Corinne|Flurina", "Reto|Beat|Urs|Gian", "Brunner|Zürcher|Bachmann|Hürlimann|Caflisch", "",
           "Winterthur|Luzern|St. Gallen|Thun|Chur|Aarau", "Bahnhofstrasse|Dorfstrasse|Seefeldstrasse|Kirchgasse|Rosenweg"),
    "FR": ("Maëlle|Océane|Solène|Capucine|Inès|Margaux|Bérénice", "Théo|Maxime|Loïc|Baptiste|Yanis|Gaëtan|Corentin",
           "Le Goff|Fontaine|Morvan|Benali|Lemaire|Girardot|Castagné", "",
           "Rennes|Angers|Clermont-Ferrand|Besançon|Perpignan|Metz|Nîmes|Poitiers",
           "rue des Lilas|avenue Jean-Jaurès|rue du Moulin|impasse des Tilleuls|boulevard Gambetta|rue Victor-Hugo"),
    "BE": ("Lotte|Manon|Elise|Amélie|Fien", "Wout|Arnaud|Pieter-Jan|Cédric|Jens",
           "Vermeulen|Dubois|Claes|Lambert|Van Damme|Peeters", "", "Gent|Liège|Leuven|Namur|Brugge|Mons",
           "Kerkstraat|Rue de la Station|Molenstraat|Rue des Écoles|Stationsstraat"),
    "ES": ("Lucía|Nerea|Ainhoa|Itziar|Rocío|Montserrat", "Álvaro|Iker|Jordi|Rubén|Sergio|Gonzalo",
           "García Ruiz|Etxeberria|Fernández|Puig|Navarro Gil|Salazar", "",
           "Zaragoza|Valladolid|Córdoba|Gijón|Alicante|Pamplona|Salamanca",
           "Calle Mayor|Avenida de la Constitución|Calle del Carmen|Paseo de la Castellana|Calle Alcalá"),
    "MX": ("Guadalupe|Ximena|Itzel|Fernanda|Araceli", "Jesús|Emiliano|Rodrigo|Ulises|Mauricio",
           "Hernández López|Ramírez|Cervantes|Zúñiga|Villalobos", "", "Guadalajara|Puebla|Querétaro|Mérida|Morelia|Oaxaca",
           "Av. Juárez|Calle Hidalgo|Av. Revolución|Calle Morelos|Av. Vallarta"),
    "AR": ("Florencia|Agustina|Camila|Milagros", "Facundo|Matías|Gonzalo|Nahuel", "Fernández|Gómez|Sosa|Benítez|Acosta", "",
           "Rosario|Córdoba|Mendoza|La Plata|Mar del Plata|Salta", "Av. Corrientes|Av. Pellegrini|Calle San Martín|Av. Colón"),
    "IT": ("Chiara|Giulia|Francesca|Martina|Ilaria|Beatrice", "Davide|Lorenzo|Matteo|Riccardo|Tommaso|Gabriele",
           "Esposito|Marchetti|Bianchi|Galli|Ferraro|Colombo|Santoro", "",
           "Bologna|Torino|Verona|Padova|Bari|Trieste|Parma|Lecce",
           "Via Garibaldi|Via Mazzini|Corso Italia|Via Roma|Via Cavour|Viale dei Mille"),
    "NL": ("Sanne|Femke|Lieke|Noor|Anouk|Mirjam", "Bram|Joost|Thijs|Ruben|Sem|Maarten",
           "de Vries|van den Berg|Bakker|Visser|Smit|van Leeuwen|Mulder", "",
           "Utrecht|Zwolle|Groningen|Haarlem|Leiden|Tilburg|Arnhem|Delft",
           "Kerkstraat|Dorpsstraat|Molenweg|Julianalaan|Prinsengracht|Schoolstraat"),
    "PT": ("Inês|Beatriz|Leonor|Mariana|Matilde", "Tiago|Duarte|Gonçalo|Rodrigo|Afonso",
           "Ferreira|Carvalho|Magalhães|Rodrigues|Sousa", "", "Braga|Coimbra|Aveiro|Faro|Viseu|Setúbal",
           "Rua das Flores|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Carmo|Rua Direita"),
    "BR": ("Luana|Thaís|Yasmin|Bruna|Raquel|Jéssica", "Thiago|Caio|Gustavo|Leandro|Rafael|Vinícius",
           "dos Santos|Oliveira|Pereira|Albuquerque|Nascimento|Cavalcanti", "",
           "Curitiba|Recife|Belo Horizonte|Fortaleza|Campinas|Florianópolis|Porto Alegre",
           "Rua Augusta|Avenida Paulista|Rua XV de Novembro|Rua das Palmeiras|Avenida Boa Viagem"),
    "PL": ("Katarzyna|Agnieszka|Magdalena|Zofia|Joanna|Małgorzata", "Paweł|Krzysztof|Mateusz|Grzegorz|Tomasz|Łukasz",
           "Nowak|Kowalska|Wiśniewska|Zielińska|Wróblewska|Dąbrowska", "Nowak|Kowalski|Wiśniewski|Zieliński|Wróblewski|Dąbrowski",
           "Gdańsk|Poznań|Lublin|Toruń|Białystok|Rzeszów|Olsztyn|Opole",
           "ul. Długa|ul. Kwiatowa|ul. Słoneczna|al. Niepodległości|ul. Ogrodowa|ul. Mickiewicza"),
    "SE": ("Linnea|Elsa|Maja|Ingrid|Saga", "Oskar|Viktor|Anders|Hampus|Nils", "Lindqvist|Bergström|Holmberg|Sjöberg|Öberg", "",
           "Uppsala|Västerås|Örebro|Linköping|Umeå|Lund", "Storgatan|Drottninggatan|Kungsgatan|Björkvägen|Skolgatan"),
    "NO": ("Ingrid|Sigrid|Ragnhild|Tuva|Silje", "Sindre|Eirik|Håkon|Magnus|Torbjørn", "Haugen|Bakke|Solberg|Strand|Nygård", "",
           "Bergen|Trondheim|Stavanger|Tromsø|Drammen|Ålesund", "Storgata|Kirkegata|Skolegata|Torggata|Parkveien"),
    "DK": ("Freja|Mette|Signe|Ida|Karen", "Rasmus|Mads|Søren|Frederik|Jonas", "Kristensen|Møller|Sørensen|Thomsen|Poulsen", "",
           "Aarhus|Odense|Aalborg|Esbjerg|Vejle|Roskilde", "Vestergade|Nørregade|Algade|Søndergade|Bredgade"),
    "FI": ("Aino|Emilia|Venla|Sanna|Johanna", "Juho|Eetu|Ville|Antti|Mikko", "Korhonen|Virtanen|Mäkinen|Heikkinen|Laaksonen", "",
           "Tampere|Turku|Oulu|Jyväskylä|Kuopio|Lahti", "Hämeenkatu|Kauppakatu|Koulukatu|Rantatie|Puistokatu"),
    "CZ": ("Tereza|Veronika|Lucie|Kateřina|Markéta", "Jakub|Ondřej|Tomáš|Vojtěch|Lukáš",
           "Nováková|Svobodová|Dvořáková|Černá|Procházková", "Novák|Svoboda|Dvořák|Černý|Procházka",
           "Brno|Olomouc|Plzeň|Liberec|Pardubice|České Budějovice", "Masarykova|Nádražní|Husova|Palackého|Komenského"),
    "SK": ("Zuzana|Michaela|Lenka|Jana", "Marek|Peter|Juraj|Martin", "Horváthová|Kováčová|Balážová|Tóthová", "Horváth|Kováč|Baláž|Tóth",
           "Košice|Žilina|Nitra|Prešov|Trnava|Banská Bystrica", "Hlavná|Štúrova|Kollárova|Mierová|Záhradnícka"),
    "HU": ("Eszter|Zsófia|Réka|Anna|Dóra", "Bence|Levente|Gergely|Dániel|Ákos", "Nagy|Kovács|Tóth|Szabó|Horváth|Varga", "",
           "Debrecen|Szeged|Pécs|Győr|Miskolc|Kecskemét", "Kossuth Lajos utca|Petőfi Sándor utca|Rákóczi út|Béke tér|Arany János utca"),
    "RO": ("Ioana|Andreea|Bianca|Roxana|Alexandra", "Andrei|Mihai|Bogdan|Radu|Ștefan", "Popescu|Ionescu|Dumitrescu|Munteanu|Stoica", "",
           "Cluj-Napoca|Iași|Timișoara|Brașov|Constanța|Sibiu", "Str. Memorandumului|Bd. Eroilor|Str. Republicii|Calea Victoriei"),
    "TR": ("Elif|Zeynep|Büşra|Merve|Ayşe", "Emre|Burak|Oğuz|Mert|Furkan", "Yıldız|Şahin|Aydın|Öztürk|Kılıç|Doğan", "",
           "İzmir|Bursa|Eskişehir|Antalya|Kayseri|Trabzon", "Atatürk Cad.|Cumhuriyet Cad.|İnönü Sok.|Gazi Bulvarı|Kazım Dirik Cad."),
    "GR": ("Μαρία=Maria|Ελένη=Eleni|Κατερίνα=Katerina|Δήμητρα=Dimitra|Σοφία=Sofia",
           "Γιώργος=Giorgos|Νίκος=Nikos|Κώστας=Kostas|Δημήτρης=Dimitris|Παναγιώτης=Panagiotis",
           "Παπαδοπούλου=Papadopoulou|Οικονόμου=Oikonomou|Γεωργίου=Georgiou|Καραγιάννη=Karagianni",
           "Παπαδόπουλος=Papadopoulos|Οικονόμου=Oikonomou|Γεωργίου=Georgiou|Καραγιάννης=Karagiannis",
           "Θεσσαλονίκη=Thessaloniki|Πάτρα=Patra|Ηράκλειο=Irakleio|Λάρισα=Larisa|Βόλος=Volos",
           "Εγνατίας|Τσιμισκή|Κορίνθου|Ερμού|Αγίου Δημητρίου"),
    "RU": ("Анна=Anna|Екатерина=Ekaterina|Ольга=Olga|Дарья=Darya|Мария=Maria",
           "Дмитрий=Dmitry|Алексей=Alexey|Сергей=Sergey|Михаил=Mikhail|Андрей=Andrey",
           "Смирнова=Smirnova|Волкова=Volkova|Кузнецова=Kuznetsova|Соколова=Sokolova|Морозова=Morozova",
           "Смирнов=Smirnov|Волков=Volkov|Кузнецов=Kuznetsov|Соколов=Sokolov|Морозов=Morozov",
           "Казань=Kazan|Екатеринбург=Ekaterinburg|Новосибирск=Novosibirsk|Самара=Samara|Пермь=Perm|Тверь=Tver",
           "ул. Ленина|ул. Гагарина|пр. Мира|ул. Пушкина|ул. Садовая"),
    "UA": ("Олена=Olena|Оксана=Oksana|Ірина=Iryna|Софія=Sofiia|Наталія=Nataliia",
           "Тарас=Taras|Андрій=Andrii|Олександр=Oleksandr|Богдан=Bohdan|Максим=Maksym",
           "Шевченко=Shevchenko|Коваленко=Kovalenko|Бондаренко=Bondarenko|Мельник=Melnyk|Ткаченко=Tkachenko", "",
           "Львів=Lviv|Харків=Kharkiv|Одеса=Odesa|Дніпро=Dnipro|Вінниця=Vinnytsia|Полтава=Poltava",
           "вул. Шевченка|вул. Франка|просп. Свободи|вул. Городоцька|вул. Сумська"),
    "BG": ("Мария=Maria|Десислава=Desislava|Цветелина=Tsvetelina|Гергана=Gergana",
           "Георги=Georgi|Димитър=Dimitar|Николай=Nikolay|Стоян=Stoyan",
           "Иванова=Ivanova|Петрова=Petrova|Димитрова=Dimitrova|Стоянова=Stoyanova", "Иванов=Ivanov|Петров=Petrov|Димитров=Dimitrov|Стоянов=Stoyanov",
           "Пловдив=Plovdiv|Варна=Varna|Бургас=Burgas|Русе=Ruse|Стара Загора=Stara Zagora",
           "ул. „Витоша“|бул. „България“|ул. „Раковски“|ул. „Шипка“"),
    "HR": ("Ivana|Petra|Marija|Lucija|Ana", "Luka|Ivan|Marko|Josip|Tomislav", "Horvat|Kovačević|Babić|Marić|Jurić|Knežević", "",
           "Split|Rijeka|Osijek|Zadar|Varaždin|Pula", "Ilica|Vukovarska|Ulica kralja Zvonimira|Zagrebačka|Riva"),
    "LT": ("Austėja|Gabija|Rūta|Eglė", "Mantas|Lukas|Tomas|Jonas", "Kazlauskienė|Petrauskaitė|Jankauskienė|Žukauskaitė",
           "Kazlauskas|Petrauskas|Jankauskas|Žukauskas", "Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus",
           "Gedimino pr.|Laisvės al.|Vilniaus g.|Taikos pr.|Savanorių pr."),
    "JP": ("花子=Hanako|美咲=Misaki|陽菜=Hina|由美=Yumi|さくら=Sakura", "翔太=Shota|大輔=Daisuke|健一=Kenichi|拓海=Takumi|蓮=Ren",
           "佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|渡辺=Watanabe|小林=Kobayashi|中村=Nakamura", "",
           "札幌市=Sapporo|仙台市=Sendai|福岡市=Fukuoka|金沢市=Kanazawa|静岡市=Shizuoka|広島市=Hiroshima", "本町|栄町|緑町|中央通り"),
    "CN": ("芳=Fang|静=Jing|丽娜=Lina|晓燕=Xiaoyan|雪梅=Xuemei", "伟=Wei|强=Qiang|志刚=Zhigang|浩然=Haoran|俊杰=Junjie",
           "王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|赵=Zhao", "",
           "杭州=Hangzhou|成都=Chengdu|武汉=Wuhan|南京=Nanjing|西安=Xi'an|苏州=Suzhou", "人民路|中山路|解放路|建设路|文化路"),
    "KR": ("민지=Minji|서연=Seoyeon|지은=Jieun|수빈=Subin|하은=Haeun", "민준=Minjun|지훈=Jihun|도윤=Doyun|현우=Hyunwoo|성민=Sungmin",
           "김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang", "",
           "부산=Busan|대구=Daegu|인천=Incheon|대전=Daejeon|광주=Gwangju|수원=Suwon", "중앙로|판교역로|월드컵북로|해운대로|동대구로"),
    "IL": ("נועה=Noa|תמר=Tamar|מיכל=Michal|יעל=Yael|שירה=Shira", "יונתן=Yonatan|איתי=Itai|אורי=Uri|עומר=Omer|דניאל=Daniel",
           "כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton|אברהם=Avraham", "",
           "חיפה=Haifa|באר שבע=Beer Sheva|רמת גן=Ramat Gan|נתניה=Netanya|רחובות=Rehovot", "הרצל|ביאליק|ז'בוטינסקי|רוטשילד|העצמאות"),
    "AE": ("فاطمة=Fatima|مريم=Maryam|نورة=Noura|عائشة=Aisha|ليلى=Layla", "محمد=Mohammed|أحمد=Ahmed|خالد=Khalid|عمر=Omar|يوسف=Yousef",
           "المنصوري=Al Mansouri|الحمادي=Al Hammadi|الشامسي=Al Shamsi|النعيمي=Al Nuaimi|الكعبي=Al Kaabi", "",
           "العين=Al Ain|الشارقة=Sharjah|عجمان=Ajman|رأس الخيمة=Ras Al Khaimah|دبي=Dubai", "شارع الوصل|شارع الشيخ زايد|شارع الاتحاد|شارع المطار"),
    "INH": ("प्रिया=Priya|नेहा=Neha|अंजलि=Anjali|पूजा=Pooja|सुनीता=Sunita", "राहुल=Rahul|अमित=Amit|विकास=Vikas|संजय=Sanjay|रोहित=Rohit",
            "शर्मा=Sharma|वर्मा=Verma|गुप्ता=Gupta|यादव=Yadav|मिश्रा=Mishra|चौहान=Chauhan", "",
            "जयपुर=Jaipur|लखनऊ=Lucknow|भोपाल=Bhopal|कानपुर=Kanpur|पटना=Patna|इंदौर=Indore", "शास्त्री नगर|गांधी मार्ग|नेहरू कॉलोनी|राजेंद्र नगर"),
    "TH": ("สุภาพร=Supaporn|กนกวรรณ=Kanokwan|ศิริพร=Siriporn|ปิยะนุช=Piyanuch", "สมชาย=Somchai|ธนากร=Thanakorn|วีระพงษ์=Weerapong|ณัฐพล=Nattapon",
           "ศรีสุข=Srisuk|วงศ์ใหญ่=Wongyai|แก้วมณี=Kaewmanee|บุญมา=Boonma|ทองดี=Thongdee", "",
           "เชียงใหม่=Chiang Mai|ขอนแก่น=Khon Kaen|นครราชสีมา=Nakhon Ratchasima|หาดใหญ่=Hat Yai|อุดรธานี=Udon Thani", "ถนนนิมมานเหมินท์|ถนนมิตรภาพ|ถนนเพชรเกษม|ถนนสุขุมวิท"),
    "VN": ("Thị Lan|Thị Hương|Ngọc Anh|Thu Trang|Phương Linh", "Văn Hùng|Minh Tuấn|Quốc Bảo|Đức Anh|Hoàng Nam",
           "Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng", "", "Đà Nẵng|Hải Phòng|Cần Thơ|Huế|Nha Trang|Vũng Tàu",
           "phố Huế|đường Lê Lợi|đường Trần Phú|đường Nguyễn Trãi|phố Bạch Mai"),
    "ID": ("Siti|Dewi|Ayu|Rina|Putri", "Budi|Agus|Rizky|Dimas|Arif", "Santoso|Wijaya|Saputra|Hidayat|Kusuma|Nugroho", "",
           "Bandung|Surabaya|Yogyakarta|Semarang|Malang|Medan", "Jl. Merdeka|Jl. Diponegoro|Jl. Sudirman|Jl. Gajah Mada|Jl. Pahlawan"),
    "MY": ("Nurul Aisyah|Siti Hajar|Nur Izzati|Farah|Aina", "Muhammad Hafiz|Ahmad Faris|Amirul|Haziq|Mohd Firdaus",
           "binti Abdullah|binti Ismail|binti Rahman|binti Osman", "bin Abdullah|bin Ismail|bin Rahman|bin Osman",
           "Petaling Jaya|Ipoh|Johor Bahru|Kuching|Shah Alam|Seremban", "Jalan SS 2/24|Jalan Ampang|Jalan Tun Razak|Jalan Bukit Bintang|Jalan Kenanga"),
    "PH": ("Maricel|Rowena|Jasmine|Kristine|Liezl", "Jerome|Rodel|Carlo|Mark Anthony|Paolo", "dela Cruz|Santos|Reyes|Bautista|Villanueva|Mendoza", "",
           "Quezon City|Cebu City|Davao City|Iloilo City|Baguio|Bacolod", "Sampaguita St.|Rizal Avenue|Mabini St.|Katipunan Avenue|Luna St."),
    "KE": ("Wanjiru|Achieng|Njeri|Chebet|Mumbua", "Otieno|Kamau|Kiprono|Mwangi|Omondi", "Wanjiku|Odhiambo|Kiptoo|Mutua|Njoroge|Wafula", "",
           "Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Thika", "Ngong Road|Moi Avenue|Kenyatta Avenue|Argwings Kodhek Road|Oginga Odinga Street"),
}

# language -> ((country, weight), ...)
LANG_COUNTRIES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 5), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("NG", 1)),
    "de": (("DE", 6), ("AT", 2), ("CH", 2)), "fr": (("FR", 4), ("BE", 1)), "es": (("ES", 3), ("MX", 2), ("AR", 1)),
    "it": (("IT", 1),), "nl": (("NL", 3), ("BE", 1)), "pt": (("PT", 1),), "pl": (("PL", 1),), "sv": (("SE", 1),),
    "no": (("NO", 1),), "da": (("DK", 1),), "fi": (("FI", 1),), "cs": (("CZ", 1),), "sk": (("SK", 1),), "hu": (("HU", 1),),
    "ro": (("RO", 1),), "tr": (("TR", 1),), "el": (("GR", 1),), "ru": (("RU", 1),), "uk": (("UA", 1),), "bg": (("BG", 1),),
    "hr": (("HR", 1),), "lt": (("LT", 1),), "ja": (("JP", 1),), "zh": (("CN", 1),), "ko": (("KR", 1),), "he": (("IL", 1),),
    "ar": (("AE", 1),), "hi": (("INH", 1),), "th": (("TH", 1),), "vi": (("VN", 1),), "id": (("ID", 1),), "ms": (("MY", 1),),
    "tl": (("PH", 1),), "sw": (("KE", 1),),
}


def locale_for(lang: str, rng: random.Random) -> str:
    """A template's lang ("en", "de", "en-GB", "pt-BR", "en-XX") -> the sample's locale "<language>-<country>"."""
    return pick_locale(lang, rng, LANG_COUNTRIES)


# --- Addresses ----------------------------------------------------------------------------------------------------
def write_address(r: random.Random, country: str, town: str, multiline: bool = False) -> str:
    """A street address in the country's own layout; `town` is the native town entry of PEOPLE."""
    town = _native(town)
    street = r.choice(PEOPLE[country][5].split("|"))
    no = r.randint(1, 180)
    nl = "\n" if multiline else ", "
    def d(n: int) -> str:
        return _s(r, n, string.digits)
    if country == "US":
        city, state = town.split(", ")
        unit = r.choice(["", f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 420)}", f" Unit {r.randint(1, 12)}"])
        return f"{r.randint(100, 9899)} {street} {r.choice(['Dr', 'Ave', 'Ln', 'Ct', 'Blvd', 'Rd'])}{unit}{nl}{city}, {state} {d(5)}"
    if country == "GB":
        city, area = town.rsplit(" ", 1)
        first = r.choice([f"{no} {street}", f"Flat {r.randint(1, 9)}, {no} {street}", f"{r.choice(['Rose', 'Ivy', 'Beech', 'Wren'])} Cottage, {street}"])
        return f"{first}{nl}{city}{nl if multiline else ' '}{area} {r.randint(1, 9)}{_s(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if country == "IE":
        return f"{no} {street}{nl}{town}{nl}{r.choice('ADFHKNPRTVWXY')}{d(2)} {_s(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if country == "CA":
        city, prov = town.split(", ")
        pc = f"{r.choice('ABCEGHJKLMNPRSTVXY')}{d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
        return f"{r.choice(['', f'{r.randint(101, 1802)}-'])}{no} {street}{nl}{city}, {prov}  {pc}"
    if country == "AU":
        city, st = town.rsplit(" ", 1)
        return f"{r.choice(['', f'{r.randint(1, 12)}/'])}{no} {street}{nl}{city.upper() if r.random() < 0.5 else city} {st} {r.randint(2000, 7999)}"
    if country == "NZ":
        return f"{no}{r.choice(['', 'A', 'B'])} {street}{nl}{r.choice(['Aramoho', 'Greerton', 'Taradale', 'Stoke', 'Glengarry'])}{nl}{town} {d(4)}"
    if country == "IN":
        return (f"{r.choice(['Flat', 'H.No.'])} {r.randint(1, 9)}0{r.randint(1, 8)}, {r.choice(['Sai Krupa Apts', 'Shanti Kunj', 'Lotus Residency'])}, "
                f"{street}{nl}{town} - {r.randint(1, 8)}{d(5)}")
    if country == "ZA":
        return f"{no} {street}{nl}{r.choice(['Hatfield', 'Die Boord', 'Westdene', 'Walmer', 'Morningside'])}{nl}{town}{nl if multiline else ', '}{d(4)}"
    if country == "NG":
        return f"{r.choice(['Plot', 'No.', 'Block'])} {no}, {street}{nl}{r.choice(['Victoria Island', 'Bodija', 'Independence Layout', 'Wuse II', 'GRA Phase 2'])}, {town}"
    if country in ("DE", "AT", "CH"):
        pc = d(5) if country == "DE" else f"{r.randint(1, 9)}{d(3)}"
        house = f"{no}{r.choice(['', '', 'a', 'b'])}" + (f"/{r.randint(1, 24)}" if country == "AT" and r.random() < 0.5 else "")
        return f"{street} {house}{nl}{pc} {town}"
    if country == "FR":
        return f"{no}{r.choice(['', ' bis', ''])} {street}{nl}{r.choice(['Bât. C, ', 'Appt 12, ', '', ''])}{d(5)} {town.upper() if multiline else town}"
    if country == "BE":
        box = r.choice(["", f" bus {r.randint(1, 9)}", f" boîte {r.randint(1, 9)}"])
        return f"{street} {no}{box}{nl}{r.randint(1000, 9999)} {town}"
    if country == "ES":
        return f"{street}, {no}, {r.randint(1, 9)}º {r.choice('ABCD')}{nl}{d(5)} {town}"
    if country == "MX":
        return f"{street} {no}{r.choice(['', ' Int. 4', ' Depto. 302'])}, Col. {r.choice(['Centro', 'Del Valle', 'Jardines', 'Americana'])}{nl}{d(5)} {town}"
    if country == "AR":
        return f"{street} {r.randint(100, 4999)}, piso {r.randint(1, 12)} dpto. {r.choice('ABCD')}{nl}{r.choice('SXMB')}{d(4)} {town}"
    if country == "IT":
        return f"{street} {no}{r.choice(['', '/A', ''])}{nl}{d(5)} {town}"
    if country == "NL":
        return f"{street} {no}{r.choice(['', 'A', '-II', ' bis'])}{nl}{r.randint(1000, 9999)} {_s(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')} {town}"
    if country == "PT":
        return f"{street}, {no}, {r.randint(1, 6)}.º {r.choice(['Esq.', 'Dto.', 'Frente'])}{nl}{d(4)}-{d(3)} {town}"
    if country == "BR":
        return f"{street}, {r.randint(10, 2999)}, apto {r.randint(11, 1204)} - {r.choice(['Centro', 'Batel', 'Boa Viagem', 'Savassi', 'Cambuí'])}{nl}{town} - {r.choice(['PR', 'PE', 'MG', 'CE', 'SP', 'SC', 'RS'])}, {d(5)}-{d(3)}"
    if country == "PL":
        return f"{street} {no}{r.choice(['', f'/{r.randint(1, 60)}', ' m. 7'])}{nl}{d(2)}-{d(3)} {town}"
    if country == "SE":
        return f"{street} {no}{r.choice(['', ' lgh 1102', ' B'])}{nl}{d(3)} {d(2)} {town}"
    if country in ("NO", "DK"):
        floor = r.choice(["", ", 2. th.", ", st. tv.", ", 3. mf."]) if country == "DK" else r.choice(["", " H0201"])
        return f"{street} {no}{floor}{nl}{d(4)} {town}"
    if country == "FI":
        return f"{street} {no} {r.choice('ABC')} {r.randint(1, 40)}{nl}{d(5)} {town}"
    if country in ("CZ", "SK"):
        return f"{street} {r.randint(100, 2999)}/{r.randint(1, 60)}{nl}{d(3)} {d(2)} {town}"
    if country == "HU":
        return f"{r.randint(1000, 9999)} {town}, {street} {no}. {r.randint(1, 9)}/{r.randint(1, 30)}."
    if country == "RO":
        return f"{street} nr. {no}, bl. {r.choice('ABCD')}{r.randint(1, 9)}, ap. {r.randint(1, 80)}{nl}{town} {d(6)}"
    if country == "TR":
        return f"{r.choice(['Bostanlı', 'Nilüfer', 'Konyaaltı', 'Tepebaşı'])} Mah. {street} No: {no} D: {r.randint(1, 20)}{nl}{d(5)} {town}"
    if country == "GR":
        return f"{street} {no}{nl}{d(3)} {d(2)} {town}"
    if country in ("RU", "UA"):
        house = f"д. {no}, кв. {r.randint(1, 300)}" if country == "RU" else f"буд. {no}, кв. {r.randint(1, 300)}"
        return r.choice([f"{street}, {house}, {town}, {d(6) if country == 'RU' else d(5)}",
                         f"{d(6) if country == 'RU' else d(5)}, {'г.' if country == 'RU' else 'м.'} {town}, {street}, {house}"])
    if country == "BG":
        return f"{town} {d(4)}, {street} {no}, ет. {r.randint(1, 9)}, ап. {r.randint(1, 40)}"
    if country == "HR":
        return f"{street} {no}{nl}{r.choice(['21000', '51000', '31000', '23000', '42000', '52100'])} {town}"
    if country == "LT":
        return f"{street} {no}-{r.randint(1, 80)}{nl}LT-{d(5)} {town}"
    if country == "JP":
        pref = {"札幌市": "北海道", "仙台市": "宮城県", "福岡市": "福岡県", "金沢市": "石川県", "静岡市": "静岡県", "広島市": "広島県"}[town]
        return f"〒{d(3)}-{d(4)} {pref}{town}{r.choice(['中央区', '青葉区', '東区', '南区'])}{street}{r.randint(1, 5)}丁目{r.randint(1, 20)}-{r.randint(1, 30)}"
    if country == "CN":
        return f"{town}市{r.choice(['高新区', '经开区', '城南区', '新城区'])}{street}{r.randint(1, 999)}号{r.randint(1, 30)}栋{r.randint(1, 30)}0{r.randint(1, 4)}室"
    if country == "KR":
        return f"{town}{r.choice(['광역시', '시'])} {r.choice(['해운대구', '수성구', '연수구', '유성구', '팔달구'])} {street} {r.randint(1, 300)}, {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호"
    if country == "IL":
        return f"רחוב {street} {no}, דירה {r.randint(1, 30)}, {town} {d(7)}"
    if country == "AE":
        return f"فيلا {no}، {street}، {r.choice(['البرشاء', 'الخبيصي', 'المويجعي', 'النعيمية'])}، {town}"
    if country == "INH":
        return f"मकान नं. {no}, {street}, {town} - {r.randint(2, 8)}{d(5)}"
    if country == "TH":
        return f"{no}/{r.randint(1, 99)} หมู่ {r.randint(1, 12)} {street} ตำบล{r.choice(['สุเทพ', 'ในเมือง', 'หนองปรือ'])} อำเภอเมือง {town} {d(5)}"
    if country == "VN":
        return f"Số {no} ngõ {r.randint(2, 200)} {street}, phường {r.choice(['Bến Nghé', 'Hải Châu', 'Vĩnh Ninh', 'Tân An'])}, {town}"
    if country == "ID":
        return f"{street} No. {no}, RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}, Kel. {r.choice(['Sukajadi', 'Gubeng', 'Tegalrejo', 'Lowokwaru'])}{nl}{town} {d(5)}"
    if country == "MY":
        return f"No. {no}, {street}{nl}{d(5)} {town}, {r.choice(['Selangor', 'Perak', 'Johor', 'Sarawak'])}"
    if country == "PH":
        return f"Blk {r.randint(1, 30)} Lot {r.randint(1, 40)}, {street}, Brgy. {r.choice(['San Isidro', 'Malanday', 'Poblacion', 'Lahug'])}{nl}{town} {d(4)}"
    if country == "KE":
        return f"{r.choice(['House', 'Apartment', 'Hse'])} {no}{r.choice(['', 'B'])}, {street}{nl}P.O. Box {r.randint(100, 99999)}-{d(5)}, {town}"
    raise KeyError(country)


# --- Organizations -------------------------------------------------------------------------------------------------
_ORG: dict[str, tuple[str, ...]] = {  # {t} town, {l} a surname, {s} a street word
    "en": ("{l} & {l2} Accountants", "{t} Community Credit Union", "{l} Family Dental", "Northgate Primary School, {t}",
           "{l} Roofing Ltd", "Riverbend Physiotherapy", "{t} Rowing Club", "Bluegum Early Learning Centre", "{l} Veterinary Surgery",
           "Harbourside Property Management", "St Brigid's National School", "{l} Plumbing & Heating"),
    "de": ("Steuerkanzlei {l} & Partner", "Raiffeisenbank {t} eG", "Zahnarztpraxis Dr. {l}", "Grundschule am Mühlbach",
           "{l} Haustechnik GmbH", "TSV {t} 1878 e.V.", "Kita Sonnenblume", "Physiotherapie {l}"),
    "fr": ("Cabinet {l} Expertise", "Crédit Mutuel de {t}", "École élémentaire Jules-Ferry", "Boulangerie {l}",
           "Clinique vétérinaire des Tilleuls", "{l} Plomberie SARL"),
    "es": ("Gestoría {l}", "Clínica Dental Sonrisas", "CEIP Miguel Hernández", "Talleres {l} S.L.", "Caja Rural de {t}"),
    "it": ("Studio Commercialista {l}", "Banca di Credito Cooperativo di {t}", "Istituto Comprensivo Dante Alighieri",
           "Ferramenta {l} snc", "Poliambulatorio San Luca"),
    "nl": ("Administratiekantoor {l}", "Huisartsenpraktijk De Linde", "Basisschool De Regenboog", "Loodgietersbedrijf {l} B.V."),
    "pt": ("Contabilidade {l} Lda.", "Clínica Dentária Sorriso", "Escola Básica de {t}", "Oficina {l} & Filhos"),
    "pl": ("Biuro Rachunkowe {l}", "Przychodnia Zdrowie", "Szkoła Podstawowa nr 12 w {t}", "Bank Spółdzielczy w {t}"),
    "sv": ("Redovisningsbyrån {l} AB", "Vårdcentralen Björken", "{l}s Bygg AB"),
    "no": ("Regnskapskontoret {l} AS", "{t} legesenter", "{l} Rør AS"),
    "da": ("Revisionsfirmaet {l} ApS", "Lægehuset Vestergade", "{l} VVS ApS"),
    "fi": ("Tilitoimisto {l} Oy", "Terveysasema Koivu", "{l} Rakennus Oy"),
    "cs": ("Účetní kancelář {l} s.r.o.", "Zubní ordinace Úsměv", "ZŠ Komenského {t}"),
    "sk": ("Účtovná kancelária {l} s.r.o.", "Ambulancia Zdravie"),
    "hu": ("{l} Könyvelőiroda Kft.", "Napsugár Óvoda", "{t}i Fogászati Rendelő"),
    "ro": ("Cabinet Contabil {l} SRL", "Clinica Medicală Sănătatea", "Școala Gimnazială nr. 5"),
    "tr": ("{l} Muhasebe Ltd. Şti.", "Özel Şifa Tıp Merkezi", "{l} İnşaat"),
    "el": ("Λογιστικό Γραφείο {l}", "Φροντιστήριο Αλφα", "Οδοντιατρείο Χαμόγελο"),
    "ru": ("ООО «{l} и партнёры»", "Стоматология «Улыбка»", "Школа № 57"),
    "uk": ("ТОВ «Бухгалтерія {l}»", "Клініка «Добробут-Захід»", "Ліцей № 3"),
    "bg": ("Счетоводна къща „{l}“", "Зъболекарски кабинет „Усмивка“"),
    "hr": ("Knjigovodstveni servis {l} d.o.o.", "Poliklinika Sveti Vid"),
    "lt": ("UAB „{l} ir partneriai“", "Šeimos klinika „Sveikata“"),
    "ja": ("{l}会計事務所", "{t}中央歯科クリニック", "株式会社みどり工務店"),
    "zh": ("{t}明德会计师事务所", "阳光口腔诊所", "{t}市第十二中学"),
    "ko": ("한빛세무회계", "{t}미소치과", "새솔초등학교"),
    "he": ("משרד רואי חשבון {l}", "מרפאת השיניים הגליל"),
    "ar": ("مكتب {l} للمحاسبة", "عيادة الشفاء لطب الأسنان"),
    "hi": ("{l} एंड एसोसिएट्स", "जीवनदीप क्लिनिक"),
    "th": ("สำนักงานบัญชี{l}", "คลินิกทันตกรรมยิ้มสวย"),
    "vi": ("Công ty TNHH Kế toán {l} Phát", "Nha khoa Nụ Cười"),
    "id": ("Kantor Akuntan {l} & Rekan", "Klinik Pratama Sehat Sentosa", "SD Negeri 3 {t}"),
    "ms": ("Tetuan {l} & Rakan-Rakan", "Klinik Pergigian Senyum", "SK Taman Melati"),
    "tl": ("{l} Accounting Services", "St. Joseph Parish School", "Bayanihan Dental Clinic"),
    "sw": ("{l} & Associates Advocates", "Kliniki ya Afya Bora", "Tumaini Academy"),
}


def make_org(r: random.Random, lang: str, country: str, town: str) -> str:
    pattern = r.choice(_ORG.get(lang, _ORG["en"]))
    lasts = (PEOPLE[country][3] or PEOPLE[country][2]).split("|")
    last, last2 = r.sample(lasts, 2)
    roman = lang == "en" or country in ("CN", "JP", "KR") and lang not in ("zh", "ja", "ko")
    last, last2 = (_roman(last), _roman(last2)) if roman else (_native(last), _native(last2))
    return pattern.replace("{l2}", last2).replace("{l}", last).replace("{t}", town_name(country, town))


# --- Italian towns' cadastral codes (the codice fiscale of _blind_values.make_natid) --------------------------------
_CF_TOWNS = {"Bologna": "A944", "Torino": "L219", "Verona": "L781", "Padova": "G224", "Bari": "A662", "Trieste": "L424", "Parma": "G337",
             "Lecce": "E506"}


# --- Password words ({pw:word|leet|wifi|phrase}, made by _blind_values.make_password) -------------------------------
_PW_WORDS = {
    "en": "Sunflower|Kestrel|Marmalade|Bluebell|Thunder|Lighthouse|Pancake|Biscuit|Waffle|Rainbow",
    "de": "Sommerwiese|Schneeflocke|Fahrrad|Kuchen|Eichhörnchen|Zitrone|Apfelbaum",
    "fr": "Soleil|Papillon|Chocolat|Framboise|Etoile|Lavande",
    "es": "Girasol|Mariposa|Chocolate|Estrella|Naranja",
    "it": "Girasole|Farfalla|Limone|Stella|Tramonto",
    "pl": "Sloneczko|Kotek|Jesien|Biedronka|Malina",
    "nl": "Zonnebloem|Fietsbel|Stroopwafel|Tulp",
    "pt": "Girassol|Borboleta|Saudade|Estrela",
    "tr": "Gunes|Kelebek|Yildiz|Deniz",
    "ru": "Solnyshko|Zvezda|Malina|Vesna",
    "sv": "Solros|Fjaril|Kanelbulle|Sommar",
}
_PHRASE_WORDS = ["otter", "granite", "velvet", "paprika", "hinge", "orbit", "mossy", "tundra", "cobalt", "sprocket", "willow", "ember", "quartz", "lantern", "pebble"]  # {pw:phrase}


# --- Rendering (Context and fill() are _blind_values.py's; this set hands them its tables) ----------------------------
_WORK_DOMAINS = ["kestrelbooks.co.uk", "haus-eichhorn.de", "atelier-morvan.fr", "brightwell-consulting.com", "nordlys-regnskap.no",
                 "studio-galli.it", "bakkerbouw.nl", "pixelfarm.io"]  # {wemail}


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
_PII_EN: list[tuple[str, str]] = [
    # --- English: paperwork, forms, letters, messages ---
    ("en", ("OCR'd the photo page of my passport for an e-visa form and the fields came out scrambled. Can you map these to surname, "
           "given names, passport number, date of birth and expiry?\n\n{mrz}\n\nName on the page: {namecaps}   Date of birth: {dob:long}   "
           "Date of expiry: {mrzexp}")),
    ("en-XX", ("Decoded the QR code on a craftsman's invoice with a scanner app and got this. Which line is the amount, and can I pay it "
              "from my UK account?\n\nBCD\n002\n1\nSCT\n{x:bic}\n{namecaps}\n{iban:plain}\nEUR{n:40:900}.{n:10:99}\n\n{x:rf}\nRechnung {x:invoice}")),
    ("en-US", ("Scanned my W-2 and the tax software wants it typed in by box. Which of these goes where?\n\n"
              "a Employee's social security number   {ssn}\nb Employer identification number   {n:10:98}-{n:1000000:9999999}\n"
              "c Employer's name   {org}, {town}\ne Employee's first name and initial   Last name\n  {first:uc}                            {last:uc}\n"
              "f Employee's address and ZIP code\n  {addrml:uc}\n1 Wages, tips, other comp.  {n:30000:120000}.00   2 Federal income tax withheld  {n:2000:19000}.00")),
    ("en-US", ("I freelance and just got a 1099-NEC from {org}. It lists RECIPIENT'S TIN {ssn:plain}, RECIPIENT'S name {name:uc}, street "
              "address {addr}. Box 1 says ${n:800:40000}.00. Do I also owe self-employment tax on top of income tax?")),
    ("en-US", ("Please tighten up this dispute letter to the credit bureau:\n\n{name}\n{addrml}\nSSN: {ssn}\nDate of birth: {dob}\n\n"
              "To whom it may concern, I am disputing a store card account ending in {n:1000:9999} that was opened on {date:long} using "
              "the mailing address {addr2}, where I have never lived. Please also remove the phone number {phone2} from my file, it is not mine.")),
    ("en-US", ("Filling in the identity theft report. Fraudulent accounts: a Visa {card:visa:dash} opened {date:short}, a Mastercard {card:mc:plain}, and a wireless "
              "line in my name with number {phone2:nat}. My details: {name}, born {dob:long}, SSN {ssn:space}, email {email}. "
              "Which section do the fraud items go in?")),
    ("en-US", ("A candidate sent back our background-check consent form. Can you check the address history has no gaps?\n\n"
              "Legal name: {name}     Other names used: none\nSSN: {ssn}     DOB: {dob:num}\n\nFrom     To       Address\n"
              "03/2019  08/2021  {addr@b}\n09/2021  present  {addr}\n\nReference: {name3}, {phone3}")),
    ("en-US", ("HR wants to run payroll in Gusto. Is this CSV in the right shape for the import?\n\n"
              "first_name,last_name,ssn,date_of_birth,work_email,hourly_rate\n"
              "{first},{last},{ssn:plain},{dob:iso},{wemail},{n:18:42}.50\n"
              "{first2},{last2},{ssn2:plain},{dob2:iso},{wemail2},{n:18:42}.00\n"
              "{first3},{last3},{ssn3:plain},{dob3:iso},{wemail3},{n:18:42}.75")),
    ("en-US", ("Updating the beneficiaries on my Roth IRA. Primary: my husband {name2:m}, SSN {ssn2}, DOB {dob2:num}, 60%. Contingent: "
              "my sister {name3:f}, SSN {ssn3}, DOB {dob3:num}, 40%. Owner: {name:f}, {addr}. Does per stirpes make sense for the contingent?")),
    ("en-US", ("Doing my mom's Medicaid renewal. She is {name2:f}, DOB {dob2:long}, SSN {ssn2}, lives with me at {addr}, phone {phone}. "
              "Her only income is Social Security. Do they count my income too because she lives with us?")),
    ("en-US", ("Dependent care FSA claim: provider {name2} (in-home babysitter), provider SSN {ssn2:dash}, address {addr2}. Care for "
              "{first3:kid} from {date:short} to {date:short@b}. Is a babysitter's SSN enough or do I need a W-10?")),
    ("en-GB", ("Draft the wording for a deed poll. I, {first:f} {last2}, formerly known as {first} {last}, of {addr}, born on "
              "{dob:long}, absolutely renounce my former surname. Witness: {name3}, {addr3}. Is one witness enough for HM Passport Office?")),
    ("en-GB", ("Helping my dad apply for a Blue Badge. Applicant: {name2:m}, date of birth {dob2:num}, National Insurance number "
              "{natid2:nino}, address {addr2}. I'm filling it in as his representative: {name}, mobile {phone:nat}, {email}. Does he qualify "
              "automatically with 10 points on the PIP moving around activity?")),
    ("en-GB", ("My payslip scan is a mess, can you read it?\n\nEMPLOYEE  {namecaps}          EMP NO {n:1000:9999}\nNI NUMBER  {natid:nino:ocr}"
              "     TAX CODE 1257L   NI CAT A\nEMPLOYER  {org}\nBASIC PAY  {n:1800:3600}.00   PENSION  {n:50:180}.40\n\n"
              "Is NI category A right for someone on a part-time contract?")),
    ("en", ("Write a short, polite resignation letter. I'm {name}, warehouse team lead at {org}; my manager is {name2}. My last "
           "working day will be {date:long}. Ask them to send the reference to my personal address {email}.")),
    ("en", ("Sort these wedding RSVPs into tables of eight (Guest | Plus one | Dietary | Phone | Address for the thank-you card):\n\n"
           "{name} | {first4} | vegetarian | {phone} | {addr}\n{name2} | - | none | {phone2} | {addr2}\n"
           "{name3} | {first5} | nut allergy | {phone3} | {addr3}")),
    ("en", ("Shorten this conference speaker bio to 50 words:\n\n{name} builds data pipelines at {org} in {town} and has spent the last "
           "six years untangling flaky Airflow DAGs. Off the clock they run, slowly, and post the evidence at {purl:strava}. "
           "Slides and code: {purl:github}. Badge registration email: {email}.")),
    ("en", ("Can you fix the OCR on this shipping label? I need to re-send the parcel.\n\nSHIP TO:\n{name:uc}\n{addrml:uc}\n"
           "TEL {phone:ocr}\nTRACKING {x:ups}\nWT 2.4 LB  DIM 30x20x12")),
    ("en", ("I decoded the barcode on my boarding pass: M1{last:uc}/{first:uc}      E{x:pnr} LHRJFKBA 0117 {n:100:365}Y023A0041 147>5180  "
           "Which part is the seat and which is the check-in sequence number?")),
    ("en-XX", ("Screenshot text from my banking app; the landlord says the rent never arrived:\n\nPayment sent\n€{n:450:1900}.00\n"
              "To {name2}\n{iban2:grp:ocr}\nReference  Miete {x:invoice}\n{date:long} · {x:time}\nFrom {name} · {iban:grp}\n\n"
              "What should I ask my bank to check?")),
    ("en-US", ("Someone I sold concert tickets to reversed the payment. Their Venmo is {purl2:venmo} and they texted me from {phone2}. "
              "Mine is {purl:venmo}. How do I dispute it?")),
    ("en", ("ok so note to self um call {first2:f} from the pharmacy back on {date:spoken} her number is {phone2:nat} and ask {first3} "
           "whether the side door keypad is still {pw:pin} or if they changed it after the move")),
    ("en-XX", ("Is this a scam? Summarize the thread for me:\n\nFrom: {name2} <{email2}>\nSent: Tuesday 10:42\nTo: {name} <{wemail}>\n"
              "Subject: RE: Invoice {x:invoice}\n\nHi {first}, our bank details have changed, please pay the open invoice to "
              "{iban2:grp} from now on.\n\nBest,\n{name2}\n{org}\nT {phone2:intl}\n{purl2:linkedin}\n\n-----Original Message-----\nFrom: {name} <{wemail}>\n"
              "Sent: Monday 16:03\nSubject: Invoice {x:invoice}\n\nHi {first2}, thanks, we'll pay it this week.")),
    ("en", ("Help me reply, keep it short and friendly:\n\n> On Thursday, {name2} <{email2}> wrote:\n> Hi! Is the cot still for sale? "
           "I could pick it up from {addr} on {date:short} around {x:time}. My number is {phone2} in case you need it.\n> {first2}")),
    ("en-GB", ("Reporting my stolen phone online. IMEI {x:imei}, my number {phone:nat}. Last seen at {org} in {town} on {date:long} "
              "around {x:time}. Me: {name}, born {dob}, living at {addr}. What else do the police usually ask for?")),
    ("en-AU", ("The repair shop gave me this ticket, is it normal that they asked for my passcode?\n\nJob {x:order}\nCustomer: {name}\n"
              "Mobile: {phone}\nEmail: {email}\nDevice: iPhone 13, IMEI {x:imei}\nFault: cracked screen, Face ID\nPasscode: {pw:pin}\n"
              "Deposit: $50 paid by card {card:sp} (exp {exp})")),
    ("en-IN", ("Draft a leave-and-licence clause. Licensor: {name}, Aadhaar {natid:aadhaar}. Licensee: {name2}, PAN {natid2:pan}, "
              "permanent address {addr2}. Premises: {addr}. Rent ₹{n:12000:60000} a month, deposit received on {date:long}.")),
    ("en-AU", ("TFN declaration for my new job at {org}: TFN {natid}, name {name}, date of birth {dob:num}, home address {addr}. "
              "Should I claim the tax-free threshold here if I also keep my weekend job?")),
    ("en-ZA", ("Registering my domestic worker for UIF. Employee: {name2:f}, ID {natid2}, cellphone {phone2}. Employer: {name}, {addr}, "
              "{email}. Do I also need to register her for COIDA?")),
    ("en-IE", ("We're taking the dog to France. Section I of the EU pet passport says: Owner {name}, {addr}, {phone:intl}, {email}. "
              "Microchip {n:100000000:999999999}{n:100000:999999}, rabies vaccine given {date:long}. Is the 21-day wait counted from that day?")),
    ("en", ("Explain this MRI report in plain words:\n\nPATIENT: {namecaps}   DOB: {dob:num}   MRN: {n:1000000:9999999}\n"
           "REFERRING: Dr. {name2}\nFACILITY: {org}, {town}\nEXAM: {date:num}\nFINDINGS: Mild disc bulge at L4-L5 without nerve root "
           "compression. Small Schmorl's node at L2.")),
    ("en", "Fix the layout of my CV header so it fits on one line:\n\n{name:uc}\n{town} · {phone:intl} · {email}\n{purl:linkedin}  |  {purl:site}"),
    ("en", ("Scanned a donation form and the card box came out on two lines. Is this the whole number?\n\nCard number: {card:split}\n"
           "Name on card: {holder}\nExpiry {exp}\nDonor address: {addr}")),
    ("en-GB", ("OCR of my virtual card screen so I can add it to the supplier portal. Did it read it right?\n\nVirtual card\n"
              "{card:mc:dsp}\nEXPIRES {exp}   CVC {cvv}\n{holder}\nBilling address: {addr}")),
    ("en", ("Our assistant booked my corporate trip and emailed back: \"Charged to Amex {card:amex:sp}, {holder}, CVV on file.\" "
           "Is it normal for a travel agency to email the full card number? Who should I report it to at {org}?")),
    ("en", ("my brother sent me his card on whatsapp so i can book our flights: {card:dot} exp {exp} cvc {cvv} name {holder}. "
           "is it safe to save it in my browser or should i delete the chat")),
    ("en-US", ("Old receipt from a diner printed the full card number, is that legal?\n\nTHE SUNRISE DINER\nSERVER: {first2}\n"
              "VISA            {card:visa:plain}\nAUTH {n:100000:999999}\nTOTAL           ${n:12:95}.{n:10:99}\n\nCARDHOLDER: {holder}")),
    ("en", ("I'm migrating from Square to Stripe and support asked me to send a sample row of the card export. Is it OK to send this?\n\n"
           "customer_name,email,card_number,exp,postal_code\n{name},{email},{card:plain},{exp},{n:10000:99999}")),
    ("en", ("My accountant asked for the tax docs; I shared this folder with her: {purl:drive}. Is link sharing safe enough or should "
           "I add her address {email2} explicitly?")),
    # --- English: data from systems ---
    ("en", ("Why does this customer show up twice in our CRM import? psql output:\n\n-[ RECORD 1 ]--+---------------------------\n"
           "id             | {n:10000:49999}\nfull_name      | {name}\nemail          | {email}\nphone          | {phone:e164}\n"
           "date_of_birth  | {dob:iso}\nsignup_ip      | {ip:pub}\n-[ RECORD 2 ]--+---------------------------\nid             | {n:50000:99999}\n"
           "full_name      | {name:uc}\nemail          | {email:uc}\nphone          | {phone:e164}\ndate_of_birth  | {dob:iso}\nsignup_ip      | {ip:pub@b}")),
    ("en-XX", ("mysql> SELECT * FROM payouts WHERE status = 'failed'\\G\n*************************** 1. row ***************************\n"
              "     payout_id: {x:order}\naccount_holder: {name}\n          iban: {iban:plain}\n        amount: €{n:40:3000}.00\n"
              "failure_reason: AC04\n    created_ip: {ip:pub}\n\nWhat does AC04 mean and what should I tell the customer?")),
    ("en", ("redis-cli HGETALL session:{x:uuid}\n 1) \"user\"\n 2) \"{email}\"\n 3) \"name\"\n 4) \"{name}\"\n 5) \"last_ip\"\n 6) \"{ip:v6}\"\n"
           " 7) \"etag\"\n 8) \"{x:md5}\"\n 9) \"google_refresh\"\n10) \"{tok:google_refresh}\"\n\nIs it bad that we keep the refresh token in the session hash?")),
    ("en", ("pytest fails on the serializer test and I can't see why:\n\nE   AssertionError: assert {{'name': '{name}', 'email': '{email}', "
           "'card_number': '{card:plain}'}} == {{'name': '{name:uc}', 'email': '{email}', 'card_number': '{card:plain}'}}\n\n"
           "(I copied a real order into the fixture, I know, I know.) How do I generate fake ones instead?")),
    ("en", ("Our Spring log prints this on every checkout, is that a GDPR problem?\n\n09:14:07.221 INFO  c.a.billing.CheckoutService : processing "
           "Customer{{id={n:1000:99999}, fullName='{name}', email='{email}', phone='{phone:intl}', billingAddress='{addr}', "
           "cardNumber='{card:plain}', cvv='{cvv}'}}")),
    ("en-XX", ("thread 'main' panicked at src/import.rs:88:14:\ncalled `Result::unwrap()` on an `Err` value: ValidationError {{ field: "
              "\"iban\", record: Payee {{ name: \"{name}\", iban: \"{iban:grp}\", email: \"{email}\", town: \"{town}\" }} }}\n\n"
              "The IBAN looks fine to me. Is my validator wrong about the spaces?")),
    ("en-US", ("level=error msg=\"kyc check failed\" applicant=\"{{FirstName:{first} LastName:{last} DOB:{dob:iso} SSN:{ssn:plain} "
              "Phone:{phone:e164} IP:{ip:pub}}}\" err=\"address mismatch\"\n\nhow do I make logrus redact struct fields like these?")),
    ("en", ("db.patients.findOne() returns\n{{\n  _id: ObjectId('{x:oid}'),\n  name: {{ given: '{first}', family: '{last}' }},\n"
           "  birthDate: ISODate('{dob:iso}T00:00:00.000Z'),\n  phone: '{phone}',\n  address: '{addr}',\n  gp: 'Dr. {name2}',\n"
           "  clinic: '{org}'\n}}\nHow do I project only the fields the scheduling service needs?")),
    ("en", ("\"hits\": [ {{ \"_index\": \"support-tickets\", \"_id\": \"{x:uuid}\", \"_source\": {{ \"requester\": \"{name}\", "
           "\"requester_email\": \"{email}\", \"body\": \"my card {card:sp} was charged twice on {date:long}\", \"client_ip\": \"{ip:pub}\" }} }} ]\n\n"
           "Why does a match query for \"charged twice\" not find this document?")),
    ("en", ("Rich traceback from our payment worker, with locals:\n\n│ amount      = Decimal('{n:10:500}.00')\n│ card_number = '{card:plain}'\n"
           "│ holder      = '{holder}'\n│ customer    = <Customer id={n:1000:9999} email='{email}'>\n│ retry       = 3\n\n"
           "KeyError: 'issuer'. Also: how do I stop Rich from printing locals in production?")),
    ("en", ("customer {{\n  display_name: \"{name}\"\n  email: \"{email}\"\n  payment_method {{\n    card {{ pan: \"{card:plain}\" exp_month: "
           "{n:1:12} exp_year: 2029 }}\n  }}\n  last_login_ip: \"{ip:v6}\"\n}}\n\nThat's protobuf text format from our debug endpoint. "
           "How do I mark pan as debug_redact?")),
    ("en-US", ("Export from our Shopify store, the import into QuickBooks breaks on these rows. Header first:\n\n"
              "Name,Email,Financial Status,Fulfillment Status,Currency,Subtotal,Shipping,Taxes,Total,Discount Code,Shipping Method,"
              "Billing Name,Billing Address,Billing Phone\n...\n#{n:1001:4999},{email},paid,unfulfilled,USD,{n:20:300}.00,0.00,0.00,"
              "{n:20:300}.00,,Standard,{name},\"{addr}\",{phone:e164}\n#{n:5000:9999},{email2},paid,fulfilled,USD,{n:20:300}.00,4.99,0.00,"
              "{n:20:300}.00,SPRING10,Express,{name2},\"{addr2}\",{phone2:e164}")),
    ("en", ("{{\"eventType\": \"user.session.start\", \"outcome\": {{\"result\": \"FAILURE\", \"reason\": \"INVALID_CREDENTIALS\"}}, "
           "\"actor\": {{\"alternateId\": \"{wemail}\", \"displayName\": \"{name}\"}}, \"client\": {{\"ipAddress\": \"{ip:pub}\", "
           "\"geographicalContext\": {{\"city\": \"{town}\"}}}}}}\n\nOkta shows 40 of these in an hour for one user. Password spraying?")),
    ("en", ("Network clients page from my UniFi controller, which one is eating the bandwidth?\n\nName                 IP              MAC\n"
           "{first}'s iPhone       {ip:priv}    {x:mac}\n{first2}-MacBook-Air    {ip:priv@b}    {x:mac@b}\nLiving Room TV       "
           "{ip:priv@c}    {x:mac@c}")),
    # --- English: configs, shells, logs with secrets and addresses ---
    ("en", ("Claude Desktop won't start the GitHub MCP server. My claude_desktop_config.json:\n\n{{\n  \"mcpServers\": {{\n    \"github\": {{\n"
           "      \"command\": \"npx\",\n      \"args\": [\"-y\", \"@modelcontextprotocol/server-github\"],\n      \"env\": {{ "
           "\"GITHUB_PERSONAL_ACCESS_TOKEN\": \"{tok:ghpat}\" }}\n    }},\n    \"brave-search\": {{\n      \"command\": \"npx\",\n"
           "      \"env\": {{ \"BRAVE_API_KEY\": \"{tok:brave}\" }}\n    }}\n  }}\n}}")),
    ("en", ("Autocomplete is slow in VS Code. My Continue config.yaml:\n\nmodels:\n  - name: deepseek via openrouter\n    provider: openrouter\n"
           "    model: deepseek/deepseek-chat\n    apiKey: {tok:openrouter}\n  - name: codestral\n    provider: mistral\n    apiKey: {tok:mistral}\n"
           "    roles: [autocomplete]\n\nWhich of these should do tab completion?")),
    ("en", ("Consumer can't connect to Confluent Cloud. client.properties:\n\nbootstrap.servers=pkc-{x:short_sha}.eu-west-1.aws.confluent.cloud:9092\n"
           "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule "
           "required username=\"{tok:confluent_key}\" password=\"{tok:confluent_secret}\";")),
    ("en", ("Gitea keeps logging me out. app.ini:\n\n[database]\nDB_TYPE = postgres\nHOST    = {ip:priv}:5432\nUSER    = gitea\n"
           "PASSWD  = `{pw:random}`\n\n[security]\nSECRET_KEY     = {tok:hex64}\nINTERNAL_TOKEN = {tok:jwt}\n\n[mailer]\nUSER   = {wemail}\nPASSWD = {pw:word@b}")),
    ("en", ("I got this back from Google's token endpoint. How do I store the refresh token safely in Flask?\n\n{{\n  \"access_token\": "
           "\"{tok:google_access}\",\n  \"expires_in\": 3599,\n  \"refresh_token\": \"{tok:google_refresh}\",\n  \"scope\": "
           "\"https://www.googleapis.com/auth/calendar.readonly\",\n  \"token_type\": \"Bearer\"\n}}")),
    ("en", ("Nightly cron pulls partner files:\n\nwget --user=reports --password='{pw}' ftp://{ip:pub}/exports/daily.csv\nlftp -u partner,{pw:random@b} "
           "sftp://{ip:pub@b} -e 'mirror /out ./in; bye'\n\nHow do I get the passwords out of the crontab?")),
    ("en", ("sqlplus hr_app/{pw:word}@//{ip:priv}:1521/ORCLPDB1\nERROR: ORA-28001: the password has expired\n\nand the same script runs "
           "sqlcmd -S {ip:priv@b},1433 -U sa -P '{pw:random@b}' -Q \"BACKUP DATABASE finance TO DISK='F:\\bak\\fin.bak'\". How do I rotate both safely?")),
    ("en", ("Why can other users on the box see this in ps aux?\n\nroot      2211  0.3  1.2 python3 sync.py --db-url postgresql://{cred:etl}@{ip:priv}:5432/"
           "warehouse --api-key {tok:datadog_api}\nwww-data  3120  0.0  0.4 php-fpm: pool www")),
    ("en", ("I committed and pushed this an hour ago. How do I purge it from history?\n\ndiff --git a/config/production.yml b/config/production.yml\n"
           "@@ -12,7 +12,7 @@ smtp:\n   host: smtp.mailgun.org\n-  password: <%= ENV['SMTP_PASSWORD'] %>\n+  password: {pw}\n paypal:\n"
           "-  client_secret: <%= ENV['PAYPAL_SECRET'] %>\n+  client_secret: {tok:paypal_secret}")),
    ("en", ("Our kiosk image uses this autounattend.xml. Anything wrong with it?\n\n<UserAccounts>\n  <AdministratorPassword>\n    <Value>{pw}</Value>\n"
           "    <PlainText>true</PlainText>\n  </AdministratorPassword>\n  <LocalAccounts>\n    <LocalAccount wcm:action=\"add\">\n      <Name>kiosk</Name>\n"
           "      <Password><Value>{pw:word@b}</Value><PlainText>true</PlainText></Password>\n    </LocalAccount>\n  </LocalAccounts>\n</UserAccounts>")),
    ("en", ("Exported two entries from KeePassXC to XML to move them. Is this valid for import?\n\n<Entry>\n <String><Key>Title</Key><Value>Router</Value></String>\n"
           " <String><Key>UserName</Key><Value>admin</Value></String>\n <String><Key>Password</Key><Value ProtectInMemory=\"True\">{pw}</Value></String>\n"
           " <String><Key>URL</Key><Value>http://{ip:priv}</Value></String>\n</Entry>\n<Entry>\n <String><Key>Title</Key><Value>Credit union</Value></String>\n"
           " <String><Key>UserName</Key><Value>{email}</Value></String>\n <String><Key>Password</Key><Value ProtectInMemory=\"True\">{pw:random@b}</Value></String>\n</Entry>")),
    ("en", ("FreeRADIUS rejects the branch firewall. clients.conf:\n\nclient office-ap-1 {{\n    ipaddr = {ip:priv}\n    secret = {pw:random}\n}}\n"
           "client branch-fw {{\n    ipaddr = {ip:pub}\n    secret = {pw:random@b}\n}}")),
    ("en", ("strongSwan tunnel won't come up. /etc/ipsec.secrets:\n\n{ip:pub} {ip:pub@b} : PSK \"{pw:random}\"\n: RSA vpn-key.pem\n\n"
           "and in ipsec.conf left={ip:pub}, right={ip:pub@b}. Is PSK even supported with IKEv2 here?")),
    ("en", "Headless Pi won't join Wi-Fi. wpa_supplicant.conf:\n\ncountry=GB\nnetwork={{\n    ssid=\"{last} Family\"\n    psk=\"{pw:wifi}\"\n    key_mgmt=WPA-PSK\n}}"),
    ("en", ("Backups to Backblaze fail with 401:\n\nexport BORG_PASSPHRASE='{pw:phrase}'\nexport BORG_REPO=ssh://borg@{ip:pub}/./backups\n"
           "b2 account authorize {tok:b2_id} {tok:b2_key}\nb2 sync /var/backups b2://family-photos-{n:100:999}")),
    ("en", "Is it safe to keep this key.txt in my private dotfiles repo?\n\n# created: by age-keygen\n# public key: {x:agepub}\n{tok:age}"),
    ("en", "WinSCP says the key format is wrong. Here's the .ppk:\n\n{ppk}"),
    ("en", ("hardhat.config.js, deploy to Sepolia fails with 'insufficient funds':\n\nnetworks: {{\n  sepolia: {{\n    url: "
           "\"https://eth-sepolia.g.alchemy.com/v2/{tok:alchemy}\",\n    accounts: [\"{tok:eth}\"]\n  }}\n}}")),
    ("en-IN", ("Payments work in test mode but not live. Node code:\n\nconst razorpay = new Razorpay({{ key_id: 'rzp_live_{x:rzpid}', "
              "key_secret: '{tok:razorpay_secret}' }});\nconst order = await razorpay.orders.create({{ amount: 49900, currency: 'INR', notes: "
              "{{ customer: '{name}', email: '{email}', phone: '{phone:e164}' }} }});")),
    ("en-NG", ("Webhook signature check fails. .env:\n\nPAYSTACK_SECRET_KEY={tok:paystack}\nFLW_SECRET_KEY={tok:flutterwave}\n\n"
              "and the payload has customer: {{ email: \"{email}\", phone: \"{phone}\", first_name: \"{first}\" }}. What am I hashing wrong?")),
    ("en", ("export CONSUL_HTTP_ADDR=https://{ip:priv}:8501\nexport CONSUL_HTTP_TOKEN={tok:consul}\nexport NOMAD_TOKEN={tok:consul@b}\n"
           "nomad job run api.nomad.hcl\nError: 403 ACL token not found. Are the tokens in the wrong datacenter?")),
    ("en", ("Our CI log printed the secrets because somebody left set -x on:\n\n+ doppler secrets download --no-file --token {tok:doppler}\n"
           "+ export PULUMI_ACCESS_TOKEN={tok:pulumi}\n+ export OP_SERVICE_ACCOUNT_TOKEN={tok:op}\n+ pulumi up --yes --stack prod\n\n"
           "Which of these do I rotate first?")),
    ("en", ("git clone https://{credtok:build:azure_devops}@dev.azure.com/contoso/Shop/_git/shop-api\nfatal: Authentication failed\n\n"
           "The PAT has Code (Read) scope. What else does it need?")),
    ("en", ("Traefik logs, is this a credential-stuffing attempt?\n\n{{\"ClientAddr\":\"{ip:pub}:{n:30000:65000}\",\"ClientHost\":\"{ip:pub}\","
           "\"DownstreamStatus\":401,\"RequestPath\":\"/api/login\",\"request_User-Agent\":\"python-requests/2.32.3\"}}\n"
           "{{\"ClientAddr\":\"[{ip:v6}]:{n:30000:65000}\",\"ClientHost\":\"{ip:v6}\",\"DownstreamStatus\":401,\"RequestPath\":\"/api/login\"}}")),
    ("en", ("dovecot log, someone is hammering one mailbox:\n\nimap-login: Disconnected: Auth failed, 3 attempts: user=<{email}>, method=PLAIN, "
           "rip={ip:pub}, lip={ip:priv}, TLS\nimap-login: Disconnected: Auth failed, 3 attempts: user=<{email}>, method=PLAIN, rip={ip:pub@b}, "
           "lip={ip:priv}, TLS")),
    ("en", ("cscli decisions list\n+--------+----------+---------------------+----------------------------+--------+\n|   ID   |  Source  |     Scope:Value     "
           "|           Reason           | Action |\n+--------+----------+---------------------+----------------------------+--------+\n"
           "| {n:1000:9999} | crowdsec | Ip:{ip:pub} | crowdsecurity/ssh-bf | ban |\n| {n:1000:9999@b} | crowdsec | Ip:{ip:pub@b} | "
           "crowdsecurity/http-probing | ban |\n| {n:1000:9999@c} | crowdsec | Ip:{ip:v6} | crowdsecurity/http-bad-user-agent | ban |\n\n"
           "The second one is my own office line. How do I whitelist it permanently?")),
]

_PII_XX: list[tuple[str, str]] = [
    ("de-CH", ("Kannst du mir erklären, welche Zeile was bedeutet? Das hat die App aus dem QR-Code der Rechnung gelesen:\n\nSPC\n0200\n1\n"
              "{iban:CH:plain}\nK\n{name2}\n{addrml2}\n\n\nCH\n\n\n\n\n\n\n\n{n:50:900}.00\nCHF\nK\n{name}\n{addrml}\n\n\nCH\nSCOR\n{x:rf}\n"
              "Rechnung {x:invoice}\nEPD")),
    ("de-DE", ("Ich wechsle zur {org} und fülle gerade den Kontowechselservice aus. Passt das so?\n\nKontoinhaber: {name}\nGeburtsdatum: {dob}\n"
           "Bisherige IBAN: {iban:DE}\nNeue IBAN: {iban:DE@b}\nKreditkarte umstellen: {card:mc:sp}\n\nDaueraufträge übernehmen: Miete an "
           "{name2}, {iban2:DE}; Kita-Beitrag monatlich {n:90:400} Euro.")),
    ("de-DE", ("Antrag auf Kindergeld, Anlage Kind. Stimmt das so? Vorname {first2:baby}, Familienname {last:f}, geboren am {dob2:long} in "
           "{town}, Identifikationsnummer des Kindes {natid2}. Antragstellerin {name:f}, Steuer-ID {natid}, Auszahlung auf {iban:DE}.")),
    ("de-AT", ("Bitte formulier mir eine höfliche Terminabsage als Antwort auf diese SMS: „Sehr geehrte/r {name}, Ihr Termin in der "
              "{org} am {date:long} um {x:time} Uhr ist bestätigt. Bitte e-card mitbringen, SV-Nr. {natid}.“ Meine Nummer: {phone}.")),
    ("de-DE", ("Kannst du aus meiner Lohnsteuerbescheinigung (Scan) die Werte ablesen?\n\nIdentifikationsnummer: {natid:ocr}\n{namecaps}\n"
           "{addrml}\nGeburtsdatum {dob:num}\nArbeitgeber: {org}\n3. Bruttoarbeitslohn {n:30000:70000},00")),
    ("fr", ("Rédige une attestation d'hébergement : je soussigné(e) {name}, né(e) le {dob:long} à {town}, demeurant {addr}, atteste "
           "héberger {name2} du {date:long} au {date:long@b}. Téléphone {phone}, courriel {email}.")),
    ("fr", ("Mon bulletin de paie scanné, je ne comprends pas une ligne :\n\nSALARIÉ : {namecaps}\nN° SS : {natid:ocr}\nEmploi : agent logistique\n"
           "Employeur : {org}\nVirement sur : {iban:FR:grp}\nNet à payer : {x:price}\n\nPourquoi la mutuelle apparaît deux fois ?")),
    ("fr", ("Le propriétaire du gîte m'a répondu par mail : « Merci {first}, pour l'acompte j'ai bien noté votre carte "
           "{card:visa:dot}, expiration {exp}. Adresse du gîte : {addr2}, les clés sont chez {name2}, {phone2}. » Est-ce normal qu'il garde le numéro ?")),
    ("fr-BE", ("Nous emménageons au {addr} le {date:long}. Pour la commune : {name} (NN {natid}), {name2} (NN {natid2}) et notre fils "
              "{first3:m:kid} (NN {natid3}). Que faut-il apporter au guichet ?")),
    ("es-ES", ("Voy a empadronarme en {town}. Datos: {name:f}, NIE {natid}, nacida el {dob:long}, domicilio {addr}, teléfono {phone}, "
           "correo {email}. ¿Qué documentos necesito si el piso es de alquiler?")),
    ("es-MX", ("¿Me ayudas a revisar si mi CURP está bien? Nombre: {name}, fecha de nacimiento: {dob:long}, CURP: {natid}. Lo necesito "
              "para el trámite del SAT y para abrir la cuenta en {org}. Mi cel es {phone}.")),
    ("es-AR", ("Me escanearon el recibo de sueldo y no entiendo un concepto:\n\nEmpleado: {namecaps}\nCUIL: {natid}\nFecha de ingreso: "
              "{date:num}\nEmpresa: {org}\nSueldo básico: $ {n:400000:1900000},00\n\n¿Qué es el 'adicional por presentismo'?")),
    ("es", ("El pod no arranca, ¿está mal el Secret?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: pagos\ntype: Opaque\nstringData:\n"
           "  MERCADOPAGO_ACCESS_TOKEN: {tok:mercadopago}\n  DB_PASSWORD: {pw}\n  DB_HOST: {ip:priv}")),
    ("it", ("Per il 730 precompilato devo indicare: {name:m}, codice fiscale {natid}, nato a {town} il {dob:long}, IBAN per il "
           "rimborso {iban:IT}. Mia moglie {name2:f} (CF {natid2}) risulta a carico?")),
    ("it", ("Ho questa chat su Telegram, come la cancello per entrambi?\n\n[{x:time}] {first}: mi mandi i dati della carta per l'albergo?\n"
           "[{x:time@b}] {first2}: {card:sp}\n[{x:time@c}] {first2}: scad. {exp} cvv {cvv}\n[{x:time@d}] {first2}: intestata a {holder2}")),
    ("nl-NL", ("Klopt dit voor de huurtoeslag? {name}, BSN {natid}, geboren {dob:long}, adres {addr}, IBAN {iban:NL}, medebewoner {name2} "
           "(BSN {natid2}). Tellen de servicekosten mee?")),
    ("nl-BE", ("Nieuwe huurder voor ons appartement: {name}, rijksregisternummer {natid}, gsm {phone}, huurwaarborg gestort op "
              "{iban:BE} op {date:long}. Moet de waarborg op een geblokkeerde rekening?")),
    ("pt", "Preciso de fatura com NIF: {name}, NIF {natid}, morada {addr}. Pago por MB WAY para o {phone}. Como peço a segunda via?"),
    ("pt-BR", ("esse print_r tá indo pro log de produção, como eu tiro?\n\nArray\n(\n    [nome] => {name}\n    [cpf] => {natid}\n"
              "    [email] => {email}\n    [celular] => {phone}\n    [cartao] => Array\n        (\n            [numero] => {card:plain}\n"
              "            [validade] => {exp}\n        )\n)")),
    ("pt-BR", ("Copiei o comprovante do app, o recebedor diz que não caiu:\n\nValor R$ {n:50:3000},00\nPara {name2}\nCPF {natid2}\n"
              "Instituição {org}\nData {date:num}\nID da transação {x:uuid}")),
    ("pl", ("Wypełniam wniosek o 800+ dla syna: {name2:m:kid}, PESEL {natid2}, urodzony {dob2:long}. Wnioskodawca: {name:f}, PESEL "
           "{natid}, tel. {phone}, numer rachunku {iban:PL}. Czy muszę dołączać akt urodzenia?")),
    ("pl", ("Kupujący z OLX napisał: „Dzień dobry, proszę wysłać do paczkomatu przy {addr2}, {name2}, tel. {phone2}. Przelew zrobię na "
           "{iban:PL:grp}, zgadza się?” To mój numer konta. Czy to może być oszustwo?")),
    ("sv", "Hjälp mig formulera en flyttanmälan: {name}, personnummer {natid}, flyttar från {addr@b} till {addr} den {date:long}. Mejl {email}."),
    ("no", "Søknad om barnehageplass: barn {name2:kid}, fødselsnummer {natid2}, født {dob2:long}; forelder {name}, tlf. {phone}, adresse {addr}."),
    ("da", "Skal jeg skrive til Skattestyrelsen? {name}, CPR {natid}, NemKonto {iban:DK}, {addr}. Min forskudsopgørelse mangler fradraget for {org}."),
    ("fi", "Kela-hakemus, onko tämä oikein? {name}, henkilötunnus {natid}, tilinumero {iban:FI}, puhelin {phone}, osoite {addr}."),
    ("cs", ("Přihláška do školky: dítě {name2:kid}, rodné číslo {natid2}, datum narození {dob2:long}; zákonný zástupce {name}, tel. {phone}, "
           "e-mail {email}, bydliště {addr}.")),
    ("sk", "Potrebujem splnomocnenie: Ja, {name}, r. č. {natid}, bytom {addr}, splnomocňujem {name2}, nar. {dob2:long}, na prevzatie zásielky."),
    ("hu", ("Segíts megírni egy meghatalmazást: Alulírott {name} (adóazonosító jel: {natid}, szül.: {dob:long}, lakcím: {addr}) "
           "meghatalmazom {name2} részére a csomag átvételét. Telefon: {phone}.")),
    ("ro", ("Cerere pentru alocația copilului: mama {name:f}, CNP {natid}; copil {name2:kid}, CNP {natid2}, născut la {dob2:long}; "
           "cont {iban:RO}. Ce acte mai trebuie?")),
    ("tr", "e-Devlet'te adres değişikliği yapacağım: {name}, T.C. {natid}, yeni adres {addr}, cep {phone}. Kira kontratı gerekli mi?"),
    ("tr", ("Annem WhatsApp'tan kartını gönderdi: {card:troy:sp} son kullanma {exp}. Kira için {name2}'e {iban:TR:grp} hesabına "
           "göndermemi istiyor. Kartla havale yapılır mı?")),
    ("el", ("Γράψε μια υπεύθυνη δήλωση: ο/η {name}, ΑΜΚΑ {natid}, γεννηθείς/-είσα {dob:long}, κάτοικος {addr}, τηλ. {phone}, "
           "δηλώνω ότι δεν έχω λάβει επίδομα.")),
    ("ru", ("Помогите составить заявление на налоговый вычет: {name}, ИНН {natid}, дата рождения {dob:long}, адрес {addr}, "
           "телефон {phone}, эл. почта {email}.")),
    ("ru", ("Битрикс после переезда не видит базу. /bitrix/.settings.php:\n\n'connections' => array('value' => array('default' => array(\n"
           "  'host' => '{ip:priv}',\n  'database' => 'sitemanager',\n  'login' => 'bitrix0',\n  'password' => '{pw:random}',\n))),\n\n"
           "Старый сервер был {ip:pub}. Что ещё поменять?")),
    ("uk", "Довідка для ЦНАП: {name}, РНОКПП {natid}, дата народження {dob:long}, адреса {addr}, тел. {phone}, IBAN {iban:UA}."),
    ("bg", "Декларация за банката: {name}, ЕГН {natid}, адрес {addr}, тел. {phone}, IBAN {iban:BG}. Правилно ли е попълнено?"),
    ("hr", "Prijava prebivališta: {name}, OIB {natid}, datum rođenja {dob:long}, nova adresa {addr}, e-mail {email}. Treba li mi ugovor o najmu?"),
    ("lt", "Prašymas savivaldybei: {name}, asmens kodas {natid}, gim. {dob:long}, adresas {addr}, tel. {phone}, sąskaita {iban:LT}."),
    ("ja", "マイナンバーカードの住所変更の手続きを教えてください。氏名 {name}、生年月日 {dob:long}、個人番号 {natid}、新住所 {addr}、電話 {phone}。"),
    ("ja", ("本番だけ 500 エラーになります。.env のコメントは日本語です:\n\n# 決済（本番）\nSTRIPE_SECRET_KEY={tok:stripe}\n# LINE 通知\n"
           "LINE_CHANNEL_ACCESS_TOKEN={tok:line}\n# DB\nDATABASE_URL=mysql://{cred}@{ip:priv}:3306/shop")),
    ("zh", "帮我写一份租房合同补充条款：出租人 {name}，身份证号 {natid}，电话 {phone}；承租人 {name2}，身份证号 {natid2}；房屋地址 {addr}；起租日 {date:long}。"),
    ("zh", "我的信用卡 {card:cup:sp} 在 {date:short} 被盗刷了三笔，持卡人 {name}，预留手机 {phone}。给银行写投诉该怎么说？"),
    ("zh", ("部署到测试环境后连不上数据库，application.properties：\n\nspring.datasource.url=jdbc:mysql://{ip:priv}:3306/mall\n"
           "spring.datasource.username=mall\nspring.datasource.password={pw}\naliyun.oss.access-key-id={tok:aliyun_id}\n"
           "aliyun.oss.access-key-secret={tok:aliyun_secret}")),
    ("ko", "쿠팡 결제가 계속 실패해요. 카드번호 {card:sp}, 유효기간 {exp}, 명의 {name}, 휴대폰 {phone:mob}. 카드사에 뭐라고 물어봐야 하나요?"),
    ("ko", "병원 접수 문자 내용 정리해줘: {name}님 {date:long} {x:time} {org} 건강검진 예약 완료. 주민등록번호 {natid} 확인 필요. 문의 {phone2}."),
    ("he", "תעזור לי לנסח ייפוי כוח: אני {name}, ת.ז. {natid}, גר ב{addr}, טלפון {phone}, מייפה את כוחו של {name2} לטפל בחשבון החשמל."),
    ("ar", ("ساعدني في كتابة رسالة لتجديد عقد الإيجار: المستأجر {name}، رقم الهوية {natid}، الهاتف {phone}، البريد {email}، العنوان {addr}، "
           "رقم الآيبان {iban:AE}.")),
    ("hi", ("मेरे बेटे का स्कूल एडमिशन फ़ॉर्म भरना है: नाम {name2:m:kid}, जन्म तिथि {dob2:long}, आधार {natid2:aadhaar}; पिता {name:m}, "
           "मोबाइल {phone}, पता {addr}। क्या यह सही है?")),
    ("th", "ช่วยเขียนหนังสือมอบอำนาจ: ข้าพเจ้า {name} เลขประจำตัวประชาชน {natid} อยู่บ้านเลขที่ {addr} โทร {phone} มอบอำนาจให้ {name2} ไปรับพัสดุแทน"),
    ("vi", ("Giúp mình viết đơn xin nghỉ phép: Tôi là {name}, CCCD {natid}, sinh ngày {dob:long}, nhân viên {org}, SĐT {phone}, "
           "email {email}, xin nghỉ từ ngày {date:long}.")),
    ("id", "Tolong cek formulir BPJS saya: Nama {name}, NIK {natid}, tanggal lahir {dob:long}, alamat {addr}, HP {phone}."),
    ("ms", "Tolong semak borang ini: Nama {name}, No. MyKad {natid}, alamat {addr}, telefon {phone}, e-mel {email}, majikan {org}, LinkedIn {purl:linkedin}."),
    ("tl", ("Pakitingnan itong GCash dispute ko: {name}, GCash number {phone}, nag-send ako ng ₱{n:500:9000} kay {name2} noong "
           "{date:long} pero hindi dumating. Naka-link na card: {card:sp}.")),
    ("sw", ("Nisaidie kuandika barua ya malalamiko kwa benki: Jina {name}, KRA PIN {natid}, simu {phone}, barua pepe {email}. "
           "Kadi yangu {card:sp} ilitozwa mara mbili tarehe {date:long}.")),
    ("de", ("Kannst du mein Bewerbungsanschreiben kürzen? Kopfzeile: {name} · {addr} · {phone} · {email} · {purl:xing}. "
           "Ich bewerbe mich bei {org} in {town}.")),
    ("ru", "Кто-то создал фейковую страницу с моими фото: {purl2:vk}. Моя настоящая {purl:vk}. Как пожаловаться в поддержку?"),
    ("ja", "ブログのプロフィール欄を直して: {name}（{town}在住）。{org}勤務。記事は {purl:note} に書いています。連絡は {email} まで。"),
    ("es", "Mi exsocio sigue usando mi foto en su perfil: {purl2:ig}. Yo soy {name}, de {town}, y mi perfil es {purl:ig}. ¿Cómo lo denuncio?"),
]

FRESH12_PII: list[tuple[str, str]] = _PII_EN + _PII_XX

FRESH12_NEGATIVE: list[tuple[str, str]] = [
    ("en", "What's the difference between the IMEI {x:imei} on the box and the serial number in Settings? Which one do carriers use?"),
    ("en", "UPS tracking {x:ups} says 'exception: address information required'. What does that usually mean?"),
    ("en", "Is ISBN {x:isbn} the hardcover or the paperback? The shop lists both under that number."),
    ("en", "Write a Python function that validates IBANs and test it on the documentation examples {x:dociban} and {x:dociban@b}."),
    ("en", "Why does Stripe decline the test card {x:testcard} with 'your card was declined' in live mode?"),
    ("en", "faker.name() keeps returning things like '{x:formname}'. How do I seed Faker so the fixtures are reproducible?"),
    ("en", "Our health check logs 'GET /healthz 200 from {x:docip}'. Isn't that range reserved for documentation?"),
    ("en", "Is Walter White's house from Breaking Bad, 308 Negra Arroyo Lane, a real address people can visit?"),
    ("en", "What did Marie Curie discover, and why did she get a second Nobel Prize?"),
    ("en", "Is Ben & Jerry's still owned by Unilever, and who are Ben Cohen and Jerry Greenfield today?"),
    ("en", "Compare Dr. Martens 1460 and 1461 sizing. I'm a UK 8 in Clarks."),
    ("en", "My class is called CustomerEmailValidator and the method normalize_phone_e164(). Suggest better names and a docstring."),
    ("en", "What do the parts of the ISIN {x:isin} mean, and is the last digit a check digit like in an IBAN?"),
    ("en", "Is the SWIFT code {x:bic} the same thing as the BIC, and do I need it for a SEPA transfer?"),
    ("en", "How is the check of a creditor reference like {x:rf} computed? Show the mod 97 steps."),
    ("en", "My Amazon order {x:amazon} says arriving by 9pm but the tracking page is empty. Normal?"),
    ("en", "Convert the epoch {x:epoch} and the millisecond value {x:epoch_ms} to local time in Postgres."),
    ("en", "Can fans still send letters to Sherlock Holmes at 221B Baker Street, and who answers them?"),
    ("en", "On my prescription bottle the NDC is {x:ndc}. What do the three segments mean?"),
    ("en", "Should my US phone regex accept {x:fakephone}? It's from our test data."),
    ("en", "Why do the AWS docs use {x:ph} as the example key, and will the CLI reject it?"),
    ("en", "Our .env.example has OPENAI_API_KEY={x:ph} and DATABASE_URL=postgres://user:password@localhost:5432/app. OK to commit?"),
    ("en", "What is the Luhn check digit for 7992739871, and why is that number in every tutorial?"),
    ("en", "Jack Daniel's or Johnnie Walker Black for an old fashioned?"),
    ("en", "How do I read the VIN {x:vin}? Which character is the model year?"),
    ("en", "Hermione Granger's patronus is an otter. What were Ron's and Luna's?"),
    ("en", "For a home lab with three VLANs, is 10.0.0.0/8 or 192.168.0.0/16 easier to remember? Gateway would be .1 in each."),
    ("en", "In the Alice and Bob examples, why does Mallory sit in the middle and not Eve?"),
    ("en", "Generate 5 rows of fake customers for a Django fixture: example.com emails, 555-01xx numbers, and the Stripe test card."),
    ("de", "Was bedeutet bei DHL die Sendungsnummer {x:dhl}, und warum steht da 'Zustellversuch'?"),
    ("de", "Ist Erika Mustermann auf dem Musterausweis eine echte Person? Woher kommt der Name?"),
    ("de", "Wie hoch ist der Kölner Dom, und wie lange hat der Bau gedauert?"),
    ("de", "Was ist der Unterschied zwischen BIC {x:bic} und einer IBAN wie {x:dociban}?"),
    ("fr", "Quelle différence entre le numéro IMEI {x:imei} et le numéro de série d'un téléphone ?"),
    ("es", "¿Qué significa el código de seguimiento {x:ups} y por qué aparece 'en tránsito' tantos días?"),
    ("es", "¿Cuántos goles marcó Lionel Messi con el Barcelona en total?"),
    ("it", "Come si calcola il carattere di controllo del codice fiscale? Nei manuali c'è sempre RSSMRA85T10A562S di Mario Rossi."),
    ("nl", "Wat betekent het ISBN {x:isbn} van dit kookboek, en waarom begint het met 978?"),
    ("nl", "Wie was Johan Cruijff en waarom heet de Arena naar hem?"),
    ("pt-BR", "Como validar CPF em JavaScript? Testei com 111.111.111-11 e a minha função aceitou."),
    ("pl", "Skąd się wziął Jan Kowalski w przykładowych formularzach?"),
    ("ru", "Почему в образцах документов всегда пишут Иван Иванов? Есть ли аналог для женщин?"),
    ("ru", "Что такое ИНН организации и чем он отличается от КПП? Объясни на примере любой крупной компании."),
    ("ja", "山田太郎という名前はなぜ書類の記入例によく使われるのですか？"),
    ("zh", "为什么法律教材里总用张三、李四举例？"),
    ("ko", "홍길동이 서류 작성 예시 이름으로 쓰이는 이유가 뭐야?"),
    ("tr", "Kargo takip numarası {x:usps} ne anlama geliyor?"),
    ("el", "Πόσο ψηλός είναι ο Όλυμπος και ποια είναι η καλύτερη διαδρομή;"),
    ("he", "מי היה דוד בן-גוריון ומה היה תפקידו בהקמת המדינה?"),
    ("ar", "ما الفرق بين رقم IMEI {x:imei} والرقم التسلسلي للهاتف؟"),
    ("hi", "ताजमहल किसने और क्यों बनवाया था?"),
    ("vi", "Vịnh Hạ Long có khoảng bao nhiêu hòn đảo?"),
    ("cs", "Jak se počítá kontrolní číslice ISBN, třeba u {x:isbn}?"),
    ("hu", "Ki volt Puskás Ferenc, és miért róla nevezték el a stadiont?"),
    ("uk", "Хто такий Тарас Шевченко і чому його називають Кобзарем?"),
]

FRESH12_CLEAN: list[tuple[str, str]] = [
    ("en", "Explain the difference between a mutex and a semaphore, with a short Rust example."),
    ("en", "Give me a three-day vegetarian meal plan with one shopping list."),
    ("en", "Rewrite this to sound more formal: 'we kinda messed up the rollout, sorry about that'."),
    ("en", "How do I center a div with CSS grid and with flexbox?"),
    ("en", "Python: why does list.sort() return None while sorted() returns a list?"),
    ("en", "Summarize the main causes of the French Revolution in five bullet points."),
    ("en", "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n\nTurn this into a generator and add type hints."),
    ("en", "What is a Bloom filter and when would I choose one over a hash set?"),
    ("en", "SELECT c.id, count(o.id)\nFROM customers c\nLEFT JOIN orders o ON o.customer_id = c.id\nGROUP BY c.id;\n\nWhy is this slow on large tables and how would you index it?"),
    ("de", "Wie lange muss ein Hefeteig gehen, und woran erkenne ich, dass er fertig ist?"),
    ("fr", "Comment conjuguer le verbe « résoudre » au passé simple ?"),
    ("es", "¿Cómo se dice 'deadline' en español de forma natural en una oficina?"),
    ("it", "Consigli per coltivare il basilico sul balcone?"),
    ("nl", "Hoe maak ik een goede zuurdesemstarter?"),
    ("pt", "Como funciona o juro composto? Explica com um exemplo simples."),
    ("pl", "Jak napisać dobre CV bez doświadczenia zawodowego?"),
    ("sv", "Hur byter jag innerslang på en cykel?"),
    ("cs", "Jak vysvětlit dítěti fotosyntézu?"),
    ("tr", "Python'da list comprehension nasıl yazılır? Kısa örnek ver."),
    ("el", "Πώς φτιάχνω σωστό τζατζίκι;"),
    ("ru", "Объясни разницу между TCP и UDP простыми словами."),
    ("uk", "Як навчитися читати швидше і не втрачати суть?"),
    ("ja", "Pythonのデコレーターを初心者向けに説明してください。"),
    ("zh", "如何提高睡眠质量？给我五条建议。"),
    ("ko", "파이썬에서 async와 await를 쉽게 설명해 줘."),
    ("he", "איך מכינים שקשוקה טובה?"),
    ("ar", "ما هي أفضل طريقة لتعلم البرمجة من الصفر؟"),
    ("hi", "योग करने के मुख्य फायदे क्या हैं?"),
    ("th", "วิธีทำต้มยำกุ้งแบบง่ายๆ"),
    ("vi", "Cách nấu phở bò tại nhà?"),
    ("id", "Bagaimana cara membuat rendang yang empuk?"),
    ("ms", "Apakah maksud 'pembelajaran mesin' dalam bahasa mudah?"),
    ("tl", "Paano magluto ng adobong manok?"),
    ("sw", "Jinsi ya kupika ugali laini?"),
    ("bg", "Как се прави баница с тесто за точене?"),
    ("lt", "Kaip išvirti cepelinus, kad nesuirtų?"),
]

FRESH12_FOLLOW_UPS: list[str] = [
    " Thanks!", " Thanks in advance.", "\n\nKeep it short please.", " Can you also explain why?", "\n\n(sorry for the wall of text)",
    " Be concise.", "\n\nBullet points are fine.", " Cheers",
]

FRESH12_PII = [(lang, _braces(t)) for lang, t in FRESH12_PII]
FRESH12_NEGATIVE = [(lang, _braces(t)) for lang, t in FRESH12_NEGATIVE]
FRESH12_CLEAN = [(lang, _braces(t)) for lang, t in FRESH12_CLEAN]
