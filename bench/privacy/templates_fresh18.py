"""The eighteenth blind set ("fresh18") for the PII benchmark: written without seeing the detector or the earlier sets' templates.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh18=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots), and labels spans as corpus.py's docstring says.
Its plumbing (Context, fill, the value generators and their validators, the slot syntax) is _blind_values.py's, which
the blind sets share; its people, towns, streets, address layouts (write_address), organizations, work domains,
password words and Italian towns' cadastral codes are its own and stay here, and so are its templates, written after
reading only the earlier sets' docstrings, to cover situations and layouts those docstrings do not list. It is
balanced: every one of the fifteen types appears in many templates (455 PII, 211 of them English; 108 negative and 60 clean templates; over 3,000 prompts every type has more
than 100 spans, US_SSN the fewest, 139 to 157 over seeds 7 to 10), with SECRET, PERSON, CREDIT_CARD and NATIONAL_ID
weighted higher, each in many carriers.

Situations: real chat prompts from the people who paste private data into an assistant. Small-business owners: food-
truck permit renewals, bakery payroll tables, supplier payment disputes, payslips checked in most languages, travel-
expense claims, staff onboarding rows, W-2 corrections. Developers: staging-migration configs, rollback SQL for rows
written to production, incident reports and post-mortems of leaked tokens, seed files and unit-test fixtures in Python,
Go, Rust, Kotlin, Swift, C#, Ruby, R, PHP, JavaScript and Laravel, n8n credential exports, HAR snippets, .npmrc and
.pypirc, Spring properties, PowerShell remoting, Minecraft and game-server RCON files, Discord and Telegram bots, OBS
stream keys, home-lab Ansible inventories, Home Assistant MQTT, router device lists, `last` output, query strings in
analytics logs. Students and parents: scholarship and bursary applications, school-trip CSVs, daycare enrolment, camp
forms, student-union flyers, student-loan letters. Patients and carers: home-care hours, blue-badge and disability
forms, dependency and carer's allowance applications, GP and referral notes, patient-portal messages, OCR'd ID copies.
Travellers: emergency sheets, hostel and airline disputes. Tenants and landlords: deposit letters in most languages,
bond tribunals, tenant screening, section 21 notes, lockbox codes. Job seekers and recruiters: CV headers, cover-letter
signatures, shortlists, I-9 notes, background-check consents. Journalists and researchers: interview notes and
transcripts to anonymise, consent logs, survey scripts. Lawyers' clients: timelines, intake from voicemail, account
lists. NGO and volunteer coordinators: shelter rotas, field-volunteer lists, donor card sheets. IT support: VPN and
password-reset tickets, remote-access session logs in many languages, onboarding mails, MFA resets. Accountants and
tax preparers: 1040 checklists, intake lists, clients who e-mail their cards. Real-estate agents: viewing notes and
pre-approvals. Gamers and streamers: clan bots, sponsor contracts, stream configs. Marketplace sellers: buyers asking
for card numbers in most languages, refund scams, profile links. Shops and front desks: chargeback evidence,
POS receipts, guests' cards left at reception, customers who send cards and ids by chat. Households: nanny payroll,
pantry background checks, representative payees. Leaks: git remotes with tokens, .netrc, Dockerfile ENV lines, CI
logs with Vault tokens, office wiki pages, shared sheets with guest Wi-Fi and key-box codes, old OpenSSH keys. Carriers: prose, quoted e-mail and chat threads,
voice transcripts without punctuation, lower case and ALL CAPS, OCR with stray spaces, Markdown, CSV, TSV and pipe
tables, JSON, YAML, TOML, XML, INI, .env files, URLs and query strings, shell, SQL and log lines.

Languages (the first element of each template tuple): en (about half the PII templates; en-US, en-GB, en-IE,
en-CA, en-AU, en-NZ, en-IN, en-ZA, en-NG, or "en-XX" for an English prompt about another (Latin-script) country's
people and numbers), de (DE/AT/CH), fr (FR/BE), es (ES/MX/AR), it, nl (NL/BE), pt, pt-BR, pl, sv, no, da, fi, cs, sk,
hu, ro, tr, hr, lt, el (Greek), ru, uk, bg (Cyrillic), ja, zh, ko (CJK, Hangul), he (Hebrew), ar (Arabic, UAE), hi
(Devanagari), th (Thai), vi, id: 32 languages. A sample's locale is "<language>-<country>" (hi-INH is India written in
Devanagari); the country picks names (in its own script), towns, address layout, phone numbering, card schemes, IBAN
country and national id; the language picks how dates are spelled.

Slot syntax (_blind_values.fill's, as in templates_fresh17): {kind} or {kind:arg:arg} is filled by fill(ctx, slot),
which returns (text, TYPE or None) parts. Person slots ({name}, {first}, {last}, {initial}, {rev}, {namecaps},
{holder}, {email}, {wemail}, {phone[:style]}, {dob[:style]}, {natid[:kind]}, the unlabelled {idname}, {ssn[:style]},
{addr}, {addrml}, {iban[:CC|plain|grp]}, {purl[:<site>]}, {mrz}, and the unlabelled {handle}, {age}) take a digit for
persons 2 to 6; on a person's first mention `f`/`m` fix the sex and `kid`/`baby` the age. Other slots: {town},
{org[:kind]}, {date[:style]}, {card[:<scheme>][:<layout>]}, {ip:<kind>}, {tok:<kind>} (TOKEN_KINDS), {pw:<style>},
{cred[:user]}, {credtok:user:kind}, {basic}, {pem[:kind]}; unlabelled {last4}, {exp}, {cvv}, {x:<negative>} (NEG) and
{n:lo:hi}. `@key` at the end gives another, different value of the same kind; the same slot written twice gives the
same value twice; `uc`/`lc` change case and `ocr` puts stray spaces inside a value. Literal braces are written
doubled ("{{", "}}") and become {lb}/{rb} when the module loads, since corpus._render reads "{" as a slot.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full; a form's "BIRDSONG
Anselm" as two spans; family-first orders of Japanese, Chinese, Korean, Hungarian and Vietnamese names as one span;
a name inside a username or hostname ("jonte-pc", jonte.dreesen in a ticket export); a card holder in capitals as one
span; titles and honorifics stay outside); LOCATION a town where someone lives, moves to, works or travels;
ORGANIZATION the small employers, schools, clinics, banks, clubs, care homes and firms of the writer's life (the whole
name); ADDRESS street, number, flat parts, postcode and town as one span, in each country's layout; DATE a day-and-
month date in the language's own spelling; DATE_OF_BIRTH when it is a birth date; SECRET only the value: provider keys
and tokens, stream keys, passwords, Wi-Fi keys, lockbox, alarm and door PINs given as such, recovery codes, JWTs and
`user:secret` inside a DSN as one span; URL links that point at a person (profiles, portfolios, booking pages,
payment links, personal shares); EMAIL every address except example.com/org/net; PHONE valid by phonenumbers for the
sample's country, outside the fiction ranges; CREDIT_CARD Luhn-valid numbers of several schemes, never a published
test number; IBAN mod-97 valid; US_SSN valid areas, never the specimens; NATIONAL_ID checksum-valid national numbers
agreeing with the person's birth date and sex where the number holds them (and US passport numbers); IP_ADDRESS public
and private IPv4 and IPv6: the address only, never a :port.

Deliberately not labelled: order, invoice, ticket, tracking, booking and account numbers other than IBANs; BSB and
IFSC codes; UUIDs, git SHAs, digests, versions, Windows builds, epoch timestamps, MAC addresses, IMEIs, VINs, ISBNs,
DOIs, arXiv ids, SKUs, BICs, LEIs, ISINs, NDCs, CAS numbers, ObjectIds, PNRs, RF creditor references, VAPID and age
public keys; prices; card expiry dates, CVVs; student ids; system users (migrator, crm_app, __token__); documentation
and placeholder values (sk-..., ${OPENAI_API_KEY}, AWS's EXAMPLE keys, published test cards, documentation IBANs,
specimen SSNs, fiction phone ranges, example.com addresses, RFC 5737/3849 addresses, public resolvers); the placeholder
people of forms; public figures, famous places and companies in general questions; links to shops, webhooks and
public APIs. Dates never appear in the negative or clean templates, and clean prompts hold no lookalike numbers at all.
"""

from __future__ import annotations

import random
import string

from bench.privacy import _blind_values as _bv
from bench.privacy._blind_values import _braces, _native, _roman, _s, pick_locale, town_name

# --- People and places ------------------------------------------------------------------------------------------
# country -> (female first names, male first names, female surnames, male surnames ("" = same), towns, streets).
# Non-Latin entries are "native=roman"; the romanisation serves e-mail addresses, handles and card holders.
# fresh18 draws its own people, towns and streets (the plumbing that uses them is _blind_values.py's).
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Delphine|Jolene|Maribel|Kendra|Annalise|Rosalind|Tamsin|Precious|Noelle|Ximena",
           "Everett|Desmond|Thaddeus|Jamal|Rhett|Ignacio|Cormac|Wendell|Bryce|Anselm",
           "Kowalczyk-Hale|Birdsong|Ferreira|Quackenbush|Oyelaran|Dunleavy|Szabo|Whitlock|Arceneaux|Pettigrew", "",
           "Missoula, MT|Macon, GA|Flagstaff, AZ|Eau Claire, WI|Bangor, ME|Lafayette, LA|Boise, ID|Lawrence, KS|Ithaca, NY|Bend, OR",
           "Larkspur|Juniper Hollow|Quail Run|Old Mill|Tamarack|Bluebonnet|Hickory Ridge|Sandpiper"),
    "GB": ("Philippa|Morwenna|Siobhan|Yasmin|Araminta|Carys|Hermione|Jodie|Lowri|Esme",
           "Crispin|Tarquin|Aneurin|Callum|Hugo|Faisal|Jago|Torquil|Rhodri|Ewan",
           "Blenkinsop|Trelawney|Haworth|Quayle|Rashid|Pengelly|Entwistle|Cholmondeley|Barraclough|Inglis", "",
           "Kendal LA9|Penzance TR18|Ludlow SY8|Alnwick NE66|Dunoon PA23|Bideford EX39|Thirsk YO7|Lewes BN7|Elgin IV30|Brecon LD3",
           "Tannery Lane|Chapel Fold|Pump Street|Ropery Walk|Kiln Close|Gasworks Lane|Nursery Gardens|Sheepwash Road"),
    "IE": ("Aoibhinn|Clodagh|Niamh|Sorcha|Deirbhile|Éabha", "Oisín|Ruairí|Pádraig|Diarmuid|Cian|Eoghan",
           "Ní Bhriain|Fitzgerald|Ní Mhurchú|Hegarty|Nic Gearailt|Brennan", "Ó Briain|Fitzgerald|Ó Murchú|Hegarty|Mac Gearailt|Brennan",
           "Ennis, Co. Clare|Tralee, Co. Kerry|Mullingar, Co. Westmeath|Castlebar, Co. Mayo|Carlow, Co. Carlow",
           "Mill Street|Sráid an Mhuilinn|Fair Green|Convent Road|Friary Lane"),
    "CA": ("Geneviève|Harpreet|Madison|Mélodie|Kenzie|Roxanne", "Jean-Philippe|Gurpreet|Tanner|Étienne|Declan|Brayden",
           "Tremblay|MacKinnon|Sidhu|Bouchard|Nakamura-Gill|Cormier", "",
           "Kamloops, BC|Moncton, NB|Sherbrooke, QC|Red Deer, AB|Sudbury, ON|Brandon, MB",
           "Spruce Crescent|Rue des Érables|Bayview Road|Cedar Lane|Prairie Rose Drive"),
    "AU": ("Matilda|Shannon|Chloe|Tahlia|Bronwyn|Georgia", "Fletcher|Darcy|Mitchell|Harrison|Kai|Bailey",
           "McAllister|Tran-Walsh|Kostopoulos|Fitzpatrick|Djerrkura|Gillespie", "",
           "Wagga Wagga NSW|Mackay QLD|Bunbury WA|Ballarat VIC|Launceston TAS|Mount Gambier SA",
           "Banksia Street|Wattle Court|Ironbark Drive|Jacaranda Avenue|Coolabah Way"),
    "NZ": ("Aroha|Mereana|Hine|Kayla|Roimata|Stacey", "Rawiri|Tane|Wiremu|Brent|Kahu|Lachie",
           "Paewai|Thompson-Rua|Te Whare|McKenzie|Tawhiri|Dunstan", "",
           "Nelson|Invercargill|Napier|Rotorua|Palmerston North|Oamaru",
           "Pōhutukawa Street|Tōtara Road|Rimu Lane|Kōwhai Place|Matai Crescent"),
    "IN": ("Aishwarya|Meenakshi|Revathi|Tanvi|Sowmya|Anjali", "Siddharth|Karthik|Vikram|Rohan|Abhishek|Girish",
           "Iyer|Chatterjee|Kulkarni|Pillai|Deshpande|Reddy", "",
           "Coimbatore|Vadodara|Mysuru|Vijayawada|Bhubaneswar|Kozhikode", "MG Road|Station Road|Gandhi Nagar Main Road|Link Road|Bazaar Street"),
    "ZA": ("Thandeka|Lindiwe|Annelie|Palesa|Nomvula|Fatima", "Thabo|Sipho|Pieter|Kagiso|Riaan|Bongani",
           "Dlamini|Van der Merwe|Ndlovu|Pillay|Botha|Molefe", "",
           "Polokwane|Stellenbosch|Mahikeng|Bloemfontein|Knysna|Mthatha",
           "Protea Road|Jacaranda Street|Baobab Close|Msasa Avenue|Vygie Lane"),
    "NG": ("Ngozi|Folake|Aisha|Ifeoma|Bukola|Hauwa", "Emeka|Segun|Ikenna|Bello|Chidi|Babatunde",
           "Eze|Adeyemi|Okonkwo|Abubakar|Ogunleye|Nnadi", "",
           "Enugu|Abeokuta|Uyo|Kaduna|Akure|Warri", "Zik Avenue|Obafemi Awolowo Way|Aba Road|Murtala Mohammed Way|Oba Adesida Road"),
    "DE": ("Wiebke|Svenja|Heike|Leonie|Elif|Theresa|Gesa|Cosima", "Arne|Malte|Reinhard|Till|Florian|Emre|Jonte|Volker",
           "Brinkmann|Lüttke|Haberkorn|Dreesen|Ziegenbein|Yılmaz|Osterkamp|Kühnert", "",
           "Lüneburg|Bamberg|Paderborn|Konstanz|Stralsund|Gießen|Wetzlar|Emden",
           "Lindenstraße|Am Kirchberg|Ahornweg|Schillerstraße|Am Anger|Deichstraße|Rosenweg"),
    "AT": ("Theresia|Magdalena|Verena|Sophie", "Florian|Lukas|Johannes|Dominik",
           "Pichler|Gruber|Hofer|Brandstätter|Moser", "", "Wels|Krems|Feldkirch|Wolfsberg|Baden|Schwaz",
           "Linzer Straße|Schubertgasse|Stadtplatz|Feldgasse|Lindengasse"),
    "CH": ("Seraina|Nadja|Flurina|Corinne", "Reto|Urs|Gian|Silvan", "Brunner|Hostettler|Tschudi|Keller|Furrer", "",
           "Thun|Chur|Aarau|Uster|Yverdon|Zug", "Dorfstrasse|Kirchweg|Rebbergstrasse|Alpenblick|Sonnenhalde"),
    "FR": ("Maëlle|Solène|Gwenaëlle|Yasmine|Bérénice|Capucine|Anaïs", "Thibaut|Loïc|Yannick|Karim|Florian|Benoît|Corentin",
           "Lefebvre|Kerouédan|Rousseau|Benali|Marchand|Fontaine|Guillot", "",
           "Vannes|Annecy|Poitiers|Périgueux|Bayonne|Épinal|Roanne|Arras",
           "rue Victor-Hugo|boulevard Gambetta|rue de la Gare|impasse des Lilas|rue Nationale|allée des Tilleuls"),
    "BE": ("Lotte|Amélie|Sien|Pauline|Fien", "Wout|Arnaud|Pieter-Jan|Cédric|Bram",
           "Peeters|Claes|Lemaire|Wouters|Verstraeten|Dubois", "", "Leuven|Namur|Aalst|Genk|Tournai|Brugge",
           "Kerkstraat|Rue de la Station|Nieuwstraat|Chaussée de Mons|Stationsplein"),
    "ES": ("Nerea|Rocío|Itziar|Candela|Remedios|Naiara", "Iker|Álvaro|Jordi|Rodrigo|Xabier|Marcos",
           "Echeverría Sanz|Villanueva|Puig|Domínguez Ortega|Carrasco|Iglesias", "",
           "Huesca|Zamora|Cuenca|Girona|Almería|Ourense|Soria",
           "Calle Mayor|Avenida de la Constitución|Calle del Carmen|Carrer de Sant Pere|Paseo del Prado"),
    "MX": ("Ximena|Guadalupe|Itzel|Fernanda|Maricruz", "Emiliano|Rodrigo|Tonatiuh|Jesús|Héctor",
           "Hernández Luna|Zamora|Castañeda|Ochoa|Villalobos", "", "Querétaro|Morelia|Oaxaca|Mazatlán|Saltillo|Puebla",
           "Av. Juárez|Calle Hidalgo|Av. Revolución|Calle Morelos|Blvd. Díaz Ordaz"),
    "AR": ("Agustina|Florencia|Milagros|Lucía", "Tomás|Joaquín|Nicolás|Ramiro", "Fernández|Acosta|Benítez|Sosa|Villalba", "",
           "Mendoza|Salta|Mar del Plata|Paraná|Río Cuarto|Posadas", "Av. San Martín|Calle Belgrano|Av. Colón|Calle Moreno"),
    "IT": ("Chiara|Martina|Ginevra|Beatrice|Serena|Ilaria", "Lorenzo|Tommaso|Riccardo|Edoardo|Matteo|Pietro",
           "Ferrari|Bianchi|Colombo|Marchetti|Barbieri|Fontana|Caruso", "",
           "Udine|Lucca|Perugia|Siena|Verona|Padova|Trieste",
           "Via Garibaldi|Via Mazzini|Corso Italia|Via Roma|Piazza della Repubblica|Via XX Settembre"),
    "NL": ("Sanne|Femke|Lieke|Anouk|Jorien|Esmee", "Thijs|Bram|Ruben|Sjoerd|Joost|Lars",
           "Bakker|Visser|van der Linden|Mulder|de Graaf|Smit|Postma", "",
           "Zwolle|Leeuwarden|Haarlem|Tilburg|Venlo|Gouda|Amersfoort|Nijmegen",
           "Kerkstraat|Julianalaan|Molenweg|Beatrixstraat|Singel|Prinsengracht"),
    "PT": ("Inês|Mariana|Beatriz|Filipa|Leonor", "Tiago|André|Gonçalo|Pedro|Ricardo",
           "Ferreira|Santos|Gonçalves|Marques|Almeida", "", "Braga|Aveiro|Coimbra|Faro|Viseu|Setúbal",
           "Rua do Comércio|Avenida da Liberdade|Rua Direita|Largo da Sé|Rua dos Combatentes"),
    "BR": ("Fernanda|Juliana|Bruna|Tatiane|Gabriela|Priscila", "Gustavo|Thiago|Leonardo|Rodrigo|Caio|Luiz Henrique",
           "Oliveira|Santos|Ferreira Lima|Barbosa|Ribeiro|Nascimento", "",
           "Londrina|Maceió|Goiânia|Natal|Ribeirão Preto|Vitória|Manaus",
           "Rua XV de Novembro|Avenida Paulista|Rua Tiradentes|Avenida Beira-Mar|Rua dos Ipês"),
    "PL": ("Agnieszka|Magdalena|Karolina|Monika|Weronika|Zuzanna", "Tomasz|Marcin|Łukasz|Grzegorz|Szymon|Adam",
           "Zielińska|Szymańska|Woźniak|Dąbrowska|Kaczmarek|Pawlak", "Zieliński|Szymański|Woźniak|Dąbrowski|Kaczmarek|Pawlak",
           "Olsztyn|Rzeszów|Opole|Koszalin|Siedlce|Suwałki|Przemyśl",
           "ul. Kościuszki|ul. Ogrodowa|ul. Mickiewicza|ul. Słoneczna|ul. Kwiatowa|al. Jana Pawła II"),
    "SE": ("Ebba|Saga|Linnea|Frida|Ingela", "Oskar|Viktor|Hampus|Emil|Jonas", "Lindström|Sjöberg|Holmqvist|Berglund|Ekström", "",
           "Umeå|Falun|Kalmar|Luleå|Västerås|Halmstad", "Storgatan|Kungsgatan|Björkvägen|Sjövägen|Skolgatan"),
    "NO": ("Solveig|Ragnhild|Ingvild|Tiril|Marte", "Sindre|Eirik|Håkon|Torbjørn|Magnus", "Haugen|Johansen|Bakke|Solberg|Dahl", "",
           "Tromsø|Ålesund|Lillehammer|Gjøvik|Arendal|Steinkjer", "Storgata|Sjøgata|Granveien|Skolegata|Bjørkeveien"),
    "DK": ("Mette|Sofie|Ida|Camilla|Lærke", "Rasmus|Frederik|Søren|Mads|Emil", "Jensen|Hansen|Christensen|Madsen|Rasmussen", "",
           "Aalborg|Randers|Horsens|Silkeborg|Sønderborg|Holstebro", "Vestergade|Nørregade|Bøgevej|Havnegade|Engvej"),
    "FI": ("Hanna|Laura|Aino|Tiina|Minna", "Mikko|Ville|Antti|Jari|Tuomas", "Virtanen|Mäkinen|Heikkinen|Koskinen|Järvinen", "",
           "Oulu|Jyväskylä|Kuopio|Seinäjoki|Kotka|Hämeenlinna", "Kauppakatu|Puistotie|Rantakatu|Koulukatu|Mäntytie"),
    "CZ": ("Tereza|Markéta|Lucie|Kateřina|Zuzana", "Tomáš|Ondřej|Lukáš|Jakub|Petr",
           "Dvořáková|Procházková|Kučerová|Horáková|Němcová", "Dvořák|Procházka|Kučera|Horák|Němec",
           "Tábor|Přerov|Třebíč|Písek|Liberec|Znojmo", "Husova|Palackého|Masarykova|Komenského|Jiráskova"),
    "HU": ("Eszter|Zsófia|Réka|Anikó|Dóra", "Gergely|Levente|Ákos|Bence|Zoltán", "Tóth|Szabó|Horváth|Varga|Molnár|Fekete", "",
           "Debrecen|Pécs|Győr|Szombathely|Kecskemét|Miskolc", "Petőfi Sándor utca|Kossuth Lajos utca|Rákóczi út|Arany János utca|Fő utca"),
    "RO": ("Ioana|Andreea|Mihaela|Bianca|Raluca", "Andrei|Mihai|Cătălin|Bogdan|Radu", "Popescu|Ionescu|Dumitrescu|Stan|Constantin", "",
           "Sibiu|Brașov|Iași|Timișoara|Cluj-Napoca|Constanța", "Str. Republicii|Bd. Independenței|Str. Florilor|Str. Avram Iancu|Calea Bucureștilor"),
    "TR": ("Zeynep|Elif|Merve|Büşra|Ebru", "Emre|Mert|Onur|Hakan|Can", "Yıldız|Aydın|Şahin|Kaya|Doğan|Kurt", "",
           "Eskişehir|Trabzon|Kayseri|Bursa|Antalya|Malatya", "Atatürk Cad.|Lale Sok.|İnönü Cad.|Gül Sok.|Cumhuriyet Bulvarı"),
    "GR": ("Ελένη=Eleni|Κατερίνα=Katerina|Σοφία=Sofia|Μαρία=Maria|Ευαγγελία=Evangelia",
           "Γιώργος=Giorgos|Κώστας=Kostas|Νίκος=Nikos|Παναγιώτης=Panagiotis|Σπύρος=Spyros",
           "Παπαδοπούλου=Papadopoulou|Γεωργίου=Georgiou|Δημητρίου=Dimitriou|Μαυρίδου=Mavridou",
           "Παπαδόπουλος=Papadopoulos|Γεωργίου=Georgiou|Δημητρίου=Dimitriou|Μαυρίδης=Mavridis",
           "Πάτρα=Patra|Λάρισα=Larisa|Καλαμάτα=Kalamata|Βόλος=Volos|Ηράκλειο=Irakleio",
           "Ερμού|Πανεπιστημίου|Κολοκοτρώνη|Αγίου Νικολάου|Παπαναστασίου"),
    "RU": ("Анастасия=Anastasia|Екатерина=Ekaterina|Ольга=Olga|Марина=Marina|Вера=Vera",
           "Алексей=Aleksei|Дмитрий=Dmitrii|Сергей=Sergei|Андрей=Andrei|Михаил=Mikhail",
           "Соколова=Sokolova|Морозова=Morozova|Волкова=Volkova|Кузнецова=Kuznetsova|Смирнова=Smirnova",
           "Соколов=Sokolov|Морозов=Morozov|Волков=Volkov|Кузнецов=Kuznetsov|Смирнов=Smirnov",
           "Тверь=Tver|Казань=Kazan|Томск=Tomsk|Рязань=Ryazan|Пермь=Perm|Самара=Samara",
           "ул. Пушкина|ул. Гагарина|пр. Мира|ул. Садовая|ул. Молодёжная"),
    "UA": ("Оксана=Oksana|Наталія=Nataliia|Ірина=Iryna|Соломія=Solomiia|Олена=Olena",
           "Андрій=Andrii|Тарас=Taras|Богдан=Bohdan|Олександр=Oleksandr|Максим=Maksym",
           "Шевченко=Shevchenko|Бондаренко=Bondarenko|Коваленко=Kovalenko|Ткаченко=Tkachenko|Мельник=Melnyk", "",
           "Полтава=Poltava|Вінниця=Vinnytsia|Луцьк=Lutsk|Рівне=Rivne|Хмельницький=Khmelnytskyi|Кропивницький=Kropyvnytskyi",
           "вул. Шевченка|вул. Незалежності|просп. Свободи|вул. Квіткова|вул. Франка"),
    "JP": ("陽子=Yoko|さくら=Sakura|真由美=Mayumi|愛=Ai|奈々=Nana", "健太=Kenta|翔=Sho|誠=Makoto|拓也=Takuya|亮=Ryo",
           "佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|田中=Tanaka|伊藤=Ito|渡辺=Watanabe", "",
           "金沢市=Kanazawa|松山市=Matsuyama|高知市=Kochi|秋田市=Akita|福井市=Fukui|大分市=Oita", "本町|栄町|緑町|中央通り"),
    "CN": ("静=Jing|丽娜=Lina|晓燕=Xiaoyan|欣怡=Xinyi|雪梅=Xuemei", "伟=Wei|志强=Zhiqiang|浩然=Haoran|俊杰=Junjie|国华=Guohua",
           "王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|赵=Zhao", "",
           "苏州=Suzhou|青岛=Qingdao|大连=Dalian|宁波=Ningbo|贵阳=Guiyang|南宁=Nanning", "人民路|解放路|中山路|建设路|文化路"),
    "KR": ("지현=Jihyun|은지=Eunji|민서=Minseo|하은=Haeun|수진=Sujin", "민준=Minjun|성민=Seongmin|재원=Jaewon|현우=Hyunwoo|지훈=Jihoon",
           "김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang", "",
           "춘천=Chuncheon|여수=Yeosu|김해=Gimhae|천안=Cheonan|경주=Gyeongju|목포=Mokpo", "중앙로|번영로|문화로|호수길|역전로"),
    "IL": ("נועה=Noa|מיכל=Michal|יעל=Yael|שירה=Shira|תמר=Tamar", "יונתן=Yonatan|אורי=Uri|איתי=Itai|עומר=Omer|דניאל=Daniel",
           "כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton|אברהם=Avraham", "",
           "חדרה=Hadera|נתניה=Netanya|באר שבע=Beer Sheva|חולון=Holon|נהריה=Nahariya", "הרצל|בן יהודה|רוטשילד|הגפן|ז'בוטינסקי"),
    "AE": ("فاطمة=Fatima|مريم=Maryam|نورة=Noura|عائشة=Aisha|سارة=Sara", "محمد=Mohammed|خالد=Khalid|عبدالله=Abdullah|أحمد=Ahmed|يوسف=Yousef",
           "الكعبي=Al Kaabi|النعيمي=Al Nuaimi|الشامسي=Al Shamsi|المنصوري=Al Mansoori|الحمادي=Al Hammadi", "",
           "العين=Al Ain|رأس الخيمة=Ras Al Khaimah|عجمان=Ajman|دبا=Dibba|الرويس=Ruwais", "شارع المطار|شارع الشيخ زايد|شارع النخيل|شارع المدينة"),
    "INH": ("प्रिया=Priya|नेहा=Neha|अंजलि=Anjali|पूजा=Pooja|स्वाति=Swati", "राहुल=Rahul|अमित=Amit|विकास=Vikas|संजय=Sanjay|रोहित=Rohit",
            "शर्मा=Sharma|वर्मा=Verma|गुप्ता=Gupta|मिश्रा=Mishra|यादव=Yadav|चौहान=Chauhan", "",
            "लखनऊ=Lucknow|पटना=Patna|भोपाल=Bhopal|कानपुर=Kanpur|इंदौर=Indore|जोधपुर=Jodhpur", "गांधी मार्ग|स्टेशन रोड|नेहरू नगर|राजेंद्र नगर"),
    "TH": ("นภัสสร=Napatsorn|วรรณา=Wanna|กนกวรรณ=Kanokwan|ปิยะนุช=Piyanuch", "สมชาย=Somchai|ธนากร=Thanakorn|วีระ=Weera|ณัฐพล=Nattapon",
           "แสงทอง=Saengthong|บุญมา=Boonma|ทองดี=Thongdee|วงศ์สวัสดิ์=Wongsawat|มณีรัตน์=Maneerat", "",
           "เชียงใหม่=Chiang Mai|ขอนแก่น=Khon Kaen|นครราชสีมา=Nakhon Ratchasima|หาดใหญ่=Hat Yai|อุดรธานี=Udon Thani",
           "ถนนสุขุมวิท|ถนนมิตรภาพ|ถนนนิมมานเหมินท์|ถนนศรีจันทร์"),
    "VN": ("Ngọc Anh|Thu Trang|Hồng Nhung|Phương Thảo|Lan Anh", "Minh Tuấn|Hoàng Nam|Đức Anh|Quốc Bảo|Văn Hùng",
           "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan", "", "Huế|Hải Phòng|Cần Thơ|Nha Trang|Vinh|Biên Hòa",
           "đường Trần Hưng Đạo|đường Lê Lợi|đường Nguyễn Huệ|đường Hùng Vương|đường Quang Trung"),
    "SK": ("Zuzana|Lucia|Martina|Veronika", "Peter|Tomáš|Marek|Juraj", "Horváthová|Kováčová|Vargová|Tóthová",
           "Horváth|Kováč|Varga|Tóth", "Žilina|Nitra|Prešov|Banská Bystrica|Trnava|Košice",
           "Hlavná|Štúrova|Mierová|Slnečná|Komenského"),
    "BG": ("Десислава=Desislava|Гергана=Gergana|Мария=Maria|Виктория=Viktoria", "Георги=Georgi|Иван=Ivan|Димитър=Dimitar|Николай=Nikolay",
           "Петрова=Petrova|Георгиева=Georgieva|Димитрова=Dimitrova|Иванова=Ivanova", "Петров=Petrov|Георгиев=Georgiev|Димитров=Dimitrov|Иванов=Ivanov",
           "Пловдив=Plovdiv|Варна=Varna|Бургас=Burgas|Русе=Ruse|Стара Загора=Stara Zagora",
           "ул. „Иван Вазов“|бул. „България“|ул. „Раковски“|ул. „Шипка“"),
    "HR": ("Ivana|Ana|Petra|Marija|Lucija", "Ivan|Luka|Marko|Josip|Tomislav", "Horvat|Kovačević|Babić|Marić|Jurić", "",
           "Split|Rijeka|Osijek|Zadar|Pula|Varaždin", "Ulica kralja Tomislava|Ilica|Vukovarska|Ulica Ivana Gundulića|Riva"),
    "LT": ("Rūta|Eglė|Gintarė|Laura", "Mantas|Tomas|Lukas|Žygimantas", "Kazlauskienė|Jankauskienė|Petrauskienė|Žukauskienė",
           "Kazlauskas|Jankauskas|Petrauskas|Žukauskas", "Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus",
           "Laisvės al.|Vilniaus g.|Taikos pr.|Liepų g.|Ąžuolų g."),
    "ID": ("Sri|Dewi|Putri|Ayu|Rina", "Budi|Agus|Rizky|Dimas|Eko", "Santoso|Hidayat|Nasution|Saputra|Hutapea|Kurniawan", "",
           "Yogyakarta|Malang|Medan|Semarang|Balikpapan|Manado", "Jl. Sudirman|Jl. Diponegoro|Jl. Merdeka|Jl. Pahlawan|Jl. Pemuda"),
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
_JP_PREF = {"金沢市": "石川県", "松山市": "愛媛県", "高知市": "高知県", "秋田市": "秋田県", "福井市": "福井県", "大分市": "大分県"}
_BR_UF = {"Londrina": "PR", "Maceió": "AL", "Goiânia": "GO", "Natal": "RN", "Ribeirão Preto": "SP", "Vitória": "ES", "Manaus": "AM"}
_MX_COL = ("Col. Roma Sur", "Col. Las Flores", "Fracc. Los Pinos", "Col. San Felipe", "Barrio de Santiago")


def write_address(r: random.Random, country: str, town: str, multiline: bool = False) -> str:
    """A street address in the country's own layout (fresh18's own layouts); `town` is the native town entry of PEOPLE."""
    town = _native(town)
    street = r.choice(PEOPLE[country][5].split("|"))
    no = r.randint(2, 240)
    nl = "\n" if multiline else ", "

    def d(n: int) -> str:
        return _s(r, n, string.digits)
    if country == "US":
        city, state = town.split(", ")
        unit = r.choice(["", f", Apt {r.randint(2, 30)}", f" Ste {r.randint(100, 400)}", f", Unit {r.choice('ABCDEF')}"])
        return f"{r.randint(10, 9899)} {r.choice(['N ', 'S ', 'E ', 'W ', ''])}{street} {r.choice(['St', 'Way', 'Pl', 'Ter', 'Pkwy', 'Cir'])}{unit}{nl}{city}, {state} {d(5)}"
    if country == "GB":
        city, area = town.rsplit(" ", 1)
        head = r.choice([f"{no} {street}", f"{no}a {street}", f"{r.choice(['Rose Cottage', 'The Old Chapel', 'Flat 2', 'Meadow View'])}, {street}"])
        return f"{head}{nl}{city.upper() if multiline and r.random() < 0.5 else city}{nl}{area} {r.randint(1, 9)}{_s(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if country == "IE":
        return f"{r.choice(['', 'Apt 5, ', 'Glenview, ', 'No. '])}{no} {street}{nl}{town}{nl}{r.choice('ACDFHKNPRTVWXY')}{d(2)} {_s(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if country == "CA":
        city, prov = town.split(", ")
        pc = f"{r.choice('ABCEGHJKLMNPRSTVXY')}{d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
        return f"{r.choice(['', 'Suite 210, ', f'#{r.randint(2, 900)}-'])}{no} {street}{nl}{city} {prov} {pc}"
    if country == "AU":
        city, st = town.rsplit(" ", 1)
        return f"{r.choice(['', f'Unit {r.randint(1, 9)}, ', f'{r.randint(1, 20)}/'])}{no} {street}{nl}{city.upper()} {st} {r.randint(2000, 7999)}"
    if country == "NZ":
        return f"{r.choice(['', f'Flat {r.randint(1, 6)}, '])}{no} {street}{nl}{r.choice(['Stoke', 'Glengarry', 'Taradale', 'Fenton Park', 'Kensington'])}{nl}{town} {d(4)}"
    if country == "IN":
        return (f"{r.choice(['Door No.', 'Plot No.', 'Flat'])} {r.randint(1, 40)}-{r.randint(1, 99)}, {r.choice(['Shanti Kunj', 'Prestige Residency', 'Ganga Heights'])}, "
                f"{street}{nl}{town} {r.randint(1, 8)}{d(5)}")
    if country == "ZA":
        return f"{r.choice(['', 'Unit 7, ', 'Flat 12, '])}{no} {street}{nl}{r.choice(['Bendor', 'Die Boord', 'Riviera', 'Heuwelsig', 'Southridge'])}{nl}{town}{nl if multiline else ' '}{d(4)}"
    if country == "NG":
        return f"{r.choice(['No.', 'Plot', 'House'])} {no}{r.choice(['', 'B'])}, {street}{nl}{r.choice(['Independence Layout', 'Oke-Ilewo', 'Ewet Housing', 'Barnawa', 'Alagbaka'])}, {town}{r.choice(['', ', ' + d(6)])}"
    if country in ("DE", "AT", "CH"):
        pc = d(5) if country == "DE" else f"{r.randint(1, 9)}{d(3)}"
        tail = f"/Top {r.randint(1, 24)}" if country == "AT" and r.random() < 0.5 else ""
        return f"{street} {no}{r.choice(['', 'a', 'c'])}{tail}{nl}{r.choice(['', 'D-']) if country == 'DE' else ''}{pc} {town}"
    if country == "FR":
        return f"{r.choice(['', 'Bât. C, ', 'Lotissement Les Chênes, '])}{no}{r.choice(['', ' bis', ' ter'])} {street}{nl}{d(5)} {town.upper() if r.random() < 0.5 else town}"
    if country == "BE":
        return f"{street} {no}{r.choice(['', ' bus 2', ' bte 3', '/0101'])}{nl}{r.randint(1000, 9999)} {town}"
    if country == "ES":
        return f"{street} {no}, {r.choice(['entlo.', '4º dcha.', '1º A', 'bajo B', '5º'])}{nl}{d(5)} {town}{r.choice(['', ' (' + town + ')'])}"
    if country == "MX":
        return f"{street} {no}{r.choice(['', ' int. 2', ' depto. 5'])}, {r.choice(_MX_COL)}{nl}C.P. {d(5)}, {town}"
    if country == "AR":
        return f"{street} {r.randint(100, 3999)}{r.choice(['', ', 3º B', ', PB 1'])}{nl}{r.choice('XQBSC')}{d(4)}{_s(r, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')} {town}"
    if country == "IT":
        return f"{street}, {no}{r.choice(['', '/B', ' int. 4'])}{nl}{d(5)} {town}{r.choice(['', ' (' + town[:2].upper() + ')'])}"
    if country == "NL":
        return f"{street} {no}{r.choice(['', 'B', '-1', ' hs'])}{nl}{r.randint(1000, 9999)}{r.choice(['', ' '])}{_s(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')}{r.choice(['  ', ' '])}{town.upper() if multiline else town}"
    if country == "PT":
        return f"{street}, n.º {no}, {r.choice(['r/c', '1.º Dto.', '2.º Esq.', '4.º'])}{nl}{d(4)}-{d(3)} {town}"
    if country == "BR":
        return f"{street}, {r.randint(10, 3999)}{r.choice(['', ' - casa 2', ', bloco B, ap. 302'])} - {r.choice(['Centro', 'Vila Nova', 'Jardim Botânico', 'Boa Vista'])}{nl}{town}/{_BR_UF.get(town, 'SP')} - CEP {d(5)}-{d(3)}"
    if country == "PL":
        return f"{street} {no}{r.choice(['', f'/{r.randint(1, 90)}', f' lok. {r.randint(1, 20)}'])}{nl}{d(2)}-{d(3)} {town}"
    if country == "SE":
        return f"{street} {no}{r.choice(['', ' A', ', lgh 1203'])}{nl}{d(3)} {d(2)} {town.upper() if multiline else town}"
    if country == "NO":
        return f"{street} {no}{r.choice(['', 'B', ', leil. H0102'])}{nl}{d(4)} {town}"
    if country == "DK":
        return f"{street} {no}{r.choice(['', ', 1. tv.', ', st. th.', ', 2. sal'])}{nl}{d(4)} {town}"
    if country == "FI":
        return f"{street} {no} {r.choice(['A', 'B', 'as.'])} {r.randint(1, 60)}{nl}{d(5)} {town.upper() if multiline else town}"
    if country in ("CZ", "SK"):
        return f"{street} {r.randint(100, 3999)}/{r.randint(1, 80)}{nl}{d(3)} {d(2)} {town}"
    if country == "HU":
        return f"{town}{nl}{street} {no}. {r.choice(['', 'fsz. 1.', '2. em. 5.', 'III/12.'])}{nl}{r.randint(1000, 9999)}" if multiline else f"{r.randint(1000, 9999)} {town}, {street} {no}."
    if country == "RO":
        return f"{street} nr. {no}{r.choice(['', ', sc. B', ', bl. M4, ap. 17'])}{nl}{town}, cod {d(6)}"
    if country == "TR":
        return f"{r.choice(['Cumhuriyet', 'Fatih', 'Atatürk', 'Kültür'])} Mah. {street} No: {no}/{r.randint(1, 20)}{nl}{d(5)} {town}"
    if country == "GR":
        return f"{street} {no}{nl}Τ.Κ. {d(3)} {d(2)}, {town}"
    if country in ("RU", "UA"):
        pc = d(6) if country == "RU" else d(5)
        house = f"д. {no}, кв. {r.randint(1, 250)}" if country == "RU" else f"буд. {no}, кв. {r.randint(1, 250)}"
        return f"{pc}, {'г.' if country == 'RU' else 'м.'} {town}, {street}, {house}"
    if country == "BG":
        return f"гр. {town} {d(4)}, {street} № {no}, вх. {r.choice('АБВ')}, ап. {r.randint(1, 60)}"
    if country == "HR":
        return f"{street} {no}{r.choice(['', 'a', '/II'])}{nl}{d(5)} {town}"
    if country == "LT":
        return f"{street} {no}{r.choice(['', f'-{r.randint(1, 60)}'])}{nl}LT-{d(5)} {town}"
    if country == "JP":
        flat = f" {r.choice(['メゾン', 'レジデンス'])}{r.choice(['若葉', '朝日', '白山'])}{r.randint(1, 5)}0{r.randint(1, 9)}"
        return f"〒{d(3)}-{d(4)} {_JP_PREF[town]}{town}{street}{r.randint(1, 6)}丁目{r.randint(1, 25)}番{r.randint(1, 20)}号{r.choice(['', flat])}"
    if country == "CN":
        return f"{town}市{r.choice(['市南区', '鼓楼区', '西湖区', '开发区', '高新技术产业开发区'])}{street}{r.randint(1, 800)}号{r.choice(['', f'{r.randint(1, 20)}幢{r.randint(1, 30)}0{r.randint(1, 6)}室'])}"
    if country == "KR":
        return f"{r.choice(['강원특별자치도', '전라남도', '경상남도', '충청남도', '경상북도'])} {town}시 {street} {r.randint(1, 400)}, {r.randint(101, 120)}동 {r.randint(1, 20)}0{r.randint(1, 5)}호"
    if country == "IL":
        return f"{street} {no}{r.choice(['', ' דירה ' + str(r.randint(1, 40))])}, {town}{r.choice(['', ' ' + d(7)])}"
    if country == "AE":
        return f"شقة {r.randint(101, 1204)}، بناية {r.choice(['الياسمين', 'الفردوس', 'الواحة'])}، {street}، {town}"
    if country == "INH":
        return f"{r.randint(1, 300)}/{r.randint(1, 40)}, {street}, {town} {r.randint(2, 8)}{d(5)}"
    if country == "TH":
        return f"เลขที่ {no} {street} ตำบล{r.choice(['ช้างเผือก', 'สุเทพ', 'ในเมือง'])} อำเภอเมือง จังหวัด{town} {d(5)}"
    if country == "VN":
        return f"{no}/{r.randint(1, 40)} {street}, phường {r.choice(['2', '7', 'Vĩnh Ninh', 'An Hòa'])}, {town}"
    if country == "ID":
        return f"{street} No. {no}{r.choice(['', 'A'])}, RT {r.randint(1, 15):03d}/RW {r.randint(1, 9):03d}{nl}{town} {d(5)}"
    raise KeyError(country)




# --- Organizations -------------------------------------------------------------------------------------------------
_ORG: dict[str, tuple[str, ...]] = {  # {t} town, {l} a surname
    "en": ("{l} & {l2} Accountants", "{t} Teachers Credit Union", "Kingfisher Dental Care", "Oakfield Junior School",
           "{l} Roofing & Guttering", "Copperbeech Veterinary Clinic", "{t} Cricket Club", "Busy Bees Childminding",
           "{l} Physiotherapy", "Harbourside Property Management", "Our Lady of Lourdes College", "{l} Signs & Print Ltd"),
    "de": ("Steuerberatung {l} & {l2}", "Raiffeisenbank {t}", "Hausarztpraxis Dr. {l}", "Grundschule am Lindenhof",
           "{l} Dachdeckerei GmbH", "Turnverein {t} 1888", "Kita Regenbogen", "Fahrschule {l}"),
    "fr": ("Cabinet comptable {l}", "Crédit Mutuel de {t}", "Lycée Louise-Michel", "Menuiserie {l} SARL",
           "Maison de santé des Tilleuls", "Boulangerie {l}"),
    "es": ("Gestoría {l}", "Centro de Salud Los Olivos", "CEIP Antonio Machado", "Reformas {l} SL", "Caja Rural de {t}"),
    "it": ("Studio Commercialista {l}", "Banca di Credito Cooperativo di {t}", "Istituto Comprensivo Dante Alighieri", "Elettrica {l} Srl",
           "Farmacia San Marco"),
    "nl": ("Administratiekantoor {l}", "Huisartsenpraktijk De Esch", "OBS De Regenboog", "Schildersbedrijf {l}"),
    "pt": ("Contabilidade {l}", "Clínica Médica São Lucas", "Agrupamento de Escolas de {t}", "Carpintaria {l} Lda"),
    "pl": ("Biuro Rachunkowe {l}", "Przychodnia Zdrowie", "Szkoła Podstawowa nr 5 w {t}", "Bank Spółdzielczy w {t}"),
    "sv": ("Redovisningsbyrån {l} AB", "Vårdcentralen i {t}", "{l}s Bygg AB"),
    "no": ("Regnskapskontoret {l} AS", "{t} legesenter", "{l} Bygg AS"),
    "da": ("Revisionsfirmaet {l}", "Lægehuset i {t}", "{l} Tømrer ApS"),
    "fi": ("Tilitoimisto {l} Oy", "Terveysasema Koivu", "{l} Rakennus Oy"),
    "cs": ("Účetní kancelář {l}", "Praktický lékař MUDr. {l}", "Základní škola {t}"),
    "hu": ("{l} Könyvelőiroda", "Napsugár Óvoda", "{t}i Szakrendelő"),
    "ro": ("Cabinet Contabil {l}", "Clinica Medicală Sănătatea", "Școala Gimnazială nr. 3"),
    "tr": ("{l} Muhasebe", "Şifa Tıp Merkezi", "{l} İnşaat"),
    "el": ("Λογιστικό Γραφείο {l}", "Ιατρείο Υγεία", "Φροντιστήριο Πρόοδος"),
    "ru": ("ООО «{l} и партнёры»", "Клиника «Здоровье»", "Лицей № 12"),
    "uk": ("ФОП {l}", "Клініка «Здоров'я»", "Ліцей № 4"),
    "sk": ("Účtovná kancelária {l}", "Ambulancia všeobecného lekára", "Základná škola {t}"),
    "bg": ("Счетоводна къща „{l}“", "Медицински център „Здраве“", "СУ „Христо Ботев“"),
    "hr": ("Knjigovodstveni servis {l}", "Dom zdravlja {t}", "Osnovna škola {t}"),
    "lt": ("Buhalterinė apskaita „{l}“", "Šeimos klinika „Sveikata“", "{t} progimnazija"),
    "ja": ("{l}税理士事務所", "{t}みどり内科クリニック", "株式会社ひかり工務店"),
    "zh": ("{t}诚信会计师事务所", "仁爱社区医院", "{t}第一中学"),
    "ko": ("{l}세무회계사무소", "{t}하나내과의원", "햇살유치원"),
    "he": ("משרד רואי חשבון {l}", "מרפאת הדר"),
    "ar": ("مكتب {l} للمحاسبة", "مركز الشفاء الطبي"),
    "hi": ("{l} एंड संस", "आरोग्य क्लिनिक"),
    "th": ("สำนักงานบัญชี {l}", "คลินิกหมอครอบครัว"),
    "vi": ("Công ty Kế toán {l}", "Phòng khám Đa khoa An Bình"),
    "id": ("Kantor Akuntan {l}", "Klinik Pratama Sehat", "SMP Negeri 3 {t}"),
}

# English organizations by kind ({org:school}, {org:clinic}...), so that "my daughter's school" names a school.
_ORG_EN_KIND: dict[str, tuple[str, ...]] = {
    "school": ("Oakfield Junior School", "Our Lady of Lourdes College", "{t} Steiner School", "Busy Bees Childminding",
               "{t} Technical High School", "Ashgrove Community College"),
    "clinic": ("Kingfisher Dental Care", "{l} Physiotherapy", "Copperbeech Veterinary Clinic", "{t} Medical Centre", "Lakeside Podiatry",
               "{l} Eye Clinic"),
    "firm": ("{l} Roofing & Guttering", "{l} & {l2} Accountants", "Harbourside Property Management", "{l} Signs & Print Ltd",
             "Greenleaf Landscaping", "{t} Bookkeeping Services"),
    "bank": ("{t} Teachers Credit Union", "{t} Mutual Bank", "{t} Savings & Loan", "Heartland Valley Credit Union"),
    "club": ("{t} Cricket Club", "{t} Athletic Club", "{t} Chess Circle", "Riverbend Bowls Club"),
    "care": ("Primrose Lodge Care Home", "{t} Home Care Services", "Hazelwood Nursing Home", "{l} Court Retirement Village"),
}


def make_org(r: random.Random, lang: str, country: str, town: str, kind: str = "") -> str:
    kind = kind if kind in _ORG_EN_KIND else ""  # {org:uc} passes its case flag here
    pool = _ORG_EN_KIND[kind] if kind and lang == "en" else _ORG.get(lang, _ORG["en"])
    pattern = r.choice(pool)
    lasts = (PEOPLE[country][3] or PEOPLE[country][2]).split("|")
    last, last2 = r.sample(lasts, 2)
    roman = lang == "en" or country in ("CN", "JP", "KR") and lang not in ("zh", "ja", "ko")
    last, last2 = (_roman(last), _roman(last2)) if roman else (_native(last), _native(last2))
    return pattern.replace("{l2}", last2).replace("{l}", last).replace("{t}", town_name(country, town))


# --- Italian towns' cadastral codes (the codice fiscale of _blind_values.make_natid) --------------------------------
_CF_TOWNS = {"Udine": "L483", "Lucca": "E715", "Perugia": "G478", "Siena": "I726", "Verona": "L781", "Padova": "G224", "Trieste": "L424"}


# --- Password words ({pw:word|leet|wifi|phrase}, made by _blind_values.make_password) -------------------------------
_PW_WORDS = {
    "en": "Butterscotch|Platypus|Nightingale|Rhubarb|Sunflower|Kingfisher|Crumpet|Starling|Tadpole|Blackberry",
    "de": "Eichhörnchen|Lebkuchen|Pusteblume|Marienkäfer|Apfelstrudel|Regenwurm",
    "fr": "Coquelicot|Papillon|Madeleine|Mistral|Framboise|Hérisson",
    "es": "Mariposa|Girasol|Churros|Golondrina|Aceituna",
    "it": "Farfalla|Girasole|Tiramisu|Pappagallo|Castagna",
    "pl": "Slonecznik|Bocian|Pierogi|Motylek|Kasztan",
    "nl": "Stroopwafel|Tulpen|Egeltje|Windmolen",
    "pt": "Borboleta|Girassol|Pastelaria|Golfinho",
    "tr": "Kelebek|Baklava|Yildiz|Zeytin",
    "ru": "Matryoshka|Rybka|Zvezdochka|Solnyshko",
    "sv": "Smultron|Lingon|Ekorre|Fika",
}
_PHRASE_WORDS = ["harbor", "velvet", "pumpkin", "granite", "meadow", "copper", "biscuit", "tundra", "lagoon", "saffron", "beacon", "willow",
                 "quartz", "parsnip", "comet"]  # {pw:phrase}


# --- Rendering (Context and fill() are _blind_values.py's; this set hands them its tables) ----------------------------
_WORK_DOMAINS = ["blenkinsop-accountants.co.uk", "raiffeisen-brinkmann.de", "menuiserie-lefebvre.fr", "harbourside-pm.com", "haugen-bygg.no",
                 "studio-ferrari.it", "administratie-bakker.nl", "kingfisherdental.ie", "greenleaf-landscaping.ca"]  # {wemail}


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
    ("en-US", "I run a food truck and I'm filing the county vendor permit renewal. Can you check the owner block reads OK?\n\nOwner: {name:f}\nSSN: {ssn}\nHome address: {addr}\nCell: {phone}\nDOB: {dob:num}\nBusiness card on file for the fee: {card}"),
    ("en", "payroll for my bakery this month, can you total the gross column?\n\nemployee | bank | gross\n{name:f} | {iban} | 1,840.00\n{name2:m} | {iban2} | 2,115.50\n{name3} | {iban3} | 960.00"),
    ("en-GB", "Supplier dispute - draft me a firm reply. Their email:\n\n> From: {name2:m} <{email2}>\n> We still show invoice {x:invoice} unpaid. Please settle to our account {iban2} by {date:long}.\n\nWe paid it on {date:long@p} from {org:bank}, reference {last}. My name is {name:f}, {org:firm}."),
    ("en", "my config.yaml for the staging migration keeps failing, is the indent wrong?\n\ndatabase:\n  host: {ip:priv}\n  user: migrator\n  password: {pw:random}\nreplica:\n  host: {ip:priv@r}\n  api_key: {tok:do}"),
    ("en", "Incident report draft, please tighten it:\n\nAt 02:14 on {date:long} our on-call engineer {name:m} noticed repeated logins to the admin panel from {ip:pub}. The attacker used the leaked token {tok:ghp} which {name2:f} had committed to a public gist. Token revoked, keys rotated."),
    ("en-US", "Scholarship application for my daughter, does this read well?\n\nApplicant: {name2:f:kid}\nDate of birth: {dob2:long}\nParent/guardian: {name:m}, {addr}\nParent SSN (for FAFSA match): {ssn}\nSchool: {org:school}\nContact: {email}"),
    ("en-IE", "I'm caring for my dad {name2:m} and need to write to the HSE about his home-care hours. His PPSN is {natid2}, born {dob2:long}, lives at {addr2}. My number is {phone:mob} and I'm {name:f}."),
    ("en", "travelling next week - can you make me a one-page emergency sheet from this?\n\npassport name: {namecaps}\npassport no: {natid}\nbirth: {dob:iso}\nhotel: {org} in {town@h}\nbank card (blocked-line backup): {card:sp}\nmum: {name2:f} {phone2:intl}"),
    ("en-AU", "Tenant here. Landlord {name2:m} hasn't returned my bond. Help me write to the tribunal. I lived at {addr} until {date:long}. His email {email2}, phone {phone2}. My bank for the refund: BSB 062-{n:100:999} acct {n:10000000:99999999}. I'm {name:f}."),
    ("en", "Recruiter here, can you anonymise this CV header before I send it to the client?\n\n{namecaps}\n{addr}\n{phone} | {email}\n{purl:linkedin}\nBorn {dob:long}"),
    ("en", "Interview notes to clean up for my article (keep quotes verbatim):\n\nSpoke with {name:f} at her flat in {town} on {date:long}. She asked that her mobile {phone} not be printed. Her former employer, {org:firm}, declined to comment."),
    ("en-US", "My lawyer asked me to list every account the defendant could have touched. Here's what I have:\n- checking at {org:bank}\n- card {card:amex} (amex)\n- card {card:visa:dash}\n- SSN {ssn}\nI'm {name:m}, claim filed {date:num}."),
    ("en", "Volunteer coordinator - turn this into a nice table for the shelter rota:\n{name:f}, {phone}, Saturdays\n{name2:m}, {phone2}, Sundays\n{name3:f}, {email3}, weekday evenings"),
    ("en", "Ticket #{x:ticket} - user can't log in to VPN.\nUser: {name:m} ({wemail})\nSource IP: {ip:pub}\nAssigned internal IP: {ip:priv}\nTemp password set by helpdesk: {pw:word}\nPlease write a short resolution note for the ticket."),
    ("en", "remote session log, what did the tech actually do?\n\n[10:02] session from {ip:pub} connected to {name:lc}-laptop\n[10:04] tech {name2:m} opened credential manager\n[10:05] copied wifi key {pw:wifi}\n[10:09] session closed"),
    ("en-US", "Accountant here. Need a cover note to my client {name:f} listing what's missing for her 1040: spouse {name2:m} SSN (we have {ssn2}), her SSN {ssn} checked, dependent {name3:kid} DOB {dob3:num}, and the {org:bank} 1099-INT."),
    ("en", "Real-estate listing inquiry I got, is this a scam?\n\n\"Hi I'm {name2:m}, I'm abroad, send deposit to {iban2} and I'll mail the keys to {addr}. Call me {phone2:intl}.\""),
    ("en", "Streamer here. My OBS settings file - is it safe to post for help?\n\n[Output]\nServer=rtmp://live.twitch.tv/app\nStreamKey={tok:twitch_stream}\n[Alerts]\nWebhook=https://hooks.example-alerts.net/{x:uuid}"),
    ("en", "Selling my old laptop on a marketplace. Buyer {name2:m} wants me to \"verify\" with my card number {card} and the code they texted to {phone}. Is that legit? I'm in {town}."),
    ("en-GB", "Please write a covering letter for my mum's blue badge renewal. Applicant {name2:f}, born {dob2:long}, NHS number {natid2:nhs}, address {addr2}. I'm her carer {name:m}, {phone:mob}."),
    ("en-IN", "need to fill scholarship portal. verify details pls:\nname: {name:f}\nfather: {name2:m}\nPAN: {natid:pan}\ndob: {dob:num}\nmobile: {phone}\nbank a/c for DBT: {n:10000000000:99999999999}, IFSC SBIN000{n:1000:9999}\naddress: {addr}"),
    ("en-ZA", "Please summarise this WhatsApp thread for the body corporate meeting:\n\n[{name2:f}]: the gate code changed to {pw:pin}, don't share\n[{name:m}]: thanks, unit 4 is {addr}\n[{name3}]: my number is {phone3} if the alarm goes off"),
    ("en-NG", "Help me write a POS dispute letter to my bank. Card {card:verve} was debited twice at {org:firm} on {date:long}. My BVN-linked phone is {phone}, NIN {natid}. Name: {name:m}."),
    ("en-CA", "Moving provinces. Draft a note to my new clinic transferring records: patient {name:f}, born {dob:long}, health card {natid}, old clinic {org:clinic}, new address {addr}."),
    ("en-NZ", "School camp form for my son. Tidy it up:\nChild: {name2:m:kid}, DOB {dob2:num}\nParent: {name:f}\nAddress: {addr}\nPhone: {phone}\nDoctor: {org:clinic}"),
    ("en", "```python\n# seed.py - test users for local dev\nUSERS = [\n    {{\"name\": \"{name:f}\", \"email\": \"{email}\", \"card\": \"{card:plain}\"}},\n    {{\"name\": \"{name2:m}\", \"email\": \"{email2}\", \"card\": \"{card@2:plain}\"}},\n]\n```\nwhy does this fail the linter?"),
    ("en", "```go\nfunc TestNotify(t *testing.T) {{\n\tc := NewClient(\"{tok:sendgrid}\")\n\terr := c.Send(\"{email}\", \"Hi {first:f}\")\n\tif err != nil {{ t.Fatal(err) }}\n}}\n```\nThe test hangs. Any idea?"),
    ("en", "migration 0042 wrote these rows to prod by mistake, write me the rollback SQL:\n\nINSERT INTO customers (full_name, email, phone, dob) VALUES\n('{name:f}', '{email}', '{phone:e164}', '{dob:iso}'),\n('{name2:m}', '{email2}', '{phone2:e164}', '{dob2:iso}');"),
    ("en", "my kotlin app crashes at startup:\n\nval client = OkHttpClient()\nval req = Request.Builder().url(\"https://api.openai.com/v1/chat\")\n    .header(\"Authorization\", \"Bearer {tok:openai}\").build()\n\nlogcat says 401, the key is from my account ({email})"),
    ("en", "Here is our .env for the shop, why does Stripe reject it?\n\nSTRIPE_SECRET_KEY={tok:stripe}\nSTRIPE_WEBHOOK_SECRET={tok:whsec}\nADMIN_EMAIL={email}\nDATABASE_URL=postgres://{cred:shop}@{ip:priv}:5432/shop"),
    ("en", "Rust question: is it ok to hardcode this for now?\n\nconst SLACK_TOKEN: &str = \"{tok:slack_bot}\";\nconst OWNER: &str = \"{name:m} <{email}>\";"),
    ("en", "Our nginx access log shows this, was it a bot?\n\n{ip:pub} - - [{n:10:28}/Mar/2026:04:11:02 +0000] \"GET /wp-login.php HTTP/1.1\" 404\n{ip:pub@b} - - [{n:10:28}/Mar/2026:04:11:09 +0000] \"POST /xmlrpc.php HTTP/1.1\" 403\n{ip:v6} - - [{n:10:28}/Mar/2026:04:12:40 +0000] \"GET / HTTP/2\" 200"),
    ("en", "Parent here. The school sent this in a CSV for the trip, can you make it into a checklist?\n\nchild,dob,parent,phone\n{name:kid},{dob:num},{name2:f},{phone2}\n{name3:kid},{dob3:num},{name4:m},{phone4}"),
    ("en", "patient portal message to fix the grammar: hi dr {last2:f} this is {name:m}, dob {dob:num}, my insurance id changed to {natid}, pls update. also my new address is {addr}. thx"),
    ("en-US", "carer for my grandmother. medicare wants proof. her name {name2:f}, born {dob2:long}, SSN {ssn2}, lives with me at {addr}. my name {name:m}, phone {phone}. write a short cover letter"),
    ("en", "Draft a polite email to the hostel. Booking under {name:f} for {date:short} to {date:short@b}, card ending {last4} - wait, here's the full card they want: {card}, exp {exp}. Contact {email}."),
    ("en", "Job seeker here, can you check my cover letter signature block?\n\n{name:f}\n{addr}\n{phone} · {email}\n{purl:github}\n{purl:site@2}"),
    ("en", "Please turn this voice memo into an email\n\nok so tell {name2:m} the locksmith that the new code for the side door is {pw:pin} and the alarm password is {pw:word} and he should call me on {phone} when hes done my name is {name:f} thanks"),
    ("en", "EVERYTHING IS IN CAPS BECAUSE IT CAME FROM THE OLD SYSTEM, CAN YOU CONVERT TO NORMAL CASE?\n\nNAME: {name:uc}\nADDRESS: {addr:uc}\nPHONE: {phone}\nDOB: {dob:num}\nCARD ON FILE: {card}"),
    ("en", "OCR'd from a scanned loan application, clean it up please:\n\nApp1icant: {name:ocr}\nAddr ess: {addr}\nD.O.B: {dob:num}\nID N o: {natid:ocr}\nEmp1oyer: {org}"),
    ("en", "yaml for our home-lab ansible inventory, is the vault bit right?\n\nall:\n  hosts:\n    nas:\n      ansible_host: {ip:priv}\n      ansible_user: {first:lc}\n      ansible_password: {pw:leet}\n    pihole:\n      ansible_host: {ip:priv@p}"),
    ("en", "Eh, my gaming clan's Discord bot token got leaked in this screenshot text, what do I do?\n\nBOT_TOKEN={tok:discord_bot}\nOWNER_ID={n:100000000:999999999}\nowner email {email}"),
    ("en", "Here's a PowerShell snippet our IT guy left on the shared drive. Should I worry?\n\n$pass = ConvertTo-SecureString \"{pw:random}\" -AsPlainText -Force\n$cred = New-Object PSCredential(\"{first:lc}.{last:lc}\", $pass)\nEnter-PSSession -ComputerName {ip:priv} -Credential $cred"),
    ("en", "Translate this into plain English for my dad:\n\n\"Dear {name:m}, your {org:bank} card {card:mc} has been temporarily restricted following a payment attempt from {ip:pub} on {date:long}. Please call {phone2} to verify.\""),
    ("en-GB", "Landlord here - draft a section 21 cover note to my tenants {name2:f} and {name3:m} at {addr2}. My address for service: {addr}. Email {email}."),
    ("en", "NGO field volunteer list, please sort by town:\n\n- {name:f} ({town}) {phone}\n- {name2:m} ({town@b}) {phone2}\n- {name3} ({town@c}) {email3}"),
    ("en", "Can you reformat this JSON from our CRM export?\n\n{{\"contact\":{{\"name\":\"{name:f}\",\"email\":\"{email}\",\"phone\":\"{phone:e164}\",\"dob\":\"{dob:iso}\",\"iban\":\"{iban:plain}\"}}}}"),
    ("en", "Researcher here. Before I share the transcript with my supervisor, replace the identifying bits with [X]:\n\nP07: yeah so I'm {first:m}, I live over in {town}, I work at {org}, my sister {first2:f} does too."),
    ("en", "hi, my credit card was charged by a site I never used. card {card:visa}, charge on {date:long}, merchant url in the sms was https://{x:pnr}.shop/{x:oid}. name on card {holder}. what should I say to the bank?"),
    ("en", "I'm the treasurer of our chess club. Reimbursement request:\nPayee: {name:f}\nIBAN: {iban}\nAmount: 45.00\nFor: tournament fees {date:short}"),
    ("en-US", "W-2 correction letter draft: employee {name:m}, SSN {ssn}, address {addr}. We, {org:firm}, reported wrong box 1. Contact {wemail:harbourside-pm.com}."),
    ("en", "Can you check my bash script?\n\n#!/bin/bash\nexport AWS_ACCESS_KEY_ID={tok:aws_id}\nexport AWS_SECRET_ACCESS_KEY={tok:aws_secret}\naws s3 sync ./photos s3://{first:lc}-{last:lc}-backup"),
    ("en", "docker-compose for my media stack, why won't it start?\n\nservices:\n  db:\n    environment:\n      MYSQL_ROOT_PASSWORD: {pw:random}\n  app:\n    environment:\n      ADMIN_USER: {first:lc}\n      ADMIN_PASS: {pw:word}\n      TZ: Europe/London"),
    ("en", "My Terraform plan shows these, is it leaking anything?\n\n~ resource \"aws_db_instance\" \"main\" {{\n    password = \"{pw:random}\"\n    address  = \"{ip:priv}\"\n}}\n~ resource \"cloudflare_record\" \"home\" {{ value = \"{ip:pub}\" }}"),
    ("en", "Help me write a reference for my former nanny {name:f}. She worked for us in {town} from {date:long} to {date:long@e}. She can be reached on {phone}. Sign it {name2:m}, {addr2}."),
    ("en", "i sold a ps5 on a marketplace, buyer sent this:\n\n'hi {first} pls confirm your full card number and the expiry for the refund, mine is {name2:m}, paypal {purl2:paypal}'\n\nmy card is {card} should i send it??"),
    ("en", "Can you format this as a vCard?\n\n{name:f}\n{org:clinic}\n{wemail}\n{phone:intl}\n{addr}\nbirthday {dob:long}"),
    ("en", "Fix this SQL, it errors on the date:\n\nUPDATE members SET dob = '{dob:iso}', phone = '{phone}', card_token = NULL WHERE email = '{email}' AND full_name = '{name}';"),
    ("en", "Summarise this support chat for the handover:\n\nAgent: can you confirm your name and postcode?\nCustomer: {name:m}, {addr}\nAgent: and the last card used?\nCustomer: {card}\nAgent: thank you, resetting your password to {pw:word}"),
    ("en", "I coach a junior football team. Draft a message to parents with this: kit money to {iban} (account name {name:f}), questions to {phone}, match on {date:long} at {org:club}."),
    ("en", "Server migration checklist, anything missing?\n\nold host {ip:pub} -> new host {ip:pub@n}\nipv6 {ip:v6}\nssh user {first:lc}, key passphrase {pw:phrase}\nDNS at registrar, login {email}"),
    ("en", "here's the stack trace from our payments service, why is it failing?\n\nTraceback (most recent call last):\n  File \"charge.py\", line 41, in charge\n    stripe.Charge.create(source=\"{card:plain}\", receipt_email=\"{email}\")\nstripe.error.AuthenticationError: Invalid API Key provided: {tok:stripe}"),
    ("en", "My brother {name2:m} passed away and I'm sorting his accounts. His IBAN {iban2}, card {card}, his phone {phone2}. I'm {name:f}, executor. Draft a letter to the bank."),
    ("en", "Can you write a short bio for the conference site? {name:f} is a data engineer at {org:firm} in {town}. Find her at {purl:mastodon} or {email}."),
    ("en", "Lawyer asked for a timeline, please make it neat:\n{date:long} - signed lease with {name2:m}\n{date:long@b} - first missed repair\n{date:long@c} - I emailed {email2}\nMy details: {name:f}, {addr}"),
    ("en", "Please help me word a complaint. The courier left my parcel with {name2:f} at {addr2} instead of me at {addr}. My number {phone} was on the label."),
    ("en-US", "Recruiter: I need the I-9 note written up. New hire {name:m}, US passport {natid}, SSN {ssn}, start {date:num}, address {addr}."),
    ("en", "I'm a student, help me write an email to the bursar. Student {name:f}, ID {n:1000000:9999999}, my refund should go to {iban}, phone {phone}."),
    ("en", "Our crowdfunding refunds spreadsheet (TSV), please total by country:\n\nname\temail\tcard\n{name:f}\t{email}\t{card:dash}\n{name2:m}\t{email2}\t{card@2:dash}"),
    ("en", "Java config, my Spring app won't connect:\n\nspring.datasource.url=jdbc:mysql://{ip:priv}:3306/crm\nspring.datasource.username=crm_app\nspring.datasource.password={pw:random}\nspring.mail.username={email}"),
    ("en", "Tidy up my GP appointment notes: saw Dr {last2:m} at {org:clinic} on {date:long}. New prescription. My NHS no. {natid:nhs}, DOB {dob:long}. Pharmacy will text {phone}."),
    ("en-GB", "Write a council tax reduction appeal. Applicant {name:f}, {addr}, NI number {natid}, born {dob:long}, lives alone since {date:long}."),
    ("en", "Marketplace seller: a buyer's message confuses me, can you explain?\n\n\"send to my IBAN {iban2} then I'll collect, I'm {name2:m}, pick up in {town}\""),
    ("en", "Zoom-style meeting transcript, remove the filler words:\n\num so {first:f} uh you said the client's phone is {phone2} and um their email {email2} right and uh they're based in {town}"),
    ("en", "helpdesk macro draft: 'Hi {first:m}, your password has been reset to {pw:word}. Please change it on first login at the portal. If you didn't request this, call {phone2}.' make it friendlier"),
    ("en", "Why does my curl fail?\n\ncurl -u {cred:name} https://{ip:pub}/api/v2/status -H 'X-Api-Key: {tok:datadog_api}'"),
    ("en", "I got this letter from my insurer, explain the jargon: \"Policyholder {name:f}, DOB {dob:num}, ID {natid}, claim lodged {date:num}, payment to {iban}.\""),
    ("en", "We're a small NGO and donors paid by card. Is it OK to keep this spreadsheet?\n\ndonor,card,amount\n{name:f},{card},50\n{name2:m},{card@b},20"),
    ("en", "Help me answer the airline: name on booking {namecaps}, passport {natid}, DOB {dob:num}, they charged card {card:amex:sp} twice for the bag."),
    ("en", "Can you format these as a markdown table?\n{name:f} - {email} - {phone}\n{name2:m} - {email2} - {phone2}\n{name3:f} - {email3} - {phone3}"),
    ("en", "My router admin page shows these connected devices, which one is the unknown?\n\n{first:lc}-iphone  {ip:priv}\n{first2:lc}-ipad  {ip:priv@b}\nunknown  {ip:priv@c}\nWAN IP: {ip:pub}"),
    ("en", "PHP question:\n\n$conn = new mysqli('{ip:priv}', 'wp', '{pw:random}', 'shop');\n$mail->Username = '{email}';\n$mail->Password = '{pw:word}';\n\nis mysqli deprecated?"),
    ("en", "My WordPress site got hacked. In wp-config.php I found: define('AUTH_KEY', '{tok:django}'); and a new admin '{first:lc}' with email {email}. Who added it? Log shows {ip:pub}."),
    ("en", "Research ethics: please rewrite my consent log so the PI can read it.\nP01 {name:f} consented {date:long}, phone {phone}\nP02 {name2:m} consented {date:long@b}, email {email2}"),
    ("en", "Can you make a thank-you message for my neighbour {name:f} who fed our cat? Her PayPal is {purl:paypal}, I'll send her a tip."),
    ("en", "I'm a landlord, here's the tenant application, anything red-flag?\n\nApplicant: {name:m}\nCurrent address: {addr}\nDOB: {dob:num}\nEmployer: {org}\nReference: {name2:f}, {phone2}"),
    ("en", "Check my YAML for GitHub Actions please:\n\nenv:\n  NPM_TOKEN: {tok:npm}\n  DOCKERHUB_TOKEN: {tok:docker}\n  NOTIFY: {email}"),
    ("en", "My Minecraft server's server.properties, why can't friends join?\n\nserver-ip={ip:pub}\nrcon.password={pw:word}\nmotd={first}'s server"),
    ("en", "Translate to Spanish for my cleaner: \"{first2:f}, the key is with {name3:m} next door at {addr3}. The alarm code is {pw:pin}. Call me on {phone} if anything.\""),
    ("en", "Please proofread the reference letter: \"I have known {name:f} since {date:long}, when she joined {org} in {town}...\" signed {name2:m}, {wemail2}"),
    ("en", "uploading our HR export to the new payroll tool, check the header mapping:\n\nEmpName;TaxID;DOB;IBAN\n{name:f};{natid};{dob:iso};{iban:plain}\n{name2:m};{natid2};{dob2:iso};{iban2:plain}"),
    ("en", "Incident postmortem: the leaked key was {tok:anthropic}, pushed by {name:m} in commit {x:short_sha}. Attacker IPs: {ip:pub}, {ip:pub@b}. Write the summary paragraph."),
    ("en", "I'm a journalist. A source sent me this, I need to verify without exposing them: name {name:f}, works at {org}, phone {phone}, lives in {town}. How do I store it safely?"),
    ("en", "Translate this text from my son's school into simple English: \"Pupil {name2:kid}, DOB {dob2:long}, collected by {name:f} ({phone}) on {date:long}.\""),
    ("en", "can u help me fill a rental form, they want: full name {name:m}, previous address {addr}, bank {iban}, card for the holding deposit {card}, employer {org}"),
    ("en", "Here's the output of `last` on our server, who is {first:lc}?\n\n{first:lc}  pts/0  {ip:pub}  Mon Mar  3 09:12\nroot  pts/1  {ip:priv}  Mon Mar  3 09:40"),
    ("en", "Excel formula help: column A has names like {name:f}, B emails like {email}, C phone like {phone}. I want =A2&\" <\"&B2&\">\""),
    ("en", "I'm organising a charity run. Sponsor form:\nRunner: {name:f}\nSponsor: {name2:m}, {email2}\nPledge by card {card}\nStart line: {town} on {date:long}"),
    ("en", "LinkedIn recruiter message, is this phishing?\n\n\"Hi {first}, I'm {name2:m} from {org}. Please send your SSN {ssn} wait no, send your passport scan to {email2}. Interview {date:long}.\""),
    ("en", "Marketplace listing draft: selling baby cot, pick up at {addr}, call {phone}, ask for {first:f}."),
    ("en", "Hey, in our Flask app I set app.config['SECRET_KEY'] = '{tok:hex64}' and MAIL_PASSWORD = '{pw:word}' for {email}. Is that OK for production?"),
    ("en", "Please build me a packing list. Flight on {date:long}, booked by {name:f}, card {card}. Staying with {name2:m} at {addr2}."),
    ("en", "Can you fix the CSV quoting?\n\n\"{name:f}\",\"{addr}\",\"{phone}\",\"{email}\""),
    ("en", "Write a LinkedIn post congratulating {name:f} on her promotion at {org}. Tag {purl:linkedin}."),
    ("en", "My kid's tutor invoice, is the IBAN format right?\n\nTutor: {name:f}\nIBAN: {iban:grp}\nLessons: {date:short}, {date:short@b}"),
    ("en", "Can you explain this SSH log line?\n\nsshd[{n:1000:9999}]: Accepted publickey for {first:lc} from {ip:pub} port {n:40000:60000} ssh2\nsshd[{n:1000:9999}]: Failed password for invalid user admin from {ip:pub@b}"),
    ("en", "Carer rota for Nan - put it in a weekly grid:\nMon {name:f} {phone}\nWed {name2:m} {phone2}\nFri {name3:f} {phone3}\nGP: {org:clinic}"),
    ("en", "Pls draft a short email to {name2:m} at {email2}: the deposit for the cabin in {town} went to {iban} on {date:long}, I'm {name:f}."),
    ("en", "Python unittest, is the fixture ok?\n\nclass T(unittest.TestCase):\n    user = dict(name='{name:f}', ssn='{ssn}', card='{card:plain}', ip='{ip:pub}')\n"),
    ("en", "all lower case because my shift key broke: my name is {name:lc} and i live at {addr:lc}, my email is {email}, can you write a note to my landlord that the boiler is broken"),
    ("en", "Streamer sponsor contract - fill in my details:\nCreator: {name:m}\nChannel: {purl:ig}\nPayout IBAN: {iban}\nTax ID: {natid}\nEmail: {email}"),
    ("en", "translate for my german neighbour: \"{first2:f}, I'm away from {date:short} to {date:short@e}. Spare key with {name3:m}. Wifi password is {pw:wifi}.\""),
    ("en", "Please check this XML for our bank upload:\n\n<Cdtr><Nm>{name:f}</Nm></Cdtr>\n<CdtrAcct><Id><IBAN>{iban:plain}</IBAN></Id></CdtrAcct>\n<RmtInf><Ustrd>Invoice {x:invoice}</Ustrd></RmtInf>"),
    ("en", "Can you help me phrase this? My ex {name2:m} keeps logging into my email {email} - I changed my password to {pw:phrase} but the login alerts show {ip:pub}."),
    ("en-XX", "I'm an expat, write an English summary of this letter from the tax office: taxpayer {name:f}, born {dob:long}, ID {natid}, address {addr}, refund to {iban}."),
    ("en-XX", "Help me fill the English form for my visa: name {namecaps}, passport no. {natid}, phone {phone:intl}, address abroad {addr}."),
    ("en-XX", "Can you translate this SMS from my landlord {name2:m}? Also his phone is {phone2} and the rent goes to {iban2}. I'm {name:f}."),
    ("en-XX", "Moving to {town}. Relocation company wants: name {name:m}, DOB {dob:iso}, national ID {natid}, email {email}. Write me a reply."),
    ("en-XX", "Translate my friend's message: \"{first2:f} here, my new number is {phone2}, address {addr2}, come by after {date:short}\""),
    ("en-XX", "Our school exchange: hosting student {name:f}, born {dob:long}, ID {natid}. Write a welcome email to {email}."),
    ("en", "is this github actions log leaking secrets?\n\nRun curl -H \"Authorization: token {tok:ghpat}\" https://api.github.com/user\n{{\"login\": \"{first:lc}-dev\", \"email\": \"{email}\"}}"),
    ("en", "Kubernetes secret (decoded) - did I encode it right?\n\napiVersion: v1\nkind: Secret\nstringData:\n  DB_PASSWORD: {pw:random}\n  SMTP_USER: {wemail}\n  SMTP_PASS: {pw:word}"),
    ("en", "Please turn this into a formal complaint. On {date:long} someone used my card {card} at {org:firm}. I'm {name:f}, account holder at {org:bank}, phone {phone}."),
    ("en", "Help me rewrite this Slack message for my team: \"new VPN creds for {first2:m}: user {first2:lc}, pw {pw:word}, gateway {ip:pub}\""),
    ("en-US", "Can you put this in a letter to the DMV? I'm {name:m}, DOB {dob:num}, SSN {ssn}, address changed to {addr} on {date:num}."),
]

# PII templates in the other 31 languages.
_PII_XX: list[tuple[str, str]] = [
    ("de", "Kannst du die Lohnabrechnung für meine Aushilfe prüfen?\n\nName: {name:f}\nSteuer-ID: {natid}\nGeburtsdatum: {dob:long}\nIBAN: {iban}\nAnschrift: {addr}"),
    ("de", "Bitte formuliere eine Mahnung an unseren Lieferanten {org}: Wir haben am {date:long} auf {iban2} überwiesen, Ansprechpartner {name2:m} ({email2}) reagiert nicht. Gruß, {name:f}"),
    ("de", "Unsere Migration schlägt fehl, was stimmt an der .env nicht?\n\nDB_HOST={ip:priv}\nDB_USER=shop\nDB_PASS={pw:random}\nMAIL_FROM={email}\nSENTRY_TOKEN={tok:hex64}"),
    ("de", "Schreib mir eine kurze Nachricht an die Schule: Mein Sohn {name2:m:kid} (geb. {dob2:long}) ist krank. Erreichbar unter {phone}. {name:f}, {addr}"),
    ("de", "Pflegegrad-Antrag für meine Mutter {name2:f}, geboren {dob2:long}, Versichertennummer {natid2}, wohnhaft {addr2}. Ich bin ihre Betreuerin {name:f}, Tel. {phone}. Bitte Begleitschreiben."),
    ("de", "Ticket vom Helpdesk zusammenfassen:\nBenutzer {name:m} ({wemail}) gesperrt nach Login von {ip:pub}. Neues Initialpasswort: {pw:word}. Rückruf an {phone}."),
    ("fr", "Peux-tu vérifier ma fiche de paie ? Salariée : {name:f}, n° de sécurité sociale {natid}, née le {dob:long}, IBAN {iban}, domicile {addr}."),
    ("fr", "Aide-moi à répondre à ce fournisseur : « Bonjour, je suis {name2:m} de {org}, merci de régler sur {iban2} avant le {date:long}. » Je m'appelle {name:f}, tél. {phone}."),
    ("fr", "Mon fichier de config plante :\n\n[smtp]\nuser = {email}\npassword = {pw:word}\n[api]\nkey = {tok:mistral}\nserveur = {ip:pub}"),
    ("fr", "Rédige un mot pour la bourse de ma fille {name2:f:kid}, née le {dob2:long}. Parent : {name:m}, {addr}, {phone}. Établissement : {org}."),
    ("fr", "Transcription d'un message vocal sans ponctuation merci de la remettre en forme\n\nbonjour c'est {name:f} je vous appelle pour le logement au {addr} mon numéro c'est le {phone} et mon mail {email}"),
    ("es", "¿Puedes revisar esta nómina? Empleado: {name:m}, DNI {natid}, fecha de nacimiento {dob:long}, IBAN {iban}, domicilio {addr}."),
    ("es", "Redacta una reclamación al casero {name2:m}: no devolvió la fianza del piso en {addr}. Pagué a {iban2} el {date:long}. Soy {name:f}, tel. {phone}."),
    ("es", "Mi script de Node falla:\n\nconst client = new Client({{ apiKey: '{tok:groq}', user: '{email}' }});\nclient.connect('{ip:pub}');"),
    ("es", "Ayúdame con el correo al colegio: mi hija {name2:f:kid} ({dob2:num}) irá a la excursión. Contacto: {name:m}, {phone}, {email}."),
    ("es", "Resume este chat de soporte:\nCliente: soy {name:f}, mi tarjeta {card} fue cobrada dos veces en {org}\nAgente: ¿me confirma su DNI?\nCliente: {natid}"),
    ("it", "Puoi controllare il cedolino? Dipendente {name:f}, codice fiscale {natid}, nata il {dob:long}, IBAN {iban}, residenza {addr}."),
    ("it", "Scrivi una mail al fornitore {org}: abbiamo pagato il {date:long} sull'IBAN {iban2}, referente {name2:m} ({email2}). Firmato {name:f}, cell. {phone}."),
    ("it", "Trascrizione vocale senza punteggiatura sistemala tu\n\nciao sono {name:m} ti lascio il mio numero {phone} e la mail {email} per la borsa di studio di mia figlia {name2:f:kid} nata il {dob2:long}"),
    ("it", "Config del nostro gestionale, va bene così?\n\n<db host=\"{ip:priv}\" user=\"gestionale\" password=\"{pw:random}\"/>\n<smtp user=\"{wemail}\" token=\"{tok:brevo}\"/>"),
    ("nl", "Kun je deze loonstrook controleren? Werknemer {name:m}, BSN {natid}, geboren {dob:long}, IBAN {iban}, adres {addr}."),
    ("nl", "Help me met een bericht aan de verhuurder {name2:f}: de borg voor {addr} is nog niet terug op {iban}. Groet, {name:m}, {phone}"),
    ("nl", "Ons incidentrapport: token {tok:glpat} van {name:f} stond in een publieke repo, misbruikt vanaf {ip:pub} op {date:long}. Maak er een nette samenvatting van."),
    ("nl", "Mantelzorg: schrijf een brief aan de gemeente voor mijn vader {name2:m}, geboren {dob2:long}, BSN {natid2}, {addr2}. Ik ben {name:f}, {email}."),
    ("pt", "Podes rever este recibo de vencimento? Trabalhador {name:f}, NIF {natid}, nascida em {dob:long}, IBAN {iban}, morada {addr}."),
    ("pt", "Escreve uma reclamação ao senhorio {name2:m}: caução de {addr} por devolver. Conta {iban}. Sou {name:f}, telemóvel {phone}."),
    ("pt", "O meu ficheiro settings.py:\n\nEMAIL_HOST_USER = '{email}'\nEMAIL_HOST_PASSWORD = '{pw:word}'\nALLOWED_HOSTS = ['{ip:pub}']\nestá seguro?"),
    ("pt-BR", "Confere esse holerite? Funcionária {name:f}, CPF {natid}, nascida em {dob:long}, endereço {addr}, conta {iban}."),
    ("pt-BR", "Me ajuda a responder esse comprador do marketplace: \"oi {first}, sou {name2:m}, me passa o número do cartão {card} pra reembolso\". Meu telefone {phone}."),
    ("pt-BR", "Transcrição de áudio sem pontuação arruma pra mim\n\noi aqui é a {name:f} meu pix é o email {email} e meu cpf {natid} o endereço é {addr}"),
    ("pt-BR", "Nosso config do bot:\n\nTELEGRAM_TOKEN={tok:telegram}\nADMIN={email}\nSERVER={ip:pub}"),
    ("pl", "Sprawdzisz listę płac? Pracownik {name:m}, PESEL {natid}, ur. {dob:long}, konto {iban}, adres {addr}."),
    ("pl", "Napisz pismo do dostawcy {org}: zapłaciliśmy {date:long} na rachunek {iban2}, kontakt {name2:f} ({email2}). Podpis: {name:m}, tel. {phone}."),
    ("pl", "Zgłoszenie do IT: użytkownik {name:f} ({wemail}) nie może się zalogować z {ip:pub}. Hasło tymczasowe {pw:word}. Popraw opis."),
    ("pl", "Wniosek o stypendium dla córki {name2:f:kid}, ur. {dob2:long}, PESEL {natid2}. Rodzic: {name:m}, {addr}, {phone}."),
    ("sv", "Kan du kolla lönespecen? Anställd {name:f}, personnummer {natid}, adress {addr}, konto {iban}."),
    ("sv", "Skriv ett mejl till hyresvärden {name2:m} om depositionen för {addr}. Jag heter {name:f}, tel {phone}."),
    ("sv", "Vår config.toml:\n\n[db]\nhost = \"{ip:priv}\"\npassword = \"{pw:random}\"\n[notify]\nemail = \"{email}\"\ntoken = \"{tok:slack_bot}\""),
    ("sv", "Anhörigvårdare: brev till kommunen om min mamma {name2:f}, född {dob2:long}, personnummer {natid2}, {addr2}."),
    ("no", "Kan du sjekke lønnsslippen? Ansatt {name:m}, fødselsnummer {natid}, adresse {addr}, konto {iban}."),
    ("no", "Skriv en klage til utleier {name2:f} om depositumet for {addr}. Jeg er {name:m}, {phone}, {email}."),
    ("no", "Referat fra supportsamtale: bruker {name:f}, ny PIN til boksen {pw:pin}, IP {ip:pub}. Gjør det penere."),
    ("no", "Stipendsøknad for sønnen min {name2:m:kid}, født {dob2:long}. Forelder {name:f}, {addr}, {phone}."),
    ("da", "Kan du tjekke lønsedlen? Medarbejder {name:f}, CPR {natid}, adresse {addr}, konto {iban}."),
    ("da", "Skriv til udlejer {name2:m}: depositum for {addr} er ikke betalt tilbage. Jeg er {name:f}, {phone}."),
    ("da", "Vores .env:\n\nDB_PASSWORD={pw:random}\nMAILGUN_USER={email}\nAPI_TOKEN={tok:hf}\nHOST={ip:pub}"),
    ("da", "Transskription uden tegnsætning ret den til\n\nhej det er {name:m} mit nummer er {phone} og jeg bor på {addr} ring når pakken er kommet"),
    ("fi", "Voitko tarkistaa palkkalaskelman? Työntekijä {name:f}, henkilötunnus {natid}, osoite {addr}, tili {iban}."),
    ("fi", "Kirjoita vuokranantajalle {name2:m}: vuokravakuus asunnosta {addr} palauttamatta. Olen {name:f}, {phone}."),
    ("fi", "Meidän config.yaml:\n\nsmtp:\n  user: {email}\n  pass: {pw:word}\nserver: {ip:pub}\ntoken: {tok:ghp}"),
    ("fi", "Apurahahakemus tyttärelleni {name2:f:kid}, syntynyt {dob2:long}. Huoltaja {name:m}, {addr}, {email}."),
    ("cs", "Zkontroluješ výplatní pásku? Zaměstnanec {name:m}, rodné číslo {natid}, adresa {addr}, účet {iban}."),
    ("cs", "Napiš dodavateli {org}: zaplatili jsme {date:long} na {iban2}, kontakt {name2:f} ({email2}). {name:m}, tel. {phone}."),
    ("cs", "Přepis hlasové zprávy bez interpunkce uprav ho\n\ndobrý den tady {name:f} volám kvůli bytu na adrese {addr} moje číslo je {phone}"),
    ("cs", "Náš docker-compose:\n\nenvironment:\n  POSTGRES_PASSWORD: {pw:random}\n  ADMIN_EMAIL: {email}\n  API_KEY: {tok:openrouter}"),
    ("sk", "Skontroluješ výplatnú pásku? Zamestnankyňa {name:f}, rodné číslo {natid}, adresa {addr}, účet {iban}."),
    ("sk", "Napíš prenajímateľovi {name2:m}: záloha za byt {addr} nebola vrátená. Som {name:f}, {phone}."),
    ("sk", "Žiadosť o štipendium pre syna {name2:m:kid}, nar. {dob2:long}. Rodič {name:f}, {email}, {phone}."),
    ("sk", "Tiket z helpdesku: používateľ {name:m} ({wemail}), reset hesla na {pw:word}, prihlásenie z {ip:pub}."),
    ("hu", "Átnéznéd a bérjegyzéket? Munkavállaló {name:f}, adóazonosító {natid}, cím {addr}, számla {iban}."),
    ("hu", "Írj a főbérlőnek, {name2:m}: a kauciót ({addr}) nem utalta vissza a {iban} számlára. {name:f}, {phone}"),
    ("hu", "A konfigom:\n\n[mail]\nuser={email}\npass={pw:word}\n[api]\nkey={tok:pplx}\nhost={ip:pub}"),
    ("hu", "Ösztöndíj-kérelem a lányomnak, {name2:f:kid}, született {dob2:long}. Szülő: {name:m}, {addr}."),
    ("ro", "Poți verifica fluturașul de salariu? Angajat {name:m}, CNP {natid}, adresa {addr}, cont {iban}."),
    ("ro", "Scrie-i proprietarului {name2:f}: garanția pentru {addr} nu a fost returnată. Sunt {name:m}, {phone}."),
    ("ro", "Transcriere fără punctuație te rog aranjeaz-o\n\nbună ziua sunt {name:f} numărul meu e {phone} și emailul {email} sun pentru bursa fiului meu"),
    ("ro", "Tichet IT: utilizatorul {name:m} ({wemail}) blocat, IP {ip:pub}, parolă temporară {pw:word}."),
    ("tr", "Bordroyu kontrol eder misin? Çalışan {name:f}, TC kimlik no {natid}, adres {addr}, IBAN {iban}."),
    ("tr", "Ev sahibine yaz, {name2:m}: {addr} dairesinin depozitosu iade edilmedi. Ben {name:f}, {phone}."),
    ("tr", "Pazaryeri alıcısı şunu yazdı: \"kart numaranı {card} ve son kullanma tarihini gönder\". Ben {name:m}, güvenli mi?"),
    ("tr", "Config dosyamız:\n\nDB_HOST={ip:priv}\nDB_PASS={pw:random}\nMAIL={email}\nTOKEN={tok:xai}"),
    ("hr", "Možeš provjeriti platnu listu? Zaposlenik {name:m}, OIB {natid}, adresa {addr}, IBAN {iban}."),
    ("hr", "Napiši najmodavcu {name2:f}: polog za stan {addr} nije vraćen. Ja sam {name:m}, {phone}."),
    ("hr", "Prijava za stipendiju za kćer {name2:f:kid}, rođena {dob2:long}. Roditelj {name:m}, {email}."),
    ("hr", "Naš settings.json:\n\n{{\"smtp_user\": \"{email}\", \"smtp_pass\": \"{pw:word}\", \"api\": \"{tok:fireworks}\"}}"),
    ("lt", "Ar gali patikrinti algalapį? Darbuotoja {name:f}, asmens kodas {natid}, adresas {addr}, sąskaita {iban}."),
    ("lt", "Parašyk nuomotojui {name2:m}: užstatas už {addr} negrąžintas. Aš {name:f}, {phone}."),
    ("lt", "Pagalbos bilietas: vartotojas {name:m} ({wemail}), laikinas slaptažodis {pw:word}, IP {ip:pub}."),
    ("lt", "Stipendijos prašymas sūnui {name2:m:kid}, gimęs {dob2:long}. Tėvai: {name:f}, {email}."),
    ("el", "Μπορείς να ελέγξεις τη μισθοδοσία; Υπάλληλος {name:f}, ΑΜΚΑ {natid}, διεύθυνση {addr}, IBAN {iban}."),
    ("el", "Γράψε στον ιδιοκτήτη {name2:m}: η εγγύηση για το {addr} δεν επιστράφηκε. Είμαι ο {name:m}, {phone}."),
    ("el", "Αίτηση υποτροφίας για την κόρη μου {name3:f:kid}, γεννημένη {dob3:long}. Γονέας {name:m}, {email}."),
    ("el", "Το αρχείο ρυθμίσεων:\n\nSMTP_USER={email}\nSMTP_PASS={pw:word}\nSERVER={ip:pub}"),
    ("ru", "Проверь расчётный листок: сотрудник {name:f}, СНИЛС {natid}, адрес {addr}, телефон {phone}."),
    ("ru", "Напиши арендодателю {name2:m}: залог за квартиру {addr} не вернули. Я {name:f}, {email}."),
    ("ru", "Расшифровка голосового без знаков препинания поправь\n\nздравствуйте это {name:m} мой номер {phone} карта для возврата {card} спасибо"),
    ("ru", "Наш конфиг:\n\n[telegram]\ntoken = {tok:telegram}\nadmin = {email}\n[db]\nhost = {ip:priv}\npassword = {pw:random}"),
    ("uk", "Перевір розрахунковий лист: працівниця {name:f}, РНОКПП {natid}, адреса {addr}, IBAN {iban}."),
    ("uk", "Напиши орендодавцю {name2:m}: заставу за {addr} не повернули. Я {name:f}, {phone}."),
    ("uk", "Заявка на стипендію для сина {name2:m:kid}, народився {dob2:long}. Батьки: {name:f}, {email}."),
    ("uk", "Тікет підтримки: користувач {name:m} ({wemail}), тимчасовий пароль {pw:word}, IP {ip:pub}. Виправ текст."),
    ("bg", "Провери фиша за заплата: служител {name:m}, ЕГН {natid}, адрес {addr}, IBAN {iban}."),
    ("bg", "Напиши на хазяина {name2:f}: депозитът за {addr} не е върнат. Аз съм {name:m}, {phone}."),
    ("bg", "Конфигурацията ни:\n\nDB_PASSWORD={pw:random}\nMAIL={email}\nHOST={ip:pub}\nTOKEN={tok:glpat}"),
    ("bg", "Молба за стипендия за дъщеря ми {name2:f:kid}, родена {dob2:long}. Родител {name:m}, {email}."),
    ("ja", "給与明細を確認してもらえますか？従業員：{name:f}、マイナンバー {natid}、住所 {addr}、電話 {phone}"),
    ("ja", "大家の{name2:m}さんに敷金返還の催促メールを書いてください。物件：{addr}。私は{name:f}です。連絡先 {email}"),
    ("ja", "設定ファイルが動きません\n\nSMTP_USER={email}\nSMTP_PASS={pw:word}\nAPI_KEY={tok:anthropic}\nHOST={ip:pub}"),
    ("ja", "奨学金の申請書です。申請者：{name2:kid}、生年月日 {dob2:long}、保護者 {name:m}、{phone}"),
    ("zh", "帮我核对工资单：员工 {name:f}，身份证号 {natid}，地址 {addr}，电话 {phone}"),
    ("zh", "帮我给房东{name2:m}写信，押金还没退，房子在{addr}。我是{name:f}，邮箱 {email}"),
    ("zh", "我们的配置文件：\n\nDB_HOST={ip:priv}\nDB_PASSWORD={pw:random}\nWECHAT_SECRET={tok:hex64}\nADMIN={email}"),
    ("zh", "奖学金申请：学生 {name2:kid}，出生日期 {dob2:long}，家长 {name:m}，电话 {phone}，银行卡 {card}"),
    ("ko", "급여 명세서 확인해 줄래요? 직원 {name:f}, 주민등록번호 {natid}, 주소 {addr}, 전화 {phone}"),
    ("ko", "집주인 {name2:m} 씨에게 보증금 반환 요청 메일 써 줘. 주소 {addr}, 나는 {name:f}, {email}"),
    ("ko", "헬프데스크 티켓 정리: 사용자 {name:m} ({wemail}), 임시 비밀번호 {pw:word}, 접속 IP {ip:pub}"),
    ("ko", "장학금 신청서: 학생 {name2:kid}, 생년월일 {dob2:long}, 보호자 {name:f}, 연락처 {phone}"),
    ("he", "תבדוק לי את תלוש השכר: עובדת {name:f}, ת.ז. {natid}, כתובת {addr}, טלפון {phone}"),
    ("he", "תכתוב לבעל הדירה {name2:m}: הפיקדון על {addr} לא הוחזר לחשבון {iban}. אני {name:f}."),
    ("he", "קובץ ההגדרות שלנו:\n\nDB_PASS={pw:random}\nADMIN_MAIL={email}\nSERVER={ip:pub}"),
    ("he", "בקשת מלגה לבת שלי {name2:f:kid}, ילידת {dob2:long}. הורה: {name:m}, {phone}"),
    ("ar", "راجع كشف الراتب: الموظف {name:m}، رقم الهوية {natid}، العنوان {addr}، الآيبان {iban}"),
    ("ar", "اكتب رسالة للمالك {name2:m}: لم يُرجع التأمين عن {addr}. أنا {name:f}، هاتفي {phone}"),
    ("ar", "ملف الإعدادات:\n\nSMTP_USER={email}\nSMTP_PASS={pw:word}\nHOST={ip:pub}"),
    ("ar", "طلب منحة دراسية لابني {name2:m:kid}، تاريخ الميلاد {dob2:long}. ولي الأمر {name:f}، {email}"),
    ("hi", "मेरी सैलरी स्लिप जांच दो: कर्मचारी {name:f}, आधार {natid}, पता {addr}, फ़ोन {phone}"),
    ("hi", "मकान मालिक {name2:m} को चिट्ठी लिखो कि {addr} का सिक्योरिटी डिपॉज़िट वापस नहीं मिला। मैं {name:f}, {email}"),
    ("hi", "छात्रवृत्ति आवेदन: छात्र {name2:m:kid}, जन्मतिथि {dob2:long}, अभिभावक {name:f}, फ़ोन {phone}"),
    ("hi", "हमारी कॉन्फ़िग फ़ाइल:\n\nDB_PASS={pw:random}\nMAIL={email}\nSERVER={ip:pub}"),
    ("th", "ช่วยตรวจสลิปเงินเดือน: พนักงาน {name:f} เลขบัตรประชาชน {natid} ที่อยู่ {addr} โทร {phone}"),
    ("th", "เขียนถึงเจ้าของห้อง {name2:m} ว่ายังไม่คืนเงินประกันห้อง {addr} ฉันชื่อ {name:f} อีเมล {email}"),
    ("th", "ไฟล์ตั้งค่า:\n\nLINE_TOKEN={tok:line}\nADMIN={email}\nHOST={ip:pub}"),
    ("th", "ใบสมัครทุนการศึกษา: นักเรียน {name2:kid} เกิด {dob2:long} ผู้ปกครอง {name:m} โทร {phone}"),
    ("vi", "Kiểm tra giúp phiếu lương: nhân viên {name:f}, CCCD {natid}, địa chỉ {addr}, điện thoại {phone}"),
    ("vi", "Viết thư cho chủ nhà {name2:m}: tiền cọc căn {addr} chưa trả lại. Tôi là {name:f}, {email}"),
    ("vi", "File cấu hình:\n\nDB_PASS={pw:random}\nMAIL={email}\nSERVER={ip:pub}\nTOKEN={tok:openai}"),
    ("vi", "Đơn xin học bổng: học sinh {name2:kid}, sinh ngày {dob2:long}, phụ huynh {name:m}, {phone}"),
    ("id", "Tolong cek slip gaji: karyawan {name:f}, NIK {natid}, alamat {addr}, telepon {phone}"),
    ("id", "Tulis surat ke pemilik kos {name2:m}: deposit kamar di {addr} belum kembali. Saya {name:f}, {email}"),
    ("id", "Tiket helpdesk: pengguna {name:m} ({wemail}), kata sandi sementara {pw:word}, IP {ip:pub}"),
    ("id", "Transkrip tanpa tanda baca tolong rapikan\n\nhalo saya {name:f} nomor saya {phone} kartu kredit saya {card} dipotong dua kali di {org}"),
]

# More PII templates: links, towns, cards and SSNs in further situations.
_PII_MORE: list[tuple[str, str]] = [
    ("en-US", "Small-business payroll in plain CSV form, can you spot the typo?\n\nemployee,ssn,state,hourly\n{name:f},{ssn},{town},18.50\n{name2:m},{ssn2},{town@b},21.00\n{name3:f},{ssn3},{town@c},16.75"),
    ("en-US", "Landlord screening: applicant {name:m}, SSN {ssn}, current address {addr}, wants to move in {date:long}. Write the consent-to-screen paragraph."),
    ("en-US", "I'm a nurse helping my patient with a disability form. Name {name2:f}, DOB {dob2:num}, SSN {ssn2}, caregiver {name:m} {phone}. Draft the caregiver statement."),
    ("en-US", "JavaScript test data, should I fake this better?\n\nconst applicant = {{ name: '{name:f}', ssn: '{ssn}', card: '{card:plain}', profile: '{purl:linkedin}' }};"),
    ("en-US", "Student loan servicer wants a letter. Borrower {name:m}, SSN {ssn}, school {org:school}, graduated {date:long}. Please draft."),
    ("en-US", "ALL CAPS FROM OUR OLD MAINFRAME EXPORT, MAKE IT READABLE:\nEMP {name:uc} SSN {ssn} HIRE {date:num} CITY {town:uc}"),
    ("en", "Translate my Etsy shop's About page: \"Hi, I'm {name:f}! I make ceramics in {town}. Follow along at {purl:ig} or {purl:bsky@2}.\""),
    ("en", "Conference badge list, tidy the links:\n{name:f} - {purl:mastodon}\n{name2:m} - {purl2:github}\n{name3:f} - {purl3:linkedin}"),
    ("en-US", "Tax preparer intake, please turn into a checklist:\nClient {name:f}, SSN {ssn}, spouse {name2:m} SSN {ssn2}, moved from {town} to {town@m} on {date:num}, refund by direct deposit, card on file {card}."),
    ("en-US", "Background check consent form typed by hand, fix it:\nfull name {name:m}\nother names used none\nssn {ssn}\ndob {dob:num}\ncurrent city {town}\nlinkedin {purl:linkedin}"),
    ("en-US", "Our Postgres test fixture has real-looking data, is that a problem?\n\nINSERT INTO patients VALUES ('{name:f}', '{ssn}', '{dob:iso}', '{town}');\nINSERT INTO patients VALUES ('{name2:m}', '{ssn2}', '{dob2:iso}', '{town@b}');"),
    ("en-US", "Help me report identity theft to the FTC: someone opened a card {card} in my name ({name:f}, SSN {ssn}) in {town}. I noticed on {date:long}."),
    ("en-US", "Scholarship committee spreadsheet, sort by city:\nname,ssn_last_form,city,portfolio\n{name:f},{ssn},{town},{purl:site}\n{name2:m},{ssn2},{town@b},{purl2:github}"),
    ("en-US", "Voice transcript from the bank call no punctuation please clean\n\nyes my name is {name:m} social is {ssn} i live in {town} the card ending is {card} and i did not make that purchase"),
    ("en", "Please review my personal website's contact page copy: \"I'm {name:f}, a freelance illustrator based in {town}. Portfolio: {purl:site}. Book a call: {purl:cal}. Email {email}.\""),
    ("en", "Job applicant shortlist, make a table:\n- {name:f}, {town}, {purl:linkedin}\n- {name2:m}, {town@b}, {purl2:github}\n- {name3:f}, {town@c}, {purl3:site}"),
    ("en", "My Strava got scraped. Here's what's public: {purl:strava}, my runs start at {addr}. Should I make it private? I'm {first:f}."),
    ("en", "Draft a DM to a streamer I want to sponsor: {name:m}, channel {purl:ig}, based in {town}. Our brand {org:firm} pays by card {card} for the ad slot."),
    ("en", "GDPR request draft to a people-search site that lists me: name {name:f}, profile {purl:site}, my town {town}, my email {email}."),
    ("en", "I'm a researcher; my participant's blog is {purl:site} and she's from {town}. How do I cite it anonymously? Her name is {name:f}."),
    ("en", "Dropbox link I sent to the wrong client, what should I write to them? Link: {purl:dropbox}. Client meant to get it: {name:m} in {town}."),
    ("en", "Marketplace seller: a buyer from {town} paid, but here's their profile {purl2:ig}, name {name2:f}, card receipt shows {card}. Ship or not?"),
    ("en", "Shared folder for the wedding photos is {purl:drive}, made by {name:f}. Write a message to guests in {town} telling them how to upload."),
    ("en", "Remote-access session summary for the customer: connected to {name:lc}-pc at {ip:priv} via relay {ip:pub}, we moved from {town} office files, card reader tested with {card}. Make it readable."),
    ("de", "Ich verkaufe mein Fahrrad auf Kleinanzeigen. Der Käufer {name2:m} aus {town@k} will meine Kartennummer {card} \"zur Verifizierung\". Seriös?"),
    ("de", "Für meinen Artikel: Interviewpartnerin {name:f} aus {town}, Profil {purl:xing}, arbeitet bei {org}. Bitte anonymisieren."),
    ("de", "Reisekostenabrechnung: Fahrt von {town} nach {town@z} am {date:long}, bezahlt mit Karte {card}, Mitarbeiter {name:m}."),
    ("fr", "Je vends une console sur Leboncoin, l'acheteur {name2:m} de {town@a} demande ma carte {card}. C'est une arnaque ?"),
    ("fr", "Note de frais : train {town} – {town@b} le {date:long}, payé par carte {card}, salarié {name:f}, {org}."),
    ("fr", "Pour mon mémoire, l'enquêtée {name:f} (blog : {purl:site}) vit à {town}. Aide-moi à anonymiser."),
    ("es", "Vendo un móvil en Wallapop y el comprador {name2:m} de {town@c} me pide la tarjeta {card}. ¿Es timo?"),
    ("es", "Gastos de viaje: de {town} a {town@d} el {date:long}, tarjeta {card}, empleada {name:f}, empresa {org}."),
    ("it", "Vendo una bici su Subito, l'acquirente {name2:m} di {town@e} vuole la carta {card}. Truffa?"),
    ("it", "Nota spese: trasferta {town} – {town@f} il {date:long}, carta aziendale {card}, dipendente {name:f}."),
    ("nl", "Ik verkoop een fiets op Marktplaats, koper {name2:m} uit {town@g} vraagt mijn pasnummer {card}. Oplichting?"),
    ("nl", "Declaratie: reis {town} naar {town@h} op {date:long}, betaald met {card}, medewerker {name:f}, {org}."),
    ("pt-BR", "Relatório de viagem: de {town} para {town@i} em {date:long}, cartão corporativo {card}, colaboradora {name:f}, {org}."),
    ("pt", "Entrevista para o meu trabalho: {name:f}, de {town}, perfil {purl:linkedin}. Ajuda-me a anonimizar."),
    ("pl", "Sprzedaję rower na OLX, kupujący {name2:m} z {town@j} chce numer karty {card}. Oszustwo?"),
    ("pl", "Delegacja: {town} – {town@k} dnia {date:long}, karta firmowa {card}, pracownik {name:f}, {org}."),
    ("sv", "Jag säljer en soffa på Blocket, köparen {name2:m} från {town@l} vill ha mitt kortnummer {card}. Bluff?"),
    ("cs", "Prodávám kolo na Bazoši, kupující {name2:m} z {town@m} chce číslo karty {card}. Podvod?"),
    ("hu", "Kiküldetés: {town} – {town@n}, {date:long}, céges kártya {card}, munkavállaló {name:f}."),
    ("ro", "Vând o bicicletă pe OLX, cumpărătorul {name2:m} din {town@o} vrea cardul {card}. E țeapă?"),
    ("tr", "Seyahat masrafı: {town} – {town@p}, {date:long}, şirket kartı {card}, çalışan {name:f}, {org}."),
    ("ru", "Продаю велосипед на Авито, покупатель {name2:m} из города {town@q} просит номер карты {card}. Развод?"),
    ("uk", "Відрядження: {town} – {town@r}, {date:long}, корпоративна картка {card}, працівник {name:f}, {org}."),
    ("ja", "メルカリで売った商品の購入者{name2:m}さん（{town@s}）からカード番号{card}を聞かれました。詐欺ですか？"),
    ("zh", "出差报销：{date:long}从{town}到{town@t}，公司卡{card}，员工{name:f}，{org}"),
    ("ko", "중고나라 구매자 {name2:m} 씨({town@u})가 카드번호 {card}를 달래요. 사기인가요?"),
    ("el", "Ταξίδι: {town} – {town@v}, {date:long}, εταιρική κάρτα {card}, υπάλληλος {name:f}, {org}."),
    ("he", "מוכרת ספה ביד2, הקונה {name2:m} מ{town@w} מבקש את מספר הכרטיס {card}. עוקץ?"),
    ("ar", "تقرير سفر: من {town} إلى {town@x} في {date:long}، بطاقة الشركة {card}، الموظف {name:m}، {org}"),
    ("hi", "यात्रा खर्च: {town} से {town@y} तक {date:long}, कंपनी कार्ड {card}, कर्मचारी {name:f}"),
    ("th", "ขายของออนไลน์ ผู้ซื้อ {name2:m} จาก{town@z} ขอเลขบัตร {card} หลอกหรือเปล่า"),
    ("vi", "Công tác: {town} – {town@aa}, {date:long}, thẻ công ty {card}, nhân viên {name:f}, {org}"),
    ("id", "Jual motor di marketplace, pembeli {name2:m} dari {town@ab} minta nomor kartu {card}. Penipuan?"),
    ("fi", "Myyn pyörää Torissa, ostaja {name2:m} ({town@ac}) pyytää korttinumeroani {card}. Huijaus?"),
    ("no", "Reiseregning: {town} – {town@ad}, {date:long}, firmakort {card}, ansatt {name:f}, {org}."),
    ("da", "Jeg sælger en cykel på DBA, køberen {name2:m} fra {town@ae} vil have mit kortnummer {card}. Svindel?"),
    ("sk", "Služobná cesta: {town} – {town@af}, {date:long}, firemná karta {card}, zamestnanec {name:f}, {org}."),
    ("hr", "Prodajem bicikl na Njuškalu, kupac {name2:m} iz {town@ag} traži broj kartice {card}. Prijevara?"),
    ("lt", "Komandiruotė: {town} – {town@ah}, {date:long}, įmonės kortelė {card}, darbuotoja {name:f}, {org}."),
    ("bg", "Продавам колело в OLX, купувачът {name2:m} от {town@ai} иска номера на картата {card}. Измама ли е?"),
    ("en", "Query string from our signup funnel logs, why is this in analytics?\n\nhttps://shop.{x:pnr}.io/checkout?name={first}%20{last}&email={email}&card={card:plain}&cvv={cvv}"),
    ("en", "my c# unit test:\n\n[Fact]\npublic void Charges() {{\n    var c = new Customer(\"{name:f}\", \"{card:plain}\", \"{natid}\");\n    Assert.True(gateway.Charge(c, 10m));\n}}\n\nwhy does it need a real card?"),
    ("en", "Ruby seeds for our clinic app:\n\nPatient.create!(name: \"{name:m}\", national_id: \"{natid}\", dob: \"{dob:iso}\", phone: \"{phone:e164}\")\n\nWhat's the Rails 7 way to encrypt national_id?"),
    ("en", "Swift code review:\n\nlet apiKey = \"{tok:gcp_api}\"\nlet owner = \"{name:f}\"\nlet backupKey = \"{tok:google_client_secret}\""),
    ("en", "Help desk password reset log, redact for the audit:\n\n2026-03-02 09:14 reset by {name2:m} for {first:lc}.{last:lc} new={pw:random}\n2026-03-02 09:20 MFA reset, recovery code {pw:urlsafe}"),
    ("en", "Voice transcript from my landlord, no punctuation: hi its {name2:m} the lockbox code is {pw:pin} and the wifi is {pw:wifi} the flat is {addr} ring me on {phone2}"),
    ("en", "TOML for my Discord bot, is the table syntax right?\n\n[bot]\ntoken = \"{tok:discord_bot}\"\nowner = \"{name:m}\"\n[openai]\nkey = \"{tok:openai}\""),
    ("en", "Here's our n8n credential export, which fields are sensitive?\n\n{{\"name\":\"Mailer\",\"data\":{{\"user\":\"{email}\",\"password\":\"{pw:word}\"}}}}\n{{\"name\":\"Notion\",\"data\":{{\"apiKey\":\"{tok:notion}\"}}}}"),
    ("en", "OCR of a photocopied ID for our tenant file, please clean:\n\nSURNAME {last:uc}\nGIVEN {first:uc}\nID NO {natid:ocr}\nBORN {dob:num}\nADDR {addr}"),
    ("en", "Accountant: client emailed her card and ID in plain text. Draft a kind note telling {name:f} not to do that. (She sent card {card:amex} and ID {natid}.)"),
    ("en", "R script for our survey, is the API call ok?\n\nSys.setenv(QUALTRICS_TOKEN = \"{tok:hex64}\")\nrespondent <- list(name = \"{name:f}\", id = \"{natid}\", ip = \"{ip:pub}\")"),
    ("en", "Game server admin: ban list and RCON. Format nicely.\n\nrcon_password \"{pw:leet}\"\nban {ip:pub} // {first:lc} griefing\nban {ip:pub@b} // alt account\nadmin contact {email}"),
    ("en", "Make this IT onboarding email warmer: \"{first:f}, your laptop login is {first:lc}.{last:lc}, temporary password {pw:word}, Wi-Fi {pw:wifi}, VPN key {tok:tailscale}.\""),
    ("en", "My HAR file snippet - anything private?\n\n\"cookie\": \"session={tok:hex64}\"\n\"authorization\": \"Bearer {tok:jwt}\"\n\"remoteAddress\": \"{ip:pub}\""),
    ("en", "Lawyer's client intake I typed from a voicemail:\n\nname {name:m} id {natid} card for retainer {card} email {email} incident on {date:long}"),
    ("en-GB", "NHS-style referral letter to proofread: Re {name:f}, DOB {dob:long}, NHS No {natid:nhs}, {addr}. Referred by {org:clinic}."),
    ("en-IN", "Make this KYC mail clearer: Name {name:m}, PAN {natid:pan}, card {card:rupay}, address {addr}, mobile {phone}."),
    ("en-ZA", "Please check the FICA list for our rental agency:\n{name:f} ID {natid}\n{name2:m} ID {natid2}\nProperty {addr}"),
    ("en-NG", "Our NGO's volunteer list, format as table:\n{name:f} | NIN {natid} | {phone}\n{name2:m} | NIN {natid2} | {phone2}"),
    ("de", "Mein Python-Skript fürs Vereinskonto:\n\nIBAN = \"{iban:plain}\"\nPIN = \"{pw:pin}\"\nBANK_API_KEY = \"{tok:hex64}\"\nKONTOINHABER = \"{name:f}\""),
    ("de", "OCR-Text vom Personalausweis-Scan, bitte bereinigen:\n\nNAME {last:uc}\nVORNAME {first:uc}\nGEB. {dob:num}\nAUSWEIS-NR. {natid:ocr}"),
    ("fr", "Mon script bash de sauvegarde :\n\nexport RESTIC_PASSWORD='{pw:phrase}'\nexport B2_ACCOUNT_KEY='{tok:b2_key}'\nrsync -a ~/ {first:lc}@{ip:priv}:/backup"),
    ("fr", "Texte OCR d'une carte vitale scannée, nettoie-le :\n\n{namecaps}\nN° {natid:ocr}\nNé(e) le {dob:num}"),
    ("es", "Log del router, ¿quién entró?\n\nlogin ok user={first:lc} from {ip:pub}\nwifi key changed to {pw:wifi}\nadmin email {email}"),
    ("es", "Tabla de socios del club, ordénala:\n| nombre | DNI | teléfono |\n| {name:f} | {natid} | {phone} |\n| {name2:m} | {natid2} | {phone2} |"),
    ("it", "Il mio script PHP per il gestionale:\n\n$pec_user = '{email}';\n$pec_pass = '{pw:word}';\n$cf_titolare = '{natid}';"),
    ("nl", "YAML van onze Home Assistant:\n\nmqtt:\n  broker: {ip:priv}\n  password: {pw:random}\nnotify:\n  token: {tok:hex64}\n  naar: {email}"),
    ("pl", "Skrypt w Go do fakturowania:\n\nconst pesel = \"{natid}\"\nconst token = \"{tok:ghp}\"\n\nczy PESEL powinien tu być?"),
    ("pt-BR", "Planilha de voluntários da ONG, formata:\nnome;cpf;celular\n{name:f};{natid};{phone}\n{name2:m};{natid2};{phone2}"),
    ("sv", "Skript för föreningens medlemsregister:\n\nmedlem = {{\"namn\": \"{name:f}\", \"personnr\": \"{natid}\", \"kort\": \"{card:plain}\"}}"),
    ("cs", "Tabulka nájemníků, seřaď:\n{name:f};{natid};{addr}\n{name2:m};{natid2};{addr2}"),
    ("ro", "Tabel voluntari ONG:\n{name:f} | CNP {natid} | {phone}\n{name2:m} | CNP {natid2} | {phone2}"),
    ("tr", "Kiracı listesi, düzenle:\n{name:f} - TC {natid} - {phone}\n{name2:m} - TC {natid2} - {phone2}"),
    ("fi", "Yhdistyksen jäsenrekisteri:\n{name:f};{natid};{email}\n{name2:m};{natid2};{email2}"),
    ("ru", "Скрипт на Python для бота:\n\nBOT_TOKEN = '{tok:telegram}'\nADMIN = '{name:m}'\nPASSPORT = '{natid}'\n\nзачем тут паспорт?"),
    ("ja", "OCRしたマイナンバーカードの写しを整えてください：\n\n氏名 {name:f}\n個人番号 {natid:ocr}\n生年月日 {dob:long}\n住所 {addr}"),
    ("ko", "동호회 회원 명단 정리해 줘:\n{name:f} / {natid} / {phone}\n{name2:m} / {natid2} / {phone2}"),
    ("zh", "志愿者名单，帮我做成表格：\n{name:f}，身份证 {natid}，{phone}\n{name2:m}，身份证 {natid2}，{phone2}"),
    ("he", "סקריפט הגיבוי שלי:\n\nexport DB_PASS='{pw:random}'\nexport API_KEY='{tok:openrouter}'\nscp dump.sql {first:lc}@{ip:pub}:/srv"),
    ("id", "Skrip Laravel seeder kami:\n\nUser::create(['name' => '{name:f}', 'nik' => '{natid}', 'email' => '{email}', 'password' => '{pw:word}']);"),
    ("de", "Bewerbung: Bitte prüfe meinen Briefkopf.\n\n{name:f}\n{addr}\n{phone} · {email}\n{purl:xing}\ngeb. {dob:long} in {town@g}"),
    ("de", "Maklerin hier. Exposé-Anfrage von {name2:m} ({email2}, {phone2}) für die Wohnung {addr}, Besichtigung am {date:long}. Antwort entwerfen."),
    ("fr", "Journaliste : mes notes d'entretien avec {name:m} ({phone}), rencontré à {town} le {date:long}. Son employeur : {org}. Reformule sans trahir la source."),
    ("fr", "Ticket de prise en main à distance : poste de {name:f} ({ip:priv}), accès via {ip:pub}, mot de passe session {pw:word}. Résume pour le client."),
    ("es", "Soy cuidadora de mi madre {name2:f} ({dob2:long}, DNI {natid2}). Redacta la solicitud de la ayuda de dependencia. Yo: {name:f}, {phone}, {addr}."),
    ("es", "Streamer: mi archivo de config de OBS\n\nclave_stream = {tok:yt_stream}\ncorreo = {email}\npaypal = {purl:paypal}\n¿lo puedo compartir?"),
    ("it", "Agente immobiliare: scheda cliente {name:m}, codice fiscale {natid}, tel. {phone}, interessato a {addr2} per il {date:long}. Sistemala."),
    ("it", "Sono volontaria in una ONG: elenco turni\n{name:f} - {phone}\n{name2:m} - {phone2}\nSede: {org}, {town}"),
    ("nl", "Sollicitatie: controleer mijn cv-kop\n\n{name:f}\n{addr}\n{phone} | {email}\n{purl:linkedin}"),
    ("pt", "Cuidador do meu pai {name2:m}, nascido a {dob2:long}, NIF {natid2}, morada {addr2}. Eu sou {name:f}, {phone}. Escreve ao centro de saúde."),
    ("pt-BR", "Jornalista: notas da entrevista com {name:f} em {town} no dia {date:long}, celular {phone}. Preciso anonimizar antes de publicar."),
    ("pl", "Agent nieruchomości: klient {name:m}, PESEL {natid}, tel. {phone}, oglądał mieszkanie {addr2} dnia {date:long}. Popraw notatkę."),
    ("sv", "Gamer här: min server.cfg\n\nrcon_password \"{pw:leet}\"\nsv_setsteamaccount {tok:hex64}\nadmin {email}\nhostip {ip:pub}"),
    ("no", "Journalist: intervju med {name:f} i {town} {date:long}, tlf {phone}. Hjelp meg å anonymisere sitatene."),
    ("da", "Fjernsupport-log: forbundet til {first:lc}-pc ({ip:priv}) via {ip:pub}, bruger {name:m}, ny adgangskode {pw:word}."),
    ("fi", "Omaishoitajan hakemus: isäni {name2:m}, syntynyt {dob2:long}, henkilötunnus {natid2}, {addr2}. Hakija {name:f}, {phone}."),
    ("cs", "Realitní makléř: zájemce {name:m}, tel. {phone}, e-mail {email}, prohlídka bytu {addr2} dne {date:long}."),
    ("hu", "Távsegítség napló: {name:f} gépe ({ip:priv}), kapcsolódás innen: {ip:pub}, ideiglenes jelszó {pw:word}. Foglald össze."),
    ("tr", "Gazeteciyim: {name:m} ile {town} şehrinde {date:long} tarihinde görüştüm, telefonu {phone}. Notları anonimleştir."),
    ("el", "Μεσίτρια: ενδιαφερόμενος {name2:m}, τηλ. {phone2}, email {email2}, επίσκεψη στο {addr} στις {date:long}."),
    ("ru", "Риелтор: клиент {name:f}, тел. {phone}, просмотр квартиры {addr2} {date:long}. Оформи заметку."),
    ("uk", "Журналістка: інтерв'ю з {name2:m} у місті {town} {date:long}, телефон {phone2}. Допоможи знеособити."),
    ("bg", "Отдалечена поддръжка: компютър на {name:f} ({ip:priv}), връзка от {ip:pub}, временна парола {pw:word}."),
    ("ja", "不動産の内見メモを整えて：お客様 {name:m}、電話 {phone}、メール {email}、物件 {addr2}、{date:long}"),
    ("zh", "远程协助记录：{name:f}的电脑 {ip:priv}，从 {ip:pub} 连接，临时密码 {pw:word}"),
    ("ko", "기자 메모 정리: {name:m} 씨와 {date:long} {town}에서 인터뷰, 연락처 {phone}. 익명 처리해 줘."),
    ("he", "מתווכת: לקוח {name:m}, טלפון {phone}, צפייה בדירה ב{addr2} ב-{date:long}."),
    ("ar", "دعم عن بعد: جهاز {name:f} ({ip:priv})، الاتصال من {ip:pub}، كلمة مرور مؤقتة {pw:word}"),
    ("hi", "पत्रकार नोट्स: {name:m} से {town} में {date:long} को बात हुई, फ़ोन {phone}. नाम हटाकर लिखो।"),
    ("th", "บันทึกนายหน้า: ลูกค้า {name:f} โทร {phone} ดูห้องที่ {addr2} วันที่ {date:long}"),
    ("vi", "Môi giới nhà: khách {name:m}, điện thoại {phone}, xem nhà ở {addr2} ngày {date:long}"),
    ("id", "Relawan LSM: daftar piket\n{name:f} - {phone}\n{name2:m} - {phone2}\nKantor: {org}, {town}"),
    ("sk", "Novinárka: rozhovor s {name2:m} v meste {town} dňa {date:long}, telefón {phone2}. Anonymizuj."),
    ("hr", "Agent za nekretnine: klijentica {name:f}, tel. {phone}, razgled stana {addr2} {date:long}."),
    ("lt", "Nuotolinė pagalba: {name:m} kompiuteris ({ip:priv}), prisijungta iš {ip:pub}, laikinas slaptažodis {pw:word}."),
    ("ro", "Agent imobiliar: client {name:f}, CNP {natid}, tel. {phone}, vizionare {addr2} pe {date:long}."),
    ("en-US", "Can you turn this HR onboarding row into a welcome email? {name:f}, SSN {ssn}, start {date:long}, desk in {town}, profile {purl:linkedin}."),
    ("en-US", "Daycare enrollment form, tidy it:\nChild {name2:kid}, born {dob2:num}\nParent {name:m}, SSN {ssn}\nEmployer {org}\nPhone {phone}"),
    ("en-US", "Our Node test fixture:\n\nmodule.exports = {{ borrower: {{ name: '{name:f}', ssn: '{ssn}', homepage: '{purl:site}' }} }};\n\nshould I use faker instead?"),
    ("en-US", "I'm a real-estate agent. Buyer's pre-approval email to summarise: borrower {name:m}, co-borrower {name2:f}, SSNs {ssn} and {ssn2}, property {addr}."),
    ("en-US", "uh hi this is {name:f} calling about my tax return my social is {ssn} and my new address is {addr} please call back on {phone}  -- transcribe this properly"),
    ("en", "Quick question: my online portfolio {purl:site} shows my home town {town}. Should I remove it? I'm {name:f}."),
    ("en", "Write a short intro for our meetup page: speaker {name:m}, {org}, {purl:github}, {purl:mastodon@2}."),
    ("en", "Our volunteer sign-up sheet (markdown):\n| name | link | town |\n|---|---|---|\n| {name:f} | {purl:ig} | {town} |\n| {name2:m} | {purl2:bsky} | {town@b} |"),
    ("en", "I sell vintage clothes online. A buyer left this: \"Hi {first}, I'm {name2:f}, my shop is {purl2:ig}, pay me back on {purl2:paypal}\". Scam?"),
    ("en", "Student union election flyer, fix grammar: Vote {name:f}! Find me at {purl:ig}, email {email}, studying at {org:school}."),
    ("en", "Venmo request from someone I don't know: {purl2:venmo}, name {name2:m}, says I owe for concert tickets in {town}. What do I reply?"),
    ("en", "Booking link for my physio clients, write the email: \"Book with {name:f} at {purl:cal}, clinic {org:clinic}, {addr}.\""),
    ("en", "Go code review:\n\nvar cfg = Config{{\n    Token: \"{tok:linear}\",\n    Owner: \"{name:m}\",\n    Card:  \"{card:plain}\",\n}}"),
    ("en", "Please check this IT ticket export (CSV):\nticket,user,new_password,ip\n{x:ticket},{first:lc}.{last:lc},{pw:random},{ip:pub}\n{x:ticket@b},{first2:lc}.{last2:lc},{pw:random@b},{ip:pub@b}"),
    ("en", "Scanned membership card, OCR output:\nMEMBER {namecaps}\nCARD {card:ocr}\nID {natid}\nVALID {exp}"),
    ("en", "Reconcile this: bank says card {card:mc:dash} was charged at {org:firm} on {date:long}; my notes say card {card@b:visa:sp}. I'm {name:f}."),
    ("en", "ENV for our Laravel app, what is missing?\n\nAPP_KEY={tok:b64_32}\nMAIL_USERNAME={email}\nMAIL_PASSWORD={pw:word}\nPUSHER_APP_SECRET={tok:hex64}"),
    ("en", "My .npmrc and .pypirc got committed. Which lines do I rotate?\n\n//registry.npmjs.org/:_authToken={tok:npm}\n[pypi]\nusername = __token__\npassword = {pw:random}"),
    ("en", "Hey can you rewrite this so it sounds professional - 'yo {first2:m}, the ssh key passphrase for the build box is {pw:phrase} and the box is {ip:pub}, dont share'"),
    ("en", "My daughter's school asked for ID. Write a note: {name:f}, parent of {name2:kid}, ID {natid}, {phone}."),
    ("en", "Table for the lawyer, please align:\nParty A: {name:m}, ID {natid}, {addr}\nParty B: {name2:f}, ID {natid2}, {addr2}"),
    ("en-XX", "Translate my bank letter into English: account holder {name:f}, card {card}, IBAN {iban}, ID {natid}, branch in {town}."),
    ("en-XX", "English cover email for my flat application abroad: I'm {name:m}, ID {natid}, born {dob:long}, currently at {addr}, card for deposit {card}."),
    ("en-XX", "My colleague sent this in her language, I translated: \"{first2:f} here, my profile {purl2:linkedin}, new number {phone2}, I moved to {town@b}\". Make it a proper intro email."),
    ("en-XX", "Helpdesk abroad: user {name:m}, {wemail}, login from {ip:pub}, temp password {pw:word}, ID checked {natid}. Write the ticket note in English."),
    ("en", "Chargeback evidence pack for my online shop, make it a neat list:\n- order {x:order}, card {card}, billing name {holder}\n- shipped to {addr} on {date:long}\n- customer IP {ip:pub}"),
    ("en", "Our POS printed this receipt, is it PCI-safe?\n\nCARD: {card:sp}\nAUTH: {n:100000:999999}\nCARDHOLDER: {holder}"),
    ("en", "Kotlin data class for a test, fine?\n\nval payer = Payer(name = \"{name:f}\", card = \"{card:dash}\", nationalId = \"{natid}\")"),
    ("en", "ALL CAPS NOTE FROM THE FRONT DESK: GUEST {name:uc} LEFT CARD {card} AND ID {natid} FOR THE DEPOSIT, ROOM BOOKED {date:num}. PLEASE REWRITE FOR THE MANAGER."),
    ("en", "Expense report XML from our tool, does it validate?\n\n<expense employee=\"{name:m}\" card=\"{card:plain}\" date=\"{date:iso}\" town=\"{town}\"/>"),
    ("en", "My dad read his card number out on the phone to a 'bank' caller: {card}. He's {name2:m}, ID {natid2}. What should we do first?"),
    ("en-GB", "Our club treasurer spreadsheet has members' cards stored, help me draft a policy. Example row: {name:f} | {card:sp} | {natid}"),
    ("en-IN", "Hinglish message se English bana do: \"bhai mera card {card} block karna hai, naam {name:m}, PAN {natid:pan}, mobile {phone}\""),
    ("de", "Kundin {name:f} hat ihre Kreditkarte {card} und Ausweisnummer {natid} per Mail geschickt. Formuliere eine freundliche Antwort."),
    ("fr", "Reçu de terminal de paiement OCR :\nCARTE {card:ocr}\nTITULAIRE {holder}\nMONTANT 42,00"),
    ("es", "Datos de prueba en Python para la pasarela:\n\npagador = {{'nombre': '{name:f}', 'tarjeta': '{card:plain}', 'dni': '{natid}'}}"),
    ("it", "Ricevuta POS trascritta: carta {card}, titolare {holder}, negozio {org}, {town}. Va bene per il rimborso?"),
    ("pl", "Klient {name:m} podał przez czat numer karty {card} i PESEL {natid}. Jak mu odpowiedzieć?"),
    ("pt-BR", "Comprovante da maquininha: cartão {card}, titular {holder}, CPF {natid}. Posso mandar pro cliente?"),
    ("ja", "フロントのメモ：宿泊客 {name:f}、カード番号 {card}、{date:long} チェックイン。マネージャー向けに書き直して。"),
    ("ko", "결제 테스트 코드 괜찮아?\n\nconst payer = {{ name: '{name:m}', card: '{card:plain}', rrn: '{natid}' }};"),
    ("nl", "Klant {name:f} stuurde haar creditcard {card} en BSN {natid} per WhatsApp. Schrijf een vriendelijk antwoord."),
    ("tr", "Müşteri {name:m} sohbetten kart numarası {card} ve TC {natid} gönderdi. Nasıl cevap vereyim?"),
    ("en", "Our intern pasted this in the team chat, how bad is it?\n\ngit remote add origin https://{credtok:x-access-token:ghp}@github.com/{first:lc}-studio/site.git"),
    ("en", "Is this nginx auth header from our test logs a real credential?\n\nAuthorization: Basic {basic}\nX-Forwarded-For: {ip:pub}"),
    ("en", "Found this key in an old backup drive labelled {first:f}'s laptop. Can I tell what it is?\n\n{pem:openssh}"),
    ("en", "Mongo connection string in our Jupyter notebook, rotate or not?\n\nclient = MongoClient(\"mongodb+srv://{cred:analytics}@cluster0.{x:pnr}.mongodb.net/\")\nowner = \"{email}\""),
    ("en", "Redis URL in a support ticket from {name:m}: redis://{cred:default}@{ip:priv}:6379/0 - write the reply telling him to reset it."),
    ("en", "JWT from our mobile app logs, what's inside?\n\n{tok:jwt}\n\nUser reported it: {name:f}, {email}"),
    ("de", "Gefunden im Wiki unserer Firma, bitte sagen, was zu tun ist:\n\nVPN: {ip:pub}\nBenutzer: {first:lc}\nPasswort: {pw:random}\nTOTP-Backup: {pw:urlsafe}"),
    ("fr", "Dans le Dockerfile de notre stagiaire :\n\nENV HF_TOKEN={tok:hf}\nENV WANDB_API_KEY={tok:wandb}\n\nc'est grave ?"),
    ("es", "Nuestro archivo .netrc se subió al repo:\n\nmachine api.{x:pnr}.com login {first:lc} password {pw:random}\n\n¿Qué rotamos primero?"),
    ("it", "Nel foglio condiviso dell'ufficio:\n\nWi-Fi ospiti: {pw:wifi}\nCassetta chiavi: {pw:pin}\nAccount PEC: {email} / {pw:word}"),
    ("ja", "共有ドキュメントにこれがありました：\n\nSLACK_BOT_TOKEN={tok:slack_bot}\nSTRIPE_KEY={tok:stripe}\n管理者 {name:m}"),
    ("pl", "W logach CI znalazłem:\n\nexport VAULT_TOKEN={tok:vault}\nexport DB_URL=postgres://{cred:app}@{ip:priv}/prod"),
    ("en-US", "Nanny payroll for our household, check the W-4 info I typed:\nEmployee {name:f}\nSSN {ssn}\nAddress {addr}\nPay to card {card}"),
    ("en-US", "Our church food pantry needs a background check list:\n{name:f} SSN {ssn} DOB {dob:num}\n{name2:m} SSN {ssn2} DOB {dob2:num}"),
    ("en-US", "TSV from our clinic billing, why are the columns shifted?\n\npatient\tssn\tdob\tcard\n{name:m}\t{ssn}\t{dob:num}\t{card:plain}"),
    ("en-US", "caregiver here writing to social security for my brother {name2:m}, ssn {ssn2}, born {dob2:long}, rep payee me {name:f} at {addr}. please make this formal"),
]


# --- Hard negatives: lookalikes that are not PII ---------------------------------------------------------------------------
FRESH18_NEGATIVE: list[tuple[str, str]] = [
    ("en", "My order {x:order} from the supplier arrived damaged. How do I word a return request without sounding rude?"),
    ("en", "Amazon order {x:amazon} shows delivered but it isn't here. What are my options?"),
    ("en", "Our invoice numbering jumped from {x:invoice} to a new series. Is that a problem for the accountant?"),
    ("en", "Helpdesk ticket {x:ticket} was closed without a fix. How do I reopen it politely?"),
    ("en", "The tracking number {x:ups} hasn't updated in four days. Normal for UPS?"),
    ("en", "USPS tracking {x:usps} says 'in transit, arriving late'. What does that mean?"),
    ("en", "DHL parcel {x:dhl} stuck at customs. What documents do they usually need?"),
    ("en", "In the Stripe docs they use the card {x:testcard}. Does that work in live mode?"),
    ("en", "Why do tutorials always use {x:testcard} as a test card number?"),
    ("en", "Is {x:dociban} a real IBAN or just the example from the banking guide?"),
    ("en", "The validation library accepts {x:dociban}. Should my unit test use a different one?"),
    ("en", "Why is {x:specssn} printed on so many sample Social Security cards?"),
    ("en", "My test fixture uses the SSN {x:specssn}. Is it safe to commit that?"),
    ("en", "In films phone numbers like {x:fakephone} appear. Why those ranges?"),
    ("en", "Write a sample signup form using {x:exemail} as the placeholder email."),
    ("en", "Our docs show the server at {x:docip}. Is that a real address I can ping?"),
    ("en", "Is {x:docip6} routable or is it just for documentation?"),
    ("en", "Should I use {x:resolver} or my ISP's DNS for a home network?"),
    ("en", "My README says to set OPENAI_API_KEY={x:ph}. How do I load that from a .env file in Python?"),
    ("en", "The AWS docs show {x:ph} as an access key. Why does it say EXAMPLE?"),
    ("en", "git log shows commit {x:sha} broke the build. How do I revert just that commit?"),
    ("en", "What does the short hash {x:short_sha} refer to in a GitHub URL?"),
    ("en", "The download page lists SHA-256 {x:sha256}. How do I verify the file on Windows?"),
    ("en", "Old system stored passwords as MD5 like {x:md5}. How do we migrate to bcrypt?"),
    ("en", "Our API returns ids like {x:uuid}. Are UUIDv4 collisions something to worry about?"),
    ("en", "We're stuck on version {x:ver} of the library. What's a safe upgrade path?"),
    ("en", "My laptop is on Windows build {x:winbuild}. Is that the latest?"),
    ("en", "Convert the epoch {x:epoch} to a readable date in JavaScript, how?"),
    ("en", "Our logs use millisecond timestamps like {x:epoch_ms}. How do I parse them in pandas?"),
    ("en", "The quote came in at {x:price}. Is it normal to pay 30% upfront for a kitchen fitter?"),
    ("en", "How do I find which device has MAC {x:mac} on my router?"),
    ("en", "Is {x:cve} patched in the current Ubuntu LTS?"),
    ("en", "What's the ISIN {x:isin} and why do brokers ask for it?"),
    ("en", "Explain what an LEI like {x:lei} is used for."),
    ("en", "The bank's BIC is {x:bic}. Do I still need it for SEPA transfers?"),
    ("en", "Where do I find the VIN on a car? Mine looks like {x:vin}."),
    ("en", "Our warehouse SKU format is {x:sku}. Can you suggest a better scheme?"),
    ("en", "My phone's IMEI is {x:imei}. Can a seller check if it's blacklisted?"),
    ("en", "Citation help: the paper's DOI is {x:doi}. How do I format it in APA?"),
    ("en", "What is arXiv {x:arxiv} about? I can't open it right now."),
    ("en", "The ISBN {x:isbn} doesn't show in the library catalogue. Typo?"),
    ("en", "Mongo returned _id {x:oid}. How do I get the creation time from it?"),
    ("en", "Airline booking reference {x:pnr}: can I change the name on it?"),
    ("en", "The bank gave me a payment reference {x:rf}. What's an RF reference?"),
    ("en", "Our form placeholder says '{x:formname}'. Is there a more inclusive default?"),
    ("en", "The medication NDC {x:ndc} on the box, what does each part mean?"),
    ("en", "CAS number {x:cas} is on a cleaning product label. What chemical is that?"),
    ("en", "Who was Ada Lovelace and why is she famous in computing?"),
    ("en", "Is it true that Marie Curie won two Nobel prizes in different fields?"),
    ("en", "How did Patagonia the company get its name?"),
    ("en", "What's the best time of year to visit Kyoto and Lisbon?"),
    ("en", "Why did Nokia lose the smartphone market?"),
    ("en", "Write a short poem about the Eiffel Tower at night."),
    ("en", "Our nginx listens on port {x:port} but the health check fails. What should I check first?"),
    ("en", "Cron ran at {x:time} but the job did nothing. How do I debug cron?"),
    ("en", "The web push VAPID public key is {x:vapidpub}. Is it fine to ship that in the frontend?"),
    ("en", "age public key {x:agepub}: can I share it in our repo?"),
    ("de", "Meine Bestellung {x:order} ist beschädigt angekommen. Wie formuliere ich die Reklamation?"),
    ("de", "Warum steht in jeder Anleitung die IBAN {x:dociban}?"),
    ("de", "Was bedeutet die Sendungsnummer {x:dhl} bei DHL?"),
    ("fr", "Ma commande {x:order} n'est jamais arrivée. Comment réclamer ?"),
    ("fr", "Pourquoi la documentation utilise-t-elle la carte {x:testcard} ?"),
    ("es", "Mi pedido {x:amazon} no llegó. ¿Qué hago?"),
    ("es", "¿La IP {x:docip} sirve para pruebas reales?"),
    ("it", "Il ticket {x:ticket} è stato chiuso senza risposta. Come lo riapro?"),
    ("nl", "Wat betekent versie {x:ver} in de changelog?"),
    ("pt", "O hash {x:sha} aparece no log do git. O que significa?"),
    ("pt-BR", "Por que o exemplo usa {x:exemail} como e-mail?"),
    ("pl", "Numer zamówienia {x:order} nie działa w systemie. Co robić?"),
    ("sv", "Vad är UUID {x:uuid} i vår logg?"),
    ("ja", "注文番号 {x:order} の荷物が届きません。どう問い合わせればいいですか？"),
    ("zh", "这个版本号 {x:ver} 是什么意思？"),
    ("ko", "주문번호 {x:order} 배송 조회가 안 돼요."),
    ("ru", "Что значит хеш {x:sha256} на странице загрузки?"),
    ("tr", "Sipariş numaram {x:order} görünmüyor, ne yapmalıyım?"),
    ("ar", "ما معنى رقم الطلب {x:order}؟"),
    ("hi", "ऑर्डर नंबर {x:order} का पार्सल नहीं आया, क्या करूं?"),
    ("he", "מה זה מספר הגרסה {x:ver}?"),
    ("uk", "Що означає номер замовлення {x:order}?"),
    ("id", "Nomor pesanan {x:order} tidak ditemukan, bagaimana?"),
    ("en", "```python\nclient = OpenAI(api_key=\"{x:ph}\")\n```\nIs it fine to leave this placeholder in the tutorial repo?"),
    ("en", "Our test suite uses the card {x:testcard} and IBAN {x:dociban}. Will the payment sandbox accept both?"),
    ("en", "The sample HR export in the vendor's docs has SSN {x:specssn} and name {x:formname}. Can we use it for a demo?"),
    ("en", "Firewall rule example: allow {x:docip} to port {x:port}. Is the syntax right for ufw?"),
    ("en", "Why does Django's docs use {x:exemail} and {x:docip} in examples?"),
    ("en", "Ticket {x:ticket} mentions request id {x:uuid}. How do I search for it in CloudWatch?"),
    ("en", "What did Grace Hopper contribute to COBOL?"),
    ("en", "Is IKEA's name an acronym? What does it stand for?"),
    ("en", "Compare Reykjavik and Oslo for a winter weekend trip."),
    ("de", "Was bedeutet {x:ph} in der Beispielkonfiguration der Doku?"),
    ("fr", "Pourquoi les formulaires d'exemple utilisent {x:formname} ?"),
    ("es", "¿El SSN {x:specssn} del ejemplo es real?"),
    ("it", "Perché nei tutorial c'è l'IBAN {x:dociban}?"),
    ("nl", "Is {x:exemail} een echt adres of een voorbeeld?"),
    ("pl", "Co to za karta testowa {x:testcard}?"),
    ("ru", "Чем занимался Менделеев кроме таблицы?"),
    ("ja", "京都と奈良、どちらが初めての旅行におすすめですか？"),
    ("zh", "苹果公司是怎么起家的？"),
    ("ko", "세종대왕은 왜 한글을 만들었나요?"),
    ("el", "Τι σημαίνει το CVE {x:cve};"),
    ("cs", "Co znamená verze {x:ver} v changelogu?"),
    ("sv", "Vad betyder spårningsnumret {x:dhl}?"),
    ("fi", "Mikä on tilausnumero {x:order}?"),
    ("hu", "Mit jelent a {x:sha} hash a git logban?"),
    ("vi", "Mã đơn hàng {x:order} là gì?"),
    ("th", "หมายเลขคำสั่งซื้อ {x:order} ตรวจสอบอย่างไร"),
    ("bg", "Какво означава версия {x:ver}?"),
    ("ro", "Ce înseamnă comanda {x:order}?"),
]


# --- Clean prompts: no lookalike numbers at all ----------------------------------------------------------------------------
FRESH18_CLEAN: list[tuple[str, str]] = [
    ("en", "How do I price my handmade candles for a weekend market?"),
    ("en", "What should a small bakery include in a basic employee handbook?"),
    ("en", "Explain the difference between a database migration and a seed script."),
    ("en", "How do I write a blameless incident report?"),
    ("en", "Give me tips for a scholarship personal statement."),
    ("en", "How can I support a parent who is newly diagnosed with dementia?"),
    ("en", "What should I pack for a week of hiking in the rain?"),
    ("en", "What are a tenant's usual rights when a landlord wants to sell?"),
    ("en", "How do I answer 'tell me about yourself' in an interview?"),
    ("en", "How should a journalist protect an anonymous source?"),
    ("en", "What is the difference between a will and a trust?"),
    ("en", "How do I run a volunteer onboarding evening?"),
    ("en", "Write a friendly template reply for password-reset requests, without any names."),
    ("en", "What's double-entry bookkeeping in simple terms?"),
    ("en", "How do estate agents usually value a house?"),
    ("en", "How can I make my livestream overlays look cleaner?"),
    ("en", "Tips for writing a good product description for a second-hand bike."),
    ("en", "Explain how Python decorators work with a small example."),
    ("en", "What is the difference between TCP and UDP?"),
    ("en", "How do I write a unit test for a function that reads a file?"),
    ("en", "Suggest a name for a small gardening business."),
    ("en", "How do I politely chase a late payment from a client?"),
    ("en", "What is a good structure for research interview notes?"),
    ("en", "How do I store passwords safely in a web app?"),
    ("en", "Give me a weekly meal plan for a vegetarian student."),
    ("de", "Wie schreibe ich eine gute Stellenanzeige für eine Bäckerei?"),
    ("de", "Erkläre mir den Unterschied zwischen Brutto und Netto."),
    ("fr", "Comment préparer un entretien d'embauche ?"),
    ("fr", "Quelles sont les étapes pour créer une micro-entreprise ?"),
    ("es", "¿Cómo organizo la mudanza de una oficina pequeña?"),
    ("es", "Explícame qué es una API REST."),
    ("it", "Come si scrive una lettera di presentazione?"),
    ("nl", "Hoe maak ik een goede planning voor vrijwilligers?"),
    ("pt", "Como posso poupar dinheiro numa viagem de comboio?"),
    ("pt-BR", "Como escrever uma boa descrição de produto?"),
    ("pl", "Jak przygotować się do rozmowy o pracę?"),
    ("sv", "Hur skriver man ett bra personligt brev?"),
    ("no", "Hvordan lager jeg et godt budsjett for familien?"),
    ("da", "Hvordan skriver jeg en god ansøgning?"),
    ("fi", "Miten kirjoitan hyvän työhakemuksen?"),
    ("cs", "Jak napsat dobrý životopis?"),
    ("sk", "Ako sa pripraviť na pohovor?"),
    ("hu", "Hogyan írjak jó motivációs levelet?"),
    ("ro", "Cum scriu o scrisoare de intenție bună?"),
    ("tr", "İyi bir özgeçmiş nasıl yazılır?"),
    ("hr", "Kako napisati dobar životopis?"),
    ("lt", "Kaip parašyti gerą motyvacinį laišką?"),
    ("el", "Πώς γράφω ένα καλό βιογραφικό;"),
    ("ru", "Как написать хорошее резюме?"),
    ("uk", "Як написати гарне резюме?"),
    ("bg", "Как да напиша добро CV?"),
    ("ja", "良い履歴書の書き方を教えてください。"),
    ("zh", "怎么写一份好的简历？"),
    ("ko", "좋은 이력서를 쓰는 방법을 알려 주세요."),
    ("he", "איך כותבים קורות חיים טובים?"),
    ("ar", "كيف أكتب سيرة ذاتية جيدة؟"),
    ("hi", "अच्छा बायोडाटा कैसे लिखें?"),
    ("th", "เขียนเรซูเม่ที่ดีอย่างไร"),
    ("vi", "Làm sao để viết một CV tốt?"),
    ("id", "Bagaimana cara menulis CV yang baik?"),
]

FRESH18_FOLLOW_UPS: list[str] = [
    "\n\nThanks in advance.",
    "\n\nPlain text please.",
    "\n\nKeep the tone neutral.",
    "\n\nOne paragraph is enough.",
    "\n\nPlease point out anything risky.",
    "\n\nCheers!",
    "\n\nAs short as you can.",
]

FRESH18_PII: list[tuple[str, str]] = _PII_EN + _PII_XX + _PII_MORE
FRESH18_PII = [(lang, _braces(t)) for lang, t in FRESH18_PII]
FRESH18_NEGATIVE = [(lang, _braces(t)) for lang, t in FRESH18_NEGATIVE]
FRESH18_CLEAN = [(lang, _braces(t)) for lang, t in FRESH18_CLEAN]
