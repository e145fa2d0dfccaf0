"""The twenty-seventh blind set ("fresh27") of the PII benchmark, written without looking at the detector.

Held in reserve, never tuned on. corpus.generate(n, seed, fresh27=True) takes all three kinds of prompt from here and
renders them with this module's own Context and fill(); its people, places, organisations, value generators and
situations are its own, and no table or generator is borrowed from another set.

A template's slot is {kind}, {kind.N} (the N-th person of the prompt, 1 when left out), {kind:arg} or {kind.N:arg}; a
trailing "!tag" draws a second value of the same kind ({ip!b}), and the same slot written twice is the same value.
Literal braces are written doubled, "{{" and "}}". A template's language is "en" (any English-speaking country),
"en-US" (the United States only), "en-x" (English outside the United States), a bare language ("de", "ko"), or a
language with its country ("zh-TW", "es-US": Spanish written by someone living in the United States).
"""

from __future__ import annotations

import base64
import datetime
import importlib
import json
import random
import re
import string
import unicodedata

Parts = list[tuple[str, str | None]]

DIGITS = string.digits
UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
BASE32 = UPPER + "234567"


def chars(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def latin(s: str) -> str:
    """A name as plain ASCII, for mail boxes and handles."""
    table = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l", "Ł": "L",
             "ı": "i", "đ": "d", "Đ": "D", "œ": "oe"}
    s = "".join(table.get(ch, ch) for ch in s)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def handle(s: str) -> str:
    return "".join(ch for ch in latin(s).lower() if ch.isalnum())


def shape(r: random.Random, pat: str) -> str:
    """'#' any digit, '%' a digit 1-9, '&' a digit 2-9, '@' a capital letter; anything else is kept."""
    out = []
    for ch in pat:
        out.append(r.choice(DIGITS) if ch == "#" else str(r.randint(1, 9)) if ch == "%" else str(r.randint(2, 9)) if ch == "&"
                   else r.choice(UPPER) if ch == "@" else ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------------
# People and places, one row per country:
#   given names (women), given names (men), family names ("women;men" where they differ), towns, streets, phone shapes,
#   mail hosts. A name in another script is "native/latin"; the latin form only builds mail boxes and links.
# ---------------------------------------------------------------------------------------------------------------------
_PEOPLE_BLOCKS = """
[US]
Shayla|Bethany|Rosalyn|Marguerite|Cheyenne|Delphine|Harper|Loretta|Ingrid|Toni
Garrett|Marcus|Dwayne|Emmett|Lucas|Terrence|Wyatt|Abel|Rico|Phineas
Haskins|Mbeki|Lindgren|Sorensen|Ocampo|Riggs|Abernathy|Tso|Vukovich|Kimura|Fairbanks|Baptiste
Bozeman|Duluth|Asheville|Yakima|Flagstaff|Bangor|Sioux Falls|Kalamazoo|Lubbock|Pueblo
Juniper Hollow Rd|Prairie View Dr|Ashby Ln|Chestnut Hill Ave|Pine Bluff Ct|Westover Blvd|Orchard Crest Way
(&##) &##-####|&##-&##-####|+1 &##-&##-####|&##.&##.####
gmail.com|outlook.com|yahoo.com|comcast.net|icloud.com|proton.me

[GB]
Lowri|Freya|Ottilie|Bethan|Priya|Maisie
Gethin|Hamish|Idris|Percy|Declan|Ravi
Thistlewood|Adeyemi|Cartwright|Llewellyn|Haworth|Sandhu|McCready
Wolverhampton|Carlisle|Bridgwater|Stirling|Llandudno|Ludlow|Whitby|Grantham
Cobden Street|Orchard Way|Bellfield Crescent|St Aidan's Road|Wheelwright Lane
07### ######|+44 7### ######|01### ######
gmail.com|outlook.com|virginmedia.com|talktalk.net

[IE]
Caoimhe|Gráinne|Róisín
Oisín|Tadhg|Ciarán
Ó Súilleabháin|Brennan|Lynch|Geraghty|Mac Cárthaigh
Athlone|Castlebar|Clonmel|Dungarvan|Letterkenny
Bridge Street|Convent Road|Abbey Lane|O'Connell Avenue
08# ### ####|+353 8# ### ####
gmail.com|eircom.net|outlook.ie

[CA]
Marie-Ève|Chantal|Kaitlyn|Harleen
Jean-Philippe|Dalton|Rajveer|Owen
Gagnon|Bouchard|Fraser|Grewal|Lapointe|MacDougall
Trois-Rivières|Red Deer|Kamloops|Moncton|Saskatoon|Thunder Bay
Rue Saint-Louis|Elm Crescent|Prairie Rd|Boulevard des Forges
(&##) &##-####|+1 &##-&##-####
videotron.ca|shaw.ca|sympatico.ca|gmail.com

[AU]
Chloe|Tahlia|Bronte|Aaliyah
Harrison|Cooper|Jarrah|Lincoln
Kovacs|Pham|O'Loughlin|Stavros|Greig|Tupou
Ballarat|Mildura|Cairns|Albury|Dubbo|Mackay
Grevillea Street|Ironbark Road|Lilly Pilly Court|Currawong Drive
04## ### ###|+61 4## ### ###
bigpond.net.au|gmail.com|outlook.com.au

[NZ]
Ngaio|Hinemoa|Poppy
Wiremu|Manaia|Finn
Ngata|Kereama|Tomlinson|Faleolo
Napier|Gisborne|Invercargill|Whangārei|Masterton
Totara Street|Pohutukawa Drive|Kauri Road
02# ### ####|+64 2# ### ####
xtra.co.nz|gmail.com|slingshot.co.nz

[IN]
Lavanya|Shruti|Nandini|Pooja
Arjun|Harsh|Pranav|Venkatesh
Subramanian|Deshpande|Iyer|Banerjee|Gill|Reddy
Vadodara|Thiruvananthapuram|Nashik|Ludhiana|Vijayawada|Dehradun
Residency Road|Anna Salai|Civil Lines|Link Road
+91 98### #####|97########|+91-70###-#####
gmail.com|rediffmail.com|outlook.in

[ZA]
Nomvula|Zanele|Marli
Thabo|Jaco|Lwazi
Nkosi|Pretorius|Mahlangu|du Plessis|Naidoo
Pietermaritzburg|George|Kimberley|Mthatha|Rustenburg
Acacia Avenue|Voortrekker Road|Church Street
07# ### ####|+27 7# ### ####
gmail.com|telkomsa.net|mweb.co.za

[SG]
Hui Min|Siew Ling|Kavitha|Nurul
Wei Jie|Kumar|Hafiz|Jun Hao
Tan|Lim|Ng|Rajendran|Ismail|Goh
Tampines|Jurong West|Punggol|Bukit Batok|Toa Payoh
Street 41|Avenue 3|Street 22|Drive 6
+65 9### ####|8### ####
singnet.com.sg|gmail.com|yahoo.com.sg

[NG]
Chiamaka|Folasade|Aisha
Emeka|Tunde|Ibrahim
Nwosu|Adebayo|Bello|Eze|Olawale
Enugu|Ibadan|Kaduna|Abeokuta|Owerri
Allen Avenue|Ogui Road|Ahmadu Bello Way
080# ### ####|+234 80# ### ####
gmail.com|yahoo.com

[PH]
Maricel|Jocelyn|Kristine|Angelica
Rommel|Jericho|Paolo|Arnel
Dela Cruz|Bautista|Villanueva|Manalo|Pangilinan
Iloilo|Bacolod|Dumaguete|Tacloban|Baguio|Cagayan de Oro
Rizal St.|Mabini St.|Bonifacio Ave.|Luna St.
09## ### ####|+63 9## ### ####
gmail.com|yahoo.com.ph

[DE]
Henrike|Svenja|Ulrike|Marlene|Frauke
Torben|Ansgar|Detlef|Lennart|Kai-Uwe
Wiechmann|Reinhardt|Schmiedecke|Yılmaz|Kowalski|Nöthen|Hagedorn
Paderborn|Lüneburg|Erlangen|Gießen|Cottbus|Heilbronn|Wismar
Schillerstraße|Am Lindenhof|Gartenweg|Zum Sportplatz|Mozartring
0151 ########|+49 176 ########|05### #####|0171/#######
gmx.de|web.de|t-online.de|mailbox.org|freenet.de

[AT]
Leonie|Johanna|Veronika
Matthias|Stefan|Ferdinand
Huber|Auer|Wallner|Eder|Moser
Klagenfurt|Steyr|Bregenz|Krems|Leonding
Kirchenplatz|Linzer Straße|Wiesengasse
0664 #######|+43 660 #######
gmx.at|chello.at|a1.net

[CH]
Nadja|Corinne|Anouk
Beat|Silvan|Dario
Meier|Frei|Baumann|Schneeberger
Aarau|Schaffhausen|Sion|Uster|Olten
Hauptstrasse|Rebbergweg|Bachstrasse
079 ### ## ##|+41 76 ### ## ##
bluewin.ch|sunrise.ch|gmx.ch

[FR]
Léonie|Margaux|Océane|Clémence|Noémie
Aurélien|Quentin|Loïc|Mathis|Florian
Dufresne|Garnier|Haddad|Perret|Le Goff|Mercier|Boyer
Besançon|Limoges|Niort|Valence|Saint-Brieuc|Chambéry|Poitiers
rue Pasteur|boulevard Victor-Hugo|allée des Acacias|rue du Four|place de la Mairie
06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##
orange.fr|free.fr|wanadoo.fr|gmail.com

[BE]
Elke|Ine|Amélie
Pieter-Jan|Cédric|Bart
Peeters|Janssens|Lemaire|Maes|Wouters
Mechelen|Liège|Kortrijk|Aalst|Charleroi
Stationsstraat|Rue de la Gare|Kapelstraat|Rue du Moulin
047# ## ## ##|+32 49# ## ## ##
telenet.be|proximus.be|gmail.com

[ES]
Ainhoa|Lucía|Montserrat|Paloma|Nuria
Álvaro|Jordi|Sergio|Aitor|Fermín
Goikoetxea|Santamaría|Pons|Lozano|Carrasco|Ibáñez|Rovira
Burgos|Castellón|Huesca|Ourense|Murcia|Badajoz|Palencia
calle de la Paz|avenida del Puerto|calle Real|ronda de Poniente|plaza del Sol
6## ### ###|+34 6## ### ###|7## ## ## ##
gmail.com|hotmail.es|yahoo.es|movistar.es

[MX]
Yareli|Alejandra|Itzel|Fernanda
Santiago|Rodrigo|Alan|Jesús
Hernández|Ramírez|Córdova|Velázquez|Téllez
Puebla|León|Hermosillo|Saltillo|Xalapa|Tlaxcala
Calle Morelos|Av. Reforma|Calle Allende|Privada de los Pinos
+52 ## #### ####|## #### ####
gmail.com|hotmail.com|outlook.com

[AR]
Florencia|Agustina|Milagros
Facundo|Leandro|Ezequiel
Benítez|Acosta|Giménez|Sosa|Romero
Rosario|Mendoza|Salta|Bahía Blanca|Mar del Plata|Paraná
Av. San Martín|Calle Belgrano|Av. Colón
+54 9 11 ####-####|11 ####-####|+54 9 341 ###-####
gmail.com|hotmail.com.ar|fibertel.com.ar

[IT]
Chiara|Arianna|Federica|Martina
Lorenzo|Matteo|Riccardo|Alessio
Colombo|Esposito|Rinaldi|De Luca|Fabbri|Gentile
Bergamo|Pescara|Udine|Modena|Siracusa|Vicenza
via Roma|via Mazzini|via dei Mille|viale Europa|piazza Garibaldi
3## ### ####|+39 3## #######
libero.it|virgilio.it|alice.it|gmail.com

[NL]
Anouk|Lieke|Maud|Floor
Ruben|Stijn|Jeroen|Daan
Janssen|Mulder|de Vries|van den Berg|Smit|Visser
Apeldoorn|Nijmegen|Groningen|Tilburg|Alkmaar|Enschede
Kerkstraat|Schoolstraat|Wilhelminalaan|Beukenlaan|Zuidwal
06 ########|+31 6 #### ####|06-## ## ## ##
ziggo.nl|kpnmail.nl|hotmail.nl|gmail.com

[PT]
Matilde|Carolina|Mariana
Gonçalo|Afonso|Nuno
Sousa|Ferreira|Gomes|Lopes|Marques
Setúbal|Viseu|Guimarães|Leiria|Évora
Rua Direita|Avenida Central|Rua da Boavista|Rua do Comércio
91# ### ###|+351 96# ### ###
sapo.pt|gmail.com|netcabo.pt

[BR]
Larissa|Camila|Jéssica|Letícia
Gustavo|Matheus|Felipe|Rafael
Souza|Pereira|Rocha|Barbosa|Moreira|Teixeira
Sorocaba|Uberlândia|Maringá|Feira de Santana|Ribeirão Preto|Pelotas
Rua XV de Novembro|Rua Tiradentes|Avenida Getúlio Vargas|Rua dos Ipês
(%#) 9####-####|+55 %# 9####-####
gmail.com|hotmail.com|uol.com.br|terra.com.br

[PL]
Katarzyna|Natalia|Joanna|Magdalena
Tomasz|Paweł|Michał|Krzysztof
Nowak|Wójcik|Mazur|Krawczyk|Jabłońska|Szymańska;Nowak|Wójcik|Mazur|Krawczyk|Jabłoński|Szymański
Bydgoszcz|Białystok|Kielce|Płock|Tarnów|Gorzów Wielkopolski
ul. Kwiatowa|ul. Lipowa|ul. Mickiewicza|ul. Kościuszki
5## ### ###|+48 6## ### ###|7## ### ###
wp.pl|o2.pl|gmail.com|onet.pl

[SE]
Elsa|Maja|Astrid|Frida
Erik|Linus|Gustav|Hugo
Johansson|Nyström|Ekström|Axelsson|Berglund
Örebro|Gävle|Sundsvall|Karlstad|Växjö|Kalmar
Drottninggatan|Skolgatan|Granvägen|Ängsvägen
07# ### ## ##|+46 7# ### ## ##
telia.com|gmail.com|hotmail.se

[NO]
Silje|Ragnhild|Marte
Sverre|Jostein|Torbjørn
Nilsen|Berntsen|Haugen|Lie|Aas
Stavanger|Kristiansand|Hamar|Molde|Lillehammer
Kongens gate|Bakkeveien|Strandgata
9## ## ###|+47 4## ## ###
online.no|getmail.no|gmail.com

[DK]
Signe|Ida|Cecilie
Jonas|Frederik|Kasper
Nielsen|Jørgensen|Dalgaard|Thomsen|Bach
Odense|Horsens|Herning|Svendborg|Silkeborg
Nørregade|Kirkevej|Skovvej|Havnegade
%# ## ## ##|+45 %# ## ## ##
gmail.com|mail.tele.dk|outlook.dk

[FI]
Elina|Noora|Satu
Juho|Ville|Matti
Virtanen|Nieminen|Järvinen|Salonen|Hämäläinen
Lahti|Turku|Pori|Vaasa|Rovaniemi|Kouvola
Puistokatu|Asemakatu|Koivukuja|Myllytie
040 ### ####|+358 45 ### ####
gmail.com|elisanet.fi|suomi24.fi

[IS]
Guðrún|Sólveig|Hildur
Gunnar|Einar|Ragnar
Jónsdóttir|Sigurðardóttir|Magnúsdóttir;Jónsson|Sigurðsson|Magnússon
Akureyri|Hafnarfjörður|Selfoss|Ísafjörður|Egilsstaðir
Brekkugata|Túngata|Hafnarstræti
6## ####|+354 8## ####|7## ####
simnet.is|gmail.com

[CZ]
Lucie|Veronika|Markéta
Jakub|Lukáš|Tomáš
Svobodová|Černá|Veselá|Marková|Pokorná;Svoboda|Černý|Veselý|Marek|Pokorný
Brno|Ostrava|Pardubice|České Budějovice|Jihlava|Hradec Králové
Nádražní|Školní|Komenského|Jiráskova
6## ### ###|+420 7## ### ###
seznam.cz|centrum.cz|gmail.com

[SK]
Zuzana|Jana|Simona
Martin|Peter|Juraj
Horváthová|Kováčová|Balážová|Tóthová;Horváth|Kováč|Baláž|Tóth
Košice|Prešov|Žilina|Nitra|Banská Bystrica|Trnava
Hlavná|Štúrova|Hviezdoslavova|Mierová
09## ### ###|+421 9## ### ###
azet.sk|zoznam.sk|gmail.com

[HU]
Réka|Eszter|Dóra
Bence|Gergely|Levente
Nagy|Kovács|Szabó|Varga|Farkas|Balogh
Debrecen|Szeged|Pécs|Győr|Miskolc|Kecskemét
Petőfi utca|Kossuth Lajos utca|Rákóczi út|Fő utca
+36 30 ### ####|06 20 ### ####|+36 70 ### ####
freemail.hu|citromail.hu|gmail.com

[RO]
Andreea|Cristina|Roxana
Andrei|Cătălin|Bogdan
Munteanu|Constantin|Lungu|Gheorghiu|Rusu
Timișoara|Constanța|Oradea|Craiova|Suceava|Arad
Strada Mihai Eminescu|Bulevardul Republicii|Strada Libertății
07## ### ###|+40 7## ### ###
yahoo.com|gmail.com

[TR]
Merve|Esra|Gizem|Selin
Mert|Serkan|Furkan|Tolga
Öztürk|Arslan|Koç|Demir|Polat|Erdem
Bursa|Antalya|Konya|Samsun|Gaziantep|Mersin
Gül Sokak|Menekşe Sokak|Cumhuriyet Caddesi|Zafer Caddesi
05## ### ## ##|+90 5## ### ####
gmail.com|hotmail.com|yandex.com.tr

[GR]
Κατερίνα/Katerina|Σοφία/Sofia|Αθηνά/Athina
Γιώργος/Giorgos|Θανάσης/Thanasis|Μιχάλης/Michalis
Αλεξίου/Alexiou|Παππά/Pappa|Γεωργίου/Georgiou|Λαμπράκη/Lamraki;Αλεξίου/Alexiou|Παππάς/Pappas|Γεωργίου/Georgiou|Λαμπράκης/Lambrakis
Λάρισα|Ηράκλειο|Χανιά|Κοζάνη|Ρόδος|Σέρρες
Ελευθερίου Βενιζέλου|Κολοκοτρώνη|Παπαναστασίου
69# ### ####|+30 69# ### ####
gmail.com|yahoo.gr|otenet.gr

[RU]
Анастасия/Anastasia|Екатерина/Ekaterina|Вероника/Veronika
Дмитрий/Dmitry|Никита/Nikita|Илья/Ilya
Кузнецова/Kuznetsova|Морозова/Morozova|Волкова/Volkova|Зайцева/Zaitseva;Кузнецов/Kuznetsov|Морозов/Morozov|Волков/Volkov|Зайцев/Zaitsev
Екатеринбург|Новосибирск|Ярославль|Калининград|Краснодар|Тюмень
ул. Ленина|ул. Пушкина|ул. Гагарина|пр. Победы
+7 9## ### ## ##|8 9## ###-##-##
yandex.ru|mail.ru|rambler.ru|gmail.com

[UA]
Олена/Olena|Ірина/Iryna|Катерина/Kateryna
Андрій/Andrii|Дмитро/Dmytro|Олег/Oleh
Бондаренко/Bondarenko|Ткаченко/Tkachenko|Кравченко/Kravchenko|Савчук/Savchuk|Лисенко/Lysenko
Харків|Дніпро|Одеса|Житомир|Тернопіль|Черкаси
вул. Соборна|вул. Грушевського|вул. Садова|просп. Незалежності
+380 6# ### ## ##|09# ### ## ##
ukr.net|gmail.com|meta.ua

[BG]
Мария/Mariya|Цветелина/Tsvetelina|Гергана/Gergana
Иван/Ivan|Димитър/Dimitar|Николай/Nikolay
Иванова/Ivanova|Димитрова/Dimitrova|Колева/Koleva;Иванов/Ivanov|Димитров/Dimitrov|Колев/Kolev
Стара Загора|Плевен|Велико Търново|Благоевград|Шумен
ул. Васил Левски|ул. Цар Симеон|бул. България
08## ### ###|+359 8# ### ####
abv.bg|gmail.com|mail.bg

[IL]
מיכל/Michal|יעל/Yael|אורית/Orit
אביב/Aviv|גיל/Gil|רועי/Roi
כהן/Cohen|שפירא/Shapira|ביטון/Biton|אוחיון/Ohayon|גולדברג/Goldberg
אשדוד|הרצליה|כפר סבא|טבריה|מודיעין|עפולה
רחוב ויצמן|רחוב בן גוריון|רחוב הזית|רחוב הנרקיס
05#-###-####|+972-5#-###-####
gmail.com|walla.com|bezeqint.net

[SA]
نورة/Noura|هيفاء/Haifa|لمى/Lama
فهد/Fahad|عبدالله/Abdullah|تركي/Turki
العتيبي/Al-Otaibi|القحطاني/Al-Qahtani|الزهراني/Al-Zahrani|الدوسري/Al-Dosari
جدة|الدمام|الطائف|أبها|بريدة
شارع الأمير سلطان|طريق الملك عبدالعزيز|شارع التحلية
05# ### ####|+966 5# ### ####
gmail.com|hotmail.com

[AE]
شيخة/Shaikha|عائشة/Aisha|ميثاء/Maitha
راشد/Rashid|سلطان/Sultan|حمدان/Hamdan
النعيمي/Al Nuaimi|المهيري/Al Muhairi|الظاهري/Al Dhaheri
عجمان|الفجيرة|العين|أم القيوين
شارع المطار|شارع الكورنيش|شارع حمدان
05# ### ####|+971 5# ### ####
gmail.com|emirates.net.ae

[EG]
منة/Menna|دينا/Dina|هبة/Heba
مصطفى/Mostafa|عمرو/Amr|محمود/Mahmoud
الشريف/El-Sherif|عبد العزيز/Abdelaziz|حسنين/Hassanein|منصور/Mansour
طنطا|الزقازيق|أسوان|دمياط|المنيا
شارع سعد زغلول|شارع بورسعيد|شارع الجلاء
01# #### ####|+20 1# #### ####
gmail.com|yahoo.com

[IR]
نگار/Negar|سارا/Sara|پریسا/Parisa
آرش/Arash|بهزاد/Behzad|سامان/Saman
رضایی/Rezaei|احمدی/Ahmadi|کریمی/Karimi|حسینی/Hosseini|موسوی/Mousavi
اصفهان|شیراز|تبریز|مشهد|رشت|کرمان
خیابان ولیعصر|خیابان آزادی|کوچه گلستان|بلوار کشاورز
09## ### ####|+98 9## ### ####
gmail.com|yahoo.com

[INH]
अनीता/Anita|रेखा/Rekha|स्नेहा/Sneha
सुरेश/Suresh|मनोज/Manoj|आदित्य/Aditya
मिश्रा/Mishra|गुप्ता/Gupta|चौहान/Chauhan|पांडे/Pandey|सिंह/Singh
कानपुर|वाराणसी|इंदौर|आगरा|रांची|देहरादून
सिविल लाइंस|राजेंद्र नगर|महात्मा गांधी मार्ग|स्टेशन रोड
+91 98### #####|97########|+91-70###-#####
gmail.com|rediffmail.com

[CN]
欣怡/Xinyi|佳琪/Jiaqi|丽娟/Lijuan
宇航/Yuhang|志强/Zhiqiang|博文/Bowen
张/Zhang|李/Li|黄/Huang|吴/Wu|孙/Sun|马/Ma
南京|武汉|青岛|长沙|昆明|宁波
建设路|和平路|滨江大道|长江路
13# #### ####|15#########|+86 18# #### ####
qq.com|163.com|sina.com|foxmail.com

[TW]
怡君/Yi-chun|淑芬/Shu-fen|雅婷/Ya-ting
家豪/Chia-hao|冠宇/Kuan-yu|俊傑/Chun-chieh
陳/Chen|林/Lin|張/Chang|蔡/Tsai|許/Hsu
台中|高雄|台南|新竹|花蓮|嘉義
中正路|民生路|復興路|中山路
09##-###-###|+886 9## ### ###
gmail.com|yahoo.com.tw|hinet.net

[JP]
優花/Yuka|真由美/Mayumi|千尋/Chihiro
健太/Kenta|拓海/Takumi|悠斗/Yuto
鈴木/Suzuki|伊藤/Ito|中村/Nakamura|山本/Yamamoto|加藤/Kato
横浜|神戸|広島|那覇|新潟|静岡
栄町|旭町|緑が丘|駅前通り
090-####-####|070-####-####|+81 80-####-####
gmail.com|ezweb.ne.jp|softbank.ne.jp|yahoo.co.jp

[KR]
수빈/Subin|예은/Yeeun|민지/Minji
현우/Hyunwoo|성민/Seongmin|재원/Jaewon
윤/Yoon|강/Kang|조/Cho|한/Han|임/Lim
부산|대구|인천|청주|창원|제주
해운대로|동성로|구월로|상당로
010-####-####|+82 10-####-####
naver.com|daum.net|kakao.com|gmail.com

[TH]
ณัฐธิดา/Natthida|พิมพ์ชนก/Pimchanok|อรอุมา/Onuma
ภานุวัฒน์/Panuwat|อนุชา/Anucha|กิตติ/Kitti
สุขสวัสดิ์/Suksawat|ทองดี/Thongdee|บุญมา/Boonma|จันทร์เพ็ญ/Chanpen
นครราชสีมา|อุดรธานี|พิษณุโลก|สงขลา|ระยอง|เชียงราย
ถนนมิตรภาพ|ถนนเพชรเกษม|ถนนราชดำเนิน|ถนนประชาอุทิศ
08#-###-####|09#-###-####|+66 8# ### ####
gmail.com|hotmail.com

[VN]
Thanh Hương|Mai Anh|Kim Ngân
Văn Hùng|Hoàng Nam|Thành Đạt
Nguyễn|Đặng|Bùi|Đỗ|Huỳnh|Phan
Nha Trang|Vũng Tàu|Biên Hòa|Quy Nhơn|Buôn Ma Thuột|Thái Nguyên
Đường Hai Bà Trưng|Đường Lý Thường Kiệt|Đường Quang Trung
09# ### ####|+84 9# ### ####|03# ### ####
gmail.com|yahoo.com

[ID]
Dewi|Sri|Putri
Agus|Dimas|Fajar
Santoso|Hidayat|Saputra|Lubis|Kusuma
Bandung|Semarang|Surabaya|Denpasar|Palembang|Bogor
Jl. Ahmad Yani|Jl. Gatot Subroto|Jl. Pahlawan
08##-####-####|+62 8## #### ####
gmail.com|yahoo.co.id

[MY]
Nur Aisyah|Siti Hajar|Farah
Muhammad Hafiz|Ahmad Faiz|Amirul
Kamaruddin|Ismail|Rahman|Yusof
Ipoh|Johor Bahru|Kuching|Kota Bharu|Seremban|Melaka
Jalan Sultan Ismail|Jalan Merdeka|Lorong Maju 3|Jalan Kenanga
01#-### ####|+60 1#-### ####
gmail.com|yahoo.com.my

[KE]
Wanjiru|Achieng|Njeri
Otieno|Kamau|Mwangi
Odhiambo|Kariuki|Mutua|Chebet|Kiprono
Kisumu|Nakuru|Eldoret|Mombasa|Thika|Nyeri
Moi Avenue|Kenyatta Avenue|Oginga Odinga Street
07## ### ###|+254 7## ### ###
gmail.com|yahoo.com
"""


def _people() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for block in _PEOPLE_BLOCKS.strip().split("\n\n"):
        head, *fields = block.splitlines()
        table[head.strip("[]")] = tuple(fields)
    return table


PEOPLE = _people()
FAMILY_FIRST = {"CN", "TW", "JP", "KR", "VN", "HU"}
JOINED = {"CN", "TW", "JP", "KR"}
# People writing in their own language from the United States: whose names they carry.
HERITAGE = {"es": "MX", "zh": "CN", "ko": "KR", "vi": "VN", "tl": "PH"}
US_STATES = {"Bozeman": "MT", "Duluth": "MN", "Asheville": "NC", "Yakima": "WA", "Flagstaff": "AZ", "Bangor": "ME",
             "Sioux Falls": "SD", "Kalamazoo": "MI", "Lubbock": "TX", "Pueblo": "CO"}

LANG_COUNTRIES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 8), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("SG", 1), ("NG", 1), ("PH", 1)),
    "en-x": (("GB", 4), ("IE", 2), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("SG", 1), ("NG", 1), ("PH", 1)),
    "de": (("DE", 5), ("AT", 2), ("CH", 2)), "fr": (("FR", 5), ("BE", 1), ("CA", 1)), "es": (("ES", 4), ("MX", 2), ("AR", 2)),
    "it": (("IT", 1),), "nl": (("NL", 3), ("BE", 1)), "pt": (("PT", 2), ("BR", 3)), "pl": (("PL", 1),), "sv": (("SE", 1),),
    "no": (("NO", 1),), "da": (("DK", 1),), "fi": (("FI", 1),), "is": (("IS", 1),), "cs": (("CZ", 1),), "sk": (("SK", 1),),
    "hu": (("HU", 1),), "ro": (("RO", 1),), "tr": (("TR", 1),), "el": (("GR", 1),), "ru": (("RU", 1),), "uk": (("UA", 1),),
    "bg": (("BG", 1),), "he": (("IL", 1),), "ar": (("SA", 2), ("AE", 1), ("EG", 2)), "fa": (("IR", 1),), "hi": (("INH", 1),),
    "zh": (("CN", 1),), "ja": (("JP", 1),), "ko": (("KR", 1),), "th": (("TH", 1),), "vi": (("VN", 1),), "id": (("ID", 1),),
    "ms": (("MY", 1),), "tl": (("PH", 1),), "sw": (("KE", 1),),
}


def locale_for(lang: str, rng: random.Random) -> str:
    """'en' -> 'en-GB' and the like; a template that names its country ('zh-TW', 'es-US') keeps it."""
    if lang in LANG_COUNTRIES:
        pool = LANG_COUNTRIES[lang]
        country = rng.choices([c for c, _ in pool], [w for _, w in pool])[0]
        return f"{lang.split('-')[0]}-{country}"
    return lang


class Person:
    def __init__(self, r: random.Random, country: str, names_from: str) -> None:
        women, men, families = PEOPLE[names_from][:3]
        self.female = r.random() < 0.5
        given = r.choice((women if self.female else men).split("|"))
        fem, _, masc = families.partition(";")
        family = r.choice((masc if masc and not self.female else fem).split("|"))
        self.first, _, first_latin = given.partition("/")
        self.last, _, last_latin = family.partition("/")
        self.first_latin, self.last_latin = first_latin or self.first, last_latin or self.last
        if names_from == "MY":
            self.full = f"{self.first} {'binti' if self.female else 'bin'} {self.last}"
        elif names_from in FAMILY_FIRST and not (country == "US" and names_from == "VN" and r.random() < 0.5):
            self.full = self.last + ("" if names_from in JOINED else " ") + self.first
        else:
            self.full = f"{self.first} {self.last}"
        self.country = country
        self.names_from = names_from
        self.dob = datetime.date(1939, 1, 1) + datetime.timedelta(days=r.randint(0, 26000))
        self.town = r.choice(PEOPLE[country][3].split("|"))


# ---------------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------------
MONTH_NAMES: dict[str, str] = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
}
JALALI_MONTHS = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def to_jalali(d: datetime.date) -> tuple[int, int, int]:
    """The Solar Hijri (Iranian) date of a Gregorian one."""
    days = (d - datetime.date(622, 3, 21)).days  # 1 Farvardin 1 AP, proleptic Gregorian
    # 33-year cycles are exact enough for the years this set draws (1939-2028).
    year = 1
    while True:
        leap = (year * 8 + 29) % 33 < 8
        length = 366 if leap else 365
        if days < length:
            break
        days -= length
        year += 1
    month = 1
    for m in range(1, 13):
        length = 31 if m <= 6 else 30 if m <= 11 else (30 if (year * 8 + 29) % 33 < 8 else 29)
        if days < length:
            month = m
            break
        days -= length
    return year, month, days + 1


_JALALI_CACHE: dict[datetime.date, tuple[int, int, int]] = {}


def jalali(d: datetime.date) -> tuple[int, int, int]:
    if d not in _JALALI_CACHE:
        _JALALI_CACHE[d] = to_jalali(d)
    return _JALALI_CACHE[d]


def japanese_era(d: datetime.date) -> str:
    if d >= datetime.date(2019, 5, 1):
        era, y = "令和", d.year - 2018
    elif d >= datetime.date(1989, 1, 8):
        era, y = "平成", d.year - 1988
    else:
        era, y = "昭和", d.year - 1925
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def write_date(r: random.Random, lang: str, country: str, d: datetime.date, style: str = "") -> str:
    """A date as someone from `country` writing `lang` would put it; style 'iso', 'us', 'eu' or 'long' forces one."""
    y, m, dd = d.year, d.month, d.day
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return r.choice([f"{m:02d}/{dd:02d}/{y}", f"{m}/{dd}/{y}"])
    if style == "eu":
        return f"{dd:02d}.{m:02d}.{y}"
    months = MONTH_NAMES.get(lang, MONTH_NAMES["en"]).split()
    name = months[m - 1]
    if lang == "en":
        if country in ("US", "PH"):
            choices = [f"{m}/{dd}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{name} {dd}, {y}", f"{name[:3]}. {dd}, {y}", f"{name} {ordinal(dd)}"]
        elif country == "CA":
            choices = [f"{y}-{m:02d}-{dd:02d}", f"{name} {dd}, {y}", f"{dd}/{m:02d}/{y}"]
        else:
            choices = [f"{dd}/{m:02d}/{y}", f"{dd} {name} {y}", f"{ordinal(dd)} {name}", f"{dd}-{name[:3]}-{y}", f"{dd} {name[:3]} {y}"]
        return r.choice([*choices, *([f"{y}-{m:02d}-{dd:02d}"] if style != "long" else [])]) if style != "long" else choices[2 if country in ("US", "PH") else 1]
    if lang in ("zh", "ja") and country in ("CN", "JP", "US"):
        opts = [f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", f"{y}.{m}.{dd}"]
        if lang == "ja":
            opts.append(japanese_era(d))
        return r.choice(opts)
    if country == "TW":
        return r.choice([f"{y}年{m}月{dd}日", f"民國{y - 1911}年{m}月{dd}日", f"{y - 1911}/{m:02d}/{dd:02d}", f"{y}/{m:02d}/{dd:02d}"])
    if lang == "ko":
        return r.choice([f"{y}년 {m}월 {dd}일", f"{y}. {m}. {dd}.", f"{y}.{m:02d}.{dd:02d}"])
    if lang == "fa":
        jy, jm, jd = jalali(d)
        return r.choice([f"{jd} {JALALI_MONTHS[jm - 1]} {jy}", f"{jy}/{jm:02d}/{jd:02d}".translate(PERSIAN_DIGITS), f"{jy}/{jm}/{jd}"])
    if lang == "ar":
        return r.choice([f"{dd} {name} {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}".translate(ARABIC_DIGITS)])
    if lang == "th":
        return r.choice([f"{dd} {name} {y + 543}", f"{dd} {name} พ.ศ. {y + 543}", f"{dd:02d}/{m:02d}/{y + 543}", f"{dd}/{m}/{y}"])
    if lang == "vi":
        return r.choice([f"ngày {dd} tháng {m} năm {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}"])
    if lang == "hu":
        return r.choice([f"{y}. {name} {dd}.", f"{y}.{m:02d}.{dd:02d}.", f"{y}. {m:02d}. {dd:02d}."])
    if lang == "he":
        return r.choice([f"{dd} {name} {y}", f"{dd}.{m}.{y}", f"{dd:02d}/{m:02d}/{y}"])
    if lang in ("sv", "lt"):
        return r.choice([f"{y}-{m:02d}-{dd:02d}", f"{dd} {name} {y}"])
    if lang in ("es", "pt"):
        long = f"{dd} de {name} de {y}"
    elif lang in ("de", "da", "no", "cs", "sk", "is"):
        long = f"{dd}. {name} {y}"
    elif lang in ("ru", "bg"):
        long = f"{dd} {name} {y} г."
    elif lang == "uk":
        long = f"{dd} {name} {y} р."
    elif lang == "fi":
        long = f"{dd}. {name} {y}"
    elif lang == "tl":
        long = f"{name} {dd}, {y}"
    else:
        long = f"{dd} {name} {y}"
    if style == "long":
        return long
    dotted = lang in ("de", "pl", "cs", "sk", "ru", "uk", "bg", "fi", "no", "da", "is", "tr", "ro")
    if dotted:
        numeric = r.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}"])
    elif lang == "nl":
        numeric = r.choice([f"{dd}-{m}-{y}", f"{dd:02d}-{m:02d}-{y}"])
    elif lang == "tl" or (lang == "es" and country == "US"):
        numeric = f"{m:02d}/{dd:02d}/{y}"
    else:
        numeric = f"{dd:02d}/{m:02d}/{y}"
    return r.choice([long, numeric, numeric])


# ---------------------------------------------------------------------------------------------------------------------
# Addresses, phones, mail
# ---------------------------------------------------------------------------------------------------------------------
def write_address(r: random.Random, c: str, town: str) -> str:
    street = r.choice(PEOPLE[c][4].split("|"))
    n = r.randint(3, 240)
    if c == "US":
        unit = r.choice(["", "", f" Apt {r.randint(2, 30)}", f" #{r.randint(100, 420)}", f", Suite {r.randint(100, 900)}"])
        zipcode = shape(r, "%####")
        return r.choice([f"{n * 13} {street}{unit}, {town}, {US_STATES[town]} {zipcode}", f"{n * 9} {street}{unit}\n{town}, {US_STATES[town]} {zipcode}",
                         f"{n * 17} {street.upper()}{unit.upper()} {town.upper()} {US_STATES[town]} {zipcode}-{shape(r, '####')}"])
    if c == "GB":
        pc = shape(r, r.choice(["@@% %@@", "@% %@@", "@@%% %@@"]))
        return r.choice([f"{n} {street}, {town}, {pc}", f"{n} {street}\n{town}\n{pc}", f"Flat {r.randint(1, 9)}{r.choice('ABC')}, {n} {street}, {town} {pc}"])
    if c == "IE":
        return f"{n} {street}, {town}, Co. {r.choice(['Westmeath', 'Mayo', 'Tipperary', 'Waterford', 'Donegal'])}, {shape(r, '@%% @%@%')}"
    if c == "CA":
        return f"{n * 7} {street}, {town}, {r.choice(['QC', 'AB', 'BC', 'NB', 'SK', 'ON'])} {shape(r, '@%@ %@%')}"
    if c in ("AU", "NZ"):
        return f"{r.choice(['', f'Unit {r.randint(1, 12)}, ', f'{r.randint(1, 9)}/'])}{n} {street}, {town}{' ' + r.choice(['VIC', 'NSW', 'QLD']) if c == 'AU' else ''} {shape(r, '%###')}"
    if c == "IN":
        return f"{r.choice(['H.No.', 'Flat', 'Plot'])} {n}, {r.choice(['Sai Residency', 'Green Meadows', 'Shivam Enclave'])}, {street}, {town} {shape(r, '%#####')}"
    if c == "ZA":
        return f"{n} {street}, {r.choice(['Scottsville', 'Heuwelsig', 'Northcliff'])}, {town}, {shape(r, '%###')}"
    if c == "SG":
        return f"Blk {n + 100} {town} {street}, #{r.randint(2, 16):02d}-{r.randint(10, 350)}, Singapore {shape(r, '5#####')}"
    if c == "NG":
        return f"{n} {street}, {town}, {r.choice(['Enugu', 'Oyo', 'Kaduna', 'Ogun', 'Imo'])} State"
    if c == "PH":
        return f"{n} {street}, Brgy. {r.choice(['San Isidro', 'Poblacion', 'Mabini'])}, {town} {shape(r, '%###')}"
    if c in ("DE", "AT", "CH"):
        pc = shape(r, "%####" if c == "DE" else "%###")
        return r.choice([f"{street} {n}, {pc} {town}", f"{street} {n}{r.choice(['a', 'b', ''])}\n{pc} {town}", f"{street} {n} · {pc} {town}"])
    if c == "FR":
        return r.choice([f"{n} {street}, {shape(r, '%####')} {town}", f"{n} {street}\n{shape(r, '%####')} {town.upper()}"])
    if c in ("BE", "NL", "DK", "NO", "SE", "FI", "IS", "CZ", "SK"):
        pc = {"NL": shape(r, "%### @@"), "SE": shape(r, "%## ##"), "CZ": shape(r, "%## ##"), "SK": shape(r, "%## ##"), "FI": shape(r, "%####"),
              "IS": shape(r, "%##")}.get(c, shape(r, "%###"))
        return f"{street} {n}, {pc} {town}"
    if c == "HU":
        return f"{shape(r, '%###')} {town}, {street} {n}."
    if c == "ES":
        return f"{street}, {n}, {r.randint(1, 9)}º {r.choice('ABCDI')}, {shape(r, '%####')} {town}"
    if c == "MX":
        return f"{street} {n * 3}, Col. {r.choice(['Centro', 'Las Flores', 'San Miguel'])}, C.P. {shape(r, '%####')}, {town}"
    if c == "AR":
        return f"{street} {n * 11}, piso {r.randint(1, 12)} {r.choice('ABCD')}, {town}"
    if c == "IT":
        return f"{street} {n}, {shape(r, '%####')} {town}"
    if c == "PT":
        return f"{street}, n.º {n}, {r.randint(1, 6)}.º {r.choice(['Esq.', 'Dto.'])}, {shape(r, '%###-###')} {town}"
    if c == "BR":
        return f"{street}, {n * 7}, apto {r.randint(11, 1204)}, {town}, CEP {shape(r, '%####-###')}"
    if c == "PL":
        return f"{street} {n}/{r.randint(1, 80)}, {shape(r, '%#-###')} {town}"
    if c == "RO":
        return f"{street} nr. {n}, ap. {r.randint(1, 90)}, {town}"
    if c == "TR":
        return f"{street} No:{n} Daire:{r.randint(1, 24)}, {town}"
    if c == "GR":
        return f"{street} {n}, {shape(r, '%## ##')} {town}"
    if c == "RU":
        return f"{street}, д. {n}, кв. {r.randint(1, 300)}, г. {town}"
    if c == "UA":
        return f"{street}, буд. {n}, кв. {r.randint(1, 300)}, м. {town}"
    if c == "BG":
        return f"{street} № {n}, ет. {r.randint(1, 9)}, гр. {town}"
    if c == "IL":
        return f"{street} {n}, דירה {r.randint(1, 40)}, {town}"
    if c in ("SA", "AE", "EG"):
        return f"{street}، مبنى {n}، شقة {r.randint(1, 40)}، {town}"
    if c == "IR":
        return f"{town}، {street}، پلاک {n}، واحد {r.randint(1, 20)}"
    if c == "INH":
        return f"मकान नं. {n}, {street}, {town} - {shape(r, '%#####')}"
    if c == "CN":
        return f"{town}市{r.choice(['鼓楼区', '江汉区', '市南区', '岳麓区'])}{street}{n}号{r.randint(1, 20)}幢{r.randint(101, 2603)}室"
    if c == "TW":
        return f"{town}市{r.choice(['北區', '西區', '東區'])}{street}{r.randint(1, 3)}段{n}號{r.randint(2, 15)}樓"
    if c == "JP":
        return f"〒{shape(r, '%##-####')} {town}市{r.choice(['中区', '北区', '南区'])}{street}{r.randint(1, 4)}丁目{r.randint(1, 25)}-{r.randint(1, 12)}"
    if c == "KR":
        return f"{town} {r.choice(['해운대구', '중구', '남동구', '수성구'])} {street} {n}, {r.randint(101, 115)}동 {r.randint(201, 2004)}호"
    if c == "TH":
        return f"{n}/{r.randint(1, 60)} {street} ต.{r.choice(['ในเมือง', 'ท่าศาลา'])} อ.เมือง {town} {shape(r, '%####')}"
    if c == "VN":
        return f"{n} {street}, P. {r.randint(1, 12)}, {town}"
    if c == "ID":
        return f"{street} No. {n}, RT {r.randint(1, 9):03d}/RW {r.randint(1, 9):03d}, {town} {shape(r, '%####')}"
    if c == "MY":
        return f"No. {n}, {street}, {shape(r, '%####')} {town}"
    if c == "KE":
        return f"{street}, {r.choice(['Plot', 'House'])} {n}, P.O. Box {r.randint(100, 9999)}-{shape(r, '%####')}, {town}"
    return f"{street} {n}, {town}"


def write_phone(r: random.Random, c: str) -> str:
    return shape(r, r.choice(PEOPLE[c][5].split("|")))


def write_email(r: random.Random, p: Person, host: str = "") -> str:
    f, l = handle(p.first_latin), handle(p.last_latin)
    year = p.dob.year % 100
    local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{l}.{f[:1]}", f"{f}{year:02d}", f"{f}_{l}{r.randint(1, 9)}", f"{l}{f}",
                      f"{f}.{l}{p.dob.year}"])
    return f"{local}@{host or r.choice(PEOPLE[p.country][6].split('|'))}"


# ---------------------------------------------------------------------------------------------------------------------
# Cards, bank accounts, social security numbers
# ---------------------------------------------------------------------------------------------------------------------
def luhn_valid(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        v = int(ch) * (2 if i % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def luhn_complete(r: random.Random, prefix: str, length: int) -> str:
    body = prefix + chars(r, length - len(prefix) - 1, DIGITS)
    return next(body + d for d in DIGITS if luhn_valid(body + d))


PUBLIC_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "5105105105105100", "378282246310005", "371449635398431",
                     "6011111111111117", "3530111333300000", "4012888888881881", "4000056655665556", "2223003122003222"}
CARD_BRANDS = {  # prefix choices, length
    "visa": (["4"], 16), "mc": (["51", "53", "55", "2221", "2720", "2321"], 16), "amex": (["34", "37"], 15), "discover": (["6011", "65", "6441"], 16),
    "jcb": (["3528", "3566", "3589"], 16), "unionpay": (["622126", "6250", "6288"], 16), "mir": (["2200", "2202", "2204"], 16),
    "troy": (["9792"], 16), "rupay": (["6521", "6522", "5085"], 16), "elo": (["636368", "504175", "650031"], 16),
    "shetab": (["603799", "610433", "627412", "589210"], 16), "verve": (["5061", "6500"], 19), "diners": (["36", "3056"], 14),
}
LOCAL_BRAND = {"RU": "mir", "TR": "troy", "IN": "rupay", "INH": "rupay", "CN": "unionpay", "JP": "jcb", "BR": "elo", "IR": "shetab", "NG": "verve"}


def write_card(r: random.Random, brand: str = "", country: str = "") -> str:
    if not brand:
        local = LOCAL_BRAND.get(country)
        brand = local if local and r.random() < 0.5 else r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "discover", "jcb", "unionpay", "diners"])
    prefixes, length = CARD_BRANDS[brand]
    while True:
        number = luhn_complete(r, r.choice(prefixes), length)
        if number not in PUBLIC_TEST_CARDS:
            break
    roll = r.random()
    if length == 15:
        return number if roll < 0.3 else f"{number[:4]} {number[4:10]} {number[10:]}"
    if length == 14:
        return number if roll < 0.4 else f"{number[:4]} {number[4:10]} {number[10:]}"
    if length == 19:
        return number if roll < 0.4 else " ".join([number[i:i + 4] for i in range(0, 16, 4)] + [number[16:]])
    if roll < 0.3:
        return number
    sep = " " if roll < 0.75 else "-" if roll < 0.93 else "  "
    return sep.join(number[i:i + 4] for i in range(0, 16, 4))


# Basic bank account layouts: letters 'a', digits 'n', in runs.
BBAN_LAYOUT = {"DE": "18n", "AT": "16n", "CH": "17n", "FR": "23n", "BE": "12n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "PT": "21n",
               "PL": "24n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "IS": "22n", "CZ": "20n", "SK": "20n", "HU": "24n",
               "RO": "4a16n", "TR": "22n", "GR": "23n", "UA": "25n", "BG": "4a14n", "IL": "19n", "SA": "20n", "AE": "19n",
               "EG": "25n", "IR": "22n", "GB": "4a14n", "IE": "4a14n", "BR": "23n1a1n", "HR": "17n", "LU": "16n", "LT": "16n"}
FIXED_BANKS = {"GB": "NWBK|HBUK|TSBS|NAIA|MONZ", "IE": "BOFI|AIBK|IPBS", "NL": "TRIO|BUNQ|SNSB|ASNB", "RO": "BTRL|RZBR|CECE",
               "BG": "STSA|BPBI|CECB", "IT": "X|K|Z"}
IBAN_ABROAD = {"US": "DE|GB|NL|FR", "CA": "FR|GB", "AU": "GB|IE", "NZ": "GB", "IN": "AE|GB", "INH": "AE|DE", "ZA": "GB|NL", "SG": "GB|LU",
               "NG": "GB", "PH": "AE|SA", "MX": "ES", "AR": "ES|IT", "CN": "DE|LU", "TW": "DE|NL", "JP": "DE|FR", "KR": "DE",
               "TH": "DE|CH", "VN": "FR|DE", "ID": "NL|DE", "MY": "GB|AE", "KE": "GB|DE", "RU": "LT|TR", "US-es": "ES"}


def iban_mod97_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1


def _national_bban_checks(r: random.Random, cc: str, bban: str) -> str | None:
    """The check digits some countries keep inside the account number; None: draw again."""
    if cc == "BE":
        return bban[:10] + f"{int(bban[:10]) % 97 or 97:02d}"
    if cc == "NO":
        rest = 11 - sum(int(x) * w for x, w in zip(bban[:10], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        return None if rest == 10 else bban[:10] + str(rest % 11)
    if cc == "ES":
        weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(digits: str) -> str:
            v = 11 - sum(int(x) * w for x, w in zip(digits, weights)) % 11
            return str({11: 0, 10: 1}.get(v, v))
        return bban[:8] + dc("00" + bban[:8]) + dc(bban[10:]) + bban[10:]
    if cc == "TR":
        return bban[:5] + "0" + bban[6:]
    if cc == "IR":
        return "0" + r.choice(["17", "12", "55", "56", "62"]) + bban[3:]
    return bban


def write_iban(r: random.Random, cc: str) -> str:
    from stdnum import iban as iban_module

    for _ in range(500):
        bban = ""
        for count, kind in re.findall(r"(\d+)([an])", BBAN_LAYOUT[cc]):
            if kind == "a":
                bban += r.choice(FIXED_BANKS[cc].split("|")) if cc in FIXED_BANKS else chars(r, int(count), UPPER)
            else:
                bban += chars(r, int(count), DIGITS)
        fixed = _national_bban_checks(r, cc, bban)
        if fixed is None:
            continue
        check = 98 - int("".join(str(int(ch, 36)) for ch in fixed + cc + "00")) % 97
        value = f"{cc}{check:02d}{fixed}"
        if iban_mod97_ok(value) and (cc == "IR" or iban_module.is_valid(value)):  # Iran's IBANs are not in the registry stdnum reads
            if r.random() < 0.5:
                return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
            return value
    raise RuntimeError(f"no IBAN for {cc}")


SSN_STYLES = ("dash", "dash", "dash", "dash", "dash", "space", "space", "bare", "bare", "dot")


def write_ssn(r: random.Random, style: str = "") -> str:
    while True:
        area = r.randint(1, 899)
        if area != 666:
            break
    group, serial = r.randint(1, 99), r.randint(1, 9999)
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    style = style or r.choice(SSN_STYLES)
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "bare": f"{a}{g}{s}", "dot": f"{a}.{g}.{s}", "endash": f"{a}–{g}–{s}",
            "slash": f"{a}/{g}/{s}", "wide": f"{a} - {g} - {s}"}[style]


# ---------------------------------------------------------------------------------------------------------------------
# National identity, tax and insurance numbers, with their check digits where the country has them
# ---------------------------------------------------------------------------------------------------------------------
def _stdnum(module: str):
    return importlib.import_module(f"stdnum.{module}")


def _complete(r: random.Random, module: str, head, tail: str = DIGITS, width: int = 1) -> str:
    """Draw heads until one of the tails makes a number stdnum.<module> accepts."""
    valid = _stdnum(module).is_valid
    for _ in range(2000):
        h = head()
        tails = [a + b for a in tail for b in tail] if width == 2 else list(tail)
        r.shuffle(tails)
        for t in tails:
            if valid(h + t):
                return h + t
    raise RuntimeError(f"no valid {module}")


def nric_sg(r: random.Random, dob: datetime.date) -> str:
    prefix = "S" if dob.year < 2000 else "T"
    body = (f"{dob.year % 100:02d}" if r.random() < 0.7 else chars(r, 2, DIGITS)) + chars(r, 5, DIGITS)
    total = sum(int(d) * w for d, w in zip(body, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix == "T" else 0)
    return prefix + body + "JZIHGFEDCBA"[total % 11]


def nino_gb(r: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = r.choice(first) + r.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digits = chars(r, 6, DIGITS)
    suffix = r.choice("ABCD")
    return r.choice([f"{pre}{digits}{suffix}", f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"])


def taj_hu(r: random.Random) -> str:
    body = chars(r, 8, DIGITS)
    check = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(body)) % 10
    v = body + str(check)
    return r.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}", v])


def snils_ru(r: random.Random) -> str:
    while True:
        body = chars(r, 9, DIGITS)
        if int(body) > 1001998:
            break
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    check = total if total < 100 else 0 if total in (100, 101) else total % 101
    check = 0 if check == 100 else check
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def melli_ir(r: random.Random) -> str:
    while True:
        body = chars(r, 9, DIGITS)
        if len(set(body)) > 2:
            break
    rem = sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    return body + str(rem if rem < 2 else 11 - rem)


def natid_tw(r: random.Random, female: bool) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"  # A=10 ... in the register's order
    letter = r.choice("ABDEFHJK")
    code = letters.index(letter) + 10
    body = ("2" if female else "1") + chars(r, 7, DIGITS)
    digits = [code // 10, code % 10] + [int(d) for d in body]
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    check = (10 - sum(d * w for d, w in zip(digits, weights)) % 10) % 10
    return f"{letter}{body}{check}"


def national_id(r: random.Random, p: Person, kind: str = "") -> str:
    c, d = p.country, p.dob
    male = not p.female
    if c == "GB":
        if kind == "nhs" or (not kind and r.random() < 0.4):
            v = _complete(r, "gb.nhs", lambda: str(r.randint(4, 7)) + chars(r, 8, DIGITS))
            return f"{v[:3]} {v[3:6]} {v[6:]}"
        return nino_gb(r)
    if c == "IE":
        return _complete(r, "ie.pps", lambda: chars(r, 7, DIGITS), "ABCDEFGHIJKLMNOPQRSTUVW")
    if c == "CA":
        v = _complete(r, "ca.sin", lambda: str(r.choice([1, 2, 3, 4, 5, 6, 7])) + chars(r, 7, DIGITS))
        return r.choice([f"{v[:3]} {v[3:6]} {v[6:]}", f"{v[:3]}-{v[3:6]}-{v[6:]}", v])
    if c == "AU":
        v = _complete(r, "au.tfn", lambda: chars(r, 8, DIGITS))
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "NZ":
        v = _complete(r, "nz.ird", lambda: r.choice(["1", "0"]) + chars(r, 7, DIGITS))
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if c in ("IN", "INH"):
        if kind == "pan" or (not kind and r.random() < 0.3):
            return chars(r, 3, UPPER) + "P" + handle(p.last_latin)[0].upper() + chars(r, 4, DIGITS) + chars(r, 1, UPPER)
        v = _complete(r, "in_.aadhaar", lambda: str(r.randint(2, 9)) + chars(r, 10, DIGITS))
        return r.choice([f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}", v])
    if c == "ZA":
        return _complete(r, "za.idnr", lambda: d.strftime("%y%m%d") + str(r.randint(5, 9) if male else r.randint(0, 4)) + chars(r, 3, DIGITS) + "0" + r.choice("89"))
    if c == "SG":
        return nric_sg(r, d)
    if c == "NG":
        return chars(r, 1, "123456789") + chars(r, 10, DIGITS)
    if c == "PH":
        v = chars(r, 1, "123456789") + chars(r, 15, DIGITS)
        return f"{v[:4]}-{v[4:8]}-{v[8:12]}-{v[12:]}"
    if c == "DE":
        def idnr_head() -> str:
            pool = r.sample(DIGITS, 9)
            body = pool + [r.choice(pool)]
            r.shuffle(body)
            if body[0] == "0":
                body[0], body[1] = body[1], body[0]
            return "".join(body)
        v = _complete(r, "de.idnr", idnr_head)
        return r.choice([v, f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"])
    if c == "AT":
        valid = _stdnum("at.vnr").is_valid
        while True:
            v = str(r.randint(1, 9)) + chars(r, 2, DIGITS) + r.choice(DIGITS) + d.strftime("%d%m%y")
            if valid(v):
                return r.choice([v, f"{v[:4]} {v[4:]}"])
    if c == "CH":
        v = _complete(r, "ch.ssn", lambda: "756" + chars(r, 9, DIGITS))
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if c == "FR":
        body = ("2" if p.female else "1") + d.strftime("%y%m") + r.choice(["25", "87", "79", "26", "22", "73", "86"]) + chars(r, 3, DIGITS) + chars(r, 3, DIGITS)
        v = body + f"{97 - int(body) % 97:02d}"
        return r.choice([v, f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"])
    if c == "BE":
        v = _complete(r, "be.nn", lambda: d.strftime("%y%m%d") + f"{r.randint(1, 997):03d}", DIGITS, 2)
        return r.choice([f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}", v])
    if c == "ES":
        if kind == "nie" or (not kind and r.random() < 0.25):
            return _complete(r, "es.nie", lambda: r.choice("XYZ") + chars(r, 7, DIGITS), "TRWAGMYFPDXBNJZSQVHLCKE")
        return _complete(r, "es.dni", lambda: chars(r, 8, DIGITS), "TRWAGMYFPDXBNJZSQVHLCKE")
    if c == "MX":
        first = handle(p.first_latin).upper()
        last = handle(p.last_latin).upper()
        vowel = next((ch for ch in last[1:] if ch in "AEIOU"), "X")
        return _complete(r, "mx.curp", lambda: last[0] + vowel + r.choice("AGLMRV") + first[0] + d.strftime("%y%m%d") + ("M" if p.female else "H")
                         + r.choice(["PL", "GT", "SR", "CL", "VZ", "TL"]) + chars(r, 3, "BCDFGHJKLMNPRSTVZ") + ("0" if d.year < 2000 else "A"))
    if c == "AR":
        dni = str(r.randint(14_000_000, 46_000_000))
        if kind == "dni" or (not kind and r.random() < 0.4):
            return f"{int(dni):,}".replace(",", ".")
        v = _complete(r, "ar.cuit", lambda: ("27" if p.female else "20") + dni)
        return f"{v[:2]}-{v[2:10]}-{v[10:]}"
    if c == "IT":
        cons = "BCDFGHLMNPRSTVZ"
        return _complete(r, "it.codicefiscale", lambda: chars(r, 6, cons) + d.strftime("%y") + "ABCDEHLMPRST"[d.month - 1]
                         + f"{d.day + (40 if p.female else 0):02d}" + r.choice("ABCDEFGHILM") + chars(r, 3, DIGITS), UPPER)
    if c == "NL":
        v = _complete(r, "nl.bsn", lambda: str(r.randint(1, 7)) + chars(r, 7, DIGITS))
        return r.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"])
    if c == "PT":
        v = _complete(r, "pt.nif", lambda: r.choice("123") + chars(r, 7, DIGITS))
        return r.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}"])
    if c == "BR":
        v = _complete(r, "br.cpf", lambda: chars(r, 9, DIGITS), DIGITS, 2)
        return r.choice([f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}", v])
    if c == "PL":
        month = d.month + (20 if d.year >= 2000 else 0)
        return _complete(r, "pl.pesel", lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + chars(r, 3, DIGITS) + str(r.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])))
    if c == "SE":
        v = _complete(r, "se.personnummer", lambda: d.strftime("%y%m%d") + chars(r, 3, DIGITS))
        return r.choice([f"{v[:6]}-{v[6:]}", f"{d.year // 100}{v[:6]}-{v[6:]}"])
    if c == "NO":
        return _complete(r, "no.fodselsnummer", lambda: d.strftime("%d%m%y") + (str(r.randint(0, 4)) if d.year < 2000 else str(r.randint(5, 9))) + chars(r, 2, DIGITS), DIGITS, 2)
    if c == "DK":
        v = _complete(r, "dk.cpr", lambda: d.strftime("%d%m%y") + (r.choice("0123") if d.year < 2000 else r.choice("49")) + chars(r, 2, DIGITS))
        return f"{v[:6]}-{v[6:]}"
    if c == "FI":
        sep = "-" if d.year < 2000 else "A"
        return _complete(r, "fi.hetu", lambda: d.strftime("%d%m%y") + sep + chars(r, 3, DIGITS), "0123456789ABCDEFHJKLMNPRSTUVWXY")
    if c == "IS":
        while True:
            head = d.strftime("%d%m%y") + chars(r, 2, "23456789")
            check = 11 - sum(int(x) * w for x, w in zip(head, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if check < 10:
                return f"{head[:6]}-{head[6:]}{0 if check == 11 else check}{'9' if d.year < 2000 else '0'}"
    if c in ("CZ", "SK"):
        month = d.month + (50 if p.female else 0)
        v = _complete(r, "cz.rc" if c == "CZ" else "sk.rc", lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + chars(r, 3, DIGITS))
        return r.choice([f"{v[:6]}/{v[6:]}", v])
    if c == "HU":
        return taj_hu(r)
    if c == "RO":
        g = (1 if d.year < 2000 else 5) + (0 if male else 1)
        return _complete(r, "ro.cnp", lambda: str(g) + d.strftime("%y%m%d") + f"{r.randint(1, 46):02d}" + chars(r, 3, DIGITS))
    if c == "TR":
        return _complete(r, "tr.tckimlik", lambda: str(r.randint(1, 9)) + chars(r, 8, DIGITS), DIGITS, 2)
    if c == "GR":
        return _complete(r, "gr.amka", lambda: d.strftime("%d%m%y") + chars(r, 3, DIGITS) + str(r.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])))
    if c == "RU":
        if kind == "inn" or (not kind and r.random() < 0.35):
            return _complete(r, "ru.inn", lambda: str(r.randint(10, 89)) + chars(r, 8, DIGITS), DIGITS, 2)
        return snils_ru(r)
    if c == "UA":
        return _complete(r, "ua.rntrc", lambda: str(r.randint(1, 4)) + chars(r, 8, DIGITS))
    if c == "BG":
        month = d.month + (40 if d.year >= 2000 else 0)
        return _complete(r, "bg.egn", lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + chars(r, 2, DIGITS) + str(r.choice([0, 2, 4, 6, 8] if male else [1, 3, 5, 7, 9])))
    if c == "IL":
        return _complete(r, "il.idnr", lambda: r.choice("0123") + chars(r, 7, DIGITS))
    if c == "SA":
        return luhn_complete(r, r.choice("12") + chars(r, 1, DIGITS), 10)
    if c == "AE":
        v = luhn_complete(r, "784" + str(d.year), 15)
        return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"
    if c == "EG":
        return str(2 if d.year < 2000 else 3) + d.strftime("%y%m%d") + r.choice(["01", "02", "13", "16", "27", "28"]) + chars(r, 3, DIGITS) \
            + r.choice("13579" if male else "02468") + chars(r, 1, DIGITS)
    if c == "IR":
        v = melli_ir(r)
        return r.choice([v, f"{v[:3]}-{v[3:9]}-{v[9]}"])
    if c == "CN":
        # District codes as the register knew them at the birth date; the newer districts only from the late 1980s.
        areas = ["320102", "320106", "420106", "370202", "430102", "530102", "330203", "330106"] if d.year >= 1990 else ["110105"]
        return _complete(r, "cn.ric", lambda: r.choice(areas) + d.strftime("%Y%m%d") + chars(r, 2, DIGITS) + r.choice("13579" if male else "02468"), DIGITS + "X")
    if c == "TW":
        return natid_tw(r, p.female)
    if c == "JP":
        v = _complete(r, "jp.in_", lambda: str(r.randint(1, 9)) + chars(r, 10, DIGITS))
        return r.choice([f"{v[:4]} {v[4:8]} {v[8:]}", v, f"{v[:4]}-{v[4:8]}-{v[8:]}"])
    if c == "KR":
        g = (1 if d.year < 2000 else 3) + (0 if male else 1)
        v = _complete(r, "kr.rrn", lambda: d.strftime("%y%m%d") + str(g) + f"{r.randint(0, 95):02d}" + chars(r, 3, DIGITS))
        return f"{v[:6]}-{v[6:]}"
    if c == "TH":
        v = _complete(r, "th.pin", lambda: str(r.randint(1, 8)) + chars(r, 11, DIGITS))
        return r.choice([f"{v[0]} {v[1:5]} {v[5:10]} {v[10:12]} {v[12]}", f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}", v])
    if c == "VN":
        return r.choice(["001", "036", "048", "056", "079", "075", "019"]) + str((0 if d.year < 2000 else 2) + (1 if p.female else 0)) + d.strftime("%y") + chars(r, 6, DIGITS)
    if c == "ID":
        return _complete(r, "id.nik", lambda: r.choice(["327301", "337401", "357801", "517101", "167101", "327101"])
                         + f"{d.day + (40 if p.female else 0):02d}{d.month:02d}{d.year % 100:02d}" + chars(r, 3, DIGITS), "123456789")
    if c == "MY":
        v = _complete(r, "my.nric", lambda: d.strftime("%y%m%d") + r.choice(["08", "01", "13", "12", "05", "04", "10", "14"]) + chars(r, 3, DIGITS),
                      "13579" if male else "02468")
        return r.choice([f"{v[:6]}-{v[6:8]}-{v[8:]}", v])
    if c == "KE":
        if kind == "pin" or (not kind and r.random() < 0.35):
            return "A" + chars(r, 9, DIGITS) + chars(r, 1, UPPER)
        return str(r.randint(10_000_000, 39_999_999))
    raise KeyError(f"no national id for {c}")


# Which stdnum module accepts each country's numbers (for the set's own checks; None: no public check digit).
NATID_CHECK = {"IE": "ie.pps", "CA": "ca.sin", "AU": "au.tfn", "NZ": "nz.ird", "ZA": "za.idnr", "DE": "de.idnr", "AT": "at.vnr",
               "CH": "ch.ssn", "FR": "fr.nir", "BE": "be.nn", "MX": "mx.curp", "IT": "it.codicefiscale", "NL": "nl.bsn", "PT": "pt.nif",
               "BR": "br.cpf", "PL": "pl.pesel", "SE": "se.personnummer", "NO": "no.fodselsnummer", "DK": "dk.cpr", "FI": "fi.hetu",
               "IS": "is_.kennitala", "CZ": "cz.rc", "SK": "sk.rc", "RO": "ro.cnp", "TR": "tr.tckimlik", "GR": "gr.amka", "UA": "ua.rntrc",
               "BG": "bg.egn", "IL": "il.idnr", "CN": "cn.ric", "JP": "jp.in_", "KR": "kr.rrn", "TH": "th.pin", "ID": "id.nik", "MY": "my.nric"}


# ---------------------------------------------------------------------------------------------------------------------
# Network addresses
# ---------------------------------------------------------------------------------------------------------------------
RESERVED_FIRST_OCTETS = {0, 10, 100, 127, 169, 172, 192, 198, 203, 224}


def write_ip(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["v4", "v4", "v4", "lan", "v6", "v6short"])
    if kind == "lan":
        return r.choice([f"192.168.{r.choice([0, 1, 1, 2, 10, 50, 178])}.{r.randint(2, 253)}", f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 253)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 253)}", f"100.{r.randint(64, 127)}.{r.randint(0, 254)}.{r.randint(1, 253)}"])
    if kind in ("v6", "v6short"):
        prefix = r.choice(["2a02:810d", "2001:16b8", "2600:1700", "2a01:cb1d", "2406:3003", "2804:14c", "2c0f:f8f0", "2001:ee0", "2a0a:a540"])
        groups = [f"{r.randint(0, 0xffff):x}" for _ in range(8 - prefix.count(":") - 1)]
        if kind == "v6short":
            return f"{prefix}:{groups[0]}:{groups[1]}::{groups[-1]}"
        return ":".join([prefix] + groups)
    if kind == "mapped":
        return f"::ffff:{write_ip(r, 'v4')}"
    while True:
        first = r.randint(2, 223)
        if first not in RESERVED_FIRST_OCTETS:
            return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


# ---------------------------------------------------------------------------------------------------------------------
# Secrets: keys and tokens by provider, passwords, private keys
# ---------------------------------------------------------------------------------------------------------------------
def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def write_jwt(r: random.Random, subject: str = "", issuer: str = "") -> str:
    head = _b64url(json.dumps({"alg": r.choice(["HS256", "RS256", "EdDSA"]), "typ": "JWT", **({"kid": chars(r, 8, HEX)} if r.random() < 0.4 else {})},
                              separators=(",", ":")).encode())
    claims = {"sub": subject or chars(r, 12, DIGITS), "exp": r.randint(1_760_000_000, 1_830_000_000)}
    if issuer:
        claims["iss"] = issuer
    if r.random() < 0.5:
        claims["role"] = r.choice(["service_role", "authenticated", "admin", "billing"])
    body = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{head}.{body}.{_b64url(r.randbytes(r.choice([32, 48, 64])))}"


def write_private_key(r: random.Random, escaped: bool = False) -> str:
    label = r.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    body = base64.b64encode(r.randbytes(r.choice([90, 144, 201]))).decode()
    lines = [f"-----BEGIN {label}-----", *(body[i:i + 64] for i in range(0, len(body), 64)), f"-----END {label}-----"]
    return ("\\n" if escaped else "\n").join(lines)


TOKENS = {
    "aws_id": lambda r: r.choice(["AKIA", "ASIA"]) + chars(r, 16, UPPER + "234567"),
    "aws_secret": lambda r: chars(r, 40, B64),
    "openai": lambda r: r.choice(["sk-proj-", "sk-"]) + chars(r, 48, B64URL) + ("T3BlbkFJ" + chars(r, 20, B64URL) if r.random() < 0.5 else ""),
    "anthropic": lambda r: "sk-ant-api03-" + chars(r, 93, B64URL) + "AA",
    "github": lambda r: r.choice(["ghp_", "ghu_", "gho_"]) + chars(r, 36),
    "github_pat": lambda r: "github_pat_11" + chars(r, 20, UPPER + DIGITS) + "_" + chars(r, 59),
    "gitlab": lambda r: r.choice(["glpat-", "glptt-", "gldt-"]) + chars(r, 20, B64URL),
    "slack": lambda r: f"{r.choice(['xoxb', 'xoxp', 'xoxe.xoxp-1'])}-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-{chars(r, 24)}",
    "stripe": lambda r: r.choice(["sk_live_", "rk_live_"]) + "51" + chars(r, 22) + chars(r, 70),
    "stripe_whsec": lambda r: "whsec_" + chars(r, 32),
    "google": lambda r: "AIza" + chars(r, 35, B64URL),
    "sendgrid": lambda r: f"SG.{chars(r, 22, B64URL)}.{chars(r, 43, B64URL)}",
    "twilio": lambda r: chars(r, 32, HEX),
    "mailchimp": lambda r: chars(r, 32, HEX) + "-us" + str(r.randint(2, 21)),
    "npm": lambda r: "npm_" + chars(r, 36),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + chars(r, 60, B64URL),
    "huggingface": lambda r: "hf_" + chars(r, 34, string.ascii_letters),
    "telegram": lambda r: f"{r.randint(6_000_000_000, 8_199_999_999)}:AA{chars(r, 33, B64URL)}",
    "discord": lambda r: f"{_b64url(str(r.randint(10**17, 10**18)).encode())}.{chars(r, 6, B64URL)}.{chars(r, 38, B64URL)}",
    "dropbox": lambda r: "sl.u." + chars(r, 130, B64URL),
    "square": lambda r: "EAAA" + chars(r, 60, B64URL),
    "shopify": lambda r: r.choice(["shpat_", "shpss_"]) + chars(r, 32, HEX),
    "digitalocean": lambda r: "dop_v1_" + chars(r, 64, HEX),
    "cloudflare": lambda r: chars(r, 40, B64URL),
    "newrelic": lambda r: "NRAK-" + chars(r, 27, UPPER + DIGITS),
    "datadog": lambda r: chars(r, 32, HEX),
    "doppler": lambda r: "dp.st." + r.choice(["prd", "dev"]) + "." + chars(r, 40),
    "notion": lambda r: "ntn_" + chars(r, 46),
    "airtable": lambda r: "pat" + chars(r, 14) + "." + chars(r, 64, HEX),
    "atlassian": lambda r: "ATATT3xFfGF0" + chars(r, 180, B64URL) + "=" + chars(r, 8, HEX.upper()),
    "linear": lambda r: "lin_api_" + chars(r, 40),
    "vercel": lambda r: chars(r, 24),
    "age": lambda r: "AGE-SECRET-KEY-1" + chars(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
    "wireguard": lambda r: base64.b64encode(r.randbytes(32)).decode(),
    "totp": lambda r: chars(r, 32, BASE32),
    "firebase": lambda r: "AAAA" + chars(r, 7, B64URL) + ":APA91b" + chars(r, 134, B64URL),
    "mapbox": lambda r: "sk.eyJ1Ijoi" + chars(r, 60, B64URL) + "." + chars(r, 22, B64URL),
    "azure_storage": lambda r: base64.b64encode(r.randbytes(64)).decode(),
    "heroku": lambda r: "HRKU-" + chars(r, 8, HEX) + "-" + chars(r, 4, HEX) + "-" + chars(r, 4, HEX) + "-" + chars(r, 4, HEX) + "-" + chars(r, 12, HEX),
    "okta": lambda r: "00" + chars(r, 40, B64URL),
    "sentry": lambda r: chars(r, 32, HEX),
    "plaid": lambda r: chars(r, 30, HEX),
    "paypal": lambda r: "access_token$production$" + chars(r, 16, LOWER + DIGITS) + "$" + chars(r, 32, HEX),
    "jwt": lambda r: write_jwt(r),
    "pem": lambda r: write_private_key(r),
}
_PW_WORDS = ["Lighthouse", "mango", "Tundra", "pickle", "Sparrow", "velvet", "Kestrel", "biscuit", "Orchid", "granite", "Meadow", "pepper",
             "Zephyr", "otter", "Saffron", "lantern"]


def write_password(r: random.Random, style: str = "") -> str:
    style = style or r.choice(["word", "word", "random", "phrase", "leet", "pin"])
    if style == "word":
        return f"{r.choice(_PW_WORDS)}{r.choice(['', '_', '.'])}{r.randint(1, 2027)}{r.choice(['!', '?', '#', '', '$', '@'])}"
    if style == "phrase":
        return r.choice(["-", " ", "_", "."]).join(w.lower() for w in r.sample(_PW_WORDS, r.choice([3, 4])))
    if style == "leet":
        w = r.choice(_PW_WORDS)
        return w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1") + r.choice(["!!", "#1", "&", "*7"])
    if style == "pin":
        return f"{r.choice(_PW_WORDS).lower()}{r.randint(1000, 9999)}"
    if style == "b64":  # as a Kubernetes Secret keeps it
        return base64.b64encode(write_password(r, "word").encode()).decode()
    return chars(r, r.randint(12, 24), ALNUM + "!#$%&*+-=?@^_~")


# ---------------------------------------------------------------------------------------------------------------------
# Links that point at a person, and small organisations
# ---------------------------------------------------------------------------------------------------------------------
def write_link(r: random.Random, p: Person, kind: str = "") -> str:
    f, l = handle(p.first_latin), handle(p.last_latin)
    kind = kind or r.choice(["linkedin", "github", "site", "calendly", "instagram", "facebook", "drive", "onedrive", "venmo", "paypal",
                             "gofundme", "linktree", "substack", "tiktok", "youtube", "mastodon", "behance", "xing", "bsky"])
    return {
        "linkedin": lambda: f"https://www.linkedin.com/in/{f}{l}{r.choice(['', '-' + chars(r, 9, LOWER + DIGITS)])}/",
        "github": lambda: f"https://github.com/{f}-{l}{r.choice(['', str(r.randint(2, 99))])}",
        "site": lambda: f"https://www.{f}{l}.{r.choice(['com', 'me', 'co.uk', 'de', 'studio'])}",
        "calendly": lambda: f"https://calendly.com/{f}{l[:1]}/{r.choice(['15min', 'consult', 'viewing', 'catch-up'])}",
        "instagram": lambda: f"https://www.instagram.com/{f}_{l}{r.choice(['', '_photo', '.bakes'])}",
        "facebook": lambda: f"https://www.facebook.com/profile.php?id=1000{r.randint(10**10, 10**11 - 1)}",
        "drive": lambda: f"https://drive.google.com/file/d/1{chars(r, 32, B64URL)}/view?usp=sharing",
        "onedrive": lambda: f"https://1drv.ms/f/s!{chars(r, 24, B64URL)}",
        "venmo": lambda: f"https://venmo.com/u/{f.capitalize()}-{l.capitalize()}-{r.randint(1, 9)}",
        "paypal": lambda: f"https://paypal.me/{f}{l}{r.choice(['', str(r.randint(1, 99))])}",
        "gofundme": lambda: f"https://www.gofundme.com/f/help-{f}-{l}-{r.choice(['recover', 'get-home', 'with-medical-bills', 'rebuild'])}",
        "linktree": lambda: f"https://linktr.ee/{f}.{l}",
        "substack": lambda: f"https://{f}{l}.substack.com",
        "tiktok": lambda: f"https://www.tiktok.com/@{f}{l[:4]}{r.randint(1, 99)}",
        "youtube": lambda: f"https://www.youtube.com/@{f}{l}",
        "mastodon": lambda: f"https://{r.choice(['mastodon.social', 'hachyderm.io', 'mstdn.jp'])}/@{f}_{l}",
        "behance": lambda: f"https://www.behance.net/{f}{l}",
        "xing": lambda: f"https://www.xing.com/profile/{f.capitalize()}_{l.capitalize()}",
        "bsky": lambda: f"https://bsky.app/profile/{f}{l}.bsky.social",
        "unsubscribe": lambda: f"https://mail.{r.choice(['harbourview-rentals', 'ollerton-fc', 'pinecone-credit'])}.com/unsubscribe?e={write_email(r, p).replace('@', '%40')}",
        "strava": lambda: f"https://www.strava.com/athletes/{r.randint(2_000_000, 150_000_000)}",
    }[kind]()


# Small organisations by language: a row is the language and its names; a row may go on over lines that start with "|".
_ORGANISATION_ROWS = """
en Millbrook Family Practice | Harrow & Finch Solicitors | Coppergate Credit Union | Saint Brendan's Hospice
   | Elmstead Rovers FC | Bluewater Equipment Hire | Larchmont Adoption Services | Ridgeway Bail Bonds
   | Kittering Notary Services | Otterburn Primary School | Fallowfield Pet Rescue
   | Crane & Loxley Insurance Brokers | Northgate Foster Care Network | Sable Point Marina
   | Quarry Hill Physiotherapy | Thornbury Community Pharmacy | Westbury Timeshare Owners' Club
   | Halverson Tax & Bookkeeping | Pebblebrook Montessori | Drayton Freight Claims Ltd
de Hausarztpraxis Dr. Lüdtke | Sportverein Grün-Weiß Ahlen | Sparkasse Unterweser | Notariat Behrens & Kolb
   | Physiotherapie am Wall | Kita Pusteblume | Hospizverein Lichtblick | Spedition Wendler GmbH
fr Cabinet médical des Tilleuls | Étude notariale Mauvoisin | Caisse d'épargne de Kervalo
   | École élémentaire Jules-Ferry de Lormont | Association Patte Tendue | Garage Leblanc & Fils
es Clínica Veterinaria Los Almendros | Notaría Ruiz de Alda | Caja Rural de Tierra Baja | Colegio Santa Eulalia
   | Club Deportivo Ribera Alta | Asesoría Fiscal Montoya
it Studio notarile Brambilla | Poliambulatorio San Rocco | Cassa Rurale Val di Sole | ASD Polisportiva Aurora
   | Scuola primaria Don Milani
nl Huisartsenpraktijk De Esch | Notariskantoor Wijnbergen | Voetbalvereniging SV Oranje Noord
   | Kinderopvang Het Wolkje | Dierenasiel De Hondenhoek
pt Clínica São Bento | Cartório do 2º Ofício de Notas | Cooperativa de Crédito Vale Verde
   | Colégio Nossa Senhora das Graças | Associação Protetora Quatro Patas
pl Przychodnia Rodzinna Medica | Kancelaria Notarialna Zalewski | Bank Spółdzielczy w Sokółce | UKS Orlik Tarnów
sv Vårdcentralen Björkhagen | Brf Tallbacken | IFK Norrskogen | Redovisningsbyrån Sälg
no Legesenteret Bryggen | Sparebanken Fjellheim | IL Skarven | Regnskapshuset Sjøvik
da Lægehuset Vestbyen | Boldklubben Fremad Lund | Andelskassen Sydfyn | Dyreinternatet Nordlys
fi Terveysasema Kaarela | Osuuspankki Kuusamo | Urheiluseura Kisa-Veikot | Tilitoimisto Aalto & Ranta
is Heilsugæslan Sólvangi | Sparisjóður Suðurlands | Ungmennafélagið Hvöt
cs Praktický lékař MUDr. Holubová | Notářská kancelář Šimek | TJ Sokol Líšeň | Základní škola Na Vyhlídce
sk Ambulancia všeobecného lekára MUDr. Kráľ | Notársky úrad Hrubá | FK Slávia Hlinné
hu Háziorvosi Rendelő Kertváros | Dr. Fekete Közjegyzői Iroda | Takarékszövetkezet Mecsek
   | Petőfi Sándor Általános Iskola Tiszakürt
ro Cabinet Medical Dr. Pavel | Biroul Notarial Ionescu | Clubul Sportiv Viitorul Sânmartin
   | Școala Gimnazială nr. 4 Ciugud
tr Aile Sağlığı Merkezi Yeşilyurt | Noter Ahmet Kaya | Güneşspor Kulübü | Kırçiçeği Veteriner Kliniği
el Ιατρείο Δρ. Σταματίου | Συμβολαιογραφείο Καραλή | Αθλητικός Σύλλογος Ακρίτας | Φροντιστήριο Ανάβαση
ru Клиника «Добрый доктор» | Нотариальная контора Соболевой | Спортшкола «Юность» | ООО «Северная логистика»
uk Амбулаторія «Сімейний лікар» | Приватний нотаріус Гнатюк | ФК «Колос» Мала Вільшанка | Притулок «Вірний друг»
bg Медицински център „Здраве“ | Нотариус Петрова | Спортен клуб „Витоша-Бистрица“
he מרפאת רופא המשפחה בנווה עוז | משרד עורכי דין ונוטריון ברק | עמותת כלבים מחפשים בית
ar عيادة الشفاء العائلية | مكتب التوثيق العدلي الحديث | نادي النجوم الرياضي | جمعية الرفق بالحيوان المحلية
fa درمانگاه شبانه‌روزی مهر | دفتر اسناد رسمی شماره ۲۱۴ | باشگاه ورزشی پرواز
hi आरोग्य क्लिनिक | शर्मा नोटरी कार्यालय | सरस्वती शिशु मंदिर | जीवन ज्योति हॉस्पिस
zh 仁和社区卫生服务中心 | 鼎信公证处 | 晨光体育俱乐部 | 小爪子宠物救助站
ja ひだまり内科クリニック | みどり公証役場 | 若葉スポーツクラブ | しっぽの会動物保護団体
ko 하늘정원 가정의학과의원 | 바른 공증사무소 | 새싹 유소년 축구클럽 | 행복한 유기견 보호소
th คลินิกเวชกรรมบ้านสุขใจ | สำนักงานทนายความสมศักดิ์ | สโมสรฟุตบอลเยาวชนดาวรุ่ง
vi Phòng khám Đa khoa An Khang | Văn phòng Công chứng Số 5 | Câu lạc bộ Bóng đá Thiếu niên Sao Vàng
id Klinik Pratama Sehat Sentosa | Kantor Notaris Hartono | Sekolah Dasar Tunas Harapan | Rumah Singgah Kasih Ibu
ms Klinik Kesihatan Taman Seri | Pejabat Peguam Azman & Co | Tadika Bunga Raya
tl Klinika ni Dra. Santos | Notaryo Publiko Reyes Law Office | Barangay Youth Basketball League ng San Isidro
sw Kliniki ya Afya Bora | Ofisi ya Wakili Mwakilema | Chama cha Akiba cha Umoja
"""


def _organisations() -> dict[str, list[str]]:
    table: dict[str, list[str]] = {}
    lang = ""
    for line in _ORGANISATION_ROWS.strip().splitlines():
        if not line.lstrip().startswith("|"):
            lang, _, line = line.partition(" ")
        table.setdefault(lang, []).extend(name.strip() for name in line.split("|") if name.strip())
    return table


ORGANISATIONS = _organisations()


# ---------------------------------------------------------------------------------------------------------------------
# Values that look like PII and are not: no span is made for them
# ---------------------------------------------------------------------------------------------------------------------
LOOKALIKES = {
    "order": lambda r: r.choice(["#", "SO-", "ORD", "W", "PO ", "BK-"]) + chars(r, r.choice([7, 9, 11]), DIGITS),
    "invoice": lambda r: r.choice(["INV-", "RE-", "FAC/", "F-"]) + str(r.randint(2024, 2026)) + "-" + chars(r, 5, DIGITS),
    "tracking": lambda r: r.choice(["1Z" + chars(r, 16, UPPER + DIGITS), chars(r, 2, UPPER) + chars(r, 9, DIGITS) + r.choice(["GB", "DE", "CN", "US"]),
                                    "9400" + chars(r, 18, DIGITS)]),
    "claim": lambda r: r.choice(["CLM-", "SC", "CL/"]) + chars(r, 8, DIGITS),
    "ticket": lambda r: r.choice(["JIRA-", "OPS-", "SUP-", "INC"]) + str(r.randint(100, 99999)),
    "semver": lambda r: f"{r.randint(0, 12)}.{r.randint(0, 40)}.{r.randint(0, 25)}",
    "build4": lambda r: f"10.0.{r.choice([19045, 22631, 26100])}.{r.randint(1000, 5999)}",
    "uuid": lambda r: f"{chars(r, 8, HEX)}-{chars(r, 4, HEX)}-{r.choice('47')}{chars(r, 3, HEX)}-{r.choice('89ab')}{chars(r, 3, HEX)}-{chars(r, 12, HEX)}",
    "sha1": lambda r: chars(r, 40, HEX),
    "sha7": lambda r: chars(r, 7, HEX),
    "sha256": lambda r: "sha256:" + chars(r, 64, HEX),
    "md5": lambda r: chars(r, 32, HEX),
    "price": lambda r: r.choice(["$", "€", "£", "¥", "R$ ", "₹"]) + f"{r.randint(2, 9000):,}.{r.randint(0, 99):02d}",
    "docip": lambda r: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254)),
    "docip6": lambda r: f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xfff):x}",
    "loopback": lambda r: r.choice(["127.0.0.1", "0.0.0.0", "::1", "localhost"]),
    "mask": lambda r: r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.252.0"]),
    "oid": lambda r: r.choice(["1.3.6.1.4.1.311.21.8", "2.5.4.3", "1.2.840.113549.1.1.11", "1.3.6.1.2.1.1.5.0"]),
    "routing": lambda r: r.choice(["021000021", "026009593", "121000248", "011401533", "322271627"]),
    "sortcode": lambda r: r.choice(["20-00-00", "40-47-84", "30-94-57"]),
    "swift": lambda r: r.choice(["DEUTDEFF", "BNPAFRPPXXX", "NWBKGB2L", "COBADEFFXXX", "CHASUS33", "INGBNL2A"]),
    "exiban": lambda r: r.choice(["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606", "NL91ABNA0417164300"]),
    "testcard": lambda r: r.choice(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005", "4000 0027 6000 3184"]),
    "exssn": lambda r: r.choice(["078-05-1120", "123-45-6789", "219-09-9999", "000-00-0000", "XXX-XX-1234"]),
    "placeholder": lambda r: r.choice(["sk-...", "sk-proj-XXXXXXXX", "<YOUR_API_KEY>", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                                       "xoxb-your-bot-token", "ghp_************************************", "${{ secrets.DEPLOY_TOKEN }}",
                                       "changeme", "REPLACE_WITH_YOUR_KEY", "<password>", "********", "os.getenv(\"STRIPE_KEY\")", "sk_test_xxx"]),
    "jwtio": lambda r: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
    "exmail": lambda r: r.choice(["user@example.com", "jane.doe@example.org", "test@example.net", "noreply@example.com"]),
    "doc": lambda r: r.choice(["https://docs.python.org/3/library/csv.html", "https://www.irs.gov/forms-pubs/about-form-w-9",
                               "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization", "https://www.ssa.gov/employer/verifySSN.htm",
                               "https://learn.microsoft.com/en-us/sql/connect/ado-net/connection-strings", "https://docs.aws.amazon.com/general/latest/gr/aws-sec-cred-types.html",
                               "https://en.wikipedia.org/wiki/International_Bank_Account_Number", "https://datatracker.ietf.org/doc/html/rfc7519",
                               "https://kubernetes.io/docs/concepts/configuration/secret/", "https://www.rfc-editor.org/rfc/rfc3849"]),
    "mac": lambda r: ":".join(chars(r, 2, HEX) for _ in range(6)),
    "pubkey": lambda r: base64.b64encode(r.randbytes(32)).decode(),
    "isbn": lambda r: r.choice(["978-0-596-52068-7", "978-1-59327-584-6", "978-0-262-13472-9", "978-3-16-148410-0"]),
    "doi": lambda r: f"10.{r.randint(1000, 9999)}/{chars(r, 4, LOWER)}.{r.randint(2019, 2025)}.{r.randint(100, 9999)}",
    "cve": lambda r: f"CVE-{r.randint(2019, 2026)}-{r.randint(1000, 52000)}",
    "arn": lambda r: f"arn:aws:s3:::{r.choice(['build-artifacts', 'static-assets', 'logs-archive'])}-{chars(r, 6, LOWER + DIGITS)}",
    "flight": lambda r: r.choice(["LH", "BA", "AF", "KL", "UA", "QF", "SQ", "TK"]) + str(r.randint(10, 2999)),
    "pnr": lambda r: chars(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "vin_like": lambda r: chars(r, 3, UPPER) + chars(r, 6, DIGITS),
    "ein": lambda r: f"{r.randint(10, 99)}-{chars(r, 7, DIGITS)}",
    "percent": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
    "epoch": lambda r: str(r.randint(1_700_000_000, 1_800_000_000)),
    "port": lambda r: str(r.choice([22, 25, 443, 587, 993, 3306, 5432, 6379, 8443, 9200])),
    "year": lambda r: str(r.randint(1995, 2027)),
    "hhmm": lambda r: f"{r.randint(0, 23):02d}:{r.choice(['00', '05', '15', '30', '45', '50'])}",
    "qty": lambda r: str(r.choice([2, 4, 12, 36, 144, 500, 2500])),
    "sku": lambda r: chars(r, 3, UPPER) + "-" + chars(r, 4, DIGITS) + "-" + chars(r, 2, UPPER),
    "imo": lambda r: "IMO " + r.choice(["9321483", "9074729", "9176187"]),
    "container": lambda r: r.choice(["MSCU", "MAEU", "CMAU", "HLXU"]) + chars(r, 7, DIGITS),
    "lot": lambda r: "LOT " + chars(r, 2, UPPER) + chars(r, 6, DIGITS),
}


# ---------------------------------------------------------------------------------------------------------------------
# Rendering: Context and fill(), which corpus._render calls once per slot
# ---------------------------------------------------------------------------------------------------------------------
class Context:
    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, _, self.country = locale.partition("-")
        self.names_from = HERITAGE.get(self.lang, self.country) if self.country == "US" and self.lang != "en" else self.country
        self.people: dict[int, Person] = {}
        self.memo: dict[str, Parts] = {}

    def person(self, n: int) -> Person:
        if n not in self.people:
            p = Person(self.rng, self.country, self.names_from)
            for _ in range(12):
                if all(p.first != q.first and p.last != q.last for q in self.people.values()):
                    break
                p = Person(self.rng, self.country, self.names_from)
            self.people[n] = p
        return self.people[n]


SLOT = re.compile(r"^(?P<kind>[a-z_0-9]+?)(?:\.(?P<n>\d))?(?::(?P<arg>.*))?$")
TAG = re.compile(r"!\w+")
PERSONAL = {"name", "first", "last", "first_lc", "last_lc", "latin", "rev", "caps", "init", "mail", "wmail", "tel", "dob", "natid", "iban", "card", "addr", "home",
            "link", "jwtme", "given_uc"}
UNCACHED = {"pick", "int"}


def fill(ctx: Context, slot: str) -> Parts:
    """What one slot of a template becomes: (text, TYPE or None) pieces."""
    if slot == "LB":
        return [("{", None)]
    if slot == "RB":
        return [("}", None)]
    m = SLOT.match(TAG.sub("", slot))  # "!b" only makes the slot's text, and so its memo, another one
    if m is None:
        raise KeyError(slot)
    kind = m["kind"]
    if slot in ctx.memo and kind not in UNCACHED:
        return ctx.memo[slot]
    out = _value(ctx, kind, int(m["n"] or 1), m["arg"] or "")
    ctx.memo[slot] = out
    return out


def _value(ctx: Context, kind: str, n: int, arg: str) -> Parts:
    r, lang, c = ctx.rng, ctx.lang, ctx.country
    p = ctx.person(n) if kind in PERSONAL else None
    if p is not None:
        if kind == "name":
            return [(p.full, "PERSON")]
        if kind == "first":
            return [(p.first, "PERSON")]
        if kind == "last":
            return [(p.last, "PERSON")]
        if kind in ("first_lc", "last_lc"):
            return [(handle(p.first_latin if kind == "first_lc" else p.last_latin), "PERSON")]
        if kind == "latin":
            return [(f"{p.first_latin} {p.last_latin}", "PERSON")]
        if kind == "given_uc":
            return [(latin(p.first_latin).upper(), "PERSON")]
        if kind == "rev":
            return [(latin(p.last_latin).upper() if arg == "uc" else p.last_latin, "PERSON"), (", ", None),
                    (latin(p.first_latin).upper() if arg == "uc" else p.first_latin, "PERSON")]
        if kind == "caps":
            return [(latin(p.last_latin).upper().replace(" ", ""), "PERSON"), ("/", None), (latin(p.first_latin).upper().replace(" ", ""), "PERSON")]
        if kind == "init":
            return [(p.first_latin[0] + ".", "PERSON"), (" ", None), (p.last_latin, "PERSON")]
        if kind == "mail":
            return [(write_email(r, p), "EMAIL")]
        if kind == "wmail":
            host = arg or r.choice(["millbrookfp.co.uk", "harrowfinch.com", "coppergate-cu.org", "bluewaterhire.com", "larchmont-adopt.org",
                                    "drayton-claims.co.uk", "halverson-tax.com", "ridgewaybonds.com"])
            return [(write_email(r, p, host), "EMAIL")]
        if kind == "tel":
            return [(write_phone(r, p.country), "PHONE")]
        if kind == "dob":
            return [(write_date(r, "en" if arg == "en" else lang, p.country, p.dob, "" if arg == "en" else arg), "DATE_OF_BIRTH")]
        if kind == "natid":
            return [(national_id(r, p, arg), "NATIONAL_ID")]
        if kind == "iban":
            cc = arg or (r.choice(IBAN_ABROAD[p.country].split("|")) if p.country in IBAN_ABROAD else p.country)
            return [(write_iban(r, cc), "IBAN")]
        if kind == "card":
            return [(write_card(r, arg, p.country), "CREDIT_CARD")]
        if kind == "addr":
            return [(write_address(r, p.country, p.town), "ADDRESS")]
        if kind == "home":
            return [(p.town, "LOCATION")]
        if kind == "link":
            return [(write_link(r, p, arg), "URL")]
        if kind == "jwtme":
            return [(write_jwt(r, write_email(r, p), arg), "SECRET")]
    if kind == "ssn":
        return [(write_ssn(r, arg), "US_SSN")]
    if kind == "city":
        taken = {q.town for q in ctx.people.values()}
        towns = [t for t in PEOPLE[c][3].split("|") if t not in taken] or PEOPLE[c][3].split("|")
        return [(r.choice(towns), "LOCATION")]
    if kind == "org":
        return [(r.choice(ORGANISATIONS.get(arg or lang, ORGANISATIONS["en"])), "ORGANIZATION")]
    if kind == "date":
        d = datetime.date(2025, 7, 1) + datetime.timedelta(days=r.randint(0, 640))
        return [(write_date(r, "en" if arg == "en" else lang, c, d, "" if arg == "en" else arg), "DATE")]
    if kind == "ip":
        return [(write_ip(r, arg), "IP_ADDRESS")]
    if kind == "key":
        return [(TOKENS[arg or r.choice(list(TOKENS))](r), "SECRET")]
    if kind == "pemx":
        return [(write_private_key(r, escaped=True), "SECRET")]
    if kind == "pw":
        return [(write_password(r, arg), "SECRET")]
    if kind == "dsn":
        return _dsn(r, arg)
    if kind == "userpw":
        return [(f"{r.choice(['ops', 'deploy', 'backup', 'svc_report', 'admin', 'jenkins'])}:{write_password(r, 'random')}", "SECRET")]
    if kind == "neg":
        return [(LOOKALIKES[arg](r), None)]
    if kind == "pick":
        return [(r.choice(arg.split("|")), None)]
    if kind == "int":
        lo, hi = arg.split("-")
        return [(str(r.randint(int(lo), int(hi))), None)]
    if kind == "amt":
        return [(f"{r.randint(15, 9800):,}.{r.randint(0, 99):02d}", None)]
    if kind == "time":
        return [(f"{r.randint(6, 22):02d}:{r.choice(['00', '10', '15', '30', '40', '45'])}", None)]
    if kind == "exp":
        return [(f"{r.randint(1, 12):02d}/{r.randint(26, 32)}", None)]
    if kind == "cvv":
        return [(chars(r, 3, DIGITS), None)]
    if kind == "hex":
        return [(chars(r, int(arg or 8), HEX), None)]
    if kind == "ref":
        return [(chars(r, 2, UPPER) + chars(r, int(arg or 7), DIGITS), None)]
    raise KeyError(kind)


def _dsn(r: random.Random, style: str) -> Parts:
    style = style or r.choice(["url", "url", "jdbc", "ado", "mongo", "redis"])
    db = r.choice(["claims", "members", "payroll", "bookings", "crm", "ledger"])
    host = r.choice(["db-primary.internal", "10.20.3.14", "pg.prod.svc.cluster.local", "mysql-01.lan", "sql-claims.database.windows.net",
                     "cluster0.abcd3.mongodb.net", "cache-01"])
    user = r.choice(["app_rw", "etl", "claims_svc", "reporting", "sa", "root", "wp_admin"])
    pw = write_password(r, r.choice(["random", "word", "leet"]))
    if style == "url":
        scheme = r.choice(["postgresql", "postgres", "mysql", "mariadb", "amqps", "sqlserver"])
        return [(f"{scheme}://", None), (f"{user}:{pw}", "SECRET"), (f"@{host}:{r.choice([5432, 3306, 5671, 1433])}/{db}", None)]
    if style == "jdbc":
        return [(f"jdbc:postgresql://{host}:5432/{db}?user={user}&password=", None), (pw, "SECRET"), ("&sslmode=require", None)]
    if style == "ado":
        return [(f"Server=tcp:{host},1433;Initial Catalog={db};User ID={user};Password=", None), (pw, "SECRET"),
                (";Encrypt=True;TrustServerCertificate=False;", None)]
    if style == "mongo":
        return [("mongodb+srv://", None), (f"{user}:{pw}", "SECRET"), (f"@cluster0.{chars(r, 5, LOWER + DIGITS)}.mongodb.net/{db}?retryWrites=true", None)]
    return [("redis://", None), (f"default:{pw}", "SECRET"), (f"@{host}:6379/0", None)]


def _braces(template: str) -> str:
    """Doubled braces become the {LB}/{RB} slots; other slots stay as written."""
    return re.sub(r"\{\{|\}\}|\{[^{}]*\}", lambda m: {"{{": "{LB}", "}}": "{RB}"}.get(m[0], m[0]), template)


# ---------------------------------------------------------------------------------------------------------------------
# English prompts. Each body is asked with two of these openers (some empty), so the same paste comes in two framings.
# ---------------------------------------------------------------------------------------------------------------------
_OPENERS = [
    "", "Can you clean this up? ", "Pasting this from the portal, what does it mean?\n\n", "Quick q -- ", "Please proofread:\n\n",
    "Turn this into a neat table:\n", "I need a short reply to this.\n\n", "Summarise in 3 bullets:\n", "ok so ", "Reformat as JSON:\n",
    "Check this for anything odd:\n\n", "Make this sound more formal:\n\n", "Help me fill in the rest of this:\n", "Translate to plain English:\n\n",
    "What's wrong with this? ", "Draft a follow-up based on this:\n\n", "Can you parse this into fields?\n", "Is this a scam?\n\n",
    "Explain line by line:\n", "Write a cover note for this:\n\n",
]
_EN: list[tuple[str, str]] = [
    # --- US social security numbers, in many carriers and phrasings
    ("en-US", "Adoption home study checklist -- applicant 1: {name}, DOB {dob}, SSN {ssn}; applicant 2: {name.2}, DOB {dob.2}, SSN {ssn!b}. Home address {addr}. The caseworker at {org} wants it by {date}."),
    ("en-US", "W-4 redo for my new job. Name {name} | Social Security number {ssn} | {addr} | filing status: single. Should I check box 2(c) if I only have one job?"),
    ("en-US", "From the bankruptcy petition (Official Form 101), Part 1:\n1. Your full name: {name}\n2. All other names used in the last 8 years: none\n3. Only the last 4 digits of your SSN -- my lawyer wrote the whole thing: {ssn:dash}\n4. Where you live: {addr}\nIs writing the full number a problem?"),
    ("en-US", "utility shutoff appeal letter draft:\nTo whom it may concern, my name is {name} (account holder, SSN {ssn:space}) and I am asking for a 30-day extension on the disconnection scheduled for {date} at {addr}. My phone is {tel}."),
    ("en-US", "employee_id|legal_name|ssn|dob|state_wh\n{int:1000-9999}|{rev}|{ssn:bare}|{dob:iso}|{pick:CA|NY|IL|WA}\n{int:1000-9999}|{rev.2}|{ssn!b:bare}|{dob.2:iso}|{pick:CA|NY|IL|WA}\nwhy does my payroll import reject the second row?"),
    ("en-US", "my dad {name} got a jury summons but he's 81 and in hospice at {org}. the court form asks for his ssn ({ssn}) and date of birth ({dob}) to excuse him. can i sign for him?"),
    ("en-US", "Scholarship portal keeps timing out. FAFSA info I'm entering: student {name}, SSN {ssn}, born {dob}, parent {name.2} SSN {ssn!p}. Should I use the paper form instead?"),
    ("en-US", "Hi, it's {first} again. The bail bondsman ({org}) needs the cosigner's social, that's me: {ssn}. He also wants my employer and my phone {tel}. Is that normal for a $5,000 bond?"),
    ("en-US", "Background check result (copied from the screening portal)\nSubject: {caps}\nSSN: XXX-XX-{int:1000-9999} (verified)\nSSN on application: {ssn}\nAddress history: {addr}\nWhy would the full and masked ones differ?"),
    ("en-US", "```python\ndef test_mask_ssn():\n    record = {{\"name\": \"{name}\", \"ssn\": \"{ssn:dash}\", \"dob\": \"{dob:iso}\"}}\n    assert mask(record)[\"ssn\"] == \"***-**-\" + record[\"ssn\"][-4:]\n```\nThe fixture uses my real SSN by accident, can you rewrite the test with fake data?"),
    ("en-US", "Social Security disability claim, page 2 (OCR):\nCLAIMANT NAME {caps}\nSOC SEC NO. {ssn:space}\nDATE OF BIRTH {dob:us}\nMAILING ADDRESS {addr}\nTELEPHONE {tel}\nthe scan mangled some boxes, can you reconstruct the form?"),
    ("en-US", "Medical intake (urgent care kiosk) -- Patient: {name} / DOB {dob} / SS# {ssn} / Insurance: none, self-pay / Emergency contact {name.2} {tel.2}. Can the clinic refuse to see me without an SSN?"),
    ("en-US", "i think my identity got stolen. someone opened a credit card at {org} using my name {name} and my social {ssn:bare}. my address is {addr}. what do i do first, FTC or police?"),
    ("en-US", "Crypto tax report export (Koinly-style):\nTaxpayer: {name}\nTIN: {ssn}\nWallets: 3\nShort-term gains: ${amt}\nIs TIN here the same as my SSN? Also should I give this CSV to my accountant {first.2}?"),
    ("en-US", "Timeshare exit company sent this contract. Owner: {name}, SSN {ssn}, address {addr}, email {mail}. They want $3,995 upfront. Red flags?"),
    ("en-US", "From: {mail}\nTo: Payroll team\nSubject: W-2 correction\n\nHi, my W-2 shows SSN {ssn!wrong} but the correct one is {ssn}. Name: {name}. Can you issue a W-2c?"),
    ("en-US", "Car insurance claim (rear-ended at a light on {date}). Policyholder {name}, DL state {pick:MT|TX|ME|AZ}, SSN {ssn:dash}, phone {tel}. The other driver's adjuster keeps calling. How do I answer without admitting fault?"),
    ("en-US", "Foster parent license renewal: applicant {name}, social security no. {ssn}, date of birth {dob}, household member {name.2} (SSN {ssn!h}, DOB {dob.2}). Fingerprint appointment {date}."),
    ("en-US", "Military records request (SF-180) I'm filling for grandpa: name used during service {caps}, service number unknown, SSN {ssn:dash}, date of birth {dob}, place of birth {home}. Which box is for the SSN if he served after 1969?"),
    ("en-US", "Copied from the credit report dispute page:\n  Name on file: {name}\n  Social Security Number: {ssn}\n  Also known as: {first} {last.2}\n  Reported address: {addr}\nI've never lived there. Draft the dispute letter."),
    ("en-US", "SSA-7004 is asking for my SSN ({ssn}) and earnings. I'm {name}, born {dob}. Is it safe to request my Social Security statement online vs by mail?"),
    ("en-US", "INSERT INTO applicants (first_name, last_name, ssn, dob, email) VALUES ('{first}', '{last}', '{ssn:bare}', '{dob:iso}', '{mail}');\n-- prod data in a migration, how bad is this?"),
    ("en-US", "Notary journal entry I'm transcribing: signer {name}, ID type: SS card (I know, not valid ID) no. {ssn}, address {addr}, date signed {date}, fee $10. Should I have refused?"),
    ("en-US", "The pet adoption place asked for my SSN for their 'background check'. They have: {name}, {ssn}, {addr}, {tel}. Is that legit for adopting a cat from {org}?"),
    ("en-US", "Rideshare driver onboarding:\n  legal name   {name}\n  SSN          {ssn:space}\n  DOB          {dob}\n  vehicle      {pick:2018 Camry|2020 Corolla|2017 Fusion}\n  city         {home}\nstuck on 'SSN mismatch', what does it mean?"),
    ("en-US", "Recording the HR call notes: employee {name} said her social is {ssn} not the one on file, and her new address is {addr}. Write the ticket for the HRIS team."),
    ("en-US", "1099-NEC from the crowdfunding platform:\nRECIPIENT'S TIN {ssn}\nRECIPIENT'S name {caps}\nStreet address {addr}\nBox 1 ${amt}\nI thought donations to my GoFundMe weren't income?"),
    ("en-US", "my social is {ssn:dot} (the clerk wrote it with dots) and the DMV says it doesn't match. name {name}, dob {dob}. do I go to SSA first?"),
    ("en-US", "voicemail transcript: \"Hi {first}, this is the billing office at {org}, we need to verify your Social, we have {ssn:space}, and date of birth {dob}, please call back at {tel.2}.\" Real or phishing?"),
    ("en-US", "Chapter 7 creditor matrix (my draft):\n{name}\n{addr}\nSSN: {ssn}\n\nCreditors:\n{org}\nCapital One\nCan you format this for the court?"),
    ("en-US", "- applicant: {name}\n  ssn: \"{ssn:dash}\"\n  dob: {dob:iso}\n  visa_sponsorship: true\n  employer: {org}\nThis YAML fails validation on the ssn field. Why?"),
    ("en-US", "Visa sponsorship paperwork: my H-1B employer needs my SSN for I-9 section 1 -- {ssn}. Name {name}, start date {date}. Also they asked for my passport. Fine to email both to {mail.2}?"),
    ("en-US", "Hospice admission packet asks for patient's Medicare and social: patient {name}, SSN {ssn}, DOB {dob}, POA {name.2} ({tel.2}). Can you list what else I need to bring?"),
    ("en-US", "Shipping claim for a lost pallet: claimant {name}, {org}, tax ID (I'm a sole prop so it's my SSN) {ssn}, address {addr}. Amount $2,380. Write the claim cover letter."),
    ("en-US", "Sports club medical form for my kid: player {name.2}, DOB {dob.2}, parent/guardian {name}, parent SSN (why??) {ssn}, allergies: peanuts, physician Dr. {last.3}. Do clubs really need the parent's SSN?"),
    ("en-US", "text from my sister: \"{first} I need your social for the mortgage co-sign, is it still {ssn:bare}?\" should I just send it by text?"),
    ("en-US", "Payroll export (fixed width):\n{caps}          {ssn:bare}{dob:us}  {int:30000-99000}\nWhat do the columns mean? The vendor didn't send a spec."),
    ("en-US", "Equipment rental agreement wants a 'personal guarantee': guarantor {name}, SSN {ssn}, home {addr}, DOB {dob}. The rental's only an excavator for 3 days from {org}. Overkill?"),
    ("en-US", "Beneficiary form for my 401k: primary {name.2}, relationship spouse, SSN {ssn!sp}, DOB {dob.2}; contingent {name.3}, SSN {ssn!k}, DOB {dob.3}. Is 50/50 possible with contingents?"),
    ("en-US", "Student loan forgiveness form: borrower name {name}, social security # {ssn:space}, employer {org}, employer EIN {neg:ein}. Does the EIN go where it says 'employer ID'?"),
    ("en-US", "The tax preparer texted my SS number back to me to confirm: {ssn}. He also has my bank routing {neg:routing} and account ending {int:1000-9999}. Should I worry?"),
    ("en-US", "Obituary + estate to-do for my mom {name} (born {dob}, died {date}). SSN {ssn} needs to be reported to SSA. Funeral home is {org}. What order do I do things in?"),
    ("en-US", "{{\"applicant\":{{\"name\":\"{name}\",\"ssn\":\"{ssn:bare}\",\"dob\":\"{dob:iso}\"}},\"loan\":{{\"amount\":{int:5000-40000},\"term\":60}}}}\nthe lender API returns 422 'invalid ssn format' -- do they want dashes?"),
    ("en-US", "Tenant screening report:\n  Applicant ......... {name}\n  SSN ............... {ssn}\n  Eviction records .. none\n  Previous address .. {addr}\nThe landlord {name.2} rejected me anyway. Can I ask why?"),
    ("en-US", "I'm writing a character reference for my neighbor {name}'s bail hearing on {date}. The form says include his SSN {ssn} and DOB {dob}. Should a reference letter really have that?"),
    ("en-US", "Clinic fax cover sheet: RE patient {name}, DOB {dob}, SSN last 4 ... actually they wrote all of it: {ssn:space}. Fax back to {tel}. Is faxing this HIPAA-okay?"),
    ("en-US", "Crowdfunding payout setup: legal name {name}, SSN/ITIN {ssn}, payout bank {neg:routing} / account ending {int:1000-9999}, email {mail}. Why does it need an SSN for a medical fundraiser?"),
    ("en-US", "transcribed from the handwritten sign-in sheet at the food bank:\n{name} -- ss {ssn} -- {tel}\n{name.2} -- ss {ssn!b} -- {tel.2}\nwe shouldn't be collecting these, right?"),
    ("en-US", "Unemployment appeal hearing notice for {name}. Claimant SSN: {ssn:dash}. Hearing {date} at {time} by phone {tel}. Employer: {org}. What should I prepare?"),
    # --- people, towns, organisations, dates in ordinary requests
    ("en", "Write a thank-you card to {name} and the team at {org} for looking after my mum during her last weeks. She passed on {date}."),
    ("en", "Hey, I'm coordinating the under-12s at {org}. Can you draft a message telling parents that {first} ({first.2}'s coach) will run training in {home} on {date} instead of the usual pitch?"),
    ("en", "I'm adopting a dog from {org}. The foster carer is {name}, she lives in {home}, phone {tel}. Write a short message asking if I can meet the dog on {date}."),
    ("en", "Help me write a bio: {name}, physiotherapist at {org} in {home}, runs marathons, volunteers at the hospice. Keep it under 60 words."),
    ("en", "My landlord {name} says the rent goes up from {date}. He lives in {city} and only answers by email ({mail}). Draft a polite counter-offer."),
    ("en", "Who should I address this to? The notary at {org} is {name}; my appointment is {date} at {time} and I need two witnesses: {name.2} and {name.3}."),
    ("en", "Write a LinkedIn recommendation for {name}, who managed freight claims with me at {org} for three years. Their profile: {link:linkedin}"),
    ("en", "Draft a crowdfunding update: {first} finished chemo on {date}, thank you to everyone in {home}. Link to share: {link:gofundme}"),
    ("en", "My kid's scholarship interview is at {org} on {date}. The interviewer is {name}. What should {first.2} wear and what might they ask?"),
    ("en", "Make this text less awkward: 'hi {first}! it was nice meeting you at the jury assembly room, if u want coffee sometime my number is {tel.2} -- {first.2}'"),
    ("en", "Can you turn these into calendar entries?\n- {date}: vet for Biscuit, {org}\n- {date!b}: {first}'s parent evening\n- {date!c}: call {name.2} re: boiler"),
    ("en", "Write an out-of-office: I'm away until {date}. For urgent bail bond matters call {name} on {tel}, for everything else email {mail}."),
    ("en", "I'm moving from {home} to {city} for a job at {org}. Checklist of who to notify please (bank, doctor, council...)."),
    ("en", "Subtitles from my cousin's wedding video, fix the timing format:\n1\n00:00:03,200 --> 00:00:06,000\nThank you all for coming to {home}!\n\n2\n00:00:06,500 --> 00:00:09,100\nEspecially {name}, who flew in on {date}."),
    ("en", "Here's my CV header, tighten it:\n{name}\n{addr}\n{tel} | {mail}\n{link:github} | {link:linkedin}"),
    ("en", "Rewrite this more kindly: 'Dear {name.2}, your foster placement review has been moved to {date}. {first} (your caseworker at {org}) will call you on {tel.2}.'"),
    ("en", "Our hospice volunteer rota:\nMon {name} ({tel})\nWed {name.2} ({tel.2})\nFri {name.3} ({tel.3})\nMake it a nice printable table."),
    ("en", "Meeting notes -- {date}\nAttendees: {name}, {name.2}, {first.3} (remote from {city})\nAction: {first} to email {mail.2} the scanned deed.\nClean these up."),
    ("en", "I met {name} at a pet adoption fair in {home}, they run {org}. Write a follow-up email; their address is {mail}."),
    ("en", "ok so my boss {name} wants me at the {home} site on {date} and the {city} site the next day. Is it reasonable to ask for a hotel?"),
    ("en", "Need a short apology to {first}: I missed their daughter {first.2}'s christening on {date} because my flight from {city} was cancelled."),
    ("en", "Please write a reference for {name} (born {dob}) who volunteered at {org} from 2019 to 2024. She's applying to nursing school."),
    ("en-x", "Can you check this school admission form?\nChild: {name.2}\nDate of birth: {dob.2}\nParent: {name}\nAddress: {addr}\nPrevious school: {org}"),
    ("en", "Write a retirement speech for {name}. 31 years at {org}, leaving on {date:long}. Mention his allotment in {home}."),
    ("en", "Turn this voice note into text I can send: 'um so {first} can you pick up {first.2} from practice at six, address is {addr}, ring {tel} if you're late'"),
    # --- e-mail, phones and addresses in messages, threads and exports
    ("en", "From: {name} <{mail}>\nSent: {date}\nSubject: Re: Re: damaged sofa -- shipping claim {neg:claim}\n\n> Please confirm your address for the inspector.\n\n{addr}, any weekday after 3pm. Mobile {tel}.\n\nDraft the next reply from the carrier side."),
    ("en", "Export from our club's member app (CSV, no header):\n{name},{mail},{tel},{dob:iso}\n{name.2},{mail.2},{tel.2},{dob.2:iso}\n{name.3},{mail.3},{tel.3},{dob.3:iso}\nWhich columns are which?"),
    ("en", "vCard won't import:\nBEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL;TYPE=cell:{tel}\nEMAIL:{mail}\nADR;TYPE=home:;;{addr}\nBDAY:{dob:iso}\nEND:VCARD"),
    ("en", "WhatsApp export, tell me who owes what:\n[{time}] {first}: I paid the marina deposit, {neg:price}\n[{time!b}] {first.2}: send me your IBAN\n[{time!c}] {first}: {iban}\n[{time!d}] {first.3}: I'll pay {first} tonight"),
    ("en", "Write a reply to this rideshare dispute: 'Driver {name} took a detour from {addr} and charged me double. My number {tel.2}, email {mail.2}. Trip on {date}.'"),
    ("en", "Rental return slip (OCR, sorry):\nRenter: {name}   Tel: {tel}\nEquip: pressure washer PW-{int:100-999}\nOut: {date}  In: {date!b}\nDeposit card: **** {int:1000-9999}\nWhat's the late fee if 'In' is 2 days after due?"),
    ("en", "Could you standardise these addresses for a mail merge?\n{addr}\n{addr.2}\n{addr.3}"),
    ("en", "my neighbour {name} keeps getting my parcels, we're at {addr} and she's next door. write a note for the courier."),
    ("en", "Please merge these two contact cards for {name}: one has {mail} and {tel}, the other has {mail!w} and lives at {addr}."),
    ("en", "Wedding RSVP tracker dump, count yes/no:\n{name} - yes - {mail}\n{name.2} - no - {mail.2}\n{name.3} - yes +1 - {mail.3}"),
    ("en", "Chat export from the foster parents' group:\n{first}: anyone have a cot? we're in {home}\n{first.2}: yes! text me {tel.2}\n{first}: thanks, I'm at {addr}\nSummarise who is giving what."),
    ("en", "Insurance adjuster's email: 'Mr. {last}, please send the photos to {mail.2} and confirm the loss address {addr} by {date}.' Help me reply that I already sent them."),
    ("en", "The courier says my address doesn't exist. Here's what I gave them: {addr}. Anything malformed?"),
    ("en", "Translate to Spanish for my nanny: 'Please call {name} at {tel} if {first.2} has a fever. Our address for the ambulance is {addr}.'"),
    ("en", "Turn this forwarded chain into a summary:\n---------- Forwarded message ---------\nFrom: {name} <{mail}>\nTo: {name.2} <{mail.2}>\n\nThe pallet arrived crushed. Claim filed on {date}.\n\n> On {date!b}, {name.2} wrote:\n> Pickup is confirmed for {addr}."),
    # --- cards and bank details
    ("en", "Did I get charged twice? Statement lines:\n{date:iso}  HARBOURVIEW TIMESHARE   -{neg:price}  card {card}\n{date:iso}  HARBOURVIEW TIMESHARE   -{neg:price}  card {card}"),
    ("en", "I accidentally pasted my card into a support chat: {card}, exp {exp}, CVV {cvv}. The agent's name was {name}. What should I do now?"),
    ("en", "Booking form for the kennel: owner {name}, phone {tel}, card for deposit {card:visa} exp {exp}. Dog: Pepper, 4 y/o collie. Draft the confirmation email."),
    ("en", "Chargeback letter: I, {name}, dispute the charge of {neg:price} on {date} to card {card}. The equipment rental company {org} never delivered."),
    ("en", "Payment details for the hospice fundraiser (please double check before I print): payee {org}, IBAN {iban}, reference DONATION-{int:100-999}. Contact {name}, {mail}."),
    ("en", "Can you write this as a proper invoice? From {name}, {addr}. Pay to IBAN {iban}, reference {neg:invoice}, due {date}."),
    ("en", "My tenant says the transfer bounced. I gave her {iban}. Is the format right for a {pick:UK|German|Dutch|French} account?"),
    ("en", "stripe checkout test failing with my actual card?? {card:mc} -- logs say 'live card in test mode'. should i rotate something"),
    ("en", "Fix this Python:\ncustomers = [\n    {{'name': '{name}', 'card': '{card}', 'iban': '{iban}'}},\n    {{'name': '{name.2}', 'card': '{card.2}', 'iban': '{iban.2}'}},\n]\nfor c in customers print(c['name'])"),
    ("en", "Paying my kid's sports club fee. They wrote: 'Transfer to {iban:GB} ({org}), ref: {last} U10'. Is the sort code inside the IBAN?"),
    ("en", "Card on file for the moving truck rental -- {card:amex}, name on card {caps}. They want me to email it to {mail.2}. Safe?"),
    ("en", "Bank OCR from the scanned pay-in slip:\nAcc. holder: {name}\nIBAN: {iban}\nAmount: {amt}\nDate: {date}\nSome characters look off, can you check the IBAN is plausible?"),
    # --- national ids outside the US
    ("en-x", "HMRC / tax letter for {name}: reference {natid}. I moved to {addr} on {date}. Write a change-of-address letter quoting the number."),
    ("en-x", "Pension transfer form:\nFull name: {name}\nDate of birth: {dob}\nNational ID / tax number: {natid}\nAddress: {addr}\nEmail: {mail}\nWhat's missing?"),
    ("en-x", "My gran's care home ({org}) asked for her ID number {natid} and her birth date {dob} to register her with the GP. Her name is {name}. Is that normal?"),
    ("en-x", "Visa sponsorship letter draft: 'We confirm that {name}, national identification number {natid}, born {dob}, is employed by {org} as a senior technician since {date}.' Make it sound official."),
    ("en-x", "Scholarship application for {name}: ID no. {natid}, DOB {dob}, school {org}, guardian {name.2} ({tel.2}). Check I haven't mixed any fields up."),
    ("en-x", "Can you fix this JSON?\n{{\"patient\": \"{name}\", \"id_number\": \"{natid}\", \"born\": \"{dob:iso}\", \"town\": \"{home}\",}}"),
    ("en-x", "Jury service deferral: I'm {name}, ID {natid}, living at {addr}. I'm due at court on {date} but I'm abroad. Write the request."),
    ("en-x", "test fixture from our onboarding service (I think these are real customers):\nCUSTOMERS = [\n  (\"{name}\", \"{natid}\", \"{mail}\"),\n  (\"{name.2}\", \"{natid.2}\", \"{mail.2}\"),\n]\nHow do I generate fake ones with the same format?"),
    ("en-x", "Foster care referral (summary): child {first.2}, DOB {dob.2}; birth parent {name}, ID {natid}; placement town {home}; social worker {name.3}, {tel.3}."),
    ("en-x", "Military service record request for my father {name}, born {dob}, service/ID number {natid}. He served in {city}. Which archive do I write to?"),
    # --- IP addresses
    ("en", "Someone keeps logging into my home NAS. Log:\nFailed password for admin from {ip:v4} port 51122 ssh2\nAccepted password for {first_lc} from {ip} port 40022 ssh2\nMy own IP is {ip!me:v4}. Which is the intruder?"),
    ("en", "Router DHCP lease table, which device is my son's laptop?\n{ip:lan}  d4:3d:7e:{hex:2}:{hex!a:2}:{hex!b:2}  {first}-laptop\n{ip!b:lan}  a8:5e:45:{hex!c:2}:{hex!d:2}:{hex!e:2}  Galaxy-S21\n{ip!c:lan}  00:17:88:{hex!f:2}:{hex!g:2}:{hex!h:2}  Hue-Bridge"),
    ("en", "My game server whitelist:\n# {first}\n{ip:v4}\n# {first.2}\n{ip!b:v4}\n# my IPv6 at home\n{ip!c:v6}\nWhy can't {first.2} connect?"),
    ("en", "Fail2ban banned my office IP {ip:v4} and I'm the admin. I'm working from {home} today. How do I unban it?"),
    ("en", "The rideshare app flagged a login from {ip} in a city I've never been to. I'm {name}, account {mail}. Write a message to support."),
    ("en", "nginx access log, is this a scraper?\n{ip:v4} - - \"GET /members/{first_lc}-{last_lc} HTTP/1.1\" 200 5120 \"-\" \"python-requests/2.31\"\n{ip:v4} - - \"GET /members/ HTTP/1.1\" 200 9912 \"-\" \"python-requests/2.31\""),
    ("en", "WireGuard config won't handshake:\n[Interface]\nPrivateKey = {key:wireguard}\nAddress = {ip:lan}/24\n\n[Peer]\nPublicKey = {neg:pubkey}\nEndpoint = {ip!e:v4}:51820\nAllowedIPs = 0.0.0.0/0"),
    ("en", "How do I block just this one IPv6 in my firewall? {ip:v6} -- it's my ex, she keeps hitting my blog's admin page."),
    ("en", "Email header from a suspicious 'SSA' message:\nReceived: from mail.ssa-verify.top ({ip:v4})\nReturn-Path: <{mail.2}>\nX-Originating-IP: [{ip!o:v4}]\nTo: {mail}\nIs it real?"),
    ("en", "Please explain this Apache log line: {ip:v6short} - {first_lc} [..] \"POST /wp-login.php\" 302"),
    ("en", "Home assistant: my camera is at {ip:lan} and my Pi is at {ip!p:lan}. Remote access comes through {ip!w:v4}. Is port-forwarding 8123 a bad idea?"),
    # --- secrets, configs, code
    ("en", "Why does this .env not load in Docker Compose?\nDATABASE_URL={dsn:url}\nSTRIPE_SECRET_KEY={key:stripe}\nSENDGRID_API_KEY={key:sendgrid}\nDEBUG=false"),
    ("en", "I committed this by accident, how do I purge it from git history?\n```\naws_access_key_id = {key:aws_id}\naws_secret_access_key = {key:aws_secret}\nregion = eu-west-2\n```"),
    ("en", "config.ini for the shipping-claims bot:\n[smtp]\nhost = smtp.{pick:fastmail|office365|gmail}.com\nuser = {mail}\npassword = {pw}\n\n[slack]\ntoken = {key:slack}\nWhat's the safer way to store these?"),
    ("en", "Explain this error. My code:\nclient = OpenAI(api_key=\"{key:openai}\")\nresp = client.chat.completions.create(model=\"gpt-4o\", messages=msgs)\nError: 429 insufficient_quota"),
    ("en", "kubectl get secret output -- is this base64 safe to share with the vendor?\ndata:\n  DB_PASSWORD: {pw:b64}\n  API_TOKEN: {key:github}"),
    ("en", "curl -u {userpw} https://ci.{pick:harlow|otterburn|sablepoint}.dev/job/deploy/build -- returns 403, what am I missing?"),
    ("en", "Our pgpass file:\n{pick:db1.internal|10.0.4.21|pg-main}:5432:*:reporting:{pw}\nWhy does psql still prompt for a password?"),
    ("en", "npm publish fails: my .npmrc has //registry.npmjs.org/:_authToken={key:npm} -- is the token expired or the scope wrong?"),
    ("en", "Help debug this Telegram bot:\nTOKEN = \"{key:telegram}\"\nbot = telebot.TeleBot(TOKEN)\nIt says 409 conflict."),
    ("en", "Terraform plan shows this in plain text, how do I mark it sensitive?\n  + master_password = \"{pw:random}\"\n  + admin_email     = \"{mail}\""),
    ("en", "connection string from the old admin (he left): {dsn:ado}\nI need to rotate it without downtime. Steps?"),
    ("en", "GitHub Actions log leaked this, is it already revoked?\nRun ./deploy.sh\n  HF_TOKEN: {key:huggingface}\n  ANTHROPIC_API_KEY: {key:anthropic}"),
    ("en", "This is the service account JSON I downloaded, which field does the library read?\n{{\n  \"type\": \"service_account\",\n  \"project_id\": \"{pick:sable-point|drayton-claims}-prod\",\n  \"private_key\": \"{pemx}\"\n}}"),
    ("en", "My wifi password is {pw:phrase} -- write a little sign for the guest room of my holiday let in {home} with the network name and password."),
    ("en", "the router admin login is admin / {pw:word}, can you tell me how to change the DNS to 1.1.1.1 on a TP-Link?"),
    ("en", "Please write a handover note for {name}: the lockbox password is {pw:pin}, the Airtable token for the booking base is {key:airtable}."),
    ("en", "Mongo won't connect from the new laptop: {dsn:mongo}. My IP {ip:v4} is in the access list I think."),
    ("en", "Which of these should be secrets in GitLab CI?\nDEPLOY_TOKEN={key:gitlab}\nAPP_ENV=production\nSENTRY_DSN=https://{key:sentry}@o{int:100000-999999}.ingest.sentry.io/{int:1000000-9999999}\nLOG_LEVEL=info"),
    ("en", "decode this JWT for me, our support tool put it in a ticket: {jwtme}"),
    ("en", "my bank's app made me set a new password. old: {pw!old:word} new: {pw!new:leet}. is the new one strong enough?"),
    ("en", "Found in a contractor's repo:\nmapboxgl.accessToken = '{key:mapbox}';\nfirebase server key: {key:firebase}\nWhich of these is actually dangerous?"),
    ("en", "here's my ~/.ssh/id_ed25519, why does ssh say invalid format?\n{key:pem}"),
    ("en", "Postman collection export (trimmed):\n\"auth\": {{\"type\": \"bearer\", \"bearer\": [{{\"key\": \"token\", \"value\": \"{key:jwt}\"}}]}},\n\"url\": \"https://api.{pick:coppergate-cu|bluewaterhire}.com/v2/members/{int:10000-99999}\"\nWhy 401?"),
    ("en", "age -d says no identity matched. My key file:\n# created: 2025\n# public key: age1{neg:md5}\n{key:age}"),
    ("en", "2FA backup: I wrote down the TOTP seed {key:totp} for my {pick:Coinbase|Kraken|crypto tax} account. Where should I keep it?"),
    ("en", "Shopify app keeps failing auth. Admin API token: {key:shopify}. Webhook secret: {key:stripe_whsec}. Which header carries which?"),
    ("en", "Discord bot won't start: client.run('{key:discord}') -> 'Improper token has been passed'. Did I copy it wrong?"),
    ("en", "DigitalOcean token {key:digitalocean} is in our bash history on the shared box at {ip:v4}. How do I audit what it was used for?"),
    ("en", "Rewrite this password policy reminder, and don't include my actual example password ({pw}) in the final text."),
    ("en", "Our Jira automation uses this Atlassian token -- does it expire? {key:atlassian}"),
    ("en", "Redis keeps saying NOAUTH. REDIS_URL={dsn:redis}"),
    ("en", "Can you convert this to a Kubernetes Secret manifest?\nPAYPAL_TOKEN={key:paypal}\nPLAID_SECRET={key:plaid}\nNEW_RELIC_KEY={key:newrelic}"),
    ("en", "JDBC string in application.properties: spring.datasource.url={dsn:jdbc}. Can I move the password to an env var but keep the URL?"),
    ("en", "Notion integration secret {key:notion} + Linear key {key:linear} are in our Zapier step. Where else should I check for copies?"),
    ("en", "why isn't my Cloudflare DDNS script updating?\nCF_API_TOKEN=\"{key:cloudflare}\"\nRECORD=home.example-dyn.net\nIP=$(curl -s ifconfig.me)  # currently {ip:v4}"),
    ("en", "Square sandbox vs production -- I think this is prod: {key:square}. How can I tell?"),
    ("en", "vault kv get result:\n====== Data ======\nKey         Value\n---         -----\npassword    {pw}\nusername    svc_claims\nhow do I rotate only the password?"),
    ("en", "Mailchimp API key {key:mailchimp} -- which datacenter is it? Our list is for the {org} newsletter."),
    ("en", "Doppler token in my shell profile: export DOPPLER_TOKEN={key:doppler} -- is it fine on a personal laptop?"),
    ("en", "Vercel deploy hook failing; VERCEL_TOKEN={key:vercel} and the project is my-portfolio. What's wrong?"),
    ("en", "Our old PyPI upload token was {key:pypi}. Is a trusted publisher better?"),
    ("en", "Dropbox API: the short-lived token {key:dropbox} expires after 4 hours, how do I get a refresh token?"),
    ("en", "Heroku CLI shows HEROKU_API_KEY={key:heroku} in env, is that the new format?"),
    ("en", "Okta SSWS token leaked in a screenshot: {key:okta}. Steps to revoke?"),
    ("en", "Datadog agent config:\napi_key: {key:datadog}\nsite: datadoghq.eu\nhostname: homelab-01\nThe agent says 403."),
    ("en", "Twilio: account SID AC{neg:md5}, auth token {key:twilio}. The SMS to {tel} fails with 21608."),
    ("en", "GitHub fine-grained PAT {key:github_pat} -- does it need 'contents: write' to push tags?"),
    # --- URLs that point at people
    ("en", "Can you summarise this person's background for my meeting? {link:linkedin} -- we're meeting at {org} on {date}."),
    ("en", "My daughter's art portfolio is at {link:behance}; help me write a short intro for her scholarship application."),
    ("en", "Is it weird to put my Venmo ({link:venmo}) on the sign-up sheet for the carpool?"),
    ("en", "Make a bio section for my site with links: {link:github}, {link:mastodon}, {link:bsky}"),
    ("en", "The adoption agency asked for a family photo album link. I made this: {link:drive}. Is 'anyone with the link' ok?"),
    ("en", "Write a short message pointing people to {first}'s fundraiser: {link:gofundme}. She lives in {home} and the accident was on {date}."),
    ("en", "My ex keeps posting about me at {link.2:tiktok}. What can I report it as?"),
    ("en", "Book a call with me here: {link:calendly} -- can you make that sentence less salesy for my email footer?"),
    ("en", "Summarise the posts at {link:substack} into a short author blurb for the book club flyer."),
    ("en", "I keep getting emails I never signed up for; the unsubscribe link is {link:unsubscribe}. Is it safe to click?"),
    ("en", "Please shorten my email signature:\n{name}\nFreight claims specialist, {org}\nM: {tel}\n{link:linkedin}\n{link:calendly}"),
    ("en", "My running club asked for our Strava links. Mine: {link:strava}. {first.2}'s: {link.2:strava}. Put them in a table with our names."),
    ("en", "Is this profile a catfish? {link:instagram} -- he says he's a nurse in {city}."),
    ("en", "The landlord sent the inventory photos via {link:onedrive}. Can I download them all at once?"),
    ("en", "Add my paypal {link:paypal} and linktree {link:linktree} to the bottom of this flyer for the bake sale."),
    ("en", "Write a message to {name} asking them to take down the video of my son at {link:youtube}."),
    ("en", "Background: {link:facebook} is my neighbour's page, and he's been posting photos of my garden. Is that legal where we live ({home})?"),
    ("en-x", "Could you translate my XING profile summary ({link:xing}) into English for a job in {city}?"),
    # --- dates of birth and dates
    ("en", "Life insurance quote form: name {name}, DOB {dob}, smoker: no, height 5'9\", email {mail}. Is 'date of birth' the same as age next birthday?"),
    ("en", "Help me calculate how old {first} will be on {date}: born {dob}."),
    ("en", "Passport renewal for my son {name.2}, born {dob.2}. His old passport expires {date}. Parent: {name}. What documents do I need?"),
    ("en", "Pet microchip registration says owner DOB required: {name}, {dob}, {addr}, {tel}. Why would they need that?"),
    ("en", "Birthday list for the office: {name} {dob}, {name.2} {dob.2}, {name.3} {dob.3}. Sort by month please."),
    ("en", "My appointment letter says {date} at {time} with Dr. {last.2} at {org}. Can you add it to a reminder text for my husband {first.3}?"),
    ("en", "genealogy notes: {name}, b. {dob}, {home}; married {name.2} on {date:long}. Format as a family-tree entry."),
    ("en", "Sports medical form:\nAthlete: {name}\nD.O.B: {dob}\nLast tetanus: {date}\nGP: {org}\nEmergency contact: {name.2} {tel.2}\nConditions: asthma (inhaler)\nTidy this for the club's records."),
    ("en", "Our court date for the custody hearing is {date}. My lawyer {name.2} says to bring my son's birth certificate (born {dob}). What else?"),
    ("en", "Visa appointment confirmation: applicant {caps}, born {dob}, appointment {date} {time}, centre in {city}. Write it up as a checklist."),
    ("en", "Can you double-check this sentence: '{first} was born on {dob} and started at {org} on {date}, so she'll qualify for the long-service award next spring.'"),
    # --- spreadsheets, logs, misc carriers mixing types
    ("en", "Pasted from our Google Sheet (tab separated):\nName\tEmail\tPhone\tTown\n{name}\t{mail}\t{tel}\t{home}\n{name.2}\t{mail.2}\t{tel.2}\t{home.2}\nWhy does the filter by Town not work?"),
    ("en", "Support ticket #{neg:ticket} (from our helpdesk export):\nRequester: {name} <{mail}>\nIP: {ip}\nMessage: 'I was charged for a crate rental on {date} I never made. Card ending {int:1000-9999}.'\nDraft the reply."),
    ("en", "{{\"event\":\"login_failed\",\"user\":\"{mail}\",\"ip\":\"{ip:v4}\",\"ua\":\"Mozilla/5.0\",\"attempt\":{int:3-9}}}\n{{\"event\":\"password_reset\",\"user\":\"{mail}\",\"ip\":\"{ip!b:v4}\"}}\nIs this account takeover?"),
    ("en", "PDF text (utility bill):\nAccount holder {caps}\nService address {addr}\nShut-off date {date}\nAmount due {neg:price}\nWrite a hardship appeal."),
    ("en", "Screenshot transcription of my bank app:\nTo: {name.2}\nIBAN: {iban.2}\nAmount: {amt}\nReference: rent {pick:March|April|May}\nDid I send it to the right person?"),
    ("en", "logs/app.log:\nWARN user={mail} ip={ip:v4} msg=\"card declined\" last4={int:1000-9999}\nERROR payment provider returned 402 for customer {name}\nWhat could cause this?"),
    ("en", "Please redo this YAML so it validates:\nmembers:\n  - name: {name}\n    email: {mail}\n    phone: '{tel}'\n  - name: {name.2}\n     email: {mail.2}"),
    ("en", "Convert to a markdown table:\nname: {name}, org: {org}, town: {home}, joined: {date}\nname: {name.2}, org: {org!b}, town: {home.2}, joined: {date!b}"),
    ("en", "Crypto exchange KYC got rejected. I uploaded: name {name}, DOB {dob}, address {addr}, selfie. They say 'address mismatch'. Could it be the postcode?"),
    ("en", "Debug this SQL:\nSELECT * FROM claims WHERE claimant_email = '{mail}' AND loss_date = '{date:iso}'\nreturns nothing even though the claim exists."),
    ("en", "the bail bond receipt (typed from paper): defendant {name.2}, indemnitor {name}, phone {tel}, premium paid by card {card}. What's the 'indemnitor'?"),
]


# ---------------------------------------------------------------------------------------------------------------------
# Other languages: a request line; the words for name, e-mail, phone, address, date of birth, ID number, IBAN, card,
# town, employer, date, profile and password; and messages of their own. _layouts() builds five carriers from the words.
# ---------------------------------------------------------------------------------------------------------------------
_LANGS: dict[str, tuple[str, str, list[str]]] = {
    "de": ("Kannst du das bitte ordentlich formatieren?",
           "Name|E-Mail|Telefon|Anschrift|Geburtsdatum|Steuer-ID|IBAN|Kreditkarte|Wohnort|Arbeitgeber|Datum|Profil|Passwort",
           ["Hallo, ich bin {name} vom {org}. Die Sportuntersuchung für {first.2} (geb. {dob.2}) ist am {date}. Rückfragen bitte an {mail} oder {tel}.",
            "Für den Insolvenzantrag brauche ich eine Liste: Schuldner {name}, geboren {dob}, wohnhaft {addr}, Steuer-ID {natid}. Stimmt das Format?",
            "Der Notar in {city} will vor dem Termin am {date} meine Kontoverbindung ({iban}) und eine Ausweiskopie. Ist das üblich?"]),
    "fr": ("Tu peux remettre ça au propre ?",
           "Nom|Courriel|Téléphone|Adresse|Date de naissance|N° de sécurité sociale|IBAN|Carte bancaire|Ville|Employeur|Date|Profil|Mot de passe",
           ["Bonjour, je suis {name}, famille d'accueil à {home}. L'enfant placé chez nous depuis le {date} a besoin d'un rendez-vous chez le pédiatre. Mon numéro : {tel}.",
            "La mutuelle me demande mon numéro de sécurité sociale {natid} et ma date de naissance ({dob}) par mail à {mail.2}. C'est une arnaque ?",
            "Pour la cagnotte de {first.2}, faites un virement sur {iban} avant le {date}. Merci ! -- {name}"]),
    "es": ("¿Me lo pasas a limpio?",
           "Nombre|Correo|Teléfono|Domicilio|Fecha de nacimiento|DNI|IBAN|Tarjeta|Localidad|Empresa|Fecha|Perfil|Contraseña",
           ["Hola, soy {name}. Alquilé un andamio en {org} el {date} y me cobraron dos veces en la tarjeta {card}. ¿Cómo reclamo? Mi móvil es {tel}.",
            "La protectora de {home} me pide DNI {natid}, fecha de nacimiento {dob} y domicilio {addr} para adoptar un perro. ¿Es normal?",
            "Reclamación de transporte: el palé llegó roto a {addr}. Contacto {name}, {mail}. Reembolso a {iban}."]),
    "it": ("Puoi sistemare questo testo?",
           "Nome|Email|Telefono|Indirizzo|Data di nascita|Codice fiscale|IBAN|Carta|Città|Datore di lavoro|Data|Profilo|Password",
           ["Buongiorno, sono {name}, la mamma di {first.2}. Il certificato medico sportivo per {org} scade il {date}. Mi può richiamare al {tel}?",
            "Il notaio chiede codice fiscale {natid}, data di nascita {dob} e residenza {addr} per il rogito. Va bene mandarli per email a {mail.2}?",
            "Raccolta fondi per l'hospice: bonifico a {iban}, causale 'dono {last}'. Scadenza {date}."]),
    "nl": ("Kun je dit netjes opmaken?",
           "Naam|E-mail|Telefoon|Adres|Geboortedatum|BSN|IBAN|Creditcard|Woonplaats|Werkgever|Datum|Profiel|Wachtwoord",
           ["Hoi, ik ben {name} uit {home}. De energieleverancier wil me afsluiten op {date}. Mijn klantnummer staat op de brief, mijn telefoon is {tel}. Kun je een bezwaar schrijven?",
            "Voor de pleegzorgaanvraag vragen ze BSN {natid}, geboortedatum {dob} en adres {addr}. Mag dat via gewone mail naar {mail.2}?",
            "Huur van de aanhanger bij {org}: borg terug op {iban}, graag voor {date}. Groet, {name}"]),
    "pt": ("Podes formatar isto direito?",
           "Nome|E-mail|Telefone|Morada|Data de nascimento|NIF/CPF|IBAN|Cartão|Cidade|Empregador|Data|Perfil|Palavra-passe",
           ["Olá, sou {name}, de {home}. A seguradora do carro diz que o sinistro de {date} foi recusado. O meu contacto: {tel}, {mail}.",
            "O cartório pede NIF/CPF {natid}, data de nascimento {dob} e morada {addr} para reconhecer a assinatura. Está tudo certo?",
            "Vaquinha para o tratamento da {first.2}: transferência para {iban} ou cartão {card}. Obrigada! {name}"]),
    "pl": ("Możesz to ładnie sformatować?",
           "Imię i nazwisko|E-mail|Telefon|Adres|Data urodzenia|PESEL|IBAN|Karta|Miejscowość|Pracodawca|Data|Profil|Hasło",
           ["Dzień dobry, nazywam się {name}. Wniosek o stypendium dla córki (ur. {dob.2}) złożyłam {date} w {org}. Proszę o kontakt: {tel}.",
            "Komornik pisze, że mój PESEL to {natid}, a adres {addr}. Jestem {name}, ur. {dob}. Czy to może być pomyłka?",
            "Zwrot kaucji za wynajem sprzętu proszę przelać na {iban}. Pozdrawiam, {name} ({home})."]),
    "sv": ("Kan du snygga till det här?",
           "Namn|E-post|Telefon|Adress|Födelsedatum|Personnummer|IBAN|Kort|Ort|Arbetsgivare|Datum|Profil|Lösenord",
           ["Hej, jag heter {name} och bor i {home}. Hyresvärden vill stänga av elen {date}. Nås på {tel}.",
            "Adoptionsbyrån behöver personnummer {natid}, adress {addr} och mejl {mail}. Är det säkert att skicka?",
            "Försäkringsärende: bilen blev påkörd {date}. Ersättning till {iban}. /{name}"]),
    "no": ("Kan du rydde opp i dette?",
           "Navn|E-post|Telefon|Adresse|Fødselsdato|Fødselsnummer|IBAN|Kort|Sted|Arbeidsgiver|Dato|Profil|Passord",
           ["Hei, jeg er {name} fra {home}. Legeerklæringen til idrettslaget for {first.2} må være inne {date}. Tlf {tel}.",
            "Skatteetaten ba om fødselsnummer {natid} og adresse {addr}. Kan jeg svare på mail til {mail.2}?",
            "Innsamling til {first.2}: vipps eller overfør til {iban} før {date}. Hilsen {name}"]),
    "da": ("Kan du sætte det pænt op?",
           "Navn|E-mail|Telefon|Adresse|Fødselsdato|CPR-nummer|IBAN|Betalingskort|By|Arbejdsgiver|Dato|Profil|Adgangskode",
           ["Hej, jeg hedder {name} og er plejemor i {home}. Mødet med kommunen er flyttet til {date}. Ring på {tel}.",
            "Forsikringen beder om CPR {natid}, adresse {addr} og kort {card} til selvrisikoen. Er det normalt?",
            "Hundeinternatet {org} skriver til {mail}: adoption godkendt {date}."]),
    "fi": ("Voitko siistiä tämän?",
           "Nimi|Sähköposti|Puhelin|Osoite|Syntymäaika|Henkilötunnus|IBAN|Kortti|Paikkakunta|Työnantaja|Päivämäärä|Profiili|Salasana",
           ["Hei, olen {name} ja asun paikkakunnalla {home}. Sähkölaitos uhkaa katkaista sähköt {date}. Puhelinnumeroni on {tel}.",
            "Saattohoitokoti pyytää äitini henkilötunnuksen {natid} ja osoitteen {addr}. Voiko sen lähettää sähköpostilla {mail.2}?",
            "Keräys {first.2}:n hoitoihin: tilille {iban}, viite {int:1000-9999}. -- {name}"]),
    "is": ("Geturðu lagað þetta til?",
           "Nafn|Netfang|Sími|Heimilisfang|Fæðingardagur|Kennitala|IBAN|Kort|Bær|Vinnuveitandi|Dagsetning|Prófíll|Lykilorð",
           ["Halló, ég heiti {name} og bý á {home}. Tryggingafélagið vill fá kennitöluna mína {natid} og símanúmer {tel}. Er það í lagi?",
            "Söfnun fyrir {first.2}: leggja inn á {iban} fyrir {date}. Kveðja, {name}",
            "Bókun hjá {org} á {date}, netfang {mail}."]),
    "cs": ("Můžeš to upravit do pěkné podoby?",
           "Jméno|E-mail|Telefon|Adresa|Datum narození|Rodné číslo|IBAN|Karta|Obec|Zaměstnavatel|Datum|Profil|Heslo",
           ["Dobrý den, jsem {name}, bydliště {home}. Exekutor mi poslal dopis s rodným číslem {natid} a adresou {addr}. Jak mám reagovat?",
            "Sportovní prohlídka pro {first.2} (nar. {dob.2}) v klubu {org} je {date}. Telefon: {tel}.",
            "Sbírka na hospic: účet {iban}, variabilní symbol {int:1000-9999}. Děkuji, {name}"]),
    "sk": ("Môžeš to pekne naformátovať?",
           "Meno|E-mail|Telefón|Adresa|Dátum narodenia|Rodné číslo|IBAN|Karta|Obec|Zamestnávateľ|Dátum|Profil|Heslo",
           ["Dobrý deň, som {name}, bydlisko {home}. Poisťovňa chce rodné číslo {natid} a číslo účtu {iban} kvôli poistnej udalosti z {date}.",
            "Pes z útulku {org}: adopčná zmluva na meno {name}, adresa {addr}, telefón {tel}.",
            "Prihláška na štipendium: {name}, nar. {dob}, e-mail {mail}."]),
    "hu": ("Meg tudnád formázni rendesen?",
           "Név|E-mail|Telefon|Lakcím|Születési dátum|TAJ-szám|IBAN|Bankkártya|Település|Munkáltató|Dátum|Profil|Jelszó",
           ["Jó napot, {name} vagyok {home} városból. Az áramszolgáltató {date} napján kikapcsolna. Telefonszámom: {tel}.",
            "A háziorvos kéri a TAJ-számomat ({natid}) és a lakcímemet ({addr}). Elküldhetem e-mailben a {mail.2} címre?",
            "Gyűjtés {first.2} műtétjére: {iban}, közlemény: '{last}'. Köszönöm!"]),
    "ro": ("Poți să pui asta în ordine?",
           "Nume|E-mail|Telefon|Adresă|Data nașterii|CNP|IBAN|Card|Localitate|Angajator|Data|Profil|Parolă",
           ["Bună ziua, sunt {name} din {home}. Furnizorul de gaz vrea să mă debranșeze pe {date}. Telefon: {tel}.",
            "Notarul cere CNP {natid}, adresa {addr} și e-mail {mail} pentru procură. E în regulă?",
            "Strângere de fonduri pentru {first.2}: IBAN {iban}, titular {name}."]),
    "tr": ("Bunu düzgün bir formata sokar mısın?",
           "Ad Soyad|E-posta|Telefon|Adres|Doğum tarihi|TC Kimlik No|IBAN|Kart|Şehir|İşveren|Tarih|Profil|Şifre",
           ["Merhaba, ben {name}, {home} ilinde oturuyorum. Kiraladığım jeneratörü {date} tarihinde iade ettim ama depozito {iban} hesabıma yatmadı. Tel: {tel}.",
            "Kulüp sağlık formu: sporcu {name.2}, doğum tarihi {dob.2}, veli {name}, TC {natid}.",
            "Noterden randevu {date}, adres {addr}. E-posta: {mail}"]),
    "el": ("Μπορείς να το φτιάξεις λίγο;",
           "Ονοματεπώνυμο|Email|Τηλέφωνο|Διεύθυνση|Ημερομηνία γέννησης|ΑΜΚΑ|IBAN|Κάρτα|Πόλη|Εργοδότης|Ημερομηνία|Προφίλ|Κωδικός",
           ["Γεια σας, είμαι η/ο {name} από {home}. Η ΔΕΗ θέλει να κόψει το ρεύμα στις {date}. Τηλέφωνο: {tel}.",
            "Ο συμβολαιογράφος ζητά ΑΜΚΑ {natid}, διεύθυνση {addr} και email {mail}. Είναι ασφαλές;",
            "Έρανος για {first.2}: κατάθεση στο {iban}. Ευχαριστώ, {name}"]),
    "ru": ("Оформи это аккуратно, пожалуйста.",
           "ФИО|Эл. почта|Телефон|Адрес|Дата рождения|СНИЛС/ИНН|IBAN|Карта|Город|Работодатель|Дата|Профиль|Пароль",
           ["Здравствуйте, я {name} из города {home}. Управляющая компания грозит отключить воду {date}. Мой телефон {tel}.",
            "Для опеки просят СНИЛС {natid}, дату рождения {dob} и адрес {addr}. Можно отправить на {mail.2}?",
            "Сбор на лечение {first.2}: карта {card}, получатель {name}."]),
    "uk": ("Оформи це охайно, будь ласка.",
           "ПІБ|Ел. пошта|Телефон|Адреса|Дата народження|РНОКПП|IBAN|Картка|Місто|Роботодавець|Дата|Профіль|Пароль",
           ["Добрий день, я {name} з міста {home}. Страхова відмовила у виплаті за ДТП від {date}. Мій телефон {tel}.",
            "Для оформлення опіки просять РНОКПП {natid}, дату народження {dob} і адресу {addr}.",
            "Збір для {first.2}: IBAN {iban}, отримувач {name}, до {date}."]),
    "bg": ("Можеш ли да го подредиш?",
           "Име|Имейл|Телефон|Адрес|Дата на раждане|ЕГН|IBAN|Карта|Град|Работодател|Дата|Профил|Парола",
           ["Здравейте, аз съм {name} от {home}. ЕВН иска да ми спре тока на {date}. Телефон: {tel}.",
            "Нотариусът иска ЕГН {natid} и адрес {addr}. Мога ли да ги пратя на {mail.2}?",
            "Дарителска кампания за {first.2}: {iban}. Благодаря, {name}"]),
    "he": ("תוכל לסדר את זה יפה?",
           "שם|דוא\"ל|טלפון|כתובת|תאריך לידה|מספר זהות|IBAN|כרטיס אשראי|עיר|מעסיק|תאריך|פרופיל|סיסמה",
           ["שלום, אני {name} מ{home}. חברת החשמל רוצה לנתק אותי ב-{date}. הטלפון שלי {tel}.",
            "העמותה לאימוץ כלבים ביקשה מספר זהות {natid}, כתובת {addr} ומייל {mail}. זה תקין?",
            "גיוס כספים ל{first.2}: העברה ל-{iban} עד {date}. תודה, {name}"]),
    "ar": ("ممكن ترتب هذا النص؟",
           "الاسم|البريد الإلكتروني|الهاتف|العنوان|تاريخ الميلاد|رقم الهوية|IBAN|البطاقة|المدينة|جهة العمل|التاريخ|الملف الشخصي|كلمة المرور",
           ["مرحبًا، أنا {name} من {home}. شركة الكهرباء ستقطع الخدمة يوم {date}. رقمي {tel}.",
            "طلب كفالة تأشيرة: الاسم {name}، رقم الهوية {natid}، تاريخ الميلاد {dob}، جهة العمل {org}.",
            "تبرعات لعلاج {first.2}: الآيبان {iban}. شكرًا، {name}"]),
    "fa": ("می‌شه این رو مرتب کنی؟",
           "نام|ایمیل|تلفن|نشانی|تاریخ تولد|کد ملی|شماره شبا|کارت بانکی|شهر|کارفرما|تاریخ|پروفایل|رمز عبور",
           ["سلام، من {name} از {home} هستم. اداره برق گفته روز {date} برق را قطع می‌کند. شماره من {tel} است.",
            "برای ثبت‌نام بورسیه کد ملی {natid}، تاریخ تولد {dob} و نشانی {addr} را خواسته‌اند.",
            "کمک به درمان {first.2}: شماره کارت {card} یا شبا {iban}، به نام {name}."]),
    "hi": ("क्या आप इसे ठीक से लिख सकते हैं?",
           "नाम|ईमेल|फ़ोन|पता|जन्म तिथि|आधार/PAN|IBAN|कार्ड|शहर|नियोक्ता|तारीख|प्रोफ़ाइल|पासवर्ड",
           ["नमस्ते, मैं {name}, {home} से। बिजली विभाग ने {date} को कनेक्शन काटने का नोटिस भेजा है। मेरा नंबर {tel} है।",
            "छात्रवृत्ति फ़ॉर्म: नाम {name}, जन्म तिथि {dob}, आधार {natid}, पता {addr}।",
            "{first.2} के इलाज के लिए चंदा: कार्ड {card} या ईमेल {mail} पर संपर्क करें।"]),
    "zh": ("帮我整理一下格式。",
           "姓名|邮箱|电话|地址|出生日期|身份证号|IBAN|银行卡|城市|工作单位|日期|主页|密码",
           ["你好，我是{name}，住在{home}。物业说{date}要停水停电，我的电话是{tel}。",
            "宠物领养协议：领养人{name}，身份证号{natid}，住址{addr}，邮箱{mail}。这样填对吗？",
            "众筹给{first.2}治病：银行卡{card}，联系人{name}，截止{date}。"]),
    "zh-TW": ("幫我整理一下格式。",
              "姓名|電子郵件|電話|地址|出生日期|身分證字號|IBAN|信用卡|城市|任職單位|日期|個人頁面|密碼",
              ["你好，我是{name}，住在{home}。台電說{date}要斷電，我的電話是{tel}。",
               "收養協議：收養人{name}，身分證字號{natid}，地址{addr}。這樣寫可以嗎？",
               "幫{first.2}募款：信用卡{card}，聯絡信箱{mail}。"]),
    "ja": ("これを見やすく整えてもらえますか。",
           "氏名|メール|電話番号|住所|生年月日|マイナンバー|IBAN|カード番号|市区町村|勤務先|日付|プロフィール|パスワード",
           ["こんにちは、{home}に住んでいる{name}です。{date}に電気が止められると通知が来ました。電話は{tel}です。",
            "里親登録の書類：氏名{name}、生年月日{dob}、マイナンバー{natid}、住所{addr}。",
            "{first.2}さんの治療費の募金：カード{card}、連絡先{mail}まで。"]),
    "ko": ("이거 깔끔하게 정리해 줄래?",
           "이름|이메일|전화번호|주소|생년월일|주민등록번호|IBAN|카드번호|도시|직장|날짜|프로필|비밀번호",
           ["안녕하세요, {home}에 사는 {name}입니다. {date}에 전기가 끊긴다고 연락이 왔어요. 제 번호는 {tel}입니다.",
            "유기견 입양 신청서: 신청인 {name}, 주민등록번호 {natid}, 주소 {addr}, 이메일 {mail}.",
            "{first.2} 치료비 모금: 카드 {card}, 문의 {tel}."]),
    "th": ("ช่วยจัดรูปแบบข้อความนี้ให้หน่อย",
           "ชื่อ|อีเมล|โทรศัพท์|ที่อยู่|วันเกิด|เลขบัตรประชาชน|IBAN|บัตร|เมือง|ที่ทำงาน|วันที่|โปรไฟล์|รหัสผ่าน",
           ["สวัสดีค่ะ ดิฉัน{name} อยู่ที่{home} การไฟฟ้าจะตัดไฟวันที่ {date} เบอร์ติดต่อ {tel}",
            "ใบสมัครทุนการศึกษา: ชื่อ {name} วันเกิด {dob} เลขบัตรประชาชน {natid} ที่อยู่ {addr}",
            "ระดมทุนช่วย{first.2}: บัตร {card} ติดต่อ {mail}"]),
    "vi": ("Bạn định dạng lại giúp mình nhé.",
           "Họ tên|Email|Điện thoại|Địa chỉ|Ngày sinh|Số CCCD|IBAN|Thẻ|Thành phố|Nơi làm việc|Ngày|Trang cá nhân|Mật khẩu",
           ["Chào bạn, mình là {name} ở {home}. Công ty điện báo sẽ cắt điện {date}. Số của mình {tel}.",
            "Hồ sơ nhận nuôi: người nhận {name}, CCCD {natid}, ngày sinh {dob}, địa chỉ {addr}.",
            "Quyên góp cho {first.2}: thẻ {card}, email {mail}."]),
    "id": ("Tolong rapikan teks ini.",
           "Nama|Email|Telepon|Alamat|Tanggal lahir|NIK|IBAN|Kartu|Kota|Tempat kerja|Tanggal|Profil|Kata sandi",
           ["Halo, saya {name} dari {home}. PLN akan memutus listrik tanggal {date}. Nomor saya {tel}.",
            "Formulir beasiswa: nama {name}, NIK {natid}, tanggal lahir {dob}, alamat {addr}.",
            "Donasi untuk {first.2}: kartu {card}, kontak {mail}."]),
    "ms": ("Tolong kemaskan teks ini.",
           "Nama|E-mel|Telefon|Alamat|Tarikh lahir|No. MyKad|IBAN|Kad|Bandar|Majikan|Tarikh|Profil|Kata laluan",
           ["Salam, saya {name} dari {home}. TNB akan memotong bekalan elektrik pada {date}. Nombor saya {tel}.",
            "Borang biasiswa: nama {name}, No. MyKad {natid}, alamat {addr}, e-mel {mail}.",
            "Tabung untuk {first.2}: kad {card}, hubungi {tel}."]),
    "tl": ("Pakiayos naman nito.",
           "Pangalan|Email|Telepono|Tirahan|Petsa ng kapanganakan|PhilSys No.|IBAN|Card|Lungsod|Employer|Petsa|Profile|Password",
           ["Hi, ako si {name} taga-{home}. Puputulan daw kami ng kuryente sa {date}. Ito ang number ko: {tel}.",
            "Scholarship form: pangalan {name}, kapanganakan {dob}, PhilSys {natid}, tirahan {addr}.",
            "Donasyon para kay {first.2}: card {card}, email {mail}."]),
    "sw": ("Tafadhali panga maandishi haya vizuri.",
           "Jina|Barua pepe|Simu|Anwani|Tarehe ya kuzaliwa|Namba ya kitambulisho|IBAN|Kadi|Mji|Mwajiri|Tarehe|Wasifu|Nenosiri",
           ["Habari, mimi ni {name} kutoka {home}. Kampuni ya umeme itakata umeme tarehe {date}. Namba yangu ni {tel}.",
            "Fomu ya ufadhili: jina {name}, kitambulisho {natid}, tarehe ya kuzaliwa {dob}, anwani {addr}.",
            "Mchango kwa matibabu ya {first.2}: kadi {card}, barua pepe {mail}."]),
}
# People writing their own language from the United States: social security numbers in their words.
_US_OTHER: list[tuple[str, str]] = [
    ("es-US", "Hola, mi nombre es {name} y vivo en {addr}. El formulario de la escuela pide mi número de Seguro Social ({ssn}) para el almuerzo gratis de mi hijo. ¿Es obligatorio?"),
    ("es-US", "Me llamó alguien de 'la administración' pidiendo que confirme mi seguro social {ssn:space} y mi fecha de nacimiento {dob}. Mi número es {tel}. ¿Es estafa?"),
    ("es-US", "Solicitud de asistencia para la factura de luz: titular {name}, SSN {ssn}, domicilio {home}, fecha de corte {date}. ¿Me ayudas a escribir la carta?"),
    ("es-US", "Para la fianza de mi familiar {name.2}, el fiador me pide mi número de seguro social: {ssn:bare}. Yo soy {name}, teléfono {tel}."),
    ("zh-US", "报税软件要我填社会安全号码 {ssn}，姓名{name}，地址{addr}。这个号码和ITIN有什么区别？"),
    ("zh-US", "房东让我在租房申请表上写社安号{ssn:space}和出生日期{dob}，我的邮箱是{mail}。这样安全吗？"),
    ("zh-US", "医院的账单上有我的SSN {ssn}，病人姓名{name}，日期{date}。这正常吗？"),
    ("ko-US", "세금 신고서에 사회보장번호 {ssn}를 적어야 하나요? 이름은 {name}, 주소는 {addr}입니다."),
    ("ko-US", "아파트 신청서에 SSN {ssn:bare}랑 생년월일 {dob}을 요구해요. 집주인 이메일은 {mail.2}예요. 괜찮을까요?"),
    ("ko-US", "{name}입니다. 실업수당 신청 중인데 소셜 번호 {ssn}가 일치하지 않는대요. 전화 {tel}."),
    ("vi-US", "Chào bạn, tôi là {name}. Đơn xin trợ cấp hỏi số An Sinh Xã Hội {ssn} và ngày sinh {dob}. Địa chỉ {addr}. Có an toàn không?"),
    ("vi-US", "Người ta gọi tới số {tel} và bảo tôi đọc số SSN {ssn:space} để nhận tiền hoàn thuế. Có phải lừa đảo không?"),
    ("tl-US", "Hi, ako si {name}. Hinihingi ng employer ko ang SSN ko ({ssn}) at birthday ko ({dob}) sa email na {mail.2}. Safe ba?"),
    ("tl-US", "Para sa apartment application: pangalan {name}, SSN {ssn:bare}, kasalukuyang tirahan {addr}, telepono {tel}."),
]


def _ocr(word: str) -> str:
    """A label as a poor scan reads it: a few letters swapped for look-alikes."""
    swaps = {"l": "1", "o": "0", "e": "c", "m": "rn", "i": "í", "B": "8", "S": "5"}
    out, hits = [], 0
    for ch in word:
        if ch in swaps and hits < 2 and (len(out) % 3 == 1):
            out.append(swaps[ch])
            hits += 1
        else:
            out.append(ch)
    return "".join(out)


def _layouts() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for lang, (ask, words, own) in _LANGS.items():
        nm, em, ph, ad, db, idn, ib, cd, ci, co, dt, pr, pw = words.split("|")
        out += [
            (lang, f"{ask}\n[scan p.1]\n{_ocr(nm)}: {{name}}\n{_ocr(db)}: {{dob}}\n{_ocr(idn)}: {{natid}}\n{_ocr(ad)}: {{addr}}\n{_ocr(ph)}: {{tel}}"),
            (lang, f"{ask}\n{{{{\"{nm}\": \"{{name}}\", \"{em}\": \"{{mail}}\", \"{ib}\": \"{{iban}}\", \"{dt}\": \"{{date}}\", \"{co}\": \"{{org}}\"}}}}"),
            (lang, f"{ask}\n[{{time}}] {{first.2}}: {cd}?\n[{{time!b}}] {{first}}: {{card}} ({{exp}})\n[{{time!c}}] {{first.2}}: {pr}?\n[{{time!d}}] {{first}}: {{link}}"),
            (lang, f"# {ask}\nADMIN_EMAIL={{mail}}\nDATABASE_URL={{dsn:url}}\nAPI_KEY={{key}}\nALLOWED_IP={{ip}}\n# {pw}: {{pw}}"),
            (lang, f"{ask}\n{nm}\t{ci}\t{co}\t{dt}\t{db}\n{{name}}\t{{home}}\t{{org}}\t{{date}}\t{{dob}}\n{{name.2}}\t{{home.2}}\t{{org!b}}\t{{date!b}}\t{{dob.2}}"),
            *((lang, message) for message in own),
        ]
    return out + _US_OTHER


def _english() -> list[tuple[str, str]]:
    out = []
    for i, (lang, body) in enumerate(_EN):
        for k in (0, 1):
            opener = _OPENERS[(i * 7 + k * 11) % len(_OPENERS)]
            out.append((lang, opener + body))
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------------------------------------
# Hard negatives: nothing in them is PII (order, claim and tracking numbers, public bank codes, versions, hashes, UUIDs,
# documentation values and placeholders, famous people, places and companies in general questions)
# ---------------------------------------------------------------------------------------------------------------------
_NEG: list[tuple[str, str]] = [
    ("en", "My order {neg:order} shows 'delivered' but nothing arrived. Is it normal for carriers to mark it early?"),
    ("en", "Tracking {neg:tracking} has been stuck 'in transit' for six days. What does 'arrived at facility' mean?"),
    ("en", "The shipping claim {neg:claim} was denied for 'insufficient packaging'. What counts as sufficient packaging for glassware in general?"),
    ("en", "Invoice {neg:invoice} lists VAT at 20% on {neg:price}. How do I work out the net amount?"),
    ("en", "Is {neg:routing} the routing number for Chase in New York? I just want to know how ABA numbers are structured."),
    ("en", "What does the sort code {neg:sortcode} tell you about a bank branch?"),
    ("en", "Why do some SWIFT codes like {neg:swift} have 8 characters and others 11?"),
    ("en", "Wikipedia uses {neg:exiban} as an example IBAN. How are the two check digits computed?"),
    ("en", "Stripe's docs list {neg:testcard} as a test card. Why does Luhn accept it?"),
    ("en", "Why is {neg:exssn} famous? I read it was printed in wallets in the 1930s."),
    ("en", "Is it okay to use {neg:exssn} as a placeholder SSN in a form mockup, or could it belong to someone?"),
    ("en", "Our docs show `export OPENAI_API_KEY={neg:placeholder}`. Should we use a .env.example file instead?"),
    ("en", "AWS documentation uses {neg:placeholder} in examples. Does the SDK validate the key format locally?"),
    ("en", "The jwt.io example token {neg:jwtio} decodes to 'John Doe'. What do the three parts mean?"),
    ("en", "RFC 5737 reserves {neg:docip} for documentation. Why can't I ping it?"),
    ("en", "What's the IPv6 documentation prefix? Is {neg:docip6} inside it?"),
    ("en", "Why does my app bind to {neg:loopback} instead of the LAN address?"),
    ("en", "What does subnet mask {neg:mask} mean in CIDR notation?"),
    ("en", "Is 1.1.1.1 or 8.8.8.8 faster as a DNS resolver in general?"),
    ("en", "Windows reports build {neg:build4}. Is that 22H2 or 23H2?"),
    ("en", "We're upgrading Postgres from {neg:semver} to {neg:semver!b}. Anything to watch for with extensions?"),
    ("en", "What's the difference between UUID v4 like {neg:uuid} and ULIDs for primary keys?"),
    ("en", "git says HEAD is detached at {neg:sha7}. How do I get back to main?"),
    ("en", "The release checksum is {neg:sha256}. How do I verify a download on macOS?"),
    ("en", "Is MD5 ({neg:md5}) still okay for deduplicating files, not security?"),
    ("en", "What is the OID {neg:oid} used for in certificates?"),
    ("en", "How do I find which vendor owns MAC prefix {neg:mac}?"),
    ("en", "Is {neg:cve} exploitable if the service is only on localhost?"),
    ("en", "How do I cite DOI {neg:doi} in APA style?"),
    ("en", "Is ISBN {neg:isbn} the first or second edition?"),
    ("en", "Our bucket ARN is {neg:arn}. Why does the policy simulator deny GetObject?"),
    ("en", "Flight {neg:flight} was delayed 4 hours. What compensation applies under EU261 in general?"),
    ("en", "What does a booking reference like {neg:pnr} encode, if anything?"),
    ("en", "Container {neg:container} is on a vessel with {neg:imo}. How do I track it publicly?"),
    ("en", "What's a reasonable price for a used kayak? I've seen {neg:price} and {neg:price!b}."),
    ("en", "Ticket {neg:ticket} was closed as 'won't fix'. How do I reopen it in Jira?"),
    ("en", "Product {neg:sku} is out of stock. How do retailers usually structure SKUs?"),
    ("en", "Recall notice for {neg:lot}: how do I check if my jar of baby food is affected?"),
    ("en", "Is an EIN like {neg:ein} considered confidential for a nonprofit?"),
    ("en", "The epoch timestamp {neg:epoch} -- how do I convert it in Excel?"),
    ("en", "Conversion rate went from {neg:percent} to {neg:percent!b}. Is that statistically significant with 5,000 visitors?"),
    ("en", "Why does Postgres listen on port {neg:port} by default, and can I change it?"),
    ("en", "How did Ada Lovelace's notes describe loops?"),
    ("en", "Summarise why Marie Curie won two Nobel Prizes."),
    ("en", "What made Toyota's production system famous?"),
    ("en", "Why is the Golden Gate Bridge painted orange?"),
    ("en", "Compare Lisbon and Porto for a first trip to Portugal -- general pros and cons."),
    ("en", "How did Serena Williams change women's tennis?"),
    ("en", "Why did Nokia lose the smartphone market?"),
    ("en", "What is the Social Security Administration's rule for which SSN area numbers are never issued?"),
    ("en", "How does a bail bond work in general, and what is the typical premium percentage?"),
    ("en", "What's the difference between a notary public and a solicitor?"),
    ("en", "How does a timeshare exit company usually make money?"),
    ("en", "IRS page {neg:doc} -- does a W-9 need to be notarized?"),
    ("en", "The MDN page {neg:doc} explains Basic auth. Is it safe over HTTPS?"),
    ("en", "Why does the AWS example secret key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY end in EXAMPLEKEY?"),
    ("en", "How do I show a masked card like **** **** **** {int:1000-9999} in a React component?"),
    ("en", "The docs say emails like {neg:exmail} are reserved. Which domains are safe for test data?"),
    ("en", "Write a regex that matches UK postcodes in general."),
    ("en", "How are IBAN check digits validated? Explain mod 97 with the example {neg:exiban}."),
    ("en", "My router's firmware is {neg:semver} and the latest is {neg:semver!b}. Is it worth updating?"),
    ("en", "Docker image digest {neg:sha256} -- how do I pin to it in compose?"),
    ("en", "We have {neg:qty} boxes to ship at {neg:price} each. What's the total with 8% tax?"),
    ("en", "Is it common for Everest expeditions to start in April?"),
    ("en", "What's a good alternative to Excel for 2 million rows?"),
    ("de", "Meine Bestellung {neg:order} wurde nie geliefert. Welche Rechte habe ich allgemein beim Versandhandel?"),
    ("de", "Warum hat die Beispiel-IBAN {neg:exiban} genau diese Prüfziffer?"),
    ("fr", "Le numéro de suivi {neg:tracking} ne marche pas sur le site. Que faire ?"),
    ("fr", "Pourquoi la tour Eiffel a-t-elle failli être démontée ?"),
    ("es", "¿Qué significa el código SWIFT {neg:swift}?"),
    ("es", "Actualicé de la versión {neg:semver} a la {neg:semver!b} y ahora falla. ¿Qué reviso?"),
    ("it", "Che cos'è un UUID come {neg:uuid} e perché è unico?"),
    ("it", "Perché Leonardo da Vinci scriveva al contrario?"),
    ("nl", "Mijn pakket {neg:tracking} staat al een week stil. Is dat normaal bij PostNL?"),
    ("pt", "O que significa o hash {neg:sha7} no GitHub?"),
    ("pt", "Quanto custa em média um seguro de carro no Brasil? Vi {neg:price}."),
    ("pl", "Co oznacza numer CVE {neg:cve} i czy powinienem się martwić?"),
    ("sv", "Varför använder Ikea så konstiga produktnamn?"),
    ("no", "Hva betyr feilkoden {neg:ticket} i Vipps-appen?"),
    ("da", "Hvordan beregnes kontrolcifrene i et IBAN generelt?"),
    ("fi", "Miksi Nokia myi puhelinliiketoimintansa?"),
    ("is", "Hvenær gaus Eyjafjallajökull síðast?"),
    ("cs", "Jak se v Gitu vrátím na commit {neg:sha7}?"),
    ("sk", "Aký je rozdiel medzi verziou {neg:semver} a {neg:semver!b}?"),
    ("hu", "Miért híres a Rubik-kocka?"),
    ("ro", "Ce înseamnă codul de urmărire {neg:tracking}?"),
    ("tr", "Sipariş {neg:order} neden hâlâ kargoya verilmedi, genelde ne kadar sürer?"),
    ("el", "Γιατί ο Παρθενώνας έχει κίονες με ένταση;"),
    ("ru", "Что означает хеш {neg:sha1} в выводе git log?"),
    ("uk", "Як перевірити контрольну суму {neg:sha256}?"),
    ("bg", "Какво е IBAN и защо примерът {neg:exiban} е валиден?"),
    ("he", "מה ההבדל בין UUID כמו {neg:uuid} לבין מספר רץ?"),
    ("ar", "ما معنى رقم التتبع {neg:tracking}؟"),
    ("ar", "لماذا بُني برج خليفة بهذا الارتفاع؟"),
    ("fa", "نسخه {neg:semver} پایتون چه تغییراتی داشت؟"),
    ("hi", "ऑर्डर {neg:order} अभी तक शिप नहीं हुआ, आमतौर पर कितना समय लगता है?"),
    ("zh", "订单{neg:order}一直没有发货，一般要等多久？"),
    ("zh", "为什么故宫有那么多房间？"),
    ("zh-TW", "版本{neg:semver}和{neg:semver!b}差在哪裡？"),
    ("ja", "コミット{neg:sha7}に戻すにはどうすればいいですか？"),
    ("ja", "富士山の山開きは毎年いつ頃ですか？"),
    ("ko", "운송장 번호 {neg:tracking} 조회가 안 돼요. 보통 언제 등록되나요?"),
    ("th", "ราคา {neg:price} สำหรับแล็ปท็อปมือสองแพงไปไหม"),
    ("vi", "Mã CVE {neg:cve} có nguy hiểm không?"),
    ("id", "Apa arti nomor resi {neg:tracking}?"),
    ("ms", "Berapakah harga purata kereta terpakai? Saya nampak {neg:price}."),
    ("tl", "Ano ang ibig sabihin ng error code {neg:ticket}?"),
    ("sw", "Toleo {neg:semver} la programu lina mabadiliko gani?"),
]
_CLEAN: list[tuple[str, str]] = [
    ("en", "What should I pack for a three-day canoe trip in late autumn?"),
    ("en", "Explain the difference between a Roth 401(k) and a traditional one in simple terms."),
    ("en", "Give me five warm-up drills for a kids' football practice."),
    ("en", "How do I get candle wax out of a wool rug?"),
    ("en", "Write a haiku about a heron at dawn."),
    ("en", "What are good questions to ask when adopting a rescue cat?"),
    ("en", "How do I politely decline a wedding invitation?"),
    ("en", "Explain Python's GIL like I'm a junior developer."),
    ("en", "What are the pros and cons of a heat pump in a cold climate?"),
    ("en", "Suggest a 4-week plan to go from walking to running 5k."),
    ("en", "How long should I rest bread dough after shaping?"),
    ("en", "What is the difference between a will and a living trust?"),
    ("en", "Write a short speech for a volunteer appreciation evening."),
    ("en", "How do I set up a budget spreadsheet with categories and monthly totals?"),
    ("en", "How do noise-cancelling headphones work?"),
    ("en", "What's a gentle way to tell a friend they talk over people?"),
    ("en", "Rewrite 'we are in receipt of your letter' in plain English."),
    ("en", "How do I stop my dog pulling on the lead?"),
    ("en", "Explain how compound interest works with a simple example."),
    ("en", "What's the best way to learn touch typing as an adult?"),
    ("en", "How should I store winter tyres over the summer?"),
    ("en", "What do I need to know before buying a second-hand e-bike?"),
    ("en", "Write SQL to find duplicate rows by two columns."),
    ("en", "How do I make a sourdough starter from scratch?"),
    ("en", "Give me three ideas for a rainy-day activity with toddlers."),
    ("en", "Why does my laptop fan get loud when I open a browser?"),
    ("en", "Explain what an index fund is and why people recommend them."),
    ("en", "How do I write a good bug report?"),
    ("en", "What's the etiquette for tipping movers?"),
    ("en", "Make a checklist for closing up a holiday cabin for winter."),
    ("en", "What causes hiccups and how do I stop them?"),
    ("en", "Give me a regex that matches ISO 8601 dates."),
    ("en", "What's the difference between baking soda and baking powder?"),
    ("en", "How do I keep cut flowers fresh longer?"),
    ("en", "Write a short poem for a retirement card."),
    ("de", "Wie entkalke ich meinen Wasserkocher am besten?"),
    ("de", "Erklär mir den Unterschied zwischen Brutto und Netto."),
    ("fr", "Comment réussir une pâte brisée sans robot ?"),
    ("es", "¿Qué plantas aguantan bien la sombra en un balcón?"),
    ("it", "Come si prepara un buon risotto ai funghi?"),
    ("nl", "Hoe leer ik mijn kind fietsen zonder zijwieltjes?"),
    ("pt", "Como fazer pão de queijo mais crocante?"),
    ("pl", "Jak ugotować dobry żurek?"),
    ("sv", "Hur får man kanelbullar riktigt saftiga?"),
    ("no", "Hvordan smører jeg langrennski riktig?"),
    ("da", "Hvordan laver man rugbrød fra bunden?"),
    ("fi", "Miten karjalanpiirakat leivotaan?"),
    ("is", "Hvernig bý ég til kleinur?"),
    ("cs", "Jak se dělá pravá svíčková?"),
    ("sk", "Ako pripraviť bryndzové halušky?"),
    ("hu", "Hogyan készül a lecsó?"),
    ("ro", "Cum se fac sarmalele?"),
    ("tr", "Menemen soğanlı mı yapılır, soğansız mı?"),
    ("el", "Πώς φτιάχνω μουσακά;"),
    ("ru", "Как приготовить пышные сырники?"),
    ("uk", "Як спекти пампушки до борщу?"),
    ("bg", "Как се прави баница?"),
    ("he", "איך מכינים שקשוקה?"),
    ("ar", "كيف أحضّر الكبسة؟"),
    ("fa", "قورمه‌سبزی را چطور درست کنم؟"),
    ("hi", "दाल मखनी कैसे बनाते हैं?"),
    ("zh", "怎么包饺子不破皮？"),
    ("zh-TW", "滷肉飯怎麼做才好吃？"),
    ("ja", "お好み焼きをふわふわに焼くコツは？"),
    ("ko", "김치찌개 맛있게 끓이는 법 알려줘."),
    ("th", "ต้มยำกุ้งทำอย่างไร"),
    ("vi", "Làm phở bò tại nhà thế nào?"),
    ("id", "Bagaimana cara membuat nasi goreng yang enak?"),
    ("ms", "Bagaimana cara membuat nasi lemak?"),
    ("tl", "Paano magluto ng adobo?"),
    ("sw", "Jinsi ya kupika pilau?"),
]

FRESH27_FOLLOW_UPS = [" Thanks!", " Keep it short.", "\n\nThanks in advance.", " Bullet points please.", " Don't change any numbers.",
                      " (sorry for the mess)", "\n\nplease be quick", " UK spelling please.", " Keep the layout."]
FRESH27_PII: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _english() + _layouts()]
FRESH27_NEGATIVE: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _NEG]
FRESH27_CLEAN: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _CLEAN]
