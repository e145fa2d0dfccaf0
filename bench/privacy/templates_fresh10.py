"""The tenth blind set ("fresh10") for the PII benchmark: written without seeing the detector or the earlier sets.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh10=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots, people, places or value generators), and labels
spans as corpus.py's docstring says. It is balanced: every one of the fifteen types appears in many templates, with
secrets and IP addresses in the many shapes in which they are pasted.

Situations (chosen to be new): house-sitting notes, scholarship applications, jury summons replies, W-4 and open-enrollment
forms, lost wallets, flatmate move-in notes, office Secret Santa, class reunions, parking-fine appeals, minor car
accidents, sick notes, expense claims, private car sales, birth announcements, au pair applicants, character references,
lost-luggage claims, parental leave, KYC updates, tutoring invoices, summer-camp emergency contacts, powers of attorney for
car registration, gym-contract cancellations, school-trip consent forms, deposit refunds, sublets, cabin rentals,
driving-licence exchange, driving-school sign-ups, choir direct-debit mandates, courier complaints; and on the technical
side: helpdesk password-reset tickets, onboarding mails with temporary passwords, Synology/NAS and PPPoE router setup,
RTSP camera URLs, FileZilla site exports, scan-to-email printers, git remotes with tokens, Postman environments,
gradle.properties signing passwords, rclone, dbt profiles, fail2ban, Apache access logs, Wordfence alerts, Windows
event 4625, pfSense DHCP leases, AWS VPC flow logs, tcpdump and ss/netstat output, ISP abuse reports, Firebase and
Supabase keys, msmtprc, Jenkins credentials.xml, Grafana provisioning, Airflow connections, ESPHome secrets.yaml,
Asterisk sip.conf, CIFS credentials files, docker/helm logins, kubectl --from-literal, mysqldump -p / PGPASSWORD,
Slack and Telegram bot hooks, LLM-proxy configs, Composer auth.json, Maven settings.xml, WireGuard, Plex/Jellyfin
tokens, Basic-auth headers, .pgpass/.netrc, Stripe webhooks, App Store Connect .p8 keys, restic backups, MikroTik.

Languages (the first element of each template tuple): en (about half; en-US, en-GB, en-CA, en-AU, en-IE, en-NZ,
en-IN, en-ZA, en-SG, or "en-XX" for an English prompt about another country's people and numbers), de (DE/AT/CH),
fr (FR/BE/CH), es (ES/MX/AR), it, nl (NL/BE), pt (Portugal), pt-BR, pl, sv, no, da, fi, is, cs, sk, hu, ro, tr,
el (Greek script), ru, uk, bg and sr (Cyrillic), hr, sl, lt, lv, et, ca. A sample's locale is "<language>-<country>";
the country picks names, towns, address layout, phone numbering, IBAN country and national id; the language picks
how dates are spelled.

Slot syntax: {kind} or {kind:arg:arg} is filled by fill(ctx, slot), which returns (text, TYPE or None) parts.
Person slots ({name}, {first}, {last}, {initial}, {rev}, {email}, {wemail}, {phone}, {dob}, {natid}, {ssn}, {addr},
{card}, {iban}, {purl}, and the unlabelled {handle}) take a digit for persons 2 to 6 ({name2}, {phone3}); on a person's
first mention `f`/`m` fix the sex, `kid` makes a child and `baby` a newborn. Other slots: {town}, {org}, {date:iso|num|
long|short}, {ip:pub|priv|v6|v6full|ll|ula|mapped|any}, {tok:<provider>} (TOKEN_KINDS), {pw:word|random|phrase|wifi|url},
{cred:user} (a `user:password` for a URL), {basic} (base64 of user:password), {pem:rsa|pkcs8|ec|openssh},
{slackhook}, {discordhook}, hard negatives {x:order|ticket|sha|sha256|md5|uuid|ver|price|time|docip4|docip6|resolver|
ph|testcard|exemail|docurl|formname|mac|wgpub} and plain numbers {n:lo:hi}. `@key` at the end gives another,
different value of the same kind ({ip:pub@b}); the same slot written twice gives the same value twice. `uc`/`lc`
upper-/lower-case the value. {lb} and {rb} are literal braces (corpus._render reads "{" as a slot).

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full, "K. Nowak" as one span;
"Nowak, Katarzyna" is two spans; titles such as "Ms" stay outside); LOCATION a town where someone lives, works or
travels; ORGANIZATION the small employers, schools, clinics, clubs and firms of the writer's life (the whole name);
ADDRESS street, number, flat parts, postcode and town as one span (which may run over two lines); DATE a day-and-month
date in the language's own spelling; DATE_OF_BIRTH when it is a birth date; SECRET only the value: provider keys and
tokens, the AWS access key id as well as its secret, passwords after labels in many languages and config syntaxes
(a password after `-u user:` alone), Wi-Fi passwords, the base64 of a Basic-auth pair, whole PEM blocks, JWTs,
WireGuard private keys, the last segment of a Slack webhook, the token inside a Telegram bot URL, and `user:password`
inside a connection or RTSP URL as one span; URL only links that point at a person (profiles, personal shares,
ORCID, personal sites); EMAIL, PHONE (valid by phonenumbers, outside the ranges reserved for fiction), CREDIT_CARD
(Luhn-valid, never a published test number), IBAN (mod 97 and national checks), US_SSN (valid areas, never the
specimens), NATIONAL_ID (checksum-valid national numbers agreeing with the person's birth date and sex; US passport
numbers), IP_ADDRESS (public and private IPv4, IPv6 compressed, full, link-local, unique-local and IPv4-mapped; the
address only: never a :port, a .port in tcpdump output, a /prefix or brackets), as written.

Deliberately not labelled: usernames and handles on their own, system users (admin, postgres, deploy), hostnames and
domains; order, ticket, tracking and invoice numbers; AWS account ids, key ids of App Store Connect; versions, git
SHAs, UUIDs, checksums, MAC addresses, WireGuard public keys; prices, years, times and machine log times; documentation
links; placeholders (sk-..., <YOUR_API_KEY>, ${VAR}, ${{ secrets.X }}, ********, changeme, AWS's EXAMPLE keys, the
jwt.io sample token, base64 of "password"); published test cards; example.com addresses; RFC 5737/3849 documentation
addresses, loopback, 0.0.0.0, ranges named as ranges, and public resolvers (1.1.1.1, 8.8.8.8, 9.9.9.9) in how-to
questions; documentation IBANs and the specimen SSN; famous people, places and companies in general questions; form
placeholder names (John Doe, Max Mustermann, Fulano de Tal...). Dates never appear in the negative or clean templates.
"""
from __future__ import annotations

import base64
import datetime
import json
import random
import re
import string
from collections.abc import Callable

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import luhn

Parts = list[tuple[str, str | None]]

AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = AN + "+/"
URLSAFE = AN + "_-"

# ---------------------------------------------------------------------------------------------------------------
# Countries: people, towns, streets. Surnames written "male/female" where the language inflects them.
# ---------------------------------------------------------------------------------------------------------------

# code: (female first names, male first names, surnames, towns, streets)
PEOPLE: dict[str, tuple[str, str, str, str, str]] = {
    "US": ("Brianna|Kayla|Megan|Tasha|Lorraine|Destiny|Colleen|Marisol|Shelby|Renee",
           "Tyler|Darnell|Cody|Travis|Marcus|Wade|Hector|Brent|Dustin|Lamar",
           "Kowalczyk|Haskins|Delgado|Pruitt|Whitaker|Okafor|Brennan|Schuyler|Tran|McAllister|Villanueva|Lindqvist",
           "Dayton|Tacoma|Boise|Lubbock|Chattanooga|Bloomington|Duluth|Fort Collins|Scranton|Macon",
           "Maple Ridge Dr|Cedar Hollow Rd|W 14th St|Larkspur Ln|Old Mill Rd|Birchwood Ave"),
    "GB": ("Siobhan|Gemma|Kirsty|Niamh|Harriet|Leanne|Bethan|Priya|Imogen|Tamsin",
           "Callum|Gareth|Rhys|Dominic|Kieran|Alistair|Jamal|Fraser|Ollie|Declan",
           "Pemberton|Ashworth|Oduya|Thistlewood|Hargreaves|McCready|Sandhu|Fairclough|Penhaligon|Cartwright",
           "Harrogate|Swindon|Stockport|Taunton|Kettering|Carlisle|Stirling|Wrexham|Lowestoft|Bangor",
           "Mill Lane|Station Road|Kestrel Close|Hawthorn Crescent|Back Lane|Chapel Street"),
    "IE": ("Aoife|Saoirse|Clodagh|Orla|Gráinne|Róisín", "Cillian|Ronan|Darragh|Oisín|Fergal|Pádraig",
           "Ó Briain|Mac Giolla|Fitzgerald|Brosnan|Hegarty|Kinsella|Nolan|Cullinane",
           "Ballincollig|Naas|Tralee|Mullingar|Ennis|Letterkenny|Navan",
           "Church Road|Main Street|Ard na Gréine|Castle Park|Bóthar na Trá"),
    "CA": ("Geneviève|Kaitlyn|Amrit|Mackenzie|Chantal|Josée", "Étienne|Brayden|Gurpreet|Mathieu|Connor|Nolan",
           "Tremblay|Gagnon|MacIsaac|Sidhu|Boucher|Kowalchuk|Lafleur|Ouellette",
           "Kingston|Moncton|Kelowna|Sherbrooke|Guelph|Red Deer|Saskatoon",
           "Birch Ave|Rue Principale|Lakeshore Dr|Maple Cres|Prairie View Rd"),
    "AU": ("Kylie|Jacinta|Tahlia|Bronwyn|Mei|Ngaire", "Lachlan|Bodhi|Jarrah|Tuan|Brodie|Fletcher",
           "Nguyen|McKenzie|Papadakis|Thornbury|Wilkes|Castellano|Ó Dálaigh|Hartigan",
           "Ballarat|Toowoomba|Bendigo|Wagga Wagga|Geelong|Cairns|Launceston",
           "Wattle St|Banksia Ave|Gum Tree Rd|Kookaburra Cres|Jacaranda Pde"),
    "NZ": ("Aroha|Mereana|Kiri|Hayley|Anahera|Stacey", "Tama|Wiremu|Rangi|Blake|Hemi|Corey",
           "Ngata|Te Whata|Parata|McLeod|Tuhiwai|Fonoti|Harwood", "Hamilton|Tauranga|Whanganui|Nelson|Rotorua|Timaru",
           "Kowhai Road|Totara Street|Rimu Place|Pohutukawa Drive"),
    "IN": ("Ananya|Deepika|Lakshmi|Sneha|Farah|Gurleen|Meenakshi|Tanvi", "Arjun|Karthik|Rohan|Imran|Siddharth|Harpreet|Venkatesh|Aditya",
           "Iyer|Chatterjee|Kulkarni|Reddy|Ansari|Deshpande|Nair|Bhattacharya|Grewal",
           "Mysuru|Nashik|Coimbatore|Indore|Vadodara|Thrissur|Ludhiana|Visakhapatnam",
           "4th Cross, Jayanagar|MG Road|Ring Road, Gokulam|Nehru Nagar|Station Road"),
    "ZA": ("Thandiwe|Lerato|Zanele|Annelie|Nomvula|Riana", "Sipho|Thabo|Pieter|Mandla|Johan|Kagiso",
           "Van der Merwe|Dlamini|Botha|Mokoena|Naidoo|Ndlovu|Pretorius", "Stellenbosch|Polokwane|Bloemfontein|George|Pietermaritzburg|Kimberley",
           "Protea Street|Jacaranda Avenue|Kerk Straat|Impala Road|Msinga Road"),
    "SG": ("Wei Ling|Siti Nurhaliza|Priyanka|Hui Min|Charmaine", "Jun Jie|Muhammad Hafiz|Ravi|Wei Jie|Darren",
           "Tan|Lim|Rahman|Pillai|Goh|Ong|Sivakumar", "Jurong West|Tampines|Woodlands|Punggol|Bukit Batok",
           "Jurong East St 21|Tampines Ave 9|Woodlands Dr 14|Punggol Field"),
    "DE": ("Svenja|Hannelore|Jana|Birgit|Mareike|Ayşe|Friederike|Tanja|Ilka|Wiebke",
           "Jörg|Malte|Dirk|Henning|Torsten|Kemal|Lennart|Uwe|Till|Björn",
           "Brüggemann|Hinrichs|Lüdtke|Schwarzkopf|Yıldız|Vogelsang|Kötter|Dahlmann|Ostermeier|Wendt|Pawlowski",
           "Göttingen|Paderborn|Gießen|Bamberg|Lüneburg|Hildesheim|Kempten|Greifswald|Siegen|Erlangen",
           "Lindenstraße|Am Mühlbach|Gartenweg|Hauptstraße|Birkenallee|Kirchgasse"),
    "AT": ("Theresa|Magdalena|Verena|Romana|Kathrin", "Florian|Lukas|Wolfgang|Gernot|Matthias",
           "Hofer|Pichler|Moser|Gruber|Leitner|Brandstätter|Wimmer", "Wels|Villach|Dornbirn|Leoben|Steyr|Krems",
           "Hauptplatz|Grazer Straße|Bahnhofstraße|Lindengasse"),
    "CH": ("Nicole|Ursula|Corinne|Lea|Anouk|Seraina", "Beat|Reto|Urs|Luca|Gian|Stefan",
           "Meier|Brunner|Keller|Baumgartner|Zürcher|Rochat|Bühler", "Winterthur|Aarau|Thun|Chur|Yverdon|Baden|Schaffhausen",
           "Bahnhofstrasse|Dorfstrasse|Rue du Lac|Seestrasse|Kirchweg"),
    "FR": ("Maëlle|Solène|Océane|Bérénice|Nadège|Capucine|Yasmina|Gwenaëlle", "Thibault|Loïc|Gaëtan|Yannick|Mehdi|Baptiste|Quentin|Erwan",
           "Le Gall|Fontaine|Morvan|Benhamou|Delacroix|Perrot|Chevallier|Laurent-Petit|Guérin",
           "Rennes|Angers|Besançon|Poitiers|Valence|Niort|Quimper|Colmar|Pau",
           "rue des Tilleuls|allée des Acacias|impasse du Moulin|chemin des Vignes|boulevard Carnot|rue Pasteur"),
    "BE": ("Lieselot|Ann-Sofie|Marie-Hélène|Elke|Nathalie|Fien", "Wouter|Pieter-Jan|Jean-Luc|Sander|Maxime|Joris",
           "Peeters|Janssens|Vandenberghe|Dubois|Lambert|De Smet|Claes|Wouters", "Gent|Leuven|Namur|Mechelen|Liège|Hasselt|Brugge|Mons",
           "Kerkstraat|Stationsstraat|Rue de la Station|Rue des Écoles|Molenweg"),
    "ES": ("Nerea|Itziar|Lucía|Montserrat|Ainhoa|Rocío|Begoña|Macarena", "Iñaki|Álvaro|Jordi|Rubén|Sergio|Xabier|Gonzalo|Borja",
           "García Otegui|Ferrer Puig|Martínez Roldán|Sánchez Vidal|Etxeberria|Navarro Gil|Castells|Romero Díaz",
           "Zaragoza|Valladolid|Mataró|Vitoria-Gasteiz|Cáceres|Murcia|Girona|Logroño|Oviedo",
           "Calle Mayor|Avenida de la Constitución|Carrer de la Riera|Calle San Bernardo|Paseo de la Estación"),
    "MX": ("Guadalupe|Ximena|Itzel|Fernanda|Yolanda|Citlali", "Jesús|Emiliano|Alejandro|Rodrigo|Ulises|Octavio",
           "Hernández Ruiz|Ramírez Soto|Gutiérrez Peña|Cervantes|Zúñiga Flores|Aguilar Mota",
           "Querétaro|Puebla|Morelia|Mérida|Saltillo|Oaxaca|León", "Calle Hidalgo|Av. Juárez|Calle 5 de Mayo|Calzada Zaragoza"),
    "AR": ("Florencia|Agustina|Milagros|Valeria|Carolina", "Facundo|Matías|Nahuel|Gonzalo|Santiago",
           "Fernández|Bianchi|Giménez|Acosta|Rossetti|Sosa|Medina", "Rosario|Córdoba|Mendoza|Mar del Plata|Salta|Neuquén",
           "Av. San Martín|Calle Belgrano|Bv. Oroño|Calle Sarmiento"),
    "IT": ("Chiara|Federica|Ilaria|Giulia|Benedetta|Rosaria|Arianna|Ludovica", "Lorenzo|Davide|Matteo|Gennaro|Tommaso|Riccardo|Salvatore|Emanuele",
           "Esposito|Colombo|Ferraro|Marchetti|De Santis|Galli|Barbieri|Lombardo|Caruso",
           "Parma|Bergamo|Lecce|Perugia|Treviso|Modena|Trento|Pescara|Rimini",
           "Via Garibaldi|Via Roma|Corso Vittorio Emanuele|Via dei Mille|Viale Mazzini|Via San Francesco"),
    "NL": ("Femke|Sanne|Marieke|Anouk|Fleur|Ingrid|Esmee|Hanneke", "Joost|Bram|Thijs|Sjoerd|Maarten|Ruud|Wessel|Jeroen",
           "de Vries|van den Berg|Bakker|Visser|Smit|Mulder|de Boer|Kuipers|van Dijk",
           "Utrecht|Zwolle|Amersfoort|Leeuwarden|Haarlem|Nijmegen|Breda|Deventer|Groningen",
           "Kerkstraat|Molenweg|Dorpsstraat|Prinsengracht|Julianalaan|Beatrixstraat"),
    "PT": ("Inês|Beatriz|Mariana|Filipa|Joana|Leonor", "Tiago|Duarte|Rui|Gonçalo|Nuno|Afonso",
           "Ferreira|Carvalho|Rodrigues|Sousa Pinto|Almeida|Gonçalves|Teixeira|Moura",
           "Braga|Coimbra|Aveiro|Setúbal|Viseu|Faro|Guimarães", "Rua da Liberdade|Avenida da República|Rua Direita|Travessa do Carmo"),
    "BR": ("Thaís|Larissa|Gabriela|Jéssica|Luana|Raquel|Vitória", "Thiago|Rafael|Leandro|Caio|Vinícius|Wellington|Diego",
           "da Silva|Oliveira|Souza Lima|Pereira|Nascimento|Cavalcanti|Barbosa|Rocha",
           "Campinas|Curitiba|Uberlândia|Londrina|Natal|Juiz de Fora|Florianópolis|Goiânia",
           "Rua das Acácias|Avenida Brasil|Rua Sete de Setembro|Rua Padre Anchieta"),
    "PL": ("Katarzyna|Agnieszka|Magdalena|Joanna|Zuzanna|Małgorzata|Ewelina|Dorota", "Grzegorz|Paweł|Tomasz|Krzysztof|Michał|Jakub|Łukasz|Wojciech",
           "Kowalski/Kowalska|Nowak|Wiśniewski/Wiśniewska|Zieliński/Zielińska|Szymański/Szymańska|Wójcik|Kaczmarek|Grabowski/Grabowska|Mazur",
           "Kraków|Lublin|Rzeszów|Toruń|Białystok|Opole|Gliwice|Olsztyn|Bydgoszcz",
           "ul. Lipowa|ul. Kwiatowa|ul. Mickiewicza|al. Jana Pawła II|ul. Słoneczna|ul. Polna"),
    "SE": ("Ebba|Linnea|Maja|Elin|Sofia|Ingrid", "Oskar|Axel|Hampus|Viktor|Lars|Pontus",
           "Lindqvist|Bergström|Nyström|Sjöberg|Åkesson|Holmgren|Eklund", "Västerås|Umeå|Jönköping|Linköping|Örebro|Gävle|Lund",
           "Storgatan|Kyrkogatan|Björkvägen|Drottninggatan|Skolgatan"),
    "NO": ("Ingrid|Silje|Marte|Solveig|Kari|Ane", "Sindre|Håkon|Eirik|Øystein|Magnus|Torbjørn",
           "Haugen|Bakken|Solberg|Strand|Løvås|Fjeldstad|Kristiansen", "Trondheim|Stavanger|Tromsø|Bodø|Drammen|Ålesund|Kristiansand",
           "Kirkegata|Storgata|Skolegata|Fjellveien|Bjørkeveien"),
    "DK": ("Mette|Signe|Louise|Ida|Karen|Freja", "Rasmus|Mikkel|Søren|Mads|Jesper|Anders",
           "Jørgensen|Mortensen|Kjær|Nørgaard|Lauridsen|Østergaard|Bach", "Aarhus|Odense|Aalborg|Esbjerg|Vejle|Roskilde|Horsens",
           "Vestergade|Søndergade|Nørregade|Skovvej|Strandvejen"),
    "FI": ("Aino|Sanna|Henna|Riikka|Minna|Tuuli", "Juha|Mikko|Antti|Janne|Ville|Teemu",
           "Virtanen|Mäkinen|Heikkinen|Laaksonen|Koskinen|Järvinen|Niemi", "Tampere|Oulu|Jyväskylä|Kuopio|Lahti|Pori|Turku",
           "Koulukatu|Kauppakatu|Rantatie|Koivukuja|Hämeenkatu"),
    "IS": ("Guðrún|Sigríður|Katrín|Hildur|Þórunn", "Jón|Sigurður|Gunnar|Ólafur|Einar",
           "Jónsson/Jónsdóttir|Sigurðsson/Sigurðardóttir|Gunnarsson/Gunnarsdóttir|Ólafsson/Ólafsdóttir|Magnússon/Magnúsdóttir",
           "Akureyri|Hafnarfjörður|Kópavogur|Selfoss|Ísafjörður|Egilsstaðir", "Laugavegur|Hafnarstræti|Aðalstræti|Brekkugata"),
    "CZ": ("Petra|Lucie|Markéta|Tereza|Kateřina|Zdeňka", "Jiří|Petr|Ondřej|Tomáš|Lukáš|Radek",
           "Novák/Nováková|Svoboda/Svobodová|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá",
           "Brno|Olomouc|Plzeň|Liberec|Pardubice|Jihlava|Zlín|Ostrava", "Husova|Masarykova|Nádražní|Palackého|Komenského"),
    "SK": ("Zuzana|Jana|Monika|Lenka|Veronika", "Marek|Peter|Juraj|Martin|Ľubomír",
           "Horváth/Horváthová|Kováč/Kováčová|Baláž/Balážová|Tóth/Tóthová|Varga/Vargová|Sloboda/Slobodová",
           "Košice|Žilina|Nitra|Banská Bystrica|Prešov|Trnava", "Hlavná|Štúrova|Mierová|Kollárova|Jesenského"),
    "HU": ("Katalin|Zsófia|Eszter|Réka|Anikó|Dóra", "Bence|Gergely|Zoltán|Levente|Attila|Balázs",
           "Nagy|Kovács|Szabó|Horváth|Tóth|Varga|Farkas|Lakatos", "Szeged|Debrecen|Pécs|Győr|Miskolc|Kecskemét|Eger",
           "Kossuth Lajos utca|Petőfi Sándor utca|Rákóczi út|Béke tér|Arany János utca"),
    "RO": ("Ioana|Andreea|Roxana|Mihaela|Alina|Cristina", "Andrei|Bogdan|Mihai|Radu|Cătălin|Vlad",
           "Popescu|Ionescu|Dumitrescu|Stan|Munteanu|Constantinescu|Ardeleanu", "Cluj-Napoca|Iași|Timișoara|Brașov|Sibiu|Oradea|Constanța",
           "Str. Mihai Eminescu|Bd. Independenței|Str. Republicii|Calea Victoriei|Str. Avram Iancu"),
    "TR": ("Ayşe|Elif|Zeynep|Merve|Büşra|Gülşen", "Mehmet|Emre|Burak|Oğuz|Serkan|Hakan",
           "Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Koç", "Eskişehir|Bursa|Kayseri|Antalya|Trabzon|Gaziantep|Denizli",
           "Atatürk Cad.|Cumhuriyet Mah. Gül Sok.|İnönü Bulvarı|Fevzi Çakmak Cad."),
    "GR": ("Ελένη|Κατερίνα|Δέσποινα|Βασιλική|Αικατερίνη|Σοφία", "Γιώργος|Νίκος|Δημήτρης|Κωνσταντίνος|Παναγιώτης|Χρήστος",
           "Παπαδόπουλος/Παπαδοπούλου|Νικολάου|Γεωργίου|Καραγιάννης/Καραγιάννη|Οικονόμου|Μαυρίδης/Μαυρίδου|Βλάχος/Βλάχου",
           "Θεσσαλονίκη|Πάτρα|Ηράκλειο|Λάρισα|Βόλος|Ιωάννινα|Καλαμάτα", "Οδός Ερμού|Λεωφόρος Αλεξάνδρας|Οδός Αγίου Δημητρίου|Οδός Τσιμισκή"),
    "RU": ("Екатерина|Анастасия|Ольга|Татьяна|Дарья|Ирина", "Дмитрий|Алексей|Сергей|Андрей|Михаил|Игорь",
           "Смирнов/Смирнова|Кузнецов/Кузнецова|Попов/Попова|Соколов/Соколова|Лебедев/Лебедева|Волков/Волкова|Морозов/Морозова",
           "Казань|Екатеринбург|Новосибирск|Самара|Воронеж|Пермь|Тюмень", "ул. Ленина|ул. Гагарина|пр. Мира|ул. Садовая|ул. Пушкина"),
    "UA": ("Оксана|Олена|Наталія|Ірина|Софія|Юлія", "Олександр|Тарас|Богдан|Андрій|Максим|Василь",
           "Шевченко|Коваленко|Бондаренко|Ткаченко|Кравчук|Мельник|Савчук", "Львів|Харків|Одеса|Вінниця|Полтава|Чернігів|Житомир",
           "вул. Шевченка|вул. Франка|просп. Свободи|вул. Грушевського|вул. Січових Стрільців"),
    "BG": ("Мария|Десислава|Гергана|Цветелина|Радостина", "Георги|Иван|Стоян|Николай|Петър",
           "Иванов/Иванова|Петров/Петрова|Георгиев/Георгиева|Димитров/Димитрова|Стоянов/Стоянова",
           "Пловдив|Варна|Бургас|Русе|Стара Загора|Велико Търново", "ул. „Иван Вазов“|бул. „България“|ул. „Шипка“|ул. „Раковски“"),
    "RS": ("Јелена|Милица|Драгана|Ивана|Сања", "Милош|Никола|Марко|Душан|Стефан",
           "Јовановић|Петровић|Николић|Марковић|Ђорђевић|Стојановић", "Нови Сад|Ниш|Крагујевац|Суботица|Чачак|Зрењанин",
           "Булевар ослобођења|Улица краља Петра|Змај Јовина|Светосавска"),
    "HR": ("Ivana|Marija|Petra|Ana|Mirela|Lucija", "Ivan|Luka|Josip|Marko|Tomislav|Dario",
           "Horvat|Kovačević|Babić|Marić|Jurić|Novak|Knežević", "Split|Rijeka|Osijek|Zadar|Varaždin|Pula|Dubrovnik",
           "Ilica|Ulica kralja Zvonimira|Vukovarska ulica|Put Supavla"),
    "SI": ("Maja|Nina|Mojca|Špela|Urška", "Matej|Jure|Rok|Gregor|Aljaž",
           "Novak|Horvat|Krajnc|Zupančič|Kovačič|Potočnik|Vidmar", "Maribor|Celje|Kranj|Koper|Novo mesto|Ptuj",
           "Slovenska cesta|Prešernova ulica|Partizanska cesta|Cankarjeva ulica"),
    "LT": ("Rūta|Eglė|Ieva|Giedrė|Aušra", "Mantas|Tomas|Darius|Justinas|Paulius",
           "Kazlauskas/Kazlauskienė|Petrauskas/Petrauskienė|Jankauskas/Jankauskienė|Žukauskas/Žukauskienė|Butkus/Butkienė",
           "Kaunas|Klaipėda|Šiauliai|Panevėžys|Alytus", "Laisvės al.|Vilniaus g.|Taikos pr.|Savanorių pr."),
    "LV": ("Ilze|Inese|Līga|Dace|Kristīne", "Jānis|Andris|Mārtiņš|Edgars|Kārlis",
           "Bērziņš/Bērziņa|Kalniņš/Kalniņa|Ozoliņš/Ozoliņa|Liepiņš/Liepiņa|Krūmiņš/Krūmiņa",
           "Daugavpils|Liepāja|Jelgava|Jūrmala|Ventspils|Valmiera", "Brīvības iela|Lāčplēša iela|Rīgas iela|Dzirnavu iela"),
    "EE": ("Kadri|Triin|Liis|Kristiina|Mari", "Rasmus|Kristjan|Tõnu|Margus|Siim",
           "Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane", "Tartu|Pärnu|Narva|Viljandi|Rakvere|Haapsalu",
           "Tartu mnt|Rüütli tn|Pikk tn|Riia mnt|Kalda tee"),
}

# language -> [(country, weight)]; "en-XX" writes English about another country's people and numbers.
LANG_COUNTRIES: dict[str, list[tuple[str, int]]] = {
    "en": [("US", 5), ("GB", 4), ("CA", 1), ("AU", 1), ("IE", 1), ("NZ", 1), ("IN", 2), ("ZA", 1), ("SG", 1)],
    "de": [("DE", 4), ("AT", 1), ("CH", 1)], "fr": [("FR", 4), ("BE", 1), ("CH", 1)], "es": [("ES", 3), ("MX", 1), ("AR", 1)],
    "it": [("IT", 1)], "nl": [("NL", 3), ("BE", 1)], "pt": [("PT", 1)], "pl": [("PL", 1)], "sv": [("SE", 1)], "no": [("NO", 1)],
    "da": [("DK", 1)], "fi": [("FI", 1)], "is": [("IS", 1)], "cs": [("CZ", 1)], "sk": [("SK", 1)], "hu": [("HU", 1)],
    "ro": [("RO", 1)], "tr": [("TR", 1)], "el": [("GR", 1)], "ru": [("RU", 1)], "uk": [("UA", 1)], "bg": [("BG", 1)],
    "sr": [("RS", 1)], "hr": [("HR", 1)], "sl": [("SI", 1)], "lt": [("LT", 1)], "lv": [("LV", 1)], "et": [("EE", 1)],
    "ca": [("ES", 1)],
}
_EXPAT = ["DE", "FR", "NL", "PL", "ES", "IT", "SE", "PT", "RO", "GR", "IE", "AT", "CZ", "HU", "DK"]


def locale_for(lang: str, rng: random.Random) -> str:
    """A template's lang ("en", "de", "en-GB", "pt-BR", "en-XX") -> the sample's locale "<language>-<country>"."""
    if "-" in lang:
        language, country = lang.split("-")
        if country == "XX":
            country = rng.choice(_EXPAT)
        return f"{language}-{country}"
    if lang == "en" and rng.random() < 0.08:
        return f"en-{rng.choice(_EXPAT)}"
    countries = LANG_COUNTRIES[lang]
    country = rng.choices([c for c, _ in countries], [w for _, w in countries])[0]
    return f"{lang}-{country}"


_TRANSLIT = dict(zip(
    "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊΐϋΰабвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґђјљњћџ",
    ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch",
     "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "i", "y", "y",
     "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh",
     "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "dj", "j", "lj", "nj", "c", "dz"],
    strict=True))


def ascii_fold(s: str) -> str:
    """Latin letters without diacritics; Greek and Cyrillic transliterated (for e-mail local parts, slugs)."""
    import unicodedata
    out = []
    s = s.replace("ου", "ou").replace("Ου", "Ou").replace("ού", "ou")
    for ch in s:
        low = ch.lower()
        if low in _TRANSLIT:
            t = _TRANSLIT[low]
            out.append(t.capitalize() if ch != low else t)
            continue
        special = {"ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l",
                   "Ł": "L", "ı": "i", "đ": "d", "Đ": "D"}.get(ch)
        if special:
            out.append(special)
            continue
        out.extend(c for c in unicodedata.normalize("NFKD", ch) if c.isascii())
    return "".join(c for c in "".join(out) if c.isalnum() or c in " -'.")


# ---------------------------------------------------------------------------------------------------------------
# Dates in each language's own spelling.
# ---------------------------------------------------------------------------------------------------------------

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
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta "
          "marraskuuta joulukuuta",
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
    "sr": "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
}


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def write_date(r: random.Random, lang: str, country: str, d: datetime.date, style: str = "") -> str:
    """A date as a person of that language writes it; style "iso", "num", "long", "short" (no year) or any."""
    y, m, dd = d.year, d.month, d.day
    name = MONTHS[lang].split()[m - 1]
    if lang == "de" and country == "AT" and m == 1:
        name = "Jänner"
    if style == "iso":
        return d.isoformat()
    sep = {"de": ".", "no": ".", "da": ".", "fi": ".", "pl": ".", "cs": ".", "sk": ".", "ro": ".", "tr": ".", "ru": ".", "uk": ".",
           "bg": ".", "sr": ".", "hr": ".", "sl": ".", "lv": ".", "et": ".", "is": ".", "nl": "-"}.get(lang, "/")
    if lang == "en":
        us = country in ("US", "CA") and not (country == "CA" and r.random() < 0.5)
        num = f"{m:02d}/{dd:02d}/{y}" if us else f"{dd:02d}/{m:02d}/{y}"
        long = f"{name} {dd}, {y}" if us else r.choice([f"{dd} {name} {y}", f"{_ordinal(dd)} {name} {y}", f"{dd} {name[:3]} {y}"])
        short = r.choice([f"{name} {dd}", f"{name[:3]} {dd}", f"{name} {_ordinal(dd)}"]) if us else r.choice(
            [f"{dd} {name}", f"{_ordinal(dd)} of {name}", f"{dd} {name[:3]}"])
    elif lang == "hu":
        num = f"{y}.{m:02d}.{dd:02d}."
        long = f"{y}. {name} {dd}."
        short = f"{name} {dd}."
    elif lang == "lt":
        num = f"{y}-{m:02d}-{dd:02d}"
        long = f"{y} m. {name} {dd} d."
        short = f"{name} {dd} d."
    elif lang == "lv":
        num = f"{dd:02d}.{m:02d}.{y}"
        long = f"{y}. gada {dd}. {name}"
        short = f"{dd}. {name}"
    elif lang == "sv":
        num = r.choice([f"{y}-{m:02d}-{dd:02d}", f"{dd}/{m} {y}"])
        long = f"{dd} {name} {y}"
        short = f"{dd} {name}"
    else:
        num = r.choice([f"{dd:02d}{sep}{m:02d}{sep}{y}", f"{dd}{sep}{m}{sep}{y}"])
        if lang in ("cs", "sk") and r.random() < 0.5:
            num = f"{dd}. {m}. {y}"
        dotted = lang in ("de", "no", "da", "fi", "cs", "sk", "sr", "hr", "sl", "et", "is")
        de = {"es": " de ", "pt": " de ", "ca": " de "}.get(lang, " ")
        if lang == "ca" and name[0] in "ao":
            de = " d'"
        first = "1er" if lang == "fr" and dd == 1 else str(dd)
        day = f"{dd}." if dotted else first
        tail = " de " if lang in ("es", "pt", "ca") else " "
        long = f"{day}{de}{name}{tail}{y}"
        short = f"{day}{de}{name}"
    return {"num": num, "long": long, "short": short}.get(style) or r.choice([num, long, long, short])


def _day_in(r: random.Random, y0: int, y1: int) -> datetime.date:
    return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


# ---------------------------------------------------------------------------------------------------------------
# People.
# ---------------------------------------------------------------------------------------------------------------

SURNAME_FIRST = {"HU"}


class Person:
    def __init__(self, r: random.Random, country: str, sex: str | None = None, kid: bool | str = False) -> None:
        fem, male, lasts, _, _ = PEOPLE[country]
        self.sex = sex or r.choice("fm")
        self.first = r.choice((fem if self.sex == "f" else male).split("|"))
        last = r.choice(lasts.split("|"))
        self.last = last.split("/")[-1 if self.sex == "f" else 0]
        self.country = country
        self.dob = _day_in(r, 2024, 2025) if kid == "baby" else _day_in(r, 2009, 2021) if kid else _day_in(r, 1946, 2004)
        self.full = f"{self.last} {self.first}" if country in SURNAME_FIRST else f"{self.first} {self.last}"


# ---------------------------------------------------------------------------------------------------------------
# Addresses, organizations, e-mail, links.
# ---------------------------------------------------------------------------------------------------------------

def _pc(r: random.Random, pattern: str) -> str:
    """A postcode from a pattern: 9 a digit, A a letter, anything else as written."""
    first = pattern.find("9")
    return "".join(r.choice("123456789" if i == first else string.digits) if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXY") if c == "A" else c for i, c in enumerate(pattern))


_US_STATES = {"Dayton": "OH", "Tacoma": "WA", "Boise": "ID", "Lubbock": "TX", "Chattanooga": "TN", "Bloomington": "IN", "Duluth": "MN",
              "Fort Collins": "CO", "Scranton": "PA", "Macon": "GA"}


def write_address(r: random.Random, country: str, town: str) -> str:
    street = r.choice(PEOPLE[country][4].split("|"))
    n = r.randint(1, 140)
    if country == "US":
        unit = r.choice(["", "", f", Apt {r.randint(1, 40)}{r.choice('ABC')}", f" #{r.randint(100, 950)}"])
        state = _US_STATES.get(town, "OH")
        return r.choice([f"{r.randint(100, 9999)} {street}{unit}, {town}, {state} {_pc(r, '99999')}",
                         f"{r.randint(100, 9999)} {street}{unit}\n{town}, {state} {_pc(r, '99999')}"])
    if country == "GB":
        pc = f"{r.choice(['HG', 'SN', 'SK', 'TA', 'NN', 'CA', 'FK', 'LL', 'NR', 'LL'])}{r.randint(1, 19)} {r.randint(1, 9)}{_pc(r, 'AA')}"
        return r.choice([f"{n} {street}, {town} {pc}", f"Flat {r.randint(1, 12)}, {n} {street}, {town}, {pc}",
                         f"{r.choice(['Rose Cottage', 'The Old Forge', 'Willow House'])}, {street}, {town} {pc}"])
    if country == "IE":
        return f"{n} {street}, {town}, Co. {r.choice(['Cork', 'Kildare', 'Kerry', 'Westmeath', 'Clare', 'Donegal', 'Meath'])}, {_pc(r, 'A99 A9A9')}"
    if country == "CA":
        return f"{n} {street}, {town}, {r.choice(['ON', 'NB', 'BC', 'QC', 'AB', 'SK'])} {_pc(r, 'A9A 9A9')}"
    if country == "AU":
        return f"{r.choice(['', f'Unit {r.randint(1, 12)}/'])}{n} {street}, {town} {r.choice(['VIC', 'QLD', 'NSW', 'TAS'])} {_pc(r, '9999')}"
    if country == "NZ":
        return f"{n} {street}, {town} {_pc(r, '9999')}"
    if country == "IN":
        return f"Flat {r.randint(1, 12)}{r.choice('ABCD')}, {r.choice(['Lakeview', 'Sai Krupa', 'Green Park'])} Apartments, {street}, {town} {_pc(r, '599999')}"
    if country == "ZA":
        return f"{n} {street}, {town}, {_pc(r, '9999')}"
    if country == "SG":
        return f"Blk {r.randint(100, 899)} {street}, #{r.randint(2, 19):02d}-{r.randint(10, 350)}, Singapore {_pc(r, '699999')}"
    if country in ("DE", "AT", "CH"):
        pc = _pc(r, "99999" if country == "DE" else "9999")
        return r.choice([f"{street} {n}{r.choice(['', '', 'a'])}, {pc} {town}", f"{street} {n}\n{pc} {town}"])
    if country == "FR":
        return r.choice([f"{n}{r.choice(['', ' bis'])} {street}, {_pc(r, '99999')} {town}", f"{n} {street}\n{_pc(r, '99999')} {town.upper()}"])
    if country == "BE":
        return f"{street} {n}{r.choice(['', '/2', ' bus 3'])}, {_pc(r, '9999')} {town}"
    if country == "ES":
        return f"{street}, {n}, {r.randint(1, 8)}º {r.choice('ABCD')}, {_pc(r, '99999')} {town}"
    if country == "MX":
        return f"{street} {n}, Col. {r.choice(['Centro', 'Jardines', 'Del Valle', 'Las Américas'])}, {_pc(r, '99999')} {town}"
    if country == "AR":
        return f"{street} {r.randint(100, 4999)}, Piso {r.randint(1, 9)} Dto. {r.choice('ABCD')}, {town}"
    if country == "IT":
        return f"{street} {n}{r.choice(['', '/A'])}, {_pc(r, '99999')} {town}"
    if country == "NL":
        return r.choice([f"{street} {n}{r.choice(['', '-2', 'A'])}, {_pc(r, '9999 AA')} {town}", f"{street} {n}\n{_pc(r, '9999 AA')} {town.upper()}"])
    if country == "PT":
        return f"{street}, {n}, {r.randint(1, 6)}.º {r.choice(['Esq.', 'Dto.'])}, {_pc(r, '9999-999')} {town}"
    if country == "BR":
        return f"{street}, {r.randint(10, 2999)}, apto {r.randint(11, 904)} - {town} - {r.choice(['SP', 'PR', 'MG', 'RN', 'SC', 'GO'])}, {_pc(r, '99999-999')}"
    if country == "PL":
        return f"{street} {n}/{r.randint(1, 60)}, {_pc(r, '99-999')} {town}"
    if country in ("SE",):
        return f"{street} {n}, {_pc(r, '999 99')} {town}"
    if country in ("NO", "DK", "IS"):
        unit = f", {r.randint(1, 4)}. {r.choice(['th', 'tv'])}." if country == "DK" else ""
        return f"{street} {n}{unit}, {_pc(r, '999' if country == 'IS' else '9999')} {town}"
    if country == "FI":
        return f"{street} {n} {r.choice('ABC')} {r.randint(1, 40)}, {_pc(r, '99999')} {town}"
    if country in ("CZ", "SK"):
        return f"{street} {r.randint(100, 2500)}/{n}, {_pc(r, '999 99')} {town}"
    if country == "HU":
        return f"{_pc(r, '9999')} {town}, {street} {n}."
    if country == "RO":
        return f"{street} nr. {n}, bl. {r.randint(1, 20)}, ap. {r.randint(1, 80)}, {town}"
    if country == "TR":
        return f"{street} No: {n} D: {r.randint(1, 20)}, {town}"
    if country == "GR":
        return f"{street} {n}, {_pc(r, '999 99')} {town}"
    if country == "RU":
        return f"{street}, д. {n}, кв. {r.randint(1, 200)}, {town}, {_pc(r, '999999')}"
    if country == "UA":
        return f"{street}, {n}, кв. {r.randint(1, 120)}, {town}, {_pc(r, '99999')}"
    if country in ("BG", "RS", "HR", "SI"):
        pc = _pc(r, "9999" if country in ("BG", "SI") else "99999")
        return f"{street} {n}, {pc} {town}"
    if country == "LT":
        return f"{street} {n}-{r.randint(1, 60)}, LT-{_pc(r, '99999')} {town}"
    if country == "LV":
        return f"{street} {n}-{r.randint(1, 60)}, {town}, LV-{_pc(r, '9999')}"
    return f"{street} {n}-{r.randint(1, 60)}, {_pc(r, '99999')} {town}"  # EE


_ORG_WORDS: dict[str, str] = {
    "en": "Hollybrook|Kestrel|Brightwater|Oakfield|Riverside|Larchmont|Fernhill|Bluegate",
    "de": "Sonnenhang|Lindenhof|Mühlbach|Am Wall|Eichenkamp", "fr": "Les Tilleuls|Le Verger|Saint-Exupéry|La Roseraie",
    "es": "Los Almendros|San Roque|El Pilar|La Alameda", "it": "Il Girasole|San Rocco|La Quercia|Villa Verde",
    "nl": "De Regenboog|Het Kompas|De Linde|Zonnehoek", "pt": "Horizonte|São Bento|Boa Vista|Girassol",
    "pl": "Pod Lipami|Zdrowie|Słoneczko|Jutrzenka", "sv": "Björken|Solrosen|Ekbacken", "no": "Fjellheim|Solsiden|Bjørkly",
    "da": "Kastanjen|Solsikken|Egebjerg", "fi": "Koivu|Aurinko|Kotiranta", "is": "Sólheimar|Hlíð|Lindir",
    "cs": "Lípa|Slunečnice|Na Výsluní", "sk": "Lipa|Slniečko|Pod Tatrami", "hu": "Napsugár|Tölgyfa|Szivárvány",
    "ro": "Ghiocelul|Speranța|Carpați", "tr": "Güneş|Çınar|Yıldız", "el": "Ήλιος|Ακρόπολις|Ελιά", "ru": "Берёзка|Радуга|Вектор",
    "uk": "Калина|Сонечко|Явір", "bg": "Слънце|Родопа|Мечта", "sr": "Сунце|Липа|Дунав", "hr": "Lipa|Sunce|Mediteran",
    "sl": "Lipa|Sonček|Triglav", "lt": "Saulutė|Ąžuolas|Gintaras", "lv": "Saulīte|Ozols|Dzintars", "et": "Päikene|Kask|Merekivi",
    "ca": "Les Moreres|El Pi|La Sínia",
}

_ORG_PATTERNS: dict[str, str] = {
    "en": "{S} & {S2} Dental|{T} Community Credit Union|{S} Plumbing & Heating Ltd|{W} Primary School|{T} Physiotherapy Clinic|"
          "{W} Logistics|{S} Family Law|{W} Veterinary Clinic|{T} Rowing Club|{W} Academy|{S} & Sons Roofing|{W} Dental Studio",
    "de": "Zahnarztpraxis {S}|{S} Haustechnik GmbH|Grundschule {W}|Steuerkanzlei {S} & {S2}|Raiffeisenbank {T}|Kita {W}|{S} Elektro GmbH",
    "fr": "Cabinet {S}|{S} Rénovation SARL|École élémentaire {W}|Pharmacie {W}|Boulangerie {S}|Crèche {W}",
    "es": "Clínica Dental {S}|Talleres {S} S.L.|Colegio {W}|Gestoría {S}|Asesoría {S} y Asociados",
    "it": "Studio Dentistico {S}|{S} Impianti S.r.l.|Scuola primaria {W}|Farmacia {S}|Studio Commercialista {S}",
    "nl": "Huisartsenpraktijk {W}|{S} Installatietechniek B.V.|Basisschool {W}|Tandartspraktijk {S}",
    "pt": "Clínica {W}|{S} Contabilidade Lda.|Escola Básica {W}|{S} Engenharia Ltda.",
    "pl": "Przychodnia {W}|{S} Sp. z o.o.|Biuro Rachunkowe {S}|Przedszkole {W}",
    "sv": "{S} Bygg AB|Vårdcentralen {W}|Förskolan {W}", "no": "{S} Rør AS|Legesenteret {W}|Barnehagen {W}",
    "da": "{S} VVS ApS|Lægehuset {W}|Børnehuset {W}", "fi": "Rakennus {S} Oy|Hammaslääkäriasema {W}|Päiväkoti {W}",
    "is": "{S} ehf.|Leikskólinn {W}", "cs": "{S} s.r.o.|Mateřská škola {W}|Stomatologie {W}", "sk": "{S} s.r.o.|Materská škola {W}",
    "hu": "{S} Kft.|{W} Fogászat|{S} és Társa Bt.", "ro": "{S} Construct SRL|Cabinet Medical {W}|Grădinița {W}",
    "tr": "{S} Mühendislik Ltd. Şti.|{W} Diş Kliniği|{W} Anaokulu", "el": "{S} Ο.Ε.|Φροντιστήριο {W}|Ιατρείο {W}",
    "ru": "ООО «{W}»|Стоматология «{W}»|Детский сад «{W}»", "uk": "ТОВ «{W}»|Клініка «{W}»", "bg": "{W} ЕООД|Детска градина „{W}“",
    "sr": "{W} д.о.о.|Вртић „{W}“", "hr": "{W} d.o.o.|Poliklinika {W}", "sl": "{W} d.o.o.|Vrtec {W}", "lt": "UAB „{W}“|Klinika „{W}“",
    "lv": "SIA „{W}“|Klīnika „{W}“", "et": "{W} OÜ|Lasteaed {W}", "ca": "Escola {W}|{S} Assessors SL",
}


def make_org(r: random.Random, lang: str, country: str, town: str) -> str:
    lasts = [x.split("/")[0] for x in PEOPLE[country][2].split("|")]
    if lang == "en" and country not in ("US", "GB", "IE", "CA", "AU", "NZ", "IN", "ZA", "SG"):
        lang = "en"
    pattern = r.choice(_ORG_PATTERNS[lang].split("|"))
    s1, s2 = r.sample(lasts, 2)
    return (pattern.replace("{S2}", s2).replace("{S}", s1).replace("{T}", town)
            .replace("{W}", r.choice(_ORG_WORDS[lang].split("|"))))


_MAIL = {"US": "gmail.com|yahoo.com|outlook.com|icloud.com|comcast.net", "GB": "gmail.com|btinternet.com|hotmail.co.uk|outlook.com",
         "IE": "gmail.com|eircom.net|outlook.ie", "CA": "gmail.com|videotron.ca|shaw.ca", "AU": "gmail.com|bigpond.com|optusnet.com.au",
         "NZ": "gmail.com|xtra.co.nz", "IN": "gmail.com|rediffmail.com|yahoo.co.in", "ZA": "gmail.com|webmail.co.za|telkomsa.net",
         "SG": "gmail.com|singnet.com.sg", "DE": "gmx.de|web.de|t-online.de|posteo.de", "AT": "gmx.at|aon.at", "CH": "bluewin.ch|gmx.ch",
         "FR": "orange.fr|free.fr|laposte.net|sfr.fr", "BE": "skynet.be|telenet.be", "ES": "gmail.com|hotmail.es|telefonica.net",
         "MX": "hotmail.com|prodigy.net.mx", "AR": "gmail.com|fibertel.com.ar", "IT": "libero.it|virgilio.it|alice.it",
         "NL": "ziggo.nl|kpnmail.nl|hotmail.nl", "PT": "sapo.pt|gmail.com", "BR": "gmail.com|uol.com.br|bol.com.br",
         "PL": "wp.pl|o2.pl|interia.pl|onet.pl", "SE": "telia.com|gmail.com", "NO": "online.no|gmail.com", "DK": "mail.dk|gmail.com",
         "FI": "elisanet.fi|gmail.com", "IS": "simnet.is|gmail.com", "CZ": "seznam.cz|centrum.cz", "SK": "azet.sk|zoznam.sk",
         "HU": "freemail.hu|citromail.hu", "RO": "yahoo.ro|gmail.com", "TR": "hotmail.com|yandex.com.tr", "GR": "otenet.gr|yahoo.gr",
         "RU": "mail.ru|yandex.ru|rambler.ru", "UA": "ukr.net|i.ua", "BG": "abv.bg|mail.bg", "RS": "gmail.com|eunet.rs",
         "HR": "net.hr|gmail.com", "SI": "siol.net|gmail.com", "LT": "gmail.com|one.lt", "LV": "inbox.lv|gmail.com",
         "EE": "hot.ee|gmail.com"}


def _slug(s: str) -> str:
    return ascii_fold(s).lower().replace(" ", "").replace("'", "").replace(".", "")


# ---------------------------------------------------------------------------------------------------------------
# Numbers: phones, cards, IBANs, SSNs, national ids.
# ---------------------------------------------------------------------------------------------------------------

_FICTIONAL_PHONES = ("1201555", "1555", "447700900", "61491570", "61491571", "3531", )


def make_phone(r: random.Random, country: str, style: str = "") -> str:
    """A number phonenumbers calls valid, outside the ranges reserved for fiction, in a way people write it."""
    kind = phonenumbers.PhoneNumberType.FIXED_LINE if style == "land" or r.random() < 0.3 else phonenumbers.PhoneNumberType.MOBILE
    example = phonenumbers.example_number_for_type(country, kind) or phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
    cc, nat = example.country_code, phonenumbers.national_significant_number(example)
    number = None
    for _ in range(300):
        keep = r.randint(2, 3)
        cand = nat[:keep] + "".join(r.choice(string.digits) for _ in range(len(nat) - keep))
        num = phonenumbers.parse(f"+{cc}{cand}")
        if not phonenumbers.is_valid_number(num) or (cc == 1 and cand[3:6] == "555"):
            continue
        if any(f"{cc}{cand}".startswith(p) for p in _FICTIONAL_PHONES if len(p) > 4) or f"{cc}{cand}"[3:7] == "5550":
            continue
        number = num
        break
    if number is None:
        raise RuntimeError(f"no phone drawn for {country}")
    fmt = phonenumbers.PhoneNumberFormat
    if style == "intl":
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    if style == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    roll = r.random()
    if roll < 0.4:
        return phonenumbers.format_number(number, fmt.NATIONAL)
    if roll < 0.8:
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    meta = phonenumbers.PhoneMetadata.metadata_for_region(country)
    if roll < 0.9 or not (meta and meta.international_prefix and re.fullmatch(meta.international_prefix, "00")):
        return phonenumbers.format_number(number, fmt.E164)
    return "00" + phonenumbers.format_number(number, fmt.INTERNATIONAL)[1:]


TEST_CARDS = frozenset({
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556", "5555555555554444", "5105105105105100",
    "5200828282828210", "2223003122003222", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
    "3530111333300000", "3566002020360505", "30569309025904", "38520000023237", "4000000000000002", "4000000000000077",
    "4000000000003220", "4000002500003155", "5454545454545454", "4444333322221111", "4917610000000000", "6200000000000005",
})


def make_card(r: random.Random, scheme: str = "") -> str:
    scheme = scheme or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "maestro"])
    prefix, length = {"visa": (r.choice(["4", "45", "49", "41"]), 16), "mc": (r.choice(["51", "53", "55", "2221", "2720", "52"]), 16),
                      "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16), "maestro": (r.choice(["6759", "5018", "6763"]), 19)}[scheme]
    while True:
        body = prefix + "".join(r.choice(string.digits) for _ in range(length - len(prefix) - 1))
        digits = body + luhn.calc_check_digit(body)
        if digits not in TEST_CARDS and len(set(digits[4:])) > 3:
            break
    sep = r.choice([" ", " ", "-", ""])
    if length == 15:
        return sep.join((digits[:4], digits[4:10], digits[10:]))
    if length == 19:
        return sep.join((digits[:4], digits[4:8], digits[8:12], digits[12:16], digits[16:]))
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4))


_IBAN_BBAN = {"DE": "8n10n", "AT": "5n11n", "CH": "5n12c", "FR": "5n5n11c2n", "BE": "3n7n2n", "ES": "4n4n1n1n10n", "IT": "1a5n5n12c",
              "NL": "4a10n", "PT": "4n4n11n2n", "PL": "8n16n", "SE": "3n16n1n", "NO": "4n6n1n", "DK": "4n9n1n", "FI": "3n11n",
              "IS": "4n2n6n10n", "CZ": "4n6n10n", "SK": "4n6n10n", "HU": "3n4n1n15n1n", "RO": "4a16c", "TR": "5n1n16c",
              "GR": "3n4n16c", "BG": "4a4n2n8c", "RS": "3n13n2n", "HR": "7n10n", "SI": "5n8n2n", "LT": "5n11n", "LV": "4a13c",
              "EE": "2n2n11n1n", "IE": "4a6n8n", "GB": "4a6n8n", "UA": "6n19c", "BR": "8n5n10n1a1c"}
_BANKS = {"NL": "ABNA INGB RABO TRIO SNSB BUNQ", "GB": "NWBK BARC LOYD MIDL HBUK", "IE": "AIBK BOFI IPBS", "RO": "BTRL RNCB BRDE INGB",
          "BG": "UNCR STSA BPBI", "LV": "HABA UNLA PARX"}


def make_iban(r: random.Random, country: str, compact: bool | None = None) -> str:
    if country not in _IBAN_BBAN:
        country = r.choice(["DE", "GB", "NL", "FR", "ES", "IE"])
    spec = _IBAN_BBAN[country]
    for _ in range(2000):
        bban, i = "", 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            n, kind = int(spec[i:j]), spec[j]
            alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
            bban += "".join(r.choice(alphabet) for _ in range(n))
            i = j + 1
        if country in _BANKS:
            bban = r.choice(_BANKS[country].split()) + bban[4:]
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if stdnum_iban.is_valid(value):
            break
    else:
        raise RuntimeError(f"no IBAN drawn for {country}")
    if compact is None:
        compact = r.random() < 0.35
    return value if compact else " ".join(value[i : i + 4] for i in range(0, len(value), 4))


SPECIMEN_SSNS = frozenset({"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"})


def make_ssn(r: random.Random) -> str:
    while True:
        area = r.choice([n for n in range(1, 900) if n != 666])
        value = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if value not in SPECIMEN_SSNS:
            break
    return value if r.random() < 0.85 else value.replace("-", r.choice(["", " "]))


def _find(build: Callable[[], Callable[[str], str]], checks: str, valid: Callable[[str], bool]) -> str:
    for _ in range(400):
        make = build()
        for c in checks:
            v = make(c)
            if valid(v):
                return v
    raise RuntimeError("no valid national id drawn")


def _append(body: str) -> Callable[[str], str]:
    return lambda c: body + c


def _insert(body: str, at: int) -> Callable[[str], str]:
    return lambda c: body[:at] + c + body[at:]


def _insert_at8(body: str) -> Callable[[str], str]:
    return _insert(body, 8)


def _digits(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def make_natid(r: random.Random, country: str, p: Person) -> str:
    """The country's identity, tax or social-security number for this person, valid by its checksum."""
    d, female = p.dob, p.sex == "f"
    yy, mm, dd = f"{d.year % 100:02d}", f"{d.month:02d}", f"{d.day:02d}"
    D = string.digits
    if country == "US":
        return r.choice("56") + _digits(r, 8)  # a passport number
    if country == "GB":
        from stdnum.gb import nhs
        v = _find(lambda: _append(str(r.randint(4, 7)) + _digits(r, 8)), D, nhs.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if country == "IE":
        from stdnum.ie import pps
        return _find(lambda: _append(_digits(r, 7)), "ABCDEFGHIJKLMNOPQRSTUVW", pps.is_valid)
    if country == "CA":
        from stdnum.ca import sin
        v = _find(lambda: _append(r.choice("1234567") + _digits(r, 7)), D, sin.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if country == "AU":
        from stdnum.au import tfn
        v = _find(lambda: _append(_digits(r, 8)), D, tfn.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if country == "NZ":
        from stdnum.nz import ird
        v = _find(lambda: _append(r.choice("1") + _digits(r, 7)), D, ird.is_valid)
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if country == "IN":
        from stdnum.in_ import aadhaar
        v = _find(lambda: _append(str(r.randint(2, 9)) + _digits(r, 10)), D, aadhaar.is_valid)
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if country == "ZA":
        from stdnum.za import idnr
        serial = f"{r.randint(0, 4999) if female else r.randint(5000, 9999):04d}"
        return _find(lambda: _append(yy + mm + dd + serial + "08"), D, idnr.is_valid)
    if country == "SG":
        body = _digits(r, 7)
        lead = "S" if d.year < 2000 else "T"
        total = sum(int(x) * w for x, w in zip(body, (2, 7, 6, 5, 4, 3, 2), strict=True)) + (4 if lead == "T" else 0)
        return lead + body + "JZIHGFEDCBA"[total % 11]
    if country == "DE":
        from stdnum.de import idnr
        from stdnum.iso7064 import mod_11_10

        def steuer() -> Callable[[str], str]:
            chosen = r.sample(D, 9)
            body = chosen + [r.choice(chosen)]
            r.shuffle(body)
            if body[0] == "0":
                body[0], body[1] = body[1], body[0]
            s = "".join(body)
            return lambda c: s + mod_11_10.calc_check_digit(s)
        v = _find(steuer, "0", idnr.is_valid)
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if r.random() < 0.4 else v
    if country == "AT":
        from stdnum.at import vnr
        v = _find(lambda: _insert(str(r.randint(1, 9)) + _digits(r, 2) + dd + mm + yy, 3), D, vnr.is_valid)
        return f"{v[:4]} {v[4:]}"
    if country == "CH":
        from stdnum.ch import ssn
        v = _find(lambda: _append("756" + _digits(r, 9)), D, ssn.is_valid)
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if country == "FR":
        from stdnum.fr import nir
        body = f"{'2' if female else '1'}{yy}{mm}{r.randint(1, 95):02d}{_digits(r, 3)}{_digits(r, 3)}"
        v = body + f"{97 - int(body) % 97:02d}"
        assert nir.is_valid(v)
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if r.random() < 0.6 else v
    if country == "BE":
        from stdnum.be import nn
        serial = r.randrange(2 if female else 1, 998, 2)
        body = f"{yy}{mm}{dd}{serial:03d}"
        base = int(("2" if d.year >= 2000 else "") + body)
        v = body + f"{97 - base % 97:02d}"
        assert nn.is_valid(v), v
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if country == "ES":
        from stdnum.es import dni, nie
        if r.random() < 0.3:
            lead, body = r.choice("XY"), _digits(r, 7)
            v = lead + body + dni.calc_check_digit(str("XYZ".index(lead)) + body)
            assert nie.is_valid(v)
            return v
        body = _digits(r, 8)
        return body + dni.calc_check_digit(body)
    if country == "MX":
        from stdnum.mx import curp
        def build() -> Callable[[str], str]:
            last = ascii_fold(p.last).upper().replace(" ", "") + "XX"
            first = ascii_fold(p.first).upper()
            vowel = next((c for c in last[1:] if c in "AEIOU"), "X")
            head = last[0] + vowel + r.choice("ABCDEGHILMNOPRSTVZ") + first[0]
            cons = "".join(r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3))
            return lambda c: (head + yy + mm + dd + ("M" if female else "H") + r.choice(["QT", "PL", "MN", "YN", "CL", "OC", "GT"])
                              + cons + ("A" if d.year >= 2000 else "0") + c)
        return _find(build, D, curp.is_valid)
    if country == "AR":
        from stdnum.ar import cuit
        v = _find(lambda: _append(("27" if female else "20") + str(r.randint(20, 45)) + _digits(r, 6)), D, cuit.is_valid)
        return f"{v[:2]}-{v[2:10]}-{v[10:]}"
    if country == "IT":
        from stdnum.it import codicefiscale
        def build() -> Callable[[str], str]:
            body = ("".join(r.choice("BCDFGLMNPRSTVZ") for _ in range(6)) + yy + "ABCDEHLMPRST"[d.month - 1]
                    + f"{d.day + (40 if female else 0):02d}" + r.choice("ABCDEFGHLM") + _digits(r, 3))
            return lambda c: body + codicefiscale.calc_check_digit(body)
        return _find(build, "0", codicefiscale.is_valid)
    if country == "NL":
        from stdnum.nl import bsn
        v = _find(lambda: _append(str(r.randint(1, 6)) + _digits(r, 7)), D, bsn.is_valid)
        return f"{v[:4]}.{v[4:6]}.{v[6:]}" if r.random() < 0.3 else v
    if country == "PT":
        from stdnum.pt import nif
        return _find(lambda: _append(r.choice("123") + _digits(r, 7)), D, nif.is_valid)
    if country == "BR":
        from stdnum.br import cpf
        v = _find(lambda: _append(_digits(r, 10)), D, cpf.is_valid)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if r.random() < 0.7 else v
    if country == "PL":
        from stdnum.pl import pesel
        month = d.month + (20 if d.year >= 2000 else 0)
        return _find(lambda: _append(f"{yy}{month:02d}{dd}{_digits(r, 3)}{r.choice('02468' if female else '13579')}"),
                     D, pesel.is_valid)
    if country == "SE":
        from stdnum.se import personnummer
        v = _find(lambda: _append(f"{yy}{mm}{dd}-{_digits(r, 2)}{r.choice('02468' if female else '13579')}"),
                  D, personnummer.is_valid)
        return v if r.random() < 0.6 else f"{d.year // 100}{v}"
    if country == "NO":
        from stdnum.no import fodselsnummer
        def individual() -> str:
            ind = f"{r.randint(500 if d.year >= 2000 else 0, 999 if d.year >= 2000 else 499):03d}"
            return ind[:2] + str((int(ind[2]) // 2) * 2 + (0 if female else 1))
        return _find(lambda: _append(f"{dd}{mm}{yy}{individual()}"), [f"{i:02d}" for i in range(100)], fodselsnummer.is_valid)
    if country == "DK":
        from stdnum.dk import cpr
        seq = f"{r.choice('0123' if d.year < 2000 else '4')}{_digits(r, 2)}{r.choice('02468' if female else '13579')}"
        v = f"{dd}{mm}{yy}-{seq}"
        assert cpr.is_valid(v), v
        return v
    if country == "FI":
        from stdnum.fi import hetu
        sign = "-" if d.year < 2000 else "A"
        return _find(lambda: _append(f"{dd}{mm}{yy}{sign}{r.randint(2, 89):02d}{r.choice('02468' if female else '13579')}"),
                     "0123456789ABCDEFHJKLMNPRSTUVWXY", hetu.is_valid)
    if country == "IS":
        from stdnum.is_ import kennitala
        v = _find(lambda: _insert_at8(f"{dd}{mm}{yy}{r.randint(20, 99)}" + ("9" if d.year < 2000 else "0")),
                  D, kennitala.is_valid)
        return f"{v[:6]}-{v[6:]}"
    if country in ("CZ", "SK"):
        from stdnum.cz import rc
        month = d.month + (50 if female else 0)
        def build() -> Callable[[str], str]:
            base = f"{yy}{month:02d}{dd}{_digits(r, 3)}"
            return lambda c: base + str(int(base) % 11 % 10)
        v = _find(build, "0", rc.is_valid)
        return f"{v[:6]}/{v[6:]}"
    if country == "HU":  # TAJ number: eight digits, check = (3,7,3,7...) weighted sum mod 10
        body = _digits(r, 8)
        check = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(body)) % 10
        v = body + str(check)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if country == "RO":
        from stdnum.ro import cnp
        s = ("2" if female else "1") if d.year < 2000 else ("6" if female else "5")
        return _find(lambda: _append(f"{s}{yy}{mm}{dd}{r.randint(1, 46):02d}{_digits(r, 3)}"), D, cnp.is_valid)
    if country == "TR":
        from stdnum.tr import tckimlik
        return _find(lambda: _append(str(r.randint(1, 9)) + _digits(r, 9)), D, tckimlik.is_valid)
    if country == "GR":
        from stdnum.gr import amka
        serial = f"{_digits(r, 3)}{r.choice('02468' if female else '13579')}"
        return _find(lambda: _append(f"{dd}{mm}{yy}{serial}"), D, amka.is_valid)
    if country == "RU":
        from stdnum.ru import inn
        return _find(lambda: _append(r.choice(["16", "66", "54", "63", "36", "59", "72"]) + _digits(r, 8)),
                     [f"{i:02d}" for i in range(100)], inn.is_valid)
    if country == "UA":
        from stdnum.ua import rntrc
        return _find(lambda: _append(str(r.randint(2, 3)) + _digits(r, 7) + r.choice("02468" if female else "13579")),
                     D, rntrc.is_valid)
    if country == "BG":
        from stdnum.bg import egn
        month = d.month + (40 if d.year >= 2000 else 0)
        return _find(lambda: _append(f"{yy}{month:02d}{dd}{_digits(r, 2)}{r.choice('13579' if female else '02468')}"),
                     D, egn.is_valid)
    if country in ("RS", "SI"):  # JMBG / EMŠO: DDMMYYY RR BBB K, mod 11
        region = r.choice(["71", "80", "85", "91"]) if country == "RS" else "50"
        serial = r.randint(500, 999) if female else r.randint(0, 499)
        while True:
            body = f"{dd}{mm}{d.year % 1000:03d}{region}{serial:03d}"
            total = sum(int(x) * w for x, w in zip(body, (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True))
            k = 11 - total % 11
            if k <= 9 or k == 11:
                v = body + str(0 if k == 11 else k)
                break
            serial = (serial + 2) % 1000
        if country == "SI":
            from stdnum.si import emso
            assert emso.is_valid(v), v
        return v
    if country == "HR":
        from stdnum.hr import oib
        return _find(lambda: _append(str(r.randint(1, 9)) + _digits(r, 9)), D, oib.is_valid)
    if country in ("LT", "EE"):
        from stdnum.ee import ik
        from stdnum.lt import asmens
        s = ("4" if female else "3") if d.year < 2000 else ("6" if female else "5")
        return _find(lambda: _append(f"{s}{yy}{mm}{dd}{_digits(r, 3)}"), D,
                     asmens.is_valid if country == "LT" else ik.is_valid)
    if country == "LV":
        from stdnum.lv import pvn
        v = _find(lambda: _append(f"{dd}{mm}{yy}{'1' if d.year < 2000 else '2'}{_digits(r, 3)}"), D, pvn.is_valid)
        return f"{v[:6]}-{v[6:]}"
    raise KeyError(country)


# ---------------------------------------------------------------------------------------------------------------
# Network addresses.
# ---------------------------------------------------------------------------------------------------------------

_V4_FIRST = [5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 141, 145, 151,
             176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 23, 24, 50, 63, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96,
             97, 98, 99, 104, 107, 108, 136, 142, 162, 173, 174, 184, 199, 204, 206, 207, 208, 209, 14, 27, 36, 39, 42, 49, 58, 59,
             60, 61, 101, 103, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 121, 122, 124, 125, 175, 180, 182, 202, 210, 211,
             218, 220, 221, 222, 2, 41, 102, 105, 154, 177, 186, 187, 189, 190, 191, 200, 201]
RESOLVERS = frozenset({"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220",
                       "2001:4860:4860::8888", "2001:4860:4860::8844", "2606:4700:4700::1111", "2620:fe::fe"})
_V6_PREFIXES = ["2a02:8108", "2a01:4f8", "2001:41d0", "2600:1700", "2a00:23c5", "2003:e4", "2a0a:a540", "2406:da18", "2804:14c",
                "2a02:a210", "2001:1c00", "2a01:cb00", "2a02:2788", "2605:a601", "2a03:b0c0", "2c0f:f248", "2401:4900"]


def make_ip(r: random.Random, kind: str) -> str:
    import ipaddress
    if kind == "pub":
        while True:
            v = f"{r.choice(_V4_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            if ipaddress.ip_address(v).is_global and v not in RESOLVERS and not v.startswith(("192.0.", "198.51.100.", "203.0.113.")):
                return v
    if kind == "priv":
        first = r.choice([10, 10, 172, 192, 192])
        second = {192: 168, 172: r.randint(16, 31)}.get(first, r.randint(0, 255))
        return f"{first}.{second}.{r.choice([0, 1, 1, 2, 10, 20, 50, 178, r.randint(0, 255)])}.{r.randint(2, 254)}"
    if kind in ("v6", "v6full"):
        head = r.choice(_V6_PREFIXES).split(":")
        groups = head + [f"{r.randint(0, 0xFFFF):x}" for _ in range(8 - len(head))]
        if r.random() < 0.4:  # an ISP prefix with a short host part, as routers hand out
            groups[4:7] = ["0", "0", "0"]
        addr = ipaddress.IPv6Address(":".join(groups))
        text = addr.exploded if kind == "v6full" else addr.compressed
        return text.upper() if r.random() < 0.1 else text
    if kind == "ll":
        return str(ipaddress.IPv6Address("fe80::" + ":".join(f"{r.randint(0, 0xFFFF):x}" for _ in range(4))))
    if kind == "ula":
        return str(ipaddress.IPv6Address(f"fd{r.randint(0, 255):02x}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}"))
    if kind == "mapped":
        return "::ffff:" + make_ip(r, "pub")
    if kind == "any":
        return make_ip(r, r.choice(["pub", "pub", "pub", "priv", "priv", "v6"]))
    raise KeyError(kind)


# ---------------------------------------------------------------------------------------------------------------
# Secrets: provider keys with their real prefixes, lengths and alphabets; passwords; PEM blocks; JWTs.
# ---------------------------------------------------------------------------------------------------------------

def _s(r: random.Random, n: int, alphabet: str = AN) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def make_jwt(r: random.Random, sub: str = "", alg: str = "HS256") -> str:
    header = _b64url(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    now = r.randint(1_730_000_000, 1_790_000_000)
    claims = r.choice([{"sub": sub or _s(r, 10, string.digits), "iat": now, "exp": now + 3600},
                       {"role": "service_role", "iss": "supabase", "iat": now, "exp": now + 315_360_000},
                       {"user_id": r.randint(1000, 999999), "email": sub or "x", "scope": "read write", "exp": now}])
    payload = _b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{header}.{payload}.{_b64url(r.randbytes(256 if alg.startswith('RS') else 32))}"


def make_pem(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["rsa", "pkcs8", "ec", "openssh"])
    label = {"rsa": "RSA PRIVATE KEY", "pkcs8": "PRIVATE KEY", "ec": "EC PRIVATE KEY", "openssh": "OPENSSH PRIVATE KEY"}[kind]
    size = {"rsa": 600, "pkcs8": 630, "ec": 121, "openssh": 300}[kind]
    raw = r.randbytes(size)
    if kind == "openssh":
        raw = b"openssh-key-v1\x00" + raw
    elif kind in ("rsa", "pkcs8"):
        raw = b"\x30\x82" + raw
    body = base64.b64encode(raw).decode()
    width = 70 if kind == "openssh" else 64
    lines = "\n".join(body[i : i + width] for i in range(0, len(body), width))
    return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----"


TOKEN_KINDS = ("aws_id", "aws_secret", "openai", "openai_svc", "anthropic", "ghp", "gho", "github_pat", "glpat", "slack_bot",
               "slack_user", "stripe", "stripe_rk", "whsec", "google", "sendgrid", "twilio", "hf", "npm", "pypi", "do", "shopify",
               "mailgun", "telegram", "discord", "azure_key", "openrouter", "groq", "replicate", "notion", "linear", "airtable",
               "figma", "postman", "vault", "cloudflare", "square", "age", "wg", "datadog", "xai", "perplexity", "deepseek",
               "mistral", "jwt", "dropbox")


def make_token(r: random.Random, kind: str = "", sub: str = "") -> str:
    kind = kind or r.choice(TOKEN_KINDS)
    if kind == "aws_id":
        return r.choice(["AKIA", "AKIA", "ASIA"]) + _s(r, 16, string.ascii_uppercase + "234567")
    if kind == "aws_secret":
        return _s(r, 40, B64)
    if kind == "openai":
        return r.choice(["sk-proj-" + _s(r, 156, URLSAFE), "sk-proj-" + _s(r, 74, URLSAFE) + "T3BlbkFJ" + _s(r, 74, URLSAFE),
                         "sk-" + _s(r, 20) + "T3BlbkFJ" + _s(r, 20)])
    if kind == "openai_svc":
        return "sk-svcacct-" + _s(r, 74, URLSAFE) + "T3BlbkFJ" + _s(r, 74, URLSAFE)
    if kind == "anthropic":
        return "sk-ant-api03-" + _s(r, 93, URLSAFE) + "AA"
    if kind == "ghp":
        return r.choice(["ghp_", "ghs_", "ghu_"]) + _s(r, 36)
    if kind == "gho":
        return "gho_" + _s(r, 36)
    if kind == "github_pat":
        return "github_pat_11" + _s(r, 20, string.ascii_uppercase + string.digits) + "_" + _s(r, 59)
    if kind == "glpat":
        return "glpat-" + _s(r, 20, URLSAFE)
    if kind == "slack_bot":
        return f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{_s(r, 24)}"
    if kind == "slack_user":
        return f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{_s(r, 32, HEX)}"
    if kind == "stripe":
        return "sk_live_" + _s(r, r.choice([24, 99]))
    if kind == "stripe_rk":
        return "rk_live_" + _s(r, 99)
    if kind == "whsec":
        return "whsec_" + _s(r, 32)
    if kind == "google":
        return "AIza" + _s(r, 35, URLSAFE)
    if kind == "sendgrid":
        return f"SG.{_s(r, 22, URLSAFE)}.{_s(r, 43, URLSAFE)}"
    if kind in ("twilio", "datadog", "mailgun_hex"):
        return _s(r, 32, HEX)
    if kind == "hf":
        return "hf_" + _s(r, 34, string.ascii_letters)
    if kind == "npm":
        return "npm_" + _s(r, 36)
    if kind == "pypi":
        return "pypi-AgEIcHlwaS5vcmc" + _s(r, 150, URLSAFE)
    if kind == "do":
        return "dop_v1_" + _s(r, 64, HEX)
    if kind == "shopify":
        return r.choice(["shpat_", "shpss_"]) + _s(r, 32, HEX)
    if kind == "mailgun":
        return "key-" + _s(r, 32, HEX)
    if kind == "telegram":
        return f"{r.randint(10**9, 8 * 10**9)}:AA{_s(r, 33, URLSAFE)}"
    if kind == "discord":
        return f"{_b64url(str(r.randint(10**17, 10**18)).encode())}.{_s(r, 6, URLSAFE)}.{_s(r, 38, URLSAFE)}"
    if kind == "azure_key":
        return base64.b64encode(r.randbytes(64)).decode()
    if kind == "openrouter":
        return "sk-or-v1-" + _s(r, 64, HEX)
    if kind == "groq":
        return "gsk_" + _s(r, 52)
    if kind == "replicate":
        return "r8_" + _s(r, 37)
    if kind == "notion":
        return r.choice(["secret_" + _s(r, 43), "ntn_" + _s(r, 46)])
    if kind == "linear":
        return "lin_api_" + _s(r, 40)
    if kind == "airtable":
        return f"pat{_s(r, 14)}.{_s(r, 64, HEX)}"
    if kind == "figma":
        return "figd_" + _s(r, 40, URLSAFE)
    if kind == "postman":
        return f"PMAK-{_s(r, 24, HEX)}-{_s(r, 34, HEX)}"
    if kind == "vault":
        return "hvs." + _s(r, 24)
    if kind == "cloudflare":
        return _s(r, 40, URLSAFE)
    if kind == "square":
        return "EAAA" + _s(r, 60, URLSAFE)
    if kind == "age":
        return "AGE-SECRET-KEY-1" + _s(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
    if kind == "wg":
        return base64.b64encode(r.randbytes(32)).decode()
    if kind == "xai":
        return "xai-" + _s(r, 80)
    if kind == "perplexity":
        return "pplx-" + _s(r, 48)
    if kind == "deepseek":
        return "sk-" + _s(r, 32, HEX)
    if kind == "mistral":
        return _s(r, 32)
    if kind == "jwt":
        return make_jwt(r, sub)
    if kind == "dropbox":
        return "sl.B" + _s(r, 135, URLSAFE)
    raise KeyError(kind)


_PW_WORDS = ["Sommer", "Regenbogen", "soleil", "Primavera", "tulipan", "Kaffee", "dragon", "Zuzia", "Hannibal", "marmotte", "Laranja",
             "Kotek", "Blåbær", "Mustikka", "Papagei", "Gwiazda", "Tigre", "Fenix", "Schalke", "Lakers", "Pikachu", "Kardelen"]


def make_password(r: random.Random, style: str = "") -> str:
    style = style or r.choice(["word", "word", "random", "random", "phrase", "wifi"])
    if style == "word":
        return f"{r.choice(_PW_WORDS)}{r.choice(['', '_', '.', '!'])}{r.randint(1, 2025)}{r.choice(['', '!', '#', '$', '?'])}"
    if style == "random":
        return _s(r, r.randint(12, 24), AN + "!@#%^&*-_=+")
    if style == "phrase":
        words = ["correct", "lantern", "otter", "violet", "gravel", "copper", "maple", "harbor", "orbit", "pebble", "zebra", "walnut"]
        return r.choice(["-", " ", "."]).join(r.sample(words, 4)) + str(r.randint(1, 99))
    if style == "wifi":
        return r.choice([_s(r, 16, string.ascii_lowercase + string.digits), f"{r.choice(_PW_WORDS)}{r.randint(1000, 9999)}{r.choice(_PW_WORDS).lower()}"])
    if style == "url":  # safe inside a URL without escaping
        return _s(r, r.randint(12, 22), AN + "-_.~")
    raise KeyError(style)


# ---------------------------------------------------------------------------------------------------------------
# One prompt being rendered.
# ---------------------------------------------------------------------------------------------------------------

_TLD = {"US": "com", "GB": "co.uk", "IE": "ie", "CA": "ca", "AU": "com.au", "NZ": "co.nz", "IN": "in", "ZA": "co.za", "SG": "com.sg",
        "BR": "com.br", "MX": "com.mx", "AR": "com.ar", "TR": "com.tr", "GR": "gr", "UA": "com.ua"}
_PERSON_KINDS = ("name", "first", "last", "initial", "rev", "email", "wemail", "phone", "dob", "natid", "ssn", "purl", "addr",
                 "card", "iban", "handle")
_CASE = ("uc", "lc")


class Context:
    """One prompt: its locale, its people (the same each time a template names them), and a random source."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.country = locale.split("-")
        self.people: dict[int, Person] = {}
        self.cache: dict[str, Parts] = {}
        self.town = rng.choice(PEOPLE[self.country][3].split("|"))

    def person(self, i: int, sex: str | None = None, kid: bool | str = False) -> Person:
        if i not in self.people:
            self.people[i] = Person(self.rng, self.country, sex, kid)
        return self.people[i]

    def org(self, key: str) -> str:
        k = "org" + key
        if k not in self.cache:
            self.cache[k] = [(make_org(self.rng, self.lang if self.lang in _ORG_PATTERNS else "en", self.country, self.town), "ORGANIZATION")]
        return self.cache[k][0][0]


def _domain_of(org: str, country: str) -> str:
    legal = {"gmbh", "ltd", "sarl", "sl", "srl", "bv", "ab", "as", "aps", "oy", "ehf", "sro", "kft", "bt", "ltda", "lda", "spzoo", "sp",
             "z", "oo", "o", "oe", "doo", "uab", "sia", "ou", "eood", "ооо", "тов", "and", "&", "y", "és", "s.r.o.", "d.o.o.", "şti", "ltd.",
             "construct", "s.r.l.", "sp.", "o.o.", "b.v.", "ο.ε."}
    words = [w for w in ascii_fold(org.replace("&", " ").replace("«", " ").replace("»", " ").replace("„", " ").replace("“", " ")).lower().split()
             if w.strip(".") not in legal and w not in legal]
    base = "-".join(w.strip(".'") for w in words[:3] if w.strip(".'")) or "office"
    return f"{base}.{_TLD.get(country, country.lower())}"


def _person_value(ctx: Context, kind: str, p: Person, i: int, args: list[str]) -> Parts:
    r = ctx.rng
    if kind == "name":
        return [(p.full, "PERSON")]
    if kind == "first":
        return [(p.first, "PERSON")]
    if kind == "last":
        return [(p.last, "PERSON")]
    if kind == "initial":
        return [(f"{p.first[0]}. {p.last}", "PERSON")]
    if kind == "rev":
        return [(p.last, "PERSON"), (", ", None), (p.first, "PERSON")]
    key = f"{kind}{i}:{':'.join(a for a in args if a not in _CASE)}"
    if key in ctx.cache:
        return ctx.cache[key]
    first, last = _slug(p.first.split()[0]), _slug(p.last)
    if kind == "email":
        domain = r.choice(_MAIL[p.country].split("|"))
        local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{r.randint(1, 99)}", f"{first}_{last}{r.randint(70, 99)}",
                          f"{last}.{first}", f"{first}.{last}{r.randint(1, 9)}"])
        out: Parts = [(f"{local}@{domain}", "EMAIL")]
    elif kind == "wemail":
        local = r.choice([f"{first}.{last}", f"{first[0]}.{last}", first, f"{first[0]}{last}"])
        out = [(f"{local}@{_domain_of(ctx.org(''), ctx.country)}", "EMAIL")]
    elif kind == "phone":
        out = [(make_phone(r, p.country, next((a for a in args if a in ("intl", "e164", "land")), "")), "PHONE")]
    elif kind == "dob":
        out = [(write_date(r, ctx.lang, ctx.country, p.dob, next((a for a in args if a in ("iso", "num", "long", "short")), "")),
                "DATE_OF_BIRTH")]
    elif kind == "natid":
        out = [(make_natid(r, p.country, p), "NATIONAL_ID")]
    elif kind == "ssn":
        out = [(make_ssn(r), "US_SSN")]
    elif kind == "addr":
        town = ctx.town if i == 1 else r.choice(PEOPLE[p.country][3].split("|"))
        out = [(write_address(r, p.country, town), "ADDRESS")]
    elif kind == "card":
        out = [(make_card(r, next((a for a in args if a in ("visa", "mc", "amex", "disc", "maestro")), "")), "CREDIT_CARD")]
    elif kind == "iban":
        out = [(make_iban(r, p.country, True if "compact" in args else False if "spaced" in args else None), "IBAN")]
    elif kind == "handle":  # a username on its own: not labelled (fresh5's convention)
        out = [(r.choice([f"{first}{last[:1]}", f"{first}_{r.randint(10, 99)}", f"{first[0]}{last}"]), None)]
    else:  # purl
        slug = f"{first}-{last}"
        site = {"DE": "xing", "AT": "xing", "CH": "xing", "RU": "vk", "UA": "vk"}.get(p.country, "")
        choices = [f"https://www.linkedin.com/in/{slug}-{_s(r, 8, string.ascii_lowercase + string.digits)}",
                   f"https://github.com/{first}{last[:3]}", f"https://{first}{last}.{r.choice(['dev', 'me', 'net'])}",
                   f"https://calendly.com/{slug}/{r.choice(['30min', 'intro', 'consultation'])}", f"https://www.instagram.com/{first}.{last}/",
                   f"https://www.facebook.com/profile.php?id={_s(r, 15, string.digits)}", f"https://orcid.org/0000-000{r.randint(1, 3)}-{_s(r, 4, string.digits)}-{_s(r, 4, string.digits)}",
                   f"https://www.dropbox.com/scl/fi/{_s(r, 25, string.ascii_lowercase + string.digits)}/{last}_CV.pdf?rlkey={_s(r, 25, string.ascii_lowercase + string.digits)}&dl=0",
                   f"https://drive.google.com/file/d/1{_s(r, 32, URLSAFE)}/view?usp=sharing", f"https://www.strava.com/athletes/{_s(r, 8, string.digits)}"]
        if site == "xing":
            choices.append(f"https://www.xing.com/profile/{ascii_fold(p.first.split()[0])}_{ascii_fold(p.last).replace(' ', '')}")
        if site == "vk":
            choices.append(f"https://vk.com/{first}.{last}")
        out = [(r.choice(choices), "URL")]
    ctx.cache[key] = out
    return out


_NEG: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: r.choice(["#", "ORD-", "INV-", "A", "", "TKT-", "RMA-", "SO"]) + _s(r, r.choice([6, 7, 8, 10]), string.digits),
    "ticket": lambda r: f"{r.choice(['INC', 'REQ', 'HD', 'SUP', 'JIRA-'])}{_s(r, r.choice([5, 6, 7]), string.digits)}",
    "sha": lambda r: _s(r, r.choice([7, 8, 12, 40]), HEX),
    "sha256": lambda r: _s(r, 64, HEX), "md5": lambda r: _s(r, 32, HEX),
    "uuid": lambda r: "-".join(_s(r, n, HEX) for n in (8, 4, 4, 4, 12)),
    "ver": lambda r: f"{r.choice(['', 'v'])}{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
    "price": lambda r: r.choice(["$", "€", "£", ""]) + f"{r.randint(3, 2400)}.{r.randint(0, 99):02d}",
    "time": lambda r: f"{r.randint(7, 21)}:{r.choice(['00', '15', '30', '45'])}",
    "docip4": lambda r: f"{r.choice(['192.0.2', '198.51.100', '203.0.113'])}.{r.randint(1, 254)}",
    "docip6": lambda r: f"2001:db8:{r.choice(['', f'{r.randint(1, 0xffff):x}:'])}:{r.randint(1, 0xff):x}",
    "resolver": lambda r: r.choice(["1.1.1.1", "8.8.8.8", "9.9.9.9", "8.8.4.4", "1.0.0.1", "2001:4860:4860::8888"]),
    "ph": lambda r: r.choice(["sk-...", "sk-xxxxxxxxxxxxxxxxxxxxxxxx", "<YOUR_API_KEY>", "${OPENAI_API_KEY}", "YOUR_TOKEN_HERE", "********",
                              "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "<password>", "changeme", "ghp_xxxxxxxxxxxxxxxxxxxx",
                              "{{ secrets.API_TOKEN }}", "REPLACE_ME", "os.getenv(\"STRIPE_KEY\")", "$DB_PASSWORD", "sk_test_…"]),
    "testcard": lambda r: r.choice(["4242 4242 4242 4242", "4111 1111 1111 1111", "5555 5555 5555 4444", "3782 822463 10005",
                                    "4000 0566 5566 5556", "6011 1111 1111 1117"]),
    "exemail": lambda r: r.choice(["user@example.com", "jane.doe@example.org", "test@example.net", "admin@example.com", "you@example.com"]),
    "docurl": lambda r: r.choice(["https://docs.python.org/3/library/ipaddress.html", "https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers",
                                  "https://www.rfc-editor.org/rfc/rfc5737", "https://kubernetes.io/docs/concepts/configuration/secret/",
                                  "https://docs.github.com/en/authentication", "https://learn.microsoft.com/en-us/windows/wsl/install",
                                  "https://en.wikipedia.org/wiki/IPv6_address", "https://nginx.org/en/docs/http/ngx_http_realip_module.html"]),
    "mac": lambda r: ":".join(_s(r, 2, HEX) for _ in range(6)),
    "wgpub": lambda r: base64.b64encode(r.randbytes(32)).decode(),
    "formname": lambda r: r.choice(["John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "Jan Kowalski", "Mario Rossi",
                                    "Jean Dupont", "Juan Pérez", "Fulano de Tal", "Ivan Ivanov", "Joe Bloggs", "Jan Jansen"]),
}


def _split(slot: str) -> tuple[str, int, list[str], str]:
    key = ""
    if "@" in slot:
        slot, key = slot.split("@", 1)
    head, *args = slot.split(":")
    idx = 1
    if head and head[-1].isdigit() and head[:-1] in _PERSON_KINDS:
        head, idx = head[:-1], int(head[-1])
    return head, idx, args, key


def _case(parts: Parts, args: list[str]) -> Parts:
    if "uc" in args:
        return [(t.upper(), e) for t, e in parts]
    if "lc" in args:
        return [(t.lower(), e) for t, e in parts]
    return parts


def fill(ctx: Context, slot: str) -> Parts:
    """The parts one slot renders to: (text, TYPE or None). Raises KeyError for a slot this set does not have."""
    r = ctx.rng
    if slot in ("lb", "rb"):
        return [("{" if slot == "lb" else "}", None)]
    kind, idx, args, key = _split(slot)
    if kind in _PERSON_KINDS:
        sex = "f" if "f" in args else "m" if "m" in args else None
        p = ctx.person(idx, sex, "baby" if "baby" in args else "kid" in args)
        return _case(_person_value(ctx, kind, p, idx, args), args)
    cache_key = f"{kind}:{':'.join(a for a in args if a not in _CASE)}@{key}"
    if cache_key in ctx.cache:
        return _case(ctx.cache[cache_key], args)
    seen = {t for parts in ctx.cache.values() for t, _ in parts}
    out: Parts
    for _ in range(20):  # a different value under each @key
        if kind == "town":
            town = ctx.town if not key else r.choice(PEOPLE[ctx.country][3].split("|"))
            out = [(town, "LOCATION")]
        elif kind == "org":
            out = [(ctx.org(key), "ORGANIZATION")]
        elif kind == "date":
            fixed = [a for a in args if a in ("iso", "num", "long", "short")]
            out = [(write_date(r, ctx.lang, ctx.country, _day_in(r, 2024, 2026), fixed[0] if fixed else ""), "DATE")]
        elif kind == "ip":
            out = [(make_ip(r, args[0] if args else "any"), "IP_ADDRESS")]
        elif kind == "tok":
            name = ctx.people[1].full if 1 in ctx.people else ""
            out = [(make_token(r, args[0] if args else "", name), "SECRET")]
        elif kind == "pw":
            out = [(make_password(r, args[0] if args else ""), "SECRET")]
        elif kind == "cred":
            user = args[0] if args else r.choice(["app", "admin", "svc_backup", "reporting", "deploy"])
            if user == "name":
                user = _slug(ctx.person(1).first)
            out = [(f"{user}:{make_password(r, 'url')}", "SECRET")]
        elif kind == "basic":
            user = args[0] if args else _slug(ctx.person(1).first)
            out = [(base64.b64encode(f"{user}:{make_password(r, 'url')}".encode()).decode(), "SECRET")]
        elif kind == "pem":
            out = [(make_pem(r, args[0] if args else ""), "SECRET")]
        elif kind == "slackhook":
            out = [(f"https://hooks.slack.com/services/T{_s(r, 8, string.ascii_uppercase + string.digits)}/B{_s(r, 10, string.ascii_uppercase + string.digits)}/", None),
                   (_s(r, 24), "SECRET")]
        elif kind == "discordhook":
            out = [(f"https://discord.com/api/webhooks/{r.randint(10**17, 10**18)}/", None), (_s(r, 68, URLSAFE), "SECRET")]
        elif kind == "x":
            out = [(_NEG[args[0]](r), None)]
        elif kind == "n":  # a small count or number that is nobody's data
            out = [(str(r.randint(int(args[0]), int(args[1]))), None)]
        else:
            raise KeyError(slot)
        if not key or not any(t in seen for t, e in out if e):
            break
    ctx.cache[cache_key] = out
    return _case(out, args)


# ---------------------------------------------------------------------------------------------------------------
# Templates: (lang, text). PII first, then hard negatives, then clean prompts.
# ---------------------------------------------------------------------------------------------------------------

FRESH10_PII: list[tuple[str, str]] = [
    # --- English: personal affairs -------------------------------------------------------------------------------
    ("en", ("I'm house-sitting for {name} in {town} from {date:short} while she's away. Her notes: alarm code is the year the house "
           "was built, wifi is \"{first}-home\" / {pw:wifi}, vet is {org}, and her sister's number is {phone2}. Can you turn this into "
           "a tidy checklist?")),
    ("en", ("Can you make this scholarship application sound more confident?\n\nName: {name}\nDate of birth: {dob}\nEmail: {email}\n"
           "Phone: {phone}\nHome address: {addr}\nCurrent school: {org}\nI want to study engineering because my dad fixed every "
           "tractor in {town} and I watched him do it.")),
    ("en-US", ("Help me write a reply to the jury summons. Juror: {name}, SSN {ssn}, DOB {dob}, {addr}. I have a surgery "
              "booked on {date} and I'd like to ask for a deferral to the next term.")),
    ("en-US", ("my ex filed our taxes jointly without asking. her ssn is {ssn2} and mine is {ssn}. im {name} and shes {name2:f}. "
              "how do i report this to the IRS??")),
    ("en-US", ("Please check this W-4 summary before I send it to payroll at {org}:\nEmployee: {rev}\nSSN: {ssn}\nAddress: {addr}\n"
              "Start date: {date}\nDirect deposit: routing 0{n:10000000:99999999}, card on file {card:visa} for reimbursements.")),
    ("en-US", ("Dependent info for open enrollment: spouse {name2} (DOB {dob2}, SSN {ssn2}); child {first3:kid} {last} (DOB {dob3:kid}, SSN {ssn3}). "
              "Mine is {ssn}. Which plan makes sense if we're in {town}?")),
    ("en-US", ("My mom {name:f} lost her wallet at the mall in {town}. Her Visa ending in the number below is already frozen, but I need a "
              "checklist for everything else. Card: {card}, SSN card {ssn}, license with address {addr}.")),
    ("en", ("Write a polite note to our new flatmate {first2}. Rent goes to {name}, IBAN {iban}, by the 1st. The landlord is "
           "{name3} ({phone3}) and the bin collection is Tuesday. Wi-Fi: network \"FRITZ!Box 7590 XQ\", password {pw:wifi}.")),
    ("en", ("Secret Santa for the {org} office! {name} ({email}) → {name2}, {name2} ({email2}) → {name3}, {name3} ({email3}) → {name}. "
           "Can you write the email that tells each person who they're buying for without cc'ing everyone?")),
    ("en", ("Reunion planning: can you turn this into a nice invite? Class of '09 from {org}. RSVPs so far: {name} ({phone}), "
           "{name2} ({email2}), {initial3} from {town@b}. Venue booked for {date:long}, 7pm, £{n:20:45} a head.")),
    ("en", ("hi, I hit a parked car in {town} this morning and left a note. the owner {name2} texted from {phone2}. my details: "
           "{name}, {addr}, ID no. {natid}, policy with {org}. what should I write in the claim form?")),
    ("en", ("Can you help me write a sick note email to my manager {first2}? I'm {name} in accounts at {org}. Doctor signed me off "
           "from {date} to {date@b}. My personal phone if they need me: {phone}.")),
    ("en", ("Proofread my CV header please:\n\n{name:uc}\n{addr}\n{phone} · {email}\n{purl}\n\nPROFILE\nLogistics coordinator with "
           "six years at {org} in {town}...")),
    ("en", ("Expense claim for the {town} trip, please format as a table: hotel £{n:80:190}.00 on {date}, taxi £{n:10:40}.50, "
           "dinner with client {name2} from {org}. Reimburse to {name}, {iban}.")),
    ("en", ("We're selling my late father's car privately. Draft a simple sale agreement: seller {name} ({natid}, {addr}); buyer "
           "{name2}, phone {phone2}, email {email2}. Sale date {date}, price {x:price}, paid by transfer to {iban}.")),
    ("en", ("Baby announcement, can you make it sweet but short? {first:baby:f} {last} arrived on {dob:baby} at {org}, weighing 3.4 kg. "
           "Proud parents {name2} and {name3}. Cards to {addr2} please!")),
    ("en", ("I found this in a lost wallet on the bus in {town}: driving licence for {name}, born {dob}, {addr}, plus a bank card "
           "{card}. What's the right way to hand it in?")),
    ("en", ("Help me answer this au pair applicant. She wrote: \"Hi, I'm {name:f} from {town}, born {dob}, you can reach me at "
           "{phone:intl} or {email}. My references are {name2} ({phone2}).\" We're a family in {town@b}.")),
    ("en", ("{org} parents' WhatsApp — can you summarise who's driving for the swim gala on {date:short}?\n[07:41] {name}: I can take 3 kids, "
           "leaving from {addr}\n[07:45] {name2}: {first3} and mine need a lift, call me {phone2}\n[07:52] {name3}: will drop mine off myself")),
    ("en", ("Please translate to German for the landlord: \"My name is {name}, I moved out of {addr} on {date}. Please return my "
           "deposit to {iban} ({name}). You can reach me on {phone:intl}.\"")),
    ("en", ("I'm writing a character reference for {name2}, who's up before the court in {town} on {date}. I'm {name}, "
           "{first2}'s football coach at {org} for 5 years. Contact: {email}, {phone}. Can you help with the wording?")),
    ("en", ("Lost luggage claim — help me fill it in. Passenger {name}, born {dob}, ID no. {natid}, home {addr}, "
           "mobile {phone}, email {email}. Flight landed on {date}.")),
    ("en", ("Please summarise this thread from {org}'s HR system:\nFrom: {wemail}\nTo: {email2}\nSubject: Parental leave from {date}\n"
           "Hi {first2}, I'd like to start parental leave on {date@b}. Cover will be {name3} ({phone3}). Thanks, {first}")),
    ("en-IN", ("Sir, kindly help me draft a KYC update letter to {org}. Name: {name}, Aadhaar {natid}, DOB {dob}, address {addr}, "
              "mobile {phone}, email {email}. Old account statement was going to my previous address in {town@b}.")),
    ("en-GB", ("Could you help me appeal this parking fine? Vehicle keeper Ms {name:f}, {addr}. I was dropping my mum {name2:f} "
              "at {org} on {date} and the machine was broken. Ref {x:order}.")),
    ("en-XX", ("I'm an expat in {town} and my landlord {name2} sent this in the local language: can you explain it? It mentions my ID {natid}, "
              "my date of birth {dob}, and wants the deposit paid to {iban}. My number here is {phone}.")),
    ("en", ("Tutoring invoice for {name2}'s son, please make it professional: Tutor {name}, {addr}, {email}. Lessons on {date}, "
           "{date@b} and {date@c}, {n:4:8} hours at {x:price}/h. Pay to {iban} or by card over the phone {phone}.")),
    ("en", ("Help me sort these emergency contacts for the summer camp form:\n- Camper: {first:kid} {last}, DOB {dob:kid}\n- Mum: {name2:f}, "
           "{phone2}\n- Dad: {name3:m}, {phone3}\n- GP: {org}, {town}\n- Allergies: peanuts")),
    # --- English: IT help, configs, logs (secrets and addresses) --------------------------------------------------
    ("en", ("Helpdesk ticket {x:ticket} from {name} ({wemail}): \"I got locked out after the password reset. The temp one IT gave me "
           "was {pw}, I changed it to {pw@b} and now Outlook keeps asking. My laptop IP is {ip:priv}.\" Can you draft a reply?")),
    ("en", ("Welcome email draft for our new hire, check the tone:\n\nHi {first}, welcome to {org}! Your login is {handle} and your "
           "temporary password is {pw:random}. VPN gateway: {ip:pub}. Your buddy is {name2} ({wemail2}). First day {date}.")),
    ("en", ("My Synology isn't reachable from outside. Settings: DDNS {handle}-nas.synology.me, router WAN {ip:pub}, NAS at {ip:priv}:5001, "
           "admin / {pw}. Port 5001 is forwarded. What am I missing?")),
    ("en", ("ISP sent me these for the new router, which field is which?\nPPPoE username: {handle}@broadband\nPPPoE password: {pw:random}\n"
           "Static IP: {ip:pub}\nIPv6 prefix: {ip:v6}/56\nDNS: {x:resolver}")),
    ("en", ("The Reolink camera stream works in VLC but not in Frigate. I'm using rtsp://{cred:admin}@{ip:priv}:554/h264Preview_01_main "
           "— do I need to URL-encode something?")),
    ("en", ("FileZilla export from my old laptop, how do I import it?\n<Server>\n  <Host>{ip:pub}</Host>\n  <Port>21</Port>\n  "
           "<User>{handle}</User>\n  <Pass encoding=\"base64\">{basic}</Pass>\n</Server>")),
    ("en", ("Our printer's scan-to-email fails with 535 auth error. SMTP server smtp.office365.com, port 587, user {wemail}, "
           "password {pw}. Printer IP {ip:priv}. Is it because of 2FA?")),
    ("en", ("Why does `git push` still ask for a password? remote is https://{handle}:{tok:ghp}@github.com/{handle}/thesis.git "
           "and I'm on {x:ver} of git.")),
    ("en", ("Postman env export, can you convert to a .env file?\n{lb}\"values\": [{lb}\"key\": \"base_url\", \"value\": \"https://{ip:pub}:8443\"{rb}, "
           "{lb}\"key\": \"api_key\", \"value\": \"{tok:stripe}\"{rb}, {lb}\"key\": \"admin_email\", \"value\": \"{wemail}\"{rb}]{rb}")),
    ("en", ("gradle build fails on signing. gradle.properties:\nMYAPP_UPLOAD_STORE_FILE=release.keystore\nMYAPP_UPLOAD_KEY_ALIAS=upload\n"
           "MYAPP_UPLOAD_STORE_PASSWORD={pw}\nMYAPP_UPLOAD_KEY_PASSWORD={pw@b}\nError: Keystore was tampered with, or password was incorrect")),
    ("en", ("rclone says 'SignatureDoesNotMatch'. Config:\n[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = {tok:aws_id}\n"
           "secret_access_key = {tok:aws_secret}\nendpoint = s3.eu-central-1.wasabisys.com")),
    ("en", ("dbt can't connect, profiles.yml:\nanalytics:\n  outputs:\n    prod:\n      type: postgres\n      host: {ip:pub}\n"
           "      user: {handle}\n      password: \"{pw}\"\n      port: 5432\n      dbname: warehouse")),
    ("en", ("Which of these fail2ban entries should I worry about?\n{x:time}:02 fail2ban.actions [1123]: NOTICE [sshd] Ban {ip:pub}\n"
           "{x:time}:19 fail2ban.actions [1123]: NOTICE [sshd] Ban {ip:pub@b}\n{x:time}:44 fail2ban.actions [1123]: NOTICE [dovecot] Ban {ip:pub@c}\n"
           "{x:time}:51 fail2ban.actions [1123]: NOTICE [sshd] Unban {ip:pub}")),
    ("en", ("Apache log from our shop, is this a scan?\n{ip:pub} - - \"GET /wp-login.php HTTP/1.1\" 404 196\n{ip:pub} - - \"GET /.env HTTP/1.1\" 404 196\n"
           "{ip:v6} - - \"POST /xmlrpc.php HTTP/1.1\" 403 199\n{ip:pub@b} - {handle} \"GET /account HTTP/1.1\" 200 5120")),
    ("en", ("Wordfence emailed me this, should I be worried?\n\"A user with username '{handle}' ({email}) logged in from {ip:pub}. "
           "Previous login was from {ip:pub@b} in {town}.\" The site belongs to {org}.")),
    ("en", ("Windows Security log, event 4625 repeated all night:\nAccount Name: {handle}\nAccount Domain: DESKTOP-7QK2M1\nFailure Reason: "
           "Unknown user name or bad password.\nSource Network Address: {ip:pub}\nSource Port: 0\nWho is this?")),
    ("en", ("pfSense DHCP leases, which one is the unknown device?\n{ip:priv}  {x:mac} living-room-tv\n{ip:priv@b}  {x:mac@b} NPI4A2B\n"
           "{ip:priv@c}  {x:mac@c} (no hostname)\nAlso the WAN shows {ip:pub} and {ip:v6}.")),
    ("en", ("AWS VPC flow logs, explain the REJECT lines:\n2 {n:100000000000:999999999999} eni-0a1b2c {ip:pub} {ip:priv} 44321 22 6 3 180 REJECT OK\n"
           "2 {n:100000000000:999999999999} eni-0a1b2c {ip:pub@b} {ip:priv} 51812 3389 6 1 60 REJECT OK\n"
           "2 {n:100000000000:999999999999} eni-0a1b2c {ip:priv@b} {ip:pub@c} 443 50122 6 10 8400 ACCEPT OK")),
    ("en", ("tcpdump on the gateway shows this, is the printer phoning home?\nIP {ip:priv}.5353 > {ip:pub}.443: Flags [S], seq 0, length 0\n"
           "IP6 {ip:ll}.546 > ff02::1:2.547: dhcp6 solicit\nIP {ip:priv}.5353 > {ip:pub}.443: Flags [S], length 0")),
    ("en", ("I'm writing an abuse report to the ISP. Attacker {ip:pub} hit our mail server {ip:pub@b} {n:300:9000} times on {date}. "
           "Our contact is {name}, {wemail}, {phone}. Can you make it formal?")),
    ("en", ("Firebase keeps rejecting writes. My config:\nconst firebaseConfig = {lb}\n  apiKey: \"{tok:google}\",\n  authDomain: "
           "\"{handle}-app.firebaseapp.com\",\n  projectId: \"{handle}-app\"\n{rb};\nAdmin override token: {tok:jwt}")),
    ("en", ("Supabase edge function returns 401. I call it with\ncurl -H \"Authorization: Bearer {tok:jwt}\" https://{x:sha}.supabase.co/functions/v1/notify\n"
           "and the service key in .env is SUPABASE_SERVICE_ROLE_KEY={tok:jwt@b}")),
    ("en", ("msmtp says authentication failed. ~/.msmtprc:\naccount gmail\nhost smtp.gmail.com\nport 587\nfrom {email}\nuser {email}\n"
           "password {pw:random}\ntls on")),
    ("en", ("Jenkins migration: the old credentials.xml has\n<username>{handle}</username>\n<password>{pw}</password>\n<secret>{tok:glpat}</secret>\n"
           "<privateKey>{pem:openssh}</privateKey>\nHow do I move these into the new controller safely?")),
    ("en", ("Grafana datasource provisioning doesn't load:\ndatasources:\n  - name: Prod\n    type: mysql\n    url: {ip:priv}:3306\n    user: grafana\n"
           "    secureJsonData:\n      password: {pw}")),
    ("en", ("Airflow connection from our old box, can you convert it to a URI? conn_id=warehouse host={ip:pub} login=etl password={pw:url} port=5439. "
           "I think it's postgresql://{cred:etl}@{ip:pub}:5439/dev")),
    ("en", ("ESPHome secrets.yaml isn't picked up:\nwifi_ssid: \"{handle}_IoT\"\nwifi_password: \"{pw:wifi}\"\napi_encryption_key: \"{tok:wg}\"\n"
           "ota_password: \"{pw:random}\"\nThe device got {ip:priv} from DHCP.")),
    ("en", ("Asterisk sip.conf for the office phones, why won't ext 201 register?\n[201]\ntype=friend\nsecret={pw:random}\nhost=dynamic\n"
           "permit={ip:priv}/255.255.255.0\ncallerid=\"{name}\" <201>\nOur SIP trunk provider gave us {ip:pub}.")),
    ("en", ("cifs mount in /etc/fstab keeps failing:\n//{ip:priv}/share /mnt/nas cifs credentials=/root/.smbcred,vers=3.0 0 0\n"
           "and /root/.smbcred is:\nusername={handle}\npassword={pw}\ndomain=WORKGROUP")),
    ("en", ("Our CI pushes images with `docker login -u {handle} -p {tok:ghp} ghcr.io` and helm with "
           "`helm repo add internal https://charts.internal.io --username ci --password {pw:random}`. How do I stop leaking these in logs?")),
    ("en", ("kubectl create secret generic smtp --from-literal=user={wemail} --from-literal=password='{pw}' — the pod still gets "
           "auth failures from the relay at {ip:pub}. Any idea?")),
    ("en", ("mysqldump -h {ip:priv} -u backup -p'{pw}' --all-databases > all.sql works from the shell but not from cron. "
           "Also PGPASSWORD={pw@b} psql -h {ip:priv@b} -U app fails the same way.")),
    ("en", ("Our Slack alert bot stopped posting. Code:\nSLACK_WEBHOOK = \"{slackhook}\"\nTELEGRAM = \"https://api.telegram.org/bot{tok:telegram}/sendMessage\"\n"
           "Both were created by {name}, who left {org} last month.")),
    ("en", ("LLM proxy config, does this look right?\nproviders:\n  openai:\n    api_key: {tok:openai}\n  anthropic:\n    api_key: {tok:anthropic}\n"
           "  groq:\n    api_key: {tok:groq}\nlisten: {ip:priv}:4000\nadmin_key: {tok:openrouter}")),
    ("en", ("Composer asks for credentials every time. auth.json:\n{lb}\n  \"http-basic\": {lb} \"repo.packagist.com\": {lb} \"username\": \"token\", "
           "\"password\": \"{tok:mistral}\" {rb} {rb},\n  \"github-oauth\": {lb} \"github.com\": \"{tok:gho}\" {rb}\n{rb}")),
    ("en", ("Maven deploy 401s. settings.xml:\n<server>\n  <id>nexus</id>\n  <username>{handle}</username>\n  <password>{pw}</password>\n</server>\n"
           "Nexus runs at http://{ip:priv}:8081. Works with curl -u {handle}:{pw}.")),
    ("en", ("The WireGuard tunnel to my parents' house in {town} stopped working:\n[Interface]\nPrivateKey = {tok:wg}\nAddress = 10.8.0.2/24\n\n"
           "[Peer]\nPublicKey = {x:wgpub}\nEndpoint = {ip:pub}:51820\nAllowedIPs = {ip:priv}/32")),
    ("en", ("Plex and Jellyfin both broke after the router swap. Plex URL: http://{ip:priv}:32400/library/sections?X-Plex-Token={tok:mistral} "
           "and Jellyfin api key {tok:twilio}. New router gave the server {ip:priv@b}, IPv6 {ip:v6}.")),
    ("en", ("Can you decode this for me? Someone sent it in our team chat: Authorization: Basic {basic} — is that the password for "
           "{name}'s account? We also saw {tok:notion} pasted there.")),
    ("en", ("Here's the netstat from the compromised box, which connections look wrong?\ntcp  0  0 {ip:priv}:22   {ip:pub}:51234  ESTABLISHED\n"
           "tcp  0  0 {ip:priv}:443  {ip:pub@b}:60412 ESTABLISHED\nand from ss:\nESTAB 0 0 [{ip:v6}]:22 [{ip:v6@b}]:40022")),
    ("en", ("Mosquitto bridge to the cloud broker isn't connecting:\nconnection cloud\naddress {ip:pub}:8883\nremote_username {handle}\n"
           "remote_password {pw}\nbridge_cafile /etc/mosquitto/ca.crt")),
    ("en", ("Our .pgpass and .netrc got committed by accident:\n{ip:priv}:5432:*:postgres:{pw}\nmachine api.payroll-cloud.com login {wemail} password {tok:linear}\n"
           "How do I scrub them from git history?")),
    ("en", ("The Stripe webhook handler fails signature checks. STRIPE_SECRET={tok:stripe} and STRIPE_WEBHOOK_SECRET={tok:whsec}; "
           "requests come from {ip:pub}. Customer in the failing event: {email}.")),
    ("en", "App Store Connect key for fastlane, is this the right format?\nkey_id: {x:order}\nissuer_id: {x:uuid}\nkey: |\n{pem:ec}"),
    # --- Other languages ---------------------------------------------------------------------------------------
    ("de", ("Kannst du diese Vollmacht für die Kfz-Zulassung prüfen? Ich, {name}, geb. am {dob}, wohnhaft {addr}, bevollmächtige "
           "{name2}, Tel. {phone2}, mein Fahrzeug am {date} in {town} zuzulassen. Steuer- bzw. Sozialversicherungsnummer: {natid}, Lastschrift von {iban}.")),
    ("de", ("Hilfe beim Router: Zugangsdaten der Telekom\nAnschlusskennung: {n:100000000000:999999999999}\nPersönliches Kennwort: {pw}\n"
           "Feste IP: {ip:pub}\nDas NAS von {first} hängt auf {ip:priv}. Wie richte ich die Portfreigabe ein?")),
    ("de", ("Bitte formuliere eine Kündigung meines Fitnessstudio-Vertrags bei {org}: Mitglied {name}, {addr}, geboren {dob}, "
           "Kündigung zum {date}. Beiträge bitte nicht mehr von {iban} abbuchen. Rückfragen an {email}.")),
    ("fr", ("Peux-tu rédiger une autorisation de sortie scolaire ? L'élève {first:kid} {last}, né(e) le {dob:kid}, participera au voyage "
           "du {date}. Responsable légal : {name2}, {addr}, tél. {phone2}, courriel {email2}. École : {org}.")),
    ("fr", ("Ma config Nextcloud ne marche plus après le déménagement à {town} :\n'dbhost' => '{ip:priv}',\n'dbuser' => 'nc',\n"
           "'dbpassword' => '{pw}',\n'mail_smtppassword' => '{pw@b}',\nIP publique de la box : {ip:pub}. Mot de passe admin : {pw@c}")),
    ("fr", ("Bonjour, aide-moi à demander le remboursement de ma caution. Locataire : {name}, {addr}. Sortie le {date}. "
           "Numéro de sécurité sociale {natid}. Virement sur {iban}. Merci de me joindre au {phone}.")),
    ("es", ("¿Me ayudas con el contrato de subarriendo? Arrendador: {name}, documento {natid}, domicilio {addr}. Subarrendataria: {name2:f}, "
           "tel. {phone2}, correo {email2}. Desde el {date} hasta el {date@b}. Fianza a la cuenta {iban}.")),
    ("es", ("No consigo conectar la cámara del garaje: rtsp://{cred:admin}@{ip:pub}:554/Streaming/Channels/101. La IP local es "
           "{ip:priv} y la contraseña del router es {pw}. ¿Qué reviso?")),
    ("es", ("Resume este chat del grupo de padres de {org}:\n{first}: el autobús sale el {date:short} a las {x:time}\n{first2}: mi hijo va, "
           "mi móvil es {phone2}\n{first3}: ¿quién recoge a los niños en {town}?")),
    ("it", ("Puoi scrivere una delega per il ritiro del passaporto di mio figlio? Io sottoscritto {name:m}, nato il {dob}, codice fiscale "
           "{natid}, residente in {addr}, delego {name2}, tel. {phone2}, al ritiro presso la Questura di {town} il {date}.")),
    ("it", ("Ho configurato Home Assistant ma l'integrazione del NAS non va:\nhost: {ip:priv}\nusername: {handle}\npassword: {pw}\n"
           "E il token a lungo termine: {tok:jwt}. Il DDNS punta a {ip:pub}.")),
    ("nl", ("Kun je deze machtiging voor de contributie van koor {org} controleren? Lid: {name}, {addr}, geboren {dob}. "
           "IBAN: {iban}. Incasso vanaf {date}. Contact: {email}, {phone}.")),
    ("nl", ("Mijn Raspberry Pi VPN werkt niet buiten de deur. Publiek IP {ip:pub}, Pi op {ip:priv}, IPv6 {ip:v6}. In de config staat "
           "PrivateKey = {tok:wg} en de admin-pagina heeft wachtwoord {pw}.")),
    ("pt", ("Ajuda-me a preencher o pedido de troca da carta de condução: {name}, NIF {natid}, nascido a {dob}, morada {addr}, "
           "telemóvel {phone}, email {email}. Entreguei os documentos no dia {date}.")),
    ("pt-BR", ("Me ajuda a revisar esse currículo? {name:uc}\n{addr}\nCelular: {phone} | E-mail: {email}\nCPF: {natid}\nNascimento: {dob}\n"
              "LinkedIn: {purl}\nExperiência: analista na {org} em {town}.")),
    ("pt-BR", ("O backup do servidor parou. No crontab tem: restic -r s3:https://s3.backup-br.com/srv backup /srv com "
              "RESTIC_PASSWORD={pw} e AWS_ACCESS_KEY_ID={tok:aws_id}, AWS_SECRET_ACCESS_KEY={tok:aws_secret}. O servidor é {ip:pub}.")),
    ("pl", ("Pomóż mi napisać wniosek o urlop rodzicielski. Pracownik: {name}, PESEL {natid}, zam. {addr}. Dziecko: {first2:kid} {last}, "
           "ur. {dob2:kid}. Urlop od {date}. Pracodawca: {org}.")),
    ("pl", ("Kamera w sklepie w {town} nie łączy się z rejestratorem. Rejestrator: {ip:priv}, login admin, hasło: {pw}. "
           "Zdalnie przez {ip:pub}:8000. Klucz do chmury: {tok:cloudflare}")),
    ("sv", ("Kan du hjälpa mig skriva till försäkringskassan? Jag heter {name}, personnummer {natid}, bor på {addr}. "
           "Min dotter {first2:kid:f} föddes {dob2:kid}. Nås på {phone} eller {email}.")),
    ("no", ("Kan du sette opp en avtale for hytteleie? Utleier {name}, fødselsnummer {natid}, {addr}. Leietaker {name2}, tlf {phone2}. "
           "Fra {date} til {date@b}. Depositum til konto {iban}. Wifi-passord på hytta: {pw:wifi}")),
    ("da", ("Hjælp mig med en klage over mobilabonnementet hos {org}. Jeg er {name}, CPR {natid}, {addr}. Opsagt {date}, men der "
           "trækkes stadig fra {iban}. Tlf. {phone}.")),
    ("fi", ("Voitko tarkistaa tämän vuokrasopimuksen tiedot? Vuokralainen {name}, henkilötunnus {natid}, puhelin {phone}, sähköposti "
           "{email}. Osoite {addr}. Alkaa {date}. Vuokranantaja {name2}.")),
    ("is", ("Geturðu hjálpað mér að skrifa umsókn? Ég heiti {name}, kennitala {natid}, bý á {addr}. Sími {phone}, netfang {email}. "
           "Fæðingardagur {dob}.")),
    ("cs", ("Pomůžeš mi s přihláškou do autoškoly {org}? Jméno: {name}, rodné číslo {natid}, narozen(a) {dob}, bydliště {addr}, "
           "telefon {phone}, e-mail {email}. Začátek kurzu {date}.")),
    ("sk", ("Router od operátora: PPPoE meno {handle}@isp, heslo {pw}. Verejná IP {ip:pub}, kamera na {ip:priv}. Prečo sa "
           "neviem pripojiť zvonku? Kontakt na technika: {name2}, {phone2}.")),
    ("hu", ("Segítenél megírni a meghatalmazást? Alulírott {name}, született {dob}, TAJ-szám {natid}, lakcím {addr}, meghatalmazom "
           "{name2} (tel.: {phone2}) az ügyintézésre {date} napján. Bankszámla: {iban}.")),
    ("ro", ("Ajută-mă să completez formularul de înscriere la {org}: nume {name}, CNP {natid}, născut(ă) la {dob}, adresa {addr}, "
           "telefon {phone}, email {email}. Plata se face din contul {iban}.")),
    ("tr", ("Bu kargo şikâyetini düzenler misin? Gönderen: {name}, T.C. Kimlik No {natid}, adres {addr}, tel {phone}. "
           "Paket {date} tarihinde {town} şubesinde kaybolmuş. İade için IBAN: {iban}.")),
    ("tr", ("Sunucuya SSH ile giremiyorum. Sunucu IP: {ip:pub}, kullanıcı deploy, şifre: {pw}. Modemdeki IPv6 adresi {ip:v6}. "
           "Ayrıca GitHub token'ım {tok:ghp}, onu da değiştirmem lazım mı?")),
    ("el", ("Μπορείς να μου γράψεις μια αίτηση για την άδεια ανατροφής; Ονοματεπώνυμο: {name}, ΑΜΚΑ {natid}, ημερομηνία γέννησης {dob}, "
           "διεύθυνση {addr}, τηλέφωνο {phone}, email {email}. Εργοδότης: {org}, από {date}.")),
    ("el", ("Ο διακομιστής του γραφείου μας στη {town} δεν απαντά. Δημόσια IP {ip:pub}, εσωτερική {ip:priv}, χρήστης admin, κωδικός "
           "{pw}. Το VPN κλειδί είναι {tok:wg}.")),
    ("ru", ("Помоги составить заявление на возврат депозита. Я, {name}, ИНН {natid}, дата рождения {dob}, проживаю по адресу {addr}. "
           "Договор расторгнут {date}. Телефон {phone}, почта {email}.")),
    ("ru", ("Не работает подключение к базе: postgresql://{cred:app}@{ip:pub}:5432/shop, а в .env ещё SECRET_KEY={tok:mistral} и "
           "пароль администратора {pw}. Сервер в {town}, IPv6 {ip:v6}.")),
    ("uk", ("Допоможи написати заяву до ЦНАП. Я, {name}, РНОКПП {natid}, дата народження {dob}, адреса {addr}, телефон {phone}. "
           "Прошу видати довідку до {date}.")),
    ("uk", ("Налаштовую MikroTik для офісу у {town}: WAN {ip:pub}, LAN {ip:priv}, пароль адміністратора {pw}, PPPoE пароль {pw@b}. "
           "Ключ API {tok:do}. Що не так з NAT?")),
    ("bg", ("Помогни ми с декларацията за наем. Наемодател: {name}, ЕГН {natid}, адрес {addr}, тел. {phone}. Наемател: {name2}. "
           "Начало на договора: {date}. Плащане по сметка {iban}.")),
    ("sr", ("Можеш ли да провериш пријаву за стипендију? Име и презиме: {name}, ЈМБГ {natid}, датум рођења {dob}, адреса {addr}, "
           "телефон {phone}, имејл {email}. Факултет: {org}.")),
    ("hr", ("Trebam pomoć s računom za instrukcije: {name}, OIB {natid}, {addr}. Učenik {name2}. Sati održani {date} i {date@b}. "
           "Uplata na {iban}. Kontakt {phone}.")),
    ("sl", ("Lahko pregledaš prijavo na tečaj? Ime: {name}, EMŠO {natid}, rojstni datum {dob}, naslov {addr}, telefon {phone}, "
           "e-pošta {email}. Plačilo s kartico {card}.")),
    ("lt", ("Padėk parašyti prašymą dėl automobilio registracijos. Aš, {name}, asmens kodas {natid}, gimęs(-usi) {dob}, gyvenu {addr}. "
           "Tel. {phone}. Sąskaita {iban}.")),
    ("lv", ("Palīdzi uzrakstīt iesniegumu bērnudārzam {org}. Vecāks: {name}, personas kods {natid}, adrese {addr}, tālrunis {phone}. "
           "Bērns: {first2:kid} {last}, dzimis {dob2:kid}. Sākot ar {date}.")),
    ("et", ("Palun aita vormistada üürileping. Üürileandja {name}, isikukood {natid}, {addr}. Üürnik {name2}, telefon {phone2}, "
           "e-post {email2}. Algus {date}. Tagatisraha kontole {iban}.")),
    ("ca", ("M'ajudes a redactar la inscripció al casal d'estiu? Nen/a: {first:kid} {last}, nascut/da el {dob:kid}. Tutor: {name2}, "
           "DNI {natid2}, adreça {addr2}, telèfon {phone2}, correu {email2}. Inici: {date}.")),
    ("en", ("Update my entry in the alumni directory please: {name}, now at {org} in {town}. Links: {purl} and my portfolio "
           "{purl2}... oops, that second one is my partner {name2}'s, remove it. Email {email}.")),
    ("en", ("I was charged twice on {date} — card {card}, cardholder {name}, billing address {addr}. Draft a chargeback request to {org}, "
           "and mention they can call me on {phone}.")),
    ("en", ("Catering order for the office party, check the form: contact {name} ({wemail}), card {card:amex} exp 09/27, delivery to "
           "{addr} on {date}. Order {x:order}.")),
    ("en-US", ("Credit freeze letter to all three bureaus: {name}, SSN {ssn}, DOB {dob}, {addr}. Someone opened a card {card} in my name "
              "on {date}. Can you make it formal?")),
    ("en-US", "FAFSA help: student {name}, SSN {ssn}, born {dob}; parent {name2}, SSN {ssn2}, employer {org}. Which boxes do these go in?"),
    ("en", "Speaker bio for our meetup on {date:short}: {name} is a data engineer at {org} in {town}. Links: {purl}. Make it 50 words."),
    ("en", ("My online store's order export has a problem row, can you fix the CSV quoting?\nname,email,phone,card,profile\n"
           "\"{rev}\",{email},{phone:e164},{card},{purl}")),
    ("de", ("Bitte prüfe mein Bewerbungsanschreiben-Kopf: {name}, {addr}, {phone}, {email}, Profil: {purl}. Die Bewerbungsgebühr "
           "habe ich mit der Karte {card} bezahlt.")),
    ("fr", ("Ma carte {card} a été refusée chez {org} le {date}. Titulaire : {name}, {addr}. Peux-tu écrire une réclamation ? Mon profil "
           "vendeur : {purl}")),
    ("es", "Revisa mi perfil para la bolsa de trabajo: {name}, {email}, {phone}, {purl}. Pagué la inscripción con la tarjeta {card}."),
    ("it", ("Il pagamento dell'iscrizione in palestra con la carta {card} è stato addebitato due volte. Intestatario {name}, {addr}, "
           "tel. {phone}. Profilo: {purl}")),
    ("pl", ("Pomóż mi odpowiedzieć sprzedawcy: zapłaciłem kartą {card} {date}, a paczka nie dotarła na {addr}. Mój profil: {purl}. "
           "Telefon {phone}.")),
    ("en-GB", ("Our choir's concert ticket sales sheet, can you total it?\n{name}\t{email}\t2 tickets\tcard {card}\n"
              "{name2}\t{email2}\t4 tickets\tcard {card2}\n{name3}\t{phone3}\t1 ticket\tcash")),
]

FRESH10_NEGATIVE: list[tuple[str, str]] = [
    ("en", ("What's the difference between 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24? Should my README use {x:docip4} or "
           "{x:docip6} in the examples?")),
    ("en", ("My .env.example has OPENAI_API_KEY={x:ph} and AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Is it safe to "
           "commit the example file, or should it only say {x:ph@b}?")),
    ("en", ("Why does `ping {x:resolver}` work but `ping github.com` fails? resolv.conf has nameserver 127.0.0.53 and the router is on "
           "the usual 192.168.0.0/16 range.")),
    ("en", "git bisect says {x:sha} is the first bad commit and its parent is {x:sha@b}. How do I list what changed between them?"),
    ("en", "Stripe test mode: card {x:testcard}, any future expiry, CVC 123 — the PaymentIntent still fails with card_declined. Why?"),
    ("en", ("Order {x:order} shows delivered but never arrived. It was {x:price} and the tracking id is 1Z{n:100000:999999}{n:1000000:9999999}. "
           "How do I word a complaint?")),
    ("en", "Who was richer in today's money, John D. Rockefeller or Mansa Musa? And how does Elon Musk compare?"),
    ("en", "Write a pytest fixture that creates a user {x:formname} with email {x:exemail} and password {x:ph}."),
    ("en", "Is `sha256sum` output like {x:sha256} enough to verify the Ubuntu {x:ver} ISO, or do I need the GPG signature too?"),
    ("en", "Docker says `bind: address already in use` for 0.0.0.0:8080 and [::]:8080. How do I find the process on localhost?"),
    ("en", "The Kubernetes docs put `cGFzc3dvcmQ=` in data.password of a Secret. Is that encrypted or just encoded? ({x:docurl})"),
    ("en", "Explain the UUID {x:uuid}: which part is the version and which is the variant?"),
    ("en", "Our form shows {x:formname} as the placeholder name and 4242 4242 4242 4242 as the card hint. Is that confusing for users?"),
    ("en", ("What is the jwt.io sample token eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
           "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c made of?")),
    ("en", "The OpenAI quickstart says `export OPENAI_API_KEY=\"sk-...\"`. Where do I put it on Windows so VS Code sees it?"),
    ("en", "Is GB82 WEST 1234 5698 7654 32 a real account? It's in every IBAN tutorial. And what's RF18 5390 0754 7034?"),
    ("en", "Why did 078-05-1120 end up printed on thousands of wallet inserts? Is that why SSNs starting with 9 or 666 are never issued?"),
    ("en", "App version {x:ver} crashes on Android 14; crash id {x:uuid}, build {x:sha}. Which logs should I attach to ticket {x:ticket}?"),
    ("en", "Does the Eiffel Tower or the Sagrada Família get more visitors per year? Thinking of Paris vs Barcelona in spring."),
    ("en", "In GitHub Actions, where does `${lb}{lb} secrets.GITHUB_TOKEN {rb}{rb}` come from, and why is it shown as *** in the logs?"),
    ("en", "nginx listens on 127.0.0.1:3000 behind Cloudflare. How do I log the real client IP from X-Forwarded-For? Docs: {x:docurl}"),
    ("en", "Which is cheaper per GB, AWS S3 or Backblaze B2? The AWS docs use AKIAIOSFODNN7EXAMPLE as the key in every example."),
    ("en", "Our invoice {x:order} for {x:price} lists VAT ID GB999 9999 73 and sort code 00-00-00 as placeholders. Can I send it like that?"),
    ("en", "Should I use 8.8.8.8, 1.1.1.1 or 9.9.9.9 as the DNS in my router? Which one logs least? And what does ::1 mean in /etc/hosts?"),
    ("de", "Muss ich in der Doku als Beispiel-IP {x:docip4} nehmen oder darf ich 127.0.0.1 schreiben? Und ist {x:ph} als Platzhalter okay?"),
    ("de", "Ist Max Mustermann mit der IBAN DE89 3704 0044 0532 0130 00 ein echtes Konto? Die steht auf jedem Musterformular."),
    ("fr", "Quelle est la différence entre la tour Eiffel et le Mont-Saint-Michel en nombre de visiteurs ? Et qui était Gustave Eiffel ?"),
    ("es", "Mi pedido {x:order} de {x:price} aparece como entregado. ¿Cómo reclamo a la tienda? El número de seguimiento es {x:ticket}."),
    ("it", "Il commit {x:sha} ha rotto la build {x:ver}; come faccio il revert senza perdere il merge {x:sha@b}?"),
    ("nl", "Waarom gebruikt de handleiding {x:docip6} en {x:docip4} als voorbeeldadressen in plaats van echte IP-adressen?"),
    ("pl", "Czy karta testowa {x:testcard} działa też w trybie produkcyjnym? Zamówienie {x:order} nie przechodzi."),
    ("ru", "Почему localhost и 127.0.0.1 ведут себя по-разному в Docker? И что значит 0.0.0.0 в настройке listen?"),
    ("uk", "У документації ключ вказано як {x:ph}. Куди вставити свій справжній ключ, щоб не закомітити його в git?"),
    ("el", "Ποιος ήταν πιο σημαντικός για τη φιλοσοφία, ο Σωκράτης ή ο Αριστοτέλης; Και πού βρισκόταν η Ακαδημία του Πλάτωνα;"),
    ("tr", "Sipariş numaram {x:order}, tutar {x:price}. Kargo takip kodu {x:ticket} ama paket hâlâ gelmedi, ne yapmalıyım?"),
    ("pt-BR", "No formulário aparece \"Fulano de Tal\" e o CPF 000.000.000-00 como exemplo. Posso deixar assim para testes?"),
    ("sv", "Vad betyder UUID:t {x:uuid} i loggen, och varför får varje request ett nytt?"),
    ("cs", "Jaký je rozdíl mezi verzí {x:ver} a {x:ver@b}? Changelog odkazuje na commit {x:sha}."),
]

FRESH10_CLEAN: list[tuple[str, str]] = [
    ("en", "Can you explain the difference between a Roth IRA and a traditional IRA in simple terms?"),
    ("en", "Give me a 3-day beginner workout plan I can do at home without equipment."),
    ("en", "What's a good way to structure a cover letter for a career change into data analysis?"),
    ("en", "Write a Python function that merges overlapping intervals, with tests."),
    ("en", "How do I politely decline a wedding invitation without over-explaining?"),
    ("en", "Summarise the main causes of the First World War in five bullet points."),
    ("en", "What's the best way to store fresh herbs so they last longer?"),
    ("en", "Explain what a reverse proxy does and when I would want one."),
    ("en", "Help me plan a budget spreadsheet: which columns and formulas should it have?"),
    ("en", "How does compound interest work? Show an example with a monthly deposit."),
    ("en", "Suggest names for a neighbourhood book club that meets once a month."),
    ("en", "What are the pros and cons of SQLite versus PostgreSQL for a small web app?"),
    ("de", "Wie lange muss ich Kartoffeln kochen, damit sie für Kartoffelsalat nicht zerfallen?"),
    ("fr", "Peux-tu m'expliquer la différence entre le passé composé et l'imparfait avec des exemples ?"),
    ("es", "¿Qué plantas de interior aguantan bien poca luz y pocos riegos?"),
    ("it", "Come si prepara un buon ragù alla bolognese? Quanto deve cuocere?"),
    ("nl", "Wat is het verschil tussen een huurtoeslag en zorgtoeslag, in het algemeen?"),
    ("pl", "Jak przygotować się do rozmowy kwalifikacyjnej na stanowisko programisty?"),
    ("ru", "Объясни простыми словами, как работает блокчейн."),
    ("el", "Ποια είναι η διαφορά ανάμεσα σε καιρό και κλίμα;"),
    ("uk", "Порадь, як швидко вивчити основи англійської граматики."),
    ("hu", "Hogyan készül a hagyományos gulyásleves?"),
    ("fi", "Miten saan parvekkeen tomaatit kasvamaan paremmin?"),
]

FRESH10_FOLLOW_UPS: list[str] = [
    " Thanks!", " Thanks in advance.", "\n\nKeep it short please.", " Please keep the same format.", "\n\nCheers",
    " No need to explain, just the result.", " (UK English please)", "\n\nThank you so much!!",
]
