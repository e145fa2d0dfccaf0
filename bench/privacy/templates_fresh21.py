"""The twenty-first blind set ("fresh21") for the PII benchmark: written without seeing the detector or the earlier sets' templates.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh21=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots), and labels spans as corpus.py's docstring says.
Its plumbing (Context, the shared value generators and their validators, the slot syntax) is _blind_values.py's;
fill() adds slots of its own (below). Its people, towns, streets, address layouts, organizations, work domains,
password words, Italian towns' cadastral codes, provider tokens, card, SSN, IBAN and date layouts, extra national
numbers (Singapore NRIC, Chilean RUT, Estonian isikukood, Icelandic kennitala, Slovenian EMSO, Mexican RFC, Portuguese
Cartao de Cidadao, UK UTR) and hard-negative lookalikes are its own, and so are its templates: 417 PII templates (217 of
them English), 98 hard negatives and 60 clean prompts; over generate(3000, seed, fresh21=True) every type has more than
100 spans at seeds 7 to 10 (US_SSN the fewest, 108 to 151).

Situations: allotments and seed swaps, wild swimming clubs, escape rooms, piano tuners, sign-language classes,
pet fostering, chess clubs, bouldering gyms, apprenticeships, student loans, probate and wills, powers of
attorney, parking appeals, noise complaints, lodger agreements, boat licences, scuba certifications, pilgrimages,
genealogy DNA kits, fertility-clinic admin, physiotherapy, IVF, eye tests, allergy action plans, school
trips, exam resits, visa sponsorship letters, relocation, remittances, chit funds and savings circles, pawnshops,
insurance subrogation, payroll corrections, refunds and chargebacks, crypto wallets, hardware wallets, password
manager exports, home labs (Proxmox, Pi-hole, Home Assistant, OPNsense, Unifi), SFTP drops, data warehouses (dbt,
Airflow, Snowflake, BigQuery), mobile builds (Fastlane, Gradle), Laravel, Rails, Django, Spring, .NET,
Terraform Cloud, Kubernetes secrets, kubeconfig, OpenVPN, WireGuard, Supabase, PlanetScale, Databricks, Sentry,
Postman, Contentful, Typeform, Square, Heroku, Dynatrace, Snyk, and voice-assistant transcripts. Carriers: e-mails,
chat transcripts, voice transcripts, tickets, forms, CSV/TSV, JSON, YAML, TOML, XML, HTML, SQL inserts, logs, diffs,
shell history, .env files, Markdown tables, LaTeX, vCards, iCalendar, MRZ lines and OCR'd scans.

Languages (the first element of each template tuple): en (about half the PII templates; en-US, en-GB, en-IE, en-CA,
en-AU, en-NZ, en-IN, en-ZA, en-NG, en-PH, en-KE, en-MY, en-SG, or "en-XX" for another country's people), de, fr, es,
it, nl, pt, pt-BR, pl, sv, no, da, fi, cs, sk, hu, ro, tr, el, ru, uk, bg, hr, lt, ja, zh, ko, he, ar, hi, th, vi, id
(thirty-two languages).

Slots: those of _blind_values.fill ({name}, {email2}, {addr}, {iban:DE}, {tok:ghp}, {pw:phrase}, {x:uuid}...), and
this set's own: {k:<kind>} tokens, {cc:<layout>} cards, {sn:<layout>} SSNs, {ib:<layout>[:CC]} IBANs,
{nid:<kind>} extra national numbers, {dt:<layout>} dates, {db:<layout>} birth dates, {ad:<part>} address fields,
{ul:<kind>} personal links, {em:<style>} written-out e-mail addresses, {uname:dot|us} and {login} user names made of
the person's names, {ng:<kind>} hard-negative lookalikes.
A trailing digit names the person ({db2:iso}, {ad2:street}); "@key" draws a second value of the same slot.
"""

from __future__ import annotations

import base64
import datetime
import json
import random
import string
import urllib.parse

from bench.privacy import _blind_values as _bv
from bench.privacy._blind_values import _braces, _s, _slug, pick_locale

# country -> (female first names, male first names, female surnames, male surnames ("" = same), towns, streets)
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Kayla|Brianna|Marisol|Shonda|Tamsin|Reagan|Luz|Bethany|Wren|Dolores", "Dashawn|Colby|Tyrell|Brandt|Cody|Rafael|Emmett|Dwayne|Jaxon|Hollis",
           "Pruitt|Vasquez|Lindgren|Haskins|Boudreaux|Whitlock|Delgado|McAllister|Szymanski|Trujillo|Ostrowski|Abernathy", "",
           "Duluth, MN|Bozeman, MT|Lubbock, TX|Asheville, NC|Spokane, WA|Dubuque, IA|Flagstaff, AZ|Macon, GA|Eugene, OR|Scranton, PA",
           "Juniper|Sycamore|Quarry|Wexford|Hickory Hollow|Tamarack|Saddlebrook|Canyon View|Old Mill|Briar Ridge"),
    "GB": ("Niamh|Imogen|Poppy|Harriet|Keeley|Bronwen|Tilly|Jasmeet", "Callum|Ravi|Alfie|Gethin|Rhys|Ollie|Dominic|Kwame",
           "Pemberton|Ashworth|Thistlethwaite|Braithwaite|Featherstone|Mistry|Llewellyn|Hargreaves|Quigley|Osei", "",
           "Kendal LA|Harrogate HG|Stroud GL|Barnstaple EX|Wrexham LL|Hexham NE|Ludlow SY|Whitby YO|Penrith CA",
           "Tanners Lane|Ropewalk|Priory Close|Kiln Road|Chapel Yard|Sheepwash Lane|Cromwell Terrace|Orchard Rise|Weavers Row|Mill Brow"),
    "IE": ("Aoife|Clodagh|Sorcha|Gráinne|Ailbhe|Orla", "Cathal|Donncha|Eoin|Fionn|Tadhg|Ruairí",
           "Ó Briain|Brennan|Fitzgerald|Nolan|Kavanagh|Doherty|Moriarty|Mac Giolla Phádraig", "",
           "Athlone, Co. Westmeath|Tralee, Co. Kerry|Ennis, Co. Clare|Dundalk, Co. Louth|Castlebar, Co. Mayo|Carlow, Co. Carlow",
           "Bóthar na Trá|Abbey Street|Church View|Fairgreen Road|Distillery Lane|Pearse Terrace"),
    "CA": ("Geneviève|Mackenzie|Chantal|Ayesha|Brooklyn|Harpreet", "Jean-Philippe|Tanner|Harjit|Mathieu|Logan|Kieran",
           "Gagnon|Desjardins|MacPherson|Sandhu|Lévesque|Kowalchuk|Fontaine|Boychuk", "",
           "Kamloops, BC|Moncton, NB|Sudbury, ON|Red Deer, AB|Trois-Rivières, QC|Saskatoon, SK|Nanaimo, BC|Brandon, MB",
           "Maple Grove Crescent|Tamarack Drive|Spruce Street|Portage Avenue|Riverbend Road|Cedar Hollow"),
    "AU": ("Matilda|Sienna|Kirra|Jacinta|Bianca|Talia", "Lachlan|Bodhi|Hamish|Jarrah|Nico|Brodie",
           "McKenzie|Papadopoulos|Fitzpatrick|Kowalski|Dunstan|Hollingsworth|Tran|Gallo", "",
           "Ballarat VIC|Toowoomba QLD|Wagga Wagga NSW|Bunbury WA|Launceston TAS|Mildura VIC|Bundaberg QLD|Mount Gambier SA",
           "Banksia Street|Wattle Grove|Jacaranda Avenue|Bottlebrush Court|Ironbark Road|Kookaburra Close"),
    "NZ": ("Aroha|Mere|Ngaio|Frances|Hine|Olive", "Tamati|Wiremu|Rawiri|Finn|Angus|Manaia",
           "Ngata|Henare|McLeod|Parata|Gallagher|Rangi|Tuhiwai", "", "Whanganui|Invercargill|Gisborne|Nelson|Timaru|Rotorua",
           "Kōwhai Street|Tui Crescent|Rimu Road|Pōhutukawa Drive|Harakeke Place"),
    "IN": ("Ananya|Shreya|Ishita|Meenakshi|Kavya|Deepika", "Arjun|Siddharth|Pranav|Rohit|Vikrant|Harsh",
           "Iyer|Chatterjee|Deshmukh|Bhattacharya|Reddy|Kulkarni|Menon|Agarwal", "",
           "Nagpur|Coimbatore|Indore|Bhubaneswar|Mysuru|Vadodara|Kochi|Dehradun",
           "MG Road|Nehru Nagar Main Road|Residency Road|Station Road|Gandhi Path|Temple Street"),
    "INH": ("अनीता=Anita|सुनीता=Sunita|प्रिया=Priya|रेखा=Rekha", "राहुल=Rahul|अमित=Amit|विकास=Vikas|संजय=Sanjay",
            "शर्मा=Sharma|वर्मा=Verma|यादव=Yadav|मिश्रा=Mishra|तिवारी=Tiwari|चौहान=Chauhan", "",
            "लखनऊ|पटना|जयपुर|भोपाल|कानपुर|वाराणसी", "गांधी मार्ग|स्टेशन रोड|नेहरू नगर|सिविल लाइंस"),
    "ZA": ("Thandiwe|Lerato|Nomvula|Anri|Zanele|Chantelle", "Sipho|Thabo|Pieter|Kagiso|Ruan|Mandla",
           "Dlamini|van der Merwe|Mokoena|Naidoo|Botha|Khumalo|Pillay|Nkosi", "",
           "Gqeberha|Polokwane|Bloemfontein|Pietermaritzburg|Kimberley|Mbombela|East London",
           "Protea Road|Acacia Street|Voortrekker Road|Msimang Street|Jacaranda Lane"),
    "NG": ("Chiamaka|Funmilayo|Ngozi|Aisha|Temitope|Ifeoma", "Emeka|Babatunde|Chinedu|Yusuf|Oluwaseun|Ikenna",
           "Adeyemi|Okonkwo|Eze|Balogun|Nwosu|Abubakar|Olatunji|Obi", "", "Ibadan|Enugu|Jos|Benin City|Kaduna|Abeokuta|Owerri|Calabar",
           "Awolowo Road|Zik Avenue|Ahmadu Bello Way|Okpara Avenue|Adetokunbo Crescent"),
    "PH": ("Maricel|Jasmine|Kristine|Rowena|Angelica|Lovely", "Jomar|Rodel|Paolo|Jericho|Arnel|Renato",
           "dela Cruz|Villanueva|Manalo|Bautista|Macaraeg|Dimaculangan|Aquino|Soriano", "",
           "Iloilo City|Bacolod|Cagayan de Oro|Baguio|Dumaguete|Tacloban", "Rizal Street|Mabini Street|Bonifacio Avenue|Luna Street|Burgos Street"),
    "KE": ("Wanjiru|Akinyi|Njeri|Chebet|Wairimu|Atieno", "Kiprono|Otieno|Mwangi|Kamau|Omondi|Ochieng",
           "Kariuki|Onyango|Mutua|Wafula|Kimani|Njoroge|Cheruiyot|Odhiambo", "", "Kisumu|Nakuru|Eldoret|Thika|Nyeri|Machakos|Malindi",
           "Oginga Odinga Street|Kenyatta Avenue|Ngong Road|Nyerere Road|Tom Mboya Street"),
    "MY": ("Nurul Aina|Siti Hajar|Mei Ling|Kavitha|Farah|Wan Ting", "Hafiz|Ahmad Faiz|Wei Jie|Suresh|Azman|Kok Leong",
           "Abdullah|Tan|Lim|Ramasamy|Hassan|Ong|Krishnan|Yusof", "", "Ipoh|Kota Bharu|Seremban|Kuching|Melaka|Shah Alam",
           "Jalan Bunga Raya|Jalan Tun Razak|Lorong Cempaka|Jalan Merbau|Jalan Kenanga 3"),
    "SG": ("Hui Min|Priyanka|Nur Syafiqah|Jia Hui|Rachel", "Jun Wei|Marcus|Aravind|Hafiz|Zhi Hao",
           "Goh|Teo|Sim|Pillai|Rahman|Chua|Koh", "", "Tampines|Jurong West|Bishan|Punggol|Toa Payoh|Bedok",
           "Tampines Street 81|Jurong West Avenue 5|Bishan Street 22|Punggol Field|Toa Payoh Lorong 4|Bedok North Road"),
    "DE": ("Annika|Friederike|Merle|Svenja|Ronja|Wiebke", "Jannik|Malte|Torben|Henrik|Fabian|Ole",
           "Brinkmann|Kowalewski|Rautenberg|Oehlschläger|Demir|Hinrichs|Vogelsang|Pfeiffer", "",
           "Göttingen|Lüneburg|Bamberg|Paderborn|Jena|Kempten|Flensburg|Siegen",
           "Lindenallee|Am Mühlbach|Kastanienweg|Sophienstraße|Hinter der Mauer|Gartenstraße"),
    "AT": ("Theresa|Magdalena|Verena|Lena", "Florian|Lukas|Matthias|Dominik", "Gruber|Pichler|Steiner|Moser|Leitner|Hofer", "",
           "Graz|Linz|Innsbruck|Klagenfurt|Villach|Wels|Dornbirn", "Herrengasse|Annenstraße|Leopoldstraße|Kirchengasse|Lindenweg"),
    "CH": ("Seraina|Nadine|Mirjam|Léa|Chiara", "Reto|Urs|Gian|Yannick|Beat", "Brunner|Widmer|Käser|Baumgartner|Rochat|Favre|Bernasconi", "",
           "Winterthur|Chur|Thun|Fribourg|Aarau|Schaffhausen|Neuchâtel", "Dorfstrasse|Seestrasse|Rue du Marché|Chemin des Vignes|Via Cantonale"),
    "FR": ("Clémence|Maëlle|Solène|Ophélie|Inès|Capucine", "Gaëtan|Baptiste|Théo|Yanis|Aurélien|Corentin",
           "Lefèvre|Garnier|Rousseau|Chevalier|Benali|Marchand|Perrot|Le Goff", "",
           "Quimper|Angers|Besançon|Poitiers|Perpignan|Annecy|Colmar|Valence",
           "rue des Tanneurs|avenue Jean Jaurès|impasse des Lilas|boulevard Carnot|chemin du Moulin|place du Marché"),
    "BE": ("Louise|Elke|Anouk|Lotte|Manon|Sarah", "Wout|Thibault|Pieter|Maxime|Jens|Arnaud",
           "Peeters|Janssens|Dubois|Claes|Lambert|Wouters|Maes|Goossens", "", "Leuven|Namur|Mechelen|Liège|Hasselt|Brugge|Mons|Kortrijk",
           "Naamsestraat|Rue de Fer|Kerkstraat|Rue Saint-Gilles|Stationsstraat|Rue des Carmes"),
    "ES": ("Nerea|Ainhoa|Lucía|Rocío|Itziar|Carmela", "Iker|Álvaro|Sergio|Jordi|Borja|Unai",
           "Navarro Gil|Serrano Ortega|Castillo Vidal|Etxeberria Sáez|Ortega Blanco|Vidal Romero|Gil Herrera|Sáez Molina", "",
           "Logroño|Cáceres|Gijón|Tarragona|Almería|Pamplona|Salamanca|Vitoria-Gasteiz",
           "Calle Mayor|Avenida de la Constitución|Calle del Carmen|Paseo de Zorrilla|Calle San Juan|Plaza del Sol"),
    "MX": ("Guadalupe|Ximena|Itzel|Fernanda|Citlali", "Jesús|Emiliano|Alejandro|Uriel|Santiago",
           "Hernández López|Ramírez Cruz|Martínez Flores|González Ruiz|Torres Mendoza|Vázquez Ortiz", "",
           "Querétaro|Mérida|Morelia|Oaxaca|Hermosillo|Aguascalientes|León", "Calle Hidalgo|Av. Juárez|Calle Morelos|Calle 60|Av. Revolución"),
    "AR": ("Florencia|Agustina|Milagros|Camila|Micaela", "Facundo|Matías|Gonzalo|Nahuel|Tomás",
           "Fernández|Sosa|Romero|Acosta|Benítez|Medina|Giménez|Ledesma", "",
           "Rosario|Mendoza|Mar del Plata|Salta|Neuquén|Bahía Blanca|Paraná", "Av. San Martín|Calle Belgrano|Bv. Oroño|Av. Colón|Calle Sarmiento"),
    "IT": ("Chiara|Federica|Martina|Ilaria|Beatrice|Giorgia", "Lorenzo|Matteo|Davide|Tommaso|Riccardo|Gabriele",
           "Bianchi|Colombo|Ferraris|Esposito|Galli|Marchetti|De Luca|Fontana", "",
           "Bergamo|Trento|Perugia|Ancona|Lecce|Modena|Ferrara|Trieste",
           "Via Garibaldi|Corso Cavour|Viale dei Mille|Via San Francesco|Via delle Rose|Vicolo del Pozzo"),
    "NL": ("Fenna|Sanne|Lieke|Femke|Noor|Ilse", "Bram|Joost|Thijs|Sjoerd|Daan|Rutger",
           "de Vries|van Dijk|Bakker|Visser|Smit|Mulder|de Boer|Hendriks", "", "Zwolle|Deventer|Leeuwarden|Haarlem|Amersfoort|Tilburg|Delft",
           "Molenweg|Dorpsstraat|Zuiderdiep|Oude Gracht|Lindelaan|Havenstraat"),
    "PT": ("Inês|Beatriz|Joana|Mariana|Leonor", "Duarte|Tiago|Rui|Gonçalo|Nuno",
           "Ferreira|Pereira|Carvalho|Gomes|Lopes|Marques|Sousa|Rodrigues", "", "Braga|Coimbra|Aveiro|Faro|Viseu|Évora|Setúbal|Guimarães",
           "Rua do Souto|Avenida da República|Rua de Santa Catarina|Travessa do Carmo|Largo do Paço"),
    "BR": ("Thaís|Larissa|Gabriela|Raíssa|Juliana|Bruna", "Caio|Thiago|Rafael|Vinícius|Guilherme|Igor",
           "da Silva|Oliveira|Souza|Alves|Cavalcanti|Moura|Ribeiro|Barbosa", "",
           "Campinas|Florianópolis|Belém|Ribeirão Preto|Uberlândia|Maceió|Caxias do Sul|Sorocaba",
           "Rua das Palmeiras|Avenida Brasil|Rua XV de Novembro|Travessa São Bento|Alameda dos Ipês"),
    "PL": ("Zofia|Agnieszka|Małgorzata|Weronika|Katarzyna|Joanna", "Bartosz|Krzysztof|Mateusz|Wojciech|Piotr|Łukasz",
           "Wiśniewska|Zielińska|Kamińska|Lewandowska|Dąbrowska|Mazur|Krawczyk|Wróbel",
           "Wiśniewski|Zieliński|Kamiński|Lewandowski|Dąbrowski|Mazur|Krawczyk|Wróbel",
           "Toruń|Lublin|Rzeszów|Białystok|Opole|Olsztyn|Bydgoszcz|Gliwice", "ul. Mickiewicza|ul. Kościuszki|al. Niepodległości|ul. Długa|ul. Ogrodowa"),
    "SE": ("Ebba|Linnea|Saga|Maja|Elin|Tove", "Oskar|Viktor|Hampus|Albin|Gustav|Måns",
           "Lindqvist|Bergström|Nyberg|Holm|Sjöberg|Ekström|Lundgren|Åberg", "", "Umeå|Örebro|Västerås|Linköping|Jönköping|Sundsvall|Luleå",
           "Storgatan|Kungsvägen|Björkvägen|Skolgatan|Ringvägen|Tallstigen"),
    "NO": ("Ingrid|Sigrid|Tuva|Solveig|Astrid|Hedda", "Sindre|Eirik|Håkon|Magnus|Torstein|Vegard",
           "Haugen|Bakke|Solberg|Strand|Moen|Dahl|Berntsen|Lie", "", "Tromsø|Bodø|Ålesund|Drammen|Kristiansand|Hamar|Lillehammer",
           "Storgata|Kirkegata|Fjellveien|Sjøgata|Bjørkeveien"),
    "DK": ("Freja|Ida|Signe|Mette|Karoline|Nanna", "Mads|Rasmus|Frederik|Jeppe|Anders|Kasper",
           "Sørensen|Kristensen|Mikkelsen|Vestergaard|Lund|Thomsen|Frandsen|Bach", "", "Aarhus|Odense|Aalborg|Esbjerg|Vejle|Roskilde|Horsens",
           "Vestergade|Søndergade|Skovvej|Kirkevej|Havnegade"),
    "FI": ("Aino|Veera|Sanni|Kaisa|Noora|Helmi", "Eetu|Juho|Aleksi|Ville|Teemu|Joonas",
           "Korhonen|Mäkinen|Heikkinen|Laaksonen|Nieminen|Väisänen|Salminen|Kallio", "", "Tampere|Oulu|Jyväskylä|Kuopio|Lahti|Pori|Joensuu",
           "Hämeenkatu|Kauppakatu|Koivukuja|Rantatie|Mäntytie"),
    "CZ": ("Tereza|Kateřina|Lucie|Veronika|Barbora|Markéta", "Ondřej|Jakub|Tomáš|Vojtěch|Lukáš|Radek",
           "Nováková|Dvořáková|Černá|Procházková|Kučerová|Veselá|Horáková|Marešová", "Novák|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Mareš",
           "Brno|Olomouc|Plzeň|Liberec|Pardubice|Zlín|Jihlava", "Masarykova|Husova|Palackého|Nádražní|Komenského|Na Výsluní"),
    "SK": ("Zuzana|Lenka|Simona|Jana|Miroslava", "Marek|Peter|Juraj|Martin|Matej",
           "Kováčová|Baláková|Tóthová|Horváthová|Vargová|Šimková", "Kováč|Balák|Tóth|Horváth|Varga|Šimko",
           "Košice|Žilina|Nitra|Banská Bystrica|Prešov|Trnava", "Hlavná|Štúrova|Hviezdoslavova|Partizánska|Záhradnícka"),
    "HU": ("Réka|Zsófia|Eszter|Dóra|Anikó|Boglárka", "Bence|Levente|Gergő|Zoltán|Csaba|Ádám",
           "Nagy|Kovács|Szabó|Tóth|Varga|Farkas|Molnár|Balogh", "", "Debrecen|Szeged|Pécs|Győr|Miskolc|Eger|Sopron",
           "Petőfi Sándor utca|Kossuth Lajos utca|Rákóczi út|Arany János utca|Béke tér"),
    "RO": ("Ioana|Andreea|Bianca|Cristina|Alexandra|Mihaela", "Andrei|Mihai|Ștefan|Radu|Bogdan|Vlad",
           "Popescu|Ionescu|Dumitrescu|Stan|Munteanu|Constantin|Lungu|Marinescu", "", "Cluj-Napoca|Iași|Timișoara|Brașov|Sibiu|Oradea|Craiova",
           "Strada Memorandumului|Bulevardul Eroilor|Strada Republicii|Calea Dorobanților|Strada Lungă"),
    "TR": ("Elif|Zeynep|Büşra|Ayşegül|Merve|Derya", "Emre|Burak|Oğuz|Kerem|Mert|Serkan",
           "Yılmaz|Kaya|Demir|Şahin|Çelik|Aydın|Öztürk|Arslan", "", "Eskişehir|Gaziantep|Trabzon|Kayseri|Samsun|Denizli|Edirne",
           "Lale Sokak|Gazi Caddesi|İnönü Sokak|Cumhuriyet Caddesi|Papatya Sokak"),
    "GR": ("Ελένη=Eleni|Κατερίνα=Katerina|Δήμητρα=Dimitra|Σοφία=Sofia|Αγγελική=Angeliki",
           "Γιώργος=Giorgos|Νίκος=Nikos|Κώστας=Kostas|Παναγιώτης=Panagiotis|Σταύρος=Stavros",
           "Παπαδοπούλου=Papadopoulou|Οικονόμου=Oikonomou|Γεωργίου=Georgiou|Καραγιάννη=Karagianni|Βασιλείου=Vasileiou",
           "Παπαδόπουλος=Papadopoulos|Οικονόμου=Oikonomou|Γεωργίου=Georgiou|Καραγιάννης=Karagiannis|Βασιλείου=Vasileiou",
           "Πάτρα|Ηράκλειο|Λάρισα|Βόλος|Ιωάννινα|Καλαμάτα|Χανιά", "Κολοκοτρώνη|Ερμού|Αγίου Νικολάου|Μητροπόλεως|Κανάρη"),
    "RU": ("Анна=Anna|Екатерина=Ekaterina|Ольга=Olga|Дарья=Darya|Ксения=Ksenia", "Дмитрий=Dmitry|Алексей=Aleksey|Сергей=Sergey|Илья=Ilya|Артём=Artyom",
           "Смирнова=Smirnova|Кузнецова=Kuznetsova|Волкова=Volkova|Соколова=Sokolova|Морозова=Morozova",
           "Смирнов=Smirnov|Кузнецов=Kuznetsov|Волков=Volkov|Соколов=Sokolov|Морозов=Morozov",
           "Казань|Екатеринбург|Новосибирск|Самара|Пермь|Тверь|Томск", "ул. Пушкина|пр. Мира|ул. Гагарина|ул. Садовая|ул. Чехова"),
    "UA": ("Оксана=Oksana|Ірина=Iryna|Наталія=Nataliia|Юлія=Yuliia|Софія=Sofiia", "Андрій=Andrii|Тарас=Taras|Олександр=Oleksandr|Богдан=Bohdan|Максим=Maksym",
           "Шевченко=Shevchenko|Коваленко=Kovalenko|Бондаренко=Bondarenko|Ткаченко=Tkachenko|Мельник=Melnyk|Кравчук=Kravchuk", "",
           "Львів|Харків|Одеса|Дніпро|Вінниця|Полтава|Чернігів", "вул. Шевченка|вул. Франка|просп. Свободи|вул. Садова|вул. Грушевського"),
    "BG": ("Мария=Maria|Десислава=Desislava|Гергана=Gergana|Радка=Radka", "Георги=Georgi|Стоян=Stoyan|Николай=Nikolay|Калоян=Kaloyan",
           "Петрова=Petrova|Димитрова=Dimitrova|Стоянова=Stoyanova|Георгиева=Georgieva|Колева=Koleva",
           "Петров=Petrov|Димитров=Dimitrov|Стоянов=Stoyanov|Георгиев=Georgiev|Колев=Kolev",
           "Пловдив|Варна|Бургас|Русе|Стара Загора|Плевен|Велико Търново", "ул. Раковски|бул. Христо Ботев|ул. Шипка|бул. Освобождение|ул. Гладстон"),
    "HR": ("Ivana|Petra|Mia|Marija|Lucija", "Luka|Ivan|Marko|Josip|Filip", "Horvat|Kovačević|Babić|Marić|Jurić|Knežević|Vuković", "",
           "Split|Rijeka|Osijek|Zadar|Pula|Varaždin|Šibenik", "Ulica kralja Tomislava|Vukovarska ulica|Frankopanska|Ulica Ante Starčevića|Obala"),
    "LT": ("Gintarė|Rūta|Eglė|Ieva|Austėja", "Mantas|Tomas|Lukas|Dovydas|Rokas",
           "Kazlauskienė|Petrauskaitė|Jankauskienė|Stankevičiūtė|Žukauskaitė", "Kazlauskas|Petrauskas|Jankauskas|Stankevičius|Žukauskas",
           "Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus|Marijampolė", "Laisvės al.|Vilniaus g.|Taikos pr.|Savanorių pr.|Liepų g."),
    "JP": ("陽菜=Hina|美咲=Misaki|結衣=Yui|さくら=Sakura|葵=Aoi", "翔太=Shota|大輝=Daiki|拓海=Takumi|健太=Kenta|蓮=Ren",
           "佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|渡辺=Watanabe|伊藤=Ito|中村=Nakamura|小林=Kobayashi", "",
           "仙台市|岡山市|静岡市|長崎市|新潟市|宇都宮市|盛岡市", "本町|栄町|緑が丘|旭町|若葉台"),
    "CN": ("静=Jing|丽=Li|敏=Min|婷婷=Tingting|雪=Xue", "伟=Wei|强=Qiang|磊=Lei|俊杰=Junjie|浩然=Haoran",
           "王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|赵=Zhao|黄=Huang", "", "苏州|杭州|成都|武汉|南京|西安|厦门|青岛",
           "人民路|中山路|解放路|建设路|长江路"),
    "KR": ("지은=Ji-eun|서연=Seo-yeon|민지=Min-ji|하은=Ha-eun|수빈=Su-bin", "민준=Min-jun|도윤=Do-yun|현우=Hyun-woo|지훈=Ji-hoon|성민=Sung-min",
           "김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|윤=Yoon", "", "대전|광주|울산|수원|전주|청주|창원", "중앙로|대학로|은행로|시청로|문화로"),
    "IL": ("נועה=Noa|מיכל=Michal|תמר=Tamar|שירה=Shira|יעל=Yael", "יונתן=Yonatan|איתי=Itay|עומר=Omer|אורי=Uri|דניאל=Daniel",
           "כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton|אברהם=Avraham|פרידמן=Friedman", "",
           "חיפה|באר שבע|נתניה|רחובות|אשדוד|הרצליה|כפר סבא", "הרצל|ויצמן|ז'בוטינסקי|בן גוריון|סוקולוב"),
    "AE": ("فاطمة=Fatima|مريم=Maryam|نورة=Noura|سارة=Sara|ليلى=Layla", "محمد=Mohammed|أحمد=Ahmed|خالد=Khalid|عمر=Omar|يوسف=Yousef",
           "الهاشمي=Al Hashemi|المنصوري=Al Mansouri|الكعبي=Al Kaabi|النعيمي=Al Nuaimi|الشامسي=Al Shamsi|السويدي=Al Suwaidi", "",
           "دبي|الشارقة|العين|عجمان|رأس الخيمة|أبوظبي", "شارع الوصل|شارع الشيخ زايد|شارع الجامعة|شارع المطار"),
    "TH": ("สมศรี=Somsri|นภา=Napha|พิมพ์ชนก=Pimchanok|กมลวรรณ=Kamonwan", "สมชาย=Somchai|ธนพล=Thanaphon|ณัฐวุฒิ=Nattawut|อนุชา=Anucha",
           "ศรีสุข=Srisuk|วงศ์ใหญ่=Wongyai|แก้วมณี=Kaewmanee|บุญมา=Boonma|ทองดี=Thongdee", "",
           "เชียงใหม่|ขอนแก่น|หาดใหญ่|นครราชสีมา|อุดรธานี|ภูเก็ต", "ถนนนิมมานเหมินท์|ถนนมิตรภาพ|ถนนเพชรเกษม|ถนนประชาอุทิศ"),
    "VN": ("Thảo|Ngọc Anh|Hương|Linh|Mai Phương", "Quang Huy|Minh Tuấn|Đức Anh|Hoàng Nam|Văn Thành",
           "Vũ|Đặng|Bùi|Đỗ|Ngô|Dương|Lý", "", "Đà Nẵng|Quy Nhơn|Buôn Ma Thuột|Thái Nguyên|Đà Lạt|Long Xuyên",
           "đường Bạch Đằng|đường Phan Chu Trinh|đường Hai Bà Trưng|đường Lý Thái Tổ"),
    "ID": ("Dewi|Sri Wahyuni|Putri|Ayu|Rina", "Budi|Agus|Rizky|Hendra|Dimas",
           "Santoso|Wijaya|Saputra|Kusuma|Hidayat|Nugroho|Pratama", "", "Bandung|Surabaya|Denpasar|Makassar|Palembang|Pontianak|Padang",
           "Jl. Gatot Subroto|Jl. Ahmad Yani|Jl. Pahlawan|Jl. Veteran|Jl. Cendrawasih"),
}

# language -> ((country, weight), ...)
LANG_COUNTRIES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 6), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("NG", 1), ("PH", 1), ("KE", 1),
           ("MY", 1), ("SG", 1)),
    "de": (("DE", 5), ("AT", 2), ("CH", 2)), "fr": (("FR", 5), ("BE", 2), ("CH", 1)), "es": (("ES", 4), ("MX", 3), ("AR", 2)),
    "it": (("IT", 1),), "nl": (("NL", 3), ("BE", 1)), "pt": (("PT", 1),), "pl": (("PL", 1),), "sv": (("SE", 1),), "no": (("NO", 1),),
    "da": (("DK", 1),), "fi": (("FI", 1),), "cs": (("CZ", 1),), "sk": (("SK", 1),), "hu": (("HU", 1),), "ro": (("RO", 1),),
    "tr": (("TR", 1),), "el": (("GR", 1),), "ru": (("RU", 1),), "uk": (("UA", 1),), "bg": (("BG", 1),), "hr": (("HR", 1),),
    "lt": (("LT", 1),), "ja": (("JP", 1),), "zh": (("CN", 1),), "ko": (("KR", 1),), "he": (("IL", 1),), "ar": (("AE", 1),),
    "hi": (("INH", 1),), "th": (("TH", 1),), "vi": (("VN", 1),), "id": (("ID", 1),),
}


def locale_for(lang: str, rng: random.Random) -> str:
    """A template's lang ("en", "de", "en-GB", "pt-BR", "en-XX", "es-US") -> the sample's locale "<language>-<country>"."""
    return pick_locale(lang, rng, LANG_COUNTRIES)


# --- Addresses: (street line, town, region, postcode) and each country's layout ------------------------------------------
_JP_PREF = {"仙台市": "宮城県", "岡山市": "岡山県", "静岡市": "静岡県", "長崎市": "長崎県", "新潟市": "新潟県", "宇都宮市": "栃木県", "盛岡市": "岩手県"}
_CN_PROV = {"苏州": "江苏省", "杭州": "浙江省", "成都": "四川省", "武汉": "湖北省", "南京": "江苏省", "西安": "陕西省", "厦门": "福建省", "青岛": "山东省"}
_BR_UF = {"Campinas": "SP", "Florianópolis": "SC", "Belém": "PA", "Ribeirão Preto": "SP", "Uberlândia": "MG", "Maceió": "AL",
          "Caxias do Sul": "RS", "Sorocaba": "SP"}
_IT_PROV = {"Bergamo": "BG", "Trento": "TN", "Perugia": "PG", "Ancona": "AN", "Lecce": "LE", "Modena": "MO", "Ferrara": "FE", "Trieste": "TS"}
_HR_PC = {"Split": "21000", "Rijeka": "51000", "Osijek": "31000", "Zadar": "23000", "Pula": "52100", "Varaždin": "42000", "Šibenik": "22000"}
_MY_STATE = {"Ipoh": "Perak", "Kota Bharu": "Kelantan", "Seremban": "Negeri Sembilan", "Kuching": "Sarawak", "Melaka": "Melaka",
             "Shah Alam": "Selangor"}
_MX_STATE = {"Querétaro": "Qro.", "Mérida": "Yuc.", "Morelia": "Mich.", "Oaxaca": "Oax.", "Hermosillo": "Son.", "Aguascalientes": "Ags.",
             "León": "Gto."}


def address_parts(r: random.Random, country: str, town: str) -> tuple[str, str, str, str]:
    """(street line with house and flat, town as written, region or "", postcode or "") for the town entry `town`."""
    street = r.choice(PEOPLE[country][5].split("|"))
    no = r.randint(2, 240)
    city = _bv.town_name(country, town)

    def d(n: int) -> str:
        return _s(r, n, string.digits)
    c = country
    if c == "US":
        kind = r.choice(["Rd", "Trail", "Pike", "Dr", "St", "Loop", "Run", "Way"])
        unit = r.choice(["", "", f", Apt {r.randint(1, 30)}{r.choice('ABCDEF')}", f" Ste {r.randint(100, 450)}", f" Lot {r.randint(1, 80)}"])
        return f"{r.randint(101, 12999)} {street} {kind}{unit}", city, town.split(", ")[1], d(5)
    if c == "GB":
        area = town.rsplit(" ", 1)[1]
        line = r.choice([f"{no} {street}", f"Flat {r.randint(1, 12)}{r.choice('ABC')}, {no} {street}", f"{r.choice(['The Old Forge', 'Hawthorn House', 'Little Barn', '2 Smithy Cottages'])}, {street}"])
        return line, city, "", f"{area}{r.randint(1, 23)} {r.randint(1, 9)}{_s(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if c == "IE":
        return f"{no} {street}", city, town.split(", ")[1], f"{r.choice('ADFHKNPRTVWXY')}{d(2)} {_s(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if c == "CA":
        pc = f"{r.choice('ABCEGHJKLMNPRSTVXY')}{d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {d(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{d(1)}"
        return f"{r.choice(['', f'{r.randint(2, 40)}-', 'Unit 3, '])}{no} {street}", city, town.split(", ")[1], pc
    if c == "AU":
        return f"{r.choice(['', f'{r.randint(1, 9)}/', 'Unit 4, '])}{no} {street}", city, town.rsplit(" ", 1)[1], str(r.randint(2000, 7999))
    if c == "NZ":
        return f"{no}{r.choice(['', 'A', 'C'])} {street}", city, r.choice(["Aramoho", "Gladstone", "Kaiti", "Stoke", "Fenton", "Glenwood"]), d(4)
    if c == "IN":
        line = f"{r.choice(['Flat', 'Door No.', 'Plot'])} {r.randint(1, 9)}{r.randint(0, 2)}{r.randint(1, 9)}, {r.choice(['Sai Krupa Residency', 'Lakshmi Enclave', 'Palm Meadows', 'Shanti Kunj'])}, {r.choice(['2nd Cross', '4th Main', 'Near Hanuman Temple'])}, {street}"
        return line, city, "", f"{r.randint(1, 8)}{d(5)}"
    if c == "INH":
        return f"मकान नं. {no}, {street}", city, "", f"{r.randint(2, 8)}{d(5)}"
    if c == "ZA":
        return f"{no} {street}, {r.choice(['Walmer', 'Bendor', 'Westdene', 'Scottsville', 'Cotswold'])}", city, "", d(4)
    if c == "NG":
        return f"{r.choice(['No.', 'Plot', 'Flat 3, No.'])} {no} {street}, {r.choice(['Bodija', 'Independence Layout', 'Rayfield', 'GRA Phase 2'])}", city, "", d(6)
    if c == "PH":
        return f"{r.choice(['Blk', 'Unit'])} {r.randint(1, 40)} {r.choice(['Lot', 'Bldg'])} {r.randint(1, 30)}, {street}, Brgy. {r.choice(['Jaro', 'Mandalagan', 'Carmen', 'Camp 7'])}", city, "", d(4)
    if c == "KE":
        return f"{r.choice(['House', 'Apt', 'Plot'])} {no}, {street}", city, "", f"P.O. Box {r.randint(100, 9999)}-{d(5)}"
    if c == "MY":
        return f"No. {no}, {street}, Taman {r.choice(['Sri Ampang', 'Desa Jaya', 'Bukit Indah'])}", city, _MY_STATE.get(city, ""), d(5)
    if c == "SG":
        blk = r.randint(101, 998)
        return f"Blk {blk} {street}, #{r.randint(2, 16):02d}-{r.randint(10, 380)}", "Singapore", "", f"{r.randint(10, 82):02d}{d(4)}"
    if c in ("DE", "AT", "CH"):
        house = f"{no}{r.choice(['', '', 'a', 'c'])}" + (f"/{r.randint(1, 18)}" if c == "AT" and r.random() < 0.4 else "")
        return f"{street} {house}", city, "", d(5) if c == "DE" else str(r.randint(1000, 9999))
    if c == "FR":
        return f"{r.choice(['', 'Résidence Les Tilleuls, '])}{no}{r.choice(['', ' bis', ' ter'])} {street}", city, "", d(5)
    if c == "BE":
        return f"{street} {no}{r.choice(['', ' bus 3', ' boîte 12', '/0102'])}", city, "", str(r.randint(1000, 9999))
    if c == "ES":
        return f"{street}, {no}, {r.randint(1, 8)}º {r.choice('ABCDI')}", city, "", d(5)
    if c == "MX":
        return f"{street} {no}{r.choice(['', ' Int. 7', ' Depto. 204'])}, Col. {r.choice(['Centro', 'Jardines', 'Las Palmas', 'San Pablo'])}", city, _MX_STATE.get(city, ""), d(5)
    if c == "AR":
        return f"{street} {r.randint(100, 3999)}, {r.randint(1, 14)}º {r.choice('ABCDE')}", city, "", f"{r.choice('SMACQB')}{d(4)}{_s(r, 3, string.ascii_uppercase)}"
    if c == "IT":
        return f"{street} {no}{r.choice(['', '/B', ', int. 5', ', scala C'])}", city, _IT_PROV.get(city, ""), d(5)
    if c == "NL":
        return f"{street} {no}{r.choice(['', 'A', '-2', ' hs', '-III'])}", city, "", f"{r.randint(1000, 9999)} {_s(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')}"
    if c == "PT":
        return f"{street}, {no}, {r.randint(1, 7)}.º {r.choice(['Esq.', 'Dto.', 'Frt.'])}", city, "", f"{d(4)}-{d(3)}"
    if c == "BR":
        return f"{street}, {r.randint(12, 3400)}, {r.choice(['apto', 'casa', 'bloco B apto'])} {r.randint(1, 1402)} - {r.choice(['Cambuí', 'Centro', 'Trindade', 'Jardim Paulista'])}", city, _BR_UF.get(city, ""), f"{d(5)}-{d(3)}"
    if c == "PL":
        return f"{street} {no}{r.choice(['', f'/{r.randint(1, 48)}', f' m. {r.randint(1, 30)}'])}", city, "", f"{d(2)}-{d(3)}"
    if c == "SE":
        return f"{street} {no}{r.choice(['', ' lgh 1104', ' A', ' 2 tr'])}", city, "", f"{d(3)} {d(2)}"
    if c in ("NO", "DK"):
        return f"{street} {no}{r.choice(['', 'B', ', 1. tv.' if c == 'DK' else ' H0302'])}", city, "", d(4)
    if c == "FI":
        return f"{street} {no} {r.choice('ABCD')} {r.randint(1, 45)}", city, "", d(5)
    if c in ("CZ", "SK"):
        return f"{street} {r.randint(100, 3999)}/{r.randint(1, 90)}", city, "", f"{d(3)} {d(2)}"
    if c == "HU":
        return f"{street} {no}. {r.choice(['I', 'II', 'III', 'IV'])}. em. {r.randint(1, 12)}.", city, "", str(r.randint(1000, 9999))
    if c == "RO":
        return f"{street} nr. {no}, bl. {r.choice('ABCMP')}{r.randint(1, 20)}, sc. {r.randint(1, 4)}, ap. {r.randint(1, 90)}", city, "", d(6)
    if c == "TR":
        return f"{r.choice(['Yıldız', 'Bahçelievler', 'Kültür', 'Fatih'])} Mah. {street} No: {no} D: {r.randint(1, 24)}", city, r.choice(["Merkez", "Tepebaşı", "Şehitkamil"]), d(5)
    if c == "GR":
        return f"{street} {no}", city, "", f"{d(3)} {d(2)}"
    if c == "RU":
        return f"{street}, д. {no}, кв. {r.randint(1, 280)}", city, "", d(6)
    if c == "UA":
        return f"{street}, буд. {no}, кв. {r.randint(1, 200)}", city, "", d(5)
    if c == "BG":
        return f"{street} № {no}, ет. {r.randint(1, 12)}, ап. {r.randint(1, 60)}", city, "", d(4)
    if c == "HR":
        return f"{street} {no}{r.choice(['', 'a', '/II'])}", city, "", _HR_PC.get(city, d(5))
    if c == "LT":
        return f"{street} {no}-{r.randint(1, 70)}", city, "", f"LT-{d(5)}"
    if c == "JP":
        return f"{r.choice(['青葉区', '北区', '中央区', '駿河区'])}{street}{r.randint(1, 6)}丁目{r.randint(1, 25)}-{r.randint(1, 18)}{r.choice(['', ' コーポ若葉201', ' メゾン栄305'])}", city, _JP_PREF.get(city, ""), f"{d(3)}-{d(4)}"
    if c == "CN":
        return f"{r.choice(['姑苏区', '西湖区', '武侯区', '江汉区', '鼓楼区'])}{street}{r.randint(1, 800)}号{r.randint(1, 24)}幢{r.randint(1, 30)}0{r.randint(1, 6)}室", city, _CN_PROV.get(city, ""), d(6)
    if c == "KR":
        return f"{r.choice(['유성구', '서구', '남구', '완산구', '성산구'])} {street} {r.randint(1, 320)}, {r.randint(101, 120)}동 {r.randint(1, 25)}0{r.randint(1, 6)}호", city, "", d(5)
    if c == "IL":
        return f"{street} {no}, דירה {r.randint(1, 40)}", city, "", d(7)
    if c == "AE":
        return f"فيلا {no}، {street}، {r.choice(['الجافلية', 'المرقبات', 'القوز', 'الطوار'])}", city, "", ""
    if c == "TH":
        return f"{no}/{r.randint(1, 120)} หมู่ {r.randint(1, 14)} {street} ตำบล{r.choice(['ช้างเผือก', 'ในเมือง', 'คอหงส์'])}", city, "", d(5)
    if c == "VN":
        return f"Số {no}, hẻm {r.randint(2, 150)} {street}, phường {r.choice(['Thạch Thang', 'Lê Lợi', 'Phan Chu Trinh', 'Mỹ Bình'])}", city, "", ""
    if c == "ID":
        return f"{street} No. {no}, RT {r.randint(1, 15):02d}/RW {r.randint(1, 12):02d}, Kel. {r.choice(['Sukajadi', 'Gubeng', 'Panjer', 'Mariso'])}", city, "", d(5)
    raise KeyError(country)


def join_address(country: str, parts: tuple[str, str, str, str], multiline: bool) -> str:
    line, city, region, pc = parts
    nl = "\n" if multiline else ", "
    c = country
    if c == "US":
        return f"{line}{nl}{city}, {region} {pc}"
    if c == "GB":
        return f"{line}{nl}{city}{nl}{pc}"
    if c == "IE":
        return f"{line}{nl}{city}{nl}{region}{nl}{pc}"
    if c in ("CA", "AU"):
        return f"{line}{nl}{city} {region} {pc}" if c == "AU" else f"{line}{nl}{city}, {region} {pc}"
    if c == "NZ":
        return f"{line}{nl}{region}{nl}{city} {pc}"
    if c in ("IN", "INH"):
        return f"{line}{nl}{city} - {pc}"
    if c in ("ZA", "NG", "PH"):
        return f"{line}{nl}{city}{nl}{pc}" if c != "NG" else f"{line}{nl}{city}"
    if c == "KE":
        return f"{line}{nl}{pc}{nl}{city}"
    if c == "MY":
        return f"{line}{nl}{pc} {city}, {region}"
    if c == "SG":
        return f"{line}{nl}{city} {pc}"
    if c in ("DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "PT", "PL", "SE", "NO", "DK", "FI", "CZ", "SK", "HR", "LT", "GR"):
        tail = f" ({region})" if c == "IT" and region else ""
        town = city.upper() if c == "FR" and multiline else city
        return f"{line}{nl}{pc} {town}{tail}"
    if c == "MX":
        return f"{line}{nl}C.P. {pc}, {city}, {region}"
    if c == "AR":
        return f"{line}{nl}{pc} {city}"
    if c == "BR":
        return f"{line}{nl}{city} - {region}, {pc}"
    if c == "HU":
        return f"{pc} {city}, {line}"
    if c == "RO":
        return f"{line}{nl}{city} {pc}"
    if c == "TR":
        return f"{line}{nl}{pc} {region}/{city}"
    if c in ("RU", "UA"):
        return f"{pc}, {'г.' if c == 'RU' else 'м.'} {city}, {line}"
    if c == "BG":
        return f"{pc} {city}, {line}"
    if c == "JP":
        return f"〒{pc} {region}{city}{line}"
    if c == "CN":
        return f"{region}{city}市{line}"
    if c == "KR":
        return f"{city}{r_suffix(city)} {line} ({pc})"
    if c == "IL":
        return f"{line}, {city} {pc}"
    if c == "AE":
        return f"{line}، {city}"
    if c == "TH":
        return f"{line} อำเภอเมือง{city} {city} {pc}"
    if c == "VN":
        return f"{line}, {city}"
    if c == "ID":
        return f"{line}{nl}{city} {pc}"
    raise KeyError(country)


def r_suffix(city: str) -> str:
    return "광역시" if city in ("대전", "광주", "울산") else "시"


def write_address(r: random.Random, country: str, town: str, multiline: bool = False) -> str:
    return join_address(country, address_parts(r, country, town), multiline)


# --- Organizations ------------------------------------------------------------------------------------------------------
_ORG: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"firm": ("{l} & {l2} Quantity Surveyors", "{t} Valley Freight", "Brightwater Ceramics Ltd", "Kestrel Ridge Joinery",
                    "{l} Lift & Escalator Services", "Saltmarsh Digital", "{t} Signwriters", "Copperleaf Payroll Bureau", "Northfold Apprenticeships"),
           "school": ("{t} Grammar School", "St Brendan's Primary", "{t} Community College", "Hollybank Academy", "{t} Montessori House",
                      "Ridgeway Sixth Form"),
           "clinic": ("{t} Family Practice", "Riverside Physio & Sports Injury", "{l} Dental Studio", "Greenlane Veterinary Clinic",
                      "{t} Fertility Centre", "Clearview Optometrists"),
           "bank": ("{t} Teachers Credit Union", "Harbourline Building Society", "Pinecrest Federal Credit Union", "{t} Savings & Loan",
                    "Tidewater Mutual")},
    "de": {"firm": ("{l} Haustechnik GmbH", "Elektro {l} KG", "Tischlerei {l}", "{l} & {l2} Steuerberatung", "Gartenbau {l} GbR"),
           "school": ("Grundschule {t}-Süd", "Gymnasium am Wall {t}", "Berufskolleg {t}", "Kita Sonnenkäfer"),
           "clinic": ("Praxis Dr. {l}", "Zahnarztpraxis {l}", "Physiotherapie {l} & Team", "Tierarztpraxis am Stadtpark"),
           "bank": ("Raiffeisenbank {t} eG", "Volksbank {t}-Land eG", "Kreissparkasse {t}")},
    "fr": {"firm": ("Menuiserie {l}", "Cabinet {l} & Associés", "SARL {l} Frères", "Transports {l}"),
           "school": ("École élémentaire des Tilleuls", "Lycée Jean-Moulin de {t}", "Collège Les Hauts de {t}"),
           "clinic": ("Cabinet médical {l}", "Cabinet dentaire du Parc", "Clinique vétérinaire des Remparts", "Kiné {l}"),
           "bank": ("Caisse locale de {t}", "Banque Populaire de {t}")},
    "es": {"firm": ("Talleres {l} S.L.", "Construcciones {l}", "Asesoría {l}", "Reformas {t} S.A."),
           "school": ("Colegio San Ignacio de {t}", "IES {t} Norte", "Escuela Infantil Pompitas"),
           "clinic": ("Clínica Dental {l}", "Fisioterapia {l}", "Centro Médico {t}"), "bank": ("Caja Rural de {t}", "Cooperativa de Crédito {t}")},
    "it": {"firm": ("Officina {l} s.n.c.", "Studio {l} Commercialisti", "Ferramenta {l}", "{l} Impianti s.r.l."),
           "school": ("Liceo Scientifico di {t}", "Istituto Comprensivo {t} 2", "Scuola dell'Infanzia Arcobaleno"),
           "clinic": ("Studio Dentistico {l}", "Poliambulatorio {t}", "Centro Fisioterapico {l}"), "bank": ("Banca di Credito Cooperativo di {t}",)},
    "nl": {"firm": ("{l} Installatietechniek B.V.", "Bouwbedrijf {l}", "Administratiekantoor {l}"),
           "school": ("OBS De Regenboog", "Christelijk Lyceum {t}", "Kinderopvang Het Kraaiennest"),
           "clinic": ("Huisartsenpraktijk {l}", "Tandartspraktijk {t}-Zuid", "Fysiotherapie {l}"), "bank": ("Spaarbank {t}",)},
    "pt": {"firm": ("Oficina {l} Lda.", "Construtora {l}", "Contabilidade {l} & Filhos"),
           "school": ("Escola Básica de {t}", "Colégio {l}", "Creche Pequenos Passos"),
           "clinic": ("Clínica Dentária {l}", "Clínica {t} Saúde", "Fisio {l}"), "bank": ("Caixa de Crédito Agrícola de {t}", "Cooperativa Sicredi {t}")},
    "pl": {"firm": ("{l} Sp. z o.o.", "Usługi Remontowe {l}", "Biuro Rachunkowe {l}"),
           "school": ("Szkoła Podstawowa nr 12", "Liceum Ogólnokształcące nr 3", "Przedszkole Słoneczko"),
           "clinic": ("Przychodnia Rodzinna {l}", "Gabinet Stomatologiczny {l}"), "bank": ("Bank Spółdzielczy {t}",)},
}
_ORG_SUFFIX = {"sv": "AB", "no": "AS", "da": "ApS", "fi": "Oy", "cs": "s.r.o.", "sk": "s.r.o.", "hu": "Kft.", "ro": "SRL", "tr": "Ltd. Şti.",
               "el": "Ο.Ε.", "ru": "ООО", "uk": "ТОВ", "bg": "ЕООД", "hr": "d.o.o.", "lt": "UAB", "ja": "株式会社", "zh": "有限公司",
               "ko": "(주)", "he": "בע\"מ", "ar": "ذ.م.م", "hi": "प्राइवेट लिमिटेड", "th": "บริษัท", "vi": "Công ty TNHH", "id": "PT"}
_ORG_KIND_XX = {
    "sv": {"clinic": "Vårdcentral {t}", "school": "{t} skola", "bank": "Sparbanken {t}"},
    "no": {"clinic": "{t} legesenter", "school": "{t} ungdomsskole", "bank": "{t} Sparebank"},
    "da": {"clinic": "Lægehuset {t}", "school": "{t} Friskole", "bank": "{t} Andelskasse"},
    "fi": {"clinic": "Lääkäriasema {l}", "school": "{t}n lukio", "bank": "{t}n Osuuspankki"},
    "cs": {"clinic": "Ordinace MUDr. {l}", "school": "ZŠ {t}", "bank": "Družstevní záložna {t}"},
    "sk": {"clinic": "Ambulancia MUDr. {l}", "school": "ZŠ {t}", "bank": "Záložňa {t}"},
    "hu": {"clinic": "Dr. {l} Fogászat", "school": "{t}i Általános Iskola", "bank": "{t} Takarékszövetkezet"},
    "ro": {"clinic": "Cabinet Dr. {l}", "school": "Școala Gimnazială nr. 5", "bank": "CAR {t}"},
    "tr": {"clinic": "Özel {l} Diş Kliniği", "school": "{t} Anadolu Lisesi", "bank": "{t} Esnaf Kredi Kooperatifi"},
    "el": {"clinic": "Ιατρείο {l}", "school": "2ο Γυμνάσιο {t}", "bank": "Συνεταιριστική Τράπεζα {t}"},
    "ru": {"clinic": "Клиника «Здоровье+»", "school": "Школа № 57", "bank": "КПК «{t}-Кредит»"},
    "uk": {"clinic": "Клініка «Добробут-{l}»", "school": "Ліцей № 8", "bank": "Кредитна спілка «{t}»"},
    "bg": {"clinic": "ДКЦ „Св. Мина“", "school": "СУ „Отец Паисий“", "bank": "Кооперативна банка {t}"},
    "hr": {"clinic": "Ordinacija dr. {l}", "school": "OŠ {t}", "bank": "Štedna banka {t}"},
    "lt": {"clinic": "{t} šeimos klinika", "school": "{t} gimnazija", "bank": "{t} kredito unija"},
    "ja": {"clinic": "{l}歯科クリニック", "school": "{t}立第三中学校", "bank": "{t}信用金庫"},
    "zh": {"clinic": "{t}康宁诊所", "school": "{t}市第二实验小学", "bank": "{t}农村商业银行"},
    "ko": {"clinic": "{l}치과의원", "school": "{t}중앙초등학교", "bank": "{t}새마을금고"},
    "he": {"clinic": "מרפאת {l}", "school": "בית ספר הדקל {t}", "bank": "אגודת אשראי {t}"},
    "ar": {"clinic": "عيادة {l} للأسنان", "school": "مدرسة النخبة الخاصة", "bank": "جمعية {t} التعاونية"},
    "hi": {"clinic": "{l} क्लिनिक", "school": "सरस्वती विद्या मंदिर {t}", "bank": "{t} सहकारी बैंक"},
    "th": {"clinic": "คลินิกทันตกรรม{l}", "school": "โรงเรียนอนุบาล{t}", "bank": "สหกรณ์ออมทรัพย์{t}"},
    "vi": {"clinic": "Phòng khám {l}", "school": "Trường THCS {t}", "bank": "Quỹ tín dụng nhân dân {t}"},
    "id": {"clinic": "Klinik Pratama {l}", "school": "SMP Negeri 4 {t}", "bank": "BPR {t} Sejahtera"},
}


def make_org(r: random.Random, lang: str, country: str, town: str, kind: str = "") -> str:
    town_n = _bv.town_name(country, town)
    lasts = PEOPLE[country][3] or PEOPLE[country][2]
    l1, l2 = (_bv._native(x) for x in r.sample(lasts.split("|"), 2))
    if lang in _ORG:
        kinds = _ORG[lang]
        pat = r.choice(kinds[kind] if kind in kinds else [p for ps in kinds.values() for p in ps])
    else:
        kinds_xx = _ORG_KIND_XX[lang]
        firm = (f"{_ORG_SUFFIX[lang]} {{l}}" if lang in ("ja", "ru", "uk", "vi", "id", "th") else f"{{l}} {_ORG_SUFFIX[lang]}")
        if lang in ("ja", "zh"):
            firm = f"{{l}}{_ORG_SUFFIX[lang]}" if lang == "zh" else f"{_ORG_SUFFIX[lang]}{{l}}"
        pat = kinds_xx[kind] if kind in kinds_xx else r.choice([firm, *kinds_xx.values()])
    return pat.replace("{l2}", l2).replace("{l}", l1).replace("{t}", town_n)


_CF_TOWNS = {"Bergamo": "A794", "Trento": "L378", "Perugia": "G478", "Ancona": "A271", "Lecce": "E506", "Modena": "F257",
             "Ferrara": "D548", "Trieste": "L424"}
_PW_WORDS = {
    "en": "Marmalade|thunderbird|Lighthouse|pumpkin|Falcon|gooseberry|Sailboat|Waffles|biscuit|Nimbus|Otterpop|Zeppelin",
    "de": "Schneeflocke|Sonnenblume|Kuckuck|Brezel|Fernweh|Zaunkönig", "fr": "Papillon|citronnade|Mistral|Loulou|Chouquette",
    "es": "Girasol|mariposa|Tortuga|Churro|Pimienta", "it": "Farfalla|girasole|Lupetto|Tiramisu|Cometa",
    "nl": "Stroopwafel|Kikker|tulpje|Molentje", "pt": "Saudade|borboleta|Pastel|Gatinho", "pl": "Kotek|Wiewiorka|Pierogi|Bursztyn",
    "sv": "Kanelbulle|Alg|Solros", "tr": "Papatya|Kartal|Simit", "ru": "Solnyshko|Medved|Zvezda", "cs": "Kocicka|Hvezda|Medvidek",
}
_PHRASE_WORDS = ["lantern", "cobalt", "walrus", "thimble", "juniper", "glacier", "mosaic", "parsnip", "harbor", "falcon", "tinsel", "orbit",
                 "quill", "marble", "sorrel", "canyon", "pepper", "lagoon", "whisk", "granite", "meadowlark", "fjord", "biscuit", "umbra"]
_WORK_DOMAINS = ["kestrelridge-joinery.co.uk", "saltmarsh.digital", "copperleafpayroll.com", "northfold.org.uk", "valleyfreight.ca",
                 "brightwaterceramics.com.au", "harbourline.ie", "tidewatermutual.com", "clearview-optom.co.nz", "greenlanevets.com",
                 "ridgeway6.ac.uk", "pinecrestfcu.org"]


class Context(_bv.Context):
    """One prompt of this set: _blind_values.Context with this set's people, places, work domains and password words."""

    people_table = PEOPLE
    work_domains = _WORK_DOMAINS
    cf_towns = _CF_TOWNS
    pw_words = _PW_WORDS
    phrase_words = _PHRASE_WORDS
    write_address = staticmethod(write_address)
    make_org = staticmethod(make_org)


# --- This set's own values ---------------------------------------------------------------------------------------------
_BIP39 = (
    "abandon", "ability", "able", "about", "above", "absent", "absorb", "abstract", "absurd", "abuse", "access", "accident",
    "account", "accuse", "achieve", "acid", "acoustic", "acquire", "across", "act", "action", "actor", "actress", "actual",
    "adapt", "add", "addict", "address", "adjust", "admit", "adult", "advance", "advice", "aerobic", "affair", "afford",
    "afraid", "again", "age", "agent", "agree", "ahead", "aim", "air", "airport", "aisle", "alarm", "album", "alcohol", "alert",
    "alien", "all", "alley", "allow", "almost", "alone", "alpha", "already", "also", "alter", "always", "amateur", "amazing",
    "among", "amount", "amused", "analyst", "anchor", "ancient", "anger", "angle", "angry", "animal", "ankle", "announce",
    "annual", "another", "answer", "antenna", "antique", "anxiety", "any", "apart", "apology", "appear", "apple", "approve",
    "april", "arch", "arctic", "area", "arena", "argue", "arm", "armed", "armor", "army", "around", "arrange", "arrest",
    "arrive", "arrow", "art", "artefact", "artist", "artwork", "ask", "aspect", "assault", "asset", "assist",
)
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _pct(s: str) -> str:
    return urllib.parse.quote(s, safe="")


def _supabase_jwt(r: random.Random) -> str:
    ref = _s(r, 20, string.ascii_lowercase)
    iat = r.randint(1_700_000_000, 1_760_000_000)
    return _bv.make_jwt(r, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315_360_000})


def _kube_b64(r: random.Random) -> str:
    return base64.b64encode(_bv.make_pem(r, r.choice(["rsa", "ec"])).encode()).decode()


def _openvpn(r: random.Random) -> str:
    rows = "\n".join(_s(r, 32, _bv.HEX) for _ in range(16))
    return f"-----BEGIN OpenVPN Static key V1-----\n{rows}\n-----END OpenVPN Static key V1-----"


_MY_TOKENS = {  # {k:<kind>}
    "sbp": lambda r: "sbp_" + _s(r, 40, _bv.HEX),
    "supa": _supabase_jwt,
    "pscale": lambda r: "pscale_pw_" + _s(r, 43, _bv.URLSAFE),
    "dapi": lambda r: "dapi" + _s(r, 32, _bv.HEX) + r.choice(["", "-2", "-3"]),
    "sntrys": lambda r: "sntrys_" + _bv._b64url(json.dumps({"iat": r.randint(1.7e9, 1.76e9), "url": "https://sentry.io", "org": _s(r, 8, string.ascii_lowercase)}).encode()) + "_" + _s(r, 43, _bv.URLSAFE),
    "nvapi": lambda r: "nvapi-" + _s(r, 64, _bv.URLSAFE),
    "r8": lambda r: "r8_" + _s(r, 37),
    "mailgun": lambda r: f"{_s(r, 32, _bv.HEX)}-{_s(r, 8, _bv.HEX)}-{_s(r, 8, _bv.HEX)}",
    "fb": lambda r: "EAAG" + _s(r, 176),
    "postman": lambda r: f"PMAK-{_s(r, 24, _bv.HEX)}-{_s(r, 34, _bv.HEX)}",
    "contentful": lambda r: "CFPAT-" + _s(r, 43, _bv.URLSAFE),
    "typeform": lambda r: "tfp_" + _s(r, 44) + "_" + _s(r, 14),
    "square": lambda r: "EAAA" + _s(r, 60, _bv.URLSAFE),
    "heroku": lambda r: "HRKU-AA" + _s(r, 58, _bv.URLSAFE),
    "dynatrace": lambda r: f"dt0c01.{_s(r, 24, _bv.UPAN)}.{_s(r, 64, _bv.UPAN)}",
    "snyk": lambda r: "-".join(_s(r, n, _bv.HEX) for n in (8, 4, 4, 4, 12)),
    "ghs": lambda r: "ghs_" + _s(r, 36),
    "glptt": lambda r: "glptt-" + _s(r, 40, _bv.HEX),
    "shippo": lambda r: "shippo_live_" + _s(r, 40, _bv.HEX),
    "render": lambda r: "rnd_" + _s(r, 28),
    "linode": lambda r: _s(r, 64, _bv.HEX),
    "kubeb64": _kube_b64,
    "k8spw": lambda r: base64.b64encode(_s(r, r.randint(12, 20), _bv.AN + "!#%").encode()).decode(),
    "awssess": lambda r: "IQoJb3JpZ2luX2VjE" + _s(r, 300, _bv.B64) + "=",
    "ovpn": _openvpn,
    "applepw": lambda r: "-".join(_s(r, 4, string.ascii_lowercase) for _ in range(4)),
    "totp": lambda r: _s(r, 32, _B32),
    "totpg": lambda r: " ".join(_s(r, 4, _B32.lower()) for _ in range(8)),
    "rc": lambda r: f"{_s(r, 5, string.ascii_lowercase + '0123456789')}-{_s(r, 5, string.ascii_lowercase + '0123456789')}",
    "bip39": lambda r: " ".join(r.choice(_BIP39) for _ in range(12)),
    "bip24": lambda r: " ".join(r.choice(_BIP39) for _ in range(24)),
    "psk": lambda r: _s(r, 64, _bv.HEX),
    "sas": lambda r: _pct(base64.b64encode(r.randbytes(32)).decode()),
    "slackhook": lambda r: _s(r, 24),
    "dischook": lambda r: _s(r, 68, _bv.URLSAFE),
    "djsess": lambda r: _s(r, 32, string.ascii_lowercase + string.digits),
    "connectsid": lambda r: "s%3A" + _s(r, 32, _bv.URLSAFE) + "." + _pct(base64.b64encode(r.randbytes(32)).decode().rstrip("=")),
    "laravel": lambda r: "eyJpdiI6I" + _s(r, 180, _bv.AN) + "%3D",
    "appkey": lambda r: base64.b64encode(r.randbytes(32)).decode(),
    "hex32": lambda r: _s(r, 32, _bv.HEX),
    "b64_48": lambda r: base64.b64encode(r.randbytes(48)).decode(),
    "pin4": lambda r: _s(r, 4, string.digits),
    "pin6": lambda r: _s(r, 6, string.digits),
    "wpa": lambda r: r.choice([_s(r, 14, _bv.LOWAN), _s(r, 10, string.digits), "-".join(r.sample(_PHRASE_WORDS, 3))]),
}


def _nric(r: random.Random, p: _bv.Person) -> str:
    prefix = "S" if p.dob.year < 2000 else "T"
    digits = f"{p.dob.year % 100:02d}" + _s(r, 5, string.digits)
    total = sum(int(x) * w for x, w in zip(digits, (2, 7, 6, 5, 4, 3, 2))) + (4 if prefix == "T" else 0)
    return prefix + digits + "JZIHGFEDCBA"[total % 11]


def _extra_id(r: random.Random, p: _bv.Person, kind: str) -> str:
    d = p.dob
    male = p.sex == "m"
    if kind == "sg":
        return _nric(r, p)
    if kind == "cl":
        from stdnum.cl import rut
        body = str(r.randint(6_000_000, 26_999_999))
        v = body + rut.calc_check_digit(body)
        return f"{int(body):,}".replace(",", ".") + "-" + v[-1]
    if kind == "ee":
        from stdnum.ee import ik
        g = ("3" if male else "4") if d.year < 2000 else ("5" if male else "6")
        body = f"{g}{d.year % 100:02d}{d.month:02d}{d.day:02d}{_s(r, 3, string.digits)}"
        return body + ik.calc_check_digit(body)
    if kind == "is":
        from stdnum.is_ import kennitala
        v = _bv._draw(lambda: f"{d.day:02d}{d.month:02d}{d.year % 100:02d}{r.randint(20, 99)}{r.randint(0, 9)}{'9' if d.year < 2000 else '0'}",
                      kennitala.is_valid)
        return f"{v[:6]}-{v[6:]}"
    if kind == "si":
        from stdnum.si import emso
        body = f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}50{r.randint(0, 499) if male else r.randint(500, 999):03d}"
        return body + emso.calc_check_digit(body)
    if kind == "rfc":
        from stdnum.mx import rfc
        head, _ = _bv._curp_part(p)
        return _bv._draw(lambda: head + d.strftime("%y%m%d") + _s(r, 2, "ABCDEFGHJKLMNPRSTUVWXYZ123456789") + r.choice(string.digits + "A"),
                         lambda x: rfc.is_valid(x))
    if kind == "ptcc":
        from stdnum.pt import cc
        v = _bv._draw(lambda: _s(r, 8, string.digits) + r.choice(string.digits) + _s(r, 2, "ZYXWVT") + r.choice(string.digits), cc.is_valid)
        return f"{v[:8]} {v[8]} {v[9:]}"
    if kind == "utr":
        from stdnum.gb import utr
        v = _bv._draw(lambda: _s(r, 10, string.digits), utr.is_valid)
        return r.choice([v, f"{v[:5]} {v[5:]}"])
    raise KeyError(kind)


def _card_text(r: random.Random, digits: str, style: str) -> str:
    n = len(digits)
    groups = [digits[:4], digits[4:10], digits[10:]] if n in (14, 15) else [digits[i:i + 4] for i in range(0, n, 4)]
    if style == "plain":
        return digits
    if style == "oct":  # two blocks of eight, as some terminals print
        return f"{digits[:8]} {digits[8:]}" if n == 16 else " ".join(groups)
    if style == "split":
        half = (len(groups) + 1) // 2
        return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])
    if style == "pipe":
        return " | ".join(groups)
    if style == "comma":  # a voice transcript's pauses
        return ", ".join(groups)
    sep = {"sp": " ", "dash": "-", "dot": ".", "dsp": "  ", "nbsp": "\u00a0", "slash": "/"}[style]
    return sep.join(groups)


def _ssn_text(v: str, style: str) -> str:
    a, g, s = v.split("-")
    return {"dash": v, "space": f"{a} {g} {s}", "plain": a + g + s, "dot": f"{a}.{g}.{s}", "endash": f"{a}\u2013{g}\u2013{s}",
            "spaced": f"{a} - {g} - {s}", "slash": f"{a}/{g}/{s}"}[style]


def _iban_text(v: str, style: str) -> str:
    grouped = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if style == "plain":
        return v
    if style == "lower":
        return v.lower()
    if style == "lowgrp":
        return grouped.lower()
    if style == "split":
        g = grouped.split(" ")
        return " ".join(g[:3]) + "\n" + " ".join(g[3:])
    if style == "dash":
        return grouped.replace(" ", "-")
    return grouped


_MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _date_text(r: random.Random, d: datetime.date, style: str, country: str) -> str:
    y, m, day = d.year, d.month, d.day
    if style == "mon":
        return f"{day:02d}-{_MON3[m - 1]}-{y}"
    if style == "air":
        return f"{day:02d}{_MON3[m - 1].upper()}{y % 100:02d}"
    if style == "compact":
        return f"{y}{m:02d}{day:02d}"
    if style == "us2":
        return f"{m:02d}/{day:02d}/{y % 100:02d}"
    if style == "us":
        return f"{m}/{day}/{y}"
    if style == "roman":
        return f"{day} {_ROMAN[m - 1]} {y}"
    if style == "dot2":
        return f"{day}.{m}.{y % 100:02d}"
    if style == "dot":
        return f"{day:02d}.{m:02d}.{y}"
    if style == "slash":
        return f"{y}/{m:02d}/{day:02d}"
    if style == "wd":
        name = _bv.MONTHS["en"].split()[m - 1]
        return (f"{_WEEKDAYS[d.weekday()]}, {name} {day}" if country in ("US", "PH", "CA")
                else f"{_WEEKDAYS[d.weekday()]} {day} {name}")
    if style == "ord":
        return f"{_bv._nth(day)} of {_bv.MONTHS['en'].split()[m - 1]}"
    if style == "mdy":
        return f"{_bv.MONTHS['en'].split()[m - 1]} {day}, {y}"
    if style == "dmy":
        return f"{day} {_bv.MONTHS['en'].split()[m - 1]} {y}"
    if style == "iso":
        return d.isoformat()
    raise KeyError(style)


def _purl_own(ctx: Context, p: _bv.Person, kind: str) -> str:
    r = ctx.rng
    first, last = _slug(p.given_roman), _slug(p.family_roman)
    handle = r.choice([f"{first}{last}", f"{first}_{last}", f"{first}.{last}{r.randint(1, 99)}", f"{first[0]}{last}"])
    email = _bv.make_email(r, p) if p.country != "SG" else f"{first}.{last}@gmail.com"
    return {
        "gdoc": f"https://docs.google.com/document/d/1{_s(r, 43, _bv.URLSAFE)}/edit?usp=sharing",
        "onedrive": f"https://1drv.ms/w/s!A{_s(r, 10)}{_s(r, 16, _bv.URLSAFE)}?e={_s(r, 6)}",
        "wetransfer": f"https://we.tl/t-{_s(r, 10)}",
        "zoom": f"https://us0{r.randint(2, 6)}web.zoom.us/j/{r.randint(10**9, 10**10 - 1)}?pwd={_s(r, 32)}.1",
        "wa": f"https://wa.me/{phone_digits(ctx, p)}",
        "tme": f"https://t.me/{handle.replace('.', '_')}",
        "linktree": f"https://linktr.ee/{handle.replace('.', '')}",
        "substack": f"https://{first}{last}.substack.com",
        "kofi": f"https://ko-fi.com/{first}{last}",
        "scholar": f"https://scholar.google.com/citations?user={_s(r, 12, _bv.URLSAFE)}&hl=en",
        "rg": f"https://www.researchgate.net/profile/{_bv._ascii(p.given_roman).replace(' ', '-')}-{_bv._ascii(p.family_roman).replace(' ', '-')}",
        "yt": f"https://www.youtube.com/@{handle.replace('.', '')}",
        "tiktok": f"https://www.tiktok.com/@{handle}",
        "unsub": f"https://mail.{r.choice(['fernbrook', 'lumacart', 'pepperpot'])}.com/unsubscribe?email={_pct(email)}&list=weekly",
        "manage": f"https://www.{r.choice(['skyharbour', 'aeroliana', 'northjet'])}.com/manage-booking?pnr={_s(r, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789')}&lastName={_bv._ascii(p.family_roman).replace(' ', '%20')}",
        "photos": f"https://photos.app.goo.gl/{_s(r, 17)}",
        "icloud": f"https://www.icloud.com/sharedalbum/#B0{_s(r, 13)}",
        "flickr": f"https://www.flickr.com/photos/{handle.replace('.', '')}/albums/{r.randint(10**16, 10**17)}",
        "goodreads": f"https://www.goodreads.com/user/show/{r.randint(10**6, 10**9)}-{first}-{last}",
        "spotify": f"https://open.spotify.com/user/{handle.replace('.', '')}",
        "gh": f"https://github.com/{first}-{last}",
        "li": f"https://www.linkedin.com/in/{first}{last}{r.randint(1, 99)}",
    }[kind]


def phone_digits(ctx: Context, p: _bv.Person) -> str:
    return "".join(c for c in _bv.make_phone(ctx.rng, p.country, "e164", True) if c.isdigit())


def _email_spoken(ctx: Context, p: _bv.Person, style: str) -> str:
    e = _bv.make_email(ctx.rng, p) if p.country != "SG" else f"{_slug(p.given_roman)}.{_slug(p.family_roman)}@gmail.com"
    local, domain = e.split("@")
    if style == "at":
        return f"{local.replace('.', ' dot ')} at {domain.replace('.', ' dot ')}"
    if style == "brk":
        return f"{local} [at] {domain.replace('.', ' [dot] ')}"
    if style == "paren":
        return f"{local}(at){domain}"
    raise KeyError(style)


def _luhn_bad(r: random.Random) -> str:
    from stdnum import luhn
    while True:
        v = r.choice(["4", "5", "37"]) + _s(r, 15, string.digits)
        v = v[:16]
        if not luhn.is_valid(v):
            return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def _iban_bad(r: random.Random) -> str:
    from stdnum import iban
    v = _bv.make_iban(r, r.choice(["DE", "FR", "NL", "ES", "IT", "GB", "PL"]), False)
    while True:
        cand = v[:2] + f"{r.randint(2, 98):02d}" + v[4:]
        if not iban.is_valid(cand):
            return " ".join(cand[i:i + 4] for i in range(0, len(cand), 4))


_NG = {  # {ng:<kind>}: look like PII, are not
    "badcard": _luhn_bad,
    "badiban": _iban_bad,
    "badssn": lambda r: r.choice([f"000-{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                                  f"{r.randint(100, 899)}-00-{r.randint(1000, 9999)}", f"{r.randint(100, 899)}-{r.randint(10, 99)}-0000"]),
    "badpesel": lambda r: _bv._draw(lambda: _s(r, 11, string.digits), lambda x: not __import__("stdnum.pl.pesel", fromlist=["x"]).is_valid(x)),
    "badbsn": lambda r: _bv._draw(lambda: _s(r, 9, string.digits), lambda x: not __import__("stdnum.nl.bsn", fromlist=["x"]).is_valid(x)),
    "pk": lambda r: "pk_live_51" + _s(r, 97),
    "jwtio": lambda r: ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
                        ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    "mapbox_pk": lambda r: "pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJjbGV4YW1wbGUifQ." + _s(r, 22, _bv.URLSAFE),
    "ga": lambda r: r.choice([f"G-{_s(r, 10, _bv.UPAN)}", f"UA-{r.randint(10**7, 10**8)}-{r.randint(1, 4)}", f"GTM-{_s(r, 7, _bv.UPAN)}"]),
    "recaptcha": lambda r: "6L" + _s(r, 38, _bv.URLSAFE),
    "hotline": lambda r: r.choice(["116 123", "0800 1111", "988", "13 11 14", "0800 543 354", "1-800-273-8255", "112", "999", "0808 800 5000",
                                   "1800 88 66 88", "116 111", "0800 68 33 111"]),
    "digest": lambda r: "sha256:" + _s(r, 64, _bv.HEX),
    "oid": lambda r: r.choice(["1.3.6.1.4.1.311.21.8", "2.5.4.3", "1.2.840.113549.1.1.11", "1.3.6.1.2.1.1.5.0", "2.16.840.1.101.3.4.2.1"]),
    "build": lambda r: f"{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(100, 255)}.{r.randint(1, 254)}",
    "mask": lambda r: r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252", "0.0.0.0", "127.0.0.1", "::1", "224.0.0.251"]),
    "masked": lambda r: r.choice([f"**** **** **** {_s(r, 4, string.digits)}", f"XXXX-XXXX-XXXX-{_s(r, 4, string.digits)}",
                                  f"{r.choice(['4', '5'])}{_s(r, 5, string.digits)}******{_s(r, 4, string.digits)}", f"•••• {_s(r, 4, string.digits)}"]),
    "maskssn": lambda r: r.choice([f"***-**-{_s(r, 4, string.digits)}", f"XXX-XX-{_s(r, 4, string.digits)}", "###-##-####"]),
    "gtin": lambda r: _bv._draw(lambda: "0" + _s(r, 13, string.digits), lambda x: __import__("stdnum.ean", fromlist=["x"]).is_valid(x)),
    "sortcode": lambda r: f"{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(10, 99)}",
    "routing": lambda r: r.choice(["021000021", "011401533", "091000019", "121000358"]),
    "exkey": lambda r: r.choice(["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "xoxb-your-bot-token",
                                 "AIzaSy...", "hf_xxxxxxxxxxxxxxxx", "sk-proj-XXXXXXXXXXXXXXXXXXXX", "<PASTE_TOKEN_HERE>"]),
    "exiban": lambda r: r.choice(["DE00 0000 0000 0000 0000 00", "GB00 XXXX 0000 0000 0000 00", "NLxx BANK 0123 4567 89", "FR76 XXXX XXXX XXXX"]),
    "docmail": lambda r: r.choice(["someone@example.com", "you@yourdomain.com", "name@company.tld", "first.last@example.org"]),
    "publicmail": lambda r: r.choice(["support@github.com", "privacy@mozilla.org", "abuse@cloudflare.com", "security@apple.com"]),
}


# --- This set's own slots --------------------------------------------------------------------------------------------
_MINE = ("k", "cc", "sn", "ib", "nid", "dt", "db", "ad", "ul", "em", "ng", "uname", "login")
_PERSONAL = ("nid", "db", "ad", "ul", "em", "uname", "login")


def _head(slot: str) -> tuple[str, int, list[str]]:
    name, *args = slot.split("@")[0].split(":")
    idx = 1
    if name and name[-1].isdigit() and name[:-1] in _PERSONAL:
        name, idx = name[:-1], int(name[-1])
    return name, idx, args


def _addr_parts_of(ctx: Context, idx: int) -> tuple[str, str, str, str]:
    key = f"f21:parts{idx}"
    if key not in ctx.cache:
        p = ctx.person(idx)
        ctx.cache[key] = [(x, None) for x in address_parts(ctx.rng, ctx.country, p.home)]
    return tuple(t for t, _ in ctx.cache[key])  # type: ignore[return-value]


def _my_fill(ctx: Context, slot: str) -> _bv.Parts | None:
    """This set's own slots (None when the slot is _blind_values.fill's). The same slot gives the same value twice."""
    r = ctx.rng
    head, idx, args = _head(slot)
    if head not in _MINE:
        return None
    key = "f21:" + slot
    if key in ctx.cache:
        return ctx.cache[key]
    out: _bv.Parts
    if head == "k":
        out = [(_MY_TOKENS[args[0]](r), "SECRET")]
    elif head == "cc":
        style = args[0] if args else "sp"
        scheme = args[1] if len(args) > 1 else ""
        digits = _bv.make_card(r, ctx.country, scheme, "plain")
        ctx.last_card = digits
        out = [(_card_text(r, digits, style), "CREDIT_CARD")]
    elif head == "sn":
        out = [(_ssn_text(_bv.make_ssn(r, "dash"), args[0] if args else "dash"), "US_SSN")]
    elif head == "ib":
        cc = args[1] if len(args) > 1 else _bv.iban_country(ctx.country, r)
        out = [(_iban_text(_bv.make_iban(r, cc, False), args[0] if args else "grp"), "IBAN")]
    elif head == "nid":
        out = [(_extra_id(r, ctx.person(idx), args[0]), "NATIONAL_ID")]
    elif head == "dt":
        d = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randint(0, 600))
        out = [(_date_text(r, d, args[0] if args else "mon", ctx.country), "DATE")]
    elif head == "db":
        out = [(_date_text(r, ctx.person(idx).dob, args[0] if args else "mon", ctx.country), "DATE_OF_BIRTH")]
    elif head == "ad":
        line, city, region, pc = _addr_parts_of(ctx, idx)
        part = args[0]
        if part == "full":
            out = [(join_address(ctx.country, (line, city, region, pc), "ml" in args), "ADDRESS")]
        else:
            out = {"street": [(line, "ADDRESS")], "city": [(city, "LOCATION")], "pc": [(pc, None)], "region": [(region, None)]}[part]
    elif head == "ul":
        out = [(_purl_own(ctx, ctx.person(idx), args[0]), "URL")]
    elif head == "em":
        out = [(_email_spoken(ctx, ctx.person(idx), args[0]), "EMAIL")]
    elif head == "uname":  # a user name made of both names: each part its own span
        p = ctx.person(idx)
        out = [(_slug(p.given_roman), "PERSON"), ({"dot": ".", "us": "_"}[args[0] if args else "dot"], None), (_slug(p.family_roman), "PERSON")]
    elif head == "login":  # a login or host name made of the given name
        out = [(_slug(ctx.person(idx).given_roman), "PERSON")]
    else:  # ng: not PII
        out = [(_NG[args[0]](r), None)]
    if "uc" in args:
        out = [(t.upper(), e) for t, e in out]
    ctx.cache[key] = out
    return out


_SG_MAIL = ("gmail.com", "singnet.com.sg", "yahoo.com.sg", "hotmail.sg")


def _sg_fill(ctx: Context, slot: str) -> _bv.Parts | None:
    """Singapore's people: e-mail domains and NRIC numbers that _blind_values has no table for."""
    kind, idx, args, key = _bv._split(slot)
    if kind not in ("email", "natid", "idname"):
        return None
    p = ctx.person(idx)
    ck = f"sg:{kind}{idx}@{key}"
    if ck not in ctx.cache:
        if kind == "email":
            first, last = _slug(p.given_roman), _slug(p.family_roman)
            local = ctx.rng.choice([f"{first}.{last}", f"{first}{last}{ctx.rng.randint(1, 99)}", f"{last}_{first}"])
            ctx.cache[ck] = [(f"{local}@{ctx.rng.choice(_SG_MAIL)}", "EMAIL")]
        else:
            nk = f"sg:natid{idx}@{key}"
            if nk not in ctx.cache:
                ctx.cache[nk] = [(_nric(ctx.rng, p), "NATIONAL_ID")]
                ctx.cache[f"sg:idname{idx}@{key}"] = [("NRIC", None)]
    return _bv._case(ctx.rng, ctx.cache[ck], args)


def fill(ctx: Context, slot: str) -> _bv.Parts:
    """corpus.py renders each set with its module's locale_for, Context and fill: this set's slots, then _blind_values'.
    A trailing :qp writes the same value urlencoded (a form body or a query string)."""
    if slot.endswith(":qp"):
        return [(urllib.parse.quote_plus(t, safe="") if e else t, e) for t, e in fill(ctx, slot[:-3])]
    if ctx.country == "SG":
        sg = _sg_fill(ctx, slot)
        if sg is not None:
            return sg
    return _my_fill(ctx, slot) or _bv.fill(ctx, slot)


# --- Templates ---------------------------------------------------------------------------------------------------------
# PII templates in English: household, allotments, clubs, health, school, money, travel, work, each its own layout.
_PII_EN: list[tuple[str, str]] = [
    ("en", "Can you tidy this into a polite email? 'hi {first}, the allotment committee says plot 14 is yours from {date:long}. key deposit is £20, bring it to {addr} any evening. my number is {phone} if the gate code doesnt work' - signed {name2}"),
    ("en-GB", "Seed swap sign-up sheet (please don't share outside the group)\n| Name | Email | Mobile | Bringing |\n|---|---|---|---|\n| {name} | {email} | {phone} | runner beans, chard |\n| {name2} | {email2} | {phone2} | tomato 'Gardener's Delight' |\nTurn the table into a short WhatsApp message."),
    ("en", "I run a wild swimming group. New member form came in:\nFull name: {name}\nDOB: {dob}\nEmergency contact: {name2} ({phone2})\nMedical: mild asthma, carries inhaler\nHome: {addr}\nWrite a friendly welcome reply that mentions the Sunday 7am dip at the lake."),
    ("en-US", "My piano tuner {name} wants to be paid by Zelle to {email} or {phone}. Is it normal to pay a tuner $140 for two hours? He's coming back on {date} to fix the sticky A key."),
    ("en", "Translate into Spanish for my cleaner: 'Hi {first}! The spare key is with {name2} at {addr2}. This week please skip the study. Money is on the fridge. Thank you!'"),
    ("en-GB", "escape room booking confirmation — can you check if they charged me twice?\nLead booker: {name}\nCard: {cc:sp} exp {exp}\nBooking ref {x:order}\nDate: {dt:wd} 19:30\nBilling postcode {ad:pc}"),
    ("en", "Draft a reference letter. My apprentice {name} (born {dob:long}) worked with me at {org:firm} from {date:long} until last month. She can be reached at {email}. Keep it under 200 words."),
    ("en-US", "Student loan servicer keeps asking me to re-verify. They want: SSN {sn:dash}, DOB {db:us}, the address on file ({addr}), my employer ({org:firm}) and my co-signer {name2}'s SSN {sn:dash@b}. Is it safe to send this by email to {wemail2}?"),
    ("en-US", "IRS letter says my SSN {sn:space} doesn't match my name {name:uc}. I got married on {date:long} and changed my surname. What form do I need?"),
    ("en-GB", "Parking appeal for the council. Vehicle keeper: {name}, {addrml}. PCN issued on {date:long} in {town}. I was unloading a wheelchair for my dad {first2}. Please make the appeal sound firm but polite."),
    ("en", "Noise complaint template? The neighbour at {addr} plays drums past midnight. I'm {name}, flat below. Council officer is {name2}, {email2}. Dates it happened: {date}, {date@b} and {date@c}."),
    ("en-AU", "lodger agreement draft pls. landlord {name}, lodger {name2} (DOB {dob2}), room at {addr}, rent $260/wk paid to BSB 633-000 acc {n:10000000:99999999}. start date {date:long}"),
    ("en-US", "Write a short bio for the chess club newsletter: {name}, 14, plays at {org:school}, rated 1650, coached by {name2}. Parents asked not to include the home address ({addr}) but you can link her lichess profile {purl:site}."),
    ("en", "Bouldering gym waiver scan (OCR is messy, clean it up):\nNAME: {namecaps:ocr}\nD.O.B: {db:dot}\nE-MAIL: {email}\nEMERGENCY: {name2} / {phone2:intl}\nSIGNED {dt:dot}"),
    ("en-GB", "Probate question. My late mother {name} died on {date:long}. Her bank was {org:bank}, account IBAN {ib:grp:GB}. The executor is my brother {name2} at {addr2}. What's the usual timescale?"),
    ("en", "Lasting power of attorney: donor {name}, date of birth {db:dmy}, address {addrml}\nAttorney 1: {name2}, {email2}\nCertificate provider: {name3}\nCan you explain what section 5 means in plain English?"),
    ("en-US", "Help me reply to this text from my ex: 'the kids passports are at my moms ({addr2}). pick them up before {date}. also u still owe me $300, venmo {purl:venmo}' — I want to be civil."),
    ("en-IE", "Writing to the county council about my boat licence renewal. Owner {name}, PPS {natid}, {addr}. Mooring at Lough Ree. Licence expired {date:long}."),
    ("en", "PADI card photo, can you read it back to me as text?\n{namecaps}\nBorn {db:mon}\nCert # {n:1000000:9999999}\nOpen Water Diver\nInstructor {name2}\nIssued {dt:mon}"),
    ("en-GB", "We're walking the Camino in May. Group list for the pilgrim office:\n1. {name} — passport {natid} — {dob:num}\n2. {name2} — passport {natid2} — {dob2:num}\nmeet at {town} station {date:long}. Format this neatly."),
    ("en-US", "My DNA kit results mention a match called {name2} ({email2}). My kit was registered to {name}, born {dob:long}, in {town}. Should I reply to her message?"),
    ("en", "Fertility clinic intake. Patient A: {name:f}, DOB {db:iso}, NHS/ID {natid}. Partner: {name2:m}, DOB {db2:iso}. Clinic: {org:clinic}. Summarise the questions I should ask at the first appointment on {date:long}."),
    ("en-GB", "physio referral letter for {name}, {dob:long}, {addr}. GP is Dr {last2} at {org:clinic}. NHS number {natid:nhs}. Left knee ACL reconstruction {date}. Rewrite as bullet points."),
    ("en", "Allergy action plan for school trip.\nChild: {name3:kid}\nDOB: {dob3}\nAllergy: peanuts (anaphylaxis), carries 2 auto-injectors\nParent: {name} {phone}\nSchool: {org:school}\nTrip date: {date:long}\nMake it fit on one page."),
    ("en-US", "Visa sponsorship letter for our new hire {name}, born {db:mdy}, passport {natid}, starting {date:long} as a data analyst at {org:firm}. HR contact is {name2} ({wemail2}). Draft it formally."),
    ("en-IN", "Please convert this remittance slip to a table.\nSender: {name}, Aadhaar {natid:aadhaar}, mobile {phone}\nBeneficiary: {name2}, IBAN {ib:grp:DE}\nAmount: INR 85,000\nPurpose: family maintenance\nDate: {date:num}"),
    ("en-KE", "Our chama (savings group) records for this month — who hasn't paid?\n{name}, {phone}, paid 5000\n{name2}, {phone2}, paid 0\n{name3}, {phone3}, paid 5000\nTreasurer: {name4}, KRA PIN {natid4}"),
    ("en", "Insurance subrogation letter: our insured {name} ({addr}) was hit by a vehicle driven by {name2} on {date:long} at about 5pm near {town}. Claim number {x:ticket}. Third party insurer email {email2}. Tighten the wording."),
    ("en-US", "Payroll correction request for {name}, employee ID {n:10000:99999}, SSN {sn:dash}. Direct deposit should go to routing {ng:routing}, account {n:100000000:999999999}. Effective {date:us}. Write the HR ticket."),
    ("en", "A customer wants a refund: \"I was charged twice on my card {cc:dash} for order {x:order}. My name is {name}, email {email}. Please refund to the same card.\" Write a reply confirming we'll process it in 5-10 days."),
    ("en-GB", "Chargeback evidence for Stripe. Customer {name}, {email}, shipping address {addr}, IP at checkout {ip:pub}, card ending {last4}. Delivery confirmed {date:long}. Write the evidence summary."),
    ("en", "My hardware wallet recovery sheet got wet, can you help me re-type it? The words were: {k:bip39}. The PIN was {k:pin6}. Also is it bad that I'm pasting this here?"),
    ("en", "Help me write a will clause leaving my bike and guitar to my nephew {name2}, who lives at {addr2}. I'm {name}, born {dob:long}."),
    ("en-CA", "Can you check the SIN format? Mine is {natid} and the bank form box only has 9 squares. Name: {name}, DOB {db:iso}, address {addr}."),
    ("en-AU", "Centrelink letter says I need to update my TFN. It's {natid}. Name {name}, {addrml}. Mobile {phone}. Can you write the message for the online form?"),
    ("en-NZ", "IRD wants my details for the student loan overseas-based repayment. IRD number {natid}, name {name}, new address {addr}, email {email}. Write a short cover note."),
    ("en-ZA", "SARS eFiling asks for my ID number {natid} and bank details. Account holder {name}, bank {org:bank}, branch code 250655, acc {n:1000000000:9999999999}. Is 250655 the universal branch code for FNB?"),
    ("en-NG", "Pls help me fix this BVN update letter: I, {name}, NIN {natid}, residing at {addr}, hereby request correction of my date of birth from {date:num} to {dob:num}. Phone {phone}."),
    ("en-PH", "Help me fill in the PhilHealth member form. Name {rev}, born {dob:long}, TIN {natid}, address {addr}, mobile {phone}, employer {org:firm}."),
    ("en-MY", "Draft a letter to the bank: I, {name}, MyKad {natid}, of {addr}, would like to close account at {org:bank}. Balance to be transferred to my son {name2}."),
    ("en-SG", "Helping my mum with the CPF nomination form. Her NRIC is {natid}, she's {name}, born {dob:long}, living at {addr}. Nominee: me, {name2}, {email2}. What's the process?"),
    ("en-US", "Resend this to our tax preparer {name2}: W-2 for {name}, SSN {sn:plain}, employer {org:firm}, wages $58,214.33. Spouse {name3}, SSN {sn:dash@b}. Home {addr}."),
    ("en-US", "Credit freeze note for my files:\nEquifax PIN: {k:pin6}\nExperian PIN: {k:pin6@b}\nName: {name}\nSSN: {sn:dash}\nDOB: {db:us}\nCan you turn this into a checklist of what to do when I want to apply for a mortgage?"),
    ("en-US", "Fill-in-the-blanks for the identity theft report:\nVictim: {name}\nSSN: {ssn}\nDate of birth: {dob}\nAddress: {addrml}\nFraudulent account opened on {date} at {org:bank}\nPhone: {phone}"),
    ("en-US", "Voice note transcript, clean it up: \"hey it's {first} um so for the daycare form they need my social which is {sn:spaced} and the baby's birthday which is {dob3:baby}, and the pediatrician is doctor {last2} at {org:clinic}\""),
    ("en-US", "From the 1099 OCR:\nRECIPIENT'S TIN {sn:dash}\nRECIPIENT'S name {name:uc}\nStreet address {ad:street:uc}\nCity {ad:city:uc}, {ad:region} {ad:pc}\nPAYER {org:firm}\nWhy is box 7 empty?"),
    ("en-US", "Our HR system exported this CSV, I need it sorted by hire date:\nname,ssn,hire_date,email\n{name},{sn:plain},{date:iso},{wemail}\n{name2},{sn:plain@b},{date:iso@b},{wemail2}\n{name3},{sn:plain@c},{date:iso@c},{wemail3}"),
    ("en-US", "Does this W-9 look right? Name: {name}. Business name: {org:firm}. SSN: {sn:dot}. Address: {addr}. Signature date {dt:us}."),
    ("en-US", "medicaid renewal: household members\n- {name} (self), SSN {sn:dash}, DOB {db:us}\n- {name2} (spouse), SSN {sn:dash@b}, DOB {db2:us}\n- {name3:kid} (child), DOB {db3:us}\nincome 3,100/mo. what documents do I need?"),
    ("en-US", "Can you explain this letter? \"Dear {name}, we were unable to verify the Social Security number ending in {ng:maskssn} you provided\"... but the number I gave them was {sn:endash}. My DOB is {dob}."),
    ("en-US", "SQL for the intern to run:\nINSERT INTO employees (full_name, ssn, dob, email) VALUES ('{name}', '{sn:dash}', '{db:iso}', '{wemail}');\nWhy does it fail with 'value too long for type character(9)'?"),
    ("es-US", "Necesito ayuda con la solicitud de cupones de alimentos. Nombre: {name}. Número de Seguro Social: {sn:dash}. Fecha de nacimiento: {db:us}. Dirección: {addr}. Teléfono: {phone}."),
    ("en-US", "Rental application from {name}:\nSSN: {sn:slash}\nCurrent address: {addr}\nLandlord reference: {name2}, {phone2}\nEmployer: {org:firm}\nIs slashes in an SSN a red flag for a fake application?"),
    ("en-GB", "Can you spot what's wrong with this direct debit form? Account holder {name}, sort code {ng:sortcode}, IBAN {ib:plain:GB}, address {addr}, signed {date:num}."),
    ("en", "Invoice for my freelance illustration — please make it look professional:\nFrom: {name}, {addr}, {email}\nTo: {org:firm}\nAmount: €1,250\nPay to IBAN {ib:grp:NL} (BIC INGBNL2A)\nDue {date:long}"),
    ("en-XX", "My landlord in {town} sent bank details for the deposit: IBAN {ib:lower}, account name {name}. The letters are in lower case, is that still valid?"),
    ("en", "Our savings circle pays out each month to a different member. This month it's {name2}. Send 200 to {ib:grp} (reference CIRCLE {n:1:12}). Draft the group message from me, {first}."),
    ("en-IE", "Reply to the crèche: our son {first3:kid} starts on {date:long}. Direct debit from {iban:IE}, account holder {name}. Collection contacts: {name}, {phone}; {name2}, {phone2}."),
    ("en", "Pawnshop receipt OCR:\nCUSTOMER {namecaps}\nID {natid:ocr}\nITEM 18ct gold ring\nLOAN 400.00\nDUE {dt:dot}\nWhat's the APR if the fee is 40?"),
    ("en-XX", "I'm moving to {town} for work. The relocation company needs: name {name}, {idname} {natid}, date of birth {dob}, new address {addr}. Can you write the email to them?"),
    ("en-XX", "German colleague's details for the conference badge: {name}, {email}, {org:firm}. Her tax ID {natid} was accidentally in the spreadsheet too - which columns should I delete before sharing?"),
    ("en", "my password manager export (csv) looks broken, can you fix the quoting?\nname,url,username,password\nbank,https://online.{org:bank}.example,{email},{pw:random}\nmail,https://mail.example.org,{email},{pw:phrase}\nwifi,,home,{pw:wifi}"),
    ("en-US", "Background check consent (typed from the paper form): applicant {name}, SSN {sn:space}, DOB {db:us}, current address {addr}, previous address {addr2}, driver licence state {ad:region}. Does the FCRA let them keep this for 7 years?"),
    ("en", "The router label says SSID FibreHome-{n:1000:9999} and WPA key {k:wpa}. Write a little card for guests with the wifi details and house rules."),
    ("en", "Here's our Home Assistant secrets.yaml, why is the MQTT connection refused?\n```yaml\nmqtt_user: homeassistant\nmqtt_password: {pw:urlsafe}\nlatitude: 54.3\nlongitude: -2.7\nowntracks_secret: {k:hex32}\n```"),
    ("en", "Pi-hole admin page on {ip:priv} keeps logging me out. My setupVars.conf has WEBPASSWORD={k:psk} and the router is {ip:priv@b}. Any idea?"),
    ("en", "OPNsense WireGuard peer config, the tunnel is up but no traffic:\n[Interface]\nPrivateKey = {tok:wg}\nAddress = 10.8.0.2/32\n[Peer]\nPublicKey = {x:vapidpub}\nEndpoint = {ip:pub}:51820\nAllowedIPs = 0.0.0.0/0"),
    ("en", "Proxmox API call returns 401:\ncurl -k -H 'Authorization: PVEAPIToken=root@pam!backup={k:snyk}' https://{ip:priv}:8006/api2/json/nodes"),
    ("en", "UniFi controller log snippet, who is this client?\n{date:iso} 21:14:07 STA {x:mac} associated, hostname '{login}-iphone', ip {ip:priv}\n{date:iso} 21:14:09 DHCP ack {ip:priv} to {x:mac}"),
    ("en", "SFTP drop for the payroll files isn't working:\nsftp -oPort=2222 payroll@{ip:pub}\npassword: {pw:random}\nThe vendor contact is {name} ({wemail}). What should I check first?"),
    ("en", "dbt profiles.yml, the connection to Snowflake fails with 'incorrect username or password':\n```\nanalytics:\n  outputs:\n    prod:\n      type: snowflake\n      account: xy{n:10000:99999}.eu-west-1\n      user: {uname:dot}\n      password: {pw:random}\n      role: TRANSFORMER\n```"),
    ("en", "Airflow connection string from our env, is the format right?\nAIRFLOW_CONN_WAREHOUSE='postgres://{cred:etl}@{ip:priv}:5432/warehouse?sslmode=require'"),
    ("en", "BigQuery service account JSON, the loader says invalid_grant:\n{{\n  \"type\": \"service_account\",\n  \"project_id\": \"analytics-{n:100000:999999}\",\n  \"private_key_id\": \"{x:sha}\",\n  \"private_key\": \"{pemjson}\",\n  \"client_email\": \"loader@analytics.iam.gserviceaccount.com\"\n}}"),
    ("en", "Fastlane Appfile and env, match keeps asking for a password:\napple_id(\"{email}\")\nMATCH_PASSWORD={pw:phrase}\nFASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={k:applepw}"),
    ("en", "gradle.properties (Android signing) — why does the release build say 'keystore was tampered with'?\nRELEASE_STORE_FILE=upload.jks\nRELEASE_STORE_PASSWORD={pw:random}\nRELEASE_KEY_ALIAS=upload\nRELEASE_KEY_PASSWORD={pw:random@b}"),
    ("en", "Laravel .env from the staging box, queue workers crash on boot:\nAPP_NAME=Clinicbook\nAPP_KEY=base64:{k:appkey}\nDB_HOST={ip:priv}\nDB_USERNAME=clinicbook\nDB_PASSWORD={pw:urlsafe}\nMAIL_FROM_ADDRESS={wemail}"),
    ("en", "Rails console output, what does this mean?\n> Rails.application.credentials.secret_key_base\n=> \"{tok:hex128}\"\n> User.find_by(email: '{email}').last_sign_in_ip\n=> \"{ip:pub}\""),
    ("en", "Django settings from a friend's project — is anything here dangerous to commit?\nSECRET_KEY = '{tok:django}'\nDEBUG = True\nADMINS = [('{name}', '{email}')]\nEMAIL_HOST_PASSWORD = '{pw}'"),
    ("en", "Spring Boot application.properties:\nspring.datasource.url=jdbc:postgresql://{ip:priv}:5432/orders\nspring.datasource.username=orders_app\nspring.datasource.password={pw:random}\nspring.mail.username={wemail}\nWhy does Hikari time out?"),
    ("en", ".NET appsettings.json, the connection string isn't being picked up:\n{{\n  \"ConnectionStrings\": {{\n    \"Default\": \"Server=tcp:{ip:pub},1433;Database=Billing;User Id=billing_rw;Password={pw:random};Encrypt=True;\"\n  }}\n}}"),
    ("en", "terraform plan fails with 401. Here's ~/.terraform.d/credentials.tfrc.json:\n{{\"credentials\": {{\"app.terraform.io\": {{\"token\": \"{tok:tfc}\"}}}}}}"),
    ("en", "Kubernetes secret won't decode, I think the base64 is wrong:\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db-creds\ndata:\n  username: YXBw\n  password: {k:k8spw}"),
    ("en", "kubeconfig from the old cluster, kubectl says 'unable to load client key':\nusers:\n- name: {login}-admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t\n    client-key-data: {k:kubeb64}"),
    ("en", "OpenVPN client profile won't connect, here's the bottom part:\nremote {ip:pub} 1194 udp\n<tls-auth>\n{k:ovpn}\n</tls-auth>\nkey-direction 1"),
    ("en", "Supabase edge function gets 'JWT expired':\nconst supabase = createClient('https://{n:10000:99999}abcd.supabase.co', '{k:supa}')\nThe user is {email}."),
    ("en", "PlanetScale connection in Prisma:\nDATABASE_URL=\"mysql://{uname:us}:{k:pscale}@aws.connect.psdb.cloud/shop?sslaccept=strict\"\nprisma db push says access denied."),
    ("en", "Databricks CLI config (~/.databrickscfg):\n[DEFAULT]\nhost = https://adb-{n:1000000000:9999999999}.7.azuredatabricks.net\ntoken = {k:dapi}\nWhy does it say 'invalid access token'?"),
    ("en", "sentry-cli upload fails, my .sentryclirc is:\n[auth]\ntoken={k:sntrys}\n[defaults]\norg=clinicbook\nproject=web"),
    ("en", "Postman collection export has this in the auth section, should I rotate it?\n\"apikey\": [{{\"key\": \"value\", \"value\": \"{k:postman}\"}}]"),
    ("en", "Contentful migration script, 'access token invalid':\nexport CONTENTFUL_MANAGEMENT_TOKEN={k:contentful}\nexport SPACE_ID={x:rzpid}\nnpx contentful space import --content-file export.json"),
    ("en", "Typeform webhook handler, the responses show the person's name as {name} and email {email}. Our token is {k:typeform}. How do I paginate /responses?"),
    ("en", "Square sandbox vs production — this is the production one, right?\nSQUARE_ACCESS_TOKEN={k:square}\nSQUARE_LOCATION_ID=L{x:pnr}"),
    ("en", "heroku auth token changed format? `heroku auth:token` now prints {k:heroku} — is HRKU- the new prefix?"),
    ("en", "Dynatrace OneAgent install command from our runbook:\nwget -O installer.sh \"https://abc{n:10000:99999}.live.dynatrace.com/api/v1/deployment/installer/agent/unix/default/latest?Api-Token={k:dynatrace}&arch=x86\""),
    ("en", "CI env dump (GitHub Actions), which of these are secrets?\nSNYK_TOKEN={k:snyk}\nNODE_VERSION=20\nGITHUB_RUN_ID={x:epoch}\nNPM_TOKEN={tok:npm}\nBUILD_SHA={x:sha}"),
    ("en", "Why does `git push` say authentication failed?\n$ cat ~/.git-credentials\nhttps://{login}:{tok:ghp}@github.com\nhttps://oauth2:{tok:glpat}@gitlab.{n:10:99}bits.net"),
    ("en", "GitHub App installation token expires after an hour, our script caches it like:\n{{\"token\":\"{k:ghs}\",\"expires_in\":3600}}\nHow do I refresh it?"),
    ("en", "Trigger a GitLab pipeline from cron:\ncurl -X POST -F token={k:glptt} -F ref=main https://gitlab.example.com/api/v4/projects/42/trigger/pipeline\nwhy 404?"),
    ("en", "Shipping label script, Shippo returns 401:\nheaders = {{'Authorization': 'ShippoToken {k:shippo}'}}\nto_address = {{'name': '{name}', 'street1': '{ad:street}', 'city': '{ad:city}', 'email': '{email}'}}"),
    ("en", "Mailgun send fails for {email}. Code:\nrequests.post('https://api.eu.mailgun.net/v3/mg.clinicbook.app/messages', auth=('api', '{k:mailgun}'), data=...)"),
    ("en", "Facebook page token stopped working:\ncurl 'https://graph.facebook.com/v19.0/me/accounts?access_token={k:fb}'\nThe page admin is {name}."),
    ("en", "Replicate and NVIDIA keys in my notebook - which env var names does the SDK expect?\nREPLICATE_API_TOKEN = \"{k:r8}\"\nNVIDIA_API_KEY = \"{k:nvapi}\""),
    ("en-US", "HSA enrollment export, fix the columns so it imports:\nemployee_name|ssn|dob|plan\n{name}|{sn:plain}|{db:iso}|HDHP-2\n{name2}|{sn:dash@b}|{db2:iso}|HDHP-1"),
    ("en", "AWS creds from `aws configure export-credentials`, the session keeps expiring:\n{{\"AccessKeyId\": \"{tok:aws_id}\", \"SecretAccessKey\": \"{tok:aws_secret}\", \"SessionToken\": \"{k:awssess}\"}}"),
    ("en", "My 2FA backup codes (from the bank): {k:rc} {k:rc@b} {k:rc@c} {k:rc@d}. And the TOTP seed {k:totp}. Where should I store these safely?"),
    ("en", "Authenticator migration - the QR decoded to:\notpauth://totp/{org:bank}:{email:qp}?secret={k:totp}&issuer=Bank&digits=6\nHow do I import this into a new phone?"),
    ("en", "The setup page shows this key to type in manually: {k:totpg}. It's for {email}. Which app should I use?"),
    ("en", "Slack incoming webhook in our alert script — is it fine to have it in the repo?\nSLACK_URL=https://hooks.slack.com/services/T0{x:pnr}/B0{x:pnr@b}/{k:slackhook}"),
    ("en", "Discord webhook for the game server alerts:\nWEBHOOK=https://discord.com/api/webhooks/{n:100000000000000000:999999999999999999}/{k:dischook}\nHow do I add an embed?"),
    ("en", "Cookie from my browser devtools, support asked for it to debug my login (I'm {email}):\nsessionid={k:djsess}; csrftoken={x:md5}\nshould I send it?"),
    ("en", "Express app session cookie looks like this: connect.sid={k:connectsid} — how do I make it HttpOnly and SameSite=Lax?"),
    ("en", "Azure blob link with SAS, it's expired, how do I make one that lasts a week?\nhttps://clinicbookstore.blob.core.windows.net/exports/{last}_records.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-06-30T00:00:00Z&sig={k:sas}"),
    ("en", "Azure storage connection string for the function app:\nDefaultEndpointsProtocol=https;AccountName=clinicbookstore;AccountKey={tok:azure_key};EndpointSuffix=core.windows.net"),
    ("en", "Here's my ~/.pgpass, psql still prompts for a password:\n{ip:priv}:5432:reports:{login}:{pw:urlsafe}\n*:*:*:postgres:{pw:word}"),
    ("en", ".netrc for the private PyPI mirror:\nmachine pypi.{n:10:99}labs.internal\n  login {login}\n  password {pw:random}\npip install still says 401."),
    ("en", "docker ~/.docker/config.json after login, can I delete the auth field?\n{{\"auths\": {{\"registry.clinicbook.app\": {{\"auth\": \"{basic}\"}}}}}}"),
    ("en", "MongoDB URI for the analytics cluster:\nmongodb+srv://{cred:analytics}@cluster1.{x:pnr}.mongodb.net/prod?retryWrites=true\nDo I need to URL-encode special characters in the password?"),
    ("en", "redis-cli -h {ip:priv} -p 6379 -a '{pw:random}' ping\nWarning: Using a password with '-a' option on the command line may not be safe. How do I avoid that?"),
    ("en", "shell history from the jump box, what did the previous admin do?\n  101  ssh {login}@{ip:pub}\n  102  mysql -u root -p'{pw:leet}' -e 'show databases'\n  103  sshpass -p '{pw:word}' scp dump.sql backup@{ip:pub@b}:/srv\n  104  exit"),
]

_PII_EN_MORE: list[tuple[str, str]] = [
    ("en", "Clean up my CV header: {name} | {town} | {phone} | {email} | {ul:li} | {ul:gh}. Make it one line that fits an A4 page."),
    ("en", "Podcast show notes: this week's guest is {name}, a beekeeper from {town}. Find her at {ul:linktree} and support the show at {ul:kofi}. Make the notes punchier."),
    ("en", "Can you summarise this researcher's profile for my intro email? {name}, postdoc at {org:firm}, {ul:scholar} and {ul:rg}. I'll cc {name2} ({email2})."),
    ("en", "I uploaded the wedding photos here: {ul:photos} and the video is on {ul:gdoc} (the running order). Write a message to {first2} asking her to pick 20 for the album."),
    ("en", "Shared album for the family reunion {ul:icloud} — mum ({name2}) can't open it on Android. What's the workaround?"),
    ("en", "Here's the WeTransfer link with my passport scan for the estate agent: {ul:wetransfer}. Agent is {name2}, {wemail2}. Is it OK to send it like this?"),
    ("en", "Recurring tutoring lesson link for {first3:kid}: {ul:zoom}. Tutor {name2}. Write a calendar description with the link."),
    ("en", "Customer WhatsApp'd us from {ul:wa} about order {x:order}. His name is {name}. Write a reply template."),
    ("en", "Telegram group for the bouldering crew: {ul:tme} (admin {name}). Draft the pinned message with rules."),
    ("en", "why does this unsubscribe link still email me? {ul:unsub}"),
    ("en", "Airline sent me this link to change my seat, it has my surname in it: {ul:manage}. Is that a privacy problem? I'm {name}, flying {dt:air}."),
    ("en", "My daughter's art account {ul:tiktok} got 10k followers and strangers DM her. She's {first3:kid}, 13. How do we lock it down?"),
    ("en", "Book club list, add a column for who's hosting:\n- {name} — {ul:goodreads}\n- {name2} — {email2}\n- {name3} — {phone3}"),
    ("en-US", "Our e-file got rejected (IND-031). Primary {name}, SSN {sn:plain}; spouse {name2}, SSN {sn:plain@b}; dependent {name3:kid}, SSN {sn:plain@c}, born {db3:us}. Is the AGI from last year wrong?"),
    ("en", "My onedrive link for the apprenticeship portfolio {ul:onedrive} – make an email to my assessor {name2} asking her to comment by {date:long}."),
    ("en", "Translate to French for our hosts: 'We are {name} and {name2}, arriving in {town} on {date:long}, leaving {date:long@b}. My mobile is {phone:intl}.'"),
    ("en-XX", "Booking form for a holiday flat in {town}: guest {name}, {idname} {natid}, born {dob}, home address {addr}. Translate the owner's reply below into English: 'Grazie, a presto!'"),
    ("en", "Travel insurance claim: trip to {town} cancelled on {date:long} because my father {name2} was admitted to {org:clinic}. Policy holder {name}, DOB {db:dmy}, email {email}. Write the cover letter."),
    ("en", "Expense report, make it a table:\n{dt:mon} taxi {town} to airport £38\n{dt:mon@b} hotel (guest {name}) £212\ncard used {cc:sp} (corporate)\nApprover {name2}"),
    ("en-GB", "School trip consent slip — type it up neatly:\nPupil: {name3:kid}  Class 6B\nDate of birth: {db3:dot}\nTrip: Eden Project, {date:long}\nParent/carer: {name}  Mob: {phone}\nGP: {org:clinic}\nNHS no: {natid3:nhs}"),
    ("en", "Exam resit request to the exam office. Candidate {name}, candidate no. {n:1000:9999}, DOB {dob:long}, email {email}. I missed the {date:long} paper because I was in hospital in {town}."),
    ("en", "Eye test results to forward to my optician: patient {name}, DOB {db:iso}, practice {org:clinic}. R -2.25 / -0.50 x 180, L -2.00. Next test {dt:mon}."),
    ("en", "IVF cycle calendar, make it a table: stims start {dt:dmy}, scan {dt:dmy@b}, egg collection {dt:dmy@c}. Patient {name}, hospital no. {x:ticket}, clinic contact {name2} {phone2}."),
    ("en", "Draft an email to {org:school} for my son {name3:kid} (born {db3:dmy}) explaining he'll miss {date:long} for a hospital appointment. Signed {name}."),
    ("en", "Sign-language class register:\n{name} {email}\n{name2} {email2}\n{name3} {email3}\nPlease write a reminder that next week's class moves to the library in {town}."),
    ("en", "Pet fostering application: {name}, {addr}, {phone}. Landlord permission from {name2}. Vet: {org:clinic}. Other pets: one cat. Make it sound responsible."),
    ("en", "Chess tournament pairings export:\nRound 3 — board 1: {name} (FIDE {n:400000:999999}) vs {name2}\nboard 2: {name3} vs {name4}\nTD: {name5}, {email5}\nFormat as a markdown table."),
    ("en", "vCard I want to import, why does my phone reject it?\nBEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL;TYPE=CELL:{phone:e164}\nEMAIL:{email}\nADR;TYPE=HOME:;;{ad:street};{ad:city};;{ad:pc};\nBDAY:{db:iso}\nEND:VCARD"),
    ("en", "ics file from the dentist, the time shows wrong:\nBEGIN:VEVENT\nSUMMARY:Check-up {name}\nDTSTART:{dt:compact}T091500\nLOCATION:{org:clinic}, {town}\nORGANIZER;CN={name2}:mailto:{wemail2}\nEND:VEVENT"),
    ("en", "Markdown table of the volunteer rota, please add a 'confirmed' column:\n| Date | Volunteer | Phone |\n|---|---|---|\n| {date:short} | {name} | {phone} |\n| {date:short@b} | {name2} | {phone2} |\n| {date:short@c} | {name3} | {phone3} |"),
    ("en", "HTML form submission from our site, why is the date empty?\n<input name=\"full_name\" value=\"{name}\">\n<input name=\"email\" value=\"{email}\">\n<input name=\"dob\" value=\"{db:iso}\">\n<input name=\"start\" value=\"\">"),
    ("en", "XML from the booking system, extract guest name and arrival:\n<booking id=\"{x:order}\"><guest><name>{name}</name><email>{email}</email><phone>{phone}</phone></guest><arrival>{date:iso}</arrival><city>{town}</city></booking>"),
    ("en", "TOML config for my little CRM script:\n[owner]\nname = \"{name}\"\nemail = \"{email}\"\n[smtp]\nhost = \"smtp.{n:10:99}mail.net\"\npassword = \"{pw:random}\""),
    ("en", "LaTeX letterhead, the address lines don't align:\n\\begin{{letter}}{{{name2}\\\\ {ad2:street}\\\\ {ad2:city} {ad2:pc}}}\n\\opening{{Dear {first2},}}\nFrom: {name}, {email}"),
    ("en", "git diff, I accidentally committed this, how do I purge it from history?\n-STRIPE_KEY=\n+STRIPE_KEY={tok:stripe}\n+OWNER_EMAIL={email}"),
    ("en", "Support ticket #{x:ticket}\nFrom: {name} <{email}>\nSubject: can't log in\nI tried from {ip:pub} and then from my phone {ip:v6}. Last successful login {date:long}.\nWrite a reply asking her to reset the password."),
    ("en", "nginx access log lines, which client is hammering the login endpoint?\n{ip:pub} - - [{dt:mon}:10:01:22 +0000] \"POST /login HTTP/1.1\" 401\n{ip:pub@b} - - [{dt:mon}:10:01:23 +0000] \"POST /login HTTP/1.1\" 200\n{ip:pub} - - [{dt:mon}:10:01:24 +0000] \"POST /login HTTP/1.1\" 401"),
    ("en", "fail2ban banned {ip:pub} and {ip:pub@b}, but the second one is my home IP. How do I whitelist it permanently?"),
    ("en", "My home IP changed from {ip:pub} to {ip:pub@b} and now the office VPN rejects me. I'm {name} in accounts. Write the IT ticket."),
    ("en", "sshd auth.log:\nAccepted publickey for {login} from {ip:v6} port 51122 ssh2\nFailed password for root from {ip:pub} port 40022 ssh2\nIs the first line me logging in from home?"),
    ("en", "Server access request: please add {name} ({wemail}) to the bastion allow-list, source IP {ip:pub}/32, until {date:long}."),
    ("en", "Email headers, was this really sent from my boss {name2}?\nReceived: from [{ip:pub}] by mx.{n:10:99}mail.net\nFrom: \"{name2}\" <{email2}>\nReply-To: {email2@x}\nDate: {dt:wd} 09:12"),
    ("en", "X-Forwarded-For: {ip:pub}, {ip:priv}\nUser: {email}\nOur app logs the first IP as the user's. Is that right when we're behind Cloudflare?"),
    ("en", "Game server whitelist:\n{{\"players\": [{{\"name\": \"{first}_{n:10:99}\", \"ip\": \"{ip:pub}\"}}, {{\"name\": \"{first2}\", \"ip\": \"{ip:pub@b}\"}}]}}\nWhy can't the second one join?"),
    ("en", "Smart doorbell app shows a login from {ip:pub} in {town@b} on {date:long} — I'm {name} and I've never been there. What do I do?"),
    ("en", "Write an email to my bank: someone used my card {cc:dash} at a shop in {town@b} on {date:long}. I still have the card. Name {name}, mobile {phone}."),
    ("en", "voice assistant transcript, clean up the numbers: \"okay so the card number is {cc:comma} expiry {exp} and the name on the card is {holder}\""),
    ("en", "Hotel checkout receipt — is the full card number supposed to be printed?\nGUEST: {holder}\nVISA {cc:plain:visa}\nAUTH {n:100000:999999}\nDATE {dt:dot}"),
    ("en", "The booking website shows my card as {ng:masked} but the confirmation email had the whole thing: {cc:sp}. Name {name}. Should I cancel the card?"),
    ("en", "Copy-pasted from my banking app (the spaces look weird): {cc:nbsp}, valid thru {exp}, {holder}. Is this the debit or credit card number?"),
    ("en", "Corporate card list for finance, sort by surname:\nHolder;Card;Limit\n{rev};{cc:dsp};5000\n{name2};{cc:dsp@b};2500\n{name3};{cc:oct};1000"),
    ("en", "POS terminal slip OCR:\nCARDHOLDER {holder}\nPAN {cc:oct}\nEXP {exp}\nAMOUNT 64.20\nWhy does it show the full number?"),
    ("en", "Split across the form fields:\nCard number (line 1): {cc:split}\nName: {holder}\nBilling address: {addr}\nCan you tell me if this amex number is complete?"),
    ("en", "Check my maths on this statement:\nCard {cc:pipe}\n{dt:mon} Tesco 42.10\n{dt:mon@b} Shell 60.00\n{dt:mon@c} Refund -12.99\nHolder {name}"),
    ("en", "Amex for the team offsite: {cc:sp:amex}, CID {cvv}, {holder}. Book the restaurant in {town} for {date:long}."),
    ("en", "My dad wrote his card number on a sticky note like {cc:dash:mc} with the PIN {k:pin4} underneath. How do I explain to him why that's a bad idea?"),
    ("en", "Split the bill message for the group chat: I paid with my card {cc:plain}. {first2} owes £34, {first3} owes £29. My sort code/account for bank transfer: {ng:sortcode} / {n:10000000:99999999}."),
    ("en", "Charity direct debit form OCR:\nNAME {namecaps}\nADDRESS {ad:street:uc}\nTOWN {ad:city:uc}\nPOSTCODE {ad:pc}\nIBAN {ib:split:GB}\nSIGNATURE ________"),
    ("en", "Client's bank change notice — is it a scam? 'Dear partner, from {date:long} please pay all invoices to our new account {ib:plain} at {org:bank}. Regards, {name2}, Accounts'"),
    ("en", "Salary transfer JSON for our payroll API:\n{{\"employee\": \"{name}\", \"iban\": \"{ib:plain}\", \"amount\": 3120.55, \"reference\": \"SAL {n:1:12}/2025\", \"email\": \"{wemail}\"}}"),
    ("en", "Rent split for our flat — make it a table:\nLandlord IBAN: {ib:grp}\n{name}: 650\n{name2}: 650\n{name3}: 480 (box room)\nDue on the {dt:ord}"),
    ("en", "Refund to {ib:lowgrp} for {name}, booking {x:order}. Customer wrote the IBAN in lower case — will SEPA accept it?"),
    ("en", "CSV import keeps failing on the IBAN column:\nname;iban;bic\n{name};{ib:dash};{x:bic}\n{name2};{ib:plain@b};{x:bic}"),
    ("en-XX", "My tenant in {town} pays rent from {iban}. Her name is {name}, phone {phone}. Write a friendly reminder that rent is late."),
    ("en-ES", "Translate my Spanish colleague's message: she asks me to send the deposit to {ib:grp:ES}, holder {name}, and to email the receipt to {email}."),
    ("en-NL", "Dutch friend's details for the shared holiday kitty: {name}, {iban:NL}, {phone}. Write a message to the others with how to pay."),
    ("en-PL", "Polish builder's invoice says: {name}, PESEL {natid}, konto {ib:grp:PL}, address {addr}. Which parts does my accountant actually need?"),
    ("en-IT", "Italian tenancy form asks for codice fiscale. My flatmate is {name}, CF {natid}, born {dob} in {town}. Check if the format is right."),
    ("en-XX", "Scan of my colleague's residence permit (typed out): surname {last:uc}, given names {first}, born {dob}, {idname} {natid}, address {addr}. Which fields are mandatory for the HR system?"),
    ("en-SE", "My Swedish partner's personnummer is {natid}. The Danish clinic form wants CPR. Can we use her personnummer instead? Her name is {name}."),
    ("en", "Estonian e-residency card details for the company registry: {name}, isikukood {nid:ee}, born {db:iso}. Company address {addr}."),
    ("en", "My Chilean colleague {name} needs his RUT on the invoice: {nid:cl}. Address {addr}. Write the invoice header."),
    ("en", "Iceland trip — the guesthouse asks for kennitala. My friend has one from working there: {nid:is} ({name}). I don't have one, what do I put?"),
    ("en", "Slovenian EMŠO for the conference registration: {name}, {nid:si}, email {email}. Is the EMŠO checksum in the last digit?"),
    ("en-SG", "For the tenancy agreement: tenant {name}, NRIC {nid:sg}, contact {phone}, current address {addr}."),
    ("en-GB", "Self assessment: my UTR is {nid:utr}, NI number {natid:nino}. Name {name}, {addr}. Write a short letter to HMRC asking for a payment plan."),
    ("en-GB", "passport renewal countersignatory details: {name}, {addr}, {phone}, knows applicant {name2} for 6 years. Applicant DOB {db2:dmy}. Is this filled correctly?"),
    ("en", "MRZ from my passport scan, check the check digits please:\n{mrz}"),
    ("en-GB", "DVLA letter: driver {name}, date of birth {dob:long}, address {addr}. Need to notify change of address to {addr2}. What's the quickest way?"),
    ("en-US", "Jury duty deferral email. Juror {name}, juror number {n:100000:999999}, SSN {sn:dash}, DOB {db:mdy}, home {addr}. I'm travelling to {town@b} on {date:long}."),
    ("en-US", "Car dealership credit app, does this look complete? Buyer {name}, SSN {sn:endash}, DOB {db:us}, {addr}, employer {org:firm}, monthly income $4,800, co-buyer {name2}, SSN {sn:endash@b}."),
    ("en-CA", "Daycare subsidy form: parent {name}, SIN {natid}, child {name3:kid} born {db3:iso}, address {addr}. Which supporting documents does Ontario want?"),
    ("en-AU", "Medicare claim email: patient {name}, DOB {db:dot}, {addr}. Provider {org:clinic}, service date {dt:dot}. Bank for refund BSB 062-000 acc {n:10000000:99999999}."),
    ("en-IN", "Gym membership form, make it a neat table: Name {name}, PAN {natid:pan}, DOB {dob:num}, Mobile {phone}, Email {email}, Address {addr}"),
    ("en-NG", "Write a cover letter for {name}, NYSC corps member, state code {x:pnr}, from {town}, email {email}, phone {phone}, applying to {org:firm}."),
    ("en-PH", "Balikbayan box sender form: {name}, {addr}, {phone}. Receiver: {name2}, {addr2}, {phone2}. Declared contents: clothes, chocolates."),
    ("en-KE", "M-Pesa dispute: I sent KES 4,500 to {phone2} ({name2}) instead of {phone3}. My number {phone}, ID {natid}. Write the message to Safaricom."),
    ("en-MY", "Apartment viewing: I'm {name}, contact {phone}, viewing unit at {addr2} on {date:long}. The agent {name2} asked for a copy of my IC {natid}. Is that normal?"),
    ("en-ZA", "School application for grade R: learner {name3:kid}, ID {natid3}, born {dob3}. Parent {name}, {phone}, {email}. Home {addr}."),
    ("en-IE", "Send the HSE my details for the vaccine: {name}, PPSN {natid}, DOB {db:dot}, Eircode {ad:pc}, mobile {phone}."),
    ("en-NZ", "Tenancy bond lodgement: tenants {name} and {name2}, landlord {name3}, property {addr}, bond $2,400, start date {date:long}."),
    ("en-US", "Emergency contact card for my wallet: {name}, blood type O+, allergic to penicillin, contact {name2} {phone2}, doctor {org:clinic}, DOB {db:us}."),
    ("en-US", "Spreadsheet formula help: =VLOOKUP(\"{name}\", A2:F200, 4, FALSE) returns #N/A but row 17 has {name}, {sn:dash}, {dob}. Why?"),
    ("en", "Chat transcript from our support widget:\n[10:02] Visitor: hi my order hasn't arrived\n[10:03] Agent {first2}: can I have your name and postcode?\n[10:03] Visitor: {name}, {ad:pc}\n[10:04] Visitor: and the email is {email}\nSummarise for the courier claim."),
    ("en", "Reply to this recruiter politely declining: 'Hi {first}, I found your profile {ul:li} — we have a role at {org:firm} in {town}. Call me on {phone2}. {name2}'"),
    ("en", "my uncle {name2} wants me to handle his online banking. He gave me: login {email2}, password {pw:word}, memorable word {pw:word@b}. Is there a safer way to help him?"),
    ("en", "Write a toast for my grandmother {name}'s 90th. Born {dob:long} in {town}, moved to {town@b} in 1961, married grandad {first2} the same year, worked at {org:firm} for 30 years."),
    ("en", "Apprenticeship sign-off sheet:\nApprentice: {name}  ULN {n:1000000000:9999999999}\nEmployer: {org:firm}\nMentor: {name2}\nGateway date: {dt:dmy}\nConvert to a paragraph for the end-point assessor."),
    ("en-US", "Lost property note for the pool: found a wallet with a Social Security card for {name} ({sn:dash}) and a library card, address {addr}. Write the notice for reception without the number or the full address."),
]

# PII templates in the other languages.
_PII_XX: list[tuple[str, str]] = [
    # German
    ("de", "Kannst du diese Nachricht an die Hausverwaltung höflicher formulieren? 'Hallo Herr {last2}, bei uns in der {addr} tropft seit dem {date:long} die Decke. Bitte melden Sie sich unter {phone}. Gruß {name}'"),
    ("de", "Anmeldung Kletterhalle – bitte als Tabelle:\nName: {name}\nGeburtsdatum: {dob}\nE-Mail: {email}\nNotfallkontakt: {name2}, {phone2}\nIBAN für Lastschrift: {ib:grp}"),
    ("de", "Mein Steuerberater braucht meine Steuer-ID und Bankverbindung. Steuer-ID: {natid}, IBAN {iban}, Kontoinhaber {name}. Ist es okay, das per normaler E-Mail an {wemail2} zu schicken?"),
    ("de", "Hilf mir bei der Kündigung meines Fitnessstudios: Mitglied {name}, geboren {dob:num}, wohnhaft {addr}, Mitgliedsnummer {n:10000:99999}, Kündigung zum {date:long}."),
    ("de", "docker-compose.yml von unserem Nextcloud, warum startet die DB nicht?\nenvironment:\n  - MYSQL_ROOT_PASSWORD={pw:random}\n  - MYSQL_PASSWORD={pw:urlsafe}\n  - NEXTCLOUD_ADMIN_USER={login}\n  - TRUSTED_PROXIES={ip:priv}"),
    ("de", "Erbschein-Antrag: Erblasser {name}, verstorben am {date:long} in {town}, letzte Anschrift {addr}. Erben: {name2} und {name3}. Formuliere das Anschreiben ans Nachlassgericht."),
    ("de", "Arztbrief kürzen: Patientin {name:f}, geb. {db:dot}, Versichertennr. {x:pnr}{n:1000:9999}, aufgenommen am {dt:dot} in der {org:clinic}. Diagnose: Sprunggelenksfraktur rechts."),
    ("de", "Kreditkartenabrechnung – eine Buchung kenne ich nicht. Karte {cc:sp}, Inhaber {holder}, Umsatz vom {date:num} in {town@b}, 249,00 EUR. Schreib bitte die Reklamation an die {org:bank}."),
    ("de", "Server-Log aus dem Homelab, wer versucht sich da einzuloggen?\n{date:iso} 03:12:44 sshd: Failed password for {login} from {ip:pub}\n{date:iso} 03:12:51 sshd: Failed password for admin from {ip:pub@b}"),
    # French
    ("fr", "Peux-tu reformuler ce mail pour la crèche ? 'Bonjour, c'est {name}, la maman de {first3:kid}. Ma sœur {name2} ({phone2}) viendra la chercher le {date:long}. Merci !'"),
    ("fr", "Dossier de location : locataire {name}, né(e) le {dob}, {idname} {natid}, adresse actuelle {addr}, garant {name2}, RIB {ib:grp}. Est-ce complet ?"),
    ("fr", "Réclamation à ma banque : ma carte {cc:sp} a été débitée deux fois le {date:long}. Titulaire : {holder}. Mon conseiller est {name2} à l'agence {org:bank}."),
    ("fr", "Fichier .env d'un projet Symfony, pourquoi la connexion échoue ?\nDATABASE_URL=\"mysql://{cred:app}@{ip:priv}:3306/boutique\"\nMAILER_DSN=smtp://{email:qp}:{pw:urlsafe}@smtp.{n:10:99}mail.fr:587"),
    ("fr", "Inscription au club d'échecs de {town} :\nNom : {last:uc}\nPrénom : {first}\nNé le : {db:dot}\nCourriel : {email}\nTél. : {phone}\nMets ça en tableau."),
    ("fr", "Lettre de résiliation de bail : je soussigné {name}, demeurant {addrml}, résilie le bail à compter du {date:long}. Propriétaire : {name2}."),
    ("fr", "Mon numéro de sécu est {natid} et ma mutuelle me demande une attestation. Je m'appelle {name}, né le {dob:long}. Rédige la demande."),
    ("fr", "Voici la liste des participants au stage de langue des signes, fais un mail groupé :\n{name} — {email}\n{name2} — {email2}\n{name3} — {email3}\nLe stage a lieu à {org:school} le {date:long}."),
    # Spanish
    ("es", "¿Me ayudas a redactar este correo al casero? 'Hola {first2}, soy {name}, inquilina de {addr}. El calentador no funciona desde el {date:long}. Mi móvil es {phone}.'"),
    ("es", "Formulario de inscripción al club de natación:\nNombre: {name}\nFecha de nacimiento: {dob}\n{idname}: {natid}\nCorreo: {email}\nIBAN para la cuota: {ib:grp}\nPásalo a tabla."),
    ("es", "Reclamación al banco: me cobraron con la tarjeta {cc:dash} en {town@b} el {date:long} y yo estaba en {town}. Titular: {holder}. Banco: {org:bank}."),
    ("es", "Testamento: yo, {name}, con {idname} {natid}, nacido el {dob:long}, dejo mi piso de {addr} a mi sobrina {name2}. ¿Cómo lo redacto para el notario?"),
    ("es", "Config de un bot de Telegram para el grupo de escalada:\nTOKEN = \"{tok:telegram}\"\nADMIN = \"{name}\"\nADMIN_PHONE = \"{phone:e164}\"\n¿Por qué no responde?"),
    ("es-MX", "Ayuda con el trámite del SAT: contribuyente {name}, RFC {nid:rfc}, CURP {natid}, domicilio {addr}, correo {email}."),
    ("es-AR", "Necesito transferir al CBU de mi hermano {name2} pero me piden su CUIL: {natid2}. Yo soy {name}, CUIL {natid}. ¿Qué es el alias CBU?"),
    ("es", "Log del router de casa, ¿quién es este dispositivo?\n{date:iso} DHCP ACK {ip:priv} {x:mac} movil-{login}\n{date:iso} WAN IP {ip:pub}"),
    # Italian
    ("it", "Puoi riscrivere questa mail per l'amministratore di condominio? 'Buongiorno, sono {name}, interno 5 di {addr}. Dal {date:long} l'ascensore è fermo. Mi chiami al {phone}.'"),
    ("it", "Modulo iscrizione palestra:\nCognome: {last}\nNome: {first}\nNato/a il: {dob}\nCodice fiscale: {natid}\nIBAN: {ib:grp:IT}\nControlla se il codice fiscale sembra corretto."),
    ("it", "Richiesta di rimborso alla banca: carta {cc:sp} intestata a {holder}, addebito del {date:long} a {town@b}. Filiale {org:bank}."),
    ("it", "File di configurazione del gestionale, perché non si collega?\n[database]\nhost = {ip:priv}\nutente = gestionale\npassword = {pw}\n[smtp]\nmittente = {wemail}"),
    ("it", "Lettera al dentista {org:clinic}: mia figlia {name3:kid}, nata il {dob3:long}, ha l'appuntamento il {date:long}. Non possiamo venire. Firmato {name}, tel. {phone}."),
    ("it", "Trascrivi questo vocale: \"ciao sono {first}, ti mando l'IBAN per la quota del regalo, è {ib:plain:IT}, intestato a {name}\""),
    # Dutch
    ("nl", "Kun je dit bericht aan de verhuurder netter maken? 'Hoi {first2}, de huur voor {addr} maak ik over van {iban}. Groet, {name}, {phone}'"),
    ("nl", "Inschrijving zwemles voor {name3:kid} (geboren {dob3}), ouder: {name}, BSN kind: {natid3}, e-mail {email}. Zet het in een tabel."),
    ("nl", "Mijn creditcard {cc:sp} is gebruikt in {town@b} op {date:long}. Naam op de kaart {holder}. Schrijf een melding aan {org:bank}."),
    ("nl", "Home Assistant configuratie, waarom werkt de P1-meter niet?\nhost: {ip:priv}\nmqtt_password: {pw:urlsafe}\nnotify_email: {email}"),
    ("nl", "Bezwaarschrift parkeerboete: kenteken {x:pnr}, eigenaar {name}, {addrml}, datum overtreding {date:long}, BSN {natid}."),
    ("nl", "Factuur opmaken: {name}, {org:firm}, KvK {n:10000000:99999999}, IBAN {ib:grp:NL}, factuurdatum {date:num}, te betalen binnen 14 dagen."),
    # Portuguese (PT and BR)
    ("pt", "Podes melhorar este email ao senhorio? 'Bom dia, sou {name}, inquilino em {addr}. A renda de {date:long} foi transferida para {ib:grp}. Cumprimentos.'"),
    ("pt", "Ficha de inscrição no ginásio:\nNome: {name}\nData de nascimento: {dob}\nNIF: {natid}\nCartão de Cidadão: {nid:ptcc}\nTelemóvel: {phone}"),
    ("pt", "Reclamação: o meu cartão {cc:sp} foi usado em {town@b} no dia {date:long}. Titular {holder}. Banco {org:bank}."),
    ("pt-BR", "Me ajuda com o cadastro na clínica? Paciente {name}, CPF {natid}, nascida em {dob}, endereço {addr}, celular {phone}, e-mail {email}."),
    ("pt-BR", "O Pix não foi. Chave: {email2}, nome {name2}. Eu sou {name}, CPF {natid}. Tentei no dia {date:long}. Escreve uma mensagem pro banco {org:bank}."),
    ("pt-BR", "Arquivo .env do projeto, o deploy falha:\nDATABASE_URL=postgres://{cred:app}@{ip:pub}:5432/loja\nMERCADOPAGO_TOKEN={tok:mercadopago}\nADMIN_EMAIL={email}"),
    ("pt-BR", "Transcrição de áudio: \"oi, é a {first}, o número do cartão é {cc:comma}, validade {exp}, e o nome tá {holder}\" — arruma a pontuação."),
    # Polish
    ("pl", "Popraw proszę tego maila do spółdzielni: 'Dzień dobry, nazywam się {name}, mieszkam przy {addr}. Od {date:long} nie działa domofon. Mój telefon: {phone}.'"),
    ("pl", "Formularz zapisu do klubu szachowego:\nImię i nazwisko: {name}\nPESEL: {natid}\nData urodzenia: {dob}\nE-mail: {email}\nRodzic: {name2}"),
    ("pl", "Reklamacja transakcji: karta {cc:sp}, właściciel {holder}, transakcja z dnia {date:num} w {town@b}. Proszę o zwrot na konto {ib:grp:PL}."),
    ("pl", "Umowa najmu pokoju: wynajmujący {name}, najemca {name2} (PESEL {natid2}), lokal {addr}, od {date:long}. Czynsz przelewem na {iban}."),
    ("pl", "Plik konfiguracyjny sklepu, co jest nie tak?\n'db_host' => '{ip:priv}',\n'db_user' => 'sklep',\n'db_pass' => '{pw:leet}',\n'admin_mail' => '{email}',"),
    ("pl", "Mój NIP firmowy jest na fakturze, ale księgowa {name2} ({email2}) prosi też o PESEL {natid} i datę urodzenia {dob}. Czy to normalne?"),
    # Swedish
    ("sv", "Kan du skriva om det här till hyresvärden? 'Hej, jag heter {name} och bor på {addr}. Sedan {date:long} fungerar inte tvättstugan. Ring {phone}.'"),
    ("sv", "Anmälan till simklubben:\nNamn: {name}\nPersonnummer: {natid}\nE-post: {email}\nMålsman: {name2}, {phone2}"),
    ("sv", "Min kollega {name2} vill ha pengar för lunchen via IBAN {ib:grp:SE}. Jag heter {name}. Skriv ett kort svar."),
    ("sv", "Kortbedrägeri: mitt kort {cc:sp} användes i {town@b} den {date:long}. Kortinnehavare {holder}. Skriv anmälan till {org:bank}."),
    ("sv", "Routerlogg, vem är det här?\n{date:iso} DHCP {ip:priv} -> {login}s-mobil\n{date:iso} Inloggning admin från {ip:pub}"),
    ("sv", "Hjälp mig skriva ett intyg: {name}, född {dob:long}, har arbetat hos {org:firm} i {town} sedan {date:long}."),
    # Norwegian
    ("no", "Kan du gjøre denne meldingen til utleier høfligere? 'Hei {first2}, husleien for {addr} er betalt fra {iban}. Hilsen {name}, {phone}'"),
    ("no", "Påmelding til svømmekurs: {name}, fødselsnummer {natid}, e-post {email}, foresatt {name2} ({phone2})."),
    ("no", "Kortet mitt {cc:sp} ble brukt i {town@b} {date:long}. Kortholder {holder}. Skriv en klage til {org:bank}."),
    ("no", "Config for hjemmeserveren:\nwg_private_key = {tok:wg}\nendpoint = {ip:pub}:51820\nadmin = {email}"),
    ("no", "Skriv en attest: {name}, født {dob:long}, har vært frivillig hos {org:school} i {town} siden {date:long}."),
    ("no", "Overføring til {name2}: kontonummer/IBAN {ib:grp:NO}, melding «hytteleie». Jeg er {name}, {phone}."),
    # Danish
    ("da", "Kan du omskrive denne besked til udlejeren? 'Hej, jeg hedder {name} og bor på {addr}. Radiatoren har været i stykker siden {date:long}. Ring på {phone}.'"),
    ("da", "Tilmelding til roklubben:\nNavn: {name}\nCPR-nummer: {natid}\nE-mail: {email}\nKontonummer/IBAN: {ib:grp:DK}"),
    ("da", "Mit kort {cc:sp} blev brugt i {town@b} den {date:long}. Kortholder {holder}. Skriv en indsigelse til {org:bank}."),
    ("da", "Logfil fra webshoppen:\n{date:iso} login {email} fra {ip:pub}\n{date:iso} adgangskode ændret for {email}\nHvad betyder det?"),
    ("da", "Skriv en anbefaling: {name}, født {dob:long}, har været lærling hos {org:firm} i {town}. Kontakt: {name2}, {phone2}."),
    ("da", "Gruppebesked om sommerhuset: betal 1.200 kr. til {name2} på {ib:lowgrp:DK} inden {date:long}. Fra {first}."),
    # Finnish
    ("fi", "Voitko muotoilla tämän viestin vuokranantajalle? 'Hei, olen {name}, asun osoitteessa {addr}. Jääkaappi on ollut rikki {date:long} lähtien. Puh. {phone}.'"),
    ("fi", "Uimaseuran ilmoittautuminen:\nNimi: {name}\nHenkilötunnus: {natid}\nSähköposti: {email}\nHuoltaja: {name2}, {phone2}"),
    ("fi", "Korttini {cc:sp} on käytetty {town@b} {date:long}. Kortinhaltija {holder}. Kirjoita reklamaatio {org:bank}."),
    ("fi", "Tilisiirto {name2}:lle: IBAN {ib:grp:FI}, viite {x:rf}, summa 85 €. Olen {name}."),
    ("fi", "Kotiverkon loki:\n{date:iso} uusi laite {ip:priv} ({login}-puhelin)\n{date:iso} ylläpitäjän kirjautuminen osoitteesta {ip:pub}"),
    ("fi", "Kirjoita suosituskirje: {name}, syntynyt {dob:long}, työskenteli {org:firm} {town} {date:long} asti."),
    # Czech
    ("cs", "Můžeš přepsat tenhle e-mail pronajímateli? 'Dobrý den, jsem {name} z bytu na adrese {addr}. Od {date:long} neteče teplá voda. Tel. {phone}.'"),
    ("cs", "Přihláška do šachového kroužku:\nJméno: {name}\nRodné číslo: {natid}\nDatum narození: {dob}\nE-mail: {email}\nZákonný zástupce: {name2}"),
    ("cs", "Reklamace platby kartou {cc:sp}, držitel {holder}, transakce ze dne {date:num} v {town@b}. Vrátit na účet {ib:grp:CZ}."),
    ("cs", "Konfigurace e-shopu:\nDB_HOST={ip:priv}\nDB_PASSWORD={pw:random}\nADMIN_EMAIL={email}\nProč to hlásí access denied?"),
    ("cs", "Napiš potvrzení o zaměstnání: {name}, nar. {dob:long}, pracuje u {org:firm} v {town} od {date:long}."),
    ("cs", "QR platba pro kamarádku {name2}: účet {ib:plain:CZ}, částka 450 Kč, zpráva 'lístky na koncert'. Já jsem {first}."),
    # Slovak
    ("sk", "Prepíš prosím tento e-mail správcovi: 'Dobrý deň, som {name} z {addr}. Od {date:long} nefunguje výťah. Volajte {phone}.'"),
    ("sk", "Prihláška na plávanie:\nMeno: {name}\nRodné číslo: {natid}\nE-mail: {email}\nIBAN: {ib:grp:SK}"),
    ("sk", "Moja karta {cc:sp} bola použitá v {town@b} dňa {date:long}. Držiteľ {holder}. Napíš reklamáciu pre {org:bank}."),
    ("sk", "Odporúčanie: {name}, narodená {dob:long}, pracovala v {org:firm} v {town}. Kontakt {email}."),
    ("sk", "Nastavenie routera:\nadmin heslo: {pw:wifi}\nWAN IP: {ip:pub}\nDHCP rozsah od {ip:priv}"),
    # Hungarian
    ("hu", "Átfogalmaznád ezt a levelet a főbérlőnek? 'Tisztelt {last2} úr! {name} vagyok, a {addr} alatti lakásból. {date:long} óta nem működik a fűtés. Telefon: {phone}.'"),
    ("hu", "Jelentkezés az úszóklubba:\nNév: {name}\nAdóazonosító jel: {natid}\nSzületési dátum: {dob}\nE-mail: {email}\nBankszámla (IBAN): {ib:grp:HU}"),
    ("hu", "A kártyámat ({cc:sp}) {date:long} használták {town@b} városban. Kártyabirtokos: {holder}. Írj panaszt a {org:bank} felé."),
    ("hu", "Ajánlólevél: {name}, született {dob:long}, a {org:firm} munkatársa {town} városában."),
    ("hu", "Szerver konfiguráció:\nSMTP_USER={email}\nSMTP_PASS={pw:random}\nALLOWED_IP={ip:pub}"),
    # Romanian
    ("ro", "Poți reformula acest mesaj către proprietar? 'Bună ziua, sunt {name} de la {addr}. Din {date:long} nu merge apa caldă. Telefon {phone}.'"),
    ("ro", "Formular înscriere la club:\nNume: {name}\nCNP: {natid}\nData nașterii: {dob}\nEmail: {email}\nIBAN: {ib:grp:RO}"),
    ("ro", "Cardul meu {cc:sp} a fost folosit în {town@b} pe {date:long}. Titular {holder}. Scrie o contestație către {org:bank}."),
    ("ro", "Adeverință: {name}, născut la {dob:long}, este angajat la {org:firm} din {town} din {date:long}."),
    ("ro", "Config aplicație:\nDB_PASS={pw:leet}\nSERVER_IP={ip:pub}\nCONTACT={email}"),
    # Turkish
    ("tr", "Ev sahibine bu mesajı daha kibar yazar mısın? 'Merhaba {first2} Bey, {addr} adresindeki dairede {date:long} tarihinden beri kombi çalışmıyor. Tel: {phone}. {name}'"),
    ("tr", "Spor salonu kayıt formu:\nAd Soyad: {name}\nT.C. Kimlik No: {natid}\nDoğum tarihi: {dob}\nE-posta: {email}\nIBAN: {ib:grp:TR}"),
    ("tr", "Kartım {cc:sp} {date:long} tarihinde {town@b} şehrinde kullanılmış. Kart sahibi {holder}. {org:bank} için itiraz dilekçesi yaz."),
    ("tr", "Referans mektubu: {name}, doğum tarihi {dob:long}, {town} şehrindeki {org:firm} firmasında çalıştı."),
    ("tr", "Sunucu ayarları:\nDB_PASSWORD={pw:word}\nSUNUCU={ip:pub}\nYONETICI={email}"),
    ("tr", "Kira ödemesi için: alıcı {name2}, IBAN {ib:plain:TR}, açıklama 'Mart kirası'. Gönderen {name}."),
    # Greek
    ("el", "Μπορείς να ξαναγράψεις αυτό το μήνυμα στον ιδιοκτήτη; 'Καλησπέρα, είμαι ο/η {name}, μένω στη διεύθυνση {addr}. Από τις {date:long} δεν λειτουργεί ο θερμοσίφωνας. Τηλ. {phone}.'"),
    ("el", "Φόρμα εγγραφής στο γυμναστήριο:\nΟνοματεπώνυμο: {name}\nΑΜΚΑ: {natid}\nΗμερομηνία γέννησης: {dob}\nEmail: {email}\nIBAN: {ib:grp:GR}"),
    ("el", "Η κάρτα μου {cc:sp} χρεώθηκε στην πόλη {town@b} στις {date:long}. Κάτοχος {holder}. Γράψε καταγγελία προς {org:bank}."),
    ("el", "Συστατική επιστολή: {name}, γεννημένος/η {dob:long}, εργάστηκε στην {org:firm} στην πόλη {town}."),
    ("el", "Ρυθμίσεις server:\nADMIN_PASS={pw:random}\nHOST={ip:pub}\nADMIN_MAIL={email}"),
    # Russian
    ("ru", "Помоги переписать письмо в управляющую компанию: 'Здравствуйте, я {name}, проживаю по адресу {addr}. С {date:long} не работает лифт. Мой телефон {phone}.'"),
    ("ru", "Анкета для бассейна:\nФИО: {name}\nИНН: {natid}\nДата рождения: {dob}\nЭл. почта: {email}"),
    ("ru", "С моей карты {cc:sp} списали деньги в городе {town@b} {date:long}. Держатель {holder}. Составь претензию в {org:bank}."),
    ("ru", "Характеристика: {name}, {dob:long} года рождения, работает в {org:firm} (г. {town}) с {date:long}."),
    ("ru", "Конфиг бота:\nBOT_TOKEN={tok:telegram}\nADMIN_ID={n:10000000:999999999}\nADMIN_EMAIL={email}\nПочему бот не отвечает?"),
    ("ru", "Лог входа:\n{date:iso} успешный вход {email} с IP {ip:pub}\n{date:iso} неудачная попытка с IP {ip:pub@b}\nЭто взлом?"),
    # Ukrainian
    ("uk", "Допоможи переписати лист до ОСББ: 'Добрий день, я {name}, мешкаю за адресою {addr}. З {date:long} не працює домофон. Телефон {phone}.'"),
    ("uk", "Анкета для секції плавання:\nПІБ: {name}\nРНОКПП: {natid}\nДата народження: {dob}\nEmail: {email}\nIBAN: {ib:grp:UA}"),
    ("uk", "З моєї картки {cc:sp} зняли кошти {date:long} у місті {town@b}. Власник {holder}. Напиши заяву до {org:bank}."),
    ("uk", "Рекомендаційний лист: {name}, народилася {dob:long}, працювала в {org:firm} у місті {town}."),
    ("uk", "Налаштування сервера:\nDB_PASSWORD={pw:random}\nSERVER_IP={ip:pub}\nADMIN={email}"),
    # Bulgarian
    ("bg", "Можеш ли да преработиш това писмо до хазяина? 'Здравейте, аз съм {name} от {addr}. От {date:long} няма топла вода. Тел. {phone}.'"),
    ("bg", "Формуляр за записване:\nИме: {name}\nЕГН: {natid}\nДата на раждане: {dob}\nИмейл: {email}\nIBAN: {ib:grp:BG}"),
    ("bg", "Картата ми {cc:sp} е използвана в {town@b} на {date:long}. Картодържател {holder}. Напиши жалба до {org:bank}."),
    ("bg", "Препоръка: {name}, роден/а на {dob:long}, работи в {org:firm}, град {town}."),
    ("bg", "Конфигурация:\nDB_PASS={pw:urlsafe}\nHOST={ip:pub}\nEMAIL={email}"),
    # Croatian
    ("hr", "Možeš li preformulirati ovu poruku stanodavcu? 'Poštovani, ja sam {name} iz stana na adresi {addr}. Od {date:long} ne radi bojler. Tel. {phone}.'"),
    ("hr", "Prijava u klub:\nIme i prezime: {name}\nOIB: {natid}\nDatum rođenja: {dob}\nE-mail: {email}\nIBAN: {ib:grp:HR}"),
    ("hr", "Moja kartica {cc:sp} korištena je u {town@b} {date:long}. Vlasnik {holder}. Napiši reklamaciju za {org:bank}."),
    ("hr", "Preporuka: {name}, rođen/a {dob:long}, radi u {org:firm} u {town}."),
    ("hr", "Postavke poslužitelja:\nDB_PASS={pw:random}\nIP={ip:pub}\nADMIN={email}"),
    # Lithuanian
    ("lt", "Ar gali perrašyti šį laišką nuomotojui? 'Laba diena, aš {name}, gyvenu adresu {addr}. Nuo {date:long} neveikia šildymas. Tel. {phone}.'"),
    ("lt", "Registracija į baseiną:\nVardas, pavardė: {name}\nAsmens kodas: {natid}\nGimimo data: {dob}\nEl. paštas: {email}\nIBAN: {ib:grp:LT}"),
    ("lt", "Mano kortelė {cc:sp} buvo panaudota {town@b} {date:long}. Savininkas {holder}. Parašyk skundą {org:bank}."),
    ("lt", "Rekomendacija: {name}, gimęs/gimusi {dob:long}, dirba {org:firm}, {town}."),
    ("lt", "Serverio nustatymai:\nDB_PASS={pw:random}\nIP={ip:pub}\nADMIN={email}"),
    # Japanese
    ("ja", "大家さんへのメールを丁寧に書き直してください。「{name}です。{addr}に住んでいます。{date:long}からお湯が出ません。電話：{phone}」"),
    ("ja", "スポーツクラブの申込書を表にしてください。\n氏名：{name}\n生年月日：{dob}\nマイナンバー：{natid}\nメール：{email}\n電話：{phone}"),
    ("ja", "カード{cc:sp}が{date:long}に{town@b}で不正利用されました。名義：{holder}。{org:bank}への問い合わせ文を作ってください。"),
    ("ja", "推薦状：{name}（{dob:long}生まれ）は{town}の{org:firm}で勤務しています。連絡先 {email}"),
    ("ja", "サーバーの設定ファイルです。なぜ接続できませんか？\nDB_HOST={ip:priv}\nDB_PASSWORD={pw:random}\nADMIN_MAIL={email}"),
    ("ja", "振込先を教えてもらいました：{name2}さん、IBAN {ib:grp:DE}（ドイツの口座）。私は{name}です。お礼のメッセージを書いてください。"),
    # Chinese
    ("zh", "帮我把这封给房东的信改得礼貌一点：'您好，我是{name}，住在{addr}。从{date:long}起热水器坏了。电话{phone}。'"),
    ("zh", "健身房会员登记表：\n姓名：{name}\n身份证号：{natid}\n出生日期：{dob}\n邮箱：{email}\n手机：{phone}"),
    ("zh", "我的信用卡{cc:sp}在{date:long}于{town@b}被盗刷，持卡人{holder}。帮我写一封给{org:bank}的投诉信。"),
    ("zh", "推荐信：{name}，{dob:long}出生，在{town}的{org:firm}工作。联系邮箱{email}。"),
    ("zh", "服务器配置文件，为什么连不上数据库？\nDB_HOST={ip:pub}\nDB_PASSWORD={pw:random}\nWECHAT_SECRET={k:hex32}"),
    ("zh", "帮我写一条转账留言：收款人{name2}，IBAN {ib:grp:FR}，金额300欧元，用途房租。付款人{name}。"),
    # Korean
    ("ko", "집주인에게 보낼 메시지를 정중하게 고쳐 주세요. '안녕하세요, {addr}에 사는 {name}입니다. {date:long}부터 보일러가 고장났어요. 연락처 {phone}'"),
    ("ko", "헬스장 가입 신청서:\n이름: {name}\n주민등록번호: {natid}\n생년월일: {dob}\n이메일: {email}\n전화: {phone}"),
    ("ko", "제 카드 {cc:sp}가 {date:long}에 {town@b}에서 부정 사용되었습니다. 카드 소유자 {holder}. {org:bank}에 보낼 이의 신청서를 써 주세요."),
    ("ko", "추천서: {name}({dob:long}생)은 {town}의 {org:firm}에서 근무했습니다. 이메일 {email}."),
    ("ko", "서버 설정입니다. 왜 접속이 안 되나요?\nDB_HOST={ip:priv}\nDB_PASSWORD={pw:random}\nADMIN_EMAIL={email}"),
    ("ko", "게임 서버 접속 기록:\n{date:iso} {login} 접속 IP {ip:pub}\n{date:iso} {login} 접속 IP {ip:pub@b}\n계정이 해킹된 걸까요?"),
    # Hebrew
    ("he", "תוכל לנסח מחדש את ההודעה לבעל הדירה? 'שלום, אני {name}, גר/ה ב{addr}. מאז {date:long} הדוד לא עובד. טלפון {phone}.'"),
    ("he", "טופס הרשמה לחוג:\nשם: {name}\nמספר תעודת זהות: {natid}\nתאריך לידה: {dob}\nדוא\"ל: {email}\nIBAN: {ib:grp:IL}"),
    ("he", "הכרטיס שלי {cc:sp} חויב ב{town@b} ב-{date:long}. בעל הכרטיס {holder}. כתוב תלונה ל{org:bank}."),
    ("he", "מכתב המלצה: {name}, נולד/ה ב-{dob:long}, עובד/ת ב{org:firm} ב{town}."),
    ("he", "הגדרות שרת:\nDB_PASS={pw:random}\nSERVER={ip:pub}\nADMIN={email}"),
    # Arabic
    ("ar", "هل يمكنك إعادة صياغة هذه الرسالة للمالك؟ 'مرحباً، أنا {name}، أسكن في {addr}. منذ {date:long} والمكيف معطل. هاتفي {phone}.'"),
    ("ar", "استمارة التسجيل في النادي:\nالاسم: {name}\nرقم الهوية: {natid}\nتاريخ الميلاد: {dob}\nالبريد الإلكتروني: {email}\nIBAN: {ib:grp:AE}"),
    ("ar", "بطاقتي {cc:sp} استُخدمت في {town@b} بتاريخ {date:long}. حامل البطاقة {holder}. اكتب شكوى إلى {org:bank}."),
    ("ar", "رسالة توصية: {name}، مواليد {dob:long}، يعمل في {org:firm} في {town}."),
    ("ar", "إعدادات الخادم:\nDB_PASS={pw:random}\nSERVER_IP={ip:pub}\nADMIN_EMAIL={email}"),
    # Hindi
    ("hi", "मकान मालिक को यह संदेश विनम्र बना दीजिए: 'नमस्ते, मैं {name}, {addr} में रहता/रहती हूँ। {date:long} से पानी की मोटर खराब है। फ़ोन {phone}।'"),
    ("hi", "जिम सदस्यता फ़ॉर्म:\nनाम: {name}\n{idname}: {natid}\nजन्म तिथि: {dob}\nईमेल: {email}\nमोबाइल: {phone}"),
    ("hi", "मेरे कार्ड {cc:sp} से {date:long} को {town@b} में पैसे कटे। कार्डधारक {holder}। {org:bank} को शिकायत लिखिए।"),
    ("hi", "सिफ़ारिश पत्र: {name}, जन्म {dob:long}, {town} में {org:firm} में काम करते/करती हैं।"),
    ("hi", "सर्वर कॉन्फ़िग:\nDB_PASS={pw:random}\nSERVER_IP={ip:pub}\nADMIN={email}"),
    # Thai
    ("th", "ช่วยเขียนข้อความถึงเจ้าของห้องให้สุภาพหน่อย 'สวัสดีค่ะ ดิฉัน{name} พักอยู่ที่ {addr} ตั้งแต่วันที่ {date:long} แอร์เสีย โทร {phone}'"),
    ("th", "ใบสมัครฟิตเนส:\nชื่อ: {name}\nเลขประจำตัวประชาชน: {natid}\nวันเกิด: {dob}\nอีเมล: {email}"),
    ("th", "บัตรของฉัน {cc:sp} ถูกใช้ที่ {town@b} เมื่อ {date:long} ผู้ถือบัตร {holder} ช่วยเขียนคำร้องถึง {org:bank}"),
    ("th", "หนังสือรับรอง: {name} เกิดวันที่ {dob:long} ทำงานที่ {org:firm} จังหวัด{town}"),
    ("th", "ค่าตั้งค่าเซิร์ฟเวอร์:\nDB_PASS={pw:random}\nSERVER_IP={ip:pub}\nADMIN={email}"),
    # Vietnamese
    ("vi", "Viết lại tin nhắn này cho chủ nhà lịch sự hơn: 'Chào anh, em là {name}, ở {addr}. Từ {date:long} bình nóng lạnh bị hỏng. SĐT {phone}.'"),
    ("vi", "Phiếu đăng ký phòng gym:\nHọ tên: {name}\nSố CCCD: {natid}\nNgày sinh: {dob}\nEmail: {email}"),
    ("vi", "Thẻ của tôi {cc:sp} bị trừ tiền ở {town@b} ngày {date:long}. Chủ thẻ {holder}. Viết đơn khiếu nại gửi {org:bank}."),
    ("vi", "Thư giới thiệu: {name}, sinh ngày {dob:long}, làm việc tại {org:firm} ở {town}."),
    ("vi", "Cấu hình máy chủ:\nDB_PASS={pw:random}\nSERVER_IP={ip:pub}\nADMIN={email}"),
    # Indonesian
    ("id", "Tolong perbaiki pesan ini untuk pemilik kos: 'Halo Bu, saya {name} dari {addr}. Sejak {date:long} air tidak mengalir. HP {phone}.'"),
    ("id", "Formulir pendaftaran gym:\nNama: {name}\nNIK: {natid}\nTanggal lahir: {dob}\nEmail: {email}"),
    ("id", "Kartu saya {cc:sp} dipakai di {town@b} tanggal {date:long}. Pemegang kartu {holder}. Tulis surat keluhan ke {org:bank}."),
    ("id", "Surat rekomendasi: {name}, lahir {dob:long}, bekerja di {org:firm} di {town}."),
    ("id", "Konfigurasi server:\nDB_PASS={pw:random}\nSERVER_IP={ip:pub}\nADMIN={email}\nKenapa tidak bisa konek?"),
    ("id", "Arisan bulan ini: transfer ke {name2}, rekening dalam negeri tapi dia juga kasih IBAN {ib:grp:NL} untuk yang di Belanda. Saya {name}, WA {phone}."),
]
_PII_XX_MORE: list[tuple[str, str]] = [
    ("de", "Sprachnachricht abtippen: \"Hi, hier ist {first}, schick mir das Geld bitte auf {ib:plain:DE}, und mein PayPal ist {purl:paypal}, danke!\""),
    ("de-CH", "Anmeldung Chor: {name}, AHV-Nr. {natid}, geboren {dob:num}, {addr}, Mail {email}. Bitte in eine Zeile für Excel."),
    ("de-AT", "Meldezettel ausfüllen helfen: {name}, geb. {dob:num}, SV-Nummer {natid}, neue Adresse {addr}, Zuzug am {date:num}."),
    ("fr", "Mon profil LinkedIn {ul:li} et mon portfolio {ul:gh} — écris une phrase d'accroche pour ma candidature chez {org:firm}. Je suis {name}."),
    ("fr-BE", "Formulaire mutuelle : {name}, numéro de registre national {natid}, né le {dob}, IBAN {ib:grp:BE}."),
    ("es", "Nota de voz: \"oye {first2}, la contraseña del wifi de la casa rural es {k:wpa} y la del router {pw:word}, no se la pases a nadie\""),
    ("it", "Mi hanno mandato questo link per la videochiamata col commercialista {name2}: {ul:zoom}. È sicuro cliccarlo? Sono {name}."),
    ("nl", "Mijn Strava {purl:strava} laat mijn huisadres zien ({addr}) als startpunt. Hoe verberg ik dat?"),
    ("pl", "Mój kanał {ul:yt} i sklep {ul:linktree} — napisz opis \"o mnie\" dla {name}, {town}."),
    ("pt-BR", "Link do meu currículo: {purl:dropbox}. Me ajuda a escrever a mensagem pro recrutador {name2} ({email2})?"),
    ("sv", "MRZ från passet, stämmer kontrollsiffrorna?\n{mrz}"),
    ("ru", "Ссылка на мою страницу {purl:vk}, туда пишут незнакомцы. Я {name} из г. {town}. Как закрыть профиль?"),
    ("ja", "私のnoteのページ {purl:note} に住所（{addr}）を書いてしまいました。削除のお願い文を書いてください。"),
    ("zh", "我的微博 {purl:weibo} 被别人冒用了，我叫{name}，手机{phone}，身份证{natid}。怎么申诉？"),
    ("ko", "제 블로그 {purl:naver}에 전화번호 {phone}가 노출됐어요. 삭제 요청 메일을 써 주세요. 이름은 {name}입니다."),
    ("tr", "Git sunucusuna push edemiyorum:\ngit remote -v\norigin https://{login}:{tok:ghp}@github.com/{login}/tez.git\nNe yapmalıyım?"),
    ("he", "קישור לתיקייה עם המסמכים של {name}: {ul:gdoc} — לשלוח לעורך הדין {name2}?"),
    ("ar", "رابط المجلد المشترك {purl:drive} فيه جواز سفر {name}. هل هذا آمن؟"),
]

# Hard negatives: no PII, but tempting lookalikes.
_NEGATIVE: list[tuple[str, str]] = [
    ("en", "Why does my Luhn checker say {ng:badcard} is invalid? I typed it from a tutorial. Write a Python function that validates card numbers."),
    ("en", "Our test suite uses {x:testcard} for Visa and {x:testcard@b} for Mastercard. Are these Stripe's official test numbers?"),
    ("en", "Explain the IBAN check-digit algorithm using the documentation example {x:dociban}."),
    ("en", "Is {ng:badiban} a valid IBAN? It came from a phishing email, I think the check digits are wrong."),
    ("en", "SSN validation: which of these can never be issued? {ng:badssn}, {ng:badssn@b}, {x:specssn}. Write a regex that rejects them."),
    ("en", "The form shows my SSN as {ng:maskssn}. Is that masking format PCI or NIST recommended?"),
    ("en", "Our receipts print the card as {ng:masked}. Is that enough truncation under PCI DSS?"),
    ("en", "What's the difference between a publishable key like {ng:pk} and a secret key? Can the publishable one go in frontend code?"),
    ("en", "Decode this JWT from jwt.io's homepage and explain each part: {ng:jwtio}"),
    ("en", "Mapbox says public tokens ({ng:mapbox_pk}) are safe in the browser. Why is that?"),
    ("en", "Is it a problem that our Google Analytics ID {ng:ga} is visible in the page source?"),
    ("en", "reCAPTCHA site key {ng:recaptcha} is in our HTML. Should it be secret?"),
    ("en", "In the docs they use {ng:exkey} as the token — where do I get my real one?"),
    ("en", "Replace the placeholder: API_KEY={x:ph}. What's the convention for .env.example files?"),
    ("en", "What does {ng:digest} refer to in `docker pull`? Is pinning by digest better than tags?"),
    ("en", "Why does Windows report version {x:winbuild}? Is that an IP address?"),
    ("en", "Is {ng:build} an IP or a build number? It's in our Android app's About screen."),
    ("en", "Subnet basics: what do {ng:mask} and {ng:mask@b} mean in a router config?"),
    ("en", "Explain what the documentation range {x:docip} is for and why RFC 5737 reserves it."),
    ("en", "Should I use {x:resolver} or my ISP's DNS for privacy?"),
    ("en", "What's OID {ng:oid} in an X.509 certificate?"),
    ("en", "The phone number in the TV show was {x:fakephone}. Why do films use these?"),
    ("en", "If you're struggling, you can call {ng:hotline}. Can you list other helplines in the UK?"),
    ("en", "Emails in our docs use {x:exemail} and {ng:docmail}. Is example.com reserved?"),
    ("en", "Should security reports go to {ng:publicmail}? Write a disclosure email template addressed to their security team."),
    ("en", "Sample data for a form tutorial: name {x:formname}, email {x:exemail}, phone {x:fakephone}. Generate 5 more fake rows like these."),
    ("en", "Tracking number {x:ups} says 'label created' for 4 days. Is the parcel lost?"),
    ("en", "Order {x:amazon} arrived damaged. Draft a return request (no personal details needed)."),
    ("en", "ISBN {x:isbn} — is this the hardback or paperback edition?"),
    ("en", "What does IMEI {x:imei} tell me about the phone model?"),
    ("en", "VIN {x:vin}: how do I decode the model year from a VIN?"),
    ("en", "Is the GTIN {ng:gtin} on our product label valid? Write code to check it."),
    ("en", "Transfer to the bank with BIC {x:bic} — what does each part of a BIC mean?"),
    ("en", "The UK sort code {ng:sortcode} and US routing number {ng:routing} — are these public information?"),
    ("en", "The invoice reference is {x:rf}. What is an RF creditor reference?"),
    ("en", "ISIN {x:isin} — which company is that and where is it listed?"),
    ("en", "LEI {x:lei}: how do I look up the legal entity?"),
    ("en", "Our ticket {x:ticket} and invoice {x:invoice} are linked. How do I reference both in the email subject?"),
    ("en", "Git says my commit is {x:sha} and the short hash {x:short_sha}. How are short hashes chosen?"),
    ("en", "This UUID {x:uuid} appears in our logs on every request. Is it a session id or a trace id?"),
    ("en", "MD5 of the file is {x:md5} and SHA-256 is {x:sha256}. Which should I publish for downloads?"),
    ("en", "MAC address {x:mac} — can I tell the manufacturer from it?"),
    ("en", "CVE {x:cve} — is our nginx affected if we're on {x:ver}?"),
    ("en", "How do I cite DOI {x:doi} in APA style?"),
    ("en", "Timestamp {x:epoch} — convert to a human date please. And {x:epoch_ms} in milliseconds."),
    ("en", "Our MongoDB ObjectId {x:oid} — how do I get the creation time from it?"),
    ("en", "Booking code {x:pnr} — do airlines reuse PNRs?"),
    ("en", "Explain the age public key format: {x:agepub}. Is it safe to publish?"),
    ("en", "NDC {x:ndc} on my medication box — what do the three segments mean?"),
    ("en", "CAS number {x:cas} — what chemical is that?"),
    ("en", "arXiv {x:arxiv} — summarise the abstract if you know the paper."),
    ("en", "Who was Ada Lovelace and why is 10 December celebrated in computing?"),
    ("en", "What happened on 9 November 1989 in Berlin?"),
    ("en", "Summarise the Apollo 11 mission: launched 16 July 1969, landed 20 July 1969."),
    ("en", "Why did Marie Curie move from Warsaw to Paris?"),
    ("en", "Compare the headquarters of Siemens in Munich and Philips in Amsterdam."),
    ("en", "What's the population of Lagos compared to Nairobi?"),
    ("en", "Write a haiku about Mount Kilimanjaro at dawn."),
    ("en", "The Eiffel Tower is at Champ de Mars, 5 Avenue Anatole France, Paris. How tall is it?"),
    ("en", "Explain how 10 Downing Street became the Prime Minister's residence."),
    ("en", "How did Nelson Mandela spend his years on Robben Island?"),
    ("en", "Price check: is {x:price} a good deal for a used ThinkPad X1, version {x:ver}?"),
    ("en", "Random password generator in Python — just show the code, don't print a real password."),
    ("en", "Which is safer: `password123` or `P@ssw0rd`? Explain why both are terrible."),
    ("en", "In our docs the connection string is `postgres://user:password@localhost:5432/db`. Is that a placeholder?"),
    ("en", "The PESEL-like number {ng:badpesel} fails validation in our app. How does the PESEL checksum work?"),
    ("en", "Does the BSN 11-test reject {ng:badbsn}? Show the algorithm."),
    ("en", "Placeholder IBANs in our form: {ng:exiban}. Should the validator accept them?"),
    ("en", "Kubernetes example from the docs: `kubectl create secret generic db --from-literal=password=S!B\\*d$zDsb=`. Is that a real secret?"),
    ("en", "AWS docs key pair {x:ph}: why is it AKIAIOSFODNN7EXAMPLE everywhere?"),
    ("en", "What's the SKU format {x:sku} commonly used in retail inventories?"),
    ("en", "Does port {x:port} need to be open for Postgres replication?"),
    ("en", "Meeting at {x:time} with the sales team about the Q3 report — write an agenda."),
    ("en", "Release notes for {x:ver}: summarise the breaking changes from https://docs.python.org/3/whatsnew/3.12.html"),
    ("en", "Link to the React docs: https://react.dev/reference/react/useState — explain the lazy initializer."),
    ("de", "Wie funktioniert die Prüfziffer der IBAN am Beispiel {x:dociban}?"),
    ("de", "Ist {ng:badiban} eine gültige IBAN? Die stand in einer Phishing-Mail."),
    ("de", "Max Mustermann und Erika Mustermann stehen auf jedem Musterausweis. Warum?"),
    ("de", "Was passierte am 3. Oktober 1990 in Deutschland?"),
    ("fr", "Explique la clé de contrôle du numéro de sécurité sociale avec l'exemple fictif de la documentation."),
    ("fr", "Quelle est la différence entre {x:bic} et un IBAN ?"),
    ("fr", "Que s'est-il passé le 14 juillet 1789 à Paris ?"),
    ("es", "¿Por qué la tarjeta de prueba {x:testcard} siempre se aprueba en el entorno de pruebas?"),
    ("es", "¿Qué es el número {ng:gtin} del código de barras?"),
    ("it", "Mario Rossi è il nome d'esempio nei moduli. Da dove viene questa convenzione?"),
    ("it", "Chi era Leonardo da Vinci e dove si trova l'Ultima Cena a Milano?"),
    ("nl", "Klopt de elfproef voor {ng:badbsn}? Leg het algoritme uit."),
    ("pt-BR", "Como funciona o dígito verificador do CPF? Use um exemplo inventado."),
    ("pl", "Dlaczego numer {ng:badpesel} nie przechodzi walidacji PESEL?"),
    ("sv", "Vad betyder OID {ng:oid} i ett certifikat?"),
    ("ja", "注文番号{x:order}の荷物が届きません。問い合わせ文を書いてください。"),
    ("zh", "SHA-256 值 {x:sha256} 是什么意思？"),
    ("ko", "버전 {x:winbuild}은 IP 주소인가요?"),
    ("ru", "Что означает код {x:cve} и как обновить nginx?"),
    ("tr", "Takip numarası {x:dhl} ne anlama geliyor?"),
    ("el", "Τι είναι ο αριθμός ISBN {x:isbn};"),
    ("he", "מה ההבדל בין {x:uuid} לבין מזהה סשן?"),
    ("ar", "ما معنى الرقم {x:imei} على علبة الهاتف؟"),
]

# Clean prompts: no PII at all.
_CLEAN: list[tuple[str, str]] = [
    ("en", "Give me a 4-week beginner plan for open-water swimming."),
    ("en", "How do I start an allotment from scratch in early spring?"),
    ("en", "Explain the difference between a will and a living trust."),
    ("en", "What questions should I ask at a first fertility clinic appointment?"),
    ("en", "Write a short poem about a piano being tuned."),
    ("en", "How do escape rooms design their puzzles?"),
    ("en", "Best way to learn basic British Sign Language in three months?"),
    ("en", "Explain how a power of attorney works in simple terms."),
    ("en", "What is the Luhn algorithm and where is it used?"),
    ("en", "Compare WireGuard and OpenVPN for a home lab."),
    ("en", "How should I rotate API keys in a small startup?"),
    ("en", "Write a bash script that backs up a folder to an external disk with rsync."),
    ("en", "What is dbt and why do analysts like it?"),
    ("en", "Explain Kubernetes Secrets versus ConfigMaps."),
    ("en", "How do TOTP codes work under the hood?"),
    ("en", "Suggest names for a chess club newsletter."),
    ("en", "Give me a gentle stretching routine after bouldering."),
    ("en", "How do I appeal a parking ticket in general?"),
    ("en", "What's the best way to store 2FA backup codes?"),
    ("en", "Explain SEPA Instant Credit Transfer in two paragraphs."),
    ("en", "How do pilgrims usually plan the Camino de Santiago?"),
    ("en", "Write a SQL query that finds duplicate emails in a users table."),
    ("en", "What should go in a lodger agreement?"),
    ("en", "Recipe idea: something with runner beans and chard."),
    ("en", "Explain how scuba certification levels progress."),
    ("en", "How do I write a good reference letter for an apprentice?"),
    ("en", "What's the difference between Laravel queues and cron jobs?"),
    ("en", "Explain what a seed phrase is and why it should never be shared."),
    ("en", "Write a friendly reminder message for a volunteer rota."),
    ("en", "How does Pi-hole block ads at the DNS level?"),
    ("de", "Wie lege ich einen Gemüsegarten im Schrebergarten an?"),
    ("de", "Erkläre den Unterschied zwischen Testament und Erbvertrag."),
    ("fr", "Comment préparer un premier cours de langue des signes ?"),
    ("fr", "Donne-moi une recette de tarte aux poireaux."),
    ("es", "¿Cómo funciona la autenticación de dos factores?"),
    ("es", "Dame consejos para nadar en aguas abiertas en invierno."),
    ("it", "Spiegami come funziona il bonifico SEPA istantaneo."),
    ("it", "Quali esercizi per iniziare l'arrampicata?"),
    ("nl", "Hoe begin ik met een moestuin op een volkstuin?"),
    ("pt", "Como funciona uma procuração?"),
    ("pt-BR", "Me explica como funciona o Pix por aproximação."),
    ("pl", "Jak nauczyć się gry w szachy od podstaw?"),
    ("sv", "Hur fungerar en VPN-tunnel?"),
    ("no", "Gi meg tips til vinterbading."),
    ("da", "Hvordan skriver man et godt referat fra et møde?"),
    ("fi", "Miten aloitan kiipeilyharrastuksen?"),
    ("cs", "Jak funguje dvoufázové ověření?"),
    ("sk", "Ako si založiť záhradku?"),
    ("hu", "Hogyan működik az SEPA átutalás?"),
    ("ro", "Cum învăț șah ca adult?"),
    ("tr", "Açık suda yüzmeye nasıl başlanır?"),
    ("el", "Πώς λειτουργεί ο έλεγχος ταυτότητας δύο παραγόντων;"),
    ("ru", "Как выбрать надёжный менеджер паролей?"),
    ("uk", "Як навчитися грати в шахи дорослому?"),
    ("bg", "Как да започна градинарство на балкона?"),
    ("ja", "初心者向けのボルダリングのコツを教えてください。"),
    ("zh", "如何安全地保存助记词？"),
    ("ko", "수영을 처음 배우는 성인에게 조언해 주세요."),
    ("hi", "शतरंज सीखने का आसान तरीका बताइए।"),
    ("id", "Bagaimana cara kerja arisan?"),
]

FRESH21_FOLLOW_UPS = [
    " Thanks!", " Keep it short please.", "\n\nThank you so much.", " Use British spelling.", " Bullet points are fine.", "\n\nps no rush",
    " Can you also make it sound less formal?", " Please keep the numbers exactly as they are.",
]

FRESH21_PII: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _PII_EN + _PII_EN_MORE + _PII_XX + _PII_XX_MORE]
FRESH21_NEGATIVE: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _NEGATIVE]
FRESH21_CLEAN: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _CLEAN]
