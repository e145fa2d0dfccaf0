"""The sixteenth blind set ("fresh16") for the PII benchmark: written without seeing the detector or the earlier sets' templates.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh16=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots), and labels spans as corpus.py's docstring says.
Its plumbing (Context, fill, the value generators and their validators, the slot syntax), once copied from
templates_fresh15.py, now lives in _blind_values.py, which the blind sets share; its people, towns, streets, Brazilian
states and Japanese prefectures (laid out by _blind_values.write_address, shared by fresh13 to fresh16), organizations, work domains and password words are its own and stay here, and so are its
templates, written after reading only the earlier sets' docstrings, to cover situations and layouts those docstrings
do not list. It is balanced: every one of the fifteen types appears in many templates (329 PII, 176 of them
English; 80 negative and 63 clean templates; over 3,000 prompts every type has more than 100 spans, US_SSN and
CREDIT_CARD the fewest, 141 to 186 over five seeds).

Situations: real chat prompts asking an assistant to draft, fix, check, summarise or explain. Music-lesson invoices and
exam news; self-storage agreements and failed auto-debits; home-exchange house notes and agreements; airport-transfer
and cab bookings; dog-grooming intake; tattoo-studio consent and deposits; landlord gas-safety visits and boiler-service
receipts; window-cleaning rounds; food-bank referrals; online-course certificate name corrections; pet-microchip
registry transfers; e-scooter damage appeals; broadband and fibre installs; student-union nominations; burial-right
transfers; appliance warranty claims; move-out meter readings; property-tax appeals; office lottery syndicates;
amateur-theatre cast sheets; retirement collections; MOT reminders; sleep-clinic intake; CPAP suppliers; escape-room
bookings; caravan storage; community-fridge rosters; timebank profiles; season-ticket transfers; crowdfunding backer
surveys; farm grants; private-hire licences; prenup asset schedules; separation mediation summaries; childcare
authorisation letters; ski rental; bootcamp bursaries and study-loan co-signers; names changed on utility bills; HRA
rent receipts; birding-trip sign-ups; misdelivered parcels; scholarship portals, credit-union and vet-financing forms,
summer-job W-4s, cleaners' references, club resignations; leaked keys of many providers asked about in prose; and in
most languages moving-company e-mails, private car-sale contracts, sports-club sign-ups, tax-advisor and pension
letters. Technical layouts: systemd Environment= lines, nginx proxy headers, .htpasswd commands, restic and borg
environments, postfix sasl_passwd, SSSD, `vault kv get` output, iOS Info.plist, httpie and wget commands, PowerShell
New-ADUser, Spring and .NET appsettings, Rails credentials, Symfony .env, Pulumi config, serverless.yml, CircleCI,
Bitbucket and Drone secrets, Heroku config:get, vercel env pull, alembic.ini, Nomad env blocks, hostapd,
wpa_supplicant, OpenWrt, MikroTik, dnsmasq, /etc/hosts, netplan, UniFi exports, SOAP bodies, GraphQL variables, Perl
Data::Dumper, Elixir and irb inspect output, ledger-cli and beancount, OFX and MT940, QuickBooks, Mailchimp, Stripe CLI,
Shopify and Intercom exports, Jira and Trello, Notion CSV, Hugo front matter, package.json and pyproject authors,
.mailmap, org-mode properties, LaTeX letters, Kotlin toString, stack traces with request bodies, JSONL, TSV, Avro,
redis-cli sessions, SQL INSERTs, Kubernetes Secrets with stringData.

Languages (the first element of each template tuple): en (about half the PII templates; en-US, en-GB, en-IE,
en-CA, en-AU, en-NZ, en-IN, en-ZA, en-NG, or "en-XX" for an English prompt about another (Latin-script) country's
people and numbers), de (DE/AT/CH), fr (FR/BE), es (ES/MX/AR), it, nl (NL/BE), pt, pt-BR, pl, sv, no, da, fi, cs, sk,
hu, ro, tr, hr, lt, el (Greek), ru, uk, bg (Cyrillic), ja, zh, ko (CJK, Hangul), he (Hebrew), ar (Arabic, UAE), hi
(Devanagari), th (Thai), vi, id: 32 languages. A sample's locale is "<language>-<country>" (hi-INH is India written in
Devanagari); the country picks names (in its own script), towns, address layout, phone numbering, card schemes, IBAN
country and national id; the language picks how dates are spelled.

Slot syntax (_blind_values.fill's, as in templates_fresh15): {kind} or {kind:arg:arg} is filled by fill(ctx, slot),
which returns (text, TYPE or None) parts. Person slots ({name}, {first}, {last}, {initial}, {rev}, {namecaps},
{holder}, {email}, {wemail}, {phone[:style]}, {dob[:style]}, {natid[:kind]}, the unlabelled {idname}, {ssn[:style]},
{addr}, {addrml}, {iban[:CC|plain|grp]}, {purl[:<site>]}, {mrz}, and the unlabelled {handle}, {age}) take a digit for
persons 2 to 6; on a person's first mention `f`/`m` fix the sex and `kid`/`baby` the age. Other slots: {town},
{org[:kind]}, {date[:style]}, {card[:<scheme>][:<layout>]}, {ip:<kind>}, {tok:<kind>} (TOKEN_KINDS), {pw:<style>},
{cred[:user]}, {credtok:user:kind}, {basic}, {pem[:kind]}; unlabelled {last4}, {exp}, {cvv}, {x:<negative>} (NEG) and
{n:lo:hi}. `@key` at the end gives another, different value of the same kind; the same slot written twice gives the
same value twice; `uc`/`lc` change case and `ocr` puts stray spaces inside a value. Literal braces are written
doubled ("{{", "}}") and become {lb}/{rb} when the module loads, since corpus._render reads "{" as a slot.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full; a form's "NOWAK
Katarzyna" as two spans; family-first orders of Japanese, Chinese, Korean, Hungarian and Vietnamese names as one span;
a name inside a username, hostname or file name ("jasper-laptop", uid=maude); a card holder in capitals as one span;
titles and honorifics stay outside); LOCATION a town where someone lives, moves to, works or travels; ORGANIZATION the
small employers, schools, clinics, banks, clubs, care homes and firms of the writer's life (the whole name); ADDRESS
street, number, flat parts, postcode and town as one span, in each country's layout, which may run over lines; DATE a
day-and-month date in the language's own spelling, never the weekday or time; DATE_OF_BIRTH when it is a birth date;
SECRET only the value: provider keys and tokens, passwords, Wi-Fi keys, gate and alarm PINs given as such, passphrases,
the base64 of a Basic pair, and `user:secret` inside a URL or DSN as one span; URL links that point at a person
(profiles, personal sites, payment handles, personal shares); EMAIL every address except example.com/org/net; PHONE
valid by phonenumbers for the sample's country, outside the fiction ranges; CREDIT_CARD Luhn-valid numbers of several
schemes, never a published test number; IBAN mod-97 valid; US_SSN valid areas, never the specimens; NATIONAL_ID
checksum-valid national numbers agreeing with the person's birth date and sex where the number holds them (and US
passport numbers); IP_ADDRESS public and private IPv4 and IPv6: the address only, never a :port or /prefix.

Deliberately not labelled: order, invoice, ticket, claim, booking, unit, chip, herd and tracking numbers; UUIDs, git
SHAs, digests, versions, Windows builds, epoch timestamps, MAC addresses, IMEIs, VINs, ISBNs, DOIs, arXiv ids, SKUs,
BICs, LEIs, ISINs, NDCs, CAS numbers, ObjectIds, PNRs, RF creditor references, VAPID and age public keys; prices; card
expiry dates, CVVs and the last four digits written alone; ages; system users (hr_app, migrator, apikey); pets' names;
documentation and placeholder values (sk-..., ${OPENAI_API_KEY}, AWS's EXAMPLE keys, published test cards,
documentation IBANs, specimen SSNs, fiction phone ranges, example.com addresses, RFC 5737/3849 addresses, public
resolvers); the placeholder people of forms; public figures, famous places and companies in general questions. Dates
never appear in the negative or clean templates, and clean prompts hold no lookalike numbers at all.
"""

from __future__ import annotations

import random

from bench.privacy import _blind_values as _bv
from bench.privacy._blind_values import _braces, _native, _roman, pick_locale, town_name

# --- People and places ------------------------------------------------------------------------------------------
# country -> (female first names, male first names, female surnames, male surnames ("" = same), towns, streets).
# Non-Latin entries are "native=roman"; the romanisation serves e-mail addresses, handles and card holders.
# fresh16 draws its own people, towns and streets (the plumbing that uses them is _blind_values.py's).
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Rosalind|Jolene|Maribel|Kenzie|Tamsin|Delphine|Araceli|Bethany|Lucinda|Sierra",
           "Dashiell|Wendell|Rafael|Colby|Ignatius|Jamal|Thaddeus|Quincy|Emmett|Dalton",
           "Vanderpool|Ashworth|Okoye|Fairbanks|Delgado|Kowalczyk|Brandt|Whitcomb|Nakamura|Pettigrew", "",
           "Missoula, MT|Bozeman, MT|Lubbock, TX|Ithaca, NY|Flagstaff, AZ|Macon, GA|Boise, ID|Bangor, ME|Lawrence, KS|Chattanooga, TN",
           "Juniper|Hawthorne|Copper Ridge|Old Mill|Bluebonnet|Quail Run|Larkspur|Tanglewood"),
    "GB": ("Philippa|Morwenna|Isla|Saffron|Yasmin|Ceridwen|Heather|Imogen|Aisha|Verity",
           "Crispin|Euan|Owain|Callum|Jasper|Tariq|Fergus|Percy|Rhodri|Stuart",
           "Braithwaite|Fairclough|Penhaligon|Greenhalgh|Mistry|Lloyd-Evans|Drummond|Ormerod|Pryce|Thistlethwaite", "",
           "Kendal LA9|Bangor LL57|Hexham NE46|Penzance TR18|Perth PH1|Ludlow SY8|Harrogate HG1|Colchester CO1|Inverness IV2|Dorchester DT1",
           "Mill Lane|Orchard Close|Tannery Row|Hollybush Way|Station Road|Church Walk|Maltings Court|Rowan Drive"),
    "IE": ("Aoife|Sinéad|Clodagh|Bríd|Niamh|Deirdre", "Ciarán|Pádraig|Oisín|Eoin|Diarmuid|Ruairí",
           "Ní Bhriain|Fitzgerald|Ó Súilleabháin|Brennan|Mac Carthaigh|Ní Mhurchú", "Ó Briain|Fitzgerald|Ó Súilleabháin|Brennan|Mac Carthaigh|Ó Murchú",
           "Ennis, Co. Clare|Tralee, Co. Kerry|Carlow, Co. Carlow|Sligo, Co. Sligo|Tullamore, Co. Offaly",
           "Church Street|Bóthar na Trá|Ashgrove Park|Friary Road|Cherry Lane"),
    "CA": ("Geneviève|Harpreet|Kayla|Maude|Shaelyn|Annick", "Mathieu|Gurpreet|Cody|Étienne|Brayden|Rowan",
           "Tremblay|MacDonald|Sandhu|Bouchard|Fraser-Nguyen|Pelletier", "",
           "Moncton, NB|Kamloops, BC|Sherbrooke, QC|Red Deer, AB|Sudbury, ON|Regina, SK",
           "Spruce Avenue|Rue Saint-Georges|Birchmount Road|Water Street|Cedar Crescent"),
    "AU": ("Bronte|Matilda|Shannon|Kirra|Leanne|Ruby", "Fletcher|Darcy|Kane|Angus|Mitchell|Bailey",
           "Cavanagh|Tran-Walsh|Stavropoulos|McAllister|Wirrpanda|Grieve", "",
           "Mildura VIC|Bundaberg QLD|Wagga Wagga NSW|Kalgoorlie WA|Launceston TAS|Mount Gambier SA",
           "Banksia Street|Jacaranda Court|Boronia Drive|Ironbark Way|Wattle Avenue"),
    "NZ": ("Aroha|Mereana|Ngaio|Kirsten|Brooke|Huia", "Rawiri|Tāne|Ihaia|Blake|Wiremu|Corey",
           "Tawhiri|Parata|Ngata|McKenzie|Rāwiri|Sutherland", "",
           "Napier|Nelson|Rotorua|Oamaru|Blenheim|Invercargill",
           "Pōhutukawa Drive|Rimu Street|Tōtara Road|Kōwhai Lane|Mataī Place"),
    "IN": ("Priyanka|Deepa|Anjali|Meera|Sowmya|Tanvi", "Rahul|Vikram|Sandeep|Karthik|Rohan|Siddharth",
           "Iyer|Chatterjee|Kulkarni|Pillai|Deshpande|Reddy", "",
           "Coimbatore|Aurangabad|Vijayawada|Mysuru|Bhubaneswar|Kozhikode", "MG Road|Station Road|Gandhi Nagar|Nehru Street|Lake View Road"),
    "ZA": ("Thandeka|Lindiwe|Annelie|Palesa|Nomvula|Fatima", "Sipho|Thabo|Pieter|Kagiso|Ruan|Themba",
           "Dlamini|Van der Merwe|Ngcobo|Pillay|Botha|Mahlangu", "",
           "Polokwane|Stellenbosch|Upington|Mbombela|Bloemfontein|Knysna",
           "Protea Street|Jacaranda Avenue|Baobab Crescent|Kremetart Lane|Msasa Road"),
    "NG": ("Ngozi|Funmilayo|Aisha|Ifeoma|Bukola|Amina", "Emeka|Babatunde|Ikenna|Segun|Yakubu|Chinedu",
           "Eze|Ogunleye|Okonkwo|Abubakar|Adeyemi|Nnamdi", "",
           "Enugu|Abeokuta|Uyo|Kaduna|Akure|Port Harcourt", "Zik Avenue|Oba Adesida Road|Aba Road|Independence Way|Okigwe Road"),
    "DE": ("Wiebke|Svenja|Friederike|Ronja|Henrike|Aylin|Gesa|Leonie", "Malte|Torben|Jonas|Reinhard|Till|Emre|Jörn|Florian",
           "Brockmann|Wiesner|Hollweg|Zielinski|Tietjen|Größer|Yılmaz|Overbeck", "",
           "Lüneburg|Bamberg|Göttingen|Marburg|Tübingen|Wismar|Cottbus|Kempten",
           "Lindenstraße|Am Deich|Rosenweg|Schillerstraße|Kirchplatz|Bahnhofstraße|Ulmenallee"),
    "AT": ("Theresa|Magdalena|Johanna|Veronika", "Florian|Lukas|Matthias|Dominik",
           "Gruber|Pichler|Steiner|Hofer|Brandstätter", "", "Wels|Bregenz|Krems an der Donau|Wolfsberg|Baden bei Wien|Lienz",
           "Linzer Straße|Schubertgasse|Stadtplatz|Feldgasse|Bahnhofstraße"),
    "CH": ("Seraina|Corinne|Flurina|Nadja", "Reto|Beat|Urs|Nico", "Brunner|Keller|Zürcher|Huber|Aebischer", "",
           "Chur|Thun|Aarau|Wil|Sion|Liestal", "Dorfstrasse|Kirchweg|Seestrasse|Lindenweg|Rebgasse"),
    "FR": ("Maëlle|Bérénice|Laetitia|Gwenaëlle|Yasmine|Solène|Capucine", "Benoît|Gaëtan|Loïc|Yannick|Karim|Thibaut|Arnaud",
           "Lefèvre|Le Goff|Rousseau|Benali|Fournier|Chevalier|Marchand", "",
           "Angers|Besançon|Périgueux|Annecy|Vannes|Bayonne|Nancy|Poitiers",
           "rue Victor-Hugo|avenue Jean-Jaurès|rue des Lilas|impasse des Vignes|rue de la Gare|place de l'Église"),
    "BE": ("Lotte|Manon|Elke|Amélie|Sofie", "Wout|Pieter|Grégoire|Arne|Cédric",
           "Peeters|Claes|Dubois|Wouters|Goossens|Lejeune", "", "Leuven|Namur|Aalst|Genk|Tournai|Brugge",
           "Kerkstraat|Rue de la Station|Dorpsstraat|Chaussée de Bruxelles|Stationsplein"),
    "ES": ("Ainhoa|Rocío|Nerea|Begoña|Itziar|Lorena", "Iker|Sergio|Jordi|Álvaro|Gorka|Rubén",
           "Iglesias Pardo|Etxeberria|Navarro|Soler|Fuentes Gil|Herrera", "",
           "Salamanca|Pamplona|Huesca|Girona|Cádiz|Segovia|Albacete",
           "Calle Mayor|Avenida de la Constitución|Calle del Carmen|Carrer de la Riera|Paseo de la Estación"),
    "MX": ("Ximena|Guadalupe|Itzel|Fernanda|Maricruz", "Emiliano|Jesús|Rodrigo|Tonatiuh|Ricardo",
           "Hernández Ruiz|Villaseñor|Zamora|Cervantes|Ochoa", "", "Querétaro|Morelia|Oaxaca|Mérida|Saltillo|Puebla",
           "Av. Juárez|Calle Hidalgo|Av. Revolución|Calle Morelos|Calz. de Tlalpan"),
    "AR": ("Florencia|Agustina|Milagros|Carolina", "Joaquín|Matías|Tomás|Nahuel", "Fernández|Sosa|Benítez|Acosta|Medina", "",
           "Mendoza|Salta|Mar del Plata|Posadas|Río Cuarto|San Juan", "Av. San Martín|Calle Belgrano|Av. Colón|Calle 25 de Mayo"),
    "IT": ("Chiara|Martina|Ilaria|Serena|Beatrice|Giorgia", "Lorenzo|Matteo|Davide|Riccardo|Tommaso|Emanuele",
           "Ferrari|Esposito|Bianchi|Colombo|Marchetti|Fontana|Barbieri", "",
           "Modena|Perugia|Cagliari|Udine|Siena|Ancona|Salerno",
           "Via Roma|Via Garibaldi|Corso Italia|Via Mazzini|Piazza della Repubblica|Via San Francesco"),
    "NL": ("Lieke|Sanne|Femke|Anouk|Jildou|Esmee", "Bram|Thijs|Sjoerd|Ruben|Joost|Pim",
           "Bakker|Visser|Smit|de Graaf|Mulder|van Leeuwen|Bosman", "",
           "Zwolle|Leeuwarden|Haarlem|Tilburg|Venlo|Gouda|Middelburg|Nijmegen",
           "Kerkstraat|Eikenlaan|Julianastraat|Molenweg|Brink|Prinsengracht"),
    "PT": ("Inês|Beatriz|Mariana|Leonor|Filipa", "Tiago|Gonçalo|Bruno|Duarte|Henrique",
           "Ferreira|Rodrigues|Fernandes|Almeida|Lopes", "", "Braga|Aveiro|Viseu|Coimbra|Faro|Setúbal",
           "Rua do Carmo|Avenida Central|Rua da Liberdade|Largo do Pelourinho|Rua Direita"),
    "BR": ("Gabriela|Juliana|Thaís|Renata|Bianca|Luana", "Gustavo|Thiago|Leonardo|Bruno|Caio|Pedro Henrique",
           "Oliveira|Santos|Pereira Costa|Rocha|Barbosa|Nascimento", "",
           "Natal|Manaus|Goiânia|Londrina|Vitória|Maceió|Joinville",
           "Rua XV de Novembro|Avenida Paulista|Rua Tiradentes|Avenida Beira-Mar|Rua dos Andradas"),
    "PL": ("Agnieszka|Małgorzata|Karolina|Monika|Weronika|Beata", "Tomasz|Grzegorz|Łukasz|Piotr|Mateusz|Rafał",
           "Zielińska|Nowakowska|Dąbrowska|Mazur|Kaczmarek|Pawlak", "Zieliński|Nowakowski|Dąbrowski|Mazur|Kaczmarek|Pawlak",
           "Rzeszów|Olsztyn|Opole|Białystok|Koszalin|Toruń|Siedlce",
           "ul. Kwiatowa|ul. Słoneczna|ul. Mickiewicza|ul. Kościuszki|ul. Ogrodowa|al. Jana Pawła II"),
    "SE": ("Ebba|Saga|Linnea|Ingrid|Frida", "Oskar|Viktor|Erik|Emil|Hugo", "Lindqvist|Bergström|Holm|Engström|Sjöberg", "",
           "Umeå|Falun|Kalmar|Luleå|Trollhättan|Halmstad", "Storgatan|Kyrkogatan|Björkvägen|Sjövägen|Skolgatan"),
    "NO": ("Sigrid|Ragnhild|Silje|Tonje|Ida", "Håkon|Sindre|Eirik|Torbjørn|Magnus", "Haugen|Dahl|Solberg|Bakke|Eide", "",
           "Tromsø|Ålesund|Lillehammer|Drammen|Arendal|Gjøvik", "Storgata|Skolegata|Bjørkeveien|Havnegata|Granveien"),
    "DK": ("Mette|Sofie|Ida|Camilla|Karen", "Rasmus|Mads|Søren|Frederik|Emil", "Jensen|Hansen|Rasmussen|Madsen|Kristensen", "",
           "Aalborg|Vejle|Randers|Roskilde|Holstebro|Sønderborg", "Vestergade|Bakkevej|Nørregade|Engvej|Søndergade"),
    "FI": ("Aino|Emmi|Henna|Laura|Tiina", "Mikko|Antti|Ville|Sami|Eero", "Virtanen|Mäkinen|Heikkinen|Koskinen|Laine", "",
           "Kuopio|Jyväskylä|Kotka|Hämeenlinna|Oulu|Mikkeli", "Puistokatu|Kauppakatu|Mäntytie|Rantakatu|Koulukatu"),
    "CZ": ("Tereza|Kateřina|Lucie|Markéta|Zuzana", "Tomáš|Jakub|Ondřej|Lukáš|Petr",
           "Dvořáková|Procházková|Kučerová|Němcová|Čermáková", "Dvořák|Procházka|Kučera|Němec|Čermák",
           "Olomouc|Liberec|Pardubice|Třebíč|Tábor|Písek", "Masarykova|Husova|Palackého|Komenského|Nádražní"),
    "HU": ("Eszter|Zsófia|Anikó|Réka|Dóra", "Gergely|Zoltán|Ádám|Bence|Levente", "Kovács|Szabó|Tóth|Horváth|Varga|Molnár", "",
           "Debrecen|Pécs|Győr|Kecskemét|Szombathely|Miskolc", "Petőfi Sándor utca|Kossuth Lajos utca|Rákóczi út|Arany János utca|Fő utca"),
    "RO": ("Ioana|Andreea|Mihaela|Bianca|Raluca", "Andrei|Mihai|Bogdan|Cătălin|Radu", "Popescu|Ionescu|Stan|Dumitrescu|Constantin", "",
           "Sibiu|Brașov|Cluj-Napoca|Iași|Timișoara|Constanța", "Str. Florilor|Bd. Independenței|Str. Republicii|Str. Avram Iancu"),
    "TR": ("Elif|Zeynep|Merve|Burcu|Ebru", "Emre|Murat|Hakan|Cem|Oğuz", "Yıldız|Şahin|Aydın|Kaya|Doğan|Kurt", "",
           "Eskişehir|Trabzon|Bursa|Antalya|Kayseri|Malatya", "Atatürk Cad.|Lale Sok.|Cumhuriyet Cad.|Gül Sok.|İnönü Bulvarı"),
    "GR": ("Ελένη=Eleni|Κατερίνα=Katerina|Σοφία=Sofia|Μαρία=Maria|Ευαγγελία=Evangelia",
           "Γιώργος=Giorgos|Δημήτρης=Dimitris|Νίκος=Nikos|Κώστας=Kostas|Παναγιώτης=Panagiotis",
           "Παπαδοπούλου=Papadopoulou|Γεωργίου=Georgiou|Οικονόμου=Oikonomou|Δημητρίου=Dimitriou",
           "Παπαδόπουλος=Papadopoulos|Γεωργίου=Georgiou|Οικονόμου=Oikonomou|Δημητρίου=Dimitriou",
           "Πάτρα=Patra|Βόλος=Volos|Λάρισα=Larisa|Ηράκλειο=Irakleio|Καβάλα=Kavala",
           "Ερμού|Εγνατίας|Κολοκοτρώνη|Πανεπιστημίου|Τσιμισκή"),
    "RU": ("Анастасия=Anastasia|Екатерина=Ekaterina|Ольга=Olga|Марина=Marina|Алина=Alina",
           "Алексей=Aleksey|Сергей=Sergey|Дмитрий=Dmitry|Михаил=Mikhail|Андрей=Andrey",
           "Смирнова=Smirnova|Кузнецова=Kuznetsova|Соколова=Sokolova|Морозова=Morozova|Волкова=Volkova",
           "Смирнов=Smirnov|Кузнецов=Kuznetsov|Соколов=Sokolov|Морозов=Morozov|Волков=Volkov",
           "Казань=Kazan|Самара=Samara|Тверь=Tver|Томск=Tomsk|Пермь=Perm|Владимир=Vladimir",
           "ул. Ленина|ул. Гагарина|ул. Пушкина|пр. Мира|ул. Садовая"),
    "UA": ("Оксана=Oksana|Наталія=Nataliia|Ірина=Iryna|Софія=Sofiia|Олена=Olena",
           "Андрій=Andrii|Тарас=Taras|Богдан=Bohdan|Олександр=Oleksandr|Максим=Maksym",
           "Шевченко=Shevchenko|Бондаренко=Bondarenko|Мельник=Melnyk|Ткаченко=Tkachenko|Коваленко=Kovalenko", "",
           "Вінниця=Vinnytsia|Полтава=Poltava|Рівне=Rivne|Луцьк=Lutsk|Івано-Франківськ=Ivano-Frankivsk|Херсон=Kherson",
           "вул. Шевченка|вул. Франка|просп. Свободи|вул. Київська|вул. Миру"),
    "JP": ("陽菜=Hina|真由美=Mayumi|さくら=Sakura|奈々=Nana|葵=Aoi", "翔太=Shota|健一=Kenichi|大輔=Daisuke|拓海=Takumi|誠=Makoto",
           "佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|渡辺=Watanabe|中村=Nakamura|斎藤=Saito", "",
           "金沢市=Kanazawa|熊本市=Kumamoto|静岡市=Shizuoka|高松市=Takamatsu|秋田市=Akita|函館市=Hakodate", "本町|栄町|中央通り|緑町"),
    "CN": ("丽=Li|晓燕=Xiaoyan|静怡=Jingyi|雨涵=Yuhan|春梅=Chunmei", "伟=Wei|志强=Zhiqiang|浩然=Haoran|俊杰=Junjie|国华=Guohua",
           "王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|赵=Zhao", "",
           "苏州=Suzhou|武汉=Wuhan|成都=Chengdu|大连=Dalian|宁波=Ningbo|西安=Xi'an", "人民路|中山路|解放路|建设路|文化路"),
    "KR": ("지민=Jimin|서연=Seoyeon|하은=Haeun|민지=Minji|유나=Yuna", "민준=Minjun|현우=Hyunwoo|지훈=Jihoon|성민=Sungmin|우진=Woojin",
           "김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang", "",
           "대전=Daejeon|광주=Gwangju|울산=Ulsan|수원=Suwon|천안=Cheonan|김해=Gimhae", "중앙로|문화로|공원로|역전길|새마을로"),
    "IL": ("נועה=Noa|מיכל=Michal|שירה=Shira|תמר=Tamar|יעל=Yael", "יונתן=Yonatan|אורי=Uri|איתי=Itai|עומר=Omer|דניאל=Daniel",
           "כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|ביטון=Biton|אברהם=Avraham|קפלן=Kaplan", "",
           "רחובות=Rehovot|נתניה=Netanya|באר שבע=Beer Sheva|חדרה=Hadera|נהריה=Nahariya", "הרצל|ז'בוטינסקי|בן גוריון|רוטשילד|הזית"),
    "AE": ("فاطمة=Fatima|مريم=Mariam|نورة=Noura|عائشة=Aisha|موزة=Moza", "محمد=Mohammed|خالد=Khalid|عبدالله=Abdulla|أحمد=Ahmed|منصور=Mansour",
           "الكعبي=Al Kaabi|النعيمي=Al Nuaimi|الشامسي=Al Shamsi|المنصوري=Al Mansoori|الحمادي=Al Hammadi", "",
           "الشارقة=Sharjah|العين=Al Ain|رأس الخيمة=Ras Al Khaimah|عجمان=Ajman|دبا=Dibba", "شارع الشيخ زايد|شارع المطار|شارع الوحدة|شارع النخيل"),
    "INH": ("प्रिया=Priya|नेहा=Neha|पूजा=Pooja|अनीता=Anita|सीमा=Seema", "राहुल=Rahul|अमित=Amit|विकास=Vikas|संजय=Sanjay|रोहित=Rohit",
            "शर्मा=Sharma|वर्मा=Verma|गुप्ता=Gupta|मिश्रा=Mishra|यादव=Yadav|चौहान=Chauhan", "",
            "लखनऊ=Lucknow|कानपुर=Kanpur|इंदौर=Indore|भोपाल=Bhopal|पटना=Patna|जोधपुर=Jodhpur", "स्टेशन रोड|गांधी चौक|नेहरू नगर|राजेंद्र नगर"),
    "TH": ("ณัฐธิดา=Natthida|วรรณา=Wanna|ปิยะนุช=Piyanut|กมลชนก=Kamonchanok", "สมชาย=Somchai|ธนากร=Thanakorn|วีระพงษ์=Weerapong|ณัฐพล=Nattapon",
           "ศรีสุข=Srisuk|ทองดี=Thongdee|แก้วมณี=Kaewmanee|บุญมา=Boonma|วงศ์ไทย=Wongthai", "",
           "เชียงราย=Chiang Rai|ขอนแก่น=Khon Kaen|นครราชสีมา=Nakhon Ratchasima|หาดใหญ่=Hat Yai|อุดรธานี=Udon Thani",
           "ถนนสุขุมวิท|ถนนมิตรภาพ|ถนนนิมมานเหมินท์|ถนนรัตนาธิเบศร์"),
    "VN": ("Ngọc Anh|Thu Trang|Phương Thảo|Hồng Nhung|Minh Châu", "Văn Hùng|Đức Anh|Minh Tuấn|Quốc Bảo|Hoàng Nam",
           "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan", "", "Huế|Hải Phòng|Cần Thơ|Vinh|Nha Trang|Hạ Long",
           "đường Trần Hưng Đạo|đường Lê Lợi|phố Huế|đường Nguyễn Huệ|đường Quang Trung"),
    "SK": ("Zuzana|Lucia|Veronika|Martina", "Peter|Tomáš|Juraj|Marek", "Kováčová|Horváthová|Vargová|Tóthová",
           "Kováč|Horváth|Varga|Tóth", "Žilina|Nitra|Prešov|Banská Bystrica|Košice|Trnava",
           "Štúrova|Hlavná|Mierová|Kollárova|Jesenského"),
    "BG": ("Мария=Maria|Десислава=Desislava|Гергана=Gergana|Цветелина=Tsvetelina", "Иван=Ivan|Димитър=Dimitar|Николай=Nikolay|Георги=Georgi",
           "Петрова=Petrova|Димитрова=Dimitrova|Иванова=Ivanova|Стоянова=Stoyanova", "Петров=Petrov|Димитров=Dimitrov|Иванов=Ivanov|Стоянов=Stoyanov",
           "Пловдив=Plovdiv|Варна=Varna|Бургас=Burgas|Русе=Ruse|Стара Загора=Stara Zagora",
           "ул. „Раковски“|бул. „България“|ул. „Шипка“|ул. „Иван Асен II“"),
    "HR": ("Ana|Ivana|Petra|Lucija|Marija", "Ivan|Luka|Marko|Josip|Tomislav", "Horvat|Kovačević|Babić|Marić|Jurić", "",
           "Split|Rijeka|Osijek|Zadar|Pula|Varaždin", "Ilica|Vukovarska ulica|Ulica kralja Zvonimira|Trg bana Jelačića|Riva"),
    "LT": ("Rūta|Eglė|Gintarė|Aistė", "Mantas|Tomas|Andrius|Lukas", "Kazlauskienė|Petrauskienė|Jankauskienė|Žukauskienė",
           "Kazlauskas|Petrauskas|Jankauskas|Žukauskas", "Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus",
           "Laisvės al.|Vilniaus g.|Taikos pr.|Basanavičiaus g.|Savanorių pr."),
    "ID": ("Dewi|Sari|Putri|Ayu|Nurul", "Agus|Budi|Rizky|Dimas|Andi", "Santoso|Hidayat|Nasution|Kusuma|Halim|Saputra", "",
           "Yogyakarta|Malang|Semarang|Medan|Balikpapan|Manado", "Jl. Sudirman|Jl. Diponegoro|Jl. Pahlawan|Jl. Merdeka|Jl. Sisingamangaraja"),
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
_JP_PREF = {"金沢市": "石川県", "熊本市": "熊本県", "静岡市": "静岡県", "高松市": "香川県", "秋田市": "秋田県", "函館市": "北海道"}


def write_address(r: random.Random, country: str, town: str, multiline: bool = False) -> str:
    """A street address in the country's own layout (_blind_values.write_address, with this set's tables)."""
    return _bv.write_address(r, country, town, multiline, people=PEOPLE, br_states=_BR_STATES, prefectures=_JP_PREF)


_BR_STATES = {"Natal": "RN", "Manaus": "AM", "Goiânia": "GO", "Londrina": "PR", "Vitória": "ES", "Maceió": "AL", "Joinville": "SC"}


# --- Organizations -------------------------------------------------------------------------------------------------
_ORG: dict[str, tuple[str, ...]] = {  # {t} town, {l} a surname
    "en": ("{l} & {l2} Accountants", "{t} Teachers Federal Credit Union", "Bluewater Physiotherapy", "Oakfield Junior School",
           "{l} Removals & Storage", "Greenway Veterinary Centre", "{t} Amateur Swimming Club", "Tiny Footsteps Daycare",
           "{l} Family Dentistry", "Cornerstone Property Management", "St Brendan's College", "{l} Roofing Ltd"),
    "de": ("Steuerkanzlei {l} & {l2}", "Sparkasse {t}-Land", "Tierarztpraxis {l}", "Grundschule am Lindenhof",
           "{l} Umzüge GmbH", "TSV {t} 1898", "Kita Regenbogen", "Physiotherapie {l}"),
    "fr": ("Cabinet comptable {l}", "Crédit Mutuel de {t}", "Lycée Marie-Curie", "Déménagements {l} SARL",
           "Clinique vétérinaire des Tilleuls", "Boulangerie {l}"),
    "es": ("Gestoría {l}", "Clínica Veterinaria San Antón", "Colegio Santa Teresa", "Mudanzas {l} SL", "Caja Rural de {t}"),
    "it": ("Studio Commercialista {l}", "Banca di Credito Cooperativo di {t}", "Istituto Comprensivo Dante Alighieri",
           "Traslochi {l} Srl", "Ambulatorio Veterinario San Marco"),
    "nl": ("Administratiekantoor {l}", "Dierenkliniek De Vlinder", "Montessorischool De Regenboog", "Verhuisbedrijf {l}"),
    "pt": ("Contabilidade {l}", "Clínica Veterinária do Bairro", "Escola Básica de {t}", "Mudanças {l} Lda"),
    "pl": ("Biuro Rachunkowe {l}", "Przychodnia Weterynaryjna Azyl", "Szkoła Podstawowa nr 5 w {t}", "Bank Spółdzielczy w {t}"),
    "sv": ("Redovisningsbyrån {l} AB", "Djurkliniken i {t}", "{l}s Flytt AB"),
    "no": ("Regnskapskontoret {l} AS", "{t} dyreklinikk", "{l} Flytteservice AS"),
    "da": ("Revisionsfirmaet {l}", "Dyrlægerne i {t}", "{l} Flytteforretning ApS"),
    "fi": ("Tilitoimisto {l} Oy", "Eläinlääkäriasema Tassu", "{l} Muutto Oy"),
    "cs": ("Účetní kancelář {l}", "Veterinární klinika Packa", "Základní škola {t}"),
    "hu": ("{l} Könyvelőiroda", "Mancs Állatorvosi Rendelő", "{t}i Általános Iskola"),
    "ro": ("Cabinet de Contabilitate {l}", "Clinica Veterinară Lăbuța", "Școala Gimnazială nr. 4"),
    "tr": ("{l} Mali Müşavirlik", "Pati Veteriner Kliniği", "{l} Nakliyat"),
    "el": ("Λογιστικό Γραφείο {l}", "Κτηνιατρείο Φροντίδα", "Φροντιστήριο Πρόοδος"),
    "ru": ("ООО «{l} и партнёры»", "Ветклиника «Айболит»", "Лицей № 3"),
    "uk": ("ТОВ «{l} Груп»", "Ветклініка «Лапа»", "Ліцей № 5"),
    "sk": ("Účtovná kancelária {l}", "Veterinárna ambulancia Labka", "Základná škola {t}"),
    "bg": ("Счетоводна кантора „{l}“", "Ветеринарна клиника „Лапа“", "ОУ „Христо Смирненски“"),
    "hr": ("Knjigovodstveni servis {l}", "Veterinarska ambulanta Šapa", "Osnovna škola {t}"),
    "lt": ("Buhalterinė įmonė „{l}“", "Veterinarijos klinika „Letena“", "{t} progimnazija"),
    "ja": ("{l}税理士事務所", "{t}ひまわり動物病院", "株式会社みどり引越センター"),
    "zh": ("{t}诚信税务师事务所", "安心宠物医院", "{t}市第二中学"),
    "ko": ("{l}세무회계사무소", "{t}행복동물병원", "새싹유치원"),
    "he": ("משרד רואי חשבון {l}", "מרפאה וטרינרית הכלבלב"),
    "ar": ("مكتب {l} للمحاسبة", "عيادة الرحمة البيطرية"),
    "hi": ("{l} एंड संस", "आरोग्य पशु चिकित्सालय"),
    "th": ("สำนักงานบัญชี {l}", "โรงพยาบาลสัตว์รักษ์สัตว์"),
    "vi": ("Công ty Kế toán {l}", "Phòng khám Thú y Bình An"),
    "id": ("Kantor Akuntan {l}", "Klinik Hewan Sahabat", "SD Negeri 3 {t}"),
}


# English organizations by kind ({org:school}, {org:clinic}...), so that "my daughter's school" names a school.
_ORG_EN_KIND: dict[str, tuple[str, ...]] = {
    "school": ("Oakfield Junior School", "St Brendan's College", "{t} Technical Institute", "Fernhill Middle School",
               "Tiny Footsteps Daycare", "{t} College of Further Education"),
    "clinic": ("Bluewater Physiotherapy", "{l} Family Dentistry", "Greenway Veterinary Centre", "{t} Urgent Care", "Lakeside Medical Group",
               "{l} & {l2} Dermatology"),
    "firm": ("{l} Removals & Storage", "{l} & {l2} Accountants", "Cornerstone Property Management", "{l} Roofing Ltd",
             "Happy Tails Pet Sitting", "{t} Signs & Graphics"),
    "bank": ("{t} Teachers Federal Credit Union", "{t} Savings Bank", "{t} Mutual Building Society", "Heartland Farmers Bank"),
    "club": ("{t} Amateur Swimming Club", "{t} Tennis Club", "{t} Cycling Club", "Millbrook Bowls Club"),
    "care": ("Holly Lodge Care Home", "{t} Retirement Village", "Primrose Court Nursing Home", "{l} Gardens Assisted Living"),
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
_CF_TOWNS = {"Modena": "F257", "Perugia": "G478", "Cagliari": "B354", "Udine": "L483", "Siena": "I726", "Ancona": "A271", "Salerno": "H703"}


# --- Password words ({pw:word|leet|wifi|phrase}, made by _blind_values.make_password) -------------------------------
_PW_WORDS = {
    "en": "Marmalade|Bumblebee|Kingfisher|Lighthouse|Blueberry|Thunderbolt|Shortbread|Stardust|Badger|Buttercup",
    "de": "Apfelstrudel|Schneeflocke|Leuchtturm|Eichhörnchen|Lebkuchen|Sonnenschein",
    "fr": "Coquelicot|Papillon|Madeleine|Framboise|Baguette|Libellule",
    "es": "Mariposa|Girasol|Churros|Golondrina|Aceituna",
    "it": "Girasole|Farfalla|Tiramisu|Pinguino|Castagna",
    "pl": "Sloneczko|Truskawka|Bocian|Kopytko|Zajaczek",
    "nl": "Stroopwafel|Tulpenbol|Eekhoorn|Fietsbel",
    "pt": "Pastelaria|Golfinho|Sardinha|Girassol",
    "tr": "Lokum|Karanfil|Martı|Kestane",
    "ru": "Matryoshka|Solnyshko|Medvezhonok|Romashka",
    "sv": "Lingon|Hjortron|Kantarell|Sjostjarna",
}
_PHRASE_WORDS = ["otter", "granite", "velvet", "saffron", "bolt", "nebula", "mossy", "tundra", "copper", "widget", "willow", "ember", "quartz", "teapot", "pebble"]  # {pw:phrase}


# --- Rendering (Context and fill() are _blind_values.py's; this set hands them its tables) ----------------------------
_WORK_DOMAINS = ["hollowbrook-dental.co.uk", "steuerbuero-hollweg.de", "cabinet-marchand.fr", "juniper-freight.com", "nordkapp-regnskap.no",
                 "studio-fontana.it", "bosman-installatie.nl", "larkhill.io"]  # {wemail}


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
    # piano and music lessons
    ("en", "Can you turn this into a polite invoice email? Piano lessons for {first2:kid} ({age2} yrs), 8 lessons this term. Parent: {name}, {email}. Pay to {iban} ref LESSONS-{n:10:99}. My number if anything's unclear: {phone}."),
    ("en-GB", "Rewrite for the term newsletter: 'Congratulations to {name2:kid} who passed Grade 3 violin on {date}! Lessons with {first} continue at {org:school}; parents can reach me on {phone:mob}.'"),
    # self-storage
    ("en-US", "Self-storage rental agreement, please check the tenant section:\nTENANT: {namecaps}\nDOB: {dob:num}\nSSN (for credit check): {ssn}\nHome: {addr}\nUnit: C-{n:100:450}  Gate code (keep private): {pw:pin}\nAutopay card: {card} exp {exp}"),
    ("en", "My storage unit auto-debit failed. The facility emailed {email} saying card ending {last4} declined, but I updated it to {card} last week. Write a short reply from {name} asking them to retry."),
    # home swap
    ("en-XX", "We're doing a home exchange in August. Draft the house notes for our guests: our place is {addr}, Wi-Fi 'Casa-{last}' password {pw:wifi}, neighbour {name2} ({phone2}) has the spare key. Photos of the house: {purl:drive}. Alarm code {pw:pin}."),
    ("en-AU", "home swap agreement draft - party A: {name}, {addr}, {email}. party B: {name2}, {email2}. dates {date:short} to {date:short@b}. bond held by {org:firm}. pls make it sound formal"),
    # airport transfer
    ("en", "Booking confirmation for the airport transfer, summarise in one line for my wife:\nPassenger: {name} (+1 pax: {first2})\nPickup: {addr}\nFlight lands {date} 06:40\nDriver will call {phone}\nPaid with card {card:dash}"),
    ("en-IN", "Please write a WhatsApp message to the cab driver: pickup {name} from {addr} on {date:short}, contact {phone}, drop at {town@b} station. Advance paid via UPI to {purl:paypal}."),
    # dog grooming
    ("en", "Grooming intake form for my spaniel Biscuit, fill it in neatly:\nowner: {name}\nphone: {phone:mob}\nemergency contact: {name2} {phone2}\nvet: {org:clinic}, {town}\ncard on file: {card}"),
    ("en-CA", "Write a reminder text from {first} ({purl:ig}) at {org:firm} to {name2}: your dog's grooming appointment is {date:short} at 10:30, reply to {phone} to reschedule."),
    # tattoo consent
    ("en-GB", "Tattoo studio consent form — can you tidy the layout?\nClient name: {name}\nDate of birth: {dob}\nID checked: {idname} {natid}\nAddress: {addr}\nArtist: {first2}\nDeposit paid to {iban:GB}"),
    ("en-NZ", "i'm {age} and want to book a tattoo. the studio asks for dob ({dob}), photo id and a $100 deposit to {iban}. my name is {name}, email {email}. is this normal?"),
    # boiler service / gas safety
    ("en-GB", "Email to my tenant {name2}: the annual gas safety check at {addr} is booked for {date}, the engineer from {org:firm} will call {phone2} an hour before. Sign it from {name}, landlord, {phone}."),
    ("en-IE", "Boiler service receipt, pls extract the fields into a table: Customer {name} | {addr} | Tel {phone} | Engineer {name2} | Next service due {date} | Paid {x:price} by card {card}"),
    # window cleaning round
    ("en-GB", "My window-cleaning round list, can you sort by street?\n- {name}, {addr}, {phone:mob}, every 4 wks\n- {name2}, {addr2}, {phone2:mob}, monthly, pays to {iban:GB}\n- {name3}, {addr3}, {email3}"),
    # food bank referral
    ("en", "I'm a support worker writing a food bank referral. Client: {name} ({purl:drive}), born {dob}, living at {addr} with {first2:kid} (child). Contact {phone}. Referring agency {org}. Can you make it concise?"),
    # course certificate correction
    ("en", "My online course certificate says '{last}' but my legal name is {name}. Write to support: account email {email}, enrolled {date}, certificate id {x:uuid}. Include a link to my profile {purl:linkedin}."),
    # microchip transfer
    ("en-AU", "Microchip registry transfer for the kitten — new owner details: {name}, {addr}, {phone}, {email}. Previous owner {name2}, {phone2}. Chip {n:900000000:999999999}. Write the cover note."),
    ("en-US", "I adopted a dog and the microchip is still registered to {name2} in {town@b}. My details: {name}, {addr}, {phone}. Draft a message to the registry asking to transfer it."),
    # e-scooter damage
    ("en", "E-scooter rental claims I damaged ride {x:order} on {date}. I was logged in from {ip:pub} at home then. Write an appeal from {name} ({email}), card charged {card}."),
    # broadband install
    ("en-GB", "Summarise: 'Hi {first}, your broadband install at {addr} is on {date}. Router admin: admin / {pw:random}. Wi-Fi key: {pw:wifi}. Your static IP is {ip:pub}. Any problems call {phone:land}.'"),
    ("en-ZA", "Fibre installer left this on the fridge, what's the difference between the two passwords?\nCLIENT: {namecaps}\nADDR: {addr}\nONT PPPoE user: fibre{n:1000:9999}@isp  pass: {pw:word}\nWIFI: {pw:wifi}\nWAN {ip:pub}"),
    # student union election
    ("en", "Nomination form for student union treasurer. Candidate: {name}, student ID {n:1000000:9999999}, {email}. Proposer: {name2} ({purl2:bsky}), seconder: {name3}. Candidate statement link: {purl:site}. Proofread please."),
    # cemetery deed
    ("en-GB", "Letter to the council bereavement services: transfer of exclusive right of burial from the late {name2} to {name}, of {addr}. Deed signed {date}. Contact {phone} or {email}. Family tree: {purl:site}."),
    # appliance warranty
    ("en-US", "Dishwasher warranty claim, fill the form text:\nName: {name}\nAddress: {addr}\nPhone: {phone}\nPurchase date: {date}\nSerial: {x:sku}\nPaid with: {card:amex}"),
    ("en-CA", "The fridge I bought on {date} died. Write to the retailer: I'm {name}, {addr}, order {x:order}, card {card} was charged, reach me at {phone} or {email}."),
    # meter readings
    ("en-GB", "Meter reading submission for the move-out: account holder {name}, supply address {addr}, reading taken {date}. Final bill to {email}, refund any credit to {iban:GB}."),
    # property tax appeal
    ("en-US", "Help me write a property tax appeal. Owner: {name}, SSN last four not needed I think but form asks full: {ssn}. Parcel at {addr}. Comparable sale by my neighbour {name2} on {date}. Phone {phone}."),
    # lottery syndicate
    ("en-GB", "Office lottery syndicate agreement — make it a proper table: members {name} ({email}), {name2} ({email2}), {name3} ({email3}); organiser {first} collects £2/week; winnings paid to {iban:GB}."),
    # theatre cast list
    ("en", "Amateur dramatics cast sheet, turn it into a markdown table:\nMacbeth - {name} - {phone}\nLady M - {name2:f} - {phone2}\nBanquo - {name3:m} - {phone3}\nDirector {name4} ({purl4:site}), rehearsals at {org:school}"),
    # retirement collection
    ("en-AU", "Collecting for {name2}'s retirement gift. Draft the staff email: send money to {name} via {purl:paypal} or BSB transfer, deadline {date:short}. Card will be signed at {org}."),
    # MOT / car inspection
    ("en-GB", "MOT reminder from the garage, extract booking details: {name}, vehicle {x:vin}, booked {date}, contact {phone:mob}, {email}."),
    # sleep study
    ("en-US", "Sleep clinic intake, is anything missing?\nPatient: {name}  DOB {dob:num}\nSSN: {ssn}\nInsurance member ID {x:order}\nReferring: Dr. {last2} at {org:clinic}\nPhone {phone}"),
    # CPAP supplier
    ("en-CA", "Letter to the CPAP supplier: my name is {name}, {idname} {natid}, born {dob}. Mask replacement shipped to the wrong address; correct one is {addr}."),
    # escape room waiver
    ("en", "Escape room booking for a birthday. Lead booker {name}, {phone}, {email}, RSVP page {purl:cal}. Guests: {first2}, {first3}, {first4}. Paid {x:price} with {card}. Write a fun invite."),
    # caravan storage
    ("en-GB", "Caravan storage renewal: please write to {org:firm}, my pitch is B{n:1:60}, name {name}, {addr}, direct debit from {iban:GB}, mobile {phone:mob}."),
    # music festival volunteers? (volunteer rosters used) -> community fridge
    ("en-NZ", "Community fridge roster, make it a tidy list: Mon {first} ({phone}), Tue {first2} ({phone2}), Wed {first3} ({phone3}). Coordinator {name4}, {email4}, signup sheet {purl4:drive}."),
    # timebank
    ("en", "Timebank member profile, write a friendly bio: {name} ({purl:strava}), lives in {town}, offers bike repairs and baking, contact {email} or {phone}. Website {purl:site}."),
    # sports stadium season ticket transfer
    ("en-GB", "Season ticket transfer form: from {name} (supporter no. {n:100000:999999}, DOB {dob}) to {name2} (DOB {dob2}), both at {addr}. Contact {email}."),
    # kickstarter backer survey
    ("en-US", "Backer survey reply, check the shipping block:\n{name}\n{addrml}\n{phone}\n{email}\nPledge charged to {card:visa} on {date}"),
    # agricultural subsidy
    ("en-IE", "Help fill the farm grant application: applicant {name}, herd number {x:sku}, PPSN {natid}, address {addr}, bank {iban:IE}. Signed {date}."),
    # taxi licence
    ("en-GB", "Private hire driver licence renewal. Applicant {name}, DOB {dob}, NI {natid:nino}, address {addr}, mobile {phone:mob}. DBS certificate issued {date}. What else do I need?"),
    # prenup asset schedule
    ("en-US", "Prenup asset schedule draft — Party 1: {name}, SSN {ssn}, account at {org:bank}. Party 2: {name2}, SSN {ssn2}. Residence {addr}. Please format as a schedule."),
    # divorce mediation
    ("en-AU", "Mediation summary: {name} and {name2} separated {date}. Children: {first3:kid} (born {dob3}). Joint account {org:bank}. {first}'s phone {phone}. Tidy up for the mediator."),
    # guardianship / emergency childcare letter
    ("en", "Letter authorising my sister {name2} ({phone2}) to take {first3:kid} (DOB {dob3}) to the doctor while I'm away until {date}. I'm {name}, {addr}, {phone}."),
    # ski rental
    ("en-CA", "ski rental form we filled online; which bits are risky to share?\nrenter: {name} dob {dob} weight 70kg\nemail {email}\ncard {card} cvv {cvv}\nhotel {town}"),
    # property manager to contractor
    ("en-US", "Text to the plumber: unit at {addr}, tenant {name2} will let you in ({phone2}). Lockbox code {pw:pin}. Invoice {org:firm}, attn {name}."),
    # wheelchair taxi
    ("en-GB", "Accessible taxi account request for my dad {name2:m}, born {dob2}, blue badge holder, lives at {addr2}. I'm {name}, {phone:mob}, {email}."),
    # podcast? used. Scholarship used. -> bursary for a coding bootcamp
    ("en-NG", "Bootcamp bursary application: {name}, {email}, {phone}, {idname} {natid}, from {town}. Referee: {name2} at {org} ({purl2:linkedin}). Github: {purl:github}. Make my motivation paragraph stronger."),
    ("en-ZA", "Study loan co-signer letter: I, {name}, ID {natid}, of {addr}, agree to co-sign for {name2}. Contact {phone}. Dated {date}."),
    # house-church? -> marriage licence (no, wedding used). Name change on utilities after marriage
    ("en-IN", "After marriage I need to change my name on the electricity bill. Old name {name2:f}, new {name:f}, consumer no {x:order}, address {addr}, Aadhaar {natid:aadhaar}, mobile {phone}."),
    ("en-IN", "Write a rent receipt for HRA: received from {name} rent for {addr} for April, landlord {name2}, landlord PAN {natid2:pan}, paid to account {iban}."),
    # hobby: birdwatching club trip
    ("en", "Birding trip signup list; please dedupe:\n{name}, {email}, {phone}\n{name2}, {email2}\n{name}, {email}, {phone}\nMeeting at {town} car park {date:short}"),
    # CV reference check? used. -> volunteer driver DBS? skip
    # neighbour parcel
    ("en-US", "Neighbor keeps getting my packages. Note for their door: 'Hi, I'm {first} from {addr}, if a parcel for {name} turns up please text {phone}.'"),
    # SECRET prose
    ("en", "I accidentally pasted my {tok:openai} key in our team chat. How do I rotate it and check usage? The chat was with {name2}."),
    ("en", "why does my script fail with 401? headers = {{'Authorization': 'Bearer {tok:anthropic}'}} — {first} said the key is fine."),
    ("en-GB", "my flatmate {first2} keeps using my streaming account. email {email}, password {pw:word}. how do I kick all devices?"),
    ("en", "Found this in an old laptop notes file, is it still dangerous?\nbank: {org:bank}\nlogin {email}\npw {pw:leet}\nmemorable word: {pw:word}"),
    ("en-US", "My mom wrote her passwords on a sticky note and it's in a photo I posted. Photo text: 'gmail {email2} / {pw:word}  bank pin {pw:pin}'. What should she change first?"),
    ("en", "Our Stripe webhook keeps failing signature check. Secret is {tok:whsec}, endpoint owner {wemail}. What am I doing wrong?"),
    ("en", "Explain this error: 'mailgun: 401 Forbidden' using key {tok:mailchimp}. Account owner {name}, {wemail}."),
    ("en", "Is this Hugging Face token format right? {tok:hf} — I got it from {first2}'s account."),
    ("en", "Rotate these creds please (pasted from 1Password by {name}):\nSendgrid: {tok:sendgrid}\nTwilio auth: {tok:twilio_token}\nSlack bot: {tok:slack_bot}"),
    ("en", "My Discord bot doesn't come online. token = \"{tok:discord_bot}\". Bot owner {name}."),
    ("en", "is it safe to share my age key with my coworker {first2}? {tok:age}"),
    ("en", "Help me write a Telegram bot that pings {first} when the build fails. Token {tok:telegram}, chat for {phone}."),
    ("en", "The Notion integration says unauthorized. I'm using {tok:notion} shared by {name2}."),
    ("en", "Linear API returns 400 with key {tok:linear} — I'm {wemail}."),
    ("en", "What does this Vault token give access to? {tok:vault} (issued to {first:lc} on {date})"),
    ("en-US", "I gave a contractor our Shopify admin token {tok:shopify} and the store owner {name} is worried. Revoke steps?"),
    ("en", "Our Doppler service token leaked in a screenshot on {purl:mastodon}: {tok:doppler}. Who should I notify? Owner is {name2}, {email2}."),
    ("en", "grafana won't accept my service account token {tok:grafana}, the dashboard for {org} is empty"),
    ("en", "PagerDuty API key {tok:pagerduty} — is this a user or account key? It was created by {name}."),
    ("en", "The Pinecone key {tok:pinecone} stopped working after {first2} left the team. Why?"),
    ("en", "Clerk backend key {tok:clerk} is in our frontend bundle, how bad is that? site belongs to {name}"),
    ("en", "help, my mate {first2} says he got into my router. its admin password was {pw:word} and wifi {pw:wifi}. public ip {ip:pub}"),
    # technical layouts
    ("en", "Why does this systemd unit fail?\n[Unit]\nDescription=invoice worker for {org}\n[Service]\nEnvironment=DATABASE_URL=postgres://{cred:invoices}@{ip:priv}:5432/billing\nEnvironment=SMTP_PASSWORD={pw:random}\nEnvironment=ALERT_EMAIL={wemail}\nExecStart=/usr/bin/python3 -m worker"),
    ("en", "nginx keeps returning 401 from upstream:\nlocation /api/ {{\n    proxy_pass http://{ip:priv}:8080;\n    proxy_set_header Authorization \"Basic {basic}\";\n    proxy_set_header X-Api-Key {tok:hex64};\n}}"),
    ("en", "Apache .htpasswd is weird, I generated it for {first:lc} but login fails. Here's how I created it: htpasswd -b .htpasswd {first:lc} '{pw:word}'. Server {ip:pub}."),
    ("en", "restic backup script fails with 'wrong password':\nexport RESTIC_REPOSITORY=s3:s3.eu-central-1.amazonaws.com/household-backups\nexport RESTIC_PASSWORD='{pw:phrase}'\nexport AWS_ACCESS_KEY_ID={tok:aws_id}\nexport AWS_SECRET_ACCESS_KEY={tok:aws_secret}"),
    ("en", "borg says repository does not exist:\nBORG_REPO=ssh://{first:lc}@{ip:pub}:23/./backups\nBORG_PASSPHRASE=\"{pw:phrase}\"\nowner: {name} <{email}>"),
    ("en", "postfix relay not authenticating; /etc/postfix/sasl_passwd:\n[smtp.relaymail-eu.net]:587 {email}:{pw:random}\nrelay host IP is {ip:pub}"),
    ("en", "SSSD won't bind to LDAP:\n[domain/corp]\nldap_uri = ldap://{ip:priv}\nldap_default_bind_dn = uid={first:lc},ou=people,dc=corp\nldap_default_authtok = {pw:random}\nAny idea?"),
    ("en", "vault kv get output, which fields should I mask in the ticket?\n====== Data ======\nKey            Value\n---            -----\ndb_password    {pw:random}\napi_token      {tok:hex64}\nowner          {wemail}"),
    ("en", "Info.plist for our iOS app, is it okay to ship?\n<key>API_KEY</key>\n<string>{tok:gcp_api}</string>\n<key>SupportEmail</key>\n<string>{wemail}</string>\n<key>Developer</key>\n<string>{name}</string>"),
    ("en", "httpie command to test the API, why 403?\nhttp POST https://api.tidemark-crm.io/v2/contacts Authorization:'Token {tok:hex64}' name='{name2}' phone='{phone2}' email='{email2}'"),
    ("en", "wget keeps prompting:\nwget --user={first:lc} --password='{pw:urlsafe}' https://files.pinecrest-share.net/scans/{last2}_passport.pdf"),
    ("en", "PowerShell script for onboarding, can you tidy it?\n$user = '{first}.{last}'\n$pw = ConvertTo-SecureString '{pw:random}' -AsPlainText -Force\nNew-ADUser -Name '{name}' -EmailAddress '{wemail}' -OfficePhone '{phone}' -AccountPassword $pw"),
    ("en", "Spring Boot won't start:\nspring.datasource.url=jdbc:mysql://{ip:priv}:3306/hr\nspring.datasource.username=hr_app\nspring.datasource.password={pw:random}\nspring.mail.username={wemail}\nspring.mail.password={pw:word}"),
    ("en", "appsettings.json question: is it okay to commit this?\n{{\n  \"ConnectionStrings\": {{ \"Main\": \"Server={ip:priv};Database=payroll;User Id=payroll;Password={pw:random};\" }},\n  \"Admin\": {{ \"Name\": \"{name}\", \"Email\": \"{wemail}\" }}\n}}"),
    ("en", "Rails credentials after `rails credentials:show`:\nsecret_key_base: {tok:hex128}\nstripe:\n  secret: {tok:stripe}\nsmtp:\n  user_name: {wemail}\n  password: {pw:random}"),
    ("en", "Symfony .env.local, why is mailer failing?\nMAILER_DSN=smtp://{credtok:apikey:sendgrid}@smtp.sendgrid.net:587\nAPP_SECRET={tok:hex64}\nADMIN_EMAIL={wemail}"),
    ("en", "Pulumi config for the staging stack, is the secret encrypted?\nconfig:\n  app:dbPassword: {pw:random}\n  app:ownerEmail: {wemail}\n  app:allowedIp: {ip:pub}"),
    ("en", "serverless.yml env section fails validation:\nprovider:\n  environment:\n    OPENAI_API_KEY: {tok:openai}\n    NOTIFY_PHONE: '{phone}'\n    OWNER: {name}"),
    ("en", "CircleCI env var export I got from {name2}, which ones are secrets?\nDOCKER_PASS={tok:docker}\nNPM_TOKEN={tok:npm}\nDEPLOY_HOST={ip:pub}\nSLACK_WEBHOOK_OWNER={wemail}"),
    ("en", "Bitbucket pipeline is failing at deploy:\n- step:\n    script:\n      - export FLY_API_TOKEN={tok:fly}\n      - curl -u {first:lc}:{tok:bitbucket} https://api.bitbucket.org/2.0/user"),
    ("en", "Drone CI secret dump from the UI, please redact for the postmortem:\nNETLIFY_AUTH_TOKEN: {tok:netlify}\nDIGITALOCEAN_TOKEN: {tok:do}\nPRIMARY_CONTACT: {name} {phone}"),
    ("en", "Heroku config:get output:\nDATABASE_URL: postgres://{cred:u7f3a}@ec2-{n:10:99}-{n:10:250}-{n:10:250}-{n:1:250}.compute-1.amazonaws.com:5432/d8k\nREDIS_URL: redis://:{pw:urlsafe}@{ip:pub}:6379\nSUPPORT_EMAIL: {wemail}"),
    ("en", "vercel env pull gave me this, which are public?\nNEXT_PUBLIC_SITE_URL=https://bramblecms.dev\nRESEND_API_KEY={tok:resend}\nCLERK_SECRET_KEY={tok:clerk}\nCONTACT_NAME=\"{name}\""),
    ("en", "alembic.ini has this, should it?\nsqlalchemy.url = postgresql+psycopg://{cred:migrator}@{ip:priv}/ledger\n# maintainer: {name} <{wemail}>"),
    ("en", "Nomad job env block:\nenv {{\n  MINIO_ROOT_PASSWORD = \"{pw:random}\"\n  B2_KEY = \"{tok:b2_key}\"\n  ONCALL = \"{name} {phone}\"\n}}"),
    ("en", "hostapd.conf for my Pi access point, why can't my phone connect?\ninterface=wlan0\nssid={last}_Home\nwpa_passphrase={pw:wifi}\n# set up by {first} on {date}"),
    ("en", "wpa_supplicant.conf from my kid's laptop:\nnetwork={{\n  ssid=\"{org:school} Guest\"\n  psk=\"{pw:wifi}\"\n  identity=\"{email}\"\n}}"),
    ("en", "OpenWrt /etc/config/wireless, fix the encryption line:\nconfig wifi-iface 'default_radio0'\n  option ssid '{last}-5G'\n  option encryption 'psk2'\n  option key '{pw:wifi}'\n# wan ip {ip:pub}"),
    ("en", "MikroTik export, strip anything private before I post to the forum:\n/ip address add address={ip:pub}/29 interface=ether1\n/ppp secret add name={first:lc} password={pw:random} service=l2tp\n/system identity set name={last}-office"),
    ("en", "dnsmasq static leases, what's wrong?\ndhcp-host={x:mac},{first:lc}-phone,{ip:priv}\ndhcp-host={x:mac},{first2}-laptop,{ip:priv@b}"),
    ("en", "/etc/hosts on the shared box, who added these?\n{ip:priv}  nas.home.lan\n{ip:pub}  vpn-{first:lc}\n# {name} {date}"),
    ("en", "netplan yaml won't apply:\nnetwork:\n  ethernets:\n    eth0:\n      addresses: [{ip:pub}/24]\n      nameservers: {{addresses: [{x:resolver}]}}\n# server rented by {name}, {email}"),
    ("en", "UniFi controller export, anonymise it:\nclient,ip,user\n{first}'s iPhone,{ip:priv},{email}\nOffice printer,{ip:priv@b},-\nGuest,{ip:priv@c},{email2}"),
    ("en", "SOAP request to the insurer's API keeps faulting:\n<soap:Body>\n  <CreatePolicy>\n    <HolderName>{name}</HolderName>\n    <DateOfBirth>{dob:iso}</DateOfBirth>\n    <Email>{email}</Email>\n    <Iban>{iban:plain}</Iban>\n    <ApiKey>{tok:hex64}</ApiKey>\n  </CreatePolicy>\n</soap:Body>"),
    ("en", "GraphQL mutation variables, are these valid?\n{{\n  \"input\": {{\n    \"fullName\": \"{name}\",\n    \"phone\": \"{phone:e164}\",\n    \"birthDate\": \"{dob:iso}\",\n    \"address\": \"{addr}\"\n  }}\n}}"),
    ("en", "Perl Data::Dumper output from the legacy CRM:\n$VAR1 = {{\n  'name' => '{name}',\n  'email' => '{email}',\n  'card' => '{card:plain}',\n  'ip' => '{ip:pub}'\n}};"),
    ("en", "Elixir IEx printed this, why is the struct missing fields?\n%Customer{{name: \"{name}\", email: \"{email}\", phone: \"{phone}\", iban: \"{iban}\"}}"),
    ("en", "irb inspect of the user, rewrite as a factory:\n#<User id: {n:100:9999}, name: \"{name}\", email: \"{email}\", last_sign_in_ip: \"{ip:pub}\", date_of_birth: \"{dob:iso}\">"),
    ("en", "ledger-cli journal, why doesn't it balance?\n{date:iso} Rent to {name2}\n    Expenses:Rent      £950\n    Assets:Bank        ; {iban}\n{date:iso@b} Refund from {org:firm}\n    Assets:Bank   £40"),
    ("en", "beancount open directives — are the metadata keys fine?\n2024-01-01 open Assets:Joint:Checking\n  iban: \"{iban:plain}\"\n  holders: \"{name} & {name2}\""),
    ("en", "OFX snippet from my bank export, parse to CSV:\n<STMTTRN><DTPOSTED>20250314<TRNAMT>-45.00<NAME>{namecaps}<MEMO>card {card:plain}</STMTTRN>"),
    ("en", "MT940 line, what does :86: mean here?\n:61:2503140314D45,00NTRFNONREF\n:86:/REMI/{name2} rent/IBAN/{iban:plain}"),
    ("en", "QuickBooks customer export, clean it:\nCustomer,Email,Phone,Billing Address\n\"{name}\",{email},{phone},\"{addr}\"\n\"{name2}\",{email2},{phone2},\"{addr2}\""),
    ("en", "Mailchimp audience export, remove unsubscribed:\nEmail Address,First Name,Last Name,Status,IP\n{email},{first},{last},subscribed,{ip:pub}\n{email2},{first2},{last2},unsubscribed,{ip:pub@b}"),
    ("en", "Stripe CLI `stripe customers retrieve` output, summarise:\n{{\n  \"id\": \"cus_{n:10000000:99999999}\",\n  \"name\": \"{name}\",\n  \"email\": \"{email}\",\n  \"phone\": \"{phone:e164}\",\n  \"address\": \"{addr}\"\n}}"),
    ("en", "Shopify orders CSV, which orders went to the same person?\nName,Email,Shipping Name,Shipping Address1,Phone\n#1001,{email},{name},\"{addr}\",{phone}\n#1002,{email2},{name2},\"{addr2}\",{phone2}"),
    ("en", "Intercom conversation export, write a summary:\n[user] {name} ({email}): my card {card} was charged twice on {date}\n[admin] {first2}: sorry! refund issued"),
    ("en", "Jira ticket description, redact before sharing with the vendor:\nReporter: {name} ({purl:github})\nCustomer phone: {phone}\nCustomer IP: {ip:pub}\nLogged in as {email}, token in header was {tok:jwt}"),
    ("en", "Trello card JSON, extract the checklist:\n{{\"name\": \"Onboard {name2}\", \"desc\": \"laptop for {first2}, temp pw {pw:random}, personal email {email2}\"}}"),
    ("en", "Notion database export (CSV), make a contact sheet:\nName,Role,Phone,Birthday\n{name},Treasurer,{phone},{dob}\n{name2},Secretary,{phone2},{dob2}"),
    ("en", "Google Sheets formula question: column A has '{name}', B '{email}', C '{phone}'. I want =A2&\" <\"&B2&\">\" — why does it show #NAME?"),
    ("en", "Hugo front matter for my about page:\n---\ntitle: About\nauthor: {name}\nemail: {email}\nlocation: {town}\nsocial: {purl:mastodon}\n---"),
    ("en", "package.json author field — is this format right?\n\"author\": \"{name} <{email}> ({purl:site})\""),
    ("en", "pyproject.toml authors:\n[project]\nauthors = [{{name = \"{name}\", email = \"{email}\"}}, {{name = \"{name2}\", email = \"{email2}\"}}]"),
    ("en", ".mailmap to merge my identities, is it correct?\n{name} <{email}> <{wemail}>\n{name2} <{email2}>"),
    ("en", "org-mode contact entry, convert to vcard:\n* {name}\n:PROPERTIES:\n:EMAIL: {email}\n:PHONE: {phone}\n:ADDRESS: {addr}\n:BIRTHDAY: {dob:iso}\n:END:"),
    ("en", "LaTeX letter header:\n\\address{{{name} \\\\ {addr}}}\n\\signature{{{name}}}\n\\telephone{{{phone}}}\nwhy is the address misaligned?"),
    ("en", "Kotlin data class toString in the log: Applicant(name={name}, dob={dob:iso}, email={email}, ssnOrNatId={natid}, ip={ip:pub})"),
    ("en", "Stack trace with the request body, what's null?\nERROR PaymentController - NullPointerException\nrequest={{\"cardholder\":\"{holder}\",\"pan\":\"{card:plain}\",\"email\":\"{email}\",\"clientIp\":\"{ip:pub}\"}}"),
    ("en", "JSONL export from our survey, count responses per town:\n{{\"name\":\"{name}\",\"town\":\"{town}\",\"email\":\"{email}\"}}\n{{\"name\":\"{name2}\",\"town\":\"{town@b}\",\"email\":\"{email2}\"}}"),
    ("en", "TSV paste from payroll, compute the totals:\nemployee\tbank\tgross\n{name}\t{iban}\t3200\n{name2}\t{iban2}\t2950"),
    ("en", "Avro sample record failing schema validation:\n{{\"customer\": {{\"name\": \"{name}\", \"phone\": \"{phone}\", \"ip\": \"{ip:v6}\"}}}}"),
    ("en", "Redis CLI session, why is the TTL -1?\n127.0.0.1:6379> GET session:{x:uuid}\n\"{{\\\"user\\\":\\\"{email}\\\",\\\"ip\\\":\\\"{ip:pub}\\\"}}\"\n127.0.0.1:6379> TTL session:{x:uuid}"),
    ("en", "SQL INSERT from the migration — which column breaks the unique constraint?\nINSERT INTO members (full_name, email, phone, joined) VALUES\n('{name}', '{email}', '{phone}', '{date:iso}'),\n('{name2}', '{email2}', '{phone2}', '{date:iso@b}');"),
    ("en-US", "SQL insert for the HR test db — is it okay to use real data?\nINSERT INTO employees VALUES ('{name}', '{ssn}', '{dob:iso}', '{addr}');\nINSERT INTO employees VALUES ('{name2}', '{ssn2}', '{dob2:iso}', '{addr2}');"),
    ("en-US", "CSV from the clinic's billing export, why does Excel mangle the SSN column?\npatient,ssn,dob,phone\n{name},{ssn:plain},{dob:num},{phone}\n{name2},{ssn2:plain},{dob2:num},{phone2}"),
    ("en-US", "Payroll export for the accountant, convert to a table:\n{name} | SSN {ssn} | direct deposit {org:bank} | {addr}\n{name2} | SSN {ssn2} | paper check | {addr2}"),
    ("en-US", "My tax advisor asked me to email these — is plain email okay?\nTaxpayer: {name} SSN {ssn}\nSpouse: {name2} SSN {ssn2}\nDependent: {first3:kid} DOB {dob3}"),
    ("en-US", "Mortgage pre-approval checklist, fill what you can:\nBorrower: {name}\nSSN: {ssn:space}\nCurrent address: {addr}\nEmployer: {org}\nPhone: {phone}"),
    ("en-US", "Write a reference letter for my former nanny {name2}. She worked for us ({name}, {addr}) from {date} until last month. Her SSN for the background check is {ssn2}."),
    ("en-US", "pension statement says my SSN is {ssn} but my name is misspelled as {last:uc}. I'm {name}, born {dob}. Draft a correction letter."),
    ("en-US", "Car sale contract: seller {name}, {addr}, passport {natid}; buyer {name2}, SSN {ssn2} (they want it for the title?). Sale date {date}. Is giving the SSN necessary?"),
    ("en-US", "The moving company quote asks for my SSN ({ssn}) and card {card}. Move from {addr} on {date}. Name {name}. Is that a scam?"),
    ("en-US", "kubectl get secret output, decode please:\napiVersion: v1\nkind: Secret\nmetadata:\n  name: payroll-export\nstringData:\n  EMPLOYEE_SSN: \"{ssn}\"\n  BANK_TOKEN: \"{tok:hex64}\""),
    ("en-US", "Volunteer background check form for the youth soccer league: {name}, DOB {dob}, SSN {ssn}, phone {phone}, coaching {first2:kid}'s team."),
    ("en-US", "Sports club family membership: primary {name} ({email}), spouse {name2}, kids {first3:kid} and {first4:kid}. Card on file {card}. SSN asked for 'insurance' — {ssn}?!"),
    ("en-US", "customs declaration for the package to my aunt: sender {name}, {addr}, phone {phone}; recipient {name2}. contents clothes. They want sender SSN {ssn}?"),
    ("en-US", "Scholarship portal wants this in one box, can you format it? Applicant {name}, SSN {ssn}, DOB {dob}, high school {org:school}, parent contact {name2} {phone2}."),
    ("en-US", "Vet clinic financing application (CareCredit-style): {name}, SSN {ssn:plain}, annual income 52k, employer {org}, address {addr}. Is it safe to submit by email to {wemail}?"),
    ("en-US", "My son {first2:kid:m} got a summer job at {org:firm}. The W-4 asks for his SSN {ssn2} and our address {addr}. Anything else he needs? I'm {name}."),
    ("en-US", "Credit union membership form, spot mistakes:\nName: {rev}\nSSN: {ssn:space}\nDOB: {dob:num}\nEmployer: {org}\nEmail: {email}"),
    ("en-US", "Pharmacy benefits call notes: member {name}, SSN on file {ssn}, mail-order refill to {addr}, callback {phone}, pharmacy rep {first2}."),
    ("en-US", "Customs broker asks for importer details for my eBay parcel: {name}, SSN {ssn} as importer number, {addr}, {email}. Legit?"),
    ("en-GB", "Reference for my cleaner {name2}, who has worked for us at {addr} since {date}. She also cleans for {org:care}. Signed {name}, {phone}."),
    ("en-CA", "Letter to {org:bank} disputing a charge on card {card}: I'm {name}, account email {email}, the charge on {date} was from a moving company I never used."),
    ("en-AU", "Swim club volunteer roster, make a table: {name} ({phone}) - timekeeping; {name2} ({phone2}) - canteen. Club: {org:club}, pool in {town}."),
    ("en-ZA", "Write a complaint to {org:firm}: they quoted {name} for a move from {addr} to {town@b} and then doubled the price. Contact {phone}, {email}."),
    ("en-XX", "Visa invitation letter for my parents: I, {name}, residing at {addr}, {idname} {natid}, invite {name2} and {name3} from {date} to {date@b}. Phone {phone}."),
    ("en-XX", "Translate my pension statement summary to English: holder {name}, born {dob}, {idname} {natid}, payments to {iban}."),
    ("en-XX", "Help me reply to my tax advisor {name2} ({email2}): I moved to {addr} on {date}, my {idname} is {natid}, refunds to {iban}."),
    ("en-XX", "Job reference for {name2} ({purl2:linkedin}), who worked at {org} in {town} with me, {name}, until {date}. They can call me at {phone}."),
    ("en-XX", "Pharmacy refill request in English for my doctor: patient {name}, born {dob}, {idname} {natid}, pharmacy in {town}, phone {phone}."),
    ("en-XX", "Car sale contract between {name} ({addr}) and {name2} ({email2}). Price paid to {iban} on {date}. Can you check the clauses?"),
    ("en-XX", "Scholarship reference for {name2}, born {dob2}, studying in {town}. Referee {name}, {org}, {wemail}, {phone}."),
    ("en-XX", "Vet record transfer: owner {name}, {addr}, {phone}, {email}; new vet in {town@b}. Please draft the request."),
    ("en-XX", "Moving-company quote request: from {addr} to {town@b}, 2 bedrooms, move date {date}. Contact {name}, {phone}, {email}. My profile: {purl}."),
    ("en-XX", "Sports club membership renewal for {name} ({dob}), direct debit {iban}, {email}. Club: {org}."),
    ("en-XX", "I'm a foreign student; the uni asks for my {idname} ({natid}), home address {addr} and a phone {phone}. Is that normal?"),
    ("en-XX", "My landlord {name2} wants my {idname} {natid} and my payslip from {org}. I'm {name}. Reasonable?"),
    ("en-XX", "Wedding-venue booking: couple {name} & {name2}, date {date}, deposit paid from {iban}, contact {phone}. Write a confirmation email."),
]

# PII templates in the other languages (the same situations, each in its own words).
_PII_XX: list[tuple[str, str]] = [
    # German
    ("de", "Kannst du das als Mail an die Klavierlehrerin formulieren? Meine Tochter {first2:kid:f} ({age2}) fängt am {date} an. Ich bin {name}, erreichbar unter {phone}, Lastschrift von {iban}."),
    ("de", "Lagerraum-Mietvertrag prüfen:\nMieter: {name}\nGeburtsdatum: {dob}\nAnschrift: {addr}\nTelefon: {phone}\nZugangscode: {pw:pin}\nBank: {iban:DE}"),
    ("de", "Umzugsangebot von {org:firm} für den Umzug von {addr} nach {town@b} am {date}. Ansprechpartner {name2}, {phone2}. Bitte Rückfrage formulieren, Absender {name}."),
    ("de", "Hilfe beim Tierarzt-Wechsel: Halterin {name:f}, {addr}, {email}. Bitte eine kurze Nachricht, dass die Akte an die Praxis in {town@b} geht."),
    ("de", "Warum startet der Dienst nicht?\n[Service]\nEnvironment=SMTP_PASS={pw:random}\nEnvironment=HETZNER_TOKEN={tok:hetzner}\nEnvironment=ADMIN={wemail}"),
    ("de", "Vollmacht für meinen Nachbarn {name2}, das Paket abzuholen. Ich: {name}, geb. {dob}, {idname} {natid}, wohnhaft {addr}."),
    # French
    ("fr", "Peux-tu rédiger le mail au déménageur ? Départ : {addr}, arrivée : {town@b}, le {date}. Contact : {name}, {phone}, {email}."),
    ("fr", "Contrat de vente de voiture entre {name} (né le {dob}) et {name2}. Paiement par virement sur {iban} le {date}. Peux-tu vérifier les clauses ?"),
    ("fr", "Fiche d'inscription au club de natation : {name2:kid}, né(e) le {dob2}, responsable légal {name}, tél. {phone}, mail {email}."),
    ("fr", "Le toiletteur demande : nom {name}, portable {phone:mob}, carte {card} pour l'acompte. C'est normal ?"),
    ("fr", "Mon fichier .env Symfony plante :\nDATABASE_URL=mysql://{cred:symfony}@{ip:priv}:3306/boutique\nMAILER_DSN=smtp://{email}:{pw:random}@smtp.orange.fr:465"),
    ("fr", "Lettre à la caisse de retraite : je suis {name}, {idname} {natid}, né le {dob}, domicilié {addr}. Merci de verser ma pension sur {iban}."),
    # Spanish
    ("es", "¿Me ayudas con el correo a la mudanza? Origen {addr}, destino {town@b}, fecha {date}. Soy {name}, {phone}."),
    ("es", "Contrato de compraventa del coche: vendedor {name}, {idname} {natid}; comprador {name2}, {email2}. Pago a {iban} el {date}."),
    ("es", "Ficha de la peluquería canina: dueña {name:f}, móvil {phone:mob}, correo {email}, tarjeta {card}."),
    ("es", "Certificado de la gestoría {org}: a nombre de {name}, {idname} {natid}, domicilio {addr}. ¿Está bien redactado?"),
    ("es", "Este docker env falla:\nPOSTGRES_PASSWORD={pw:random}\nOPENAI_API_KEY={tok:openai}\nCONTACTO={name} <{wemail}>"),
    # Italian
    ("it", "Puoi scrivere la mail per il trasloco? Da {addr} a {town@b}, il {date}. Referente {name}, cell. {phone:mob}."),
    ("it", "Domanda di iscrizione al circolo tennis: {name}, nato il {dob}, {idname} {natid}, IBAN per l'addebito {iban:IT}."),
    ("it", "Lettera al commercialista {name2}: ti invio i dati per il 730, {name}, {idname} {natid}, residente in {addr}, mail {email}."),
    ("it", "Cartella del veterinario per il gatto: proprietaria {name:f}, tel. {phone}, indirizzo {addr}. Riassumi per favore."),
    ("it", "application.properties che non funziona:\nspring.datasource.password={pw:random}\nstripe.secret={tok:stripe}\nowner.email={wemail}"),
    # Dutch
    ("nl", "Kun je een mail schrijven aan het verhuisbedrijf? Van {addr} naar {town@b} op {date}. Contact: {name}, {phone}."),
    ("nl", "Inschrijving bij de hockeyclub voor {first2:kid}, geboren {dob2}. Ouder: {name}, {email}, machtiging van {iban:NL}."),
    ("nl", "Brief aan de belastingadviseur: {name}, {idname} {natid}, adres {addr}, telefoon {phone}. Graag zakelijker."),
    ("nl", "Waarom werkt deze rclone config niet?\n[stack]\ntype = webdav\nurl = https://{first:lc}.stackstorage.com/remote.php/webdav\nuser = {first:lc}\npass = {pw:random}"),
    # Portuguese (PT)
    ("pt", "Podes escrever o email para a empresa de mudanças? De {addr} para {town@b}, no dia {date}. Contacto: {name}, {phone}."),
    ("pt", "Contrato de compra e venda do carro: vendedor {name}, {idname} {natid}; comprador {name2}. Pagamento para {iban:PT}."),
    ("pt", "Ficha de sócio do clube: {name}, nascido a {dob}, telemóvel {phone:mob}, email {email}."),
    ("pt", "Carta ao contabilista {name2}: envio os dados do IRS, {name}, {idname} {natid}, morada {addr}."),
    # Portuguese (BR)
    ("pt-BR", "Pode escrever a mensagem pra transportadora? Mudança de {addr} para {town@b} no dia {date}. Falar com {name}, {phone}."),
    ("pt-BR", "Contrato de compra e venda do carro: vendedor {name}, {idname} {natid}; comprador {name2}, {email2}. Pix para {purl:site}?"),
    ("pt-BR", "Cadastro na academia: {name}, nascimento {dob}, {idname} {natid}, cartão {card}. Tá certo passar isso por WhatsApp?"),
    ("pt-BR", "Meu .env do Next.js vazou no GitHub:\nDATABASE_URL=postgresql://{cred:app}@{ip:pub}:5432/loja\nMERCADOPAGO_TOKEN={tok:mercadopago}\nDONO={name}"),
    # Polish
    ("pl", "Napisz maila do firmy przeprowadzkowej: z {addr} do {town@b}, termin {date}. Kontakt: {name}, {phone}."),
    ("pl", "Umowa kupna-sprzedaży samochodu: sprzedający {name}, {idname} {natid}, kupujący {name2}. Płatność na {iban:PL}."),
    ("pl", "Zgłoszenie do klubu sportowego: {name2:kid}, ur. {dob2}, opiekun {name}, tel. {phone}, e-mail {email}."),
    ("pl", "Pismo do doradcy podatkowego {name2}: przesyłam dane do PIT, {name}, {addr}, konto {iban}."),
    ("pl", "Mój skrypt PowerShell:\n$haslo = '{pw:random}'\n$token = '{tok:ghp}'\n# autor: {name}, {wemail}"),
    # Swedish
    ("sv", "Kan du skriva ett mejl till flyttfirman? Från {addr} till {town@b} den {date}. Kontakt: {name}, {phone}."),
    ("sv", "Medlemsansökan till golfklubben: {name}, {idname} {natid}, {email}, autogiro från {iban:SE}."),
    ("sv", "Intyg för veterinären: ägare {name}, {addr}, tel {phone}. Sammanfatta kort."),
    # Norwegian
    ("no", "Kan du skrive en e-post til flyttebyrået? Fra {addr} til {town@b} den {date}. Kontakt: {name}, {phone}."),
    ("no", "Innmelding i idrettslaget: {name2:kid}, født {dob2}, foresatt {name}, {email}, {phone}."),
    ("no", "Kjøpekontrakt for bil: selger {name}, {idname} {natid}, kjøper {name2}. Betaling til {iban:NO}."),
    # Danish
    ("da", "Kan du skrive en mail til flyttefirmaet? Fra {addr} til {town@b} den {date}. Kontakt: {name}, {phone}."),
    ("da", "Medlemskab af roklubben: {name}, {idname} {natid}, {email}, betaling fra {iban:DK}."),
    ("da", "Min .env til Django:\nSECRET_KEY={tok:django}\nEMAIL_HOST_PASSWORD={pw:word}\nADMINS={name} <{wemail}>"),
    # Finnish
    ("fi", "Voitko kirjoittaa viestin muuttofirmalle? Osoitteesta {addr} kaupunkiin {town@b}, {date}. Yhteyshenkilö {name}, {phone}."),
    ("fi", "Urheiluseuran jäsenhakemus: {name}, {idname} {natid}, {email}, tilille {iban:FI}."),
    ("fi", "Eläinlääkärin lähete: omistaja {name}, {addr}, puh. {phone}. Tiivistä."),
    # Czech
    ("cs", "Napiš prosím e-mail stěhovací firmě: z {addr} do {town@b}, dne {date}. Kontakt: {name}, {phone}."),
    ("cs", "Kupní smlouva na auto: prodávající {name}, {idname} {natid}, kupující {name2}. Platba na {iban:CZ}."),
    ("cs", "Přihláška do fotbalového klubu: {name2:kid}, nar. {dob2}, zákonný zástupce {name}, {email}."),
    # Slovak
    ("sk", "Napíš e-mail sťahovacej firme: z {addr} do {town@b}, {date}. Kontakt {name}, {phone}."),
    ("sk", "Kúpna zmluva na auto: predávajúci {name}, {idname} {natid}, kupujúci {name2}, platba na {iban:SK}."),
    ("sk", "Prihláška do plaveckého klubu: {name}, nar. {dob}, {email}, {phone}."),
    # Hungarian
    ("hu", "Írnál egy e-mailt a költöztető cégnek? {addr} címről {town@b} városba, {date}. Kapcsolat: {name}, {phone}."),
    ("hu", "Autó adásvételi szerződés: eladó {name}, {idname} {natid}, vevő {name2}. Utalás: {iban:HU}."),
    ("hu", "Sportegyesületi belépési nyilatkozat: {name}, születési idő {dob}, {email}, {phone}."),
    # Romanian
    ("ro", "Poți scrie un e-mail firmei de mutări? De la {addr} la {town@b}, pe {date}. Contact: {name}, {phone}."),
    ("ro", "Contract de vânzare-cumpărare auto: vânzător {name}, {idname} {natid}, cumpărător {name2}. Plata în {iban:RO}."),
    ("ro", "Fișa de înscriere la clubul de dans: {name2:kid}, născut(ă) {dob2}, părinte {name}, {email}."),
    # Turkish
    ("tr", "Nakliyat firmasına bir e-posta yazar mısın? {addr} adresinden {town@b} şehrine, {date} tarihinde. İletişim: {name}, {phone}."),
    ("tr", "Araç satış sözleşmesi: satıcı {name}, {idname} {natid}, alıcı {name2}. Ödeme {iban:TR} hesabına."),
    ("tr", "Spor kulübü üyelik formu: {name}, doğum tarihi {dob}, {email}, kart {card}."),
    ("tr", "Bu .env dosyası güvenli mi?\nDB_PASSWORD={pw:word}\nIYZICO_SECRET={tok:hex64}\nYONETICI={name}"),
    # Croatian
    ("hr", "Možeš li napisati e-mail selidbenoj tvrtki? S adrese {addr} u {town@b}, {date}. Kontakt: {name}, {phone}."),
    ("hr", "Kupoprodajni ugovor za auto: prodavatelj {name}, {idname} {natid}, kupac {name2}. Uplata na {iban:HR}."),
    ("hr", "Pristupnica sportskom klubu: {name2:kid}, rođen(a) {dob2}, roditelj {name}, {email}."),
    # Lithuanian
    ("lt", "Ar gali parašyti laišką perkraustymo įmonei? Iš {addr} į {town@b}, {date}. Kontaktas: {name}, {phone}."),
    ("lt", "Automobilio pirkimo-pardavimo sutartis: pardavėjas {name}, {idname} {natid}, pirkėjas {name2}. Mokėjimas į {iban:LT}."),
    ("lt", "Sporto klubo narystės anketa: {name}, gimimo data {dob}, {email}, {phone}."),
    # Greek
    ("el", "Μπορείς να γράψεις email στην εταιρεία μετακομίσεων; Από {addr} προς {town@b}, στις {date}. Επικοινωνία: {name}, {phone}."),
    ("el", "Συμφωνητικό πώλησης αυτοκινήτου: πωλητής {name}, {idname} {natid}, αγοραστής {name2}. Πληρωμή στο {iban:GR}."),
    ("el", "Αίτηση εγγραφής στον αθλητικό σύλλογο: {name2:kid}, γεννήθηκε {dob2}, γονέας {name}, {email}."),
    ("el", "Το config του SMTP δεν δουλεύει:\nuser = {email}\npassword = {pw:random}\nserver = {ip:pub}"),
    # Russian
    ("ru", "Напиши письмо в компанию по переезду: из {addr} в {town@b}, дата {date}. Контакт: {name}, {phone}."),
    ("ru", "Договор купли-продажи автомобиля: продавец {name}, {idname} {natid}, покупатель {name2}. Оплата на карту {card}."),
    ("ru", "Анкета в спортивную секцию: {name2:kid}, дата рождения {dob2}, родитель {name}, {email}, {phone}."),
    ("ru", "Почему не работает бот?\nBOT_TOKEN = \"{tok:telegram}\"\nADMIN_CHAT = \"{name}\"\nSERVER = \"{ip:pub}\""),
    # Ukrainian
    ("uk", "Напиши лист компанії з перевезень: з {addr} до {town@b}, {date}. Контакт: {name}, {phone}."),
    ("uk", "Договір купівлі-продажу авто: продавець {name}, {idname} {natid}, покупець {name2}. Оплата на {iban:UA}."),
    ("uk", "Заява до спортивного клубу: {name2:kid}, дата народження {dob2}, батько/мати {name}, {email}."),
    # Bulgarian
    ("bg", "Можеш ли да напишеш имейл до фирмата за преместване? От {addr} до {town@b}, на {date}. Контакт: {name}, {phone}."),
    ("bg", "Договор за покупко-продажба на кола: продавач {name}, {idname} {natid}, купувач {name2}. Плащане по {iban:BG}."),
    ("bg", "Заявление за членство в клуба: {name}, роден(а) на {dob}, {email}, {phone}."),
    # Japanese
    ("ja", "引っ越し業者へのメールを書いてください。{addr}から{town@b}へ、{date}。連絡先：{name}、{phone}。"),
    ("ja", "スポーツクラブの入会申込書：氏名 {name}、生年月日 {dob}、メール {email}、電話 {phone}。確認してください。"),
    ("ja", "中古車の売買契約書：売主 {name}、{idname} {natid}、買主 {name2}。代金はカード {card} で支払い。"),
    ("ja", "この設定ファイルは公開しても大丈夫？\nSLACK_TOKEN={tok:slack_bot}\nDB_PASS={pw:random}\n担当: {name}"),
    # Chinese
    ("zh", "帮我给搬家公司写封邮件：从{addr}搬到{town@b}，日期{date}。联系人{name}，电话{phone}。"),
    ("zh", "二手车买卖合同：卖方{name}，{idname}{natid}，买方{name2}，付款银行卡{card}。请检查条款。"),
    ("zh", "健身房会员登记表：姓名{name}，出生日期{dob}，手机{phone}，邮箱{email}。"),
    ("zh", "这个配置文件能提交吗？\naliyun_access_key_id = {tok:aliyun_id}\naliyun_access_key_secret = {tok:aliyun_secret}\n负责人 = {name}"),
    # Korean
    ("ko", "이삿짐센터에 보낼 메일 좀 써 줘. {addr}에서 {town@b}(으)로, {date}. 연락처: {name}, {phone}."),
    ("ko", "중고차 매매 계약서: 매도인 {name}, {idname} {natid}, 매수인 {name2}. 대금은 카드 {card}로 결제."),
    ("ko", "수영 강습 신청서: {name2:kid}, 생년월일 {dob2}, 보호자 {name}, {email}."),
    ("ko", ".env 파일 유출됐어요\nKAKAO_REST_KEY={tok:hex64}\nDB_PASSWORD={pw:random}\n관리자={name}"),
    # Hebrew
    ("he", "תוכל לכתוב מייל לחברת ההובלות? מ{addr} ל{town@b}, בתאריך {date}. איש קשר: {name}, {phone}."),
    ("he", "חוזה מכירת רכב: המוכר {name}, {idname} {natid}, הקונה {name2}. תשלום לחשבון {iban:IL}."),
    ("he", "טופס הרשמה לחוג: {name2:kid}, תאריך לידה {dob2}, הורה {name}, {email}."),
    # Arabic
    ("ar", "هل يمكنك كتابة رسالة لشركة نقل الأثاث؟ من {addr} إلى {town@b} بتاريخ {date}. للتواصل: {name}، {phone}."),
    ("ar", "عقد بيع سيارة: البائع {name}، {idname} {natid}، المشتري {name2}. الدفع إلى {iban:AE}."),
    ("ar", "استمارة تسجيل في النادي الرياضي: {name}، تاريخ الميلاد {dob}، البريد {email}، الهاتف {phone}."),
    # Hindi
    ("hi", "पैकर्स एंड मूवर्स को ईमेल लिख दो: {addr} से {town@b} तक, {date} को। संपर्क: {name}, {phone}।"),
    ("hi", "गाड़ी बिक्री अनुबंध: विक्रेता {name}, {idname} {natid}, खरीदार {name2}। भुगतान कार्ड {card} से।"),
    ("hi", "खेल क्लब सदस्यता फ़ॉर्म: {name}, जन्म तिथि {dob}, ईमेल {email}, मोबाइल {phone}।"),
    # Thai
    ("th", "ช่วยเขียนอีเมลถึงบริษัทขนย้าย จาก {addr} ไป{town@b} วันที่ {date} ติดต่อ {name} โทร {phone}"),
    ("th", "สัญญาซื้อขายรถยนต์: ผู้ขาย {name} {idname} {natid} ผู้ซื้อ {name2} ชำระด้วยบัตร {card}"),
    ("th", "ใบสมัครสมาชิกฟิตเนส: {name} วันเกิด {dob} อีเมล {email} โทร {phone}"),
    # Vietnamese
    ("vi", "Viết giúp email gửi công ty chuyển nhà: từ {addr} đến {town@b}, ngày {date}. Liên hệ {name}, {phone}."),
    ("vi", "Hợp đồng mua bán xe: bên bán {name}, {idname} {natid}, bên mua {name2}. Thanh toán bằng thẻ {card}."),
    ("vi", "Phiếu đăng ký câu lạc bộ bơi: {name2:kid}, ngày sinh {dob2}, phụ huynh {name}, {email}."),
    # Indonesian
    ("id", "Tolong tulis email ke jasa pindahan: dari {addr} ke {town@b}, tanggal {date}. Kontak {name}, {phone}."),
    ("id", "Perjanjian jual beli mobil: penjual {name}, {idname} {natid}, pembeli {name2}. Pembayaran dengan kartu {card}."),
    ("id", "Formulir pendaftaran klub badminton: {name}, tanggal lahir {dob}, email {email}, HP {phone}."),
    # more layouts in the other languages
    ("de", "Bewerbung als Ehrenamtliche bei der Tafel: {name}, {email}, Profil {purl:xing}, erreichbar {phone}. Bitte Anschreiben kürzen."),
    ("de", "Mein Router-Log zeigt Logins von {ip:pub} auf das Konto von {first}. Passwort war {pw:word}. Was tun?"),
    ("fr", "Mon profil de prof de piano : {name}, {purl:site}, cours à {town}, tél. {phone}. Tu peux l'améliorer ?"),
    ("fr", "Le script de sauvegarde restic :\nexport RESTIC_PASSWORD='{pw:phrase}'\nexport B2_ACCOUNT_KEY={tok:b2_key}\n# {name}"),
    ("es", "Mi perfil para intercambio de casas: {name}, vivimos en {town}, fotos en {purl:drive}, contacto {email}."),
    ("es", "El log del servidor muestra accesos desde {ip:pub} con el usuario de {first}. ¿Es un ataque?"),
    ("it", "Il mio profilo da fotografo per i matrimoni: {name}, portfolio {purl:ig}, {email}. Migliora la bio."),
    ("it", "Config di rclone con la password in chiaro:\n[backup]\ntype = sftp\nhost = {ip:pub}\nuser = {first:lc}\npass = {pw:random}"),
    ("nl", "Profiel voor de ruilbeurs: {name}, {purl:site}, woont in {town}, {phone}."),
    ("nl", "De NAS logt een inlog van {ip:pub} als {first:lc}. Wachtwoord {pw:leet}. Moet ik iets doen?"),
    ("pt-BR", "Meu perfil de freelancer: {name}, portfólio {purl:github}, {email}, atendo em {town}."),
    ("pl", "Profil korepetytora: {name}, {purl:linkedin}, {town}, tel. {phone}. Popraw proszę opis."),
    ("pl", "Logi routera: logowanie na konto {first:lc} z {ip:pub}, hasło {pw:word}. Czy to włamanie?"),
    ("sv", "Min profil som hundfrisör: {name}, {purl:ig}, {town}, {phone}."),
    ("cs", "Konfigurace SMTP v Nextcloudu:\nmail_smtpname = {email}\nmail_smtppassword = {pw:random}\nserver {ip:pub}"),
    ("ro", "Profilul meu de profesor de chitară: {name}, {purl:site}, {town}, {phone}."),
    ("tr", "Fotoğrafçı profilim: {name}, {purl:ig}, {email}. Biyografimi düzeltir misin?"),
    ("ru", "Мой профиль репетитора: {name}, {purl:vk}, {town}, {phone}. Улучши описание."),
    ("uk", "Конфіг бекапу borg:\nBORG_PASSPHRASE='{pw:phrase}'\nBORG_REPO=ssh://{first:lc}@{ip:pub}/backups"),
    ("ja", "ピアノ講師のプロフィール：{name}、{purl:note}、{town}、{email}。文章を整えてください。"),
    ("zh", "家教简历：{name}，微博 {purl:weibo}，所在城市{town}，电话{phone}。帮我润色。"),
    ("ko", "과외 선생님 프로필: {name}, 블로그 {purl:naver}, {town}, {phone}."),
    ("he", "הפרופיל שלי כמורה לגיטרה: {name}, {purl:site}, {town}, {phone}."),
    ("ar", "ملفي كمدرب سباحة: {name}، {purl:linkedin}، {town}، {email}."),
    ("hi", "ट्यूटर प्रोफ़ाइल: {name}, {purl:linkedin}, {town}, {phone}। विवरण सुधार दो।"),
    ("th", "โปรไฟล์ครูสอนพิเศษ: {name} {purl:site} {town} โทร {phone}"),
    ("vi", "Hồ sơ gia sư: {name}, {purl:github}, {town}, {email}."),
    ("id", "Profil fotografer: {name}, {purl:ig}, {town}, {phone}."),
    ("hu", "A NAS naplója: {first:lc} fiókba belépés innen: {ip:pub}, jelszó {pw:word}. Feltörték?"),
    ("de", "Kündigung der Mitgliedschaft beim {org}: {name}, Mitgliedsnummer {n:1000:99999}, {addr}, Lastschrift von {iban} bitte stoppen."),
    ("fr", "Réclamation à {org} : je suis {name}, client depuis le {date}, tél. {phone}. Le prélèvement sur {iban} est en double."),
    ("es", "Baja del socio en {org}: {name}, {email}, cuenta {iban}. Redáctalo formal."),
    ("nl", "Opzegging bij {org}: {name}, {addr}, {email}. Graag bevestiging."),
    ("pl", "Rezygnacja z członkostwa w {org}: {name}, {email}, {phone}."),
    ("ja", "{org}への退会届：氏名 {name}、住所 {addr}、電話 {phone}。丁寧な文にしてください。"),
    ("fi", "Nextcloudin SMTP-asetukset:\nmail_smtpname = {email}\nmail_smtppassword = {pw:random}"),
]

FRESH16_PII: list[tuple[str, str]] = _PII_EN + _PII_XX


# Hard negatives: lookalikes that are no one's data.
FRESH16_NEGATIVE: list[tuple[str, str]] = [
    ("en", "My moving company quote {x:invoice} lists 'insurance {x:price}'. Is that a typical rate for a two-bedroom flat?"),
    ("en", "The pharmacy label says NDC {x:ndc}. What does each block of that code mean?"),
    ("en", "Why does `pip install` pull version {x:ver} when I pinned the previous minor?"),
    ("en", "Our docs use {x:ph} as the API key placeholder. Is there a convention for marking such values in Markdown?"),
    ("en", "Is {x:testcard} a real card? I saw it in a payment-form tutorial."),
    ("en", "The IBAN in the SEPA guide is {x:dociban}. Why do so many documents use it?"),
    ("en", "What is the SSN {x:specssn} and why was it printed on wallet inserts?"),
    ("en", "In a TV script I need a phone number that won't ring anyone. Is {x:fakephone} safe to use?"),
    ("en", "My firewall tutorial uses {x:docip} as the attacker address. Which ranges are reserved for documentation?"),
    ("en", "Convert this IPv6 example to its full form: {x:docip6}"),
    ("en", "Should I use {x:resolver} or my ISP's DNS for a home network?"),
    ("en", "Write a regex that matches addresses like {x:exemail} but not real domains."),
    ("en", "Form templates often say '{x:formname}'. Where does that placeholder come from?"),
    ("en", "The customs declaration tracking number is {x:ups}. How do I read a UPS number?"),
    ("en", "Ticket {x:ticket} was closed without a reply. How do I escalate with a support team politely?"),
    ("en", "Commit {x:sha} broke the build; how do I bisect between it and {x:short_sha}?"),
    ("en", "Kubernetes shows pod UID {x:uuid}. Is that stable across restarts?"),
    ("en", "What's the difference between an MD5 like {x:md5} and a SHA-256 like {x:sha256}?"),
    ("en", "My Windows build is {x:winbuild}. Does it support WSL2 mirrored networking?"),
    ("en", "Convert epoch {x:epoch} to a human-readable time in UTC, and explain leap seconds."),
    ("en", "The phone's IMEI is {x:imei}. Can a shop tell if it's blacklisted from that alone?"),
    ("en", "What does ISBN {x:isbn} encode? Which part is the publisher?"),
    ("en", "A Vault tutorial shows `export VAULT_TOKEN={x:ph}`. Is it bad to put tokens in env vars?"),
    ("en", "Is the MAC address {x:mac} locally administered? How can I tell?"),
    ("en", "The bank's payment reference is {x:rf}. How is the RF check computed?"),
    ("en", "What's {x:cve} about, and does it affect nginx on Debian?"),
    ("en", "Our Amazon order {x:amazon} arrived broken. Template for a return request?"),
    ("en", "The car I want to buy has VIN {x:vin}. What do the 10th and 11th characters mean?"),
    ("en", "What does BIC {x:bic} identify: a bank or a branch?"),
    ("en", "ISIN {x:isin} — which exchange lists it?"),
    ("en", "Is LEI {x:lei} checksum-validated like an IBAN?"),
    ("en", "How do I cite DOI {x:doi} in APA style?"),
    ("en", "arXiv {x:arxiv} — how do I find the latest version of a paper?"),
    ("en", "A MongoDB ObjectId like {x:oid} contains a timestamp. How do I extract it?"),
    ("en", "My booking reference is {x:pnr}. Is that the same as the e-ticket number?"),
    ("en", "Is a VAPID public key like {x:vapidpub} safe to ship in the browser?"),
    ("en", "Can I publish an age recipient {x:agepub} in my README?"),
    ("en", "Our SKU {x:sku} and the supplier's code clash. How should I map them in a spreadsheet?"),
    ("en", "Port {x:port} is open on the container. What usually runs there?"),
    ("en", "The shop shows {x:price} but charged a little more. Could it be currency conversion?"),
    ("en", "Who designed the Eiffel Tower, and how long did it take to build?"),
    ("en", "Summarise Marie Curie's contributions to radioactivity research for a school project."),
    ("en", "Why did Nokia lose the smartphone market to Apple and Samsung?"),
    ("en", "What is the population of Kyoto compared to Osaka?"),
    ("en", "Give me three facts about Ada Lovelace and Charles Babbage's Analytical Engine."),
    ("en", "Is the Golden Gate Bridge painted orange or red, officially?"),
    ("en", "Compare IKEA's and Walmart's supply-chain strategies."),
    ("en", "Which Beatles album came after Rubber Soul?"),
    ("en", "Explain how a CAS number like {x:cas} is validated."),
    ("en", "How long should an insurance claim like {x:order} take to process in general?"),
    ("en", "What does HTTP 429 mean when I call an API with key {x:ph}?"),
    ("en", "In the AWS docs the secret is {x:ph}; should my code ever contain it?"),
    ("en", "The Stripe docs card {x:testcard} keeps failing in live mode — why?"),
    ("de", "Was bedeutet die Sendungsnummer {x:dhl}? Wie verfolge ich sie?"),
    ("de", "Ist {x:dociban} eine echte IBAN? Sie steht in einer Anleitung."),
    ("de", "Wer war Konrad Zuse und was baute er in Berlin?"),
    ("fr", "Que signifie la référence {x:invoice} sur ma facture de déménagement ?"),
    ("fr", "Pourquoi la tour Montparnasse est-elle si critiquée ?"),
    ("es", "¿Qué significa el error 403 con la clave {x:ph}?"),
    ("es", "¿Quién pintó Las Meninas y en qué año aproximadamente?"),
    ("it", "Il numero di tracciamento {x:ups} non funziona sul sito. Perché?"),
    ("nl", "Wat is het verschil tussen versie {x:ver} en de LTS-versie?"),
    ("pl", "Co oznacza numer zamówienia {x:order} w mailu ze sklepu?"),
    ("pt-BR", "O que é o hash {x:sha256} que aparece no download?"),
    ("sv", "Vad betyder IMEI-numret {x:imei} på lådan?"),
    ("tr", "Bu UUID {x:uuid} her çalıştırmada değişir mi?"),
    ("ru", "Что означает коммит {x:short_sha} в истории проекта?"),
    ("ja", "このバージョン {x:ver} はまだサポートされていますか？"),
    ("zh", "订单号 {x:order} 显示已发货，但物流没有更新，怎么办？"),
    ("ko", "이 예시 IP {x:docip} 는 실제로 사용 가능한가요?"),
    ("he", "מה ההבדל בין גרסה {x:ver} לגרסה הקודמת?"),
    ("ar", "ماذا يعني رقم التذكرة {x:ticket}؟"),
    ("hi", "ऑर्डर नंबर {x:order} का रिफंड कब तक आएगा, आम तौर पर?"),
    ("th", "เลขพัสดุ {x:ups} ตรวจสอบได้ที่ไหน"),
    ("vi", "Mã băm {x:md5} dùng để làm gì khi tải phần mềm?"),
    ("id", "Apa arti kode CVE {x:cve} untuk server saya?"),
    ("cs", "Co znamená číslo faktury {x:invoice}?"),
    ("hu", "Mit jelent a {x:winbuild} Windows build szám?"),
    ("el", "Τι σημαίνει ο αριθμός παραγγελίας {x:order};"),
    ("uk", "Що означає номер замовлення {x:order}?"),
]

# Clean prompts: no personal data and no lookalike numbers.
FRESH16_CLEAN: list[tuple[str, str]] = [
    ("en", "How do I ask a moving company for a binding quote rather than an estimate?"),
    ("en", "What questions should I ask before signing a self-storage contract?"),
    ("en", "Give me a checklist for a home exchange with another family."),
    ("en", "How often should a spaniel be groomed in winter?"),
    ("en", "What should a tattoo aftercare sheet include?"),
    ("en", "Explain how a gas safety inspection works for rented homes in the UK."),
    ("en", "Write a friendly flyer for a community fridge."),
    ("en", "What is a timebank and how do members exchange hours?"),
    ("en", "How do I write a good nomination statement for a student election?"),
    ("en", "What is the difference between restic and borg for backups?"),
    ("en", "Explain systemd EnvironmentFile versus Environment lines."),
    ("en", "How do I rotate an API key without downtime?"),
    ("en", "Why shouldn't secrets go into a mobile app bundle?"),
    ("en", "Explain SSSD caching in plain words."),
    ("en", "What is the purpose of a .mailmap file in git?"),
    ("en", "How do I structure a beancount ledger for a shared household?"),
    ("en", "Write a haiku about packing boxes."),
    ("en", "Explain how SOAP differs from REST for a beginner."),
    ("en", "What is the best way to learn the piano as an adult?"),
    ("en", "Suggest names for an amateur theatre group."),
    ("en", "How do I politely decline a job reference request?"),
    ("en", "What documents are usually needed for a mortgage pre-approval?"),
    ("en", "How does a lottery syndicate split winnings fairly?"),
    ("en", "Give tips for a first escape room visit."),
    ("en", "What should I check when buying a used car privately?"),
    ("en", "How do I prepare my cat for a long car journey?"),
    ("en", "Explain the difference between a pension statement and a pension forecast."),
    ("en", "What is a customs declaration and when is one needed for a gift parcel?"),
    ("de", "Wie finde ich ein seriöses Umzugsunternehmen?"),
    ("de", "Was sollte in einem Kaufvertrag für ein gebrauchtes Auto stehen?"),
    ("fr", "Comment préparer un déménagement sans stress ?"),
    ("fr", "Quels vaccins faut-il pour un chiot ?"),
    ("es", "¿Cómo elijo un buen club de natación para niños?"),
    ("es", "Explícame qué es un contrato de arras."),
    ("it", "Come si prepara un trasloco in una settimana?"),
    ("nl", "Hoe kies ik een goede sportclub voor mijn kinderen?"),
    ("pt", "Como funciona um contrato de arrendamento em Portugal?"),
    ("pt-BR", "Quais cuidados ter ao comprar um carro usado?"),
    ("pl", "Jak przygotować mieszkanie do przeprowadzki?"),
    ("sv", "Hur fungerar en bostadsrättsförening?"),
    ("no", "Hvordan forbereder jeg meg til en flytting om vinteren?"),
    ("da", "Hvordan vælger man en god roklub?"),
    ("fi", "Miten valmistaudun muuttoon?"),
    ("cs", "Jak vybrat dobrou stěhovací firmu?"),
    ("sk", "Ako si vybrať dobrý plavecký klub?"),
    ("hu", "Hogyan készüljek fel egy költözésre?"),
    ("ro", "Cum aleg o firmă de mutări de încredere?"),
    ("tr", "Taşınırken nelere dikkat etmeliyim?"),
    ("hr", "Kako se pripremiti za selidbu?"),
    ("lt", "Kaip pasiruošti persikraustymui?"),
    ("el", "Πώς προετοιμάζομαι για μια μετακόμιση;"),
    ("ru", "Как подготовиться к переезду в другой город?"),
    ("uk", "Як підготуватися до переїзду?"),
    ("bg", "Как да се подготвя за преместване?"),
    ("ja", "引っ越しの準備は何から始めればいいですか？"),
    ("zh", "搬家前应该做哪些准备？"),
    ("ko", "이사 준비는 무엇부터 해야 하나요?"),
    ("he", "איך מתכוננים למעבר דירה?"),
    ("ar", "كيف أستعد للانتقال إلى منزل جديد؟"),
    ("hi", "घर बदलने की तैयारी कैसे करें?"),
    ("th", "ควรเตรียมตัวย้ายบ้านอย่างไร"),
    ("vi", "Chuẩn bị chuyển nhà như thế nào?"),
    ("id", "Bagaimana cara mempersiapkan pindahan rumah?"),
]

FRESH16_FOLLOW_UPS: list[str] = [
    "\n\nPlease keep it short.",
    "\n\nUse a friendly but firm tone.",
    "\n\nAnswer as a numbered list.",
    "\n\nCould you also suggest a subject line?",
    "\n\nThanks so much!",
    "\n\nPlain text only, no markdown.",
    "\n\nExplain your changes briefly at the end.",
    "\n\nI'm in a hurry, just the essentials.",
]

FRESH16_PII = [(lang, _braces(t)) for lang, t in FRESH16_PII]
FRESH16_NEGATIVE = [(lang, _braces(t)) for lang, t in FRESH16_NEGATIVE]
FRESH16_CLEAN = [(lang, _braces(t)) for lang, t in FRESH16_CLEAN]
