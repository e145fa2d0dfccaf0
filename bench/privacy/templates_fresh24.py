"""The twenty-fourth blind set ("fresh24") for the PII benchmark: written without seeing the detector.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh24=True) draws all three kinds from this module
and renders them with this module's own Context and fill(); nothing here is shared with another set.

Slots: {kind[N][:arg]}; N names the person (default 1); "@x" after a slot asks for a second, distinct value of the same
kind. "{{" and "}}" are literal braces.
"""

from __future__ import annotations

import base64
import datetime
import importlib
import json
import random
import string
import unicodedata

Parts = list[tuple[str, str | None]]
NUM = string.digits
ALNUM = string.ascii_letters + string.digits
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEXD = "0123456789abcdef"
URLSAFE = ALNUM + "-_"


def _rs(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _plain(s: str) -> str:
    for a, b in (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("ß", "ss"), ("ı", "i"), ("đ", "d"), ("Đ", "D"),
                 ("ð", "d"), ("þ", "th"), ("Þ", "Th")):
        s = s.replace(a, b)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _handle(s: str) -> str:
    return "".join(c for c in _plain(s).lower() if c.isalnum())


def _shape(r: random.Random, pattern: str) -> str:
    """'#' any digit, '%' a digit 1-9, 'A' an upper-case letter; anything else as written."""
    out = []
    for c in pattern:
        out.append(r.choice(NUM) if c == "#" else str(r.randint(1, 9)) if c == "%" else r.choice(string.ascii_uppercase) if c == "A" else c)
    return "".join(out)


def _native(entry: str) -> str:
    return entry.split("=")[0]


def _latin(entry: str) -> str:
    return entry.split("=")[-1]


# country -> female given names, male given names, female surnames, male surnames ("" = as female), towns, streets,
# phone shapes, mail hosts. Entries in other scripts are "native=latin".
PEOPLE: dict[str, tuple[str, ...]] = {
    "US": ("Delaney|Marisol|Brianna|Colette|Tamsin|Yesenia|Harper|Loretta|Noelle|Kiana", "Dashiell|Reggie|Emmett|Santiago|Wyatt|Corbin|Darnell|Elias|Rhett|Tobias",
           "Pruitt|Valenzuela|Hollister|Abernathy|Szymanski|Ochoa|Fairweather|Begay|Nakashima|Lindgren|Whitaker|Okonjo", "",
           "Bozeman|Asheville|Duluth|Flagstaff|Eugene|Lubbock|Ithaca|Bend|Mobile|Rapid City",
           "Sycamore Bend|Quail Run Rd|Prairie View Dr|Old Mill Ln|Juniper Ridge Ct|Wexford Ave|Tanager Loop", "(%##) %##-####|%##.%##.####|+1 %## %## ####|%##-%##-####",
           "gmail.com|yahoo.com|aol.com|hotmail.com|icloud.com|fastmail.com"),
    "GB": ("Tilly|Esme|Cerys|Maisie|Anwen|Philippa|Bethan", "Finlay|Idris|Barnaby|Kieran|Tariq|Alasdair|Joel",
           "Hargreaves|Ellison|Pemberton|Okonkwo|Fairclough|Dunmore|Bhatti|Gilchrist|Rowntree", "",
           "Hexham|Ludlow|Whitby|Stroud|Oban|Penrith|Kendal|Ely", "Mill Lane|Chapel Row|Orchard Close|Quayside|Station Approach|Tanners Yard",
           "07%## %## %##|+44 (0)7%## ######|01%## ######|07%########", "gmail.com|btinternet.com|yahoo.co.uk|virginmedia.com|outlook.com"),
    "IE": ("Aoife|Clodagh|Gráinne|Sorcha", "Cathal|Fionn|Tadhg|Ruairí", "Ní Bhriain|Lynch|Geraghty|Hennessy|Breen|Ní Dhonnchadha",
           "Ó Briain|Lynch|Geraghty|Hennessy|Breen|Ó Donnchadha", "Tralee|Athlone|Sligo|Dungarvan|Ennis",
           "Abbey Street|O'Connell Street|Church Lane|Marian Terrace", "08% ### ####|+353 8% #######", "gmail.com|eircom.net|hotmail.com"),
    "CA": ("Geneviève|Harpreet|Sloane|Mireille|Kateri", "Benoît|Amrit|Callum|Mathieu|Nolan", "Gagnon|Lévesque|Dhillon|Kowalchuk|Thibodeau|MacLeod|Sinclair", "",
           "Kamloops|Moncton|Trois-Rivières|Nanaimo|Thunder Bay|Red Deer", "Maple Grove Crescent|Rue Saint-Jean|Spruce Hill Road|Harbourview Drive",
           "(%##) %##-####|%##-%##-####|+1 %## %##-####", "gmail.com|sympatico.ca|telus.net|videotron.ca"),
    "AU": ("Matilda|Kirra|Tahlia|Georgia|Scarlett", "Lachlan|Jarrah|Brodie|Angus|Kai", "Kowalski|Tran|McAlister|Papadopoulos|Whitlock|Ferreira|Burgess", "",
           "Ballarat|Toowoomba|Bendigo|Mackay|Wagga Wagga|Launceston", "Banksia Avenue|Wattle Grove|Kookaburra Close|Jacaranda Street",
           "04## ### ###|+61 4## ### ###|04########", "bigpond.com|gmail.com|iinet.net.au|outlook.com"),
    "NZ": ("Aroha|Mere|Ngaire|Poppy", "Rawiri|Manaia|Finn|Hamish", "Ngata|Parata|Henare|Whitcombe|Rountree", "",
           "Rotorua|Timaru|Nelson|Gisborne|Whanganui", "Pōhutukawa Drive|Rimu Street|Kowhai Crescent|Matai Road", "021 ### ####|+64 27 ### ####|022 ### ####",
           "xtra.co.nz|gmail.com|orcon.net.nz"),
    "IN": ("Ishita|Meenakshi|Sanjana|Tejaswini|Harini", "Pranav|Vignesh|Rohit|Abhishek|Siddharth", "Kulkarni|Chakraborty|Menon|Bhat|Deshpande|Iyengar|Mehta", "",
           "Nagpur|Coimbatore|Mysuru|Vadodara|Bhubaneswar|Kochi", "MG Road|Residency Road|Nehru Nagar|Gandhi Bazaar|Park Street",
           "+91 9#### #####|+91 7#########|8#### #####|+91-9#########", "gmail.com|yahoo.in|outlook.com|rediffmail.com"),
    "ZA": ("Thandiwe|Lerato|Anri|Zanele", "Sipho|Pieter|Thabo|Kagiso", "Dlamini|Botha|Naidoo|Khumalo|van Wyk|Mokoena", "",
           "Polokwane|Kimberley|Knysna|Bloemfontein|Mbombela", "Voortrekker Road|Long Street|Jan Smuts Avenue|Protea Lane",
           "0%# ### ####|+27 %# ### ####", "gmail.com|telkomsa.net|vodamail.co.za"),
    "NG": ("Chiamaka|Temitope|Hauwa|Ifeoma", "Chinedu|Babatunde|Abdullahi|Emeka", "Eze|Adeyemi|Okonkwo|Danjuma|Afolabi|Ibe", "",
           "Enugu|Abeokuta|Kaduna|Calabar|Jos", "Adeola Odeku Street|Ahmadu Bello Way|Okpara Avenue|Murtala Mohammed Road",
           "080# ### ####|+234 81# ### ####|070########", "gmail.com|yahoo.com"),
    "SG": ("Hui Min|Aisyah|Jia Hui|Priyanka", "Zhi Hao|Faizal|Wen Jie|Arjun", "Lim|Koh|Chua|Ramasamy|Rahman|Goh", "",
           "Tampines|Bedok|Punggol|Jurong West|Bukit Timah", "Tampines Street 81|Bedok North Avenue 2|Punggol Field|Jurong West Street 52",
           "+65 9### ####|8### ####|+65 8###-####", "gmail.com|singnet.com.sg|yahoo.com.sg"),
    "PH": ("Rowena|Maricel|Jasmine|Liezl", "Rodel|Jomar|Arnel|Paolo", "Dela Cruz|Villanueva|Bautista|Manalo|Ocampo|Salonga", "",
           "Iloilo City|Bacolod|Cagayan de Oro|Dumaguete|Baguio", "Rizal Avenue|Mabini Street|Luna Street|Quezon Boulevard",
           "09## ### ####|+63 9## ### ####|+639#########", "gmail.com|yahoo.com"),
    "MY": ("Nurul Aina|Siti Aminah|Mei Ling|Kavitha", "Ahmad Faris|Muhammad Hakim|Wei Jie|Suresh", "Tan|Wong|Lim|Abdullah|Rahman|Subramaniam", "",
           "Ipoh|Johor Bahru|Kuching|Kota Kinabalu|Melaka", "Jalan Sultan Idris|Jalan Tun Razak|Lorong Bunga Raya|Jalan Ampang",
           "+60 12-### ####|01#-### ####|+6019-#######", "gmail.com|yahoo.com.my|hotmail.my"),
    "PK": ("عائشہ=Ayesha|فاطمہ=Fatima|سارہ=Sara|مہوش=Mehwish", "علی=Ali|حسن=Hassan|بلال=Bilal|عمران=Imran", "خان=Khan|قریشی=Qureshi|چوہدری=Chaudhry|بٹ=Butt|ملک=Malik", "",
           "لاہور|فیصل آباد|ملتان|پشاور|راولپنڈی", "مال روڈ|جناح روڈ|گلبرگ مین بلیوارڈ|شاہراہ قائدین", "+92 3## #######|03##-#######", "gmail.com|yahoo.com|hotmail.com"),
    "PKE": ("Ayesha|Fatima|Sara|Mehwish", "Ali|Hassan|Bilal|Imran", "Khan|Qureshi|Chaudhry|Butt|Malik", "",
            "Lahore|Faisalabad|Multan|Peshawar|Rawalpindi", "Mall Road|Jinnah Road|Main Boulevard Gulberg|Shahrah-e-Quaideen",
            "+92 3## #######|03##-#######", "gmail.com|yahoo.com|hotmail.com"),
    "DE": ("Svenja|Wiebke|Friederike|Nele|Annika", "Jannik|Lasse|Malte|Hendrik|Fabian", "Brinkmann|Hollmann|Dietrich|Özdemir|Kessler|Pfeiffer|Heinemann", "",
           "Göttingen|Lüneburg|Bamberg|Passau|Kiel|Erfurt|Trier", "Lindenstraße|Am Mühlbach|Gartenweg|Kastanienallee|Schillerstraße",
           "0171 #######|+49 160 ########|0%## #######|+49 (0)15# ########", "gmx.de|web.de|t-online.de|mailbox.org"),
    "AT": ("Magdalena|Theresa|Veronika", "Florian|Matthias|Lorenz", "Gruber|Pichler|Moser|Hofer|Steinbauer", "", "Graz|Villach|Wels|Dornbirn|Krems",
           "Herrengasse|Lindengasse|Grabenweg|Kirchplatz", "+43 660 #######|0664 #######", "gmx.at|chello.at|a1.net"),
    "CH": ("Seraina|Corinne|Mirjam", "Reto|Beat|Urs", "Brunner|Keller|Baumann|Frei|Widmer", "", "Winterthur|Thun|Chur|Schaffhausen|Aarau",
           "Seestrasse|Dorfstrasse|Rebenweg|Hauptgasse", "+41 79 ### ## ##|076 ### ## ##", "bluewin.ch|gmx.ch|hispeed.ch"),
    "FR": ("Clémence|Maëlle|Ophélie|Gaëlle|Solène", "Thibault|Gaspard|Yannick|Arnaud|Maxence", "Lefebvre|Rousseau|Benali|Le Goff|Chevalier|Marchand|Perrin", "",
           "Angers|Brest|Dijon|Annecy|Perpignan|Besançon|Poitiers", "rue des Lilas|boulevard Gambetta|rue Jean Jaurès|impasse des Vignes|place du Marché",
           "06 ## ## ## ##|07.##.##.##.##|+33 6 ## ## ## ##|02 ## ## ## ##", "orange.fr|sfr.fr|wanadoo.fr|free.fr"),
    "BE": ("Elke|Manon|Lien|Justine", "Wout|Maxime|Pieter-Jan|Arnaud", "Peeters|Maes|Claes|Lambert|Goossens|Dubois", "", "Leuven|Namur|Mechelen|Liège|Brugge",
           "Stationsstraat|Rue des Carmes|Diestsestraat|Chaussée de Louvain", "+32 47# ## ## ##|04## ## ## ##", "telenet.be|proximus.be|gmail.com"),
    "ES": ("Itziar|Candela|Ainhoa|Vega|Rocío", "Unai|Álvaro|Jordi|Borja|Iker", "Echeverría Gil|Montero Blanco|Salas Ferrer|Cano Iglesias|Domínguez Vidal", "",
           "Logroño|Salamanca|Girona|Jaén|Pamplona|Badajoz", "Calle Mayor|Avenida de la Constitución|Calle San Fernando|Plaza del Carmen",
           "6## ### ###|+34 7## ## ## ##|9## ## ## ##", "gmail.com|hotmail.es|movistar.es|yahoo.es"),
    "MX": ("Guadalupe|Ximena|Fernanda|Itzel", "Emiliano|Santiago|Ulises|Rogelio", "Hernández Ríos|Castañeda López|Villarreal Soto|Ortega Mendoza", "",
           "Querétaro|Oaxaca|Mérida|Puebla|Morelia", "Av. Juárez|Calle Hidalgo|Av. Insurgentes Sur|Calle 5 de Mayo", "+52 1 55 #### ####|33 #### ####|+52 442 ### ####",
           "gmail.com|hotmail.com|prodigy.net.mx"),
    "CL": ("Javiera|Constanza|Catalina", "Matías|Benjamín|Vicente", "Muñoz Reyes|Soto Fuentes|Contreras Silva|Rojas Araya", "",
           "Valparaíso|Concepción|Temuco|La Serena|Antofagasta", "Av. Brasil|Calle Prat|Pasaje Los Aromos|Av. Alemania", "+56 9 #### ####|9 #### ####", "gmail.com|vtr.net"),
    "PE": ("Milagros|Rosa|Kiara", "Renzo|Jhonatan|César", "Quispe Mamani|Huamán Torres|Flores Chávez", "", "Arequipa|Cusco|Trujillo|Piura|Chiclayo",
           "Jr. de la Unión|Av. Ejército|Calle Mercaderes", "+51 9## ### ###|9## ### ###", "gmail.com|hotmail.com"),
    "IT": ("Ginevra|Benedetta|Ludovica|Camilla", "Tommaso|Jacopo|Niccolò|Filippo", "Ferraro|De Luca|Marchetti|Benedetti|Fontana|Lombardi", "",
           "Trento|Lecce|Perugia|Ferrara|Bergamo|Modena", "Via Garibaldi|Via XX Settembre|Corso Vittorio Emanuele|Via delle Rose",
           "3## #######|+39 33# ### ####|+39 34########", "libero.it|alice.it|gmail.com|fastwebnet.it"),
    "NL": ("Lieke|Sanne|Floor|Iris", "Joris|Bas|Niels|Sven", "Bosman|van Leeuwen|Hendriks|de Wit|Dekker|Verhoeven", "",
           "Haarlem|Leiden|Deventer|Tilburg|Amersfoort|Leeuwarden", "Dorpsstraat|Kastanjelaan|Nieuwe Gracht|Vondelstraat", "06 ########|+31 6 #### ####|06-## ## ## ##",
           "ziggo.nl|kpnmail.nl|xs4all.nl"),
    "PT": ("Inês|Beatriz|Leonor", "Tiago|Gonçalo|Duarte", "Ferreira|Sousa|Carvalho|Marques|Lopes", "", "Braga|Aveiro|Coimbra|Faro|Évora",
           "Rua de Santa Catarina|Avenida da República|Rua do Carmo", "91# ### ###|+351 93# ### ###", "sapo.pt|gmail.com|netcabo.pt"),
    "BR": ("Thaís|Bruna|Larissa|Gabriela", "Gustavo|Rafael|Thiago|Caio", "Oliveira|Ribeiro|Cavalcanti|Gomes|Barbosa|Moura", "",
           "Curitiba|Campinas|Florianópolis|Belém|Recife|Uberlândia", "Rua XV de Novembro|Avenida Brasil|Rua das Flores|Alameda Santos",
           "(##) 9####-####|+55 ## 9#### ####", "gmail.com|uol.com.br|terra.com.br|hotmail.com"),
    "PL": ("Agnieszka|Zofia|Weronika|Marta", "Bartosz|Jakub|Krzysztof|Wojciech", "Kowalska|Wiśniewska|Zielińska|Lewandowska|Dąbrowska",
           "Kowalski|Wiśniewski|Zieliński|Lewandowski|Dąbrowski", "Lublin|Gdańsk|Toruń|Rzeszów|Opole|Bydgoszcz", "ul. Mickiewicza|ul. Kościuszki|ul. Ogrodowa|ul. Długa",
           "+48 6## ### ###|5## ### ###|7## ### ###", "wp.pl|gmail.com|onet.pl|interia.pl"),
    "SE": ("Ebba|Saga|Tuva|Ingrid", "Hugo|Viktor|Oskar|Albin", "Lundqvist|Sjöberg|Bergström|Holmberg|Åberg", "", "Umeå|Uppsala|Luleå|Jönköping|Visby",
           "Storgatan|Björkvägen|Kyrkogatan|Strandvägen", "070-### ## ##|+46 73 ### ## ##", "telia.com|gmail.com|bredband.net"),
    "NO": ("Solveig|Ragnhild|Ida", "Håkon|Eirik|Torbjørn", "Haugen|Solberg|Berntsen|Dahl|Strand", "", "Tromsø|Drammen|Ålesund|Bodø|Hamar",
           "Storgata|Fjellveien|Bryggen|Kirkeveien", "9## ## ###|+47 4## ## ###", "online.no|gmail.com|getmail.no"),
    "DK": ("Freja|Ida|Mette", "Rasmus|Mads|Søren", "Mikkelsen|Frederiksen|Bech|Skov|Lauridsen", "", "Aalborg|Esbjerg|Roskilde|Vejle|Svendborg",
           "Vestergade|Skolevej|Havnegade|Østerbrogade", "+45 2# ## ## ##|4# ## ## ##", "gmail.com|mail.tele.dk|jubii.dk"),
    "FI": ("Aino|Noora|Kaisa", "Juho|Aleksi|Ville", "Nieminen|Mäkinen|Heikkinen|Salonen|Laine", "", "Tampere|Oulu|Jyväskylä|Kuopio|Pori",
           "Hämeenkatu|Rantatie|Kirkkokatu|Mäkitie", "050 ### ####|+358 40 ### ####", "gmail.com|kolumbus.fi|suomi24.fi"),
    "EE": ("Kadri|Liis|Triin", "Rasmus|Kristjan|Margus", "Tamm|Saar|Sepp|Mägi|Kask", "", "Tartu|Pärnu|Narva|Viljandi|Rakvere",
           "Rüütli tänav|Pikk tänav|Riia maantee|Vabaduse puiestee", "+372 5### ####|5### ###", "gmail.com|hot.ee|mail.ee"),
    "IS": ("Guðrún|Sigríður|Hildur", "Gunnar|Einar|Ólafur", "Jónsdóttir|Sigurðardóttir|Magnúsdóttir", "Jónsson|Sigurðsson|Magnússon",
           "Akureyri|Hafnarfjörður|Ísafjörður|Selfoss|Egilsstaðir", "Laugavegur|Hafnarstræti|Aðalgata|Kirkjuvegur", "+354 6## ####|8## ####",
           "simnet.is|gmail.com|internet.is"),
    "CZ": ("Tereza|Lucie|Markéta", "Jakub|Vojtěch|Ondřej", "Dvořáková|Procházková|Kučerová|Veselá", "Dvořák|Procházka|Kučera|Veselý",
           "Olomouc|Plzeň|Liberec|Zlín|Jihlava", "Masarykova|Palackého|Husova|Nádražní", "+420 6## ### ###|7## ### ###", "seznam.cz|email.cz|gmail.com"),
    "SI": ("Maja|Nina|Špela", "Luka|Žiga|Matej", "Novak|Horvat|Kovačič|Krajnc|Zupan", "", "Maribor|Celje|Kranj|Koper|Novo mesto",
           "Prešernova ulica|Slovenska cesta|Cankarjeva ulica|Trubarjeva ulica", "+386 41 ### ###|031 ### ###", "siol.net|gmail.com|t-2.net"),
    "RO": ("Ioana|Andreea|Bianca", "Mihai|Radu|Vlad", "Popescu|Ionescu|Munteanu|Constantinescu|Marin", "", "Cluj-Napoca|Iași|Timișoara|Brașov|Sibiu|Oradea",
           "Strada Republicii|Calea Victoriei|Strada Mihai Eminescu|Bulevardul Independenței", "07## ### ###|+40 72# ### ###", "yahoo.com|gmail.com|yahoo.ro"),
    "TR": ("Zeynep|Elif|Defne|Büşra", "Emre|Kerem|Mert|Burak", "Yılmaz|Demir|Şahin|Çelik|Öztürk|Arslan", "", "İzmir|Eskişehir|Trabzon|Gaziantep|Kayseri|Edirne",
           "Cumhuriyet Caddesi|İstiklal Sokak|Lale Sokak|Bağdat Caddesi", "05## ### ## ##|+90 53# ### ## ##", "gmail.com|hotmail.com|yandex.com.tr"),
    "GR": ("Ελένη=Eleni|Κατερίνα=Katerina|Σοφία=Sofia", "Γιώργος=Giorgos|Νίκος=Nikos|Κώστας=Kostas",
           "Παπαδοπούλου=Papadopoulou|Γεωργίου=Georgiou|Οικονόμου=Oikonomou", "Παπαδόπουλος=Papadopoulos|Γεωργίου=Georgiou|Οικονόμου=Oikonomou",
           "Πάτρα|Ηράκλειο|Λάρισα|Βόλος|Ιωάννινα", "Οδός Ερμού|Οδός Κολοκοτρώνη|Λεωφόρος Αλεξάνδρας", "69# ### ####|+30 69########", "gmail.com|yahoo.gr|hol.gr"),
    "RU": ("Анна=Anna|Ксения=Ksenia|Екатерина=Ekaterina|Дарья=Darya", "Алексей=Alexey|Дмитрий=Dmitry|Илья=Ilya|Сергей=Sergey",
           "Соколова=Sokolova|Морозова=Morozova|Волкова=Volkova|Кузнецова=Kuznetsova", "Соколов=Sokolov|Морозов=Morozov|Волков=Volkov|Кузнецов=Kuznetsov",
           "Казань|Самара|Пермь|Томск|Тверь", "ул. Гагарина|ул. Пушкина|пр. Мира|ул. Садовая", "+7 9## ### ## ##|8 9## ###-##-##", "yandex.ru|mail.ru|rambler.ru"),
    "UA": ("Оксана=Oksana|Ірина=Iryna|Софія=Sofiia", "Андрій=Andrii|Тарас=Taras|Богдан=Bohdan",
           "Шевчук=Shevchuk|Бондаренко=Bondarenko|Коваленко=Kovalenko|Мельник=Melnyk|Ткаченко=Tkachenko", "",
           "Львів|Полтава|Вінниця|Чернігів|Івано-Франківськ", "вул. Шевченка|вул. Франка|вул. Грушевського|просп. Свободи", "+380 63 ### ## ##|097 ### ## ##",
           "ukr.net|gmail.com|meta.ua"),
    "BG": ("Мария=Maria|Десислава=Desislava|Гергана=Gergana", "Георги=Georgi|Николай=Nikolay|Стоян=Stoyan",
           "Петрова=Petrova|Георгиева=Georgieva|Димитрова=Dimitrova", "Петров=Petrov|Георгиев=Georgiev|Димитров=Dimitrov",
           "Пловдив|Варна|Бургас|Русе|Стара Загора", "ул. Раковски|бул. Христо Ботев|ул. Шипка", "+359 87 ### ####|088 ### ####", "abv.bg|gmail.com|dir.bg"),
    "HR": ("Ivana|Petra|Mia", "Luka|Marko|Ivan", "Horvat|Kovačević|Babić|Marić|Jurić", "", "Split|Rijeka|Osijek|Zadar|Pula",
           "Ulica kralja Tomislava|Vukovarska ulica|Ulica Ivana Gundulića", "+385 91 ### ####|098 ### ####", "gmail.com|net.hr|hi.t-com.hr"),
    "LT": ("Rūta|Ieva|Eglė", "Tomas|Lukas|Darius", "Kazlauskienė|Jankauskaitė|Petrauskienė", "Kazlauskas|Jankauskas|Petrauskas",
           "Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus", "Laisvės al.|Vilniaus g.|Liepų g.|Taikos pr.", "+370 6## #####|86## #####", "gmail.com|one.lt|takas.lt"),
    "JP": ("陽菜=Hina|結衣=Yui|さくら=Sakura|葵=Aoi", "大翔=Hiroto|蓮=Ren|翔太=Shota|健一=Kenichi", "佐藤=Sato|鈴木=Suzuki|高橋=Takahashi|渡辺=Watanabe|中村=Nakamura|小林=Kobayashi", "",
           "仙台市|広島市|静岡市|岡山市|長野市", "一番町|本通|呉服町|表町|南石堂町", "090-####-####|070-####-####|+81 80-####-####",
           "docomo.ne.jp|ezweb.ne.jp|gmail.com|icloud.com"),
    "CN": ("丽娜=Lina|婷婷=Tingting|思雨=Siyu|欣怡=Xinyi", "浩然=Haoran|俊杰=Junjie|伟=Wei|明轩=Mingxuan", "王=Wang|李=Li|张=Zhang|刘=Liu|陈=Chen|杨=Yang|黄=Huang", "",
           "成都|杭州|西安|厦门|苏州|青岛", "人民路|中山路|解放路|建设路|长江路", "139 #### ####|+86 186 #### ####|158########", "qq.com|163.com|sina.com|foxmail.com"),
    "KR": ("지민=Ji-min|서연=Seo-yeon|하은=Ha-eun|민지=Min-ji", "민준=Min-jun|도윤=Do-yun|현우=Hyun-woo|지훈=Ji-hoon", "김=Kim|이=Lee|박=Park|최=Choi|정=Jung|강=Kang|윤=Yoon", "",
           "대구|광주|대전|수원|울산", "중앙대로|테헤란로|동성로|금남로", "010-####-####|+82 10 #### ####|010########", "naver.com|daum.net|kakao.com|gmail.com"),
    "IL": ("יעל=Yael|רותם=Rotem|הדס=Hadas", "נדב=Nadav|גיל=Gil|אורי=Uri", "אברהם=Avraham|פרידמן=Friedman|שפירא=Shapira|דהן=Dahan|אזולאי=Azoulay", "",
           "חולון|כפר סבא|הרצליה|טבריה|אילת", "רחוב ז'בוטינסקי|רחוב בן יהודה|רחוב סוקולוב|רחוב העצמאות", "05#-#######|+972-5#-###-####", "gmail.com|walla.com|012.net.il"),
    "AE": ("عائشة=Aisha|شيماء=Shaima|حصة=Hessa", "راشد=Rashid|حمدان=Hamdan|ماجد=Majid", "الكعبي=Al Kaabi|المهيري=Al Muhairi|الظاهري=Al Dhaheri|الفلاسي=Al Falasi", "",
           "أبوظبي|دبي|الفجيرة|أم القيوين", "شارع حمدان|شارع المرور|شارع الخليج", "+971 50 ### ####|056 ### ####", "gmail.com|hotmail.com|eim.ae"),
    "EG": ("منى=Mona|ياسمين=Yasmin|رانيا=Rania", "مصطفى=Mostafa|طارق=Tarek|عمرو=Amr", "إبراهيم=Ibrahim|منصور=Mansour|الشريف=El Sherif|عثمان=Osman", "",
           "الجيزة|بورسعيد|الزقازيق|أسوان|دمياط", "شارع جامعة الدول العربية|شارع مصدق|شارع الجمهورية", "+20 11# ### ####|012########", "gmail.com|yahoo.com"),
    "INH": ("अनीता=Anita|रेखा=Rekha|प्रिया=Priya|सुनीता=Sunita", "अमित=Amit|राहुल=Rahul|विकास=Vikas|संजय=Sanjay", "शर्मा=Sharma|वर्मा=Verma|यादव=Yadav|मिश्रा=Mishra|चौहान=Chauhan", "",
            "जयपुर|भोपाल|पटना|वाराणसी|कानपुर", "स्टेशन रोड|गांधी मार्ग|नेहरू नगर|सिविल लाइंस", "+91 9#########|7#### #####", "gmail.com|yahoo.co.in"),
    "TH": ("นภา=Napa|ศิริพร=Siriporn|อรุณี=Arunee", "ณัฐพล=Nattapon|กิตติ=Kitti|วิชัย=Wichai", "สุขสวัสดิ์=Suksawat|จันทร์เพ็ญ=Chanpen|ทองคำ=Thongkham|ศรีวงศ์=Sriwong", "",
           "นครราชสีมา|พิษณุโลก|สงขลา|ระยอง|เชียงราย", "ถนนราชดำเนิน|ถนนสุขุมวิท|ถนนพหลโยธิน|ซอยรามคำแหง 24", "09#-###-####|+66 6# ### ####", "gmail.com|hotmail.com"),
    "VN": ("Lan Anh|Thanh Hương|Minh Thư|Bảo Ngọc", "Hoàng Nam|Minh Khoa|Quốc Bảo|Thành Công", "Đặng|Bùi|Đỗ|Huỳnh|Vũ|Ngô", "",
           "Hải Phòng|Quy Nhơn|Đà Lạt|Buôn Ma Thuột|Vinh", "đường Lý Thường Kiệt|đường Phan Chu Trinh|đường Điện Biên Phủ|phố Hàng Bạc",
           "09# ### ## ##|+84 3# ### ####|08########", "gmail.com|yahoo.com.vn|fpt.vn"),
    "ID": ("Sri Wahyuni|Putri|Anisa|Lestari", "Dimas|Fajar|Arif|Yoga", "Kusuma|Saputra|Setiawan|Gunawan|Hutapea|Simanjuntak", "",
           "Surabaya|Denpasar|Palembang|Pontianak|Bogor", "Jl. Ahmad Yani|Jl. Pahlawan|Jl. Pemuda|Jl. Veteran", "0812-####-####|+62 857 #### ####",
           "gmail.com|yahoo.co.id"),
}
SURNAME_FIRST = {"HU", "JP", "CN", "KR", "VN"}
NO_GAP = {"JP", "CN", "KR"}
LANGS: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 6), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("NG", 1), ("SG", 1), ("PH", 1), ("MY", 1)),
    "en-nid": (("GB", 3), ("IE", 2), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("MY", 1), ("PKE", 1)),
    "de": (("DE", 5), ("AT", 2), ("CH", 2)), "fr": (("FR", 4), ("BE", 2)), "es": (("ES", 4), ("MX", 2), ("CL", 1), ("PE", 1)), "it": (("IT", 1),),
    "nl": (("NL", 3), ("BE", 1)), "pt": (("PT", 1),), "pt-BR": (("BR", 1),), "pl": (("PL", 1),), "sv": (("SE", 1),), "no": (("NO", 1),),
    "da": (("DK", 1),), "fi": (("FI", 1),), "et": (("EE", 1),), "is": (("IS", 1),), "cs": (("CZ", 1),), "sl": (("SI", 1),), "ro": (("RO", 1),),
    "tr": (("TR", 1),), "el": (("GR", 1),), "ru": (("RU", 1),), "uk": (("UA", 1),), "bg": (("BG", 1),), "hr": (("HR", 1),), "lt": (("LT", 1),),
    "ja": (("JP", 1),), "zh": (("CN", 1),), "ko": (("KR", 1),), "he": (("IL", 1),), "ar": (("AE", 2), ("EG", 1)), "hi": (("INH", 1),),
    "th": (("TH", 1),), "vi": (("VN", 1),), "id": (("ID", 1),), "ms": (("MY", 1),), "ur": (("PK", 1),),
}


def locale_for(lang: str, rng: random.Random) -> str:
    if lang in LANGS:
        pool = LANGS[lang]
        country = rng.choices([c for c, _ in pool], [w for _, w in pool])[0]
        return f"{lang.split('-')[0]}-{country}"
    base, country = lang.split("-")
    return f"{base}-{country}"


class Person:
    def __init__(self, r: random.Random, country: str, sex: str | None) -> None:
        fem, mal, sur_f, sur_m = PEOPLE[country][:4]
        self.sex = sex or r.choice("fm")
        given = r.choice((fem if self.sex == "f" else mal).split("|"))
        family = r.choice((sur_m if self.sex == "m" and sur_m else sur_f).split("|"))
        self.first, self.last = _native(given), _native(family)
        self.first_l, self.last_l = _latin(given), _latin(family)
        if country in SURNAME_FIRST:
            self.full = f"{self.last}{'' if country in NO_GAP else ' '}{self.first}"
        else:
            self.full = f"{self.first} {self.last}"
        self.country = country
        self.dob = datetime.date(1956, 3, 1) + datetime.timedelta(days=r.randint(0, 18250))
        self.town = ""


# ---------------------------------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------------------------------
MONTH_NAMES = {
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    "de": "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    "ro": "ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie",
    "tr": "Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık",
    "ru": "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
    "id": "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember",
    "ms": "Januari|Februari|Mac|April|Mei|Jun|Julai|Ogos|September|Oktober|November|Disember",
}
WITH_DOTS = {"de", "pl", "ru", "uk", "cs", "sl", "fi", "no", "da", "tr", "ro", "bg", "hr", "et", "is"}


def write_date(r: random.Random, lang: str, country: str, d: datetime.date) -> str:
    y, m, dd = d.year, d.month, d.day
    if lang in ("ja", "zh"):
        return r.choice([f"{y}年{m}月{dd}日", f"{y}-{m:02d}-{dd:02d}", f"{y}年{m:02d}月{dd:02d}日"])
    if lang == "ko":
        return r.choice([f"{y}년 {m}월 {dd}일", f"{y}. {m}. {dd}."])
    if lang in ("lt", "sv"):
        return f"{y}-{m:02d}-{dd:02d}"
    names = MONTH_NAMES.get(lang)
    if lang == "en":
        mon = names.split("|")[m - 1]
        if country in ("US", "PH"):
            return r.choice([f"{m}/{dd}/{y}", f"{mon} {dd}, {y}", f"{m:02d}/{dd:02d}/{y}", f"{mon[:3]}. {dd}, {y}", f"{y}-{m:02d}-{dd:02d}"])
        return r.choice([f"{dd}/{m:02d}/{y}", f"{dd} {mon} {y}", f"{dd} {mon[:3]} {y}", f"{dd}.{m:02d}.{y}", f"{y}-{m:02d}-{dd:02d}"])
    if names and r.random() < 0.45:
        mon = names.split("|")[m - 1]
        if lang in ("es", "pt"):
            return f"{dd} de {mon} de {y}"
        if lang == "de":
            return f"{dd}. {mon} {y}"
        return f"{dd} {mon} {y}"
    if lang in WITH_DOTS:
        return r.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}", f"{dd}. {m}. {y}" if lang in ("cs", "sl") else f"{dd:02d}.{m:02d}.{y}"])
    if lang == "nl":
        return r.choice([f"{dd:02d}-{m:02d}-{y}", f"{dd}-{m}-{y}"])
    if lang == "hu":
        return f"{y}.{m:02d}.{dd:02d}."
    return r.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}"])


_ZIP = {"US": "%####", "AU": "%###", "NZ": "%###", "IN": "%#####", "ZA": "%###", "NG": "%#####", "PH": "%###", "SG": "%#####", "MY": "%####",
        "PK": "%####", "PKE": "%####", "DE": "%####", "AT": "%###", "CH": "%###", "FR": "%####", "BE": "%###", "ES": "%####", "MX": "%####",
        "CL": "%######", "PE": "%####", "IT": "%####", "NL": "%### AA", "PT": "%###-###", "BR": "%####-###", "PL": "%#-###", "SE": "%## ##",
        "NO": "%###", "DK": "%###", "FI": "%####", "EE": "%####", "IS": "%##", "CZ": "%## ##", "SI": "%###", "RO": "%#####", "TR": "%####",
        "GR": "%## ##", "RU": "%#####", "UA": "%####", "BG": "%###", "HR": "%####", "LT": "LT-%####", "JP": "%##-####", "CN": "%#####",
        "KR": "%####", "IL": "%######", "INH": "%#####", "TH": "%####", "VN": "", "ID": "%####", "AE": "", "EG": "%####"}
_STATE = {"Bozeman": "MT", "Asheville": "NC", "Duluth": "MN", "Flagstaff": "AZ", "Eugene": "OR", "Lubbock": "TX", "Ithaca": "NY", "Bend": "OR",
          "Mobile": "AL", "Rapid City": "SD"}
_PROV = {"Kamloops": "BC", "Moncton": "NB", "Trois-Rivières": "QC", "Nanaimo": "BC", "Thunder Bay": "ON", "Red Deer": "AB"}


def make_address(r: random.Random, c: str, street: str, town: str) -> str:
    """One address as people write it on one line, town and postcode included."""
    pc = _shape(r, _ZIP.get(c, ""))
    no = r.randint(2, 180)
    if c == "US":
        unit = r.choice(["", "", f" Apt {r.randint(1, 30)}{r.choice(['', 'B'])}", f" #{r.randint(100, 420)}"])
        return f"{r.randint(100, 9899)} {street}{unit}, {town}, {_STATE[town]} {pc}"
    if c == "CA":
        return f"{r.randint(10, 3999)} {street}, {town}, {_PROV[town]} {r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
    if c == "GB":
        return f"{r.choice(['', 'Flat ' + str(r.randint(1, 12)) + ', '])}{no % 90 + 1} {street}, {town} {r.choice(['NE46', 'SY8', 'YO21', 'GL5', 'PA34', 'CA11', 'LA9', 'CB7'])} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if c == "IE":
        return f"{no % 70 + 1} {street}, {town}, Co. {r.choice(['Kerry', 'Westmeath', 'Sligo', 'Waterford', 'Clare'])}, {r.choice('VNFXA')}{r.randint(10, 99)} {_rs(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if c in ("AU", "NZ", "ZA", "NG", "PH", "IN", "SG", "MY", "PKE"):
        pre = r.choice(["", "", f"Unit {r.randint(1, 14)}/", f"{r.randint(1, 9)}/"]) if c in ("AU", "NZ") else ""
        blk = f"Blk {r.randint(100, 899)} " if c == "SG" else ""
        return f"{blk}{pre}{no} {street}, {town}{(' ' + pc) if pc else ''}"
    if c in ("DE", "AT", "CH", "NL", "PL", "SE", "NO", "DK", "FI", "EE", "IS", "CZ", "SI", "HR", "LT", "IT", "ES", "PT", "BR", "MX", "CL", "PE",
             "RO", "TR", "GR", "BG", "ID"):
        sep = ", " if c in ("IT", "ES", "PT", "BR", "MX", "CL", "PE", "RO", "TR", "GR", "BG", "ID") else " "
        extra = f", {r.randint(1, 6)}º {r.choice('ABCD')}" if c == "ES" and r.random() < 0.5 else f"/{r.randint(1, 40)}" if c == "PL" and r.random() < 0.4 else ""
        if c == "MX":
            return f"{street} {no}, Col. Centro, {pc} {town}"
        return f"{street}{sep}{no}{extra}, {pc} {town}"
    if c in ("FR", "BE"):
        return f"{no % 90 + 1} {street}, {pc} {town}" if c == "FR" else f"{street} {no % 90 + 1}, {pc} {town}"
    if c in ("RU", "UA"):
        return f"{town}, {street}, д. {no % 90 + 1}, кв. {r.randint(1, 220)}, {pc}" if c == "RU" else f"{street}, буд. {no % 90 + 1}, кв. {r.randint(1, 120)}, м. {town}, {pc}"
    if c == "JP":
        return f"〒{pc} {town}{street}{r.randint(1, 4)}丁目{r.randint(1, 20)}-{r.randint(1, 30)}"
    if c == "CN":
        return f"{town}市{street}{r.randint(1, 500)}号{r.randint(1, 20)}单元{r.randint(101, 1802)}室"
    if c == "KR":
        return f"{town} {street} {r.randint(1, 300)}, {r.randint(101, 115)}동 {r.randint(101, 1504)}호"
    if c == "IL":
        return f"{street} {no % 90 + 1}, דירה {r.randint(1, 30)}, {town}"
    if c in ("AE", "EG", "PK"):
        return f"{street}، بناية {no % 90 + 1}، شقة {r.randint(1, 40)}، {town}" if c != "PK" else f"مکان نمبر {no}، {street}، {town}"
    if c == "INH":
        return f"मकान नं. {no}, {street}, {town} {pc}"
    if c == "TH":
        return f"{no}/{r.randint(1, 60)} {street} {town} {pc}"
    if c == "VN":
        return f"số {no} {street}, {town}"
    return f"{no} {street}, {town} {pc}".strip()


def make_phone(r: random.Random, c: str) -> str:
    return _shape(r, r.choice(PEOPLE[c][6].split("|")))


def make_email(r: random.Random, p: Person, host: str = "") -> str:
    f, l = _handle(p.first_l), _handle(p.last_l)
    host = host or r.choice(PEOPLE[p.country][7].split("|"))
    user = r.choice([f"{f}.{l}", f"{f[:1]}.{l}", f"{l}{f[:2]}", f"{f}{r.randint(2, 89)}", f"{f}-{l}", f"{l}.{f[:1]}{r.randint(1, 9)}", f"{f}{l}{r.randint(60, 99)}"])
    return f"{user}@{host}"


def _luhn_sum(d: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch) * (2 if i % 2 else 1)
        total += k - 9 if k > 9 else k
    return total


def luhn_valid(d: str) -> bool:
    return _luhn_sum(d) % 10 == 0


def _with_luhn(body: str) -> str:
    return next(body + c for c in NUM if luhn_valid(body + c))


_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "4000056655665556"}


def make_card(r: random.Random, brand: str = "") -> str:
    brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "disc", "jcb", "cup", "diners"])
    while True:
        if brand == "amex":
            d = _with_luhn(r.choice(["34", "37"]) + _rs(r, 12, NUM))
            if d in _TEST_CARDS:
                continue
            return r.choice([f"{d[:4]} {d[4:10]} {d[10:]}", d, f"{d[:4]}-{d[4:10]}-{d[10:]}"])
        if brand == "diners":
            head = r.choice(["36", "38", "300", "305"])
            d = _with_luhn(head + _rs(r, 13 - len(head), NUM))
            return r.choice([f"{d[:4]} {d[4:10]} {d[10:]}", d])
        prefix = {"visa": "4", "mc": str(r.randint(51, 55)), "mc2": str(r.randint(2221, 2720)), "disc": r.choice(["6011", "65", "644"]),
                  "jcb": str(r.randint(3528, 3589)), "cup": r.choice(["62", "6212", "6228"])}[brand]
        d = _with_luhn(prefix + _rs(r, 15 - len(prefix), NUM))
        if d in _TEST_CARDS:
            continue
        g = [d[i:i + 4] for i in range(0, 16, 4)]
        return r.choice([" ".join(g), d, "-".join(g), " ".join(g), f"{d[:4]} {d[4:8]} {d[8:12]} {d[12:]}"])


_BBAN_SHAPE = {"DE": "18n", "AT": "16n", "CH": "17n", "FR": "23n", "BE": "12n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "PT": "21n", "PL": "24n",
               "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "EE": "16n", "IS": "22n", "SI": "15n", "CZ": "20n", "RO": "4a16n", "TR": "22n",
               "GR": "23n", "BG": "4a14n", "HR": "17n", "LT": "16n", "GB": "4a14n", "IE": "4a14n", "IL": "19n", "AE": "19n", "UA": "25n",
               "LU": "16n", "SA": "20n", "PK": "4a16n", "BR": "23n1a1n", "EG": "25n", "MT": "4a23n"}
_BANKS = {"GB": "MONZ|BUKB|NWBK|HBUK|SRLG", "IE": "BOFI|AIBK|IPBS", "NL": "ABNA|SNSB|TRIO|BUNQ|RABO", "RO": "BRDE|BTRL|CECE", "BG": "STSA|BPBI|UNCR",
          "PK": "MEZN|HABB|UNIL", "MT": "VALL|MALT|APSB"}


def _mod97(s: str) -> int:
    rest = 0
    for ch in s:
        rest = int(str(rest) + str(int(ch, 36))) % 97
    return rest


def _iban_try(r: random.Random, cc: str) -> str:
    body, count = "", ""
    for ch in _BBAN_SHAPE[cc]:
        if ch.isdigit():
            count += ch
            continue
        k, count = int(count), ""
        if ch == "n":
            body += _rs(r, k, NUM)
        elif k == 4 and cc in _BANKS:
            body += r.choice(_BANKS[cc].split("|"))
        else:
            body += _rs(r, k, string.ascii_uppercase)
    return f"{cc}{98 - _mod97(body + cc + '00'):02d}{body}"


def make_iban(r: random.Random, cc: str) -> str:
    from stdnum import iban
    for _ in range(30000):
        v = _iban_try(r, cc)
        if iban.is_valid(v):
            return v
    raise AssertionError(cc)


def write_iban(r: random.Random, v: str) -> str:
    grouped = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return r.choice([grouped, grouped, v])


IBAN_HOME = {"US": "GB", "CA": "IE", "AU": "GB", "NZ": "GB", "IN": "AE", "ZA": "GB", "NG": "GB", "SG": "LU", "PH": "AE", "MY": "AE", "PKE": "PK",
             "MX": "ES", "CL": "ES", "PE": "ES", "JP": "DE", "CN": "NL", "KR": "DE", "INH": "AE", "TH": "DE", "VN": "FR", "ID": "NL", "RU": "LT", "EG": "EG"}


def make_ssn(r: random.Random) -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            return f"{area:03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"


def write_ssn(r: random.Random, d: str, style: str = "") -> str:
    style = style or r.choice(["dash", "dash", "dash", "space", "bare"])
    return {"dash": f"{d[:3]}-{d[3:5]}-{d[5:]}", "space": f"{d[:3]} {d[3:5]} {d[5:]}", "bare": d}[style]


def _dmy(d: datetime.date) -> str:
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"


def _ymd(d: datetime.date) -> str:
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def _curp_letters(p: Person) -> str:
    last = _plain(p.last_l).upper().split()
    vowels = [c for c in last[0][1:] if c in "AEIOU"] or ["X"]
    second = (last[1][0] if len(last) > 1 else "X")
    return f"{last[0][0]}{vowels[0]}{second}{_plain(p.first_l).upper()[0]}"


def _id_draft(r: random.Random, c: str, p: Person) -> str:
    d = p.dob
    female = p.sex == "f"
    if c == "GB":
        return _shape(r, "%## ### ####")
    if c == "IE":
        return _rs(r, 7, NUM) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW") + r.choice(["", "", "A"])
    if c == "CA":
        return _shape(r, r.choice(["%## ### ###", "%##-###-###"]))
    if c == "AU":
        return _shape(r, "%## ### ###")
    if c == "NZ":
        return f"{r.randint(10, 149):03d}-{_rs(r, 3, NUM)}-{_rs(r, 3, NUM)}"
    if c in ("IN", "INH"):
        return f"{r.randint(2, 9)}{_rs(r, 3, NUM)} {_rs(r, 4, NUM)} {_rs(r, 4, NUM)}"
    if c == "ZA":
        return f"{_ymd(d)}{r.randint(0, 4) if female else r.randint(5, 9)}{_rs(r, 3, NUM)}08{r.choice(NUM)}"
    if c == "MY":
        return f"{_ymd(d)}-{r.choice(['01', '07', '08', '10', '12', '13', '14'])}-{_rs(r, 3, NUM)}{r.choice('02468' if female else '13579')}"
    if c in ("PK", "PKE"):
        return f"{r.choice('12345')}{_rs(r, 4, NUM)}-{_rs(r, 7, NUM)}-{r.choice('2468' if female else '1357')}"
    if c == "DE":
        return _shape(r, "%# ### ### ###")
    if c == "AT":
        return f"{r.randint(1, 9)}{_rs(r, 3, NUM)} {_dmy(d)}"
    if c == "CH":
        return f"756.{_rs(r, 4, NUM)}.{_rs(r, 4, NUM)}.{_rs(r, 2, NUM)}"
    if c == "FR":
        body = f"{2 if female else 1}{d.year % 100:02d}{d.month:02d}{r.randint(1, 95):02d}{r.randint(1, 899):03d}{r.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        return r.choice([f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}", f"{body}{key:02d}"])
    if c == "BE":
        body = f"{_ymd(d)}{r.randint(1, 996):03d}"
        key = 97 - int(("2" if d.year >= 2000 else "") + body) % 97
        return r.choice([f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{key:02d}", f"{body}{key:02d}"])
    if c == "ES":
        if r.random() < 0.25:
            n = r.randint(0, 9999999)
            pre = r.choice("XYZ")
            return f"{pre}{n:07d}{'TRWAGMYFPDXBNJZSQVHLCKE'[int(str('XYZ'.index(pre)) + f'{n:07d}') % 23]}"
        n = r.randint(10000000, 79999999)
        return f"{n}{r.choice(['', '-'])}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if c == "MX":
        return (f"{_curp_letters(p)}{_ymd(d)}{'M' if female else 'H'}{r.choice(['QT', 'OC', 'YN', 'PL', 'MN', 'DF', 'JC'])}"
                f"{_rs(r, 3, 'BCDFGHJKLMNPRSTVZ')}{'0' if d.year < 2000 else 'A'}{r.choice(NUM)}")
    if c == "CL":
        n = r.randint(6000000, 24999999)
        return f"{n:,}".replace(",", ".") + "-" + r.choice(NUM + "K")
    if c == "PE":
        return f"{r.randint(10000000, 79999999)}-{r.choice(NUM)}"
    if c == "IT":
        def three(s: str, first: bool) -> str:
            s = _plain(s).upper().replace(" ", "")
            cons = [ch for ch in s if ch.isalpha() and ch not in "AEIOU"]
            if first and len(cons) > 3:
                cons = [cons[0], cons[2], cons[3]]
            return "".join((cons + [ch for ch in s if ch in "AEIOU"] + ["X"] * 3)[:3])
        day = d.day + (40 if female else 0)
        return f"{three(p.last_l, False)}{three(p.first_l, True)}{d.year % 100:02d}{'ABCDEHLMPRST'[d.month - 1]}{day:02d}{r.choice('ABCDEFGHL')}{r.randint(100, 999)}{r.choice(string.ascii_uppercase)}"
    if c == "NL":
        return _shape(r, r.choice(["%########", "%###.##.###"]))
    if c == "PT":
        return f"{r.choice('123')}{_rs(r, 8, NUM)}"
    if c == "BR":
        return r.choice([f"{_rs(r, 3, NUM)}.{_rs(r, 3, NUM)}.{_rs(r, 3, NUM)}-{_rs(r, 2, NUM)}", _rs(r, 11, NUM)])
    if c == "PL":
        return f"{d.year % 100:02d}{d.month + (20 if d.year >= 2000 else 0):02d}{d.day:02d}{_rs(r, 3, NUM)}{r.choice('02468' if female else '13579')}{r.choice(NUM)}"
    if c == "SE":
        return r.choice([f"{_ymd(d)}-{_rs(r, 4, NUM)}", f"{d.year}{d.month:02d}{d.day:02d}-{_rs(r, 4, NUM)}"])
    if c == "NO":
        ind = r.randint(0, 499) if d.year < 2000 else r.randint(500, 999)
        return f"{_dmy(d)}{r.choice(['', ' '])}{ind:03d}{_rs(r, 2, NUM)}"
    if c == "DK":
        return f"{_dmy(d)}-{r.choice('0123' if d.year < 2000 else '4')}{_rs(r, 2, NUM)}{r.choice('02468' if female else '13579')}"
    if c == "FI":
        return f"{_dmy(d)}{'-' if d.year < 2000 else 'A'}{r.randint(2, 899):03d}{r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')}"
    if c == "EE":
        g = ("4" if female else "3") if d.year < 2000 else ("6" if female else "5")
        return f"{g}{_ymd(d)}{_rs(r, 3, NUM)}{r.choice(NUM)}"
    if c == "IS":
        return f"{_dmy(d)}-{_rs(r, 2, NUM)}{r.choice(NUM)}{'9' if d.year < 2000 else '0'}"
    if c == "CZ":
        return f"{d.year % 100:02d}{d.month + (50 if female else 0):02d}{d.day:02d}/{_rs(r, 4, NUM)}"
    if c == "SI":
        return f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}50{r.randint(500, 999) if female else r.randint(0, 499):03d}{r.choice(NUM)}"
    if c == "RO":
        g = ("2" if female else "1") if d.year < 2000 else ("6" if female else "5")
        return f"{g}{_ymd(d)}{r.randint(1, 46):02d}{r.randint(1, 999):03d}{r.choice(NUM)}"
    if c == "TR":
        return f"{r.randint(1, 9)}{_rs(r, 10, NUM)}"
    if c == "GR":
        return f"{_dmy(d)}{_rs(r, 5, NUM)}"
    if c == "RU":
        return f"{r.choice(['16', '63', '59', '70', '69'])}{_rs(r, 10, NUM)}"
    if c == "UA":
        return _shape(r, "%#########")
    if c == "BG":
        return f"{d.year % 100:02d}{d.month + (40 if d.year >= 2000 else 0):02d}{d.day:02d}{_rs(r, 2, NUM)}{r.choice('13579' if female else '02468')}{r.choice(NUM)}"
    if c == "HR":
        return _shape(r, "%##########")
    if c == "LT":
        g = ("4" if female else "3") if d.year < 2000 else ("6" if female else "5")
        return f"{g}{_ymd(d)}{_rs(r, 3, NUM)}{r.choice(NUM)}"
    if c == "JP":
        return _shape(r, r.choice(["%### #### ####", "%###-####-####"]))
    if c == "CN":
        area = r.choice(["510104", "330106", "610113", "350203", "320505", "370202", "110101"])
        return f"{area}{d.year}{d.month:02d}{d.day:02d}{_rs(r, 2, NUM)}{r.choice('02468' if female else '13579')}{r.choice(NUM + 'X')}"
    if c == "KR":
        g = ("2" if female else "1") if d.year < 2000 else ("4" if female else "3")
        return f"{_ymd(d)}-{g}{_rs(r, 6, NUM)}"
    if c == "IL":
        return _rs(r, 9, NUM)
    if c == "TH":
        return f"{r.randint(1, 8)} {_rs(r, 4, NUM)} {_rs(r, 5, NUM)} {_rs(r, 2, NUM)} {r.choice(NUM)}"
    if c == "ID":
        return f"{r.choice(['327301', '357801', '510101', '167101', '610101', '320101'])}{d.day + (40 if female else 0):02d}{d.month:02d}{d.year % 100:02d}{r.randint(1, 9999):04d}"
    raise KeyError(c)


ID_CHECKER = {"GB": "gb.nhs", "IE": "ie.pps", "CA": "ca.sin", "AU": "au.tfn", "NZ": "nz.ird", "IN": "in_.aadhaar", "INH": "in_.aadhaar",
              "ZA": "za.idnr", "MY": "my.nric", "PK": "pk.cnic", "PKE": "pk.cnic", "DE": "de.idnr", "AT": "at.vnr", "CH": "ch.ssn", "FR": "fr.nir",
              "BE": "be.nn", "ES": "es.dni", "MX": "mx.curp", "CL": "cl.rut", "PE": "pe.cui", "IT": "it.codicefiscale", "NL": "nl.bsn", "PT": "pt.nif",
              "BR": "br.cpf", "PL": "pl.pesel", "SE": "se.personnummer", "NO": "no.fodselsnummer", "DK": "dk.cpr", "FI": "fi.hetu", "EE": "ee.ik",
              "IS": "is_.kennitala", "CZ": "cz.rc", "SI": "si.emso", "RO": "ro.cnp", "TR": "tr.tckimlik", "GR": "gr.amka", "RU": "ru.inn",
              "UA": "ua.rntrc", "BG": "bg.egn", "HR": "hr.oib", "LT": "lt.asmens", "JP": "jp.in_", "CN": "cn.ric", "KR": "kr.rrn", "IL": "il.idnr",
              "TH": "th.pin", "ID": "id.nik"}


def id_checker(country: str):
    """The python-stdnum validator for a country's personal number (ES: DNI or NIE)."""
    if country == "ES":
        from stdnum.es import dni, nie
        return lambda v: dni.is_valid(v) or nie.is_valid(v)
    return importlib.import_module(f"stdnum.{ID_CHECKER[country]}").is_valid


def make_national_id(r: random.Random, p: Person) -> str:
    ok = id_checker(p.country)
    for _ in range(20000):
        v = _id_draft(r, p.country, p)
        if ok(v):
            return v
    raise AssertionError(p.country)


def make_ip(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["v4", "v4", "v4", "v4", "v6", "v6s", "lan"])
    if kind == "v6":
        return ":".join([r.choice(["2a01", "2001", "2603", "2a02", "2400", "2c0f"]), _rs(r, 4, HEXD).lstrip("0") or "0"] + [_rs(r, r.randint(1, 4), HEXD) for _ in range(6)])
    if kind == "v6s":
        return f"{r.choice(['2a00', '2001', '2604', '2a0d', '2406'])}:{_rs(r, 4, HEXD)}:{_rs(r, 3, HEXD)}::{_rs(r, r.randint(1, 4), HEXD)}"
    if kind == "lan":
        return r.choice([f"192.168.{r.randint(0, 20)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
    first = r.choice([24, 45, 50, 68, 73, 82, 86, 94, 97, 101, 112, 118, 141, 154, 165, 178, 190, 195, 201, 209, 223])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def make_jwt(r: random.Random, who: str = "") -> str:
    head = _b64url(json.dumps({"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": r.choice([_rs(r, 24, LOWNUM), str(r.randint(10000, 9999999))]), "iat": r.randint(1735000000, 1790000000)}
    if who:
        claims["email"] = who
    if r.random() < 0.5:
        claims["role"] = r.choice(["service_role", "admin", "authenticated", "editor"])
    body = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{head}.{body}.{_b64url(r.randbytes(r.choice([32, 64])))}"


def make_pem(r: random.Random) -> str:
    kind = r.choice(["RSA ", "EC ", "", "OPENSSH "])
    raw = base64.b64encode(r.randbytes(r.choice([121, 180, 240]))).decode()
    body = "\n".join(raw[i:i + 64] for i in range(0, len(raw), 64))
    return f"-----BEGIN {kind}PRIVATE KEY-----\n{body}\n-----END {kind}PRIVATE KEY-----"


TOKENS = {
    "akia": lambda r: "AKIA" + _rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "asia": lambda r: "ASIA" + _rs(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "awssecret": lambda r: _rs(r, 40, ALNUM + "/+"),
    "openai": lambda r: r.choice(["sk-proj-", "sk-svcacct-", "sk-"]) + _rs(r, r.choice([48, 64, 120]), URLSAFE),
    "anthropic": lambda r: "sk-ant-" + r.choice(["api03-", "admin01-"]) + _rs(r, 93, URLSAFE) + "AA",
    "ghp": lambda r: r.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + _rs(r, 36),
    "ghfine": lambda r: "github_pat_11" + _rs(r, 20, UPNUM) + "_" + _rs(r, 59),
    "glpat": lambda r: "glpat-" + _rs(r, 20, URLSAFE),
    "xoxb": lambda r: f"{r.choice(['xoxb', 'xoxp', 'xapp-1'])}-{_rs(r, 12, NUM)}-{_rs(r, 13, NUM)}-{_rs(r, 24)}",
    "slackhook": lambda r: f"https://hooks.slack.com/services/T{_rs(r, 10, UPNUM)}/B{_rs(r, 10, UPNUM)}/{_rs(r, 24)}",
    "stripe": lambda r: r.choice(["sk_live_", "rk_live_", "whsec_"]) + _rs(r, r.choice([24, 32, 99])),
    "aiza": lambda r: "AIza" + _rs(r, 35, URLSAFE),
    "gocspx": lambda r: "GOCSPX-" + _rs(r, 28, URLSAFE),
    "twilio": lambda r: _rs(r, 32, HEXD),
    "sendgrid": lambda r: "SG." + _rs(r, 22, URLSAFE) + "." + _rs(r, 43, URLSAFE),
    "mailchimp": lambda r: _rs(r, 32, HEXD) + "-us" + str(r.randint(2, 21)),
    "npm": lambda r: "npm_" + _rs(r, 36),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + _rs(r, 70, URLSAFE),
    "hf": lambda r: "hf_" + _rs(r, 34, string.ascii_letters),
    "dop": lambda r: "dop_v1_" + _rs(r, 64, HEXD),
    "vault": lambda r: "hvs." + _rs(r, 24 + r.choice([0, 66]), URLSAFE),
    "tfc": lambda r: _rs(r, 14) + ".atlasv1." + _rs(r, 67),
    "grafana": lambda r: "glsa_" + _rs(r, 32) + "_" + _rs(r, 8, HEXD),
    "newrelic": lambda r: "NRAK-" + _rs(r, 27, UPNUM),
    "atlassian": lambda r: "ATATT3xFfGF0" + _rs(r, 170, URLSAFE) + "=" + _rs(r, 8, HEXD).upper(),
    "pscale": lambda r: "pscale_pw_" + _rs(r, 43, URLSAFE),
    "shopify": lambda r: r.choice(["shpat_", "shpss_"]) + _rs(r, 32, HEXD),
    "square": lambda r: "EAAA" + _rs(r, 60, URLSAFE),
    "mapbox": lambda r: "sk.eyJ1Ijoi" + _rs(r, 50) + "." + _rs(r, 22, URLSAFE),
    "tg": lambda r: f"{r.randint(100000000, 7999999999)}:AA{_rs(r, 33, URLSAFE)}",
    "discord": lambda r: f"M{_rs(r, 23)}.{_rs(r, 6, URLSAFE)}.{_rs(r, 38, URLSAFE)}",
    "age": lambda r: "AGE-SECRET-KEY-1" + _rs(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
    "azurekey": lambda r: base64.b64encode(r.randbytes(64)).decode(),
    "replicate": lambda r: "r8_" + _rs(r, 37),
    "fcm": lambda r: "AAAA" + _rs(r, 7, URLSAFE) + ":APA91b" + _rs(r, 134, URLSAFE),
    "datadog": lambda r: _rs(r, 32, HEXD),
    "okta": lambda r: "00" + _rs(r, 40, URLSAFE),
    "pulumi": lambda r: "pul-" + _rs(r, 40, HEXD),
    "linear": lambda r: "lin_api_" + _rs(r, 40),
    "totp": lambda r: _rs(r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
    "cloudflare": lambda r: _rs(r, 40, URLSAFE),
    "doppler": lambda r: "dp.st." + r.choice(["prd", "stg", "dev"]) + "." + _rs(r, 43),
    "flyio": lambda r: "FlyV1 fm2_" + _rs(r, 120, URLSAFE),
    "supabase": lambda r: "sbp_" + _rs(r, 40, HEXD),
    "braintree": lambda r: f"access_token$production${_rs(r, 16, LOWNUM)}${_rs(r, 32, HEXD)}",
}
_WORDS = ["marmalade", "Gravel", "toboggan", "Quokka", "lantern", "Saffron", "Pelican", "mistral", "Cobalt", "thistle", "Rhubarb", "zeppelin",
          "Falafel", "Basalt", "noodle", "Vesper", "Kumquat", "Tundra"]


def make_password(r: random.Random, style: str = "") -> str:
    style = style or r.choice(["word", "word", "leet", "phrase", "random", "pin-ish"])
    if style == "word":
        return f"{r.choice(_WORDS)}{r.choice('!#$@*%&?')}{r.randint(1, 9999)}"
    if style == "leet":
        w = r.choice(_WORDS).replace("a", "4").replace("e", "3").replace("o", "0")
        return f"{w.capitalize()}{r.choice('_.!-')}{r.randint(70, 2025)}{r.choice('!?#')}"
    if style == "phrase":
        return r.choice(["-", ".", "_"]).join(r.choice(_WORDS).lower() for _ in range(r.choice([3, 4]))) + str(r.randint(10, 99))
    if style == "pin-ish":
        return f"{r.choice(_WORDS)[:4].upper()}{r.randint(1000, 9999)}{r.choice(string.ascii_lowercase)}{r.choice('!$')}"
    return _rs(r, r.randint(14, 24), ALNUM + "!#%&*+=?@^~")


_ORGS = {
    "en": ("Marrowby|Thornfield|Kestrel Point|Driftwood|Larchmont|Brackenridge|Cinderhill|Gullwing|Ironbark|Pebblebrook|Hollowmere|Sablewood",
           "Family Dentistry|Freight Ltd|Animal Hospital|Lettings|Bookkeeping LLC|Plumbing & Heating|Federal Credit Union|Orthodontics|Pty Ltd|Senior Living|Solar Co.|Learning Centre|Chiropractic|Legal LLP"),
    "de": ("Auenblick|Mühlbach|Hollerbusch|Sandkrug|Rotdorn|Wiesengrund|Kleeberg", "GmbH|Immobilienverwaltung|Steuerkanzlei|Physiotherapie|Hausarztpraxis|Sanitär KG"),
    "fr": ("Les Tamaris|Beaulieu|Côte Sauvage|Plein Ciel|Les Peupliers|Val d'Or", "SARL|Syndic|Cabinet Dentaire|Mutuelle|Déménagements|Expertise Comptable"),
    "es": ("Tres Pinos|Marisma|La Dehesa|Altamira|Riofrío|El Cerrillo", "S.L.|Asesoría Fiscal|Clínica Veterinaria|Administración de Fincas|Autoescuela|S.A. de C.V."),
    "it": ("Poggio Verde|Acquamarina|Borgo Antico|Valle Serena|Castelrotto", "S.r.l.|Studio Legale|Poliambulatorio|Amministrazioni Condominiali|Autofficina"),
    "nl": ("De Vlonder|Klaverveld|Duinzicht|Berkenrode|Het Anker", "B.V.|Boekhoudkantoor|Fysiotherapie|Verhuur|Huisartsenpraktijk"),
    "pt": ("Vale Verde|Rio Claro|Quinta Nova|Ribeira|Sol Nascente", "Lda.|Contabilidade|Clínica Dentária|Condomínio|Logística Ltda.|Seguros"),
    "pl": ("Jarzębina|Zielony Młyn|Pod Dębem|Kormoran|Srebrny Potok", "Sp. z o.o.|Biuro Księgowe|Centrum Medyczne|Zarządca Nieruchomości"),
    "sv": ("Älvkanten|Granlunda|Sjöbris|Tallbacken", "AB|Bokföring AB|Vårdcentral|Bostäder AB"),
    "no": ("Fjellro|Havtind|Lyngheia|Sjøbris", "AS|Regnskapskontor AS|Legesenter|Utleie AS"),
    "da": ("Klitgården|Bøgely|Fjordblik|Mosevang", "ApS|Bogføring ApS|Lægehus|Udlejning A/S"),
    "fi": ("Männikkö|Aallokko|Kataja|Pohjantähti", "Oy|Tilipalvelu Oy|Lääkäriasema|Vuokraus Oy"),
    "et": ("Kadakas|Põhjarannik|Vahtra|Merekivi", "OÜ|AS|Raamatupidamine OÜ|Perearstikeskus"),
    "is": ("Hraunholt|Norðurljós|Fjarðarbyggð|Sólvangur", "ehf.|hf.|Bókhaldsstofa ehf.|Heilsugæsla"),
    "cs": ("Modrý Kámen|U Lípy|Zelený Háj|Skalka", "s.r.o.|Účetní kancelář s.r.o.|Zubní ordinace|Správa domů a.s."),
    "sl": ("Lipa|Sončni Breg|Triglav Servis|Murka", "d.o.o.|Računovodski servis d.o.o.|Zobna ambulanta|d.d."),
    "ro": ("Brândușa|Valea Mare|Castanul|Arcadia Nord", "SRL|Cabinet Contabil SRL|Clinica Dentară|Administrare Imobile SRL"),
    "tr": ("Deniz Yıldızı|Ege Rüzgarı|Kardelen|Toros", "Ltd. Şti.|Mali Müşavirlik|Diş Kliniği|Lojistik A.Ş."),
    "el": ("Ιθάκη|Μελίσσι|Αμφιτρίτη|Πλάτανος", "Α.Ε.|Ι.Κ.Ε.|Λογιστικό Γραφείο|Οδοντιατρείο"),
    "ru": ("Светлячок|Кедровый бор|Ладога|Полярная звезда", "ООО|ИП|Бухгалтерский центр|Стоматология"),
    "uk": ("Ясен|Полісся|Зоряна|Смерека", "ТОВ|ФОП|Бухгалтерія|Стоматологія"),
    "bg": ("Пирин|Странджа|Перла|Ведрина", "ЕООД|ООД|Счетоводна кантора|Дентален център"),
    "hr": ("Lastovo|Bura|Lavanda|Mosor", "d.o.o.|Knjigovodstvo d.o.o.|Stomatološka ordinacija|j.d.o.o."),
    "lt": ("Rasa|Šilas|Vėtrungė|Žalgiris Servisas", "UAB|MB|Buhalterija UAB|Odontologijos klinika"),
    "ja": ("やまびこ|若葉|ひまわり|しおさい", "株式会社|税理士事務所|歯科医院|管理組合"),
    "zh": ("瑞丰|嘉禾|天诚|和信", "商贸有限公司|物业管理公司|口腔诊所|会计师事务所"),
    "ko": ("늘봄|해오름|한마음|솔빛", "주식회사|세무사무소|치과|관리사무소"),
    "he": ("נוף ים|אלון|רימון|שחר", "בע\"מ|הנהלת חשבונות|מרפאה|ניהול נכסים"),
    "ar": ("الواحة|السنبلة|النجمة|الريادة", "للتجارة العامة|ذ.م.م|للاستشارات|للخدمات الطبية"),
    "hi": ("शिवम|कावेरी|हिमालय|सूर्योदय", "प्राइवेट लिमिटेड|एंटरप्राइजेज|क्लिनिक"),
    "th": ("ดาวเรือง|ศรีสยาม|ร่มโพธิ์|ฟ้าใส", "จำกัด|สำนักงานบัญชี|คลินิก"),
    "vi": ("Bình Minh|An Khang|Tân Phát|Hoa Sen", "TNHH|Cổ phần|Nha khoa|Kế toán"),
    "id": ("Mitra Sejati|Bumi Asri|Karya Mandiri|Sentosa", "PT|CV|Klinik|Akuntan Publik"),
    "ms": ("Seri Murni|Bunga Raya|Cahaya Timur|Mutiara", "Sdn. Bhd.|Enterprise|Klinik|Perakaunan Sdn. Bhd."),
    "ur": ("النور|شاہین|گلشن|مہران", "پرائیویٹ لمیٹڈ|ٹریڈرز|کلینک"),
}


def make_org(r: random.Random, lang: str) -> str:
    stems, ends = _ORGS.get(lang, _ORGS["en"])
    s, e = r.choice(stems.split("|")), r.choice(ends.split("|"))
    if lang in ("ja", "zh", "ko"):
        return f"{e}{s}" if e in ("株式会社", "주식회사") else f"{s}{e}"
    if lang == "ar":
        return f"مؤسسة {s} {e}" if r.random() < 0.5 else f"شركة {s} {e}"
    if e in ("PT", "CV", "ООО", "ИП", "ТОВ", "ФОП", "UAB", "MB", "TNHH", "Cổ phần", "OÜ", "AS") and lang not in ("no",):
        if lang == "vi":
            return f"Công ty {e} {s}"
        if lang in ("ru", "uk"):
            return f"{e} «{s}»"
        if lang == "lt":
            return f"{e} „{s}“"
        if lang == "et":
            return f"{s} {e}"
        return f"{e} {s}"
    return f"{s} {e}"


def personal_link(r: random.Random, p: Person, kind: str = "") -> str:
    f, l = _handle(p.first_l), _handle(p.last_l)
    kind = kind or r.choice(["linkedin", "github", "calendly", "site", "mastodon", "gdrive", "onedrive", "wetransfer", "meet", "paypal", "strava",
                             "behance", "notion", "orcid", "tiktok", "mailto"])
    return {
        "linkedin": f"https://www.linkedin.com/in/{f}{l}{r.choice(['', '-' + _rs(r, 8, LOWNUM)])}/",
        "github": f"https://github.com/{f[:1]}{l}{r.choice(['', str(r.randint(1, 99))])}",
        "calendly": f"https://calendly.com/{f}-{l}/{r.choice(['15min', 'catch-up', 'viewing', 'consultation'])}",
        "site": f"https://{r.choice(['www.', ''])}{f}{l}.{r.choice(['com', 'co.uk', 'net', 'io', 'art'])}{r.choice(['', '/about', '/portfolio'])}",
        "mastodon": f"https://{r.choice(['mastodon.social', 'fosstodon.org', 'hachyderm.io'])}/@{f}{l[:1]}",
        "gdrive": f"https://drive.google.com/drive/folders/1{_rs(r, 32, URLSAFE)}?usp=sharing",
        "onedrive": f"https://1drv.ms/{r.choice(['f', 'b', 'x'])}/s!{_rs(r, 26, URLSAFE)}",
        "wetransfer": f"https://we.tl/t-{_rs(r, 10)}",
        "meet": f"https://meet.google.com/{_rs(r, 3, string.ascii_lowercase)}-{_rs(r, 4, string.ascii_lowercase)}-{_rs(r, 3, string.ascii_lowercase)}",
        "paypal": f"https://paypal.me/{f}{l}{r.choice(['', str(r.randint(1, 99))])}",
        "strava": f"https://www.strava.com/athletes/{r.randint(1000000, 99999999)}",
        "behance": f"https://www.behance.net/{f}{l}",
        "notion": f"https://{f}-{l}.notion.site/{_rs(r, 32, HEXD)}",
        "orcid": f"https://orcid.org/0000-000{r.randint(1, 3)}-{_rs(r, 4, NUM)}-{_rs(r, 3, NUM)}{r.choice(NUM + 'X')}",
        "tiktok": f"https://www.tiktok.com/@{f}.{l}{r.randint(1, 99)}",
        "mailto": f"https://links.newsmail-crm.io/unsubscribe?email={f}.{l}%40{r.choice(PEOPLE[p.country][7].split('|'))}",
    }[kind]


# ---------------------------------------------------------------------------------------------------------------------
# Lookalikes for the hard negatives (never labelled)
# ---------------------------------------------------------------------------------------------------------------------
def _not_luhn(r: random.Random) -> str:
    while True:
        d = r.choice(["4", "5"]) + _rs(r, 15, NUM)
        if not luhn_valid(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def _broken_iban(r: random.Random) -> str:
    v = make_iban(r, r.choice(["DE", "NL", "FR", "IT", "ES"]))
    wrong = (int(v[2:4]) + r.randint(1, 50)) % 97
    wrong = wrong if wrong >= 2 and wrong != int(v[2:4]) else 13 if int(v[2:4]) != 13 else 14
    return f"{v[:2]}{wrong:02d}{v[4:]}"


LOOKALIKE = {
    "order": lambda r: f"{r.choice(['#', 'ORD-', 'A', 'SO-', 'WEB'])}{_rs(r, r.randint(6, 10), NUM)}",
    "semver": lambda r: f"{r.randint(0, 7)}.{r.randint(0, 40)}.{r.randint(0, 25)}",
    "uuid": lambda r: f"{_rs(r, 8, HEXD)}-{_rs(r, 4, HEXD)}-{r.choice('47')}{_rs(r, 3, HEXD)}-{r.choice('89ab')}{_rs(r, 3, HEXD)}-{_rs(r, 12, HEXD)}",
    "sha": lambda r: _rs(r, 40, HEXD),
    "sha256": lambda r: _rs(r, 64, HEXD),
    "abbrev": lambda r: _rs(r, r.choice([7, 8, 10]), HEXD),
    "money": lambda r: r.choice([f"${r.randint(4, 3900)}.{r.randint(0, 99):02d}", f"€{r.randint(4, 3900)},{r.randint(0, 99):02d}", f"£{r.randint(4, 900)}.{r.randint(0, 99):02d}",
                                 f"{r.randint(100, 90000)} ¥", f"R$ {r.randint(10, 9000)},{r.randint(0, 99):02d}"]),
    "doc": lambda r: r.choice(["https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
                               "https://nginx.org/en/docs/http/ngx_http_proxy_module.html", "https://www.rfc-editor.org/rfc/rfc5322",
                               "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html", "https://fastapi.tiangolo.com/tutorial/security/",
                               "https://learn.microsoft.com/en-us/windows/wsl/install", "https://www.gnu.org/software/bash/manual/bash.html",
                               "https://docs.stripe.com/testing", "https://datatracker.ietf.org/doc/html/rfc7519", "https://pkg.go.dev/net/http"]),
    "placeholder": lambda r: r.choice(["sk-...", "sk_live_...", "<YOUR_SECRET_KEY>", "xoxb-your-token", "ghp_************************************",
                                       "${{ secrets.API_TOKEN }}", "REPLACE_ME", "AKIA****************", "changeme", "{{ vault_db_password }}", "********"]),
    "notcard": _not_luhn,
    "notiban": _broken_iban,
    "notssn": lambda r: r.choice([f"000-{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                                  f"9{r.randint(0, 99):02d}-{r.randint(70, 99)}-{r.randint(1000, 9999)}", f"{r.randint(100, 599)}-00-{r.randint(1000, 9999)}",
                                  f"{r.randint(100, 599)}-{r.randint(10, 99)}-0000"]),
    "testcard": lambda r: r.choice(["4242 4242 4242 4242", "4000 0566 5566 5556", "5555 5555 5555 4444", "3782 822463 10005", "4000 0000 0000 9995"]),
    "ticket": lambda r: f"{r.choice(['INC', 'CS', 'HELP', 'BUG', 'CHG'])}{r.choice(['-', ''])}{r.randint(1000, 999999)}",
    "tracking": lambda r: r.choice([f"1Z{_rs(r, 6, UPNUM)}{_rs(r, 10, NUM)}", f"{_rs(r, 2, string.ascii_uppercase)}{_rs(r, 9, NUM)}GB", _rs(r, 22, NUM)]),
    "cve": lambda r: f"CVE-{r.randint(2018, 2026)}-{r.randint(1000, 52000)}",
    "isbn": lambda r: r.choice(["978-0-7432-7356-5", "978-1-59327-584-6", "978-0-596-52068-7", "978-3-16-148410-0"]),
    "docip": lambda r: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254)),
    "ex6": lambda r: f"2001:db8:{_rs(r, 4, HEXD)}::{r.randint(1, 99)}",
    "loop": lambda r: r.choice(["127.0.0.1", "0.0.0.0", "::1", "255.255.255.0", "localhost"]),
    "exmail": lambda r: r.choice(["user@example.com", "alice@example.org", "noreply@example.net", "jane.doe@example.com", "test@test.invalid"]),
    "port": lambda r: str(r.choice([22, 80, 443, 3306, 5432, 6379, 8443, 9200])),
    "color": lambda r: f"#{_rs(r, 6, HEXD)}",
    "build": lambda r: f"{r.randint(1, 9)}{_rs(r, 3, NUM)}.{r.randint(1, 400)}",
    "sku": lambda r: f"{_rs(r, 2, string.ascii_uppercase)}{r.randint(100, 999)}-{r.choice(['BLK', 'WHT', 'NAV', 'RED'])}-{r.choice(['S', 'M', 'L', '42', '44'])}",
    "pct": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
    "flight": lambda r: f"{r.choice(['LH', 'BA', 'AF', 'KL', 'TK', 'EK', 'QF', 'NH'])}{r.randint(10, 1999)}",
    "mac": lambda r: ":".join(_rs(r, 2, HEXD) for _ in range(6)),
    "epoch": lambda r: str(r.randint(1700000000, 1800000000)),
    "year": lambda r: str(r.randint(1990, 2026)),
    "serial": lambda r: f"SN{_rs(r, 10, UPNUM)}",
}


# ---------------------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------------------
class Context:
    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.country = locale.split("-")
        self.people: dict[int, Person] = {}
        self.memo: dict[str, Parts] = {}
        self.towns = PEOPLE[self.country][4].split("|")
        self.streets = PEOPLE[self.country][5].split("|")

    def person(self, i: int, sex: str | None) -> Person:
        if i not in self.people:
            p = Person(self.rng, self.country, sex)
            for _ in range(8):
                if all(p.first != q.first and p.last != q.last for q in self.people.values()):
                    break
                p = Person(self.rng, self.country, sex)
            p.town = self.rng.choice(self.towns)
            self.people[i] = p
        return self.people[i]


PERSONAL = {"name", "first", "last", "latin", "mail", "workmail", "tel", "born", "natid", "ssn", "iban", "card", "addr", "home", "link", "handle",
            "jwtfor"}


def _parse(slot: str) -> tuple[str, int, list[str], str]:
    slot, _, variant = slot.partition("@")
    head, *args = slot.split(":")
    idx = 1
    if head[-1].isdigit() and head[:-1] in PERSONAL:
        head, idx = head[:-1], int(head[-1])
    return head, idx, args, variant


_WORK_HOSTS = ["marrowby-dental.com", "thornfield.co.uk", "kestrelpoint.io", "ironbark.com.au", "pebblebrook.ca", "auenblick.de", "tresprinos.es",
               "klaverveld.nl", "fjellro.no", "hollowmere.org", "gullwing-freight.com", "cinderhill.net"]


def _personal(ctx: Context, kind: str, idx: int, args: list[str], variant: str) -> Parts:
    r = ctx.rng
    sex = "f" if "f" in args else "m" if "m" in args else None
    p = ctx.person(idx, sex)
    arg = next((a for a in args if a not in ("f", "m")), "")
    key = f"{kind}{idx}:{arg}@{variant}"
    if key in ctx.memo:
        return ctx.memo[key]
    if kind == "name":
        out = [(p.full, "PERSON")]
    elif kind == "first":
        out = [(p.first, "PERSON")]
    elif kind == "last":
        out = [(p.last, "PERSON")]
    elif kind == "latin":
        out = [(f"{p.first_l} {p.last_l}" if arg != "upper" else f"{_plain(p.last_l).upper()}, {_plain(p.first_l).upper()}", "PERSON")]
    elif kind == "handle":
        out = [(f"{_handle(p.first_l)[:1]}{_handle(p.last_l)}", None)]
    elif kind == "mail":
        out = [(make_email(r, p), "EMAIL")]
    elif kind == "workmail":
        out = [(make_email(r, p, arg or r.choice(_WORK_HOSTS)), "EMAIL")]
    elif kind == "tel":
        out = [(make_phone(r, p.country), "PHONE")]
    elif kind == "born":
        out = [(write_date(r, "en" if arg == "en" else ctx.lang, p.country, p.dob), "DATE_OF_BIRTH")]
    elif kind == "natid":
        out = [(make_national_id(r, p), "NATIONAL_ID")]
    elif kind == "ssn":
        out = [(write_ssn(r, make_ssn(r), arg), "US_SSN")]
    elif kind == "iban":
        cc = arg if len(arg) == 2 else IBAN_HOME.get(p.country, p.country)
        out = [(write_iban(r, make_iban(r, cc)), "IBAN")]
    elif kind == "card":
        out = [(make_card(r, arg), "CREDIT_CARD")]
    elif kind in ("addr", "home"):
        memo = f"address{idx}"
        if memo not in ctx.memo:
            ctx.memo[memo] = [(make_address(r, p.country, r.choice(ctx.streets), p.town), "ADDRESS")]
        out = ctx.memo[memo]
        if kind == "home":
            out = [(p.town, "LOCATION")]
    elif kind == "link":
        out = [(personal_link(r, p, arg), "URL")]
    elif kind == "jwtfor":
        out = [(make_jwt(r, make_email(r, p)), "SECRET")]
    else:
        raise KeyError(kind)
    ctx.memo[key] = out
    return out


def fill(ctx: Context, slot: str) -> Parts:
    """The parts one slot renders to: (text, TYPE or None)."""
    r = ctx.rng
    if slot in ("lb", "rb"):
        return [("{" if slot == "lb" else "}", None)]
    kind, idx, args, variant = _parse(slot)
    if kind in PERSONAL:
        return _personal(ctx, kind, idx, args, variant)
    arg = args[0] if args else ""
    key = f"{kind}:{':'.join(args)}@{variant}"
    if key in ctx.memo and kind not in ("num", "one"):
        return ctx.memo[key]
    if kind == "town":
        taken = {p.town for p in ctx.people.values()}
        out = [(r.choice([t for t in ctx.towns if t not in taken] or ctx.towns), "LOCATION")]
    elif kind == "org":
        out = [(make_org(r, ctx.lang), "ORGANIZATION")]
    elif kind == "when":
        d = datetime.date(2025, 11, 1) + datetime.timedelta(days=r.randint(0, 540))
        out = [(write_date(r, "en" if arg == "en" else ctx.lang, ctx.country, d), "DATE")]
    elif kind == "ip":
        out = [(make_ip(r, arg), "IP_ADDRESS")]
    elif kind == "tok":
        out = [(TOKENS[arg or r.choice(list(TOKENS))](r), "SECRET")]
    elif kind == "jwt":
        out = [(make_jwt(r), "SECRET")]
    elif kind == "pem":
        out = [(make_pem(r), "SECRET")]
    elif kind == "pass":
        out = [(make_password(r, arg), "SECRET")]
    elif kind == "dsn":
        scheme = arg or r.choice(["postgresql", "mysql", "mongodb+srv", "redis", "amqps", "mssql"])
        user = r.choice(["app", "svc_reports", "admin", "etl", "readonly", "billing"])
        host = r.choice(["db-prod-1.internal", "cluster0.q7zk2.mongodb.net", "10.20.4.17", "pg.eu-west-1.rds.amazonaws.com", "cache.local", "sql-replica"])
        out = [(f"{scheme}://", None), (f"{user}:{make_password(r, r.choice(['random', 'word', 'leet']))}", "SECRET"),
               (f"@{host}:{r.choice([5432, 3306, 27017, 6379, 5671, 1433])}/{r.choice(['app', 'crm', 'ledger', 'analytics'])}", None)]
    elif kind == "cred":
        user = r.choice(["deploy", "ci-bot", "oauth2", "x-access-token", "build"])
        out = [(f"{user}:{TOKENS[arg or 'glpat'](r)}", "SECRET")]
    elif kind == "cardx":
        out = [(make_card(r, arg), "CREDIT_CARD")]
    elif kind == "ibanx":
        out = [(write_iban(r, make_iban(r, arg)), "IBAN")]
    elif kind == "ssnx":
        out = [(write_ssn(r, make_ssn(r), arg), "US_SSN")]
    elif kind == "neg":
        out = [(LOOKALIKE[arg](r), None)]
    elif kind == "num":
        out = [(str(r.randint(int(args[0]), int(args[1]))), None)]
    elif kind == "one":
        out = [(r.choice(arg.split("|")), None)]
    elif kind == "expiry":
        out = [(f"{r.randint(1, 12):02d}/{r.randint(27, 32)}", None)]
    elif kind == "cvc":
        out = [(_rs(r, 3, NUM), None)]
    elif kind == "clock":
        out = [(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", None)]
    else:
        raise KeyError(slot)
    ctx.memo[key] = out
    return out


def _escape_braces(t: str) -> str:
    out, i = [], 0
    while i < len(t):
        if t.startswith("{{", i):
            out.append("{lb}")
            i += 2
        elif t[i] == "{":
            j = t.index("}", i)
            out.append(t[i:j + 1])
            i = j + 1
        elif t.startswith("}}", i):
            out.append("{rb}")
            i += 2
        else:
            out.append(t[i])
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------------
# English PII bodies, each used after two of the request lines below
# ---------------------------------------------------------------------------------------------------------------------
_ASKS = [
    "Can you turn this into a tidy summary for my notes?\n\n", "", "Help me reply to this, friendly but firm:\n\n", "Convert this to CSV please.\n",
    "Proofread this before I hit send:\n\n", "What is this actually asking me to do? Plain words please.\n\n", "Reformat as YAML:\n",
    "Shorten to under 100 words:\n", "Any red flags here?\n\n", "Translate to Spanish, keep all numbers exactly as they are:\n\n",
    "Make a checklist out of this:\n", "Write a follow-up for this thread:\n---\n", "I need this as a properly formatted letter.\n\n",
    "Pull out every date and deadline from this:\n", "can u explain this like im 12\n\n", "Sort this out into sections with headings:\n\n",
]
_BODIES: list[tuple[str, str]] = [
    # --- US social security numbers, in the places they turn up
    ("en-US", "Jury summons reply. Juror: {name}, SSN {ssn}, born {born}. I'm asking to move my service from {when} because I start a new job at {org} that week. Mail goes to {addr}."),
    ("en-US", "Adoption home-study packet, section 2 (applicants)\nApplicant 1: {name:f} | DOB {born} | SSN {ssn}\nApplicant 2: {name2:m} | DOB {born2} | SSN {ssn2}\nHome: {addr}\nCaseworker contact: {tel}"),
    ("en-US", "text from the car dealer: \"hi {first}, finance needs your social to run the pre-approval, just reply with it and your DOB\"\nmy reply so far: {ssn:bare}, {born}\nshould I actually send that over SMS??"),
    ("en-US", "def test_payroll_export():\n    emp = Employee(name=\"{name}\", ssn=\"{ssn}\", hired=\"{when}\", email=\"{workmail}\")\n    assert export_row(emp).startswith(\"{last}\")\n\nthis test fails on CI only, why?"),
    ("en-US", "Workers' comp intake — Claimant {name}, SSN {ssn}, DOB {born}. Injury on {when} at the {org} warehouse in {home}. Supervisor on shift: {name2}. Claimant phone {tel}."),
    ("en-US", "Notes from my call with Medicare: rep asked for my dad's number. Dad is {name2:m}, SSN {ssn2:space}, born {born2}. They'll mail the card to {addr2}. I'm {first}, {tel}."),
    ("en-US", "Dear Appeals Referee,\nI, {name}, SSN {ssn}, appeal the denial of my unemployment claim dated {when}. I was laid off by {org} and have the separation notice. Reach me at {mail} or {tel}."),
    ("en-US", "KYC stuck on this crypto app for 3 days. I typed SSN {ssn}, DOB {born}, address {addr}, and it says 'identity could not be verified'. Login IP shown on the account page: {ip}. Is my data wrong or is it them?"),
    ("en-US", "PSLF employment certification, employer section filled by HR at {org}:\nBorrower name: {name}\nBorrower SSN: {ssn}\nEmployment begin date: {when}\nHR signer: {name2}, {workmail2}"),
    ("en-US", "Recruiter {name2} asked me to email him my enlistment stuff: SSN {ssn}, birth date {born}, high school, and a copy of my license. His address is {workmail2}. Is that a normal thing for a recruiter to ask?"),
    ("en-US", "Letter to IRS: I previously filed with an ITIN and have now been issued SSN {ssn}. Please merge my records. Name: {name}. Current address: {addr}. Daytime phone: {tel}."),
    ("en-US", "Nanny background check authorization\nCandidate: {name:f}\nSocial Security #: {ssn}\nDate of birth: {born}\nPrevious addresses (7 yrs): {addr}\nSigned {when}"),
    ("en-US", "Draft: credit freeze request. My name is {name}, SSN {ssn:bare}, date of birth {born}. Please place a security freeze on my file. My current address is {addr} and I've lived in {home} for four years."),
    ("en-US", "From: {name2} <{workmail2}>\nTo: {mail}\nSubject: missing docs\n\nHi {first}, underwriting still needs the signed 4506-C. Please confirm borrower SSN on it reads {ssn} and the co-borrower's reads {ssn3}. Closing is set for {when}."),
    ("en-US", "INSERT INTO employees (full_name, ssn, dob, hire_date, phone)\nVALUES ('{name}', '{ssn}', '{born:en}', '{when:en}', '{tel}'),\n       ('{name2}', '{ssn2}', '{born2:en}', '{when:en@b}', '{tel2}');\n-- why does this fail on the second row with a date parse error?"),
    ("en-US", "The hospital ({org}) billed me twice for the same ER visit on {when}. Patient: {name}, SSN on the statement {ssn}, guarantor address {addr}. I want to dispute it in writing."),
    ("en-US", "Beneficiary change form, life policy.\nInsured: {name} (SSN {ssn})\nNew primary beneficiary: {name2:f}, relationship spouse, DOB {born2}, SSN {ssn2}\nContingent: {name3}, {tel3}"),
    ("en-US", "tenant-screen API returned this, which field is making the report come back empty?\n{{\"applicant\": {{\"name\": \"{name}\", \"ssn\": \"{ssn:bare}\", \"dob\": \"{born:en}\", \"current_address\": \"{addr}\"}}, \"status\": \"NO_HIT\"}}"),
    ("en-US", "Support chat with a delivery app:\nAgent: For the 1099 we need the SSN on your W-9.\nMe: it's {ssn}, name {name}, I drive around {home}\nAgent: thanks, and the email on the account?\nMe: {mail}"),
    ("en-US", "emp_id\tlast\tfirst\tssn\thire_date\n{num:10000:99999}\t{last}\t{first}\t{ssn}\t{when:en}\n{num:10000:99999}\t{last2}\t{first2}\t{ssn2}\t{when:en@b}\n{num:10000:99999}\t{last3}\t{first3}\t{ssn3:bare}\t{when:en@c}"),
    ("en-US", "OCR of my paystub, some of it is garbled:\nEMPLOYEE {latin:upper}\nSSN {ssn:space}\nPAY DATE {when}\nEMPLOYER {org}\nNET PAY $2,418.07\nDoes the tax line look right for a single filer?"),
    ("en-US", "Police report narrative (identity theft): Between {when} and now, someone opened two credit cards using my name, {name}, and my Social Security number {ssn}. One card statement went to an address that is not mine in {town}. My real address is {addr}."),
    ("en-US", "Scholarship application — please check the tone of the personal statement, not the form part.\nName: {name:f}\nSSN: {ssn}\nDOB: {born}\nHigh school: {org}\nParent email: {mail2}"),
    ("en-US", "Child support worksheet, Parent A: {name:m}, SSN {ssn}, employer {org}; Parent B: {name2:f}, SSN {ssn2}; child born {born3}. Hearing on {when}. What does line 4 mean?"),
    ("en-US", "Email to my accountant: Hi {name2}, for the joint return my wife's SSN is {ssn3:bare} and mine is {ssn:bare}. She's {name3:f}, born {born3}. We moved to {addr} in the spring. — {first}"),
    ("en-US", "Opening a custodial account for my son. Custodian: {name}, SSN {ssn}, {tel}. Minor: {name2:m}, DOB {born2}, SSN {ssn2}. Bank branch in {home}. Which form is the right one?"),
    ("en-US", "webhook payload from our intake form (prod, {when}):\n{{\"form\": \"new_patient\", \"full_name\": \"{name}\", \"ssn\": \"{ssn}\", \"dob\": \"{born:en}\", \"phone\": \"{tel}\", \"ip\": \"{ip}\"}}\nwhy is our logger printing the whole thing?"),
    ("en-US", "Voicemail transcript: \"Hi, this is {name2} from {org}, calling for {first} about the disability application. I just need you to confirm the last name {last} and the social, which I have as {ssn}. Call back at {tel2}.\""),
    ("en-US", "REAL ID checklist for {name}: passport ✔, SSN card ({ssn}) ✔, two proofs of residence for {addr} ✔. Appointment {when} at the DMV in {home}."),
    ("en-US", "Pharmacy called, insurance rejected my refill. They read back member {name}, DOB {born}, SSN {ssn:dash}. The plan is through {org}. What do I say when I call the insurer?"),
    # --- national numbers outside the US, written in English
    ("en-nid", "Letter from my GP practice ({org}): Patient {name}, date of birth {born}, NHS/health number {natid}. Referral to the clinic in {town} on {when}. Can you explain what the referral code means?"),
    ("en-nid", "Starting at {org} on {when}. The onboarding form wants: full name {name}, personal number {natid}, bank details {iban}, emergency contact {name2} {tel2}. Is it normal to send all this by email to {workmail2}?"),
    ("en-nid", "Tax declaration draft\nPayee: {name}\nTax/ID number: {natid}\nDate of birth: {born}\nHome address: {addr}\nPayer: {org}"),
    ("en-nid", "My landlord in {home} asked for a copy of my ID for the lease renewal. Name {name}, ID {natid}, born {born}. He wants it on WhatsApp at {tel2}. Is there a safer way?"),
    ("en-nid", "Visa invitation letter: I, {name}, ID no. {natid}, residing at {addr}, invite my cousin {name2} to stay with me from {when} to {when@b}. Contact: {mail}, {tel}."),
    ("en-nid", "KYC email from my bank: \"Dear {first}, your account will be restricted unless you reply with your ID number and date of birth.\" I replied {natid} and {born} before thinking. Who do I call now?"),
    ("en-nid", "Clinic registration (please translate to simple English for my grandmother):\nName: {name2}\nID: {natid2}\nDOB: {born2}\nNext of kin: {name} ({tel})\nAddress: {addr2}"),
    ("en-nid", "Condo booking form for our trip on {when}: lead guest {name}, ID/passport {natid}, phone {tel}, {mail}. Second guest {name2}, ID {natid2}."),
    ("en-nid", "Pension transfer — member {name}, national number {natid}, born {born}. Old scheme: {org}. New scheme wants the transfer value paid to {iban}."),
    ("en-nid", "customers.csv (first 2 rows)\nname,national_id,dob,city\n{name},{natid},{born},{home}\n{name2},{natid2},{born2},{home2}\nhow do I mask the id column in pandas?"),
    ("en-nid", "Scholarship portal keeps rejecting my ID number {natid}. I'm {name}, DOB {born}, studying at {org}. Is the format wrong? I type it exactly as it is on the card."),
    ("en-nid", "Driving school enrolment for my daughter {name2:f}, ID {natid2}, date of birth {born2}. I'm paying with {card}. Lessons start {when} in {home}."),
    ("en-nid", "Electoral roll correction: my name is spelled wrong. Correct: {name}. ID number {natid}. Address {addr}. I've attached the scan. Email me at {mail}."),
    ("en-nid", "HR asked me to double check this record before payroll runs: {last}, {first} — ID {natid} — bank {iban} — start {when}. Did I mix up any field?"),
    # --- cards
    ("en", "Airline charged me twice for the same ticket on {when}. Card {card}, exp {expiry}. Passenger {name}. Booking email {mail}. Can you write a chargeback request to my bank, {org}?"),
    ("en", "Someone used my card {card} in {town} while I was home in {home}. Bank fraud line wants a written statement. I'm {name}, phone {tel}."),
    ("en", "cart.log\n{clock} checkout user={mail} ip={ip} pan={card} exp={expiry} cvc={cvc} status=declined\nwhy is our app logging the full pan, how do I stop it"),
    ("en", "My nan wrote her card details on a post-it to ask me to order her glasses: {card}, {expiry}, name on card {latin:upper}, address {addr}. What's the safest way to do this for her?"),
    ("en", "Gym cancellation letter: Member {name}, member since {when}, card being billed {card}. Please stop the monthly debit from {org} and confirm to {mail}."),
    ("en", "Hotel folio dispute: guest {name}, room charged to {card:amex}, checkout {when}. The minibar charges aren't mine. Hotel email is the reservations desk. My phone {tel}."),
    ("en", "Paste from our support macro, does this violate PCI?\n> Hi {first}, we've updated your card to {card} and your next charge is on {when}. Reply to {workmail2} with questions."),
    ("en", "Two cards on file, which one should I keep for subscriptions?\n- debit {card}\n- credit {card@b} (expires {expiry})\nBoth under {name}, billing address {addr}."),
    ("en", "My daughter {name2:f} used my card {card} on a game without asking, {when}. I want a refund request to the store. I'm {name}, {mail}."),
    ("en", "Filling a visa fee payment for {name}: card {card}, billing address {addr}, phone {tel}. The form says 'card not supported'. Is it the card type?"),
    ("en", "String the bank sent back in their statement export, can you parse it?\nTXN|{when:en}|{cardx}|AUTH|129.40|{org}"),
    ("en", "Receipt photo OCR:\n{org}\n{addr}\nCARD {cardx:mc}\nAPPROVED\nCARDHOLDER {latin:upper}\nDATE {when}\nplease categorise this for my expense report"),
    # --- IBANs and bank transfers
    ("en-GB", "Please pay the deposit for the cottage by {when}: account holder {name}, IBAN {iban}. Any questions text {tel}. We're just outside {home}."),
    ("en-IE", "Refund request: I was overcharged by {org}. Please refund to {name}, IBAN {iban}, and confirm by email to {mail}."),
    ("en", "Payroll correction: employee {name}, old IBAN {iban}, new IBAN {iban@b}. Effective {when}. Approved by {name2}."),
    ("en", "Invoice #{num:1000:9999} from {name} (freelance translator)\nBill to: {org}\nPay to: {iban}\nDue: {when}\nEmail: {mail}"),
    ("en", "Wedding gift list note: instead of gifts, {first} and {first2} would love a contribution to their honeymoon fund, IBAN {iban:NL}. Reception on {when} in {town}."),
    ("en", "My brother {name2} sent money to {ibanx:LT} thinking it was his landlord, after an email from {mail3}. Can he get it back? Transfer made {when}."),
    ("en", "Rent split spreadsheet\nflatmate,share,iban\n{first},640,{iban}\n{first2},640,{iban2}\n{first3},520,{iban3}\nmake a formula to check everyone paid"),
    ("en", "Scholarship payout form — student {name}, university {org}, account {iban}, DOB {born}. Does the bank need a BIC too?"),
    ("en", "Tenant {name} keeps paying to my old account. Old: {iban}. New: {iban@b}. Draft a short polite reminder and mention the rent due {when}."),
    ("en", "SEPA mandate for the sports club: member {name2:f} (child), payer {name}, IBAN {iban}, mandate date {when}, club {org}."),
    # --- IP addresses, logs, network configs
    ("en", "fail2ban keeps banning my own home IP {ip:v4}. My laptop at {home} shows {ip:lan} locally. The server's jail.local has ignoreip = 127.0.0.1/8. What do I add?"),
    ("en", "auth.log excerpt:\n{clock} sshd[{num:1000:9999}]: Failed password for {handle} from {ip} port {num:30000:65000} ssh2\n{clock@b} sshd[{num:1000:9999}]: Accepted publickey for {handle} from {ip@b} port {num:30000:65000} ssh2\nis this a brute-force attempt? the accepted one is me ({name})"),
    ("en", "WireGuard peer config for my dad's house:\n[Peer]\n# {name2}\nEndpoint = {ip:v4}:51820\nAllowedIPs = {ip:lan}/32\nwhy can't I ping it?"),
    ("en", "Our ISP gave us a static IPv6 prefix, the router shows {ip:v6}. The camera at the shop in {town} is at {ip:lan}. How do I expose only the camera safely?"),
    ("en", "Customer {name} ({mail}) says she can't log in. Our logs show her last attempts from {ip} and {ip:v6s@b} on {when}. Write an email explaining the lockout."),
    ("en", "iptables -A INPUT -s {ip} -j DROP\niptables -A INPUT -s {ip@b} -j DROP\nip6tables -A INPUT -s {ip:v6} -j DROP\nI blocked these after the spam signups. Is there a cleaner way with ipset?"),
    ("en", "Minecraft server for the kids: I'm hosting at {ip:v4}:25565. Whitelisted players: {first2}, {first3}. Admin: {name} ({mail}). How do I stop randoms joining?"),
    ("en", "access.log line that worries me:\n{ip} - - [{when:en}:{clock} +0000] \"GET /wp-login.php HTTP/1.1\" 200 5321 \"-\" \"Mozilla/5.0\"\nour site doesn't even run WordPress"),
    ("en", "DHCP reservations at the office ({org}):\n- {first}'s laptop  {neg:mac}  {ip:lan}\n- {first2}'s printer {neg:mac@b} {ip:lan@b}\n- NAS             {neg:mac@c} {ip:lan@c}\nturn into a table"),
    ("en", "Email from our hosting: 'abuse report — your IP {ip:v4} sent spam on {when}'. The VPS belongs to my side project; only I ({name}) have access. What should I reply?"),
    ("en", "Terraform plan shows the security group opening 22 to {ip}/32 and {ip:v6s@b}/128. Those are my home and my co-founder {name2}'s home. Is that fine for now?"),
    ("en", "My smart plug keeps dropping. Router admin page says: device 'plug-kitchen' {ip:lan}, WAN {ip:v4}, IPv6 {ip:v6}. ISP {org}. What should I try?"),
    ("en", "Zoom bombing again — host report lists the intruder joining from {ip:v4}. Meeting was {when}, host {name} ({workmail}). Draft a note to IT."),
    ("en", "nginx.conf\nlocation /admin {{\n    allow {ip};\n    allow {ip@b};\n    deny all;\n}}\nthe first is my flat in {home}, second is the office. Correct syntax?"),
    # --- secrets in code, configs and CI
    ("en", "Why does boto3 say the signature doesn't match?\n```\nAWS_ACCESS_KEY_ID={tok:akia}\nAWS_SECRET_ACCESS_KEY={tok:awssecret}\nAWS_DEFAULT_REGION=eu-west-2\n```"),
    ("en", "```python\nclient = OpenAI(api_key=\"{tok:openai}\")\nresp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=msgs)\n```\nGetting 429 every time, I've only sent 3 requests"),
    ("en", "import anthropic\nc = anthropic.Anthropic(api_key=\"{tok:anthropic}\")\n# I'm {name}, this is for the demo on {when} — why does it time out behind the corporate proxy?"),
    ("en", "My GitHub Action fails at checkout:\n  - uses: actions/checkout@v4\n    with:\n      token: {tok:ghp}\nI know I should use secrets, just want it working first"),
    ("en", "Slack bot posts nothing. token: {tok:xoxb}\nsigning secret: {tok:twilio}\nthe bot is in the channel. what scope am I missing?"),
    ("en", "stripe listen --api-key {tok:stripe} --forward-to localhost:4242/webhook\nreturns 'invalid API key' but it works in the dashboard"),
    ("en", "Maps stopped loading on our site. The key in index.html is {tok:aiza}, restricted to our domain. Billing is on {workmail}'s card. What changed?"),
    ("en", "Here's the service account JWT our mobile app sends, can you decode the payload and tell me what's wrong with the exp?\nAuthorization: Bearer {jwt}"),
    ("en", "deploy key for the staging box, can you tell if it's RSA or ed25519 from this?\n{pem}"),
    ("en", "docker-compose.yml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: {pass}\n  api:\n    environment:\n      DATABASE_URL: {dsn:postgresql}\nthe api container can't reach db"),
    ("en", ".npmrc in our repo:\n//registry.npmjs.org/:_authToken={tok:npm}\nI think this got committed. How do I rotate it and purge it from git history?"),
    ("en", "~/.pypirc\n[pypi]\nusername = __token__\npassword = {tok:pypi}\ntwine upload says 403"),
    ("en", "HF download fails in the notebook:\nfrom huggingface_hub import login\nlogin(token=\"{tok:hf}\")\nerror: 401 Repository Not Found"),
    ("en", "Our intern pasted this in the team chat, how bad is it?\nVAULT_TOKEN={tok:vault}\nGRAFANA_SA={tok:grafana}\nNEW_RELIC_API_KEY={tok:newrelic}"),
    ("en", "mysql -u root -p'{pass}' -h {ip:lan} -e 'SHOW DATABASES;' works in my shell but not in cron. why?"),
    ("en", "wpa_supplicant.conf for the Pi at my parents' place in {home}:\nnetwork={{\n  ssid=\"{last}-Family\"\n  psk=\"{pass:phrase}\"\n}}\nit never connects"),
    ("en", "Supabase: my edge function uses this and returns 401\nconst supabase = createClient(url, '{jwtfor}')\nwhat role is it?"),
    ("en", "Telegram bot won't respond. BOT_TOKEN={tok:tg}. I set the webhook to my server at {ip:v4}. Logs show nothing."),
    ("en", "Found in an old backup, are any of these still dangerous?\nmailchimp: {tok:mailchimp}\nsendgrid: {tok:sendgrid}\nshopify: {tok:shopify}"),
    ("en", "Terraform backend:\ncredentials \"app.terraform.io\" {{\n  token = \"{tok:tfc}\"\n}}\nterraform init says unauthorized"),
    ("en", "The .env from my freelance client {org}:\nMAPBOX_SECRET={tok:mapbox}\nSQUARE_TOKEN={tok:square}\nADMIN_EMAIL={workmail}\nshould I be storing this on my laptop at all?"),
    ("en", "Our DigitalOcean droplet at {ip:v4} got wiped. The API token in the CI config was {tok:dop}. How would someone have got it?"),
    ("en", "git clone https://{cred:glpat}@gitlab.com/team/app.git works, but git pull later asks for a password again"),
    ("en", "age-encrypted backups: my key file says\n# created: {when:en}\n{tok:age}\nif I lose this, are the backups gone?"),
    ("en", "Jira automation stopped. The rule uses Basic auth with {workmail} and token {tok:atlassian}. Returns 401 since {when}."),
    # --- people, places and everything around them
    ("en", "Hi, I'm {name}. I'm moving from {home} to {town} on {when} for a job at {org}. Can you write a short note to my neighbours with my new address ({addr}) and my number {tel}?"),
    ("en", "Reference letter request: {name2} supervised me at {org} from 2021 to {when}. Her email is {workmail2}. My portfolio: {link}. Can you draft the ask?"),
    ("en", "Speaker bio for the meetup on {when}: {name} is a data engineer at {org} in {home}. Find them at {link:mastodon} or {link:github}."),
    ("en", "School trip consent: child {name2}, born {born2}. Parent/guardian {name}, {tel}, {mail}. Medical notes: asthma, inhaler in bag. Trip date {when}."),
    ("en", "Lost property at the festival: my friend {name2} lost a wallet with her cards. Her number is {tel2}, she's staying at {addr}. Write a post for the festival's lost & found page."),
    ("en", "Please tidy my CV header:\n{name}\n{addr} · {tel} · {mail}\n{link:linkedin}\nSeeking roles in {town}"),
    ("en", "My late uncle {name2:m} (born {born2}) left a will naming me, {name}, executor. The solicitor is {org}. What do I do first?"),
    ("en", "Carpool rota for {org} staff:\nMon {first} ({tel})\nTue {first2} ({tel2})\nWed {first3} ({tel3})\nmake a nice table and add a note that pickup is at {addr}"),
    ("en", "Dating app safety: I'm meeting {first2} on {when} at a café in {town}. His profile: {link2:site}. Can you tell me what to check before going? My sister {name3} knows where I'll be."),
    ("en", "Vet discharge note: patient 'Biscuit' (dog), owner {name}, {tel}, {addr}. Follow-up on {when} at {org}. What does 'NPO after midnight' mean?"),
    ("en", "I shared my passport scan with the visa agent through {link:gdrive} — is that link private? Agent is {name2} ({mail2})."),
    ("en", "Book club: next meeting is at {first}'s place, {addr}, on {when}. RSVP to {mail} or {tel}. Write this as a cheerful group message."),
    ("en", "Thank-you card for the midwife at {org}, {name2}, who delivered our baby {first3} on {when}. Make it warm but short."),
    ("en", "CRM export row:\n{{\"contact\": \"{name}\", \"email\": \"{mail}\", \"phone\": \"{tel}\", \"dob\": \"{born}\", \"profile\": \"{link}\", \"owner\": \"{workmail2}\"}}\nwhich fields are personal data under GDPR?"),
    ("en", "Hi, {name} here. My photographer sent the wedding album via {link:wetransfer} and it expired. Her email is {mail2}. Draft a polite message asking to resend."),
    ("en", "Contact sheet for the allotment committee in {town}: chair {name} {tel}, treasurer {name2} {tel2}, secretary {name3} {mail3}. Meeting {when}."),
    ("en", "My calendar invite got forwarded to strangers: it contains {link:meet} and my phone {tel}. The host was {name2} from {org}. How do I reissue it?"),
    ("en", "Unsubscribe link in a newsletter looks sketchy: {link:mailto}. I'm {name}. Is it safe to click?"),
    ("en", "Race entry confirmation for {name}, DOB {born}, club {org}, emergency contact {name2} {tel2}. Race day {when} in {town}. Bib collection address {addr}."),
]


# ---------------------------------------------------------------------------------------------------------------------
# Other languages: a request line, field labels (name, e-mail, phone, address, born, ID, IBAN, card, town, company, date,
# profile, password) and two messages of their own. Five shared layouts per language are built from the labels.
# ---------------------------------------------------------------------------------------------------------------------
_LANG: dict[str, tuple[str, str, str, str]] = {
    "de": ("Kannst du das bitte übersichtlich zusammenfassen?",
           "Name|E-Mail|Telefon|Adresse|Geboren am|Identifikationsnummer|IBAN|Karte|Ort|Firma|Datum|Profil|Passwort",
           "Hallo zusammen, die Nebenkostenabrechnung von {org} ist da. Ich ({name}) überweise meinen Anteil bis {when} von {iban}. Bei Fragen: {tel}.",
           "Mein Arbeitgeber fragt nach meiner Steuer-ID {natid} und meinem Geburtsdatum {born}, per Mail an {workmail2}. Ich wohne in {home}. Ist das so üblich?"),
    "fr": ("Tu peux me mettre ça au propre ?",
           "Nom|Courriel|Téléphone|Adresse|Né(e) le|N° de sécurité sociale|IBAN|Carte|Ville|Entreprise|Date|Profil|Mot de passe",
           "Bonjour, je suis {name}, locataire au {addr}. Le syndic {org} n'a toujours pas réparé la fuite signalée le {when}. Joignable au {tel}.",
           "La mutuelle me demande mon numéro de sécu {natid} et ma date de naissance ({born}) par SMS. C'est une arnaque ? Mon mail : {mail}."),
    "es": ("¿Me lo puedes ordenar en una tabla?",
           "Nombre|Correo|Teléfono|Domicilio|Fecha de nacimiento|Documento de identidad|IBAN|Tarjeta|Ciudad|Empresa|Fecha|Perfil|Contraseña",
           "Hola, soy {name}. Me cobraron dos veces en la tarjeta {card} el {when} en una tienda de {town}. ¿Cómo reclamo? Mi teléfono es {tel}.",
           "Para el alta en {org} me piden documento {natid}, nacimiento {born} y cuenta {iban}. Vivo en {addr}. ¿Falta algo?"),
    "it": ("Puoi riscrivere questo in modo più formale?",
           "Nome e cognome|Indirizzo email|Cellulare|Residenza|Nato/a il|Codice fiscale|IBAN|Carta di credito|Comune|Datore di lavoro|Scadenza|Sito personale|Password",
           "Buongiorno, sono {name} ({mail}). L'amministratore {org} chiede il mio codice fiscale {natid} per la ripartizione delle spese. Abito in {addr}.",
           "Ciao {first2}, ti giro l'IBAN per la quota del regalo: {iban}. Ci vediamo il {when} a {town}!"),
    "nl": ("Kun je dit netjes in een lijstje zetten?",
           "Naam|E-mail|Telefoon|Adres|Geboortedatum|BSN|IBAN|Pas|Woonplaats|Bedrijf|Datum|Profiel|Wachtwoord",
           "Hoi, met {name}. De huisarts {org} vraagt mijn BSN {natid} en geboortedatum {born} via de mail. Kan dat veilig? Ik woon in {home}.",
           "Tikkie voor het weekendje {town}: maak €85 over naar {iban} t.n.v. {name} vóór {when}."),
    "pt": ("Podes resumir isto em tópicos?",
           "Nome|Email|Telemóvel|Morada|Data de nascimento|NIF|IBAN|Cartão|Localidade|Empresa|Data|Perfil|Palavra-passe",
           "Olá, sou {name}. O senhorio quer o meu NIF {natid} e o IBAN {iban} para o contrato. A casa é na {addr}. É normal?",
           "A {org} cobrou-me no cartão {card} a {when} um serviço que cancelei. Contacto: {mail}."),
    "pt-BR": ("Pode organizar isso numa tabela?",
              "Nome completo|E-mail|WhatsApp|Endereço residencial|Nascimento|CPF|IBAN|Cartão de crédito|Município|Empregador|Vencimento|Link|Senha",
              "Oi, aqui é {name}. A loja pediu meu CPF {natid} e a data de nascimento {born} pra fazer o crediário. Moro em {home}. Passo ou não?",
              "Minha tia {name2:f} mandou o cartão {card} por WhatsApp pra eu pagar a passagem de {when}. Como aviso que isso é perigoso?"),
    "pl": ("Możesz to uporządkować w punktach?",
           "Imię i nazwisko|E-mail|Telefon|Adres|Data urodzenia|PESEL|IBAN|Karta|Miejscowość|Firma|Data|Profil|Hasło",
           "Dzień dobry, nazywam się {name}, PESEL {natid}. Proszę o zwrot nadpłaty na konto {iban}. Kontakt: {tel}.",
           "Spółdzielnia {org} wysłała wezwanie do zapłaty na adres {addr} z terminem {when}. Jak odpisać?"),
    "sv": ("Kan du sammanfatta det här kort?",
           "För- och efternamn|Mejl|Mobil|Gatuadress|Född|Personnummer|IBAN|Kortnummer|Hemort|Arbetsgivare|Förfallodag|Länk|Lösenord",
           "Hej! Jag heter {name}, personnummer {natid}. Jag flyttar till {addr} den {when}. Kan du skriva en adressändring till {org}?",
           "Min pappa {name2:m} fick ett sms om att hans kort {card} spärrats. Han bor i {home}. Vad ska han göra?"),
    "no": ("Kan du rydde opp i dette?",
           "Fullt navn|E-postadresse|Mobil|Bostedsadresse|Født|Fødselsnummer|IBAN|Kortnummer|Bosted|Arbeidsgiver|Forfallsdato|Lenke|Passord",
           "Hei, jeg er {name} (fødselsnr. {natid}). Barnehagen {org} trenger bekreftelse innen {when}. Ring meg på {tel}.",
           "Husleia for {town} går til {iban}, merk betalingen med {name}. Spørsmål: {mail}."),
    "da": ("Kan du lave det her om til en pæn mail?",
           "Fulde navn|Mailadresse|Mobilnummer|Bopæl|Født|CPR-nummer|IBAN|Betalingskort|Hjemby|Arbejdsgiver|Forfaldsdato|Link|Adgangskode",
           "Hej, jeg hedder {name}. Tandlægen {org} har brug for mit CPR-nummer {natid} inden {when}. Jeg bor på {addr}.",
           "Min nabo {name2} har lånt mit kort {card} og brugt det i {town}. Hvordan anmelder jeg det? Tlf. {tel}."),
    "fi": ("Voitko tiivistää tämän?",
           "Koko nimi|Sähköpostiosoite|Matkapuhelin|Kotiosoite|Syntynyt|Henkilötunnus|IBAN|Maksukortti|Kotikunta|Työnantaja|Eräpäivä|Linkki|Salasana",
           "Hei, olen {name}, hetu {natid}. Muutan osoitteeseen {addr} {when}. Voitko kirjoittaa ilmoituksen yritykselle {org}?",
           "Vuokranantaja pyysi tilinumeroani {iban} ja puhelinnumeroa {tel}. Asunnon paikkakunta: {home}. Onko tämä ok?"),
    "et": ("Kas saad selle korrektselt vormistada?",
           "Nimi|E-post|Telefon|Aadress|Sünniaeg|Isikukood|IBAN|Kaart|Linn|Ettevõte|Kuupäev|Profiil|Parool",
           "Tere, olen {name}, isikukood {natid}. Palun kandke tagastus kontole {iban}. Kontakt: {mail}.",
           "Perearstikeskus {org} saatis kutse kuupäevaks {when}. Elan aadressil {addr}, telefon {tel}."),
    "is": ("Geturðu sett þetta upp snyrtilega?",
           "Nafn|Netfang|Sími|Heimilisfang|Fæðingardagur|Kennitala|IBAN|Kort|Bær|Fyrirtæki|Dagsetning|Prófíll|Lykilorð",
           "Halló, ég heiti {name}, kennitala {natid}. Nýr vinnustaður: {org}, {town}. Ég flyt {when}.",
           "Leigusalinn vill fá greitt inn á {iban}. Íbúðin er á {addr}. Síminn minn er {tel}."),
    "cs": ("Přepiš mi to prosím slušně a stručně.",
           "Jméno|E-mail|Telefon|Adresa|Datum narození|Rodné číslo|IBAN|Karta|Obec|Firma|Datum|Profil|Heslo",
           "Dobrý den, jsem {name}, rodné číslo {natid}. Pojišťovna {org} mi neproplatila ošetření z {when}. Kontakt {tel}.",
           "Ahoj, za chatu – {town} – pošli prosím zálohu na {iban}. Díky, {first}."),
    "sl": ("Mi lahko to preoblikuješ v uradno pismo?",
           "Ime in priimek|E-pošta|Telefon|Naslov|Datum rojstva|EMŠO|IBAN|Kartica|Kraj|Podjetje|Datum|Profil|Geslo",
           "Pozdravljeni, sem {name}, EMŠO {natid}. Prosim za potrdilo o zaposlitvi pri {org}. Naslov: {addr}.",
           "Najemnina za {when} gre na {iban}. Če kaj, pokliči {tel}."),
    "ro": ("Poți să rescrii asta mai clar?",
           "Nume|E-mail|Telefon|Adresă|Data nașterii|CNP|IBAN|Card|Localitate|Firmă|Data|Profil|Parolă",
           "Bună ziua, sunt {name}, CNP {natid}. Vă rog să virați despăgubirea în contul {iban}. Telefon: {tel}.",
           "Asociația de proprietari {org} mi-a trimis o somație la {addr} cu termen {when}. Ce răspund?"),
    "tr": ("Bunu daha resmi bir dille yazar mısın?",
           "Ad Soyad|E-posta|Telefon|Adres|Doğum tarihi|T.C. Kimlik No|IBAN|Kart|Şehir|Şirket|Tarih|Profil|Şifre",
           "Merhaba, ben {name}. T.C. kimlik numaram {natid}. Kira bedelini {when} tarihine kadar {iban} hesabına yatıracağım.",
           "Kargo firması {org} adresime ({addr}) teslim etmemiş. Telefonum {tel}, e-postam {mail}."),
    "el": ("Μπορείς να το γράψεις πιο επίσημα;",
           "Ονοματεπώνυμο|Ηλεκτρονικό ταχυδρομείο|Κινητό|Διεύθυνση κατοικίας|Γεννήθηκε|ΑΜΚΑ|IBAN|Πιστωτική κάρτα|Τόπος κατοικίας|Εργοδότης|Λήξη|Σύνδεσμος|Συνθηματικό",
           "Καλησπέρα, είμαι {name}, ΑΜΚΑ {natid}. Το ραντεβού μου στο {org} είναι στις {when}. Τηλέφωνο {tel}.",
           "Το ενοίκιο για το σπίτι ({town}) κατατίθεται στο {iban}. Δικαιούχος: {name2}."),
    "ru": ("Помоги оформить это аккуратно.",
           "Фамилия и имя|E-mail|Моб. телефон|Адрес проживания|Родился(ась)|ИНН|IBAN|Номер карты|Населённый пункт|Работодатель|Срок|Ссылка|Пароль",
           "Здравствуйте, я {name}, ИНН {natid}. Прошу выслать справку о доходах из {org} на {mail}. Проживаю: {addr}.",
           "Мама {name2:f} продиктовала мошенникам номер карты {card}. Она живёт в городе {home}. Что делать прямо сейчас?"),
    "uk": ("Допоможи оформити це як офіційний лист.",
           "ПІБ|Ел. пошта|Телефон|Адреса|Дата народження|РНОКПП|IBAN|Картка|Місто|Організація|Дата|Профіль|Пароль",
           "Добрий день, я {name}, РНОКПП {natid}. Прошу перерахувати компенсацію на {iban}. Телефон {tel}.",
           "ОСББ {org} надіслало повідомлення на адресу {addr} з терміном до {when}. Як відповісти?"),
    "bg": ("Можеш ли да подредиш това?",
           "Име и фамилия|Електронна поща|Мобилен|Постоянен адрес|Роден(а) на|ЕГН|IBAN|Номер на карта|Населено място|Работодател|Срок|Връзка|Парола",
           "Здравейте, аз съм {name}, ЕГН {natid}. Моля, изпратете договора на {mail}. Адрес: {addr}.",
           "Наемът за {when} е преведен от {iban}. Ако има проблем, звънни на {tel}."),
    "hr": ("Možeš li ovo preoblikovati u službeni dopis?",
           "Ime i prezime|E-pošta|Telefon|Adresa|Datum rođenja|OIB|IBAN|Kartica|Grad|Tvrtka|Datum|Profil|Lozinka",
           "Poštovani, ja sam {name}, OIB {natid}. Molim povrat preplate na {iban}. Kontakt: {tel}.",
           "Stan ({town}) plaćam tvrtki {org} do {when}. Adresa stana: {addr}."),
    "lt": ("Gal gali sutvarkyti šį tekstą?",
           "Vardas ir pavardė|El. pašto adresas|Mob. tel.|Gyvenamoji vieta|Gimęs (-usi)|Asmens kodas|IBAN|Mokėjimo kortelė|Gyvenvietė|Darbdavys|Terminas|Nuoroda|Slaptažodis",
           "Laba diena, esu {name}, asmens kodas {natid}. Prašau pervesti kompensaciją į {iban}.",
           "Mano brolis {name2:m} (miestas: {home}), jo telefonas {tel2}. Susitikimas {when} {org} biure."),
    "ja": ("以下を丁寧なメールに書き直してください。",
           "氏名|メール|電話|住所|生年月日|マイナンバー|IBAN|カード|市区町村|会社|日付|プロフィール|パスワード",
           "お世話になっております。{name}です。{when}の面接の件で、{org}のご担当者様にご連絡いたします。電話は{tel}です。",
           "引っ越し先は{addr}です。マイナンバー{natid}の住所変更はどこで手続きしますか？"),
    "zh": ("帮我把下面的内容整理成表格。",
           "姓名|邮箱|电话|地址|出生日期|身份证号|IBAN|银行卡|城市|公司|日期|主页|密码",
           "你好，我是{name}，身份证号{natid}。我{when}要去{town}出差，帮我写一封请假邮件给{org}的领导。",
           "房东让我把押金转到{iban}，他说自己在国外。我住在{addr}，电话{tel}。这靠谱吗？"),
    "ko": ("아래 내용을 보기 좋게 정리해 줄래요?",
           "이름|이메일|전화번호|주소|생년월일|주민등록번호|IBAN|카드|도시|회사|날짜|프로필|비밀번호",
           "안녕하세요, {name}입니다. {when}에 {org} 면접이 있는데 일정 변경을 요청하고 싶어요. 연락처는 {tel}입니다.",
           "부모님 주민등록번호 {natid2}랑 주소 {addr2}를 보험사에 보내야 하는데 카톡으로 보내도 될까요? 아버지 성함은 {name2}입니다."),
    "he": ("תוכל לנסח את זה בצורה רשמית?",
           "שם מלא|דוא\"ל|טלפון|כתובת|תאריך לידה|מספר זהות|IBAN|כרטיס|עיר|חברה|תאריך|פרופיל|סיסמה",
           "שלום, אני {name}, ת\"ז {natid}. אני עובר ל{addr} ב-{when}. אפשר לעדכן את {org}?",
           "הבעלים של הדירה ב{town} ביקש העברה ל-{iban}. הטלפון שלי {tel}."),
    "ar": ("هل يمكنك ترتيب هذا في جدول؟",
           "الاسم الكامل|الإيميل|الجوال|عنوان السكن|مواليد|رقم الهوية|IBAN|رقم البطاقة|مكان الإقامة|جهة العمل|تاريخ الاستحقاق|الرابط|كلمة السر",
           "مرحباً، أنا {name}. أرجو تحويل الإيجار إلى الحساب {iban} قبل {when}. رقمي {tel}.",
           "وصلتني رسالة من {org} تطلب رقم بطاقتي {card} لتحديث البيانات. أسكن في {home}. هل هذا احتيال؟"),
    "hi": ("इसे औपचारिक पत्र में बदल दीजिए।",
           "नाम|ईमेल|फ़ोन|पता|जन्म तिथि|आधार संख्या|IBAN|कार्ड|शहर|कंपनी|तारीख|प्रोफ़ाइल|पासवर्ड",
           "नमस्ते, मैं {name} हूँ। मेरा आधार नंबर {natid} है और मैं {addr} में रहता हूँ। {org} में KYC अपडेट करना है।",
           "मेरे भाई {name2:m} का फ़ोन {tel2} है, वह {when} को {town} पहुँचेगा। स्टेशन से लेने के लिए संदेश लिख दो।"),
    "th": ("ช่วยเรียบเรียงข้อความนี้ให้สุภาพหน่อย",
           "ชื่อ-นามสกุล|อีเมล|โทรศัพท์|ที่อยู่|วันเกิด|เลขประจำตัวประชาชน|IBAN|บัตร|จังหวัด|บริษัท|วันที่|โปรไฟล์|รหัสผ่าน",
           "สวัสดีครับ ผม{name} เลขบัตรประชาชน {natid} ต้องการเปลี่ยนที่อยู่เป็น {addr} กับ{org}ครับ",
           "แม่ได้ SMS ว่าบัตร {card} ถูกระงับ ให้โทรกลับ แม่อยู่{home} เบอร์แม่ {tel}"),
    "vi": ("Bạn viết lại giúp mình cho lịch sự hơn nhé.",
           "Họ tên|Email|Điện thoại|Địa chỉ|Ngày sinh|Số định danh|IBAN|Thẻ|Thành phố|Công ty|Ngày|Trang cá nhân|Mật khẩu",
           "Chào anh, em là {name}. Em muốn đổi lịch phỏng vấn ở {org} từ {when} sang tuần sau. Số em là {tel}.",
           "Chủ nhà ở {town} bảo chuyển tiền cọc vào {iban}. Địa chỉ nhà là {addr}. Có nên chuyển không?"),
    "id": ("Tolong rapikan ini jadi email resmi.",
           "Nama lengkap|Alamat email|No. HP|Alamat rumah|Lahir|NIK|IBAN|Kartu kredit|Domisili|Tempat kerja|Jatuh tempo|Tautan|Kata sandi",
           "Selamat siang, saya {name}, NIK {natid}. Saya ingin mengubah alamat menjadi {addr} di data {org}.",
           "Adik saya {name2} pakai kartu {card} saya untuk beli tiket ke {town} tanggal {when}. Bagaimana cara blokirnya?"),
    "ms": ("Boleh tolong kemaskan mesej ini?",
           "Nama|E-mel|Telefon|Alamat|Tarikh lahir|No. MyKad|IBAN|Kad|Bandar|Syarikat|Tarikh|Profil|Kata laluan",
           "Salam, saya {name}, No. MyKad {natid}. Saya nak tukar alamat ke {addr} untuk akaun {org}.",
           "Tuan rumah di {town} minta deposit dimasukkan ke akaun {iban} sebelum {when}. Nombor saya {tel}."),
    "ur": ("براہ کرم اسے رسمی خط میں لکھ دیں۔",
           "نام|ای میل|فون|پتہ|تاریخ پیدائش|شناختی کارڈ نمبر|IBAN|کارڈ|شہر|کمپنی|تاریخ|پروفائل|پاس ورڈ",
           "السلام علیکم، میرا نام {name} ہے، شناختی کارڈ نمبر {natid}۔ میں {when} کو {org} میں انٹرویو کے لیے آؤں گا۔",
           "مکان مالک نے کرایہ {iban} میں جمع کرانے کا کہا ہے۔ میرا پتہ {addr} ہے، فون {tel}۔"),
}
_WITHOUT_ID = {"ar", "vi"}


def _other_languages() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for lang, (ask, labels, first, second) in _LANG.items():
        nm, em, ph, ad, db, idl, ib, cd, ci, co, dt, pr, pw = labels.split("|")
        id_field = f"<label>{idl}</label> <input value=\"{{natid}}\">" if lang not in _WITHOUT_ID else f"<label>{ph}</label> <input value=\"{{tel}}\">"
        out += [
            (lang, f"{ask}\n```yaml\n- {nm}: \"{{name}}\"\n  {em}: {{mail}}\n  {ph}: \"{{tel}}\"\n  {ad}: \"{{addr}}\"\n  {db}: \"{{born}}\"\n```"),
            (lang, f"{ask}\n<form>\n  <label>{nm}</label> <input value=\"{{name}}\">\n  {id_field}\n  <label>IBAN</label> <input value=\"{{iban}}\">\n"
                   f"  <label>{co}</label> <input value=\"{{org}}\">\n</form>"),
            (lang, f"{ask}\n```\n{{clock}} sshd[{{num:1000:9999}}]: Accepted password for {{handle}} from {{ip}} port {{num:30000:65000}} ssh2\n"
                   f"{{clock@b}} nginx: {{ip@b}} \"POST /login HTTP/1.1\" 401\nexport GITHUB_TOKEN={{tok:ghp}}\nDATABASE_URL={{dsn}}\n```\n{nm}: {{name}}"),
            (lang, f"{ask}\nIRS W-9 / FATCA\n{nm}: {{latin:upper}}\nSSN: {{ssn}}\n{ad}: {{addr}}\n{cd}: {{card}}\n{dt}: {{when}}"),
            (lang, f"{ask}\n{{{{\"{nm}\": \"{{name}}\", \"{ci}\": \"{{home}}\", \"{pr}\": \"{{link}}\", \"{cd}\": \"{{card}}\", \"{em}\": \"{{mail}}\", "
                   f"\"{pw}\": \"{{pass}}\"}}}}"),
            (lang, first),
            (lang, second),
        ]
    return out


# ---------------------------------------------------------------------------------------------------------------------
# Hard negatives (nothing here is PII) and clean prompts
# ---------------------------------------------------------------------------------------------------------------------
_NEGATIVE: list[tuple[str, str]] = [
    ("en", "Order {neg:order} shows delivered but the box is empty. What's a good template for the complaint, without my details?"),
    ("en", "After bumping numpy from {neg:semver} to {neg:semver@b} my pandas code warns about copy-on-write. What changed?"),
    ("en", "Is {neg:uuid} a v4 or v7 UUID, and how can you tell?"),
    ("en", "git bisect pointed at {neg:sha}. How do I see which files that commit touched?"),
    ("en", "What does `git revert {neg:abbrev}` do differently from `git reset --hard {neg:abbrev@b}`?"),
    ("en", "The docs at {neg:doc} mention a default timeout. Where is it set?"),
    ("en", "Stripe's testing page lists {neg:testcard} as a test card. Which CVC and expiry should I use with it in test mode?"),
    ("en", "Our Luhn validator rejects {neg:notcard}. Is the validator wrong or the number?"),
    ("en", "Why does python-stdnum say {neg:notiban} is invalid? I copied it from a blog post about IBAN check digits."),
    ("en", "Why is {neg:notssn} never a valid SSN? Explain the SSA rules."),
    ("en", "In the quickstart they write `OPENAI_API_KEY={neg:placeholder}`. Does the SDK read it from .env automatically?"),
    ("en", "Kubernetes docs use `password: {neg:placeholder}` in the Secret example. Do I base64 it myself?"),
    ("en", "Our RFC 5737 examples use {neg:docip} and {neg:ex6}. Are there similar reserved ranges for MAC addresses?"),
    ("en", "Binding to {neg:loop} vs the LAN address — which one makes my dev server reachable from my phone?"),
    ("en", "Should the sample config in our README use {neg:exmail} or a made-up domain?"),
    ("en", "Postgres listens on {neg:port} but psql says connection refused. What should I check first?"),
    ("en", "CSS: why does {neg:color} look different in Safari and Chrome?"),
    ("en", "Invoice total is {neg:money}, VAT is 20%. What's the net amount?"),
    ("en", "Tracking number {neg:tracking} hasn't updated in a week. Which carrier uses that format?"),
    ("en", "How serious is {neg:cve} for a Node 18 app behind a reverse proxy?"),
    ("en", "Cite ISBN {neg:isbn} in APA style please."),
    ("en", "Ticket {neg:ticket} was auto-closed. How do I word a reopen request to IT?"),
    ("en", "Our build {neg:build} fails only on arm64 runners. Common causes?"),
    ("en", "What's the difference between SHA-256 {neg:sha256} and a SHA-1 like {neg:sha}?"),
    ("en", "Flight {neg:flight} was cancelled. What are my EU261 rights in general?"),
    ("en", "Convert epoch {neg:epoch} to ISO 8601 in JavaScript."),
    ("en", "SKU {neg:sku} is out of stock everywhere. Do retailers restock sizes separately?"),
    ("en", "Which vendor does MAC prefix {neg:mac} belong to, roughly? How do OUIs work?"),
    ("en", "Our conversion rate dropped to {neg:pct}. What are the usual suspects in a checkout funnel?"),
    ("en", "The serial on the back says {neg:serial}. Where do I find the warranty lookup for monitors?"),
    ("en", "Who was Ada Lovelace and why is she called the first programmer?"),
    ("en", "Summarise Tim Berners-Lee's original proposal for the web."),
    ("en", "What did Marie Curie win her two Nobel prizes for?"),
    ("en", "Is the Burj Khalifa visible from Sharjah on a clear day?"),
    ("en", "Compare Microsoft, Apple and Google's approaches to passkeys."),
    ("en", "Why did Kodak miss the digital camera shift it helped invent?"),
    ("en", "Best time of year to visit Kyoto for autumn leaves?"),
    ("en", "Why is the Leaning Tower of Pisa leaning, and is it still moving?"),
    ("en", "Write a short bio of Serena Williams for a school project."),
    ("en", "How does Amazon's two-pizza team rule work?"),
    ("en", "Explain how JWTs are structured: header, payload, signature. Use the example from jwt.io, not a real token."),
    ("en", "AWS docs show AKIAIOSFODNN7EXAMPLE as an access key. Why do they use that exact string?"),
    ("en", "What's the regex for a GitHub personal access token like ghp_ followed by 36 characters? I want a pre-commit hook."),
    ("en", "Our test fixture uses email {neg:exmail} and phone 555-0100. Is 555-01xx guaranteed fictional?"),
    ("en", "Write a pytest that asserts our masker turns '4111 1111 1111 1111' (the classic Visa test number) into '**** **** **** 1111'."),
    ("en", "Is it OK to put the string '-----BEGIN PRIVATE KEY-----' in a README as an example header? Scanners keep flagging it."),
    ("en", "Regex to validate a UK postcode like SW1A 1AA (the Buckingham Palace example)?"),
    ("en", "How do I write a CIDR that covers {neg:docip}/24 in an nginx allow rule?"),
    ("en", "Explain `ssh-keygen -t ed25519 -C \"{neg:exmail}\"` flag by flag."),
    ("en", "What's the format of an IBAN in general? Use DE89 3704 0044 0532 0130 00 from Wikipedia as the example."),
    ("en", "Our order IDs look like {neg:order}; customers confuse them with phone numbers. Better format ideas?"),
    ("en", "Is version {neg:semver} of the Terraform AWS provider compatible with Terraform 1.9?"),
    ("en", "The Postgres docs ({neg:doc}) say VACUUM FULL locks the table. How long does it usually take for 50 GB?"),
    ("en", "Price went from {neg:money} to {neg:money@b} overnight. Is dynamic pricing legal in the EU?"),
    ("en", "Docker image digest sha256:{neg:sha256} — how do I pin it in compose?"),
    ("en", "Error: request {neg:uuid} failed with 503 from the load balancer. Where do I look in CloudWatch?"),
    ("en", "What's a good password policy for a small company? Don't use examples like {neg:placeholder}."),
    ("en", "Why does `curl -u user:password https://httpbin.org/basic-auth/user/password` return 200? I'm learning basic auth."),
    ("en", "The connection string in the Django docs is postgres://USER:PASSWORD@HOST:PORT/NAME — which parts are required?"),
    ("en", "`export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY` — that's the docs example, right? Does boto3 accept it in tests with moto?"),
    ("en", "Our status page says incident {neg:ticket} resolved at 14:05 UTC. Write a customer-facing summary template."),
    ("en", "Paris, Berlin or Lisbon for a first Europe trip in March?"),
    ("en", "What does the Bank of England base rate do to mortgages?"),
    ("en", "How tall is Mount Kilimanjaro and how long does the Machame route take?"),
    ("en", "Draft a generic out-of-office message with placeholders like [Name] and [Date]."),
    ("en", "Template for a landlord reference letter with {{{{tenant_name}}}} and {{{{address}}}} variables, Jinja style."),
    ("en", "What does HTTP 429 mean and how should my client back off?"),
    ("en", "Chrome extension ID {neg:abbrev}{neg:abbrev@b} — can I tell the publisher from it?"),
    ("en", "Build number {neg:build}, year {neg:year}. Turn that into a semantic version scheme?"),
    ("en", "How do I rotate a leaked key in general? Walk me through the steps for GitHub, AWS and Stripe, no real keys needed."),
    ("en-US", "What is the difference between an ITIN and an SSN, and who can get each?"),
    ("en-US", "Explain what the IRS W-9 form is for, field by field, without filling it in."),
    ("en-US", "Our QA data uses SSNs like {neg:notssn}. Are those safely invalid?"),
    ("de", "Bestellung {neg:order} ist seit zehn Tagen unterwegs. Wie formuliere ich eine Nachfrage?"),
    ("de", "Was ist der Unterschied zwischen Version {neg:semver} und {neg:semver@b} von Nextcloud?"),
    ("de", "Wie hoch ist die Zugspitze und wann ist die beste Zeit für eine Wanderung?"),
    ("fr", "Ma commande {neg:order} indique « livrée » mais je n'ai rien reçu. Quelles sont mes options en général ?"),
    ("fr", "Pourquoi la carte de test {neg:testcard} est-elle refusée en mode production ?"),
    ("fr", "Qui a construit le viaduc de Millau ?"),
    ("es", "¿Qué significa el error 502 con el id de petición {neg:uuid}?"),
    ("es", "¿Cuánto mide la Sagrada Familia y cuándo se terminará?"),
    ("es", "El precio subió de {neg:money} a {neg:money@b}. ¿Cómo calculo el porcentaje?"),
    ("it", "Il commit {neg:abbrev} ha rotto la build. Come faccio un revert pulito?"),
    ("it", "Chi era Enrico Fermi?"),
    ("nl", "Wat betekent versie {neg:semver} precies volgens semver?"),
    ("nl", "Hoe lang is de Afsluitdijk?"),
    ("pt-BR", "O pedido {neg:order} está parado na transportadora. O que posso fazer?"),
    ("pt", "O que é o IBAN e como se valida em geral?"),
    ("pl", "Dlaczego walidator odrzuca numer {neg:notcard}? To chyba nie jest poprawny numer karty."),
    ("pl", "Kto zaprojektował Pałac Kultury i Nauki?"),
    ("sv", "Vad betyder felkoden {neg:ticket} i Jira?"),
    ("fi", "Mitä tarkoittaa virhe {neg:cve}?"),
    ("cs", "Jak vysoká je Sněžka?"),
    ("tr", "Sipariş {neg:order} hâlâ kargoya verilmedi. Nasıl şikâyet yazarım?"),
    ("el", "Πόσο ψηλός είναι ο Όλυμπος;"),
    ("ru", "Что означает хэш {neg:sha} в выводе git log?"),
    ("ru", "Кто написал «Войну и мир»?"),
    ("uk", "Що таке UUID {neg:uuid} і як його згенерувати в Python?"),
    ("ja", "注文番号{neg:order}の荷物がまだ届きません。問い合わせ文の例を教えてください。"),
    ("ja", "富士山の高さはどれくらいですか？"),
    ("zh", "版本{neg:semver}和{neg:semver@b}有什么区别？"),
    ("zh", "长城有多长？"),
    ("ko", "주문번호 {neg:order} 배송 조회가 안 돼요. 보통 며칠 걸리나요?"),
    ("he", "מה ההבדל בין גרסה {neg:semver} לגרסה {neg:semver@b}?"),
    ("ar", "ما معنى رمز الخطأ {neg:ticket}؟"),
    ("hi", "ऑर्डर {neg:order} अभी तक नहीं आया, शिकायत कैसे लिखूँ?"),
    ("th", "หมายเลขพัสดุ {neg:tracking} ใช้บริษัทขนส่งอะไร"),
    ("vi", "Đơn hàng {neg:order} vẫn chưa giao, tôi nên làm gì?"),
    ("id", "Apa arti versi {neg:semver} pada aplikasi?"),
    ("ms", "Berapa tinggi Menara Berkembar Petronas?"),
    ("ro", "Ce înseamnă eroarea {neg:cve}?"),
    ("hr", "Koliko je dugačak Jadranski most?"),
    ("da", "Hvad betyder fejl {neg:ticket} i vores helpdesk?"),
    ("no", "Hvor lang er Sognefjorden?"),
]

_CLEAN: list[tuple[str, str]] = [
    ("en", "How do I make a sourdough starter from scratch?"),
    ("en", "Explain the difference between TCP and UDP with an analogy."),
    ("en", "Give me a 15-minute mobility routine for stiff shoulders."),
    ("en", "How do I prepare for a panel interview with four people?"),
    ("en", "Write a haiku about a rainy Monday."),
    ("en", "How do I stop my cat scratching the sofa?"),
    ("en", "Suggest five names for a board-game café."),
    ("en", "How do I learn to juggle three balls?"),
    ("en", "Explain compound interest to a teenager."),
    ("en", "Write a Python function that flattens a nested list."),
    ("en", "What is a good beginner routine for stretching after running?"),
    ("en", "What's a polite way to decline a meeting invite?"),
    ("en", "Plan a three-day vegetarian meal prep on a budget."),
    ("en", "Why is the sky blue? Keep it short."),
    ("en", "What are the pros and cons of a standing desk?"),
    ("en", "Give me a SQL query that finds duplicate rows by two columns."),
    ("en", "How do I stop condensation on my bedroom windows in winter?"),
    ("en", "Explain React's useMemo vs useCallback."),
    ("en", "What should go in a basic bike repair kit for commuting?"),
    ("en", "Write a limerick about a lighthouse keeper who hates the sea."),
    ("en", "How do I repot a snake plant?"),
    ("en", "Tips for a first half-marathon?"),
    ("en", "What's the difference between baking soda and baking powder?"),
    ("en", "Regex to match a time like 14:05 or 9:30?"),
    ("en", "How can I make my small balcony feel cosier?"),
    ("de", "Wie entkalke ich einen Wasserkocher mit Zitronensäure?"),
    ("de", "Erkläre mir den Unterschied zwischen Miete und Pacht."),
    ("fr", "Comment faire une vinaigrette qui ne se sépare pas ?"),
    ("fr", "Quels livres lire pour apprendre la photographie ?"),
    ("es", "¿Qué plantas aguantan bien la sombra en un patio?"),
    ("es", "Dame ideas para un cumpleaños infantil en casa."),
    ("it", "Come si prepara il tiramisù senza uova crude?"),
    ("nl", "Hoe onderhoud ik een houten snijplank?"),
    ("pt", "Como fazer pastéis de nata em casa?"),
    ("pt-BR", "Como montar um orçamento mensal simples?"),
    ("pl", "Jak ugotować pierogi ruskie?"),
    ("sv", "Hur tar man bort fläckar från en ulltröja?"),
    ("no", "Hvordan smører man ski riktig?"),
    ("da", "Hvordan planter man kartofler på altanen?"),
    ("fi", "Miten teen hyvää mustikkapiirakkaa?"),
    ("et", "Kuidas teha kodus leiba?"),
    ("is", "Hvernig bý ég til kleinur?"),
    ("cs", "Jak upéct bábovku?"),
    ("sl", "Kako pripravim potico?"),
    ("ro", "Cum fac sarmale?"),
    ("tr", "Evde kolay simit nasıl yapılır?"),
    ("el", "Πώς καθαρίζω σωστά ένα χαλί;"),
    ("ru", "Как научиться рисовать акварелью?"),
    ("uk", "Як швидко заснути після нічної зміни?"),
    ("bg", "Как да подредя малка кухня?"),
    ("hr", "Kako naučiti plivati kao odrasla osoba?"),
    ("lt", "Kaip iškepti šakotį?"),
    ("ja", "味噌汁をおいしく作るコツは？"),
    ("zh", "如何提高英语口语？"),
    ("ko", "초보자용 등산 코스 고르는 팁 알려줘."),
    ("he", "איך משפרים את הריכוז בזמן למידה?"),
    ("ar", "ما أفضل طريقة لتنظيم الوقت أثناء الدراسة؟"),
    ("hi", "योग की शुरुआत कैसे करें?"),
    ("th", "วิธีทำต้มยำกุ้ง"),
    ("vi", "Làm sao để trồng rau thơm trên ban công?"),
    ("id", "Bagaimana cara merawat tanaman lidah buaya?"),
    ("ms", "Bagaimana nak buat nasi lemak?"),
    ("ur", "بریانی کیسے بنائی جاتی ہے؟"),
]

FRESH24_FOLLOW_UPS = [" Thanks in advance!", " Keep it brief.", "\n\nthx", " Bullet points are fine.", " Please keep every number unchanged.",
                      "\n\n(no rush)", " Use US spelling.", " Don't add anything I didn't write."]


def _english() -> list[tuple[str, str]]:
    out = []
    for i, (lang, body) in enumerate(_BODIES):
        for k in range(2):
            out.append((lang, _ASKS[(i * 2 + k * 7) % len(_ASKS)] + body))
    return list(dict.fromkeys(out))


FRESH24_PII: list[tuple[str, str]] = [(lang, _escape_braces(t)) for lang, t in _english() + _other_languages()]
FRESH24_NEGATIVE: list[tuple[str, str]] = [(lang, _escape_braces(t)) for lang, t in _NEGATIVE]
FRESH24_CLEAN: list[tuple[str, str]] = [(lang, _escape_braces(t)) for lang, t in _CLEAN]
