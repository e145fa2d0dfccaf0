"""The fifth blind set: chat prompts written without sight of the detector or of the earlier sets.

Data sheet
----------
Situations. PII prompts are what people paste into a chat assistant when they want help with their own
affairs: patient-portal messages and pharmacy refills, notes to a child's school, landlord and neighbour
disputes, recruiting notes and HR exports, freelance invoices, travel bookings and visa letters, support
chat transcripts, insurance claims, legal letters, genealogy, crypto-exchange and fintech support, game
servers and mod communities, home-automation configs, CI/CD logs, SQL dumps, e-mail threads with their
headers, git logs, web-server logs, spreadsheets pasted as CSV/TSV, markdown tables, JSON/YAML/TOML/.env
files, shell sessions, stack traces, chat exports with timestamps, voice transcripts without punctuation,
OCR output with odd spacing, and text typed all in lower case or ALL CAPS.
Hard negatives look like PII and are not: order, ticket, invoice and tracking numbers, versions, UUIDs,
git hashes, CVE ids, prices, public documentation links, placeholder keys (`sk-...`, `<YOUR_TOKEN>`, AWS's
documented example key), published test card numbers and example IBANs, example.com addresses, RFC 5737 /
RFC 3849 documentation addresses, localhost, public resolvers, SSH *public* keys, placeholder people (John
Doe, Max Mustermann, Jan Kowalski...), fictional characters, and famous people, places and companies in
general questions. Clean prompts hold none of these.

Languages. About half the PII templates are English (US, UK, Irish, Canadian, Australian, Indian and
Nigerian writers, or any of them: lang "en"); the rest are German (also Austrian and Swiss), French (also
Belgian), Spanish (also Mexican), Italian, Dutch, Portuguese (European and Brazilian), Polish, Swedish,
Danish, Czech and Turkish. A template's lang is "xx" or "xx-CC"; FRESH5_LANGUAGES gives its locale, and
plain "en" draws one of ENGLISH_LOCALES. People's names come from about thirty regions (diacritics,
particles, compound and gendered surnames, initials, nicknames); English prompts often name people from
elsewhere, and other languages sometimes do.

Slot syntax. `{slot}` is replaced by `fill(ctx, slot)`, which returns (text, TYPE or None) parts; a slot
may carry arguments after colons (`{date:iso}`, `{secret:github}`, `{natid:PL}`: a two-letter country,
or a style, kind or gender), a leading `^` writes it in upper case and a leading `_` in lower case
(`{^name}`, `{_first}`), and `@key` at the end repeats the first value drawn under that key (`{ip:v4@a}`
in every line of a log). People are numbered and stay the same within a prompt: `{name}`, `{first}`,
`{last}`, `{initial}`, `{rev}`, `{airline}`, `{email}`, `{purl}` are person 1, `{name2}`, `{first2}`...
persons 2 to 6; `:f`/`:m` on a person's first mention fixes a gender the prompt's words need ("my
mother {name2:f}", Polish and Czech surnames agree). Organizations are one per kind within a prompt.
`{lb}` and `{rb}` are literal braces for JSON. `corpus.generate(fresh5=True)` renders these templates
with this module's Context and fill only, so no other set's slot can leak in.

What is labelled (the conventions of corpus.py's docstring):
  PERSON        private people's names: full, first, last, "K. Nowak", "Nowak, Katarzyna", "NOWAK/KATARZYNA",
                nicknames; not titles (Dr., Mrs., Herr, pani), not placeholder or famous people
  LOCATION      a town or city where the writer or someone they know lives, works or travels
  ORGANIZATION  the writer's (or their family's) employer, school, clinic, bank: small, non-famous names
  ADDRESS       the whole street address as written: street and number, unit, postcode and town
  DATE          a calendar date with day and month (the date part only: not a weekday before it, not a
                time after it); DATE_OF_BIRTH when it is someone's birth date
  SECRET        the secret value only: key, token, password, seed phrase, the base64 of a Basic-auth pair,
                `user:password` (or the password alone) inside a connection URL; not the variable name
  URL           links that point at a person: profiles, personal sites, personal shares, links with an
                e-mail or phone number inside
  EMAIL, PHONE, CREDIT_CARD (valid by Luhn, several schemes), IBAN (valid by mod 97 and national checks),
  US_SSN, NATIONAL_ID (identity, tax and social-security numbers valid by their checksums, passports),
  IP_ADDRESS (public and private IPv4, IPv6; the address only, not a port or prefix length) as written.
Deliberately not labelled: years alone, times, weekdays, ages, amounts, account or member numbers of
shops and clubs, booking references, card expiry dates and CVCs, usernames on their own, pets' names,
countries, Twilio account SIDs, public keys, and everything listed under hard negatives. Dates never
appear in the negative or clean templates.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import random
import string
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import luhn, verhoeff
from stdnum.at import vnr
from stdnum.au import tfn
from stdnum.be import nn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn as ahv
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.dk import cpr
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.nl import bsn
from stdnum.no import fodselsnummer
from stdnum.pl import pesel
from stdnum.pt import cc, nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.tr import tckimlik

Parts = list[tuple[str, str | None]]

# ---------------------------------------------------------------------------------------------------------
# Locales
# ---------------------------------------------------------------------------------------------------------

FRESH5_LANGUAGES: dict[str, str] = {
    "en-US": "en_US", "en-GB": "en_GB", "en-IE": "en_IE", "en-CA": "en_CA", "en-AU": "en_AU", "en-IN": "en_IN",
    "en-NG": "en_NG",
    "de": "de_DE", "de-AT": "de_AT", "de-CH": "de_CH", "fr": "fr_FR", "fr-BE": "fr_BE", "es": "es_ES",
    "es-MX": "es_MX", "it": "it_IT", "nl": "nl_NL", "pt": "pt_PT", "pt-BR": "pt_BR", "pl": "pl_PL",
    "sv": "sv_SE", "da": "da_DK", "cs": "cs_CZ", "tr": "tr_TR",
}
# Plain "en" templates fit any English-speaking writer; US writers are the most common.
ENGLISH_LOCALES = ("en_US", "en_US", "en_US", "en_GB", "en_GB", "en_IE", "en_CA", "en_AU", "en_IN", "en_NG")


def locale_for(lang: str, rng: random.Random) -> str:
    """The locale a template in `lang` is written from (plain "en" draws an English-speaking country)."""
    return FRESH5_LANGUAGES.get(lang) or rng.choice(ENGLISH_LOCALES)


# ---------------------------------------------------------------------------------------------------------
# People: region -> (female first names, male first names, surnames). "Kowalski/Kowalska" = male/female form.
# ---------------------------------------------------------------------------------------------------------

NAMES: dict[str, tuple[str, str, str]] = {
    "US": ("Jasmine|Brittany|Kayla|Madison|Shanice|Heather|Courtney|Destiny|Megan|Tiffany|Alexis|Mackenzie",
           "Tyler|Brandon|DeShawn|Cody|Travis|Dustin|Marcus|Trevor|Jalen|Wyatt|Garrett|Darnell",
           "Hendricks|Bauman|Whitfield|Delgado|McAllister|Pruitt|Castellano|Strickland|Boudreaux|Yazzie|Vang|"
           "Kowalczyk|Okafor|Haskins|Lindgren|Truong|Washington-Reyes|DeLuca|Gutierrez|Abernathy"),
    "GB": ("Harriet|Bethany|Poppy|Imogen|Gemma|Aisha|Niamh|Rosie|Zara|Eleanor",
           "Callum|Rhys|Alfie|Declan|Gareth|Hamish|Tariq|Ollie|Jamal|Fergus",
           "Featherstone|Pennington|Aldridge|Hussain|Blackwood|Thistlethwaite|Llewellyn|Ashworth|Cartwright|"
           "Ramsbottom|Oyelaran|McKenzie|Pritchard|Begum|Fotheringham"),
    "IE": ("Aoife|Caoimhe|Saoirse|Róisín|Orlaith|Clodagh|Sinéad|Gráinne",
           "Cillian|Oisín|Pádraig|Darragh|Eoin|Ruairí|Cathal|Donnacha",
           "O'Donoghue|Fitzgerald|Kavanagh|Breathnach|McGrath|Ó Súilleabháin|Mac Giolla Phádraig|Ní Bhriain|"
           "Cullinane|Doherty"),
    "CA": ("Geneviève|Maëlle|Chloé|Kaitlyn|Brooke|Harpreet",
           "Étienne|Mathis|Colton|Maxime|Owen|Gurpreet",
           "Tremblay|Gagnon|Bouchard|Côté|MacIsaac|Dhillon|Fraser|Lévesque|Pelletier|Chrétien-Roy"),
    "AU": ("Matilda|Kirra|Tahlia|Sienna|Jacinta", "Lachlan|Bodhi|Brayden|Hamish|Kieran",
           "Fitzpatrick|Kostopoulos|Dawson|Nguyen|Papadakis|Whitehouse|Mabo-Hill|Pemberton"),
    "IN": ("Priyanka|Lakshmi|Ananya|Deepika|Sunita|Kavya|Nandini|Shreya",
           "Rohit|Venkatesh|Arjun|Sanjay|Harpreet|Vikram|Siddharth|Aniket",
           "Venkataraman|Iyer|Chatterjee|Reddy|Deshpande|Kulkarni|Bhattacharya|Gill|Menon|Nair|Subramanian"),
    "NG": ("Chiamaka|Ngozi|Folasade|Adaeze|Temitope|Oluwakemi", "Chukwuemeka|Oluwaseun|Babajide|Ikenna|Tunde|Emeka",
           "Adeyemi|Okonkwo|Nwachukwu|Balogun|Eze|Olawale|Adebayo-Cole|Ogundipe"),
    "DE": ("Annika|Svenja|Jana|Friederike|Merle|Dörte|Anke|Kübra|Janina|Birte",
           "Jörg|Malte|Björn|Lennart|Uwe|Tobias|Hauke|Sönke|Dirk|Cem",
           "Schröder|Brückner|Hoffmann|Lindemann|Kühn|Wojciechowski|von Bredow|Meyer-Lüdenscheid|Große|"
           "Weißenborn|Zimmermann|Kaczmarek|Özdemir|Thießen|Dreßler|Rößler"),
    "AT": ("Theresa|Valentina|Magdalena|Johanna", "Florian|Matthias|Andreas|Markus",
           "Gruber|Huber|Pichler|Moser|Leitner|Hofbauer|Wallner|Steinböck"),
    "CH": ("Seraina|Ladina|Nicole|Corinne", "Reto|Urs|Beat|Gian-Luca",
           "Brunner|Käser|Baumgartner|Gerber|Widmer|Caflisch|Zürcher"),
    "FR": ("Maëlle|Solène|Clémence|Océane|Gaëlle|Anaïs|Noémie|Héloïse",
           "Loïc|Théo|Grégoire|Yannick|Aurélien|Benoît|Jérémie|Kévin",
           "Lefèvre|Gauthier|Rousseau|Le Goff|Dubois-Martel|de Villeneuve|Benali|Perrin|Chevallier|Mercier|"
           "Le Bihan|Faure|N'Diaye"),
    "BE": ("Ine|Lotte|Elke|Amélie", "Wouter|Pieter-Jan|Jef|Cédric",
           "Peeters|Janssens|Vermeulen|De Smet|Claes|Vanderstraeten|Lambrecht|Dupont-Moreau"),
    "ES": ("Lucía|Nerea|Ainhoa|Itziar|Rocío|Begoña|Montserrat|Aránzazu",
           "Íñigo|Sergio|Álvaro|Jordi|Xabier|Borja|Gonzalo|Joaquín",
           "García Ruiz|Etxeberria|Fernández de la Torre|Puig|Navarro|Domínguez|Castells|Ibáñez|Muñoz Vidal|"
           "Sánchez-Arjona|Olabarrieta"),
    "MX": ("Guadalupe|Ximena|Citlali|Yesenia", "Jesús|Uriel|Emiliano|Octavio",
           "Hernández Cruz|Ramírez|Tapia|Zúñiga|Villaseñor|Cuauhtémoc López"),
    "AR": ("Agustina|Florencia|Milagros", "Facundo|Santiago|Nahuel", "Gómez|Acosta|Benítez|Sosa Paz"),
    "IT": ("Chiara|Federica|Giulia|Ilaria|Beatrice|Annalisa|Martina", "Giuseppe|Lorenzo|Matteo|Nicolò|Davide|Gianluca",
           "Esposito|Bianchi|De Luca|Ferraro|D'Angelo|Lo Bianco|Barbieri|Colombo|Santoro|Di Stefano|Mancuso"),
    "NL": ("Sanne|Femke|Anouk|Marloes|Eline|Ilse|Lieke", "Bram|Joost|Thijs|Sjoerd|Ruben|Gijs|Wessel",
           "de Vries|van den Berg|Bakker|Jansen|Visser|van Dijk|Smit|Mulder|de Boer|Hendriks|van 't Hof|"
           "Kuijpers|Bouzid"),
    "PT": ("Inês|Mariana|Leonor|Beatriz|Matilde", "João|Tiago|Duarte|Rui|Gonçalo",
           "Ferreira|Rodrigues|Sousa Pinto|Gonçalves|Carvalho|Magalhães|Vasconcelos"),
    "BR": ("Thaís|Luana|Bruna|Gabriela|Jéssica|Raíssa", "Thiago|Caio|Vinícius|Rafael|Luiz Henrique|Anderson",
           "dos Santos|Oliveira|Pereira|Nascimento|Araújo|Cavalcanti|Lima|Albuquerque|Conceição"),
    "PL": ("Katarzyna|Agnieszka|Małgorzata|Zofia|Joanna|Grażyna|Weronika", "Krzysztof|Paweł|Łukasz|Wojciech|Grzegorz|Michał|Jędrzej",
           "Nowak|Wiśniewski/Wiśniewska|Kowalczyk|Zieliński/Zielińska|Szymański/Szymańska|Wójcik|Kamiński/Kamińska|"
           "Dąbrowski/Dąbrowska|Lewandowski/Lewandowska|Grabowski/Grabowska|Pietrzak|Żak"),
    "SE": ("Ebba|Linnea|Saga|Maja|Ingrid|Agnes|Tove", "Oskar|Linus|Björn|Anders|Viktor|Måns|Joakim",
           "Lindqvist|Bergström|Sjöberg|Holmgren|Åkesson|Nyström|Eriksson|Wallin|Engström|Hägg"),
    "DK": ("Freja|Mette|Signe|Ida|Sofie|Karoline", "Mads|Rasmus|Søren|Kasper|Frederik|Anders",
           "Jørgensen|Mikkelsen|Søndergaard|Kjær|Dahl|Østergaard|Thygesen|Bech"),
    "CZ": ("Tereza|Lucie|Kateřina|Veronika|Zdeňka|Markéta", "Jiří|Tomáš|Ondřej|Lukáš|Vojtěch|Radek",
           "Novák/Nováková|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová|Horák/Horáková|"
           "Svoboda/Svobodová|Růžička/Růžičková"),
    "TR": ("Elif|Zeynep|Ayşe|Büşra|Gülşen|Şeyma|Özge", "Mehmet|Emre|Burak|Oğuz|Çağlar|İsmail|Tolga",
           "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Karagöz|Güneş|Erdoğdu"),
    "FI": ("Aino|Kaisa|Henna", "Aleksi|Juha|Ville", "Virtanen|Mäkinen|Korhonen|Heikkilä"),
    "NO": ("Ingvild|Solveig|Sigrid", "Eirik|Håkon|Torbjørn", "Haugen|Bakke|Strøm|Lunde"),
    "RO": ("Ioana|Andreea|Mădălina", "Mihai|Ștefan|Răzvan", "Popescu|Ionescu|Dumitrescu|Țurcanu"),
    "GR": ("Eleni|Dimitra|Sofia", "Giorgos|Nikos|Kostas", "Papadopoulos|Georgiou|Karamanlis-Vlachou"),
    "CN": ("Mei|Xiaoyu|Jing|Yuting", "Yiming|Zhiwei|Jun|Haoran", "Zhang|Liu|Chen|Huang|Zhou|Xu"),
    "JP": ("Haruka|Yui|Sakura|Aoi", "Takumi|Kenji|Daisuke|Ren", "Takahashi|Watanabe|Yamamoto|Kobayashi|Inoue"),
    "KR": ("Ji-woo|Seo-yeon|Hye-jin", "Min-jun|Hyun-woo|Dong-hyun", "Kim|Park|Choi|Jung|Yoon"),
    "VN": ("Linh|Thảo|Ngọc Anh", "Minh|Quang|Đức", "Nguyễn|Trần|Phạm|Lê|Võ"),
    "AE": ("Fatima|Noor|Layla|Yasmin|Mariam", "Omar|Khalid|Youssef|Hamza|Tariq",
           "Al-Sayed|El-Masri|Haddad|bin Rashid|Abdullah|Al Nuaimi|Khoury"),
    "UA": ("Olena|Oksana|Iryna", "Oleksandr|Taras|Bohdan", "Kovalenko|Shevchuk|Bondarenko|Melnyk|Tkachenko"),
    "PH": ("Maricel|Jhoanna|Rowena", "Jerome|Rommel|Jericho", "dela Cruz|Bautista|Villanueva|Macaraeg"),
}

# Short names people are called by (labelled as names: they point at one person all the same).
NICKNAMES: dict[str, str] = {
    "en": "Bex|Jojo|Mo|Lenny|Kiki|Deb|Tash|Robbo|Gaz|Kez|Mags|Ronnie",
    "de": "Steffi|Basti|Jojo|Flo|Schorsch|Kathi", "fr": "Titou|Fanfan|Jojo|Nico|Mimi",
    "es": "Juanjo|Pepe|Nacho|Maite|Charo|Paco", "it": "Fede|Gigi|Pippo|Tonino|Vale",
    "nl": "Pim|Joep|Floor|Juul", "pt": "Zé|Quim|Guto|Nanda", "pl": "Kasia|Tomek|Gosia|Kuba|Bartek",
    "sv": "Lasse|Pelle|Kicki|Janne", "da": "Jens-Ole|Mikkel|Line|Bimse", "cs": "Pepa|Honza|Verča|Kuba",
    "tr": "Ayşegül|Memo|Oğuzhan|Elo",
}

# The region whose names a language's writers mostly have, and (for English) the country's own region.
_LANG_REGION = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "pl": "PL", "sv": "SE",
                "da": "DK", "cs": "CZ", "tr": "TR"}


@dataclass
class Person:
    first: str
    last: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def _split(s: str) -> list[str]:
    return s.split("|")


def _make_person(rng: random.Random, region: str, gender: str = "") -> Person:
    female, male, last = NAMES[region]
    is_female = rng.random() < 0.5 if gender not in ("f", "m") else gender == "f"
    first = rng.choice(_split(female if is_female else male))
    surname = rng.choice(_split(last))
    if "/" in surname:  # Polish and Czech surnames agree with the person's gender
        surname = surname.split("/")[1 if is_female else 0]
    if region in ("ES", "MX", "AR") and " " not in surname and rng.random() < 0.35:
        surname += " " + rng.choice(_split(last)).split()[0]  # two surnames, as Spanish speakers have
    return Person(first, surname)


# ---------------------------------------------------------------------------------------------------------
# Towns and addresses
# ---------------------------------------------------------------------------------------------------------

# Towns people live in, work in or travel to; for the US with their state, for the UK with a postcode area,
# for Ireland with county and Eircode routing key, for Canada with province and postal-code letter.
TOWNS: dict[str, str] = {
    "US": "Boise,ID|Spokane,WA|Chattanooga,TN|Duluth,MN|Fort Collins,CO|Ann Arbor,MI|Macon,GA|Provo,UT|"
          "Bakersfield,CA|Asheville,NC|Lubbock,TX|Burlington,VT|Dayton,OH|Shreveport,LA|Missoula,MT",
    "GB": "Stockport,SK|Harrogate,HG|Swindon,SN|Peterborough,PE|Aberystwyth,SY|Inverness,IV|Carlisle,CA|"
          "Ipswich,IP|Lancaster,LA|Stoke-on-Trent,ST|Wrexham,LL|Truro,TR",
    "IE": "Athlone,Westmeath,N37|Tuam,Galway,H54|Kilkenny,Kilkenny,R95|Drogheda,Louth,A92|Tralee,Kerry,V92|"
          "Ennis,Clare,V95|Mullingar,Westmeath,N91",
    "CA": "Sherbrooke,QC,J|Kelowna,BC,V|Moncton,NB,E|Saskatoon,SK,S|Guelph,ON,N|Trois-Rivières,QC,G|Kamloops,BC,V",
    "AU": "Ballarat,VIC|Toowoomba,QLD|Wollongong,NSW|Geelong,VIC|Cairns,QLD|Launceston,TAS|Bendigo,VIC|Bunbury,WA",
    "IN": "Coimbatore,Tamil Nadu|Nagpur,Maharashtra|Mysuru,Karnataka|Indore,Madhya Pradesh|"
          "Visakhapatnam,Andhra Pradesh|Thrissur,Kerala|Ludhiana,Punjab",
    "NG": "Enugu|Ibadan|Abeokuta|Owerri|Jos|Port Harcourt|Ilorin",
    "DE": "Gütersloh|Paderborn|Lüneburg|Bamberg|Göttingen|Heilbronn|Schwäbisch Hall|Oldenburg|Jena|Rosenheim|"
          "Bad Kreuznach|Fürth|Neumünster|Weißenfels",
    "AT": "Leoben|Wels|Dornbirn|Villach|Wiener Neustadt|Steyr|Krems an der Donau",
    "CH": "Winterthur|Biel/Bienne|Thun|Chur|Schaffhausen|Uster|Aarau",
    "FR": "Angers|Quimper|Besançon|Niort|Chambéry|Valence|Périgueux|Saint-Brieuc|Colmar|Béziers|Annecy|Roubaix",
    "BE": "Leuven|Mechelen|Hasselt|Namur|Kortrijk|Mons|Charleroi",
    "ES": "Logroño|Cáceres|Pamplona|Getafe|Elche|Ourense|Santander|Albacete|Sabadell|Jaén|Ponferrada",
    "MX": "Querétaro,Qro.|Morelia,Mich.|Hermosillo,Son.|Oaxaca de Juárez,Oax.|Saltillo,Coah.",
    "IT": "Bergamo,BG|Lecce,LE|Modena,MO|Rovigo,RO|Pescara,PE|Treviso,TV|Cagliari,CA|Perugia,PG|Cremona,CR|Trento,TN",
    "NL": "Zwolle|Amersfoort|Leeuwarden|Apeldoorn|Deventer|Tilburg|Alkmaar|'s-Hertogenbosch|Hoofddorp|Emmen",
    "PT": "Braga|Aveiro|Setúbal|Viseu|Guimarães|Leiria|Faro|Barcelos",
    "BR": "Campinas,SP|Londrina,PR|Juiz de Fora,MG|Feira de Santana,BA|Uberlândia,MG|Joinville,SC|Niterói,RJ",
    "PL": "Białystok|Rzeszów|Gliwice|Toruń|Olsztyn|Bielsko-Biała|Zielona Góra|Opole|Końskie",
    "SE": "Västerås|Jönköping|Sundsvall|Umeå|Örebro|Borås|Luleå|Karlstad|Trollhättan",
    "DK": "Aalborg|Esbjerg|Randers|Kolding|Horsens|Vejle|Silkeborg|Næstved",
    "CZ": "Olomouc|Hradec Králové|Pardubice|Zlín|Liberec|České Budějovice|Jihlava|Kolín",
    "TR": "Eskişehir|Kayseri|Trabzon|Denizli|Gaziantep|Sakarya|Tekirdağ|Çorum",
}
_STREETS: dict[str, str] = {
    "US": "Maple|Birchwood|Juniper|Sycamore|Larkspur|Old Mill|Cedar Ridge|Hawthorne|Quail Run|Prospect|Willow Creek",
    "GB": "Wellington|Chapel|Albert|Moorland|Beechwood|Station|Priory|Kingsway|Mill|Nightingale",
    "IE": "Ashgrove|Woodlawn|Church|Friary|Castle|Riverside|Abbey",
    "CA": "Lakeshore|Maplewood|King|Wellington|Aspen|Birch",
    "AU": "Sturt|Wattle|Banksia|Mitchell|Lydiard|Ruthven",
    "DE": "Linden|Ahorn|Kastanien|Birken|Goethe|Brunnen|Mühlen|Schützen|Wiesen",
    "AT": "Haupt|Kirchen|Linzer|Grazer|Anger|Schul",
    "CH": "Bahnhof|Dorf|Rosen|Berg|Seefeld|Kirch",
    "FR": "des Tanneurs|du Moulin|Victor-Hugo|des Lilas|de la Gare|Pasteur|des Écoles|du Général-Leclerc",
    "BE": "Naamse|Bruul|Stations|Kerk|Molen|Hoog",
    "ES": "Mayor|del Carmen|de la Paz|San Antón|Real|de las Huertas|Gran Vía de Colón",
    "MX": "Constituyentes|Hidalgo|Morelos|Zaragoza|Independencia",
    "IT": "Garibaldi|Mazzini|Roma|dei Mille|San Rocco|XX Settembre|Cavour",
    "NL": "Thorbecke|Kerk|Molen|Lindelaan|Beukenlaan|Prins Hendrik|Wilhelmina",
    "PT": "do Souto|da Liberdade|de Santo António|Direita|das Flores|Dr. Manuel Arriaga",
    "BR": "Barão de Jaguara|Sete de Setembro|das Palmeiras|XV de Novembro|Padre Anchieta",
    "PL": "Lipowa|Kościuszki|Mickiewicza|Słoneczna|Polna|Ogrodowa|Jana Pawła II",
    "SE": "Stor|Kyrko|Drottning|Skol|Ringvägen|Björk|Tall",
    "DK": "Vester|Nørre|Skole|Kirke|Strand|Bøge",
    "CZ": "Třída Svobody|Palackého|Husova|Nádražní|Komenského|Lidická",
    "TR": "Atatürk|İstiklal|Cumhuriyet|Gazi|Fevzi Çakmak|Kıbrıs Şehitleri",
}


_DISTRICTS_TR = {"Eskişehir": "Tepebaşı", "Gaziantep": "Şahinbey", "Kayseri": "Melikgazi", "Trabzon": "Ortahisar",
                 "Denizli": "Pamukkale", "Sakarya": "Adapazarı", "Tekirdağ": "Süleymanpaşa"}


def _town_row(ctx: Context, country: str) -> list[str]:
    return ctx.rng.choice(_split(TOWNS[country])).split(",")


def _town(ctx: Context, country: str) -> str:
    return _town_row(ctx, country)[0]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chars(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


_UPPER = string.ascii_uppercase
_ALNUM = string.ascii_letters + string.digits
_HEX = "0123456789abcdef"
_B64 = string.ascii_letters + string.digits + "+/"
_URLSAFE = string.ascii_letters + string.digits + "_-"


def _address(ctx: Context, country: str) -> str:
    """A street address in the country's own layout (line breaks where people paste them)."""
    r = ctx.rng
    row = _town_row(ctx, country)
    town = row[0]
    street = r.choice(_split(_STREETS.get(country, _STREETS["US"])))
    nl = r.choice([", ", ", ", "\n"])
    if country == "US":
        unit = r.choice(["", "", f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}", f", Unit {r.randint(1, 20)}"])
        zip_ = _digits(r, 5) + r.choice(["", "", f"-{_digits(r, 4)}"])
        kind = r.choice(["St", "Ave", "Rd", "Ln", "Blvd", "Ct", "Dr", "Way", "Street", "Drive"])
        return f"{r.randint(12, 9899)} {street} {kind}{unit}{nl}{town}, {row[1]} {zip_}"
    if country == "GB":
        pc = f"{row[1]}{r.randint(1, 19)} {r.randint(1, 9)}{_chars(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        kind = r.choice(["Road", "Street", "Close", "Lane", "Avenue", "Crescent", "Terrace"])
        flat = r.choice(["", "", f"Flat {r.randint(1, 12)}, ", f"{r.randint(1, 9)}{r.choice('ab')} "])
        number = "" if flat.endswith(("a ", "b ")) else f"{r.randint(1, 240)} "  # "9b Mill Road" has its number
        return f"{flat}{number}{street} {kind}{nl}{town}{nl}{pc}"
    if country == "IE":
        eircode = f"{row[2]} {r.choice(_UPPER)}{_digits(r, 1)}{r.choice('ACDEFHKNPRTVWXY')}{_digits(r, 1)}"
        kind = r.choice(["Park", "Road", "Grove", "Avenue", "Lawn"])
        return f"{r.randint(1, 120)} {street} {kind}{nl}{town}, Co. {row[1]}{nl}{eircode}"
    if country == "CA":
        pc = f"{row[2]}{r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')}{r.randint(0, 9)}"
        if row[1] == "QC":
            return f"{r.randint(10, 3999)}, rue {street}{r.choice(['', ' Ouest', ' Est'])}{nl}{town} (Québec)  {pc}"
        return f"{r.randint(10, 3999)} {street} {r.choice(['Rd', 'St', 'Ave', 'Cres'])}{nl}{town}, {row[1]} {pc}"
    if country == "AU":
        unit = r.choice(["", f"Unit {r.randint(1, 12)}/", f"{r.randint(1, 9)}/"])
        return f"{unit}{r.randint(1, 320)} {street} {r.choice(['St', 'Street', 'Rd', 'Cres', 'Pde'])}{nl}{town} {row[1]} {r.randint(2000, 7999)}"
    if country == "IN":
        return (f"{r.choice(['Flat', 'H.No.', 'Door No.'])} {r.randint(1, 40)}{r.choice(['', '/' + str(r.randint(1, 9))])}, "
                f"{r.choice(['Sai Krupa Apartments', 'Lakshmi Nilaya', 'Green Meadows', 'Shanti Kunj'])}, "
                f"{r.randint(1, 18)}th {r.choice(['Main Road', 'Cross', 'Street'])}{nl}{town}, {row[1]} {r.randint(1, 8)}{_digits(r, 5)}")
    if country == "NG":
        return f"{r.choice(['No.', 'Plot'])} {r.randint(1, 80)}, {r.choice(['Ogui', 'Ring', 'Bode Thomas', 'Ahmadu Bello', 'Aba'])} Road{nl}{town}"
    if country == "DE":
        kind = r.choice(["straße", "str.", "weg", "allee", "ring", "gasse"])
        extra = r.choice(["", "", "", f", {r.randint(1, 4)}. OG", ", Hinterhaus"])
        return f"{street}{kind} {r.randint(1, 140)}{r.choice(['', '', 'a', 'b'])}{extra}{nl}{_digits(r, 5)} {town}"
    if country == "AT":
        kind = r.choice(["straße", "gasse", "platz"])
        return f"{street}{kind} {r.randint(1, 90)}{r.choice(['', '/' + str(r.randint(1, 20)), '/2/' + str(r.randint(1, 14))])}{nl}{r.randint(1010, 9992)} {town}"
    if country == "CH":
        return f"{street}{r.choice(['strasse', 'weg', 'gasse'])} {r.randint(1, 99)}{nl}{r.randint(1000, 9658)} {town}"
    if country == "FR":
        kind = r.choice(["rue", "avenue", "boulevard", "allée", "impasse", "place"])
        extra = r.choice(["", "", f"Appt {r.randint(1, 60)}, ", f"Résidence Les Tilleuls, bât. {r.choice('ABC')}, "])
        return f"{extra}{r.randint(1, 180)}{r.choice(['', '', ' bis', ' ter'])} {kind} {street}{nl}{_digits(r, 5)} {town.upper() if r.random() < 0.3 else town}"
    if country == "BE":
        if town in ("Namur", "Mons", "Charleroi"):
            return f"Rue {r.choice(['de Fer', 'des Carmes', 'de la Station'])} {r.randint(1, 150)}{r.choice(['', ' bte 3', '/2'])}{nl}{r.randint(5000, 6599)} {town}"
        return f"{street}straat {r.randint(1, 150)}{r.choice(['', ' bus 2', '/0101'])}{nl}{r.randint(1000, 3999)} {town}"
    if country == "ES":
        piso = r.choice(["", f", {r.randint(1, 9)}º {r.choice(['A', 'B', 'izda.', 'dcha.'])}", f", {r.randint(1, 6)}-{r.randint(1, 4)}"])
        return f"{r.choice(['C/', 'Calle', 'Avda.', 'Plaza'])} {street}, {r.randint(1, 140)}{piso}{nl}{_digits(r, 5)} {town}"
    if country == "MX":
        return (f"{r.choice(['Av.', 'Calle'])} {street} {r.randint(1, 2400)}{r.choice(['', ' Int. ' + str(r.randint(1, 12))])}, "
                f"Col. {r.choice(['Centro', 'Jardines', 'Del Valle', 'Las Américas'])}{nl}{_digits(r, 5)} {town}, {row[1]}")
    if country == "IT":
        kind = r.choice(["Via", "Viale", "Corso", "Piazza", "Vicolo"])
        return f"{kind} {street} {r.randint(1, 160)}{r.choice(['', '', '/A', ' int. 4'])}{nl}{_digits(r, 5)} {town} ({row[1]})"
    if country == "NL":
        kind = "" if street.endswith("laan") else r.choice(["straat", "weg", "plein", "singel"])
        return f"{street}{kind} {r.randint(1, 240)}{r.choice(['', '', '-2', 'A', ' bis', '-hs'])}{nl}{r.randint(1000, 9999)} {_chars(r, 2, 'ABCDEGHJKLMNPRSTVWXZ')} {town}"
    if country == "PT":
        return (f"{r.choice(['Rua', 'Avenida', 'Travessa'])} {street}, {r.randint(1, 300)}{r.choice(['', ', 2.º Esq.', ', 1.º Dto.', ', R/C'])}"
                f"{nl}{r.randint(1000, 9999)}-{_digits(r, 3)} {town}")
    if country == "BR":
        return (f"{r.choice(['Rua', 'Av.', 'Alameda'])} {street}, {r.randint(10, 3999)}{r.choice(['', f', apto {r.randint(11, 1204)}', ', casa 2'])} - "
                f"{r.choice(['Centro', 'Jardim América', 'Vila Nova', 'Boa Vista'])}{nl}{town} - {row[1]}, {_digits(r, 5)}-{_digits(r, 3)}")
    if country == "PL":
        return f"ul. {street} {r.randint(1, 120)}{r.choice(['', '/' + str(r.randint(1, 60)), 'A'])}{nl}{_digits(r, 2)}-{_digits(r, 3)} {town}"
    if country == "SE":
        kind = "" if street.endswith("vägen") else r.choice(["gatan", "vägen", "gränd"])
        return f"{street}{kind} {r.randint(1, 80)}{r.choice(['', ' lgh ' + str(r.randint(1001, 1604)), 'B'])}{nl}{r.randint(100, 984)} {_digits(r, 2)} {town}"
    if country == "DK":
        floor = r.choice(["", f", {r.randint(1, 5)}. th.", f", {r.randint(1, 5)}. tv.", ", st."])
        return f"{street}{r.choice(['gade', 'vej', 'alle'])} {r.randint(1, 160)}{floor}{nl}{r.randint(1000, 9990)} {town}"
    if country == "CZ":
        return f"{street} {r.randint(100, 2999)}/{r.randint(1, 80)}{nl}{r.randint(100, 799)} {_digits(r, 2)} {town}"
    if country == "TR":
        return (f"{street} {r.choice(['Cad.', 'Caddesi', 'Sok.', 'Bulvarı'])} No: {r.randint(1, 200)}{r.choice(['', ' D: ' + str(r.randint(1, 30)), '/' + str(r.randint(1, 12))])}"
                f"{nl}{r.randint(1, 81):02d}{_digits(r, 3)} {_DISTRICTS_TR.get(town, 'Merkez')}/{town}")
    return f"{r.randint(1, 300)} {street} Street, {town}"


# ---------------------------------------------------------------------------------------------------------
# The prompt being rendered
# ---------------------------------------------------------------------------------------------------------


class Context:
    """One prompt being rendered: its locale, its people (drawn when first named) and its random source."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.country = locale.split("_")
        self._people: dict[str, Person] = {}
        self._orgs: dict[str, str] = {}
        self._memo: dict[str, Parts] = {}

    def person(self, index: str, gender: str = "") -> Person:
        """Person `index`, drawn when first named; `gender` ("f"/"m") where the prompt's words fix it."""
        if index not in self._people:
            home = _LANG_REGION.get(self.lang, self.country)
            # English-speaking writers often name people from elsewhere; others do now and then.
            elsewhere = 0.45 if self.lang == "en" else 0.15
            region = self.rng.choice(list(NAMES)) if self.rng.random() < elsewhere else home
            if self.country in ("AT", "CH", "BE", "MX", "BR") and region == home:
                region = self.country
            self._people[index] = _make_person(self.rng, region, gender)
        return self._people[index]

    def org(self, key: str) -> str:
        """The organization of a kind ("school", "clinic"...; digits after it name a second one), the same within a prompt."""
        if key not in self._orgs:
            self._orgs[key] = _organization(self, key.rstrip(string.digits))
        return self._orgs[key]


# ---------------------------------------------------------------------------------------------------------
# Organizations: small, non-famous names of the writer's employer, school, clinic or bank
# ---------------------------------------------------------------------------------------------------------

_ORG_STEMS = "Kestrel|Brightwater|Hollowbrook|Fenwick|Alderley|Marwood|Tidewell|Copperleaf|Saltmarsh|Greyfield|Northvale|Ravensworth"
_ORGS: dict[str, dict[str, str]] = {
    # {S} a made-up stem, {L} a surname from the country, {T} a town of the country
    "en": {"firm": "{S} Logistics Ltd|{L} & {L} LLP|{S} Analytics Inc.|{S} Dental Lab|{L} Plumbing & Heating|{S} Creative Studio|"
                   "{S} Property Management|{L} Brothers Roofing",
           "school": "{S} Elementary School|St. Brigid's National School|{S} Academy|{T} Middle School|{S} Primary School|"
                     "Little Acorns Day Nursery",
           "clinic": "{S} Family Practice|{T} Physiotherapy Centre|{S} Medical Group|{S} Women's Health Clinic|{S} Pediatrics",
           "bank": "{T} Community Credit Union|{S} Federal Credit Union|{S} Savings Bank|{T} Building Society"},
    "de": {"firm": "{L} Haustechnik GmbH|{S} Logistik GmbH|Bäckerei {L}|Steuerkanzlei {L} & Partner|{L} Elektro GmbH & Co. KG",
           "school": "Grundschule am Lindenhof|Gymnasium {T}-Süd|Kita Sonnenschein|Realschule an der Mühle",
           "clinic": "Gemeinschaftspraxis am Markt|MVZ {T}|Zahnarztpraxis am Ring|Physiotherapie Bewegungsraum",
           "bank": "Sparkasse {T}|Volksbank {T} eG|Raiffeisenbank {T}"},
    "fr": {"firm": "Boulangerie {L}|Cabinet {L} Avocats|{S} Conseil SARL|Transports {L} & Fils|Menuiserie {L}",
           "school": "École primaire des Tilleuls|Collège Jean-Moulin de {T}|Lycée Saint-Joseph|Crèche Les Petits Loups",
           "clinic": "Cabinet médical des Acacias|Centre de santé de {T}|Clinique du Parc|Maison médicale du Lac",
           "bank": "Caisse locale de {T}|Banque Populaire de {T}"},
    "es": {"firm": "Talleres {L} S.L.|Gestoría {L}|{S} Consultores S.L.|Construcciones {L} e Hijos",
           "school": "CEIP San Gabriel|Colegio Virgen del Pilar|IES {T} Norte|Escuela Infantil Los Pinos",
           "clinic": "Centro Médico {T}|Clínica Dental Sonrisas|Centro de Salud Arrabal",
           "bank": "Caja Rural de {T}|Cooperativa de Crédito de {T}"},
    "it": {"firm": "Studio {L} Commercialisti|Officina {L}|{S} s.r.l.|Ferramenta {L} & C.",
           "school": "Istituto Comprensivo Leonardo|Scuola dell'Infanzia Arcobaleno|Liceo Scientifico di {T}",
           "clinic": "Poliambulatorio San Marco|Studio Dentistico {L}|Centro Fisioterapico {T}",
           "bank": "Banca di Credito Cooperativo di {T}|Cassa Rurale di {T}"},
    "nl": {"firm": "Bakkerij De Korenschoof|{L} Installatietechniek B.V.|{S} Advies|Schildersbedrijf {L}",
           "school": "Basisschool De Regenboog|OBS De Wilgen|Kinderdagverblijf Het Kabouterhuis|Het {T} College",
           "clinic": "Gezondheidscentrum De Linde|Huisartsenpraktijk {T}-Noord|Tandartspraktijk Het Molenplein",
           "bank": "Rabobank {T} e.o.|Kredietunie {T}"},
    "pt": {"firm": "Transportes {L} Lda|Padaria {L}|{S} Consultoria Lda|Oficina {L} & Filhos",
           "school": "Escola Básica da Quinta|Colégio Nossa Senhora da Luz|Agrupamento de Escolas de {T}",
           "clinic": "Clínica Sorriso|Centro de Saúde de {T}|Clínica São Lucas",
           "bank": "Caixa de Crédito Agrícola de {T}|Caixa Agrícola do Vale"},
    "pt-BR": {"firm": "{L} Consultoria Ltda|Padaria Pão Dourado|Auto Peças {L}|{S} Tecnologia Ltda",
              "school": "Escola Estadual Padre Anchieta|Colégio Santa Clara|EMEF Monteiro Lobato",
              "clinic": "Clínica Sorriso|Clínica São Lucas|UBS Vila Nova", "bank": "Cooperativa Sicredi {T}|Sicoob {T}"},
    # Polish puts a town after "w" in the locative, so the names here carry no town.
    "pl": {"firm": "{L} Serwis sp. z o.o.|Biuro Rachunkowe Bilans|{S} Logistics sp. z o.o.|Piekarnia Złoty Kłos",
           "school": "Szkoła Podstawowa nr 12 im. Marii Konopnickiej|Przedszkole Słoneczko|II Liceum Ogólnokształcące im. Mikołaja Kopernika",
           "clinic": "Przychodnia Zdrowie|Centrum Medyczne {T}|Gabinet Stomatologiczny Uśmiech",
           "bank": "Kujawski Bank Spółdzielczy|Bałtycki Bank Spółdzielczy|SKOK Kopernik"},
    "sv": {"firm": "{L} Bygg AB|{S} Redovisning AB|Nordljus Media AB|{L}s Rör",
           "school": "Björkskolan|Ängsskolan i {T}|Förskolan Trollstigen",
           "clinic": "Vårdcentralen Norrmalm|{T} Tandvård|Hälsocentralen Solsidan",
           "bank": "Sparbanken {T}|{T} Sparbank"},
    "da": {"firm": "{L} Tømrer ApS|{S} Revision A/S|Bageriet Kornblomsten",
           "school": "Østervangsskolen|Børnehuset Mælkebøtten|{T} Friskole",
           "clinic": "Lægehuset i {T}|Tandklinikken ved Torvet|Fysioterapi Nord",
           "bank": "{T} Andelskasse|Sparekassen {T}"},
    "cs": {"firm": "Stavebniny {L} s.r.o.|Účetní kancelář {L}|{S} Solutions s.r.o.",
           "school": "Základní škola Komenského {T}|Mateřská škola Sluníčko|Gymnázium {T}",
           "clinic": "Poliklinika {T}|Zubní ordinace U Parku|Rehabilitace Pohyb",
           "bank": "Družstevní záložna {T}"},
    "tr": {"firm": "{L} Tekstil A.Ş.|{L} İnşaat Ltd. Şti.|{S} Yazılım Ltd. Şti.|{L} Mali Müşavirlik",
           "school": "{T} Atatürk İlkokulu|Papatya Anaokulu|{T} Fen Lisesi",
           "clinic": "Özel {T} Tıp Merkezi|Gülüş Ağız ve Diş Sağlığı Polikliniği|{T} Fizik Tedavi Merkezi",
           "bank": "{T} Kredi Kooperatifi"},
}


def _organization(ctx: Context, kind: str) -> str:
    r = ctx.rng
    table = _ORGS.get(f"{ctx.lang}-{ctx.country}") or _ORGS.get(ctx.lang, _ORGS["en"])
    kind = kind if kind in table else r.choice(list(table))
    pattern = r.choice(_split(table[kind]))
    country = ctx.country if ctx.country in TOWNS else "US"
    region = ctx.country if ctx.country in NAMES else _LANG_REGION.get(ctx.lang, "US")
    while "{" in pattern:
        i = pattern.index("{")
        key = pattern[i + 1]
        value = {"S": lambda: r.choice(_split(_ORG_STEMS)), "L": lambda: _make_person(r, region).last,
                 "T": lambda: _town(ctx, country)}[key]()
        pattern = pattern[:i] + value + pattern[i + 3:]
    return pattern


def _domain_of(org: str) -> str:
    words = [w for w in _ascii(org).lower().replace("&", " ").split() if w.isalpha() and len(w) > 2]
    return (words[0] if words else "firma") + (words[1] if len(words) > 1 and len(words[0]) < 6 else "")


# ---------------------------------------------------------------------------------------------------------
# E-mail, phone, personal links
# ---------------------------------------------------------------------------------------------------------

_TRANSLIT = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "ı": "i",
                           "đ": "d", "Đ": "D", "œ": "oe"})


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_TRANSLIT))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -"))


def _slug(s: str) -> str:
    return _ascii(s).lower().replace(" ", "").replace("-", "")


_MAIL_HOSTS = {
    "US": "gmail.com|yahoo.com|outlook.com|icloud.com|aol.com|comcast.net",
    "GB": "gmail.com|hotmail.co.uk|btinternet.com|outlook.com|icloud.com|sky.com",
    "IE": "gmail.com|eircom.net|hotmail.com|outlook.ie", "CA": "gmail.com|videotron.ca|shaw.ca|hotmail.ca",
    "AU": "gmail.com|bigpond.com|outlook.com.au|icloud.com", "IN": "gmail.com|rediffmail.com|yahoo.co.in",
    "NG": "gmail.com|yahoo.com", "DE": "gmx.de|web.de|t-online.de|gmail.com|posteo.de|mailbox.org",
    "AT": "gmx.at|aon.at|chello.at", "CH": "bluewin.ch|gmx.ch|sunrise.ch", "FR": "orange.fr|free.fr|laposte.net|gmail.com|sfr.fr",
    "BE": "telenet.be|skynet.be|proximus.be", "ES": "gmail.com|hotmail.es|telefonica.net|yahoo.es",
    "MX": "hotmail.com|prodigy.net.mx|gmail.com", "IT": "libero.it|virgilio.it|tiscali.it|gmail.com|alice.it",
    "NL": "ziggo.nl|kpnmail.nl|hotmail.nl|gmail.com|xs4all.nl", "PT": "sapo.pt|gmail.com|netcabo.pt",
    "BR": "gmail.com|uol.com.br|bol.com.br|yahoo.com.br", "PL": "wp.pl|o2.pl|interia.pl|onet.pl|gmail.com",
    "SE": "telia.com|gmail.com|hotmail.se|bredband.net", "DK": "jubii.dk|gmail.com|mail.dk|outlook.dk",
    "CZ": "seznam.cz|email.cz|centrum.cz|gmail.com", "TR": "gmail.com|hotmail.com|yandex.com.tr",
}


def _email(ctx: Context, person: Person, host: str | None = None) -> str:
    r = ctx.rng
    first, last = _slug(person.first), _slug(person.last)
    local = r.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{first}_{last}", f"{last}.{first}",
                      f"{first}{r.randint(1, 99)}", f"{first}.{last}{r.randint(70, 99)}", f"{first[0]}{last}",
                      f"{first}.{last}+{r.choice(['shop', 'news', 'bank', 'school'])}", f"{last}{first[0]}{r.randint(1, 9)}"])
    if host is None:
        host = r.choice(_split(_MAIL_HOSTS.get(ctx.country, "gmail.com|outlook.com|proton.me|icloud.com")))
        if r.random() < 0.1:
            host = r.choice(["proton.me", "pm.me", "fastmail.com", "hey.com", "tutanota.com"])
    return f"{local}@{host}"


def _work_email(ctx: Context, person: Person) -> str:
    tld = {"US": "com", "GB": "co.uk", "IE": "ie", "CA": "ca", "AU": "com.au", "IN": "in", "NG": "com.ng",
           "BR": "com.br", "MX": "com.mx", "TR": "com.tr", "CZ": "cz", "SE": "se", "DK": "dk"}.get(ctx.country, ctx.country.lower())
    host = f"{_domain_of(ctx.org('firm'))}.{tld}"
    r = ctx.rng
    first, last = _slug(person.first), _slug(person.last)
    return r.choice([f"{first}.{last}@{host}", f"{first[0]}{last}@{host}", f"{first}@{host}", f"{last}@{host}"])


def _phone(ctx: Context, country: str, style: str = "") -> str:
    """A number phonenumbers calls valid for the country, written as people there write it."""
    r = ctx.rng
    kind = phonenumbers.PhoneNumberType.MOBILE if r.random() < 0.65 else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(country, kind) or phonenumbers.example_number(country)
    national = str(example.national_number)
    number = example
    for _ in range(400):
        keep = r.randint(1, 3)
        candidate = phonenumbers.parse(f"+{example.country_code}{national[:keep]}{_digits(r, len(national) - keep)}")
        if phonenumbers.is_valid_number(candidate) and phonenumbers.number_type(candidate) == phonenumbers.number_type(example):
            number = candidate
            break
    fmt = phonenumbers.PhoneNumberFormat
    natl = phonenumbers.format_number(number, fmt.NATIONAL)
    intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if style == "spaced":  # read out digit by digit, as a transcript has it
        return " ".join(c for c in natl if c.isdigit())
    if style == "intl":
        return intl
    if style == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    roll = r.random()
    if roll < 0.4:
        return natl
    if roll < 0.7:
        return intl
    if roll < 0.8:
        return phonenumbers.format_number(number, fmt.E164)
    if roll < 0.88 and country in _DIAL_00:
        return "00" + intl[1:]
    if roll < 0.94 and country in ("DE", "AT", "CH", "GB", "NL", "BE") and natl.startswith("0"):
        return f"+{number.country_code} (0){natl[1:]}"
    return natl.replace(" ", ".") if country in ("FR", "BE", "CH") else natl.replace(" ", "")


# Where "00" dials abroad, so people there write foreign numbers (and their own, for foreigners) with it.
_DIAL_00 = frozenset({"GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "IT", "NL", "PT", "PL", "SE", "DK", "CZ", "TR", "IN"})


def _handle(ctx: Context, person: Person) -> str:
    r = ctx.rng
    first, last = _slug(person.first), _slug(person.last)
    return r.choice([f"{first}{last}", f"{first}_{last}", f"{first[0]}{last}", f"{first}{r.randint(1, 99)}",
                     f"{first}.{last}", f"{last}{first[:2]}", f"the{first}{last[:1]}"])


def _personal_url(ctx: Context, person: Person, group: str = "") -> str:
    """A link that points at the person: a profile, a personal site or share, a link with their e-mail or number in it."""
    r = ctx.rng
    handle = _handle(ctx, person).replace(".", "")
    slug = _ascii(person.full).lower().replace(" ", "-")
    last_file = _ascii(person.last).replace(" ", "_")
    lower_digits = string.ascii_lowercase + string.digits
    groups: dict[str, list[Callable[[], str]]] = {
        "profile": [lambda: f"https://www.linkedin.com/in/{slug}-{_chars(r, 8, lower_digits)}/",
                    lambda: f"https://linkedin.com/in/{handle}",
                    lambda: f"https://www.xing.com/profile/{_ascii(person.first)}_{_ascii(person.last).replace(' ', '')}",
                    lambda: f"https://www.{_slug(person.full)}.{r.choice(['com', 'de', 'fr', 'nl', 'io', 'me'])}"],
        "gh": [lambda: f"https://github.com/{handle}", lambda: f"https://gitlab.com/{handle}",
               lambda: f"https://{handle.replace('_', '-')}.github.io"],
        "social": [lambda: f"https://www.instagram.com/{handle}/", lambda: f"https://www.tiktok.com/@{handle}",
                   lambda: f"https://mastodon.social/@{handle}", lambda: f"https://bsky.app/profile/{handle}.bsky.social",
                   lambda: f"https://www.facebook.com/{_slug(person.first)}.{_slug(person.last)}.{r.randint(1, 9999)}",
                   lambda: f"https://www.strava.com/athletes/{_digits(r, 8)}"],
        "cal": [lambda: f"https://calendly.com/{slug}/30min", lambda: f"https://cal.com/{handle}/15min"],
        "pay": [lambda: f"https://paypal.me/{handle}",
                lambda: f"https://venmo.com/u/{_ascii(person.first)}-{_ascii(person.last).replace(' ', '-')}-{r.randint(1, 99)}"],
        "share": [lambda: f"https://docs.google.com/document/d/1{_chars(r, 43, _URLSAFE)}/edit?usp=sharing",
                  lambda: f"https://www.dropbox.com/scl/fi/{_chars(r, 21, lower_digits)}/{last_file}_CV.pdf?rlkey={_chars(r, 25, lower_digits)}&dl=0",
                  lambda: f"https://1drv.ms/u/s!{_chars(r, 30, _URLSAFE)}"],
        "chat": [lambda: f"https://wa.me/{_phone(ctx, ctx.country if ctx.country in _PHONE_OK else 'US', 'e164')[1:]}",
                 lambda: f"https://t.me/{handle}"],
        "unsub": [lambda: f"https://news.{r.choice(['brightwater-shop', 'kestrel-outdoor', 'tidewell'])}.com/unsubscribe?email={_email(ctx, person)}",
                  lambda: f"https://mail.{r.choice(['copperleaf-store', 'marwood-books'])}.co/optout?u={_email(ctx, person)}&list=weekly"],
    }
    choices = groups.get(group) or [make for makes in groups.values() for make in makes]
    return r.choice(choices)()


_PHONE_OK = frozenset({"US", "GB", "IE", "CA", "AU", "IN", "NG", "DE", "AT", "CH", "FR", "BE", "ES", "MX", "IT", "NL",
                       "PT", "BR", "PL", "SE", "DK", "CZ", "TR", "FI", "NO", "RO"})


# ---------------------------------------------------------------------------------------------------------
# Payment: cards and IBANs
# ---------------------------------------------------------------------------------------------------------

# Numbers that payment providers publish for testing: hard negatives, never drawn as a real card.
TEST_CARDS = ("4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0000 0000 0002",
              "3782 822463 10005", "6011 1111 1111 1117", "5105 1051 0510 5100", "4012 8888 8888 1881",
              "4000 0566 5566 5556", "2223 0031 2200 3222", "3056 9309 0259 04", "3530 1113 3330 0000")
_TEST_DIGITS = frozenset(c.replace(" ", "") for c in TEST_CARDS)
_CARD_SCHEMES: list[tuple[list[str], int]] = [
    (["4"], 16), (["4"], 16), (["4"], 16), (["51", "52", "53", "54", "55"], 16),
    ([str(n) for n in range(2221, 2721, 37)], 16), (["34", "37"], 15), (["6011", "644", "65"], 16),
    ([str(n) for n in range(3528, 3590, 7)], 16), (["36", "38"], 14), (["62"], 16), (["62"], 19),
    (["6759", "5018", "5020", "6304"], 16), (["2200", "2202", "2204"], 16),
]


def _card(ctx: Context) -> str:
    r = ctx.rng
    prefixes, length = r.choice(_CARD_SCHEMES)
    while True:
        body = r.choice(prefixes)
        body += _digits(r, length - len(body) - 1)
        number = body + luhn.calc_check_digit(body)
        if number not in _TEST_DIGITS:
            break
    sep = r.choice([" ", " ", " ", "-", ""])
    if length in (14, 15):  # Diners and Amex print 4-6-4 and 4-6-5
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i:i + 4] for i in range(0, length, 4)]
    return sep.join(groups)


# BBAN layouts (n digits, a capitals, c capitals or digits), some with a real bank code in front.
_IBAN_LAYOUTS: dict[str, tuple[str, str]] = {
    "DE": ("", "18n"), "AT": ("", "16n"), "CH": ("", "5n12n"), "FR": ("", "10n11n2n"), "BE": ("", "12n"),
    "ES": ("", "20n"), "IT": ("", "1a10n12n"), "NL": ("INGB|ABNA|RABO|SNSB|TRIO|KNAB|ASNB|BUNQ", "10n"),
    "PT": ("0033|0035|0007|0036", "17n"), "PL": ("", "24n"), "SE": ("", "20n"), "DK": ("", "14n"), "NO": ("", "11n"),
    "FI": ("", "14n"), "CZ": ("0800|0100|2010|0300", "16n"), "TR": ("", "5n0n16n"), "RO": ("BTRL|RNCB|BRDE|INGB", "16c"),
    "IE": ("AIBK|BOFI|IPBS", "6n8n"), "GB": ("BARC|LOYD|NWBK|HBUK|MONZ|SRLG", "6n8n"), "LU": ("", "3n13n"),
    "BR": ("", "8n5n10n1a1c"), "GR": ("", "7n16n"),
}
_COUNTRY_IBAN = {"DE": "DE", "AT": "AT", "CH": "CH", "FR": "FR", "BE": "BE", "ES": "ES", "IT": "IT", "NL": "NL",
                 "PT": "PT", "PL": "PL", "SE": "SE", "DK": "DK", "CZ": "CZ", "TR": "TR", "IE": "IE", "GB": "GB", "BR": "BR"}


def _iban(ctx: Context, country: str | None = None) -> str:
    """A valid IBAN: random account, mod-97 check digits, redrawn until the national check passes too."""
    r = ctx.rng
    if country is None:
        country = _COUNTRY_IBAN.get(ctx.country) or r.choice(list(_IBAN_LAYOUTS))
        if r.random() < 0.15:
            country = r.choice(list(_IBAN_LAYOUTS))
    banks, layout = _IBAN_LAYOUTS[country]
    for _ in range(20000):
        bban = r.choice(_split(banks)) if banks else ""
        i = 0
        while i < len(layout):
            j = i
            while layout[j].isdigit():
                j += 1
            n, kind = int(layout[i:j]), layout[j]
            if n == 0:  # a fixed zero (Turkey's reserved digit)
                bban += "0"
            else:
                bban += _chars(r, n, {"n": string.digits, "a": _UPPER, "c": _UPPER + string.digits}[kind])
            i = j + 1
        iban = country + stdnum_iban.calc_check_digits(country + "00" + bban) + bban
        if stdnum_iban.is_valid(iban):
            break
    else:
        raise RuntimeError(f"no valid IBAN drawn for {country}")
    style = r.random()
    if style < 0.55:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if style < 0.6:
        return "-".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


# ---------------------------------------------------------------------------------------------------------
# Identity numbers
# ---------------------------------------------------------------------------------------------------------


def _complete(rng: random.Random, make_body: Callable[[], str], is_valid: Callable[[str], bool],
              alphabet: str = string.digits, check_len: int = 1) -> str:
    """Draw bodies until one can be completed with check characters that the validator accepts."""
    for _ in range(5000):
        body = make_body()
        checks = [a + b for a in alphabet for b in alphabet] if check_len == 2 else list(alphabet)
        rng.shuffle(checks)
        for check in checks:
            if is_valid(body + check):  # stdnum's is_valid answers False, never raises
                return body + check
    raise RuntimeError("no valid number drawn")


def _birth(rng: random.Random, lo: int = 1945, hi: int = 2004) -> dt.date:
    start, end = dt.date(lo, 1, 1).toordinal(), dt.date(hi, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def _ssn(ctx: Context) -> str:
    r = ctx.rng
    area = r.choice([n for n in range(1, 900) if n != 666])
    text = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
    return text if r.random() < 0.85 else text.replace("-", r.choice(["", " "]))


def _national_id(ctx: Context, country: str, kind: str = "") -> str:
    """An identity, tax or social-security number valid by the country's checksum, in its usual spelling."""
    r = ctx.rng
    born = _birth(r)
    yymmdd = born.strftime("%y%m%d")
    ddmmyy = born.strftime("%d%m%y")
    if country == "US":
        return _passport(ctx, "US")
    if country == "GB":
        if kind == "nhs" or (kind != "nino" and r.random() < 0.5):
            body = _complete(r, lambda: str(r.randint(400, 799)) + _digits(r, 6), nhs.is_valid)
            return f"{body[:3]} {body[3:6]} {body[6:]}"
        prefix = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        while prefix in ("GB", "NK", "KN", "TN", "NT", "ZZ", "BG"):
            prefix = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
        d = _digits(r, 6)
        return r.choice([f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {r.choice('ABCD')}", f"{prefix}{d}{r.choice('ABCD')}"])
    if country == "IE":
        return _complete(r, lambda: _digits(r, 7), pps.is_valid, "ABCDEFGHIJKLMNOPQRSTUVW")
    if country == "CA":
        body = _complete(r, lambda: r.choice("12345679") + _digits(r, 7), sin.is_valid)
        return r.choice([f"{body[:3]} {body[3:6]} {body[6:]}", f"{body[:3]}-{body[3:6]}-{body[6:]}", body])
    if country == "AU":
        body = _complete(r, lambda: _digits(r, 8), tfn.is_valid)
        return f"{body[:3]} {body[3:6]} {body[6:]}"
    if country == "IN":
        if kind == "aadhaar" or (kind != "pan" and r.random() < 0.6):
            body = _complete(r, lambda: r.choice("23456789") + _digits(r, 10), lambda n: verhoeff.is_valid(n) and aadhaar.is_valid(n))
            return f"{body[:4]} {body[4:8]} {body[8:]}"
        return _chars(r, 3, _UPPER) + "P" + r.choice(_UPPER) + _digits(r, 4) + r.choice(_UPPER)  # PAN
    if country == "NG":
        return _digits(r, 11)  # NIN: eleven digits, no public checksum
    if country == "DE":
        if kind == "idnr" or r.random() < 0.6:
            body = _complete(r, lambda: r.choice("123456789") + _digits(r, 9), idnr.is_valid)
            return r.choice([body, f"{body[:2]} {body[2:5]} {body[5:8]} {body[8:]}"])
        return _passport(ctx, "DE")
    if country == "AT":
        for _ in range(1000):  # SVNR: three serial digits, a check digit, the birth date
            serial = f"{r.randint(100, 999)}"
            number = next((serial + c + ddmmyy for c in string.digits if vnr.is_valid(serial + c + ddmmyy)), None)
            if number:
                return r.choice([f"{number[:4]} {number[4:]}", number])
        raise RuntimeError("no valid SVNR drawn")
    if country == "CH":
        body = _complete(r, lambda: "756" + _digits(r, 9), ahv.is_valid)
        return ahv.format(body)
    if country == "FR":
        sex = r.choice("12")
        dept = r.choice(["75", "69", "13", "2A", "35", "49", "29", "59", "33", "99"])
        body = f"{sex}{yymmdd[:2]}{yymmdd[2:4]}{dept}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
        full = body + nir.calc_check_digits(body)
        return r.choice([nir.format(full), full])
    if country == "BE":
        body = _complete(r, lambda: yymmdd + f"{r.randint(1, 997):03d}", nn.is_valid, check_len=2)
        return r.choice([nn.format(body), body])
    if country in ("ES", "MX"):
        if r.random() < 0.7 or country == "MX":
            body = _digits(r, 8)
            return r.choice([body + dni.calc_check_digit(body), f"{body}-{dni.calc_check_digit(body)}"])
        body = r.choice("XYZ") + _digits(r, 7)
        return body + nie.calc_check_digit(body)
    if country == "IT":
        month = "ABCDEHLMPRST"[born.month - 1]
        day = born.day + (40 if r.random() < 0.5 else 0)
        body = (_chars(r, 6, "BCDFGHLMNPRSTVZ") + yymmdd[:2] + month + f"{day:02d}"
                + r.choice("ABCDEFGHILM") + _digits(r, 3))
        return body + codicefiscale.calc_check_digit(body)
    if country == "NL":
        return _complete(r, lambda: r.choice("123456789") + _digits(r, 7), bsn.is_valid)
    if country == "PT":
        if kind == "nif" or (kind != "cc" and r.random() < 0.5):
            body = r.choice("123") + _digits(r, 7)
            return body + nif.calc_check_digit(body)
        body = _digits(r, 8) + _digits(r, 1) + _chars(r, 2, _UPPER)
        full = body + cc.calc_check_digit(body)
        return cc.format(full)
    if country == "BR":
        body = _complete(r, lambda: _digits(r, 9), cpf.is_valid, check_len=2)
        return r.choice([cpf.format(body), body])
    if country == "PL":
        month = born.month + (20 if born.year >= 2000 else 0)
        body = f"{born.year % 100:02d}{month:02d}{born.day:02d}{_digits(r, 4)}"
        return body + pesel.calc_check_digit(body)
    if country == "SE":
        body = _complete(r, lambda: yymmdd + _digits(r, 3), lambda n: personnummer.is_valid(n[:6] + "-" + n[6:]))
        return r.choice([f"{body[:6]}-{body[6:]}", f"{born.year // 100}{body[:6]}-{body[6:]}", f"{born.year // 100}{body}"])
    if country == "DK":
        body = _complete(r, lambda: ddmmyy + _digits(r, 3), cpr.is_valid)
        return r.choice([f"{body[:6]}-{body[6:]}", body])
    if country == "CZ":
        month = born.month + (50 if r.random() < 0.5 else 0)
        body = _complete(r, lambda: f"{born.year % 100:02d}{month:02d}{born.day:02d}{_digits(r, 3)}",
                         lambda n: rc.is_valid(n) and len(n) == 10)
        return r.choice([f"{body[:6]}/{body[6:]}", body])
    if country == "TR":
        body = r.choice("123456789") + _digits(r, 8)
        return body + tckimlik.calc_check_digits(body)
    if country == "FI":
        century = "-" if born.year < 2000 else "A"
        body = _complete(r, lambda: ddmmyy + century + f"{r.randint(2, 899):03d}", hetu.is_valid, "0123456789ABCDEFHJKLMNPRSTUVWXY")
        return body
    if country == "NO":
        return _complete(r, lambda: ddmmyy + _digits(r, 3), fodselsnummer.is_valid, check_len=2)
    if country == "RO":
        body = r.choice("12") + yymmdd + f"{r.randint(1, 46):02d}" + _digits(r, 3)
        return body + cnp.calc_check_digit(body)
    return _passport(ctx, country)


def _passport(ctx: Context, country: str) -> str:
    r = ctx.rng
    layouts = {
        "US": lambda: r.choice(["", "A"]) + _digits(r, 9 if r.random() < 0.5 else 8),
        "GB": lambda: _digits(r, 9), "IE": lambda: _chars(r, 2, _UPPER) + _digits(r, 7),
        "DE": lambda: r.choice("CFGHJK") + _chars(r, 8, "CFGHJKLMNPRTVWXYZ0123456789"),
        "FR": lambda: _digits(r, 2) + _chars(r, 2, _UPPER) + _digits(r, 5), "IT": lambda: _chars(r, 2, _UPPER) + _digits(r, 7),
        "ES": lambda: _chars(r, 3, _UPPER) + _digits(r, 6), "NL": lambda: _chars(r, 2, "BCDFGHJKLMNPRSTVWXYZ") + _chars(r, 6, "BCDFGHJKLMNPRSTVWXYZ0123456789") + _digits(r, 1),
        "PL": lambda: _chars(r, 2, _UPPER) + _digits(r, 7), "SE": lambda: _digits(r, 8), "TR": lambda: "U" + _digits(r, 8),
        "IN": lambda: r.choice(_UPPER) + _digits(r, 7), "NG": lambda: "A" + _digits(r, 8), "BR": lambda: _chars(r, 2, _UPPER) + _digits(r, 6),
        "CZ": lambda: _digits(r, 8), "DK": lambda: _digits(r, 9), "PT": lambda: r.choice(_UPPER) + _digits(r, 6),
        "MX": lambda: r.choice(_UPPER) + _digits(r, 8), "CA": lambda: _chars(r, 2, _UPPER) + _digits(r, 6),
        "AU": lambda: r.choice("NPE") + r.choice(_UPPER) + _digits(r, 7), "AT": lambda: r.choice("PU") + _digits(r, 7),
        "CH": lambda: r.choice(_UPPER) + _digits(r, 7), "BE": lambda: _chars(r, 2, _UPPER) + _digits(r, 6),
    }
    return layouts.get(country, layouts["GB"])()


# ---------------------------------------------------------------------------------------------------------
# Network addresses
# ---------------------------------------------------------------------------------------------------------

# First octets that hold private, loopback, shared, link-local or documentation ranges: drawn on purpose only.
_NOT_PUBLIC = frozenset({0, 10, 100, 127, 169, 172, 192, 198, 203})


def _ip(ctx: Context, kind: str = "") -> str:
    r = ctx.rng
    kind = kind or r.choice(["v4", "v4", "v4", "priv", "priv", "v6"])
    if kind == "priv":
        return r.choice([f"192.168.{r.choice([0, 1, 1, 2, 178, 188])}.{r.randint(2, 254)}",
                         f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}",
                         f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"])
    if kind == "v6":
        prefix = r.choice(["2a02:8109", "2a01:c22", "2003:e4", "2a00:23c5", "2600:1700", "2607:fb90", "2405:201", "2a02:a46"])
        groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(8 - prefix.count(":") - 1)]
        if r.random() < 0.5:
            return f"{prefix}:{groups[0]}:{groups[1]}::{groups[-1]}"
        return ":".join([prefix, *groups])
    first = r.choice([n for n in range(1, 224) if n not in _NOT_PUBLIC])
    return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


# ---------------------------------------------------------------------------------------------------------
# Dates, in every language of the set
# ---------------------------------------------------------------------------------------------------------

MONTHS: dict[str, str] = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
}
_WEEKDAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _ordinal_words(day: int) -> str:
    if day <= 20:
        return _ORDINAL_WORDS[day - 1]
    if day == 30:
        return "thirtieth"
    return f"{_TENS[day // 10]}-{_ORDINAL_WORDS[day % 10 - 1]}"


def _two_digit_words(n: int) -> str:
    if n < 20:
        return _UNITS[n]
    return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _UNITS[n % 10])


def _year_words(year: int) -> str:
    hi, lo = divmod(year, 100)
    if hi == 20 and lo < 10:
        return "two thousand" + ("" if lo == 0 else " and " + _UNITS[lo])
    return f"{_two_digit_words(hi)} {'oh ' + _UNITS[lo] if 0 < lo < 10 else 'hundred' if lo == 0 else _two_digit_words(lo)}"


def _date(ctx: Context, flags: set[str], birth: bool) -> Parts:
    """A date in the prompt's language; the labelled part is the date, never a weekday or time beside it."""
    r = ctx.rng
    label = "DATE_OF_BIRTH" if birth else "DATE"
    if birth:
        lo, hi = (1900, 1935) if "old" in flags else (2008, 2021) if "child" in flags else (1940, 2006)
        day = _birth(r, lo, hi)
    elif "old" in flags:  # an event in a family history, after every "old" birth
        day = _birth(r, 1940, 1975)
    else:
        day = dt.date.fromordinal(r.randint(dt.date(2019, 1, 1).toordinal(), dt.date(2027, 12, 31).toordinal()))
    d, m, y = day.day, day.month, day.year
    lang = "en" if "en" in flags else ctx.lang
    month = MONTHS[lang].split()[m - 1]
    if "iso" in flags:
        return [(day.isoformat(), label)]
    if "rfc" in flags:  # an e-mail Date: header
        return [(day.strftime("%a, "), None), (f"{d} {day.strftime('%b')} {y}", label),
                (f" {r.randint(6, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(['+0000', '+0100', '+0200', '-0500', '-0700'])}", None)]
    if "clf" in flags:  # a web-server log
        return [(f"{d:02d}/{day.strftime('%b')}/{y}", label), (f":{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0000", None)]
    if "git" in flags:
        return [(day.strftime("%a "), None), (f"{day.strftime('%b')} {d}", label),
            (f" {r.randint(7, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {y} {r.choice(['+0100', '+0200', '-0400'])}", None)]
    if "spoken" in flags:
        words = r.choice([f"{_ordinal_words(d)} of {month.lower()} {_year_words(y)}", f"{month.lower()} {_ordinal_words(d)} {_year_words(y)}"])
        return [(words, label)]
    if "num" in flags:
        sep = {"de": ".", "pl": ".", "cs": ".", "da": ".", "tr": ".", "nl": "-"}.get(lang, "/")
        if lang == "en" and ctx.country in ("US", "CA"):
            return [(r.choice([f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}"]), label)]
        if lang == "sv":
            return [(day.isoformat(), label)]
        return [(r.choice([f"{d:02d}{sep}{m:02d}{sep}{y}", f"{d}{sep}{m}{sep}{y}"]), label)]
    with_year = birth or "year" in flags or r.random() < 0.6
    if lang == "en":
        if ctx.country in ("US", "CA") and r.random() < 0.75:
            forms = [f"{month} {d}, {y}", f"{month[:3]} {d}, {y}", f"{m}/{d}/{y}", f"{m:02d}/{d:02d}/{y}"] if with_year else \
                    [f"{month} {d}", f"{month} {_ordinal(d)}", f"{month[:3]}. {d}", f"{m}/{d}"]
        else:
            forms = [f"{d} {month} {y}", f"{_ordinal(d)} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{d} {month[:3]} {y}",
                     f"{d:02d}-{month[:3].upper()}-{y}", f"{_ordinal(d)} of {month} {y}"] if with_year else \
                    [f"{d} {month}", f"{_ordinal(d)} {month}", f"{_ordinal(d)} of {month}", f"{d} {month[:3]}", f"{d}/{m}"]
        return [(r.choice(forms), label)]
    forms = {
        "de": ([f"{d}. {month} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}"],
               [f"{d}. {month}", f"{d}.{m}.", f"{d:02d}.{m:02d}."]),
        "fr": ([f"{'1er' if d == 1 else d} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}"],
               [f"{'1er' if d == 1 else d} {month}", f"{d}/{m}"]),
        "es": ([f"{d} de {month} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}"], [f"{d} de {month}", f"{d}/{m}"]),
        "it": ([f"{d} {month} {y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}"], [f"{d} {month}", f"{d}/{m}"]),
        "nl": ([f"{d} {month} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}-{m}-{y}"], [f"{d} {month}", f"{d} {month[:3]}"]),
        "pt": ([f"{d} de {month} de {y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}"], [f"{d} de {month}", f"{d}/{m}"]),
        "pl": ([f"{d} {month} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m:02d}.{y}"], [f"{d} {month}", f"{d:02d}.{m:02d}"]),
        "sv": ([f"{d} {month} {y}", day.isoformat(), f"{d}/{m} {y}"], [f"{d} {month}", f"{d}/{m}"]),
        "da": ([f"{d}. {month} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}-{y}"], [f"{d}. {month}", f"{d}/{m}"]),
        "cs": ([f"{d}. {month} {y}", f"{d}. {m}. {y}", f"{d:02d}.{m:02d}.{y}"], [f"{d}. {month}", f"{d}. {m}."]),
        "tr": ([f"{d} {month} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}/{m}/{y}"], [f"{d} {month}", f"{d:02d}.{m:02d}"]),
    }[lang]
    if ctx.country == "AT" and m == 1:
        month = "Jänner"
        return [(r.choice([f"{d}. {month} {y}", f"{d}. {month}"]), label)]
    return [(r.choice(forms[0] if with_year else forms[1]), label)]


# ---------------------------------------------------------------------------------------------------------
# Credentials
# ---------------------------------------------------------------------------------------------------------

_PASSWORD_WORDS = {
    "en": "sunflower|Patriots|bulldog|Gizmo|lakers|Buttercup|sk8ter|Liverpool|pumpkin|Mustang|Winnie|Redsox",
    "de": "Schalke|Mausi|Sonnenschein|Bayern|Hasi|Fussball|Kuschel|Borussia", "fr": "doudou|chouchou|Marseille|soleil|Loulou",
    "es": "Betis|cariño|Sevilla|princesa|tequiero", "it": "Juventus|amore|Forza|tesoro|Napoli",
    "nl": "Ajax|konijn|Feyenoord|lieverd|Tulp", "pt": "Benfica|Flamengo|saudade|gatinha|Corinthians",
    "pl": "Legia|kochanie|Misiek|Zabka|Lech", "sv": "Hammarby|Kanelbulle|Sommar|AIK", "da": "Brondby|Hygge|Mormor|FCK",
    "cs": "Sparta|Kocicka|Pivo|Slavia", "tr": "Galatasaray|Fenerbahce|Besiktas|canim|Karadeniz",
}


def _password(ctx: Context) -> str:
    r = ctx.rng
    word = r.choice(_split(_PASSWORD_WORDS.get(ctx.lang, _PASSWORD_WORDS["en"])))
    leet = word.replace("a", "@").replace("o", "0").replace("e", "3") if r.random() < 0.5 else word
    person = ctx.person("1")
    return r.choice([
        f"{word}{r.randint(1, 2024)}{r.choice(['!', '', '#', '$', '?', '!!'])}",
        f"{leet}{r.choice(['_', '.', ''])}{r.randint(10, 99)}",
        f"{_ascii(person.first)}{r.randint(1970, 2010)}{r.choice(['!', '*', ''])}",
        _chars(r, r.randint(14, 24), _ALNUM + "!@#$%^&*-_=+"),
        "-".join(r.choice(_split("maple|river|copper|lantern|velvet|orbit|cactus|harbor|pepper|glacier|tundra")) for _ in range(3)) + str(r.randint(1, 99)),
        f"{word.lower()}{_chars(r, 3, string.digits)}{r.choice(['!', '%', '&'])}{word[:2].upper()}",
    ])


_BIP39 = ("abandon ability absent absorb acid acoustic adapt addict adjust admit adult advice afford agent alarm album alley "
          "almost alpha amateur amused anchor ancient anger ankle antenna anxiety apple april arena armor arrow artist "
          "aspect atom auction autumn avocado awake bacon badge balcony bamboo banner barrel basket battle beach because "
          "behave bench betray bicycle blanket blossom border bounce bracket brave breeze bronze bubble budget buffalo "
          "cabin cactus camera canal canvas carbon carpet casino castle cattle ceiling census chalk charge cherry chimney "
          "cinnamon citizen clarify clever cloud cluster coconut coffee comic copper coral cotton cradle crater cricket "
          "crystal cupboard curtain cycle dairy dance debris decade denial desert dilemma dinosaur dolphin donkey dragon "
          "drift eager eagle echo elbow elegant embark ember emerge engine enrich episode erode escape estate evoke exotic "
          "fabric falcon fancy fatigue feather fiction filter fitness flame flavor fluid foam forest fossil fragile frost "
          "galaxy garlic gauge genius giraffe glimpse globe glove gossip gravity guitar hammer harbor harvest hazard hedgehog").split()


def _secret(ctx: Context, kind: str = "") -> Parts:
    """A credential in its provider's real shape; the label covers the secret value only."""
    r = ctx.rng
    kinds = ("aws_id aws_secret openai anthropic github github_pat gitlab slack slack_hook stripe stripe_whsec google "
             "google_oauth azure_secret azure_key twilio sendgrid npm pypi hf discord telegram jwt pem mailgun shopify "
             "digitalocean mapbox cloudflare datadog linear notion atlassian postman doppler grafana vault heroku "
             "firebase session basic").split()
    kind = kind or r.choice(kinds)

    def one(text: str) -> Parts:
        return [(text, "SECRET")]

    if kind == "aws_id":
        return one(r.choice(["AKIA", "AKIA", "ASIA"]) + _chars(r, 16, _UPPER + "234567"))
    if kind == "aws_secret":
        return one(_chars(r, 40, _B64))
    if kind == "openai":
        return one(r.choice([f"sk-proj-{_chars(r, 74, _URLSAFE)}T3BlbkFJ{_chars(r, 74, _URLSAFE)}",
                             f"sk-{_chars(r, 20, _ALNUM)}T3BlbkFJ{_chars(r, 20, _ALNUM)}",
                             f"sk-svcacct-{_chars(r, 74, _URLSAFE)}T3BlbkFJ{_chars(r, 74, _URLSAFE)}"]))
    if kind == "anthropic":
        return one(f"sk-ant-{r.choice(['api03', 'api03', 'admin01'])}-{_chars(r, 93, _URLSAFE)}AA")
    if kind == "github":
        return one(r.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + _chars(r, 36, _ALNUM))
    if kind == "github_pat":
        return one(f"github_pat_11{_chars(r, 20, _UPPER + string.digits)}_{_chars(r, 59, _ALNUM)}")
    if kind == "gitlab":
        return one(r.choice(["glpat-", "glpat-", "gldt-", "glrt-"]) + _chars(r, 20, _URLSAFE))
    if kind == "slack":
        return one(f"{r.choice(['xoxb', 'xoxp', 'xoxe.xoxp-1'])}-{_digits(r, 12)}-{_digits(r, 13)}-{_chars(r, 24, _ALNUM)}")
    if kind == "slack_hook":
        return [("https://hooks.slack.com/services/", None), (f"T{_chars(r, 10, _UPPER + string.digits)}/B{_chars(r, 10, _UPPER + string.digits)}/{_chars(r, 24, _ALNUM)}", "SECRET")]
    if kind == "stripe":
        return one(r.choice(["sk_live_", "rk_live_", "sk_live_51"]) + _chars(r, r.choice([24, 99]), _ALNUM))
    if kind == "stripe_whsec":
        return one("whsec_" + _chars(r, 32, _ALNUM))
    if kind == "google":
        return one("AIza" + _chars(r, 35, _URLSAFE))
    if kind == "google_oauth":
        return one("GOCSPX-" + _chars(r, 28, _URLSAFE))
    if kind == "azure_secret":
        return one(_chars(r, 3, _ALNUM) + "8Q~" + _chars(r, 34, _ALNUM + "_.~-"))
    if kind == "azure_key":
        return one(base64.b64encode(r.randbytes(64)).decode())
    if kind in ("twilio", "datadog"):
        return one(_chars(r, 32, _HEX))
    if kind == "sendgrid":
        return one(f"SG.{_chars(r, 22, _URLSAFE)}.{_chars(r, 43, _URLSAFE)}")
    if kind == "npm":
        return one("npm_" + _chars(r, 36, _ALNUM))
    if kind == "pypi":
        return one("pypi-AgEIcHlwaS5vcmc" + _chars(r, r.randint(120, 160), _URLSAFE))
    if kind == "hf":
        return one("hf_" + _chars(r, 34, string.ascii_letters))
    if kind == "discord":
        user = base64.b64encode(str(r.randint(10**17, 10**18 - 1)).encode()).decode().rstrip("=")
        return one(f"{user}.{_chars(r, 6, _URLSAFE)}.{_chars(r, 38, _URLSAFE)}")
    if kind == "telegram":
        return one(f"{r.randint(10**8, 8 * 10**9)}:AA{_chars(r, 33, _URLSAFE)}")
    if kind == "jwt":
        head = _b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
        body = _b64url(json.dumps({"sub": _chars(r, 12, _HEX), "role": r.choice(["service_role", "user", "admin"]),
                                   "exp": r.randint(1_700_000_000, 1_900_000_000)}).encode())
        return one(f"{head}.{body}.{_b64url(r.randbytes(32))}")
    if kind == "pem":
        body = base64.b64encode(r.randbytes(r.choice([120, 190, 300]))).decode()
        name = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
        return one(f"-----BEGIN {name}-----\n{lines}\n-----END {name}-----")
    if kind == "mailgun":
        return one("key-" + _chars(r, 32, _HEX))
    if kind == "shopify":
        return one(r.choice(["shpat_", "shpss_"]) + _chars(r, 32, _HEX))
    if kind == "digitalocean":
        return one("dop_v1_" + _chars(r, 64, _HEX))
    if kind == "mapbox":
        return one("sk.eyJ1Ijoi" + _chars(r, 60, _URLSAFE) + "." + _chars(r, 22, _URLSAFE))
    if kind == "cloudflare":
        return one(_chars(r, 40, _URLSAFE))
    if kind == "linear":
        return one("lin_api_" + _chars(r, 40, _ALNUM))
    if kind == "notion":
        return one(r.choice(["secret_" + _chars(r, 43, _ALNUM), "ntn_" + _chars(r, 46, _ALNUM)]))
    if kind == "atlassian":
        return one("ATATT3xFfGF0" + _chars(r, 170, _URLSAFE) + "=" + _chars(r, 8, _HEX.upper()))
    if kind == "postman":
        return one(f"PMAK-{_chars(r, 24, _HEX)}-{_chars(r, 34, _HEX)}")
    if kind == "doppler":
        return one(f"dp.st.{r.choice(['prd', 'dev', 'stg'])}.{_chars(r, 40, _ALNUM)}")
    if kind == "grafana":
        return one(f"glsa_{_chars(r, 32, _ALNUM)}_{_chars(r, 8, _HEX)}")
    if kind == "vault":
        return one("hvs." + _chars(r, 24, _ALNUM))
    if kind == "heroku":  # shaped like a UUID, and a secret all the same
        h = _chars(r, 32, _HEX)
        return one(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
    if kind == "firebase":
        return one(f"AAAA{_chars(r, 7, _URLSAFE)}:APA91b{_chars(r, 134, _URLSAFE)}")
    if kind == "session":
        return one(_chars(r, 32, string.ascii_lowercase + string.digits))
    if kind == "basic":
        user = r.choice(["admin", "api", _slug(ctx.person("1").first), "deploy"])
        return one(base64.b64encode(f"{user}:{_password(ctx)}".encode()).decode())
    if kind == "b64pw":  # a Kubernetes Secret's data value
        return one(base64.b64encode(_password(ctx).encode()).decode())
    if kind == "seed":
        return one(" ".join(r.choice(_BIP39) for _ in range(r.choice([12, 12, 24]))))
    if kind == "password":
        return one(_password(ctx))
    raise KeyError(kind)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _db_url(ctx: Context) -> Parts:
    """A connection URL: the label covers user:password (or the password alone when there is no user)."""
    r = ctx.rng
    scheme = r.choice(["postgresql://", "postgres://", "mysql://", "mongodb+srv://", "redis://", "amqps://", "mssql+pyodbc://"])
    host = r.choice(["db.internal", "localhost", "prod-pg-01.c8xk2.eu-central-1.rds.amazonaws.com", "cluster0.ab3cd.mongodb.net",
                     "10.0.4.12", "mq.staging.lan", "sqlsrv-weu.database.windows.net"])
    port = {"postgresql://": 5432, "postgres://": 5432, "mysql://": 3306, "redis://": 6379, "amqps://": 5671, "mssql+pyodbc://": 1433}.get(scheme)
    tail = f"@{host}" + (f":{port}" if port else "") + r.choice(["/app", "/orders", "/prod?sslmode=require", "/0", "/?retryWrites=true&w=majority"])
    # people pick connection-string passwords that need no percent-encoding
    password = "".join(c for c in _password(ctx) if c.isalnum() or c in "-_.!*") or _chars(r, 16, _ALNUM)
    if scheme == "redis://" and r.random() < 0.5:
        return [(scheme + ":", None), (password, "SECRET"), (tail, None)]
    user = r.choice(["app", "postgres", "admin", "svc_billing", _slug(ctx.person("1").first), "root"])
    return [(scheme, None), (f"{user}:{password}", "SECRET"), (tail, None)]


# ---------------------------------------------------------------------------------------------------------
# Hard negatives: values that look like PII and are not
# ---------------------------------------------------------------------------------------------------------

EXAMPLE_IBANS = ("DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606",
                 "NL91 ABNA 0417 1643 00", "ES91 2100 0418 4502 0005 1332", "CH93 0076 2011 6238 5295 7")
PLACEHOLDER_PEOPLE = ("John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "Jan Kowalski", "Juan Pérez",
                      "Mario Rossi", "Jean Dupont", "Fulano de Tal", "Joe Bloggs", "Jan Novák", "Jan Jansen",
                      "Kari Nordmann", "Anders And")
FICTIONAL = ("Sherlock Holmes", "Hermione Granger", "Pippi Långstrump", "Don Quijote", "Asterix", "Frodo Baggins",
             "Tintin", "Pinocchio", "Jane Eyre", "Bilbo Baggins", "Kommissar Rex", "Lisbeth Salander")
FAMOUS_PEOPLE = ("Marie Curie", "Ada Lovelace", "Nelson Mandela", "Frida Kahlo", "Alan Turing", "Astrid Lindgren",
                 "Wisława Szymborska", "Václav Havel", "Orhan Pamuk", "Hans Christian Andersen", "Fernando Pessoa",
                 "Johan Cruyff", "Leonardo da Vinci", "Gabriel García Márquez", "Simone de Beauvoir", "Greta Thunberg",
                 "Linus Torvalds", "Guido van Rossum", "Serena Williams", "Ludwig van Beethoven", "Mustafa Kemal Atatürk")
FAMOUS_PLACES = ("the Eiffel Tower", "Machu Picchu", "the Alhambra", "Neuschwanstein", "the Colosseum", "Kraków's Old Town",
                 "Charles Bridge", "the Rijksmuseum", "Hagia Sophia", "the Sagrada Família", "Tivoli Gardens", "Yosemite",
                 "the Great Barrier Reef", "Lisbon", "Tokyo", "Reykjavík", "Buenos Aires", "Istanbul", "Stockholm")
FAMOUS_COMPANIES = ("Siemens", "Spotify", "IKEA", "Nestlé", "Toyota", "Volvo", "LEGO", "Inditex", "Ferrero", "Philips",
                    "Allegro", "Škoda", "Maersk", "Netflix", "Microsoft", "Airbus", "Embraer", "Turkish Airlines", "SAP")
DOC_URLS = ("https://docs.python.org/3/library/asyncio-task.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Authorization",
            "https://www.rfc-editor.org/rfc/rfc5737", "https://kubernetes.io/docs/concepts/configuration/secret/",
            "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens",
            "https://docs.stripe.com/testing", "https://learn.microsoft.com/en-us/azure/key-vault/general/overview",
            "https://www.home-assistant.io/docs/configuration/secrets/", "https://docs.docker.com/compose/environment-variables/",
            "https://github.com/pallets/flask/issues/5234", "https://www.postgresql.org/docs/current/libpq-connect.html",
            "https://en.wikipedia.org/wiki/International_Bank_Account_Number", "https://datatracker.ietf.org/doc/html/rfc7519",
            "https://huggingface.co/docs/hub/security-tokens", "https://pypi.org/project/requests/")
PLACEHOLDER_KEYS = ("sk-...", "<YOUR_OPENAI_API_KEY>", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                    "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "${{ secrets.NPM_TOKEN }}", "$STRIPE_SECRET_KEY", "changeme",
                    "<redacted>", "REPLACE_ME", "os.getenv(\"HF_TOKEN\")", "xoxb-your-bot-token", "********",
                    "your-password-here", "{{ vault_db_password }}", "sk-ant-xxxxxxxx", "<YOUR_TOKEN>")
EXAMPLE_EMAILS = ("user@example.com", "jane.doe@example.org", "test@example.net", "noreply@example.com",
                  "admin@example.com", "alice@example.org", "you@yourdomain.com")


def _negative(ctx: Context, slot: str, flags: set[str]) -> Parts | None:
    r = ctx.rng
    values: dict[str, Callable[[], str]] = {
        "order": lambda: r.choice(["#", "ORD-", "", "PO-", "SO"]) + _digits(r, r.choice([6, 7, 8, 10])),
        "ticket": lambda: r.choice(["JIRA-", "OPS-", "SUP-", "INC", "CS-", "#"]) + str(r.randint(100, 99999)),
        "invoice": lambda: f"{r.choice(['INV', 'RE', 'FAC', 'FV'])}-{r.randint(2019, 2027)}-{r.randint(1, 9999):04d}",
        "tracking": lambda: r.choice([f"1Z{_chars(r, 6, _UPPER + string.digits)}{_digits(r, 10)}", f"JJD{_digits(r, 15)}",
                                      f"{_chars(r, 2, _UPPER)}{_digits(r, 9)}{r.choice(['DE', 'GB', 'NL', 'PL'])}"]),
        "version": lambda: r.choice(["v", "", ""]) + ".".join(str(r.randint(0, 24)) for _ in range(r.choice([2, 3, 3, 4]))),
        "uuid": lambda: "-".join(_chars(r, n, _HEX) for n in (8, 4, 4, 4, 12)),
        "sha": lambda: _chars(r, r.choice([7, 8, 12, 40]), _HEX),
        "cve": lambda: f"CVE-{r.randint(2014, 2025)}-{r.randint(1000, 49999)}",
        "price": lambda: r.choice([
            r.choice(["$", "£", "€", "US$"]) + r.choice([f"{r.randint(3, 999)}.{r.randint(0, 99):02d}", f"{r.randint(1, 20)},{r.randint(100, 999)}"]),
            f"{r.randint(3, 999)},{r.randint(0, 99):02d} {r.choice(['€', 'zł', 'kr', 'Kč', 'TL', 'EUR'])}",
            f"CHF {r.randint(3, 999)}.{r.choice(['00', '50', '90', '95'])}"]),
        "docurl": lambda: r.choice(DOC_URLS), "placeholder": lambda: r.choice(PLACEHOLDER_KEYS),
        "testcard": lambda: r.choice(TEST_CARDS), "testiban": lambda: r.choice(EXAMPLE_IBANS),
        "exemail": lambda: r.choice(EXAMPLE_EMAILS), "fakename": lambda: r.choice(PLACEHOLDER_PEOPLE),
        "fiction": lambda: r.choice(FICTIONAL), "famous": lambda: r.choice(FAMOUS_PEOPLE),
        "place": lambda: r.choice(FAMOUS_PLACES), "company": lambda: r.choice(FAMOUS_COMPANIES),
        "docip": lambda: r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                                   f"2001:db8::{r.randint(1, 0xFFFF):x}"]),
        "localip": lambda: r.choice(["127.0.0.1", "0.0.0.0", "::1", "localhost"]),
        "resolver": lambda: r.choice(["8.8.8.8", "1.1.1.1", "9.9.9.9", "8.8.4.4", "2606:4700:4700::1111"]),
        "pubkey": lambda: f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{_chars(r, 43, _B64)} {r.choice(['deploy@ci', 'build-runner', 'github-actions'])}",
        "year": lambda: str(r.randint(1890, 2030)), "decade": lambda: f"{r.randint(195, 201)}0", "time": lambda: f"{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45', '05'])}",
        "qty": lambda: str(r.choice([3, 7, 12, 48, 250, 1024, 65536, 1500000])),
        "port": lambda: str(r.choice([22, 80, 443, 1883, 5432, 6379, 8080, 8123, 27017])),
        "sku": lambda: f"{_chars(r, 3, _UPPER)}-{_digits(r, 4)}-{_chars(r, 2, _UPPER)}",
        "flight": lambda: f"{r.choice(['LH', 'KL', 'LO', 'SK', 'TK', 'IB', 'AZ', 'TP', 'FR', 'U2'])} {r.randint(100, 4999)}",
        "hexcolor": lambda: "#" + _chars(r, 6, _HEX), "semver_range": lambda: f">={r.randint(1, 5)}.{r.randint(0, 20)},<{r.randint(6, 9)}",
        "twilio_sid": lambda: "AC" + _chars(r, 32, _HEX), "isbn": lambda: r.choice(["978-0-13-468599-1", "978-3-16-148410-0", "978-1-4919-5017-6"]),
        "digest": lambda: _chars(r, 32, _HEX), "mac_masked": lambda: "xx:xx:xx:" + ":".join(_chars(r, 2, _HEX) for _ in range(3)),
    }
    if slot not in values:
        return None
    return [(values[slot](), None)]


# ---------------------------------------------------------------------------------------------------------
# Filling a slot
# ---------------------------------------------------------------------------------------------------------

_PERSON_SLOTS = ("name", "first", "last", "initial", "rev", "airline", "nick", "email", "workemail", "purl")
_IN_PROMPT_ONLY = {  # unlabelled reference numbers that PII prompts carry beside the PII
    "pnr": lambda r: _chars(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "policy": lambda r: f"{r.choice(['POL', 'HA', 'MTR'])}-{_digits(r, 8)}",
    "studentno": lambda r: _digits(r, r.choice([7, 8])), "rx": lambda r: f"RX{_digits(r, 7)}",
    "memberno": lambda r: _digits(r, r.choice([6, 9])),
}


def _split_slot(slot: str) -> tuple[str, str, str | None, set[str]]:
    """'name2' -> ('name', '2', None, {}); 'phone:PL:intl' -> ('phone', '', 'PL', {'intl'})."""
    base, *args = slot.split(":")
    index = ""
    while base and base[-1].isdigit():
        index = base[-1] + index
        base = base[:-1]
    country = next((a for a in args if len(a) == 2 and a.isupper()), None)
    return base, index, country, {a for a in args if a != country}


def fill(ctx: Context, slot: str) -> Parts:
    """The text of one slot as (text, TYPE or None) parts; see the module docstring for the syntax."""
    if slot in ("lb", "rb"):
        return [("{" if slot == "lb" else "}", None)]
    memo_key = None
    if "@" in slot:  # the same value again within the prompt (a log line's address, a chat's date)
        slot, memo_key = slot.split("@")
        cached = ctx._memo.get(memo_key + slot)
        if cached is not None:
            return cached
    case = ""
    if slot[0] in "^_":
        case, slot = slot[0], slot[1:]
    parts = _fill(ctx, slot)
    if case == "^":
        parts = [(text.upper(), etype) for text, etype in parts]
    elif case == "_":
        parts = [(text.lower(), etype) for text, etype in parts]
    if memo_key is not None:
        ctx._memo[memo_key + ("^" if case == "^" else "_" if case == "_" else "") + slot] = parts
    return parts


def _fill(ctx: Context, slot: str) -> Parts:
    r = ctx.rng
    base, index, country, flags = _split_slot(slot)
    home = country or (ctx.country if ctx.country in TOWNS else "US")
    if base in _PERSON_SLOTS:
        p = ctx.person(index or "1", "f" if "f" in flags else "m" if "m" in flags else "")
        if base == "name":
            return [(p.full, "PERSON")]
        if base in ("first", "last"):
            return [(getattr(p, base), "PERSON")]
        if base == "initial":
            return [(f"{p.first[0]}. {p.last}", "PERSON")]
        if base == "rev":
            return [(f"{p.last}, {p.first}", "PERSON")]
        if base == "airline":  # a ticket's LAST/FIRST, title after it
            last, first = _ascii(p.last).upper().replace(" ", "").replace("'", ""), _ascii(p.first).upper().replace(" ", "")
            return [(f"{last}/{first}", "PERSON"), (r.choice(["", " MR", " MRS", " MS"]), None)]
        if base == "nick":
            return [(r.choice(_split(NICKNAMES.get(ctx.lang, NICKNAMES["en"]))), "PERSON")]
        if base == "email":
            return [(_email(ctx, p), "EMAIL")]
        if base == "workemail":
            return [(_work_email(ctx, p), "EMAIL")]
        return [(_personal_url(ctx, p, next(iter(flags), "")), "URL")]
    if base == "town":
        return [(_town(ctx, home if index != "2" else r.choice(list(TOWNS))), "LOCATION")]
    if base == "address":
        return [(_address(ctx, home), "ADDRESS")]
    if base == "org":
        return [(ctx.org(next(iter(flags), "any") + index), "ORGANIZATION")]
    if base == "phone":
        return [(_phone(ctx, home if home in _PHONE_OK else "US", next(iter(flags), "")), "PHONE")]
    if base == "card":
        return [(_card(ctx), "CREDIT_CARD")]
    if base == "iban":
        return [(_iban(ctx, country), "IBAN")]
    if base == "ssn":
        return [(_ssn(ctx), "US_SSN")]
    if base == "natid":
        return [(_national_id(ctx, home, next(iter(flags), "")), "NATIONAL_ID")]
    if base == "passport":
        return [(_passport(ctx, home), "NATIONAL_ID")]
    if base == "ip":
        return [(_ip(ctx, next(iter(flags), "")), "IP_ADDRESS")]
    if base in ("date", "dob"):
        return _date(ctx, flags, birth=base == "dob")
    if base == "secret":
        return _secret(ctx, next(iter(flags), ""))
    if base == "password":
        return [(_password(ctx), "SECRET")]
    if base == "dburl":
        return _db_url(ctx)
    if base in _IN_PROMPT_ONLY:
        return [(_IN_PROMPT_ONLY[base](r), None)]
    if base == "sha" and "40" in flags:
        return [(_chars(r, 40, _HEX), None)]
    negative = _negative(ctx, base, flags)
    if negative is None:
        raise KeyError(slot)
    return negative


# ---------------------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------------------

FRESH5_PII: list[tuple[str, str]] = [
    # --- English: health, school, home ---
    ("en-US", "Can you help me word a message for the patient portal at {org:clinic}? I'm {name}, DOB {dob:num}, and I need to "
              "move my appointment on {date} because I'll be in {town2} that week. Best callback number is {phone}."),
    ("en", "Write a short, friendly note to my son's teacher, Mrs. {last2:f}, at {org:school}. His grandmother {name3:f} will pick "
           "him up early on {date} for a dentist appointment. She can be reached on {phone}."),
    ("en-GB", "My landlord {name2:m} still hasn't returned my £1,150 deposit for {address}. I moved out on {date} and left the flat "
              "spotless. Draft a firm but polite letter before I go to the deposit protection scheme. His email is {email2}."),
    ("en", "Write the text for a pharmacy refill request: {name}, born {dob}, prescription {rx}, pick-up at the {town} branch, "
           "please call {phone} when it's ready."),
    ("en", "clean up this voicemail transcript into a short note for the front desk\n"
           "hi it's {_name} calling about my prescription refill um my date of birth is {dob:spoken} and the number here is "
           "{phone:spaced} if you could call me back after three that'd be great thanks"),
    ("en-GB", "This came out of the scanner like this, can you fix the layout into a normal letter header?\n"
              "P a t i e n t   N a m e :   {^name}\nD . O . B :    {dob:num}\nN H S   N o :  {natid:nhs}\n"
              "A d d r e s s :  {^address}\nG P   P r a c t i c e :  {org:clinic}"),
    ("en", "Make this an SMS reminder template for our vet clinic: 'Hi {first}, Biscuit is due for boosters on {date}. "
           "Reply YES or call us on {phone} to confirm.'"),
    ("en-CA", "Help me fill in the daycare form for my daughter {first3:f} {last}: DOB {dob:child}, parent SIN {natid}, "
              "emergency contact {name2} at {phone2}. Which fields are mandatory in Ontario?"),
    ("en", "Help me write a short obituary for my grandfather {name2:m}, born {dob:old} in {town2}, who passed away peacefully on "
           "{date} at {org:clinic}. He worked 40 years at {org:firm} and leaves behind his wife {first3:f}."),
    ("en", "Help me turn my family-tree notes into a tidy outline:\n- great-grandmother {name2:f}, born {dob:old} in {town2}, "
           "arrived here on {date:old}\n- her brother {name3:m}, born {dob:old}, stayed behind\n- a cousin, {rev4}, born "
           "{dob:old}, settled in {town}\nWhat records should I look for next?"),
    # --- English: money, work, paperwork ---
    ("en", "Turn these recruiter notes into a short candidate summary for the hiring manager:\nCandidate: {name}\nEmail: {email}\n"
           "Phone: {phone}\nLinkedIn: {purl:profile}\nCurrently at {org:firm} in {town}, 3 months notice, wants hybrid."),
    ("en-US", "Our payroll import keeps rejecting this row, what's wrong with it?\nemployee_id,full_name,ssn,hire_date,email\n"
              "E-10442,{name},{ssn},{date:num},{workemail}"),
    ("en", "Make a clean markdown invoice from this. From: {name}, {address}. Bill to: {org:firm}. Invoice {invoice}, 32 hours "
           "of illustration at $65/h, due {date}. Payment by bank transfer to IBAN {iban} or via {purl:pay}."),
    ("en", "Client abroad asked how to pay me. Write a short reply: bank transfer to {iban} (name on account {name}), or online "
           "at {purl:pay}. Invoice {invoice} for {price} is due {date}."),
    ("en-US", "I'm filling in a W-9 for a new client. Name: {name}, SSN {ssn}, address {address}. As a sole proprietor should I "
              "give my SSN or get an EIN?"),
    ("en", "Draft a chargeback dispute for my bank ({org:bank}). On {date} a merchant charged {price} twice to my card {card}. "
           "I'm {name}, phone {phone}."),
    ("en-IE", "Proofread the cover email for my mortgage application:\n\nHi {first2},\nPlease find attached my payslips from "
              "{org:firm}. My PPS number is {natid}, the property is {address} and the deposit is held in {iban}.\nThanks,\n{name}"),
    ("en-US", "Summarise this rental application for the owner: applicant {name}, DOB {dob}, SSN {ssn}, employer {org:firm} "
              "since 2019, current address {address}, previous landlord {name2} ({phone2})."),
    ("en-AU", "Write a rental reference for {name}, tenant at {address} since 2021, always paid on time. Sign it from me, "
              "{name2}, property manager at {org:firm}, {phone2}. Make it sound professional."),
    ("en-NG", "Help me write a complaint to the branch manager of {org:bank} in {town}. I'm {name}, NIN {natid}. My statement "
              "shows a debit of N45,000 on {date} that I did not make. My phone is {phone}."),
    ("en-IN", "Draft a complaint to the electricity board. Consumer name {name}, address {address}, Aadhaar {natid:aadhaar}, "
              "mobile {phone}. Last month's bill is Rs 18,430, four times the usual."),
    ("en", "Cancel my gym membership at {org:firm} in writing. Member no. {memberno}, name {name}, direct debit from {iban}. "
           "It should end on {date}."),
    ("en", "The exchange rejected my KYC twice. I entered: full name {name}, DOB {dob:iso}, ID number {natid}, address "
           "{address}. Their message just says 'data mismatch'. What could be wrong?"),
    ("en", "My wife's PESEL is {natid:PL}. The ZUS form also wants her maiden name ({last3:f}) and her date of birth ({dob}). "
           "Which box does the PESEL go in?"),
    ("en", "Polish this invitation letter for my mum's visitor visa: I, {name}, residing at {address}, invite my mother {name2:f} "
           "(passport {passport}, born {dob}) to stay with me from {date} to {date}."),
    ("en", "Write the incident description for my car insurance claim. On {date} around 8:15 am another car reversed into mine "
           "outside {address}. The driver, {name2}, gave me the number {phone2} and said their insurer would call. My policy "
           "number is {policy}."),
    ("en", "Email to Prof. {last2} asking for an extension on my thesis draft, currently due {date}. I've been ill and have a "
           "note from {org:clinic}. I'm {name}, student number {studentno}."),
    ("en", "Write a LinkedIn message to {name2} asking for a referral for the data engineer role at Spotify. Mention we studied "
           "together in {town} and that they can book a call here: {purl:cal}"),
    ("en", "Fill in this moving-company quote request: 2-bed flat from {address} to {address2}, moving day {date}, one upright "
           "piano. Contact {name}, {email}."),
    ("en", "Write a Facebook Marketplace ad: 2014 Honda Jazz, 92k miles, full service history, $6,900 ono. Viewing in {town}, "
           "text {first} on {phone}."),
    ("en", "Format this for the running club newsletter: new members this month are {name} ({email}), {name2} ({email2}) and "
           "{name3}, who just moved here from {town2}."),
    ("en", "Rewrite my dating bio so it's less cringe: 'hey im {first}, 29, nurse in {town}, love hiking and terrible puns. "
           "insta is {purl:social} if u wanna see my dog'"),
    ("en", "Help me make a seating plan for three tables. Couples: {name} + {name2}, {first3} + {nick}. Singles: {name4}, "
           "{initial5} (my boss) and {name6}. Keep my boss away from the speakers."),
    ("en", "I keep getting these newsletters even after unsubscribing. The link in the footer is {purl:unsub} - does that look "
           "legit or like phishing?"),
    ("en", "Polish my speaker bio for the meetup page: '{name} is a backend developer at {org:firm} in {town}. Find their "
           "talks and code at {purl:gh}.'"),
    ("en", "PLEASE HELP ME WRITE A COMPLAINT. MY NAME IS {^name}, ACCOUNT EMAIL {email}. THE ENGINEER WAS SUPPOSED TO COME TO "
           "{^address} ON {^date} AND NEVER SHOWED UP. I TOOK A DAY OFF FROM {^org:firm} FOR THIS."),
    ("en", "{_first} from accounts said to send the refund to {iban} instead of the card, can u write the email to finance for "
           "me, keep it short"),
    ("en", "my wallet got drained last night!!! im {_name}, account email {email}. i only ever typed my seed phrase into the "
           "app, it was: {secret:seed}\nwhat do i tell the exchange support so they freeze the funds"),
    ("en", "someone hacked my steam account. the email on it is {email} and the old password was {password} (yes i reused it "
           "i know). what do i do first"),
    ("en", "Please double-check my booking before I pay:\nPassenger: {airline}\nPassport: {passport}\nDate of birth: {dob:num}\n"
           "Flight {flight} on {date} to {town2}, return {date}\nBooking ref {pnr}\nIs the name written the way the airline wants?"),
    # --- English: transcripts, threads, tables ---
    ("en", "Summarise this chat for the ticket, leave out small talk:\n[09:14] Agent: Thanks for holding! Can I get the name on "
           "the account?\n[09:14] Customer: {name}\n[09:15] Agent: And the billing address?\n[09:15] Customer: {address}\n"
           "[09:16] Agent: Last thing, the card you were charged on?\n[09:17] Customer: {card}\n[09:18] Agent: I can see the "
           "double charge of {price}, the refund takes 5-7 days."),
    ("en", "Who agreed to bring what? Group chat export:\n[{date:num@d}, 19:02:11] {name}: ok so bbq at ours on saturday, "
           "{address}\n[{date:num@d}, 19:03:40] {name2}: I'll bring burgers\n[{date:num@d}, 19:05:02] {nick}: drinks from me\n"
           "[{date:num@d}, 19:05:30] {first}: perfect"),
    ("en", "Can you summarise this thread and draft my reply?\n\nFrom: {name2} <{email2}>\nTo: {name} <{email}>\n"
           "Date: {date:rfc}\nSubject: Re: rent increase\n\nHi {first},\nAs discussed, the rent for {address} goes up by 4% "
           "from next quarter. Let me know if you want to talk it through.\n{first2}"),
    ("en", "Dedupe this list and sort it by city:\nname,email,phone,city\n{name},{email},{phone},{town}\n"
           "{name2},{email2},{phone2},{town2}\n{name3},{email3},{phone3},{town}"),
    ("en", "Who's on shift Saturday? Pasted from our sheet:\nName\tPhone\tShift\n{name}\t{phone}\t08:00-12:00\n"
           "{name2}\t{phone2}\t12:00-16:00\n{name3}\t{phone3}\t16:00-20:00"),
    ("en", "Turn this into a polite reminder email for each tenant who hasn't paid:\n| Unit | Tenant | Email | Paid |\n"
           "|---|---|---|---|\n| 1A | {name} | {email} | no |\n| 2B | {name2} | {email2} | yes |\n| 3C | {name3} | {email3} | no |"),
    ("en", "Generate badge text from this JSON, one line per person as 'Name - Company':\n[{lb}\"name\": \"{name}\", \"company\": "
           "\"{org:firm}\", \"email\": \"{workemail}\"{rb}, {lb}\"name\": \"{name2}\", \"company\": \"Siemens\", \"email\": "
           "\"{email2}\"{rb}]"),
    ("en", "Why does `jq .user.last_ip` return null on this log line?\n{lb}\"event\":\"login\",\"user\":{lb}\"name\":\"{name}\","
           "\"email\":\"{email}\",\"last_ip\":\"{ip}\"{rb},\"ts\":1718012345{rb}"),
    ("en", "MySQL rejects this line from our dump with error 1366, why?\nINSERT INTO `patients` (`id`,`full_name`,`email`,"
           "`phone`,`dob`) VALUES (1042,'{name}','{email}','{phone:e164}','{dob:iso}');"),
    ("en", "Who should I ask about this regression? `git log -2`:\ncommit {sha:40}\nAuthor: {name} <{workemail}>\nDate:   "
           "{date:git}\n\n    Fix rounding in invoice totals\n\ncommit {sha:40}\nAuthor: {name2} <{email2}>\nDate:   {date:git}\n\n"
           "    Bump pydantic to {version}"),
    # --- English: configs, logs, keys ---
    ("en", "Our Minecraft server's whitelist bot won't start. config.yml:\nbot:\n  token: \"{secret:discord}\"\n  owner: {first}\n"
           "server:\n  host: {ip:v4}\n  rcon_password: {password}\nIs the indentation wrong?"),
    ("en", "Is this secrets.yaml safe to commit if I add it to .gitignore later?\nwifi_ssid: {last}-Home\nwifi_password: {password}\n"
           "mqtt_user: homeassistant\nmqtt_password: {password}\nha_token: {secret:jwt}\nrouter_ip: {ip:priv}"),
    ("en", "Our GitHub Actions run printed this, how bad is it and what should I rotate first?\n```\nRun ./scripts/publish.sh\n"
           "+ echo //registry.npmjs.org/:_authToken={secret:npm} > ~/.npmrc\n+ curl -sf -H \"PRIVATE-TOKEN: {secret:gitlab}\" "
           "https://gitlab.com/api/v4/projects/4821/releases\nError: Process completed with exit code 22.\n```"),
    ("en", "Is it OK to keep passwords in docker-compose like this?\nservices:\n  db:\n    image: postgres:16\n    environment:\n"
           "      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {password}\n  pgadmin:\n    environment:\n"
           "      PGADMIN_DEFAULT_EMAIL: {email}\n      PGADMIN_DEFAULT_PASSWORD: {password}"),
    ("en", "My app can't log in to the mail server. config.toml:\n[smtp]\nhost = \"smtp.fastmail.com\"\nport = 465\n"
           "user = \"{email}\"\npassword = \"{password}\"\n\nWhich port should I use with STARTTLS instead?"),
    ("en", "Convert this .env into a Kubernetes Secret manifest:\nDATABASE_URL={dburl}\nSTRIPE_SECRET_KEY={secret:stripe}\n"
           "SENDGRID_API_KEY={secret:sendgrid}\nADMIN_EMAIL={workemail}\nLOG_LEVEL=info"),
    ("en", "Why does this keep asking for a password?\n$ ssh deploy@{ip:v4@h} -p 2222\ndeploy@{ip:v4@h}'s password:\n"
           "Permission denied, please try again.\n$ cat ~/.ssh/config\nHost prod\n  HostName {ip:v4@h}\n  User deploy"),
    ("en", "Getting this on startup, what does it mean?\nTraceback (most recent call last):\n  File \"/srv/app/db.py\", line 41, "
           "in connect\n    conn = psycopg2.connect(DSN)\npsycopg2.OperationalError: connection to server at \"{ip:priv}\", "
           "port 5432 failed: FATAL:  password authentication failed for user \"{_first}\"\n\nThe DSN is {dburl}"),
    ("en", "fail2ban keeps banning my own home IP {ip:v4@a}. jail.local has:\n[sshd]\nenabled = true\nignoreip = 127.0.0.1/8 ::1\n"
           "bantime = 1h\nHow do I whitelist {ip:v4@a} for good?"),
    ("en", "Why does ssh say 'invalid format' for this key? I copied it out of my password manager:\n{secret:pem}\n"
           "The server is {ip} and my user there is {_first}."),
    ("en", "kubectl apply fails with 'illegal base64 data', which line is it?\napiVersion: v1\nkind: Secret\nmetadata:\n"
           "  name: billing-db\ntype: Opaque\ndata:\n  username: YmlsbGluZw==\n  password: {secret:b64pw}\n  api-token: {secret:b64pw}"),
    ("en", "I think I pushed this to a public repo an hour ago. What exactly do I do now?\n[default]\naws_access_key_id = "
           "{secret:aws_id}\naws_secret_access_key = {secret:aws_secret}\nregion = eu-west-1"),
    ("en", "terraform plan says the Cloudflare token is invalid. terraform.tfvars:\ncloudflare_api_token = \"{secret:cloudflare}\"\n"
           "do_token             = \"{secret:digitalocean}\"\nadmin_email          = \"{workemail}\"\nAm I quoting it wrong?"),
    ("en", "My Slack alerts stopped working, can you spot the bug?\n```python\nimport requests\nWEBHOOK = \"{secret:slack_hook}\"\n"
           "requests.post(WEBHOOK, json={lb}\"text\": f\"Disk full on {lb}host{rb}\"{rb})\n```"),
    ("en", "my telegram bot answers nobody. main.py:\nbot = telebot.TeleBot(\"{secret:telegram}\")\n"
           "ADMIN = int(os.environ[\"ADMIN_CHAT\"])\n@bot.message_handler(commands=[\"start\"])\ndef start(m):\n"
           "    bot.reply_to(m, \"hi\")\nbot.polling()"),
    ("en", "`huggingface-cli login --token {secret:hf}` works on my laptop but not inside the Docker build. Why?"),
    ("en", "twine upload keeps giving 403. My ~/.pypirc:\n[distutils]\nindex-servers = pypi\n\n[pypi]\n  username = __token__\n"
           "  password = {secret:pypi}"),
    ("en", "Twilio gives error 20003 'Authenticate'. My code:\nclient = Client(\"{twilio_sid}\", \"{secret:twilio}\")\n"
           "client.messages.create(to=\"{phone:e164}\", from_=\"+15005550006\", body=\"Your table is ready\")"),
    ("en", "This curl returns 401, what's wrong?\ncurl https://api.anthropic.com/v1/messages -H \"x-api-key: {secret:anthropic}\" "
           "-H \"anthropic-version: 2023-06-01\" -H \"content-type: application/json\" -d '{lb}\"max_tokens\": 256{rb}'"),
    ("en", "Rate-limit errors after only 3 requests a minute?\nfrom openai import OpenAI\nclient = OpenAI(api_key=\"{secret:openai}\")\n"
           "The account is {email}, free tier."),
    ("en", "The map on our shop's site shows 'For development purposes only'. Snippet:\n<script src=\"https://maps.googleapis.com/"
           "maps/api/js?key={secret:google}&callback=initMap\"></script>\nIt should centre on the shop at {address}."),
    ("en", "The function app can't reach storage. local.settings.json:\n{lb}\"Values\": {lb}\"AzureWebJobsStorage\": "
           "\"DefaultEndpointsProtocol=https;AccountName=stinvoicesweu;AccountKey={secret:azure_key};EndpointSuffix=core.windows.net\", "
           "\"AZURE_CLIENT_SECRET\": \"{secret:azure_secret}\"{rb}{rb}"),
    ("en", "Why does this request get a 403 from our gateway?\nGET /v2/accounts/me HTTP/1.1\nHost: api.internal\nAuthorization: "
           "Bearer {secret:jwt}\nX-Forwarded-For: {ip}\nCookie: sessionid={secret:session}; theme=dark"),
    ("en", "Which client is hammering us? Last lines of access.log:\n{ip:v4@a} - - [{date:clf@d}] \"POST /wp-login.php HTTP/1.1\" "
           "404 153\n{ip:v6} - - [{date:clf@d}] \"GET / HTTP/2.0\" 200 5120\n{ip:v4@a} - - [{date:clf@d}] \"POST /xmlrpc.php "
           "HTTP/1.1\" 404 153"),
    ("en", "Our Shopify app install fails. .env:\nSHOPIFY_API_SECRET={secret:shopify}\nMAILGUN_KEY={secret:mailgun}\n"
           "STORE_OWNER_EMAIL={email}\nIs the secret in the right variable?"),
    ("en", "Our Jira automation fails with 401. The rule sends `Authorization: Basic {secret:basic}` and the account is "
           "{workemail}. Does Atlassian still accept basic auth with an API token?"),
    ("en", "Vault login works in the terminal but the CI job says permission denied:\nexport VAULT_ADDR=https://vault.internal:8200\n"
           "export VAULT_TOKEN={secret:vault}\nvault kv get secret/billing"),
    ("en", "Can you turn this Postman collection auth into a Python requests call? Header x-api-key: {secret:postman}, "
           "base URL https://api.getpostman.com, my workspace owner is {name}."),
    ("en", "Which of these should be in our secret manager rather than the repo?\nLINEAR_API_KEY={secret:linear}\n"
           "NOTION_TOKEN={secret:notion}\nGRAFANA_SA_TOKEN={secret:grafana}\nDOPPLER_TOKEN={secret:doppler}\nTZ=Europe/Berlin"),
    ("en", "heroku CLI keeps saying 'Invalid credentials provided'. ~/.netrc:\nmachine api.heroku.com\n  login {email}\n"
           "  password {secret:heroku}"),
    ("en", "Stripe webhook signature verification fails on every event. endpoint_secret = \"{secret:stripe_whsec}\" and "
           "stripe.api_key = \"{secret:stripe}\". Do I need the raw request body?"),

    # --- German (Germany, Austria, Switzerland) ---
    ("de", "Kannst du mir helfen, eine Mail an die Hausverwaltung zu schreiben? Die Heizung in meiner Wohnung ({address}) ist seit "
           "dem {date} kaputt. Ich bin {name}, erreichbar unter {phone}. Der Hausmeister, Herr {last2:m}, meldet sich nicht."),
    ("de", "Bitte formuliere eine Entschuldigung für die Klassenlehrerin, Frau {last2:f}: Meine Tochter {first3:f} war vom {date} "
           "bis heute krank und konnte nicht in die Schule ({org:school}) kommen. Viele Grüße, {name}"),
    ("de-AT", "Wie trage ich das in FinanzOnline ein? Meine SV-Nummer ist {natid}, Arbeitgeber ist {org:firm} in {town}, und "
              "das Gehalt kommt auf {iban}."),
    ("de-CH", "Schreib mir eine Kündigung für meine Wohnung an der {address}. Mieterin: {name:f}, AHV-Nr. {natid}. Der Vermieter "
              "heisst {name2:m}, Kündigungstermin ist der {date}."),
    ("de", "Warum liest pandas diese CSV falsch ein?\nName;Geburtsdatum;Steuer-ID;E-Mail\n{name};{dob:num};{natid:idnr};{email}\n"
           "{name2};{dob:num};{natid:idnr};{email2}"),
    ("de", "hab für den {date} einen zug nach {town2} gebucht, buchungsnummer {pnr}. kann ich die fahrkarte auf {_name2} "
           "umschreiben lassen? meine bahncard läuft auf {_name}"),
    ("de", "Formuliere eine kurze Nachricht an die Praxis ({org:clinic}): Ich brauche ein Folgerezept. Name: {name}, geb. {dob}, "
           "Telefon {phone}. Abholung am liebsten am {date}."),
    ("de", "Warum verbindet sich mein Container nicht? .env:\nPOSTGRES_PASSWORD={password}\nSMTP_USER={email}\nSMTP_PASS={password}\n"
           "Der Server läuft bei Hetzner unter {ip:v4}."),
    ("de-AT", "BITTE DRINGEND ÜBERSETZEN (ENGLISCH): ICH, {^name}, GEBOREN AM {^dob}, WOHNHAFT IN {^address}, BEVOLLMÄCHTIGE "
              "{^name2}, MEIN PAKET ABZUHOLEN."),
    ("de", "Ich wurde im Onlineshop doppelt belastet, 2 x 89,90 €. Karte {card}, Karteninhaber {name}. Wie formuliere ich "
           "die Reklamation an die {org:bank}?"),
    ("de", "Unser Jenkins-Log zeigt diese Zeile im Klartext, ist das schlimm?\n+ docker login -u {_first} -p {password} "
           "registry.gitlab.com\nLogin Succeeded"),
    # --- French (France, Belgium) ---
    ("fr", "Peux-tu m'aider à rédiger un courrier à mon propriétaire, M. {last2:m} ? Je quitte le logement du {address} le {date} "
           "et je voudrais récupérer ma caution. Je m'appelle {name}, tél. {phone}."),
    ("fr", "Corrige ce message pour la maîtresse de ma fille ({org:school}) : « Bonjour Madame {last2:f}, {first3:f} sera absente le "
           "{date} pour un rendez-vous chez l'orthophoniste. Cordialement, {name} »"),
    ("fr", "Le prélèvement de l'assurance passe toujours deux fois. IBAN : {iban}, titulaire {^name}, numéro de sécu {natid}. "
           "Comment je formule la réclamation ?"),
    ("fr-BE", "Aide-moi à remplir le formulaire de la mutuelle : nom {name}, né(e) le {dob}, numéro de registre national {natid}, "
              "adresse {address}, médecin traitant Dr {last2}."),
    ("fr", "Pourquoi mon API renvoie 422 ? Le body envoyé :\n{lb}\"nom\": \"{last}\", \"prenom\": \"{first}\", \"email\": "
           "\"{email}\", \"telephone\": \"{phone}\", \"date_naissance\": \"{dob:iso}\"{rb}"),
    ("fr", "transcris proprement ce message vocal : oui bonjour c'est {_name} je vous appelle pour le rendez-vous du {date} au "
           "{org:clinic} euh vous pouvez me rappeler au {phone} merci au revoir"),
    ("fr", "J'ai poussé par erreur ma clé dans un dépôt public : OPENAI_API_KEY={secret:openai}. Le dépôt est sur mon compte "
           "{purl:gh}. Je fais quoi en premier ?"),
    ("fr", "Ma box bloque l'accès à mon serveur perso : IP publique {ip:v4}, serveur en {ip:priv} sur le réseau local. "
           "Comment ouvrir le port 443 proprement ?"),
    # --- Spanish (Spain, Mexico) ---
    ("es", "¿Me ayudas a escribir una reclamación a la compañía de la luz? Soy {name}, DNI {natid}, vivo en {address} y me han "
           "cobrado dos veces la factura. Mi teléfono es {phone}."),
    ("es", "Redacta un mensaje para la tutora de mi hijo del cole ({org:school}): {first3:m} no irá a clase el {date} porque tiene "
           "consulta en {org:clinic}. Firma: {name}."),
    ("es-MX", "Necesito llenar el formato de alta: nombre {name}, fecha de nacimiento {dob}, correo {email}, celular {phone}, "
              "domicilio {address}. ¿Qué documentos me van a pedir?"),
    ("es", "Ordena esta lista de socios del club por antigüedad:\nNombre\tAlta\tTeléfono\n{name}\t2016\t{phone}\n{name2}\t2021\t"
           "{phone2}\n{name3}\t2012\t{phone3}"),
    ("es", "Mi casero, {name2:m}, no me devuelve la fianza del piso de {town}. Entregué las llaves el {date}. ¿Qué plazo tiene por "
           "ley? Le escribí a {email2} y nada."),
    ("es", "URGENTE, TRADÚCELO AL INGLÉS: YO, {^name}, CON PASAPORTE {passport}, AUTORIZO A {^name2} A RECOGER MI CERTIFICADO "
           "EL {^date}."),
    ("es", "Me llegó un SMS raro que dice que mi tarjeta {card} está bloqueada y que llame al {phone}. ¿Es una estafa?"),
    ("es", "Tengo esto en el .env y la app no conecta:\nDB_URL={dburl}\nMAIL_USER={email}\nMAIL_PASSWORD={password}"),
    # --- Italian ---
    ("it", "Mi aiuti a scrivere una mail all'amministratore di condominio? Sono {name} e abito in {address}. Dal {date} c'è "
           "un'infiltrazione dal piano di sopra (famiglia {last2}). Il mio cellulare è {phone}."),
    ("it", "Devo compilare il modulo per il bonus: codice fiscale {natid}, IBAN {iban}, residenza a {town}. Dove va il codice "
           "fiscale del coniuge, {name2}?"),
    ("it", "Scrivi un messaggio alla maestra {first2:f} ({org:school}): domani {first3} esce alle 12 perché ha la visita dal "
           "pediatra, la viene a prendere la nonna, {name4:f}."),
    ("it", "Perché Home Assistant non legge questo secrets.yaml?\nwifi_password: {password}\nmqtt_password: {password}\n"
           "telegram_bot_token: {secret:telegram}\nnotify_email: {email}"),
    ("it", "trascrivi in bella questo vocale: ciao sono {_first} ti volevo dire che il {date} non ci sono perché vado a {town2} "
           "per lavoro se serve chiamami al {phone} ciao ciao"),
    ("it", "Ho ricevuto questa mail strana: 'Gentile {name}, la sua carta {card} risulta sospesa, acceda entro 24 ore'. È "
           "phishing? La carta è davvero la mia."),
    ("it", "Il mio sito personale è {purl:profile}, ma Google mostra ancora la vecchia email {email}. Come la aggiorno?"),
    # --- Dutch ---
    ("nl", "Kun je een nette mail schrijven aan de verhuurder, {name2}? De cv-ketel op {address} doet het al sinds {date} niet. "
           "Groet, {name}, {phone}"),
    ("nl", "Help me met het formulier van de gemeente: BSN {natid}, geboortedatum {dob}, IBAN {iban}. Moet mijn partner, "
           "{name2}, ook tekenen?"),
    ("nl", "Schrijf een briefje voor de juf van {first3:m} ({org:school}): hij is {date} afwezig vanwege een afspraak bij "
           "{org:clinic}. Groetjes, {first}"),
    ("nl", "Waarom zet Excel deze regels in één kolom?\nnaam;email;telefoon;woonplaats\n{name};{email};{phone};{town}\n"
           "{name2};{email2};{phone2};{town}"),
    ("nl", "hoi, mijn wachtwoord voor de mail is {password} en het adres {email}, outlook blijft om het wachtwoord vragen. wat "
           "moet ik instellen?"),
    ("nl", "Vertaal naar het Engels voor mijn nieuwe werkgever: Ik, {name}, geboren op {dob} te {town}, verklaar dat ik per "
           "{date} in dienst treed bij {org:firm}."),
    ("nl", "Kun je mijn LinkedIn-samenvatting herschrijven? Ik ben {name}, UX-designer bij {org:firm} in {town}. Portfolio: "
           "{purl:profile}"),
    # --- Portuguese (Portugal, Brazil) ---
    ("pt", "Podes ajudar-me a escrever um email ao senhorio, o Sr. {last2:m}? Vivo na {address} e o esquentador está avariado "
           "desde {date}. Contacto: {phone}. Obrigado, {name:m}"),
    ("pt", "Preciso de preencher o IRS: NIF {natid:nif}, IBAN {iban}, entidade patronal {org:firm}. Onde ponho o NIF da minha "
           "mãe, {name2:f}?"),
    ("pt-BR", "Me ajuda a responder esse cliente no WhatsApp? Ele pediu os dados pra transferência: {name}, CPF {natid}, "
              "chave Pix {email}, banco {org:bank}."),
    ("pt-BR", "escreve uma msg pra professora da {first3:f} na escola ({org:school}): ela vai faltar dia {date} pq vai no dentista. "
              "assinado {name}, tel {phone}"),
    ("pt-BR", "Esse JSON do cadastro dá erro no parse, por quê?\n{lb}'nome': '{name}', 'cpf': '{natid}', 'nascimento': "
              "'{dob:num}', 'endereco': '{address}'{rb}"),
    ("pt", "Tenho de enviar isto à clínica ({org:clinic}): nome {name}, data de nascimento {dob}, Cartão de Cidadão {natid:cc}, "
           "telemóvel {phone}. Fica formal que chegue?"),
    ("pt-BR", "meu bot do discord vazou o token: {secret:discord}\ncomo eu revogo? o servidor é do meu amigo {first2}"),
    # --- Polish ---
    ("pl", "Pomóż mi napisać pismo do spółdzielni mieszkaniowej. Mieszkam przy {address}, od {date} nie działa winda. "
           "{name}, tel. {phone}"),
    ("pl", "Czy dobrze wypełniłem wniosek? Imię i nazwisko: {name:m}, PESEL: {natid}, data urodzenia: {dob}, numer konta: {iban}"),
    ("pl", "Napisz usprawiedliwienie dla wychowawczyni ({name2:f}): moje dziecko, {first3}, było nieobecne w szkole "
           "({org:school}) {date} z powodu gorączki. Podpis: {name}"),
    ("pl", "siema, ktoś zamówił rzeczy na allegro z mojego konta, mail {email}, hasło już zmieniłem na {password}, co dalej?"),
    ("pl", "Dlaczego ten job w CI nie działa? W logu mam:\n$ export GITLAB_TOKEN={secret:gitlab}\n$ curl --header "
           "\"PRIVATE-TOKEN: $GITLAB_TOKEN\" https://gitlab.com/api/v4/user\n401 Unauthorized"),
    ("pl", "Sprawdź, czy dobrze wpisałem dane do rezerwacji: {airline:m}, paszport {passport}, lot {flight} dnia {date}, "
           "kierunek {town2}."),
    ("pl", "Zapłaciłem kartą {card} w sklepie internetowym i nie dostałem towaru. Jak złożyć reklamację w banku "
           "({org:bank})? {name}, tel. {phone}"),
    # --- Swedish ---
    ("sv", "Kan du hjälpa mig skriva ett mejl till hyresvärden? Jag heter {name} och bor på {address}. Diskmaskinen har läckt "
           "sedan {date}. Nå mig på {phone}."),
    ("sv", "Fyll i blanketten åt mig: personnummer {natid}, IBAN {iban}, arbetsgivare {org:firm} i {town}."),
    ("sv", "Skriv ett sms till förskolan ({org:school}): {first3} blir hämtad av mormor {name4:f} den {date} kl 14."),
    ("sv", "Varför startar inte Home Assistant? secrets.yaml:\nwifi_password: \"{password}\"\nha_api_token: {secret:jwt}\n"
           "hemort: {town}"),
    ("sv", "hej det är {_name} jag ringer om min beställning ordernummer {order} kan ni ringa mig på {phone:spaced} tack hej"),
    ("sv", "Översätt till engelska: Undertecknad, {name}, född {dob}, intygar att {name2} har arbetat hos oss på {org:firm} "
           "sedan 2019."),
    ("sv", "Jag råkade klistra in vår nyckel i en öppen Slack-kanal: STRIPE_SECRET_KEY={secret:stripe}. Vad gör jag nu?"),
    # --- Danish ---
    ("da", "Kan du hjælpe mig med at skrive til udlejeren? Jeg bor på {address}, og vandhanen har dryppet siden {date}. "
           "Venlig hilsen {name}, tlf. {phone}"),
    ("da", "Er det sikkert at sende mit CPR-nummer {natid} og kontonummer {iban} på mail til {name2} fra kommunen?"),
    ("da", "Skriv en besked til pædagogerne i {org:school}: {first3} bliver hentet af sin morfar, {name4:m}, d. {date}."),
    ("da", "Hvorfor bliver datoerne forkerte når jeg importerer?\nnavn,fødselsdato,mail\n{name},{dob:num},{email}\n"
           "{name2},{dob:num},{email2}"),
    ("da", "jeg kan ikke huske om min kode til netbanken hos {org:bank} er {password} eller noget andet, min mail er {email}. "
           "hvordan nulstiller jeg den?"),
    ("da", "Min hjemmeserver har den offentlige IP {ip:v4}, og Home Assistant kører på {ip:priv}. Hvorfor kan jeg ikke nå "
           "den udefra?"),
    # --- Czech ---
    ("cs", "Pomůžeš mi napsat stížnost správci domu? Bydlím na adrese {address}, od {date} neteče teplá voda. {name}, "
           "tel. {phone}"),
    ("cs", "Potřebuju vyplnit formulář: jméno {name}, rodné číslo {natid}, číslo účtu {iban}, zaměstnavatel {org:firm}. Je to "
           "takhle správně?"),
    ("cs", "Napiš omluvenku pro paní učitelku: {first3} nebyl(a) {date} ve škole ({org:school}) kvůli nemoci. {name}"),
    ("cs", "Proč mi aplikace padá? V logu je:\nERROR Connection refused to {ip:priv}:5432 (user {_first})\n"
           "DATABASE_URL={dburl}"),
    ("cs", "přelož do angličtiny: já, {name}, narozen(a) {dob}, bytem {address}, číslo pasu {passport}, žádám o prodloužení "
           "pobytu."),
    ("cs", "Platba kartou {card} neprošla, ale banka ({org:bank}) tvrdí, že je vše v pořádku. Co mám dělat? {name}"),
    # --- Turkish ---
    ("tr", "Ev sahibime bir mesaj yazar mısın? {address} adresindeki dairede {date} tarihinden beri kombi çalışmıyor. Ben "
           "{name}, telefonum {phone}."),
    ("tr", "Bu formu doğru doldurdum mu? Ad Soyad: {name}, T.C. Kimlik No: {natid}, Doğum Tarihi: {dob}, IBAN: {iban}"),
    ("tr", "Öğretmene kısa bir not yaz: {first3}, {date} günü {org:clinic} randevusu olduğu için okula ({org:school}) "
           "gelemeyecek. Velisi {name}."),
    ("tr", "selam instagram hesabım çalındı, mail {email} idi şifre de {password} idi. ne yapmam lazım"),
    ("tr", "Bu JSON neden hata veriyor?\n{lb}\"ad\": \"{first}\", \"soyad\": \"{last}\", \"telefon\": \"{phone}\", "
           "\"sehir\": \"{town}\",{rb}"),
    ("tr", "Kredi kartımdan ({card}) aynı tutar iki kez çekilmiş. Bankaya ({org:bank}) nasıl itiraz yazarım? Adım {name}."),
    ("tr", "LÜTFEN İNGİLİZCEYE ÇEVİR: BEN {^name}, {^dob} DOĞUMLUYUM VE {^address} ADRESİNDE OTURUYORUM."),
]

FRESH5_NEGATIVE: list[tuple[str, str]] = [
    ("en", "What changed between pydantic {version} and {version}? Our lockfile pins {version} and CI started failing at "
           "commit {sha:40}."),
    ("en", "My order {order} says 'delivered' but tracking {tracking} shows it's still at the depot. How do I word a complaint? "
           "The total was {price}."),
    ("en", "The Stripe docs say to use {testcard} with any future expiry and any CVC to simulate a successful payment. Why do "
           "they insist on never using real cards in test mode?"),
    ("en", "In our README we show `OPENAI_API_KEY={placeholder}`. Is there a convention for placeholder keys so secret "
           "scanners don't flag them?"),
    ("en", "Write a short bio of {famous} for a school presentation, about 150 words."),
    ("en", "Tell me three surprising facts about {place}."),
    ("en", "How does {company} actually make money? Explain the business model simply."),
    ("en", "Our firewall docs use {docip} and {docip} as examples. Are those real addresses or reserved for documentation?"),
    ("en", "Ticket {ticket}: after upgrading to {version} the service crashes and the advisory mentions {cve}. Which config flag "
           "turns off the vulnerable parser?"),
    ("en", "Why does uuid4() give something like {uuid}? Is the 4 at the start of the third group always there?"),
    ("en", "How do I validate an IBAN in Python? The example {testiban} should pass, right? Source: "
           "https://en.wikipedia.org/wiki/International_Bank_Account_Number"),
    ("en", "A unit-test fixture has the user {fakename} with the email {exemail}. Fine to commit, or should I use a faker "
           "library?"),
    ("en", "Compare {fiction} and {fiction} as characters in a short essay outline."),
    ("en", "Our Terraform example sets `password = \"{placeholder}\"`. How do I make it read the value from Vault instead?"),
    ("en", "ssh-keygen printed this public key:\n{pubkey}\nWhere do I paste it on the server, and is it fine to share?"),
    ("en", "The price went from {price} to {price} after we deployed {version}. VAT change or a rounding bug? SKU {sku}."),
    ("en", "What does the colour {hexcolor} look like, and what's a good complementary colour for buttons?"),
    ("en", "Why is {flight} written with a space on the boarding pass but without one on some booking sites?"),
    ("en", "Our DNS is set to {resolver} and {resolver}. Which is usually faster from Europe?"),
    ("en", "Docker logs say 'listening on {localip}:{port}' but I can't reach it from the host. Why?"),
    ("en", "git bisect says the first bad commit is {sha:40}. How do I see what it changed and revert it without losing the "
           "{qty} commits after it?"),
    ("en", "Invoice {invoice} shows {price} net. Give me the Excel formula for adding 19% VAT and rounding to cents."),
    ("en", "Is `{placeholder}` in a .env.example a problem for GitHub secret scanning? The docs ({docurl}) aren't clear."),
    ("en", "Summarise {famous}'s main achievements in five bullet points."),
    ("en", "How did {company} grow in the {decade}s, and who are its main competitors today?"),
    ("en", "Regex to match order numbers like {order} and {order} but never phone numbers?"),
    ("en", "Which status should my API return when ticket {ticket} doesn't exist, 404 or 410?"),
    ("en", "A test payment with {testcard} shows 'succeeded' in the Stripe dashboard but the webhook never reaches "
           "localhost:{port}. Any idea?"),
    ("en", "What does this log line mean: `[{time}] WARN pool exhausted ({qty} connections) after deploy {version}`?"),
    ("en", "Sample config in our docs:\n```\napi_key: {placeholder}\nendpoint: https://api.example.com/v1\nretries: 3\n```\n"
           "Should we ship defaults like that?"),
    ("en", "The AWS docs show the access key {placeholder}. Is that a real key I should worry about if it turns up in our repo?"),
    ("en", "What's the format of a Twilio account SID? Ours looks like {twilio_sid}. Is the SID itself secret?"),
    ("en", "Write a diary entry in the voice of {fiction} visiting a modern supermarket."),
    ("en", "Should our phone validator accept +1 555 0100, which is reserved for fiction? Our fixtures use {qty} of them."),
    ("en", "The companion-code download for the book with ISBN {isbn} lists the MD5 {digest}, but mine differs. What could "
           "cause that?"),
    ("de", "Was ist der Unterschied zwischen Version {version} und {version}? Unser Ticket {ticket} hängt davon ab."),
    ("de", "Erkläre kurz, wofür {famous} bekannt ist."),
    ("de", "In der Doku steht als Beispiel-IBAN {testiban}. Ist die gültig oder nur ein Muster? Ich teste einen Validator."),
    ("fr", "Ma commande {order} n'est toujours pas arrivée et le suivi {tracking} ne bouge plus. Comment relancer le service "
           "client ? Montant : {price}."),
    ("fr", "Que sais-tu sur {place} ? Trois anecdotes, s'il te plaît."),
    ("es", "¿Por qué la documentación usa {exemail} y no un correo real? Estoy escribiendo tests con {fakename}."),
    ("es", "Explícame la historia de {company} en cinco frases."),
    ("it", "Il ticket {ticket} dice di aggiornare alla {version}. Il commit {sha} è già incluso?"),
    ("it", "Chi era {famous}? Riassumi in poche righe."),
    ("nl", "Mijn bestelling {order} staat al drie dagen op 'verzonden', track & trace {tracking}. Wat kan ik doen?"),
    ("nl", "In onze testdata staat {fakename} met {exemail}. Is dat AVG-proof genoeg?"),
    ("pt", "Porque é que o cartão de teste {testcard} funciona no sandbox e o meu não? Li isto: {docurl}"),
    ("pl", "Wyjaśnij, czym jest {cve} i czy wersja {version} jest podatna."),
    ("pl", "Opowiedz krótko o {famous}."),
    ("sv", "Vad är skillnaden mellan {version} och {version}? Vårt ärende {ticket} gäller uppgraderingen."),
    ("da", "Min pakke {tracking} er ikke kommet. Ordrenummer {order}, beløb {price}. Hvordan klager jeg?"),
    ("cs", "Proč dokumentace používá IP adresy jako {docip}? Jsou skutečné?"),
    ("tr", "{company} şirketinin kuruluş hikâyesini kısaca anlatır mısın?"),
    ("pt", "Qual é a diferença entre a versão {version} e a {version} do Django?"),
    ("sv", "Berätta kort om {famous}."),
    ("da", "Hvad er forskellen på {version} og {version} af Home Assistant?"),
    ("cs", "Moje objednávka {order} ještě nedorazila, sledovací číslo {tracking}. Jak to reklamovat?"),
    ("fr", "Dans la doc, la clé d'exemple est {placeholder}. C'est une vraie clé ?"),
    ("de", "Was bedeutet {cve}, und ist Version {version} betroffen?"),
    ("tr", "Sipariş numaram {order}, kargo takip numarası {tracking}. Hâlâ gelmedi, nasıl şikâyet ederim?"),
]

FRESH5_CLEAN: list[tuple[str, str]] = [
    ("en", "Explain the difference between a Roth IRA and a traditional IRA in plain English."),
    ("en", "Give me a three-day beginner strength plan with no equipment."),
    ("en", "How do I centre a div with CSS grid?"),
    ("en", "Write a haiku about autumn rain."),
    ("en", "What are the pros and cons of heat pumps in cold climates?"),
    ("en", "Suggest five names for a sourdough bakery."),
    ("en", "Explain recursion to a ten-year-old."),
    ("en", "How long should I boil an egg for a jammy yolk?"),
    ("en", "Rewrite this to sound more formal: we can't make it to the meeting, sorry."),
    ("en", "What's a good structure for a weekly team retro?"),
    ("en", "Translate 'where is the train station' into Italian, Polish and Turkish."),
    ("en", "Summarise the causes of the French Revolution in five bullet points."),
    ("en", "Write a SQL query that returns the top three products by revenue in each category."),
    ("de", "Wie lange muss ein Hefeteig gehen, bevor man ihn backt?"),
    ("de", "Erkläre den Unterschied zwischen brutto und netto beim Gehalt."),
    ("fr", "Quelle est la différence entre un CDD et un CDI ?"),
    ("es", "¿Cómo se hace una tortilla de patatas jugosa?"),
    ("it", "Come si prepara un buon ragù?"),
    ("nl", "Wat is het verschil tussen een annuïteitenhypotheek en een lineaire hypotheek?"),
    ("pt", "Qual é a diferença entre um contrato a termo e um contrato sem termo?"),
    ("pt-BR", "Como faço um currículo para o primeiro emprego?"),
    ("pl", "Jak ugotować dobry żurek?"),
    ("sv", "Hur tar man bort mögel i badrummet?"),
    ("da", "Hvordan bager man rugbrød fra bunden?"),
    ("cs", "Jak se dělá svíčková?"),
    ("tr", "Kuru fasulye nasıl yapılır?"),
]

FRESH5_FOLLOW_UPS: list[str] = [
    " Thanks!", " Please keep it short.", "\n\nAnswer in bullet points.", " Can you also explain why?",
    "\n\nThanks in advance!", " No need to repeat my details back to me.", " Make it sound natural, not robotic.",
    "\n\n(sorry for the messy paste)", " British spelling please.", " I need it by tonight.", " Thx",
]
