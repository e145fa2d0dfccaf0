"""The twenty-second blind set ("fresh22") for the PII benchmark: written without seeing the detector.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh22=True) draws all three kinds from this module
and renders them with this module's own Context and fill(); nothing here is shared with another set (its people,
towns, streets, organizations, value generators and slot syntax are its own copy).

Slots: {kind[N][:arg...][@key]}; N names the person (default 1), "@key" draws another value of a non-personal slot.
Person slots: name, roman, first, last, rev, caps, email, wmail, phone, dob, natid, pan, ssn, iban, card, addr, addrml,
street, pc, link, town (args: f, m, kid, teen, uc, lc and a layout). Other slots: city, org, date, ip, key, pw, cred, cardx,
ibanx, ssnx, exp, cvv, neg, n, pick. "{{" and "}}" are literal braces.

Size: 438 PII templates (229 English), 103 hard negatives, 60 clean prompts; over generate(3000, seed, fresh22=True)
every type has more than 100 spans at seeds 7 to 10.
"""

from __future__ import annotations

import base64
import datetime
import json
import random
import string
import unicodedata

Parts = list[tuple[str, str | None]]

DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
AN = string.ascii_letters + string.digits
LAN = string.ascii_lowercase + string.digits
HEXC = "0123456789abcdef"


def _r(r: random.Random, n: int, alpha: str = AN) -> str:
    return "".join(r.choice(alpha) for _ in range(n))


def _ascii(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss")
    s = s.replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _slug(s: str) -> str:
    return "".join(c for c in _ascii(s).lower() if c.isalnum())


# ---------------------------------------------------------------------------------------------------------------------
# People and places. country -> female first, male first, female surnames, male surnames ("" = same), towns, streets.
# Non-Latin entries are "native=roman".
# ---------------------------------------------------------------------------------------------------------------------
PEOPLE: dict[str, tuple[str, str, str, str, str, str]] = {
    "US": ("Maddison|Latrice|Consuelo|Harper|Joelle|Tamika|Sloane|Renata|Kinsley|Marguerite", "Deshawn|Garrett|Tobias|Ezequiel|Brock|Malik|Cordell|Wyatt|Ignacio|Rowan",
           "Kettleman|Burkhalter|Okafor|Villarreal|Stanwick|Pettigrew|Nakashima|Rinaldi|Holcomb|Fairbanks|Galvan|Moorehouse", "",
           "Pocatello, ID|Kalamazoo, MI|Laramie, WY|Chattanooga, TN|Bend, OR|Muncie, IN|Pueblo, CO|Billings, MT|Lafayette, LA|Ithaca, NY",
           "Cottonwood Lane|Larkspur Drive|Fenwick Street|Harrow Court|Buckeye Road|Alder Bluff Way|Persimmon Trail|Stonegate Avenue"),
    "GB": ("Rosalind|Tegan|Bethan|Priya|Marnie|Ffion|Constance|Lowri", "Barnaby|Idris|Fergus|Jolyon|Tariq|Declan|Rupert|Caden",
           "Wetherall|Attwood|Penhaligon|Crabtree|Okoro|Sedgwick|Bhamra|Merriman|Fotheringham|Tolley", "",
           "Shrewsbury|Kettering|Morecambe|Bridport|Llandudno|Malton|Alnwick|Ilkley",
           "Coppice Lane|Tannery Row|Gorse Close|Beacon View|Ferrymans Walk|Pinfold Street|Saxon Rise|Lavender Mews"),
    "IE": ("Saoirse|Éabha|Caoimhe|Róisín|Deirdre|Muireann", "Oisín|Colm|Darragh|Pádraig|Cian|Senan",
           "Ó Súilleabháin|Mac Cárthaigh|Hennessy|Cullinan|Tierney|Geraghty|Lenihan|Flood", "",
           "Mullingar|Letterkenny|Clonmel|Kilkenny|Navan|Bantry", "Bridge Street|Castle Road|Friary Lane|Market Square|Green Road|Shandon Terrace"),
    "CA": ("Maëva|Kennedy|Simran|Josée|Aubrey|Nadège", "Étienne|Brayden|Gurpreet|Rémi|Cole|Declan",
           "Tremblay|Bouchard|McIntyre|Grewal|Paquette|Hrychuk|Thibodeau|Wiebe", "",
           "Kelowna, BC|Fredericton, NB|Kingston, ON|Lethbridge, AB|Sherbrooke, QC|Regina, SK|Thunder Bay, ON",
           "Birchwood Crescent|Lakeshore Road|Poplar Street|Rue Principale|Aspen Way|Chinook Drive"),
    "AU": ("Sheridan|Keely|Mikaela|Tahlia|Indi|Georgette", "Fletcher|Riley|Bevan|Koa|Darcy|Thanh",
           "Whitford|Costa|Nguyen|Maclean|Pizzuto|Ellery|Vaughan|Dwyer", "",
           "Geelong VIC|Cairns QLD|Orange NSW|Albany WA|Devonport TAS|Shepparton VIC|Mackay QLD|Whyalla SA",
           "Grevillea Street|Waratah Parade|Lilly Pilly Court|Boronia Road|Currawong Close|Mulga Way"),
    "NZ": ("Anahera|Kiri|Maia|Greer|Hana|Isla", "Nikau|Tane|Hemi|Ruben|Fergus|Ari",
           "Te Whata|Pomare|Kingi|Munro|Tawhiri|Sutherland|Ropata", "", "Napier|Palmerston North|Whangārei|Oamaru|Tauranga|Blenheim",
           "Mānuka Street|Kererū Lane|Tōtara Avenue|Matai Crescent|Karaka Road"),
    "IN": ("Aparna|Nivedita|Sanjana|Lavanya|Ritika|Pallavi", "Karthik|Abhishek|Varun|Nikhil|Aditya|Sameer",
           "Raghavan|Banerjee|Gokhale|Pillai|Sinha|Joshi|Nair|Saxena", "",
           "Pune|Madurai|Nashik|Ranchi|Mangaluru|Surat|Thrissur|Jodhpur",
           "Brigade Road|Tilak Marg|Lake View Road|Carmel Lane|Shivaji Path|Church Road"),
    "INH": ("सरिता=Sarita|पूजा=Pooja|नेहा=Neha|कविता=Kavita", "अजय=Ajay|मनोज=Manoj|दीपक=Deepak|रवि=Ravi",
            "गुप्ता=Gupta|सिंह=Singh|पांडे=Pandey|श्रीवास्तव=Srivastava|दुबे=Dubey|त्रिपाठी=Tripathi", "",
            "इंदौर|आगरा|ग्वालियर|प्रयागराज|रायपुर|मेरठ", "महात्मा गांधी मार्ग|रेलवे रोड|सुभाष नगर|कमला नगर"),
    "ZA": ("Naledi|Busisiwe|Marlize|Palesa|Refilwe|Yolandi", "Lwazi|Tshepo|Johan|Lungelo|Francois|Bongani",
           "Mahlangu|Steyn|Ndlovu|Govender|Venter|Zulu|Coetzee|Maseko", "",
           "Stellenbosch|Rustenburg|George|Potchefstroom|Durbanville|Mthatha", "Church Street|Kerk Straat|Sisulu Drive|Fynbos Lane|Marula Crescent"),
    "NG": ("Adaeze|Folasade|Hauwa|Kemi|Nneka|Bisola", "Tunde|Obinna|Musa|Kelechi|Segun|Chukwuma",
           "Okafor|Adebayo|Ogunleye|Bello|Onyekachi|Afolabi|Danjuma|Uche", "", "Port Harcourt|Ilorin|Akure|Asaba|Uyo|Osogbo",
           "Allen Avenue|Aba Road|Ogui Road|Ring Road|Bode Thomas Street"),
    "GH": ("Akosua|Efua|Adwoa|Abena|Yaa", "Kwabena|Kofi|Yaw|Kwesi|Nana", "Mensah|Owusu|Boateng|Asante|Darko|Ofori|Agyeman", "",
           "Kumasi|Takoradi|Cape Coast|Tamale|Ho|Koforidua", "Oxford Street|Liberation Road|Ring Road East|Kanda Highway"),
    "PH": ("Analyn|Marites|Jonalyn|Cherry|Rhea|Princess", "Jayson|Ronaldo|Efren|Mark Anthony|Dindo|Rommel",
           "Santiago|Panganiban|Lacson|Mercado|Quisumbing|Evangelista|Tolentino|Ocampo", "",
           "Davao City|Cebu City|Legazpi|Puerto Princesa|San Fernando|Zamboanga City", "Magsaysay Avenue|Osmeña Boulevard|P. Burgos Street|Colon Street"),
    "KE": ("Muthoni|Adhiambo|Jepkosgei|Nyambura|Kerubo|Wangari", "Kibet|Onyango|Njuguna|Wekesa|Kiptoo|Macharia",
           "Gitau|Achieng|Barasa|Koech|Ndungu|Ouma|Kiprotich|Mwende", "", "Kericho|Naivasha|Kakamega|Nanyuki|Kitale|Embu",
           "Moi Avenue|Kimathi Street|Biashara Street|Uhuru Highway|Harambee Avenue"),
    "SG": ("Shu Fen|Kavitha|Siti Nurhaliza|Pei Shan|Vanessa", "Wei Ming|Darren|Rajesh|Iskandar|Jun Hao",
           "Lau|Tay|Ng|Subramaniam|Ismail|Loh|Yeo", "", "Yishun|Sengkang|Clementi|Ang Mo Kio|Woodlands|Pasir Ris",
           "Yishun Ring Road|Sengkang East Way|Clementi Avenue 3|Ang Mo Kio Avenue 10|Woodlands Drive 16"),
    "JM": ("Shanique|Tanisha|Kerry-Ann|Nadine", "Andre|Damion|Kemar|Rohan", "Campbell|McKenzie|Grant|Brown|Reid|Wint|Bailey", "",
           "Montego Bay|Mandeville|Ocho Rios|Spanish Town|Negril", "Barnett Street|Manchester Road|Main Street|Hope Road"),
    "DE": ("Lotta|Henrike|Jule|Antje|Maren|Carla", "Hauke|Jonas|Finn|Tjark|Moritz|Kilian",
           "Wendland|Ostermann|Grabowski|Kühnel|Yıldırım|Tiedemann|Sauerbrey|Hollmann", "",
           "Oldenburg|Marburg|Passau|Greifswald|Ulm|Detmold|Wismar|Erlangen",
           "Birkenweg|Am Schlossgarten|Uhlandstraße|Kirchplatz|Schmiedegasse|Lerchenfeld"),
    "AT": ("Johanna|Katharina|Sophie|Anna-Lena", "Tobias|Stefan|Clemens|Raphael", "Huber|Wimmer|Eder|Schwarz|Auer|Lechner", "",
           "Salzburg|St. Pölten|Bregenz|Leoben|Steyr|Krems", "Mozartgasse|Hauptplatz|Bahnhofstraße|Schulgasse|Am Anger"),
    "CH": ("Ladina|Corinne|Nina|Aline", "Silvan|Mauro|Cédric|Luca", "Zürcher|Ammann|Meier|Bühler|Grandjean|Keller|Frei", "",
           "Luzern|St. Gallen|Biel|Zug|Sion|Baden", "Bahnhofstrasse|Rosenweg|Rue des Alpes|Bergstrasse|Via San Gottardo"),
    "FR": ("Anaïs|Margaux|Léonie|Élodie|Nolwenn|Agathe", "Maxence|Romain|Loïc|Bastien|Erwan|Hugo",
           "Delacroix|Fournier|Le Bihan|Mercier|Haddad|Bonnet|Lemoine|Carpentier", "",
           "Rennes|Limoges|Nancy|Pau|Lorient|Chambéry|Nîmes|Tours",
           "rue Victor Hugo|allée des Peupliers|rue de la Gare|avenue Foch|chemin des Vignes|rue Pasteur"),
    "BE": ("Amélie|Julie|Femke|Charlotte", "Quentin|Lander|Cédric|Simon", "Vermeulen|Leclercq|De Smet|Renard|Jacobs|Dupont|Lemaire", "",
           "Gent|Charleroi|Aalst|Tournai|Genk|Arlon", "Veldstraat|Rue des Fripiers|Molenstraat|Chaussée de Namur|Lindenlaan"),
    "ES": ("Maite|Aitana|Paloma|Marta|Irene|Noelia", "Íñigo|Rubén|Adrián|Xabier|Pau|Gonzalo",
           "Ruiz Aranda|Prieto Soler|Marín Cuesta|Olabarria Ruiz|Crespo Luna|Peña Salas|Moya Ferrer|Lozano Ibáñez", "",
           "Burgos|Albacete|Huesca|Ourense|Cádiz|Lleida|Segovia|Castellón",
           "Calle Real|Avenida de América|Calle Alfonso XIII|Ronda del Carmen|Calle Laurel|Paseo de la Estación"),
    "MX": ("Yesenia|Marisol|Abril|Daniela|Rosario", "Ulises|Rodrigo|Héctor|Iván|Mauricio",
           "Cárdenas Ríos|Salazar Peña|Domínguez Luna|Aguilar Soto|Navarro Cruz|Espinoza Vega", "",
           "Puebla|Saltillo|Culiacán|Xalapa|Tampico|Durango", "Calle 5 de Mayo|Av. Insurgentes|Calle Allende|Calle Zaragoza|Av. Reforma"),
    "AR": ("Luciana|Rocío|Julieta|Valentina|Sol", "Ezequiel|Lautaro|Franco|Joaquín|Bruno",
           "Pereyra|Quiroga|Gutiérrez|Molina|Aguirre|Cabrera|Villalba", "", "Córdoba|Tucumán|Santa Fe|La Plata|San Juan|Posadas",
           "Av. Rivadavia|Calle Mitre|Calle Urquiza|Av. Pellegrini|Calle Lavalle"),
    "IT": ("Serena|Alessia|Ginevra|Noemi|Caterina|Elisa", "Edoardo|Filippo|Pietro|Niccolò|Alessio|Simone",
           "Rinaldi|Conti|Bellini|Moretti|Barbieri|Lombardi|Ricci|Sartori", "",
           "Verona|Padova|Parma|Pisa|Bari|Udine|Cagliari|Siena",
           "Via Mazzini|Corso Vittorio Emanuele|Via Roma|Viale Trieste|Via dei Tigli|Piazza Duomo"),
    "NL": ("Marloes|Evi|Floor|Annelies|Jikke|Roos", "Wessel|Stijn|Koen|Hidde|Jurre|Maarten",
           "van der Linden|Jansen|Kuipers|de Groot|Verhoeven|Brouwer|Meijer|Postma", "",
           "Groningen|Nijmegen|Alkmaar|Den Bosch|Enschede|Middelburg", "Kerkstraat|Prinsengracht|Beukenlaan|Vismarkt|Wilhelminastraat"),
    "PT": ("Catarina|Rita|Sofia|Matilde|Teresa", "Afonso|Francisco|Diogo|Henrique|Vasco",
           "Almeida|Ribeiro|Fonseca|Teixeira|Correia|Mendes|Pinto|Araújo", "", "Porto|Leiria|Funchal|Bragança|Tomar|Portimão",
           "Rua Direita|Avenida dos Aliados|Rua da Liberdade|Travessa da Sé|Rua de Cedofeita"),
    "BR": ("Letícia|Camila|Yasmin|Aline|Fernanda|Débora", "Lucas|Mateus|Davi|Rodrigo|Felipe|Otávio",
           "Nascimento|Santos|Pereira|Lima|Carvalho|Araújo|Rocha|Teixeira", "",
           "Curitiba|Natal|Goiânia|Londrina|Joinville|Vitória|Juiz de Fora|Santos",
           "Rua das Acácias|Avenida Paulista|Rua Sete de Setembro|Rua Marechal Deodoro|Alameda Santos"),
    "PL": ("Alicja|Natalia|Magdalena|Ewelina|Dorota|Hanna", "Jakub|Szymon|Tomasz|Paweł|Marcin|Kacper",
           "Nowicka|Wójcik|Kaczmarek|Pawlak|Grabowska|Sikora|Baran|Michalska", "Nowicki|Wójcik|Kaczmarek|Pawlak|Grabowski|Sikora|Baran|Michalski",
           "Kraków|Gdańsk|Kielce|Zamość|Legnica|Płock|Tarnów|Elbląg", "ul. Słowackiego|ul. Polna|ul. Lipowa|al. Jana Pawła II|ul. Krótka"),
    "SE": ("Alva|Wilma|Selma|Astrid|Klara|Frida", "Nils|Elias|Ludvig|Anton|Axel|Vilgot",
           "Johansson|Forsberg|Lindahl|Blomqvist|Engström|Hedlund|Sandberg|Öberg", "", "Uppsala|Gävle|Karlstad|Växjö|Kiruna|Halmstad|Visby",
           "Drottninggatan|Järnvägsgatan|Ekvägen|Hamngatan|Solvägen"),
    "NO": ("Kaja|Maren|Ragnhild|Oda|Live|Synne", "Eskil|Trygve|Ola|Audun|Jørgen|Sigurd",
           "Nilsen|Hansen|Aas|Brekke|Lunde|Røed|Fossum|Vik", "", "Trondheim|Stavanger|Molde|Harstad|Gjøvik|Arendal",
           "Dronningens gate|Skolegata|Kongsvegen|Granveien|Strandgata"),
    "DK": ("Astrid|Laura|Emma|Sofie|Cecilie|Johanne", "Mikkel|Christian|Emil|Nikolaj|Søren|Troels",
           "Madsen|Jørgensen|Nielsen|Poulsen|Kjær|Holm|Dam|Bruun", "", "Viborg|Svendborg|Herning|Silkeborg|Kolding|Næstved",
           "Nørregade|Algade|Bøgevej|Strandvejen|Torvegade"),
    "FI": ("Elina|Iida|Oona|Pihla|Riikka|Venla", "Lauri|Miska|Tuomas|Antti|Otso|Valtteri",
           "Virtanen|Lehtonen|Hämäläinen|Koskinen|Järvinen|Rantanen|Peltonen|Saarinen", "", "Turku|Vaasa|Rovaniemi|Hämeenlinna|Kotka|Seinäjoki",
           "Aleksanterinkatu|Puistokatu|Koulukatu|Harjutie|Satamakatu"),
    "CZ": ("Anna|Eliška|Klára|Pavla|Jitka|Adéla", "Filip|Daniel|Adam|Petr|Michal|Štěpán",
           "Svobodová|Němcová|Pokorná|Králová|Benešová|Fialová|Sedláčková|Doležalová", "Svoboda|Němec|Pokorný|Král|Beneš|Fiala|Sedláček|Doležal",
           "České Budějovice|Hradec Králové|Ostrava|Karlovy Vary|Třebíč|Kolín", "Žižkova|Tyršova|Smetanova|Jiráskova|U Potoka"),
    "HU": ("Noémi|Petra|Krisztina|Hanna|Vivien", "Máté|Dániel|Balázs|Attila|Gábor",
           "Horváth|Kiss|Németh|Papp|Lakatos|Fekete|Oláh|Simon", "", "Kecskemét|Nyíregyháza|Székesfehérvár|Veszprém|Szolnok|Zalaegerszeg",
           "Széchenyi utca|Deák Ferenc tér|Ady Endre utca|Jókai utca|Bartók Béla út"),
    "RO": ("Larisa|Roxana|Daria|Oana|Irina", "Cosmin|Alexandru|Ionuț|Sorin|Dragoș",
           "Georgescu|Popa|Moldovan|Rusu|Dobre|Ene|Sârbu|Vasilescu", "", "Constanța|Galați|Ploiești|Arad|Suceava|Baia Mare",
           "Strada Mihai Eminescu|Bulevardul Unirii|Strada Florilor|Aleea Teilor|Strada Avram Iancu"),
    "TR": ("Ebru|Selin|Tuğba|Esra|Gizem|Nazlı", "Onur|Tolga|Barış|Cem|Hakan|Umut",
           "Koç|Yıldız|Aksoy|Polat|Erdem|Kılıç|Güneş|Özdemir", "", "Bursa|Antalya|Konya|Mersin|Malatya|Çanakkale",
           "Atatürk Bulvarı|Menekşe Sokak|Kışla Caddesi|Çınar Sokak|İstasyon Caddesi"),
    "GR": ("Χριστίνα=Christina|Μαρία=Maria|Ευαγγελία=Evangelia|Ιωάννα=Ioanna|Βασιλική=Vasiliki",
           "Δημήτρης=Dimitris|Αλέξανδρος=Alexandros|Χρήστος=Christos|Θανάσης=Thanasis|Μιχάλης=Michalis",
           "Αλεξίου=Alexiou|Μαυρίδου=Mavridou|Τσακίρη=Tsakiri|Ζαχαρίου=Zachariou|Λαμπράκη=Lambraki",
           "Αλεξίου=Alexiou|Μαυρίδης=Mavridis|Τσακίρης=Tsakiris|Ζαχαρίου=Zachariou|Λαμπράκης=Lambrakis",
           "Θεσσαλονίκη|Καβάλα|Ρόδος|Κοζάνη|Τρίκαλα|Ξάνθη", "Εγνατίας|Τσιμισκή|Ελευθερίου Βενιζέλου|Αριστοτέλους|Παπαναστασίου"),
    "RU": ("Марина=Marina|Юлия=Yulia|Татьяна=Tatyana|Полина=Polina|Вера=Vera", "Никита=Nikita|Павел=Pavel|Роман=Roman|Егор=Egor|Кирилл=Kirill",
           "Лебедева=Lebedeva|Новикова=Novikova|Зайцева=Zaitseva|Павлова=Pavlova|Голубева=Golubeva",
           "Лебедев=Lebedev|Новиков=Novikov|Зайцев=Zaitsev|Павлов=Pavlov|Голубев=Golubev",
           "Ярославль|Калуга|Омск|Владимир|Иркутск|Саратов", "ул. Ленина|ул. Лесная|пр. Победы|ул. Набережная|ул. Советская"),
    "UA": ("Христина=Khrystyna|Вікторія=Viktoriia|Олена=Olena|Дарина=Daryna|Мирослава=Myroslava",
           "Василь=Vasyl|Ярослав=Yaroslav|Дмитро=Dmytro|Остап=Ostap|Іван=Ivan",
           "Гончаренко=Honcharenko|Литвин=Lytvyn|Савчук=Savchuk|Руденко=Rudenko|Зінченко=Zinchenko|Костенко=Kostenko", "",
           "Житомир|Тернопіль|Ужгород|Суми|Черкаси|Рівне", "вул. Київська|вул. Лесі Українки|просп. Миру|вул. Соборна|вул. Зелена"),
    "BG": ("Виктория=Viktoria|Теодора=Teodora|Цветелина=Tsvetelina|Милена=Milena", "Димитър=Dimitar|Ивайло=Ivaylo|Христо=Hristo|Светослав=Svetoslav",
           "Иванова=Ivanova|Тодорова=Todorova|Ангелова=Angelova|Маринова=Marinova", "Иванов=Ivanov|Тодоров=Todorov|Ангелов=Angelov|Маринов=Marinov",
           "Шумен|Добрич|Сливен|Хасково|Благоевград|Габрово", "ул. Цар Симеон|бул. Васил Левски|ул. Иван Вазов|ул. Оборище"),
    "HR": ("Ana|Katarina|Nika|Ema|Dora", "Ante|Tomislav|Dario|Mislav|Karlo", "Novak|Perić|Radić|Bošnjak|Pavić|Grgić|Šarić", "",
           "Dubrovnik|Karlovac|Slavonski Brod|Čakovec|Makarska|Vinkovci", "Ulica Petra Preradovića|Zagrebačka cesta|Ilica|Put Firula|Trg bana Jelačića"),
    "EE": ("Kadri|Liis|Triin|Maarja|Kertu", "Rasmus|Karl|Siim|Taavi|Mihkel", "Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves", "",
           "Tartu|Pärnu|Narva|Viljandi|Rakvere|Haapsalu", "Rüütli tänav|Pikk tänav|Kase tänav|Vabriku tänav|Aia tänav"),
    "JP": ("彩花=Ayaka|真由=Mayu|千尋=Chihiro|七海=Nanami|優子=Yuko", "悠真=Yuma|颯太=Sota|直樹=Naoki|亮=Ryo|誠=Makoto",
           "田中=Tanaka|山本=Yamamoto|松本=Matsumoto|井上=Inoue|木村=Kimura|清水=Shimizu|森=Mori", "",
           "金沢市|松山市|熊本市|函館市|高松市|富山市", "中央通り|桜町|東町|南台|青葉町"),
    "CN": ("芳=Fang|丹=Dan|慧=Hui|晓燕=Xiaoyan|佳怡=Jiayi", "涛=Tao|斌=Bin|鹏=Peng|志强=Zhiqiang|宇轩=Yuxuan",
           "周=Zhou|吴=Wu|徐=Xu|孙=Sun|马=Ma|朱=Zhu|胡=Hu|郭=Guo", "", "合肥|昆明|长沙|大连|宁波|郑州", "和平路|新华路|文化路|北京路|青年路"),
    "KR": ("예린=Ye-rin|다은=Da-eun|소연=So-yeon|혜진=Hye-jin|유나=Yu-na", "준호=Jun-ho|태윤=Tae-yun|승우=Seung-woo|동현=Dong-hyun|재원=Jae-won",
           "한=Han|오=Oh|서=Seo|신=Shin|권=Kwon|황=Hwang|송=Song", "", "부산|인천|대구|포항|춘천|제주", "해운대로|번영로|평화로|동성로|중앙대로"),
    "IL": ("נועה=Noa|מיכל=Michal|שירה=Shira|יעל=Yael|תמר=Tamar", "איתי=Itay|עומר=Omer|יונתן=Yonatan|אורי=Uri|עידו=Ido",
           "כהן=Cohen|לוי=Levi|מזרחי=Mizrahi|פרץ=Peretz|אברהם=Avraham|ביטון=Biton|שפירא=Shapira", "",
           "חיפה|באר שבע|רמת גן|נתניה|אשדוד|הרצליה", "רחוב הרצל|שדרות רוטשילד|רחוב ויצמן|רחוב הגפן|רחוב בן יהודה"),
    "AE": ("فاطمة=Fatima|مريم=Maryam|نورة=Noura|ليلى=Layla|سارة=Sara", "خالد=Khalid|أحمد=Ahmed|يوسف=Youssef|عمر=Omar|سالم=Salem",
           "الحمادي=Al Hammadi|المنصوري=Al Mansoori|الشامسي=Al Shamsi|حداد=Haddad|النعيمي=Al Nuaimi|الكعبي=Al Kaabi", "",
           "العين|الشارقة|عجمان|رأس الخيمة|الفجيرة", "شارع الشيخ زايد|شارع المطار|شارع الخليج|شارع حمدان"),
    "EG": ("هبة=Heba|دينا=Dina|رانيا=Rania|ياسمين=Yasmin", "محمود=Mahmoud|كريم=Karim|طارق=Tarek|مصطفى=Mostafa",
           "عبد الحميد=Abdelhamid|فؤاد=Fouad|السيد=El Sayed|منصور=Mansour|شاكر=Shaker", "",
           "الإسكندرية|المنصورة|أسيوط|طنطا|الزقازيق", "شارع التحرير|شارع الجمهورية|شارع بورسعيد|شارع النيل"),
    "TH": ("สุภาพร=Supaporn|กมลวรรณ=Kamonwan|ปิยะนุช=Piyanuch|ณัฐธิดา=Natthida", "ธนากร=Thanakorn|วีระพงษ์=Weerapong|ณัฐพล=Nattapon|กิตติ=Kitti",
           "ศรีสุข=Srisuk|วงศ์ไทย=Wongthai|บุญมา=Boonma|แก้วมณี=Kaewmanee|ทองดี=Thongdee", "",
           "เชียงใหม่|ขอนแก่น|หาดใหญ่|นครราชสีมา|อุดรธานี|ภูเก็ต", "ถนนนิมมานเหมินท์|ถนนมิตรภาพ|ถนนเพชรเกษม|ถนนสุขุมวิท|ซอยรื่นฤดี"),
    "VN": ("Ngọc Anh=Ngoc Anh|Thu Trang=Thu Trang|Minh Thư=Minh Thu|Lan Hương=Lan Huong|Bảo Ngọc=Bao Ngoc",
           "Quang Huy=Quang Huy|Đức Minh=Duc Minh|Văn Tùng=Van Tung|Hoàng Long=Hoang Long|Thành Đạt=Thanh Dat",
           "Nguyễn=Nguyen|Trần=Tran|Lê=Le|Phạm=Pham|Hoàng=Hoang|Vũ=Vu|Đặng=Dang|Bùi=Bui", "",
           "Đà Nẵng|Huế|Cần Thơ|Hải Phòng|Nha Trang|Vũng Tàu", "đường Trần Phú|đường Lê Lợi|đường Nguyễn Huệ|đường Hai Bà Trưng|phố Hàng Bạc"),
    "ID": ("Dewi|Ratna|Putri|Intan|Wulan|Ayu", "Budi|Agus|Rizky|Fajar|Dimas|Hendra",
           "Santoso|Wijaya|Siregar|Nasution|Hidayat|Kusuma|Pratama|Simanjuntak", "", "Bandung|Surabaya|Yogyakarta|Medan|Semarang|Malang",
           "Jl. Merdeka|Jl. Diponegoro|Jl. Sudirman|Jl. Gatot Subroto|Jl. Pemuda"),
}

FAMILY_FIRST = {"HU", "JP", "CN", "KR", "VN"}
NO_SPACE = {"CN", "KR"}

LANG_COUNTRIES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("US", 6), ("GB", 4), ("IE", 1), ("CA", 2), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 1), ("NG", 1), ("GH", 1), ("PH", 1),
           ("KE", 1), ("SG", 1), ("JM", 1)),
    "en-xid": (("GB", 4), ("IE", 2), ("CA", 3), ("AU", 2), ("NZ", 1), ("IN", 2), ("ZA", 2), ("KE", 1)),
    "en-xib": (("GB", 4), ("IE", 3), ("IN", 1), ("ZA", 1), ("NG", 1), ("KE", 1), ("SG", 1), ("AU", 1), ("CA", 1)),
    "de": (("DE", 5), ("AT", 2), ("CH", 2)), "fr": (("FR", 4), ("BE", 2), ("CH", 1)), "es": (("ES", 4), ("MX", 3), ("AR", 2)),
    "it": (("IT", 1),), "nl": (("NL", 3), ("BE", 1)), "pt": (("PT", 1),), "pt-BR": (("BR", 1),), "pl": (("PL", 1),),
    "sv": (("SE", 1),), "no": (("NO", 1),), "da": (("DK", 1),), "fi": (("FI", 1),), "cs": (("CZ", 1),), "hu": (("HU", 1),),
    "ro": (("RO", 1),), "tr": (("TR", 1),), "el": (("GR", 1),), "ru": (("RU", 1),), "uk": (("UA", 1),), "bg": (("BG", 1),),
    "hr": (("HR", 1),), "et": (("EE", 1),), "ja": (("JP", 1),), "zh": (("CN", 1),), "ko": (("KR", 1),), "he": (("IL", 1),),
    "ar": (("AE", 2), ("EG", 1)), "hi": (("INH", 1),), "th": (("TH", 1),), "vi": (("VN", 1),), "id": (("ID", 1),),
}


def locale_for(lang: str, rng: random.Random) -> str:
    """'en-GB' names its country; 'en', 'en-xid', 'de'... draw one of the language's countries."""
    if lang in LANG_COUNTRIES:
        pool = LANG_COUNTRIES[lang]
        country = rng.choices([c for c, _ in pool], [w for _, w in pool])[0]
        return f"{lang.split('-')[0]}-{country}"
    base, country = lang.split("-")
    return f"{base}-{country}"


def _native(entry: str) -> str:
    return entry.split("=")[0]


def _roman(entry: str) -> str:
    return entry.split("=")[-1]


class Person:
    def __init__(self, r: random.Random, country: str, sex: str | None = None, age: str = "") -> None:
        row = PEOPLE[country]
        self.country = country
        self.sex = sex or r.choice("fm")
        firsts = row[0] if self.sex == "f" else row[1]
        lasts = row[2] if self.sex == "f" or not row[3] else row[3]
        fe, le = r.choice(firsts.split("|")), r.choice(lasts.split("|"))
        self.first, self.last = _native(fe), _native(le)
        self.first_r, self.last_r = _roman(fe), _roman(le)
        if country in FAMILY_FIRST:
            sep = "" if country in NO_SPACE else " "
            if country == "JP":
                sep = r.choice(["", " "])
            self.full = f"{self.last}{sep}{self.first}"
        else:
            self.full = f"{self.first} {self.last}"
        self.full_r = f"{self.first_r} {self.last_r}"
        y = r.randint(2013, 2021) if age == "kid" else r.randint(2006, 2008) if age == "teen" else r.randint(1946, 2004)
        self.dob = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
        self.town = ""


# ---------------------------------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------------------------------
MONTHS = {
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
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "vi": "", "ja": "", "zh": "", "ko": "", "bg": "", "et": "", "he": "", "ar": "", "hi": "", "th": "",
}
MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH_FIRST = {"US", "PH"}


def write_date(r: random.Random, lang: str, country: str, d: datetime.date, style: str = "") -> str:
    names = MONTHS.get(lang, "").split()
    if not style:
        style = r.choice(["num", "num", "long", "iso"]) if names or lang in ("ja", "zh", "ko") else r.choice(["num", "num", "iso"])
    if style == "iso":
        return d.isoformat()
    if style == "us" or (style == "num" and country in MONTH_FIRST):
        return f"{d.month:02d}/{d.day:02d}/{d.year}" if r.random() < 0.7 else f"{d.month}/{d.day}/{d.year}"
    if style == "num":
        if lang in ("ja", "zh"):
            return f"{d.year}/{d.month:02d}/{d.day:02d}"
        if lang == "ko":
            return f"{d.year}.{d.month:02d}.{d.day:02d}."
        if lang in ("hu", "lt"):
            return f"{d.year}.{d.month:02d}.{d.day:02d}."
        if lang in ("nl", "da") or country == "IN":
            return f"{d.day:02d}-{d.month:02d}-{d.year}"
        if lang in ("de", "ru", "uk", "pl", "cs", "fi", "no", "tr", "ro", "bg", "hr", "et"):
            return f"{d.day:02d}.{d.month:02d}.{d.year}"
        if lang == "sv":
            return d.isoformat()
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "short":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}" if country not in MONTH_FIRST else f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "mon":
        return f"{d.day:02d} {MON3[d.month - 1]} {d.year}" if r.random() < 0.6 else f"{d.day}-{MON3[d.month - 1].upper()}-{d.year}"
    if style == "wd":
        wd = d.strftime("%a")
        return f"{wd} {d.day} {MON3[d.month - 1]} {d.year}" if country not in MONTH_FIRST else f"{wd}, {MON3[d.month - 1]} {d.day}, {d.year}"
    # long
    if lang == "ja" or lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if not names:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    m = names[d.month - 1]
    if lang == "en":
        return f"{m} {d.day}, {d.year}" if country in MONTH_FIRST or (country == "CA" and r.random() < 0.5) else f"{d.day} {m} {d.year}"
    if lang == "hu":
        return f"{d.year}. {m} {d.day}."
    if lang in ("es", "pt"):
        return f"{d.day} de {m} de {d.year}"
    if lang in ("de", "da", "no", "fi", "cs", "hr"):
        return f"{d.day}. {m} {d.year}"
    if lang == "ru" or lang == "uk":
        return f"{d.day} {m} {d.year} г." if lang == "ru" and r.random() < 0.4 else f"{d.day} {m} {d.year}"
    return f"{d.day} {m} {d.year}"


# ---------------------------------------------------------------------------------------------------------------------
# Addresses, phones, e-mails
# ---------------------------------------------------------------------------------------------------------------------
def _pat(r: random.Random, pattern: str) -> str:
    return "".join(r.choice(DIG) if c == "#" else r.choice("123456789") if c == "%" else r.choice(UP) if c == "@" else c for c in pattern)


_PC = {"US": "%####", "GB": "", "IE": "", "CA": "", "AU": "%###", "NZ": "%###", "IN": "%#####", "INH": "%#####", "ZA": "%###",
       "NG": "%#####", "GH": "", "PH": "%###", "KE": "%####", "SG": "%#####", "JM": "", "DE": "%####", "AT": "%###", "CH": "%###",
       "FR": "%####", "BE": "%###", "ES": "%####", "MX": "%####", "AR": "@%###@@@", "IT": "%####", "NL": "%### @@", "PT": "%###-###",
       "BR": "%####-###", "PL": "%#-###", "SE": "%## ##", "NO": "%###", "DK": "%###", "FI": "%####", "CZ": "%## ##", "HU": "%###",
       "RO": "%#####", "TR": "%####", "GR": "%## ##", "RU": "%#####", "UA": "%####", "BG": "%###", "HR": "%####", "EE": "%####",
       "JP": "%##-####", "CN": "%#####", "KR": "%####", "IL": "%######", "AE": "", "EG": "%####", "TH": "%####", "VN": "%#####",
       "ID": "%####"}


_ZIP3 = {"Pocatello": "832", "Kalamazoo": "490", "Laramie": "820", "Chattanooga": "374", "Bend": "977", "Muncie": "473", "Pueblo": "810",
         "Billings": "591", "Lafayette": "705", "Ithaca": "148"}
_GB_AREA = {"Shrewsbury": "SY", "Kettering": "NN", "Morecambe": "LA", "Bridport": "DT", "Llandudno": "LL", "Malton": "YO", "Alnwick": "NE",
            "Ilkley": "LS"}


def _postcode(r: random.Random, country: str, town: str) -> str:
    if country == "GB":
        return f"{_GB_AREA.get(town, 'SY')}{r.randint(1, 23)} {r.randint(1, 9)}{_r(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if country == "IE":
        return f"{r.choice(['N91', 'F92', 'E91', 'R95', 'C15', 'P75'])} {_r(r, 4, 'ACDEFHKNPRTVWXY0123456789')}"
    if country == "CA":
        return f"{r.choice('VEKTJSPL')}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"
    if country == "US":
        return _ZIP3.get(town.split(", ")[0], "%##").replace("%", r.choice("123456789")) + _pat(r, "##")
    return _pat(r, _PC.get(country) or "%####")


def _street_line(r: random.Random, country: str, street: str) -> str:
    no = r.randint(2, 190)
    if country in ("US", "GB", "IE", "CA", "AU", "NZ", "ZA", "NG", "GH", "PH", "KE", "JM", "IN", "FR", "IL", "TH", "SG", "EG", "AE"):
        if country == "SG":
            return f"Blk {r.randint(101, 899)} {street} #{r.randint(2, 15):02d}-{r.randint(10, 399)}"
        if country == "US":
            return f"{r.randint(100, 9899)} {street}" + (f" Apt {r.randint(1, 40)}" if r.random() < 0.25 else "")
        if country == "AU" and r.random() < 0.4:
            return f"{r.randint(1, 12)}/{no} {street}"
        if country == "FR":
            return f"{no}{r.choice(['', '', ' bis'])} {street}"
        if country == "IL":
            return f"{street} {no}"
        if country == "TH":
            return f"{no}/{r.randint(1, 40)} {street}"
        if country in ("AE", "EG"):
            return f"{street}، مبنى {no}" if r.random() < 0.5 else f"{no} {street}"
        return f"{no} {street}"
    if country in ("JP", "CN", "KR", "VN"):
        if country == "JP":
            return f"{street}{r.randint(1, 5)}丁目{r.randint(1, 20)}-{r.randint(1, 30)}"
        if country == "CN":
            return f"{street}{no}号{r.randint(1, 20)}栋{r.randint(101, 1805)}室"
        if country == "KR":
            return f"{street} {no}, {r.randint(101, 115)}동 {r.randint(101, 2304)}호"
        return f"số {no} {street}"
    if country in ("ES", "MX", "AR"):
        return f"{street} {no}" + (f", {r.randint(1, 8)}º {r.choice('ABCD')}" if country == "ES" and r.random() < 0.6 else "")
    if country == "IT":
        return f"{street} {no}" if r.random() < 0.7 else f"{street}, {no}"
    if country in ("PL", "RU", "UA", "BG"):
        return f"{street} {no}" + (f"/{r.randint(1, 90)}" if country == "PL" else f", кв. {r.randint(1, 120)}" if r.random() < 0.5 else "")
    if country == "HU":
        return f"{street} {no}. {r.randint(1, 4)}/{r.randint(1, 12)}"
    return f"{street} {no}" + (r.choice(["", "", "a", "B"]) if country in ("DE", "NL", "SE", "NO", "DK", "FI", "CZ", "EE") else "")


def address_parts(r: random.Random, country: str, town: str, street: str) -> tuple[str, str, str]:
    return _street_line(r, country, street), _postcode(r, country, town), town


def join_address(country: str, line: str, pc: str, town: str, multiline: bool) -> str:
    sep = "\n" if multiline else ", "
    if country in ("US",):
        city, st = town.split(", ")
        return f"{line}{sep}{city}, {st} {pc}"
    if country == "CA":
        city, prov = town.split(", ")
        return f"{line}{sep}{city}, {prov} {pc}"
    if country == "AU":
        return f"{line}{sep}{town} {pc}"
    if country in ("GB", "IE"):
        return f"{line}{sep}{town}{sep}{pc}"
    if country in ("NZ", "ZA", "PH", "SG", "KE", "NG", "IN", "INH"):
        return f"{line}{sep}{town} {pc}" if country != "SG" else f"{line}{sep}Singapore {pc}"
    if country in ("GH", "JM"):
        return f"{line}{sep}{town}"
    if country == "JP":
        return f"〒{pc} {town}{line}"
    if country == "CN":
        return f"{town}市{line}"
    if country == "KR":
        return f"{town} {line} ({pc})"
    if country in ("AE",):
        return f"{line}{sep}{town}"
    if country == "EG":
        return f"{line}{sep}{town} {pc}"
    if country == "VN":
        return f"{line}, {town}"
    if country == "BR":
        return f"{line}{sep}{town} - CEP {pc}"
    if country == "RU":
        return f"{pc}, г. {town}, {line}" if not multiline else f"{line}\n{town}, {pc}"
    if country == "UA":
        return f"{line}, м. {town}, {pc}"
    if country == "HU":
        return f"{pc} {town}, {line}"
    if country == "IL":
        return f"{line}, {town} {pc}"
    if country == "TH":
        return f"{line} {town} {pc}"
    if country == "ID":
        return f"{line}{sep}{town} {pc}"
    if country in ("IT",):
        return f"{line}{sep}{pc} {town}"
    if country == "AR":
        return f"{line}{sep}{pc} {town}"
    return f"{line}{sep}{pc} {town}"


_MAILHOSTS = {"US": "gmail.com|yahoo.com|icloud.com|outlook.com|aol.com", "GB": "gmail.com|btinternet.com|hotmail.co.uk|outlook.com",
              "IE": "gmail.com|eircom.net|hotmail.com", "CA": "gmail.com|shaw.ca|videotron.ca|outlook.com", "AU": "gmail.com|bigpond.com|outlook.com.au",
              "NZ": "gmail.com|xtra.co.nz", "IN": "gmail.com|rediffmail.com|yahoo.co.in", "INH": "gmail.com|rediffmail.com|yahoo.in", "ZA": "gmail.com|webmail.co.za|mweb.co.za",
              "NG": "gmail.com|yahoo.com", "GH": "gmail.com|yahoo.com", "PH": "gmail.com|yahoo.com.ph", "KE": "gmail.com|yahoo.com",
              "SG": "gmail.com|singnet.com.sg", "JM": "gmail.com|hotmail.com", "DE": "gmx.de|web.de|t-online.de|posteo.de",
              "AT": "gmx.at|aon.at", "CH": "bluewin.ch|gmx.ch", "FR": "orange.fr|free.fr|laposte.net|gmail.com", "BE": "skynet.be|telenet.be",
              "ES": "gmail.com|hotmail.es|telefonica.net", "MX": "gmail.com|prodigy.net.mx", "AR": "gmail.com|fibertel.com.ar",
              "IT": "libero.it|virgilio.it|gmail.com", "NL": "ziggo.nl|kpnmail.nl|gmail.com", "PT": "sapo.pt|gmail.com",
              "BR": "gmail.com|uol.com.br|bol.com.br", "PL": "wp.pl|onet.pl|interia.pl|o2.pl", "SE": "telia.com|gmail.com",
              "NO": "online.no|gmail.com", "DK": "mail.dk|gmail.com", "FI": "gmail.com|elisanet.fi", "CZ": "seznam.cz|email.cz",
              "HU": "freemail.hu|citromail.hu", "RO": "yahoo.ro|gmail.com", "TR": "gmail.com|hotmail.com.tr", "GR": "gmail.com|otenet.gr",
              "RU": "yandex.ru|mail.ru", "UA": "ukr.net|i.ua|gmail.com", "BG": "abv.bg|mail.bg", "HR": "gmail.com|net.hr",
              "EE": "hot.ee|gmail.com", "JP": "docomo.ne.jp|yahoo.co.jp|gmail.com", "CN": "qq.com|163.com|126.com",
              "KR": "naver.com|daum.net|kakao.com", "IL": "walla.co.il|gmail.com", "AE": "gmail.com|emirates.net.ae",
              "EG": "gmail.com|yahoo.com", "TH": "gmail.com|hotmail.com", "VN": "gmail.com|yahoo.com.vn", "ID": "gmail.com|yahoo.co.id"}


def make_email(r: random.Random, p: Person, domain: str = "") -> str:
    f, l = _slug(p.first_r), _slug(p.last_r)
    host = domain or r.choice(_MAILHOSTS[p.country].split("|"))
    if p.country == "CN" and not domain and host == "qq.com" and r.random() < 0.6:
        return f"{r.randint(10**7, 3 * 10**9)}@qq.com"
    if domain:
        local = r.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}", f"{f}.{l[0]}", f"{l}.{f}"])
    else:
        local = r.choice([f"{f}.{l}", f"{f}{l}{r.randint(1, 99)}", f"{f}_{l}", f"{f[0]}.{l}{p.dob.year % 100:02d}", f"{l}{f[:3]}",
                          f"{f}.{l}{p.dob.year}", f"the.{f}.{l}"])
    return f"{local}@{host}"


_PHONES = {
    "US": ["(%##) %##-####", "%##-%##-####", "+1 %##-%##-####", "%##.%##.####"],
    "GB": ["07### ######", "+44 7### ######", "01### ######", "+44 (0)7### ###***"], "IE": ["08# ### ####", "+353 8# ### ####"],
    "CA": ["(%##) %##-####", "+1 %## %## ####"], "AU": ["04## ### ###", "+61 4## ### ###", "(0%) #### ####"],
    "NZ": ["02# ### ####", "+64 2# ### ####"], "IN": ["+91 9#### #####", "9#########", "+91-8###-######"],
    "INH": ["+91 9#### #####", "9#########"], "ZA": ["08# ### ####", "+27 8# ### ####"], "NG": ["080# ### ####", "+234 80# ### ####"],
    "GH": ["024 ### ####", "+233 24 ### ####"], "PH": ["0917 ### ####", "+63 917 ### ####"], "KE": ["07## ######", "+254 7## ######"],
    "SG": ["9### ####", "+65 8### ####"], "JM": ["(876) %##-####", "+1 876 %## ####"], "DE": ["01## #######", "+49 15# ########", "0%## ######"],
    "AT": ["0664 #######", "+43 676 #######"], "CH": ["07# ### ## ##", "+41 7# ### ## ##"], "FR": ["06 ## ## ## ##", "+33 7 ## ## ## ##"],
    "BE": ["04## ## ## ##", "+32 4## ## ## ##"], "ES": ["6## ### ###", "+34 6## ## ## ##"], "MX": ["+52 1 %## ### ####", "%## ### ####"],
    "AR": ["+54 9 %## ###-####", "11 ####-####"], "IT": ["3## ### ####", "+39 3## #######"], "NL": ["06-########", "+31 6 ## ## ## ##"],
    "PT": ["9## ### ###", "+351 9## ### ###"], "BR": ["(%#) 9####-####", "+55 %# 9####-####"], "PL": ["%## ### ###", "+48 %## ### ###"],
    "SE": ["07#-### ## ##", "+46 7# ### ## ##"], "NO": ["9## ## ###", "+47 4## ## ###"], "DK": ["%# ## ## ##", "+45 %# ## ## ##"],
    "FI": ["04# ### ####", "+358 4# ### ####"], "CZ": ["7## ### ###", "+420 6## ### ###"], "HU": ["+36 30 ### ####", "06 20 ### ####"],
    "RO": ["07## ### ###", "+40 7## ### ###"], "TR": ["05## ### ## ##", "+90 5## ### ## ##"], "GR": ["69########", "+30 69# ### ####"],
    "RU": ["+7 9## ###-##-##", "8 (9##) ###-##-##"], "UA": ["+380 6# ### ## ##", "09# ### ## ##"], "BG": ["08## ### ###", "+359 8# ### ####"],
    "HR": ["09# ### ####", "+385 9# ### ####"], "EE": ["5### ####", "+372 5### ####"], "JP": ["090-####-####", "080-####-####", "+81 90-####-####"],
    "CN": ["13# #### ####", "+86 15#-####-####", "18#########"], "KR": ["010-####-####", "+82 10-####-####"], "IL": ["05#-###-####", "+972 5#-###-####"],
    "AE": ["05# ### ####", "+971 5# ### ####"], "EG": ["01## ### ####", "+20 1## ### ####"], "TH": ["08#-###-####", "+66 8# ### ####"],
    "VN": ["09## ### ###", "+84 9# ### ## ##"], "ID": ["08##-####-####", "+62 8##-####-####"],
}


def make_phone(r: random.Random, country: str) -> str:
    pat = r.choice(_PHONES[country]).replace("***", "###")
    out = _pat(r, pat)
    if country == "US" or country == "CA" or country == "JM":
        while "555" in out[-8:-5] or out[-8:-5] in ("555",):
            out = _pat(r, pat)
    return out


# ---------------------------------------------------------------------------------------------------------------------
# Cards, IBANs, SSNs, national numbers
# ---------------------------------------------------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _luhn_complete(body: str) -> str:
    for c in DIG:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


_TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005", "4000056655665556", "5105105105105100",
               "6011111111111117", "4012888888881881", "371449635398431", "5200828282828210"}


def card_digits(r: random.Random, scheme: str = "") -> str:
    scheme = scheme or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "mc2"])
    while True:
        if scheme == "visa":
            body = "4" + _r(r, 14, DIG)
        elif scheme == "mc":
            body = str(r.randint(51, 55)) + _r(r, 13, DIG)
        elif scheme == "mc2":
            body = str(r.randint(2221, 2720)) + _r(r, 11, DIG)
        elif scheme == "amex":
            body = r.choice(["34", "37"]) + _r(r, 12, DIG)
        else:
            body = "6011" + _r(r, 11, DIG)
        out = _luhn_complete(body)
        if out not in _TEST_CARDS and len(set(out)) > 4:
            return out


def card_text(r: random.Random, digits: str, layout: str = "") -> str:
    layout = layout or r.choice(["sp", "sp", "sp", "dash", "plain"])
    if len(digits) == 15:
        g = [digits[:4], digits[4:10], digits[10:]]
    else:
        g = [digits[i:i + 4] for i in range(0, 16, 4)]
    if layout == "plain":
        return digits
    if layout == "dash":
        return "-".join(g)
    if layout == "dot":
        return ".".join(g)
    if layout == "nb":
        return "\u202f".join(g)
    if layout == "wide":
        return "  ".join(g)
    return " ".join(g)


_BBAN = {"DE": "8n10n", "AT": "5n11n", "CH": "5n12n", "FR": "5n5n11n2n", "BE": "3n7n2n", "ES": "4n4n2n10n", "IT": "1a5n5n12n",
         "NL": "4a10n", "PT": "4n4n11n2n", "PL": "8n16n", "SE": "3n17n", "NO": "4n7n", "DK": "4n10n", "FI": "3n11n", "CZ": "4n6n10n",
         "SK": "4n6n10n", "HU": "3n4n1n15n1n", "RO": "4a16c", "TR": "5n1n16n", "GR": "3n4n16n", "UA": "6n19n", "BG": "4a4n2n8n",
         "HR": "7n10n", "EE": "2n2n11n1n", "GB": "4a6n8n", "IE": "4a6n8n", "IL": "3n3n13n", "AE": "3n16n", "SA": "2n18n", "LT": "5n11n",
         "LU": "3n13n", "MT": "4a5n18c", "EG": "4n4n17n", "BR": "8n5n10n1a1c"}
_BANKS = {"GB": "MONZ|STAR|BUKB|NWBK|SRLG|TSBS", "IE": "AIBK|BOFI|PTSB|REVO", "NL": "RABO|INGB|ABNA|SNSB|BUNQ|TRIO", "BG": "UNCR|BPBI|STSA",
          "RO": "BTRL|BRDE|RNCB|INGB", "MT": "MALT|VALL", "IT": ""}


def _iban_check(cc: str, bban: str) -> str:
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(num) % 97:02d}"


def _bban(r: random.Random, cc: str) -> str:
    spec = _BBAN[cc]
    out, i = [], 0
    first_alpha = True
    while i < len(spec):
        j = i
        while spec[j].isdigit():
            j += 1
        n, kind = int(spec[i:j]), spec[j]
        if kind == "a" and first_alpha and cc in _BANKS and _BANKS[cc] and n == 4:
            out.append(r.choice(_BANKS[cc].split("|")))
        elif kind == "a":
            out.append(_r(r, n, UP))
        elif kind == "c":
            out.append(_r(r, n, UP + DIG))
        else:
            out.append(_r(r, n, DIG))
        first_alpha = first_alpha and kind != "a"
        i = j + 1
    return "".join(out)


def _fix_bban(r: random.Random, cc: str, bban: str) -> str:
    if cc == "BE":
        body = f"{r.randint(1, 99):03d}" + bban[3:10]
        c = int(body) % 97 or 97
        return body + f"{c:02d}"
    if cc == "NO":
        body = bban[:10]
        for c in DIG:
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            s = sum(int(a) * b for a, b in zip(body, w))
            if (11 - s % 11) % 11 == int(c):
                return body + c
        return ""
    if cc == "ES":
        def cd(s: str) -> str:
            w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
            v = 11 - sum(int(a) * b for a, b in zip(s.zfill(10), w)) % 11
            return str({10: 1, 11: 0}.get(v, v))
        return bban[:8] + cd("00" + bban[:8]) + cd(bban[10:]) + bban[10:]
    return bban


def make_iban(r: random.Random, cc: str) -> str:
    while True:
        bban = _fix_bban(r, cc, _bban(r, cc))
        if bban:
            return cc + _iban_check(cc, bban) + bban


def iban_text(v: str, layout: str = "") -> str:
    if layout == "plain":
        return v
    g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if layout == "lc":
        return g.lower()
    if layout == "dash":
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    return g


_IBAN_HOME = {"US": "", "CA": "", "AU": "", "NZ": "", "IN": "GB", "INH": "AE", "ZA": "GB", "NG": "GB", "GH": "GB", "PH": "AE", "KE": "GB",
              "SG": "GB", "JM": "GB", "MX": "ES", "AR": "ES", "JP": "DE", "CN": "DE", "KR": "DE", "VN": "FR", "ID": "NL", "RU": "LT",
              "TH": "DE", "EG": "EG"}


def iban_country(r: random.Random, country: str) -> str:
    if country in _BBAN:
        return country
    home = _IBAN_HOME.get(country, "")
    return home or r.choice(["GB", "DE", "IE", "NL", "FR", "ES"])


def ssn_ok(s: str) -> bool:
    d = "".join(c for c in s if c.isdigit())
    if len(d) != 9:
        return False
    a, g, n = d[:3], d[3:5], d[5:]
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000" and d not in (
        "078051120", "219099999", "123456789", "457555462")


def make_ssn(r: random.Random) -> str:
    while True:
        d = f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}"
        if ssn_ok(d):
            return d


def ssn_text(d: str, layout: str = "") -> str:
    if layout == "plain":
        return d
    if layout == "sp":
        return f"{d[:3]} {d[3:5]} {d[5:]}"
    if layout == "dot":
        return f"{d[:3]}.{d[3:5]}.{d[5:]}"
    return f"{d[:3]}-{d[3:5]}-{d[5:]}"


def _first_ok(cands, valid) -> str:
    for c in cands:
        if valid(c):
            return c
    return ""


def _vr(mod: str):
    import importlib
    m = importlib.import_module(f"stdnum.{mod}")
    return m.is_valid


_ID_KIND = {"GB": "nhs", "IE": "pps", "CA": "sin", "AU": "tfn", "NZ": "ird", "IN": "aadhaar", "INH": "aadhaar", "ZA": "za", "KE": "kra",
            "DE": "steuer", "AT": "svnr", "CH": "ahv", "FR": "nir", "BE": "rrn", "ES": "dni", "MX": "curp", "AR": "cuil", "IT": "cf",
            "NL": "bsn", "PT": "nif", "BR": "cpf", "PL": "pesel", "SE": "pnr", "NO": "fnr", "DK": "cpr", "FI": "hetu", "CZ": "rc",
            "RO": "cnp", "TR": "tckn", "GR": "amka", "RU": "inn", "UA": "rnokpp", "BG": "egn", "HR": "oib", "EE": "ik", "JP": "mynumber",
            "CN": "ric", "KR": "rrn_kr", "IL": "tz", "TH": "th", "ID": "nik"}
ID_MODULE = {"nhs": "gb.nhs", "pps": "ie.pps", "sin": "ca.sin", "tfn": "au.tfn", "ird": "nz.ird", "aadhaar": "in_.aadhaar", "pan": "in_.pan",
             "za": "za.idnr", "kra": "ke.pin", "steuer": "de.idnr", "svnr": "at.vnr", "ahv": "ch.ssn", "nir": "fr.nir", "rrn": "be.nn",
             "dni": "es.dni", "nie": "es.nie", "curp": "mx.curp", "cuil": "ar.cuit", "cf": "it.codicefiscale", "bsn": "nl.bsn",
             "nif": "pt.nif", "cpf": "br.cpf", "pesel": "pl.pesel", "pnr": "se.personnummer", "fnr": "no.fodselsnummer", "cpr": "dk.cpr",
             "hetu": "fi.hetu", "rc": "cz.rc", "cnp": "ro.cnp", "tckn": "tr.tckimlik", "amka": "gr.amka", "inn": "ru.inn",
             "rnokpp": "ua.rntrc", "egn": "bg.egn", "oib": "hr.oib", "ik": "ee.ik", "mynumber": "jp.in_", "ric": "cn.ric",
             "rrn_kr": "kr.rrn", "tz": "il.idnr", "th": "th.pin", "nik": "id.nik", "utr": "gb.utr", "rut": "cl.rut"}
_CN_AREAS = ("110105", "440305", "330106", "510104", "420106", "320102", "350203", "370202")
_ID_AREAS = ("3273", "3578", "3471", "1271", "3374", "3573")
_IT_TOWNS = ("L781", "G224", "G337", "G702", "A662", "L483", "B354", "I726")  # cadastral codes: letter + three digits
_CF_MONTH = "ABCDEHLMPRST"


def _cf_name(s: str, first: bool) -> str:
    s = _ascii(s).upper().replace(" ", "").replace("'", "")
    cons = [c for c in s if c.isalpha() and c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if first and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def make_natid(r: random.Random, p: Person, kind: str = "") -> tuple[str, str]:
    """(written value, kind)."""
    kind = kind or _ID_KIND[p.country]
    d = p.dob
    valid = _vr(ID_MODULE[kind])
    yy, mm, dd = f"{d.year % 100:02d}", f"{d.month:02d}", f"{d.day:02d}"
    f = p.sex == "f"
    for _ in range(300):
        v = ""
        if kind == "nhs":
            b = _r(r, 1, "4") + _r(r, 8, DIG)
            v = _first_ok((f"{b[:3]} {b[3:6]} {b[6:]}{c}" for c in DIG), valid)
        elif kind == "pps":
            b = _r(r, 7, DIG)
            v = _first_ok((f"{b}{c}{r.choice(['', '', 'A'])}" for c in "ABCDEFGHIJKLMNOPQRSTUVW"), valid)
        elif kind == "sin":
            b = r.choice("1234567") + _r(r, 7, DIG)
            v = _first_ok((f"{b[:3]} {b[3:6]} {b[6:]}{c}" for c in DIG), valid)
        elif kind == "tfn":
            b = _r(r, 8, DIG)
            v = _first_ok((f"{b[:3]} {b[3:6]} {b[6:]}{c}" for c in DIG), valid)
        elif kind == "ird":
            b = str(r.randint(10000000, 14999999))
            v = _first_ok((f"{b[:2]}-{b[2:5]}-{b[5:]}{c}" if len(b) == 8 else b + c for c in DIG), valid)
            v = _first_ok((f"0{b[:2]}-{b[2:5]}-{b[5:]}{c}" for c in DIG), valid) if not v else v
        elif kind == "aadhaar":
            b = r.choice("23456789") + _r(r, 10, DIG)
            v = _first_ok((f"{b[:4]} {b[4:8]} {b[8:]}{c}" for c in DIG), valid)
        elif kind == "pan":
            v = _r(r, 3, UP) + "P" + _slug(p.last_r)[0].upper() + _r(r, 4, DIG) + _r(r, 1, UP)
            v = v if valid(v) else ""
        elif kind == "za":
            b = f"{yy}{mm}{dd}{r.randint(0, 4999) if f else r.randint(5000, 9999):04d}08"
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "kra":
            v = "A" + _r(r, 9, DIG) + _r(r, 1, UP)
            v = v if valid(v) else ""
        elif kind == "steuer":
            digs = r.sample(DIG, 9)
            while digs[0] == "0":
                r.shuffle(digs)
            dup = r.choice(digs)
            pos = r.randint(1, 9)
            ten = digs[:pos] + [dup] + digs[pos:]
            b = "".join(ten)
            v = _first_ok((f"{b[:2]} {b[2:5]} {b[5:8]} {b[8:]}{c}" for c in DIG), valid)
        elif kind == "svnr":
            b = f"{r.randint(100, 999)}"
            v = _first_ok((f"{b}{c} {dd}{mm}{yy}" for c in DIG), valid)
        elif kind == "ahv":
            b = "756" + _r(r, 9, DIG)
            v = _first_ok((f"{b[:3]}.{b[3:7]}.{b[7:11]}.{b[11:]}{c}" for c in DIG), valid)
        elif kind == "nir":
            body = f"{2 if f else 1}{yy}{mm}{r.choice(['35', '87', '54', '64', '56', '73', '30', '37'])}{r.randint(1, 350):03d}{r.randint(1, 999):03d}"
            key = 97 - int(body) % 97
            v = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
            v = v if valid(v) else ""
        elif kind == "rrn":
            b = f"{yy}{mm}{dd}{r.randint(1, 997) // 2 * 2 + (0 if f else 1):03d}"
            v = _first_ok((f"{b[:2]}.{b[2:4]}.{b[4:6]}-{b[6:9]}.{c:02d}" for c in range(100)), valid)
        elif kind == "dni":
            b = f"{r.randint(10**7, 8 * 10**7 - 1)}"
            v = _first_ok((b + c for c in "TRWAGMYFPDXBNJZSQVHLCKE"), valid)
        elif kind == "nie":
            b = r.choice("XYZ") + _r(r, 7, DIG)
            v = _first_ok((b + c for c in "TRWAGMYFPDXBNJZSQVHLCKE"), valid)
        elif kind == "curp":
            parts = p.last_r.split()
            a1 = _ascii(parts[0]).upper()
            a2 = _ascii(parts[1]).upper() if len(parts) > 1 else "X"
            g = _ascii(p.first_r).upper().split()[0]
            vowel = next((c for c in a1[1:] if c in "AEIOU"), "X")
            inner = lambda s: next((c for c in s[1:] if c.isalpha() and c not in "AEIOU"), "X")  # noqa: E731
            b = (f"{a1[0]}{vowel}{a2[0]}{g[0]}{yy}{mm}{dd}{'M' if f else 'H'}{r.choice(['PL', 'CL', 'SL', 'VZ', 'TS', 'DG', 'DF', 'JC'])}"
                 f"{inner(a1)}{inner(a2)}{inner(g)}{r.choice(DIG) if d.year < 2000 else r.choice(UP)}")
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "cuil":
            b = f"{27 if f else 20}{r.randint(20_000_000, 45_000_000)}"
            v = _first_ok((f"{b[:2]}-{b[2:]}-{c}" for c in DIG), valid)
        elif kind == "cf":
            b = (_cf_name(p.last_r, False) + _cf_name(p.first_r, True) + yy + _CF_MONTH[d.month - 1]
                 + f"{d.day + (40 if f else 0):02d}" + r.choice(_IT_TOWNS))
            v = _first_ok((b + c for c in UP), valid)
        elif kind == "bsn":
            b = r.choice("12345678") + _r(r, 7, DIG)
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "nif":
            b = r.choice("123") + _r(r, 7, DIG)
            v = _first_ok((f"{b[:3]} {b[3:6]} {b[6:]}{c}" for c in DIG), valid)
        elif kind == "cpf":
            b = _r(r, 9, DIG)
            v = _first_ok((f"{b[:3]}.{b[3:6]}.{b[6:]}-{c:02d}" for c in range(100)), valid)
        elif kind == "pesel":
            m = d.month + (20 if d.year >= 2000 else 0)
            b = f"{yy}{m:02d}{dd}{_r(r, 3, DIG)}{r.choice('02468' if f else '13579')}"
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "pnr":
            b = f"{yy}{mm}{dd}-{_r(r, 2, DIG)}{r.choice('02468' if f else '13579')}"
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "fnr":
            ind = r.randint(0, 499) if d.year < 2000 else r.randint(500, 999)
            ind = ind // 2 * 2 + (0 if f else 1)
            b = f"{dd}{mm}{yy}{ind:03d}"
            v = _first_ok((f"{b[:6]} {b[6:]}{c:02d}" for c in range(100)), valid)
        elif kind == "cpr":
            s7 = r.choice("0123") if d.year < 2000 else r.choice("4")
            v = f"{dd}{mm}{yy}-{s7}{_r(r, 2, DIG)}{r.choice('02468' if f else '13579')}"
            v = v if valid(v) else ""
        elif kind == "hetu":
            b = f"{dd}{mm}{yy}{'-' if d.year < 2000 else 'A'}{r.randint(2, 899) // 2 * 2 + (0 if f else 1):03d}"
            v = _first_ok((b + c for c in "0123456789ABCDEFHJKLMNPRSTUVWXY"), valid)
        elif kind == "rc":
            b = f"{yy}{d.month + (50 if f else 0):02d}{dd}/{_r(r, 3, DIG)}"
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "cnp":
            s = (2 if f else 1) if d.year < 2000 else (6 if f else 5)
            b = f"{s}{yy}{mm}{dd}{r.randint(1, 40):02d}{r.randint(1, 999):03d}"
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "tckn":
            b = r.choice("123456789") + _r(r, 8, DIG)
            v = _first_ok((b + f"{c:02d}" for c in range(100)), valid)
        elif kind == "amka":
            b = f"{dd}{mm}{yy}{_r(r, 3, DIG)}{r.choice('02468' if f else '13579')}"
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "inn":
            b = r.choice(["77", "78", "50", "66", "52", "76", "40", "55"]) + _r(r, 8, DIG)
            v = _first_ok((b + f"{c:02d}" for c in range(100)), valid)
        elif kind == "rnokpp":
            days = (d - datetime.date(1899, 12, 31)).days
            b = f"{days:05d}{_r(r, 3, DIG)}{r.choice('02468' if f else '13579')}"
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "egn":
            m = d.month + (40 if d.year >= 2000 else 0)
            b = f"{yy}{m:02d}{dd}{_r(r, 2, DIG)}{r.choice('13579' if f else '02468')}"
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "oib":
            b = r.choice("123456789") + _r(r, 9, DIG)
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "ik":
            g = (4 if f else 3) if d.year < 2000 else (6 if f else 5)
            b = f"{g}{yy}{mm}{dd}{_r(r, 3, DIG)}"
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "mynumber":
            b = _r(r, 11, DIG)
            v = _first_ok((f"{b[:4]} {b[4:8]} {b[8:]}{c}" for c in DIG), valid)
        elif kind == "ric":
            b = f"{r.choice(_CN_AREAS)}{d.year}{mm}{dd}{_r(r, 2, DIG)}{r.choice('02468' if f else '13579')}"
            v = _first_ok((b + c for c in DIG + "X"), valid)
        elif kind == "rrn_kr":
            s = (2 if f else 1) if d.year < 2000 else (4 if f else 3)
            b = f"{yy}{mm}{dd}-{s}{r.randint(0, 95):02d}{_r(r, 3, DIG)}"
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "tz":
            b = _r(r, 1, "0123") + _r(r, 7, DIG)
            v = _first_ok((b + c for c in DIG), valid)
        elif kind == "th":
            b = r.choice("12345678") + _r(r, 11, DIG)
            v = _first_ok((f"{b[0]}-{b[1:5]}-{b[5:10]}-{b[10:12]}-{c}" for c in DIG), valid)
        elif kind == "nik":
            b = f"{r.choice(_ID_AREAS)}{r.randint(1, 30):02d}{d.day + (40 if f else 0):02d}{mm}{yy}{r.randint(1, 3999):04d}"
            v = b if valid(b) else ""
        elif kind == "utr":
            b = _r(r, 9, DIG)
            v = _first_ok((c + b for c in DIG), valid)
        elif kind == "rut":
            b = f"{r.randint(8_000_000, 24_000_000)}"
            v = _first_ok((f"{int(b):,}".replace(",", ".") + f"-{c}" for c in DIG + "K"), valid)
        if v:
            return v, kind
    raise AssertionError(kind)


# ---------------------------------------------------------------------------------------------------------------------
# IPs, secrets, organizations, links
# ---------------------------------------------------------------------------------------------------------------------
def make_ip(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["pub", "pub", "lan", "v6", "cgnat", "ten"])
    if kind == "lan":
        return f"192.168.{r.choice([0, 1, 2, 10, 50, 86, 178])}.{r.randint(2, 254)}"
    if kind == "ten":
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if kind == "cgnat":
        return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "v6":
        return f"2a02:{_r(r, 4, HEXC).lstrip('0') or '1'}:{_r(r, 4, HEXC).lstrip('0') or 'a'}:{r.randint(1, 99)}::{_r(r, 3, HEXC)}"
    if kind == "v6full":
        return "2001:" + ":".join(_r(r, 4, HEXC) for _ in range(7))
    if kind == "ll":
        return f"fe80::{_r(r, 4, HEXC)}:{_r(r, 4, HEXC)}:{_r(r, 4, HEXC)}:{_r(r, 4, HEXC)}"
    while True:
        a = r.choice([31, 37, 46, 62, 78, 81, 85, 88, 94, 102, 109, 141, 151, 176, 185, 188, 212, 217, 24, 47, 71, 73, 98, 104, 142])
        ip = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        return ip


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def make_jwt(r: random.Random, sub: str = "") -> str:
    head = _b64u(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    body = _b64u(json.dumps({"sub": sub or str(r.randint(10**5, 10**9)), "iat": r.randint(1_760_000_000, 1_790_000_000),
                             "role": r.choice(["user", "admin", "service"])}).encode())
    return f"{head}.{body}.{_r(r, 43, AN + '-_')}"


def make_pem(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = [base64.b64encode(bytes(r.getrandbits(8) for _ in range(48))).decode() for _ in range(r.randint(4, 7))]
    if kind == "OPENSSH PRIVATE KEY":
        lines[0] = "b3BlbnNzaC1rZXktdjEAAAAA" + lines[0][24:]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
KEYS = {
    "openai": lambda r: "sk-proj-" + _r(r, 48, AN + "-_") + "T3BlbkFJ" + _r(r, 40, AN + "-_"),
    "anthropic": lambda r: "sk-ant-api03-" + _r(r, 86, AN + "-_") + "-" + _r(r, 6, AN) + "AA",
    "ghp": lambda r: "ghp_" + _r(r, 36),
    "ghpat": lambda r: "github_pat_11" + _r(r, 20, UP + DIG) + "_" + _r(r, 59),
    "glpat": lambda r: "glpat-" + _r(r, 20, AN + "-_"),
    "aws": lambda r: "AKIA" + _r(r, 16, UP + "234567"),
    "awssecret": lambda r: _r(r, 40, AN + "/+"),
    "gcp": lambda r: "AIza" + _r(r, 35, AN + "-_"),
    "slack": lambda r: f"xoxb-{r.randint(10**11, 10**12)}-{r.randint(10**11, 10**12)}-{_r(r, 24)}",
    "slackhook": lambda r: f"https://hooks.slack.com/services/T{_r(r, 10, UP + DIG)}/B{_r(r, 10, UP + DIG)}/{_r(r, 24)}",
    "stripe": lambda r: "sk_live_51" + _r(r, 97),
    "rk": lambda r: "rk_live_51" + _r(r, 97),
    "whsec": lambda r: "whsec_" + _r(r, 32),
    "twilio": lambda r: "SK" + _r(r, 32, HEXC),
    "sendgrid": lambda r: "SG." + _r(r, 22, AN + "-_") + "." + _r(r, 43, AN + "-_"),
    "npm": lambda r: "npm_" + _r(r, 36),
    "pypi": lambda r: "pypi-AgEIcHlwaS5vcmc" + _r(r, 120, AN + "-_"),
    "hf": lambda r: "hf_" + _r(r, 34, AN),
    "discord": lambda r: _b64u(str(r.randint(10**17, 10**18)).encode()) + "." + _r(r, 6, AN + "-_") + "." + _r(r, 38, AN + "-_"),
    "telegram": lambda r: f"{r.randint(10**9, 8 * 10**9)}:AA{_r(r, 33, AN + '-_')}",
    "shopify": lambda r: "shpat_" + _r(r, 32, HEXC),
    "linear": lambda r: "lin_api_" + _r(r, 40),
    "notion": lambda r: "ntn_" + _r(r, 46),
    "doppler": lambda r: "dp.st.prd." + _r(r, 43),
    "do": lambda r: "dop_v1_" + _r(r, 64, HEXC),
    "grafana": lambda r: "glsa_" + _r(r, 32) + "_" + _r(r, 8, HEXC),
    "newrelic": lambda r: "NRAK-" + _r(r, 27, UP + DIG),
    "atlassian": lambda r: "ATATT3xFfGF0" + _r(r, 170, AN + "-_") + "=" + _r(r, 8, UP + DIG),
    "azure": lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode(),
    "mailgun": lambda r: "key-" + _r(r, 32, HEXC),
    "jwt": lambda r: make_jwt(r),
    "hex32": lambda r: _r(r, 32, HEXC),
    "hex64": lambda r: _r(r, 64, HEXC),
    "b64": lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
    "totp": lambda r: _r(r, 32, _B32),
    "wg": lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
    "cookie": lambda r: _r(r, 48, AN + "%-_"),
    "fly": lambda r: "FlyV1 fm2_" + _r(r, 120, AN + "+/"),
    "vercel": lambda r: _r(r, 24, AN),
    "cloudflare": lambda r: _r(r, 40, AN + "-_"),
    "mapbox_sk": lambda r: "sk.eyJ1Ijoi" + _r(r, 40, AN) + "." + _r(r, 22, AN + "-_"),
    "figma": lambda r: "figd_" + _r(r, 40, AN + "-_"),
    "airtable": lambda r: "pat" + _r(r, 14, AN) + "." + _r(r, 64, HEXC),
    "ssh": lambda r: make_pem(r, "OPENSSH PRIVATE KEY"),
    "pem": lambda r: make_pem(r),
    "age": lambda r: "AGE-SECRET-KEY-1" + _r(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper()),
    "vault": lambda r: "hvs." + _r(r, 24),
    "recovery": lambda r: " ".join(f"{_r(r, 4, LAN)}-{_r(r, 4, LAN)}" for _ in range(4)),
}
_PW_WORDS = ["Marmalade", "Tractor", "Snowdrop", "Pelican", "Zeppelin", "Cinnamon", "Hedgehog", "Saffron", "Quokka", "Bluebell",
             "Ravioli", "Kestrel", "Gondola", "Tortoise", "Meerkat", "Crumpet", "Tamarind", "Ocelot"]
_PHRASE = ["velvet", "anchor", "pumpkin", "drizzle", "kayak", "lantern", "meadow", "cactus", "tundra", "biscuit", "nectar", "pebble",
           "walnut", "ember", "otter", "quiver", "salsa", "marble", "comet", "fjord"]


def make_password(r: random.Random, style: str = "") -> str:
    style = style or r.choice(["word", "word", "rand", "phrase", "pin6", "leet"])
    if style == "word":
        return f"{r.choice(_PW_WORDS)}{r.choice(['', '_', '.', '!', '#'])}{r.randint(1, 2025)}{r.choice(['!', '?', '', '$', '*'])}"
    if style == "rand":
        return _r(r, r.randint(14, 22), AN + "!@#%^*-_=+")
    if style == "phrase":
        return "-".join(r.sample(_PHRASE, 4))
    if style == "pin6":
        return _r(r, 6, DIG)
    if style == "wifi":
        return f"{r.choice(_PW_WORDS).lower()}{r.choice(_PW_WORDS).lower()}{r.randint(10, 99)}"
    w = r.choice(_PW_WORDS)
    return w.replace("a", "@").replace("o", "0").replace("e", "3") + f"{r.randint(10, 99)}!"


_ORG_WORDS: dict[str, tuple[str, str]] = {  # lang -> (name stems, suffixes); a kind picks one of the lists below
    "en": ("Brightwater|Ashgrove|Tidewell|Kingfisher Lane|Copperbeech|Thornbury|Redgate|Millbrook|Foxglove|Harbourside|Larchmont|Stonechat",
           "Ltd|LLC|Pty Ltd|& Co.|Group|Partners|Inc."),
    "de": ("Lindenhof|Elbtal|Rheinblick|Hainbuche|Sonnenhang|Mühlbach|Weidenau|Hasenheide", "GmbH|KG|GbR|e.K.|AG"),
    "fr": ("Les Tilleuls|Bel Horizon|La Source|Clairefontaine|Val d'Or|Les Glycines|Beausoleil|Pierre Blanche", "SARL|SAS|SA|EURL"),
    "es": ("Los Almendros|La Encina|Río Claro|El Olivar|Sierra Alta|Mar Azul|Las Dunas|Buenavista", "S.L.|S.A.|S.A. de C.V.|SRL"),
    "it": ("Colle Verde|La Quercia|Borgo Antico|Il Faro|Valle Serena|Le Ginestre|Monte Bianco|San Rocco", "S.r.l.|S.p.A.|S.n.c.|S.a.s."),
    "nl": ("De Wilgen|Het Anker|Zonnehoek|De Vlinder|Waterrijk|De Eik|Polderzicht|Duinrand", "B.V.|V.O.F.|N.V."),
    "pt": ("Bela Vista|Pinhal|Horizonte Azul|Boa Esperança|Quinta Nova|Ipê Amarelo|Sol Nascente|Serra Verde", "Lda.|Ltda.|S.A.|ME"),
    "pl": ("Zielony Gaj|Pod Lipami|Bursztyn|Sosnowa|Jaskółka|Wrzos|Srebrny Potok", "sp. z o.o.|S.A.|s.c."),
    "sv": ("Björkhaga|Sjöbris|Granlunda|Ekbacken|Solrosen|Fjällvik", "AB|HB"), "no": ("Fjordlys|Bjørkely|Havbris|Solgløtt|Granli|Nordstjerne", "AS|ANS"),
    "da": ("Bøgely|Havblik|Solsikken|Engly|Lærkereden|Kystlys", "ApS|A/S|I/S"), "fi": ("Koivula|Järvenranta|Kuusimäki|Aurinkoranta|Tähtikallio", "Oy|Ky|Oyj"),
    "cs": ("U Lípy|Zelený Háj|Modrý Potok|Na Kopci|Slunečnice|Jasan", "s.r.o.|a.s.|v.o.s."),
    "hu": ("Napfény|Tölgyfa|Kékhegy|Fecske|Pipacs|Aranyhíd", "Kft.|Bt.|Zrt."), "ro": ("Floarea Soarelui|Codrii Verzi|Izvorul|Stejarul|Lumina", "SRL|SA"),
    "tr": ("Çınaraltı|Deniz Yıldızı|Yeşilvadi|Güneşli|Akdeniz Kıyı|Lale Bahçe", "Ltd. Şti.|A.Ş."),
    "el": ("Ελιά|Γαλάζιο Κύμα|Πευκώνας|Ορίζοντας|Αμυγδαλιά", "Ε.Π.Ε.|Α.Ε.|Ι.Κ.Ε."), "ru": ("Берёзка|Северный ветер|Рассвет|Кедр|Ладога", "ООО|АО"),
    "uk": ("Калина|Світанок|Джерело|Соняшник|Верес", "ТОВ|ФОП|ПП"), "bg": ("Балкан Вю|Росица|Липа|Зора|Странджа", "ЕООД|ООД|АД"),
    "hr": ("Maslina|Jadranka|Lavanda|Bura|Borovik", "d.o.o.|j.d.o.o."), "et": ("Kaseke|Rannapiir|Pihlakas|Sinilill|Kuusiku", "OÜ|AS"),
    "ja": ("さくら|みどり|あおば|ひかり|つばさ|ことぶき", "株式会社|合同会社"), "zh": ("鑫源|华盛|锦程|恒远|瑞丰|安泰", "有限公司|科技有限公司"),
    "ko": ("한빛|새솔|푸른숲|다온|세움", "주식회사|(주)"), "he": ("אורן|שקד|גפן|תמר|רימון", 'בע"מ'),
    "ar": ("النخيل|الواحة|الفجر|السنابل|الرمال الذهبية", "ذ.م.م|للتجارة"), "hi": ("सूर्योदय|गंगा|कमल|हिमालय|नीलकंठ", "प्राइवेट लिमिटेड|एंड संस"),
    "th": ("รุ่งเรือง|ทองคำ|ศรีสยาม|ดอกบัว|ฟ้าใส", "จำกัด|บริษัท"), "vi": ("Sao Mai|Hoa Sen|Bình Minh|Trường Thịnh|Phú Gia", "TNHH|Cổ phần"),
    "id": ("Sinar Jaya|Maju Bersama|Cahaya Abadi|Sumber Rejeki|Mitra Sejahtera", "PT|CV"),
}
_ORG_KIND = {
    "en": {"clinic": "{s} Family Practice|{s} Dental|{s} Physio|{s} Medical Centre", "school": "{s} Primary School|{s} Academy|{s} Community College|St {n}'s School",
           "bank": "{s} Credit Union|{s} Building Society|{s} Savings Bank", "firm": "{s} {x}|{s} Logistics {x}|{s} Property Management|{s} Analytics {x}",
           "club": "{s} Running Club|{s} Rowing Club|{s} Allotment Society|{s} Choir"},
}
_ORG_PREFIX = {"de": {"clinic": "Praxis {n}|Zahnarztpraxis {s}|Physiotherapie {s}", "school": "Grundschule {s}|Gymnasium {s}",
                      "bank": "Volksbank {s}|Sparkasse {s}"},
               "fr": {"clinic": "Cabinet médical {s}|Clinique {s}", "school": "École {s}|Collège {s}", "bank": "Caisse {s}"},
               "es": {"clinic": "Clínica {s}|Centro de Salud {s}", "school": "Colegio {s}|Instituto {s}", "bank": "Caja {s}"},
               "it": {"clinic": "Studio Medico {s}|Poliambulatorio {s}", "school": "Istituto {s}|Scuola {s}", "bank": "Banca {s}"},
               "nl": {"clinic": "Huisartsenpraktijk {s}|Tandartspraktijk {s}", "school": "Basisschool {s}|Lyceum {s}"},
               "pt": {"clinic": "Clínica {s}", "school": "Escola {s}|Colégio {s}"},
               "pl": {"clinic": "Przychodnia {s}", "school": "Szkoła Podstawowa {s}|Liceum {s}"}}


def make_org(r: random.Random, lang: str, kind: str = "") -> str:
    stems, sufs = _ORG_WORDS.get(lang, _ORG_WORDS["en"])
    s = r.choice(stems.split("|"))
    x = r.choice(sufs.split("|"))
    kind = kind or "firm"
    if lang == "en":
        pat = r.choice(_ORG_KIND["en"].get(kind, _ORG_KIND["en"]["firm"]).split("|"))
        return pat.format(s=s, x=x, n=r.choice(["Aidan", "Brigid", "Columba", "Kentigern", "Winifred"]))
    if kind in _ORG_PREFIX.get(lang, {}):
        return r.choice(_ORG_PREFIX[lang][kind].split("|")).format(s=s, n=s)
    if lang in ("ja", "ko", "id") and x in ("株式会社", "(주)", "주식회사", "PT", "CV"):
        return f"{x} {s}" if lang != "ja" else f"{x}{s}"
    if lang in ("zh", "ja"):
        return f"{s}{x}"
    if lang in ("ru", "uk", "bg") and r.random() < 0.8:
        return f"{x} «{s}»"
    if lang == "vi":
        return f"Công ty {x} {s}"
    if lang == "th":
        return f"บริษัท {s} จำกัด"
    return f"{s} {x}"


def personal_link(r: random.Random, p: Person, kind: str = "", email: str = "") -> str:
    f, l = _slug(p.first_r), _slug(p.last_r)
    kind = kind or r.choice(["li", "gh", "site", "cal", "drive", "ig", "form", "onedrive", "tt", "notion", "kofi", "orcid"])
    if kind == "li":
        return f"https://www.linkedin.com/in/{f}-{l}-{_r(r, 5, LAN)}/"
    if kind == "gh":
        return f"https://github.com/{f}{l[:4]}{r.randint(1, 99)}"
    if kind == "site":
        return f"https://{f}{l}.{r.choice(['com', 'net', 'dev', 'me', 'co.uk', 'photography'])}"
    if kind == "cal":
        return f"https://calendly.com/{f}-{l}/30min"
    if kind == "drive":
        return f"https://drive.google.com/file/d/1{_r(r, 32, AN + '-_')}/view?usp=sharing"
    if kind == "ig":
        return f"https://instagram.com/{f}.{l}{r.randint(1, 9)}"
    if kind == "form":
        return f"https://portal.{r.choice(['tenantly.app', 'signwell.io', 'clinicdesk.net'])}/invite?email={email or make_email(r, p)}&ref={_r(r, 8, LAN)}"
    if kind == "onedrive":
        return f"https://1drv.ms/f/s!{_r(r, 26, AN + '-_')}"
    if kind == "tt":
        return f"https://www.tiktok.com/@{f}{l}{r.randint(1, 999)}"
    if kind == "notion":
        return f"https://{f}-{l}.notion.site/CV-{_r(r, 32, HEXC)}"
    if kind == "kofi":
        return f"https://ko-fi.com/{f}{l}"
    return f"https://orcid.org/0000-000{r.randint(1, 3)}-{_r(r, 4, DIG)}-{_r(r, 3, DIG)}{r.choice(DIG + 'X')}"


# ---------------------------------------------------------------------------------------------------------------------
# Hard-negative lookalikes: values that look like PII and are not
# ---------------------------------------------------------------------------------------------------------------------
def _bad_luhn(r: random.Random) -> str:
    d = card_digits(r, "visa")
    last = str((int(d[-1]) + r.randint(1, 9)) % 10)
    return card_text(r, d[:-1] + last, "sp")


def _bad_iban(r: random.Random) -> str:
    v = make_iban(r, r.choice(["DE", "FR", "NL", "GB", "IT", "ES"]))
    ck = int(v[2:4])
    bad = f"{(ck + r.randint(1, 40)) % 97 + 2:02d}"
    if bad == v[2:4]:
        bad = f"{(ck + 3) % 90 + 2:02d}"
    return iban_text(v[:2] + bad + v[4:])


def _ean13(r: random.Random) -> str:
    while True:
        body = "40" + _r(r, 10, DIG)
        check = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
        code = body + str(check)
        if not luhn_ok(code):
            return code


def _amazonish(r: random.Random) -> str:
    while True:
        v = f"{r.randint(100, 999)}-{r.randint(1000000, 9999999)}-{r.randint(1000000, 9999999)}"
        if not luhn_ok(v.replace("-", "")):
            return v


def _bad_bsn(r: random.Random) -> str:
    while True:
        v = r.choice("12345678") + _r(r, 8, DIG)
        if sum(int(c) * w for c, w in zip(v, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11:
            return v


NEG = {
    "order": lambda r: r.choice([f"#{r.randint(100000, 999999)}", f"ORD-{r.randint(2024, 2026)}-{r.randint(10000, 99999)}",
                                 _amazonish(r),
                                 f"SO{r.randint(10**7, 10**8)}"]),
    "ticket": lambda r: r.choice([f"INC{r.randint(10**6, 10**7)}", f"JIRA-{r.randint(100, 9999)}", f"CASE-{_r(r, 6, UP + DIG)}",
                                  f"#{r.randint(1000, 99999)}"]),
    "ver": lambda r: r.choice([f"{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 20)}", f"v{r.randint(0, 3)}.{r.randint(1, 60)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}",
                               f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 9999)}"]),
    "uuid": lambda r: "-".join(_r(r, n, HEXC) for n in (8, 4, 4, 4, 12)),
    "sha": lambda r: _r(r, 40, HEXC),
    "short": lambda r: _r(r, 7, HEXC),
    "sha256": lambda r: "sha256:" + _r(r, 64, HEXC),
    "md5": lambda r: _r(r, 32, HEXC),
    "price": lambda r: r.choice([f"${r.randint(5, 2400)}.{r.randint(0, 99):02d}", f"€{r.randint(3, 900)},{r.randint(0, 99):02d}",
                                 f"£{r.randint(2, 600)}.{r.randint(0, 99):02d}", f"{r.randint(1000, 99000):,} JPY"]),
    "docurl": lambda r: r.choice(["https://docs.docker.com/compose/", "https://www.rfc-editor.org/rfc/rfc5737", "https://docs.stripe.com/testing",
                                  "https://nginx.org/en/docs/http/ngx_http_proxy_module.html", "https://tailwindcss.com/docs/installation",
                                  "https://www.w3.org/TR/WCAG22/", "https://docs.github.com/en/actions", "https://go.dev/doc/effective_go",
                                  "https://fastapi.tiangolo.com/tutorial/", "https://learn.microsoft.com/en-us/powershell/",
                                  "https://wiki.archlinux.org/title/Systemd", "https://docs.djangoproject.com/en/5.1/topics/auth/"]),
    "ph": lambda r: r.choice(["sk-...", "sk-XXXXXXXXXXXXXXXXXXXX", "<your-api-key>", "YOUR_SECRET_HERE", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                              "changeme", "${DB_PASSWORD}", "{{ secrets.API_TOKEN }}", "xoxb-your-token", "********", "REPLACE_ME",
                              "AKIAXXXXXXXXXXXXXXXX", "process.env.STRIPE_KEY", "sk_test_..."]),
    "badcard": _bad_luhn,
    "testcard": lambda r: r.choice(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005", "4000 0566 5566 5556"]),
    "masked": lambda r: r.choice([f"**** **** **** {_r(r, 4, DIG)}", f"XXXX-XXXX-XXXX-{_r(r, 4, DIG)}", f"4{_r(r, 5, DIG)}******{_r(r, 4, DIG)}",
                                  f"•••• {_r(r, 4, DIG)}"]),
    "badiban": _bad_iban,
    "dociban": lambda r: r.choice(["DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19", "FR76 3000 6000 0112 3456 7890 189",
                                   "NL02 ABNA 0123 4567 89"]),
    "badssn": lambda r: r.choice([f"000-{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"666-{r.randint(10, 99)}-{r.randint(1000, 9999)}",
                                  f"9{r.randint(10, 99)}-{r.randint(10, 99)}-{r.randint(1000, 9999)}", f"{r.randint(100, 665)}-00-{r.randint(1000, 9999)}",
                                  f"{r.randint(100, 665)}-{r.randint(10, 99)}-0000"]),
    "specssn": lambda r: r.choice(["078-05-1120", "123-45-6789", "219-09-9999"]),
    "maskssn": lambda r: f"***-**-{r.randint(1000, 9999)}",
    "docip": lambda r: r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}", "2001:db8::1"]),
    "mask": lambda r: r.choice(["255.255.255.0", "255.255.240.0", "0.0.0.0/0", "255.255.0.0"]),
    "loopback": lambda r: r.choice(["127.0.0.1", "::1", "localhost", "0.0.0.0"]),
    "isbn": lambda r: r.choice(["978-0-13-468599-1", "978-1-4919-5038-9", "978-0-262-03384-8", "978-3-16-148410-0"]),
    "tracking": lambda r: r.choice([f"1Z{_r(r, 6, UP + DIG)}{_r(r, 10, DIG)}", f"JD{_r(r, 16, DIG)}", f"9400{_r(r, 18, DIG)}"]),
    "badbsn": lambda r: _bad_bsn(r),
    "year": lambda r: str(r.randint(1990, 2026)),
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
    "exkey": lambda r: r.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
                                 "xoxb-not-a-real-token-this-will-not-work"]),
    "pk": lambda r: "pk_live_" + _r(r, 24),
    "build": lambda r: f"{r.randint(10, 19)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}",
    "semver_ip": lambda r: f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 99)}",
    "iata": lambda r: r.choice(["LHR", "JFK", "NRT", "CDG", "FRA", "SIN", "SYD", "DXB"]),
    "part": lambda r: f"{_r(r, 3, UP)}-{r.randint(1000, 9999)}-{_r(r, 2, UP)}",
    "gtin": lambda r: _ean13(r),
    "imei_like": lambda r: "35" + _r(r, 13, DIG),
    "badcpf": lambda r: "111.111.111-11",
    "hexcolor": lambda r: "#" + _r(r, 6, HEXC),
    "port": lambda r: str(r.choice([8080, 5432, 6379, 3000, 9092, 27017, 443])),
}


# ---------------------------------------------------------------------------------------------------------------------
# Context and fill
# ---------------------------------------------------------------------------------------------------------------------
class Context:
    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.country = locale.split("-")
        self.people: dict[int, Person] = {}
        self.cache: dict[str, Parts] = {}
        self.towns = PEOPLE[self.country][4].split("|")
        self.streets = PEOPLE[self.country][5].split("|")
        self.town = rng.choice(self.towns)

    def person(self, i: int, sex: str | None, age: str = "") -> Person:
        if i not in self.people:
            p = Person(self.rng, self.country, sex, age)
            for _ in range(5):
                if all(p.full != q.full and p.first != q.first for q in self.people.values()):
                    break
                p = Person(self.rng, self.country, sex, age)
            parent = self.people.get(1)
            if age == "kid" and parent and not PEOPLE[self.country][3] and self.country not in FAMILY_FIRST and self.rng.random() < 0.7:
                p.last, p.last_r = parent.last, parent.last_r  # a child shares the parent's surname
                p.full, p.full_r = f"{p.first} {p.last}", f"{p.first_r} {p.last_r}"
            p.town = self.town if i == 1 else self.rng.choice(self.towns)
            self.people[i] = p
        return self.people[i]


_PERSON = {"name", "first", "last", "rev", "caps", "email", "wmail", "phone", "dob", "natid", "ssn", "iban", "card", "addr", "addrml",
           "street", "link", "town", "pan", "roman", "pc"}
_WORK = ["harrowgate-freight.com", "bluefenlabs.io", "quillandpine.co.uk", "norrvik.se", "ostwerk-solar.de", "tidepoolhealth.org",
         "kestrelworks.ca", "moana-logistics.co.nz", "atlasquay.com.au", "sunbird-edu.in", "kopje.co.za", "mapletrail.ie"]


def _split(slot: str) -> tuple[str, int, list[str], str]:
    key = ""
    if "@" in slot:
        slot, key = slot.split("@", 1)
    head, *args = slot.split(":")
    idx = 1
    if head and head[-1].isdigit() and head[:-1] in _PERSON:
        head, idx = head[:-1], int(head[-1])
    return head, idx, args, key


def _town_label(country: str, town: str) -> str:
    return town.split(", ")[0] if country in ("US", "CA") else town.rsplit(" ", 1)[0] if country == "AU" else town


def _person_slot(ctx: Context, kind: str, idx: int, args: list[str]) -> Parts:
    r = ctx.rng
    sex = "f" if "f" in args else "m" if "m" in args else None
    p = ctx.person(idx, sex, "kid" if "kid" in args else "teen" if "teen" in args else "")
    style = next((a for a in args if a not in ("f", "m", "uc", "lc", "kid", "teen")), "")
    key = f"{kind}{idx}:{style}"
    if key in ctx.cache:
        return ctx.cache[key]
    out: Parts
    if kind == "name":
        out = [(p.full, "PERSON")]
    elif kind == "roman":
        out = [(p.full_r, "PERSON")]
    elif kind == "first":
        out = [(p.first, "PERSON")]
    elif kind == "last":
        out = [(p.last, "PERSON")]
    elif kind == "rev":
        out = [(p.last, "PERSON"), (", ", None), (p.first, "PERSON")]
    elif kind == "caps":
        out = [(_ascii(p.last_r).upper(), "PERSON"), (" ", None), (_ascii(p.first_r).upper(), "PERSON")]
    elif kind == "email":
        out = [(make_email(r, p), "EMAIL")]
    elif kind == "wmail":
        out = [(make_email(r, p, style or r.choice(_WORK)), "EMAIL")]
    elif kind == "phone":
        out = [(make_phone(r, p.country), "PHONE")]
    elif kind == "dob":
        out = [(write_date(r, ctx.lang, p.country, p.dob, style), "DATE_OF_BIRTH")]
    elif kind == "natid":
        out = [(make_natid(r, p, style)[0], "NATIONAL_ID")]
    elif kind == "pan":
        out = [(make_natid(r, p, "pan")[0], "NATIONAL_ID")]
    elif kind == "ssn":
        out = [(ssn_text(make_ssn(r), style), "US_SSN")]
    elif kind == "iban":
        cc = style if len(style) == 2 and style.isupper() else iban_country(r, p.country)
        lay = next((a for a in args if a in ("plain", "lc", "dash", "grp")), "")
        out = [(iban_text(make_iban(r, cc), lay or r.choice(["grp", "grp", "plain"])), "IBAN")]
    elif kind == "card":
        out = [(card_text(r, card_digits(r), style), "CREDIT_CARD")]
    elif kind in ("addr", "addrml", "street", "pc"):
        base = f"addrparts{idx}"
        if base not in ctx.cache:
            line, pc, town = address_parts(r, p.country, p.town, r.choice(ctx.streets))
            ctx.cache[base] = [(line, pc), (town, None)]
        (line, pc), (town, _) = ctx.cache[base]
        if kind == "street":
            out = [(line, "ADDRESS")]
        elif kind == "pc":
            out = [(pc, "ADDRESS")]
        else:
            out = [(join_address(p.country, line, pc, town, kind == "addrml"), "ADDRESS")]
    elif kind == "link":
        out = [(personal_link(r, p, style), "URL")]
    elif kind == "town":
        out = [(_town_label(p.country, p.town), "LOCATION")]
    else:
        raise KeyError(kind)
    ctx.cache[key] = out
    return out


def _case(parts: Parts, args: list[str]) -> Parts:
    if "uc" in args:
        return [(t.upper(), e) for t, e in parts]
    if "lc" in args:
        return [(t.lower(), e) for t, e in parts]
    return parts


def fill(ctx: Context, slot: str) -> Parts:
    """The parts one slot renders to: (text, TYPE or None)."""
    r = ctx.rng
    if slot in ("lb", "rb"):
        return [("{" if slot == "lb" else "}", None)]
    kind, idx, args, key = _split(slot)
    if kind in _PERSON:
        return _case(_person_slot(ctx, kind, idx, args), args)
    ck = f"{kind}:{':'.join(args)}@{key}"
    if ck in ctx.cache:
        return ctx.cache[ck]
    a0 = args[0] if args else ""
    out: Parts
    if kind == "city":  # another town of the same country
        out = [(_town_label(ctx.country, r.choice([t for t in ctx.towns if t != ctx.town])), "LOCATION")]
    elif kind == "org":
        out = [(make_org(r, ctx.lang, a0), "ORGANIZATION")]
    elif kind == "date":
        d = datetime.date(2025, 6, 1) + datetime.timedelta(days=r.randint(0, 540))
        out = [(write_date(r, ctx.lang, ctx.country, d, a0), "DATE")]
    elif kind == "ip":
        out = [(make_ip(r, a0), "IP_ADDRESS")]
    elif kind == "key":
        out = [(KEYS[a0](r), "SECRET")]
    elif kind == "pw":
        out = [(make_password(r, a0), "SECRET")]
    elif kind == "cred":  # user:secret inside a link, one span
        secret = make_password(r, args[2]) if args[1] == "pw" else KEYS[args[2]](r)
        out = [(f"{a0}:{secret}", "SECRET")]
    elif kind == "cardx":
        out = [(card_text(r, card_digits(r, a0 if a0 in ("visa", "mc", "amex", "disc", "mc2") else ""), args[-1] if len(args) > 1 else ""), "CREDIT_CARD")]
    elif kind == "ibanx":
        out = [(iban_text(make_iban(r, a0), args[1] if len(args) > 1 else "grp"), "IBAN")]
    elif kind == "ssnx":
        out = [(ssn_text(make_ssn(r), a0), "US_SSN")]
    elif kind == "neg":
        out = [(NEG[a0](r), None)]
    elif kind == "n":
        out = [(str(r.randint(int(args[0]), int(args[1]))), None)]
    elif kind == "pick":
        out = [(r.choice(args), None)]
    elif kind == "exp":
        out = [(f"{r.randint(1, 12):02d}/{r.randint(27, 31)}", None)]
    elif kind == "cvv":
        out = [(_r(r, 3, DIG), None)]
    else:
        raise KeyError(slot)
    ctx.cache[ck] = out
    return out


def _braces(template: str) -> str:
    """Doubled braces are literal: "{{" -> {lb}, "}}" -> {rb} (corpus._render reads "{" as a slot)."""
    out, i = [], 0
    while i < len(template):
        if template.startswith("{{", i):
            out.append("{lb}")
            i += 2
        elif template[i] == "{":
            j = template.index("}", i)
            out.append(template[i:j + 1])
            i = j + 1
        elif template.startswith("}}", i):
            out.append("{rb}")
            i += 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


# ---------------------------------------------------------------------------------------------------------------------
# PII templates
# ---------------------------------------------------------------------------------------------------------------------
_PII_EN: list[tuple[str, str]] = [
    ("en", "Here's the auto-generated summary from our meeting recorder, can you turn it into action items?\n\nAttendees: {name}, {name2}, {name3}\n- {first2} will send the revised floor plan to {email3} by {date:long}\n- {first} to call the landlord on {phone}\n- Next sync {date:wd@b}"),
    ("en-US", "My smart doorbell app exported this event log. Who keeps connecting?\n2026-03-02T01:14:09Z login ok user={email} src={ip:pub}\n2026-03-02T01:15:40Z stream start src={ip:pub@b}\n2026-03-02T03:02:11Z login fail user={email} src={ip:pub@c}"),
    ("en-GB", "EV charger support ticket, please make it less angry:\n'The home charger at {addr} has been offline since {date:long}. Account holder {name}, contact {phone}. Your engineer {name2} said he'd come back and never did.'"),
    ("en", "I left my laptop in a rideshare. Write the lost item report: rider {name}, pickup near {street} at 11:40pm on {date}, driver first name {first2}. Best contact {email} or {phone}."),
    ("en-US", "Crowdfunding payout setup asks for this, is it normal?\nLegal name: {name}\nSSN: {ssn}\nDate of birth: {dob:us}\nHome address: {addr}\nBank routing/account: I'd rather use my IBAN {iban:DE} from when I lived in Berlin"),
    ("en", "Wedding seating chart CSV — sort by table and flag anyone missing a meal choice:\ntable,guest,email,meal\n1,{name},{email},fish\n1,{name2},{email2},\n2,{name3},{email3},veg\n2,{name4},{email4},beef"),
    ("en-US", "Tenant screening report came back and I think it mixed me up with someone else. Report lists: {name}, SSN {ssn} (that part is mine), but the eviction record is for an address in {city} I never lived at. Draft a dispute letter. My current address: {addrml}"),
    ("en-AU", "Storm damaged our fence and carport. Insurer wants a written statement. Policyholder {name}, DOB {dob}, property {addr}. Neighbour {name2} saw the tree come down around 4pm on {date:long}. Help me write it clearly."),
    ("en", "Telehealth intake form I need to translate into French for my mum:\nPatient: {name:f}\nDate of birth: {dob:long}\nPhone: {phone}\nPharmacy: {org:clinic}\nReason for visit: recurring migraines since {date:long}"),
    ("en-CA", "Pharmacy refill request email, make it short: Hi, this is {name}, DOB {dob:iso}, health card on file. Please refill my levothyroxine and text {phone} when ready. I'm away in {city} until {date:long}."),
    ("en-GB", "Vet sent me the wrong records! They're for a cat owned by {name2} at {addr2}. My cat is Biscuit, owner {name}, {email}. How do I politely tell them this is a data breach?"),
    ("en-US", "Registration for U10 soccer — fill these into a nice summary for the coach:\nPlayer: {name3:kid}, DOB {dob3:us}\nParent 1: {name} {phone}\nParent 2: {name2} {phone2}\nInsurance card ends in 4471\nAllergies: bee stings"),
    ("en", "I'm transferring my marathon bib to my friend. Organiser wants both details:\nFrom: {name}, bib 2214, {email}\nTo: {name2}, born {dob2:long}, {email2}\nEmergency contact for {first2}: {phone2}"),
    ("en", "Safety message for my flatmate before my first date from an app: 'Going to meet {first2} ({phone2}) at the bar on {street2} tonight, his profile is {link2:ig}. If I don't text by 11, call me.' Can you make it sound less panicky?"),
    ("en-US", "Moving company quote needs cleaning up. Customer {name}, moving from {addr} to {city} on {date:us}. Contact {phone} / {email}. Deposit paid with card {card:sp}. Write the confirmation email."),
    ("en-US", "HOA keeps fining me. Letter from {org:firm} says the violation was on {date:long} at {addr}. Board president is {name2} ({email2}). Draft a reply disputing it."),
    ("en-US", "Tax prep intake, put this into a clean table:\nTaxpayer {name}, SSN {ssn}, DOB {dob:us}\nSpouse {name2}, SSN {ssn2}, DOB {dob2:us}\nDependent {name3:kid}, SSN {ssn3:plain}\nAddress {addr}\nRefund direct deposit - see attached"),
    ("en-US", "A new contractor sent me his W-9 as a photo, OCR output below. Check it's complete:\nName (as shown on your income tax return): {caps}\nBusiness name: {org:firm}\nAddress: {addr}\nPart I TIN - Social security number: {ssn:sp}\nSignature date {date:us}"),
    ("en", "Card dispute. I see a charge of $412.60 from a store in {city} on {date} but I was home. Card {card}, cardholder {name}. Bank is {org:bank}. What do I say when I call?"),
    ("en", "The crypto exchange rejected my KYC. Submitted: {name}, {dob:iso}, {addr}, phone {phone}, selfie. Their email from {email2} says 'name mismatch'. My passport says {caps}. What's the mismatch?"),
    ("en-US", "Passport renewal DS-82 helper: Name {name:uc}, DOB {dob:us}, place of birth {city}, SSN {ssn}, email {email}, phone {phone}. Which fields are optional?"),
    ("en", "Turn my job tracker into a table with columns company / contact / status:\n{org:firm} - recruiter {name2} {email2} - phone screen {date}\n{org:firm@b} - {name3} {email3} - rejected\n{org:firm@c} - hiring manager {name4} - offer pending"),
    ("en", "Why does git push get blocked? My last commit added:\n```\n# config/settings.py\nOPENAI_API_KEY = \"{key:openai}\"\nDEBUG = True\n```"),
    ("en", "Here's my .env, the app can't reach the DB. What's wrong?\n```\nDATABASE_URL=postgres://{cred:app_rw:pw:rand}@{ip:ten}:5432/orders\nREDIS_URL=redis://{ip:ten@b}:6379/0\nSENTRY_ENV=staging\n```"),
    ("en", "docker-compose keeps restarting the mailer service:\n```yaml\nservices:\n  mailer:\n    image: mailer:2.3\n    environment:\n      SENDGRID_API_KEY: {key:sendgrid}\n      FROM_ADDRESS: {wmail}\n```\nlogs say 401."),
    ("en", "Is this Kubernetes secret decoded right? I base64-decoded it and got `{pw:word}`. The manifest:\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: grafana-admin\nstringData:\n  admin-user: {first:lc}\n  admin-password: {pw:rand}\n```"),
    ("en", "GitHub Actions fails at the deploy step:\n```yaml\n- name: Deploy\n  run: ./deploy.sh\n  env:\n    DO_TOKEN: {key:do}\n    HOST: {ip:pub}\n```\nError: permission denied (publickey)."),
    ("en", "terraform plan shows a diff I don't expect. terraform.tfvars:\n```\nregion         = \"eu-west-2\"\nadmin_cidr     = \"{ip:pub}/32\"\naccess_key     = \"{key:aws}\"\nsecret_key     = \"{key:awssecret}\"\n```"),
    ("en", "Ansible can't log in to the second host. inventory.ini:\n```\n[web]\n{ip:lan} ansible_user=deploy ansible_password={pw:word}\n{ip:lan@b} ansible_user=deploy ansible_password={pw:word@b}\n```"),
    ("en", "Can you tell me which IPs are hammering my blog? Last lines of access.log:\n{ip:pub} - - [14/Mar/2026:10:02:11 +0000] \"POST /wp-login.php HTTP/1.1\" 200 4521\n{ip:pub@b} - - [14/Mar/2026:10:02:12 +0000] \"POST /wp-login.php HTTP/1.1\" 200 4521\n{ip:v6} - - [14/Mar/2026:10:02:15 +0000] \"GET /feed/ HTTP/1.1\" 304 0"),
    ("en", "Explain this auth.log entry, should I be worried?\nMar  3 04:11:52 pi sshd[2211]: Failed password for invalid user admin from {ip:pub} port 51234 ssh2\nMar  3 04:12:07 pi sshd[2214]: Accepted publickey for {first:lc} from {ip:lan} port 50122 ssh2"),
    ("en", "This curl works from my laptop but not from the server:\n```\ncurl -H \"Authorization: Bearer {key:linear}\" https://api.linear.app/graphql -d '{{\"query\":\"{{ viewer {{ id }} }}\"}}'\n```"),
    ("en", "Jupyter cell that worked yesterday:\n```python\nimport anthropic\nclient = anthropic.Anthropic(api_key=\"{key:anthropic}\")\nmsg = client.messages.create(model=\"claude-sonnet-4-5\", max_tokens=200, messages=[{{\"role\": \"user\", \"content\": \"hi\"}}])\n```\nNow it says overloaded_error. Retry logic?"),
    ("en", "My Home Assistant secrets.yaml, is the format right?\n```yaml\nwifi_password: {pw:wifi}\nmqtt_password: {pw:word}\nunit_system: metric\ntelegram_bot: \"{key:telegram}\"\n```"),
    ("en", "WireGuard won't handshake. Client config:\n```\n[Interface]\nPrivateKey = {key:wg}\nAddress = 10.8.0.3/24\n\n[Peer]\nPublicKey = m9sU8Y0qz3cQm+1m0Ytrh1dG3U7sfaGf7hXk0yDfz2E=\nEndpoint = {ip:pub}:51820\n```"),
    ("en", "Postman collection export, why does the second request get 403?\n{{\"item\":[{{\"name\":\"list orders\",\"request\":{{\"header\":[{{\"key\":\"X-Shopify-Access-Token\",\"value\":\"{key:shopify}\"}}]}}}}]}}"),
    ("en", "n8n workflow keeps failing at the Notion node. Credential JSON: {{\"notionApi\": {{\"apiKey\": \"{key:notion}\"}}, \"owner\": \"{wmail}\"}}. Did Notion change token formats?"),
    ("en", "Our mobile crash report includes user info, is that a GDPR problem? Sample:\nuser_email={email}\nuser_ip={ip:cgnat}\ndevice=Pixel 8\nbuild=5.2.1 (4410)\nlast_screen=CheckoutFragment"),
    ("en", "HubSpot export → Mailchimp import, fix the column order:\nEmail,First Name,Last Name,Phone,City\n{email},{first},{last},{phone},{town}\n{email2},{first2},{last2},{phone2},{town2}"),
    ("en-US", "Shopify order export row, why did fraud analysis flag it?\nName,Email,Billing Address,Shipping Address,Card\n{name},{email},\"{addr}\",\"{addr2}\",{card:plain}"),
    ("en", "Wire instructions from our supplier changed by email. Old: IBAN {iban:GB}. New (from {email2}): IBAN {iban2:IE}, beneficiary {name2}. Does this look like invoice fraud? What should I check?"),
    ("en-xib", "Rent ledger for my flat, tenants pay into {iban}. {name} paid £850 on {date}, {name2} paid £850 on {date@b}. Write a polite reminder to whoever hasn't paid for March."),
    ("en-GB", "GP letter says: 'Patient {name}, DOB {dob:dmy}, NHS No. {natid}, seen on {date:long} at {org:clinic}. Referred to dermatology.' What does the bit about 'two-week wait' mean?"),
    ("en-GB", "HMRC self assessment: my UTR is {natid:utr} and my accountant {name2} ({email2}) is asking for last year's P60. Which box is my total pay in?"),
    ("en-CA", "My T4 slip OCR: EMPLOYEE NAME {caps} / SIN {natid} / EMPLOYER {org:firm} / Box 14 employment income 58,214.00. Does box 22 look too low?"),
    ("en-AU", "Payroll onboarding email to a new starter, include a reminder that we still need the TFN declaration. New starter: {name}, TFN she gave on the phone: {natid}, start {date:long}, super fund TBC."),
    ("en-NZ", "IRD letter to {name}, IRD number {natid}, {addrml}. It says I owe $310 from the {n:2023:2025} tax year. Help me set up a payment plan request."),
    ("en-IE", "Revenue myAccount locked me out. PPSN {natid}, name {name}, address {addr}, mobile {phone}. Write the unlock request."),
    ("en-IN", "Please fill this KYC form from my details so I can copy-paste: Name {name}, PAN {pan}, Aadhaar {natid}, DOB {dob}, address {addr}, mobile {phone}."),
    ("en-ZA", "Home Affairs appointment confirmation — summarise: Applicant {name}, ID {natid}, DOB {dob:iso}, branch in {town}, slot {date:long} 09:30. Bring proof of residence ({addr})."),
    ("en-KE", "KRA iTax PIN {natid} is registered under my old phone. I'm {name}, new number {phone}, email {email}. Draft the request to update contact details."),
    ("en-SG", "Help me reply to a landlord in {town}: 'Hi {first2}, this is {name}. I'm interested in the room at {addr2}. My phone is {phone}, I can view on {date:long}.'"),
    ("en-PH", "Write a sulat (letter) to my employer {org:firm} asking for a salary loan. I'm {name}, employee since {date:long}, living at {addr}, mobile {phone}."),
    ("en-NG", "Please rewrite as a formal complaint to the estate manager: 'The generator noise from {addr2} is unbearable. Owner is {name2}. I'm {name} in the flat next door, call me on {phone}.'"),
    ("en-GH", "Church harvest committee list, make a WhatsApp broadcast: {name} (chair) {phone}; {name2} (treasurer) {phone2}; {name3} (secretary) {email3}. Meeting at {org:club} hall on {date:long}."),
    ("en-JM", "Write a character reference for {name} who worked at my shop in {town} from {date:long}. She can be reached at {phone}. Signed {name2}, {org:firm}."),
    ("en", "Please summarise this WhatsApp export:\n[{date:dmy}, 19:02] {name}: did you pay the deposit?\n[{date:dmy}, 19:04] {name2}: yes, sent to {iban2} ref CABIN\n[{date:dmy}, 19:05] {name}: great, address for the cabin is {addr3}"),
    ("en", "Slack export JSON, extract who asked for access: [{{\"user\":\"U02ABC\",\"user_profile\":{{\"real_name\":\"{name}\",\"email\":\"{wmail}\"}},\"text\":\"can I get prod db access? my IP is {ip:pub}\"}}]"),
    ("en", "Calendar invite I received, is it phishing?\nBEGIN:VEVENT\nSUMMARY:Contract signing\nORGANIZER;CN={name2}:mailto:{email2}\nATTENDEE;CN={name}:mailto:{email}\nDTSTART:20260412T090000Z\nLOCATION:{addr2}\nEND:VEVENT"),
    ("en", "Fix this vCard so my phone imports it:\nBEGIN:VCARD\nVERSION:3.0\nFN:{name}\nTEL;TYPE=CELL:{phone}\nEMAIL:{email}\nADR;TYPE=HOME:;;{street};{town};;{pc};\nBDAY:{dob:iso}\nEND:VCARD"),
    ("en", "Proofread my CV header:\n{name:uc}\n{addr} | {phone} | {email}\n{link:li} | {link:gh}\nProfile: Data engineer with 6 years at {org:firm}."),
    ("en-US", "Small claims court form: Plaintiff {name}, {addr}, phone {phone}. Defendant {name2}, {addr2}. Amount claimed $2,800 for unreturned security deposit. Date of harm {date:us}. Help fill section 3."),
    ("en-GB", "School trip consent slip, please make a fillable version. Example row: pupil {name3:kid}, DOB {dob3:dmy}, parent {name} {phone}, medical notes: hay fever. Trip to {city} on {date:long}."),
    ("en", "Discharge summary, explain in plain words: '{caps}, DOB {dob:mon}, admitted {date:mon} with chest pain, troponin negative, discharged {date:mon@b} to home address {addr}. Follow up with Dr {last2}.'"),
    ("en-US", "Lab portal message: 'Hi {first}, your results from {date:us} are ready. Log in at https://mychart.example-health.org with {email}.' Is LDL 162 bad?"),
    ("en", "Airline rebooking chat, summarise what they promised:\nAgent: Can I have the passenger name?\nMe: {name}, booking ref {neg:part}, and my wife {name2}.\nAgent: New flight on {date:long}. We'll email {email}.\nMe: And the refund to card {card:dash}?"),
    ("en", "Hotel registration card OCR, fix spacing:\nGUEST {caps}\nADDRESS {addr}\nPASSPORT/ID _____\nARRIVAL {date:dot} DEPARTURE {date:dot@b}\nCARD ON FILE {card:wide}"),
    ("en-US", "Car rental charged me $640 for a scratch that was already there. Renter {name}, DL state {pick:OH:WA:FL}, pickup in {town} {date:us}, card {card}. Draft a dispute email to {email2}."),
    ("en", "Gym wants a written cancellation. Member {name}, member no. {n:100000:999999}, DOB {dob}, email {email}. Direct debit from {iban}. Effective {date:long}."),
    ("en-GB", "Utility account transfer: outgoing tenant {name}, incoming tenant {name2}, property {addr}, meter read 04417 on {date:long}. Email the supplier for me."),
    ("en-US", "Mortgage pre-approval checklist from the broker asks for: full names ({name} and {name2}), SSNs ({ssn} / {ssn2}), DOBs ({dob:us}, {dob2:us}), current address {addr}. Is it safe to email these or should I use their portal?"),
    ("en", "Payroll CSV has a broken row, find it:\nemp_id,name,iban,net\n104,{name},{iban:plain},2310.55\n105,{name2},{iban2:plain},1988.00\n106,{name3},,2044.10"),
    ("en-xib", "Freelance invoice template, fill it in:\nFrom: {name}, {addr}\nTo: {org:firm}\nInvoice date: {date:long}\nPay to: {iban}\nBIC: see bank\nTotal: 3 days x 450"),
    ("en", "Funeral arrangements email to family: Mum ({name}, born {dob:long}) passed on {date:long}. Service at {org:club} hall, {addr2}. Contact {name2} on {phone2} for lifts."),
    ("en", "Family tree notes, turn into GEDCOM-ish text: {name}, born {dob:long} in {city}, married {name2} on {date:long}; their son {name3} lives in {town3} now."),
    ("en-GB", "DBS check for our scout group volunteer: {name}, DOB {dob:dmy}, address history {addr} (since {date:long}). Email {email}. Which ID documents does route 1 need?"),
    ("en", "Lost dog poster text please: 'MISSING — Pepper, grey whippet, lost near {street} on {date:long}. Call {name} on {phone} or email {email}.'"),
    ("en", "Carpool rota for swim practice:\nMon: {name} ({phone})\nWed: {name2} ({phone2})\nFri: {name3} ({phone3})\nPickup at {addr}. Make it a neat message."),
    ("en", "Notes for the babysitter: kids are {first3:kid} and {first4:kid}. We're at a dinner in {city}, back by 11. Call {phone} or my husband {name2} {phone2}. Neighbour {name5} at {addr5} has a key."),
    ("en-US", "Help me fill the SSA-44 form for my dad {name}, SSN {ssn}, DOB {dob:us}, living at {addr}. He retired on {date:us}."),
    ("en-US", "Home health aide schedule for Grandpa {name} (DOB {dob:us}, Medicare card on file). Aides: {name2} Mon-Wed {phone2}, {name3} Thu-Sat {phone3}. Address {addr}. Make it a fridge sheet."),
    ("en", "Tutor invoice for maths lessons: tutor {name}, student {name2}, 6 lessons in {n:3:5}/2026, pay by bank transfer to {iban} or PayPal {email}."),
    ("en", "Photo release form for a shoot on {date:long}: model {name}, DOB {dob}, address {addr}, email {email}. Photographer {name2}, portfolio {link2:site}. Check the wording."),
    ("en-US", "We want to make an offer on the house at {addr2}. Buyers {name} and {name2}, pre-approved with {org:bank}. Offer $412,000, close by {date:long}. Draft the cover letter to the sellers."),
    ("en-US", "I-130 petition prep. Petitioner {name}, SSN {ssn}, DOB {dob:us}, address {addr}. Beneficiary {name2}, DOB {dob2:us}, born in {city}. Married on {date:us}. Which evidence list should I use?"),
    ("en-GB", "Subject access request to {org:firm}: I'm {name}, {addr}, customer email {email}, account since {date:long}. Please request all personal data incl. call recordings."),
    ("en", "Analyse this phishing email I got:\nFrom: \"{org:bank} Security\" <alerts@secure-verify-login.co>\nTo: {email}\nDear {name},\nWe noticed a login from {ip:pub} on {date:long}. Verify your card {card} within 24h."),
    ("en-US", "Police report for my stolen e-bike: owner {name}, {addr}, phone {phone}. Stolen from the rack at {org:firm} on {date:us}. Serial WTU{n:100000:999999}. Write it up."),
    ("en", "Apartment maintenance request: unit at {addr}, tenant {name}, {phone}. Leak under the sink since {date}. Best time to enter: weekdays after 5."),
    ("en-GB", "University admissions: applicant {name}, DOB {dob:long}, UCAS ID {n:1000000000:1999999999}, email {email}. Write a short enquiry about deferring entry."),
    ("en", "Internship offer email: 'Dear {first}, we're happy to offer you a summer internship at {org:firm} starting {date:long}. Reply to {wmail2}. — {name2}, HR'. Help me accept it gracefully."),
    ("en", "Background check result lists my previous addresses: {addr}, {addr2} and one in {city} I never lived in. Name {name}, DOB {dob}. How do I dispute the wrong one?"),
    ("en", "Offboarding checklist for {name} ({wmail}), last day {date:long}. Revoke: GitHub token {key:ghp}, VPN cert, laptop at desk. Manager: {name2}."),
    ("en", "Incident postmortem draft, clean up the timeline:\n14:02 {name} noticed 500s\n14:05 {name2} found the leaked key in CI logs: {key:stripe}\n14:20 key rolled\n14:31 customer {email3} reported double charge"),
    ("en", "Access request ticket: requester {name} ({wmail}), needs SSH to {ip:ten} and {ip:ten@b}, manager approval from {name2}. Write it as a Jira description."),
    ("en", "Server inventory, convert to YAML:\nhostname,ip,owner\nbackup-01,{ip:lan},{wmail}\nmedia-02,{ip:lan@b},{wmail2}\nvpn-gw,{ip:pub},{wmail}"),
    ("en", "Are these DNS records correct for my home lab?\nhome.{pick:lab-7f:rackhole:blinkenbox}.net.  A     {ip:pub}\nnas        A     {ip:lan}\nvpn        AAAA  {ip:v6}"),
    ("en", "CI log leaked something, what should I rotate?\n```\n+ npm publish\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest\n+ echo //registry.npmjs.org/:_authToken={key:npm} > ~/.npmrc\n```"),
    ("en", "Vault unseal keys from init output — I pasted them into our team notes, is that bad?\nUnseal Key 1: {key:b64}\nUnseal Key 2: {key:b64@b}\nInitial Root Token: {key:vault}"),
    ("en", "Why does the Twilio request 401?\n```js\nconst client = require('twilio')('ACd41f9e3c2b7a8e6f5d4c3b2a1908f7e6', '{key:hex32}');\nclient.messages.create({{ to: '{phone}', from: process.env.TWILIO_FROM, body: 'Your code is 4412' }})\n```"),
    ("en", "Our Grafana service account token {key:grafana} was shared in a screenshot. Walk me through revoking it. Grafana is at http://{ip:lan}:3000."),
    ("en", "Paste of my ~/.pypirc, twine upload fails:\n```\n[pypi]\n  username = __token__\n  password = {key:pypi}\n```"),
    ("en", "Hugging Face login keeps failing in Colab: `!huggingface-cli login --token {key:hf}`. Is the token scope wrong?"),
    ("en", "Discord bot won't start:\n```python\nbot.run('{key:discord}')\n```\nError: Improper token has been passed."),
    ("en", "GitLab CI can't clone the submodule. In .gitmodules I used https://{cred:oauth2:key:glpat}@gitlab.com/team/shared-lib.git — is that the right syntax?"),
    ("en", "The SSH key my colleague sent me over chat — can I use it as is?\n{key:ssh}"),
    ("en", "Atlassian API call returns 401:\n```\ncurl -u {wmail}:{key:atlassian} https://ourteam.atlassian.net/rest/api/3/myself\n```"),
]

_PII_EN_MORE: list[tuple[str, str]] = [
    ("en-US", "Voice memo transcript from my dad, please extract the details for the bank form: \"ok so my social is {ssn:sp}, date of birth {dob:long}, we live at {addr}, and the card they sent is {card:sp}, expires oh nine twenty nine\""),
    ("en-US", "Transcript from the pharmacy phone line (auto-captioned): caller: hi this is {name} um my date of birth is {dob:us} and the last name is spelled {last:uc}. callback {phone}."),
    ("en-US", "Our 1099-NEC spreadsheet has duplicates. Which rows are the same person?\nPayee,TIN,Amount\n{name},{ssn},4200\n{name2},{ssn2},1850\n{caps},{ssn:dot},4200"),
    ("en-US", "Background: I'm a landlord. Applicant {name} gave SSN {ssn:plain} and DOB {dob:us}; co-applicant {name2} gave {ssn2}. Write the adverse action notice template for a denied application."),
    ("en-US", "Write a letter to the credit bureau: my identity was stolen. Name {name}, SSN {ssn}, DOB {dob:long}, current address {addr}, previous address {addr2}. Fraudulent card opened on {date:long}."),
    ("en-US", "Employee onboarding form (I-9 section 1), check for typos: Last Name {last}, First Name {first}, Address {street}, City {town}, DOB {dob:us}, SSN {ssn}, Email {email}, Phone {phone}."),
    ("en-US", "FAFSA help: student {name3:teen}, SSN {ssn3}, DOB {dob3:us}. Parent {name}, SSN {ssn}. Parent email {email}. Which parent counts if we're divorced?"),
    ("en-US", "Medical billing appeal: patient {name}, DOB {dob:us}, member ID on card, SSN {ssn} (they asked for it on the form). Claim from {org:clinic} on {date:us} denied as out-of-network."),
    ("en-US", "Write a text to my sister: 'Hey {first2}, the bank needs your SSN for the joint account, is it still {ssn2}? also mom's address changed to {addr3}'"),
    ("en-US", "Can you format this as JSON for our HR API? employee: {name}; ssn: {ssn}; hire_date: {date:iso}; dob: {dob:iso}; work_email: {wmail}"),
    ("en-US", "State unemployment claim portal timed out. I entered: {name}, SSN {ssn:plain}, last employer {org:firm}, separation date {date:us}, mailing address {addr}. Do I need to start over?"),
    ("en-US", "Estate paperwork: decedent {name}, SSN {ssn}, date of death {date:long}, DOB {dob:long}. Executor {name2}, {addr2}, {phone2}. Which agencies do I notify first?"),
    ("en-US", "Daycare enrollment packet summary: child {name3:kid}, DOB {dob3:us}; parent {name}, SSN {ssn} (for the tax credit form), employer {org:firm}, work phone {phone}."),
    ("en-US", "Life insurance beneficiary update: policy owner {name}, SSN {ssn}, beneficiary {name2}, DOB {dob2:us}, SSN {ssn2}, relationship spouse. Draft the cover letter."),
    ("en-US", "VA benefits claim help for my grandfather {name}, SSN {ssn:sp}, born {dob:long}, served 1968-1971. Lives at {addr}. Phone {phone}."),
    ("en-US", "Got this text, is it a scam? 'IRS NOTICE: {name}, your SSN {ssn} has been suspended due to suspicious activity. Call {phone2} immediately.'"),
    ("en-US", "Our clinic's intake spreadsheet needs a SSN column masked except last 4. Sample: {name} | {dob:us} | {ssn} | {phone}. Write the Excel formula."),
    ("en-US", "Adoption home study asks for both of us: {name} SSN {ssn}, {name2} SSN {ssn2}, married {date:long}, home at {addr}. Help me write the 'about our family' paragraph."),
    ("en", "I'm applying for a rental in {city}. Here's my cover note, make it warmer: 'Hi, I'm {name}, I work as a nurse at {org:clinic}. References: {name2} ({phone2}). You can reach me at {email}.'"),
    ("en", "Extract all contacts from this email signature dump:\n--\n{name}\nOperations Lead, {org:firm}\nM: {phone}\nE: {wmail}\n--\n{name2}\n{org:firm@b}\n{phone2} | {email2}"),
    ("en", "Help me reply to this recruiter on LinkedIn: 'Hi {first}, saw your profile {link:li} — we have a role at {org:firm}. Can you send your CV to {email2}? — {name2}'"),
    ("en", "I host a podcast. Guest release form: guest {name}, email {email}, website {link:site}, recorded on {date:long} in {city}. Write a thank-you email."),
    ("en", "Add these freelancers to our vendor list:\n- {name}, portfolio {link:site}, {email}, paid via {iban}\n- {name2}, {link2:gh}, {email2}, paid via {iban2}"),
    ("en", "My daughter's school uses this link for her reading log, is it safe to share with her grandma? {link:form}"),
    ("en", "Please rewrite my Ko-fi bio: 'I'm {first}, I draw cats in {town}. Commissions: {email}. Tip jar: {link:kofi}'"),
    ("en", "Send the CV link to the recruiter: {link:notion} — also mention I'm available from {date:long}. Name {name}."),
    ("en", "Researcher profile for the conference badge: {name}, {org:school}, ORCID {link:orcid}, email {wmail}."),
    ("en", "My ex keeps posting about me. Her accounts: {link2:tt} and {link2:ig}. My name is {name}, she is {name2}. How do I report harassment on both platforms?"),
    ("en", "Here's a shared folder I made for the reunion photos: {link:drive}. Write an invite to {name2}, {name3} and {name4} that says it's private."),
    ("en", "My OneDrive share {link:onedrive} has tax docs. Who can see it? I sent it to {email2} on {date}."),
    ("en", "Booking page link for my clients is {link:cal}. Write an auto-reply for {wmail} that points people there while I'm off until {date:long}."),
    ("en", "Patreon-style welcome post for my GitHub sponsors, mention my profile {link:gh} and my email {email}. Sign as {name}."),
    ("en", "Flatshare spreadsheet, who owes what?\n| Name | Phone | Paid |\n| {name} | {phone} | £120 |\n| {name2} | {phone2} | £0 |\n| {name3} | {phone3} | £80 |"),
    ("en", "My bank's chatbot transcript, is this a real bank? \nBot: please confirm your card number\nMe: {card}\nBot: and the expiry and security code\nMe: {exp} {cvv}\nBot: thank you {first}, your account at {org:bank} is now verified"),
    ("en", "OCR'd receipt from a hotel, I need to claim it on expenses: GUEST {caps} ROOM 412 ARR {date:dot} DEP {date:dot@b} PAID VISA {card:plain}"),
    ("en", "Payment page screenshot text: 'Name on card: {name:uc} / Card number: {card:dash} / Expiry: {exp} / Billing ZIP: {pc}' — why did it decline?"),
    ("en", "My partner and I share a card for groceries: {card}. Can you write a budget spreadsheet template? Names {name} and {name2}."),
    ("en", "The online form returned an error, I think because of spaces. I typed: {card:nb}. Should I try again without spaces?"),
    ("en", "Reconcile these two card charges:\n{date:iso} CARD {card:plain} AMZN MKTP 23.99\n{date:iso@b} CARD {card:plain} AMZN MKTP 23.99\nCardholder {name}."),
    ("en", "Kid used my card on a game: {cardx:mc:sp}. The charges are from {date} and {date@b}. Help me write to the platform's support for a refund. Account email {email}."),
    ("en", "Donation receipt request: donor {name}, {addr}, gave $250 on {date:long} by card {cardx:amex}. Charity asked for the donor's email, it's {email}."),
    ("en", "Business travel card got cloned. Corporate card {cardx:visa:dash}, holder {name}, company {org:firm}. Fraud charges in {city} on {date}. Write the report."),
    ("en", "I'm an au pair. Host family gave me their card {card} for groceries and petrol. Mum is {name2}, dad {name3}. Write a receipt-tracking note."),
    ("en-GB", "Our council tax direct debit is wrong. Account holder {name}, {addrml}, bank account {iban:GB}. Please write to the council."),
    ("en-IE", "Change of bank details for my landlord {name2}: new IBAN {iban:IE}, same address {addr}. Write a short confirmation I can sign as {name}."),
    ("en", "Verify the IBAN my cousin sent is valid before I transfer: {iban:plain}. It's for {name2}'s wedding gift."),
    ("en", "Payroll run file for Europe, spot the IBAN with the wrong country prefix:\n{name}; {ibanx:NL}\n{name2}; {ibanx:BE}\n{name3}; {ibanx:ES}"),
    ("en", "Insurance payout form asks: account holder {name}, IBAN {iban:lc}, BIC, reason. It refused my lowercase IBAN, why?"),
    ("en", "Transfer confirmation from my banking app: 'You sent EUR 1,200.00 to {name2} (IBAN {ibanx:FR}) on {date:long}.' How long should it take?"),
    ("en", "Write an email to our Polish supplier's accountant {name2} ({email2}): please confirm your IBAN {ibanx:PL} is correct, our last payment bounced."),
    ("en", "Uni asked me for bank details to refund my deposit: {name}, student ID {n:20000000:29999999}, IBAN {ibanx:DE:dash}. Is dash format OK?"),
    ("en", "The escrow agent sent wiring details: beneficiary {org:firm}, IBAN {ibanx:CH}, reference {neg:order}. Also the agent's name is {name2}. Does the IBAN match a Swiss bank?"),
    ("en-xid", "Transcribe this ID for my records, OCR is noisy:\nSURNAME {last:uc}\nGIVEN NAMES {first:uc}\nDATE OF BIRTH {dob:mon}\nID NO {natid}\nEXPIRY {date:mon}"),
    ("en-xid", "Tax office wants: full name {name}, tax/ID number {natid}, date of birth {dob}, postal address {addr}. Write a cover email to {wmail2} attaching my return."),
    ("en-xid", "Our HR spreadsheet has IDs in two formats. Normalise: {name}, {natid}; {name2}, {natid2}; {name3}, {natid3}"),
    ("en-xid", "I'm helping my elderly neighbour {name} (born {dob:long}) with a benefits application. Her ID number is {natid}. She lives at {addr}. What documents should we gather?"),
    ("en-xid", "Scholarship application summary: applicant {name}, ID {natid}, DOB {dob}, school {org:school}, guardian {name2} ({phone2}). Make it a 5-line profile."),
    ("en-xid", "Bank account opening failed. I entered {natid} as my ID number and {dob:iso} as DOB, name {name}. The bank is {org:bank}. Is the format wrong?"),
    ("en-xid", "Please check this pension form: member {name}, ID number {natid}, DOB {dob}, employer {org:firm}, start date {date:long}, contact {email}."),
    ("en-IN", "Ration card application for my mother {name}, Aadhaar {natid}, DOB {dob}, address {addr}. My number {phone} for OTP. Fill the Hindi form fields in English first."),
    ("en-IN", "Income tax notice: PAN {pan}, assessee {name}, AY 2025-26. The notice was sent to {email}. CA is {name2}. Explain section 143(1)."),
    ("en-ZA", "SASSA grant appeal for my gran {name}, ID number {natid}, lives in {town}. Her grant stopped on {date:long}. Help me write the appeal."),
    ("en-CA", "CRA My Account says my SIN {natid} is linked to an old address. I'm {name}, new address {addrml}. Draft the change request."),
    ("en-AU", "Centrelink letter for {name}, CRN on file, TFN {natid}, address {addr}. It says I was overpaid in {date:long}. How do I ask for a review?"),
    ("en-GB", "The hospital letter has my NHS number as {natid} — my GP says it's someone else's. I'm {name}, DOB {dob:dmy}, {addr}. How do I get it fixed?"),
    ("en", "Explain why my router admin shows two devices I don't know: {ip:lan} (unknown-ab12) and {ip:lan@b} (Galaxy-S23). My laptop is {ip:lan@c}."),
    ("en", "Port forward isn't working. Router WAN IP is {ip:pub}, NAS at {ip:lan}, forwarding 443 → 5001. ISP may use CGNAT, my modem shows {ip:cgnat}."),
    ("en", "Set up fail2ban for me. These IPs keep trying: {ip:pub}, {ip:pub@b}, {ip:pub@c}. Server is a small VPS."),
    ("en", "Zoom said 'unusual login from {ip:pub}' on my account {email}. I was in {city} at the time. Should I reset my password?"),
    ("en", "My IPv6 address {ip:v6full} shows up in a forum post someone made about me. Can they find where I live from it?"),
    ("en", "Game server whitelist, add my friends: {first2} {ip:pub}, {first3} {ip:pub@b}. Server runs on {ip:lan}:25565."),
    ("en", "Link-local address {ip:ll} shows up in my printer config, and the printer's IPv4 is {ip:lan}. Why does it have both?"),
    ("en", "Which of these is our office egress IP for the allowlist? {ip:pub} (from the ISP email to {wmail}) or {ip:pub@b} (what whatismyip says)?"),
    ("en", "My Mailgun key leaked in a public gist: {key:mailgun}. What's the fastest way to rotate and check logs?"),
    ("en", "Airtable token in our Zapier step: {key:airtable}. Zap fails with 'INVALID_PERMISSIONS'. Which scopes?"),
    ("en", "Figma plugin dev: my personal access token {key:figma} works in Postman but not in the plugin. Why?"),
    ("en", "We put the Doppler service token in the Dockerfile by mistake: ENV DOPPLER_TOKEN={key:doppler}. How do I scrub it from image history?"),
    ("en", "New Relic key in our frontend bundle: {key:newrelic}. Is that a user key or a browser key?"),
    ("en", "Cloudflare API token {key:cloudflare} — need a script to purge cache for one zone."),
    ("en", "Fly deploy token pasted in the README by accident: `{key:fly}`. How do I revoke it?"),
    ("en", "Mapbox secret token {key:mapbox_sk} ended up in our app repo. Does it matter if it's sk. vs pk.?"),
    ("en", "age key for SOPS, is this line supposed to be in the repo? `# created: 2026-01-10\n{key:age}`"),
    ("en", "2FA backup codes for my email, store them where? {key:recovery}"),
    ("en", "Authenticator setup shows 'Can't scan? enter this key: {key:totp}' for account {email}. Can I put it in Bitwarden too?"),
    ("en", "The webhook signing secret for Stripe is {key:whsec}. How do I verify signatures in Express?"),
    ("en", "Restricted Stripe key {key:rk} — can I use it for refunds only?"),
    ("en", "Slack bot token {key:slack} and webhook {key:slackhook} are both in config. Which one do I need to post messages?"),
    ("en", "Firebase config in my web app includes apiKey: \"{key:gcp}\". Is that secret? Project owner is {wmail}."),
    ("en", "GitHub fine-grained token {key:ghpat} can't push to the org repo. Permissions screenshot shows contents: read."),
    ("en", "Azure storage connection string, what's wrong?\nDefaultEndpointsProtocol=https;AccountName={pick:tidepoolbackups:quillpinemedia:bluefenarchive};AccountKey={key:azure};EndpointSuffix=core.windows.net"),
    ("en", "Here's the private key from our old server, can you tell me what type it is?\n{key:pem}"),
    ("en", "What's the password policy issue? Admin created users:\n{first:lc} / {pw:word}\n{first2:lc} / {pw:word@b}\n{first3:lc} / {pw:phrase}"),
    ("en", "My mum wrote her passwords in a notebook, I typed them up. Help me move them to a password manager:\nbank: {pw:word}\nemail {email}: {pw:leet}\nwifi: {pw:wifi}"),
    ("en", "The Wi-Fi card at the holiday let says network CottageGuest, password {pw:wifi}. Write a welcome note for the next guests including it. Owners: {name} and {name2}."),
    ("en", "Our shared spreadsheet of logins, make it a table: Netflix {email} / {pw:word}; Router admin / {pw:rand}; Alarm code {pw:pin6}"),
    ("en", "MySQL connection from my PHP script fails: new mysqli('{ip:lan}', 'shop', '{pw:rand}', 'shop_db'). Is the port needed?"),
    ("en", "Mongo URI, does the password need escaping? mongodb+srv://{cred:analytics:pw:rand}@cluster0.{pick:x7q2k:pz81m:ab3cd}.mongodb.net/events"),
    ("en", "Explain what this JWT contains, got it from our app's localStorage: {key:jwt}"),
    ("en", "Session cookie from my browser for a bug report: sessionid={key:cookie}; csrftoken=x. Is it OK to paste this into the GitHub issue?"),
    ("en-US", "Here's a text from my landlord. What do I say? 'hi {first}, this is {name2}, the owner of {addr}. rent for {pick:May:June:July} is late. Zelle {email2} or I'll start the process on {date:us}.'"),
    ("en-US", "I need a reminder letter for the scout troop: {name} owes $85 for camp on {date:long}. Pay Venmo to {name2} ({phone2}) or cash to {org:club}."),
    ("en", "Volunteer rota for the food bank in {town}:\nSat: {name}, {name2}\nSun: {name3}\nCoordinator {name4} {phone4}. Make a printable table."),
    ("en", "Neighbourhood watch email: a van was seen on {street} on {date:long} around 2am. Residents {name} ({phone}) and {name2} saw it. Draft a calm message to the street."),
    ("en", "Music lesson invoice for {name3:kid}'s piano lessons, billed to parent {name}, {addr}. Teacher {name2}, {email2}. Term starts {date:long}."),
    ("en", "Draft a letter confirming {name} (DOB {dob}) has lived with us at {addr} since {date:long}, for her visa application. Signed {name2}."),
    ("en", "Turn this voicemail transcript into notes: 'Hi it's {name2} from {org:clinic}, calling for {name} about the appointment on {date}. Please call us back on {phone2}, thanks.'"),
    ("en", "Conference name badges CSV:\nfirst,last,company,city\n{first},{last},{org:firm},{town}\n{first2},{last2},{org:firm@b},{town2}"),
    ("en", "Write a relocation checklist: I'm {name}, moving from {town} to {city} on {date:long} with my partner {first2}. Employer {org:firm} pays movers."),
    ("en", "Customer complaint to summarise: 'My name is {name}. I ordered on {date:long}, delivery to {addr}, and nothing arrived. Order {neg:order}. Call {phone}.'"),
    ("en", "Write a sick note email to my manager {name2}: I'm {name}, off from {date:long}, GP is at {org:clinic}. Back hopefully by {date:long@b}."),
    ("en", "Cleaning business client list, add a column for next visit: {name}, {addr}, fortnightly; {name2}, {addr2}, weekly; {name3}, {addr3}, monthly"),
    ("en", "Birthday party invite: '{first3:kid} is turning 7! Join us on {date:long} at {addr}. RSVP to {first} on {phone}.' Make it fun."),
    ("en", "Please check the grammar of my reference for my former employee: '{name} worked at {org:firm} in {town} from {date:long} to {date:long@b}. I recommend her without reservation. — {name2}, {email2}'"),
]

_PII_XX: list[tuple[str, str]] = [
    # German
    ("de", "Kannst du diese Nachricht an die Hausverwaltung höflicher formulieren? 'Seit {date:long} tropft es in der Wohnung von {name} ({addr}) durch die Decke. Mieter oben ist {name2}. Erreichbar unter {phone}.'"),
    ("de", "Protokoll vom Elternabend zusammenfassen: Elternvertreterin {name} ({email}), Stellvertreter {name2} ({phone2}). Klassenfahrt nach {city} am {date:long}. Kosten 180 € auf {iban}."),
    ("de", "Steuerbescheid prüfen: Steuer-ID {natid}, Name {name}, geboren am {dob:long}, wohnhaft {addr}. Der Bescheid kam von Finanzamt {town}. Was bedeutet 'vorläufig'?"),
    ("de", "Bewerbung überarbeiten:\n{name}\n{addrml}\nTel. {phone} · {email}\n{link:li}\nBewerbung als Projektleiterin bei {org:firm}"),
    ("de", "Mein Vermieter will die Kaution auf dieses Konto überweisen: {iban:plain}, Kontoinhaber {name2}. Stimmt die IBAN?"),
    ("de", "Übersetze ins Englische für die Krankenkasse im Ausland: Versicherte {name}, geb. {dob}, Anschrift {addr}, Behandlung am {date} in der {org:clinic}."),
    ("de", "Mein Server-Log zeigt komische Zugriffe, bitte erklären:\n{ip:pub} - - [02/Apr/2026:03:12:55 +0200] \"GET /.env HTTP/1.1\" 404\n{ip:pub@b} - - [02/Apr/2026:03:13:01 +0200] \"GET /admin HTTP/1.1\" 403"),
    ("de", "Warum klappt der Login nicht? Meine config.php:\n```php\n$db_host = '{ip:lan}';\n$db_user = 'vereinsheim';\n$db_pass = '{pw:word}'; // nicht ändern!\n```"),
    ("de", "Kündigung Fitnessstudio schreiben: Mitglied {name}, geboren {dob}, {addr}. Lastschrift von {iban}. Kündigung zum {date:long}."),
    ("de", "Sprachnachricht-Transkript meiner Oma aufbereiten: 'Also der {first2} kommt am {date:long} zu uns nach {town}, der hat die Nummer {phone2}, und die Karte von der Bank ist {card:sp}, das musst du sperren lassen.'"),
    ("de", "Kurze Vorstellung für den Sportverein {org:club}: Neues Mitglied {name}, wohnt in {town}, E-Mail {email}."),
    ("de-CH", "AHV/Sozialversicherung: Meine Nummer ist {natid}, Name {name}, Arbeitgeber {org:firm}. Wie beantrage ich den Auszug?"),
    # French
    ("fr", "Peux-tu corriger ce mail à l'agence ? 'Bonjour, je suis {name}, locataire au {addr}. Le chauffe-eau est en panne depuis le {date:long}. Joignable au {phone}.'"),
    ("fr", "Transforme ce tableau en liste pour le groupe WhatsApp de l'association {org:club} :\n{name} | {phone} | {email}\n{name2} | {phone2} | {email2}"),
    ("fr", "Dossier CAF : allocataire {name}, n° de sécurité sociale {natid}, né(e) le {dob:long}, adresse {addr}. Quels justificatifs pour l'APL ?"),
    ("fr", "Mon patron m'a envoyé mon RIB pour vérifier : titulaire {name}, IBAN {iban}. Le virement de salaire du {date} n'est pas arrivé."),
    ("fr", "Lettre de résiliation de bail : {name}, {addrml}. Préavis d'un mois à compter du {date:long}. Propriétaire : {name2}, {email2}."),
    ("fr", "Transcription d'un appel au service client : « oui bonjour, {name}, ma carte c'est le {card:sp}, date d'expiration {exp}, j'ai vu un débit à {city} que je n'ai pas fait »"),
    ("fr", "Erreur dans mon fichier .env, l'app ne démarre pas :\n```\nSTRIPE_SECRET={key:stripe}\nADMIN_EMAIL={wmail}\n# serveur de prod\nHOST={ip:pub}\n```"),
    ("fr", "Carte de visite à mettre en forme : {name}, ostéopathe, {org:clinic}, {addr}, {phone}, {link:site}"),
    ("fr", "Inscription au club de foot pour mon fils {name3:kid:m}, né le {dob3:long}. Parent : {name}, {phone}, {email}. Le club est à {town}."),
    ("fr-BE", "Numéro national belge {natid} : est-ce que la date de naissance ({dob}) correspond ? C'est pour le dossier de {name}."),
    # Spanish
    ("es", "Ayúdame a escribir un mensaje al casero: 'Hola {first2}, soy {name} del piso de {addr}. La caldera no funciona desde el {date:long}. Mi teléfono es {phone}.'"),
    ("es", "Resume este chat del grupo de la comunidad de vecinos:\n{name}: la derrama son 300 €, pagad a {iban}\n{name2}: ¿hasta cuándo?\n{name}: hasta el {date:long}"),
    ("es", "Revisa mi CV:\n{name}\n{addr} · {phone}\n{email} · {link:li}\nExperiencia: {org:firm} ({town}), 2019–2025"),
    ("es", "Rellena la solicitud de empadronamiento: nombre {name}, documento {natid}, fecha de nacimiento {dob}, domicilio {addr}."),
    ("es", "Tengo que reclamar un cargo: tarjeta {card}, titular {name}, cargo de 89,90 € el {date} en {city}. Mi banco es {org:bank}."),
    ("es", "Mi hermano vive en Texas y me pidió ayuda con un formulario en inglés. Datos: {name}, número de seguro social {ssnx}, fecha de nacimiento {dob}, dirección en {town}. ¿Qué es el 'Employer Identification Number'?"),
    ("es", "¿Por qué falla este script?\n```python\n# clave de la API\nopenai.api_key = \"{key:openai}\"\nservidor = \"{ip:pub}\"\n```"),
    ("es", "Transcripción de nota de voz: 'apunta, el fontanero se llama {name2}, su número es {phone2}, viene el {date:long} a {addr}'"),
    ("es", "Escribe un correo para la guardería: mi hija {name3:kid:f} (nacida el {dob3:long}) tiene alergia al huevo. Contacto {name}, {phone}."),
    ("es", "Datos del nuevo empleado para nóminas: {name}, {natid}, nacido el {dob}, cuenta {iban:ES}, correo {wmail}."),
    # Italian
    ("it", "Puoi riscrivere questo messaggio per l'amministratore di condominio? 'Sono {name}, interno 5 di {addr}. Il citofono non funziona dal {date:long}. Tel. {phone}.'"),
    ("it", "Controlla il mio codice fiscale {natid}: nome {name}, nato il {dob:long} a {town}. Il CAF dice che non corrisponde."),
    ("it", "Modulo iscrizione palestra: {name}, {dob}, {addr}, {email}, IBAN per l'addebito {iban}."),
    ("it", "Trascrizione di un vocale: 'ciao, sono {first2}, ti mando il mio IBAN per la cena, {iban2:plain}, e il mio numero nuovo è {phone2}'"),
    ("it", "Riassumi la mail del medico: 'Gentile {name}, la visita presso {org:clinic} è confermata per il {date:long}. Porti la tessera sanitaria. Dott. {last2}'"),
    ("it", "Perché Nginx non parte?\n```\nserver {{\n  listen 80;\n  server_name {pick:bottega:agriturismo:studio}-online.it;\n  allow {ip:pub};\n  deny all;\n}}\n```"),
    ("it", "Elenco iscritti al corso di ceramica a {town}, ordinalo per cognome: {name} {phone}; {name2} {phone2}; {name3} {phone3}"),
    ("it", "La banca mi ha bloccato la carta {card:dash} dopo un pagamento a {city} il {date}. Intestatario {name}. Scrivi il reclamo."),
    # Dutch
    ("nl", "Kun je dit bericht aan de VvE netjes maken? 'Beste {first2}, ik ben {name} van {addr}. De lift is sinds {date:long} kapot. Bel me op {phone}.'"),
    ("nl-NL", "Belastingaangifte: BSN {natid}, naam {name}, geboortedatum {dob}, adres {addr}. Welke aftrekposten mis ik?"),
    ("nl", "Tikkie-bericht herschrijven: 'Hoi allemaal, voor het weekendje {city} graag €85 overmaken naar {iban} t.n.v. {name}.'"),
    ("nl", "Mijn sollicitatiebrief, check de spelling: {name}, {addr}, {email}, {phone}. Ik solliciteer bij {org:firm} als verpleegkundige."),
    ("nl", "Waarom faalt mijn deploy?\n```yaml\nenv:\n  API_KEY: {key:hf}\n  # test-server\n  HOST: {ip:ten}\n```"),
    ("nl", "Spraakmemo uitschrijven: 'de sleutel ligt bij {name2}, {addr2}, en het alarm is {pw:pin6}'"),
    ("nl", "Inschrijving zwemles voor {name3:kid}, geboren {dob3}, ouder {name}, {phone}, {email}."),
    # Portuguese (PT)
    ("pt", "Podes rever esta mensagem para o senhorio? 'Sou {name}, moro no {addr}. Desde {date:long} não há água quente. Contacto: {phone}.'"),
    ("pt", "O meu NIF é {natid}, nome {name}, morada {addr}. As Finanças dizem que a morada não está atualizada. Como mudo?"),
    ("pt", "Transferência para a viagem a {city}: IBAN {iban}, titular {name2}. Confirmas se o IBAN é válido?"),
    ("pt", "Resumo da consulta: utente {name}, nascido a {dob:long}, seguido na {org:clinic}, próxima consulta a {date:long}."),
    ("pt", "Lista de voluntários da {org:club} em {town}: {name} ({email}), {name2} ({email2}), {name3} ({phone3})."),
    # Portuguese (BR)
    ("pt-BR", "Me ajuda a escrever pro síndico: 'Oi, sou {name}, do apto 32 do {addr}. O vazamento começou dia {date}. Meu zap: {phone}.'"),
    ("pt-BR", "Cadastro na clínica: nome {name}, CPF {natid}, nascimento {dob}, endereço {addr}, e-mail {email}."),
    ("pt-BR", "Meu cartão {card} foi clonado, compra em {city} no dia {date}. Titular {name}. Como contesto no banco {org:bank}?"),
    ("pt-BR", "Transcrição de áudio do WhatsApp: 'amor, o CPF da tua mãe é {natid2}, a data de nascimento é {dob2}, manda pro corretor'"),
    ("pt-BR", "Por que esse código dá erro 401?\n```js\n// token do bot\nconst token = '{key:telegram}';\nconst adminChat = '{phone}';\n```"),
    ("pt-BR", "Currículo pra revisar: {name} · {town} · {phone} · {email} · {link:gh}"),
    ("pt-BR", "Contrato de aluguel: locador {name}, CPF {natid}; locatário {name2}, CPF {natid2}; imóvel em {addr}; início em {date:long}."),
    # Polish
    ("pl", "Popraw proszę wiadomość do spółdzielni: 'Nazywam się {name}, mieszkam przy {addr}. Od {date:long} nie działa domofon. Tel. {phone}.'"),
    ("pl", "Sprawdź, czy PESEL {natid} pasuje do daty urodzenia {dob:long}. To dane {name} do umowy."),
    ("pl", "Przelew za obóz: konto {iban}, odbiorca {name2}, tytuł 'obóz {name3}'. Termin {date}."),
    ("pl", "CV do poprawy: {name}, {addr}, {phone}, {email}, doświadczenie w {org:firm} ({town})."),
    ("pl", "Transkrypcja rozmowy z infolinii: 'proszę podać numer karty' – '{card:sp}' – 'dziękuję pani {last}, transakcja z {date} w {city} zostanie sprawdzona'"),
    ("pl", "Mój skrypt nie łączy się z bazą:\n```python\n# hasło do bazy\nconn = psycopg2.connect(host='{ip:lan}', user='sklep', password='{pw:rand}')\n```"),
    ("pl", "Lista uczestników warsztatów w {town}: {name} ({email}), {name2} ({email2}). Zrób z tego tabelkę."),
    # Swedish
    ("sv", "Kan du skriva om det här till hyresvärden? 'Hej, jag heter {name} och bor på {addr}. Elementen är kalla sedan {date:long}. Ring {phone}.'"),
    ("sv", "Försäkringskassan vill ha: personnummer {natid}, namn {name}, adress {addr}, e-post {email}. Skriv ett följebrev."),
    ("sv", "Swish funkar inte, kan jag föra över till {iban} istället? Mottagare {name2}, för hyran i {town}."),
    ("sv", "Sammanfatta föreningens medlemslista för {org:club}: {name} {phone}, {name2} {phone2}, {name3} {email3}"),
    ("sv", "Varför får jag 403?\n```bash\n# token från GitLab\nexport GITLAB_TOKEN={key:glpat}\ncurl --header \"PRIVATE-TOKEN: $GITLAB_TOKEN\" https://gitlab.example.se/api/v4/projects\n```"),
    ("sv", "Anmälan till simskolan: barn {name3:kid}, född {dob3}, förälder {name}, {phone}."),
    # Norwegian
    ("no", "Kan du skrive om denne meldingen til borettslaget? 'Jeg er {name} i {addr}. Det har lekket fra taket siden {date:long}. Ring meg på {phone}.'"),
    ("no", "Fødselsnummer {natid} står feil på lønnsslippen fra {org:firm}. Jeg heter {name}. Skriv en e-post til lønn."),
    ("no", "Vipps til {name2} feilet, hun sendte kontonummer som IBAN: {iban2}. Hvordan bruker jeg det i nettbanken?"),
    ("no", "Påmeldingsliste til skitur fra {town}: {name} ({email}), {name2} ({email2}), avreise {date:long}."),
    ("no", "Ruteren min viser disse enhetene: {ip:lan} (ukjent), {ip:lan@b} (TV). Offentlig IP {ip:pub}. Er noen på nettet mitt?"),
    # Danish
    ("da", "Kan du gøre beskeden til udlejeren pænere? 'Jeg hedder {name}, bor på {addr}. Vandhanen drypper siden {date:long}. Tlf. {phone}.'"),
    ("da", "CPR-nummer {natid} er registreret på {name}, men adressen {addr} er forkert hos kommunen i {town}. Hvordan retter jeg det?"),
    ("da", "MobilePay-gruppen til sommerfesten: overfør 250 kr til {name2}, eller bankoverførsel til {iban2}."),
    ("da", "Oversæt til engelsk: 'Patient {name}, født {dob:long}, henvist fra {org:clinic} den {date:long}.'"),
    ("da", "Min Python-kode fejler:\n```python\n# nøgle fra Mailgun\nMAILGUN_KEY = '{key:mailgun}'\nAFSENDER = '{wmail}'\n```"),
    # Finnish
    ("fi", "Voitko muotoilla tämän viestin isännöitsijälle? 'Olen {name}, asun osoitteessa {addr}. Sauna ei ole toiminut {date:long} lähtien. Puh. {phone}.'"),
    ("fi", "Henkilötunnukseni {natid} on väärin Kelan lomakkeessa. Nimi {name}, syntynyt {dob:long}."),
    ("fi", "Maksa mökkivuokra tilille {iban}, saaja {name2}. Mökki on paikkakunnalla {town}, tulemme {date:long}."),
    ("fi", "Kerhon {org:club} jäsenlista taulukoksi: {name} {email}, {name2} {email2}, {name3} {phone3}"),
    ("fi", "Miksi SSH ei toimi? `ssh {first:lc}@{ip:pub} -p 2222` antaa 'connection refused'. Kotiverkon NAS on {ip:lan}."),
    # Czech
    ("cs", "Můžeš upravit zprávu pro správce domu? 'Jsem {name} z {addr}. Od {date:long} nefunguje topení. Tel. {phone}.'"),
    ("cs", "Rodné číslo {natid} – sedí k datu narození {dob:long}? Je to pro smlouvu pro {name}."),
    ("cs", "Platba za tábor: účet {iban}, příjemce {name2}, zpráva pro příjemce '{name3}'."),
    ("cs", "Přepis hlasové zprávy: 'ahoj, tady {first2}, moje nové číslo je {phone2} a bydlím teď v {town2}, na {street2}'"),
    ("cs", "Životopis: {name}, {addr}, {email}, {phone}, {link:li}, praxe ve firmě {org:firm}."),
    ("cs", "Proč se nepřipojím k databázi?\n```\n# heslo k DB\nDB_PASSWORD={pw:word}\nDB_HOST={ip:ten}\n```"),
    # Hungarian
    ("hu", "Átfogalmaznád a közös képviselőnek szóló üzenetet? '{name} vagyok, {addr}. A lift {date:long} óta nem működik. Tel.: {phone}.'"),
    ("hu", "Utalás a nyaralásra: IBAN {iban}, kedvezményezett {name2}, közlemény: '{city} szállás'."),
    ("hu", "Jelentkezés a {org:club} futóversenyére: {name}, született {dob:long}, {email}, {phone}."),
    ("hu", "A kártyámat ({card:sp}) letiltották egy {city}-i vásárlás után, {date}. Segíts megírni a panaszt a {org:bank} felé."),
    ("hu", "Miért nem indul a konténer?\n```yaml\nenvironment:\n  # jelszó\n  POSTGRES_PASSWORD: {pw:rand}\n  PGADMIN_EMAIL: {wmail}\n```"),
    # Romanian
    ("ro", "Poți reformula mesajul pentru administratorul blocului? 'Sunt {name}, ap. 12, {addr}. Din {date:long} nu avem apă caldă. Tel. {phone}.'"),
    ("ro", "CNP-ul meu este {natid}, nume {name}, născut(ă) pe {dob:long}. ANAF spune că nu se potrivește cu adresa din {town}."),
    ("ro", "Plata pentru excursie: IBAN {iban}, titular {name2}, până pe {date:long}."),
    ("ro", "Transcriere mesaj vocal: 'salut, sunt {first2}, numărul meu nou e {phone2}, iar adresa e {addr2}'"),
    ("ro", "CV de corectat: {name}, {email}, {phone}, {link:li}, experiență la {org:firm}."),
    # Turkish
    ("tr", "Site yöneticisine yazacağım mesajı düzeltir misin? 'Ben {name}, {addr} adresinde oturuyorum. {date:long} tarihinden beri kalorifer çalışmıyor. Tel: {phone}.'"),
    ("tr", "TC kimlik numaram {natid}, adım {name}, doğum tarihim {dob:long}. e-Devlet'te adresim {town} görünüyor ama taşındım."),
    ("tr", "Kira ödemesi için IBAN: {iban}, alıcı {name2}. Açıklamaya ne yazmalıyım?"),
    ("tr", "Kartım ({card:sp}) {city} şehrinde yapılmış bir işlem sonrası bloke oldu, {date}. Kart sahibi {name}. Bankaya şikayet yaz."),
    ("tr", "Bu Flask kodunda ne yanlış?\n```python\n# gizli anahtar\napp.config['SECRET_KEY'] = '{key:hex64}'\nSMTP_USER = '{wmail}'\n```"),
    ("tr", "Özgeçmişimi düzenle: {name}, {addr}, {phone}, {email}, {link:li}, {org:firm} bünyesinde 4 yıl."),
    # Greek
    ("el", "Μπορείς να ξαναγράψεις αυτό το μήνυμα προς τον διαχειριστή; 'Είμαι ο/η {name}, μένω στην {addr}. Από {date:long} δεν λειτουργεί ο ανελκυστήρας. Τηλ. {phone}.'"),
    ("el", "ΑΜΚΑ {natid}, όνομα {name}, ημερομηνία γέννησης {dob:long}. Το ιατρείο {org:clinic} λέει ότι δεν βρίσκει τον αριθμό."),
    ("el", "Κατάθεση για το ενοίκιο: IBAN {iban}, δικαιούχος {name2}. Σωστό;"),
    ("el", "Λίστα εθελοντών για τη γιορτή στη {town}: {name} {phone}, {name2} {phone2}, {name3} {email3}"),
    ("el", "Απομαγνητοφώνηση: 'ο τεχνικός λέγεται {name2}, το κινητό του {phone2}, έρχεται στις {date:long}'"),
    # Russian
    ("ru", "Помоги переписать сообщение в управляющую компанию: 'Я {name}, живу по адресу {addr}. С {date:long} нет горячей воды. Тел. {phone}.'"),
    ("ru", "ИНН {natid}, ФИО {name}, дата рождения {dob:long}. В налоговой говорят, что ИНН не совпадает. Что делать?"),
    ("ru", "Резюме: {name}, г. {town}, {phone}, {email}, {link:gh}, опыт в {org:firm}."),
    ("ru", "Почему не работает бот?\n```python\n# токен бота\nTOKEN = '{key:telegram}'\nADMIN_IP = '{ip:pub}'\n```"),
    ("ru", "Расшифровка голосового: 'короче, карта {card:sp}, на имя {name:uc}, привяжи её к доставке, адрес {addr}'"),
    ("ru", "Список участников похода из {town}: {name} ({phone}), {name2} ({phone2}), {name3} ({email3}). Выезд {date:long}."),
    # Ukrainian
    ("uk", "Допоможи переписати звернення до ОСББ: 'Я {name}, мешкаю за адресою {addr}. З {date:long} не працює ліфт. Тел. {phone}.'"),
    ("uk", "РНОКПП {natid}, ПІБ {name}, дата народження {dob:long}. Податкова не приймає декларацію."),
    ("uk", "Переказ за оренду: IBAN {iban:UA}, отримувач {name2}, призначення 'оренда {town}'."),
    ("uk", "Резюме: {name}, {phone}, {email}, {link:li}, досвід у {org:firm}."),
    ("uk", "Чому не працює скрипт?\n```bash\n# ключ до API\nexport OPENAI_API_KEY={key:openai}\nssh root@{ip:pub}\n```"),
    ("uk", "Список волонтерів у {town}: {name} {phone}, {name2} {phone2}, координатор {name3} ({email3})."),
    # Bulgarian
    ("bg", "Помогни да пренапиша съобщението до домоуправителя: 'Аз съм {name}, живея на {addr}. От {date:long} не работи асансьорът. Тел. {phone}.'"),
    ("bg", "ЕГН {natid}, име {name}, роден(а) на {dob:long}. НАП казва, че има грешка."),
    ("bg", "Превод за почивката: IBAN {iban}, получател {name2}, основание 'вила {city}'."),
    ("bg", "Списък за екскурзията от {town}: {name} {phone}, {name2} {email2}."),
    ("bg", "CV: {name}, {email}, {phone}, {link:li}, опит в {org:firm}."),
    # Croatian
    ("hr", "Možeš li preformulirati poruku upravitelju zgrade? 'Ja sam {name}, stanujem na adresi {addr}. Od {date:long} ne radi grijanje. Tel. {phone}.'"),
    ("hr", "OIB {natid}, ime {name}, datum rođenja {dob:long}. Porezna kaže da adresa u {town} nije ažurna."),
    ("hr", "Uplata za apartman: IBAN {iban}, primatelj {name2}, dolazak {date:long}."),
    ("hr", "Transkript glasovne: 'bok, ja sam {first2}, novi broj mi je {phone2}, živim sad u {town2}'"),
    ("hr", "Zašto ne radi?\n```\n# lozinka za bazu\nDB_PASS={pw:word}\nDB_HOST={ip:lan}\n```"),
    # Estonian
    ("et", "Kas saad selle sõnumi korteriühistule viisakamaks teha? 'Olen {name}, elan aadressil {addr}. Alates {date} ei tööta küte. Tel {phone}.'"),
    ("et", "Isikukood {natid}, nimi {name}. Kas sünnikuupäev {dob} klapib?"),
    ("et", "Ülekanne suvemaja eest: IBAN {iban}, saaja {name2}, {town}."),
    ("et", "Klubi {org:club} liikmed: {name} {email}, {name2} {phone2}."),
    # Japanese
    ("ja", "管理会社へのメールを丁寧に直してください：「{addr}の{name}です。{date:long}から給湯器が故障しています。連絡先は{phone}です。」"),
    ("ja", "マイナンバー{natid}、氏名{name}、生年月日{dob:long}。勤務先の{org:firm}に提出する書類の書き方を教えて。"),
    ("ja", "履歴書を整えて：{name}／{addr}／{phone}／{email}／{link:gh}"),
    ("ja", "留守電の文字起こしを要約して：「{org:clinic}の{last2}です。{name}様、{date:long}の予約の件でお電話しました。{phone2}までご連絡ください」"),
    ("ja", "このコードでエラーが出ます。\n```python\n# APIキー\nclient = OpenAI(api_key=\"{key:openai}\")\nHOST = \"{ip:ten}\"\n```"),
    ("ja", "カード{card:sp}で身に覚えのない請求が{date}にありました。名義は{caps}です。カード会社への連絡文を作って。"),
    ("ja", "町内会の名簿を表にして：{name} {phone}、{name2} {phone2}、{name3} {email3}。場所は{town}です。"),
    ("ja", "海外送金の受取口座：IBAN {iban}、受取人 {roman2}。この形式で合っていますか？"),
    # Chinese
    ("zh", "帮我把给物业的留言改得礼貌一点：'我是{name}，住在{addr}，从{date:long}开始楼道灯坏了，电话{phone}。'"),
    ("zh", "身份证号{natid}，姓名{name}，出生日期{dob:long}。银行说信息不一致，是哪里错了？"),
    ("zh", "简历帮我润色：{name}，{phone}，{email}，{link:gh}，曾在{org:firm}工作三年。"),
    ("zh", "这段配置为什么连不上？\n```yaml\n# 数据库密码\npassword: {pw:rand}\nhost: {ip:lan}\n```"),
    ("zh", "语音转文字整理一下：'那个快递寄到{addr2}，收件人{name2}，电话{phone2}，{date}之前要到'"),
    ("zh", "家长群名单做成表格：{name} {phone}，{name2} {phone2}，{name3} {phone3}。学校是{org:school}，在{town}。"),
    ("zh", "我在美国的表哥要填税表，他的社安号是{ssnx}，名字{roman}，生日{dob:iso}。帮我解释W-4怎么填。"),
    ("zh", "出国读书要汇学费，学校给的IBAN是{ibanx:DE}，收款人{org:school}。这个号码对吗？"),
    # Korean
    ("ko", "관리사무소에 보낼 문자를 정중하게 바꿔 줘: '{addr}에 사는 {name}입니다. {date:long}부터 보일러가 안 됩니다. 연락처 {phone}.'"),
    ("ko", "주민등록번호 {natid}, 이름 {name}, 생년월일 {dob:long}. 은행 앱에서 본인인증이 계속 실패해요."),
    ("ko", "이력서 다듬어 줘: {name} / {phone} / {email} / {link:li} / {org:firm} 근무"),
    ("ko", "이 코드 왜 안 돼?\n```js\n// 슬랙 봇 토큰\nconst token = '{key:slack}';\nconst server = '{ip:pub}';\n```"),
    ("ko", "카드 {card:dash}로 {date}에 {city}에서 모르는 결제가 됐어요. 명의 {name}. 카드사에 보낼 글 써 줘."),
    ("ko", "미국에 사는 이모가 세금 서류를 부탁했어요. 이름 {roman}, SSN {ssnx}, 생년월일 {dob:iso}. 1040 양식 설명해 줘."),
    ("ko", "동호회 {org:club} 회원 명단: {name} {phone}, {name2} {phone2}, {name3} {email3}. {town} 모임 공지 만들어 줘."),
    # Hebrew
    ("he", "תנסח בבקשה הודעה לוועד הבית: 'אני {name} מ{addr}. מאז {date} המעלית לא עובדת. טלפון {phone}.'"),
    ("he", "מספר תעודת זהות {natid}, שם {name}, תאריך לידה {dob}. הבנק אומר שהפרטים לא תואמים."),
    ("he", "קורות חיים: {name}, {phone}, {email}, {link:li}, ניסיון ב{org:firm}."),
    ("he", "העברה עבור הצימר: IBAN {iban}, מוטב {name2}, הגעה ב-{date}."),
    ("he", "למה זה לא עובד?\n```\n# מפתח API\nexport HF_TOKEN={key:hf}\nssh admin@{ip:pub}\n```"),
    ("he", "רשימת מתנדבים ב{town}: {name} {phone}, {name2} {phone2}."),
    # Arabic
    ("ar", "أعد صياغة هذه الرسالة لمالك الشقة: 'أنا {name}، أسكن في {addr}. منذ {date} لا يعمل المكيف. رقمي {phone}.'"),
    ("ar", "سيرتي الذاتية: {name}، {phone}، {email}، {link:li}، خبرة في {org:firm}."),
    ("ar", "تحويل الإيجار: رقم الآيبان {iban}، المستفيد {name2}. هل الرقم صحيح؟"),
    ("ar", "تم خصم مبلغ من بطاقتي {card:sp} في {city} بتاريخ {date}. صاحب البطاقة {name}. اكتب شكوى للبنك."),
    ("ar", "لماذا لا يعمل الكود؟\n```python\n# مفتاح سري\nSTRIPE_KEY = \"{key:stripe}\"\nSERVER = \"{ip:pub}\"\n```"),
    ("ar", "قائمة أولياء الأمور في مدرسة {org:school} في {town}: {name} {phone}، {name2} {phone2}."),
    # Hindi
    ("hi", "मकान मालिक को यह संदेश विनम्र बना दो: 'मैं {name}, {addr} में रहता/रहती हूँ। {date} से पानी नहीं आ रहा। मेरा नंबर {phone} है।'"),
    ("hi", "आधार नंबर {natid}, नाम {name}, जन्मतिथि {dob}। बैंक KYC बार-बार फेल हो रहा है।"),
    ("hi", "बायोडाटा ठीक करो: {name}, {phone}, {email}, {link:li}, {org:firm} में अनुभव।"),
    ("hi", "यह कोड क्यों नहीं चल रहा?\n```python\n# API कुंजी\nkey = \"{key:gcp}\"\nhost = \"{ip:pub}\"\n```"),
    ("hi", "मोहल्ला समिति सूची: {name} {phone}, {name2} {phone2}, {name3} {email3}। बैठक {town} में {date} को।"),
    ("hi", "मेरे कार्ड {card:sp} से {date} को अनजान खर्च हुआ। नाम {name}। बैंक को शिकायत लिखो।"),
    # Thai
    ("th", "ช่วยเรียบเรียงข้อความถึงนิติบุคคลหน่อย: 'ดิฉัน {name} อยู่ที่ {addr} ตั้งแต่ {date} ลิฟต์เสีย โทร {phone}'"),
    ("th", "เลขบัตรประชาชน {natid} ชื่อ {name} เกิด {dob} ธนาคารบอกว่าข้อมูลไม่ตรง"),
    ("th", "เรซูเม่: {name}, {phone}, {email}, {link:li}, ทำงานที่ {org:firm}"),
    ("th", "ทำไมโค้ดนี้เชื่อมต่อไม่ได้?\n```\n# รหัสผ่าน\nDB_PASSWORD={pw:word}\nDB_HOST={ip:lan}\n```"),
    ("th", "รายชื่ออาสาสมัครที่ {town}: {name} {phone}, {name2} {phone2}"),
    # Vietnamese
    ("vi", "Sửa giúp tin nhắn gửi ban quản lý: 'Tôi là {name}, ở {addr}. Từ {date} thang máy bị hỏng. SĐT {phone}.'"),
    ("vi", "CV của tôi: {name}, {phone}, {email}, {link:li}, từng làm ở {org:firm}."),
    ("vi", "Anh họ tôi ở Mỹ nhờ điền đơn: tên {roman}, SSN {ssnx}, ngày sinh {dob:iso}, địa chỉ ở {town}... à không, anh ấy đã chuyển sang Houston."),
    ("vi", "Tại sao đoạn code này lỗi?\n```js\n// khóa bí mật\nconst key = '{key:sendgrid}';\nconst host = '{ip:pub}';\n```"),
    ("vi", "Thẻ {card:sp} của tôi bị trừ tiền lạ ở {city} ngày {date}. Chủ thẻ {name}. Viết đơn khiếu nại."),
    ("vi", "Danh sách phụ huynh lớp ở {town}: {name} {phone}, {name2} {phone2}, {name3} {email3}"),
    # Indonesian
    ("id", "Tolong rapikan pesan ke pengelola kos: 'Saya {name}, tinggal di {addr}. Sejak {date:long} air mati. HP {phone}.'"),
    ("id", "NIK {natid}, nama {name}, tanggal lahir {dob:long}. Aplikasi bank bilang data tidak cocok."),
    ("id", "CV saya: {name}, {phone}, {email}, {link:li}, pengalaman di {org:firm}."),
    ("id", "Kenapa bot ini error?\n```python\n# token bot\nTOKEN = '{key:discord}'\nSERVER_IP = '{ip:pub}'\n```"),
    ("id", "Transfer arisan ke rekening {iban}, atas nama {name2}. Pertemuan berikutnya di {town} tanggal {date:long}."),
    ("id", "Kartu saya {card:sp} kena transaksi tidak dikenal di {city} tanggal {date}. Atas nama {name}. Buatkan surat ke {org:bank}."),
]

_PII_EXTRA: list[tuple[str, str]] = [
    ("en", "Subscription audit: which of these cards are still attached to services?\nNetflix — {cardx:visa:sp}\nGym — {cardx:mc:dash}\nCloud storage — {cardx:amex:plain}\nAll in the name of {name}."),
    ("en", "Spreadsheet formula help: column B has card numbers like {card:plain} and I need to show only the last four. Column A has names like {name}."),
    ("en", "Online checkout autofill saved the wrong card. Saved: {cardx:visa:sp}, should be {cardx:mc2:sp@b}. How do I edit it in Chrome? Profile email {email}."),
    ("en-US", "Text from my teenager: 'mom can u send the card number again for the school trip payment, the one ending in the 9s' — the card is {card:dash}. Write a reply that teaches her not to ask over text, but give it this once."),
    ("en", "Translate this chargeback letter to German: 'I, {name}, dispute the transaction of {date:long} on card {card}. Merchant refused refund. My address: {addr}.'"),
    ("de", "Meine Kreditkarte {card:sp} wurde im Hotel in {city} doppelt belastet, am {date}. Inhaberin {name}. Schreib bitte eine Reklamation."),
    ("fr", "Relevé bancaire copié-collé, quel débit est suspect ?\n{date:iso} CB {card:plain} SNCF 45,00\n{date:iso@b} CB {card:plain} BOUTIQUE EN LIGNE 389,99\nTitulaire {name}"),
    ("es", "El hotel en {city} me pidió la tarjeta por correo: {card:sp}, caducidad {exp}. ¿Es seguro? Mi nombre es {name}."),
    ("ja", "ネットショップの決済画面で{card:dash}を入れたらエラーになりました。名義{caps}、請求先{addr}。原因は？"),
    ("pt-BR", "Lista de assinaturas no cartão {card:sp}: Netflix, Spotify, academia. Titular {name}. Como cancelo tudo de uma vez?"),
    ("en", "Can you make a link-in-bio page text? Links: {link:ig}, {link:tt}, {link:kofi}. Name {name}, based in {town}."),
    ("en", "My student sent her portfolio as {link:site} and her code as {link:gh}. Write feedback addressed to {first}."),
    ("en", "Add my socials to the email footer: {link:li} · {link:gh} · {wmail}. I'm {name}, {org:firm}."),
    ("en", "The signing link for the lease is {link:form} — is it safe to forward to my flatmate {name2}?"),
    ("de", "Mein Portfolio-Link {link:site} funktioniert nicht mehr. Ich heiße {name}, E-Mail {email}. Was kann ich prüfen?"),
    ("fr", "Voici le lien vers mon CV : {link:notion}. Peux-tu écrire un message pour {name2} chez {org:firm} ?"),
    ("es", "Mis redes para la tarjeta de visita: {link:ig}, {link:li}. Nombre {name}, teléfono {phone}."),
    ("it", "Il link alla cartella con le foto del matrimonio è {link:drive}, mandalo a {name2} e {name3} con un messaggio carino."),
    ("nl", "Mijn agenda-link voor klanten: {link:cal}. Schrijf een afwezigheidsbericht voor {wmail} tot {date:long}."),
    ("pl", "Link do mojego profilu: {link:li}. Napisz wiadomość do rekrutera {name2} z {org:firm}."),
]

_NEGATIVE: list[tuple[str, str]] = [
    ("en", "My Luhn validator says {neg:badcard} fails. I copied it from a blog post about test data. Which digit is wrong?"),
    ("en", "Stripe docs list {neg:testcard} as a test card. Does it work in live mode?"),
    ("en", "Receipt shows my card as {neg:masked}. Is that PCI compliant?"),
    ("en", "Is {neg:badiban} a real IBAN? The mod-97 check fails when I run it."),
    ("en", "Explain the IBAN format using the textbook example {neg:dociban}."),
    ("en", "Which of these SSNs are invalid by SSA rules: {neg:badssn}, {neg:badssn@b}? Write a regex."),
    ("en", "Why do tutorials always use {neg:specssn} as a sample SSN?"),
    ("en", "The portal shows my SSN as {neg:maskssn}, is that enough masking?"),
    ("en", "What's RFC 5737? Our docs use {neg:docip} as the example server."),
    ("en", "Subnet question: what's the difference between {neg:mask} and {neg:mask@b}?"),
    ("en", "Why does my app bind to {neg:loopback} instead of the LAN address?"),
    ("en", "Is {neg:build} an IP address or a version? It's in the About dialog of our desktop app."),
    ("en", "Our changelog says {neg:ver} fixed the memory leak. How do I pin that version in requirements.txt?"),
    ("en", "Generate a UUID v4 like {neg:uuid} in Postgres without an extension."),
    ("en", "What does the commit {neg:sha} mean in `git revert`? I want to undo it."),
    ("en", "Docker image digest {neg:sha256} — how do I pin to it in compose?"),
    ("en", "I got an MD5 of {neg:md5} for my ISO download. How do I verify it on Windows?"),
    ("en", "Order {neg:order} hasn't shipped. What's a polite way to ask the store? (No names needed.)"),
    ("en", "Ticket {neg:ticket} was closed without a fix. Write a template for reopening tickets."),
    ("en", "Tracking number {neg:tracking} shows 'label created' for 5 days. Is that normal?"),
    ("en", "Is {neg:price} a good price for a used road bike?"),
    ("en", "Convert {neg:price} to US dollars roughly."),
    ("en", "The docs at {neg:docurl} are confusing, can you explain the first section?"),
    ("en", "Replace the placeholder in this snippet: API_KEY = \"{neg:ph}\". What's the best practice?"),
    ("en", "In the tutorial they use {neg:exkey}. Will that work for real requests?"),
    ("en", "Is a publishable key like {neg:pk} safe to put in frontend code?"),
    ("en", "ISBN {neg:isbn} — which book is that and is the check digit right?"),
    ("en", "Part number {neg:part} keeps showing up in our inventory, what format is that?"),
    ("en", "Barcode {neg:gtin} scans fine but our POS says unknown product. Is it EAN-13?"),
    ("en", "Our CSS uses {neg:hexcolor}; what's a good contrasting colour for accessibility?"),
    ("en", "Postgres listens on {neg:port} but I can't connect from the container. Why?"),
    ("en", "What time zone is {neg:time} UTC in Sydney?"),
    ("en", "Flight from {neg:iata} to {neg:iata@b}, how long is the layover usually?"),
    ("en", "What's the tallest building in Dubai and when was it finished?"),
    ("en", "Compare Microsoft, Apple and Samsung's phone market share over the last five years."),
    ("en", "Plan a three-day trip to Lisbon: Belém Tower, Alfama and a day in Sintra."),
    ("en", "Why did Toyota and Honda go hybrid before Tesla went electric?"),
    ("en", "Is the Eiffel Tower taller than the Statue of Liberty?"),
    ("en", "What's the history of the Golden Gate Bridge's colour?"),
    ("en", "Explain how Amazon Web Services bills for S3 storage."),
    ("en", "How did the London Underground get the name 'the Tube'?"),
    ("en", "Best time to see the Northern Lights in Tromsø or Rovaniemi?"),
    ("en", "Summarise what Barack Obama's 2009 inaugural address was about."),
    ("en", "Write a haiku about Mount Fuji in winter."),
    ("en", "Does Spotify or YouTube Music pay artists more per stream?"),
    ("en", "Explain what Nvidia's CUDA cores are in simple words."),
    ("en", "In a sample JSON like {{\"id\": \"{neg:uuid}\", \"version\": \"{neg:ver}\"}}, which fields should be strings?"),
    ("en", "Our CI shows build {neg:semver_ip}. Why does the version look like an IP?"),
    ("en", "Is this IMEI-looking number {neg:imei_like} actually an IMEI? How is the check digit computed?"),
    ("en", "Docs example: `curl -H \"Authorization: Bearer {neg:ph}\" https://api.example.com/v1/items` — where do I put my real token?"),
    ("en", "Write a regex for order IDs like {neg:order} and {neg:order@b}."),
    ("en", "What does HTTP 429 mean and how should a client back off?"),
    ("en", "Explain the difference between {neg:ver} and {neg:ver@b} under semantic versioning."),
    ("en", "The short hash {neg:short} appears in my build logs, how do I find the full commit?"),
    ("en", "In our .env.example we have `DATABASE_URL=postgres://user:password@localhost:5432/app`. Is it fine to commit that?"),
    ("en", "I see `password: {neg:ph}` in the Helm chart defaults. Should I override it?"),
    ("en", "What's in the fake card {neg:testcard} that makes it pass Luhn?"),
    ("en", "Someone posted {neg:badcard} as 'a working card' in a forum. It fails Luhn, right? Just curious how they fake these."),
    ("en", "CPF {neg:badcpf} is rejected by our form, but it's the example from the Receita site. Why?"),
    ("en", "Why is BSN {neg:badbsn} rejected by the elfproef check?"),
    ("en", "Our sample data uses {neg:dociban} for every customer, is that a real account?"),
    ("en", "Give me a SQL query to count orders per day between 2026-01-01 and 2026-03-31."),
    ("en", "Make a chart of monthly revenue: Jan {neg:price}, Feb {neg:price@b}, Mar {neg:price@c}."),
    ("en", "Our version string is {neg:build}; what's the build number part?"),
    ("en", "Convert this timestamp to ISO 8601: 1767225600."),
    ("en", "Generate 5 fake but clearly-labelled sample users for a UI mockup, like 'Test User 1'."),
    ("en", "What does `ssh-keygen -t ed25519 -C \"work laptop\"` actually do?"),
    ("en", "Recommend a password manager for a family of four."),
    ("en", "What is the capital of Australia and why isn't it Sydney?"),
    ("de", "Warum schlägt die Prüfung der IBAN {neg:badiban} fehl? Ich habe sie aus einem Phishing-Mail."),
    ("de", "Was bedeutet die Versionsnummer {neg:ver} im Changelog von LibreOffice?"),
    ("de", "Wie hoch ist der Kölner Dom im Vergleich zum Ulmer Münster?"),
    ("fr", "Pourquoi le numéro de carte {neg:badcard} est-il refusé ? C'est un exemple d'un tutoriel."),
    ("fr", "Quelle est la différence entre la tour Eiffel et la tour Montparnasse en hauteur ?"),
    ("fr", "Commande {neg:order} non livrée, modèle de réclamation sans nom s'il te plaît."),
    ("es", "¿Qué significa la versión {neg:ver} en el registro de cambios de Firefox?"),
    ("es", "¿Cuándo se construyó la Sagrada Familia y cuándo se termina?"),
    ("es", "El hash {neg:sha} aparece en el log de git, ¿cómo lo reviertes?"),
    ("it", "Perché l'IBAN di esempio {neg:dociban} compare in tutti i manuali?"),
    ("it", "Quanti visitatori ha il Colosseo ogni anno?"),
    ("nl", "Waarom wordt {neg:badbsn} afgekeurd door de elfproef?"),
    ("pt-BR", "Por que o CPF {neg:badcpf} é inválido?"),
    ("pt", "Qual é a história da Torre de Belém?"),
    ("pl", "Co oznacza numer zamówienia {neg:order} w Allegro?"),
    ("sv", "Hur genererar jag en UUID som {neg:uuid} i Python?"),
    ("ja", "{neg:docip} はドキュメント用のIPアドレスですか？"),
    ("ja", "東京スカイツリーの高さは何メートルですか？"),
    ("zh", "版本号{neg:ver}和{neg:ver@b}哪个更新？"),
    ("zh", "故宫每天限流多少人？"),
    ("ko", "샘플 코드의 {neg:ph} 자리에 무엇을 넣어야 하나요?"),
    ("ko", "삼성전자와 LG전자의 역사 차이를 알려 줘."),
    ("ru", "Почему номер карты {neg:badcard} не проходит проверку Луна?"),
    ("ru", "Сколько лет Эрмитажу?"),
    ("uk", "Що означає хеш {neg:md5} у файлі завантаження?"),
    ("tr", "Sipariş numarası {neg:order} ne anlama geliyor?"),
    ("ar", "ما هو ارتفاع برج خليفة؟"),
    ("hi", "ताजमहल किसने और कब बनवाया?"),
    ("he", "מה ההבדל בין גרסה {neg:ver} לגרסה {neg:ver@b}?"),
    ("id", "Berapa tinggi Monas di Jakarta?"),
    ("vi", "Vịnh Hạ Long có bao nhiêu hòn đảo?"),
    ("th", "วัดพระแก้วสร้างเมื่อไหร่?"),
    ("el", "Πότε χτίστηκε ο Παρθενώνας;"),
    ("cs", "Proč je IBAN {neg:badiban} neplatný?"),
]

_CLEAN: list[tuple[str, str]] = [
    ("en", "How do I keep sourdough starter alive while on holiday?"),
    ("en", "Explain compound interest with a simple example."),
    ("en", "What are good stretches after a long run?"),
    ("en", "Write a limerick about a forgetful robot."),
    ("en", "How does a heat pump work in very cold weather?"),
    ("en", "Give me a weekly meal plan for a vegetarian teenager."),
    ("en", "What's the difference between a Roth IRA and a traditional IRA?"),
    ("en", "Tips for a first job interview over video call."),
    ("en", "How do I repot an orchid without killing it?"),
    ("en", "Explain the rules of cricket in five sentences."),
    ("en", "What's a good way to teach a child to ride a bike?"),
    ("en", "Summarise the causes of the French Revolution."),
    ("en", "How do I write a good pull request description?"),
    ("en", "Suggest names for a bakery that sells only cinnamon buns."),
    ("en", "What's the best way to learn touch typing?"),
    ("en", "Explain how vaccines train the immune system."),
    ("en", "Write a bedtime story about a lighthouse keeper and a seal."),
    ("en", "How do I set boundaries with a coworker who interrupts a lot?"),
    ("en", "What are the pros and cons of a four-day work week?"),
    ("en", "How do solar panels perform on cloudy days?"),
    ("en", "Give me 10 icebreaker questions for a team offsite."),
    ("en", "Explain Big-O notation with examples."),
    ("en", "How do I get rid of fruit flies in the kitchen?"),
    ("en", "Write a short speech for a retirement party, generic, no names."),
    ("en", "What should I pack for a week of hiking in the rain?"),
    ("en", "Explain what a Kubernetes operator is."),
    ("en", "How long should I boil an egg for a jammy yolk?"),
    ("en", "What is the difference between weather and climate?"),
    ("en", "Draft a polite template for declining a meeting invite."),
    ("en", "How can I reduce my screen time without quitting social media?"),
    ("de", "Wie lange muss ein Rinderbraten im Ofen bleiben?"),
    ("de", "Erkläre mir den Unterschied zwischen Miete und Nebenkosten."),
    ("fr", "Comment faire une pâte brisée sans beurre ?"),
    ("fr", "Donne-moi des idées d'activités pour un dimanche pluvieux."),
    ("es", "¿Cómo se cuida un bonsái en interior?"),
    ("es", "Explícame qué es la inflación de forma sencilla."),
    ("it", "Come si prepara un buon risotto ai funghi?"),
    ("nl", "Hoe leer ik sneller Spaans?"),
    ("pt", "Como posso poupar energia no inverno?"),
    ("pt-BR", "Qual a melhor forma de estudar para o ENEM?"),
    ("pl", "Jak zrobić pierogi ruskie?"),
    ("sv", "Hur tar jag hand om en kaktus på vintern?"),
    ("no", "Hvordan smører jeg langrennsski?"),
    ("da", "Hvordan laver man rugbrød?"),
    ("fi", "Miten saunoa oikein?"),
    ("cs", "Jak se peče vánočka?"),
    ("hu", "Hogyan készül a lecsó?"),
    ("ro", "Cum se fac sarmalele?"),
    ("tr", "Menemen nasıl yapılır?"),
    ("el", "Πώς φτιάχνω μουσακά;"),
    ("ru", "Как научиться плавать взрослому?"),
    ("uk", "Як зварити борщ?"),
    ("bg", "Как се прави баница?"),
    ("hr", "Kako napraviti fritule?"),
    ("ja", "味噌汁のおいしい作り方を教えて。"),
    ("zh", "怎么提高普通话发音？"),
    ("ko", "김치찌개 맛있게 끓이는 법 알려 줘."),
    ("he", "איך מכינים שקשוקה?"),
    ("ar", "كيف أتعلم البرمجة من الصفر؟"),
    ("th", "ต้มยำกุ้งทำยังไง"),
]

FRESH22_FOLLOW_UPS = [
    " Thanks!", " Keep it brief.", "\n\nthank you!!", " Bullet points please.", " No rush.", " Please don't change any numbers.",
    "\n\nAlso make it friendlier.", " US spelling please.",
]

FRESH22_PII: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _PII_EN + _PII_EN_MORE + _PII_XX + _PII_EXTRA]
FRESH22_NEGATIVE: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _NEGATIVE]
FRESH22_CLEAN: list[tuple[str, str]] = [(lang, _braces(t)) for lang, t in _CLEAN]
