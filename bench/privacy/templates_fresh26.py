"""The twenty-sixth blind set ("fresh26") of the PII benchmark, written without looking at the detector.

Held in reserve, never tuned on. corpus.generate(n, seed, fresh26=True) takes all three kinds of prompt from here and
renders them with this module's own Context and fill(); no table or generator is borrowed from another set.

Its situations are the paperwork of ordinary life and work (insurance adjusters, payroll bureaus, landlords, school
offices, clinical trials, customs brokers, mortgage brokers, onboarding, tax preparers, debt collectors, movers, gig
platforms, fleet telematics, ham radio, court filings, parish registers, vets) in the carriers people paste (YAML,
TOML, .env, SQL, CSV/TSV, JSON logs, syslog, XML, HTML forms, Markdown tables, mail headers, PDF and OCR text, chat and
voice transcripts, diffs, tracebacks, notebook output, fixed-width records).

A slot is {kind}, {kind.N} (person N, default 1), {kind:arg} or {kind.N:arg}; "#tag" at the end draws another value
of the same kind ({ip:pub#b}). Literal braces are written doubled, "{{" and "}}".
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
URLSAFE = ALNUM + "-_"
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def rand_str(r: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(r.choices(alphabet, k=n))


def fold(s: str) -> str:
    """Latin letters only (mail addresses and handles are built from names)."""
    for src, dst in (("ß", "ss"), ("ł", "l"), ("Ł", "L"), ("ø", "o"), ("æ", "ae"), ("ı", "i"), ("đ", "d"), ("Đ", "D"), ("ð", "d")):
        s = s.replace(src, dst)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def handle(s: str) -> str:
    return "".join(ch for ch in fold(s).lower() if ch.isalnum())


def shape(r: random.Random, spec: str) -> str:
    """'#' any digit, 'N' a digit 1-9, 'M' a digit 2-9, 'A' a capital letter; anything else is copied."""
    out = []
    for ch in spec:
        out.append(r.choice(DIGITS) if ch == "#" else str(r.randint(1, 9)) if ch == "N" else str(r.randint(2, 9)) if ch == "M"
                   else r.choice(UPPER) if ch == "A" else ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------------
# People and places: one block a country, "key: a | b | c"; names in another script are written "native=latin".
# family "women's forms / men's forms" where the language inflects it.
# ---------------------------------------------------------------------------------------------------------------------
_PEOPLE = """
@US
women: Shayla | Corinne | Delphine | Mckenna | Rosalie | Tierney | Annabeth
men: Garrett | Deshawn | Lowell | Kendrick | Beckett | Anders | Mateo
family: Haskins | Abernathy | Villanueva | Oyelaran | Szymanski | Tsosie | McCreary | Boateng | Gutierrez-Pham
towns: Duluth | Bozeman | Asheville | Flagstaff | Lubbock | Ithaca | Tacoma | Pueblo | Burlington
streets: Quail Run Dr | Persimmon St | Ridgeview Ter | Kingsbury Ave | Foxglove Ln | Old Ferry Rd
phones: (M##) M##-#### | M##-M##-#### | +1 M## M## #### | M##.M##.####
mail: gmail.com | outlook.com | protonmail.com | comcast.net | hotmail.com
@GB
women: Tabitha | Morwenna | Elspeth | Ffion | Clementine | Rosie
men: Crispin | Fergus | Dafydd | Jago | Hamza | Ollie
family: Trevelyan | Ackroyd | Bhatti | Henshaw | McAllister | Oyinlola | Pryce
towns: Stroud | Whitby | Penrith | Ludlow | Bangor | Dunfermline | Ely | Frome
streets: Cherry Tree Walk | Ropewalk | Nightingale Lane | Station Approach | Orchard Mews | Chapel Row
phones: 07### ###### | +44 7### ###### | 01### ###### | +44 (0)7### ######
mail: gmail.com | outlook.com | virginmedia.com | talktalk.net | yahoo.co.uk
@IE
women: Gráinne | Sorcha | Úna | Caoimhe
men: Colm | Pádraig | Ruairí | Oisín
family: Mac Cárthaigh | Brennan | Geraghty | Hennessy | Ó Súilleabháin
towns: Athlone | Dundalk | Clonmel | Castlebar | Bray
streets: Convent Road | Abbey Street | Green Lane | Bridge Street
phones: 08# ### #### | +353 8# ### ####
mail: gmail.com | eircom.net | outlook.ie
@CA
women: Annick | Maëva | Kenzie | Roxanne
men: Étienne | Declan | Rajveer | Mathis
family: Gagnon | Lévesque | Okonjo | Dhillon | Fraser
towns: Moncton | Kamloops | Saguenay | Peterborough | Brandon
streets: Rue Saint-Denis | Aspen Way | Riverside Dr | Chemin du Lac
phones: (M##) M##-#### | +1 M##-M##-####
mail: sympatico.ca | shaw.ca | gmail.com
@AU
women: Tahlia | Kirrily | Mackenzie | Ellie
men: Jarrah | Angus | Flynn | Bodhi
family: Costello | Vukovic | Pham | Kirkbride | O'Loughlin
towns: Ballarat | Mildura | Cairns | Albany | Orange
streets: Grevillea Place | Ironbark Road | Lilly Pilly Way | Coral Sea Drive
phones: 04## ### ### | +61 4## ### ### | (0#) #### ####
mail: bigpond.net.au | iinet.net.au | gmail.com
@NZ
women: Kahurangi | Anahera | Ruby
men: Wiremu | Tane | Hunter
family: Ngata | Lockyer | Tawhiri | Brightwell
towns: Napier | Invercargill | Gisborne | Whangārei
streets: Totara Street | Harakeke Lane | Marine Parade
phones: 02# ### #### | +64 2# ### ####
mail: xtra.co.nz | slingshot.co.nz
@IN
women: Aishwarya | Sneha | Kritika | Lavanya
men: Abhinav | Pranav | Harsh | Nikhil
family: Iyer | Banerjee | Deshpande | Reddy | Naidu
towns: Pune | Kochi | Vadodara | Visakhapatnam | Chandigarh
streets: FC Road | Temple Street | Link Road | Ring Road
phones: +91 9#### ##### | 9######### | +91-7#####-#####
mail: gmail.com | rediffmail.com | outlook.in
@ZA
women: Nomvula | Zanele | Marike
men: Thabo | Jaco | Lwazi
family: Nkosi | Pretorius | Mahlangu | du Plessis
towns: George | Pietermaritzburg | East London | Rustenburg
streets: Acacia Avenue | Voortrekker Road | Main Road
phones: 07# ### #### | +27 7# ### ####
mail: telkomsa.net | mweb.co.za | gmail.com
@NG
women: Chiamaka | Funmilayo | Zainab
men: Chinedu | Babatunde | Emeka
family: Eze | Balogun | Nwosu | Adebayo
towns: Enugu | Ibadan | Kaduna | Jos
streets: Ogui Road | Ring Road | Adeola Odeku Street
phones: 080# ### #### | +234 81# ### ####
mail: gmail.com | yahoo.com
@DE
women: Lieselotte | Merle | Svenja | Ricarda | Gesa
men: Hauke | Arne | Detlef | Ole | Kilian
family: Petersen | Wollenweber | Rademacher | Eichhorn | Lüders | Schimmelpfennig
towns: Lüneburg | Passau | Jena | Wismar | Konstanz | Siegen
streets: Am Kirchberg | Birkenweg | Wiesenstraße | Schillerplatz | Hohe Straße
phones: 015# ######## | +49 17# #######| 0### #####
mail: gmx.net | web.de | mailbox.org | t-online.de
@AT
women: Johanna | Leonie | Rosemarie
men: Stefan | Bernhard | Wolfgang
family: Leitner | Moser | Haider | Eder
towns: Krems | Steyr | Bregenz | Wiener Neustadt
streets: Kirchengasse | Linzer Straße | Anton-Wildgans-Weg
phones: 0664 ####### | +43 660 #######
mail: gmx.at | chello.at
@CH
women: Nadja | Corina | Ladina
men: Beat | Andrin | Silvan
family: Meier | Keller | Schmid | Baumgartner
towns: Aarau | Baden | Sion | Schaffhausen
streets: Rebbergstrasse | Kirchweg | Rue du Rhône
phones: 079 ### ## ## | +41 76 ### ## ##
mail: bluewin.ch | sunrise.ch
@FR
women: Gwenaëlle | Océane | Ophélie | Clémence | Héloïse
men: Loïc | Aurélien | Maxence | Quentin | Rayan
family: Le Goff | Fontaine | Haddad | Perrot | Moulin
towns: Brest | Niort | Chambéry | Albi | Vannes | Besançon
streets: rue du Four | allée des Acacias | boulevard Gambetta | place du Marché
phones: 06 ## ## ## ## | 07.##.##.##.## | +33 6 ## ## ## ##
mail: orange.fr | wanadoo.fr | free.fr | gmail.com
@BE
women: Elke | Nathalie | Margaux
men: Pieter-Jan | Cédric | Kobe
family: Peeters | Janssens | Lemaire | De Smet
towns: Mechelen | Liège | Brugge | Charleroi
streets: Bondgenotenlaan | Rue des Guillemins | Steenstraat
phones: 047# ## ## ## | +32 49# ## ## ##
mail: telenet.be | proximus.be
@ES
women: Ainhoa | Lucía | Macarena | Begoña
men: Unai | Álvaro | Sergio | Borja
family: Iturralde | Benítez | Garrido | Sanchís
towns: Burgos | Pamplona | Huelva | Lugo | Cartagena
streets: calle del Carmen | avenida de América | calle Real | ronda de Segovia
phones: 6## ## ## ## | +34 7## ### ### | 6########
mail: gmail.com | yahoo.es | movistar.es
@MX
women: Fernanda | Itzel | Mariana
men: Santiago | Diego | Alejandro
family: Robles | Garza | Ibarra | Montemayor
towns: Puebla | León | Chihuahua | Xalapa
streets: Calle Morelos | Av. Insurgentes | Calle Allende
phones: 22# ### #### | +52 81 #### ####
mail: gmail.com | outlook.com
@AR
women: Florencia | Agustina | Milagros
men: Facundo | Lautaro | Nahuel
family: Pereyra | Acosta | Bustos | Quiroga
towns: Rosario | Mendoza | Salta | Bahía Blanca
streets: Calle San Martín | Av. Belgrano | Pasaje Sarmiento
phones: +54 9 341 ### #### | 11 ####-####
mail: fibertel.com.ar | gmail.com
@IT
women: Chiara | Federica | Arianna | Beatrice
men: Lorenzo | Matteo | Riccardo | Alessio
family: Colombo | Barbieri | Rinaldi | Galli | Fontana
towns: Bergamo | Lucca | Matera | Udine | Pescara
streets: via dei Mille | piazza Dante | via Mazzini | via delle Rose
phones: 34# ### #### | +39 33# #######
mail: alice.it | virgilio.it | gmail.com
@NL
women: Fleur | Anouk | Roos | Lieke
men: Daan | Ruben | Gijs | Wessel
family: Jansen | Smit | Mulder | van der Linden | Kuipers
towns: Arnhem | Delft | Nijmegen | Breda | Alkmaar
streets: Beatrixstraat | Lindelaan | Havenkade | Brink
phones: 06 ######## | +31 6 #### ####
mail: hetnet.nl | planet.nl | gmail.com
@PT
women: Mafalda | Carolina | Matilde
men: Gonçalo | Afonso | Martim
family: Ribeiro | Sousa | Teixeira | Magalhães
towns: Viseu | Guimarães | Setúbal | Évora
streets: Rua Direita | Avenida dos Aliados | Largo do Rossio
phones: 96# ### ### | +351 92# ### ###
mail: sapo.pt | netcabo.pt
@BR
women: Letícia | Camila | Bruna | Isadora
men: Gustavo | Felipe | Henrique | Vinícius
family: Barbosa | Moreira | Siqueira | Lacerda | Teles
towns: Curitiba | Florianópolis | Recife | Uberlândia | Niterói
streets: Rua XV de Novembro | Avenida Paulista | Rua das Palmeiras
phones: (4#) 9####-#### | +55 11 9####-####
mail: terra.com.br | gmail.com | hotmail.com
@PL
women: Julia | Natalia | Aleksandra | Karolina
men: Michał | Paweł | Krzysztof | Tomasz
family: Nowak | Wójcik | Mazur | Krawczyk | Szymańska | Woźniak / Nowak | Wójcik | Mazur | Krawczyk | Szymański | Woźniak
towns: Gdańsk | Białystok | Kielce | Bydgoszcz | Gliwice
streets: ul. Kwiatowa | ul. Lipowa | ul. Mickiewicza | os. Tysiąclecia
phones: 6## ### ### | +48 7## ### ### | 5##-###-###
mail: o2.pl | gazeta.pl | wp.pl
@SE
women: Alva | Elsa | Maja | Tove
men: Hugo | Axel | Elias | Nils
family: Nyström | Ekström | Åberg | Forsberg
towns: Gävle | Örebro | Sundsvall | Kalmar | Visby
streets: Drottninggatan | Skolvägen | Tallvägen
phones: 070-### ## ## | +46 73 ### ## ##
mail: spray.se | outlook.com
@NO
women: Solveig | Marte | Hedda
men: Torstein | Magnus | Sverre
family: Bakke | Nygaard | Aasen | Lie
towns: Stavanger | Kristiansand | Hamar | Molde
streets: Kongens gate | Bjørkeveien | Havnegata
phones: 9## ## ### | +47 4## ## ###
mail: online.no | getmail.no
@DK
women: Ida | Signe | Astrid
men: Frederik | Jonas | Anders
family: Nørgaard | Thomsen | Dahl | Bech
towns: Odense | Horsens | Svendborg | Herning
streets: Nørregade | Skovvej | Algade
phones: 4# ## ## ## | +45 2# ## ## ##
mail: stofanet.dk | youmail.dk
@FI
women: Emmi | Saara | Iida
men: Lauri | Ville | Tuomas
family: Virtanen | Nieminen | Järvinen | Salo
towns: Lahti | Turku | Vaasa | Rovaniemi
streets: Hämeenkatu | Puistotie | Rantakatu
phones: 050 ### #### | +358 40 ### ####
mail: elisanet.fi | suomi24.fi
@CZ
women: Veronika | Barbora | Adéla
men: Jakub | Tomáš | Filip
family: Svobodová | Černá | Veselá | Benešová / Svoboda | Černý | Veselý | Beneš
towns: Brno | Ostrava | Pardubice | Hradec Králové
streets: Nádražní | Komenského | Tyršova
phones: 7## ### ### | +420 60# ### ###
mail: centrum.cz | volny.cz
@SK
women: Zuzana | Lenka | Simona
men: Marek | Peter | Juraj
family: Horváthová | Kováčová | Balážová / Horváth | Kováč | Baláž
towns: Žilina | Košice | Nitra | Trnava
streets: Hlavná | Štúrova | Mierová
phones: 09## ### ### | +421 9## ### ###
mail: azet.sk | zoznam.sk
@HU
women: Réka | Eszter | Dóra
men: Bence | Levente | Gergő
family: Nagy | Tóth | Szabó | Farkas
towns: Debrecen | Szeged | Pécs | Győr
streets: Petőfi utca | Kossuth Lajos utca | Rákóczi út
phones: +36 30 ### #### | 06 20 ### ####
mail: freemail.hu | citromail.hu
@RO
women: Andreea | Cristina | Larisa
men: Andrei | Cosmin | Vlad
family: Munteanu | Constantinescu | Georgescu | Marin
towns: Timișoara | Constanța | Oradea | Craiova
streets: Strada Mihai Eminescu | Calea Victoriei | Strada Lalelelor
phones: 07## ### ### | +40 72# ### ###
mail: yahoo.com | gmail.com
@TR
women: Merve | Ayşe | Derya | Gizem
men: Mert | Serkan | Barış | Oğuz
family: Öztürk | Arslan | Koç | Demir | Erdem
towns: Bursa | Antalya | Samsun | Gaziantep | Mersin
streets: İnönü Caddesi | Gül Sokak | Menderes Bulvarı
phones: 05## ### ## ## | +90 53# ### ####
mail: gmail.com | yandex.com.tr
@GR
women: Αικατερίνη=Aikaterini | Σοφία=Sofia | Ειρήνη=Eirini
men: Γιώργος=Giorgos | Θανάσης=Thanasis | Μιχάλης=Michalis
family: Γεωργίου=Georgiou | Αλεξίου=Alexiou | Νικολαΐδου=Nikolaidou / Γεωργίου=Georgiou | Αλεξίου=Alexiou | Νικολαΐδης=Nikolaidis
towns: Λάρισα | Χανιά | Ηράκλειο | Κομοτηνή
streets: Οδός Κολοκοτρώνη | Οδός Μητροπόλεως | Λεωφόρος Αθηνών
phones: 69# ### #### | +30 69## ######
mail: yahoo.gr | hol.gr
@RU
women: Анастасия=Anastasiya | Екатерина=Ekaterina | Алина=Alina
men: Максим=Maksim | Илья=Ilya | Кирилл=Kirill
family: Морозова=Morozova | Новикова=Novikova | Павлова=Pavlova / Морозов=Morozov | Новиков=Novikov | Павлов=Pavlov
towns: Екатеринбург | Нижний Новгород | Калининград | Ярославль
streets: ул. Пушкина | ул. Гагарина | Набережная ул.
phones: +7 91# ###-##-## | 8 9## ### ## ##
mail: yandex.ru | rambler.ru | mail.ru
@UA
women: Олена=Olena | Марія=Mariia | Катерина=Kateryna
men: Андрій=Andrii | Дмитро=Dmytro | Олег=Oleh
family: Бондаренко=Bondarenko | Ткаченко=Tkachenko | Кравець=Kravets
towns: Харків | Житомир | Ужгород | Рівне
streets: вул. Лесі Українки | вул. Грушевського | вул. Соборна
phones: +380 67 ### ## ## | 050 ### ## ##
mail: ukr.net | meta.ua
@BG
women: Гергана=Gergana | Йоана=Yoana | Светла=Svetla
men: Николай=Nikolay | Димитър=Dimitar | Явор=Yavor
family: Иванова=Ivanova | Димитрова=Dimitrova | Колева=Koleva / Иванов=Ivanov | Димитров=Dimitrov | Колев=Kolev
towns: Стара Загора | Плевен | Велико Търново | Благоевград
streets: ул. Цар Симеон | бул. Васил Левски | ул. Шипка
phones: 089 ### #### | +359 87 ### ####
mail: abv.bg | dir.bg
@HR
women: Ana | Maja | Nika
men: Josip | Tomislav | Filip
family: Novak | Knežević | Vuković | Marić
towns: Pula | Šibenik | Varaždin | Dubrovnik
streets: Ulica kralja Tomislava | Riva | Ilica
phones: 091 ### #### | +385 98 ### ###
mail: t-com.hr | gmail.com
@LT
women: Ieva | Greta | Eglė
men: Tomas | Jonas | Paulius
family: Stankevičiūtė | Žukauskaitė | Butkutė / Stankevičius | Žukauskas | Butkus
towns: Panevėžys | Alytus | Marijampolė
streets: Respublikos g. | Ąžuolų g. | Savanorių pr.
phones: +370 61# ##### | 861# #####
mail: inbox.lt | gmail.com
@LV
women: Līga | Ilze | Kristīne
men: Jānis | Mārtiņš | Edgars
family: Bērziņa | Ozola | Kalniņa / Bērziņš | Ozols | Kalniņš
towns: Liepāja | Daugavpils | Jelgava | Valmiera
streets: Brīvības iela | Lielā iela | Rīgas iela
phones: 2### #### | +371 2# ### ###
mail: inbox.lv | apollo.lv
@EE
women: Kertu | Maarja | Helen
men: Martin | Karl | Jaan
family: Sepp | Kuusk | Ilves | Lepik
towns: Narva | Rakvere | Haapsalu | Kuressaare
streets: Lossi tn | Jaama tn | Tallinna mnt
phones: 5## #### | +372 5### ###
mail: hot.ee | online.ee
@IL
women: מיכל=Michal | יעל=Yael | הדס=Hadas
men: אורי=Uri | גיל=Gil | רועי=Roi
family: כהן=Cohen | ביטון=Biton | שפירא=Shapira | אוחיון=Ohayon
towns: אשדוד | כפר סבא | הרצליה | עכו
streets: רחוב ז'בוטינסקי | רחוב הנביאים | שדרות בן גוריון
phones: 052-###-#### | 054-#######  | +972-50-###-####
mail: bezeqint.net | gmail.com
@AE
women: لمياء=Lamia | هالة=Hala | رنا=Rana
men: طارق=Tariq | ماجد=Majid | حسن=Hassan
family: الزعابي=Al Zaabi | النعيمي=Al Nuaimi | الحمادي=Al Hammadi
towns: عجمان | الفجيرة | أبوظبي | دبي
streets: شارع المطار | شارع الكورنيش | شارع حمدان
phones: 050 ### #### | +971 55 ### ####
mail: emirates.net.ae | gmail.com
@SA
women: نوف=Nouf | أمل=Amal | هيفاء=Haifa
men: فهد=Fahad | بندر=Bandar | سلطان=Sultan
family: القحطاني=Al Qahtani | الغامدي=Al Ghamdi | الشهري=Al Shehri
towns: جدة | الدمام | الطائف | أبها
streets: طريق الملك فهد | شارع التحلية | شارع الأمير سلطان
phones: 05# ### #### | +966 5# ### ####
mail: gmail.com | hotmail.com
@INH
women: अनीता=Anita | पूजा=Pooja | रेखा=Rekha
men: संजय=Sanjay | मनोज=Manoj | दीपक=Deepak
family: गुप्ता=Gupta | मिश्रा=Mishra | चौहान=Chauhan | पांडे=Pandey
towns: कानपुर | वाराणसी | इंदौर | देहरादून
streets: सिविल लाइंस | मॉल रोड | राजपुर रोड
phones: +91 8#### ##### | 07### #####
mail: gmail.com | yahoo.co.in
@CN
women: 丽娜=Lina | 欣怡=Xinyi | 佳琪=Jiaqi
men: 伟=Wei | 志强=Zhiqiang | 宇航=Yuhang
family: 黄=Huang | 吴=Wu | 孙=Sun | 马=Ma | 林=Lin
towns: 南京 | 青岛 | 长沙 | 昆明 | 宁波
streets: 北京东路 | 香港中路 | 五一大道 | 中华路
phones: 138 #### #### | +86 18# #### #### | 139########
mail: 163.com | sina.com | qq.com
@JP
women: 結衣=Yui | 真由美=Mayumi | 奈々=Nana
men: 健太=Kenta | 拓也=Takuya | 悠斗=Yuto
family: 伊藤=Ito | 山本=Yamamoto | 中村=Nakamura | 加藤=Kato | 吉田=Yoshida
towns: 広島 | 新潟 | 熊本 | 岡山 | 静岡
streets: 駅前通り | 城東町 | 若葉台
phones: 090-####-#### | 070-####-#### | +81 80-####-####
mail: ezweb.ne.jp | softbank.ne.jp | gmail.com
@KR
women: 수빈=Subin | 유진=Yujin | 지은=Jieun
men: 현우=Hyunwoo | 성민=Sungmin | 태양=Taeyang
family: 윤=Yoon | 강=Kang | 조=Cho | 한=Han | 임=Lim
towns: 부산 | 인천 | 대구 | 청주 | 창원
streets: 해운대로 | 구월로 | 동성로
phones: 010-####-#### | 010 #### #### | +82 10 #### ####
mail: naver.com | hanmail.net | kakao.com
@TH
women: นภัสสร=Napatsorn | อรุณี=Arunee | ศิริพร=Siriporn
men: กิตติพงษ์=Kittipong | อนุชา=Anucha | ธีรวัฒน์=Teerawat
family: สุขสวัสดิ์=Suksawat | ทองดี=Thongdee | บุญมา=Boonma
towns: นครราชสีมา | อุดรธานี | พิษณุโลก | ระยอง
streets: ถนนมิตรภาพ | ถนนโพศรี | ถนนสุขุมวิท
phones: 09#-###-#### | 08# ### #### | +66 9# ### ####
mail: hotmail.com | gmail.com
@VN
women: Thanh Hương | Minh Thư | Khánh Linh
men: Văn Hùng | Hoàng Nam | Tuấn Kiệt
family: Nguyễn | Đặng | Bùi | Huỳnh | Phan
towns: Nha Trang | Vũng Tàu | Đà Lạt | Quy Nhơn
streets: Đường Hùng Vương | Đường Pasteur | Đường Bạch Đằng
phones: 03# ### #### | +84 9# ### ## ##
mail: gmail.com | yahoo.com
@ID
women: Dewi | Putri | Intan
men: Agus | Dimas | Fajar
family: Hidayat | Saputra | Gunawan | Lubis
towns: Bandung | Semarang | Denpasar | Palembang | Bogor
streets: Jl. Pahlawan | Jl. Gatot Subroto | Jl. Ahmad Yani
phones: 0812 #### #### | +62 857 #### ####
mail: gmail.com | yahoo.co.id
"""


def _parse_people(text: str) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    current = ""
    for line in text.strip().splitlines():
        if line.startswith("@"):
            current = line[1:].strip()
            out[current] = {}
            continue
        key, _, values = line.partition(":")
        if key == "family" and "/" in values:
            women, men = values.split("/")
            out[current]["family_f"] = [v.strip() for v in women.split("|") if v.strip()]
            out[current]["family"] = [v.strip() for v in men.split("|") if v.strip()]
        else:
            out[current][key.strip()] = [v.strip() for v in values.split("|") if v.strip()]
    return out


PEOPLE = _parse_people(_PEOPLE)
FAMILY_FIRST = {"CN": "", "JP": "", "KR": "", "VN": " ", "HU": " "}
STATES = {"Duluth": "MN", "Bozeman": "MT", "Asheville": "NC", "Flagstaff": "AZ", "Lubbock": "TX", "Ithaca": "NY", "Tacoma": "WA",
          "Pueblo": "CO", "Burlington": "VT"}
# Which countries a prompt's language draws its people from, with weights.
LANG_COUNTRIES: dict[str, list[tuple[str, int]]] = {
    "en": [("US", 5), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("NG", 1)],
    "en-US": [("US", 1)], "en-id": [("GB", 3), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("NG", 1)],
    "de": [("DE", 4), ("AT", 2), ("CH", 1)], "fr": [("FR", 4), ("BE", 1)], "es": [("ES", 3), ("MX", 2), ("AR", 1)],
    "es-US": [("US", 1)], "zh-US": [("US", 1)], "ko-US": [("US", 1)], "vi-US": [("US", 1)],
    "it": [("IT", 1)], "nl": [("NL", 3), ("BE", 1)], "pt": [("PT", 1), ("BR", 2)], "pl": [("PL", 1)], "sv": [("SE", 1)],
    "no": [("NO", 1)], "da": [("DK", 1)], "fi": [("FI", 1)], "cs": [("CZ", 1)], "sk": [("SK", 1)], "hu": [("HU", 1)],
    "ro": [("RO", 1)], "tr": [("TR", 1)], "el": [("GR", 1)], "ru": [("RU", 1)], "uk": [("UA", 1)], "bg": [("BG", 1)],
    "hr": [("HR", 1)], "lt": [("LT", 1)], "lv": [("LV", 1)], "et": [("EE", 1)], "he": [("IL", 1)], "ar": [("AE", 1), ("SA", 1)],
    "hi": [("INH", 1)], "zh": [("CN", 1)], "ja": [("JP", 1)], "ko": [("KR", 1)], "th": [("TH", 1)], "vi": [("VN", 1)],
    "id": [("ID", 1)],
}


def locale_for(lang: str, rng: random.Random) -> str:
    pool = LANG_COUNTRIES.get(lang) or [("US", 1)]
    country = rng.choices([c for c, _ in pool], [w for _, w in pool])[0]
    return f"{lang.split('-')[0]}-{country}"


class Person:
    def __init__(self, r: random.Random, country: str) -> None:
        table = PEOPLE[country]
        self.country = country
        self.female = r.random() < 0.5
        given = r.choice(table["women" if self.female else "men"])
        family = r.choice(table.get("family_f", table["family"]) if self.female else table["family"])
        self.first, _, latin_first = given.partition("=")
        self.last, _, latin_last = family.partition("=")
        self.first_latin = latin_first or self.first
        self.last_latin = latin_last or self.last
        if country in FAMILY_FIRST:
            self.full = self.last + FAMILY_FIRST[country] + self.first
        else:
            self.full = f"{self.first} {self.last}"
        start = datetime.date(1987, 1, 1) if country == "CN" else datetime.date(1944, 1, 1)
        self.dob = start + datetime.timedelta(days=r.randint(0, 22000 if country != "CN" else 6500))
        self.town = r.choice(table["towns"])
        self.street = r.choice(table["streets"])


# ---------------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------------
MONTH_NAMES = {
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
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}


def write_date(r: random.Random, lang: str, country: str, d: datetime.date) -> str:
    y, m, dd = d.year, d.month, d.day
    months = MONTH_NAMES.get(lang, MONTH_NAMES["en"]).split()
    word = months[m - 1]
    if lang == "en":
        if country in ("US",):
            return r.choice([f"{m}/{dd}/{y}", f"{m:02d}/{dd:02d}/{y}", f"{word} {dd}, {y}", f"{word[:3]}. {dd}, {y}", f"{m:02d}-{dd:02d}-{y}"])
        if country in ("CA",):
            return r.choice([f"{y}-{m:02d}-{dd:02d}", f"{word} {dd}, {y}", f"{dd} {word} {y}"])
        return r.choice([f"{dd}/{m:02d}/{y}", f"{dd} {word} {y}", f"{dd} {word[:3]} {y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}-{word[:3]}-{y}"])
    if lang in ("zh", "ja"):
        return r.choice([f"{y}年{m}月{dd}日", f"{y}/{m}/{dd}", f"{y}.{m:02d}.{dd:02d}"])
    if lang == "ko":
        return r.choice([f"{y}년 {m}월 {dd}일", f"{y}. {m}. {dd}.", f"{y}-{m:02d}-{dd:02d}"])
    if lang == "vi":
        return r.choice([f"{dd}/{m}/{y}", f"ngày {dd} tháng {m} năm {y}", f"{dd:02d}-{m:02d}-{y}"])
    if lang == "hu":
        return r.choice([f"{y}. {word} {dd}.", f"{y}.{m:02d}.{dd:02d}.", f"{y}-{m:02d}-{dd:02d}"])
    if lang == "lv":
        return r.choice([f"{y}. gada {dd}. {word}", f"{dd:02d}.{m:02d}.{y}."])
    if lang == "lt":
        return r.choice([f"{y}-{m:02d}-{dd:02d}", f"{y} m. {word} {dd} d."])
    if lang == "sv":
        return r.choice([f"{y}-{m:02d}-{dd:02d}", f"{dd} {word} {y}", f"{dd}/{m} {y}"])
    if lang == "th":
        return r.choice([f"{dd} {word} {y + 543}", f"{dd} {word} พ.ศ. {y + 543}", f"{dd}/{m}/{y + 543}"])
    if lang == "he":
        return r.choice([f"{dd} {word} {y}", f"{dd}.{m}.{y}", f"{dd}/{m}/{y}"])
    if lang in ("ar", "hi", "id", "et", "it", "ro", "el"):
        return r.choice([f"{dd} {word} {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}.{m:02d}.{y}" if lang in ("et", "ro") else f"{dd}-{m:02d}-{y}"])
    if lang in ("es", "pt"):
        return r.choice([f"{dd} de {word} de {y}", f"{dd:02d}/{m:02d}/{y}", f"{dd}/{m}/{y}"])
    if lang == "fr":
        return r.choice([f"{'1er' if dd == 1 else dd} {word} {y}", f"{dd:02d}/{m:02d}/{y}"])
    if lang in ("de", "no", "da", "cs", "sk", "hr", "fi"):
        return r.choice([f"{dd}. {word} {y}", f"{dd:02d}.{m:02d}.{y}", f"{dd}.{m}.{y}"])
    if lang in ("ru", "uk", "bg", "pl"):
        return r.choice([f"{dd} {word} {y}", f"{dd:02d}.{m:02d}.{y}"])
    if lang == "tr":
        return r.choice([f"{dd} {word} {y}", f"{dd:02d}.{m:02d}.{y}"])
    if lang == "nl":
        return r.choice([f"{dd} {word} {y}", f"{dd}-{m}-{y}", f"{dd:02d}-{m:02d}-{y}"])
    return f"{dd:02d}/{m:02d}/{y}"


# ---------------------------------------------------------------------------------------------------------------------
# Contact details
# ---------------------------------------------------------------------------------------------------------------------
def street_address(r: random.Random, p: Person) -> str:
    c, st, town = p.country, p.street, p.town
    n = r.randint(1, 240)
    if c == "US":
        unit = r.choice(["", "", f" #{r.randint(2, 30)}", f", Apt {r.randint(1, 12)}{r.choice('ABC')}"])
        zipc = shape(r, "N####")
        return r.choice([f"{n * 13} {st}{unit}, {town}, {STATES[town]} {zipc}", f"{n * 9} {st}{unit}\n{town}, {STATES[town]} {zipc}"])
    if c == "GB":
        pc = shape(r, r.choice(["AN# #AA", "AAN# #AA"]))
        return r.choice([f"{n} {st}, {town} {pc}", f"{r.randint(1, 9)} {st}, {town}, {pc}"])
    if c == "IE":
        return f"{n} {st}, {town}, Co. {r.choice(['Westmeath', 'Louth', 'Tipperary', 'Mayo', 'Wicklow'])} {shape(r, 'A## A#A#')}"
    if c == "CA":
        return f"{n * 5} {st}, {town}, {r.choice(['NB', 'BC', 'QC', 'ON', 'MB'])} {shape(r, 'A#A #A#')}"
    if c in ("AU", "NZ", "ZA"):
        return f"{n} {st}, {town} {shape(r, 'N###')}"
    if c == "IN":
        return f"{r.randint(1, 90)}/{r.randint(1, 9)}, {st}, {town} {shape(r, 'N#####')}"
    if c == "NG":
        return f"{n} {st}, {town}"
    if c in ("DE", "AT", "CH"):
        pc = shape(r, "N####" if c == "DE" else "N###")
        return r.choice([f"{st} {n}, {pc} {town}", f"{st} {n}\n{pc} {town}"])
    if c in ("FR", "IT", "ES"):
        return f"{n} {st}, {shape(r, 'N####')} {town}" if c == "FR" else f"{st} {n}, {shape(r, 'N####')} {town}"
    if c in ("BE", "NL", "DK", "NO", "SE", "FI", "EE", "LT", "LV", "HR", "CZ", "SK", "HU"):
        pc = {"NL": shape(r, "N### AA"), "SE": shape(r, "N## ##"), "CZ": shape(r, "N## ##"), "SK": shape(r, "0N# ##"),
              "LT": shape(r, "LT-N####"), "LV": shape(r, "LV-N###"), "HR": shape(r, "N####"), "EE": shape(r, "N####"),
              "FI": shape(r, "N####")}.get(c, shape(r, "N###"))
        if c == "HU":
            return f"{shape(r, 'N###')} {town}, {st} {n}."
        return f"{st} {n}, {pc} {town}"
    if c in ("MX", "AR"):
        return f"{st} {n * 7}, {town}" if c == "AR" else f"{st} {n * 3}, Col. {r.choice(['Centro', 'Del Valle', 'La Paz'])}, {shape(r, 'N####')} {town}"
    if c in ("PT", "BR"):
        return f"{st}, {n}, {town}, {shape(r, 'N####-###') if c == 'BR' else shape(r, 'N###-###')}"
    if c == "PL":
        return f"{st} {n}/{r.randint(1, 40)}, {shape(r, 'N#-###')} {town}"
    if c == "RO":
        return f"{st} nr. {n}, ap. {r.randint(1, 60)}, {town}"
    if c == "TR":
        return f"{st} No:{n} Daire:{r.randint(1, 16)}, {town}"
    if c == "GR":
        return f"{st} {n}, {shape(r, 'N## ##')} {town}"
    if c in ("RU", "UA", "BG"):
        return f"{town}, {st}, д. {n}, кв. {r.randint(1, 180)}" if c == "RU" else f"{st} {n}, кв. {r.randint(1, 180)}, {town}"
    if c == "IL":
        return f"{st} {n}, {town}"
    if c in ("AE", "SA"):
        return f"{st}، فيلا {n}، {town}"
    if c == "INH":
        return f"{r.randint(1, 300)}/{r.randint(1, 20)}, {st}, {town} - {shape(r, 'N#####')}"
    if c == "CN":
        return f"{town}市{r.choice(['鼓楼区', '市南区', '芙蓉区', '五华区', '海曙区'])}{st}{n}号{r.randint(1, 20)}单元{r.randint(101, 1806)}室"
    if c == "JP":
        return f"〒{shape(r, 'N##-####')} {town}県{town}市{st}{r.randint(1, 4)}丁目{r.randint(1, 20)}-{r.randint(1, 12)}"
    if c == "KR":
        return f"{town} {r.choice(['중구', '남동구', '수성구'])} {st} {n}, {r.randint(101, 115)}동 {r.randint(201, 2304)}호"
    if c == "TH":
        return f"{n}/{r.randint(1, 40)} หมู่ {r.randint(1, 12)} {st} {town} {shape(r, 'N####')}"
    if c == "VN":
        return f"{n} {st}, Phường {r.randint(1, 14)}, {town}"
    if c == "ID":
        return f"{st} No. {n}, {town} {shape(r, 'N####')}"
    return f"{st} {n}, {town}"


def phone_number(r: random.Random, country: str) -> str:
    spec = r.choice(PEOPLE[country]["phones"])
    return shape(r, spec)


def email_of(r: random.Random, p: Person, domain: str = "") -> str:
    f, l = handle(p.first_latin), handle(p.last_latin)
    local = r.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{l}{r.randint(1, 99)}", f"{f}-{l[:3]}{r.randint(80, 99)}", f"{f}{r.randint(1960, 2004)}"])
    return f"{local}@{domain or r.choice(PEOPLE[p.country]['mail'])}"


# ---------------------------------------------------------------------------------------------------------------------
# Cards, bank accounts, social security numbers, national identifiers
# ---------------------------------------------------------------------------------------------------------------------
def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return luhn_digit(number[:-1]) == number[-1]


TEST_CARD_NUMBERS = frozenset({"4242424242424242", "4111111111111111", "4000056655665556", "5555555555554444", "5200828282828210",
                               "378282246310005", "371449635398431", "6011111111111117", "3566002020360505", "6200000000000005"})
CARD_BRANDS = {"visa": (["4"], 16), "mc": (["51", "53", "55", "2221", "2720"], 16), "amex": (["34", "37"], 15),
               "discover": (["6011", "65"], 16), "jcb": (["3528", "3589"], 16), "unionpay": (["62"], 16), "diners": (["36"], 14)}


def card_number(r: random.Random, brand: str = "") -> str:
    brand = brand or r.choices(list(CARD_BRANDS), [5, 4, 2, 1, 1, 1, 1])[0]
    prefixes, length = CARD_BRANDS[brand]
    number = ""
    while not number or number in TEST_CARD_NUMBERS:
        prefix = r.choice(prefixes)
        body = prefix + rand_str(r, length - 1 - len(prefix), DIGITS)
        number = body + luhn_digit(body)
    look = r.random()
    if length == 15:
        return number if look < 0.4 else f"{number[:4]} {number[4:10]} {number[10:]}"
    if length == 14:
        return number if look < 0.4 else f"{number[:4]} {number[4:10]} {number[10:]}"
    if look < 0.3:
        return number
    joiner = "-" if look > 0.8 else " "
    return joiner.join(number[i:i + 4] for i in range(0, 16, 4))


# Per country: the BBAN as runs of letters (a) and digits (n), and bank codes for the letter runs.
IBAN_LAYOUT = {"DE": "n18", "AT": "n16", "CH": "n17", "FR": "n23", "BE": "n12", "ES": "n20", "IT": "a1 n22", "NL": "a4 n10", "PT": "n21",
               "PL": "n24", "SE": "n20", "NO": "n11", "DK": "n14", "FI": "n14", "CZ": "n20", "SK": "n20", "HU": "n24", "RO": "a4 n16",
               "TR": "n5 z1 n16", "GR": "n23", "UA": "n25", "BG": "a4 n14", "HR": "n17", "LT": "n16", "LV": "a4 n13", "EE": "n16",
               "IL": "n19", "AE": "n19", "SA": "n20", "GB": "a4 n14", "IE": "a4 n14", "BR": "n23 a1 n1", "LU": "n16", "CY": "n24"}
IBAN_BANKS = {"GB": ["NWBK", "HBUK", "TSBS", "MONZ", "NAIA"], "IE": ["BOFI", "AIBK", "IPBS"], "NL": ["TRIO", "SNSB", "ASNB", "BUNQ"],
              "RO": ["BTRL", "BRDE", "CECE"], "BG": ["STSA", "BPBI", "IORT"], "LV": ["HABA", "UNLA", "PARX"]}
IBAN_ABROAD = {"US": "GB", "CA": "IE", "AU": "GB", "NZ": "GB", "IN": "AE", "ZA": "GB", "NG": "GB", "MX": "ES", "AR": "ES", "RU": "LV",
               "INH": "AE", "CN": "LU", "JP": "DE", "KR": "DE", "TH": "DE", "VN": "FR", "ID": "NL", "GR": "CY"}


def iban_number(r: random.Random, cc: str) -> str:
    from stdnum import iban as stdnum_iban

    for _ in range(6000):
        bban = ""
        for part in IBAN_LAYOUT[cc].split():
            kind, count = part[0], int(part[1:])
            if kind == "a":
                bban += r.choice(IBAN_BANKS[cc]) if cc in IBAN_BANKS and count == 4 else rand_str(r, count, UPPER)
            elif kind == "z":
                bban += "0" * count
            else:
                bban += rand_str(r, count, DIGITS)
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + cc + "00")) % 97
        value = f"{cc}{check:02d}{bban}"
        if stdnum_iban.is_valid(value):
            return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if r.random() < 0.6 else value
    raise RuntimeError(cc)


def ssn_number(r: random.Random, style: str = "") -> str:
    """A number SSA could issue: area 001-899 but not 666, group 01-99, serial 0001-9999."""
    area = r.randint(1, 898)
    if area >= 666:
        area += 1
    group, serial = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choices(["dash", "space", "bare"], [6, 2, 2])[0]
    a, g, s = f"{area:03d}", f"{group:02d}", f"{serial:04d}"
    return {"dash": f"{a}-{g}-{s}", "space": f"{a} {g} {s}", "bare": f"{a}{g}{s}"}[style]


def _stdnum(module: str):
    return importlib.import_module(f"stdnum.{module}")


def _complete(r: random.Random, head, module: str, alphabet: str = DIGITS, width: int = 1) -> str:
    """Draw heads until one of the `width`-character tails makes a number the stdnum module accepts."""
    ok = _stdnum(module).is_valid
    for _ in range(3000):
        start = head()
        for _ in range(40):
            value = start + rand_str(r, width, alphabet)
            if ok(value):
                return value
    raise RuntimeError(module)


def _gb_nino(r: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = r.choice(first) + r.choice(second)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    digits = rand_str(r, 6, DIGITS)
    return f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {r.choice('ABCD')}" if r.random() < 0.6 else f"{pre}{digits}{r.choice('ABCD')}"


def _hu_taj(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + rand_str(r, 7, DIGITS)
    check = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(body)) % 10
    v = body + str(check)
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def _ru_snils(r: random.Random) -> str:
    body = str(r.randint(1, 9)) + rand_str(r, 8, DIGITS)
    total = sum(int(d) * (9 - i) for i, d in enumerate(body))
    check = total % 101
    check = 0 if check in (100, 101) else check
    return f"{body[:3]}-{body[3:6]}-{body[6:]} {check:02d}"


def national_number(r: random.Random, p: Person) -> str:
    c, d = p.country, p.dob
    yymmdd, ddmmyy = d.strftime("%y%m%d"), d.strftime("%d%m%y")
    man = not p.female
    if c == "US":
        return ssn_number(r)
    if c == "GB":
        return _gb_nino(r)
    if c == "IE":
        return _complete(r, lambda: rand_str(r, 7, DIGITS), "ie.pps", "ABCDEFGHIJKLMNOPQRSTUVW")
    if c == "CA":
        v = _complete(r, lambda: str(r.choice([1, 2, 4, 5, 6, 7])) + rand_str(r, 7, DIGITS), "ca.sin")
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if c == "AU":
        v = _complete(r, lambda: rand_str(r, 8, DIGITS), "au.tfn")
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "NZ":
        v = _complete(r, lambda: str(r.randint(1, 1)) + rand_str(r, 7, DIGITS), "nz.ird")
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if c == "IN":
        return _complete(r, lambda: rand_str(r, 3, UPPER) + "P" + p.last_latin[0].upper() + rand_str(r, 4, DIGITS), "in_.pan", UPPER)
    if c == "INH":
        v = _complete(r, lambda: str(r.randint(2, 9)) + rand_str(r, 10, DIGITS), "in_.aadhaar")
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if c == "ZA":
        return _complete(r, lambda: yymmdd + str(r.randint(5, 9) if man else r.randint(0, 4)) + rand_str(r, 3, DIGITS) + "08", "za.idnr")
    if c == "NG":
        return str(r.randint(1, 9)) + rand_str(r, 10, DIGITS)
    if c == "DE":
        def tax_id() -> str:
            picked = r.sample(DIGITS[1:], 8) + [r.choice(DIGITS)]
            twice = r.choice(picked)
            digits = picked + [twice]
            r.shuffle(digits)
            return "".join(digits) if digits[0] != "0" else "".join(digits[1:] + digits[:1])
        v = _complete(r, tax_id, "de.idnr")
        return v if r.random() < 0.5 else f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}"
    if c == "AT":
        ok = _stdnum("at.vnr").is_valid
        while True:
            head = str(r.randint(1, 9)) + rand_str(r, 2, DIGITS)
            for k in DIGITS:
                if ok(head + k + ddmmyy):
                    return f"{head}{k} {ddmmyy}"
    if c == "CH":
        v = _complete(r, lambda: "756" + rand_str(r, 9, DIGITS), "ch.ssn")
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if c == "FR":
        body = ("1" if man else "2") + d.strftime("%y%m") + r.choice(["29", "79", "73", "81", "56", "25", "69"]) + rand_str(r, 6, DIGITS)
        v = body + f"{97 - int(body) % 97:02d}"
        return v if r.random() < 0.4 else f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}"
    if c == "BE":
        v = _complete(r, lambda: yymmdd + rand_str(r, 3, DIGITS), "be.nn", DIGITS, 2)
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if c == "ES":
        if r.random() < 0.3:
            return _complete(r, lambda: r.choice("XYZ") + rand_str(r, 7, DIGITS), "es.nie", UPPER)
        return _complete(r, lambda: rand_str(r, 8, DIGITS), "es.dni", UPPER)
    if c == "MX":
        return _complete(r, lambda: (handle(p.last_latin)[:1].upper() + "A" + rand_str(r, 1, "BCDFGLMNPRST") + handle(p.first_latin)[:1].upper()
                                     + yymmdd + ("H" if man else "M") + r.choice(["PL", "GT", "CH", "VZ"]) + rand_str(r, 3, "BCDFGLMNPRSTV")
                                     + ("0" if d.year < 2000 else "A")), "mx.curp")
    if c == "AR":
        v = _complete(r, lambda: ("20" if man else "27") + str(r.randint(10_000_000, 45_999_999)), "ar.cuit")
        return f"{v[:2]}-{v[2:10]}-{v[10:]}"
    if c == "IT":
        from stdnum.it import codicefiscale
        body = (rand_str(r, 6, "BCDFGHLMNPRSTVZ") + d.strftime("%y") + "ABCDEHLMPRST"[d.month - 1] + f"{d.day + (0 if man else 40):02d}"
                + r.choice("ABCDEFGHL") + rand_str(r, 3, DIGITS))
        return body + codicefiscale.calc_check_digit(body)
    if c == "NL":
        return _complete(r, lambda: str(r.randint(1, 7)) + rand_str(r, 7, DIGITS), "nl.bsn")
    if c == "PT":
        return _complete(r, lambda: str(r.choice([1, 2])) + rand_str(r, 7, DIGITS), "pt.nif")
    if c == "BR":
        v = _complete(r, lambda: rand_str(r, 9, DIGITS), "br.cpf", DIGITS, 2)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if c == "PL":
        month = d.month + (20 if d.year >= 2000 else 0)
        return _complete(r, lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + rand_str(r, 3, DIGITS) + str(r.choice("13579" if man else "02468")), "pl.pesel")
    if c == "SE":
        v = _complete(r, lambda: yymmdd + rand_str(r, 3, DIGITS), "se.personnummer")
        return f"{d.year // 100}{v[:6]}-{v[6:]}" if r.random() < 0.3 else f"{v[:6]}-{v[6:]}"
    if c == "NO":
        return _complete(r, lambda: ddmmyy + str(r.randint(0, 4)) + rand_str(r, 2, DIGITS), "no.fodselsnummer", DIGITS, 2)
    if c == "DK":
        v = _complete(r, lambda: ddmmyy + (str(r.randint(0, 3)) if d.year < 2000 else r.choice("49")) + rand_str(r, 2, DIGITS), "dk.cpr")
        return f"{v[:6]}-{v[6:]}"
    if c == "FI":
        return _complete(r, lambda: ddmmyy + ("-" if d.year < 2000 else "A") + rand_str(r, 3, DIGITS), "fi.hetu", "0123456789ABCDEFHJKLMNPRSTUVWXY")
    if c in ("CZ", "SK"):
        month = d.month + (0 if man else 50)
        v = _complete(r, lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + rand_str(r, 3, DIGITS), f"{c.lower()}.rc")
        return f"{v[:6]}/{v[6:]}"
    if c == "HU":
        return _hu_taj(r)
    if c == "RO":
        return _complete(r, lambda: str((1 if d.year < 2000 else 5) + (0 if man else 1)) + yymmdd + f"{r.randint(1, 46):02d}" + rand_str(r, 3, DIGITS), "ro.cnp")
    if c == "TR":
        return _complete(r, lambda: str(r.randint(1, 9)) + rand_str(r, 8, DIGITS), "tr.tckimlik", DIGITS, 2)
    if c == "GR":
        return _complete(r, lambda: ddmmyy + rand_str(r, 4, DIGITS), "gr.amka")
    if c == "RU":
        return _ru_snils(r)
    if c == "UA":
        return _complete(r, lambda: rand_str(r, 9, DIGITS), "ua.rntrc")
    if c == "BG":
        month = d.month + (40 if d.year >= 2000 else 0)
        return _complete(r, lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + rand_str(r, 2, DIGITS) + str(r.choice("02468" if man else "13579")), "bg.egn")
    if c == "HR":
        return _complete(r, lambda: str(r.randint(1, 9)) + rand_str(r, 9, DIGITS), "hr.oib")
    if c in ("LT", "EE"):
        lead = str((3 if d.year < 2000 else 5) + (0 if man else 1))
        return _complete(r, lambda: lead + yymmdd + rand_str(r, 3, DIGITS), "lt.asmens" if c == "LT" else "ee.ik")
    if c == "LV":
        v = _complete(r, lambda: ddmmyy + str(1 if d.year < 2000 else 2) + rand_str(r, 3, DIGITS), "lv.pvn")
        return f"{v[:6]}-{v[6:]}"
    if c == "IL":
        return _complete(r, lambda: rand_str(r, 8, DIGITS), "il.idnr")
    if c == "AE":
        body = "784" + str(d.year) + rand_str(r, 7, DIGITS)
        v = body + luhn_digit(body)
        return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"
    if c == "SA":
        body = "1" + rand_str(r, 8, DIGITS)
        return body + luhn_digit(body)
    if c == "CN":
        return _complete(r, lambda: r.choice(["320106", "370202", "430102", "530102", "330203"]) + d.strftime("%Y%m%d") + rand_str(r, 3, DIGITS),
                         "cn.ric", DIGITS + "X")
    if c == "JP":
        v = _complete(r, lambda: str(r.randint(1, 9)) + rand_str(r, 10, DIGITS), "jp.in_")
        return f"{v[:4]} {v[4:8]} {v[8:]}" if r.random() < 0.6 else v
    if c == "KR":
        v = _complete(r, lambda: yymmdd + str((1 if d.year < 2000 else 3) + (0 if man else 1)) + rand_str(r, 5, DIGITS), "kr.rrn")
        return f"{v[:6]}-{v[6:]}"
    if c == "TH":
        v = _complete(r, lambda: str(r.randint(1, 5)) + rand_str(r, 11, DIGITS), "th.pin")
        return f"{v[0]} {v[1:5]} {v[5:10]} {v[10:12]} {v[12]}" if r.random() < 0.5 else v
    if c == "VN":
        return r.choice(["001", "036", "046", "056", "079"]) + ("0" if man else "1") + d.strftime("%y") + rand_str(r, 6, DIGITS)
    if c == "ID":
        return _complete(r, lambda: r.choice(["3273", "3374", "5171", "1671", "3271"]) + rand_str(r, 2, DIGITS)
                         + f"{d.day + (0 if man else 40):02d}{d.month:02d}{d.year % 100:02d}" + rand_str(r, 3, DIGITS), "id.nik")
    raise KeyError(c)


# ---------------------------------------------------------------------------------------------------------------------
# Network addresses and secrets
# ---------------------------------------------------------------------------------------------------------------------
_NOT_PUBLIC = {0, 10, 100, 127, 169, 172, 192, 198, 203}


def ip_address(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choices(["pub", "lan", "v6"], [5, 2, 3])[0]
    if kind == "lan":
        return r.choice([f"192.168.{r.choice([0, 1, 1, 2, 10, 86, 178])}.{r.randint(2, 253)}", f"10.{r.randint(0, 40)}.{r.randint(0, 255)}.{r.randint(2, 250)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 250)}"])
    if kind == "v6":
        prefix = r.choice(["2a02:8108", "2003:e5", "2a01:e0a", "2600:1700", "2607:fb90", "2401:4900", "240e:3b7", "2804:14c", "2a0d:5600"])
        rest = [f"{r.randint(0, 0xffff):x}" for _ in range(8 - prefix.count(":") - 1)]
        if r.random() < 0.45:
            return f"{prefix}:{rest[0]}:{rest[1]}::{r.randint(1, 0xffff):x}"
        return ":".join([prefix, *rest])
    while True:
        first = r.randint(2, 223)
        if first not in _NOT_PUBLIC:
            return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def jwt_token(r: random.Random, subject: str = "") -> str:
    header = {"alg": r.choice(["RS256", "HS512", "EdDSA"]), "kid": rand_str(r, 8, HEX), "typ": "JWT"}
    claims = {"sub": subject or f"usr_{rand_str(r, 12)}", "aud": r.choice(["payroll", "portal", "mobile"]), "exp": r.randint(1_770_000_000, 1_800_000_000)}
    return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()), b64url(json.dumps(claims, separators=(",", ":")).encode()),
                     b64url(r.randbytes(r.choice([32, 48, 64])))])


def private_key_block(r: random.Random) -> str:
    label = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"])
    body = base64.b64encode(r.randbytes(r.choice([150, 210, 270]))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"])


_SEED_WORDS = ("orbit velvet harvest canyon pilot lemon ridge silent ticket oyster brave summer frost meadow anchor copper "
               "puzzle lantern rocket shallow timber violin walnut zebra").split()

TOKENS = {
    "aws": lambda r: "AKIA" + rand_str(r, 16, UPPER + "234567"),
    "aws_secret": lambda r: rand_str(r, 40, ALNUM + "/+"),
    "openai": lambda r: "sk-proj-" + rand_str(r, 48, URLSAFE) + "T3BlbkFJ" + rand_str(r, 48, URLSAFE),
    "anthropic": lambda r: "sk-ant-api03-" + rand_str(r, 95, URLSAFE) + "AA",
    "github": lambda r: r.choice(["ghp_", "ghu_", "ghr_"]) + rand_str(r, 36),
    "github_pat": lambda r: "github_pat_11" + rand_str(r, 20, UPPER + DIGITS) + "_" + rand_str(r, 59),
    "gitlab": lambda r: "glpat-" + rand_str(r, 20, URLSAFE),
    "slack": lambda r: f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**12, 10**13)}-{rand_str(r, 24)}",
    "stripe": lambda r: r.choice(["sk_live_", "rk_live_"]) + "51" + rand_str(r, 96),
    "google": lambda r: "AIza" + rand_str(r, 35, URLSAFE),
    "google_oauth": lambda r: "GOCSPX-" + rand_str(r, 28, URLSAFE),
    "twilio": lambda r: rand_str(r, 32, HEX),
    "sendgrid": lambda r: "SG." + rand_str(r, 22, URLSAFE) + "." + rand_str(r, 43, URLSAFE),
    "mailchimp": lambda r: rand_str(r, 32, HEX) + "-us" + str(r.randint(2, 21)),
    "cloudflare": lambda r: rand_str(r, 40, URLSAFE),
    "digitalocean": lambda r: "dop_v1_" + rand_str(r, 64, HEX),
    "square": lambda r: "EAAA" + rand_str(r, 60, URLSAFE),
    "atlassian": lambda r: "ATATT3xFfGF0" + rand_str(r, 180, URLSAFE) + "=" + rand_str(r, 8, HEX.upper()),
    "notion": lambda r: "ntn_" + rand_str(r, 46),
    "airtable": lambda r: "pat" + rand_str(r, 14) + "." + rand_str(r, 64, HEX),
    "figma": lambda r: "figd_" + rand_str(r, 40, URLSAFE),
    "sentry": lambda r: "sntrys_" + rand_str(r, 120),
    "grafana": lambda r: "glsa_" + rand_str(r, 32) + "_" + rand_str(r, 8, HEX),
    "newrelic": lambda r: "NRAK-" + rand_str(r, 27, UPPER + DIGITS),
    "databricks": lambda r: "dapi" + rand_str(r, 32, HEX),
    "pulumi": lambda r: "pul-" + rand_str(r, 40, HEX),
    "dockerhub": lambda r: "dckr_pat_" + rand_str(r, 27, URLSAFE),
    "rubygems": lambda r: "rubygems_" + rand_str(r, 48, HEX),
    "npm": lambda r: "npm_" + rand_str(r, 36),
    "huggingface": lambda r: "hf_" + rand_str(r, 34, string.ascii_letters),
    "replicate": lambda r: "r8_" + rand_str(r, 37),
    "groq": lambda r: "gsk_" + rand_str(r, 52),
    "telegram": lambda r: f"{r.randint(6_000_000_000, 7_999_999_999)}:AA{rand_str(r, 33, URLSAFE)}",
    "doppler": lambda r: "dp.st." + r.choice(["prd", "dev", "stg"]) + "." + rand_str(r, 43),
    "vault": lambda r: "hvs." + rand_str(r, 90, URLSAFE),
    "age": lambda r: "AGE-SECRET-KEY-1" + rand_str(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
    "wireguard": lambda r: base64.b64encode(r.randbytes(32)).decode(),
    "totp": lambda r: " ".join(rand_str(r, 4, BASE32) for _ in range(8)),
    "eth": lambda r: "0x" + rand_str(r, 64, HEX),
    "seed": lambda r: " ".join(r.sample(_SEED_WORDS, 12)),
    "firebase": lambda r: "AAAA" + rand_str(r, 7, URLSAFE) + ":APA91b" + rand_str(r, 134, URLSAFE),
    "azure_sas": lambda r: base64.b64encode(r.randbytes(32)).decode(),
    "okta": lambda r: "00" + rand_str(r, 40, URLSAFE),
    "heroku": lambda r: "HRKU-AA" + rand_str(r, 58, URLSAFE),
    "shopify": lambda r: "shpat_" + rand_str(r, 32, HEX),
    "mapbox": lambda r: "sk.eyJ1Ijoi" + rand_str(r, 60, URLSAFE) + "." + rand_str(r, 22, URLSAFE),
}
_PASS_WORDS = ["Gooseberry", "tractor", "Heliotrope", "puffin", "Clementine", "larch", "Quokka", "saffron", "Bramble", "oxbow", "Pelican", "rhubarb"]


def password(r: random.Random, style: str = "") -> str:
    style = style or r.choice(["cap", "phrase", "symbols", "date"])
    if style == "cap":
        return f"{r.choice(_PASS_WORDS).capitalize()}{r.randint(1, 99)}{r.choice('!$%&?')}{r.choice(_PASS_WORDS).lower()}"
    if style == "phrase":
        return ".".join(r.sample([w.lower() for w in _PASS_WORDS], 4))
    if style == "date":
        return f"{r.choice(_PASS_WORDS)}{r.randint(1970, 2012)}{r.choice('#*!')}"
    return rand_str(r, r.randint(16, 24), ALNUM + "!@#$%^*-_=+")


# ---------------------------------------------------------------------------------------------------------------------
# Organisations and links that point at a person
# ---------------------------------------------------------------------------------------------------------------------
EMPLOYERS = {
    "en": ["Larkhill Payroll Bureau", "Cobbett & Vane Insurance Brokers", "Millbrook Veterinary Surgery", "Harrowgate Moving & Storage",
           "St Aldric's Primary School", "Pennywhistle Mortgage Advisers", "Thornbury Tax & Accounts", "Oakhurst Clinical Research Unit",
           "Keelson Customs Brokerage", "Brightwater Dental Studio", "Foxley Fleet Services", "Calder Valley Credit Union",
           "Wrenfield Property Lettings", "Glasshouse Physiotherapy", "Amberley Recovery Services", "Tanager Home Care"],
    "de": ["Hausarztpraxis Dr. Lindqvist-Auer", "Spedition Kemper & Söhne", "Lohnbüro Hartwig", "Tierarztpraxis am Stadtwald", "Raiffeisenbank Oberes Gäu",
           "Umzüge Brandl GmbH", "Grundschule Sonnenhang"],
    "fr": ["Cabinet vétérinaire des Marronniers", "Déménagements Lacoste", "Courtage Hervieu Assurances", "École élémentaire Les Cèdres",
           "Caisse d'épargne de Plouzané"],
    "es": ["Gestoría Albarracín", "Mudanzas El Puente", "Clínica Veterinaria Los Álamos", "Correduría de Seguros Prieto", "CEIP Río Arga"],
    "it": ["Studio Commercialista Pagnotta", "Traslochi Bellini", "Ambulatorio Veterinario San Rocco", "Cassa Rurale Alto Garda"],
    "nl": ["Loonadministratie Van Houten", "Verhuisbedrijf De Zwaluw", "Dierenkliniek Het Anker", "Basisschool De Wilgen"],
    "pt": ["Contabilidade Prado & Lemos", "Mudanças Rápidas Lda.", "Clínica Veterinária do Bonfim", "Escola Municipal Monteiro Lobato"],
    "pl": ["Biuro Kadrowo-Płacowe Sowa", "Przeprowadzki Żuraw", "Przychodnia Weterynaryjna Azor"],
    "sv": ["Lönebyrån i Gävle", "Flyttfirman Bäver", "Djurkliniken Tassen"],
    "no": ["Lønnskontoret Vestland", "Flyttebyrået Elg", "Dyreklinikken Poten"],
    "da": ["Lønservice Fyn", "Flyttefirmaet Stork", "Dyrlægehuset Mølleparken"],
    "fi": ["Palkkatoimisto Kataja", "Muuttopalvelu Karhu", "Eläinklinikka Tassula"],
    "cs": ["Mzdová kancelář Jelínek", "Stěhování Sokol", "Veterinární klinika Pod Lipou"],
    "sk": ["Mzdové služby Orol", "Sťahovanie Medveď", "Veterinárna ambulancia Labka"],
    "hu": ["Bérszámfejtő Iroda Kft.", "Költöztető Bagoly Bt.", "Állatorvosi Rendelő Mancs"],
    "ro": ["Cabinet Contabil Vulpe", "Mutări Express Cerb", "Clinica Veterinară Lăbuța"],
    "tr": ["Bordro Danışmanlık Çınar", "Nakliyat Leylek", "Pati Veteriner Kliniği"],
    "el": ["Λογιστικό Γραφείο Πλάτανος", "Μετακομίσεις Γλάρος", "Κτηνιατρείο Αρετή"],
    "ru": ["ООО «Расчётный центр Кедр»", "Переезды «Лось»", "Ветклиника «Лапка»"],
    "uk": ["ФОП «Бухгалтерія Калина»", "Перевезення «Лелека»", "Ветклініка «Лапа»"],
    "bg": ["Счетоводство „Дъб“", "Хамали „Щъркел“", "Ветеринарна клиника „Лапичка“"],
    "hr": ["Knjigovodstvo Hrast", "Selidbe Roda", "Veterinarska stanica Šapa"],
    "lt": ["Apskaitos biuras Ąžuolas", "Perkraustymas Gandras", "Veterinarijos klinika Letenėlė"],
    "lv": ["Grāmatvedības birojs Ozols", "Pārvākšanās Stārķis", "Veterinārā klīnika Ķepa"],
    "et": ["Raamatupidamine Tamm OÜ", "Kolimisteenus Toonekurg", "Loomakliinik Käpp"],
    "he": ["משרד הנהלת חשבונות אלון", "הובלות חסידה", "מרפאה וטרינרית כפות"],
    "ar": ["مكتب الواحة للمحاسبة", "شركة النسر للنقل", "عيادة الرفق البيطرية"],
    "hi": ["वर्मा पेरोल सर्विसेज", "शिवम पैकर्स एंड मूवर्स", "पशु सेवा क्लिनिक"],
    "zh": ["南京恒信财税咨询有限公司", "青岛顺达搬家公司", "宠爱动物医院"],
    "ja": ["みどり給与計算事務所", "さくら引越センター", "わんにゃん動物病院"],
    "ko": ["한결세무회계", "다온이사", "튼튼동물병원"],
    "th": ["สำนักงานบัญชีทองคำ", "บริษัทขนย้ายนกกระสา", "คลินิกรักษาสัตว์อุ้งเท้า"],
    "vi": ["Công ty Kế toán Đại Phát", "Chuyển nhà Thành Công", "Phòng khám Thú y Bốn Chân"],
    "id": ["Kantor Konsultan Pajak Sentosa", "Jasa Pindahan Bangau", "Klinik Hewan Cakar"],
}


def person_link(r: random.Random, p: Person, kind: str = "") -> str:
    f, l = handle(p.first_latin), handle(p.last_latin)
    kind = kind or r.choice(["linkedin", "github", "site", "behance", "substack", "youtube", "tiktok", "bsky", "linktree", "venmo",
                             "paypal", "gdoc", "onedrive", "facebook", "medium", "gofundme", "airbnb", "unsubscribe"])
    makers = {
        "linkedin": lambda: f"https://www.linkedin.com/in/{f}{l}{r.randint(1, 999)}/",
        "github": lambda: f"https://github.com/{f}-{l}",
        "site": lambda: f"https://www.{f}{l}.{r.choice(['com', 'co.uk', 'io', 'art'])}",
        "behance": lambda: f"https://www.behance.net/{f}{l[:4]}",
        "substack": lambda: f"https://{f}{l}.substack.com",
        "youtube": lambda: f"https://www.youtube.com/@{f}{l}{r.choice(['', 'vlogs', 'music'])}",
        "tiktok": lambda: f"https://www.tiktok.com/@{f}.{l}",
        "bsky": lambda: f"https://bsky.app/profile/{f}{l}.bsky.social",
        "linktree": lambda: f"https://linktr.ee/{f}_{l}",
        "venmo": lambda: f"https://venmo.com/u/{f}-{l}-{r.randint(1, 9)}",
        "paypal": lambda: f"https://paypal.me/{f}{l}",
        "gdoc": lambda: f"https://docs.google.com/spreadsheets/d/{rand_str(r, 44, URLSAFE)}/edit?usp=sharing",
        "onedrive": lambda: f"https://1drv.ms/f/s!{rand_str(r, 26, URLSAFE)}",
        "facebook": lambda: f"https://www.facebook.com/{f}.{l}.{r.randint(1, 99)}",
        "medium": lambda: f"https://medium.com/@{f}{l}",
        "gofundme": lambda: f"https://www.gofundme.com/f/help-{f}-{l}-{r.choice(['recover', 'rebuild', 'get-home'])}",
        "airbnb": lambda: f"https://www.airbnb.com/users/show/{r.randint(10_000_000, 599_999_999)}",
        "unsubscribe": lambda: f"https://mail.{r.choice(['larkhill-payroll', 'calderunion', 'wrenfield-lettings'])}.com/u?e={email_of(r, p).replace('@', '%40')}",
    }
    return makers[kind]()


# ---------------------------------------------------------------------------------------------------------------------
# Lookalikes: values shaped like PII that are not (no span is made for them)
# ---------------------------------------------------------------------------------------------------------------------
LOOKALIKE = {
    "order": lambda r: r.choice(["#", "ORD-", "SO-", "WO-", "CASE-", "BKG"]) + rand_str(r, r.choice([7, 9, 11]), DIGITS),
    "version": lambda r: f"v{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 19)}",
    "uuid": lambda r: "-".join(rand_str(r, n, HEX) for n in (8, 4, 4, 4, 12)),
    "sha1": lambda r: rand_str(r, 40, HEX),
    "sha256": lambda r: rand_str(r, 64, HEX),
    "commit": lambda r: rand_str(r, 8, HEX),
    "price": lambda r: r.choice(["$", "£", "€", "A$", "¥"]) + f"{r.randint(2, 2999)}.{r.choice(['00', '49', '95', '99'])}",
    "docip": lambda r: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254)),
    "docip6": lambda r: f"2001:db8:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}",
    "loopback": lambda r: r.choice(["127.0.0.1", "::1", "0.0.0.0", "localhost", "127.0.1.1"]),
    "mask": lambda r: r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252"]),
    "example_mail": lambda r: r.choice(["someone@example.com", "test@example.org", "admin@example.net", "no-reply@example.com"]),
    "test_card": lambda r: r.choice(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005", "6011 1111 1111 1117"]),
    "placeholder_key": lambda r: r.choice(["sk-...", "sk-proj-XXXXXXXX", "<YOUR_TOKEN>", "AKIA................", "ghp_****************", "xxxx-xxxx-xxxx",
                                           "${{ secrets.DEPLOY_KEY }}", "$STRIPE_SECRET_KEY", "your-password-here", "REDACTED", "hunter2-style-example"]),
    "docs": lambda r: r.choice(["https://docs.python.org/3/library/ipaddress.html", "https://www.irs.gov/forms-pubs/about-form-w-2",
                                "https://developer.hashicorp.com/vault/docs/concepts/tokens", "https://www.ssa.gov/employer/randomization.html",
                                "https://en.wikipedia.org/wiki/International_Bank_Account_Number", "https://yaml.org/spec/1.2.2/",
                                "https://datatracker.ietf.org/doc/html/rfc3849", "https://learn.microsoft.com/en-us/sql/t-sql/statements/insert-transact-sql",
                                "https://docs.github.com/en/code-security/secret-scanning", "https://www.gov.uk/national-insurance"]),
    "cve": lambda r: f"CVE-{r.randint(2018, 2026)}-{r.randint(1000, 52000)}",
    "mac": lambda r: "-".join(rand_str(r, 2, HEX.upper()) for _ in range(6)),
    "tracking": lambda r: r.choice(["1Z", "JD", "LX"]) + rand_str(r, 16, UPPER + DIGITS),
    "year": lambda r: str(r.randint(1985, 2027)),
    "month_year": lambda r: f"{r.choice(MONTH_NAMES['en'].split())} {r.randint(2019, 2027)}",
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45'])}",
    "isbn": lambda r: r.choice(["978-0-596-52068-7", "978-1-59327-584-6", "978-0-13-235088-4", "978-1-098-12597-4"]),
    "invalid_ssn": lambda r: r.choice(["000-12-3456", "666-45-1234", "912-34-5678", "123-00-4567", "219-09-0000", "987-65-4320"]),
    "vin": lambda r: r.choice(["1HGCM82633A004352", "WVWZZZ1JZXW000001", "5YJ3E1EA7KF000316"]),
    "sku": lambda r: f"{rand_str(r, 3, UPPER)}-{rand_str(r, 4, DIGITS)}-{rand_str(r, 2, UPPER)}",
    "port": lambda r: str(r.choice([22, 25, 443, 3306, 5432, 8443, 9100, 51820])),
    "cidr": lambda r: r.choice(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fd00::/8"]),
    "callsign_generic": lambda r: r.choice(["CQ", "QRZ?", "73", "QSL"]),
    "percent": lambda r: f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
}


# ---------------------------------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------------------------------
class Context:
    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, _, self.country = locale.partition("-")
        self.people: dict[int, Person] = {}
        self.made: dict[str, Parts] = {}

    def person(self, n: int) -> Person:
        if n not in self.people:
            for _ in range(12):
                candidate = Person(self.rng, self.country)
                if all(candidate.first != q.first and candidate.last != q.last for q in self.people.values()):
                    break
            self.people[n] = candidate
        return self.people[n]


_SLOT_RE = re.compile(r"^(?P<kind>[a-z_]+)(?:\.(?P<who>\d))?(?::(?P<arg>.*))?$")
_FRESH_EACH_TIME = {"pick", "num"}


def fill(ctx: Context, slot: str) -> Parts:
    """One slot's text as (piece, TYPE or None) pairs; the same slot written twice in a prompt gives the same value."""
    if slot == "lb":
        return [("{", None)]
    if slot == "rb":
        return [("}", None)]
    m = _SLOT_RE.match(re.sub(r"#\w+", "", slot))  # the tag only tells draws apart: it is part of the cache key, not the value
    if m is None:
        raise KeyError(slot)
    kind = m["kind"]
    if slot in ctx.made and kind not in _FRESH_EACH_TIME:
        return ctx.made[slot]
    parts = _value(ctx, kind, int(m["who"] or 1), m["arg"] or "")
    ctx.made[slot] = parts
    return parts


_PERSONAL = {"name", "first", "last", "latin", "upper", "initials", "email", "phone", "dob", "natid", "iban", "addr", "home", "link",
             "login", "token_for", "handle", "card"}


def _value(ctx: Context, kind: str, who: int, arg: str) -> Parts:
    r = ctx.rng
    p = ctx.person(who) if kind in _PERSONAL else None
    if p is not None:
        if kind == "name":
            return [(p.full, "PERSON")]
        if kind == "first":
            return [(p.first, "PERSON")]
        if kind == "last":
            return [(p.last, "PERSON")]
        if kind == "latin":
            return [(f"{p.first_latin} {p.last_latin}", "PERSON")]
        if kind == "upper":  # SURNAME/GIVEN as on a travel document's machine line or a payroll export
            sep = arg or ", "
            return [(fold(p.last_latin).upper(), "PERSON"), (sep, None), (fold(p.first_latin).upper(), "PERSON")]
        if kind == "initials":
            return [(f"{p.first_latin[0]}.", "PERSON"), (" ", None), (p.last_latin, "PERSON")]
        if kind == "handle":
            return [(f"{handle(p.first_latin)}_{handle(p.last_latin)[:4]}", None)]
        if kind == "login":
            return [(f"{handle(p.first_latin)[0]}{handle(p.last_latin)}", None)]
        if kind == "email":
            return [(email_of(r, p, arg), "EMAIL")]
        if kind == "phone":
            return [(phone_number(r, p.country), "PHONE")]
        if kind == "dob":
            return [(write_date(r, arg or ctx.lang, p.country, p.dob), "DATE_OF_BIRTH")]
        if kind == "natid":
            return [(national_number(r, p), "NATIONAL_ID")]
        if kind == "iban":
            return [(iban_number(r, arg or IBAN_ABROAD.get(p.country, p.country)), "IBAN")]
        if kind == "card":
            return [(card_number(r, arg), "CREDIT_CARD")]
        if kind == "addr":
            key = f"addr:{who}"
            if key not in ctx.made:
                ctx.made[key] = [(street_address(r, p), "ADDRESS")]
            return ctx.made[key]
        if kind == "home":
            return [(p.town, "LOCATION")]
        if kind == "link":
            return [(person_link(r, p, arg), "URL")]
        if kind == "token_for":
            return [(jwt_token(r, email_of(r, p)), "SECRET")]
    if kind == "ssn":
        return [(ssn_number(r, arg), "US_SSN")]
    if kind == "town":
        taken = {q.town for q in ctx.people.values()}
        towns = [t for t in PEOPLE[ctx.country]["towns"] if t not in taken] or PEOPLE[ctx.country]["towns"]
        return [(r.choice(towns), "LOCATION")]
    if kind == "org":
        return [(r.choice(EMPLOYERS.get(arg or ctx.lang, EMPLOYERS["en"])), "ORGANIZATION")]
    if kind == "date":
        day = datetime.date(2025, 6, 1) + datetime.timedelta(days=r.randint(0, 720))
        return [(write_date(r, arg or ctx.lang, ctx.country, day), "DATE")]
    if kind == "ip":
        return [(ip_address(r, arg), "IP_ADDRESS")]
    if kind == "key":
        return [(TOKENS[arg or r.choice(list(TOKENS))](r), "SECRET")]
    if kind == "jwt":
        return [(jwt_token(r), "SECRET")]
    if kind == "pem":
        return [(private_key_block(r), "SECRET")]
    if kind == "pw":
        return [(password(r, arg), "SECRET")]
    if kind == "dburl":
        scheme = arg or r.choice(["postgresql", "mysql", "mariadb", "mongodb+srv", "rediss", "amqps", "mssql"])
        user = r.choice(["payroll_app", "etl", "claims_rw", "svc_movers", "readonly", "admin"])
        host = r.choice(["10.20.3.15", "db-payroll.internal", "cluster0.x7kq2.mongodb.net", "cache.lan", "mq.fleet.local", "sql01.corp.lan"])
        return [(f"{scheme}://", None), (f"{user}:{password(r, r.choice(['cap', 'symbols', 'date']))}", "SECRET"),
                (f"@{host}/{r.choice(['payroll', 'claims', 'tenants', 'fleet', 'trial'])}", None)]
    if kind == "userpass":
        return [(f"{r.choice(['admin', 'svc-backup', 'ftpuser', 'deploy'])}:{password(r, 'symbols')}", "SECRET")]
    if kind == "cc":
        return [(card_number(r, arg), "CREDIT_CARD")]
    if kind == "acct":
        return [(iban_number(r, arg), "IBAN")]
    if kind == "neg":
        return [(LOOKALIKE[arg](r), None)]
    if kind == "num":
        lo, hi = arg.split("-")
        return [(str(r.randint(int(lo), int(hi))), None)]
    if kind == "pick":
        return [(r.choice(arg.split("|")), None)]
    if kind == "clock":
        return [(f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d}", None)]
    if kind == "stamp":
        return [(f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", None)]
    if kind == "expiry":
        return [(f"{r.randint(1, 12):02d}/{r.randint(26, 32)}", None)]
    if kind == "money":
        return [(f"{r.randint(15, 9800):,}.{r.randint(0, 99):02d}", None)]
    raise KeyError(kind)


def _braces(template: str) -> str:
    """Doubled braces become {lb}/{rb}; slots are kept."""
    return re.sub(r"\{\{|\}\}|\{[^{}]*\}", lambda m: {"{{": "{lb}", "}}": "{rb}"}.get(m[0], m[0]), template)


# ---------------------------------------------------------------------------------------------------------------------
# English prompts: each body is asked for with two of these opening lines
# ---------------------------------------------------------------------------------------------------------------------
_ASKS = [
    "", "Can you clean this up?\n", "What does this mean for me?\n\n", "Make a checklist from this:\n", "Reply on my behalf, briefly.\n\n",
    "Spot any errors here:\n", "I pasted this from a PDF, please reformat it.\n\n", "Turn this into a table please\n", "tl;dr?\n\n",
    "Translate the jargon into plain English:\n", "Draft a follow-up email based on this:\n\n", "Does this look legit to you?\n",
    "Parse this into JSON.\n", "Sorry for the wall of text. What should I do next?\n\n", "Summarise in three bullets:\n",
    "Help me fill in what's missing:\n", "Can you write a script that processes files like this?\n", "quick sanity check pls\n",
]
_EN_BODIES: list[tuple[str, str]] = [
    # --- US_SSN in many carriers
    ("en-US", "W-2 Wage and Tax Statement (copy B)\na Employee's social security number  {ssn}\nb Employer identification number  {num:10-99}-{num:1000000-9999999}\nc Employer's name  {org}\ne Employee's first name and initial / Last name  {first} {last}\nf Employee's address  {addr}\n1 Wages, tips  {money}"),
    ("en-US", "Form 1099-MISC (pasted from the portal)\nRECIPIENT'S TIN: {ssn:bare}\nRECIPIENT'S name: {upper}\nStreet address: {addr}\nPAYER: {org}\nBox 3 Other income: ${money}"),
    ("en-US", "payroll_export_{num:2024-2026}.tsv\nEMPNO\tLAST\tFIRST\tTAXID\tSTATE\n{num:1000-9999}\t{last}\t{first}\t{ssn}\t{pick:MN|MT|NC|AZ}\n{num:1000-9999}\t{last.2}\t{first.2}\t{ssn#b}\t{pick:TX|NY|WA|CO}\nThe TAXID column imports as a number and drops leading zeros. Fix?"),
    ("en-US", "BACKGROUND SCREENING REPORT\nSubject: {name}    SSN trace: {ssn} (issued {pick:1987-1989|1990-1992|2001-2003})\nAliases: {initials}\nAddress history: {addr}\nDOB: {dob}\nCounty criminal search: clear\nIs 'SSN trace' the same as verifying the number?"),
    ("en-US", "onboarding chat\nHR ({clock}): Hi {first}! Welcome aboard. For the I-9 can you confirm the last part of your social?\n{first} ({clock}): sure it's {ssn:space}, full thing\nHR: Thanks, and your start date is {date}.\nWas it OK for HR to ask this in Teams?"),
    ("en-US", "Loan application - section IV Borrower Information\nBorrower: {name}   SSN: {ssn}   Date of Birth: {dob}\nCo-Borrower: {name.2}   SSN: {ssn#co}   Date of Birth: {dob.2}\nPresent Address: {addr}\nMortgage broker: {org}"),
    ("en-US", "INSERT INTO claimants (full_name, ssn, dob, phone) VALUES ('{name}', '{ssn}', '{dob}', '{phone}');\nThis fails with 'value too long for type character(9)'. Why?"),
    ("en-US", "Hi, I'm a tax preparer. A client, {name}, texted me her husband's social as {ssn:bare} and her own as {ssn#w:bare}. Is it ok to keep these in my phone's notes until filing on {date}?"),
    ("en-US", "Debt collection letter I got:\n\"RE: Account {neg:order}. Our records show a balance owed by {name}, SSN ending in the number {ssn} (verified), at {addr}. Call {phone} within 30 days.\"\nThey have my whole SSN. Can they do that?"),
    ("en-US", "Traceback (most recent call last):\n  File \"benefits/enroll.py\", line 88, in submit\n    validate_ssn(member['ssn'])\nValueError: bad SSN for member {{'name': '{name}', 'ssn': '{ssn}', 'plan': 'PPO'}}\nThe number looks fine to me?"),
    ("en-US", "Church register transcription help. Entry reads: 'Baptised {date} — {name}, son/daughter of {name.2}. Parent's soc. sec. no. {ssn} noted for the county records.' Should a parish even keep that?"),
    ("en-US", "My mom {name} (DOB {dob}) got a robocall saying her SSN {ssn} was 'suspended' and to call {phone}. She lives in {home}. What do I tell her?"),
    ("en-US", "Clinical trial screening log\n| subj | initials | ssn (for payments) | consent date |\n| 014 | {initials} | {ssn} | {date} |\n| 015 | {initials.2} | {ssn#s} | {date#s} |\nThe sponsor says SSNs should not be in this log. Where should they live instead?"),
    ("en-US", "voice memo transcript: \"okay so for the landlord form, my social is {ssn:space}, my employer is {org}, and I make about four thousand a month, my cell is {phone}\" — can you turn that into the form fields?"),
    ("en-US", "employee_id,ssn_last4,ssn_full,ee_name\n{num:100-999},{num:1000-9999},{ssn:bare},{name}\n{num:100-999},{num:1000-9999},{ssn#z:bare},{name.2}\nWhy would a payroll bureau need both columns?"),
    ("en-US", "Court filing draft (family court, financial affidavit)\nPetitioner: {name}\nSocial Security No.: {ssn}\nRespondent: {name.2}\nSocial Security No.: {ssn#r}\nFiled {date}\nShould these be redacted before e-filing?"),
    ("en-US", "Fixed-width record from the state unemployment file:\n{ssn:bare}{upper: }   {date}  CLAIM  {num:100-999}.00\nCan you write a Python parser for this layout?"),
    ("en-US", "Moving company's quote request asked for 'SSN for credit check'. I put {ssn} and my name {name}, moving from {addr} to {town} on {date}. Did I overshare?"),
    ("en-US", "<Employee>\n  <Name>{name}</Name>\n  <SSN>{ssn}</SSN>\n  <HireDate>{date}</HireDate>\n  <Email>{email}</Email>\n</Employee>\nThis XML comes from our old HRIS. Convert to CSV."),
    ("en-US", "Gig app verification: the driver account for {name} ({email}) was flagged because the SSN on the background check ({ssn}) differs from the one entered at signup ({ssn#x}). How do I appeal?"),
    ("en-US", "Dependent verification for open enrollment:\n- Spouse: {name.2}, SSN {ssn#sp}, DOB {dob.2}\n- Me: {name}, SSN {ssn}, DOB {dob}\nThe insurer's portal wants them by {date}."),
    ("en-US", "In [7]: df[df.ssn.str.len() != 11].head()\nOut[7]:\n      name              ssn        dob\n 3    {name}   {ssn:bare}   {dob}\n 9    {name.2}   {ssn#o:space}   {dob.2}\nHow do I normalise these to the dashed format?"),
    ("en-US", "Vet clinic new-client form (why??):\nOwner: {name}\nOwner SSN (for payment plan): {ssn}\nPet: Biscuit, beagle\nPhone: {phone}\nShould I refuse to fill in the SSN line?"),
    ("en-US", "tax organizer notes for {name}: dependent {first.2} ssn {ssn#d}, own ssn {ssn}, moved to {home} in {neg:month_year}, new employer {org}"),
    ("en-US", "Subject: {last} loan docs\nHi, attaching the pay stubs. For the record my SSN is {ssn} and my wife's is {ssn#2}. Closing is set for {date}. - {first}"),
    ("en-US", "syslog line from the benefits server:\n{stamp} app01 enroll[2211]: WARN member lookup failed ssn={ssn} src={ip:pub}\nShould SSNs ever show up in syslog?"),
    ("en-US", "Landlord here. Applicant {name} gave SSN {ssn} and previous address {addr}. Screening came back with a different DOB than {dob}. How should I ask about it?"),
    # --- cards
    ("en", "Travel insurance claim: my card {card} was skimmed in {town} on {date}. Claimant {name}, policy with {org}. What evidence do they usually want?"),
    ("en", "Our moving company took a deposit on card {card} exp {expiry} and never showed up on {date}. Draft a chargeback explanation. I'm {name}, {phone}."),
    ("en", "OCR from a photo of a receipt, can you fix it?\n'CARDHOLDER: {upper: }\nCARD NO {card}\nAUTH CODE {num:100000-999999}\nTOTAL {neg:price}'"),
    ("en", "Jupyter cell output:\nIn [3]: payments.iloc[12]\nOut[3]:\nname        {name}\ncard        {card}\nexpiry      {expiry}\nemail       {email}\nI need to mask 'card' before sharing the notebook."),
    ("en", "Fleet fuel card {card:mc} assigned to driver {name} was used {num:3-9} times at the same station on {date}. Telematics put the van 200 miles away in {town}. Fraud?"),
    ("en", "git diff of our test fixture, someone pasted a real card:\n-  \"card\": \"{neg:test_card}\",\n+  \"card\": \"{card}\",\n+  \"holder\": \"{name}\",\nHow do I purge it from history?"),
    ("en", "Ham radio club dues: pay by card, {name} paid with {card} on {date}, callsign on the form. Write a receipt email to {email}."),
    ("en", "Daycare fee autopay form\nParent: {name}\nCard: {card:visa}\nExp: {expiry}\nChild starts {date}\nCan I ask them to delete the card after the first payment?"),
    ("en", "customer wrote into support chat: 'hi my card {card:amex} keeps getting declined on your site, my email is {email}'. Write a reply that asks them not to share card numbers."),
    ("en", "Expense claim CSV: date;merchant;amount;card\n{date};Hotel Millbrook;{money};{card}\n{date#b};Taxi;{money#b};{card}\nWhy does finance reject it?"),
    # --- IBAN
    ("en", "Landlord asked me to set up a standing order to {iban} for rent from {date}. The name on the account is {name}, not the agency {org}. Red flag?"),
    ("en", "Payroll bureau rejected this SEPA file line:\n<CdtrAcct><Id><IBAN>{iban}</IBAN></Id></CdtrAcct><Nm>{name}</Nm>\nWhat's wrong with the XML?"),
    ("en", "Customs broker invoice: please remit duties to IBAN {acct:GB} before {date}. Importer of record: {name}, {addr}. Is it normal for brokers to ask this?"),
    ("en", "Insurance adjuster settlement email: 'We will pay the agreed amount to {iban} held by {name} within 10 working days of {date}.' Can you check this reads as final?"),
    ("en", "Refund form from a school trip: student {name.2}, parent {name}, IBAN {iban}, amount {neg:price}. Make this into a polite confirmation."),
    ("en", "YAML for our payout service, is the schema right?\npayee:\n  name: {name}\n  iban: {iban}\n  email: {email}\nschedule: monthly"),
    ("en", "I'm paying a Polish builder. He sent {acct:PL} and his name {name}. Our bank app asks for a BIC too. How do I find it?"),
    # --- national IDs outside the US
    ("en-id", "Clinical trial consent packet checklist for participant {name}: ID number {natid}, DOB {dob}, GP surgery {org}. Which of these should go to the sponsor?"),
    ("en-id", "Mortgage broker wants certified copies. My ID is {natid}, I'm {name}, living at {addr}. Who can certify in {home}?"),
    ("en-id", "HR onboarding form extracted from a PDF:\nFull name ........ {name}\nTax / national no. {natid}\nDate of birth .... {dob}\nBank (IBAN) ...... {iban}\nStart date ....... {date}"),
    ("en-id", "Payroll mistake: my payslip shows someone else's ID number, {natid#o}, instead of mine, {natid}. I'm {name}. Write a complaint to payroll at {email#p}."),
    ("en-id", "Our church register lists {name}, born {dob}, national number {natid}, married {date}. I'm digitising it — what should I leave out?"),
    ("en-id", "tenant file for the new flat: {name}, ID {natid}, phone {phone}, previous landlord {name.2}. Convert into a reference request."),
    ("en-id", "Debt collection agency {org} wrote to {name} quoting ID number {natid} and a date of birth of {dob}. How can I check they're real?"),
    ("en-id", "```json\n{{\"student\": \"{name}\", \"national_id\": \"{natid}\", \"dob\": \"{dob}\", \"guardian_phone\": \"{phone}\"}}\n```\nSchool admin system export — how do I redact it for the inspectors?"),
    ("en-id", "Vet insurance claim for our dog. Policyholder {name}, ID no. {natid}, vet {org}, treatment {date}. Write a cover note."),
    # --- IP addresses in many carriers
    ("en", "Fleet telematics unit keeps reconnecting. Modem public IP {ip:pub}, the depot gateway {ip:lan}. Log:\n{stamp} tcu[881]: link up peer={ip:pub#p}\nWhat's going on?"),
    ("en", "Ham radio remote station: my shack is on {ip:pub} (port forwarded) and the rig controller on {ip:lan}. Is it safe to leave FlRig open?"),
    ("en", "Postfix log:\n{stamp} mail postfix/smtpd[4411]: connect from unknown[{ip:pub}]\n{stamp} mail postfix/smtpd[4411]: NOQUEUE: reject: RCPT from unknown[{ip:pub}]: 554 5.7.1 <{email}>: Relay access denied\nWhy is it rejecting my own laptop?"),
    ("en", "Our landlord's camera uploads to {ip:pub}. My flat's router is {ip:lan#r}. Can the landlord see my traffic?"),
    ("en", "Windows Event 4625: An account failed to log on. Account Name: {login}  Source Network Address: {ip:pub}  Workstation: {pick:DESKTOP-7Q2|LAPTOP-HR3}. That's {first}'s account. Brute force?"),
    ("en", "Cloudflare firewall event: {{\"clientIP\": \"{ip:v6}\", \"action\": \"block\", \"country\": \"{pick:DE|GB|US}\"}} — that's actually my home IPv6. How do I allowlist it?"),
    ("en", "Gig platform support: my account was locked after login from {ip:pub} at {clock}. I was at home in {home} on {ip:v6#h}. Help me write the appeal."),
    ("en", "tcpdump -n output:\nIP {ip:lan}.52114 > {ip:pub}.443: Flags [S]\nIP {ip:pub}.443 > {ip:lan}.52114: Flags [R.]\nThe .lan host is my son's console. Why RST?"),
    ("en", "sshd_config snippet:\nMatch Address {ip:pub},{ip:v6}\n    PasswordAuthentication yes\nThese are my home and my partner {name.2}'s address. Is this safe?"),
    ("en", "DHCP leases:\n{ip:lan}  {neg:mac}  {first}-iPhone\n{ip:lan#b}  {neg:mac}  {first.2}-laptop\nWhich one is chewing bandwidth?"),
    ("en", "Insurance adjuster found the claim form was submitted from {ip:pub}, not the claimant's usual {ip:pub#u}. Claimant {name}. What other checks are reasonable?"),
    ("en", "Court e-filing receipt: filed by {name} from IP {ip:v6} on {date}. Do I need to keep this?"),
    ("en", "Home Assistant config:\nhttp:\n  trusted_proxies:\n    - {ip:lan}\n  use_x_forwarded_for: true\n# external {ip:pub}\nIs the reverse proxy setup right?"),
    # --- secrets
    ("en", "Payroll bureau integration keeps 401-ing:\n```toml\n[api]\nbase = \"https://api.larkhill-payroll.example\"\nkey = \"{key:stripe}\"\nwebhook_secret = \"{key:twilio}\"\n```"),
    ("en", ".env.production\nDATABASE_URL={dburl:postgresql}\nSENTRY_AUTH_TOKEN={key:sentry}\nMAPBOX_TOKEN={key:mapbox}\nWhich of these can safely go to the frontend?"),
    ("en", "Notebook cell:\nimport openai\nopenai.api_key = \"{key:openai}\"\nresp = openai.chat.completions.create(...)\nError: insufficient_quota. Is the key wrong?"),
    ("en", "Our Jira automation uses {key:atlassian} as the API token for {email}. It stopped working after the SSO switch. Why?"),
    ("en", "fleet-config.yaml\ntelematics:\n  endpoint: mqtts://mq.fleet.local:8883\n  username: truck-{num:10-99}\n  password: {pw}\nmaps:\n  google_key: {key:google}\nWhy does the MQTT client say 'not authorised'?"),
    ("en", "docker login -u {login} -p {key:dockerhub}\nWARNING! Using --password via the CLI is insecure. Should I worry?"),
    ("en", "Notion integration returns 'API token is invalid': Authorization: Bearer {key:notion}"),
    ("en", "Someone posted our Airtable PAT {key:airtable} in the public Discord. What do I rotate first?"),
    ("en", "terraform {{\n  backend \"remote\" {{\n    token = \"{key:pulumi}\"\n  }}\n}}\nIs that even the right token type?"),
    ("en", "wg0.conf for my parents' house:\n[Interface]\nPrivateKey = {key:wireguard}\nAddress = 10.66.0.2/32\n[Peer]\nEndpoint = {ip:pub}:51820\nHandshake never completes."),
    ("en", "I wrote down my 2FA setup key as {key:totp}. If I lose my phone, can I re-add it to a new authenticator?"),
    ("en", "My crypto wallet recovery phrase is '{key:seed}'. Is it safe to store in Google Keep?"),
    ("en", "Mailchimp sync script fails:\nMC_KEY = '{key:mailchimp}'\nlist owner {email}\nError 401 'API Key Invalid'."),
    ("en", "Grafana provisioning:\napiVersion: 1\ndatasources:\n  - name: Prom\n    secureJsonData:\n      basicAuthPassword: {pw:symbols}\n      token: {key:grafana}"),
    ("en", "GitHub secret scanning emailed me about {key:github_pat} in repo {login}/dotfiles. It's my personal token. Next steps?"),
    ("en", "The age key for our backups: {key:age}. Where should I store it so that only me and {name.2} can restore?"),
    ("en", "Firebase push notifications stopped. Legacy server key: {key:firebase}. Do I need to migrate to HTTP v1?"),
    ("en", "ssh-keygen output, I think I pasted the wrong file into the ticket:\n{pem}\nDo I need to regenerate?"),
    ("en", "Heroku CLI login says token expired:\nHEROKU_API_KEY={key:heroku}\nOwner {email}."),
    ("en", "ftp upload script for the parish newsletter:\ncurl -T issue.pdf ftp://{userpass}@{ip:pub}/htdocs/\nWorks on my PC but not on {first}'s. Why?"),
    ("en", "Stack trace from the HR portal:\nAuthError: token rejected\n  at verify (auth.js:41)\n  token: '{token_for}'\nuser: {email}"),
    ("en", "Groq and Replicate keys in my config: GROQ_API_KEY={key:groq} REPLICATE_API_TOKEN={key:replicate}. Why does the second one 403?"),
    ("en", "Ethereum dev wallet private key {key:eth} — I accidentally used it on mainnet. Is it compromised if it was only in my local .env?"),
    ("en", "rubygems push fails with 'Access Denied' using GEM_HOST_API_KEY={key:rubygems}. Owner of the gem is {name}."),
    ("en", "Cloudflare DNS update script: CF_API_TOKEN={key:cloudflare} zone for {name}'s photography site {link:site}. Why 'Invalid request headers'?"),
    ("en", "Databricks job keeps failing auth:\nhost: https://adb-{num:1000000-9999999}.azuredatabricks.net\ntoken: {key:databricks}"),
    ("en", "The school's Google Workspace admin password is {pw:date} and the IT guy {name} left last week. How do we take over?"),
    ("en", "NewRelic agent config: license_key: {key:newrelic}. Is a user key OK here?"),
    ("en", "Hugging Face download 401 with HF_TOKEN={key:huggingface}. Model is gated, I accepted the terms as {email}."),
    ("en", "The Wi-Fi for the rental cottage: network 'Willowbank', password {pw:phrase}. Write a welcome card for guests arriving {date}."),
    ("en", "Vault login works in CLI but not in the app: VAULT_TOKEN={key:vault}. The app runs on {ip:lan}."),
    ("en", "GitLab CI variable masked? CI_DEPLOY_TOKEN={key:gitlab} shows up in the job log for {login}."),
    ("en", "Slack bot for the moving company: SLACK_BOT_TOKEN={key:slack}. Channel messages from {name} aren't received. Scopes?"),
    ("en", "AWS creds from the old laptop of {name}:\naws_access_key_id = {key:aws}\naws_secret_access_key = {key:aws_secret}\nShould I deactivate them even though he's left?"),
    # --- everyday admin with contacts, dates, places, links
    ("en", "From: {name} <{email}>\nTo: lettings@wrenfield.example\nDate: {date}\nSubject: Deposit return\n\nI moved out of {addr} last week. Please return the deposit. Phone {phone}."),
    ("en", "School office note: {name}'s daughter will be collected by {name.2} ({phone.2}) on {date}. Please update the pickup list."),
    ("en", "Moving day plan: truck from {org} arrives at {addr} at {clock} on {date}, then drives to {town}. Driver contact {phone}. Make it a timeline."),
    ("en", "Our vet {org} sent a reminder for Luna's vaccination on {date}. Owner {name}, {email}, {phone}. Make this into a calendar invite text."),
    ("en", "Insurance adjuster visit: {name.2} from {org} will inspect the water damage at {addr} on {date}. My number {phone}. Draft a confirmation."),
    ("en", "Clinical trial diary reminder for participant {first} {last}: next visit {date}, call the study nurse {name.2} on {phone.2} if symptoms worsen."),
    ("en", "HTML form I scraped from my own account page:\n<input name=\"fullname\" value=\"{name}\">\n<input name=\"email\" value=\"{email}\">\n<input name=\"tel\" value=\"{phone}\">\n<input name=\"dob\" value=\"{dob}\">\nWhy is autofill wrong?"),
    ("en", "| Name | Role | Phone | Email |\n|---|---|---|---|\n| {name} | Treasurer | {phone} | {email} |\n| {name.2} | Secretary | {phone.2} | {email.2} |\nFormat this committee list for the newsletter."),
    ("en", "Ham radio net log: {name} checked in from {home}, QTH {addr}, email {email}. Turn this into a club bulletin line."),
    ("en", "Court filing cover sheet: Plaintiff {name}, address {addr}, phone {phone}, hearing date {date}. Proofread please."),
    ("en", "Gig worker here. My profile {link:linkedin} and portfolio {link:behance} show my old email {email}. How do I update the platform without losing reviews?"),
    ("en", "Fundraiser for our neighbour {name} after the fire: {link:gofundme}. Write a short WhatsApp message to the street group."),
    ("en", "Send money for the trip via {link:venmo} or {link:paypal} — that's {first}'s. Rewrite this more clearly."),
    ("en", "Mortgage broker {name.2} ({email.2}) wants my last three payslips from {org} by {date}. Draft a cover email from {name}."),
    ("en", "Here's my updated bio: \"{name} is a freelance illustrator from {home}. Work: {link:site}. Newsletter: {link:substack}.\" Make it punchier."),
    ("en", "Tutor invoice: student {name.2}, parent {name}, lessons on {date} and {date#b}, pay to {iban}. Check the maths: 2 x {neg:price}."),
    ("en", "Our band's booking contact is {name}, {phone}, and our EPK is at {link:linktree}. Write a pitch to a venue in {town}."),
    ("en", "Unsubscribe link from the payroll provider: {link:unsubscribe} — if I click it will I stop getting payslips?"),
    ("en", "Can you help me write a thank-you note to {name}, the nurse at {org} who looked after my dad on {date}?"),
    ("en", "Airbnb host {name} ({link:airbnb}) wants me to pay outside the platform to {iban}. Scam?"),
    ("en", "My daughter's YouTube channel {link:youtube} got a creepy comment mentioning her school {org}. What do I do?"),
    ("en", "DOB mismatch: the airline has {name} born {dob} but the passport says another date. Flight on {date} to {town}. How to fix?"),
    ("en", "Medical trip reimbursement: {name} drove from {home} to {org} on {date}, 84 miles. Write the claim line."),
    ("en", "Here's the spreadsheet of RSVPs {link:gdoc} — the one with {name}'s phone {phone} needs updating. How do I share view-only?"),
    ("en", "Tax preparer intake: {name}, born {dob}, {addr}, spouse {name.2} born {dob.2}. Which forms will we need?"),
    ("en", "My neighbour {name} from {home} posts our street on {link:tiktok}. Can I ask her to stop?"),
    ("en", "Delivery driver app log: order {neg:order} dropped at {addr}, customer {name}, phone {phone}, tip {neg:price}. Why did it mark 'failed'?"),
    ("en", "Welcome email for the new hire {name} starting {date} at {org}. Mention their buddy {name.2} ({email.2})."),
    ("en", "Reference letter for {name}, who rented our flat in {town} from {date} to {date#e}. Always paid on time."),
]


# ---------------------------------------------------------------------------------------------------------------------
# Other languages: an opening line; labels for name, e-mail, phone, address, date of birth, ID number, IBAN, card, town,
# employer, date, profile and password; and three messages of their own. Four carriers per language use the labels.
# ---------------------------------------------------------------------------------------------------------------------
_LANG_TABLE: dict[str, tuple[str, str, tuple[str, str, str]]] = {
    "de": ("Kannst du das in eine saubere Tabelle bringen?",
           "Name|E-Mail|Telefon|Adresse|Geburtsdatum|Steuer-ID|IBAN|Karte|Ort|Arbeitgeber|Datum|Profil|Kennwort",
           ("Die Umzugsfirma {org} will die Anzahlung auf {iban} bis {date}. Ich bin {name}, ziehe von {addr} nach {town}. Ist das seriös?",
            "Lohnabrechnung vom Lohnbüro: Steuer-ID {natid}, geboren {dob}, Arbeitgeber {org}. Die Steuer-ID stimmt nicht mit meiner überein – wie reklamiere ich?",
            "Tierarzt-Rechnung für Bello: Halterin {name}, {addr}, Tel. {phone}, bezahlt mit Karte {card}. Bitte als Mail an {email} formulieren.")),
    "fr": ("Peux-tu mettre ça au propre ?",
           "Nom|Courriel|Téléphone|Adresse|Date de naissance|N° de sécurité sociale|IBAN|Carte|Ville|Employeur|Date|Profil|Mot de passe",
           ("Le courtier {org} me demande mon numéro de sécu {natid} et un RIB ({iban}) pour le prêt. Je m'appelle {name}, né le {dob}. C'est normal ?",
            "Fiche d'inscription école : enfant {name.2}, responsable légal {name}, tél. {phone}, courriel {email}, adresse {addr}. Corrige la mise en page.",
            "Déménagement prévu le {date} de {town} vers {town#b}. Le déménageur {org} veut ma carte {card}. Je préfère un virement, comment le dire ?")),
    "es": ("¿Me lo puedes ordenar?",
           "Nombre|Correo|Teléfono|Dirección|Fecha de nacimiento|DNI/NIE|IBAN|Tarjeta|Ciudad|Empresa|Fecha|Perfil|Contraseña",
           ("La gestoría {org} me pide el DNI {natid}, la fecha de nacimiento {dob} y la cuenta {iban} para la renta. Soy {name}. ¿Se lo mando por WhatsApp?",
            "El perito del seguro vendrá el {date} a {addr} por la inundación. Mi móvil es {phone}. Redacta la confirmación.",
            "Me cobraron dos veces la mudanza a {town} en la tarjeta {card}. Escribe una reclamación a {org} en nombre de {name}.")),
    "it": ("Puoi sistemare questo testo?",
           "Nome|Email|Telefono|Indirizzo|Data di nascita|Codice fiscale|IBAN|Carta|Città|Datore di lavoro|Data|Profilo|Password",
           ("Il commercialista {org} vuole il mio codice fiscale {natid} e l'IBAN {iban} entro il {date}. Sono {name}. Scrivi una risposta.",
            "Modulo del veterinario: proprietario {name}, nato il {dob}, residente in {addr}, cellulare {phone}. È tutto corretto?",
            "Trasloco da {town} a {town#b} con {org}: mi chiedono la carta {card}. Come rispondo?")),
    "nl": ("Kun je dit netjes opmaken?",
           "Naam|E-mail|Telefoon|Adres|Geboortedatum|BSN|IBAN|Creditcard|Woonplaats|Werkgever|Datum|Profiel|Wachtwoord",
           ("De loonadministratie {org} heeft mijn BSN {natid} verkeerd op de loonstrook. Ik ben {name}, geboren {dob}. Schrijf een mail.",
            "Verhuurder vraagt borg op {iban} voor {addr}, ingangsdatum {date}. Mijn nummer {phone}. Klopt dit?",
            "Schadeexpert van {org} komt op {date} langs in {town}. Contact: {name.2}, {email.2}. Maak er een afspraakbevestiging van.")),
    "pt": ("Podes organizar isto?",
           "Nome|E-mail|Telefone|Morada|Data de nascimento|NIF/CPF|IBAN|Cartão|Cidade|Empregador|Data|Perfil|Senha",
           ("A contabilidade {org} pede o meu número {natid} e a data de nascimento {dob}. Sou {name}, moro em {addr}. É seguro enviar por e-mail?",
            "Mudança marcada para {date} para {town}. A transportadora quer sinal no cartão {card}. Telefone {phone}.",
            "Ficha da escola: aluno {name.2}, encarregado {name}, {email}, {phone}. Formata isto.")),
    "pl": ("Uporządkuj to, proszę:",
           "Imię i nazwisko|E-mail|Telefon|Adres|Data urodzenia|PESEL|IBAN|Karta|Miasto|Pracodawca|Data|Profil|Hasło",
           ("Biuro kadrowe {org} prosi o PESEL {natid} i numer konta {iban}. Jestem {name}, urodzony {dob}. Czy to normalne?",
            "Przeprowadzka {date} z {addr} do {town}. Kontakt do kierowcy: {phone}. Napisz krótkie potwierdzenie.",
            "Weterynarz {org}: właściciel {name}, tel. {phone}, e-mail {email}. Zrób z tego wizytówkę.")),
    "sv": ("Kan du snygga till det här?",
           "Namn|E-post|Telefon|Adress|Födelsedatum|Personnummer|IBAN|Kort|Ort|Arbetsgivare|Datum|Profil|Lösenord",
           ("Lönebyrån {org} har fel personnummer på mitt lönebesked, det ska vara {natid}. Jag heter {name}. Skriv ett mejl.",
            "Hyresvärden vill ha deposition till {iban} innan {date} för {addr}. Rimligt?",
            "Flytten till {town}: flyttfirman ringer {phone} och vill ha kortnummer {card}. Hur svarar jag?")),
    "no": ("Kan du rydde opp i dette?",
           "Navn|E-post|Telefon|Adresse|Fødselsdato|Fødselsnummer|IBAN|Kort|Sted|Arbeidsgiver|Dato|Profil|Passord",
           ("Lønnskontoret {org} ber om fødselsnummer {natid} og konto {iban}. Jeg er {name}, født {dob}. Hva svarer jeg?",
            "Flytting {date} fra {addr} til {town}. Sjåføren har nummer {phone}.",
            "Dyrlegen sendte regning til {email} for {name}, betalt med kort {card}. Skriv en kvittering.")),
    "da": ("Kan du sætte det her pænt op?",
           "Navn|E-mail|Telefon|Adresse|Fødselsdato|CPR-nummer|IBAN|Kort|By|Arbejdsgiver|Dato|Profil|Adgangskode",
           ("Lønservice {org} skal bruge mit CPR-nummer {natid} og konto {iban}. Jeg hedder {name}. Er mail sikkert nok?",
            "Vi flytter {date} fra {addr} til {town}. Flyttefirmaet ringer på {phone}.",
            "Forsikringens taksator {name.2} kommer {date#b}. Bekræft til {email.2}.")),
    "fi": ("Voitko siistiä tämän?",
           "Nimi|Sähköposti|Puhelin|Osoite|Syntymäaika|Henkilötunnus|IBAN|Kortti|Kaupunki|Työnantaja|Päivämäärä|Profiili|Salasana",
           ("Palkkatoimisto {org} pyytää henkilötunnuksen {natid} ja tilinumeron {iban}. Olen {name}. Vastaa kohteliaasti.",
            "Muutto {date}: {addr} → {town}. Kuljettajan numero {phone}.",
            "Eläinlääkärin lasku: omistaja {name}, {email}, kortti {card}. Tee kuitti.")),
    "cs": ("Můžeš to učesat?",
           "Jméno|E-mail|Telefon|Adresa|Datum narození|Rodné číslo|IBAN|Karta|Město|Zaměstnavatel|Datum|Profil|Heslo",
           ("Mzdová účetní z {org} chce rodné číslo {natid} a účet {iban}. Jsem {name}. Je to v pořádku?",
            "Stěhování {date} z {addr} do {town}. Řidič: {phone}.",
            "Pojišťovna pošle likvidátora {name.2} na {date#b}. Potvrzení na {email.2}.")),
    "sk": ("Môžeš to upraviť?",
           "Meno|E-mail|Telefón|Adresa|Dátum narodenia|Rodné číslo|IBAN|Karta|Mesto|Zamestnávateľ|Dátum|Profil|Heslo",
           ("Mzdová firma {org} chce rodné číslo {natid} a IBAN {iban}. Som {name}, narodená/ý {dob}. Čo odpísať?",
            "Sťahovanie {date} z {addr} do {town}, vodič {phone}.",
            "Veterinár poslal faktúru na {email} pre {name}, platba kartou {card}.")),
    "hu": ("Rendeznéd ezt?",
           "Név|E-mail|Telefon|Cím|Születési dátum|TAJ-szám|IBAN|Kártya|Település|Munkáltató|Dátum|Profil|Jelszó",
           ("A bérszámfejtő ({org}) a TAJ-számomat ({natid}) és a számlaszámomat ({iban}) kéri. {name} vagyok. Rendben van ez?",
            "Költözés {date}: {addr} → {town}. A sofőr száma {phone}.",
            "Az állatorvos számlája {email} címre ment, {name} nevére, kártya {card}.")),
    "ro": ("Poți să aranjezi textul?",
           "Nume|E-mail|Telefon|Adresă|Data nașterii|CNP|IBAN|Card|Oraș|Angajator|Data|Profil|Parolă",
           ("Contabila de la {org} îmi cere CNP-ul {natid} și IBAN-ul {iban}. Sunt {name}. E ok pe e-mail?",
            "Mutarea e pe {date} din {addr} în {town}. Șofer: {phone}.",
            "Evaluatorul de la asigurări vine pe {date#b}; contact {name.2}, {email.2}.")),
    "tr": ("Bunu düzenler misin?",
           "Ad Soyad|E-posta|Telefon|Adres|Doğum tarihi|T.C. Kimlik No|IBAN|Kart|Şehir|İşveren|Tarih|Profil|Şifre",
           ("Bordro firması {org} TC kimlik numaramı ({natid}) ve IBAN'ımı ({iban}) istiyor. Ben {name}. Güvenli mi?",
            "Taşınma {date} tarihinde {addr} adresinden {town} şehrine. Şoför: {phone}.",
            "Veteriner faturası {email} adresine, {name} adına, kart {card}.")),
    "el": ("Μπορείς να το τακτοποιήσεις;",
           "Ονοματεπώνυμο|Email|Τηλέφωνο|Διεύθυνση|Ημερομηνία γέννησης|ΑΜΚΑ|IBAN|Κάρτα|Πόλη|Εργοδότης|Ημερομηνία|Προφίλ|Κωδικός",
           ("Το λογιστικό {org} ζητά ΑΜΚΑ {natid} και IBAN {iban}. Είμαι η/ο {name}. Είναι ασφαλές;",
            "Μετακόμιση στις {date} από {addr} στη {town}. Οδηγός: {phone}.",
            "Ο πραγματογνώμονας {name.2} θα έρθει στις {date#b}. Email {email.2}.")),
    "ru": ("Приведи это в порядок:",
           "ФИО|Эл. почта|Телефон|Адрес|Дата рождения|СНИЛС|IBAN|Карта|Город|Работодатель|Дата|Профиль|Пароль",
           ("Бухгалтерия {org} просит СНИЛС {natid} и счёт {iban}. Я {name}, дата рождения {dob}. Это нормально?",
            "Переезд {date} из {addr} в {town}. Водитель: {phone}.",
            "Ветклиника прислала счёт на {email} для {name}, оплата картой {card}.")),
    "uk": ("Упорядкуй це, будь ласка:",
           "ПІБ|Ел. пошта|Телефон|Адреса|Дата народження|РНОКПП|IBAN|Картка|Місто|Роботодавець|Дата|Профіль|Пароль",
           ("Бухгалтерія {org} просить РНОКПП {natid} та IBAN {iban}. Я {name}. Чи безпечно?",
            "Переїзд {date} з {addr} до {town}. Водій: {phone}.",
            "Страховий оцінювач {name.2} прийде {date#b}. Пошта {email.2}.")),
    "bg": ("Подреди това, моля:",
           "Име|Имейл|Телефон|Адрес|Дата на раждане|ЕГН|IBAN|Карта|Град|Работодател|Дата|Профил|Парола",
           ("Счетоводството {org} иска ЕГН {natid} и IBAN {iban}. Аз съм {name}. Нормално ли е?",
            "Преместване на {date} от {addr} в {town}. Шофьор: {phone}.",
            "Ветеринарят изпрати фактура на {email} за {name}, карта {card}.")),
    "hr": ("Možeš li ovo srediti?",
           "Ime i prezime|E-pošta|Telefon|Adresa|Datum rođenja|OIB|IBAN|Kartica|Grad|Poslodavac|Datum|Profil|Lozinka",
           ("Knjigovodstvo {org} traži OIB {natid} i IBAN {iban}. Ja sam {name}. Je li to sigurno?",
            "Selidba {date} iz {addr} u {town}. Vozač: {phone}.",
            "Procjenitelj osiguranja {name.2} dolazi {date#b}. E-pošta {email.2}.")),
    "lt": ("Sutvarkyk šitą tekstą:",
           "Vardas, pavardė|El. paštas|Telefonas|Adresas|Gimimo data|Asmens kodas|IBAN|Kortelė|Miestas|Darbdavys|Data|Profilis|Slaptažodis",
           ("Apskaitos biuras {org} prašo asmens kodo {natid} ir sąskaitos {iban}. Aš {name}. Ar saugu?",
            "Kraustymasis {date} iš {addr} į {town}. Vairuotojas: {phone}.",
            "Veterinaras atsiuntė sąskaitą {email} adresu, {name}, kortelė {card}.")),
    "lv": ("Sakārto šo, lūdzu:",
           "Vārds, uzvārds|E-pasts|Tālrunis|Adrese|Dzimšanas datums|Personas kods|IBAN|Karte|Pilsēta|Darba devējs|Datums|Profils|Parole",
           ("Grāmatvedība {org} prasa personas kodu {natid} un kontu {iban}. Es esmu {name}. Vai tas ir droši?",
            "Pārvākšanās {date} no {addr} uz {town}. Šoferis: {phone}.",
            "Apdrošināšanas eksperts {name.2} ieradīsies {date#b}. E-pasts {email.2}.")),
    "et": ("Palun korrasta see:",
           "Nimi|E-post|Telefon|Aadress|Sünniaeg|Isikukood|IBAN|Kaart|Linn|Tööandja|Kuupäev|Profiil|Parool",
           ("Raamatupidaja {org} küsib isikukoodi {natid} ja kontot {iban}. Olen {name}. Kas see on okei?",
            "Kolimine {date}: {addr} → {town}. Juht: {phone}.",
            "Loomaarsti arve läks aadressile {email}, {name}, kaart {card}.")),
    "he": ("אפשר לסדר את זה?",
           "שם מלא|דוא\"ל|טלפון|כתובת|תאריך לידה|מספר זהות|IBAN|כרטיס אשראי|עיר|מעסיק|תאריך|פרופיל|סיסמה",
           ("משרד השכר {org} מבקש את תעודת הזהות {natid} ואת ה-IBAN {iban}. אני {name}. זה בסדר לשלוח במייל?",
            "הובלה ב-{date} מ{addr} ל{town}. הנהג: {phone}.",
            "השמאי {name.2} מגיע ב-{date#b}. המייל שלו {email.2}.")),
    "ar": ("ممكن ترتب هذا النص؟",
           "الاسم|البريد الإلكتروني|الهاتف|العنوان|تاريخ الميلاد|رقم الهوية|IBAN|البطاقة|المدينة|جهة العمل|التاريخ|الملف الشخصي|كلمة المرور",
           ("مكتب المحاسبة {org} يطلب رقم هويتي {natid} والآيبان {iban}. أنا {name}. هل هذا آمن؟",
            "الانتقال يوم {date} من {addr} إلى {town}. السائق: {phone}.",
            "خبير التأمين {name.2} سيحضر يوم {date#b}. بريده {email.2}.")),
    "hi": ("इसे ठीक से लिख दो:",
           "नाम|ईमेल|फ़ोन|पता|जन्म तिथि|आधार संख्या|IBAN|कार्ड|शहर|नियोक्ता|तारीख|प्रोफ़ाइल|पासवर्ड",
           ("पेरोल वाले {org} मेरा आधार {natid} और जन्म तिथि {dob} माँग रहे हैं। मैं {name} हूँ। क्या यह ठीक है?",
            "{date} को {addr} से {town} शिफ्ट हो रहे हैं। ड्राइवर: {phone}।",
            "पशु क्लिनिक का बिल {email} पर, {name} के नाम, कार्ड {card}।")),
    "zh": ("帮我整理一下：",
           "姓名|邮箱|电话|地址|出生日期|身份证号|IBAN|银行卡|城市|单位|日期|主页|密码",
           ("{org}让我提供身份证号{natid}和出生日期{dob}来办工资卡。我叫{name}，这样安全吗？",
            "{date}从{addr}搬到{town}，司机电话{phone}。帮我写个确认短信。",
            "宠物医院把账单发到{email}，户主{name}，刷卡{card}。")),
    "ja": ("これを整理してください：",
           "氏名|メール|電話|住所|生年月日|マイナンバー|IBAN|カード|市区町村|勤務先|日付|プロフィール|パスワード",
           ("{org}からマイナンバー{natid}と生年月日{dob}を提出するよう言われました。{name}です。メールで送っても大丈夫？",
            "{date}に{addr}から{town}へ引っ越します。ドライバーの電話は{phone}です。",
            "動物病院の請求書が{email}に届きました。名義{name}、カード{card}。")),
    "ko": ("이거 정리 좀 해줘:",
           "이름|이메일|전화|주소|생년월일|주민등록번호|IBAN|카드|도시|직장|날짜|프로필|비밀번호",
           ("{org}에서 주민등록번호 {natid}랑 생년월일 {dob}를 카톡으로 보내래요. 저는 {name}입니다. 괜찮을까요?",
            "{date}에 {addr}에서 {town}로 이사합니다. 기사님 번호 {phone}.",
            "동물병원 청구서가 {email}로 왔어요. 명의 {name}, 카드 {card}.")),
    "th": ("ช่วยจัดรูปแบบให้หน่อย:",
           "ชื่อ|อีเมล|โทรศัพท์|ที่อยู่|วันเกิด|เลขบัตรประชาชน|IBAN|บัตร|เมือง|ที่ทำงาน|วันที่|โปรไฟล์|รหัสผ่าน",
           ("{org} ขอเลขบัตรประชาชน {natid} และวันเกิด {dob} ทางไลน์ ฉันชื่อ {name} ปลอดภัยไหม",
            "ย้ายบ้านวันที่ {date} จาก {addr} ไป {town} คนขับ {phone}",
            "คลินิกสัตว์ส่งใบแจ้งหนี้ไปที่ {email} ชื่อ {name} บัตร {card}")),
    "vi": ("Sắp xếp lại giúp mình:",
           "Họ tên|Email|Điện thoại|Địa chỉ|Ngày sinh|Số CCCD|IBAN|Thẻ|Thành phố|Nơi làm việc|Ngày|Trang cá nhân|Mật khẩu",
           ("{org} yêu cầu số CCCD {natid} và ngày sinh {dob} qua Zalo. Mình là {name}. Có an toàn không?",
            "Chuyển nhà ngày {date} từ {addr} đến {town}. Tài xế: {phone}.",
            "Phòng khám thú y gửi hóa đơn tới {email}, tên {name}, thẻ {card}.")),
    "id": ("Tolong rapikan ini:",
           "Nama|Email|Telepon|Alamat|Tanggal lahir|NIK|IBAN|Kartu|Kota|Tempat kerja|Tanggal|Profil|Kata sandi",
           ("Bagian payroll {org} minta NIK {natid} dan tanggal lahir {dob}. Saya {name}. Aman tidak?",
            "Pindahan tanggal {date} dari {addr} ke {town}. Sopir: {phone}.",
            "Klinik hewan kirim tagihan ke {email}, atas nama {name}, kartu {card}.")),
}
# Prompts in another language from people who live in the US (their numbers are social security numbers).
_US_IN_OTHER_LANGUAGES: list[tuple[str, str]] = [
    ("es-US", "Me llegó este W-2 y no entiendo las casillas:\nEmployee's SSN: {ssn}\nEmployee: {name}\nEmployer: {org:en}\nDirección: {addr}\n¿Qué es la casilla 12?"),
    ("es-US", "Mi esposo {name.2} perdió su tarjeta del Seguro Social. Su número es {ssn:space}, nació el {dob.2}. ¿Cómo pido una nueva? Vivimos en {home}."),
    ("es-US", "Solicitud de renta: nombre {name}, seguro social {ssn:bare}, teléfono {phone}, empleador {org:en}. ¿Falta algo?"),
    ("zh-US", "报税的时候会计让我发社安号{ssn}和出生日期{dob}到{email#a}。我叫{name}，住在{home}。可以用邮件发吗？"),
    ("zh-US", "工资单导出：\n姓名,SSN,入职日期\n{name},{ssn},{date}\n{name.2},{ssn#b},{date#b}\n帮我把SSN列隐藏。"),
    ("ko-US", "렌트 신청서에 소셜 번호 {ssn}를 적으라는데, 집주인 {name.2}({phone.2})한테 보내도 될까요? 저는 {name}입니다."),
    ("ko-US", "회사 HR이 W-4 때문에 SSN {ssn:bare}와 주소 {addr}를 이메일로 보내래요. 안전한가요?"),
    ("vi-US", "Mình điền đơn xin việc ở {org:en}, họ hỏi số An Sinh Xã Hội {ssn} và ngày sinh {dob}. Tên mình {name}. Có nên ghi không?"),
    ("vi-US", "Thư của IRS gửi {name} tại {addr}, ghi SSN {ssn:space}. Đây có phải lừa đảo không?"),
]


def _carriers() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for lang, (ask, labels, own) in _LANG_TABLE.items():
        nm, em, ph, ad, bd, nid, ib, cd, tw, emp, dt, prof, pw = labels.split("|")
        out += [
            (lang, f"{ask}\n```yaml\nonboarding:\n  {nm}: \"{{name}}\"\n  {em}: {{email}}\n  {ph}: \"{{phone}}\"\n  {bd}: \"{{dob}}\"\n"
                   f"  {nid}: \"{{natid}}\"\n  {ib}: \"{{iban}}\"\n  {tw}: {{home}}\n  {emp}: \"{{org}}\"\n```"),
            (lang, f"{ask}\n<declaration>\n  <importer>{{name}}</importer>\n  <address>{{addr}}</address>\n  <idNumber>{{natid}}</idNumber>\n"
                   f"  <payment card=\"{{card}}\"/>\n  <arrival>{{date}}</arrival>\n  <submittedFrom>{{ip}}</submittedFrom>\n</declaration>\n({nm}, {ad}, {nid}, {cd}, {dt})"),
            (lang, f"{ask}\n{{{{\"ts\":\"{{stamp}}\",\"event\":\"login_failed\",\"user\":\"{{email}}\",\"ip\":\"{{ip:v6}}\",\"bearer\":\"{{jwt}}\","
                   f"\"api_key\":\"{{key}}\"}}}}\n{{{{\"ts\":\"{{stamp}}\",\"event\":\"password_reset\",\"user\":\"{{email}}\",\"new\":\"{{pw}}\",\"ip\":\"{{ip:pub}}\"}}}}\n({em}, {pw})"),
            (lang, f"{ask}\n| {nm} | {ph} | {ad} | {ib} | {dt} | {prof} |\n|---|---|---|---|---|---|\n| {{name}} | {{phone}} | {{addr}} | {{iban}} | {{date}} | {{link}} |\n"
                   f"| {{name.2}} | {{phone.2}} | {{addr.2}} | {{iban.2}} | {{date#b}} | {{link.2}} |"),
            *((lang, text) for text in own),
        ]
    return out + _US_IN_OTHER_LANGUAGES


def _english() -> list[tuple[str, str]]:
    out = []
    for i, (lang, body) in enumerate(_EN_BODIES):
        out.append((lang, _ASKS[(i * 7) % len(_ASKS)] + body))
        out.append((lang, _ASKS[(i * 7 + 4) % len(_ASKS)] + body))
    return list(dict.fromkeys(out))


# ---------------------------------------------------------------------------------------------------------------------
# Hard negatives (nothing in them is PII) and clean prompts
# ---------------------------------------------------------------------------------------------------------------------
_NEGATIVES: list[tuple[str, str]] = [
    ("en", "Order {neg:order} shows 'out for delivery' since {neg:time}. How late do couriers usually deliver?"),
    ("en", "Tracking {neg:tracking} has been stuck in customs for a week. What does 'held for inspection' usually mean?"),
    ("en", "After upgrading pandas from {neg:version} to {neg:version#b}, read_csv treats my ID column as float. Why?"),
    ("en", "Is a UUID like {neg:uuid} guaranteed unique across two databases, practically speaking?"),
    ("en", "`git revert {neg:commit}` leaves a conflict marker in payroll.py. How do I finish the revert?"),
    ("en", "The installer's SHA-1 is listed as {neg:sha1}. Is SHA-1 still good enough for a download checksum?"),
    ("en", "How do I verify a file against this SHA-256 on macOS: {neg:sha256}?"),
    ("en", "Is {neg:price} too much for a second-hand cargo bike?"),
    ("en", "Our docs use {neg:docip} for the example server. Which other ranges are reserved for documentation?"),
    ("en", "Why does {neg:docip6} appear in so many IPv6 tutorials?"),
    ("en", "What's the difference between binding to {neg:loopback} and to all interfaces?"),
    ("en", "Explain what subnet mask {neg:mask} means for a home network."),
    ("en", "Which private ranges does {neg:cidr} cover, and can it overlap with a VPN?"),
    ("en", "In unit tests we send mail to {neg:example_mail}. Is example.com guaranteed not to receive real mail?"),
    ("en", "Stripe's docs list {neg:test_card} as a test card. What CVC and expiry should I use with it?"),
    ("en", "The README says `export API_KEY={neg:placeholder_key}`. What's the convention for placeholders in docs?"),
    ("en", "Why do tutorials show keys like {neg:placeholder_key} instead of real-looking ones?"),
    ("en", "Summarise the page {neg:docs} in three bullet points."),
    ("en", "According to {neg:docs}, what is the recommended way to rotate credentials?"),
    ("en", "How bad is {neg:cve}? Is there a public patch?"),
    ("en", "My switch shows MAC {neg:mac} flapping between ports. What causes MAC flapping in general?"),
    ("en", "Why can't the SSA issue a number like {neg:invalid_ssn}? Explain the area/group/serial rules."),
    ("en", "Write a validator that rejects {neg:invalid_ssn} and other numbers the SSA never issues."),
    ("en", "What changed in the SSN randomization of {neg:year}?"),
    ("en", "Is the IBAN DE89 3704 0044 0532 0130 00 from the Wikipedia article a real account, or just the standard example?"),
    ("en", "How do IBAN check digits work? Use a made-up German account in your explanation."),
    ("en", "Why does a VIN like {neg:vin} have a check digit in position 9?"),
    ("en", "Parse SKUs like {neg:sku} into family, size and colour with a regex."),
    ("en", "Which port is {neg:port} normally used for?"),
    ("en", "Our conversion rate dropped {neg:percent} in {neg:month_year}. What are common causes after a checkout redesign?"),
    ("en", "Cite ISBN {neg:isbn} in APA style."),
    ("en", "What did Ada Lovelace write about the Analytical Engine?"),
    ("en", "Why did Nokia lose the smartphone market to Apple and Samsung?"),
    ("en", "Is Lisbon or Porto better for a first trip to Portugal in {neg:month_year}?"),
    ("en", "How did Marie Curie's research change cancer treatment?"),
    ("en", "Compare the business models of IKEA and Amazon in two paragraphs."),
    ("en", "What's the tallest mountain in Japan and can beginners climb it?"),
    ("en", "Explain how Barack Obama's Affordable Care Act changed pre-existing condition rules."),
    ("en", "What does the W-2 box 12 code DD mean, in general?"),
    ("en", "What's the difference between a 1099-NEC and a 1099-MISC?"),
    ("en", "How long should a small landlord keep tenant records, generally?"),
    ("en", "What's the usual process for a clinical trial's informed consent, step by step?"),
    ("en", "How do customs brokers calculate duty on a used car import, generally?"),
    ("en", "Explain what a mortgage broker does versus a bank loan officer."),
    ("en", "What documents does a payroll bureau typically need for a new employee? Use placeholders like [NAME]."),
    ("en", "Draft a generic moving checklist for the last two weeks before a move."),
    ("en", "In ham radio, what do {neg:callsign_generic} and 73 mean?"),
    ("en", "What's a reasonable retention period for fleet telematics GPS data under GDPR?"),
    ("en", "Write a Python function that masks all but the last four digits of a card number. Test it with {neg:test_card}."),
    ("en", "Write a regex that matches IPv4 addresses but not {neg:mask}-style masks."),
    ("en", "Our build {neg:version} passes locally but fails in CI with exit code 137. Memory?"),
    ("en", "The log line says `request_id={neg:uuid} duration=412ms status=504`. Where should I look first?"),
    ("en", "Docker image digest sha256:{neg:sha256} — how do I pin to it in compose?"),
    ("en", "```yaml\nimage: nginx:{neg:version}\nports:\n  - \"{neg:port}:{neg:port}\"\n```\nWhy won't compose start?"),
    ("en", "INSERT INTO products (sku, price) VALUES ('{neg:sku}', 19.99); — why does this error with 'numeric field overflow'?"),
    ("en", "Our Kubernetes service CIDR is {neg:cidr}. Can pods reach {neg:docip}?"),
    ("en", "How do I rotate a GitHub token safely? We currently keep `GITHUB_TOKEN={neg:placeholder_key}` in the template."),
    ("en", "Invoice template with blanks: [Customer name], [Street], [IBAN], [Due date]. Make it look modern."),
    ("en", "Employee handbook section on expense claims: keep it generic, no names."),
    ("en", "Explain how Luhn's algorithm works with 79927398713 as the textbook example."),
    ("en", "Is {neg:price} per month a normal price for pet insurance for a young cat?"),
    ("en", "Our school's policy template says 'store pupil data for X years'. What's typical in the UK?"),
    ("en", "What is a W-9 used for and when can a business ask for one?"),
    ("en", "What should a tenancy agreement include, in general terms?"),
    ("en", "Write a generic HR onboarding email template with placeholders like {{first_name}} and {{start_date}}."),
    ("en", "Version {neg:version} of our app crashes on Android 14. How should I bisect?"),
    ("en", "Can I use {neg:loopback}:{neg:port} in an OAuth redirect URI?"),
    ("en", "How does the Eiffel Tower's paint get redone, and how often?"),
    ("en", "What time zone is used by the ISS?"),
    ("en", "Which is older, Oxford University or the Aztec city of Tenochtitlan?"),
    ("en", "The app's build number {neg:order} keeps getting rejected by the App Store. Rules for build numbers?"),
    ("de", "Meine Bestellung {neg:order} ist seit {neg:time} Uhr 'in Zustellung'. Wie lange dauert das normalerweise?"),
    ("de", "Was ist der Unterschied zwischen Version {neg:version} und {neg:version#b}?"),
    ("de", "Wie funktioniert die Prüfziffer der Steuer-ID im Allgemeinen? Ohne echte Nummern bitte."),
    ("fr", "La commande {neg:order} est bloquée. Combien de temps avant de relancer le vendeur ?"),
    ("fr", "Qu'a découvert Louis Pasteur sur la fermentation ?"),
    ("es", "¿Por qué la documentación usa {neg:docip} como IP de ejemplo?"),
    ("es", "¿Qué es un número como {neg:uuid} y para qué sirve?"),
    ("it", "Quanto costa in media un trasloco da un bilocale? Solo stime generali."),
    ("nl", "Hoe controleer ik een SHA-256 zoals {neg:sha256} op Windows?"),
    ("pt", "O que significa o erro {neg:cve} no meu roteador?"),
    ("pl", "Jak działa suma kontrolna numeru PESEL? Bez prawdziwych numerów."),
    ("sv", "Vad kostar en flyttfirma ungefär per timme i Sverige?"),
    ("no", "Hva betyr versjon {neg:version} i en app?"),
    ("da", "Hvordan virker IBAN-kontrolcifre generelt?"),
    ("fi", "Mikä on IP-osoite {neg:loopback}?"),
    ("cs", "Proč dokumentace používá adresy jako {neg:docip}?"),
    ("sk", "Ako funguje kontrolná číslica rodného čísla, všeobecne?"),
    ("hu", "Mit jelent a {neg:percent} infláció a fizetésemre nézve általánosságban?"),
    ("ro", "Comanda {neg:order} nu a ajuns. Ce fac?"),
    ("tr", "Sipariş {neg:order} ne zaman gelir genelde?"),
    ("el", "Τι σημαίνει η έκδοση {neg:version} σε μια εφαρμογή;"),
    ("ru", "Чем отличается {neg:docip} от обычного IP?"),
    ("uk", "Що означає SHA-1 {neg:sha1}?"),
    ("bg", "Как се проверява контролната цифра на ЕГН по принцип?"),
    ("hr", "Koliko košta selidba prosječno?"),
    ("lt", "Kas yra UUID {neg:uuid}?"),
    ("lv", "Kas ir IPv6 adrese {neg:docip6}?"),
    ("et", "Mis on versioon {neg:version}?"),
    ("he", "מה ההבדל בין {neg:loopback} לכתובת רגילה?"),
    ("ar", "ما معنى الرمز {neg:cve}؟"),
    ("hi", "ऑर्डर {neg:order} कब तक आएगा आमतौर पर?"),
    ("zh", "提交{neg:commit}之后构建失败，怎么回滚？"),
    ("ja", "バージョン{neg:version}で何が変わりましたか？"),
    ("ko", "{neg:docip}는 어떤 용도의 IP인가요?"),
    ("th", "ราคา {neg:price} สำหรับกล้องมือสองแพงไหม"),
    ("vi", "Mã đơn hàng {neg:order} là gì?"),
    ("id", "Apa itu hash {neg:sha256}?"),
]

_CLEAN_PROMPTS: list[tuple[str, str]] = [
    ("en", "How do I get candle wax out of a wool rug?"),
    ("en", "What's a good beginner routine for learning to juggle?"),
    ("en", "Explain compound interest with a simple example."),
    ("en", "Write a haiku about a fox crossing a frozen river."),
    ("en", "How do I keep cut tulips from drooping?"),
    ("en", "Suggest a board game for six people that takes under an hour."),
    ("en", "What's the difference between baking soda and baking powder?"),
    ("en", "How should I prepare for a behavioural interview?"),
    ("en", "Write a SQL query that finds duplicate rows in a table."),
    ("en", "Why do cats knead blankets?"),
    ("en", "Give me a packing list for a two-night hut hike."),
    ("en", "Explain what a Kalman filter does in plain words."),
    ("en", "How can I make my morning routine less rushed?"),
    ("en", "What are some low-light houseplants that are safe for dogs?"),
    ("en", "How do I write a good bug report?"),
    ("en", "What's the best way to learn touch typing as an adult?"),
    ("en", "Write a short poem for a retirement card."),
    ("en", "Explain the offside rule in football simply."),
    ("en", "How do I season a cast-iron pan?"),
    ("en", "What's a good structure for a five-minute talk?"),
    ("en", "How do I stop my glasses fogging up when I wear a scarf?"),
    ("en", "Write a Bash one-liner that counts lines in all .py files."),
    ("en", "What's the difference between a latte and a flat white?"),
    ("en", "How can I be more patient with a toddler at bedtime?"),
    ("en", "Give me three ideas for a rainy-day activity with kids."),
    ("en", "Explain how vaccines train the immune system."),
    ("en", "Rewrite: 'We regret to inform you that the event is cancelled' more warmly."),
    ("en", "How do I fix a squeaky door hinge?"),
    ("en", "What's a good stretch for a stiff neck?"),
    ("en", "Explain the CAP theorem with an everyday analogy."),
    ("de", "Wie bekomme ich Kalkflecken von der Duschwand?"),
    ("de", "Schreib einen kurzen Spruch für eine Geburtstagskarte."),
    ("fr", "Comment faire une pâte brisée maison ?"),
    ("fr", "Quels exercices pour améliorer sa posture ?"),
    ("es", "¿Cómo se hace una tortilla de patatas jugosa?"),
    ("es", "Dame ideas para un cumpleaños infantil en casa."),
    ("it", "Come si prepara un buon risotto ai funghi?"),
    ("nl", "Hoe maak ik een goede stamppot?"),
    ("pt", "Como fazer pão de queijo?"),
    ("pl", "Jak zrobić domowe pierogi?"),
    ("sv", "Hur bakar man kanelbullar?"),
    ("no", "Hvordan lager man vafler?"),
    ("da", "Hvordan laver man risalamande?"),
    ("fi", "Miten leivon karjalanpiirakoita?"),
    ("cs", "Jak uvařit svíčkovou?"),
    ("sk", "Ako pripraviť bryndzové halušky?"),
    ("hu", "Hogyan készül a gulyásleves?"),
    ("ro", "Cum se fac sarmalele?"),
    ("tr", "Mercimek çorbası nasıl yapılır?"),
    ("el", "Πώς φτιάχνω μουσακά;"),
    ("ru", "Как испечь блины на молоке?"),
    ("uk", "Як спекти сирники?"),
    ("bg", "Как се прави баница?"),
    ("hr", "Kako napraviti štrukle?"),
    ("lt", "Kaip išsikepti šakotį?"),
    ("lv", "Kā pagatavot pelēkos zirņus?"),
    ("et", "Kuidas teha kama?"),
    ("he", "איך מכינים שקשוקה?"),
    ("ar", "كيف أحضّر الفلافل في البيت؟"),
    ("hi", "घर पर पनीर कैसे बनाएँ?"),
    ("zh", "饺子馅怎么调才好吃？"),
    ("ja", "おいしい味噌汁の作り方は？"),
    ("ko", "김치찌개 맛있게 끓이는 법 알려줘."),
    ("th", "ทำต้มยำกุ้งยังไงให้อร่อย"),
    ("vi", "Cách nấu phở bò tại nhà?"),
    ("id", "Bagaimana cara membuat nasi goreng?"),
]

FRESH26_FOLLOW_UPS = [" Thanks!", " Keep it short.", "\n\nthanks in advance", " Use headings.", " Keep the numbers as they are.",
                      " (no rush)", " Plain text only, no markdown.", " Be blunt."]
FRESH26_PII: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _english() + _carriers()]
FRESH26_NEGATIVE: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _NEGATIVES]
FRESH26_CLEAN: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _CLEAN_PROMPTS]
