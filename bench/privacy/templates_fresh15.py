"""The fifteenth blind set ("fresh15") for the PII benchmark: written without seeing the detector or the earlier sets' templates.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh15=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots), and labels spans as corpus.py's docstring says.
Its plumbing (Context, fill, the value generators and their validators, the slot syntax), once copied from
templates_fresh14.py, now lives in _blind_values.py, which the blind sets share; its people, towns, streets, Brazilian
states and Japanese prefectures (laid out by _blind_values.write_address, shared by fresh13 to fresh16), organizations, work domains and password words are its own and stay here, and so are its
templates, written after reading only the earlier sets' docstrings. It is balanced: every one of the fifteen
types appears in many templates (290 PII, 145 of them English; 74 negative and 50 clean templates; over 3,000 prompts
every type has more than 100 spans, US_SSN the fewest, 108 to 133 over four seeds).

Situations: real chat prompts asking an assistant to draft, fix, check, summarise or explain. Insurance claims
(home contents, water damage, pet, car, third-party sections, adjusters) in most of its languages; rental and
tenancy applications with co-applicants, guarantors and references; genealogy notes and archive searches; court,
tribunal, small-claims and police forms (N1, witness statements, FIRs, police-report supplements); dating-app
profiles and off-app scam checks; event registrations (charity runs, conference badges, wedding RSVPs); school-trip
consent forms and registers; gig-economy payouts (delivery apps, 1099s, platform withdrawals); crypto-exchange
support and KYC; hospital discharge letters; US forms (I-864, W-4, HSA, direct deposit), council-tax discounts, KYC
and refund letters in India; residence permits and expat landlords. Technical layouts: DNS zone files, Ansible
inventories and group_vars, Terraform state and outputs, docker-compose environments, Postman collections and
environments, browser HAR entries, SIEM alerts (impossible travel, Splunk notables, Sentinel leaked secrets), e-mail
headers, ICS calendar invites, vCards, WhatsApp, Telegram, Signal, LINE, WeChat and KakaoTalk chat exports, .pgpass,
git credentials, WireGuard, Home Assistant secrets, AWS credentials, .npmrc, Datadog, GitLab runners, Django settings.

Languages (the first element of each template tuple): en (about half the PII templates; en-US, en-GB, en-IE, en-CA,
en-AU, en-NZ, en-IN, en-ZA, en-NG, or "en-XX" for an English prompt about another (Latin-script) country's people and
numbers), de (DE/AT/CH), fr (FR/BE), es (ES/MX/AR), it, nl (NL/BE), pt, pt-BR, pl, sv, no, da, fi, cs, sk, hu, ro, tr,
hr, lt, el (Greek), ru, uk, bg (Cyrillic), ja, zh, ko (CJK, Hangul), he (Hebrew), ar (Arabic, UAE), hi (Devanagari),
th (Thai), vi, id: 32 languages. A sample's locale is "<language>-<country>" (hi-INH is India written in Devanagari);
the country picks names (in its own script), towns, address layout, phone numbering, card schemes, IBAN country and
national id; the language picks how dates are spelled.

Slot syntax (_blind_values.fill's, as in templates_fresh14): {kind} or {kind:arg:arg} is filled by fill(ctx, slot), which returns (text,
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
Katarzyna" as two spans; family-first orders of Japanese, Chinese, Korean, Hungarian and Vietnamese names as one span;
a name inside a device's hostname ("shayla-laptop"); a card holder in capitals as one span; the surname and given names
of an MRZ line as two spans; vCard N: parts as two spans; titles and honorifics stay outside); LOCATION a town where
someone lives, works, travels or signed in from; ORGANIZATION the small employers, schools, clinics, banks, clubs,
care homes and firms of the writer's life (the whole name); ADDRESS street, number, flat parts, postcode and town as
one span, in each country's layout, which may run over lines; DATE a day-and-month date in the language's own
spelling (also inside chat-export timestamps, the date part only), never the weekday or time; DATE_OF_BIRTH when it is
a birth date (also in an MRZ and a vCard BDAY); SECRET only the value: provider keys and tokens, passwords, Wi-Fi keys,
key-safe PINs given as such, a recovery phrase, the base64 of a Basic pair, whole PEM blocks, and `user:secret` inside
a URL as one span; URL links that point at a person (profiles, personal sites, payment handles, personal shares);
EMAIL every address except example.com/org/net; PHONE valid by phonenumbers for the sample's country, outside the
fiction ranges; CREDIT_CARD Luhn-valid numbers of several schemes, never a published test number; IBAN mod-97 valid;
US_SSN valid areas, never the specimens; NATIONAL_ID checksum-valid national numbers agreeing with the person's birth
date and sex where the number holds them (and US passport numbers, the document number of an MRZ); IP_ADDRESS public
and private IPv4 and IPv6: the address only, never a :port or /prefix.

Deliberately not labelled: claim, case, docket, policy, booking, order, invoice, ticket, MRN and tracking numbers;
chat-export times; UUIDs, git SHAs, digests, versions, Windows builds, epoch timestamps, MAC addresses, IMEIs, VINs,
ISBNs, DOIs, arXiv ids, SKUs, BICs, LEIs, ISINs, NDCs and RF creditor references; prices; card expiry dates and the
last four digits written alone; system users (deploy, admin, crm_app); pets' names; documentation and placeholder
values (sk-..., YOUR_TOKEN_HERE, ${API_KEY}, AWS's EXAMPLE keys, published test cards, documentation IBANs, specimen
SSNs, fiction phone ranges, example.com addresses, RFC 5737/3849 addresses, public resolvers); the placeholder people
of forms and specifications; public figures, fictional characters, famous places and companies in general questions.
Dates never appear in the negative or clean templates, and clean prompts hold no lookalike numbers at all.
"""

from __future__ import annotations

import random

from bench.privacy import _blind_values as _bv
from bench.privacy._blind_values import _braces, _native, _roman, pick_locale, town_name

# --- People and places ------------------------------------------------------------------------------------------
# country -> (female first names, male first names, female surnames, male surnames ("" = same), towns, streets).
# Non-Latin entries are "native=roman"; the romanisation serves e-mail addresses, handles and card holders.
# fresh15 draws its own people, towns and streets (the plumbing that uses them is _blind_values.py's).
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Shayla|Brianna|Lorena|Kaitlyn|Odessa|Marlene|Tierney|Yesenia|Corinne|Dakota",
           "Tanner|Marcus|Reggie|Hector|Garrett|Landon|Everett|Trevon|Silas|Bennett",
           "Okafor|Lindgren|Castellanos|Pruitt|Haverford|Abernathy|Tran|Gutierrez|McCready|Szymanski", "",
           "Tulsa, OK|Fresno, CA|Asheville, NC|Duluth, MN|Eugene, OR|Dayton, OH|Provo, UT|Savannah, GA|Burlington, VT|Peoria, IL",
           "Sagebrush|Willow Creek|Magnolia|Foxglove|Pine Hollow|Stonegate|Riverbirch|Cedar Point"),
    "GB": ("Eleri|Harriet|Kirsty|Nadia|Fenella|Bronwen|Lydia|Tamsin|Ruqayyah|Gemma",
           "Alasdair|Barnaby|Gethin|Kieran|Hamish|Zubair|Ewan|Rupert|Dafydd|Craig",
           "Ackroyd|Hepplewhite|Okonjo-Price|Tregenza|Pemberton|Siddiqui|MacLeod|Entwistle|Cadwallader|Haworth", "",
           "Keswick CA12|Aberystwyth SY23|Whitby YO21|Truro TR1|Stirling FK8|Shrewsbury SY1|Darlington DL1|Ipswich IP1|Oban PA34|Lancaster LA1",
           "Chapel Lane|Ropewalk|Heather Close|Foundry Street|Bramble Way|Vicarage Road|Quayside|Larch Avenue"),
    "IE": ("Saoirse|Gráinne|Caoimhe|Éabha|Nuala|Roisín", "Tadhg|Cathal|Fionn|Colm|Donncha|Seosamh",
           "Mac Giolla|Ní Dhomhnaill|Kavanagh|Ó Ceallaigh|Gallagher|Moriarty", "Mac Giolla|Ó Domhnaill|Kavanagh|Ó Ceallaigh|Gallagher|Moriarty",
           "Athlone, Co. Westmeath|Letterkenny, Co. Donegal|Dungarvan, Co. Waterford|Castlebar, Co. Mayo|Naas, Co. Kildare",
           "Abbey Street|Fairgreen Road|Beechwood Lawn|Mill Road|Hazel Grove"),
    "CA": ("Anouk|Brielle|Simran|Josée|Tessa|Marie-Ève", "Olivier|Brody|Jaskaran|Rémi|Tyler|Dawson",
           "Gagnon|Campbell|Grewal|Lapointe|MacIsaac|Wong-Fraser", "",
           "Nanaimo, BC|Fredericton, NB|Trois-Rivières, QC|Lethbridge, AB|Peterborough, ON|Saskatoon, SK",
           "Tamarack Drive|Rue des Érables|Hemlock Crescent|Prospect Street|Lakeshore Road"),
    "AU": ("Chloe|Tegan|Jedda|Imogen|Kylie|Mia", "Lachlan|Brodie|Jai|Hamish|Cooper|Riley",
           "Nguyen-Hart|McGrath|Papadakis|Turnbull|Yunupingu|Kowalski", "",
           "Toowoomba QLD|Bendigo VIC|Orange NSW|Geraldton WA|Devonport TAS|Whyalla SA",
           "Grevillea Street|Lilly Pilly Court|Coolabah Drive|Paperbark Way|Waratah Avenue"),
    "NZ": ("Anahera|Kiri|Moana|Hayley|Tessa|Marama", "Hemi|Manaia|Nikau|Logan|Tama|Jayden",
           "Te Rangi|Waaka|Horomona|Fraser|Tipene|Gillies", "",
           "Gisborne|Timaru|Taupō|Masterton|Greymouth|Whangārei",
           "Harakeke Street|Kauri Place|Miro Road|Titoki Drive|Raupō Lane"),
    "IN": ("Lakshmi|Kavya|Shalini|Ishita|Nandini|Revathi", "Arjun|Manoj|Pranav|Harish|Naveen|Aditya",
           "Menon|Banerjee|Patil|Nair|Joshi|Subramanian", "",
           "Madurai|Nashik|Visakhapatnam|Mangaluru|Ranchi|Thrissur", "Brigade Road|Temple Street|Park Avenue|Civil Lines|Mall Road"),
    "ZA": ("Zanele|Ayanda|Elmarie|Refilwe|Nokuthula|Shireen", "Lwazi|Bongani|Johan|Tshepo|Wian|Mandla",
           "Khumalo|Du Plessis|Mthembu|Naidoo|Venter|Sithole", "",
           "Kimberley|Potchefstroom|George|Rustenburg|Makhanda|Mahikeng",
           "Aloe Street|Kiepersol Crescent|Marula Road|Fynbos Avenue|Strelitzia Lane"),
    "NG": ("Adaeze|Folake|Zainab|Chinwe|Yetunde|Hauwa", "Chukwudi|Olumide|Obinna|Tunde|Musa|Kelechi",
           "Nwosu|Adeleke|Okafor|Bello|Danjuma|Ogbonna", "",
           "Ibadan|Owerri|Calabar|Jos|Ilorin|Benin City", "Ring Road|Wetheral Road|Ahmadu Bello Way|Bompai Road|Airport Road"),
    "DE": ("Annika|Imke|Carolin|Hanna|Birte|Elif|Dörte|Merle", "Jannik|Ole|Fabian|Gerd|Lasse|Deniz|Hauke|Bastian",
           "Lüttjohann|Wendtland|Heinemann|Kowalewski|Rehbein|Stöcker|Aksoy|Dannenberg", "",
           "Flensburg|Passau|Jena|Paderborn|Konstanz|Oldenburg|Hildesheim|Erlangen",
           "Birkenallee|Am Wasserturm|Fliederweg|Goethestraße|Marktplatz|Mühlenstraße|Hafenstraße"),
    "AT": ("Katharina|Elisabeth|Anna-Lena|Barbara", "Maximilian|Stefan|Clemens|Andreas",
           "Wimmer|Leitner|Moser|Auer|Eder", "", "Villach|St. Pölten|Dornbirn|Leoben|Steyr|Feldkirch",
           "Grazer Straße|Mozartgasse|Hauptplatz|Kirchengasse|Schulgasse"),
    "CH": ("Ladina|Fabienne|Annina|Sibylle", "Gian|Marco|Lukas|Adrian", "Meier|Schmid|Gerber|Frei|Rüegg", "",
           "Frauenfeld|Olten|Schaffhausen|Baden|Yverdon-les-Bains|Zug", "Hauptstrasse|Schulstrasse|Gartenweg|Mühlegasse|Bergstrasse"),
    "FR": ("Clémence|Apolline|Ophélie|Sandrine|Nolwenn|Inès|Coralie", "Florent|Aurélien|Quentin|Erwan|Mehdi|Damien|Jérémy",
           "Garnier|Le Bihan|Mercier|Haddad|Perrin|Bonnet|Girard", "",
           "Rennes|Limoges|Valence|Colmar|Pau|Quimper|Chambéry|La Rochelle",
           "rue Pasteur|boulevard Carnot|rue des Écoles|allée des Tilleuls|rue du Moulin|place du Marché"),
    "BE": ("Fien|Zoé|Ines|Hélène|Jolien", "Stijn|Maarten|Thibault|Kobe|Olivier",
           "Maes|Jacobs|Mertens|Lambert|Willems|De Smet", "", "Mechelen|Liège|Kortrijk|Hasselt|Wavre|Ostende",
           "Nieuwstraat|Rue du Marché|Schoolstraat|Avenue des Tilleuls|Brugsesteenweg"),
    "ES": ("Leire|Carmen|Alba|Montserrat|Amaia|Noelia", "Unai|Javier|Pau|Marcos|Íñigo|Adrián",
           "Ortega Sanz|Aguirre|Castro|Vidal|Romero Llull|Domínguez", "",
           "Burgos|Cáceres|Logroño|Tarragona|Oviedo|Almería|Lleida",
           "Calle Real|Avenida de Andalucía|Calle San Juan|Carrer Major|Plaza de España"),
    "MX": ("Valeria|Yareli|Citlali|Renata|Araceli", "Santiago|Iván|Alonso|Cuauhtémoc|Eduardo",
           "García Olvera|Castañeda|Pacheco|Orozco|Bautista", "", "León|Aguascalientes|Toluca|Veracruz|Culiacán|Tlaxcala",
           "Av. Insurgentes|Calle Allende|Av. Universidad|Calle Guerrero|Blvd. Independencia"),
    "AR": ("Lucía|Rocío|Belén|Julieta", "Facundo|Santino|Lautaro|Ezequiel", "González|Romero|Álvarez|Ríos|Gutiérrez", "",
           "Tucumán|Neuquén|Bahía Blanca|Corrientes|Paraná|Santa Fe", "Av. Belgrano|Calle Sarmiento|Av. Rivadavia|Calle Mitre"),
    "IT": ("Federica|Alessia|Valentina|Elisa|Noemi|Arianna", "Gabriele|Simone|Stefano|Alessio|Nicolò|Filippo",
           "Ricci|Conti|Greco|Galli|Lombardi|Moretti|Rinaldi", "",
           "Parma|Verona|Padova|Trieste|Bergamo|Lecce|Ravenna",
           "Via XX Settembre|Via Cavour|Corso Vittorio Emanuele|Via dei Mille|Piazza Duomo|Via Manzoni"),
    "NL": ("Marloes|Iris|Eline|Maud|Fleur|Roos", "Daan|Stijn|Jelle|Wouter|Koen|Niels",
           "Jansen|de Boer|Vermeulen|Dekker|Kuipers|van Dijk|Hendriks", "",
           "Deventer|Assen|Alkmaar|Breda|Roermond|Amersfoort|Delft|Enschede",
           "Hoofdstraat|Beukenlaan|Wilhelminastraat|Schoolstraat|Marktplein|Lindengracht"),
    "PT": ("Carolina|Rita|Catarina|Joana|Sofia", "Rui|Diogo|Nuno|Rodrigo|Vasco",
           "Sousa|Pereira|Carvalho|Martins|Gonçalves", "", "Guimarães|Leiria|Évora|Funchal|Covilhã|Portimão",
           "Rua da Misericórdia|Avenida da República|Rua 25 de Abril|Travessa do Castelo|Rua Nova"),
    "BR": ("Larissa|Camila|Aline|Patrícia|Vanessa|Letícia", "Mateus|Felipe|Rodrigo|Diego|Vinícius|João Pedro",
           "Silva|Souza|Lima|Carvalho Ribeiro|Gomes|Martins", "",
           "Recife|Belém|Florianópolis|Campinas|Uberlândia|Cuiabá|Fortaleza",
           "Rua São João|Avenida Brasil|Rua Sete de Setembro|Avenida Atlântica|Rua das Palmeiras"),
    "PL": ("Joanna|Aleksandra|Natalia|Justyna|Ewelina|Dorota", "Marcin|Paweł|Bartosz|Kamil|Wojciech|Dariusz",
           "Kamińska|Lewandowska|Wójcik|Szymańska|Jankowska|Krawczyk", "Kamiński|Lewandowski|Wójcik|Szymański|Jankowski|Krawczyk",
           "Kielce|Gorzów Wielkopolski|Zielona Góra|Płock|Elbląg|Tarnów|Legnica",
           "ul. Polna|ul. Lipowa|ul. Sienkiewicza|ul. Piłsudskiego|ul. Leśna|os. Tysiąclecia"),
    "SE": ("Elsa|Astrid|Matilda|Klara|Hanna", "Gustav|Anton|Johan|Nils|Axel", "Nyström|Åberg|Forsberg|Wikström|Sandberg", "",
           "Gävle|Växjö|Östersund|Karlstad|Visby|Skellefteå", "Drottninggatan|Ringvägen|Tallvägen|Hamngatan|Parkgatan"),
    "NO": ("Ingvild|Maren|Kari|Hege|Thea", "Øyvind|Lars|Jørgen|Even|Audun", "Berg|Nilsen|Lie|Moen|Strand", "",
           "Bodø|Molde|Hamar|Kristiansand|Larvik|Harstad", "Kongens gate|Parkveien|Løkkeveien|Fjordgata|Furuveien"),
    "DK": ("Louise|Anne-Mette|Freja|Line|Pernille", "Anders|Kasper|Christian|Mikkel|Jonas", "Nielsen|Pedersen|Andersen|Thomsen|Lund", "",
           "Esbjerg|Kolding|Herning|Næstved|Svendborg|Silkeborg", "Kirkevej|Skovvej|Østergade|Strandvejen|Havnegade"),
    "FI": ("Elina|Riikka|Noora|Sanna|Kaisa", "Juho|Teemu|Lauri|Janne|Olli", "Korhonen|Nieminen|Salminen|Lehtonen|Hakala", "",
           "Lahti|Pori|Joensuu|Seinäjoki|Rovaniemi|Vaasa", "Rautatienkatu|Hallituskatu|Koivukuja|Satamakatu|Kirkkotie"),
    "CZ": ("Barbora|Michaela|Eliška|Klára|Petra", "Vojtěch|Martin|Jiří|Filip|Radek",
           "Novotná|Veselá|Horáková|Marková|Pokorná", "Novotný|Veselý|Horák|Marek|Pokorný",
           "Jihlava|Zlín|Kladno|Opava|Znojmo|Kolín", "Jiráskova|Smetanova|Tyršova|Nerudova|Havlíčkova"),
    "HU": ("Katalin|Noémi|Petra|Krisztina|Boglárka", "Balázs|Tamás|Csaba|Dániel|Márton", "Nagy|Farkas|Balogh|Papp|Lakatos|Takács", "",
           "Szeged|Eger|Sopron|Veszprém|Nyíregyháza|Székesfehérvár", "Dózsa György út|Széchenyi utca|Bajcsy-Zsilinszky utca|Jókai utca|Ady Endre út"),
    "RO": ("Elena|Cristina|Roxana|Diana|Larisa", "Alexandru|Vlad|Cosmin|Florin|Sorin", "Marin|Georgescu|Tudor|Rusu|Moldovan", "",
           "Oradea|Craiova|Galați|Ploiești|Arad|Suceava", "Str. Mihai Eminescu|Bd. Unirii|Str. Libertății|Str. Trandafirilor"),
    "TR": ("Ayşe|Derya|Selin|Gizem|Esra", "Kerem|Onur|Serkan|Tolga|Barış", "Öztürk|Arslan|Koç|Çelik|Polat|Erdem", "",
           "Konya|Samsun|Denizli|Gaziantep|Edirne|Mersin", "Fevzi Çakmak Cad.|Menekşe Sok.|Zafer Cad.|Papatya Sok.|Gazi Bulvarı"),
    "GR": ("Αγγελική=Angeliki|Βασιλική=Vasiliki|Χρυσούλα=Chrysoula|Ιωάννα=Ioanna|Δέσποινα=Despoina",
           "Σπύρος=Spyros|Θανάσης=Thanasis|Βαγγέλης=Vangelis|Χρήστος=Christos|Μιχάλης=Michalis",
           "Αντωνίου=Antoniou|Νικολάου=Nikolaou|Μαυρίδου=Mavridou|Κωνσταντίνου=Konstantinou",
           "Αντωνίου=Antoniou|Νικολάου=Nikolaou|Μαυρίδης=Mavridis|Κωνσταντίνου=Konstantinou",
           "Καλαμάτα=Kalamata|Ιωάννινα=Ioannina|Χανιά=Chania|Κοζάνη=Kozani|Ρόδος=Rodos",
           "Μητροπόλεως|Ακαδημίας|Βασιλίσσης Σοφίας|Αριστοτέλους|Αγίας Σοφίας"),
    "RU": ("Светлана=Svetlana|Татьяна=Tatiana|Юлия=Yulia|Ксения=Ksenia|Дарья=Darya",
           "Игорь=Igor|Павел=Pavel|Владимир=Vladimir|Артём=Artyom|Николай=Nikolay",
           "Лебедева=Lebedeva|Новикова=Novikova|Фёдорова=Fyodorova|Попова=Popova|Зайцева=Zaytseva",
           "Лебедев=Lebedev|Новиков=Novikov|Фёдоров=Fyodorov|Попов=Popov|Зайцев=Zaytsev",
           "Ярославль=Yaroslavl|Воронеж=Voronezh|Омск=Omsk|Уфа=Ufa|Калуга=Kaluga|Иркутск=Irkutsk",
           "ул. Советская|ул. Мира|пр. Победы|ул. Строителей|ул. Лесная"),
    "UA": ("Галина=Halyna|Тетяна=Tetiana|Юлія=Yuliia|Дарина=Daryna|Марія=Mariia",
           "Дмитро=Dmytro|Юрій=Yurii|Василь=Vasyl|Остап=Ostap|Ігор=Ihor",
           "Кравченко=Kravchenko|Савчук=Savchuk|Литвиненко=Lytvynenko|Гнатюк=Hnatiuk|Остапенко=Ostapenko", "",
           "Чернігів=Chernihiv|Житомир=Zhytomyr|Ужгород=Uzhhorod|Тернопіль=Ternopil|Суми=Sumy|Черкаси=Cherkasy",
           "вул. Грушевського|вул. Лесі Українки|просп. Незалежності|вул. Соборна|вул. Садова"),
    "JP": ("美咲=Misaki|恵子=Keiko|彩花=Ayaka|千尋=Chihiro|優子=Yuko", "悠斗=Yuto|浩二=Koji|隆=Takashi|蓮=Ren|直樹=Naoki",
           "小林=Kobayashi|加藤=Kato|山本=Yamamoto|伊藤=Ito|吉田=Yoshida|松本=Matsumoto", "",
           "岡山市=Okayama|新潟市=Niigata|松山市=Matsuyama|鹿児島市=Kagoshima|長野市=Nagano|盛岡市=Morioka", "駅前通り|桜町|旭町|大手町"),
    "CN": ("芳=Fang|婷婷=Tingting|慧敏=Huimin|欣怡=Xinyi|秀英=Xiuying", "磊=Lei|建国=Jianguo|子轩=Zixuan|鹏=Peng|宇航=Yuhang",
           "黄=Huang|周=Zhou|吴=Wu|徐=Xu|孙=Sun|马=Ma|胡=Hu", "",
           "杭州=Hangzhou|长沙=Changsha|青岛=Qingdao|昆明=Kunming|厦门=Xiamen|合肥=Hefei", "和平路|长江路|滨河路|东风路|新华街"),
    "KR": ("수빈=Subin|예린=Yerin|은지=Eunji|다은=Daeun|소연=Soyeon", "준호=Junho|태현=Taehyun|승우=Seungwoo|동현=Donghyun|재민=Jaemin",
           "윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh|신=Shin", "",
           "청주=Cheongju|전주=Jeonju|포항=Pohang|창원=Changwon|고양=Goyang|춘천=Chuncheon", "시청로|대학로|번영로|강변로|학교길"),
    "IL": ("אביגיל=Avigail|רותם=Rotem|הילה=Hila|עדי=Adi|ליאת=Liat", "נדב=Nadav|אלעד=Elad|גיל=Gil|רועי=Roi|עידו=Ido",
           "פרידמן=Friedman|שפירא=Shapira|דהן=Dahan|אוחיון=Ohayon|גולן=Golan|רוזן=Rosen", "",
           "אשדוד=Ashdod|הרצליה=Herzliya|כפר סבא=Kfar Saba|עפולה=Afula|אילת=Eilat", "וייצמן|אחד העם|הנביאים|סוקולוב|הגפן"),
    "AE": ("شيخة=Shaikha|حصة=Hessa|ميثاء=Maitha|سلامة=Salama|آمنة=Amna", "سعيد=Saeed|راشد=Rashid|سلطان=Sultan|حمدان=Hamdan|يوسف=Yousef",
           "الظاهري=Al Dhaheri|المهيري=Al Mheiri|السويدي=Al Suwaidi|الزعابي=Al Zaabi|البلوشي=Al Balushi", "",
           "الفجيرة=Fujairah|أبوظبي=Abu Dhabi|أم القيوين=Umm Al Quwain|خورفكان=Khor Fakkan|دبي=Dubai", "شارع الاتحاد|شارع الكورنيش|شارع حمدان|شارع الخليج"),
    "INH": ("कविता=Kavita|रेखा=Rekha|स्नेहा=Sneha|मीनाक्षी=Meenakshi|आरती=Aarti", "सुरेश=Suresh|दीपक=Deepak|मनोज=Manoj|आदित्य=Aditya|गौरव=Gaurav",
            "तिवारी=Tiwari|सिंह=Singh|पाण्डेय=Pandey|श्रीवास्तव=Srivastava|जोशी=Joshi|अग्रवाल=Agarwal", "",
            "वाराणसी=Varanasi|आगरा=Agra|देहरादून=Dehradun|रायपुर=Raipur|ग्वालियर=Gwalior|उदयपुर=Udaipur", "सदर बाज़ार|शास्त्री नगर|महात्मा गांधी मार्ग|कमला नगर"),
    "TH": ("มาลี=Malee|สุภาพร=Supaporn|อรุณี=Arunee|พิมพ์ชนก=Pimchanok", "ประยุทธ=Prayut|อนุชา=Anucha|กิตติ=Kitti|ศักดิ์ชัย=Sakchai",
           "สุขสวัสดิ์=Suksawat|จันทร์เพ็ญ=Chanpen|มีสุข=Meesuk|รัตนพันธ์=Rattanapan|พรหมมา=Prommma", "",
           "พิษณุโลก=Phitsanulok|ภูเก็ต=Phuket|อุบลราชธานี=Ubon Ratchathani|ลำปาง=Lampang|ระยอง=Rayong",
           "ถนนพหลโยธิน|ถนนราชดำเนิน|ถนนเจริญกรุง|ถนนศรีนครินทร์"),
    "VN": ("Bảo Ngọc|Khánh Linh|Thanh Hà|Mai Anh|Diệu Linh", "Gia Huy|Thành Long|Quang Minh|Hữu Phước|Tuấn Kiệt",
           "Võ|Đặng|Bùi|Đỗ|Ngô|Dương|Vũ", "", "Đà Lạt|Quy Nhơn|Buôn Ma Thuột|Thái Nguyên|Nam Định|Long Xuyên",
           "đường Hai Bà Trưng|đường Lý Thái Tổ|phố Hàng Bạc|đường Pasteur|đường Phan Chu Trinh"),
    "SK": ("Katarína|Simona|Jana|Monika", "Michal|Ján|Martin|Lukáš", "Nagyová|Baláková|Molnárová|Szabóová",
           "Nagy|Balák|Molnár|Szabó", "Trenčín|Poprad|Martin|Zvolen|Levice|Piešťany",
           "Hviezdoslavova|Školská|Nám. SNP|Partizánska|Sládkovičova"),
    "BG": ("Радостина=Radostina|Елена=Elena|Милена=Milena|Теодора=Teodora", "Стефан=Stefan|Калоян=Kaloyan|Христо=Hristo|Пламен=Plamen",
           "Георгиева=Georgieva|Тодорова=Todorova|Колева=Koleva|Ангелова=Angelova", "Георгиев=Georgiev|Тодоров=Todorov|Колев=Kolev|Ангелов=Angelov",
           "Плевен=Pleven|Шумен=Shumen|Хасково=Haskovo|Велико Търново=Veliko Tarnovo|Благоевград=Blagoevgrad",
           "ул. „Гурко“|бул. „Христо Ботев“|ул. „Васил Левски“|ул. „Цар Симеон“"),
    "HR": ("Maja|Katarina|Nikolina|Dora|Tena", "Dario|Ante|Filip|Matej|Hrvoje", "Novak|Knežević|Vuković|Perić|Pavlović", "",
           "Šibenik|Karlovac|Dubrovnik|Slavonski Brod|Čakovec|Sisak", "Ulica Stjepana Radića|Frankopanska|Zagrebačka ulica|Ulica Matije Gupca|Obala"),
    "LT": ("Ieva|Monika|Greta|Indrė", "Paulius|Darius|Karolis|Rokas", "Stankevičienė|Vasiliauskienė|Butkutė|Paulauskienė",
           "Stankevičius|Vasiliauskas|Butkus|Paulauskas", "Marijampolė|Utena|Telšiai|Tauragė|Druskininkai",
           "Gedimino pr.|Maironio g.|Kęstučio g.|Liepų g.|Dariaus ir Girėno g."),
    "ID": ("Wulan|Indah|Ratna|Fitri|Lestari", "Bayu|Eko|Fajar|Hendra|Joko", "Wibowo|Setiawan|Pratama|Siregar|Gunawan|Lubis", "",
           "Bandung|Makassar|Palembang|Denpasar|Pontianak|Solo", "Jl. Gajah Mada|Jl. Ahmad Yani|Jl. Veteran|Jl. Kartini|Jl. Imam Bonjol"),
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
_JP_PREF = {"岡山市": "岡山県", "新潟市": "新潟県", "松山市": "愛媛県", "鹿児島市": "鹿児島県", "長野市": "長野県", "盛岡市": "岩手県"}


def write_address(r: random.Random, country: str, town: str, multiline: bool = False) -> str:
    """A street address in the country's own layout (_blind_values.write_address, with this set's tables)."""
    return _bv.write_address(r, country, town, multiline, people=PEOPLE, br_states=_BR_STATES, prefectures=_JP_PREF)


_BR_STATES = {"Recife": "PE", "Belém": "PA", "Florianópolis": "SC", "Campinas": "SP", "Uberlândia": "MG", "Cuiabá": "MT", "Fortaleza": "CE"}


# --- Organizations -------------------------------------------------------------------------------------------------
_ORG: dict[str, tuple[str, ...]] = {  # {t} town, {l} a surname
    "en": ("{l} & {l2} Solicitors", "{t} Nurses Credit Union", "Brightsmile Orthodontics", "Meadowbrook Primary School",
           "{l} Fencing & Decking", "Riverside Osteopathy", "{t} Harriers Athletics Club", "Little Acorns Nursery",
           "{l} Animal Hospital", "Keystone Lettings", "St Columba's Academy", "{l} Electrical Services"),
    "de": ("Kanzlei {l} & {l2}", "Volksbank {t}", "Hausarztpraxis {l}", "Gesamtschule am Stadtpark",
           "{l} Sanitärtechnik GmbH", "SV {t} 1921", "Kita Sonnenblume", "Ergotherapie {l}"),
    "fr": ("Cabinet d'avocats {l}", "Caisse d'Épargne de {t}", "Collège Jules-Ferry", "Électricité {l} SARL",
           "Maison de santé des Remparts", "Garage {l}"),
    "es": ("Asesoría {l}", "Clínica Dental Alameda", "IES Antonio Machado", "Fontanería {l} SL", "Cooperativa de Crédito de {t}"),
    "it": ("Studio Legale {l}", "Cassa Rurale di {t}", "Liceo Scientifico Galileo Galilei",
           "Elettricista {l} Srl", "Centro Medico Santa Chiara"),
    "nl": ("Notariskantoor {l}", "Huisartsenpraktijk De Linde", "Basisschool De Wilgen", "Schildersbedrijf {l}"),
    "pt": ("Solicitadoria {l}", "Clínica Médica São Bento", "Agrupamento de Escolas de {t}", "Eletricidade {l} Lda"),
    "pl": ("Kancelaria Prawna {l}", "Gabinet Stomatologiczny Uśmiech", "Liceum Ogólnokształcące nr 2 w {t}", "Spółdzielnia Mieszkaniowa Zacisze"),
    "sv": ("Advokatbyrån {l} AB", "Tandläkarna i {t}", "{l}s Måleri AB"),
    "no": ("Advokatfirmaet {l} AS", "{t} tannlegesenter", "{l} Elektro AS"),
    "da": ("Advokatfirmaet {l}", "Tandlægerne i {t}", "{l} Maler ApS"),
    "fi": ("Asianajotoimisto {l} Oy", "Lääkärikeskus Terveys", "{l} Sähkö Oy"),
    "cs": ("Advokátní kancelář {l}", "Zubní ordinace Úsměv", "Gymnázium {t}"),
    "hu": ("{l} Ügyvédi Iroda", "Szivárvány Bölcsőde", "{t}i Családorvosi Rendelő"),
    "ro": ("Cabinet de Avocatură {l}", "Clinica Dentară Zâmbet", "Liceul Teoretic nr. 2"),
    "tr": ("{l} Hukuk Bürosu", "Özel Hayat Polikliniği", "{l} Elektrik"),
    "el": ("Δικηγορικό Γραφείο {l}", "Ιατρείο Υγεία", "Κέντρο Ξένων Γλωσσών Ορίζοντας"),
    "ru": ("ИП {l}", "Клиника «Семейный доктор»", "Гимназия № 12"),
    "uk": ("ФОП {l}", "Стоматологія «Посмішка»", "Гімназія № 7"),
    "sk": ("Advokátska kancelária {l}", "Ambulancia Zdravie", "Gymnázium {t}"),
    "bg": ("Адвокатска кантора „{l}“", "Медицински център „Здраве“", "СУ „Иван Вазов“"),
    "hr": ("Odvjetnički ured {l}", "Dom zdravlja Sveti Luka", "Gimnazija {t}"),
    "lt": ("Advokatų kontora „{l}“", "Šeimos klinika „Sveikata“", "{t} gimnazija"),
    "ja": ("{l}法律事務所", "{t}さくら内科", "株式会社あおば商事"),
    "zh": ("{t}正和会计师事务所", "康宁口腔门诊部", "{t}市实验小学"),
    "ko": ("한빛법률사무소", "{t}맑은내과", "푸른숲어린이집"),
    "he": ("משרד עורכי דין {l}", "מרפאת הגפן"),
    "ar": ("مكتب {l} للاستشارات القانونية", "عيادة النور"),
    "hi": ("{l} ट्रेडर्स", "संजीवनी क्लिनिक"),
    "th": ("ห้างหุ้นส่วน {l} การช่าง", "คลินิกเวชกรรมสุขใจ"),
    "vi": ("Văn phòng Luật sư {l}", "Phòng khám Đa khoa An Bình"),
    "id": ("Kantor Notaris {l}", "Klinik Pratama Harapan", "SMP Negeri 2 {t}"),
}


# English organizations by kind ({org:school}, {org:clinic}...), so that "my daughter's school" names a school.
_ORG_EN_KIND: dict[str, tuple[str, ...]] = {
    "school": ("Meadowbrook Primary School", "St Columba's Academy", "{t} Community College", "Hillcrest Middle School",
               "Little Acorns Nursery", "{t} School of Nursing"),
    "clinic": ("Riverside Osteopathy", "{l} Eye Care", "Brightsmile Orthodontics", "{t} Walk-In Clinic", "Harborview Family Practice",
               "{l} & {l2} Pediatrics"),
    "firm": ("{l} Fencing & Decking", "{l} & {l2} Solicitors", "Keystone Lettings", "{l} Electrical Services",
             "Paws & Claws Dog Walking", "{t} Print & Copy"),
    "bank": ("{t} Nurses Credit Union", "{t} Community Credit Union", "{t} Building Society", "Prairie Trust Bank"),
    "club": ("{t} Harriers Athletics Club", "{t} Rowing Club", "{t} Chess Club", "Ashcombe Cricket Club"),
    "care": ("Rosewood Manor Care Home", "{t} Senior Living", "Willowmead Nursing Home", "{l} House Residential Care"),
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
    "en": "Pumpernickel|Huckleberry|Sandpiper|Windmill|Raspberry|Starling|Gingersnap|Moonbeam|Hedgehog|Porcupine",
    "de": "Pusteblume|Zimtschnecke|Wolkenkratzer|Maikäfer|Brezel|Gänseblümchen",
    "fr": "Tournesol|Escargot|Citronnelle|Mirabelle|Croissant|Hirondelle",
    "es": "Azucena|Tortuga|Limonada|Alcachofa|Gaviota",
    "it": "Gelsomino|Pistacchio|Cannolo|Arcobaleno|Lucciola",
    "pl": "Pierogi|Wiewiorka|Malina|Jaskolka|Biedronka",
    "nl": "Hagelslag|Windmolen|Kikker|Pannenkoek",
    "pt": "Caravela|Andorinha|Bacalhau|Jacaranda",
    "tr": "Simit|Papatya|Baklava|Leylek",
    "ru": "Berezka|Oduvanchik|Kotenok|Yablonya",
    "sv": "Kanelbulle|Blabar|Ekorre|Midsommar",
}
_PHRASE_WORDS = ["otter", "granite", "velvet", "saffron", "bolt", "nebula", "mossy", "tundra", "copper", "widget", "willow", "ember", "quartz", "teapot", "pebble"]  # {pw:phrase}


# --- Rendering (Context and fill() are _blind_values.py's; this set hands them its tables) ----------------------------
_WORK_DOMAINS = ["quarrybank-joinery.co.uk", "kanzlei-dannenberg.de", "atelier-perrin.fr", "sagebrush-logistics.com", "fjordlys-bygg.no",
                 "studio-rinaldi.it", "kuipers-techniek.nl", "tidewell.io"]  # {wemail}


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
    # Insurance claims and adjusters
    ("en", "I'm filling in a home-contents claim after the break-in on {date}. Policyholder: {name}, {addr}. Contact {phone} or {email}. Can you make the incident summary sound less rambling?"),
    ("en-US", "Draft a reply to the adjuster. Claim for water damage at {addr}, reported {date:long}. Insured: {name}, SSN on file {ssn}, callback {phone}. They keep asking for the same receipts."),
    ("en", "Claim form, section B (third party): Driver {name2} | Phone {phone2} | Insurer {org:firm} | Date of collision {date:num} | Location {town}. Is 'third party' the other driver or the witness?"),
    ("en-GB", "Pet insurance claim for our spaniel, vet is {org:clinic}. Owner {name}, {addrml}\nPay the refund to {iban}. Does this look complete?"),
    # Rental applications
    ("en", "Rental application, please check for typos:\nApplicant: {name}\nDate of birth: {dob}\nCurrent address: {addr}\nEmployer: {org:firm}\nReference: {name2}, {phone2}\nEmail: {email}"),
    ("en-US", "The landlord wants my SSN for the credit check on the apartment in {town}. It's {ssn}. Is it normal to email that to {wemail2}? Their agent is {name2}."),
    ("en", "Co-applicant details for the flat viewing on {date:short}:\n- {name} (born {dob:long}), {phone}\n- {name2} (born {dob2:long}), {phone2}\nWrite a short intro paragraph for both of us."),
    # Genealogy notes
    ("en", "Genealogy notes, turn them into a tidy family-tree entry:\n{name:f} b. {dob:long} in {town}, married {name2:m} on {date:long}, lived at {addr} until the 1990s. Ask cousin {first3} ({email3}) for photos."),
    ("en", "My grandmother {name:f} was born on {dob:num} in {town}; her brother {first2:m} emigrated. I found a record with her at {addr}. What archives should I search next?"),
    # Court and police forms
    ("en-GB", "Help me fill in the small-claims form N1. Claimant: {name}, {addrml}\nDefendant: {name2}, {addr2}\nThe work was agreed on {date:long} and never finished. Claimant phone: {phone}."),
    ("en-US", "Police report supplement: Reporting party {namecaps}, DOB {dob:num}, SSN {ssn}, phone {phone}. Vehicle broken into outside {addr} on {date:num}. Rewrite this as a clear narrative."),
    ("en", "Witness statement for the tribunal. I, {name}, of {addr}, confirm that on {date:long} I saw {name2} leave the office of {org:firm} in {town}. Make this formal."),
    ("en-IN", "Draft an FIR complaint in English. Complainant {name}, PAN {natid:pan}, mobile {phone}, residing at {addr}. My phone was snatched near the bus stand on {date:long}."),
    # Dating-app profiles
    ("en", "Make my dating profile bio funnier: 'Hi, I'm {first}, {age}, based in {town}. Weekends: climbing and bad karaoke. Text me on {phone} if you hate small talk.'"),
    ("en", "A match sent me this and wants to move off the app. 'I'm {name2}, here's my insta {purl2:ig} and my email {email2}'. Does this look like a scam?"),
    # Event registrations
    ("en", "Registration list for the charity 10K, fix the CSV header and sort by surname:\nfirst,last,email,phone,dob\n{first},{last},{email},{phone},{dob:iso}\n{first2},{last2},{email2},{phone2},{dob2:iso}"),
    ("en", "Conference badge export:\nName: {name} | Org: {org:firm} | Email: {wemail} | Dietary: vegan\nName: {name2} | Org: {org:club} | Email: {email2} | Dietary: none\nMake the badges CSV for the printer."),
    # School trips
    ("en", "Consent form for the school trip to the coast on {date:long}. Pupil: {name3:kid}, DOB {dob3:num}, school {org:school}. Parent: {name}, emergency contact {phone}. Please shorten the medical section."),
    ("en-GB", "Trip register for {org:school}: {name2:kid} (DOB {dob2:num}), {name3:kid} (DOB {dob3:num}). Lead teacher {name}, mobile {phone}. Which columns am I missing for the risk assessment?"),
    # Gig-economy payouts
    ("en", "My delivery-app payout failed. Account holder {name}, IBAN {iban}, registered email {email}. Write a firm but polite message to support."),
    ("en-US", "Driver 1099 info for the rideshare app is wrong. Name {name}, SSN {ssn}, address {addr}. How do I ask them to reissue it?"),
    ("en", "Freelance platform says my withdrawal to card {card} was rejected on {date:long}. Cardholder {holder}, exp {exp}. What do I tell them?"),
    # Crypto exchange support
    ("en", "Crypto exchange locked my account. Registered email {email}, phone {phone}, last login from {ip:pub}. I did not withdraw anything on {date:long}. Help me write the appeal."),
    ("en", "The exchange's KYC reviewer asked for my details again: {name}, date of birth {dob}, ID number {natid}, address {addr}. Is there a safer way to send this than chat?"),
    ("en", "Someone accessed my wallet from {ip:pub} and {ip:v6}. My recovery phrase was {pw:phrase}, yes I know. What should I do first?"),
    # Hospital discharge letters
    ("en-GB", "Simplify this discharge letter for my dad:\nPatient: {name:m}  DOB: {dob:num}  NHS No: {natid:nhs}\nAddress: {addr}\nAdmitted {date:num}, discharged {date:num@b}. GP: {org:clinic}."),
    ("en", "Hospital discharge summary for {name}, born {dob:long}. Follow-up with Dr {last2} at {org:clinic} on {date:long}. Call {phone2} to confirm. What does 'TTO' mean?"),
    ("en-US", "Discharge paperwork for my mother {name:f} (DOB {dob:num}) lists her home as {addr}. The billing office wants an SSN, {ssn}. Draft an email asking why."),
    # DNS zone files
    ("en", "Why won't this zone load?\n$ORIGIN hollowbrook.net.\n@ IN SOA ns1 hostmaster.hollowbrook.net. (1 3600 600 86400 300)\n@ IN A {ip:pub}\nhome IN A {ip:pub@b}\nvpn IN AAAA {ip:v6}\n; owner {email}"),
    ("en", "My home DNS (bind) has these records, am I leaking anything?\nnas.lan. IN A {ip:priv}\nrouter.lan. IN A {ip:priv@b}\nwww IN A {ip:pub}\n; tsig key secret: {tok:b64_32}"),
    # Ansible inventories
    ("en", "Ansible can't reach the hosts:\n[web]\n{ip:pub} ansible_user=deploy ansible_password={pw:random}\n{ip:pub@b} ansible_user=deploy\n[db]\n{ip:priv} ansible_become_pass={pw:word}\nWhat's wrong with my inventory?"),
    ("en", "group_vars/all.yml:\nadmin_email: {wemail}\nadmin_name: {name}\nsmtp_pass: {pw}\nbackup_host: {ip:priv}\nShould any of this go in ansible-vault?"),
    # Terraform state
    ("en", "This terraform.tfstate snippet got committed:\n\"attributes\": {{ \"public_ip\": \"{ip:pub}\", \"private_ip\": \"{ip:priv}\", \"password\": \"{pw:random}\", \"tags\": {{ \"Owner\": \"{name}\" }} }}\nHow bad is it?"),
    ("en", "terraform output shows db_endpoint = \"postgres://{cred}@{ip:pub}:5432/app\" and admin_email = \"{wemail}\". How do I mark them sensitive?"),
    # Docker compose
    ("en", "docker-compose.yml for my Nextcloud:\n  environment:\n    - MYSQL_PASSWORD={pw}\n    - NEXTCLOUD_ADMIN_USER=admin\n    - NEXTCLOUD_TRUSTED_DOMAINS={ip:pub}\n    - SMTP_PASSWORD={tok:sendgrid}\nWhy does it restart every minute?"),
    ("en", "compose file for the bot:\nservices:\n  bot:\n    environment:\n      TELEGRAM_TOKEN: \"{tok:telegram}\"\n      OPENAI_API_KEY: \"{tok:openai}\"\n      ADMIN_EMAIL: \"{email}\"\nHow do I move these into an .env file?"),
    # Postman collections
    ("en", "Postman collection export, why does auth fail?\n{{\"name\": \"Create user\", \"request\": {{\"auth\": {{\"type\": \"bearer\", \"bearer\": [{{\"key\": \"token\", \"value\": \"{tok:stripe}\"}}]}}, \"body\": {{\"raw\": \"{{\\\"email\\\": \\\"{email}\\\", \\\"phone\\\": \\\"{phone:e164}\\\"}}\"}}}}}}"),
    ("en", "Postman environment file:\n{{\"values\": [{{\"key\": \"baseUrl\", \"value\": \"http://{ip:priv}:8080\"}}, {{\"key\": \"apiKey\", \"value\": \"{tok:hf}\"}}, {{\"key\": \"testUser\", \"value\": \"{email}\"}}]}}\nCan I share this with a contractor?"),
    # Browser HAR files
    ("en", "From a HAR file of the checkout page:\n\"postData\": {{\"text\": \"name={first}+{last}&card={card:plain}&email={email}\"}},\n\"serverIPAddress\": \"{ip:pub}\"\nWhy is the payment request returning 402?"),
    ("en", "HAR entry from our login page:\n\"headers\": [{{\"name\": \"Authorization\", \"value\": \"Basic {basic}\"}}, {{\"name\": \"X-Forwarded-For\", \"value\": \"{ip:pub}\"}}]\nIs it safe to attach this to a bug report?"),
    # SIEM alerts
    ("en", "SIEM alert, explain it for a non-technical manager:\nrule: impossible_travel\nuser: {wemail}\nsrc_ip_1: {ip:pub} ({town})\nsrc_ip_2: {ip:pub@b} ({town@b})\nfirst_seen: {date:iso}"),
    ("en", "Splunk notable event:\nsignature=\"Brute force\" src={ip:pub} dest={ip:priv} user={wemail} count=412\nAccount owner is {name}, phone {phone}. Draft the incident ticket."),
    ("en", "Sentinel incident: leaked secret detected in repo. Match: {tok:ghp} committed by {name} <{email}>. What are the remediation steps?"),
    # Email headers
    ("en", "Is this email spoofed?\nReturn-Path: <{email2}>\nReceived: from mail.bulkmailer-7.net ([{ip:pub}])\nFrom: \"{name2}\" <{email2}>\nTo: {email}\nSubject: invoice overdue"),
    ("en", "Headers of the phishing mail my aunt got:\nX-Originating-IP: [{ip:pub}]\nFrom: support <help@secure-bank-verify.top>\nTo: {name} <{email}>\nWhat should she report?"),
    # Calendar invites (ICS)
    ("en", "Fix this .ics so Outlook accepts it:\nBEGIN:VEVENT\nSUMMARY:Mortgage meeting\nORGANIZER;CN={name}:mailto:{email}\nATTENDEE;CN={name2}:mailto:{email2}\nLOCATION:{addr}\nDESCRIPTION:call {phone} if late\nEND:VEVENT"),
    ("en", "Calendar invite I received: 'Viewing of the house at {addr}, {date:long}, with agent {name2} ({phone2}).' Write a polite decline."),
    # vCards
    ("en", "Convert this vCard to CSV:\nBEGIN:VCARD\nVERSION:3.0\nFN:{name}\nN:{last};{first};;;\nTEL;TYPE=CELL:{phone}\nEMAIL:{email}\nADR;TYPE=HOME:;;{addr}\nBDAY:{dob:iso}\nURL:{purl:site}\nEND:VCARD"),
    ("en", "Merge these two contacts:\nFN:{name2}\nTEL:{phone2}\nORG:{org:firm}\n---\nFN:{first2} {last2}\nEMAIL:{email2}\nX-SOCIALPROFILE:{purl2:linkedin}"),
    # Chat exports
    ("en", "WhatsApp export, summarise who owes what:\n[{date:num}, 19:02] {first}: I paid the cabin, send to {iban}\n[{date:num}, 19:05] {first2}: ok\n[{date:num}, 19:06] {first3}: my card was {card} lol"),
    ("en", "Telegram chat export (JSON):\n{{\"from\": \"{name}\", \"text\": \"wifi password is {pw:wifi}\"}},\n{{\"from\": \"{name2}\", \"text\": \"thanks! my new number {phone2}\"}}\nExtract the action items."),
    ("en", "Signal group 'Flat 4B' messages:\n{first}: the boiler guy is coming on {date:short}\n{first2}: I'll be at work in {town}\n{first}: leaving the key safe code {pw:pin} by the door\nWho has to be home?"),
    # Insurance, finance more
    ("en-US", "I-864 affidavit of support, sponsor section: {name}, SSN {ssn}, DOB {dob:num}, mailing address {addr}, employer {org:firm}. Which income years do I list?"),
    ("en-US", "W-4 for my new nanny {name2}: SSN {ssn2}, address {addr2}. Filing status single. Did I fill step 2 right?"),
    ("en-US", "HSA reimbursement form: Account holder {name}, SSN {ssn:plain}, provider {org:clinic}, date of service {date:num}. Does this need a receipt?"),
    ("en-US", "Direct deposit form for my new job at {org:firm}: name {name}, SSN {ssn}, card on file {card:visa}, phone {phone}. Does the employer need the card at all?"),
    ("en-GB", "Council tax single-person discount: {name}, NI number {natid:nino}, property {addr}. I moved in on {date:long}. Write the email."),
    ("en-GB", "Letter to HMRC: my NI number {natid:nino} is on a P60 for {name2}. My details: {name}, {addrml}\nPhone {phone}."),
    ("en-IN", "Fill the KYC update form: Name {name}, Aadhaar {natid:aadhaar}, DOB {dob:num}, address {addr}, mobile {phone}. Is the format right?"),
    ("en-IN", "Income tax refund went to wrong account. PAN {natid:pan}, name {name}, email {email}. What should I write to the CPC?"),
    ("en-XX", "I'm an expat; my landlord in {town} asks for my tax ID {natid} and IBAN {iban} for the deposit return. Is that normal? His name is {name2:m}."),
    ("en-XX", "Translate to English and tidy: my colleague {name} ({email}, {phone}) starts on {date} at {org}. Her home address is {addr}."),
    ("en-XX", "Residence permit renewal checklist. Me: {name}, born {dob}, ID {natid}. Appointment on {date} in {town}. What documents do I bring?"),
    # Support and account recovery
    ("en", "My gym membership was charged twice to card {card}, ending {last4}. Account: {name}, {email}. Write a chargeback request."),
    ("en", "Write to the airline: booking under {namecaps}, passport MRZ below, the name is misspelt.\n{mrz}"),
    ("en", "Check this passport MRZ for my visa form:\n{mrz}\nIs the expiry {mrzexp} right?"),
    ("en", "Streaming account hacked. Login alerts from {ip:pub} and {ip:pub@b}. My email {email}, phone {phone}. What do I tell support?"),
    ("en", "Hotel wants a card authorisation form: Cardholder {holder}, card {card:amex}, exp {exp}, billing address {addr}. Is it safe to email?"),
    ("en", "Bank transfer didn't arrive. I sent it on {date:long} from {iban} to {name2} ({iban2}). Reference 'rent'. What can I ask the bank?"),
    # Professional
    ("en", "Update my CV header:\n{name}\n{addr} | {phone} | {email}\n{purl:linkedin} | {purl2:github}\nMake it one line."),
    ("en", "Speaker bio for the meetup: {name} works at {org:firm} in {town}. Portfolio: {purl:site}. Book a call: {purl:cal}. Make it 50 words."),
    ("en", "Reference letter for {name2}, who worked with me at {org:firm} from {date:long} until last month. My contact: {name}, {wemail}, {phone}."),
    # Tech with personal data
    ("en", "My .pgpass isn't picked up:\n{ip:priv}:5432:crm:crm_app:{pw}\nWhat permissions should it have?"),
    ("en", "nginx access log, why is this IP hammering us?\n{ip:pub} - - \"POST /login\" 401 user={email}\n{ip:pub} - - \"POST /login\" 401 user={email2}\n{ip:v6} - - \"GET /\" 200"),
    ("en", "Git config leaked in a screenshot:\n[user]\n  name = {name}\n  email = {email}\n[credential]\n  helper = store\nhttps://{credtok:x-access-token:ghp}@github.com/acme-notes/notes.git\nHow do I rotate it?"),
    ("en", "SSH keeps rejecting me; here's my private key, I'll rotate it after:\n{pem:openssh}"),
    ("en", "Slack webhook payload I'm testing: {{\"text\": \"New signup: {name}, {email}, {phone}\"}} sent with token {tok:slack_bot}. Why is it 403?"),
    ("en", "Our WireGuard config:\n[Interface]\nPrivateKey = {tok:wg}\nAddress = {ip:priv}/24\n[Peer]\nEndpoint = {ip:pub}:51820\nWhy can't I ping the peer?"),
    ("en", "Home Assistant secrets.yaml, which of these should I regenerate?\nwifi_password: {pw:wifi}\nmqtt_password: {pw}\nnotify_email: {email}\ngoogle_key: {tok:gcp_api}"),
    ("en", "AWS credentials file:\n[default]\naws_access_key_id = {tok:aws_id}\naws_secret_access_key = {tok:aws_secret}\nWhich region setting am I missing?"),
    ("en", "Mailgun says bounced: to={email} relay={ip:pub} status=5.1.1. The customer {name} says the address is right. Explain."),
    ("en", "Kibana shows failed logins for user {wemail} from {ip:v6} and {ip:pub}. Is IPv6 the reason geo-IP says {town}?"),
    # Family & everyday
    ("en", "Write a note for the childminder: {first:kid} gets picked up by {name2} on {date:short}. If there's a problem call me on {phone} or his dad on {phone2}."),
    ("en", "Help me write a lost-wallet post: found near {town} station, belongs to {name}, card {card} inside, driving licence with address {addr}."),
    ("en", "Summarise the minutes: residents' association of {addr}. Present: {name}, {name2}, {name3}. Treasurer reports account {iban}. Next meeting {date:long}."),
    ("en", "Funeral notice draft: {name:f} of {town}, born {dob:long}, passed away peacefully on {date:long}. Donations to {org:care}. Make it warmer."),
    ("en", "My son {name2:kid} was born {dob2:long}; I need his birth registration appointment. Our address is {addr}, my phone {phone}."),
    ("en", "Wedding RSVP list, count the plus-ones:\n{name} + 1 | {email}\n{name2} | {email2}\n{name3} + 1 | {phone3}"),
    ("en", "Explain this car-share damage invoice. Renter {name}, licence checked, card {card} charged on {date:num}. Pickup at {addr}."),
    ("en", "Vet reminder message to send to clients: 'Hi {first}, Bella's boosters are due on {date:short}. Call {org:clinic} on {phone2}.' Make it friendlier."),
    ("en", "I owe my roommate {first2} for utilities. Her PayPal is {purl2:paypal}, or bank {iban2}. Write a message saying I'll pay Friday."),
    ("en", "Tenant screening report summary: {name}, DOB {dob:num}, previous address {addr2}, current {addr}. Employer {org:firm}. Is anything missing?"),
    ("en", "Our book club moved to {addr}. Host {name} ({phone}). Next book night {date:long}. Write the group message."),
    ("en", "The courier left my parcel with a neighbour, {name2} at {addr2}. My name is {name}, tracking says delivered {date:long}. Complaint email please."),
    ("en", "ASR transcript, add punctuation: hi this is {name:lc} calling about my claim my date of birth is {dob:long} and my number is {phone} please call back"),
    ("en", "OCR from a scanned tenancy deposit certificate, clean it up: Tenant: {name:ocr} Address: {addr:ocr} Deposit paid {date:num}"),
    ("en", "ALL CAPS form, make it sentence case: NAME: {name:uc} ADDRESS: {addr:uc} PHONE: {phone} EMAIL: {email}"),
    ("en", "Translate this Venmo request to Spanish: '{first}, you owe me for the concert tickets, {purl:venmo}'"),
    ("en", "Strava club post: 'Group run from {town} harbour on {date:short}, led by {name}. Follow me on {purl:strava}.' Make it punchier."),
    ("en", "Our shared Drive folder for the reunion: {purl:drive} . Organiser {name}, {email}. Write the invite."),
    ("en", "Mastodon bio for my art account: {first} in {town}, prints at {purl:site}, also {purl:mastodon}. Shorter please."),
    ("en", "Job-board profile: {name}, {town}. GitHub {purl:github}. Bluesky {purl:bsky}. Looking for remote QA roles. Improve this summary."),
    ("en", "Draft a tenant reference: {name} rented {addr} from me between {date:long} and {date:long@b}, always paid on time."),
    ("en", "CSV from the school photo company, fix the quoting:\nchild,parent,email,phone\n\"{name2:kid}\",\"{name}\",{email},{phone}\n\"{name3:kid}\",\"{name4}\",{email4},{phone4}"),
    ("en", "Vendor changed bank details? Email says: 'please pay invoice to new account {iban}, contact {name2} {phone2}'. Our old record: {iban@b}. Is this fraud?"),
    ("en", "Stripe webhook secret {tok:whsec} and key {tok:stripe} are in this log. Also customer {email}. Write a Slack message asking people to delete it."),
    ("en", "Discord bot token {tok:discord_bot} got posted by {name} in the public channel. How do I revoke it?"),
    ("en", "Netlify build failed: NETLIFY_AUTH_TOKEN={tok:netlify} deploy to site of {name}. Why 401?"),
    ("en", "npm publish fails, .npmrc has //registry.npmjs.org/:_authToken={tok:npm} and email={email}. What's wrong?"),
    ("en", "Datadog agent config: api_key: {tok:datadog_api}, hostname: {first:lc}-laptop, ip {ip:priv}. Why no metrics?"),
    ("en", "GitLab runner register command: gitlab-runner register --token {tok:glrt} --url https://git.tidewell.io. Is it safe to paste in the wiki?"),
    ("en", "JWT from my app's localStorage: {tok:jwt}. Can you decode what claims it has?"),
    ("en", "Django settings.py: SECRET_KEY = '{tok:django}' and ADMINS = [('{name}', '{wemail}')]. Fix the ALLOWED_HOSTS for {ip:pub}."),
    # Added in the second pass: more forms that carry SSNs, cards and links
    ("en-US", "Renter's insurance application: primary insured {name}, SSN {ssn}, co-insured {name2}, SSN {ssn2:plain}, property {addr}. Which coverage limits are typical?"),
    ("en-US", "Court form FL-150 income and expense declaration: {name}, SSN {ssn:dash}, employer {org:firm}, paid on card {card}. Help me list my monthly expenses."),
    ("en-US", "Gig payout tax form from the app shows TIN {ssn} for {namecaps}. Mine is {ssn2}. Who do I call to fix a swapped SSN?"),
    ("en-US", "Jury summons response: {name}, {addr}, DOB {dob:num}, last four... no, full SSN {ssn:space} is required online. Is that legit?"),
    ("en-US", "Genealogy: my great-uncle {name2:m}'s SSN from the death index is {ssn2}, born {dob2:long} in {town}. How do I order his SS-5?"),
    ("en-US", "Crypto exchange 1099-DA asks for SSN {ssn} and address {addr}; account email {email}. Does Coinbase-style reporting cover staking?"),
    ("en-US", "School trip chaperone background check: {name}, SSN {ssn}, DOB {dob:num}, phone {phone}. Write the cover note to {org:school}."),
    ("en", "Concert ticket resale: buyer {name2} paid with card {card:mc} but the seller {name} wants the money on {purl:paypal}. Is this a scam pattern?"),
    ("en", "Dispute letter: card {card:visa:sp} was charged by a hotel in {town} on {date:long} after I cancelled. Cardholder {holder}."),
    ("en", "Event registration paid by card {card:amex}, name on card {holder}, billing email {email}. The receipt shows the wrong name; write to the organiser."),
    ("en", "Insurance excess paid with card {card:disc:dash} on {date:num}; claim handler {name2} ({wemail2}). Draft a refund request."),
    ("en", "Crypto exchange deposit with debit card {card} failed three times; phone {phone}, login IP {ip:pub}. Is it my bank blocking it?"),
    ("en", "Dating app scam: he sent his 'investment' link {purl2:site} and asked for my card {card}. His profile: {purl2:ig}. What do I report?"),
    ("en", "Rental ad reply: I'm {name}, see my references in {purl:drive} and my LinkedIn {purl:linkedin}. Make this email shorter."),
    ("en", "Club newsletter footer: chair {name} ({purl:bsky}), treasurer {name2} ({email2}), sponsors {org:firm}. Tidy the layout."),
    ("en", "Portfolio link-in-bio: {purl:site} | {purl:github} | {purl:mastodon} | book me {purl:cal}. Order these by importance."),
    ("en", "Hospital volunteer sign-up: {name}, {email}, {phone}, available from {date:short}, CV {purl:dropbox}. Write the confirmation reply."),
    ("en", "Funeral collection for {name2}'s family, send to {iban} or {purl:paypal}. Organised by {name} from {town}. Write the post."),
    ("en", "Podcast guest form: {name}, {org:firm}, website {purl:site}, LinkedIn {purl:linkedin}, town {town}. Write the intro line."),
    ("en", "Neighbourhood app post: 'Lost cat near {addr}. Call {first} on {phone}.' Make it shorter."),
    ("en", "Travel: driving from {town} to {town@b} on {date:short} with {name2}. Suggest stops."),
    ("en", "Move checklist: leaving {town} for {town@b}; new address {addr2}. Who must I notify (bank {org:bank}, GP {org:clinic})?"),
    ("en", "Signal message from my landlord {name2}: 'Rent goes to {iban2} from {date:long}.' Is a change of account by text legal?"),
    ("en", "vsphere alert: VM {first:lc}-desktop at {ip:priv} talking to {ip:pub} on 4444. Is this a reverse shell?"),
    ("en", "Kubernetes secret I decoded: DATABASE_URL=postgresql://{cred}@{ip:priv}:5432/payroll. Owner {name}. How do I rotate it?"),
    ("en", "Ansible vault password file says {pw:random}; the inventory has {ip:pub} and {ip:v6}. Can I use --ask-vault-pass instead?"),
    ("en", "HAR shows a cookie session={tok:hex64} for user {email} from {ip:pub}. Is it enough to log out everywhere?"),
    ("en", "SIEM: OAuth consent granted by {wemail} to an app with refresh token {tok:google_refresh}. Remediation steps?"),
    ("en", "Private key from the old server, is it RSA or EC?\n{pem}"),
    ("en", "Postman pre-request script sets pm.environment.set('token', '{tok:anthropic}') for user {email}. Safer pattern?"),
    ("en-US", "Event volunteer registration (county fair) asks for SSN {ssn} for a background check. I'm {name}, {email}. Should I refuse?"),
    ("en-US", "Hospital financial-assistance form: patient {name}, DOB {dob:num}, SSN {ssn:dash}; spouse {name2}, SSN {ssn2:dash}. Household of three. Which proof of income?"),
]


_PII_XX: list[tuple[str, str]] = [
    # German
    ("de", "Schadensmeldung an die Hausratversicherung, bitte sachlicher formulieren: Versicherungsnehmer {name}, {addr}. Einbruch am {date}. Rückruf unter {phone}, E-Mail {email}."),
    ("de", "Mietbewerbung für die Wohnung in {town}:\nName: {name}\nGeburtsdatum: {dob}\nArbeitgeber: {org}\nAktuelle Anschrift: {addr}\nTelefon: {phone}\nKannst du ein kurzes Anschreiben daraus machen?"),
    ("de", "Ahnenforschung: {name:f}, geboren am {dob:long} in {town}, verheiratet mit {name2:m}. Die Urkunde nennt {addr2}. Welche Archive soll ich anschreiben?"),
    ("de", "Auszahlung vom Lieferdienst kam nicht an. Kontoinhaber {name}, IBAN {iban}, Steuer-ID {natid}. Schreib bitte eine Beschwerde."),
    ("de", "Entlassbrief meiner Mutter {name:f} (geb. {dob:num}), Hausarzt {org}. Nächster Termin am {date:long}. Was bedeutet 'Z. n. Hüft-TEP'?"),
    ("de", "Anmeldung Klassenfahrt: Kind {name2:kid}, geb. {dob2:num}, Notfallkontakt {name} {phone}. Schule {org}. Ist das Formular vollständig?"),
    # French
    ("fr", "Déclaration de sinistre dégât des eaux : assuré {name}, {addr}, sinistre survenu le {date}. Téléphone {phone}, courriel {email}. Peux-tu rendre ça plus clair ?"),
    ("fr", "Dossier de location : {name}, né(e) le {dob:long}, employeur {org}, adresse actuelle {addr}. Garant : {name2}, {phone2}. Rédige la lettre de présentation."),
    ("fr", "Plainte au commissariat de {town} : je soussigné {name}, demeurant {addr}, déclare le vol de ma carte {card} le {date:long}. Reformule en style officiel."),
    ("fr", "Inscription à la course solidaire : {first} {last}, {email}, {phone}, RIB {iban}. Le formulaire refuse mon IBAN, pourquoi ?"),
    ("fr", "Compte rendu d'hospitalisation de {name}, né le {dob:num}, numéro de sécurité sociale {natid}. Sortie le {date:num}. Explique-moi le traitement."),
    # Spanish
    ("es", "Parte de accidente amistoso: conductor {name}, {idname} {natid}, teléfono {phone}, domicilio {addr}. Fecha del siniestro {date}. ¿Está bien rellenado?"),
    ("es", "Solicitud de alquiler del piso en {town}: {name}, nacida el {dob:long}, trabaja en {org}. Correo {email}. Escribe un mensaje al propietario {name2}."),
    ("es", "Exportación de WhatsApp del grupo del viaje:\n[{date:num} 21:14] {first}: pagad la casa rural a mi cuenta {iban}\n[{date:num} 21:20] {first2}: hecho\nResume quién ha pagado."),
    ("es", "Reclamación a la plataforma de repartidores: mi pago del {date:long} no llegó. Titular {name}, {idname} {natid}, IBAN {iban}."),
    # Italian
    ("it", "Denuncia sinistro auto: contraente {name}, codice fiscale {natid}, residente in {addr}. Incidente del {date} a {town}. Telefono {phone}. Puoi sistemare il testo?"),
    ("it", "Lettera di dimissione ospedaliera di {name:m}, nato il {dob:long}. Controllo presso {org} il {date:long}. Spiegami la terapia in parole semplici."),
    ("it", "Iscrizione gita scolastica: alunno {name2:kid}, nato il {dob2:num}, genitore {name}, cellulare {phone}, email {email}. Manca qualcosa?"),
    # Dutch
    ("nl", "Schadeformulier inboedelverzekering: verzekerde {name}, {addr}, inbraak op {date}. Bereikbaar op {phone} of {email}. Kun je dit netter maken?"),
    ("nl", "Huuraanvraag: {name}, geboren {dob:long}, BSN {natid}, werkgever {org}. Referentie: {name2} ({phone2}). Schrijf een korte motivatie."),
    ("nl", "Tikkie in de groepsapp na het weekend in {town}: '{first}, betaal je deel naar {iban}.' Maak er een vriendelijk bericht van."),
    # Portuguese
    ("pt", "Participação de sinistro: tomador {name}, NIF {natid}, morada {addr}. Ocorreu a {date}. Contacto {phone}. Podes rever o texto?"),
    ("pt", "Registo de família: {name:f}, nascida a {dob:long} em {town}, casou com {name2:m}. Onde procuro o assento de batismo?"),
    ("pt-BR", "Reclamação na corretora de cripto: minha conta ({email}) foi bloqueada. CPF {natid}, celular {phone}, último acesso do IP {ip:pub}. Escreva o recurso."),
    ("pt-BR", "Ficha de inscrição da excursão da escola: aluno {name2:kid}, nascido em {dob2:num}, responsável {name}, telefone {phone}, endereço {addr}."),
    ("pt-BR", "Meu repasse do app de entregas caiu no cartão {card} errado em {date:long}. Titular {holder}. Como reclamo?"),
    # Polish
    ("pl", "Zgłoszenie szkody z OC: poszkodowany {name}, PESEL {natid}, adres {addr}. Zdarzenie {date} w miejscowości {town}. Telefon {phone}. Popraw styl."),
    ("pl", "Wniosek o najem mieszkania: {name}, ur. {dob:num}, pracodawca {org}, e-mail {email}. Poręczyciel {name2}, tel. {phone2}."),
    ("pl", "Przelew za wycieczkę szkolną dla {name2:kid}: odbiorca {org}, konto {iban}. Czy tytuł przelewu jest dobry?"),
    # Nordic
    ("sv", "Skadeanmälan till försäkringsbolaget: {name}, personnummer {natid}, {addr}. Inbrottet skedde {date}. Ring {phone}. Kan du förbättra texten?"),
    ("sv", "Swish-betalning för föreningens loppis: kontakta {name} på {phone} eller {email}. Skriv ett inlägg till gruppen."),
    ("no", "Leiesøknad for leiligheten i {town}: {name}, født {dob:long}, fødselsnummer {natid}, jobber hos {org}. Telefon {phone}. Skriv en kort søknad."),
    ("no", "Vipps-oppgjør etter hytteturen: {first} betalte, kontonummer {iban}. {first2} skylder 800 kr. Skriv en melding."),
    ("da", "Anmeldelse af indbrud til politiet: {name}, CPR {natid}, bopæl {addr}. Indbruddet skete {date}. Telefon {phone}. Gør teksten mere formel."),
    ("da", "Tilmelding til lejrskolen: {name2:kid}, født {dob2:num}. Forælder {name}, {email}, {phone}."),
    ("fi", "Vahinkoilmoitus kotivakuutukseen: {name}, henkilötunnus {natid}, osoite {addr}. Vesivahinko tapahtui {date}. Puhelin {phone}."),
    ("fi", "Vuokrahakemus: {name}, syntynyt {dob}, työnantaja {org}, sähköposti {email}. Kirjoita saate vuokranantajalle."),
    # Central Europe
    ("cs", "Hlášení pojistné události: pojištěný {name}, rodné číslo {natid}, bydliště {addr}. Škoda vznikla {date}. Telefon {phone}."),
    ("cs", "Přihláška na školní výlet: žák {name2:kid}, nar. {dob2:num}, zákonný zástupce {name}, e-mail {email}, tel. {phone}."),
    ("sk", "Žiadosť o prenájom bytu v meste {town}: {name}, rodné číslo {natid}, zamestnávateľ {org}, telefón {phone}. Napíš sprievodný list."),
    ("sk", "Výpis z chatu: {first}: pošli mi to na účet {iban}\n{first2}: ok, poslané {date:num}. Zhrň to."),
    ("hu", "Kárbejelentés a biztosítónak: {name}, adóazonosító jel {natid}, telefon {phone}, lakcím: {addr}\nA betörés időpontja: {date}"),
    ("hu", "Családfakutatás: {name:f} született {dob:long} {town} városában, férje {name2:m}. Hol keressem az anyakönyvet?"),
    ("ro", "Cerere de despăgubire RCA: păgubit {name}, CNP {natid}, domiciliu {addr}. Accident pe {date} în {town}. Telefon {phone}."),
    ("ro", "Înscriere la maratonul caritabil: {name}, {email}, {phone}, născut {dob:num}. Verifică formularul."),
    ("tr", "Kasko hasar bildirimi: sigortalı {name}, T.C. kimlik no {natid}, adres {addr}. Kaza {date} tarihinde {town} şehrinde oldu. Telefon {phone}."),
    ("tr", "Kripto borsasına itiraz: hesabım ({email}) kilitlendi, son giriş {ip:pub} adresinden. Kimlik no {natid}. Metni düzelt."),
    ("tr", "Okul gezisi izin formu: öğrenci {name2:kid}, doğum tarihi {dob2:num}, veli {name}, cep {phone}."),
    ("hr", "Prijava štete osiguranju: {name}, OIB {natid}, adresa {addr}. Šteta nastala {date}. Telefon {phone}."),
    ("hr", "Prijava za školski izlet: učenik {name2:kid}, roditelj {name}, e-mail {email}, mobitel {phone}."),
    ("lt", "Žalos pranešimas draudimui: {name}, asmens kodas {natid}, adresas {addr}. Įvykis {date}. Telefonas {phone}."),
    ("lt", "Nuomos paraiška: {name}, darbovietė {org}, el. paštas {email}, tel. {phone}. Parašyk trumpą laišką."),
    # Greek
    ("el", "Δήλωση ζημιάς στην ασφαλιστική: {name}, ΑΜΚΑ {natid}, διεύθυνση {addr}. Η ζημιά έγινε στις {date}. Τηλέφωνο {phone}. Διόρθωσε το κείμενο."),
    ("el", "Αίτηση μίσθωσης για διαμέρισμα στην {town}: {name}, email {email}, εργοδότης {org}. Εγγυητής {name2}, τηλ. {phone2}."),
    ("el", "Εξιτήριο νοσοκομείου για τον {name:m}, ημερομηνία γέννησης {dob:num}. Επανέλεγχος στις {date:long}. Εξήγησέ μου τις οδηγίες."),
    # Russian, Ukrainian, Bulgarian
    ("ru", "Заявление о страховом случае: страхователь {name}, СНИЛС {natid}, адрес {addr}. Затопление произошло {date}. Телефон {phone}. Исправь стиль."),
    ("ru", "Выписка из Telegram-чата:\n{first}: скинь на карту {card}\n{first2}: перевела {date:num}\nКто кому должен?"),
    ("ru", "Обращение в поддержку криптобиржи: аккаунт {email} заблокирован, вход с IP {ip:pub}. Паспортные данные: {name}, дата рождения {dob:num}."),
    ("uk", "Заява до поліції {town}: я, {name}, РНОКПП {natid}, проживаю за адресою {addr}. {date} в мене вкрали телефон. Відредагуй текст."),
    ("uk", "Реєстрація на благодійний забіг: {name}, {email}, {phone}, дата народження {dob:num}. Перевір форму."),
    ("bg", "Уведомление за щета към застрахователя: {name}, ЕГН {natid}, адрес {addr}. Събитието е на {date}. Телефон {phone}."),
    ("bg", "Молба за наем на апартамент: {name}, работодател {org}, имейл {email}. Напиши кратко писмо до хазяина {name2}."),
    # Japanese, Chinese, Korean
    ("ja", "火災保険の請求書を書いています。契約者：{name}、住所：{addr}、電話：{phone}、事故日：{date}。文章を丁寧にしてください。"),
    ("ja", "賃貸の入居申込書です。氏名 {name}、生年月日 {dob}、勤務先 {org}、メール {email}。記入漏れはありますか？"),
    ("ja", "LINEのトーク履歴を要約して：\n{first}「旅行代は{iban}じゃなくてカード{card}で払った」\n{first2}「了解、{date}に精算ね」"),
    ("zh", "请帮我写保险理赔申请：被保险人{name}，身份证号{natid}，住址{addr}，出险日期{date}，联系电话{phone}。"),
    ("zh", "租房申请表：姓名{name}，出生日期{dob}，工作单位{org}，邮箱{email}，紧急联系人{name2} {phone2}。请检查格式。"),
    ("zh", "微信聊天记录整理：\n{name}：房租转到我卡上 {card}\n{name2}：好的，{date}转了\n帮我总结谁还没付。"),
    ("ko", "보험금 청구서 작성 도와주세요. 피보험자 {name}, 주민등록번호 {natid}, 주소 {addr}, 사고일 {date}, 연락처 {phone}."),
    ("ko", "전세 계약 신청서입니다: 성명 {name}, 생년월일 {dob}, 직장 {org}, 이메일 {email}. 빠진 것이 있나요?"),
    ("ko", "카카오톡 대화 요약해줘:\n{name}: 회비는 {iban} 말고 카드 {card}로 냈어\n{name2}: {date}까지 확인할게"),
    # Hebrew, Arabic, Hindi, Thai
    ("he", "טופס תביעה לביטוח: המבוטח {name}, ת.ז. {natid}, כתובת {addr}. האירוע קרה ב-{date}. טלפון {phone}. תנסח את זה יותר טוב."),
    ("he", "בקשה לשכירת דירה ב{town}: {name}, מייל {email}, מקום עבודה {org}. ערב: {name2}, {phone2}."),
    ("ar", "نموذج مطالبة تأمين: المؤمن عليه {name}، رقم الهوية {natid}، العنوان {addr}، تاريخ الحادث {date}، الهاتف {phone}. حسّن الصياغة."),
    ("ar", "طلب استئجار شقة في {town}: {name}، البريد {email}، جهة العمل {org}. أرسل التأمين إلى {iban}."),
    ("hi", "बीमा दावा फ़ॉर्म: बीमित व्यक्ति {name}, आधार {natid:aadhaar}, पता {addr}, घटना की तारीख {date}, फ़ोन {phone}। भाषा सुधारो।"),
    ("hi", "स्कूल ट्रिप की अनुमति: छात्र {name2:kid}, जन्मतिथि {dob2:num}, अभिभावक {name}, मोबाइल {phone}, ईमेल {email}।"),
    ("th", "แบบฟอร์มเคลมประกัน: ผู้เอาประกัน {name} เลขประจำตัวประชาชน {natid} ที่อยู่ {addr} วันที่เกิดเหตุ {date} โทร {phone}"),
    ("th", "ใบสมัครเช่าคอนโดที่{town}: {name} อีเมล {email} ที่ทำงาน {org} ช่วยเขียนจดหมายแนะนำตัว"),
    # Vietnamese, Indonesian
    ("vi", "Đơn yêu cầu bồi thường bảo hiểm: người được bảo hiểm {name}, CCCD {natid}, địa chỉ {addr}, ngày xảy ra {date}, điện thoại {phone}."),
    ("vi", "Đăng ký chuyến dã ngoại của trường: học sinh {name2:kid}, sinh ngày {dob2:num}, phụ huynh {name}, email {email}."),
    ("id", "Klaim asuransi kendaraan: tertanggung {name}, NIK {natid}, alamat {addr}, kejadian {date} di {town}, telepon {phone}."),
    ("id", "Pencairan dana dari aplikasi ojek gagal. Nama {name}, email {email}, rekening tujuan {card}. Bantu tulis keluhan."),
    # Technical, non-English prose
    ("de", "Mein Ansible-Inventory:\n[nas]\n{ip:priv} ansible_user=root ansible_password={pw}\nWarum klappt die Verbindung nicht?"),
    ("fr", "Extrait de mon docker-compose :\n  POSTGRES_PASSWORD: {pw:random}\n  PGADMIN_DEFAULT_EMAIL: {email}\nPourquoi pgAdmin refuse la connexion ?"),
    ("es", "Alerta del SIEM: inicio de sesión de {wemail} desde {ip:pub} y luego desde {ip:v6}. ¿Es un viaje imposible?"),
    ("it", "Intestazioni della mail sospetta:\nReceived: from [{ip:pub}]\nFrom: {name2} <{email2}>\nTo: {email}\nÈ phishing?"),
    ("nl", "vCard van mijn tandarts:\nFN:{name}\nORG:{org}\nTEL:{phone}\nEMAIL:{email}\nZet dit om naar CSV."),
    ("pl", "Plik .ics z zaproszeniem:\nORGANIZER;CN={name}:mailto:{email}\nLOCATION:{addr}\nDlaczego Outlook go nie otwiera?"),
    ("ru", "terraform.tfstate попал в репозиторий: \"password\": \"{pw:random}\", \"public_ip\": \"{ip:pub}\". Что делать?"),
    ("ja", "docker-compose.yml の環境変数です：OPENAI_API_KEY={tok:openai}、管理者メール {email}。どう隠せばいいですか？"),
    ("zh", "这是我的 Postman 环境变量：apiKey = {tok:deepseek}，baseUrl = http://{ip:priv}:8000。为什么返回 401？"),
    ("ko", "SIEM 경보: 사용자 {email} 가 {ip:pub} 에서 로그인 실패 50회. 보고서 작성해줘."),
    ("pt-BR", "Arquivo HAR do login: \"Authorization\": \"Basic {basic}\", IP {ip:pub}. Posso mandar para o suporte?"),
    ("tr", "DNS zone dosyam: ev IN A {ip:pub}\nnas IN A {ip:priv}\n; yönetici {email}. Neden yüklenmiyor?"),
    ("sv", "Mitt Home Assistant: wifi_password: {pw:wifi}, mqtt_password: {pw}. Vilka ska jag byta?"),
    ("cs", "Git push selhává: https://{credtok:oauth2:glpat}@gitlab.com/skupina/projekt.git. Co je špatně?"),
    ("vi", "Nhật ký nginx: {ip:pub} - - \"POST /login\" 401 user={email}. Ai đang dò mật khẩu?"),
    ("id", "File .env aplikasi saya: DB_PASSWORD={pw}, MIDTRANS_KEY={tok:stripe}, ADMIN_EMAIL={email}. Aman tidak di-commit?"),
    ("uk", "Конфіг WireGuard: PrivateKey = {tok:wg}, Endpoint = {ip:pub}:51820. Чому немає з'єднання?"),
    ("he", "קובץ ה-.env שלי: OPENAI_API_KEY={tok:openai}, ADMIN={email}. איך מסתירים את זה?"),
    ("el", "Αρχείο καταγραφής: αποτυχημένη σύνδεση από {ip:pub} για τον χρήστη {email}. Τι σημαίνει;"),
    ("hu", "Az SSH kulcsom:\n{pem:openssh}\nMiért kér mégis jelszót?"),
    # Added in the second pass
    ("de", "Zahlungsausfall beim Fahrradkurier-Job: Auszahlung auf Karte {card} am {date:long} abgelehnt. Inhaber {holder}, E-Mail {email}."),
    ("de", "Meine Website {purl:site} und mein XING-Profil {purl:xing} stehen im Lebenslauf. Für die Bewerbung bei {org} okay?"),
    ("fr", "Profil de rencontre : je suis {first}, {age} ans, à {town}. Mon Insta : {purl:ig}. Rends ça plus drôle."),
    ("fr", "Inscription au trail : {name}, né le {dob:num}, licence club {org}, paiement par carte {card}. Corrige le mail."),
    ("es", "Inscripción a la carrera solidaria: {name}, {idname} {natid}, nacido el {dob:num}, tarjeta {card}. ¿Falta algo?"),
    ("it", "Carta {card} addebitata due volte dalla palestra di {town} il {date:long}. Titolare {holder}. Scrivi il reclamo."),
    ("nl", "Evenementinschrijving: {name}, {email}, betaald met creditcard {card}. Stuur een bevestiging."),
    ("pt", "Denúncia à PSP: {name}, NIF {natid}, morador em {addr}, foi-me roubado o cartão {card} em {date:long}."),
    ("pl", "Profil randkowy: {first}, {age} lat, {town}. Mój Instagram {purl:ig}. Popraw tekst."),
    ("no", "Skademelding: {name}, {addr}, tyveri av kort {card} den {date}. Telefon {phone}."),
    ("ro", "Reclamație la exchange-ul crypto: cont {email}, IP {ip:pub}, IBAN retragere {iban}. Scrie contestația."),
    ("fi", "Ilmoittautuminen koulun retkelle: {name2:kid}, huoltaja {name}, puhelin {phone}, sähköposti {email}."),
    ("sk", "Nahlásenie krádeže karty {card} dňa {date} v meste {town}. Majiteľ {name}, telefón {phone}."),
    ("da", "Min profil til foreningen: {name}, {purl:linkedin}, mobil {phone}. Gør den kortere."),
    ("ru", "Заявка на регистрацию в забеге: {name}, {email}, профиль {purl:vk}. Проверь текст."),
    ("ja", "マッチングアプリのプロフィール：{first}、{town}在住。note は {purl:note} です。もっと魅力的にして。"),
    ("zh", "活动报名表：姓名{name}，手机{phone}，微博 {purl:weibo}，报名日期{date}。"),
    ("ko", "동호회 가입 신청: {name}, 블로그 {purl:naver}, 연락처 {phone}, 이메일 {email}."),
    ("el", "Κράτηση εκδήλωσης με κάρτα {card}, κάτοχος {holder}, email {email}. Γράψε επιβεβαίωση."),
    ("tr", "Etkinlik kaydı: {name}, kart {card}, e-posta {email}, telefon {phone}. Onay mesajı yaz."),
    ("ar", "تسجيل في فعالية خيرية: {name}، البطاقة {card}، البريد {email}، الهاتف {phone}."),
    ("he", "הרשמה למרוץ: {name}, כרטיס אשראי {card}, מייל {email}. כתוב אישור."),
    ("th", "ลงทะเบียนงานวิ่ง: {name} บัตร {card} อีเมล {email} โทร {phone}"),
    ("vi", "Đăng ký giải chạy: {name}, thẻ {card}, email {email}, điện thoại {phone}."),
    # Added in the third pass: the smaller languages
    ("bg", "Регистрация за училищна екскурзия: ученик {name2:kid}, роден на {dob2:num}, родител {name}, телефон {phone}, имейл {email}."),
    ("bg", "Жалба до криптоборсата: акаунт {email}, вход от IP {ip:pub}, IBAN за теглене {iban}. Напиши възражението."),
    ("fi", "Sairaalan kotiutusohje isälleni {name:m}, syntynyt {dob:long}. Kontrolli {org}:ssa {date:long}. Selitä selkokielellä."),
    ("fi", "Keikkatyön maksu ei tullut tilille {iban}. Nimi {name}, sähköposti {email}, puhelin {phone}. Kirjoita valitus."),
    ("lt", "Mokyklos ekskursijos sutikimas: mokinys {name2:kid}, gimęs {dob2:num}, tėvai {name}, tel. {phone}."),
    ("lt", "Kriptovaliutų biržos palaikymui: paskyra {email}, prisijungimas iš {ip:pub}, asmens kodas {natid}."),
    ("hr", "Otpusno pismo za {name:f}, rođenu {dob:long}, kontrola u {org} {date:long}. Objasni upute jednostavno."),
    ("hr", "Zahtjev za najam stana u gradu {town}: {name}, OIB {natid}, poslodavac {org}, e-mail {email}."),
    ("cs", "Propouštěcí zpráva: pacient {name}, nar. {dob:num}, rodné číslo {natid}, kontrola {date:long}. Vysvětli mi to."),
    ("hu", "Bérleti jelentkezés: {name}, született {dob}, munkahely {org}, e-mail {email}, telefon {phone}."),
    ("ro", "Scrisoare de externare pentru {name:f}, născută la {dob:long}, CNP {natid}. Control la {org} pe {date:long}."),
    ("no", "Påmelding til skoletur: {name2:kid}, født {dob2:num}, foresatt {name}, telefon {phone}, e-post {email}."),
    ("da", "Lejeansøgning: {name}, født {dob:long}, arbejdsgiver {org}, e-mail {email}. Skriv en kort ansøgning."),
    ("sk", "Prepúšťacia správa: {name:m}, nar. {dob:num}, kontrola v {org} dňa {date:long}. Vysvetli liečbu."),
    ("it", "Profilo per l'app di incontri: sono {first}, {age} anni, vivo a {town}. Instagram {purl:ig}. Rendilo simpatico."),
    ("es", "Registro de la boda, lista de invitados:\n{name} | {email} | {phone}\n{name2} | {email2} | {phone2}\nCuenta cuántos confirman."),
    ("de", "vCard aus dem Handy:\nBEGIN:VCARD\nFN:{name}\nTEL:{phone}\nEMAIL:{email}\nADR:;;{addr}\nBDAY:{dob:iso}\nEND:VCARD\nBitte als Tabelle."),
    ("fr", "En-têtes du mail suspect :\nReceived: from [{ip:pub}]\nFrom: « {name2} » <{email2}>\nTo: {email}\nEst-ce du hameçonnage ?"),
]


FRESH15_PII: list[tuple[str, str]] = _PII_EN + _PII_XX


FRESH15_NEGATIVE: list[tuple[str, str]] = [
    ("en", "My insurance claim number is CLM-{n:100000:999999} and the policy is {x:order}. How long do claims usually take to settle?"),
    ("en", "The rental listing reference {x:ticket} says deposit {x:price}. Is five weeks' rent the legal cap in England?"),
    ("en", "In the genealogy software, person ID {x:uuid} has a duplicate. How do I merge records in Gramps?"),
    ("en", "The court docket shows case {x:order} and the fee was {x:price}. What does 'adjourned sine die' mean?"),
    ("en", "Dating app says my report {x:ticket} is under review. How do these apps usually handle fake profiles?"),
    ("en", "Event registration confirmation code {x:pnr}, ticket price {x:price}. Can I transfer a ticket to a friend?"),
    ("en", "School trip cost {x:price} per pupil, payment reference {x:invoice}. How do I explain a price rise to parents?"),
    ("en", "Gig app payout batch {x:uuid} shows status 'pending'. What do payout statuses usually mean?"),
    ("en", "Crypto exchange transaction hash {x:sha256} is 'unconfirmed'. How long do Bitcoin confirmations take?"),
    ("en", "The hospital gave me MRN {n:1000000:9999999} and NDC {x:ndc} for the drug. What's an NDC code?"),
    ("en", "Why does dig return {x:docip} for example.com in the docs but something else for me? Zone serial is {n:2020000000:2029999999}."),
    ("en", "In my Ansible playbook the host is {x:docip} (from the docs). Why does it fail with 'unreachable'?"),
    ("en", "Terraform state lists resource id {x:uuid} and serial {n:1:400}. How do I run terraform state rm?"),
    ("en", "docker-compose pulls image digest sha256:{x:sha256}. How do I pin to a digest?"),
    ("en", "Postman shows my key as {x:ph}. Where do I put the real one so it's not exported?"),
    ("en", "HAR file entry points at {x:docip6} and port {x:port}. Why is there IPv6 in my HAR at all?"),
    ("en", "SIEM alert CVE {x:cve} on build {x:winbuild}. What's the CVSS score range for 'high'?"),
    ("en", "Email header Message-ID <{x:uuid}@mail.gmail.com>. What does the Message-ID tell me?"),
    ("en", "The ICS file has UID:{x:uuid} and SEQUENCE:{n:0:9}. Why do updates create duplicates?"),
    ("en", "In the vCard spec, the sample contact is {x:formname}, {x:exemail}, {x:fakephone}. Is TEL;TYPE=CELL valid in 4.0?"),
    ("en", "WhatsApp export has lines like '[{x:time}] Messages and calls are end-to-end encrypted'. How do I strip those?"),
    ("en", "Test our checkout with card {x:testcard} and IBAN {x:dociban}? Which one does Stripe's sandbox accept?"),
    ("en", "The SSN regex must reject {x:specssn}. Does ^(?!000|666|9) cover all invalid areas?"),
    ("en", "Tracking number {x:ups} hasn't updated in days. Is UPS slow around holidays?"),
    ("en", "USPS tracking {x:usps} and DHL {x:dhl}, which one is the return label?"),
    ("en", "My phone's IMEI is {x:imei}. Does the IMEI change after a factory reset?"),
    ("en", "The book ISBN {x:isbn} shows the wrong edition on the library site. Who fixes catalogue data?"),
    ("en", "My car's VIN {x:vin} came back with a recall. Do dealers fix recalls for free?"),
    ("en", "The router MAC {x:mac} is shown on the sticker. Is MAC filtering worth it?"),
    ("en", "The SEPA form has a creditor reference {x:rf} and BIC {x:bic}. What's an RF reference?"),
    ("en", "Product SKU {x:sku} is out of stock; order {x:amazon} still 'preparing'. Can I cancel?"),
    ("en", "Git says HEAD is at {x:short_sha}, version {x:ver}. How do I tag a release?"),
    ("en", "A paper I cite has DOI {x:doi} and arXiv {x:arxiv}. Which should go in the bibliography?"),
    ("en", "What did Marie Curie discover, and how did she work with Pierre Curie in Paris?"),
    ("en", "Compare Revolut and Monzo for travel in Japan. Which card has lower fees?"),
    ("en", "Write a funny dating profile for Sherlock Holmes living at 221B Baker Street."),
    ("en", "The AWS docs use {x:ph} as a key. Why do they publish example keys like that?"),
    ("en", "Public DNS like {x:resolver} is blocked at my office. What ports does DNS over HTTPS use?"),
    ("en", "Epoch {x:epoch} in the log, how do I convert it in Python?"),
    ("en", "Our LEI is {x:lei}, ISIN {x:isin}. What's the difference between these identifiers?"),
    ("en-GB", "The form says 'e.g. {x:formname}, {x:fakephone}'. Should I copy that format?"),
    ("de", "Meine Schadennummer ist SN-{n:10000000:99999999}, der Beitrag {x:price}. Wie lange dauert eine Regulierung?"),
    ("de", "Im Beispiel steht {x:formname} und die IBAN {x:dociban}. Muss ich das Formular so ausfüllen?"),
    ("fr", "Mon numéro de dossier est {x:ticket} et la franchise {x:price}. Qu'est-ce qu'une franchise absolue ?"),
    ("fr", "Le guide cite Victor Hugo et la place des Vosges à Paris. Peux-tu résumer son histoire ?"),
    ("es", "El número de expediente es {x:order} y el importe {x:price}. ¿Cuánto tarda el juzgado?"),
    ("it", "La pratica {x:ticket} risulta in lavorazione, importo {x:price}. Cosa significa 'in istruttoria'?"),
    ("nl", "Mijn pakket {x:dhl} is nog niet geleverd. Wat kan ik doen?"),
    ("pt-BR", "O protocolo {x:ticket} da corretora não foi respondido. Quanto tempo o Procon dá?"),
    ("pl", "Numer szkody {x:order}, kwota {x:price}. Jak odwołać się od decyzji ubezpieczyciela?"),
    ("sv", "Ärendenummer {x:ticket} hos försäkringsbolaget, självrisk {x:price}. Vad betyder ålderavdrag?"),
    ("ru", "Номер заявки {x:ticket}, сумма {x:price}. Сколько страховая может рассматривать случай?"),
    ("uk", "У прикладі форми стоїть {x:formname}. Це реальна людина?"),
    ("el", "Ο αριθμός αίτησης είναι {x:order}. Πόσο διαρκεί η εξέταση;"),
    ("tr", "Başvuru numaram {x:ticket}, tutar {x:price}. Sigorta ne kadar sürede öder?"),
    ("ja", "注文番号 {x:order} の荷物がまだ届きません。どうすればいいですか？"),
    ("zh", "订单号 {x:order}，金额 {x:price}。怎么申请退款？"),
    ("ko", "주문번호 {x:order} 배송이 늦어요. 어떻게 문의하나요?"),
    ("he", "מספר הפנייה שלי הוא {x:ticket}. כמה זמן לוקח לקבל תשובה?"),
    ("ar", "رقم الطلب {x:order} والمبلغ {x:price}. متى يصل الاسترداد؟"),
    ("hi", "मेरा ऑर्डर नंबर {x:order} है। रिफंड कब आएगा?"),
    ("th", "หมายเลขคำสั่งซื้อ {x:order} ยังไม่ได้รับของ ทำอย่างไรดี"),
    ("vi", "Mã đơn hàng {x:order} vẫn chưa giao. Tôi nên làm gì?"),
    ("id", "Nomor pesanan {x:order} belum sampai. Bagaimana cara komplain?"),
    # Added in the third pass
    ("en", "The DNS zone file in the RFC uses {x:docip} and {x:docip6}. Why those ranges specifically?"),
    ("en", "My Ansible run printed changed={n:1:40} failed={n:0:3} for host web-{n:1:9}. How do I read the recap?"),
    ("en", "The court fee receipt is {x:invoice}, amount {x:price}. Is the fee refundable if the case settles?"),
    ("en", "How do Taylor Swift's ticket presales work on Ticketmaster in general?"),
    ("en", "A SIEM rule fired on hash {x:md5}. How do I check a hash against VirusTotal?"),
    ("en", "Terraform plan shows {n:2:30} to add, {n:0:5} to destroy. How do I target one resource?"),
    ("de", "Die Klassenfahrt kostet {x:price}, Verwendungszweck {x:invoice}. Wie erkläre ich das den Eltern?"),
    ("fr", "Le numéro de suivi {x:ups} ne bouge plus. Que faire ?"),
    ("ko", "보험 청구번호 {x:ticket} 처리 상태는 어떻게 확인하나요?"),
    ("pl", "Numer przesyłki {x:dhl}. Jak długo trwa doręczenie?"),
]

FRESH15_CLEAN: list[tuple[str, str]] = [
    ("en", "How do home-contents insurance claims usually work after a burglary?"),
    ("en", "What should a good rental application cover letter include?"),
    ("en", "Which free tools are good for building a family tree?"),
    ("en", "Explain the difference between a witness statement and an affidavit."),
    ("en", "Give me three opening lines for a dating profile that aren't cheesy."),
    ("en", "How do I plan registration for a charity fun run with 300 runners?"),
    ("en", "What should a school trip risk assessment cover?"),
    ("en", "How are gig-economy workers taxed in general?"),
    ("en", "What's the safest way to store a crypto recovery phrase?"),
    ("en", "Explain a hospital discharge summary in simple terms."),
    ("en", "What is an SOA record in a DNS zone file?"),
    ("en", "How do Ansible inventories and group_vars relate?"),
    ("en", "Why should Terraform state be stored remotely?"),
    ("en", "Explain docker compose profiles with a small example."),
    ("en", "How do Postman environments differ from collection variables?"),
    ("en", "What does a browser HAR file contain?"),
    ("en", "What makes an 'impossible travel' SIEM rule noisy?"),
    ("en", "How do I read the Received headers of an email?"),
    ("en", "What fields does an ICS calendar invite need?"),
    ("en", "What's the difference between vCard 3.0 and 4.0?"),
    ("en", "How can I export a WhatsApp chat to text?"),
    ("en", "Write a haiku about moving house."),
    ("en", "Suggest a packing list for a weekend camping trip."),
    ("en-GB", "How does the small claims track work in England?"),
    ("de", "Wie funktioniert eine Hausratversicherung bei einem Wasserschaden?"),
    ("fr", "Comment préparer un dossier de location solide ?"),
    ("es", "¿Qué documentos se necesitan para alquilar un piso?"),
    ("it", "Come si organizza una gita scolastica di tre giorni?"),
    ("nl", "Hoe werkt een inboedelverzekering?"),
    ("pt-BR", "Como funciona o seguro residencial?"),
    ("pl", "Jak działa ubezpieczenie OC?"),
    ("sv", "Hur skriver man en bra skadeanmälan?"),
    ("ru", "Как составить заявление в страховую компанию?"),
    ("el", "Πώς λειτουργεί η ασφάλιση κατοικίας;"),
    ("tr", "Kasko ile trafik sigortası arasındaki fark nedir?"),
    ("ja", "火災保険の仕組みを簡単に教えてください。"),
    ("zh", "如何写一份好的租房申请？"),
    ("ko", "전세와 월세의 차이를 설명해 주세요."),
    ("he", "איך כותבים מכתב תביעה לביטוח?"),
    ("ar", "كيف أكتب طلب استئجار شقة؟"),
    ("hi", "बीमा दावा कैसे किया जाता है?"),
    ("th", "การเคลมประกันรถยนต์ทำอย่างไร"),
    ("vi", "Làm thế nào để viết đơn xin thuê nhà?"),
    ("id", "Bagaimana cara klaim asuransi kendaraan?"),
    # Added in the third pass
    ("en", "What's a reasonable packing list for a school trip to the seaside?"),
    ("en", "How do I write a respectful message to end a dating-app conversation?"),
    ("fi", "Miten kotivakuutuksen vahinkoilmoitus tehdään?"),
    ("bg", "Как се подава жалба до застрахователна компания?"),
    ("hr", "Kako napisati zahtjev za najam stana?"),
    ("uk", "Як скласти заяву до страхової компанії?"),
]

FRESH15_FOLLOW_UPS: list[str] = [
    "\n\nKeep it under 150 words.",
    "\n\nPlease answer in bullet points.",
    "\n\nThanks in advance!",
    " Be brief.",
    "\n\nAlso tell me what I should double-check before sending.",
    " Plain English please, I'm not a lawyer.",
    "\n\n(sorry for the formatting, pasted from my phone)",
    " No need to repeat my details back.",
]


FRESH15_PII = [(lang, _braces(t)) for lang, t in FRESH15_PII]
FRESH15_NEGATIVE = [(lang, _braces(t)) for lang, t in FRESH15_NEGATIVE]
FRESH15_CLEAN = [(lang, _braces(t)) for lang, t in FRESH15_CLEAN]
