"""The eighth blind set ("fresh8") for the PII benchmark: written without seeing the detector or the earlier sets.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh8=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots, people, places or value generators), and labels
spans as corpus.py's docstring says.

Situations (chosen to be new): home care for elderly relatives, school parent chats, sports-team rosters, parish and
community newsletters, apartment-building (HOA) notices, lost and found, moving companies, freelancer invoices,
crowdfunding pages, podcast guest bookings, ticket resale, veterinary records, hospital discharge letters, pharmacy
refills, tax-advisor e-mails, pension statements, mortgage applications, crypto-exchange support, game-account
recovery, smart-home/IoT logs, CRM exports (Salesforce/HubSpot CSV), git log and git blame, Helm/Docker values,
systemd journal lines, firewall and router logs (private and public IPv4, IPv6 with ::, ports and CIDR suffixes),
Terraform state, customer reviews, meeting minutes and chatbot transcripts.

Languages (the first element of each template tuple): en (about half; en-US, en-GB, en-CA, en-AU, en-IE, en-IN,
en-ZA, en-NZ, en-SG, en-PH), de (DE/AT), fr, es, es-MX, it, nl, pt, pt-BR, pl, sv, no, da, fi, cs, hu, ro, tr, el
(Greek script), ru and uk (Cyrillic), hr, lt, is, ca, id, vi. A sample's locale is "<language>-<country>"; the country
picks names, towns, address layout, phone numbering, IBAN country and national id; the language picks date spelling.

Slot syntax: {name} is filled by fill(ctx, name); {name:uc} upper-cases the value, {name:lc} lower-cases it. {lb} and
{rb} are literal braces. One Context is one prompt: a slot named twice gives the same value twice; p1/p2/p3 are three
people of the sample's country.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full, initial + surname as one
span; "Surname, First" is two spans; titles and a possessive 's stay outside); LOCATION a town where someone lives,
works or travels; ORGANIZATION small employers, schools, clinics, clubs, practices and firms in the writer's life;
ADDRESS street, number, postcode and town as one span; DATE a day-and-month date; DATE_OF_BIRTH when it is a birth
date; SECRET only the value (the user:password of a connection URL); URL only links that point at a person; EMAIL,
PHONE, CREDIT_CARD (Luhn-valid, never a test number), IBAN (mod-97 valid), US_SSN (valid areas), NATIONAL_ID
(checksum-valid national numbers), IP_ADDRESS (v4 and v6; the address only, without :port or /prefix), as written.

Deliberately not labelled: order, booking, ticket, invoice, case and tracking numbers; versions, UUIDs, hashes,
prices, years, times; documentation links; placeholders (sk-..., <API_KEY>, ${VAR}, AWS's EXAMPLE keys, ********);
published test cards; example.com addresses; RFC 5737/3849 documentation IPs and public resolvers; documentation
IBANs; specimen SSNs; famous people, places and companies in general questions; form placeholder names (John Doe,
Max Mustermann, Jan Kowalski...).
"""

from __future__ import annotations

import base64
import random
import string
import uuid as _uuidlib
from collections.abc import Callable

import phonenumbers
from stdnum import iban as _iban
from stdnum import luhn
from stdnum.au import tfn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.es import dni
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.in_ import aadhaar
from stdnum.is_ import kennitala
from stdnum.lt import asmens
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.za import idnr as za_id

Parts = list[tuple[str, str | None]]

# country: (female first names, male first names, surnames, towns, streets, phone region)
_C: dict[str, tuple[str, str, str, str, str]] = {
    "US": ("Brianna|Tamika|Maureen|Ximena|Kaitlyn|Dolores", "Darnell|Travis|Wendell|Rusty|Efrain|Cody",
           "Okafor|Brannigan|McAllister|Villanueva|Szymanski|Whitfield|Del Rosario|Van Horn",
           "Tulsa|Boise|Dayton|Fresno|Scranton|Eugene|Duluth", "Maple Ridge Dr|Elm St|Cottonwood Ln|W 14th Ave|Harbor Blvd"),
    "GB": ("Siobhan|Gemma|Pauline|Niamh|Imogen|Shanice", "Gareth|Callum|Nigel|Ravinder|Alfie|Declan",
           "Pemberton|Haworth|Ogunleye|Featherstone|Brightwell|Ashdown-Pryce|McTavish",
           "Stockport|Wrexham|Ipswich|Dundee|Swindon|Harrogate", "Kingsway|Mill Lane|Albert Road|Cherry Tree Close|Station Road"),
    "CA": ("Geneviève|Madison|Priya|Mackenzie", "Étienne|Brayden|Harjit|Wyatt", "Tremblay|Gagnon|MacIsaac|Dhillon|Okonkwo|Bouchard",
           "Moncton|Kamloops|Saskatoon|Sherbrooke|Thunder Bay", "Rue Principale|Spruce Cres|Portage Ave|Lakeshore Rd"),
    "AU": ("Kylie|Sheree|Tahlia|Bronwyn", "Bradley|Lachlan|Shane|Thanh", "Nguyen|Fitzgerald|Papadakis|Kowalczyk|Hargreaves|O'Loughlin",
           "Toowoomba|Wollongong|Ballarat|Geelong|Bendigo", "Banksia Ave|Wattle St|Bay Rd|Gum Tree Ct"),
    "IE": ("Aoife|Gráinne|Saoirse|Róisín", "Cathal|Oisín|Pádraig|Ciarán", "Ní Bhriain|O'Sullivan|Mac Giolla|Fitzpatrick|Breathnach",
           "Athlone|Tralee|Dundalk|Ennis|Navan", "Main Street|Church Road|Castle View|Fairgreen"),
    "IN": ("Lakshmi|Anjali|Swati|Meenakshi", "Venkatesh|Rohit|Arjun|Harpreet", "Iyer|Chatterjee|Deshpande|Reddy|Banerjee|Nair",
           "Nagpur|Coimbatore|Indore|Mysuru|Vadodara", "MG Road|Nehru Nagar|Park Street|Anna Salai"),
    "ZA": ("Thandiwe|Lerato|Annemarie|Naledi", "Sipho|Pieter|Themba|Riaan", "Mokoena|Van der Merwe|Dlamini|Botha|Naidoo|Khumalo",
           "Polokwane|Bloemfontein|Stellenbosch|Gqeberha", "Voortrekker Rd|Jan Smuts Ave|Church St|Rivonia Rd"),
    "NZ": ("Aroha|Hayley|Mere|Ngaire", "Tane|Hamish|Wiremu|Blair", "Te Whare|Parata|McKenzie|Tuhiwai|Robertson",
           "Hamilton|Tauranga|Palmerston North|Nelson|Whangārei", "Ponsonby Rd|Kowhai St|Cuba St|Tui Lane"),
    "SG": ("Hui Min|Siti Nurhaliza|Kavitha|Wen Xin", "Wei Jie|Muhammad Faizal|Rajesh|Jun Hao", "Tan|Lim|Goh|Rahman|Pillai|Ong",
           "Tampines|Jurong West|Bishan|Woodlands", "Tampines Ave 4|Bishan St 22|Jurong West St 41|Woodlands Dr 16"),
    "PH": ("Ma. Cristina|Rowena|Jolina|Lovely", "Jericho|Rodel|Aldrin|Jun-Jun", "Dela Cruz|Macapagal|Bautista|Villanueva|Sison|Pangilinan",
           "Cebu City|Davao City|Iloilo City|Baguio|Bacolod", "Rizal Ave|Mabini St|Osmeña Blvd|Lacson St"),
    "DE": ("Jördis|Annegret|Svenja|Hülya|Wiebke|Mareike", "Jürgen|Torben|Volker|Kemal|Hauke|Björn",
           "Grünewald|Schäfer|von Ahlefeldt|Krüger-Lenz|Yılmaz|Brinkmann|Oßwald", "Bielefeld|Göttingen|Paderborn|Wuppertal|Kassel|Rostock",
           "Lindenstraße|Am Mühlbach|Goethestraße|Kirchweg|Schützenstraße"),
    "AT": ("Theresia|Magdalena|Vroni", "Florian|Alois|Leopold", "Pichler|Gruber|Huber-Wallner|Eder|Steinböck",
           "Leoben|Wels|Villach|Dornbirn", "Hauptplatz|Grazer Straße|Bahnhofstraße|Mozartgasse"),
    "FR": ("Maëlle|Sidonie|Françoise|Océane", "Gaëtan|Thibault|Yannick|Loïc", "Lefèvre|Dubois-Renard|Le Goff|de Villiers|Benali|Garnier",
           "Angers|Besançon|Quimper|Valence|Colmar|Poitiers", "rue des Tilleuls|avenue Jean-Jaurès|impasse du Moulin|boulevard Gambetta"),
    "ES": ("Nerea|Montserrat|Itziar|Rocío", "Íñigo|Sergi|Álvaro|Joaquín", "García Ferrer|Etxeberria|Puig|Muñoz|Sánchez-Vidal|Castells",
           "Girona|Cáceres|Logroño|Lleida|Albacete|Santander", "calle Mayor|avinguda Diagonal|calle del Olmo|paseo de Gracia"),
    "MX": ("Guadalupe|Itzel|Xóchitl|Marisol", "Juan Pablo|Osvaldo|Cuauhtémoc|Rubén", "Hernández|Zárate|Ocampo|Villaseñor|Ramírez|Quintero",
           "Puebla|Querétaro|Mérida|Saltillo|Oaxaca", "Av. Insurgentes Sur|calle Hidalgo|Av. Juárez|calle Morelos"),
    "IT": ("Ilaria|Gioia|Benedetta|Rosalba", "Gianluca|Pasquale|Edoardo|Rocco", "Esposito|De Santis|Colombo|Lo Russo|Ferraro|D'Amico",
           "Bergamo|Lecce|Perugia|Trento|Cagliari", "via Garibaldi|corso Cavour|piazza Dante|via dei Mille"),
    "NL": ("Femke|Anouk|Marloes|Sanne", "Joost|Bram|Sjoerd|Thijs", "de Vries|van den Berg|Bakker|van 't Hoff|Hoekstra|El Idrissi",
           "Zwolle|Leeuwarden|Tilburg|Amersfoort|Delft", "Kerkstraat|Molenweg|Prinsengracht|Dorpsstraat"),
    "PT": ("Inês|Conceição|Mafalda|Leonor", "João|Rui|Gonçalo|Tiago", "Magalhães|Sousa|Carvalho|Pinto da Costa|Antunes",
           "Braga|Coimbra|Aveiro|Viseu|Faro", "Rua do Carmo|Avenida da Liberdade|Rua de Santa Catarina|Travessa do Forno"),
    "BR": ("Luana|Thaís|Cleide|Jaqueline", "Wellington|Thiago|Raimundo|Caio", "Nascimento|Albuquerque|Gonçalves|dos Santos|Teixeira",
           "Curitiba|Campinas|Goiânia|Londrina|Natal", "Rua das Acácias|Av. Paulista|Rua XV de Novembro|Rua Bahia"),
    "PL": ("Małgorzata|Agnieszka|Żaneta|Bożena", "Grzegorz|Łukasz|Wojciech|Przemysław", "Wiśniewska|Kaczmarek|Grabowska|Zielińska|Dąbrowska||Wiśniewski|Kaczmarek|Grabowski|Zieliński|Dąbrowski",
           "Toruń|Rzeszów|Opole|Gliwice|Białystok", "ul. Mickiewicza|ul. Słoneczna|al. Jana Pawła II|ul. Kościuszki"),
    "SE": ("Linnéa|Ingrid|Märta|Elin", "Björn|Olle|Gustav|Måns", "Lindqvist|Sjöberg|Åkesson|Bergström|Nyström",
           "Västerås|Umeå|Jönköping|Örebro|Luleå", "Storgatan|Kyrkvägen|Björkvägen|Drottninggatan"),
    "NO": ("Solveig|Ingvild|Sigrid|Tone", "Eirik|Håkon|Sindre|Ørjan", "Haugen|Bakke|Solberg|Strømme|Kvalheim",
           "Tromsø|Drammen|Bodø|Ålesund|Hamar", "Storgata|Skolegata|Bjørkeveien|Kirkeveien"),
    "DK": ("Mette|Signe|Birgitte|Sørine", "Søren|Mads|Jesper|Anders", "Kjærgaard|Mikkelsen|Østergaard|Holm|Thygesen",
           "Aalborg|Esbjerg|Vejle|Randers|Næstved", "Vestergade|Søndergade|Birkevej|Algade"),
    "FI": ("Aino|Päivi|Sanna|Heli", "Jukka|Teemu|Väinö|Mikko", "Mäkelä|Korhonen|Heikkilä|Järvinen|Virtanen",
           "Tampere|Jyväskylä|Kuopio|Lahti|Oulu", "Hämeenkatu|Koivukuja|Rantatie|Kauppakatu"),
    "CZ": ("Jitka|Lenka|Zdeňka|Markéta", "Jiří|Ondřej|Radek|Vojtěch", "Dvořáková|Nováková|Procházková|Kučerová|Černá||Dvořák|Novák|Procházka|Kučera|Černý",
           "Olomouc|Plzeň|Liberec|Jihlava|Zlín", "Husova|Nádražní|Palackého|Zahradní"),
    "HU": ("Zsófia|Erzsébet|Réka|Ildikó", "Gergő|Zoltán|Levente|Bence", "Kovács|Szabó|Tóth|Nagy-Varga|Horváth",
           "Debrecen|Szeged|Pécs|Győr|Eger", "Petőfi utca|Kossuth Lajos utca|Rákóczi út|Fő utca"),
    "RO": ("Ioana|Mădălina|Roxana|Ștefania", "Mihai|Răzvan|Ionuț|Sorin", "Popescu|Ionescu|Dumitrescu|Stănescu|Moldovan",
           "Cluj-Napoca|Iași|Brașov|Timișoara|Sibiu", "Str. Republicii|Bd. Eroilor|Str. Mihai Viteazu|Calea Victoriei"),
    "TR": ("Ayşe|Elif|Gülşen|Zeynep", "Mehmet|Emre|Barış|Oğuz", "Yıldırım|Öztürk|Çelik|Kaya|Şahin",
           "Eskişehir|Kayseri|Trabzon|Denizli|Bursa", "Atatürk Cad.|Gül Sok.|Cumhuriyet Cad.|Lale Sok."),
    "GR": ("Ελένη|Κατερίνα|Δέσποινα|Σοφία", "Γιώργος|Νίκος|Θανάσης|Κώστας", "Παπαδοπούλου|Οικονόμου|Αντωνίου|Καραγιάννη||Παπαδόπουλος|Οικονόμου|Αντωνίου|Καραγιάννης",
           "Πάτρα|Λάρισα|Βόλος|Ηράκλειο|Ιωάννινα", "Οδός Ερμού|Λεωφόρος Κηφισίας|Οδός Αθηνάς|Οδός Ζαλόγγου"),
    "RU": ("Наталья|Екатерина|Ольга|Светлана", "Дмитрий|Алексей|Сергей|Игорь", "Кузнецова|Смирнова|Волкова|Лебедева||Кузнецов|Смирнов|Волков|Соколов",
           "Казань|Самара|Тверь|Пермь|Ярославль", "ул. Ленина|ул. Садовая|пр-т Мира|ул. Гагарина"),
    "UA": ("Оксана|Ганна|Ірина|Людмила", "Тарас|Андрій|Богдан|Олексій", "Шевченко|Коваленко|Бондаренко|Ткачук|Мельник",
           "Львів|Вінниця|Полтава|Чернігів|Житомир", "вул. Шевченка|вул. Франка|просп. Свободи|вул. Садова"),
    "HR": ("Ivana|Marija|Željka|Nives", "Krešimir|Dražen|Tomislav|Ante", "Horvat|Kovačević|Babić|Jurić|Šarić",
           "Split|Rijeka|Osijek|Zadar|Varaždin", "Ilica|Ulica kralja Zvonimira|Vukovarska ulica|Ulica Matije Gupca"),
    "LT": ("Rūta|Eglė|Gintarė|Dalia", "Mantas|Darius|Žygimantas|Tomas", "Kazlauskienė|Jankauskienė|Petrauskaitė|Žukauskaitė||Kazlauskas|Jankauskas|Petrauskas|Butkus",
           "Kaunas|Klaipėda|Šiauliai|Panevėžys", "Gedimino pr.|Laisvės al.|Vilniaus g.|Taikos pr."),
    "IS": ("Guðrún|Sigríður|Katrín|Ásdís", "Jón|Sigurður|Þórður|Einar", "Jónsdóttir|Sigurðardóttir|Ólafsdóttir|Magnúsdóttir||Jónsson|Sigurðsson|Ólafsson|Magnússon|Þórsson",
           "Akureyri|Hafnarfjörður|Selfoss|Ísafjörður", "Laugavegur|Hafnarstræti|Tryggvagata|Skólavörðustígur"),
    "ID": ("Siti Rahayu|Dewi|Putri|Ratna", "Budi|Agus|Eko|Rizky", "Santoso|Wijaya|Hidayat|Saputra|Kusuma",
           "Bandung|Yogyakarta|Semarang|Malang|Makassar", "Jl. Merdeka|Jl. Sudirman|Jl. Diponegoro|Jl. Gatot Subroto"),
    "VN": ("Thị Hương|Ngọc Anh|Thu Trang|Mai Linh", "Văn Hùng|Minh Tuấn|Quốc Bảo|Đức Anh", "Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ",
           "Đà Nẵng|Huế|Hải Phòng|Cần Thơ|Nha Trang", "đường Lê Lợi|đường Trần Hưng Đạo|phố Hàng Bài|đường Nguyễn Huệ"),
}
_PHONE_REGION = {c: c for c in _C} | {"GR": "GR", "UA": "UA"}
_ORGS: dict[str, str] = {
    "en": "Brightwater Home Care|Millbrook Primary School|Oakfield Veterinary Clinic|Harbourside Physio|Riverside Rovers FC|"
          "St Brigid's Parish|Kestrel Removals|Pinecrest Dental|Tally & Wren Accountants|Greenleaf Pharmacy|Copperline Studio",
    "de": "Pflegedienst Sonnenschein|Grundschule am Lindenhof|Tierarztpraxis Dr. Behrens|Steuerkanzlei Vogt & Partner|TSV Eintracht Hollerbach",
    "fr": "Cabinet vétérinaire des Tilleuls|École Jules-Ferry de Saint-Médard|Déménagements Leroux|Pharmacie du Marché|AS Rochebrune",
    "es": "Clínica Veterinaria Sant Martí|Colegio Santa Teresa de Ávila|Mudanzas Hermanos Ruiz|Farmacia Lda. Puig|CD Atlético Villanueva",
    "it": "Studio Commercialista Ferri|Farmacia San Rocco|Scuola Primaria Don Milani|ASD Pallavolo Borgo Nuovo",
    "nl": "Thuiszorg De Linde|Basisschool De Regenboog|Dierenkliniek Hoefslag|Verhuisbedrijf Van Dijk|VV Oranje Wit '62",
    "pt": "Clínica Veterinária Bichos & Cia|Escola Básica do Alto|Farmácia Central de Braga|Mudanças Rápidas Silva",
    "pl": "Przychodnia Weterynaryjna Azor|Szkoła Podstawowa nr 12 w Opolu|Apteka Pod Orłem|Biuro Rachunkowe Nowak-Lis",
    "sv": "Hemtjänst Solrosen|Björkskolan|Djurkliniken Tassen|IFK Västerby",
    "no": "Hjemmetjenesten Nordlys|Lia skole|Dyreklinikken Pote|Flyttebyrået Berg",
    "da": "Hjemmeplejen Vestervang|Birkeskolen|Dyrlægehuset Vejle|Revisionsfirmaet Holm",
    "fi": "Kotihoito Kataja|Koivukylän koulu|Eläinklinikka Tassu|Tilitoimisto Mäkelä",
    "cs": "Veterinární klinika Alík|ZŠ Husova Zlín|Stěhování Kučera|Lékárna U Zlatého lva",
    "hu": "Mancs Állatorvosi Rendelő|Petőfi Általános Iskola|Kovács és Társa Könyvelőiroda",
    "ro": "Clinica Veterinară Azorel|Școala Gimnazială nr. 7|Cabinet Contabil Popescu",
    "tr": "Pati Veteriner Kliniği|Atatürk İlkokulu|Yıldız Nakliyat",
    "el": "Κτηνιατρείο Αντωνίου|Φροντιστήριο Οικονόμου|Μετακομίσεις Γεωργίου",
    "ru": "ТСЖ «Садовая-14»|Ветклиника «Айболит-Плюс»|Школа № 57 г. Казани",
    "uk": "ОСББ «Франка 21»|Ветклініка «Лапа»|Ліцей № 3 м. Полтави",
    "hr": "Veterinarska ambulanta Šapica|OŠ Matije Gupca|Selidbe Jurić",
    "lt": "Veterinarijos klinika Letenėlė|Kauno Jono progimnazija|UAB „Butkus ir partneriai“",
    "is": "Dýraspítalinn í Víðidal|Lækjarskóli|Bókhaldsstofa Einars",
    "ca": "Clínica Veterinària Can Puig|Escola Bressol El Cargol|Gestoria Castells",
    "id": "Klinik Hewan Sahabat|SD Tunas Harapan|Pindahan Jaya Abadi",
    "vi": "Phòng khám thú y Hạnh Phúc|Trường Tiểu học Lê Lợi|Công ty Chuyển nhà Minh Tuấn",
}
# small organisations by kind, for templates where the kind matters ({vet}, {club}...); {org} picks any of _ORGS[lang]
_KIND_ORGS: dict[str, dict[str, str]] = {
    "en": {"hosp": "St Columba's Community Hospital|Riverbend General Hospital|Lakeside Cottage Hospital",
           "care": "Brightwater Home Care|Helping Hands Homecare|Kindly Carers Ltd",
           "clinic": "Harbourside Medical Centre|Pinecrest Family Practice|Elmwood Surgery",
           "pharm": "Greenleaf Pharmacy|Dunmore Chemist|Corner Drug Store on 5th",
           "vet": "Oakfield Veterinary Clinic|Pawprint Vets|Willowbank Animal Hospital",
           "club": "Riverside Rovers FC|Millbrook Vets Five-a-Side|Kestrel Park Netball Club",
           "school": "Millbrook Primary School|St Aidan's National School|Hillcrest Elementary",
           "movers": "Kestrel Removals|Two Brothers Moving Co.|Swift & Sons Removals",
           "acct": "Tally & Wren Accountants|Barker Lowe Tax Services|Fenwick & Co Chartered Accountants",
           "biz": "Copperline Studio|Northgate Joinery|Bluebell Catering|Hollis Print Works|Saffron Digital",
           "pension": "Kaveri Employees' Provident Trust|Sunrise Textiles Staff Pension Fund|Meridian Staff Superannuation",
           "parish": "St Brigid's Parish Hall|Holy Trinity Community Centre|Elm Street Scout Hut"},
    "de": {"care": "Pflegedienst Sonnenschein|Ambulante Pflege Hand in Hand|Diakoniestation Am Mühlbach",
           "club": "TSV Eintracht Hollerbach|SV Blau-Weiß Ostheide|DJK Kirchdorf"},
    "fr": {"pharm": "Pharmacie du Marché|Pharmacie des Tilleuls|Grande Pharmacie Gambetta"},
    "pl": {"vet": "Przychodnia Weterynaryjna Azor|Gabinet Weterynaryjny Mruczek|Lecznica Zwierząt Pod Lipami",
           "club": "KS Iskra Opole|UKS Dwójka Toruń|AZS Rzeszów"},
    "es": {"school": "Colegio Santa Teresa de Ávila|CEIP Rosalía de Castro|Colegio Los Almendros"},
    "it": {"school": "Scuola Primaria Don Milani|Istituto Comprensivo Rodari|Scuola dell'Infanzia Arcobaleno",
           "acct": "Studio Commercialista Ferri|Studio Rossetti & Bianchi|Studio Fiscale De Luca"},
    "ru": {"hoa": "ТСЖ «Садовая-14»|ТСЖ «Рассвет»|ЖСК «Энергетик-3»"},
    "uk": {"hoa": "ОСББ «Франка 21»|ОСББ «Затишок»|ОСББ «Світанок-7»"},
    "cs": {"movers": "Stěhování Kučera|Stěhovací služba Rychlík|Stěhování Zlín s.r.o."},
    "is": {"vet": "Dýraspítalinn í Víðidal|Dýralæknastofa Akureyrar|Dýralæknirinn á Selfossi"},
    "ca": {"school": "Escola Bressol El Cargol|Escola Sant Jordi de Girona|Institut Montsià"},
    "id": {"movers": "Pindahan Jaya Abadi|Jasa Angkut Sinar Mulia|Pindahan Cepat Bandung"},
    "vi": {"vet": "Phòng khám thú y Hạnh Phúc|Bệnh viện thú y Pet Care Đà Nẵng|Phòng khám thú y Thú Cưng Xanh"},
}

_LOCALES: dict[str, list[str]] = {
    "en": ["en-US", "en-US", "en-GB", "en-GB", "en-CA", "en-AU", "en-IE", "en-IN", "en-ZA", "en-NZ", "en-SG", "en-PH"],
    "de": ["de-DE", "de-DE", "de-AT"], "es-MX": ["es-MX"], "pt-BR": ["pt-BR"], "ca": ["ca-ES"],
    "en-US": ["en-US"], "en-CA": ["en-CA"], "en-AU": ["en-AU"], "en-IN": ["en-IN"], "en-ZA": ["en-ZA"], "de-DE": ["de-DE"],
    "el": ["el-GR"], "uk": ["uk-UA"], "sv": ["sv-SE"], "no": ["no-NO"], "da": ["da-DK"], "cs": ["cs-CZ"], "vi": ["vi-VN"],
}
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ca": "de gener|de febrer|de març|d'abril|de maig|de juny|de juliol|d'agost|de setembre|d'octubre|de novembre|de desembre",
}


def locale_for(lang: str, rng: random.Random) -> str:
    if lang in _LOCALES:
        return rng.choice(_LOCALES[lang])
    country = {"en": "US", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL", "fi": "FI", "hu": "HU",
               "ro": "RO", "tr": "TR", "ru": "RU", "hr": "HR", "lt": "LT", "is": "IS", "id": "ID"}[lang]
    return f"{lang}-{country}"


def _names(s: str) -> list[str]:
    return s.split("|")


class Person:
    def __init__(self, rng: random.Random, country: str, female: bool) -> None:
        firsts, lasts = _C[country][0 if female else 1], _C[country][2]
        if "||" in lasts:
            lasts = lasts.split("||")[0 if female else 1]
        self.female = female
        self.first = rng.choice(_names(firsts))
        self.last = rng.choice(_names(lasts))
        self.full = f"{self.last} {self.first}" if country in ("HU", "VN") else f"{self.first} {self.last}"
        self.year = rng.randint(1931, 2004)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)


class Context:
    """One prompt: its locale (language and country), three people, and a random source."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.country = locale.split("-")
        # p1 is a woman, p2 a man, p3 either: templates say "she", "mother", "his" accordingly
        self.p1, self.p2, self.p3 = Person(rng, self.country, True), Person(rng, self.country, False), \
            Person(rng, self.country, rng.random() < 0.5)
        self.memo: dict[str, Parts] = {}

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def pick(self, s: str) -> str:
        return self.rng.choice(_names(s))


# ---- value generators -------------------------------------------------------------------------------------------

def _date(ctx: Context, d: int, m: int, y: int | None) -> str:
    r, lang, c = ctx.rng, ctx.lang, ctx.country
    y = y if y is not None else r.choice([2024, 2025, 2025, 2026])
    style = r.random()
    if lang in _MONTHS and style < 0.55:
        names = _MONTHS[lang]
        mon = (names.split("|") if "|" in names else names.split())[m - 1]
        if lang == "en":
            if c == "US" or (c in ("CA", "PH") and r.random() < 0.5):
                return r.choice([f"{mon} {d}, {y}", f"{mon[:3]} {d}, {y}", f"{mon} {d}"])
            return r.choice([f"{d} {mon} {y}", f"{d} {mon[:3]} {y}", f"{d}th of {mon}" if d in (4, 5, 6, 7, 8, 9) else f"{d} {mon}"])
        if lang == "de":
            return r.choice([f"{d}. {mon} {y}", f"{d}. {mon}"])
        if lang in ("es", "pt"):
            return r.choice([f"{d} de {mon} de {y}", f"{d} de {mon}"])
        if lang == "ca":
            return f"{d} {mon} de {y}"
        if lang == "ru" or lang == "uk":
            return r.choice([f"{d} {mon} {y} г." if lang == "ru" else f"{d} {mon} {y} р.", f"{d} {mon}"])
        return r.choice([f"{d} {mon} {y}", f"{d} {mon}"])
    if lang == "en" and c == "US":
        return f"{m:02d}/{d:02d}/{y}" if r.random() < 0.7 else f"{y}-{m:02d}-{d:02d}"
    if lang in ("de", "ru", "uk", "pl", "fi", "tr", "no", "da", "ro", "hr", "cs", "is"):
        sep = "." if lang != "cs" else ". "
        return f"{d:02d}.{m:02d}.{y}" if lang not in ("fi", "cs") else f"{d}{sep}{m}{sep}{y}" + ("." if lang == "hr" else "")
    if lang in ("sv", "lt", "hu"):
        return f"{y}-{m:02d}-{d:02d}" if lang != "hu" else f"{y}. {m:02d}. {d:02d}."
    if lang == "vi":
        return r.choice([f"{d:02d}/{m:02d}/{y}", f"ngày {d} tháng {m} năm {y}"])
    return f"{d:02d}/{m:02d}/{y}" if r.random() < 0.8 else f"{d}-{m}-{y}"


def _phone(ctx: Context, mobile: bool = True) -> str:
    r = ctx.rng
    region = _PHONE_REGION.get(ctx.country, "US")
    kind = phonenumbers.PhoneNumberType.MOBILE if mobile else phonenumbers.PhoneNumberType.FIXED_LINE
    ex = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = str(ex.national_number)
    for _ in range(200):
        keep = max(2, len(nsn) - 6)
        cand = nsn[:keep] + ctx.digits(len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and cand != nsn and "555" not in cand[:6]:
            break
    fmt = r.choice([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                    phonenumbers.PhoneNumberFormat.INTERNATIONAL, phonenumbers.PhoneNumberFormat.E164])
    return phonenumbers.format_number(num, fmt)


_IBAN_BBAN = {"DE": "18n", "AT": "16n", "FR": "10n11n2n", "ES": "20n", "IT": "1a10n12n", "NL": "4a10n", "PT": "21n",
              "PL": "24n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "CZ": "20n", "HU": "24n", "RO": "4a16n",
              "TR": "5n1n16n", "GR": "7n16n", "UA": "6n19n", "HR": "17n", "LT": "16n", "GB": "4a14n", "IE": "4a14n",
              "BR": "8n5n10n1a1n", "IS": "22n"}
_GB_BANKS = ["NWBK", "BARC", "HBUK", "MIDL", "LOYD", "AIBK", "BOFI"]


def _iban_value(ctx: Context) -> str:
    r = ctx.rng
    cc = ctx.country if ctx.country in _IBAN_BBAN else r.choice(["DE", "GB", "NL", "FR"])
    for _ in range(400):
        bban = ""
        for part in _split_fmt(_IBAN_BBAN[cc]):
            n, t = int(part[:-1]), part[-1]
            if t == "a":
                bban += r.choice(_GB_BANKS) if cc in ("GB", "IE") and n == 4 else "".join(r.choice(string.ascii_uppercase) for _ in range(n))
            else:
                bban += ctx.digits(n)
        check = _iban.calc_check_digits(cc + "00" + bban)
        value = cc + check + bban
        if _iban.is_valid(value):
            break
    if r.random() < 0.6:
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


def _split_fmt(f: str) -> list[str]:
    out, cur = [], ""
    for ch in f:
        cur += ch
        if ch.isalpha():
            out.append(cur)
            cur = ""
    return out


def _card(ctx: Context) -> str:
    r = ctx.rng
    prefix, length = r.choice([("4", 16), ("4", 16), ("5" + str(r.randint(1, 5)), 16), ("2" + str(r.randint(221, 720)), 16),
                               ("3" + r.choice("47"), 15), ("6011", 16)])
    body = prefix + ctx.digits(length - len(prefix) - 1)
    num = body + luhn.calc_check_digit(body)
    sep = r.choice([" ", " ", "-", ""])
    if length == 15:
        return sep.join([num[:4], num[4:10], num[10:]]) if sep else num
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def _ssn(ctx: Context) -> str:
    r = ctx.rng
    area = r.choice([a for a in range(1, 900) if a != 666 and a not in (78, 123)])
    s = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return s if r.random() < 0.85 else s.replace("-", "")


def _try(ctx: Context, gen: Callable[[], str], ok: Callable[[str], bool]) -> str:
    for _ in range(3000):
        v = gen()
        if ok(v):
            return v
    raise RuntimeError("no valid id")


def _natid(ctx: Context, p: Person) -> str:
    r, c, dg = ctx.rng, ctx.country, ctx.digits
    yy, mm, dd = p.year % 100, p.month, p.day
    dmy = f"{dd:02d}{mm:02d}{yy:02d}"
    ymd = f"{yy:02d}{mm:02d}{dd:02d}"
    if c == "DE":
        return _try(ctx, lambda: str(r.randint(1, 9)) + dg(10), idnr.is_valid)
    if c == "FR":
        def g() -> str:
            body = f"{r.randint(1, 2)}{yy:02d}{mm:02d}{r.randint(1, 95):02d}{dg(3)}{dg(3)}"
            return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {nir.calc_check_digits(body)}"
        return _try(ctx, g, nir.is_valid)
    if c in ("ES",):
        n = dg(8)
        return n + dni.calc_check_digit(n)
    if c == "NL":
        return _try(ctx, lambda: str(r.randint(1, 6)) + dg(8), bsn.is_valid)
    if c == "PT":
        return _try(ctx, lambda: str(r.randint(1, 2)) + dg(8), nif.is_valid)
    if c == "BR":
        def gb() -> str:
            n = _try(ctx, lambda: dg(11), cpf.is_valid)
            return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{n[9:]}"
        return gb()
    if c == "PL":
        return _try(ctx, lambda: ymd + dg(5), pesel.is_valid)
    if c == "SE":
        return _try(ctx, lambda: f"{p.year}{mm:02d}{dd:02d}-" + dg(4), personnummer.is_valid) if r.random() < 0.5 else \
            _try(ctx, lambda: ymd + "-" + dg(4), personnummer.is_valid)
    if c == "NO":
        return _try(ctx, lambda: dmy + dg(5), fodselsnummer.is_valid)
    if c == "DK":
        return _try(ctx, lambda: dmy + "-" + dg(4), cpr.is_valid)
    if c == "FI":
        return _try(ctx, lambda: dmy + "-" + dg(3) + r.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"), hetu.is_valid)
    if c == "CZ":
        return _try(ctx, lambda: f"{yy:02d}{mm + (50 if r.random() < 0.5 else 0):02d}{dd:02d}/" + dg(4), rc.is_valid)
    if c == "RO":
        return _try(ctx, lambda: str(r.randint(1, 2)) + ymd + f"{r.randint(1, 40):02d}" + dg(4), cnp.is_valid)
    if c == "TR":
        return _try(ctx, lambda: str(r.randint(1, 9)) + dg(10), tckimlik.is_valid)
    if c == "CA":
        def gs() -> str:
            n = _try(ctx, lambda: str(r.randint(1, 7)) + dg(8), sin.is_valid)
            return f"{n[:3]} {n[3:6]} {n[6:]}"
        return gs()
    if c == "AU":
        n = _try(ctx, lambda: dg(9), tfn.is_valid)
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    if c == "IN":
        n = _try(ctx, lambda: str(r.randint(2, 9)) + dg(11), aadhaar.is_valid)
        return f"{n[:4]} {n[4:8]} {n[8:]}"
    if c == "ZA":
        return _try(ctx, lambda: ymd + dg(4) + "08" + dg(1), za_id.is_valid)
    if c == "GR":
        return _try(ctx, lambda: dmy + dg(5), amka.is_valid)
    if c == "HR":
        return _try(ctx, lambda: str(r.randint(1, 9)) + dg(10), oib.is_valid)
    if c == "LT":
        return _try(ctx, lambda: str(r.choice([3, 4])) + ymd + dg(4), asmens.is_valid)
    if c == "IS":
        return _try(ctx, lambda: dmy + "-" + dg(3) + "9", kennitala.is_valid)
    if c == "AT":
        return _try(ctx, lambda: str(r.randint(1, 9)) + dg(10), idnr.is_valid)  # AT falls back: not used in AT templates
    return _try(ctx, lambda: "3" + ymd + dg(4), ik.is_valid)  # Estonian-style for the rest (not used)


def _address(ctx: Context) -> str:
    r, c = ctx.rng, ctx.country
    street = ctx.pick(_C[c][4])
    town = ctx.pick(_C[c][3])
    n = r.randint(2, 180)
    if c in ("US",):
        st = {"Tulsa": "OK", "Boise": "ID", "Dayton": "OH", "Fresno": "CA", "Scranton": "PA", "Eugene": "OR", "Duluth": "MN"}[town]
        return f"{n}{r.choice(['', ' Apt 4B', ', Unit 12'])} {street}, {town}, {st} {r.randint(10000, 99999)}".replace(f"{n} Apt 4B {street}", f"{n} {street} Apt 4B").replace(f"{n}, Unit 12 {street}", f"{n} {street}, Unit 12")
    if c == "GB":
        pc = f"{r.choice(['SK', 'LL', 'IP', 'DD', 'SN', 'HG'])}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNP')}{r.choice('QRSTUWXYZ')}"
        return f"{r.choice(['', 'Flat 3, ', '2 Rosebank Cottages, '])}{n} {street}, {town} {pc}"
    if c == "CA":
        prov = {"Moncton": "NB", "Kamloops": "BC", "Saskatoon": "SK", "Sherbrooke": "QC", "Thunder Bay": "ON"}[town]
        return f"{n} {street}, {town}, {prov} {r.choice('EVSJP')}{r.randint(1, 9)}{r.choice('ABCEGH')} {r.randint(1, 9)}{r.choice('KLMNPR')}{r.randint(1, 9)}"
    if c in ("AU",):
        st, pc = {"Toowoomba": ("QLD", 4350), "Wollongong": ("NSW", 2500), "Ballarat": ("VIC", 3350), "Geelong": ("VIC", 3220),
                  "Bendigo": ("VIC", 3550)}[town]
        return f"{r.choice(['', 'Unit 7/'])}{n} {street}, {town} {st} {pc}"
    if c in ("IE",):
        return f"{n} {street}, {town}, Co. {r.choice(['Westmeath', 'Kerry', 'Louth', 'Clare', 'Meath'])}"
    if c == "IN":
        return f"Flat {r.randint(101, 904)}, {street}, {town} {r.randint(400000, 699999)}"
    if c in ("ZA", "NZ", "PH"):
        return f"{n} {street}, {town} {r.randint(1000, 9999)}"
    if c == "SG":
        return f"Blk {r.randint(100, 899)} {street}, #{r.randint(2, 15):02d}-{r.randint(10, 200)}, Singapore {r.randint(310000, 829999)}"
    if c in ("DE", "AT", "NL", "PL", "SE", "NO", "DK", "FI", "CZ", "HR", "IS", "LT"):
        plz = {"DE": 5, "AT": 4, "NL": 4, "PL": 5, "SE": 5, "NO": 4, "DK": 4, "FI": 5, "CZ": 5, "HR": 5, "IS": 3, "LT": 5}[c]
        code = ctx.digits(plz)
        code = str(r.randint(1, 9)) + code[1:]
        if c == "NL":
            code += " " + r.choice(["AB", "KL", "TR", "GH"])
        if c == "PL":
            code = code[:2] + "-" + code[2:]
        if c in ("SE", "CZ"):
            code = code[:3] + " " + code[3:]
        if c == "LT":
            code = "LT-" + code
        return f"{street} {n}{r.choice(['', '', 'a', ' / 3'])}, {code} {town}"
    if c == "FR":
        return f"{n}{r.choice(['', ' bis'])} {street}, {r.randint(10, 95)}{r.randint(0, 9)}{r.randint(0, 9)}0 {town}"
    if c in ("ES", "MX"):
        return f"{street} {n}, {r.choice(['3º 2ª, ', '', 'Col. Centro, '])}{r.randint(10000, 52999)} {town}"
    if c == "IT":
        return f"{street} {n}, {r.randint(10, 98)}{r.randint(100, 199)} {town}"
    if c in ("PT", "BR"):
        return f"{street}, {n}{r.choice(['', ', 2º Esq.', ', apto 41'])}, {r.randint(1000, 9999)}-{r.randint(100, 999)} {town}"
    if c == "HU":
        return f"{r.randint(1000, 9999)} {town}, {street} {n}."
    if c == "RO":
        return f"{street} nr. {n}, bl. A{r.randint(1, 9)}, {town}"
    if c == "TR":
        return f"{street} No: {n}/{r.randint(1, 12)}, {town}"
    if c == "GR":
        return f"{street} {n}, {r.randint(100, 999)} {r.randint(10, 99)} {town}"
    if c in ("RU", "UA"):
        return f"{street}, д. {n}, кв. {r.randint(1, 120)}, {town}" if c == "RU" else f"{street}, {n}, кв. {r.randint(1, 120)}, {town}"
    if c == "ID":
        return f"{street} No. {n}, {town} {r.randint(10000, 69999)}"
    return f"{r.randint(1, 300)} {street}, {town}"



def _ascii(s: str) -> str:
    import unicodedata
    table = {"ß": "ss", "ø": "o", "æ": "ae", "ð": "d", "þ": "th", "ł": "l", "ı": "i", "đ": "d"}
    s = "".join(table.get(ch, ch) for ch in s.lower())
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii() and (ch.isalnum() or ch in ".-"))


def _handle(ctx: Context, p: Person) -> str:
    r = ctx.rng
    f, la = _ascii(p.first.split()[0]), _ascii(p.last.replace(" ", ""))
    if not f or not la:  # Greek and Cyrillic names: a transliterated-looking handle
        f, la = r.choice(["eleni", "natasha", "oksana", "dimitris", "sergey", "taras"]), r.choice(["pap", "kuz", "shev", "geo"])
    return r.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{r.randint(1, 99)}", f"{la}.{f[0]}", f"{f}_{la}"])


_LOCAL_DOMAINS = {"DE": "web.de|gmx.de|t-online.de", "AT": "gmx.at|aon.at", "FR": "orange.fr|free.fr|laposte.net",
                  "IT": "libero.it|virgilio.it", "NL": "ziggo.nl|kpnmail.nl", "PL": "wp.pl|onet.pl|o2.pl", "SE": "telia.com|bredband.net",
                  "CZ": "seznam.cz|centrum.cz", "RU": "mail.ru|yandex.ru", "UA": "ukr.net|i.ua", "AU": "bigpond.com|optusnet.com.au",
                  "NZ": "xtra.co.nz", "IN": "rediffmail.com", "GB": "btinternet.com|hotmail.co.uk", "BR": "uol.com.br|bol.com.br",
                  "ES": "telefonica.net|yahoo.es", "PT": "sapo.pt", "TR": "hotmail.com.tr", "ID": "yahoo.co.id", "FI": "suomi24.fi"}


def _email(ctx: Context, p: Person) -> str:
    local = _LOCAL_DOMAINS.get(ctx.country)
    domains = local if local and ctx.rng.random() < 0.4 else "gmail.com|outlook.com|yahoo.com|icloud.com|proton.me|hotmail.com"
    return f"{_handle(ctx, p)}@{ctx.pick(domains)}"


def _purl(ctx: Context, p: Person) -> str:
    r = ctx.rng
    h = _handle(ctx, p).replace(".", "-").replace("_", "-")
    return r.choice([f"https://www.linkedin.com/in/{h}-{r.randint(100, 9999)}", f"https://www.instagram.com/{h.replace('-', '_')}",
                     f"https://calendly.com/{h}/30min", f"https://www.gofundme.com/f/help-{h}-{r.choice(['recover', 'walk-again', 'rebuild'])}",
                     f"https://github.com/{h}", f"https://drive.google.com/drive/folders/1{''.join(r.choice(string.ascii_letters + string.digits) for _ in range(32))}?usp=sharing",
                     f"https://wa.me/{r.randint(3000000000, 9999999999)}", f"https://www.facebook.com/{h.replace('-', '.')}"])


def _ip(ctx: Context, private: bool | None = None) -> str:
    r = ctx.rng
    kind = r.choice(["10", "172", "192", "pub", "pub", "v6", "ll"]) if private is None else r.choice(["10", "172", "192"]) if private else r.choice(["pub", "pub", "v6"])
    if kind == "ll":
        return f"fe80::{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}:{r.randint(0, 0xffff):x}"
    if kind == "10":
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "172":
        return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "192":
        return f"192.168.{r.randint(0, 10)}.{r.randint(2, 254)}"
    if kind == "v6":
        groups = [f"{r.randint(0x2a00, 0x2a0f):x}", f"{r.randint(0, 0xffff):x}", f"{r.randint(0, 0xffff):x}"]
        return r.choice([":".join(groups) + f"::{r.randint(1, 0xffff):x}",
                         ":".join(groups + [f"{r.randint(0, 0xffff):x}" for _ in range(5)])])
    while True:
        a = r.randint(23, 223)
        if a not in (100, 127, 169, 172, 192, 198, 203):
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def _secret(ctx: Context) -> str:
    r = ctx.rng

    def s(n: int, alpha: str = string.ascii_letters + string.digits) -> str:
        return "".join(r.choice(alpha) for _ in range(n))
    return r.choice([
        "ghp_" + s(36), "github_pat_11" + s(20, string.ascii_uppercase + string.digits) + "_" + s(59),
        "AKIA" + s(16, string.ascii_uppercase.replace("E", "") + "234567"), "sk_live_" + s(24), "rk_live_" + s(24),
        "xoxb-" + s(11, string.digits) + "-" + s(12, string.digits) + "-" + s(24), "AIza" + s(35, string.ascii_letters + string.digits + "-_"),
        "sk-proj-" + s(48, string.ascii_letters + string.digits + "-_"), "glpat-" + s(20, string.ascii_letters + string.digits + "-_"),
        "SG." + s(22) + "." + s(43), "npm_" + s(36), "dop_v1_" + s(64, "0123456789abcdef"), "hf_" + s(34),
    ])


def _password(ctx: Context) -> str:
    r = ctx.rng
    words = ["Sommer", "kotek", "Hunter", "Bailey", "Lisboa", "Tigre", "Marzec", "Bluey", "Snoopy", "Rosemary"]
    return r.choice([f"{r.choice(words)}{r.randint(1, 99)}{r.choice('!?#$%*')}", "".join(r.choice(string.ascii_letters + string.digits + "!@#%^&*") for _ in range(r.randint(10, 18))),
                     f"{r.choice(words).lower()}-{r.choice(words).lower()}-{r.randint(100, 999)}"])


def _price(ctx: Context) -> str:
    r = ctx.rng
    v = r.randint(5, 4999)
    cur = {"US": f"${v}.{r.randint(0, 99):02d}", "CA": f"${v}", "AU": f"A${v}", "NZ": f"NZ${v}", "SG": f"S${v}", "GB": f"£{v}",
           "IN": f"₹{v * 10}", "ZA": f"R{v}", "PH": f"₱{v * 10}", "PL": f"{v} zł", "SE": f"{v} kr", "NO": f"{v} kr", "DK": f"{v} kr",
           "CZ": f"{v * 10} Kč", "HU": f"{v * 100} Ft", "RO": f"{v} lei", "TR": f"{v} ₺", "RU": f"{v * 10} ₽", "UA": f"{v * 10} грн",
           "BR": f"R$ {v},{r.randint(0, 99):02d}", "MX": f"${v * 10} MXN", "ID": f"Rp{v * 1000:,}".replace(",", "."),
           "VN": f"{v * 10000:,}₫".replace(",", "."), "IS": f"{v * 100} kr."}.get(ctx.country)
    if cur:
        return cur
    return r.choice([f"${v}.{r.randint(0, 99):02d}", f"€{v}", f"{v},{r.randint(0, 99):02d} €", f"£{v}", f"{v} zł", f"R{v}", f"{v} kr", f"₱{v}"])


# ---- hard negatives --------------------------------------------------------------------------------------------
_TEST_CARDS = "4242 4242 4242 4242|4111 1111 1111 1111|5555 5555 5555 4444|3782 822463 10005|4000 0000 0000 0002|6011 1111 1111 1117"
_DOC_IPS = "192.0.2.10|192.0.2.254|198.51.100.7|198.51.100.23|203.0.113.5|203.0.113.77|2001:db8::1|2001:db8:85a3::8a2e:370:7334"
_RESOLVERS = "8.8.8.8|1.1.1.1|9.9.9.9|8.8.4.4|208.67.222.222|2001:4860:4860::8888|2606:4700:4700::1111"
_DOC_IBANS = "DE89 3704 0044 0532 0130 00|GB82 WEST 1234 5698 7654 32|FR14 2004 1010 0505 0001 3M02 606|NL91 ABNA 0417 1643 00|ES91 2100 0418 4502 0005 1332"
_FAMOUS_PEOPLE = "Marie Curie|Nelson Mandela|Frida Kahlo|Ada Lovelace|Albert Einstein|Taylor Swift|Lionel Messi|Angela Merkel|Greta Thunberg|Shakespeare"
_FAMOUS_PLACES = "Paris|Tokyo|the Grand Canyon|Machu Picchu|Reykjavík|Barcelona|Kraków|Lake Bled|the Alps|New York"
_FAMOUS_COMPANIES = "Apple|Microsoft|Spotify|IKEA|Toyota|Airbnb|Deutsche Bahn|Revolut|Salesforce|HubSpot|Coinbase|Binance"
_FORM_NAMES = "John Doe|Jane Doe|Max Mustermann|Erika Mustermann|Jan Kowalski|Mario Rossi|Juan Pérez|Joe Bloggs|Ola Nordmann|Fulano de Tal"
_PLACEHOLDERS = "sk-...|<API_KEY>|${GITHUB_TOKEN}|AKIAIOSFODNN7EXAMPLE|YOUR_TOKEN_HERE|********|xoxb-your-token|{{ .Values.db.password }}|changeme|<redacted>"
_DOC_URLS = "https://docs.docker.com/compose/|https://helm.sh/docs/chart_template_guide/|https://developer.hashicorp.com/terraform/language/state|" \
            "https://www.freedesktop.org/software/systemd/man/journalctl.html|https://git-scm.com/docs/git-blame|https://docs.python.org/3/library/csv.html|" \
            "https://knowledge.hubspot.com/import-and-export/import-objects|https://www.rfc-editor.org/rfc/rfc5737"


def fill(ctx: Context, slot: str) -> Parts:
    if slot == "lb":
        return [("{", None)]
    if slot == "rb":
        return [("}", None)]
    name, _, mod = slot.partition(":")
    if name not in ctx.memo:
        ctx.memo[name] = _fill(ctx, name)
    parts = ctx.memo[name]
    if mod == "uc":
        return [(t.upper(), e) for t, e in parts]
    if mod == "lc":
        return [(t.lower(), e) for t, e in parts]
    return parts


def _fill(ctx: Context, name: str) -> Parts:
    r = ctx.rng
    p1, p2, p3 = ctx.p1, ctx.p2, ctx.p3
    people = {"": p1, "2": p2, "3": p3}
    for suffix, p in people.items():
        if name == "person" + suffix:
            return [(p.full, "PERSON")]
        if name == "first" + suffix:
            return [(p.first, "PERSON")]
        if name == "last" + suffix:
            return [(p.last, "PERSON")]
        if name == "rev" + suffix:  # "Surname, First": two spans
            return [(p.last, "PERSON"), (", ", None), (p.first, "PERSON")]
        if name == "init" + suffix:
            return [(f"{p.first[0]}. {p.last}", "PERSON")]
        if name == "email" + suffix:
            return [(_email(ctx, p), "EMAIL")]
        if name == "dob" + suffix:
            return [(_date(ctx, p.day, p.month, p.year), "DATE_OF_BIRTH")]
        if name == "natid" + suffix:
            return [(_natid(ctx, p), "NATIONAL_ID")]
        if name == "purl" + suffix:
            return [(_purl(ctx, p), "URL")]
    simple: dict[str, Callable[[], Parts]] = {
        "town": lambda: [(ctx.pick(_C[ctx.country][3]), "LOCATION")],
        "town2": lambda: [(ctx.pick(_C[ctx.country][3]), "LOCATION")],
        "org": lambda: [(ctx.pick(_ORGS.get(ctx.lang, _ORGS["en"])), "ORGANIZATION")],
        "org2": lambda: [(ctx.pick(_ORGS.get(ctx.lang, _ORGS["en"])), "ORGANIZATION")],
        **{kind: (lambda kind=kind: [(ctx.pick(_KIND_ORGS[ctx.lang][kind.rstrip("2")]), "ORGANIZATION")])
           for kind in ("biz2", "hosp", "care", "clinic", "pharm", "vet", "club", "school", "movers", "acct", "biz", "pension", "parish", "hoa")},
        "address": lambda: [(_address(ctx), "ADDRESS")],
        "address2": lambda: [(_address(ctx), "ADDRESS")],
        "phone": lambda: [(_phone(ctx), "PHONE")], "phone2": lambda: [(_phone(ctx, mobile=False), "PHONE")],
        "card": lambda: [(_card(ctx), "CREDIT_CARD")], "iban": lambda: [(_iban_value(ctx), "IBAN")],
        "ssn": lambda: [(_ssn(ctx), "US_SSN")],
        "date": lambda: [(_date(ctx, r.randint(1, 28), r.randint(1, 12), None), "DATE")],
        "date2": lambda: [(_date(ctx, r.randint(1, 28), r.randint(1, 12), None), "DATE")],
        "ip": lambda: [(_ip(ctx), "IP_ADDRESS")], "ip2": lambda: [(_ip(ctx), "IP_ADDRESS")],
        "privip": lambda: [(_ip(ctx, True), "IP_ADDRESS")], "pubip": lambda: [(_ip(ctx, False), "IP_ADDRESS")],
        "secret": lambda: [(_secret(ctx), "SECRET")], "secret2": lambda: [(_secret(ctx), "SECRET")],
        "password": lambda: [(_password(ctx), "SECRET")],
        "dburl": lambda: _dburl(ctx),
        # hard negatives: not labelled
        "order": lambda: [(r.choice(["#", "ORD-", "", "BK-", "TKT-", "INV-2025-"]) + ctx.digits(r.choice([6, 7, 9])), None)],
        "booking": lambda: [("".join(r.choice(string.ascii_uppercase + "23456789") for _ in range(6)), None)],
        "tracking": lambda: [(r.choice(["1Z", "JD", "00"]) + ctx.digits(16), None)],
        "version": lambda: [(r.choice(["", "v"]) + ".".join(str(r.randint(0, 24)) for _ in range(r.choice([2, 3, 3]))), None)],
        "uuid": lambda: [(str(_uuidlib.UUID(int=r.getrandbits(128), version=4)), None)],
        "sha": lambda: [("".join(r.choice("0123456789abcdef") for _ in range(r.choice([7, 8, 40]))), None)],
        "price": lambda: [(_price(ctx), None)], "price2": lambda: [(_price(ctx), None)],
        "year": lambda: [(str(r.randint(1990, 2027)), None)],
        "time": lambda: [(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", None)],
        "time2": lambda: [(f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", None)],
        "port": lambda: [(str(r.choice([22, 443, 8080, 51820, 3389, 5432, 1883, 8123])), None)],
        "cidr": lambda: [(str(r.choice([8, 16, 24, 28, 32])), None)],
        "last4": lambda: [(ctx.digits(4), None)],
        "rx": lambda: [(ctx.digits(7), None)],
        "wgkey": lambda: [(base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(), "SECRET")],
        "version2": lambda: [(r.choice(["", "v"]) + ".".join(str(r.randint(0, 24)) for _ in range(3)), None)],
        "company2": lambda: [(ctx.pick(_FAMOUS_COMPANIES), None)],
        "pid": lambda: [(str(r.randint(300, 65000)), None)],
        "testcard": lambda: [(ctx.pick(_TEST_CARDS), None)], "docip": lambda: [(ctx.pick(_DOC_IPS), None)],
        "resolver": lambda: [(ctx.pick(_RESOLVERS), None)], "dociban": lambda: [(ctx.pick(_DOC_IBANS), None)],
        "famous": lambda: [(ctx.pick(_FAMOUS_PEOPLE), None)], "place": lambda: [(ctx.pick(_FAMOUS_PLACES), None)],
        "company": lambda: [(ctx.pick(_FAMOUS_COMPANIES), None)], "formname": lambda: [(ctx.pick(_FORM_NAMES), None)],
        "placeholder": lambda: [(ctx.pick(_PLACEHOLDERS), None)], "docurl": lambda: [(ctx.pick(_DOC_URLS), None)],
        "exemail": lambda: [(r.choice(["jane.doe", "user", "someone", "test", "noreply"]) + "@" + r.choice(["example.com", "example.org", "example.net"]), None)],
        "specssn": lambda: [(r.choice(["078-05-1120", "123-45-6789", "000-12-3456", "666-01-2345", "987-65-4321"]), None)],
        "qty": lambda: [(str(r.choice([2, 3, 12, 40, 250, 1024])), None)],
    }
    if name not in simple:
        raise KeyError(f"fresh8: unknown slot {name!r}")
    return simple[name]()


def _dburl(ctx: Context) -> Parts:
    r = ctx.rng
    user = r.choice(["app", "svc_crm", "postgres", "grafana", "admin"])
    host = r.choice(["db.internal", "pg-primary.svc.cluster.local", "mongo-0.mongo"])
    scheme = r.choice(["postgresql", "mysql", "mongodb", "redis"])
    return [(f"{scheme}://", None), (f"{user}:{_password(ctx)}", "SECRET"), (f"@{host}:{r.choice([5432, 3306, 27017, 6379])}/{r.choice(['crm', 'app', 'prod'])}", None)]


# ---- templates: (language, template) ---------------------------------------------------------------------------

FRESH8_PII: list[tuple[str, str]] = [
    # home care, elderly relatives
    ("en", ("My mum {person} (DOB {dob}) is being discharged from {hosp} on {date}. The carer from {care} needs a handover note: "
           "she lives alone at {address}, key safe code is on the fridge, and her GP's number is {phone2}. Can you write it up nicely?")),
    ("en", ("hi, can u help me write a msg to the home care agency? mum ({first}) keeps missing her evening meds, the carer {first2} "
           "only comes at {time}. their office # is {phone}")),
    ("de", ("Bitte formuliere eine freundliche E-Mail an den {care}: Meine Schwiegermutter {person}, geb. {dob}, wohnhaft {address}, "
           "braucht ab dem {date} zweimal täglich Unterstützung. Rückruf bitte unter {phone}.")),
    ("nl", ("Kun je deze overdracht samenvatten? Cliënt: {rev}, geboren {dob}, BSN {natid}. Adres: {address}. Contactpersoon dochter "
           "{person2}, tel. {phone}.")),
    # hospital discharge, pharmacy, vet
    ("en", ("DISCHARGE SUMMARY\nPATIENT: {person:uc}\nDOB: {dob}\nADMITTED: {date}  DISCHARGED: {date2}\nFOLLOW-UP: {clinic}, ring {phone2}\n"
           "Please translate this into plain English for the family.")),
    ("fr", ("Bonjour, je dois renouveler l'ordonnance de ma mère, {person}, née le {dob}, n° de sécu {natid}. La pharmacie ({pharm}) "
           "dit qu'il faut l'appeler au {phone}. Tu peux m'aider à rédiger le message ?")),
    ("en", "Refill request for {init} — Rx #{rx}, metformin 500mg. Pharmacy on file: {pharm}. Pickup by {date} please. Contact: {email}"),
    ("en", ("Our dog Biscuit's records from {vet} say the owner is {rev}, {address}. We moved to {town} so I need to ask them to send "
           "the file to the new vet. Draft something short?")),
    ("pl", ("Napisz proszę e-mail do {vet}: kot Filemon, właścicielka {person}, tel. {phone}, wizyta kontrolna {date}. Proszę o przesłanie "
           "wyników na adres {email}.")),
    ("sv", "Hej! Kan du skriva ett sms till veterinären? Det gäller vår hund Sixten, ägare {person}, personnummer {natid}. Vi kan komma {date}."),
    # school parent chats, sports rosters, newsletters
    ("en", ("can you make this whatsapp message to the class parents sound less passive aggressive: 'whoever took {first}'s lunchbox "
           "home on friday pls return it, it has her name on it. text me {phone}'")),
    ("en", ("Here's our over-35s five-a-side roster, turn it into a table sorted by surname:\n{rev} - {dob} - emergency contact {person2} {phone}\n"
           "{rev3} - {email3}\nTraining at {club}, {town}.")),
    ("de", "Kannst du die Liste der Damenmannschaft vom {club} aufräumen? Spielerin {person}, geb. {dob}, Notfallkontakt: {person2} ({email2}, {phone})."),
    ("es", ("Resume este mensaje del grupo de padres del {school}: «Hola, soy {person}, la madre de {first2}. La excursión es el {date}, "
           "hay que pagar {price} por Bizum al {phone}.»")),
    ("en", ("Draft the 'notices' section of our parish newsletter: congratulations to {person} and {person2} on their wedding on {date}; "
           "flowers rota queries to {first3} on {phone}. Mass times unchanged.")),
    ("it", ("Scrivi un avviso per la bacheca della {school}: la riunione dei genitori è il {date} alle {time}. Per info contattare {person} "
           "al {phone} oppure {email}.")),
    # HOA / building notices, lost and found, movers
    ("en", ("NOTICE TO RESIDENTS: Water shut-off on {date}. Flat owners with questions contact the building manager {person} at {email} "
           "or {phone}. Can you rewrite this to be friendlier?")),
    ("ru", ("Помоги составить объявление для жильцов: {hoa}, собрание {date} в {time}. Председатель — {person}, тел. {phone}, "
           "адрес: {address}.")),
    ("uk", "Напиши оголошення від {hoa}: збори співвласників {date}. Контакт голови правління {person}: {phone}, {email}."),
    ("en", ("Found a wallet on the tram near {town} station: driver's licence says {person:uc}, {address:uc}, born {dob}. "
           "How do I return it without posting their details online?")),
    ("da", ("Skriv et opslag til Facebook-gruppen: Fundet nøgler ved Netto i {town}. Ejeren er vist {person} (står på nøgleringen). "
           "Ring til mig på {phone}.")),
    ("en", ("The moving company ({movers}) wants these details confirmed by e-mail: pickup {address} on {date}, delivery {address2}. "
           "Contact on the day: {person}, {phone}. Quote ref {order}, total {price}.")),
    ("cs", "Potřebuji objednat stěhování u firmy {movers} na {date}. Z adresy {address}, kontakt {person}, {phone}. Napiš mi to formálně."),
    # freelancer invoices, crowdfunding, podcasts, tickets
    ("en", "Make me an invoice: from {person}, {address}, to {biz}. Pay to IBAN {iban}. Invoice {order}, due {date}, amount {price}."),
    ("de-DE", ("Erstelle eine Rechnung für meine Übersetzung: Auftragnehmerin {person}, {address}, Steuer-ID {natid}, IBAN {iban}, "
           "Leistungsdatum {date}.")),
    ("pt", "Faz uma fatura em meu nome: {person}, NIF {natid}, morada {address}, IBAN {iban}. Cliente: {org}."),
    ("en", ("Rewrite our GoFundMe blurb: '{first} was hit by a car outside {town} on {date}. Any help counts: {purl}. "
           "Questions to her brother {person2}, {email2}.'")),
    ("en", ("Podcast guest booking — confirm with {person} ({purl}), recording {date} at {time}. Her assistant is {first2}, {phone}. "
           "Write a friendly confirmation.")),
    ("en", ("Selling 2 tickets for the Coldplay gig, buyer {person} wants to pay by card. She sent {card} exp 09/27 in the chat — "
           "is that safe? order {order}")),
    ("fr", ("Un acheteur sur le site de revente, {person}, m'envoie son numéro {phone} et son IBAN {iban} pour un remboursement. "
           "Billet n° {order}. C'est une arnaque ?")),
    # tax, pension, mortgage, crypto, games
    ("en-US", "Email to my tax advisor at {acct}: attached my W-2. My SSN is {ssn}, date of birth {dob}. We moved to {address} on {date}."),
    ("en-CA", "Writing to my accountant: SIN {natid}, born {dob}, new address {address}. Please file my T1 before {date}."),
    ("en-AU", "hey can you tidy this for my accountant: name {person}, TFN {natid}, {address}, ph {phone}"),
    ("en-IN", ("Please draft a mail to {pension} to update my pension nominee: member {person}, Aadhaar {natid}, nominee {person2}, "
              "DOB {dob2}, mobile {phone}.")),
    ("fi", "Kirjoita eläkeyhtiölle: {person}, hetu {natid}, osoite {address}. Pyydän eläkeotteen sähköpostiini {email}."),
    ("no", ("Hjelp meg å skrive til banken om boliglånssøknaden: søker {person}, fødselsnummer {natid}, medsøker {person2}. "
           "Konto {iban}, telefon {phone}.")),
    ("en", ("Mortgage application checklist — applicant: {rev}, DOB {dob}, current address {address}, employer {biz}, card for "
           "the valuation fee {card}. What am I missing?")),
    ("en", ("Crypto exchange support keeps asking for 'proof'. I'm {person}, account email {email}, last login from {pubip}. "
           "My withdrawal to my bank ({iban}) has been pending since {date}. Ticket {order}.")),
    ("tr", ("Kripto borsasına şikayet yazısı yaz: adım {person}, T.C. kimlik no {natid}, telefon {phone}. Çekim talebim {date} "
           "tarihinden beri bekliyor.")),
    ("en", ("my steam account got stolen. old email was {email}, the hacker changed it from ip {pubip}. recovery code they gave me "
           "is {secret}. how do i write to support?")),
    ("pt-BR", "Me ajuda a recuperar minha conta do jogo? Sou {person}, CPF {natid}, e-mail {email}, nasci em {dob}."),
    # IoT, logs, configs
    ("en", ("Why does my Home Assistant log this every minute?\n{date2} {time2} WARNING (MainThread) [mqtt] Connection refused from "
           "{privip}:{port}; user 'ha' password '{password}'")),
    ("en", ("journalctl output, why is sshd complaining?\n{time2} nas sshd[{pid}]: Failed password for {first:lc} from {pubip} port {port} ssh2\n"
           "{time2} nas sshd[{pid}]: Accepted publickey for {first:lc} from {privip} port {port} ssh2")),
    ("en", ("Router log, is this an attack?\n[FW] DROP IN=eth0 SRC={pubip} DST={privip} PROTO=TCP DPT={port}\n"
           "[FW] ACCEPT SRC={ip2} DST={resolver} PROTO=UDP DPT=53")),
    ("en", "Firewall rule review: allow {privip}/{cidr} -> {pubip}:{port}, deny any. Admin contact {person}, {email}. Does this make sense?"),
    ("de", ("Warum klappt der WireGuard-Tunnel nicht? [Peer] Endpoint = {pubip}:51820, AllowedIPs = {privip}/{cidr}, "
           "PrivateKey = {wgkey}. Eingerichtet von {person}.")),
    ("en", ("helm values.yaml:\n```\nimage:\n  tag: {version}\nenv:\n  DATABASE_URL: {dburl}\n  STRIPE_KEY: {secret}\n"
           "  ADMIN_EMAIL: {email}\n```\nwhy does the pod crashloop?")),
    ("en", ("docker-compose env file, is it ok to commit?\nPOSTGRES_PASSWORD={password}\nSENTRY_DSN=https://public@sentry.io/1\n"
           "SLACK_TOKEN={secret}\nMAINTAINER={person} <{email}>")),
    ("en", ("terraform.tfstate snippet:\n\"private_ip\": \"{privip}\",\n\"public_ip\": \"{pubip}\",\n\"tags\": {lb} \"Owner\": \"{email}\" {rb},\n"
           "\"id\": \"i-0{sha}\"\nWhy does plan want to replace it?")),
    ("en", ("git blame shows this:\n{sha} ({person} {year} ...) api_key = \"{secret}\"\nHow do I purge it from history and "
           "tell {first} to rotate it?")),
    ("en", "git log --format='%an <%ae>' output, dedupe it:\n{person} <{email}>\n{person2} <{email2}>\n{person} <{email}>\n{rev3} <{email3}>"),
    ("fr", ("Mon thermostat connecté affiche dans les logs : « device paired by {email} from {ip} at {time} ». Ce n'est pas moi. "
           "Que faire ? Mon numéro : {phone}.")),
    ("nl", "Deze regel staat in de log van onze slimme deurbel: 'owner {person} unlocked from {pubip}'. Wij waren die week op vakantie. Hoe kan dat?"),
    # CRM exports, reviews, minutes, chatbot transcripts
    ("en", ("HubSpot export, fix the columns:\nFirst Name,Last Name,Email,Phone,Company,City\n{first},{last},{email},{phone},{biz},{town}\n"
           "{first2},{last2},{email2},{phone2},{biz2},{town2}")),
    ("de", ("Salesforce-Export bereinigen (Semikolon-getrennt):\nName;E-Mail;Telefon;Geburtsdatum\n{rev};{email};{phone};{dob}\n"
           "{person2};{email2};;")),
    ("en", "Reply to this 1-star review for our café: 'Waited 40 min. Ask for the manager {first}, she was rude. — {init}, {town}'"),
    ("es-MX", "Responde esta reseña: «Pedí un pastel para el {date} y nunca llegó a {address}. Mi número es {phone}. — {person}»"),
    ("en", ("Minutes from today's committee meeting, make them formal:\npresent: {person}, {person2}, {init3}\n- {first} to contact {parish} "
           "re hall booking on {date}\n- treasurer {first2} reports balance {price}")),
    ("sv", "Sammanfatta protokollet: Närvarande {person}, {person2}. Beslut: {first} kontaktar {org} före {date}. Nästa möte {date2}."),
    ("en", ("Chatbot transcript, the bot leaked stuff, what went wrong?\nUser: what's my account info\nBot: Name: {person}, email {email}, "
           "card ending {last4}, full card {card}, address {address}")),
    ("en", ("Can you make this support transcript anonymous for training? 'Agent: can I get your date of birth? Customer: {dob}. "
           "Agent: and the phone on the account? Customer: {phone}. my name's {first} {last}'")),
    # other languages, various situations
    ("el", "Γράψε ένα email στο {org}: είμαι η {person}, ΑΜΚΑ {natid}, τηλ. {phone}. Θέλω ραντεβού στις {date}."),
    ("ro", "Ajută-mă să scriu o cerere către {org}: subsemnata {person}, CNP {natid}, domiciliată în {address}, telefon {phone}."),
    ("hr", "Napiši obavijest za stanare: upraviteljica zgrade {person}, {phone}, {email}. Čišćenje stubišta {date}."),
    ("lt", "Parašyk laišką {org}: mano vardas {person}, asmens kodas {natid}, tel. {phone}. Noriu atsiimti pamestą daiktą."),
    ("is", "Skrifaðu tölvupóst til {vet}: ég heiti {person}, kennitala {natid}, sími {phone}. Hundurinn okkar á tíma {date}."),
    ("ca", "Escriu un correu a la {school}: sóc {person}, la mare de {first2}. Podeu trucar-me al {phone} o escriure a {email}."),
    ("id", "Tolong buatkan pesan untuk {movers}: nama saya {person}, alamat {address}, HP {phone}. Barang pindahan dijemput tanggal {date}."),
    ("vi", "Viết giúp tôi email gửi {vet}: tôi là {person}, số điện thoại {phone}, email {email}. Tôi muốn đặt lịch khám cho mèo ngày {date}."),
    ("hu", "Írj egy e-mailt a {org} számára: {person} vagyok, a lakcímem {address}, telefonszámom {phone}."),
    ("it", "Il mio commercialista ({acct}) chiede l'IBAN per il rimborso: {iban}, intestato a {person}, nata il {dob} a {town}."),
    ("es", ("Ayúdame con esta reclamación al exchange: titular {person}, DNI {natid}, correo {email}, IP desde la que se hizo el "
           "retiro: {pubip}. Operación {order}.")),
    ("pl", "Przepisz na tabelkę listę zawodniczek {club}: {rev}, PESEL {natid}, ur. {dob}; kontakt awaryjny {person2}, {phone}."),
    ("de-DE", "Für die Hausverwaltung: Mieter {rev}, {address}, Steuer-ID {natid}, Einzug {date}. Bitte als Brief formulieren."),
    ("en-US", "FORM W-9\nNAME: {person:uc}\nSSN: {ssn}\nADDRESS: {address:uc}\nEMAIL: {email}\nIs this filled out right for my freelance client?"),
    ("en-ZA", "Help me write to the medical aid: member {person}, ID number {natid}, cell {phone}, claim for the hospital stay from {date}."),
    ("en", "can you check the grammar: 'Dear {club}, I {person} authorise you to debit {iban} monthly. Signed {date}.'"),
    ("en", "Pet microchip transfer form: new keeper {person}, {address}, {phone}, {email}. Old keeper {person2}. Is the form complete?"),
]

FRESH8_NEGATIVE: list[tuple[str, str]] = [
    ("en", "Explain what this Stripe docs example does: card {testcard}, any future expiry, CVC 123. Key is {placeholder}. Order {order}."),
    ("en", "Why is {docip} used in every tutorial? My nginx config has allow {docip}; deny all; and resolver {resolver};"),
    ("en", "In the Helm docs ({docurl}) the values file uses password: {placeholder} — how do I inject the real one from a secret?"),
    ("en", "What's the difference between UUID {uuid} and a ULID? Also is commit {sha} a valid short hash?"),
    ("en", "Upgrade from {version} to {version2}? The changelog says breaking changes in the CRM sync. Price went up to {price}/month."),
    ("en", "Who was {famous} and why is she/he on so many posters in {place}?"),
    ("en", "Fill in this sample form for our training deck using placeholder data: Name: {formname}, Email: {exemail}, SSN: {specssn}."),
    ("en", "Is {dociban} a real IBAN? It's printed in our bank's help page as an example."),
    ("en", "Our tracking number {tracking} hasn't updated since {time}. Booking ref {booking}. What does 'in transit' mean for {company}?"),
    ("en", "systemd: 'Started Daily apt download activities' then 'Failed with result exit-code' — pid {pid}, unit version {version}. What now?"),
    ("en", "Terraform: how do I split a /16 VPC into four /18 subnets with cidrsubnet()? Provider {version}."),
    ("en", "Compare {company} and {company2} for a small CRM: which exports CSV with custom fields? Budget {price}."),
    ("en", "Write a Python regex that matches IPv6 like {docip} and IPv4 like {resolver}, plus an optional :port."),
    ("de", "Was bedeutet Fehler 0x{sha} beim Update auf {version}? Bestellnummer {order}, Preis {price}."),
    ("fr", "Quelle est la différence entre {company} et {company2} pour gérer une cagnotte en ligne ? Frais de {price} ?"),
    ("es", "¿Por qué en la documentación usan la tarjeta {testcard}? Mi pedido {order} no se procesa."),
    ("it", "Chi era {famous}? Devo fare una ricerca per scuola, prezzo del libro {price}."),
    ("nl", "Voorbeeld van een ingevuld formulier met {formname} en {exemail}, voor een cursus. Factuur {order}."),
    ("pl", "Co oznacza wersja {version} w pliku Chart.yaml? I czy {uuid} to poprawny UUID?"),
    ("sv", "Hur konfigurerar jag DNS till {resolver} på routern? Modell {version}, pris {price}."),
    ("pt-BR", "O que é o IP {docip} nos exemplos da documentação? Pedido {order}."),
    ("tr", "{company} ile {company2} arasındaki fark nedir? Fiyat {price} civarında."),
    ("ru", "Что значит хеш {sha} в git log? Версия {version}."),
    ("uk", "Поясни різницю між UUID {uuid} і номером замовлення {order}. Ціна {price}."),
    ("en", "Podcast idea: an episode on {famous} and the history of {place}. Give me 5 questions for the guest."),
    ("en", "What does {specssn} mean when it shows up in IRS training materials? And {exemail} in the sample e-mails?"),
    ("en", "How do I rotate the token in `export GITHUB_TOKEN={placeholder}` in our CI? See {docurl}"),
]

FRESH8_CLEAN: list[tuple[str, str]] = [
    ("en", "What should I pack for moving house with two cats?"),
    ("en", "Give me 5 icebreaker questions for a school parents' evening."),
    ("en", "Explain the difference between a fixed and a tracker mortgage in simple terms."),
    ("en", "how do i make sourdough without a dutch oven"),
    ("en", "Write a haiku about a lost umbrella."),
    ("en", "What are good warm-up drills for an under-10 football team?"),
    ("de", "Wie schreibe ich eine höfliche Absage auf eine Einladung?"),
    ("fr", "Quels sont les avantages d'un plan d'épargne retraite ?"),
    ("es", "¿Cómo se calcula el interés compuesto?"),
    ("it", "Come si prepara un buon risotto ai funghi?"),
    ("pl", "Jak przygotować psa do przeprowadzki?"),
    ("fi", "Mitä kannattaa huomioida ikääntyneen vanhemman kotihoidossa?"),
    ("no", "Hvordan lager jeg et enkelt budsjett for en idrettsklubb?"),
    ("vi", "Làm thế nào để chăm sóc mèo già?"),
    ("id", "Bagaimana cara membuat podcast untuk pemula?"),
]

FRESH8_FOLLOW_UPS: list[str] = [
    "\n\nKeep it short please.", " Thanks!", "\n\nAlso, make it sound less formal.", " (British spelling pls)",
    "\n\nCan you also give me a bullet-point version?", " ty", "\n\nP.S. don't add anything I didn't say.", " Be concise.",
]
