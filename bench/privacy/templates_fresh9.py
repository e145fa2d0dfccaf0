"""The ninth blind set ("fresh9") for the PII benchmark: written without seeing the detector or the earlier sets.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh9=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots, people, places or value generators), and labels
spans as corpus.py's docstring says. It leans on the two types judged hardest, SECRET and IP_ADDRESS: about half of
its PII templates hold credentials or addresses in the many shapes they are pasted in.

Situations (chosen to be new): allotment-garden and neighbourhood-watch member lists, volunteer fire brigade rosters,
legal-aid intake, wedding-vendor lists, dating-app bios, ski-school and daycare sign-ups, marathon registration,
coworking welcome mails, utility-bill and insurance disputes, car-rental deposits, genealogy notes, university
applications, hackathon team sheets, bug-bounty reports, on-call handovers and incident post-mortems, SIEM alerts,
IAM console CSV exports, shell history, curl commands, connection strings (JDBC, ADO.NET, mongodb+srv, redis, amqp), .env,
.npmrc/.pypirc/.netrc/.pgpass/~/.aws/credentials, docker config.json, kubeconfig and Kubernetes Secrets, GitHub
Actions and GitLab CI logs, Terraform/Vault blocks, wp-config.php, docker-compose, Nextcloud config.php, Django
settings, WireGuard and OpenVPN configs, SSH known_hosts/config, Cisco configs, HAProxy, BIND zone files with SPF and
DKIM records, mail headers (Received: from ... [IP]), nginx/sshd/UFW logs, traceroute and `ip addr` output, Jupyter
tracebacks and Colab cells, Slack/Discord/Telegram/Twilio bot scripts, CI deploy scripts and Azure settings.

Languages (the first element of each template tuple): en (about half; en-US, en-GB, en-CA, en-AU, en-IE, en-IN,
en-NZ, en-ZA, en-SG, or "en-XX" tied to one country), de (DE/AT/CH), fr (FR/BE), es (ES/MX/AR), it, nl (NL/BE),
pt (Portugal), pt-BR, pl, sv, no, da, fi, is, cs, sk, hu, ro, tr, el (Greek script), ru, uk and bg (Cyrillic), hr,
sl, lt, lv, et, ca, id, vi. A sample's locale is "<language>-<country>"; the country picks names, towns, address
layout, phone numbering, IBAN country and national id; the language picks date spelling.

Slot syntax: {kind} or {kind:arg:arg} is filled by fill(ctx, slot); `@key` at the end gives a second, different
value of the same kind ({ip:pub@a}, {ip:pub@b}); the same slot written twice gives the same value twice. Person slots
({name}, {first}, {last}, {initial}, {rev}, {email}, {phone}, {dob}, {natid}, {ssn}, {purl}) take a digit for persons
2 to 6 ({name2}, {phone3}); on a person's first mention `f`/`m` fix the sex the prompt's words need and `kid` makes a
child. `uc`/`lc` upper-/lower-case the value. Secrets are {tok:<kind>} (aws_id, openai, glpat, wg, pem_rsa, basic...),
{pw} / {pw:strong} passwords, {cred:user:kind} a `user:password` for a URL; addresses {ip:pub|priv|v6|v6full|v6ll|
ula|mapped|net24|privnet|v6net|v6net48}. Timestamps ({ts:iso}, {ts:syslog}...) advance with each use. Literal braces are written
doubled in this file ("{{" and "}}") and become {lb}/{rb} when the module loads, since corpus._render reads "{" as
a slot.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full, "K. Nowak" as one
span; "Nowak, Katarzyna" is two spans; titles and a possessive 's stay outside); LOCATION a town where someone lives,
works or travels; ORGANIZATION small employers, schools, clinics, clubs, venues and firms in the writer's life (the
whole name); ADDRESS street, number, flat parts, postcode and town as one span; DATE a day-and-month date written by a
person (not a weekday, not a time); DATE_OF_BIRTH when it is a birth date; SECRET only the value: API keys and
tokens of every provider, the AWS access key id as well as its secret, passwords and passphrases, Wi-Fi and SNMP
community strings, the base64 of a Basic-auth pair or of a Kubernetes Secret value, private keys as whole PEM/OpenVPN
blocks, WireGuard private and preshared keys, the secret last segment of a Slack/Discord webhook, the `sig` of an
Azure SAS, and `user:password` inside a connection URL (elsewhere, after `-u user:` or `auth admin:`, the password
alone); URL only links that point at a person (profiles, personal shares, genealogy records); EMAIL, PHONE,
CREDIT_CARD (Luhn-valid, never a published test number), IBAN (mod-97 and national checks), US_SSN (valid areas),
NATIONAL_ID (checksum-valid national numbers agreeing with the person's birth date and sex; passports),
IP_ADDRESS (public and private IPv4, IPv6 full, compressed, link-local, unique-local and IPv4-mapped; the address
only: never a :port, a /prefix, brackets or a %zone).

Deliberately not labelled: machine timestamps in logs, headers and JSON; order, booking, ticket, policy, case and
account numbers; AWS account ids, Twilio account SIDs, Slack team/channel ids, Discord webhook ids, chat ids; public
keys (SSH, WireGuard, DKIM, certificates, CA data) and key fingerprints; masked keys ("sk-proj-****Qz4A", "***");
placeholders (sk-..., <YOUR_KEY>, ${VAR}, ${{ secrets.X }}, xxxx, ********, user:password@localhost, <set me>,
AWS's EXAMPLE keys, the jwt.io sample token, base64 of "password"); git SHAs, UUIDs, trace ids, checksums, versions
(1.2.3.4 too), OIDs, MAC addresses, hostnames and company domains; loopback and unspecified addresses (127.0.0.1,
::1, 0.0.0.0, ::/0), netmasks, the RFC 1918 ranges named as ranges, RFC 5737/3849 documentation addresses, public
resolvers (1.1.1.1, 8.8.8.8, 9.9.9.9) and the cloud metadata address; published test cards; example.com addresses;
system user names (deploy, root, admin); famous people, places and companies in general questions.
"""

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import random
import string
import struct
import unicodedata
from collections.abc import Callable

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.es import ccc as es_ccc

Parts = list[tuple[str, str | None]]

_AN = string.ascii_letters + string.digits
_URLSAFE = _AN + "-_"
_B64 = _AN + "+/"
_HEX = "0123456789abcdef"
_UPN = string.ascii_uppercase + string.digits
_PW_SYMBOLS = "!*-_.~^+="


def _split(s: str) -> list[str]:
    return [w for w in (s.split("|") if "|" in s else s.split()) if w]


# --- countries ---------------------------------------------------------------------------------------------------
# f / m: first names; last: surnames ("Male/Female" where the form differs); towns: "Town/extra..." entries (postcode
# stems, states, counties); streets: street names as the address layouts use them; domains: personal mail providers;
# sfx: legal forms of small firms. Entries are split on "|" when present, else on spaces.

COUNTRIES: dict[str, dict] = {
    "US": {"f": "Emily Madison Brianna Kayla Danielle Courtney Alexis Jasmine Tiffany Heather",
           "m": "Tyler Brandon Justin Cody Dustin Travis Marcus Derek Trevor Kyle",
           "last": "Whitfield Caldwell Hensley Pruitt Gallagher Okafor Delgado Nakamura Brennan Kowalczyk Tran Whitaker",
           "towns": "Dayton/OH|Boise/ID|Chattanooga/TN|Spokane/WA|Fort Collins/CO|Lancaster/PA|Greenville/SC|Duluth/MN|Ann Arbor/MI|Tacoma/WA",
           "streets": "Maple Oak Cedar Willow Hickory Sycamore Birch Magnolia Chestnut Juniper",
           "domains": "gmail.com outlook.com yahoo.com icloud.com comcast.net proton.me", "sfx": "LLC|Inc.|& Sons|Co."},
    "GB": {"f": "Charlotte Imogen Niamh Harriet Poppy Freya Bethany Siobhan Rhiannon Eleanor",
           "m": "Callum Rhys Alfie Jamie Declan Owen Harrison Lewis Ewan Rory",
           "last": "Pemberton Ashworth Haworth Fairclough Entwistle Llewellyn Okonkwo Patel Cartwright Thistlethwaite Griffiths McAllister",
           "towns": "Harrogate/HG|Shrewsbury/SY|Kendal/LA|Stroud/GL|Ludlow/SY|Wrexham/LL|Dundee/DD|Truro/TR|Peterborough/PE|Lancaster/LA",
           "streets": "Albert Victoria Mill Station Church Chapel Orchard Meadow Priory Brook",
           "domains": "gmail.com btinternet.com outlook.com yahoo.co.uk sky.com icloud.com", "sfx": "Ltd|Ltd.|& Co. Ltd|LLP"},
    "CA": {"f": "Chloé Madison Avery Brooke Mackenzie Geneviève Sarah Kaitlyn",
           "m": "Liam Étienne Connor Mathieu Brayden Owen Tristan Nolan",
           "last": "Tremblay Gagnon MacDonald Fraser Bouchard Singh Campbell Leblanc Chen Okafor",
           "towns": "Kelowna/BC/V|Moncton/NB/E|Sherbrooke/QC/J|Kingston/ON/K|Red Deer/AB/T|Nanaimo/BC/V|Guelph/ON/N|Saskatoon/SK/S",
           "streets": "Maple Birch Lakeshore Spruce Ridgeview Cedar Elm Tamarack",
           "domains": "gmail.com outlook.com shaw.ca rogers.com videotron.ca icloud.com", "sfx": "Inc.|Ltd.|Ltée|Corp."},
    "AU": {"f": "Matilda Isla Chloe Zara Ruby Tahlia Jessica Mia",
           "m": "Lachlan Hamish Jarrah Cooper Brodie Mitchell Fletcher Angus",
           "last": "Nguyen|Fitzgerald|McKenzie|Papadopoulos|Thompson|Walsh|Kowalski|O'Brien|Henderson|Russo",
           "towns": "Ballarat/VIC/3350|Toowoomba/QLD/4350|Wagga Wagga/NSW/2650|Bendigo/VIC/3550|Cairns/QLD/4870|Launceston/TAS/7250|Geelong/VIC/3220|Bunbury/WA/6230",
           "streets": "Banksia Wattle Jacaranda Kurrajong Bottlebrush Ironbark Acacia Grevillea",
           "domains": "gmail.com bigpond.com outlook.com optusnet.com.au icloud.com", "sfx": "Pty Ltd|Pty. Ltd."},
    "IE": {"f": "Aoife Saoirse Niamh Caoimhe Órla Sinéad Clodagh Róisín",
           "m": "Cian Oisín Darragh Pádraig Eoin Cathal Tadhg Ronan",
           "last": "Ó Súilleabháin|Murphy|Kavanagh|Fitzpatrick|McCarthy|Ní Bhriain|Doherty|Brennan|Gallagher|Moloney",
           "towns": "Galway/H91/Galway|Athlone/N37/Westmeath|Kilkenny/R95/Kilkenny|Sligo/F91/Sligo|Tralee/V92/Kerry|Dundalk/A91/Louth|Ennis/V95/Clare|Wexford/Y35/Wexford",
           "streets": "Oakfield Castle Abbey Mill Church Seaview Ashgrove Glenview",
           "domains": "gmail.com eircom.net outlook.com hotmail.com icloud.com", "sfx": "Ltd|Teoranta|DAC"},
    "IN": {"f": "Priya Ananya Divya Kavya Meenakshi Shreya Lakshmi Nandini",
           "m": "Arjun Rohan Vikram Siddharth Karthik Aditya Rahul Nikhil",
           "last": "Iyer Deshpande Reddy Chatterjee Nair Kulkarni Bhattacharya Menon Agarwal Pillai",
           "towns": "Pune/411/Kothrud|Kochi/682/Kakkanad|Mysuru/570/Vijayanagar|Indore/452/Vijay Nagar|Nagpur/440/Dharampeth|Coimbatore/641/RS Puram|Bhubaneswar/751/Saheed Nagar|Jaipur/302/Malviya Nagar",
           "streets": "Lotus Ashoka Gulmohar Sai Krishna Shanti Neelkanth Kaveri",
           "domains": "gmail.com yahoo.co.in rediffmail.com outlook.com", "sfx": "Pvt. Ltd.|Private Limited|LLP"},
    "NZ": {"f": "Aroha Mereana Olivia Charlotte Hana Ruby Mia Isla",
           "m": "Tama Wiremu Nikau Oliver Jack Finn Hunter Manaia",
           "last": "Ngata|Parata|Williams|Te Whata|Henare|Campbell|MacKenzie|Sharma|Tupou|Wilson",
           "towns": "Tauranga/3110|Nelson/7010|Palmerston North/4410|Napier/4110|Whangārei/0110|Invercargill/9810|Rotorua/3010|Timaru/7910",
           "streets": "Kowhai Rimu Totara Pohutukawa Manuka Kauri Harbour Hillcrest",
           "domains": "gmail.com xtra.co.nz outlook.com icloud.com", "sfx": "Ltd|Limited"},
    "ZA": {"f": "Thandiwe Lerato Nomvula Anika Zanele Palesa Charné Ayesha",
           "m": "Sipho Thabo Pieter Johan Kagiso Mandla Riaan Tshepo",
           "last": "Nkosi|Dlamini|van der Merwe|Botha|Mokoena|Pillay|Naidoo|Khumalo|du Plessis|Mahlangu",
           "towns": "Stellenbosch/7600|Pietermaritzburg/3201|Bloemfontein/9301|Polokwane/0700|George/6530|Gqeberha/6001|Mbombela/1200|Potchefstroom/2531",
           "streets": "Protea Jacaranda Kiaat Marula Fynbos Disa Acacia Baobab",
           "domains": "gmail.com webmail.co.za mweb.co.za outlook.com", "sfx": "(Pty) Ltd|CC"},
    "SG": {"f": "Wei Ling|Hui Min|Siti Nurhaliza|Priyanka|Shu Fen|Nur Aisyah|Jia Hui|Kavitha",
           "m": "Wei Jie|Jun Hao|Muhammad Faizal|Ravi|Zhi Hao|Hafiz|Kai Xiang|Arun",
           "last": "Tan Lim Ng Goh Rahman Krishnan Teo Chua Ong Subramaniam",
           "towns": "Tampines|Jurong West|Bedok|Woodlands|Punggol|Toa Payoh|Ang Mo Kio|Clementi",
           "streets": "Tampines|Jurong West|Bedok North|Woodlands|Punggol Field|Toa Payoh Lorong|Ang Mo Kio|Clementi West",
           "domains": "gmail.com singnet.com.sg yahoo.com.sg outlook.com", "sfx": "Pte. Ltd.|Pte Ltd"},
    "DE": {"f": "Annika Svenja Friederike Luisa Jana Katrin Mareike Theresa",
           "m": "Jannik Lukas Malte Florian Henrik Tobias Sören Matthias",
           "last": "Brinkmann Hoffmeister Kühn Lindner Wagenknecht Özdemir Schäfer Vogt Behrendt Nowak",
           "towns": "Göttingen/37073|Bamberg/96047|Lüneburg/21335|Paderborn/33098|Rostock/18055|Tübingen/72070|Erfurt/99084|Kassel/34117",
           "streets": "Linden Ahorn Birken Kastanien Goethe Schiller Mühlen Garten",
           "domains": "gmx.de web.de t-online.de posteo.de gmail.com mailbox.org", "sfx": "GmbH|GmbH & Co. KG|UG (haftungsbeschränkt)|e.K."},
    "AT": {"f": "Magdalena Theresa Johanna Valentina Elisabeth Katharina",
           "m": "Florian Lukas Maximilian Valentin Dominik Raphael",
           "last": "Gruber Huber Pichler Moser Steiner Hofer Wimmer Leitner Eder Auer",
           "towns": "Graz/8010|Linz/4020|Salzburg/5020|Klagenfurt/9020|Villach/9500|Wels/4600|Dornbirn/6850|St. Pölten/3100",
           "streets": "Linden Mozart Kirchen Schul Bahnhof Au Feld Rosen",
           "domains": "gmx.at aon.at chello.at gmail.com a1.net", "sfx": "GmbH|OG|KG|e.U."},
    "CH": {"f": "Nadine Seraina Corinne Andrea Flurina Livia",
           "m": "Reto Beat Urs Gian Adrian Silvan",
           "last": "Brunner Baumgartner Keller Zürcher Widmer Meier Gerber Ammann Frei Bühler",
           "towns": "Winterthur/8400|Luzern/6003|St. Gallen/9000|Biel/2502|Thun/3600|Aarau/5000|Chur/7000|Zug/6300",
           "streets": "Bahnhof Dorf Kirch Berg See Linden Rosen Post",
           "domains": "bluewin.ch gmx.ch sunrise.ch gmail.com hispeed.ch", "sfx": "AG|GmbH|Sàrl"},
    "FR": {"f": "Camille Manon Léa Chloé Océane Mathilde Élodie Margaux",
           "m": "Théo Hugo Mathis Quentin Bastien Romain Antoine Maxime",
           "last": "Lefèvre Moreau Girard Fontaine Rousseau Chevalier Benali Gauthier Perrin Marchand",
           "towns": "Angers/49|Besançon/25|Limoges/87|Rouen/76|Nancy/54|Perpignan/66|Poitiers/86|Annecy/74",
           "streets": "des Lilas|de la Gare|Victor Hugo|Jean Jaurès|du Moulin|des Tilleuls|Pasteur|de la République",
           "domains": "orange.fr free.fr laposte.net sfr.fr gmail.com wanadoo.fr", "sfx": "SARL|SAS|EURL|SCI"},
    "BE": {"f": "Lotte Elise Manon Ines Amélie Fien Julie Noor",
           "m": "Wout Arne Thibault Lucas Bram Maxime Jens Cédric",
           "last": "Peeters Janssens Maes Dubois Lambert Claes Wouters Dupont Willems Mertens",
           "towns": "Leuven/3000|Namur/5000|Gent/9000|Liège/4000|Mechelen/2800|Mons/7000|Brugge/8000|Hasselt/3500",
           "streets": "Kerk Molen Stations Linden Beuken Kapel Dorp Veld",
           "domains": "skynet.be telenet.be proximus.be gmail.com hotmail.be", "sfx": "BV|SRL|NV|SA"},
    "ES": {"f": "Lucía Carmen Nerea Ainhoa Paula Marta Irene Rocío",
           "m": "Javier Álvaro Iker Sergio Pablo Adrián Raúl Diego",
           "last": "García Fernández Martín Ruiz Sánchez Moreno Jiménez Navarro Iglesias Domínguez",
           "towns": "Zaragoza/50|Valladolid/47|Murcia/30|Córdoba/14|Gijón/33|Pamplona/31|Alicante/03|Salamanca/37",
           "streets": "Mayor|del Carmen|de Alcalá|San Vicente|Real|de la Paz|del Sol|de la Constitución",
           "domains": "gmail.com hotmail.es telefonica.net yahoo.es outlook.es", "sfx": "S.L.|S.A.|S.L.U.", "double": True},
    "CT": {"f": "Montserrat Núria Laia Mireia Aina Berta Clara Júlia",
           "m": "Jordi Pau Oriol Marc Arnau Pol Xavier Joan",
           "last": "Puig Soler Vila Ferrer Pujol Casals Font Roca Serra Vidal",
           "towns": "Girona/17|Lleida/25|Tarragona/43|Sabadell/08|Reus/43|Vic/08|Manresa/08|Figueres/17",
           "streets": "Major|de la Riera|del Pi|de Sant Pere|Nou|de la Font|del Carme|de Verdaguer",
           "domains": "gmail.com hotmail.com telefonica.net yahoo.es", "sfx": "SL|SA|SCCL", "double": True},
    "MX": {"f": "Guadalupe Ximena Fernanda Valeria Itzel Mariana Daniela Andrea",
           "m": "Emiliano Santiago Jorge Rodrigo Iván Eduardo Arturo Rubén",
           "last": "Hernández López González Ramírez Flores Morales Castillo Ortiz Vázquez Cruz",
           "towns": "Guadalajara/JAL/44|Puebla/PUE/72|Querétaro/QRO/76|Mérida/YUC/97|Morelia/MICH/58|Oaxaca/OAX/68|Saltillo/COAH/25|León/GTO/37",
           "streets": "Hidalgo|Morelos|Juárez|Independencia|Allende|Zaragoza|5 de Mayo|Reforma",
           "domains": "gmail.com hotmail.com outlook.com yahoo.com.mx prodigy.net.mx", "sfx": "S.A. de C.V.|S. de R.L. de C.V.", "double": True},
    "AR": {"f": "Florencia Agustina Camila Micaela Sofía Lucía Rocío Julieta",
           "m": "Matías Facundo Nicolás Gonzalo Tomás Santiago Ezequiel Joaquín",
           "last": "Fernández Rodríguez Gómez Sosa Díaz Romero Álvarez Benítez Acosta Medina",
           "towns": "Rosario/S2000|Córdoba/X5000|Mendoza/M5500|La Plata/B1900|Mar del Plata/B7600|Salta/A4400|San Miguel de Tucumán/T4000|Neuquén/Q8300",
           "streets": "San Martín|Belgrano|Rivadavia|Sarmiento|Mitre|Pellegrini|Urquiza|Moreno",
           "domains": "gmail.com hotmail.com.ar yahoo.com.ar fibertel.com.ar", "sfx": "S.R.L.|S.A.|S.A.S."},
    "IT": {"f": "Giulia Chiara Federica Martina Alessia Sara Francesca Elisa",
           "m": "Lorenzo Matteo Davide Riccardo Simone Tommaso Andrea Stefano",
           "last": "Esposito|Ricci|Marino|Greco|Bruno|Galli|Conti|De Luca|Colombo|Ferraro",
           "towns": "Bergamo/24121/BG|Lecce/73100/LE|Perugia/06121/PG|Trento/38122/TN|Modena/41121/MO|Pescara/65121/PE|Udine/33100/UD|Parma/43121/PR",
           "streets": "Garibaldi|Mazzini|Roma|Cavour|Dante|XX Settembre|Verdi|Marconi",
           "domains": "libero.it gmail.com virgilio.it tiscali.it alice.it outlook.it", "sfx": "S.r.l.|S.p.A.|S.n.c.|S.a.s."},
    "NL": {"f": "Sanne Femke Lotte Anouk Iris Noor Maartje Eline",
           "m": "Daan Bram Thijs Sem Ruben Jesse Joris Stijn",
           "last": "de Vries|Jansen|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|van den Heuvel",
           "towns": "Zwolle/8011|Leeuwarden/8911|Amersfoort/3811|Tilburg/5038|Haarlem/2011|Deventer/7411|Groningen/9711|Breda/4811",
           "streets": "Kerk Molen Linden Beuken Wilhelmina Juliana Dorps Spoor",
           "domains": "ziggo.nl kpnmail.nl gmail.com hotmail.nl xs4all.nl", "sfx": "B.V.|V.O.F.|Holding B.V."},
    "PT": {"f": "Inês Beatriz Mariana Leonor Matilde Carolina Joana Rita",
           "m": "Tiago Duarte Rodrigo Gonçalo Diogo Afonso Rui Nuno",
           "last": "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes",
           "towns": "Braga/4700|Coimbra/3000|Aveiro/3800|Faro/8000|Évora/7000|Viseu/3500|Setúbal/2900|Guimarães/4800",
           "streets": "Rua de Santa Catarina|Rua do Carmo|Avenida da Liberdade|Rua Direita|Rua da Alegria|Travessa do Fojo|Rua dos Combatentes|Avenida Central",
           "domains": "sapo.pt gmail.com hotmail.com netcabo.pt outlook.pt", "sfx": "Lda.|Unipessoal Lda.|S.A.", "double": True},
    "BR": {"f": "Ana Clara|Larissa|Thaís|Juliana|Gabriela|Letícia|Bruna|Fernanda",
           "m": "João Pedro|Lucas|Gustavo|Rafael|Thiago|Felipe|Matheus|Caio",
           "last": "Souza Lima Carvalho Almeida Ribeiro Barbosa Cardoso Rocha Araújo Nascimento",
           "towns": "Curitiba/PR/Batel|Florianópolis/SC/Trindade|Recife/PE/Boa Viagem|Campinas/SP/Cambuí|Belo Horizonte/MG/Savassi|Fortaleza/CE/Aldeota|Goiânia/GO/Setor Bueno|Porto Alegre/RS/Moinhos de Vento",
           "streets": "das Flores|XV de Novembro|Sete de Setembro|Tiradentes|Dom Pedro II|São Bento|Marechal Deodoro|das Palmeiras",
           "domains": "gmail.com uol.com.br bol.com.br hotmail.com terra.com.br", "sfx": "Ltda.|ME|EIRELI|S.A.", "double": True},
    "PL": {"f": "Katarzyna Agnieszka Magdalena Joanna Aleksandra Zuzanna Natalia Weronika",
           "m": "Piotr Krzysztof Tomasz Michał Paweł Jakub Mateusz Bartosz",
           "last": "Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kamiński/Kamińska Lewandowski/Lewandowska Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Mazur",
           "towns": "Toruń/87|Lublin/20|Rzeszów/35|Białystok/15|Olsztyn/10|Opole/45|Kielce/25|Gdynia/81",
           "streets": "Mickiewicza Słowackiego Kościuszki Polna Leśna Ogrodowa Sienkiewicza Piłsudskiego",
           "domains": "wp.pl o2.pl onet.pl gmail.com interia.pl", "sfx": "sp. z o.o.|s.c.|sp.j.|S.A."},
    "SE": {"f": "Linnea Ebba Maja Saga Elsa Klara Wilma Astrid",
           "m": "Oskar Hugo Axel Viktor Elias Filip Isak Gustav",
           "last": "Lindqvist Johansson Bergström Holm Sjöberg Nyström Lundgren Ekström Wallin Åkesson",
           "towns": "Uppsala/75|Västerås/72|Örebro/70|Linköping/58|Umeå/90|Lund/22|Gävle/80|Jönköping/55",
           "streets": "Kungs Drottning Skol Kyrko Björk Lin Tall Ängs",
           "domains": "telia.com gmail.com hotmail.se outlook.com bredband.net", "sfx": "AB|HB|& Co AB"},
    "NO": {"f": "Ingrid Solveig Sigrid Tuva Hedda Nora Ragnhild Marte",
           "m": "Sindre Eirik Håkon Magnus Jørgen Vegard Sander Øystein",
           "last": "Haugen Johansen Berg Bakke Solberg Lie Strand Dahl Aas Nygård",
           "towns": "Bergen/50|Trondheim/70|Stavanger/40|Tromsø/90|Drammen/30|Kristiansand/46|Ålesund/60|Bodø/80",
           "streets": "Kirke Skole Stor Bjørke Fjell Sjø Elve Granitt",
           "domains": "online.no gmail.com hotmail.no altibox.no outlook.com", "sfx": "AS|ANS|DA"},
    "DK": {"f": "Freja Ida Mathilde Signe Karoline Astrid Nanna Sofie",
           "m": "Mads Rasmus Frederik Mikkel Kasper Anders Jonas Søren",
           "last": "Jørgensen Madsen Kristensen Pedersen Thomsen Poulsen Holm Mikkelsen Frandsen Bech",
           "towns": "Aarhus/8000|Odense/5000|Aalborg/9000|Esbjerg/6700|Randers/8900|Kolding/6000|Vejle/7100|Roskilde/4000",
           "streets": "Skole Kirke Ege Bøge Ny Strand Mølle Rose",
           "domains": "gmail.com hotmail.dk mail.dk outlook.dk live.dk", "sfx": "ApS|A/S|I/S|IVS"},
    "FI": {"f": "Aino Venla Emilia Siiri Helmi Kerttu Oona Iida",
           "m": "Eetu Juho Aleksi Lauri Onni Ville Joonas Tuomas",
           "last": "Virtanen Korhonen Mäkinen Nieminen Heikkinen Koskinen Järvinen Lehtonen Salminen Laaksonen",
           "towns": "Tampere/33|Turku/20|Oulu/90|Jyväskylä/40|Kuopio/70|Lahti/15|Pori/28|Joensuu/80",
           "streets": "Koulu Kirkko Puisto Koivu Rauhan Satama Rinne Mänty",
           "domains": "gmail.com luukku.com hotmail.fi outlook.com elisanet.fi", "sfx": "Oy|Ky|Tmi"},
    "IS": {"f": "Guðrún Sigríður Kristín Helga Anna Margrét Katrín Brynja",
           "m": "Jón Sigurður Guðmundur Gunnar Ólafur Einar Kristján Bjarni",
           "last": "Jónsson/Jónsdóttir Sigurðsson/Sigurðardóttir Guðmundsson/Guðmundsdóttir Gunnarsson/Gunnarsdóttir Ólafsson/Ólafsdóttir Einarsson/Einarsdóttir Kristjánsson/Kristjánsdóttir Magnússon/Magnúsdóttir",
           "towns": "Akureyri/600|Hafnarfjörður/220|Kópavogur/200|Selfoss/800|Ísafjörður/400|Egilsstaðir/700|Reykjanesbær/230|Garðabær/210",
           "streets": "Hafnarstræti Skólavegur Kirkjuvegur Laufásvegur Sólvallagata Bjarkargata Aðalstræti Strandgata",
           "domains": "simnet.is gmail.com visir.is internet.is", "sfx": "ehf.|hf.|sf."},
    "CZ": {"f": "Tereza Eliška Kateřina Lucie Barbora Veronika Markéta Zuzana",
           "m": "Jakub Ondřej Vojtěch Tomáš Lukáš Matěj Petr Jiří",
           "last": "Novák/Nováková Svoboda/Svobodová Dvořák/Dvořáková Černý/Černá Procházka/Procházková Kučera/Kučerová Veselý/Veselá Horák/Horáková Marek/Marková Pokorný/Pokorná",
           "towns": "Brno/602 00|Olomouc/779 00|Plzeň/301 00|Liberec/460 01|Pardubice/530 02|Zlín/760 01|Jihlava/586 01|Ostrava/702 00",
           "streets": "Husova Masarykova Palackého Komenského Nádražní Školní Lidická Zahradní",
           "domains": "seznam.cz email.cz centrum.cz gmail.com volny.cz", "sfx": "s.r.o.|a.s.|v.o.s."},
    "SK": {"f": "Zuzana Lucia Simona Dominika Katarína Michaela Petra Veronika",
           "m": "Marek Martin Peter Juraj Matúš Tomáš Michal Lukáš",
           "last": "Horváth/Horváthová Kováč/Kováčová Varga/Vargová Tóth/Tóthová Nagy/Nagyová Baláž/Balážová Szabó/Szabóová Molnár/Molnárová Lukáč/Lukáčová Hudák/Hudáková",
           "towns": "Košice/040 01|Žilina/010 01|Banská Bystrica/974 01|Nitra/949 01|Prešov/080 01|Trnava/917 01|Trenčín/911 01|Poprad/058 01",
           "streets": "Hlavná Štúrova Kollárova Hviezdoslavova Mierová Sládkovičova Záhradnícka Hurbanova",
           "domains": "azet.sk centrum.sk gmail.com post.sk zoznam.sk", "sfx": "s.r.o.|a.s.|k.s."},
    "HU": {"f": "Katalin Zsófia Eszter Réka Anna Dóra Petra Noémi",
           "m": "Bence Levente Gergely Máté Balázs Ádám Dániel Zoltán",
           "last": "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas",
           "towns": "Debrecen/4024|Szeged/6720|Pécs/7621|Győr/9021|Miskolc/3525|Eger/3300|Sopron/9400|Kecskemét/6000",
           "streets": "Kossuth Lajos utca|Petőfi Sándor utca|Rákóczi út|Dózsa György út|Arany János utca|Béke utca|Fő utca|Széchenyi utca",
           "domains": "freemail.hu gmail.com citromail.hu t-online.hu outlook.hu", "sfx": "Kft.|Bt.|Zrt.", "family_first": True},
    "RO": {"f": "Andreea Ioana Alexandra Bianca Raluca Diana Cristina Mihaela",
           "m": "Andrei Mihai Alexandru Ionuț Bogdan Cristian Radu Vlad",
           "last": "Popescu Ionescu Popa Dumitrescu Stan Stoica Gheorghiu Munteanu Constantin Dobre",
           "towns": "Cluj-Napoca/400/12|Iași/700/22|Timișoara/300/35|Brașov/500/08|Constanța/900/13|Sibiu/550/32|Oradea/410/05|Craiova/200/16",
           "streets": "Mihai Eminescu|Avram Iancu|Republicii|Libertății|Unirii|Lalelelor|Trandafirilor|Florilor",
           "domains": "yahoo.com gmail.com yahoo.ro outlook.com", "sfx": "S.R.L.|S.A.|PFA"},
    "TR": {"f": "Elif Zeynep Ayşe Merve Büşra Ece Selin Derya",
           "m": "Emre Burak Mehmet Oğuz Kerem Serkan Can Murat",
           "last": "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan",
           "towns": "İzmir/35|Bursa/16|Eskişehir/26|Antalya/07|Trabzon/61|Kayseri/38|Gaziantep/27|Konya/42",
           "streets": "Gül Lale Menekşe Çınar Papatya Akasya Zambak Nergis",
           "domains": "gmail.com hotmail.com yandex.com.tr outlook.com.tr", "sfx": "Ltd. Şti.|A.Ş."},
    "GR": {"f": "Μαρία Ελένη Κατερίνα Δήμητρα Σοφία Αγγελική Χριστίνα Βασιλική",
           "m": "Γιώργος Νίκος Δημήτρης Κώστας Γιάννης Παναγιώτης Αλέξανδρος Στέφανος",
           "last": "Παπαδόπουλος/Παπαδοπούλου Γεωργίου Νικολάου Οικονόμου Παπαδάκης/Παπαδάκη Κωνσταντινίδης/Κωνσταντινίδου Καραγιάννης/Καραγιάννη Μαυρίδης/Μαυρίδου Αθανασίου Βλάχος/Βλάχου",
           "towns": "Θεσσαλονίκη/546|Πάτρα/262|Ηράκλειο/712|Λάρισα/412|Βόλος/382|Ιωάννινα/453|Καλαμάτα/241|Χανιά/731",
           "streets": "Εγνατίας|Ερμού|Τσιμισκή|Αγίου Δημητρίου|Κολοκοτρώνη|Μητροπόλεως|Βενιζέλου|Καποδιστρίου",
           "domains": "gmail.com yahoo.gr otenet.gr hotmail.com", "sfx": "Ι.Κ.Ε.|Ο.Ε.|Ε.Ε.|Α.Ε."},
    "RU": {"f": "Анна Екатерина Ольга Мария Наталья Татьяна Дарья Юлия",
           "m": "Алексей Дмитрий Сергей Андрей Иван Максим Павел Николай",
           "last": "Иванов/Иванова Смирнов/Смирнова Кузнецов/Кузнецова Соколов/Соколова Попов/Попова Лебедев/Лебедева Морозов/Морозова Волков/Волкова Новиков/Новикова Фёдоров/Фёдорова",
           "towns": "Казань/420|Екатеринбург/620|Новосибирск/630|Самара/443|Нижний Новгород/603|Пермь/614|Воронеж/394|Томск/634",
           "streets": "Ленина|Гагарина|Пушкина|Садовая|Лесная|Советская|Мира|Набережная",
           "domains": "yandex.ru mail.ru gmail.com rambler.ru bk.ru", "sfx": "ООО|ИП|АО"},
    "UA": {"f": "Олена Оксана Ірина Наталія Юлія Тетяна Катерина Софія",
           "m": "Олександр Андрій Дмитро Сергій Тарас Богдан Максим Олег",
           "last": "Шевченко Коваленко Бондаренко Ткаченко Кравченко Мельник Олійник Поліщук Ковальчук Лисенко",
           "towns": "Львів/79|Харків/61|Одеса/65|Дніпро/49|Вінниця/21|Полтава/36|Чернігів/14|Житомир/10",
           "streets": "Шевченка|Франка|Грушевського|Соборна|Садова|Незалежності|Лесі Українки|Городоцька",
           "domains": "ukr.net gmail.com i.ua meta.ua", "sfx": "ТОВ|ФОП|ПП"},
    "BG": {"f": "Мария Иванка Десислава Гергана Теодора Николета Радослава Виктория",
           "m": "Георги Иван Димитър Николай Христо Стоян Калоян Мартин",
           "last": "Иванов/Иванова Георгиев/Георгиева Димитров/Димитрова Петров/Петрова Николов/Николова Христов/Христова Стоянов/Стоянова Тодоров/Тодорова",
           "towns": "Пловдив/4000|Варна/9000|Бургас/8000|Русе/7000|Стара Загора/6000|Плевен/5800|Велико Търново/5000|Благоевград/2700",
           "streets": "Васил Левски|Христо Ботев|Цар Симеон|Иван Вазов|Шипка|Раковски|Гурко|Александровска",
           "domains": "abv.bg gmail.com mail.bg dir.bg", "sfx": "ЕООД|ООД|АД"},
    "HR": {"f": "Ivana Ana Petra Marija Lucija Maja Katarina Nikolina",
           "m": "Ivan Marko Luka Josip Ante Tomislav Matej Domagoj",
           "last": "Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Perić Matić",
           "towns": "Split/21000|Rijeka/51000|Osijek/31000|Zadar/23000|Pula/52100|Varaždin/42000|Šibenik/22000|Karlovac/47000",
           "streets": "Vukovarska ulica|Zagrebačka cesta|Ulica Matije Gupca|Ilica|Frankopanska ulica|Ulica kralja Tomislava|Primorska ulica|Osječka ulica",
           "domains": "gmail.com net.hr t-com.hr yahoo.com", "sfx": "d.o.o.|j.d.o.o.|obrt"},
    "SI": {"f": "Nina Eva Maja Tjaša Špela Urška Nika Ana",
           "m": "Luka Žiga Jan Matej Rok Gašper Anže Blaž",
           "last": "Novak Horvat Krajnc Kovačič Zupančič Potočnik Kos Vidmar Golob Mlakar",
           "towns": "Maribor/2000|Celje/3000|Kranj/4000|Koper/6000|Novo mesto/8000|Velenje/3320|Ptuj/2250|Nova Gorica/5000",
           "streets": "Slovenska cesta|Prešernova ulica|Cankarjeva ulica|Trubarjeva ulica|Gregorčičeva ulica|Partizanska cesta|Tržaška cesta|Kidričeva ulica",
           "domains": "gmail.com siol.net t-2.net amis.net", "sfx": "d.o.o.|s.p.|d.d."},
    "LT": {"f": "Austėja Gabija Ieva Eglė Rūta Greta Karolina Miglė",
           "m": "Lukas Mantas Tomas Dovydas Paulius Justas Mindaugas Karolis",
           "last": "Kazlauskas/Kazlauskienė Petrauskas/Petrauskienė Jankauskas/Jankauskienė Stankevičius/Stankevičienė Vasiliauskas/Vasiliauskienė Žukauskas/Žukauskienė Butkus/Butkienė Paulauskas/Paulauskienė",
           "towns": "Kaunas/44|Klaipėda/92|Šiauliai/76|Panevėžys/35|Alytus/62|Marijampolė/68|Utena/28|Palanga/00",
           "streets": "Laisvės al.|Vilniaus g.|Taikos pr.|Savanorių pr.|Kęstučio g.|Gedimino g.|Liepų g.|Žalgirio g.",
           "domains": "gmail.com one.lt inbox.lt yahoo.com", "sfx": "UAB|MB|IĮ"},
    "LV": {"f": "Anna Elza Līga Ilze Kristīne Laura Madara Dace",
           "m": "Jānis Andris Mārtiņš Kārlis Edgars Raimonds Artūrs Roberts",
           "last": "Bērziņš/Bērziņa Kalniņš/Kalniņa Ozoliņš/Ozoliņa Liepiņš/Liepiņa Krūmiņš/Krūmiņa Balodis/Balode Zariņš/Zariņa Pētersons/Pētersone",
           "towns": "Jelgava/30|Liepāja/34|Daugavpils/54|Ventspils/36|Valmiera/42|Cēsis/41|Jūrmala/20|Sigulda/21",
           "streets": "Brīvības iela|Rīgas iela|Skolas iela|Lielā iela|Dzirnavu iela|Ezera iela|Pils iela|Jūras iela",
           "domains": "inbox.lv gmail.com apollo.lv tvnet.lv", "sfx": "SIA|AS|IK"},
    "EE": {"f": "Mari Kadri Triin Liis Kristiina Maarja Helen Kerli",
           "m": "Martin Rasmus Kristjan Andres Mihkel Siim Taavi Priit",
           "last": "Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel",
           "towns": "Tartu/50|Pärnu/80|Narva/20|Viljandi/71|Rakvere/44|Haapsalu/90|Kuressaare/93|Võru/65",
           "streets": "Rüütli tn|Pikk tn|Aia tn|Kooli tn|Tartu mnt|Riia mnt|Jaama tn|Lossi tn",
           "domains": "mail.ee gmail.com hot.ee online.ee", "sfx": "OÜ|AS|MTÜ"},
    "ID": {"f": "Siti Dewi Ayu Putri Ratna Wulan Indah Fitri",
           "m": "Budi Agus Rizky Dimas Hendra Fajar Arief Yoga",
           "last": "Santoso Wijaya Saputra Hidayat Kusuma Pratama Nugroho Setiawan Lestari Gunawan",
           "towns": "Bandung/40|Surabaya/60|Yogyakarta/55|Semarang/50|Malang/65|Medan/20|Makassar/90|Denpasar/80",
           "streets": "Jl. Merdeka|Jl. Sudirman|Jl. Diponegoro|Jl. Gajah Mada|Jl. Pahlawan|Jl. Ahmad Yani|Jl. Veteran|Jl. Cendana",
           "domains": "gmail.com yahoo.co.id outlook.co.id", "sfx": "CV|PT|UD"},
    "VN": {"f": "Thị Lan|Ngọc Anh|Thu Trang|Minh Thư|Thanh Hương|Bảo Ngọc|Phương Linh|Hồng Nhung",
           "m": "Văn Hùng|Minh Tuấn|Quốc Bảo|Đức Anh|Thành Long|Hoàng Nam|Gia Huy|Tiến Dũng",
           "last": "Nguyễn Trần Lê Phạm Hoàng Phan Vũ Đặng Bùi Đỗ",
           "towns": "Đà Nẵng|Hải Phòng|Cần Thơ|Huế|Nha Trang|Biên Hòa|Vũng Tàu|Đà Lạt",
           "streets": "Lê Lợi|Trần Hưng Đạo|Nguyễn Huệ|Hai Bà Trưng|Lý Thường Kiệt|Phan Chu Trinh|Quang Trung|Bạch Đằng",
           "domains": "gmail.com yahoo.com.vn outlook.com", "sfx": "TNHH|Cổ phần", "family_first": True},
}

# Where a template's language names no country, the country is drawn from these (weights by repetition).
_LANG_COUNTRIES = {
    "en": "US US US GB GB GB CA AU AU IE IN IN NZ ZA SG", "de": "DE DE DE AT CH", "fr": "FR FR FR BE", "es": "ES ES MX AR",
    "it": "IT", "nl": "NL NL BE", "pt": "PT", "pl": "PL", "sv": "SE", "no": "NO", "da": "DK", "fi": "FI", "is": "IS",
    "cs": "CZ", "sk": "SK", "hu": "HU", "ro": "RO", "tr": "TR", "el": "GR", "ru": "RU", "uk": "UA", "bg": "BG", "hr": "HR",
    "sl": "SI", "lt": "LT", "lv": "LV", "et": "EE", "ca": "ES", "id": "ID", "vi": "VN",
}
_ENGLISH = _split("US GB CA AU IE IN NZ ZA SG")


def locale_for(lang: str, rng: random.Random) -> str:
    """"en" -> "en-GB" and the like; a template's "xx-CC" is kept as it is."""
    if "-" in lang:
        return lang
    return f"{lang}-{rng.choice(_LANG_COUNTRIES[lang].split())}"


# --- people and context --------------------------------------------------------------------------------------------

_TRANSLIT = {
    # Greek
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o",
    # Cyrillic (Russian, Ukrainian, Bulgarian)
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
    # Latin letters NFKD leaves alone
    "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "ø": "o", "œ": "oe", "ı": "i",
}


def _ascii(s: str) -> str:
    """A name as it goes into an e-mail address or a handle: transliterated, without accents, spaces or apostrophes."""
    out = []
    for ch in unicodedata.normalize("NFKD", s.lower()):
        if unicodedata.combining(ch):
            continue
        out.append(_TRANSLIT.get(ch, ch))
    return "".join(c for c in "".join(out) if c.isascii() and c.isalnum())


class _Person:
    def __init__(self, ctx: Context, country: str, opts: tuple[str, ...]) -> None:
        r = ctx.rng
        data = COUNTRIES[country]
        self.country = country
        self.sex = "f" if "f" in opts else "m" if "m" in opts else r.choice("fm")
        self.first = r.choice(_split(data["f" if self.sex == "f" else "m"]))
        lasts = _split(data["last"])

        def one() -> str:
            forms = r.choice(lasts).split("/")
            return forms[-1] if self.sex == "f" else forms[0]
        self.last = f"{one()} {one()}" if data.get("double") and r.random() < 0.7 else one()
        if country in ("ES", "CT", "MX", "BR", "PT") and " " in self.last and self.last.split()[0] == self.last.split()[1]:
            self.last = self.last.split()[0]
        self.family_first = bool(data.get("family_first"))
        self.full = f"{self.last} {self.first}" if self.family_first else f"{self.first} {self.last}"
        if "kid" in opts:
            year = r.randint(2017, 2023)
        elif "old" in opts:
            year = r.randint(1890, 1945)
        else:
            year = r.randint(1952, 2005)
        self.birth = dt.date(year, r.randint(1, 12), r.randint(1, 28))


class Context:
    """One prompt being rendered: its locale, its people (made on first mention), and what each slot drew."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.country = locale.split("-")
        self.key = "CT" if locale == "ca-ES" else self.country
        self.data = COUNTRIES[self.key]
        self.people: dict[int, _Person] = {}
        self.cache: dict[tuple, Parts] = {}
        self.clock = dt.datetime(rng.choice([2024, 2025, 2025, 2026]), rng.randint(1, 12), rng.randint(1, 28),
                                 rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))

    def person(self, i: int, opts: tuple[str, ...] = ()) -> _Person:
        if i not in self.people:
            country = self.key
            if i > 1 and self.lang == "en" and self.rng.random() < 0.25:  # English prompts name people from elsewhere too
                country = self.rng.choice(list(COUNTRIES))
            self.people[i] = _Person(self, country, opts)
        return self.people[i]

    def pick(self, s: str) -> str:
        return self.rng.choice(_split(s))

    def chars(self, n: int, alphabet: str = _AN) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def digits(self, n: int) -> str:
        return self.chars(n, string.digits)

    def town_entry(self, key: str | None = None) -> list[str]:
        return self.pick((COUNTRIES[key or self.key])["towns"]).split("/")


# --- dates ---------------------------------------------------------------------------------------------------------

_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
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
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",  # locative: "on the 5th of June"
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _format_date(ctx: Context, d: dt.date, style: str | None, with_year: bool = True) -> str:
    """A date as people of the locale write it: `num`eric, `long` (month words) or `short` (day and month only)."""
    r = ctx.rng
    style = style or (r.choice(["num", "long"]) if with_year else "short")
    y, m, day = d.year, d.month, d.day
    lang = ctx.lang
    if style == "iso":
        return d.isoformat()
    if lang == "en":
        mon = _MONTHS["en"].split()[m - 1]
        if ctx.country == "US":
            return {"num": f"{m}/{day}/{y}" if r.random() < 0.5 else f"{m:02d}/{day:02d}/{y}",
                    "long": r.choice([f"{mon} {day}, {y}", f"{mon[:3]} {day}, {y}"]), "short": f"{mon} {day}"}[style]
        if ctx.country == "CA" and style == "num":
            return d.isoformat()
        return {"num": f"{day:02d}/{m:02d}/{y}" if r.random() < 0.7 else f"{day}/{m}/{y}",
                "long": r.choice([f"{day} {mon} {y}", f"{_ordinal(day)} {mon} {y}", f"{day} {mon[:3]} {y}"]),
                "short": r.choice([f"{day} {mon}", f"{_ordinal(day)} {mon}", f"{_ordinal(day)} of {mon}"])}[style]
    if lang == "vi":
        return {"num": f"{day:02d}/{m:02d}/{y}", "long": f"{day} tháng {m} năm {y}", "short": f"{day}/{m}"}[style]
    mon = _MONTHS[lang].split()[m - 1]
    if style == "num":
        return {"de": f"{day:02d}.{m:02d}.{y}", "fr": f"{day:02d}/{m:02d}/{y}", "es": f"{day}/{m}/{y}", "ca": f"{day}/{m}/{y}",
                "it": f"{day:02d}/{m:02d}/{y}", "nl": f"{day}-{m}-{y}", "pt": f"{day:02d}/{m:02d}/{y}",
                "pl": f"{day:02d}.{m:02d}.{y}", "sv": f"{y}-{m:02d}-{day:02d}", "no": f"{day:02d}.{m:02d}.{y}",
                "da": f"{day:02d}.{m:02d}.{y}", "fi": f"{day}.{m}.{y}", "is": f"{day}.{m}.{y}", "cs": f"{day}. {m}. {y}",
                "sk": f"{day}. {m}. {y}", "hu": f"{y}. {m:02d}. {day:02d}.", "ro": f"{day:02d}.{m:02d}.{y}",
                "tr": f"{day:02d}.{m:02d}.{y}", "el": f"{day}/{m}/{y}", "ru": f"{day:02d}.{m:02d}.{y}",
                "uk": f"{day:02d}.{m:02d}.{y}", "bg": f"{day:02d}.{m:02d}.{y}", "hr": f"{day}. {m}. {y}.",
                "sl": f"{day}. {m}. {y}", "lt": f"{y}-{m:02d}-{day:02d}", "lv": f"{day:02d}.{m:02d}.{y}.",
                "et": f"{day:02d}.{m:02d}.{y}", "id": f"{day:02d}/{m:02d}/{y}"}[lang]
    if lang in ("es", "pt"):
        return f"{day} de {mon} de {y}" if style == "long" else f"{day} de {mon}"
    if lang == "ca":
        de = "d'" if mon[0] in "aeiou" else "de "
        return f"{day} {de}{mon} de {y}" if style == "long" else f"{day} {de}{mon}"
    if lang == "fr":
        dd = "1er" if day == 1 else str(day)
        return f"{dd} {mon} {y}" if style == "long" else f"{dd} {mon}"
    if lang == "hu":
        return f"{y}. {mon} {day}." if style == "long" else f"{mon} {day}."
    if lang == "lt":
        return f"{y} m. {mon} {day} d." if style == "long" else f"{mon} {day} d."
    if lang == "lv":
        return f"{y}. gada {day}. {mon}" if style == "long" else f"{day}. {mon}"
    dot = "." if lang in ("de", "no", "da", "fi", "is", "cs", "sk", "hr", "sl", "et") else ""
    year = f" {y}." if lang == "hr" else f" {y}"
    return f"{day}{dot} {mon}{year if style == 'long' else ''}"


# --- addresses -----------------------------------------------------------------------------------------------------

def _address(ctx: Context) -> str:
    r = ctx.rng
    k = ctx.key
    e = ctx.town_entry()
    town = e[0]
    st = ctx.pick(ctx.data["streets"])
    n = r.randint(1, 140)
    if k == "US":
        unit = r.choice(["", "", f", Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 420)}"])
        return f"{r.randint(100, 9899)} {st} {r.choice(['St', 'Ave', 'Dr', 'Ln', 'Rd', 'Ct', 'Street'])}{unit}, {town}, {e[1]} {ctx.digits(5)}"
    if k == "GB":
        pc = f"{e[1]}{r.randint(1, 19)} {r.randint(1, 9)}{ctx.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        return r.choice([f"{n} {st} {r.choice(['Road', 'Street', 'Lane', 'Close', 'Terrace'])}, {town} {pc}",
                         f"Flat {r.randint(1, 12)}, {n} {st} Road, {town}, {pc}"])
    if k == "CA":
        pc = f"{e[2]}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
        return f"{r.choice(['', f'{r.randint(1, 30)}-'])}{r.randint(10, 2999)} {st} {r.choice(['Street', 'Avenue', 'Crescent', 'Drive'])}, {town}, {e[1]} {pc}"
    if k == "AU":
        return f"{r.choice(['', f'{r.randint(1, 12)}/'])}{n} {st} {r.choice(['Street', 'Road', 'Parade', 'Court', 'Avenue'])}, {town} {e[1]} {e[2]}"
    if k == "IE":
        return f"{n} {st} {r.choice(['Road', 'Park', 'Avenue', 'Drive'])}, {town}, Co. {e[2]}, {e[1]} {ctx.chars(4, 'ACDEFHKNPRTVWXY0123456789')}"
    if k == "IN":
        return f"Flat {r.randint(1, 12)}0{r.randint(1, 8)}, {st} Apartments, {e[2]}, {town} {e[1]}{ctx.digits(3)}"
    if k == "NZ":
        return f"{n} {st} {r.choice(['Street', 'Road', 'Terrace', 'Place'])}, {town} {e[1]}"
    if k == "ZA":
        return f"{n} {st} {r.choice(['Street', 'Avenue', 'Crescent'])}, {town}, {e[1]}"
    if k == "SG":
        return f"Blk {r.randint(100, 899)} {st} Ave {r.randint(1, 9)}, #{r.randint(2, 20):02d}-{r.randint(10, 450)}, Singapore {ctx.digits(6)}"
    if k == "DE":
        return f"{st}{r.choice(['straße', 'weg', 'allee', 'ring'])} {n}{r.choice(['', '', 'a'])}, {e[1]} {town}"
    if k == "AT":
        return f"{st}{r.choice(['gasse', 'straße', 'weg'])} {n}{r.choice(['', f'/{r.randint(1, 20)}'])}, {e[1]} {town}"
    if k == "CH":
        return f"{st}{r.choice(['strasse', 'weg', 'gasse'])} {n}, {e[1]} {town}"
    if k == "FR":
        return f"{n}{r.choice(['', '', ' bis'])} {r.choice(['rue', 'avenue', 'allée', 'impasse'])} {st}, {e[1]}{ctx.digits(3)} {town}"
    if k == "BE":
        if ctx.lang == "fr":
            return f"{r.choice(['Rue', 'Avenue', 'Chaussée'])} {r.choice(['de la Station', 'des Champs', 'du Moulin', 'de l’Église'])} {n}, {e[1]} {town}"
        return f"{st}{r.choice(['straat', 'laan', 'weg'])} {n}{r.choice(['', ' bus 2', ' bus 11'])}, {e[1]} {town}"
    if k in ("ES", "CT"):
        street = f"Calle {st}" if k == "ES" else f"Carrer {st}"
        return f"{street}, {n}, {r.randint(1, 8)}º {r.choice('ABCD12')}, {e[1]}{ctx.digits(3)} {town}"
    if k == "MX":
        return f"Calle {st} {n}{r.choice(['', f' int. {r.randint(1, 12)}'])}, Col. {r.choice(['Centro', 'Del Valle', 'Las Américas', 'Jardines del Bosque'])}, C.P. {e[2]}{ctx.digits(3)}, {town}, {e[1]}"
    if k == "AR":
        return f"{r.choice(['Av.', 'Calle'])} {st} {r.randint(100, 4999)}, piso {r.randint(1, 12)} depto {r.choice('ABCD')}, {e[1]}{ctx.chars(3, string.ascii_uppercase)} {town}"
    if k == "IT":
        return f"{r.choice(['Via', 'Viale', 'Corso'])} {st} {n}{r.choice(['', '/A'])}, {e[1]} {town} ({e[2]})"
    if k == "NL":
        return f"{st}{r.choice(['straat', 'laan', 'weg', 'singel'])} {n}{r.choice(['', 'A', '-2'])}, {e[1]} {ctx.chars(2, 'ABCDEGHJKLMNPRSTVWXZ')} {town}"
    if k == "PT":
        return f"{st}, {n}, {r.randint(1, 6)}.º {r.choice(['Esq.', 'Dto.'])}, {e[1]}-{ctx.digits(3)} {town}"
    if k == "BR":
        return f"Rua {st}, {r.randint(10, 2999)}{r.choice(['', f', apto {r.randint(11, 1204)}'])} - {e[2]}, {town} - {e[1]}, {ctx.digits(5)}-{ctx.digits(3)}"
    if k == "PL":
        return f"ul. {st} {n}{r.choice(['', f'/{r.randint(1, 60)}'])}, {e[1]}-{ctx.digits(3)} {town}"
    if k == "SE":
        return f"{st}{r.choice(['gatan', 'vägen'])} {n}, {e[1]}{ctx.digits(1)} {ctx.digits(2)} {town}"
    if k == "NO":
        return f"{st}{r.choice(['veien', 'gata'])} {n}{r.choice(['', 'B'])}, {e[1]}{ctx.digits(2)} {town}"
    if k == "DK":
        return f"{st}{r.choice(['vej', 'gade'])} {n}{r.choice(['', f', {r.randint(1, 5)}. tv.', ', st. th.'])}, {e[1]} {town}"
    if k == "FI":
        return f"{st}{r.choice(['katu', 'tie'])} {n}{r.choice(['', f' A {r.randint(1, 30)}', f' B {r.randint(1, 30)}'])}, {e[1]}{ctx.digits(3)} {town}"
    if k == "IS":
        return f"{st} {n}, {e[1]} {town}"
    if k in ("CZ", "SK"):
        return f"{st} {r.randint(100, 2999)}/{r.randint(1, 60)}, {e[1]} {town}"
    if k == "HU":
        return f"{e[1]} {town}, {st} {n}.{r.choice(['', f' {r.randint(1, 9)}/{r.randint(1, 30)}'])}"
    if k == "RO":
        return f"Str. {st} nr. {n}{r.choice(['', f', bl. {r.choice(string.ascii_uppercase[:8])}{r.randint(1, 9)}, ap. {r.randint(1, 80)}'])}, {town} {e[1]}{ctx.digits(3)}"
    if k == "TR":
        return f"{r.choice(['Atatürk', 'Cumhuriyet', 'Yenişehir', 'Bahçelievler', 'Fatih'])} Mah. {st} Sok. No: {n} D: {r.randint(1, 20)}, {e[1]}{ctx.digits(3)} {town}"
    if k == "GR":
        return f"{st} {n}, {e[1]} {ctx.digits(2)} {town}"
    if k == "RU":
        return f"ул. {st}, д. {n}, кв. {r.randint(1, 300)}, {town}, {e[1]}{ctx.digits(3)}"
    if k == "UA":
        return f"вул. {st}, {n}, кв. {r.randint(1, 200)}, {town}, {e[1]}{ctx.digits(3)}"
    if k == "BG":
        return f"ул. „{st}“ № {n}, {e[1]} {town}"
    if k == "HR":
        return f"{st} {n}, {e[1]} {town}"
    if k == "SI":
        return f"{st} {n}, {e[1]} {town}"
    if k == "LT":
        return f"{st} {n}-{r.randint(1, 90)}, LT-{e[1]}{ctx.digits(3)} {town}"
    if k == "LV":
        return f"{st} {n}-{r.randint(1, 90)}, {town}, LV-{e[1]}{ctx.digits(2)}"
    if k == "EE":
        return f"{st} {n}-{r.randint(1, 90)}, {e[1]}{ctx.digits(3)} {town}"
    if k == "ID":
        return f"{st} No. {n}, RT {r.randint(1, 12):02d}/RW {r.randint(1, 9):02d}, {town} {e[1]}{ctx.digits(3)}"
    if k == "VN":
        return f"Số {n} {st}, Phường {r.randint(1, 14)}, Quận {r.randint(1, 12)}, {town}"
    raise KeyError(k)


# --- phones, cards, IBANs, SSNs ------------------------------------------------------------------------------------

_PHONE_REGION = {"CT": "ES"}


def _phone(ctx: Context, country: str, style: str | None = None) -> str:
    """A number phonenumbers calls valid for the country, written the way people there write it."""
    r = ctx.rng
    region = _PHONE_REGION.get(country, country)
    kind = phonenumbers.PhoneNumberType.MOBILE if r.random() < 0.75 else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    national = str(example.national_number)
    number = example
    for _ in range(300):
        keep = r.randint(2, 3)
        candidate = phonenumbers.parse(f"+{example.country_code}{national[:keep]}{ctx.digits(len(national) - keep)}")
        if phonenumbers.is_valid_number(candidate) and candidate.national_number != example.national_number:
            number = candidate
            break
    fmt = phonenumbers.PhoneNumberFormat
    style = style or r.choice(["national", "national", "intl", "intl", "e164"])
    if style == "e164":
        return phonenumbers.format_number(number, fmt.E164)
    if style == "intl":
        return phonenumbers.format_number(number, fmt.INTERNATIONAL)
    return phonenumbers.format_number(number, fmt.NATIONAL)


_TEST_CARDS = frozenset({
    "4242424242424242", "4111111111111111", "4000056655665556", "5555555555554444", "2223003122003222", "5200828282828210",
    "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "6011000990139424", "3056930009020004",
    "36227206271667", "3566002020360505", "6200000000000005", "4000000000000002", "4000000000009995", "4012888888881881",
    "5454545454545454", "4917610000000000", "4444333322221111", "5425233430109903", "4263982640269299",
})


def _card(ctx: Context) -> str:
    r = ctx.rng
    while True:
        prefix, length = r.choice([("4", 16), ("4", 16), (str(r.randint(51, 55)), 16), (str(r.randint(2221, 2720)), 16),
                                   (r.choice(["34", "37"]), 15), ("6011", 16), (str(r.randint(3528, 3589)), 16),
                                   ("62", 16), ("4", 19)])
        body = prefix + ctx.digits(length - len(prefix) - 1)
        number = body + luhn.calc_check_digit(body)
        if number not in _TEST_CARDS and len(set(number[6:])) > 3:
            break
    sep = r.choice([" ", " ", "-", ""])
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i: i + 4] for i in range(0, length, 4))


# The SWIFT registry's BBAN layouts (n digits, a capitals, c alphanumerics) for the countries the set uses.
_BBAN = {"AT": "5n11n", "BE": "3n7n2n", "BG": "4a4n2n8c", "BR": "8n5n10n1a1c", "CH": "5n12c", "CZ": "4n16n", "DE": "8n10n",
         "DK": "4n9n1n", "EE": "2n14n", "ES": "4n4n1n1n10n", "FI": "3n11n", "FR": "5n5n11c2n", "GB": "4a6n8n",
         "GR": "3n4n16c", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IS": "4n2n6n10n", "IT": "1a5n5n12c",
         "LT": "5n11n", "LV": "4a13c", "NL": "4a10n", "NO": "4n6n1n", "PL": "8n16n", "PT": "4n4n11n2n", "RO": "4a16c",
         "SE": "3n16n1n", "SI": "5n8n2n", "SK": "4n6n10n", "TR": "5n1n16c", "UA": "6n19c"}
_BANK_CODES = {"GB": "BARC NWBK LOYD HBUK MIDL", "IE": "AIBK BOFI IPBS", "NL": "INGB RABO ABNA SNSB TRIO", "BG": "UNCR STSA FINV",
               "LV": "HABA UNLA PARX", "RO": "BTRL RNCB BRDE INGB"}


def _iban(ctx: Context, country: str | None = None) -> str:
    """A valid IBAN: random account, mod-97 check digits, and the national check where stdnum knows one."""
    r = ctx.rng
    cc = country or {"CT": "ES"}.get(ctx.key, ctx.key)
    if cc not in _BBAN:
        cc = r.choice(["GB", "IE", "DE", "NL"])
    for _ in range(2000):
        bban = ""
        for count, kind in ((int(x[:-1]), x[-1]) for x in _split(_BBAN[cc].replace("n", "n ").replace("a", "a ").replace("c", "c "))):
            alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": _UPN}[kind]
            bban += ctx.chars(count, alphabet)
        if cc in _BANK_CODES:
            code = ctx.pick(_BANK_CODES[cc])
            bban = code + bban[len(code):]
        if cc == "BE":
            bban = bban[:10] + f"{(int(bban[:10]) % 97) or 97:02d}"
        if cc == "ES":
            bban = bban[:8] + es_ccc.calc_check_digits(bban[:8] + "00" + bban[10:]) + bban[10:]
        iban = cc + stdnum_iban.calc_check_digits(cc + "00" + bban) + bban
        if stdnum_iban.is_valid(iban):
            break
    else:
        raise RuntimeError(f"no valid IBAN for {cc}")
    return stdnum_iban.format(iban) if r.random() < 0.65 else iban


_SPECIMEN_SSNS = frozenset({"078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"})


def _ssn(ctx: Context) -> str:
    r = ctx.rng
    while True:
        area = r.choice([x for x in range(1, 900) if x != 666])
        value = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if value not in _SPECIMEN_SSNS:
            break
    return r.choice([value, value, value, value.replace("-", " "), value.replace("-", "")])


# --- national identity numbers -------------------------------------------------------------------------------------

def _draw(make: Callable[[], str], valid: Callable[[str], bool], what: str) -> str:
    for _ in range(3000):
        value = make()
        if valid(value):
            return value
    raise RuntimeError(f"no valid {what} drawn")


def _codice_fiscale(ctx: Context, p: _Person) -> str:
    from stdnum.it import codicefiscale

    def letters(name: str, first_name: bool) -> str:
        s = "".join(c for c in _ascii(name).upper() if c.isalpha())
        cons = [c for c in s if c not in "AEIOU"]
        vows = [c for c in s if c in "AEIOU"]
        if first_name and len(cons) > 3:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vows) + "XXX")[:3]
    b = p.birth
    body = (letters(p.last, False) + letters(p.first, True) + f"{b.year % 100:02d}" + "ABCDEHLMPRST"[b.month - 1]
            + f"{b.day + (40 if p.sex == 'f' else 0):02d}" + ctx.rng.choice("ABCDEFGHLM") + ctx.digits(3))
    value = body + codicefiscale.calc_check_digit(body)
    assert codicefiscale.is_valid(value), value
    return value


def _curp(ctx: Context, p: _Person) -> str:
    from stdnum.mx import curp
    r = ctx.rng
    states = {"JAL": "JC", "PUE": "PL", "QRO": "QT", "YUC": "YN", "MICH": "MN", "OAX": "OC", "COAH": "CL", "GTO": "GT"}
    surnames = (p.last.split() + ["X"])[:2]
    a = _ascii(surnames[0]).upper()
    b2 = _ascii(surnames[1]).upper()
    f = _ascii(p.first).upper()
    vowel = next((c for c in a[1:] if c in "AEIOU"), "X")

    def inner_consonant(s: str) -> str:
        return next((c for c in s[1:] if c.isalpha() and c not in "AEIOU"), "X")
    b = p.birth
    state = states.get(ctx.town_entry("MX")[1], "DF")

    def make() -> str:
        body = (a[0] + vowel + b2[0] + f[0] + b.strftime("%y%m%d") + ("M" if p.sex == "f" else "H") + state
                + inner_consonant(a) + inner_consonant(b2) + inner_consonant(f) + (r.choice(string.digits) if b.year < 2000 else r.choice("ABCD")))
        return body + curp.calc_check_digit(body)
    return _draw(make, curp.is_valid, "CURP")


def _cpf_digits(body: str) -> str:
    d1 = (sum((10 - i) * int(c) for i, c in enumerate(body)) * 10) % 11 % 10
    d2 = (sum((11 - i) * int(c) for i, c in enumerate(body + str(d1))) * 10) % 11 % 10
    return f"{d1}{d2}"


def _natid(ctx: Context, p: _Person, kind: str | None) -> str:
    """The person's national number for their country, valid by its checksum and agreeing with birth date and sex."""
    r = ctx.rng
    b, female, c = p.birth, p.sex == "f", p.country
    yy, mm, dd = f"{b.year % 100:02d}", f"{b.month:02d}", f"{b.day:02d}"
    if kind == "passport":
        return {"GB": ctx.digits(9), "US": ctx.digits(9), "IN": r.choice("JKLMNPRSTUVZ") + ctx.digits(7),
                "CA": ctx.chars(2, string.ascii_uppercase) + ctx.digits(6), "AU": r.choice("NPRE") + ctx.digits(7),
                "DE": "C" + ctx.chars(8, "CFGHJKLMNPRTVWXYZ0123456789")}.get(c, ctx.chars(2, string.ascii_uppercase) + ctx.digits(7))
    if c == "PL":
        from stdnum.pl import pesel
        body = yy + f"{b.month + (20 if b.year >= 2000 else 0):02d}" + dd + ctx.digits(3) + r.choice("02468" if female else "13579")
        return body + pesel.calc_check_digit(body)
    if c == "SE":
        from stdnum.se import personnummer

        def make() -> str:
            body = yy + mm + dd + ctx.digits(2) + r.choice("02468" if female else "13579")
            return f"{body[:6]}-{body[6:]}{luhn.calc_check_digit(body)}"
        v = _draw(make, personnummer.is_valid, "personnummer")
        return f"{b.year // 100}{v}" if r.random() < 0.3 else v
    if c == "NO":
        from stdnum.no import fodselsnummer

        def make() -> str:
            ind = r.randint(0, 499) if b.year < 2000 else r.randint(500, 999)
            ind = ind - ind % 2 + (0 if female else 1)
            body = dd + mm + yy + f"{ind:03d}"
            k1 = fodselsnummer.calc_check_digit1(body)
            return body + k1 + fodselsnummer.calc_check_digit2(body + k1)
        v = _draw(make, fodselsnummer.is_valid, "fødselsnummer")
        return f"{v[:6]} {v[6:]}" if r.random() < 0.4 else v
    if c == "DK":
        from stdnum.dk import cpr

        def make() -> str:
            seventh = r.choice("0123") if b.year < 2000 else r.choice("4")
            return f"{dd}{mm}{yy}-{seventh}{ctx.digits(2)}{r.choice('02468' if female else '13579')}"
        return _draw(make, cpr.is_valid, "CPR")
    if c == "FI":
        n = f"{r.randint(2, 899):03d}"
        n = n[:2] + str(int(n[2]) - int(n[2]) % 2 + (0 if female else 1))
        sign = "-" if b.year < 2000 else "A"
        return f"{dd}{mm}{yy}{sign}{n}" + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(dd + mm + yy + n) % 31]
    if c == "IS":
        from stdnum.is_ import kennitala
        v = _draw(lambda: f"{dd}{mm}{yy}{r.randint(20, 99)}{r.randint(0, 9)}{'9' if b.year < 2000 else '0'}", kennitala.is_valid, "kennitala")
        return f"{v[:6]}-{v[6:]}"
    if c in ("CZ", "SK"):
        month = b.month + (50 if female else 0)

        def make() -> str:
            first9 = f"{yy}{month:02d}{dd}{ctx.digits(3)}"
            return f"{first9[:6]}/{first9[6:]}{int(first9) % 11 % 10}"
        from stdnum.cz import rc as cz_rc
        from stdnum.sk import rc as sk_rc
        return _draw(make, cz_rc.is_valid if c == "CZ" else sk_rc.is_valid, "rodné číslo")
    if c == "RO":
        from stdnum.ro import cnp
        county = f"{r.randint(1, 46):02d}"
        body = ("2" if female else "1") if b.year < 2000 else ("6" if female else "5")
        body += yy + mm + dd + county + f"{r.randint(1, 999):03d}"
        return body + cnp.calc_check_digit(body)
    if c == "GR":
        from stdnum.gr import amka

        def make() -> str:
            body = dd + mm + yy + ctx.digits(3) + r.choice("02468" if female else "13579")
            return body + luhn.calc_check_digit(body)
        return _draw(make, amka.is_valid, "AMKA")
    if c == "BG":
        from stdnum.bg import egn
        body = yy + f"{b.month + (40 if b.year >= 2000 else 0):02d}" + dd + ctx.digits(2) + r.choice("13579" if female else "02468")
        return body + egn.calc_check_digit(body)
    if c == "SI":
        from stdnum.si import emso
        body = dd + mm + f"{b.year % 1000:03d}" + "50" + f"{r.randint(500, 999) if female else r.randint(0, 499):03d}"
        return body + emso.calc_check_digit(body)
    if c in ("LT", "EE"):
        from stdnum.ee import ik
        from stdnum.lt import asmens
        g = ("4" if female else "3") if b.year < 2000 else ("6" if female else "5")
        body = g + yy + mm + dd + ctx.digits(3)
        value = body + (asmens.calc_check_digit(body + "0") if c == "LT" else ik.calc_check_digit(body + "0"))  # they ignore the last digit
        assert (asmens.is_valid if c == "LT" else ik.is_valid)(value), value
        return value
    if c == "LV":
        from stdnum.lv import pvn
        body = dd + mm + yy + ("1" if b.year < 2000 else "2") + ctx.digits(3)
        v = body + pvn.calc_check_digit_pers(body)
        return f"{v[:6]}-{v[6:]}"
    if c == "ZA":
        from stdnum.za import idnr
        seq = f"{r.randint(0, 4999) if female else r.randint(5000, 9999):04d}"
        body = yy + mm + dd + seq + "08"
        v = body + luhn.calc_check_digit(body)
        assert idnr.is_valid(v), v
        return f"{v[:6]} {v[6:10]} {v[10:]}" if r.random() < 0.3 else v
    if c == "BE":
        from stdnum.be import nn
        serial = r.randint(1, 997)
        serial = serial - serial % 2 + (0 if female else 1)
        body = f"{yy}{mm}{dd}{serial:03d}"
        check = 97 - int(("2" if b.year >= 2000 else "") + body) % 97
        v = body + f"{check:02d}"
        assert nn.is_valid(v), v
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if c == "IT":
        return _codice_fiscale(ctx, p)
    if c == "FR":
        from stdnum.fr import nir
        body = ("2" if female else "1") + yy + mm + f"{r.randint(1, 95):02d}" + f"{r.randint(1, 990):03d}" + f"{r.randint(1, 999):03d}"
        v = body + nir.calc_check_digits(body)
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if r.random() < 0.6 else v
    if c in ("ES", "CT"):
        from stdnum.es import dni, nie
        if r.random() < 0.25:
            v = r.choice("XYZ") + ctx.digits(7)
            return v + nie.calc_check_digit(v)
        body = ctx.digits(8)
        return body + ("-" if r.random() < 0.2 else "") + dni.calc_check_digit(body)
    if c == "MX":
        return _curp(ctx, p)
    if c == "AR":
        from stdnum.ar import cuit

        def make() -> str:
            body = ("27" if female else "20") + f"{r.randint(10_000_000, 45_000_000)}"
            return body + cuit.calc_check_digit(body)
        v = _draw(make, cuit.is_valid, "CUIT")
        return f"{v[:2]}-{v[2:10]}-{v[10:]}"
    if c == "PT":
        from stdnum.pt import nif
        body = r.choice("123") + ctx.digits(7)
        v = body + nif.calc_check_digit(body)
        return f"{v[:3]} {v[3:6]} {v[6:]}" if r.random() < 0.4 else v
    if c == "BR":
        body = ctx.digits(9)
        v = body + _cpf_digits(body)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if r.random() < 0.8 else v
    if c == "NL":
        from stdnum.nl import bsn
        v = _draw(lambda: str(r.randint(1, 6)) + ctx.digits(8), bsn.is_valid, "BSN")
        return f"{v[:4]}.{v[4:6]}.{v[6:]}" if r.random() < 0.3 else v
    if c == "DE":
        from stdnum.de import idnr
        from stdnum.iso7064 import mod_11_10

        def make() -> str:
            chosen = r.sample(string.digits[1:], 1) + r.sample(string.digits, 8)
            body = chosen + [r.choice(chosen)]
            r.shuffle(body)
            return "".join(body) + mod_11_10.calc_check_digit("".join(body))
        v = _draw(make, idnr.is_valid, "Steuer-ID")
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if r.random() < 0.4 else v
    if c == "AT":
        from stdnum.at import vnr

        def make() -> str:
            serial = f"{r.randint(100, 999)}"
            date = dd + mm + yy
            return serial + vnr.calc_check_digit(serial + "0" + date) + date
        v = _draw(make, vnr.is_valid, "SV-Nummer")
        return f"{v[:4]} {v[4:]}"
    if c == "CH":
        from stdnum.ch import ssn as ahv
        v = _draw(lambda: "756" + ctx.digits(10), ahv.is_valid, "AHV")
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if c == "TR":
        from stdnum.tr import tckimlik
        body = str(r.randint(1, 9)) + ctx.digits(8)
        return body + tckimlik.calc_check_digits(body)
    if c == "RU":
        from stdnum.ru import inn
        body = f"{r.randint(1, 89):02d}" + ctx.digits(8)
        return body + inn.calc_personal_check_digits(body)
    if c == "UA":
        from stdnum.ua import rntrc
        body = f"{(b - dt.date(1899, 12, 31)).days:05d}" + ctx.digits(3) + r.choice("02468" if female else "13579")
        return body + rntrc.calc_check_digit(body)
    if c == "HR":
        from stdnum.hr import oib
        from stdnum.iso7064 import mod_11_10
        body = str(r.randint(1, 9)) + ctx.digits(9)
        v = body + mod_11_10.calc_check_digit(body)
        assert oib.is_valid(v), v
        return v
    if c == "HU":  # TAJ number: eight digits, then the sum weighted 3,7,3,7... modulo 10
        body = str(r.randint(0, 9)) + ctx.digits(7)
        check = sum(int(d) * (3 if i % 2 == 0 else 7) for i, d in enumerate(body)) % 10
        v = body + str(check)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "ID":
        from stdnum.id import nik

        def make() -> str:
            return f"{r.choice(['32', '33', '35', '34', '12', '51', '73'])}{r.randint(1, 30):02d}{r.randint(1, 30):02d}" \
                   f"{b.day + (40 if female else 0):02d}{mm}{yy}{r.randint(1, 999):04d}"
        return _draw(make, nik.is_valid, "NIK")
    if c == "VN":  # CCCD: province, century-and-sex digit, year, six digits (no check digit exists)
        return f"{r.choice(['001', '031', '048', '079', '092', '046'])}{(0 if b.year < 2000 else 2) + (1 if female else 0)}{yy}{ctx.digits(6)}"
    if c == "GB":
        if kind == "nhs":
            from stdnum.gb import nhs
            v = _draw(lambda: str(r.randint(4, 7)) + ctx.digits(9), nhs.is_valid, "NHS number")
            return f"{v[:3]} {v[3:6]} {v[6:]}"
        first = r.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = r.choice([ch for ch in "ABCEGHJKLMNPRSTWXYZ" if first + ch not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")])
        v = f"{first}{second}{ctx.digits(6)}{r.choice('ABCD')}"
        return f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}" if r.random() < 0.6 else v
    if c == "IE":
        from stdnum.ie import pps

        def make() -> str:
            body = ctx.digits(7)
            total = sum(int(d) * w for d, w in zip(body, range(8, 1, -1)))
            return body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23]
        return _draw(make, pps.is_valid, "PPS")
    if c == "IN":
        if kind == "pan":
            from stdnum.in_ import pan
            return _draw(lambda: ctx.chars(3, string.ascii_uppercase) + "P" + p.last[0].upper() + ctx.digits(4)
                         + r.choice(string.ascii_uppercase), pan.is_valid, "PAN")
        from stdnum.in_ import aadhaar
        v = _draw(lambda: str(r.randint(2, 9)) + ctx.digits(11), aadhaar.is_valid, "Aadhaar")
        return f"{v[:4]} {v[4:8]} {v[8:]}" if r.random() < 0.7 else v
    if c == "CA":
        from stdnum.ca import sin
        v = _draw(lambda: r.choice("1234567") + ctx.digits(8), sin.is_valid, "SIN")
        return f"{v[:3]} {v[3:6]} {v[6:]}" if r.random() < 0.7 else f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if c == "AU":
        from stdnum.au import tfn
        v = _draw(lambda: str(r.randint(1, 9)) + ctx.digits(8), tfn.is_valid, "TFN")
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "NZ":
        from stdnum.nz import ird
        v = _draw(lambda: str(r.randint(10_000_000, 149_999_999)), ird.is_valid, "IRD")
        return f"{v[:-6]}-{v[-6:-3]}-{v[-3:]}"
    if c == "SG":
        letter = "S" if b.year < 2000 else "T"
        digits = ctx.digits(7)
        total = sum(int(d) * w for d, w in zip(digits, (2, 7, 6, 5, 4, 3, 2))) + (4 if letter == "T" else 0)
        return letter + digits + "JZIHGFEDCBA"[total % 11]
    if c == "US":
        return _natid(ctx, p, "passport")
    raise KeyError(c)


# --- IP addresses --------------------------------------------------------------------------------------------------

_RESOLVERS = frozenset({"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "149.112.112.112", "208.67.222.222", "208.67.220.220"})
# Prefixes of real allocations (hosting providers, ISPs); 2001:db8::/32 is documentation and never drawn.
_V6_PREFIXES = ("2a01:4f8", "2a02:c207", "2001:41d0", "2600:1f18", "2a05:d014", "2604:a880", "2a03:b0c0", "2001:bc8",
                "2406:da18", "2001:470", "2a0a:e5c0", "2003:e2", "2a02:8108", "2a01:cb00", "2605:a601", "2601:646",
                "2a00:23c7", "2a02:a46")


def _ipv4_public(ctx: Context) -> str:
    r = ctx.rng
    while True:
        ip = f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        if ipaddress.IPv4Address(ip).is_global and ip not in _RESOLVERS:
            return ip


def _ipv4_private(ctx: Context) -> str:
    r = ctx.rng
    roll = r.random()
    if roll < 0.45:
        return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
    if roll < 0.8:
        return f"192.168.{r.choice([0, 1, 1, 2, 8, 10, 50, 88, 100, 178])}.{r.randint(2, 254)}"
    return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"


def _v6_groups(ctx: Context) -> list[int]:
    r = ctx.rng
    prefix = [int(g, 16) for g in r.choice(_V6_PREFIXES).split(":")]
    while len(prefix) < 4:
        prefix.append(r.randint(0, 0xFFFF) if r.random() < 0.8 else r.randint(0, 0xFF) << 8)
    return prefix


def _ipv6(ctx: Context, style: str) -> str:
    r = ctx.rng
    if style == "v6ll":
        iid = [r.randint(0, 0xFFFF), (r.randint(0, 0xFF) << 8) | 0xFF, 0xFE00 | r.randint(0, 0xFF), r.randint(0, 0xFFFF)]
        return str(ipaddress.IPv6Address(":".join(["fe80", "0", "0", "0"] + [f"{g:x}" for g in iid])))
    if style == "ula":
        groups = [0xFD00 | r.randint(0, 0xFF), r.randint(0, 0xFFFF), r.randint(0, 0xFFFF), r.randint(0, 0xFF)]
        host = [0, 0, 0, r.randint(1, 0x1FF)] if r.random() < 0.6 else [r.randint(0, 0xFFFF) for _ in range(4)]
        return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups + host)))
    groups = _v6_groups(ctx)
    if style in ("v6net", "v6net48"):  # a /48 (three groups) or a /56 (the fourth group's low byte zero)
        groups[3] = 0 if style == "v6net48" or r.random() < 0.5 else groups[3] & 0xFF00
        return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups + [0, 0, 0, 0])))
    if style == "v6full":
        groups += [r.randint(0, 0xFFFF) for _ in range(4)]
        if r.random() < 0.5:
            return ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups)).exploded
        return ":".join(f"{g:x}" for g in groups)
    host = [0, 0, 0, r.choice([1, 2, 0x10, 0x53, 0xA, r.randint(1, 0xFFFF)])] if r.random() < 0.4 else [r.randint(0, 0xFFFF) for _ in range(4)]
    return str(ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups + host)))


def _ip(ctx: Context, style: str | None) -> str:
    r = ctx.rng
    style = style or r.choice(["pub", "pub", "pub", "priv", "priv", "v6"])
    if style == "pub":
        return _ipv4_public(ctx)
    if style == "priv":
        return _ipv4_private(ctx)
    if style == "mapped":
        return "::ffff:" + (_ipv4_public(ctx) if r.random() < 0.6 else _ipv4_private(ctx))
    if style in ("net24", "privnet"):  # a site's own public or private /24; never the base of an RFC 1918 range (unlabelled)
        while True:
            base = _ipv4_public(ctx) if style == "net24" else _ipv4_private(ctx)
            net = base.rsplit(".", 1)[0] + ".0"
            if net not in ("10.0.0.0", "172.16.0.0", "192.168.0.0"):
                return net
    if style in ("v6", "v6full", "v6ll", "ula", "v6net", "v6net48"):
        return _ipv6(ctx, style)
    raise KeyError(style)


# --- secrets -------------------------------------------------------------------------------------------------------

def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _wrap(body: str, width: int) -> str:
    return "\n".join(body[i: i + width] for i in range(0, len(body), width))


def _pem(ctx: Context, kind: str) -> str:
    r = ctx.rng
    if kind == "ec":
        der = bytes.fromhex("30770201010420") + r.randbytes(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + r.randbytes(64)
        return f"-----BEGIN EC PRIVATE KEY-----\n{_wrap(base64.b64encode(der).decode(), 64)}\n-----END EC PRIVATE KEY-----"
    if kind == "ed25519":
        der = bytes.fromhex("302e020100300506032b657004220420") + r.randbytes(32)
        return f"-----BEGIN PRIVATE KEY-----\n{base64.b64encode(der).decode()}\n-----END PRIVATE KEY-----"
    if kind == "openssh":
        pub = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + r.randbytes(32)
        check = r.randbytes(4)
        comment = b"deploy@build"
        priv = check + check + pub + struct.pack(">I", 64) + r.randbytes(64) + struct.pack(">I", len(comment)) + comment
        priv += bytes(range(1, 1 + (-len(priv)) % 8))
        blob = (b"openssh-key-v1\x00" + struct.pack(">I", 4) + b"none" + struct.pack(">I", 4) + b"none" + struct.pack(">I", 0)
                + struct.pack(">I", 1) + struct.pack(">I", len(pub)) + pub + struct.pack(">I", len(priv)) + priv)
        return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{_wrap(base64.b64encode(blob).decode(), 70)}\n-----END OPENSSH PRIVATE KEY-----"
    if kind == "pkcs8":
        der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + r.randbytes(r.randint(280, 420))
        return f"-----BEGIN PRIVATE KEY-----\n{_wrap(base64.b64encode(der).decode(), 64)}\n-----END PRIVATE KEY-----"
    if kind == "pgp":
        body = "lQOYBG" + ctx.chars(r.randint(250, 330), _B64)
        return f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{_wrap(body, 64)}\n={ctx.chars(4, _B64)}\n-----END PGP PRIVATE KEY BLOCK-----"
    der = bytes.fromhex("308204a40201000282010100") + r.randbytes(r.randint(280, 460))  # RSA, PKCS#1
    return f"-----BEGIN RSA PRIVATE KEY-----\n{_wrap(base64.b64encode(der).decode(), 64)}\n-----END RSA PRIVATE KEY-----"


def _jwt(ctx: Context) -> str:
    r = ctx.rng
    alg = r.choice(["HS256", "HS256", "RS256", "ES256"])
    header = {"alg": alg, "typ": "JWT"} if r.random() < 0.6 else {"alg": alg, "kid": ctx.chars(12, _URLSAFE), "typ": "JWT"}
    iat = r.randint(1_700_000_000, 1_790_000_000)
    payload = r.choice([
        {"sub": str(r.randint(10_000, 9_999_999)), "role": r.choice(["user", "admin", "service"]), "iat": iat, "exp": iat + 3600},
        {"iss": "supabase", "ref": ctx.chars(20, string.ascii_lowercase), "role": "service_role", "iat": iat, "exp": iat + 315_360_000},
        {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "sub": "system:serviceaccount:ci:deployer"},
        {"sub": f"{ctx.chars(8, _HEX)}-{ctx.chars(4, _HEX)}-4{ctx.chars(3, _HEX)}-a{ctx.chars(3, _HEX)}-{ctx.chars(12, _HEX)}",
         "scope": "read write", "iat": iat, "exp": iat + 900},
    ])
    sig = r.randbytes({"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    return f"{_b64url(json.dumps(header, separators=(',', ':')).encode())}.{_b64url(json.dumps(payload, separators=(',', ':')).encode())}.{_b64url(sig)}"


_WORDS = _split("Sommerwind Kalimera Przystan Vesuvio Hjemme Kotik Fenerbahce Tulipan Sunflower Bluebird Marmelade Kanelbulle "
          "Palacinka Citronella Ravenclaw Mistral Lavanda Hurricane Pikachu Tigerlily Galway Nordlys Kirsche Bonjour "
          "Matahari Chocolat Babushka Volcano Kiwi Limoncello")
_PHRASE_WORDS = _split("anchor maple orbit velvet pepper glacier tunnel saddle lantern cobalt meadow pixel harbor walnut "
                 "ember quartz falcon juniper thistle canyon")
# A subset of the BIP-39 English word list, for wallet seed phrases.
_BIP39 = _split("abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve "
          "acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult "
          "advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album "
          "alcohol alert alien all alley allow almost alone alpha already also alter always amateur amazing among "
          "amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna "
          "bamboo banana banner bargain barrel basket battle beach bean beauty become beef before begin behave behind "
          "cabbage cabin cable cactus cage cake call calm camera camp canal cancel candy cannon canoe canvas canyon")


def _password(ctx: Context, kind: str | None) -> str:
    r = ctx.rng
    kind = kind or r.choice(["human", "human", "strong", "phrase"])
    if kind == "human":  # a word, a year or number, maybe a symbol; at least eight characters
        word = r.choice(_WORDS)
        if len(word) <= 5:
            return f"{word}{r.choice(['!', '#', '_'])}{r.randint(1000, 9999)}"
        return r.choice([f"{word}{r.randint(1960, 2025)}{r.choice(['!', '', '#', '.', '?'])}",
                         f"{word.lower()}_{r.randint(10, 99)}{r.choice(['', '!'])}",
                         f"{word}{r.choice(['!', '*', '+'])}{r.randint(100, 999)}",
                         word.replace("a", "4").replace("e", "3").replace("o", "0") + str(r.randint(10, 99)) + r.choice(["", "!", "#"])])
    if kind == "phrase":
        return r.choice(["-", ".", "_"]).join(r.sample(_PHRASE_WORDS, 4)) + str(r.randint(1, 99))
    if kind == "apple":
        return "-".join(ctx.chars(4, string.ascii_lowercase) for _ in range(4))
    if kind == "google":
        return " ".join(ctx.chars(4, string.ascii_lowercase) for _ in range(4))
    if kind == "community":
        return r.choice(_WORDS).lower()[:6] + ctx.chars(r.randint(4, 8), _AN)
    if kind == "wpa":
        return ctx.chars(r.randint(12, 20), _AN + "!-_.")
    n = r.randint(14, 24)  # strong: a password manager's
    while True:
        value = ctx.chars(n, _AN + _PW_SYMBOLS * 2)
        if any(c.isdigit() for c in value) and any(c in _PW_SYMBOLS for c in value) and value[0].isalnum():
            return value


def _token(ctx: Context, kind: str) -> str:
    """Provider keys and tokens with their real prefixes, lengths and alphabets (random, so not anybody's)."""
    r = ctx.rng
    c = ctx.chars
    up32 = string.ascii_uppercase + "234567"
    gen: dict[str, Callable[[], str]] = {
        "aws_id": lambda: r.choice(["AKIA", "AKIA", "AKIA", "ASIA"]) + c(16, up32),
        "aws_secret": lambda: c(40, _B64),
        "aws_session": lambda: "IQoJb3JpZ2luX2Vj" + c(r.randint(220, 300), _B64),
        "openai": lambda: r.choice([
            lambda: f"sk-proj-{c(74, _URLSAFE)}T3BlbkFJ{c(74, _URLSAFE)}", lambda: f"sk-proj-{c(48, _URLSAFE)}T3BlbkFJ{c(48, _URLSAFE)}",
            lambda: f"sk-{c(20, _AN)}T3BlbkFJ{c(20, _AN)}", lambda: f"sk-svcacct-{c(64, _URLSAFE)}T3BlbkFJ{c(64, _URLSAFE)}"])(),
        "anthropic": lambda: f"sk-ant-{r.choice(['api03', 'api03', 'admin01'])}-{c(93, _URLSAFE)}AA",
        "ghp": lambda: "ghp_" + c(36), "gho": lambda: "gho_" + c(36), "ghs": lambda: "ghs_" + c(36), "ghu": lambda: "ghu_" + c(36),
        "github_pat": lambda: f"github_pat_11{c(20, _UPN)}_{c(59)}",
        "glpat": lambda: "glpat-" + c(20, _URLSAFE), "glrt": lambda: "glrt-" + c(20, _URLSAFE), "gldt": lambda: "gldt-" + c(20, _URLSAFE),
        "slack_bot": lambda: f"xoxb-{ctx.digits(r.randint(10, 13))}-{ctx.digits(r.randint(10, 13))}-{c(24)}",
        "slack_user": lambda: f"xoxp-{ctx.digits(11)}-{ctx.digits(12)}-{ctx.digits(13)}-{c(32, _HEX)}",
        "slack_app": lambda: f"xapp-1-A{c(10, _UPN)}-{ctx.digits(13)}-{c(64, _HEX)}",
        "slack_hook": lambda: c(24),
        "stripe": lambda: "sk_live_" + (f"51{c(97)}" if r.random() < 0.5 else c(24)),
        "stripe_rk": lambda: "rk_live_" + (f"51{c(97)}" if r.random() < 0.5 else c(24)),
        "whsec": lambda: "whsec_" + c(32),
        "google": lambda: "AIza" + c(35, _URLSAFE), "gocspx": lambda: "GOCSPX-" + c(28, _URLSAFE),
        "google_refresh": lambda: "1//0" + c(1, string.ascii_letters) + c(r.randint(90, 100), _URLSAFE),
        "ya29": lambda: "ya29.a0" + c(r.randint(150, 200), _URLSAFE),
        "twilio": lambda: c(32, _HEX),
        "sendgrid": lambda: f"SG.{c(22, _URLSAFE)}.{c(43, _URLSAFE)}",
        "mailgun": lambda: r.choice([lambda: "key-" + c(32, _HEX), lambda: f"{c(32, _HEX)}-{c(8, _HEX)}-{c(8, _HEX)}"])(),
        "mailchimp": lambda: f"{c(32, _HEX)}-us{r.randint(1, 21)}",
        "npm": lambda: "npm_" + c(36), "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + c(r.randint(110, 150), _URLSAFE),
        "hf": lambda: "hf_" + c(34, string.ascii_letters),
        "azure_key": lambda: base64.b64encode(r.randbytes(64)).decode(),
        "azure_sig": lambda: base64.b64encode(r.randbytes(32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D"),
        "azure_client": lambda: f"{c(3)}8Q~{c(34, _AN + '~._-')}",
        "do": lambda: "dop_v1_" + c(64, _HEX),
        "heroku": lambda: f"{c(8, _HEX)}-{c(4, _HEX)}-{c(4, _HEX)}-{c(4, _HEX)}-{c(12, _HEX)}",
        "discord": lambda: f"{_b64url(str(r.randint(10**17, 13 * 10**17)).encode())}.{c(6, _URLSAFE)}.{c(38, _URLSAFE)}",
        "discord_hook": lambda: c(68, _URLSAFE),
        "telegram": lambda: f"{r.randint(10**8, 8 * 10**9)}:AA{c(33, _URLSAFE)}",
        "jwt": lambda: _jwt(ctx),
        "hex32": lambda: c(32, _HEX), "hex40": lambda: c(40, _HEX), "hex64": lambda: c(64, _HEX),
        "b64_32": lambda: base64.b64encode(r.randbytes(32)).decode(), "b64_48": lambda: base64.b64encode(r.randbytes(48)).decode(),
        "b64_64": lambda: base64.b64encode(r.randbytes(64)).decode(),
        "wg": lambda: base64.b64encode(r.randbytes(32)).decode(),
        "django": lambda: "django-insecure-" * (r.random() < 0.3) + c(50, string.ascii_lowercase + string.digits + "!@#%^&*(-_=+)"),
        "laravel": lambda: "base64:" + base64.b64encode(r.randbytes(32)).decode(),
        "wpsalt": lambda: c(64, _AN + "!#$%&()*+,-./:;<=>?@[]^_`|~"),
        "vault": lambda: "hvs." + c(r.randint(90, 95), _URLSAFE),
        "tfc": lambda: f"{c(14)}.atlasv1.{c(67)}",
        "datadog": lambda: c(32, _HEX), "cloudflare": lambda: c(40, _URLSAFE),
        "atlassian": lambda: f"ATATT3xFfGF0{c(r.randint(170, 190), _URLSAFE)}={c(8, '0123456789ABCDEF')}",
        "age": lambda: "AGE-SECRET-KEY-1" + c(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
        "totp": lambda: c(32, up32),
        "shopify": lambda: r.choice(["shpat_", "shpss_"]) + c(32, _HEX),
        "linear": lambda: "lin_api_" + c(40), "notion": lambda: r.choice([lambda: "secret_" + c(43), lambda: f"ntn_{ctx.digits(11)}{c(35)}"])(),
        "postman": lambda: f"PMAK-{c(24, _HEX)}-{c(34, _HEX)}", "okta": lambda: "00" + c(40, _URLSAFE),
        "sentry": lambda: f"sntrys_eyJpYXQiOjE3{c(120, _AN)}_{c(43, _URLSAFE)}",
        "grafana": lambda: f"glsa_{c(32)}_{c(8, _HEX)}", "newrelic": lambda: "NRAK-" + c(27, _UPN),
        "algolia": lambda: c(32, _HEX), "square": lambda: "EAAA" + c(60, _URLSAFE),
        "replicate": lambda: "r8_" + c(37), "groq": lambda: "gsk_" + c(52), "pplx": lambda: "pplx-" + c(48), "yandex": lambda: "AQVN" + c(36, _URLSAFE),
        "xai": lambda: "xai-" + c(80), "pinecone": lambda: f"pcsk_{c(6)}_{c(62)}", "wandb": lambda: c(40, _HEX),
        "tailscale": lambda: f"tskey-auth-k{c(10)}CNTRL-{c(33)}", "ngrok": lambda: f"2{c(26)}_{c(21)}",
        "figma": lambda: "figd_" + c(40, _URLSAFE), "dropbox": lambda: "sl.B" + c(r.randint(130, 140), _URLSAFE),
        "airtable": lambda: f"pat{c(14)}.{c(64, _HEX)}",
        "mapbox": lambda: f"sk.{_b64url(json.dumps({'u': c(8, string.ascii_lowercase), 'a': c(25, string.ascii_lowercase + string.digits)}).encode())}.{c(22)}",
        "ovpn": lambda: "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(c(32, _HEX) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----",
        "k8s_clientkey": lambda: base64.b64encode(_pem(ctx, "rsa").encode()).decode(),
        "pem_rsa": lambda: _pem(ctx, "rsa"), "pem_ec": lambda: _pem(ctx, "ec"), "pem_openssh": lambda: _pem(ctx, "openssh"),
        "pem_pkcs8": lambda: _pem(ctx, r.choice(["pkcs8", "ed25519"])), "pem_pgp": lambda: _pem(ctx, "pgp"),
        "pem_any": lambda: _pem(ctx, r.choice(["rsa", "ec", "openssh", "pkcs8", "ed25519", "pgp"])),
        "seed": lambda: " ".join(r.sample(_BIP39, 12)),
    }
    if kind == "any":
        kind = r.choice(["aws_id", "openai", "anthropic", "ghp", "github_pat", "glpat", "slack_bot", "stripe", "google", "sendgrid",
                         "npm", "hf", "do", "discord", "telegram", "jwt", "vault", "groq", "linear", "postman"])
    return gen[kind]()


# --- hard-negative values ------------------------------------------------------------------------------------------

def _ssh_public(ctx: Context, kind: str) -> str:
    r = ctx.rng
    if kind == "ecdsa":
        blob = (struct.pack(">I", 19) + b"ecdsa-sha2-nistp256" + struct.pack(">I", 8) + b"nistp256" + struct.pack(">I", 65)
                + b"\x04" + r.randbytes(64))
    else:
        blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + r.randbytes(32)
    return base64.b64encode(blob).decode()


def _cert_pem(ctx: Context) -> str:
    body = "MIID" + ctx.chars(1, "dDFz") + "zCCA" + ctx.chars(ctx.rng.randint(250, 380), _B64)
    return f"-----BEGIN CERTIFICATE-----\n{_wrap(body, 64)}\n-----END CERTIFICATE-----"


_DOMAIN_WORDS = _split("northwind kestrel brightlane copperleaf bluefjord tidewater ironbark larkspur quillon meridia fernhill saltmarsh")


def _negative(ctx: Context, kind: str, args: list[str]) -> str | None:
    """Values that look like PII or secrets and are not (unlabelled); None when `kind` is not one of them."""
    r = ctx.rng
    c = ctx.chars
    n = int(args[0]) if args and args[0].isdigit() else None
    simple: dict[str, Callable[[], str]] = {
        "uuid": lambda: f"{c(8, _HEX)}-{c(4, _HEX)}-4{c(3, _HEX)}-{r.choice('89ab')}{c(3, _HEX)}-{c(12, _HEX)}",
        "sha": lambda: c(n or 40, _HEX), "hex": lambda: c(n or 32, _HEX), "b64n": lambda: c(n or 86, _B64) + "==",
        "sshpub": lambda: _ssh_public(ctx, args[0] if args else "ed25519"),
        "sshfp": lambda: base64.b64encode(r.randbytes(32)).decode().rstrip("="),
        "wgpub": lambda: base64.b64encode(r.randbytes(32)).decode(),
        "certpem": lambda: _cert_pem(ctx), "cacert_b64": lambda: "LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSU" + c(r.randint(200, 260), _B64) + "==",
        "dkim": lambda: "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ" + c(178, _B64) + "IDAQAB",
        "masked": lambda: {"openai": lambda: "sk-proj-" + "*" * r.randint(8, 40) + c(4), "gh": lambda: "ghp_" + "*" * 32 + c(4),
                           "stripe": lambda: "sk_live_..." + c(4)}[args[0]](),
        "docip": lambda: r.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r.randint(1, 254)),
        "docip6": lambda: r.choice([f"2001:db8::{r.randint(1, 0xFFFF):x}", f"2001:db8:{r.randint(1, 0xFFFF):x}::{r.randint(1, 0xFF):x}",
                                    f"2001:0db8:85a3::8a2e:370:{r.randint(0x1000, 0xFFFF):x}"]),
        "order": lambda: r.choice(["#", "ORD-", "", "SO-"]) + ctx.digits(r.choice([6, 8, 9])),
        "ticket": lambda: r.choice([f"INC{ctx.digits(7)}", f"OPS-{r.randint(100, 9999)}", f"CHG{ctx.digits(7)}", f"#{r.randint(1000, 99999)}"]),
        "booking": lambda: c(6, string.ascii_uppercase + "23456789"),
        "policy": lambda: f"{c(2, string.ascii_uppercase)}-{ctx.digits(7)}-{ctx.digits(2)}",
        "acct": lambda: ctx.digits(r.choice([8, 10, 12])),
        "caseno": lambda: f"{r.randint(2023, 2026)}-{r.choice(['CV', 'LT', 'FAM'])}-{ctx.digits(6)}",
        "plate": lambda: f"{c(2, string.ascii_uppercase)}{r.randint(10, 99)} {c(3, string.ascii_uppercase)}",
        "end4": lambda: ctx.digits(4), "serial": lambda: f"{r.randint(2024, 2026)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{r.randint(1, 9):02d}",
        "msgid": lambda: f"CA{c(2, string.ascii_uppercase)}{c(30, _AN + '-_=+')}",
        "mac": lambda: ":".join(f"{r.randint(0, 255):02x}" for _ in range(6)),
        "num": lambda: ctx.digits(n or 6), "awsacct": lambda: str(r.randint(10**11, 10**12 - 1)),
        "azacct": lambda: "st" + r.choice(_DOMAIN_WORDS) + ctx.digits(3),
        "gcpproj": lambda: f"{r.choice(_DOMAIN_WORDS)}-{r.choice(['prod', 'data', 'ml', 'web'])}-{ctx.digits(6)}",
        "slackids": lambda: f"T0{c(8, _UPN)}/B0{c(r.randint(8, 10), _UPN)}",
        "snowflake": lambda: str(r.randint(10**17, 13 * 10**17)), "chatid": lambda: "-100" + ctx.digits(10),
        "sid": lambda: "AC" + c(32, _HEX),
        "domain": lambda: r.choice(_DOMAIN_WORDS) + r.choice(["", "-shop", "-apps", "-labs", "hq"]) + "." + r.choice(["com", "io", "net", "dev", "eu", "app"]),
        "version": lambda: f"{r.randint(0, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
        "time": lambda: f"{r.randint(6, 22)}:{r.choice(['00', '15', '30', '45'])}",
        "qty": lambda: str(r.choice([12, 48, 150, 326, 1480, 2210])),
        "price": lambda: r.choice(["€", "$", "£"]) + f"{r.randint(12, 2400)}.{r.randint(0, 99):02d}",
        "btcaddr": lambda: "bc1q" + c(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"),
        "cc": lambda: ctx.country,
        "pid": lambda: str(r.randint(900, 65000)), "eport": lambda: str(r.randint(32768, 60999)),
    }
    if kind not in simple:
        return None
    return simple[kind]()


def _timestamp(ctx: Context, style: str) -> str:
    """Machine timestamps of logs and headers (not labelled), moving forward a little at every use."""
    ctx.clock += dt.timedelta(seconds=ctx.rng.randint(1, 95), microseconds=ctx.rng.randint(0, 999_999))
    t = ctx.clock
    return {
        "iso": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "isoms": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z",
        "gha": t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}0Z", "sql": t.strftime("%Y-%m-%d %H:%M:%S"),
        "syslog": t.strftime("%b ") + f"{t.day:2d}" + t.strftime(" %H:%M:%S"), "clf": t.strftime("%d/%b/%Y:%H:%M:%S +0000"),
        "apache": t.strftime("%a %b %d %H:%M:%S.") + f"{t.microsecond:06d}" + t.strftime(" %Y"),
        "nginxerr": t.strftime("%Y/%m/%d %H:%M:%S"), "rfc2822": t.strftime("%a, %d %b %Y %H:%M:%S +0100"),
        "epoch": str(int(t.replace(tzinfo=dt.UTC).timestamp())), "hms": t.strftime("%H:%M:%S"),
    }[style]


# --- organisations, e-mail addresses, personal links -------------------------------------------------------------

_TRADES = {
    "en": "Logistics|Joinery|Accounting|Print|Landscaping|Electrical", "de": "Elektro|Haustechnik|Bau|Druckerei|Logistik|Steuerberatung",
    "fr": "Plomberie|Menuiserie|Transports|Conseil|Imprimerie", "es": "Construcciones|Transportes|Asesoría|Talleres|Distribuciones",
    "ca": "Construccions|Transports|Assessoria|Tallers", "it": "Costruzioni|Trasporti|Impianti|Tipografia",
    "nl": "Installatietechniek|Bouw|Transport|Administratie", "pt": "Construções|Transportes|Contabilidade|Serralharia",
    "pl": "Budownictwo|Transport|Biuro Rachunkowe|Instalacje", "sv": "Bygg|Åkeri|Redovisning|El", "no": "Bygg|Transport|Regnskap|Elektro",
    "da": "Byg|Transport|Revision|El-service", "fi": "Rakennus|Kuljetus|Tilitoimisto|Sähkö", "is": "Bygg|Flutningar|Bókhald|Rafverk",
    "cs": "Stavby|Doprava|Účetnictví|Elektro", "sk": "Stavby|Doprava|Účtovníctvo|Elektro", "hu": "Építő|Fuvarozó|Könyvelő|Villamos",
    "ro": "Construcții|Transport|Contabilitate|Instalații", "tr": "İnşaat|Nakliyat|Muhasebe|Elektrik",
    "el": "Κατασκευαστική|Μεταφορική|Λογιστική|Ηλεκτρολογική", "ru": "Стройсервис|Транслогистик|Бухучёт|Электромонтаж",
    "uk": "Будсервіс|Трансекспедиція|Бухоблік|Електромонтаж", "bg": "Строй|Транс|Счетоводство|Електро",
    "hr": "Gradnja|Prijevoz|Računovodstvo|Elektro", "sl": "Gradbeništvo|Prevozi|Računovodstvo|Elektro",
    "lt": "Statyba|Transportas|Apskaita|Elektra", "lv": "Būve|Transports|Grāmatvedība|Elektro",
    "et": "Ehitus|Transport|Raamatupidamine|Elekter", "id": "Karya|Jaya|Makmur|Sentosa", "vi": "Xây dựng|Vận tải|Kế toán|Điện",
}


def _org(ctx: Context, kind: str) -> str:
    r = ctx.rng
    sur = r.choice(_split(ctx.data["last"])).split("/")[0]
    sur2 = r.choice(_split(ctx.data["last"])).split("/")[0]
    town = ctx.town_entry()[0]
    sfx = ctx.pick(ctx.data["sfx"])
    trade = ctx.pick(_TRADES[ctx.lang])
    lang = ctx.lang
    if lang == "en":
        patterns = {
            "school": [f"St. {r.choice(['Brigid', 'Aidan', 'Columba', 'Hilda', 'Oswald'])}'s Primary School", f"{town} Grammar School",
                       f"{sur} Academy", f"{r.choice(['Riverside', 'Hillcrest', 'Westbrook'])} Community College"],
            "clinic": [f"{town} Family Practice", f"{sur} Dental Care", f"{r.choice(['Riverbend', 'Oakwood', 'Harbourside'])} Physio",
                       f"{r.choice(['Northgate', 'Elm Park', 'Castlefield'])} Medical Centre"],
            "club": [f"{town} Harriers", f"{town} Rowing Club", f"{r.choice(['Kingfisher', 'Red Kite', 'Otter'])} Running Club"],
            "venue": [f"The Old Granary at {town}", f"{sur} Hall", f"{r.choice(['Willowbrook', 'Hazelmere', 'Foxglove'])} Barn"],
        }.get(kind, [f"{sur} {trade} {sfx}", f"{sur} & {sur2} {sfx}", f"{r.choice(['Copperleaf', 'Bluewater', 'Northfield', 'Tamarind'])} {trade} {sfx}"])
        return r.choice(patterns)
    if kind == "school":
        school = {"pl": f"Zespół Szkół {r.choice(['Technicznych', 'Ekonomicznych', 'Ogólnokształcących'])} nr {r.randint(1, 12)}",
                  "uk": f"{r.choice(['Ліцей', 'Гімназія'])} № {r.randint(1, 180)}", "ru": f"Школа № {r.randint(1, 180)}",
                  "lt": f"{town} {r.choice(['Vytauto Didžiojo', 'Maironio', 'Žemynos'])} gimnazija", "id": f"SMA Negeri {r.randint(1, 20)} {town}"}
        if lang in school:
            return school[lang]
    if kind == "club":
        club = {"pt": f"Clube de Corrida {town}", "de": f"TSV {town} {r.choice(['1860', '1906', '1921'])} e.V.",
                "nl": f"Atletiekvereniging {r.choice(['De Zwaluwen', 'Hermes', 'Phoenix'])}"}
        if lang in club:
            return club[lang]
    if lang in ("ru", "uk"):
        return f"{sfx} «{trade}»"
    if lang == "bg":
        return f"„{trade} {sur}“ {sfx}"
    if lang == "vi":
        return f"Công ty {sfx} {trade} {sur}"
    if lang == "id":
        return f"{sfx} {trade} {sur}"
    return r.choice([f"{sur} {trade} {sfx}", f"{trade} {sur} {sfx}", f"{sur} & {sur2} {sfx}"])


_TLD = {"US": "com", "GB": "co.uk", "CA": "ca", "AU": "com.au", "IE": "ie", "IN": "in", "NZ": "co.nz", "ZA": "co.za", "SG": "sg",
        "CT": "cat", "BR": "com.br", "MX": "com.mx", "AR": "com.ar", "TR": "com.tr", "UA": "ua", "VN": "vn", "ID": "co.id"}


def _org_domain(ctx: Context) -> str:
    name = fill(ctx, "org")[0][0]
    words = [_ascii(w) for w in name.split() if _ascii(w) and w not in _split(ctx.data["sfx"]) and _ascii(w) not in ("co", "ltd", "llc", "inc")]
    return "-".join(words[:2]) + "." + _TLD.get(ctx.key, ctx.key.lower())


def _email(ctx: Context, p: _Person, work: bool) -> str:
    r = ctx.rng
    first = _ascii(p.first.split()[-1 if p.country == "VN" else 0]) or "info"
    last = _ascii(p.last.split()[0]) or "x"
    if work:
        return f"{r.choice([f'{first}.{last}', f'{first[0]}.{last}', first, f'{first}{last[0]}'])}@{_org_domain(ctx)}"
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{r.randint(1, 99)}", f"{last}.{first}",
                      f"{first}_{last}", f"{first}{p.birth.year % 100:02d}", f"{first}.{last}{p.birth.year}"])
    return f"{local}@{ctx.pick(COUNTRIES[p.country]['domains'])}"


def _purl(ctx: Context, p: _Person, kind: str | None) -> str:
    r = ctx.rng
    c = ctx.chars
    first, last = _ascii(p.first.split()[-1 if p.country == "VN" else 0]), _ascii(p.last.split()[0])
    handle = r.choice([f"{first}.{last}", f"{first}_{last}", f"{first}{last}{r.randint(1, 99)}", f"{first[0]}{last}"])
    kind = kind or r.choice(["linkedin", "insta", "fb", "github", "site", "strava", "drive", "calendly"])
    return {
        "linkedin": lambda: f"https://www.linkedin.com/in/{first}-{last}-{c(r.randint(6, 9), string.ascii_lowercase + string.digits)}",
        "insta": lambda: f"https://www.instagram.com/{handle}/", "fb": lambda: f"https://www.facebook.com/{first}.{last}.{ctx.digits(3)}",
        "github": lambda: f"https://github.com/{handle.replace('.', '-').replace('_', '-')}", "tg": lambda: f"https://t.me/{handle.replace('.', '_')}",
        "vk": lambda: f"https://vk.com/{handle.replace('.', '_')}",
        "familysearch": lambda: f"https://www.familysearch.org/tree/person/details/{c(4, _UPN)}-{c(3, _UPN)}",
        "ancestry": lambda: f"https://www.ancestry.com/family-tree/person/tree/{ctx.digits(9)}/person/{ctx.digits(12)}/facts",
        "geni": lambda: f"https://www.geni.com/people/{first.capitalize()}-{last.capitalize()}/{ctx.digits(19)}",
        "site": lambda: f"https://{first}{last}.{r.choice(['com', 'dev', 'me', 'net', 'photography'])}",
        "strava": lambda: f"https://www.strava.com/athletes/{ctx.digits(8)}",
        "drive": lambda: f"https://drive.google.com/drive/folders/1{c(32, _URLSAFE)}?usp=sharing",
        "dropbox": lambda: f"https://www.dropbox.com/scl/fi/{c(25, string.ascii_lowercase + string.digits)}/{first}-{r.choice(['cv', 'photos', 'scan'])}.pdf?rlkey={c(25, string.ascii_lowercase + string.digits)}&dl=0",
        "calendly": lambda: f"https://calendly.com/{first}-{last}/30min",
    }[kind]()


# --- fill ----------------------------------------------------------------------------------------------------------

_PERSON_KINDS = ("name", "first", "last", "initial", "rev", "email", "phone", "dob", "natid", "ssn", "purl")
_CASE_ARGS = ("uc", "lc")
_PERSON_OPTS = ("f", "m", "kid", "old")


def _person_parts(ctx: Context, kind: str, p: _Person, args: list[str]) -> Parts:
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
    if kind == "email":
        return [(_email(ctx, p, "work" in args), "EMAIL")]
    if kind == "phone":
        return [(_phone(ctx, p.country, args[0] if args else None), "PHONE")]
    if kind == "dob":
        return [(_format_date(ctx, p.birth, args[0] if args else None), "DATE_OF_BIRTH")]
    if kind == "natid":
        return [(_natid(ctx, p, args[0] if args else None), "NATIONAL_ID")]
    if kind == "ssn":
        return [(_ssn(ctx), "US_SSN")]
    return [(_purl(ctx, p, args[0] if args else None), "URL")]


def _generate(ctx: Context, kind: str, args: list[str], key: str) -> Parts:
    r = ctx.rng
    base = kind.rstrip("0123456789")
    if base in _PERSON_KINDS:
        index = int(kind[len(base):] or 1)
        p = ctx.person(index, tuple(a for a in args if a in _PERSON_OPTS))
        return _person_parts(ctx, base, p, [a for a in args if a not in _PERSON_OPTS])
    if kind == "town":
        return [(ctx.town_entry()[0], "LOCATION")]
    if kind == "org":
        return [(_org(ctx, args[0] if args else "firm"), "ORGANIZATION")]
    if kind == "address":
        return [(_address(ctx), "ADDRESS")]
    if kind == "date":
        d = ctx.clock.date() + dt.timedelta(days=r.randint(-120, 120))
        style = args[0] if args else None
        return [(_format_date(ctx, d, style, with_year=(r.random() < 0.6) if style is None else style != "short"), "DATE")]
    if kind == "iban":
        return [(_iban(ctx, args[0] if args else None), "IBAN")]
    if kind == "card":
        return [(_card(ctx), "CREDIT_CARD")]
    if kind == "ip":
        return [(_ip(ctx, args[0] if args else None), "IP_ADDRESS")]
    if kind == "tok":
        value = _token(ctx, args[0])
        return [(value.replace("\n", "\\n") if "json" in args else value, "SECRET")]
    if kind == "pw":
        return [(_password(ctx, args[0] if args else None), "SECRET")]
    if kind == "cred":  # user:password for a connection URL, one span
        user = args[0] if args else r.choice(["app", "admin", "svc_orders", "deploy", "root", "reporting", "backup"])
        secret = _password(ctx, "strong" if r.random() < 0.6 else "human") if len(args) < 2 or args[1] in ("pw", "strong", "human") else _token(ctx, args[1])
        return [(f"{user}:{secret}", "SECRET")]
    if kind == "basic":  # the base64 of a Basic-auth pair
        user = args[0] if args else r.choice(["api", "ci-bot", "admin", "deploy", "grafana", "registry"])
        secret = _password(ctx, "strong") if r.random() < 0.6 else _token(ctx, r.choice(["glpat", "ghp", "npm"]))
        return [(base64.b64encode(f"{user}:{secret}".encode()).decode(), "SECRET")]
    if kind == "b64pw":  # a Kubernetes Secret value: the base64 of the prompt's {pw}
        return [(base64.b64encode(fill(ctx, "pw")[0][0].encode()).decode(), "SECRET")]
    if kind == "b64":  # the base64 of a literal word (a user name in a Secret): not a secret
        return [(base64.b64encode(args[0].encode()).decode(), None)]
    if kind == "seed":
        return [(_token(ctx, "seed"), "SECRET")]
    value = _negative(ctx, kind, args)
    if value is None:
        raise KeyError(kind)
    return [(value, None)]


def fill(ctx: Context, slot: str) -> Parts:
    """The parts (text, TYPE or None) one slot of a template renders to; KeyError for a slot this set does not have."""
    if slot == "lb":
        return [("{", None)]
    if slot == "rb":
        return [("}", None)]
    body, _, key = slot.partition("@")
    kind, *args = body.split(":")
    if kind == "ts":
        return [(_timestamp(ctx, args[0] if args else "iso"), None)]
    if kind in ("pid", "eport"):  # a new process id or source port every time
        return [(_negative(ctx, kind, []) or "", None)]
    case = next((a for a in args if a in _CASE_ARGS), None)
    args = [a for a in args if a not in _CASE_ARGS]
    cache_key = (kind, tuple(a for a in args if a not in _PERSON_OPTS), key)
    if cache_key not in ctx.cache:
        ctx.cache[cache_key] = _generate(ctx, kind, args, key)
    parts = ctx.cache[cache_key]
    if case == "uc":
        return [(text.upper(), etype) for text, etype in parts]
    if case == "lc":
        return [(text.lower(), etype) for text, etype in parts]
    return list(parts)


def _t(template: str) -> str:
    """Doubled braces in this file's templates are literal braces: "{{" -> "{lb}", "}}" -> "{rb}"."""
    out, i = [], 0
    while i < len(template):
        if template.startswith("{{", i):
            out.append("{lb}")
            i += 2
        elif template[i] == "{":
            j = template.index("}", i)
            out.append(template[i: j + 1])
            i = j + 1
        elif template.startswith("}}", i):
            out.append("{rb}")
            i += 2
        elif template[i] == "}":
            raise ValueError(f"unpaired '}}' in template: {template[:60]!r}")
        else:
            out.append(template[i])
            i += 1
    return "".join(out)


# --- templates -----------------------------------------------------------------------------------------------------

_PII_EN = [
    # Personal affairs
    ("en", ("Can you punch up my dating-app bio? Current draft:\n\n\"{first}, 34, {town}. Nurse at {org:clinic} by day, amateur potter by night. "
            "Looking for someone who won't judge my sourdough obsession. If we match, my insta is {purl:insta} - or just text me on {phone}.\"\n\n"
            "Make it funnier but keep it under 300 characters.")),
    ("en-US", ("I volunteer at a legal-aid clinic. Please turn this intake note into a clean one-page summary for the supervising attorney:\n\n"
               "Client: {name:uc}\nDOB: {dob}   SSN: {ssn}\nAddress: {address}\nPhone: {phone}   Email: {email}\n"
               "Issue: landlord {name2} of {org} served an eviction notice on {date}; client says the heat has been off since {date@2}. "
               "Client has texts from the property manager, {first3}.\nInternal ref {caseno} (not yet filed).")),
    ("en-US", ("I'm starting freelance work for {org} and they sent me a W-9. Can you check I filled it in right?\nName: {name}\n"
               "Business name: (blank)\nAddress: {address}\nSSN: {ssn}\nSigned {date}\nShould I email it to {email2} or ask for their secure upload link?")),
    ("en-US", ("Prepping our joint tax return - does this look complete?\nMe: {name}, SSN {ssn}, born {dob}\nSpouse: {name2}, SSN {ssn2}, born {dob2}\n"
               "Dependent: {first3:kid}, SSN {ssn3}, born {dob3}\nRefund by direct deposit to the account ending {end4}. Anything missing for the child tax credit?")),
    ("en", ("Help me turn my wedding notes into a vendor checklist (the big day is {date:long}):\n"
            "- Venue: {org:venue}, coordinator {name2}, {phone2} - deposit paid from {iban}\n- Photographer: {name3}, {email3}\n"
            "- Florist in {town}: still waiting for a quote\n- RSVPs go to us at {address}\nSort it by what's still unpaid and flag anything missing.")),
    ("en-AU", ("Our volunteer fire brigade needs a fairer weekend roster. Current crew list:\n\n| Name | Role | Mobile |\n|---|---|---|\n"
               "| {rev} | Captain | {phone} |\n| {name2} | Lieutenant | {phone2} |\n| {initial3} | Firefighter | {phone3} |\n"
               "| {name4} | Firefighter | {phone4} |\n| {name5} | Driver (MR licence) | {phone5} |\n\n"
               "{first2} can't do the {date:short} weekend and {first4} is away until {date:short@2}. Draft a 4-week rotation with two people on call each weekend.")),
    ("en", ("Please help me write the incident description for my car insurance claim (policy {policy}). On {date} at about {time} I was stopped at "
            "the lights near the retail park in {town} when a grey hatchback, reg {plate}, went into my rear bumper. The other driver, {name2:f}, "
            "gave me her number ({phone2}) and said she's insured with {org}. A witness, {name3:f}, left me her email: {email3}. Keep it factual and short.")),
    ("en", ("The rental company charged my card {card} an extra {price} for 'damage' I didn't cause. Booking {booking}, picked up in {town} on {date}, "
            "returned on {date@2} with photos of every panel. Write a firm but polite dispute email from me, {name}, {email}, {phone}, and tell me "
            "whether to raise a chargeback.")),
    ("en", ("Helping my gran with our family tree. What I have so far:\n- {name:m:old}, born {dob} in {town}\n- his wife {name2:f:old}, born {dob2}\n"
            "- their daughter {first3:f:old}, who married a {last4} from {town@2}\nFamilySearch record for him: {purl:familysearch}\n"
            "Which records should I look at next to find {first2}'s parents?")),
    ("en-IN", ("Proofread my university admission form answers please:\nFull name: {name:uc}\nDate of birth: {dob}\nAadhaar: {natid}\n"
               "Previous school: {org:school}, {town}\nParent/guardian: {name2}, {phone2}\nEmail: {email}\n"
               "Statement of purpose: I want to study environmental engineering because the lake near our house in {town} dried up twice in five years.")),
    ("en", ("Tidy up this welcome email for a new coworking member:\n\nHi {first}! Your hot desk at {org} starts on {date}. "
            "Wi-Fi: CoLab-Members / {pw:wpa}. Guest network: CoLab-Guest / {pw:human@guest}. The printer is at {ip:priv} (add it via IPP). "
            "Invoices go to {email}; the card on file ends in {end4}. Your access fob is linked to {phone}.")),
    ("en-GB", ("My energy supplier has billed me twice for the same quarter. Account {acct}, supply address {address}. The direct debit comes out of "
               "{iban} on the 1st. My meter reading on {date} was {qty} kWh and the bill says it was estimated. Draft a complaint for {name}, {phone}, "
               "and tell me when I can go to the Ombudsman.")),
    ("en", ("Make this email to the daycare warmer and shorter:\n\nHello, our daughter {first2:f:kid} {last} (born {dob2}) has been on your waiting "
            "list since {date}. We moved to {address} last month, so our details changed: {name}, {phone}, {email}. Could you tell us where she is "
            "on the list now?")),
    ("en", ("Format our hackathon team registration nicely:\nTeam: Null Pointers\n1. {name} - {email} - {purl:github}\n2. {name2} - {email2} - "
            "{purl2:linkedin}\n3. {name3} - {email3}\nDemo server: http://{ip:pub}:3000\nWe'll call the Gemini API with key {tok:google} "
            "(the organisers said it's fine to put it in the form).")),
    ("en", ("Someone in a Telegram group offered to 'recover' my locked wallet and I sent them my seed phrase: {seed}. My receiving address is "
            "{btcaddr}. Was that a scam, and what should I do right now?")),
    ("en", ("My router's status page shows WAN IP {ip:pub} and a delegated IPv6 prefix {ip:v6net}/56, but port forwarding to my NAS at {ip:priv} "
            "doesn't work from outside. The PPPoE login is {email} / {pw}. What should I check - could it be CGNAT?")),
    # Security and operations
    ("en", ("Can you tidy up this bug-bounty report before I submit it?\n\nTitle: Exposed .env on staging host\nAsset: https://staging.{domain}/.env "
            "(resolves to {ip:pub})\nSummary: the file is world-readable and holds live credentials, e.g.\n  AWS_ACCESS_KEY_ID={tok:aws_id}\n"
            "  AWS_SECRET_ACCESS_KEY={tok:aws_secret}\n  MAIL_PASSWORD={pw:strong}\n  SENTRY_AUTH_TOKEN={tok:sentry}\n"
            "I only ran `aws sts get-caller-identity` (account {awsacct}) to confirm and stopped there.\nResearcher: {name}, {email}")),
    ("en", ("Turn these on-call notes into a blameless post-mortem (timeline, root cause, action items):\n\n{ts:sql} {first} paged: checkout p99 > 4s\n"
            "{ts:sql} {first2} sees connection storms from the worker pool ({ip:priv@a}, {ip:priv@b}) to the primary DB {ip:priv@c}:5432\n"
            "{ts:sql} failover to replica {ip:priv@d}; error rate drops\n"
            "{ts:sql} root cause: the new image has DATABASE_URL=postgres://{cred:orders}@{ip:priv@c}:5432/orders baked in, pool size 200\n"
            "{ts:sql} {first} rotates the DB password, redeploys {version}\n{ts:sql} {first2} closes {ticket}")),
    ("en", ("Rewrite this on-call handover so it's clearer:\n\n{first} is on call until Monday 09:00, reachable on {phone}. Known issues: bastion "
            "{ip:pub} rejects new keys (see {ticket}); the VPN concentrator at {ip:pub@2} drops IPv6 clients from {ip:v6net48}/48. Break-glass root "
            "password for the core switch stack is {pw:strong} - rotate after use. Tailnet auth key for new nodes: {tok:tailscale}. Escalate to "
            "{name2} ({phone2}) if the DB at {ip:priv} goes read-only again.")),
    ("en", ("Explain this Sentinel alert to a non-technical manager and say whether we should reset the password:\n\n{{\n"
            "  \"AlertName\": \"Impossible travel activity\",\n  \"Severity\": \"Medium\",\n  \"UserPrincipalName\": \"{email:work}\",\n"
            "  \"AccountDisplayName\": \"{name}\",\n  \"Entities\": [\n"
            "    {{\"Type\": \"ip\", \"Address\": \"{ip:pub@a}\", \"Location\": {{\"City\": \"{town}\", \"CountryCode\": \"{cc}\"}}}},\n"
            "    {{\"Type\": \"ip\", \"Address\": \"{ip:v6@b}\", \"Location\": {{\"CountryCode\": \"BR\"}}}}\n  ],\n"
            "  \"TimeGenerated\": \"{ts:isoms}\",\n  \"SystemAlertId\": \"{uuid}\"\n}}")),
    ("en", ("I inherited a server and found this in root's .bash_history. What did the previous admin do, and what do I need to rotate?\n\n"
            "  312  ssh root@{ip:pub}\n  313  mysql -u root -p{pw:strong} -h {ip:priv} shop\n  314  export AWS_ACCESS_KEY_ID={tok:aws_id}\n"
            "  315  export AWS_SECRET_ACCESS_KEY={tok:aws_secret}\n  316  aws s3 sync /var/backups s3://shop-backups-{num}\n"
            "  317  curl -H \"Authorization: Bearer {tok:do}\" https://api.digitalocean.com/v2/droplets\n"
            "  318  redis-cli -h {ip:priv@2} -a '{pw@2}' FLUSHALL\n  319  PGPASSWORD='{pw:human@3}' psql -h {ip:priv@3} -U reporting analytics\n"
            "  320  history -c")),
    ("en", ("I downloaded this from the IAM console when creating a login for our contractor {name}. Is it OK to send it to them by email?\n\n"
            "User name,Password,Access key ID,Secret access key,Console login link\n"
            "ext-contractor-02,{pw:strong},{tok:aws_id},{tok:aws_secret},https://{awsacct}.signin.aws.amazon.com/console")),
    ("en", ("Convert these curl calls to Python requests, keeping the auth:\n\ncurl -u api:{pw:strong} 'https://api.{domain}/v1/orders?since=yesterday'\n"
            "curl -H 'X-API-Key: {tok:hex32}' -H 'X-Forwarded-For: {ip:pub}' https://api.{domain}/v1/ping\n"
            "curl --oauth2-bearer {tok:jwt} https://api.{domain}/v1/me\ncurl -H 'Authorization: Basic {basic}' http://{ip:priv}:9200/_cat/indices")),
    ("en", ("Our services use five connection-string styles. Normalise them into DB_HOST / DB_USER / DB_PASSWORD env vars:\n\n"
            "- orders (JDBC): jdbc:postgresql://{ip:priv}:5432/orders?user=orders_svc&password={pw:strong}&sslmode=require\n"
            "- reports (.NET): Server=tcp:{ip:priv@2},1433;Database=reports;User ID=rpt;Password={pw:strong@2};Encrypt=True;\n"
            "- cache: redis://:{pw:wpa@3}@{ip:priv@3}:6379/0\n- events: mongodb+srv://{cred:events}@cluster0.{hex:5}.mongodb.net/events?retryWrites=true\n"
            "- queue: amqp://{cred:rabbit}@[{ip:ula}]:5672/%2F")),
    # Config files and secrets
    ("en", ("Which of these .env lines are safe to copy into .env.example, and which need replacing?\n\nAPP_ENV=production\nAPP_KEY={tok:laravel}\n"
            "DB_HOST={ip:priv}\nDB_USERNAME=laravel\nDB_PASSWORD={pw:strong}\nREDIS_PASSWORD=null\nMAIL_USERNAME=apikey\nMAIL_PASSWORD={tok:sendgrid}\n"
            "STRIPE_SECRET={tok:stripe}\nOPENAI_API_KEY=${{OPENAI_API_KEY}}\nPUSHER_APP_SECRET={tok:hex32}\n# maintainer: {name} <{email}>")),
    ("en", ("Why does my pod crash with 'password authentication failed for user orders_app'? Manifests:\n\n```yaml\napiVersion: v1\nkind: Secret\n"
            "metadata:\n  name: orders-db\ntype: Opaque\ndata:\n  username: {b64:orders_app}\n  password: {b64pw}\n---\napiVersion: v1\n"
            "kind: ConfigMap\nmetadata:\n  name: orders-config\ndata:\n  DB_HOST: \"{ip:priv}\"\n  DB_PORT: \"5432\"\n```\n"
            "The password in the database is {pw}, I checked with psql from {ip:priv@2}.")),
    ("en", ("kubectl says 'x509: certificate signed by unknown authority' since the cluster was rebuilt. kubeconfig:\n\napiVersion: v1\nclusters:\n"
            "- cluster:\n    certificate-authority-data: {cacert_b64}\n    server: https://{ip:pub}:6443\n  name: prod\nusers:\n- name: admin\n"
            "  user:\n    client-key-data: {tok:k8s_clientkey}\n    token: {tok:jwt}")),
    ("en", ("My deploy job fails at the last step. Log:\n\n{ts:gha} ##[group]Run docker login ghcr.io -u deploy-bot -p ***\n{ts:gha} Login Succeeded\n"
            "{ts:gha} ##[group]Run ./scripts/notify.sh\n{ts:gha} + curl -s -X POST https://hooks.slack.com/services/{slackids}/{tok:slack_hook} "
            "-d '{{\"text\":\"deploying {sha:7}\"}}'\n{ts:gha} + ssh -o StrictHostKeyChecking=no deploy@{ip:pub} 'docker compose pull && docker compose up -d'\n"
            "{ts:gha} ssh: connect to host {ip:pub} port 22: Connection timed out\n{ts:gha} ##[error]Process completed with exit code 255.\n\n"
            "Also, why is the webhook printed in clear when the registry password was masked?")),
    ("en", ("GitLab CI log - the fetch step fails:\n\nRunning with gitlab-runner 17.4.0 (b92ee590)\n  on shared-runner-03 {hex:8}, system ID: s_{hex:12}\n"
            "Fetching changes with git depth set to 20...\n$ git remote set-url origin https://{cred:gitlab-ci-token:glpat}@gitlab.{domain}/platform/api.git\n"
            "$ git fetch origin\nfatal: unable to access 'https://gitlab.{domain}/platform/api.git/': Failed to connect to gitlab.{domain} port 443 "
            "after 130 ms: Couldn't connect to server\nThe GitLab instance is at {ip:priv} and the runner VM is {ip:priv@2}. Firewall problem?")),
    ("en", ("Publishing fails with 403. Here are my config files:\n\n~/.npmrc\n//registry.npmjs.org/:_authToken={tok:npm}\n"
            "@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={tok:github_pat}\n\n~/.pypirc\n[pypi]\n  username = __token__\n"
            "  password = {tok:pypi}\n[testpypi]\n  username = __token__\n  password = <paste test token>")),
    ("en", ("After `docker login` my ~/.docker/config.json looks like this. Is that base64 my actual password?\n\n{{\n  \"auths\": {{\n"
            "    \"registry.gitlab.com\": {{ \"auth\": \"{basic}\" }},\n    \"{ip:priv}:5000\": {{ \"auth\": \"{basic:admin@2}\" }}\n  }}\n}}")),
    ("en", ("I'm moving my dotfiles to a new laptop. Which of these should go into the password manager instead?\n\n~/.aws/credentials\n[default]\n"
            "aws_access_key_id = {tok:aws_id}\naws_secret_access_key = {tok:aws_secret}\n[staging]\naws_access_key_id = {tok:aws_id@2}\n"
            "aws_secret_access_key = {tok:aws_secret@2}\naws_session_token = {tok:aws_session}\n\n~/.netrc\nmachine api.heroku.com\n  login {email}\n"
            "  password {tok:heroku}\nmachine imap.mail.me.com\n  login {email}\n  password {pw:apple}\n\n~/.pgpass\n{ip:priv}:5432:analytics:analyst:{pw}")),
    ("en", ("Terraform fails with 'invalid_grant: Invalid JWT Signature'. This is the key file I'm using:\n\n{{\n  \"type\": \"service_account\",\n"
            "  \"project_id\": \"{gcpproj}\",\n  \"private_key\": \"{tok:pem_pkcs8:json}\\n\",\n  \"client_id\": \"{num:21}\",\n"
            "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n}}\n\nWas the key revoked, or is the clock on my VM ({ip:pub}) wrong?")),
    ("en", ("terraform init fails on the remote backend and the Vault provider:\n\ncredentials \"app.terraform.io\" {{\n  token = \"{tok:tfc}\"\n}}\n\n"
            "provider \"vault\" {{\n  address = \"https://{ip:priv}:8200\"\n  token   = \"{tok:vault}\"\n}}\n\nError: Failed to request discovery document: 401 Unauthorized")),
    ("en", ("WordPress says 'Error establishing a database connection'. From wp-config.php:\n\ndefine( 'DB_NAME', 'wp_shop' );\n"
            "define( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', '{pw:strong}' );\ndefine( 'DB_HOST', '{ip:priv}:3306' );\n"
            "define( 'AUTH_KEY',         '{tok:wpsalt}' );\ndefine( 'SECURE_AUTH_KEY',  '{tok:wpsalt@2}' );\n"
            "define( 'NONCE_SALT',       'put your unique phrase here' );\n\nThe web server is {ip:priv@2} and it can ping the DB host.")),
    ("en", ("My Function app can't read the blob container. local.settings.json:\n\n{{\n  \"IsEncrypted\": false,\n  \"Values\": {{\n"
            "    \"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=https;AccountName={azacct};AccountKey={tok:azure_key};EndpointSuffix=core.windows.net\",\n"
            "    \"UPLOADS_SAS_URL\": \"https://{azacct}.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=co&sp=rl&st={ts:iso}&se={ts:iso}&spr=https&sig={tok:azure_sig}\",\n"
            "    \"AAD_CLIENT_SECRET\": \"{tok:azure_client}\"\n  }}\n}}")),
    ("en", ("Before I share my Colab notebook, which of these keys do I need to rotate?\n\nos.environ['ANTHROPIC_API_KEY'] = '{tok:anthropic}'\n"
            "os.environ['HF_TOKEN'] = '{tok:hf}'\nos.environ['WANDB_API_KEY'] = '{tok:wandb}'\nos.environ['REPLICATE_API_TOKEN'] = '{tok:replicate}'\n"
            "os.environ['GROQ_API_KEY'] = '{tok:groq}'\nos.environ['NGROK_AUTHTOKEN'] = '{tok:ngrok}'\nos.environ['OPENAI_API_KEY'] = '<set me>'")),
    ("en", ("Why does this notebook cell fail?\n\nIn [7]: client = OpenAI(api_key=\"{tok:openai}\")\n"
            "   ...: resp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=msgs)\n"
            "---------------------------------------------------------------------------\nAuthenticationError                       Traceback (most recent call last)\n"
            "Cell In[7], line 2\n----> 2 resp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=msgs)\n"
            "AuthenticationError: Error code: 401 - {{'error': {{'message': 'Incorrect API key provided: {masked:openai}. You can find your API key at "
            "https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}}}")),
    ("en", ("My alert script posts to both Slack and Discord, but Discord returns 400:\n\n"
            "SLACK_URL = \"https://hooks.slack.com/services/{slackids}/{tok:slack_hook}\"\n"
            "DISCORD_URL = \"https://discord.com/api/webhooks/{snowflake}/{tok:discord_hook}\"\n\n"
            "requests.post(SLACK_URL, json={{\"text\": msg}})\nrequests.post(DISCORD_URL, json={{\"text\": msg}})\n\n# the bots themselves run on the Pi at {ip:priv}\nDISCORD_BOT_TOKEN = \"{tok:discord}\"\nSLACK_BOT_TOKEN = \"{tok:slack_bot}\"")),
    ("en", ("My Telegram bot keeps raising 'Conflict: terminated by other getUpdates request'.\n\nimport telebot\nbot = telebot.TeleBot(\"{tok:telegram}\")\n"
            "ADMIN_CHAT = {chatid}\n\nI once set a webhook with https://api.telegram.org/bot{tok:telegram}/setWebhook?url=https://{ip:pub}:8443/hook - "
            "does that still run next to polling?")),
    ("en", ("Twilio returns error 20003 (Authenticate). My code:\n\nfrom twilio.rest import Client\nclient = Client(\"{sid}\", \"{tok:twilio}\")\n"
            "client.messages.create(to=\"{phone:e164}\", from_=\"{phone2:e164}\", body=\"Hi {first}, your table at {org} is confirmed for {date:short}.\")")),
    ("en", ("Transactional emails stopped going out. From our admin panel:\nProvider: Mailgun, domain mg.{domain}\nAPI key: {tok:mailgun}\n"
            "Webhook signing key: {tok:hex32}\nFallback: SendGrid, key {tok:sendgrid}\nJira automation: ('{email:work}', '{tok:atlassian}')\n"
            "Last failed recipient: {name} <{email}> - 'Forbidden'. Which key is wrong?")),
    ("en", ("Is it a problem that this is in my repo's deploy script? It deploys a static site from CI:\n\n"
            "export CLOUDFLARE_API_TOKEN={tok:cloudflare}\nexport FIGMA_TOKEN={tok:figma}\nexport SHOPIFY_ADMIN_TOKEN={tok:shopify}\n"
            "export LINEAR_API_KEY={tok:linear}\nexport POSTMAN_API_KEY={tok:postman}\nexport DD_API_KEY={tok:datadog}\nexport GRAFANA_TOKEN={tok:grafana}\nrsync -avz public/ deploy@{ip:pub}:/srv/www/")),
    # Network configs and logs
    ("en", ("My WireGuard tunnel comes up but no traffic passes. Client config:\n\n[Interface]\nPrivateKey = {tok:wg}\nAddress = {ip:priv}/32, {ip:ula}/128\n"
            "DNS = 1.1.1.1\n\n[Peer]\nPublicKey = {wgpub}\nPresharedKey = {tok:wg@psk}\nAllowedIPs = 0.0.0.0/0, ::/0\nEndpoint = {ip:pub}:51820\n"
            "PersistentKeepalive = 25\n\nOn the server `wg show` lists the peer with a handshake two minutes ago.")),
    ("en", ("This client.ovpn came from our old provider. Can I convert it to WireGuard, and is it safe that the key is inline?\n\nclient\ndev tun\n"
            "proto udp\nremote {ip:pub} 1194\nremote {ip:pub@2} 1194\nauth-user-pass\nremote-cert-tls server\n<tls-auth>\n{tok:ovpn}\n</tls-auth>\nkey-direction 1")),
    ("en", ("`ssh deploy@{ip:pub}` suddenly says REMOTE HOST IDENTIFICATION HAS CHANGED. My ~/.ssh/known_hosts has:\n\n{ip:pub} ssh-ed25519 {sshpub}\n"
            "[{ip:pub@2}]:2222 ecdsa-sha2-nistp256 {sshpub:ecdsa}\n{ip:v6} ssh-ed25519 {sshpub@3}\n\nand authorized_keys on the server:\n"
            "ssh-ed25519 {sshpub@4} {email}\n\nCan I just delete the first line, or could this be a MITM?")),
    ("en", ("I accidentally pasted my private key into a shared doc. This one:\n\n{tok:pem_any}\n\nIt's the key for deploy@{ip:pub}. "
            "How do I rotate it everywhere without locking myself out?")),
    ("en", ("Are these requests from a scanner? nginx access.log:\n\n{ip:pub@a} - - [{ts:clf}] \"GET /wp-login.php HTTP/1.1\" 404 153 \"-\" \"Mozilla/5.0 zgrab/0.x\"\n"
            "{ip:v6@b} - - [{ts:clf}] \"GET /.env HTTP/1.1\" 404 153 \"-\" \"python-requests/2.31.0\"\n"
            "{ip:pub@a} - - [{ts:clf}] \"POST /xmlrpc.php HTTP/1.1\" 405 166 \"-\" \"-\"\n"
            "{ip:priv@c} - - [{ts:clf}] \"GET /api/health HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.30\" \"{ip:pub@d}, {ip:priv@e}\"\n"
            "{ip:mapped} - - [{ts:clf}] \"GET /admin HTTP/1.1\" 403 146 \"-\" \"curl/8.5.0\"\n\nShould I block the first address at the firewall?")),
    ("en", ("fail2ban isn't banning these - why?\n\n{ts:syslog} bastion sshd[{pid}]: Failed password for invalid user oracle from {ip:pub@a} port {eport} ssh2\n"
            "{ts:syslog} bastion sshd[{pid}]: Failed password for root from {ip:pub@a} port {eport} ssh2\n"
            "{ts:syslog} bastion sshd[{pid}]: Failed password for root from {ip:v6@b} port {eport} ssh2\n"
            "{ts:syslog} bastion sshd[{pid}]: Accepted publickey for deploy from {ip:priv} port {eport} ssh2: ED25519 SHA256:{sshfp}\n"
            "{ts:syslog} bastion sshd[{pid}]: Connection closed by authenticating user root {ip:pub@c} port {eport} [preauth]\n\n"
            "My jail.local has maxretry = 3 and findtime = 10m.")),
    ("en", ("Decode these UFW log lines for me - is someone scanning my home server?\n\n{ts:syslog} gw kernel: [UFW BLOCK] IN=eth0 OUT= MAC={mac} "
            "SRC={ip:pub} DST={ip:priv} LEN=60 TOS=0x00 PREC=0x00 TTL=49 ID={num:5} DF PROTO=TCP SPT={eport} DPT=23 WINDOW=29200 RES=0x00 SYN URGP=0\n"
            "{ts:syslog} gw kernel: [UFW BLOCK] IN=eth0 OUT= MAC={mac@2} SRC={ip:v6full} DST={ip:v6} LEN=80 TC=0 HOPLIMIT=52 FLOWLBL={num:6} "
            "PROTO=TCP SPT={eport} DPT=3389 WINDOW=64240 RES=0x00 SYN URGP=0\n"
            "{ts:syslog} gw kernel: [UFW ALLOW] IN=wg0 OUT=eth1 SRC={ip:priv@b} DST={ip:priv@c} LEN=52 PROTO=TCP SPT={eport} DPT=445")),
    ("en", ("Review my BIND zone file for mistakes:\n\n$ORIGIN {domain}.\n$TTL 3600\n@     IN SOA ns1.{domain}. hostmaster.{domain}. ( {serial} 7200 3600 1209600 3600 )\n"
            "@     IN NS   ns1.{domain}.\n@     IN A    {ip:pub@a}\n@     IN AAAA {ip:v6@a}\nns1   IN A    {ip:pub@b}\nwww   IN CNAME @\n"
            "mail  IN A    {ip:pub@c}\n@     IN MX   10 mail.{domain}.\n@     IN TXT  \"v=spf1 ip4:{ip:net24}/24 ip6:{ip:v6net48}/48 -all\"\n"
            "default._domainkey IN TXT \"v=DKIM1; k=rsa; p={dkim}\"\nvpn   IN A    {ip:pub@d}\nnas   IN A    {ip:priv}\n\n"
            "Should the last record be in a public zone at all?")),
    ("en", ("Is this email a phishing attempt? Full headers:\n\nReturn-Path: <{email2}>\nReceived: from mail.{domain@2} (mail.{domain@2} [{ip:pub@a}])\n"
            "\tby mx1.{domain} (Postfix) with ESMTPS id {hex:12}\n\tfor <{email}>; {ts:rfc2822}\nReceived: from [{ip:priv}] (unknown [{ip:pub@b}])\n"
            "\tby mail.{domain@2} with ESMTPSA id {hex:10}; {ts:rfc2822}\nFrom: \"{name2}\" <{email2}>\nTo: {name} <{email}>\n"
            "Subject: Updated bank details for invoice {order}\nMessage-ID: <{msgid}@mail.{domain@2}>\nX-Originating-IP: [{ip:pub@b}]\n"
            "Authentication-Results: mx1.{domain}; spf=softfail smtp.mailfrom=mail.{domain@2}")),
    ("en", ("HAProxy marks all backends DOWN. Config:\n\nfrontend fe_https\n    bind :443 ssl crt /etc/haproxy/certs/site.pem\n    default_backend be_app\n"
            "backend be_app\n    option httpchk GET /healthz\n    server app1 {ip:priv@a}:8080 check\n    server app2 {ip:priv@b}:8080 check\n"
            "    server app3 [{ip:ula}]:8080 check\nlisten stats\n    bind {ip:priv@c}:8404\n    stats enable\n    stats auth admin:{pw}\n\n"
            "The apps answer on /healthz when I curl them from the box.")),
    ("en", ("Harden this Cisco router config for me:\n\nhostname br-north-rtr01\nenable secret 0 {pw}\nusername netadmin privilege 15 password 0 {pw@2}\n"
            "snmp-server community {pw:community} RO\ninterface GigabitEthernet0/0\n ip address {ip:pub} 255.255.255.248\n"
            "interface GigabitEthernet0/1\n ip address {ip:priv} 255.255.255.0\nip route 0.0.0.0 0.0.0.0 {ip:pub@gw}\n"
            "tacacs-server host {ip:priv@2} key {tok:hex32}\nntp server 0.pool.ntp.org")),
    ("en", ("Working from home in {town}, my connection to the office VPN is slow. traceroute:\n\n"
            "traceroute to vpn.{domain} ({ip:pub@z}), 30 hops max, 60 byte packets\n 1  {ip:priv}  1.204 ms  1.187 ms  1.172 ms\n"
            " 2  {ip:pub@1}  8.410 ms  8.398 ms  8.377 ms\n 3  {ip:pub@2}  9.105 ms  9.321 ms  9.087 ms\n 4  * * *\n"
            " 5  {ip:pub@3}  31.772 ms  31.650 ms  32.014 ms\n 6  {ip:pub@z}  88.415 ms  87.902 ms  88.120 ms\n\nWhere is the latency coming from?")),
    ("en", ("Why does my laptop get a global IPv6 address at home but not on the office Wi-Fi? Home output:\n\n"
            "2: wlp2s0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000\n    link/ether {mac} brd ff:ff:ff:ff:ff:ff\n"
            "    inet {ip:priv}/24 metric 600 scope global dynamic noprefixroute wlp2s0\n    inet6 {ip:v6}/64 scope global dynamic mngtmpaddr noprefixroute\n"
            "    inet6 {ip:v6ll}/64 scope link noprefixroute\n\nAt the office I only see the fe80 line, and `ping -6 {ip:v6ll@gw}%wlp2s0` "
            "to the router times out.")),
]

_PII_XX = [
    # German (DE, AT, CH)
    ("de-DE", ("Kannst du mir aus der Mitgliederliste unseres Kleingartenvereins eine Tabelle machen?\n\n{name}, {address}, Tel. {phone}, Parzelle 14, "
               "Beitrag per Lastschrift von {iban}\n{name2}, Tel. {phone2}, Parzelle 22, zahlt bar\nVorsitz: {name3} ({email3})\n"
               "Nächste Mitgliederversammlung am {date}.")),
    ("de", ("Für die Freiwillige Feuerwehr {town} brauche ich eine Alarmierungsliste, nach Funktion sortiert:\nWehrführer: {name:m} – {phone}\n"
            "Gruppenführerin: {name2:f} – {phone2}\nMaschinist: {name3:m} – {phone3}\nAtemschutz: {name4}, {name5}\n"
            "Das Passwort fürs Alarmierungsportal ist {pw}, bitte nicht in die Liste übernehmen.")),
    ("de", ("Warum startet der Container nicht? docker-compose.yml:\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n"
            "      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: {pw:strong}\n  app:\n    environment:\n"
            "      DATABASE_URL: postgresql://{cred:shop}@db:5432/shop\n      SMTP_HOST: {ip:priv}\n      STRIPE_KEY: {tok:stripe}\n"
            "    ports:\n      - \"{ip:priv@2}:8080:8080\"\n\nDer Server hat die öffentliche IP {ip:pub}.")),
    ("de-AT", ("Bitte formuliere eine kurze Anmeldung für den Skikurs an die Skischule in {town}: Kinder {first2:kid} und {first3:kid} {last}, "
               "geboren am {dob2} bzw. {dob3}. Erziehungsberechtigt: {name}, {address}, {phone}, {email}. Zahlung per Überweisung von {iban}.")),
    ("de-CH", ("Kannst du die Willkommensmail für unser Coworking in {town} kürzen? «Hoi {first}, dein Badge ist ab {date} aktiv. WLAN: "
               "Werkstatt-Members, Passwort {pw:wpa}. Der Drucker hat die IP {ip:priv}. Rechnungen gehen an {email}, Fragen an {name2} ({phone2}).»")),
    # French (FR, BE)
    ("fr-FR", ("Je remplis une demande d'aide juridictionnelle pour ma voisine, tu peux vérifier ?\nNom : {last:uc:f}   Prénom : {first}\n"
               "Née le {dob}\nN° de sécurité sociale : {natid}\nAdresse : {address}\nTél. : {phone}\n"
               "Litige avec son employeur {org}, audience prévue le {date}.")),
    ("fr", ("Mon VPN WireGuard ne passe plus depuis que j'ai changé de box. Config du client :\n\n[Interface]\nPrivateKey = {tok:wg}\n"
            "Address = {ip:priv}/24\n\n[Peer]\nPublicKey = {wgpub}\nEndpoint = {ip:pub}:51820\nAllowedIPs = {ip:privnet}/24\n\n"
            "La nouvelle box a l'IP publique {ip:pub@2} et l'IPv6 {ip:v6}. Une idée ?")),
    ("fr-BE", ("On prépare notre mariage du {date:long} à {town}. Peux-tu faire un tableau des prestataires ?\n- Traiteur : {org}, contact {name2}, "
               "{phone2}, acompte viré depuis {iban}\n- DJ : {first3} ({email3})\n- Salle : {address}\nNos coordonnées : {name} et {first4}, {email}.")),
    ("fr", ("Nextcloud affiche « Erreur interne du serveur ». Extrait de config.php :\n\n  'dbhost' => '{ip:priv}',\n  'dbuser' => 'nextcloud',\n"
            "  'dbpassword' => '{pw:strong}',\n  'secret' => '{tok:b64_48}',\n  'trusted_domains' => array(0 => '{ip:pub}', 1 => 'cloud.{domain}'),\n"
            "  'mail_smtpname' => '{email}',\n  'mail_smtppassword' => '{pw@2}',\n\nLe serveur de base de données répond pourtant au ping.")),
    # Spanish (ES, MX, AR)
    ("es-MX", ("Rentamos un auto en {town} y nos cobraron de más. Datos de la reserva: titular {name}, CURP {natid}, tarjeta {card}, correo {email}, "
               "celular {phone}. Recogida el {date}, entrega el {date@2}. ¿Cómo redacto la queja para Profeco?")),
    ("es-ES", ("¿Por qué nginx me devuelve 502? Este es el error.log:\n\n{ts:nginxerr} [error] {pid}#{pid}: *56 connect() failed (111: Connection refused) "
               "while connecting to upstream, client: {ip:pub}, server: tienda.{domain}, request: \"GET /api/pedidos HTTP/1.1\", "
               "upstream: \"http://{ip:priv}:3000/api/pedidos\", host: \"tienda.{domain}\"\n\nY el upstream en la configuración:\n"
               "upstream api {{ server {ip:priv}:3000; server [{ip:ula}]:3000 backup; }}")),
    ("es-AR", ("Necesito armar la denuncia del siniestro para la aseguradora. Choque el {date} en {town}. Conductor: {name}, CUIT {natid}, "
               "domicilio {address}, tel. {phone}. El otro conductor: {name2}, póliza {policy}. Testigo: {name3}, {phone3}.")),
    ("es-MX", ("Mi bot de Telegram para la tienda dejó de responder:\n\nTOKEN = '{tok:telegram}'\nOPENAI_KEY = '{tok:openai}'\n"
               "ADMIN_TEL = '{phone:e164}'\n\nEl VPS está en {ip:pub}. ¿Puede ser que alguien más esté usando el token?")),
    # Italian
    ("it", ("Mi correggi la mail per la segreteria? «Buongiorno, sono {name:f}, nata a {town} il {dob}, codice fiscale {natid}. Ho inviato la domanda "
            "di immatricolazione il {date} ma il portale dice che manca il pagamento. Il bonifico è partito da {iban}. Potete ricontattarmi al "
            "{phone} o a {email}? Grazie.»")),
    ("it", ("Il server non accetta più la mia chiave. In ~/.ssh/config ho:\n\nHost produzione\n  HostName {ip:pub}\n  User deploy\n  Port 2222\n"
            "  IdentityFile ~/.ssh/id_ed25519\nHost nas\n  HostName {ip:priv}\n\nE questa è la chiave privata:\n{tok:pem_openssh}\n\n"
            "Devo rigenerarla?")),
    # Dutch (NL, BE)
    ("nl", ("Kun je van deze lijst een belrooster maken voor de buurtpreventie-app in {town}?\n{name} – {phone} – {address}\n{name2} – {phone2}\n"
            "{name3} – {email3}\nDe camera bij de ingang streamt naar {ip:priv}, login admin / {pw}.")),
    ("nl-NL", ("Waarom krijg ik 'ImagePullBackOff'? Zo heb ik het secret gemaakt:\n\nkubectl create secret docker-registry regcred "
               "--docker-server=registry.{domain} --docker-username=ci-bot --docker-password={tok:glpat} --docker-email={email}\n\n"
               "De registry draait op {ip:priv}:5000 en de nodes zitten in {ip:privnet}/24.")),
    # Portuguese (PT, BR)
    ("pt", ("A elétrica cobrou-me duas vezes a fatura de {date}. Titular: {name}, NIF {natid}, morada {address}, débito direto do {iban}. "
            "Podes escrever a reclamação? Contacto: {phone}.")),
    ("pt-BR", ("Revisa o português desse relatório pro programa de bug bounty?\nAlvo: api.{domain} ({ip:pub})\nEncontrei um token do GitHub "
               "exposto no bundle JS: {tok:ghp}\ne uma chave da AWS: {tok:aws_id} / {tok:aws_secret}\nPesquisador: {name}, CPF {natid}, chave PIX {email}")),
    ("pt-BR", ("Me ajuda a preencher a inscrição da maratona: {name}, CPF {natid}, nascimento {dob}, {town}, celular {phone}, contato de emergência "
               "{name2} {phone2}, equipe {org:club}.")),
    # Polish
    ("pl", ("Sprawdź proszę formularz rekrutacyjny:\nImię i nazwisko: {name}\nPESEL: {natid}\nData urodzenia: {dob}\nAdres: {address}\n"
            "Tel.: {phone}\nE-mail: {email}\nSzkoła średnia: {org:school}\nOpłata rekrutacyjna z konta {iban}.")),
    ("pl", ("Pipeline wywala się na deployu:\n\n$ ssh deploy@{ip:pub} \"docker login -u gitlab+deploy-token-12 -p {tok:gldt} registry.{domain}\"\n"
            "Login Succeeded\n$ curl -sf http://{ip:priv}:8080/health\ncurl: (7) Failed to connect to {ip:priv} port 8080 after 3 ms\n\n"
            "Dlaczego token widać w logu, skoro jest w zmiennej CI?")),
    # Nordic
    ("sv", ("Kan du skriva ett välkomstmejl till vår nya medlem i kontorshotellet? Namn: {name}, personnummer {natid}, företag {org}, "
            "faktura till {email}. Wi-Fi: Kontoret5G, lösenord {pw:wpa}. Passerkortet aktiveras {date}.")),
    ("no", ("Kan du gjøre datingprofilen min morsommere? «Hei! Jeg er {first}, 29, fra {town}. Jobber i {org} og går på ski når jeg kan. "
            "Send meg en melding på {phone} eller finn meg på {purl:insta}.»")),
    ("da", ("Hjælp mig med skadesanmeldelsen til forsikringen: Cyklen blev stjålet {date} fra carporten på {address}. Forsikringstager: {name}, "
            "CPR {natid}, tlf. {phone}, mail {email}. Erstatningen bedes udbetalt til {iban}.")),
    ("fi", ("VPK:n hälytysosaston lista pitäisi saada taulukoksi:\n{name} – yksikönjohtaja – {phone}\n{name2} – savusukeltaja – {phone2}\n"
            "{name3} – kuljettaja – {phone3}\nHarjoitus on {date}. Hälytysjärjestelmän salasana: {pw}")),
    ("is", ("Ég er að rekja ættina mína. Langafi minn var {name:m:old}, fæddur {dob} (heimabær: {town}), og langamma mín {name2:f:old}. "
            "Mamma mín er {name3:f}, kt. {natid3}. Hvar finn ég meira um þau?")),
    # Central and Eastern Europe
    ("cs", ("Nemůžu se připojit k databázi z aplikace. Konfigurace:\n\nDB_HOST={ip:priv}\nDB_USER=eshop\nDB_PASS={pw:strong}\n"
            "SMTP_USER={email}\nSMTP_PASS={pw@2}\n\nServer má veřejnou IP {ip:pub} a IPv6 {ip:v6}. Co dělám špatně?")),
    ("sk", ("Prihláška do autoškoly – skontroluj prosím údaje: {name:f}, rodné číslo {natid}, narodená {dob} v meste {town}, bydlisko {address}, "
            "tel. {phone}. Platba kartou {card}.")),
    ("hu", ("Adatvédelmi incidens bejelentést írok. {date} éjjel a {ip:pub} címről valaki belépett {name} fiókjába ({email}), és letöltötte "
            "az ügyféllistát a belső {ip:priv} szerverről. Az érintett jelszót ({pw}) azóta lecseréltük. Segítesz megfogalmazni?")),
    ("ro", ("Am nevoie de ajutor cu declarația de daună RCA: accident pe {date} în {town}. Păgubit: {name}, CNP {natid}, adresa {address}, "
            "telefon {phone}. Vinovat: {name2}, poliță {policy}. IBAN pentru despăgubire: {iban}.")),
    ("hr", ("Treba mi raspored dežurstava za DVD {town}:\n{name} – zapovjednik – {phone} – OIB {natid}\n{name2} – vozač – {phone2}\n"
            "{name3} – vatrogasac – {phone3}\nLozinka za sustav uzbunjivanja: {pw}")),
    ("sl", ("Pri najemu avtomobila (poslovalnica {town}) so mi zaračunali škodo, ki je nisem povzročil. Najemnik: {name:m}, EMŠO {natid}, kartica {card}, "
            "e-pošta {email}. Prevzem {date}, vrnitev {date@2}. Napiši pritožbo.")),
    ("lt", ("Prašau patikrinti stojančiojo anketą: {name}, asmens kodas {natid}, gimimo data {dob}, adresas {address}, tel. {phone}, "
            "el. paštas {email}, mokykla {org:school}.")),
    ("lv", ("Palīdzi uzrakstīt sūdzību par apkures rēķinu. Dzīvoklis: {address}. Īpašnieks: {name}, personas kods {natid}, tālr. {phone}. "
            "Rēķins, kas saņemts {date}, ir divreiz lielāks nekā parasti. Maksāju no konta {iban}.")),
    ("et", ("Miks GitLab runner ei registreeru? Käsk:\n\ngitlab-runner register --url https://gitlab.{domain} --token {tok:glrt} --executor docker\n\n"
            "Runneri masin on {ip:priv}, GitLab ise {ip:pub}. Andmebaasi parool on {pw} – kas see võib olla seotud?")),
    # Turkish, Greek, Cyrillic
    ("tr", ("Araç kiralama şirketi depozitomu iade etmedi. Kiracı: {name}, TC kimlik no {natid}, kart {card}, e-posta {email}, telefon {phone}. "
            "Aracı {date} tarihinde {town} ofisine teslim ettim. Şikâyet dilekçesi yazar mısın?")),
    ("tr", ("Sunucuda şüpheli girişler var, auth.log:\n\n{ts:syslog} web1 sshd[{pid}]: Accepted password for root from {ip:pub@a} port {eport} ssh2\n"
            "{ts:syslog} web1 sshd[{pid}]: Failed password for admin from {ip:pub@b} port {eport} ssh2\n"
            "{ts:syslog} web1 sshd[{pid}]: Failed password for admin from {ip:v6@c} port {eport} ssh2\n\n"
            "root şifresi {pw} idi, hemen değiştirdim. Başka ne yapmalıyım?")),
    ("el", ("Μπορείς να μου συντάξεις αίτηση για νομική βοήθεια; Στοιχεία: {name:f}, ΑΜΚΑ {natid}, γεννημένη {dob}, διεύθυνση {address}, "
            "τηλ. {phone}, email {email}. Η διαφορά είναι με τον εργοδότη μου, {org}, από τις {date}.")),
    ("el", ("Το Django δεν συνδέεται στη βάση. Από το settings.py:\n\nDATABASES = {{'default': {{'ENGINE': 'django.db.backends.postgresql', "
            "'HOST': '{ip:priv}', 'USER': 'app', 'PASSWORD': '{pw:strong}'}}}}\nSECRET_KEY = '{tok:django}'\n"
            "ALLOWED_HOSTS = ['{ip:pub}', 'localhost']\n\nΤι φταίει;")),
    ("ru", ("Помоги переписать анкету для сайта знакомств: «Меня зовут {first}, мне 31, живу в городе {town}, работаю в {org}. "
            "Пишите в телеграм {purl:tg} или звоните {phone}.»")),
    ("ru", ("Разбор инцидента: {date} в 03:12 с адреса {ip:pub} получили доступ к Redis на {ip:priv}:6379 без пароля. Дежурный {name} "
            "поставил пароль {pw:strong} и закрыл порт. В логах также светится токен бота {tok:telegram} и ключ {tok:yandex}. Составь отчёт.")),
    ("uk", ("Перевір, будь ласка, заяву на вступ: {name:f}, РНОКПП {natid}, дата народження {dob}, адреса {address}, телефон {phone}, "
            "email {email}. Закінчила {org:school} у місті {town}.")),
    ("uk", ("Налаштовую WireGuard на VPS ({ip:pub}). Конфіг сервера:\n\n[Interface]\nAddress = {ip:priv}/24\nListenPort = 51820\nPrivateKey = {tok:wg}\n\n"
            "[Peer]\n# телефон\nPublicKey = {wgpub}\nAllowedIPs = {ip:priv@2}/32, {ip:ula}/128\n\nЧому клієнт не бачить інтернет?")),
    ("bg", ("Помогнете ми да попълня искането за обезщетение: застрахован {name}, ЕГН {natid}, адрес {address}, тел. {phone}. "
            "Щетата е от {date}, IBAN за плащане {iban}.")),
    # Catalan, Indonesian, Vietnamese
    ("ca", ("Ens ajudes a organitzar el casament del {date:long}? Llista de proveïdors:\n- Masia: {org}, {address}, contacte {name2} ({phone2})\n"
            "- Fotògraf: {name3}, {email3}\nLa paga i senyal la fem des del compte {iban}. Els nuvis: {name} i {first4}.")),
    ("id", ("Tolong cek formulir pendaftaran kampus saya: Nama {name}, NIK {natid}, tanggal lahir {dob}, alamat {address}, HP {phone}, "
            "email {email}, asal sekolah {org:school}.")),
    ("vi", ("Máy chủ của công ty bị tấn công. Log cho thấy IP {ip:pub} đăng nhập bằng tài khoản admin với mật khẩu {pw}. Máy chủ nội bộ "
            "{ip:priv} cũng bị truy cập. Người phụ trách: {name}, {phone}. Tôi nên làm gì trước?")),
]

_NEGATIVE = [
    # English: things shaped like secrets or addresses that are not anybody's
    ("en", ("The AWS docs use AKIAIOSFODNN7EXAMPLE with wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY everywhere. Is there a way to make boto3 reject "
            "obviously fake keys like these in our unit tests instead of timing out?")),
    ("en", ("Is this .env.example good enough for onboarding, or will people commit real values?\n\nDATABASE_URL=postgres://user:password@localhost:5432/app\n"
            "OPENAI_API_KEY=sk-...\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=<your-token>\nJWT_SECRET=${{JWT_SECRET}}\n"
            "REDIS_URL=redis://127.0.0.1:6379/0\nSMTP_PASSWORD=********")),
    ("en", ("Write iptables rules that allow SSH only from {docip} and from the office range 198.51.100.0/24, drop everything from 203.0.113.0/24, "
            "and explain the order in which they are evaluated.")),
    ("en", "How many /64 subnets fit into 2001:db8:abcd::/48, and is {docip6} inside it? Show the calculation."),
    ("en", "Is it better to use 1.1.1.1, 8.8.8.8 or 9.9.9.9 as the DNS server on my router? And does DNS over HTTPS make the choice matter less?"),
    ("en", ("My container listens on 0.0.0.0:8080 but curl http://127.0.0.1:8080 from the host fails, while inside the container localhost works. "
            "Why? And what's the difference between ::1 and 127.0.0.1 here?")),
    ("en", ("Explain what happened in this history:\n\ncommit {sha:40}\nMerge: {sha:7@a} {sha:7@b}\n\n    Revert \"bump parser to {version}\"\n\n"
            "    This reverts commit {sha:40@2}.\n\nWhy does the revert show a different hash than the original?")),
    ("en", ("The download page lists SHA256 {sha:64} for the installer but sha256sum gives {sha:64@2}, and the lockfile has "
            "integrity sha512-{b64n:86}. Which one should I trust?")),
    ("en", "Our logs show request_id={uuid} trace_id={hex:32} span_id={hex:16}. How do I correlate these across services in Grafana Tempo?"),
    ("en", ("What do the OIDs 1.3.6.1.2.1.1.3.0 and 1.3.6.1.4.1.2021.10.1.3.1 mean in snmpwalk output? And is leaving the community string "
            "at 'public' really a problem on an internal network?")),
    ("en", ("We pin version 1.2.3.4 of the internal package, but pip resolves 1.2.3.10 - why? Also, which is newer: Windows build 10.0.22631.3447 "
            "or 10.0.19045.4291?")),
    ("en", ("I pasted eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
            "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c into jwt.io - why does it only say 'signature verified' with 'your-256-bit-secret'?")),
    ("en", ("GitHub shows my tokens as {masked:gh} and the OpenAI dashboard as {masked:openai}. When a leaked-secret alert arrives and both are "
            "masked like that, how do I tell which key it is about?")),
    ("en", ("Write a regex that validates email addresses and test it against alice@example.com, bob.smith+tag@example.org, 'not-an-email@' "
            "and the IP-literal form user@[192.0.2.1].")),
    ("en", "Did Ada Lovelace ever visit Charles Babbage's workshop in Marylebone, and how much of the Analytical Engine notes were hers?"),
    ("en", ("Is it safe to post my SSH public key and its fingerprint on my website?\n\nssh-ed25519 {sshpub} laptop\nSHA256:{sshfp}\n\n"
            "And the server's certificate:\n{certpem}")),
    ("en", ("In GitHub Actions, why is ${{{{ secrets.NPM_TOKEN }}}} empty in pull requests from forks while ${{{{ github.token }}}} works? My step is:\n"
            "run: npm publish --//registry.npmjs.org/:_authToken=${{{{ secrets.NPM_TOKEN }}}}")),
    ("en", ("What is 169.254.169.254 used for on EC2, and why does IMDSv2 need a PUT request first? Also, what's the difference between netmask "
            "255.255.255.0 and a /22 (255.255.252.0)?")),
    ("en", ("Ticket {ticket} says the outage started at {ts:iso} and ended at {ts:iso}, while the status page says {ts:rfc2822}. Convert "
            "everything to UTC and work out the duration.")),
    ("en", "Explain RFC 1918: why are 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16 private, and is 100.64.0.0/10 private too?"),
    ("en", ("Summarise https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html and compare it with "
            "https://owasp.org/www-project-top-ten/ on how to store API keys.")),
    # Other languages
    ("de", ("Was bedeutet `sk-...` in der OpenAI-Doku, und wie setze ich OPENAI_API_KEY=<dein-schlüssel> dauerhaft unter Windows? In den "
            "AWS-Beispielen steht AKIAIOSFODNN7EXAMPLE – ist das ein echter Schlüssel?")),
    ("fr", ("Pourquoi 192.168.0.0/16 et 10.0.0.0/8 ne sont-ils pas routables sur Internet ? Et pourquoi la documentation utilise-t-elle toujours "
            "{docip} dans ses exemples ?")),
    ("es", "¿Cómo genero un UUID v4 como {uuid} en Python y en qué se diferencia de un ULID? ¿Y para qué sirve un hash como {sha:40}?"),
    ("it", "Qual è la differenza tra Python 3.12.4 e 3.13.0? E cosa significa 1.0.0-beta.2 in semver rispetto a 1.0.0+build.5?"),
    ("pt-BR", "O que é esse hash {sha:40} no GitHub e por que o commit curto {sha:7} também funciona? E a tag v{version}, aponta para onde?"),
    ("sv", "Vad betyder ::1 och 127.0.0.1 i /etc/hosts, och varför svarar min server på 0.0.0.0:8080 men inte på localhost?"),
    ("cs", "Jak funguje testovací karta 4111 1111 1111 1111 u platební brány a proč ji banka v produkci odmítne? A co karta 5555 5555 5555 4444?"),
    ("ro", "Ce este adresa 2001:db8::1 din exemplele de IPv6 și de ce nu pot da ping la ea? Dar la {docip6}?"),
    ("tr", "Atatürk'ün Selanik'teki evi ziyarete açık mı? İstanbul'daki Masumiyet Müzesi'ni aynı gezide görmek mantıklı mı?"),
    ("el", "Ποια είναι η διαφορά ανάμεσα σε ένα UUID όπως {uuid} και σε έναν αύξοντα αριθμό παραγγελίας όπως {order};"),
    ("ru", ("Почему в примерах Kubernetes пишут password: cGFzc3dvcmQ= — это же просто base64 от «password»? Как правильно хранить секреты: "
            "sealed-secrets или External Secrets?")),
    ("uk", "Що означає OID 1.2.840.113549.1.1.11 у сертифікаті і чим він відрізняється від 1.2.840.10045.4.3.2?"),
    ("fi", "Miksi Linux-ytimen versiot 6.8.0-45-generic ja 6.8.12 eroavat? Kumpi on uudempi, ja mitä 5.15.0.119 tarkoittaa Ubuntun paketissa?"),
    ("da", "Hvad er forskellen på en GPG-nøgles fingeraftryk som {hex:40:uc} og selve den private nøgle? Kan fingeraftrykket deles offentligt?"),
    ("lt", "Kaip veikia adresas 169.254.169.254 AWS EC2 instancijose ir kodėl IMDSv2 reikalauja žetono?"),
    ("bg", "Защо в документацията на Stripe тестовата карта е 4242 4242 4242 4242, а ключовете започват със sk_test_...?"),
    ("hr", "Što znači redak ssh-ed25519 {sshpub} u datoteci authorized_keys i smijem li javni ključ objaviti na GitHubu?"),
    ("ca", "Què vol dir ${{DB_PASSWORD}} en un fitxer docker-compose i com el llegeix des del fitxer .env?"),
]

_CLEAN = [
    ("en", "How do I keep a sourdough starter alive while I'm away for two weeks?"),
    ("en", "Explain the difference between TCP and UDP as if I were twelve."),
    ("en", "Write a short poem about the first frost of autumn."),
    ("en", "Can you explain what a Kubernetes readiness probe is and what happens when it fails?"),
    ("en", "Give me a weekly meal plan for a vegetarian family of four on a tight budget."),
    ("en", "How does public-key cryptography work, in plain words?"),
    ("en", "Suggest five icebreaker questions for a team retrospective."),
    ("en", "Rewrite this to sound more formal: we can't make it to the meeting, sorry about that."),
    ("en", "What should I pack for a three-day hiking trip in the mountains in spring?"),
    ("de", "Wie lange muss ein Hefeteig für Pizza ruhen, und geht das auch über Nacht im Kühlschrank?"),
    ("fr", "Comment expliquer la photosynthèse à un enfant de huit ans ?"),
    ("es", "¿Qué diferencia hay entre un bucle for y un bucle while en Python?"),
    ("it", "Mi consigli tre esercizi per rinforzare la schiena dopo tante ore alla scrivania?"),
    ("pl", "Jak przygotować się do rozmowy kwalifikacyjnej na stanowisko programisty?"),
    ("el", "Πώς μπορώ να μάθω να μαγειρεύω καλύτερα χωρίς να ξοδεύω πολλά;"),
    ("ru", "Объясни простыми словами, что такое рекурсия, с примером на Python."),
    ("no", "Hvordan vedlikeholder jeg en trebåt før sommersesongen?"),
    ("lt", "Kaip išmokti greičiau skaityti ir geriau įsiminti, ką perskaičiau?"),
    ("id", "Bagaimana cara membuat kompos dari sampah dapur di rumah?"),
    ("vi", "Làm thế nào để ngủ ngon hơn khi phải làm ca đêm?"),
    ("pt", "Que livros recomendas para aprender sobre história da arte?"),
]

FRESH9_FOLLOW_UPS = [
    "\n\nThanks in advance!", "\n\nPlease keep the answer short.", " Thanks!", "\n\nCan you also explain why?",
    "\n\n(Sorry for the wall of text.)", "\n\nBullet points please.", " The short version is fine, I'm in a hurry.",
    "\n\nPlease answer in plain English, I'm not an expert.",
]

FRESH9_PII = [(lang, _t(text)) for lang, text in _PII_EN + _PII_XX]
FRESH9_NEGATIVE = [(lang, _t(text)) for lang, text in _NEGATIVE]
FRESH9_CLEAN = [(lang, _t(text)) for lang, text in _CLEAN]
