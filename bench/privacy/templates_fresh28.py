"""The twenty-eighth blind set ("fresh28") of the PII benchmark, written without looking at the detector; held in reserve,
never tuned on.

corpus.generate(n, seed, fresh28=True) takes its PII prompts, hard negatives and clean prompts from here and renders
them with this module's own Context and fill(); its people, places, organisations and value makers are its own.

Slots: {what}, {what.N} for person N (1 when left out), {what:option}, and "@tag" at the end ({ip:pub@b}) for a second,
different value of the same kind. "{{" and "}}" stand for literal braces.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import importlib
import random
import re
import string
import unicodedata

Parts = list[tuple[str, str | None]]
NUM = string.digits
CAP = string.ascii_uppercase
SMALL = string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEXL = "0123456789abcdef"
B64C = ALNUM + "+/"
URLC = ALNUM + "-_"


def pick_n(r: random.Random, n: int, chars: str = ALNUM) -> str:
    return "".join(r.choices(chars, k=n))


def fold(s: str) -> str:
    for src, dst in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("å", "a"), ("æ", "ae"), ("ı", "i"), ("đ", "d"), ("Đ", "D"),
                     ("ð", "d"), ("þ", "th"), ("ŋ", "ng")):
        s = s.replace(src, dst)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def handle(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(s).lower())


def shape(r: random.Random, spec: str) -> str:
    """'#' a digit, 'N' a digit 1-9, 'A' a capital letter; anything else as it stands."""
    out = []
    for ch in spec:
        out.append(r.choice(NUM) if ch == "#" else r.choice("123456789") if ch == "N" else r.choice(CAP) if ch == "A" else ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------------
# People and places. One row a country: given names (women;men), family names, towns, streets, phone shapes, mail hosts,
# the language's name order. Non-Latin names are "native=latin"; the latin form makes mail addresses and handles.
# ---------------------------------------------------------------------------------------------------------------------
LAND: dict[str, dict[str, str]] = {
    "US": dict(g="Delphine|Rosalie|Kenzie|Mabel|Ysabel|Harper;Beckett|Cyrus|Elliot|Grady|Tobias|Wendell", f="Ashby|Nwosu|Vandermeer|Quintero|Holloway|Begay|Szymanski|Abernathy|Lindqvist|Tran",
               t="Duluth|Asheville|Bozeman|Flagstaff|Savannah|Olympia|Ithaca|Bend|Lawrence", s="Juniper Hollow Rd|Pelican Way|Orchard Bend Dr|Foxglove Ln|Harbor View Ave|Millrace St",
               p="(N##) N##-####|N##-N##-####|N##.N##.####|+1 N## N## ####", m="gmail.com|outlook.com|yahoo.com|proton.me|comcast.net"),
    "GB": dict(g="Clementine|Eloise|Bethan|Ottilie|Rhiannon;Fergus|Hamish|Jago|Piers|Dougal", f="Threlfall|Ainsworth|Oyelaran|Cartwright|Penhaligon|Lomax|Chaudhry",
               t="Whitby|Ludlow|Stornoway|Penzance|Keswick|Hexham|Oban", s="Ropewalk Lane|Cobden Street|Gorse Hill Road|Heron Mews|Weavers Yard",
               p="07### ### ###|+44 7### ######|01### ######", m="btinternet.com|gmail.com|outlook.com|virginmedia.com"),
    "IE": dict(g="Gráinne|Sorcha|Méabh;Oisín|Ruairí|Colm", f="Ní Bhriain|Ó Ceallaigh|Geraghty|Moynihan", t="Clonakilty|Dungarvan|Westport|Athlone",
               s="Bridge Street|Convent Road|Main Street", p="08# ### ####|+353 8# ### ####", m="eircom.net|gmail.com"),
    "CA": dict(g="Maude|Rosalie|Avery;Étienne|Callum|Dax", f="Gagnon|Bouchard|Okonkwo|Dhillon|McLeod", t="Rimouski|Nanaimo|Moncton|Kamloops|Saskatoon",
               s="Rue Saint-Denis|Spruce Cres|Bayview Rd", p="(N##) N##-####|+1 N##-N##-####", m="sympatico.ca|shaw.ca|gmail.com"),
    "AU": dict(g="Tahlia|Mackenzie|Ruby;Jarrah|Hayden|Lachie", f="Vuong|Fitzpatrick|Kyriacou|O'Loughlin", t="Ballarat|Mildura|Cairns|Armidale|Albany",
               s="Ironbark Road|Grevillea Street|Coolabah Drive", p="04## ### ###|+61 4## ### ###", m="bigpond.net.au|iinet.net.au|gmail.com"),
    "NZ": dict(g="Manaia|Kiri|Hine;Wiremu|Tane|Hemi", f="Ngata|Pomare|Fairbrother", t="Napier|Gisborne|Invercargill", s="Totara Street|Puriri Road",
               p="02# ### ####|+64 2# ### ####", m="xtra.co.nz|gmail.com"),
    "IN": dict(g="Aditi|Lavanya|Shreya|Nandini;Arjun|Pranav|Kunal|Harish", f="Iyer|Deshpande|Banerjee|Reddy|Saxena|Pillai", t="Pune|Kochi|Vadodara|Bhubaneswar|Nashik",
               s="Residency Road|Linking Road|Anna Salai", p="+91 9#### #####|+91-7#########|9#### #####", m="gmail.com|yahoo.co.in|outlook.com"),
    "ZA": dict(g="Nomvula|Karabo|Marike;Thabo|Johan|Lwazi", f="Nkosi|Pretorius|Mahlangu|Joubert", t="Pietermaritzburg|George|Kimberley|Mbombela",
               s="Acacia Avenue|Voortrekker Road|Marula Close", p="07# ### ####|+27 7# ### ####", m="mweb.co.za|gmail.com"),
    "DE": dict(g="Ronja|Svenja|Mareike|Frauke;Jannik|Torben|Hauke|Leopold", f="Wendler|Schröder|Behrendt|Lüttge|Vogelsang|Ebner", t="Lüneburg|Regensburg|Jena|Kassel|Husum|Passau",
               s="Birkenweg|Schillerstraße|Am Kornfeld|Brunnenstraße|Uferstraße", p="01## ########|+49 17# #######|0### #######", m="web.de|gmx.net|t-online.de|mailbox.org"),
    "AT": dict(g="Verena|Johanna;Matthias|Clemens", f="Leitner|Wimmer|Haider", t="Steyr|Bregenz|Krems", s="Lindengasse|Wiener Straße", p="+43 66# #######|06## ######", m="gmx.at|chello.at"),
    "CH": dict(g="Nadja|Corina;Beat|Silvan", f="Meier|Kälin|Schnyder", t="Aarau|Sion|Zug", s="Rosenweg|Kirchgasse", p="+41 79 ### ## ##|078 ### ## ##", m="bluewin.ch|sunrise.ch"),
    "FR": dict(g="Ondine|Clémence|Margaux|Léonie;Aurélien|Corentin|Mathis|Honoré", f="Garnier|Fontaine|Haddad|Le Goff|Perrault", t="Vannes|Besançon|Arles|Poitiers|Chambéry",
               s="rue du Four|allée des Peupliers|avenue Foch|rue Paul-Bert", p="06 ## ## ## ##|07 ## ## ## ##|+33 6 ## ## ## ##", m="orange.fr|free.fr|wanadoo.fr|gmail.com"),
    "BE": dict(g="Manon|Elke;Thibault|Pieter", f="Peeters|Desmet|Wouters", t="Mechelen|Liège|Brugge", s="Rue Haute|Nieuwstraat", p="+32 47# ## ## ##|04## ## ## ##", m="proximus.be|telenet.be"),
    "ES": dict(g="Aitana|Lucía|Ainhoa|Remedios;Álvaro|Unai|Sergio|Fermín", f="Garrido|Iglesias|Arrieta|Cuesta|Barrientos", t="Huesca|Ourense|Cádiz|Teruel|Segovia",
               s="calle Real|avenida del Puerto|calle de la Fuente|plaza Mayor", p="6## ## ## ##|+34 6## ### ###|7## ### ###", m="gmail.com|hotmail.com|yahoo.es"),
    "MX": dict(g="Itzel|Fernanda;Santiago|Diego", f="Ramírez|Huerta|Saldívar", t="Puebla|Toluca|León|Hermosillo", s="Calle Morelos|Av. Insurgentes", p="+52 55 #### ####|33 #### ####", m="gmail.com|hotmail.com"),
    "AR": dict(g="Florencia|Agustina;Facundo|Tomás", f="Bianchi|Ledesma|Quiroga", t="Rosario|Mendoza|Salta", s="Av. Belgrano|Calle San Martín", p="+54 9 11 ####-####|351 ###-####", m="gmail.com|fibertel.com.ar"),
    "IT": dict(g="Chiara|Arianna|Ilaria;Jacopo|Matteo|Ettore", f="Galli|Moretti|Bellandi|Esposito|Caruso", t="Bergamo|Pescara|Udine|Siena|Matera",
               s="via Roma|via dei Mille|piazza Dante|viale Europa", p="3## ### ####|+39 34# ### ####", m="libero.it|alice.it|gmail.com"),
    "NL": dict(g="Anouk|Roos|Lieke;Daan|Stijn|Ruben", f="Jansen|Visser|van den Berg|Mulder|Smit", t="Nijmegen|Groningen|Delft|Tilburg|Alkmaar",
               s="Prinsengracht|Stationsweg|Beukenlaan|Kerkplein", p="06 ########|+31 6 #### ####|06-## ## ## ##", m="ziggo.nl|hotmail.nl|kpnmail.nl"),
    "PT": dict(g="Matilde|Carolina;Gonçalo|Afonso", f="Sousa|Marques|Teixeira", t="Viseu|Setúbal|Guimarães|Évora", s="Rua Direita|Avenida dos Aliados", p="9## ### ###|+351 96# ### ###", m="sapo.pt|gmail.com"),
    "BR": dict(g="Giovanna|Larissa|Bruna;Heitor|Gustavo|Vinícius", f="Silveira|Moura|Barbosa|Tavares", t="Curitiba|Recife|Goiânia|Florianópolis|Belém",
               s="Rua XV de Novembro|Avenida Paulista|Rua das Palmeiras", p="(##) 9####-####|+55 ## 9####-####", m="gmail.com|uol.com.br|terra.com.br"),
    "PL": dict(g="Julia|Aleksandra|Natalia;Mateusz|Paweł|Szymon", f="Nowak|Wójcik;Nowak|Wójcik|Mazur", t="Gdańsk|Białystok|Kielce|Bydgoszcz|Zamość",
               s="ul. Lipowa|ul. Kościuszki|ul. Mickiewicza|os. Słoneczne", p="+48 ### ### ###|5## ### ###|6## ### ###", m="wp.pl|o2.pl|gmail.com"),
    "SE": dict(g="Alva|Tindra|Maja;Hugo|Elias|Gustav", f="Nyström|Eklund|Sjöberg|Åkesson", t="Gävle|Karlstad|Visby|Örebro", s="Drottninggatan|Parkvägen|Skolgatan",
               p="07# ### ## ##|+46 7# ### ## ##", m="telia.com|gmail.com"),
    "NO": dict(g="Synnøve|Marte|Ane;Torstein|Vegard|Audun", f="Haugen|Berg|Nygård|Lie", t="Stavanger|Hamar|Molde|Harstad", s="Kirkegata|Sjøgata|Bakkeveien",
               p="9## ## ###|+47 4## ## ###", m="online.no|gmail.com"),
    "DK": dict(g="Ida|Signe|Astrid;Frederik|Mikkel|Jonas", f="Nørgaard|Andersen|Østergaard|Bech", t="Odense|Horsens|Svendborg|Viborg", s="Nørregade|Skovvej|Havnevej",
               p="+45 ## ## ## ##|## ## ## ##", m="gmail.com|mail.tele.dk"),
    "FI": dict(g="Elina|Hilla|Sanni;Otso|Lauri|Ville", f="Virtanen|Nieminen|Salonen|Rantanen", t="Turku|Lahti|Rovaniemi|Vaasa", s="Puistokatu|Hämeenkatu|Myllytie",
               p="040 ### ####|+358 45 ### ####", m="kolumbus.fi|gmail.com"),
    "CZ": dict(g="Anna|Barbora|Veronika;Jakub|Tomáš|Lukáš", f="Svobodová|Černá|Marešová;Svoboda|Černý|Mareš", t="Brno|Ostrava|Jihlava|Třebíč", s="Nádražní|Komenského|Lidická",
               p="+420 6## ### ###|7## ### ###", m="seznam.cz|centrum.cz"),
    "SK": dict(g="Zuzana|Lenka;Marek|Peter", f="Kováčová|Horváthová;Kováč|Horváth|Baláž", t="Košice|Žilina|Prešov|Nitra", s="Hlavná|Štúrova|Mierová",
               p="+421 9## ### ###|09## ### ###", m="azet.sk|centrum.sk"),
    "HU": dict(g="Réka|Dóra|Eszter;Bence|Levente|Ádám", f="Nagy|Szabó|Tóth|Farkas|Kiss", t="Debrecen|Pécs|Győr|Szeged|Eger", s="Petőfi utca|Kossuth Lajos utca|Rákóczi út",
               p="+36 30 ### ####|06 20 ### ####", m="freemail.hu|citromail.hu"),
    "RO": dict(g="Andreea|Roxana|Irina;Andrei|Vlad|Cosmin", f="Munteanu|Constantin|Georgescu|Moldovan", t="Timișoara|Constanța|Oradea|Suceava", s="Strada Lalelelor|Calea Victoriei|Strada Republicii",
               p="07## ### ###|+40 72# ### ###", m="yahoo.com|gmail.com"),
    "TR": dict(g="Selin|Defne|Gizem;Mert|Barış|Tolga", f="Öztürk|Arslan|Koç|Güneş|Doğan", t="Bursa|Antalya|Samsun|Mersin|Gaziantep", s="İnönü Caddesi|Gül Sokak|Barış Bulvarı",
               p="05## ### ## ##|+90 53# ### ## ##", m="gmail.com|hotmail.com|yandex.com"),
    "GR": dict(g="Κατερίνα=Katerina|Σοφία=Sofia;Γιώργος=Giorgos|Θανάσης=Thanasis", f="Αλεξίου=Alexiou|Βασιλείου=Vasileiou|Οικονόμου=Oikonomou",
               t="Λάρισα|Χανιά|Ηράκλειο|Ξάνθη", s="Οδός Κολοκοτρώνη|Οδός Μητροπόλεως", p="69# ### ####|+30 69# ### ####", m="gmail.com|yahoo.gr"),
    "RU": dict(g="Алёна=Alyona|Вера=Vera|Ульяна=Ulyana;Степан=Stepan|Кирилл=Kirill|Фёдор=Fyodor", f="Морозова=Morozova|Белова=Belova;Морозов=Morozov|Белов=Belov|Зайцев=Zaitsev",
               t="Екатеринбург|Новосибирск|Ярославль|Калининград", s="ул. Гагарина|ул. Пушкина|Невский пр.", p="+7 9## ###-##-##|8 9## ### ## ##", m="yandex.ru|mail.ru|gmail.com"),
    "UA": dict(g="Ганна=Hanna|Мирослава=Myroslava;Андрій=Andrii|Назар=Nazar", f="Бондаренко=Bondarenko|Ткаченко=Tkachenko|Кравчук=Kravchuk",
               t="Харків|Одеса|Житомир|Ужгород", s="вул. Грушевського|вул. Соборна", p="+380 67 ### ## ##|050 ### ## ##", m="ukr.net|gmail.com"),
    "HR": dict(g="Ana|Mia|Nika;Ante|Filip|Josip", f="Knežević|Marić|Pavlović", t="Pula|Varaždin|Dubrovnik|Šibenik", s="Ilica|Ulica kralja Tomislava|Obala",
               p="+385 91 ### ####|098 ### ####", m="gmail.com|t-com.hr"),
    "SI": dict(g="Špela|Maja|Tjaša;Žiga|Rok|Nejc", f="Novak|Kranjc|Zupančič|Potočnik", t="Maribor|Celje|Koper|Kranj", s="Prešernova ulica|Cankarjeva cesta|Trubarjeva",
               p="+386 41 ### ###|031 ### ###", m="siol.net|gmail.com"),
    "LV": dict(g="Laura|Elīna|Ilze;Mārtiņš|Jānis|Edgars", f="Bērziņa|Kalniņa;Bērziņš|Kalniņš|Ozols", t="Daugavpils|Liepāja|Jelgava|Cēsis", s="Brīvības iela|Elizabetes iela|Skolas iela",
               p="+371 2# ### ###|2# ### ###", m="inbox.lv|gmail.com"),
    "LT": dict(g="Ieva|Gintarė;Tomas|Paulius", f="Stankevičiūtė|Vasiliauskienė;Stankevičius|Vasiliauskas", t="Panevėžys|Alytus|Marijampolė", s="Gedimino pr.|Žalgirio g.",
               p="+370 6## #####|86## #####", m="gmail.com|inbox.lt"),
    "IL": dict(g="מיכל=Michal|יעל=Yael|הדס=Hadas;אורי=Uri|גיל=Gil|עידו=Ido", f="כהן=Cohen|שפירא=Shapira|ביטון=Biton|גבאי=Gabay", t="אשדוד|הרצליה|כפר סבא|עכו|טבריה",
               s="רחוב ויצמן|רחוב ביאליק|רחוב הנביאים", p="05#-###-####|+972 5# ### ####", m="gmail.com|walla.com"),
    "AE": dict(g="لطيفة=Latifa|شيخة=Shaikha|هند=Hind;راشد=Rashid|منصور=Mansour|حمدان=Hamdan", f="الظاهري=Al Dhaheri|النعيمي=Al Nuaimi|الهاشمي=Al Hashimi",
               t="دبي|أبوظبي|الفجيرة|عجمان", s="شارع المطار|شارع الاتحاد|شارع حمدان", p="+971 5# ### ####|05# ### ####", m="gmail.com|emirates.net.ae"),
    "MA": dict(g="خديجة=Khadija|سناء=Sanaa;يوسف=Youssef|هشام=Hicham", f="العلوي=Alaoui|بنعلي=Benali|التازي=Tazi", t="فاس|مراكش|طنجة|أكادير",
               s="شارع محمد الخامس|زنقة الياسمين", p="+212 6## ## ## ##|06 ## ## ## ##", m="gmail.com|menara.ma"),
    "INH": dict(g="अंजलि=Anjali|पूजा=Pooja|मीनाक्षी=Meenakshi;सौरभ=Saurabh|नितिन=Nitin|अभिषेक=Abhishek", f="मिश्रा=Mishra|गुप्ता=Gupta|चौहान=Chauhan|पांडे=Pandey",
                t="वाराणसी|इंदौर|कानपुर|देहरादून", s="महात्मा गांधी रोड|सिविल लाइंस|नेहरू कॉलोनी", p="+91 9#### #####|8#########", m="gmail.com|yahoo.com"),
    "CN": dict(g="晓雯=Xiaowen|佳怡=Jiayi|梦琪=Mengqi;志强=Zhiqiang|宇航=Yuhang|俊杰=Junjie", f="李=Li|张=Zhang|黄=Huang|吴=Wu|徐=Xu|孙=Sun",
               t="南京|武汉|长沙|青岛|昆明|大连", s="北京路|和平大道|建设路|滨江路", p="138 #### ####|+86 139 #### ####|1## #### ####", m="qq.com|163.com|foxmail.com"),
    "TW": dict(g="怡君=Yijun|雅婷=Yating;家豪=Chiahao|冠宇=Kuanyu", f="陳=Chen|林=Lin|蔡=Tsai", t="台中|高雄|新竹|台南", s="中正路|民生路|復興路",
               p="09##-###-###|+886 9## ### ###", m="gmail.com|yahoo.com.tw"),
    "JP": dict(g="結衣=Yui|さくら=Sakura|真由美=Mayumi;拓海=Takumi|健太=Kenta|悠斗=Yuto", f="鈴木=Suzuki|伊藤=Ito|山本=Yamamoto|中村=Nakamura|加藤=Kato",
               t="横浜|神戸|広島|熊本|長野", s="栄町|駅前通り|緑町", p="090-####-####|070-####-####|+81 80-####-####", m="gmail.com|ezweb.ne.jp|softbank.ne.jp"),
    "KR": dict(g="수아=Sua|예린=Yerin|지우=Jiu;현우=Hyunwoo|시우=Siwoo|건우=Geonwoo", f="윤=Yoon|장=Jang|임=Lim|한=Han|오=Oh",
               t="부산|인천|대구|청주|창원", s="해운대로|구월로|동성로|상당로", p="010-####-####|010 #### ####|+82 10 #### ####", m="naver.com|kakao.com|gmail.com"),
    "TH": dict(g="มาลี=Malee|อรุณี=Arunee|นภา=Napa;ประยุทธ=Prayut|อนันต์=Anan|สุริยา=Suriya", f="บุญมา=Boonma|สุขสวัสดิ์=Suksawat|ทองดี=Thongdee",
               t="นครราชสีมา|อุดรธานี|พิษณุโลก|ระยอง", s="ถนนราชดำเนิน|ถนนมิตรภาพ|ซอยลาดพร้าว 15", p="08#-###-####|09# ### ####|+66 9# ### ####", m="gmail.com|hotmail.com"),
    "VN": dict(g="Thảo Vy|Khánh Linh|Mai Anh;Gia Huy|Tuấn Kiệt|Văn Nam", f="Nguyễn|Đặng|Bùi|Huỳnh|Phan", t="Nha Trang|Vũng Tàu|Quy Nhơn|Buôn Ma Thuột",
               s="Đường Hai Bà Trưng|Đường Lý Thường Kiệt|Đường Phan Chu Trinh", p="09# ### ####|+84 90 ### ####|03# ### ####", m="gmail.com|yahoo.com"),
    "ID": dict(g="Dewi|Siti|Anisa;Agus|Budi|Fajar", f="Santoso|Hidayat|Lubis|Saputra", t="Bandung|Semarang|Denpasar|Palembang", s="Jl. Gatot Subroto|Jl. Ahmad Yani|Jl. Pahlawan",
               p="0812-####-####|+62 857 #### ####", m="gmail.com|yahoo.co.id"),
    "MY": dict(g="Nurul|Aisyah|Mei Ling;Hafiz|Irfan|Wei Jie", f="Abdullah|Ismail|Tan|Lim", t="Ipoh|Kuching|Melaka|Johor Bahru", s="Jalan Bukit Bintang|Jalan Ampang|Lorong Maju",
               p="01#-### ####|+60 1#-### ####", m="gmail.com|yahoo.com.my"),
    "PH": dict(g="Maricel|Jocelyn|Rowena;Jomar|Rodel|Arnel", f="Dela Cruz|Bautista|Villanueva|Mendoza", t="Cebu City|Davao|Iloilo|Baguio", s="Rizal Avenue|Mabini Street|Bonifacio Street",
               p="09## ### ####|+63 9## ### ####", m="gmail.com|yahoo.com"),
}
FAMILY_FIRST = {"CN", "TW", "JP", "KR", "VN", "HU"}
JOINED = {"CN", "TW", "JP", "KR"}
LANG_LANDS: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 5), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1)),
    "en-x": (("GB", 4), ("IE", 2), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1)),
    "en-us": (("US", 1),), "es-us": (("US", 1),), "zh-us": (("US", 1),), "ko-us": (("US", 1),), "vi-us": (("US", 1),), "tl-us": (("US", 1),),
    "de": (("DE", 4), ("AT", 1), ("CH", 1)), "fr": (("FR", 3), ("BE", 1)), "es": (("ES", 3), ("MX", 1), ("AR", 1)), "it": (("IT", 1),),
    "nl": (("NL", 1),), "pt": (("PT", 1), ("BR", 2)), "pl": (("PL", 1),), "sv": (("SE", 1),), "no": (("NO", 1),), "da": (("DK", 1),),
    "fi": (("FI", 1),), "cs": (("CZ", 1),), "sk": (("SK", 1),), "hu": (("HU", 1),), "ro": (("RO", 1),), "tr": (("TR", 1),), "el": (("GR", 1),),
    "ru": (("RU", 1),), "uk": (("UA", 1),), "hr": (("HR", 1),), "sl": (("SI", 1),), "lv": (("LV", 1),), "lt": (("LT", 1),), "he": (("IL", 1),),
    "ar": (("AE", 1), ("MA", 1)), "hi": (("INH", 1),), "zh": (("CN", 2),), "zh-tw": (("TW", 1),), "ja": (("JP", 1),), "ko": (("KR", 1),),
    "th": (("TH", 1),), "vi": (("VN", 1),), "id": (("ID", 1),), "ms": (("MY", 1),), "tl": (("PH", 1),),
}


def locale_for(lang: str, rng: random.Random) -> str:
    lands = LANG_LANDS.get(lang)
    if not lands:
        return lang
    land = rng.choices([x for x, _ in lands], weights=[w for _, w in lands])[0]
    base = lang.split("-")[0]
    return f"{base}-{land}" if lang not in ("en-us", "es-us", "zh-us", "ko-us", "vi-us", "tl-us") else f"{base}-US"


def _native(s: str) -> tuple[str, str]:
    shown, _, latin = s.partition("=")
    return shown, latin or shown


class Someone:
    def __init__(self, r: random.Random, land: str) -> None:
        row = LAND[land]
        women, men = row["g"].split(";")
        self.woman = r.random() < 0.5
        given = r.choice((women if self.woman else men).split("|"))
        fam_w, _, fam_m = row["f"].partition(";")
        family = r.choice((fam_m if fam_m and not self.woman else fam_w).split("|"))
        self.first, self.first_l = _native(given)
        self.last, self.last_l = _native(family)
        if land in FAMILY_FIRST:
            self.full = self.last + ("" if land in JOINED else " ") + self.first
        else:
            self.full = f"{self.first} {self.last}"
        self.land = land
        self.born = datetime.date(1948, 3, 1) + datetime.timedelta(days=r.randint(0, 22000))
        if land == "CN":
            self.born = datetime.date(1985, 6, 1) + datetime.timedelta(days=r.randint(0, 7300))
        self.town = r.choice(row["t"].split("|"))


# ---------------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------------
MONTH_WORDS = {
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
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "tl": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
}
POINTED = {"de", "pl", "cs", "sk", "ru", "uk", "hr", "sl", "fi", "no", "da", "tr", "ro", "lv", "el"}


def say_date(r: random.Random, lang: str, land: str, d: datetime.date) -> str:
    y, m, day = d.year, d.month, d.day
    words = MONTH_WORDS.get(lang, MONTH_WORDS["en"]).split()
    w = words[m - 1]
    if lang == "en":
        if land == "US":
            return r.choice([f"{m}/{day}/{y}", f"{m:02d}/{day:02d}/{y}", f"{w} {day}, {y}", f"{w[:3]}. {day}, {y}", f"{y}-{m:02d}-{day:02d}"])
        return r.choice([f"{day}/{m}/{y}", f"{day:02d}/{m:02d}/{y}", f"{day} {w} {y}", f"{day} {w[:3]} {y}", f"{y}-{m:02d}-{day:02d}"])
    if lang in ("zh", "ja"):
        if lang == "ja" and r.random() < 0.25 and y >= 2019:
            return f"令和{y - 2018}年{m}月{day}日"
        if land == "TW" and r.random() < 0.3:
            return f"民國{y - 1911}年{m}月{day}日"
        return r.choice([f"{y}年{m}月{day}日", f"{y}/{m}/{day}", f"{y}-{m:02d}-{day:02d}"])
    if lang == "ko":
        return r.choice([f"{y}년 {m}월 {day}일", f"{y}.{m:02d}.{day:02d}", f"{y}-{m:02d}-{day:02d}"])
    if lang == "hu":
        return r.choice([f"{y}. {w} {day}", f"{y}.{m:02d}.{day:02d}"])
    if lang == "lt":
        return r.choice([f"{y}-{m:02d}-{day:02d}", f"{y} m. {w} {day}"])
    if lang == "lv":
        return r.choice([f"{day}.{m:02d}.{y}", f"{y}. gada {day}. {w}"])
    if lang == "vi":
        return r.choice([f"ngày {day} tháng {m} năm {y}", f"{day:02d}/{m:02d}/{y}", f"{day}/{m}/{y}"])
    if lang == "th":
        return r.choice([f"{day} {w} {y + 543}", f"{day} {w} พ.ศ. {y + 543}", f"{day:02d}/{m:02d}/{y + 543}"])
    if lang == "he":
        return r.choice([f"{day} {w} {y}", f"{day:02d}.{m:02d}.{y}", f"{day}/{m}/{y}"])
    if lang == "sv":
        return r.choice([f"{y}-{m:02d}-{day:02d}", f"{day} {w} {y}"])
    if lang in ("es", "pt"):
        long = f"{day} de {w} de {y}"
    elif lang in ("de", "no", "da", "cs", "sk", "hr", "sl", "fi"):
        long = f"{day}. {w} {y}"
    elif lang == "ru":
        long = f"{day} {w} {y}"
    elif lang == "tl":
        long = f"{w} {day}, {y}"
    else:
        long = f"{day} {w} {y}"
    short = f"{day:02d}.{m:02d}.{y}" if lang in POINTED else f"{day}-{m}-{y}" if lang == "nl" else f"{day:02d}/{m:02d}/{y}"
    return r.choice([long, short, short])


# ---------------------------------------------------------------------------------------------------------------------
# Addresses, phones, mail
# ---------------------------------------------------------------------------------------------------------------------
def street_address(r: random.Random, land: str, town: str) -> str:
    st = r.choice(LAND[land]["s"].split("|"))
    k = r.randint(3, 240)
    if land == "US":
        state = {"Duluth": "MN", "Asheville": "NC", "Bozeman": "MT", "Flagstaff": "AZ", "Savannah": "GA", "Olympia": "WA", "Ithaca": "NY",
                 "Bend": "OR", "Lawrence": "KS"}[town]
        apt = r.choice(["", "", f" #{r.randint(2, 30)}", f", Apt {r.randint(1, 12)}{r.choice('ABC')}"])
        return r.choice([f"{k * 9 + 2} {st}{apt}, {town}, {state} {shape(r, 'N####')}", f"{k * 13} {st}{apt}, {town} {state} {shape(r, 'N####')}"])
    if land == "GB":
        return r.choice([f"{k} {st}, {town} {shape(r, 'AA# #AA')}", f"{r.randint(1, 9)} {st}, {town}, {shape(r, 'AA## #AA')}"])
    if land == "IE":
        return f"{k} {st}, {town}, Co. {r.choice(['Cork', 'Waterford', 'Mayo', 'Westmeath'])} {shape(r, 'A## A#A#')}"
    if land == "CA":
        return f"{k * 4} {st}, {town}, {r.choice(['QC', 'BC', 'NB', 'SK'])} {shape(r, 'A#A #A#')}"
    if land in ("AU", "NZ", "ZA"):
        return f"{k} {st}, {town} {shape(r, 'N###')}"
    if land == "IN":
        return f"{r.randint(1, 48)}/{k}, {st}, {town} {shape(r, 'N#####')}"
    if land in ("DE", "AT", "CH"):
        return f"{st} {k}, {shape(r, 'N####' if land == 'DE' else 'N###')} {town}"
    if land == "FR":
        return r.choice([f"{k} {st}, {shape(r, 'N####')} {town}", f"{k} bis {st}\n{shape(r, 'N####')} {town}"])
    if land in ("BE", "DK", "NO", "SI"):
        return f"{st} {k}, {shape(r, 'N###')} {town}"
    if land == "NL":
        return f"{st} {k}, {shape(r, 'N### AA')} {town}"
    if land in ("SE", "CZ", "SK"):
        return f"{st} {k}, {shape(r, 'N## ##')} {town}"
    if land == "FI":
        return f"{st} {k} A {r.randint(1, 30)}, {shape(r, 'N####')} {town}"
    if land == "ES":
        return f"{st}, {k}, {r.randint(1, 9)}º {r.choice('ABCD')}, {shape(r, 'N####')} {town}"
    if land in ("MX", "AR"):
        return f"{st} {k * 7}, {town}"
    if land == "IT":
        return f"{st} {k}, {shape(r, 'N####')} {town}"
    if land == "PT":
        return f"{st} {k}, {shape(r, 'N###-###')} {town}"
    if land == "BR":
        return f"{st}, {k * 5}, apto {r.randint(11, 904)}, {town} - {shape(r, 'N####-###')}"
    if land == "PL":
        return f"{st} {k}/{r.randint(1, 90)}, {shape(r, 'N#-###')} {town}"
    if land == "HU":
        return f"{shape(r, 'N###')} {town}, {st} {k}"
    if land == "RO":
        return f"{st} nr. {k}, ap. {r.randint(1, 60)}, {town}"
    if land == "TR":
        return f"{st} No:{k}/{r.randint(1, 14)}, {town}"
    if land == "GR":
        return f"{st} {k}, {shape(r, 'N## ##')} {town}"
    if land == "RU":
        return f"г. {town}, {st}, д. {k}, кв. {r.randint(1, 300)}"
    if land == "UA":
        return f"м. {town}, {st}, буд. {k}, кв. {r.randint(1, 200)}"
    if land in ("HR", "LV", "LT"):
        return f"{st} {k}, {shape(r, 'N####') if land != 'LV' else 'LV-' + shape(r, 'N###')} {town}"
    if land == "IL":
        return f"{st} {k}, {town}"
    if land in ("AE", "MA"):
        return f"{st}، رقم {k}، {town}"
    if land == "INH":
        return f"{k}, {st}, {town} - {shape(r, 'N#####')}"
    if land == "CN":
        return f"{town}市{r.choice(['鼓楼区', '江汉区', '岳麓区', '市南区'])}{st}{k}号{r.randint(1, 22)}幢{r.randint(101, 2604)}室"
    if land == "TW":
        return f"{town}市{st}{r.randint(1, 3)}段{k}號{r.randint(2, 15)}樓"
    if land == "JP":
        return f"〒{shape(r, 'N##-####')} {town}市{st}{r.randint(1, 6)}丁目{r.randint(1, 28)}-{r.randint(1, 15)}"
    if land == "KR":
        return f"{town} {st} {k}, {r.randint(101, 115)}동 {r.randint(201, 2303)}호"
    if land == "TH":
        return f"{k}/{r.randint(2, 88)} {st} อ.เมือง {town} {shape(r, 'N####')}"
    if land == "VN":
        return f"{k} {st}, {town}"
    if land == "ID":
        return f"{st} No. {k}, {town} {shape(r, 'N####')}"
    if land == "MY":
        return f"No. {k}, {st}, {shape(r, 'N####')} {town}"
    if land == "PH":
        return f"{k} {st}, Brgy. {r.choice(['San Roque', 'Poblacion', 'Lahug'])}, {town}"
    return f"{st} {k}, {town}"


def phone_number(r: random.Random, land: str) -> str:
    return "".join(r.choice(NUM) if ch == "#" else r.choice("123456789") if ch == "N" else ch for ch in r.choice(LAND[land]["p"].split("|")))


def mail_address(r: random.Random, who: Someone, host: str = "") -> str:
    a, b = handle(who.first_l), handle(who.last_l)
    local = r.choice([f"{a}.{b}", f"{a}{b}", f"{a[0]}.{b}", f"{b}{r.randint(1, 99)}", f"{a}_{b}{r.randint(80, 99)}", f"{a}{b[:1]}", f"{b}.{a[:3]}"])
    return f"{local}@{host or r.choice(LAND[who.land]['m'].split('|'))}"


# ---------------------------------------------------------------------------------------------------------------------
# Cards, IBANs, SSNs
# ---------------------------------------------------------------------------------------------------------------------
def luhn_sum(digits: str) -> int:
    total = 0
    for pos, ch in enumerate(digits[::-1]):
        v = int(ch) * (2 if pos % 2 else 1)
        total += v - 9 if v > 9 else v
    return total % 10


PUBLIC_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "5105105105105100", "378282246310005", "371449635398431",
                     "6011111111111117", "6011000990139424", "3566002020360505", "4000056655665556", "4012888888881881", "2223003122003222"}
CARD_PREFIXES = {"visa": (("4",), 16), "mc": (("51", "53", "55", "2221", "2720", "2305"), 16), "amex": (("34", "37"), 15),
                 "discover": (("6011", "6445", "65"), 16), "jcb": (("3528", "3541", "3589"), 16), "unionpay": (("6212", "6250", "6282"), 16),
                 "mir": (("2200", "2202", "2204"), 16), "elo": (("6363", "5067", "4389"), 16), "rupay": (("6080", "6521", "8172"), 16),
                 "troy": (("9792",), 16), "diners": (("36", "38"), 14)}


def card_number(r: random.Random, brand: str = "") -> str:
    brand = brand or r.choices(list(CARD_PREFIXES), weights=[6, 5, 2, 2, 1, 1, 1, 1, 1, 1, 1])[0]
    prefixes, size = CARD_PREFIXES[brand]
    while True:
        head = r.choice(prefixes)
        body = head + pick_n(r, size - len(head) - 1, NUM)
        check = (10 - luhn_sum(body + "0")) % 10
        full = body + str(check)
        if full not in PUBLIC_TEST_CARDS:
            break
    how = r.random()
    if size == 15:
        return f"{full[:4]} {full[4:10]} {full[10:]}" if how < 0.7 else full
    if size == 14:
        return f"{full[:4]} {full[4:10]} {full[10:]}" if how < 0.6 else full
    if how < 0.2:
        return full
    glue = "-" if how > 0.85 else " "
    return glue.join(full[i:i + 4] for i in range(0, 16, 4))


# BBAN layouts per country: 'n' digit, 'a' capital, 'c' either; runs are written "4a14n".
IBAN_LAYOUT = {"DE": "18n", "AT": "16n", "CH": "5n12c", "FR": "10n11c2n", "BE": "12n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "PT": "21n",
               "PL": "24n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "CZ": "20n", "SK": "20n", "HU": "24n", "RO": "4a16c", "TR": "5n1n16c",
               "GR": "7n16c", "UA": "6n19c", "HR": "17n", "SI": "15n", "LV": "4a13c", "LT": "16n", "IL": "19n", "AE": "3n16n", "SA": "2n18c",
               "GB": "4a14n", "IE": "4a14n", "BR": "23n1a1c", "QA": "4a21c", "JO": "4a4n18c", "LU": "3n13c", "EE": "16n", "CY": "8n16c"}
BANK_IDS = {"GB": "NWBK|HBUK|TSBS|MONZ|SRLG", "IE": "BOFI|AIBK|IPBS", "NL": "RABO|INGB|ASNB|TRIO|BUNQ", "LV": "HABA|UNLA|PARX", "RO": "BTRL|RZBR|CECE",
            "QA": "QNBA|DOHB", "JO": "ARAB|CBJO"}
IBAN_HOME = {"US": "GB", "CA": "IE", "AU": "GB", "NZ": "GB", "IN": "AE", "INH": "AE", "ZA": "GB", "MX": "ES", "AR": "ES", "RU": "LV", "MA": "FR",
             "CN": "LU", "TW": "LU", "JP": "DE", "KR": "DE", "TH": "DE", "VN": "FR", "ID": "NL", "MY": "QA", "PH": "JO"}


def iban_number(r: random.Random, cc: str, spaced: bool | None = None) -> str:
    from stdnum import iban as iban_check

    layout = IBAN_LAYOUT[cc]
    for _ in range(8000):
        bban = ""
        for count, kind in re.findall(r"(\d+)([anc])", layout):
            if kind == "a" and cc in BANK_IDS and not bban:
                bban += r.choice(BANK_IDS[cc].split("|"))
            else:
                bban += pick_n(r, int(count), NUM if kind == "n" else CAP if kind == "a" else CAP + NUM + NUM)
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
        moved = bban + cc + "00"
        num = int("".join(str(int(ch, 36)) for ch in moved))
        value = f"{cc}{98 - num % 97:02d}{bban}"
        if iban_check.is_valid(value):
            if spaced is None:
                spaced = r.random() < 0.6
            return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if spaced else value
    raise RuntimeError(cc)


def ssn_number(r: random.Random, how: str = "") -> str:
    area = r.randint(1, 899)
    while area == 666:
        area = r.randint(1, 899)
    group, serial = r.randint(1, 99), r.randint(1, 9999)
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    how = how or r.choices(["dash", "space", "bare", "dot"], weights=[6, 2, 2, 1])[0]
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "bare": f"{a}{g}{s}", "dot": f"{a}.{g}.{s}"}[how]


# ---------------------------------------------------------------------------------------------------------------------
# National ids: a candidate maker per country, kept when python-stdnum accepts it (where stdnum knows the country)
# ---------------------------------------------------------------------------------------------------------------------
def _until_valid(module: str, make, tries: int = 6000) -> str:
    ok = importlib.import_module(f"stdnum.{module}").is_valid
    for _ in range(tries):
        v = make()
        if ok(v):
            return v
    raise RuntimeError(module)


def _steuer_id(r: random.Random) -> str:
    digits = r.sample("0123456789", 9)
    digits.insert(r.randrange(10), r.choice(digits))
    if digits[0] == "0":
        digits[0], digits[1] = digits[1], digits[0]
    return "".join(digits) + r.choice(NUM)


def _taj(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + pick_n(r, 7, NUM)
    check = sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(body)) % 10
    v = body + str(check)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def _emirates(r: random.Random, who: Someone) -> str:
    body = "784" + str(who.born.year) + pick_n(r, 7, NUM)
    v = body + str((10 - luhn_sum(body + "0")) % 10)
    return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"


def id_number(r: random.Random, who: Someone) -> str:
    c, b = who.land, who.born
    yy, mm, dd = f"{b.year % 100:02d}", f"{b.month:02d}", f"{b.day:02d}"
    male = not who.woman
    if c == "GB":
        v = shape(r, r.choice(["JK", "NP", "SR", "WL", "TC", "PE", "AB", "HN"]) + "######") + r.choice("ABCD")
        return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}" if r.random() < 0.6 else v
    if c == "IE":
        return _until_valid("ie.pps", lambda: pick_n(r, 7, NUM) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW"))
    if c == "CA":
        v = _until_valid("ca.sin", lambda: r.choice("1234567") + pick_n(r, 8, NUM))
        return f"{v[:3]}-{v[3:6]}-{v[6:]}" if r.random() < 0.5 else f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "AU":
        return _until_valid("au.tfn", lambda: pick_n(r, 9, NUM))
    if c == "NZ":
        return _until_valid("nz.ird", lambda: str(r.randint(10, 14)) + pick_n(r, 7, NUM))
    if c in ("IN", "INH"):
        v = _until_valid("in_.aadhaar", lambda: str(r.randint(2, 9)) + pick_n(r, 11, NUM))
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if c == "ZA":
        return _until_valid("za.idnr", lambda: yy + mm + dd + str(r.randint(5, 9) if male else r.randint(0, 4)) + pick_n(r, 3, NUM) + "08" + r.choice(NUM))
    if c == "DE":
        return _until_valid("de.idnr", lambda: _steuer_id(r))
    if c == "AT":
        v = _until_valid("at.vnr", lambda: str(r.randint(1, 9)) + pick_n(r, 3, NUM) + dd + mm + yy)
        return f"{v[:4]} {v[4:]}"
    if c == "CH":
        v = _until_valid("ch.ssn", lambda: "756" + pick_n(r, 10, NUM))
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if c == "FR":
        def nir() -> str:
            body = ("1" if male else "2") + yy + mm + shape(r, "N#") + pick_n(r, 6, NUM)
            return body + f"{97 - int(body) % 97:02d}"
        v = _until_valid("fr.nir", nir)
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if r.random() < 0.5 else v
    if c == "BE":
        v = _until_valid("be.nn", lambda: yy + mm + dd + pick_n(r, 5, NUM))
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if c == "ES":
        if r.random() < 0.3:
            return _until_valid("es.nie", lambda: r.choice("XYZ") + pick_n(r, 7, NUM) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"))
        return _until_valid("es.dni", lambda: pick_n(r, 8, NUM) + r.choice("TRWAGMYFPDXBNJZSQVHLCKE"))
    if c == "MX":
        return _until_valid("mx.curp", lambda: handle(who.last_l)[:1].upper() + r.choice("AEIOU") + "X" + handle(who.first_l)[:1].upper() + yy + mm + dd
                            + ("H" if male else "M") + r.choice(["PL", "MC", "JC", "GT", "SR"]) + pick_n(r, 3, "BCDFGHJKLMNPQRSTVWXZ")
                            + ("0" if b.year < 2000 else "A") + r.choice(NUM))
    if c == "AR":
        v = str(r.randint(14_000_000, 45_999_999))
        return f"{v[:2]}.{v[2:5]}.{v[5:]}"
    if c == "IT":
        from stdnum.it import codicefiscale as cf
        body = (pick_n(r, 3, "BCDFGLMNPRSTVZ") + pick_n(r, 3, "BCDFGLMNPRSTVZ") + yy + "ABCDEHLMPRST"[b.month - 1]
                + f"{b.day + (0 if male else 40):02d}" + r.choice("ABCDEFGHL") + pick_n(r, 3, NUM))
        return body + cf.calc_check_digit(body)
    if c == "NL":
        return _until_valid("nl.bsn", lambda: str(r.randint(1, 7)) + pick_n(r, 8, NUM))
    if c == "PT":
        return _until_valid("pt.nif", lambda: r.choice("123") + pick_n(r, 8, NUM))
    if c == "BR":
        v = _until_valid("br.cpf", lambda: pick_n(r, 11, NUM), 20000)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if c == "PL":
        mon = b.month + (20 if b.year >= 2000 else 0)
        return _until_valid("pl.pesel", lambda: f"{yy}{mon:02d}{dd}" + pick_n(r, 3, NUM) + r.choice("13579" if male else "02468") + r.choice(NUM))
    if c == "SE":
        v = _until_valid("se.personnummer", lambda: yy + mm + dd + pick_n(r, 4, NUM))
        return f"{v[:6]}-{v[6:]}" if r.random() < 0.7 else f"{b.year // 100}{v[:6]}-{v[6:]}"
    if c == "NO":
        return _until_valid("no.fodselsnummer", lambda: dd + mm + yy + str(r.randint(0, 4)) + pick_n(r, 4, NUM), 30000)
    if c == "DK":
        v = _until_valid("dk.cpr", lambda: dd + mm + yy + (r.choice("0123") if b.year < 2000 else r.choice("49")) + pick_n(r, 3, NUM))
        return f"{v[:6]}-{v[6:]}"
    if c == "FI":
        return _until_valid("fi.hetu", lambda: dd + mm + yy + ("-" if b.year < 2000 else "A") + pick_n(r, 3, NUM) + r.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"))
    if c in ("CZ", "SK"):
        mon = b.month + (0 if male else 50)
        v = _until_valid(f"{c.lower()}.rc", lambda: f"{yy}{mon:02d}{dd}" + pick_n(r, 4, NUM))
        return f"{v[:6]}/{v[6:]}"
    if c == "HU":
        return _taj(r)
    if c == "RO":
        g = ("1" if male else "2") if b.year < 2000 else ("5" if male else "6")
        return _until_valid("ro.cnp", lambda: g + yy + mm + dd + f"{r.randint(1, 46):02d}" + pick_n(r, 4, NUM))
    if c == "TR":
        return _until_valid("tr.tckimlik", lambda: str(r.randint(1, 9)) + pick_n(r, 10, NUM), 30000)
    if c == "GR":
        return _until_valid("gr.amka", lambda: dd + mm + yy + pick_n(r, 5, NUM))
    if c == "RU":
        return _until_valid("ru.inn", lambda: str(r.randint(10, 89)) + pick_n(r, 10, NUM), 30000)
    if c == "UA":
        return _until_valid("ua.rntrc", lambda: pick_n(r, 10, NUM))
    if c == "HR":
        return _until_valid("hr.oib", lambda: str(r.randint(1, 9)) + pick_n(r, 10, NUM))
    if c == "SI":
        return _until_valid("si.emso", lambda: dd + mm + f"{b.year % 1000:03d}" + "50" + ("0" if male else "5") + pick_n(r, 2, NUM) + r.choice(NUM))
    if c == "LV":
        v = _until_valid("lv.pvn", lambda: dd + mm + yy + ("1" if b.year < 2000 else "2") + pick_n(r, 4, NUM))
        return f"{v[:6]}-{v[6:]}"
    if c == "LT":
        g = ("3" if male else "4") if b.year < 2000 else ("5" if male else "6")
        return _until_valid("lt.asmens", lambda: g + yy + mm + dd + pick_n(r, 4, NUM))
    if c == "IL":
        return _until_valid("il.idnr", lambda: pick_n(r, 9, NUM))
    if c == "AE":
        return _emirates(r, who)
    if c == "MA":
        return r.choice(["A", "BE", "BK", "J", "EE", "G"]) + pick_n(r, 6, NUM)
    if c == "CN":
        area = r.choice(["320106", "420103", "430104", "370202", "530102", "210202"])
        return _until_valid("cn.ric", lambda: area + b.strftime("%Y%m%d") + pick_n(r, 3, NUM) + r.choice(NUM + "X"))
    if c == "TW":
        letter = r.choice("ABDEFHKLN")
        code = {"A": 10, "B": 11, "D": 13, "E": 14, "F": 15, "H": 17, "K": 19, "L": 20, "N": 22}[letter]
        body = ("1" if male else "2") + pick_n(r, 7, NUM)
        s = code // 10 + (code % 10) * 9 + sum(int(ch) * w for ch, w in zip(body, range(8, 0, -1)))
        return f"{letter}{body}{(10 - s % 10) % 10}"
    if c == "JP":
        v = _until_valid("jp.in_", lambda: pick_n(r, 12, NUM))
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if c == "KR":
        g = ("1" if male else "2") if b.year < 2000 else ("3" if male else "4")
        v = _until_valid("kr.rrn", lambda: yy + mm + dd + g + pick_n(r, 6, NUM))
        return f"{v[:6]}-{v[6:]}"
    if c == "TH":
        v = _until_valid("th.pin", lambda: str(r.randint(1, 8)) + pick_n(r, 12, NUM))
        return f"{v[0]} {v[1:5]} {v[5:10]} {v[10:12]} {v[12]}"
    if c == "VN":
        return r.choice(["001", "024", "036", "056", "075", "079"]) + ("1" if b.year < 2000 and not male else "0" if b.year < 2000 else "2" if male else "3") + yy + pick_n(r, 6, NUM)
    if c == "ID":
        return _until_valid("id.nik", lambda: r.choice(["3273", "3374", "5171", "1671"]) + pick_n(r, 2, NUM) + f"{b.day + (40 if who.woman else 0):02d}" + mm + yy + pick_n(r, 4, NUM))
    if c == "MY":
        v = _until_valid("my.nric", lambda: yy + mm + dd + r.choice(["08", "13", "04", "01"]) + pick_n(r, 4, NUM))
        return f"{v[:6]}-{v[6:8]}-{v[8:]}"
    if c == "PH":
        return f"{pick_n(r, 4, NUM)}-{pick_n(r, 4, NUM)}-{pick_n(r, 4, NUM)}-{pick_n(r, 4, NUM)}"
    return ssn_number(r)


# ---------------------------------------------------------------------------------------------------------------------
# IP addresses
# ---------------------------------------------------------------------------------------------------------------------
RESERVED_FIRST = {0, 10, 100, 127, 169, 172, 192, 198, 203, 224}


def ip_address(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choices(["pub", "priv", "six"], weights=[5, 2, 2])[0]
    if kind == "priv":
        return r.choice([f"192.168.{r.randint(0, 99)}.{r.randint(2, 250)}", f"10.{r.randint(0, 254)}.{r.randint(0, 254)}.{r.randint(2, 250)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 254)}.{r.randint(2, 250)}"])
    if kind == "six":
        lead = r.choice(["2a02:8108", "2001:16b8", "2600:1700", "2a01:e0a", "2404:6800", "2803:9800", "2407:c280", "2a00:1370"])
        rest = [f"{r.randint(0x10, 0xffff):x}" for _ in range(6)]
        if r.random() < 0.4:
            return f"{lead}:{rest[0]}:{rest[1]}::{rest[2]}"
        return ":".join([lead] + rest)
    while True:
        first = r.randint(5, 222)
        if first not in RESERVED_FIRST:
            return f"{first}.{r.randint(0, 255)}.{r.randint(1, 255)}.{r.randint(1, 254)}"


# ---------------------------------------------------------------------------------------------------------------------
# Secrets
# ---------------------------------------------------------------------------------------------------------------------
def _b64u(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt_token(r: random.Random, subject: str = "") -> str:
    head = _b64u(('{"alg":"%s","typ":"JWT","kid":"%s"}' % (r.choice(["RS256", "HS512", "EdDSA"]), pick_n(r, 8, HEXL))).encode())
    body = _b64u(('{"sub":"%s","exp":%d,"roles":["%s"]}' % (subject or pick_n(r, 12, HEXL), r.randint(1_760_000_000, 1_800_000_000),
                                                              r.choice(["member", "owner", "billing", "support"]))).encode())
    return f"{head}.{body}.{_b64u(r.randbytes(r.choice([32, 48, 64])))}"


def private_key_block(r: random.Random) -> str:
    kind = r.choice(["PRIVATE KEY", "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    raw = base64.b64encode(r.randbytes(r.choice([96, 150, 222]))).decode()
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return "-----BEGIN " + kind + "-----\n" + "\n".join(lines) + "\n-----END " + kind + "-----"


TOKEN_MAKERS = {
    "aws_id": lambda r: r.choice(["AKIA", "ASIA", "AKIA"]) + pick_n(r, 16, CAP + "234567"),
    "aws_secret": lambda r: pick_n(r, 40, B64C),
    "openai": lambda r: "sk-proj-" + pick_n(r, 48, URLC) + "T3BlbkFJ" + pick_n(r, 48, URLC),
    "anthropic": lambda r: "sk-ant-api03-" + pick_n(r, 93, URLC) + "AA",
    "gh_classic": lambda r: r.choice(["ghp_", "ghu_", "ghr_"]) + pick_n(r, 36),
    "gh_fine": lambda r: "github_pat_11" + pick_n(r, 22, CAP + NUM) + "_" + pick_n(r, 59),
    "gitlab": lambda r: "glpat-" + pick_n(r, 20, URLC),
    "slack_bot": lambda r: f"xoxb-{r.randint(10 ** 11, 10 ** 12)}-{r.randint(10 ** 12, 10 ** 13)}-{pick_n(r, 24)}",
    "stripe_live": lambda r: r.choice(["sk_live_", "rk_live_"]) + "51" + pick_n(r, 96),
    "stripe_hook": lambda r: "whsec_" + pick_n(r, 32),
    "gcp_api": lambda r: "AIza" + pick_n(r, 35, URLC),
    "sendgrid": lambda r: "SG." + pick_n(r, 22, URLC) + "." + pick_n(r, 43, URLC),
    "twilio": lambda r: "SK" + pick_n(r, 32, HEXL),
    "npm": lambda r: "npm_" + pick_n(r, 36),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + pick_n(r, 60, URLC),
    "hf": lambda r: "hf_" + pick_n(r, 34, string.ascii_letters),
    "telegram": lambda r: f"{r.randint(6_000_000_000, 7_999_999_999)}:AA{pick_n(r, 33, URLC)}",
    "vault": lambda r: "hvs.CAES" + pick_n(r, 86, URLC),
    "digitalocean": lambda r: "dop_v1_" + pick_n(r, 64, HEXL),
    "shopify": lambda r: "shpat_" + pick_n(r, 32, HEXL),
    "mailgun": lambda r: "key-" + pick_n(r, 32, HEXL),
    "datadog": lambda r: pick_n(r, 32, HEXL),
    "azure_key": lambda r: base64.b64encode(r.randbytes(64)).decode(),
    "notion": lambda r: "secret_" + pick_n(r, 43),
    "airtable": lambda r: "pat" + pick_n(r, 14) + "." + pick_n(r, 64, HEXL),
    "figma": lambda r: "figd_" + pick_n(r, 40, URLC),
    "doppler": lambda r: "dp.st.prd." + pick_n(r, 43),
    "cloudflare": lambda r: pick_n(r, 40, URLC),
    "mapbox": lambda r: "sk.eyJ1Ijoi" + pick_n(r, 60, URLC) + "." + pick_n(r, 22, URLC),
    "postman": lambda r: "PMAK-" + pick_n(r, 24, HEXL) + "-" + pick_n(r, 34, HEXL),
    "age": lambda r: "AGE-SECRET-KEY-1" + pick_n(r, 58, CAP + "023456789"),
    "totp": lambda r: pick_n(r, 32, CAP + "234567"),
    "wifi_psk": lambda r: pick_n(r, 64, HEXL),
    "fernet": lambda r: base64.urlsafe_b64encode(r.randbytes(32)).decode(),
    "django": lambda r: "django-insecure-" + pick_n(r, 50, SMALL + NUM + "!@#%^&*(-_=+)"),
    "rails": lambda r: pick_n(r, 128, HEXL),
}
_PW_WORDS = ["lantern", "Pebble", "Saffron", "otter", "Thistle", "granite", "Marigold", "pylon", "Cobalt", "yarrow", "Driftwood", "mango", "Kestrel", "tundra"]


def password(r: random.Random, how: str = "") -> str:
    how = how or r.choice(["word", "words", "swap", "noise", "pin"])
    if how == "word":
        return f"{r.choice(_PW_WORDS)}{r.choice(['', '_', '.'])}{r.randint(7, 1999)}{r.choice('!?#$&')}"
    if how == "words":
        return r.choice(["-", ".", "_"]).join(w.lower() for w in r.sample(_PW_WORDS, 3)) + str(r.randint(2, 88))
    if how == "swap":
        w = r.choice(_PW_WORDS).capitalize().replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return f"{w}{r.choice('@#%')}{r.randint(10, 99)}{r.choice(SMALL)}"
    if how == "pin":
        return r.choice(_PW_WORDS).capitalize() + pick_n(r, 4, NUM) + r.choice("!*")
    return pick_n(r, r.randint(12, 24), ALNUM + "!#$%&*+-=?@^_~")


# ---------------------------------------------------------------------------------------------------------------------
# Organisations (small, local: an employer, school, clinic or bank) and links that lead to a person
# ---------------------------------------------------------------------------------------------------------------------
FIRMS = {
    "en": ["Larchmont Pediatric Associates", "Copperbeech Credit Union", "Wrenfield Community College", "Driftwood Marine Supply", "Pellham & Grange Solicitors",
           "Bluestem Chiropractic", "Halden Ridge Elementary", "Stonecrop Payroll Services", "Calloway Street Surgery", "Riverbend Mutual Savings",
           "Thornbury Animal Hospital", "Kestrel Point Property Management", "Oakhurst Montessori", "Mossgiel Engineering Ltd", "Fairwater Hearing Centre"],
    "de": ["Hausarztpraxis Dr. Kämmerer", "Raiffeisenbank Oberes Lahntal", "Tischlerei Brandes GmbH", "Gesamtschule Am Lerchenfeld", "Pflegedienst Sonnenhof"],
    "fr": ["Cabinet médical des Capucins", "Caisse d'épargne du Val-Joli", "Menuiserie Poitevin SARL", "École primaire Les Glycines", "Pharmacie du Marché couvert"],
    "es": ["Centro de Salud Las Acacias", "Caja Rural de Albarracín", "Talleres Hermanos Ortuño", "Academia Lingua Viva", "Clínica Veterinaria El Pinar"],
    "it": ["Studio Medico Associato Borgonuovo", "Cassa Rurale Val di Sole", "Carpenteria Zanon snc", "Istituto Comprensivo Don Milani di Udine"],
    "nl": ["Huisartsenpraktijk De Wilgen", "Installatiebedrijf Kok & Zn", "Basisschool De Regenboog Alkmaar", "Fysiotherapie Noorderpark"],
    "pt": ["Clínica Dentária Sorriso Aberto", "Padaria Nossa Senhora", "Colégio Monte Verde", "Cooperativa de Crédito Vale do Itajaí"],
    "pl": ["Przychodnia Rodzinna Pod Lipami", "Spółdzielczy Bank Ludowy w Zamościu", "Zakład Stolarski Wróbel"],
    "sv": ["Vårdcentralen Björkhagen", "Sparbanken Västra Mälardalen", "Byggfirma Ekholm AB"],
    "no": ["Legesenteret Elvebakken", "Sparebanken Hardanger", "Rørlegger Nilsen AS"],
    "da": ["Lægehuset Ved Åen", "Lokalbanken Sydfyn", "Tømrerfirmaet Bøgh ApS"],
    "fi": ["Terveysasema Kuusikko", "Osuuspankki Järvi-Savo", "Rakennusliike Mäkinen Oy"],
    "cs": ["Ordinace praktického lékaře MUDr. Hájek", "Stavební firma Kubík s.r.o.", "ZŠ Na Kopečku"],
    "sk": ["Ambulancia MUDr. Ondrejková", "Stolárstvo Baláž s.r.o.", "Gymnázium Jána Hollého"],
    "hu": ["Napfény Fogászati Rendelő", "Takarékszövetkezet Tiszamente", "Kovács és Társa Kft."],
    "ro": ["Cabinet Medical Dr. Pop", "Școala Gimnazială nr. 7 Suceava", "Brutăria Spicul de Aur SRL"],
    "tr": ["Şifa Aile Sağlığı Merkezi", "Yıldız Muhasebe Bürosu", "Özel Gökkuşağı Anaokulu"],
    "el": ["Ιατρείο Παθολογίας Δρ. Σταύρου", "Συνεταιριστική Τράπεζα Χανίων", "Φροντιστήριο Πυξίδα"],
    "ru": ["Клиника «Здоровая семья»", "ООО «Уральский двор»", "Детский сад «Солнышко»"],
    "uk": ["Клініка «Добробут-Захід»", "ТОВ «Полтавський хліб»", "Ліцей «Мрія»"],
    "hr": ["Ordinacija obiteljske medicine dr. Perić", "Pekarnica Klasje", "OŠ Bartola Kašića"],
    "sl": ["Zobna ambulanta Nasmeh", "Mizarstvo Kovač d.o.o.", "OŠ Toneta Čufarja"],
    "lv": ["Ģimenes ārsta prakse Bērziņa", "SIA Zaļā Birzs", "Cēsu Valsts ģimnāzija"],
    "lt": ["Šeimos klinika Ąžuolas", "UAB Medžio meistrai", "Alytaus gimnazija Saulė"],
    "he": ["מרפאת שיניים חיוך", "משרד עורכי דין גבאי ושותפים", "בית ספר יסודי הדקל"],
    "ar": ["عيادة الشفاء العائلية", "مكتب الأمانة للمحاسبة", "روضة الأمل للأطفال"],
    "hi": ["आरोग्य फैमिली क्लिनिक", "मिश्रा ट्रेडर्स", "सरस्वती बाल विद्यालय"],
    "zh": ["仁心口腔门诊部", "鑫源财务咨询有限公司", "阳光幼儿园"],
    "ja": ["ひだまり内科クリニック", "株式会社ミドリ工務店", "若葉会計事務所"],
    "ko": ["바른정형외과의원", "새솔회계법인", "햇살유치원"],
    "th": ["คลินิกหมอครอบครัว", "บริษัท รุ่งอรุณขนส่ง จำกัด", "โรงเรียนบ้านหนองบัว"],
    "vi": ["Phòng khám Đa khoa An Tâm", "Công ty TNHH Phú Gia", "Trường Tiểu học Bình Minh"],
    "id": ["Klinik Pratama Sehat Sentosa", "CV Maju Jaya Abadi", "SD Tunas Harapan"],
    "ms": ["Klinik Kesihatan Taman Sri", "Syarikat Perabot Setia", "Tadika Bintang Kecil"],
    "tl": ["Klinika Santa Rosa", "Bautista Trading", "Paaralang Elementarya ng Lahug"],
}


def profile_link(r: random.Random, who: Someone, kind: str = "") -> str:
    a, b = handle(who.first_l), handle(who.last_l)
    kind = kind or r.choice(["linkedin", "github", "blog", "booking", "insta", "fedi", "gdrive", "onedrive", "tiktok", "venmo", "mailto", "xing"])
    if kind == "linkedin":
        return f"https://www.linkedin.com/in/{a}{b}{r.randint(1, 9)}{pick_n(r, 2, SMALL)}/"
    if kind == "github":
        return f"https://github.com/{a[:3]}-{b}"
    if kind == "blog":
        return f"https://{a}-{b}.{r.choice(['blog', 'info', 'studio', 'site'])}"
    if kind == "booking":
        return f"https://cal.com/{a}{b[:1]}/{r.choice(['15min', 'consult', 'viewing'])}"
    if kind == "insta":
        return f"https://www.instagram.com/{a}_{b}{r.choice(['', '.photo', '_art'])}/"
    if kind == "fedi":
        return f"https://{r.choice(['mastodon.online', 'mstdn.social', 'hachyderm.io'])}/@{a}{b[:4]}"
    if kind == "gdrive":
        return f"https://docs.google.com/document/d/{pick_n(r, 44, URLC)}/edit?usp=sharing"
    if kind == "onedrive":
        return f"https://1drv.ms/f/s!{pick_n(r, 26, URLC)}"
    if kind == "tiktok":
        return f"https://www.tiktok.com/@{a}.{b}{r.randint(1, 99)}"
    if kind == "venmo":
        return f"https://venmo.com/u/{a.capitalize()}-{b.capitalize()}-{r.randint(1, 9)}"
    if kind == "xing":
        return f"https://www.xing.com/profile/{a.capitalize()}_{b.capitalize()}{r.randint(1, 9)}"
    return f"https://billing.{r.choice(['copperbeech-cu', 'larchmont-peds', 'stonecrop-pay'])}.com/invite?user={mail_address(r, who)}"


# Values that look like PII and are not (no span).
LOOK = {
    "order": lambda r: r.choice(["#", "Order ", "ORD-", "SO-", "WO-"]) + shape(r, "N" + "#" * r.choice([5, 7, 9])),
    "invoice": lambda r: r.choice(["INV-", "RE-", "FAC/", "INV/"]) + f"{r.randint(2024, 2026)}/" + shape(r, "N####"),
    "track": lambda r: r.choice(["1Z" + pick_n(r, 16, CAP + NUM), "9400" + pick_n(r, 18, NUM), pick_n(r, 2, CAP) + pick_n(r, 9, NUM) + r.choice(["DE", "NL", "GB", "CN"])]),
    "routing": lambda r: r.choice(["021000021", "026009593", "121000358", "322271627", "111000614"]),
    "ver": lambda r: f"{r.randint(1, 14)}.{r.randint(0, 30)}.{r.randint(0, 19)}",
    "uuid": lambda r: f"{pick_n(r, 8, HEXL)}-{pick_n(r, 4, HEXL)}-{r.choice('147')}{pick_n(r, 3, HEXL)}-{r.choice('89ab')}{pick_n(r, 3, HEXL)}-{pick_n(r, 12, HEXL)}",
    "sha1": lambda r: hashlib.sha1(r.randbytes(8)).hexdigest(),
    "sha256": lambda r: hashlib.sha256(r.randbytes(8)).hexdigest(),
    "md5": lambda r: hashlib.md5(r.randbytes(8)).hexdigest(),
    "commit": lambda r: pick_n(r, r.choice([7, 8, 10]), HEXL),
    "price": lambda r: r.choice(["$", "€", "£", "¥", "₹", "R$ "]) + f"{r.randint(2, 9999)}.{r.randint(0, 99):02d}",
    "docip4": lambda r: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254)),
    "docip6": lambda r: f"2001:db8:{r.randint(1, 0xffff):x}::{r.randint(1, 0xfff):x}",
    "loop": lambda r: r.choice(["127.0.0.1", "::1", "0.0.0.0", "localhost", "255.255.255.0"]),
    "exmail": lambda r: r.choice(["someone@example.com", "test@example.org", "admin@example.net", "john.doe@example.com", "user@test.invalid"]),
    "excard": lambda r: r.choice(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005", "6011 1111 1111 1117"]),
    "exiban": lambda r: r.choice(["GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 00", "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00"]),
    "exssn": lambda r: r.choice(["078-05-1120", "123-45-6789", "219-09-9999"]),
    "exkey": lambda r: r.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk-...", "<YOUR_TOKEN>", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
                                 "${{ secrets.DEPLOY_KEY }}", "changeme", "your-secret-here", "xoxb-not-a-real-token", "sk_test_REPLACE_ME", "hunter2"]),
    "docurl": lambda r: r.choice(["https://docs.python.org/3/library/secrets.html", "https://datatracker.ietf.org/doc/html/rfc7519",
                                  "https://www.iban.com/structure", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization",
                                  "https://www.ssa.gov/employer/randomization.html", "https://kubernetes.io/docs/concepts/configuration/secret/",
                                  "https://docs.stripe.com/testing#cards", "https://www.rfc-editor.org/rfc/rfc3849", "https://git-scm.com/docs/git-rebase"]),
    "cve": lambda r: f"CVE-{r.randint(2018, 2026)}-{r.randint(1000, 52000)}",
    "mac": lambda r: "-".join(pick_n(r, 2, "0123456789ABCDEF") for _ in range(6)),
    "isbn": lambda r: r.choice(["978-0-596-52068-7", "978-1-59327-584-6", "978-0-13-235088-4", "978-4-06-519792-5"]),
    "port": lambda r: str(r.choice([53, 80, 443, 3000, 5432, 6379, 8443, 27017])),
    "epoch": lambda r: str(r.randint(1_650_000_000, 1_790_000_000)),
    "ean": lambda r: "40" + pick_n(r, 11, NUM),
    "flight": lambda r: r.choice(["LH", "BA", "AF", "KL", "TK", "SQ", "NH"]) + str(r.randint(10, 2999)),
    "pct": lambda r: f"{r.randint(2, 98)} %",
    "sku": lambda r: shape(r, "AAA-####-AA"),
    "case": lambda r: r.choice(["Case ", "Ticket #", "REQ", "INC"]) + shape(r, "N######"),
    "vin": lambda r: r.choice(["1HGCM82633A004352", "WVWZZZ1JZXW000001", "JH4KA8270MC000000"]),
}


# ---------------------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------------------
class Context:
    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, _, self.land = locale.partition("-")
        self.cast: dict[int, Someone] = {}
        self.memo: dict[str, Parts] = {}

    def person(self, k: int) -> Someone:
        if k not in self.cast:
            for _ in range(12):
                cand = Someone(self.rng, self.land)
                if all(cand.first != o.first and cand.last != o.last for o in self.cast.values()):
                    break
            self.cast[k] = cand
        return self.cast[k]


SLOT = re.compile(r"^(?P<what>[a-z0-9_]+?)(?:\.(?P<k>\d))?(?::(?P<opt>[^@]*))?(?:@(?P<tag>\w+))?$")
PERSONAL = {"name", "given", "family", "latin", "upper", "mail", "work", "phone", "dob", "id", "iban", "card", "addr", "home", "link", "token_of", "abbr"}


def fill(ctx: Context, slot: str) -> Parts:
    """One slot's text as (piece, TYPE or None) pairs; a slot written twice in a template gives the same value."""
    if slot in ("LB", "RB"):
        return [("{" if slot == "LB" else "}", None)]
    m = SLOT.match(slot)
    if m is None:
        raise KeyError(slot)
    what, opt = m["what"], m["opt"] or ""
    if what in ("num", "one"):
        return _value(ctx, what, int(m["k"] or 1), opt)
    if slot not in ctx.memo:
        ctx.memo[slot] = _value(ctx, what, int(m["k"] or 1), opt)
    return ctx.memo[slot]


def _value(ctx: Context, what: str, k: int, opt: str) -> Parts:
    r, lang, land = ctx.rng, ctx.lang, ctx.land
    who = ctx.person(k) if what in PERSONAL else None
    if what == "name":
        return [(who.full, "PERSON")]
    if what == "given":
        return [(who.first, "PERSON")]
    if what == "family":
        return [(who.last, "PERSON")]
    if what == "latin":
        return [(f"{who.first_l} {who.last_l}", "PERSON")]
    if what == "upper":
        return [(fold(who.last_l).upper(), "PERSON"), (", ", None), (fold(who.first_l).upper(), "PERSON")]
    if what == "abbr":
        return [(f"{who.first_l[0]}.", "PERSON"), (" ", None), (who.last_l, "PERSON")]
    if what == "mail":
        return [(mail_address(r, who), "EMAIL")]
    if what == "work":
        host = opt or r.choice(["larchmontpeds.org", "copperbeech.coop", "wrenfield.edu", "stonecrop-payroll.com", "kestrelpoint.co.uk",
                                "mossgiel-eng.co.uk", "brandes-tischlerei.de", "poitevin-menuiserie.fr", "zanon.it", "ekholmbygg.se"])
        return [(mail_address(r, who, host), "EMAIL")]
    if what == "phone":
        return [(phone_number(r, who.land), "PHONE")]
    if what == "dob":
        return [(say_date(r, opt or lang, who.land, who.born), "DATE_OF_BIRTH")]
    if what == "id":
        return [(id_number(r, who), "NATIONAL_ID")]
    if what == "iban":
        return [(iban_number(r, opt or IBAN_HOME.get(who.land, who.land)), "IBAN")]
    if what == "card":
        return [(card_number(r, opt), "CREDIT_CARD")]
    if what == "addr":
        key = f"addr/{k}"
        if key not in ctx.memo:
            ctx.memo[key] = [(street_address(r, who.land, who.town), "ADDRESS")]
        return ctx.memo[key]
    if what == "home":
        return [(who.town, "LOCATION")]
    if what == "link":
        return [(profile_link(r, who, opt), "URL")]
    if what == "token_of":
        return [(jwt_token(r, mail_address(r, who)), "SECRET")]
    if what == "ssn":
        return [(ssn_number(r, opt), "US_SSN")]
    if what == "city":
        used = {p.town for p in ctx.cast.values()}
        towns = LAND[land]["t"].split("|")
        return [(r.choice([t for t in towns if t not in used] or towns), "LOCATION")]
    if what == "org":
        return [(r.choice(FIRMS.get(lang, FIRMS["en"])), "ORGANIZATION")]
    if what == "date":
        return [(say_date(r, opt or lang, land, datetime.date(2025, 11, 3) + datetime.timedelta(days=r.randint(0, 560))), "DATE")]
    if what == "ip":
        return [(ip_address(r, opt), "IP_ADDRESS")]
    if what == "tok":
        return [(TOKEN_MAKERS[opt or r.choice(sorted(TOKEN_MAKERS))](r), "SECRET")]
    if what == "jwt":
        return [(jwt_token(r), "SECRET")]
    if what == "pem":
        return [(private_key_block(r), "SECRET")]
    if what == "pw":
        return [(password(r, opt), "SECRET")]
    if what == "conn":
        scheme = opt or r.choice(["postgresql", "mysql", "mongodb+srv", "redis", "amqps", "mssql"])
        user = r.choice(["app_rw", "etl", "svc_billing", "admin", "metabase", "n8n"])
        host = r.choice(["db-01.internal", "10.20.3.17", "primary.pg.local", "cache.lan", "mq.office.lan"])
        return [(f"{scheme}://", None), (f"{user}:{password(r, r.choice(['word', 'swap', 'noise']))}", "SECRET"),
                (f"@{host}/{r.choice(['crm', 'ledger', 'events', 'app'])}", None)]
    if what == "cred":
        return [(f"{r.choice(['svc-backup', 'deployer', 'ci', 'nas'])}:{password(r, 'noise')}", "SECRET")]
    if what == "no":
        return [(LOOK[opt](r), None)]
    if what == "num":
        lo, hi = opt.split("-")
        return [(str(r.randint(int(lo), int(hi))), None)]
    if what == "one":
        return [(r.choice(opt.split("|")), None)]
    if what == "clock":
        return [(f"{r.randint(6, 22):02d}:{r.choice(['00', '15', '30', '45', '05', '50'])}", None)]
    if what == "stamp":
        return [(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d}", None)]
    if what == "money":
        return [(f"{r.randint(9, 6400)}.{r.randint(0, 99):02d}", None)]
    if what == "expiry":
        return [(f"{r.randint(1, 12):02d}/{r.randint(27, 32)}", None)]
    raise KeyError(what)


_TOKEN = re.compile(r"\{[^{}]*\}|\{\{|\}\}")


def _braces(t: str) -> str:
    """Slots stay; a doubled brace outside a slot becomes {LB} or {RB} (scanned left to right, so "}}}" is a slot's end first)."""
    return _TOKEN.sub(lambda m: "{LB}" if m[0] == "{{" else "{RB}" if m[0] == "}}" else m[0], t)


# ---------------------------------------------------------------------------------------------------------------------
# English bodies, each asked for with two of the openers below
# ---------------------------------------------------------------------------------------------------------------------
OPENERS = [
    "", "Can you make sense of this for me?\n\n", "Reformat as a clean table please:\n", "what do i say back to this\n\n", "Proofread, keep all the details:\n\n",
    "Pull out every date and who it concerns.\n", "Make this sound less angry:\n\n", "I'm not a lawyer, what does this mean?\n\n", "Turn into YAML:\n",
    "Write a reply in the same register.\n---\n", "Anything here I should be worried about?\n\n", "tl;dr this\n", "Help me fill in the gaps:\n\n",
    "Translate to plain English, same facts:\n", "Checking before I hit send:\n\n", "Sort this out into steps:\n", "What's wrong with this?\n",
    "Summarise for the family group chat:\n\n", "Can you spot the mistake?\n\n", "Rewrite for a formal letter:\n",
]
BODIES: list[tuple[str, str]] = [
    # --- US social security numbers, many carriers
    ("en-us", "Habitat for Humanity homeowner application, page 3\nApplicant: {name}   SSN: {ssn}   DOB: {dob}\nCo-applicant: {name.2}   SSN: {ssn@co}   DOB: {dob.2}\nCurrent address: {addr}"),
    ("en-us", "my landlord texted asking for my social to 'run a background check' for the lease renewal. is that normal? it's {ssn} btw and I've lived at {addr} for 4 yrs"),
    ("en-us", "W-2 box a says {ssn:dash} but my actual SSN is {ssn:dash@real}. Employer is {org}. Who do I contact to get a W-2c, and what do I say? Name: {name}."),
    ("en-us", "Little league coach volunteer background check\nFull name: {upper}\nSSN: {ssn:bare}\nDate of birth: {dob}\nEmail: {mail}\nPhone: {phone}"),
    ("en-us", "Transcript of my voicemail to the county clerk: \"Hi, this is {name}, social {ssn:space}, calling about the property tax exemption for {addr}. Please call me at {phone}.\" Can you make it a written letter?"),
    ("en-us", "Funeral home paperwork for my dad, {name.2}: his SSN was {ssn}, born {dob.2}, died {date}. They also want my info as informant: {name}, {phone}. What else does the death certificate need?"),
    ("en-us", "psql> select applicant, ssn, submitted from loan_apps where id = {num:1000-99999};\n applicant | ssn | submitted\n {name} | {ssn:bare} | {date}\nwhy does the ssn column show without dashes?"),
    ("en-us", "The daycare enrollment packet asks for the child's SSN. My son {given.2} is {ssn}. Is it legally required? We're in {home}."),
    ("en-us", "I'm the executor for my aunt {name}. The bank asked for her SSN ({ssn}) and a death certificate. Her last address was {addr}. Draft a cover letter."),
    ("en-us", "EIN vs SSN question: on my Schedule C I put SSN {ssn} instead of my EIN. I'm {name}, sole prop, based in {home}. Do I need to amend?"),
    ("en-us", "fyi the temp agency emailed this back to me unencrypted:\n> Candidate: {name}\n> SSN: {ssn:dot}\n> Start: {date}\n> Rate: ${num:18-45}/hr\nshould I complain?"),
    ("en-us", "Caregiver timesheet for Medicaid waiver\nCaregiver: {name}  SSN {ssn}\nClient: {name.2}\nWeek of {date}\nTotal hours: {num:10-40}"),
    ("en-us", "{{\"applicant\": {{\"first\": \"{given}\", \"last\": \"{family}\", \"ssn\": \"{ssn}\", \"dob\": \"{dob}\"}}, \"income\": {num:30000-150000}}}\nthe API says 'ssn invalid format', what format does it want?"),
    ("en-us", "Can you help me write to the IRS? Someone filed a return using my SSN {ssn} before I did. My name is {name}, address {addr}. I already did form 14039 on {date}."),
    ("en-us", "OCR from my old Social Security card, some letters came out wrong:\nTHIS NUMBER HAS BEEN ESTABLISHED FOR\n{upper}\n{ssn}\nSIGNATURE\nwhat's the right way to get a replacement?"),
    ("en-us", "Car dealership finance form asks for: name {name}, SSN {ssn}, employer {org}, monthly income. I only want a quote. Should I give the SSN?"),
    ("en-us", "Bankruptcy attorney intake\nDebtor: {name}\nSSN (last 4 not enough, full please): {ssn}\nSpouse: {name.2}, SSN {ssn@sp}\nCounty: {home}\nPhone: {phone}"),
    ("en-us", "spreadsheet from our church food pantry volunteer sign-up, I think we shouldn't have this:\nName\tSSN\tPhone\n{name}\t{ssn}\t{phone}\n{name.2}\t{ssn@b}\t{phone.2}\nhow do we delete it properly?"),
    ("en-us", "Student loan servicer chat:\nAgent: Please verify your SSN.\nMe: {ssn}\nAgent: Thank you {given}, and your date of birth?\nMe: {dob}\nIs it normal they ask for both?"),
    ("en-us", "Writing a Python unit test for our HR import, but this fixture has a real employee in it. Can you swap in fake data?\nrow = ('{name}', '{ssn}', '{mail}', '{date}')"),
    ("en-us", "My elderly neighbor {name} gave a caller her Social Security number {ssn} because they said her benefits would stop. She lives at {addr}. What do we do first?"),
    ("en-us", "Medical billing dispute. Patient: {name}, DOB {dob}, SSN {ssn}, account #{num:100000-999999}. They billed for a visit on {date} that never happened. Write the letter."),
    ("en-us", "Apartment rental app autofill got it wrong: SSN field shows {ssn:space}, should be {ssn@ok}. Unit at {addr}. How do I fix it before submitting?"),
    ("en-us", "Tax prep checklist for {name} and {name.2} (married filing jointly)\n- SSNs: {ssn} / {ssn@two}\n- Dependents: {given.3}, SSN {ssn@three}\n- Bank for refund: routing {no:routing}"),
    ("en-us", "Subject: Re: I-9 documents\n\nHi {given}, your SSN card shows {ssn} but E-Verify returned a mismatch. Could you come by HR on {date}? — {name.2}, {org}"),
    ("en-us", "I'm a notary. The signer {name} wrote SSN {ssn} on the affidavit. Should I let that go in the public record? Notarization was on {date} in {home}."),
    ("en-us", "sms from my brother: 'hey can u fill out moms snap renewal, her ssn is {ssn} and dob {dob}'. Mom is {name}. What's the form called in our state?"),
    ("en-us", "Form SS-5 draft, please check the fields:\n1. Name: {name}\n2. SSN previously issued: {ssn}\n5. Date of birth: {dob}\n6. Place of birth: {city}\n16. Mailing address: {addr}"),
    # --- secrets in many carriers
    ("en", "GitHub secret scanning flagged this in our repo. Is it real?\n```\n# config/deploy.rb\nset :ssh_options, {{ password: '{pw}' }}\nDIGITALOCEAN_TOKEN = '{tok:digitalocean}'\n```"),
    ("en", "pgpass line I use: `db-01.internal:5432:ledger:app_rw:{pw:noise}`. Why does psql still prompt?"),
    ("en", "My .npmrc:\n//registry.npmjs.org/:_authToken={tok:npm}\nalways-auth=true\nnpm publish gives 404. Scoped package?"),
    ("en", "Airtable script stopped working after they deprecated API keys. I'm now using a personal access token {tok:airtable} but still get 401. Base owner is {mail}."),
    ("en", "Notion integration returns 'unauthorized':\nconst notion = new Client({{ auth: \"{tok:notion}\" }})\nI shared the page with the integration. What else?"),
    ("en", "Our WiFi config for the shop's tablets:\nnetwork={{\n  ssid=\"Till-Backoffice\"\n  psk={tok:wifi_psk}\n}}\nWill Android accept a hex psk?"),
    ("en", "Can you explain this Helm values file to a junior?\nsecrets:\n  stripeKey: {tok:stripe_live}\n  webhookSecret: {tok:stripe_hook}\n  postgresUrl: {conn:postgresql}"),
    ("en", "2FA backup — the app showed this seed when I set it up: {tok:totp}. I'm moving to a new phone. How do I re-add it to Aegis?"),
    ("en", "Figma plugin auth:\nheaders: {{ 'X-Figma-Token': '{tok:figma}' }}\nreturns 403 on /v1/files. The file is in our team space."),
    ("en", "# settings.py\nSECRET_KEY = '{tok:django}'\nDEBUG = True\nALLOWED_HOSTS = ['{ip:pub}']\nI know this is insecure, what should I change first before launch?"),
    ("en", "Mapbox token in our public JS bundle: {tok:mapbox}. It's a secret (sk.) token not a public one. How bad is this?"),
    ("en", "Postman collection export contains `\"key\": \"x-api-key\", \"value\": \"{tok:postman}\"`. I'm about to share it with a contractor. What should I strip?"),
    ("en", "age -d -i key.txt backup.tar.age fails, key.txt contains:\n# created: 2026\n# public key: age1{no:sha1}\n{tok:age}\nwrong format?"),
    ("en", "Cloudflare API token {tok:cloudflare} with Zone:DNS:Edit. certbot dns-cloudflare plugin says 'Invalid request headers'. ini file issue?"),
    ("en", "Fernet key from our Airflow config: {tok:fernet}. We rotated it and now connections fail to decrypt. How does key rotation work in Airflow?"),
    ("en", "doppler secrets download --no-file gives me:\nDATABASE_URL={conn:mysql}\nDOPPLER_TOKEN={tok:doppler}\nHow do I keep this out of shell history?"),
    ("en", "rails credentials:show output, I need to know which key is the master key\nsecret_key_base: {tok:rails}\naws:\n  access_key_id: {tok:aws_id}\n  secret_access_key: {tok:aws_secret}"),
    ("en", "Our rsync backup uses `rsync -a /srv {cred}@{ip:pub}::backups`. The password file is ignored, why?"),
    ("en", "Home Assistant secrets.yaml:\nwifi_password: \"{pw:words}\"\nmqtt_password: {pw}\nmqtt_host: {ip:priv}\nmy wife {given} wants the mqtt pw changed, where else is it referenced?"),
    ("en", "Someone in our Discord posted what looks like an OpenAI key: `{tok:openai}`. Is there a way to report it to OpenAI so it gets revoked?"),
    ("en", "Vault token expired mid-pipeline. Token was {tok:vault}. How do I use a renewable token with the Jenkins plugin instead?"),
    ("en", "My printer's web admin at http://{ip:priv} asks for the password; the sticker says {pw:pin}. It doesn't work. Reset options?"),
    ("en", "Anthropic SDK in a Lambda:\nclient = Anthropic(api_key=\"{tok:anthropic}\")\nTimeout after 3s. Is it the Lambda timeout or the API?"),
    ("en", "Mailgun sending fails with 401 for our newsletter. API key: {tok:mailgun}, domain mg.{one:wrenfield.edu|copperbeech.coop}. Sender is {work}."),
    ("en", "GitLab CI variable masked but still in logs:\n$ echo $DEPLOY_TOKEN\n{tok:gitlab}\nWhy wasn't it masked?"),
    ("en", "ssh -i ~/.ssh/id_ed25519 root@{ip:pub}\nLoad key: invalid format. File contents:\n{pem}"),
    ("en", "Twilio credentials in our appointment reminder cron:\nTWILIO_API_KEY={tok:twilio}\nTWILIO_API_SECRET={tok:aws_secret}\nReminders to {phone} aren't going out since {date}."),
    ("en", "The HF token in our Space settings is {tok:hf}. Builds fail pulling a gated model. Do I need a write token?"),
    ("en", "Telegram bot for our running club posts nothing:\nBOT_TOKEN={tok:telegram}\nCHAT_ID=-100{num:1000000000-9999999999}\nThe admin is {name}."),
    ("en", "Azure blob connection string is in appsettings.json in our repo:\n\"Storage\": \"DefaultEndpointsProtocol=https;AccountName=clinicdocs;AccountKey={tok:azure_key};EndpointSuffix=core.windows.net\"\nwhat's the safe way?"),
    ("en", "Bearer token from the patient portal's network tab: {token_of}\nWhy does it contain my email? I'm {name}."),
    ("en", "mongo connection in our Node app: `mongoose.connect('{conn:mongodb+srv}')` times out from {ip:pub} only. Atlas IP allow list issue?"),
    ("en", "The old WordPress wp-config.php I inherited:\ndefine('DB_PASSWORD', '{pw}');\ndefine('AUTH_KEY', '{tok:rails}');\nSite owner: {name} <{mail}>. Which of these must be rotated?"),
    # --- IBAN, many carriers
    ("en-x", "Deposit return for our flat share: please send my half to {iban}, account name {name}. Moved out on {date}. Landlord is {name.2}."),
    ("en-x", "SEPA XML snippet our payroll tool exported, is the structure right?\n<CdtTrfTxInf><Cdtr><Nm>{latin}</Nm></Cdtr><CdtrAcct><Id><IBAN>{iban:DE}</IBAN></Id></CdtrAcct><Amt>{money}</Amt></CdtTrfTxInf>"),
    ("en-x", "Our choir pays the accompanist monthly. New bank details from her email: {iban}. Previous was {iban@old}. She's {name}. Should I phone to verify before changing?"),
    ("en-x", "Invoice from a freelance translator:\nBill to: {org}\nFrom: {name}, {addr}\nIBAN: {iban:NL}\nBIC: RABONL2U\nTotal: €{money}\nWhy would the bank reject it?"),
    ("en-x", "I'm selling my bike on a marketplace; the buyer wants to pay into {iban}. That's my IBAN, name {name}. Is it risky to share it?"),
    ("en-x", "bank_changes.csv\nemployee,old_iban,new_iban,effective\n{name},{iban:FR@o},{iban:FR@n},{date}\nhow do I flag suspicious changes automatically?"),
    ("en-x", "Subject: Change of bank details\nDear {name.2}, please update my account for the rent. New IBAN {iban:IE}. Thanks, {name}\nIs this email likely a scam? I'm the landlord."),
    ("en-x", "Kindergarten lunch fee standing order: payee {org}, from IBAN {iban}, on the {num:1-28}th monthly. My husband {name.2} set it up. How do I cancel it online?"),
    ("en-x", "Dutch tax refund will go to {iban:NL}. I'm {name}, I live in {home}. When do they usually pay?"),
    ("en-x", "The Spanish notary needs the IBAN for the deposit: {iban:ES}. Buyer: {name}, NIE holder. Signing on {date} in {city}."),
    ("en-x", "Polish ZUS payment keeps bouncing, IBAN {iban:PL}, payer {name}. What's the right transfer title format?"),
    ("en-x", "My Revolut shows IBAN {iban:LT} while my payslip says {iban:GB@pay}. Employer {org} asks which to use. I'm {name}."),
    ("en-x", "Swiss landlord sent: 'please transfer the deposit to {iban:CH}, name {name}, reference flat {num:1-30}'. Is a CH IBAN QR bill different?"),
    ("en-x", "Honeymoon fund text for the wedding website: 'If you'd like to give a gift, our joint account is {iban}, {given} & {given.2}.' Make it sound warmer."),
    ("en-x", "Mortgage broker wants: full name {name}, date of birth {dob}, IBAN {iban}, employer {org}. All by WhatsApp to {phone.2}. Reasonable?"),
    # --- IP addresses, many carriers
    ("en", "Our small office firewall log:\nDENY TCP {ip:pub}:{num:1024-65000} -> {ip:priv@lan}:3389\nDENY TCP {ip:pub@b}:{num:1024-65000} -> {ip:priv@lan}:3389\nSomeone is hammering RDP on {given}'s desktop. What now?"),
    ("en", "The camera app says last login from {ip:six} in {city}. I'm in {home} and my IP is {ip:pub}. Hacked?"),
    ("en", "Wireguard on my parents' router:\n[Interface]\nAddress = {ip:priv}/24\nPrivateKey = {tok:fernet}\n[Peer]\nEndpoint = {ip:pub}:51820\nHandshake never completes."),
    ("en", "My ISP gave me a static IP {ip:pub} and a /56 IPv6 {ip:six}/56. How do I set up a subnet per VLAN?"),
    ("en", "Game server ban appeal. They banned {ip:pub} saying I used a VPN, but that's my home connection in {home}. Account {mail}. Write the appeal."),
    ("en", "dmesg on my NAS:\n[UFW BLOCK] IN=eth0 SRC={ip:pub} DST={ip:priv} PROTO=TCP DPT=22\nit's every few seconds. Is fail2ban enough?"),
    ("en", "Our Zoom webinar got Zoom-bombed; the report shows the attendee IPs {ip:pub} and {ip:pub@two}. Host was {name}. Can we report these IPs anywhere?"),
    ("en", "Kid's school laptop is pinging {ip:pub} constantly, our LAN is 192.168.1.0/24 and the laptop is {ip:priv}. Spyware or MDM?"),
    ("en", "Plex remote access: public IP {ip:pub}, server {ip:priv}:32400, mapped manually. Still 'not available outside your network'."),
    ("en", "Email headers from a phishing mail my mum got:\nReceived: from mail.unknown ([{ip:pub}])\nX-Originating-IP: [{ip:pub@o}]\nTo: {mail}\nWhere is it actually from?"),
    ("en", "An ex keeps logging into my Netflix. Devices page shows {ip:pub} in {city} on {date}. How do I kick them out for good?"),
    ("en", "DNS A record for my personal site points to {ip:pub}, AAAA to {ip:six}. Certbot fails on the IPv6 challenge. Firewall?"),
    ("en", "IP camera config backup:\n[network]\nip={ip:priv}\ngateway={ip:priv@gw}\nremote_viewer={ip:pub}\nuser=admin\npass={pw:pin}\nwhat does remote_viewer do?"),
    ("en", "SIEM alert for {name}'s account: impossible travel, logins from {ip:pub} and {ip:six} 14 minutes apart. Write the triage note."),
    ("en", "home lab inventory\n| device | ip | notes |\n| proxmox | {ip:priv} | {given}'s |\n| pihole | {ip:priv@b} | dns |\n| vps | {ip:pub} | rented |\nsuggest a better naming scheme"),
    # --- cards
    ("en", "Our PTA bake sale card reader printed a receipt with the full number {card}. The buyer was {name}. How do we shred/report this?"),
    ("en", "Amex fraud team text: 'Did you attempt {money} at {city} on {date} with card {card:amex}? Reply YES or NO.' I didn't. Is the text itself real?"),
    ("en", "Airbnb host asked me to pay outside the platform with card {card} and send a photo of the back. I'm {name}. Red flag?"),
    ("en", "Wrote this for our church treasurer, is it clear?\n'The ministry card ({card:visa}) was used by {name} on {date} for {money} at the hardware store; receipts attached.'"),
    ("en", "My RuPay card {card:rupay} got blocked after three wrong PINs at an ATM in {city}. Bank helpline {phone}. How long is the block?"),
    ("en", "Chargeback evidence for our shop: customer {name}, email {mail}, card {card}, order placed from IP {ip:pub}, shipped to {addr}. Draft the response."),
    ("en", "Old mail-order form I found in dad's papers: 'Card No. {card:diners} Exp {expiry} Signature {upper}'. Safe to throw out or shred?"),
    ("en", "Gym membership cancellation, they keep charging {card:mc}. Member {name}, since {date}. Write a firm letter."),
    ("en", "Hotel folio shows card {card} and guest {name}, stay {date} to {date@out}. They charged a minibar I never used."),
    ("en", "I typed my card number into a chatbot by mistake: {card}. Is the chat log stored? What should I do now?"),
    ("en", "Elo card {card:elo} declined abroad in {city}. My Brazilian bank is {org}. Travel notice needed?"),
    ("en", "UnionPay card {card:unionpay} works at ATMs but not online. Cardholder {name}. Why?"),
    # --- national ids outside the US
    ("en-x", "Housing association asked for my National Insurance number by email: {id}. I'm {name}, tenancy at {addr}. Should I send it?"),
    ("en-x", "Jury summons reply form\nName: {name}\nID number: {id}\nDate of birth: {dob}\nReason for deferral: caring for my father from {date}"),
    ("en-x", "Can you check the formatting of this ID on my visa application? {id} — it's my national number, name {latin}, born {dob}."),
    ("en-x", "My Aadhaar / SIN / TFN (whatever applies) is {id}. The recruiter at {org} wants it before the interview. Normal?"),
    ("en-x", "Sports club medical form\nAthlete: {name}\nIdentity no.: {id}\nDOB: {dob}\nEmergency contact: {name.2}, {phone.2}\nGP practice: {org}"),
    ("en-x", "Pharmacy delivery note left at the door: 'For {name}, ID {id}, prescription ready, call {phone}'. Anyone could read that, right?"),
    ("en-x", "Driving school registration, please translate into plain English:\n{upper}\nID: {id}\nBorn: {dob}\nAddress: {addr}"),
    ("en-x", "the benefits office letter has my number {id} and my kid {given.2}'s number {id.2} on the envelope window. complain to whom?"),
    ("en-x", "Renting a car abroad, they photocopied my ID card: name {name}, number {id}, expiry {date}. Can I ask them to delete it?"),
    # --- mail, phone, people, towns, orgs, dates
    ("en", "Kids' football carpool rota (copy into a nice table):\nMon — {name}, {phone}\nWed — {name.2}, {phone.2}\nFri — {name.3}, {phone.3}\nPickup is outside {org}."),
    ("en", "Reference letter request: {name} worked for me at {org} from {date} until {date@end}. Her new employer will call {phone}. Draft a warm reference."),
    ("en", "From: {name} <{work}>\nSent: {date}\nTo: {mail.2}\nSubject: sick note\n\nHi {given.2}, I'm off until Monday, doctor's note attached. {given}"),
    ("en", "Transcribed from a screenshot of our WhatsApp group 'Flat 4B':\n{given}: rent due {date}\n{given.2}: I'll transfer tonight\n{given}: and the plumber is {name.3}, {phone.3}"),
    ("en", "Lost & found post draft: found a wallet on the train to {city}. ID inside says {name}. Contact me on {phone.2} and describe it. Make it shorter."),
    ("en", "My daughter {given} starts at {org} on {date}. The teacher is Mrs {family.2}. Help me write a note about her nut allergy."),
    ("en", "Wedding seating: {name} and {name.2} can't sit together (divorced). {name.3} is flying in from {city}. Suggest a table plan."),
    ("en", "vCard from my old phone, convert to CSV:\nBEGIN:VCARD\nFN:{name}\nTEL;TYPE=cell:{phone}\nEMAIL:{mail}\nADR:;;{addr}\nBDAY:{dob}\nEND:VCARD"),
    ("en", "Moving checklist: new address {addr}, moving date {date}, utilities to call, mail redirect for {name} and {name.2}. Make it a to-do list."),
    ("en", "I'm {name}, physiotherapist at {org} in {home}. Write a short bio for the clinic website; mention I trained in {city}."),
    ("en", "Please summarise this hospice visit note: 'Visited {name} (DOB {dob}) at home, {addr}. Daughter {given.2} present, contact {phone.2}. Next visit {date}.'"),
    ("en", "Bail bond receipt: defendant {name}, court date {date}, cosigner {name.2}, {addr.2}, phone {phone.2}. What does the cosigner actually owe?"),
    ("en", "the adoption home study asks for references. Ref 1: {name}, {mail}, {phone}. Ref 2: {name.2}, {mail.2}. Write the request email."),
    ("en", "Rideshare dispute: driver {given} dropped me at the wrong place on {date} in {city}, charged {money}. My account email {mail}. Draft the complaint."),
    ("en", "Pet adoption contract from the shelter, what am I agreeing to?\nAdopter: {name}\nAddress: {addr}\nPhone: {phone}\nAnimal: 'Biscuit', adopted {date}"),
    ("en", "Timeshare exit letter: owner {name}, contract signed {date} in {city}, member number {num:100000-999999}, email {mail}. Make it firm but polite."),
    ("en", "Here's my short bio for the conference: '{name} leads data at {org}. Find her at {link:linkedin} and {link:github}.' Too formal?"),
    ("en", "Someone set up a fake Venmo {link:venmo} using my photos. My real email is {mail}. How do I report it?"),
    ("en", "our photography club page, can you write intros? {name}: {link:insta}, {name.2}: {link:fedi}. Both live in {home}."),
    ("en", "My CV is at {link:gdrive}, and my portfolio at {link:blog}. Write a cover letter for a junior designer role. I'm {name}."),
    ("en", "A client sent this booking link: {link:booking}. It's for {name}'s tax consultation. Will they see my calendar?"),
    ("en", "got an invite I never asked for: {link}\nis it phishing?"),
    ("en", "My tutor's profile {link:xing} says she lives in {home}. Write a message asking about weekend lessons. Her name is {name}."),
    ("en", "Share settings question: {link:onedrive} holds my kids' passport scans. Anyone with the link can view. How do I lock it to {mail.2} only?"),
    ("en", "Influencer collab brief: {name} ({link:tiktok}) will post on {date}. Her manager is {name.2}, {work.2}. Turn into an email."),
    ("en", "Scholarship reference: {name} (born {dob}) has studied at {org} since {date}. Write two paragraphs on her diligence."),
    ("en", "Military records request for my grandfather {name.2}, born {dob.2} in {city}, served until {date}. Next of kin: {name}, {addr}."),
    ("en", "Jury duty excuse letter: I'm {name}, summoned for {date}, but I'm the only carer for my mother at {addr}."),
    ("en", "Utility shut-off appeal: account holder {name}, {addr}, notice dated {date}. Medical equipment in the house. Phone {phone}."),
    ("en", "Crowdfunding payout stuck. Campaign for {name}'s surgery, organiser {name.2} ({mail.2}), bank {iban:GB}. Platform says 'verification required'."),
    ("en", "Foster care placement note: child {given.2}, DOB {dob.2}, placed with {name} at {addr} on {date}. Caseworker {name.3}, {work.3}."),
    ("en", "Equipment rental contract: renter {name}, driver's licence state {one:OR|NM|WI}, card {card}, return by {date}. Damage waiver declined."),
    ("en", "Shipping claim for a broken mirror sent to {name} at {addr} on {date}; tracking {no:track}. Carrier wants the receiver's phone: {phone}."),
    ("en", "Visa sponsorship letter draft: {org} sponsors {name}, born {dob}, passport holder, start date {date}, salary £{num:30000-80000}."),
    ("en", "Crypto tax export row: '{date},BUY,0.05 BTC,{money},wallet owner {name},{mail}'. How do I compute the cost basis?"),
]


def _english() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for i, (lang, body) in enumerate(BODIES):
        for j in (1, 2):
            out.append((lang, OPENERS[(i * 7 + j * 4) % len(OPENERS)] + body))
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------------------------------------
# Other languages: a request line, field labels (name|mail|phone|address|born|id|iban|card|town|employer|date|profile|
# password|ip) and a few of each language's own prompts
# ---------------------------------------------------------------------------------------------------------------------
TONGUES: dict[str, tuple[str, str, list[str]]] = {
    "de": ("Kannst du das bitte ordentlich formatieren?", "Name|E-Mail|Telefon|Anschrift|Geburtsdatum|Steuer-ID|IBAN|Karte|Wohnort|Arbeitgeber|Datum|Profil|Passwort|IP",
           ["Hallo, ich bin {name} und ziehe am {date} von {city} nach {home}. Meine neue Anschrift: {addr}. Bitte schreib mir eine Ummeldung an die Hausverwaltung, Rückfragen an {phone}.",
            "Mein Vermieter {name.2} will die Kaution auf {iban} überweisen, meine Steuer-ID {id} braucht er aber nicht, oder? Geboren bin ich am {dob}.",
            "Warum klappt der Login nicht? Im Log steht: user={mail} from {ip:pub}, token {tok:gh_classic} abgelehnt."]),
    "fr": ("Peux-tu remettre ça au propre ?", "Nom|Courriel|Téléphone|Adresse|Date de naissance|N° de sécu|IBAN|Carte|Ville|Employeur|Date|Profil|Mot de passe|IP",
           ["Bonjour, je suis {name}, infirmière au {org}. Mon numéro de sécurité sociale est {id}, née le {dob}. La mutuelle me demande un RIB : {iban}. C'est normal ?",
            "Mon fils {given.2} a perdu sa carte {card} à {city} le {date}. Aide-moi à écrire à la banque, on habite {addr}.",
            "Le routeur de la box affiche une connexion inconnue depuis {ip:pub} vers {ip:priv}. Le mot de passe wifi était {pw}. Je fais quoi ?"]),
    "es": ("¿Me ordenas esto, por favor?", "Nombre|Correo|Teléfono|Dirección|Fecha de nacimiento|DNI|IBAN|Tarjeta|Ciudad|Empresa|Fecha|Perfil|Contraseña|IP",
           ["Hola, soy {name}. El colegio {org} me pide el DNI {id} y la fecha de nacimiento de mi hija ({dob.2}) por WhatsApp al {phone.2}. ¿Es seguro?",
            "Necesito reclamar un cargo en mi tarjeta {card} del {date} en {city}. Vivo en {addr} y mi correo es {mail}.",
            "El casero {name.2} quiere que le haga la transferencia a {iban:ES}, pero el contrato dice otra cuenta. ¿Cómo lo compruebo?"]),
    "it": ("Puoi sistemare questo testo?", "Nome|Email|Telefono|Indirizzo|Data di nascita|Codice fiscale|IBAN|Carta|Città|Datore di lavoro|Data|Profilo|Password|IP",
           ["Buongiorno, sono {name}, codice fiscale {id}. Il condominio di {addr} mi chiede l'IBAN {iban} per il rimborso. Va bene darlo per email a {mail.2}?",
            "Mia nonna {name.2}, nata il {dob.2}, ha ricevuto una chiamata da {phone} che chiedeva i dati della carta. Cosa facciamo?",
            "Il server di {org} rifiuta la connessione da {ip:pub}: nel file .env c'è DB_PASS={pw}. Dove sbaglio?"]),
    "nl": ("Kun je dit netjes maken?", "Naam|E-mail|Telefoon|Adres|Geboortedatum|BSN|IBAN|Pas|Woonplaats|Werkgever|Datum|Profiel|Wachtwoord|IP",
           ["Hoi, ik ben {name} en verhuis op {date} naar {addr}. Mijn BSN is {id}, de gemeente {home} vraagt dat via de mail. Klopt dat?",
            "De huisarts {org} heeft de afspraak van {given.2} verzet naar {date@b}. Bel {phone} terug, zegt het briefje.",
            "Onze thuis-NAS op {ip:priv} is vanaf {ip:pub} ingelogd met admin / {pw}. Hoe zet ik dat dicht?"]),
    "pt": ("Podes organizar isto?", "Nome|E-mail|Telefone|Morada|Data de nascimento|NIF/CPF|IBAN|Cartão|Cidade|Empregador|Data|Perfil|Senha|IP",
           ["Olá, sou {name}. A escola {org} pediu o meu número {id} e a data de nascimento {dob} por e-mail. Posso mandar para {mail.2}?",
            "Preciso contestar uma compra no cartão {card} feita em {city} no dia {date}. Moro em {addr}, telefone {phone}.",
            "A minha senhoria {name.2} pediu a renda para o IBAN {iban:PT}. É seguro?"]),
    "pl": ("Uporządkuj to, proszę:", "Imię i nazwisko|E-mail|Telefon|Adres|Data urodzenia|PESEL|IBAN|Karta|Miasto|Pracodawca|Data|Profil|Hasło|IP",
           ["Dzień dobry, nazywam się {name}, PESEL {id}. Spółdzielnia prosi o numer konta {iban} do zwrotu nadpłaty. Mieszkam przy {addr}.",
            "Mój syn {given.2} ma wizytę w {org} {date}. Proszę napisać SMS-a na {phone}, że się spóźnimy.",
            "Ktoś zalogował się na moje konto {mail} z adresu {ip:pub}. Stare hasło to {pw}. Co robić?"]),
    "sv": ("Kan du snygga till det här?", "Namn|E-post|Telefon|Adress|Födelsedatum|Personnummer|IBAN|Kort|Ort|Arbetsgivare|Datum|Profil|Lösenord|IP",
           ["Hej, jag heter {name}, personnummer {id}. Hyresvärden vill ha mitt IBAN {iban} för återbetalning. Jag bor på {addr}.",
            "Min dotter {given.2} börjar på {org} den {date}. Kan du skriva ett mejl till {mail.2} om hennes allergi?"]),
    "no": ("Kan du rydde opp i dette?", "Navn|E-post|Telefon|Adresse|Fødselsdato|Fødselsnummer|IBAN|Kort|Sted|Arbeidsgiver|Dato|Profil|Passord|IP",
           ["Hei, jeg er {name}, fødselsnummer {id}. Borettslaget ber om kontonummer {iban} for refusjon. Adressen min er {addr}.",
            "Ruteren hjemme viser innlogging fra {ip:pub}. Passordet var {pw}. Hva gjør jeg nå? Ring meg på {phone}."]),
    "da": ("Kan du sætte det her pænt op?", "Navn|E-mail|Telefon|Adresse|Fødselsdato|CPR-nr.|IBAN|Kort|By|Arbejdsgiver|Dato|Profil|Adgangskode|IP",
           ["Hej, jeg hedder {name}, CPR {id}. Udlejeren vil have mit IBAN {iban}. Jeg flytter fra {addr} den {date}.",
            "Min mor {name.2} fik et opkald fra {phone.2}, der bad om hendes kortnummer. Hvad skal vi gøre?"]),
    "fi": ("Voisitko siistiä tämän?", "Nimi|Sähköposti|Puhelin|Osoite|Syntymäaika|Henkilötunnus|IBAN|Kortti|Kaupunki|Työnantaja|Päivämäärä|Profiili|Salasana|IP",
           ["Hei, olen {name}, henkilötunnus {id}. Taloyhtiö pyytää tilinumeroa {iban} palautusta varten. Asun osoitteessa {addr}.",
            "Tyttäreni {given.2} aloittaa koulun {org} {date}. Kirjoita opettajalle viesti osoitteeseen {mail.2}."]),
    "cs": ("Můžeš to prosím upravit?", "Jméno|E-mail|Telefon|Adresa|Datum narození|Rodné číslo|IBAN|Karta|Město|Zaměstnavatel|Datum|Profil|Heslo|IP",
           ["Dobrý den, jsem {name}, rodné číslo {id}. Pronajímatel chce kauci vrátit na {iban}. Bydlím na adrese {addr}.",
            "Někdo se přihlásil k mému účtu {mail} z IP {ip:pub}. Heslo bylo {pw}. Co dělat?"]),
    "sk": ("Môžeš to upraviť?", "Meno|E-mail|Telefón|Adresa|Dátum narodenia|Rodné číslo|IBAN|Karta|Mesto|Zamestnávateľ|Dátum|Profil|Heslo|IP",
           ["Dobrý deň, som {name}, rodné číslo {id}. Správca bytu chce IBAN {iban} na preplatok. Bývam na {addr}.",
            "Moja mama {name.2} dostala SMS z čísla {phone.2}, že jej karta {card} je zablokovaná. Je to podvod?"]),
    "hu": ("Rendezd ezt át, kérlek:", "Név|E-mail|Telefon|Cím|Születési dátum|TAJ-szám|IBAN|Kártya|Város|Munkáltató|Dátum|Profil|Jelszó|IP",
           ["Jó napot, {name} vagyok, TAJ-számom {id}. A háziorvos ({org}) {date} időpontot adott. Lakcímem: {addr}.",
            "A lányom, {given.2} bankszámlája {iban:HU}. A lakásszövetkezet ide utalja a visszatérítést?"]),
    "ro": ("Poți aranja textul acesta?", "Nume|E-mail|Telefon|Adresă|Data nașterii|CNP|IBAN|Card|Oraș|Angajator|Data|Profil|Parolă|IP",
           ["Bună ziua, sunt {name}, CNP {id}. Asociația de proprietari cere IBAN-ul {iban} pentru restituire. Locuiesc la {addr}.",
            "Fiul meu {given.2} are programare la {org} pe {date}. Scrie un SMS la {phone} că întârziem."]),
    "tr": ("Bunu düzenler misin?", "Ad Soyad|E-posta|Telefon|Adres|Doğum tarihi|TC Kimlik No|IBAN|Kart|Şehir|İşveren|Tarih|Profil|Şifre|IP",
           ["Merhaba, ben {name}, TC kimlik numaram {id}. Site yönetimi iade için IBAN {iban} istiyor. Adresim: {addr}.",
            "Annem {name.2} ({dob.2} doğumlu) {phone.2} numarasından arandı, kart bilgisi istediler. Ne yapmalıyız?"]),
    "el": ("Μπορείς να το τακτοποιήσεις;", "Ονοματεπώνυμο|Email|Τηλέφωνο|Διεύθυνση|Ημερομηνία γέννησης|ΑΜΚΑ|IBAN|Κάρτα|Πόλη|Εργοδότης|Ημερομηνία|Προφίλ|Κωδικός|IP",
           ["Γεια σας, είμαι {name}, ΑΜΚΑ {id}. Ο ιδιοκτήτης θέλει το IBAN {iban} για την εγγύηση. Μένω στη διεύθυνση {addr}.",
            "Η κόρη μου {given.2} ξεκινά στο {org} στις {date}. Γράψε ένα email στο {mail.2}."]),
    "ru": ("Приведи это в порядок, пожалуйста:", "ФИО|Почта|Телефон|Адрес|Дата рождения|ИНН|IBAN|Карта|Город|Работодатель|Дата|Профиль|Пароль|IP",
           ["Здравствуйте, я {name}, ИНН {id}. Управляющая компания просит номер карты {card} для возврата. Живу по адресу {addr}.",
            "Кто-то вошёл в мой аккаунт {mail} с IP {ip:pub}. Старый пароль был {pw}. Что делать?",
            "Моя дочь {given.2} родилась {dob.2}, в садик {org} нужна справка к {date}."]),
    "uk": ("Впорядкуй це, будь ласка:", "ПІБ|Пошта|Телефон|Адреса|Дата народження|РНОКПП|IBAN|Картка|Місто|Роботодавець|Дата|Профіль|Пароль|IP",
           ["Добрий день, я {name}, РНОКПП {id}. ОСББ просить IBAN {iban} для повернення. Живу за адресою {addr}.",
            "Моя мама {name.2} отримала дзвінок з {phone.2}, просили дані картки {card}. Що робити?"]),
    "hr": ("Možeš li ovo srediti?", "Ime i prezime|E-pošta|Telefon|Adresa|Datum rođenja|OIB|IBAN|Kartica|Grad|Poslodavac|Datum|Profil|Lozinka|IP",
           ["Pozdrav, ja sam {name}, OIB {id}. Stanodavac traži IBAN {iban} za povrat pologa. Živim na adresi {addr}.",
            "Sin {given.2} ima pregled u {org} {date}. Napiši SMS na {phone} da kasnimo."]),
    "sl": ("Lahko to urediš?", "Ime in priimek|E-pošta|Telefon|Naslov|Datum rojstva|EMŠO|IBAN|Kartica|Kraj|Delodajalec|Datum|Profil|Geslo|IP",
           ["Pozdravljeni, sem {name}, EMŠO {id}. Upravnik prosi za IBAN {iban}. Stanujem na naslovu {addr}.",
            "Hčerka {given.2} začne v {org} {date}. Napiši sporočilo na {mail.2}."]),
    "lv": ("Vai vari šo sakārtot?", "Vārds, uzvārds|E-pasts|Tālrunis|Adrese|Dzimšanas datums|Personas kods|IBAN|Karte|Pilsēta|Darba devējs|Datums|Profils|Parole|IP",
           ["Labdien, esmu {name}, personas kods {id}. Apsaimniekotājs lūdz IBAN {iban}. Dzīvoju {addr}.",
            "Kāds pieslēdzās manam kontam {mail} no {ip:pub}. Parole bija {pw}."]),
    "lt": ("Ar gali tai sutvarkyti?", "Vardas, pavardė|El. paštas|Telefonas|Adresas|Gimimo data|Asmens kodas|IBAN|Kortelė|Miestas|Darbdavys|Data|Profilis|Slaptažodis|IP",
           ["Laba diena, aš {name}, asmens kodas {id}. Bendrija prašo IBAN {iban}. Gyvenu {addr}.",
            "Sūnus {given.2} pradeda lankyti {org} {date}. Parašyk laišką {mail.2}."]),
    "he": ("אפשר לסדר את זה?", "שם מלא|דוא\"ל|טלפון|כתובת|תאריך לידה|מספר זהות|IBAN|כרטיס|עיר|מעסיק|תאריך|פרופיל|סיסמה|IP",
           ["שלום, אני {name}, תעודת זהות {id}. בעל הדירה מבקש IBAN {iban} להחזר הפיקדון. אני גר ב{addr}.",
            "הבת שלי {given.2} מתחילה ב{org} ב-{date}. תכתוב מייל ל-{mail.2} על האלרגיה שלה.",
            "מישהו התחבר לחשבון {mail} מ-{ip:pub}. הסיסמה הישנה הייתה {pw}."]),
    "ar": ("هل يمكنك ترتيب هذا النص؟", "الاسم|البريد الإلكتروني|الهاتف|العنوان|تاريخ الميلاد|رقم الهوية|IBAN|البطاقة|المدينة|جهة العمل|التاريخ|الملف الشخصي|كلمة المرور|IP",
           ["مرحباً، أنا {name}، رقم الهوية {id}. المالك يطلب رقم الآيبان {iban} لإعادة التأمين. أسكن في {addr}.",
            "ابني {given.2} لديه موعد في {org} يوم {date}. اكتب رسالة إلى {phone} أننا سنتأخر.",
            "شخص ما دخل إلى حسابي {mail} من {ip:pub}. كلمة المرور القديمة {pw}."]),
    "hi": ("कृपया इसे ठीक से लिख दो:", "नाम|ईमेल|फ़ोन|पता|जन्म तिथि|आधार|IBAN|कार्ड|शहर|नियोक्ता|तारीख|प्रोफ़ाइल|पासवर्ड|IP",
           ["नमस्ते, मैं {name} हूँ, आधार {id}। मकान मालिक किराया वापसी के लिए कार्ड {card} माँग रहे हैं। मेरा पता {addr} है।",
            "मेरी बेटी {given.2} का दाखिला {org} में {date} को है। {mail.2} पर एक ईमेल लिख दो।",
            "किसी ने मेरे अकाउंट {mail} में {ip:pub} से लॉगिन किया। पुराना पासवर्ड {pw} था।"]),
    "zh": ("帮我整理一下：", "姓名|邮箱|电话|地址|出生日期|身份证号|IBAN|银行卡|城市|单位|日期|主页|密码|IP",
           ["你好，我是{name}，身份证号{id}。房东让我把押金退款的卡号{card}发到微信，安全吗？我住在{addr}。",
            "我女儿{given.2}在{org}上学，{date}要开家长会，帮我给老师发个邮件到{mail.2}。",
            "服务器{ip:pub}上的配置文件里有 API_KEY={tok}，被同事提交到了公开仓库，怎么办？"]),
    "zh-tw": ("幫我整理一下：", "姓名|電子郵件|電話|地址|出生日期|身分證字號|IBAN|信用卡|城市|公司|日期|個人頁面|密碼|IP",
              ["你好，我是{name}，身分證字號{id}。房東要我把押金退款帳號寄到{mail.2}，安全嗎？我住在{addr}。",
               "我兒子{given.2}在{date}要去{org}看診，幫我傳簡訊到{phone}說會晚到。"]),
    "ja": ("これを整理してください。", "氏名|メール|電話|住所|生年月日|マイナンバー|IBAN|カード|市区町村|勤務先|日付|プロフィール|パスワード|IP",
           ["こんにちは、{name}です。マイナンバーは{id}です。大家さんから敷金返還のためにカード番号{card}を聞かれました。住所は{addr}です。",
            "娘の{given.2}が{date}から{org}に通います。先生宛てのメール（{mail.2}）を書いてください。",
            "自宅サーバー{ip:pub}のログに不審なログインがあります。パスワードは{pw}でした。"]),
    "ko": ("이것 좀 정리해 주세요.", "이름|이메일|전화|주소|생년월일|주민등록번호|IBAN|카드|도시|직장|날짜|프로필|비밀번호|IP",
           ["안녕하세요, {name}입니다. 주민등록번호 {id}. 집주인이 보증금 반환용 카드번호 {card}를 문자로 달라고 해요. 주소는 {addr}입니다.",
            "딸 {given.2}가 {date}부터 {org}에 다녀요. 선생님께 보낼 이메일({mail.2})을 써 주세요.",
            "누군가 {ip:pub}에서 제 계정 {mail}에 로그인했어요. 이전 비밀번호는 {pw}였어요."]),
    "th": ("ช่วยจัดข้อความนี้ให้หน่อย", "ชื่อ|อีเมล|โทรศัพท์|ที่อยู่|วันเกิด|เลขบัตรประชาชน|IBAN|บัตร|เมือง|ที่ทำงาน|วันที่|โปรไฟล์|รหัสผ่าน|IP",
           ["สวัสดีค่ะ ฉันชื่อ{name} เลขบัตรประชาชน {id} เจ้าของห้องขอเลขบัตร {card} เพื่อคืนเงินประกัน ที่อยู่ {addr}",
            "ลูกสาว {given.2} เริ่มเรียนที่{org} วันที่ {date} ช่วยเขียนอีเมลถึง {mail.2}"]),
    "vi": ("Bạn sắp xếp lại giúp mình:", "Họ tên|Email|Điện thoại|Địa chỉ|Ngày sinh|Số CCCD|IBAN|Thẻ|Thành phố|Nơi làm việc|Ngày|Trang cá nhân|Mật khẩu|IP",
           ["Chào bạn, mình là {name}, CCCD {id}. Chủ nhà xin số thẻ {card} để hoàn cọc. Địa chỉ mình là {addr}.",
            "Con gái mình {given.2} nhập học ở {org} ngày {date}. Viết email cho cô giáo {mail.2} giúp mình."]),
    "id": ("Tolong rapikan teks ini:", "Nama|Email|Telepon|Alamat|Tanggal lahir|NIK|IBAN|Kartu|Kota|Tempat kerja|Tanggal|Profil|Kata sandi|IP",
           ["Halo, saya {name}, NIK {id}. Pemilik kos minta nomor kartu {card} untuk pengembalian deposit. Alamat saya {addr}.",
            "Anak saya {given.2} mulai sekolah di {org} tanggal {date}. Tolong tulis email ke {mail.2}."]),
    "ms": ("Tolong kemaskan teks ini:", "Nama|E-mel|Telefon|Alamat|Tarikh lahir|No. MyKad|IBAN|Kad|Bandar|Majikan|Tarikh|Profil|Kata laluan|IP",
           ["Salam, saya {name}, MyKad {id}. Tuan rumah minta nombor kad {card} untuk pulangan deposit. Alamat saya {addr}.",
            "Anak saya {given.2} mula di {org} pada {date}. Tolong tulis e-mel kepada {mail.2}."]),
    "tl": ("Pakiayos nga ito:", "Pangalan|Email|Telepono|Tirahan|Petsa ng kapanganakan|PhilSys No.|IBAN|Card|Lungsod|Employer|Petsa|Profile|Password|IP",
           ["Hi, ako si {name}, PhilSys {id}. Hinihingi ng landlord ang card number ko {card} para sa refund ng deposit. Nakatira ako sa {addr}.",
            "Ang anak kong si {given.2} ay magsisimula sa {org} sa {date}. Pakisulat ng email kay teacher sa {mail.2}."]),
}
# People from elsewhere living in the US write about their Social Security numbers in their own language.
EXPAT_SSN: list[tuple[str, str]] = [
    ("es-us", "Hola, me llamo {name}. El patrón me pide mi número de Seguro Social {ssn} por mensaje de texto al {phone.2}. ¿Es normal? Vivo en {addr}."),
    ("es-us", "Formulario de la clínica:\nNombre: {name}\nSeguro Social: {ssn}\nFecha de nacimiento: {dob}\nTeléfono: {phone}\n¿Tengo que llenar el SSN?"),
    ("es-us", "Mi mamá {name.2} recibió una carta del IRS con su número {ssn:space}. Ella vive en {home}. ¿Cómo respondo?"),
    ("zh-us", "你好，我是{name}，公司HR让我把社安号{ssn}发到邮箱{mail.2}，这样安全吗？我住在{addr}。"),
    ("zh-us", "帮我填一下这个表：姓名 {latin}，社会安全号码 {ssn}，出生日期 {dob}，电话 {phone}。"),
    ("ko-us", "안녕하세요, {name}입니다. 아파트 관리사무소에서 소셜 번호 {ssn}를 이메일로 보내달래요. 괜찮을까요? 주소는 {addr}예요."),
    ("ko-us", "세금 신고서에 SSN을 {ssn:bare}로 적었는데 맞는지 확인해 주세요. 이름 {latin}, 생년월일 {dob}."),
    ("vi-us", "Chào bạn, mình là {name}. Chủ tiệm nail hỏi số an sinh xã hội {ssn} để làm giấy tờ lương. Mình ở {addr}. Có nên đưa không?"),
    ("vi-us", "Mẹ mình {name.2} bị gọi điện từ {phone.2} đòi xác nhận SSN {ssn}. Phải làm sao?"),
    ("tl-us", "Hi, ako si {name}. Hinihingi ng agency ang SSN ko na {ssn} sa text sa {phone.2}. Safe ba ito? Nakatira ako sa {addr}."),
    ("tl-us", "Pakicheck nga itong form: Pangalan {latin}, SSN {ssn}, Birthday {dob}, Email {mail}."),
]


def _tongues() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for lang, (ask, fields, own) in TONGUES.items():
        f_name, f_mail, f_phone, f_addr, f_born, f_id, f_iban, f_card, f_town, f_emp, f_date, f_prof, f_pw, f_ip = fields.split("|")
        out += [
            (lang, f"{ask}\n{f_name};{f_mail};{f_phone};{f_born};{f_id};{f_town}\n{{name}};{{mail}};{{phone}};{{dob}};{{id}};{{home}}\n"
                   f"{{name.2}};{{mail.2}};{{phone.2}};{{dob.2}};{{id.2}};{{home.2}}"),
            (lang, f"{ask}\n```yaml\n# {f_name}: {{name}}\nowner: {{work}}\nlisten: {{ip}}\nupstream: {{ip:priv@u}}\napi_token: {{tok}}\ndsn: {{conn}}\n"
                   f"# {f_pw}: {{pw}}\n```"),
            (lang, f"{ask}\n{{name}}\n{f_emp}: {{org}}\n{f_addr}: {{addr}}\n{f_phone}: {{phone}}\n{f_prof}: {{link}}\n{f_date}: {{date}}"),
            (lang, f"{ask}\n{f_name}: {{name}} | {f_iban}: {{iban}} | {f_card}: {{card}} | {f_date}: {{date}} | {f_ip}: {{ip:pub}} | {f_town}: {{city}}"),
            (lang, f"{ask}\n{f_name}\t{f_born}\t{f_id}\t{f_iban}\n{{upper}}\t{{dob}}\t{{id}}\t{{iban}}"),
        ] + [(lang, t) for t in own]
    return out


# ---------------------------------------------------------------------------------------------------------------------
# Hard negatives: nothing personal in them, only lookalikes and public things
# ---------------------------------------------------------------------------------------------------------------------
LOOKALIKE_PROMPTS: list[tuple[str, str]] = [
    ("en", "My order {no:order} says 'processing' for 6 days. Do big retailers usually cancel at that point?"),
    ("en", "Invoice {no:invoice} from our SaaS vendor has a different tax rate than last month's. Why would VAT change?"),
    ("en", "Tracking number {no:track} hasn't moved since it left the hub. When should I file a lost-parcel claim?"),
    ("en", "Is {no:routing} the routing number for Chase in New York? I'm writing a generic guide on ACH transfers."),
    ("en", "What changed between Node {no:ver} and {no:ver@b}? Our CI pinned the older one."),
    ("en", "Is a UUIDv4 like {no:uuid} guessable enough to be a security risk in password-reset links?"),
    ("en", "git says `fatal: bad object {no:sha1}`. How do I recover from a corrupted pack?"),
    ("en", "Explain why the download page lists SHA-256 {no:sha256} next to the ISO and how to check it on macOS."),
    ("en", "Our legacy app still stores md5 hashes like {no:md5}. How do I migrate to argon2 without forcing resets?"),
    ("en", "Revert commit {no:commit} but keep the migration file. Which git command?"),
    ("en", "Is {no:price} too much for a second-hand espresso machine with a steam wand?"),
    ("en", "Why does the book use {no:docip4} in every example? Can I ping it?"),
    ("en", "RFC 3849 reserves {no:docip6}-style addresses for docs. Do firewalls drop them by default?"),
    ("en", "In a tutorial, `mysql -h {no:loop} -P {no:port}` fails but localhost works. Why the difference?"),
    ("en", "Stripe's docs list {no:excard} as a test card. Why does it fail on our live checkout?"),
    ("en", "Wikipedia's IBAN article uses {no:exiban} as its example. Walk me through the mod-97 check on it."),
    ("en", "Why is {no:exssn} famous as an invalid Social Security number?"),
    ("en", "The AWS docs show {no:exkey} as a sample credential. Will our secret scanner flag it?"),
    ("en", "Our README says `export API_TOKEN={no:exkey}`. Better to ship a .env.example?"),
    ("en", "Every email tutorial uses {no:exmail}. Could a mail server ever deliver there?"),
    ("en", "Summarise the key parts of {no:docurl} for a beginner."),
    ("en", "How serious is {no:cve} for a small WordPress site behind Cloudflare?"),
    ("en", "My router lists a device with MAC {no:mac}. Can I tell the manufacturer from the first three bytes?"),
    ("en", "Check the ISBN {no:isbn} for me and explain the checksum."),
    ("en", "Convert the Unix time {no:epoch} to a human date in Python, UTC."),
    ("en", "Barcode {no:ean} scans as the wrong product in our shop app. How does the EAN check digit work?"),
    ("en", "Flight {no:flight} is delayed again. What are my EU261 rights in general?"),
    ("en", "Our conversion rate dropped to {no:pct} after the redesign. What should we A/B test first?"),
    ("en", "What does the SKU format {no:sku} usually mean in warehouse software?"),
    ("en", "Support replied to {no:case} with a canned answer. How do I escalate with a SaaS vendor?"),
    ("en", "Decode the VIN {no:vin}: which parts are the manufacturer and the model year?"),
    ("en", "How are US Social Security numbers assigned since randomization in 2011? No real numbers please."),
    ("en", "Explain the Luhn check with a made-up card number, step by step."),
    ("en", "How does the check digit in a German Steuer-ID work, in general terms?"),
    ("en", "Write a regex for IBANs that still allows spaces every four characters."),
    ("en", "What's the difference between a JWT and an opaque session token?"),
    ("en", "How should a small team rotate a leaked API key without downtime?"),
    ("en", "Why do private IP ranges like 10.0.0.0/8 exist, and who decided them?"),
    ("en", "Compare how Taylor Swift and Beyoncé handled their masters and re-recordings."),
    ("en", "What did Grace Hopper contribute to COBOL?"),
    ("en", "Plan two days in Lisbon for someone who loves tiles and seafood."),
    ("en", "Why did Nokia lose the smartphone market to Apple and Samsung?"),
    ("en", "Is the Rijksmuseum or the Van Gogh Museum better with kids?"),
    ("en", "Summarise Satya Nadella's strategy shift at Microsoft after 2014."),
    ("en", "How tall is Mount Kilimanjaro and how long does the Machame route take?"),
    ("en", "What made Serena Williams' serve so effective?"),
    ("en", "Explain how Toyota's just-in-time production works."),
    ("en", "Why is Venice sinking and what is MOSE?"),
    ("en", "Write a SQL query that finds customers with more than three orders in a month (table orders(customer_id, created_at))."),
    ("en", "Template for a rental agreement with placeholders like [TENANT NAME], [ADDRESS], [IBAN]. Keep it to one page."),
    ("en", "Generate a fake but clearly fictional persona for a UX workshop, e.g. 'Jane Example, 34'."),
    ("en", "Kubernetes Secret manifest example with `password: <base64-here>` — why base64 and not encryption?"),
    ("en", "In Terraform docs they write `token = var.api_token`. How do I pass it from CI without committing it?"),
    ("en", "My Docker image is {no:price} per month on ECR storage. How do I prune old tags by age?"),
    ("en", "Order {no:order} and invoice {no:invoice} don't match in our ERP. Which should be the source of truth?"),
    ("en", "Upgrade path from PostgreSQL {no:ver} to the latest major: pg_upgrade or dump/restore?"),
    ("en", "Which Python library hashes passwords properly? Not md5 like {no:md5}."),
    ("en", "Release notes say build {no:commit} fixed the memory leak. How do I find which tag contains it?"),
    ("en", "Why does `ping {no:loop}` work even with the network cable unplugged?"),
    ("en", "The IETF example JWT on jwt.io, what does each of its three parts contain?"),
    ("de", "Meine Bestellung {no:order} ist seit einer Woche unterwegs. Ab wann kann ich reklamieren?"),
    ("de", "Was ist neu in Python {no:ver}? Kurz und knapp bitte."),
    ("de", "Wie funktioniert die Prüfziffer einer IBAN? Ohne echte Kontonummern bitte."),
    ("de", "Warum hat die Deutsche Bahn so viele Verspätungen im Fernverkehr?"),
    ("fr", "Ma commande {no:order} est bloquée en préparation. Que dit le droit de la consommation ?"),
    ("fr", "Quelle est la différence entre les versions {no:ver} et {no:ver@b} de Django ?"),
    ("fr", "Pourquoi la tour Eiffel change-t-elle de taille en été ?"),
    ("es", "El número de seguimiento {no:track} no se actualiza. ¿Qué suele pasar?"),
    ("es", "¿Por qué Zara repone sus tiendas tan rápido? Explica su modelo logístico."),
    ("es", "¿Cómo se calcula la letra del DNI español, en general?"),
    ("it", "La fattura {no:invoice} ha l'IVA sbagliata: come si emette una nota di credito?"),
    ("it", "Perché la torre di Pisa pende?"),
    ("nl", "Mijn pakket met trackingnummer {no:track} staat al dagen stil. Wat kan ik doen?"),
    ("nl", "Hoe werkt de elfproef voor een BSN, in het algemeen?"),
    ("pt", "O pedido {no:order} foi cancelado sem aviso. Tenho direito a reembolso imediato?"),
    ("pt", "Como funciona o dígito verificador do CPF? Explique com números inventados."),
    ("pl", "Zamówienie {no:order} nie dotarło. Jak złożyć reklamację?"),
    ("pl", "Dlaczego Kraków był stolicą Polski i kiedy to się zmieniło?"),
    ("sv", "Vad är skillnaden mellan UUID {no:uuid} och ett vanligt löpnummer som nyckel?"),
    ("no", "Hvorfor er fjordene i Norge så dype?"),
    ("da", "Hvordan virker modulus 11-kontrollen på gamle CPR-numre, generelt?"),
    ("fi", "Miksi Nokia siirtyi puhelimista verkkolaitteisiin?"),
    ("cs", "Proč je Karlův most v Praze tak slavný?"),
    ("sk", "Ako funguje kontrolná číslica v rodnom čísle, všeobecne?"),
    ("hu", "Miért épült a Lánchíd, és ki tervezte?"),
    ("ro", "Comanda {no:order} nu a ajuns. Ce drepturi am ca și consumator?"),
    ("tr", "Sipariş numaram {no:order} hâlâ kargoya verilmedi. Ne yapabilirim?"),
    ("tr", "Ayasofya'nın tarihi hakkında kısa bir özet yazar mısın?"),
    ("el", "Γιατί ο Παρθενώνας έχει καμπύλες γραμμές;"),
    ("ru", "Что нового в версии {no:ver} библиотеки pandas?"),
    ("ru", "Почему Транссибирская магистраль такая длинная?"),
    ("uk", "Чому Софійський собор у Києві такий важливий?"),
    ("hr", "Zašto je Dubrovnik bio samostalna republika?"),
    ("sl", "Kako nastane Blejsko jezero?"),
    ("lv", "Kāpēc Rīgas Vecpilsēta ir UNESCO sarakstā?"),
    ("lt", "Kodėl Trakų pilis pastatyta saloje?"),
    ("he", "מה ההבדל בין UUID כמו {no:uuid} לבין מספר רץ?"),
    ("he", "למה ים המלח כל כך מלוח?"),
    ("ar", "ما الفرق بين الإصدار {no:ver} والإصدار الأحدث من بايثون؟"),
    ("ar", "لماذا بُنيت الأهرامات بهذا الشكل؟"),
    ("hi", "ऑर्डर {no:order} अभी तक नहीं आया, आम तौर पर कितना समय लगता है?"),
    ("hi", "ताजमहल का निर्माण किसने और क्यों करवाया?"),
    ("zh", "订单号{no:order}一直显示待发货，通常是什么原因？"),
    ("zh", "git提交{no:commit}怎么回滚但保留改动？"),
    ("zh-tw", "台積電為什麼在晶圓代工領先？"),
    ("ja", "追跡番号{no:track}の荷物が動きません。よくある原因は？"),
    ("ja", "富士山の登山シーズンはいつですか？"),
    ("ko", "버전 {no:ver}으로 업데이트했더니 빌드가 깨졌어요. 보통 원인이 뭔가요?"),
    ("ko", "삼성전자가 반도체에서 성공한 이유를 설명해 주세요."),
    ("th", "ราคา {no:price} สำหรับกล้องมือสองแพงไปไหม"),
    ("vi", "Vì sao vịnh Hạ Long được UNESCO công nhận?"),
    ("id", "Kenapa Candi Borobudur dibangun di atas bukit?"),
    ("ms", "Mengapa Menara Berkembar Petronas dibina dengan reka bentuk Islam?"),
    ("tl", "Bakit mahalaga ang Banaue Rice Terraces sa kasaysayan?"),
]
CLEAN_PROMPTS: list[tuple[str, str]] = [
    ("en", "What's a gentle way to tell a friend their business idea needs work?"),
    ("en", "Explain the difference between baking soda and baking powder."),
    ("en", "Write a short poem about a cat that hates Mondays."),
    ("en", "How do I get rid of fruit flies in the kitchen?"),
    ("en", "Give me five warm-up games for a kids' swimming lesson."),
    ("en", "What's the rule for using 'fewer' versus 'less'?"),
    ("en", "Suggest a name for a book club that only reads sci-fi."),
    ("en", "How do I make a flexbox row wrap on small screens?"),
    ("en", "Explain compound interest using pizza slices."),
    ("en", "What are common signs of burnout, and what helps?"),
    ("en", "Write a polite message asking neighbours to keep the stairwell clear."),
    ("en", "How long should I rest bread dough after kneading?"),
    ("en", "Plan a cheap three-day meal plan for two students."),
    ("en", "Summarise the plot of The Odyssey in five sentences."),
    ("en", "How can I improve my posture while cycling?"),
    ("en", "Turn these into a checklist: passport, charger, adapter, snacks."),
    ("en", "What questions should I ask at the end of a job interview?"),
    ("en", "How do I fix a squeaky door hinge?"),
    ("en", "Write a Python function that flattens a nested list."),
    ("en", "Why do onions make you cry?"),
    ("en", "What's the difference between a will and a trust, in broad terms?"),
    ("en", "Help me write a thank-you card for a retiring teacher."),
    ("en", "How often should I repot a snake plant?"),
    ("en", "Why do my cookies spread too much in the oven?"),
    ("en", "A 15-minute stretching routine for desk workers, please."),
    ("en", "Make this shorter: 'We would like to take this opportunity to thank you for your continued support.'"),
    ("en", "Why do airplanes leave white trails?"),
    ("en", "What should I pack for a first overnight hike?"),
    ("en", "Explain what a hash map is to a beginner."),
    ("en", "How do I say no to a meeting without sounding rude?"),
    ("en", "How do I descale a kettle with vinegar?"),
    ("en", "Write a bedtime story about a lighthouse and a lost seagull."),
    ("en", "How do I keep mint from taking over the garden?"),
    ("en", "What makes a good commit message?"),
    ("en", "Is it better to pay off debt or build an emergency fund first? General advice."),
    ("de", "Wie bekomme ich Kalkflecken von der Duschwand?"),
    ("de", "Schreib ein kurzes Gedicht über den ersten Schnee."),
    ("fr", "Comment réussir une pâte brisée sans robot ?"),
    ("es", "¿Qué ejercicios ayudan con el dolor de espalda?"),
    ("it", "Come si prepara un buon risotto ai funghi?"),
    ("nl", "Hoe leer ik mijn hond netjes aan de lijn lopen?"),
    ("pt", "Como posso estudar melhor para provas?"),
    ("pl", "Jak zrobić domowe pierogi ruskie?"),
    ("sv", "Hur bakar man kanelbullar?"),
    ("no", "Hvordan lager jeg skillingsboller?"),
    ("da", "Hvordan holder man en surdej i live?"),
    ("fi", "Miten leivon karjalanpiirakoita?"),
    ("cs", "Jak uvařit dobrý guláš?"),
    ("sk", "Ako pripraviť bryndzové halušky?"),
    ("hu", "Hogyan készül a gulyásleves?"),
    ("ro", "Cum se fac sarmale?"),
    ("tr", "Mercimek çorbası nasıl yapılır?"),
    ("el", "Πώς φτιάχνω τζατζίκι;"),
    ("ru", "Как испечь блины без комочков?"),
    ("uk", "Як виростити помідори на балконі?"),
    ("hr", "Kako se radi paški sir?"),
    ("sl", "Kako speči potico?"),
    ("lv", "Kā pagatavot rupjmaizi?"),
    ("lt", "Kaip iškepti šakotį namuose?"),
    ("he", "איך מכינים שקשוקה טובה?"),
    ("ar", "كيف أحضّر الحمص في المنزل؟"),
    ("hi", "घर पर पनीर कैसे बनाएँ?"),
    ("zh", "怎么做番茄炒蛋更好吃？"),
    ("zh-tw", "珍珠奶茶的珍珠怎麼煮才Q？"),
    ("ja", "おいしい味噌汁の作り方は？"),
    ("ko", "김치찌개 맛있게 끓이는 법 알려줘."),
    ("th", "ทำต้มยำกุ้งน้ำข้นยังไง"),
    ("vi", "Cách nấu phở bò tại nhà?"),
    ("id", "Bagaimana cara membuat nasi goreng yang enak?"),
    ("ms", "Bagaimana nak masak nasi lemak?"),
    ("tl", "Paano magluto ng adobong manok?"),
]

FRESH28_FOLLOW_UPS = [" Thanks!", " Keep it brief.", "\n\ncheers", " Bullet points are fine.", " Don't change any numbers.", "\n\n(sorry for the wall of text)",
                      " British spelling please.", " No need to explain, just do it."]
FRESH28_PII: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _english() + _tongues() + EXPAT_SSN]
FRESH28_NEGATIVE: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in LOOKALIKE_PROMPTS]
FRESH28_CLEAN: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in CLEAN_PROMPTS]
