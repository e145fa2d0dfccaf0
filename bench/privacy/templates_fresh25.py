"""The twenty-fifth blind set ("fresh25") of the PII benchmark, written without looking at the detector.

Kept in reserve, never tuned on. corpus.generate(n, seed, fresh25=True) takes all three kinds of prompt from here and
renders them with this module's own Context and fill(); no table or generator is borrowed from another set.

A slot is {kind}, {kind.N} (person N, default 1), {kind:arg} or {kind.N:arg}; a trailing "~x" draws another value of
the same kind ({ip~b}). Literal braces are written doubled, "{{" and "}}".
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
DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
AN = string.ascii_letters + string.digits
HX = "0123456789abcdef"
B64 = AN + "+/"
URLSAFE = AN + "-_"


def draw(r: random.Random, n: int, alphabet: str = AN) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def ascii_fold(s: str) -> str:
    for a, b in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("Æ", "Ae"), ("ı", "i"), ("ð", "d"),
                 ("þ", "th"), ("đ", "d"), ("Đ", "D"), ("œ", "oe")):
        s = s.replace(a, b)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def slug(s: str) -> str:
    return "".join(c for c in ascii_fold(s).lower() if c.isalnum())


def pattern(r: random.Random, pat: str) -> str:
    """'9' any digit, '1' a digit from 1 to 9, 'X' a capital letter; other characters are kept."""
    return "".join(r.choice(DIG) if c == "9" else str(r.randint(1, 9)) if c == "1" else r.choice(UP) if c == "X" else c for c in pat)


# Per country: women's given names, men's given names, family names, towns, streets, phone patterns, mail hosts.
# Names in another script are written "native/latin" (the latin form builds mail addresses and handles).
COUNTRIES: dict[str, tuple[str, str, str, str, str, str, str]] = {
    "US": ("Kaylee|Marisol|Tamsin|Brynn|Odessa|Juniper|Reagan", "Colton|Desmond|Thaddeus|Everett|Rhett|Jalen|Silas",
           "Whitlock|Okafor|Pruitt|Castellanos|Brandt|Yazzie|Kowalczyk|Delacroix|Huang",
           "Missoula|Roanoke|Boise|Tallahassee|Lansing|Spokane|Chattanooga|Fort Collins",
           "Sycamore Ridge Rd|Larkspur Ave|Old Mill Ln|Cottonwood Dr|Beacon St|Hawthorne Ct", "(1##) 1##-####|1##-1##-####|+1 1##-1##-####", "gmail.com|yahoo.com|icloud.com|aol.com"),
    "GB": ("Imogen|Rosalind|Harriet|Niamh|Saoirse|Philippa", "Rupert|Callum|Ewan|Alfie|Torin|Barnaby",
           "Pemberton|Ashdown|Featherstone|Okonkwo|Braithwaite|Mistry|Gallacher",
           "Harrogate|Kendal|Shrewsbury|Truro|Inverness|Aberystwyth|Lichfield",
           "Mortimer Road|Quarry Lane|Albion Terrace|Kingfisher Close|Tanners Row", "07### ######|+44 7### ######|01### ######", "btinternet.com|gmail.com|hotmail.co.uk|sky.com"),
    "IE": ("Aoife|Clodagh|Siobhán|Orla", "Cathal|Donnacha|Eoin|Fergal", "Ó Briain|Mac Giolla|Kinsella|Fitzgerald|Dunphy",
           "Ennis|Kilkenny|Tralee|Sligo|Wexford", "Chapel Street|Friary Lane|Mill Road|Parnell Street", "08# ### ####|+353 8# ### ####", "eircom.net|gmail.com"),
    "CA": ("Geneviève|Maddison|Émilie|Tegan", "Gaétan|Brody|Mathieu|Kieran", "Tremblay|Nakamura|Boucher|MacKinnon|Sandhu",
           "Sherbrooke|Lethbridge|Kelowna|Sudbury|Fredericton", "Rue des Érables|Birchmount Rd|Lakeshore Blvd|Maple Grove Cres", "(1##) 1##-####|+1 1##-1##-####", "videotron.ca|rogers.com|gmail.com"),
    "AU": ("Matilda|Indi|Sienna|Kirra", "Lachlan|Banjo|Fletcher|Hamish", "Tran|McAlister|Papadakis|Cavanagh|Nguyen",
           "Wagga Wagga|Bendigo|Toowoomba|Launceston|Geraldton", "Banksia Street|Wattle Grove|Jacaranda Avenue|Bottlebrush Court", "04## ### ###|+61 4## ### ###", "bigpond.com|optusnet.com.au|gmail.com"),
    "NZ": ("Aroha|Mereana|Tui", "Tama|Rawiri|Nikau", "Te Rangi|Whitcombe|Parata|Halvorsen", "Whanganui|Nelson|Timaru|Rotorua",
           "Kowhai Street|Rimu Road|Tawa Crescent", "02# ### ####|+64 2# ### ####", "xtra.co.nz|gmail.com"),
    "IN": ("Ananya|Ishita|Meenakshi|Tanvi", "Vikrant|Rohan|Siddharth|Karthik", "Raghunathan|Bhattacharya|Kulkarni|Menon|Chaudhary",
           "Nagpur|Coimbatore|Indore|Mysuru|Guwahati", "MG Road|Nehru Nagar|Gandhi Marg|Lake View Colony", "+91 9#### #####|9#########|+91-8#####-#####", "gmail.com|rediffmail.com|yahoo.co.in"),
    "ZA": ("Thandeka|Lerato|Anneke", "Sipho|Pieter|Kagiso", "Dlamini|van der Merwe|Mokoena|Botha", "Stellenbosch|Polokwane|Bloemfontein|Knysna",
           "Protea Road|Jacaranda Street|Kloof Street", "08# ### ####|+27 8# ### ####", "webmail.co.za|gmail.com"),
    "DE": ("Wiebke|Friederike|Annika|Jana|Hannelore", "Jörg|Malte|Henrik|Volker|Benedikt", "Brückner|Hinrichs|Albrecht|Kessler|Thiele|Oltmanns",
           "Oldenburg|Bamberg|Göttingen|Rostock|Tübingen|Flensburg", "Lindenstraße|Am Mühlbach|Hafenweg|Goethestraße|Kirchgasse", "01## #######|+49 15# ########|0### ######", "web.de|gmx.de|t-online.de|posteo.de"),
    "AT": ("Theresa|Valentina|Magdalena", "Florian|Lukas|Gernot", "Hofbauer|Pichler|Steinwender|Gruber", "Leoben|Villach|Dornbirn|Wels",
           "Hauptplatz|Schulgasse|Grazer Straße", "06## #######|+43 6## ######", "gmx.at|aon.at"),
    "CH": ("Seraina|Mirjam|Céline", "Reto|Urs|Flurin", "Brunner|Gerber|Zürcher|Bucher", "Winterthur|Thun|Chur|Fribourg",
           "Bahnhofstrasse|Dorfstrasse|Seeweg", "07# ### ## ##|+41 7# ### ## ##", "bluewin.ch|gmx.ch"),
    "FR": ("Solène|Maëlle|Apolline|Bérénice|Capucine", "Gaspard|Anatole|Timothée|Yanis|Baptiste", "Lefèvre|Chevallier|Benali|Roussel|Marchand",
           "Quimper|Angers|Colmar|Périgueux|Annecy", "rue des Tanneurs|avenue Jean-Jaurès|impasse des Lilas|chemin du Moulin", "06 ## ## ## ##|+33 7 ## ## ## ##", "orange.fr|free.fr|laposte.net|sfr.fr"),
    "BE": ("Lotte|Maïté|Fien", "Wouter|Arnaud|Jelle", "Vermeulen|Dubois|Claes|Lambrecht", "Leuven|Namur|Hasselt|Mons",
           "Kerkstraat|Rue de la Station|Stationsplein", "04## ## ## ##|+32 4## ## ## ##", "telenet.be|skynet.be"),
    "ES": ("Itziar|Maite|Rocío|Nerea|Almudena", "Iñaki|Gonzalo|Rubén|Xabier|Ignacio", "Etxeberria|Quintana|Villalobos|Ferrándiz|Morcillo",
           "Logroño|Cáceres|Gijón|Albacete|Jaén", "calle Mayor|avenida de la Constitución|calle del Olmo|paseo de la Ribera", "6## ### ###|+34 6## ## ## ##", "gmail.com|hotmail.es|telefonica.net"),
    "MX": ("Ximena|Guadalupe|Citlali", "Emiliano|Joaquín|Uriel", "Zúñiga|Cervantes|Olvera|Tapia", "Querétaro|Morelia|Oaxaca|Mérida",
           "Calle Hidalgo|Av. Juárez|Calle 5 de Mayo", "55 #### ####|+52 1 33 #### ####", "hotmail.com|prodigy.net.mx"),
    "CL": ("Javiera|Antonia|Catalina", "Matías|Benjamín|Vicente", "Araya|Sepúlveda|Fuentealba", "Valdivia|Antofagasta|Temuco",
           "Av. Alemania|Calle Errázuriz|Pasaje Los Aromos", "+56 9 #### ####|9 #### ####", "gmail.com|vtr.net"),
    "IT": ("Ginevra|Ludovica|Benedetta|Noemi", "Tommaso|Gianluca|Edoardo|Pietro", "Bonfiglio|Santoro|Marchetti|Ferraresi|Lombardi",
           "Cremona|Lecce|Trento|Perugia|Ravenna", "via Garibaldi|viale dei Tigli|corso Cavour|vicolo del Pozzo", "3## ### ####|+39 3## ### ####", "libero.it|tiscali.it|gmail.com"),
    "NL": ("Femke|Sanne|Marloes|Ilse", "Thijs|Bram|Joost|Sjoerd", "de Boer|van Dijk|Bakker|Hoekstra|Verhoeven",
           "Zwolle|Leeuwarden|Deventer|Amersfoort|Haarlem", "Molenstraat|Kanaalweg|Julianalaan|Dorpsstraat", "06-########|+31 6 ########", "ziggo.nl|kpnmail.nl|xs4all.nl"),
    "PT": ("Inês|Beatriz|Leonor", "Duarte|Tiago|Rodrigo", "Carvalho|Figueiredo|Monteiro|Pinheiro", "Braga|Coimbra|Aveiro|Faro",
           "Rua do Carmo|Avenida da Liberdade|Travessa das Flores", "91# ### ###|+351 93# ### ###", "sapo.pt|gmail.com"),
    "BR": ("Luana|Thaís|Yasmin|Raíssa", "Caio|Thiago|Davi|Renan", "Albuquerque|Cavalcanti|Nascimento|Rezende", "Campinas|Londrina|Joinville|Natal",
           "Rua das Acácias|Avenida Brasil|Rua Sete de Setembro", "(1#) 9####-####|+55 2# 9####-####", "uol.com.br|bol.com.br|gmail.com"),
    "PL": ("Zuzanna|Agnieszka|Małgorzata|Wiktoria", "Bartosz|Grzegorz|Wojciech|Kacper", "Wiśniewska|Kamińska|Dąbrowska|Zielińska;Wiśniewski|Kamiński|Dąbrowski|Zieliński|Lewandowski",
           "Toruń|Lublin|Rzeszów|Olsztyn|Opole", "ul. Słoneczna|ul. Ogrodowa|ul. Polna|al. Jerozolimskie", "5## ### ###|+48 6## ### ###", "wp.pl|onet.pl|interia.pl"),
    "SE": ("Linnea|Ebba|Saga|Ingrid", "Oskar|Viggo|Anton|Måns", "Lindqvist|Bergström|Holmgren|Sundberg", "Umeå|Västerås|Jönköping|Luleå",
           "Storgatan|Kyrkvägen|Björkvägen|Ringvägen", "07#-### ## ##|+46 7# ### ## ##", "telia.com|bredband.net"),
    "NO": ("Sigrid|Ingeborg|Tiril", "Eirik|Sindre|Håkon", "Haugland|Solberg|Strand|Eide", "Tromsø|Bodø|Ålesund|Drammen",
           "Storgata|Fjordveien|Skolegata", "4## ## ###|+47 9## ## ###", "online.no|gmail.com"),
    "DK": ("Freja|Mette|Karoline", "Mads|Rasmus|Søren", "Kjær|Vestergaard|Mikkelsen|Lund", "Aalborg|Esbjerg|Vejle|Roskilde",
           "Vestergade|Strandvejen|Søndergade", "2# ## ## ##|+45 3# ## ## ##", "mail.dk|jubii.dk"),
    "FI": ("Aino|Veera|Kerttu", "Eetu|Joonas|Aleksi", "Mäkelä|Heikkinen|Koskinen|Lehtonen", "Tampere|Oulu|Jyväskylä|Kuopio",
           "Kauppakatu|Rantatie|Koulukatu", "04# ### ####|+358 50 ### ####", "luukku.com|gmail.com"),
    "CZ": ("Tereza|Kateřina|Eliška", "Ondřej|Vojtěch|Matěj", "Dvořáková|Novotná|Procházková|Kučerová;Dvořák|Novotný|Procházka|Kučera", "Olomouc|Plzeň|Liberec|Zlín",
           "Husova|Masarykova|Palackého", "6## ### ###|+420 7## ### ###", "seznam.cz|email.cz"),
    "RO": ("Ioana|Bianca|Alexandra", "Radu|Mihai|Ștefan", "Popescu|Ionescu|Dumitrescu|Stan", "Cluj-Napoca|Iași|Brașov|Sibiu",
           "Strada Florilor|Bulevardul Unirii|Strada Morii", "07## ### ###|+40 7## ### ###", "yahoo.ro|gmail.com"),
    "TR": ("Elif|Zeynep|Büşra|Ceren", "Emre|Burak|Onur|Kaan", "Yıldırım|Aydın|Çelik|Şahin|Kurt", "Eskişehir|Trabzon|Denizli|Kayseri",
           "Atatürk Caddesi|Lale Sokak|Cumhuriyet Bulvarı", "05## ### ## ##|+90 5## ### ## ##", "gmail.com|hotmail.com.tr"),
    "GR": ("Δήμητρα/Dimitra|Ελένη/Eleni|Χαρά/Chara", "Σπύρος/Spyros|Αντώνης/Antonis|Νίκος/Nikos", "Παπαδοπούλου/Papadopoulou|Κωνσταντίνου/Konstantinou|Μαυρίδη/Mavridi;Παπαδόπουλος/Papadopoulos|Κωνσταντίνου/Konstantinou|Μαυρίδης/Mavridis",
           "Πάτρα|Βόλος|Ιωάννινα|Καλαμάτα", "Οδός Ερμού|Οδός Αγίου Νικολάου|Λεωφόρος Ειρήνης", "69# ### ####|+30 69# ### ####", "otenet.gr|gmail.com"),
    "RU": ("Ксения/Kseniya|Дарья/Darya|Полина/Polina", "Артём/Artyom|Глеб/Gleb|Тимофей/Timofey", "Воронцова/Vorontsova|Лебедева/Lebedeva|Соколова/Sokolova;Воронцов/Vorontsov|Лебедев/Lebedev|Соколов/Sokolov",
           "Казань|Самара|Пермь|Томск", "ул. Садовая|ул. Лесная|пр. Мира", "+7 9## ###-##-##|8 (9##) ###-##-##", "yandex.ru|mail.ru"),
    "UA": ("Оксана/Oksana|Ярина/Yaryna|Соломія/Solomiia", "Тарас/Taras|Богдан/Bohdan|Остап/Ostap", "Шевчук/Shevchuk|Коваленко/Kovalenko|Мельник/Melnyk",
           "Львів|Вінниця|Полтава|Чернівці", "вул. Шевченка|вул. Франка|просп. Свободи", "+380 6# ### ## ##|09# ### ## ##", "ukr.net|i.ua"),
    "BG": ("Десислава/Desislava|Радостина/Radostina", "Стоян/Stoyan|Калоян/Kaloyan", "Петрова/Petrova|Георгиева/Georgieva|Стоянова/Stoyanova;Петров/Petrov|Георгиев/Georgiev|Стоянов/Stoyanov",
           "Пловдив|Варна|Бургас|Русе", "ул. Раковски|бул. Христо Ботев", "08## ### ###|+359 88 ### ####", "abv.bg|mail.bg"),
    "HR": ("Ivana|Petra|Lucija", "Luka|Ivan|Marko", "Horvat|Kovačević|Babić|Jurić", "Split|Rijeka|Osijek|Zadar", "Ulica Ante Starčevića|Vukovarska ulica",
           "09# ### ####|+385 9# ### ####", "net.hr|gmail.com"),
    "LT": ("Gabija|Rūta|Austėja", "Mantas|Lukas|Dovydas", "Kazlauskaitė|Jankauskaitė|Petrauskienė;Kazlauskas|Jankauskas|Petrauskas", "Kaunas|Klaipėda|Šiauliai", "Laisvės al.|Vilniaus g.|Taikos pr.",
           "+370 6## #####|86## #####", "gmail.com|one.lt"),
    "EE": ("Kadri|Liis|Triin", "Rasmus|Siim|Kaarel", "Tamm|Saar|Kask|Mägi", "Tartu|Pärnu|Viljandi", "Rüütli tn|Pikk tn|Riia mnt", "5### ####|+372 5### ####", "mail.ee|gmail.com"),
    "IL": ("נועה/Noa|תמר/Tamar|שירה/Shira", "איתי/Itai|עומר/Omer|יונתן/Yonatan", "לוי/Levi|אברהמי/Avrahami|פרידמן/Friedman|מזרחי/Mizrahi",
           "חיפה|באר שבע|רחובות|נתניה", "רחוב הרצל|שדרות רוטשילד|רחוב הגפן", "05#-###-####|+972 5#-###-####", "walla.co.il|gmail.com"),
    "AE": ("مريم/Maryam|فاطمة/Fatima|ريم/Reem", "خالد/Khalid|سعيد/Saeed|عمر/Omar", "المنصوري/Al Mansoori|الشامسي/Al Shamsi|الكعبي/Al Kaabi",
           "العين|الشارقة|رأس الخيمة", "شارع الشيخ زايد|شارع الوحدة|شارع الخليج", "05# ### ####|+971 5# ### ####", "eim.ae|gmail.com"),
    "EG": ("نور/Nour|ياسمين/Yasmin|سلمى/Salma", "يوسف/Youssef|أحمد/Ahmed|كريم/Karim", "عبد الرحمن/Abdelrahman|السيد/ElSayed|فؤاد/Fouad",
           "الإسكندرية|المنصورة|أسيوط", "شارع التحرير|شارع الجمهورية|شارع النيل", "01# #### ####|+20 1# #### ####", "gmail.com|yahoo.com"),
    "INH": ("प्रिया/Priya|सुनीता/Sunita|कविता/Kavita", "राहुल/Rahul|अमित/Amit|विकास/Vikas", "शर्मा/Sharma|वर्मा/Verma|त्रिपाठी/Tripathi|यादव/Yadav",
            "लखनऊ|जयपुर|भोपाल|पटना", "गांधी मार्ग|स्टेशन रोड|शिवाजी नगर", "+91 9#### #####|98### #####", "gmail.com|rediffmail.com"),
    "CN": ("秀英/Xiuying|婷/Ting|雨桐/Yutong", "浩然/Haoran|子轩/Zixuan|建国/Jianguo", "王/Wang|陈/Chen|刘/Liu|赵/Zhao|周/Zhou",
          "杭州|成都|苏州|厦门|西安", "文三路|解放路|人民路|中山路", "13# #### ####|+86 15# #### ####", "qq.com|163.com|126.com"),
    "JP": ("美咲/Misaki|陽菜/Hina|彩/Aya", "翔太/Shota|大輔/Daisuke|蓮/Ren", "佐藤/Sato|高橋/Takahashi|渡辺/Watanabe|小林/Kobayashi",
          "仙台|金沢|札幌|福岡|松本", "本町|中央通り|桜町", "090-####-####|080-####-####|+81 90-####-####", "docomo.ne.jp|yahoo.co.jp|gmail.com"),
    "KR": ("지민/Jimin|서연/Seoyeon|하은/Haeun", "민준/Minjun|도윤/Doyun|준호/Junho", "김/Kim|이/Lee|박/Park|최/Choi|정/Jung",
          "대전|광주|수원|전주|울산", "중앙로|테헤란로|세종대로", "010-####-####|+82 10-####-####", "naver.com|daum.net|gmail.com"),
    "TH": ("สมหญิง/Somying|กัญญา/Kanya|ปวีณา/Paweena", "สมชาย/Somchai|ธนากร/Thanakorn|วีระ/Weera", "ศรีสุข/Srisuk|วงศ์ไทย/Wongthai|แก้วมณี/Kaewmanee",
           "เชียงใหม่|ขอนแก่น|ภูเก็ต|หาดใหญ่", "ถนนสุขุมวิท|ถนนนิมมานเหมินท์|ถนนพหลโยธิน", "08#-###-####|+66 8# ### ####", "hotmail.com|gmail.com"),
    "VN": ("Ngọc Ánh|Thu Trang|Bích Ngọc", "Quốc Bảo|Minh Khôi|Đức Anh", "Trần|Lê|Phạm|Hoàng|Võ", "Đà Nẵng|Huế|Cần Thơ|Hải Phòng",
           "Đường Lê Lợi|Đường Trần Phú|Đường Nguyễn Huệ", "09# ### ####|+84 9# ### ####", "gmail.com|yahoo.com.vn"),
    "ID": ("Rahayu|Wulandari|Ayu", "Bayu|Rizky|Hendra", "Siregar|Wibowo|Nasution|Pratama", "Yogyakarta|Malang|Medan|Makassar",
           "Jl. Diponegoro|Jl. Sudirman|Jl. Merdeka", "0813-####-####|+62 812 #### ####", "gmail.com|yahoo.co.id"),
}
SURNAME_FIRST = {"CN", "JP", "KR", "VN"}
NO_SPACE = {"CN", "JP", "KR"}
FOR_LANG: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 6), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1)),
    "en-id": (("GB", 3), ("IE", 2), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1)),
    "de": (("DE", 5), ("AT", 2), ("CH", 2)), "fr": (("FR", 4), ("BE", 2)), "es": (("ES", 4), ("MX", 2), ("CL", 1)), "it": (("IT", 1),),
    "nl": (("NL", 3), ("BE", 1)), "pt": (("PT", 2), ("BR", 3)), "pl": (("PL", 1),), "sv": (("SE", 1),), "no": (("NO", 1),),
    "da": (("DK", 1),), "fi": (("FI", 1),), "cs": (("CZ", 1),), "ro": (("RO", 1),), "tr": (("TR", 1),), "el": (("GR", 1),),
    "ru": (("RU", 1),), "uk": (("UA", 1),), "bg": (("BG", 1),), "hr": (("HR", 1),), "lt": (("LT", 1),), "et": (("EE", 1),),
    "he": (("IL", 1),), "ar": (("AE", 1), ("EG", 1)), "hi": (("INH", 1),), "zh": (("CN", 1),), "ja": (("JP", 1),), "ko": (("KR", 1),),
    "th": (("TH", 1),), "vi": (("VN", 1),), "id": (("ID", 1),),
}


def locale_for(lang: str, rng: random.Random) -> str:
    if lang in FOR_LANG:
        pool = FOR_LANG[lang]
        country = rng.choices([c for c, _ in pool], [w for _, w in pool])[0]
        return f"{lang.split('-')[0]}-{country}"
    return lang


class Person:
    def __init__(self, r: random.Random, country: str) -> None:
        women, men, families = COUNTRIES[country][:3]
        self.female = r.random() < 0.5
        given = r.choice((women if self.female else men).split("|"))
        women_s, _, men_s = families.partition(";")  # "women's forms;men's forms" where the family name has both
        family = r.choice((men_s if men_s and not self.female else women_s).split("|"))
        self.first, _, first_l = given.partition("/")
        self.last, _, last_l = family.partition("/")
        self.first_l, self.last_l = first_l or self.first, last_l or self.last
        if country in SURNAME_FIRST:
            self.full = self.last + ("" if country in NO_SPACE else " ") + self.first
        else:
            self.full = f"{self.first} {self.last}"
        self.country = country
        self.dob = datetime.date(1941, 1, 1) + datetime.timedelta(days=r.randint(0, 24800))
        if country == "CN":  # the resident-ID register knows these districts' codes from the mid-1980s on
            self.dob = datetime.date(1986, 1, 1) + datetime.timedelta(days=r.randint(0, 7000))
        self.town = r.choice(COUNTRIES[country][3].split("|"))


# ---------------------------------------------------------------------------------------------------------------------
# Value makers
# ---------------------------------------------------------------------------------------------------------------------
# Month names as dates are written in each language (genitive where the language uses it), one language a row.
_MONTH_ROWS = """
en January | February | March | April | May | June | July | August | September | October | November | December
de Januar | Februar | März | April | Mai | Juni | Juli | August | September | Oktober | November | Dezember
fr janvier | février | mars | avril | mai | juin | juillet | août | septembre | octobre | novembre | décembre
es enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre | octubre | noviembre | diciembre
it gennaio | febbraio | marzo | aprile | maggio | giugno | luglio | agosto | settembre | ottobre | novembre | dicembre
nl januari | februari | maart | april | mei | juni | juli | augustus | september | oktober | november | december
pt janeiro | fevereiro | março | abril | maio | junho | julho | agosto | setembro | outubro | novembro | dezembro
pl stycznia | lutego | marca | kwietnia | maja | czerwca | lipca | sierpnia | września | października | listopada | grudnia
sv januari | februari | mars | april | maj | juni | juli | augusti | september | oktober | november | december
no januar | februar | mars | april | mai | juni | juli | august | september | oktober | november | desember
da januar | februar | marts | april | maj | juni | juli | august | september | oktober | november | december
fi tammikuuta | helmikuuta | maaliskuuta | huhtikuuta | toukokuuta | kesäkuuta | heinäkuuta | elokuuta | syyskuuta | lokakuuta | marraskuuta | joulukuuta
cs ledna | února | března | dubna | května | června | července | srpna | září | října | listopadu | prosince
ro ianuarie | februarie | martie | aprilie | mai | iunie | iulie | august | septembrie | octombrie | noiembrie | decembrie
tr Ocak | Şubat | Mart | Nisan | Mayıs | Haziran | Temmuz | Ağustos | Eylül | Ekim | Kasım | Aralık
el Ιανουαρίου | Φεβρουαρίου | Μαρτίου | Απριλίου | Μαΐου | Ιουνίου | Ιουλίου | Αυγούστου | Σεπτεμβρίου | Οκτωβρίου | Νοεμβρίου | Δεκεμβρίου
ru января | февраля | марта | апреля | мая | июня | июля | августа | сентября | октября | ноября | декабря
uk січня | лютого | березня | квітня | травня | червня | липня | серпня | вересня | жовтня | листопада | грудня
bg януари | февруари | март | април | май | юни | юли | август | септември | октомври | ноември | декември
hr siječnja | veljače | ožujka | travnja | svibnja | lipnja | srpnja | kolovoza | rujna | listopada | studenoga | prosinca
lt sausio | vasario | kovo | balandžio | gegužės | birželio | liepos | rugpjūčio | rugsėjo | spalio | lapkričio | gruodžio
et jaanuar | veebruar | märts | aprill | mai | juuni | juuli | august | september | oktoober | november | detsember
he בינואר | בפברואר | במרץ | באפריל | במאי | ביוני | ביולי | באוגוסט | בספטמבר | באוקטובר | בנובמבר | בדצמבר
ar يناير | فبراير | مارس | أبريل | مايو | يونيو | يوليو | أغسطس | سبتمبر | أكتوبر | نوفمبر | ديسمبر
hi जनवरी | फ़रवरी | मार्च | अप्रैल | मई | जून | जुलाई | अगस्त | सितंबर | अक्टूबर | नवंबर | दिसंबर
th มกราคม | กุมภาพันธ์ | มีนาคม | เมษายน | พฤษภาคม | มิถุนายน | กรกฎาคม | สิงหาคม | กันยายน | ตุลาคม | พฤศจิกายน | ธันวาคม
id Januari | Februari | Maret | April | Mei | Juni | Juli | Agustus | September | Oktober | November | Desember
"""
MONTHS = {row[:3].strip(): " ".join(w.strip() for w in row[3:].split("|")) for row in _MONTH_ROWS.strip().splitlines()}
DOTTED = {"de", "pl", "cs", "ru", "uk", "bg", "hr", "fi", "no", "da", "tr", "ro", "et", "lt"}


def date_text(r: random.Random, lang: str, country: str, d: datetime.date) -> str:
    y, m, dd = d.year, d.month, d.day
    names = MONTHS.get(lang, "").split()
    if lang == "en":
        mon = names[m - 1]
        nth = f"{dd}{'th' if 10 <= dd <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(dd % 10, 'th')}"
        if country == "US":
            return r.choice([f"{m}/{dd}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{mon} {dd}, {y}", f"{mon[:3]} {dd}, {y}", f"{y}-{m:02d}-{dd:02d}"])
        return r.choice([f"{dd}/{m:02d}/{y}", f"{dd} {mon} {y}", f"{nth} {mon} {y}", f"{dd} {mon[:3]} {y}", f"{y}-{m:02d}-{dd:02d}"])
    if lang in ("zh", "ja"):
        return r.choice([f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}", f"{y}-{m:02d}-{dd:02d}"])
    if lang == "ko":
        return r.choice([f"{y}년 {m}월 {dd}일", f"{y}.{m:02d}.{dd:02d}", f"{y}-{m:02d}-{dd:02d}"])
    if lang == "vi":
        return r.choice([f"ngày {dd} tháng {m} năm {y}", f"{dd:02d}/{m:02d}/{y}"])
    if lang == "hu":
        return f"{y}. {m:02d}. {dd:02d}."
    if lang == "lt":
        return r.choice([f"{y}-{m:02d}-{dd:02d}", f"{y} m. {names[m - 1]} {dd} d."])
    if lang == "sv":
        return r.choice([f"{y}-{m:02d}-{dd:02d}", f"{dd} {names[m - 1]} {y}"])
    if lang == "th":
        return r.choice([f"{dd} {names[m - 1]} {y + 543}", f"{dd:02d}/{m:02d}/{y}"])
    if lang == "he":
        return r.choice([f"{dd} {names[m - 1]} {y}", f"{dd}.{m}.{y}", f"{dd:02d}/{m:02d}/{y}"])
    word = names[m - 1] if names else ""
    if lang in ("es", "pt"):
        long = f"{dd} de {word} de {y}"
    elif lang == "de" or lang == "no" or lang == "da" or lang == "fi" or lang == "cs" or lang == "hr":
        long = f"{dd}. {word} {y}"
    elif lang in ("ru", "uk", "bg"):
        long = f"{dd} {word} {y} г." if lang != "uk" else f"{dd} {word} {y} р."
    else:
        long = f"{dd} {word} {y}" if word else f"{dd:02d}/{m:02d}/{y}"
    numeric = f"{dd:02d}.{m:02d}.{y}" if lang in DOTTED else f"{dd}-{m}-{y}" if lang == "nl" else f"{dd:02d}/{m:02d}/{y}"
    return r.choice([long, numeric, numeric])


def make_address(r: random.Random, c: str, street: str, town: str) -> str:
    n = r.randint(2, 198)
    if c == "US":
        state = {"Missoula": "MT", "Roanoke": "VA", "Boise": "ID", "Tallahassee": "FL", "Lansing": "MI", "Spokane": "WA",
                 "Chattanooga": "TN", "Fort Collins": "CO"}.get(town, "OR")
        unit = r.choice(["", f", Unit {r.randint(1, 40)}", f" Apt {r.randint(1, 9)}{r.choice('ABCD')}"])
        return r.choice([f"{n * 7} {street}{unit}, {town}, {state} {pattern(r, '19999')}", f"{n * 11} {street}{unit}\n{town} {state} {pattern(r, '19999')}"])
    if c in ("GB", "IE"):
        pc = pattern(r, r.choice(["XX1 9XX", "X19 9XX"])) if c == "GB" else pattern(r, "X19 X9X9")
        return r.choice([f"{n} {street}, {town} {pc}", f"Flat {r.randint(1, 14)}, {n} {street}\n{town}\n{pc}"])
    if c in ("CA",):
        return f"{n * 3} {street}, {town} {r.choice(['QC', 'AB', 'BC', 'ON', 'NB'])} {pattern(r, 'X9X 9X9')}"
    if c in ("AU", "NZ", "ZA"):
        return f"{r.choice(['', f'{r.randint(1, 20)}/'])}{n} {street}, {town} {pattern(r, '1999')}"
    if c == "IN":
        return f"Flat {r.randint(101, 904)}, {r.choice(['Shanti', 'Sai Krupa', 'Green Park'])} Apartments, {street}, {town} - {pattern(r, '199999')}"
    if c in ("DE", "AT", "CH"):
        pc = pattern(r, "19999" if c == "DE" else "1999")
        return r.choice([f"{street} {n}, {pc} {town}", f"{street} {n}{r.choice(['a', 'b', ''])}\n{pc} {town}"])
    if c in ("FR",):
        return f"{n} {street}, {pattern(r, '19999')} {town}"
    if c in ("BE", "NL", "DK", "NO", "SE", "FI", "EE", "LT", "HR", "CZ"):
        pc = {"NL": pattern(r, "1999 XX"), "SE": pattern(r, "199 99"), "CZ": pattern(r, "199 99"), "LT": "LT-" + pattern(r, "99999"),
              "HR": pattern(r, "19999"), "EE": pattern(r, "19999"), "FI": pattern(r, "99999")}.get(c, pattern(r, "1999"))
        return f"{street} {n}, {pc} {town}"
    if c in ("ES",):
        return f"{street} {n}, {r.randint(1, 8)}º {r.choice('ABCD')}, {pattern(r, '19999')} {town}"
    if c in ("MX", "CL"):
        return f"{street} {n * 4}, Col. Centro, {town}" if c == "MX" else f"{street} {n * 9}, depto {r.randint(11, 1208)}, {town}"
    if c == "IT":
        return f"{street} {n}, {pattern(r, '19999')} {town}"
    if c in ("PT", "BR"):
        return f"{street}, {n * 3}, {town}, {pattern(r, '19999-999') if c == 'BR' else pattern(r, '1999-999')}"
    if c == "PL":
        return f"{street} {n}/{r.randint(1, 60)}, {pattern(r, '99-999')} {town}"
    if c == "RO":
        return f"{street} nr. {n}, bl. {r.randint(1, 30)}, ap. {r.randint(1, 80)}, {town}"
    if c == "TR":
        return f"{street} No: {n} D: {r.randint(1, 20)}, {town}"
    if c == "GR":
        return f"{street} {n}, {pattern(r, '199 99')} {town}"
    if c in ("RU", "UA", "BG"):
        return f"{street}, д. {n}, кв. {r.randint(1, 240)}, {town}" if c == "RU" else f"{street}, {n}, кв. {r.randint(1, 240)}, {town}"
    if c == "IL":
        return f"{street} {n}, {town}"
    if c in ("AE", "EG"):
        return f"{street}، مبنى {n}، {town}"
    if c == "INH":
        return f"मकान नं. {n}, {street}, {town} {pattern(r, '199999')}"
    if c == "CN":
        return f"{town}市{r.choice(['西湖区', '高新区', '思明区'])}{street}{n}号{r.randint(1, 30)}栋{r.randint(101, 2802)}室"
    if c == "JP":
        return f"〒{pattern(r, '199-9999')} {town}市{street}{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
    if c == "KR":
        return f"{town}시 {street} {n}, {r.randint(101, 120)}동 {r.randint(101, 1904)}호"
    if c == "TH":
        return f"{n}/{r.randint(1, 99)} {street} {town} {pattern(r, '19999')}"
    if c == "VN":
        return f"Số {n} {street}, {town}"
    if c == "ID":
        return f"{street} No. {n}, RT 0{r.randint(1, 9)}/RW 0{r.randint(1, 9)}, {town}"
    return f"{street} {n}, {town}"


def make_phone(r: random.Random, c: str) -> str:
    pat = r.choice(COUNTRIES[c][5].split("|"))
    out = []
    for ch in pat:
        out.append(r.choice(DIG) if ch == "#" else ch)
    return "".join(out)


def make_email(r: random.Random, p: Person, host: str = "") -> str:
    f, l = slug(p.first_l), slug(p.last_l)
    local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{l}.{f}", f"{f}{r.randint(2, 98)}", f"{f}_{l[:4]}", f"{l}{f[0]}{r.randint(70, 99)}"])
    return f"{local}@{host or r.choice(COUNTRIES[p.country][6].split('|'))}"


def luhn_ok(digits: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0


KNOWN_TEST_CARDS = {"4242424242424242", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "4000056655665556",
                    "5105105105105100", "4012888888881881", "371449635398431", "3530111333300000"}


def make_card(r: random.Random, brand: str = "") -> str:
    brand = brand or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "jcb", "up"])
    prefix, length = {"visa": ("4", 16), "mc": (r.choice(["51", "52", "54", "55", "2223", "2417", "2701"]), 16), "amex": (r.choice(["34", "37"]), 15),
                      "disc": (r.choice(["6011", "644", "65"]), 16), "jcb": ("35" + str(r.randint(28, 89)), 16), "up": ("62" + str(r.randint(10, 99)), 16)}[brand]
    while True:
        body = prefix + draw(r, length - len(prefix) - 1, DIG)
        num = next(body + c for c in DIG if luhn_ok(body + c))
        if num not in KNOWN_TEST_CARDS:
            break
    style = r.random()
    if length == 15:
        return num if style < 0.3 else f"{num[:4]} {num[4:10]} {num[10:]}"
    if style < 0.25:
        return num
    sep = " " if style < 0.8 else "-"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


BBAN = {"DE": "18n", "AT": "16n", "CH": "17n", "FR": "23n", "BE": "12n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "PT": "21n", "PL": "24n",
        "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "CZ": "20n", "RO": "4a16n", "TR": "5n1n16n", "GR": "23n", "UA": "25n",
        "BG": "4a6n8n", "HR": "17n", "LT": "16n", "EE": "16n", "IL": "19n", "AE": "19n", "EG": "25n", "GB": "4a14n", "IE": "4a14n",
        "BR": "23n1a1n", "LU": "3n13n", "MT": "4a23n"}
IBAN_OF = {"US": "GB", "CA": "IE", "AU": "GB", "NZ": "GB", "IN": "AE", "ZA": "GB", "MX": "ES", "CL": "ES", "RU": "LT", "INH": "AE", "CN": "LU",
           "JP": "DE", "KR": "DE", "TH": "DE", "VN": "FR", "ID": "NL"}
BANK_CODES = {"GB": "LOYD|BARC|MIDL|CLYD|REVO", "IE": "AIBK|BOFI|PTSB", "NL": "INGB|ABNA|RABO|KNAB", "RO": "RNCB|INGB|BACX", "BG": "UBBS|FINV|RZBB",
              "MT": "VALL|APSB"}


def make_iban(r: random.Random, cc: str) -> str:
    from stdnum import iban as std_iban

    for _ in range(5000):
        bban = ""
        for count, kind in re.findall(r"(\d+)([an])", BBAN[cc]):
            if kind == "a" and cc in BANK_CODES:
                bban += r.choice(BANK_CODES[cc].split("|"))
            else:
                bban += draw(r, int(count), UP if kind == "a" else DIG)
        if cc == "TR":
            bban = bban[:5] + "0" + bban[6:]
        digits = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        value = f"{cc}{98 - int(digits) % 97:02d}{bban}"
        if std_iban.is_valid(value):
            return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if r.random() < 0.55 else value
    raise RuntimeError(f"no IBAN for {cc}")


def make_ssn(r: random.Random, style: str = "") -> str:
    area = r.choice([a for a in range(1, 900) if a != 666])
    a, g, s = f"{area:03d}", f"{r.randint(1, 99):02d}", f"{r.randint(1, 9999):04d}"
    style = style or r.choice(["dash", "dash", "dash", "space", "bare"])
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "bare": a + g + s}[style]


def _checked(r: random.Random, make, module: str, tail: str = DIG, width: int = 1, tries: int = 400) -> str:
    valid = importlib.import_module(f"stdnum.{module}").is_valid
    for _ in range(tries):
        head = make()
        for _ in range(60):
            cand = head + draw(r, width, tail)
            if valid(cand):
                return cand
    raise RuntimeError(module)


def _yymmdd(d: datetime.date) -> str:
    return d.strftime("%y%m%d")


def _ddmmyy(d: datetime.date) -> str:
    return d.strftime("%d%m%y")


def national_id(r: random.Random, p: Person) -> str:
    c, d = p.country, p.dob
    sex = 0 if p.female else 1
    if c == "GB":
        v = _checked(r, lambda: str(r.randint(4, 6)) + draw(r, 8, DIG), "gb.nhs")
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "IE":
        return _checked(r, lambda: draw(r, 7, DIG), "ie.pps", "ABCDEFGHIJKLMNOPQRSTUVW")
    if c == "CA":
        v = _checked(r, lambda: str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + draw(r, 7, DIG), "ca.sin")
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "AU":
        v = _checked(r, lambda: draw(r, 8, DIG), "au.tfn")
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "NZ":
        v = _checked(r, lambda: "1" + draw(r, 7, DIG), "nz.ird")
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if c in ("IN", "INH"):
        v = _checked(r, lambda: str(r.randint(2, 9)) + draw(r, 10, DIG), "in_.aadhaar")
        return f"{v[:4]} {v[4:8]} {v[8:]}" if r.random() < 0.7 else v
    if c == "ZA":
        return _checked(r, lambda: _yymmdd(d) + str(r.randint(0, 4) + 5 * sex) + draw(r, 3, DIG) + "08", "za.idnr")
    if c == "DE":
        def steuer() -> str:
            ds = r.sample(DIG, 9)
            body = ds + [r.choice(ds)]
            r.shuffle(body)
            return "".join(body) if body[0] != "0" else "1" + "".join(body[1:])
        return _checked(r, steuer, "de.idnr")
    if c == "AT":
        valid = importlib.import_module("stdnum.at.vnr").is_valid
        while True:
            serial = str(r.randint(1, 9)) + draw(r, 2, DIG)
            for k in DIG:
                v = serial + k + _ddmmyy(d)
                if valid(v):
                    return f"{v[:4]} {v[4:]}" if r.random() < 0.5 else v
    if c == "CH":
        v = _checked(r, lambda: "756" + draw(r, 9, DIG), "ch.ssn")
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if c == "FR":
        body = ("2" if p.female else "1") + d.strftime("%y%m") + f"{r.randint(1, 95):02d}" + draw(r, 3, DIG) + draw(r, 3, DIG)
        v = body + f"{97 - int(body) % 97:02d}"
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if r.random() < 0.6 else v
    if c == "BE":
        v = _checked(r, lambda: _yymmdd(d) + draw(r, 3, DIG), "be.nn", DIG, 2, 50)
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if c == "ES":
        from stdnum.es import dni
        body = draw(r, 8, DIG)
        return body + dni.calc_check_digit(body)
    if c == "MX":
        return _checked(r, lambda: slug(p.last_l)[:2].upper().ljust(2, "X") + "X" + slug(p.first_l)[:1].upper() + _yymmdd(d)
                        + ("M" if p.female else "H") + r.choice(["QT", "MN", "OC", "YN", "DF"]) + draw(r, 3, "BCDFGHJKLMNPRSTVZ")
                        + ("0" if d.year < 2000 else "A"), "mx.curp")
    if c == "CL":
        from stdnum.cl import rut
        body = str(r.randint(6_000_000, 24_999_999))
        return f"{int(body):,}".replace(",", ".") + "-" + rut.calc_check_digit(body)
    if c == "IT":
        from stdnum.it import codicefiscale
        body = (draw(r, 6, "BCDFGLMNPRSTVZ") + _yymmdd(d)[:2] + "ABCDEHLMPRST"[d.month - 1] + f"{d.day + (40 if p.female else 0):02d}"
                + r.choice("ADFHLM") + draw(r, 3, DIG))
        return body + codicefiscale.calc_check_digit(body)
    if c == "NL":
        return _checked(r, lambda: str(r.randint(1, 6)) + draw(r, 7, DIG), "nl.bsn")
    if c == "PT":
        return _checked(r, lambda: str(r.choice([1, 2, 3])) + draw(r, 7, DIG), "pt.nif")
    if c == "BR":
        v = _checked(r, lambda: draw(r, 9, DIG), "br.cpf", DIG, 2, 30)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if c == "PL":
        month = d.month + (20 if d.year >= 2000 else 0)
        return _checked(r, lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + draw(r, 3, DIG) + str(r.choice([0, 2, 4, 6, 8]) + sex), "pl.pesel")
    if c == "SE":
        v = _checked(r, lambda: _yymmdd(d) + draw(r, 3, DIG), "se.personnummer")
        return f"{v[:6]}-{v[6:]}"
    if c == "NO":
        return _checked(r, lambda: _ddmmyy(d) + str(r.randint(0, 4)) + draw(r, 2, DIG), "no.fodselsnummer", DIG, 2, 50)
    if c == "DK":
        v = _checked(r, lambda: _ddmmyy(d) + str(r.choice([0, 1, 2, 3]) if d.year < 2000 else r.choice([4, 9])) + draw(r, 2, DIG), "dk.cpr")
        return f"{v[:6]}-{v[6:]}"
    if c == "FI":
        sep = "-" if d.year < 2000 else "A"
        return _checked(r, lambda: _ddmmyy(d) + sep + draw(r, 3, DIG), "fi.hetu", "0123456789ABCDEFHJKLMNPRSTUVWXY")
    if c == "EE":
        g = (3 if d.year < 2000 else 5) + (1 - sex)
        return _checked(r, lambda: str(g) + _yymmdd(d) + draw(r, 3, DIG), "ee.ik")
    if c == "LT":
        g = (3 if d.year < 2000 else 5) + (1 - sex)
        return _checked(r, lambda: str(g) + _yymmdd(d) + draw(r, 3, DIG), "lt.asmens")
    if c == "CZ":
        month = d.month + (50 if p.female else 0)
        v = _checked(r, lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + draw(r, 3, DIG), "cz.rc")
        return f"{v[:6]}/{v[6:]}"
    if c == "RO":
        g = (1 if d.year < 2000 else 5) + (1 - sex)
        return _checked(r, lambda: str(g) + _yymmdd(d) + f"{r.randint(1, 40):02d}" + draw(r, 3, DIG), "ro.cnp")
    if c == "TR":
        return _checked(r, lambda: str(r.randint(1, 9)) + draw(r, 8, DIG), "tr.tckimlik", DIG, 2, 40)
    if c == "GR":
        return _checked(r, lambda: _ddmmyy(d) + draw(r, 4, DIG), "gr.amka")
    if c == "RU":
        return _checked(r, lambda: str(r.randint(10, 79)) + draw(r, 8, DIG), "ru.inn", DIG, 2, 40)
    if c == "UA":
        return _checked(r, lambda: draw(r, 9, DIG), "ua.rntrc")
    if c == "BG":
        month = d.month + (40 if d.year >= 2000 else 0)
        return _checked(r, lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + draw(r, 2, DIG) + str(r.choice([0, 2, 4, 6, 8]) + (1 - sex)), "bg.egn")
    if c == "HR":
        return _checked(r, lambda: str(r.randint(1, 9)) + draw(r, 9, DIG), "hr.oib")
    if c == "IL":
        return _checked(r, lambda: draw(r, 8, DIG), "il.idnr")
    if c == "CN":
        return _checked(r, lambda: r.choice(["330106", "350203", "330102", "330104", "510113", "610104", "610112"]) + d.strftime("%Y%m%d") + draw(r, 3, DIG), "cn.ric",
                        DIG + "X")
    if c == "KR":
        g = (1 if d.year < 2000 else 3) + (1 - sex)
        v = _checked(r, lambda: _yymmdd(d) + str(g) + draw(r, 5, DIG), "kr.rrn")
        return f"{v[:6]}-{v[6:]}"
    if c == "JP":
        v = _checked(r, lambda: str(r.randint(1, 9)) + draw(r, 10, DIG), "jp.in_")
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if c == "TH":
        v = _checked(r, lambda: str(r.randint(1, 8)) + draw(r, 11, DIG), "th.pin")
        return f"{v[0]}-{v[1:5]}-{v[5:10]}-{v[10:12]}-{v[12]}"
    if c == "ID":
        return _checked(r, lambda: r.choice(["3404", "3573", "1271", "7371"]) + draw(r, 2, DIG)
                        + f"{d.day + (40 if p.female else 0):02d}{d.month:02d}{d.year % 100:02d}" + draw(r, 3, DIG), "id.nik")
    if c == "VN":
        return r.choice(["001", "031", "048", "079", "092"]) + str((d.year // 100 - 19) * 2 + (1 if p.female else 0)) + f"{d.year % 100:02d}" + draw(r, 6, DIG)
    if c == "US":
        return make_ssn(r)
    if c == "EG":
        return str(2 if d.year < 2000 else 3) + _yymmdd(d) + r.choice(["01", "02", "12", "21", "25"]) + draw(r, 4, DIG) + draw(r, 1, DIG)
    return "784-" + str(d.year) + "-" + draw(r, 7, DIG) + "-" + draw(r, 1, DIG)


NATID_MODULE = {"GB": "gb.nhs", "IE": "ie.pps", "CA": "ca.sin", "AU": "au.tfn", "NZ": "nz.ird", "IN": "in_.aadhaar", "INH": "in_.aadhaar",
                "ZA": "za.idnr", "DE": "de.idnr", "AT": "at.vnr", "CH": "ch.ssn", "FR": "fr.nir", "BE": "be.nn", "ES": "es.dni", "MX": "mx.curp",
                "CL": "cl.rut", "IT": "it.codicefiscale", "NL": "nl.bsn", "PT": "pt.nif", "BR": "br.cpf", "PL": "pl.pesel",
                "SE": "se.personnummer", "NO": "no.fodselsnummer", "DK": "dk.cpr", "FI": "fi.hetu", "EE": "ee.ik", "LT": "lt.asmens",
                "CZ": "cz.rc", "RO": "ro.cnp", "TR": "tr.tckimlik", "GR": "gr.amka", "RU": "ru.inn", "UA": "ua.rntrc", "BG": "bg.egn",
                "HR": "hr.oib", "IL": "il.idnr", "CN": "cn.ric", "KR": "kr.rrn", "JP": "jp.in_", "TH": "th.pin", "ID": "id.nik"}


def make_ip(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["pub", "pub", "lan", "v6"])
    if kind == "lan":
        return r.choice([f"192.168.{r.randint(0, 50)}.{r.randint(2, 254)}", f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
    if kind == "v6":
        head = r.choice(["2a01", "2a02", "2600", "2604", "2a00", "2001:4860", "2406", "2c0f"])
        groups = [f"{r.randint(1, 0xffff):x}" for _ in range(8 - head.count(":") - 1)]
        if r.random() < 0.5:
            return f"{head}:{groups[0]}:{groups[1]}::{groups[-1]}"
        return ":".join([head] + groups)
    while True:
        a = r.randint(11, 223)
        if a in (100, 127, 169, 172, 192, 198, 203):
            continue
        return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def make_jwt(r: random.Random, sub: str = "") -> str:
    head = b64url(json.dumps({"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    claims = {"sub": sub or draw(r, 10, DIG), "iat": r.randint(1_750_000_000, 1_790_000_000), "scope": r.choice(["read write", "admin", "user"])}
    body = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url(r.randbytes(r.choice([32, 64])))}"


def make_pem(r: random.Random) -> str:
    label = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    body = base64.b64encode(r.randbytes(r.choice([121, 187, 240]))).decode()
    return f"-----BEGIN {label}-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + f"\n-----END {label}-----"


SECRETS = {
    "aws": lambda r: r.choice(["AKIA", "ASIA"]) + draw(r, 16, UP + "234567"),
    "awssecret": lambda r: draw(r, 40, B64),
    "openai": lambda r: r.choice(["sk-proj-", "sk-svcacct-"]) + draw(r, 56, URLSAFE) + "T3BlbkFJ" + draw(r, 40, URLSAFE),
    "anthropic": lambda r: "sk-ant-api03-" + draw(r, 93, URLSAFE) + "AA",
    "ghp": lambda r: r.choice(["ghp_", "gho_", "ghs_"]) + draw(r, 36),
    "ghpat": lambda r: "github_pat_11" + draw(r, 20, UP + DIG) + "_" + draw(r, 59),
    "slack": lambda r: f"{r.choice(['xoxb', 'xoxp'])}-{r.randint(10**10, 10**12)}-{r.randint(10**11, 10**13)}-{draw(r, 24)}",
    "stripe": lambda r: r.choice(["sk_live_", "rk_live_"]) + "51" + draw(r, 97),
    "whsec": lambda r: "whsec_" + draw(r, 32),
    "google": lambda r: "AIza" + draw(r, 35, URLSAFE),
    "glpat": lambda r: "glpat-" + draw(r, 20, URLSAFE),
    "sendgrid": lambda r: f"SG.{draw(r, 22, URLSAFE)}.{draw(r, 43, URLSAFE)}",
    "twilio": lambda r: "SK" + draw(r, 32, HX),
    "npm": lambda r: "npm_" + draw(r, 36),
    "hf": lambda r: "hf_" + draw(r, 34, string.ascii_letters),
    "telegram": lambda r: f"{r.randint(5_000_000_000, 7_999_999_999)}:AA{draw(r, 33, URLSAFE)}",
    "discord": lambda r: f"{b64url(str(r.randint(10**17, 10**18)).encode())}.{draw(r, 6, URLSAFE)}.{draw(r, 38, URLSAFE)}",
    "vault": lambda r: "hvs." + draw(r, 24),
    "azure": lambda r: base64.b64encode(r.randbytes(64)).decode(),
    "datadog": lambda r: draw(r, 32, HX),
    "mailgun": lambda r: "key-" + draw(r, 32, HX),
    "doctl": lambda r: "dop_v1_" + draw(r, 64, HX),
    "shopify": lambda r: "shpat_" + draw(r, 32, HX),
    "linear": lambda r: "lin_api_" + draw(r, 40),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmcCJ" + draw(r, 50, URLSAFE),
}
_WORDS = ["Marzipan", "kettle", "Osprey", "juniper", "Tangerine", "walrus", "Cinnamon", "basalt", "Nimbus", "quince", "Harbour", "fennel"]


def make_password(r: random.Random, style: str = "") -> str:
    style = style or r.choice(["word", "mix", "phrase", "leet"])
    if style == "word":
        return f"{r.choice(_WORDS)}{r.randint(10, 2029)}{r.choice('!?#$*')}"
    if style == "phrase":
        return "-".join(r.sample(_WORDS, 3)).lower() + str(r.randint(1, 99))
    if style == "leet":
        w = r.choice(_WORDS).replace("a", "@").replace("o", "0").replace("e", "3")
        return f"{w}{r.choice('!%&')}{r.randint(100, 999)}"
    return draw(r, r.randint(14, 22), AN + "!#%&*+=?@^")


ORGS = {
    "en": ["Bramblegate Veterinary Clinic", "Hollins & Pike Accountants", "Tidewater Family Dental", "Crestline Physio", "Marlowe Street Primary School",
           "Quillfeather Print Co.", "Ashgrove Credit Union", "Saltmarsh Roofing Ltd", "Lantern Row Dental Practice", "Corvid Analytics LLC",
           "Kettleby Farm Shop", "Northfold Building Society", "Greywillow Care Home", "Pinecrest Orthodontics", "Fernhill Academy", "Ridgeback Logistics"],
    "de": ["Zahnarztpraxis Dr. Wehmeyer", "Stadtwerke Lindenau", "Bäckerei Osterkamp", "Hausverwaltung Kröger & Sohn", "Steuerkanzlei Brandstätter",
           "Volksbank Mittelweser", "Grundschule am Kiefernhain"],
    "fr": ["Cabinet dentaire des Tilleuls", "Boulangerie Perrichon", "Crédit Mutuel de Kerlann", "Agence immobilière Lemarié", "Lycée Jean-Ferrat de Vaulx"],
    "es": ["Clínica Dental Arrieta", "Gestoría Olmedo", "Autoescuela La Rambla", "Cooperativa Valle del Jerte", "Colegio San Ciriaco"],
    "it": ["Studio dentistico Ferrandi", "Officina Bertolazzi", "Banca di Credito Cooperativo di Vallagarina", "Liceo Galilei di Cremona"],
    "nl": ["Tandartspraktijk De Linde", "Woningcorporatie Eemland", "Bakkerij Verhoef", "Administratiekantoor Hoogland"],
    "pt": ["Clínica Santa Luzia", "Contabilidade Oliveira & Filhos", "Imobiliária Ponte Nova", "Escola Básica da Lapa"],
    "pl": ["Przychodnia Zdrowie Plus", "Biuro Rachunkowe Kowalik", "Spółdzielnia Mieszkaniowa Zacisze"],
    "sv": ["Tandläkarna i Sundbyberg", "Bostadsrättsföreningen Linden", "Redovisningsbyrån Ek"],
    "no": ["Tannlegesenteret Fjordgløtt", "Regnskapskontoret Berg", "Borettslaget Solsiden"],
    "da": ["Tandklinikken Havnegade", "Andelsboligforeningen Kløvervang", "Revisionsfirmaet Holm"],
    "fi": ["Hammaslääkäriasema Lumo", "Tilitoimisto Kuusela", "Asunto Oy Koivurinne"],
    "cs": ["Zubní ordinace MUDr. Veselá", "Účetní kancelář Horák", "SVJ Na Výsluní"],
    "ro": ["Cabinet Stomatologic Dentis", "Contabilitate Expert Prim", "Asociația de Proprietari Bloc 14"],
    "tr": ["Diş Kliniği Gülümse", "Mali Müşavirlik Aksoy", "Lale Apartmanı Yönetimi"],
    "el": ["Οδοντιατρείο Καλλιγά", "Λογιστικό Γραφείο Μαρκου", "Φροντιστήριο Ορίζοντας"],
    "ru": ["Стоматология «Улыбка»", "ООО «Северный ветер»", "ТСЖ «Берёзка»"],
    "uk": ["Стоматологія «Дента Плюс»", "ТОВ «Карпатська кава»", "ОСББ «Затишок»"],
    "bg": ["Дентален център „Усмивка“", "Счетоводна кантора Иванов", "ЕТ „Роза“"],
    "hr": ["Stomatološka ordinacija Smile", "Računovodstvo Kovač", "Dječji vrtić Maslačak"],
    "lt": ["Odontologijos klinika Šypsena", "UAB Baltijos vėjas", "Buhalterinė apskaita Rasa"],
    "et": ["Hambaravi Kuldne Hammas", "OÜ Põhjatuul", "Raamatupidamisbüroo Mänd"],
    "he": ["מרפאת השיניים של ד\"ר כהן", "משרד רואי חשבון גולן", "ועד הבית ברחוב הגפן"],
    "ar": ["عيادة الابتسامة لطب الأسنان", "مكتب النور للمحاسبة", "مدرسة الرواد الخاصة"],
    "hi": ["शर्मा डेंटल क्लिनिक", "गुप्ता एंड एसोसिएट्स", "सरस्वती विद्या मंदिर"],
    "zh": ["杭州明德会计事务所", "康宁口腔诊所", "星河物业管理有限公司"],
    "ja": ["さくら歯科クリニック", "山田会計事務所", "株式会社ひまわり不動産"],
    "ko": ["미소치과의원", "한빛세무회계", "푸른숲어린이집"],
    "th": ["คลินิกทันตกรรมยิ้มสวย", "สำนักงานบัญชีรุ่งเรือง", "โรงเรียนอนุบาลดวงดาว"],
    "vi": ["Nha khoa Hoàng Gia", "Công ty TNHH Sao Mai", "Trường Mầm non Hoa Sen"],
    "id": ["Klinik Gigi Senyum Sehat", "Kantor Akuntan Wibisono", "Koperasi Sejahtera Bersama"],
}


def personal_link(r: random.Random, p: Person, kind: str = "") -> str:
    f, l = slug(p.first_l), slug(p.last_l)
    kind = kind or r.choice(["li", "gh", "site", "cal", "ig", "mast", "drive", "dbx", "strava", "mail"])
    return {
        "li": lambda: f"https://www.linkedin.com/in/{f}-{l}-{draw(r, 8, LOW + DIG)}",
        "gh": lambda: f"https://github.com/{f[0]}{l}{r.randint(1, 99)}",
        "site": lambda: f"https://{f}{l}.{r.choice(['me', 'dev', 'net', 'photo'])}",
        "cal": lambda: f"https://calendly.com/{f}-{l}/{r.choice(['intro', '30min', 'coffee'])}",
        "ig": lambda: f"https://instagram.com/{f}.{l}{r.choice(['', '_', '.art'])}",
        "mast": lambda: f"https://{r.choice(['mastodon.social', 'fosstodon.org', 'chaos.social'])}/@{f}{l[:3]}",
        "drive": lambda: f"https://drive.google.com/drive/folders/{draw(r, 33, URLSAFE)}?usp=sharing",
        "dbx": lambda: f"https://www.dropbox.com/scl/fi/{draw(r, 25, LOW + DIG)}/{l}_{r.choice(['passport', 'payslips', 'lease', 'cv'])}.pdf?rlkey={draw(r, 25, LOW + DIG)}&dl=0",
        "strava": lambda: f"https://www.strava.com/athletes/{r.randint(1_000_000, 99_999_999)}",
        "mail": lambda: f"https://portal.{r.choice(['fernhill-hr', 'ashgrove-cu', 'crestline-physio'])}.com/reset?email={make_email(r, p)}",
    }[kind]()


# Values that look like PII and are not (no span is made for them).
DOC_IPS = ["192.0.2.", "198.51.100.", "203.0.113."]
LOOKALIKES = {
    "order": lambda r: r.choice(["#", "ORD-", "PO-", "RMA-", "INV/", "SO"]) + draw(r, r.choice([6, 8, 10]), DIG),
    "semver": lambda r: f"{r.randint(0, 9)}.{r.randint(0, 40)}.{r.randint(0, 30)}",
    "uuid": lambda r: f"{draw(r, 8, HX)}-{draw(r, 4, HX)}-4{draw(r, 3, HX)}-{r.choice('89ab')}{draw(r, 3, HX)}-{draw(r, 12, HX)}",
    "sha": lambda r: draw(r, 40, HX),
    "short": lambda r: draw(r, 7, HX),
    "sha256": lambda r: draw(r, 64, HX),
    "price": lambda r: r.choice(["$", "€", "£", "CHF "]) + f"{r.randint(3, 4999)}.{r.randint(0, 99):02d}",
    "docip": lambda r: r.choice(DOC_IPS) + str(r.randint(1, 254)),
    "doc6": lambda r: f"2001:db8:{r.randint(1, 0xfff):x}::{r.randint(1, 0xff):x}",
    "exmail": lambda r: r.choice(["alice@example.com", "bob@example.org", "noreply@example.net", "user@example.com", "jane.doe@example.com"]),
    "testcard": lambda r: r.choice(["4242 4242 4242 4242", "4000 0000 0000 9995", "5555 5555 5555 4444", "3782 822463 10005", "4000 0025 0000 3155"]),
    "placeholder": lambda r: r.choice(["sk-...", "<your-api-key>", "AKIAIOSFODNN7EXAMPLE", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "${OPENAI_API_KEY}",
                                       "changeme", "YOUR_SECRET_HERE", "sk_test_...", "xoxb-your-token", "REPLACE_ME"]),
    "doc": lambda r: r.choice(["https://docs.djangoproject.com/en/5.0/topics/auth/", "https://nginx.org/en/docs/http/ngx_http_proxy_module.html",
                               "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", "https://www.rfc-editor.org/rfc/rfc5737",
                               "https://docs.stripe.com/testing", "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html",
                               "https://www.postgresql.org/docs/current/libpq-connect.html", "https://docs.docker.com/compose/environment-variables/"]),
    "cve": lambda r: f"CVE-20{r.randint(19, 26)}-{r.randint(1000, 49999)}",
    "mac": lambda r: ":".join(draw(r, 2, HX) for _ in range(6)),
    "isbn": lambda r: r.choice(["978-0-13-468599-1", "978-1-4919-5035-7", "978-0-262-03384-8", "978-3-16-148410-0"]),
    "tracking": lambda r: "1Z" + draw(r, 16, UP + DIG),
    "port": lambda r: str(r.choice([22, 443, 5432, 6443, 8080, 9090, 51820])),
    "loop": lambda r: r.choice(["127.0.0.1", "0.0.0.0", "::1", "localhost"]),
    "year": lambda r: str(r.randint(1990, 2026)),
    "build": lambda r: f"{r.randint(20, 26)}{r.randint(1, 12):02d}.{r.randint(1, 9999)}",
    "epoch": lambda r: str(r.randint(1_700_000_000, 1_800_000_000)),
    "pct": lambda r: f"{r.randint(1, 99)}%",
    "ms": lambda r: f"{r.randint(3, 2400)} ms",
}


# ---------------------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------------------
class Context:
    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.country = locale.split("-", 1)
        self.people: dict[int, Person] = {}
        self.cache: dict[str, Parts] = {}

    def who(self, n: int) -> Person:
        if n not in self.people:
            for _ in range(10):
                p = Person(self.rng, self.country)
                if all(p.first != q.first and p.last != q.last for q in self.people.values()):
                    break
            self.people[n] = p
        return self.people[n]


_SLOT = re.compile(r"^(?P<kind>[a-z_]+?)(?:\.(?P<n>\d))?(?::(?P<arg>[^~]*))?(?:~(?P<again>\w+))?$")


def fill(ctx: Context, slot: str) -> Parts:
    """What one slot becomes: a list of (text, TYPE or None)."""
    if slot == "LB":
        return [("{", None)]
    if slot == "RB":
        return [("}", None)]
    m = _SLOT.match(re.sub(r"~\w+", "", slot) + ("~x" if "~" in slot else ""))
    if m is None:
        raise KeyError(slot)
    kind, arg = m["kind"], m["arg"] or ""
    n = int(m["n"] or 1)
    key = slot
    if key in ctx.cache and kind not in ("pick", "int"):
        return ctx.cache[key]
    out = _make(ctx, kind, n, arg)
    ctx.cache[key] = out
    return out


def _make(ctx: Context, kind: str, n: int, arg: str) -> Parts:
    r, lang, c = ctx.rng, ctx.lang, ctx.country
    p = ctx.who(n) if kind in ("name", "first", "last", "roman", "caps", "mail", "work", "tel", "dob", "natid", "iban", "card", "addr", "home",
                               "link", "user", "jwtof", "initial") else None
    if kind in ("name", "first", "last"):
        return [({"name": p.full, "first": p.first, "last": p.last}[kind], "PERSON")]
    if kind == "roman":
        return [(f"{p.first_l} {p.last_l}", "PERSON")]
    if kind == "caps":
        return [(ascii_fold(p.last_l).upper(), "PERSON"), (", " if arg != "slash" else "/", None), (ascii_fold(p.first_l).upper(), "PERSON")]
    if kind == "initial":
        return [(p.first_l[0] + ".", "PERSON"), (" ", None), (p.last_l, "PERSON")]
    if kind == "user":
        return [(f"{slug(p.first_l)[0]}{slug(p.last_l)}", None)]
    if kind == "mail":
        return [(make_email(r, p), "EMAIL")]
    if kind == "work":
        host = arg or r.choice(["bramblegate-vets.co.uk", "hollinspike.com", "corvid-analytics.io", "quillfeather.net", "ridgeback-logistics.com",
                                "osterkamp-baeckerei.de", "arrieta-dental.es", "verhoef-bakkerij.nl", "kuusela.fi", "ashgrove.coop"])
        return [(make_email(r, p, host), "EMAIL")]
    if kind == "tel":
        return [(make_phone(r, p.country), "PHONE")]
    if kind == "dob":
        return [(date_text(r, "en" if arg == "en" else lang, p.country, p.dob), "DATE_OF_BIRTH")]
    if kind == "natid":
        return [(national_id(r, p), "NATIONAL_ID")]
    if kind == "iban":
        cc = arg or IBAN_OF.get(p.country, p.country)
        return [(make_iban(r, cc), "IBAN")]
    if kind == "card":
        return [(make_card(r, arg), "CREDIT_CARD")]
    if kind == "addr":
        k = f"addr#{n}"
        if k not in ctx.cache:
            ctx.cache[k] = [(make_address(r, p.country, r.choice(COUNTRIES[p.country][4].split("|")), p.town), "ADDRESS")]
        return ctx.cache[k]
    if kind == "home":
        return [(p.town, "LOCATION")]
    if kind == "link":
        return [(personal_link(r, p, arg), "URL")]
    if kind == "jwtof":
        return [(make_jwt(r, make_email(r, p)), "SECRET")]
    if kind == "ssn":
        return [(make_ssn(r, arg), "US_SSN")]
    if kind == "town":
        taken = {q.town for q in ctx.people.values()}
        towns = [t for t in COUNTRIES[c][3].split("|") if t not in taken]
        return [(r.choice(towns or COUNTRIES[c][3].split("|")), "LOCATION")]
    if kind == "org":
        return [(r.choice(ORGS.get(lang, ORGS["en"])), "ORGANIZATION")]
    if kind == "date":
        d = datetime.date(2025, 9, 1) + datetime.timedelta(days=r.randint(0, 600))
        return [(date_text(r, "en" if arg == "en" else lang, c, d), "DATE")]
    if kind == "ip":
        return [(make_ip(r, arg), "IP_ADDRESS")]
    if kind == "key":
        return [(SECRETS[arg or r.choice(list(SECRETS))](r), "SECRET")]
    if kind == "jwt":
        return [(make_jwt(r), "SECRET")]
    if kind == "pem":
        return [(make_pem(r), "SECRET")]
    if kind == "pw":
        return [(make_password(r, arg), "SECRET")]
    if kind == "dsn":
        scheme = arg or r.choice(["postgres", "postgresql", "mysql", "mongodb", "redis", "amqp", "sqlserver"])
        user = r.choice(["webapp", "report_ro", "root", "airflow", "orders_svc", "grafana"])
        host = r.choice(["pg-main.svc.cluster.local", "10.0.12.40", "mysql-prod.internal", "redis-cache", "rabbit.lan", "db.prod.example-internal.net"])
        return [(f"{scheme}://", None), (f"{user}:{make_password(r, r.choice(['mix', 'word', 'leet']))}", "SECRET"),
                (f"@{host}:{r.choice([5432, 3306, 27017, 6379, 5672, 1433])}/{r.choice(['shop', 'warehouse', 'metrics', 'tickets'])}", None)]
    if kind == "basic":
        return [(f"{r.choice(['ci', 'deploy', 'jenkins', 'backup'])}:{make_password(r, 'mix')}", "SECRET")]
    if kind == "cc":
        return [(make_card(r, arg), "CREDIT_CARD")]
    if kind == "bank":
        return [(make_iban(r, arg), "IBAN")]
    if kind == "neg":
        return [(LOOKALIKES[arg](r), None)]
    if kind == "int":
        lo, hi = arg.split("-")
        return [(str(r.randint(int(lo), int(hi))), None)]
    if kind == "pick":
        return [(r.choice(arg.split("|")), None)]
    if kind == "hhmm":
        return [(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", None)]
    if kind == "ts":
        return [(f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z", None)]
    if kind == "exp":
        return [(f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", None)]
    if kind == "amount":
        return [(f"{r.randint(12, 4800)}.{r.randint(0, 99):02d}", None)]
    raise KeyError(kind)


def _slots(t: str) -> str:
    """Doubled braces to {LB}/{RB}; single-brace slots are kept."""
    return re.sub(r"\{\{|\}\}|\{[^{}]*\}", lambda m: {"{{": "{LB}", "}}": "{RB}"}.get(m[0], m[0]), t)


# ---------------------------------------------------------------------------------------------------------------------
# English prompts: each body is asked for with two of the request lines below
# ---------------------------------------------------------------------------------------------------------------------
_REQUESTS = [
    "", "Could you tidy this up so it reads professionally?\n\n", "Turn this into a short bulleted summary:\n", "What should I reply to this?\n\n",
    "Please check this for mistakes before I send it.\n\n", "Extract the key facts into a table.\n", "Rewrite this more politely:\n\n",
    "Explain what's going on here, I'm not technical.\n\n", "Convert to JSON, one object per record:\n", "Draft a response in the same tone:\n---\n",
    "Is anything missing from this?\n\n", "Give me a one-paragraph version of this.\n", "help me understand this pls\n\n",
    "Fix the formatting, nothing else:\n", "Summarise for my manager:\n\n", "Turn this into a to-do list with due dates:\n",
    "Why isn't this working?\n", "Write a calm reply that doesn't admit fault:\n\n",
]
_EN: list[tuple[str, str]] = [
    # --- social security numbers
    ("en-US", "Beekeepers' association membership renewal\nMember: {name} | SSN (for the state apiary grant, last year's form asked for it): {ssn} | DOB {dob}\nApiary site: {addr}\nPhone {tel}"),
    ("en-US", "Hey, the orthodontist's payment plan form wants my son's and my info. Parent: {name}, SSN {ssn}, card on file {card} exp {exp}. Is it normal to give an orthodontist a social?"),
    ("en-US", "payroll_corrections.csv\nemp_id,full_name,ssn,hire_date,state\n{int:10000-99999},{name},{ssn},{date},{pick:OH|KS|NM|GA}\n{int:10000-99999},{name.2},{ssn~b},{date~b},{pick:OH|KS|NM|GA}"),
    ("en-US", "My grandmother ({name}, born {dob}) got a letter saying her Medicare card number changed, and the caller asked her to confirm SSN {ssn:space}. She lives alone at {addr}. Scam or legit?"),
    ("en-US", "Scholarship application, section C (financial aid)\nStudent: {name}\nStudent SSN: {ssn}\nParent/guardian: {name.2}\nParent SSN: {ssn~p}\nHousehold income: ${int:28000-140000}\nSchool: {org}"),
    ("en-US", "SELECT * FROM dependents WHERE policy_id = {int:100000-999999};\n-- result\n| name | relation | ssn | dob |\n| {name} | self | {ssn:bare} | {dob} |\n| {name.2} | spouse | {ssn~s:bare} | {dob.2} |"),
    ("en-US", "Storage unit lien notice. Tenant {name}, unit {pick:B14|C07|A22}, balance past due since {date}. Tenant's SSN on the rental agreement: {ssn}. Contact on file: {tel} / {mail}."),
    ("en-US", "I'm filling out the 1099-NEC for our dog walker. Recipient: {name}, TIN {ssn}, address {addr}. Do I put her name exactly as on her Social Security card?"),
    ("en-US", "Rental application (co-signer)\nFull legal name: {caps}\nSocial Security #: {ssn}\nDate of birth: {dob}\nCurrent employer: {org}\nMonthly income: ${int:3200-9800}"),
    ("en-US", "chat log, HR helpdesk\n[{hhmm}] {first}: i put the wrong social on my W-4, it says {ssn~w} but it should be {ssn}\n[{hhmm}] agent: no problem, I'll update it, can you confirm your DOB?\n[{hhmm}] {first}: {dob}"),
    ("en-US", "Credit freeze checklist for {name}:\n- SSN: {ssn}\n- DOB: {dob}\n- Address for the last two years: {addr}\n- Email used for the Equifax account: {mail}"),
    ("en-US", "Could you write a python regex to mask this in our logs? Example line: `2026-03-04 user_created name=\"{name}\" ssn={ssn} ip={ip}`"),
    ("en-US", "Dear {name},\nThe Social Security number you entered ({ssn}) does not match our records for the {pick:FAFSA|benefits|enrollment} application submitted on {date}. Please call {tel} or reply to {work:ashgrove.coop}."),
    # --- cards
    ("en", "My card got charged twice at a campsite in {town}. Card {card}, charged {amount} on {date} and again the day after. Bank says to email the merchant first. Draft it for me? I'm {name}."),
    ("en", "transactions_export.csv\ndate,merchant,amount,card\n{date},Wildflower Café,{amount},{card}\n{date~b},Ferry ticket,{amount~b},{card}\nCan you total these by card?"),
    ("en", "Hi, my wife {name.2} and I share a card ({card}) and the app locked it after she tried to pay from {ip}. How do we tell the bank it was her? My number is {tel}."),
    ("en", "Stripe webhook body that failed signature check:\n{{\"object\":\"charge\",\"billing_details\":{{\"name\":\"{name}\",\"email\":\"{mail}\"}},\"payment_method_details\":{{\"card\":{{\"last4\":\"{int:1000-9999}\"}}}}}}\nheader secret I used: {key:whsec}"),
    ("en", "my kid used my card {card} on a game, {amount} gone. the account is under {mail}. how do i get a refund from the app store?"),
    ("en", "Please help me write a dispute letter. Cardholder: {name}. Card number: {card}. Merchant: Blue Heron Furniture. Order placed {date}, never delivered. Billing address: {addr}."),
    ("en", "Booking form the hotel sent back to check:\nGuest: {caps}\nCard: {card:amex} exp {exp}\nArrival: {date}\nGuests: 2\nPhone: {tel}\nWhy would they need the full card number by email?"),
    ("en", "I'm building a test for my checkout. This is a real card a customer pasted into the support chat by mistake: {card}. How should the support tool redact it automatically?"),
    ("en", "Fuel card audit. Driver {name} used card {card:mc} at {town} on {date} and at {town~b} the same evening. Is that physically possible? 380 miles apart."),
    ("en", "Subscription cancel request\nName on account: {name}\nEmail: {mail}\nCard ending / full number as they asked: {card}\nReason: moving to {town}"),
    # --- IBAN / bank
    ("en", "Our lodger {name} pays rent by transfer from {iban}. She's moving out on {date}. How do I write a deposit return letter that mentions the deductions?"),
    ("en", "Freelance invoice #{int:100-999}\nFrom: {name}, {addr}\nTo: {org}\nAmount: €{int:400-6000}\nPay to IBAN {iban}\nDue {date}"),
    ("en", "The rowing club treasurer asked everyone to send their IBAN for the regatta refunds. Mine is {iban}, name {name}. Is email safe enough for that?"),
    ("en", "Direct debit mandate\nCreditor: {org}\nDebtor: {name}\nDebtor IBAN: {iban}\nMandate signed {date} in {home}"),
    ("en", "Payroll file is rejecting one row: `{name};{iban};{amount};SALA` — the bank says the IBAN check digits are fine. What else could it be?"),
    ("en", "I sent money to the wrong IBAN! Meant {iban} (my brother {name.2}) but typed {iban~wrong}. Sent {date}. What can my bank do?"),
    ("en", "Wedding gift list: guests can transfer to {iban:IE} (account name {name} & {name.2}). Can you make this sound less awkward for the invitation?"),
    # --- national IDs (outside the US)
    ("en-id", "NHS/tax/ID question: the letter for {name} quotes number {natid} and a date of birth of {dob}. Which office issued it and what is it for?"),
    ("en-id", "Locum doctor onboarding form\nName: {name}\nNational ID / insurance number: {natid}\nDOB: {dob}\nHome address: {addr}\nPractice: {org}"),
    ("en-id", "My accountant emailed asking for my number again: {natid}. I'm {name}, {mail}. Write a reply saying I already sent it on {date} and asking them to use the secure portal."),
    ("en-id", "spreadsheet row copied from the school trip list:\n{name}\t{dob}\t{natid}\t{tel}\temergency contact {name.2}\nWhat's the safest way to share this with the coach company?"),
    ("en-id", "Dear Sir/Madam, I, {name} (ID {natid}), authorise {name.2} to collect my parcel from the depot in {town} on {date}. Signed, {first}"),
    ("en-id", "Pension transfer form — check my entries?\nSurname: {last}\nForenames: {first}\nNational number: {natid}\nDate of birth: {dob}\nNew provider: {org}"),
    ("en-id", "Volunteer driver vetting for {org}: applicant {name}, born {dob}, ID no. {natid}, lives in {home}. Please draft the reference request email to {mail.2}."),
    ("en-id", "I found a wallet on the bus in {town}. Inside: an ID card for {name}, number {natid}, born {dob}. How do I hand it in and should I try to contact them?"),
    ("en-id", "Tenant referencing result for {name}\nID number: {natid}\nCurrent address: {addr}\nEmployer: {org}\nRecommendation: approve"),
    # --- IP addresses
    ("en", "My home router keeps dropping. WAN IP is {ip:pub}, the NAS is on {ip:lan} and my laptop gets {ip~l:lan}. Logs say 'DHCP lease renewal failed'. Any idea?"),
    ("en", "fail2ban banned my own office IP {ip:pub} this morning after I typed my password wrong. How do I unban it and whitelist it?\n```\n[sshd] Ban {ip:pub}\n[sshd] Found {ip~x:pub} - {ts}\n```"),
    ("en", "```nginx\nlocation /admin {{\n    allow {ip:pub};\n    allow {ip~v:v6};\n    deny all;\n}}\n```\nThe first IP is my flat, the second my phone's. Will this still work when I'm on mobile data?"),
    ("en", "Someone keeps logging into my Spotify. Account activity shows logins from {ip:pub} and {ip~b:pub} on {date}. My own address is {ip~c:pub}. Is it enough to change my password?"),
    ("en", "wireguard peer config for my dad's place, does this look right?\n[Peer]\nPublicKey = {neg:sha256}\nEndpoint = {ip:pub}:{pick:51820|51821|443}\nAllowedIPs = {ip~l:lan}/32\n# {name}'s house"),
    ("en", "access.log excerpt:\n{ip:pub} - - [{ts}] \"GET /wp-login.php HTTP/1.1\" 200 4512\n{ip~b:pub} - - [{ts}] \"POST /xmlrpc.php HTTP/1.1\" 403 199\n{ip~c:v6} - - [{ts}] \"GET / HTTP/2\" 200 9012\nwhich of these should I block?"),
    ("en", "Teams call with my cousin keeps cutting out. His IP (he sent a screenshot) is {ip:v6} and mine is {ip~b:pub}. Could our ISPs be throttling?"),
    ("en", "iptables -A INPUT -s {ip:pub} -p tcp --dport 22 -j ACCEPT\niptables -A INPUT -s {ip~b:pub} -j DROP\nThe first one is {first}'s home connection. Explain what these rules do."),
    ("en", "Network inventory\n| host | ip | owner |\n| nas-kitchen | {ip:lan} | {name} |\n| printer-upstairs | {ip~b:lan} | {name.2} |\n| vpn-exit | {ip~c:pub} | shared |"),
    ("en", "Minecraft server for my kids: {ip:pub}:25565. A stranger joined from {ip~b:pub}. Whitelist syntax?"),
    ("en", "Our Pi-hole shows {ip:lan} making 40k DNS requests an hour. That's {first}'s gaming PC. Malware?"),
    # --- secrets
    ("en", "Why does this fail with 401?\n```python\nimport anthropic\nclient = anthropic.Anthropic(api_key=\"{key:anthropic}\")\nclient.messages.create(model=\"claude-sonnet-4-5\", max_tokens=200, messages=[])\n```"),
    ("en", ".env from the staging box:\nOPENAI_KEY={key:openai}\nSTRIPE_API_KEY={key:stripe}\nDATABASE_URL={dsn:postgres}\nSENTRY_DSN=https://{neg:sha}@o{int:100000-999999}.ingest.sentry.io/{int:1000-9999}\nWhat is each of these for?"),
    ("en", "GitHub Action keeps failing on push:\n```yaml\n- run: git push https://{basic}@git.internal.lan/team/site.git\n  env:\n    GH_TOKEN: {key:ghpat}\n```\nerror: remote rejected. Why?"),
    ("en", "terraform.tfvars (please review for mistakes):\naws_access_key = \"{key:aws}\"\naws_secret_key = \"{key:awssecret}\"\nregion = \"eu-west-2\"\nowner_email = \"{work}\""),
    ("en", "My slack bot won't post. Token: {key:slack}. Error: not_in_channel. What scope am I missing?"),
    ("en", "docker-compose.yml\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: {pw}\n  app:\n    environment:\n      REDIS_URL: {dsn:redis}\n      SENDGRID_TOKEN: {key:sendgrid}\nwhy does app start before db?"),
    ("en", "I accidentally committed this to a public repo an hour ago:\n`GOOGLE_MAPS_KEY={key:google}`\nWhat do I need to do besides deleting the commit?"),
    ("en", "curl -H \"Authorization: Bearer {jwt}\" https://api.{pick:ridgeback-logistics.com|corvid-analytics.io}/v2/me\nreturns 403. Can you decode the token and tell me what's wrong?"),
    ("en", "The id_rsa on the old build server, does it look corrupt?\n{pem}"),
    ("en", "Kubernetes secret I made by hand:\napiVersion: v1\nkind: Secret\nmetadata:\n  name: mailer\nstringData:\n  MAILGUN_KEY: {key:mailgun}\n  SMTP_PASSWORD: \"{pw}\"\nkubectl says it's invalid."),
    ("en", "Our Telegram alert bot uses token {key:telegram}. Messages stopped arriving yesterday. Troubleshooting steps?"),
    ("en", "PHP config.php from a client's site:\n$db_host = 'localhost';\n$db_user = 'wp_{int:100-999}';\n$db_pass = '{pw:mix}';\n$admin_email = '{mail}';\nIs the password strong enough?"),
    ("en", "Hugging Face push fails: `huggingface-cli login --token {key:hf}` then 'Repository not found'. The repo is under my username."),
    ("en", "yarn publish from CI with .yarnrc.yml:\nnpmAuthToken: \"{key:npm}\"\nE403 forbidden. Scoped package issue?"),
    ("en", "Jenkins credentials dump I found in an old backup:\nid: deploy-vault\nsecret: {key:vault}\nid: do-api\nsecret: {key:doctl}\nShould I rotate both even though the server is off?"),
    ("en", "Spring application.properties:\nspring.datasource.url=jdbc:mysql://db-prod:3306/crm\nspring.datasource.username=crm_writer\nspring.datasource.password = {pw}\nmail.smtp.user={work}\nhow do I move the password into an env var?"),
    ("en", "Discord bot crashes on start.\n```js\nclient.login('{key:discord}');\n```\nError: Used disallowed intents."),
    ("en", "The mobile app sends this on every request; is it safe to log?\nAuthorization: Bearer {jwtof}\nX-Device: {ip:v6}"),
    ("en", "shopify-cli keeps asking me to log in even though SHOPIFY_ACCESS_TOKEN={key:shopify} is exported. Store owner is {name} ({work})."),
    ("en", "Linear API call returns 'Authentication required':\nfetch('https://api.linear.app/graphql', {{headers: {{Authorization: '{key:linear}'}}}})"),
    ("en", "Twilio SMS for the clinic reminders: API key {key:twilio}, secret {key:awssecret}. Messages to {tel} fail with 21610. What does that code mean?"),
    ("en", "~/.pypirc\n[pypi]\nusername = __token__\npassword = {key:pypi}\nupload says 'invalid or non-existent authentication'."),
    ("en", "Azure storage connection string from the function app:\nDefaultEndpointsProtocol=https;AccountName=stbackups{int:10-99};AccountKey={key:azure};EndpointSuffix=core.windows.net\nrotate how?"),
    ("en", "My router admin is at http://{ip:lan} and the login is admin / {pw:word}. I want to set up port forwarding for a game. Step by step?"),
    ("en", "ssh config for the family server:\nHost homebox\n  HostName {ip:pub}\n  User {pick:pi|admin|ubuntu}\n  IdentityFile ~/.ssh/homebox\n# sudo password: {pw:phrase}\nwhy does it still ask for a password?"),
    ("en", "datadog agent won't report: DD_API_KEY={key:datadog} DD_SITE=datadoghq.eu. Host is {ip:pub}."),
    ("en", "GitLab runner registration:\ngitlab-runner register --url https://gitlab.{pick:corvid-analytics.io|quillfeather.net} --token {key:glpat}\nIs the token a personal one or a runner one?"),
    # --- emails and phones in ordinary mail
    ("en", "From: {name} <{mail}>\nTo: {name.2} <{mail.2}>\nSubject: Carpool for Saturday\n\nHi {first.2}, can you pick up the kids from {addr} at 8? My mobile is {tel}. Cheers, {first}"),
    ("en", "Lost dog! Brindle greyhound, answers to Pepper, last seen near {town} on {date}. Owner {name}, call or text {tel} any time. Microchip registered to {mail}."),
    ("en", "Please turn this voicemail transcript into a note: \"Hi, it's {name} from {org}, calling about your boiler service on {date}. Call me back on {tel}, or email {work}. Thanks.\""),
    ("en", "I want to leave the choir WhatsApp group politely. Admin is {name} ({tel}). The director is {name.2}. Write a short message."),
    ("en", "Contact sheet for the residents' parking committee\nChair: {name}, {tel}, {mail}\nTreasurer: {name.2}, {tel.2}, {mail.2}\nMake it into a vCard for each."),
    ("en", "Write a reference for my former nanny {name}. She worked for us from {date} to {date~e}. Her phone is {tel} and she lives in {home}."),
    ("en", "Out-of-office draft: I'm away until {date}. For urgent matters contact {name.2} on {tel.2} or {work}. Can you make it friendlier?"),
    ("en", "text thread with the plumber:\nme: hi is this {first}?\n{first}: yes who's this\nme: {name.2}, you fixed our sink at {addr.2} last week, it's leaking again\n{first}: ok I can come {date}, call {tel} if plans change"),
    ("en", "Forwarding this to the committee, can you summarize? ---------- Forwarded message ---------\nFrom: {name} <{mail}>\nDate: {date}\nI can no longer host the book club at {addr}. Could someone else take it?"),
    ("en", "Hey, I got a LinkedIn message from {name} ({link:li}) offering a job at {org}. They want me to call {tel} and share my CV. Legit?"),
    ("en", "Here's the bio for the conference program, can you shorten it? \"{name} is a data engineer at {org} in {home}. You can find her work at {link:gh} and her writing at {link:site}.\""),
    ("en", "Our escape-room booking confirmation says: lead booker {name}, {mail}, {tel}, date {date}, 6 players. Can I change the time by email?"),
    ("en", "Speaker invite: please email {first} at {work} or book a slot here {link:cal}. Turn this into a short LinkedIn post."),
    ("en", "My ex keeps sharing our old photo album {link:drive} with people. It's under my account {mail}. How do I revoke access?"),
    ("en", "The bike club's Strava group — can you write a welcome post for {name}? Her profile: {link:strava}, she rides out of {home}."),
    ("en", "Got this password reset link but I didn't request it: {link:mail}\nShould I click it to see what it is?"),
    ("en", "Someone made a fake Instagram with my photos: {link:ig}. My real one is under {mail}. How do I report impersonation?"),
    ("en", "here's my portfolio: {link:site} and mastodon {link:mast}. help me write a 2 line bio for a craft fair stall application. name {name}, based in {home}"),
    ("en", "Dropbox link to my tenancy documents: {link:dbx}. I want to send it to the letting agent {name.2} but only for a week. How?"),
    # --- addresses, towns, orgs, dates, DOB
    ("en", "Change of address for the vet: {name}'s cat Miso now lives at {addr}. Old address was in {town}. Please update the vaccination reminder texts to {tel}."),
    ("en", "Parcel keeps going to the wrong house. Correct delivery address: {addr}. Recipient {name}, phone {tel}. Write instructions for the courier."),
    ("en", "Help me write a complaint to {org} about the roofer who left on {date} without finishing. Our address: {addr}. Quote was £{int:2000-9000}."),
    ("en", "Birthday party RSVP list\n- {name} (turning 7 on {dob}) + 1 parent\n- {name.2}, allergic to nuts\nParty at {addr} on {date}. Make it into a printable sheet."),
    ("en", "Moving checklist for {first}: leave {addr} on {date}, keys back to {org}, new place in {town}. Remind me who to notify."),
    ("en", "My mother-in-law {name} (DOB {dob}) is coming to stay from {town} for six weeks. Can she register temporarily with our GP, {org}?"),
    ("en", "Passport renewal for my daughter: {name}, born {dob} in {town}. Her old passport expired {date}. Which documents do I need?"),
    ("en", "School trip consent form\nChild: {name}\nDate of birth: {dob}\nDoctor: {org}\nEmergency contact: {name.2}, {tel.2}\nMedical notes: mild asthma"),
    ("en", "Draft a condolence card for {name.2}. Her husband {name} passed away on {date}. The funeral is at St Cuthbert's in {home}."),
    ("en", "patient intake (copied from the clinic portal)\nName: {name}\nDOB: {dob}\nAddress: {addr}\nGP: {org}\nReferral date: {date}\nReason: knee pain after fall"),
    ("en", "Can you format this tenant ledger?\n{name} | {addr} | lease start {date} | deposit £{int:600-2400}\n{name.2} | {addr.2} | lease start {date~b} | deposit £{int:600-2400}"),
    ("en", "I'm organising a surprise 60th for my dad {name}, born {dob}. Venue is the cricket club in {home}, date {date}. Help me write the invite text for his old colleagues at {org}."),
    ("en", "Letter to the council: I, {name}, of {addr}, object to planning application {neg:order} for the warehouse next to the primary school. Make it sound firm but polite."),
    ("en", "Job offer summary: {name} joins {org} as a warehouse supervisor on {date}, reporting to {name.2}. Work location {town}. Salary £{int:24000-41000}. Make it an email."),
    ("en", "My son {first} was born on {dob:en}, but the register office wrote his first name as {first.2} on the birth certificate. Who corrects that and how long does it take?"),
    ("en", "Dating-app safety note I'm leaving my flatmate: meeting {first.2} from Hinge on {date} at a pub in {town}. His number {tel.2}. If I don't text by 10 call me."),
    ("en", "Our home-swap partner {name} from {town} arrives {date}. Their address for the swap paperwork: {addr}. Write a welcome note listing the wifi and bin days."),
    ("en", "Insurance claim: bike stolen from outside {org} in {town} on {date}. Owner {name}, policy holder address {addr}, contact {mail}."),
    ("en", "Genealogy notes, please put into a family-tree table: {name} b. {dob}, married {name.2} in {town}; lived at {addr} until their move."),
    ("en", "Witness statement draft: On {date} I, {name}, saw a silver van reverse into a parked car outside {addr}. I can be reached at {tel}."),
    ("en", "Hi {first}, just confirming your piano lessons start {date} at 4:30. The studio is at {addr}. Fees go to {iban}. Best, {name.2}"),
    ("en", "Club transfer request: player {name}, born {dob}, moving from {org} to Riverside Juniors in {town}. Parent email {mail}."),
    # --- mixed carriers
    ("en", "```json\n{{\"customer\": {{\"name\": \"{name}\", \"email\": \"{mail}\", \"phone\": \"{tel}\", \"shipping\": \"{addr}\"}}, \"last_login_ip\": \"{ip}\", \"order\": \"{neg:order}\"}}\n```\nWrite a TypeScript type for this."),
    ("en", "INSERT INTO members (name, email, dob, iban) VALUES ('{name}', '{mail}', '{dob}', '{iban}');\nWhy does Postgres complain about the date format?"),
    ("en", "Sentry event breadcrumbs:\nuser.email = {mail}\nuser.ip_address = {ip}\nrequest.headers.Authorization = Bearer {key:openai}\nHow do I scrub these before they're sent?"),
    ("en", "Airtable row I need as Markdown:\nName: {name}\nCompany: {org}\nEmail: {work}\nPhone: {tel}\nLinkedIn: {link:li}\nFollow-up: {date}"),
    ("en", "mail merge test row:\n\"{first}\",\"{last}\",\"{mail}\",\"{addr}\",\"{card}\"\nThe card column should be removed before the mailing; show me how in Excel."),
    ("en", "Graphql response from our staging API — why is `dob` a string?\n{{\"data\":{{\"user\":{{\"id\":\"{neg:uuid}\",\"fullName\":\"{name}\",\"dob\":\"{dob}\",\"homeCity\":\"{home}\"}}}}}}"),
    ("en", "Bug report from a user, with their details in it:\nName: {name}\nEmail: {mail}\nIP: {ip}\nApp version {neg:semver}\n\"The app logs me out every time I switch to wifi.\""),
    ("en", "Airflow connection export:\n{{\"conn_id\": \"warehouse\", \"conn_type\": \"postgres\", \"host\": \"{ip:lan}\", \"login\": \"etl\", \"password\": \"{pw:mix}\"}}\nwhy is airflow not picking it up?"),
    ("en", "HL7-ish line from the lab system, what are the fields?\nPID|1||{int:100000-999999}||{caps:slash}||{dob:en}|{pick:F|M}|||{addr}||{tel}"),
    ("en", "I need a Python script that emails a weekly report. SMTP user {work}, password {pw}, server smtp.{pick:hollinspike.com|quillfeather.net}:587. Recipients: {mail.2}."),
    ("en", "Ansible inventory:\n[web]\n{ip:pub} ansible_user=deploy ansible_password={pw:mix}\n[db]\n{ip~b:lan}\nhow do I switch to ssh keys instead?"),
    ("en-id", "my grandad's account details he wrote on a sticky note, help me put them into his password manager:\nbank login: {mail} / {pw:word}\npension portal: {natid}? no wait that's his NI number\nPIN hint: wife's birthday"),
    ("en", "Calendar invite text: \"Contract review with {name} ({work}) on {date} at {hhmm}. Dial-in: {tel}.\" Make it a proper .ics description."),
    ("en", "Customer support ticket #{int:40000-99999}\nCustomer: {name}\nAccount email: {mail}\nLast 3 logins from: {ip}, {ip~b}, {ip~c}\nComplaint: charged after cancelling on {date}.\nSuggest a reply."),
    ("en", "Tax return helper: income from {org}, bank interest to {iban}, moved to {addr} on {date}. What's my residency status for the year?"),
    ("en", "Here's our book club roster as a markdown table, please alphabetise it:\n| {name} | {mail} | {home} |\n| {name.2} | {mail.2} | {town} |"),
    ("en", "Firebase rule test log: request.auth.token.email == \"{mail}\" from {ip}, idToken {jwtof}. Why is the read denied?"),
    ("en", "New starter IT ticket: create accounts for {name}, starting {date}, laptop shipped to {addr}, personal mobile {tel}, temporary password {pw:word}."),
]


# ---------------------------------------------------------------------------------------------------------------------
# Other languages: a request line; labels for name, e-mail, phone, address, date of birth, ID number, IBAN, card, town,
# employer, date, profile link and password; and two messages of their own. Five layouts per language use the labels.
# ---------------------------------------------------------------------------------------------------------------------
_LANGS: dict[str, tuple[str, str, str, str]] = {
    "de": ("Bitte formatiere das ordentlich:",
           "Name|E-Mail|Telefon|Anschrift|Geburtsdatum|Ausweis-/Steuernummer|IBAN|Kreditkarte|Wohnort|Arbeitgeber|Datum|Profil|Passwort",
           "Liebe Nachbarn, für das Hoffest am {date} sammle ich ({name}, 2. OG) 15 € pro Haushalt, gern per Überweisung an {iban}. Rückfragen unter {tel}.",
           "Die Krankenkasse will meine Identifikationsnummer {natid} und mein Geburtsdatum ({dob}) für die Familienversicherung. Ich wohne in {home}. Reicht eine E-Mail an {mail.2}?"),
    "fr": ("Peux-tu reformuler ceci proprement ?",
           "Nom|Courriel|Téléphone|Adresse|Date de naissance|N° de sécurité sociale|IBAN|Carte bancaire|Ville|Employeur|Date|Profil|Mot de passe",
           "Bonjour, je m'appelle {name} et j'ai réservé un gîte à {town} du {date} au {date~b}. Le propriétaire demande un acompte sur {iban}. Mon portable : {tel}.",
           "La CAF me demande mon numéro de sécurité sociale ({natid}) et ma date de naissance, {dob}, par courriel à {mail.2}. C'est normal ?"),
    "es": ("¿Puedes pasarlo a limpio?",
           "Nombre|Correo electrónico|Teléfono|Dirección|Fecha de nacimiento|Documento de identidad|IBAN|Tarjeta|Ciudad|Empresa|Fecha|Perfil|Contraseña",
           "Hola, soy {name}. El club de pádel de {town} me cobró la cuota dos veces en la tarjeta {card} el {date}. ¿Cómo lo reclamo? Teléfono {tel}.",
           "Para la matrícula de mi hija en {org} piden su documento {natid}, su fecha de nacimiento {dob} y una cuenta {iban}. Vivimos en {addr}."),
    "it": ("Puoi sistemare questo testo?",
           "Nome|Email|Telefono|Indirizzo|Data di nascita|Codice fiscale|IBAN|Carta|Città|Datore di lavoro|Data|Profilo|Password",
           "Ciao a tutti, per la gita in montagna del {date} versate 40 € a {name} sull'IBAN {iban}. Per info scrivetemi a {mail} o al {tel}.",
           "Il commercialista mi chiede codice fiscale {natid}, data di nascita {dob} e indirizzo di residenza ({addr}). Posso mandarli su WhatsApp?"),
    "nl": ("Kun je dit netjes opmaken?",
           "Naam|E-mail|Telefoon|Adres|Geboortedatum|BSN|IBAN|Creditcard|Woonplaats|Werkgever|Datum|Profiel|Wachtwoord",
           "Hoi buren, ik ({name}) organiseer de straatbarbecue op {date}. Graag €12,50 p.p. overmaken naar {iban}. Vragen? Bel {tel}.",
           "De gemeente {town} vraagt mijn BSN {natid} en geboortedatum {dob} voor de parkeervergunning. Ik woon op {addr}. Klopt dat?"),
    "pt": ("Podes organizar isto numa tabela?",
           "Nome|E-mail|Telefone|Morada|Data de nascimento|Número de identificação|IBAN|Cartão|Cidade|Empregador|Data|Perfil|Palavra-passe",
           "Olá, sou {name}. A escola de surf em {town} cobrou duas vezes o cartão {card} no dia {date}. O meu contacto é {tel}.",
           "O senhorio pede o meu número {natid}, data de nascimento {dob} e o IBAN {iban} para o contrato. A casa fica em {addr}."),
    "pl": ("Możesz to uporządkować?",
           "Imię i nazwisko|E-mail|Telefon|Adres|Data urodzenia|PESEL|IBAN|Karta|Miejscowość|Pracodawca|Data|Profil|Hasło",
           "Dzień dobry, nazywam się {name}. Proszę o zwrot kaucji za mieszkanie przy {addr} na konto {iban}. Wyprowadziłam się {date}.",
           "Przychodnia w {town} prosi o PESEL {natid} i datę urodzenia {dob} SMS-em na numer {tel.2}. Czy to bezpieczne?"),
    "sv": ("Kan du snygga till det här?",
           "Namn|E-post|Telefon|Adress|Födelsedatum|Personnummer|IBAN|Kort|Ort|Arbetsgivare|Datum|Profil|Lösenord",
           "Hej! Jag heter {name} och hyr ut min stuga i {town}. Hyran betalas till {iban} senast {date}. Ring {tel} vid frågor.",
           "Förskolan vill ha mitt barns personnummer {natid} och min adress {addr} via vanlig mejl till {mail.2}. Är det okej?"),
    "no": ("Kan du sette opp dette litt penere?",
           "Navn|E-post|Telefon|Adresse|Fødselsdato|Fødselsnummer|IBAN|Kort|Sted|Arbeidsgiver|Dato|Profil|Passord",
           "Hei, jeg er {name}. Dugnaden i borettslaget i {town} er {date}. Betal 200 kr til {iban} for maten. Spørsmål: {tel}.",
           "Legen vil ha fødselsnummeret mitt {natid} og fødselsdato {dob} på e-post til {mail.2}. Er det trygt?"),
    "da": ("Kan du sætte det pænt op?",
           "Navn|E-mail|Telefon|Adresse|Fødselsdato|CPR-nummer|IBAN|Kort|By|Arbejdsgiver|Dato|Profil|Adgangskode",
           "Hej, jeg hedder {name} og sælger min cykel. Køber kan overføre til {iban} og hente den på {addr} den {date}.",
           "Fitnesscentret i {town} beder om mit CPR-nummer {natid} ved tilmelding. Mit nummer er {tel}. Må de det?"),
    "fi": ("Voitko siistiä tämän?",
           "Nimi|Sähköposti|Puhelin|Osoite|Syntymäaika|Henkilötunnus|IBAN|Kortti|Paikkakunta|Työnantaja|Päivämäärä|Profiili|Salasana",
           "Hei, olen {name}. Mökin vuokra maksetaan tilille {iban} viimeistään {date}. Mökki on osoitteessa {addr}.",
           "Harrastusseura pyytää henkilötunnustani {natid} ja puhelinnumeroani {tel} sähköpostilla. Asun {home}ssa. Onko tämä normaalia?"),
    "cs": ("Můžeš to hezky upravit?",
           "Jméno|E-mail|Telefon|Adresa|Datum narození|Rodné číslo|IBAN|Karta|Obec|Zaměstnavatel|Datum|Profil|Heslo",
           "Dobrý den, jsem {name}. Kauci za byt na adrese {addr} prosím vraťte na účet {iban}. Klíče jsem předala {date}.",
           "Pojišťovna chce moje rodné číslo {natid} a datum narození {dob} e-mailem na {mail.2}. Bydlím v {home}. Je to v pořádku?"),
    "ro": ("Poți să aranjezi textul ăsta?",
           "Nume|E-mail|Telefon|Adresă|Data nașterii|CNP|IBAN|Card|Localitate|Angajator|Data|Profil|Parolă",
           "Bună, sunt {name}. Pentru excursia din {date} vă rog să virați 150 lei în contul {iban}. Întrebări la {tel}.",
           "Medicul de familie din {town} îmi cere CNP-ul {natid} și data nașterii {dob} pe WhatsApp. E sigur?"),
    "tr": ("Bunu düzenler misin?",
           "Ad Soyad|E-posta|Telefon|Adres|Doğum tarihi|T.C. Kimlik No|IBAN|Kart|Şehir|İşveren|Tarih|Profil|Şifre",
           "Merhaba, ben {name}. Site aidatını {date} tarihine kadar {iban} hesabına yatırabilirsiniz. Sorular için {tel}.",
           "Kargo şirketi T.C. kimlik numaramı ({natid}) ve doğum tarihimi ({dob}) SMS ile istiyor. Adresim {addr}. Dolandırıcılık mı?"),
    "el": ("Μπορείς να το τακτοποιήσεις;",
           "Ονοματεπώνυμο|Email|Τηλέφωνο|Διεύθυνση|Ημερομηνία γέννησης|ΑΜΚΑ|IBAN|Κάρτα|Πόλη|Εργοδότης|Ημερομηνία|Προφίλ|Κωδικός",
           "Γεια σας, είμαι η/ο {name}. Το ενοίκιο για το εξοχικό στην {town} πληρώνεται στο {iban} έως {date}. Τηλ. {tel}.",
           "Ο λογιστής ζητάει ΑΜΚΑ {natid} και ημερομηνία γέννησης {dob} στο {mail.2}. Διεύθυνση: {addr}."),
    "ru": ("Оформи это аккуратно, пожалуйста.",
           "ФИО|Эл. почта|Телефон|Адрес|Дата рождения|ИНН|IBAN|Карта|Город|Работодатель|Дата|Профиль|Пароль",
           "Здравствуйте, я {name}. Оплату за дачу в {town} переведите, пожалуйста, на карту {card} до {date}. Мой телефон {tel}.",
           "Бухгалтерия просит мой ИНН {natid} и дату рождения {dob} прислать на {mail.2}. Я живу по адресу {addr}. Это нормально?"),
    "uk": ("Оформи це охайно, будь ласка.",
           "ПІБ|Ел. пошта|Телефон|Адреса|Дата народження|РНОКПП|IBAN|Картка|Місто|Роботодавець|Дата|Профіль|Пароль",
           "Вітаю, я {name}. Внесок за табір у {town} сплатіть на {iban} до {date}. Питання — за номером {tel}.",
           "Лікарня просить мій РНОКПП {natid} і дату народження {dob} у Viber. Живу за адресою {addr}. Чи це безпечно?"),
    "bg": ("Би ли оформил това по-прегледно?",
           "Име|Имейл|Телефон|Адрес|Дата на раждане|ЕГН|IBAN|Карта|Град|Работодател|Дата|Профил|Парола",
           "Здравейте, аз съм {name}. Наемът за апартамента в {town} се превежда по {iban} до {date}. Тел. {tel}.",
           "Фитнесът иска ЕГН {natid} и дата на раждане {dob} по имейл {mail.2}. Живея на {addr}. Нормално ли е?"),
    "hr": ("Možeš li ovo urediti?",
           "Ime i prezime|E-pošta|Telefon|Adresa|Datum rođenja|OIB|IBAN|Kartica|Grad|Poslodavac|Datum|Profil|Lozinka",
           "Pozdrav, ja sam {name}. Apartman u {town} plaća se na {iban} do {date}. Kontakt {tel}.",
           "Vrtić traži OIB djeteta {natid} i datum rođenja {dob} e-mailom na {mail.2}. Živimo na adresi {addr}."),
    "lt": ("Ar gali tai sutvarkyti?",
           "Vardas, pavardė|El. paštas|Telefonas|Adresas|Gimimo data|Asmens kodas|IBAN|Kortelė|Miestas|Darbdavys|Data|Profilis|Slaptažodis",
           "Sveiki, aš {name}. Už sodybą {town} sumokėkite į {iban} iki {date}. Klausimai tel. {tel}.",
           "Poliklinika prašo asmens kodo {natid} ir gimimo datos {dob} el. paštu {mail.2}. Gyvenu {addr}."),
    "et": ("Kas sa saad selle korda teha?",
           "Nimi|E-post|Telefon|Aadress|Sünniaeg|Isikukood|IBAN|Kaart|Linn|Tööandja|Kuupäev|Profiil|Parool",
           "Tere, mina olen {name}. Suvemaja üür tuleb maksta kontole {iban} hiljemalt {date}. Telefon {tel}.",
           "Spordiklubi küsib mu isikukoodi {natid} ja sünniaega {dob} meiliga. Elan aadressil {addr}. Kas see on okei?"),
    "he": ("אפשר לסדר את זה יפה?",
           "שם מלא|דוא\"ל|טלפון|כתובת|תאריך לידה|מספר זהות|IBAN|כרטיס אשראי|עיר|מעסיק|תאריך|פרופיל|סיסמה",
           "שלום, אני {name}. ועד הבית מבקש להעביר את התשלום לחשבון {iban} עד {date}. לשאלות: {tel}.",
           "קופת החולים ב{town} מבקשת מספר זהות {natid} ותאריך לידה {dob} במייל ל-{mail.2}. זה תקין?"),
    "ar": ("هل يمكنك ترتيب هذا النص؟",
           "الاسم|البريد الإلكتروني|الهاتف|العنوان|تاريخ الميلاد|رقم الهوية|IBAN|البطاقة|المدينة|جهة العمل|التاريخ|الملف الشخصي|كلمة المرور",
           "مرحباً، أنا {name}. يرجى تحويل إيجار الشقة في {town} إلى الحساب {iban} قبل {date}. هاتفي {tel}.",
           "طلبت مني المدرسة رقم الهوية {natid} وتاريخ الميلاد {dob} عبر البريد {mail.2}. عنواني {addr}. هل هذا آمن؟"),
    "hi": ("कृपया इसे ठीक से लिख दें।",
           "नाम|ईमेल|फ़ोन|पता|जन्म तिथि|आधार संख्या|IBAN|कार्ड|शहर|नियोक्ता|तारीख|प्रोफ़ाइल|पासवर्ड",
           "नमस्ते, मैं {name} हूँ। {town} में फ्लैट का किराया {date} तक जमा करना है। मेरा नंबर {tel} है।",
           "बैंक वाले फ़ोन पर मेरा आधार {natid} और जन्म तिथि {dob} माँग रहे हैं। मेरा पता {addr} है। क्या यह धोखा है?"),
    "zh": ("请帮我整理一下这段内容：",
           "姓名|电子邮箱|电话|地址|出生日期|身份证号|IBAN|银行卡|城市|工作单位|日期|主页|密码",
           "大家好，我是{name}。{date}的同学聚会在{town}，费用请转到{iban}。有问题打我电话{tel}。",
           "快递员说要核对我的身份证号{natid}和出生日期{dob}，还问了我的住址{addr}。这正常吗？"),
    "ja": ("この文章を整えてください。",
           "氏名|メールアドレス|電話番号|住所|生年月日|マイナンバー|IBAN|クレジットカード|市区町村|勤務先|日付|プロフィール|パスワード",
           "お世話になっております。{name}です。{date}の町内会の集まりは{town}の公民館で行います。連絡先は{tel}です。",
           "勤務先の{org}からマイナンバー{natid}と生年月日{dob}をメール（{mail.2}）で送るよう言われました。大丈夫でしょうか？"),
    "ko": ("이 내용을 깔끔하게 정리해 주세요.",
           "이름|이메일|전화번호|주소|생년월일|주민등록번호|IBAN|카드|도시|직장|날짜|프로필|비밀번호",
           "안녕하세요, {name}입니다. {date} 동창회는 {town}에서 합니다. 회비는 카드 {card}로 결제했어요. 연락처 {tel}.",
           "학원에서 아이 주민등록번호 {natid}와 생년월일 {dob}을 문자로 보내 달래요. 주소는 {addr}입니다. 괜찮을까요?"),
    "th": ("ช่วยจัดรูปแบบข้อความนี้ให้หน่อย",
           "ชื่อ|อีเมล|โทรศัพท์|ที่อยู่|วันเกิด|เลขบัตรประชาชน|IBAN|บัตรเครดิต|เมือง|ที่ทำงาน|วันที่|โปรไฟล์|รหัสผ่าน",
           "สวัสดีค่ะ ฉันชื่อ {name} จองห้องพักที่{town}วันที่ {date} ชำระด้วยบัตร {card} ติดต่อ {tel}",
           "ธนาคารขอเลขบัตรประชาชน {natid} และวันเกิด {dob} ทางไลน์ ที่อยู่ของฉันคือ {addr} ปลอดภัยไหม"),
    "vi": ("Bạn sắp xếp lại giúp mình nhé:",
           "Họ tên|Email|Điện thoại|Địa chỉ|Ngày sinh|Số CCCD|IBAN|Thẻ|Thành phố|Nơi làm việc|Ngày|Trang cá nhân|Mật khẩu",
           "Chào mọi người, mình là {name}. Họp lớp ngày {date} ở {town}, chuyển tiền qua thẻ {card} hoặc gọi {tel}.",
           "Công ty {org} yêu cầu số CCCD {natid} và ngày sinh {dob} qua Zalo. Địa chỉ của mình là {addr}. Có an toàn không?"),
    "id": ("Tolong rapikan teks ini:",
           "Nama|Email|Telepon|Alamat|Tanggal lahir|NIK|IBAN|Kartu|Kota|Tempat kerja|Tanggal|Profil|Kata sandi",
           "Halo, saya {name}. Arisan bulan ini tanggal {date} di {town}. Transfer ke kartu {card} atau hubungi {tel}.",
           "Klinik di {town} minta NIK {natid} dan tanggal lahir {dob} lewat WhatsApp. Alamat saya {addr}. Aman tidak?"),
}


def _layouts() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for lang, (ask, labels, own1, own2) in _LANGS.items():
        nm, em, ph, ad, db, idl, ib, cd, ci, co, dt, pr, pw = labels.split("|")
        out += [
            (lang, f"{ask}\n{nm};{em};{ph};{db};{idl};{ci}\n\"{{name}}\";{{mail}};{{tel}};{{dob}};{{natid}};{{home}}\n"
                   f"\"{{name.2}}\";{{mail.2}};{{tel.2}};{{dob.2}};{{natid.2}};{{home.2}}"),
            (lang, f"{ask}\n```toml\n[owner]\n# {nm}: {{name}}\ncontact = \"{{mail}}\"\n\n[server]\nlisten = \"{{ip}}\"\nupstream = \"{{ip~u:lan}}\"\n"
                   f"api_key = \"{{key}}\"\ndatabase = \"{{dsn}}\"\n# {pw}: {{pw}}\n```"),
            (lang, f"{ask}\n--\n{{name}}\n{co}: {{org}}\n{ad}: {{addr}}\n{ph}: {{tel}}\n{pr}: {{link}}\n{dt}: {{date}}"),
            (lang, f"{ask}\nINSERT INTO contacts ({nm}, {em}, {ib}, {cd}, {dt}, {ci}) VALUES\n('{{name}}', '{{mail}}', '{{iban}}', '{{card}}', '{{date}}', '{{town}}');"),
            (lang, f"{ask}\nForm 8938 / FBAR\n{nm}: {{roman}}\nSSN: {{ssn}}\n{db}: {{dob}}\n{ci}: {{home}}\n{ib}: {{iban}}\n{ad}: {{addr}}"),
            (lang, own1),
            (lang, own2),
        ]
    return out


def _english() -> list[tuple[str, str]]:
    out = []
    for i, (lang, body) in enumerate(_EN):
        for k in (0, 1):
            out.append((lang, _REQUESTS[(i * 3 + k * 5) % len(_REQUESTS)] + body))
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------------------------------------
# Hard negatives (nothing in them is PII) and clean prompts
# ---------------------------------------------------------------------------------------------------------------------
_NEG: list[tuple[str, str]] = [
    ("en", "My order {neg:order} has been 'label created' for nine days. Is that usually a warehouse problem or a courier one?"),
    ("en", "UPS tracking {neg:tracking} says exception: address corrected. What does that mean in general?"),
    ("en", "Upgrading Django from {neg:semver} to {neg:semver~b} broke our migrations. Which release notes should I read first?"),
    ("en", "Is it safe to expose a UUID like {neg:uuid} in a public URL, or should I use a slug?"),
    ("en", "How do I find which branch contains commit {neg:sha}?"),
    ("en", "`git cherry-pick {neg:short}` gives a conflict in package-lock.json. Best way to resolve?"),
    ("en", "The release tarball's SHA-256 should be {neg:sha256}. How do I verify it on Windows?"),
    ("en", "Is {neg:price} a reasonable price for a used road bike with Shimano 105?"),
    ("en", "The Django docs ({neg:doc}) say sessions expire at browser close by default. Is that still true?"),
    ("en", "In the Stripe testing docs, {neg:testcard} is listed as a test card. Why does it get declined in live mode?"),
    ("en", "Our tutorial uses {neg:docip} as the server address because RFC 5737 reserves it for documentation. Is there an IPv6 equivalent?"),
    ("en", "What's the difference between {neg:doc6} and a link-local fe80:: address? Both appear in the docs."),
    ("en", "In the README we show `export OPENAI_API_KEY={neg:placeholder}`. Should we use a .env.example file instead?"),
    ("en", "The AWS docs use {neg:placeholder} as an example access key. Will boto3 reject that immediately or only at call time?"),
    ("en", "Why does every mail tutorial use {neg:exmail}? Can a real mail server ever deliver there?"),
    ("en", "Which is more serious for a WordPress site: {neg:cve} or an outdated plugin?"),
    ("en", "How can I tell the vendor of a device from its MAC address {neg:mac}?"),
    ("en", "Is the ISBN {neg:isbn} valid? Walk me through the check digit."),
    ("en", "Postgres isn't reachable on port {neg:port} from another container. Do I bind to {neg:loop} or 0.0.0.0?"),
    ("en", "Convert the Unix timestamp {neg:epoch} to ISO 8601 in JavaScript."),
    ("en", "Our p99 latency went from {neg:ms} to {neg:ms~b} after the deploy. Where should I start profiling?"),
    ("en", "Build {neg:build} failed on macOS only. What typically differs between GitHub's macOS and Linux runners?"),
    ("en", "Why did Marie Curie win two Nobel prizes in different fields?"),
    ("en", "Compare how Apple and Microsoft approached the smartphone market in the late 2000s."),
    ("en", "What did Ada Lovelace actually write about the Analytical Engine?"),
    ("en", "Plan a 3-day itinerary for Kyoto in autumn: temples, food, and one day trip."),
    ("en", "Why is Reykjavík's weather so changeable compared to Oslo's?"),
    ("en", "Summarise the main arguments in Orwell's 'Politics and the English Language'."),
    ("en", "What's the history of the Eiffel Tower's paint colour?"),
    ("en", "Explain how Amazon's S3 achieves eleven nines of durability."),
    ("en", "Write a short explainer on why Luhn checks don't prove a card number is real."),
    ("en", "What format does a UK National Insurance number follow, in general terms? Don't give a real one."),
    ("en", "How are US Social Security numbers structured, and why were area numbers randomised in 2011?"),
    ("en", "What does an IBAN's two check digits protect against? Explain mod 97 with a made-up example."),
    ("en", "Generate 5 fake customer names for a UI mockup, clearly fictional (like 'Test User One')."),
    ("en", "Fix this regex for matching emails: `^[\\w.]+@[\\w]+\\.[a-z]{{2,}}$` — it fails on subdomains."),
    ("en", "Write a bash one-liner that counts requests per IP in an nginx access log."),
    ("en", "What's the best way to rotate an AWS access key without downtime, in general?"),
    ("en", "Why does Slack's token start with xoxb- for bots and xoxp- for users?"),
    ("en", "How long is a typical JWT, and what's in the header vs the payload?"),
    ("en", "In YAML, why does `version: 1.10` become 1.1? How do I keep it a string?"),
    ("en", "Kubernetes: what's the difference between a Secret and a ConfigMap, and are Secrets encrypted at rest by default?"),
    ("en", "Set up a cron job that runs at 02:30 every weekday."),
    ("en", "How much does a 40 ft shipping container cost to move from Rotterdam to Singapore these days, roughly?"),
    ("en", "What's the population of Lagos compared to Cairo?"),
    ("en", "Write a haiku about the Forth Bridge at dawn."),
    ("en", "Why does the Hubble constant disagree between methods?"),
    ("en", "Can you explain the difference between Visa and Mastercard as networks, not as banks?"),
    ("en", "Invoice template: leave blanks for [Client Name], [Address] and [IBAN]. Make it one page."),
    ("en", "CSS question: how do I write {neg:pct} opacity as an 8-digit hex colour?"),
    ("en", "My Python package version is read from pyproject. How do I bump from {neg:semver} to the next minor automatically?"),
    ("en", "Explain what the prefix and digits of an order reference like {neg:order} usually encode in e-commerce systems."),
    ("en", "What's a good naming scheme for S3 buckets across dev, staging, and prod?"),
    ("en", "In the Terraform docs, `password = \"{neg:placeholder}\"` appears in an example. How should this be passed instead?"),
    ("en", "A docs page shows `curl -u user:pass https://api.example.com`. Is basic auth over HTTPS acceptable for internal tools?"),
    ("en", "Why would `ping {neg:docip}` time out? I copied it from a networking book."),
    ("en", "In the iptables man page example `-s 192.0.2.0/24`, what does the /24 mean?"),
    ("en", "Compare the careers of Serena Williams and Roger Federer in terms of Grand Slam titles."),
    ("en", "What did Tim Berners-Lee propose at CERN in 1989?"),
    ("en", "Is the Louvre or the Uffizi better for a first-time visitor with one afternoon?"),
    ("en", "Summarise Nvidia's business segments as described in their public annual report."),
    ("en", "What's the ticket price range for the Sagrada Família, and do I need to book ahead?"),
    ("en", "Give me SQL to find duplicate rows in a table with columns (email, created_at)."),
    ("en", "How do I mask all but the last 4 digits of a card number column in Postgres?"),
    ("en", "Regex for a US SSN that rejects area 000, 666 and 900-999?"),
    ("en", "Write unit tests for an IBAN validator using the published example GB82 WEST 1234 5698 7654 32 from the IBAN registry docs."),
    ("en", "Our docs show 'Call us at 555-0100' — is the 555-01xx range really reserved for fiction?"),
    ("en", "The sample .env in the repo has `DATABASE_URL=postgres://user:password@localhost:5432/app`. Is it OK to commit that template?"),
    ("en", "What's the difference between HTTP 502 and 504 from a load balancer?"),
    ("en", "Why does my Raspberry Pi get a 169.254.x.x address instead of a normal one?"),
    ("en", "Explain CIDR notation using 10.0.0.0/8 and 172.16.0.0/12 as examples."),
    ("en", "List the public DNS resolvers run by Cloudflare and Google and their IPv4 addresses."),
    ("en", "What's the difference between 1.1.1.1 and 8.8.8.8 in terms of privacy policy?"),
    ("en", "How long should a password be in 2026 according to NIST guidance?"),
    ("en", "Order {neg:order}: the tracking page shows {neg:pct} complete. What does that even measure?"),
    ("en", "In the PCI DSS docs, what counts as 'cardholder data'?"),
    ("en", "Write a Jinja template that prints {{{{ user.name }}}} or 'Guest' if empty."),
    ("en", "Serial number {neg:tracking} on my router label: is that something I should keep private?"),
    ("en", "Is CVE {neg:cve} exploitable without authentication? Summarise from the public advisory."),
    ("de", "Wie funktioniert die Prüfziffer bei der IBAN allgemein? Bitte mit einem erfundenen Beispiel."),
    ("de", "Bestellung {neg:order} ist seit einer Woche unterwegs. Ab wann lohnt sich ein Nachforschungsauftrag?"),
    ("de", "Was kostet ein Deutschlandticket aktuell, und gilt es im ICE?"),
    ("fr", "Pourquoi la tour Eiffel change-t-elle de taille selon la température ?"),
    ("fr", "La commande {neg:order} indique « en préparation » depuis dix jours. Que faire ?"),
    ("es", "¿Qué diferencia hay entre el DNI y el NIE en general? No uses números reales."),
    ("es", "Actualicé de la versión {neg:semver} a {neg:semver~b} y ahora falla el build. ¿Por dónde empiezo?"),
    ("it", "Quanto costa in media un biglietto per il Colosseo e conviene prenotare?"),
    ("nl", "Wat betekent de foutcode {neg:cve} in het algemeen voor mijn router?"),
    ("pt", "Como funciona o dígito verificador do CPF? Explique sem usar um CPF real."),
    ("pl", "Jak działa cyfra kontrolna w numerze PESEL? Wyjaśnij ogólnie."),
    ("sv", "Varför har svenska personnummer ett bindestreck eller plustecken?"),
    ("tr", "Sipariş {neg:order} kargoda görünüyor ama gelmedi. Genelde kaç gün sürer?"),
    ("ru", "Как устроен ИНН в целом? Объясни без реальных номеров."),
    ("uk", "Чим відрізняється IPv4 від IPv6? Поясни на прикладі {neg:docip}."),
    ("el", "Πόσο κοστίζει περίπου ένα εισιτήριο για την Ακρόπολη;"),
    ("he", "מה ההבדל בין גרסה {neg:semver} לגרסה {neg:semver~b} של Node?"),
    ("ar", "ما الفرق بين عنوان IPv4 وعنوان IPv6؟ استخدم {neg:docip} كمثال."),
    ("hi", "UUID {neg:uuid} का कौन सा वर्ज़न है, कैसे पता करें?"),
    ("zh", "订单号{neg:order}一直显示待发货，一般是什么原因？"),
    ("ja", "コミット{neg:short}の変更内容を確認するgitコマンドは？"),
    ("ko", "주문번호 {neg:order} 배송이 늦어요. 보통 며칠 걸리나요?"),
    ("th", "ราคา {neg:price} สำหรับหูฟังนี้แพงไปไหม"),
    ("vi", "Phiên bản {neg:semver} của Python có gì mới?"),
    ("id", "Apa arti kode error {neg:cve} pada server saya?"),
    ("fi", "Miten henkilötunnuksen tarkistusmerkki lasketaan yleisesti?"),
    ("cs", "Jak se počítá kontrolní číslice rodného čísla? Bez skutečných čísel prosím."),
    ("ro", "Cum funcționează cifra de control a CNP-ului, în general?"),
    ("da", "Hvorfor blev modulus 11-kontrollen af CPR-numre droppet?"),
    ("no", "Hvordan er et norsk fødselsnummer bygd opp, generelt?"),
]
_CLEAN: list[tuple[str, str]] = [
    ("en", "What's a good stretching routine for after a long run?"),
    ("en", "Explain the difference between a Roth IRA and a traditional IRA."),
    ("en", "Write a limerick about a heron that steals goldfish from garden ponds."),
    ("en", "How do I revive a sourdough starter that's been in the fridge for a month?"),
    ("en", "Give me 10 icebreaker questions for a team meeting."),
    ("en", "What's the difference between affect and effect?"),
    ("en", "Suggest names for a small bakery that specialises in rye bread."),
    ("en", "How do I center a div vertically with CSS grid?"),
    ("en", "Explain recursion to a 10-year-old."),
    ("en", "What are the symptoms of vitamin D deficiency?"),
    ("en", "Write a polite email declining a meeting invitation."),
    ("en", "How do I stop condensation on the inside of bedroom windows?"),
    ("en", "Plan a vegetarian meal prep for five weekdays."),
    ("en", "Summarise the plot of Middlemarch in four sentences for a book club handout."),
    ("en", "How can I stop slouching when working at a laptop all day?"),
    ("en", "Convert this list to a numbered list: apples, pears, plums, figs."),
    ("en", "How should I follow up after a job interview without being pushy?"),
    ("en", "How do I remove a stripped screw?"),
    ("en", "Write a Python generator that yields overlapping windows of size n from a list."),
    ("en", "Why is the sky blue but sunsets red?"),
    ("en", "Explain what a mortgage offset account is."),
    ("en", "Help me write a toast for my sister's wedding, warm and a bit funny."),
    ("en", "How often should I water a fiddle-leaf fig?"),
    ("en", "Why do my muffins sink in the middle after baking?"),
    ("en", "Give me a 20-minute bodyweight workout with no jumping."),
    ("en", "Rewrite this sentence to be more concise: 'At this point in time we are currently in the process of reviewing.'"),
    ("en", "Why do noise-cancelling earbuds struggle with voices more than engine hum?"),
    ("en", "What should go in a first-aid kit for a canoe trip?"),
    ("en", "Explain big-O notation with simple examples."),
    ("en", "What's a good way to say no to extra work without sounding lazy?"),
    ("en", "How do I unclog a shower drain without chemicals?"),
    ("en", "Write a bedtime story about a lighthouse keeper's dog."),
    ("en", "Tips for keeping basil alive indoors?"),
    ("en", "What makes a pull-request description easy to review?"),
    ("en", "Is it better to rent or buy in a high-interest-rate environment? General considerations."),
    ("de", "Wie lange muss ein Ei kochen, damit es wachsweich ist?"),
    ("de", "Schreib mir ein kurzes Gedicht über den Herbst."),
    ("fr", "Quelle est la différence entre « quand même » et « tout de même » ?"),
    ("fr", "Donne-moi une recette simple de ratatouille."),
    ("es", "¿Cómo puedo mejorar mi pronunciación en inglés?"),
    ("es", "Escribe un mensaje de cumpleaños para un compañero de trabajo."),
    ("it", "Come si fa la pasta e ceci alla romana?"),
    ("nl", "Hoe houd ik mijn fiets roestvrij in de winter?"),
    ("pt", "Quais são os benefícios de caminhar todos os dias?"),
    ("pl", "Jak nauczyć się szybciej czytać?"),
    ("sv", "Vad är skillnaden mellan fika och en vanlig kaffepaus?"),
    ("no", "Hvordan lager man god fiskesuppe?"),
    ("da", "Hvordan får jeg mine planter til at overleve vinteren?"),
    ("fi", "Miten saunan lämpötila kannattaa säätää?"),
    ("cs", "Jak upéct jednoduchou bábovku?"),
    ("ro", "Cum fac cozonac pufos?"),
    ("tr", "Türk kahvesi nasıl köpüklü yapılır?"),
    ("el", "Πώς φτιάχνω σπανακόπιτα;"),
    ("ru", "Как научиться медитировать новичку?"),
    ("uk", "Як приготувати смачний борщ?"),
    ("bg", "Как се приготвя таратор?"),
    ("hr", "Kako napraviti dobru fritulu?"),
    ("lt", "Kaip išsivirti cepelinus?"),
    ("et", "Kuidas teha head kartulisalatit?"),
    ("he", "איך אופים חלה רכה לשבת?"),
    ("ar", "ما هي أفضل طريقة لتعلم البرمجة؟"),
    ("hi", "अच्छी नींद के लिए क्या करना चाहिए?"),
    ("zh", "怎么做红烧肉？"),
    ("ja", "美味しいカレーの作り方を教えてください。"),
    ("ko", "된장찌개 맛있게 끓이는 비법이 뭐야?"),
    ("th", "วิธีทำแกงเขียวหวานไก่แบบง่ายๆ"),
    ("vi", "Cách làm bánh xèo giòn lâu là gì?"),
    ("id", "Bagaimana cara membuat rendang?"),
]

FRESH25_FOLLOW_UPS = [" Many thanks.", " Short answer please.", "\n\nta very much", " A table would help.", " Keep the numbers exactly as written.",
                      "\n\n(apologies, it's long)", " Use Oxford commas.", " Don't invent details."]
FRESH25_PII: list[tuple[str, str]] = [(lang, _slots(t)) for lang, t in _english() + _layouts()]
FRESH25_NEGATIVE: list[tuple[str, str]] = [(lang, _slots(t)) for lang, t in _NEG]
FRESH25_CLEAN: list[tuple[str, str]] = [(lang, _slots(t)) for lang, t in _CLEAN]
