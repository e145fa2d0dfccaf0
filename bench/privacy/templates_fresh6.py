"""The sixth blind set ("fresh6") for the PII benchmark: written without seeing the detector or the earlier sets.

It judged detector round 3 and is now a development set (round 4 tuned on it; fresh7 judges that).
corpus.generate(n, seed, fresh6=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots), and labels spans as corpus.py's docstring says.

Situations (chosen to be new): healthcare referrals and lab results, immigration and residence paperwork, school
enrolment, sports clubs, wedding and funeral planning, insurance claims with adjusters, small-claims filings,
payroll/HR exports, procurement and invoices, property management, pet adoption, volunteering, academic CVs and
reference letters, support chat logs with timestamps, SMS/WhatsApp exports, crash reports, Terraform, Kubernetes,
docker-compose, GitHub Actions, SQL dumps and CSV exports, browser devtools copies (HAR, cookies, localStorage),
e-mail threads with headers, calendar invites (ICS), vCards, OCR'd scans with broken spacing, dictated text without
punctuation, ALL CAPS forms and mixed-language messages.

Languages (the first element of each template tuple): en (about half; its locale is en-US, en-GB, en-CA, en-AU
or, for expats writing in English, "en-XX" with another country's people and values), en-IE, en-IN, en-ZA, and
en-US, en-DE, en-PL, en-SE for English prompts tied to one country (SSNs; quoted German, Polish, Swedish messages),
de (DE/AT/CH), fr (FR/BE/CH), es, it, nl (NL/BE), pt (Portugal), pt-BR, pl, sv, no, fi, da, cs, hu, ro, tr, hr.
A sample's locale is "<language>-<country>"; the country picks names, towns, address layout, phone numbering,
IBAN country and national id.

Slot syntax: {name} is filled by fill(ctx, name); {name:uc} upper-cases the value (forms in capitals), {name:lc}
lower-cases it (dictation, chat), {name:ocr} inserts a stray space or two inside it (OCR'd scans: the span covers the
broken value). {lb} and {rb} are literal braces (corpus._render treats "{" as a slot opener). One Context is one
prompt: p1/p2/p3 are the same people every time a template names them, with a birth date and sex that the national
id and the date of birth agree with.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full, initial + surname; a
"Surname, First" pair is two spans; titles such as "Dr." and a possessive 's stay outside); LOCATION a town where
someone lives, works or travels; ORGANIZATION small employers, schools, clinics, clubs, banks (a whole name, even
when it holds a surname); ADDRESS the street address with number and, where written, flat/floor parts, postcode and
town (one span, which may run over lines); DATE a day-and-month date (with or without year, in the language's own
spellings, never the preposition or weekday); DATE_OF_BIRTH when it is a birth date; SECRET only the value (after
"password=", the user:password of a connection URL, a whole PEM block); URL only links that point at a person
(profiles, personal shares, links with an e-mail or phone inside; no EMAIL span nested inside); EMAIL, PHONE,
CREDIT_CARD (Luhn-valid, never a published test number), IBAN (mod-97 valid), US_SSN, NATIONAL_ID (checksum-valid
national numbers, tax ids and passport numbers), IP_ADDRESS (v4 and v6), as written.

Deliberately not labelled: order, ticket, invoice, policy, claim and case numbers; versions, UUIDs, hashes, prices,
years, times, durations; documentation links; placeholders (sk-..., <YOUR_TOKEN>, AWS's own EXAMPLE keys, the jwt.io
sample token); published test cards; example.com/example.org addresses; RFC 5737/3849 documentation IPs; IBANs
printed in documentation; famous people, places and companies in general questions; fictional characters; the
placeholder names of forms (Max Mustermann, John Doe).
"""

from __future__ import annotations

import base64
import datetime
import json
import random
import string
import unicodedata
from collections.abc import Callable

import phonenumbers
from stdnum import iban as _iban_mod
from stdnum import luhn
from stdnum.at import vnr as at_vnr
from stdnum.au import tfn as au_tfn
from stdnum.be import nn as be_nn
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cz import rc as cz_rc
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.hr import oib as hr_oib
from stdnum.ie import pps as ie_pps
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp as ro_cnp
from stdnum.se import personnummer as se_pnr
from stdnum.tr import tckimlik as tr_tck
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

Parts = list[tuple[str, "str | None"]]

# --------------------------------------------------------------------------------------------------------------
# People and places, per country: female first names | male first names | surnames | towns | streets.
# Written for this set; diacritics, particles, compound and patronymic names on purpose.
# --------------------------------------------------------------------------------------------------------------
_C = {
    "US": ("Shanice|Kayleigh|Marisol|Brittany|Ngozi|Lakshmi|Dana|Holly-Anne",
           "DeShawn|Tucker|Hector|Brandon|Wesley|Jamal|Cody|Tuan",
           "Okafor|Kowalczyk|Delacroix-Ruiz|McAllister|Vang|Abernathy|Villanueva|O'Shea|Lindqvist|Haddad",
           "Dayton|Bozeman|Asheville|Tulsa|Fresno|Eau Claire|Pueblo|Chattanooga|Bangor|Spokane",
           "Maple Ridge Dr|Old Mill Rd|W 14th St|Cottonwood Ln|Jefferson Ave|Hillcrest Blvd|County Road 9"),
    "GB": ("Siobhan|Imogen|Priya|Bethan|Chloe|Rhiannon|Aisha|Harriet", "Callum|Rhys|Oluwaseun|Hamish|Tariq|Alfie|Declan|Rupert",
           "Featherstone|Ashworth|Oyelaran|Prendergast|ap Gruffydd|Nwosu|Blackwood|Patel|Ferguson-Reid|Whitlock",
           "Stockport|Kettering|Llandudno|Harrogate|Paisley|Lowestoft|Dunfermline|Stroud|Wigan|Truro",
           "Kingsley Road|Rectory Lane|Albion Terrace|Mill Close|Beechwood Avenue|Station Approach|Queen's Crescent"),
    "IE": ("Aoife|Saoirse|Caoimhe|Niamh|Gráinne|Orla|Clodagh|Róisín", "Cathal|Oisín|Tadhg|Darragh|Eoghan|Ruairí|Fionn|Pádraig",
           "Ó Súilleabháin|Mac Giolla|Fitzgerald|Ní Bhriain|Daly|Keohane|McGettigan|Moriarty|Ó Dálaigh|Hennessy",
           "Ballincollig|Tuam|Mullingar|Skibbereen|Letterkenny|Ennis|Carlow|Navan|Castlebar|Dungarvan",
           "Ashgrove Park|Church View|Bóthar na Trá|Greenfield Road|Oakwood Drive|Chapel Street|The Paddocks"),
    "IN": ("Aishwarya|Deepika|Sneha|Lakshmi|Farzana|Harpreet|Meenakshi|Ananya", "Venkatesh|Arjun|Mohammed Irfan|Siddharth|Gurpreet|Rohan|Sandeep|Karthik",
           "Iyer|Chatterjee|Reddy|Gill|Deshpande|Nair|Qureshi|Bhattacharya|Venkataraman|Shetty",
           "Pune|Coimbatore|Indore|Mysuru|Bhubaneswar|Vadodara|Nagpur|Thrissur|Ludhiana|Dehradun",
           "14th Cross, Indiranagar|MG Road|Nehru Nagar Main Road|Sector 21|Shivaji Park Road|Anna Salai"),
    "ZA": ("Thandiwe|Lerato|Anneke|Nomvula|Zanele|Marike|Palesa|Fatima", "Sipho|Thabo|Pieter|Bongani|Riaan|Mandla|Kagiso|Johan",
           "van der Merwe|Dlamini|Naidoo|Botha|Mokoena|du Plessis|Khumalo|Pillay|Nkosi|Jansen van Rensburg",
           "Durbanville|Polokwane|Stellenbosch|Pietermaritzburg|Benoni|Mbombela|George|Kimberley|Umhlanga|Potchefstroom",
           "Protea Street|Jacaranda Avenue|Voortrekker Road|Main Reef Road|Hibiscus Crescent|Kerk Straat"),
    "CA": ("Geneviève|Mackenzie|Amrit|Chantal|Leah|Nadia|Marie-Ève|Tessa", "Étienne|Brayden|Jaspreet|Mathieu|Liam|Connor|Yannick|Owen",
           "Tremblay|Gagnon|MacDougall|Sandhu|Bouchard|Thibodeau|Kowalchuk|St-Pierre|Chen|Lévesque",
           "Moncton|Kamloops|Sherbrooke|Red Deer|Nanaimo|Trois-Rivières|Guelph|Lethbridge|Sudbury|Brandon",
           "Harbour St|Rue Principale|Wellington Cres|Maple Grove Rd|Lakeshore Blvd W|Boul. Saint-Joseph"),
    "AU": ("Matilda|Kirra|Sienna|Mei Ling|Chloe|Tahlia|Georgia|Jacinta", "Lachlan|Mitchell|Kieran|Hamish|Tran|Bailey|Angus|Cooper",
           "Nguyen|McKenzie|Papadopoulos|O'Loughlin|Fitzsimons|Tran|Kovačević|Baxter|Wilkinson|Rossi",
           "Wollongong|Bendigo|Toowoomba|Cairns|Ballarat|Geelong|Launceston|Mackay|Bunbury|Dubbo",
           "Beach Rd|Wattle Grove|Banksia St|Parramatta Rd|Kookaburra Cct|Hume Hwy"),
    "DE": ("Anna-Lena|Jördis|Svenja|Mareike|Gülten|Friederike|Katrin|Ilse", "Jörg|Malte|Hans-Peter|Ole|Timo|Volker|Emre|Kai-Uwe",
           "Schäfer|von Hohenstein|Bräutigam|Nowak|Kühne|Oßwald|Yılmaz|zu Lützow|Hoffmann|Weißgerber",
           "Wuppertal|Göttingen|Bamberg|Lüneburg|Chemnitz|Tübingen|Paderborn|Kaiserslautern|Rostock|Erfurt",
           "Lindenstraße|Am Mühlbach|Goethestr.|Kirchweg|Heinrich-Heine-Allee|Rosenhang|Bahnhofstraße"),
    "AT": ("Theresia|Magdalena|Veronika|Johanna|Elisabeth|Leonie", "Florian|Wolfgang|Lukas|Sebastian|Ferdinand|Matthias",
           "Gruber|Huber|Pichler|Moser|Steiner|Hofer|Eder|Wallner|Leitner|Obermüller",
           "Graz|Linz|Villach|Wels|Dornbirn|Leoben|Krems|Bregenz|Steyr|Salzburg",
           "Hauptstraße|Grazer Gasse|Kirchengasse|Schubertstraße|Lerchenfelder Gürtel|Am Anger"),
    "CH": ("Seraina|Nadine|Corinne|Ladina|Mirjam|Chiara", "Reto|Urs|Beat|Gian-Luca|Andrin|Matthias",
           "Brunner|Bachmann|Zürcher|Caflisch|Meier|Pfister|Schnyder|Baumgartner|Giger|Rüegg",
           "Winterthur|Aarau|Chur|Thun|Biel|Schaffhausen|Wil|Baden|Zug|Frauenfeld",
           "Bahnhofstrasse|Seefeldstrasse|Dorfstrasse|Rue du Marché|Kirchplatz|Obere Gasse"),
    "FR": ("Maëlle|Solène|Océane|Bérénice|Inès|Anne-Sophie|Clémence|Yasmina", "Jean-Baptiste|Loïc|Théo|Gaëtan|Mathis|Karim|Grégoire|Hervé",
           "Lefèvre|de La Rochefoucauld|Benhamou|Le Goff|Fontaine|Nguyen|Rousseau|Dubois-Mercier|Chevalier|Mbappé-Traoré",
           "Angers|Besançon|Quimper|Pau|Colmar|Chambéry|Niort|Valence|Troyes|Saint-Brieuc",
           "rue des Lilas|avenue Jean-Jaurès|impasse du Moulin|boulevard Gambetta|chemin des Vignes|place de l'Église"),
    "BE": ("Lotte|Elke|Anouk|Margaux|Fien|Hélène", "Pieter-Jan|Wouter|Arnaud|Bram|Cédric|Jelle",
           "Vermeulen|Peeters|De Smet|Van den Bossche|Lambert|Dupont|Claes|Maes|Janssens|Wouters",
           "Leuven|Mechelen|Namur|Hasselt|Kortrijk|Liège|Aalst|Mons|Brugge|Genk",
           "Kerkstraat|Rue de la Station|Diestsesteenweg|Avenue Louise|Stationsplein|Rue Haute"),
    "ES": ("María José|Nerea|Ainhoa|Rocío|Itziar|Macarena|Lucía|Montserrat", "José Manuel|Iker|Álvaro|Joan|Íñigo|Sergio|Francisco Javier|Xabier",
           "García Márquez|Fernández de Córdoba|Etxeberria|Puig i Serra|Rodríguez|Iglesias|Muñoz|Castaño|Vidal|de la Fuente",
           "Logroño|Cáceres|Getafe|Lleida|Ourense|Albacete|Gijón|Jerez de la Frontera|Vitoria-Gasteiz|Elche",
           "C/ Mayor|Avenida de la Constitución|Calle del Pez|Paseo de Gracia|Rúa do Vilar|Plaza de España"),
    "IT": ("Giulia|Chiara|Annalisa|Ludovica|Francesca|Maria Grazia|Benedetta|Alessia", "Giancarlo|Lorenzo|Pierpaolo|Matteo|Salvatore|Gabriele|Davide|Niccolò",
           "Esposito|De Luca|Bianchi|Lo Russo|D'Amico|Colombo|Ferrara|Santoro|Della Valle|Barbieri",
           "Bergamo|Lecce|Trento|Perugia|Modena|Ancona|Pescara|Udine|Sassari|Cremona",
           "Via Garibaldi|Via Roma|Corso Vittorio Emanuele II|Viale dei Mille|Piazza Cavour|Via San Martino"),
    "NL": ("Femke|Sanne|Marieke|Anouk|Fleur|Esmée|Noor|Ilse", "Joost|Bas|Maarten|Thijs|Sven|Jeroen|Ruben|Wietse",
           "van der Berg|de Vries|Bakker|van Dijk|Smit|de Jong|Visser|van Leeuwen|Mulder|Bouwmeester",
           "Amersfoort|Zwolle|Leeuwarden|Deventer|Haarlem|Tilburg|Apeldoorn|Enschede|Delft|Dordrecht",
           "Kastanjelaan|Dorpsstraat|Prinsengracht|Molenweg|Vondelstraat|Julianastraat|Heerengracht"),
    "PT": ("Inês|Beatriz|Leonor|Mariana|Sofia|Maria João", "João Pedro|Tiago|Rui|Duarte|Gonçalo|Nuno",
           "Sousa|Ferreira|dos Santos|Pereira|Rodrigues|Magalhães|Carvalho|Lopes da Silva|Teixeira|Correia",
           "Braga|Coimbra|Aveiro|Faro|Viseu|Setúbal|Guimarães|Leiria|Évora|Viana do Castelo",
           "Rua de Santa Catarina|Avenida da Liberdade|Rua do Almada|Travessa do Carmo|Largo da Sé|Rua Direita"),
    "BR": ("Thaís|Luana|Gabriela|Jéssica|Ana Clara|Francisca|Raíssa|Letícia", "Thiago|Luiz Fernando|Caio|Wellington|Gustavo|Vinícius|Raimundo|Matheus",
           "da Silva|Oliveira|Souza|Nascimento|Albuquerque|Cavalcanti|Araújo|Gonçalves|de Lima|Barbosa",
           "Campinas|Londrina|Uberlândia|Natal|Joinville|Feira de Santana|Maringá|Juiz de Fora|Sorocaba|Caxias do Sul",
           "Rua das Acácias|Avenida Brasil|Rua Sete de Setembro|Travessa São José|Rua XV de Novembro|Alameda Santos"),
    "PL": ("Małgorzata|Agnieszka|Zofia|Katarzyna|Joanna|Bożena|Weronika|Grażyna", "Grzegorz|Paweł|Łukasz|Krzysztof|Wojciech|Michał|Jędrzej|Tomasz",
           "Wiśniewska|Kowalczyk|Zieliński|Szymańska|Wójcik|Brzęczyszczykiewicz|Lewandowski|Dąbrowska|Kamiński|Nowak-Jeziorańska",
           "Łódź|Rzeszów|Bydgoszcz|Toruń|Olsztyn|Kielce|Opole|Gliwice|Zielona Góra|Białystok",
           "ul. Ogrodowa|ul. Mickiewicza|al. Niepodległości|ul. Kościuszki|os. Słoneczne|ul. Piłsudskiego"),
    "SE": ("Ebba|Linnéa|Saga|Maja|Agnes|Ingrid", "Björn|Oskar|Måns|Viktor|Gustav|Lars-Erik",
           "Lindström|Bergqvist|Sjöberg|Åkesson|Eriksson|Holmgren|Nyström|Wallin|Öberg|Lundqvist",
           "Umeå|Jönköping|Västerås|Örebro|Sundsvall|Norrköping|Luleå|Karlstad|Växjö|Gävle",
           "Storgatan|Drottninggatan|Kungsvägen|Björkvägen|Sjögatan|Hantverkargatan"),
    "NO": ("Ingrid|Solveig|Ragnhild|Sigrid|Kari|Tuva", "Håkon|Øyvind|Eirik|Sindre|Torbjørn|Magnus",
           "Johansen|Haugland|Solberg|Bakke|Strand|Nygård|Kristiansen|Aasen|Lie|Fjeld",
           "Tromsø|Bodø|Drammen|Ålesund|Kristiansand|Hamar|Tønsberg|Molde|Harstad|Stavanger",
           "Kirkeveien|Storgata|Bjerkeveien|Sjøgata|Fjellveien|Skolegata"),
    "FI": ("Aino|Siiri|Hanna-Leena|Pihla|Eveliina|Tuulikki", "Juha-Pekka|Ville|Eetu|Mikko|Tapani|Joonas",
           "Virtanen|Mäkinen|Korhonen|Heikkilä|Järvinen|Lehtonen|Niemelä|Väisänen|Kinnunen|Häkkinen",
           "Tampere|Jyväskylä|Kuopio|Oulu|Lahti|Pori|Joensuu|Rovaniemi|Vaasa|Seinäjoki",
           "Hämeenkatu|Koivukuja|Rantatie|Kauppakatu|Puistokatu|Mäntytie"),
    "DK": ("Mette|Sidsel|Freja|Ida|Karoline|Birgitte", "Søren|Rasmus|Anders|Jens Peter|Mikkel|Frederik",
           "Sørensen|Kjærgaard|Mikkelsen|Østergaard|Thomsen|Bach|Lund|Dalsgaard|Madsen|Christiansen",
           "Aalborg|Esbjerg|Vejle|Randers|Horsens|Kolding|Silkeborg|Herning|Roskilde|Svendborg",
           "Nørregade|Vestergade|Skovvej|Strandvejen|Kirkevej|Åboulevarden"),
    "CZ": ("Kateřina|Lucie|Tereza|Veronika|Jana|Zdeňka", "Jiří|Ondřej|Tomáš|Vojtěch|Jaroslav|Miroslav",
           "Novotná|Dvořák|Procházková|Černý|Kučera|Veselá|Horák|Němcová|Pokorný|Marešová",
           "Brno|Olomouc|Plzeň|Liberec|Hradec Králové|Pardubice|Zlín|Jihlava|Opava|Kladno",
           "Husova|Palackého|Masarykova|Nádražní|Komenského|Lidická"),
    "HU": ("Zsófia|Erzsébet|Anikó|Réka|Boglárka|Krisztina", "Gábor|Zoltán|Levente|Bence|Péter|Attila",
           "Nagy|Kovács|Szabó|Tóth|Horváth|Varga|Kiss|Molnár|Németh|Farkas",
           "Debrecen|Szeged|Pécs|Győr|Miskolc|Kecskemét|Eger|Szombathely|Sopron|Veszprém",
           "Kossuth Lajos utca|Petőfi Sándor utca|Rákóczi út|Béke tér|Széchenyi utca|Arany János utca"),
    "RO": ("Ioana|Andreea|Mădălina|Roxana|Ștefania|Raluca", "Andrei|Bogdan|Mihai|Ștefan|Cristian|Radu",
           "Popescu|Ionescu|Dumitrescu|Constantinescu|Stănescu|Munteanu|Ciobanu|Țurcanu|Rusu|Lungu",
           "Cluj-Napoca|Iași|Timișoara|Brașov|Constanța|Sibiu|Oradea|Craiova|Suceava|Galați",
           "Str. Mihai Eminescu|Bd. Unirii|Str. Republicii|Calea Victoriei|Str. Avram Iancu|Aleea Teilor"),
    "TR": ("Ayşe|Elif|Zeynep|Gülşen|Şeyma|Büşra", "Mehmet|Emre|Oğuz|Barış|Hüseyin|Çağlar",
           "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Kılıç",
           "Eskişehir|Bursa|Gaziantep|Kayseri|Trabzon|Denizli|Samsun|Mersin|Konya|Çanakkale",
           "Atatürk Cad.|İnönü Sok.|Cumhuriyet Bulvarı|Gül Sok.|Bağdat Cad.|Menekşe Sok."),
    "HR": ("Ivana|Marija|Petra|Lucija|Ana|Mirjana", "Ivan|Marko|Tomislav|Luka|Domagoj|Krešimir",
           "Horvat|Kovačević|Babić|Marić|Jurić|Novak|Knežević|Vuković|Matić|Perić",
           "Split|Rijeka|Osijek|Zadar|Varaždin|Pula|Šibenik|Karlovac|Dubrovnik|Slavonski Brod",
           "Ilica|Vukovarska|Ulica kralja Zvonimira|Trg bana Jelačića|Savska cesta|Frankopanska"),
}
# Names from further afield, for the second and third person of a prompt (colleagues, tenants, patients...).
_WORLD = ("Chiamaka Eze|Oluwadamilare Adeyemi|Zhang Wei|Liu Yang|Trần Thị Mai|Nguyễn Minh Khoa|Park Ji-hoon|Kim Soo-yeon|"
          "Fatima Al-Zahra|Yusuf bin Rahman|Haruto Sato|Yui Tanaka|Dimitrios Papageorgiou|Eleni Karamanli|"
          "Oleksandr Petrovych Shevchenko|Sigríður Jónsdóttir|Kwame Mensah|Ama Owusu|Santiago Ramírez Ortega|"
          "Ahmad Karimi|Leilani Kahale|Mariam Tadesse|Rashid Mahmoud|Aigerim Nurlanovna")
_NICKS = "Bex|Kasia|Gosia|Pepe|Jojo|Lenny|Nico|Mads|Sanna|Chris|Tommy|Gabi|Lu|Bobby|Niki|Ana|Sami|Toni"

_LANG_COUNTRIES = {
    "en": ["US", "US", "US", "GB", "GB", "CA", "AU"], "en-IE": ["IE"], "en-IN": ["IN"], "en-ZA": ["ZA"],
    # English prompts bound to one country: SSN questions (US) and messages quoted from another language.
    "en-US": ["US"], "en-DE": ["DE"], "en-PL": ["PL"], "en-SE": ["SE"],
    "de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH"], "es": ["ES"], "it": ["IT"], "nl": ["NL", "NL", "BE"],
    "pt": ["PT"], "pt-BR": ["BR"], "pl": ["PL"], "sv": ["SE"], "no": ["NO"], "fi": ["FI"], "da": ["DK"], "cs": ["CZ"],
    "hu": ["HU"], "ro": ["RO"], "tr": ["TR"], "hr": ["HR"],
}
FRESH6_LANGUAGES = {lang: f"{lang.split('-')[0]}-{ccs[0]}" for lang, ccs in _LANG_COUNTRIES.items()}
_EXPAT = ["DE", "PL", "IN", "NL", "BR", "IT", "RO", "TR", "FR", "ES", "SE", "HR", "IE", "ZA"]


def locale_for(lang: str, rng: random.Random) -> str:
    """'<language>-<country>'. English prompts are sometimes about people living elsewhere (expats)."""
    if lang == "en" and rng.random() < 0.2:
        return "en-" + rng.choice(_EXPAT)
    return f"{lang.split('-')[0]}-{rng.choice(_LANG_COUNTRIES[lang])}"


def _ascii(s: str) -> str:
    s = s.translate(str.maketrans({"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d",
                                   "Đ": "D", "ı": "i", "'": "", "’": ""}))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


class Person:
    def __init__(self, rng: random.Random, cc: str | None, female: bool | None = None) -> None:
        self.female = rng.random() < 0.5 if female is None else female
        if cc is None:
            self.first, self.last = rng.choice(_WORLD.split("|")).split(" ", 1)
            self.cc = "GB"
        else:
            female, male, last = _C[cc][:3]
            self.first = rng.choice((female if self.female else male).split("|"))
            self.last = rng.choice(last.split("|"))
            self.cc = cc
            if cc in ("PL", "CZ"):  # feminine and masculine surname forms
                self.last = _gendered(self.last, self.female, cc)
        self.full = f"{self.first} {self.last}"
        self.birth = datetime.date(rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28))


def _gendered(last: str, female: bool, cc: str) -> str:
    if cc == "PL":
        if female and last.endswith("ski"):
            return last[:-1] + "a"
        if not female and last.endswith("ska"):
            return last[:-1] + "i"
    if cc == "CZ":
        if female and not last.endswith(("á", "ová")):
            return last[:-1] + "á" if last.endswith("ý") else last + "ová"
        if not female and last.endswith("ová"):
            return last[:-3]
        if not female and last.endswith("á"):
            return last[:-1] + "ý"
    return last


class Context:
    """One prompt: its locale, country, three people, a home town and a random source (the only one used)."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.cc = locale.split("-")
        self.p1 = Person(rng, self.cc)
        self.p2 = Person(rng, self.cc if rng.random() < 0.6 else None)
        self.p3 = Person(rng, rng.choice(list(_C)))
        self.town = rng.choice(_C[self.cc][3].split("|"))

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def chars(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))


# --------------------------------------------------------------------------------------------------------------
# Value generators
# --------------------------------------------------------------------------------------------------------------
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
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
}
_SPOKEN_DAYS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
                "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth twenty-first twenty-second twenty-third "
                "twenty-fourth twenty-fifth twenty-sixth twenty-seventh twenty-eighth").split()


def _nth(d: int) -> str:
    return f"{d}{'th' if 10 <= d <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _format_date(ctx: Context, d: datetime.date, with_year: bool) -> str:
    """A date as people in ctx's language write it; day and month always there, the year when with_year."""
    r, lang = ctx.rng, ctx.lang
    m = _MONTHS[lang].split()[d.month - 1]
    y, dd, mm = d.year, d.day, d.month
    if lang == "en":
        us = ctx.cc in ("US", "CA")
        opts = ([f"{m} {dd}, {y}", f"{mm}/{dd}/{y}", f"{m[:3]} {dd} {y}", f"{y}-{mm:02d}-{dd:02d}", f"{mm:02d}/{dd:02d}/{y % 100:02d}"]
                if us else [f"{dd} {m} {y}", f"{dd:02d}/{mm:02d}/{y}", f"{_nth(dd)} {m} {y}", f"{dd}-{m[:3]}-{y}", f"{y}-{mm:02d}-{dd:02d}"])
        short = [f"{m} {_nth(dd)}", f"{_nth(dd)} of {m}", f"{dd} {m[:3]}", f"{m[:3]} {dd}"]
    elif lang in ("de", "no", "da"):
        opts = [f"{dd}. {m} {y}", f"{dd:02d}.{mm:02d}.{y}", f"{dd}.{mm}.{y}", f"{y}-{mm:02d}-{dd:02d}"]
        short = [f"{dd}. {m}", f"{dd}.{mm}."]
    elif lang == "fi":
        opts = [f"{dd}. {m} {y}", f"{dd}.{mm}.{y}", f"{dd:02d}.{mm:02d}.{y}"]
        short = [f"{dd}. {m}", f"{dd}.{mm}."]
    elif lang == "cs":
        opts = [f"{dd}. {m} {y}", f"{dd}. {mm}. {y}", f"{dd:02d}.{mm:02d}.{y}"]
        short = [f"{dd}. {m}", f"{dd}. {mm}."]
    elif lang == "hr":
        opts = [f"{dd}. {m} {y}.", f"{dd:02d}.{mm:02d}.{y}.", f"{dd}.{mm}.{y}."]
        short = [f"{dd}. {m}"]
    elif lang == "hu":
        opts = [f"{y}. {m} {dd}.", f"{y}.{mm:02d}.{dd:02d}.", f"{y}. {mm:02d}. {dd:02d}."]
        short = [f"{m} {dd}."]
    elif lang in ("es", "pt"):
        first = "1º" if lang == "pt" and dd == 1 else str(dd)
        opts = [f"{first} de {m} de {y}", f"{dd:02d}/{mm:02d}/{y}", f"{dd}/{mm}/{y}"]
        short = [f"{first} de {m}", f"{dd}/{mm}"]
    elif lang == "sv":
        opts = [f"{dd} {m} {y}", f"{y}-{mm:02d}-{dd:02d}", f"{dd}/{mm} {y}"]
        short = [f"{dd} {m}", f"{dd}/{mm}"]
    elif lang == "nl":
        opts = [f"{dd} {m} {y}", f"{dd}-{mm}-{y}", f"{dd:02d}-{mm:02d}-{y}"]
        short = [f"{dd} {m}"]
    elif lang == "fr":
        first = "1er" if dd == 1 else str(dd)
        opts = [f"{first} {m} {y}", f"{dd:02d}/{mm:02d}/{y}"]
        short = [f"{first} {m}"]
    elif lang == "it":
        first = "1º" if dd == 1 else str(dd)
        opts = [f"{first} {m} {y}", f"{dd:02d}/{mm:02d}/{y}", f"{dd}/{mm}/{y}"]
        short = [f"{first} {m}"]
    else:  # pl, ro, tr
        opts = [f"{dd} {m} {y}", f"{dd:02d}.{mm:02d}.{y}"]
        short = [f"{dd} {m}"]
    return r.choice(opts) if with_year or r.random() < 0.5 else r.choice(short)


def _numeric_date(ctx: Context, d: datetime.date) -> str:
    """As a phone's chat export prints it: month first in North America."""
    return f"{d.month}/{d.day}/{d.year % 100:02d}" if ctx.cc in ("US", "CA") else f"{d.day:02d}/{d.month:02d}/{d.year}"


def _event_day(ctx: Context) -> datetime.date:
    return datetime.date(ctx.rng.randint(2024, 2027), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


def _spoken_date(ctx: Context, d: datetime.date, birth: bool) -> str:
    m = _MONTHS["en"].split()[d.month - 1].lower()
    day = _SPOKEN_DAYS[d.day - 1]
    if not birth:
        return ctx.rng.choice([f"{m} {day}", f"the {day} of {m}"])
    yy = d.year % 100
    year = f"nineteen {_TENS.get(yy) or _tens_words(yy)}" if d.year < 2000 else f"two thousand {_ONES[d.year - 2000] or ''}".strip()
    return ctx.rng.choice([f"{m} {day} {year}", f"the {day} of {m} {year}"])


_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = {0: "hundred"}


def _tens_words(n: int) -> str:
    if n < 10:
        return f"oh {_ONES[n]}"
    if n < 20:
        return _ONES[n]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"][n // 10]
    return tens + (f" {_ONES[n % 10]}" if n % 10 else "")


def _phone(ctx: Context, cc: str, intl: bool | None = None) -> str:
    r = ctx.rng
    ptype = r.choice([phonenumbers.PhoneNumberType.MOBILE] * 3 + [phonenumbers.PhoneNumberType.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(cc, ptype)
    nsn = ("0" if ex.italian_leading_zero else "") + str(ex.national_number)  # Italian landlines keep their 0
    for _ in range(200):
        if cc in ("US", "CA"):
            area = r.choice(["937", "406", "828", "918", "559", "715", "719", "423", "207", "509"] if cc == "US"
                            else ["506", "250", "819", "403", "705", "204", "519", "613"])
            cand = area + str(r.randint(2, 9)) + ctx.digits(2) + ctx.digits(4)
            if cand[3:6] == "555":
                continue
        else:
            keep = max(2, len(nsn) - 6)
            cand = nsn[:keep] + ctx.digits(len(nsn) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == cc:
            break
    else:
        raise RuntimeError(f"no valid {cc} number drawn")  # never reached: a valid number turns up within a few draws
    intl = r.random() < 0.45 if intl is None else intl
    if intl:
        s = phonenumbers.format_number(num, r.choice([phonenumbers.PhoneNumberFormat.INTERNATIONAL] * 3 + [phonenumbers.PhoneNumberFormat.E164]))
        if r.random() < 0.15:
            s = "00" + s[1:]
    else:
        s = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    if r.random() < 0.2 and "(" not in s:
        s = s.replace(" ", r.choice(["-", ".", " "]))
    return s


def _luhn_card(ctx: Context) -> str:
    r = ctx.rng
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex", "discover", "jcb"])
    prefix, length = {"visa": ("4", 16), "mc": (str(r.randint(51, 55)), 16), "mc2": (str(r.randint(2221, 2720)), 16),
                      "amex": (r.choice(["34", "37"]), 15), "discover": ("6011", 16), "jcb": (str(r.randint(3528, 3589)), 16)}[kind]
    while True:
        body = prefix + ctx.digits(length - len(prefix) - 1)
        num = body + luhn.calc_check_digit(body)
        if len(set(num[1:-1])) > 3:  # never a repeated-digit test pattern
            break
    sep = r.choice([" ", " ", "-", ""])
    if length == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


# BBAN shapes (n digits, a upper letters, c alphanumerics) and a few real bank prefixes for realism.
_BBAN = {"DE": "18n", "AT": "16n", "CH": "5n12c", "FR": "10n11c2n", "BE": "12n", "ES": "20n", "IT": "1a10n12c",
         "NL": "4a10n", "PT": "21n", "PL": "24n", "SE": "20n", "NO": "11n", "FI": "14n", "DK": "14n", "CZ": "20n",
         "HU": "24n", "RO": "4a16c", "TR": "5n1n16c", "HR": "17n", "IE": "4a14n", "GB": "4a14n", "BR": "23n1a1c"}
_BANKS = {"NL": "ABNA|RABO|INGB|TRIO|SNSB|ASNB", "GB": "NWBK|BARC|LOYD|HBUK|MIDL|MONZ", "IE": "AIBK|BOFI|IPBS",
          "RO": "BTRL|RNCB|INGB|BRDE"}


def _iban(ctx: Context, cc: str | None = None) -> str:
    r = ctx.rng
    cc = cc or (ctx.cc if ctx.cc in _BBAN else r.choice(["GB", "IE", "DE", "NL", "FR"]))
    for _ in range(3000):
        bban = ""
        spec, i = _BBAN[cc], 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            n, t = int(spec[i:j]), spec[j]
            alpha = {"n": string.digits, "a": string.ascii_uppercase, "c": string.digits + string.ascii_uppercase}[t]
            bban += "".join(r.choice(alpha) for _ in range(n))
            i = j + 1
        if cc in _BANKS:
            bban = r.choice(_BANKS[cc].split("|")) + bban[4:]
        if cc == "BE":
            bban = bban[:10] + f"{(int(bban[:10]) % 97) or 97:02d}"
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + cc + "00")) % 97
        iban = f"{cc}{check:02d}{bban}"
        if _iban_mod.is_valid(iban):
            break
    return iban if r.random() < 0.3 else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def _draw(ctx: Context, make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    for _ in range(2000):
        s = make()
        if valid(s):
            return s
    raise RuntimeError("no valid id drawn")  # never reached in practice: every maker hits often enough


def _cf_part(name: str, first: bool) -> str:
    s = _ascii(name).upper().replace(" ", "")
    cons = [c for c in s if c.isalpha() and c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vow) + "XXX")[:3]


def _national_id(ctx: Context, p: Person) -> str:
    """The person's national number as written in their country, valid by its checksum (passport when none)."""
    r, b, cc = ctx.rng, p.birth, p.cc
    d = ctx.digits
    yymmdd = f"{b.year % 100:02d}{b.month:02d}{b.day:02d}"
    if cc == "US":
        return _passport(ctx, cc)
    if cc == "GB":
        first, second = r.choice("ABCEGHJKLMNPRSTWXYZ"), r.choice("ABCEGHJKLMNPRSTWXYZ")
        if first + second in ("GB", "NK", "TN", "ZZ", "BG", "KN", "NT"):
            first = "J"
        return f"{first}{second} {d(2)} {d(2)} {d(2)} {r.choice('ABCD')}"
    if cc == "IE":
        return _draw(ctx, lambda: d(7) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW") + r.choice(["", "", "A"]), ie_pps.is_valid)
    if cc == "IN":
        s = _draw(ctx, lambda: str(r.randint(2, 9)) + d(11), in_aadhaar.is_valid)
        return f"{s[:4]} {s[4:8]} {s[8:]}"
    if cc == "ZA":
        return _draw(ctx, lambda: yymmdd + str(r.randint(0, 4) if p.female else r.randint(5, 9)) + d(3) + "08" + d(1), za_idnr.is_valid)
    if cc == "CA":
        s = _draw(ctx, lambda: str(r.randint(1, 7)) + d(8), ca_sin.is_valid)
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if cc == "AU":
        s = _draw(ctx, lambda: d(9), au_tfn.is_valid)
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if cc == "DE":
        s = _draw(ctx, lambda: str(r.randint(1, 9)) + d(10), de_idnr.is_valid)
        return r.choice([s, f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"])
    if cc == "AT":
        s = _draw(ctx, lambda: str(r.randint(1, 9)) + d(3) + f"{b.day:02d}{b.month:02d}{b.year % 100:02d}", at_vnr.is_valid)
        return f"{s[:4]} {s[4:]}"
    if cc == "CH":
        s = _draw(ctx, lambda: "756" + d(10), ch_ssn.is_valid)
        return f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}"
    if cc == "FR":
        def nir() -> str:
            body = ("2" if p.female else "1") + f"{b.year % 100:02d}{b.month:02d}" + f"{r.randint(1, 95):02d}" + d(3) + d(3)
            return body + fr_nir.calc_check_digits(body)
        s = _draw(ctx, nir, fr_nir.is_valid)
        return r.choice([s, f"{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}"])
    if cc == "BE":
        def nn() -> str:
            body = yymmdd + d(3)
            base = int(("2" if b.year >= 2000 else "") + body)
            return body + f"{97 - base % 97:02d}"
        s = _draw(ctx, nn, be_nn.is_valid)
        return r.choice([s, f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"])
    if cc == "ES":
        if r.random() < 0.3:
            body = r.choice("XYZ") + d(7)
            return body + es_nie.calc_check_digit(body)
        body = d(8)
        return body + r.choice(["", "-"]) + es_dni.calc_check_digit(body)
    if cc == "IT":
        body = (_cf_part(p.last, False) + _cf_part(p.first, True) + f"{b.year % 100:02d}" + "ABCDEHLMPRST"[b.month - 1]
                + f"{b.day + (40 if p.female else 0):02d}" + r.choice(["H501", "F205", "A944", "L219", "G273", "F839", "D612", "A794"]))
        return body + it_cf.calc_check_digit(body)
    if cc == "NL":
        s = _draw(ctx, lambda: str(r.randint(1, 6)) + d(8), nl_bsn.is_valid)
        return r.choice([s, f"{s[:4]}.{s[4:6]}.{s[6:]}"])
    if cc == "PT":
        body = r.choice("12") + d(7)
        return body + pt_nif.calc_check_digit(body)
    if cc == "BR":
        s = _draw(ctx, lambda: d(11), br_cpf.is_valid)
        return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"
    if cc == "PL":
        month = b.month + (20 if b.year >= 2000 else 0)
        body = f"{b.year % 100:02d}{month:02d}{b.day:02d}" + d(3) + str(r.choice("02468" if p.female else "13579"))
        return body + pl_pesel.calc_check_digit(body)
    if cc == "SE":
        s = _draw(ctx, lambda: yymmdd + "-" + d(4), se_pnr.is_valid)
        return r.choice([s, f"{b.year // 100}{s}", f"{b.year // 100}{s}".replace("-", "")])
    if cc == "NO":
        def fnr() -> str:
            body = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}" + (str(r.randint(0, 4)) if b.year < 2000 else str(r.randint(5, 9))) + d(2)
            c1 = no_fnr.calc_check_digit1(body)
            return body + c1 + no_fnr.calc_check_digit2(body + c1)
        s = _draw(ctx, fnr, no_fnr.is_valid)
        return r.choice([s, f"{s[:6]} {s[6:]}"])
    if cc == "FI":
        def hetu() -> str:
            body = f"{b.day:02d}{b.month:02d}{b.year % 100:02d}"
            serial = f"{r.randint(2, 899):03d}"
            return body + ("-" if b.year < 2000 else "A") + serial + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body + serial) % 31]
        return _draw(ctx, hetu, fi_hetu.is_valid)
    if cc == "DK":
        s = _draw(ctx, lambda: f"{b.day:02d}{b.month:02d}{b.year % 100:02d}" + str(r.choice([0, 1, 2, 3]) if b.year < 2000 else r.choice([4, 9])) + d(3), dk_cpr.is_valid)
        return f"{s[:6]}-{s[6:]}"
    if cc == "CZ":
        tail = 3 if b.year < 1954 else 4  # before 1954 the number had nine digits and no check
        s = _draw(ctx, lambda: f"{b.year % 100:02d}{b.month + (50 if p.female else 0):02d}{b.day:02d}" + d(tail), cz_rc.is_valid)
        return f"{s[:6]}/{s[6:]}"
    if cc == "HU":
        return _hu_tax_id(ctx, p)
    if cc == "RO":
        def cnp() -> str:
            body = ("2" if p.female else "1") if b.year < 2000 else ("6" if p.female else "5")
            body += yymmdd + f"{r.randint(1, 46):02d}" + d(3)
            return body + ro_cnp.calc_check_digit(body)
        return _draw(ctx, cnp, ro_cnp.is_valid)
    if cc == "TR":
        body = str(r.randint(1, 9)) + d(8)
        return body + tr_tck.calc_check_digits(body)
    if cc == "HR":
        return _draw(ctx, lambda: d(11), hr_oib.is_valid)
    return _passport(ctx, cc)


def hu_tax_id_valid(s: str) -> bool:
    """Hungarian adóazonosító jel: 8, days since 1867-01-01 (5 digits), 3 digits, check = sum(d_i * i) mod 11."""
    return len(s) == 10 and s.isdigit() and s[0] == "8" and sum(int(c) * (i + 1) for i, c in enumerate(s[:9])) % 11 == int(s[9])


def _hu_tax_id(ctx: Context, p: Person) -> str:
    days = (p.birth - datetime.date(1867, 1, 1)).days
    return _draw(ctx, lambda: (lambda body: body + str(sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11))(
        f"8{days:05d}{ctx.digits(3)}"), hu_tax_id_valid)


def _passport(ctx: Context, cc: str) -> str:
    r, d = ctx.rng, ctx.digits
    if cc in ("US", "GB", "AU", "CA"):
        return (r.choice("56") + d(8)) if cc != "CA" else (ctx.chars(2, string.ascii_uppercase) + d(6))
    if cc == "DE":
        return ctx.chars(1, "CFGHJK") + ctx.chars(8, "0123456789CFGHJKLMNPRTVWXYZ")
    if cc in ("FR",):
        return d(2) + ctx.chars(2, string.ascii_uppercase) + d(5)
    if cc == "IN":
        return ctx.chars(1, "JKLMNPRSTUVWZ") + d(7)
    return ctx.chars(2, string.ascii_uppercase) + d(7)


def _ssn(ctx: Context) -> str:
    s = _draw(ctx, lambda: f"{ctx.rng.randint(1, 899):03d}{ctx.rng.randint(1, 99):02d}{ctx.rng.randint(1, 9999):04d}", us_ssn.is_valid)
    return ctx.rng.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}"] * 3 + [f"{s[:3]} {s[3:5]} {s[5:]}", s])


_DOMAINS = {"US": "gmail.com|yahoo.com|outlook.com|icloud.com|aol.com", "GB": "gmail.com|btinternet.com|hotmail.co.uk|outlook.com",
            "IE": "eircom.net|gmail.com|hotmail.com", "IN": "gmail.com|rediffmail.com|yahoo.co.in", "ZA": "mweb.co.za|gmail.com|telkomsa.net",
            "CA": "shaw.ca|gmail.com|videotron.ca", "AU": "bigpond.com|gmail.com|optusnet.com.au", "DE": "gmx.de|web.de|t-online.de|posteo.de",
            "AT": "gmx.at|aon.at|chello.at", "CH": "bluewin.ch|gmx.ch|sunrise.ch", "FR": "orange.fr|free.fr|laposte.net|sfr.fr",
            "BE": "telenet.be|skynet.be|proximus.be", "ES": "telefonica.net|gmail.com|hotmail.es", "IT": "libero.it|virgilio.it|tiscali.it",
            "NL": "ziggo.nl|kpnmail.nl|xs4all.nl|hotmail.nl", "PT": "sapo.pt|gmail.com|clix.pt", "BR": "uol.com.br|bol.com.br|gmail.com|terra.com.br",
            "PL": "wp.pl|onet.pl|o2.pl|interia.pl", "SE": "telia.com|bredband.net|gmail.com", "NO": "online.no|gmail.com|hotmail.no",
            "FI": "luukku.com|gmail.com|elisanet.fi", "DK": "jubii.dk|mail.dk|gmail.com", "CZ": "seznam.cz|centrum.cz|email.cz",
            "HU": "freemail.hu|citromail.hu|gmail.com", "RO": "yahoo.ro|gmail.com", "TR": "hotmail.com.tr|gmail.com|yandex.com.tr",
            "HR": "t-com.hr|gmail.com|net.hr"}


def _local_part(ctx: Context, p: Person) -> str:
    r = ctx.rng
    f, last = _ascii(p.first).lower().replace(" ", ""), _ascii(p.last).lower().replace(" ", "")
    return r.choice([f"{f}.{last}", f"{f}{last}", f"{f[0]}.{last}", f"{f}_{last}{p.birth.year % 100:02d}", f"{last}.{f}",
                     f"{f}{r.randint(1, 99)}", f"{f[0]}{last}", f"{f}.{last}+{r.choice(['school', 'club', 'bills', 'shop'])}"])


def _email(ctx: Context, p: Person) -> str:
    return f"{_local_part(ctx, p)}@{ctx.rng.choice(_DOMAINS[p.cc].split('|'))}"


def _work_domain(ctx: Context) -> str:
    stem = ctx.rng.choice(["hollisgrant", "brightwater-physio", "kanzlei-oswald", "nordlicht-logistik", "clinique-duparc",
                           "studio-vela", "mosaic-hr", "riverbend-vets", "oakridge-academy", "fjordtech", "zielonyogrod"])
    return f"{stem}.{ctx.rng.choice(['com', 'co.uk', 'de', 'nl', 'eu', 'io', 'pl', 'fr'])}"


_ORG_PARTS = {
    "en": ("Hollis & Grant|Brightwater|Oakridge|Riverbend|Kestrel|Millbrook|Harbourside|Greystone|Tamarind|Fernhill",
           "Physiotherapy|Primary School|Family Practice|Veterinary Clinic|Credit Union|Logistics Ltd|Accountants|Rowing Club|Dental Care|Property Management"),
    "de": ("Nordlicht|Am Rosenhof|Lindenhof|Kanzlei Oßwald|Sonnenberg|Auental|Kastanienhof|Elbufer",
           "Logistik GmbH|Gemeinschaftspraxis|Grundschule|Tierarztpraxis|Raiffeisenbank|Hausverwaltung|Turnverein 1908|Steuerberatung"),
    "fr": ("du Parc|des Tilleuls|Beaulieu|Saint-Exupéry|Les Glycines|Val d'Oise Conseil", "Clinique|École|Cabinet|Crédit Mutuel|Association sportive|Syndic"),
    "es": ("Los Olivos|Santa Bárbara|Mediterráneo|El Pinar|Sierra Norte", "Clínica|Colegio|Gestoría|Club Deportivo|Asesoría"),
    "it": ("San Giorgio|Le Querce|Adriatica|Villa Serena|Monte Bianco", "Studio Medico|Istituto Comprensivo|Cooperativa|Polisportiva|Banca di Credito Cooperativo"),
    "nl": ("De Linde|Zonnehof|Het Anker|Waterland|De Vlinder", "Huisartsenpraktijk|Basisschool|Tandartspraktijk|Hockeyclub|Vastgoedbeheer"),
    "pt": ("Boa Vista|São Bento|Atlântico|Girassol|Vale Verde", "Clínica|Escola|Contabilidade|Clube Desportivo|Condomínio"),
    "pl": ("Zielony Ogród|Pod Lipami|Bursztyn|Słoneczko|Wisła", "Przychodnia|Szkoła Podstawowa nr 12|Biuro Rachunkowe|Klub Sportowy|Spółdzielnia Mieszkaniowa"),
    "sv": ("Björkhagen|Solrosen|Fyrtornet|Granbacken", "Vårdcentral|Skola|Redovisning AB|IF|Bostadsrättsförening"),
    "no": ("Fjordtech|Bjørkely|Solsiden|Lyngheim", "Legesenter|Barnehage|Regnskap AS|IL|Borettslag"),
    "fi": ("Koivula|Järvenpään|Aurinko|Kotikulma", "Lääkäriasema|Koulu|Tilitoimisto Oy|Urheiluseura|Asunto Oy"),
    "da": ("Bøgely|Solsikken|Havnefronten|Egebakken", "Lægehus|Skole|Revision ApS|Boldklub|Andelsboligforening"),
    "cs": ("U Lípy|Sluníčko|Vltava|Na Výsluní", "Poliklinika|Základní škola|Účetní kancelář s.r.o.|Sokol|Společenství vlastníků"),
    "hu": ("Napsugár|Tisza|Hársfa|Kékmadár", "Rendelő|Általános Iskola|Könyvelő Kft.|Sportegyesület|Társasház"),
    "ro": ("Carpați|Floarea Soarelui|Dunărea|Teiul", "Clinica|Școala Gimnazială|Contabilitate SRL|Clubul Sportiv|Asociația de Proprietari"),
    "tr": ("Güneş|Lale|Boğaziçi|Yıldız", "Tıp Merkezi|İlkokulu|Muhasebe Ltd. Şti.|Spor Kulübü|Site Yönetimi"),
    "hr": ("Jadran|Lipa|Sunčica|Maslina", "Poliklinika|Osnovna škola|Računovodstvo d.o.o.|Sportski klub|Upravitelj zgrade"),
}


def _org(ctx: Context) -> str:
    names, kinds = _ORG_PARTS.get(ctx.lang, _ORG_PARTS["en"])
    n, k = ctx.rng.choice(names.split("|")), ctx.rng.choice(kinds.split("|"))
    if ctx.lang in ("en", "hu", "tr", "sv", "no", "fi", "da") or k.endswith(("GmbH", "AB", "AS", "Oy", "ApS", "s.r.o.", "SRL", "d.o.o.", "Kft.", "Şti.")):
        return f"{n} {k}"
    return f"{k} {n}"


_EN_ORG_KINDS = {"clinic": "Family Practice|Physiotherapy|Dental Care|Medical Centre|Veterinary Clinic",
                 "school": "Primary School|Academy|Community College|Montessori School",
                 "club": "Rowing Club|Athletic Club|Youth FC|Netball Club", "work": "Logistics Ltd|Accountants|Property Management|Credit Union|Solicitors",
                 "uni": "Institute of Technology|Research Institute|University College"}


def _org_of(ctx: Context, kind: str) -> str:
    """An English-named organisation of a given kind (a clinic where the prompt is about a clinic); else any kind."""
    if ctx.lang != "en":
        return _org(ctx)
    return f"{ctx.rng.choice(_ORG_PARTS['en'][0].split('|'))} {ctx.rng.choice(_EN_ORG_KINDS[kind].split('|'))}"


def _tick(ctx: Context, seconds: bool) -> str:
    """Timestamps of one log or chat: they move forward."""
    ctx.clock = getattr(ctx, "clock", ctx.rng.randint(7 * 3600, 20 * 3600)) + ctx.rng.randint(4, 240)
    h, m, sec = ctx.clock // 3600 % 24, ctx.clock // 60 % 60, ctx.clock % 60
    return f"{h:02d}:{m:02d}:{sec:02d}" if seconds else f"{h:02d}:{m:02d}"


def _postcode(ctx: Context, cc: str) -> str:
    r, d = ctx.rng, ctx.digits
    u = string.ascii_uppercase
    return {
        "US": lambda: d(5), "GB": lambda: f"{r.choice(['LS', 'SK', 'NN', 'HG', 'NR', 'TR', 'GL'])}{r.randint(1, 19)} {r.randint(1, 9)}{ctx.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}",
        "IE": lambda: f"{r.choice(['P31', 'H54', 'N91', 'P81', 'F92', 'V95'])} {ctx.chars(1, 'ACDEFHKNPRTVWXY')}{d(1)}{ctx.chars(2, 'ACDEFHKNPRTVWXY')}",
        "IN": lambda: str(r.randint(11, 85)) + d(4), "ZA": lambda: d(4), "CA": lambda: f"{r.choice('ABEGHJKLMNPRSTVXY')}{d(1)}{r.choice(u)} {d(1)}{r.choice(u)}{d(1)}",
        "AU": lambda: str(r.randint(2, 7)) + d(3), "DE": lambda: f"{r.randint(1, 99):02d}" + d(3), "AT": lambda: str(r.randint(1, 9)) + d(3),
        "CH": lambda: str(r.randint(1, 9)) + d(3), "FR": lambda: f"{r.randint(1, 95):02d}" + r.choice(["000", "100", "200", "300", "400"]),
        "BE": lambda: str(r.randint(1, 9)) + d(3), "ES": lambda: f"{r.randint(1, 52):02d}" + d(3), "IT": lambda: f"{r.randint(10, 98):02d}" + d(3),
        "NL": lambda: f"{r.randint(10, 99)}{d(2)} {ctx.chars(2, 'ABCDEGHJKLMNPRSTVWXZ')}", "PT": lambda: f"{r.randint(1000, 9999)}-{d(3)}",
        "BR": lambda: f"{d(5)}-{d(3)}", "PL": lambda: f"{d(2)}-{d(3)}", "SE": lambda: f"{r.randint(100, 989)} {d(2)}",
        "NO": lambda: d(4), "FI": lambda: d(3) + "00", "DK": lambda: str(r.randint(1, 9)) + d(3), "CZ": lambda: f"{r.randint(100, 799)} {d(2)}",
        "HU": lambda: str(r.randint(1, 9)) + d(3), "RO": lambda: d(6), "TR": lambda: f"{r.randint(1, 81):02d}" + d(3), "HR": lambda: str(r.randint(1, 5)) + "0" + d(3),
    }[cc]()


def _address(ctx: Context, cc: str | None = None, town: str | None = None) -> str:
    """A street address laid out as the country writes it (flats, floors, PO boxes, rural routes included)."""
    r = ctx.rng
    cc = cc or ctx.cc
    town = town or ctx.town
    street = r.choice(_C[cc][4].split("|"))
    n = str(r.choice([r.randint(1, 60), r.randint(1, 250), r.randint(100, 9999) if cc in ("US", "CA", "AU") else r.randint(1, 40)]))
    pc = _postcode(ctx, cc)
    if cc == "US":
        towns = _C["US"][3].split("|")  # the states follow the towns' order
        st = ["OH", "MT", "NC", "OK", "CA", "WI", "CO", "TN", "ME", "WA"][towns.index(town)] if town in towns else r.choice(["OH", "NC", "WA"])
        return r.choice([f"{n} {street}, Apt {r.randint(1, 40)}{r.choice('ABCD')}, {town}, {st} {pc}", f"{n} {street}, {town}, {st} {pc}",
                         f"PO Box {r.randint(100, 9999)}, {town}, {st} {pc}", f"{r.randint(1000, 99999)} {street}, Unit {r.randint(1, 300)}, {town} {st} {pc}-{ctx.digits(4)}"])
    if cc == "GB":
        return r.choice([f"Flat {r.randint(1, 30)}, {n} {street}, {town} {pc}", f"{n} {street}, {town}, {pc}",
                         f"{r.choice(['Rose Cottage', 'The Old Forge', 'Hillside Farm'])}, {street}, {town} {pc}"])
    if cc == "IE":
        return r.choice([f"Apt {r.randint(1, 40)}, {n} {street}, {town}, Co. {r.choice(['Cork', 'Galway', 'Westmeath', 'Clare', 'Donegal'])}, {pc}",
                         f"{n} {street}, {town}, {pc}", f"{r.choice(['Knockmore', 'Carrowbeg', 'Drumlish'])}, {town}, Co. {r.choice(['Mayo', 'Kerry', 'Leitrim'])} {pc}"])
    if cc == "IN":
        return r.choice([f"Flat {r.randint(1, 12)}0{r.randint(1, 9)}, {r.choice(['Sai Residency', 'Green Meadows', 'Lakshmi Towers'])}, {street}, {town} {pc}",
                         f"No. {n}, {street}, {town} - {pc}", f"H.No. {r.randint(1, 20)}-{r.randint(1, 300)}, {street}, {town}, {pc}"])
    if cc == "ZA":
        return r.choice([f"{n} {street}, {town}, {pc}", f"Unit {r.randint(1, 90)}, {r.choice(['Sunbird Estate', 'Oak Lane Village'])}, {n} {street}, {town}, {pc}",
                         f"PO Box {r.randint(100, 9999)}, {town}, {pc}"])
    if cc == "CA":
        return r.choice([f"Unit {r.randint(100, 2400)}, {n} {street}, {town}, {r.choice(['ON', 'BC', 'QC', 'AB', 'NB'])} {pc}",
                         f"{n} {street}, {town} {r.choice(['ON', 'BC', 'QC', 'AB', 'NB'])}  {pc}"])
    if cc == "AU":
        return r.choice([f"Unit {r.randint(1, 30)}/{r.randint(1, 200)} {street}, {town} {r.choice(['NSW', 'VIC', 'QLD', 'TAS', 'WA'])} {pc}",
                         f"{n} {street}, {town} {r.choice(['NSW', 'VIC', 'QLD'])} {pc}", f"RMB {r.randint(100, 9999)}, {town} {r.choice(['NSW', 'VIC'])} {pc}"])
    if cc in ("DE", "CH", "AT"):
        nr = n + r.choice(["", "", "a", "b"])
        extra = r.choice(["", "", f", {r.randint(1, 5)}. OG", ", Hinterhaus"])
        if cc == "AT":
            nr = f"{n}/{r.randint(1, 9)}/{r.randint(1, 20)}" if r.random() < 0.5 else nr
        return r.choice([f"{street} {nr}{extra}, {pc} {town}", f"{street} {nr}\n{pc} {town}", f"Postfach {r.randint(10, 9999)}, {pc} {town}"])
    if cc == "FR" or (cc == "BE" and ctx.lang == "fr"):  # Walloon addresses follow the French layout
        return r.choice([f"{n}{r.choice(['', '', ' bis', ' ter'])} {street}, {pc} {town}", f"{n} {street}, Bât. {r.choice('ABC')}, {r.randint(1, 8)}e étage, {pc} {town}",
                         f"{n} {street}\n{pc} {town}", f"BP {r.randint(10, 999)}, {pc} {town}"])
    if cc == "BE":
        return r.choice([f"{street} {n} bus {r.randint(1, 30)}, {pc} {town}", f"{street} {n}, {pc} {town}"])
    if cc == "ES":
        return r.choice([f"{street} {n}, {r.randint(1, 9)}º {r.randint(1, 4)}ª, {pc} {town}", f"{street}, {n}, {r.randint(1, 9)}º {r.choice('ABCD')}, {pc} {town}",
                         f"Apartado de Correos {r.randint(10, 999)}, {pc} {town}"])
    if cc == "IT":
        return r.choice([f"{street} {n}, int. {r.randint(1, 20)}, {pc} {town}", f"{street}, {n} - {pc} {town} ({r.choice(['BG', 'LE', 'TN', 'PG', 'MO'])})",
                         f"{street} {n}/{r.choice('ABC')}, {pc} {town}"])
    if cc == "NL":
        return r.choice([f"{street} {n}-{r.choice(['I', 'II', 'III', 'huis', 'bis'])}, {pc} {town}", f"{street} {n}{r.choice(['', 'a', ' B'])}\n{pc} {town}",
                         f"Postbus {r.randint(10, 9999)}, {pc} {town}"])
    if cc == "PT":
        return r.choice([f"{street}, {n}, {r.randint(1, 8)}.º {r.choice(['Esq.', 'Dto.', 'Frt.'])}, {pc} {town}", f"{street} {n} {r.randint(1, 5)}º, {pc} {town}"])
    if cc == "BR":
        return r.choice([f"{street}, {n}, apto {r.randint(1, 20)}{r.randint(1, 4)}, {r.choice(['Jardim Paulista', 'Centro', 'Vila Nova', 'Boa Viagem'])}, {town} - {r.choice(['SP', 'PR', 'MG', 'RN', 'SC', 'BA'])}, {pc}",
                         f"{street}, {n} - {r.choice(['Centro', 'Bela Vista'])}, {town}/{r.choice(['SP', 'MG', 'RS'])}, CEP {pc}"])
    if cc == "PL":
        return r.choice([f"{street} {n}/{r.randint(1, 80)}, {pc} {town}", f"{street} {n} m. {r.randint(1, 80)}\n{pc} {town}",
                         f"{r.choice(['Zalesie', 'Dąbrówka', 'Wola Mała'])} {r.randint(1, 120)}, {pc} {town}"])
    if cc == "SE":
        return r.choice([f"{street} {n} lgh {r.randint(1001, 1404)}, {pc} {town}", f"{street} {n}{r.choice(['', 'A', 'B'])}, {pc} {town}", f"Box {r.randint(10, 9999)}, {pc} {town}"])
    if cc == "NO":
        return r.choice([f"{street} {n} {r.choice(['', 'A', 'B'])}, H0{r.randint(1, 4)}0{r.randint(1, 4)}, {pc} {town}".replace("  ", " "), f"{street} {n}, {pc} {town}",
                         f"Postboks {r.randint(10, 999)}, {pc} {town}"])
    if cc == "FI":
        return r.choice([f"{street} {n} {r.choice('ABC')} {r.randint(1, 40)}, {pc} {town}", f"{street} {n}, {pc} {town}", f"PL {r.randint(10, 999)}, {pc} {town}"])
    if cc == "DK":
        return r.choice([f"{street} {n}, {r.randint(1, 5)}. {r.choice(['tv.', 'th.', 'mf.'])}, {pc} {town}", f"{street} {n}, {pc} {town}"])
    if cc == "CZ":
        return r.choice([f"{street} {r.randint(100, 2999)}/{n}, {pc} {town}", f"{street} {n}, {pc} {town}"])
    if cc == "HU":
        return r.choice([f"{pc} {town}, {street} {n}. {r.choice(['I', 'II', 'III', 'IV'])}/{r.randint(1, 12)}.", f"{town}, {street} {n}., {pc}"])
    if cc == "RO":
        return r.choice([f"{street} nr. {n}, bl. {r.choice(['A', 'B', 'C'])}{r.randint(1, 9)}, sc. {r.randint(1, 3)}, ap. {r.randint(1, 60)}, {town} {pc}",
                         f"{street} nr. {n}, {town}, jud. {r.choice(['Cluj', 'Iași', 'Timiș', 'Brașov', 'Sibiu'])}, {pc}"])
    if cc == "TR":
        return r.choice([f"{r.choice(['Yenimahalle', 'Kültür', 'Bahçelievler'])} Mah. {street} No: {n} Daire: {r.randint(1, 20)}, {pc} {town}",
                         f"{street} No:{n}/{r.randint(1, 12)} {r.choice(['Merkez', 'Tepebaşı', 'Osmangazi'])}/{town}"])
    if cc == "HR":
        return r.choice([f"{street} {n}, {pc} {town}", f"{street} {n}{r.choice(['a', 'b', ''])}, {r.randint(1, 6)}. kat, {pc} {town}"])
    return f"{street} {n}, {pc} {town}"


def _ip(ctx: Context, v6: bool | None = None) -> str:
    r = ctx.rng
    if v6 if v6 is not None else r.random() < 0.25:
        head = r.choice(["2a02:8108", "2a01:cb00", "2003:e5", "2600:1700", "2a00:23c5", "2804:14c", "2001:4860"])  # ISP prefixes
        tail = [f"{r.randint(0, 0xffff):x}" for _ in range(6)]  # eight groups in all, or fewer around a "::"
        return head + ":" + ":".join(tail) if r.random() < 0.6 else head + "::" + ":".join(tail[:r.choice([2, 3, 4])])
    while True:
        a = r.choice([r.randint(1, 223), 10, 192, 172, 81, 88, 95, 176, 213, 84])
        ip = f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if a == 192:
            ip = f"192.168.{r.randint(0, 5)}.{r.randint(2, 254)}"
        if a == 172:
            ip = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if a not in (127, 0, 100, 198, 203) and not ip.startswith(("192.0.2.", "169.254.")):
            return ip


def _personal_url(ctx: Context, p: Person) -> str:
    r = ctx.rng
    f, last = _ascii(p.first).lower().replace(" ", "-"), _ascii(p.last).lower().replace(" ", "-")
    return r.choice([
        f"https://www.linkedin.com/in/{f}-{last}-{ctx.chars(8, '0123456789abcdef')}/",
        f"https://www.facebook.com/{f}.{last}.{ctx.digits(3)}",
        f"https://instagram.com/{f}_{last[:4]}{ctx.digits(2)}",
        f"https://github.com/{f[0]}{last}",
        f"https://calendly.com/{f}-{last}/30min",
        f"https://{f}{last}.{r.choice(['com', 'net', 'de', 'nl', 'pl', 'dev'])}",
        f"https://drive.google.com/file/d/1{ctx.chars(32, string.ascii_letters + string.digits + '-_')}/view?usp=sharing",
        f"https://www.dropbox.com/scl/fi/{ctx.chars(21, string.ascii_lowercase + string.digits)}/CV_{_ascii(p.last).replace(' ', '_')}.pdf?rlkey={ctx.chars(25, string.ascii_lowercase + string.digits)}&dl=0",
        f"https://portal.{_work_domain(ctx)}/account/verify?email={_local_part(ctx, p)}%40{r.choice(_DOMAINS[p.cc].split('|'))}&token={ctx.chars(16)}",
        f"https://wa.me/{_phone(ctx, p.cc, intl=True).replace(' ', '').replace('-', '').replace('.', '').lstrip('+').lstrip('0')}",
        f"https://www.strava.com/athletes/{ctx.digits(8)}",
        f"https://orcid.org/0000-000{r.randint(1, 3)}-{ctx.digits(4)}-{ctx.digits(3)}{r.choice(string.digits + 'X')}",
    ])


def _b64u(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def _jwt(ctx: Context) -> str:
    r = ctx.rng
    head = _b64u(json.dumps({"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    body = _b64u(json.dumps({"sub": ctx.chars(24, "0123456789abcdef"), "iat": r.randint(1_700_000_000, 1_760_000_000),
                             "exp": r.randint(1_760_000_000, 1_800_000_000), "scope": r.choice(["read", "read write", "admin"])},
                            separators=(",", ":")).encode())
    return f"{head}.{body}.{_b64u(r.randbytes(32))}"


def _pem(ctx: Context) -> str:
    kind = ctx.rng.choice(["RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY", "PRIVATE KEY"])
    raw = base64.b64encode(ctx.rng.randbytes(ctx.rng.choice([190, 240, 300]))).decode()
    lines = [raw[i:i + 64] for i in range(0, len(raw), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"


def _token(ctx: Context) -> str:
    """An API key or token in a provider's real shape."""
    r, c = ctx.rng, ctx.chars
    al = string.ascii_letters + string.digits
    return r.choice([
        lambda: "ghp_" + c(36), lambda: "github_pat_11" + c(20, string.ascii_uppercase + string.digits) + "_" + c(59),
        lambda: "xoxb-" + ctx.digits(12) + "-" + ctx.digits(13) + "-" + c(24), lambda: "sk_live_" + c(r.choice([24, 34, 99])),
        lambda: "rk_live_" + c(40), lambda: "sk-proj-" + c(48, al + "-_"), lambda: "sk-ant-api03-" + c(86, al + "-_") + "AA",
        lambda: "AIza" + c(35, al + "-_"), lambda: "SG." + c(22, al + "-_") + "." + c(43, al + "-_"),
        lambda: "glpat-" + c(20, al + "-_"), lambda: "npm_" + c(36), lambda: "dop_v1_" + c(64, "0123456789abcdef"),
        lambda: "whsec_" + c(32), lambda: "hf_" + c(34), lambda: "SK" + c(32, "0123456789abcdef"),
        lambda: "ya29.a0" + c(100, al + "-_"), lambda: _jwt(ctx), lambda: c(40, "0123456789abcdef"),
        lambda: "pk_" + c(20) + "." + c(30),
    ])()


_PW_WORDS = "Sommer|Bella|Liverpool|Kotek|Mariposa|Fenerbahce|Snoopy|Hamster|Zuzia|Dragon|Pusteblume|Chouchou|Lovisa|Tigrinho|Merlin|Kalle"


def _password(ctx: Context) -> str:
    r = ctx.rng
    w = r.choice(_PW_WORDS.split("|"))
    return r.choice([
        f"{w}{r.randint(1970, 2025)}{r.choice('!?#$.*')}", f"{w.lower()}{r.randint(1, 999)}", f"{w[0]}{w[1:].replace('a', '@').replace('o', '0')}{r.randint(10, 99)}!",
        ctx.chars(r.choice([16, 20, 24]), string.ascii_letters + string.digits + "!@#%^&*-_=+"),
        "-".join(r.choice("harbor maple tundra violin cobalt pickle lantern meadow".split()) for _ in range(3)) + str(r.randint(1, 99)),
        f"{w}_{ctx.p1.birth.day:02d}{ctx.p1.birth.month:02d}", f"{r.choice(['Welcome', 'Passw0rd', 'Winter', 'Changeme'])}{r.randint(1, 12)}{r.choice('!#$')}",
    ])


# Hard-negative word lists.
_FAMOUS_PEOPLE = "Marie Curie|Nelson Mandela|Frida Kahlo|Alan Turing|Serena Williams|Johann Sebastian Bach|Ada Lovelace|Greta Thunberg|Leonardo da Vinci|Wisława Szymborska|Astrid Lindgren|Zlatan Ibrahimović|Fernando Pessoa|Václav Havel|Atatürk|Nikola Tesla|Björk|Lionel Messi"
_FAMOUS_PLACES = "the Eiffel Tower|Machu Picchu|the Acropolis|Lake Bled|the Sagrada Família|Dubrovnik's old town|the Rijksmuseum|Hagia Sophia|the Alhambra|the Matterhorn|the Colosseum|Table Mountain|the Taj Mahal|Prague Castle|the Hollywood sign"
_FAMOUS_COMPANIES = "Spotify|Siemens|Nokia|Volvo|IKEA|Lufthansa|Unilever|Adyen|Allegro|Novo Nordisk|Infosys|Petrobras|Škoda|Zara|Microsoft|Shopify"
_FICTION = "Elizabeth Bennet|Atticus Finch|Hermione Granger|Walter White|Pippi Longstocking|Jay Gatsby|Lisbeth Salander|Don Quixote|Holden Caulfield|Anna Karenina|Sherlock Holmes|Bilbo Baggins|Tony Soprano|Moomintroll|Emma Bovary|Jon Snow"
_TEST_CARDS = "4111 1111 1111 1111|4242 4242 4242 4242|5555 5555 5555 4444|3782 822463 10005|6011 1111 1111 1117|4000 0000 0000 0002|5105105105105100|4012888888881881"
_DOC_IBANS = "GB82 WEST 1234 5698 7654 32|DE89 3704 0044 0532 0130 00|FR14 2004 1010 0505 0001 3M02 606|NL91 ABNA 0417 1643 00|GB33BUKB20201555555555"
_DOC_URLS = ("https://docs.python.org/3/library/datetime.html|https://kubernetes.io/docs/concepts/configuration/secret/|https://developer.hashicorp.com/terraform/language/values/variables|"
             "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions|https://www.rfc-editor.org/rfc/rfc5737|https://stripe.com/docs/testing|"
             "https://learn.microsoft.com/en-us/azure/key-vault/general/overview|https://developer.mozilla.org/en-US/docs/Web/HTTP/Cookies|https://docs.docker.com/compose/environment-variables/")
_PLACEHOLDERS = "sk-...|<YOUR_TOKEN>|${DB_PASSWORD}|AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY|your-api-key-here|xxxx-xxxx-xxxx|{{ secrets.API_TOKEN }}|changeme|REDACTED|ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
_JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
_FORM_NAMES = "Max Mustermann|Erika Mustermann|John Doe|Jane Doe|Jan Kowalski|Jan Modaal|Ola Nordmann|Matti Meikäläinen|Mario Rossi|Fulano de Tal"


def fill(ctx: Context, slot: str) -> Parts:
    """Text parts for one {slot}: (text, TYPE) labelled, (text, None) not. Only ctx.rng is used for randomness."""
    base, _, mod = slot.partition(":")
    parts = _fill(ctx, base)
    if mod == "uc":
        parts = [(t.upper(), e) for t, e in parts]
    elif mod == "lc":
        parts = [(t.lower(), e) for t, e in parts]
    elif mod == "ocr":
        parts = [(_ocr(ctx, t) if e else t, e) for t, e in parts]
    return [(t, e) for t, e in parts if t]


def _ocr(ctx: Context, s: str) -> str:
    """A scan read back with a stray space or two inside the value (never at its edges, never doubled)."""
    chars = list(s)
    for _ in range(ctx.rng.choice([1, 2])):
        spots = [i for i in range(1, len(chars)) if chars[i] != " " and chars[i - 1] != " " and chars[i] != "\n" and chars[i - 1] != "\n"]
        if spots:
            chars.insert(ctx.rng.choice(spots), " ")
    return "".join(chars)


def _price(ctx: Context) -> str:
    amount = f"{ctx.rng.randint(3, 4999)}.{ctx.rng.choice(['00', '50', '99', '95'])}"
    return ctx.rng.choice([f"€{amount}", f"${amount}", f"£{amount}", f"{amount} EUR", f"{amount} zł", f"{amount} kr"])


def _fill(ctx: Context, slot: str) -> Parts:
    r = ctx.rng
    p1, p2, p3 = ctx.p1, ctx.p2, ctx.p3
    P = "PERSON"
    if slot in ("lb", "rb"):
        return [("{" if slot == "lb" else "}", None)]
    people: dict[str, Callable[[], Parts]] = {
        "person": lambda: [(p1.full, P)], "first": lambda: [(p1.first, P)], "last": lambda: [(p1.last, P)],
        "person2": lambda: [(p2.full, P)], "first2": lambda: [(p2.first, P)], "last2": lambda: [(p2.last, P)],
        "person3": lambda: [(p3.full, P)], "first3": lambda: [(p3.first, P)], "last3": lambda: [(p3.last, P)],
        "initials": lambda: [(f"{p1.first[0]}. {p1.last}", P)],
        "rev": lambda: [(p1.last, P), (", ", None), (p1.first, P)],
        "rev2": lambda: [(p2.last, P), (", ", None), (p2.first, P)],
        "nick": lambda: [(r.choice(_NICKS.split("|")), P)],
        "dr": lambda: [(r.choice(["Dr. ", "Dr ", "Prof. ", "Mrs ", "Mr. ", "Ms "]), None), (p2.last, P)],
    }
    if slot in people:
        return people[slot]()
    if slot in ("person_f", "first_f", "person_m", "first_m"):  # "my wife", "grandfather": the first person's sex is set
        if ctx.p1.female != slot.endswith("_f"):
            ctx.p1 = Person(r, ctx.cc, female=slot.endswith("_f"))
        return [(ctx.p1.full if slot.startswith("person") else ctx.p1.first, P)]
    if slot in ("child", "child_first"):  # a child of the first person: their surname, a first name of the same country
        if not hasattr(ctx, "child"):
            ctx.child = r.choice(_C[ctx.cc][r.choice([0, 1])].split("|"))
        return [(f"{ctx.child} {ctx.p1.last}" if slot == "child" else ctx.child, P)]
    one: dict[str, Callable[[], tuple[str, str | None]]] = {
        "town": lambda: (ctx.town, "LOCATION"), "town2": lambda: (r.choice(_C[p3.cc][3].split("|")), "LOCATION"),
        "org": lambda: (_org(ctx), "ORGANIZATION"), "org_clinic": lambda: (_org_of(ctx, "clinic"), "ORGANIZATION"),
        "org_school": lambda: (_org_of(ctx, "school"), "ORGANIZATION"), "org_club": lambda: (_org_of(ctx, "club"), "ORGANIZATION"),
        "org_work": lambda: (_org_of(ctx, "work"), "ORGANIZATION"), "org_uni": lambda: (_org_of(ctx, "uni"), "ORGANIZATION"),
        "email": lambda: (_email(ctx, p1), "EMAIL"), "email2": lambda: (_email(ctx, p2), "EMAIL"),
        "email3": lambda: (_email(ctx, p3), "EMAIL"),
        "email_work": lambda: (f"{_local_part(ctx, p1).split('+')[0]}@{_work_domain(ctx)}", "EMAIL"),
        "phone": lambda: (_phone(ctx, p1.cc), "PHONE"), "phone_intl": lambda: (_phone(ctx, p1.cc, intl=True), "PHONE"),
        "phone3": lambda: (_phone(ctx, p3.cc, intl=True), "PHONE"), "phone_local": lambda: (_phone(ctx, p1.cc, intl=False), "PHONE"),
        "address": lambda: (_address(ctx), "ADDRESS"), "address3": lambda: (_address(ctx, p3.cc, r.choice(_C[p3.cc][3].split("|"))), "ADDRESS"),
        "card": lambda: (_luhn_card(ctx), "CREDIT_CARD"), "iban": lambda: (_iban(ctx), "IBAN"),
        "iban3": lambda: (_iban(ctx, p3.cc if p3.cc in _BBAN else "DE"), "IBAN"),
        "ssn": lambda: (_ssn(ctx), "US_SSN"), "natid": lambda: (_national_id(ctx, p1), "NATIONAL_ID"),
        "natid3": lambda: (_national_id(ctx, p3), "NATIONAL_ID"), "passport": lambda: (_passport(ctx, p1.cc), "NATIONAL_ID"),
        "ip": lambda: (_ip(ctx), "IP_ADDRESS"), "ip4": lambda: (_ip(ctx, False), "IP_ADDRESS"), "ip6": lambda: (_ip(ctx, True), "IP_ADDRESS"),
        "date": lambda: (_format_date(ctx, _event_day(ctx), False), "DATE"),
        "date_y": lambda: (_format_date(ctx, _event_day(ctx), True), "DATE"),
        "date_iso": lambda: (_event_day(ctx).isoformat(), "DATE"),
        "date_ics": lambda: (_event_day(ctx).strftime("%Y%m%d"), "DATE"),
        "date_num": lambda: (_numeric_date(ctx, _event_day(ctx)), "DATE"),
        "date_dot": lambda: (_event_day(ctx).strftime("%d.%m.%Y"), "DATE"),
        "child_dob": lambda: (_format_date(ctx, datetime.date(r.randint(2010, 2021), r.randint(1, 12), r.randint(1, 28)), True), "DATE_OF_BIRTH"),
        "date_spoken": lambda: (_spoken_date(ctx, _event_day(ctx), False), "DATE"),
        "dob": lambda: (_format_date(ctx, p1.birth, True), "DATE_OF_BIRTH"),
        "dob_iso": lambda: (p1.birth.isoformat(), "DATE_OF_BIRTH"),
        "dob3": lambda: (_format_date(ctx, p3.birth, True), "DATE_OF_BIRTH"),
        "dob_spoken": lambda: (_spoken_date(ctx, p1.birth, True), "DATE_OF_BIRTH"),
        "url": lambda: (_personal_url(ctx, p1), "URL"), "url3": lambda: (_personal_url(ctx, p3), "URL"),
        "token": lambda: (_token(ctx), "SECRET"), "jwt": lambda: (_jwt(ctx), "SECRET"), "pem": lambda: (_pem(ctx), "SECRET"),
        "password": lambda: (_password(ctx), "SECRET"), "hex32": lambda: (ctx.chars(32, "0123456789abcdef"), "SECRET"),
        "b64secret": lambda: (base64.b64encode(r.randbytes(r.choice([24, 32, 48]))).decode(), "SECRET"),
        "cookie": lambda: (r.choice(["s%3A", "", "eyJ"]) + ctx.chars(r.choice([32, 48, 64]), string.ascii_letters + string.digits + "-_"), "SECRET"),
        "aws_id": lambda: ("AKIA" + ctx.chars(16, string.ascii_uppercase + "234567"), "SECRET"),
        "aws_secret": lambda: (ctx.chars(40, string.ascii_letters + string.digits + "+/"), "SECRET"),
        # Not PII.
        "order": lambda: (r.choice(["", "#", "PO-", "INV-", "SO", "CLM-", "WO-"]) + ctx.digits(r.choice([6, 7, 8, 10])), None),
        "ticket": lambda: (r.choice(["JIRA-", "OPS-", "SR-", "INC", "CS-"]) + ctx.digits(r.choice([4, 5, 7])), None),
        "version": lambda: (r.choice(["", "v"]) + ".".join(str(r.randint(0, 24)) for _ in range(r.choice([2, 3, 3]))), None),
        "uuid": lambda: ("-".join(ctx.chars(k, "0123456789abcdef") for k in (8, 4, 4, 4, 12)), None),
        "sha": lambda: (ctx.chars(r.choice([7, 8, 40]), "0123456789abcdef"), None),
        "price": lambda: (_price(ctx), None),
        "year": lambda: (str(r.randint(1990, 2027)), None),
        "time": lambda: (f"{r.randint(7, 21):02d}:{r.choice(['00', '15', '30', '45'])}", None),
        "tick": lambda: (_tick(ctx, False), None), "hhmmss": lambda: (_tick(ctx, True), None),
        "qty": lambda: (str(r.choice([2, 4, 6, 12, 25, 48, 120, 500])), None),
        "docurl": lambda: (r.choice(_DOC_URLS.split("|")), None), "placeholder": lambda: (r.choice(_PLACEHOLDERS.split("|")), None),
        "famous_person": lambda: (r.choice(_FAMOUS_PEOPLE.split("|")), None), "famous_place": lambda: (r.choice(_FAMOUS_PLACES.split("|")), None),
        "famous_company": lambda: (r.choice(_FAMOUS_COMPANIES.split("|")), None), "fictional": lambda: (r.choice(_FICTION.split("|")), None),
        "test_card": lambda: (r.choice(_TEST_CARDS.split("|")), None), "doc_iban": lambda: (r.choice(_DOC_IBANS.split("|")), None),
        "doc_ip": lambda: (f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}", None),
        "doc_ip6": lambda: (f"2001:db8:{r.randint(0, 0xffff):x}::{r.randint(1, 0xfff):x}", None),
        "example_email": lambda: (f"{r.choice(['user', 'jane.doe', 'test', 'admin', 'noreply', 'someone'])}@{r.choice(['example.com', 'example.org', 'example.net'])}", None),
        "form_name": lambda: (r.choice(_FORM_NAMES.split("|")), None), "jwt_io": lambda: (_JWT_IO, None),
        "cve": lambda: (f"CVE-{r.randint(2019, 2025)}-{r.randint(1000, 49999)}", None),
        "isbn": lambda: (r.choice(["978-0-14-143951-8", "978-3-16-148410-0", "978-0-596-52068-7", "978-1-4028-9462-6"]), None),
        "port": lambda: (str(r.choice([22, 80, 443, 5432, 6379, 8080, 9090])), None),
        "image": lambda: (r.choice(["postgres:16-alpine", "nginx:1.27", "redis:7.2", "node:20-slim", "python:3.12-slim", "grafana/grafana:11.1.0"]), None),
    }
    if slot in one:
        return [one[slot]()]
    if slot == "date_rfc":  # an e-mail Date: header; the weekday stays outside the span
        d = _event_day(ctx)
        return [(d.strftime("%a, "), None), (f"{d.day} {d.strftime('%b')} {d.year}", "DATE")]
    if slot == "dburl":  # the user:password pair is the secret; scheme, host and database are not
        user = r.choice(["app", "postgres", "svc_billing", "root", _ascii(p1.first).lower()])
        return [(r.choice(["postgresql://", "mysql://", "mongodb+srv://", "redis://", "amqps://"]), None), (f"{user}:{_password(ctx)}", "SECRET"),
                (f"@{r.choice(['db.internal', 'pg-prod-01.eu-west-1.rds.amazonaws.com', 'cluster0.ab12c.mongodb.net', 'mq.local', 'localhost'])}"
                 f":{r.choice([5432, 3306, 27017, 6379, 5671])}/{r.choice(['app', 'billing', 'hr', 'members'])}", None)]
    raise KeyError(slot)


# --------------------------------------------------------------------------------------------------------------
# Templates. (lang, text). PII first.
# --------------------------------------------------------------------------------------------------------------
FRESH6_PII: list[tuple[str, str]] = [
    # Healthcare referrals and lab results
    ("en", "Can you turn this into a polite referral letter? Patient: {person}, DOB {dob}, NHS-style ref {order}. Referred by {dr} at {org_clinic} for persistent knee pain after a fall on {date}. Patient mobile {phone}."),
    ("en", "my mum {first_f} got her blood results back from {org_clinic} and I don't understand them. ferritin 9 ug/L, TSH 6.1, vitamin D 21 nmol/L. she was born {dob}. is this bad?"),
    ("en", "Please summarise for the cardiology clinic: {rev}, born {dob_iso}, address {address}. Holter monitor fitted {date_y}, results attached (file hash {sha})."),
    ("en-IN", "Sir please help to draft a letter to {org_clinic} for reimbursement. Patient name {person}, Aadhaar {natid}, admitted on {date_y} and discharged after 4 days. Contact {phone}."),
    ("de", "Kannst du diesen Überweisungsschein zusammenfassen? Patientin {person_f}, geb. {dob}, wohnhaft {address}. Überweisung von {dr} an die {org}, Termin am {date}."),
    ("fr", "Bonjour, je dois envoyer mes résultats d'analyse au Dr {last2}. Je m'appelle {person_f}, née le {dob}, numéro de sécurité sociale {natid}. Pouvez-vous rédiger un court e-mail ?"),
    ("sv", "Hjälp mig skriva till vårdcentralen: jag heter {person}, personnummer {natid}, och min remiss till {org} har inte kommit. Nå mig på {phone}."),
    ("fi", "Voitko tiivistää tämän laboratoriotuloksen? Potilas {person}, henkilötunnus {natid}, näyte otettu {date_y}. Lääkäri: {dr}."),
    # Immigration and residence paperwork
    ("en", "I'm filling in a visa application for my wife. Her name is {person_f}, passport number {passport}, born {dob} in {town}. We married on {date_y}. Can you check the cover letter below for tone?"),
    ("en", "Draft a letter to the immigration office confirming that {person} (date of birth {dob}) has lived with me at {address} since {year}. My phone is {phone_intl}."),
    ("en", "Residence permit renewal: applicant {rev}, national ID {natid}, current address {address}, employer {org_work}. Appointment booked for {date}. What documents do I still need?"),
    ("de", "Ich brauche eine Wohnungsgeberbestätigung für meinen neuen Mieter {person}, eingezogen am {date_y} in {address}. Als Vermieter: {person2}, Tel. {phone}."),
    ("nl", "Kun je deze brief aan de IND nakijken? Aanvrager {person}, BSN {natid}, geboren {dob}, woonachtig {address}."),
    ("pl", "Pomóż mi napisać wniosek o kartę pobytu dla {person2}. Ja, {person}, PESEL {natid}, adres zamieszkania: {address}, zapewniam zakwaterowanie."),
    ("es", "Tengo cita para el TIE el {date}. Mi NIE es {natid} y mi dirección es {address}. ¿Qué papeles debo llevar? Soy {person}."),
    # School enrolment
    ("en", "Help me fill this school enrolment form. Child: {child}, born {child_dob}. Parent: {person}, {email}, {phone}. Home address: {address}. Previous school: {org_school}."),
    ("en-ZA", "Good day, please help me write to {org_school} about my son's admission for next year. My ID number is {natid}, and I can be reached at {phone} or {email}."),
    ("it", "Devo iscrivere mio figlio {child_first} all'{org}. Genitore: {person}, codice fiscale {natid}, residente in {address}, cellulare {phone}. Mi aiuti con la domanda?"),
    ("pt", "Preciso de ajuda com a matrícula da minha filha na {org}. Encarregado de educação: {person}, NIF {natid}, morada {address}, telemóvel {phone}."),
    ("cs", "Prosím o pomoc s přihláškou do {org}. Zákonný zástupce: {person}, rodné číslo {natid}, bydliště {address}, telefon {phone}."),
    # Sports clubs and volunteering
    ("en", "Export from our rowing club database, can you turn it into a table?\nmember_id,name,dob,email,phone\n{order},{person},{dob_iso},{email},{phone_intl}\n{order},{person3},{dob3},{email3},{phone3}"),
    ("en", "I coach the under-12s at {org_club}. One parent, {person}, keeps messaging me at 11pm on {phone}. How do I set boundaries politely?"),
    ("de", "Mitgliedsantrag {org}: Name {person}, geboren am {dob}, Anschrift {address}, IBAN {iban}, Kontoinhaber {person}. Bitte als SEPA-Lastschriftmandat formulieren."),
    ("nl", "Ik ben vrijwilliger bij de voedselbank en moet een VOG aanvragen. Mijn gegevens: {person}, {address}, geboren {dob}, e-mail {email}. Wat moet ik invullen?"),
    ("no", "Kan du skrive en velkomstmelding til nytt medlem i {org}? Navn: {person}, telefon {phone}, e-post {email}. Første trening er {date}."),
    ("da", "Vi mangler kontingent fra {person} i {org}. Kan du skrive en venlig rykker? Betaling til vores konto {iban} senest {date}."),
    ("hu", "Írj egy rövid üzenetet {first} számára, hogy a {org} edzése {date} helyett a jövő héten lesz. Telefonszáma {phone}."),
    # Wedding and funeral planning
    ("en", "We're getting married on {date_y} in {town}! Write a save-the-date for {person} and {person2}. RSVP to {email} or text {phone}."),
    ("en", "Write a short obituary for my grandfather {person_m}, born {dob} in {town}, who passed away peacefully on {date}. Service at St Brigid's, donations to {org_club}."),
    ("en-IE", "Help me with a funeral notice. {person} ({nick}), late of {address}, died {date_y}. Reposing at home; house private on the morning of the funeral. Enquiries to {phone}."),
    ("fr", "Pouvez-vous rédiger le faire-part de mariage de {first} et {first2} ? Cérémonie le {date} à {town}, réponse souhaitée à {email}."),
    ("es", "Necesito un texto para la esquela de mi abuela {person}, fallecida en {town} el {date_y}. El funeral será en la parroquia del barrio."),
    ("ro", "Ajută-mă să scriu invitația de nuntă pentru {person} și {person2}, pe {date_y}, la {town}. Confirmări la {phone}."),
    ("tr", "Düğün davetiyesi için kısa bir metin yazar mısın? Gelin {person}, damat {person2}, tarih {date_y}, yer {town}. LCV: {phone}."),
    # Insurance claims with adjusters
    ("en", "Reply to the adjuster for me. Claim {order}. Policyholder {person}, {address}. The water leak started on {date} and the adjuster {dr} visited two days later. My card {card} was charged the excess twice."),
    ("en-US", "Insurance claim notes: insured {person}, SSN {ssn}, DOB {dob}. Vehicle hit while parked at {address} on {date_y}. Adjuster contact: {email2}."),
    ("en", "the adjuster {first2} said to email photos of the hail damage to {email_work} and quote claim number {order}. my address is {address}, can you write it"),
    ("de", "Schadensmeldung an die Versicherung: Versicherungsnehmer {person}, Vertragsnummer {order}, Schadenstag {date_y}, Ort {address}. Erstattung bitte auf {iban}."),
    ("it", "Scrivi una email al perito {dr} per il sinistro {order}: l'incidente è avvenuto il {date} a {town}, la mia targa è in allegato. Sono {person}, tel. {phone}."),
    ("pt-BR", "Preciso contestar a negativa da seguradora. Segurado: {person}, CPF {natid}, endereço {address}. O sinistro aconteceu em {date_y}."),
    # Small claims filings
    ("en", "I want to file a small claims case against my former landlord {person2}. I'm {person}, I lived at {address} until {date_y}, and my deposit of {price} was never returned. Draft the statement of claim."),
    ("en", "Small claims form, section 2 (defendant): name {person3}, last known address {address3}, email {email3}. Amount claimed {price}. Does this look complete?"),
    ("nl", "Ik wil een procedure starten bij het kantongerecht tegen {person2}. Ik ben {person}, {address}, en hij heeft {price} niet terugbetaald sinds {date}."),
    ("sv", "Jag ska ansöka om betalningsföreläggande mot {person2}. Mina uppgifter: {person}, {natid}, {address}. Skulden förföll {date_y}."),
    # Payroll and HR exports
    ("en-US", "Clean up this payroll export and flag anything odd:\nemp_id;name;ssn;bank_routing;salary\n{order};{rev};{ssn};{qty};{price}\n{order};{rev2};{ssn};{qty};{price}"),
    ("en", "HR asked me to write a termination letter for {person}, employee since {date_y}, home address {address}. Final pay goes to IBAN {iban}. Keep it neutral."),
    ("en", "Reformat as JSON: Name: {person} | Personal email: {email} | Work email: {email_work} | Start date: {date_y} | Department: Finance | Manager: {person2}"),
    ("de", "Bitte prüfe die Lohnabrechnung: {person}, Steuer-ID {natid}, Eintritt {date_y}, Bankverbindung {iban}. Warum ist die Lohnsteuer so hoch?"),
    ("fr", "Peux-tu mettre en forme cette fiche salarié ? Nom : {last:uc}, prénom : {first}, né le {dob}, NIR {natid}, adresse {address}, RIB {iban}."),
    ("pl", "Sformatuj dane pracownika do umowy: {person}, PESEL {natid}, adres {address}, konto {iban}, data rozpoczęcia {date_y}."),
    ("fi", "Muotoile palkanlaskentaa varten: {person}, hetu {natid}, tilinumero {iban}, työsuhde alkaa {date}."),
    ("hr", "Pomozi mi sastaviti potvrdu o zaposlenju za {person}, OIB {natid}, zaposlen od {date_y} u {org}."),
    # Procurement and invoices
    ("en", "Check this invoice before I pay it: supplier {org_work}, contact {person2} ({email2}), invoice {order}, amount {price}, pay to IBAN {iban} by {date}."),
    ("en", "Our vendor changed bank details by email, is this a scam? Old IBAN {iban}, new IBAN {iban3}, signed {person3}, {phone3}, sent from {email3}."),
    ("it", "Controlla questa fattura: fornitore {org}, referente {person}, IBAN {iban}, scadenza {date}, importo {price}."),
    ("es", "Redacta un recordatorio de pago para {person2}: factura {order} vencida el {date}, importe {price}, transferir a {iban}."),
    ("cs", "Napiš upomínku k faktuře {order}: odběratel {person}, splatnost {date_y}, platba na účet {iban}."),
    # Property management
    ("en", "Tenant complaint to summarise: {person} at {address} reports mould since {date}. Call them on {phone} before 6pm. Previous tenant was {person2}."),
    ("en", "Write a rent increase notice for {person}, {address}. New rent from {date_y}, payable to {iban}. Landlord: {person2}, {email2}."),
    ("en-ZA", "Draft a lease renewal for {person}, ID {natid}, unit at {address}. Deposit paid into {iban}. Start date {date_y}."),
    ("de", "Nebenkostenabrechnung für {person}, {address}: Bitte ein Anschreiben, dass die Nachzahlung bis zum {date} auf {iban} zu überweisen ist."),
    ("sv", "Skriv ett meddelande till bostadsrättsföreningen: jag, {person}, {address}, har vattenläcka sedan {date}. Ring {phone}."),
    ("ro", "Scrie o notificare către asociația de proprietari: sunt {person}, locuiesc la {address} și am o infiltrație din {date}. Telefon {phone}."),
    # Pet adoption
    ("en", "Adoption application for the shelter: adopter {person}, {address}, {phone}, {email}. Vet reference: {dr} at {org_clinic}. I work from home in {town}."),
    ("en", "can u help me write to the rescue about the beagle. my name is {person:lc}, im in {town:lc}, my number is {phone}"),
    ("fr", "Je souhaite adopter un chat au refuge. Je suis {person}, j'habite au {address} et vous pouvez m'appeler au {phone}. Pouvez-vous formuler ma demande ?"),
    ("nl", "Schrijf een motivatie voor de adoptie van een hond uit het asiel. Ik ben {person} uit {town}, bereikbaar op {phone}."),
    # Academic CVs and reference letters
    ("en", "Polish this CV header:\n{person:uc}\n{address} | {phone_intl} | {email}\n{url}\nPhD candidate, {org_uni}"),
    ("en", "Write a reference letter for my former student {person_f}, who worked in my lab at {org_uni} from {date_y} until last summer. She can be reached at {email} if the committee needs anything."),
    ("en", "Turn this into a Europass-style CV header: {person}, born {dob}, nationality Polish, {address}, {phone}, web: {url}"),
    ("de", "Schreib mir ein Empfehlungsschreiben für {person}, die bei uns an der {org} als Hilfskraft gearbeitet hat. Rückfragen an mich, {person2}, {email2}."),
    ("es", "Revisa mi CV: {person}, {address}, {phone}, {email}, perfil {url}. Nacida el {dob}."),
    ("pt-BR", "Melhore meu currículo: {person}, {address}, {phone}, {email}, portfólio {url}."),
    # Support chat logs with timestamps
    ("en", "Summarise this support chat for the ticket {ticket}:\n[{hhmmss}] Agent: Hi, can I have your full name and postcode?\n[{hhmmss}] Customer: {person}, {address}\n[{hhmmss}] Customer: the card ending is {card} actually, the whole number\n[{hhmmss}] Agent: thanks, I've flagged it."),
    ("en", "Chat transcript, pls classify sentiment:\n{tick} {first}: my parcel never arrived, I'm at {address}\n{tick} Support: sorry to hear that, what's your email?\n{tick} {first}: {email}"),
    ("en", "Extract the customer's details from this log line: {date_iso}T{hhmmss}Z INFO session start user={email} ip={ip} ua=Mozilla/5.0 country=GB"),
    ("de", "Fasse den Chatverlauf zusammen:\n{tick} Kunde: Hallo, ich bin {person}, meine Kundennummer ist {order}\n{tick} Service: Wie lautet Ihr Geburtsdatum?\n{tick} Kunde: {dob}"),
    ("it", "Riassumi questa chat con l'assistenza:\n[{tick}] Cliente: sono {person}, la mia email è {email}\n[{tick}] Operatore: mi conferma l'indirizzo?\n[{tick}] Cliente: {address}"),
    # SMS / WhatsApp exports
    ("en", "What is my sister trying to say here? WhatsApp export:\n{date_num}, {tick} - {first}: can u pick me up from {town} station\n{date_num}, {tick} - {first}: my new number is {phone_intl}"),
    ("en", "Translate these SMS into formal English:\n{first2}: oi send me ur bank details\n{first}: {iban} - {person}\n{first2}: cheers, and ur address for the parcel?\n{first}: {address}"),
    ("pt-BR", "Resume essa conversa do WhatsApp:\n[{date_iso} {tick}] {first}: oi, meu pix é meu CPF {natid}\n[{date_iso} {tick}] {first2}: beleza, te mando até {date}"),
    ("es", "Tradúceme al inglés este WhatsApp de {first}: \"Hola! Llego el {date} al aeropuerto, mi número nuevo es {phone}, me quedo en casa de {first2} en {town}\""),
    ("tr", "Şu WhatsApp mesajını özetler misin: \"{first} buraya yazdı: yeni adresim {address}, telefonum {phone}\""),
    # App crash reports and logs
    ("en", "Why does my app crash? Logcat:\nE/AuthRepo: refresh failed for user {email} token={jwt}\nW/Http: POST https://api.internal/v2/session 401 from {ip4}"),
    ("en", "Sentry event, what's the root cause?\nuser: {lb}id: {uuid}, email: {email}, ip_address: {ip}{rb}\nrelease: {version}\nTypeError: Cannot read properties of undefined (reading 'avatar')"),
    ("en", "iOS crash log snippet: Incident Identifier {uuid}, Device owner {person}'s iPhone, last known IP {ip6}, OS {version}. Explain the EXC_BAD_ACCESS."),
    ("de", "Unsere App stürzt ab, hier der Log: user_id={uuid} name=\"{person}\" phone={phone_intl} version={version}. Was bedeutet NullPointerException hier?"),
    # Infrastructure as code
    ("en", "Why does terraform plan fail? main.tf:\nprovider \"aws\" {lb}\n  region     = \"eu-central-1\"\n  access_key = \"{aws_id}\"\n  secret_key = \"{aws_secret}\"\n{rb}"),
    ("en", "My Kubernetes secret isn't mounting:\napiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-db\nstringData:\n  DATABASE_URL: {dburl}\n  STRIPE_KEY: {token}"),
    ("en", "docker-compose.yml won't start postgres, help:\nservices:\n  db:\n    image: {image}\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {password}\n    ports:\n      - \"5432:5432\""),
    ("en", "GitHub Actions step fails with 403:\n- name: Deploy\n  env:\n    NPM_TOKEN: {token}\n    SLACK_SIGNING_SECRET: {hex32}\n  run: npm publish"),
    ("en", "Our ansible inventory, why can't it connect?\n[web]\n{ip4} ansible_user=deploy ansible_password={password}\n{ip4} ansible_user=deploy"),
    ("en", "Is this private key in the right format for ssh-add? It says invalid format.\n{pem}"),
    ("en", ".env file for review, am I missing anything?\nDATABASE_URL={dburl}\nOPENAI_API_KEY={token}\nSESSION_SECRET={b64secret}\nADMIN_EMAIL={email}"),
    ("nl", "Waarom werkt mijn webhook niet? Ik verifieer de handtekening met secret {token} maar krijg steeds 400. Endpoint draait op {ip4}."),
    ("pl", "Dlaczego ten skrypt nie łączy się z bazą? conn = psycopg2.connect(\"{dburl}\") — błąd authentication failed."),
    ("sv", "Min GitLab-pipeline misslyckas. Variabeln DEPLOY_TOKEN={token} är satt, men jobbet får 401. Vad är fel?"),
    # SQL dumps and CSV exports
    ("en", "Normalise this SQL dump into two tables:\nINSERT INTO customers VALUES ({qty}, '{person}', '{email}', '{phone}', '{address}', '{dob_iso}');"),
    ("en", "Deduplicate these rows (CSV):\nname,email,card_last_used\n{person},{email},{card}\n{person:uc},{email},{card}"),
    ("en-US", "Find the bug in my query: SELECT * FROM users WHERE email = '{email}' AND password_hash = 'x' OR ssn = '{ssn}';"),
    ("de", "Konvertiere diese CSV in eine Markdown-Tabelle:\nName;Geburtsdatum;Ort;Telefon\n{person};{dob};{town};{phone}\n{person3};{dob3};{town2};{phone3}"),
    ("fr", "Corrige cette requête : UPDATE adherents SET iban = '{iban}', ville = '{town}' WHERE nom = '{last}';"),
    ("da", "Lav denne CSV om til JSON:\nnavn,cpr,adresse\n{person},{natid},\"{address}\""),
    ("no", "Hvorfor feiler denne SQL-en? INSERT INTO ansatte (navn, fnr, epost) VALUES ('{person}', '{natid}', '{email}');"),
    # Browser devtools copies
    ("en", "Copied from devtools > Application > Cookies, why am I logged out every 5 min?\nsessionid={cookie}; csrftoken={hex32}; user_email={email}"),
    ("en", "HAR excerpt, why is the request rejected?\n\"headers\": [{lb}\"name\": \"Authorization\", \"value\": \"Bearer {jwt}\"{rb}, {lb}\"name\": \"X-Forwarded-For\", \"value\": \"{ip}\"{rb}]"),
    ("en", "localStorage dump from our staging site, is it safe to store this?\n{lb}\"auth_token\":\"{token}\",\"profile\":{lb}\"name\":\"{person}\",\"phone\":\"{phone_intl}\"{rb}{rb}"),
    ("fr", "Voici ce que je vois dans l'onglet Réseau : Cookie: PHPSESSID={cookie}; email={email}. Est-ce normal que l'e-mail soit en clair ?"),
    # E-mail threads with headers
    ("en", "Summarise this thread:\nFrom: {person} <{email}>\nTo: {person2} <{email2}>\nDate: {date_rfc} {hhmmss} +0100\nSubject: Re: gutter repair quote\n\nHi {first2}, the roofer can come on {date}. My address again is {address}."),
    ("en", "Is this phishing? Headers:\nReturn-Path: <{email3}>\nReceived: from unknown ([{ip4}])\nFrom: \"{org_work} Payroll\" <{email3}>\nSubject: Update your bank details before {date}"),
    ("de", "Fasse diese Mail zusammen:\nVon: {person} <{email}>\nAn: {email_work}\nBetreff: Krankmeldung\nIch bin ab dem {date} krankgeschrieben, die AU reiche ich nach. Erreichbar unter {phone}."),
    ("es", "Responde a este correo:\nDe: {person2} <{email2}>\nPara: {email}\nAsunto: Reserva de la sala\nHola {first}, ¿confirmas la reserva para el {date}?"),
    # Calendar invites and vCards
    ("en", "Fix this .ics so Outlook accepts it:\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:{date_ics}\nSUMMARY:Parent-teacher meeting\nORGANIZER;CN={person}:mailto:{email}\nATTENDEE;CN={person2}:mailto:{email2}\nLOCATION:{address}\nEND:VEVENT"),
    ("en", "Convert this vCard to a CSV row:\nBEGIN:VCARD\nVERSION:3.0\nN:{last};{first};;;\nFN:{person}\nTEL;TYPE=CELL:{phone_intl}\nEMAIL:{email}\nBDAY:{dob_iso}\nURL:{url}\nEND:VCARD"),
    ("nl", "Zet deze afspraak in mijn agenda: tandarts bij {org} op {date} om {time}, adres {address}. Stuur bevestiging naar {email}."),
    ("it", "Crea un invito calendario per la riunione condominiale del {date} alle {time}, organizzatore {person}, {email}."),
    # OCR'd scans with broken spacing
    ("en", "OCR of a scanned form, please clean up:\nNAME: {person:ocr}\nADDRESS: {address:ocr}\nDATE OF BIRTH: {dob:ocr}\nPHONE: {phone:ocr}"),
    ("en", "This came out of the scanner garbled, can you fix it? 'Account holder {person:ocr}  IBAN {iban:ocr}  ref {order}  issued {date_y}'"),
    ("de", "Text aus einem eingescannten Brief, bitte korrigieren: Sehr geehrte Frau {person_f:ocr}, Ihre Steuer-ID {natid:ocr} wurde am {date_y} vergeben."),
    ("fr", "Texte issu d'un scan, merci de corriger : Madame {person:ocr} demeurant {address:ocr} née le {dob:ocr}"),
    # Dictated text without punctuation
    ("en", "clean up this voice note please: note to self call {person_f:lc} about the deposit her number is {phone_local} and she moves in on {date_spoken}"),
    ("en-US", "transcribe properly: my name is {person:lc} date of birth {dob_spoken} i live at {address:lc} and my social is {ssn}"),
    ("en", "dictated message fix punctuation hi {first2:lc} its {first:lc} the plumber is coming {date_spoken} can you let him in thanks"),
    # ALL CAPS forms
    ("en", "Check this form for errors before I post it:\nSURNAME: {last:uc}\nGIVEN NAMES: {first:uc}\nDATE OF BIRTH: {dob}\nPASSPORT NO: {passport}\nADDRESS: {address:uc}"),
    ("en", "CONSENT FORM - PARENT/GUARDIAN: {person:uc} - EMERGENCY CONTACT: {person2:uc} {phone} - CHILD DOB: {dob3}. rewrite in normal case please"),
    ("es", "Pasa a minúsculas este formulario: NOMBRE: {person:uc} DNI: {natid} DOMICILIO: {address:uc} TELÉFONO: {phone}"),
    ("pl", "Popraw ten formularz pisany wielkimi literami: IMIĘ I NAZWISKO: {person:uc}, ADRES: {address:uc}, DATA URODZENIA: {dob}"),
    # Mixed-language messages
    ("en-DE", "Translate my German landlord's message: \"Hallo {first}, die Miete für {address} ist seit dem {date_dot} überfällig. Bitte überweisen Sie auf {iban}. Gruß, {person2}\""),
    ("en-PL", "My Polish colleague {person} wrote 'dzięki, wyślij mi to na {email}' — what does that mean and how do I reply?"),
    ("en-SE", "what does this Swedish letter from Skatteverket say? 'Hej {first}, ditt personnummer {natid} har registrerats på adressen {address}.'"),
    ("en-IN", "Kindly rephrase this message for my landlord, it is in Hinglish: 'Bhaiya main {person_m} bol raha hoon, flat {address} ka rent {date} tak transfer kar dunga, mera number {phone} hai.'"),
    ("nl", "Mijn Engelse collega {person2} vraagt: 'could you send the contract to {email2} before {date}?' Hoe antwoord ik netjes in het Engels?"),
    ("pt", "Traduz para inglês, por favor: 'Caro {first2}, o meu novo IBAN é {iban} e o meu telemóvel {phone}. Cumprimentos, {person}'"),
    # Travel, other personal
    ("en", "I'm flying from {town} to visit {first2} in {town2} on {date}. Booking ref is {order}, paid with card {card}. Can you write an email asking to change the seat?"),
    ("en", "My card {card} was charged twice at a hotel in {town2}. Write a dispute letter. Cardholder {person}, billing address {address}."),
    ("en", "Tracking my stolen laptop: last login from {ip} at {time}, account {email}. What should I tell the police? I live in {town}."),
    ("en-IE", "Write to Revenue for me: PPS number {natid}, name {person}, address {address}. I started a new job at {org_work} on {date}."),
    ("en-IN", "Please write a leave application to my manager {person2}: I, {person}, need leave from {date} for my sister's wedding in {town}."),
    ("en-ZA", "Help me dispute this SARS letter. Taxpayer {person}, ID {natid}, postal address {address}, tel {phone}."),
    ("en-US", "US tax question: my nanny {person_f} gave me her SSN {ssn} and address {address}. Which form do I file and by when?"),
    ("en", "Background: my account {email} was accessed from {ip6} and {ip4}. The password was {password}. What should I do first?"),
    ("de", "Ich habe mein Passwort vergessen, aber ich glaube es war {password}. Der Login ist {email}. Wie setze ich es zurück?"),
    ("hu", "Kérlek, fogalmazz meg egy levelet a NAV-nak: {person}, adóazonosító jel {natid}, lakcím {address}, születési dátum {dob}."),
    ("ro", "Completează o cerere către primărie: subsemnatul {person}, CNP {natid}, domiciliat în {address}, telefon {phone}."),
    ("tr", "Vergi dairesine dilekçe yazar mısın? Ben {person}, T.C. kimlik no {natid}, adres {address}, doğum tarihi {dob}."),
    ("hr", "Napiši zahtjev poslodavcu za godišnji odmor od {date} do kraja mjeseca. Potpis: {person}, {email}."),
    ("cs", "Pomoz mi s reklamací: objednávka {order}, kupující {person}, {address}, e-mail {email}, doručeno {date}."),
    ("da", "Skriv en klage til boligselskabet. Jeg hedder {person}, bor på {address} og har CPR {natid}. Telefon {phone}."),
    ("fi", "Kirjoita vuokranantajalle viesti: olen {person}, asun osoitteessa {address}, vuokra maksetaan tilille {iban}."),
    ("no", "Skriv en søknad om barnehageplass for {first3}. Forelder: {person}, fødselsnummer {natid}, adresse {address}."),
    ("sv", "Översätt till engelska: 'Hej {first2}! Vi ses i {town} den {date}. Mitt nummer är {phone}. /{first}'"),
    ("it", "Scrivi un messaggio per la mia vicina {person2}: lascio le chiavi il {date}, il mio cellulare è {phone}."),
    ("pt-BR", "Monte um recibo de aluguel: locatário {person}, CPF {natid}, imóvel {address}, referente a {date_y}."),
    ("pl", "Napisz przypomnienie do {first2}, że spotkanie wspólnoty mieszkaniowej jest {date} w {org}. Mój telefon: {phone}."),
    ("fr", "Rédige une attestation d'hébergement : je soussigné {person_m}, né le {dob}, demeurant {address}, certifie héberger {person3}."),
    ("es", "Mi contraseña del banco es {password} y quiero cambiarla por algo más seguro. Ayúdame a crear una nueva. Mi correo es {email}."),
]

FRESH6_NEGATIVE: list[tuple[str, str]] = [
    ("en", "Order {order} was shipped with {qty} items but the invoice {order} shows a price of {price}. How do I reconcile that in Xero?"),
    ("en", "Upgrading from {version} to {version} broke our build (commit {sha}). Any known breaking changes?"),
    ("en", "Why does Postgres reject this UUID: {uuid}? The column type is uuid and the driver is {version}."),
    ("en", "In the Stripe docs ({docurl}) they say to use {test_card}. Does that card work for 3-D Secure testing?"),
    ("en", "What's the difference between a SEPA direct debit and a transfer? The docs use {doc_iban} as an example IBAN."),
    ("en", "Our firewall rules reference {doc_ip} and {doc_ip6}. Are those real addresses or documentation ranges?"),
    ("en", "My config has api_key = \"{placeholder}\". Is that a real key or should I replace it?"),
    ("en", "The jwt.io page shows {jwt_io}. Can you decode the payload and explain each claim?"),
    ("en", "Write a unit test that sends mail to {example_email} and asserts the subject line."),
    ("en", "Who was {famous_person} and why are they still famous?"),
    ("en", "How tall is {famous_place}, and when was it built?"),
    ("en", "Compare the business models of {famous_company} and {famous_company}."),
    ("en", "In the novel, why does {fictional} make that decision near the end? Give me three interpretations."),
    ("en", "Is {fictional} a reliable narrator? I'm writing an essay for class."),
    ("en", "On German forms I keep seeing {form_name}. Is that a real person?"),
    ("en", "Explain {cve} in simple terms and whether {image} is affected."),
    ("en", "Ticket {ticket}: the nightly job started at {time} and failed after {qty} minutes. Where do I look first?"),
    ("en", "Kubernetes pod keeps restarting, image {image}, port {port}, restart count {qty}. What should I check?"),
    ("en", "Convert {price} to euros at today's rate and explain how card networks set FX margins."),
    ("en", "Which ISBN is valid: {isbn} or 978-0-00-000000-0? Show the checksum math."),
    ("en", "Our GitHub Actions uses {placeholder} for the token, per {docurl}. Is that secure?"),
    ("en", "What does HTTP 429 mean and how should my client back off? Our rate limit is {qty} requests per minute."),
    ("en", "Terraform says the variable \"db_password\" has no value. Our tfvars only contains {placeholder}. How do I pass it from Vault?"),
    ("en", "Explain the Luhn check using {test_card} as the example."),
    ("en", "How many people visited {famous_place} in {year}?"),
    ("en", "Is the CSV column 'invoice_no' ({order}) or 'po_number' ({order}) supposed to be unique?"),
    ("en", "Write a SQL query to find orders above {price} placed after {year}, grouped by country."),
    ("en", "What is the IP range 198.51.100.0/24 used for? I saw {doc_ip} in a tutorial."),
    ("en-IN", "Kindly explain how GST is calculated on an invoice of {price}, invoice number {order}."),
    ("en-IE", "What's the difference between a PPS number and a passport number in general? No personal details, just how the system works."),
    ("en-ZA", "How does load shedding work, and why does Eskom schedule it by area? Our street was off for {qty} hours."),
    ("de", "Bestellung {order} ist seit {qty} Tagen unterwegs. Ab wann gilt ein Paket als verloren?"),
    ("de", "Was bedeutet {form_name} auf dem Muster-Personalausweis?"),
    ("de", "Warum meldet mein Linter, dass {version} veraltet ist? Commit {sha}."),
    ("fr", "Explique-moi la différence entre un IBAN et un RIB, avec l'exemple {doc_iban} de la documentation."),
    ("fr", "Qui était {famous_person} ? Résume sa vie en cinq phrases."),
    ("es", "¿Por qué {fictional} es un personaje tan importante en la literatura?"),
    ("es", "El pedido {order} cuesta {price}. ¿Cómo calculo el IVA al 21 %?"),
    ("it", "Come funziona la verifica della partita IVA? Fammi un esempio con numeri inventati, non reali."),
    ("it", "Cosa c'è da vedere vicino a {famous_place}?"),
    ("nl", "Wat betekent {form_name} in voorbeelden van formulieren?"),
    ("nl", "Hoe controleer ik of een UUID zoals {uuid} versie 4 is?"),
    ("pt", "Qual é a diferença entre {famous_company} e {famous_company} no mercado europeu?"),
    ("pt-BR", "Como testar pagamentos no sandbox com o cartão {test_card}?"),
    ("pl", "Jak działa suma kontrolna w numerze IBAN? Pokaż na przykładzie {doc_iban}."),
    ("pl", "Zamówienie {order} za {price} — jak wystawić fakturę korygującą?"),
    ("sv", "Vad är skillnaden mellan version {version} och {version} av biblioteket?"),
    ("no", "Hvem var {famous_person}?"),
    ("fi", "Miten IPv6-dokumentaatio-osoite {doc_ip6} eroaa oikeasta osoitteesta?"),
    ("da", "Hvorfor bruger eksemplerne {example_email} i stedet for rigtige adresser?"),
    ("cs", "Kdo byl {famous_person} a čím je známý?"),
    ("hu", "Mit jelent a {cve} sebezhetőség, és érinti-e a {image} képet?"),
    ("ro", "Cum calculez TVA-ul pentru factura {order} de {price}?"),
    ("tr", "{famous_place} hangi yılda inşa edildi?"),
    ("hr", "Tko je bio {famous_person}?"),
    ("en", "The placeholder in our README is {placeholder}; should the docs show ${lb}API_KEY{rb} instead?"),
]

FRESH6_CLEAN: list[tuple[str, str]] = [
    ("en", "Give me a 20-minute bodyweight workout I can do in a hotel room."),
    ("en", "What's a good way to explain compound interest to a 12-year-old?"),
    ("en", "Write a haiku about the first frost of the year."),
    ("en", "How do I stop my sourdough from spreading flat in the oven?"),
    ("en", "Explain the difference between a Roth and a traditional retirement account in plain terms."),
    ("en", "Suggest five icebreaker questions for a volunteer orientation session."),
    ("en", "What's the best way to structure a literature review chapter?"),
    ("en", "Rewrite this sentence to sound less passive-aggressive: 'As I already mentioned in my last email...'"),
    ("en", "How should I prepare for a pet adoption home visit?"),
    ("en", "Explain idempotency in REST APIs with a simple example."),
    ("en", "What are good questions to ask a wedding venue before booking?"),
    ("en", "Write a bash one-liner that counts lines in all .py files recursively."),
    ("en-IN", "Kindly suggest a vegetarian meal plan for one week with high protein."),
    ("en-IE", "What's the difference between a townland and a parish?"),
    ("de", "Wie formuliere ich eine höfliche Absage auf eine Einladung?"),
    ("fr", "Quelles sont les étapes pour rédiger un bon mémoire de master ?"),
    ("es", "¿Cómo puedo mejorar mi pronunciación del inglés?"),
    ("it", "Dammi una ricetta semplice per la focaccia."),
    ("nl", "Hoe leg ik het verschil tussen een huurtoeslag en zorgtoeslag uit?"),
    ("pt", "Quais são as melhores práticas para escrever testes unitários?"),
    ("pl", "Jak przygotować się do rozmowy kwalifikacyjnej w IT?"),
    ("sv", "Vilka växter trivs bäst på en nordlig balkong?"),
    ("fi", "Miten saunominen vaikuttaa palautumiseen treenin jälkeen?"),
    ("da", "Hvordan laver man en god budgetplan for en familie?"),
    ("tr", "Python'da liste ve demet arasındaki fark nedir?"),
    ("cs", "Jak napsat dobrý motivační dopis?"),
]

FRESH6_FOLLOW_UPS = [
    "\n\nThanks!", " Keep it short.", "\n\nPlease answer in bullet points.", " (plain text, no markdown)",
    "\n\nCheers", " Can you also explain why?", "\n\nSorry for the long message.", " ty", "\n\nNo need to be formal.",
    " Make it sound friendly but professional.",
]
