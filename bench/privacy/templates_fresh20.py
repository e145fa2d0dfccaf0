"""The twentieth blind set ("fresh20") for the PII benchmark: written without seeing the detector or the earlier sets' templates.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh20=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots), and labels spans as corpus.py's docstring says.
Its plumbing (Context, the value generators and their validators, the slot syntax) is _blind_values.py's, which the
blind sets share; fill() adds slots of its own (below). Its people, towns, streets, address layouts (address_parts and
write_address), organizations, work domains, password words and Italian towns' cadastral codes are its own and stay
here, and so are its templates, written after reading only the earlier sets' one-line descriptions in corpus.py, to
cover situations and carriers those do not list. It is balanced: every one of the fifteen types appears in many
templates, with SECRET, PERSON, CREDIT_CARD, NATIONAL_ID and US_SSN weighted higher, each in many carriers and positions
(417 PII templates, 217 of them English; 98 negative and 60 clean templates; over 3,000 prompts every type has more
than 100 spans at seeds 7 to 10, IBAN the fewest, 151 to 201).

Situations: solar-panel installs and export tariffs, renovation builders, planning notices and damp surveys,
childcare swaps, babysitter notes, school-bus routes, neighbourhood-watch threads, residents' meetings and phone trees,
choir, brass-band and gigging-band rosters, guest lists and splits, half-marathon, relay and triathlon entries,
medical declarations and results pages, hospital discharge letters, dental claims and pre-authorisations, hearing-aid
fittings, care-home admissions, Medicaid and state-pension forms, university admissions, thesis committees, viva
emails, FAFSA, library fines, co-working door logs, 3D-print shops and print farms, app-store developer enrolment,
marina berths, MMSI and call signs, hunting, fishing and firearm certificates, club range logs, amateur radio (APRS
passcodes, QSL cards), drone registration, game servers (Minecraft RCON, Factorio, CS2 tokens, Valheim), e-sports
registrations and prize W-9s, streaming keys, indie game chargebacks, tax preparers, credit freezes, identity-theft
reports, 1099s, payroll imports, joint accounts and mortgages, pawn tickets, valuations, crowdfunding backer exports,
unions, credit-union loans, tattoo consent, gym PAR-Qs, ski lessons, horse livery, beekeepers, farmers' markets, food
trucks, busking, film-location and model releases, podcast guests, lost wallets, bike shares, e-bike claims,
citizen-science surveys, blood donors, foster-care references, food-bank rotas, guest registration for holiday lets,
QR Platba and humanitarian-aid lists, arisan and boarding-house lists, and the same kinds of life in the other
languages. Developers and power users: nginx, Apache, Caddy, HAProxy, Ansible inventories and vault files,
Alertmanager, Nextcloud, Gitea, Synapse, borg and restic scripts, PowerShell, unattend.xml, cloud-init, Arduino/ESP32
sketches, Particle, smart-lock logs, TTN, Pushover, IFTTT, car tokens, pip.conf, Cargo, .pypirc, Vagrant, Packer logs,
Apps Script, AutoHotkey, Excel VBA, SOPS output, Pulumi config, Plaid, Adyen, Braintree, SumUp, Checkout.com,
EasyPost, Wise, Spotify/Strava, FCM, Play Console service accounts. Carriers: prose, e-mails, WhatsApp/Zalo/group
chats, voicemail transcripts, Stripe webhook JSON, PayPal IPN (urlencoded), Zapier task data, Airtable calls, Notion
exports, Excel and Sheets formulas, bank-statement CSV, SWIFT MT103, cheque OCR with a MICR line, handwritten forms
OCR'd into boxes, X12 837D, HL7 v2 (ORU, ADT), AAMVA licence barcodes, LaTeX, CSV and semicolon tables, JSON, YAML,
INI, PHP arrays, XML, shell, C, PowerShell and VBA.

Languages (the first element of each template tuple): en (about half the PII templates; en-US, en-GB, en-IE, en-CA,
en-AU, en-NZ, en-IN, en-ZA, en-NG, en-PH, en-KE, en-MY, or "en-XX" for an English prompt about another (Latin-script)
country's people and numbers), de (DE/AT/CH), fr (FR/BE), es (ES/MX/AR), it, nl (NL/BE), pt, pt-BR, pl, sv, no, da,
fi, cs, sk, hu, ro, tr, hr, lt, el (Greek), ru, uk, bg (Cyrillic), ja, zh, ko (CJK, Hangul), he (Hebrew), ar (Arabic,
UAE), hi (Devanagari), th (Thai), vi, id: 32 languages besides English. A sample's locale is "<language>-<country>"
(hi-INH is India written in Devanagari); the country picks names (in its own script), towns, address layout, phone
numbering, card schemes, IBAN country and national id; the language picks how dates are spelled. A few Spanish,
Russian and Vietnamese prompts ("es-US", "ru-US", "vi-US") come from people living in the United States and hold US
SSNs.

Slot syntax (_blind_values.fill's): {kind} or {kind:arg:arg} is filled by fill(ctx, slot), which returns (text, TYPE or
None) parts. Person slots ({name}, {first}, {last}, {initial}, {rev}, {namecaps}, {holder}, {email}, {wemail},
{phone[:style]}, {dob[:style]}, {natid[:kind]}, the unlabelled {idname}, {ssn[:style]}, {addr}, {addrml},
{iban[:CC|plain|grp]}, {purl[:<site>]}) take a digit for persons 2 to 6; on a person's first mention `f`/`m` fix the
sex and `kid`/`baby` the age. Other slots: {town}, {org[:kind]} (English kinds builder, solar, movers, childcare,
school, uni, clinic, dental, hearing, care, marina, club, music, run, gun, drone, esports, ski, library, cowork, print,
bank, firm; the other languages have the kinds their templates name, such as solar, care, clinic or marina, and fall
back to any of their names), {date[:style]}, {card[:<scheme>][:<layout>]}, {ip:<kind>}, {tok:<kind>}
(TOKEN_KINDS), {pw:<style>}, {cred[:user]}; unlabelled {last4}, {exp}, {cvv}, {x:<negative>} (NEG) and {n:lo:hi}.
This set's own slots (fill() below): {tk:<kind>} more provider tokens and keys (_MY_TOKENS); {street[N]} a home's
street line (ADDRESS), {city[N]} its town (LOCATION), and the unlabelled {pc[N]} and {region[N]}, for forms that keep
them in separate fields; {addrsep[N]:hl7|vcard} the same home as one field with component separators (ADDRESS);
{dc[:ymd|yymmdd|mdy|dmy]} and {dobc[N][:fmt]} compact dates (20250314, 250314, 03142025) for DATE and DATE_OF_BIRTH;
{cardx:<style>} a card written as box|endash|nbsp|two|ocr0|tel|words (CREDIT_CARD); {ssnx:<style>} an SSN as
endash|box|nbsp|oh|dots|mixed (US_SSN); {dl} a US driver's licence number (NATIONAL_ID); {purlx[N]:<site>} more
personal links (orcid, scholar, steam, twitch, itch, komoot, linktree, substack, wishlist, notion, qrz, race,
researchgate, faceit); {uname[N][:dot|us|dash]} a username made of a name (two PERSON spans); and unlabelled
{mmsi}, {callsign}, {droneid}, {plate}, {mrn}, {libcard}, {licno}, {vault}, {wgpub}, {sshpub}, {npi}, {bib}. A
trailing `:qp` writes a value urlencoded (as a form body sends it) and `:esc` writes its newlines as \\n (inside a JSON
string); `uc` uppercases. `@key` at the end gives another, different value of the same kind; the same slot written
twice gives the same value twice. Literal braces are written doubled ("{{", "}}") and become {lb}/{rb} when the module
loads, since corpus._render reads "{" as a slot.

What is labelled (corpus.py's conventions, and where this set needed more): PERSON private people's names (first,
last, full; a form's "LAST First" as two spans; HL7's and X12's LAST^FIRST or LAST*FIRST as two spans; family-first
orders of Japanese, Chinese, Korean, Hungarian and Vietnamese names as one span; a name inside a username, hostname,
Wi-Fi SSID, server MOTD or SSH key comment is labelled, each part its own span; a card holder in capitals as one span;
titles stay outside; clinicians, foremen and officers named in the prompt are private people too); LOCATION a town
where someone lives, moves, works, races or travels; ORGANIZATION the small builders, installers, schools,
universities, clinics, dentists, audiologists, care homes, marinas, clubs, libraries, co-working spaces, print shops,
credit unions and firms of the writer's life (the whole name); ADDRESS street, number, flat parts, postcode and town
as one span in each country's layout; when a format keeps an address in separate fields (X12 N3/N4, a webhook's
address object, an IPN, a form's boxes) the street field is the ADDRESS span, the town field a LOCATION span, and a
postcode or state field alone is not labelled; an address in one field with component separators (HL7 PID-11) is one
ADDRESS span; DATE a day-and-month date in the language's own spelling, also compact (20250314 in HL7, X12 and AAMVA
data, 250314 in a SWIFT :32A:, where only the date digits are the span and a glued time or currency stays outside),
and the expiry date of a licence; DATE_OF_BIRTH when it is a birth date, in any of those forms; SECRET only the value:
provider keys and tokens, passwords, Wi-Fi keys, PINs and keypad codes given as such, borg and restic passphrases,
vault password files, APRS-IS passcodes, stream keys, game-server tokens and RCON passwords, webhook signing secrets,
the secret path of a Slack webhook, app secrets (Synapse, Gitea, Nextcloud), private keys (also as \\n-escaped JSON);
`user:secret` inside a URL as one span (corpus.py), while in a config line that pairs a user and a password
(chpasswd, HAProxy's stats auth) only the password; URL links that point at a person (profiles, ORCID iDs, results
pages, wishlists, link pages, channels, shared files); EMAIL every address except example.com/org/net, also when
urlencoded (name%40host) in a form body; PHONE valid by phonenumbers for the sample's country, outside the fiction
ranges; CREDIT_CARD Luhn-valid numbers of several schemes, in every layout (grouped, glued, en-dashed, with no-break
spaces, split in halves, read out by groups or in words, in a handwritten form's boxes where the span runs from the
first digit to the last and takes the box marks between them, or with one OCR misreading such as O for 0, which
still belongs to the number), never a published test number; IBAN mod-97 valid, grouped or not, also inside an MT103
field or a QR payment string; US_SSN valid areas, never the specimens, dashed, en-dashed, spaced, glued, dotted, with
no-break spaces, a stray space beside a dash, in boxes, or read out with "oh" for zero (one span); NATIONAL_ID
checksum-valid national numbers agreeing with the person's birth date and sex where the number holds them, US passport
numbers, and US driver's licence numbers (government-issued personal numbers, which a reviewer would mask); IP_ADDRESS
public and private IPv4 and IPv6: the address only, never a :port.

Deliberately not labelled: order, invoice, ticket, tracking, transaction, policy, member, licence (hunting, fishing,
firearm, food-truck), library-card, MRN, donor, bib and horse-passport numbers; bank account numbers, sort codes and
routing numbers other than IBANs (a cheque's MICR line); D-U-N-S numbers and EINs (businesses); clinicians' NPIs
(public registry numbers); boats' MMSIs, amateur-radio call signs, drone registration numbers, vehicle plates, VINs
and microchips (no type for them); UUIDs, hashes, versions, SKUs, epoch times, MAC addresses, IMEIs, ISBNs, DOIs,
arXiv ids, CVEs, BICs; public keys (WireGuard, SSH), Ansible Vault ciphertext and SOPS/Pulumi ciphertext (safe
without their keys), the key ids and client ids that are not secret (Plaid client id, Braintree public key, a
publishable pk_ key), system users of configs (admin, root, deploy, __token__); masked cards and last fours, card
expiry dates, CVVs; prices; documentation and placeholder values (sk-..., YOUR_API_KEY, AWS's EXAMPLE keys, published
test cards, documentation IBANs, specimen SSNs, fiction phone ranges, example.com addresses, RFC 5737 and 3849
addresses, public resolvers, ORCID's example iD); the placeholder people of forms (John Doe, Max Mustermann); public
figures, famous places and companies in general questions; links to shops, docs and public APIs. Dates of public
historic events in general questions are not labelled; otherwise dates never appear in the negative or clean
templates, and clean prompts hold no lookalike numbers at all.
"""
from __future__ import annotations

import base64
import random
import string
import urllib.parse

from bench.privacy import _blind_values as _bv
from bench.privacy._blind_values import _braces, _native, _roman, _s, _slug, pick_locale, town_name

# --- People and places ------------------------------------------------------------------------------------------
# country -> (female first names, male first names, female surnames, male surnames ("" = same), towns, streets).
# Non-Latin entries are "native=roman"; the romanisation serves e-mail addresses, usernames and card holders.
# fresh20 draws its own people, towns and streets (the plumbing that uses them is _blind_values.py's).
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Marguerite|Delphine|Shaniqua|Guadalupe|Wren|Octavia|Lucinda|Xiomara|Priscilla|Juniper",
           "Thaddeus|Jericho|Ezekiel|Fitzgerald|Demetrius|Lowell|Rafael|Hollis|Anselm|Keanu",
           "Pembrook|Quintero|Abernathy|Szymanski|Okafor|Whitlock|Villarreal|Hargrove|Tran|Delacroix|Kowalczyk|Fairweather", "",
           "Missoula, MT|Flagstaff, AZ|Eau Claire, WI|Lawrence, KS|Bend, OR|Ithaca, NY|Roanoke, VA|Greenville, SC|Rapid City, SD|Lafayette, LA",
           "Larkspur|Sycamore Knoll|Cedar Bluff|Quail Run|Old Mill|Juniper Ridge|Heron Point|Bluebonnet"),
    "GB": ("Philippa|Morwenna|Eilidh|Siân|Cerys|Rosalind|Araminta|Jemima|Niamh|Saffron",
           "Torquil|Ewan|Hywel|Tarquin|Rhodri|Barnaby|Jago|Callum|Osian|Alfie",
           "Blenkinsop|Tregear|Ackroyd|Pughe|Crabtree|Venables|Ramsbottom|Haworth|Quiller|Entwistle", "",
           "Alnwick NE66|Settle BD24|Lewes BN7|Ludlow SY8|Penzance TR18|Dornoch IV25|Machynlleth SY20|Wells BA5|Kendal LA9|Thirsk YO7",
           "Tanyard Lane|Chapel Row|Ropewalk|Dyers Close|Sheepwash Lane|Quay Street|Pinfold Lane|Castle Wynd"),
    "IE": ("Clodagh|Sorcha|Orla|Éabha|Bríd|Meadhbh", "Cathal|Oisín|Diarmuid|Pádraig|Eoghan|Lorcan",
           "Ní Bhriain|Geraghty|Ní Shúilleabháin|Fitzpatrick|Mulcahy|Ní Fhlannagáin",
           "Ó Briain|Geraghty|Ó Súilleabháin|Fitzpatrick|Mulcahy|Ó Flannagáin",
           "Ennis, Co. Clare|Tralee, Co. Kerry|Carlow, Co. Carlow|Sligo, Co. Sligo|Mullingar, Co. Westmeath|Bantry, Co. Cork",
           "Fair Green|Bóthar an Phoirt|Convent Road|Mill Street|O'Connell Terrace"),
    "CA": ("Geneviève|Simran|Ashlyn|Mélodie|Tessa|Nakoda", "Étienne|Gurpreet|Brayden|Mathieu|Declan|Wyatt",
           "Tremblay|MacNeil|Sandhu|Bouchard|Cardinal|Lavoie", "",
           "Moncton, NB|Sherbrooke, QC|Kamloops, BC|Guelph, ON|Red Deer, AB|Brandon, MB",
           "Rue des Érables|Spruce Ridge Road|Lakeshore Drive|Chemin Saint-Louis|Tamarack Crescent"),
    "AU": ("Matilda|Saskia|Tahnee|Brianna|Lowanna|Delilah", "Fletcher|Banjo|Darcy|Heath|Bodhi|Koa",
           "Fitzsimmons|Tran-Murphy|Georgiou|McLachlan|Wilkinson|Kennedy-Rose", "",
           "Ballarat VIC|Townsville QLD|Wagga Wagga NSW|Bunbury WA|Launceston TAS|Mount Gambier SA",
           "Banksia Crescent|Wattle Grove|Jacaranda Street|Coolibah Drive|Ironbark Road"),
    "NZ": ("Aroha|Mereana|Hinemoa|Tayla|Kaia|Rawinia", "Rangi|Wiremu|Tane|Logan|Ihaia|Kahu",
           "Tipene|Paewai|Henare|McKenzie|Rāwiri|Kingi", "",
           "Nelson|Rotorua|Napier|Invercargill|Taupō|Oamaru",
           "Pōhutukawa Drive|Rimu Street|Kōwhai Crescent|Tōtara Avenue|Matai Road"),
    "IN": ("Aishwarya|Meenakshi|Tanvi|Sreeja|Ishita|Bhavana", "Karthik|Rohit|Vivek|Siddharth|Girish|Anand",
           "Iyer|Kulkarni|Chatterjee|Reddy|Pillai|Deshpande", "",
           "Mysuru|Coimbatore|Vadodara|Kochi|Bhubaneswar|Aurangabad",
           "MG Road|Station Road|Gandhi Nagar Main Road|Temple Road|Lake View Road"),
    "ZA": ("Nomvula|Lerato|Annelie|Thandeka|Naledi|Fatima", "Sipho|Thabo|Pieter|Kagiso|Riaan|Bongani",
           "Dlamini|Van der Merwe|Ndlovu|Pillay|Botha|Sithole", "",
           "Polokwane|Stellenbosch|Bloemfontein|Pietermaritzburg|Upington|East London",
           "Protea Street|Jacaranda Avenue|Kiaat Crescent|Umdoni Road|Bosbok Lane"),
    "NG": ("Ngozi|Yetunde|Amina|Ifeoma|Bukola|Hauwa", "Emeka|Segun|Ibrahim|Chidi|Babatunde|Yakubu",
           "Eze|Ogunleye|Bello|Nnamdi|Adeyemi|Garba", "",
           "Abeokuta|Enugu|Kaduna|Uyo|Benin City|Akure", "Oba Adesida Road|Zik Avenue|Ahmadu Bello Road|Aka Road|Sapele Road"),
    "PH": ("Lovely|Marivic|Arlene|Joy|Charmaine|Rowena", "Rommel|Jayson|Noel|Reynaldo|Dindo|Christian",
           "Manalo|Santos|Cruz|Ocampo|Lacson|Mercado", "",
           "Davao City|Legazpi|Puerto Princesa|Vigan|Zamboanga City|General Santos",
           "Magsaysay Avenue|Quezon Street|Aguinaldo Highway|Del Pilar Street|Osmeña Boulevard"),
    "KE": ("Njeri|Achieng|Jepchirchir|Muthoni|Awino|Nekesa", "Kamau|Otieno|Kiplagat|Mutiso|Onyango|Wanyama",
           "Maina|Odhiambo|Chepkoech|Kimani|Owino|Mwende", "",
           "Mombasa|Naivasha|Kericho|Kitale|Malindi|Embu", "Nyerere Avenue|Digo Road|Haile Selassie Avenue|Tom Mboya Street|Uhuru Highway"),
    "MY": ("Nur Izzati|Farah|Hui Min|Deepa|Syafiqah|Li Ying", "Zulkifli|Haziq|Jun Hao|Suresh|Faizal|Chee Keong",
           "Hassan|Yusof|Chong|Lee|Ramasamy|Ong", "",
           "Alor Setar|Kuantan|Miri|Taiping|Batu Pahat|Sandakan",
           "Jalan Ampang|Jalan Bendahara|Jalan Kampung Baru|Lorong Bunga Raya|Jalan Pahlawan"),
    "DE": ("Wiebke|Gesine|Frauke|Dilara|Hannelore|Imke|Svenja|Jutta", "Torben|Malte|Hartmut|Volker|Emre|Jörg|Sönke|Ruprecht",
           "Brinkmann|Vosskuhle|Tiedemann|Zimmermann-Lutz|Kühnapfel|Yılmaz|Pfefferkorn|Ostendorf", "",
           "Lüneburg|Bamberg|Quedlinburg|Flensburg|Tübingen|Weimar|Soest|Lindau",
           "Lindenstraße|Am Mühlbach|Ahornweg|Schulstraße|Bergstraße|Kastanienallee|Zum Anger"),
    "AT": ("Theresia|Elfriede|Magdalena|Hemma", "Florian|Gernot|Bernhard|Wolfgang",
           "Hofbauer|Pichler|Moser|Gruber|Eder", "", "Wels|Krems|Bregenz|Feldkirch|Wolfsberg|Zell am See",
           "Lindengasse|Dorfstraße|Schlossberg|Kaiserstraße|Am Anger"),
    "CH": ("Seraina|Flurina|Regula|Nadine", "Urs|Reto|Gian|Lukas", "Brunner|Kälin|Gächter|Bühlmann|Zurbriggen", "",
           "Chur|Thun|Aarau|Zug|Baden|Visp", "Dorfstrasse|Kirchweg|Alpenstrasse|Höheweg|Rebbergstrasse"),
    "FR": ("Solène|Maëlys|Bérénice|Apolline|Gwenaëlle|Coralie|Yasmine", "Tristan|Gaëtan|Corentin|Sofiane|Timothée|Loïc|Benoît",
           "Kerjean|Fabre|Rousseau|Benali|Tessier|Marchand-Roux|Vidal", "",
           "Vannes|Annecy|Périgueux|Besançon|Lorient|Cahors|Épinal|Bourges",
           "rue Victor-Hugo|impasse des Lilas|boulevard Gambetta|rue de la Gare|allée des Tilleuls|route de Lyon"),
    "BE": ("Lotte|Amélie|Hanne|Sarah|Fien", "Wout|Arnaud|Pieter-Jan|Cédric|Bram",
           "Peeters|Dubois|Claes|Lambert|Wouters|Goossens", "", "Leuven|Namur|Brugge|Tournai|Genk|Aalst",
           "Kerkstraat|Rue de l'Église|Stationsstraat|Chaussée de Namur|Veldstraat"),
    "ES": ("Itziar|Remedios|Nerea|Almudena|Begoña|Consuelo", "Iker|Jacinto|Xavier|Álvaro|Ignacio|Rubén",
           "Etxeberria|Castaño Ruiz|Ibáñez|Muñoz|Salcedo|Pujol", "",
           "Soria|Huesca|Ourense|Cuenca|Zamora|Girona|Plasencia",
           "Calle Mayor|Avenida de la Constitución|Calle del Carmen|Carrer de la Riera|Paseo de la Estación"),
    "MX": ("Xóchitl|Itzel|Maricruz|Brenda|Fernanda", "Rogelio|Jesús|Emiliano|Octavio|Heriberto",
           "Villaseñor|Treviño López|Ochoa|Esquivel|Cárdenas", "", "Morelia|Oaxaca|Puebla|Mérida|Saltillo|Querétaro",
           "Calle Hidalgo|Av. Juárez|Calle Morelos|Calle 5 de Mayo|Av. Revolución"),
    "AR": ("Florencia|Agustina|Milagros|Luján", "Joaquín|Nahuel|Santino|Ezequiel", "Fernández|Benítez|Acosta|Sosa|Romero", "",
           "Mendoza|Salta|Rosario|Mar del Plata|Posadas|Paraná", "Av. San Martín|Calle Belgrano|Av. Colón|Calle Moreno|Calle Italia"),
    "IT": ("Beatrice|Alessia|Costanza|Ludovica|Raffaella|Noemi", "Gianluca|Riccardo|Federico|Ettore|Vincenzo|Nicolò",
           "Bianchi|Marchetti|Colombo|Fontana|Barbieri|Santoro|Pellegrini", "",
           "Pisa|Udine|Siena|Cremona|Lucca|Matera|Pavia|Vicenza",
           "Via Garibaldi|Via Roma|Corso Vittorio Emanuele|Via XX Settembre|Via Mazzini|Vicolo del Pozzo"),
    "NL": ("Sanne|Femke|Lieke|Anouk|Merel|Esmee", "Bas|Thijs|Ruben|Joost|Niels|Koen",
           "Visser|Smit|Mulder|de Boer|Brouwer|van den Berg|Dekker", "",
           "Zwolle|Leeuwarden|Haarlem|Amersfoort|Venlo|Gouda|Den Bosch",
           "Molenweg|Julianastraat|Beatrixlaan|Schoolstraat|Nieuwe Gracht"),
    "PT": ("Inês|Beatriz|Mariana|Leonor|Filipa", "Tiago|Gonçalo|Afonso|Pedro|Bernardo",
           "Ferreira|Martins|Gonçalves|Ribeiro|Lopes", "", "Coimbra|Braga|Aveiro|Viseu|Setúbal|Faro",
           "Rua Direita|Avenida Dom Afonso Henriques|Rua do Comércio|Largo da Sé|Rua da Liberdade"),
    "BR": ("Thaís|Bianca|Juliana|Priscila|Daniela|Gabriela", "Rafael|Guilherme|Leandro|Thiago|Rodrigo|Caio",
           "Oliveira|Santos Ribeiro|Ferreira|Barbosa|Rocha|Cavalcanti", "",
           "Salvador|Fortaleza|Goiânia|Londrina|Natal|Vitória|Joinville",
           "Rua Tiradentes|Avenida Getúlio Vargas|Rua São José|Rua das Palmeiras|Avenida Beira Mar"),
    "PL": ("Agnieszka|Magdalena|Zofia|Monika|Dorota|Weronika", "Tomasz|Marcin|Grzegorz|Wojciech|Łukasz|Adam",
           "Zielińska|Szymańska|Woźniak|Dąbrowska|Kozłowska|Mazur", "Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Mazur",
           "Olsztyn|Opole|Rzeszów|Sopot|Płock|Elbląg|Legnica",
           "ul. Mickiewicza|ul. Kościuszki|ul. Ogrodowa|ul. Kwiatowa|al. Jana Pawła II|ul. Słoneczna"),
    "SE": ("Linnea|Ebba|Saga|Ingela|Frida", "Oskar|Viktor|Emil|Hampus|Johan", "Bergström|Holm|Sjöberg|Lundgren|Åkesson", "",
           "Umeå|Luleå|Kalmar|Falun|Östersund|Halmstad", "Storgatan|Kyrkogatan|Björkvägen|Skolgatan|Sjövägen"),
    "NO": ("Solveig|Tuva|Marit|Ragnhild|Synnøve", "Eirik|Håkon|Sindre|Torbjørn|Magnus", "Hansen|Dahl|Haugen|Bakke|Solberg", "",
           "Tromsø|Ålesund|Lillehammer|Arendal|Gjøvik|Narvik", "Storgata|Skolegata|Bjørkeveien|Sjøgata|Granveien"),
    "DK": ("Mette|Ida|Astrid|Birgitte|Sofie", "Rasmus|Frederik|Søren|Nikolaj|Henrik", "Jensen|Christensen|Rasmussen|Thomsen|Madsen", "",
           "Aalborg|Randers|Horsens|Silkeborg|Svendborg|Viborg", "Nørregade|Bakkevej|Søndergade|Skolevej|Havnegade"),
    "FI": ("Aino|Satu|Tiina|Laura|Minna", "Ville|Jussi|Antti|Mikko|Tuomas", "Virtanen|Mäkinen|Heikkinen|Koskinen|Järvinen", "",
           "Oulu|Kuopio|Jyväskylä|Lappeenranta|Hämeenlinna|Kotka", "Kauppakatu|Rantatie|Puistokatu|Koulukatu|Mäntytie"),
    "CZ": ("Tereza|Lucie|Kateřina|Hana|Markéta", "Tomáš|Jakub|Ondřej|Lukáš|Petr",
           "Dvořáková|Procházková|Kučerová|Horáková|Němcová", "Dvořák|Procházka|Kučera|Horák|Němec",
           "Brno|Plzeň|Liberec|Zlín|Tábor|Písek", "Palackého|Masarykova|Husova|Jiráskova|Komenského"),
    "SK": ("Zuzana|Lenka|Petra|Ivana", "Peter|Tomáš|Marek|Juraj", "Horváthová|Kováčová|Vargová|Tóthová", "Horváth|Kováč|Varga|Tóth",
           "Košice|Žilina|Nitra|Prešov|Banská Bystrica|Trnava", "Štúrova|Hlavná|Mierová|Školská|Záhradná"),
    "HU": ("Eszter|Zsófia|Anikó|Réka|Orsolya", "Gábor|Zoltán|Levente|Attila|Péter", "Szabó|Tóth|Horváth|Varga|Kovács|Molnár", "",
           "Pécs|Győr|Debrecen|Kecskemét|Miskolc|Szombathely",
           "Petőfi Sándor utca|Kossuth Lajos utca|Rákóczi út|Arany János utca|Deák Ferenc tér"),
    "RO": ("Ioana|Andreea|Mihaela|Raluca|Bianca", "Andrei|Mihai|Cătălin|Bogdan|Radu", "Popescu|Ionescu|Dumitrescu|Stan|Constantin", "",
           "Cluj-Napoca|Iași|Timișoara|Brașov|Sibiu|Constanța",
           "Str. Avram Iancu|Str. Republicii|Bd. Independenței|Str. Florilor|Calea Victoriei"),
    "TR": ("Zeynep|Elif|Merve|Büşra|Nur", "Emre|Mehmet|Cem|Onur|Yusuf", "Yıldız|Aydın|Şahin|Kaya|Doğan|Kılıç", "",
           "Eskişehir|Trabzon|Bursa|Antalya|Kayseri|Mersin", "Atatürk Cad.|Lale Sok.|Cumhuriyet Cad.|Gül Sok.|Fatih Sok."),
    "GR": ("Ελένη=Eleni|Κατερίνα=Katerina|Σοφία=Sofia|Μαρία=Maria|Ευαγγελία=Evangelia",
           "Γιώργος=Giorgos|Νίκος=Nikos|Κώστας=Kostas|Γιάννης=Giannis|Σπύρος=Spyros",
           "Παπαδοπούλου=Papadopoulou|Γεωργίου=Georgiou|Δημητρίου=Dimitriou|Μακρή=Makri|Σταύρου=Stavrou",
           "Παπαδόπουλος=Papadopoulos|Γεωργίου=Georgiou|Δημητρίου=Dimitriou|Μακρής=Makris|Σταύρου=Stavrou",
           "Πάτρα=Patra|Λάρισα=Larisa|Βόλος=Volos|Ηράκλειο=Irakleio|Καλαμάτα=Kalamata|Κέρκυρα=Kerkyra",
           "Ερμού|Κολοκοτρώνη|Αγίου Νικολάου|Παπαφλέσσα|Ιπποκράτους"),
    "RU": ("Анна=Anna|Екатерина=Ekaterina|Ольга=Olga|Наталья=Natalia|Мария=Maria",
           "Алексей=Aleksei|Дмитрий=Dmitrii|Сергей=Sergei|Михаил=Mikhail|Андрей=Andrei",
           "Кузнецова=Kuznetsova|Попова=Popova|Соколова=Sokolova|Морозова=Morozova|Волкова=Volkova",
           "Кузнецов=Kuznetsov|Попов=Popov|Соколов=Sokolov|Морозов=Morozov|Волков=Volkov",
           "Казань=Kazan|Самара=Samara|Томск=Tomsk|Пермь=Perm|Владимир=Vladimir|Рязань=Ryazan",
           "ул. Гагарина|ул. Пушкина|ул. Мира|пр. Ленина|ул. Садовая"),
    "UA": ("Оксана=Oksana|Наталія=Nataliia|Ірина=Iryna|Олена=Olena|Софія=Sofiia",
           "Тарас=Taras|Богдан=Bohdan|Андрій=Andrii|Олег=Oleh|Максим=Maksym",
           "Шевчук=Shevchuk|Бондаренко=Bondarenko|Ткаченко=Tkachenko|Мельник=Melnyk|Коваль=Koval", "",
           "Львів=Lviv|Полтава=Poltava|Вінниця=Vinnytsia|Івано-Франківськ=Ivano-Frankivsk|Луцьк=Lutsk|Рівне=Rivne",
           "вул. Шевченка|вул. Франка|вул. Грушевського|просп. Свободи|вул. Зелена"),
    "BG": ("Десислава=Desislava|Мариана=Mariana|Гергана=Gergana|Милена=Milena",
           "Георги=Georgi|Димитър=Dimitar|Стефан=Stefan|Николай=Nikolay",
           "Петрова=Petrova|Ангелова=Angelova|Димитрова=Dimitrova|Георгиева=Georgieva",
           "Петров=Petrov|Ангелов=Angelov|Димитров=Dimitrov|Георгиев=Georgiev",
           "Пловдив=Plovdiv|Варна=Varna|Бургас=Burgas|Русе=Ruse|Стара Загора=Stara Zagora|Плевен=Pleven",
           "ул. „Шипка“|бул. „България“|ул. „Раковски“|ул. „Иван Вазов“"),
    "HR": ("Ana|Ivana|Petra|Lucija|Marija", "Luka|Ivan|Marko|Josip|Tomislav", "Horvat|Kovačević|Babić|Marić|Jurić|Novak", "",
           "Split|Zadar|Rijeka|Osijek|Varaždin|Pula",
           "Ulica kralja Tomislava|Zagrebačka ulica|Ulica Ante Starčevića|Vukovarska ulica|Ulica Petra Preradovića"),
    "LT": ("Rūta|Eglė|Lina|Vaida", "Mindaugas|Tomas|Andrius|Lukas", "Kazlauskienė|Petrauskienė|Jankauskienė|Žukauskienė",
           "Kazlauskas|Petrauskas|Jankauskas|Žukauskas", "Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus|Palanga",
           "Laisvės al.|Vilniaus g.|Liepų g.|Taikos pr.|Kęstučio g."),
    "JP": ("陽子=Yoko|さくら=Sakura|真由美=Mayumi|彩=Aya|遥=Haruka", "健太=Kenta|翔=Sho|誠=Makoto|拓也=Takuya|裕介=Yusuke",
           "佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|渡辺=Watanabe|伊藤=Ito|斎藤=Saito", "",
           "金沢市=Kanazawa|松山市=Matsuyama|高松市=Takamatsu|秋田市=Akita|函館市=Hakodate|熊本市=Kumamoto", "本町|栄町|緑町|東町"),
    "CN": ("丽=Li|静=Jing|雪梅=Xuemei|晓燕=Xiaoyan|欣怡=Xinyi", "伟=Wei|浩然=Haoran|志强=Zhiqiang|俊杰=Junjie|宇航=Yuhang",
           "王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|赵=Zhao", "",
           "苏州=Suzhou|青岛=Qingdao|桂林=Guilin|大连=Dalian|合肥=Hefei|温州=Wenzhou", "人民路|解放路|建设路|中山路|文化路"),
    "KR": ("민지=Minji|수빈=Subin|하은=Haeun|지현=Jihyun|은비=Eunbi", "민준=Minjun|성민=Sungmin|재원=Jaewon|현우=Hyunwoo|승호=Seungho",
           "김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang", "",
           "대전=Daejeon|광주=Gwangju|춘천=Chuncheon|제주=Jeju|김해=Gimhae|안동=Andong", "중앙로|문화로|번영로|은행길|새싹길"),
    "IL": ("נועה=Noa|מיכל=Michal|שירה=Shira|תמר=Tamar|יעל=Yael", "יונתן=Yonatan|איתי=Itai|אורי=Uri|דניאל=Daniel|עומר=Omer",
           "כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton|אברהם=Avraham", "",
           "חיפה=Haifa|נתניה=Netanya|באר שבע=Beer Sheva|הרצליה=Herzliya|מודיעין=Modiin", "הרצל|ז'בוטינסקי|בן יהודה|רוטשילד|הגפן"),
    "AE": ("فاطمة=Fatima|مريم=Maryam|نورة=Noura|عائشة=Aisha|شما=Shamma", "محمد=Mohammed|خالد=Khalid|عبدالله=Abdullah|أحمد=Ahmed|يوسف=Yousef",
           "المنصوري=Al Mansouri|الحمادي=Al Hammadi|النعيمي=Al Nuaimi|الشامسي=Al Shamsi|الفلاسي=Al Falasi", "",
           "العين=Al Ain|رأس الخيمة=Ras Al Khaimah|عجمان=Ajman|دبا=Dibba|كلباء=Kalba",
           "شارع الشيخ زايد|شارع المطار|شارع الكورنيش|شارع النخيل"),
    "INH": ("प्रिया=Priya|अंजलि=Anjali|नेहा=Neha|पूजा=Pooja|गीता=Geeta", "राहुल=Rahul|विकास=Vikas|अमित=Amit|संजय=Sanjay|रवि=Ravi",
            "शर्मा=Sharma|वर्मा=Verma|गुप्ता=Gupta|मिश्रा=Mishra|यादव=Yadav|चौहान=Chauhan", "",
            "लखनऊ=Lucknow|जयपुर=Jaipur|भोपाल=Bhopal|इंदौर=Indore|पटना=Patna|कानपुर=Kanpur",
            "गांधी मार्ग|स्टेशन रोड|नेहरू नगर|राजपुर रोड"),
    "TH": ("นภา=Napa|วราภรณ์=Waraporn|ปิยะนุช=Piyanuch|กาญจนา=Kanjana", "สมชาย=Somchai|วีระ=Weera|ธนากร=Thanakorn|ณัฐพล=Nattapon",
           "แสงทอง=Saengthong|บุญมา=Boonma|วงศ์สวัสดิ์=Wongsawat|ทองดี=Thongdee|ศรีวงศ์=Sriwong", "",
           "เชียงใหม่=Chiang Mai|ขอนแก่น=Khon Kaen|หาดใหญ่=Hat Yai|นครราชสีมา=Nakhon Ratchasima|อุดรธานี=Udon Thani",
           "ถนนนิมมานเหมินท์|ถนนมิตรภาพ|ถนนสุขุมวิท|ถนนศรีจันทร์"),
    "VN": ("Ngọc Anh|Thu Hà|Phương Thảo|Lan Anh|Hồng Nhung", "Minh Tuấn|Văn Hùng|Đức Anh|Quốc Bảo|Hoàng Nam",
           "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh", "", "Huế|Hải Phòng|Cần Thơ|Nha Trang|Vinh|Vũng Tàu",
           "đường Lê Lợi|đường Trần Hưng Đạo|đường Nguyễn Huệ|đường Lê Duẩn|đường Hùng Vương"),
    "ID": ("Sri|Dewi|Putri|Ayu|Rina", "Budi|Agus|Rizky|Dimas|Eko", "Santoso|Hidayat|Nugroho|Saputra|Kurniawan|Hutapea", "",
           "Yogyakarta|Semarang|Malang|Medan|Balikpapan|Manado", "Jl. Sudirman|Jl. Diponegoro|Jl. Pemuda|Jl. Merdeka|Jl. Imam Bonjol"),
}


# language -> ((country, weight), ...)
LANG_COUNTRIES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 6), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("NG", 1), ("PH", 1), ("KE", 1),
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
    """A template's lang ("en", "de", "en-GB", "pt-BR", "en-XX", "es-US") -> the sample's locale "<language>-<country>"."""
    return pick_locale(lang, rng, LANG_COUNTRIES)


# --- Addresses ----------------------------------------------------------------------------------------------------
_JP_PREF = {"金沢市": "石川県", "松山市": "愛媛県", "高松市": "香川県", "秋田市": "秋田県", "函館市": "北海道", "熊本市": "熊本県"}
_BR_UF = {"Salvador": "BA", "Fortaleza": "CE", "Goiânia": "GO", "Londrina": "PR", "Natal": "RN", "Vitória": "ES", "Joinville": "SC"}
_MY_STATE = {"Alor Setar": "Kedah", "Kuantan": "Pahang", "Miri": "Sarawak", "Taiping": "Perak", "Batu Pahat": "Johor", "Sandakan": "Sabah"}
_IT_PROV = {"Pisa": "PI", "Udine": "UD", "Siena": "SI", "Cremona": "CR", "Lucca": "LU", "Matera": "MT", "Pavia": "PV", "Vicenza": "VI"}
_US_TYPES = ["Way", "Lane", "Court", "Parkway", "Place", "Circle", "Avenue", "Terrace"]


def address_parts(r: random.Random, country: str, town: str) -> tuple[str, str, str, str]:
    """(street line, town as written, region, postcode) of a home in the country: what a form with separate fields holds
    (HL7 PID-11, X12 N3/N4, a webhook's address object, a spreadsheet's columns). `town` is the native PEOPLE entry."""
    town = _native(town)
    street = r.choice(PEOPLE[country][5].split("|"))
    no = r.randint(1, 240)

    def d(n: int) -> str:
        return _s(r, n, string.digits)
    if country == "US":
        city, state = town.split(", ")
        unit = r.choice(["", "", "", f" Unit {r.randint(1, 24)}", f" Apt {r.randint(1, 30)}{r.choice('ABCDEF')}", f" Ste {r.randint(100, 400)}"])
        return f"{r.randint(12, 19999)} {street} {r.choice(_US_TYPES)}{unit}", city, state, d(5)
    if country == "GB":
        city, area = town.rsplit(" ", 1)
        line = r.choice([f"{no} {street}", f"Flat {r.randint(1, 8)}, {no} {street}", f"{r.choice(['Kiln Cottage', 'The Old Bakery', '3 Coastguard Cottages', 'Rectory Barn'])}, {street}"])
        return line, city, "", f"{area} {r.randint(1, 9)}{_s(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if country == "IE":
        city, county = town.split(", ")
        return f"{no} {street}", city, county, f"{r.choice(['V95', 'V92', 'R93', 'F91', 'N91', 'P75'])} {_s(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if country == "CA":
        city, prov = town.split(", ")
        pc = f"{r.choice('ABCEGHJKLMNPRSTVXY')}{d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
        return f"{r.choice(['', f'{r.randint(2, 19)}0{r.randint(1, 9)}-'])}{r.randint(15, 4800)} {street}", city, prov, pc
    if country == "AU":
        city, st = town.rsplit(" ", 1)
        return f"{r.choice(['', f'{r.randint(1, 14)}/', f'Unit {r.randint(1, 9)}, '])}{no} {street}", city, st, str(r.randint(2000, 7999))
    if country == "NZ":
        return f"{no}{r.choice(['', 'A', 'C'])} {street}, {r.choice(['Stoke', 'Glenholme', 'Taradale', 'Waikiwi', 'Acacia Bay', 'South Hill'])}", town, "", d(4)
    if country == "IN":
        return (f"{r.choice(['Flat', 'No.', 'Plot'])} {r.randint(1, 40)}{r.choice(['', 'A', 'B'])}, {r.choice(['Prestige Residency', 'Shanti Niketan', 'Sunrise Apartments', 'Krishna Kunj'])}, {street}",
                town, "", f"{r.randint(3, 7)}{d(5)}")
    if country == "ZA":
        return f"{no} {street}, {r.choice(['Bendor', 'Die Boord', 'Westdene', 'Scottsville', 'Lemoenkloof', 'Vincent'])}", town, "", d(4)
    if country == "NG":
        return f"{r.choice(['No.', 'Plot', 'House'])} {no} {street}, {r.choice(['Ibara', 'Independence Layout', 'Barnawa', 'Ewet Housing', 'GRA Phase 2', 'Alagbaka'])}", town, "", ""
    if country == "PH":
        return f"{r.choice(['', 'Purok 3, ', 'Phase 2 Blk 5 Lot 9, '])}{no} {street}, Brgy. {r.choice(['Poblacion', 'Bagumbayan', 'Talomo', 'Mabolo', 'Tetuan'])}", town, "", d(4)
    if country == "KE":
        return f"{r.choice(['House ', 'Flat C', 'Plot '])}{no}, {street}", town, "", d(5)
    if country == "MY":
        return f"No. {no}, {street}, {r.choice(['Taman Sri Muda', 'Taman Melati', 'Kampung Baru'])}", town, _MY_STATE.get(town, "Perak"), d(5)
    if country in ("DE", "AT", "CH"):
        return f"{street} {no}{r.choice(['', '', 'a', 'c'])}", town, "", d(5) if country == "DE" else f"{r.randint(1, 9)}{d(3)}"
    if country == "FR":
        return f"{no}{r.choice(['', '', ' ter', ' bis'])} {street}", town, "", d(5)
    if country == "BE":
        return f"{street} {no}{r.choice(['', ' bus 3', '/0101'])}", town, "", str(r.randint(1000, 9999))
    if country == "ES":
        return f"{street} {no}, {r.choice(['1º D', '4º izda.', 'bajo B', 'entlo. 2ª'])}", town, "", d(5)
    if country == "MX":
        return f"{street} {no}, {r.choice(['Col. Chapultepec', 'Col. Nueva Alemania', 'Col. del Valle', 'Barrio de Jalatlaco'])}", town, "", d(5)
    if country == "AR":
        return f"{street} {r.randint(100, 5999)}{r.choice(['', ' 3º B', ' PB'])}", town, "", f"{r.choice('MAXSN')}{d(4)}{_s(r, 3, string.ascii_uppercase)}"
    if country == "IT":
        return f"{street}, {no}{r.choice(['', '/B', ' int. 5'])}", town, _IT_PROV.get(town, ""), d(5)
    if country == "NL":
        return f"{street} {no}{r.choice(['', 'a', '-3'])}", town, "", f"{r.randint(1000, 9999)} {_s(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')}"
    if country == "PT":
        return f"{street}, n.º {no}, {r.choice(['2.º Esq.', 'r/c Dto.', '4.º B'])}", town, "", f"{d(4)}-{d(3)}"
    if country == "BR":
        return f"{street}, {r.randint(10, 3999)}{r.choice(['', ', bloco B, ap. 302', ', casa 2'])}, {r.choice(['Pituba', 'Aldeota', 'Setor Oeste', 'Gleba Palhano', 'Ponta Negra', 'Jardim da Penha'])}", town, _BR_UF.get(town, "SP"), f"{d(5)}-{d(3)}"
    if country == "PL":
        return f"{street} {no}{r.choice(['', f'/{r.randint(1, 90)}', f' lok. {r.randint(1, 40)}'])}", town, "", f"{d(2)}-{d(3)}"
    if country == "SE":
        return f"{street} {no}{r.choice(['', ' A', ' lgh 1203'])}", town, "", f"{d(3)} {d(2)}"
    if country in ("NO", "DK"):
        return f"{street} {no}{r.choice(['', 'B', ', 1. tv.' if country == 'DK' else ' H0102'])}", town, "", d(4)
    if country == "FI":
        return f"{street} {no} {r.choice(['A', 'B', 'as.'])} {r.randint(1, 30)}", town, "", d(5)
    if country in ("CZ", "SK"):
        return f"{street} {r.randint(100, 3999)}/{r.randint(1, 80)}", town, "", f"{d(3)} {d(2)}"
    if country == "HU":
        return f"{street} {no}. {r.choice(['', '2. em. 5.', 'III/12.'])}".rstrip(), town, "", str(r.randint(1000, 9999))
    if country == "RO":
        return f"{street} nr. {no}{r.choice(['', ', ap. 14', ', bl. C3, sc. 2, ap. 31'])}", town, "", d(6)
    if country == "TR":
        return f"{r.choice(['Cumhuriyet', 'Yenimahalle', 'Fatih', 'Osmangazi'])} Mah. {street} No:{no}/{r.randint(1, 20)}", town, "", d(5)
    if country == "GR":
        return f"{street} {no}", _native(town), "", f"{d(3)} {d(2)}"
    if country == "RU":
        return f"{street}, д. {no}{r.choice(['', ', корп. 2'])}, кв. {r.randint(1, 240)}", town, "", d(6)
    if country == "UA":
        return f"{street}, {no}, кв. {r.randint(1, 240)}", town, "", d(5)
    if country == "BG":
        return f"{street} № {no}, вх. {r.choice('АБВ')}, ап. {r.randint(1, 60)}", town, "", d(4)
    if country == "HR":
        return f"{street} {no}{r.choice(['', 'a', '/II'])}", town, "", d(5)
    if country == "LT":
        return f"{street} {no}-{r.randint(1, 60)}", town, "", f"LT-{d(5)}"
    if country == "JP":
        return f"{street}{r.randint(1, 6)}丁目{r.randint(1, 25)}番{r.randint(1, 20)}号", town, _JP_PREF[town], f"{d(3)}-{d(4)}"
    if country == "CN":
        return f"{r.choice(['姑苏区', '市南区', '秀峰区', '中山区', '蜀山区', '鹿城区'])}{street}{r.randint(1, 800)}号{r.randint(1, 18)}幢{r.randint(1, 3)}{r.randint(1, 28):02d}室", town, "", d(6)
    if country == "KR":
        return f"{r.choice(['유성구', '서구', '동구', '북구'])} {street} {r.randint(1, 300)}, {r.randint(101, 120)}동 {r.randint(1, 20)}0{r.randint(1, 4)}호", town, "", d(5)
    if country == "IL":
        return f"{street} {no}{r.choice(['', ' דירה ' + str(r.randint(1, 30))])}", _native(town), "", d(7)
    if country == "AE":
        return f"{street}، فيلا {no}", _native(town), "", ""
    if country == "INH":
        return f"{r.choice(['मकान नं.', 'फ्लैट'])} {no}, {street}", _native(town), "", f"{r.randint(2, 8)}{d(5)}"
    if country == "TH":
        return f"{no}/{r.randint(1, 60)} {street} {r.choice(['ซอย 5', 'ซอย 12', 'หมู่ 3'])}", _native(town), "", d(5)
    if country == "VN":
        return f"Số {no} {street}", town, "", ""
    if country == "ID":
        return f"{street} No. {no}, RT {r.randint(1, 9):02d}/RW {r.randint(1, 12):02d}", town, "", d(5)
    raise KeyError(country)


def write_address(r: random.Random, country: str, town: str, multiline: bool = False) -> str:
    """A street address in the country's own layout (fresh20's own layouts): street, number, flat, postcode and town."""
    line, city, region, pc = address_parts(r, country, town)
    nl = "\n" if multiline else ", "
    if country == "US":
        return f"{line}{nl}{city}, {region} {pc}{r.choice(['', '', '-' + _s(r, 4, string.digits)])}"
    if country == "GB":
        return f"{line}{nl}{city.upper() if multiline and r.random() < 0.5 else city}{nl}{pc}"
    if country == "IE":
        return f"{line}{nl}{city}{nl}{region}{nl if multiline else ' '}{pc}"
    if country == "CA":
        return f"{line}{nl}{city} {region}  {pc}"
    if country == "AU":
        return f"{line}{nl}{city.upper()} {region} {pc}"
    if country in ("NZ", "ZA", "PH"):
        return f"{line}{nl}{city} {pc}"
    if country == "IN":
        return f"{line}{nl}{city} {pc}"
    if country == "NG":
        return f"{line}{nl}{city}"
    if country == "KE":
        return f"{line}{nl}{city} {pc}"
    if country == "MY":
        return f"{line}{nl}{pc} {city}, {region}"
    if country in ("DE", "AT", "CH", "FR", "BE", "ES", "MX", "NL", "PL", "SE", "NO", "DK", "FI", "CZ", "SK", "HR", "LT"):
        prefix = {"AT": "A-", "CH": "CH-", "DE": "D-"}.get(country, "") if r.random() < 0.25 else ""
        return f"{line}{nl}{prefix}{pc} {city}"
    if country == "AR":
        return f"{line}{nl}{pc} {city}"
    if country == "IT":
        return f"{line}{nl}{pc} {city} ({region})"
    if country == "PT":
        return f"{line}{nl}{pc} {city}"
    if country == "BR":
        return f"{line}{nl}{city}/{region}{nl}CEP {pc}"
    if country == "HU":
        return f"{pc} {city}, {line}"
    if country == "RO":
        return f"{line}{nl}{city}, cod {pc}"
    if country == "TR":
        return f"{line}{nl}{pc} {city}"
    if country == "GR":
        return f"{line}, {pc} {city}"
    if country == "RU":
        return f"{pc}, г. {city}, {line}"
    if country == "UA":
        return f"{line}, м. {city}, {pc}"
    if country == "BG":
        return f"гр. {city} {pc}, {line}"
    if country == "JP":
        return f"〒{pc} {region}{city}{line}"
    if country == "CN":
        return f"{city}市{line}"
    if country == "KR":
        return f"{city}시 {line}"
    if country == "IL":
        return f"{line}, {city}"
    if country == "AE":
        return f"{line}، {city}"
    if country == "INH":
        return f"{line}, {city} - {pc}"
    if country == "TH":
        return f"{line} อ.เมือง จ.{city} {pc}"
    if country == "VN":
        return f"{line}, {r.choice(['phường Vĩnh Ninh', 'phường 3', 'phường Lộc Thọ'])}, {city}"
    if country == "ID":
        return f"{line}{nl}{city} {pc}"
    raise KeyError(country)


# --- Organizations -------------------------------------------------------------------------------------------------
_ORG_EN: tuple[str, ...] = ("{l} Roofing & Loft Conversions", "{t} Solar Co-op", "{l} Removals", "{t} Audiology Centre",
                            "{t} Marina Berth Holders", "{l} Print Lab", "{t} Rod & Gun Club", "{t} Community Choir",
                            "Harbourside Co-Working", "{l} Dental Group", "{t} Federal Credit Union", "{l} Care Home",
                            "{t} Amateur Radio Society", "{l} & {l2} Builders")  # {t} town, {l} a surname

# English organizations by kind ({org:school}, {org:clinic}...), so that "my son's school" names a school.
_ORG_EN_KIND: dict[str, tuple[str, ...]] = {
    "builder": ("{l} Roofing & Loft Conversions", "{l} & {l2} Builders", "{t} Kitchens & Joinery", "{l} Damp Proofing Ltd",
                "Keystone Renovations of {t}", "{l} Electrical Contractors"),
    "solar": ("{t} Solar Co-op", "{l} Renewables", "SunHarvest Installations {t}", "{l} Solar & Battery"),
    "movers": ("{l} Removals", "{t} Van Lines", "Two Brothers Moving of {t}", "{l} Storage & Removals"),
    "childcare": ("Little Acorns Nursery {t}", "{t} Kids Club", "Bright Sparks Childminding", "{l} Day Nursery"),
    "school": ("{t} Middle School", "St Aidan's Primary", "{t} Academy", "Holy Cross High School {t}"),
    "uni": ("University of {t}", "{t} Institute of Technology", "{t} College of Art", "{t} Community College"),
    "clinic": ("{t} General Hospital", "{t} Royal Infirmary", "{l} Medical Practice", "St Luke's Hospital {t}"),
    "dental": ("{l} Dental Group", "{t} Smile Studio", "Bright Dental {t}", "{l} Orthodontics"),
    "hearing": ("{t} Audiology Centre", "{l} Hearing Care", "ClearSound Hearing {t}"),
    "care": ("{l} Care Home", "Willow Lodge Retirement Village", "{t} Memory Care", "Heatherbank Nursing Home"),
    "marina": ("{t} Marina", "{t} Sailing Club", "{l}'s Boatyard", "{t} Harbour Moorings"),
    "club": ("{t} Community Choir", "{t} Road Runners", "{t} Rotary Club", "{t} Neighbourhood Watch", "{t} Lions Club",
             "{t} Historical Society", "{t} Allsorts Social Club"),
    "music": ("{t} Brass Band", "{t} Community Choir", "The {l} Collective", "{t} Chamber Singers", "{t} Ukulele Orchestra"),
    "run": ("{t} Road Runners", "{t} Triathlon Club", "{t} Harriers & AC", "{t} Trail Runners"),
    "gun": ("{t} Rod & Gun Club", "{t} Rifle & Pistol Club", "{t} Clay Shooting Ground"),
    "drone": ("{t} Drone Flyers", "{t} Model Aero Club", "{l} Aerial Imaging"),
    "esports": ("{t} Esports Collective", "Team {l} Gaming", "{t} Rift Raiders"),
    "ski": ("{t} Ski School", "Snowline Ski & Board School", "{l} Snowsports"),
    "library": ("{t} Public Library", "{t} Library Service", "{l} Memorial Library"),
    "cowork": ("Harbourside Co-Working", "{t} Hub Workspace", "The Mill Co-Working {t}", "{l} Studios"),
    "print": ("{l} Print Lab", "{t} Makerspace", "LayerCake 3D Printing", "{t} Print & Scan"),
    "bank": ("{t} Federal Credit Union", "{t} Savings & Loan", "First Community Bank of {t}", "{t} Building Society"),
    "firm": ("{l} Tax & Accounting", "{l} & {l2} LLP", "{l} Insurance Brokers", "{t} Veterinary Group", "{l} Landscaping"),
}

# Other languages' organizations by kind; a kind a language lacks falls back to any of its names.
_ORG_XX: dict[str, dict[str, tuple[str, ...]]] = {
    "de": {"solar": ("Solarprofi {t}", "{l} Solartechnik GmbH"), "care": ("Seniorenresidenz am {t}er Park", "Pflegeheim Haus Lindenhof"),
           "gun": ("Schützenverein {t} 1879 e.V.", "Schützengilde {t}"), "builder": ("{l} Dachdeckerei GmbH", "Bauunternehmung {l}"),
           "hearing": ("Hörakustik {l}",), "dental": ("Zahnarztpraxis Dr. {l}",), "shop": ("Sparkasse {t}", "Umzüge {l} & Söhne", "Druckerei {l}")},
    "fr": {"builder": ("Menuiserie {l}", "Rénovation {l} et Fils"), "solar": ("Soleil d'{t} Énergie",), "hearing": ("Audition {l}", "Centre auditif de {t}"),
           "care": ("EHPAD Les Glycines",), "dental": ("Cabinet dentaire {l}",), "shop": ("Crédit Mutuel de {t}", "Déménagements {l}")},
    "es": {"solar": ("Solar {t} S.L.", "Energías Renovables {l}"), "dental": ("Clínica Dental {l}", "Clínica Dental Sonrisas {t}"),
           "clinic": ("Hospital Comarcal de {t}", "Clínica San Rafael"), "builder": ("Reformas {l} S.L.",), "care": ("Residencia Los Olivos",)},
    "it": {"builder": ("Edilizia {l} Srl", "Impresa Edile {l}"), "marina": ("Circolo Nautico {t}", "Porto Turistico di {t}"),
           "school": ("Istituto Comprensivo {t} 2", "Scuola Primaria Collodi"), "clinic": ("Ospedale Civile di {t}", "Casa di Cura San Giuseppe"),
           "care": ("RSA Villa Serena",), "hearing": ("Centro Acustico {t}",)},
    "nl": {"marina": ("Jachthaven {t}", "Watersportvereniging {t}"), "hearing": ("Hoorcentrum {t}", "Hoortoestellen {l}"),
           "builder": ("Bouwbedrijf {l}",), "care": ("Zorgcentrum De Hoven",), "solar": ("Zonnepanelen {t}",)},
    "pt": {"solar": ("Solar {t} Lda.", "Energias {l}"), "marina": ("Marina de {t}", "Clube Naval de {t}"), "care": ("Lar São Vicente",),
           "builder": ("Construções {l} Lda.",)},
    "pt-BR": {"solar": ("Energia Solar {t}", "{l} Solar Ltda."), "clinic": ("Hospital Santa Casa de {t}", "Hospital São Lucas"),
              "builder": ("Construtora {l}",)},
    "pl": {"solar": ("Fotowoltaika {t}", "{l} Energia Sp. z o.o."), "hunt": ("Koło Łowieckie Darz Bór {t}", "Koło Łowieckie Jeleń"),
           "clinic": ("Przychodnia Zdrowie {t}", "NZOZ Rodzina"), "care": ("Dom Seniora Złota Jesień",)},
    "sv": {"solar": ("{t} Solenergi AB", "{l}s Solel"), "care": ("{t} Äldreboende",), "marina": ("{t} Båtklubb",)},
    "no": {"marina": ("{t} Båtforening", "{t} Småbåthavn"), "shop": ("{l} Bygg AS", "{t} Sport", "{t} Hørselssenter")},
    "da": {"solar": ("{t} Solceller ApS", "{l}s Solenergi"), "care": ("Plejecenter {t}", "Plejehjemmet Solbakken")},
    "fi": {"solar": ("{t}n Aurinkosähkö Oy", "Aurinkoenergia {l}"), "marina": ("{t}n Pursiseura", "{t}n Venesatama")},
    "sk": {"movers": ("Sťahovanie {l}", "{t} Sťahovacia služba")},
    "hu": {"esports": ("{t}i E-sport Egyesület", "{l} Gaming Kft."), "shop": ("{t}i Napelem Kft.", "{l} Fogászat", "{l} Építő Kft.")},
    "ro": {"builder": ("{l} Construct SRL", "Renovări {l} SRL")},
    "lt": {"solar": ("{t} saulės elektrinės", "UAB „{l} energija“")},
    "bg": {"solar": ("Соларни системи {t}", "„{l} Солар“ ЕООД"), "dental": ("Дентален център „Усмивка“", "Дентална клиника „{l}“")},
    "ja": {"solar": ("{t}ソーラー株式会社", "{l}電設"), "hearing": ("{t}補聴器センター", "{l}補聴器店")},
    "ar": {"solar": ("{t} للطاقة الشمسية", "مؤسسة {l} للطاقة المتجددة")},
    "hi": {"solar": ("{t} सोलर एनर्जी", "{l} सोलर सॉल्यूशंस")},
    "id": {"solar": ("Surya {t} Energi", "CV {l} Solar")},
}


def make_org(r: random.Random, lang: str, country: str, town: str, kind: str = "") -> str:
    if lang == "en":
        pool = _ORG_EN_KIND.get(kind) or _ORG_EN  # {org:uc} passes its case flag here
    else:
        kinds = _ORG_XX.get(f"{lang}-{country}") or _ORG_XX.get(lang, {})
        pool = kinds.get(kind) or tuple(p for names in kinds.values() for p in names) or _ORG_EN
    pattern = r.choice(pool)
    lasts = (PEOPLE[country][3] or PEOPLE[country][2]).split("|")
    last, last2 = r.sample(lasts, 2)
    roman = lang == "en" or country in ("CN", "JP", "KR") and lang not in ("zh", "ja", "ko")
    last, last2 = (_roman(last), _roman(last2)) if roman else (_native(last), _native(last2))
    return pattern.replace("{l2}", last2).replace("{l}", last).replace("{t}", town_name(country, town))


# --- Italian towns' cadastral codes (the codice fiscale of _blind_values.make_natid) --------------------------------
_CF_TOWNS = {"Pisa": "G702", "Udine": "L483", "Siena": "I726", "Cremona": "D150", "Lucca": "E715", "Matera": "F052", "Pavia": "G388",
             "Vicenza": "L840"}


# --- Password words ({pw:word|leet|wifi|phrase}, made by _blind_values.make_password) -------------------------------
_PW_WORDS = {
    "en": "Tugboat|Pinecone|Rhubarb|Kingfisher|Saxophone|Butterscotch|Lamplight|Quokka|Driftwood|Nutmeg",
    "de": "Eichhörnchen|Pflaumenkuchen|Leuchtturm|Schwalbe|Dudelsack|Holunder",
    "fr": "Hérisson|Framboise|Girouette|Mirabelle|Coquelicot|Papillon",
    "es": "Mariposa|Aceituna|Gaviota|Castañuela|Membrillo",
    "it": "Girasole|Farfalla|Pistacchio|Tramonto|Cavalluccio",
    "pl": "Bocian|Pierogi|Sikorka|Kasztan|Jaskolka",
    "nl": "Stroopwafel|Molenwiek|Tulpenbol|Ooievaar",
    "pt": "Pastelaria|Golfinho|Azulejo|Cegonha",
    "tr": "Lokum|Martı|Kiraz|Lale",
    "ru": "Matryoshka|Sinitsa|Oduvanchik|Ryabina",
    "sv": "Hjortron|Lingon|Tranbar|Vitsippa",
    "id": "Cendrawasih|Kelapa|Anggrek|Nangka",
}
_PHRASE_WORDS = ["copper", "meadow", "violin", "pebble", "saffron", "tundra", "quartz", "bramble", "heron", "velvet", "comet", "orchard",
                 "lagoon", "thimble", "walrus", "cedar"]  # {pw:phrase}
_WORK_DOMAINS = ["blenkinsop-builders.co.uk", "missoula-solarcoop.org", "harbourside-cowork.com", "tremblay-audiologie.ca",
                 "iyer-dental.in", "pembrook-tax.com", "fitzsimmons-removals.com.au", "venables-llp.co.uk", "okafor-landscaping.com"]


class Context(_bv.Context):
    """One prompt of this set: _blind_values.Context with this set's people, places, work domains and password words."""

    people_table = PEOPLE
    work_domains = _WORK_DOMAINS
    cf_towns = _CF_TOWNS
    pw_words = _PW_WORDS
    phrase_words = _PHRASE_WORDS
    write_address = staticmethod(write_address)
    make_org = staticmethod(make_org)


# --- This set's own slots --------------------------------------------------------------------------------------------
_DIGIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_MY_TOKENS = {  # {tk:<kind>}: provider tokens and keys _blind_values.TOKEN_KINDS does not have
    "ttn": lambda r: "NNSXS." + _s(r, 39, _bv.UPAN) + "." + _s(r, 52, _bv.UPAN),
    "particle": lambda r: _s(r, 40, _bv.HEX),
    "pushover": lambda r: "a" + _s(r, 29, string.ascii_lowercase + string.digits),
    "openweather": lambda r: _s(r, 32, _bv.HEX),
    "ifttt": lambda r: _s(r, 22, _bv.URLSAFE),
    "plaid": lambda r: _s(r, 30, _bv.HEX),
    "paddle": lambda r: "pdl_live_apikey_" + _s(r, 26, _bv.LOWAN) + "_" + _s(r, 22) + "_" + _s(r, 3),
    "gocardless": lambda r: "live_" + _s(r, 40, _bv.URLSAFE),
    "wise": lambda r: "-".join(_s(r, n, _bv.HEX) for n in (8, 4, 4, 4, 12)),
    "adyen": lambda r: "AQE" + _s(r, 8) + "+" + _s(r, 60, _bv.B64) + "=",
    "braintree": lambda r: _s(r, 32, _bv.HEX),
    "checkout": lambda r: "sk_" + r.choice(["", "sbox_"]) + _s(r, 26, string.ascii_lowercase + "234567") + "q",
    "easypost": lambda r: "EZAK" + _s(r, 50, _bv.HEX),
    "sumup": lambda r: "sup_sk_" + _s(r, 32),
    "spotify": lambda r: _s(r, 32, _bv.HEX),
    "strava": lambda r: _s(r, 40, _bv.HEX),
    "steam_gslt": lambda r: _s(r, 32, "0123456789ABCDEF"),
    "steam_api": lambda r: _s(r, 32, "0123456789ABCDEF"),
    "factorio": lambda r: _s(r, 30, _bv.HEX),
    "obs": lambda r: "live_" + str(r.randint(10**8, 10**9 - 1)) + "_" + _s(r, 30),
    "nextcloud_secret": lambda r: _s(r, 48, _bv.AN + "+/"),
    "gitea_secret": lambda r: _s(r, 64, _bv.AN),
    "synapse_macaroon": lambda r: _s(r, 50, _bv.AN + "~.,^;:=-"),
    "restic": lambda r: _s(r, 32, _bv.AN + "-_"),
    "borg": lambda r: "-".join(_s(r, 5, string.ascii_lowercase) for _ in range(5)),
    "aprs": lambda r: str(r.randint(10000, 32767)),
    "lock_api": lambda r: "nk_live_" + _s(r, 40),
    "tesla_refresh": lambda r: "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + _s(r, 180, _bv.URLSAFE) + "." + _s(r, 86, _bv.URLSAFE),
    "firebase_server": lambda r: "AAAA" + _s(r, 7, _bv.URLSAFE) + ":APA91b" + _s(r, 134, _bv.URLSAFE),
    "apple_p8": lambda r: "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + _s(r, 16, _bv.B64) + "\n"
                          + _s(r, 64, _bv.B64) + "\n" + _s(r, 64, _bv.B64) + "\n" + _s(r, 8, _bv.B64) + "\n-----END PRIVATE KEY-----",
    "play_json": lambda r: "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(_s(r, 64, _bv.B64) for _ in range(6)) + "\\n-----END PRIVATE KEY-----\\n",
    "alertmanager_slack": lambda r: "T0" + _s(r, 7, _bv.UPAN) + "/B0" + _s(r, 7, _bv.UPAN) + "/" + _s(r, 24),
    "printer_key": lambda r: _s(r, 32, "0123456789ABCDEF"),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + _s(r, 150, _bv.URLSAFE),
}
_COMMENT_NAMES = {"US", "GB", "IE", "CA", "AU", "NZ", "IN", "ZA", "NG", "PH", "KE", "MY"}


def _orcid(r: random.Random) -> str:
    base = "000" + str(r.randint(1, 3)) + _s(r, 11, string.digits)
    total = 0
    for ch in base:
        total = (total + int(ch)) * 2
    check = (12 - total % 11) % 11
    full = base + ("X" if check == 10 else str(check))
    return "-".join(full[i:i + 4] for i in range(0, 16, 4))


def _purlx(ctx: Context, p: _bv.Person, kind: str) -> str:
    r = ctx.rng
    first, last = _slug(p.given_roman), _slug(p.family_roman)
    handle = r.choice([f"{first}{last}", f"{first}_{last}", f"{first}{last[:1]}{r.randint(2, 99)}"])
    return {
        "orcid": f"https://orcid.org/{_orcid(r)}",
        "scholar": f"https://scholar.google.com/citations?user={_s(r, 12, _bv.URLSAFE)}&hl=en",
        "steam": f"https://steamcommunity.com/id/{handle}/",
        "twitch": f"https://www.twitch.tv/{handle}",
        "itch": f"https://{first}{last}.itch.io",
        "komoot": f"https://www.komoot.com/user/{r.randint(10**11, 10**12)}",
        "linktree": f"https://linktr.ee/{handle}",
        "substack": f"https://{first}{last}.substack.com",
        "wishlist": f"https://www.amazon.com/hz/wishlist/ls/{_s(r, 13, _bv.UPAN)}?ref_=wl_share",
        "notion": f"https://{first}-{last}.notion.site/Portfolio-{_s(r, 32, _bv.HEX)}",
        "qrz": f"https://www.qrz.com/db/{_callsign(r, p.country)}",
        "race": f"https://my.raceresult.com/{r.randint(200000, 399999)}/participants/{r.randint(100, 9999)}",
        "researchgate": f"https://www.researchgate.net/profile/{p.given_roman.replace(' ', '-')}-{p.family_roman.replace(' ', '-')}",
        "faceit": f"https://www.faceit.com/en/players/{handle}",
    }[kind]


def _callsign(r: random.Random, country: str) -> str:
    prefix = {"US": r.choice(["K", "W", "N", "KD", "KC", "AB"]), "GB": r.choice(["M0", "M7", "2E0", "G4"]), "CA": "VE" + str(r.randint(1, 7)),
              "AU": "VK" + str(r.randint(1, 7)), "DE": "DL" + str(r.randint(1, 9)), "IE": "EI" + str(r.randint(2, 9))}.get(country, "W")
    if prefix[-1].isdigit():
        return prefix + _s(r, r.choice([2, 3]), string.ascii_uppercase)
    return prefix + str(r.randint(0, 9)) + _s(r, r.choice([2, 3]), string.ascii_uppercase)


def _dl(r: random.Random) -> str:
    """A US driver's licence number in one of the states' shapes."""
    return r.choice([r.choice("ABCDEFGHJKLMNPRSTWY") + _s(r, 7, string.digits),
                     f"{r.choice('BDFHJKMPRSW')}{_s(r, 3, string.digits)}-{_s(r, 4, string.digits)}-{_s(r, 4, string.digits)}",
                     f"{r.choice('ABCDEFGHJKLMNPRSTWY')}{_s(r, 12, string.digits)}", f"{_s(r, 3, string.digits)} {_s(r, 3, string.digits)} {_s(r, 3, string.digits)} {_s(r, 3, string.digits)}"])


def _compact(d, fmt: str) -> str:  # type: ignore[no-untyped-def]
    return {"ymd": d.strftime("%Y%m%d"), "yymmdd": d.strftime("%y%m%d"), "mdy": d.strftime("%m%d%Y"), "dmy": d.strftime("%d%m%Y"),
            "excel": d.strftime("%Y-%m-%d")}[fmt]


def _parts_of(ctx: Context, idx: int) -> tuple[str, str, str, str]:
    key = f"f20addr{idx}"
    if key not in ctx.cache:
        p = ctx.person(idx)
        ctx.cache[key] = [(x, None) for x in address_parts(ctx.rng, p.country, p.home)]
    line, city, region, pc = (t for t, _ in ctx.cache[key])
    return line, city, region, pc


def _card_text(r: random.Random, digits: str, style: str) -> str:
    groups = [digits[:4], digits[4:10], digits[10:]] if len(digits) == 15 else [digits[i:i + 4] for i in range(0, len(digits), 4)]
    if style == "box":  # a handwritten form's boxes, OCR'd
        return "][".join(digits)
    if style == "endash":
        return "–".join(groups)
    if style == "nbsp":
        return "\u00a0".join(groups)
    if style == "two":  # as a narrow receipt prints it: two halves
        return digits[:8] + " " + digits[8:]
    if style == "ocr0":  # an OCR misreading inside the number: O for 0, l for 1 or S for 5 (the first that fits)
        text = " ".join(groups)
        for a, b in (("0", "O"), ("1", "l"), ("5", "S")):
            i = text.find(a, 1)
            if 0 < i < len(text) - 1:
                return text[:i] + b + text[i + 1:]
        return text
    if style == "tel":  # read over the phone, typed as heard
        return ", ".join(" ".join(g) for g in groups)
    if style == "words":
        return " ".join(" ".join(_DIGIT_WORDS[int(c)] for c in g) for g in groups).replace(" zero", " oh")
    if style == "star":  # between asterisks in an X12 or pipe-delimited segment
        return digits
    raise KeyError(style)


def _ssn_text(r: random.Random, v: str, style: str) -> str:
    a, b, c = v.split("-")
    if style == "endash":
        return f"{a}–{b}–{c}"
    if style == "box":
        return "][".join(a + b + c)
    if style == "nbsp":
        return f"{a}\u00a0{b}\u00a0{c}"
    if style == "oh":
        def w(x: str) -> str:
            return " ".join("oh" if ch == "0" else _DIGIT_WORDS[int(ch)] for ch in x)
        return f"{w(a)} - {w(b)} - {w(c)}"
    if style == "dots":
        return f"{a}.{b}.{c}"
    if style == "mixed":  # typed with a stray space on one side of a dash
        return f"{a} -{b}-{c}" if r.random() < 0.5 else f"{a}-{b} - {c}"
    raise KeyError(style)


_MINE = ("tk", "street", "city", "pc", "region", "addrsep", "dc", "dobc", "cardx", "ssnx", "dl", "purlx", "uname", "login", "loginl", "mmsi", "callsign",
         "droneid", "plate", "mrn", "libcard", "licno", "vault", "wgpub", "sshpub", "npi", "bib")
_TRANSFORMS = ("qp", "esc")


def _head(slot: str) -> tuple[str, int, list[str]]:
    name, *args = slot.split("@")[0].split(":")
    idx = 1
    if name and name[-1].isdigit() and name[:-1] in _MINE:
        name, idx = name[:-1], int(name[-1])
    return name, idx, args


def _my_fill(ctx: Context, slot: str) -> _bv.Parts | None:
    """This set's own slots (None when the slot is _blind_values.fill's). The same slot gives the same value twice."""
    r = ctx.rng
    head, idx, args = _head(slot)
    if head not in _MINE:
        return None
    key = "f20:" + slot
    if key in ctx.cache:
        return ctx.cache[key]
    out: _bv.Parts
    if head == "tk":
        out = [(_MY_TOKENS[args[0]](r), "SECRET")]
    elif head in ("street", "city", "pc", "region"):
        line, city, region, pc = _parts_of(ctx, idx)
        out = {"street": [(line, "ADDRESS")], "city": [(city, "LOCATION")], "pc": [(pc, None)], "region": [(region, None)]}[head]
    elif head == "addrsep":  # one field with component separators: HL7 PID-11 (^) or a vCard ADR (;), one span
        line, city, region, pc = _parts_of(ctx, idx)
        sep = {"hl7": "^", "vcard": ";"}[args[0]]
        out = [(sep.join([line, "", city, region, pc] if args[0] == "hl7" else [line, city, region, pc]).rstrip(sep), "ADDRESS")]
    elif head == "dc":  # a compact date (20250314, 250314...)
        import datetime
        d = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randint(0, 600))
        out = [(_compact(d, args[0] if args else "ymd"), "DATE")]
    elif head == "dobc":
        out = [(_compact(ctx.person(idx).dob, args[0] if args else "ymd"), "DATE_OF_BIRTH")]
    elif head == "cardx":
        scheme = next((a for a in args if a in _bv._SCHEMES), "")
        digits = _bv.make_card(r, ctx.country, scheme, "plain")
        ctx.last_card = digits
        out = [(_card_text(r, digits, args[0] if args and args[0] not in _bv._SCHEMES else "box"), "CREDIT_CARD")]
    elif head == "ssnx":
        out = [(_ssn_text(r, _bv.make_ssn(r, "dash"), args[0] if args else "endash"), "US_SSN")]
    elif head == "dl":
        out = [(_dl(r), "NATIONAL_ID")]
    elif head == "purlx":
        out = [(_purlx(ctx, ctx.person(idx), args[0]), "URL")]
    elif head == "uname":  # a username built from a name: each part its own span
        p = ctx.person(idx)
        sep = {"dot": ".", "us": "_", "dash": "-"}[args[0] if args else "dot"]
        out = [(_slug(p.given_roman), "PERSON"), (sep, None), (_slug(p.family_roman), "PERSON")]
    elif head in ("login", "loginl"):  # a login or host name made of the given or the family name, romanised and lower-cased
        p = ctx.person(idx)
        out = [(_slug(p.given_roman if head == "login" else p.family_roman), "PERSON")]
    # not PII (no type for them, or not secret):
    elif head == "mmsi":  # a boat's radio identity
        out = [(r.choice(["232", "235", "338", "366", "316", "503", "244", "211"]) + _s(r, 6, string.digits), None)]
    elif head == "callsign":
        out = [(_callsign(r, ctx.country), None)]
    elif head == "droneid":
        out = [(r.choice(["FA3", "FA2"]) + _s(r, 7, "ACDEFHJKLMNPRTWXY3479"), None)]
    elif head == "plate":
        out = [(r.choice([f"{_s(r, 3, string.ascii_uppercase)} {_s(r, 4, string.digits)}", f"{_s(r, 2, 'ABCDEFGHKLMNPRSVWY')}{r.randint(10, 74)} {_s(r, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"]), None)]
    elif head == "mrn":
        out = [(r.choice(["", "MRN", "H"]) + _s(r, r.choice([7, 8]), string.digits), None)]
    elif head == "libcard":
        out = [(f"2{_s(r, 4, string.digits)}{_s(r, 8, string.digits)}{r.randint(0, 9)}", None)]
    elif head == "licno":
        out = [(r.choice(["", "HL-", "FL", "W"]) + _s(r, r.choice([8, 9]), string.digits), None)]
    elif head == "vault":  # Ansible Vault ciphertext: safe to share without the vault password
        body = _s(r, 80 * 5, _bv.HEX)
        out = [("$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(body[i:i + 80] for i in range(0, len(body), 80)), None)]
    elif head == "wgpub":
        out = [(base64.b64encode(r.randbytes(32)).decode(), None)]
    elif head == "sshpub":
        out = [("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + _s(r, 43, _bv.B64), None)]
    elif head == "npi":  # a clinician's public registry number
        out = [("1" + _s(r, 9, string.digits), None)]
    else:  # bib
        out = [(str(r.randint(101, 18999)), None)]
    if "uc" in args:
        out = [(t.upper(), e) for t, e in out]
    ctx.cache[key] = out
    return out


def _transform(parts: _bv.Parts, how: str) -> _bv.Parts:
    if how == "qp":  # a urlencoded form body (PayPal IPN, a POST): values as they are sent
        return [(urllib.parse.quote_plus(t, safe="") if e else t, e) for t, e in parts]
    return [(t.replace("\n", "\\n") if e else t, e) for t, e in parts]  # esc: inside a JSON string


def fill(ctx: Context, slot: str) -> _bv.Parts:
    """corpus.py renders each set with its module's locale_for, Context and fill: this set's slots, then _blind_values'.
    A trailing :qp (urlencoded) or :esc (JSON-escaped newlines) changes how the same value is written."""
    for how in _TRANSFORMS:
        if slot.endswith(":" + how):
            return _transform(fill(ctx, slot[: -len(how) - 1]), how)
    return _my_fill(ctx, slot) or _bv.fill(ctx, slot)


# --- Templates ---------------------------------------------------------------------------------------------------------
# PII templates in English: home and household, health and care, study, clubs and hobbies, money, each its own layout.
_PII_EN: list[tuple[str, str]] = [
    # solar, renovation, planning
    ("en", "Can you tidy up this message to our solar installer? 'Hi {first2}, it's {name} at {addr}. The panels went up on {date} but the inverter shows offline. Our router is {ip:priv} and the inverter portal login is {email} / {pw:word}. Ring me on {phone} if that's easier.'"),
    ("en-GB", "Help me fill in the Smart Export Guarantee form for {org:solar}. MPAN {n:1000000:9999999}{n:100000:999999}, MCS certificate {x:sku}. Account holder {namecaps}, {addrml}. Export payments to {iban:GB} please."),
    ("en-US", "I'm doing Form 5695 for the solar we put in last year. Installer: {org:solar}, invoice {x:invoice}, total {x:price}. It's a joint return: me {name:m}, SSN {ssn}, and my wife {first2:f}, SSN {ssn2}. Is the home battery eligible for the credit too?"),
    ("en", "Write a firm but polite email to {org:builder}. They started the loft conversion at {addr} on {date}, their foreman {name2} keeps rescheduling, and they've charged my card {card} twice for the {x:price} deposit. Reference {x:invoice}."),
    ("en-GB", "Proofread our neighbour notification letter: 'Dear {first2}, we ({name} and {name3}) have applied to {town} council for a single-storey rear extension at {addr}. Application ref {x:ticket}. If you have any concerns, email {email} or ring {phone}. Kind regards.'"),
    ("en", "Our kitchen fitter sent this quote, does the payment schedule look normal?\nClient: {rev}\nSite: {addrml}\nStage 1 (deposit, 30%) due {date@1}\nStage 2 (first fix) due {date@2}\nPay to: {org:builder}, {iban}\nQueries: {name2}, {phone2}"),
    ("en", "Summarise this damp survey for my landlord {name2}: property {addr}, surveyed {date} by {name3} of {org:builder}. Rising damp in the rear wall, 18% moisture. Access was arranged by the tenant, {name}, {phone}."),
    ("en-AU", "Can you turn this into a complaint to Fair Trading? Builder {name2} from {org:builder} took a {x:price} deposit from my card {card:dash} on {date} to re-roof {addr} and hasn't shown up. His mobile {phone2} goes to voicemail."),
    # childcare, babysitting, school runs
    ("en", "Make a rota table from this: childcare swap between me ({first}), {name2:f} and {name3:m}. Mondays the kids go to {first2}'s at {addr2}, Wednesdays to mine, Fridays {first3} does pickup from {org:school}. Emergency numbers: {phone}, {phone2}, {phone3}."),
    ("en", "Write a note for our babysitter {first2:f}: the kids are {first3:kid} and {first4:kid}, bedtime 7:30. Wi-Fi is '{last}-Home', password {pw:wifi}. The alarm code is {pw:pin}. We'll be at {org:club} until late, call {phone} or my husband {first5:m} on {phone5}."),
    ("en", "Optimise this school bus route for {org:school}, stops in order:\n1. {addr} - {first:kid} {last}\n2. {addr2} - {first2:kid} {last2}\n3. {addr3} - {first3:kid} {last3}\nDriver: {name4}, {phone4}. Leaves the depot at 7:10."),
    ("en", "Reword this sign-up for {org:childcare}: child {name:kid}, born {dob:long}. Parents {name2} ({phone2}) and {name3} ({email3}). Authorised to collect: {name4}. Start date {date}."),
    ("en-US", "The state childcare subsidy form asks for the SSN of every adult in the household. Ours: {name} {ssn}, {name2} {ssn2:space}. Our daughter {first3:kid} doesn't have one yet, is that a problem? We're at {addr}."),
    ("en-GB", "Help me write to the school about the bus pass: my son {name:kid} ({dob:num}) moved to {addr} on {date}, so his stop should change. Our contact is {email} or {phone}. His form tutor is Mrs {last2}."),
    # neighbourhood watch, community
    ("en", "Summarise this neighbourhood watch thread for the newsletter, leaving the names out:\n[19:02] {name}: white van parked outside {addr2} again\n[19:05] {name2}: plate {plate}, the driver knocked asking for {first3}\n[19:11] {name3}: doorbell clip is here {purl3:drive}\n[19:15] {name}: I've rung PC {last4}, he said report it on 101"),
    ("en", "Turn this into the minutes of our residents' meeting on {date}: present {name}, {name2}, {name3} (chair), {name4}. {first2} reported the broken gate at {addr2}. {first3} will email the council from {email3}. Next meeting at {first}'s place, {addr}."),
    ("en", "Can you make a phone tree for the neighbourhood watch?\n{name} {phone}\n{name2} {phone2}\n{name3} {phone3}\n{name4} {phone4}\n{name5} {phone5}\nCoordinator is {first}, everyone else calls two people below them."),
    # choir, band, orchestra
    ("en", "Sort this choir roster by voice part and tell me who hasn't paid subs:\nname,part,email,phone,paid\n{name},soprano,{email},{phone},yes\n{name2},alto,{email2},{phone2},no\n{name3},tenor,{email3},{phone3},no\n{name4},bass,{email4},{phone4},yes"),
    ("en", "Format this guest list for the venue, {org:music} play {town} on {date}:\n+1s: {name} (plus {first2}), {name3}, {name4}\nCrew passes: {rev5}, {rev6}\nDay-of contact: {phone}"),
    ("en", "Draft a welcome email from {org:music} to our new cornet player {name:f}. Rehearsals Tuesdays at {addr2}. Uniform fitting with {name3} on {date}. Subs by standing order to {iban}, ref {last:uc}."),
    ("en", "Our band splits gig money four ways. Can you work out who owes what? {first} paid the van ({x:price}) on her card {card}, {first2} paid the B&B in {town@x}, {first3} and {first4} paid nothing. Bank details for the transfer: {iban}."),
    # races
    ("en", "Why does the race API reject this registration?\n{{\"event\": \"{town} Half Marathon\", \"bib\": {bib}, \"first_name\": \"{first}\", \"last_name\": \"{last}\", \"dob\": \"{dob:iso}\", \"email\": \"{email}\", \"emergency_contact\": {{\"name\": \"{name2}\", \"phone\": \"{phone2}\"}}, \"payment\": {{\"card\": \"{card:plain}\", \"exp\": \"{exp}\"}}}}"),
    ("en", "Help me answer the medical declaration for the {town} marathon: I'm {name}, born {dob}, my GP is Dr {last2} at {org:clinic}. I had a cardiac ablation on {date}. Emergency contact {first3} on {phone3}."),
    ("en", "Draft a message to the timing company: my result at {purlx:race} shows the name {name2} instead of mine ({name}). I think our chips were swapped at bib pick-up, my bib was {bib}."),
    ("en", "Make a relay team sheet for {org:run}:\nLeg 1 {name} (DOB {dob})\nLeg 2 {name2} (DOB {dob2})\nLeg 3 {name3} (DOB {dob3})\nLeg 4 {name4} (DOB {dob4})\nTeam captain's mobile: {phone}"),
    ("en", "I'm selling my triathlon entry to {name2}. Write the transfer request to the organiser: original entrant {name}, {email}, entry {x:order}; new entrant {name2}, {email2}, born {dob2}, club {org:run}."),
    # hospital, dental, hearing, care
    ("en-GB", "Explain this discharge letter in plain English for my mum:\nDISCHARGE SUMMARY - {org:clinic}\nPatient: {namecaps:f}   DOB: {dob:num}   NHS No: {natid:nhs}\nAddress: {addr}\nAdmitted: {date@1}   Discharged: {date@2}\nConsultant: Mr {last2}\nDiagnosis: NSTEMI, started on ticagrelor 90 mg BD.\nGP: Dr {name3}"),
    ("en-US", "My dad's discharge paperwork from {org:clinic} lists his SSN as {ssn} but the billing statement has {ssnx:dots}. Which should I give the insurer? He's {name:m}, DOB {dob}, MRN {mrn}."),
    ("en", "Clean up my notes from the call with {org:dental}: spoke to {first2} at 2:40, the crown on tooth 30 needs pre-authorisation, member ID {x:order}, group {n:1000:9999}. They want my DOB ({dob}) and the policyholder's, that's my husband {name3:m}, {dob3}. Appointment on {date}."),
    ("en-US", "Our dental billing software rejects this 837D claim. Can you spot the bad segment?\nNM1*IL*1*{last:f:uc}*{first:uc}****MI*{x:order}~\nN3*{street:uc}~\nN4*{city:uc}*{region}*{pc}~\nDMG*D8*{dobc}*F~\nREF*SY*{ssn:plain}~\nNM1*82*1*{last2:uc}*{first2:uc}****XX*{npi}~\nDTP*472*D8*{dc}~"),
    ("en", "Summarise this audiology report for my dad {name:m} (born {dob:long}): fitted on {date} at {org:hearing} by {name2}. Moderate loss above 2 kHz both ears. The hearing-aid app account is {email}, password {pw:word}."),
    ("en", "Write a complaint to {org:hearing}: I paid {x:price} by card ({card}) on {date} for hearing aids for my mother {name2:f}, {addr2}. They were meant to be refitted by {name3} and nobody has called. My number is {phone}."),
    ("en-IE", "I'm filling the admission form for {org:care}. Resident: {name:f}, DOB {dob:num}, {idname}: {natid}. Next of kin: {name2} ({phone2}, {email2}). Previous address: {addrml}. Fees by direct debit from {iban}."),
    ("en", "Help me write a letter to {org:care} asking why my father {name:m} (room 14, born {dob}) was moved without telling us. His power of attorney is me, {name2}, {phone2}. I visited on {date} and the nurse {first3} said she didn't know."),
    ("en-US", "Medicaid long-term care application for my mom, check I have everything: {name:f}, DOB {dob:num}, SSN {ssn}, address {addr}. Nursing home: {org:care}. My details as authorized representative: {name2}, {phone2}, SSN {ssnx:endash}."),
    ("en", "Explain these lab results from {org:clinic} for {name} ({dob:iso}): HbA1c 48 mmol/mol on {date@1}, 52 on {date@2}. Referred by Dr {last2}."),
    ("en-US", "HL7 from our clinic's lab interface is failing validation, what's wrong with PID?\nMSH|^~\\&|LAB|{org:clinic}|EHR|MAIN|{dc}0930||ORU^R01|{x:order}|P|2.5.1\nPID|1||{mrn}^^^MAIN^MR||{last:m:uc}^{first:uc}^^^^^L||{dobc}|M|||{addrsep:hl7:uc}||{phone:nat}|||||{x:order@2}|{ssn:plain}"),
    ("en", "Translate this ADT message into a sentence a human can read:\nPID|1||{mrn}^^^HOSP^MR||{last:f:uc}^{first:uc}||{dobc}|F|||{addrsep:hl7}||{phone}\nPV1|1|I|WARD7^12^B||||{npi}^{last2:uc}^{first2:uc}|||||||||||{x:order}|||||||||||||||||||||||||{dc}1415"),
    # university, thesis, library
    ("en", "Review the header of my personal statement: {name}, applicant ID {x:order}, {email}, {phone}. Applying to {org:uni} for an MSc in Marine Biology. Referees: Dr {name2} ({email2}) and Prof. {name3} ({wemail3})."),
    ("en", "Fix the LaTeX on my thesis approval page:\n\\title{{Sediment transport in tidal inlets}}\n\\author{{{name}}}\n\\date{{{date:long}}}\n\\committee{{{name2} (chair), {name3}, {name4}}}\n\\orcid{{{purlx:orcid}}}"),
    ("en-GB", "Draft an email to the examiners, {name2} and {name3}, proposing viva dates {date:short@1} or {date:short@2} for {name}'s thesis; the external's travel from {town@x} will be booked by {first4} in the graduate office ({wemail4})."),
    ("en", "Write a short bio for the thesis committee page: {name} is a PhD candidate at {org:uni} supervised by {name2}. Profiles: {purlx:scholar} and {purlx:orcid}. Contact {email}."),
    ("en-US", "The FAFSA keeps rejecting my parent's info. Student: {name}, SSN {ssn}, DOB {dob:num}. Parent 1: {name2}, SSN {ssn2}, DOB {dob2:num}. Is it because the parent's SSN has a typo?"),
    ("en", "Write an appeal to {org:library}: card {libcard}, in the name of {name}, {addr}. They say I owe {x:price} for a book I returned on {date}, and I have the receipt stamped by {first2} at the desk."),
    ("en", "Our university's scholarship form asks me to confirm bank details. Name {holder}, IBAN {iban}, student number {x:order}, {email}. Is it safe to email this to {wemail2}?"),
    ("en-IN", "Check my hostel application for {org:uni}: {name}, born {dob}, {idname}: {natid}, guardian {name2} ({phone2}), permanent address {addrml}."),
    # co-working, 3D printing, developer accounts
    ("en", "Parse this door-access export from {org:cowork} and tell me who badged in after 10pm:\ntimestamp,member,email,door,ip\n{date:iso} 22:14,{name},{email},Main,{ip:priv}\n{date:iso} 23:02,{name2},{email2},Studio B,{ip:priv@2}\n{date:iso@2} 06:55,{name3},{email3},Main,{ip:priv@3}"),
    ("en", "Write a cancellation email to {org:cowork}: I'm {name}, hot-desk member since {date}, invoices go to {email}. Please stop charging my card {card} from next month and send the deposit back to {iban}."),
    ("en", "Reply to this customer of our {org:print} shop: 'Hi, I'm {name}, order {x:order}. Please ship the prints to {addr}. My card {card} was charged but the status is stuck. Ph {phone}.'"),
    ("en", "My print farm script fails to authenticate:\nPRINTERS = [\n  {{\"name\": \"mk4-01\", \"host\": \"{ip:priv}\", \"key\": \"{tok:octoprint}\"}},\n  {{\"name\": \"mk4-02\", \"host\": \"{ip:priv@2}\", \"key\": \"{tok:octoprint@2}\"}},\n]\nThe farm belongs to {name}, support email {email}."),
    ("en", "Our resin printer's cloud API (key {tk:printer_key}) started returning 403 after {name2} left {org:print}. How do I rotate it?"),
    ("en", "Apple rejected my developer enrolment. What do they mean by 'legal entity mismatch'? Legal name {name}, D-U-N-S {n:100000000:999999999}, phone {phone}, address {addr}. I signed in with {email}."),
    ("en", "My Play Console upload via fastlane fails. The service account JSON:\n{{\n  \"type\": \"service_account\",\n  \"project_id\": \"{loginl}-apps\",\n  \"private_key_id\": \"{x:sha}\",\n  \"private_key\": \"{tk:play_json}\"\n}}"),
    # marinas, licences, guns, radio, drones
    ("en", "Renewal form for my berth at {org:marina}: owner {name}, {addr}, vessel 'Kittiwake', MMSI {mmsi}, call sign {callsign}, insurance policy {x:order}. Pay by card {card}, exp {exp}. Second keyholder: {name2}, {phone2}."),
    ("en", "Write a lost-property notice for {org:marina}: a dry bag was handed in on {date} with a wallet belonging to {name} of {town}, a card ending {n:1000:9999} and a boat key. Call the harbour office or {first2} on {phone2}."),
    ("en-US", "I'm applying for an elk tag online. The form wants {name}, DOB {dob:num}, driver's license {dl}, hunter ed number {licno}, mailing address {addr} and full SSN {ssn}. Is it normal for a wildlife agency to ask for the SSN?"),
    ("en", "Renew my fishing licence: {name}, licence {licno}, DOB {dob}, {addr}. Pay with {card:dash}, and send the confirmation to {email}."),
    ("en-GB", "Help me write the referee section of {name}'s firearm certificate renewal. I've known {first} for twelve years through {org:gun}. My details: {name2}, {addr2}, {phone2}. {first}'s certificate number is {licno}, date of birth {dob}."),
    ("en-US", "Club range log — who didn't sign out?\n{date:num} {name} in 09:10 out 11:30\n{date:num} {name2} in 09:45\n{date:num} {name3} in 10:02 out 12:00\nRSO on duty: {name4}, {phone4}"),
    ("en", "My APRS iGate won't log in. Config:\ncallsign = {callsign}-10\npasscode = {tk:aprs}\nserver = rotate.aprs2.net:14580\nowner = {name} <{email}>"),
    ("en", "Design a QSL card for me: {callsign}, operator {name}, {town}. Add my QRZ page {purlx:qrz} and say 'thanks for the contact on {date}'."),
    ("en", "Is this Remote ID registration right? Operator {name}, {addr}, {email}, registration {droneid}, drone serial {x:sku}. Flight authorisation for {date} over the {org:drone} field near {town}."),
    ("en", "Write to the council's events team: I'm {name} from {org:drone}, we'd like to film the {town} fireworks by drone on {date}. Operator ID {droneid}, insurer {x:order}. Call me on {phone}."),
    # games, esports, streaming
    ("en", "Why can't I connect with RCON?\nserver-ip={ip:pub}\nserver-port=25565\nenable-rcon=true\nrcon.password={pw:random}\nmotd=Welcome to {first}'s server\nwhite-list=true"),
    ("en", "Factorio headless server settings, is the token safe in here?\n{{\n  \"name\": \"{first} and {first2}'s megabase\",\n  \"username\": \"{uname:us}\",\n  \"token\": \"{tk:factorio}\",\n  \"game_password\": \"{pw:word}\"\n}}"),
    ("en", "My CS2 community server start line is `./cs2 -dedicated +sv_setsteamaccount {tk:steam_gslt} +ip {ip:pub} +hostname \"{last}'s Retakes\"` and it says token invalid. Why?"),
    ("en", "Format our team's tournament registration for {org:esports}:\nIGL: {name} ({purlx:faceit}), DOB {dob}\nEntry: {name2}, {email2}\nAWP: {name3}, DOB {dob3}\nCoach: {name4}, {phone4}\nPrize payouts to {iban}"),
    ("en-US", "The tournament organiser wants a W-9 before paying our prize. Fill it in for me: {name}, {addr}, SSN {ssn}. Or can I use the team's EIN {n:10:99}-{n:1000000:9999999} instead?"),
    ("en", "OBS keeps disconnecting from Twitch. My settings: server rtmp://live.twitch.tv/app, stream key {tk:obs}. Channel {purlx:twitch}."),
    ("en", "Our Discord mod team list for the game server, make it a table: {name} (owner, {email}), {name2} ({purlx2:steam}), {name3} ({purlx3:itch}), {name4} (Steam Web API key holder: {tk:steam_api})."),
    ("en", "I got a chargeback on my indie game store from {name2} ({email2}) for a key bought on {date}. Their order came from {ip:pub} and the card was {card}. Draft my evidence response."),
    # web servers and self-hosting
    ("en", "Review my nginx config for the family photo site:\nserver {{\n  server_name photos.{loginl}family.net;\n  allow {ip:pub};\n  allow {ip:pub@2};\n  deny all;\n  location /api/ {{ proxy_set_header X-Api-Key {tok:jellyfin}; proxy_pass http://{ip:priv}:2342; }}\n}}"),
    ("en", "Apache keeps asking for the password even though I set it up:\n<Location /backup>\n  AuthType Basic\n  AuthUserFile /etc/apache2/.htpasswd\n  Require valid-user\n</Location>\nI made the user with `htpasswd -b /etc/apache2/.htpasswd {login} {pw:word}`."),
    ("en", "Caddyfile question, the certificate never renews:\n{loginl}.dev {{\n  reverse_proxy {ip:priv}:8096\n  header_up X-Api-Key {tok:arr}\n  tls {email}\n}}"),
    ("en", "Is this HAProxy stats page exposed to the internet?\nlisten stats\n  bind {ip:pub}:8404\n  stats enable\n  stats uri /stats\n  stats auth admin:{pw:random}"),
    ("en", "Convert this decrypted Ansible inventory to the new format:\nall:\n  hosts:\n    nas:\n      ansible_host: {ip:priv}\n      ansible_user: {login}\n      ansible_become_password: {pw:word}\n    vps:\n      ansible_host: {ip:pub}\n      ansible_ssh_private_key_file: ~/.ssh/id_ed25519"),
    ("en", "Is it safe to commit this? group_vars/all/vault.yml:\n{vault}\nThe vault password file .vault_pass contains `{pw:phrase}` and is in .gitignore."),
    ("en", "Alertmanager isn't sending anything:\nglobal:\n  smtp_smarthost: 'smtp.fastmail.com:587'\n  smtp_from: '{email}'\n  smtp_auth_username: '{email}'\n  smtp_auth_password: '{pw:random}'\n  slack_api_url: 'https://hooks.slack.com/services/{tk:alertmanager_slack}'"),
    ("en", "Nextcloud says 'untrusted domain'. config.php:\n  'trusted_domains' => array (0 => '{ip:priv}', 1 => 'cloud.{loginl}.family'),\n  'secret' => '{tk:nextcloud_secret}',\n  'dbpassword' => '{pw:random}',\n  'mail_smtpname' => '{email}',\n  'mail_smtppassword' => '{pw:word}',"),
    ("en", "Gitea won't start after the upgrade:\n[server]\nDOMAIN = git.{loginl}.me\nSSH_DOMAIN = {ip:pub}\n[security]\nSECRET_KEY = {tk:gitea_secret}\nINTERNAL_TOKEN = {tok:jwt}\n[mailer]\nUSER = {email}\nPASSWD = `{pw:random}`"),
    ("en", "Matrix Synapse registration question:\nserver_name: \"{loginl}.chat\"\nregistration_shared_secret: \"{tk:synapse_macaroon}\"\nmacaroon_secret_key: \"{tk:synapse_macaroon@2}\"\nadmin_contact: 'mailto:{email}'"),
    ("en", "Check my backup script before I schedule it:\n#!/bin/bash\nexport BORG_PASSPHRASE='{tk:borg}'\nexport BORG_REPO='ssh://{login}@{ip:pub}:23/./backups'\nborg create --stats ::'{{hostname}}-{{now}}' /home/{login}"),
    ("en", "restic init fails with 'unauthorized':\nexport RESTIC_REPOSITORY=b2:{loginl}-photos:/laptop\nexport RESTIC_PASSWORD={tk:restic}\nexport B2_ACCOUNT_ID={tok:b2_id}\nexport B2_ACCOUNT_KEY={tok:b2_key}"),
    ("en", "This PowerShell to map the office scanner share fails:\n$pw = ConvertTo-SecureString '{pw:word}' -AsPlainText -Force\n$cred = New-Object PSCredential('OFFICE\\{uname}', $pw)\nNew-PSDrive -Name S -PSProvider FileSystem -Root \\\\{ip:priv}\\scans -Credential $cred"),
    ("en", "Will this unattend.xml set the passwords?\n<UserAccounts>\n  <AdministratorPassword><Value>{pw:random}</Value><PlainText>true</PlainText></AdministratorPassword>\n  <LocalAccounts><LocalAccount><Name>{login}</Name><DisplayName>{name}</DisplayName><Password><Value>{pw:word}</Value><PlainText>true</PlainText></Password></LocalAccount></LocalAccounts>\n</UserAccounts>"),
    ("en", "cloud-init user-data for my VPS, why doesn't chpasswd apply?\n#cloud-config\nusers:\n  - name: {login}\n    ssh_authorized_keys:\n      - {sshpub} {login}@{loginl}-laptop\nchpasswd:\n  list: |\n    root:{pw:random}\n    {login}:{pw:word}\n  expire: false"),
    ("en", "My ESP32 weather station won't connect:\nconst char* ssid = \"{last}_Family\";\nconst char* password = \"{pw:wifi}\";\nconst char* mqtt_server = \"{ip:priv}\";\nconst char* mqtt_pass = \"{pw:word}\";\nString owmKey = \"{tk:openweather}\";"),
    ("en", "curl https://api.particle.io/v1/devices/{x:oid}/relay -d access_token={tk:particle} -d arg=on returns 401. The device is registered to {email}. What's wrong?"),
    ("en", "Here's our smart lock log, when did the cleaner come?\n{date:iso} 09:12 unlocked, keypad code {pw:pin} ({first2})\n{date:iso} 11:40 locked (auto)\n{date:iso@2} 08:55 unlocked via app ({name})\n{date:iso@2} 16:03 unlocked, keypad ({first3})\nExport API key: {tk:lock_api}"),
    ("en", "My LoRaWAN soil sensor stopped uplinking. TTN console API key {tk:ttn}, gateway at {ip:pub}, owner {name}. Any idea?"),
    ("en", "Pushover alerts from my garage door script stopped:\nPUSHOVER_TOKEN={tk:pushover}\nPUSHOVER_USER={tk:pushover@2}\nMESSAGE=\"Garage opened at {addr}\""),
    ("en", "IFTTT webhook for the porch light isn't firing: https://maker.ifttt.com/trigger/porch_on/with/key/{tk:ifttt}. It's on {name}'s account, {email}."),
    ("en", "Why does my car integration keep logging out? refresh_token: {tk:tesla_refresh}, owner {name}, VIN {x:vin}, home {addr}."),
    # payments, webhooks, exports
    ("en-US", "Our webhook handler crashes on this event. What's null?\n{{\"type\": \"checkout.session.completed\", \"data\": {{\"object\": {{\"customer_details\": {{\"name\": \"{name}\", \"email\": \"{email}\", \"phone\": \"{phone:e164}\", \"address\": {{\"line1\": \"{street}\", \"city\": \"{city}\", \"postal_code\": \"{pc}\", \"country\": \"US\"}}}}, \"payment_method_details\": {{\"card\": {{\"last4\": \"{n:1000:9999}\"}}}}}}}}}}\nThe signing secret is {tok:whsec}."),
    ("en-US", "Decode this PayPal IPN and tell me why the order didn't fulfil:\nmc_gross=49.00&payer_email={email:qp}&first_name={first:qp}&last_name={last:qp}&address_street={street:qp}&address_city={city:qp}&address_zip={pc}&contact_phone={phone:qp}&txn_id={x:pnr}{n:10000:99999}"),
    ("en", "This Zap (form to Google Sheets) stopped. Task history data in:\n{{\"full_name\": \"{name}\", \"email\": \"{email}\", \"phone\": \"{phone}\", \"dob\": \"{dob:iso}\", \"home\": \"{addrml:esc}\", \"submitted\": \"{date:iso}T14:22:10Z\"}}"),
    ("en", "Airtable returns 422 for this PATCH, why?\ncurl -X PATCH https://api.airtable.com/v0/app{x:rzpid}/Volunteers -H \"Authorization: Bearer {tok:airtable}\" -d '{{\"records\":[{{\"id\":\"rec{x:rzpid}\",\"fields\":{{\"Name\":\"{name}\",\"Email\":\"{email}\",\"Shift\":\"{date:iso}\"}}}}]}}'"),
    ("en", "Turn this Notion export into a printable contact sheet:\n# {name}\nRole: Treasurer, {org:club}\nEmail: {email}\nPhone: {phone}\nBirthday: {dob:short}\nAddress: {addr}\n# {name2}\nRole: Secretary\nEmail: {email2}"),
    ("en", "Why does this return #N/A? =VLOOKUP(\"{name}\", Members!A2:F200, 4, FALSE). Row 17 has {name} | {email} | {phone} | {dob:num}, it's clearly there."),
    ("en", "Fix my Excel formula: =CONCATENATE(\"Dear \", \"{first}\", \", your card ending \", RIGHT(\"{card:plain}\", 4), \" was declined\"). I know I shouldn't paste the whole number into the sheet, what's better?"),
    ("en", "When I paste card numbers into Excel they turn into 4.53E+15, so I typed '{card:plain} with an apostrophe. The customer was {name}, {phone}. Is there a safer way for the bakery to keep these?"),
    ("en-US", "=TEXT(A2,\"000-00-0000\") formats {ssn:plain} fine but {ssn2:plain} comes out wrong. Both are employees ({name}, {name2}). What's going on?"),
    ("en-GB", "Categorise these transactions:\nDate,Description,Amount\n{date:num},FASTER PAYMENT TO {namecaps2} REF RENT,-950.00\n{date:num@2},SO {org:builder} DEPOSIT,-1200.00\n{date:num@3},TRANSFER FROM {holder3},+300.00\n{date:num@4},CARD ****{n:1000:9999} CO-OP,-42.10"),
    ("en", "Explain the fields in this MT103 from our bank:\n:20:{x:pnr}{n:100:999}\n:32A:{dc:yymmdd}EUR{n:100:9999},00\n:50K:/{iban:plain}\n{holder}\n{street:uc}\n:59:/{iban2:plain}\n{holder2}\n:70:INV {x:invoice}\n:71A:SHA"),
    ("en-US", "OCR'd this check I need to deposit, does it look valid?\n{namecaps}\n{addr}\n{date:num}\nPAY TO THE ORDER OF {name2}   $ {n:100:999}.00\nMEMO rent\n⑆{n:100000000:999999999}⑆ {n:1000000000:9999999999}⑈ {n:1000:9999}"),
    ("en-US", "This is OCR of a paper W-4 a new hire filled in by hand, fix the errors:\nFirst name and middle initial [{first:uc}] Last name [{last:uc}]\nSocial security number [{ssnx:box}]\nAddress [{street:uc}] City [{city:uc}] State [{region}] ZIP [{pc}]"),
    ("en", "OCR of a mail-order form, which fields look wrong?\nNAME: {namecaps}\nCARD NO: [{cardx:box}]\nEXPIRY: {exp}\nTEL: {phone}"),
    ("en", "The scanner read the card number on this donation slip as {cardx:ocr0}. What's the real number? Donor {name}, {addr}, gift {x:price}."),
    ("en", "Transcribe my voicemail for the record: 'Hi, it's {first} about the mooring deposit, card number is {cardx:tel}, expiry {exp}, security code {cvv}, call me back on {phone}.'"),
    ("en-US", "Voicemail transcript from a caller, should we be storing this? 'Yeah hi this is {name}, my social is {ssnx:oh}, I'm calling about the credit freeze on my account, number {phone}.'"),
    ("en", "My grandma dictated her card to me as '{cardx:words}'. Can you turn that into digits so I can book her hearing test at {org:hearing}? She's {name2:f}, {dob2}."),
    ("en-US", "I'm a tax preparer. Turn these intake notes into a checklist: client {name}, SSN {ssn}, spouse {name2} SSN {ssnx:nbsp}, dependents {first3:kid} ({dob3:num}) SSN {ssn3}. Refund to {org:bank}."),
    ("en-US", "Draft a letter to the credit bureaus to freeze my credit: {name}, {addr}, DOB {dob:long}, SSN {ssnx:endash}. Previous address {addr@prev}."),
    ("en-US", "Help me file an identity theft report. Someone opened a card in my name ({name}, SSN {ssn}) on {date} and used {card} at stores in {town@x}. My phone {phone}, email {email}."),
    ("en-US", "Make this 1099-NEC data into a CSV for import:\nPayee: {name}, TIN {ssn}, {addr}, box 1 ${n:300:9000}.00\nPayee: {name2}, TIN {ssn2:plain}, {addr2}, box 1 ${n:300:9000}.00"),
    ("en-US", "Our payroll import fails on row 3. Any idea?\nemp_id,first,last,ssn,dob,hire_date\n{n:100:199},{first},{last},{ssn},{dob:num},{date:num}\n{n:200:299},{first2},{last2},{ssn2:space},{dob2:num},{date:num@2}\n{n:300:399},{first3},{last3},{ssnx:mixed},{dob3:num},{date:num@3}"),
    ("en-US", "Is this enough for the bank to open a joint account? Us: {name} (SSN {ssn}, license {dl}) and {name2} (SSN {ssn2}, license {dl@2}), both at {addr}."),
    ("en-US", "AAMVA barcode dump from a driver's license our kiosk scanned, which field is the expiry?\n@\nANSI 636014090102DL00410288ZC03290034DLDAQ{dl}\nDCS{last:uc}\nDAC{first:uc}\nDBB{dobc:mdy}\nDBA{dc:mdy}\nDAG{street:uc}\nDAI{city:uc}\nDAJ{region}\nDAK{pc}"),
    ("en-US", "Replacement Social Security card, the online form asks for my mother's maiden name and my SSN. Is this site legit? I entered {name}, {ssn}, {dob:num}, mother {name2:f}. URL was ssa-gov-card.help."),
    ("en-US", "Write a note for our HR file: {name} (SSN {ssnx:dots}) started on {date}, I-9 reviewed by {name2}; passport {natid} seen."),
    ("es-US", "Ayúdame a llenar el formulario W-9: nombre {name}, dirección {addr}, número de Seguro Social {ssn}. ¿Debo poner también mi ITIN?"),
    ("es-US", "Mi esposo {name2:m} y yo ({name:f}) vamos a pedir un préstamo. El banco pide el SSN de los dos: el mío es {ssn} y el de él {ssn2}. ¿Es seguro mandarlo por correo a {wemail3}?"),
    ("es-US", "Mi mamá {name:f} recibió una carta del Seguro Social sobre su número {ssnx:endash}. Nació el {dob}. ¿Qué significa 'overpayment'? Su teléfono es {phone}."),
    ("vi-US", "Giúp tôi điền đơn xin trợ cấp: họ tên {name}, số an sinh xã hội {ssn}, ngày sinh {dob:num}, địa chỉ {addr}, điện thoại {phone}."),
]

_PII_EN_MORE: list[tuple[str, str]] = [
    # national ids in English-speaking countries
    ("en-CA", "Filling in the CPP survivor benefit form for my mother. Deceased: {name2:m}, SIN {natid2}, died {date}. Applicant: {name:f}, SIN {natid}, born {dob}, {addr}. Anything missing?"),
    ("en-CA", "My daughter's RESP application at {org:bank} bounced. Beneficiary {name:kid}, born {dob:long}, SIN {natid}. Subscriber {name2}, SIN {natid2}, {phone2}."),
    ("en-AU", "Write an email to my accountant {name2} with my details for the tax return: {name}, TFN {natid}, {addr}. Solar rebate paperwork from {org:solar} attached."),
    ("en-AU", "Help me fill the aged care assessment referral for Dad: {name:m}, DOB {dob:num}, TFN {natid}, lives at {addr}. I'm {name2}, {phone2}."),
    ("en-NZ", "I'm updating my details with Inland Revenue after moving to {town}: {name}, IRD number {natid}, new address {addrml}, phone {phone}, email {email}."),
    ("en-GB", "Draft a letter to HMRC: my National Insurance number {natid:ni} is showing someone else's employment at {org:firm} from {date}. I'm {name}, {addr}, born {dob}."),
    ("en-GB", "My NI number's on this old payslip, is it right? 'Employee: {namecaps} NI: {natid:ni} Tax code 1257L Period 6 Employer {org:firm}'. HMRC say they can't match me."),
    ("en-IE", "Help me write to the Department about my State Pension: {name}, PPSN {natid}, date of birth {dob}, {addrml}. I worked at {org:firm} from {date:long} and the contributions are missing."),
    ("en-IN", "Proofread my PAN-Aadhaar linking request: name {name}, PAN {natid:pan}, Aadhaar {natid:aadhaar}, DOB {dob:num}, mobile {phone}. It says the names don't match."),
    ("en-IN", "Write an application to the society secretary: I, {name}, flat owner at {addr}, request parking for my car {plate}. Aadhaar {natid:aadhaar} attached, contact {phone}."),
    ("en-ZA", "The SASSA form for my gran's pension, check it: {name:f}, ID {natid}, born {dob}, {addr}. Paid into her account at {org:bank}. I'm {name2}, {phone2}."),
    ("en-NG", "Help me write a letter to the bank: my NIN {natid} is linked to the wrong name, it shows {name2} instead of {name}. My phone {phone}, email {email}."),
    ("en-KE", "Draft my HELB loan update: {name}, KRA PIN {natid}, phone {phone}, now employed at {org:firm} in {town} since {date}."),
    ("en-PH", "Check this SSS loan form: member {rev}, TIN {natid}, born {dob}, {addr}, mobile {phone}, employer {org:firm}."),
    ("en-MY", "My EPF withdrawal form got rejected. Name {name}, MyKad {natid}, DOB {dob}, {addrml}, phone {phone}. Should I go to the {town} branch?"),
    ("en-XX", "I'm an expat in {town}. Write to the tax office that my ID number {natid} (born {dob}) has my name as {name} but my bank at {org:bank} has it spelled differently. IBAN {iban}."),
    ("en-XX", "Translate my landlord's rental contract summary: tenant {name}, {idname} {natid}, born {dob}, deposit to {iban}, flat at {addr} from {date}."),
    ("en-XX", "My spouse {name2} and I are opening a joint account in {town}. The bank wants both ids: mine {natid} and theirs {natid2}, plus our address {addr}. Is that normal?"),
    # foster care, adoption, donors, volunteering
    ("en", "Help me write the reference for {name2}'s foster carer application. I've known {first2} since 2016 through {org:school}; my name is {name}, {addr}, {phone}, {email}."),
    ("en-GB", "Summarise this blood donor letter: {name}, donor number {x:order}, blood group O neg, last donation {date} at {town} Town Hall. Next appointment {date@2}. DOB on file {dob}."),
    ("en-US", "Volunteer background check for the youth soccer league, does it need all this? {name}, DOB {dob:num}, SSN {ssn}, driver's license {dl}, previous addresses {addr} and {addr@old}."),
    ("en", "Make a volunteer schedule for the food bank: Monday {name}, Tuesday {name2}, Wednesday {name3}, Thursday {name4}. Keys held by {first} ({phone}) and {first3} ({phone3})."),
    ("en", "Write a thank-you note to our donor {name} ({email}) for the gift of {x:price} on {date}, made by card ending {n:1000:9999}, towards {org:club}."),
    # pawn, jewellery, crowdfunding, union, loans
    ("en-US", "Pawn ticket I got, is this normal? Customer {namecaps}, {addr}, DOB {dob:num}, ID: DL {dl}. Item: 14k ring, loan {x:price}, due {date}."),
    ("en", "Insurance valuation for my grandmother's ring, can you reformat it? Owner {name2:f}, {addr2}. Appraised {date} by {name3}, {org:firm}. Value {x:price}."),
    ("en", "Kickstarter backer report, clean it up for the fulfilment house:\nBacker Name,Email,Shipping Name,Shipping Address,Phone\n{name},{email},{name},\"{addr}\",{phone}\n{name2},{email2},{name3},\"{addr3}\",{phone2}"),
    ("en", "Draft the union membership form: {name}, {email}, {phone}, employer {org:firm}, payroll number {x:order}, home {addr}. Dues from card {card}."),
    ("en-US", "The credit union's loan application asks all this, fill it in from my notes: {name}, SSN {ssn}, DOB {dob}, employer {org:firm} since {date}, monthly income {x:price}, {addr}, {phone}. Co-signer {name2}, SSN {ssn2}."),
    ("en-US", "Mortgage pre-approval email, check the tone: 'Hi {first2}, attached are our W-2s. Borrower {name} SSN {ssn:space}, co-borrower {name3} SSN {ssn3}. Property: {addr}. Thanks!'"),
    # tattoos, gyms, ski, horses, bees, markets
    ("en", "Tidy up our tattoo studio's consent form template, here's a filled one: Client {name}, DOB {dob}, {phone}, ID checked ({idname} {natid}), artist {first2}, date {date}."),
    ("en", "Gym PAR-Q answers for a new member, flag anything risky: {name}, born {dob:num}, emergency contact {name2} {phone2}, GP {org:clinic}, knee surgery {date}. Direct debit {iban}."),
    ("en", "Write a booking confirmation for {org:ski} ski lessons: {first:kid} {last} ({dob}), {first2:kid} {last} ({dob2}), parent {name3}, {phone3}, lessons from {date}. Paid by {card}."),
    ("en", "Horse livery contract summary: owner {name}, {addr}, horse passport {x:order}, microchip {n:100000000000000:999999999999999}, vet {org:firm}, farrier {name2} ({phone2}). Rent paid to {iban} on the {n:1:28}th."),
    ("en", "Our beekeeping association needs an apiary register. Entries: {name}, hives at {addr}; {name2}, hives at {addr2}; {name3} (swarm collector), {phone3}."),
    ("en", "Farmers' market stall application for {town}: trader {name}, {org:firm}, {phone}, {email}, stall fee by card {card}, first market day {date}."),
    ("en", "Help me answer the council: my food truck licence {licno} lists the registered address as {addr}, but I'm {name} and I moved to {addr@new} on {date}."),
    ("en", "Busking permit for {town} high street: {name}, {email}, {phone}, date of birth {dob}, performing with {name2}."),
    ("en", "Tidy this film location release: property owner {name}, {addr}, grants access on {date@1} and {date@2} to the production contact {name2}, {phone2}, {wemail2}. Fee to {iban}."),
    ("en", "Model release form, can you check it? Model: {name}, DOB {dob}, {addr}, {email}. Photographer: {name2}, {purlx2:linktree}. Shoot date {date}."),
    ("en", "Write a podcast guest release for {name} ({email}, {purlx:substack}), recorded {date} with host {name2}."),
    # lost and found, bike share, e-bikes, citizen science
    ("en", "Found a wallet on the bus: driving licence for {name}, born {dob}, {addr}, and a debit card {card}. How do I return it without posting the details online?"),
    ("en", "Bike-share says I owe {x:price} for a ride I didn't take on {date}. My account is {email}, card on file {card}, ride started near {town}. Write the dispute."),
    ("en", "E-bike insurance claim: {name}, {addr}, bike stolen from outside {org:cowork} on {date}, frame number {x:vin}. Crime ref {x:ticket}. Contact {phone}."),
    ("en", "Our citizen-science bird survey spreadsheet has personal info I need to strip before sharing:\nobserver,email,site,date\n{name},{email},{addr},{date:iso}\n{name2},{email2},{addr2},{date:iso@2}"),
    # messages and chats
    ("en", "Reply to this text for me politely: '{first} it's {first2}, the mooring fee is due. Can you send {x:price} to my account {iban} by {date:short}? Cheers'"),
    ("en", "WhatsApp from the band's drummer, what does he want? '[{date:num}, 21:14] {name2}: yo can u send me the keys code for the rehearsal room, it was {pw:pin} but {first3} changed it. also my new number is {phone2}'"),
    ("en", "From the childcare group chat, make a list of who's picking up whom:\n{first}: I'll take {first4:kid} and {first5:kid}\n{first2}: I can do {first6:kid}, my address for drop-off is {addr2}\n{first3}: call me on {phone3} if late"),
    ("en", "Forwarded from our contractor, is this a scam? 'Dear {name}, please pay the balance for works at {addr} to our new account {iban} today. Regards, {name2}, {org:builder}, {phone2}'"),
    ("en", "Email from the marina: 'Hi {first}, your direct debit from {iban} failed on {date}. Please call {name2} on {phone2} or update your card at the office.' Write a reply."),
    ("en", "A text I got: 'Your library account {libcard} is overdue, pay at libfines-pay.co with card.' My library is {org:library} and my name's {name}. Is this real?"),
    # more developer and power-user carriers
    ("en", "pip keeps prompting for credentials. My pip.conf:\n[global]\nindex-url = https://{cred:name}@pypi.{loginl}-lab.dev/simple\ntrusted-host = {ip:priv}"),
    ("en", "Cargo can't publish to our private registry:\n[registries.company]\nindex = \"sparse+https://crates.internal/index/\"\ntoken = \"{tok:hex64}\"\nI'm {name}, {email}."),
    ("en", "Is my .pypirc right?\n[pypi]\nusername = __token__\npassword = {tk:pypi}\n[testpypi]\nusername = {login}\npassword = {pw:word}"),
    ("en", "Vagrantfile provisioning fails:\nconfig.vm.provision \"shell\", inline: <<-SHELL\n  echo '{login}:{pw:word}' | chpasswd\n  curl -H 'Authorization: token {tok:ghp}' https://api.github.com/user\nSHELL\nconfig.vm.network \"public_network\", ip: \"{ip:priv}\""),
    ("en", "Packer build log, what failed?\n==> amazon-ebs: Connecting to SSH at {ip:pub}\n==> amazon-ebs: Using AWS_ACCESS_KEY_ID={tok:aws_id}\n==> amazon-ebs: AWS_SECRET_ACCESS_KEY={tok:aws_secret}\n==> amazon-ebs: Tagging with Owner={email}"),
    ("en", "Google Apps Script for our club's signup sheet throws 'Exception: Invalid email':\nfunction notify() {{\n  MailApp.sendEmail('{email}', 'New member', 'Name: {name}, phone {phone}');\n  const key = '{tok:gcp_api}';\n}}"),
    ("en", "AutoHotkey script I use at the surgery, can it be made safer?\n::;pw::{pw:word}\n::;me::{name}, {org:clinic}, {phone}\n::;addr::{addr}"),
    ("en", "Excel VBA macro that emails invoices fails at .Send:\nWith OutMail\n  .To = \"{email}\"\n  .Subject = \"Invoice {x:invoice}\"\n  .Body = \"Dear {first}, please pay to {iban}.\"\nEnd With\nSMTP password in the module: \"{pw:random}\""),
    ("en", "SOPS-decrypted secrets.yaml from our repo, rotate the right things:\ndb_password: {pw:random}\nsmtp_user: {email}\npaddle_api_key: {tk:paddle}"),
    ("en", "Pulumi config in the repo, is it encrypted?\nconfig:\n  shop:dbPassword:\n    secure: v1:{x:sha}\n  shop:gocardlessToken: {tk:gocardless}\n  shop:ownerEmail: {email}"),
    ("en", "My Plaid sandbox works but production doesn't:\nPLAID_CLIENT_ID={x:oid}\nPLAID_SECRET={tk:plaid}\nPLAID_ENV=production\nTest user: {name}, {email}, {phone}"),
    ("en", "Snippet of our shop's checkout code, why is the Adyen call 401?\nconst client = new Client({{ apiKey: \"{tk:adyen}\", environment: \"LIVE\" }});\n// refunds to {name} ({email}) pending"),
    ("en", "Braintree webhook verification fails:\nBRAINTREE_MERCHANT_ID={x:rzpid}\nBRAINTREE_PUBLIC_KEY={x:rzpid@2}\nBRAINTREE_PRIVATE_KEY={tk:braintree}\nThe failing customer was {name}, {email}."),
    ("en", "Our card terminal (SumUp) integration test, which key is wrong? SUMUP_API_KEY={tk:sumup}, merchant email {email}, test charge on card {card} for {x:price}."),
    ("en", "Checkout.com returns 401:\nCKO_SECRET_KEY={tk:checkout}\nCKO_PUBLIC_KEY=pk_{x:rzpid}\nCustomer in the failing request: {name}, {phone}, {addr}."),
    ("en", "EasyPost label purchase fails with 'invalid address'. Key {tk:easypost}. To: {name}, {addrml}, {phone}. From: {org:print}."),
    ("en", "Wise API transfer script: token {tk:wise}, recipient {name2}, IBAN {iban2}, reference 'deposit {addr}'. Why is it 'unauthorized'?"),
    ("en", "Spotify and Strava integration for my running blog:\nSPOTIFY_CLIENT_SECRET={tk:spotify}\nSTRAVA_CLIENT_SECRET={tk:strava}\nSTRAVA_REFRESH_TOKEN={tok:hex64}\nBlog owner {name}, {purlx:komoot}"),
    ("en", "My Firebase Cloud Messaging legacy key stopped working: {tk:firebase_server}. The app is my side project with {name2}, contact {email}."),
    # links that point at people, and more cards and SSNs
    ("en", "Make a speaker list for our {town} makers' meetup: {name} ({purlx:itch}), {name2} ({purl2:github}), {name3} ({purlx3:substack}). Venue is {org:cowork}, {date}."),
    ("en", "Our thesis committee page needs links. Candidate {name} {purlx:orcid}; supervisor {name2} {purlx2:researchgate}; external {name3} {purlx3:scholar}."),
    ("en", "Write a Christmas note to my aunt {first2:f} with my wishlist {purlx:wishlist} and my new address {addr} since I moved to {town} on {date}."),
    ("en", "Our e-sports team's roster for the sponsor deck: {name} {purlx:twitch}, {name2} {purlx2:steam}, {name3} {purlx3:faceit}. Team manager {name4}, {email4}."),
    ("en", "Can you write a bio for our choir's new conductor {name}? Her portfolio is {purlx:notion} and her link page {purlx:linktree}. She trained in {town@x}."),
    ("en", "My running club wants a results post: {name} finished in 1:32 ({purlx:race}), {name2} in 1:41, and {name3} ran her first half in {town}. Also tag {first}'s route {purlx:komoot}."),
    ("en", "Draft an intro email between {name} ({purl:linkedin}) and {name2} ({purl2:linkedin}), both solar installers near {town}."),
    ("en", "Is it safe to post the shared drive folder {purl:drive} with the choir's parts in the public Facebook group? It has {first}'s recordings."),
    ("en-US", "Here's a clip from our benefits enrollment file (834). Why does the carrier reject member 2?\nINS*Y*18*030*XN*A***FT~\nREF*0F*{ssn:m:plain}~\nNM1*IL*1*{last:m:uc}*{first:uc}~\nDMG*D8*{dobc}*M~\nINS*N*19*030*XN*A***FT~\nREF*0F*{ssn2:f:plain}~\nNM1*IL*1*{last:uc}*{first2:f:uc}~\nDMG*D8*{dobc2}*F~"),
    ("en-US", "Read this back to me so I can check it: my SSN is {ssnx:oh} and my husband's is {ssn2:space}. The car insurance needs them both, policy {x:order}."),
    ("en-US", "Gun club membership renewal, they want an NRA number and SSN? Name {name}, {addr}, SSN {ssnx:dots}, DOB {dob:num}, license {dl}."),
    ("en", "Please type up this card from a paper booking form at {org:marina}: '{cardx:two}', exp {exp}, name {holder}, berth 14, arriving {date}."),
    ("en", "Copied from a web page, the card number pasted with odd spaces: {cardx:nbsp}. Is it still valid for the boat-trailer hire? Hirer {name}, {phone}."),
    ("en", "My son typed his card into a game mod store as {cardx:endash} and got charged {x:price}. Card holder {holder}. How do I dispute it with {org:bank}?"),
    ("en-XX", "Help me fill the marathon entry abroad: {name}, {idname} {natid}, born {dob}, nationality from {town}, card {card}, emergency contact {name2} {phone2}."),
    ("en-XX", "Our au pair {name2:f} arrives on {date}. For the registration at the town hall in {town} we need her {idname} ({natid2}), birth date {dob2} and our address {addr}."),
    ("en", "Stripe Radar flagged this order at our 3D print shop, is it fraud? Name {name}, billing {addr}, shipping to {addr2}, IP {ip:pub}, card {card:plain} (exp {exp}), email {email}."),
    ("en", "My card {card} shows a charge from a marina in {town@x} on {date} and I've never been there. I'm {name}, {phone}. What should I say to {org:bank}?"),
    ("en", "My kid's esports entry was paid with {cardx:two} but the receipt says the holder is {holder2}. Is the receipt wrong?"),
    ("en", "Sheets formula for our choir's ticket sales: =IF(LEN(\"{card:plain}\")=16, \"ok\", \"check\"). Row 9 ({name}) says 'check'. Why?"),
    ("en", "Transcribe this for the fishing-trip booking: 'name on card {holder}, number {cardx:tel}, expiry {exp}, CVV {cvv}'."),
    ("en", "Airtable record for a marquee hire: {{\"Customer\": \"{name}\", \"Card\": \"{card}\", \"Event date\": \"{date:iso}\", \"Venue\": \"{addr}\"}}. Should I move the card field out?"),
    ("en-GB", "My late father's card {card} is still being charged by {org:care}. I'm his executor, {name2}, {phone2}. Write to them, his name was {name:m}."),
    ("en-US", "Our volunteer tax site intake sheet, check the dependents: {name} SSN {ssn}; {first2:kid} SSN {ssnx:dots}; {first3:kid} SSN {ssn3:plain}."),
    ("en-US", "Turn this into a table for the adoption agency: parent 1 {name}, SSN {ssn}, DOB {dob}; parent 2 {name2}, SSN {ssnx:endash}, DOB {dob2}; home {addr}."),
    ("en-US", "Text from my dad: 'hey whats my social again, {org:hearing} needs it for medicare'. It's {ssn}. Is it OK to text it back?"),
    ("en-US", "A scammer got my grandmother to read out her SSN ({ssn:space}) and her card {card} on the phone yesterday. She's {name2:f}, {phone2}. What do we do first?"),
    ("en-US", "Student loan forgiveness form: borrower {name}, SSN {ssnx:nbsp}, employer {org:school}, EIN {n:10:99}-{n:1000000:9999999}, employed since {date}."),
    ("es-US", "Ayuda con la solicitud de Medicaid de mi papá: {name:m}, SSN {ssnx:dots}, fecha de nacimiento {dob}, dirección {addr}."),
]

# PII templates in the other languages: the same kinds of situation, each language its own mix of layouts.
_PII_XX: list[tuple[str, str]] = [
    # German
    ("de", "Kannst du diese Nachricht an unseren Solarteur freundlicher formulieren? 'Hallo Herr {last2}, die Module auf dem Dach in der {addr} laufen seit dem {date} nicht. Der Wechselrichter hat die IP {ip:priv}, Login {email} / {pw:word}. Bitte rufen Sie mich unter {phone} an. {name}'"),
    ("de", "Bitte prüfe den Aufnahmeantrag für die {org:care}: Bewohnerin {name:f}, geb. {dob}, {idname}: {natid}, bisherige Anschrift {addrml}. Angehöriger: {name2}, Tel. {phone2}. Heimkosten per Lastschrift von {iban}."),
    ("de", "Schreib eine Mail an den {org:gun}: Ich, {name}, möchte meine Waffenbesitzkarte ({licno}) auf meine neue Adresse {addr} umschreiben lassen. Geboren am {dob}, erreichbar unter {email}."),
    ("de", "Fasse den Arztbrief für meine Mutter zusammen:\nPatientin: {namecaps:f}, geb. {dob:num}\nAufnahme: {date@1}, Entlassung: {date@2}\nHausarzt: Dr. {last2}, {town}"),
    ("de", "Mein Borg-Backup-Skript auf dem NAS meldet 'passphrase wrong':\nexport BORG_PASSPHRASE='{tk:borg}'\nexport BORG_REPO=ssh://{login}@{ip:pub}:23/./nas\n# Kontakt bei Problemen: {email}"),
    ("de", "Chorliste für das Konzert am {date}, sortiere nach Stimmen:\nSopran: {name}, {name2}\nAlt: {name3}\nTenor: {name4}\nBass: {name5}\nNotenwart: {first3}, Tel. {phone3}"),
    ("de", "Hilf mir beim Widerspruch: {org:shop} hat am {date} zweimal {x:price} von meiner Kreditkarte {card} abgebucht. Kundennummer {x:order}, {name}, {addr}."),
    # French
    ("fr", "Peux-tu reformuler ce message pour notre chorale ? 'Bonjour à tous, la répétition du {date} aura lieu chez {name2}, {addr2}. Les cotisations sont à virer sur {iban}. Questions : {email} ou {phone}. {first}'"),
    ("fr", "Aide-moi à remplir le dossier d'admission en EHPAD pour mon père : {name:m}, né le {dob}, {idname} {natid}, domicilié {addrml}. Personne de confiance : {name2}, {phone2}."),
    ("fr", "Rédige une réclamation à {org:builder} : le chantier de rénovation au {addr} a commencé le {date}, le chef de chantier {name2} ne répond plus et ma carte {card} a été débitée deux fois. Référence {x:invoice}."),
    ("fr", "Mon script de sauvegarde restic échoue :\nexport RESTIC_PASSWORD='{tk:restic}'\nexport RESTIC_REPOSITORY=sftp:{login}@{ip:pub}:/srv/backup\n# propriétaire : {name}, {email}"),
    ("fr", "Transforme ce compte rendu d'audioprothésiste en résumé : patient {namecaps}, né le {dob:num}, appareillé le {date} chez {org:hearing}. Prochain contrôle avec {name2}. Téléphone du patient {phone}."),
    ("fr", "Inscription au semi-marathon de {town} : {name}, né(e) le {dob}, licence {licno}, contact d'urgence {name2} ({phone2}), paiement par carte {card:sp}."),
    # Spanish
    ("es", "Ayúdame a escribir al ayuntamiento: soy {name}, con {idname} {natid}, vivo en {addr} y quiero renovar la licencia de caza ({licno}) que caduca el {date}. Mi teléfono es {phone}."),
    ("es", "Revisa este contrato con la empresa de placas solares {org:solar}: cliente {name}, nacido el {dob}, instalación en {addrml}, fecha de instalación {date}, pago domiciliado en {iban}."),
    ("es", "Pasa a tabla la lista del coro:\nSoprano: {name} – {phone}\nContralto: {name2} – {phone2}\nTenor: {name3} – {email3}\nBajo: {name4} – {email4}\nEnsayo general el {date}."),
    ("es", "Redacta una queja a la clínica dental {org:dental}: me cobraron {x:price} en la tarjeta {card:dash} el {date} por un tratamiento que no me hicieron. Paciente: {name}, {phone}."),
    ("es", "Mi script de Minecraft no deja entrar por RCON:\nserver-ip={ip:pub}\nrcon.password={pw:random}\nmotd=Servidor de {first} y {first2}"),
    ("es", "Informe de alta de mi abuela, explícamelo: Paciente {namecaps:f}, fecha de nacimiento {dob:num}, ingreso {date@1}, alta {date@2}, médico responsable Dr. {last2}, {org:clinic}."),
    # Italian
    ("it", "Aiutami a compilare la domanda di ammissione alla RSA per mia madre: {name:f}, nata il {dob}, codice fiscale {natid}, residente in {addrml}. Referente: {name2}, {phone2}, {email2}."),
    ("it", "Scrivi una mail all'impresa {org:builder}: i lavori di ristrutturazione in {addr} dovevano finire il {date}, il geometra {name2} non risponde e abbiamo già pagato l'acconto dall'IBAN {iban}."),
    ("it", "Questo è il rinnovo del posto barca al {org:marina}: armatore {name}, C.F. {natid}, imbarcazione 'Gabbiano', MMSI {mmsi}, pagamento con carta {card}, scadenza {exp}."),
    ("it", "Tabella dei turni di accompagnamento a scuola:\nlunedì {name} ({phone})\nmartedì {name2} ({phone2})\nmercoledì {name3} ({phone3})\nScuola: {org:school}, uscita ore 16:00."),
    ("it", "Il mio server Nextcloud non manda mail:\n'mail_smtpname' => '{email}',\n'mail_smtppassword' => '{pw:word}',\n'trusted_domains' => array(0 => '{ip:priv}'),\n'secret' => '{tk:nextcloud_secret}',"),
    ("it", "Traduci in italiano semplice la lettera di dimissione: paziente {namecaps}, nato il {dob:num}, ricoverato dal {date@1} al {date@2} presso {org:clinic}, medico curante dott. {last2}."),
    # Dutch
    ("nl", "Kun je dit bericht aan de buurtapp netter maken? 'Beste buren, er stond weer een busje bij {addr2}. {name2} heeft het kenteken {plate}. Bel {first3} ({phone3}) als je iets ziet. Groet, {name}'"),
    ("nl", "Help me met de aanvraag voor een ligplaats bij {org:marina}: eigenaar {name}, BSN {natid}, geboren {dob}, adres {addrml}, betaling via {iban}."),
    ("nl", "Zet deze ledenlijst van het koor in een tabel:\n{name};sopraan;{email};{phone}\n{name2};alt;{email2};{phone2}\n{name3};tenor;{email3};{phone3}"),
    ("nl", "Schrijf een klacht aan {org:hearing}: het hoortoestel voor mijn vader {name:m} (geb. {dob}) is op {date} aangemeten door {name2}, maar werkt niet. Betaald met creditcard {card}."),
    ("nl", "Mijn Caddy-config werkt niet:\n{loginl}.nl {{\n  reverse_proxy {ip:priv}:8123\n  tls {email}\n}}\nEn de API-sleutel van de zonnepanelen-app is {tk:openweather}."),
    ("nl", "Ontslagbrief van het ziekenhuis, leg uit: patiënt {namecaps}, geboortedatum {dob:num}, BSN {natid}, opname {date@1}, ontslag {date@2}, huisarts {name2}."),
    # Portuguese (Portugal)
    ("pt", "Ajuda-me a preencher a inscrição no lar para a minha avó: {name:f}, nascida a {dob}, NIF {natid}, morada {addrml}. Contacto: {name2}, {phone2}. Débito directo do {iban}."),
    ("pt", "Escreve uma reclamação à {org:solar}: os painéis solares instalados em {addr} a {date} não produzem nada. Cliente {name}, {email}, {phone}."),
    ("pt", "Lista da equipa de estafetas para a meia-maratona de {town}:\n{name} ({dob})\n{name2} ({dob2})\n{name3} ({dob3})\nCapitão: {first}, {phone}"),
    ("pt", "O meu router tem este ficheiro de configuração, é seguro?\nwan_ip={ip:pub}\nadmin_user=admin\nadmin_pass={pw:random}\nddns_email={email}"),
    ("pt", "Pagamento da marina com o cartão {card} recusado. Titular {holder}, NIF {natid}, embarcação registada em {town}. Reescreve o email para a {org:marina}."),
    # Brazilian Portuguese
    ("pt-BR", "Me ajuda a preencher a inscrição da corrida de {town}: {name}, CPF {natid}, nascimento {dob:num}, e-mail {email}, contato de emergência {name2} ({phone2}). Pagamento no cartão {card}."),
    ("pt-BR", "Escreve uma mensagem pro grupo do condomínio: 'Pessoal, o {first2} do {addr2} viu alguém estranho na garagem. Qualquer coisa liguem pro síndico {name3}, {phone3}.' Assina {name}."),
    ("pt-BR", "Confere esse contrato com a empresa de energia solar {org:solar}: cliente {name}, CPF {natid}, endereço {addrml}, instalação em {date}, chave Pix {email}."),
    ("pt-BR", "Meu servidor de Minecraft caiu, olha o server.properties:\nserver-ip={ip:pub}\nrcon.password={pw:word}\nmotd=Servidor do {first}\nE a chave da API do bot: {tok:discord_bot}"),
    ("pt-BR", "Resume a alta hospitalar do meu pai: paciente {namecaps:m}, nascido em {dob:num}, CPF {natid}, internado de {date@1} a {date@2} no {org:clinic}, médico {name2}."),
    ("pt-BR", "Tabela de carona das crianças pra escola:\nsegunda: {name} – {phone}\nterça: {name2} – {phone2}\nquarta: {name3} – {phone3}\nPonto de encontro na casa da {first}: {addr}"),
    # Polish
    ("pl", "Pomóż mi napisać reklamację do firmy {org:solar}: montaż fotowoltaiki pod adresem {addr} był {date}, falownik nie działa. Jestem {name}, PESEL {natid}, tel. {phone}."),
    ("pl", "Wypełnij wniosek o przyjęcie do domu opieki: {name:f}, ur. {dob}, PESEL {natid}, zamieszkała {addrml}. Opiekun: {name2}, {phone2}, {email2}. Opłaty z konta {iban}."),
    ("pl", "Lista członków koła łowieckiego {org:hunt} do zgłoszenia:\n{name}, legitymacja {licno}, tel. {phone}\n{name2}, legitymacja {licno@2}, tel. {phone2}\nPolowanie zbiorowe {date}."),
    ("pl", "Mój skrypt kopii zapasowej nie działa:\nexport RESTIC_PASSWORD={tk:restic}\nexport AWS_ACCESS_KEY_ID={tok:aws_id}\nexport AWS_SECRET_ACCESS_KEY={tok:aws_secret}\n# właściciel: {name}"),
    ("pl", "Napisz maila do przychodni {org:clinic}: proszę o przesunięcie wizyty córki {name:kid} (ur. {dob}) z {date@1} na {date@2}. Mój numer {phone}."),
    # Swedish
    ("sv", "Hjälp mig skriva till {org:solar}: solcellerna på {addr} installerades {date} men växelriktaren ({ip:priv}) är offline. Kund: {name}, personnummer {natid}, {phone}."),
    ("sv", "Gör en tabell av körens medlemslista:\n{name}, sopran, {email}\n{name2}, alt, {email2}\n{name3}, tenor, {phone3}\n{name4}, bas, {phone4}"),
    ("sv", "Ansökan till äldreboendet för min pappa: {name:m}, född {dob}, personnummer {natid}, adress {addrml}. Kontaktperson {name2}, {phone2}."),
    ("sv", "Båtplatsen i {town}: ägare {name}, {email}, betalt med kort {card} den {date}. Skriv ett mejl om att fakturan är fel."),
    ("sv", "Mitt backupskript, är det säkert?\nexport BORG_PASSPHRASE=\"{tk:borg}\"\nexport BORG_REPO=ssh://{login}@{ip:pub}/./backup\n# ägare {email}"),
    # Norwegian
    ("no", "Hjelp meg å skrive søknad om båtplass i {org:marina}: {name}, fødselsnummer {natid}, adresse {addrml}, telefon {phone}. Båten heter 'Måsen'."),
    ("no", "Oppsummer epikrisen for min mor: pasient {namecaps:f}, født {dob:num}, innlagt {date@1}, utskrevet {date@2}, fastlege {name2}."),
    ("no", "Lag en liste over hvem som henter barna:\nmandag {name} ({phone})\ntirsdag {name2} ({phone2})\nonsdag {name3} ({phone3})\nBarnehagen er i {addr}."),
    ("no", "Jeg ble trukket to ganger på kortet {card} hos {org} den {date}. Skriv en klage fra meg, {name}, {email}."),
    ("no", "Min Minecraft-server:\nserver-ip={ip:pub}\nrcon.password={pw:random}\nmotd={first} sin server"),
    # Danish
    ("da", "Hjælp mig med ansøgningen om jagttegn: {name}, CPR-nummer {natid}, født {dob}, adresse {addrml}, telefon {phone}."),
    ("da", "Skriv en klage til {org:solar}: solcelleanlægget på {addr} blev sat op {date}, men producerer intet. Betalt fra konto {iban}. Venlig hilsen {name}."),
    ("da", "Lav et skema over korets stemmer:\n{name} sopran {phone}\n{name2} alt {phone2}\n{name3} tenor {email3}\n{name4} bas {email4}"),
    ("da", "Min Caddyfile virker ikke:\n{loginl}.dk {{\n  reverse_proxy {ip:priv}:8080\n  tls {email}\n}}\nOg API-nøglen i .env er {tok:hex64}."),
    ("da", "Min far {name:m} (født {dob}) skal på plejehjem hos {org:care}. Skriv til kommunen fra mig, {name2}, {phone2}, {email2}."),
    # Finnish
    ("fi", "Auta kirjoittamaan valitus yritykselle {org:solar}: aurinkopaneelit asennettiin osoitteeseen {addr} {date}, mutta invertteri ei toimi. Asiakas {name}, henkilötunnus {natid}, puhelin {phone}."),
    ("fi", "Tee taulukko kuoron jäsenistä:\n{name}, sopraano, {email}\n{name2}, altto, {email2}\n{name3}, tenori, {phone3}"),
    ("fi", "Hae venepaikkaa {org:marina}: omistaja {name}, syntynyt {dob}, osoite {addrml}, maksu tililtä {iban}."),
    ("fi", "Kotiutusohje äidilleni, selitä: potilas {namecaps:f}, henkilötunnus {natid}, osastolla {date@1}–{date@2}, lääkäri {name2}."),
    ("fi", "Varmuuskopioskriptini:\nexport RESTIC_PASSWORD={tk:restic}\nexport RESTIC_REPOSITORY=sftp:{login}@{ip:pub}:/data\n# yhteys {email}"),
    # Czech
    ("cs", "Vygeneroval jsem QR Platbu pro nájem, je řetězec správně?\nSPD*1.0*ACC:{iban:plain}*AM:{n:5000:18000}.00*CC:CZK*RN:{holder2}*MSG:NAJEM {last:uc}*X-VS:{n:1000:9999}\nPlatí {name}, tel. {phone}."),
    ("cs", "Registrace provozovatele dronu, zkontroluj údaje: {name}, nar. {dob}, rodné číslo {natid}, bydliště {addrml}, e-mail {email}, registrační číslo {droneid}."),
    ("cs", "Napiš knihovně {town} odvolání proti pokutě: čtenářka {name:f}, průkaz {libcard}, knihu jsem vrátila {date}, potvrdil mi to pan {last2}."),
    ("cs", "Souhlas klienta tetovacího studia, vyplň čistopis: {name}, datum narození {dob:num}, telefon {phone}, tatér {first2}, termín {date}. Záloha kartou {card}."),
    ("cs", "Můj server pro Valheim:\n./valheim_server -name \"{first} a spol\" -port 2456 -password \"{pw:word}\" -public 1\nIP serveru {ip:pub}, správce {email}"),
    # Slovak
    ("sk", "Napíš reklamáciu firme {org:movers}: sťahovanie z {addr} dňa {date} poškodilo nábytok. Som {name}, rodné číslo {natid}, tel. {phone}."),
    ("sk", "Uprav trasu školského autobusu, zastávky:\n1. {addr} – {first:kid} {last}\n2. {addr2} – {first2:kid} {last2}\n3. {addr3} – {first3:kid} {last3}\nVodič {name4}, {phone4}"),
    ("sk", "Žiadosť o poľovný lístok: {name}, nar. {dob}, rodné číslo {natid}, trvalý pobyt {addrml}, členstvo v poľovníckom združení od {date}."),
    ("sk", "Inventár ansible, je heslo v poriadku?\nnas:\n  ansible_host: {ip:priv}\n  ansible_user: {login}\n  ansible_become_password: {pw:word}\n# kontakt {email}"),
    ("sk", "Export podporovateľov z crowdfundingu do tabuľky:\nmeno;email;adresa;telefón\n{name};{email};{addr};{phone}\n{name2};{email2};{addr2};{phone2}"),
    # Hungarian
    ("hu", "Kategorizáld a bankszámlakivonatot:\nDátum;Közlemény;Összeg\n{date:num};Átutalás {name2} részére, albérlet;-180000\n{date:num@2};{org} kártyás fizetés;-45000\n{date:num@3};Jóváírás {holder3};+20000\nSaját számlám: {iban}"),
    ("hu", "Zálogcédulát kaptam, normális ez? Ügyfél {namecaps}, {addr}, szül. {dob}, adóazonosító {natid}. Tárgy: arany karkötő, lejárat {date}."),
    ("hu", "Foglald össze a szomszédfigyelő csoport üzeneteit:\n[{date:num} 19:02] {name}: megint ott áll egy furgon a(z) {addr2} előtt\n[19:05] {name2}: szóltam {first3}-nak is\n[19:10] {name3}: ha kell, hívjatok: {phone3}"),
    ("hu", "E-sport csapatunk nevezése a(z) {org:esports} bajnokságra:\nKapitány: {name}, szül. {dob}, {email}\nJátékos: {name2}, szül. {dob2}\nEdző: {name3}, {phone3}"),
    ("hu", "Az Arduino öntözőm nem csatlakozik:\nconst char* ssid = \"{last}_Otthon\";\nconst char* pass = \"{pw:wifi}\";\nconst char* broker = \"{ip:priv}\";"),
    # Romanian
    ("ro", "Verifică graficul de plăți de la constructorul {org:builder}:\nClient: {name}, CNP {natid}\nȘantier: {addrml}\nAvans 30% scadent {date@1}\nTranșa 2 scadentă {date@2}\nPlata în contul {iban}"),
    ("ro", "Fă programul voluntarilor de la banca de alimente: luni {name}, marți {name2}, miercuri {name3}. Cheile le are {first} ({phone})."),
    ("ro", "Formular de înregistrare a dronei: operator {name}, născut la {dob}, {addr}, e-mail {email}, număr operator {droneid}."),
    ("ro", "Acord de filmare pe proprietate: proprietar {name}, CNP {natid}, adresa {addr}, filmări pe {date@1} și {date@2}, persoană de contact {name2}, {phone2}."),
    ("ro", "Config-ul routerului meu, e sigur?\nwan_ip={ip:pub}\nadmin_pass={pw:random}\nwifi_ssid={last}_Acasa\nwifi_key={pw:wifi}"),
    # Turkish
    ("tr", "Spor salonu üyelik formunu kontrol et: {name}, doğum tarihi {dob}, T.C. Kimlik No {natid}, acil durum kişisi {name2} ({phone2}), ödeme kartı {card}."),
    ("tr", "Akıllı kilit kayıtlarına göre temizlikçi ne zaman geldi?\n{date:num} 09:12 tuş takımı, kod {pw:pin} ({first2})\n{date:num} 11:40 otomatik kilit\n{date:num@2} 08:55 uygulama ({name})"),
    ("tr", "Marinada bağlama yeri başvurusu: tekne sahibi {name}, T.C. {natid}, adres {addrml}, MMSI {mmsi}, ödeme IBAN {iban}."),
    ("tr", "Okul servisi için çocukların listesi:\n{first:kid} {last} – {addr}\n{first2:kid} {last2} – {addr2}\nŞoför {name3}, {phone3}"),
    ("tr", "Ödeme webhook'umuz bu olayda hata veriyor, neden?\n{{\"type\": \"payment.succeeded\", \"customer\": {{\"name\": \"{name}\", \"email\": \"{email}\", \"phone\": \"{phone:e164}\"}}, \"secret\": \"{tok:whsec}\"}}"),
    # Croatian
    ("hr", "Prijava za vez u marini: vlasnik {name}, OIB {natid}, rođen {dob}, adresa {addrml}, plaćanje s računa {iban}."),
    ("hr", "Moram prijaviti goste u eVisitor, jesu li podaci dobri?\nGost: {namecaps2}, datum rođenja {dob2:num}, državljanstvo AUT\nDolazak {date@1}, odlazak {date@2}\nIznajmljivač: {name}, OIB {natid}, {addr}"),
    ("hr", "Popis gostiju za koncert našeg benda u {town}, {date}:\n{name} +1\n{name2}\n{name3}\nKontakt na dan: {phone}"),
    ("hr", "Otpusno pismo moje bake, objasni mi: pacijentica {namecaps:f}, OIB {natid}, hospitalizirana {date@1} – {date@2}, liječnik {name2}."),
    ("hr", "Našao sam novčanik: osobna iskaznica na ime {name}, rođen {dob}, kartica {card}. Kako da ga vratim bez objave podataka?"),
    # Lithuanian
    ("lt", "Padėk parašyti skundą įmonei {org:solar}: saulės elektrinė adresu {addr} sumontuota {date}, bet neveikia. Klientas {name}, asmens kodas {natid}, tel. {phone}."),
    ("lt", "Stojimo į universitetą prašymas, patikrink: {name}, gim. {dob}, asmens kodas {natid}, el. paštas {email}, rekomendavo doc. {name2}."),
    ("lt", "Bitininkų draugijos avilių registras:\n{name} – aviliai adresu {addr}\n{name2} – aviliai adresu {addr2}\nSpiečių rinkėjas {name3}, {phone3}"),
    ("lt", "Maratono registracijos JSON, kodėl klaida?\n{{\"vardas\": \"{first}\", \"pavarde\": \"{last}\", \"gimimo_data\": \"{dob:iso}\", \"kortele\": \"{card:plain}\", \"el_pastas\": \"{email}\"}}"),
    ("lt", "Mano Apache konfigūracija:\n<VirtualHost {ip:pub}:443>\n  ServerName {loginl}.lt\n  ServerAdmin {email}\n</VirtualHost>\nir slaptažodis duomenų bazei: {pw:random}"),
    # Greek
    ("el", "Αίτηση εγγραφής στον αγροτικό συνεταιρισμό ελαιοπαραγωγών: {name}, ΑΜΚΑ {natid}, γεννήθηκε {dob}, διεύθυνση {addrml}, πληρωμές στο {iban}."),
    ("el", "Εξήγησέ μου το εξιτήριο του πατέρα μου: ασθενής {namecaps:m}, ημερομηνία γέννησης {dob:num}, εισαγωγή {date@1}, έξοδος {date@2}, θεράπων ιατρός {name2}."),
    ("el", "Δήλωση ομάδας e-sports:\nΑρχηγός: {name}, {email}\nΠαίκτης: {name2}, γεν. {dob2}\nΠροπονητής: {name3}, {phone3}"),
    ("el", "Μου χρέωσαν δύο φορές την κάρτα {card} για τη θέση ελλιμενισμού στο {town}. Γράψε email εκ μέρους μου ({name}), IBAN επιστροφής {iban}."),
    ("el", "Το config του server μου:\nserver-ip={ip:pub}\nrcon.password={pw:random}\nmotd=Ο server του {first}"),
    # Russian
    ("ru", "Помоги составить претензию бригаде, которая ремонтировала дачу: заказчик {name}, адрес участка {addr}, бригадир {name2} ({phone2}), работы должны были закончить {date}, аванс перевёл с карты {card}."),
    ("ru", "Заявление в дом престарелых для мамы: {name:f}, дата рождения {dob}, ИНН {natid}, адрес {addrml}. Контактное лицо {name2}, {phone2}."),
    ("ru", "Сделай сводку из родительского чата про школьный автобус:\n{first}: {first4:kid} завтра не едет\n{first2}: мы теперь живём по адресу {addr2}, остановка другая\n{first3}: мой номер {phone3}, звоните если что"),
    ("ru", "Заполняю заявление на охотничий билет: {namecaps}, дата рождения {dob:num}, ИНН {natid}, адрес {addr}, e-mail {email}. Всё верно?"),
    ("ru", "Конфиг моего сервера Factorio:\n{{\"name\": \"Сервер {first}\", \"username\": \"{uname:us}\", \"token\": \"{tk:factorio}\", \"game_password\": \"{pw:word}\"}}\nIP: {ip:pub}"),
    ("ru", "Выписка из больницы моего отца, объясни: пациент {namecaps:m}, дата рождения {dob:num}, госпитализирован {date@1}, выписан {date@2}, лечащий врач {name2}."),
    ("ru-US", "Помогите заполнить форму W-9: {name}, адрес {addr}, номер социального страхования {ssn}. Это безопасно отправлять по почте?"),
    # Ukrainian
    ("uk", "Список отримувачів гуманітарної допомоги, перевір формат:\nПІБ;РНОКПП;телефон;адреса\n{name};{natid};{phone};{addr}\n{name2};{natid2};{phone2};{addr2}"),
    ("uk", "Заява на позивний радіоаматора: {name}, дата народження {dob}, РНОКПП {natid}, адреса {addrml}, e-mail {email}."),
    ("uk", "Зроби список гостей на концерт нашого гурту у місті {town}, {date}:\n{name} +1\n{name2}\n{name3}\nКонтакт: {phone}"),
    ("uk", "З моєї картки {card} двічі зняли оплату за причал у місті {town}. Напиши лист від мого імені ({name}), повернення на {iban}."),
    ("uk", "Мій скрипт резервного копіювання:\nexport RESTIC_PASSWORD={tk:restic}\nexport RESTIC_REPOSITORY=sftp:{login}@{ip:pub}:/backup\n# власник {email}"),
    # Bulgarian
    ("bg", "Помогни ми да напиша жалба до {org:solar}: соларните панели на адрес {addr} бяха монтирани на {date}, но не работят. Клиент {name}, ЕГН {natid}, тел. {phone}."),
    ("bg", "Зъболекарят {name2} ми взе {x:price} от картата {card} за коронка, която не е поставена. Напиши оплакване до {org:dental} от мое име, {name}, {email}."),
    ("bg", "Логът на смарт ключалката на апартамента под наем:\n{date:num} 14:02 код {pw:pin} (гост {name2})\n{date:num@2} 11:00 заключено\nСобственик: {name}, {phone}"),
    ("bg", "Договор за коуъркинг, провери данните: член {name}, ЕГН {natid}, {addr}, месечна такса от {iban}, начало {date}."),
    # Japanese
    ("ja", "{org:solar}への苦情メールを書いてください。{addr}に{date}に設置した太陽光パネルが発電しません。契約者は{name}、マイナンバー{natid}、電話{phone}です。"),
    ("ja", "母の老人ホーム入居申込書を確認して：氏名 {name:f}、生年月日 {dob}、住所 {addr}、緊急連絡先 {name2}（{phone2}）。"),
    ("ja", "PTAの連絡網を表にして：\n{name}　{phone}\n{name2}　{phone2}\n{name3}　{email3}\n会長：{name4}"),
    ("ja", "3Dプリントの注文者からのメッセージに返信して：「{name}です。注文{x:order}をこの住所に送ってください：{addr}。カード{card}で払いました。」"),
    ("ja", "自宅サーバーの設定ファイルです。危なくないですか？\nserver_ip = {ip:pub}\nadmin_password = {pw:random}\napi_key = {tok:hex64}\n管理者: {name}"),
    ("ja", "父の補聴器の調整記録をまとめて：{name:m}（{dob}生）、{date}に{org:hearing}で{name2}さんが調整。アプリのログイン {email}。"),
    # Chinese
    ("zh", "帮我核对装修合同付款计划：业主{name}，身份证{natid}，房屋地址{addr}，首付款{date@1}前，尾款{date@2}前，项目经理{name2}（{phone2}）。"),
    ("zh", "帮我填养老院入住申请：老人{name:f}，出生日期{dob}，身份证号{natid}，住址{addr}，紧急联系人{name2}（{phone2}）。"),
    ("zh", "把小区业主群的聊天整理成要点：\n{name}：{addr2}门口又停了一辆白色面包车\n{name2}：我已经告诉物业了，电话{phone2}\n{name3}：监控录像我发到{email3}了"),
    ("zh", "众筹支持者导出表，帮我整理发货信息：\n姓名,邮箱,地址,电话\n{name},{email},{addr},{phone}\n{name2},{email2},{addr2},{phone2}"),
    ("zh", "我家NAS的配置，安全吗？\nwan_ip={ip:pub}\nadmin_password={pw:random}\nddns_token={tok:hex64}\n联系人：{name}"),
    ("zh", "帮我解释我爸的出院小结：患者{name:m}，出生日期{dob:num}，入院{date@1}，出院{date@2}，主治医生{name2}。"),
    # Korean
    ("ko", "관리사무소에 보낼 민원 써줘: {addr}에 사는 {name}입니다. {date}부터 윗집 누수가 계속돼요. 연락처 {phone}."),
    ("ko", "학원 등록 신청서 확인해줘: 학생 {name:kid}, 생년월일 {dob}, 보호자 {name2} ({phone2}), 수강료 결제 카드 {card}."),
    ("ko", "e스포츠 팀 대회 등록:\n주장: {name}, {email}\n선수: {name2}, 생년월일 {dob2}\n코치: {name3}, {phone3}"),
    ("ko", "마라톤 참가비가 카드 {card}에서 두 번 결제됐어요. {name} 이름으로 환불 요청 메일 써줘. 이메일 {email}."),
    ("ko", "내 마인크래프트 서버 설정이야:\nserver-ip={ip:pub}\nrcon.password={pw:random}\nmotd={name}의 서버"),
    ("ko", "치과 보험 청구서 확인: 환자 {name}, 주민등록번호 {natid}, 진료일 {date}, 담당의 {name2}."),
    # Hebrew
    ("he", "עזור לי לנסח מכתב לקבלן השיפוצים {name2}: העבודות ב{addr} היו אמורות להסתיים ב-{date}, שילמתי מקדמה בכרטיס {card}. {name}, {phone}."),
    ("he", "בקשה לקבלת אמי לבית אבות: {name:f}, תאריך לידה {dob}, ת.ז. {natid}, כתובת {addr}. איש קשר {name2}, {phone2}."),
    ("he", "תסכם את קבוצת הווטסאפ של ההסעות לבית הספר:\n{first}: אני אוסף את {first4:kid} ביום שני\n{first2}: הכתובת החדשה שלנו {addr2}\n{first3}: הטלפון שלי {phone3}"),
    ("he", "חייבו פעמיים את הכרטיס שלי {card} על דמי העגינה. תכתוב מייל בשמי, {name}, לחשבון {iban}."),
    ("he", "קובץ ה-nginx שלי:\nserver {{ server_name {loginl}.co.il; allow {ip:pub}; deny all; }}\nומפתח ה-API: {tok:hex64}"),
    # Arabic
    ("ar", "ساعدني في كتابة شكوى إلى {org:solar}: الألواح الشمسية في {addr} رُكّبت في {date} لكنها لا تعمل. العميل {name}، رقم الهوية {natid}، هاتف {phone}."),
    ("ar", "راجع طلب القبول الجامعي: الطالب {name}، تاريخ الميلاد {dob}، رقم الهوية {natid}، البريد {email}، ولي الأمر {name2} ({phone2})."),
    ("ar", "قائمة الطلاب في حافلة المدرسة:\n{first:kid} {last} – {addr}\n{first2:kid} {last2} – {addr2}\nالسائق {name3}، {phone3}"),
    ("ar", "اشتراك النادي الرياضي خُصم مرتين من بطاقتي {card}. اكتب رسالة باسمي {name}، والاسترداد إلى {iban}."),
    ("ar", "إعدادات الخادم الخاص بي:\nserver_ip={ip:pub}\nadmin_password={pw:random}\napi_key={tok:hex64}"),
    # Hindi
    ("hi", "{org:solar} को शिकायत लिखने में मदद करो: {addr} पर {date} को लगाए गए सोलर पैनल काम नहीं कर रहे। ग्राहक {name}, आधार {natid:aadhaar}, फ़ोन {phone}।"),
    ("hi", "किरायेदार पुलिस सत्यापन फ़ॉर्म जाँचो: किरायेदार {name}, जन्म तिथि {dob}, {idname} {natid}, स्थायी पता {addr}, मकान मालिक {name2}, {phone2}।"),
    ("hi", "कोचिंग संस्थान में दाखिले का फ़ॉर्म: छात्र {name:kid}, जन्म {dob}, अभिभावक {name2}, ईमेल {email2}, फ़ोन {phone2}।"),
    ("hi", "मेरे कार्ड {card} से जिम की फ़ीस दो बार कट गई। मेरे नाम {name} से रिफंड का ईमेल लिखो, ईमेल {email}।"),
    ("hi", "मेरे सर्वर की कॉन्फ़िग:\nserver_ip={ip:pub}\nadmin_password={pw:random}\nmotd={first} का सर्वर"),
    # Thai
    ("th", "ช่วยเขียนหนังสือถึงนิติบุคคลคอนโด: ฉัน {name} ห้องที่ {addr} น้ำรั่วตั้งแต่{date} ติดต่อ {phone}"),
    ("th", "ตรวจใบสมัครเข้าบ้านพักคนชราของแม่: {name:f} เกิด {dob} เลขบัตร {natid} ที่อยู่ {addr} ผู้ติดต่อ {name2} {phone2}"),
    ("th", "ทำตารางสมาชิกชมรมวิ่ง:\n{name} - {email}\n{name2} - {email2}\n{name3} - {phone3}"),
    ("th", "จองคอร์สดำน้ำ: ผู้เรียน {name} เกิด {dob} อีเมล {email} ชำระด้วยบัตร {card} เริ่มเรียน {date}"),
    ("th", "ไฟล์ตั้งค่าเซิร์ฟเวอร์ของฉัน:\nserver-ip={ip:pub}\nrcon.password={pw:random}\nmotd=เซิร์ฟเวอร์ของ{first}"),
    # Vietnamese
    ("vi", "Giúp tôi kiểm tra hợp đồng sửa nhà: chủ nhà {name}, CCCD {natid}, địa chỉ {addr}, đợt 1 thanh toán trước {date@1}, đợt 2 trước {date@2}, đội trưởng {name2} ({phone2})."),
    ("vi", "Đơn xin vào viện dưỡng lão cho mẹ tôi: {name:f}, sinh ngày {dob}, CCCD {natid}, địa chỉ {addr}. Người liên hệ {name2}, {phone2}."),
    ("vi", "Tóm tắt nhóm Zalo phụ huynh về xe đưa đón:\n{first}: mai bé {first4:kid} nghỉ\n{first2}: nhà mình chuyển về {addr2}\n{first3}: số mình {phone3}"),
    ("vi", "Đăng ký khóa học tiếng Anh: học viên {name}, sinh {dob}, email {email}, thanh toán thẻ {card}, khai giảng {date}."),
    ("vi", "File cấu hình server của tôi:\nserver-ip={ip:pub}\nrcon.password={pw:random}\nmotd=Server của {first}"),
    # Indonesian
    ("id", "Bantu saya menulis keluhan ke {org:solar}: panel surya di {addr} dipasang tanggal {date} tapi tidak berfungsi. Pelanggan {name}, NIK {natid}, telepon {phone}."),
    ("id", "Rekap arisan bulan ini:\n{name} – {phone} – sudah bayar\n{name2} – {phone2} – belum\n{name3} – {phone3} – dapat giliran {date}"),
    ("id", "Daftar penghuni kos, rapikan jadi tabel:\n{name}, NIK {natid}, {phone}\n{name2}, NIK {natid2}, {phone2}\nPemilik kos: {name3}, {addr3}"),
    ("id", "Biaya kursus online dipotong dua kali dari kartu {card}. Tuliskan email atas nama saya, {name}, email {email}."),
    ("id", "Konfigurasi server saya:\nserver-ip={ip:pub}\nrcon.password={pw:random}\nmotd=Server milik {first}"),
    # more in other languages: links, cards, towns
    ("de", "Schreib einen kurzen Text für unsere Chor-Website über die neue Dirigentin {name:f} aus {town}, mit ihrem Profil {purl:xing} und ihrer Seite {purlx:linktree}."),
    ("de", "Mein Sohn hat im Spiele-Shop mit meiner Karte {cardx:endash} bezahlt. Karteninhaber {holder}, Bank {org:shop}. Wie widerspreche ich?"),
    ("fr", "Présente nos coureurs pour le club : {name} ({purlx:race}), {name2} de {town}, et {name3} ({purlx3:komoot}). Écris un petit texte."),
    ("fr", "Voici l'OCR d'un bon de commande manuscrit : NOM {namecaps}, CARTE [{cardx:box}], EXP {exp}, TÉL {phone}. Quelles cases sont mal lues ?"),
    ("es", "Escribe la presentación de nuestro equipo de e-sports: {name} ({purlx:twitch}), {name2} ({purlx2:steam}), capitán {name3} de {town}."),
    ("es", "El lector leyó la tarjeta del formulario de donación como {cardx:ocr0}. Donante {name}, {addr}. ¿Cuál es el número real?"),
    ("it", "Scrivi una breve biografia per la commissione di tesi: {name}, dottoranda a {town}, profilo {purlx:orcid}, relatore {name2} ({purlx2:scholar})."),
    ("nl", "Maak een bericht voor de hardloopclub: {name} liep de halve marathon van {town} ({purlx:race}) en {name2} deelde zijn route {purlx2:komoot}."),
    ("pl", "Napisz ogłoszenie o zbiórce dla {name} z {town}, link do listy życzeń {purlx:wishlist}, wpłaty na {iban}."),
    ("pt-BR", "Apresenta a equipe de e-sports pro patrocinador: {name} ({purlx:twitch}), {name2} ({purlx2:faceit}), técnico {name3} de {town}."),
    ("sv", "Skriv en presentation av kören inför konserten i {town}: dirigent {name} ({purlx:notion}), solist {name2}."),
    ("cs", "Napiš pozvánku na setkání makerů v {town}: přednáší {name} ({purlx:itch}) a {name2} ({purl2:github})."),
    ("hu", "Írj bemutatkozást a futóklub oldalára: {name} ({purlx:komoot}) és {name2} ({purlx2:race}) a(z) {town}i félmaratonon."),
    ("ro", "Scrie o prezentare pentru echipa noastră de e-sport: {name} ({purlx:twitch}), {name2} ({purlx2:steam}), din {town}."),
    ("tr", "Kulübümüzün sitesi için koşucu tanıtımı yaz: {name} ({purlx:race}), {name2} ({purlx2:komoot}), {town} yarı maratonu."),
    ("ja", "{town}のメイカーズ勉強会の登壇者紹介を書いて：{name}（{purlx:itch}）、{name2}（{purl2:github}）。"),
    ("ko", "우리 e스포츠 팀 후원사 소개 자료: {name} ({purlx:twitch}), {name2} ({purlx2:steam}), 연고지 {town}."),
    ("ru", "Напиши пост для беговой секции: {name} пробежал полумарафон в городе {town} ({purlx:race}), маршрут {name2}: {purlx2:komoot}."),
    ("pl", "Karta z formularza rezerwacji przepisana z kartki: {cardx:two}, ważna do {exp}, właściciel {holder}. Rezerwacja miejsca w marinie w {town}."),
    ("it", "Mio figlio ha pagato una mod per un videogioco con la mia carta {cardx:nbsp}. Titolare {holder}, {phone}. Come contesto l'addebito?"),
    ("fr", "Le relevé de ma carte {card:dot} montre un paiement à {town@x} le {date} que je n'ai pas fait. Écris au service client pour moi, {name}, {email}."),
    ("pl", "Zapłaciłem kartą {card} za kurs żeglarski w {town}, ale {name2} z klubu twierdzi, że płatność nie doszła. Napisz maila ode mnie, {name}."),
    ("ja", "カード番号 {cardx:nbsp} で3Dプリントを注文したのに届きません。注文者は{name}、電話 {phone}。問い合わせ文を書いて。"),
    ("ko", "스키 강습비를 카드 {card:dash}로 냈는데 영수증 이름이 {holder2}로 나와요. 확인 문의 써줘. 제 이름은 {name}."),
]

# Hard negatives: no PII, but numbers, keys, links and names that look like some.
_NEGATIVE: list[tuple[str, str]] = [
    ("en", "My solar inverter firmware is {x:ver} and the app shows error code E{n:100:999}. The installer's docs at https://www.solaredge.com/en/support say to update, but the download SHA-256 is {x:sha256}. How do I verify it on Windows?"),
    ("en", "What does this nginx error mean? `upstream timed out (110: Connection timed out) while reading response header from upstream, client: {x:docip}, server: example.com, request: \"GET /api/v1/orders/{x:order} HTTP/1.1\"`"),
    ("en", "Explain this Ansible task, is the password here real? `ansible.builtin.user: name=deploy password=\"{{{{ vault_deploy_password | password_hash('sha512') }}}}\"`"),
    ("en", "In docker-compose, is `POSTGRES_PASSWORD: ${{POSTGRES_PASSWORD:?err}}` safer than writing it inline? Our .env.example has POSTGRES_PASSWORD=changeme."),
    ("en", "Write a Caddyfile for example.com that proxies to localhost:{x:port} and sets `header X-Api-Key {{env.API_KEY}}` from the environment."),
    ("en", "My cron line `0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1` didn't run. The log's last line has job id {x:uuid}. What's wrong?"),
    ("en", "Stripe test mode: why does {x:testcard} succeed but 4000 0000 0000 0002 decline? Our test order was {x:order} for {x:price}."),
    ("en", "Is `sk_test_...` in our README a problem? It's literally the text 'sk_test_YOUR_KEY_HERE', and the webhook secret line says whsec_{{your_secret}}."),
    ("en", "PayPal IPN simulator sends payer_email=buyer%40example.com and txn_id={x:pnr}{n:10000:99999}. How do I validate it against the sandbox?"),
    ("en", "Zapier says 'Task {x:uuid} halted: missing required field email'. The sample data uses jane.doe@example.com. What mapping did I miss?"),
    ("en", "Our HL7 parser chokes on `MSH|^~\\&|LAB|HOSP|EHR|MAIN|||ORU^R01|{x:order}|P|2.5.1`. Which field is the message control ID?"),
    ("en", "X12 question: what does the segment `REF*SY*123456789~` carry in an 837, and why do the implementation guides use that exact placeholder?"),
    ("en", "Explain the fields of a SWIFT MT103 using the standard example from the SWIFT user handbook, with IBAN {x:dociban} and BIC {x:bic}."),
    ("en", "Excel shows my product codes like {x:sku} fine but turns 00{n:1000:9999} into a number. How do I keep leading zeros?"),
    ("en", "Google Sheets: =IMPORTXML(\"https://en.wikipedia.org/wiki/List_of_marathon_races\", \"//table\") returns #REF!. Why?"),
    ("en", "What's the difference between an MMSI, an IMO number and a call sign for ships? An example IMO number is IMO 9074729."),
    ("en", "How do amateur radio callsigns work in the UK, what do prefixes like M0, 2E0 and G mean?"),
    ("en", "Is the FAA drone registration the same as Remote ID? The FAA's page https://www.faa.gov/uas/getting_started/register_drone explains it but I'm confused."),
    ("en", "My 3D printer's G-code header says `; generated by PrusaSlicer {x:ver}` and `; estimated printing time = 3h 12m`. Can I trust the estimate?"),
    ("en", "Why does OctoPrint's API docs use the key `B0C8D4E2F9A7...` in examples? Is that a real key format?"),
    ("en", "In Factorio's server-settings.example.json the token field is empty and username is blank. Do I need them for a LAN game?"),
    ("en", "Minecraft's server.properties has `rcon.password=` empty by default. What's the port for RCON, {x:port} or 25575?"),
    ("en", "Steam says my game server token must be 32 hex characters like XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX. Where do I generate one for app id 730?"),
    ("en", "OBS error 'Failed to connect to server' with rtmp://live.twitch.tv/app and stream key `live_XXXXXXXX`. What ports does it need?"),
    ("en", "How did Faker and T1 do at the League of Legends World Championship in 2023?"),
    ("en", "Who won the Boston Marathon in 1967 when Kathrine Switzer ran it, and why was that race famous?"),
    ("en", "Explain what happened at Chernobyl on 26 April 1986 in simple terms for a school project."),
    ("en", "Summarise the history of the Royal Albert Hall and the Proms for a choir newsletter."),
    ("en", "Why is Tesla's Gigafactory in Nevada so big compared to BYD's plants?"),
    ("en", "What did Ada Lovelace and Charles Babbage actually build together?"),
    ("en", "Compare the warranties that SunPower, LG and REC offer on solar panels."),
    ("en", "The Library of Congress classification for my thesis topic is GC97, what does that mean? The example record has ISBN {x:isbn}."),
    ("en", "Format this citation in APA: doi {x:doi}, arXiv {x:arxiv}."),
    ("en", "What does ORCID's example iD 0000-0002-1825-0097 (Josiah Carberry) demonstrate about the checksum?"),
    ("en", "Our NPI lookup uses the CMS public API at https://npiregistry.cms.hhs.gov/api/?version=2.1. How do I paginate?"),
    ("en", "What does {x:cve} affect, and is nginx {x:ver} vulnerable?"),
    ("en", "The IRS specimen W-2 uses SSN 123-45-6789 and the name John Doe. Is that number ever issued?"),
    ("en", "Why do SSA examples always use {x:specssn}? Is it reserved?"),
    ("en", "What's the format of a UK National Insurance number? The gov.uk example is QQ 12 34 56 C."),
    ("en", "In a TV script I need a phone number; is {x:fakephone} safe to use?"),
    ("en", "Our staging server is {x:docip} and prod DNS is {x:resolver}. Why does dig return SERVFAIL for example.org?"),
    ("en", "IPv6 question: what does the 2001:db8::/32 prefix mean, and is {x:docip6} routable?"),
    ("en", "The WireGuard docs show PublicKey = {wgpub}. Is it a problem to post a public key in a forum?"),
    ("en", "This is my SSH public key fingerprint: SHA256:{x:sha}. Can I share it with the hosting company?"),
    ("en", "Is it safe to commit this file? It only contains `{vault}`"),
    ("en", "The AWS docs show AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Will those ever work?"),
    ("en", "In the Arduino WiFi example, `char ssid[] = \"yourNetwork\"; char pass[] = \"secretPassword\";` — do I need quotes for the MQTT server too?"),
    ("en", "PowerShell: ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force is in every tutorial. Why is that bad practice?"),
    ("en", "My invoice {x:invoice} from the 3D print shop shows VAT at 20% on {x:price}. Is that right for a business buyer?"),
    ("en", "Tracking {x:ups} says 'label created' for three days. Normal?"),
    ("en", "Order {x:amazon} arrived damaged. What's the usual return process on Amazon?"),
    ("en", "USPS tracking {x:usps} shows 'in transit, arriving late'. What does that mean?"),
    ("en", "Ticket {x:ticket} on our helpdesk is about the smart lock firmware {x:ver}. What's a good first reply?"),
    ("en", "Hearing aid model Phonak Audéo L90 vs Oticon Intent, which has better Bluetooth?"),
    ("en", "What's a typical NHS waiting time for a hearing test, and does Specsavers do them free?"),
    ("en", "How do Medicare Advantage plans cover dental crowns in general?"),
    ("en", "What does CDT code D2740 mean on a dental bill?"),
    ("en", "Explain ICD-10 code I21.4 on a discharge summary."),
    ("en", "Our care home rota spreadsheet uses staff IDs like EMP-{n:1000:9999}; how do I count night shifts per ID with COUNTIFS?"),
    ("en", "What are the rules for mooring in the Camden Lock area of the Regent's Canal?"),
    ("en", "Do I need a licence to fish on the River Tweed, and how much does a day ticket cost?"),
    ("en", "How does the Shooting Times describe the UK section 1 firearm certificate process?"),
    ("en", "What is the Boston Athletic Association's qualifying time for women aged 40-44?"),
    ("en", "Convert this pace: 4:55 per km to minutes per mile."),
    ("en", "Is the Berlin Marathon course faster than London's?"),
    ("en", "The VIN on a car I'm considering is {x:vin}. What can a VIN decoder tell me?"),
    ("en", "Our IMEI list has {x:imei}; how do I validate IMEIs in Python?"),
    ("en", "Our build hash is {x:short_sha} and the release tag v{x:ver}. Write release notes from these commit subjects: 'fix RCON auth', 'bump deps'."),
    ("en", "What's the MAC address format {x:mac} vs the OUI part?"),
    ("en", "Write an example JSON for a race registration API using placeholder values (John Doe, jane.doe@example.com, 4111 1111 1111 1111)."),
    ("en", "Explain the EPC QR code format for SEPA transfers (BCD/002/1/SCT...) using a documentation IBAN like {x:dociban}."),
    ("en", "What does `{x:ph}` mean in a config file template?"),
    ("en", "How do I set `TWITCH_STREAM_KEY={{{{ secrets.TWITCH_KEY }}}}` in a GitHub Actions workflow?"),
    ("en", "Which famous people were amateur radio operators? I heard Marlon Brando and Joe Walsh were."),
    ("en", "Compare Airtable, Notion and Google Sheets for running a choir's membership list."),
    ("en", "What's the epoch time {x:epoch} in UTC, and how do I convert it in Excel?"),
    ("en", "Our SKU {x:sku} sells for {x:price}; what margin do I need for 35%?"),
    ("de", "Was bedeutet die Fehlermeldung 'Wechselrichter offline' bei SMA-Geräten mit Firmware {x:ver}? Die Doku unter https://www.sma.de/service hilft mir nicht."),
    ("de", "Wie funktioniert eine EPC-QR-Überweisung? Das Beispiel der Bundesbank nutzt {x:dociban} und Max Mustermann."),
    ("fr", "Comment vérifier un numéro de suivi Colissimo comme 6A{n:10000000000:99999999999} ? Et que veut dire « pris en charge » ?"),
    ("fr", "Quelle est la différence entre Victor Hugo et Alexandre Dumas pour un exposé sur le XIXe siècle ?"),
    ("es", "¿Qué pasó el 23 de febrero de 1981 en el Congreso de los Diputados?"),
    ("es", "Mi factura {x:invoice} de la tienda de impresión 3D tiene IVA del 21 % sobre {x:price}. ¿Es correcto?"),
    ("it", "Cosa significa il codice errore E{n:100:999} sul mio inverter Fronius con firmware {x:ver}?"),
    ("nl", "Wat betekent foutcode {n:100:999} op mijn omvormer? Versie {x:ver}, serienummer staat op de sticker."),
    ("pt-BR", "Como funciona a chave Pix aleatória, tipo {x:uuid}? Ela identifica alguém?"),
    ("pl", "Co oznacza numer przesyłki {x:dhl} w systemie DHL i jak długo trwa doręczenie?"),
    ("sv", "Vad betyder felkod {n:100:999} på min värmepump, version {x:ver}?"),
    ("ja", "このエラー「HTTP 502 Bad Gateway」はnginxの設定ミスですか？リクエストIDは{x:uuid}です。"),
    ("zh", "这个版本号 {x:ver} 和提交哈希 {x:short_sha} 哪个更适合写进发布说明？"),
    ("ko", "주문번호 {x:order} 배송 조회가 안 돼요. 보통 얼마나 걸리나요?"),
    ("ru", "Что произошло 12 апреля 1961 года и почему этот день важен?"),
    ("tr", "Fatura {x:invoice} üzerindeki KDV oranı {x:price} için doğru mu?"),
    ("el", "Τι σημαίνει ο κωδικός σφάλματος E{n:100:999} στον μετατροπέα μου, έκδοση {x:ver};"),
    ("he", "מה ההבדל בין UUID כמו {x:uuid} לבין מספר הזמנה רגיל?"),
    ("ar", "ما معنى رمز الخطأ {n:100:999} في جهاز العاكس الشمسي، الإصدار {x:ver}؟"),
    ("hi", "ऑर्डर नंबर {x:order} का रिफंड कितने दिन में आता है?"),
    ("id", "Apa arti kode error {n:100:999} di inverter surya saya, versi {x:ver}?"),
]

# Clean prompts: no PII and nothing that looks like it.
_CLEAN: list[tuple[str, str]] = [
    ("en", "How do solar panels work on cloudy days?"),
    ("en", "What should I ask a builder before agreeing to a loft conversion?"),
    ("en", "Give me a checklist for choosing a care home for an elderly parent."),
    ("en", "How do I start a babysitting co-op with other parents on my street?"),
    ("en", "Write a friendly reminder for a neighbourhood watch newsletter about locking sheds."),
    ("en", "Suggest warm-up exercises for a community choir."),
    ("en", "How should I pace my first half marathon?"),
    ("en", "What's the difference between an audiologist and a hearing aid dispenser?"),
    ("en", "Explain how dental insurance waiting periods usually work."),
    ("en", "How do I structure a PhD thesis introduction?"),
    ("en", "What's the best way to prepare for a viva?"),
    ("en", "How do libraries decide on overdue fines?"),
    ("en", "What should I look for in a co-working space?"),
    ("en", "How do I get better first-layer adhesion on a 3D printer?"),
    ("en", "What's the difference between PLA and PETG?"),
    ("en", "How do I winterise a small sailing boat?"),
    ("en", "What knots should every sailor know?"),
    ("en", "How do I get started in amateur radio?"),
    ("en", "What are good beginner drones for photography?"),
    ("en", "How do e-sports teams usually split prize money?"),
    ("en", "Write a short welcome message for a new Minecraft server."),
    ("en", "Explain what a reverse proxy does."),
    ("en", "What's the difference between nginx and Apache?"),
    ("en", "How do incremental backups work?"),
    ("en", "Explain Ansible roles to a beginner."),
    ("en", "What is an HL7 message, in plain English?"),
    ("en", "What are EDI transactions used for in healthcare?"),
    ("en", "How do I make a pivot table in Excel?"),
    ("en", "What's the difference between VLOOKUP and XLOOKUP?"),
    ("en", "How can I keep bees in a small garden?"),
    ("en", "What should a tattoo aftercare guide include?"),
    ("en", "Plan a beginner gym routine for three days a week."),
    ("en", "What should I pack for a first ski lesson?"),
    ("en", "How do I write a good podcast intro?"),
    ("en", "How do I appeal a parking decision politely?"),
    ("en", "Suggest a name for a community brass band."),
    ("en", "How do I teach a child to ride a bike?"),
    ("en", "What's a good routine for the school run in the morning?"),
    ("en", "Write a haiku about a harbour at dawn."),
    ("en", "Explain compound interest with a simple example."),
    ("de", "Wie pflege ich eine Photovoltaikanlage im Winter?"),
    ("de", "Welche Fragen sollte ich einem Handwerker vor der Dachsanierung stellen?"),
    ("fr", "Comment bien préparer une audition pour une chorale ?"),
    ("fr", "Quels exercices pour commencer la course à pied ?"),
    ("es", "¿Cómo se cuida un huerto en verano?"),
    ("es", "Dame ideas para un nombre de equipo de e-sports."),
    ("it", "Come si prepara una barca a vela per l'inverno?"),
    ("nl", "Hoe begin ik met imkeren?"),
    ("pt", "Como escolher um bom lar para idosos?"),
    ("pt-BR", "Como montar um treino para a primeira meia maratona?"),
    ("pl", "Jak przygotować się do egzaminu na krótkofalowca?"),
    ("sv", "Hur fungerar solceller på vintern?"),
    ("ja", "初心者向けの合唱の発声練習を教えてください。"),
    ("zh", "如何选择适合老人的养老院？"),
    ("ko", "드론 촬영을 처음 시작할 때 알아야 할 것은?"),
    ("ru", "Как подготовиться к первому марафону?"),
    ("tr", "Güneş panelleri nasıl temizlenir?"),
    ("hi", "बच्चों के लिए स्कूल बस की सुरक्षा के नियम क्या हैं?"),
    ("id", "Bagaimana cara merawat panel surya?"),
    ("vi", "Làm sao để chọn máy trợ thính phù hợp?"),
]

FRESH20_FOLLOW_UPS = [
    " Thanks!", " Keep it short.", "\n\nPlease keep the tone friendly.", " Bullet points are fine.", " Thanks in advance.",
    "\n\nCan you also explain your changes?", " No rush.", " Make it sound professional.", "\n\nPlain English please.",
    " I'm on my phone, so short answers help.",
]

FRESH20_PII: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _PII_EN + _PII_EN_MORE + _PII_XX]
FRESH20_NEGATIVE: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _NEGATIVE]
FRESH20_CLEAN: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _CLEAN]
