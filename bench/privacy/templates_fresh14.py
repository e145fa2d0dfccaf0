"""The fourteenth blind set ("fresh14") for the PII benchmark: written without seeing the detector or the earlier sets' templates.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh14=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots), and labels spans as corpus.py's docstring says.
Its plumbing (Context, fill, the value generators and their validators, the slot syntax), once copied from
templates_fresh13.py, now lives in _blind_values.py, which the blind sets share; its people, towns, streets, Brazilian
states and Japanese prefectures (laid out by _blind_values.write_address, shared by fresh13 to fresh16), organizations, work domains and password words are its own and stay here, and so are its
templates, written after reading only the earlier sets' docstrings, to cover situations and layouts those
docstrings do not list. It is balanced: every one of the fifteen types appears in many templates (284 PII, 97
negative and 58 clean templates; over 3,000 prompts every type has at least 140 spans).

Situations (chosen to be new): real chat prompts asking an assistant to check, fix, convert, translate or summarise.
Health-record formats: HL7 v2 PID segments, FHIR Patient resources, X12 834 benefit-enrolment loops; allergy action
plans, physiotherapy referrals, travel-vaccination and IVF consent forms. Payment files: ISO 20022 pain.001 XML, SWIFT
MT103 field 59, Apple Wallet pass.json, LDIF exports, Word mail-merge data sources, vendor-bank-change fraud pasted from
Slack. Tax and government forms: 1040-ES vouchers, IRS 8822, I-9, DS-82 passport renewals, HMRC self assessment,
KiwiSaver opt-outs, Centrelink changes, SASSA and BVN updates, lost-ID affidavits, PAN-Aadhaar linking, ELSTER Anlage
Kind, Modelo 100, PIT-37, Deklaration, Kela, 年末調整; school and exam-access forms, uni accommodation, bus passes,
library, nursery, after-school and scholarship enrolments. Travel: car ferries, campsites, airport-parking receipts,
Interrail, road trips, itineraries. Job applications: CV headers, ATS parsing, background-check consent, referees,
offer negotiation, joining forms. Home automation: Homebridge, Node-RED, Tasmota, Frigate, Mosquitto, openHAB, Shelly
webhooks, FritzBox logs. CI pipelines: CircleCI, Bitbucket Pipelines, Buildkite, Azure Pipelines, Argo CD, Woodpecker,
Drone, Tekton, Gitea Actions. Logs: Squid, Envoy, vsftpd, Windows 4624, Azure AD sign-in CSV, Keycloak events, Spring
Boot actuator, Django debug pages, Laravel, Android logcat, Unity Player.log, CUPS, auditd, Google Workspace audit.
Spreadsheets: Excel formulas, pandas prints, Sheets QUERY, pipe-delimited exports, Power Query, Notion CSV. Messages:
Teams and Zoom transcripts, WhatsApp and Signal messages, voicemails, notes for cleaners and tradespeople, book-club and
owners'-meeting minutes, parents' group chats, landlord messages in many languages, card-fraud disputes (Troy, Mir,
JCB, UnionPay, Elo, RuPay), daycare and W-9 paperwork, alumni blurbs, e-mail signatures and link-in-bio pages.

Languages (the first element of each template tuple): en (about half the PII templates; en-US, en-GB, en-IE, en-CA,
en-AU, en-NZ, en-IN, en-ZA, en-NG, or "en-XX" for an English prompt about another (Latin-script) country's people and
numbers), de (DE/AT/CH), fr (FR/BE), es (ES/MX/AR), it, nl (NL/BE), pt, pt-BR, pl, sv, no, da, fi, cs, sk, hu, ro, tr,
hr, lt, el (Greek), ru, uk, bg (Cyrillic), ja, zh, ko (CJK, Hangul), he (Hebrew), ar (Arabic, UAE), hi (Devanagari),
th (Thai), vi, id: 32 languages. A sample's locale is "<language>-<country>" (hi-INH is India written in Devanagari);
the country picks names (in its own script), towns, address layout, phone numbering, card schemes, IBAN country and
national id; the language picks how dates are spelled.

Slot syntax (_blind_values.fill's, as in templates_fresh13): {kind} or {kind:arg:arg} is filled by fill(ctx, slot), which returns (text,
TYPE or None) parts. Person slots ({name}, {first}, {last}, {initial}, {rev}, {namecaps}, {holder}, {email}, {wemail},
{phone[:style]}, {dob[:style]}, {natid[:kind]}, the unlabelled {idname}, {ssn[:style]}, {addr}, {addrml},
{iban[:CC|plain|grp]}, {purl[:<site>]}, {mrz}, and the unlabelled {handle}, {age}) take a digit for persons 2 to 6; on
a person's first mention `f`/`m` fix the sex and `kid`/`baby` the age. Other slots: {town}, {org[:kind]},
{date[:style]}, {card[:<scheme>][:<layout>]}, {ip:<kind>}, {tok:<kind>} (TOKEN_KINDS), {pw:<style>}, {cred[:user]},
{credtok:user:kind}, {basic}, {pem[:kind]}; unlabelled {last4}, {exp}, {cvv}, {x:<negative>} (NEG) and {n:lo:hi}.
`@key` at the end gives another, different value of the same kind; the same slot written twice gives the same value
twice; `uc`/`lc` change case and `ocr` puts stray spaces inside a value. Literal braces are written doubled ("{{",
"}}") and become {lb}/{rb} when the module loads, since corpus._render reads "{" as a slot.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full; a form's "NOWAK
Katarzyna" and an HL7 "Nowak^Katarzyna" as two spans; family-first orders of Japanese, Chinese, Korean, Hungarian and
Vietnamese names as one span; a surname inside a Wi-Fi SSID; a card holder in capitals as one span; the surname and
given names of an MRZ line as two spans; titles and honorifics stay outside); LOCATION a town where someone lives,
works, travels or signed in from; ORGANIZATION the small employers, schools, clinics, banks, clubs, care homes and
firms of the writer's life (the whole name); ADDRESS street, number, flat parts, postcode and town as one span, in each
country's layout, which may run over lines; DATE a day-and-month date in the language's own spelling (also spoken
English, "the fourteenth of March"), never the weekday or time; DATE_OF_BIRTH when it is a birth date (also in an
MRZ); SECRET only the value: provider keys and tokens, passwords and Wi-Fi keys after labels and in config syntaxes,
key-safe codes given as such, the base64 of a Basic pair, whole PEM blocks, and `user:secret` inside a URL as one
span; URL links that point at a person (profiles, personal sites, payment handles, personal shares); EMAIL every
address except example.com/org/net; PHONE valid by phonenumbers for the sample's country, outside the fiction ranges;
CREDIT_CARD Luhn-valid numbers of several schemes, never a published test number; IBAN mod-97 valid (and valid by
stdnum's national checks), also inside XML and MT103 fields; US_SSN valid areas, never the specimens, dashed or plain
(also inside EDI segments); NATIONAL_ID checksum-valid national numbers agreeing with the person's birth date and sex
where the number holds them (and US passport numbers, the document number of an MRZ); IP_ADDRESS public and private
IPv4 and IPv6: the address only, never a :port.

Deliberately not labelled: machine timestamps in logs, HL7 and EDI headers; MRNs, member, student, booking (PNR),
order, invoice, ticket and tracking numbers; vehicle registrations; card expiry dates and the last four digits written
alone; system users (admin, backup, svc_backup) and game handles; UUIDs, git SHAs, digests, versions, Windows builds,
epoch timestamps, MAC addresses, ISBNs, DOIs, SKUs, BICs and RF creditor references; prices; documentation and
placeholder values (sk-..., YOUR_TOKEN_HERE, ${API_KEY}, AWS's EXAMPLE keys, published test cards, documentation
IBANs, specimen SSNs, fiction phone ranges, example.com addresses, RFC 5737 addresses, public resolvers, loopback);
the placeholder people of forms and specifications (John Doe, Johnny Appleseed, Barbara Jensen, Max Mustermann...);
public figures, famous places and companies in general questions. Dates never appear in the negative or clean
templates, and clean prompts hold no lookalike numbers at all.
"""

from __future__ import annotations

import random

from bench.privacy import _blind_values as _bv
from bench.privacy._blind_values import _braces, _native, _roman, pick_locale, town_name

# --- People and places ------------------------------------------------------------------------------------------
# country -> (female first names, male first names, female surnames, male surnames ("" = same), towns, streets).
# Non-Latin entries are "native=roman"; the romanisation serves e-mail addresses, handles and card holders.
# fresh14 draws its own people, towns and streets (the plumbing that uses them is _blind_values.py's).
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Harmony|Kassidy|Marisol|Tamika|Delaney|Jolene|Ainsley|Bethany|Graciela|Rosalind",
           "Brantley|Cody|Desmond|Luis|Jalen|Wyatt|Quentin|Royce|Emmett|Dashiell",
           "Kowalczyk|Holloway|Villarreal|Brannigan|Adeyemi|Sorensen|Quintero|Whitfield|Nakashima|Dunleavy", "",
           "Boise, ID|Lubbock, TX|Missoula, MT|Lynchburg, VA|Rockford, IL|Rochester, MN|Spokane, WA|Macon, GA|Allentown, PA|Wichita, KS",
           "Cottonwood|Juniper Ridge|Larkspur|Red Mesa|Bluebonnet|Aspen Hollow|Cypress Bend|Hickory Knoll"),
    "GB": ("Bethan|Imogen|Rhiannon|Keeley|Shabnam|Morven|Jessamy|Cerys|Philippa|Aisha",
           "Callum|Angus|Tobias|Iwan|Reuben|Imran|Declan|Rhys|Crispin|Stuart",
           "Pickersgill|Ramsbottom|Adebayo-Ellis|Llewellyn|Gillingham|Chaudhry|McAllister|Thistlethwaite|Penhaligon|Braithwaite", "",
           "Harrogate HG1|Bangor LL57|Kendal LA9|Bideford EX39|Hartlepool TS24|Perth PH1|Ludlow SY8|Colchester CO1|Wigan WN1|Elgin IV30",
           "Jubilee Road|Tanners Lane|Sycamore Drive|Mill Brow|Orchard Rise|Rectory Close|Wharf Street|Kestrel Way"),
    "IE": ("Aoife|Clodagh|Niamh|Órla|Síle|Deirdre", "Oisín|Cillian|Darragh|Ruairí|Eoghan|Pádraig",
           "Ó Súilleabháin|McLoughlin|Brennan|Ní Bhriain|Fitzgerald|Hegarty", "Ó Súilleabháin|McLoughlin|Brennan|Ó Briain|Fitzgerald|Hegarty",
           "Ennis, Co. Clare|Tralee, Co. Kerry|Mullingar, Co. Westmeath|Carlow, Co. Carlow|Sligo, Co. Sligo",
           "Convent Road|Ashgrove Park|Church View|Parnell Street|Lakeside Drive"),
    "CA": ("Geneviève|Courtney|Harpreet|Mélanie|Kendra|Océane", "Mathieu|Colton|Gurpreet|Brayden|Étienne|Connor",
           "Tremblay|MacKinnon|Sandhu|Bouchard|Nickerson|Ferguson-Lee", "",
           "Kamloops, BC|Moncton, NB|Sherbrooke, QC|Red Deer, AB|Kingston, ON|Regina, SK",
           "Spruce Crescent|Birchwood Drive|Rue Principale|Maple Grove Road|Caribou Way"),
    "AU": ("Jacinta|Matilda|Kirra|Tahnee|Saskia|Bree", "Jarrah|Mitchell|Kai|Angus|Dane|Nate",
           "Vukovic|O'Loughlin|Theodorakis|Barrett|Walker-Tipoki|Hollis", "",
           "Ballarat VIC|Cairns QLD|Wagga Wagga NSW|Bunbury WA|Launceston TAS|Mount Gambier SA",
           "Banksia Street|Wattle Grove|Ironbark Drive|Jacaranda Avenue|Bottlebrush Court"),
    "NZ": ("Aroha|Mere|Ngaio|Brooke|Stacey|Awhina", "Wiremu|Rawiri|Tane|Blake|Kauri|Corey",
           "Tawhiri|Ngata|Wihongi|McKenzie|Parata|Ashby", "",
           "Nelson|Napier|Invercargill|Rotorua|Whanganui|Blenheim",
           "Rimu Street|Totara Place|Kowhai Road|Pohutukawa Drive|Manuka Lane"),
    "IN": ("Meenakshi|Pooja|Divya|Sneha|Anjali|Radhika", "Rohit|Vikram|Karthik|Abhishek|Siddharth|Rajesh",
           "Iyer|Kulkarni|Chatterjee|Reddy|Deshpande|Krishnan", "",
           "Coimbatore|Nagpur|Vijayawada|Mysuru|Jamshedpur|Kochi", "MG Road|Station Road|Gandhi Nagar|Nehru Street|Residency Road"),
    "ZA": ("Thandiwe|Lindiwe|Anri|Palesa|Nomsa|Carmen", "Sipho|Thabo|Pieter|Kagiso|Ruan|Themba",
           "Dlamini|Van der Merwe|Ndlovu|Pillay|Botha|Mokoena", "",
           "Polokwane|Stellenbosch|Mbombela|Upington|Bloemfontein|Knysna",
           "Protea Street|Jacaranda Crescent|Baobab Road|Acacia Avenue|Bougainvillea Lane"),
    "NG": ("Chiamaka|Funke|Amina|Ngozi|Temitope|Halima", "Emeka|Babatunde|Ikenna|Femi|Abubakar|Uche",
           "Eze|Ogunleye|Okonkwo|Balogun|Abdullahi|Nnadi", "",
           "Enugu|Abeokuta|Uyo|Zaria|Akure|Onitsha", "Ogui Road|Okigwe Road|Murtala Mohammed Way|Aba Road|Independence Avenue"),
    "DE": ("Gesine|Leonie|Friederike|Wiebke|Ilka|Derya|Ulrike|Svenja", "Torben|Malte|Jonas|Rüdiger|Henning|Emre|Volker|Arne",
           "Brinkmann|Kretschmer|Oltmanns|Vogelsang|Przybylski|Göbel|Yılmaz|Hollmann", "",
           "Osnabrück|Bamberg|Greifswald|Göttingen|Regensburg|Koblenz|Lüneburg|Marburg",
           "Lindenstraße|Am Mühlbach|Eichendorffweg|Schillerstraße|Kirchplatz|Bahnhofstraße|Am Sportplatz"),
    "AT": ("Theresa|Magdalena|Johanna|Verena", "Florian|Matthias|Bernhard|Lukas",
           "Gruber|Hofer|Pichler|Steiner|Huber", "", "Wels|Klagenfurt|Bregenz|Wiener Neustadt|Kufstein|Baden bei Wien",
           "Linzer Straße|Haydngasse|Stadtplatz|Bahnhofstraße|Lindengasse"),
    "CH": ("Seraina|Nadja|Corinne|Martina", "Reto|Urs|Beat|Simon", "Baumann|Keller|Brunner|Zürcher|Imhof", "",
           "Thun|Chur|Aarau|Wil|Uster|Sion", "Bahnhofstrasse|Kirchgasse|Dorfstrasse|Seestrasse|Rosenweg"),
    "FR": ("Margaux|Solène|Capucine|Amandine|Gwenaëlle|Laetitia|Maëlys", "Bastien|Thibaut|Maxime|Loïc|Yanis|Cédric|Gaëtan",
           "Lefèvre|Le Goff|Chevalier|Benali|Marchand|Fontaine|Roussel", "",
           "Angers|Besançon|Poitiers|Perpignan|Metz|Nîmes|Lorient|Annecy",
           "rue Victor-Hugo|avenue Jean-Jaurès|rue de la Gare|chemin des Acacias|place de l'Église|rue Gambetta"),
    "BE": ("Lotte|Charlotte|Elke|Amélie|Femke", "Jens|Pieter|Arnaud|Wout|Cédric",
           "Peeters|Claes|Goossens|Dubois|Wouters|Vandenberghe", "", "Leuven|Namur|Brugge|Aalst|Genk|Mons",
           "Kerkstraat|Rue de la Station|Stationsstraat|Chaussée de Louvain|Molenstraat"),
    "ES": ("Nerea|Lucía|Ainhoa|Rocío|Itziar|Marina", "Álvaro|Iker|Sergio|Jordi|Rubén|Gonzalo",
           "Navarro Gil|Etxeberria|Rubio|Serrano|Molina Pons|Iglesias", "",
           "Salamanca|Albacete|Pamplona|Alicante|León|Girona|Badajoz",
           "Calle Mayor|Avenida de la Constitución|Calle del Carmen|Passeig de Gràcia|Calle Nueva"),
    "MX": ("Ximena|Guadalupe|Itzel|Mariana|Fernanda", "Emiliano|Rodrigo|Leonardo|Ulises|Mauricio",
           "Hernández Ruiz|Ramírez|Villalobos|Zamora|Espinoza", "", "Puebla|Querétaro|Mérida|Morelia|Saltillo|Oaxaca",
           "Av. Juárez|Calle Hidalgo|Av. Reforma|Calle Morelos|Calzada Zaragoza"),
    "AR": ("Florencia|Camila|Agustina|Micaela", "Matías|Tomás|Nicolás|Joaquín", "Fernández|Sosa|Benítez|Acosta|Molina", "",
           "Córdoba|Mendoza|Salta|Mar del Plata|Rosario|San Juan", "Av. San Martín|Calle Urquiza|Av. Colón|Calle Moreno"),
    "IT": ("Chiara|Giulia|Martina|Beatrice|Serena|Ilaria", "Matteo|Lorenzo|Davide|Tommaso|Riccardo|Emanuele",
           "Ferrari|Esposito|Bianchi|Marino|Fontana|Barbieri|Colombo", "",
           "Parma|Verona|Padova|Trieste|Bergamo|Lecce|Ravenna",
           "Via Garibaldi|Via Mazzini|Corso Cavour|Via Roma|Piazza della Libertà|Via Solferino"),
    "NL": ("Femke|Sanne|Lieke|Anouk|Noor|Floor", "Bram|Joost|Thijs|Ruben|Sander|Gijs",
           "Bakker|van der Meer|Visser|Smit|Mulder|de Graaf|Bos", "",
           "Zwolle|Leeuwarden|Haarlem|Tilburg|Venlo|Apeldoorn|Leiden|Groningen",
           "Kerkstraat|Dorpsstraat|Molenweg|Julianalaan|Stationsplein|Prinsengracht"),
    "PT": ("Inês|Mariana|Beatriz|Leonor|Matilde", "Tiago|Gonçalo|Afonso|Bruno|Hélder",
           "Ferreira|Santos|Oliveira|Rodrigues|Almeida", "", "Braga|Aveiro|Coimbra|Viseu|Faro|Setúbal",
           "Rua Direita|Avenida da Liberdade|Rua de Santa Catarina|Largo da Igreja|Rua do Carmo"),
    "BR": ("Fernanda|Juliana|Beatriz|Tatiane|Gabriela|Renata", "Lucas|Gustavo|Thiago|Bruno|Rafael|Paulo Henrique",
           "Oliveira|Santos|Pereira|Costa Almeida|Nascimento|Rocha", "",
           "Recife|Belém|Florianópolis|Campinas|Uberlândia|Cuiabá|Fortaleza",
           "Rua das Flores|Avenida Paulista|Rua XV de Novembro|Avenida Beira-Mar|Rua Amazonas"),
    "PL": ("Agnieszka|Magdalena|Karolina|Zuzanna|Monika|Paulina", "Krzysztof|Tomasz|Mateusz|Łukasz|Piotr|Grzegorz",
           "Nowakowska|Zielińska|Wiśniewska|Dąbrowska|Kozłowska|Mazur", "Nowakowski|Zieliński|Wiśniewski|Dąbrowski|Kozłowski|Mazur",
           "Lublin|Rzeszów|Olsztyn|Opole|Toruń|Radom|Białystok",
           "ul. Słoneczna|ul. Ogrodowa|ul. Mickiewicza|ul. Kościuszki|al. Jana Pawła II|ul. Kwiatowa"),
    "SE": ("Ingrid|Saga|Linnea|Maja|Sofia", "Oskar|Viktor|Henrik|Erik|Filip", "Lindqvist|Bergström|Sjöberg|Holm|Engström", "",
           "Umeå|Örebro|Luleå|Kalmar|Falun|Halmstad", "Storgatan|Kyrkogatan|Björkvägen|Sjövägen|Skolgatan"),
    "NO": ("Ingrid|Sigrid|Tone|Ragnhild|Silje", "Eirik|Magnus|Håkon|Sindre|Torstein", "Haugen|Johansen|Bakke|Solberg|Dahl", "",
           "Tromsø|Drammen|Ålesund|Lillehammer|Haugesund|Gjøvik", "Storgata|Skolegata|Granveien|Kirkegata|Bakkeveien"),
    "DK": ("Mette|Signe|Sofie|Ida|Karen", "Rasmus|Mads|Jesper|Frederik|Søren", "Jensen|Sørensen|Rasmussen|Kjær|Mortensen", "",
           "Vejle|Randers|Holbæk|Viborg|Hillerød|Sønderborg", "Vestergade|Nørregade|Bakkevej|Møllevej|Søndergade"),
    "FI": ("Aino|Henna|Laura|Satu|Minna", "Ville|Antti|Jussi|Mikko|Tuomas", "Virtanen|Mäkinen|Heikkinen|Laine|Järvinen", "",
           "Kuopio|Jyväskylä|Kotka|Hämeenlinna|Mikkeli|Kokkola", "Puistokatu|Kauppakatu|Koulukatu|Rantatie|Mäntytie"),
    "CZ": ("Tereza|Lucie|Veronika|Kateřina|Markéta", "Tomáš|Ondřej|Lukáš|Jakub|Petr",
           "Dvořáková|Procházková|Kučerová|Černá|Svobodová", "Dvořák|Procházka|Kučera|Černý|Svoboda",
           "Olomouc|Pardubice|Liberec|Písek|Třebíč|Tábor", "Husova|Palackého|Masarykova|Nádražní|Komenského"),
    "HU": ("Réka|Eszter|Zsófia|Anikó|Dóra", "Gergő|Bence|Levente|Attila|Ádám", "Horváth|Kovács|Szabó|Tóth|Molnár|Varga", "",
           "Debrecen|Pécs|Győr|Kecskemét|Szolnok|Miskolc", "Kossuth Lajos utca|Petőfi Sándor utca|Rákóczi út|Arany János utca|Kossuth tér"),
    "RO": ("Ioana|Andreea|Alina|Raluca|Bianca", "Andrei|Mihai|Bogdan|Radu|Ionuț", "Popescu|Ionescu|Dumitru|Stan|Munteanu", "",
           "Cluj-Napoca|Iași|Brașov|Sibiu|Timișoara|Constanța", "Str. Republicii|Bd. Eroilor|Str. Avram Iancu|Str. Florilor"),
    "TR": ("Zeynep|Elif|Merve|Burcu|Ebru", "Emre|Mert|Cem|Oğuz|Burak", "Yıldız|Aydın|Şahin|Doğan|Kılıç|Yılmaz", "",
           "Eskişehir|Trabzon|Kayseri|Bursa|Antalya|Malatya", "Atatürk Cad.|Cumhuriyet Cad.|Gül Sok.|Lale Sok.|İnönü Bulvarı"),
    "GR": ("Δήμητρα=Dimitra|Κατερίνα=Katerina|Σοφία=Sofia|Ελένη=Eleni|Μαρία=Maria",
           "Γιώργος=Giorgos|Κώστας=Kostas|Νίκος=Nikos|Δημήτρης=Dimitris|Παναγιώτης=Panagiotis",
           "Παπαδοπούλου=Papadopoulou|Γεωργίου=Georgiou|Οικονόμου=Oikonomou|Καραγιάννη=Karagianni",
           "Παπαδόπουλος=Papadopoulos|Γεωργίου=Georgiou|Οικονόμου=Oikonomou|Καραγιάννης=Karagiannis",
           "Πάτρα=Patra|Λάρισα=Larisa|Βόλος=Volos|Ηράκλειο=Irakleio|Σέρρες=Serres",
           "Ερμού|Εγνατίας|Πανεπιστημίου|Κολοκοτρώνη|Αγίου Νικολάου"),
    "RU": ("Анна=Anna|Екатерина=Ekaterina|Ольга=Olga|Наталья=Natalia|Мария=Maria",
           "Алексей=Aleksey|Дмитрий=Dmitry|Сергей=Sergey|Михаил=Mikhail|Андрей=Andrey",
           "Смирнова=Smirnova|Кузнецова=Kuznetsova|Соколова=Sokolova|Морозова=Morozova|Волкова=Volkova",
           "Смирнов=Smirnov|Кузнецов=Kuznetsov|Соколов=Sokolov|Морозов=Morozov|Волков=Volkov",
           "Казань=Kazan|Самара=Samara|Пермь=Perm|Тула=Tula|Саратов=Saratov|Тверь=Tver",
           "ул. Ленина|ул. Гагарина|пр. Мира|ул. Пушкина|ул. Садовая"),
    "UA": ("Оксана=Oksana|Ірина=Iryna|Наталія=Nataliia|Софія=Sofiia|Олена=Olena",
           "Андрій=Andrii|Олександр=Oleksandr|Богдан=Bohdan|Тарас=Taras|Максим=Maksym",
           "Шевчук=Shevchuk|Бондаренко=Bondarenko|Ткаченко=Tkachenko|Мельник=Melnyk|Коваль=Koval", "",
           "Вінниця=Vinnytsia|Полтава=Poltava|Рівне=Rivne|Луцьк=Lutsk|Івано-Франківськ=Ivano-Frankivsk|Хмельницький=Khmelnytskyi",
           "вул. Шевченка|вул. Франка|просп. Свободи|вул. Миру|вул. Зелена"),
    "JP": ("陽子=Yoko|真由美=Mayumi|葵=Aoi|さくら=Sakura|麻衣=Mai", "翔太=Shota|健一=Kenichi|大輔=Daisuke|拓海=Takumi|誠=Makoto",
           "佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|渡辺=Watanabe|中村=Nakamura", "",
           "札幌市=Sapporo|仙台市=Sendai|広島市=Hiroshima|金沢市=Kanazawa|静岡市=Shizuoka|熊本市=Kumamoto", "本町|中央通り|緑町|栄町"),
    "CN": ("丽娜=Lina|晓燕=Xiaoyan|静=Jing|雪=Xue|佳怡=Jiayi", "伟=Wei|浩然=Haoran|志强=Zhiqiang|明=Ming|俊杰=Junjie",
           "王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|赵=Zhao", "",
           "成都=Chengdu|武汉=Wuhan|南京=Nanjing|西安=Xi'an|大连=Dalian|苏州=Suzhou", "人民路|解放路|中山路|建设路|文化路"),
    "KR": ("서연=Seoyeon|민지=Minji|지은=Jieun|하은=Haeun|유진=Yujin", "민준=Minjun|도윤=Doyoon|현우=Hyunwoo|성민=Sungmin|지훈=Jihoon",
           "김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang", "",
           "대전=Daejeon|광주=Gwangju|수원=Suwon|천안=Cheonan|김해=Gimhae|원주=Wonju", "중앙로|문화로|중앙대로|평화로|행복로"),
    "IL": ("נועה=Noa|מיכל=Michal|שירה=Shira|יעל=Yael|תמר=Tamar", "יונתן=Yonatan|אורי=Uri|דניאל=Daniel|איתי=Itai|עומר=Omer",
           "כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton|אברהם=Avraham", "",
           "נתניה=Netanya|רחובות=Rehovot|באר שבע=Beersheba|חולון=Holon|נהריה=Nahariya", "הרצל|ז'בוטינסקי|רוטשילד|בן יהודה|ביאליק"),
    "AE": ("فاطمة=Fatima|مريم=Maryam|نورة=Noura|عائشة=Aisha|لطيفة=Latifa", "محمد=Mohammed|خالد=Khalid|عبدالله=Abdullah|أحمد=Ahmed|منصور=Mansour",
           "الكعبي=Al Kaabi|النعيمي=Al Nuaimi|الشامسي=Al Shamsi|المنصوري=Al Mansoori|الحمادي=Al Hammadi", "",
           "العين=Al Ain|الشارقة=Sharjah|عجمان=Ajman|رأس الخيمة=Ras Al Khaimah|دبي=Dubai", "شارع الوحدة|شارع المطار|شارع الشيخ زايد|شارع النصر"),
    "INH": ("प्रिया=Priya|अंजलि=Anjali|सुनीता=Sunita|नेहा=Neha|पूजा=Pooja", "राहुल=Rahul|अमित=Amit|विकास=Vikas|संजय=Sanjay|रवि=Ravi",
            "शर्मा=Sharma|वर्मा=Verma|गुप्ता=Gupta|मिश्रा=Mishra|यादव=Yadav|चौहान=Chauhan", "",
            "लखनऊ=Lucknow|कानपुर=Kanpur|भोपाल=Bhopal|इंदौर=Indore|पटना=Patna|जयपुर=Jaipur", "स्टेशन रोड|गांधी नगर|नेहरू मार्ग|राजेंद्र नगर"),
    "TH": ("สมใจ=Somjai|นภา=Napa|กาญจนา=Kanchana|ปิยะนุช=Piyanuch", "สมชาย=Somchai|วิชัย=Wichai|ธนากร=Thanakorn|ณัฐพล=Nattapon",
           "ศรีสุข=Srisuk|วงศ์ใหญ่=Wongyai|แก้วมณี=Kaewmanee|ทองดี=Thongdee|บุญมา=Boonma", "",
           "เชียงใหม่=Chiang Mai|ขอนแก่น=Khon Kaen|นครราชสีมา=Nakhon Ratchasima|หาดใหญ่=Hat Yai|อุดรธานี=Udon Thani",
           "ถนนสุขุมวิท|ถนนนิมมานเหมินท์|ถนนมิตรภาพ|ถนนเพชรเกษม"),
    "VN": ("Thu Trang|Minh Anh|Ngọc Lan|Phương Thảo|Thùy Linh", "Minh Tuấn|Đức Anh|Hoàng Nam|Văn Hùng|Quốc Bảo",
           "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan", "", "Huế|Cần Thơ|Hải Phòng|Nha Trang|Vinh|Vũng Tàu",
           "đường Trần Hưng Đạo|đường Nguyễn Huệ|phố Hàng Gai|đường Lê Lợi|đường Điện Biên Phủ"),
    "SK": ("Zuzana|Veronika|Lucia|Martina", "Peter|Juraj|Marek|Tomáš", "Horváthová|Kováčová|Vargová|Tóthová",
           "Horváth|Kováč|Varga|Tóth", "Nitra|Prešov|Žilina|Banská Bystrica|Košice|Trnava",
           "Štúrova|Hlavná|Nám. slobody|Mierová|Kollárova"),
    "BG": ("Десислава=Desislava|Мария=Maria|Гергана=Gergana|Цветелина=Tsvetelina", "Георги=Georgi|Иван=Ivan|Димитър=Dimitar|Николай=Nikolay",
           "Петрова=Petrova|Стоянова=Stoyanova|Димитрова=Dimitrova|Илиева=Ilieva", "Петров=Petrov|Стоянов=Stoyanov|Димитров=Dimitrov|Илиев=Iliev",
           "Пловдив=Plovdiv|Варна=Varna|Бургас=Burgas|Русе=Ruse|Стара Загора=Stara Zagora",
           "ул. „Раковски“|бул. „България“|ул. „Иван Вазов“|ул. „Шипка“"),
    "HR": ("Ana|Ivana|Petra|Marija|Lucija", "Ivan|Luka|Marko|Josip|Tomislav", "Horvat|Kovačević|Babić|Marić|Jurić", "",
           "Split|Rijeka|Osijek|Zadar|Pula|Varaždin", "Ulica kralja Tomislava|Ilica|Vukovarska ulica|Ulica Ivana Gundulića|Riva"),
    "LT": ("Rūta|Eglė|Austėja|Gabija", "Mantas|Tomas|Lukas|Justinas", "Jankauskienė|Petrauskienė|Žukauskaitė|Kazlauskienė",
           "Jankauskas|Petrauskas|Žukauskas|Kazlauskas", "Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus",
           "Vilniaus g.|Laisvės al.|Taikos pr.|Sodų g.|Žalgirio g."),
    "ID": ("Dewi|Siti|Putri|Ayu|Rina", "Agus|Budi|Rizky|Dimas|Arif", "Santoso|Hidayat|Kurniawan|Saputra|Nasution|Halim", "",
           "Yogyakarta|Malang|Semarang|Medan|Balikpapan|Manado", "Jl. Sudirman|Jl. Diponegoro|Jl. Merdeka|Jl. Pahlawan|Jl. Pemuda"),
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
_JP_PREF = {"札幌市": "北海道", "仙台市": "宮城県", "広島市": "広島県", "金沢市": "石川県", "静岡市": "静岡県", "熊本市": "熊本県"}


def write_address(r: random.Random, country: str, town: str, multiline: bool = False) -> str:
    """A street address in the country's own layout (_blind_values.write_address, with this set's tables)."""
    return _bv.write_address(r, country, town, multiline, people=PEOPLE, br_states=_BR_STATES, prefectures=_JP_PREF)


_BR_STATES = {"Recife": "PE", "Belém": "PA", "Florianópolis": "SC", "Campinas": "SP", "Uberlândia": "MG", "Cuiabá": "MT", "Fortaleza": "CE"}


# --- Organizations -------------------------------------------------------------------------------------------------
_ORG: dict[str, tuple[str, ...]] = {  # {t} town, {l} a surname
    "en": ("{l} & {l2} Family Law", "{t} Teachers Credit Union", "Bluebell Dental Studio", "Oakridge Elementary School",
           "{l} Roofing & Gutters", "Northfield Sports Physio", "{t} Striders Running Club", "Sunflower Montessori",
           "{l} Veterinary Clinic", "Harbourside Property Management", "St Brigid's College", "{l} Plumbing & Heating"),
    "de": ("Steuerbüro {l}", "Sparkasse {t}", "Zahnarztpraxis {l} & {l2}", "Grundschule an der Linde",
           "{l} Dachdeckerei GmbH", "TSV {t} 1888", "Kita Regenbogen", "Physiotherapie {l}"),
    "fr": ("Étude notariale {l}", "Crédit Mutuel de {t}", "École primaire Les Tilleuls", "Plomberie {l} SARL",
           "Cabinet de kinésithérapie des Halles", "Auto-école {l}"),
    "es": ("Gestoría {l}", "Centro Dental Sonrisa", "CEIP Miguel de Cervantes", "Reformas {l} SL", "Caja Rural de {t}"),
    "it": ("Studio Commercialista {l}", "Banca di Credito Cooperativo di {t}", "Istituto Comprensivo Dante Alighieri",
           "Idraulica {l} Snc", "Poliambulatorio San Luca"),
    "nl": ("Administratiekantoor {l}", "Fysiotherapie Het Anker", "Basisschool De Regenboog", "Installatiebedrijf {l}"),
    "pt": ("Contabilidade {l} Lda", "Clínica Dentária Sorriso", "Escola Básica de {t}", "Canalizações {l} & Filhos"),
    "pl": ("Biuro Rachunkowe {l}", "Przychodnia Zdrowie", "Szkoła Podstawowa nr 7 w {t}", "Wspólnota Mieszkaniowa Słoneczna"),
    "sv": ("Redovisningsbyrån {l} AB", "Vårdcentralen i {t}", "{l}s Bygg AB"),
    "no": ("Regnskapskontoret {l} AS", "{t} legesenter", "{l} Rør AS"),
    "da": ("Revisionsfirmaet {l}", "Lægehuset Torvet", "{l} VVS ApS"),
    "fi": ("Tilitoimisto {l} Oy", "Hammaslääkäriasema Hymy", "{l} Putki Oy"),
    "cs": ("Účetní kancelář {l}", "Poliklinika Zdraví", "Základní škola {t}"),
    "hu": ("{l} Könyvelőiroda", "Napsugár Óvoda", "{t}i Fogászati Rendelő"),
    "ro": ("Cabinet Contabil {l}", "Clinica Medicală Sanador", "Școala Gimnazială nr. 5"),
    "tr": ("{l} Mali Müşavirlik", "Özel Şifa Tıp Merkezi", "{l} İnşaat"),
    "el": ("Λογιστικό Γραφείο {l}", "Πολυιατρείο Ασκληπιός", "Φροντιστήριο Πρόοδος"),
    "ru": ("ООО «{l} и партнёры»", "Стоматология «Улыбка»", "Школа № 45"),
    "uk": ("ТОВ «{l} Сервіс»", "Клініка «Здорова родина»", "Ліцей № 3"),
    "sk": ("Účtovná kancelária {l}", "Poliklinika Zdravie", "Základná škola {t}"),
    "bg": ("Счетоводна кантора „{l}“", "Дентален център „Усмивка“", "ОУ „Христо Смирненски“"),
    "hr": ("Računovodstveni servis {l}", "Poliklinika Sveti Vid", "Osnovna škola {t}"),
    "lt": ("Buhalterinė apskaita „{l}“", "Odontologijos klinika „Šypsena“", "{t} progimnazija"),
    "ja": ("{l}税理士事務所", "{t}ひまわり歯科", "株式会社みどり工務店"),
    "zh": ("{t}华信律师事务所", "仁和口腔诊所", "{t}市第一中学"),
    "ko": ("바른세무회계", "{t}튼튼정형외과", "새빛초등학교"),
    "he": ("משרד רואי חשבון {l}", "מרפאת שיניים החיוך"),
    "ar": ("مكتب {l} للمحاسبة", "عيادة الشفاء"),
    "hi": ("{l} एंड संस", "आरोग्य क्लिनिक"),
    "th": ("บริษัท {l} ก่อสร้าง จำกัด", "คลินิกทันตกรรมยิ้มสวย"),
    "vi": ("Công ty Kế toán {l}", "Phòng khám Nha khoa Nụ Cười"),
    "id": ("Kantor Akuntan {l}", "Klinik Sehat Sentosa", "SD Negeri 3 {t}"),
}


# English organizations by kind ({org:school}, {org:clinic}...), so that "my daughter's school" names a school.
_ORG_EN_KIND: dict[str, tuple[str, ...]] = {
    "school": ("Oakridge Elementary School", "St Brigid's College", "{t} Grammar School", "Bright Horizons Primary",
               "Sunflower Montessori", "{t} Technical Institute"),
    "clinic": ("Northfield Family Medicine", "{l} Vision Centre", "Northfield Sports Physio", "{t} Urgent Care", "Lakeside Health Centre",
               "{l} & {l2} Dermatology"),
    "firm": ("{l} Roofing & Gutters", "{l} & {l2} Family Law", "Harbourside Property Management", "{l} Plumbing & Heating",
             "Happy Tails Pet Sitting", "{t} Signs & Print"),
    "bank": ("{t} Teachers Credit Union", "{t} Federal Credit Union", "{t} Mutual", "Riverbend Community Bank"),
    "club": ("{t} Striders Running Club", "{t} Sailing Club", "{t} Bridge Club", "Elmwood Lawn Tennis Club"),
    "care": ("Lavender Fields Care Home", "{t} Assisted Living", "Hollybrook Nursing Home", "{l} Court Residential Care"),
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
_CF_TOWNS = {"Parma": "G337", "Verona": "L781", "Padova": "G224", "Trieste": "L424", "Bergamo": "A794", "Lecce": "E506", "Ravenna": "H199"}


# --- Password words ({pw:word|leet|wifi|phrase}, made by _blind_values.make_password) -------------------------------
_PW_WORDS = {
    "en": "Butterscotch|Marmalade|Kingfisher|Lighthouse|Blueberry|Thunderbolt|Meadowlark|Cinnamon|Walrus|Nightingale",
    "de": "Eichhörnchen|Apfelstrudel|Leuchtturm|Sternschnuppe|Kartoffel|Regenbogen",
    "fr": "Coquelicot|Madeleine|Papillon|Framboise|Soleil|Lavande",
    "es": "Girasol|Mariposa|Naranja|Golondrina|Churro",
    "it": "Girasole|Farfalla|Limoncello|Tramonto|Ciliegia",
    "pl": "Slonecznik|Motylek|Jagoda|Bocian|Kasztan",
    "nl": "Stroopwafel|Tulpenveld|Zeemeeuw|Vlinder",
    "pt": "Girassol|Borboleta|Saudade|Azulejo",
    "tr": "Kelebek|Gunes|Lokum|Martı",
    "ru": "Solnyshko|Medved|Zvezda|Lisichka",
    "sv": "Smultron|Fjaril|Sommar|Kantarell",
}
_PHRASE_WORDS = ["falcon", "basalt", "satin", "nutmeg", "rivet", "comet", "ferny", "glacier", "amber", "gadget", "aspen", "cinder", "topaz", "kettle", "gravel"]  # {pw:phrase}


# --- Rendering (Context and fill() are _blind_values.py's; this set hands them its tables) ----------------------------
_WORK_DOMAINS = ["birchmoor-surveys.co.uk", "steuerbuero-vogelsang.de", "fontaine-paysage.fr", "redmesa-analytics.com", "nordlys-regnskap.no",
                 "studio-barbieri.it", "bakker-installatie.nl", "lumenhive.io"]  # {wemail}


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
    # Health records pasted in machine formats
    ("en-US", ("This HL7 message from our lab interface fails validation, can you spot the bad field?\n"
               "MSH|^~\\&|LABSYS|NORTHPOINT|EHR|CLINIC|20250611093015||ADT^A04|{x:order}|P|2.5.1\n"
               "PID|1||{n:100000:999999}^^^MRN||{last}^{first}||{dob:iso}|{n:1:2}|||{addr}||{phone:nat}|||||{ssn}")),
    ("en", ("Convert this patient row into a FHIR Patient resource (JSON): family name {last}, given {first}, born {dob:iso}, "
            "phone {phone:e164}, e-mail {email}, lives at {addr}. Use telecom entries for phone and mail.")),
    ("en-GB", ("Can you check my allergy action plan before I laminate it? Child: {name2:kid}. DOB {dob2:num}. Allergy: peanuts, "
               "sesame. Emergency contact: {name} (mum) {phone}. GP surgery: {org:clinic}. School nurse to be told by {date:short}.")),
    ("en", ("my physio referral letter got lost. can you rewrite it for me to send again? patient {name}, date of birth {dob:long}, "
            "referred by dr {last2} at {org:clinic}, knee pain since {date:long}. best number to reach me {phone}")),
    ("en-AU", ("Travel vaccination clinic wants this form typed up neatly:\nFull name: {name}\nDOB: {dob:num}\nMedicare no. / TFN: {natid}\n"
               "Travelling to: Vietnam and Laos, leaving {date:long}\nMobile: {phone}")),
    ("en-US", ("I'm filling in the IVF clinic consent packet for me and my husband. Partner 1: {name:f}, SSN {ssn}, born {dob:long}. "
               "Partner 2: {name2:m}, SSN {ssn2}, born {dob2:long}. Does the embryo disposition section need both signatures?")),
    # EDI, banking and payment files
    ("en-US", ("Our benefits broker rejected the 834 file. Here is the member loop, what's wrong with the DMG segment?\n"
               "INS*Y*18*021*28*A***FT~\nREF*0F*{ssn:plain}~\nNM1*IL*1*{last:uc}*{first:uc}****34*{ssn:plain}~\n"
               "N3*{addr}~\nREF*1L*{x:order}~")),
    ("en", ("Here's an ISO 20022 pain.001 snippet from our payroll export; the bank says the creditor block is malformed:\n"
            "<Cdtr><Nm>{name}</Nm></Cdtr>\n<CdtrAcct><Id><IBAN>{iban:plain}</IBAN></Id></CdtrAcct>\n<RmtInf><Ustrd>Salary {x:invoice}</Ustrd></RmtInf>")),
    ("en-GB", ("I'm sending money abroad with a SWIFT MT103 and the bank wants me to confirm field 59. Is this right?\n"
               ":59:/{iban:plain}\n{namecaps}\n{addr}\n:70:RENT DEPOSIT {x:order}")),
    ("en", ("Quick sanity check on a mail-merge data source before I run it for the reunion invitations:\n"
            "Title;FirstName;LastName;Street;Email\nMs;{first:f};{last};{addr};{email}\nMr;{first2:m};{last2};{addr2};{email2}\n"
            "Why does Word show «Street» empty for row 2?")),
    ("en-US", ("Apple Wallet pass.json for our climbing gym membership, the barcode shows the wrong member. Fields: "
               "\"primaryFields\": [{{\"key\": \"member\", \"value\": \"{name}\"}}], \"barcode\": {{\"message\": \"{x:order}\"}}, "
               "\"backFields\": [{{\"key\": \"phone\", \"value\": \"{phone}\"}}]")),
    ("en", ("LDIF export from our old mail server, can you convert it to CSV with columns cn, mail, telephoneNumber?\n"
            "dn: uid={x:short_sha},ou=people,dc=corp\ncn: {name}\nmail: {wemail}\ntelephoneNumber: {phone:intl}\n\n"
            "dn: uid={x:short_sha@b},ou=people,dc=corp\ncn: {name2}\nmail: {wemail2}\ntelephoneNumber: {phone2:intl}")),
    ("en-US", ("Venmo keeps declining my card, it's the one ending {last4} right? Card number as saved: {card:visa:sp}, exp {exp}. "
               "Or should I just ask {first2} to request it from my paypal {purl:paypal} instead")),
    ("en", ("I typed my card into this hotel's online check-in and it says invalid. Can you tell me if I made a typo? "
            "{card:sp} exp {exp} name on card {holder}")),
    ("en-GB", ("Please reword my complaint to the bank: on {date:long} a payment of £412.50 left my account to an IBAN I don't "
               "recognise, {iban}. My own account is {iban2:GB}. I reported it by phone on {date:short@b}.")),
    ("en", ("Our finance team pasted this into Slack, should we be worried? \"vendor update: please pay invoice {x:invoice} "
            "to the new account {iban} (beneficiary {name}) from today\"")),
    ("en-IE", ("Help me fill the tenant deposit protection form. Landlord: {name2}, PPSN {natid2}. Tenant: {name}, PPSN {natid}. "
               "Property: {addr}. Deposit returned to {iban:IE}.")),
    # Tax, school and government forms
    ("en-US", ("I'm doing my 1040-ES estimated payment voucher by hand. Can you check the header? {name} and {name2}, "
               "SSN {ssn} / spouse {ssn2}, {addr}. Payment for the {date:long} due date.")),
    ("en-US", ("IRS Form 8822 change of address: old address {addr}, new address {addr2}, my SSN is {ssn:plain}. "
               "Which line does my wife's SSN go on? hers is {ssn2:plain}")),
    ("en-US", ("Filling in the I-9 for our new hire. Section 1 says: Last name {last:f:uc}, first name {first:uc}, date of birth "
               "{dob:num}, U.S. Social Security Number {ssn}, employee's e-mail {email}. Is the SSN required if she's not E-Verify?")),
    ("en-US", ("For my mother-in-law's DS-82 passport renewal: surname {last2:f}, given name {first2}, born {dob2:long} in {town}, old "
               "passport number {natid2}. She doesn't have an e-mail, can I use mine ({email})?")),
    ("en-GB", ("Can you proofread the exam access arrangements request for my son? Candidate: {name2:kid}, born {dob2:long}, "
               "at {org:school}. Parent contact: {name}, {email}, {phone}.")),
    ("en", ("Uni accommodation form, I have to explain the gap. Applicant {name}, student ID {x:order}, home address {addrml}, "
            "arriving {date:long}. Please make my paragraph sound less desperate.")),
    ("en-CA", ("Help me write a cover note for my kid's school bus pass application: student {name2:kid}, grade 6 at "
               "{org:school}, pickup at {addr}. Parent {name}, {phone}.")),
    ("en-IN", ("Please correct the grammar in my PAN-Aadhaar linking complaint: my PAN {natid:pan} is not linking with Aadhaar "
               "{natid:aadhaar} since {date:long}. Name as per PAN: {name}. Registered mobile {phone}.")),
    ("en-GB", ("My HMRC self assessment letter: can you explain what they want? It's addressed to {name}, {addr}, National Insurance "
               "number {natid:nino}, and says payment on account was due {date:long}.")),
    ("en-ZA", ("Translate to Afrikaans for my gran please: \"Ouma, your SASSA grant will go into the account of {name} now, "
               "ID {natid}. Call me on {phone} if the clinic asks.\"")),
    ("en-NG", ("Kindly help me draft a letter to my bank in {town} to update my BVN-linked phone from {phone} to {phone@b}. "
               "Account name {name}, NIN {natid}.")),
    # Travel bookings
    ("en", ("Booking an overnight ferry with the car. The form wants: lead passenger {name}, born {dob:num}, mobile {phone:intl}, "
            "plus passenger {name2}, born {dob2:num}. Sailing {date:long} from {town} — which cabin is cheapest?")),
    ("en-GB", ("Help me write an e-mail to the campsite in {town}: we booked pitch 14 for {date:short} to {date:short@b} under "
               "{name}, booking ref {x:pnr}, but paid twice with card {card}. Please refund one.")),
    ("en", ("Airport parking receipt OCR came out like this, can you tidy it? NAME {namecaps} VEHICLE REG {x:pnr} ENTRY "
            "{date:num} CARD {card:ocr} AMOUNT {x:price}")),
    ("en-US", ("Write a packing and contact sheet for our road trip: we leave from {town} on {date:long}, staying at our friend "
               "{name2}'s place at {addr2}. Her cell {phone2}. Mine is {phone}.")),
    ("en", ("The Interrail pass app needs my passport details exactly as printed. Passport no. {natid}, name {name}, born "
            "{dob:long}. Should I type my middle name too?")),
    ("en-AU", ("Can you make this into a neat itinerary? Flights booked by {name} ({email}), PNR {x:pnr}. Arrive {town} "
               "{date:long}, hire car pickup under licence holder {name2}.")),
    # Job applications
    ("en", ("Rewrite my CV header so it fits on one line: {name} | {town} | {phone} | {email} | {purl:linkedin}")),
    ("en-US", ("Help me answer the background check consent form. Full legal name {name}, SSN {ssn}, DOB {dob:num}, previous "
               "addresses: {addr} and {addr2}.")),
    ("en-GB", ("Please turn my referees into a tidy list for the application: 1) {name2}, line manager at {org:firm}, "
               "{email2}, {phone2}. 2) {name3}, {email3}.")),
    ("en", ("I'm negotiating my offer from {org:firm}. Draft a reply to {first2} ({wemail2}) asking for a start date of "
            "{date:long} instead and a relocation budget because I'm moving from {town}.")),
    ("en", ("ATS says my resume has parsing errors. Here's the top: \n{name:uc}\n{addr}\n{phone:dots} · {email}\n"
            "Portfolio: {purl:site} · Code: {purl:github}")),
    ("en-IN", ("HR asked me to fill the joining form. Father's name {name2:m}, my DOB {dob:long}, Aadhaar {natid:aadhaar}, "
               "bank a/c for salary at {org:bank}. Can you make the address line shorter: {addr}")),
    # Home automation and CI/CD
    ("en", ("My Homebridge config.json won't load, here's the platform block:\n{{\n  \"platform\": \"Ring\",\n  "
            "\"refreshToken\": \"{tok:google_refresh}\",\n  \"locationIds\": [\"{x:uuid}\"]\n}}")),
    ("en", ("Node-RED flow for our doorbell: the mqtt-broker node has user \"ha\" and password \"{pw}\", broker at {ip:priv}:1883. "
            "Why does it keep disconnecting every 60 seconds?")),
    ("en", ("Tasmota console shows this after I set up MQTT, is it connecting at all?\n"
            "MQT: Attempting connection...\nMQT: Connect failed to {ip:priv}:1883, rc 5. Retry in 10 sec\n"
            "cmnd: MqttPassword {pw:random}")),
    ("en", ("Frigate config, the camera stream fails. \n  cameras:\n    driveway:\n      ffmpeg:\n        inputs:\n"
            "          - path: rtsp://{cred:admin}@{ip:priv}:554/cam/realmonitor?channel=1")),
    ("en", ("Mosquitto passwd file question: I added users with `mosquitto_passwd -b /etc/mosquitto/passwd shelly {pw:word}` "
            "but the plug at {ip:priv} still gets 'not authorised'.")),
    ("en", ("openHAB things file, is the syntax right?\nThing hue:bridge:home [ ipAddress=\"{ip:priv}\", "
            "applicationKey=\"{tok:hex64}\" ]")),
    ("en", ("Shelly webhook calls my server at http://{ip:pub}:8123/api/webhook/ but Home Assistant logs 'invalid auth' "
            "from {ip:pub@b}. Long-lived token in the header is {tok:jwt}.")),
    ("en", ("Our CircleCI job prints this, did we just leak something?\n#!/bin/bash -eo pipefail\n"
            "echo \"//registry.npmjs.org/:_authToken={tok:npm}\" > ~/.npmrc\nnpm publish\n"
            "npm ERR! 403 Forbidden")),
    ("en", ("Bitbucket Pipelines fails at the deploy step:\n+ ssh -i ~/.ssh/id_ed25519 deploy@{ip:pub} './release.sh'\n"
            "ssh: connect to host {ip:pub} port 22: Connection timed out\nThe repo variable DOCKER_PASSWORD is {tok:docker}.")),
    ("en", ("Buildkite agent config — is it safe to commit? \ntoken=\"{tok:hex64}\"\nname=\"builder-%hostname-%spawn\"\n"
            "tags=\"queue=default\"")),
    ("en", ("Azure Pipelines YAML, how do I move this into a secret variable?\n- script: az login --service-principal -u "
            "{x:uuid} -p {tok:azure_key} --tenant {x:uuid@b}")),
    ("en", ("Argo CD repo-creds secret, the sync says authentication required:\nstringData:\n  url: https://gitlab.com/our-group\n"
            "  username: argocd\n  password: {tok:glpat}")),
    ("en", ("Woodpecker CI logs show the clone failing: `git clone https://{credtok:oauth2:ghp}@github.com/acme-labs/api.git` "
            "exits with 128. Is the token expired?")),
    ("en", ("Drone secret added with `drone secret add --repository team/app --name ssh_key --data @id_rsa` — here's the key "
            "file I used, is it the wrong format?\n{pem:openssh}")),
    ("en", ("Tekton Task env for pushing images: - name: REGISTRY_AUTH value: {basic:robot} — should this be a Secret "
            "instead?")),
    # Logs and debugging
    ("en", ("Squid access.log lines, who is hogging bandwidth?\n1718012345.123   4032 {ip:priv} TCP_MISS/200 51234 GET "
            "http://video.cdn.net/seg-1.ts - HIER_DIRECT/{ip:pub} video/mp2t\n1718012349.550   2211 {ip:priv@b} TCP_MISS/200 "
            "1048 CONNECT mail.google.com:443 - HIER_DIRECT/{ip:pub@b} -")),
    ("en", ("Envoy access log entry, why the 503?\n[2025-06-11T09:12:44.120Z] \"POST /v1/orders HTTP/1.1\" 503 UF 0 91 5 - "
            "\"{ip:pub}\" \"okhttp/4.12.0\" \"{x:uuid}\" \"orders\" \"{ip:priv}:8080\"")),
    ("en", ("vsftpd log: is someone brute-forcing us?\nFAIL LOGIN: Client \"{ip:pub}\"\nFAIL LOGIN: Client \"{ip:pub}\"\n"
            "OK LOGIN: Client \"{ip:pub@b}\", user \"backup\"")),
    ("en", ("Windows event 4624 export, explain the logon type please:\nAccount Name: svc_backup\nSource Network Address: "
            "{ip:pub}\nLogon Type: 10\nWorkstation Name: -")),
    ("en", ("Azure AD sign-in CSV, two rows look odd:\nuser,ip,location,result\n{email},{ip:pub},{town},Success\n"
            "{email},{ip:pub@b},Nigeria,Failure (50126)")),
    ("en", ("Keycloak event log, why does LOGIN_ERROR repeat?\ntype=LOGIN_ERROR, realmId=prod, clientId=portal, "
            "userId=null, ipAddress={ip:pub}, error=user_not_found, username={email}")),
    ("en", ("Spring Boot /actuator/env leaked this on our staging box, how bad is it?\n\"spring.datasource.password\": "
            "{{\"value\": \"{pw:random}\"}},\n\"stripe.secret\": {{\"value\": \"{tok:stripe}\"}}")),
    ("en", ("Django yellow debug page in production (oops). Settings section shows\nEMAIL_HOST_PASSWORD = '{pw}'\n"
            "SECRET_KEY = '{tok:django}'\nHow do I rotate these quickly?")),
    ("en", ("Laravel log excerpt, the mail job keeps failing:\n[2025-06-11 10:02:11] production.ERROR: Expected response code 250 "
            "but got 535 for user {wemail} with password {pw:random} at smtp.mailgun.org")),
    ("en", ("Android logcat from our app, can you tell me why login fails?\nD/AuthRepo: POST /login body={{\"email\":\"{email}\","
            "\"password\":\"{pw}\"}}\nE/AuthRepo: 401 Unauthorized")),
    ("en", ("Unity Player.log from a tester: `Connecting to lobby {ip:pub}:7777 as player_{n:100:999}` then `Socket error`. "
            "Is it our NAT config or theirs?")),
    ("en", ("CUPS error_log, the office printer stopped:\nE [11/Jun/2025:08:55:01 +0200] [Job 412] Unable to connect to "
            "{ip:priv}:9100 - Connection refused\nD [Job 412] Printing file for {first} {last}")),
    ("en", ("auditd says something ran as root from this host, please decode: type=USER_LOGIN msg=audit: pid=1299 uid=0 "
            "acct=\"root\" addr={ip:pub} terminal=ssh res=failed")),
    ("en", ("Google Workspace login audit: {email} signed in from {ip:pub} ({town}) at 03:14, then from {ip:v6} two minutes "
            "later. Impossible travel or VPN?")),
    # Spreadsheets
    ("en", ("Excel formula help: column A has full names like \"{name}\" and \"{name2}\", column B e-mails like {email}. "
            "I want first name in C and domain in D.")),
    ("en", ("pandas prints this, how do I drop rows where phone is missing?\n   name              phone           dob\n0  "
            "{name}   {phone}   {dob:iso}\n1  {name2}   NaN   {dob2:iso}")),
    ("en", ("Google Sheets QUERY over our book club list returns nothing: =QUERY(A:D, \"select A where C = '{town}'\"). Row 2 is "
            "{name} | {email} | {town} | {phone}")),
    ("en", ("Clean up this pipe-delimited export from our church volunteer database:\nID|NAME|DOB|PHONE\n{n:100:999}|{namecaps}|"
            "{dob:num}|{phone:compact}\n{n:100:999@b}|{namecaps2}|{dob2:num}|{phone2:compact}")),
    ("en-US", ("Power Query keeps turning the SSN column into numbers and dropping leading zeros. Sample: {ssn:plain}, "
               "{ssn2:plain}. Names are {name} and {name2}.")),
    ("en", ("Notion database export (CSV) for our tenants' association, please dedupe:\nName,Flat,Email,Phone\n{name},3B,{email},"
            "{phone}\n{name},3B,{email},{phone}\n{name2},5A,{email2},{phone2}")),
    # Messages to translate, summarise, rewrite
    ("en", ("Summarise this Teams meeting transcript in three bullets:\n00:01:12 {name}: we agreed the go-live is {date:long}\n"
            "00:02:40 {name2}: I'll send the contract to {email2} tonight\n00:03:05 {name}: call me on {phone} if legal objects")),
    ("en", ("Summarise the WhatsApp group \"Hen do!!\" for me:\n[19:02] {first2}: deposit to {first3}'s account "
            "{iban3} by Friday pls\n[19:05] {first3}: or paypal {purl3:paypal}\n[19:09] {first}: done")),
    ("en", ("Translate into Spanish for our cleaner: \"Hi {first2}, the key safe by the back door is now {pw:pin}. The alarm "
            "company number is {phone}. Thanks, {first}\"")),
    ("en", ("Rewrite this voicemail transcript as a short note: \"hi it's {first} {last} calling about the sofa, you can reach "
            "me on {phone} or just email {email}, I'm in {town} till the {date:spoken}\"")),
    ("en", ("Please make my message to the wedding DJ friendlier: \"{first2}, final timings attached. Venue is {org:firm}, "
            "{addr}. Balance will come from card {card}. {name}\"")),
    ("en", ("Book club minutes, can you tidy them? Present: {name}, {name2}, {name3}. Next meeting {date:long} at {first2}'s, "
            "{addr2}. {first3} is hosting in {town@b} after that.")),
    ("en", ("Zoom chat export from our community council: 10:14:22 From {name} to Everyone: my new number is {phone}, "
            "10:15:03 From {name2}: here's the planning doc {purl2:drive}")),
    ("en", ("Signal message from my brother, help me reply calmly: \"{first}, I need you to send the rent to my new account "
            "{iban} today, my old card {card:mc} got blocked\"")),
    ("en", ("Can you turn this sticky note into a contact card? \"{name} — plumber — {phone} — {wemail} — {addr}\"")),
    # Identity documents and accounts
    ("en", ("My passport scan OCR came out as two lines; I need the MRZ fixed for the airline's API Advance Passenger form:\n{mrz}")),
    ("en-GB", ("DVLA form D1 helper: name {name}, born {dob:long}, "
               "address {addr}. What goes in section 3?")),
    ("en-CA", ("Filling the passport renewal: guarantor is {name2}, {phone2}, {addr2}. My SIN {natid} — is that even asked "
               "on the form?")),
    ("en-ZA", ("Help me write an affidavit for a lost ID: I, {name}, ID number {natid}, residing at {addr}, declare that my "
               "identity document was lost on {date:long}.")),
    ("en-IN", ("Rent agreement draft, please fix the English: This agreement is made on {date:long} between {name} (Aadhaar "
               "{natid:aadhaar}) and {name2}, residing at {addr}.")),
    ("en-NZ", ("KiwiSaver opt-out form: name {name}, IRD number {natid}, date of birth {dob:num}, employer {org:firm}. "
               "Is it too late to opt out?")),
    ("en-AU", ("Centrelink change of circumstances, can you word it? {name}, TFN {natid}, moved to {addr} on "
               "{date:long}.")),
    ("en-XX", ("I live abroad and need to write to my local tax office in English first. My details: {name}, tax id {natid}, "
               "born {dob:iso}, address {addr}. Please keep it formal.")),
    ("en-XX", ("Help me write an English reference for our former gardener {name:m}, he lived at "
               "{addr} and his phone is {phone}. He worked for us until {date:long}.")),
    ("en-XX", ("Translate my landlord's message to English, it's: \"{first}, please transfer the deposit to {iban} by "
               "{date:short}. Regards, {name2}\"")),
    # Personal links and accounts
    ("en", ("I'm making a link-tree page. My links: {purl:ig}, {purl:github}, {purl:mastodon}, and bookings via {purl:cal}. "
            "Suggest nice button labels.")),
    ("en", ("My ex made a fake profile using my photos: {purl2:ig}. My real one is {purl:ig}. Help me write the impersonation "
            "report.")),
    ("en", ("Write a bio for the speaker page: {name}, data engineer at {org:firm} in {town}, writes at {purl:site} and "
            "streams code reviews on {purl:bsky}.")),
    ("en-US", ("Draft a reminder to the soccer parents: team fees go to {purl:venmo} by {date:short}. Questions to {name} at "
               "{phone}.")),
    # Secrets in chat
    ("en", ("I'm handing over my side project to {first2}. Write a short README section listing what they need: OpenAI key "
            "{tok:openai}, Supabase DB password {pw:random}, and the domain registrar login {email} / {pw:word}.")),
    ("en", ("Why does this curl return 401? curl -H \"Authorization: Bearer {tok:anthropic}\" https://api.anthropic.com/v1/messages")),
    ("en", ("Our intern pasted the Wi-Fi details on the wiki: SSID {last}-Home, password {pw:wifi}. Reword the page so it says "
            "'ask IT' instead.")),
    ("en", ("Our team's shared 1Password got exported to this text by mistake, please format it as a table so I can rotate each:\n"
            "GitLab runner: {tok:glrt}\nSendGrid: {tok:sendgrid}\nDatadog API: {tok:datadog_api}")),
    ("en", ("Here's my rclone.conf, why does the b2 remote fail?\n[b2]\ntype = b2\naccount = {tok:b2_id}\nkey = {tok:b2_key}")),
    ("en", ("I pasted my Telegram bot token into a Discord channel by accident: {tok:telegram}. What do I do with BotFather now?")),
    ("en", ("Is my docker login saved in plain text? ~/.docker/config.json has \"auths\": {{\"ghcr.io\": {{\"auth\": \"{basic}\"}}}}")),
    ("en", ("The Jupyter notebook I shared on Kaggle still has this in cell 3: os.environ['HF_TOKEN'] = '{tok:hf}'. How do I purge "
            "the version history?")),
    ("en", ("My SSH key for the home server is below, it says 'invalid format' when I ssh to {ip:pub}. Did I copy it wrong?\n{pem:rsa}")),
    ("en", ("Postgres won't accept my connection string: postgresql://{cred:analytics}@{ip:priv}:5432/warehouse?sslmode=require")),
    # Addresses, places and organisations
    ("en-GB", ("Write a letter to the council about the pothole outside {addr}. I reported it on {date:long} and my neighbour "
               "{name2} hit it with her bike.")),
    ("en-US", ("Create a moving checklist: we're moving from {town} to {town@b} on {date:long}. Old place {addr}, new place "
               "{addr2}. Kids start at {org:school} in September.")),
    ("en", ("My dad {name2:m} lives alone in {town}. Write a note for his neighbours with my number {phone} and his "
            "address {addr2}, in case they don't see him for a couple of days.")),
    ("en-GB", ("Help me write a complaint to {org:care} about my mum {name2:f}'s missing hearing aids. She's in room 12; "
               "I visited on {date:long}. Reply to {email}.")),
    ("en", ("I'm leaving {org:firm} after six years. Draft a goodbye message to the team and mention I'll still be in {town} "
            "— personal mail {email}.")),
    ("en-US", ("Our credit union, {org:bank}, wants a signed letter to add my daughter {name2:f} as joint owner. Her SSN "
               "{ssn2}, DOB {dob2:long}. Mine {ssn}.")),
    ("en-GB", ("Please draft a letter to {org:club} cancelling my son {first2:m}'s membership from {date:long}; the direct debit "
               "comes out of {iban:GB}.")),
    ("en", ("Help me plan a route: pick up {first2} in {town}, then {first3} in {town@b}, then drive to {name}'s cabin at "
            "{addr}. We leave {date:short}.")),
    # More cards, links, organisations, places, SSNs
    ("en", ("My kid put the family card into a Roblox top-up site. Which details did she give away? The form had: card number "
            "{card:plain}, expiry {exp}, CVV {cvv}, cardholder {holder}, billing postcode in {town}.")),
    ("en-US", ("Reconcile this line from my HSA receipt scan: \"PAID W/ {card:dash} AUTH 0{n:10000:99999} {x:price}\". The provider "
               "was {org:clinic}. Is it a duplicate of the one on {date:short}?")),
    ("en", ("Help me write a chargeback dispute: the gym {org:club} charged my card {card} again on {date:long} after I cancelled. "
            "Account holder {name}, {email}.")),
    ("en-GB", ("Please redo this table of family expenses so the card numbers are in one column:\nwho | card | spent\n"
               "{first} | {card:mc:sp} | {x:price}\n{first2} | {card:visa:sp@b} | {x:price@b}")),
    ("en", ("Proofread the note for my house-sitter: \"{first2}, if the boiler breaks call {org:firm} on {phone}. Emergency "
            "spending on my card {card:dot}, exp {exp}. Back on {date:short}!\"")),
    ("en-IN", ("Swiggy refund not received. Help me write to support: order {x:order}, paid by RuPay card {card:rupay:sp} on "
               "{date:long}, registered mobile {phone}, name {name}.")),
    ("en", ("Customer emailed us their card for a phone order (I know, I know). Draft a reply asking them to call instead and "
            "tell me how to purge it: \"Hi, it's {name}, card {card:amex} exp {exp}, ship to {addr}\"")),
    ("en-US", ("Our nonprofit's donor CSV has raw cards in it. Show me a pandas line to mask all but last 4:\n"
               "donor,card,amount\n{name},{card:plain},{x:price}\n{name2},{card:plain@b},{x:price@b}")),
    ("en-US", ("Help me file a report with the FTC: someone opened a credit card with my SSN {ssn} at an address I never lived "
               "at, {addr2}. My real address is {addr}.")),
    ("en-US", ("My W-2 and my paystub show different SSNs, {ssn} vs {ssn@b}. Which one do I trust, and who do I call at "
               "{org:firm}?")),
    ("en-US", ("grammar check pls: \"to whom it may concern, i {name} (ssn {ssn:space}) authorize {org:bank} to release my "
               "mortgage payoff to {name2}.\"")),
    ("en-US", ("Regex question: I want to find SSNs like {ssn} but not phone numbers like {phone} in our HR notes for {name}. "
               "Which pattern?")),
    ("en", ("Update my email signature: {name} · Project Lead, {org:firm} · {town} · {phone} · {purl:linkedin}")),
    ("en", ("Write a short 'about me' for the climbing club website. I'm {first}, I moved to {town} from {town@b} last year, "
            "and you can see my routes at {purl:strava}.")),
    ("en", ("Can you make a QR-code caption for my market stall: \"Tips welcome: {purl:paypal} · follow {purl:ig}\"")),
    ("en", ("My sister shared her wedding photo folder {purl2:drive} and my CV draft link is {purl:dropbox}. Explain how to make "
            "both private again.")),
    ("en", ("Proofread my LinkedIn recommendation for {name2}: \"I worked with {first2} at {org:firm} in {town} for four years...\" "
            "Their profile is {purl2:linkedin}.")),
    ("en-GB", ("Help me write a letter to {org:school} explaining that my daughter {name2:f:kid} will move to her dad's in "
               "{town@b} from {date:long}.")),
    ("en", ("Write a group message: carpool to {org:club} leaves {town} at 7, picks up {first2} in {town@b}; we're back "
            "by 6. Contact {phone}.")),
    ("en-AU", ("Draft a note to {org:care} that Nan ({name2:f}) will be picked up by {name3} on {date:long} and taken to "
               "{town@b} for the weekend.")),
    ("en", ("My startup's AWS keys are in this old Slack snippet, which are secrets and which are safe to keep?\n"
            "AWS_ACCESS_KEY_ID={tok:aws_id}\nAWS_SECRET_ACCESS_KEY={tok:aws_secret}\nAWS_REGION=eu-west-1")),
    ("en", ("gcloud printed a service-account key I need to paste into GitHub secrets. Is this the whole private key?\n"
            "\"private_key\": \"{pemjson}\"")),
    ("en", ("Mailchimp integration broken after a teammate left; the config says api_key = \"{tok:mailchimp}\" and the list "
            "owner is {wemail}. Who should I contact?")),
    ("en-US", ("Our daycare's enrollment PDF asks for the child's SSN. Is that legal? Child {name2:kid}, SSN {ssn2}, born {dob2:num}; "
               "parent {name}, {phone}.")),
    ("en-US", ("Transcribe this handwritten W-9 into text: Name {name}; Business name {org:firm}; Address {addr}; SSN {ssn:space}. "
               "Did they tick the right tax classification box?")),
    ("en-US", ("Help me dispute this on my credit report. The collection agency has my name as {name} and my SSN "
               "{ssn}, but an address in {town@b} I never lived at.")),
    ("en", ("Write a friendly DM to {first2} asking them to move the shared photo album from {purl2:dropbox} to our family "
            "folder {purl:drive}.")),
    ("en", ("Our alumni newsletter wants a 'where are they now' blurb: {name}, now at {org:firm} in {town}, blogs at "
            "{purl:site}, runs at {purl:strava}.")),
    ("en", ("Translate this message from my new neighbour into English, it came through the door in {town}: the sender signs "
            "as {name}, number {phone}, and asks if we can share the hedge-cutting on {date:short}.")),
    ("en-GB", ("Tidy up the notes from our street's WhatsApp about the jubilee party: {first} ({addr}) brings tables, {first2} "
               "collects money via {purl2:paypal}, road closure starts {date:long}.")),
    ("en", ("My kid's school trip form, check I didn't miss anything: Student {name2:kid}, DOB {dob2:num}, medical notes: "
            "asthma. Parent {name}, mobile {phone}, alt contact {name3} {phone3}.")),
    ("en-US", ("Write a short email to {org:clinic} asking them to send my MRI images to {name2} at {email2}. My DOB is "
               "{dob:long} and my phone {phone}.")),
    ("en", ("Debug my home-automation YAML, the presence sensor never triggers:\nsensor:\n  - platform: nmap_tracker\n    "
            "hosts: {ip:priv}\n    home_interval: 10\nrouter_password: {pw}")),
    ("en", ("GitHub Actions step leaks a secret in the log because of `set -x`: `+ curl -u ci-bot:{tok:ghp} "
            "https://api.github.com/user`. How do I stop that?")),
]

# PII templates in the other languages: each prompt is written as a person of that country would write it to a chatbot.
_PII_XX: list[tuple[str, str]] = [
    # German
    ("de", ("Kannst du meine ELSTER-Anlage Kind prüfen? Kind: {name2:kid}, geboren am {dob2:long}, Steuer-ID des Kindes {natid2}. "
            "Ich bin {name}, wohnhaft {addr}.")),
    ("de", ("Bitte formuliere eine kurze Nachricht an unseren Handwerker {name2}: Der Schlüssel liegt im Kasten, Code {pw:pin}. "
            "Rückfragen an mich unter {phone}. Gruß, {first}")),
    ("de", ("Ich muss das Anmeldeformular für die Volkshochschule ausfüllen. Name: {name}, Geburtsdatum: {dob:num}, Anschrift: "
            "{addr}, E-Mail: {email}. Kurs beginnt am {date:long}. Passt das so?")),
    ("de", ("Fasse das Protokoll der Eigentümerversammlung zusammen: Anwesend {name}, {name2} und {name3}. Die Sonderumlage "
            "ist bis {date:long} auf {iban:DE} zu überweisen.")),
    ("de", ("Mein Router-Log zeigt ständig das hier, greift jemand meine FritzBox an?\nAnmeldung an der FRITZ!Box-Benutzeroberfläche "
            "von IP-Adresse {ip:pub} gescheitert (falsches Kennwort).\nAnmeldung erfolgreich von {ip:priv}.")),
    ("de", ("Übersetze bitte ins Englische für die Bewerbung: Ich, {name}, geboren {dob:long} in {town}, arbeite seit "
            "{date:long} bei {org}.")),
    ("de", ("Hilf mir beim Widerspruch an die Krankenkasse. Versicherte: {name:f}, geb. {dob:num}, {addr}. Bescheid vom "
            "{date:long}, Telefon {phone}.")),
    ("de", ("Meine Gitea-Action bricht ab, weil das Secret falsch ist? Im Log steht: REGISTRY_PASSWORD={pw:random} und der "
            "Push auf {ip:pub}:5000 scheitert.")),
    # French
    ("fr", ("Peux-tu relire ma déclaration de revenus (case situation de famille) ? Déclarant : {name}, né le {dob:long}, "
            "numéro de sécurité sociale {natid}. Adresse : {addr}.")),
    ("fr", ("Aide-moi à rédiger un message pour la nounou {first2:f} : la carte de cantine de {first3:kid} est chargée, "
            "et en cas d'urgence appelle-moi au {phone}.")),
    ("fr", ("Résume ce fil du groupe WhatsApp des parents : {first2} propose la sortie le {date:short}, {first3} demande "
            "de virer 12 € sur {iban3:FR}, et {first} donne son mail {email}.")),
    ("fr", ("Mon script Python pour la domotique ne se connecte pas à la box : BOX_IP = \"{ip:priv}\" et BOX_TOKEN = "
            "\"{tok:hex64}\". Tu vois l'erreur ?")),
    ("fr", ("Je dois remplir le formulaire de la médiathèque pour mon fils {name2:kid}, né le {dob2:long}. Responsable légal : "
            "{name}, {addr}, {phone}.")),
    ("fr", ("Traduis en anglais pour l'agence de location à {town} : « Bonjour, je suis {name}, je récupère la voiture le "
            "{date:long}, le dépôt de garantie sera sur la carte {card}. »")),
    # Spanish
    ("es", ("Ayúdame con el modelo 100 de la renta: declarante {name}, NIF {natid}, domicilio {addr}, cuenta de devolución "
            "{iban:ES}.")),
    ("es", ("Resume este chat de la comunidad de vecinos: {name2} dice que la derrama vence el {date:long}; {name3} pide el "
            "teléfono del administrador, que es {phone}.")),
    ("es", ("Tengo que enviar mi CV a {org}. ¿Puedes mejorar la cabecera? {name} · {town} · {email} · {phone} · {purl:linkedin}")),
    ("es", ("Mi cámara IP no graba en la NAS. La URL que puse es rtsp://{cred:admin}@{ip:priv}:554/stream1. ¿Está bien "
            "escrita?")),
    ("es-MX", ("Necesito llenar la solicitud de la beca para mi hija {name2:f:kid}. CURP: {natid2}. Tutor: {name}, teléfono "
               "{phone}, domicilio {addr}.")),
    ("es-MX", ("Corrígeme el correo al arrendador: le transferí la renta del {date:long} con la tarjeta {card}, a nombre "
               "de {holder}.")),
    ("es-AR", ("Armame un mensaje para el grupo del consorcio: las expensas se pagan al CUIT del administrador {name2}, y "
               "el reclamo por la humedad lo firma {name}, DNI/CUIL {natid}.")),
    # Italian
    ("it", ("Controlla il modulo di iscrizione all'asilo nido: bambino {name2:baby}, nato il {dob2:long}, codice fiscale "
            "{natid2}. Genitore: {name}, {email}, {phone}.")),
    ("it", ("Riassumi la chat del condominio: {first2} dice che l'ascensore riparte il {date:short}, {first3} chiede di "
            "pagare la rata su {iban3:IT}.")),
    ("it", ("Scrivi una mail gentile al mio commercialista {name2} per mandargli il 730: il mio codice fiscale è {natid}, "
            "abito in {addr}.")),
    ("it", ("Il mio server Minecraft sul Raspberry ({ip:priv}) è visibile da fuori su {ip:pub}? La password RCON è "
            "{pw} — va cambiata?")),
    # Dutch
    ("nl", ("Kun je mijn bericht aan de huisarts herschrijven? Ik ben {name}, geboren {dob:long}, BSN {natid}. Ik heb sinds "
            "{date:long} last van mijn rug. Bel me op {phone}.")),
    ("nl", ("Maak een Tikkie-tekst voor het etentje: iedereen €23 naar {iban:NL} t.n.v. {name}, uiterlijk {date:short}.")),
    ("nl", ("Mijn Home Assistant secrets.yaml, klopt de opmaak?\nmqtt_password: {pw}\nnuki_token: {tok:hex64}\n"
            "router_ip: {ip:priv}")),
    ("nl", ("Help me met een sollicitatiebrief voor {org}. Mijn gegevens: {name}, {addrml}\n{email}")),
    # Portuguese
    ("pt", ("Podes rever o e-mail para a junta de freguesia? Chamo-me {name}, NIF {natid}, moro na {addr} e preciso de um "
            "atestado de residência até {date:long}.")),
    ("pt-BR", ("Me ajuda a escrever a mensagem pro grupo da escola: a vaquinha do passeio vai pro Pix {email}, em nome de "
               "{name}, até {date:short}.")),
    ("pt-BR", ("Revisa minha ficha de matrícula da academia: {name}, CPF {natid}, nascido em {dob:num}, celular {phone}, "
               "endereço {addr}.")),
    ("pt-BR", ("O log do meu servidor mostra várias tentativas: Failed password for root from {ip:pub} port 51122 ssh2. "
               "Isso é ataque? Meu IP fixo é {ip:pub@b}.")),
    # Polish
    ("pl", ("Pomóż mi wypełnić PIT-37 — dane: {name}, PESEL {natid}, adres {addr}. Zwrot na konto {iban:PL}.")),
    ("pl", ("Przetłumacz na angielski wiadomość do właściciela mieszkania w {town}: „Dzień dobry, tu {name}, kaucję "
            "przelałem {date:long}, proszę o kontakt pod {phone}”.")),
    ("pl", ("Podsumuj czat rady rodziców: {first2} zbiera po 50 zł na {iban2:PL}, {first3} pyta o wycieczkę {date:short}.")),
    # Scandinavian and Finnish
    ("sv", ("Kan du skriva ett mejl till förskolan? Vårt barn {name2:kid}, personnummer {natid2}, börjar {date:long}. "
            "Förälder: {name}, {phone}.")),
    ("sv", ("Min Deklaration: {name}, personnummer {natid}, bor på {addr}. Ska jag ta upp ROT-avdraget här?")),
    ("no", ("Kan du hjelpe meg å skrive til barnehagen? {name2:kid} er født {dob2:long}, fødselsnummer {natid2}. "
            "Mamma {name:f} nås på {phone}.")),
    ("no", ("Oversett til engelsk: «Hei {first2}, husleia for {date:short} er overført til {iban:NO}. Hilsen {name}»")),
    ("da", ("Hjælp mig med en klage til kommunen: jeg hedder {name}, CPR-nr. {natid}, bor på {addr}, og skraldet er ikke "
            "hentet siden {date:long}.")),
    ("da", ("Skriv en kort besked til min nabo {name2}: pakken til {addr} ligger hos mig, ring på {phone}.")),
    ("fi", ("Voitko oikolukea tämän Kelan hakemuksen? Hakija {name}, henkilötunnus {natid}, osoite {addr}, tili {iban:FI}.")),
    ("fi", ("Kirjoita viesti taloyhtiön isännöitsijälle: asunnossa {addr} vuotaa hana, olen {name}, puhelin {phone}.")),
    # Central and Eastern Europe (Latin)
    ("cs", ("Potřebuju vyplnit přihlášku na vysokou školu: {name}, rodné číslo {natid}, narozen(a) {dob:long}, bydliště {addr}.")),
    ("cs", ("Přelož do angličtiny zprávu pro majitele chaty: „Zálohu jsem poslal {date:long} z účtu {iban:CZ}, {name}.“")),
    ("sk", ("Pomôž mi napísať žiadosť o prídavok na dieťa: {name2:kid}, rodné číslo {natid2}. Žiadateľ {name}, {addr}, "
            "telefón {phone}.")),
    ("hu", ("Segíts megírni az e-mailt a társasház közös képviselőjének: {name} vagyok, a {addr} alatt lakom, a telefonszámom "
            "{phone}.")),
    ("hu", ("Nézd át az adóbevallásom fejlécét: {name}, adóazonosító jel {natid}, születési idő {dob:long}.")),
    ("ro", ("Ajută-mă să completez cererea pentru alocația copilului: {name2:kid}, CNP {natid2}, părinte {name}, {addr}.")),
    ("ro", ("Traduce în engleză mesajul către proprietar: „Am plătit chiria pe {date:long} în contul {iban:RO}. {name}”")),
    ("tr", ("Kira sözleşmesi taslağını düzelt: Kiracı {name}, T.C. kimlik no {natid}, adres {addr}, telefon {phone}.")),
    ("tr", ("Modem loglarında bu satırlar var, biri mi bağlanmaya çalışıyor? Admin login failed from {ip:pub}, "
            "user admin, pass {pw}.")),
    ("hr", ("Pomozi mi sastaviti e-mail vrtiću: dijete {name2:kid}, OIB {natid2}, roditelj {name}, mob. {phone}.")),
    ("lt", ("Padėk parašyti prašymą darželiui: vaikas {name2:kid}, asmens kodas {natid2}, tėvas/motina {name}, {phone}.")),
    # Greek and Cyrillic
    ("el", ("Μπορείς να διορθώσεις το email προς τον διαχειριστή της πολυκατοικίας; Είμαι {name}, μένω στη διεύθυνση {addr}, "
            "τηλέφωνο {phone}.")),
    ("el", ("Συμπλήρωσε την αίτηση για το σχολείο: μαθητής {name2:kid}, ΑΜΚΑ {natid2}, κηδεμόνας {name}, {email}.")),
    ("ru", ("Помоги написать заявление в управляющую компанию: я {name}, проживаю по адресу {addr}, телефон {phone}. "
            "Протечка с {date:long}.")),
    ("ru", ("Проверь анкету для визы: {name}, дата рождения {dob:long}, ИНН {natid}, e-mail {email}.")),
    ("ru", ("Почему мой бот не стартует? В .env: TELEGRAM_TOKEN={tok:telegram}, ADMIN_IP={ip:pub}")),
    ("uk", ("Допоможи скласти лист до ОСББ: мене звати {name}, квартира за адресою {addr}, мій телефон {phone}.")),
    ("uk", ("Переклади англійською: «Оплату за навчання {name2:kid} внесено {date:long} з картки {card}.»")),
    ("bg", ("Помогни ми да попълня заявлението за детска градина: дете {name2:kid}, ЕГН {natid2}, родител {name}, {phone}.")),
    # CJK and Hangul
    ("ja", ("引っ越しの案内メールを作ってください。新住所は{addr}、電話番号は{phone}です。{name}より。")),
    ("ja", ("年末調整の書類を確認して：氏名 {name}、マイナンバー {natid}、生年月日 {dob:long}。")),
    ("ja", ("このNASのログ、不正アクセスですか？「{ip:pub} からのログインに失敗しました（ユーザー admin）」が続いています。")),
    ("ja", ("子どもの習い事の申込書：保護者 {name}、子ども {name2:kid}（{dob2:long}生）、連絡先 {email}。")),
    ("zh", ("帮我写一封给房东的微信：我是{name}，房租已于{date:long}转到您的银行卡，我的电话是{phone}。")),
    ("zh", ("帮我检查一下这份报名表：姓名{name}，身份证号{natid}，出生日期{dob:long}，住址{addr}。")),
    ("zh", ("我的 docker-compose 里有这一行，会泄露吗？ ALIYUN_ACCESS_KEY_SECRET={tok:aliyun_secret}")),
    ("ko", ("관리사무소에 보낼 민원 문자를 다듬어 주세요: {addr} 사는 {name}입니다. 연락처 {phone}.")),
    ("ko", ("아이 학원 등록서 확인 부탁해요: 학생 {name2:kid}, 생년월일 {dob2:long}, 보호자 {name}, {email}")),
    ("ko", ("공유기 로그에 이상한 접속이 있어요: {ip:pub}에서 관리자 로그인 실패 5회. 내부 IP는 {ip:priv}입니다.")),
    # Hebrew, Arabic, Devanagari, Thai
    ("he", ("תעזור לי לנסח מייל לוועד הבית: אני {name}, גר ב{addr}, הטלפון שלי {phone}.")),
    ("he", ("תבדוק את הטופס לקופת החולים: שם {name}, תעודת זהות {natid}, תאריך לידה {dob:num}.")),
    ("ar", ("ساعدني في كتابة رسالة إلى مالك الشقة: أنا {name}، رقم الهوية {natid}، وسأدفع الإيجار يوم {date:long}. هاتفي {phone}.")),
    ("ar", ("ترجم إلى الإنجليزية: «تم تحويل رسوم المدرسة لابني {name2:kid} إلى الحساب {iban:AE}.»")),
    ("hi", ("कृपया स्कूल को एक आवेदन लिखने में मदद करें: मेरा नाम {name} है, बेटे {name2:kid} की फीस {date:long} तक जमा होगी, मोबाइल {phone}।")),
    ("hi", ("मेरा आधार {natid:aadhaar} है और पता {addr} है, बैंक KYC फ़ॉर्म के लिए सही से लिख दें।")),
    ("th", ("ช่วยเขียนข้อความถึงเจ้าของห้องเช่าให้หน่อย: ฉันชื่อ{name} โอนค่าเช่าแล้ววันที่ {date:long} เบอร์โทร {phone}")),
    ("th", ("ตรวจแบบฟอร์มสมัครยิมให้หน่อย: ชื่อ {name} เลขบัตรประชาชน {natid} วันเกิด {dob:long}")),
    # Vietnamese, Indonesian
    ("vi", ("Giúp tôi viết tin nhắn cho chủ nhà: tôi là {name}, đã chuyển tiền nhà ngày {date:long}, số điện thoại {phone}.")),
    ("vi", ("Kiểm tra giúp tôi mẫu đăng ký học: họ tên {name}, số CCCD {natid}, ngày sinh {dob:long}, email {email}.")),
    ("id", ("Tolong rapikan pesan untuk grup RT: iuran keamanan ditransfer ke {name2}, nomor HP {phone2}, paling lambat "
            "{date:long}.")),
    ("id", ("Bantu isi formulir pendaftaran kursus: nama {name}, NIK {natid}, alamat {addr}, email {email}.")),
    ("de", ("Ich habe meine Kreditkarte {card} im Hotel in {town} liegen lassen. Schreib bitte eine Mail an die Rezeption, "
            "ich bin {name}, Zimmer 214, Abreise war am {date:long}.")),
    ("fr", ("Aide-moi à contester ce prélèvement : la salle de sport {org} a débité ma carte {card} le {date:long}. Je "
            "m'appelle {name}, {email}.")),
    ("es", ("¿Me ayudas con la reclamación al banco? Cargo duplicado en la tarjeta {card} el {date:long} en un comercio de "
            "{town@b}. Titular: {name}.")),
    ("it", ("Ho pagato la retta della scuola {org} con la carta {card}, ma l'addebito è doppio. Scrivi il reclamo a nome di "
            "{name}.")),
    ("nl", ("Ik heb per ongeluk mijn creditcard {card} in de familie-app gezet. Help me een bericht aan {first2} te schrijven "
            "dat ze hem niet moet gebruiken.")),
    ("pl", ("Pomóż mi napisać reklamację: karta {card} została obciążona dwa razy {date:long} w sklepie w {town}. "
            "{name}, tel. {phone}.")),
    ("tr", ("Kartım {card:troy:sp} ile yapılan bu harcamayı tanımıyorum ({date:long}). Bankaya itiraz yazısı yazar mısın? "
            "Ad soyad: {name}.")),
    ("ru", ("Помоги написать жалобу в банк: с карты {card:mir} списали деньги дважды {date:long}. Я {name}, телефон {phone}.")),
    ("ja", ("カード番号 {card:jcb} で二重に請求されました。{date:long}の利用です。カード会社への問い合わせ文を作ってください。名義 {holder}。")),
    ("zh", ("我的银行卡{card:cup}在{date:long}被盗刷了，请帮我写一份给银行的申诉说明。持卡人{name}，电话{phone}。")),
    ("ko", ("카드 {card} 로 {date:long}에 결제된 내역을 모르겠어요. 카드사에 보낼 이의신청 글 좀 써 주세요. {name}")),
    ("pt-BR", ("Meu cartão {card:elo} foi cobrado duas vezes na academia {org}. Escreve uma reclamação pro Procon em nome de "
               "{name}, CPF {natid}.")),
    ("de", ("Schreib eine kurze Vorstellung für die Website unseres Vereins {org}: Ich bin {name} aus {town}, mein Profil: "
            "{purl:xing}.")),
    ("fr", ("Traduis ma bio pour le salon : {name}, illustratrice à {town}, portfolio {purl:site}, Instagram {purl:ig}.")),
    ("ru", ("Сделай короткое описание для профиля: {name}, фотограф из {town}, страница {purl:vk}.")),
    ("ko", ("블로그 소개글 다듬어 주세요: {town}에 사는 {name}입니다. 블로그 {purl:naver}")),
    ("es", ("Resume el acta del club {org}: la próxima salida es a {town@b} el {date:long}, organiza {name}.")),
    ("sk", ("Napíš oznam pre rodičov zo {org}: výlet do {town@b} bude {date:long}, kontakt {name}, {phone}.")),
    ("bg", ("Напиши съобщение до родителите: екскурзията до {town@b} е на {date:long}, записване при {name}, тел. {phone}.")),
    ("hr", ("Napiši poruku susjedima: od {date:long} stanujem na adresi {addr}. {name}, {phone}.")),
    ("lt", ("Išversk į anglų kalbą: „Nuomos mokestį pervedžiau {date:long} į sąskaitą {iban:LT}. {name}“")),
    ("uk", ("Мій .env для бота: BOT_TOKEN={tok:telegram}, DB_URL=postgres://{cred:bot}@{ip:priv}:5432/bot. Чому не підключається?")),
    ("el", ("Γράψε μήνυμα στον ιδιοκτήτη: το ενοίκιο του {date:long} κατατέθηκε στο {iban:GR}. {name}")),
    ("he", ("תרגם לאנגלית: \"שילמתי את שכר הדירה ב{date:long} לחשבון {iban:IL}. {name}\"")),
    ("da", ("Kan du rette min besked til skolen? Min datter {name2:f:kid} er syg i dag. Hilsen {name}, tlf. {phone}, "
            "bor på {addr}.")),
    ("da", ("Min Home Assistant kan ikke logge på MQTT-brokeren på {ip:priv}; i configuration.yaml står password: {pw}. "
            "Hvad er galt?")),
    ("sk", ("Prelož do angličtiny: „Nájomné za {date:short} som poslal na účet {iban:SK}. {name}, {email}“")),
    ("bg", ("Провери молбата ми за работа в {org}: {name}, роден на {dob:long}, телефон {phone}, имейл {email}.")),
    ("hr", ("Pomozi mi napisati prigovor banci: s kartice {card} {date:long} skinut je dvostruki iznos. {name}, OIB {natid}.")),
    ("lt", ("Padėk užpildyti darbo anketą įmonei {org}: {name}, gimimo data {dob:long}, tel. {phone}, el. paštas {email}.")),
    ("no", ("Sjekk søknaden min til {org}: {name}, født {dob:long}, adresse {addr}, e-post {email}.")),
    ("sv", ("Skriv ett sms till hantverkaren {name2}: portkoden är {pw:pin} och jag nås på {phone}. /{first}")),
    ("fi", ("Käännä englanniksi: ”Vuokra {date:long} maksettu tilille {iban:FI}. Terveisin {name}”")),
    ("ro", ("Ajută-mă cu CV-ul: {name}, {town}, {phone}, {email}, {purl:linkedin}.")),
    ("cs", ("Můj skript pro chytrou domácnost nefunguje: HA_TOKEN = \"{tok:jwt}\", HA_URL = \"http://{ip:priv}:8123\". Co je špatně?")),
    ("hu", ("Fordítsd le angolra: „A bérleti díjat {date:long} utaltam a {iban:HU} számlára. {name}”")),
    ("tr", ("CV başlığımı düzelt: {name} | {town} | {phone} | {email} | {purl:github}")),
    ("vi", ("Dịch sang tiếng Anh: \"Tôi là {name}, địa chỉ {addr}, số điện thoại {phone}. Tôi muốn đặt phòng từ ngày {date:long}.\"")),
    ("id", ("Log router saya: login admin gagal dari {ip:pub}, berhasil dari {ip:priv}. Password Wi-Fi: {pw:wifi}. Apakah aman?")),
    ("th", ("ช่วยแปลเป็นภาษาอังกฤษ: \"ฉันชื่อ{name} อาศัยอยู่ที่ {addr} อีเมล {email}\"")),
    ("ar", ("راجع سيرتي الذاتية: {name}، {town}، الهاتف {phone}، البريد {email}.")),
    ("hi", ("मेरी नौकरी की अर्ज़ी देखें: नाम {name}, जन्मतिथि {dob:long}, ईमेल {email}, फ़ोन {phone}।")),
    ("he", ("הלוג של הנתב מראה ניסיונות התחברות מ-{ip:pub}. סיסמת הניהול היא {pw}. מה לעשות?")),
    ("zh", ("帮我把这段简历开头改得更专业：{name}｜{town}｜{phone}｜{email}")),
    ("ja", ("GitHub Actions のログにこれが出ました。漏れていますか？ NPM_TOKEN={tok:npm}")),
    ("ko", ("CI 로그에 이 토큰이 찍혔어요. 폐기해야 하나요? SLACK_BOT_TOKEN={tok:slack_bot}")),
    ("de", ("Unsere GitLab-CI-Variable ist im Job-Log sichtbar: DEPLOY_KEY={tok:glpat}. Wie maskiere ich das?")),
    ("fr", ("Mon fichier .gitlab-ci.yml contient SENTRY_AUTH_TOKEN: \"{tok:hex64}\". Comment le déplacer dans les variables protégées ?")),
    ("es", ("En el log de Jenkins aparece: docker login -u ci -p {tok:docker} registry.example.com. ¿Cómo lo oculto?")),
]

FRESH14_PII: list[tuple[str, str]] = _PII_EN + _PII_XX

# Hard negatives: no PII, but numbers, keys, links and names that look like it.
FRESH14_NEGATIVE: list[tuple[str, str]] = [
    ("en", ("My HL7 parser chokes on the sample message from the spec: PID|1||PATID1234^^^MRN||Doe^John||||M. Is the "
            "caret escaping wrong? Parser version {x:ver}.")),
    ("en", ("What does segment DMG mean in an X12 834 file, and why does the implementation guide use 'John Doe' everywhere?")),
    ("en", ("Explain the fields of an ISO 20022 pain.001 file. The sample IBAN in the bank's guide is {x:dociban}, and the "
            "message id is {x:uuid}.")),
    ("en", ("Stripe says to use {x:testcard} with any future expiry in test mode. Why does it decline with card_declined "
            "when I use 4000 0000 0000 0002?")),
    ("en", ("Where did my parcel go? Tracking {x:ups}, order {x:amazon}. The carrier page just says 'label created'.")),
    ("en", ("Our release notes: v{x:ver} fixes {x:cve}; build {x:short_sha}; container digest sha256:{x:sha256}. Can you "
            "rewrite them for customers?")),
    ("en", ("In the Docker docs the example uses `docker login -u {x:formname} -p {x:ph}`. What's the safer alternative?")),
    ("en", ("Why does `ping {x:docip}` time out while `ping {x:resolver}` works? Both from my laptop on the office Wi-Fi.")),
    ("en", ("Convert this price list to a table: Basic {x:price}, Pro {x:price@b}, Team {x:price@c}; SKU {x:sku}.")),
    ("en", ("Who was the architect of the Sydney Opera House, and how long did it take to build?")),
    ("en", ("Write a short summary of how Marie Curie discovered polonium, for a Year 8 class.")),
    ("en", ("Compare Siemens and Bosch as employers for a mechanical engineer in Germany.")),
    ("en", ("Is 'Jack Daniel's' a person or a brand? My nephew asked and I honestly don't know the story.")),
    ("en", ("What's the fastest train from Paris to Amsterdam, and do I need to reserve a seat on the Eurostar?")),
    ("en", ("Explain the difference between an IBAN and a BIC like {x:bic}, with the documentation example {x:dociban}.")),
    ("en", ("My regex for US SSNs matches {x:specssn} — that's one of the published specimen numbers, right? Should the "
            "regex reject it?")),
    ("en", ("In our unit tests the fixture user is {x:exemail} with password 'changeme'. Is that fine to commit?")),
    ("en", ("Our .env.example has OPENAI_API_KEY={x:ph} and DATABASE_URL=postgres://user:password@localhost:5432/app. "
            "Explain each line to a new dev.")),
    ("en", ("Kubernetes pod logs show `dial tcp 127.0.0.1:{x:port}: connect: connection refused`. What's listening where?")),
    ("en", ("Explain what this git log line means: {x:sha} Merge pull request #{n:100:9999} from dependabot/npm_and_yarn/axios-{x:ver}")),
    ("en", ("The invoice {x:invoice} says payment reference {x:rf}. Is that an IBAN? It starts with RF.")),
    ("en", ("Decode this ISBN for me: {x:isbn}. Is it a hardback or paperback edition?")),
    ("en", ("Phone in the film script is {x:fakephone}. Is that one of the numbers reserved for fiction?")),
    ("en", ("A UUID like {x:uuid} appears in every request header; is that a trace id or a session id?")),
    ("en", ("MAC address {x:mac} keeps showing up on my router's client list as 'unknown'. How do I find the device?")),
    ("en", ("The Homebridge docs example has \"token\": \"YOUR_TOKEN_HERE\" and \"host\": \"192.168.1.x\". What do I put there?")),
    ("en", ("CircleCI documentation shows `echo $NPM_TOKEN` being masked as ****. How does the masking work?")),
    ("en", ("What's the population of Lagos and how does it compare with Cairo?")),
    ("en", ("Give me three facts about Nikola Tesla's time in New York.")),
    ("en", ("Does IKEA deliver to the Canary Islands? Order {x:order}.")),
    ("en", ("The EDI test file uses ISA*00*          *00*          *ZZ*SENDERID       *ZZ*RECEIVERID. What are the empty "
            "fields?")),
    ("en", ("How do Luhn checks work? Walk me through it with {x:testcard}.")),
    ("en", ("Pandas read_csv turns my order ids like {x:order} into floats. How do I keep them as strings?")),
    ("en", ("Windows build {x:winbuild} keeps failing the update with 0x800f0922. Any known fix?")),
    ("en", ("Epoch {x:epoch} in our log — what timezone does Python's datetime.fromtimestamp assume?")),
    ("en", ("What's the DOI {x:doi} pointing at? It's in the footnotes of a paper I'm reading.")),
    ("en", ("Our docs site uses the placeholder key {x:ph} in every snippet. Should we switch to ${{API_KEY}}?")),
    ("en", ("Why does the Apple Wallet sample pass use 'Johnny Appleseed' as the member name?")),
    ("en", ("Draft a tweet announcing our new office in Berlin, near the Brandenburg Gate.")),
    ("en", ("LDIF example in the OpenLDAP guide: dn: cn=Barbara Jensen,dc=example,dc=com / mail: bjensen@example.com. Is "
            "Barbara Jensen a real person?")),
    ("de", ("Was ist der Unterschied zwischen einer IBAN wie {x:dociban} und einer Kontonummer? Die Beispiel-Person im "
            "Formular heißt {x:formname}.")),
    ("de", ("Meine Bestellung {x:order} bei Zalando ist seit einer Woche unterwegs, Sendungsnummer {x:dhl}. Was tun?")),
    ("de", ("Wer war Konrad Adenauer und warum heißt der Flughafen Köln/Bonn nach ihm?")),
    ("fr", ("Quelle est la différence entre la version {x:ver} et la précédente de Nextcloud ? Le hash est {x:short_sha}.")),
    ("fr", ("Pourquoi la tour Eiffel est-elle repeinte tous les sept ans ?")),
    ("es", ("¿Qué significa el número de seguimiento {x:usps}? Mi pedido {x:order} viene de Estados Unidos.")),
    ("es", ("Explícame quién fue Frida Kahlo y por qué su casa en Coyoacán es un museo.")),
    ("it", ("Il mio PC ha la build {x:winbuild}: è aggiornata? Il prezzo della licenza è {x:price}.")),
    ("nl", ("Wat betekent dit foutnummer in Home Assistant: {x:uuid}? Versie {x:ver}.")),
    ("pt-BR", ("O que é o código {x:sku} na nota fiscal? E esse hash {x:md5}?")),
    ("pl", ("Czy numer zamówienia {x:order} w Allegro to to samo co numer przesyłki {x:dhl}?")),
    ("sv", ("Varför är IKEA:s huvudkontor i Älmhult och inte i Stockholm?")),
    ("fi", ("Mikä on ero Linuxin versioiden {x:ver} ja {x:ver@b} välillä?")),
    ("cs", ("Kdo byl Václav Havel a proč je po něm pojmenované letiště v Praze?")),
    ("tr", ("Sipariş numaram {x:order}, kargo takip numarası {x:ups}. Ne zaman gelir?")),
    ("el", ("Ποια είναι η ιστορία της Ακρόπολης και πότε χτίστηκε ο Παρθενώνας;")),
    ("ru", ("Объясни, что значит версия {x:ver} в семантическом версионировании, и что такое хеш {x:short_sha}.")),
    ("uk", ("Хто такий Тарас Шевченко і чому його портрет на купюрі 100 гривень?")),
    ("ja", ("このエラーの意味は？ commit {x:short_sha}、バージョン {x:ver}、UUID {x:uuid}。")),
    ("ja", ("富士山の登山シーズンはいつですか？五合目までのバスはありますか？")),
    ("zh", ("订单号{x:order}的快递单号是{x:ups}，为什么一直显示已揽收？")),
    ("zh", ("请介绍一下鲁迅的主要作品。")),
    ("ko", ("테스트 카드 번호 {x:testcard}는 실제 결제에 쓸 수 없나요?")),
    ("ko", ("세종대왕은 한글을 언제 만들었나요?")),
    ("he", ("מה ההבדל בין גרסה {x:ver} לגרסה הקודמת של האפליקציה?")),
    ("ar", ("ما هو رقم التتبع {x:dhl}؟ طلبي رقم {x:order} من أمازون.")),
    ("hi", ("ताजमहल किसने बनवाया था और इसे बनने में कितने साल लगे?")),
    ("th", ("เลขพัสดุ {x:ups} หมายถึงอะไร ส่งมาจากต่างประเทศหรือเปล่า")),
    ("vi", ("Phiên bản {x:ver} của ứng dụng có gì mới? Mã băm là {x:short_sha}.")),
    ("id", ("Apa arti kode {x:sku} di struk belanja saya? Harganya {x:price}.")),
    ("en", ("What's the difference between FHIR R4 and R5 Patient resources? The spec example is 'Peter James Chalmers'.")),
    ("en", ("Our Tasmota docs say to set `MqttHost 192.168.1.x` and `MqttPassword <password>`. Which of these is required?")),
    ("en", ("Compare Buildkite and CircleCI pricing for a team of {n:5:40}. Our pipeline YAML is at version {x:ver}.")),
    ("en", ("How do Azure Pipelines secret variables differ from variable groups? The docs show $(mySecret) everywhere.")),
    ("en", ("In pandas, why does df.loc[df['id'] == {n:1000:9999}] return an empty frame when the id column is a string?")),
    ("en", ("Explain SWIFT MT103 field 71A (charges): what do OUR, SHA and BEN mean? Reference {x:order}.")),
    ("en", ("The Argo CD getting-started guide uses admin / the initial password from a secret. How do I rotate it?")),
    ("en", ("What's in an Apple Wallet pass signature, and why does the sample pass from developer.apple.com fail on Android?")),
    ("en", ("Translate 'out of office until further notice' into French, German and Japanese.")),
    ("en", ("Who founded Patagonia and why did he give the company away?")),
    ("en", ("Which is larger, Lake Victoria or Lake Superior?")),
    ("en", ("Summarise the plot of Pride and Prejudice; is Mr Darcy based on a real person?")),
    ("en", ("Envoy shows upstream_reset_before_response_started{{connection_failure}} for 10.0.0.0/8 targets. What does it mean?")),
    ("de", ("Was bedeutet der Fehler 0x{x:short_sha} bei meiner FritzBox mit FRITZ!OS {x:ver}?")),
    ("fr", ("Quelle est la différence entre un RIB et un IBAN ? L'exemple de ma banque est {x:dociban}.")),
    ("es", ("¿Quién diseñó la Sagrada Familia y cuándo se terminará?")),
    ("it", ("Chi era Enzo Ferrari e quando è stata fondata la Scuderia?")),
    ("nl", ("Wat is het verschil tussen BSN en burgerservicenummer op het voorbeeldformulier van {x:formname}?")),
    ("pl", ("Kim była Wisława Szymborska i za co dostała Nagrodę Nobla?")),
    ("ro", ("Ce înseamnă codul de eroare {x:uuid} în aplicația băncii? Versiunea {x:ver}.")),
    ("hu", ("Mikor épült a budapesti Parlament, és ki tervezte?")),
    ("da", ("Hvad betyder fejlkoden {x:short_sha} i min Home Assistant version {x:ver}?")),
    ("bg", ("Кой е Христо Ботев и защо е национален герой?")),
    ("hr", ("Koliko je visok Biokovo i koja je najbolja staza do vrha?")),
    ("lt", ("Kas buvo Mikalojus Konstantinas Čiurlionis?")),
    ("sk", ("Aký je rozdiel medzi verziou {x:ver} a {x:ver@b} aplikácie?")),
    ("ar", ("من بنى برج خليفة وكم يبلغ ارتفاعه؟")),
]

# Clean prompts: no PII and no lookalikes.
FRESH14_CLEAN: list[tuple[str, str]] = [
    ("en", "Give me a simple weekly meal plan for a family of four on a budget."),
    ("en", "How do I make a pivot table in Excel that counts entries per month?"),
    ("en", "Explain the difference between a Roth IRA and a traditional IRA in plain words."),
    ("en", "Write a short, friendly out-of-office message for the holidays."),
    ("en", "What are good questions to ask at the end of a job interview?"),
    ("en", "How do I set up a GitHub Actions workflow that runs pytest on every pull request?"),
    ("en", "Suggest a name for a neighbourhood book club that meets once a month."),
    ("en", "Explain how HL7 v2 messages are structured, segment by segment."),
    ("en", "What's a good way to structure meeting notes so action items don't get lost?"),
    ("en", "How can I make my home Wi-Fi reach the garden without running cables?"),
    ("en", "Write a polite reminder that library books are due back next week."),
    ("en", "Which houseplants are safe for cats?"),
    ("en", "Explain Kubernetes liveness and readiness probes with a small example."),
    ("en", "Summarise the pros and cons of heat pumps versus gas boilers."),
    ("en", "Draft a thank-you note to my child's teacher at the end of the school year."),
    ("en", "How do I convert a Word mail-merge to use a CSV instead of an Excel file?"),
    ("en", "Help me write a packing list for a four-day hiking trip."),
    ("en", "What does 'idempotent' mean for a REST API?"),
    ("de", "Wie lange muss ich Kontoauszüge für die Steuer aufheben?"),
    ("de", "Schreib mir bitte ein Rezept für einen einfachen Zwetschgenkuchen."),
    ("fr", "Comment rédiger une lettre de motivation pour un stage en marketing ?"),
    ("fr", "Quels sont les avantages d'une pompe à chaleur air-eau ?"),
    ("es", "¿Cómo puedo organizar mejor mi tiempo cuando teletrabajo?"),
    ("it", "Mi consigli tre esercizi di stretching per la schiena?"),
    ("nl", "Hoe maak ik een goede planning voor een verhuizing?"),
    ("pt-BR", "Quais documentos preciso para tirar o passaporte?"),
    ("pl", "Jak napisać uprzejmą reklamację do sklepu internetowego?"),
    ("sv", "Hur bakar man kanelbullar?"),
    ("no", "Hva bør jeg tenke på når jeg kjøper brukt bil?"),
    ("da", "Hvordan skriver jeg en god ansøgning?"),
    ("fi", "Miten saunan kiuas puhdistetaan?"),
    ("cs", "Jak si naplánovat rozpočet na dovolenou?"),
    ("hu", "Hogyan írjak rövid motivációs levelet?"),
    ("ro", "Cum pot învăța mai eficient pentru bacalaureat?"),
    ("tr", "Evde ekmek yapmanın en kolay yolu nedir?"),
    ("el", "Πώς να γράψω ένα σύντομο βιογραφικό;"),
    ("ru", "Как правильно составить резюме для первой работы?"),
    ("uk", "Як навчити дитину кататися на велосипеді?"),
    ("ja", "簡単な自己紹介文の書き方を教えてください。"),
    ("zh", "怎样写一封得体的请假邮件？"),
    ("ko", "이력서 자기소개서를 잘 쓰는 방법을 알려주세요."),
    ("he", "איך כותבים מכתב תודה למורה?"),
    ("ar", "كيف أكتب سيرة ذاتية مختصرة؟"),
    ("hi", "एक अच्छा धन्यवाद पत्र कैसे लिखें?"),
    ("th", "ช่วยแนะนำวิธีออมเงินสำหรับนักศึกษา"),
    ("vi", "Làm thế nào để viết email xin nghỉ phép lịch sự?"),
    ("id", "Bagaimana cara membuat anggaran bulanan rumah tangga?"),
    ("en", "What's a polite way to decline a wedding invitation?"),
    ("en", "Explain what a FHIR resource is to someone who only knows spreadsheets."),
    ("en", "How do I make Excel highlight duplicate rows?"),
    ("en", "Give me a checklist for switching electricity providers."),
    ("en", "Write a two-line birthday message for a colleague I don't know well."),
    ("en", "How should I structure a CircleCI config for a monorepo with two services?"),
    ("en", "What's the difference between Zigbee and Z-Wave for a small flat?"),
    ("sk", "Ako napísať krátky motivačný list?"),
    ("bg", "Как да напиша учтиво писмо до съседите?"),
    ("hr", "Kako se priprema dobar intervju za posao?"),
    ("lt", "Kaip parašyti trumpą padėkos laišką?"),
]

FRESH14_FOLLOW_UPS: list[str] = [
    " Thanks in advance.",
    " Keep the tone neutral.",
    "\n\nAnswer briefly please.",
    " Use a numbered list.",
    " (I'm on my phone, sorry for typos.)",
    "\n\nAlso tell me if anything looks off.",
    " Plain English, no jargon.",
]

FRESH14_PII = [(lang, _braces(t)) for lang, t in FRESH14_PII]
FRESH14_NEGATIVE = [(lang, _braces(t)) for lang, t in FRESH14_NEGATIVE]
FRESH14_CLEAN = [(lang, _braces(t)) for lang, t in FRESH14_CLEAN]
