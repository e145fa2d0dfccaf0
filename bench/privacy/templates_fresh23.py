"""The twenty-third blind set ("fresh23") for the PII benchmark: written without seeing the detector.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh23=True) draws all three kinds from this module
and renders them with this module's own Context and fill(); nothing here is shared with another set.

Slots: {kind[N][:arg]}; N names the person (default 1). "{{" and "}}" are literal braces.
"""

from __future__ import annotations

import datetime
import importlib
import random
import string
import unicodedata

Parts = list[tuple[str, str | None]]
DIG = string.digits
AN = string.ascii_letters + string.digits
LAN = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"


def _r(r: random.Random, n: int, alpha: str = AN) -> str:
    return "".join(r.choice(alpha) for _ in range(n))


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _slug(s: str) -> str:
    return "".join(c for c in _ascii(s).lower() if c.isalnum())


def _pat(r: random.Random, p: str) -> str:
    return "".join(str(r.randint(1, 9)) if c == "%" else r.choice(DIG) if c == "#" else c for c in p)


# country -> (female first, male first, surnames [f] , surnames [m] or "", towns, streets, phone patterns, mail hosts)
# Non-Latin entries are "native=roman".
W: dict[str, tuple[str, ...]] = {
    "US": ("Kendra|Maribel|Shaylee|Rosalind|Tierney|Ximena|Josephine|Alondra", "Trevor|Deshawn|Garrett|Ignacio|Beau|Quentin|Marcus|Lyle",
           "Castellano|Whitford|Okafor|Brubaker|Lindquist|Mendenhall|Tsosie|Kowalczyk|Ramsey|Gallardo", "",
           "Missoula|Tulsa|Fort Collins|Savannah|Chattanooga|Boise|Kalamazoo|Santa Fe|Burlington|Pueblo",
           "Larkspur Ln|Cottonwood Dr|Pinecrest Ave|Hawthorne St|Ridgeline Rd|Magnolia Ct|Elm Hollow Way", "(%##) %##-####|%##-%##-####|+1 %##-%##-####",
           "gmail.com|yahoo.com|outlook.com|icloud.com|proton.me"),
    "GB": ("Rosie|Ffion|Lowri|Beatrix|Saoirse|Amelie|Priya", "Ewan|Archie|Tobias|Dylan|Hamza|Rory|Gareth",
           "Ogunleye|Pettigrew|Blackwood|Threlfall|Caddick|Moynihan|Sandhu|Venables|Trelawney", "",
           "Bideford|Keswick|Bury St Edmunds|Aberystwyth|Tewkesbury|Skipton|Morpeth|Totnes",
           "Ferrier Close|Glebe Road|Cobbler's Walk|Swan Meadow|Lime Kiln Lane|Bellfield Row", "07%## ######|+44 7%## ######|01%## %#####",
           "gmail.com|hotmail.co.uk|btinternet.com|outlook.com|sky.com"),
    "IE": ("Caoimhe|Róisín|Éabha|Siobhán|Meabh", "Oisín|Darragh|Cillian|Pádraig|Senan", "Ó Súilleabháin|Flanagan|Cullinane|Mac Aodha|Twomey|Keane", "",
           "Mullingar|Letterkenny|Kilkenny|Clonmel|Bantry|Westport", "Bridge Street|Lower Main Street|Convent Hill|Cois Abhann|The Paddocks",
           "08% ### ####|+353 8% ### ####", "gmail.com|eircom.net|outlook.ie"),
    "CA": ("Maude|Jaspreet|Océane|Brynn|Marguerite", "Étienne|Gurpreet|Landon|Rémi|Declan", "Tremblay|Bouchard|Grewal|Hnatiuk|Paquette|MacIsaac|Ouellet", "",
           "Lethbridge|Rimouski|Peterborough|Prince George|Charlottetown|Sherbrooke", "Aspen Crescent|Rue Principale|Birchwood Drive|Lakeshore Road|Tamarind Way",
           "(%##) %##-####|+1 %##-%##-####", "gmail.com|videotron.ca|shaw.ca|outlook.com"),
    "AU": ("Ruby|Indi|Shantelle|Grace|Mikayla", "Cooper|Hayden|Tyson|Ashton|Riley", "Vukovic|Pearce|Nguyen|Dimitriou|O'Loughlin|Carmody|Whitehouse", "",
           "Geelong|Cairns|Albury|Dubbo|Townsville|Orange|Warrnambool", "Grevillea Street|Lorikeet Drive|Paperbark Close|Gum Tree Road|Coral Sea Parade",
           "04## ### ###|+61 4## ### ###", "bigpond.com|gmail.com|outlook.com.au|optusnet.com.au"),
    "NZ": ("Kiri|Anahera|Isla|Maisie", "Nikau|Hemi|Lachie|Tane", "Tipene|Walker|Kereama|Fairbrother|Te Huia", "",
           "Napier|Palmerston North|New Plymouth|Whangārei|Blenheim", "Mānuka Place|Karaka Street|Totara Avenue|Kea Lane", "02# ### ####|+64 2# ### ####",
           "xtra.co.nz|gmail.com|slingshot.co.nz"),
    "IN": ("Nandini|Aishwarya|Tanvi|Pooja|Rukmini", "Aditya|Karthik|Varun|Saurabh|Nikhil", "Raghavan|Banerjee|Joshi|Pillai|Sengupta|Naidu|Trivedi", "",
           "Pune|Madurai|Lucknow|Surat|Thiruvananthapuram|Guwahati", "Sardar Patel Road|Lake View Colony|Tilak Marg|Church Road|Anna Salai",
           "+91 9#### #####|9#########|+91-8#########", "gmail.com|rediffmail.com|yahoo.co.in"),
    "ZA": ("Naledi|Ayanda|Marelize|Busisiwe", "Lwazi|Johan|Tshepo|Sibusiso", "Mthembu|Steyn|Govender|Molefe|Ndlovu|Fourie", "",
           "Stellenbosch|George|Rustenburg|Upington|Mthatha", "Kloof Street|Umgeni Road|Berg Avenue|Disa Close", "0%# ### ####|+27 %# ### ####",
           "gmail.com|webmail.co.za|mweb.co.za"),
    "NG": ("Adaeze|Folake|Zainab|Nkechi", "Tunde|Obinna|Musa|Kelechi", "Okafor|Adebayo|Nwachukwu|Bello|Ogunbiyi|Uzor", "",
           "Port Harcourt|Ilorin|Onitsha|Akure|Sokoto", "Broad Street|Allen Avenue|Ogui Road|Aminu Kano Crescent", "080# ### ####|+234 80# ### ####",
           "gmail.com|yahoo.com"),
    "PH": ("Mylene|Kristel|Janelle|Marites", "Jhun|Ramil|Nestor|Carlo", "Sarmiento|Lacson|Dizon|Magbanua|Pangilinan|Yap", "",
           "Legazpi|Zamboanga City|General Santos|Naga City|Tagbilaran", "Osmeña Boulevard|P. Burgos St|Magsaysay Avenue|Del Pilar Street",
           "09## ### ####|+63 9## ### ####", "gmail.com|yahoo.com.ph"),
    "SG": ("Shu Ting|Nadia|Xin Yi|Kavitha", "Wei Ming|Irfan|Jian Hao|Rajesh", "Ng|Lau|Tay|Subramaniam|Ismail|Heng", "",
           "Ang Mo Kio|Clementi|Sengkang|Woodlands|Yishun", "Ang Mo Kio Avenue 3|Clementi Road|Sengkang East Way|Woodlands Drive 14",
           "+65 9### ####|8### ####", "gmail.com|singnet.com.sg"),
    "KE": ("Wambui|Adhiambo|Jepkoech|Mumbua", "Kipchoge|Otieno|Njoroge|Barasa", "Wekesa|Macharia|Achieng|Kiprotich|Muthoni|Omolo", "",
           "Kericho|Naivasha|Kakamega|Embu|Kitale", "Moi Avenue|Biashara Street|Kimathi Way|Oloitokitok Road", "07## ######|+254 7## ######",
           "gmail.com|yahoo.com"),
    "DE": ("Janina|Henrike|Mareike|Leonie|Carla", "Jonas|Benedikt|Till|Kilian|Moritz", "Ehlers|Wiesner|Kaltenbach|Yıldız|Rottmann|Sieber|Lenzen", "",
           "Detmold|Würzburg|Rostock|Oldenburg|Ulm|Marburg|Konstanz", "Ahornweg|Bergstraße|Hafenstraße|Im Winkel|Rosenhof|Parkallee",
           "0151 ########|+49 17# #######|0#### ######", "web.de|gmx.de|posteo.de|t-online.de"),
    "AT": ("Katharina|Elisabeth|Sophie", "Stefan|Tobias|Clemens", "Wimmer|Huber|Lechner|Aigner|Brandstätter", "", "Salzburg|St. Pölten|Bregenz|Steyr|Leoben",
           "Mariahilfer Straße|Hauptplatz|Bahnhofstraße|Schulgasse", "+43 664 #######|0676 #######", "gmx.at|aon.at|gmail.com"),
    "CH": ("Ladina|Andrea|Nina|Flurina", "Lukas|Severin|Dario|Jonas", "Zbinden|Meier|Gerber|Ammann|Kunz", "", "Luzern|Biel|Zug|Baden|Frauenfeld",
           "Bahnhofstrasse|Kirchweg|Industriestrasse|Oberdorf", "+41 7# ### ## ##|07# ### ## ##", "bluewin.ch|gmx.ch|sunrise.ch"),
    "FR": ("Apolline|Margaux|Anaïs|Éloïse|Noémie", "Mathis|Bastien|Loïc|Romain|Florian", "Moreau|Lemaire|Fabre|Haddad|Morvan|Girard|Delaunay", "",
           "Rennes|Tours|Limoges|Nancy|Pau|Chambéry|La Rochelle|Nîmes", "rue Victor Hugo|rue de la Paix|allée des Tilleuls|avenue de Verdun|rue Pasteur",
           "06 ## ## ## ##|+33 7 ## ## ## ##|01 ## ## ## ##", "orange.fr|free.fr|laposte.net|gmail.com"),
    "BE": ("Fien|Amélie|Jolien|Chloé", "Robbe|Cédric|Lars|Nicolas", "Vermeulen|Dupont|Willems|Lejeune|De Smet|Collignon", "", "Gent|Charleroi|Aalst|Tournai|Genk",
           "Veldstraat|Rue de la Station|Kapelstraat|Avenue Louise", "+32 4## ## ## ##|04## ## ## ##", "telenet.be|skynet.be|gmail.com"),
    "ES": ("Maite|Aitana|Leire|Noelia|Paloma", "Gorka|Rubén|Xavier|Íñigo|Adrián", "Ibarra Ruiz|Campos Soler|Luna Prieto|Aranda Crespo|Pascual Nieto|Mora Vallejo", "",
           "Burgos|Huesca|Cádiz|Lugo|Albacete|Castellón|Ourense", "Calle Alcalá|Calle Real|Avenida del Puerto|Calle Sol|Ronda de Poniente",
           "6## ## ## ##|+34 6## ### ###|9## ### ###", "gmail.com|hotmail.es|yahoo.es|telefonica.net"),
    "AR": ("Julieta|Rocío|Antonella|Sol", "Lautaro|Ezequiel|Franco|Ramiro", "Quiroga|Pereyra|Villalba|Ojeda|Godoy|Aguirre", "",
           "Córdoba|Tucumán|San Juan|Posadas|Resistencia", "Av. Rivadavia|Calle Mitre|Av. Pellegrini|Calle Urquiza", "+54 9 11 ####-####|11 ####-####",
           "gmail.com|hotmail.com.ar|fibertel.com.ar"),
    "IT": ("Alessia|Serena|Noemi|Arianna|Valentina", "Simone|Edoardo|Alessio|Nicolò|Pietro", "Moretti|Barbieri|Rinaldi|Caruso|Santoro|Pellegrini|Gatti", "",
           "Pescara|Udine|Siena|Cagliari|Parma|Bari|Varese", "Via Roma|Via Dante|Corso Italia|Via dei Tigli|Piazza Mazzini", "3## ### ####|+39 34# #######",
           "libero.it|virgilio.it|gmail.com|tiscali.it"),
    "NL": ("Maud|Isa|Roos|Jet|Sterre", "Stijn|Koen|Jelle|Wouter|Gijs", "Jansen|van der Berg|Kuipers|Brouwer|Postma|de Graaf|Schouten", "",
           "Nijmegen|Groningen|Alkmaar|Venlo|Breda|Zutphen", "Kerkpad|Molenstraat|Julianalaan|Prinsengracht|Beukenlaan", "06-########|+31 6 ########",
           "ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl"),
    "PT": ("Matilde|Carolina|Rita|Madalena", "Afonso|Rodrigo|Diogo|Henrique", "Teixeira|Almeida|Pinto|Correia|Fonseca|Batista", "",
           "Leiria|Covilhã|Viana do Castelo|Portimão|Tomar", "Rua Direita|Avenida dos Aliados|Rua da Liberdade|Travessa da Fonte", "9## ### ###|+351 91# ### ###",
           "sapo.pt|gmail.com|outlook.pt"),
    "BR": ("Letícia|Camila|Isadora|Natália|Yasmin", "Pedro|Lucas|Mateus|Henrique|Davi", "Nascimento|Santos|Pereira Lima|Araújo|Rocha|Teixeira", "",
           "Londrina|Natal|Goiânia|Joinville|Juiz de Fora|Vitória", "Rua das Acácias|Avenida Paulista|Rua Sete de Setembro|Rua do Comércio",
           "(##) 9####-####|+55 ## 9####-####", "gmail.com|uol.com.br|bol.com.br|hotmail.com"),
    "PL": ("Natalia|Aleksandra|Dorota|Paulina|Julia", "Kacper|Michał|Tomasz|Paweł|Szymon", "Nowicka|Jabłońska|Majewska|Pawlak|Sikora|Grabowska",
           "Nowicki|Jabłoński|Majewski|Pawlak|Sikora|Grabowski", "Kielce|Poznań|Częstochowa|Zamość|Tarnów|Elbląg",
           "ul. Słowackiego|ul. Polna|ul. Lipowa|al. Jana Pawła II|ul. Wąska", "+48 5## ### ###|6## ### ###", "wp.pl|onet.pl|o2.pl|interia.pl"),
    "SE": ("Wilma|Alva|Klara|Stina", "Elias|Linus|Anton|Filip", "Forsberg|Håkansson|Engström|Wallin|Nordin|Lindholm", "", "Gävle|Karlstad|Växjö|Kalmar|Östersund",
           "Drottninggatan|Lärkvägen|Sjövägen|Källgatan", "07# ### ## ##|+46 7# ### ## ##", "telia.com|gmail.com|outlook.com"),
    "NO": ("Ingeborg|Thea|Mathilde|Synnøve", "Jørgen|Ola|Aksel|Sverre", "Nilsen|Andreassen|Bråten|Eide|Knutsen|Vik", "", "Molde|Harstad|Gjøvik|Larvik|Narvik",
           "Kongens gate|Havnegata|Skogveien|Løkkeveien", "4## ## ###|+47 9## ## ###", "online.no|gmail.com|hotmail.no"),
    "DK": ("Laura|Astrid|Cecilie|Josefine", "Emil|Magnus|Oliver|Christian", "Nørgaard|Holm|Juhl|Kjær|Dalsgaard|Overgaard", "", "Herning|Silkeborg|Kolding|Næstved|Viborg",
           "Nørregade|Strandvejen|Bakkevej|Algade", "+45 ## ## ## ##|2# ## ## ##", "mail.dk|gmail.com|outlook.dk"),
    "FI": ("Elina|Iida|Venla|Sofia", "Lauri|Otto|Mikko|Eero", "Lehtonen|Virtanen|Hämäläinen|Rantanen|Toivonen|Koskinen", "", "Rovaniemi|Vaasa|Lappeenranta|Hämeenlinna|Kotka",
           "Puistokatu|Koulukatu|Satamatie|Koivistontie", "04# ### ####|+358 50 ### ####", "gmail.com|elisanet.fi|luukku.com"),
    "CZ": ("Adéla|Klára|Michaela|Eliška", "Filip|Matěj|David|Petr", "Svobodová|Kratochvílová|Pokorná|Benešová|Fialová", "Svoboda|Kratochvíl|Pokorný|Beneš|Fiala",
           "České Budějovice|Hradec Králové|Ústí nad Labem|Kolín|Třebíč", "Sokolská|Jiráskova|Tyršova|U Parku", "+420 7## ### ###|6## ### ###",
           "seznam.cz|email.cz|centrum.cz"),
    "SK": ("Katarína|Natália|Dominika|Petra", "Tomáš|Michal|Lukáš|Samuel", "Nováková|Poláková|Oravcová|Hudáková", "Novák|Polák|Oravec|Hudák",
           "Martin|Poprad|Trenčín|Zvolen|Komárno", "Mierová|Dlhá|Sládkovičova|Jesenského", "+421 9## ### ###|09## ### ###", "azet.sk|centrum.sk|gmail.com"),
    "HU": ("Petra|Noémi|Krisztina|Viktória", "Máté|Dániel|Balázs|Péter", "Horváth|Kiss|Lakatos|Fehér|Simon|Takács", "", "Kecskemét|Nyíregyháza|Szombathely|Veszprém|Zalaegerszeg",
           "Dózsa György út|Széchenyi tér|Ady Endre utca|Bem József utca", "+36 30 ### ####|06 20 ### ####", "freemail.hu|citromail.hu|gmail.com"),
    "RO": ("Raluca|Oana|Elena|Diana", "Cosmin|Alexandru|Florin|Sorin", "Georgescu|Stoica|Moldovan|Rusu|Dobre|Toma", "", "Constanța|Galați|Ploiești|Arad|Suceava",
           "Strada Avram Iancu|Bulevardul Unirii|Strada Florilor|Aleea Teilor", "07## ### ###|+40 7## ### ###", "yahoo.com|gmail.com"),
    "TR": ("Selin|Ece|Nazlı|Gizem", "Onur|Barış|Cem|Tolga", "Koç|Polat|Kılıç|Erdoğan|Güneş|Aksoy", "", "Bursa|Antalya|Konya|Mersin|Malatya|Çanakkale",
           "Atatürk Bulvarı|Gül Sokak|Kordon Caddesi|Menekşe Sokak", "05## ### ## ##|+90 5## ### ## ##", "gmail.com|hotmail.com|yandex.com"),
    "GR": ("Χριστίνα=Christina|Βασιλική=Vasiliki|Ιωάννα=Ioanna", "Δημήτρης=Dimitris|Αλέξανδρος=Alexandros|Μιχάλης=Michalis",
           "Αντωνίου=Antoniou|Μαυρίδου=Mavridou|Ζαχαρίου=Zachariou", "Αντωνίου=Antoniou|Μαυρίδης=Mavridis|Ζαχαρίου=Zachariou",
           "Θεσσαλονίκη|Κέρκυρα|Ρόδος|Καβάλα|Τρίκαλα", "Οδός Αθηνάς|Λεωφόρος Βενιζέλου|Οδός Πινδάρου", "69# ### ####|+30 69# #######", "gmail.com|otenet.gr|yahoo.gr"),
    "RU": ("Мария=Maria|Алина=Alina|Вера=Vera|Полина=Polina", "Никита=Nikita|Павел=Pavel|Роман=Roman|Григорий=Grigory",
           "Лебедева=Lebedeva|Новикова=Novikova|Зайцева=Zaitseva|Орлова=Orlova", "Лебедев=Lebedev|Новиков=Novikov|Зайцев=Zaitsev|Орлов=Orlov",
           "Нижний Новгород|Ярославль|Калуга|Иркутск|Владимир", "ул. Лесная|ул. Советская|пр. Ленина|ул. Набережная", "+7 9## ###-##-##|8 (9##) ###-##-##",
           "yandex.ru|mail.ru|gmail.com"),
    "UA": ("Марія=Mariia|Олена=Olena|Дарина=Daryna", "Дмитро=Dmytro|Ярослав=Yaroslav|Віктор=Viktor", "Литвиненко=Lytvynenko|Савчук=Savchuk|Гнатюк=Hnatiuk|Руденко=Rudenko", "",
           "Житомир|Ужгород|Тернопіль|Суми|Черкаси", "вул. Соборна|вул. Миру|вул. Лесі Українки|просп. Перемоги", "+380 67 ### ## ##|050 ### ## ##",
           "ukr.net|gmail.com|i.ua"),
    "BG": ("Виктория=Viktoria|Йоана=Yoana|Цветелина=Tsvetelina", "Иван=Ivan|Мартин=Martin|Димитър=Dimitar", "Иванова=Ivanova|Тодорова=Todorova|Маринова=Marinova",
           "Иванов=Ivanov|Тодоров=Todorov|Маринов=Marinov", "Шумен|Габрово|Добрич|Сливен|Хасково", "ул. Вазов|бул. България|ул. Граф Игнатиев",
           "+359 88 ### ####|089 ### ####", "abv.bg|gmail.com|mail.bg"),
    "HR": ("Ana|Katarina|Lana|Nika", "Ante|Matej|Dario|Tomislav", "Perić|Matić|Tomić|Pavlović|Božić", "", "Dubrovnik|Karlovac|Slavonski Brod|Sisak|Makarska",
           "Ilica|Riva|Ulica Matije Gupca|Zagrebačka cesta", "+385 9# ### ####|09# ### ####", "net.hr|gmail.com|t-com.hr"),
    "LT": ("Indrė|Greta|Aistė|Miglė", "Paulius|Justinas|Mindaugas|Karolis", "Butkienė|Vaitkutė|Paulauskienė|Navickaitė", "Butkus|Vaitkus|Paulauskas|Navickas",
           "Utena|Telšiai|Tauragė|Kėdainiai|Palanga", "Gedimino pr.|Ąžuolų g.|Maironio g.|Parko g.", "+370 6## #####|86## #####", "gmail.com|inbox.lt"),
    "JP": ("美優=Miyu|彩花=Ayaka|真央=Mao|千尋=Chihiro", "悠斗=Yuto|湊=Minato|颯太=Sota|亮=Ryo", "山本=Yamamoto|松田=Matsuda|森=Mori|石川=Ishikawa|藤井=Fujii|岡田=Okada", "",
           "金沢市|松山市|熊本市|札幌市|福井市", "桜町|港町|東町|丸の内|中央通り", "090-####-####|080-####-####|+81 70-####-####", "docomo.ne.jp|gmail.com|yahoo.co.jp"),
    "CN": ("晓燕=Xiaoyan|雨欣=Yuxin|佳怡=Jiayi|秀英=Xiuying", "志强=Zhiqiang|子轩=Zixuan|建国=Jianguo|宇航=Yuhang", "周=Zhou|吴=Wu|徐=Xu|孙=Sun|马=Ma|胡=Hu|郭=Guo", "",
           "宁波|长沙|昆明|合肥|大连|无锡", "和平路|滨江大道|文化街|新华路|东风路", "13# #### ####|+86 15# #### ####|18#########", "qq.com|163.com|126.com"),
    "KR": ("예린=Ye-rin|소희=So-hee|다은=Da-eun|유나=Yu-na", "준호=Jun-ho|태민=Tae-min|승우=Seung-woo|재원=Jae-won", "한=Han|오=Oh|서=Seo|신=Shin|임=Lim|조=Cho", "",
           "부산|인천|포항|천안|제주", "세종대로|해운대로|한강로|백제로", "010-####-####|+82 10-####-####", "naver.com|daum.net|gmail.com"),
    "IL": ("נועה=Noa|מיכל=Michal|תמר=Tamar|שירה=Shira", "איתי=Itai|עומר=Omer|יונתן=Yonatan|אביב=Aviv", "כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|ביטון=Biton", "",
           "חיפה|באר שבע|נתניה|רחובות|אשדוד", "רחוב הרצל|שדרות רוטשילד|רחוב ויצמן|רחוב הגפן", "05#-###-####|+972 5#-###-####", "gmail.com|walla.co.il"),
    "AE": ("فاطمة=Fatima|مريم=Maryam|نورة=Noura|ليلى=Layla", "خالد=Khalid|سعيد=Saeed|يوسف=Yousef|عمر=Omar", "المنصوري=Al Mansouri|الشامسي=Al Shamsi|الحمادي=Al Hammadi|النعيمي=Al Nuaimi", "",
           "دبي|الشارقة|العين|عجمان|رأس الخيمة", "شارع الشيخ زايد|شارع الوصل|شارع الاتحاد|شارع الكورنيش", "+971 5# ### ####|05# ### ####", "gmail.com|hotmail.com"),
    "EG": ("هبة=Heba|سلمى=Salma|دينا=Dina", "أحمد=Ahmed|محمود=Mahmoud|كريم=Karim", "عبد الرحمن=Abdelrahman|حسن=Hassan|السيد=El Sayed|فهمي=Fahmy", "",
           "الإسكندرية|المنصورة|أسيوط|طنطا|الأقصر", "شارع التحرير|شارع الهرم|شارع بورسعيد", "+20 10# ### ####|01# #### ####", "gmail.com|yahoo.com"),
    "INH": ("पूजा=Pooja|नेहा=Neha|कविता=Kavita|सीमा=Seema", "रवि=Ravi|सुरेश=Suresh|मनोज=Manoj|दीपक=Deepak", "गुप्ता=Gupta|सिंह=Singh|पांडे=Pandey|श्रीवास्तव=Srivastava|दुबे=Dubey", "",
           "इंदौर|आगरा|मेरठ|ग्वालियर|प्रयागराज", "महात्मा गांधी रोड|शिवाजी नगर|राजेंद्र नगर|सदर बाज़ार", "+91 9#### #####|98########", "gmail.com|rediffmail.com"),
    "TH": ("สมใจ=Somjai|กมลา=Kamala|ปิยะนุช=Piyanuch|วรรณา=Wanna", "สมชาย=Somchai|ธนากร=Thanakorn|อนุชา=Anucha|วีระ=Weera",
           "ศรีสุข=Srisuk|วงศ์ใหญ่=Wongyai|แก้วมณี=Kaewmanee|บุญมา=Boonma", "", "เชียงใหม่|ขอนแก่น|ภูเก็ต|หาดใหญ่|อุดรธานี", "ถนนนิมมานเหมินท์|ถนนมิตรภาพ|ถนนเพชรเกษม|ซอยสุขุมวิท 39",
           "08#-###-####|+66 8# ### ####", "gmail.com|hotmail.co.th"),
    "VN": ("Thu Hà=Thu Ha|Ngọc Anh=Ngoc Anh|Phương Linh=Phuong Linh|Mai=Mai", "Quang Huy=Quang Huy|Đức Minh=Duc Minh|Văn Long=Van Long|Tuấn=Tuan",
           "Nguyễn=Nguyen|Trần=Tran|Lê=Le|Phạm=Pham|Hoàng=Hoang|Võ=Vo", "", "Đà Nẵng|Cần Thơ|Huế|Nha Trang|Vũng Tàu", "đường Lê Lợi|đường Trần Hưng Đạo|đường Nguyễn Huệ|đường Hai Bà Trưng",
           "09# ### ####|+84 9# ### ####", "gmail.com|yahoo.com.vn"),
    "ID": ("Dewi|Ratna|Siti Nurhaliza|Intan", "Budi|Agus|Rizky|Hendra", "Santoso|Wijaya|Hidayat|Nasution|Siregar|Pratama", "",
           "Bandung|Semarang|Malang|Medan|Yogyakarta|Makassar", "Jl. Merdeka|Jl. Sudirman|Jl. Diponegoro|Jl. Gatot Subroto", "08##-####-####|+62 81# #### ####",
           "gmail.com|yahoo.co.id"),
}
FAMILY_FIRST = {"HU", "JP", "CN", "KR", "VN"}
NO_SPACE = {"JP", "CN", "KR"}
LANG_COUNTRIES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 6), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("NG", 1), ("PH", 1), ("SG", 1), ("KE", 1)),
    "en-xid": (("GB", 4), ("IE", 2), ("CA", 3), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 2)),
    "en-xib": (("GB", 4), ("IE", 3), ("IN", 1), ("ZA", 1), ("NG", 1), ("KE", 1), ("SG", 1)),
    "de": (("DE", 5), ("AT", 2), ("CH", 2)), "fr": (("FR", 4), ("BE", 2)), "es": (("ES", 4), ("AR", 2)), "it": (("IT", 1),),
    "nl": (("NL", 3), ("BE", 1)), "pt": (("PT", 1),), "pt-BR": (("BR", 1),), "pl": (("PL", 1),), "sv": (("SE", 1),), "no": (("NO", 1),),
    "da": (("DK", 1),), "fi": (("FI", 1),), "cs": (("CZ", 1),), "sk": (("SK", 1),), "hu": (("HU", 1),), "ro": (("RO", 1),), "tr": (("TR", 1),),
    "el": (("GR", 1),), "ru": (("RU", 1),), "uk": (("UA", 1),), "bg": (("BG", 1),), "hr": (("HR", 1),), "lt": (("LT", 1),), "ja": (("JP", 1),),
    "zh": (("CN", 1),), "ko": (("KR", 1),), "he": (("IL", 1),), "ar": (("AE", 2), ("EG", 1)), "hi": (("INH", 1),), "th": (("TH", 1),),
    "vi": (("VN", 1),), "id": (("ID", 1),),
}


def locale_for(lang: str, rng: random.Random) -> str:
    if lang in LANG_COUNTRIES:
        pool = LANG_COUNTRIES[lang]
        country = rng.choices([c for c, _ in pool], [w for _, w in pool])[0]
        return f"{lang.split('-')[0]}-{country}"
    base, country = lang.split("-")
    return f"{base}-{country}"


def _nat(e: str) -> str:
    return e.split("=")[0]


def _rom(e: str) -> str:
    return e.split("=")[-1]


class Person:
    def __init__(self, r: random.Random, country: str, sex: str | None) -> None:
        fem, mal, sf, sm = W[country][:4]
        self.sex = sex or r.choice("fm")
        first = r.choice((fem if self.sex == "f" else mal).split("|"))
        last = r.choice((sf if self.sex == "f" or not sm else sm).split("|"))
        self.first, self.last, self.first_r, self.last_r = _nat(first), _nat(last), _rom(first), _rom(last)
        if country in FAMILY_FIRST:
            sep = "" if country in NO_SPACE else " "
            self.full = f"{self.last}{sep}{self.first}"
        else:
            self.full = f"{self.first} {self.last}"
        self.full_r = f"{self.first_r} {self.last_r}"
        self.country = country
        self.dob = datetime.date(1944, 1, 1) + datetime.timedelta(days=r.randint(0, 23000))


# ---------------------------------------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------------------------------------
MONTHS = {
    "en": "January|February|March|April|May|June|July|August|September|October|November|December",
    "de": "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember",
    "fr": "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
    "es": "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre",
    "it": "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
    "pt": "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro",
    "nl": "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december",
    "pl": "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia",
    "ru": "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря",
    "sv": "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december",
}
DOTTED = {"de", "pl", "ru", "uk", "cs", "sk", "fi", "no", "da", "tr", "ro", "bg", "hr", "lt", "hu", "sv"}


def write_date(r: random.Random, lang: str, country: str, d: datetime.date) -> str:
    y, m, dd = d.year, d.month, d.day
    if lang in ("ja", "zh"):
        return r.choice([f"{y}年{m}月{dd}日", f"{y}/{m:02d}/{dd:02d}"])
    if lang == "ko":
        return r.choice([f"{y}년 {m}월 {dd}일", f"{y}.{m:02d}.{dd:02d}"])
    if lang == "hu":
        return r.choice([f"{y}. {m:02d}. {dd:02d}.", f"{y}-{m:02d}-{dd:02d}"])
    if lang == "lt" or lang == "sv":
        return f"{y}-{m:02d}-{dd:02d}"
    names = MONTHS.get(lang)
    if lang == "en":
        mon = names.split("|")[m - 1]
        if country in ("US", "PH"):
            return r.choice([f"{m}/{dd}/{y}", f"{mon} {dd}, {y}", f"{m:02d}/{dd:02d}/{y}", f"{mon[:3]} {dd}, {y}"])
        return r.choice([f"{dd}/{m:02d}/{y}", f"{dd} {mon} {y}", f"{dd} {mon[:3]} {y}", f"{y}-{m:02d}-{dd:02d}"])
    if names and r.random() < 0.5:
        mon = names.split("|")[m - 1]
        if lang in ("es", "pt"):
            return f"{dd} de {mon} de {y}"
        if lang == "de":
            return f"{dd}. {mon} {y}"
        return f"{dd} {mon} {y}"
    if lang in DOTTED:
        return r.choice([f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}"])
    if lang == "nl":
        return f"{dd:02d}-{m:02d}-{y}"
    return r.choice([f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}"])


_POST = {"US": "%####", "IE": "", "CA": "", "AU": "%###", "NZ": "%###", "IN": "%#####", "ZA": "%###", "NG": "%#####", "PH": "%###", "SG": "%#####",
         "KE": "%####", "DE": "%####", "AT": "%###", "CH": "%###", "FR": "%####", "BE": "%###", "ES": "%####", "AR": "%###", "IT": "%####",
         "PT": "%###-###", "BR": "%####-###", "PL": "%#-###", "SE": "%## ##", "NO": "%###", "DK": "%###", "FI": "%####", "CZ": "%## ##",
         "SK": "%## ##", "HU": "%###", "RO": "%#####", "TR": "%####", "GR": "%## ##", "RU": "%#####", "UA": "%####", "BG": "%###", "HR": "%####",
         "LT": "LT-%####", "JP": "%##-####", "CN": "%#####", "KR": "%####", "IL": "%######", "AE": "", "EG": "%####", "INH": "%#####",
         "TH": "%####", "VN": "%#####", "ID": "%####"}
_US_ST = {"Missoula": "MT", "Tulsa": "OK", "Fort Collins": "CO", "Savannah": "GA", "Chattanooga": "TN", "Boise": "ID", "Kalamazoo": "MI",
          "Santa Fe": "NM", "Burlington": "VT", "Pueblo": "CO"}
_CA_PR = {"Lethbridge": "AB", "Rimouski": "QC", "Peterborough": "ON", "Prince George": "BC", "Charlottetown": "PE", "Sherbrooke": "QC"}


def make_address(r: random.Random, c: str, street: str, town: str) -> tuple[str, str]:
    """(street line, rest) in the country's layout."""
    n = r.randint(1, 240)
    pc = _pat(r, _POST.get(c, ""))
    if c == "US":
        return f"{n * 7} {street}{r.choice(['', '', ', Apt ' + str(r.randint(2, 40))])}", f"{town}, {_US_ST[town]} {pc}"
    if c == "CA":
        return f"{n * 3} {street}", f"{town}, {_CA_PR[town]} {r.choice('KLMNT')}{r.randint(1, 9)}{r.choice('ABCEGH')} {r.randint(1, 9)}{r.choice('JKLMNP')}{r.randint(1, 9)}"
    if c == "GB":
        return f"{r.randint(1, 90)} {street}", f"{town} {r.choice(['EX', 'CA', 'IP', 'SY', 'NE', 'GL', 'BD'])}{r.randint(1, 30)} {r.randint(1, 9)}{r.choice('ABDEFHJLNPQRSTUWXY')}{r.choice('ABDEFHJLNPQRSTUWXY')}"
    if c == "IE":
        return f"{r.randint(1, 60)} {street}", f"{town}, {r.choice(['F', 'H', 'R', 'T', 'P'])}{r.randint(10, 99)} {_r(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if c in ("AU", "NZ", "ZA", "NG", "PH", "KE", "IN", "SG"):
        return f"{r.choice(['', 'Unit ' + str(r.randint(1, 9)) + ', ', ''])}{n} {street}", f"{town} {pc}".strip()
    if c in ("DE", "AT", "CH", "NL", "PL", "SE", "NO", "DK", "FI", "CZ", "SK", "HR", "LT", "IT", "TR", "ES", "PT", "BR", "AR", "RO", "ID", "BG", "GR"):
        sep = ", " if c in ("IT", "ES", "BR", "AR", "RO", "ID", "PT", "TR", "BG", "GR") else " "
        return f"{street}{sep}{r.randint(1, 140)}", f"{pc} {town}"
    if c in ("FR", "BE"):
        return (f"{r.randint(1, 90)} {street}" if c == "FR" else f"{street} {r.randint(1, 90)}"), f"{pc} {town}"
    if c == "HU":
        return f"{street} {r.randint(1, 80)}.", f"{pc} {town}"
    if c in ("RU", "UA"):
        return f"{street}, д. {r.randint(1, 90)}, кв. {r.randint(1, 200)}", f"{town}, {pc}"
    if c == "JP":
        return f"{town}{street}{r.randint(1, 5)}-{r.randint(1, 20)}-{r.randint(1, 30)}", f"〒{pc}"
    if c == "CN":
        return f"{town}{street}{r.randint(1, 400)}号{r.randint(1, 30)}栋{r.randint(101, 2405)}室", pc
    if c == "KR":
        return f"{town} {street} {r.randint(1, 300)}, {r.randint(101, 1204)}호", pc
    if c == "IL":
        return f"{street} {r.randint(1, 90)}, {town}", pc
    if c in ("AE", "EG"):
        return f"{street}، مبنى {r.randint(1, 90)}، شقة {r.randint(1, 40)}", town
    if c == "INH":
        return f"मकान नं. {r.randint(1, 300)}, {street}", f"{town} {pc}"
    if c == "TH":
        return f"{r.randint(1, 300)}/{r.randint(1, 90)} {street}", f"{town} {pc}"
    if c == "VN":
        return f"số {r.randint(1, 300)} {street}", f"{town}"
    return f"{n} {street}", f"{town} {pc}".strip()


def make_phone(r: random.Random, c: str) -> str:
    return _pat(r, r.choice(W[c][6].split("|")))


def make_email(r: random.Random, p: Person, host: str = "") -> str:
    f, l = _slug(p.first_r), _slug(p.last_r)
    host = host or r.choice(W[p.country][7].split("|"))
    user = r.choice([f"{f}.{l}", f"{f}{l[:1]}", f"{f[:1]}{l}{r.randint(1, 99)}", f"{l}.{f}{r.randint(70, 99)}", f"{f}_{l}", f"{f}{r.randint(1980, 2006)}"])
    return f"{user}@{host}"


def luhn_ok(d: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch) * (2 if i % 2 else 1)
        s += k - 9 if k > 9 else k
    return s % 10 == 0


def _luhn_fix(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def make_card(r: random.Random, kind: str = "") -> tuple[str, str]:
    kind = kind or r.choice(["v", "v", "m", "m", "a", "d", "m2"])
    if kind == "a":
        d = _luhn_fix(r.choice(["34", "37"]) + _r(r, 12, DIG))
        return d, r.choice([f"{d[:4]} {d[4:10]} {d[10:]}", d, f"{d[:4]}-{d[4:10]}-{d[10:]}"])
    pre = {"v": "4", "m": str(r.randint(51, 55)), "d": "6011", "m2": str(r.randint(2221, 2720))}[kind]
    d = _luhn_fix(pre + _r(r, 15 - len(pre), DIG))
    return d, r.choice([" ".join(d[i:i + 4] for i in range(0, 16, 4)), d, "-".join(d[i:i + 4] for i in range(0, 16, 4))])


_BBAN = {"DE": "18n", "AT": "16n", "CH": "17n", "FR": "23n", "BE": "12n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "PT": "21n", "PL": "24n",
         "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "CZ": "20n", "SK": "20n", "HU": "24n", "RO": "4a16n", "TR": "22n", "GR": "23n",
         "BG": "4a14n", "HR": "17n", "LT": "16n", "GB": "4a14n", "IE": "4a14n", "IL": "19n", "AE": "19n", "EG": "25n", "BR": "23n1a1n",
         "SA": "20n", "UA": "25n"}
_BANK = {"GB": "BARC|LOYD|HBUK|MIDL|NWBK", "IE": "AIBK|BOFI|ULSB", "NL": "RABO|INGB|ABNA|KNAB", "RO": "BTRL|RNCB|INGB", "BG": "UBBS|FINV|RZBB"}


def _mod97(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s)) % 97


def make_iban(r: random.Random, cc: str) -> str:
    from stdnum import iban
    for _ in range(20000):
        v = _iban_once(r, cc)
        if iban.is_valid(v):
            return v
    raise AssertionError(cc)


def _iban_once(r: random.Random, cc: str) -> str:
    spec = _BBAN[cc]
    out, num = "", ""
    for ch in spec:
        if ch.isdigit():
            num += ch
            continue
        k = int(num)
        num = ""
        if ch == "n":
            out += _r(r, k, DIG)
        elif k == 4 and cc in _BANK:
            out += r.choice(_BANK[cc].split("|"))
        else:
            out += _r(r, k, string.ascii_uppercase)
    if cc == "BE":
        body = out[:10]
        ck = int(body) % 97 or 97
        out = f"{body}{ck:02d}"
    chk = 98 - _mod97(out + cc + "00")
    return f"{cc}{chk:02d}{out}"


def iban_text(r: random.Random, v: str) -> str:
    return r.choice([" ".join(v[i:i + 4] for i in range(0, len(v), 4)), v, " ".join(v[i:i + 4] for i in range(0, len(v), 4))])


_IBAN_FOR = {"US": "GB", "CA": "GB", "AU": "GB", "NZ": "GB", "IN": "AE", "ZA": "GB", "NG": "GB", "PH": "AE", "SG": "GB", "KE": "GB", "AR": "ES",
             "JP": "DE", "CN": "DE", "KR": "DE", "INH": "AE", "TH": "DE", "VN": "FR", "ID": "NL", "RU": "DE"}


def make_ssn(r: random.Random) -> str:
    while True:
        a, g, s = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if a != 666:
            return f"{a:03d}{g:02d}{s:04d}"


def ssn_text(r: random.Random, d: str) -> str:
    return r.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", d])


def _valid(mod: str):
    return importlib.import_module(f"stdnum.{mod}").is_valid


def _dmy(d: datetime.date) -> str:
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"


def _ymd(d: datetime.date) -> str:
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


_NID = {"GB": "gb.nhs", "IE": "ie.pps", "CA": "ca.sin", "AU": "au.tfn", "NZ": "nz.ird", "IN": "in_.aadhaar", "INH": "in_.aadhaar", "ZA": "za.idnr",
        "DE": "de.idnr", "AT": "at.vnr", "CH": "ch.ssn", "FR": "fr.nir", "BE": "be.nn", "ES": "es.dni", "AR": "ar.cuit", "IT": "it.codicefiscale",
        "NL": "nl.bsn", "PT": "pt.nif", "BR": "br.cpf", "PL": "pl.pesel", "SE": "se.personnummer", "NO": "no.fodselsnummer", "DK": "dk.cpr",
        "FI": "fi.hetu", "CZ": "cz.rc", "SK": "sk.rc", "LT": "lt.asmens", "RO": "ro.cnp", "TR": "tr.tckimlik", "GR": "gr.amka", "RU": "ru.inn",
        "UA": "ua.rntrc", "BG": "bg.egn", "HR": "hr.oib", "JP": "jp.in_", "CN": "cn.ric", "KR": "kr.rrn", "IL": "il.idnr", "TH": "th.pin"}
_CF_M = "ABCDEHLMPRST"


def _nid_candidate(r: random.Random, c: str, p: Person) -> str:
    d = p.dob
    if c == "GB":
        return _pat(r, "%## ### ####")
    if c == "IE":
        return _r(r, 7, DIG) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW")
    if c == "CA":
        return _pat(r, f"{r.randint(1, 7)}## ### ###")
    if c == "AU":
        return _pat(r, "%## ### ###")
    if c == "NZ":
        return _pat(r, "%#-###-###")
    if c in ("IN", "INH"):
        return f"{r.randint(2, 9)}{_r(r, 3, DIG)} {_r(r, 4, DIG)} {_r(r, 4, DIG)}"
    if c == "ZA":
        return f"{_ymd(d)}{r.choice('0123456789')}{_r(r, 3, DIG)}08{r.choice(DIG)}"
    if c == "DE":
        return _pat(r, "%# ### ### ###")
    if c == "AT":
        return f"{r.randint(1, 9)}{_r(r, 3, DIG)} {_dmy(d)}"
    if c == "CH":
        return f"756.{_r(r, 4, DIG)}.{_r(r, 4, DIG)}.{_r(r, 2, DIG)}"
    if c == "FR":
        body = f"{1 if p.sex == 'm' else 2}{d.year % 100:02d}{d.month:02d}{r.randint(1, 95):02d}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {97 - int(body) % 97:02d}"
    if c == "BE":
        body = f"{_ymd(d)}{r.randint(1, 997):03d}"
        ck = 97 - int(("2" if d.year >= 2000 else "") + body) % 97
        return f"{body[:2]}.{body[2:4]}.{body[4:6]}-{body[6:9]}.{ck:02d}"
    if c == "ES":
        n = r.randint(10000000, 99999999)
        return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
    if c == "AR":
        return f"{r.choice(['20', '27', '23'])}-{r.randint(10000000, 45000000)}-{r.choice(DIG)}"
    if c == "IT":
        from stdnum.it import codicefiscale as cf
        cons = lambda s: ([ch for ch in _ascii(s).upper() if ch.isalpha() and ch not in "AEIOU"] + [ch for ch in _ascii(s).upper() if ch in "AEIOU"] + ["X"] * 3)[:3]
        day = d.day + (40 if p.sex == "f" else 0)
        body = "".join(cons(p.last)) + "".join(cons(p.first)) + f"{d.year % 100:02d}{_CF_M[d.month - 1]}{day:02d}{r.choice('ACDFGHL')}{r.randint(100, 999)}"
        return body + cf.calc_check_digit(body)
    if c == "NL":
        return _pat(r, "%########")
    if c == "PT":
        return f"{r.choice('123')}{_r(r, 8, DIG)}"
    if c == "BR":
        return f"{_r(r, 3, DIG)}.{_r(r, 3, DIG)}.{_r(r, 3, DIG)}-{_r(r, 2, DIG)}"
    if c == "PL":
        from stdnum.pl import pesel
        mm = d.month + (20 if d.year >= 2000 else 0)
        sx = r.choice("13579" if p.sex == "m" else "02468")
        body = f"{d.year % 100:02d}{mm:02d}{d.day:02d}{_r(r, 3, DIG)}{sx}"
        return body + pesel.calc_check_digit(body)
    if c == "SE":
        return f"{_ymd(d)}-{_r(r, 4, DIG)}"
    if c == "NO":
        ind = r.randint(0, 499) if d.year < 2000 else r.randint(500, 999)
        return f"{_dmy(d)}{ind:03d}{_r(r, 2, DIG)}"
    if c == "DK":
        return f"{_dmy(d)}-{r.choice('0123' if d.year < 2000 else '4')}{_r(r, 3, DIG)}"
    if c == "FI":
        sep = "-" if d.year < 2000 else "A"
        ind = f"{r.randint(2, 899):03d}"
        return f"{_dmy(d)}{sep}{ind}{r.choice('0123456789ABCDEFHJKLMNPRSTUVWXY')}"
    if c in ("CZ", "SK"):
        mm = d.month + (50 if p.sex == "f" else 0)
        return f"{d.year % 100:02d}{mm:02d}{d.day:02d}/{_r(r, 4, DIG)}"
    if c == "LT":
        g = ("3" if p.sex == "m" else "4") if d.year < 2000 else ("5" if p.sex == "m" else "6")
        return f"{g}{_ymd(d)}{_r(r, 4, DIG)}"
    if c == "RO":
        from stdnum.ro import cnp
        g = ("1" if p.sex == "m" else "2") if d.year < 2000 else ("5" if p.sex == "m" else "6")
        body = f"{g}{_ymd(d)}{r.randint(1, 40):02d}{r.randint(1, 999):03d}"
        return body + cnp.calc_check_digit(body)
    if c == "TR":
        from stdnum.tr import tckimlik
        body = f"{r.randint(1, 9)}{_r(r, 8, DIG)}"
        return body + tckimlik.calc_check_digits(body)
    if c == "GR":
        return f"{_dmy(d)}{_r(r, 5, DIG)}"
    if c == "RU":
        return f"{r.choice(['77', '50', '78', '16', '52'])}{_r(r, 10, DIG)}"
    if c == "UA":
        return _pat(r, "%#########")
    if c == "BG":
        mm = d.month + (40 if d.year >= 2000 else 0)
        return f"{d.year % 100:02d}{mm:02d}{d.day:02d}{_r(r, 4, DIG)}"
    if c == "HR":
        return _pat(r, "%##########")
    if c == "JP":
        return _pat(r, "%### #### ####")
    if c == "CN":
        body = f"{r.choice(['330203', '430104', '530102', '340104', '210202', '320205']) if d.year >= 2002 else '110101'}{d.year}{d.month:02d}{d.day:02d}{_r(r, 3, DIG)}"
        return body + r.choice("0123456789X")
    if c == "KR":
        g = ("1" if p.sex == "m" else "2") if d.year < 2000 else ("3" if p.sex == "m" else "4")
        return f"{_ymd(d)}-{g}{_r(r, 6, DIG)}"
    if c == "IL":
        return _r(r, 9, DIG)
    if c == "TH":
        return f"{r.randint(1, 8)}-{_r(r, 4, DIG)}-{_r(r, 5, DIG)}-{_r(r, 2, DIG)}-{r.choice(DIG)}"
    raise KeyError(c)


def make_natid(r: random.Random, p: Person) -> str:
    valid = _valid(_NID[p.country])
    for _ in range(4000):
        c = _nid_candidate(r, p.country, p)
        if valid(c):
            return c
    raise AssertionError(p.country)


def make_ip(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["pub", "pub", "pub", "v6", "lan"])
    if kind == "v6":
        return f"{r.choice(['2a02', '2001', '2600', '2a01', '2403'])}:{_r(r, 4, HEX)}:{_r(r, 3, HEX)}:{r.randint(1, 99)}::{_r(r, 3, HEX)}"
    if kind == "lan":
        return r.choice([f"192.168.{r.randint(0, 40)}.{r.randint(2, 250)}", f"10.{r.randint(0, 60)}.{r.randint(0, 255)}.{r.randint(2, 250)}"])
    while True:
        a = r.choice([31, 37, 46, 62, 78, 81, 89, 92, 109, 146, 151, 176, 185, 188, 203, 212, 213, 217])
        return f"{a}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def _b64(r: random.Random, n: int) -> str:
    return _r(r, n, AN + "+/")


KEYS = {
    "stripe": lambda r: f"{r.choice(['sk_live_', 'rk_live_'])}{_r(r, 24 + r.randint(0, 70))}",
    "gh": lambda r: f"{r.choice(['ghp_', 'gho_', 'ghs_'])}{_r(r, 36)}",
    "ghpat": lambda r: f"github_pat_11{_r(r, 20, string.ascii_uppercase + DIG)}_{_r(r, 59)}",
    "gl": lambda r: f"glpat-{_r(r, 20, AN + '-_')}",
    "aws": lambda r: f"{_r(r, 40, AN + '/+')}",
    "akia": lambda r: f"AKIA{_r(r, 16, string.ascii_uppercase + '234567')}",
    "slack": lambda r: f"xoxb-{_r(r, 11, DIG)}-{_r(r, 13, DIG)}-{_r(r, 24)}",
    "slackhook": lambda r: f"https://hooks.slack.com/services/T{_r(r, 8, string.ascii_uppercase + DIG)}/B{_r(r, 10, string.ascii_uppercase + DIG)}/{_r(r, 24)}",
    "google": lambda r: f"AIza{_r(r, 35, AN + '-_')}",
    "openai": lambda r: f"sk-proj-{_r(r, 48, AN + '-_')}",
    "anthropic": lambda r: f"sk-ant-api03-{_r(r, 86, AN + '-_')}AA",
    "sendgrid": lambda r: f"SG.{_r(r, 22, AN + '-_')}.{_r(r, 43, AN + '-_')}",
    "twilio": lambda r: f"SK{_r(r, 32, HEX)}",
    "npm": lambda r: f"npm_{_r(r, 36)}",
    "hf": lambda r: f"hf_{_r(r, 34)}",
    "discord": lambda r: f"{_r(r, 24)}.{_r(r, 6)}.{_r(r, 38, AN + '-_')}",
    "tg": lambda r: f"{r.randint(100000000, 7999999999)}:AA{_r(r, 33, AN + '-_')}",
    "jwt": lambda r: f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ{_r(r, 60, AN)}.{_r(r, 43, AN + '-_')}",
    "shopify": lambda r: f"shpat_{_r(r, 32, HEX)}",
    "dopp": lambda r: f"dp.st.{r.choice(['prd', 'dev'])}.{_r(r, 43)}",
    "mailgun": lambda r: f"key-{_r(r, 32, HEX)}",
    "pypi": lambda r: f"pypi-AgEIcHlwaS5vcmc{_r(r, 60, AN + '-_')}",
    "azure": lambda r: f"{_r(r, 86, AN + '+/')}==",
    "hex32": lambda r: _r(r, 32, HEX),
    "hex64": lambda r: _r(r, 64, HEX),
    "docker": lambda r: f"dckr_pat_{_r(r, 27, AN + '-_')}",
    "linear": lambda r: f"lin_api_{_r(r, 40)}",
    "notion": lambda r: f"ntn_{_r(r, 46)}",
    "resend": lambda r: f"re_{_r(r, 8)}_{_r(r, 24)}",
}
_PWW = ["Gooseberry", "Wombat", "Trombone", "Lighthouse", "Clementine", "Orca", "Juniper", "Bramble", "Sprocket", "Kettlebell", "Tamarind",
        "Ocelot", "Gondola", "Parsnip", "Harmonica", "Cormorant"]


def make_pw(r: random.Random, style: str = "") -> str:
    style = style or r.choice(["w", "w", "mix", "phrase", "rand"])
    if style == "w":
        return f"{r.choice(_PWW)}{r.choice(['!', '#', '$', '@', '*', '&'])}{r.randint(10, 2029)}"
    if style == "mix":
        return f"{r.choice(_PWW).lower()[:5]}{r.choice(['_', '.', '!'])}{r.choice(_PWW)[:4]}{r.randint(1, 99)}{r.choice('!?%')}"
    if style == "phrase":
        return "-".join(r.choice(_PWW).lower() for _ in range(r.choice([3, 4]))) + str(r.randint(1, 9))
    return _r(r, r.randint(14, 22), AN + "!#%&*+=?@^")


_ORG = {
    "en": ("Ashgrove|Tallowmere|Copperline|Blue Heron|Fernbrook|Kittering|Redwing|Halcyon Bay|Silverbirch|Quarrystone|Northgate|Wrenfield",
           "Dental Care|Logistics Ltd|Veterinary Clinic|Property Management|Accounting LLP|Builders Inc.|Credit Union|Physio|Pty Ltd|Home Care Services|Roofing Co.|Tutoring"),
    "de": ("Lindenhof|Weserblick|Brückner|Sonnenkamp|Falkenried|Elbwerk|Tannengrund", "GmbH|Hausverwaltung|Steuerberatung|Zahnarztpraxis|Pflegedienst GmbH|Elektrotechnik KG"),
    "fr": ("Les Glycines|Arcadie|Vauban|Bellerive|Mistral|Clos Fleuri", "SARL|Immobilier|Cabinet Médical|Assurances|Transports|Expertise Comptable"),
    "es": ("Alameda|Brisamar|Los Olivos|Peñalta|Mirasierra|Valdecañas", "S.L.|Asesoría|Clínica Dental|Inmobiliaria|Reformas S.L.|Gestoría"),
    "it": ("Colleverde|Arcobaleno|San Marco|Belvedere|Torre Alta", "S.r.l.|Studio Commercialista|Immobiliare|Assicurazioni|Ferramenta"),
    "nl": ("De Linde|Zonnehoek|Waterkant|Hoogeveld|Eikenhof", "B.V.|Administratiekantoor|Tandartsenpraktijk|Makelaardij|Installatietechniek"),
    "pt": ("Horizonte|Mar Azul|Boa Vista|Ipê Amarelo|Serra Nova", "Lda.|Contabilidade|Clínica|Imobiliária|Transportes Ltda."),
    "pl": ("Zielona Dolina|Bursztyn|Orlik|Pod Lipami|Wrzos", "Sp. z o.o.|Biuro Rachunkowe|Przychodnia|Nieruchomości|Transport"),
    "sv": ("Björkdalen|Fjällvik|Solbacken|Ekhagen", "AB|Redovisning AB|Tandvård|Fastigheter AB"),
    "no": ("Fjordlys|Nordkapp|Bjørkly|Sølvberg", "AS|Regnskap AS|Eiendom AS|Tannklinikk"),
    "da": ("Skovly|Havblik|Egebjerg|Lyngholm", "ApS|Revision A/S|Tandklinik|Ejendomme ApS"),
    "fi": ("Koivula|Järvenpää|Kuusela|Revontuli", "Oy|Tilitoimisto Oy|Hammaslääkäri|Kiinteistöt Oy"),
    "cs": ("Lipová|Zlatý klas|Na Vyhlídce|Hvězda", "s.r.o.|Účetnictví s.r.o.|Stavby a.s.|Reality s.r.o."),
    "sk": ("Tatran|Javorina|Slnečnica|Dubový háj", "s.r.o.|Účtovníctvo s.r.o.|Stavebniny a.s."),
    "hu": ("Napfény|Tölgyfa|Duna-Party|Aranykalász", "Kft.|Könyvelőiroda Kft.|Zrt.|Ingatlaniroda"),
    "ro": ("Carpați|Dunărea|Stejarul|Mioriţa", "SRL|Contabilitate SRL|Construcții SA|Imobiliare SRL"),
    "tr": ("Yıldız|Akdeniz|Çınar|Kuzey Rüzgarı", "Ltd. Şti.|Muhasebe|İnşaat A.Ş.|Emlak"),
    "el": ("Αιγαίο=x|Ολυμπία=x|Ελιά=x", "Α.Ε.|Ο.Ε.|Λογιστικό Γραφείο"),
    "ru": ("Северный ветер|Берёзка|Горизонт|Альтаир", "ООО|ИП|Стройсервис|Бухгалтерия"),
    "uk": ("Світанок|Карпати|Дніпро-Сервіс|Калина", "ТОВ|ФОП|Будсервіс"),
    "bg": ("Родопи|Балкан|Черноморец|Витоша", "ЕООД|ООД|Счетоводна къща"),
    "hr": ("Jadran|Velebit|Maslina|Kvarner", "d.o.o.|Računovodstvo d.o.o.|Gradnja d.d."),
    "lt": ("Baltija|Ąžuolas|Gintaras|Nemunas", "UAB|MB|Apskaita UAB"),
    "ja": ("さくら|青葉|みなと|ひかり", "株式会社|不動産|歯科クリニック|会計事務所"),
    "zh": ("恒远|鑫达|华夏|锦程", "科技有限公司|物流有限公司|会计师事务所|贸易公司"),
    "ko": ("한빛|새롬|푸른숲|다온", "주식회사|세무회계|치과의원|부동산"),
    "he": ("אופק|גלים|שקד|ארז", "בע\"מ|ייעוץ מס|מרפאת שיניים"),
    "ar": ("الأفق|النخلة|الرواد|الصفوة", "للتجارة|ذ.م.م|للمقاولات|للخدمات اللوجستية"),
    "hi": ("गंगा|सरस्वती|अरावली|नर्मदा", "प्राइवेट लिमिटेड|ट्रेडर्स|एसोसिएट्स"),
    "th": ("รุ่งเรือง|ทองดี|สยามรัตน์|ชัยพัฒนา", "จำกัด|การบัญชี|คลินิกทันตกรรม"),
    "vi": ("Hưng Thịnh|Phú Quý|Sao Mai|Thành Đạt", "TNHH|Cổ phần|Kế toán|Vận tải"),
    "id": ("Sinar Jaya|Maju Bersama|Cahaya Abadi|Nusantara Prima", "PT|CV|Akuntan|Logistik"),
}


def make_org(r: random.Random, lang: str) -> str:
    stems, suf = _ORG.get(lang, _ORG["en"])
    s, x = _nat(r.choice(stems.split("|"))), r.choice(suf.split("|"))
    if lang in ("ja", "ko", "zh"):
        return f"{x}{s}" if x in ("株式会社", "주식회사") else f"{s}{x}"
    if lang == "ar":
        return f"شركة {s} {x}"
    if x in ("PT", "CV", "ООО", "ИП", "ТОВ", "ФОП", "UAB", "MB", "TNHH", "Cổ phần"):
        if lang == "vi":
            return f"Công ty {x} {s}"
        q = "«»" if lang in ("ru", "uk") else '""' if lang in ("lt",) else "  "
        return f"{x} {q[0]}{s}{q[1]}".replace("  ", " ").strip() if q != "  " else f"{x} {s}"
    return f"{s} {x}"


def personal_link(r: random.Random, p: Person, kind: str = "") -> str:
    f, l = _slug(p.first_r), _slug(p.last_r)
    kind = kind or r.choice(["li", "gh", "cal", "site", "ig", "drive", "dropbox", "doc", "zoom", "venmo", "bsky"])
    return {
        "li": f"https://www.linkedin.com/in/{f}-{l}-{_r(r, 6, LAN)}",
        "gh": f"https://github.com/{f}{l[:3]}{r.randint(1, 99)}",
        "cal": f"https://calendly.com/{f}-{l}/{r.choice(['30min', 'intro', 'consult'])}",
        "site": f"https://{f}{l}.{r.choice(['com', 'me', 'dev', 'net'])}",
        "ig": f"https://instagram.com/{f}.{l}{r.randint(1, 99)}",
        "drive": f"https://drive.google.com/file/d/1{_r(r, 32, AN + '-_')}/view?usp=sharing",
        "dropbox": f"https://www.dropbox.com/scl/fi/{_r(r, 21, LAN)}/{l}_{r.choice(['passport', 'payslip', 'lease', 'cv'])}.pdf?rlkey={_r(r, 25, LAN)}&dl=0",
        "doc": f"https://docs.google.com/document/d/1{_r(r, 43, AN + '-_')}/edit",
        "zoom": f"https://us06web.zoom.us/j/{_r(r, 11, DIG)}?pwd={_r(r, 32)}",
        "venmo": f"https://venmo.com/u/{f.capitalize()}-{l.capitalize()}-{r.randint(1, 9)}",
        "bsky": f"https://bsky.app/profile/{f}{l}.bsky.social",
    }[kind]


# ---------------------------------------------------------------------------------------------------------------------
# Hard-negative lookalikes (never labelled)
# ---------------------------------------------------------------------------------------------------------------------
def _bad_card(r: random.Random) -> str:
    while True:
        d = "4" + _r(r, 15, DIG)
        if not luhn_ok(d):
            return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def _bad_iban(r: random.Random) -> str:
    v = make_iban(r, r.choice(["DE", "FR", "NL", "ES"]))
    ck = (int(v[2:4]) + r.randint(1, 9)) % 97 or 11
    return f"{v[:2]}{ck:02d}{v[4:]}"


NEG = {
    "order": lambda r: f"{r.choice(['#', 'ORD-', 'PO-', 'SO'])}{_r(r, r.randint(6, 9), DIG)}",
    "ver": lambda r: f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
    "uuid": lambda r: f"{_r(r, 8, HEX)}-{_r(r, 4, HEX)}-4{_r(r, 3, HEX)}-{r.choice('89ab')}{_r(r, 3, HEX)}-{_r(r, 12, HEX)}",
    "sha": lambda r: _r(r, 40, HEX),
    "short": lambda r: _r(r, 7, HEX),
    "price": lambda r: f"{r.choice(['$', '€', '£'])}{r.randint(3, 2400)}.{r.randint(0, 99):02d}",
    "docs": lambda r: r.choice(["https://docs.python.org/3/library/asyncio.html", "https://kubernetes.io/docs/concepts/services-networking/ingress/",
                                "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Content-Security-Policy", "https://www.postgresql.org/docs/16/sql-vacuum.html",
                                "https://react.dev/reference/react/useEffect", "https://docs.docker.com/compose/compose-file/"]),
    "skph": lambda r: r.choice(["sk-...", "sk_live_xxxxxxxxxxxxxxxx", "YOUR_API_KEY", "<your-token-here>", "ghp_XXXXXXXXXXXXXXXXXXXX", "${OPENAI_API_KEY}", "AKIAXXXXXXXXXXXXXXXX"]),
    "badcard": _bad_card,
    "badiban": _bad_iban,
    "badssn": lambda r: r.choice([f"000-{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"9{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                                  f"{r.randint(100, 665)}-00-{r.randint(1000, 9999)}", f"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}"]),
    "track": lambda r: f"1Z{_r(r, 6, string.ascii_uppercase + DIG)}{_r(r, 10, DIG)}",
    "inv": lambda r: f"INV-{r.randint(2023, 2026)}-{r.randint(100, 9999):04d}",
    "isbn": lambda r: r.choice(["978-0-14-143951-8", "978-0-262-03384-8", "978-1-4919-5035-9", "978-0-13-468599-1"]),
    "expw": lambda r: r.choice(["correct horse battery staple", "hunter2", "P@ssw0rd", "changeme", "admin123", "Tr0ub4dor&3"]),
    "port": lambda r: str(r.choice([5432, 6379, 8080, 3000, 9092, 27017, 443])),
    "hexc": lambda r: f"#{_r(r, 6, HEX)}",
    "ticket": lambda r: f"{r.choice(['JIRA', 'OPS', 'PLAT', 'SUP'])}-{r.randint(100, 9999)}",
    "mm": lambda r: f"{r.randint(10, 900)} mm",
    "cve": lambda r: f"CVE-{r.randint(2019, 2026)}-{r.randint(1000, 49999)}",
    "sku": lambda r: f"{_r(r, 3, string.ascii_uppercase)}-{_r(r, 5, DIG)}-{r.choice(['S', 'M', 'L', 'XL'])}",
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
        self.cache: dict[str, Parts] = {}
        self.towns = W[self.country][4].split("|")
        self.streets = W[self.country][5].split("|")

    def person(self, i: int, sex: str | None) -> Person:
        if i not in self.people:
            p = Person(self.rng, self.country, sex)
            for _ in range(6):
                if all(p.first != q.first and p.last != q.last for q in self.people.values()):
                    break
                p = Person(self.rng, self.country, sex)
            p.town = self.rng.choice(self.towns)
            self.people[i] = p
        return self.people[i]


_PERSON = {"name", "first", "last", "roman", "email", "wmail", "phone", "dob", "nid", "ssn", "iban", "card", "addr", "addrml", "street",
           "town", "link", "user"}


def _split(slot: str) -> tuple[str, int, list[str]]:
    slot = slot.split("@", 1)[0]
    head, *args = slot.split(":")
    idx = 1
    if head[-1].isdigit() and head[:-1] in _PERSON:
        head, idx = head[:-1], int(head[-1])
    return head, idx, args


def _person(ctx: Context, kind: str, idx: int, args: list[str]) -> Parts:
    r = ctx.rng
    sex = "f" if "f" in args else "m" if "m" in args else None
    p = ctx.person(idx, sex)
    a = next((x for x in args if x not in ("f", "m")), "")
    key = f"{kind}{idx}:{a}"
    if key in ctx.cache:
        return ctx.cache[key]
    if kind == "name":
        out = [(p.full, "PERSON")]
    elif kind == "first":
        out = [(p.first, "PERSON")]
    elif kind == "last":
        out = [(p.last, "PERSON")]
    elif kind == "roman":
        out = [(p.full_r, "PERSON")]
    elif kind == "user":
        out = [(f"{_slug(p.first_r)}.{_slug(p.last_r)}", None)]
    elif kind == "email":
        out = [(make_email(r, p), "EMAIL")]
    elif kind == "wmail":
        out = [(make_email(r, p, a or r.choice(["tallowmere.co.uk", "fernbrook-health.org", "kitteringgroup.com", "redwing.io", "copperline.ca",
                                               "halcyonbay.com.au", "elbwerk.de", "brisamar.es", "waterkant.nl", "fjordlys.no"])), "EMAIL")]
    elif kind == "phone":
        out = [(make_phone(r, p.country), "PHONE")]
    elif kind == "dob":
        out = [(write_date(r, ctx.lang, p.country, p.dob), "DATE_OF_BIRTH")]
    elif kind == "nid":
        out = [(make_natid(r, p), "NATIONAL_ID")]
    elif kind == "ssn":
        out = [(ssn_text(r, make_ssn(r)), "US_SSN")]
    elif kind == "iban":
        cc = a if len(a) == 2 else _IBAN_FOR.get(p.country, p.country)
        out = [(iban_text(r, make_iban(r, cc)), "IBAN")]
    elif kind == "card":
        out = [(make_card(r, a)[1], "CREDIT_CARD")]
    elif kind in ("addr", "addrml", "street"):
        base = f"ad{idx}"
        if base not in ctx.cache:
            line, rest = make_address(r, p.country, r.choice(ctx.streets), p.town)
            ctx.cache[base] = [(line, None), (rest, None)]
        line, rest = ctx.cache[base][0][0], ctx.cache[base][1][0]
        if kind == "street":
            out = [(line, "ADDRESS")]
        else:
            sep = "\n" if kind == "addrml" else ", "
            out = [(f"{line}{sep}{rest}" if rest else line, "ADDRESS")]
    elif kind == "link":
        out = [(personal_link(r, p, a), "URL")]
    elif kind == "town":
        out = [(p.town, "LOCATION")]
    else:
        raise KeyError(kind)
    ctx.cache[key] = out
    return out


def fill(ctx: Context, slot: str) -> Parts:
    """The parts one slot renders to: (text, TYPE or None)."""
    r = ctx.rng
    if slot in ("lb", "rb"):
        return [("{" if slot == "lb" else "}", None)]
    kind, idx, args = _split(slot)
    if kind in _PERSON:
        return _person(ctx, kind, idx, args)
    a0 = args[0] if args else ""
    ck = f"{kind}:{':'.join(args)}@{slot.split('@', 1)[1] if '@' in slot else ''}"
    if ck in ctx.cache and kind not in ("n", "pick"):
        return ctx.cache[ck]
    if kind == "city":
        used = {p.town for p in ctx.people.values()}
        out = [(r.choice([t for t in ctx.towns if t not in used] or ctx.towns), "LOCATION")]
    elif kind == "org":
        out = [(make_org(r, ctx.lang), "ORGANIZATION")]
    elif kind == "date":
        d = datetime.date(2025, 9, 1) + datetime.timedelta(days=r.randint(0, 500))
        out = [(write_date(r, ctx.lang, ctx.country, d), "DATE")]
    elif kind == "ip":
        out = [(make_ip(r, a0), "IP_ADDRESS")]
    elif kind == "key":
        out = [(KEYS[a0 or r.choice(list(KEYS))](r), "SECRET")]
    elif kind == "pw":
        out = [(make_pw(r, a0), "SECRET")]
    elif kind == "cardx":
        out = [(make_card(r, a0)[1], "CREDIT_CARD")]
    elif kind == "ibanx":
        out = [(iban_text(r, make_iban(r, a0)), "IBAN")]
    elif kind == "ssnx":
        out = [(ssn_text(r, make_ssn(r)), "US_SSN")]
    elif kind == "neg":
        out = [(NEG[a0](r), None)]
    elif kind == "n":
        out = [(str(r.randint(int(args[0]), int(args[1]))), None)]
    elif kind == "pick":
        out = [(r.choice(a0.split("|")), None)]
    elif kind == "exp":
        out = [(f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", None)]
    elif kind == "cvv":
        out = [(_r(r, 3, DIG), None)]
    else:
        raise KeyError(slot)
    ctx.cache[ck] = out
    return out


def _braces(t: str) -> str:
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
# English PII bodies (each is used with several of the request lines below)
# ---------------------------------------------------------------------------------------------------------------------
_ASK_EN = [
    "Can you clean this up and make it sound professional?\n\n", "Summarise this for me in two lines:\n", "", "Turn this into a markdown table please\n",
    "what's wrong with this? it keeps getting rejected\n\n", "Translate this into plain English for my mum:\n\n", "Rewrite as a polite email:\n",
    "Extract the fields into JSON:\n", "Can you spot any mistakes before I send it?\n---\n", "pls make this shorter\n", "Draft a reply to this:\n\n",
    "Is this a scam? Got it this morning.\n\n", "fix the grammar, keep the details exactly as they are\n",
]
_EN_BODIES: list[tuple[str, str]] = [
    ("en-US", "Hi, I'm {name}, SSN {ssn}, date of birth {dob}. I'm filing a late 1099 correction for {org} and need to mail it from {addr}. Call me at {phone} if the IRS letter format matters."),
    ("en-US", "ticket #{n:40000:99999} – customer {name:f} ({email}) says her tax transcript shows SSN {ssn} but the W-2 from {org} lists a different one. Login from {ip} on {date}."),
    ("en-US", "Rental application\nApplicant: {name}\nSSN: {ssn}\nDOB: {dob}\nCurrent address: {addr}\nEmployer: {org}\nMobile: {phone}\nCard on file for the $45 screening fee: {card} exp {exp}"),
    ("en-US", "name,ssn,dob,email,city\n{name},{ssn},{dob},{email},{town}\n{name2},{ssn2},{dob2},{email2},{town2}"),
    ("en-US", "My dad {name2:m} passed in {city} last month. The funeral home ({org}) wants his SSN {ssn2} and my details: {name}, {phone}, {email}. What else does the Social Security office usually ask for?"),
    ("en-US", "Transcript of voicemail, {date}: \"Hey it's {first} from the daycare enrollment, we still need your son's social, um, {ssn2}, and a copy of your ID. Ring me back on {phone}.\""),
    ("en-US", "OCR output from the scanned 401(k) rollover form:\nPARTICIPANT NAME {name}\nSOC SEC NO {ssn}\nBIRTH DATE {dob}\nHOME ADDR {addr}\nPLAN SPONSOR {org}"),
    ("en-US", "```python\npatients = [\n    {{\"name\": \"{name}\", \"ssn\": \"{ssn}\", \"dob\": \"{dob}\", \"phone\": \"{phone}\"}},\n    {{\"name\": \"{name2}\", \"ssn\": \"{ssn2}\", \"dob\": \"{dob2}\", \"phone\": \"{phone2}\"}},\n]\n```\nwhy does my dedupe by ssn drop both of these?"),
    ("en-US", "Subject: FAFSA mismatch\n\nHello, my daughter {name2:f} (DOB {dob2}, SSN {ssn2}) applied through {org}. My own SSN is {ssn}. Please reach me at {email}.\n{name}"),
    ("en-US", "Slack export, #hr-onboarding\n[{date} 9:14] {first}: new hire is {name2}, SSN {ssn2}, starts Monday in {city}\n[{date} 9:15] {first2}: got it, payroll email is {wmail2}"),
    ("en-US", "I got a text saying my Chase card {card} was frozen and asking me to confirm my SSN {ssn} at {link}. I live at {addr}. Should I call the bank?"),
    ("en-US", "Help me fill in the 'trusted contact' section. Me: {name}, {dob}, SSN {ssn}. Trusted contact: {name2}, {phone2}, {email2}, lives in {town2}."),
    ("en-US", "Form SS-5 draft (checking before I go in):\n1. Name: {name}\n3. Place of birth: {city}\n4. Date of birth: {dob}\n9. Mailing address: {addrml}\nPrevious SSN: {ssn}"),
    ("en-US", "Sheet1 copied from our volunteer roster:\n| Name | Phone | SSN (for background check) |\n|---|---|---|\n| {name} | {phone} | {ssn} |\n| {name2} | {phone2} | {ssn2} |"),
    ("en-US", "Our HOA treasurer {name} wants to reimburse me by direct deposit, but the bank form asks for my SSN {ssn} and address {addr}. Is that normal for {org}?"),
    ("en-xid", "Hi, I'm {name} from {town}. My national number is {nid} and I was born {dob}. Can you help me write to {org} asking them to correct my record? My email is {email}."),
    ("en-xid", "Patient intake (scanned)\nSurname: {last}\nForename: {first}\nDOB: {dob}\nID no.: {nid}\nAddress: {addr}\nGP practice: {org}\nNext of kin: {name2}, {phone2}"),
    ("en-xid", "{{\"applicant\": {{\"full_name\": \"{name}\", \"id_number\": \"{nid}\", \"date_of_birth\": \"{dob}\", \"mobile\": \"{phone}\", \"email\": \"{email}\"}}, \"submitted\": \"{date}\"}}\nvalidation says id_number is wrong format, which field mapping is off?"),
    ("en-xid", "WhatsApp from my landlord {name2}: 'Hi {first}, for the deposit scheme I need your ID number and DOB again.' I sent {nid} and {dob}. Was that risky? He's at {addr2}."),
    ("en-xid", "Cover letter draft — {name}, {addr}, {phone}. I'm applying for the apprenticeship at {org} in {city}. ID {nid}. References available from {name2} ({wmail2})."),
    ("en-xid", "email from tax office says they can't match {nid} to my name {name}. my payslips from {org} say otherwise. bank {iban}. how do I reply?"),
    ("en-xid", "Insurance claim notes:\nclaimant {name}, id {nid}, dob {dob}\nincident {date} near {city}\npayout to {iban}\ncontact {phone} / {email}"),
    ("en-xid", "Can you format this for the school admin system? Child: {name2:kid}, born {dob2}, ID {nid2}. Parent: {name}, {phone}, {email}. Home: {addr}."),
    ("en-xib", "Please pay the invoice from {org} into {iban}. Reference {neg:inv}. Account holder: {name}, {addr}. Any questions ring {phone}."),
    ("en-xib", "Hey, it's {first}! Splitting the cottage in {city}: £{n:80:240} each to my account {iban} ({name}) by {date}. Ta!"),
    ("en-xib", "IBAN change request\nEmployee: {name}\nStaff ID: E{n:10000:99999}\nOld IBAN: {iban}\nNew IBAN: {iban2}\nEffective: {date}\nApproved by: {name2} ({wmail2})"),
    ("en-xib", "Could you check this direct debit mandate: debtor {name}, {addr}, IBAN {iban}, creditor {org}, first collection {date}?"),
    ("en", "From: {name} <{email}>\nTo: bookings@{pick:stonegate-retreats.com|lakehouse-stays.co|harbourlights.holiday}\nDate: {date}\n\nHi, confirming 3 nights for two. My card is {card}, exp {exp}, CVV {cvv}. Billing address {addr}. Cheers, {first}"),
    ("en", "I keep getting declined on {org}'s checkout. Card {card}, billing postcode matches {addr}. Order placed from IP {ip} on {date}. What could cause it?"),
    ("en", "Chargeback dispute letter, please draft it: cardholder {name}, card ending — full number {card}, disputed charge on {date} from a merchant in {city}. Contact {email} / {phone}."),
    ("en", "Notes from phone order: {name}, {phone}, card {card} {exp}, deliver to {addrml}, leave with neighbour {first2}."),
    ("en", "stripe webhook payload logged in prod by mistake:\n\"billing_details\": {{\"name\": \"{name}\", \"email\": \"{email}\", \"phone\": \"{phone}\", \"address\": \"{addr}\"}}, \"card_number\": \"{card}\"\nhow do I purge this from our logs?"),
    ("en", "My mum {name2:f} wants to gift me her old card for emergencies, it's {card}, exp {exp}. Is it legal for me to use it in {city} while she's at home in {town2}?"),
    ("en", "Quick one: I'm {name}, working at {org}. My manager {name2} asked me to expense the hotel in {city} on my personal card {card}. How do I write the claim?"),
    ("en", "Parent-teacher conference invite for {name2:kid} on {date} at {org}. Please RSVP to {wmail} or text {phone}. — {name}"),
    ("en", "Hi {first}, lovely meeting you at the {city} meetup! Here's my number {phone} and my portfolio {link}. Drop me a line at {email}. — {name2}"),
    ("en", "Rewrite my bio: {name}, born {dob} in {town}, now a nurse at {org}. Find me on {link}."),
    ("en", "The wedding RSVP sheet:\nGuest | Email | Phone | Dietary\n{name} | {email} | {phone} | veggie\n{name2} | {email2} | {phone2} | none\n{name3} | {email3} | {phone3} | nut allergy"),
    ("en", "Can you write a reference letter? {name2:f} worked for me at {org} from {date} and is moving to {city}. She can be reached at {email2}. I'm {name}, {phone}."),
    ("en", "nginx access log, who is hammering us?\n{ip} - - [{date}] \"POST /login HTTP/1.1\" 401 512\n{ip@b} - {user} [{date}] \"GET /account HTTP/1.1\" 200 8812\n{ip} - - [{date}] \"POST /login HTTP/1.1\" 401 512"),
    ("en", "My home server keeps getting blocked. Public IP {ip}, router admin pw {pw}. Owner: {name}, {email}. ISP is {org}."),
    ("en", "Here's my .env, why does the app not connect?\nDATABASE_URL=postgres://app:{pw}@{ip}:5432/prod\nSTRIPE_SECRET_KEY={key:stripe}\nADMIN_EMAIL={wmail}\nSENTRY_DSN=https://{key:hex32}@o{n:100000:999999}.ingest.sentry.io/{n:1000000:9999999}"),
    ("en", "Getting 403 from the GitHub API with token {key:gh}. My user is {first}{n:1:99} and repo owner is {org}. Works from my laptop ({ip}) but not CI."),
    ("en", "docker-compose.yml snippet:\n  db:\n    environment:\n      POSTGRES_USER: {user}\n      POSTGRES_PASSWORD: {pw}\n  app:\n    environment:\n      OPENAI_API_KEY: {key:openai}\n      ALLOWED_HOSTS: {ip}\nwhy is app restarting?"),
    ("en", "terraform plan output leaked this into the PR comment:\n  + access_key = \"{key:akia}\"\n  + secret_key = \"{key:aws}\"\n  + owner_email = \"{wmail}\"\nhow do I rotate and scrub it?"),
    ("en", "bash history from the jump box, can you explain what happened?\n  ssh {user}@{ip}\n  export SLACK_BOT_TOKEN={key:slack}\n  curl -H 'Authorization: Bearer {key:hf}' https://huggingface.co/api/whoami-v2\n  scp backup.tar {user}@{ip@2}:/srv"),
    ("en", "Python traceback:\n  File \"sync.py\", line 88, in push\n    client = Client(api_key=\"{key:sendgrid}\", sender=\"{wmail}\")\nsmtplib.SMTPAuthenticationError: (535, b'Authentication failed')\nServer {ip}"),
    ("en", "kubectl get secret output decoded:\nDB_PASS: {pw}\nREDIS_URL: redis://:{pw:rand}@{ip:lan}:6379/0\nNPM_TOKEN: {key:npm}\nIs it okay to commit this to our private repo?"),
    ("en", "I shared my WiFi with a guest, {name2}. Network 'Nest-{last}', password {pw:phrase}. Router at {ip:lan}. How do I make a guest network instead?"),
    ("en", "Help me understand this login alert: 'New sign-in to {email} from {ip} ({city}) on {date}. If this wasn't you, reset your password.' I'm in {town}."),
    ("en", "GitLab CI variables dump:\nCI_REGISTRY_PASSWORD={key:gl}\nDEPLOY_HOST={ip}\nNOTIFY={wmail}\nPYPI_TOKEN={key:pypi}\nwhy does the publish job fail?"),
    ("en", "I'm writing my will. Executor: {name2}, {addr2}, {phone2}. Beneficiaries: {name3} (born {dob3}) and {org}. Me: {name}, {addr}, born {dob}. Does this layout look right?"),
    ("en", "Moving house checklist – tell utilities: old address {addr}, new address {addr2}, move date {date}, account name {name}, phone {phone}."),
    ("en", "Rewrite this complaint to {org}: I ordered on {date}, delivery went to {addr} instead of my address. I'm {name}, {email}. Tracking {neg:track}."),
    ("en", "Carpool spreadsheet\nDriver,Pickup address,Phone\n{name},{addr},{phone}\n{name2},{addr2},{phone2}"),
    ("en", "Our club newsletter: welcome to new members {name} ({town}) and {name2} ({town2})! Contact our secretary {name3} at {email3}."),
    ("en", "Make this vCard valid:\nBEGIN:VCARD\nFN:{name}\nORG:{org}\nTEL;TYPE=cell:{phone}\nEMAIL:{email}\nADR:;;{street};{town};;;\nURL:{link}\nBDAY:{dob}\nEND:VCARD"),
    ("en", "iCal invite, why is the time off?\nBEGIN:VEVENT\nSUMMARY:Viewing flat with {name}\nLOCATION:{addr}\nDTSTART:{date}\nORGANIZER:mailto:{email}\nEND:VEVENT"),
    ("en", "Meeting transcript (auto): {first}: okay so the client is {name2:f} from {org}, she's based in {city}. {first3}: her direct line is {phone2}, email {wmail2}. {first}: great, I'll send the proposal by {date}."),
    ("en", "Write a short speech for my grandma {name2:f}'s 80th — born {dob2} in {town2}, she ran {org} for 30 years."),
    ("en", "Proofread my CV header:\n{name}\n{addr} | {phone} | {email} | {link}\nDOB {dob}"),
    ("en", "SQL:\nINSERT INTO customers (full_name, email, phone, dob, card) VALUES ('{name}', '{email}', '{phone}', '{dob}', '{card}');\nit fails with 'value too long for type character varying(16)'"),
    ("en", "Lost dog poster: Biscuit, golden lab, last seen near {street}, {town} on {date}. Please call {first} on {phone} or email {email}."),
    ("en", "Hey, my brother {name2:m} got locked out. His Apple ID is {email2}, backup code he wrote down: {pw}. He lives in {town2}. What should he do next?"),
    ("en", "Email to the school: 'Dear {name2}, {name3:kid} will be absent from {date} for a family trip to {city}. Emergency contact {phone}. Kind regards, {name}'"),
    ("en", "Zoom link for tomorrow's tutoring with {name}: {link:zoom} – parent email {email}, invoice from {org}."),
    ("en", "Here's the shared folder with my visa documents: {link:dropbox}. Applicant {name}, born {dob}, current address {addr}. Can you list what's missing?"),
    ("en", "Please help me reply to a recruiter: {name2} from {org} ({wmail2}) offered an interview on {date} in {city}. I'm {name}, my calendar is {link:cal}."),
    ("en", "Translate to formal English: 'yo {first2}, ur parcel came to mine at {addr} by mistake, grab it before {date}, txt me {phone}'"),
    ("en", "Eviction notice I received, explain in simple words: Tenant {name}, premises {addr}, landlord {org}, vacate by {date}. Signed {name2}."),
    ("en", "I'm {name}, a freelance designer in {town}. Invoice #{n:100:999} for {org}: 40 hours, pay to {iban:GB} or PayPal {email}. Due {date}."),
    ("en", "Customer record diff:\n- email: {email}\n+ email: {email2}\n- phone: {phone}\n+ phone: {phone2}\n  name: {name}\n  card: {card}\nWhich fields changed and should we re-verify?"),
    ("en", "Logs from our mobile app crash:\n{date} user={email} ip={ip} device=Pixel 8\n{date} payment.fail card={card} reason=do_not_honor\nWhat's going on?"),
    ("en", "Birthday party invite text: 'Join us for {name2:kid}'s 7th on {date} at {addr}! RSVP {first} {phone}.'"),
    ("en", "Hi, I'm {name}. My university login is {user} and password {pw}. Can you explain why {org}'s portal says 'account locked'?"),
]


# ---------------------------------------------------------------------------------------------------------------------
# Other languages: request line, field labels (name, e-mail, phone, address, birth date, id number, IBAN, card, town,
# company, date, profile link, password) and two messages of their own.
# ---------------------------------------------------------------------------------------------------------------------
_XX: dict[str, tuple[str, str, str, str]] = {
    "de": ("Kannst du das bitte in eine saubere Tabelle umwandeln?",
           "Name|E-Mail|Telefon|Anschrift|Geburtsdatum|Steuer-ID|IBAN|Kreditkarte|Wohnort|Firma|Datum|Profil|Passwort",
           "Hallo, hier ist {first}. Bitte überweist die Kaution bis {date} auf mein Konto {iban}, ich wohne seit Kurzem in {town} ({addr}).",
           "Kurze Frage: Mein Vermieter {name2} von {org} will meine Steuer-ID {nid} und mein Geburtsdatum {dob}. Darf er das? Erreichbar bin ich unter {phone}."),
    "fr": ("Peux-tu vérifier ces informations avant que je les envoie ?",
           "Nom|Courriel|Téléphone|Adresse|Date de naissance|N° de sécurité sociale|IBAN|Carte bancaire|Ville|Société|Date|Profil|Mot de passe",
           "Bonjour, c'est {first} ! Pour la location à {city}, merci de virer l'acompte sur {iban} avant le {date}. Mon numéro : {phone}.",
           "Mon médecin m'a demandé mon numéro de sécu {nid} et ma date de naissance ({dob}) par mail à {email}. C'est normal ? J'habite {addr}."),
    "es": ("¿Me ayudas a redactar esto de forma más formal?",
           "Nombre|Correo|Teléfono|Dirección|Fecha de nacimiento|DNI|IBAN|Tarjeta|Ciudad|Empresa|Fecha|Perfil|Contraseña",
           "Hola, soy {name}. Te paso mis datos para la matrícula: documento {nid}, nacido el {dob}, domicilio {addr}. Cualquier cosa al {phone}.",
           "Mi hermana {name2} me dejó su tarjeta {card} para pagar la reserva en {city} del {date}. ¿Puedo usarla si el titular no viaja?"),
    "it": ("Puoi controllare se manca qualcosa in questo modulo?",
           "Nome|Email|Telefono|Indirizzo|Data di nascita|Codice fiscale|IBAN|Carta|Città|Azienda|Data|Profilo|Password",
           "Ciao, sono {first}. Per il rimborso di {org} usa pure l'IBAN {iban}, intestato a {name}. Abito in {addr}.",
           "Il commercialista vuole il mio codice fiscale {nid} e quello di mia madre {name2} ({nid2}) entro il {date}. Come glieli mando in sicurezza?"),
    "nl": ("Kun je dit netjes opmaken voor de aanvraag?",
           "Naam|E-mail|Telefoon|Adres|Geboortedatum|BSN|IBAN|Creditcard|Woonplaats|Bedrijf|Datum|Profiel|Wachtwoord",
           "Hoi, met {first}. De borg voor het huis in {city} mag naar {iban} t.n.v. {name}. Vragen? Bel {phone}.",
           "Mijn werkgever {org} vraagt om mijn BSN {nid} en geboortedatum {dob} via WhatsApp. Is dat veilig? Ik woon op {addr}."),
    "pt": ("Podes rever estes dados antes de eu submeter?",
           "Nome|Email|Telemóvel|Morada|Data de nascimento|NIF|IBAN|Cartão|Cidade|Empresa|Data|Perfil|Palavra-passe",
           "Olá, sou o {first}. Para a inscrição no ginásio de {city}: NIF {nid}, morada {addr}, telemóvel {phone}.",
           "A senhoria {name2} pediu a renda de {date} por transferência para {iban}. O meu IBAN antigo era {iban2}. Qual deles ponho no débito direto?"),
    "pt-BR": ("Pode organizar esses dados numa tabela?",
              "Nome|E-mail|Celular|Endereço|Data de nascimento|CPF|IBAN|Cartão|Cidade|Empresa|Data|Perfil|Senha",
              "Oi, aqui é {first}! Meu CPF é {nid}, nasci em {dob} e moro em {addr}. Preciso abrir conta na {org}, o que mais pedem?",
              "Recebi um SMS dizendo que meu cartão {card} foi clonado em {city} no dia {date}. Liguei pro {phone}? Ajuda!"),
    "pl": ("Możesz sprawdzić, czy te dane są poprawne?",
           "Imię i nazwisko|E-mail|Telefon|Adres|Data urodzenia|PESEL|IBAN|Karta|Miasto|Firma|Data|Profil|Hasło",
           "Cześć, tu {first}. Do umowy najmu w {city}: PESEL {nid}, adres {addr}, telefon {phone}.",
           "Szef z {org} prosi, żebym przelał zaliczkę na {iban} do {date}. Konto należy do {name2}. Czy to wygląda podejrzanie?"),
    "sv": ("Kan du snygga till det här innan jag skickar?",
           "Namn|E-post|Telefon|Adress|Födelsedatum|Personnummer|IBAN|Kort|Ort|Företag|Datum|Profil|Lösenord",
           "Hej, det är {first}! Mitt personnummer är {nid} och jag bor på {addr}. Ring {phone} om något saknas.",
           "Min granne {name2} i {city} vill låna mitt kort {card} till bokningen den {date}. Dumt?"),
    "no": ("Kan du sette dette opp som en ryddig liste?",
           "Navn|E-post|Telefon|Adresse|Fødselsdato|Fødselsnummer|IBAN|Kort|Sted|Firma|Dato|Profil|Passord",
           "Hei, det er {first}. Fødselsnummeret mitt er {nid}, adresse {addr}. Mobil {phone}.",
           "Utleier {name2} fra {org} vil ha depositum til {iban} innen {date}. Er det vanlig i {city}?"),
    "da": ("Kan du rette sproget i det her?",
           "Navn|E-mail|Telefon|Adresse|Fødselsdato|CPR-nummer|IBAN|Kort|By|Firma|Dato|Profil|Adgangskode",
           "Hej, det er {first}. Mit CPR er {nid}, jeg bor på {addr}. Skriv til {email}.",
           "Kommunen i {city} har bedt {name2} om at sende bankoplysninger {iban} inden {date}. Er det ægte?"),
    "fi": ("Voitko muotoilla tämän siistiksi?",
           "Nimi|Sähköposti|Puhelin|Osoite|Syntymäaika|Henkilötunnus|IBAN|Kortti|Paikkakunta|Yritys|Päivämäärä|Profiili|Salasana",
           "Moi, {first} tässä. Henkilötunnukseni on {nid} ja osoite {addr}. Puhelin {phone}.",
           "Vuokranantaja {name2} ({org}) pyytää takuuvuokraa tilille {iban} {date} mennessä. Onko tämä huijaus?"),
    "cs": ("Můžeš to přepsat do formálního e-mailu?",
           "Jméno|E-mail|Telefon|Adresa|Datum narození|Rodné číslo|IBAN|Karta|Město|Firma|Datum|Profil|Heslo",
           "Dobrý den, jsem {name}, rodné číslo {nid}, bydliště {addr}. Volejte na {phone}.",
           "Kamarádka {name2} z {city} mi poslala číslo karty {card}, abych zaplatila letenky do {date}. Je to v pohodě?"),
    "sk": ("Môžeš to skontrolovať a opraviť preklepy?",
           "Meno|E-mail|Telefón|Adresa|Dátum narodenia|Rodné číslo|IBAN|Karta|Mesto|Firma|Dátum|Profil|Heslo",
           "Ahoj, tu {first}. Rodné číslo {nid}, adresa {addr}, číslo {phone}.",
           "Účtovníčka {name2} z {org} chce platbu na {iban} do {date}. Je to bežné?"),
    "hu": ("Át tudnád írni ezt hivatalosabbra?",
           "Név|E-mail|Telefon|Cím|Születési dátum|Személyi szám|IBAN|Kártya|Település|Cég|Dátum|Profil|Jelszó",
           "Szia, {first} vagyok. A kaució mehet a {iban} számlára, a címem {addr}, telefon {phone}.",
           "A szomszédom, {name2} ({city}) kölcsönkérte a kártyámat ({card}) egy {date}-i foglaláshoz. Ez így rendben van?"),
    "ro": ("Poți verifica datele astea înainte să le trimit?",
           "Nume|E-mail|Telefon|Adresă|Data nașterii|CNP|IBAN|Card|Oraș|Firmă|Data|Profil|Parolă",
           "Bună, sunt {first}. CNP-ul meu este {nid}, locuiesc la {addr}. Telefon {phone}.",
           "Proprietarul {name2} de la {org} vrea chiria pe {iban} până pe {date}. E ok?"),
    "tr": ("Bunu daha resmi bir dille yazabilir misin?",
           "Ad Soyad|E-posta|Telefon|Adres|Doğum tarihi|TC Kimlik No|IBAN|Kart|Şehir|Şirket|Tarih|Profil|Şifre",
           "Merhaba, ben {first}. TC kimlik numaram {nid}, adresim {addr}. Telefon {phone}.",
           "Ev sahibi {name2} depozitoyu {date} tarihine kadar {iban} hesabına istiyor. {city} için normal mi?"),
    "el": ("Μπορείς να το φτιάξεις σε πίνακα;",
           "Ονοματεπώνυμο|Email|Τηλέφωνο|Διεύθυνση|Ημερομηνία γέννησης|ΑΜΚΑ|IBAN|Κάρτα|Πόλη|Εταιρεία|Ημερομηνία|Προφίλ|Κωδικός",
           "Γεια, είμαι ο/η {first}. ΑΜΚΑ {nid}, διεύθυνση {addr}, τηλέφωνο {phone}.",
           "Ο ιδιοκτήτης {name2} θέλει την εγγύηση στο {iban} μέχρι {date}. Είναι σωστό για {city};"),
    "ru": ("Можешь оформить это как аккуратную таблицу?",
           "ФИО|Эл. почта|Телефон|Адрес|Дата рождения|ИНН|IBAN|Карта|Город|Организация|Дата|Профиль|Пароль",
           "Привет, это {first}. Мой ИНН {nid}, живу по адресу {addr}, телефон {phone}.",
           "Коллега {name2} из {org} попросил перевести деньги на карту {card} до {date}. Похоже на мошенничество?"),
    "uk": ("Можеш перевірити ці дані?",
           "ПІБ|Ел. пошта|Телефон|Адреса|Дата народження|РНОКПП|IBAN|Картка|Місто|Компанія|Дата|Профіль|Пароль",
           "Привіт, це {first}. Мій РНОКПП {nid}, адреса {addr}, телефон {phone}.",
           "Орендодавець {name2} з {city} хоче заставу на {iban} до {date}. Це нормально?"),
    "bg": ("Можеш ли да го оформиш официално?",
           "Име|Имейл|Телефон|Адрес|Дата на раждане|ЕГН|IBAN|Карта|Град|Фирма|Дата|Профил|Парола",
           "Здрасти, {first} е. ЕГН {nid}, адрес {addr}, телефон {phone}.",
           "Хазяинът {name2} от {org} иска депозита по {iban} до {date}. Нормално ли е?"),
    "hr": ("Možeš li ovo urediti u tablicu?",
           "Ime i prezime|E-mail|Telefon|Adresa|Datum rođenja|OIB|IBAN|Kartica|Grad|Tvrtka|Datum|Profil|Lozinka",
           "Bok, ja sam {first}. Moj OIB je {nid}, adresa {addr}, mobitel {phone}.",
           "Stanodavac {name2} iz {city} traži polog na {iban} do {date}. Je li to uobičajeno?"),
    "lt": ("Ar gali patikrinti šiuos duomenis?",
           "Vardas, pavardė|El. paštas|Telefonas|Adresas|Gimimo data|Asmens kodas|IBAN|Kortelė|Miestas|Įmonė|Data|Profilis|Slaptažodis",
           "Labas, čia {first}. Mano asmens kodas {nid}, adresas {addr}, tel. {phone}.",
           "Nuomotojas {name2} iš {org} prašo užstato į {iban} iki {date}. Ar tai normalu?"),
    "ja": ("これを丁寧なメールに書き直してください。",
           "氏名|メール|電話番号|住所|生年月日|マイナンバー|IBAN|カード番号|市区町村|会社|日付|プロフィール|パスワード",
           "{name}です。マイナンバーは{nid}、住所は{addr}です。電話は{phone}までお願いします。",
           "友人の{name2}さんが{city}のホテル予約のために私のカード{card}を使いたいと言っています（{date}）。大丈夫でしょうか？"),
    "zh": ("帮我把这些信息整理成表格。",
           "姓名|邮箱|手机|地址|出生日期|身份证号|IBAN|银行卡|城市|公司|日期|主页|密码",
           "你好，我是{name}，身份证号{nid}，住在{addr}，电话{phone}。",
           "同事{name2}让我在{date}之前把押金转到{iban}，他说是{org}的账户。靠谱吗？"),
    "ko": ("이 내용을 정중한 이메일로 바꿔 주세요.",
           "이름|이메일|전화번호|주소|생년월일|주민등록번호|IBAN|카드번호|도시|회사|날짜|프로필|비밀번호",
           "안녕하세요, {name}입니다. 주민등록번호 {nid}, 주소 {addr}, 연락처 {phone}입니다.",
           "{city}에 사는 친구 {name2}가 {date} 예약 때문에 제 카드 {card}를 빌려 달래요. 괜찮을까요?"),
    "he": ("תוכל לסדר את זה בטבלה?",
           "שם מלא|דוא\"ל|טלפון|כתובת|תאריך לידה|תעודת זהות|IBAN|כרטיס אשראי|עיר|חברה|תאריך|פרופיל|סיסמה",
           "היי, זה {first}. מספר תעודת הזהות שלי {nid}, כתובת {addr}, טלפון {phone}.",
           "בעל הדירה {name2} מ{city} מבקש פיקדון ל-{iban} עד {date}. זה תקין?"),
    "ar": ("هل يمكنك ترتيب هذه البيانات في جدول؟",
           "الاسم|البريد الإلكتروني|الهاتف|العنوان|تاريخ الميلاد|رقم الهوية|IBAN|البطاقة|المدينة|الشركة|التاريخ|الملف الشخصي|كلمة المرور",
           "مرحبًا، أنا {name}. عنواني {addr} ورقم هاتفي {phone}. أرجو تحويل المبلغ إلى {iban}.",
           "صديقي {name2} من {city} طلب مني استخدام بطاقتي {card} لحجز يوم {date}. هل هذا آمن؟"),
    "hi": ("क्या आप इसे एक साफ़ तालिका में बदल सकते हैं?",
           "नाम|ईमेल|फ़ोन|पता|जन्म तिथि|आधार नंबर|IBAN|कार्ड|शहर|कंपनी|तारीख|प्रोफ़ाइल|पासवर्ड",
           "नमस्ते, मैं {name} हूँ। मेरा आधार {nid} है, पता {addr}, फ़ोन {phone}।",
           "मेरे मकान मालिक {name2} ({city}) ने {date} तक किराया {iban} पर भेजने को कहा है। क्या यह ठीक है?"),
    "th": ("ช่วยจัดข้อมูลนี้เป็นตารางหน่อย",
           "ชื่อ-นามสกุล|อีเมล|โทรศัพท์|ที่อยู่|วันเกิด|เลขบัตรประชาชน|IBAN|บัตรเครดิต|จังหวัด|บริษัท|วันที่|โปรไฟล์|รหัสผ่าน",
           "สวัสดีครับ ผม{name} เลขบัตรประชาชน {nid} ที่อยู่ {addr} โทร {phone}",
           "เพื่อน{name2}ที่{city}ขอยืมบัตร {card} ไปจองโรงแรมวันที่ {date} จะเป็นอะไรไหม"),
    "vi": ("Bạn sắp xếp giúp mình thành bảng nhé?",
           "Họ tên|Email|Điện thoại|Địa chỉ|Ngày sinh|Số CCCD|IBAN|Thẻ|Thành phố|Công ty|Ngày|Hồ sơ|Mật khẩu",
           "Chào bạn, mình là {name}, nhà ở {addr}, số điện thoại {phone}, email {email}.",
           "Chủ nhà {name2} ở {city} bảo mình chuyển cọc vào {iban} trước {date}. Có đáng tin không?"),
    "id": ("Tolong rapikan data ini jadi tabel ya.",
           "Nama|Email|Telepon|Alamat|Tanggal lahir|NIK|IBAN|Kartu|Kota|Perusahaan|Tanggal|Profil|Kata sandi",
           "Halo, saya {name}. Alamat saya {addr}, HP {phone}, email {email}.",
           "Teman saya {name2} dari {city} mau pinjam kartu {card} untuk booking tanggal {date}. Aman nggak?"),
}
_NO_NID = {"hu", "vi", "id", "ar"}


def _xx_templates() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for lang, (ask, labels, s1, s2) in _XX.items():
        L = labels.split("|")
        nm, em, ph, ad, db, idl, ib, cd, ci, co, dt, pr, pw = L
        idline = f"{idl}: {{nid}}" if lang not in _NO_NID else f"{em}: {{email}}"
        out += [
            (lang, f"{ask}\n\n{nm}: {{name}}\n{db}: {{dob}}\n{ad}: {{addr}}\n{ph}: {{phone}}\n{idline}"),
            (lang, f"{ask}\n{{{{\"{nm}\": \"{{name}}\", \"{em}\": \"{{email}}\", \"IBAN\": \"{{iban}}\", \"{co}\": \"{{org}}\", \"{dt}\": \"{{date}}\"}}}}"),
            (lang, f"{ask}\n\n{nm};{em};{ph};{ci}\n{{name}};{{email}};{{phone}};{{town}}\n{{name2}};{{email2}};{{phone2}};{{town2}}"),
            (lang, s1),
            (lang, s2 if lang not in _NO_NID or "{nid" not in s2 else s1),
            (lang, f"{ask}\n```\nSMTP_USER={{wmail}}\nSMTP_PASS={{pw}}\nAPI_KEY={{key}}\nSERVER={{ip}}\n```\n{nm}: {{name}}"),
            (lang, f"{ask}\n{nm}: {{name}}\n{cd}: {{card}}\n{ib}: {{iban}}\n{ci}: {{town}}\n{pr}: {{link}}\n{pw}: {{pw}}"),
        ]
    return out


# ---------------------------------------------------------------------------------------------------------------------
# Hard negatives and clean prompts
# ---------------------------------------------------------------------------------------------------------------------
_NEGATIVE: list[tuple[str, str]] = [
    ("en", "My order {neg:order} still says 'processing' after 9 days. What should I write to customer service?"),
    ("en", "We upgraded from {neg:ver} to {neg:ver@b} and now pytest collects zero tests. Any known breaking changes?"),
    ("en", "Is this a valid UUID v4? {neg:uuid}"),
    ("en", "git says 'fatal: bad object {neg:sha}'. How do I recover?"),
    ("en", "Cherry-pick {neg:short} onto release/2.4 without the merge commit?"),
    ("en", "The invoice {neg:inv} totals {neg:price} but the PO said {neg:price@b}. How do I word the query?"),
    ("en", "I'm reading {neg:docs} and don't get the part about defaults. Explain like I'm new?"),
    ("en", "In the README they write `export OPENAI_API_KEY={neg:skph}`. Where do I actually put my key?"),
    ("en", "Why does `stripe.api_key = \"{neg:skph}\"` raise an auth error in the quickstart?"),
    ("en", "Test data question: is {neg:badcard} a real card number or just random digits? My validator rejects it."),
    ("en", "Our form accepts {neg:badiban} as an IBAN. Shouldn't the checksum fail?"),
    ("en", "Is {neg:badssn} even a possible SSN? It was in a training dataset someone shared."),
    ("en", "UPS tracking {neg:track} hasn't moved since Tuesday. Normal before a holiday?"),
    ("en", "Cite the book ISBN {neg:isbn} in APA 7 please."),
    ("en", "The docs use '{neg:expw}' as an example password. Why is that a bad idea in real life?"),
    ("en", "Postgres won't listen on port {neg:port}. Which config file controls that?"),
    ("en", "What colour is {neg:hexc}? I need a matching accent colour."),
    ("en", "Summarise ticket {neg:ticket}: 'Checkout button misaligned on Safari 17, reproducible'."),
    ("en", "Convert {neg:mm} to inches."),
    ("en", "Explain {neg:cve} in simple terms and whether Debian 12 is affected."),
    ("en", "The supplier shipped SKU {neg:sku} instead of the medium. How should I phrase the return request?"),
    ("en", "What's the best time of year to visit Kyoto for autumn leaves?"),
    ("en", "Compare Microsoft and Google's cloud certifications for a beginner."),
    ("en", "Why did Nokia lose the smartphone market?"),
    ("en", "Plan a 3-day itinerary in Edinburgh with a toddler."),
    ("en", "How does Toyota's just-in-time production work?"),
    ("en", "Write a haiku about the Golden Gate Bridge in fog."),
    ("en", "Is the Eiffel Tower taller than the Shard?"),
    ("en", "Why is the Amazon rainforest called the lungs of the planet?"),
    ("en", "What did Marie Curie discover?"),
    ("en", "Summarise the plot of Pride and Prejudice without spoilers for the ending."),
    ("en", "Is IKEA furniture worth assembling yourself or should I pay for TaskRabbit?"),
    ("en", "Explain how Netflix recommends shows."),
    ("en", "config.yaml from the tutorial:\napi_key: {neg:skph}\nregion: eu-west-1\ntimeout: 30\nWhat does timeout control?"),
    ("en", "requirements.txt pins django=={neg:ver} and celery=={neg:ver@c}. Are these compatible?"),
    ("en", "CI log: build {neg:uuid} failed at step 4 ({neg:short}). What does exit code 137 mean?"),
    ("en", "The test fixture has card_number: '{neg:badcard}' — is it okay to keep in the repo since it fails Luhn?"),
    ("en", "Receipt: Coffee {neg:price}, Bagel {neg:price@b}, order {neg:order}. What's 15% tip on the total?"),
    ("en", "Our Jira ticket {neg:ticket} references commit {neg:sha}. How do I link them automatically?"),
    ("en", "Docker image digest sha256:{neg:sha}{neg:short} — how do I pin it in compose?"),
    ("en", "What's the difference between 192.168.0.0/16 and 10.0.0.0/8 ranges in general?"),
    ("en", "Explain what 127.0.0.1 and localhost mean to a beginner."),
    ("en", "Why is example.com reserved, and can I use user@example.com in docs?"),
    ("en", "Write a regex that matches strings like {neg:sku}."),
    ("en", "Is 'Password123!' really weaker than '{neg:expw}'? Explain entropy."),
    ("en", "What is the capital of Australia, and why isn't it Sydney?"),
    ("en", "How many people live in Lagos compared with Cairo?"),
    ("en", "Give me a packing list for hiking the Tour du Mont Blanc in September."),
    ("en", "What does Deloitte do, exactly?"),
    ("en", "Is the Bank of England independent from the government?"),
    ("en", "How do I read a UK postcode like SW1A 1AA in general?"),
    ("en", "The placeholder card 4111 1111 1111 1111 shows in every tutorial. Why that number?"),
    ("en", "Tutorial says IBAN format is CCkk BBBB... Explain each part generically."),
    ("en", "Version {neg:ver} changelog mentions 'breaking: removed legacy auth'. What should I check?"),
    ("en", "How much is {neg:price} in yen roughly?"),
    ("en", "What's the wavelength of colour {neg:hexc}? Is that even a thing?"),
    ("en", "Format this as a table: item {neg:sku}, qty 3, price {neg:price}; item {neg:sku@b}, qty 1, price {neg:price@b}."),
    ("en", "Can you explain what a JWT's three parts are, using eyJhbGciOiJIUzI1NiJ9 as the header example?"),
    ("en", "Our staging URL pattern is https://staging.<app>.internal — is a wildcard cert needed?"),
    ("en", "In the AWS docs, AKIAIOSFODNN7EXAMPLE is used. Is that a real key?"),
    ("en", "Write a cover letter template with [Your Name], [Address] and [Phone] placeholders."),
    ("en", "What's a good name for a bakery in a seaside town?"),
    ("en", "Recommend three novels set in Dublin."),
    ("en", "How did Samsung become so big in South Korea?"),
    ("en", "What happened at the Battle of Hastings in 1066?"),
    ("en", "Build number {neg:order} broke the nightly. How do I bisect between {neg:short} and {neg:short@b}?"),
    ("en", "The spec sheet says tolerance ±{neg:mm}. Is that tight for 3D printing?"),
    ("en", "Explain the difference between MD5 and SHA-256 using {neg:sha} as an example digest."),
    ("de", "Meine Bestellung {neg:order} ist seit einer Woche unterwegs. Wie formuliere ich eine Nachfrage?"),
    ("de", "Was ist der Unterschied zwischen Version {neg:ver} und {neg:ver@b} von Nextcloud?"),
    ("fr", "Quelle est la meilleure saison pour visiter la Provence ?"),
    ("fr", "La facture {neg:inv} indique {neg:price}. Comment contester poliment ?"),
    ("es", "¿Por qué el código {neg:badcard} no pasa la validación? Es de un ejemplo."),
    ("es", "¿Qué significa el error con el hash {neg:sha}?"),
    ("it", "Quanto costa in media un biglietto per il Colosseo?"),
    ("it", "Il numero d'ordine {neg:order} non risulta. Cosa scrivo al negozio?"),
    ("nl", "Waarom accepteert ons formulier {neg:badiban}? De controle zou moeten falen."),
    ("pt", "O que é o UUID {neg:uuid} no registo do servidor?"),
    ("pt-BR", "Qual a diferença entre a versão {neg:ver} e a {neg:ver@b} do app?"),
    ("pl", "Jak najlepiej zwiedzić Kraków w jeden dzień?"),
    ("sv", "Varför misslyckas bygget {neg:ticket} vid steg 3?"),
    ("no", "Hvor høy er Preikestolen?"),
    ("da", "Hvad betyder fejlkoden i commit {neg:short}?"),
    ("fi", "Miksi tilaus {neg:order} on yhä käsittelyssä?"),
    ("cs", "Jaký je rozdíl mezi verzí {neg:ver} a {neg:ver@b}?"),
    ("sk", "Čo je to CVE záznam {neg:cve}?"),
    ("hu", "Mennyi {neg:price} forintban?"),
    ("ro", "De ce dă eroare cheia de test {neg:skph} în tutorial?"),
    ("tr", "Sipariş numaram {neg:order}, kargo ne zaman gelir?"),
    ("el", "Ποια είναι η καλύτερη εποχή για την Σαντορίνη;"),
    ("ru", "Что означает ошибка в сборке {neg:ticket}?"),
    ("uk", "Поясни різницю між версіями {neg:ver} та {neg:ver@b}."),
    ("bg", "Колко е висок връх Мусала?"),
    ("hr", "Što znači hash {neg:sha} u logu?"),
    ("lt", "Kodėl užsakymas {neg:order} vis dar vėluoja?"),
    ("ja", "注文番号{neg:order}の配送状況はどう確認しますか？"),
    ("zh", "版本{neg:ver}和{neg:ver@b}有什么区别？"),
    ("ko", "주문번호 {neg:order} 배송 조회는 어떻게 하나요?"),
    ("he", "מה ההבדל בין גרסה {neg:ver} לגרסה {neg:ver@b}?"),
    ("ar", "ما معنى رقم الطلب {neg:order} في الفاتورة؟"),
    ("hi", "ऑर्डर {neg:order} अभी तक क्यों नहीं आया?"),
    ("th", "เลขพัสดุ {neg:track} เช็กได้ที่ไหน"),
    ("vi", "Mã lỗi trong commit {neg:short} nghĩa là gì?"),
    ("id", "Kenapa pesanan {neg:order} belum dikirim?"),
]

_CLEAN: list[tuple[str, str]] = [
    ("en", "How do I get bread to rise in a cold kitchen?"),
    ("en", "Explain compound interest with a simple example."),
    ("en", "Write a limerick about a sleepy cat."),
    ("en", "What's the difference between a list and a tuple in Python?"),
    ("en", "Suggest five team-building activities for a remote team."),
    ("en", "How do I politely decline a meeting invite?"),
    ("en", "Give me a beginner 5k running plan."),
    ("en", "What are good houseplants for low light?"),
    ("en", "Explain the offside rule in football."),
    ("en", "How do I make my CV stand out for entry-level jobs?"),
    ("en", "Summarise the main causes of inflation."),
    ("en", "What's a healthy breakfast that keeps me full until lunch?"),
    ("en", "Write a SQL query to find duplicate rows in a table."),
    ("en", "How can I stop procrastinating on big projects?"),
    ("en", "Explain recursion to a ten-year-old."),
    ("en", "What should I check when buying a used bike?"),
    ("en", "How do I remove a red wine stain from a carpet?"),
    ("en", "Suggest a name for a board-game night group chat."),
    ("en", "How long should I boil an egg for a jammy yolk?"),
    ("en", "What's the best way to learn touch typing?"),
    ("en", "Write a thank-you note for a teacher, no names, just a template."),
    ("en", "Explain what a Docker volume is."),
    ("en", "How do I centre a div with CSS grid?"),
    ("en", "What's the etiquette for tipping at a hairdresser?"),
    ("en", "Give me three ideas for a rainy Sunday with kids."),
    ("en", "Why do onions make you cry?"),
    ("en", "Make a weekly meal plan for a vegetarian on a budget."),
    ("en", "How do I write a good commit message?"),
    ("en", "What is the Pomodoro technique?"),
    ("en", "How do noise-cancelling headphones work?"),
    ("de", "Wie lange muss ein Sauerteig gehen?"),
    ("fr", "Comment réussir une pâte brisée ?"),
    ("es", "¿Cómo se cuida un bonsái en interior?"),
    ("it", "Come si fa il pesto alla genovese?"),
    ("nl", "Hoe leer ik sneller Spaans?"),
    ("pt", "Como se faz arroz de pato?"),
    ("pt-BR", "Como fazer pão de queijo crocante?"),
    ("pl", "Jak przygotować żurek?"),
    ("sv", "Hur bakar man kanelbullar?"),
    ("no", "Hvordan lager man fårikål?"),
    ("da", "Hvordan får man en god søvnrytme?"),
    ("fi", "Miten karjalanpiirakat tehdään?"),
    ("cs", "Jak se vaří svíčková?"),
    ("sk", "Ako sa robia bryndzové halušky?"),
    ("hu", "Hogyan főzzek gulyáslevest?"),
    ("ro", "Cum se face cozonacul?"),
    ("tr", "Mercimek çorbası nasıl yapılır?"),
    ("el", "Πώς φτιάχνω τζατζίκι;"),
    ("ru", "Как быстро выучить таблицу умножения?"),
    ("uk", "Як навчитися медитувати?"),
    ("bg", "Как се прави таратор?"),
    ("hr", "Kako se radi peka?"),
    ("lt", "Kaip išsivirti šaltibarščius?"),
    ("ja", "効率よく英単語を覚える方法は？"),
    ("zh", "如何养成早起的习惯？"),
    ("ko", "잠을 잘 자는 방법을 알려 주세요."),
    ("he", "איך מתחילים לרוץ?"),
    ("ar", "ما هي فوائد المشي اليومي؟"),
    ("hi", "अच्छी नींद के लिए क्या करें?"),
    ("th", "วิธีปลูกโหระพาในกระถาง"),
    ("vi", "Làm sao để học tiếng Anh hiệu quả?"),
    ("id", "Bagaimana cara membuat nasi goreng yang enak?"),
]

FRESH23_FOLLOW_UPS = [" Thanks!", " Keep it short please.", "\n\ncheers", " Use bullet points.", " Don't change any of the numbers.", "\n\nty!!",
                      " British spelling please.", " No emojis."]


def _en_templates() -> list[tuple[str, str]]:
    out = []
    for i, (lang, body) in enumerate(_EN_BODIES):
        for k in range(3):
            out.append((lang, _ASK_EN[(i * 3 + k * 5) % len(_ASK_EN)] + body))
    return list(dict.fromkeys(out))


FRESH23_PII: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _en_templates() + _xx_templates()]
FRESH23_NEGATIVE: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _NEGATIVE]
FRESH23_CLEAN: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _CLEAN]
