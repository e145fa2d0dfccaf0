"""The seventh blind set ("fresh7") for the PII benchmark: written without seeing the detector or the earlier sets.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh7=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots, people, places or value generators), and labels
spans as corpus.py's docstring says.

Situations (chosen to be new): travel bookings, visa and residence forms, car rental and repair, tenancy disputes,
dating-app and marketplace messages, genealogy research, court and notary paperwork, bank chargebacks, telecom
number porting, university admissions, clinical-trial forms, job applications and reference checks, voice-support
transcripts (ASR text without punctuation), nginx/postfix/sshd log lines, .env files, kubeconfig, Ansible inventories,
Jupyter cells, Slack/Teams exports, tab-separated spreadsheet pastes, JSON API payloads, markdown tables, forwarded
e-mails with quoted replies, and code-switching between two languages.

Languages (the first element of each template tuple): en (about half; en-US, en-GB, en-CA, en-AU, en-IE, en-IN,
en-ZA, en-NZ), "en-XX" for English prompts tied to another country's people and numbers, de (DE/AT/CH), fr (FR/BE),
es (ES/MX), it, nl (NL/BE), pt (Portugal), pt-BR, pl, sv, no, da, fi, cs, sk, hu, ro, tr, el (Greek script), ru and
uk (Cyrillic), hr, sl, lt, et. A sample's locale is "<language>-<country>"; the country picks names, towns, address
layout, phone numbering, IBAN country and national id; the language picks how dates are written.

Slot syntax: {name} is filled by fill(ctx, name); {name:uc} upper-cases the value (forms in capitals), {name:lc}
lower-cases it (chat, dictation). {lb} and {rb} are literal braces. One Context is one prompt: a slot named twice gives
the same value twice; p1/p2/p3 are three people, each with a sex and birth date that their national id and date of
birth agree with.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full, initial + surname as one
span; "Surname, First" is two spans; titles and a possessive 's stay outside); LOCATION a town or city where someone
lives, works or travels; ORGANIZATION small employers, schools, clinics, clubs, banks, garages, agencies and firms in
the writer's life (the whole name); ADDRESS street, number, flat parts, postcode and town as one span; DATE a
day-and-month date in the language's own spelling (not the weekday, not the preposition, not the time of day);
DATE_OF_BIRTH when it is a birth date; SECRET only the value (after "password=", the user:password of a connection
URL, a whole PEM block); URL only links pointing at a person (profiles, personal shares, links carrying an e-mail or
phone; no EMAIL span nested inside); EMAIL, PHONE, CREDIT_CARD (Luhn-valid, not a published test number), IBAN
(mod-97 valid), US_SSN (valid area/group/serial), NATIONAL_ID (checksum-valid national numbers, tax ids; passport
numbers), IP_ADDRESS (v4 and v6), as written.

Deliberately not labelled: booking references, order, ticket, invoice, policy, claim, case and docket numbers,
flight numbers, VINs; versions, UUIDs, hashes, prices, years, times, durations; documentation and public links;
placeholders (sk-..., <YOUR_TOKEN>, ${VAR}, AWS's EXAMPLE keys, the jwt.io sample token, ********); published test
cards; example.com/example.org addresses; RFC 5737/3849 documentation IPs and famous public resolvers; IBANs printed
in documentation; invalid SSNs (000-, 666-, 9xx- areas) and the well-known specimen SSNs; famous people, places and
companies in general questions; fictional characters; the placeholder names of forms (John Doe, Max Mustermann,
Jan Kowalski, Mario Rossi, Ola Nordmann...).
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
from stdnum.ee import ik as ee_ik
from stdnum.es import dni as es_dni
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.gr import amka as gr_amka
from stdnum.hr import oib as hr_oib
from stdnum.ie import pps as ie_pps
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.in_ import pan as in_pan
from stdnum.it import codicefiscale as it_cf
from stdnum.lt import asmens as lt_asmens
from stdnum.mx import curp as mx_curp
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.nz import ird as nz_ird
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.ro import cnp as ro_cnp
from stdnum.ru import inn as ru_inn
from stdnum.se import personnummer as se_pnr
from stdnum.si import emso as si_emso
from stdnum.sk import rc as sk_rc
from stdnum.tr import tckimlik as tr_tck
from stdnum.ua import rntrc as ua_rntrc
from stdnum.us import itin as us_itin
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

Parts = list[tuple[str, str | None]]


def _split(s: str) -> list[str]:
    return [w.strip() for w in s.split("|") if w.strip()]


# People, towns and streets per country: f/m first names, l surnames (lf: female forms where a language inflects them),
# t towns, s streets, o small organisations (employers, schools, clinics, clubs, garages, agencies), d e-mail domains.
COUNTRIES: dict[str, dict[str, str]] = {
    "US": {"f": "Jennifer|Brianna|Megan|Tamika|Kayla|Shannon|Lauren|DeShawna|Courtney|Rosalind",
               "m": "Tyler|Brandon|Marcus|Kevin|Dustin|Jamal|Cody|Travis|Hector|Bradley",
               "l": "Whitfield|Okafor|Delgado|McAllister|Nguyen|Kowalczyk|Brennan|Castillo|Hargrove|Pham|Schultz|Vanderhoef",
               "t": "Dayton|Boise|Tulsa|Spokane|Fresno|Chattanooga|Lansing|Fort Collins|Albuquerque|Savannah",
               "s": "Maple Ridge Dr|Cottonwood Ln|W 14th St|Sycamore Ave|Old Mill Rd|Prairie View Ct|N Grant St",
               "o": "Hargrove Family Dental|Tri-County HVAC LLC|Sunnyside Montessori|Ridgeline Credit Union|Big Sky Auto Body|Pioneer Valley Roofing Inc.",
               "d": "gmail.com|yahoo.com|outlook.com|icloud.com|aol.com|comcast.net"},
    "GB": {"f": "Siobhan|Hannah|Charlotte|Priya|Gemma|Rhiannon|Abigail|Nia", "m": "Callum|Rhys|Oliver|Declan|Tariq|Alfie|Euan|Jamie",
               "l": "Fairbairn|O'Sullivan|Pritchard|Ashworth|Greenhalgh|McIntyre|Featherstone|Bhatti|Lloyd-Jones|Cartwright",
               "t": "Stockport|Harrogate|Swindon|Kidderminster|Aberystwyth|Dundee|Lancaster|Truro|Wakefield|Paisley",
               "s": "Albion Road|Cranbrook Close|Victoria Terrace|Mill Lane|Beech Grove|Kingsway|Orchard Rise",
               "o": "Ashworth & Bell Lettings|Penrose Veterinary Surgery|St Aidan's Primary School|Kingsway Motors Ltd|Moorside Physio|Fenwick Haulage Ltd",
               "d": "gmail.com|btinternet.com|hotmail.co.uk|outlook.com|sky.com|yahoo.co.uk"},
    "CA": {"f": "Geneviève|Madison|Chloé|Avneet|Brooke|Maëlle", "m": "Mathieu|Liam|Gurpreet|Connor|Étienne|Wyatt",
               "l": "Tremblay|Gagnon|MacLeod|Sandhu|Bouchard|Fraser|Lapointe|Chow|St-Pierre",
               "t": "Moncton|Kamloops|Saskatoon|Sherbrooke|Kelowna|Thunder Bay|Guelph|Lethbridge",
               "s": "Elm St|Rue Principale|Lakeshore Blvd|Birch Cres|Rue King Ouest|Prospect Ave",
               "o": "Okanagan Dental Group|Northshore Hockey Association|Gagnon Plomberie Inc.|Prairie Sky Credit Union|Maple Leaf Collision",
               "d": "gmail.com|shaw.ca|videotron.ca|outlook.com|rogers.com|sympatico.ca"},
    "AU": {"f": "Kylie|Chloe|Matilda|Bronwyn|Tahlia|Mei", "m": "Lachlan|Bailey|Hamish|Mitchell|Cooper|Jarrah",
               "l": "Pemberton|Nguyen|Fitzgerald|Kostopoulos|McKenzie|Harcourt|Ridley|O'Loughlin",
               "t": "Ballarat|Toowoomba|Wollongong|Geelong|Bendigo|Cairns|Launceston|Mildura",
               "s": "Banksia St|Wattle Ave|Bottlebrush Cres|Esplanade|Kurrajong Rd|Jacaranda Dr",
               "o": "Ridley Plumbing Pty Ltd|Coastal Kids Childcare|Bendigo Smiles Dental|Southern Cross Physio|Harcourt & Co Accountants",
               "d": "gmail.com|bigpond.com|outlook.com|optusnet.com.au|icloud.com"},
    "IE": {"f": "Aoife|Niamh|Saoirse|Clodagh|Róisín|Siobhán", "m": "Cillian|Oisín|Darragh|Pádraig|Eoin|Ciarán",
               "l": "O'Callaghan|MacCarthy|Ní Dhonnchadha|Fitzpatrick|Brennan|Ó Murchú|Kavanagh|Dunne",
               "t": "Ennis|Tralee|Athlone|Sligo|Dundalk|Kilkenny|Letterkenny|Mullingar",
               "s": "Oakfield Park|Church Street|Ard na Gréine|Castle View|Marian Terrace",
               "o": "Kavanagh Solicitors|Scoil Mhuire Ennis|Shannonside Credit Union|Dunne's Garage Athlone|Tralee Physio Clinic",
               "d": "gmail.com|eircom.net|hotmail.com|outlook.ie|yahoo.ie"},
    "IN": {"f": "Ananya|Lakshmi|Priyanka|Deepika|Sneha|Kavitha", "m": "Rohit|Arjun|Venkatesh|Sandeep|Imran|Harpreet",
               "l": "Iyer|Chatterjee|Deshpande|Reddy|Banerjee|Khan|Nair|Kulkarni|Agarwal|Menon",
               "t": "Pune|Coimbatore|Indore|Nagpur|Mysuru|Vadodara|Kochi|Bhubaneswar",
               "s": "MG Road|4th Cross, Indiranagar|Station Road|Nehru Nagar|Shivaji Path",
               "o": "Sai Krupa Diagnostics|Deshpande & Associates|Greenfield Public School|Kochi Cooperative Bank|Nair Auto Works",
               "d": "gmail.com|rediffmail.com|yahoo.co.in|outlook.com"},
    "ZA": {"f": "Thandiwe|Lerato|Nomvula|Anri|Busisiwe|Chantelle", "m": "Sipho|Themba|Pieter|Kagiso|Johannes|Mandla",
               "l": "Dlamini|van der Merwe|Nkosi|Botha|Mokoena|Pillay|Naidoo|Khumalo|du Plessis",
               "t": "Polokwane|Stellenbosch|Bloemfontein|Pietermaritzburg|Gqeberha|Mbombela|Potchefstroom|George",
               "s": "Jacaranda Ave|Voortrekker Rd|Protea St|Church Street|Marula Crescent",
               "o": "Botha & Pillay Attorneys|Protea Panelbeaters|Stellenbosch Vineyard School|Mokoena Family Practice|Karoo Logistics (Pty) Ltd",
               "d": "gmail.com|mweb.co.za|webmail.co.za|outlook.com"},
    "NZ": {"f": "Aroha|Mereana|Olivia|Isla|Ngaio|Harriet", "m": "Tamati|Wiremu|Finn|Hamish|Rawiri|Angus",
               "l": "Te Rangi|Parata|Whaanga|Fergusson|McGregor|Ngata|Hetaraka|Sutherland",
               "t": "Whanganui|Rotorua|Napier|Nelson|Dunedin|Invercargill|Tauranga|Palmerston North",
               "s": "Kowhai Street|Rimu Road|Totara Place|Beach Road|Pohutukawa Drive",
               "o": "Fergusson Builders Ltd|Kowhai Kindergarten|Bay Physio Tauranga|Southland Vets|Te Rangi Whānau Trust",
               "d": "gmail.com|xtra.co.nz|outlook.com|slingshot.co.nz"},
    "DE": {"f": "Anneliese|Jana|Katrin|Sabine|Ümran|Franziska|Merle|Birgit", "m": "Jörg|Torsten|Lukas|Hendrik|Mehmet|Benedikt|Ole|Florian",
               "l": "Schäfer|Brückner|Hoffmann-Lenz|Özdemir|von Ahlefeldt|Kühn|Wiegand|Petersen|Große|Baumgärtner",
               "t": "Bielefeld|Göttingen|Rosenheim|Chemnitz|Lüneburg|Paderborn|Erfurt|Ulm|Schwerin|Konstanz",
               "s": "Lindenstraße|Am Mühlbach|Goethestr.|Kastanienweg|Bahnhofstraße|Schillerplatz|Birkenallee",
               "o": "Autohaus Wiegand GmbH|Praxis Dr. Brückner|Kita Sonnenschein|Brückner & Kühn Steuerberatung|TSV Rosenheim 1860 e.V.|Hausverwaltung Petersen",
               "d": "gmx.de|web.de|t-online.de|gmail.com|posteo.de|freenet.de"},
    "AT": {"f": "Theresa|Magdalena|Verena|Johanna", "m": "Lorenz|Florian|Matthias|Gregor",
               "l": "Gruber|Pichler|Hinterberger|Steinwender|Auer|Moser|Wallner|Egger",
               "t": "Wels|Villach|Dornbirn|Leoben|Steyr|Krems an der Donau|Bregenz|Wiener Neustadt",
               "s": "Hauptplatz|Linzer Straße|Kirchengasse|Bahnhofstraße|Mühlweg",
               "o": "Installateur Pichler GmbH|Ordination Dr. Auer|Volksschule Dornbirn-Markt|Tischlerei Wallner|Raiffeisenbank Leoben-Umgebung",
               "d": "gmx.at|aon.at|gmail.com|chello.at"},
    "CH": {"f": "Regula|Corinne|Nadja|Seraina", "m": "Reto|Urs|Beat|Gian-Luca",
               "l": "Brunner|Zürcher|Gysi|Bühler|Tanner|Kälin|Rüegg|Vonlanthen",
               "t": "Winterthur|Aarau|Chur|Thun|Schaffhausen|Frauenfeld|Zug|Olten",
               "s": "Bahnhofstrasse|Dorfstrasse|Zürcherstrasse|Rosenweg|Seestrasse",
               "o": "Garage Bühler AG|Physiotherapie Kälin|Treuhand Gysi GmbH|Kantonsschule Olten|FC Thun Junioren",
               "d": "bluewin.ch|gmail.com|sunrise.ch|gmx.ch"},
    "FR": {"f": "Maëlle|Océane|Brigitte|Solène|Nadia|Élodie|Camille|Léa", "m": "Thibault|Grégoire|Yannick|Karim|Loïc|Baptiste|Jérôme|Rémi",
               "l": "Lefèvre|Benali|Giraud|de la Roche|Moreau|Chevalier|Perrin|Lemaître|Le Goff|Fabre",
               "t": "Angers|Brest|Limoges|Besançon|Poitiers|Colmar|Annecy|Perpignan|Quimper|Valence",
               "s": "rue des Lilas|avenue Jean Jaurès|impasse des Tilleuls|boulevard Carnot|chemin du Moulin|place du Marché",
               "o": "Garage Perrin & Fils|Cabinet Giraud Kinésithérapie|École Jules Ferry de Quimper|Boulangerie Le Goff|Agence Immobilière Chevalier",
               "d": "orange.fr|free.fr|laposte.net|gmail.com|sfr.fr|wanadoo.fr"},
    "BE": {"f": "Manon|Aurélie|Céline|Lotte|Fien|Elke", "m": "Quentin|Maxime|Arnaud|Wout|Jens|Pieter-Jan",
               "l": "Dubois|Lambert|Renard|Delvaux|Wauters|Goossens|Lejeune|Claes|Vermeulen|De Smet",
               "t": "Namur|Liège|Charleroi|Mons|Gent|Leuven|Mechelen|Brugge|Hasselt",
               "s": "Rue de Fer|Chaussée de Louvain|Kerkstraat|Stationsstraat|Rue des Carmes|Veldstraat",
               "o": "Garage Wauters BV|Cabinet Delvaux|Sint-Jozefscollege Hasselt|Immo Claes|Kinésithérapie Lejeune",
               "d": "skynet.be|telenet.be|gmail.com|proximus.be|hotmail.be"},
    "ES": {"f": "Lucía|Itziar|Montserrat|Rocío|Ainhoa|Carmen|Nerea|Pilar", "m": "Íñigo|Sergio|Jordi|Álvaro|Rubén|Xabier|Manuel|Gonzalo",
               "l": "García Ibáñez|Etxeberria|Ruiz|Castaño|Puig|Navarro|de la Fuente|Zubizarreta|Sánchez-Vidal|Ortega Gil",
               "t": "Logroño|Cáceres|Albacete|Gijón|Lleida|Huesca|Vitoria-Gasteiz|Jaén|Ourense|Castellón de la Plana",
               "s": "Mayor|de la Constitución|San Juan|del Carmen|Real|de los Olivos",
               "o": "Talleres Navarro S.L.|Clínica Dental Ortega|Colegio San Viator|Inmobiliaria Puig i Fills|Gestoría Castaño",
               "d": "gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es"},
    "MX": {"f": "Guadalupe|Ximena|Fernanda|Itzel", "m": "Jesús|Alejandro|Emiliano|Uriel",
               "l": "Hernández|Martínez Soto|Ramírez|Zavala|Villaseñor|Cervantes|Ochoa",
               "t": "Puebla|Querétaro|Mérida|Morelia|Saltillo|Oaxaca de Juárez",
               "s": "Av. Juárez|Calle 5 de Mayo|Blvd. Hidalgo|Calle Morelos|Av. Reforma",
               "o": "Refaccionaria Zavala|Consultorio Dental Ochoa|Colegio Vasco de Quiroga|Despacho Cervantes y Asociados",
               "d": "gmail.com|hotmail.com|yahoo.com.mx|outlook.com"},
    "IT": {"f": "Chiara|Giulia|Federica|Rosaria|Ilaria|Benedetta", "m": "Gianluca|Salvatore|Matteo|Pierpaolo|Davide|Cosimo",
               "l": "Esposito|D'Angelo|Lo Bianco|De Santis|Marchetti|Ferraro|Colombo|Galli|Di Stefano|Bruno",
               "t": "Bergamo|Lecce|Trento|Perugia|Ferrara|Cosenza|Pescara|Udine|Novara|Siracusa",
               "s": "Via Garibaldi|Corso Vittorio Emanuele|Via dei Mille|Viale Trieste|Piazza Dante|Vicolo Stretto",
               "o": "Autofficina Marchetti|Studio Legale De Santis|Liceo Scientifico Galilei di Lecce|Farmacia Lo Bianco|Agenzia Immobiliare Galli",
               "d": "libero.it|gmail.com|virgilio.it|alice.it|tiscali.it"},
    "NL": {"f": "Femke|Sanne|Anouk|Ilse|Marloes|Fleur", "m": "Joris|Bram|Thijs|Sven|Daan|Wouter",
               "l": "van der Veen|de Vries|Bakker|van den Heuvel|Visser|Kuipers|de Groot|Mulder|Smits|van Dijk",
               "t": "Zwolle|Leeuwarden|Amersfoort|Deventer|Haarlem|Breda|Enschede|Apeldoorn|Delft",
               "s": "Kerkstraat|Molenweg|Prinsengracht|Dorpsstraat|Julianalaan|Wilhelminastraat",
               "o": "Autobedrijf Kuipers|Tandartspraktijk De Groot|Makelaardij Visser|Basisschool De Regenboog|Hockeyclub Zwolle",
               "d": "ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl|xs4all.nl|planet.nl"},
    "PT": {"f": "Inês|Joana|Beatriz|Mariana", "m": "Tiago|Gonçalo|Rui|Duarte",
               "l": "Sousa|Carvalho|Magalhães|Pereira da Silva|Figueiredo|Rebelo|Antunes|Gonçalves",
               "t": "Braga|Aveiro|Coimbra|Viseu|Setúbal|Faro|Guimarães|Leiria",
               "s": "Rua do Souto|Avenida da Liberdade|Rua Direita|Travessa do Carmo|Largo da Feira",
               "o": "Oficina Rebelo & Filhos|Clínica Dentária Antunes|Escola Básica de Guimarães|Imobiliária Figueiredo",
               "d": "sapo.pt|gmail.com|hotmail.com|netcabo.pt"},
    "BR": {"f": "Thaís|Luana|Camila|Giovanna|Jéssica|Raíssa", "m": "João Pedro|Thiago|Caio|Rafael|Anderson|Luiz Felipe",
               "l": "Oliveira|dos Santos|Nascimento|Albuquerque|Ferreira Lima|Cavalcanti|Moura|Teixeira",
               "t": "Campinas|Florianópolis|Londrina|Juiz de Fora|Natal|Maceió|Uberlândia|Ribeirão Preto",
               "s": "Rua das Palmeiras|Avenida Brasil|Rua XV de Novembro|Rua Sete de Setembro|Alameda dos Anjos",
               "o": "Auto Center Moura|Clínica Odonto Cavalcanti|Colégio Santa Rita|Imobiliária Teixeira|Contabilidade Nascimento",
               "d": "gmail.com|uol.com.br|bol.com.br|hotmail.com|terra.com.br"},
    "PL": {"f": "Agnieszka|Małgorzata|Zofia|Katarzyna|Joanna|Weronika", "m": "Grzegorz|Łukasz|Paweł|Krzysztof|Mateusz|Wojciech",
               "l": "Kowalczyk|Wiśniewski|Zieliński|Nowak|Lewandowski|Wójcik|Grabowski|Dąbrowski|Szczepański",
               "lf": "Kowalczyk|Wiśniewska|Zielińska|Nowak|Lewandowska|Wójcik|Grabowska|Dąbrowska|Szczepańska",
               "t": "Białystok|Toruń|Rzeszów|Olsztyn|Bydgoszcz|Gliwice|Opole|Zielona Góra|Kielce|Lublin",
               "s": "Lipowa|Mickiewicza|Kościuszki|Polna|Długa|Słoneczna",
               "o": "Warsztat Samochodowy Grabowski|Przychodnia Zdrowie Sp. z o.o.|Szkoła Podstawowa nr 12 w Toruniu|Biuro Rachunkowe Wójcik",
               "d": "wp.pl|o2.pl|onet.pl|gmail.com|interia.pl"},
    "SE": {"f": "Linnéa|Ebba|Maja|Ingrid|Sofia", "m": "Oskar|Björn|Måns|Henrik|Erik",
               "l": "Lindqvist|Sjöberg|Håkansson|Nyström|Bergström|Åberg|Ekström",
               "t": "Umeå|Västerås|Örebro|Linköping|Jönköping|Luleå|Växjö|Sundsvall",
               "s": "Storgatan|Kungsgatan|Björkvägen|Drottninggatan|Skolgatan",
               "o": "Bilverkstad Nyström AB|Tandläkare Åberg|Växjö Innebandyklubb|Redovisningsbyrån Sjöberg",
               "d": "telia.com|gmail.com|hotmail.se|outlook.com|bredband.net"},
    "NO": {"f": "Ingrid|Solveig|Marit|Ragnhild|Tuva", "m": "Håkon|Sindre|Eirik|Øyvind|Magnus",
               "l": "Haugen|Bakken|Sæther|Kvalheim|Løvås|Johansen|Strøm",
               "t": "Tromsø|Drammen|Ålesund|Bodø|Kristiansand|Lillehammer|Hamar|Haugesund",
               "s": "Storgata|Kirkegata|Fjellveien|Strandgata|Skolegata",
               "o": "Bilservice Kvalheim AS|Tannlege Sæther|Hamar Skiklubb|Regnskap Bakken AS",
               "d": "online.no|gmail.com|hotmail.no|outlook.com"},
    "DK": {"f": "Freja|Mette|Signe|Karoline|Ida", "m": "Rasmus|Søren|Mikkel|Anders|Jeppe",
               "l": "Kjærgaard|Sørensen|Østergaard|Madsen|Dahl|Lauridsen|Mølgaard",
               "t": "Aalborg|Esbjerg|Odense|Vejle|Randers|Horsens|Silkeborg|Næstved",
               "s": "Vestergade|Nørregade|Kirkevej|Strandvejen|Søndergade",
               "o": "Autoværksted Mølgaard ApS|Tandlæge Dahl|Vejle Roklub|Revisionsfirma Lauridsen",
               "d": "gmail.com|hotmail.dk|outlook.dk|mail.dk"},
    "FI": {"f": "Aino|Kaisa|Tuula|Sanna|Elina", "m": "Juha|Teemu|Antti|Jussi|Ville",
               "l": "Virtanen|Mäkelä|Heikkinen|Järvinen|Koskinen|Lehtonen|Hämäläinen",
               "t": "Tampere|Oulu|Jyväskylä|Kuopio|Lahti|Pori|Rovaniemi|Vaasa",
               "s": "Hämeenkatu|Kauppakatu|Koulukatu|Rantatie|Puistokatu",
               "o": "Autokorjaamo Heikkinen Oy|Hammaslääkäri Koskinen|Oulun Palloseura|Tilitoimisto Lehtonen",
               "d": "gmail.com|luukku.com|outlook.com|elisanet.fi"},
    "CZ": {"f": "Tereza|Kateřina|Lucie|Zdeňka|Veronika", "m": "Jiří|Tomáš|Ondřej|Radek|Vojtěch",
               "l": "Dvořák|Procházka|Kučera|Veselý|Černý|Horák|Pokorný", "lf": "Dvořáková|Procházková|Kučerová|Veselá|Černá|Horáková|Pokorná",
               "t": "Brno|Olomouc|Plzeň|Liberec|Pardubice|Zlín|Jihlava|Opava",
               "s": "Masarykova|Nádražní|Husova|Palackého|Komenského",
               "o": "Autoservis Kučera s.r.o.|Zubní ordinace Veselá|Gymnázium Jihlava|Účetnictví Horák",
               "d": "seznam.cz|email.cz|gmail.com|centrum.cz"},
    "SK": {"f": "Zuzana|Lenka|Katarína|Mária", "m": "Marek|Peter|Juraj|Matúš",
               "l": "Horváth|Kováč|Baláž|Varga|Tóth|Hudák", "lf": "Horváthová|Kováčová|Balážová|Vargová|Tóthová|Hudáková",
               "t": "Žilina|Prešov|Trnava|Nitra|Banská Bystrica|Poprad|Martin|Trenčín",
               "s": "Národná|Hlavná|Štúrova|Mierová|Kukučínova",
               "o": "Autoservis Baláž s.r.o.|Ambulancia MUDr. Hudáka|Gymnázium Poprad|Účtovníctvo Varga",
               "d": "azet.sk|centrum.sk|gmail.com|zoznam.sk"},
    "HU": {"f": "Zsófia|Réka|Erzsébet|Krisztina|Boglárka", "m": "Bence|Gergely|Zoltán|Levente|Ádám",
               "l": "Nagy|Kovács|Szűcs|Fekete|Balogh|Takács|Molnár|Lakatos",
               "t": "Debrecen|Szeged|Pécs|Győr|Miskolc|Kecskemét|Eger|Sopron",
               "s": "Piac utca|Kossuth Lajos utca|Petőfi tér|Rákóczi út|Fő utca",
               "o": "Takács Autószerviz Kft.|Molnár Fogászat|Győri Kodály Zoltán Általános Iskola|Fekete és Társa Könyvelőiroda",
               "d": "freemail.hu|gmail.com|citromail.hu|t-online.hu"},
    "RO": {"f": "Ioana|Andreea|Roxana|Mihaela|Alina", "m": "Andrei|Mihai|Bogdan|Ionuț|Radu",
               "l": "Popescu|Ionescu|Dumitrescu|Stănescu|Munteanu|Constantinescu|Păun|Vasilescu",
               "t": "Cluj-Napoca|Timișoara|Iași|Brașov|Sibiu|Oradea|Constanța|Craiova",
               "s": "Str. Memorandumului|Bd. Eroilor|Str. Republicii|Calea Victoriei|Str. Avram Iancu",
               "o": "Service Auto Munteanu SRL|Cabinet Stomatologic Păun|Colegiul Național Avram Iancu|Contabilitate Vasilescu SRL",
               "d": "yahoo.ro|gmail.com|yahoo.com|hotmail.com"},
    "TR": {"f": "Elif|Zeynep|Büşra|Gülşen|Özlem", "m": "Emre|Burak|Oğuz|Serkan|Çağlar",
               "l": "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan",
               "t": "Eskişehir|Bursa|Kayseri|Trabzon|Antalya|Gaziantep|Denizli|Samsun",
               "s": "Atatürk Cad.|İstiklal Sok.|Cumhuriyet Mah. Gül Sok.|Bağdat Cad.|Menekşe Sok.",
               "o": "Aydın Oto Servis|Şahin Diş Kliniği|Özel Çelik Koleji|Arslan Muhasebe Bürosu",
               "d": "gmail.com|hotmail.com|yandex.com.tr|outlook.com"},
    "GR": {"f": "Μαρία|Ελένη|Αικατερίνη|Δήμητρα|Σοφία", "m": "Γιώργος|Δημήτρης|Νίκος|Κωνσταντίνος|Παναγιώτης",
               "l": "Παπαδόπουλος|Γεωργίου|Οικονόμου|Καραγιάννης|Βλάχος|Αλεξίου",
               "lf": "Παπαδοπούλου|Γεωργίου|Οικονόμου|Καραγιάννη|Βλάχου|Αλεξίου",
               "t": "Θεσσαλονίκη|Πάτρα|Ηράκλειο|Λάρισα|Βόλος|Ιωάννινα|Χανιά|Καβάλα",
               "s": "Ερμού|Τσιμισκή|Αγίου Δημητρίου|Κορίνθου|Μητροπόλεως",
               "o": "Συνεργείο Βλάχος|Οδοντιατρείο Οικονόμου|Φροντιστήριο Αλεξίου|Λογιστικό Γραφείο Καραγιάννη",
               "d": "gmail.com|yahoo.gr|otenet.gr|hotmail.com"},
    "RU": {"f": "Анна|Екатерина|Ольга|Наталья|Дарья", "m": "Алексей|Дмитрий|Сергей|Игорь|Павел",
               "l": "Смирнов|Кузнецов|Попов|Соколов|Лебедев|Морозов", "lf": "Смирнова|Кузнецова|Попова|Соколова|Лебедева|Морозова",
               "t": "Казань|Екатеринбург|Новосибирск|Самара|Пермь|Воронеж|Тверь",
               "s": "ул. Баумана|ул. Ленина|пр. Мира|ул. Садовая|ул. Гагарина",
               "o": "ООО «Автосервис Лебедев»|Стоматология «Улыбка» Тверь|Школа № 17 г. Самара|Бухгалтерия Морозова",
               "d": "yandex.ru|mail.ru|gmail.com|rambler.ru"},
    "UA": {"f": "Оксана|Олена|Ірина|Тетяна|Юлія", "m": "Олександр|Андрій|Богдан|Тарас|Віталій",
               "l": "Коваленко|Бондаренко|Мельник|Ткаченко|Кравчук|Бойко|Гнатюк",
               "t": "Львів|Харків|Одеса|Дніпро|Вінниця|Полтава|Чернігів|Житомир",
               "s": "вул. Городоцька|вул. Шевченка|просп. Свободи|вул. Зелена|вул. Садова",
               "o": "СТО «Бойко Авто»|Стоматологія Мельник|Ліцей № 5 м. Вінниця|ТОВ «Гнатюк і партнери»",
               "d": "ukr.net|gmail.com|i.ua|meta.ua"},
    "HR": {"f": "Ivana|Petra|Marija|Lucija", "m": "Ivan|Marko|Tomislav|Dario",
               "l": "Horvat|Kovačević|Babić|Marić|Jurić|Knežević|Vuković",
               "t": "Split|Rijeka|Osijek|Zadar|Pula|Varaždin|Šibenik|Dubrovnik",
               "s": "Ulica Marka Marulića|Ilica|Vukovarska ulica|Ulica kralja Zvonimira|Obala Hrvatske mornarice",
               "o": "Autoservis Jurić d.o.o.|Stomatološka ordinacija Babić|OŠ Split 3|Knjigovodstvo Marić",
               "d": "gmail.com|net.hr|t-com.hr|yahoo.com"},
    "SI": {"f": "Nika|Maja|Špela|Urška", "m": "Luka|Matej|Žiga|Rok",
               "l": "Kranjc|Zupančič|Potočnik|Kovačič|Mlakar|Vidmar",
               "t": "Maribor|Celje|Kranj|Koper|Novo Mesto|Velenje|Ptuj",
               "s": "Slovenska ulica|Prešernova cesta|Cankarjeva ulica|Trubarjeva ulica",
               "o": "Avtoservis Mlakar d.o.o.|Zobna ambulanta Vidmar|Gimnazija Celje|Računovodstvo Potočnik",
               "d": "gmail.com|siol.net|t-2.net|amis.net"},
    "LT": {"f": "Eglė|Rūta|Gintarė|Austėja", "m": "Mantas|Tomas|Darius|Žygimantas",
               "l": "Kazlauskas|Petrauskas|Jankauskas|Stankevičius|Vasiliauskas",
               "lf": "Kazlauskienė|Petrauskaitė|Jankauskienė|Stankevičiūtė|Vasiliauskienė",
               "t": "Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus|Marijampolė",
               "s": "Laisvės al.|Vilniaus g.|Taikos pr.|Sodų g.|Žalgirio g.",
               "o": "UAB „Petrausko autoservisas“|Odontologijos klinika „Šypsena“|Kauno Jono Jablonskio gimnazija",
               "d": "gmail.com|inbox.lt|one.lt|yahoo.com"},
    "EE": {"f": "Kadri|Triin|Liis|Kristiina", "m": "Rasmus|Mart|Tõnis|Indrek",
               "l": "Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Ilves",
               "t": "Tartu|Pärnu|Narva|Viljandi|Rakvere|Kuressaare|Haapsalu",
               "s": "Rüütli|Pikk|Tallinna mnt|Riia|Kalda tee",
               "o": "Autoremont Sepp OÜ|Hambakliinik Mägi|Tartu Descartes'i Kool|Raamatupidamine Kask OÜ",
               "d": "gmail.com|hot.ee|mail.ee|online.ee"},
}

# Which countries a language code without a country draws from (repeats weight the draw).
LANGUAGE_COUNTRIES = {
    "en": "US US US GB GB GB CA AU AU IE IN ZA NZ", "de": "DE DE DE AT CH", "fr": "FR FR FR BE", "es": "ES ES MX",
    "it": "IT", "nl": "NL NL BE", "pt": "PT", "pl": "PL", "sv": "SE", "no": "NO", "da": "DK", "fi": "FI", "cs": "CZ",
    "sk": "SK", "hu": "HU", "ro": "RO", "tr": "TR", "el": "GR", "ru": "RU", "uk": "UA", "hr": "HR", "sl": "SI",
    "lt": "LT", "et": "EE",
}


def locale_for(lang: str, rng: random.Random) -> str:
    """"de" -> "de-AT" (a country the language is written in); "en-PL" and "pt-BR" stay as they are."""
    if "-" in lang:
        return lang
    return f"{lang}-{rng.choice(LANGUAGE_COUNTRIES[lang].split())}"


def _pairs(table: str) -> dict[str, str]:
    return dict(pair.split(":") for pair in table.split())


_TRANSLIT = _pairs(
    "а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh "
    "щ:shch ъ: ы:y ь: э:e ю:yu я:ya і:i ї:yi є:ye ґ:g "
    "α:a ά:a β:v γ:g δ:d ε:e έ:e ζ:z η:i ή:i θ:th ι:i ί:i ϊ:i ΐ:i κ:k λ:l μ:m ν:n ξ:x ο:o ό:o π:p ρ:r σ:s ς:s τ:t "
    "υ:y ύ:y φ:f χ:ch ψ:ps ω:o ώ:o")
_LATIN = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "œ": "oe"}


def ascii_fold(s: str) -> str:
    """Lower-case ASCII for e-mail local parts and handles: Cyrillic and Greek transliterated, accents dropped."""
    out = []
    for ch in s.lower():
        ch = _LATIN.get(ch, ch)
        t = _TRANSLIT.get(ch)
        if t is not None:
            out.append(t)
            continue
        out.append("".join(c for c in unicodedata.normalize("NFKD", ch) if c.isascii() and (c.isalnum() or c in " -")))
    return "".join(out)


def _slug(s: str, sep: str = "") -> str:
    return sep.join(ascii_fold(s).replace("-", " ").split())


class Person:
    def __init__(self, rng: random.Random, country: str, key: str) -> None:
        data = COUNTRIES[key]
        self.country = country
        self.sex = rng.choice("FM")
        self.first = rng.choice(_split(data["f" if self.sex == "F" else "m"]))
        lasts = _split(data["lf"] if self.sex == "F" and "lf" in data else data["l"])
        self.last = rng.choice(lasts)
        self.dob = datetime.date(rng.randint(1944, 2006), rng.randint(1, 12), rng.randint(1, 28))

    @property
    def full(self) -> str:
        return f"{self.last} {self.first}" if self.country == "HU" else f"{self.first} {self.last}"


class Context:
    """One prompt being rendered: its locale, three people, one random source, and the values already drawn."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.country = locale.split("-")
        self.data = COUNTRIES[self.country]
        self.p1 = Person(rng, self.country, self.country)
        other = self.country if rng.random() < 0.75 else rng.choice(list(COUNTRIES))
        self.p2 = Person(rng, other, other)
        self.p3 = Person(rng, self.country, self.country)
        self.memo: dict[str, Parts] = {}

    def pick(self, s: str) -> str:
        return self.rng.choice(_split(s))

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def draw(self, make: Callable[[], str], valid: Callable[[str], bool], tries: int = 5000) -> str:
        for _ in range(tries):
            value = make()
            if valid(value):
                return value
        raise RuntimeError("no valid value drawn")


# ----------------------------------------------------------------------------------------------- dates

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
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta "
          "marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου "
          "Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
}


def _nth(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def format_date(ctx: Context, d: datetime.date, with_year: bool = True) -> str:
    """A date as someone writing in ctx.lang (and living in ctx.country) would write it."""
    r, lang, y, m, day = ctx.rng, ctx.lang, d.year, d.month, d.day
    name = MONTHS[lang].split()[m - 1]
    if lang == "de" and ctx.country == "AT" and m == 1:
        name = "Jänner"
    iso = f"{y}-{m:02d}-{day:02d}"
    dotted = f"{day:02d}.{m:02d}.{y}"
    if lang == "en":
        us = ctx.country in ("US",)
        short = name[:3]
        numeric = f"{m:02d}/{day:02d}/{y}" if us else f"{day:02d}/{m:02d}/{y}"
        short_numeric = f"{m}/{day}/{y % 100:02d}" if us else f"{day}/{m}/{y % 100:02d}"
        if not with_year:
            return r.choice([f"{name} {day}", f"{_nth(day)} of {name}", f"{short} {day}", f"{day} {name}", f"{_nth(day)} {short}"])
        return r.choice([numeric, short_numeric, iso, f"{name} {day}, {y}", f"{day} {name} {y}", f"{_nth(day)} of {name} {y}",
                         f"{short}. {_nth(day)} {y}", f"{day}-{short}-{y}", f"{day:02d} {short.upper()} {y}"])
    long_ = {
        "de": f"{day}. {name} {y}", "fr": f"{'1er' if day == 1 else day} {name} {y}", "es": f"{day} de {name} de {y}",
        "it": f"{day} {name} {y}", "nl": f"{day} {name} {y}", "pt": f"{day} de {name} de {y}", "pl": f"{day} {name} {y}",
        "sv": f"{day} {name} {y}", "no": f"{day}. {name} {y}", "da": f"{day}. {name} {y}", "fi": f"{day}. {name} {y}",
        "cs": f"{day}. {name} {y}", "sk": f"{day}. {name} {y}", "hu": f"{y}. {name} {day}.", "ro": f"{day} {name} {y}",
        "tr": f"{day} {name} {y}", "el": f"{day} {name} {y}", "ru": f"{day} {name} {y}", "uk": f"{day} {name} {y}",
        "hr": f"{day}. {name} {y}", "sl": f"{day}. {name} {y}", "lt": f"{y} m. {name} {day} d.", "et": f"{day}. {name} {y}",
    }[lang]
    if not with_year:
        return {"hu": f"{name} {day}.", "lt": f"{name} {day} d.", "es": f"{day} de {name}", "pt": f"{day} de {name}"}.get(
            lang, long_.rsplit(" ", 1)[0])
    numeric = {
        "fr": f"{day:02d}/{m:02d}/{y}", "es": f"{day}/{m}/{y}", "it": f"{day:02d}/{m:02d}/{y}", "nl": f"{day}-{m}-{y}",
        "pt": f"{day:02d}/{m:02d}/{y}", "sv": iso, "hu": f"{y}.{m:02d}.{day:02d}.", "lt": iso, "el": f"{day}/{m}/{y}",
        "tr": f"{day:02d}.{m:02d}.{y}", "ro": f"{day:02d}.{m:02d}.{y}",
    }.get(lang, dotted)
    short = {"de": f"{day}.{m}.{y}", "cs": f"{day}. {m}. {y}", "sk": f"{day}. {m}. {y}", "pl": f"{day:02d}-{m:02d}-{y}",
             "fi": f"{day}.{m}.{y}", "et": f"{day}.{m}.{y}", "sl": f"{day}. {m}. {y}", "hr": f"{day}. {m}. {y}",
             "da": f"{day}/{m} {y}", "no": f"{day}.{m}.{y % 100:02d}", "sv": f"{day}/{m} {y}"}.get(lang, numeric)
    return r.choice([long_, long_, numeric, numeric, short, iso if lang not in ("en",) and r.random() < 0.3 else numeric])


def _event_date(ctx: Context) -> datetime.date:
    return datetime.date(ctx.rng.randint(2024, 2027), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))


# ----------------------------------------------------------------------------------------------- numbers and ids

def _phone_number(ctx: Context, region: str) -> phonenumbers.PhoneNumber:
    r = ctx.rng
    kind = r.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(500):
        keep = r.randint(2, 3)
        candidate = nsn[:keep] + ctx.digits(len(nsn) - keep)
        number = phonenumbers.parse("+" + str(example.country_code) + candidate, None)
        if candidate != nsn and phonenumbers.is_valid_number_for_region(number, region):
            return number
    raise RuntimeError(f"no valid phone number for {region}")


def phone(ctx: Context, region: str | None = None) -> str:
    """A number phonenumbers calls valid, written the way people of that country write it."""
    r = ctx.rng
    region = region or ctx.country
    number = _phone_number(ctx, region)
    fmt = phonenumbers.PhoneNumberFormat
    style = r.random()
    if style < 0.35:
        return phonenumbers.format_number(number, fmt.NATIONAL)
    if style < 0.75:
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if style < 0.88:
        return phonenumbers.format_number(number, fmt.E164)
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    return "".join(c for c in national if c.isdigit()) if r.random() < 0.5 else national.replace(" ", "-")


_PUBLISHED_TEST_CARDS = {"4111111111111111", "4242424242424242", "4012888888881881", "5555555555554444", "5105105105105100",
                         "378282246310005", "371449635398431", "6011111111111117", "3530111333300000", "4000056655665556"}


def card(ctx: Context) -> str:
    r = ctx.rng
    prefix, length = r.choice([("4", 16), ("4", 16), ("5" + str(r.randint(1, 5)), 16), (str(r.randint(2221, 2720)), 16),
                               ("3" + r.choice("47"), 15), ("6011", 16), ("65", 16), (str(r.randint(3528, 3589)), 16),
                               ("62", 16), ("36", 14)])
    while True:
        body = prefix + ctx.digits(length - len(prefix) - 1)
        number = body + luhn.calc_check_digit(body)
        if number not in _PUBLISHED_TEST_CARDS:
            break
    sep = r.choice([" ", " ", "-", "", " "])
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    if length == 14:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i : i + 4] for i in range(0, length, 4))


_IBAN_SPEC = {"DE": "18n", "AT": "16n", "CH": "17n", "FR": "23n", "BE": "12n", "ES": "20n", "IT": "1a22n",
              "NL": "4a10n", "PT": "21n", "PL": "24n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "CZ": "20n",
              "SK": "20n", "HU": "24n", "RO": "4a16c", "TR": "5n1n16n", "GR": "23n", "HR": "17n", "SI": "15n",
              "LT": "16n", "EE": "16n", "IE": "4a14n", "GB": "4a14n", "UA": "25n", "BR": "23n1a1c"}
_BANK_CODES = {"IE": "AIBK BOFI IPBS", "GB": "BARC LOYD NWBK HBUK MIDL", "NL": "ABNA INGB RABO SNSB TRIO", "RO": "BTRL RNCB BRDE INGB"}


def iban(ctx: Context, country: str | None = None) -> str:
    """A valid IBAN of the country (or a European one for countries without IBANs): mod 97 and the national checks."""
    r = ctx.rng
    country = country or (ctx.country if ctx.country in _IBAN_SPEC else r.choice(["GB", "DE", "IE", "NL", "FR"]))
    spec = _IBAN_SPEC[country]

    def make() -> str:
        out, i = "", 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            n, kind = int(spec[i:j]), spec[j]
            if kind == "a" and country in _BANK_CODES and n == 4:
                out += r.choice(_BANK_CODES[country].split())
            else:
                out += ctx.alnum(n, {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind])
            i = j + 1
        if country == "TR":
            out = out[:5] + "0" + out[6:]
        numeric = "".join(str(int(c, 36)) for c in out + country + "00")
        return f"{country}{98 - int(numeric) % 97:02d}{out}"

    value = ctx.draw(make, _iban_mod.is_valid, 20000)
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if r.random() < 0.6 else value


def ssn(ctx: Context, layout: str | None = None) -> str:
    r = ctx.rng
    value = ctx.draw(lambda: f"{r.randint(1, 899):03d}{r.randint(1, 99):02d}{r.randint(1, 9999):04d}", us_ssn.is_valid)
    layout = r.choice(["-", "-", "-", " ", ""]) if layout is None else layout
    return layout.join((value[:3], value[3:5], value[5:]))


def _yymmdd(d: datetime.date) -> str:
    return f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"


def _ddmmyy(d: datetime.date) -> str:
    return f"{d.day:02d}{d.month:02d}{d.year % 100:02d}"


def hu_adoazonosito_is_valid(value: str) -> bool:
    """Hungarian personal tax number (adóazonosító jel; python-stdnum has none): 8, days since 1867-01-01, a serial,
    and a check digit = sum(digit * position) mod 11 over the first nine digits (10 is never issued)."""
    if len(value) != 10 or not value.isdigit() or value[0] != "8":
        return False
    check = sum(int(ch) * (i + 1) for i, ch in enumerate(value[:9])) % 11
    return check != 10 and check == int(value[9])


def national_id(ctx: Context, p: Person | None = None) -> str:
    """The person's country's national number, valid by its checksum and agreeing with their birth date and sex."""
    r = ctx.rng
    p = p or ctx.p1
    c, d, fem = p.country, p.dob, p.sex == "F"
    draw, dg = ctx.draw, ctx.digits
    if c == "US":
        v = draw(lambda: "9" + dg(2) + str(r.choice([70, 78, 88, 90, 94])) + dg(4), us_itin.is_valid)
        return f"{v[:3]}-{v[3:5]}-{v[5:]}"
    if c == "GB":
        if r.random() < 0.5:
            v = draw(lambda: str(r.randint(4, 7)) + dg(9), gb_nhs.is_valid)
            return f"{v[:3]} {v[3:6]} {v[6:]}"
        a = "ABCEGHJKLMNPRSTWXYZ"
        return f"{r.choice(a)}{r.choice(a)} {dg(2)} {dg(2)} {dg(2)} {r.choice('ABCD')}"
    if c == "CA":
        v = draw(lambda: str(r.randint(1, 7)) + dg(8), ca_sin.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}" if r.random() < 0.6 else f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if c == "AU":
        v = draw(lambda: dg(9), au_tfn.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "IE":
        return draw(lambda: dg(7) + r.choice(string.ascii_uppercase[:23]) + r.choice(["", "", "A", "W"]), ie_pps.is_valid)
    if c == "IN":
        if r.random() < 0.5:
            v = draw(lambda: str(r.randint(2, 9)) + dg(11), in_aadhaar.is_valid)
            return f"{v[:4]} {v[4:8]} {v[8:]}"
        return draw(lambda: ctx.alnum(3, string.ascii_uppercase) + "P" + p.last[0].upper() + dg(4) + ctx.alnum(1, string.ascii_uppercase),
                    in_pan.is_valid)
    if c == "ZA":
        return draw(lambda: _yymmdd(d) + str(r.randint(0, 4) if fem else r.randint(5, 9)) + dg(3) + "08" + dg(1), za_idnr.is_valid)
    if c == "NZ":
        v = draw(lambda: str(r.randint(1, 1)) + dg(8), nz_ird.is_valid)
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if c == "DE":
        def steuer_id() -> str:
            chosen = r.sample(string.digits, 9)
            body = chosen + [r.choice(chosen)]
            r.shuffle(body)
            return "".join(body) + r.choice(string.digits)
        v = draw(steuer_id, de_idnr.is_valid)
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if r.random() < 0.4 else v
    if c == "AT":
        v = draw(lambda: str(r.randint(1, 9)) + dg(3) + _ddmmyy(d), at_vnr.is_valid)
        return f"{v[:4]} {v[4:]}"
    if c == "CH":
        v = draw(lambda: "756" + dg(10), ch_ssn.is_valid)
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if c == "FR":
        body = f"{2 if fem else 1}{d.year % 100:02d}{d.month:02d}{r.randint(1, 95):02d}{dg(3)}{dg(3)}"
        v = body + f"{97 - int(body) % 97:02d}"
        assert fr_nir.is_valid(v)
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if r.random() < 0.6 else v
    if c == "BE":
        v = draw(lambda: _yymmdd(d) + f"{r.randint(1, 499) * 2 - (0 if fem else 1):03d}" + dg(2), be_nn.is_valid, 20000)
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}" if r.random() < 0.6 else v
    if c == "ES":
        if r.random() < 0.35:
            lead = r.choice("XYZ")
            body = dg(7)
            return lead + body + es_dni.calc_check_digit(str("XYZ".index(lead)) + body)
        body = dg(8)
        return f"{body}-{es_dni.calc_check_digit(body)}" if r.random() < 0.3 else body + es_dni.calc_check_digit(body)
    if c == "MX":
        cons = "BCDFGHJKLMNPQRSTVWXZ"
        return draw(lambda: (ascii_fold(p.last)[0].upper() + r.choice("AEIOU") + r.choice(cons) + ascii_fold(p.first)[0].upper()
                             + _yymmdd(d) + ("M" if fem else "H") + r.choice(["DF", "JC", "NL", "PL", "QT", "YN", "MN", "OC"])
                             + ctx.alnum(3, cons) + ("A" if d.year >= 2000 else "0") + dg(1)), mx_curp.is_valid)
    if c == "IT":
        months = "ABCDEHLMPRST"
        body = (ctx.alnum(6, "BCDFGHLMNPRSTVZ") + f"{d.year % 100:02d}" + months[d.month - 1] + f"{d.day + (40 if fem else 0):02d}"
                + r.choice("ABCDEFGHILM") + dg(3))
        return body + it_cf.calc_check_digit(body)
    if c == "NL":
        v = draw(lambda: str(r.randint(1, 9)) + dg(8), nl_bsn.is_valid)
        return f"{v[:4]}.{v[4:6]}.{v[6:]}" if r.random() < 0.3 else v
    if c == "PT":
        return draw(lambda: str(r.randint(1, 2)) + dg(8), pt_nif.is_valid)
    if c == "BR":
        v = draw(lambda: dg(11), br_cpf.is_valid)
        return v if r.random() < 0.3 else f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}"
    if c == "PL":
        month = d.month + (20 if d.year >= 2000 else 0)
        return draw(lambda: f"{d.year % 100:02d}{month:02d}{d.day:02d}" + dg(3) + str(r.choice("02468" if fem else "13579")) + dg(1),
                    pl_pesel.is_valid)
    if c == "SE":
        v = draw(lambda: _yymmdd(d) + dg(2) + r.choice("02468" if fem else "13579") + dg(1), se_pnr.is_valid)
        return f"{d.year // 100}{v[:6]}-{v[6:]}" if r.random() < 0.4 else f"{v[:6]}-{v[6:]}"
    if c == "NO":
        return draw(lambda: _ddmmyy(d) + (f"{r.randint(0, 499):03d}" if d.year < 2000 else f"{r.randint(500, 999):03d}") + dg(2),
                    no_fnr.is_valid, 20000)
    if c == "DK":
        v = draw(lambda: _ddmmyy(d) + (r.choice("0123") if d.year < 2000 else r.choice("4")) + dg(3), dk_cpr.is_valid)
        return f"{v[:6]}-{v[6:]}"
    if c == "FI":
        return draw(lambda: _ddmmyy(d) + ("-" if d.year < 2000 else "A") + f"{r.randint(2, 899):03d}"
                    + r.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"), fi_hetu.is_valid)
    if c in ("CZ", "SK"):
        mod = cz_rc if c == "CZ" else sk_rc
        v = draw(lambda: f"{d.year % 100:02d}{d.month + (50 if fem else 0):02d}{d.day:02d}" + dg(4), mod.is_valid)
        return f"{v[:6]}/{v[6:]}" if r.random() < 0.8 else v
    if c == "HU":
        return draw(lambda: "8" + f"{(d - datetime.date(1867, 1, 1)).days:05d}" + dg(4), hu_adoazonosito_is_valid)
    if c == "RO":
        sex = ("2" if fem else "1") if d.year < 2000 else ("6" if fem else "5")
        return draw(lambda: sex + _yymmdd(d) + f"{r.randint(1, 46):02d}" + dg(4), ro_cnp.is_valid)
    if c == "TR":
        return draw(lambda: str(r.randint(1, 9)) + dg(10), tr_tck.is_valid, 20000)
    if c == "GR":
        return draw(lambda: _ddmmyy(d) + dg(5), gr_amka.is_valid)
    if c == "RU":
        return draw(lambda: str(r.randint(1, 9)) + dg(11), ru_inn.is_valid, 20000)
    if c == "UA":
        return draw(lambda: str(r.randint(1, 4)) + dg(9), ua_rntrc.is_valid)
    if c == "HR":
        return draw(lambda: str(r.randint(1, 9)) + dg(10), hr_oib.is_valid)
    if c == "SI":
        return draw(lambda: f"{d.day:02d}{d.month:02d}{d.year % 1000:03d}50{'5' if fem else '0'}{dg(2)}" + dg(1), si_emso.is_valid)
    if c in ("LT", "EE"):
        century = (3 if d.year < 2000 else 5) + (1 if fem else 0)
        return draw(lambda: f"{century}{_yymmdd(d)}{dg(3)}{dg(1)}", lt_asmens.is_valid if c == "LT" else ee_ik.is_valid)
    raise KeyError(c)


def passport(ctx: Context) -> str:
    r, c = ctx.rng, ctx.p1.country
    up = string.ascii_uppercase
    if c == "DE":
        return ctx.alnum(9, "CFGHJKLMNPRTVWXYZ0123456789")
    if c in ("US", "GB", "AU", "NZ", "CA"):
        return r.choice([ctx.digits(9), r.choice(up) + ctx.digits(8 if c != "CA" else 6) + ("" if c != "CA" else ctx.alnum(2, up))])
    if c == "FR":
        return ctx.digits(2) + ctx.alnum(2, up) + ctx.digits(5)
    if c == "IN":
        return r.choice(up) + ctx.digits(7)
    return ctx.alnum(2, up) + ctx.digits(7)


def ip(ctx: Context, v6: bool | None = None) -> str:
    r = ctx.rng
    if v6 if v6 is not None else r.random() < 0.2:
        groups = [r.choice(["2a02", "2a01", "2a00", "2001", "2604", "2a03"]), f"{r.randint(0x100, 0xffff):x}"] + [
            f"{r.randint(0, 0xffff):x}" for _ in range(6)]
        if r.random() < 0.5:
            return ":".join(groups[:3]) + "::" + groups[-1]
        return ":".join(groups)
    while True:
        kind = r.random()
        if kind < 0.3:
            v = f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        elif kind < 0.45:
            v = f"192.168.{r.randint(0, 255)}.{r.randint(1, 254)}"
        elif kind < 0.55:
            v = f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        else:
            v = f"{r.randint(11, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        first3 = ".".join(v.split(".")[:3])
        if first3 not in ("192.0.2", "198.51.100", "203.0.113") and not v.startswith(("127.", "100.64.", "169.254.")):
            return v


# ----------------------------------------------------------------------------------------------- e-mails, addresses, links

_AN = string.ascii_letters + string.digits


def email(ctx: Context, p: Person) -> str:
    r = ctx.rng
    first, last = _slug(p.first), _slug(p.last)
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randint(1, 99)}", f"{first}_{last}{p.dob.year % 100:02d}",
                      f"{last}.{first[0]}", f"{first}.{last}{p.dob.year}", f"{first}{last[:3]}"])
    return f"{local}@{ctx.pick(COUNTRIES[p.country]['d'])}"


def org_domain(org: str) -> str:
    words = [w for w in _slug(org, " ").split() if w not in ("gmbh", "llc", "ltd", "inc", "ag", "sl", "srl", "sro", "as", "ab", "oy", "aps",
                                                          "kft", "doo", "uab", "ou", "bv", "pty", "co", "sp", "z", "o", "nr", "dr")]
    return "-".join(words[:2]) + ".com"


def work_email(ctx: Context, p: Person, org: str) -> str:
    r = ctx.rng
    first, last = _slug(p.first), _slug(p.last)
    local = r.choice([f"{first}.{last}", f"{first[0]}.{last}", first, f"{last}{first[0]}", f"{first[0]}{last}"])
    return f"{local}@{org_domain(org)}"


def address(ctx: Context, one_line: bool = False) -> str:
    """A street address in the country's own layout (one span; it may run over two lines)."""
    r, c, d = ctx.rng, ctx.country, ctx.data
    town, street, n = ctx.pick(d["t"]), ctx.pick(d["s"]), r.randint(1, 140)
    nl = ", " if one_line or r.random() < 0.6 else "\n"
    dg = ctx.digits
    if c == "US":
        state, z = r.choice(["OH", "ID", "OK", "WA", "CA", "TN", "MI", "CO", "NM", "GA"]), dg(5)
        unit = r.choice(["", "", f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 999)}"])
        return f"{r.randint(100, 9899)} {street}{unit}{nl}{town}, {state} {z}"
    if c == "GB":
        pc = f"{r.choice(['SK', 'HG', 'SN', 'DY', 'SY', 'DD', 'LA', 'TR', 'WF', 'PA'])}{r.randint(1, 19)} {r.randint(1, 9)}{ctx.alnum(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        flat = r.choice(["", "", f"Flat {r.randint(1, 9)}, ", f"{r.choice(['Rose Cottage', 'The Old Forge', 'Hillcrest'])}, "])
        return f"{flat}{n} {street}{nl}{town} {pc}" if r.random() < 0.6 else f"{flat}{n} {street}, {town}, {pc}"
    if c == "CA":
        prov = r.choice(["NB", "BC", "SK", "QC", "ON", "AB"])
        pc = f"{r.choice('ABCEGHJKLMNPRSTVXY')}{dg(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {dg(1)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{dg(1)}"
        return f"{r.choice(['', f'{r.randint(101, 1904)}-'])}{r.randint(10, 4999)} {street}{nl}{town}, {prov} {pc}"
    if c == "AU":
        st = r.choice(["VIC", "QLD", "NSW", "TAS"])
        return f"{r.choice(['', f'Unit {r.randint(1, 12)}/', f'{r.randint(1, 9)}/'])}{n} {street}{nl}{town.upper() if r.random() < 0.4 else town} {st} {r.randint(2000, 7999)}"
    if c == "IE":
        eir = f"{r.choice(['V95', 'V92', 'N37', 'F91', 'A91', 'R95', 'F92', 'N91'])} {ctx.alnum(4, 'ACDEFHKNPRTVWXY0123456789')}"
        return f"{n} {street}{nl}{town}, Co. {r.choice(['Clare', 'Kerry', 'Westmeath', 'Sligo', 'Louth', 'Kilkenny', 'Donegal'])}, {eir}"
    if c == "IN":
        return (f"Flat {r.randint(1, 12)}0{r.randint(1, 4)}, {r.choice(['Sai Krupa', 'Shanti Niketan', 'Green Meadows'])} Apartments, "
                f"{street}{nl}{town} - {r.randint(1, 8)}{dg(5)}")
    if c == "ZA":
        return f"{n} {street}{nl}{r.choice(['', 'Die Boord, ', 'Bendor, '])}{town}, {dg(4)}"
    if c == "NZ":
        return f"{n}{r.choice(['', 'A', 'B'])} {street}{nl}{town} {dg(4)}"
    if c in ("DE", "AT", "CH"):
        plz = dg(5) if c == "DE" else str(r.randint(1000, 9999))
        num = f"{n}{r.choice(['', '', 'a', 'b'])}" if c != "AT" else r.choice([str(n), f"{n}/{r.randint(1, 4)}/{r.randint(1, 20)}", f"{n}/Top {r.randint(1, 20)}"])
        return f"{street} {num}{nl}{plz} {town}"
    if c == "FR":
        return f"{n}{r.choice(['', '', ' bis', ' ter'])} {street}{nl}{dg(5)} {town.upper() if r.random() < 0.4 else town}"
    if c == "BE":
        return f"{street} {n}{r.choice(['', '', f' bte {r.randint(1, 9)}', f'/{r.randint(1, 9)}'])}{nl}{r.randint(1000, 9999)} {town}"
    if c == "ES":
        return f"C/ {street}, {n}, {r.randint(1, 8)}º {r.choice('ABCDI')}{nl}{dg(5)} {town}"
    if c == "MX":
        return f"{street} {n}, Col. {r.choice(['Centro', 'Del Valle', 'Jardines', 'Reforma'])}{nl}C.P. {dg(5)}, {town}"
    if c == "IT":
        return f"{street}, {n}{r.choice(['', '', '/B'])}{nl}{dg(5)} {town} ({r.choice(['BG', 'LE', 'TN', 'PG', 'FE', 'CS', 'PE', 'UD'])})"
    if c == "NL":
        return f"{street} {n}{r.choice(['', '', '-II', 'A', ' bis'])}{nl}{r.randint(1000, 9999)} {ctx.alnum(2, 'ABCDEGHJKLMNPRSTVWXZ')} {town}"
    if c == "PT":
        return f"{street}, {n}, {r.randint(1, 6)}.º {r.choice(['Esq.', 'Dto.', 'Frente'])}{nl}{r.randint(1000, 9999)}-{dg(3)} {town}"
    if c == "BR":
        return (f"{street}, {r.randint(10, 2999)}{r.choice(['', f', apto {r.randint(11, 904)}'])} - {r.choice(['Centro', 'Cambuí', 'Trindade', 'Savassi'])}"
                f"{nl}{town} - {r.choice(['SP', 'SC', 'PR', 'MG', 'RN', 'AL'])}, {dg(5)}-{dg(3)}")
    if c == "PL":
        return f"ul. {street} {n}{r.choice(['', f'/{r.randint(1, 60)}', f' m. {r.randint(1, 60)}'])}{nl}{dg(2)}-{dg(3)} {town}"
    if c in ("SE", "CZ", "SK", "GR"):
        pc = f"{dg(3)} {dg(2)}"
        return f"{street} {n}{r.choice(['', '', 'B', ' lgh 1102'] if c == 'SE' else [''])}{nl}{pc} {town}"
    if c in ("NO", "DK", "SI"):
        extra = f", {r.randint(1, 4)}. {r.choice(['tv.', 'th.', 'mf.'])}" if c == "DK" and r.random() < 0.5 else ""
        return f"{street} {n}{extra}{nl}{dg(4)} {town}"
    if c == "FI":
        return f"{street} {n}{r.choice(['', f' B {r.randint(1, 40)}', f' A {r.randint(1, 20)}'])}{nl}{dg(5)} {town.upper() if r.random() < 0.3 else town}"
    if c == "HU":
        return f"{r.randint(1000, 9999)} {town}, {street} {n}.{r.choice(['', f' {r.randint(1, 4)}/{r.randint(1, 12)}.'])}"
    if c == "RO":
        return f"{street} nr. {n}{r.choice(['', f', bl. {r.choice(string.ascii_uppercase[:6])}{r.randint(1, 9)}, ap. {r.randint(1, 60)}'])}{nl}{town} {dg(6)}"
    if c == "TR":
        return f"{street} No: {n}{r.choice(['', f' D: {r.randint(1, 20)}', f'/{r.randint(1, 20)}'])}{nl}{dg(5)} {town}"
    if c == "RU":
        return f"{street}, д. {n}{r.choice(['', f', кв. {r.randint(1, 200)}'])}{nl}{town}, {dg(6)}"
    if c == "UA":
        return f"{street}, {n}{r.choice(['', f', кв. {r.randint(1, 120)}'])}{nl}{town}, {dg(5)}"
    if c == "HR":
        return f"{street} {n}{nl}{dg(5)} {town}"
    if c == "LT":
        return f"{street} {n}{r.choice(['', f'-{r.randint(1, 40)}'])}{nl}LT-{dg(5)} {town}"
    if c == "EE":
        return f"{street} {n}{r.choice(['', f'-{r.randint(1, 40)}'])}{nl}{dg(5)} {town}"
    raise KeyError(c)


def personal_url(ctx: Context, p: Person | None = None, profile: bool = False, share: bool = False) -> str:
    """A link that points at one person: a profile, a personal share, a link with their e-mail or phone in it
    (profile=True: only social and professional profiles; share=True: only shared folders and files)."""
    r = ctx.rng
    p = p or ctx.p1
    slug = f"{_slug(p.first, '-')}-{_slug(p.last, '-')}"
    handle = r.choice([f"{_slug(p.first)}{_slug(p.last)[:4]}", f"{_slug(p.first)}_{p.dob.year % 100:02d}", f"{_slug(p.first)}.{_slug(p.last)}"])
    profiles = [
        f"https://www.linkedin.com/in/{slug}-{ctx.alnum(8, string.ascii_lowercase + string.digits)}/",
        f"https://www.facebook.com/{handle}", f"https://www.instagram.com/{handle.replace('.', '_')}/",
        f"https://github.com/{handle.replace('.', '-').replace('_', '-')}", f"https://x.com/{handle.replace('.', '_')}",
        f"https://www.linkedin.com/in/{slug}/", f"https://bsky.app/profile/{handle.replace('_', '')}.bsky.social",
    ]
    shares = [
        f"https://www.dropbox.com/scl/fi/{ctx.alnum(21, string.ascii_lowercase + string.digits)}/{slug}-cv.pdf?rlkey={ctx.alnum(25, string.ascii_lowercase + string.digits)}&dl=0",
        f"https://drive.google.com/drive/folders/{ctx.alnum(33, _AN + '_-')}?usp=sharing", f"https://1drv.ms/f/s!{ctx.alnum(20)}",
    ]
    if profile:
        return r.choice(profiles)
    if share:
        return r.choice(shares)
    return r.choice(profiles[:5] + [
        f"https://www.vinted.{r.choice(['de', 'fr', 'pl', 'es', 'it', 'nl'])}/member/{ctx.digits(8)}-{handle.replace('.', '')}",
        f"https://www.dropbox.com/scl/fi/{ctx.alnum(21, string.ascii_lowercase + string.digits)}/{slug}-passport.pdf?rlkey={ctx.alnum(25, string.ascii_lowercase + string.digits)}&dl=0",
        f"https://1drv.ms/f/s!{ctx.alnum(20)}", f"https://photos.app.goo.gl/{ctx.alnum(17)}",
        f"https://calendly.com/{slug}/intro-call", f"https://www.familysearch.org/tree/person/details/{ctx.alnum(4, string.ascii_uppercase + string.digits)}-{ctx.alnum(3, string.ascii_uppercase + string.digits)}",
        f"https://wa.me/{phonenumbers.format_number(_phone_number(ctx, p.country), phonenumbers.PhoneNumberFormat.E164)[1:]}",
        f"https://portal.{r.choice(['tenantdesk', 'rentright', 'mietportal'])}.{r.choice(['com', 'io'])}/reset?email={email(ctx, p).replace('@', '%40')}",
        f"https://www.airbnb.com/users/show/{ctx.digits(9)}", f"https://tinder.com/@{handle.replace('.', '')}",
        f"https://www.ancestry.com/family-tree/person/tree/{ctx.digits(9)}/person/{ctx.digits(12)}/facts",
        f"https://wetransfer.com/downloads/{ctx.alnum(32, '0123456789abcdef')}/{ctx.alnum(6, '0123456789abcdef')}",
    ])


# ----------------------------------------------------------------------------------------------- secrets



def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def pem(ctx: Context, escaped: bool = False) -> str:
    r = ctx.rng
    body = base64.b64encode(r.randbytes(r.choice([120, 180, 240]))).decode()
    kind = r.choice(["RSA ", "EC ", "", "OPENSSH "])
    lines = [f"-----BEGIN {kind}PRIVATE KEY-----", *(body[i : i + 64] for i in range(0, len(body), 64)), f"-----END {kind}PRIVATE KEY-----"]
    return ("\\n".join(lines) + "\\n") if escaped else "\n".join(lines)


def jwt(ctx: Context) -> str:
    r = ctx.rng
    header = _b64url(json.dumps({"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}).encode())
    payload = _b64url(json.dumps({"sub": ctx.alnum(12, string.digits), "email_verified": True, "iat": r.randint(1_700_000_000, 1_800_000_000),
                                  "exp": r.randint(1_800_000_000, 1_900_000_000)}).encode())
    return f"{header}.{payload}.{_b64url(r.randbytes(32 if r.random() < 0.5 else 256))}"


def secret(ctx: Context, kind: str | None = None) -> str:
    r = ctx.rng
    makers: dict[str, Callable[[], str]] = {
        "aws_id": lambda: r.choice(["AKIA", "ASIA"]) + ctx.alnum(16, string.ascii_uppercase + "234567"),
        "aws_secret": lambda: ctx.alnum(40, _AN + "+/"),
        "openai": lambda: "sk-proj-" + ctx.alnum(r.choice([64, 74]), _AN + "_-") + "T3BlbkFJ" + ctx.alnum(r.choice([32, 64]), _AN + "_-"),
        "anthropic": lambda: "sk-ant-api03-" + ctx.alnum(93, _AN + "_-") + "AA",
        "ghp": lambda: r.choice(["ghp_", "gho_", "ghs_"]) + ctx.alnum(36),
        "ghpat": lambda: "github_pat_11" + ctx.alnum(20, string.ascii_uppercase + string.digits) + "_" + ctx.alnum(59),
        "slack": lambda: f"{r.choice(['xoxb', 'xoxp', 'xoxe.xoxp-1'])}-{ctx.digits(r.choice([11, 12, 13]))}-{ctx.digits(13)}-{ctx.alnum(24)}",
        "stripe": lambda: r.choice(["sk_live_", "rk_live_"]) + "51" + ctx.alnum(r.choice([22, 96])),
        "google": lambda: "AIza" + ctx.alnum(35, _AN + "_-"),
        "jwt": lambda: jwt(ctx),
        "hf": lambda: "hf_" + ctx.alnum(34, string.ascii_letters),
        "glpat": lambda: "glpat-" + ctx.alnum(20, _AN + "_-"),
        "sendgrid": lambda: f"SG.{ctx.alnum(22, _AN + '_-')}.{ctx.alnum(43, _AN + '_-')}",
        "telegram": lambda: f"{r.randint(100000000, 7999999999)}:AA{ctx.alnum(33, _AN + '_-')}",
        "twilio": lambda: ctx.alnum(32, "0123456789abcdef"),
        "npm": lambda: "npm_" + ctx.alnum(36),
        "pem": lambda: pem(ctx),
    }
    return makers[kind or r.choice(list(makers))]()


def password(ctx: Context) -> str:
    r = ctx.rng
    words = ["Sommer", "kwiatek", "Tr0mb0ne", "zaq1", "Qwerty", "lato", "soleil", "Bacalhau", "Kalimera", "marzec", "Hyggelig", "koira"]
    return r.choice([
        f"{r.choice(words)}{r.randint(1, 2026)}{r.choice(['!', '', '#', '$', '?'])}",
        ctx.alnum(r.randint(12, 24), _AN + "!@#%^&*-_"),
        f"{r.choice(words)}.{r.choice(words)}.{r.randint(10, 99)}",
        f"{r.choice(words).lower()}{r.choice(words)}{ctx.digits(3)}",
    ])


# ----------------------------------------------------------------------------------------------- hard negatives

FAMOUS_PEOPLE = "Angela Merkel|Taylor Swift|Cristiano Ronaldo|Marie Curie|Elon Musk|Greta Thunberg|Frida Kahlo|Lewis Hamilton|Zinedine Zidane|Wisława Szymborska|Jacinda Ardern|Nelson Mandela"
FAMOUS_PLACES = "the Eiffel Tower|Machu Picchu|the Acropolis|Sagrada Família|Lake Bled|Dubrovnik's old town|the Colosseum|Neuschwanstein|the Northern Lights in Tromsø|Table Mountain"
FAMOUS_COMPANIES = "Ryanair|Booking.com|Airbnb|Deutsche Telekom|Vodafone|Revolut|IKEA|Hertz|Sixt|Zalando|Allegro|Spotify|Nokia|Volkswagen"
FICTIONAL = "Sherlock Holmes|Hermione Granger|Don Quijote|Pippi Långstrump|Astérix|Kommissar Rex|Walter White|Bridget Jones|Ebenezer Scrooge"
FORM_NAMES = "John Doe|Jane Doe|Max Mustermann|Erika Mustermann|Jan Kowalski|Mario Rossi|Ola Nordmann|Kari Nordmann|Jean Dupont|Fulano de Tal|Joe Bloggs|Matti Meikäläinen|Jan Novák|Иван Иванов|Juan Pérez|Jan Jansen"
EXAMPLE_EMAILS = "jane.doe@example.com|user@example.org|test@example.com|max.mustermann@example.de|noreply@example.net|firstname.lastname@example.com"
TEST_CARDS = "4111 1111 1111 1111|4242 4242 4242 4242|5555 5555 5555 4444|378282246310005|6011 1111 1111 1117|4000 0566 5566 5556|5105105105105100"
DOC_IBANS = "DE89 3704 0044 0532 0130 00|GB82 WEST 1234 5698 7654 32|FR76 3000 6000 0112 3456 7890 189|NL91 ABNA 0417 1643 00|ES91 2100 0418 4502 0005 1332|GB33BUKB20201555555555"
PUBLIC_RESOLVERS = "8.8.8.8|1.1.1.1|9.9.9.9|8.8.4.4|208.67.222.222|1.0.0.1"
PLACEHOLDER_KEYS = ("sk-...|sk-proj-XXXXXXXXXXXXXXXX|<YOUR_API_KEY>|AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY|${OPENAI_API_KEY}|"
                    "{{ vault_db_password }}|********|<redacted>|xoxb-your-token|ghp_xxxxxxxxxxxxxxxxxxxx|sk_test_...|your-secret-here|REPLACE_ME")
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
DOC_URLS = ("https://nginx.org/en/docs/http/ngx_http_log_module.html|https://www.postfix.org/postconf.5.html|https://man.openbsd.org/sshd_config|"
            "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/|https://docs.ansible.com/ansible/latest/inventory_guide/intro_inventory.html|"
            "https://jupyter-notebook.readthedocs.io/en/stable/|https://www.gov.uk/tenancy-deposit-protection|https://travel.state.gov/content/travel/en/us-visas.html|"
            "https://www.service-public.fr/particuliers/vosdroits/F31269|https://docs.stripe.com/disputes|https://api.slack.com/methods/conversations.history|"
            "https://learn.microsoft.com/en-us/microsoftteams/teams-analytics-and-reports/|https://docs.anthropic.com/en/api/getting-started|"
            "https://www.familysearch.org/en/wiki/Ireland_Civil_Registration|https://www.bundesnetzagentur.de/DE/Vportal/TK/Rufnummernmitnahme/start.html")


def bad_ssn(ctx: Context) -> str:
    """Things written like SSNs that are not valid ones (no area 000, 666 or 9xx; the famous specimen numbers)."""
    r = ctx.rng
    return r.choice([
        f"000-{r.randint(10, 99)}-{ctx.digits(4)}", f"666-{r.randint(10, 99)}-{ctx.digits(4)}",
        f"9{ctx.digits(2)}-{r.randint(10, 49)}-{ctx.digits(4)}", "123-45-6789", "078-05-1120", "219-09-9999",
        f"{r.randint(100, 599)}-00-{ctx.digits(4)}", f"{r.randint(100, 599)}-{r.randint(10, 99)}-0000",
    ])


_CURRENCY = {"US": "$", "GB": "£", "CA": "$", "AU": "$", "NZ": "$", "IE": "€", "IN": "₹", "ZA": "R", "CH": "CHF", "MX": "MX$", "BR": "R$",
             "PL": "zł", "SE": "kr", "NO": "kr", "DK": "kr", "CZ": "Kč", "HU": "Ft", "RO": "lei", "TR": "TL", "RU": "₽", "UA": "грн"}


def price(ctx: Context) -> str:
    """An amount in the country's currency, written the local way (not PII)."""
    r = ctx.rng
    cur = _CURRENCY.get(ctx.country, "€")
    amount = r.choice([r.randint(20, 950), r.randint(1000, 9000)]) * (25 if cur in ("Ft", "₹", "Kč", "₽", "грн") else 1)
    cents = r.choice(["", f"{r.randint(0, 99):02d}"])
    if cur in ("$", "£", "R", "MX$", "₹") or ctx.lang == "en":
        return f"{cur}{amount:,}{'.' + cents if cents else ''}"
    local = f"{amount:,}".replace(",", " " if ctx.lang in ("fr", "pl", "cs", "sk", "sv", "no", "fi", "hu", "ru", "uk", "et", "lt") else ".")
    if cur == "R$":
        return f"R$ {local},{cents or '00'}"
    return f"{local}{',' + cents if cents else ''} {cur}"


def _negative(ctx: Context, name: str) -> str | None:
    r = ctx.rng
    up = string.ascii_uppercase
    makers: dict[str, Callable[[], str]] = {
        "ref": lambda: ctx.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
        "order": lambda: r.choice(["#", "", "ORD-", "A-"]) + ctx.digits(r.choice([7, 8, 10])),
        "invoice": lambda: f"{r.choice(['INV', 'RE', 'FV', 'FA'])}-{r.randint(2024, 2026)}-{ctx.digits(5)}",
        "claim": lambda: f"{r.choice(['CLM', 'SCH', 'SIN'])}-{ctx.digits(6)}-{r.choice(up)}",
        "case": lambda: r.choice([f"{r.randint(1, 30)} C {r.randint(100, 999)}/{r.randint(24, 26)}", f"CV-{r.randint(2024, 2026)}-{ctx.digits(6)}",
                                  f"RG {r.randint(24, 26)}/{ctx.digits(5)}"]),
        "ticket": lambda: r.choice(["INC", "CHG", "SR", "CS"]) + ctx.digits(7),
        "ticket2": lambda: r.choice(["INC", "CHG", "SR", "CS"]) + ctx.digits(7),
        "flight": lambda: f"{r.choice(['LH', 'FR', 'U2', 'KL', 'LO', 'SK', 'TK', 'EI', 'QF', 'W6'])} {r.randint(10, 9999)}",
        "vin": lambda: ctx.alnum(17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"),
        "version": lambda: r.choice(["", "v"]) + ".".join(str(r.randint(0, 24)) for _ in range(r.choice([2, 3]))),
        "uuid": lambda: "-".join(ctx.alnum(n, "0123456789abcdef") for n in (8, 4, 4, 4, 12)),
        "sha": lambda: ctx.alnum(r.choice([7, 12, 40]), "0123456789abcdef"),
        "hexid": lambda: ctx.alnum(r.choice([10, 11, 12]), "0123456789ABCDEF"),
        "price": lambda: price(ctx),
        "ryear": lambda: str(r.randint(2008, 2025)),
        "year": lambda: str(r.randint(1890, 2026)), "qty": lambda: str(r.choice([2, 3, 6, 12, 48, 250, 1200])),
        "time": lambda: (f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])} {r.choice(['am', 'pm', 'AM', 'PM'])}"
                         if ctx.lang == "en" and ctx.country in ("US", "CA", "AU", "NZ", "IN") and r.random() < 0.7
                         else f"{r.randint(7, 20)}:{r.choice(['00', '15', '30', '45'])}"),
        "time24": lambda: f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
        "dur": lambda: r.choice(["45 minutes", "3 weeks", "90 days", "two hours", "6 months"]),
        "port": lambda: str(r.choice([22, 2222, 443, 8443, 5432, 6443, 51820])), "pid": lambda: str(r.randint(300, 65000)),
        "epoch": lambda: f"{r.randint(1_700_000_000, 1_790_000_000)}.{ctx.digits(6)}",
        "slackid": lambda: "U0" + ctx.alnum(9, up + "0123456789"),
        "docurl": lambda: ctx.pick(DOC_URLS), "ph_key": lambda: ctx.pick(PLACEHOLDER_KEYS), "jwt_io": lambda: JWT_IO,
        "test_card": lambda: ctx.pick(TEST_CARDS), "ex_email": lambda: ctx.pick(EXAMPLE_EMAILS), "doc_iban": lambda: ctx.pick(DOC_IBANS),
        "doc_ip": lambda: r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                                    f"2001:db8::{r.randint(1, 0xfff):x}", f"2001:db8:{r.randint(1, 0xfff):x}::1"]),
        "pub_ip": lambda: ctx.pick(PUBLIC_RESOLVERS), "bad_ssn": lambda: bad_ssn(ctx),
        "famous": lambda: ctx.pick(FAMOUS_PEOPLE), "famous2": lambda: ctx.pick(FAMOUS_PEOPLE), "place": lambda: ctx.pick(FAMOUS_PLACES),
        "company": lambda: ctx.pick(FAMOUS_COMPANIES), "company2": lambda: ctx.pick(FAMOUS_COMPANIES), "fictional": lambda: ctx.pick(FICTIONAL),
        "formname": lambda: ctx.pick(FORM_NAMES), "cve": lambda: f"CVE-{r.randint(2019, 2026)}-{r.randint(1000, 49999)}",
        "sku": lambda: f"{ctx.alnum(3, up)}-{ctx.digits(4)}-{ctx.alnum(2, up)}", "unit": lambda: str(r.randint(1, 48)),
        "weekday": lambda: r.choice(["Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Friday", "Sat"]),
        "hostnum": lambda: str(r.randint(1, 9)),
        "mxhost": lambda: r.choice(["gmail-smtp-in.l.google.com", "mx1.mail.ovh.net", "mx00.ionos.de", "mx.zoho.eu", "mail.protection.outlook.com"]),
        "apihost": lambda: r.choice(["api.bookingtool.io", "api.rentflow.app", "eu.api.matchly.dev", "api.carshare-hub.net"]), "pct": lambda: f"{r.randint(1, 99)}%",
    }
    maker = makers.get(name)
    return maker() if maker else None


# ----------------------------------------------------------------------------------------------- slots

def _ngx_date(ctx: Context) -> str:
    d = _event_date(ctx)
    return f"{d.day:02d}/{MONTHS['en'].split()[d.month - 1][:3]}/{d.year}"


def _sys_date(ctx: Context) -> str:
    d = _event_date(ctx)
    return f"{MONTHS['en'].split()[d.month - 1][:3]} {d.day:2d}"


def _old_dob(ctx: Context) -> str:
    d = datetime.date(ctx.rng.randint(1852, 1931), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    return format_date(ctx, d)


_ORG_PATTERNS = {
    "garage": {"en": "{L} Motors|{L} Auto Repair|{L} & Sons Garage", "de": "Autohaus {L}|Kfz-Werkstatt {L}|Autoservice {L} GmbH",
               "fr": "Garage {L}|Garage {L} & Fils", "nl": "Autobedrijf {L}|Garage {L} BV", "es": "Talleres {L}|Taller Mecánico {L} S.L.",
               "it": "Autofficina {L}|Carrozzeria {L} s.n.c.", "pt": "Oficina {L}|Auto Center {L}", "pl": "Warsztat Samochodowy {L}|Auto-Serwis {L}",
               "sv": "{L}s Bilverkstad AB", "no": "{L} Bilservice AS", "da": "{L}s Autoværksted ApS", "fi": "Autokorjaamo {L} Oy",
               "cs": "Autoservis {L} s.r.o.", "sk": "Autoservis {L} s.r.o.", "hu": "{L} Autószerviz Kft.", "ro": "Service Auto {L} SRL",
               "tr": "{L} Oto Servis", "el": "Συνεργείο {L}", "ru": "Автосервис «{L}»", "uk": "СТО «{L}»", "hr": "Autoservis {L} d.o.o.",
               "sl": "Avtoservis {L} d.o.o.", "lt": "UAB „{L} autoservisas“", "et": "Autoremont {L} OÜ"},
    "clinic": {"en": "{L} Family Practice|{T} Research Clinic|{L} Medical Centre", "it": "Ambulatorio {L}|Centro Medico {T}",
               "de": "Praxis Dr. {L}|Studienzentrum {T}"},
    "agency": {"en": "{L} Lettings|{L} Property Management|{L} & Co Estate Agents", "nl": "Immo {L}|Vastgoedbeheer {L}"},
    "school": {"en": "St {S}'s National School|St {S}'s Primary School|Coláiste {S}"},
}


def kind_org(ctx: Context, kind: str) -> str:
    """A small organisation of one kind, named the way the language names them (after a surname or the town)."""
    patterns = _ORG_PATTERNS[kind]
    pattern = ctx.pick(patterns.get(ctx.lang, patterns["en"]))
    return (pattern.replace("{L}", ctx.p3.last).replace("{T}", _value(ctx, "town"))
            .replace("{S}", ctx.pick("Brigid|Aidan|Joseph|Columba|Patrick|Kevin|Mary")))


def _conn(ctx: Context) -> Parts:
    r = ctx.rng
    scheme = r.choice(["postgresql://", "mysql://", "mongodb+srv://", "redis://", "amqps://", "postgres://"])
    user = r.choice(["app", "svc_orders", "admin", _slug(ctx.p1.first), "root", "reporting"])
    host = r.choice(["db.internal:5432", "cluster0.ab12c.mongodb.net", "10.20.3.7:3306", "rabbit.prod.local:5671", "pg-main:5432"])
    if user == "root" and scheme == "redis://":
        user = ""
    spans: Parts = [(scheme, None), (f"{user}:{password(ctx)}", "SECRET"), (f"@{host}/{r.choice(['app', 'orders', 'crm', ''])}", None)]
    return spans


_ID_NAMES = {"US": "ITIN", "CA": "SIN", "AU": "TFN", "IE": "PPS number", "ZA": "ID number", "NZ": "IRD number", "DE": "Steuer-ID",
             "AT": "SV-Nummer", "CH": "AHV-Nr.", "FR": "n° de sécurité sociale", "BE": "numéro national", "MX": "CURP",
             "IT": "codice fiscale", "NL": "BSN", "PT": "NIF", "BR": "CPF", "PL": "PESEL", "SE": "personnummer",
             "NO": "fødselsnummer", "DK": "CPR-nr.", "FI": "henkilötunnus", "CZ": "rodné číslo", "SK": "rodné číslo",
             "HU": "adóazonosító jel", "RO": "CNP", "TR": "TC Kimlik No", "GR": "ΑΜΚΑ", "RU": "ИНН", "UA": "РНОКПП", "HR": "OIB",
             "SI": "EMŠO", "LT": "asmens kodas", "EE": "isikukood"}


def id_name(country: str, value: str) -> str:
    """What the national number drawn for a person of `country` is called (not labelled)."""
    if country == "GB":
        return "NHS number" if value[:3].isdigit() else "National Insurance number"
    if country == "IN":
        return "Aadhaar" if value[:4].isdigit() else "PAN"
    if country == "ES":
        return "NIE" if value[0] in "XYZ" else "DNI"
    return _ID_NAMES[country]


def _base(ctx: Context, name: str) -> Parts:
    p1, p2, p3, r = ctx.p1, ctx.p2, ctx.p3, ctx.rng
    people = {"": p1, "2": p2, "3": p3}
    for suffix, p in people.items():
        person_slots: dict[str, Callable[[], Parts]] = {
            "first": lambda p=p: [(p.first, "PERSON")], "last": lambda p=p: [(p.last, "PERSON")],
            "full": lambda p=p: [(p.full, "PERSON")],
            "rev": lambda p=p: [(p.last, "PERSON"), (", ", None), (p.first, "PERSON")],
            "init": lambda p=p: [(f"{p.first[0]}. {p.last}", "PERSON")],
            "email": lambda p=p: [(email(ctx, p), "EMAIL")],
            "dob": lambda p=p: [(format_date(ctx, p.dob), "DATE_OF_BIRTH")],
            "natid": lambda p=p: [(national_id(ctx, p), "NATIONAL_ID")],
            "purl": lambda p=p: [(personal_url(ctx, p), "URL")],
            "profile": lambda p=p: [(personal_url(ctx, p, profile=True), "URL")],
            "share": lambda p=p: [(personal_url(ctx, p, share=True), "URL")],
            "phone": lambda p=p: [(phone(ctx, p.country), "PHONE")],
            "wemail": lambda p=p: [(work_email(ctx, p, _value(ctx, "org")), "EMAIL")],
        }
        for stem, make in person_slots.items():
            if name == stem + suffix:
                return make()
    simple: dict[str, Callable[[], Parts]] = {
        "town": lambda: [(ctx.pick(ctx.data["t"]), "LOCATION")],
        "town2": lambda: [(r.choice([t for t in _split(ctx.data["t"]) if t != _value(ctx, "town")]), "LOCATION")],
        "townx": lambda: [(ctx.pick(COUNTRIES[p2.country]["t"]), "LOCATION")],
        "city": lambda: [(ctx.pick("Lisbon|Kraków|Porto|Edinburgh|Seville|Vienna|Prague|Copenhagen|Budapest|Athens|Istanbul|Tallinn"), "LOCATION")],
        "org": lambda: [(ctx.pick(ctx.data["o"]), "ORGANIZATION")],
        "org2": lambda: [(r.choice([o for o in _split(ctx.data["o"]) if o != _value(ctx, "org")]), "ORGANIZATION")],
        "addr": lambda: [(address(ctx), "ADDRESS")], "addr1": lambda: [(address(ctx, one_line=True), "ADDRESS")],
        "card": lambda: [(card(ctx), "CREDIT_CARD")], "card2": lambda: [(card(ctx), "CREDIT_CARD")],
        "iban": lambda: [(iban(ctx), "IBAN")], "iban2": lambda: [(iban(ctx, p2.country if p2.country in _IBAN_SPEC else None), "IBAN")],
        "ssn": lambda: [(ssn(ctx), "US_SSN")], "ssn_d": lambda: [(ssn(ctx, "-"), "US_SSN")], "ssn_s": lambda: [(ssn(ctx, " "), "US_SSN")],
        "ssn_n": lambda: [(ssn(ctx, ""), "US_SSN")], "ssn2": lambda: [(ssn(ctx), "US_SSN")],
        "passport": lambda: [(passport(ctx), "NATIONAL_ID")],
        "ip": lambda: [(ip(ctx, False), "IP_ADDRESS")], "ip2": lambda: [(ip(ctx, False), "IP_ADDRESS")], "ip6": lambda: [(ip(ctx, True), "IP_ADDRESS")],
        "ipx": lambda: [(ip(ctx), "IP_ADDRESS")],
        "date": lambda: [(format_date(ctx, _event_date(ctx)), "DATE")], "date2": lambda: [(format_date(ctx, _event_date(ctx)), "DATE")],
        "date3": lambda: [(format_date(ctx, _event_date(ctx)), "DATE")],
        "dateny": lambda: [(format_date(ctx, _event_date(ctx), with_year=False), "DATE")],
        "dateny2": lambda: [(format_date(ctx, _event_date(ctx), with_year=False), "DATE")],
        "dateiso": lambda: [(_event_date(ctx).isoformat(), "DATE")],
        "ngxdate": lambda: [(_ngx_date(ctx), "DATE")], "sysdate": lambda: [(_sys_date(ctx), "DATE")],
        "olddob": lambda: [(_old_dob(ctx), "DATE_OF_BIRTH")],
        "dobiso": lambda: [(p1.dob.isoformat(), "DATE_OF_BIRTH")],
        "dobus": lambda: [(r.choice([f"{p1.dob.month:02d}/{p1.dob.day:02d}/{p1.dob.year % 100:02d}", f"{p1.dob.month}/{p1.dob.day}/{p1.dob.year}"]), "DATE_OF_BIRTH")],
        "dobwords": lambda: [(r.choice([f"{_nth(p1.dob.day)} of {MONTHS['en'].split()[p1.dob.month - 1]} {p1.dob.year}",
                                         f"{MONTHS['en'].split()[p1.dob.month - 1]} {_nth(p1.dob.day)}, {p1.dob.year}",
                                         f"{p1.dob.day} {MONTHS['en'].split()[p1.dob.month - 1][:3]} {p1.dob.year}"]), "DATE_OF_BIRTH")],
        "pw": lambda: [(password(ctx), "SECRET")], "pw2": lambda: [(password(ctx), "SECRET")],
        "secret": lambda: [(secret(ctx), "SECRET")], "pem_esc": lambda: [(pem(ctx, escaped=True), "SECRET")],
        "conn": lambda: _conn(ctx),
        "garage": lambda: [(kind_org(ctx, "garage"), "ORGANIZATION")], "clinic": lambda: [(kind_org(ctx, "clinic"), "ORGANIZATION")],
        "agency": lambda: [(kind_org(ctx, "agency"), "ORGANIZATION")], "school": lambda: [(kind_org(ctx, "school"), "ORGANIZATION")],
        "idname": lambda: [(id_name(p1.country, _value(ctx, "natid")), None)],
        "idname2": lambda: [(id_name(p2.country, _value(ctx, "natid2")), None)],
    }
    if name in simple:
        return simple[name]()
    for kind in ("aws_id", "aws_secret", "openai", "anthropic", "ghp", "ghpat", "slack", "stripe", "google", "jwt", "hf", "glpat",
                 "sendgrid", "telegram", "twilio", "npm", "pem"):
        if name == kind:
            return [(secret(ctx, kind), "SECRET")]
    value = _negative(ctx, name)
    if value is None:
        raise KeyError(name)
    return [(value, None)]


def _value(ctx: Context, name: str) -> str:
    """The text of a slot (drawn once per prompt), for slots built from other slots."""
    if name not in ctx.memo:
        ctx.memo[name] = _base(ctx, name)
    return "".join(text for text, _ in ctx.memo[name])


def fill(ctx: Context, slot: str) -> Parts:
    """The parts of one slot: "{name}", "{name:uc}" (upper case) or "{name:lc}" (lower case); KeyError for unknown slots."""
    if slot in ("lb", "rb"):
        return [("{" if slot == "lb" else "}", None)]
    name, _, mod = slot.partition(":")
    if name not in ctx.memo:
        ctx.memo[name] = _base(ctx, name)
    parts = ctx.memo[name]
    if mod == "uc":
        return [(text.upper(), etype) for text, etype in parts]
    if mod == "lc":
        return [(text.lower(), etype) for text, etype in parts]
    if mod:
        raise KeyError(slot)
    return parts


# ----------------------------------------------------------------------------------------------- templates
# (language, template). English is about half of each kind; see the module docstring for the slot syntax.

FRESH7_PII: list[tuple[str, str]] = [
    # --- travel bookings and visa forms
    ("en", ("Can you help me write an email to the hotel? Booking ref {ref}, guest name {full}, arriving {date} and leaving {date2}. "
           "We need a cot for our little one {first2}. My mobile is {phone} if they need to call.")),
    ("en", ("Fill in this Schengen visa form for me and tell me what's missing:\nSurname: {last:uc}\nFirst name(s): {first:uc}\n"
           "Date of birth: {dob}\nPassport number: {passport}\nHome address: {addr1}\nE-mail: {email}\nFlight: {flight} on {date}")),
    ("en-GB", ("my flight {flight} to {city} got cancelled and the airline wants the names exactly as on the passport. it's me ({full:uc}) "
              "and my partner {full2:uc}, booking {ref}. can you write the complaint under EU261? we were rebooked 14 hours later")),
    ("en", ("Turn this itinerary into a packing list:\n- {dateny}: train to {town}, staying with {first2} at {addr}\n"
           "- {dateny2}: day trip, leaving at {time}\n- back home on {date}\nMy partner {first3} is vegan.")),
    ("en-IN", ("Please draft a cover letter for my UK visitor visa. I am {full}, {idname} {natid}, working as a senior analyst at {org} "
              "since {ryear}. My sponsor is my cousin {full2}, {addr1}, {phone2}.")),
    ("de", ("Hilf mir bitte bei der Einladung für das Visum meiner Schwiegermutter. Einladende: {full}, geb. {dob}, wohnhaft {addr}. "
           "Eingeladene: {full2}, Reisepass Nr. {passport}. Sie kommt am {date} und fliegt am {date2} zurück.")),
    ("fr", ("Peux-tu vérifier ce formulaire de réservation ? Nom : {last:uc} Prénom : {first} Né(e) le : {dob} Téléphone : {phone} "
           "E-mail : {email} Arrivée le {date}, départ le {date2}, référence {ref}.")),
    ("es", ("Tengo que rellenar el formulario de llegada. Nombre completo: {full}. {idname}: {natid}. Fecha de nacimiento: {dob}. "
           "Vuelo {flight} el {date}. Dirección durante la estancia: {addr1}. ¿Cómo se traduce todo al inglés?")),
    ("el", ("Μπορείς να μεταφράσεις στα αγγλικά την κράτησή μου; Όνομα: {full}, τηλέφωνο {phone}, email {email}, άφιξη {date}, "
           "αριθμός κράτησης {ref}.")),
    # --- car rental and repair
    ("en-GB", ("The rental company wants {price} for a scratch I didn't make. Agreement {order}, picked the car up in {town} on {date}, "
              "returned {date2}. Card on file {card}. Draft a dispute letter from {full}, {addr}.")),
    ("en-US", ("my mechanic at {garage} quoted {price} for front brakes + rotors on VIN {vin}. is that fair for a 2015 civic? "
              "he said text him at {phone} to approve")),
    ("en-AU", ("Got a toll notice for a hire car I had from {date} to {date2}. Hirer: {full}, licence address {addr}, email {email}. "
              "Write to the rental mob saying I already paid the tolls on {dateny}.")),
    ("de-AT", ("Die Werkstatt {garage} hat mein Auto seit {date} und hebt nicht ab. Fahrgestellnummer {vin}, Auftrag {order}. "
              "Kannst du ein Mahnschreiben aufsetzen? {full}, {addr}, Tel. {phone}")),
    ("pl", ("Napisz proszę reklamację do warsztatu {garage}. Naprawa z dnia {date}, faktura {invoice}, kwota {price}. "
           "Dane: {full}, PESEL {natid}, tel. {phone}, adres {addr}.")),
    ("no", ("Kan du skrive en klage til verkstedet {garage}? Bilen ble levert {date}, og de har fakturert {price} uten å ringe meg først. "
           "Mvh {full}, tlf. {phone}")),
    ("ru", ("Помоги составить претензию в автосервис {garage}. Машину сдал {date}, ремонт до сих пор не сделан. "
           "{full}, тел. {phone}, ИНН {natid}.")),
    ("et", ("Kirjuta kindlustusele avaldus: {full}, isikukood {natid}, rendilepingu number {order}, õnnetus juhtus {date} {town} lähedal. "
           "Minu telefon on {phone}.")),
    # --- tenancy disputes
    ("en-GB", ("My landlord, Mr {last2}, is keeping my whole deposit. I moved out of {addr} on {date} and the check-out report was fine. "
              "The letting agent is {agency}. Write a letter before action and sign it {full}.")),
    ("en", ("Can you summarise this thread with my landlord for the tribunal?\n\n{first2}: rent is late again\n"
           "me: it went out on {dateny}, ref {order}\n{first2}: not received. call me {phone2}\nme: mould in the bedroom since {date}, see photos")),
    ("fr", ("Mon propriétaire, M. {last2}, refuse de me rendre le dépôt de garantie. État des lieux de sortie le {date}. "
           "Je suis {full}, tél. {phone}, ancienne adresse : {addr}. Rédige une mise en demeure.")),
    ("sv", ("Hjälp mig skriva ett klagomål till hyresvärden. Jag heter {full}, personnummer {natid}, och bor på {addr}. "
           "Fuktskadan upptäcktes den {date} och ingen har kommit.")),
    ("fi", ("Voitko kirjoittaa valituksen vuokranantajalle {full2}? Asun osoitteessa {addr}, henkilötunnus {natid}, puh. {phone}. "
           "Vesivahinko tapahtui {date}.")),
    ("hr", "Napiši žalbu najmodavcu {full2}: stanarka {full}, OIB {natid}, adresa {addr}, iseljenje {date}. Polog od {price} nije vraćen."),
    ("nl-BE", ("Kun je een aangetekende brief opstellen aan {agency}? Ik ({full}, rijksregisternummer {natid}) huur sinds {date} "
              "het appartement aan {addr} en de verwarming werkt al drie weken niet.")),
    # --- dating apps and marketplaces
    ("en", "help me reply to this match: \"hey i'm {first2:lc}, 29, just moved to {town}, my profile's {profile2}\" — i want to sound funny not creepy"),
    ("en", ("Buyer on Marketplace wants me to ship the bike to {addr} and says he'll pay by bank transfer. His name is {full2} "
           "and his number is {phone2}. Is this a scam?")),
    ("en-US", ("is it safe to give a Craigslist buyer my email ({email}) and cell {phone}? he's called {first2} and wants to pick up the "
              "couch on {dateny}")),
    ("pl", "Poznałam na Tinderze {first2}, podał mi swój numer {phone2} i profil {profile2}. Jak sprawdzić, czy to nie oszust?"),
    ("de", ("Jemand auf Kleinanzeigen schreibt: \"Hallo, ich bin {first2}, überweise dir den Betrag, schick mir deine IBAN und Adresse.\" "
           "Ich hab schon {iban} und {addr1} geschickt. War das dumm?")),
    ("nl", "Koper {full2} wil dat ik de kinderwagen verstuur naar {addr1}; hij belt steeds vanaf {phone2}. Moet ik dit vertrouwen?"),
    ("pt-BR", "Um comprador da OLX me mandou esse link {purl2} e pediu meu e-mail {email} para \"liberar o pagamento\". É golpe?"),
    # --- genealogy
    ("en-IE", ("I'm researching an ancestor, {full2}, born {olddob} in {town}. The parish register lists the father as "
              "{first3} {last2}. What records should I check next?")),
    ("en", ("Here's the family tree page I'm building for my grandad {full}: {purl}. He was born {olddob} and married {full2}. "
           "Can you suggest a structure for the biography?")),
    ("fr", "Je cherche l'acte de naissance de mon ancêtre {full3}, né(e) le {olddob} à {town}. Où chercher ?"),
    ("cs", "Hledám matriční záznam o narození předka {full3}, nar. {olddob}, a sourozence {first2}. Kde začít?"),
    ("it", "Sto ricostruendo l'albero genealogico: il mio antenato {full3}, nato il {olddob} a {town}, emigrò poi a {townx}. Quali archivi consulto?"),
    # --- court and notary paperwork
    ("en-US", ("Notary appointment on {date} at {time} for the power of attorney. Grantor: {full}, DOB {dob}, SSN {ssn}. "
              "Agent: {full2}. Can you draft the cover email to the notary, Ms. {last3}?")),
    ("en", ("Small claims hearing on {date}, case number {case}. Claimant {full} ({email}), defendant {full2} of {org2}. "
           "Help me write the witness statement.")),
    ("de", ("Beurkundungstermin beim Notar am {date} um {time} Uhr. Käufer: {full}, geb. am {dob}, {idname} {natid}; "
           "Verkäuferin: {full2}. Kaufpreis {price}. Bitte Checkliste erstellen.")),
    ("lt", "Parašyk prašymą notarui: {full}, asmens kodas {natid}, gim. {dob}, gyvenantis {addr}. Reikia įgaliojimo parduoti butą."),
    ("ro", "Am nevoie de o cerere pentru judecătorie, dosar {case}: subsemnatul {full:uc}, CNP {natid}, domiciliat în {addr}, telefon {phone}."),
    ("cs", "Potřebuji plnou moc k převodu vozidla. Zmocnitel: {full}, r. č. {natid}, bytem {addr}. Zmocněnec: {full2}, nar. {dob2}."),
    # --- bank chargebacks
    ("en-US", ("I need to dispute a charge of {price} from {date}. Card {card}, merchant ref {order}. Write the chargeback letter for "
              "{full}, {addr}, phone {phone}.")),
    ("es", ("Necesito redactar una reclamación al banco por un cargo no reconocido de {price} del {date}. Titular: {full}, "
           "{idname} {natid}, tarjeta {card}.")),
    ("da", "Skriv en indsigelse til banken om et kortkøb på {price} den {date}. Kortnummer {card}, kontohaver {full}, CPR {natid}."),
    ("el", "Γράψε μια επιστολή προς την τράπεζα για αμφισβήτηση χρέωσης {price} στις {date}. Κάτοχος: {full}, ΑΜΚΑ {natid}, IBAN {iban}."),
    ("pt-BR", "Preciso de uma carta contestando a compra de {price} no cartão {card} em {date}. Nome: {full}, CPF {natid}, endereço {addr}."),
    # --- telecom number porting
    ("en-AU", ("Porting my number {phone} from Telstra to Optus and they want my account number {order} and DOB {dob}. "
              "Account holder is {full}. What else do I need?")),
    ("en-GB", "Vodafone won't give me my PAC code. Number {phone}, account holder {full}, billing address {addr}. Write a short formal complaint."),
    ("hu", ("Segíts megírni egy panaszlevelet a szolgáltatónak a számhordozás miatt. Előfizető: {full}, születési dátum {dob}, "
           "telefonszám {phone}, adóazonosító jel {natid}.")),
    ("es-MX", "Quiero hacer la portabilidad de mi número {phone}; el titular es mi papá {full2}. ¿Qué necesito? Mi correo es {email}."),
    # --- university admissions
    ("en-IN", ("Please proofread my SOP intro. I'm {full} from {town}, applying for the MS in Data Science. Application ID {order}, "
              "email {email}, phone {phone}.")),
    ("en-CA", ("Reference letter request: Dear Dr. {last2}, I'm applying to grad school for next fall. My student number is {order} "
              "and I took your course in winter. You can reach me at {email} or {phone}. — {full}")),
    ("sk", "Prihláška na vysokú školu: meno {full}, rodné číslo {natid}, dátum narodenia {dob}, e-mail {email}. Skontroluj motivačný list."),
    ("sl", "Prijava na fakulteto: {full}, EMŠO {natid}, rojstni datum {dob}, e-pošta {email}, telefon {phone}. Popravi mi motivacijsko pismo."),
    ("pt", "Candidatura a mestrado: nome completo {full}, NIF {natid}, data de nascimento {dob}, e-mail {email}. Revês a minha carta?"),
    # --- clinical trials
    ("en", ("Screening log for the trial, can you flag anything inconsistent?\nParticipant: {init}\nDOB: {dob}\nSite: {clinic}\n"
           "Consent signed: {date}\nCoordinator: {full2} ({wemail2})")),
    ("it", "Modulo di arruolamento: paziente {init}, nata/o il {dob}, centro {clinic}, referente dott.ssa {last2}, tel. {phone2}. Riassumi in inglese."),
    ("de-CH", "Für die Studie brauche ich eine Zusammenfassung: Probandin {full}, AHV-Nr. {natid}, Visite 1 am {date}, Visite 2 am {date2}."),
    # --- job applications and reference checks
    ("en", "Write a script for calling {full2}, the reference {first} gave us, at {phone2}. {first} worked at {org} until {date}."),
    ("en-ZA", "Please polish my CV header: {full:uc} | {phone} | {email} | {profile} | {town}, ID number {natid}"),
    ("tr", "İş başvurusu için özgeçmişimi düzenler misin? {full}, doğum tarihi {dob}, telefon {phone}, e-posta {email}, adres {addr}."),
    ("uk", "Допоможи написати заяву до відділу кадрів: я, {full}, РНОКПП {natid}, дата народження {dob}, проживаю за адресою {addr}, тел. {phone}."),
    # --- voice-support transcripts (ASR)
    ("en", ("clean up this call transcript into a ticket summary: agent thank you for calling how can i help caller yeah hi my name is "
           "{full:lc} the account is under my wife {first2:lc} the address is {addr1:lc} and my date of birth is {dobwords} "
           "agent thank you and the best number to reach you caller {phone}")),
    ("en-US", "Transcript from the IVR, fix punctuation only: \"uh my social is {ssn_s} and uh the card is {card} expiring oh nine twenty eight\""),
    ("de", ("Bitte das Diktat in einen Brief umwandeln: sehr geehrte frau {last2:lc} komma bezugnehmend auf ihr schreiben vom {date} "
           "teile ich mit dass mein sohn {first3:lc} ab {dateny} bei {org:lc} arbeitet punkt mit freundlichen grüßen {full:lc}")),
    # --- log lines
    ("en", ("why is nginx returning 403 for this user?\n{ip} - - [{ngxdate}:{time24} +0000] \"GET /account/settings HTTP/1.1\" 403 162 "
           "\"-\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)\"")),
    ("en", ("postfix keeps bouncing this one, what does it mean?\n{sysdate} {time24} mail postfix/smtp[{pid}]: {hexid}: to=<{email}>, "
           "relay={mxhost}[{ip}]:25, delay=1.4, status=bounced (550 5.1.1 mailbox unavailable)")),
    ("en", ("someone is brute forcing our bastion, should I block these?\n{sysdate} {time24} bastion sshd[{pid}]: Failed password for invalid user "
           "oracle from {ip} port {port} ssh2\n{sysdate} {time24} bastion sshd[{pid}]: Accepted publickey for {first:lc} from {ip2} port 51234 ssh2")),
    ("en", ("Parse these access log lines into a table (ip, time, path):\n{ip6} - - [{ngxdate}:{time24} +0100] \"POST /api/login HTTP/2\" 401 54\n"
           "{ip} - - [{ngxdate}:{time24} +0100] \"POST /api/login HTTP/2\" 200 312")),
    # --- .env, kubeconfig, Ansible, notebooks
    ("en", ("why doesn't my app pick up the config?\n```\nDATABASE_URL={conn}\nOPENAI_API_KEY={openai}\nSTRIPE_SECRET_KEY={stripe}\n"
           "ADMIN_EMAIL={email}\nDEBUG=true\nPORT={port}\n```")),
    ("en", ("kubectl says Unauthorized, here's my kubeconfig:\n```yaml\napiVersion: v1\nclusters:\n- cluster:\n    server: https://{ip}:6443\n"
           "    insecure-skip-tls-verify: true\n  name: prod\nusers:\n- name: {first:lc}\n  user:\n    token: {jwt}\n```")),
    ("en", ("ansible can't log in to web2, inventory below\n```ini\n[web]\nweb1 ansible_host={ip} ansible_user=deploy\n"
           "web2 ansible_host={ip2} ansible_user=deploy ansible_password={pw}\n\n[web:vars]\nansible_become_pass={pw2}\n```")),
    ("en", ("Jupyter cell throws KeyError, why?\n```python\nimport anthropic, pandas as pd\nclient = anthropic.Anthropic(api_key=\"{anthropic}\")\n"
           "df = pd.read_csv(\"signups.csv\")\nrow = df[df.email == \"{email}\"].iloc[0]\nrow[\"Phone\"]\n```")),
    ("en", ("my ~/.aws/credentials is below, boto3 still says InvalidClientTokenId\n[default]\naws_access_key_id = {aws_id}\n"
           "aws_secret_access_key = {aws_secret}\nregion = eu-west-1")),
    ("en", "GitHub Actions step fails with 401:\n```yaml\nenv:\n  GH_TOKEN: {ghpat}\n  HF_TOKEN: {hf}\n  NODE_VERSION: {version}\n```"),
    ("en", "This curl works in Postman but not in my script:\ncurl -H 'Authorization: Bearer {jwt}' https://{apihost}/v2/me"),
    ("en", ("service account json won't load, is the key mangled?\n{lb}\"type\": \"service_account\", \"project_id\": \"proj-{sha}\", "
           "\"private_key\": \"{pem_esc}\"{rb}")),
    ("en", "Slack bot returns not_in_channel. token is {slack}, channel C0{hexid}. what scope am I missing?"),
    ("en", "Can you convert this to a docker secret? SENDGRID_API_KEY={sendgrid} and TELEGRAM_BOT_TOKEN={telegram}"),
    ("en", "Which of these keys should I rotate first after the laptop theft: {google} (Maps), {glpat} (GitLab), {npm} (npm publish)?"),
    ("en", "Here is the old server config, is the password too weak?\n```\n<Database>\n  Host {ip}\n  User reporting\n  Password {pw}\n</Database>\n```"),
    ("fr", "Mon notebook plante : `openai.api_key = \"{openai}\"` puis `requests.get(\"http://{ip}:8888/api\")`. Une idée ?"),
    ("de", "In meiner .env steht DB_PASS={pw} und SMTP_USER={email}. Wie verschlüssele ich das mit sops?"),
    ("pl", "Skrypt wywala błąd 401: `stripe.api_key = \"{stripe}\"`. Co robię źle?"),
    ("es", "Mi Ansible falla en el host {ip}: ansible_user=admin ansible_ssh_pass={pw}. ¿Cómo lo paso a vault?"),
    ("pt-BR", "O token do GitHub {ghp} parou de funcionar no CI ontem. Preciso gerar outro ou é permissão?"),
    # --- chat exports, spreadsheets, JSON, markdown
    ("en", ("Slack export line, what's this user asking?\n{lb}\"user\": \"{slackid}\", \"user_profile\": {lb}\"real_name\": \"{full}\", "
           "\"display_name\": \"{first:lc}\"{rb}, \"text\": \"can someone reset my VPN, my home IP is {ipx}\", \"ts\": \"{epoch}\"{rb}")),
    ("en-GB", ("Summarise this Teams chat:\n[{date} {time}] {full}: the client's mobile is {phone2}, ask for {first2}\n"
              "[{date} {time}] {full3}: ok, will ring after lunch\n[{date} {time}] {full}: and cc {email2} on the quote")),
    ("en", "turn this into a mail merge:\nName\tEmail\tPhone\tDOB\n{full}\t{email}\t{phone}\t{dob}\n{full2}\t{email2}\t{phone2}\t{dob2}"),
    ("en", ("Why does the API return 422?\n```json\n{lb}\"customer\": {lb}\"name\": \"{full}\", \"email\": \"{email}\", \"ip\": \"{ipx}\"{rb}, "
           "\"payment\": {lb}\"card\": \"{card}\", \"exp\": \"09/28\"{rb}, \"order_id\": \"{order}\"{rb}\n```")),
    ("en", ("Format this as a nicer markdown table:\n| Tenant | Unit | Phone | Move-in |\n|---|---|---|---|\n| {full} | {unit} | {phone} | {date} |\n"
           "| {full2} | {unit} | {phone2} | {date2} |")),
    ("en-NZ", "Can you tidy this sign-up sheet?\n{rev}, {email}, {phone}\n{rev2}, {email2}, {phone2}\n{rev3}, {email3}, {phone3}"),
    ("en-US", ("New hire packet, check for typos:\nEMPLOYEE NAME: {full:uc}\nSOCIAL SECURITY NO.: {ssn_n}\nDATE OF BIRTH: {dobus}\n"
              "HOME ADDRESS: {addr1:uc}\nDIRECT DEPOSIT: see form")),
    ("en-US", "My wife has no SSN yet, her ITIN is {natid}. Can she still open a joint account with me? I'm {full2}, SSN# {ssn_d}."),
    ("en-US", "W-9 for my side gig: {full}, {addr}, SSN {ssn}, signed {date}. Can you check which boxes I should tick?"),
    ("de", "Kannst du diese Tabelle als CSV formatieren?\nName\tIBAN\tGeburtsdatum\n{full}\t{iban}\t{dob}\n{full2}\t{iban2}\t{dob2}"),
    ("nl", "Zet dit om naar JSON: naam {full}, e-mail {email}, telefoon {phone}, geboortedatum {dob}, IBAN {iban}."),
    ("sv", "Gör om till en markdown-tabell:\n{full};{phone};{email}\n{full2};{phone2};{email2}"),
    ("ro", "Am primit exportul ăsta din CRM, poți să-l transformi în tabel?\nnume: {full}\nemail: {email}\ntelefon: {phone}\nCNP: {natid}"),
    # --- forwarded e-mails with quoted replies
    ("en", ("Can you tell me if this looks legit?\n\n---------- Forwarded message ---------\nFrom: {full2} <{email2}>\nDate: {weekday}, {date} at {time}\n"
           "Subject: Re: deposit\nTo: {email}\n\nHi {first}, I've sent it to the account ending in the IBAN you gave me.\n\n"
           "> On {date2}, {full} <{email}> wrote:\n> Hi {first2}, please pay the deposit to {iban}. Thanks!")),
    ("en-IE", ("Fwd'ing this from the school, what do they actually want?\n\n> From: {wemail2}\n> {first2} {last2}, {school}\n"
              "> Dear parent, please confirm {first3}'s PPS number and your mobile before {dateny}.\n\nMy reply draft: PPS {natid}, mobile {phone}.")),
    ("fr", ("Tu peux résumer ce fil ?\n\n> Le {date}, {full2} <{email2}> a écrit :\n> Bonjour {first}, je vous rappelle au {phone2}.\n\n"
           "Bonjour {first2}, merci, je suis joignable au {phone}. Cordialement, {full}")),
    ("it", "Inoltro la mail del commercialista: \"{first}, mi serve il codice fiscale di tua moglie {first2}\" — è {natid2}. Rispondi tu in modo formale?"),
    # --- code-switching and mixed scripts
    ("en-DE", "my Vermieter {full2} says the Kaution comes back on {date}, but he has my old IBAN. new one is {iban}. how do I say this politely in German?"),
    ("en-PL", "can you translate for my mother-in-law? 'Pani {full2}, proszę zadzwonić pod {phone2}' and tell her my address is {addr1}"),
    ("en-GR", "My yiayia {full2} (born {dob2}) needs her AMKA for the pharmacy, it's {natid2}. how do I explain this to the NHS GP here?"),
    ("en-TR", "Hi! My friend {first2} wrote me 'Yarın {town} otogarında buluşalım, numaram {phone2}'. What does it mean?"),
    ("en-RU", "translate into English please: \"{full2}, дата рождения {dob2}, адрес {addr1}\""),
    ("en-UA", "what does this form field mean? 'ПІБ: {full}, РНОКПП: {natid}, email: {email}'"),
    ("es", "Mi jefe me escribió: \"Hey {first}, can you call {full2} at {phone2} before the meeting on {dateny}?\" ¿Qué me está pidiendo exactamente?"),
    ("fi", "Käännä englanniksi: \"Hei {first2}, muuttopäivä on {date}, uusi osoitteeni on {addr1}. Soita {phone}.\""),
    ("no", "Oversett til engelsk: \"Hei {first2}! Depositumet sendes til {iban} innen {dateny}. Hilsen {full}\""),
    ("hr", "Prevedi na engleski: \"Poštovani gospodine {last2}, moj IBAN je {iban}, a e-mail {email}.\""),
    ("sl", "Prevedi: \"Spoštovani, sem {full}, rojen {dob}, stanujem na naslovu {addr1}.\""),
    ("lt", "Išversk į anglų: \"Mano vardas {full}, tel. {phone}, el. paštas {email}.\""),
    ("ru", "Переведи на английский письмо от арендодателя {full2}: «Ключи заберите {date} по адресу {addr1}, мой телефон {phone2}»."),
    ("uk", "Перевір, будь ласка, лист: «Шановна {first2}, надсилаю реквізити: IBAN {iban}, отримувач {full}»."),
    ("tr", "Kargo firmasına şikayet yazısı yaz: alıcı {full}, adres {addr1}, telefon {phone}, gönderi {order}."),
    ("hu", "Fordítsd le angolra: \"Kedves {first2}! A bérleti díjat {date}-ig utalom a {iban} számlára. Üdv, {first}\""),
    ("cs", "Přelož do angličtiny: „Ahoj {first2}, moje IBAN je {iban} a adresa {addr1}.“"),
    ("sk", "Prelož do angličtiny: „Dobrý deň pán {last2}, volám sa {full} a moje telefónne číslo je {phone}.“"),
    ("et", "Tõlgi inglise keelde: „Tere, {first2}! Minu aadress on {addr1}, e-post {email}.“"),
    ("da", "Oversæt til engelsk: \"Hej {first2}, min adresse er {addr1} og mit nummer er {phone}. Hilsen {full}\""),
    ("el", "Μετάφρασε στα αγγλικά: «Αγαπητή {first2}, η διεύθυνσή μου είναι {addr1} και το τηλέφωνό μου {phone}.»"),
    # --- more layouts of SSNs, birth dates, cards and links
    ("en-US", ("The portal rejected 000-{unit}-4821 as my SSN (typo, sorry). The right one is {ssn_d}, born {dobwords}. Can you fill in the "
              "rest of the form for {full}?")),
    ("en-US", "my social is {ssn_n:lc} and my dob is {dobus}, why does the irs site keep saying identity not verified? my name is {full:lc}"),
    ("en-US", "Patient intake (please re-type neatly): {rev:uc}  DOB {dobiso}  SSN: {ssn}  Ph: {phone}  Insurance: Aetna PPO, member id {order}"),
    ("en-GB", ("Booking confirmation, can you pull out the key details?\nLead guest: {full}\nDate of birth: {dobwords}\nEmail: {email}\n"
              "Card: {card}\nCheck-in {date}, 3 nights, total {price}. Terms: https://www.booking.com/content/terms.html")),
    ("en", ("Is this a safe place to share my CV? The recruiter sent https://www.indeed.com/career-advice/resumes-cover-letters and asked me to upload to my own folder {share}. "
           "My details: {full}, {email}, {phone}.")),
    ("en", ("Reference check notes to tidy up:\ncandidate {full:lc}\nref {full2:lc} ({phone2}), manager at {org2}\nsays reliable, "
           "left on {date}\nlinkedin {profile}")),
    ("en-CA", "Landlord sent this e-transfer request: send {price} to {email2} with the message \"rent {full}\". His profile is {profile2}. Legit?"),
    ("en", ("my card {card} was charged by a site I never used and then again with {card2}? both are mine. what do I tell the bank, "
           "and is {test_card} (what their support quoted) even a real number?")),
    ("en", "For the dating app verification they want a selfie and a link to my profile: {profile}. My match {first2} asked for my number ({phone}). Too soon?"),
    ("de", "Bitte Lebenslauf-Kopfzeile formatieren: {full}, geb. {dob} in {town}, {addr1}, {phone}, {email}, {profile}"),
    ("fr", "Peux-tu mettre en forme ce bloc pour mon CV ? {full:uc}, née le {dob}, {addr1}, {phone}, {profile}"),
    ("es", "¿Este enlace de mi casero es seguro? {profile2} — dice que es su perfil. Se llama {full2} y su teléfono es {phone2}."),
    ("it", ("Ho ricevuto questa conferma dal noleggio auto: conducente {full}, nato il {dob}, patente rilasciata a {town}, carta {card}. "
           "Ritiro il {date} alle {time}. È tutto corretto?")),
    ("en", ("Which of these is the real key? My .env has\nOPENAI_API_KEY={openai}\nANTHROPIC_API_KEY={ph_key}\nand the README says "
            "to use {ph_key} for local runs.")),
    ("en", ("Our firewall logged {ip} and also {doc_ip} (from the docs example) — are both worth blocking? The ticket is {ticket}, "
            "opened by {full} ({wemail}).")),
    ("en-GB", ("Telecom porting form, please check it: account holder {rev}, mobile {phone}, PAC {ref}, switch date {date}. "
               "Their example said {formname}, 07700 900123 — I've replaced it with mine.")),
    ("pl", ("Wypełnij formularz wizowy: nazwisko {last:uc}, imię {first:uc}, data urodzenia {dob}, miejsce urodzenia {town}, "
           "nr paszportu {passport}, PESEL {natid}.")),
]

FRESH7_NEGATIVE: list[tuple[str, str]] = [
    ("en", "My booking reference is {ref} and the flight is {flight} at {time}. How early should I be at the airport for a {dur} layover?"),
    ("en", "Is {place} worth a visit in {year}, or is it too crowded? Budget around {price} for {qty} nights."),
    ("en", "The rental car's VIN is {vin} and the contract number {order}. Where on the car do I find the VIN plate?"),
    ("en", "Our test suite uses SSN {bad_ssn} and card {test_card} with {ex_email}. Will Stripe's test mode accept these?"),
    ("en", "In the docs they use {doc_iban} as a sample IBAN. Why does it validate but my bank rejects it?"),
    ("en", ("Explain this nginx line: {doc_ip} - - \"GET /apache_pb.gif HTTP/1.0\" 200 2326 — is the first field the client? "
           "(from {docurl})")),
    ("en", "What does `{ph_key}` mean in this .env template?\nOPENAI_API_KEY={ph_key}\nDATABASE_URL=postgres://user:<password>@localhost:{port}/app"),
    ("en", "Why does jwt.io decode {jwt_io} as the sample? Is it safe to put in a unit test?"),
    ("en", "Write a kubeconfig template with placeholders only: server https://<API_SERVER>:6443, token ${lb}K8S_TOKEN{rb}. Docs: {docurl}"),
    ("en", "Ansible says `ansible_password` is deprecated in favour of vault, version {version}. What's the recommended pattern? See {docurl}"),
    ("en", "Where does {famous} live these days? I read something about it in a magazine from {year}."),
    ("en", "Who would win in a debate, {fictional} or {famous}? Keep it under {qty} words."),
    ("en", "Why do forms always use {formname} as the example name? Our claim form ({claim}) has it too."),
    ("en", "Small claims: the docket number is {case}, the hearing is listed for {dur} and the fee was {price}. How do I prepare?"),
    ("en", "Postfix log: `{hexid}: to=<{ex_email}>, relay=none, delay={qty}, status=deferred (connect to {doc_ip}[{doc_ip}]:25: Connection timed out)` — what to check?"),
    ("en", "Is DNS over HTTPS to {pub_ip} faster than plain UDP? Our build is {sha} on release {version}."),
    ("en", "Markdown table please: | Ticket | Status | Owner |\n| {ticket} | open | support team |\n| {ticket2} | closed | billing |"),
    ("en", "{company} charged me {price} twice for order {order}. What are my chargeback rights in general?"),
    ("en", "Genealogy question: how did {famous} trace their ancestors? I'm curious about census records from {year}."),
    ("de", "Was bedeutet Aktenzeichen {case} auf dem Schreiben vom Amtsgericht? Die Rechnung {invoice} über {price} liegt bei."),
    ("de", "Im Formular steht {formname} als Beispiel und die IBAN {doc_iban}. Muss ich meine echte Kontonummer eintragen?"),
    ("fr", "La référence de réservation est {ref}, vol {flight} à {time}. Combien de bagages sont inclus chez {company} ?"),
    ("fr", "Pourquoi {fictional} est-il si populaire en France ? Réponds en trois phrases."),
    ("es", "¿Es buena idea visitar {place} en agosto? Tengo {price} de presupuesto y el pedido {order} de la agencia."),
    ("it", "Il numero di pratica è {claim} e la polizza scade tra sei mesi. Come funziona la disdetta in generale?"),
    ("nl", "Mijn bestelnummer bij {company} is {order}. Hoe lang duurt een retour gemiddeld?"),
    ("pl", "W formularzu przykładowe dane to {formname}. Dlaczego zawsze używa się tego nazwiska?"),
    ("pt-BR", "O que significa o erro {cve} na versão {version}? Vi no {docurl}."),
    ("sv", "Vad kostar det att hyra bil på Island i en vecka? Ungefär {price}?"),
    ("cs", "Co znamená číslo jednací {case} na dopise ze soudu?"),
    ("hu", "Melyik a jobb: Hertz vagy Sixt, ha {qty} napra bérelnék autót?"),
    ("ro", "Ce înseamnă codul {sku} de pe factura {invoice}?"),
    ("tr", "{famous} hangi şehirde yaşıyor? {year} yılında bir röportajda okumuştum."),
    ("el", "Πόσο κοστίζει το εισιτήριο για την Ακρόπολη; Η κράτηση είναι {ref}."),
    ("ru", "Что значит ошибка {cve} в версии {version}? Читал тут: {docurl}"),
    ("uk", "Як працює перенесення номера в {company}? Заявка {ticket}."),
    ("fi", "Mitä tarkoittaa tilausnumero {order} ja miksi toimitus kestää kolme viikkoa?"),
    ("da", "Hvorfor bruger alle tutorials {ex_email} og {test_card} som eksempel?"),
]

FRESH7_CLEAN: list[tuple[str, str]] = [
    ("en", "What's the difference between a tenancy deposit protection scheme and a holding deposit?"),
    ("en", "Explain how mod-97 IBAN validation works, with a worked example using made-up digits."),
    ("en", "How do I rotate nginx logs daily and keep {qty} days of history?"),
    ("en", "Write a Python function that parses a tab-separated file and returns a list of dicts."),
    ("en", "What should a good reference-check phone script cover? Give me five questions."),
    ("en", "Summarise the pros and cons of Ansible vs. a plain bash script for configuring ten servers."),
    ("en", "How do clinical trials decide their inclusion criteria? Explain like I'm a first-year student."),
    ("en", "Give me a checklist for returning a rental car without getting charged for damage."),
    ("en", "What's a polite way to decline a second date over text?"),
    ("en", "How do I mask secrets in GitHub Actions logs?"),
    ("de", "Wie schreibe ich eine gute Mängelanzeige an den Vermieter? Bitte nur allgemeine Tipps."),
    ("fr", "Quelles sont les étapes pour demander un visa étudiant en général ?"),
    ("es", "¿Cómo funciona la portabilidad de un número móvil en Europa?"),
    ("it", "Come si scrive una lettera di reclamo formale? Dammi una struttura."),
    ("nl", "Wat is het verschil tussen een notaris en een advocaat?"),
    ("pl", "Jak działa reklamacja w sklepie internetowym? Wyjaśnij krótko."),
    ("pt", "Quais documentos são normalmente pedidos numa candidatura a mestrado?"),
    ("sv", "Hur fungerar andrahandsuthyrning i Sverige, kortfattat?"),
    ("hr", "Kako napisati životopis za prvi posao?"),
    ("el", "Πώς λειτουργεί η ανάκληση χρέωσης (chargeback) σε μια κάρτα;"),
    ("ru", "Объясни простыми словами, что такое kubeconfig."),
    ("uk", "Як правильно скласти заяву до суду? Загальні поради."),
    ("tr", "Kira sözleşmesinde nelere dikkat etmeliyim?"),
    ("lt", "Kaip parašyti motyvacinį laišką universitetui?"),
    ("et", "Kuidas toimib numbri teisaldamine teise operaatori juurde?"),
]

FRESH7_FOLLOW_UPS: list[str] = [
    "\n\nThanks!", " Keep it short please.", "\nBullet points are fine.", " (no need to explain, just the answer)",
    "\n\nAlso, is there anything I'm missing?", " Cheers.", "\nPlease use British spelling.", " thx",
]
