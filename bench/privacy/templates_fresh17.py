"""The seventeenth blind set ("fresh17") for the PII benchmark: written without seeing the detector or the earlier sets' templates.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh17=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots), and labels spans as corpus.py's docstring says.
Its plumbing (Context, fill, the value generators and their validators, the slot syntax) is _blind_values.py's, which
the blind sets share; its people, towns, streets, address layouts (write_address), organizations, work domains,
password words and Italian towns' cadastral codes are its own and stay here, and so are its templates, written after
reading only the earlier sets' docstrings, to cover situations and layouts those docstrings do not list. It is
balanced: every one of the fifteen types appears in many templates (316 PII, 173 of them English; 78 negative and 61
clean templates; over 3,000 prompts every type has more than 100 spans, CREDIT_CARD, US_SSN and IBAN the fewest,
126 to 155 over seeds 7 to 10), with SECRET and PERSON weighted higher.

Situations: real chat prompts asking an assistant to tidy, draft, translate, check or explain. Repair-café intake
slips; tool-library and tool-share loans; hackerspace member files and door systems; regatta crew lists and
sailing-club fees; cookery-class bookings; pub-quiz and darts-league team sheets; university esports rosters; seed
libraries; surf-school waivers; youth-exchange host families; Erasmus learning agreements; apostille requests and
embassy appointments; headstone orders and obituaries; auction consignments and jewellery appraisals; leaks from the
flat above, septic-tank invoices, loft-insulation grants and piano movers; foster-placement notes and adoption
references; PTA treasurer handovers and alumni gifts; peer-review assignments, lab sample trackers, PhD stipends and
research-ethics consent; GP registration, dentist recalls, patient transport, prescription delivery, massage intake,
food diaries, wheelchair rental and hospital parking; triathlon relays, mountain huts, hostel group bookings and
vintage-car clubs; coin dealers, mosque direct debits, babysitting co-ops and language-exchange partners; speaker
intros, shared payment links, CV headers, wedding sites, crowdfunding pages and fake-profile reports; daycare
subsidies, billing offices, dealer financing, tax-prep checklists and scanned onboarding forms; relocations, thank-you
cards and leave requests; wallet, phone-scam and identity-misuse worries; and in most languages boat and rowing clubs,
reading and board-game clubs, neighbours' parcel PINs, rota and relay lists, tenancy and residence letters, family
voice notes and fake-delivery links. Carriers: flowing prose, quoted and forwarded e-mail, voicemail and voice-note
transcripts without punctuation, lower case and ALL CAPS, OCR'd scans with stray spaces, Markdown, CSV, TSV,
fixed-width and HTML tables, JSON, YAML, TOML, XML, INI and properties files, URLs and query strings. Technical
layouts: .Renviron, cqlshrc, Kafka JAAS client.properties, ClickHouse users.xml, Snowflake connections.toml,
.databrickscfg, Hadoop core-site.xml, direnv .envrc, mise.toml, decrypted sops files, Traefik labels, Alertmanager
receivers, Vector, Fluent Bit, Logstash, OpenTelemetry collector headers, Rollbar, Plaid, Adyen, Braintree, Paddle,
Hasura, Cognito CLI, Packer variables, Salt pillars, Chef data bags; seed data and fixtures (Prisma, Rails seeds,
FactoryBot, Laravel seeders, Django fixtures, Cypress, Playwright storageState, Go table tests, Rust struct literals,
JUnit, xUnit, PHP arrays, Jest snapshots); Liquibase, Flyway, mongoimport, Elasticsearch _bulk, Kafka console
producers, NATS creds, Redis ACL files, lighttpd, .htaccess, Excel VBA and Power Query, Metabase, Superset, Prefect,
Dagster; nginx and sshd log lines, Django error mails, Java and Python tracebacks, shell history, docker inspect
output.

Languages (the first element of each template tuple): en (about half the PII templates; en-US, en-GB, en-IE,
en-CA, en-AU, en-NZ, en-IN, en-ZA, en-NG, or "en-XX" for an English prompt about another (Latin-script) country's
people and numbers), de (DE/AT/CH), fr (FR/BE), es (ES/MX/AR), it, nl (NL/BE), pt, pt-BR, pl, sv, no, da, fi, cs, sk,
hu, ro, tr, hr, lt, el (Greek), ru, uk, bg (Cyrillic), ja, zh, ko (CJK, Hangul), he (Hebrew), ar (Arabic, UAE), hi
(Devanagari), th (Thai), vi, id: 32 languages. A sample's locale is "<language>-<country>" (hi-INH is India written in
Devanagari); the country picks names (in its own script), towns, address layout, phone numbering, card schemes, IBAN
country and national id; the language picks how dates are spelled.

Slot syntax (_blind_values.fill's, as in templates_fresh16): {kind} or {kind:arg:arg} is filled by fill(ctx, slot),
which returns (text, TYPE or None) parts. Person slots ({name}, {first}, {last}, {initial}, {rev}, {namecaps},
{holder}, {email}, {wemail}, {phone[:style]}, {dob[:style]}, {natid[:kind]}, the unlabelled {idname}, {ssn[:style]},
{addr}, {addrml}, {iban[:CC|plain|grp]}, {purl[:<site>]}, {mrz}, and the unlabelled {handle}, {age}) take a digit for
persons 2 to 6; on a person's first mention `f`/`m` fix the sex and `kid`/`baby` the age. Other slots: {town},
{org[:kind]}, {date[:style]}, {card[:<scheme>][:<layout>]}, {ip:<kind>}, {tok:<kind>} (TOKEN_KINDS), {pw:<style>},
{cred[:user]}, {credtok:user:kind}, {basic}, {pem[:kind]}; unlabelled {last4}, {exp}, {cvv}, {x:<negative>} (NEG) and
{n:lo:hi}. `@key` at the end gives another, different value of the same kind; the same slot written twice gives the
same value twice; `uc`/`lc` change case and `ocr` puts stray spaces inside a value. Literal braces are written
doubled ("{{", "}}") and become {lb}/{rb} when the module loads, since corpus._render reads "{" as a slot.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full; a form's "GALLI
Federica" as two spans; family-first orders of Japanese, Chinese, Korean, Hungarian and Vietnamese names as one span;
a name inside a username or hostname ("hauke-laptop", ssh jannik@...); a card holder in capitals as one span; titles
and honorifics stay outside); LOCATION a town where someone lives, moves to, works or travels; ORGANIZATION the small
employers, schools, clinics, banks, clubs, care homes and firms of the writer's life (the whole name); ADDRESS street,
number, flat parts, postcode and town as one span, in each country's layout, which may run over lines; DATE a
day-and-month date in the language's own spelling; DATE_OF_BIRTH when it is a birth date; SECRET only the value:
provider keys and tokens, passwords, Wi-Fi keys, parcel-locker and door PINs given as such, JWTs, PEM keys, and
`user:secret` inside a URL or DSN as one span; URL links that point at a person (profiles, booking pages, personal
shares); EMAIL every address except example.com/org/net; PHONE valid by phonenumbers for the sample's country, outside
the fiction ranges; CREDIT_CARD Luhn-valid numbers of several schemes, never a published test number; IBAN mod-97
valid; US_SSN valid areas, never the specimens; NATIONAL_ID checksum-valid national numbers agreeing with the person's
birth date and sex where the number holds them (and US passport numbers); IP_ADDRESS public and private IPv4 and
IPv6: the address only, never a :port.

Deliberately not labelled: order, invoice, ticket, tracking, booking and RFID numbers; Twilio account SIDs, client and
merchant ids and other public identifiers; UUIDs, git SHAs, digests, versions, Windows builds, epoch timestamps, MAC
addresses, IMEIs, VINs, ISBNs, DOIs, arXiv ids, SKUs, BICs, LEIs, ISINs, NDCs, CAS numbers, ObjectIds, PNRs, RF
creditor references, VAPID and age public keys; prices; card expiry dates, CVVs; ages; system users (analyst,
logstash_writer, payroll_rw); documentation and placeholder values (sk-..., ${OPENAI_API_KEY}, AWS's EXAMPLE keys,
published test cards, documentation IBANs, specimen SSNs, fiction phone ranges, example.com addresses, RFC 5737/3849
addresses, public resolvers); the placeholder people of forms; public figures, famous places and companies in general
questions. Dates never appear in the negative or clean templates, and clean prompts hold no lookalike numbers at all.
"""

from __future__ import annotations

import random
import string

from bench.privacy import _blind_values as _bv
from bench.privacy._blind_values import _braces, _native, _roman, _s, pick_locale, town_name

# --- People and places ------------------------------------------------------------------------------------------
# country -> (female first names, male first names, female surnames, male surnames ("" = same), towns, streets).
# Non-Latin entries are "native=roman"; the romanisation serves e-mail addresses, handles and card holders.
# fresh17 draws its own people, towns and streets (the plumbing that uses them is _blind_values.py's).
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Marguerite|Shayla|Odessa|Brianna|Lorelei|Yesenia|Harriet|Tova|Candace|Willa",
           "Beckett|Lamar|Horace|Silas|Donovan|Ezequiel|Garrett|Royce|Augustin|Tobias",
           "Lindqvist|Abernathy|Okafor|Castellanos|Pruitt|Vukovich|Hargrove|Ellsworth|Tanaka-Reyes|Mayfield", "",
           "Duluth, MN|Pueblo, CO|Yakima, WA|Ames, IA|Burlington, VT|Asheville, NC|Rapid City, SD|Santa Fe, NM|Erie, PA|Tulsa, OK",
           "Sycamore|Briar Patch|Foxglove|Millrace|Cottonwood|Pinecrest|Magnolia Bend|Rivermist"),
    "GB": ("Rosamund|Eilidh|Bethan|Harriet|Nusrat|Clemency|Gwen|Ottilie|Priti|Tabitha",
           "Hamish|Barnaby|Dafydd|Ruaridh|Alfie|Imran|Lachlan|Rupert|Gethin|Declan",
           "Ackroyd|Pemberton|Trevelyan|Hewitt|Chaudhry|Ap Rhys|Crabtree|Lomax|Fairweather|Sowerby", "",
           "Whitby YO21|Aberystwyth SY23|Keswick CA12|Truro TR1|Stirling FK8|Hereford HR1|Malton YO17|Ipswich IP4|Oban PA34|Sherborne DT9",
           "Ropewalk|Glebe Lane|Weavers Row|Cuckoo Hill|Quarry Road|Vicarage Close|Tanyard Mews|Alder Grove"),
    "IE": ("Gráinne|Síofra|Caoimhe|Úna|Orla|Méabh", "Colm|Tadhg|Fionn|Cathal|Donnchadh|Lorcan",
           "Ní Dhonnchadha|Gallagher|Ní Cheallaigh|Cassidy|Mac Giolla|Nic Amhlaoibh", "Ó Donnchadha|Gallagher|Ó Ceallaigh|Cassidy|Mac Giolla|Mac Amhlaoibh",
           "Westport, Co. Mayo|Dungarvan, Co. Waterford|Athlone, Co. Westmeath|Letterkenny, Co. Donegal|Kilkenny, Co. Kilkenny",
           "Bridge Street|Bóthar an Chaisleáin|Rosemount Park|Abbey Road|Chapel Lane"),
    "CA": ("Chantal|Simran|Brooklyn|Josée|Tanis|Océane", "Marc-André|Jaskaran|Tyler|Benoît|Kieran|Landon",
           "Gagnon|MacIsaac|Grewal|Lévesque|Chow-Morrison|Thibodeau", "",
           "Fredericton, NB|Nanaimo, BC|Trois-Rivières, QC|Lethbridge, AB|Thunder Bay, ON|Saskatoon, SK",
           "Tamarack Drive|Rue Principale|Lakeshore Road|Hemlock Street|Maple Grove Crescent"),
    "AU": ("Sienna|Tegan|Kylie|Jarrah|Courtney|Imogen", "Lachlan|Brodie|Hamish|Callum|Jayden|Riley",
           "Kennedy|Nguyen-Hart|Papadakis|O'Loughlin|Yunupingu|Strahan", "",
           "Dubbo NSW|Toowoomba QLD|Geraldton WA|Bendigo VIC|Devonport TAS|Whyalla SA",
           "Grevillea Street|Bottlebrush Court|Kurrajong Drive|Blackwood Way|Acacia Avenue"),
    "NZ": ("Anahera|Kiri|Moana|Hayley|Ngaire|Tui", "Tamati|Nikau|Hemi|Jarrod|Manaia|Shane",
           "Tuhoe|Walker-Ngata|Te Rangi|Fraser|Hohepa|Robertson", "",
           "Whanganui|Timaru|Gisborne|Masterton|Whakatāne|Greymouth",
           "Harakeke Street|Mānuka Road|Kauri Lane|Nīkau Place|Raupō Drive"),
    "IN": ("Lavanya|Shreya|Kavitha|Nandini|Ishita|Pallavi", "Arjun|Pranav|Naveen|Harish|Aditya|Varun",
           "Menon|Banerjee|Joshi|Nair|Gokhale|Rao", "",
           "Madurai|Nashik|Guntur|Mangaluru|Cuttack|Thrissur", "Temple Road|Church Street|Nehru Road|Ring Road|Market Street"),
    "ZA": ("Zanele|Nokuthula|Marelize|Refilwe|Ayanda|Shireen", "Lwazi|Tshepo|Johan|Mpho|Wikus|Sizwe",
           "Khumalo|Steenkamp|Mthembu|Naidoo|Du Plessis|Mokoena", "",
           "Kimberley|Paarl|George|Rustenburg|Pietermaritzburg|East London",
           "Aloe Street|Marula Avenue|Fynbos Close|Kiepersol Road|Yellowwood Lane"),
    "NG": ("Chiamaka|Adaeze|Halima|Temitope|Oluwaseun|Zainab", "Obinna|Tunde|Chukwuemeka|Musa|Kelechi|Adewale",
           "Okeke|Balogun|Nwosu|Ibrahim|Olatunji|Umeh", "",
           "Owerri|Ilorin|Calabar|Jos|Osogbo|Benin City", "Awolowo Road|Ahmadu Bello Way|Wetheral Road|Old Market Road|Ikot Ekpene Road"),
    "DE": ("Hannelore|Jule|Merle|Annika|Derya|Franziska|Insa|Greta", "Hauke|Jannik|Ole|Wolfgang|Kilian|Deniz|Lasse|Bastian",
           "Oltmanns|Feldhaus|Riedmüller|Kowalke|Petersen|Schäfermeier|Aksoy|Vogelsang", "",
           "Oldenburg|Passau|Detmold|Fulda|Greifswald|Landshut|Siegen|Husum",
           "Gartenstraße|Am Mühlbach|Birkenweg|Goethestraße|Marktplatz|Hafenstraße|Eichendorffweg"),
    "AT": ("Katharina|Elisabeth|Stefanie|Lena", "Stefan|Bernhard|Christoph|Maximilian",
           "Huber|Wallner|Leitner|Aigner|Moosbrugger", "", "Leoben|Dornbirn|Villach|Steyr|Amstetten|Kufstein",
           "Grazer Straße|Mozartgasse|Hauptplatz|Wiesengasse|Kirchengasse"),
    "CH": ("Ladina|Mirjam|Annina|Stefanie", "Andrin|Lukas|Fabian|Marco", "Meier|Baumann|Gerber|Widmer|Zbinden", "",
           "Frauenfeld|Olten|Burgdorf|Wetzikon|Sierre|Bülach", "Bahnhofstrasse|Schulhausweg|Obere Gasse|Mattenweg|Seeblick"),
    "FR": ("Clémence|Océane|Ségolène|Nolwenn|Inès|Apolline|Margaux", "Jérôme|Quentin|Erwan|Bastien|Mehdi|Aurélien|Gaspard",
           "Garnier|Le Bihan|Moreau|Haddad|Perrin|Delacroix|Tessier", "",
           "Quimper|Colmar|Niort|Chambéry|Albi|Valence|Laval|Dunkerque",
           "rue Pasteur|avenue de Verdun|rue des Écoles|chemin des Prés|rue du Moulin|place du Marché"),
    "BE": ("Hanne|Noémie|Griet|Justine|Ellen", "Jens|Maarten|Florent|Stijn|Thibault",
           "Janssens|Maes|Lambert|Jacobs|Vermeulen|Dumont", "", "Mechelen|Liège|Kortrijk|Hasselt|Mons|Oostende",
           "Molenstraat|Rue du Château|Schoolstraat|Avenue des Tilleuls|Veldstraat"),
    "ES": ("Maite|Lucía|Ainara|Macarena|Montserrat|Yaiza", "Unai|Javier|Pau|Gonzalo|Aitor|Adrián",
           "Olmedo Ruiz|Arrieta|Castells|Morales Vidal|Garrido|Quintana", "",
           "Logroño|León|Teruel|Tarragona|Jaén|Cáceres|Lugo",
           "Calle Real|Avenida de Andalucía|Calle de la Paz|Carrer Major|Ronda de Poniente"),
    "MX": ("Citlali|Abril|Yolanda|Daniela|Marisol", "Santiago|Alejandro|Cuauhtémoc|Eduardo|Iván",
           "Ramírez Soto|Galindo|Mendoza|Orozco|Valdivia", "", "Aguascalientes|Tlaxcala|Culiacán|Xalapa|Durango|León",
           "Av. Insurgentes|Calle Allende|Av. Universidad|Calle Zaragoza|Blvd. Independencia"),
    "AR": ("Valentina|Camila|Rocío|Julieta", "Facundo|Lautaro|Gonzalo|Franco", "Romero|Giménez|Ledesma|Quiroga|Paz", "",
           "Córdoba|Neuquén|Tandil|Rosario|Santa Rosa|Bahía Blanca", "Av. Rivadavia|Calle Sarmiento|Av. Mitre|Calle Urquiza"),
    "IT": ("Federica|Valentina|Alessia|Arianna|Noemi|Elisa", "Gabriele|Simone|Alessio|Filippo|Nicolò|Jacopo",
           "Galli|Rinaldi|Conti|Greco|Mancini|Lombardi|Moretti", "",
           "Bergamo|Lecce|Trento|Pisa|Parma|Brescia|Ravenna",
           "Via Dante|Via Cavour|Corso Vittorio Emanuele|Via Verdi|Piazza Duomo|Via dei Mille"),
    "NL": ("Marieke|Iris|Floor|Noor|Wietske|Romy", "Daan|Jesse|Wouter|Gijs|Tijmen|Koen",
           "Jansen|de Boer|Vermeer|Kok|Dijkstra|van Dam|Hoekstra", "",
           "Deventer|Assen|Alkmaar|Breda|Roermond|Delft|Harderwijk|Enschede",
           "Dorpsstraat|Lindelaan|Stationsweg|Wilhelminastraat|Vaart|Achterom"),
    "PT": ("Catarina|Joana|Raquel|Teresa|Sofia", "João|Rui|Diogo|Nuno|Miguel",
           "Sousa|Carvalho|Pinto|Ribeiro|Teixeira", "", "Guimarães|Leiria|Évora|Covilhã|Portimão|Viana do Castelo",
           "Rua de Santo António|Avenida da República|Travessa do Sol|Rua Nova|Rua das Flores"),
    "BR": ("Larissa|Camila|Débora|Vanessa|Letícia|Aline", "Rafael|Diego|Matheus|Vinícius|Felipe|João Pedro",
           "Souza|Lima|Carvalho Dias|Moreira|Teixeira|Cavalcanti", "",
           "Uberlândia|Campina Grande|Cuiabá|Florianópolis|Juiz de Fora|Aracaju|Belém",
           "Rua Sete de Setembro|Avenida Brasil|Rua São José|Avenida Atlântica|Rua das Palmeiras"),
    "PL": ("Justyna|Aleksandra|Ewelina|Dorota|Natalia|Joanna", "Krzysztof|Michał|Bartosz|Paweł|Jakub|Wojciech",
           "Wiśniewska|Kowalczyk|Lewandowska|Wróbel|Sikora|Jabłońska", "Wiśniewski|Kowalczyk|Lewandowski|Wróbel|Sikora|Jabłoński",
           "Kielce|Gorzów Wielkopolski|Tarnów|Elbląg|Płock|Legnica|Zamość",
           "ul. Lipowa|ul. Polna|ul. Sienkiewicza|ul. Krótka|ul. Leśna|al. Niepodległości"),
    "SE": ("Astrid|Maja|Elsa|Klara|Tove", "Axel|Gustav|Anton|Nils|Linus", "Nyström|Åberg|Lundgren|Hedlund|Forsberg", "",
           "Östersund|Visby|Växjö|Karlstad|Skellefteå|Borås", "Drottninggatan|Ringvägen|Ekvägen|Strandvägen|Prästgatan"),
    "NO": ("Ingrid|Marit|Kari|Hedda|Synnøve", "Øyvind|Arne|Jørgen|Vegard|Kristoffer", "Berg|Nilsen|Lunde|Strand|Moe", "",
           "Bodø|Hamar|Molde|Skien|Harstad|Kongsberg", "Kirkegata|Fjordveien|Bekkeveien|Torggata|Furuveien"),
    "DK": ("Anne|Line|Freja|Signe|Birgitte", "Mikkel|Jonas|Anders|Kasper|Niels", "Nielsen|Pedersen|Andersen|Larsen|Sørensen", "",
           "Esbjerg|Herning|Svendborg|Viborg|Næstved|Kolding", "Algade|Skovvej|Kirkevej|Strandgade|Møllevej"),
    "FI": ("Satu|Riikka|Noora|Elina|Pirjo", "Juha|Teemu|Jussi|Kalle|Olli", "Korhonen|Nieminen|Hämäläinen|Salonen|Lehtonen", "",
           "Tampere|Lahti|Pori|Rovaniemi|Joensuu|Vaasa", "Hämeenkatu|Koivukuja|Satamakatu|Kirkkotie|Aleksanterinkatu"),
    "CZ": ("Veronika|Barbora|Jana|Klára|Eliška", "Martin|Vojtěch|Jiří|Filip|David",
           "Novotná|Svobodová|Veselá|Marešová|Pokorná", "Novotný|Svoboda|Veselý|Mareš|Pokorný",
           "Jihlava|Zlín|Opava|Kolín|Kladno|Cheb", "Nerudova|Smetanova|Tyršova|Žižkova|Lidická"),
    "HU": ("Katalin|Boglárka|Noémi|Judit|Petra", "Balázs|Tamás|Márton|Csaba|Dániel", "Nagy|Kiss|Farkas|Balogh|Papp|Takács", "",
           "Szeged|Eger|Sopron|Veszprém|Nyíregyháza|Kaposvár", "Széchenyi utca|Dózsa György út|Béke utca|Jókai Mór utca|Ady Endre utca"),
    "RO": ("Elena|Alexandra|Cristina|Diana|Oana", "Alexandru|Ionuț|Florin|Vlad|Sorin", "Georgescu|Munteanu|Ardelean|Moldovan|Lazăr", "",
           "Oradea|Craiova|Suceava|Pitești|Alba Iulia|Baia Mare", "Str. Mihai Eminescu|Bd. Unirii|Str. Libertății|Calea Victoriei|Str. Morii"),
    "TR": ("Aylin|Gizem|Selin|Esra|Derya", "Burak|Serkan|Tolga|Kerem|Yusuf", "Öztürk|Arslan|Çelik|Koç|Polat|Erdem", "",
           "Denizli|Samsun|Gaziantep|Edirne|Mersin|Sakarya", "Menekşe Sok.|Zafer Cad.|Barış Sok.|Gazi Bulvarı|Çınar Sok."),
    "GR": ("Δήμητρα=Dimitra|Αγγελική=Angeliki|Βασιλική=Vasiliki|Χριστίνα=Christina|Ιωάννα=Ioanna",
           "Αλέξανδρος=Alexandros|Βασίλης=Vasilis|Στέλιος=Stelios|Θανάσης=Thanasis|Μιχάλης=Michalis",
           "Αντωνίου=Antoniou|Καραγιάννη=Karagianni|Νικολάου=Nikolaou|Βλάχου=Vlachou",
           "Αντωνίου=Antoniou|Καραγιάννης=Karagiannis|Νικολάου=Nikolaou|Βλάχος=Vlachos",
           "Ιωάννινα=Ioannina|Χανιά=Chania|Σέρρες=Serres|Κομοτηνή=Komotini|Τρίκαλα=Trikala",
           "Αριστοτέλους|Ελευθερίου Βενιζέλου|Μητροπόλεως|Αγίου Δημητρίου|Καποδιστρίου"),
    "RU": ("Дарья=Daria|Ксения=Ksenia|Татьяна=Tatiana|Юлия=Yulia|Полина=Polina",
           "Никита=Nikita|Илья=Ilya|Владимир=Vladimir|Роман=Roman|Павел=Pavel",
           "Лебедева=Lebedeva|Новикова=Novikova|Фёдорова=Fyodorova|Орлова=Orlova|Зайцева=Zaitseva",
           "Лебедев=Lebedev|Новиков=Novikov|Фёдоров=Fyodorov|Орлов=Orlov|Зайцев=Zaitsev",
           "Ярославль=Yaroslavl|Калуга=Kaluga|Иркутск=Irkutsk|Вологда=Vologda|Саратов=Saratov|Псков=Pskov",
           "ул. Советская|ул. Кирова|пр. Ленина|ул. Лесная|ул. Набережная"),
    "UA": ("Ганна=Hanna|Мирослава=Myroslava|Тетяна=Tetiana|Дарина=Daryna|Людмила=Liudmyla",
           "Дмитро=Dmytro|Остап=Ostap|Василь=Vasyl|Євген=Yevhen|Роман=Roman",
           "Кравчук=Kravchuk|Савченко=Savchenko|Гнатюк=Hnatiuk|Лисенко=Lysenko|Мороз=Moroz", "",
           "Чернігів=Chernihiv|Житомир=Zhytomyr|Ужгород=Uzhhorod|Тернопіль=Ternopil|Суми=Sumy|Черкаси=Cherkasy",
           "вул. Грушевського|вул. Січових Стрільців|просп. Перемоги|вул. Садова|вул. Лесі Українки"),
    "JP": ("美咲=Misaki|結衣=Yui|千尋=Chihiro|彩花=Ayaka|恵子=Keiko", "大翔=Hiroto|修=Osamu|直樹=Naoki|蓮=Ren|浩二=Koji",
           "小林=Kobayashi|加藤=Kato|山本=Yamamoto|松本=Matsumoto|井上=Inoue|木村=Kimura", "",
           "松江市=Matsue|長野市=Nagano|宮崎市=Miyazaki|富山市=Toyama|盛岡市=Morioka|岐阜市=Gifu", "大手町|旭町|桜通り|港町"),
    "CN": ("婷=Ting|佳怡=Jiayi|秀英=Xiuying|梦琪=Mengqi|玉兰=Yulan", "磊=Lei|建军=Jianjun|子轩=Zixuan|文博=Wenbo|海涛=Haitao",
           "黄=Huang|周=Zhou|吴=Wu|徐=Xu|孙=Sun|马=Ma|胡=Hu", "",
           "厦门=Xiamen|昆明=Kunming|长沙=Changsha|济南=Jinan|合肥=Hefei|无锡=Wuxi", "和平路|长江路|新华路|青年路|学府路"),
    "KR": ("수빈=Subin|예린=Yerin|다은=Daeun|소영=Soyoung|혜진=Hyejin", "도윤=Doyun|준호=Junho|태현=Taehyun|승우=Seungwoo|동훈=Donghoon",
           "윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh|서=Seo", "",
           "포항=Pohang|청주=Cheongju|전주=Jeonju|창원=Changwon|원주=Wonju|구미=Gumi", "시청로|대학로|해안로|중부대로|희망길"),
    "IL": ("אביגיל=Avigail|רוני=Roni|הדס=Hadas|ליאת=Liat|אורית=Orit", "נדב=Nadav|גיא=Guy|עידו=Ido|אסף=Asaf|רועי=Roi",
           "פרידמן=Friedman|שפירא=Shapira|אזולאי=Azoulay|גולן=Golan|דהן=Dahan|ברק=Barak", "",
           "כפר סבא=Kfar Saba|אשדוד=Ashdod|עפולה=Afula|רעננה=Raanana|מודיעין=Modiin", "ויצמן|הנשיא|סוקולוב|העצמאות|האלה"),
    "AE": ("شيخة=Shaikha|حصة=Hessa|لطيفة=Latifa|ميثاء=Maitha|آمنة=Amna", "سعيد=Saeed|راشد=Rashid|سلطان=Sultan|حمدان=Hamdan|ماجد=Majid",
           "الظاهري=Al Dhaheri|السويدي=Al Suwaidi|المهيري=Al Muhairi|الزعابي=Al Zaabi|البلوشي=Al Balushi", "",
           "الفجيرة=Fujairah|خورفكان=Khor Fakkan|أم القيوين=Umm Al Quwain|كلباء=Kalba|الذيد=Al Dhaid", "شارع الاتحاد|شارع الخليج|شارع الكورنيش|شارع السلام"),
    "INH": ("कविता=Kavita|सुनीता=Sunita|रश्मि=Rashmi|दीपिका=Deepika|ममता=Mamta", "मनोज=Manoj|सुरेश=Suresh|अजय=Ajay|दीपक=Deepak|आलोक=Alok",
            "तिवारी=Tiwari|पांडे=Pandey|सिंह=Singh|श्रीवास्तव=Srivastava|जैन=Jain|अग्रवाल=Agarwal", "",
            "वाराणसी=Varanasi|आगरा=Agra|ग्वालियर=Gwalior|रायपुर=Raipur|देहरादून=Dehradun|अजमेर=Ajmer", "सिविल लाइंस|सदर बाज़ार|शास्त्री नगर|कमला नगर"),
    "TH": ("สุภาวดี=Supawadee|อรุณี=Arunee|พิมพ์ชนก=Pimchanok|จันทร์เพ็ญ=Janpen", "ประเสริฐ=Prasert|กิตติพงษ์=Kittipong|อนุชา=Anucha|ชัยวัฒน์=Chaiwat",
           "สุขสวัสดิ์=Suksawat|ใจดี=Jaidee|รุ่งเรือง=Rungruang|พรหมมา=Prommma|ศรีวงศ์=Sriwong", "",
           "พิษณุโลก=Phitsanulok|ลำปาง=Lampang|อุบลราชธานี=Ubon Ratchathani|สุราษฎร์ธานี=Surat Thani|ระยอง=Rayong",
           "ถนนพหลโยธิน|ถนนเพชรเกษม|ถนนราชดำเนิน|ถนนเจริญเมือง"),
    "VN": ("Thanh Hương|Mai Linh|Bích Ngọc|Thùy Dung|Khánh Vy", "Quang Huy|Thành Long|Văn Tài|Minh Khoa|Đình Phúc",
           "Võ|Đặng|Bùi|Đỗ|Ngô|Dương|Lý", "", "Đà Lạt|Quy Nhơn|Buôn Ma Thuột|Thái Nguyên|Nam Định|Long Xuyên",
           "đường Hai Bà Trưng|đường Phan Chu Trinh|đường Lý Thái Tổ|đường Bà Triệu|đường Điện Biên Phủ"),
    "SK": ("Katarína|Simona|Andrea|Monika", "Michal|Róbert|Matúš|Ján", "Baláž|Molnárová|Šimková|Lukáčová",
           "Baláž|Molnár|Šimko|Lukáč", "Poprad|Trenčín|Martin|Zvolen|Piešťany|Komárno",
           "Námestie SNP|Školská|Záhradná|Družstevná|Hviezdoslavova"),
    "BG": ("Радостина=Radostina|Милена=Milena|Йоана=Yoana|Теодора=Teodora", "Стефан=Stefan|Калоян=Kaloyan|Борислав=Borislav|Атанас=Atanas",
           "Николова=Nikolova|Христова=Hristova|Атанасова=Atanasova|Костова=Kostova", "Николов=Nikolov|Христов=Hristov|Атанасов=Atanasov|Костов=Kostov",
           "Велико Търново=Veliko Tarnovo|Плевен=Pleven|Шумен=Shumen|Благоевград=Blagoevgrad|Хасково=Haskovo",
           "ул. „Васил Левски“|бул. „Христо Ботев“|ул. „Цар Симеон“|ул. „Оборище“"),
    "HR": ("Katarina|Maja|Nikolina|Tena|Dora", "Filip|Mateo|Ante|Dario|Krešimir", "Novak|Knežević|Vuković|Pavlović|Tomić", "",
           "Dubrovnik|Šibenik|Karlovac|Slavonski Brod|Čakovec|Sisak", "Ulica Ante Starčevića|Frankopanska|Ulica Matije Gupca|Obala|Put Supavla"),
    "LT": ("Ieva|Justina|Simona|Inga", "Darius|Paulius|Vytautas|Karolis", "Stankevičienė|Vasiliauskienė|Butkienė|Paulauskienė",
           "Stankevičius|Vasiliauskas|Butkus|Paulauskas", "Marijampolė|Utena|Telšiai|Tauragė|Druskininkai",
           "Gedimino pr.|Maironio g.|Kęstučio g.|Sodų g.|Parko g."),
    "ID": ("Ratna|Indah|Wulan|Fitri|Lestari", "Yoga|Hendra|Fajar|Arif|Bayu", "Wijaya|Siregar|Pratama|Gunawan|Lubis|Setiawan", "",
           "Bandung|Solo|Padang|Makassar|Pontianak|Denpasar", "Jl. Gatot Subroto|Jl. Ahmad Yani|Jl. Veteran|Jl. Imam Bonjol|Jl. Kartini"),
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
_JP_PREF = {"松江市": "島根県", "長野市": "長野県", "宮崎市": "宮崎県", "富山市": "富山県", "盛岡市": "岩手県", "岐阜市": "岐阜県"}
_BR_UF = {"Uberlândia": "MG", "Campina Grande": "PB", "Cuiabá": "MT", "Florianópolis": "SC", "Juiz de Fora": "MG", "Aracaju": "SE", "Belém": "PA"}
_MX_COL = ("Col. Del Valle", "Col. Centro", "Fracc. Las Américas", "Col. Jardines", "Col. Reforma")


def write_address(r: random.Random, country: str, town: str, multiline: bool = False) -> str:
    """A street address in the country's own layout (fresh17's own layouts); `town` is the native town entry of PEOPLE."""
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
        head = r.choice([f"{no} {street}", f"{no}a {street}", f"{r.choice(['Old Forge', 'The Granary', 'Swallows Barn', 'Hillcrest'])}, {street}"])
        return f"{head}{nl}{city.upper() if multiline and r.random() < 0.5 else city}{nl}{area} {r.randint(1, 9)}{_s(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if country == "IE":
        return f"{r.choice(['', 'Apt 3, ', 'The Lodge, '])}{no} {street}{nl}{town}{nl}{r.choice('ACDFHKNPRTVWXY')}{d(2)} {_s(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if country == "CA":
        city, prov = town.split(", ")
        pc = f"{r.choice('ABCEGHJKLMNPRSTVXY')}{d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
        return f"{r.choice(['', 'Unit 4, ', f'Apt {r.randint(2, 900)}, '])}{no} {street}{nl}{city} {prov} {pc}"
    if country == "AU":
        city, st = town.rsplit(" ", 1)
        return f"{r.choice(['', f'Unit {r.randint(1, 9)}, ', f'{r.randint(1, 20)}/'])}{no} {street}{nl}{city.upper()} {st} {r.randint(2000, 7999)}"
    if country == "NZ":
        return f"{r.choice(['', f'Flat {r.randint(1, 6)}, '])}{no} {street}{nl}{r.choice(['Aramoho', 'Highfield', 'Kaiti', 'Lansdowne', 'Blaketown'])}{nl}{town} {d(4)}"
    if country == "IN":
        return (f"{r.choice(['Door No.', 'Plot No.', 'Flat'])} {r.randint(1, 40)}-{r.randint(1, 99)}, {r.choice(['Sai Krupa Apartments', 'Lakshmi Nilayam', 'Green Park Enclave'])}, "
                f"{street}{nl}{town} {r.randint(1, 8)}{d(5)}")
    if country == "ZA":
        return f"{r.choice(['', 'Unit 7, ', 'Flat 12, '])}{no} {street}{nl}{r.choice(['Hillcrest', 'Dalpark', 'Blue Downs', 'Westdene', 'Die Bult'])}{nl}{town}{nl if multiline else ' '}{d(4)}"
    if country == "NG":
        return f"{r.choice(['No.', 'Plot', 'House'])} {no}{r.choice(['', 'B'])}, {street}{nl}{r.choice(['Ikenegbu', 'GRA Phase 2', 'Tanke', 'Rayfield', 'Diobu'])}, {town}{r.choice(['', ', ' + d(6)])}"
    if country in ("DE", "AT", "CH"):
        pc = d(5) if country == "DE" else f"{r.randint(1, 9)}{d(3)}"
        tail = f"/Top {r.randint(1, 24)}" if country == "AT" and r.random() < 0.5 else ""
        return f"{street} {no}{r.choice(['', 'a', 'c'])}{tail}{nl}{r.choice(['', 'D-']) if country == 'DE' else ''}{pc} {town}"
    if country == "FR":
        return f"{r.choice(['', 'Résidence Les Acacias, ', 'Esc. B, '])}{no}{r.choice(['', ' bis', ' ter'])} {street}{nl}{d(5)} {town.upper() if r.random() < 0.5 else town}"
    if country == "BE":
        return f"{street} {no}{r.choice(['', ' bus 2', ' bte 3', '/0101'])}{nl}{r.randint(1000, 9999)} {town}"
    if country == "ES":
        return f"{street} {no}, {r.choice(['bajo', '1º', '3º izda.', '2º B', 'ático'])}{nl}{d(5)} {town}{r.choice(['', ' (' + town + ')'])}"
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
        return f"{street}, {r.randint(10, 3999)}{r.choice(['', ' - casa 2', ', bloco B, ap. 302'])} - {r.choice(['Centro', 'Jardim América', 'Santa Mônica', 'Trindade'])}{nl}{town}/{_BR_UF.get(town, 'SP')} - CEP {d(5)}-{d(3)}"
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
        return f"{r.choice(['Bahçelievler', 'Kocatepe', 'Yeni', 'Çarşı'])} Mah. {street} No: {no}/{r.randint(1, 20)}{nl}{d(5)} {town}"
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
        flat = f" {r.choice(['コーポ', 'ハイツ'])}{r.choice(['桜', '緑', '青葉'])}{r.randint(1, 5)}0{r.randint(1, 9)}"
        return f"〒{d(3)}-{d(4)} {_JP_PREF[town]}{town}{street}{r.randint(1, 6)}丁目{r.randint(1, 25)}番{r.randint(1, 20)}号{r.choice(['', flat])}"
    if country == "CN":
        return f"{town}市{r.choice(['高新区', '经开区', '城东区', '新城区', '滨江新区'])}{street}{r.randint(1, 800)}号{r.choice(['', f'{r.randint(1, 20)}幢{r.randint(1, 30)}0{r.randint(1, 6)}室'])}"
    if country == "KR":
        return f"{r.choice(['경상북도', '충청북도', '전북특별자치도', '경상남도', '강원특별자치도'])} {town}시 {street} {r.randint(1, 400)}, {r.randint(101, 120)}동 {r.randint(1, 20)}0{r.randint(1, 5)}호"
    if country == "IL":
        return f"{street} {no}{r.choice(['', ' דירה ' + str(r.randint(1, 40))])}, {town}{r.choice(['', ' ' + d(7)])}"
    if country == "AE":
        return f"شقة {r.randint(101, 1204)}، بناية {r.choice(['الريم', 'الوفاق', 'النجمة'])}، {street}، {town}"
    if country == "INH":
        return f"{r.randint(1, 300)}/{r.randint(1, 40)}, {street}, {town} {r.randint(2, 8)}{d(5)}"
    if country == "TH":
        return f"เลขที่ {no} {street} ตำบล{r.choice(['ในเมือง', 'บ้านใหม่', 'หัวเวียง'])} อำเภอเมือง จังหวัด{town} {d(5)}"
    if country == "VN":
        return f"{no}/{r.randint(1, 40)} {street}, phường {r.choice(['1', '4', 'Xuân An', 'Quang Trung'])}, {town}"
    if country == "ID":
        return f"{street} No. {no}{r.choice(['', 'A'])}, RT {r.randint(1, 15):03d}/RW {r.randint(1, 9):03d}{nl}{town} {d(5)}"
    raise KeyError(country)


# --- Organizations -------------------------------------------------------------------------------------------------
_ORG: dict[str, tuple[str, ...]] = {  # {t} town, {l} a surname
    "en": ("{l} & {l2} Solicitors", "{t} Community Credit Union", "Riverside Orthodontics", "Hollins Park Primary",
           "{l} Plumbing & Heating", "Brambles Veterinary Surgery", "{t} Rowing Club", "Little Acorns Nursery",
           "{l} Optometrists", "Keystone Lettings", "St Columba's High School", "{l} Joinery Ltd"),
    "de": ("Rechtsanwälte {l} & {l2}", "Volksbank {t} eG", "Zahnarztpraxis Dr. {l}", "Gesamtschule Am Stadtpark",
           "{l} Haustechnik GmbH", "Ruderverein {t} 1921", "Kita Sonnenkäfer", "Augenoptik {l}"),
    "fr": ("Étude notariale {l}", "Caisse d'Épargne de {t}", "Collège Jules-Verne", "Plomberie {l} SARL",
           "Cabinet dentaire des Remparts", "Auto-école {l}"),
    "es": ("Asesoría {l}", "Clínica Dental Arco Iris", "IES Miguel Hernández", "Fontanería {l} SL", "Cooperativa de Crédito de {t}"),
    "it": ("Studio Legale {l}", "Cassa Rurale di {t}", "Liceo Scientifico Galileo Galilei", "Idraulica {l} Snc", "Poliambulatorio Santa Chiara"),
    "nl": ("Notariskantoor {l}", "Tandartspraktijk De Linde", "Basisschool De Klimop", "Installatiebedrijf {l}"),
    "pt": ("Solicitadoria {l}", "Clínica Dentária Sorriso", "Escola Secundária de {t}", "Canalizações {l} Lda"),
    "pl": ("Kancelaria Notarialna {l}", "Gabinet Stomatologiczny Uśmiech", "Liceum Ogólnokształcące nr 2 w {t}", "Spółdzielnia Mieszkaniowa {t}"),
    "sv": ("Advokatbyrån {l} AB", "Tandläkarna i {t}", "{l}s Rör AB"),
    "no": ("Advokatfirmaet {l} AS", "{t} tannklinikk", "{l} Rørlegger AS"),
    "da": ("Advokatfirmaet {l}", "Tandlægerne i {t}", "{l} VVS ApS"),
    "fi": ("Asianajotoimisto {l} Oy", "Hammaslääkäriasema Hymy", "{l} Putki Oy"),
    "cs": ("Advokátní kancelář {l}", "Zubní ordinace Úsměv", "Gymnázium {t}"),
    "hu": ("{l} Ügyvédi Iroda", "Mosoly Fogászati Rendelő", "{t}i Gimnázium"),
    "ro": ("Cabinet de Avocatură {l}", "Clinica Stomatologică Zâmbet", "Liceul Teoretic nr. 2"),
    "tr": ("{l} Hukuk Bürosu", "Gülüş Diş Kliniği", "{l} Tesisat"),
    "el": ("Δικηγορικό Γραφείο {l}", "Οδοντιατρείο Χαμόγελο", "Φροντιστήριο Γνώση"),
    "ru": ("ООО «{l} Сервис»", "Стоматология «Улыбка»", "Гимназия № 7"),
    "uk": ("ТОВ «{l} Сервіс»", "Стоматологія «Посмішка»", "Гімназія № 9"),
    "sk": ("Advokátska kancelária {l}", "Zubná ambulancia Úsmev", "Gymnázium {t}"),
    "bg": ("Адвокатска кантора „{l}“", "Дентален център „Усмивка“", "ПМГ „Никола Обрешков“"),
    "hr": ("Odvjetnički ured {l}", "Stomatološka ordinacija Osmijeh", "Gimnazija {t}"),
    "lt": ("Advokatų kontora „{l}“", "Odontologijos klinika „Šypsena“", "{t} gimnazija"),
    "ja": ("{l}司法書士事務所", "{t}さくら歯科クリニック", "株式会社あおば設備"),
    "zh": ("{t}明德律师事务所", "微笑口腔诊所", "{t}市实验小学"),
    "ko": ("{l}법무사사무소", "{t}미소치과", "푸른솔어린이집"),
    "he": ("משרד עורכי דין {l}", "מרפאת שיניים חיוך"),
    "ar": ("مكتب {l} للمحاماة", "عيادة البسمة لطب الأسنان"),
    "hi": ("{l} ट्रेडर्स", "मुस्कान डेंटल क्लिनिक"),
    "th": ("สำนักงานกฎหมาย {l}", "คลินิกทันตกรรมยิ้มสวย"),
    "vi": ("Văn phòng Luật sư {l}", "Nha khoa Nụ Cười"),
    "id": ("Kantor Notaris {l}", "Klinik Gigi Senyum", "SMA Negeri 2 {t}"),
}

# English organizations by kind ({org:school}, {org:clinic}...), so that "my daughter's school" names a school.
_ORG_EN_KIND: dict[str, tuple[str, ...]] = {
    "school": ("Hollins Park Primary", "St Columba's High School", "{t} Montessori Academy", "Little Acorns Nursery",
               "{t} Sixth Form College", "Westbury Grammar School"),
    "clinic": ("Riverside Orthodontics", "{l} Optometrists", "Brambles Veterinary Surgery", "{t} Family Practice", "Northgate Physio & Pilates",
               "{l} Hearing Centre"),
    "firm": ("{l} Plumbing & Heating", "{l} & {l2} Solicitors", "Keystone Lettings", "{l} Joinery Ltd", "Bright Sparks Electrical",
             "{t} Print & Copy"),
    "bank": ("{t} Community Credit Union", "{t} Building Society", "{t} Farmers Co-operative Bank", "Prairie Hills Credit Union"),
    "club": ("{t} Rowing Club", "{t} Harriers", "{t} Sailing Club", "Fernside Darts League"),
    "care": ("Willowmere Care Home", "{t} Hospice", "Bluebell Court Residential Home", "{l} House Assisted Living"),
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
_CF_TOWNS = {"Bergamo": "A794", "Lecce": "E506", "Trento": "L378", "Pisa": "G702", "Parma": "G337", "Brescia": "B157", "Ravenna": "H199"}


# --- Password words ({pw:word|leet|wifi|phrase}, made by _blind_values.make_password) -------------------------------
_PW_WORDS = {
    "en": "Pumpernickel|Hedgehog|Tangerine|Snowdrop|Marigold|Firefly|Gingersnap|Moonbeam|Walrus|Honeycomb",
    "de": "Kuckucksuhr|Brezel|Maulwurf|Gänseblümchen|Zwetschge|Sternschnuppe",
    "fr": "Tournesol|Escargot|Croissant|Hirondelle|Mirabelle|Grenouille",
    "es": "Tortuga|Alcachofa|Flamenco|Luciérnaga|Membrillo",
    "it": "Lucciola|Cannolo|Gabbiano|Limoncello|Riccio",
    "pl": "Pierniczek|Wiewiorka|Biedronka|Jaskolka|Ogorek",
    "nl": "Hagelslag|Kikker|Pannenkoek|Zeehond",
    "pt": "Andorinha|Castanha|Caracol|Tangerina",
    "tr": "Simit|Lale|Kaplumbaga|Papatya",
    "ru": "Cheburashka|Oduvanchik|Pelmeni|Lisichka",
    "sv": "Kanelbulle|Igelkott|Blabar|Midsommar",
}
_PHRASE_WORDS = ["lantern", "basalt", "mango", "fjord", "cobalt", "pretzel", "drizzle", "marble", "kettle", "orbit", "sprocket", "thistle",
                 "canyon", "walnut", "glacier"]  # {pw:phrase}


# --- Rendering (Context and fill() are _blind_values.py's; this set hands them its tables) ----------------------------
_WORK_DOMAINS = ["ackroyd-joinery.co.uk", "volksbank-oltmanns.de", "etude-garnier.fr", "keystone-lettings.com", "lunde-ror.no",
                 "studiolegale-galli.it", "notaris-dijkstra.nl", "fernside.io", "brambles-vets.co.uk"]  # {wemail}


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
    # repair café, tool library, hackerspace, community lending
    ("en", "Can you turn this repair café intake slip into a tidy table?\n\nname: {name}\nphone: {phone}\nemail: {email}\nitem: toaster, sparks when lever pressed\ndrop-off: {date:long}\nlives in {town}"),
    ("en-GB", "Tool library overdue list, please draft a polite chaser to each:\n- {name} ({email}) – hedge trimmer, due {date:short}\n- {name2} ({phone2}) – tile cutter\n- {name3}, {addr3}"),
    ("en", "hey so im setting up the hackerspace door system, the members.yaml looks like this, is it ok to commit?\n\nmembers:\n  - name: {name}\n    rfid: {n:100000:999999}\n    email: {email}\n  - name: {name2}\n    rfid: {n:100000:999999@b}\n    email: {email2}\nmqtt_password: {pw:random}"),
    ("en-US", "Our tool-share co-op needs a deposit form. Fill it in from this and flag anything missing: {name}, {addr}, cell {phone}, card {card} exp {exp}, DOB {dob:num}."),
    # regatta, rowing, sailing
    ("en-GB", "Regatta crew list for the entry form (helm first):\n\nHelm: {namecaps}\nCrew: {namecaps2}\nEmergency contact: {name3} {phone3}\nClub: {org:club}\nBoat insured until {date:long}"),
    ("en-AU", "I need to email {first} about the sailing club fees. Her details: {email}, {phone}. BSB/account is on file but she wants to pay from IBAN {iban} as she's living overseas. Draft a reply?"),
    # cookery class, quiz and darts leagues, esports
    ("en", "Cookery class booking came through like this, can you pull out the allergies and contact info?\n\"Hi! Booking for me ({name}) and my partner {name2}. He's coeliac. Call me on {phone} if anything changes. Deposit paid already. Thx\""),
    ("en-GB", "Quiz league team sheet for Thursday — can you format it as a markdown table?\nteam: The Quizzly Bears\ncaptain {name} {phone}\n{name2}\n{name3}\n{first4} (sub)\nvenue: The Plough, {town}"),
    ("en-IE", "Darts league secretary here. Need a WhatsApp message to {first} {last} telling them the fixture moved to {date:short}. Their number is {phone} and they live out in {town}."),
    ("en", "esports roster for the uni league, turn into CSV pls\n{name} - IGL - {email}\n{name2} - support - {email2}\n{name3} - entry - {email3}\ncoach: {name4}, {org:school}"),
    # seed library, glider club, surf school
    ("en-NZ", "Seed library sign-up form text I got by email, can you summarise who signed up:\n\nName: {name}\nAddress: {addr}\nPhone: {phone}\nI'd like to borrow: heritage tomatoes\nSigned {date:num}"),
    ("en-AU", "surf school waiver scan came out like this after OCR, can you clean it up?\n\nPARTICIPANT {name:uc:ocr}\nD.O.B {dob:num:ocr}\nPH {phone:ocr}\nEMERGENCY {name2:uc} {phone2}"),
    # youth exchange, Erasmus, apostille, embassy
    ("en-XX", "I'm helping a youth-exchange student fill her host family form. Host: {name}, {addrml}\nPhone {phone}\nEmail {email}\nHost ID number: {natid} ({idname})\nCan you translate the field labels into plain English?"),
    ("en-XX", "Erasmus learning agreement: my coordinator {name2} ({wemail2}) says my personal details block is wrong. Here it is:\nStudent: {namecaps}\nDate of birth: {dob:iso}\nNationality ID: {natid}\nSending institution: {org}\nWhat did I mess up?"),
    ("en-US", "Apostille request cover letter to the Secretary of State. Me: {name}, {addr}, {phone}. Document: birth certificate of my son {first2:m:kid} {last}, born {dob2:long}. Please draft it."),
    ("en-IN", "Need to reschedule embassy appointment. Confirmation mail says applicant {name}, passport holder, DOB {dob}, mobile {phone}, email {email}. Write a short polite request for a later slot after {date:long}."),
    # headstone, obituary, antique valuation, auction
    ("en-GB", "Draft an order email to the stonemason for Dad's headstone. Inscription: 'In loving memory of {name2:m}'. Invoice to me, {name}, {addr}. Deposit paid by card {card} on {date:long}."),
    ("en-US", "Can you tighten this obituary draft? \"{name:m}, 81, of {town}, passed away peacefully on {date:long}. He is survived by his daughter {name2:f} of {town@b} and his grandson {first3:m}. Donations to {org:care}.\""),
    ("en-GB", "auction house consignment form, what do they mean by 'vendor reference'?\nVendor: {name}\nAddress: {addr}\nTel: {phone}\nBank for proceeds: {iban:GB}\nLots: 3 (clock, 2 prints)"),
    ("en-CA", "My mom's jewellery appraisal letter needs her info corrected. It says {name:f}, {addr}; her real email is {email} and phone {phone}. Rewrite the first paragraph correctly."),
    # household repairs and grants
    ("en-GB", "Water is coming through my ceiling from the flat above. Draft a firm but friendly note to the owner {name2} (I only have {email2}) and cc the managing agent {org:firm}. I'm {first}, flat 2."),
    ("en-IE", "Septic tank emptying invoice is addressed wrong. It says {name}, {addr}. Should be {name2}. Eircode is right. Write an email to {wemail:keystone-lettings.com} asking them to reissue."),
    ("en-GB", "loft insulation grant application asks for these, can you put them in the right boxes:\nmy name {name} nat ins {natid:nino} dob {dob:num} address {addr} phone {phone}"),
    ("en-US", "piano movers quote request. pickup: {addr} (3rd floor, no elevator). delivery: my sister {name2:f}'s place in {town@b}. contact me {phone} / {email}. date flexible after {date:short}"),
    # foster care, adoption, PTA, alumni
    ("en-GB", "Rewrite this foster placement note more sensitively for the panel:\nChild: {first:kid} {last}, DOB {dob:num}\nNHS no {natid:nhs}\nPrevious carer: {name2}, {phone2}\nSocial worker: {name3} ({wemail3})"),
    ("en-US", "Our adoption home-study asks for references. Can you make this into a neat list with all the fields?\n1. {name} — {phone} — {email} — known us 12 yrs\n2. {name2} — {phone2} — lives at {addr2}\n3. Pastor {last3} — {org}"),
    ("en-GB", "PTA treasurer handover doc – please turn into bullet points:\nbank: {org:bank}, account in name of {name}\nIBAN {iban:GB}\nonline banking login {email} / password {pw}\nnew treasurer {name2} {phone2}"),
    ("en-US", "Alumni giving form is bouncing my card. Name {holder}, card {card:visa}, exp {exp}, cvv {cvv}, billing {addr}. Is anything formatted wrong?"),
    # academia
    ("en", "Reviewer assignment spreadsheet (TSV), can you find duplicates?\nreviewer\temail\taffiliation\n{name}\t{wemail}\t{org}\n{name2}\t{email2}\t{org@b}\n{name}\t{wemail}\t{org}"),
    ("en-GB", "Lab sample tracker export is leaking donor info. Which columns should I strip?\nsample_id,donor_name,donor_dob,postcode_area,consent_date\nS-{n:1000:9999},{name},{dob:iso},{town},{date:iso}\nS-{n:1000:9999},{name2},{dob2:iso},{town@b},{date:iso@b}"),
    ("en-ZA", "PhD stipend hasn't been paid. Write to the postgrad office ({wemail2}) — I'm {name}, SA ID {natid}, bank details changed on {date:long}."),
    ("en-NG", "research ethics consent form draft, check the participant section:\nParticipant: {name}\nNIN: {natid}\nPhone: {phone}\nAddress: {addr}\nResearcher: {name2}, {org:school}"),
    # health admin
    ("en-GB", "GP registration form for my partner, can you check nothing's missing? {namecaps}, born {dob:long}, {addrml}, mobile {phone}, previous GP in {town@b}, NHS number {natid:nhs}"),
    ("en-AU", "Dentist recall SMS template is showing raw data, what went wrong?\n\"Hi {first}, you're due for a check-up at {org:clinic}. Reply Y to book {date:short}. Ph {phone}\""),
    ("en-US", "Patient transport booking for my dad {name:m}, DOB {dob:num}, pickup {addr}, dialysis at {org:clinic} every Mon/Wed/Fri. Please draft the email."),
    ("en-CA", "prescription delivery note for the pharmacist: deliver to {name} at {addr}, buzz code {pw:pin}, phone {phone}"),
    ("en-GB", "massage therapist intake, can you summarise contraindications only, leave out the rest: {name}, {dob:num}, {phone}, GP {name2}, 'lower back pain since a fall on {date:long}'"),
    ("en-IN", "Nutritionist wants my food diary in a table. Header info: {name}, age {age}, email {email}, mob {phone}. Diary: idli, coffee, rice + sambar, banana."),
    ("en-US", "wheelchair rental agreement for my grandma {name2:f}. renter: me, {name}, SSN {ssn}, passport {natid}, {addr}. card on file {card}. Can you tell me if I should give the SSN?"),
    ("en-GB", "Hospital parking permit appeal — my husband {name2:m} is having treatment every week. Car reg is on the permit; my address {addr}, phone {phone}. Write the appeal."),
    # sports and outdoors
    ("en-GB", "triathlon relay team entry, please format:\nSwim: {name} ({dob:num})\nBike: {name2} ({dob2:num})\nRun: {name3} ({dob3:num})\nTeam contact {email} {phone}"),
    ("en-NZ", "Mountain hut booking confirmation, can you make a packing list from this? Booked by {name}, {email}, for {date:long} and {date:long@b}, party: {first2}, {first3}."),
    ("en-AU", "Hostel group booking for the footy trip, need a table: lead booker {name} {phone}, {email}; others {name2}, {name3}, {name4}. deposit paid from {card}."),
    ("en-GB", "vintage car club renewal: member {name}, {addr}, tel {phone}, paying by standing order from {iban}. can you write the covering note?"),
    # personal finance odds and ends
    ("en-US", "Coin dealer wants a W-9 before buying my grandfather's collection. My info: {name}, SSN {ssn}, {addr}. Is it normal to give that? Draft a reply asking why."),
    ("en-GB", "Mosque membership direct debit mandate, fill in:\nName: {name}\nAddress: {addr}\nSort/IBAN: {iban:GB}\nEmail: {email}\nStart: {date:long}"),
    ("en-US", "Babysitting co-op points ledger got messy, clean it up:\n{first} owes {first2} 3 pts (sat {date:short})\n{first3} → {first} 2 pts\n{first2} cell {phone2}\n{first3} cell {phone3}"),
    ("en", "Language exchange partner sent this, can you reply in simple English? \"hi!! my name is {name}, I live in {town}, my whatsapp {phone}, my insta {purl:ig}. I want learn english for my job at {org}\""),
    # voice transcripts, lower case, caps
    ("en-GB", "transcribed voicemail no punctuation please tidy\n\nhi its {name:lc} calling about the allotment skip no sorry the quiz night booking my number is {phone:nat} again {phone:nat} and my email is {email} thanks bye"),
    ("en-US", "VOICEMAIL TRANSCRIPT (AUTO):\nHI THIS IS {name:uc} FROM {org:uc} CALLING FOR {name2:uc} ABOUT YOUR APPOINTMENT ON {date:long:uc} PLEASE CALL {phone} THANK YOU"),
    ("en-CA", "my landlord typed this in all caps and i need it in normal case: PLEASE E-TRANSFER RENT TO {email:uc} BY {date:short:uc}. NEW ADDRESS FOR MAIL {addr:uc}. — {name:uc}"),
    ("en-IN", "pls correct grammer: 'dear sir i am {name:lc} resident of {addr:lc} my aadhar is {natid:aadhaar} and mobile {phone} kindly update my address in ration card from {town:lc@b}'"),
    # email threads
    ("en-GB", "Can you summarise this thread?\n\n> On {date:long}, {name2} <{email2}> wrote:\n> Hi {first}, the boiler engineer can come Tuesday. Is {addr} still right?\n\nYes, same address. My mobile's {phone} if he gets lost.\n{first}"),
    ("en-US", "---------- Forwarded message ---------\nFrom: {name2} <{wemail2}>\nDate: {date:long}\nTo: {name} <{email}>\nSubject: Re: your deposit\n\nWe refunded to card {card} and it should show in 5 days.\n\nWhat does 'refunded to card' mean if the card is closed?"),
    ("en-AU", "Reply to this for me (friendly):\n\nFrom: {email2}\n\"G'day {first}, can you send me your bank details again for the footy tipping winnings? I've got BSB but lost the rest. Cheers, {first2}\"\n\nMy account is overseas now: {iban}, name {name}."),
    ("en-IE", "Forwarded from my accountant, can you explain it?\n\nFrom: {name2} <{wemail2}>\n> {first}, Revenue needs your PPSN ({natid}) and the date you started in {town}: was it {date:long}?"),
    ("en-GB", "From: {name} <{email}>\nSent: {date:long}\nTo: {wemail2}\nSubject: Invoice query\n\nHello {first2}, I was charged twice for order {x:order}.\n\n-- can you make this sound less angry?"),
    # code & configs: secrets and PII
    ("en", "Why does this R script fail on the server? My .Renviron:\n\nDB_HOST={ip:priv}\nDB_USER=analyst\nDB_PASS={pw:random}\nGITHUB_PAT={tok:ghp}"),
    ("en", "cqlsh keeps prompting for a password even though I have ~/.cassandra/cqlshrc:\n\n[authentication]\nusername = cassandra_ops\npassword = {pw}\n\n[connection]\nhostname = {ip:priv}\nport = 9042"),
    ("en", "Kafka consumer fails with SASL auth error. client.properties:\n\nbootstrap.servers={ip:pub}:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{tok:confluent_key}\" password=\"{tok:confluent_secret}\";"),
    ("en", "ClickHouse users.xml, can you explain what <networks> does here?\n\n<users>\n  <etl>\n    <password>{pw:random}</password>\n    <networks><ip>{ip:pub}</ip></networks>\n  </etl>\n</users>"),
    ("en", "snowflake CLI can't find my connection. ~/.snowflake/connections.toml:\n\n[default]\naccount = \"xy{n:10000:99999}.eu-west-1\"\nuser = \"{first:lc}\"\npassword = \"{pw}\"\nwarehouse = \"REPORTING_WH\""),
    ("en", "databricks-cli says invalid token. ~/.databrickscfg\n\n[DEFAULT]\nhost = https://adb-{n:1000000000:9999999999}.azuredatabricks.net\ntoken = {tok:hex64}"),
    ("en", "Hadoop core-site.xml for the S3A connector, is this how you set the keys?\n\n<property><name>fs.s3a.access.key</name><value>{tok:aws_id}</value></property>\n<property><name>fs.s3a.secret.key</name><value>{tok:aws_secret}</value></property>"),
    ("en", "direnv isn't loading my .envrc, here it is:\n\nexport PGHOST={ip:priv}\nexport PGPASSWORD='{pw}'\nexport OPENAI_API_KEY={tok:openai}\nlayout python3"),
    ("en", "mise.toml env section — will these leak into child processes?\n\n[env]\nANTHROPIC_API_KEY = \"{tok:anthropic}\"\nSENTRY_AUTH_TOKEN = \"{tok:hex64}\""),
    ("en", "I decrypted our sops file by accident and pasted it to a colleague. Which of these do I need to rotate?\n\nstripe_secret: {tok:stripe}\nsmtp_password: {pw:random}\nadmin_email: {wemail}\nwebhook_secret: {tok:whsec}"),
    ("en", "Traefik DNS challenge isn't working:\n\nlabels:\n  - \"traefik.http.routers.api.rule=Host(`{first:lc}-home.duckdns.org`)\"\n# CF_DNS_API_TOKEN={tok:cloudflare}"),
    ("en", "alertmanager config not sending to Slack:\n\nreceivers:\n- name: oncall\n  slack_configs:\n  - api_url: https://hooks.slack.com/services/T{n:10000000:99999999}/B{n:10000000:99999999}/{tok:keycloak_secret}\n    channel: '#alerts'\n  email_configs:\n  - to: {wemail}"),
    ("en", "Vector sink config (vector.toml) — is the auth block right?\n\n[sinks.loki]\ntype = \"loki\"\nendpoint = \"http://{ip:priv}:3100\"\nauth.strategy = \"basic\"\nauth.user = \"{n:100000:999999}\"\nauth.password = \"{tok:grafana}\""),
    ("en", "fluent-bit output to Datadog drops logs:\n\n[OUTPUT]\n    Name        datadog\n    Match       *\n    apikey      {tok:datadog_api}\n    dd_tags     owner:{first:lc}"),
    ("en", "Logstash pipeline, elasticsearch output gives 401:\n\noutput {{\n  elasticsearch {{\n    hosts => [\"https://{ip:pub}:9200\"]\n    user => \"logstash_writer\"\n    password => \"{pw:random}\"\n  }}\n}}"),
    ("en", "otel collector exporter headers — Honeycomb says bad key:\n\nexporters:\n  otlp:\n    endpoint: api.honeycomb.io:443\n    headers:\n      x-honeycomb-team: {tok:keycloak_secret}"),
    ("en", "Rollbar server init in our Node API, is the person payload a privacy problem?\n\nconst rollbar = new Rollbar({{ accessToken: '{tok:hex64}', environment: 'production', payload: {{ person: {{ id: {n:1000:99999}, email: '{email}' }} }} }});"),
    ("en-US", "Plaid sandbox works but prod fails. My .env:\nPLAID_CLIENT_ID={x:oid}\nPLAID_SECRET={tok:hex64}\nTEST_USER_SSN={ssn}\nTEST_USER_DOB={dob:iso}"),
    ("en", "Adyen webhook HMAC check fails, here's my handler config:\n\nADYEN_API_KEY={tok:auth0_secret}\nADYEN_HMAC_KEY={tok:hex64}\nADYEN_MERCHANT=FernsideECOM"),
    ("en", "Braintree gateway config in Ruby, what's wrong?\n\ngateway = Braintree::Gateway.new(\n  environment: :production,\n  merchant_id: \"{x:rzpid}\",\n  public_key: \"{x:md5}\",\n  private_key: \"{tok:arr}\"\n)"),
    ("en", "Paddle webhook secret leaked in a screenshot: {tok:keycloak_secret}. Also the customer email in the payload was {email}. What do I do first?"),
    ("en", "Hasura console won't open. docker-compose env:\n\nHASURA_GRAPHQL_ADMIN_SECRET: {pw:random}\nHASURA_GRAPHQL_DATABASE_URL: postgres://{cred}@{ip:priv}:5432/app\nHASURA_GRAPHQL_JWT_SECRET: '{{\"type\":\"HS256\",\"key\":\"{tok:hex64}\"}}'"),
    ("en", "Running `aws cognito-idp admin-create-user` and it errors:\n\naws cognito-idp admin-create-user --user-pool-id eu-west-1_Ab12Cd34E --username {email} --temporary-password '{pw}' --user-attributes Name=phone_number,Value={phone:e164}"),
    ("en", "Packer variables file — should this be in git?\n\nvariable \"hcloud_token\" {{ default = \"{tok:hcloud}\" }}\nvariable \"ssh_password\" {{ default = \"{pw}\" }}"),
    ("en", "salt pillar for the db minion, why is the password showing in the job output?\n\npostgres:\n  users:\n    reporting:\n      password: '{pw:random}'\n  listen: {ip:priv}"),
    ("en", "Chef data bag (not encrypted, oops):\n\n{{\n  \"id\": \"smtp\",\n  \"user\": \"{wemail}\",\n  \"password\": \"{pw}\",\n  \"relay\": \"{ip:pub}\"\n}}\n\nHow do I encrypt it now?"),
    # seed data, fixtures, tests
    ("en", "Prisma seed script — is it ok to use real-looking data like this?\n\nawait prisma.user.create({{ data: {{ name: '{name}', email: '{email}', phone: '{phone:e164}', dob: new Date('{dob:iso}') }} }})"),
    ("en", "rails db:seed fails on the second record:\n\nUser.create!(name: \"{name}\", email: \"{email}\", ssn_last4: \"{n:1000:9999}\")\nUser.create!(name: \"{name2}\", email: \"{email2}\", address: \"{addr2}\")"),
    ("en-US", "FactoryBot factory copies a real customer by mistake, can you anonymise it?\n\nfactory :customer do\n  name {{ \"{name}\" }}\n  ssn {{ \"{ssn}\" }}\n  card_number {{ \"{card:plain}\" }}\nend"),
    ("en", "Laravel seeder, the password hashing is wrong I think:\n\nDB::table('users')->insert([\n    'name' => '{name}',\n    'email' => '{email}',\n    'password' => '{pw}',\n    'last_login_ip' => '{ip:pub}',\n]);"),
    ("en", "Django fixture fails to load (fixtures/staff.json):\n\n[{{\"model\": \"hr.employee\", \"pk\": 1, \"fields\": {{\"full_name\": \"{name}\", \"work_email\": \"{wemail}\", \"iban\": \"{iban:plain}\", \"start\": \"{date:iso}\"}}}}]"),
    ("en", "cypress fixture users.json, login test flaky:\n\n{{ \"admin\": {{ \"email\": \"{wemail}\", \"password\": \"{pw}\" }}, \"viewer\": {{ \"email\": \"{email2}\", \"password\": \"{pw:leet}\" }} }}"),
    ("en", "Playwright storageState.json got committed. Is this bad?\n\n{{\"cookies\":[{{\"name\":\"session\",\"value\":\"{tok:jwt}\",\"domain\":\"app.fernside.io\"}}],\"origins\":[{{\"origin\":\"https://app.fernside.io\",\"localStorage\":[{{\"name\":\"user\",\"value\":\"{email}\"}}]}}]}}"),
    ("en", "Go table test, the phone normaliser fails on case 2:\n\ntests := []struct{{ in, want string }}{{\n    {{\"{phone:nat}\", \"{phone:e164@b}\"}},\n    {{\"{phone2:intl}\", \"\"}},\n}}"),
    ("en", "Rust test, why doesn't this compile?\n\nlet user = User {{ name: \"{name}\".into(), email: \"{email}\".into(), ip: \"{ip:pub}\".parse().unwrap(), api_key: \"{tok:groq}\" }};"),
    ("en", "JUnit test is failing on equals, see:\n\nCustomer expected = new Customer(\"{name}\", \"{email}\", LocalDate.parse(\"{dob:iso}\"));\nassertEquals(expected, repo.findByIban(\"{iban:plain}\"));"),
    ("en", "xUnit test in C#:\n\n[Fact]\npublic void Masks_card() {{\n    var s = Masker.Mask(\"{card:plain}\");\n    Assert.Equal(\"************{last4}\", s);\n}}\n\nit says expected length differs, why?"),
    ("en", "PHP array config for the mailer, is the syntax right?\n\nreturn [\n  'smtp' => ['host' => '{ip:pub}', 'user' => '{wemail}', 'pass' => '{pw}'],\n  'from' => '{name} <{wemail}>',\n];"),
    ("en", "Jest snapshot leaked a real user:\n\nexports[`Profile renders 1`] = `\n<div>\n  <h1>{name}</h1>\n  <a href=\"{purl}\">profile</a>\n  <span>{phone}</span>\n</div>\n`;\n\nhow do I regenerate with fake data?"),
    # SQL, data loads, logs
    ("en", "Liquibase changeset inserts a test user, can I keep it?\n\n<insert tableName=\"users\">\n  <column name=\"name\" value=\"{name}\"/>\n  <column name=\"email\" value=\"{email}\"/>\n  <column name=\"api_token\" value=\"{tok:hex64}\"/>\n</insert>"),
    ("en", "Flyway V3__seed.sql errors on the date:\n\nINSERT INTO patients (full_name, dob, phone, town) VALUES ('{name}', '{dob:iso}', '{phone}', '{town}');"),
    ("en", "mongoimport says 'unexpected end of JSON', file:\n\n{{\"name\": \"{name}\", \"email\": \"{email}\", \"addr\": \"{addr}\"}}\n{{\"name\": \"{name2}\", \"email\": \"{email2}\""),
    ("en", "ES _bulk request returns errors: true\n\n{{\"index\":{{\"_index\":\"customers\"}}}}\n{{\"name\":\"{name}\",\"phone\":\"{phone}\",\"card\":\"{card}\"}}\n\nthe mapping has card as long, is that the issue?"),
    ("en", "kafka-console-producer test message, the consumer parses phone wrong:\n\n> {{\"event\":\"signup\",\"user\":\"{name}\",\"phone\":\"{phone}\",\"ip\":\"{ip:pub}\"}}"),
    ("en", "NATS creds file, is the JWT alone enough to connect?\n\n-----BEGIN NATS USER JWT-----\n{tok:jwt}\n------END NATS USER JWT------"),
    ("en", "redis ACL file, why can user 'app' still run FLUSHALL?\n\nuser default off\nuser app on >{pw:random} ~* +@all -flushall\nuser {first:lc} on >{pw} ~* +@read"),
    ("en", "lighttpd auth not prompting:\n\nauth.backend = \"plain\"\nauth.backend.plain.userfile = \"/etc/lighttpd/users\"\n# /etc/lighttpd/users contains:\n# {first:lc}:{pw}"),
    ("en", ".htaccess redirect loop, here's the file:\n\nRewriteEngine On\nRewriteCond %{lb}REMOTE_ADDR{rb} !^{ip:pub}$\nRewriteRule ^admin - [F]\n# contact {email} if blocked"),
    ("en", "Excel VBA connection string, 'login failed' — help\n\nconn.Open \"Provider=SQLOLEDB;Data Source={ip:priv};Initial Catalog=Payroll;User ID=payroll_rw;Password={pw};\""),
    ("en", "Power Query M step errors:\n\nSource = Web.Contents(\"https://api.fernside.io/v1/staff\", [Headers=[Authorization=\"Bearer {tok:jwt}\"]])"),
    ("en", "Metabase won't connect after I changed the env:\nMB_DB_CONNECTION_URI=postgres://{cred:metabase}@{ip:priv}:5432/metabase\nMB_ENCRYPTION_SECRET_KEY={tok:b64_32}"),
    ("en", "superset_config.py, the SECRET_KEY warning still shows:\n\nSECRET_KEY = '{tok:django}'\nSQLALCHEMY_DATABASE_URI = 'postgresql://{cred:superset}@{ip:priv}/superset'"),
    ("en", "Prefect block registration fails:\n\nfrom prefect_aws import AwsCredentials\nAwsCredentials(aws_access_key_id=\"{tok:aws_id}\", aws_secret_access_key=\"{tok:aws_secret}\").save(\"prod\")"),
    ("en", "Dagster resource config in YAML:\n\nresources:\n  slack:\n    config:\n      token: {tok:slack_bot}\n  warehouse:\n    config:\n      password: {pw}"),
    ("en", "nginx access log, is {ip:pub} a bot? it hit /wp-login.php 400 times\n\n{ip:pub} - - \"POST /wp-login.php HTTP/1.1\" 200 4521 \"-\" \"Mozilla/5.0\""),
    ("en", "Django error email from prod (trimmed):\n\nInternal Server Error: /account/update\nPOST: <QueryDict: {lb}'email': ['{email}'], 'phone': ['{phone}'], 'password': ['{pw}']{rb}>\nREMOTE_ADDR: '{ip:pub}'\n\nwhy did it email me the POST body?"),
    ("en", "Java stack trace from our payment service, can you tell me what's wrong?\n\njava.lang.IllegalArgumentException: Invalid IBAN: {iban:plain} for customer {name}\n    at com.fernside.pay.SepaValidator.check(SepaValidator.java:88)\n    at com.fernside.pay.MandateService.create(MandateService.java:41)"),
    ("en", "Python traceback:\n\nTraceback (most recent call last):\n  File \"send.py\", line 12, in <module>\n    client = Client('AC{x:md5}', '{tok:twilio_token}')\ntwilio.base.exceptions.TwilioRestException: Unable to create record: The 'To' number {phone:e164} is not a valid phone number.\n\nIt is valid though?"),
    ("en", "app log line, how do I stop logging this?\n\n09:12:44 INFO auth login ok user={email} ip={ip:v6} session={tok:jwt}"),
    ("en", "shell history from the old box, what should I scrub?\n\n  501  mysql -u root -p'{pw}' -h {ip:priv}\n  502  curl -H 'Authorization: token {tok:ghp}' https://api.github.com/user\n  503  ssh {first:lc}@{ip:pub}"),
    # tables
    ("en", "Markdown table of our running club committee, please add a column for role:\n\n| Name | Phone | Email |\n|---|---|---|\n| {name} | {phone} | {email} |\n| {name2} | {phone2} | {email2} |\n| {name3} | {phone3} | {email3} |"),
    ("en-GB", "Fixed-width export from the lettings system, can you convert to CSV?\n\nTENANT              PHONE           MOVE-IN\n{namecaps}    {phone}    {date:num}\n{namecaps2}    {phone2}    {date:num@b}"),
    ("en-US", "HTML table from our HR intranet (scraped), I need it as JSON:\n<tr><td>{name}</td><td>{ssn}</td><td>{dob:num}</td><td>{addr}</td></tr>\n<tr><td>{name2}</td><td>{ssn2}</td><td>{dob2:num}</td><td>{addr2}</td></tr>"),
    ("en", "CSV of donors for the food co-op, why does Excel mangle column C?\n\nname,email,card,amount\n{name},{email},{card:plain},25\n{name2},{email2},{card:plain@b},40"),
    ("en", "TSV from my wedding photographer clients list, find anyone without a date:\nclient\tphone\tdate\tvenue town\n{name} & {first2}\t{phone}\t{date:num}\t{town}\n{name3}\t{phone3}\t\t{town@b}"),
    # URLs, query strings
    ("en", "Our referral link generator puts personal data in the query string, is that a GDPR problem? e.g.\nhttps://fernside.io/r?ref={first:lc}&email={email}&phone={phone:e164}"),
    ("en", "is it safe to share my calendar booking link publicly? it's {purl:cal}. also my github is {purl:github}"),
    ("en", "someone made a fake profile with my photos: {purl}. I'm {name}, my real one is {purl@b}. Draft a report to the platform."),
    ("en", "The password reset link got posted in our Teams chat: https://app.fernside.io/reset?token={tok:hex64}&user={email} — should I invalidate it?"),
    # PEM, misc secrets in prose
    ("en", "I accidentally pasted this into a public gist, how bad is it and how do I rotate?\n\n{pem}"),
    ("en", "my friend {first2} sent me his wifi password over text: {pw:wifi}. I want to save it in a QR code, how?"),
    ("en", "Is this an OpenRouter key or an OpenAI key? {tok:openrouter}. Found it in our Slack from {name}."),
    ("en", "The Hugging Face token {tok:hf} was in my notebook that I shared on Kaggle. Also my email {email} is in the metadata. Steps to fix?"),
    ("en", "found a Discord bot token in our repo history ({tok:discord_bot}) committed by {name} on {date:long}. How to purge it from git history?"),
    ("en", "gitlab runner registration failed:\n\ngitlab-runner register --url https://gitlab.fernside.io --token {tok:glrt} --executor docker\n\nI'm {first}, the admin is {name2} ({wemail2})"),
    ("en", "Is xAI's key format like this? {tok:xai} — my colleague {first2} says it's expired."),
    ("en", "The vault token {tok:vault} shows in our CI logs for the job {first:lc}-deploy. How to mask it?"),
    ("en", "deepseek key not working in my script: {tok:deepseek}, the base url is https://api.deepseek.com. also tried from {ip:pub}."),
    ("en", "Which of these is the Mailchimp key and which is Brevo? {tok:mailchimp} and {tok:brevo}"),
    ("en", "Our tailscale auth key {tok:tailscale} was in a public Ansible role. The tailnet owner is {email}. What's the exposure?"),
    ("en-GB", "I told my bank my online banking password over the phone ({pw}) and now I'm worried it was a scam. The caller said he was {name2} from {org:bank} and called from {phone2}. What do I do?"),
    ("en-US", "Lost my wallet. Inside: driver's license, card {card}, SS card ({ssn}). I live at {addr}. Can you make a checklist of who to call?"),
    ("en-IN", "My PAN {natid:pan} and Aadhaar {natid:aadhaar} got printed on a courier label sent to {addr}. Is that a risk? Who do I complain to?"),
    ("en-ZA", "Someone used my ID number {natid} to open a cellphone contract. My name is {name}, I'm in {town}. Draft an affidavit statement."),
    ("en-NG", "My BVN and NIN are being asked on a WhatsApp link from '{name2}', number {phone2}. NIN is {natid}. Should I reply? Draft a warning for my family group."),
    ("en-CA", "draft a note to CRA: my SIN {natid} was used on a fraudulent return, I'm {name}, {addr}, born {dob:long}"),
    ("en-AU", "my TFN {natid} was on a payslip I emailed to the wrong {first2}. how do I get it back / what's the risk?"),
    ("en-NZ", "IRD number {natid} and bank account were in an email to my old employer {org}. Write to their HR asking them to delete it."),
    ("en-XX", "I'm moving back home and my landlord here wants my national ID on the checkout form: {natid} ({idname}). I'm {name}, DOB {dob}. Is this legit?"),
    ("en-XX", "Translate this letter from my bank for me: account holder {name}, IBAN {iban}, address {addr}, they want me to confirm my phone {phone}."),
    ("en-XX", "My cousin {name2:f} in {town} sent me her card to buy concert tickets: {card} exp {exp}. Is it okay to use it online from abroad?"),
    ("en-XX", "Draft a WhatsApp to my flatmate {first2}: the internet router password is {pw:wifi} and the admin page is http://{ip:priv}. Moving out {date:long}."),
    ("en-XX", "I need to write my address for a UK shop that ships internationally, which line goes where? {addrml}\nPhone {phone}, email {email}"),
    ("en", "Our uptime monitor pinged {ip:v6} and {ip:pub} and both failed overnight; it's {first}'s home lab. What could cause both?"),
    ("en", "Regex question: I want to match IPs like {ip:pub} and {ip:priv} in a log but not version numbers like {x:ver}"),
    # links that point at a person
    ("en", "Can you write a short speaker intro for our meetup? {name} from {town}, works at {org}. Links: {purl:github}, {purl:mastodon}"),
    ("en-US", "Splitting the cabin cost with friends; draft a message with everyone's payment links:\n- {first}: {purl:venmo}\n- {first2}: {purl2:venmo}\n- {first3}: {purl3:paypal}"),
    ("en-GB", "My CV header looks cluttered, can you tidy it?\n{namecaps}\n{addr} | {phone} | {email}\n{purl:linkedin} | {purl:site}"),
    ("en", "my running buddy {first2} keeps sharing her strava ({purl2:strava}) which shows her house start point in {town}. how do I tell her nicely?"),
    ("en-AU", "Booking page for my dog-walking side gig is {purl:cal}. Can you write an Instagram bio that points to it? My insta is {purl:ig}"),
    ("en", "I shared my portfolio folder {purl:drive} with a recruiter ({wemail2}). Can I revoke access just for them?"),
    ("en-CA", "Reference letter draft for {name2}, who volunteered with me at {org:club}. Her LinkedIn is {purl2:linkedin}. Keep it to one page."),
    ("en", "these are the committee's socials for the newsletter footer, format them nicely: {name} {purl:bsky}, {name2} {purl2:ig}, {name3} {purl3:github}"),
    ("en-IN", "Wedding website draft: 'Meet {first} & {first2}!' RSVP to {email}, photos at {purl:dropbox}. Can you make it warmer?"),
    ("en-NZ", "Crowdfunding page for my nephew's surgery needs a story. It's {name2:m:kid}'s page, run by me ({name}). Donate link: {purl:paypal}"),
    # US forms with SSNs
    ("en-US", "Daycare subsidy form asks for both parents, can you check it?\nParent 1: {name}, SSN {ssn}, DOB {dob:num}\nParent 2: {name2}, SSN {ssn2}, DOB {dob2:num}\nChild: {first3:kid} {last}\nAddress: {addr}"),
    ("en-US", "The hospital billing office wants my SSN over email to 'verify identity' for a bill at {org:clinic}. Should I send {ssn:plain}? Draft a reply asking for another way."),
    ("en-US", "Car dealer financing app, my cosigner is my brother {name2:m}. They typed his SSN as {ssn2} but it should be {ssn2@b}. Write an email to fix it."),
    ("en-US", "tax prep checklist for my accountant {name2} ({wemail2}):\n- W-2 from {org}\n- my SSN {ssn}\n- daughter {first3:f:kid}'s SSN {ssn3}\n- new address {addr}"),
    ("en-US", "EMPLOYEE ONBOARDING (SCANNED)\nNAME {name:uc:ocr}\nSSN {ssn:ocr}\nDOB {dob:num}\nADDRESS {addr:uc}\nDIRECT DEPOSIT {org:bank:uc}"),
    ("en-US", "My grandma got a call asking her to 'confirm' her SSN {ssn:f} and Medicare details. She's {name} in {town}. What should she do now?"),
    # more towns and organisations in prose
    ("en-GB", "Moving from {town} to {town@b} for a new job at {org}. Can you draft a letter to my current employer {org@b} asking for an earlier leaving date?"),
    ("en-AU", "our netball club ({org:club}) is touring {town@b} next month. need a parent letter asking for a card deposit — mine's {card} if they need an example. lol no dont use that"),
    ("en-IE", "Write a thank-you card to the nurses at {org:care} in {town} who looked after my father {name2:m}."),
    ("en-ZA", "Can you help me write a complaint to {org:firm} about a geyser installation at {addr}? Paid by card {card} and they never came back."),
    ("en-NG", "I'm travelling from {town} to {town@b} for my sister {name2:f}'s wedding. Draft a leave request to my manager at {org}."),
]


# PII templates in the other languages: many situations, each language a few of them, in its own carriers.
_PII_XX: list[tuple[str, str]] = [
    # German
    ("de", "Kannst du diese Anmeldung für den Ruderkurs in eine Tabelle bringen?\nName: {name}\nGeburtsdatum: {dob}\nAnschrift: {addr}\nHandy: {phone}\nE-Mail: {email}\nVerein: {org}"),
    ("de", "Hallo, mein Nachbar {name2} hat mir seine Zugangsdaten für das Paketfach gegeben (PIN {pw:pin}), weil er ab {date:short} verreist ist. Wie formuliere ich eine Quittung, dass ich die Pakete annehme? Ich bin {name}, {addr}."),
    ("de", "Die Sprachnachricht von Oma transkribiert, bitte lesbar machen:\n\nja hallo hier ist die {first:f:lc} ich wollt nur sagen die neue nummer von onkel {first2:m:lc} ist {phone2} und er wohnt jetzt in {town@b} ruf mal an tschüss"),
    ("de", "Warum schlägt mein Python-Skript fehl?\n\nimport smtplib\nserver = smtplib.SMTP('{ip:pub}', 587)\nserver.login('{wemail}', '{pw}')\nserver.sendmail('{wemail}', ['{email2}'], msg)"),
    ("de", "Bitte Kündigung für den Steinmetz-Auftrag formulieren. Auftraggeberin {name:f}, {addr}, Anzahlung überwiesen von {iban:DE} am {date}. Steuer-ID {natid}."),
    ("de", "Erasmus-Bewerbung: stimmt das Format?\n\n| Feld | Wert |\n|---|---|\n| Name | {namecaps} |\n| Geburtsdatum | {dob:num} |\n| Hochschule | {org} |\n| Profil | {purl:linkedin} |"),
    # French
    ("fr", "Peux-tu résumer ce fil ?\n\nLe {date}, {name2} <{email2}> a écrit :\n> Bonjour {first}, le plombier passe jeudi, l'adresse est bien {addr} ?\n\nOui, et mon portable c'est le {phone}. {first}"),
    ("fr", "Fiche d'inscription au cours de cuisine (scan OCR, à nettoyer) :\nNOM {last:uc:ocr}  PRÉNOM {first:uc}\nNÉ(E) LE {dob:num:ocr}\nTÉL {phone:ocr}\nN° SÉCU {natid}"),
    ("fr", "Mon fichier config.ini pour le bot Discord du club de fléchettes :\n\n[discord]\ntoken = {tok:discord_bot}\nowner = {name}\n[db]\nhost = {ip:priv}\npassword = {pw}\n\nC'est grave si je l'ai mis sur GitHub ?"),
    ("fr", "Rédige une lettre à la mutuelle : mon fils {first2:m:kid} {last}, né le {dob2}, doit être rattaché à mon contrat. Je suis {name}, {addr}, RIB {iban:FR}."),
    ("fr", "on m'a envoyé ce lien pour « vérifier mon colis » : https://suivi-colis-fr.info/?nom={last:lc}&tel={phone:e164}&cb={card:plain} — c'est une arnaque ? j'ai rentré ma carte"),
    # Spanish
    ("es", "¿Me ayudas a ordenar esta lista de la peña de dardos?\n- {name}, tel. {phone}\n- {name2}, tel. {phone2}\n- {name3}, correo {email3}\nCuota: transferencia a {iban} antes del {date:short}"),
    ("es", "Transcripción de audio sin puntuación arréglala porfa\n\nhola soy {first:lc} te paso los datos de mi madre {name2:f:lc} nacida el {dob2:long} vive en {addr2} y su dni es {natid2}"),
    ("es", "Tengo este .env en mi proyecto de Node y lo subí sin querer:\n\nMERCADOPAGO_ACCESS_TOKEN={tok:mercadopago}\nDB_URL=mysql://{cred}@{ip:pub}:3306/tienda\nADMIN_EMAIL={email}\n\n¿Qué hago primero?"),
    ("es", "Escribe un correo a la academia de surf: soy {name}, reservé para el {date} y pagué con la tarjeta {card}. Quiero cambiar a mi hermano {first2:m} por mi prima."),
    ("es", "Formulario de inscripción del intercambio juvenil (familia de acogida):\nFamilia: {last} {last2}\nDomicilio: {addrml}\nMóvil: {phone}\nIdentificación: {natid}"),
    # Italian
    ("it", "Puoi sistemare questa tabella dei soci del circolo velico?\n\nNome;Codice fiscale;Telefono;Email\n{name};{natid};{phone};{email}\n{name2};{natid2};{phone2};{email2}"),
    ("it", "Messaggio vocale trascritto, mettilo in ordine\n\nciao sono {first:lc} volevo dirti che il tecnico della caldaia viene il {date:short} in {addr:lc} il mio numero è {phone} ciao"),
    ("it", "Ho incollato per sbaglio questo in un gruppo Telegram, è grave?\n\nOPENAI_API_KEY={tok:openai}\nSTRIPE_SECRET={tok:stripe}\n# owner: {wemail}"),
    ("it", "Scrivi una disdetta per l'abbonamento in palestra. Sono {name:f}, nata il {dob}, residente in {addr}. Addebito SEPA su {iban:IT}."),
    # Dutch
    ("nl", "Kun je deze aanmelding voor de gereedschapsbibliotheek nakijken?\nNaam: {name}\nAdres: {addr}\nTel: {phone}\nBSN (waarom vragen ze dit?): {natid}"),
    ("nl", "Mijn docker-compose.yml voor Nextcloud, wat moet eruit voor ik het deel?\n\nenvironment:\n  - MYSQL_PASSWORD={pw:random}\n  - NEXTCLOUD_ADMIN_USER={first:lc}\n  - NEXTCLOUD_ADMIN_PASSWORD={pw}\n  - NEXTCLOUD_TRUSTED_DOMAINS={ip:pub}"),
    ("nl", "Doorgestuurd bericht:\n\nVan: {name2} <{email2}>\nDatum: {date}\nAan: {email}\n\nHoi {first}, de huur voor de caravan kun je overmaken naar {iban:NL} t.n.v. {name2}. Groet!\n\n--> klopt dit of is het phishing?"),
    ("nl", "schrijf een berichtje aan de buren: wij ({name} en {name3}) zijn van {date:short} tot {date:short@b} weg, sleutel ligt bij {first2} op nummer {n:2:90}, noodnummer {phone}"),
    # Portuguese (PT and BR)
    ("pt", "Podes organizar esta lista do clube de leitura numa tabela?\n{name} – {phone} – {email}\n{name2} – {phone2} – {email2}\nencontro na casa da {first3}, {addr3}"),
    ("pt", "Carta para a junta de freguesia: preciso de um atestado de residência. Nome {name:m}, NIF {natid}, morada {addr}, nascido a {dob}."),
    ("pt-BR", "Me ajuda a responder esse e-mail da imobiliária?\n\n> Prezado(a) {name}, para a vistoria de saída do imóvel na {addr}, favor confirmar o CPF {natid} e o PIX (e-mail {email}).\n\nQuero dizer que já entreguei as chaves dia {date:short}."),
    ("pt-BR", "Esse log do meu servidor tá cheio disso, é ataque?\n\nFailed password for {first:lc} from {ip:pub} port 52144 ssh2\nFailed password for root from {ip:pub@b} port 40022 ssh2\nAccepted password for {first:lc} from {ip:priv} port 51000 ssh2"),
    ("pt-BR", "transcrição de áudio do grupo da família arruma pra mim\n\noi gente é a {first:f:lc} o cartão novo da mãe é {card} validade {exp} não espalha hein e o aniversário dela é {dob2:long}"),
    # Polish
    ("pl", "Pomóż mi napisać wniosek do spółdzielni o zgodę na remont. Ja: {name}, {addr}, PESEL {natid}, tel. {phone}. Remont od {date}."),
    ("pl", "Mam taki plik application.properties w Spring Boot, czy to bezpieczne?\n\nspring.datasource.url=jdbc:postgresql://{ip:priv}:5432/sklep\nspring.datasource.username=sklep\nspring.datasource.password={pw}\nmail.admin={wemail}"),
    ("pl", "Lista drużyny na turniej e-sportowy, zrób z tego CSV:\n{name} – {email}\n{name2} – {email2}\n{name3} – {email3}\nopiekun: {name4}, {org}"),
    # Swedish, Norwegian, Danish, Finnish
    ("sv", "Kan du göra en lista av detta för båtklubbens sjösättning?\n{name}, {phone}, båtplats {n:1:80}\n{name2}, {phone2}\nBetalning till bankgiro, eller IBAN {iban:SE}"),
    ("sv", "Skriv ett mejl till Skatteverket: mitt personnummer {natid}, jag ({name}) har flyttat till {addr} den {date}."),
    ("no", "Hytteutleie – kan du skrive en bekreftelse? Leietaker {name}, født {dob}, {addr}, tlf {phone}. Depositum betales til {iban:NO} innen {date:short}."),
    ("no", "Hjemmeserveren min logger dette, hva betyr det?\n\nsshd: Invalid user admin from {ip:pub} port 51234\nsshd: Accepted publickey for {first:lc} from {ip:v6} port 60022"),
    ("da", "Kan du rette denne besked til foreningen? 'Hej alle, nyt medlem {name} ({email}), bor på {addr}, CPR {natid}, betaler via MobilePay {phone}'"),
    ("da", "Min .netrc til det gamle FTP-site, skal jeg slette den?\n\nmachine {ip:pub}\nlogin {first:lc}\npassword {pw}"),
    ("fi", "Voitko muotoilla tämän vuokrasopimuksen osapuolitiedot?\nVuokranantaja: {name}, henkilötunnus {natid}\nVuokralainen: {name2}, puh. {phone2}\nOsoite: {addrml}"),
    ("fi", "Kotiautomaation secrets.yaml, näkyykö tästä jotain arkaluontoista?\n\nwifi_password: {pw:wifi}\nmqtt_pass: {pw:random}\nha_token: {tok:jwt}\nlat_home: 62.{n:1000:9999}"),
    # Czech, Slovak, Hungarian, Romanian
    ("cs", "Přihláška na kurz vaření – přepiš do tabulky:\njméno: {name}\nnarozen(a): {dob}\nrodné číslo: {natid}\ntelefon: {phone}\nbydliště: {addr}"),
    ("cs", "Kolega poslal do chatu tohle, musíme to měnit?\n\nexport GITLAB_TOKEN={tok:glpat}\nexport DB_PASS='{pw}'\nssh deploy@{ip:pub}"),
    ("sk", "Napíš žiadosť o vrátenie zálohy za chatu. Som {name}, {addr}, rodné číslo {natid}, záloha bola zaplatená {date} z účtu {iban:SK}."),
    ("sk", "prepis hlasovej správy bez interpunkcie prosím uprav\n\nahoj tu je {first:lc} moje nové číslo je {phone} a mail {email} ozvi sa"),
    ("hu", "Segíts kitölteni a nyelvvizsga-jelentkezést: {name}, született {dob}, lakcím {addr}, telefon {phone}, e-mail {email}, adóazonosító {natid}."),
    ("hu", "Ez a PHP config a régi webshopomból, kell aggódnom?\n\n$db_pass = '{pw}';\n$paypal_secret = '{tok:paypal_secret}';\n$admin_mail = '{wemail}';"),
    ("ro", "Poți să faci un tabel din lista echipei de ștafetă?\n{name} – {dob:num} – {phone}\n{name2} – {dob2:num} – {phone2}\n{name3} – {dob3:num} – {phone3}"),
    ("ro", "Am primit acest mesaj, e legit? 'Stimate {name}, contul dvs. {iban:RO} a fost blocat. Confirmați CNP-ul {natid} la https://verificare-cont.ro/?u={email}'"),
    # Turkish, Greek
    ("tr", "Şu kiracı sözleşmesi bilgilerini düzenler misin?\nKiracı: {name}\nT.C. Kimlik No: {natid}\nAdres: {addr}\nTelefon: {phone}\nBaşlangıç: {date}"),
    ("tr", "Sunucu loglarında bu IP sürekli deniyor: {ip:pub}. Benim ev IP'm {ip:pub@b}. fail2ban ayarı nasıl olmalı? Kullanıcı adım {first:lc}."),
    ("el", "Μπορείς να διορθώσεις αυτό το μήνυμα για τον σύλλογο; «Νέο μέλος: {name}, τηλ. {phone}, email {email}, διεύθυνση {addr}, ΑΜΚΑ {natid}»"),
    ("el", "Το αρχείο .env του project μου:\n\nDATABASE_URL=postgres://{cred}@{ip:priv}:5432/shop\nSENDGRID_API_KEY={tok:sendgrid}\n\nΤο ανέβασα κατά λάθος στο GitHub, τι κάνω;"),
    # Russian, Ukrainian, Bulgarian
    ("ru", "Помоги оформить заявку на аренду лодки: {name}, дата рождения {dob}, паспорт/ИНН {natid}, телефон {phone}, почта {email}. Аренда на {date}."),
    ("ru", "Это вывод `docker inspect`, что тут секретное?\n\n\"Env\": [\n  \"POSTGRES_PASSWORD={pw:random}\",\n  \"TELEGRAM_TOKEN={tok:telegram}\",\n  \"ADMIN_IP={ip:pub}\"\n]"),
    ("ru", "расшифровка голосового без знаков препинания приведи в порядок\n\nпривет это {first} запиши адрес {addr} и номер {phone} спроси {first2} в {org}"),
    ("uk", "Допоможи скласти лист у ЦНАП: я {name}, РНОКПП {natid}, проживаю за адресою {addr}, тел. {phone}. Прошу видати довідку до {date:short}."),
    ("uk", "Мій конфіг для бота групи бігунів (config.toml):\n\n[bot]\ntoken = \"{tok:telegram}\"\nadmin = \"{name}\"\n[db]\nurl = \"postgres://{cred}@{ip:priv}/runners\""),
    ("bg", "Моля, оправи това съобщение до домоуправителя: „Аз съм {name}, ап. {n:1:60}, тел. {phone}. Таксата ще преведа по IBAN {iban:BG} до {date:short}.“"),
    ("bg", "Формуляр за записване в школата по плуване за детето ми {first2:kid} {last}: роден(а) {dob2}, ЕГН {natid2}, родител {name}, {email}"),
    # Croatian, Lithuanian
    ("hr", "Možeš li urediti ovu prijavu za regatu?\nKormilar: {name}, OIB {natid}\nPosada: {name2}, {name3}\nKontakt: {phone}, {email}"),
    ("hr", "Kolega je u Slack zalijepio ovo: `AWS_ACCESS_KEY_ID={tok:aws_id}` i `AWS_SECRET_ACCESS_KEY={tok:aws_secret}`. Što prvo napraviti?"),
    ("lt", "Padėk parašyti prašymą seniūnijai: {name}, asmens kodas {natid}, gyvenamoji vieta {addr}, tel. {phone}."),
    ("lt", "Mano kaimynas {name2} atsiuntė Wi-Fi slaptažodį {pw:wifi} ir maršrutizatoriaus adresą http://{ip:priv}. Kaip jį pakeisti?"),
    # Japanese, Chinese, Korean
    ("ja", "この町内会の名簿をCSVにしてください。\n{name}　{phone}　{addr}\n{name2}　{phone2}　{addr2}\n会計：{name3}（{email3}）"),
    ("ja", "留守番電話の文字起こしです。読みやすく整えてください。\nもしもし{last}です{date:short}の歯医者の予約の件で折り返しお願いします電話番号は{phone}です"),
    ("ja", "社内Wikiに貼ってしまった設定です。どれをローテーションすべき？\n\nSLACK_BOT_TOKEN={tok:slack_bot}\nDB_PASSWORD={pw}\n管理者: {name}（{wemail}）"),
    ("zh", "帮我把这份车友会报名表整理成表格：\n姓名：{name}\n身份证号：{natid}\n手机：{phone}\n邮箱：{email}\n地址：{addr}"),
    ("zh", "我的 Go 代码里写死了这个，安全吗？\n\nconst dsn = \"root:{pw}@tcp({ip:priv}:3306)/shop\"\nconst alipayKey = \"{tok:hex64}\""),
    ("zh", "这是语音转文字，帮我加标点：\n你好我是{name}我下周{date:short}要去{town@b}出差麻烦把合同寄到{addr}电话{phone}"),
    ("ko", "동호회 회원 명단을 표로 정리해 주세요.\n{name} / {phone} / {email}\n{name2} / {phone2} / {email2}\n총무: {name3}, 계좌 이체는 {org}"),
    ("ko", "전세 계약서 당사자 정보 확인 부탁해요: 임차인 {name}, 주민등록번호 {natid}, 주소 {addr}, 연락처 {phone}, 계약일 {date}"),
    # Hebrew, Arabic, Hindi
    ("he", "תוכל לסדר את רשימת הצוות לשליחים?\n{name} – {phone}\n{name2} – {phone2}\n{name3} – {email3}\nאיסוף מ{addr}"),
    ("he", "קיבלתי את ההודעה הזו, זה אמיתי? \"שלום {name}, חשבונך {iban:IL} יוקפא. אשר את תעודת הזהות {natid} בקישור\""),
    ("ar", "ساعدني في كتابة رسالة إلى مدرسة ابني: أنا {name}، رقم الهوية {natid}، هاتف {phone}، البريد {email}، العنوان {addr}."),
    ("ar", "هذا ملف الإعدادات الخاص بي، هل هو آمن؟\n\nAPI_KEY={tok:gcp_api}\nDB_HOST={ip:pub}\nDB_PASS={pw}"),
    ("hi", "कृपया यह किरायानामा सुधार दें: किरायेदार {name}, पता {addr}, मोबाइल {phone}, आधार {natid:aadhaar}, जन्मतिथि {dob}"),
    ("hi", "मेरे भाई {name2:m} ने यह कार्ड नंबर भेजा है ट्रेन टिकट के लिए: {card}, एक्सपायरी {exp}. क्या ऐसे भेजना सुरक्षित है?"),
    # Thai, Vietnamese, Indonesian
    ("th", "ช่วยจัดรายชื่อสมาชิกชมรมจักรยานเป็นตาราง\n{name} โทร {phone}\n{name2} โทร {phone2}\nเลขบัตรประชาชนผู้ประสานงาน {natid}"),
    ("th", "ไฟล์ .env ของผม มีอะไรต้องลบไหม\nLINE_CHANNEL_SECRET={tok:rails_master}\nLINE_ACCESS_TOKEN={tok:line}\nOWNER_EMAIL={email}"),
    ("vi", "Giúp mình sửa đơn đăng ký học bơi cho con: bé {first2:kid} {last}, sinh ngày {dob2}, phụ huynh {name}, điện thoại {phone}, địa chỉ {addr}"),
    ("vi", "File cấu hình này lỡ đẩy lên GitHub: \nZALO_APP_SECRET={tok:keycloak_secret}\nMYSQL_PASSWORD={pw}\nSERVER={ip:pub}\nPhải làm gì?"),
    ("id", "Tolong rapikan daftar peserta arisan ini jadi tabel:\n{name} – {phone}\n{name2} – {phone2}\n{name3} – {phone3}\nTransfer ke rekening atas nama {name}, NIK {natid}"),
    ("id", "transkrip voice note tanpa tanda baca tolong rapikan\n\nhalo ini {first:lc} alamat baru aku {addr:lc} nomor wa {phone} email {email} makasih ya"),
    # More languages, more carriers
    ("de", "Unser Hackerspace-Wiki hat diese YAML, darf die so öffentlich sein?\n\nmitglieder:\n  - name: {name}\n    schluessel: {n:1:99}\n    telefon: {phone}\n  - name: {name2}\n    telefon: {phone2}\ntuer_api_key: {tok:hex64}"),
    ("fr", "Traduis en anglais pour l'ambassade : « Je soussigné {name:m}, né le {dob} à {town}, demeurant {addr}, certifie héberger {name2} du {date:short} au {date:short@b}. »"),
    ("es", "Mi tabla en Markdown del club de lectura no se ve bien:\n|nombre|teléfono|correo|\n|{name}|{phone}|{email}|\n|{name2}|{phone2}|{email2}|"),
    ("it", "Come scrivo questa query?\n\nSELECT * FROM iscritti WHERE email = '{email}' OR telefono = '{phone}';\n-- deve trovare anche {name2}"),
    ("nl", "Mijn Python-test faalt:\n\ndef test_iban():\n    assert valideer('{iban:NL}')\n    assert naam_van('{iban:NL}') == '{name}'"),
    ("pl", "Czy ten link jest podejrzany? https://inpost-doplata.pl/?imie={first:lc}&nazwisko={last:lc}&karta={card:plain}"),
    ("pt-BR", "Meu config.json do bot do Discord do clã:\n\n{{\n  \"token\": \"{tok:discord_bot}\",\n  \"dono\": \"{name}\",\n  \"email\": \"{email}\"\n}}\n\nposso postar no fórum pra pedir ajuda?"),
    ("sv", "Min kollega klistrade in detta i Teams: `psql postgresql://{cred}@{ip:pub}:5432/ekonomi`. Ska lösenordet bytas?"),
    ("ru", "CSV из клуба настольных игр, почему Excel ломает кириллицу?\n\nимя;телефон;почта\n{name};{phone};{email}\n{name2};{phone2};{email2}"),
    ("ja", "予約確認メールの転送です。要点をまとめて。\n\n差出人: {wemail2}\n{name}様\nご予約日: {date}\nお支払いカード: {card}\nご住所: {addr}"),
    ("zh", "这个 JSON 是我们报名系统导出的，帮我检查格式：\n{{\"name\": \"{name}\", \"phone\": \"{phone}\", \"id\": \"{natid}\", \"dob\": \"{dob:iso}\"}}"),
    ("ko", "이 YAML 설정 괜찮나요?\n\ndatabase:\n  host: {ip:priv}\n  password: {pw}\nnotify:\n  email: {email}\n  kakao_token: {tok:hex64}"),
    ("tr", "Bu mesajı resmi bir dile çevir: 'selam ben {first:lc}, kartım {card} kayboldu, ev adresim {addr}, iban {iban:TR} hesabıma iade yapın'"),
    ("el", "Φωνητικό μήνυμα χωρίς στίξη, διόρθωσέ το\n\nγεια σου είμαι η {first} το νέο μου τηλέφωνο είναι {phone} και μένω πλέον στα {town@b}"),
    ("he", "קובץ הקונפיגורציה של הבוט שלי:\n\nTELEGRAM_TOKEN={tok:telegram}\nADMIN={name}\nADMIN_PHONE={phone}"),
    ("hi", "मेरे सर्वर लॉग में यह दिख रहा है: {ip:pub} से 300 लॉगिन प्रयास. मेरा घर का IP {ip:pub@b} है. क्या करूँ?"),
    ("id", "Konfigurasi Laravel saya (.env), apa yang harus saya ganti?\n\nDB_PASSWORD={pw}\nMIDTRANS_SERVER_KEY={tok:keycloak_secret}\nMAIL_USERNAME={wemail}"),
    ("vi", "Bảng tính danh sách đội bóng, chuyển sang CSV giúp:\n{name}\t{phone}\t{dob:num}\n{name2}\t{phone2}\t{dob2:num}"),
    ("th", "ถอดเสียงข้อความเสียง ช่วยใส่วรรคตอนให้หน่อย\nสวัสดีค่ะ {first} นะคะ เบอร์ใหม่คือ {phone} ที่อยู่ใหม่ {addr}"),
    ("ar", "حوّل هذا إلى جدول: {name} – {phone} – {email}؛ {name2} – {phone2} – {email2}"),
    ("uk", "Переклади англійською для орендодавця: «Мене звати {name}, дата народження {dob}, мій номер {phone}, пошта {email}.»"),
    ("hr", "Python skripta za slanje SMS-a ne radi:\n\nclient = Client('AC{x:md5}', '{tok:twilio_token}')\nclient.messages.create(to='{phone:e164}', from_=os.environ['TWILIO_FROM'], body='Bok {first}!')"),
    ("cs", "Vygeneruj mi poděkování pro dárce na sbírku: {name} ({email}) daroval(a) kartou {card} dne {date}."),
    ("hu", "Hangüzenet leirat írásjelek nélkül javítsd ki\n\nszia {first} vagyok az új címem {addr} telefonszám {phone}"),
    ("ro", "Config pentru bot-ul de Slack al asociației:\n\nSLACK_BOT_TOKEN={tok:slack_bot}\nSLACK_SIGNING_SECRET={tok:arr}\nADMIN_EMAIL={email}"),
    ("lt", "Persiųstas laiškas:\n\nNuo: {name2} <{email2}>\nData: {date}\n{first}, mokestį už stovyklą pervesk į {iban:LT}. Ačiū!\n\nAr tai tikras laiškas?"),
    ("da", "Kan du lave en tabel af holdlisten til stafetten?\n{name} {dob:num}\n{name2} {dob2:num}\n{name3} {dob3:num}\nKontakt: {phone}"),
    ("no", "Konfigurasjonsfilen min for Home Assistant, hva bør jeg skjule?\n\nhttp:\n  trusted_proxies: {ip:pub}\nnotify:\n  - platform: smtp\n    username: {email}\n    password: {pw}"),
    ("fi", "Äänitteen litterointi ilman välimerkkejä korjaa\n\nmoi täällä {first} uusi numeroni on {phone} ja osoite {addr}"),
    ("sk", "Pomôž mi napísať e-mail do školy: dcéra {first2:f:kid} {last}, narodená {dob2}, nová adresa {addr}, kontakt {phone}, {email}."),
    ("bg", "Логът от рутера ми, кой е този?\n\nDHCP lease {ip:priv} (лаптопът на {first})\nWAN login from {ip:pub}"),
    ("es", "Mi compañero pegó esto en el canal público:\n\ncurl -H \"Authorization: Bearer {tok:anthropic}\" https://api.anthropic.com/v1/messages\n\n¿La clave hay que rotarla?"),
    ("de", "Das ist meine US-Steuerinfo für den Arbeitgeber in Texas, bitte ins Englische übersetzen: Name {name}, SSN {ssn}, Adresse {addr}."),
    ("fr", "Un collègue américain m'a envoyé ça pour l'inscription au séminaire : {name2}, SSN {ssn2}, né le {dob2}. Dois-je le conserver ?"),
    ("es", "Mi tío en Texas me pidió ayuda con este formulario W-9: nombre {name2:m}, SSN {ssn2}, dirección {addr}. ¿Qué es la casilla 3?"),
    ("pt-BR", "Meu primo nos EUA mandou o SSN dele ({ssn2:m}) pelo WhatsApp pra eu preencher um formulário. Ele é {name2}. Isso é seguro?"),
    ("it", "Devo compilare il modulo per lo zio americano: {name2:m}, SSN {ssn2}, nato il {dob2}. Dove va il numero?"),
    ("pl", "Wujek z Chicago prosi o pomoc: {name2}, SSN {ssn2}, karta {card}. Jak to bezpiecznie przekazać?"),
    ("ja", "アメリカの取引先から送られてきた情報です。{name2}、SSN {ssn2}、生年月日 {dob2}。保存してよいですか？"),
    ("ko", "미국에 사는 사촌 {name2}의 SSN({ssn2})이 단체 채팅방에 올라왔어요. 어떻게 해야 하나요?"),
    ("zh", "美国同事的资料：{name2:m}，SSN {ssn2}，地址 {addr}。我需要帮他填税表，怎么保护这些信息？"),
    ("nl", "Mijn Amerikaanse schoonvader {name2:m} stuurde zijn SSN {ssn2} per mail voor de hypotheek. Wat doe ik ermee?"),
    # links that point at a person, towns and organisations
    ("de", "Kannst du meine Signatur kürzen?\n{name}\n{org}, {town}\n{phone}\n{purl:xing}\n{purl:linkedin}"),
    ("fr", "Rédige une courte bio pour le site de l'association : {name}, habite à {town}, bénévole chez {org}. Liens : {purl:site} et {purl:mastodon}"),
    ("es", "Mi hermana {first2:f} compartió su ubicación de Strava ({purl2:strava}) y se ve su casa en {town}. ¿Cómo se lo digo sin asustarla?"),
    ("it", "Scrivi un post per il gruppo del quartiere: {name} cerca casa a {town}, lavora da {org}. Profilo: {purl:linkedin}"),
    ("nl", "Ons verenigingsblad wil de links van het bestuur: {name} {purl:bsky}, {name2} {purl2:ig}. Maak er een nette lijst van."),
    ("pt-BR", "Faz um texto de vaquinha pro tratamento da minha avó {name2:f}. O link de doação é {purl:paypal} e a campanha é organizada por mim, {name}, de {town}."),
    ("pl", "Przeprowadzam się z {town} do {town@b}. Napisz ogłoszenie o sprzedaży mebli, kontakt {phone}, zdjęcia na {purl:drive}"),
    ("ru", "Кто-то сделал фейковую страницу с моими фото: {purl:vk}. Я {name} из {town}. Напиши жалобу в поддержку."),
    ("ja", "自己紹介文を整えてください。{name}です。{town}在住、{org}勤務。ブログ：{purl:note}"),
    ("zh", "帮我写一段自我介绍：我叫{name}，在{town}的{org}工作，微博是{purl:weibo}。"),
    ("ko", "동창회 안내문 다듬어 주세요. 연락처: {name} {phone}, 블로그 {purl:naver}, 장소는 {town}"),
    ("sv", "Skriv en presentation till föreningens hemsida: {name} från {town}, jobbar på {org}, GitHub {purl:github}"),
    ("tr", "Bir arkadaşım {name2} benim fotoğraflarımla sahte hesap açmış: {purl2:ig}. Ben {name}, {town}'da yaşıyorum. Şikayet metni yaz."),
    ("cs", "Stěhujeme se z {town} do {town@b}, napiš oznámení pro {org}. Kontakt na mě: {email}, profil {purl:linkedin}"),
    ("el", "Γράψε ένα σύντομο βιογραφικό: {name}, από {town}, εργάζεται στην {org}. Προφίλ: {purl:linkedin}"),
    ("hu", "Írj egy bemutatkozást az egyesület honlapjára: {name}, {town}, {org}. Link: {purl:site}"),
    ("id", "Tolong buat caption Instagram untuk toko online adikku {first2}: {purl2:ig}, pengiriman dari {town}, WA {phone2}"),
    ("uk", "Напиши оголошення: {name} з {town} шукає роботу, резюме тут: {purl:linkedin}, тел. {phone}"),
]


FRESH17_PII: list[tuple[str, str]] = _PII_EN + _PII_XX

# Hard negatives: lookalikes that are not PII (no dates, no private people).
FRESH17_NEGATIVE: list[tuple[str, str]] = [
    ("en", "Our repair café tracks items by ticket like {x:ticket}. Is there a neat way to generate these in Google Sheets?"),
    ("en", "Why does `pip install` pull version {x:ver} when my requirements pin an older one? The lock hash is {x:sha256}."),
    ("en", "In the Stripe docs they use {x:testcard} for testing. Does that card ever work in live mode?"),
    ("en", "What's the difference between an IBAN like {x:dociban} in the docs and a real one? Is the check digit computed the same way?"),
    ("en", "The SSA says {x:specssn} was printed on sample cards in wallets. Why was that such a problem historically?"),
    ("en", "Is {x:fakephone} a real number? I see it in every TV show."),
    ("en", "My unit test uses {x:exemail} as a placeholder. Will emails to example.com bounce?"),
    ("en", "The README says to set OPENAI_API_KEY={x:ph}. Do I literally type that?"),
    ("en", "Explain RFC 5737: why are addresses like {x:docip} safe to use in documentation?"),
    ("en", "What is 2001:db8:: used for? I saw {x:docip6} in a tutorial."),
    ("en", "Why do people put {x:resolver} as their DNS server? Is it faster?"),
    ("en", "Can you parse this UPS tracking number {x:ups} and tell me what the parts mean?"),
    ("en", "My Amazon order {x:amazon} hasn't shipped. What's a polite way to ask support?"),
    ("en", "Regex to validate ISBN-13 like {x:isbn}?"),
    ("en", "How is the check digit of an IMEI like {x:imei} computed?"),
    ("en", "What's an RF creditor reference ({x:rf})? Is it like an IBAN?"),
    ("en", "Is a UUID such as {x:uuid} guaranteed unique across machines?"),
    ("en", "git says HEAD is at {x:short_sha}. How do I go back to {x:sha}?"),
    ("en", "Why do some APIs return epoch timestamps like {x:epoch_ms} instead of ISO strings?"),
    ("en", "How do I look up the vendor of MAC address {x:mac}?"),
    ("en", "Summarise {x:cve} for a non-technical manager."),
    ("en", "What does an ISIN like {x:isin} encode?"),
    ("en", "Our vendor gave us their BIC {x:bic} and LEI {x:lei}. Are those sensitive?"),
    ("en", "How do I decode a VIN like {x:vin}?"),
    ("en", "What's the format of an NDC code like {x:ndc}?"),
    ("en", "Convert the price {x:price} to euros at today's rate roughly."),
    ("en", "In the AWS docs the key {x:ph} appears everywhere. Is it a real credential?"),
    ("en", "What's a DOI like {x:doi} and how do I cite it?"),
    ("en", "Explain the arXiv id {x:arxiv}: what do the digits mean?"),
    ("en", "MongoDB ObjectId {x:oid}: can I extract the creation time from it?"),
    ("en", "My booking reference is {x:pnr}. Is that enough for someone to steal my booking?"),
    ("en", "What's the CAS number {x:cas} for?"),
    ("en", "Who was Ada Lovelace and why is a programming language named after her?"),
    ("en", "Why did Nokia lose the smartphone market to Apple and Samsung?"),
    ("en", "Plan a two-day itinerary in Kyoto focused on temples and food."),
    ("en", "Is the Eiffel Tower taller than the Chrysler Building?"),
    ("en", "Write a short bio of Marie Curie for a school poster."),
    ("en", "Our form uses {x:formname} as the placeholder name. Is there a less Western-centric one?"),
    ("en", "Windows build {x:winbuild}: which release is that?"),
    ("en", "I got invoice {x:invoice} twice. Should I pay both?"),
    ("en", "Is {x:vapidpub} a public or private VAPID key?"),
    ("en", "Is an age recipient like {x:agepub} safe to commit?"),
    ("en", "Our SKU scheme is like {x:sku}. Suggest a better one."),
    ("en", "DHL tracking {x:dhl} says 'shipment on hold'. What does that mean?"),
    ("en", "Port {x:port} is open on my router scan. What usually runs there?"),
    ("en", "Generate a Python function that checks if a string looks like an MD5 ({x:md5})."),
    ("de", "Was bedeutet die Sendungsnummer {x:dhl} genau? Ist die Zustellung heute?"),
    ("de", "In der Doku steht die IBAN {x:dociban} als Beispiel. Kann ich damit testen?"),
    ("de", "Wer war Konrad Zuse und was hat er erfunden?"),
    ("fr", "Pourquoi la documentation utilise-t-elle l'adresse {x:docip} ?"),
    ("fr", "Mon numéro de commande est {x:order}. Comment relancer le service client poliment ?"),
    ("es", "¿Qué versión es {x:ver}? ¿Es compatible con Python 3.12?"),
    ("es", "¿Por qué en los tutoriales siempre sale la tarjeta {x:testcard}?"),
    ("it", "Cos'è un hash SHA-256 come {x:sha256}? Si può invertire?"),
    ("nl", "Is {x:exemail} een echt adres? Ik zie het in alle voorbeelden."),
    ("pt-BR", "O que é um UUID como {x:uuid}? Posso usar como chave primária?"),
    ("pl", "Co oznacza numer CVE {x:cve}? Czy mój serwer jest zagrożony?"),
    ("sv", "Vad betyder IMEI-numret {x:imei}? Kan man spåra en telefon med det?"),
    ("ru", "Почему в примерах пишут ключ {x:ph}, а не настоящий?"),
    ("ja", "ドキュメントのIPアドレス{x:docip}は使っても大丈夫ですか？"),
    ("zh", "这个提交哈希 {x:sha} 怎么回滚？"),
    ("ko", "택배 송장번호 {x:ups} 조회 방법 알려주세요."),
    ("tr", "Fatura numarası {x:invoice} iki kez gelmiş, ne yapmalıyım?"),
    ("el", "Ποια είναι η διαφορά ανάμεσα σε MAC διεύθυνση {x:mac} και IP;"),
    ("he", "מה זה מספר ISBN כמו {x:isbn}?"),
    ("ar", "ما معنى رقم التتبع {x:dhl}؟"),
    ("hi", "ऑर्डर नंबर {x:order} की स्थिति कैसे देखें?"),
    ("cs", "Co znamená verze {x:ver} v semver?"),
    ("hu", "Mi az a VIN szám, például {x:vin}?"),
    ("fi", "Mikä on RF-viite {x:rf} ja miten se toimii?"),
    ("id", "Apa arti kode booking {x:pnr} di tiket pesawat saya?"),
    ("vi", "Mã hash {x:md5} có phải là mật khẩu không?"),
    ("uk", "Що таке DOI {x:doi} і як його процитувати?"),
    ("th", "หมายเลข IMEI {x:imei} ใช้ทำอะไร"),
    ("ro", "De ce exemplele folosesc numărul {x:fakephone}?"),
    ("en", "Write a Python test fixture for a user, using {x:formname}, {x:exemail} and the card {x:testcard}, nothing real."),
    ("en", "Our staging config has `API_KEY={x:ph}` and `DB_HOST={x:docip}`. Is that a safe template to publish?"),
    ("en", "How do I redact IPs like {x:docip} from logs with sed?"),
]

# Clean prompts: no PII and no lookalike numbers.
FRESH17_CLEAN: list[tuple[str, str]] = [
    ("en", "How do I fix a bike chain that keeps slipping on the smallest cog?"),
    ("en", "Suggest five icebreakers for a repair café volunteer meeting."),
    ("en", "Explain the difference between a mutex and a semaphore with a kitchen analogy."),
    ("en", "Write a limerick about a cat who hates Mondays."),
    ("en", "What should I pack for a weekend hut trip in autumn?"),
    ("en", "How do I make sourdough starter from scratch?"),
    ("en", "Explain what a foreign key is in SQL to a beginner."),
    ("en", "Give me a gentle stretching routine for after rowing."),
    ("en", "What are good names for a pub quiz team with a science theme?"),
    ("en", "How do I politely decline a wedding invitation?"),
    ("en", "Convert this sentence to passive voice: The committee approved the new rules."),
    ("en", "What's the best way to learn touch typing as an adult?"),
    ("en", "Explain how compound interest works with a simple example."),
    ("en", "Write a haiku about a lighthouse in fog."),
    ("en", "How can I keep basil alive indoors over winter?"),
    ("en", "What's a good structure for a volunteer handbook?"),
    ("en", "How do I stop my dog barking at the postman?"),
    ("en", "Summarise the plot of Pride and Prejudice in three sentences."),
    ("en", "What are the rules of darts cricket?"),
    ("en", "Give me tips for a first sailing lesson."),
    ("en", "Explain Docker volumes versus bind mounts."),
    ("en", "Why is my Python list comprehension slower than a for loop in this case?"),
    ("en", "What is the difference between weather and climate?"),
    ("en", "Recommend a beginner-friendly board game for six players."),
    ("en", "How do I write a good commit message?"),
    ("en", "Draft a friendly reminder that the community fridge needs cleaning."),
    ("de", "Wie entkalke ich einen Wasserkocher mit Hausmitteln?"),
    ("de", "Schreib ein kurzes Gedicht über den Herbst im Wald."),
    ("fr", "Comment réussir une pâte brisée sans robot ?"),
    ("fr", "Explique la différence entre « tu » et « vous » à un anglophone."),
    ("es", "¿Cómo se cuida un bonsái en un piso pequeño?"),
    ("es", "Escribe un cuento corto sobre un faro y una gaviota."),
    ("it", "Come si prepara un buon ragù alla bolognese?"),
    ("nl", "Wat zijn goede oefeningen voor een sterke rug?"),
    ("pt", "Como se faz pastel de nata em casa?"),
    ("pt-BR", "Quais são as regras básicas do futevôlei?"),
    ("pl", "Jak nauczyć się grać na ukulele?"),
    ("sv", "Hur bakar man kanelbullar?"),
    ("no", "Hva er forskjellen på bokmål og nynorsk?"),
    ("da", "Hvordan laver man rugbrød?"),
    ("fi", "Miten sauna lämmitetään oikein?"),
    ("cs", "Jak se starat o masožravé rostliny?"),
    ("sk", "Ako sa pripravujú bryndzové halušky?"),
    ("hu", "Hogyan készül a lecsó?"),
    ("ro", "Cum se face cozonac?"),
    ("tr", "Türk kahvesi nasıl yapılır?"),
    ("el", "Πώς φτιάχνεται ο μουσακάς;"),
    ("ru", "Как научиться играть в шахматы?"),
    ("uk", "Як приготувати борщ?"),
    ("bg", "Как се прави баница?"),
    ("hr", "Kako se priprema peka?"),
    ("lt", "Kaip išsivirti šaltibarščius?"),
    ("ja", "おいしいおにぎりの作り方を教えてください。"),
    ("zh", "怎样提高中文写作水平？"),
    ("ko", "김치찌개 맛있게 끓이는 법 알려줘."),
    ("he", "איך מכינים חומוס ביתי?"),
    ("ar", "كيف أتعلم البرمجة بلغة بايثون؟"),
    ("hi", "योग शुरू करने के लिए कुछ आसान आसन बताइए।"),
    ("th", "ทำต้มยำกุ้งอย่างไรให้อร่อย"),
    ("vi", "Làm sao để nấu phở bò ngon?"),
    ("id", "Bagaimana cara membuat rendang yang empuk?"),
]

FRESH17_FOLLOW_UPS: list[str] = [
    "\n\nKeep it brief, please.",
    "\n\nBullet points are fine.",
    "\n\nMake it sound human, not like a robot.",
    "\n\nThank you!",
    "\n\nNo markdown please, it's going into a text box.",
    "\n\nIf something looks off, tell me.",
    "\n\nShort answer is fine.",
]

FRESH17_PII = [(lang, _braces(t)) for lang, t in FRESH17_PII]
FRESH17_NEGATIVE = [(lang, _braces(t)) for lang, t in FRESH17_NEGATIVE]
FRESH17_CLEAN = [(lang, _braces(t)) for lang, t in FRESH17_CLEAN]
