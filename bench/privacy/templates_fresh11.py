"""The eleventh blind set ("fresh11") for the PII benchmark: written without seeing the detector or the earlier sets.

Held in reserve: nobody tunes on it. corpus.generate(n, seed, fresh11=True) draws all three kinds from this module,
renders them with its own Context and fill() (no other set's slots, people, places or value generators), and labels
spans as corpus.py's docstring says. Every type appears in many templates; payment cards and secrets get extra weight,
in layouts the earlier sets' descriptions do not name.

Situations (chosen to be new): debt-collection disputes and Inkasso/recouvrement/windykacja replies, school report-card
comments, estate executors' notes, blood-donor and library registrations, marina berths and boat places, horse livery,
fishing and hunting licences, band/gig bookings, raffle winners, school-run carpools, home-battery, heat-pump and solar
subsidies, EV-charging and gift-card scams, rent guarantors, timeshare cancellations, student-loan deferment and FAFSA,
dental payment plans, contact-lens orders, certified translations, stolen-bike reports, team offsites, household
employers (nanny payroll), dive medicals, baptism registrations, settlement agreements, domain transfers (EPP codes),
eSIM activation, grocery and taxi complaints, chess entries, climbing waivers, hearing-aid repairs, pawnbrokers, W-9,
Medicare and life-insurance forms, tax-preparer intake, PACS, guest registration for the police (parte de viajeros,
Alloggiati Web, eVisitor), Pix keys, Karta Dużej Rodziny, sauna rotas, New Year card address lists (年賀状), 전입신고,
tenant police verification (India), Thai cooperatives, Vietnamese temporary residence, link-in-bio texts, corporate-card
reconciliation; and on the technical side: Ansible inventories and vault password files, Vagrantfiles, ~/.ssh/config,
Home Assistant secrets.yaml, Caddyfiles with DNS-challenge tokens, cloudflared tunnel tokens, crontab mysqldump lines,
Sentry DSNs and auth tokens, Laravel/Mailgun .env, Twilio scripts, Google client_secret.json and service-account JSON
(a PEM with escaped newlines), Azure Service Bus strings, .npmrc/.pypirc/cargo credentials/.netrc/NuGet.config,
kubeconfig client-key-data, Redis and MongoDB URIs, google-services.json / GoogleService-Info.plist, tshark output with
Basic auth, nftables, dnsmasq DHCP logs, nmap, Wazuh and Suricata alerts, Zeek conn.log, CloudTrail events, Terraform
providers, Kubernetes Secrets (base64 data), Jupyter cell JSON, crash dumps printing the environment, Actions logs,
shell history, net use / PowerShell credentials, Spring and .NET configs, Postfix sasl_passwd, ldapsearch -w, curl -u,
Proxmox API tokens, ~/.git-credentials, zigbee2mqtt network keys, Wi-Fi QR strings, otpauth URIs and 2FA backup codes,
Bitwarden CSV exports, OpenWrt uci, Supabase service-role keys, systemd Environment=, odoo.conf, rsyncd.secrets,
Tailscale auth keys, ngrok, Slack/Linear/Notion/Airtable/Groq/Replicate/Docker/Vault/Grafana/Shopify/Square/Databricks
keys, nginx configs with bearer JWTs, Telegram bots and Midtrans keys.

Languages (the first element of each template tuple): en (about half; en-US, en-GB, en-CA, en-AU, en-IE, en-NZ, en-IN,
en-ZA, or "en-XX" for an English prompt about another (Latin-script) country's people and numbers), de (DE/AT/CH), fr
(FR/BE/CH), es (ES/MX/AR), it, nl (NL/BE), pt (Portugal), pt-BR, pl, sv, no, da, fi, is, cs, sk, hu, ro, tr, el (Greek),
ru, uk, bg, sr (Cyrillic), hr, sl, lt, lv, et, ca, and, new to the sets, ja, zh, ko, he, ar, hi (Devanagari), th, vi,
id: 38 languages. A sample's locale is "<language>-<country>"; the country picks names, towns, address layout, phone
numbering, card schemes, IBAN country and national id; the language picks how dates are spelled (Japanese era years,
Thai Buddhist years, Korean 년월일, Lithuanian "m. ... d.", Hungarian year-first...) and whether names of non-Latin
countries are written in their script (a romanisation serves e-mail addresses and card holders).

Slot syntax: {kind} or {kind:arg:arg} is filled by fill(ctx, slot), which returns (text, TYPE or None) parts. Person
slots ({name}, {first}, {last}, {initial}, {rev}, {fio} (surname, name and patronymic), {email}, {wemail}, {phone},
{iphone} (international), {waurl} (a wa.me link), {dob}, {natid}, {idname} (the unlabelled name of that id), {ssn},
{addr}, {addrml} (over lines), {purl}, {holder} (a card holder in capitals), and the unlabelled {handle}, {age},
{title}) take a digit for persons 2 to 6 ({name2}, {phone3}); on a person's first mention `f`/`m` fix the sex and
`kid`/`baby` the age; another argument picks a style ({dob:iso}, {natid:nhs}, {purl:a} vs {purl:b}). Other slots:
{town}, {org} / {org:<word>}, {date:iso|num|long|short}, {ip:pub|priv|cgnat|v6|v6full|ula|ll|mapped}, {card:<scheme>:
<sp|dash|dot|plain|split|nbsp>} (schemes: visa, mc, amex, disc, jcb, cup, diners, mir, troy, rupay, elo, hiper, dankort,
maestro), {iban} / {iban:<CC>} / {iban:plain|grp}, {tok:<kind>} (TOKEN_KINDS), {pw:word|random|url|phrase|leet|wifi|pin},
{cred:<user>} (user:password for a URL), {basic}, {b64:<kind>}, {pem:<kind>}, {pemjson}, {pemb64}, {recovery}, {zigbee},
{sentry}, {slackhook}, {pve}; unlabelled {last4} (of the last card), {exp}, {cvv}, {imei}, {vin}, {x:<negative>} (_NEG)
and {n:lo:hi}. `@key` at the end gives another, different value of the same kind ({town@b}, {card@b}); the same slot
written twice gives the same value twice. `uc`/`lc` upper-/lower-case the value. Literal braces are written doubled in
this file ("{{", "}}") and become {lb}/{rb} when the module loads, since corpus._render reads "{" as a slot.

What is labelled (corpus.py's conventions): PERSON private people's names (first, last, full, "K. Nowak" as one span,
"Nowak, Katarzyna" as two, a Russian/Ukrainian/Bulgarian name with patronymic as one span; family-first orders of
Hungarian, Japanese, Chinese, Korean and Vietnamese names as one span; honorifics and titles (Ms, Frau, 様, 님, คุณ)
stay outside); LOCATION a town where someone lives, works or travels; ORGANIZATION the small employers, schools,
clinics, clubs and firms of the writer's life (the whole name); ADDRESS street, number, flat/staircase/floor parts,
postcode and town as one span, in each country's layout (postcode first in Hungary, Russia and Japan, 〒, Korean
road addresses with (postcode), Thai หมู่/ตำบล/อำเภอ, RT/RW in Indonesia), which may run over lines; DATE a day-and-month
date in the language's own spelling (with the trailing dot of Croatian, Serbian and Latvian numeric dates, Lithuanian
"m."/"d." inside); DATE_OF_BIRTH when it is a birth date; SECRET only the value: provider keys and tokens, the AWS
access key id, passwords after labels and in config syntaxes (after `-u user:` or `-w` the password alone; in
redis://:pw@ the password alone), Wi-Fi keys (also in a WIFI: QR string), door/keypad codes and PINs given as such,
EPP transfer codes, TOTP seeds, each 2FA backup code, the base64 of a Basic pair or of a Kubernetes Secret value, whole
PEM blocks (also with escaped newlines inside JSON, or base64-encoded in a kubeconfig), the key part of a Sentry DSN,
the last segment of a Slack webhook, the token after a Proxmox token id, a Zigbee network key array, and `user:password`
inside a URL or .git-credentials line as one span; URL only links that point at a person (profiles, personal sites
and shares, wa.me links; no EMAIL or PHONE span nested inside); EMAIL every real-looking address, including work,
role and service-account addresses (only example.com/org/net are not); PHONE valid by phonenumbers for the sample's
country and outside the ranges kept for fiction; CREDIT_CARD Luhn-valid numbers of many schemes (Amex 4-6-5, Diners
4-6-4, UnionPay 19 digits), never a published test number, grouped by spaces, dashes, dots or not at all, and, when
only a line break splits it, one span over the break; IBAN (mod 97 and national checks); US_SSN (valid areas, never
the specimens; dashed, spaced or plain); NATIONAL_ID checksum-valid numbers agreeing with the person's birth date and
sex wherever the number holds them (PESEL, personnummer, CPR, HETU, kennitala, rodné číslo, CNP, EGN, JMBG/EMŠO,
asmens kodas, isikukood, personas kods, RNOKPP, AMKA, NIR, rijksregisternummer, codice fiscale from the name, CURP
from the name, CUIL, SA ID, PAN with the surname's initial, 身份证, 주민등록번호, NIK, Emirates ID, Vietnamese CCCD)
and the others valid by their own checks (Steuer-ID, BSN, NIF, DNI/NIE, CPF, OIB, TC kimlik, My Number, Teudat
Zehut, Thai PIN, Aadhaar, SIN, TFN, IRD, PPS, NHS, NINO, SNILS, INN, AHV, SV-Nummer; US passport numbers);
IP_ADDRESS public and private IPv4, CGNAT/Tailscale 100.64/10 device addresses, IPv6 compressed, full, link-local,
unique-local and IPv4-mapped: the address only, never a :port, a /prefix or brackets.

Deliberately not labelled: card expiry dates, CVVs and the last four digits written alone ("ending 4821"); IMEIs (no
type for them: Luhn-valid 15-digit numbers that appear only inside PII prompts), VINs, bike frame numbers; usernames
and handles on their own, system users, hostnames and domains (also hostnames with an IP written in dashes); order,
invoice, ticket and tracking numbers (UPS, USPS 22-digit, DHL, Royal Mail, PostNL), ISBNs and EANs; AWS account ids,
Twilio account SIDs, GCP private_key_id, Google project numbers, client ids; versions, Windows builds, git SHAs,
UUIDs, ULIDs, request ids, pod names, image digests, checksums, MAC addresses, OIDs; publishable-by-design keys (Stripe
pk_live_) and public keys (SSH, WireGuard); Ansible vault ciphertext; placeholders (sk-..., <YOUR_API_KEY>, ${API_KEY},
{{ vault_x }}, ${{ secrets.X }}, changeme, ********, AWS's EXAMPLE keys, the jwt.io sample token, JBSWY3DPEHPK3PXP);
published test cards, documentation IBANs and the specimen SSNs; example.com addresses; RFC 5737/3849 documentation
addresses, loopback, 0.0.0.0, netmasks, ranges named as ranges, the cloud metadata address and public resolvers in
how-to questions; fictional phone ranges; prices, years, times; famous people, places and companies in general
questions; form placeholder names (John Doe, Max Mustermann, 山田太郎, 张三, 홍길동, Иван Иванов...). Dates never
appear in the negative or clean templates.
"""

from __future__ import annotations

import base64
import datetime
import ipaddress
import json
import random
import string
from collections.abc import Callable

import phonenumbers
from stdnum import iban as stdnum_iban
from stdnum import isbn as stdnum_isbn
from stdnum import luhn

Parts = list[tuple[str, str | None]]

AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
B64 = AN + "+/"
URLSAFE = AN + "-_"
UPAN = string.ascii_uppercase + string.digits

# ---------------------------------------------------------------------------------------------------------------
# People and places. One entry per people key (a country, or a country written in a second script/language):
# female first names | male first names | surnames ("male/female" where the surname agrees with sex) | towns.
# Non-Latin names carry a romanisation after "~" (used for e-mail addresses, handles and card holders).
# A town may carry "," fields the address writer reads (state, postcode head, ward...).
# ---------------------------------------------------------------------------------------------------------------
PEOPLE: dict[str, tuple[str, str, str, str]] = {
    "US": ("Ashley|Brianna|Kayla|Megan|Shanice|Maribel|Danielle|Courtney|Tamika|Lupe",
           "Tyler|Brandon|DeShawn|Cody|Marcus|Javier|Trevor|Dustin|Malik|Garrett",
           "Kowalczyk|Brennan|Okafor|Delgado|Whitfield|Lindqvist|Hargrove|Tran|McAllister|Petrosyan|Vasquez|Yoder",
           ("Tulsa,OK,74|Boise,ID,83|Spokane,WA,99|Fresno,CA,93|Knoxville,TN,37|Dayton,OH,45|Akron,OH,44|Tacoma,WA,98|"
           "Chattanooga,TN,37|Fort Wayne,IN,46|Eugene,OR,97|Lubbock,TX,79")),
    "GB": ("Siobhan|Amelia|Priya|Rhiannon|Chloe|Gemma|Lauren|Imogen|Bethany|Keeley",
           "Callum|Rhys|Declan|Kieran|Oliver|Hamish|Jamal|Owen|Fraser|Ewan",
           "Pemberton|Ashworth|Okonkwo|Fairbairn|Threlfall|Maguire|Patel|Winstanley|Cartwright|Bhatti|Rowntree|Llewellyn",
           ("Wigan,WN|Stockport,SK|Harrogate,HG|Swindon,SN|Ipswich,IP|Stirling,FK|Wrexham,LL|Lancaster,LA|Dundee,DD|"
           "Carlisle,CA|Exeter,EX|Bath,BA")),
    "CA": ("Genevieve|Madison|Chantal|Avery|Harpreet|Mackenzie|Brooke|Nadia",
           "Connor|Mathieu|Gurpreet|Tristan|Brody|Nolan|Étienne|Ryan",
           "Tremblay|Gagnon|MacLeod|Sandhu|Bouchard|Kowalchuk|Desjardins|Cheung|Robichaud|Fraser",
           ("Kelowna,BC,V|Moncton,NB,E|Saskatoon,SK,S|Kingston,ON,K|Red Deer,AB,T|Sherbrooke,QC,J|Guelph,ON,N|"
           "Nanaimo,BC,V|Brandon,MB,R|Lethbridge,AB,T")),
    "AU": ("Matilda|Chloe|Isla|Jacinta|Tahlia|Bronwyn|Sienna|Mia",
           "Lachlan|Mitchell|Bailey|Hamish|Jayden|Riley|Cooper|Angus",
           "Fitzgerald|Nguyen|Papadopoulos|McKenzie|Hartley|Walsh|Costa|O'Loughlin|Singh|Brennan",
           ("Toowoomba,QLD,4|Ballarat,VIC,3|Wollongong,NSW,2|Geelong,VIC,3|Townsville,QLD,4|Launceston,TAS,7|"
           "Bendigo,VIC,3|Bunbury,WA,6|Mackay,QLD,4|Dubbo,NSW,2")),
    "IE": ("Aoife|Siobhán|Caoimhe|Niamh|Gráinne|Orla|Saoirse|Clodagh",
           "Cathal|Oisín|Darragh|Cian|Eoin|Fionn|Ronan|Colm",
           "Ó Briain|Fitzpatrick|Geraghty|Lynch|Hennessy|Kavanagh|Doherty|Nolan|Mac Carthaigh|Brophy",
           ("Ennis,V95,Clare|Tralee,V92,Kerry|Athlone,N37,Westmeath|Mullingar,N91,Westmeath|Letterkenny,F92,Donegal|"
           "Navan,C15,Meath|Wexford,Y35,Wexford|Dundalk,A91,Louth")),
    "NZ": ("Aroha|Mereana|Hannah|Ruby|Kaia|Georgia|Anahera|Olivia",
           "Tama|Nikau|Liam|Finn|Wiremu|Hunter|Mason|Rawiri",
           "Ngata|Te Whare|Parata|MacDonald|Henare|Walker|Fonoti|Sullivan|Kaur|Stewart",
           "Hamilton,32|Tauranga,31|Napier,41|Nelson,70|Whanganui,45|Invercargill,98|Rotorua,30|Palmerston North,44"),
    "IN": ("Priya|Ananya|Kavya|Deepika|Sneha|Meenakshi|Ishita|Pooja|Lakshmi|Farzana",
           "Arjun|Rohan|Vikram|Siddharth|Karthik|Imran|Aditya|Rahul|Venkatesh|Harsh",
           "Sharma|Iyer|Reddy|Nair|Chatterjee|Kulkarni|Deshpande|Menon|Agarwal|Qureshi|Bhatt|Pillai",
           ("Pune,Maharashtra,411|Nagpur,Maharashtra,440|Indore,Madhya Pradesh,452|Coimbatore,Tamil Nadu,641|"
           "Mysuru,Karnataka,570|Lucknow,Uttar Pradesh,226|Vadodara,Gujarat,390|Kochi,Kerala,682|"
           "Bhopal,Madhya Pradesh,462|Visakhapatnam,Andhra Pradesh,530")),
    "IN_hi": ("प्रिया~Priya|अनीता~Anita|सुनीता~Sunita|पूजा~Pooja|नेहा~Neha|कविता~Kavita|रीना~Reena|दीपिका~Deepika",
              "राहुल~Rahul|अमित~Amit|विकास~Vikas|सुरेश~Suresh|राजेश~Rajesh|अंकित~Ankit|मनोज~Manoj|सौरभ~Saurabh",
              ("शर्मा~Sharma|वर्मा~Verma|गुप्ता~Gupta|सिंह~Singh|यादव~Yadav|मिश्रा~Mishra|तिवारी~Tiwari|पांडे~Pandey|"
              "चौहान~Chauhan|श्रीवास्तव~Srivastava"),
              ("लखनऊ,उत्तर प्रदेश,226|जयपुर,राजस्थान,302|कानपुर,उत्तर प्रदेश,208|भोपाल,मध्य प्रदेश,462|पटना,बिहार,800|"
              "इंदौर,मध्य प्रदेश,452|वाराणसी,उत्तर प्रदेश,221|आगरा,उत्तर प्रदेश,282")),
    "ZA": ("Thandiwe|Nomvula|Lerato|Anri|Zanele|Chantelle|Palesa|Lindiwe",
           "Sipho|Thabo|Pieter|Kagiso|Mandla|Riaan|Tshepo|Johan",
           "Nkosi|van der Merwe|Dlamini|Botha|Mokoena|Pretorius|Naidoo|Khumalo|Steyn|Ndlovu",
           ("Pietermaritzburg,3201|Stellenbosch,7600|Bloemfontein,9301|Polokwane,0699|Gqeberha,6001|Mbombela,1201|"
           "Kimberley,8301|George,6529")),
    "DE": ("Annika|Leonie|Svenja|Birgit|Merle|Jana|Franziska|Ilka|Tabea|Dörte",
           "Jannik|Björn|Torsten|Malte|Lukas|Henrik|Jürgen|Ole|Timo|Fynn",
           "Brandstätter|Hoffmeister|Wüstenberg|Kötter|Schröder|Lindemann|Yılmaz|Kaczmarek|Böhm|Reuter|Albrecht|Vogt",
           ("Göttingen,37|Bielefeld,33|Paderborn,33|Würzburg,97|Oldenburg,26|Kassel,34|Erlangen,91|Lüneburg,21|"
           "Rostock,18|Ulm,89|Konstanz,78|Gera,07")),
    "AT": ("Katharina|Theresa|Magdalena|Verena|Johanna|Elisabeth|Valentina|Lisa",
           "Florian|Stefan|Dominik|Matthias|Clemens|Raphael|Bernhard|Lukas",
           "Gruber|Huber|Pichler|Moser|Steiner|Hofer|Leitner|Berger|Fuchs|Eder",
           "Graz,80|Linz,40|Salzburg,50|Innsbruck,60|Klagenfurt,90|Villach,95|Wels,46|St. Pölten,31|Dornbirn,68|Leoben,87"),
    "CH": ("Seraina|Nadine|Corinne|Flurina|Andrea|Ladina|Chiara|Mirjam",
           "Reto|Urs|Beat|Gian|Luca|Adrian|Marco|Severin",
           "Brunner|Meier|Zürcher|Gerber|Baumgartner|Rüegg|Studer|Kälin|Bianchi|Favre",
           "Winterthur,84|Luzern,60|St. Gallen,90|Aarau,50|Thun,36|Biel,25|Chur,70|Schaffhausen,82|Fribourg,17|Zug,63"),
    "FR": ("Margaux|Clémence|Aurélie|Maëlle|Océane|Solène|Inès|Capucine|Léa|Nadège",
           "Maxime|Théo|Guillaume|Loïc|Baptiste|Yannick|Mehdi|Quentin|Florian|Gaëtan",
           "Lefèvre|Moreau|Girard|Chevalier|Benali|Fournier|Rousseau|Lambert|Perrin|Marchand|Da Silva|Leclerc",
           ("Angers,49|Poitiers,86|Besançon,25|Limoges,87|Nancy,54|Perpignan,66|Brest,29|Caen,14|Tours,37|Pau,64|"
           "Annecy,74|Chambéry,73")),
    "BE": ("Laure|Elise|Lotte|Fien|Manon|Amélie|Ine|Charlotte",
           "Wout|Arnaud|Thibault|Pieter|Jens|Cédric|Bram|Olivier",
           "Peeters|Janssens|Dubois|Maes|Lambrechts|Willems|Claes|Lejeune|Vermeulen|Dumont",
           ("Leuven,3000|Namur,5000|Mechelen,2800|Liège,4000|Hasselt,3500|Gent,9000|Mons,7000|Brugge,8000|"
           "Charleroi,6000|Aalst,9300")),
    "ES": ("Lucía|Nerea|Ainhoa|Marta|Rocío|Itziar|Paula|Montserrat|Irene|Aitana",
           "Álvaro|Iker|Javier|Unai|Sergio|Rubén|Gonzalo|Adrián|Borja|Íñigo",
           "García|Fernández|Moreno|Jiménez|Navarro|Iglesias|Etxeberria|Castillo|Ortega|Vidal|Serrano|Cabrera",
           ("Logroño,26|Cáceres,10|Albacete,02|Burgos,09|León,24|Huesca,22|Castellón,12|Cartagena,30|Jaén,23|"
           "Gijón,33|Vitoria,01")),
    "ES_ca": ("Laia|Núria|Mireia|Montse|Berta|Aina|Queralt|Jana",
              "Jordi|Pau|Arnau|Oriol|Marc|Pol|Xavier|Guillem",
              "Puig|Vidal|Soler|Ferrer|Roca|Serra|Casals|Pujol|Riera|Font",
              "Girona,17|Lleida,25|Tarragona,43|Reus,43|Manresa,08|Vic,08|Sabadell,08|Terrassa,08"),
    "MX": ("Guadalupe|Ximena|Fernanda|Itzel|Citlali|Mariana|Daniela|Yesenia",
           "Emiliano|Diego|Alejandro|Ulises|Rodrigo|Santiago|Héctor|Jesús",
           "Hernández|López|Ramírez|Cruz|Morales|Reyes|Gutiérrez|Mendoza|Rojas|Aguilar|Castañeda|Zavala",
           ("Querétaro,Qro.,QT,76|Morelia,Mich.,MN,58|Puebla,Pue.,PL,72|Mérida,Yuc.,YN,97|Oaxaca,Oax.,OC,68|"
           "León,Gto.,GT,37|Saltillo,Coah.,CL,25|Hermosillo,Son.,SR,83|Toluca,Méx.,MC,50|Aguascalientes,Ags.,AS,20")),
    "AR": ("Florencia|Micaela|Agustina|Camila|Milagros|Belén|Luciana|Rocío",
           "Facundo|Joaquín|Matías|Nicolás|Tomás|Gonzalo|Lautaro|Ezequiel",
           "González|Rodríguez|Fernández|Romero|Sosa|Álvarez|Benítez|Acosta|Medina|Ferreyra",
           ("Rosario,S,2000|Córdoba,X,5000|Mendoza,M,5500|La Plata,B,1900|Mar del Plata,B,7600|Salta,A,4400|"
           "Tucumán,T,4000|Neuquén,Q,8300")),
    "IT": ("Chiara|Giulia|Federica|Ilaria|Martina|Benedetta|Serena|Alessia|Francesca|Noemi",
           "Lorenzo|Matteo|Davide|Gabriele|Riccardo|Tommaso|Simone|Edoardo|Pietro|Nicolò",
           "Esposito|Colombo|Ricci|Marino|Greco|Bruno|Galli|Conti|De Luca|Mancini|Lombardi|Barbieri",
           ("Bergamo,BG,A794,241|Verona,VR,L781,371|Parma,PR,G337,431|Lecce,LE,E506,731|Perugia,PG,G478,061|"
           "Trento,TN,L378,381|Modena,MO,F257,411|Ancona,AN,A271,601|Pisa,PI,G702,561|Salerno,SA,H703,841|"
           "Udine,UD,L483,331|Brescia,BS,B157,251")),
    "NL": ("Sanne|Femke|Lotte|Anouk|Maaike|Ilse|Noor|Fleur|Esmee|Marloes",
           "Daan|Sem|Bram|Thijs|Joost|Ruben|Jelle|Stijn|Niels|Wouter",
           "de Vries|van den Berg|Bakker|Visser|Smit|Meijer|de Boer|Mulder|van Dijk|Bos|Hendriks|Kuipers",
           ("Zwolle,80|Amersfoort,38|Apeldoorn,73|Deventer,74|Leeuwarden,89|Haarlem,20|Delft,26|Breda,48|"
           "Nijmegen,65|Tilburg,50|Groningen,97|Assen,94")),
    "PT": ("Beatriz|Inês|Mariana|Leonor|Matilde|Carolina|Joana|Rita",
           "Tiago|Duarte|Rodrigo|Gonçalo|Afonso|Diogo|Nuno|Rui",
           "Ferreira|Pereira|Carvalho|Sousa|Rodrigues|Martins|Gonçalves|Lopes|Marques|Almeida|Ribeiro|Pinto",
           ("Braga,4700|Coimbra,3000|Aveiro,3800|Viseu,3500|Faro,8000|Leiria,2400|Setúbal,2900|Évora,7000|"
           "Guimarães,4800|Funchal,9000")),
    "BR": ("Ana Clara|Larissa|Thaís|Jéssica|Letícia|Bruna|Gabriela|Raíssa|Fernanda|Luana",
           "João Pedro|Thiago|Matheus|Guilherme|Vinícius|Caio|Rafael|Leandro|Felipe|Otávio",
           "Silva|Santos|Oliveira|Souza|Lima|Carvalho|Araújo|Barbosa|Cavalcanti|Nogueira|Teixeira|Monteiro",
           ("Campinas,SP,130|Curitiba,PR,800|Florianópolis,SC,880|Goiânia,GO,740|Recife,PE,500|Belém,PA,660|"
           "Natal,RN,590|Londrina,PR,860|Uberlândia,MG,384|Vila Velha,ES,291")),
    "PL": ("Katarzyna|Agnieszka|Zuzanna|Magdalena|Aleksandra|Joanna|Weronika|Małgorzata|Karolina|Natalia",
           "Piotr|Krzysztof|Tomasz|Jakub|Mateusz|Paweł|Michał|Grzegorz|Bartosz|Wojciech",
           ("Kowalczyk|Wiśniewski/Wiśniewska|Lewandowski/Lewandowska|Zieliński/Zielińska|Wójcik|Kamiński/Kamińska|"
           "Szymański/Szymańska|Dąbrowski/Dąbrowska|Kozłowski/Kozłowska|Jankowski/Jankowska|Mazur|Krawczyk"),
           ("Toruń,87|Rzeszów,35|Olsztyn,10|Lublin,20|Białystok,15|Opole,45|Gliwice,44|Kielce,25|Bydgoszcz,85|"
           "Zielona Góra,65")),
    "SE": ("Elin|Maja|Linnea|Ebba|Saga|Ingrid|Agnes|Tove",
           "Oskar|Viktor|Emil|Anton|Linus|Gustav|Hugo|Axel",
           "Lindqvist|Bergström|Holm|Sandberg|Forsberg|Nyström|Åberg|Lundgren|Hedlund|Engström",
           "Umeå,90|Västerås,72|Örebro,70|Linköping,58|Jönköping,55|Sundsvall,85|Luleå,97|Växjö,35|Karlstad,65|Gävle,80"),
    "NO": ("Ingrid|Sigrid|Ragnhild|Marte|Silje|Thea|Ida|Solveig",
           "Eirik|Sindre|Håkon|Magnus|Vegard|Torstein|Jørgen|Sondre",
           "Haugen|Bakken|Solberg|Dahl|Nygård|Strand|Lie|Moen|Berntsen|Eide",
           "Tromsø,90|Bodø,80|Drammen,30|Fredrikstad,16|Ålesund,60|Lillehammer,26|Stavanger,40|Kristiansand,46"),
    "DK": ("Mette|Signe|Freja|Astrid|Trine|Camilla|Line|Ida",
           "Rasmus|Mikkel|Jesper|Frederik|Søren|Anders|Kasper|Mads",
           "Nielsen|Jørgensen|Madsen|Kristensen|Østergaard|Mikkelsen|Thomsen|Lauridsen|Dam|Bech",
           ("Aarhus,8000|Odense,5000|Aalborg,9000|Esbjerg,6700|Vejle,7100|Horsens,8700|Randers,8900|Kolding,6000|"
           "Silkeborg,8600|Roskilde,4000")),
    "FI": ("Aino|Veera|Siiri|Kaisa|Elina|Noora|Helmi|Johanna",
           "Eetu|Juho|Aleksi|Ville|Mikko|Lauri|Otso|Tuomas",
           "Virtanen|Korhonen|Mäkinen|Nieminen|Heikkinen|Koskinen|Järvinen|Lehtonen|Salminen|Laine",
           "Tampere,33|Oulu,90|Jyväskylä,40|Kuopio,70|Turku,20|Lahti,15|Pori,28|Joensuu,80|Vaasa,65|Rovaniemi,96"),
    "IS": ("Guðrún|Sigríður|Katrín|Hildur|Ásdís|Eyrún|Þórunn|Bryndís",
           "Gunnar|Sigurður|Ólafur|Einar|Hrafn|Kári|Ragnar|Þórður",
           ("Jónsson/Jónsdóttir|Stefánsson/Stefánsdóttir|Magnússon/Magnúsdóttir|Björnsson/Björnsdóttir|Helgason/Helgadóttir|"
           "Árnason/Árnadóttir|Pálsson/Pálsdóttir|Kristjánsson/Kristjánsdóttir"),
           ("Akureyri,600|Hafnarfjörður,220|Kópavogur,200|Selfoss,800|Ísafjörður,400|Egilsstaðir,700|Reykjanesbær,230|"
           "Garðabær,210")),
    "CZ": ("Tereza|Kateřina|Lucie|Veronika|Barbora|Markéta|Eliška|Klára",
           "Jakub|Ondřej|Tomáš|Vojtěch|Lukáš|Matěj|Jiří|Radek",
           ("Novák/Nováková|Svoboda/Svobodová|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová|"
           "Veselý/Veselá|Horák/Horáková|Němec/Němcová|Pokorný/Pokorná|Marek/Marková|Pospíšil/Pospíšilová"),
           "Brno,6|Olomouc,7|Plzeň,3|Liberec,4|Pardubice,5|Zlín,7|Jihlava,5|Hradec Králové,5|Ostrava,7|České Budějovice,3"),
    "SK": ("Zuzana|Lenka|Michaela|Ivana|Simona|Dominika|Petra|Martina",
           "Marek|Peter|Martin|Lukáš|Juraj|Miroslav|Tomáš|Patrik",
           ("Horváth/Horváthová|Kováč/Kováčová|Varga/Vargová|Tóth/Tóthová|Baláž/Balážová|Szabó/Szabóová|"
           "Molnár/Molnárová|Lukáč/Lukáčová|Hudák/Hudáková|Kollár/Kollárová"),
           "Košice,04|Prešov,08|Žilina,01|Nitra,94|Banská Bystrica,97|Trnava,91|Trenčín,91|Poprad,05|Zvolen,96"),
    "HU": ("Zsófia|Eszter|Réka|Anna|Dóra|Boglárka|Katalin|Noémi",
           "Bence|Máté|Levente|Gergely|Ádám|Balázs|Zoltán|Dániel",
           "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp",
           ("Debrecen,40|Szeged,67|Pécs,76|Győr,90|Miskolc,35|Kecskemét,60|Székesfehérvár,80|Nyíregyháza,44|"
           "Sopron,94|Eger,33")),
    "RO": ("Ioana|Andreea|Mihaela|Alexandra|Bianca|Roxana|Cristina|Larisa",
           "Andrei|Mihai|Ionuț|Bogdan|Alexandru|Radu|Vlad|Cătălin",
           "Popescu|Ionescu|Dumitrescu|Stan|Munteanu|Constantin|Moldovan|Lazăr|Stoica|Dobre",
           ("Cluj-Napoca,12,400|Iași,22,700|Timișoara,35,300|Brașov,08,500|Constanța,13,900|Sibiu,32,550|Oradea,05,410|"
           "Craiova,16,200|Arad,02,310|Suceava,33,720")),
    "TR": ("Elif|Zeynep|Büşra|Merve|Ayşe|Ece|Selin|Gizem",
           "Emre|Burak|Mert|Onur|Oğuz|Kaan|Serkan|Yusuf",
           "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Aydın|Öztürk|Arslan|Doğan|Kılıç|Aksoy",
           ("Eskişehir,Tepebaşı,26|Kayseri,Melikgazi,38|Trabzon,Ortahisar,61|Samsun,İlkadım,55|Gaziantep,Şahinbey,27|"
           "Denizli,Pamukkale,20|Mersin,Yenişehir,33|Konya,Selçuklu,42|Bursa,Nilüfer,16|Antalya,Muratpaşa,07")),
    "GR": ("Ελένη|Κατερίνα|Δέσποινα|Βασιλική|Σοφία|Αθηνά|Χριστίνα|Ειρήνη",
           "Γιώργος|Νίκος|Δημήτρης|Κώστας|Παναγιώτης|Σπύρος|Θανάσης|Στέλιος",
           ("Παπαδόπουλος/Παπαδοπούλου|Οικονόμου|Γεωργίου|Καραγιάννης/Καραγιάννη|Νικολάου|Βλάχος/Βλάχου|Αντωνίου|"
           "Μαυρίδης/Μαυρίδου|Κωνσταντινίδης/Κωνσταντινίδου|Ζαχαρίου"),
           "Θεσσαλονίκη,54|Πάτρα,26|Ηράκλειο,71|Λάρισα,41|Βόλος,38|Ιωάννινα,45|Καλαμάτα,24|Χανιά,73|Κοζάνη,50|Ξάνθη,67"),
    "RU": ("Анна|Екатерина|Ольга|Дарья|Светлана|Юлия|Ксения|Наталья",
           "Алексей|Дмитрий|Сергей|Андрей|Илья|Максим|Никита|Павел",
           ("Смирнов/Смирнова|Кузнецов/Кузнецова|Попов/Попова|Соколов/Соколова|Лебедев/Лебедева|Новиков/Новикова|"
           "Морозов/Морозова|Волков/Волкова|Зайцев/Зайцева|Белов/Белова"),
           ("Казань,420|Екатеринбург,620|Новосибирск,630|Самара,443|Нижний Новгород,603|Пермь,614|Томск,634|"
           "Калининград,236|Ярославль,150|Воронеж,394")),
    "UA": ("Олена|Ірина|Оксана|Тетяна|Юлія|Наталія|Вікторія|Христина",
           "Олександр|Андрій|Богдан|Тарас|Дмитро|Василь|Остап|Євген",
           "Шевченко|Коваленко|Бондаренко|Ткаченко|Кравченко|Мельник|Олійник|Лисенко|Гончаренко|Руденко|Бойко",
           "Львів,79|Харків,61|Дніпро,49|Вінниця,21|Полтава,36|Житомир,10|Чернігів,14|Ужгород,88|Тернопіль,46|Одеса,65"),
    "BG": ("Мария|Десислава|Цветелина|Гергана|Петя|Радостина|Милена|Виктория",
           "Георги|Стоян|Калоян|Никола|Петър|Димитър|Стефан|Христо",
           ("Петров/Петрова|Георгиев/Георгиева|Димитров/Димитрова|Стоянов/Стоянова|Николов/Николова|Тодоров/Тодорова|"
           "Колев/Колева|Атанасов/Атанасова"),
           ("Пловдив,4000|Варна,9000|Бургас,8000|Русе,7000|Стара Загора,6000|Плевен,5800|Велико Търново,5000|"
           "Благоевград,2700")),
    "RS": ("Јелена|Милица|Ана|Марија|Драгана|Тијана|Ивана|Сања",
           "Марко|Никола|Стефан|Милош|Лазар|Душан|Вук|Немања",
           "Јовановић|Петровић|Николић|Марковић|Ђорђевић|Стојановић|Илић|Павловић|Танасковић|Радовановић",
           ("Нови Сад,21000|Ниш,18000|Крагујевац,34000|Суботица,24000|Чачак,32000|Краљево,36000|Зрењанин,23000|"
           "Панчево,26000")),
    "HR": ("Ivana|Petra|Lucija|Marija|Ana|Mia|Katarina|Martina",
           "Ivan|Luka|Josip|Marko|Filip|Ante|Matej|Tomislav",
           "Horvat|Kovačević|Babić|Marić|Jurić|Novak|Knežević|Vuković|Perić|Pavlović",
           "Split,21000|Rijeka,51000|Osijek,31000|Zadar,23000|Pula,52100|Varaždin,42000|Šibenik,22000|Karlovac,47000"),
    "SI": ("Nika|Ema|Maja|Špela|Tjaša|Urška|Katja|Neža",
           "Luka|Jan|Žiga|Matic|Gašper|Rok|Anže|Blaž",
           "Novak|Horvat|Kranjc|Zupan|Potočnik|Kovačič|Mlakar|Vidmar|Kos|Golob",
           "Maribor,2000|Celje,3000|Kranj,4000|Koper,6000|Novo mesto,8000|Velenje,3320|Ptuj,2250|Nova Gorica,5000"),
    "LT": ("Eglė|Rūta|Gintarė|Aistė|Ieva|Justina|Greta|Monika",
           "Mantas|Tomas|Lukas|Darius|Paulius|Andrius|Karolis|Vytautas",
           ("Kazlauskas/Kazlauskienė|Petrauskas/Petrauskienė|Jankauskas/Jankauskienė|Stankevičius/Stankevičienė|"
           "Vasiliauskas/Vasiliauskienė|Žukauskas/Žukauskienė|Butkus/Butkienė|Paulauskas/Paulauskienė|Urbonas/Urbonienė"),
           "Kaunas,44|Klaipėda,92|Šiauliai,76|Panevėžys,35|Alytus,62|Marijampolė,68|Utena,28|Palanga,00"),
    "LV": ("Līga|Ilze|Kristīne|Laura|Zane|Elīna|Dace|Anete",
           "Jānis|Andris|Mārtiņš|Kārlis|Edgars|Roberts|Artūrs|Raitis",
           ("Bērziņš/Bērziņa|Kalniņš/Kalniņa|Ozoliņš/Ozoliņa|Jansons/Jansone|Liepiņš/Liepiņa|Krūmiņš/Krūmiņa|"
           "Balodis/Balode|Zariņš/Zariņa|Vītols/Vītola|Kļaviņš/Kļaviņa"),
           "Daugavpils,54|Liepāja,34|Jelgava,30|Jūrmala,20|Ventspils,36|Rēzekne,46|Valmiera,42|Cēsis,41"),
    "EE": ("Kadri|Liis|Triin|Kertu|Merilin|Annika|Maarja|Helen",
           "Rasmus|Siim|Tanel|Mart|Kristjan|Priit|Ott|Andres",
           "Tamm|Saar|Sepp|Mägi|Kask|Kukk|Rebane|Pärn|Koppel|Lepik",
           "Tartu,50|Pärnu,80|Narva,20|Viljandi,71|Rakvere,44|Kuressaare,93|Haapsalu,90|Võru,65"),
    "JP": ("美咲~Misaki|陽菜~Hina|結衣~Yui|さくら~Sakura|真由美~Mayumi|彩花~Ayaka|千尋~Chihiro|奈々~Nana",
           "大翔~Hiroto|蓮~Ren|翔太~Shota|健太~Kenta|悠斗~Yuto|拓海~Takumi|直樹~Naoki|亮~Ryo",
           ("佐藤~Sato|鈴木~Suzuki|高橋~Takahashi|渡辺~Watanabe|伊藤~Ito|中村~Nakamura|小林~Kobayashi|加藤~Kato|"
           "吉田~Yoshida|松本~Matsumoto"),
           ("札幌市,北海道,中央区,060|仙台市,宮城県,青葉区,980|金沢市,石川県,,920|静岡市,静岡県,葵区,420|岡山市,岡山県,北区,700|"
           "熊本市,熊本県,中央区,860|松山市,愛媛県,,790|新潟市,新潟県,中央区,950|長野市,長野県,,380")),
    "CN": ("静~Jing|婷婷~Tingting|晓燕~Xiaoyan|丽娜~Lina|雨欣~Yuxin|佳怡~Jiayi|梦瑶~Mengyao|秀英~Xiuying",
           "伟~Wei|浩然~Haoran|子轩~Zixuan|俊杰~Junjie|志强~Zhiqiang|宇航~Yuhang|明轩~Mingxuan|建华~Jianhua",
           "王~Wang|李~Li|刘~Liu|陈~Chen|杨~Yang|黄~Huang|赵~Zhao|吴~Wu|周~Zhou|徐~Xu|孙~Sun|马~Ma",
           ("成都,四川省,武侯区,510107,610|杭州,浙江省,西湖区,330106,310|武汉,湖北省,洪山区,420111,430|西安,陕西省,雁塔区,610113,710|"
           "南京,江苏省,鼓楼区,320106,210|苏州,江苏省,姑苏区,320508,215|长沙,湖南省,岳麓区,430104,410|青岛,山东省,市南区,370202,266|"
           "厦门,福建省,思明区,350203,361|合肥,安徽省,蜀山区,340104,230")),
    "KR": ("지은~Ji-eun|서연~Seo-yeon|민지~Min-ji|하은~Ha-eun|수빈~Su-bin|유진~Yu-jin|예린~Ye-rin|지현~Ji-hyun",
           "민준~Min-jun|서준~Seo-jun|도윤~Do-yoon|현우~Hyun-woo|지훈~Ji-hoon|성민~Sung-min|재원~Jae-won|태민~Tae-min",
           "김~Kim|이~Lee|박~Park|최~Choi|정~Jung|강~Kang|조~Cho|윤~Yoon|장~Jang|임~Lim",
           ("수원시,경기도 수원시 영통구,16|대전,대전광역시 유성구,34|광주,광주광역시 북구,61|울산,울산광역시 남구,44|"
           "청주시,충청북도 청주시 흥덕구,28|전주시,전북특별자치도 전주시 완산구,55|창원시,경상남도 창원시 성산구,51|"
           "포항시,경상북도 포항시 남구,37|천안시,충청남도 천안시 동남구,31|춘천시,강원특별자치도 춘천시,24")),
    "IL": ("נועה~Noa|תמר~Tamar|מיכל~Michal|שירה~Shira|יעל~Yael|הילה~Hila|מאיה~Maya|רותם~Rotem",
           "איתי~Itai|עומר~Omer|יונתן~Yonatan|אורי~Uri|נדב~Nadav|עידו~Ido|אסף~Asaf|אביב~Aviv",
           ("כהן~Cohen|לוי~Levi|מזרחי~Mizrahi|פרץ~Peretz|ביטון~Biton|אברהם~Avraham|פרידמן~Friedman|שפירא~Shapira|"
           "אזולאי~Azoulay|גבאי~Gabay"),
           "חיפה,33|באר שבע,84|רחובות,76|הרצליה,46|כפר סבא,44|פתח תקווה,49|נתניה,42|מודיעין,71|אשדוד,77|רעננה,43"),
    "AE": ("فاطمة~Fatima|مريم~Maryam|نورة~Noura|ريم~Reem|سارة~Sara|هند~Hind|لطيفة~Latifa|عائشة~Aisha",
           "أحمد~Ahmed|خالد~Khaled|سعيد~Saeed|عمر~Omar|يوسف~Yousef|راشد~Rashid|سلطان~Sultan|ماجد~Majid",
           ("المنصوري~Al Mansoori|الهاشمي~Al Hashimi|الشامسي~Al Shamsi|الكعبي~Al Kaabi|النعيمي~Al Nuaimi|البلوشي~Al Balushi|"
           "الظاهري~Al Dhaheri|المهيري~Al Muhairi|السويدي~Al Suwaidi|الحمادي~Al Hammadi"),
           "دبي,الورقاء|الشارقة,المجاز|العين,الجيمي|عجمان,النعيمية|رأس الخيمة,النخيل|أبوظبي,الخالدية|الفجيرة,مربح"),
    "TH": (("สมหญิง~Somying|ปิยะนุช~Piyanuch|กมลวรรณ~Kamonwan|สุภาพร~Supaporn|ณัฐธิดา~Natthida|พิมพ์ชนก~Pimchanok|"
           "อรุณี~Arunee|วรรณา~Wanna"),
           ("สมชาย~Somchai|ธนากร~Thanakorn|ณัฐพล~Nattapon|วีระพงษ์~Weerapong|ศุภชัย~Supachai|กิตติพงษ์~Kittipong|"
           "อนุชา~Anucha|ปกรณ์~Pakorn"),
           ("ใจดี~Jaidee|ศรีสุข~Srisuk|วงศ์สวัสดิ์~Wongsawat|แก้วมณี~Kaewmanee|บุญมา~Boonma|สุขสวัสดิ์~Suksawat|ทองดี~Thongdee|"
           "รัตนพันธ์~Rattanaphan|จันทร์เพ็ญ~Chanpen"),
           "เชียงใหม่,50|ขอนแก่น,40|นครราชสีมา,30|หาดใหญ่,90|อุดรธานี,41|พิษณุโลก,65|ภูเก็ต,83|ชลบุรี,20"),
    "VN": ("Lan|Hương|Thảo|Ngọc Anh|Mai|Phương|Trang|Hà My",
           "Minh|Tuấn|Hùng|Đức Anh|Quang|Khoa|Long|Thành",
           "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Đặng|Bùi",
           ("Đà Nẵng,048,Hải Châu|Hải Phòng,031,Lê Chân|Cần Thơ,092,Ninh Kiều|Huế,046,Phú Nhuận|Nha Trang,056,Lộc Thọ|"
           "Biên Hòa,075,Tân Phong|Vũng Tàu,077,Thắng Tam|Quy Nhơn,052,Lý Thường Kiệt")),
    "ID": ("Siti|Dewi|Putri|Ayu|Ratna|Fitri|Wulan|Intan",
           "Budi|Agus|Rizky|Dimas|Andi|Fajar|Yoga|Hendra",
           "Santoso|Wijaya|Pratama|Saputra|Hidayat|Kurniawan|Setiawan|Nugroho|Halim|Siregar",
           ("Bandung,3273,40|Yogyakarta,3471,55|Semarang,3374,50|Malang,3573,65|Medan,1275,20|Makassar,7371,90|"
           "Denpasar,5171,80|Bogor,3271,16|Palembang,1671,30|Balikpapan,6471,76")),
}

# Streets for the address writers (a street name, to which the layout adds type, number, flat...).
STREETS: dict[str, str] = {
    "US": "Maple|Sycamore|Lakeview|Ridgecrest|Juniper|Cottonwood|Hawthorne|Magnolia|Willow Bend|Prairie",
    "GB": "Ashgrove|Chapel|Beechwood|Kingsway|Mill|Orchard|Rectory|Station|Larch|Brunswick",
    "CA": "Bayview|Elmwood|Cedar|Lakeshore|Tamarack|Birchmount|Riverside|Huron",
    "AU": "Wattle|Banksia|Jacaranda|Kookaburra|Bottlebrush|Ironbark|Tallowwood|Acacia",
    "IE": "Church|Castle|Abbey|Bridge|Fair Green|Chapel|Convent|Mill",
    "NZ": "Kowhai|Rimu|Totara|Puriri|Pohutukawa|Manuka|Matai|Kauri",
    "IN": "MG|Station|Temple|Nehru|Gandhi|Lake|Market|College",
    "ZA": "Protea|Jacaranda|Voortrekker|Church|Oak|Kloof|Main|Long",
    "DE": "Lindenstraße|Am Mühlbach|Birkenweg|Schillerstraße|Holunderweg|Kastanienallee|Gartenstraße|Am Rosenhang",
    "AT": "Herrengasse|Kirchengasse|Feldgasse|Lindengasse|Schulgasse|Rosenweg|Annenstraße|Mozartgasse",
    "CH": "Bahnhofstrasse|Dorfstrasse|Rosenweg|Kirchgasse|Seestrasse|Bergstrasse|Lindenhofweg|Schulhausstrasse",
    "FR": "rue des Tanneurs|allée des Tilleuls|avenue Jean Jaurès|rue du Moulin|chemin des Vignes|impasse des Lilas|"
          "boulevard Carnot|rue de la Paix",
    "BE": "Tiensestraat|Rue de Fer|Bondgenotenlaan|Rue Saint-Gilles|Kortrijksesteenweg|Rue des Déportés|Lange Ridderstraat|"
          "Rue du Collège",
    "ES": "Calle Mayor|Calle del Carmen|Avenida de la Constitución|Calle San Juan|Paseo de la Estación|Calle Real|"
          "Ronda de Poniente|Calle del Olmo",
    "ES_ca": "Carrer Major|Carrer de la Rutlla|Passeig de la Pau|Carrer del Carme|Rambla Nova|Carrer de Sant Pere|"
             "Avinguda de Catalunya|Carrer de les Flors",
    "MX": "Calle Hidalgo|Av. Juárez|Calle Morelos|Calle 5 de Mayo|Av. Independencia|Calle Allende|Calle Zaragoza|Av. Reforma",
    "AR": "Av. Pellegrini|Calle San Martín|Av. Colón|Calle Belgrano|Calle Mitre|Calle Sarmiento|Av. Rivadavia|Calle Urquiza",
    "IT": "Via Garibaldi|Via Roma|Corso Vittorio Emanuele|Via dei Mille|Viale Mazzini|Via Cavour|Via San Francesco|"
          "Piazza della Repubblica",
    "NL": "Kerkstraat|Molenweg|Julianalaan|Dorpsstraat|Beukenlaan|Wilhelminastraat|Spoorstraat|Lindelaan",
    "PT": "Rua do Souto|Rua da Liberdade|Avenida Central|Rua de Santo António|Travessa do Carmo|Rua Direita|"
          "Rua das Flores|Avenida da República",
    "BR": "Rua Barão de Jaguara|Rua XV de Novembro|Avenida Brasil|Rua das Palmeiras|Rua Sete de Setembro|"
          "Avenida Getúlio Vargas|Rua São Paulo|Rua Dom Pedro II",
    "PL": "ul. Szeroka|ul. Mickiewicza|ul. Kwiatowa|ul. Polna|al. Niepodległości|ul. Słoneczna|ul. Lipowa|ul. Ogrodowa",
    "SE": "Storgatan|Kungsgatan|Drottninggatan|Skolgatan|Björkvägen|Tallvägen|Ringvägen|Järnvägsgatan",
    "NO": "Storgata|Kirkegata|Skolegata|Bjørkeveien|Fjellveien|Sjøgata|Granveien|Torggata",
    "DK": "Vestergade|Søndergade|Nørregade|Skovvej|Birkevej|Møllevej|Kirkevej|Strandvejen",
    "FI": "Hämeenkatu|Kauppakatu|Koulukatu|Rantatie|Koivukuja|Puistokatu|Kirkkokatu|Mäntytie",
    "IS": "Hafnarstræti|Aðalstræti|Skólavegur|Kirkjuvegur|Hrannargata|Lindargata|Suðurgata|Strandgata",
    "CZ": "Masarykova|Údolní|Husova|Nádražní|Palackého|Komenského|Lidická|Zahradní",
    "SK": "Hlavná|Štúrova|Mlynská|Kukučínova|Sládkovičova|Hviezdoslavova|Záhradná|Školská",
    "HU": "Piac utca|Kossuth Lajos utca|Petőfi utca|Rákóczi út|Dózsa György út|Arany János utca|Bem tér|Fő utca",
    "RO": "Str. Memorandumului|Str. Mihai Eminescu|Bd. Independenței|Str. Lalelelor|Str. Avram Iancu|Calea Dorobanților|"
          "Str. Republicii|Str. Mărășești",
    "TR": "Atatürk Cad.|Cumhuriyet Cad.|İstiklal Sok.|Gül Sok.|Lale Sok.|İnönü Bulvarı|Zafer Cad.|Menekşe Sok.",
    "GR": "Τσιμισκή|Εγνατίας|Ερμού|Αγίου Δημητρίου|Κολοκοτρώνη|Μητροπόλεως|Παπαναστασίου|Καραϊσκάκη",
    "RU": "ул. Баумана|ул. Ленина|ул. Садовая|пр-т Мира|ул. Гагарина|ул. Советская|ул. Лесная|ул. Пушкина",
    "UA": "вул. Городоцька|вул. Шевченка|вул. Франка|просп. Свободи|вул. Садова|вул. Соборна|вул. Лесі Українки|вул. Зелена",
    "BG": "ул. „Капитан Райчо“|бул. „България“|ул. „Гладстон“|ул. „Иван Вазов“|ул. „Опълченска“|ул. „Шипка“|"
          "ул. „Цар Симеон“|ул. „Христо Ботев“",
    "RS": "Булевар ослобођења|Улица Змај Јовина|Улица Николе Пашића|Улица Војводе Мишића|Улица Кнеза Милоша|Улица Браће Рибникар",
    "HR": "Ulica kralja Zvonimira|Vukovarska ulica|Ulica Ante Starčevića|Ulica Matije Gupca|Ilica|Domovinskog rata|"
          "Ulica Stjepana Radića",
    "SI": "Slovenska ulica|Prešernova cesta|Cankarjeva ulica|Trubarjeva ulica|Gregorčičeva ulica|Ulica heroja Šlandra",
    "LT": "Laisvės al.|Vilniaus g.|Gedimino g.|Maironio g.|Taikos pr.|Žalgirio g.|Savanorių pr.|Kęstučio g.",
    "LV": "Rīgas iela|Brīvības iela|Lāčplēša iela|Skolas iela|Dārza iela|Ezera iela|Meža iela|Pils iela",
    "EE": "Rüütli|Tähe|Riia|Pikk|Kooli|Aia|Jõe|Männi",
    "JP": "本町|栄町|緑町|旭町|幸町|桜木町|錦町|末広町",
    "CN": "人民路|解放路|建设路|中山路|文化路|长江路|南京路|和平路",
    "KR": "중앙로|시청로|대학로|문화로|평화로|월드컵로|광교중앙로|한밭대로",
    "IL": "הרצל|ויצמן|הנביאים|ז'בוטינסקי|סוקולוב|העצמאות|בן יהודה|אחד העם",
    "AE": "شارع 23|شارع 14|شارع الاتحاد|شارع الوحدة|شارع الجامعة|شارع المطار|شارع 7",
    "TH": "มิตรภาพ|สุขุมวิท|พหลโยธิน|ศรีจันทร์|ห้วยแก้ว|เพชรเกษม|นิมมานเหมินท์|ราษฎร์อุทิศ",
    "VN": "Nguyễn Văn Linh|Lê Duẩn|Trần Phú|Hùng Vương|Hai Bà Trưng|Lý Tự Trọng|Phan Chu Trinh|Quang Trung",
    "ID": "Melati|Dago|Diponegoro|Sudirman|Gatot Subroto|Kenanga|Cempaka|Merdeka",
    "IN_hi": "गोमती नगर|मालवीय नगर|राजेंद्र नगर|शास्त्री नगर|अशोक नगर|सिविल लाइंस",
}

# Which script/people key a language uses in a country (default: the country).
PEOPLE_KEY = {("hi", "IN"): "IN_hi", ("ca", "ES"): "ES_ca"}

LANG_COUNTRIES: dict[str, list[tuple[str, int]]] = {
    "en": [("US", 5), ("GB", 4), ("CA", 1), ("AU", 1), ("IE", 1), ("NZ", 1), ("IN", 2), ("ZA", 1)],
    "de": [("DE", 4), ("AT", 1), ("CH", 1)], "fr": [("FR", 4), ("BE", 1), ("CH", 1)],
    "es": [("ES", 3), ("MX", 1), ("AR", 1)], "it": [("IT", 1)], "nl": [("NL", 3), ("BE", 1)], "pt": [("PT", 1)],
    "pl": [("PL", 1)], "sv": [("SE", 1)], "no": [("NO", 1)], "da": [("DK", 1)], "fi": [("FI", 1)], "is": [("IS", 1)],
    "cs": [("CZ", 1)], "sk": [("SK", 1)], "hu": [("HU", 1)], "ro": [("RO", 1)], "tr": [("TR", 1)], "el": [("GR", 1)],
    "ru": [("RU", 1)], "uk": [("UA", 1)], "bg": [("BG", 1)], "sr": [("RS", 1)], "hr": [("HR", 1)], "sl": [("SI", 1)],
    "lt": [("LT", 1)], "lv": [("LV", 1)], "et": [("EE", 1)], "ca": [("ES", 1)], "ja": [("JP", 1)], "zh": [("CN", 1)],
    "ko": [("KR", 1)], "he": [("IL", 1)], "ar": [("AE", 1)], "hi": [("IN", 1)], "th": [("TH", 1)], "vi": [("VN", 1)],
    "id": [("ID", 1)],
}
_EXPAT = ["DE", "FR", "NL", "PL", "ES", "IT", "SE", "PT", "RO", "GR", "IE", "CZ", "HU", "JP", "KR", "BR", "TR", "UA"]


def locale_for(lang: str, rng: random.Random) -> str:
    """A template's lang ("en", "de", "en-GB", "pt-BR", "en-XX") -> the sample's locale "<language>-<country>"."""
    if "-" in lang:
        language, country = lang.split("-")
        if country == "XX":
            country = rng.choice(_EXPAT)
        return f"{language}-{country}"
    if lang == "en" and rng.random() < 0.07:
        return f"en-{rng.choice(_EXPAT)}"
    countries = LANG_COUNTRIES[lang]
    country = rng.choices([c for c, _ in countries], [w for _, w in countries])[0]
    return f"{lang}-{country}"


# ---------------------------------------------------------------------------------------------------------------
# Scripts: which languages write which countries' names natively, and a romaniser for e-mail addresses.
# ---------------------------------------------------------------------------------------------------------------
NATIVE_SCRIPT = {"JP": "ja", "CN": "zh", "KR": "ko", "IL": "he", "AE": "ar", "TH": "th", "GR": "el", "RU": "ru",
                 "UA": "uk", "BG": "bg", "RS": "sr"}
_TRANSLIT = {
    **dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґђјљњћџ",
               ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
                "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye", "g", "dj", "j", "lj",
                "nj", "c", "dz"])),
    **dict(zip("αάβγδεέζηήθιίϊκλμνξοόπρσςτυύϋφχψωώ",
               ["a", "a", "v", "g", "d", "e", "e", "z", "i", "i", "th", "i", "i", "i", "k", "l", "m", "n", "x", "o", "o",
                "p", "r", "s", "s", "t", "y", "y", "y", "f", "ch", "ps", "o", "o"])),
    "ø": "o", "æ": "ae", "å": "a", "ß": "ss", "ł": "l", "đ": "d", "þ": "th", "ð": "d", "ı": "i", "œ": "oe",
}


def romanise(s: str) -> str:
    """ASCII letters for e-mail local parts and handles: transliterates Greek and Cyrillic, folds diacritics."""
    import unicodedata
    out = []
    for ch in s.lower():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
            continue
        base = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in base if c.isascii() and (c.isalnum() or c in " -'")))
    return "".join(out)


def _slug(s: str) -> str:
    return romanise(s).replace(" ", "").replace("'", "").replace("-", "")


# ---------------------------------------------------------------------------------------------------------------
# Dates in each language's spelling.
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
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου "
          "Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "sr": "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "ca": "de_gener de_febrer de_març d'abril de_maig de_juny de_juliol d'agost de_setembre d'octubre de_novembre "
          "de_desembre",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
}
_TH_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
_DOT_COUNTRIES = {"DE", "AT", "CH", "PL", "NO", "FI", "IS", "RO", "TR", "RU", "UA", "BG", "EE", "DK"}
_SPACED_DOT = {"CZ", "SK", "SI"}
_TRAILING_DOT = {"RS", "HR", "LV"}


def _jp_era(d: datetime.date) -> str:
    if d >= datetime.date(2019, 5, 1):
        y, era = d.year - 2018, "令和"
    elif d >= datetime.date(1989, 1, 8):
        y, era = d.year - 1988, "平成"
    else:
        y, era = d.year - 1925, "昭和"
    return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"


def write_date(r: random.Random, lang: str, country: str, d: datetime.date, style: str = "", year: bool = True) -> str:
    """One date in the writer's own spelling. style: num, iso, long (month name); "" picks. year=False: day and month."""
    style = style or r.choice(["num", "num", "long", "long", "iso"] if year else ["long", "long", "num"])
    day, month, y = d.day, d.month, d.year
    names = MONTHS.get(lang, MONTHS["en"]).split()
    name = names[month - 1].replace("_", " ")
    if lang in ("ja", "zh"):
        if style == "iso":
            return f"{y}/{month:02d}/{day:02d}" if year else f"{month}/{day}"
        if lang == "ja" and style == "num" and year and r.random() < 0.5:
            return _jp_era(d)
        return f"{y}年{month}月{day}日" if year else f"{month}月{day}日"
    if lang == "ko":
        if style == "iso":
            return f"{y}-{month:02d}-{day:02d}"
        if style == "num":
            return f"{y}. {month}. {day}." if year else f"{month}/{day}"
        return f"{y}년 {month}월 {day}일" if year else f"{month}월 {day}일"
    if style == "iso":
        return f"{y}-{month:02d}-{day:02d}"
    if style == "num":
        if not year:
            return f"{month}/{day}" if country == "US" else f"{day}.{month}." if country in _DOT_COUNTRIES else f"{day}/{month}"
        if country == "US":
            return r.choice([f"{month}/{day}/{y}", f"{month:02d}/{day:02d}/{y}", f"{month}/{day}/{y % 100:02d}"])
        if country in ("SE", "LT", "CA", "ZA"):
            return f"{y}-{month:02d}-{day:02d}"
        if country == "HU":
            return f"{y}.{month:02d}.{day:02d}."
        if country in _SPACED_DOT:
            return f"{day}. {month}. {y}"
        if country in _TRAILING_DOT:
            return f"{day:02d}.{month:02d}.{y}."
        if country in _DOT_COUNTRIES:
            return r.choice([f"{day:02d}.{month:02d}.{y}", f"{day}.{month}.{y}"])
        if country == "NL":
            return f"{day:02d}-{month:02d}-{y}"
        if country == "TH" and lang == "th":
            return f"{day}/{month}/{y + 543}"
        return r.choice([f"{day:02d}/{month:02d}/{y}", f"{day}/{month}/{y}"])
    # long: a month name
    if lang == "en":
        if country == "US":
            return f"{name} {day}, {y}" if year else f"{name} {day}"
        return r.choice([f"{day} {name} {y}", f"{day} {name[:3]} {y}"]) if year else f"{day} {name}"
    if lang in ("de", "da", "no", "et", "sl", "cs", "sk", "hr", "sr", "is", "fi"):
        day_s = f"{day}."
        if lang == "fi":
            return f"{day}. {name} {y}" if year else f"{day}. {name}"
        return f"{day_s} {name} {y}" + ("." if lang in ("hr", "sr") else "") if year else f"{day_s} {name}"
    if lang in ("es", "pt"):
        return f"{day} de {name} de {y}" if year else f"{day} de {name}"
    if lang == "ca":
        return f"{day} {name} de {y}" if year else f"{day} {name}"
    if lang == "fr":
        return f"{'1er' if day == 1 else day} {name} {y}" if year else f"{'1er' if day == 1 else day} {name}"
    if lang == "hu":
        return f"{y}. {name} {day}." if year else f"{name} {day}."
    if lang == "lt":
        return f"{y} m. {name} {day} d." if year else f"{name} {day} d."
    if lang == "lv":
        return f"{y}. gada {day}. {name}" if year else f"{day}. {name}"
    if lang == "th":
        return r.choice([f"{day} {name} {y + 543}", f"{day} {_TH_SHORT[month - 1]} {(y + 543) % 100:02d}"]) if year else f"{day} {name}"
    if lang == "vi":
        return f"{day} tháng {month} năm {y}" if year else f"{day} tháng {month}"
    if lang == "tr":
        return f"{day} {name} {y}" if year else f"{day} {name}"
    return f"{day} {name} {y}" if year else f"{day} {name}"


def _day_in(r: random.Random, y0: int, y1: int) -> datetime.date:
    return datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


# ---------------------------------------------------------------------------------------------------------------
# People.
# ---------------------------------------------------------------------------------------------------------------
_PATRONYMIC = {
    "RU": ["Алексеевич/Алексеевна", "Дмитриевич/Дмитриевна", "Сергеевич/Сергеевна", "Андреевич/Андреевна",
           "Игоревич/Игоревна", "Максимович/Максимовна", "Олегович/Олеговна", "Павлович/Павловна"],
    "UA": ["Олександрович/Олександрівна", "Андрійович/Андріївна", "Богданович/Богданівна", "Тарасович/Тарасівна",
           "Васильович/Василівна", "Петрович/Петрівна"],
    "BG": ["Георгиев/Георгиева", "Стоянов/Стоянова", "Иванов/Иванова", "Петров/Петрова"],
}
FAMILY_FIRST = {"HU", "JP", "CN", "KR", "VN"}


class Person:
    """A private person of one country: names (native script and a romanisation), sex and birth date."""

    def __init__(self, rng: random.Random, key: str, country: str, native: bool, sex: str | None = None,
                 age: str = "adult") -> None:
        female, male, surnames, _ = PEOPLE[key]
        self.country, self.native = country, native
        self.sex = sex or rng.choice("fm")
        first = rng.choice((female if self.sex == "f" else male).split("|"))
        last = rng.choice(surnames.split("|"))
        if "/" in last:
            last = last.split("/")[0 if self.sex == "m" else 1]
        if country in ("ES", "MX") and key != "ES_ca" and (country == "MX" or rng.random() < 0.6):
            last = f"{last} {rng.choice([s for s in surnames.split('|') if s != last])}"
        self.first_n, self.first_r = (first.split("~") + [first])[:2]
        self.last_n, self.last_r = (last.split("~") + [last])[:2]
        if country == "VN":
            self.middle = rng.choice(["Thị", "Ngọc", "Thu"] if self.sex == "f" else ["Văn", "Đức", "Minh", "Quốc"])
        self.patronymic = ""
        if country in _PATRONYMIC:
            self.patronymic = rng.choice(_PATRONYMIC[country]).split("/")[0 if self.sex == "m" else 1]
        today = datetime.date(2026, 1, 15)
        if age == "baby":
            self.birth = today - datetime.timedelta(days=rng.randint(20, 300))
        elif age == "kid":
            self.birth = _day_in(rng, 2011, 2020)
        else:
            self.birth = _day_in(rng, 1948, 2004)

    @property
    def first(self) -> str:
        return self.first_n if self.native else self.first_r

    @property
    def last(self) -> str:
        return self.last_n if self.native else self.last_r

    def full(self, rng: random.Random) -> str:
        if self.country == "VN":
            return f"{self.last} {self.middle} {self.first}"
        if self.native and self.country in ("CN", "KR"):
            return f"{self.last}{self.first}"
        if self.native and self.country == "JP":
            return rng.choice([f"{self.last}{self.first}", f"{self.last} {self.first}", f"{self.last}　{self.first}"])
        if self.country in FAMILY_FIRST and (self.native or self.country == "HU"):
            return f"{self.last} {self.first}"
        return f"{self.first} {self.last}"


# ---------------------------------------------------------------------------------------------------------------
# Addresses, one layout family per country (the span is the whole address, which may run over lines).
# ---------------------------------------------------------------------------------------------------------------
def _town_fields(town_entry: str) -> list[str]:
    return town_entry.split(",")


def write_address(r: random.Random, key: str, country: str, town_entry: str, multiline: bool = False) -> str:
    f = _town_fields(town_entry)
    town = f[0]
    street = r.choice(STREETS.get(key, STREETS.get(country, "Main")).split("|"))
    n = r.randint(1, 199)
    nl = "\n" if multiline else ", "
    d = lambda k: "".join(r.choice(string.digits) for _ in range(k))
    if country == "US":
        typ = r.choice(["Ave", "St", "Dr", "Ln", "Ct", "Blvd", "Way", "Rd", "Loop", "Trail"])
        unit = r.choice(["", "", f" Apt {r.randint(1, 40)}{r.choice('ABCD')}", f" #{r.randint(100, 420)}", f" Unit {r.randint(2, 18)}"])
        return f"{r.randint(100, 9899)} {r.choice(['', 'N ', 'SW ', 'E '])}{street} {typ}{unit}{nl}{town}, {f[1]} {f[2]}{d(3)}"
    if country == "GB":
        typ = r.choice(["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Gardens", "Terrace"])
        pc = f"{f[1]}{r.randint(1, 19)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        lead = r.choice(["", f"Flat {r.randint(1, 14)}, ", f"{r.choice(['Rose', 'Ivy', 'Holly', 'Laurel'])} Cottage, "])
        return f"{lead}{n} {street} {typ}{nl}{town}{nl if multiline else ' '}{pc}"
    if country == "CA":
        typ = r.choice(["Street", "Avenue", "Crescent", "Drive", "Road"])
        pc = f"{f[2]}{r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVXY')} {r.randint(1, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
        unit = r.choice(["", f"{r.randint(101, 1904)}-"])
        return f"{unit}{r.randint(10, 4999)} {street} {typ}{nl}{town} {f[1]}  {pc}".replace("  ", " ")
    if country == "AU":
        typ = r.choice(["Street", "Road", "Court", "Parade", "Crescent", "Close"])
        unit = r.choice(["", f"Unit {r.randint(1, 12)}/", f"{r.randint(1, 9)}/"])
        return f"{unit}{n} {street} {typ}{nl}{town.upper() if r.random() < 0.4 else town} {f[1]} {f[2]}{d(3)}"
    if country == "IE":
        typ = r.choice(["Street", "Road", "Lane", "Park", "Avenue"])
        eir = f"{f[1]} {r.choice('ACDEFHKNPRTVWXY')}{d(1)}{r.choice('ACDEFHKNPRTVWXY')}{d(1)}"
        lead = r.choice(["", f"Apt {r.randint(1, 30)}, ", f"{r.randint(1, 60)} "])
        return f"{lead}{street} {typ}{nl}{town}{nl}Co. {f[2]}{nl}{eir}" if lead.strip().isdigit() else f"{lead}{n} {street} {typ}, {town}, Co. {f[2]} {eir}"
    if country == "NZ":
        typ = r.choice(["Street", "Road", "Place", "Drive", "Terrace"])
        return f"{r.choice(['', f'{r.randint(1, 9)}/'])}{n} {street} {typ}{nl}{r.choice(['Hillcrest', 'Greerton', 'Taradale', 'Stoke', 'Glengarry', 'Fairfield'])}{nl}{town} {f[1]}{d(2)}"
    if key == "IN_hi":
        return f"मकान नं. {r.randint(1, 400)}, गली नं. {r.randint(1, 12)}, {street}, {town}, {f[1]} {f[2]}{d(3)}"
    if country == "IN":
        return (f"{r.choice(['Flat', 'House No.', 'Plot'])} {r.randint(1, 40)}{r.choice(['', 'A', 'B'])}, {r.choice(['Sai Krupa', 'Shanti Niketan', 'Green Meadows', 'Lotus'])} "
                f"{r.choice(['Apartments', 'Residency', 'Enclave'])}, {street} Road, {nl if multiline else ''}{town} - {f[2]}{d(3)}, {f[1]}").replace(", \n", ",\n")
    if country == "ZA":
        return f"{n} {street} {r.choice(['Street', 'Road', 'Avenue'])}{nl}{r.choice(['Scottsville', 'Die Boord', 'Westdene', 'Bendor', 'Walmer', 'Sonheuwel'])}{nl}{town}{nl}{f[1]}"
    if country in ("DE", "AT", "CH"):
        plz = f"{f[1]}{d(3 if country == 'DE' else 2)}"
        num = f"{n}{r.choice(['', '', 'a', 'b'])}"
        if country == "AT" and r.random() < 0.5:
            num = f"{n}/{r.randint(1, 4)}/{r.randint(1, 20)}"
        extra = r.choice(["", "", f", {r.randint(1, 4)}. OG" if country == "DE" else "", f"{nl}c/o {r.choice(['Hausverwaltung', 'WG'])}"]) if country == "DE" else ""
        return f"{street} {num}{extra}{nl}{'CH-' if country == 'CH' and r.random() < 0.3 else ''}{plz} {town}"
    if country == "FR":
        pc = f"{f[1]}{d(3)}"
        lead = r.choice(["", "", f"Bât. {r.choice('ABC')}, Apt {r.randint(1, 40)}{nl}", f"Résidence les {r.choice(['Pins', 'Acacias', 'Mimosas'])}{nl}"])
        return f"{lead}{n}{r.choice(['', '', ' bis', ' ter'])} {street}{nl}{pc} {town.upper() if r.random() < 0.5 else town}"
    if country == "BE":
        if street.startswith("Rue"):
            return f"{street} {n}{r.choice(['', f' boîte {r.randint(1, 12)}'])}{nl}{f[1]} {town}"
        return f"{street} {n}{r.choice(['', f' bus {r.randint(1, 12)}'])}{nl}{f[1]} {town}"
    if country == "ES":
        floor = r.choice(["", f", {r.randint(1, 8)}.º {r.choice(['izda.', 'dcha.', 'A', 'B', 'C'])}", f", {r.randint(1, 6)}º {r.randint(1, 4)}ª"])
        return f"{street}, {n}{floor}{nl}{f[1]}{d(3)} {town}"
    if country == "MX":
        return f"{street} {r.randint(10, 2999)}{r.choice(['', f' Int. {r.randint(1, 12)}'])}, Col. {r.choice(['Centro', 'Jardines', 'Del Valle', 'Las Américas', 'San José'])}{nl}C.P. {f[3]}{d(3)}, {town}, {f[1]}"
    if country == "AR":
        return f"{street} {r.randint(100, 4999)}{r.choice(['', f', piso {r.randint(1, 12)} dto. {r.choice(string.ascii_uppercase[:6])}'])}{nl}{f[1]}{f[2]}{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)}{r.choice(string.ascii_uppercase)} {town}"
    if country == "IT":
        return f"{street} {n}{r.choice(['', '/A', '/B', f', int. {r.randint(1, 20)}', f', scala {r.choice(string.ascii_uppercase[:4])}'])}{nl}{f[3]}{d(2)} {town} ({f[1]})"
    if country == "NL":
        pc = f"{f[1]}{d(2)} {r.choice('ABCEGHJKLMNPRTVWXZ')}{r.choice('ABCEGHJKLMNPRTVWXZ')}"
        return f"{street} {n}{r.choice(['', '', '-II', ' A', '-3', ' huis'])}{nl}{pc}{'  ' if r.random() < 0.3 else ' '}{town.upper() if r.random() < 0.3 else town}"
    if country == "PT":
        return f"{street}, {n}{r.choice(['', f', {r.randint(1, 7)}.º Esq.', f', {r.randint(1, 7)}.º Dto.', ', R/C'])}{nl}{f[1]}-{d(3)} {town}"
    if country == "BR":
        bloco = r.choice("ABC")
        return (f"{street}, {r.randint(10, 3999)}{r.choice(['', f', apto {r.randint(11, 1204)}', f', bloco {bloco} apto {r.randint(11, 804)}'])}"
                f" – {r.choice(['Centro', 'Jardim América', 'Vila Nova', 'Boa Vista'])}{nl}{town} – {f[1]}, {f[2]}{d(2)}-{d(3)}")
    if country == "PL":
        flat = r.choice([f"/{r.randint(1, 60)}", f" m. {r.randint(1, 60)}", "", f" lok. {r.randint(1, 12)}"])
        return f"{street} {n}{flat}{nl}{f[1]}-{d(3)} {town}"
    if country == "SE":
        return f"{street} {n}{r.choice(['', f' lgh {r.randint(10, 16)}{r.randint(1, 9):02d}', ' B'])}{nl}{f[1]}{d(1)} {d(2)} {town.upper() if r.random() < 0.4 else town}"
    if country == "NO":
        return f"{street} {n}{r.choice(['', ' B', f', H0{r.randint(1, 4)}0{r.randint(1, 6)}'])}{nl}{f[1]}{d(2)} {town.upper() if r.random() < 0.4 else town}"
    if country == "DK":
        return f"{street} {n}{r.choice(['', f', {r.randint(1, 5)}. tv.', f', {r.randint(1, 5)}. th.', ', st.', f', {r.randint(1, 4)}. mf.'])}{nl}{f[1]} {town}"
    if country == "FI":
        return f"{street} {n}{r.choice(['', f' {r.choice(string.ascii_uppercase[:4])} {r.randint(1, 40)}', f' as. {r.randint(1, 30)}'])}{nl}{f[1]}{d(1)}00 {town.upper() if r.random() < 0.4 else town}"
    if country == "IS":
        return f"{street} {n}{nl}{f[1]} {town}"
    if country in ("CZ", "SK"):
        num = f"{r.randint(100, 3999)}/{n}" if r.random() < 0.6 else str(n)
        pc = f"{f[1]}{d(2)} {d(2)}" if country == "CZ" else f"{f[1]}{d(1)} {d(2)}"
        return f"{street} {num}{nl}{pc} {town}"
    if country == "HU":
        return f"{f[1]}{d(2)} {town}, {street} {n}.{r.choice(['', f' {r.randint(1, 10)}. em. {r.randint(1, 12)}.', f' fsz. {r.randint(1, 4)}.'])}"
    if country == "RO":
        return f"{street} nr. {n}{r.choice(['', f', bl. {r.choice(string.ascii_uppercase[:6])}{r.randint(1, 9)}, sc. {r.randint(1, 4)}, et. {r.randint(1, 10)}, ap. {r.randint(1, 80)}'])}{nl}{town} {f[2]}{d(3)}"
    if country == "TR":
        mah = r.choice(["Cumhuriyet Mah.", "Yenidoğan Mah.", "Fatih Mah.", "Bahçelievler Mah.", "Hürriyet Mah."])
        return f"{mah} {street} No:{n}{r.choice(['', f' D:{r.randint(1, 24)}', f' Daire: {r.randint(1, 24)}'])}{nl}{f[2]}{d(3)} {f[1]}/{town}"
    if country == "GR":
        return f"{street} {n}{nl}{f[1]}{d(1)} {d(2)} {town}"
    if country == "RU":
        return r.choice([f"{f[1]}{d(3)}, г. {town}, {street}, д. {n}, кв. {r.randint(1, 240)}",
                         f"г. {town}, {street}, д. {n}{r.choice(['', f', корп. {r.randint(1, 4)}'])}, кв. {r.randint(1, 240)}"])
    if country == "UA":
        return f"{street}, {n}{r.choice(['', f', кв. {r.randint(1, 120)}'])}, м. {town}, {f[1]}{d(3)}"
    if country == "BG":
        vh = r.choice("АБВ")
        return f"гр. {town} {f[1]}, {street} № {n}{r.choice(['', f', ет. {r.randint(1, 9)}, ап. {r.randint(1, 40)}', f', вх. {vh}'])}"
    if country == "RS":
        return f"{street} {n}{r.choice(['', f', стан {r.randint(1, 40)}', f'/{r.randint(1, 12)}'])}{nl}{f[1]} {town}"
    if country in ("HR", "SI"):
        return f"{street} {n}{r.choice(['', f'/{r.randint(1, 12)}', 'a'])}{nl}{f[1]} {town}"
    if country == "LT":
        return f"{street} {n}{r.choice(['', f'-{r.randint(1, 60)}'])}{nl}LT-{f[1]}{d(3)} {town}"
    if country == "LV":
        return f"{street} {n}{r.choice(['', f'-{r.randint(1, 60)}', f' k-{r.randint(1, 3)}'])}, {town}, LV-{f[1]}{d(2)}"
    if country == "EE":
        return f"{street} {n}{r.choice(['', f'-{r.randint(1, 40)}'])}{nl}{f[1]}{d(3)} {town}"
    if country == "JP":
        ward, bldg = f[2], r.choice(["グランメゾン", "コーポ", "サンハイツ"])
        return (f"〒{f[3]}-{d(4)} {f[1]}{town}{ward}{street}{r.randint(1, 6)}丁目{r.randint(1, 30)}-{r.randint(1, 20)}"
                f"{r.choice(['', f' {bldg}{r.randint(1, 9)}0{r.randint(1, 9)}号室'])}")
    if country == "CN":
        garden = r.choice(["阳光", "锦绣", "金桂"])
        return (f"{f[1]}{town}市{f[2]}{street}{r.randint(1, 300)}号"
                f"{r.choice(['', f'{r.randint(1, 20)}栋{r.randint(1, 4)}单元{r.randint(1, 30)}0{r.randint(1, 4)}室', f'{garden}花园{r.randint(1, 12)}幢{r.randint(1, 28)}0{r.randint(1, 4)}'])}")
    if country == "KR":
        return f"{f[1]} {street} {r.randint(1, 300)}{r.choice(['', f', {r.randint(101, 115)}동 {r.randint(1, 25)}0{r.randint(1, 4)}호'])} ({f[2]}{d(3)})"
    if country == "IL":
        return f"{r.choice(['', 'רחוב ', 'רח׳ '])}{street} {n}{r.choice(['', f' דירה {r.randint(1, 30)}', f'/{r.randint(1, 30)}'])}, {town} {f[1]}{d(5)}"
    if country == "AE":
        return r.choice([f"فيلا {n}، {street}، {f[1]}، {town}", f"شقة {r.randint(101, 2409)}، برج {r.choice(['الندى', 'اللؤلؤة', 'الياسمين'])}، {street}، {f[1]}، {town}"])
    if country == "TH":
        return (f"{n}/{r.randint(1, 99)} หมู่ {r.randint(1, 12)} ถนน{street} ตำบล{r.choice(['ในเมือง', 'สุเทพ', 'ศิลา', 'หนองปรือ', 'บ้านเป็ด'])} "
                f"อำเภอเมือง{town} จังหวัด{town} {f[1]}{d(3)}")
    if country == "VN":
        return f"Số {n}{r.choice(['', f' ngõ {r.randint(2, 80)}'])} đường {street}, phường {r.choice(['An Hải Bắc', 'Thạc Gián', 'Tân An', 'Phước Hòa', 'Xuân Phú'])}, quận {f[2]}, {town}"
    if country == "ID":
        kel = r.choice(["Kel. Sukajadi", "Kel. Lebak Siliwangi", "Kel. Kotabaru", "Kel. Sumbersari", "Kel. Merdeka"])
        return f"Jl. {street} No. {n}, RT 0{r.randint(1, 9)}/RW 0{r.randint(1, 9)}, {kel}, {r.choice(['Kota ', ''])}{town} {f[2]}{d(3)}"
    return f"{street} {n}{nl}{town}"


# ---------------------------------------------------------------------------------------------------------------
# Organizations of the writer's life (whole name labelled).
# ---------------------------------------------------------------------------------------------------------------
_ORG: dict[str, tuple[str, str]] = {
    "en": ("Ashbrook|Kestrel|Larkspur|Millbrook|Redfern|Thornbury|Wrenfield|Copperbeech|Fernhill|Bramblewood",
           ("{W} Dental Care|{W} Veterinary Surgery|{W} Primary School|{S} & {S2} Solicitors|{S} Plumbing & Heating Ltd|"
           "{W} Credit Union|{W} Rowing Club|{W} Physiotherapy|{S} Accountancy Services|{W} Community Pharmacy|"
           "{W} Lettings|{W} Analytics Ltd|{W} Family Practice|{W} Montessori|{W} Community College")),
    "de": ("Lindenhof|Sonnenhang|Eichkamp|Mühlbach|Kranich|Ahornhain|Birkenau|Falkenstein",
           ("Zahnarztpraxis {W}|{S} & {S2} Steuerberatung|{W} Logistik GmbH|Grundschule am {W}|TSV {W} 1898 e.V.|"
           "Tierarztpraxis {W}|Hausverwaltung {S}|Raiffeisenbank {W} eG|{W}-Apotheke|Kita {W}")),
    "fr": ("Les Tilleuls|Bellevue|Les Coquelicots|Saint-Éloi|Le Verger|Les Mimosas|Val Fleuri",
           ("Cabinet dentaire {W}|École primaire {W}|{S} & Associés|Clinique vétérinaire {W}|Pharmacie {W}|"
           "SARL {S} Bâtiment|Crèche {W}|AS {W} Football|Agence immobilière {W}")),
    "es": ("Los Olivos|El Roble|San Antón|La Alameda|Las Encinas|El Mirador",
           ("Clínica Dental {W}|Colegio {W}|Gestoría {S}|Asesoría {S} y Asociados|Club Deportivo {W}|"
           "Clínica Veterinaria {W}|Farmacia {W}|Construcciones {S} S.L.")),
    "it": ("San Marco|Il Girasole|La Quercia|Belvedere|Le Rondini|Aurora",
           ("Studio Dentistico {W}|Istituto Comprensivo {W}|Studio Legale {S}|Ambulatorio Veterinario {W}|"
           "Farmacia {W}|{S} Costruzioni S.r.l.|Polisportiva {W}|Asilo Nido {W}")),
    "nl": ("De Linde|Het Baken|De Regenboog|Zonnehof|De Wilgen|Het Anker",
           ("Tandartspraktijk {W}|Basisschool {W}|{S} Advocaten|Dierenkliniek {W}|Apotheek {W}|{W} Installatietechniek B.V.|"
           "Hockeyclub {W}|Huisartsenpraktijk {W}")),
    "pt": ("Jardim|Horizonte|Boa Esperança|Primavera|Nova Era|Ipê",
           ("Clínica Odontológica {W}|Escola {W}|{S} Advogados|Clínica Veterinária {W}|Farmácia {W}|{S} Contabilidade Ltda.|"
           "Academia {W}|Imobiliária {W}")),
    "pl": ("Pod Lipami|Słoneczko|Zielony Zakątek|Promyk|Na Skarpie",
           ("Gabinet Stomatologiczny {W}|Szkoła Podstawowa nr {N}|Kancelaria Prawna {S}|Przychodnia Weterynaryjna {W}|"
           "Apteka {W}|{S} Sp. z o.o.|Przedszkole {W}|Klub Sportowy {W}")),
    "sv": ("Björkhagen|Solgläntan|Ekbacken|Lärkan|Tallbacken", ("Tandvårdskliniken {W}|{W}skolan|{S} Bygg AB|Djurkliniken {W}|"
           "Advokatbyrån {S}|IK {W}|Förskolan {W}")),
    "no": ("Solsiden|Bjørkely|Fjellheim|Granly|Lia", ("Tannlegene {W}|{W} skole|{S} Elektro AS|Dyreklinikken {W}|Advokatfirmaet {S}|"
           "{W} IL|{W} barnehage")),
    "da": ("Solbakken|Egely|Bøgebakken|Lærkereden|Vestbyen", ("Tandlægerne {W}|{W}skolen|{S} VVS ApS|Dyreklinikken {W}|"
           "Advokatfirmaet {S}|{W} Boldklub|Børnehuset {W}")),
    "fi": ("Koivula|Päivärinne|Kuusela|Mäntylä|Tähkä", ("Hammaslääkäriasema {W}|{W}n koulu|{S} Oy|Eläinklinikka {W}|"
           "Asianajotoimisto {S}|{W}n Urheilijat|Päiväkoti {W}")),
    "is": ("Sólvellir|Hlíð|Brekka|Vík", "Tannlæknastofan {W}|{W}skóli|{S} ehf.|Dýraspítalinn {W}|Lögmenn {W}"),
    "cs": ("Slunečnice|Pod Lípou|Na Výsluní|Javor|Modřín", ("Zubní ordinace {W}|ZŠ {W}|Advokátní kancelář {S}|Veterina {W}|"
           "Lékárna {W}|{S} stavby s.r.o.|TJ Sokol {W}|MŠ {W}")),
    "sk": ("Slnečnica|Pod Lipou|Javor|Tatran", ("Zubná ambulancia {W}|ZŠ {W}|Advokátska kancelária {S}|Veterinárna klinika {W}|"
           "Lekáreň {W}|{S} s.r.o.|MŠ {W}")),
    "hu": ("Napraforgó|Hársfa|Szivárvány|Tölgyfa|Gyöngyvirág", ("{W} Fogászat|{W} Általános Iskola|{S} Ügyvédi Iroda|"
           "{W} Állatorvosi Rendelő|{W} Patika|{S} és Társa Kft.|{W} SE|{W} Óvoda")),
    "ro": ("Floarea Soarelui|Ghiocelul|Stejarul|Luceafărul", ("Cabinet Stomatologic {W}|Școala Gimnazială {W}|"
           "Cabinet Avocat {S}|Clinica Veterinară {W}|Farmacia {W}|{S} Construct SRL|Grădinița {W}")),
    "tr": ("Yıldız|Çınar|Papatya|Ege|Gökkuşağı", ("{W} Ağız ve Diş Sağlığı Polikliniği|{W} İlkokulu|{S} Hukuk Bürosu|"
           "{W} Veteriner Kliniği|{W} Eczanesi|{S} İnşaat Ltd. Şti.|{W} Spor Kulübü")),
    "el": ("Αστέρι|Ορίζων|Πήγασος|Αιγαίο|Ελιά|Δάφνη", ("Οδοντιατρείο {W}|Φροντιστήριο {W}|Δικηγορικό Γραφείο {S}|"
           "Κτηνιατρείο {W}|Φαρμακείο {W}|{W} Α.Ε.|Αθλητικός Σύλλογος {W}")),
    "ru": ("Северный ветер|Берёзка|Радуга|Вектор|Меридиан|Лесная поляна", ("ООО «{W}»|Стоматология «{W}»|Школа № {N}|"
           "Ветклиника «{W}»|ТСЖ «{W}»|Детский сад «{W}»|Аптека «{W}»")),
    "uk": ("Світанок|Каштан|Оберіг|Злагода|Калина", ("ТОВ «{W}»|Стоматологія «{W}»|Ліцей № {N}|Ветклініка «{W}»|"
           "ОСББ «{W}»|Аптека «{W}»")),
    "bg": ("Зорница|Бистрица|Плиска|Странджа|Вихрен", ("„{W}“ ЕООД|Дентален център „{W}“|СУ „{W}“|Ветеринарна клиника „{W}“|"
           "Аптека „{W}“")),
    "sr": ("Јаворак|Сунцокрет|Липа|Дунав|Морава", "{W} д.о.о.|Стоматолошка ординација „{W}“|ОШ „{W}“|Ветеринарска станица „{W}“"),
    "hr": ("Lipa|Suncokret|Jadran|Maslina|Lavanda", ("Stomatološka ordinacija {W}|OŠ {W}|Odvjetnički ured {S}|"
           "Veterinarska ambulanta {W}|Ljekarna {W}|{W} d.o.o.")),
    "sl": ("Lipa|Sončnica|Planika|Bistra", "Zobna ordinacija {W}|OŠ {W}|Odvetniška pisarna {S}|Veterinarska postaja {W}|{W} d.o.o."),
    "lt": ("Saulutė|Ąžuolas|Vyturys|Žiburys", ("Odontologijos klinika „{W}“|„{W}“ progimnazija|Advokatų kontora {S}|"
           "Veterinarijos klinika „{W}“|UAB „{W}“")),
    "lv": ("Saulīte|Ozols|Liepa|Dzērve", ("Zobārstniecība “{W}”|{W} pamatskola|Zvērinātu advokātu birojs {S}|"
           "Veterinārā klīnika “{W}”|SIA “{W}”")),
    "et": ("Päikeseratas|Tammik|Kaseke|Rukkilill", "{W} Hambakliinik|{W} Kool|Advokaadibüroo {S}|{W} Loomakliinik|{W} OÜ"),
    "ca": ("L'Olivera|Els Pins|La Farga|Sant Jordi|El Roure", ("Clínica Dental {W}|Escola {W}|Gestoria {S}|"
           "Clínica Veterinària {W}|Farmàcia {W}|Club Esportiu {W}")),
    "ja": ("青葉|さくら|ひまわり|みどり|若葉|ひかり", "{W}歯科クリニック|{S}法律事務所|株式会社{W}|{W}動物病院|{W}小学校|{W}保育園|{W}薬局"),
    "zh": ("星辰|恒达|瑞丰|华信|蓝海|致远", "{W}科技有限公司|{W}口腔诊所|{W}实验小学|{W}宠物医院|{W}律师事务所|{W}幼儿园"),
    "ko": ("푸른|한빛|새봄|다온|미래|해솔", "{W}치과의원|(주){W}|{W}초등학교|{W}동물병원|{W}세무회계|{W}어린이집"),
    "he": ("הדר|אלון|ברוש|רימון|תאנה|גפן", ("מרפאת השיניים {W}|{S} ושות' עורכי דין|בית הספר {W}|מרפאה וטרינרית {W}|"
           "{W} מערכות בע\"מ|גן {W}")),
    "ar": ("الندى|الواحة|الرواد|النخيل|السنابل|الفجر", ("عيادة {W} لطب الأسنان|مؤسسة {W} للتجارة|مدرسة {W} الخاصة|"
           "شركة {W} للمقاولات|عيادة {W} البيطرية|صيدلية {W}")),
    "hi": ("आस्था|संजीवनी|गंगा|सूर्या|शिवम|कृष्णा", "{W} डेंटल क्लिनिक|{W} पब्लिक स्कूल|{S} एंड संस|{W} ट्रेडर्स|{W} मेडिकल स्टोर"),
    "th": ("รุ่งเรือง|สุขใจ|ศรีสยาม|บ้านสวน|ร่มเย็น", "คลินิกทันตกรรม{W}|บริษัท {W} จำกัด|โรงเรียน{W}|โรงพยาบาลสัตว์{W}|ร้านยา{W}"),
    "vi": ("Minh Tâm|Hòa Bình|Sao Mai|An Khang|Phúc Lộc", ("Nha khoa {W}|Công ty TNHH {W}|Trường Tiểu học {W}|"
           "Phòng khám thú y {W}|Nhà thuốc {W}")),
    "id": ("Sehat|Mentari|Cahaya|Harapan|Bina|Sejahtera", ("Klinik Gigi {W}|PT {W} Abadi|SD {W}|CV {W} Jaya|Apotek {W}|"
           "Klinik Hewan {W}")),
}


def make_org(r: random.Random, lang: str, surnames: list[str], kind: str = "") -> str:
    words, patterns = _ORG.get(lang, _ORG["en"])
    pats = patterns.split("|")
    if kind:
        hits = [p for p in pats if kind.lower() in p.lower()]
        pats = hits or pats
    pat = r.choice(pats)
    s1, s2 = r.sample(surnames, 2)
    return pat.replace("{W}", r.choice(words.split("|"))).replace("{S2}", s2).replace("{S}", s1).replace("{N}", str(r.randint(2, 61)))


# ---------------------------------------------------------------------------------------------------------------
# E-mail addresses.
# ---------------------------------------------------------------------------------------------------------------
_MAIL: dict[str, str] = {
    "US": "gmail.com|yahoo.com|outlook.com|comcast.net|att.net|icloud.com", "GB": "gmail.com|btinternet.com|sky.com|outlook.com|hotmail.co.uk",
    "CA": "gmail.com|shaw.ca|sympatico.ca|outlook.com", "AU": "gmail.com|bigpond.com|outlook.com.au|icloud.com",
    "IE": "gmail.com|eircom.net|hotmail.com", "NZ": "gmail.com|xtra.co.nz|outlook.co.nz", "IN": "gmail.com|rediffmail.com|yahoo.co.in",
    "ZA": "gmail.com|mweb.co.za|webmail.co.za", "DE": "gmx.de|web.de|t-online.de|posteo.de|gmail.com", "AT": "gmx.at|aon.at|gmail.com",
    "CH": "bluewin.ch|gmx.ch|gmail.com", "FR": "free.fr|laposte.net|orange.fr|gmail.com", "BE": "telenet.be|skynet.be|gmail.com",
    "ES": "gmail.com|hotmail.es|telefonica.net", "MX": "gmail.com|yahoo.com.mx|hotmail.com", "AR": "gmail.com|fibertel.com.ar|yahoo.com.ar",
    "IT": "libero.it|virgilio.it|gmail.com|tiscali.it", "NL": "ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl", "PT": "sapo.pt|gmail.com|clix.pt",
    "BR": "gmail.com|uol.com.br|bol.com.br|hotmail.com", "PL": "wp.pl|o2.pl|interia.pl|gmail.com", "SE": "gmail.com|telia.com|hotmail.se",
    "NO": "online.no|gmail.com|hotmail.no", "DK": "gmail.com|live.dk|mail.dk", "FI": "gmail.com|luukku.com|kolumbus.fi",
    "IS": "simnet.is|gmail.com|internet.is", "CZ": "seznam.cz|email.cz|centrum.cz", "SK": "azet.sk|zoznam.sk|gmail.com",
    "HU": "freemail.hu|citromail.hu|gmail.com", "RO": "yahoo.ro|gmail.com", "TR": "gmail.com|hotmail.com|yandex.com.tr",
    "GR": "otenet.gr|gmail.com|yahoo.gr", "RU": "mail.ru|yandex.ru|gmail.com|bk.ru", "UA": "ukr.net|i.ua|gmail.com",
    "BG": "abv.bg|mail.bg|gmail.com", "RS": "gmail.com|eunet.rs|sbb.rs", "HR": "gmail.com|t-com.hr|net.hr",
    "SI": "siol.net|gmail.com|amis.net", "LT": "inbox.lt|gmail.com", "LV": "inbox.lv|gmail.com", "EE": "mail.ee|gmail.com|hot.ee",
    "JP": "yahoo.co.jp|gmail.com|docomo.ne.jp|icloud.com", "CN": "qq.com|163.com|126.com", "KR": "naver.com|daum.net|hanmail.net",
    "IL": "gmail.com|walla.co.il|012.net.il", "AE": "gmail.com|hotmail.com|emirates.net.ae", "TH": "gmail.com|hotmail.com|yahoo.co.th",
    "VN": "gmail.com|yahoo.com.vn", "ID": "gmail.com|yahoo.co.id|ymail.com",
}


def make_email(r: random.Random, p: Person, domain: str = "") -> str:
    f, l_ = _slug(p.first_r), _slug(p.last_r)
    domain = domain or r.choice(_MAIL.get(p.country, "gmail.com").split("|"))
    if domain in ("qq.com",) and r.random() < 0.6:
        return f"{r.randint(10**7, 10**10)}@{domain}"
    local = r.choice([f"{f}.{l_}", f"{f[0]}{l_}", f"{f}{r.randint(1, 99)}", f"{l_}.{f}", f"{f}_{l_}{p.birth.year % 100:02d}",
                      f"{f}.{l_[0]}", f"{l_}{f[0]}{r.randint(1, 9)}", f"{f}-{l_}"])
    return f"{local}@{domain}"


# ---------------------------------------------------------------------------------------------------------------
# Phones: valid by phonenumbers, never a documented example or a range kept for fiction.
# ---------------------------------------------------------------------------------------------------------------
_FICTION = {"US": ["55501"], "CA": ["55501"], "GB": ["7700900", "1632960", "2079460", "1134960", "1144960", "1154960",
            "1164960", "1174960", "1184960", "1214960", "1314960", "1414960", "1514960", "1614960", "2896496", "2920180",
            "1914980"], "AU": ["491570", "491571", "491572", "255500", "270100", "355500", "370100", "755500", "770100",
            "855500", "870100"], "IE": ["2091"], "FR": ["199", "26191", "35301", "46571", "53649", "63998"]}


def make_phone(r: random.Random, region: str, style: str = "") -> str:
    kind = r.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    national = phonenumbers.national_significant_number(example)
    number = None
    for _ in range(400):
        keep = r.randint(1, min(3, len(national) - 4))
        cand = national[:keep] + "".join(r.choice(string.digits) for _ in range(len(national) - keep))
        if cand == national:
            continue
        num = phonenumbers.parse("+" + str(example.country_code) + cand)
        nsn = phonenumbers.national_significant_number(num)
        if region in ("US", "CA") and nsn[3:6] == "555":
            continue
        if any(nsn.startswith(p) or nsn[3:].startswith(p) and region in ("US", "CA") for p in _FICTION.get(region, [])):
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            number = num
            break
    assert number is not None, region
    style = style or r.choice(["nat", "nat", "intl", "intl", "e164", "dots"])
    F = phonenumbers.PhoneNumberFormat
    if style == "nat":
        return phonenumbers.format_number(number, F.NATIONAL)
    if style == "e164":
        return phonenumbers.format_number(number, F.E164)
    if style == "dots":
        return phonenumbers.format_number(number, F.NATIONAL).replace(" ", ".").replace("-", ".").replace("(", "").replace(").", ".").replace(")", "")
    if style == "00":
        return "00" + phonenumbers.format_number(number, F.INTERNATIONAL)[1:]
    if style == "compact":
        return phonenumbers.format_number(number, F.NATIONAL).replace(" ", "").replace("-", "")
    return phonenumbers.format_number(number, F.INTERNATIONAL)


# ---------------------------------------------------------------------------------------------------------------
# Payment cards: Luhn-valid, of the schemes people in each country carry; never a published test number.
# ---------------------------------------------------------------------------------------------------------------
TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "5105 1051 0510 5100", "3782 822463 10005",
              "3714 496353 98431", "6011 1111 1111 1117", "4000 0566 5566 5556", "5200 8282 8282 8210", "4012 8888 8888 1881",
              "2223 0031 2200 3222", "3530 1113 3330 0000", "6011 0009 9013 9424", "4000 0000 0000 0002", "4000 0025 0000 3155"]
_TEST_DIGITS = {c.replace(" ", "") for c in TEST_CARDS}
_SCHEMES: dict[str, tuple[list[str], int]] = {
    "visa": (["4"], 16), "mc": (["51", "52", "53", "54", "55", "2221", "2298", "2500", "2720"], 16), "amex": (["34", "37"], 15),
    "disc": (["6011", "644", "65"], 16), "jcb": (["3528", "3540", "3566", "3589"], 16), "cup": (["6212", "6228", "6217"], 19),
    "cup16": (["6259", "6222"], 16), "diners": (["36", "300", "305"], 14), "mir": (["2200", "2202", "2204"], 16),
    "troy": (["9792"], 16), "rupay": (["6082", "6521", "8175", "5085"], 16), "elo": (["636368", "438935", "504175", "451416"], 16),
    "hiper": (["606282"], 16), "dankort": (["5019"], 16), "maestro": (["6759", "5018", "6761"], 16), "visa19": (["4"], 19),
}
_COUNTRY_SCHEMES = {"US": "visa visa mc amex disc", "GB": "visa visa mc amex", "IN": "visa rupay rupay mc", "BR": "elo mc visa hiper",
                    "RU": "mir mir visa mc", "TR": "troy visa mc", "DK": "dankort visa mc", "CN": "cup cup16 visa mc",
                    "JP": "jcb visa mc amex", "KR": "visa mc jcb", "MX": "visa mc amex", "AE": "visa mc amex",
                    "CA": "visa mc amex", "AU": "visa mc amex"}


def make_card(r: random.Random, country: str, scheme: str = "", layout: str = "") -> str:
    scheme = scheme or r.choice(_COUNTRY_SCHEMES.get(country, "visa visa mc mc maestro amex").split())
    prefixes, length = _SCHEMES[scheme]
    while True:
        body = r.choice(prefixes)
        body += "".join(r.choice(string.digits) for _ in range(length - len(body) - 1))
        digits = body + luhn.calc_check_digit(body)
        if digits not in _TEST_DIGITS and len(set(digits[4:])) > 3:
            break
    assert luhn.is_valid(digits)
    layout = layout or r.choice(["sp", "sp", "sp", "dash", "plain", "dot"])
    if layout == "plain":
        return digits
    sep = {"sp": " ", "dash": "-", "dot": ".", "split": " ", "nbsp": "\u00a0"}.get(layout, " ")
    if length == 15 or length == 14:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i:i + 4] for i in range(0, length, 4)]
    if layout == "split":
        half = (len(groups) + 1) // 2
        return " ".join(groups[:half]) + "\n" + " ".join(groups[half:])
    return sep.join(groups)


def make_imei(r: random.Random) -> str:
    body = r.choice(["35", "86", "01", "99"]) + "".join(r.choice(string.digits) for _ in range(12))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------------------------------------------------------
# IBANs (mod 97 and the national check digits where a country has them).
# ---------------------------------------------------------------------------------------------------------------
_BBAN = {"DE": "8n10n", "AT": "5n11n", "CH": "5n12n", "FR": "5n5n11n2n", "BE": "3n7n2n", "NL": "4a10n", "ES": "4n4n1n1n10n",
         "IT": "1a5n5n12n", "PT": "4n4n11n2n", "PL": "8n16n", "SE": "3n16n1n", "NO": "4n6n1n", "DK": "4n9n1n", "FI": "3n11n",
         "IS": "4n2n6n10n", "CZ": "4n6n10n", "SK": "4n6n10n", "HU": "3n4n1n15n1n", "RO": "4a16c", "TR": "5n1n16n",
         "GR": "3n4n16n", "UA": "6n19n", "BG": "4a4n2n8c", "RS": "3n13n2n", "HR": "7n10n", "SI": "5n8n2n", "LT": "5n11n",
         "LV": "4a13c", "EE": "2n2n11n1n", "GB": "4a6n8n", "IE": "4a6n8n", "IL": "3n3n13n", "AE": "3n16n", "BR": "8n5n10n1a1c"}
_BANK = {"GB": "NWBK BARC LOYD HBUK MIDL NAIA", "IE": "AIBK BOFI IPBS", "NL": "RABO INGB ABNA SNSB TRIO ASNB KNAB BUNQ",
         "RO": "BTRL RNCB BRDE INGB", "BG": "UNCR BPBI FINV STSA", "LV": "HABA UNLA PARX RIKO",
         "DE": "10010010 20041111 30020900 37040044 50010517 60050101 70150000 76050101",
         "AT": "20111 12000 32000 14000", "SI": "02011 03100 19100", "LT": "73000 70440 40100",
         "FR": "30004 30002 20041 10278 16006 18206", "ES": "2100 0049 0182 2038 0081 1465", "IT": "X03069 X02008 X05034 Y03062",
         "IL": "010 012 020 011"}
_IBAN_FALLBACK = ["GB", "IE", "DE", "NL", "FR", "ES"]


def make_iban(r: random.Random, country: str, grouped: bool | None = None) -> str:
    if country not in _BBAN:
        country = r.choice(_IBAN_FALLBACK)
    spec = _BBAN[country]
    for _ in range(20000):
        parts, i = [], 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            n, kind = int(spec[i:j]), spec[j]
            alphabet = {"n": string.digits, "a": string.ascii_uppercase, "c": string.ascii_uppercase + string.digits}[kind]
            parts.append("".join(r.choice(alphabet) for _ in range(n)))
            i = j + 1
        bban = "".join(parts)
        if country in _BANK:
            bank = r.choice(_BANK[country].split())
            bban = bank + bban[len(bank):]
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        iban = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if stdnum_iban.is_valid(iban) and not iban.startswith(("DE89370400440532013000", "GB82WEST")):
            break
    else:
        raise RuntimeError(f"no valid IBAN for {country}")
    if grouped is None:
        grouped = r.random() < 0.65
    return " ".join(iban[k:k + 4] for k in range(0, len(iban), 4)) if grouped else iban


# ---------------------------------------------------------------------------------------------------------------
# US Social Security numbers (valid areas; never the specimens or the advertising range).
# ---------------------------------------------------------------------------------------------------------------
SPECIMEN_SSNS = ["078-05-1120", "219-09-9999", "123-45-6789", "457-55-5462"]


def make_ssn(r: random.Random, layout: str = "") -> str:
    while True:
        area, group, serial = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        s = f"{area:03d}-{group:02d}-{serial:04d}"
        if area != 666 and s not in SPECIMEN_SSNS:
            break
    layout = layout or r.choice(["dash", "dash", "dash", "space", "plain"])
    return s if layout == "dash" else s.replace("-", " ") if layout == "space" else s.replace("-", "")


# ---------------------------------------------------------------------------------------------------------------
# National identity numbers: checksum-valid, agreeing with the person's birth date and sex where the number holds them.
# ---------------------------------------------------------------------------------------------------------------
def _dg(r: random.Random, n: int) -> str:
    return "".join(r.choice(string.digits) for _ in range(n))


def _draw(make: Callable[[], str | None], valid: Callable[[str], bool]) -> str:
    for _ in range(2000):
        v = make()
        if v is not None and valid(v):
            return v
    raise RuntimeError("no valid number drawn")


def _then(value: str, f: Callable[[str], str | None]) -> str | None:
    return f(value)


def _cf_letters(name: str, is_first: bool) -> str:
    s = "".join(c for c in romanise(name).upper() if c.isalpha())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vows) + "XXX")[:3]


def make_natid(r: random.Random, p: Person, town_entry: str, kind: str = "") -> str:
    from stdnum import luhn as lu
    c, b, male = p.country, p.birth, p.sex == "m"
    yy, mm, dd = f"{b.year % 100:02d}", f"{b.month:02d}", f"{b.day:02d}"
    f = _town_fields(town_entry)
    if c == "US":
        return r.choice(["5", "6", "A"]) + _dg(r, 8)
    if c == "GB":
        if kind == "nhs" or (not kind and r.random() < 0.4):
            from stdnum.gb import nhs
            v = _draw(lambda: str(r.randint(4, 7)) + _dg(r, 9), nhs.is_valid)
            return f"{v[:3]} {v[3:6]} {v[6:]}"
        bad = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
        while True:
            pre = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ")
            if pre not in bad:
                break
        body = _dg(r, 6)
        return r.choice([f"{pre} {body[:2]} {body[2:4]} {body[4:]} {r.choice('ABCD')}", f"{pre}{body}{r.choice('ABCD')}"])
    if c == "CA":
        from stdnum.ca import sin
        v = _draw(lambda: str(r.randint(1, 7)) + _dg(r, 8), sin.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}" if r.random() < 0.7 else f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if c == "AU":
        from stdnum.au import tfn
        v = _draw(lambda: str(r.randint(1, 9)) + _dg(r, 8), tfn.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "IE":
        from stdnum.ie import pps
        body = _dg(r, 7)
        suffix = r.choice(["", "A", "W"])
        total = sum(int(x) * (8 - i) for i, x in enumerate(body)) + (9 * (ord(suffix) - 64) if suffix else 0)
        v = body + "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] + suffix
        assert pps.is_valid(v), v
        return v
    if c == "NZ":
        from stdnum.nz import ird
        v = _draw(lambda: str(r.randint(10, 15)) + _dg(r, 7), ird.is_valid)
        return f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if c == "IN":
        if kind == "pan" or (not kind and r.random() < 0.4):
            from stdnum.in_ import pan
            v = "".join(r.choice(string.ascii_uppercase) for _ in range(3)) + "P" + _slug(p.last_r)[0].upper() + _dg(r, 4) + r.choice(string.ascii_uppercase)
            assert pan.is_valid(v)
            return v
        from stdnum.in_ import aadhaar
        v = _draw(lambda: str(r.randint(2, 9)) + _dg(r, 11), aadhaar.is_valid)
        return f"{v[:4]} {v[4:8]} {v[8:]}" if r.random() < 0.8 else v
    if c == "ZA":
        from stdnum.za import idnr
        v = _draw(lambda: _then(f"{yy}{mm}{dd}{r.randint(5000, 9999) if male else r.randint(0, 4999):04d}08", lambda s: s + lu.calc_check_digit(s)), idnr.is_valid)
        return v
    if c == "DE":
        from stdnum.de import idnr
        from stdnum.iso7064 import mod_11_10

        def steuer() -> str:
            chosen = r.sample(string.digits[1:], 9) if r.random() < 0.5 else r.sample(string.digits, 9)
            if chosen[0] == "0":
                return ""
            body = chosen + [r.choice(chosen)]
            rest = body[1:]
            r.shuffle(rest)
            body = [body[0], *rest]
            return "".join(body) + mod_11_10.calc_check_digit("".join(body))
        v = _draw(steuer, idnr.is_valid)
        return f"{v[:2]} {v[2:5]} {v[5:8]} {v[8:]}" if r.random() < 0.4 else v
    if c == "AT":
        from stdnum.at import vnr
        v = _draw(lambda: _then(str(r.randint(1, 9)) + _dg(r, 2) + dd + mm + yy, lambda s: s[:3] + vnr.calc_check_digit(s[:3] + "0" + s[3:]) + s[3:]),
                  vnr.is_valid)
        return f"{v[:4]} {v[4:]}"
    if c == "CH":
        from stdnum import ean
        from stdnum.ch import ssn
        v = _draw(lambda: _then("756" + _dg(r, 9), lambda s: s + ean.calc_check_digit(s)), ssn.is_valid)
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if c == "FR":
        from stdnum.fr import nir
        dept = f[1] if len(f) > 1 and f[1].isdigit() else f"{r.randint(1, 95):02d}"
        body = f"{'1' if male else '2'}{yy}{mm}{dept}{r.randint(1, 990):03d}{r.randint(1, 999):03d}"
        v = body + f"{97 - int(body) % 97:02d}"
        assert nir.is_valid(v)
        return f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}" if r.random() < 0.7 else v
    if c == "BE":
        from stdnum.be import nn
        seq = r.randrange(1 if male else 2, 997, 2)
        base = f"{yy}{mm}{dd}{seq:03d}"
        chk = 97 - int(("2" if b.year >= 2000 else "") + base) % 97
        v = base + f"{chk:02d}"
        assert nn.is_valid(v), v
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if c == "ES":
        from stdnum.es import dni, nie
        if r.random() < 0.25:
            lead = r.choice("XYZ")
            body = _dg(r, 7)
            v = lead + body + dni.calc_check_digit(str("XYZ".index(lead)) + body)
            assert nie.is_valid(v)
            return v
        body = _dg(r, 8)
        return r.choice([body + dni.calc_check_digit(body), f"{body}-{dni.calc_check_digit(body)}"])
    if c == "MX":
        from stdnum.mx import curp
        s1, s2 = (p.last_r.split(" ") + ["X"])[:2]
        s1u, s2u, fu = (romanise(x).upper().replace(" ", "") for x in (s1, s2, p.first_r.split(" ")[0]))
        vowel = next((ch for ch in s1u[1:] if ch in "AEIOU"), "X")
        cons = lambda s: next((ch for ch in s[1:] if ch.isalpha() and ch not in "AEIOU"), "X")
        state = f[2]
        for _ in range(200):
            body = (f"{s1u[0]}{vowel}{s2u[0]}{fu[0]}{yy}{mm}{dd}{'H' if male else 'M'}{state}{cons(s1u)}{cons(s2u)}{cons(fu)}"
                    f"{r.choice(string.digits) if b.year < 2000 else r.choice(string.ascii_uppercase)}")
            v = body + curp.calc_check_digit(body + "0")
            if curp.is_valid(v):
                return v
        body = body[:1] + "X" + body[2:]
        return body + curp.calc_check_digit(body + "0")
    if c == "AR":
        from stdnum.ar import cuit
        for _ in range(100):
            dni_ = f"{max(5, int((b.year - 1942) * 0.78) + r.randint(-1, 1)):02d}{_dg(r, 6)}"
            pre = "20" if male else "27"
            chk = cuit.calc_check_digit(pre + dni_)
            if chk.isdigit() and cuit.is_valid(pre + dni_ + chk):
                return r.choice([f"{pre}-{dni_}-{chk}", f"{dni_[:2]}.{dni_[2:5]}.{dni_[5:]}"])
    if c == "IT":
        from stdnum.it import codicefiscale
        belfiore = f[2] if len(f) > 2 else "H501"
        body = (_cf_letters(p.last_r, False) + _cf_letters(p.first_r, True) + yy + "ABCDEHLMPRST"[b.month - 1]
                + f"{b.day + (0 if male else 40):02d}" + belfiore)
        v = body + codicefiscale.calc_check_digit(body)
        assert codicefiscale.is_valid(v), v
        return v
    if c == "NL":
        from stdnum.nl import bsn
        v = _draw(lambda: str(r.randint(1, 6)) + _dg(r, 8), bsn.is_valid)
        return f"{v[:4]}.{v[4:6]}.{v[6:]}" if r.random() < 0.3 else v
    if c == "PT":
        from stdnum.pt import nif
        body = r.choice("123") + _dg(r, 7)
        v = body + nif.calc_check_digit(body)
        return f"{v[:3]} {v[3:6]} {v[6:]}" if r.random() < 0.5 else v
    if c == "BR":
        from stdnum.br import cpf

        def cpf_digits(body: str) -> str:
            d1 = (sum(int(x) * w for x, w in zip(body, range(10, 1, -1))) * 10) % 11 % 10
            d2 = (sum(int(x) * w for x, w in zip(body + str(d1), range(11, 1, -1))) * 10) % 11 % 10
            return f"{d1}{d2}"
        v = _draw(lambda: _then(_dg(r, 9), lambda s: s + cpf_digits(s)), cpf.is_valid)
        return f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}" if r.random() < 0.75 else v
    if c == "PL":
        from stdnum.pl import pesel
        month = b.month + (20 if b.year >= 2000 else 0)
        base = f"{yy}{month:02d}{dd}{_dg(r, 3)}{r.choice('13579' if male else '02468')}"
        v = base + pesel.calc_check_digit(base)
        assert pesel.is_valid(v)
        return v
    if c == "SE":
        from stdnum.se import personnummer
        base = f"{yy}{mm}{dd}{_dg(r, 2)}{r.choice('13579' if male else '02468')}"
        v = base + lu.calc_check_digit(base)
        out = r.choice([f"{v[:6]}-{v[6:]}", f"{b.year}{mm}{dd}-{v[6:]}", f"{b.year}{mm}{dd}{v[6:]}"])
        assert personnummer.is_valid(out), out
        return out
    if c == "NO":
        from stdnum.no import fodselsnummer as fnr

        def make() -> str | None:
            ind = r.randint(0, 499) if b.year < 2000 else r.randint(500, 999)
            if (ind % 10 % 2 == 1) != male:
                return None
            base = f"{dd}{mm}{yy}{ind:03d}"
            try:
                c1 = fnr.calc_check_digit1(base)
                c2 = fnr.calc_check_digit2(base + c1)
            except ValueError:
                return None
            return base + c1 + c2
        v = _draw(make, fnr.is_valid)
        return r.choice([v, f"{v[:6]} {v[6:]}"])
    if c == "DK":
        from stdnum.dk import cpr
        seven = r.choice("0123") if b.year < 2000 else "4"
        last = r.choice("13579" if male else "02468")
        v = f"{dd}{mm}{yy}{seven}{_dg(r, 2)}{last}"
        assert cpr.is_valid(v), v
        return f"{v[:6]}-{v[6:]}"
    if c == "FI":
        from stdnum.fi import hetu
        ind = r.randrange(3 if male else 2, 899, 2)
        chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{dd}{mm}{yy}{ind:03d}") % 31]
        v = f"{dd}{mm}{yy}{'-' if b.year < 2000 else 'A'}{ind:03d}{chk}"
        assert hetu.is_valid(v), v
        return v
    if c == "IS":
        from stdnum.is_ import kennitala

        def make_kt() -> str | None:
            base = f"{dd}{mm}{yy}{r.randint(20, 99)}"
            s = sum(int(x) * w for x, w in zip(base, (3, 2, 7, 6, 5, 4, 3, 2)))
            chk = (11 - s % 11) % 11
            if chk == 10:
                return None
            return f"{base}{chk}{'9' if b.year < 2000 else '0'}"
        v = _draw(make_kt, kennitala.is_valid)
        return f"{v[:6]}-{v[6:]}"
    if c in ("CZ", "SK"):
        from stdnum.cz import rc
        month = b.month + (0 if male else 50)
        base = f"{yy}{month:02d}{dd}"
        v = _draw(lambda: _then(base + _dg(r, 4), lambda s: s if int(s) % 11 == 0 else None), rc.is_valid)
        return f"{v[:6]}/{v[6:]}"
    if c == "HU":
        days = (b - datetime.date(1867, 1, 1)).days

        def make_ado() -> str | None:
            base = f"8{days:05d}{_dg(r, 3)}"
            chk = sum(int(x) * (i + 1) for i, x in enumerate(base)) % 11
            return None if chk == 10 else base + str(chk)
        return _draw(make_ado, lambda v: len(v) == 10)
    if c == "RO":
        from stdnum.ro import cnp
        s = ("1" if male else "2") if b.year < 2000 else ("5" if male else "6")
        base = f"{s}{yy}{mm}{dd}{f[1]}{r.randint(1, 999):03d}"
        v = base + cnp.calc_check_digit(base)
        assert cnp.is_valid(v), v
        return v
    if c == "TR":
        from stdnum.tr import tckimlik
        base = str(r.randint(1, 9)) + _dg(r, 8)
        return base + tckimlik.calc_check_digits(base)
    if c == "GR":
        from stdnum.gr import amka

        def make_amka() -> str | None:
            base = f"{dd}{mm}{yy}{_dg(r, 3)}{r.choice('13579' if male else '02468')}"
            v = base + lu.calc_check_digit(base)
            return v
        return _draw(make_amka, amka.is_valid)
    if c == "RU":
        if kind == "inn" or (not kind and r.random() < 0.4):
            from stdnum.ru import inn
            base = f"{r.randint(1, 99):02d}{_dg(r, 8)}"
            return base + inn.calc_personal_check_digits(base)

        def snils() -> str | None:
            base = _dg(r, 9)
            if int(base) <= 1001998:
                return None
            s = sum(int(x) * (9 - i) for i, x in enumerate(base))
            chk = s if s < 100 else 0 if s in (100, 101) else s % 101
            chk = 0 if chk == 100 else chk
            return f"{base[:3]}-{base[3:6]}-{base[6:]} {chk:02d}"
        return _draw(snils, lambda v: True)
    if c == "UA":
        from stdnum.ua import rntrc
        days = (b - datetime.date(1899, 12, 31)).days
        base = f"{days:05d}{_dg(r, 3)}{r.choice('13579' if male else '02468')}"
        v = base + rntrc.calc_check_digit(base)
        assert rntrc.is_valid(v)
        return v
    if c == "BG":
        from stdnum.bg import egn
        month = b.month + (40 if b.year >= 2000 else 0)
        base = f"{yy}{month:02d}{dd}{_dg(r, 2)}{r.choice('02468' if male else '13579')}"
        v = base + egn.calc_check_digit(base)
        assert egn.is_valid(v), v
        return v
    if c in ("RS", "SI"):
        from stdnum.si import emso
        region = r.randint(71, 79) if c == "RS" else 50

        def make_j() -> str | None:
            seq = r.randint(0, 499) if male else r.randint(500, 999)
            base = f"{dd}{mm}{b.year % 1000:03d}{region}{seq:03d}"
            w = (7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
            k = 11 - sum(int(x) * y for x, y in zip(base, w)) % 11
            if k == 10:
                return None
            return base + str(0 if k == 11 else k)
        return _draw(make_j, emso.is_valid)
    if c == "HR":
        from stdnum.hr import oib
        from stdnum.iso7064 import mod_11_10
        base = str(r.randint(1, 9)) + _dg(r, 9)
        v = base + mod_11_10.calc_check_digit(base)
        assert oib.is_valid(v)
        return v
    if c == "LT":
        from stdnum.lt import asmens
        g = ("3" if male else "4") if b.year < 2000 else ("5" if male else "6")
        base = f"{g}{yy}{mm}{dd}{_dg(r, 3)}"
        v = base + asmens.calc_check_digit(base + "0")
        assert asmens.is_valid(v), v
        return v
    if c == "EE":
        from stdnum.ee import ik
        g = ("3" if male else "4") if b.year < 2000 else ("5" if male else "6")
        base = f"{g}{yy}{mm}{dd}{_dg(r, 3)}"
        v = base + ik.calc_check_digit(base + "0")
        assert ik.is_valid(v), v
        return v
    if c == "LV":
        from stdnum.lv import pvn
        base = f"{dd}{mm}{yy}{'1' if b.year < 2000 else '2'}{_dg(r, 3)}"
        v = base + pvn.calc_check_digit_pers(base)
        assert pvn.is_valid(v), v
        return f"{v[:6]}-{v[6:]}"
    if c == "JP":
        from stdnum.jp import in_ as mynumber
        base = str(r.randint(1, 9)) + _dg(r, 10)
        v = base + mynumber.calc_check_digit(base)
        assert mynumber.is_valid(v)
        return r.choice([v, f"{v[:4]} {v[4:8]} {v[8:]}", f"{v[:4]}-{v[4:8]}-{v[8:]}"])
    if c == "CN":
        from stdnum.cn import ric
        for region in (f[3], r.choice(["110105", "310104"])):  # where the birth was registered
            base = f"{region}{b.year}{mm}{dd}{_dg(r, 2)}{r.choice('13579' if male else '02468')}"
            v = base + ric.calc_check_digit(base + "0")
            if ric.is_valid(v):
                return v
        raise AssertionError(v)
    if c == "KR":
        from stdnum.kr import rrn
        s = ("1" if male else "2") if b.year < 2000 else ("3" if male else "4")
        base = f"{yy}{mm}{dd}{s}{r.randint(0, 95):02d}{_dg(r, 3)}"
        v = base + rrn.calc_check_digit(base)
        assert rrn.is_valid(v), v
        return f"{v[:6]}-{v[6:]}"
    if c == "IL":
        from stdnum.il import idnr as il_id
        base = _dg(r, 8)
        v = base + lu.calc_check_digit(base)
        assert il_id.is_valid(v)
        return v
    if c == "AE":
        base = f"784{b.year}{_dg(r, 7)}"
        v = base + lu.calc_check_digit(base)
        return f"{v[:3]}-{v[3:7]}-{v[7:14]}-{v[14]}"
    if c == "TH":
        from stdnum.th import pin
        base = str(r.randint(1, 8)) + _dg(r, 11)
        v = base + pin.calc_check_digit(base)
        assert pin.is_valid(v)
        return f"{v[0]} {v[1:5]} {v[5:10]} {v[10:12]} {v[12]}" if r.random() < 0.6 else v
    if c == "VN":
        g = ("0" if male else "1") if b.year < 2000 else ("2" if male else "3")
        return f"{f[1]}{g}{yy}{_dg(r, 6)}"
    if c == "ID":
        from stdnum.id import nik
        base = f"{f[1]}{r.randint(1, 9):02d}{b.day + (0 if male else 40):02d}{mm}{yy}{r.randint(1, 999):04d}"
        assert nik.is_valid(base), base
        return base
    raise KeyError(c)


# ---------------------------------------------------------------------------------------------------------------
# IP addresses. Public ones from real allocations (never documentation, loopback or the well-known resolvers).
# ---------------------------------------------------------------------------------------------------------------
_V4_FIRST = [2, 5, 23, 24, 31, 37, 46, 50, 62, 64, 66, 68, 71, 73, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91,
             92, 93, 94, 95, 96, 98, 99, 104, 107, 109, 110, 112, 114, 116, 118, 121, 124, 141, 145, 151, 162, 173, 176, 178,
             180, 182, 185, 188, 193, 194, 195, 201, 212, 213, 217, 218, 220, 222]
RESOLVERS = ["1.1.1.1", "8.8.8.8", "9.9.9.9", "8.8.4.4", "1.0.0.1", "208.67.222.222", "149.112.112.112"]
_V6_PREFIXES = ["2a02", "2a01", "2a00", "2003", "2a0a", "2600", "2601", "2603", "2604", "2607", "2800", "2804", "2400", "2404",
                "2406", "2408", "240e", "2409", "2c0f", "2a03", "2001:16b8", "2001:1c00", "2a05"]


def make_ip(r: random.Random, kind: str = "any") -> str:
    if kind == "any":
        kind = r.choice(["pub", "pub", "pub", "priv", "priv", "v6", "cgnat", "ula"])
    if kind == "pub":
        while True:
            ip = f"{r.choice(_V4_FIRST)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            a = ipaddress.ip_address(ip)
            if a.is_global and ip not in RESOLVERS:
                return ip
    if kind == "priv":
        first = r.choice([10, 10, 172, 192])
        if first == 10:
            return f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if first == 172:
            return f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        return f"192.168.{r.choice([0, 1, 1, 2, 10, 50, 88, 178, 188])}.{r.randint(2, 254)}"
    if kind == "cgnat":
        return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind in ("v6", "v6full"):
        pre = r.choice(_V6_PREFIXES)
        groups = pre.split(":") + [f"{r.randint(0, 0xFFFF):x}" for _ in range(8 - len(pre.split(":")))]
        if kind == "v6" and r.random() < 0.6:
            zeros = r.randint(2, 4)
            start = r.randint(len(pre.split(":")) + 1, 8 - zeros - 1)
            for k in range(start, start + zeros):
                groups[k] = "0"
        a = ipaddress.IPv6Address(":".join(groups))
        assert a.is_global
        return a.exploded if kind == "v6full" else a.compressed
    if kind == "ula":
        return str(ipaddress.IPv6Address(f"fd{r.randint(0, 255):02x}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFF):x}::{r.randint(1, 0xFFFF):x}"))
    if kind == "ll":
        return f"fe80::{r.randint(0, 0xFFFF):x}:{r.randint(0, 0xFF):x}ff:fe{r.randint(0, 0xFF):02x}:{r.randint(0, 0xFFFF):x}"
    if kind == "mapped":
        return "::ffff:" + make_ip(r, "pub")
    raise KeyError(kind)


# ---------------------------------------------------------------------------------------------------------------
# Secrets: provider keys and tokens, private keys, passwords.
# ---------------------------------------------------------------------------------------------------------------
def _s(r: random.Random, n: int, alphabet: str = AN) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def make_jwt(r: random.Random, claims: dict | None = None) -> str:
    header = _b64url(json.dumps({"alg": r.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}, separators=(",", ":")).encode())
    body = claims or {"sub": _s(r, 10, HEX), "iat": r.randint(1_740_000_000, 1_780_000_000)}
    payload = _b64url(json.dumps(body, separators=(",", ":")).encode())
    return f"{header}.{payload}.{_b64url(r.randbytes(32))}"


def make_pem(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(["rsa", "pkcs8", "ec", "openssh", "pgp"])
    if kind == "pgp":
        body = base64.b64encode(r.randbytes(r.choice([180, 240]))).decode()
        lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
        return f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{lines}\n={_s(r, 4, B64)}\n-----END PGP PRIVATE KEY BLOCK-----"
    label = {"rsa": "RSA PRIVATE KEY", "pkcs8": "PRIVATE KEY", "ec": "EC PRIVATE KEY", "openssh": "OPENSSH PRIVATE KEY"}[kind]
    size = {"rsa": 192, "pkcs8": 160, "ec": 96, "openssh": 200}[kind]
    raw = (b"openssh-key-v1\x00" if kind == "openssh" else b"") + r.randbytes(size)
    body = base64.b64encode(raw).decode()
    width = 70 if kind == "openssh" else 64
    lines = "\n".join(body[i:i + width] for i in range(0, len(body), width))
    return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----"


TOKEN_KINDS = ["aws_id", "aws_secret", "gh", "gho", "ghs", "ghpat", "glpat", "openai", "openai_legacy", "anthropic", "google", "gcp_secret", "google_refresh", "slack_bot", "slack_user", "stripe", "stripe_rk", "stripe_whsec", "twilio_key", "twilio_token", "sendgrid", "mailgun", "mailgun_old", "mailchimp", "postmark", "sentry_dsn", "sentry_auth", "datadog", "datadog_app", "newrelic", "cloudflare", "cf_tunnel", "tailscale", "ngrok", "docker", "npm", "pypi", "hf", "replicate", "groq", "perplexity", "xai", "databricks", "vault", "doppler", "grafana", "linear", "notion", "airtable", "atlassian", "shopify", "square", "do", "age", "telegram", "discord_bot", "azure_storage", "azure_client", "alibaba", "okta", "auth0", "firebase_fcm", "mapbox_sk", "jwt", "wg", "jupyter", "rails_master", "django", "laravel", "hex32", "b64_40", "pulumi", "tfc", "buildkite", "circleci", "rubygems", "nuget", "yandex", "algolia_admin", "planetscale", "supabase_service", "totp", "cargo", "midtrans"]


def make_token(r: random.Random, kind: str = "") -> str:
    kind = kind or r.choice(TOKEN_KINDS)
    t: dict[str, Callable[[], str]] = {
        "aws_id": lambda: r.choice(["AKIA", "ASIA"]) + _s(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
        "aws_secret": lambda: _s(r, 40, B64),
        "gh": lambda: "ghp_" + _s(r, 36), "gho": lambda: "gho_" + _s(r, 36), "ghs": lambda: "ghs_" + _s(r, 36),
        "ghpat": lambda: "github_pat_11" + _s(r, 20, UPAN) + "_" + _s(r, 59),
        "glpat": lambda: "glpat-" + _s(r, 20, URLSAFE),
        "openai": lambda: "sk-proj-" + _s(r, 74, URLSAFE) + "T3BlbkFJ" + _s(r, 74, URLSAFE),
        "openai_legacy": lambda: "sk-" + _s(r, 20) + "T3BlbkFJ" + _s(r, 20),
        "anthropic": lambda: "sk-ant-api03-" + _s(r, 93, URLSAFE) + "AA",
        "google": lambda: "AIza" + _s(r, 35, URLSAFE),
        "gcp_secret": lambda: "GOCSPX-" + _s(r, 28, URLSAFE),
        "google_refresh": lambda: "1//0" + _s(r, 2) + "-" + _s(r, 96, URLSAFE),
        "slack_bot": lambda: f"xoxb-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{_s(r, 24)}",
        "slack_user": lambda: f"xoxp-{r.randint(10**10, 10**12)}-{r.randint(10**10, 10**12)}-{r.randint(10**12, 10**13)}-{_s(r, 32, HEX)}",
        "stripe": lambda: "sk_live_51" + _s(r, 96), "stripe_rk": lambda: "rk_live_51" + _s(r, 96),
        "stripe_whsec": lambda: "whsec_" + _s(r, 32),
        "twilio_key": lambda: "SK" + _s(r, 32, HEX), "twilio_token": lambda: _s(r, 32, HEX),
        "sendgrid": lambda: f"SG.{_s(r, 22, URLSAFE)}.{_s(r, 43, URLSAFE)}",
        "mailgun": lambda: f"{_s(r, 32, HEX)}-{_s(r, 8, HEX)}-{_s(r, 8, HEX)}", "mailgun_old": lambda: "key-" + _s(r, 32, HEX),
        "mailchimp": lambda: f"{_s(r, 32, HEX)}-us{r.randint(2, 21)}",
        "postmark": lambda: f"{_s(r, 8, HEX)}-{_s(r, 4, HEX)}-{_s(r, 4, HEX)}-{_s(r, 4, HEX)}-{_s(r, 12, HEX)}",
        "sentry_dsn": lambda: _s(r, 32, HEX), "sentry_auth": lambda: "sntrys_" + _b64url(json.dumps({"iat": r.randint(1_740_000_000, 1_780_000_000), "org": "acme"}).encode()) + "_" + _s(r, 43, URLSAFE),
        "datadog": lambda: _s(r, 32, HEX), "datadog_app": lambda: _s(r, 40, HEX),
        "newrelic": lambda: "NRAK-" + _s(r, 27, UPAN),
        "cloudflare": lambda: _s(r, 40, URLSAFE),
        "cf_tunnel": lambda: base64.b64encode(json.dumps({"a": _s(r, 32, HEX), "t": f"{_s(r, 8, HEX)}-{_s(r, 4, HEX)}-4{_s(r, 3, HEX)}-a{_s(r, 3, HEX)}-{_s(r, 12, HEX)}", "s": base64.b64encode(r.randbytes(32)).decode()}, separators=(",", ":")).encode()).decode(),
        "tailscale": lambda: f"tskey-auth-k{_s(r, 11)}CNTRL-{_s(r, 33)}",
        "ngrok": lambda: f"2{_s(r, 26)}_{_s(r, 21)}",
        "docker": lambda: "dckr_pat_" + _s(r, 27, URLSAFE), "npm": lambda: "npm_" + _s(r, 36),
        "pypi": lambda: "pypi-AgEIcHlwaS5vcmc" + _s(r, 140, URLSAFE),
        "hf": lambda: "hf_" + _s(r, 34, string.ascii_letters), "replicate": lambda: "r8_" + _s(r, 37),
        "groq": lambda: "gsk_" + _s(r, 52), "perplexity": lambda: "pplx-" + _s(r, 48), "xai": lambda: "xai-" + _s(r, 80),
        "databricks": lambda: "dapi" + _s(r, 32, HEX), "vault": lambda: "hvs." + _s(r, 24) + _s(r, 66, URLSAFE) if r.random() < 0.4 else "hvs." + _s(r, 24),
        "doppler": lambda: "dp.st.prd." + _s(r, 43), "grafana": lambda: f"glsa_{_s(r, 32)}_{_s(r, 8, HEX)}",
        "linear": lambda: "lin_api_" + _s(r, 40), "notion": lambda: "ntn_" + _s(r, 46) if r.random() < 0.5 else "secret_" + _s(r, 43),
        "airtable": lambda: f"pat{_s(r, 14)}.{_s(r, 64, HEX)}", "atlassian": lambda: "ATATT3xFfGF0" + _s(r, 180, URLSAFE) + "=" + _s(r, 8, UPHEX),
        "shopify": lambda: "shpat_" + _s(r, 32, HEX), "square": lambda: "EAAA" + _s(r, 60, URLSAFE),
        "do": lambda: "dop_v1_" + _s(r, 64, HEX),
        "age": lambda: "AGE-SECRET-KEY-1" + _s(r, 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"),
        "telegram": lambda: f"{r.randint(10**8 * 5, 10**10 - 1)}:AA{_s(r, 33, URLSAFE)}",
        "discord_bot": lambda: f"{_b64url(str(r.randint(10**17, 10**18)).encode())}.{_s(r, 6, URLSAFE)}.{_s(r, 38, URLSAFE)}",
        "azure_storage": lambda: base64.b64encode(r.randbytes(64)).decode(),
        "azure_client": lambda: f"{_s(r, 3)}8Q~{_s(r, 34, URLSAFE + '.~')}",
        "alibaba": lambda: "LTAI5t" + _s(r, 18), "okta": lambda: "00" + _s(r, 40, URLSAFE),
        "auth0": lambda: _s(r, 64, URLSAFE), "firebase_fcm": lambda: f"AAAA{_s(r, 7, URLSAFE)}:APA91b{_s(r, 134, URLSAFE)}",
        "mapbox_sk": lambda: "sk.eyJ1Ijoi" + _s(r, 60, URLSAFE) + "." + _s(r, 22, URLSAFE),
        "jwt": lambda: make_jwt(r), "wg": lambda: base64.b64encode(r.randbytes(32)).decode(),
        "jupyter": lambda: _s(r, 48, HEX), "rails_master": lambda: _s(r, 32, HEX),
        "django": lambda: _s(r, 50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)"),
        "laravel": lambda: "base64:" + base64.b64encode(r.randbytes(32)).decode(),
        "hex32": lambda: _s(r, 32, HEX), "b64_40": lambda: _s(r, 40, B64),
        "pulumi": lambda: "pul-" + _s(r, 40, HEX), "tfc": lambda: _s(r, 14) + ".atlasv1." + _s(r, 67),
        "buildkite": lambda: "bkua_" + _s(r, 40, HEX), "circleci": lambda: "CCIPAT_" + _s(r, 22) + "_" + _s(r, 40, HEX),
        "rubygems": lambda: "rubygems_" + _s(r, 48, HEX), "nuget": lambda: "oy2" + _s(r, 43, string.ascii_lowercase + string.digits),
        "yandex": lambda: "y0_" + _s(r, 55, URLSAFE), "algolia_admin": lambda: _s(r, 32, HEX),
        "planetscale": lambda: "pscale_pw_" + _s(r, 43, URLSAFE),
        "totp": lambda: _s(r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "cargo": lambda: "cio" + _s(r, 32),
        "midtrans": lambda: "Mid-server-" + _s(r, 24, URLSAFE),
        "supabase_service": lambda: make_jwt(r, {"iss": "supabase", "ref": _s(r, 20, string.ascii_lowercase), "role": "service_role",
                                                 "iat": r.randint(1_700_000_000, 1_760_000_000), "exp": r.randint(2_000_000_000, 2_100_000_000)}),
    }
    return t[kind]()


_PW_WORDS: dict[str, str] = {
    "en": "sunflower|Marmalade|tractor|Lighthouse|pickle|Butterscotch|rainbow|Kingfisher|biscuit|Thunder",
    "de": "Sonnenblume|Kaffeetasse|Schneemann|Gartenzwerg|Bergsee|Fahrrad|Eichhörnchen|Leuchtturm",
    "fr": "Tournesol|baguette|Papillon|chocolat|Marmotte|soleil|Printemps",
    "es": "Girasol|mariposa|Primavera|guitarra|Tortuga|cielo|Naranja",
    "it": "Girasole|farfalla|Primavera|gelato|Tartaruga|Limone",
    "pt": "Girassol|borboleta|Saudade|Jabuticaba|coqueiro|Sabiá",
    "pl": "Wiosna|Słonecznik|kotek|Pierogi|Zamek|Biedronka",
    "nl": "Zonnebloem|Stroopwafel|fiets|Molen|Tulpen|Dropje",
    "tr": "Gunes|Papatya|Kartal|simit|Deniz|Lale",
    "sv": "Solros|Kanelbulle|Ekorre|Midsommar|Hjortron",
    "cs": "Slunecnice|Veverka|Knedlik|Pampeliska|Krtek",
}


def make_password(r: random.Random, style: str = "", lang: str = "en") -> str:
    words = _PW_WORDS.get(lang, _PW_WORDS["en"]).split("|")
    style = style or r.choice(["word", "word", "random", "phrase", "leet"])
    if style == "word":
        return f"{r.choice(words)}{r.choice(['', '_', '.', '#'])}{r.randint(1, 2026)}{r.choice(['!', '', '?', '$', '*'])}"
    if style == "random":
        return _s(r, r.randint(12, 24), AN + "!#%&*+-=?@^_")
    if style == "url":
        return _s(r, r.randint(14, 26), AN + "-_.~")
    if style == "phrase":
        pool = [w.lower() for w in _PW_WORDS["en"].split("|") + words]
        return r.choice(["-", ".", "_"]).join(r.sample(pool, 4)) + (str(r.randint(1, 99)) if r.random() < 0.5 else "")
    if style == "leet":
        w = r.choice(words).replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return f"{w}{r.choice(['@', '#', '!', '%'])}{r.randint(10, 99)}"
    if style == "wifi":
        return r.choice([f"{r.choice(words).lower()}{r.randint(1000, 99999)}", _s(r, 12, string.ascii_lowercase + string.digits),
                         "-".join(_s(r, 4, "abcdefghjkmnpqrstuvwxyz23456789") for _ in range(3))])
    if style == "pin":
        return _dg(r, r.choice([4, 4, 5, 6]))
    if style == "recovery":
        return "\n".join(f"{_s(r, 4, string.ascii_lowercase + string.digits)}-{_s(r, 4, string.ascii_lowercase + string.digits)}" for _ in range(r.choice([4, 5, 6])))
    raise KeyError(style)


# ---------------------------------------------------------------------------------------------------------------
# Hard negatives: look like PII and are not (see the module docstring).
# ---------------------------------------------------------------------------------------------------------------
def _isbn13(r: random.Random) -> str:
    body = r.choice(["978", "979"]) + _dg(r, 9)
    from stdnum import ean
    v = body + ean.calc_check_digit(body)
    assert stdnum_isbn.is_valid(v)
    return stdnum_isbn.format(v) if r.random() < 0.7 else v


def _ean13(r: random.Random) -> str:
    from stdnum import ean
    body = r.choice(["40", "50", "76", "80", "87", "590", "84"]) + _dg(r, 10)
    body = body[:12]
    return body + ean.calc_check_digit(body)


_DOC_IPS = ["192.0.2.", "198.51.100.", "203.0.113."]
DOC_IBANS = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "FR14 2004 1010 0505 0001 3M02 606",
             "NL91 ABNA 0417 1643 00", "ES91 2100 0418 4502 0005 1332", "CH93 0076 2011 6238 5295 7"]
PLACEHOLDER_KEYS = ["sk-...", "<YOUR_API_KEY>", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "${API_KEY}",
                    "xxxxxxxxxxxxxxxx", "changeme", "your-secret-here", "<password>", "********", "sk_test_...",
                    "REPLACE_ME", "{{ vault_db_password }}", "${{ secrets.DEPLOY_KEY }}", "$(cat /run/secrets/db_pw)",
                    "JBSWY3DPEHPK3PXP", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "os.environ[\"API_KEY\"]"]
PLACEHOLDER_PEOPLE = ["John Doe", "Jane Doe", "Max Mustermann", "Erika Mustermann", "Jean Dupont", "Mario Rossi", "Juan Pérez",
                      "Fulano de Tal", "Jan Kowalski", "Ola Nordmann", "Jan Novák", "Joe Bloggs", "山田太郎", "张三", "홍길동",
                      "Иван Иванов", "Matti Meikäläinen", "Gipsz Jakab", "Jan Jansen", "Kari Nordmann", "Maija Meikäläinen"]
_NEG: dict[str, Callable[[random.Random], str]] = {
    "order": lambda r: r.choice(["#", "", "ORD-", "A", "PO-", "SO"]) + _dg(r, r.choice([6, 7, 8, 10])),
    "invoice": lambda r: f"{r.choice(['INV', 'RE', 'FA', 'FV'])}-{r.randint(2024, 2026)}-{_dg(r, 5)}",
    "ticket": lambda r: f"{r.choice(['INC', 'REQ', 'CS', 'SUP', 'JIRA-', 'OPS-'])}{_dg(r, r.choice([4, 6, 7]))}",
    "ups": lambda r: "1Z" + _s(r, 6, UPAN) + _dg(r, 10), "usps": lambda r: "9400 " + " ".join(_dg(r, 4) for _ in range(4)) + " " + _dg(r, 2),
    "dhl": lambda r: "JJD" + _dg(r, 18), "royalmail": lambda r: f"{_s(r, 2, string.ascii_uppercase)}{_dg(r, 9)}GB",
    "postnl": lambda r: "3S" + _s(r, 4, string.ascii_uppercase) + _dg(r, 7),
    "isbn": _isbn13, "ean": _ean13,
    "sha1": lambda r: _s(r, 40, HEX), "sha256": lambda r: _s(r, 64, HEX), "md5": lambda r: _s(r, 32, HEX), "short_sha": lambda r: _s(r, 7, HEX),
    "uuid": lambda r: f"{_s(r, 8, HEX)}-{_s(r, 4, HEX)}-4{_s(r, 3, HEX)}-{r.choice('89ab')}{_s(r, 3, HEX)}-{_s(r, 12, HEX)}",
    "ulid": lambda r: "01" + _s(r, 24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
    "ver": lambda r: f"{r.randint(0, 18)}.{r.randint(0, 40)}.{r.randint(0, 30)}",
    "ver4": lambda r: f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 60)}.{r.randint(100, 9999)}",
    "winbuild": lambda r: f"10.0.{r.choice([19045, 22621, 22631, 26100])}.{r.randint(1000, 5000)}",
    "price": lambda r: r.choice([f"€{r.randint(3, 4000)},{r.randint(0, 99):02d}", f"${r.randint(3, 4000)}.{r.randint(0, 99):02d}",
                                 f"£{r.randint(3, 900)}", f"{r.randint(100, 90000)} Kč", f"{r.randint(1000, 900000):,} ₩", f"¥{r.randint(500, 99000):,}"]),
    "time": lambda r: f"{r.randint(0, 23):02d}:{r.choice(['00', '15', '30', '45'])}",
    "docip4": lambda r: r.choice(_DOC_IPS) + str(r.randint(1, 254)),
    "docip6": lambda r: f"2001:db8:{r.randint(0, 0xFFFF):x}::{r.randint(1, 0xFFFF):x}",
    "resolver": lambda r: r.choice(RESOLVERS), "loopback": lambda r: r.choice(["127.0.0.1", "::1", "0.0.0.0", "localhost"]),
    "netmask": lambda r: r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.252"]),
    "range": lambda r: r.choice(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7", "fe80::/10"]),
    "metadata": lambda r: "169.254.169.254",
    "testcard": lambda r: r.choice(TEST_CARDS), "dociban": lambda r: r.choice(DOC_IBANS), "specssn": lambda r: r.choice(SPECIMEN_SSNS),
    "exemail": lambda r: f"{r.choice(['user', 'jane.doe', 'test', 'someone', 'max.mustermann', 'info'])}@example.{r.choice(['com', 'org', 'net'])}",
    "ph": lambda r: r.choice(PLACEHOLDER_KEYS), "phperson": lambda r: r.choice(PLACEHOLDER_PEOPLE),
    "mac": lambda r: ":".join(_s(r, 2, HEX) for _ in range(6)), "cve": lambda r: f"CVE-{r.randint(2019, 2026)}-{r.randint(1000, 49999)}",
    "rfc": lambda r: f"RFC {r.choice([1918, 5737, 3849, 6598, 7519, 8446, 9110, 4122, 3986])}",
    "fakephone": lambda r: r.choice([f"(555) 01{r.randint(0, 99):02d}", f"555-01{r.randint(0, 99):02d}", f"07700 900{r.randint(0, 999):03d}",
                                     f"+44 20 7946 0{r.randint(0, 999):03d}", f"0491 570 {r.randint(6, 156):03d}", f"01632 960{r.randint(0, 999):03d}"]),
    "port": lambda r: str(r.choice([22, 80, 443, 3000, 5432, 6379, 8080, 8443, 9090, 27017, 51820])),
    "pkey": lambda r: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + _s(r, 43, B64),
    "wgpub": lambda r: base64.b64encode(r.randbytes(32)).decode(),
    "docker_digest": lambda r: "sha256:" + _s(r, 64, HEX),
    "pod": lambda r: f"{r.choice(['api', 'worker', 'web', 'billing'])}-{_s(r, 10, 'bcdfghjklmnpqrstvwxz2456789')}-{_s(r, 5, 'bcdfghjklmnpqrstvwxz2456789')}",
    "reqid": lambda r: f"{_s(r, 8, HEX)}-{_s(r, 4, HEX)}-{_s(r, 4, HEX)}-{_s(r, 4, HEX)}-{_s(r, 12, HEX)}",
    "awsacct": lambda r: _dg(r, 12), "pkpub": lambda r: "pk_live_51" + _s(r, 96),
    "hexcolor": lambda r: "#" + _s(r, 6, HEX), "oid": lambda r: "1.3.6.1.4.1." + ".".join(str(r.randint(1, 9999)) for _ in range(3)),
    "dom": lambda r: r.choice(["acmeshop", "kestrel-apps", "bluefjord", "tinkerlab", "orbitly", "northpier", "quillstack", "hearthware"]),
    "semver_range": lambda r: f"^{r.randint(1, 9)}.{r.randint(0, 20)}.0",
}


# ---------------------------------------------------------------------------------------------------------------
# Context and fill().
# ---------------------------------------------------------------------------------------------------------------
_ENGLISH_COUNTRIES = {"US", "GB", "CA", "AU", "IE", "NZ", "IN", "ZA"}
COUNTRY_LANG = {c: lang for lang, cs in reversed(list(LANG_COUNTRIES.items())) for c, _ in cs}
COUNTRY_LANG.update({"ES": "es", "BE": "nl", "CH": "de", "IN": "en"})
_ID_NAMES: dict[str, str] = {
    "US": "passport number", "GB": "National Insurance number", "GB:nhs": "NHS number", "CA": "SIN", "AU": "TFN",
    "IE": "PPS number", "NZ": "IRD number", "IN": "Aadhaar number", "IN:pan": "PAN", "ZA": "ID number",
    "DE": "Steuer-ID", "AT": "Sozialversicherungsnummer", "CH": "AHV-Nummer", "FR": "numéro de sécurité sociale",
    "BE": "rijksregisternummer", "ES": "DNI/NIE", "MX": "CURP", "AR": "CUIL/DNI", "IT": "codice fiscale", "NL": "BSN",
    "PT": "NIF", "BR": "CPF", "PL": "PESEL", "SE": "personnummer", "NO": "fødselsnummer", "DK": "CPR-nummer",
    "FI": "henkilötunnus", "IS": "kennitala", "CZ": "rodné číslo", "SK": "rodné číslo", "HU": "adóazonosító jel",
    "RO": "CNP", "TR": "T.C. kimlik no", "GR": "ΑΜΚΑ", "RU": "СНИЛС", "RU:inn": "ИНН", "UA": "РНОКПП", "BG": "ЕГН",
    "RS": "ЈМБГ", "HR": "OIB", "SI": "EMŠO", "LT": "asmens kodas", "LV": "personas kods", "EE": "isikukood",
    "JP": "マイナンバー", "CN": "身份证号", "KR": "주민등록번호", "IL": "מספר תעודת זהות", "AE": "Emirates ID",
    "TH": "เลขประจำตัวประชาชน", "VN": "CCCD", "ID": "NIK",
}
_ID_NAMES_EN = {"DE": "German tax ID (Steuer-ID)", "FR": "French social security number", "NL": "BSN", "PL": "PESEL",
                "ES": "NIE/DNI", "IT": "codice fiscale", "SE": "Swedish personnummer", "PT": "NIF", "RO": "CNP", "IE": "PPSN",
                "CZ": "birth number (rodné číslo)", "HU": "Hungarian tax ID", "BR": "CPF", "TR": "TC kimlik number",
                "DK": "CPR number", "AT": "Austrian social insurance number"}
_PERSON_KINDS = {"name", "first", "last", "initial", "rev", "fio", "email", "wemail", "phone", "iphone", "waurl", "dob", "natid",
                 "idname", "ssn", "addr", "addrml", "purl", "handle", "holder", "age", "title"}
_CASE = {"uc", "lc"}
_WORK_TLD = {"US": "com", "GB": "co.uk", "CA": "ca", "AU": "com.au", "IE": "ie", "NZ": "co.nz", "IN": "in", "ZA": "co.za",
             "DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "ES": "es", "MX": "com.mx", "AR": "com.ar", "IT": "it",
             "NL": "nl", "PT": "pt", "BR": "com.br", "PL": "pl", "SE": "se", "NO": "no", "DK": "dk", "FI": "fi", "IS": "is",
             "CZ": "cz", "SK": "sk", "HU": "hu", "RO": "ro", "TR": "com.tr", "GR": "gr", "RU": "ru", "UA": "ua", "BG": "bg",
             "RS": "rs", "HR": "hr", "SI": "si", "LT": "lt", "LV": "lv", "EE": "ee", "JP": "co.jp", "CN": "cn", "KR": "co.kr",
             "IL": "co.il", "AE": "ae", "TH": "co.th", "VN": "vn", "ID": "co.id"}
_WORK_WORDS = "northwind|kestrel|bluefjord|larkspur|copperleaf|stonebridge|brightwell|tidewater|greenmoor|silverline|ironoak|solvia"


class Context:
    """One prompt: its locale, its people (the same each time a template names them), and a random source."""

    def __init__(self, rng: random.Random, locale: str) -> None:
        self.rng = rng
        self.locale = locale
        self.lang, self.country = locale.split("-")
        self.key = PEOPLE_KEY.get((self.lang, self.country), self.country)
        self.native = self.country not in NATIVE_SCRIPT or NATIVE_SCRIPT[self.country] == self.lang
        self.people: dict[int, Person] = {}
        self.cache: dict[str, Parts] = {}
        self.town_entry = rng.choice(PEOPLE[self.key][3].split("|"))
        self.natid_kind: dict[int, str] = {}
        self.last_card = ""
        if self.lang in _ORG and (self.lang != "en" or self.country in _ENGLISH_COUNTRIES):
            self.org_lang = self.lang
        else:
            self.org_lang = COUNTRY_LANG.get(self.country, "en")
        self.work_domain = f"{rng.choice(_WORK_WORDS.split('|'))}{rng.choice(['', '-group', 'labs', '-law', 'med'])}.{_WORK_TLD.get(self.country, 'com')}"

    def person(self, i: int, sex: str | None = None, age: str = "adult") -> Person:
        if i not in self.people:
            p = Person(self.rng, self.key, self.country, self.native, sex, age)
            towns = PEOPLE[self.key][3].split("|")
            p.town_entry = self.town_entry if i == 1 or self.rng.random() < 0.5 else self.rng.choice(towns)  # type: ignore[attr-defined]
            self.people[i] = p
        return self.people[i]

    def surnames(self) -> list[str]:
        out = []
        for s in PEOPLE[self.key][2].split("|"):
            s = s.split("/")[0].split("~")
            out.append(s[0] if self.native else s[-1])
        return out


def _town_name(ctx: Context, entry: str) -> str:
    return entry.split(",")[0]


_PROFILE = ["https://www.linkedin.com/in/{slug}-{rand6}", "https://github.com/{handle}", "https://www.instagram.com/{handle}/",
            "https://www.facebook.com/{dotted}", "https://www.strava.com/athletes/{num8}", "https://calendly.com/{slug}",
            "https://{flat}.com", "https://www.behance.net/{flat}", "https://linktr.ee/{handle}", "https://t.me/{handle}",
            "https://www.dropbox.com/scl/fi/{rand22}/{flatcap}_CV.pdf?rlkey={rand25}&dl=0",
            "https://1drv.ms/f/s!{rand26}", "https://docs.google.com/document/d/{rand44}/edit?usp=sharing",
            "https://mastodon.social/@{handle}", "https://bsky.app/profile/{handle}.bsky.social"]
_PROFILE_LOCAL = {"DE": ["https://www.xing.com/profile/{xing}"], "RU": ["https://vk.com/{handle}"], "CN": ["https://weibo.com/u/{num10}"],
                  "KR": ["https://blog.naver.com/{handle}"], "JP": ["https://note.com/{handle}"], "BR": ["https://www.instagram.com/{handle}/"]}


def _person_value(ctx: Context, kind: str, p: Person, idx: int, args: list[str]) -> Parts:
    r = ctx.rng
    memo = getattr(p, "memo", None)
    if memo is None:
        memo = p.memo = {}  # type: ignore[attr-defined]
    style = next((a for a in args if a not in _CASE and a not in ("f", "m", "kid", "baby")), "")
    mkey = f"{kind}:{style}"
    if mkey in memo:
        return memo[mkey]
    fr, lr = _slug(p.first_r), _slug(p.last_r)
    out: Parts
    if kind == "name":
        out = [(p.full(r), "PERSON")]
    elif kind == "first":
        out = [(p.first, "PERSON")]
    elif kind == "last":
        out = [(p.last, "PERSON")]
    elif kind == "initial":
        out = [(p.last, "PERSON")] if p.native and p.country in ("JP", "CN", "KR") else [(f"{p.first[0]}. {p.last}", "PERSON")]
    elif kind == "rev":
        out = [(p.last, "PERSON"), (", ", None), (p.first, "PERSON")]
    elif kind == "fio":
        if p.patronymic and p.country == "BG":
            out = [(f"{p.first} {p.patronymic} {p.last}", "PERSON")]
        elif p.patronymic:
            out = [(f"{p.last} {p.first} {p.patronymic}", "PERSON")]
        else:
            out = [(p.full(r), "PERSON")]
    elif kind == "email":
        out = [(make_email(r, p), "EMAIL")]
    elif kind == "wemail":
        local = r.choice([f"{fr}.{lr}", f"{fr[0]}.{lr}", fr, f"{lr}{fr[0]}"])
        out = [(f"{local}@{ctx.work_domain}", "EMAIL")]
    elif kind in ("phone", "iphone"):
        out = [(make_phone(r, p.country, "intl" if kind == "iphone" else style), "PHONE")]
    elif kind == "waurl":
        num = phonenumbers.parse(make_phone(r, p.country, "e164"))
        out = [(f"https://wa.me/{num.country_code}{num.national_number}", "URL")]
    elif kind == "dob":
        out = [(write_date(r, ctx.lang, ctx.country, p.birth, style), "DATE_OF_BIRTH")]
    elif kind in ("natid", "idname"):
        if idx not in ctx.natid_kind:
            ctx.natid_kind[idx] = style or r.choice({"GB": ["", "nhs"], "IN": ["", "pan"], "RU": ["", "inn"]}.get(p.country, [""]))
            if ctx.natid_kind[idx] == "":
                ctx.natid_kind[idx] = {"GB": "nino", "IN": "aadhaar", "RU": "snils"}.get(p.country, "")
        k = ctx.natid_kind[idx]
        if kind == "idname":
            key = f"{p.country}:{k}" if f"{p.country}:{k}" in _ID_NAMES else p.country
            name = _ID_NAMES_EN.get(p.country, _ID_NAMES[key]) if ctx.lang == "en" and p.country not in _ENGLISH_COUNTRIES else _ID_NAMES[key]
            return [(name, None)]
        out = [(make_natid(r, p, p.town_entry, k), "NATIONAL_ID")]  # type: ignore[attr-defined]
    elif kind == "ssn":
        out = [(make_ssn(r, style), "US_SSN")]
    elif kind in ("addr", "addrml"):
        out = [(write_address(r, ctx.key, p.country, p.town_entry, multiline=kind == "addrml"), "ADDRESS")]  # type: ignore[attr-defined]
    elif kind == "purl":
        handle = r.choice([f"{fr}{lr}", f"{fr}.{lr}", f"{fr}_{lr[:3]}", f"{fr}{p.birth.year % 100:02d}", f"{lr}{fr[0]}"])
        pat = r.choice(_PROFILE + _PROFILE_LOCAL.get(p.country, []))
        url = (pat.replace("{slug}", f"{fr}-{lr}").replace("{rand6}", _s(r, 6, string.ascii_lowercase + string.digits))
               .replace("{handle}", handle.replace(".", "_") if "t.me" in pat or "instagram" in pat else handle)
               .replace("{dotted}", f"{fr}.{lr}.{r.randint(1, 99)}").replace("{num8}", _dg(r, 8)).replace("{num10}", _dg(r, 10))
               .replace("{flatcap}", f"{p.first_r.split(' ')[0]}_{p.last_r.replace(' ', '_')}").replace("{flat}", f"{fr}{lr}")
               .replace("{rand22}", _s(r, 22, string.ascii_lowercase + string.digits)).replace("{rand25}", _s(r, 25, string.ascii_lowercase + string.digits))
               .replace("{rand26}", _s(r, 26, URLSAFE)).replace("{rand44}", _s(r, 44, URLSAFE))
               .replace("{xing}", f"{p.first_r.split(' ')[0]}_{p.last_r.replace(' ', '')}{r.randint(1, 9)}"))
        out = [(url, "URL")]
    elif kind == "handle":
        out = [(r.choice([f"{fr}{lr[:2]}{r.randint(1, 99)}", f"{fr}_{p.birth.year}", f"the_{fr}", f"{lr}.{fr[:3]}"]), None)]
    elif kind == "holder":
        out = [(f"{romanise(p.first_r).upper()} {romanise(p.last_r).upper()}", "PERSON")]
    elif kind == "age":
        today = datetime.date(2026, 1, 15)
        out = [(str((today - p.birth).days // 365), None)]
    elif kind == "title":  # the salutation word the language uses for this person (unlabelled)
        titles = {"en": ("Ms", "Mr"), "de": ("Frau", "Herr"), "fr": ("Mme", "M."), "es": ("Sra.", "Sr."), "it": ("Sig.ra", "Sig."),
                  "nl": ("mevrouw", "meneer"), "pl": ("Pani", "Pan"), "pt": ("Sra.", "Sr."), "cs": ("paní", "pan"), "sk": ("pani", "pán")}
        t = titles.get(ctx.lang, ("", ""))[0 if p.sex == "f" else 1]
        return [(t, None)]
    else:
        raise KeyError(kind)
    memo[mkey] = out
    return out


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
        p = ctx.person(idx, sex, "baby" if "baby" in args else "kid" if "kid" in args else "adult")
        return _case(_person_value(ctx, kind, p, idx, args), args)
    cache_key = f"{kind}:{':'.join(a for a in args if a not in _CASE)}@{key}"
    if cache_key in ctx.cache:
        return _case(ctx.cache[cache_key], args)
    seen = {t for parts in ctx.cache.values() for t, e in parts if e}
    a0 = args[0] if args and args[0] not in _CASE else ""
    out: Parts = []
    for _ in range(20):  # a different value under each @key
        if kind == "town":
            entry = ctx.town_entry if not key else r.choice(PEOPLE[ctx.key][3].split("|"))
            out = [(_town_name(ctx, entry), "LOCATION")]
        elif kind == "org":
            out = [(make_org(r, ctx.org_lang, ctx.surnames(), a0), "ORGANIZATION")]
        elif kind == "date":
            d = _day_in(r, 2024, 2026)
            out = [(write_date(r, ctx.lang, ctx.country, d, "" if a0 == "short" else a0, year=a0 != "short"), "DATE")]
        elif kind == "ip":
            out = [(make_ip(r, a0 or "any"), "IP_ADDRESS")]
        elif kind == "card":
            scheme = a0 if a0 in _SCHEMES else ""
            layout = next((a for a in args if a in ("sp", "dash", "dot", "plain", "split", "nbsp")), "")
            out = [(make_card(r, ctx.country, scheme, layout), "CREDIT_CARD")]
            ctx.last_card = out[0][0]
        elif kind == "iban":
            country = a0 if len(a0) == 2 and a0.isupper() else ctx.country
            grouped = True if "grp" in args else False if "plain" in args else None
            out = [(make_iban(r, country, grouped), "IBAN")]
        elif kind == "tok":
            out = [(make_token(r, a0), "SECRET")]
        elif kind == "pw":
            out = [(make_password(r, a0, ctx.lang), "SECRET")]
        elif kind == "cred":
            user = a0 or r.choice(["app", "admin", "svc_backup", "reporting", "deploy", "etl"])
            if user == "name":
                user = _slug(ctx.person(1).first_r)
            out = [(f"{user}:{make_password(r, 'url')}", "SECRET")]
        elif kind == "basic":
            user = a0 or _slug(ctx.person(1).first_r)
            out = [(base64.b64encode(f"{user}:{make_password(r, 'url')}".encode()).decode(), "SECRET")]
        elif kind == "b64":  # a token as stored base64-encoded (Kubernetes Secret data)
            out = [(base64.b64encode(make_token(r, a0).encode()).decode(), "SECRET")]
        elif kind == "pem":
            out = [(make_pem(r, a0), "SECRET")]
        elif kind == "pemjson":  # a PEM block as it sits inside a JSON string (newlines escaped)
            out = [(make_pem(r, "pkcs8").replace("\n", "\\n"), "SECRET")]
        elif kind == "pemb64":  # a PEM block base64-encoded, as in a kubeconfig
            out = [(base64.b64encode((make_pem(r, a0 or "rsa") + "\n").encode()).decode(), "SECRET")]
        elif kind == "recovery":
            out = []
            for k in range(r.choice([4, 5, 6])):
                if k:
                    out.append(("\n", None))
                out.append((f"{_s(r, 4, string.ascii_lowercase + string.digits)}-{_s(r, 4, string.ascii_lowercase + string.digits)}", "SECRET"))
        elif kind == "zigbee":
            out = [("[" + ", ".join(str(r.randint(0, 255)) for _ in range(16)) + "]", "SECRET")]
        elif kind == "sentry":
            out = [("https://", None), (make_token(r, "sentry_dsn"), "SECRET"),
                   (f"@o{r.randint(10**5, 10**6)}.ingest.{r.choice(['', 'de.', 'us.'])}sentry.io/{r.randint(10**6, 10**7)}", None)]
        elif kind == "slackhook":
            out = [(f"https://hooks.slack.com/services/T{_s(r, 10, UPAN)}/B{_s(r, 10, UPAN)}/", None), (_s(r, 24), "SECRET")]
        elif kind == "pve":
            out = [(f"PVEAPIToken={r.choice(['root@pam', 'monitor@pve', 'terraform@pve'])}!{r.choice(['tf', 'grafana', 'backup'])}=", None),
                   (_NEG["uuid"](r), "SECRET")]
        elif kind == "last4":
            digits = [c for c in ctx.last_card if c.isdigit()]
            out = [("".join(digits[-4:]) if digits else _dg(r, 4), None)]
        elif kind == "exp":
            out = [(r.choice([f"{r.randint(1, 12):02d}/{r.randint(26, 31)}", f"{r.randint(1, 12):02d}/20{r.randint(26, 31)}"]), None)]
        elif kind == "cvv":
            out = [(_dg(r, 3), None)]
        elif kind == "imei":
            v = make_imei(r)
            out = [(v if r.random() < 0.5 else f"{v[:2]}-{v[2:8]}-{v[8:14]}-{v[14]}", None)]
        elif kind == "vin":
            out = [(_s(r, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), None)]
        elif kind == "x":
            out = [(_NEG[a0](r), None)]
        elif kind == "n":
            out = [(str(r.randint(int(args[0]), int(args[1]))), None)]
        else:
            raise KeyError(slot)
        if not key or not any(t in seen for t, e in out if e):
            break
    ctx.cache[cache_key] = out
    return _case(out, args)


def _braces(template: str) -> str:
    """Literal braces are written doubled in this file ("{{", "}}"); corpus._render reads "{" as a slot, so they
    become {lb}/{rb} when the module loads."""
    import re
    return re.sub(r"\{\{|\}\}|\{[^{}]*\}", lambda m: "{lb}" if m.group() == "{{" else "{rb}" if m.group() == "}}" else m.group(), template)


# ---------------------------------------------------------------------------------------------------------------
# Templates. (lang, template); literal braces doubled.
# ---------------------------------------------------------------------------------------------------------------
_PII_EN: list[tuple[str, str]] = [
    # --- personal affairs -------------------------------------------------------------------------------------
    ("en-US", ("I got a letter from a collection agency saying I owe $1,284 to a gym I cancelled in 2022. Can you help me write a debt validation "
              "letter? My details: {name}, {addr}. The letter is dated {date} and their reference is {x:order}. I don't want to confirm the debt.")),
    ("en-US", ("draft a reply to Midland Credit for me, they keep calling {phone} at 7am. my name is {name}, last 4 of my SSN they have is wrong, "
              "full SSN {ssn}. tell them to communicate in writing only to {email}")),
    ("en-GB", ("Can you turn these notes into a friendly report-card comment? Pupil: {first:kid}, Year 4, {org:school}. Reading much better since "
              "autumn, still rushes maths. Parents' evening with {title2:f} {last2:f} is on {date:short}.")),
    ("en-GB", ("I'm executor for my late aunt {name:f} (born {dob}, died {date}). She lived at {addr}. Her NI number was {natid:nino}. Which "
              "forms do I need for HMRC and the bank, and in what order?")),
    ("en-AU", ("Help me fill out the Lifeblood donor form, just check nothing's missing:\nName: {name}\nDOB: {dob}\nMobile: {phone}\nAddress: {addr}\n"
              "Last donation: {date}")),
    ("en-CA", ("Library card renewal for my dad {name2:m}, he's 81 and doesn't use email. Can you write a short note to the branch? His phone is "
              "{phone2}, address {addr2}. Mine is {email} if they need to reach someone.")),
    ("en-NZ", ("Marina berth application — can you make this sound more formal? Boat: 8.5m trailer sailer. Owner {name}, {addr}, ph {phone}. "
              "Pay by card {card} exp {exp}. Berth wanted from {date}.")),
    ("en-IE", ("Livery agreement for my mare, please tidy the wording. Owner: {name}, {addr}. Monthly fee €420 by standing order from {iban}. "
              "Vet on file: {org}, contact {name2} {phone2}.")),
    ("en-US", ("Applying for a non-resident fishing license online and the form times out. Can you format my details so I can paste them fast? "
              "{name}, DOB {dob}, SSN {ssn}, {addr}, card {card:plain}")),
    ("en-GB", ("Can you write a booking confirmation for a gig? Band contact {name} ({phone}, {email}), venue {org}, load-in {date:short} at {x:time}. "
              "Fee £650 to {iban:GB}. Rider: 2 mics, no fog machine.")),
    ("en", ("We drew the raffle tonight! Winner of the hamper is {name} from {town}, ticket #{n:100:999}. Can you write a short message to send to "
           "{phone}? Prize collection by {date:short}.")),
    ("en-US", ("School run carpool for next term, can you make a table?\n- {name} ({phone}) — {addr}, kid {first3:kid}\n- {name2} ({phone2}) — {addr2}, "
              "kid {first4:kid}\nMon/Wed {first}, Tue/Thu {first2}, Fri alternate.")),
    ("en-AU", ("I'm applying for the home battery rebate. Does this section read ok?\nApplicant: {name}\nProperty: {addr}\nContact: {email} / {phone}\n"
              "Installer: {org}\nInstallation date: {date}")),
    ("en-GB", ("My EV charging card was charged £86.40 for a session I never did. Card on the account: {card}. I'm {name}, {email}. The bogus "
              "session was on {date} at a charger in {town@b}. Help me word a dispute.")),
    ("en-GB", ("Guarantor form for my son's flat — can you check it's complete?\nGuarantor: {name2:m}\nDate of birth: {dob2}\nNI number: {natid2:nino}\n"
              "Address: {addr2}\nEmployer: {org}\nPhone: {phone2}\nTenant: {name3:m}")),
    ("en-US", ("I want to cancel a timeshare we bought on vacation, still inside the rescission window. Write the letter. Owners: {name} and {name2}, "
              "{addr}. Contract signed {date}. Deposit charged to {card:amex}. Phone {phone}.")),
    ("en-US", ("student loan deferment request, please make it concise: borrower {name}, SSN {ssn}, DOB {dob}, enrolled half-time at {org:college} "
              "since {date}. email {email}")),
    ("en-CA", ("Dental payment plan — can you make a table of 6 monthly payments of $318? Patient {name}, DOB {dob}. Card on file {card} "
              "exp {exp}. Clinic: {org:dental}.")),
    ("en-IE", ("Ordering contact lenses and the site keeps rejecting the form. Name {name}, DOB {dob}, {addr}, {email}, card {card:dash}, "
              "prescription from {org:practice} dated {date}. What's wrong with it?")),
    ("en-XX", ("I need a certified translation of my birth certificate for a visa. Can you prepare an English template from these fields? "
              "Name: {name}. Born {dob} in {town}. Father: {name2:m}. Mother: {name3:f}. {idname}: {natid}.")),
    ("en-NZ", ("Police report for a stolen bike — help me write the description. Owner {name}, {phone}, {addr}. Trek FX 3, frame no. {x:order}, "
              "taken from outside {org} on {date}.")),
    ("en-IN", ("Team offsite booking, please draft the confirmation mail. Contact {name}, {wemail}, {phone}. 22 people, {date}. Advance of ₹40,000 "
              "paid by card {card:rupay}. Company {org}.")),
    ("en-US", ("I was scammed into buying Apple gift cards for someone pretending to be my grandson. I'm {name}, {phone}, {email}. I paid with my "
              "card {card} on {date}. Help me write to the bank and the FTC.")),
    ("en-US", ("Our nanny {name2:f} starts {date}. I need to fill the W-4 / I-9 bits for household employment. Her SSN {ssn2}, address {addr2}. "
              "Employer: {name}, {addr}. What do I withhold?")),
    ("en-AU", ("Dive medical questionnaire, please check spelling:\nDiver: {name} ({dob})\nEmergency contact: {name2}, {phone2}\nEmail: {email}\n"
              "Trip: Lady Elliot Island, {date}")),
    ("en-IE", ("Baptism registration form for the parish office — is this complete? Child: {name3:baby}, born {dob3:baby}. Parents: {name:f} and "
              "{name2:m}, {addr}. Ceremony {date}. Contact {phone}.")),
    ("en-GB", ("Help me reply to HR about my settlement agreement. I'm {name}, leaving {org} on {date}. Personal email {email}, mobile {phone}. "
              "I want to ask for 3 months' pay instead of 2.")),
    ("en", ("Transferring my domain to a new registrar. Registrant: {name}, {email}, {phone:e164}, {addr}. The EPP auth code they sent is {pw:random} "
           "— where do I paste it? Old nameserver IPs were {ip:pub} and {ip:pub@b}.")),
    ("en-GB", ("eSIM activation failed. Account holder {name}, number {phone}, IMEI {imei}, email {email}. Shop said to contact support after "
              "{date:short}. Write a short complaint.")),
    ("en-US", ("grocery delivery complaint: order {x:order} delivered to {addr} was missing half the items. charged to card ending {last4}, full "
              "number {card} so they can find it. my phone {phone}")),
    ("en-ZA", ("Taxi overcharged me R480 from the airport to {town} on {date}. I paid by card {card}. Name {name}, cell {phone}. Write a complaint "
              "to the operator.")),
    ("en-IN", ("Chess tournament entry list, please sort by rating:\n{name} — 1840 — {email}\n{name2} — 1712 — {email2}\n{name3} — 1955 — {email3}\n"
              "Club: {org}. Deadline {date:short}.")),
    ("en-CA", ("Climbing gym waiver, can you check the emergency contact part reads fine? Member {name}, DOB {dob}, {email}. Emergency: "
              "{name2} ({phone2}).")),
    ("en-GB", ("Hearing aid repair request to the audiology dept: patient {name}, NHS number {natid:nhs}, {addr}, tel {phone}. Left aid stopped "
              "working {date}.")),
    ("en-US", ("Notes from my call with the bank about the lost card — turn into an email to myself:\ncard {card} — blocked\nnew card to {addr}\n"
              "verified with DOB {dob} and SSN {ssn:space}\ncase {x:ticket}")),
    ("en-US", ("Can you categorise these card transactions? (CSV)\ndate,card,merchant,amount\n{date:num},{card:plain},WHOLEFDS #10234,84.12\n"
              "{date:num@b},{card:plain},SHELL OIL 57442,51.30\n{date:num@c},{card:plain},SQ *CORNER BAKERY,9.75")),
    ("en-AU", "OCR of my receipt came out weird, can you fix it?\nTAX INVOICE  {org}\nCARD: {card:split}\nAPPROVED  {date:num} {x:time}\nTOTAL $142.60"),
    ("en-GB", ("Pawnbroker wants ID before buying my late mum's rings. Seller: {name}, {addr}, born {dob}, passport no {natid:nino}... "
              "sorry, that's my NI number. Phone {phone}. What else should I bring?")),
    ("en-US", "WhatsApp me the schedule? {waurl} — or just text {phone}. I'm {first}, the one organising the potluck on {date:short}."),
    ("en-US", "Please proofread my wedding invitation insert: RSVP to {name:f} & {name2:m} by {date}, {email} or {phone}. Registry: {purl}"),
    ("en-GB", ("Can you summarise this chat for the allotment? no wait, it's the coworking door thing:\n[{x:time}] {first}: new keypad code is {pw:pin}\n"
              "[{x:time}] {first2}: thanks! my card {card} was charged twice for March btw")),
    ("en-IN", "My Aadhaar-PAN linking failed. Name {name}, Aadhaar {natid:aadhaar}, DOB {dob}, mobile {phone}. The portal says 'name mismatch'. What now?"),
    ("en-ZA", "Help me fill in a FICA form for the estate agent: {name}, ID {natid}, {addrml}\nCell: {phone}\nEmail: {email}"),
    ("en-CA", "My SIN was on a letter mailed to the wrong unit. Name {name}, SIN {natid}, {addr}. Should I ask for a new one?"),
    ("en-XX", ("I'm opening a bank account here and they sent me a form in English. Check it?\nFull name: {name}\n{idname}: {natid}\nDate of birth: {dob}\n"
              "IBAN for salary: {iban}\nPhone: {iphone}")),
    ("en", "Card got declined three times at checkout: {card:amex} exp {exp}, billing zip matches. I'm {name}. Is it the card or the store?"),
    ("en-US", "Add these to my contacts in vCard format please:\n{name} — {phone} — {email} — {addr}\n{name2} — {phone2} — {email2}"),
    ("en-GB", ("JSON from our club's membership export looks broken, can you fix it?\n{{\"member\": \"{name}\", \"dob\": \"{dob:iso}\", \"email\": \"{email}\", "
              "\"card_on_file\": \"{card:plain}\", \"joined\": \"{date:iso}\"}}")),
    # --- more people's links, towns, SSNs and cards -------------------------------------------------------------
    ("en-US", ("Tax preparer intake sheet, please check the SSNs are in the right boxes:\nTaxpayer: {name}, SSN {ssn}\nSpouse: {name2}, SSN {ssn2}\n"
              "Dependent: {name3:kid}, SSN {ssn3}, DOB {dob3:kid}\nMoved from {town@b} to {town} in {date}.")),
    ("en-US", ("Volunteer coach background check consent — does this cover everything? {name}, DOB {dob}, SSN {ssn:plain}. Previous cities: {town}, "
              "{town@b}. Club: {org}.")),
    ("en-US", ("Someone opened a store card {card} in my name with my SSN {ssn}. I'm {name} in {town}, {phone}. Write the identity theft report and "
              "a freeze request.")),
    ("en-US", ("Rental application, make it a clean one-pager: {name}, SSN {ssn}, current address {addr}, previously in {town@b}. Employer {org}. "
              "Reference: {name2}, {phone2}. LinkedIn: {purl}")),
    ("en", "Write a speaker bio for our meetup in {town}: {name}, backend engineer at {org}. Links: {purl:a} and {purl:b}."),
    ("en", "Make me a short link-in-bio text: {name}, wedding photographer based in {town}. Portfolio {purl:a} · Instagram {purl:b} · WhatsApp {waurl}"),
    ("en-GB", "I've put my CV here: {purl}. Can you write a cover letter for a job at {org} in {town}? I currently live in {town@b}."),
    ("en", ("Trip plan, turn into a day-by-day list: fly {town} → {town@b} on {date}, stay with {name2} for three nights, then train to {town@c} "
           "on {date@b}. {first2}'s number is {phone2}.")),
    ("en-US", ("Corporate card reconciliation, make it a markdown table:\n{name} | {card} | exp {exp}\n{name2} | {card@b} | exp {exp@b}\n{name3} | "
              "{card:amex} | exp {exp@c}")),
    ("en", "Which of these cards should I close? Visa {card:visa}, Mastercard {card:mc}, and the store card {card@c}. I'm {name}, credit score 712."),
    ("de", "Kopfzeile für meinen Lebenslauf, bitte modern gestalten: {name} · {town} · {phone} · {email} · {purl}"),
    ("de", ("Kreditkartenabrechnung als CSV, bitte nach Händler summieren:\nkarte;datum;händler;betrag\n{card:plain};{date:num};Tankstelle;61,20\n"
           "{card:plain@b};{date:num@b};Baumarkt;143,99")),
    ("fr", "Peux-tu améliorer ma signature mail ? {name} — {org} — {town} — {purl}"),
    ("es", "Escríbeme una bio para el club de running de {town}: {name}, corre desde hace 10 años, Strava {purl}."),
    ("it", "Trasloco da {town} a {town@b} il {date}, ditta {org}. Mi scrivi una mail per chiedere il preventivo? Firmato {name}, {phone}."),
    ("nl", "Claim reisverzekering: {name} uit {town}, bagage gestolen in {town@b} op {date}. Uitbetalen op {iban}; de huurauto stond op kaart {card}."),
    ("pl", "Zaproszenie na wesele – popraw tekst: {name:f} i {name2:m} zapraszają na ślub w {town} dnia {date}. Potwierdzenie: {phone}, {purl}"),
    ("pt-BR", "Cria uma bio pro meu Instagram: {name} | confeiteira em {town} | encomendas {waurl} | site {purl}"),
    ("ja", "自己紹介文を作ってください：{name}、{town}在住、{org}勤務。ポートフォリオ：{purl}"),
    ("sv", "Skriv en kort presentation till föreningens hemsida: {name}, bor i {town}, jobbar på {org}. Länk: {purl}"),
    ("en-US", ("W-9 for a new freelance client, {org}: name {name}, SSN {ssn}, address {addr}. They also asked for my portfolio, it's {purl}. "
              "Anything else on the form I'm missing?")),
    ("en-US", "Helping my mom enroll in Medicare Part B. Her info: {name2:f}, born {dob2:f}, SSN {ssn2}. I'm {name}, {phone}. Write the cover note."),
    ("en-XX", "Splitting the holiday cottage: {name} already paid €600 from {iban}; {name2} owes €300, please send it to {iban@b} by {date:short}."),
    ("fr", "Mandat de prélèvement SEPA pour la cantine, vérifiez : débiteur {name}, {addr}, IBAN {iban}, date de signature {date}."),
    ("en", "Reference-check summary for a candidate: {name} (LinkedIn {purl:a}, GitHub {purl:b}), currently in {town}, referee {name2}, {email2}."),
    ("en-US", ("Payroll onboarding CSV, fix the date formats:\nname,ssn,dob,start\n{name},{ssn},{dob:num},{date:num}\n{name2},{ssn2},{dob2:num},{date:num@b}\n"
              "{name3},{ssn3:plain},{dob3:num},{date:num@c}")),
    ("en-US", "FAFSA help: student {name}, SSN {ssn}, DOB {dob}; contributor (parent) {name2}, SSN {ssn2}, {email2}. Which section does the parent's SSN go in?"),
    ("en-US", ("Life insurance beneficiary change form, please double-check: insured {name}, SSN {ssn:dash}. Primary beneficiary {name2}, SSN {ssn2:space}, "
              "{addr2}. Contingent: {name3}.")),
    ("en-GB", "Standing order for the rowing club subs: payee {org}, {iban:GB}, £18 monthly from my account {iban:GB@b}, starting {date}."),
    ("de", ("Mietkaution bitte zurücküberweisen – Text an die Hausverwaltung {org}: alte Bankverbindung {iban} ist gekündigt, neue IBAN {iban@b}. "
           "Mieterin: {name:f}, Auszug am {date}.")),
    ("nl", "Verdeel de kosten van het weekendhuisje: {name} betaalt naar {iban}, {name2} naar {iban@b}. Totaal €840."),
    ("es-ES", "Domiciliación de recibos de la comunidad de vecinos, ¿me haces la tabla?\n1.º A – {name} – {iban}\n2.º B – {name2} – {iban@b}\n3.º C – {name3} – {iban@c}"),
    ("it", "Bonifico per la caparra della casa vacanze: intestatario {name}, IBAN {iban:plain}, causale 'caparra {date:short}'. Mi scrivi il messaggio al proprietario?"),
    ("pl", "Napisz do spółdzielni: proszę o zwrot nadpłaty na konto {iban}. {name}, {addr}, tel. {phone}."),
    ("en", ("Our POS exported this for a refund, is the JSON valid?\n{{\"pan\": \"{card:plain}\", \"holder\": \"{holder}\", \"exp\": \"{exp}\", "
           "\"amount\": 42.50, \"auth\": \"{x:short_sha}\"}}")),
    ("en", "GDPR erasure request: the site still shows my old profile at {purl:a} and my blog at {purl:b}. I'm {name}, {email}. Write the request."),
    ("de", "Kannst du die Links in meiner Bewerbung prüfen? Portfolio {purl:a}, GitHub {purl:b}. Bewerbung bei {org} in {town}."),
    ("zh", "我的银联卡 {card:cup} 在 {date} 被盗刷了三笔，持卡人 {name}，手机 {phone}。帮我写一份给银行的说明。"),
    ("ja", "カード会社に不正利用の連絡をしたいです。カード番号 {card:jcb}、名義 {holder}、利用日 {date}。文面を作ってください。"),
    ("tr", "Troy kartımdan ({card:troy}) {date} tarihinde tanımadığım bir çekim yapıldı. Ad Soyad: {name}, telefon {phone}. Bankaya itiraz metni yazar mısın?"),
    ("en-US", "Amending last year's joint return: {name} (SSN {ssn}) and {name2} (SSN {ssn2}), {addr}. We forgot a 1099 from {org}. Which form and which line?"),
    # --- technical ------------------------------------------------------------------------------------------------
    ("en", ("Why does Ansible say 'unreachable'? inventory:\n[web]\n{ip:priv} ansible_user=deploy ansible_password={pw}\n{ip:priv@b} ansible_user=deploy "
           "ansible_become_pass={pw@b}\n[db]\n{ip:pub} ansible_ssh_private_key_file=~/.ssh/db_ed25519")),
    ("en", ("vault password file isn't picked up. ~/.vault_pass contains `{pw:phrase}` and ansible.cfg has vault_password_file = ~/.vault_pass. Running "
           "ansible-playbook site.yml -i hosts gives 'Decryption failed'.")),
    ("en", ("Vagrantfile won't boot:\nVagrant.configure(\"2\") do |config|\n  config.vm.box = \"bento/ubuntu-24.04\"\n  config.vm.network \"private_network\", "
           "ip: \"{ip:priv}\"\n  config.vm.provision \"shell\", inline: \"echo 'export VAGRANT_CLOUD_TOKEN={tok:hex32}' >> ~/.bashrc\"\nend")),
    ("en", ("ssh config not using the right key:\nHost bastion\n  HostName {ip:pub}\n  User {handle}\n  IdentityFile ~/.ssh/bastion\nHost db\n  HostName {ip:priv}\n"
           "  ProxyJump bastion\nand the key itself in case it's the format:\n{pem:openssh}")),
    ("en", ("Home Assistant secrets.yaml — is the indentation wrong?\nwifi_ssid: Attic\nwifi_password: \"{pw:wifi}\"\nmqtt_password: {pw}\n"
           "octopus_api_key: {tok:hex32}\ntelegram_bot_token: \"{tok:telegram}\"\nnas_ip: {ip:priv}")),
    ("en", "Caddy isn't getting certs. Caddyfile:\nfiles-{x:dom}.duckdns.org {{\n  reverse_proxy {ip:priv}:8096\n  tls {{\n    dns cloudflare {tok:cloudflare}\n  }}\n}}"),
    ("en", ("docker-compose for cloudflared keeps restarting:\nservices:\n  tunnel:\n    image: cloudflare/cloudflared:latest\n    command: tunnel run --token {tok:cf_tunnel}\n"
           "    restart: unless-stopped")),
    ("en", ("my crontab backup line stopped working after the upgrade:\n0 3 * * * mysqldump -h {ip:priv} -u backup -p'{pw}' shop | gzip > /srv/bk/shop.sql.gz && "
           "curl -fsS https://hc-ping.com/{x:uuid}")),
    ("en", "Sentry isn't receiving events from Django. settings.py:\nsentry_sdk.init(dsn=\"{sentry}\", traces_sample_rate=0.2)\nand in CI: SENTRY_AUTH_TOKEN={tok:sentry_auth}"),
    ("en", "Laravel mail not sending. .env:\nAPP_KEY={tok:laravel}\nMAIL_MAILER=mailgun\nMAILGUN_DOMAIN=mg.{x:dom}.io\nMAILGUN_SECRET={tok:mailgun}\nMAIL_FROM_ADDRESS={wemail}"),
    ("en", ("Twilio script sends nothing, no error:\nclient = Client(\"AC{x:md5}\", \"{tok:twilio_token}\")\nclient.messages.create(to=\"{phone:e164}\", "
           "from_=\"{phone2:e164}\", body=\"Your table is ready\")")),
    ("en", ("Is this client_secret.json valid? Google login returns invalid_client.\n{{\"web\":{{\"client_id\":\"{n:100000000000:999999999999}-{x:md5}.apps.googleusercontent.com\","
           "\"project_id\":\"booking-app-{n:1000:9999}\",\"client_secret\":\"{tok:gcp_secret}\",\"redirect_uris\":[\"https://app.{x:dom}.dev/auth/callback\"]}}}}")),
    ("en", ("Azure Service Bus connection fails with 401:\nEndpoint=sb://orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
           "SharedAccessKey={tok:azure_storage}")),
    ("en", ("Why does google-auth say the key is malformed? service account json:\n{{\n  \"type\": \"service_account\",\n  \"project_id\": \"analytics-{n:100:999}\",\n"
           "  \"private_key_id\": \"{x:sha1}\",\n  \"private_key\": \"{pemjson}\\n\",\n  \"client_email\": \"etl@analytics-{n:100:999}.iam.gserviceaccount.com\"\n}}")),
    ("en", "npm publish 403. ~/.npmrc:\n//registry.npmjs.org/:_authToken={tok:npm}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={tok:gh}"),
    ("en", "twine upload fails. ~/.pypirc:\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {tok:pypi}"),
    ("en", ("kubectl says x509 unknown authority. kubeconfig:\nclusters:\n- cluster:\n    server: https://{ip:pub}:6443\n    insecure-skip-tls-verify: false\n  name: k3s\n"
           "users:\n- name: admin\n  user:\n    client-key-data: {pemb64:ec}\n    token: {tok:jwt}")),
    ("en", "Redis connection refused from the worker: REDIS_URL=redis://:{pw:url}@{ip:priv}:6379/0 — the API container uses the same URL fine."),
    ("en", "mongo driver throws 'bad auth'. MONGODB_URI=mongodb+srv://{cred:appuser}@cluster0.{x:short_sha}.mongodb.net/shop?retryWrites=true&w=majority"),
    ("en", "Flutter app crashes on start. google-services.json (part):\n\"api_key\": [{{\"current_key\": \"{tok:google}\"}}],\n\"project_info\": {{\"project_number\": \"{n:100000000000:999999999999}\"}}"),
    ("en", "Is this tshark output showing a leak? \n  1 0.000000 {ip:priv} → {ip:pub} HTTP 412 GET /admin/ HTTP/1.1\n      Authorization: Basic {basic:admin}\n  2 0.041 {ip:pub} → {ip:priv} HTTP 200 OK"),
    ("en", ("Review my nftables rules? Only my home IP should reach ssh:\ntable inet filter {{\n  chain input {{\n    type filter hook input priority 0;\n"
           "    ip saddr {ip:pub} tcp dport 22 accept\n    ip6 saddr {ip:v6} tcp dport 22 accept\n    tcp dport 22 drop\n  }}\n}}")),
    ("en", ("dnsmasq log, which device is spamming DHCP?\ndnsmasq-dhcp[812]: DHCPREQUEST(br0) {ip:priv} {x:mac}\ndnsmasq-dhcp[812]: DHCPACK(br0) {ip:priv} {x:mac} "
           "LivingRoom-TV\ndnsmasq-dhcp[812]: DHCPREQUEST(br0) {ip:priv@b} {x:mac@b}")),
    ("en", ("nmap of my home connection from a VPS, anything scary?\nNmap scan report for {ip:pub}\nPORT     STATE SERVICE\n22/tcp   open  ssh\n8123/tcp open  "
           "polariscope? \n32400/tcp open plex")),
    ("en", ("Wazuh alert, is this a real intrusion?\n{{\"rule\":{{\"level\":10,\"description\":\"sshd: brute force\"}},\"agent\":{{\"name\":\"web-02\",\"ip\":\"{ip:priv}\"}},"
           "\"data\":{{\"srcip\":\"{ip:pub}\",\"dstuser\":\"root\"}}}}")),
    ("en", ("Suricata flagged this, explain?\n{{\"timestamp\":\"2026-01-12T03:14:55.201+0000\",\"event_type\":\"alert\",\"src_ip\":\"{ip:pub}\",\"src_port\":51544,"
           "\"dest_ip\":\"{ip:priv}\",\"dest_port\":445,\"alert\":{{\"signature\":\"ET SCAN SMB\"}}}}")),
    ("en", ("CloudTrail event — who did this?\n{{\"eventName\":\"CreateAccessKey\",\"sourceIPAddress\":\"{ip:pub}\",\"userIdentity\":{{\"type\":\"IAMUser\","
           "\"userName\":\"{email}\",\"accessKeyId\":\"{tok:aws_id}\"}},\"recipientAccountId\":\"{x:awsacct}\"}}")),
    ("en", "terraform plan shows the token in clear text, how do I hide it?\nprovider \"hcloud\" {{\n  token = \"{tok:b64_40}\"\n}}\nprovider \"digitalocean\" {{\n  token = \"{tok:do}\"\n}}"),
    ("en", ("Kubernetes secret not mounting:\napiVersion: v1\nkind: Secret\nmetadata:\n  name: shop-db\ntype: Opaque\nstringData:\n  DB_PASSWORD: \"{pw}\"\ndata:\n"
           "  STRIPE_KEY: {b64:stripe}")),
    ("en", ("This notebook cell worked yesterday:\n{{\"cell_type\": \"code\", \"source\": [\"import os\\n\", \"os.environ['OPENAI_API_KEY'] = '{tok:openai}'\\n\", "
           "\"client = OpenAI()\"], \"outputs\": []}}")),
    ("en", ("Crash dump from the worker, the env got printed:\nTraceback (most recent call last):\n  File \"/app/worker.py\", line 88, in run\nKeyError: 'order_id'\n"
           "ENV: DATABASE_URL=postgres://{cred:shop}@{ip:priv}:5432/shop STRIPE_SECRET_KEY={tok:stripe} HOSTNAME=worker-{x:short_sha}")),
    ("en", ("GitHub Actions printed my token even though it's a secret?\nRun ./deploy.sh\n+ curl -H 'Authorization: Bearer {tok:ghs}' https://api.github.com/repos/acme/site/deployments\n"
           "{{\"message\":\"Bad credentials\"}}")),
    ("en", ("cleaning up my shell history before sharing a screen recording — which lines should go?\n  501  export HF_TOKEN={tok:hf}\n  502  mysql -h {ip:priv} -u app -p'{pw}'\n"
           "  503  ssh {handle}@{ip:pub}\n  504  git pull")),
    ("en", "net use keeps failing on the office PC: net use Z: \\\\{ip:priv}\\scans /user:SCAN\\scanner {pw} /persistent:yes — error 86."),
    ("en", ("PowerShell remoting script:\n$pw = ConvertTo-SecureString \"{pw:random}\" -AsPlainText -Force\n$cred = New-Object PSCredential(\"CORP\\svc_patch\", $pw)\n"
           "Invoke-Command -ComputerName {ip:priv} -Credential $cred -ScriptBlock {{ Get-HotFix }}")),
    ("en", ("Spring Boot can't connect:\nspring.datasource.url=jdbc:postgresql://{ip:priv}:5432/billing\nspring.datasource.username=billing\n"
           "spring.datasource.password={pw}\nspring.mail.password={tok:sendgrid}")),
    ("en", ("appsettings.json for the .NET API, the connection string gives 'login failed':\n\"ConnectionStrings\": {{ \"Default\": \"Server={ip:priv},1433;Database=Crm;"
           "User Id=crm_app;Password={pw:random};TrustServerCertificate=True\" }}")),
    ("en", ("cargo publish says unauthorized. ~/.cargo/credentials.toml:\n[registry]\ntoken = \"{tok:cargo}\"\nand ~/.netrc for the private Go modules:\n"
           "machine git.{x:dom}.io login ci password {tok:glpat}")),
    ("en", ("NuGet restore 401:\n<packageSourceCredentials>\n  <internal>\n    <add key=\"Username\" value=\"build\" />\n    <add key=\"ClearTextPassword\" value=\"{pw:random}\" />\n"
           "  </internal>\n</packageSourceCredentials>")),
    ("en", "Postfix relay through SendGrid doesn't authenticate. /etc/postfix/sasl_passwd:\n[smtp.sendgrid.net]:587 apikey:{tok:sendgrid}\nDid I forget postmap?"),
    ("en", "ldapsearch works from my laptop but not from the server:\nldapsearch -x -H ldap://{ip:priv} -D \"cn=admin,dc=corp,dc=lan\" -w '{pw}' -b \"dc=corp,dc=lan\" \"(uid={handle})\""),
    ("en", "Elasticsearch health check from the jump box: curl -k -u elastic:{pw:url} https://{ip:priv}:9200/_cluster/health — returns 401 only from cron."),
    ("en", "Proxmox terraform provider auth error. provider config:\npm_api_url = \"https://{ip:priv}:8006/api2/json\"\npm_api_token = \"{pve}\""),
    ("en", "~/.git-credentials got committed to my dotfiles repo by accident:\nhttps://{cred:name}@github.com\nhttps://oauth2:{tok:glpat}@gitlab.com\nHow do I purge it from history?"),
    ("en", "zigbee2mqtt won't start after I copied the config:\nmqtt:\n  server: mqtt://{ip:priv}\n  user: z2m\n  password: {pw}\nadvanced:\n  network_key: {zigbee}\n  pan_id: 6754"),
    ("en", "Make a QR code for guests from this string? WIFI:T:WPA;S:Gastnetz;P:{pw:wifi};;"),
    ("en", "Authenticator migration: the otpauth link is otpauth://totp/Shop:{email}?secret={tok:totp}&issuer=Shop and the backup codes are:\n{recovery}"),
    ("en", ("Bitwarden export (CSV) has duplicates, dedupe it?\nfolder,type,name,login_uri,login_username,login_password\n,login,Bank,https://online.{x:dom}.com,{email},{pw}\n"
           ",login,Router,http://{ip:priv},admin,{pw@b}\n,login,Bank,https://online.{x:dom}.com,{email},{pw}")),
    ("en", "OpenWrt: `uci show wireless` output, why isn't 5GHz up?\nwireless.default_radio1.ssid='Loft5G'\nwireless.default_radio1.encryption='sae-mixed'\nwireless.default_radio1.key='{pw:wifi}'\nwireless.radio1.disabled='1'"),
    ("en", "Next.js server action can't write to Supabase. .env.local:\nNEXT_PUBLIC_SUPABASE_URL=https://{x:short_sha}xyz.supabase.co\nSUPABASE_SERVICE_ROLE_KEY={tok:supabase_service}"),
    ("en", "systemd unit has the key inline, is there a better way?\n[Service]\nEnvironment=\"DD_API_KEY={tok:datadog}\"\nEnvironment=\"NEW_RELIC_API_KEY={tok:newrelic}\"\nExecStart=/usr/local/bin/agent"),
    ("en", "Our Odoo instance emails fail. odoo.conf:\n[options]\nadmin_passwd = {pw:random}\ndb_host = {ip:priv}\ndb_password = {pw}\nsmtp_password = {tok:mailgun_old}"),
    ("en", "rsync daemon denies me: /etc/rsyncd.secrets contains\nbackup:{pw}\nand the client runs RSYNC_PASSWORD='{pw}' rsync -av /data backup@{ip:pub}::vault"),
    ("en", "Tailscale subnet router setup — which of these is wrong?\ntailscale up --authkey={tok:tailscale} --advertise-routes=192.168.0.0/24\nmy tailnet IP is {ip:cgnat}, LAN box is {ip:priv}"),
    ("en", "ngrok config v3:\nversion: \"3\"\nagent:\n  authtoken: {tok:ngrok}\ntunnels:\n  web:\n    proto: http\n    addr: {ip:priv}:3000"),
    ("en", "Our Slack alert stopped posting: SLACK_WEBHOOK={slackhook} and SLACK_BOT_TOKEN={tok:slack_bot}. Did Slack rotate something?"),
    ("en", "linear + notion sync script 401s:\nLINEAR_API_KEY={tok:linear}\nNOTION_TOKEN={tok:notion}\nAIRTABLE_PAT={tok:airtable}"),
    ("en", ("Which of these do I rotate first after the laptop theft? ~/.config/env:\nGROQ_API_KEY={tok:groq}\nANTHROPIC_API_KEY={tok:anthropic}\nREPLICATE_API_TOKEN={tok:replicate}\n"
           "AGE key: {tok:age}")),
    ("en", "Docker login in CI: echo \"{tok:docker}\" | docker login -u {handle} --password-stdin — works locally, fails on the runner with 'unauthorized'."),
    ("en", "Vault CLI: export VAULT_ADDR=https://{ip:priv}:8200 ; export VAULT_TOKEN={tok:vault} ; vault kv get secret/shop → permission denied. Policy issue?"),
    ("en", ("Grafana provisioning datasource for Postgres:\ndatasources:\n  - name: shop\n    type: postgres\n    url: {ip:priv}:5432\n    user: grafana\n"
           "    secureJsonData:\n      password: '{pw}'\nservice account token: {tok:grafana}")),
    ("en", "iOS GoogleService-Info.plist — is the API key supposed to be here?\n<key>API_KEY</key>\n<string>{tok:google}</string>\n<key>GCM_SENDER_ID</key>\n<string>{n:100000000000:999999999999}</string>"),
    ("en", "Shopify app install fails. .env:\nSHOPIFY_API_SECRET={tok:hex32}\nSHOPIFY_ADMIN_TOKEN={tok:shopify}\nSQUARE_ACCESS_TOKEN={tok:square}"),
    ("en", "Databricks job can't read the secret scope. I tested with: curl -H \"Authorization: Bearer {tok:databricks}\" https://adb-{n:1000000000:9999999999}.azuredatabricks.net/api/2.0/clusters/list"),
    ("en", ("Zeek conn.log lines, what's this long connection?\n#fields ts uid id.orig_h id.orig_p id.resp_h id.resp_p proto duration\n1736658001.22 C{x:short_sha} {ip:priv} 50412 {ip:pub} 4444 tcp 3612.8\n"
           "1736658003.90 C{x:short_sha@b} {ip:ula} 51010 {ip:v6} 443 tcp 2.1")),
]

_PII_XX: list[tuple[str, str]] = [
    # German (DE/AT/CH)
    ("de", ("Ich habe ein Schreiben von einem Inkassobüro bekommen (Az. {x:order}), angeblich offene 312 € bei einem Handyvertrag. Bitte formuliere einen "
           "Widerspruch. Absender: {name}, {addr}. Das Schreiben ist vom {date}. Antwort bitte an {email}.")),
    ("de", ("Kannst du mir helfen, die Nachlassliste meiner Mutter zu ordnen? Erblasserin: {name:f}, geb. {dob:f}, zuletzt wohnhaft {addr}. Konto bei der "
           "{org}: {iban}. {idname}: {natid}.")),
    ("de-DE", ("Fahrraddiebstahl an die Hausratversicherung melden – bitte Text schreiben. VN: {name}, {addr}, Tel. {phone}. Rahmennummer {x:order}, "
              "gestohlen am {date} vor der {org}. Erstattung bitte auf {iban}.")),
    ("de", ("Antrag auf Förderung für die Wärmepumpe – stimmt das so?\nAntragsteller: {name}\nAnschrift: {addrml}\nGeburtsdatum: {dob}\nE-Mail: {email}\n"
           "Bankverbindung: {iban}")),
    ("de", ("Unser Chor-Probenwochenende: Teilnehmerliste als Tabelle bitte.\n{name}, {phone}, Sopran\n{name2}, {phone2}, Alt\n{name3}, {phone3}, Bass\n"
           "Anzahlung 80 € bis {date:short} an {iban}")),
    ("de-AT", "Meldezettel-Daten für die neue Wohnung, bitte ordentlich formatieren: {name}, geboren {dob} in {town@b}, SV-Nr. {natid}, neue Adresse {addr}."),
    ("de-CH", ("Kannst du das Formular für den Bootsplatz am See prüfen? Mieter: {name}, {addr}, {phone}, AHV {natid}. Kreditkarte für die Jahresgebühr: "
              "{card} (gültig bis {exp}).")),
    ("de", "Fehler in meiner .env? Die Mails gehen nicht raus.\nSMTP_HOST=smtp.{x:dom}.de\nSMTP_USER={wemail}\nSMTP_PASS={pw}\n# Passwort für den Testaccount: {pw@b}"),
    ("de", ("Hab die Zugangsdaten für die FritzBox vergessen und nur noch diese Notiz: Kennwort {pw:word}, WLAN-Schlüssel {pw:wifi}, feste IP vom Anbieter "
           "{ip:pub}. Wie setze ich das zurück, ohne alles zu verlieren?")),
    # French (FR/BE/CH)
    ("fr", ("Aidez-moi à contester une mise en demeure d'une société de recouvrement (réf. {x:order}). Je suis {name}, {addr}. La lettre est datée du "
           "{date}. Mon téléphone : {phone}.")),
    ("fr", "Formulaire de don du sang, pouvez-vous vérifier ? Nom : {name}\nNé(e) le : {dob}\nN° de sécurité sociale : {natid}\nAdresse : {addr}\nPortable : {phone}"),
    ("fr-FR", ("Déclaration PACS : on doit remplir la convention. Partenaire 1 : {name:f}, née le {dob:f}, {natid}. Partenaire 2 : {name2:m}, né le {dob2:m}. "
              "Domicile commun : {addr}. Rendez-vous en mairie le {date}.")),
    ("fr", ("Location d'une place au port de plaisance : merci de reformuler ce mail. Propriétaire {name}, {email}, {phone}. Paiement par carte {card:dot} "
           "exp. {exp}. Arrivée prévue le {date}.")),
    ("fr", "Mon fichier wp-cli ne marche plus :\nwp config set DB_PASSWORD '{pw}'\nwp user update {handle} --user_pass='{pw:random}'\nserveur : {ip:pub}"),
    ("fr-BE", ("Pouvez-vous traduire en néerlandais ma demande de carte de riverain ? {name}, {addr}, registre national {natid}, plaque 1-ABC-{n:100:999}, "
              "tél. {phone}.")),
    # Spanish (ES/MX/AR)
    ("es-ES", ("Tengo un apartamento turístico y tengo que mandar el parte de viajeros a la Policía. ¿Me lo pasas a tabla?\nViajero 1: {name}, {idname} {natid}, "
              "nacido el {dob}\nViajero 2: {name2}, {natid2}, {dob2}\nEntrada: {date}")),
    ("es", ("Ayúdame a responder a una agencia de recobro que me reclama 540 € de una tarjeta que nunca tuve. Datos: {name}, {addr}, {idname}: {natid}, "
           "correo {email}. Carta del {date}.")),
    ("es-ES", ("Solicitud de licencia de caza, ¿está bien redactado? Solicitante: {name}, DNI {natid}, nacido el {dob}, {addr}, móvil {phone}. Tasa pagada "
              "con la tarjeta {card}.")),
    ("es-MX", ("Hazme una tabla para la cooperación de la posada del edificio:\n{name} — {phone} — depto 3B\n{name2} — {phone2} — depto 5A\nTransferencia a la "
              "tarjeta {card} antes del {date:short}.")),
    ("es-AR", "Necesito reclamar un débito que no reconozco en mi tarjeta {card} del {date}. Soy {name}, {idname} {natid}, celular {phone}. ¿Cómo lo redacto?"),
    ("es", "Mi script de Python para el bot de Telegram no arranca:\nTOKEN = \"{tok:telegram}\"\nADMIN_CHAT = {n:10000000:99999999}\n# contraseña de la base: {pw}"),
    # Italian
    ("it", ("Devo caricare la schedina su Alloggiati Web per gli ospiti di stasera, me la prepari?\nCognome/Nome: {rev}\nNato il {dob} a {town@b}\n"
           "Documento: {natid}\nCognome/Nome: {rev2}\nNata il {dob2:f}\nArrivo: {date}")),
    ("it", ("Domanda per il bonus caldaia, controlla i dati: richiedente {name}, codice fiscale {natid}, residente in {addr}, IBAN per l'accredito {iban}, "
           "email {email}.")),
    ("it", "Iscrizione all'associazione donatori di sangue per mio figlio {name2:m}, nato il {dob2:m}, CF {natid2}. Il mio numero è {phone}."),
    ("it", ("Nel file config.php di Nextcloud ho messo la password della mail in chiaro, va bene?\n'mail_smtppassword' => '{pw}',\n'dbpassword' => '{pw:random}',\n"
           "'trusted_domains' => array('{ip:priv}', 'cloud.{x:dom}.it'),")),
    # Dutch (NL/BE)
    ("nl", "Kun je een bezwaarbrief aan een incassobureau opstellen? Ik ben {name}, {addr}. Kenmerk {x:order}, brief van {date}. Ik heb al betaald via {iban}."),
    ("nl-NL", "Aanvraag ligplaats jachthaven, check even:\nNaam: {name}\nGeboortedatum: {dob}\nBSN: {natid}\nAdres: {addrml}\nTel: {phone}"),
    ("nl", ("Mijn docker-compose voor Home Assistant, klopt dit?\n  mariadb:\n    environment:\n      MYSQL_ROOT_PASSWORD: {pw}\n      MYSQL_PASSWORD: {pw@b}\n"
           "    networks:\n      lan:\n        ipv4_address: {ip:priv}")),
    # Portuguese (PT/BR)
    ("pt", "Preciso de uma carta para o senhorio a pedir a devolução da caução. Sou {name}, NIF {natid}, morada {addr}. Saída da casa em {date}. IBAN: {iban}."),
    ("pt-BR", "Me ajuda a montar a lista do consórcio da vaquinha? Chaves Pix:\n{name} — {phone}\n{name2} — {email2}\n{name3} — CPF {natid3}\nVencimento {date:short}."),
    ("pt-BR", "Recebi cobrança indevida no cartão {card:elo} em {date}. Nome {name}, CPF {natid}, celular {phone}, endereço {addr}. Escreve a contestação?"),
    ("pt-BR", ("Meu app React Native não conecta no Firebase. firebaseConfig:\napiKey: \"{tok:google}\",\nauthDomain: \"loja-{x:short_sha}.firebaseapp.com\",\n"
              "e no backend: FIREBASE_SERVER_KEY={tok:firebase_fcm}")),
    # Polish
    ("pl", "Pomóż mi odpisać firmie windykacyjnej (sygnatura {x:order}). Dane: {name}, PESEL {natid}, {addr}. Pismo z dnia {date}. Kontakt: {email}."),
    ("pl", "Wniosek o kartę wędkarską – sprawdź proszę:\nImię i nazwisko: {name}\nData urodzenia: {dob}\nPESEL: {natid}\nAdres: {addrml}\nTelefon: {phone}"),
    ("pl", "Wniosek o Kartę Dużej Rodziny dla dzieci: {name2:kid} (PESEL {natid2:kid}), {name3:kid} (PESEL {natid3:kid}). Rodzic: {name}, tel. {phone}."),
    # Nordic
    ("sv", "Kan du skriva en anmälan om cykelstöld? Jag heter {name}, personnummer {natid}, bor på {addr}. Cykeln försvann {date}. Mobil {phone}."),
    ("sv", "Ansökan om båtplats i hamnen, kolla att allt är med: {name}, {addr}, {email}, {phone}. Avgiften dras från kortet {card} ({exp})."),
    ("no", "Søknad om båtplass – kan du rette språket? Søker: {name}, fødselsnummer {natid}, {addr}, mobil {phone}. Ønsker plass fra {date}."),
    ("da", "Indmeldelse i lystfiskerforeningen – er formularen korrekt udfyldt?\nNavn: {name}\nCPR: {natid}\nAdresse: {addr}\nMail: {email}\nBetaling: kort {card:dankort}"),
    ("fi", "Taloyhtiön saunavuorolista, tee taulukko:\nA 4: {name}, {phone}\nB 12: {name2}, {phone2}\nC 7: {name3}, {phone3}\nIsännöitsijä: {org}"),
    ("fi", "Kalastuslupahakemus – tarkista tiedot: {name}, hetu {natid}, {addr}, puh. {phone}, sähköposti {email}."),
    ("is", "Getur þú lagað þessa umsókn um sundkort? Nafn: {name}, kennitala {natid}, heimili {addr}, sími {phone}."),
    # Central/Eastern Europe
    ("cs", "Pomůžete mi napsat odpor proti exekuci? Jsem {name}, rodné číslo {natid}, bytem {addr}. Výzva ze dne {date}, č. j. {x:order}. Tel. {phone}."),
    ("cs", "Přihláška do rybářského svazu – je to vyplněné správně?\nJméno: {name}\nDatum narození: {dob}\nRodné číslo: {natid}\nBydliště: {addr}\nE-mail: {email}"),
    ("sk", "Prihláška do knižnice pre dcéru {name2:kid:f}, narodená {dob2:kid:f}. Zákonný zástupca: {name}, {addr}, tel. {phone}, e-mail {email}."),
    ("hu", ("Segítenél megfogalmazni egy kezesi nyilatkozatot az albérlethez? Kezes: {name}, született {dob}, adóazonosító jel {natid}, lakcím {addr}, "
           "telefon {phone}.")),
    ("hu", "Horgászengedély igénylés, nézd át: {name}, {addr}, {email}, bankkártya {card} lejárat {exp}."),
    ("ro", "Cerere de înscriere la donarea de sânge, verifică te rog: Nume: {name}, CNP {natid}, domiciliu {addr}, telefon {phone}, programare {date}."),
    ("ro", ("Am primit o notificare de la o firmă de recuperare creanțe. Scrie un răspuns: sunt {name}, {addr}, e-mail {email}. Suma a fost plătită pe {date} "
           "din contul {iban}.")),
    ("tr", "Sitenin aidat tablosunu düzenler misin?\nDaire 4 – {name} – {phone}\nDaire 9 – {name2} – {phone2}\nYönetici: {name3}, IBAN {iban}"),
    ("tr", "Kargo firmasına şikâyet yazısı lazım: gönderi {x:order}, alıcı {name}, {addr}, tel {phone}. Teslim tarihi {date} olarak görünüyor ama paket gelmedi."),
    ("el", "Μπορείς να ελέγξεις την αίτηση για άδεια αλιείας; Ονοματεπώνυμο: {name}, ΑΜΚΑ {natid}, διεύθυνση {addr}, κινητό {phone}."),
    ("el", "Δήλωση κλοπής ποδηλάτου στην αστυνομία – γράψε μου ένα κείμενο. Είμαι {name}, μένω στην {addr}, τηλ. {phone}. Κλάπηκε στις {date}."),
    ("ru", "Помогите составить заявление в ТСЖ о протечке. Заявитель: {fio}, {addr}, тел. {phone}, e-mail {email}. Протечка обнаружена {date}."),
    ("ru", "Заявление на возврат денег за товар: {fio}, СНИЛС {natid:snils}, карта {card:mir}, покупка от {date}. Оформи красиво."),
    ("uk", "Допоможи написати заяву до ОСББ про заміну лічильника. Мешканка: {fio:f}, {addr}, тел. {phone}. РНОКПП {natid}."),
    ("uk", "Мій .env для бота, чому не працює?\nBOT_TOKEN={tok:telegram}\nDB_URL=postgresql://{cred:bot}@{ip:priv}:5432/bot\nADMIN_PHONE={phone:e164}"),
    ("bg", "Провери заявлението за абонамент за паркиране: {fio}, ЕГН {natid}, адрес {addr}, тел. {phone}, e-mail {email}."),
    ("sr", "Пријава за чланство у библиотеци: {name}, ЈМБГ {natid}, адреса {addr}, телефон {phone}. Да ли је све уредно?"),
    ("hr", "Trebam prijaviti goste u eVisitor, složi mi podatke:\n{name}, rođen {dob}, {natid}\n{name2}, {dob2}\nDolazak {date}, apartman {addr3}"),
    ("sl", "Vpis v knjižnico za sina {name2:kid:m}, EMŠO {natid2:kid:m}. Starš: {name}, {addr}, {phone}."),
    ("lt", "Padėk parašyti prašymą dėl kompensacijos už saulės elektrinę: {name}, asmens kodas {natid}, {addr}, tel. {phone}, sąskaita {iban}."),
    ("lv", "Lūdzu pārbaudi pieteikumu laivu piestātnei: {name}, personas kods {natid}, {addr}, tālr. {phone}, e-pasts {email}."),
    ("et", "Palun vaata üle avaldus korteriühistule: {name}, isikukood {natid}, {addr}, telefon {phone}, arveldusarve {iban}."),
    ("ca", "Sol·licitud d'ajut per a plaques solars, revisa-ho si us plau: {name}, {idname} {natid}, {addr}, telèfon {phone}, compte {iban}."),
    # Non-Latin scripts and Asia
    ("ja", "年賀状の宛名リストを表にしてください。\n{name} 様 {addr}\n{name2} 様 {addr2}\n{name3} 様 {addr3}"),
    ("ja", "賃貸の連帯保証人の書類を確認してください。保証人：{name2}、生年月日：{dob2}、住所：{addr2}、電話：{phone2}。契約者：{name}。"),
    ("ja", "確定申告の医療費控除、入力内容これで合ってますか？氏名 {name}、マイナンバー {natid}、住所 {addr}、支払日 {date}。"),
    ("zh", "帮我写一封租房押金退还的邮件：房客 {name}，身份证号 {natid}，地址 {addr}，退租日期 {date}，手机 {phone}。"),
    ("zh", "整理一下快递收件信息：\n收件人：{name}\n电话：{phone}\n地址：{addr}\n备注：工作日送到 {org}"),
    ("zh", "这个 nginx 配置为什么 502？\nupstream api {{ server {ip:priv}:8080; }}\nlocation / {{ proxy_set_header Authorization \"Bearer {tok:jwt}\"; proxy_pass http://api; }}"),
    ("ko", "청첩장 문구 다듬어 주세요. 신랑 {name:m}, 신부 {name2:f}. {date} 오후 1시, 한빛웨딩홀({town}). 연락처 {phone}. 참고로 식장 예약금은 카드 {card}로 결제했어요."),
    ("ko", "전입신고 서류 확인 부탁드립니다. 성명: {name}, 주민등록번호: {natid}, 새 주소: {addr}, 전화: {phone}."),
    ("he", "אפשר לעבור על טופס ההרשמה לחוג? שם ההורה: {name}, ת.ז. {natid}, כתובת: {addr}, טלפון: {phone}, אימייל: {email}."),
    ("he", "תנסח לי מכתב לוועד הבית על הרטיבות. אני {name}, {addr}. הבעיה התחילה ב-{date}. טלפון {phone}."),
    ("ar", "ساعدني في كتابة شكوى للبنك بخصوص عملية لم أقم بها على البطاقة {card} بتاريخ {date}. الاسم: {name}، رقم الهوية: {natid}، الهاتف: {phone}."),
    ("ar", "راجع عقد الإيجار من فضلك: المستأجر {name}، رقم الهوية {natid}، العنوان {addr}، البريد {email}، الآيبان {iban}."),
    ("hi", "किरायेदार सत्यापन फॉर्म भरने में मदद करें: किरायेदार {name}, जन्म तिथि {dob}, आधार {natid}, पता {addr}, मोबाइल {phone}।"),
    ("th", "ช่วยตรวจใบสมัครสมาชิกสหกรณ์ให้หน่อย ชื่อ คุณ{name} เลขประจำตัวประชาชน {natid} ที่อยู่ {addr} โทร {phone}"),
    ("vi", "Giúp mình điền tờ khai đăng ký tạm trú: Họ tên {name}, CCCD {natid}, ngày sinh {dob}, địa chỉ {addr}, SĐT {phone}."),
    ("vi", "Mình bị trừ tiền thẻ {card} ngày {date} mà không mua gì. Tên {name}, email {email}. Viết giúp mình đơn khiếu nại gửi ngân hàng."),
    ("id", "Tolong rapikan surat permohonan pengembalian dana: nama {name}, NIK {natid}, alamat {addr}, HP {phone}, kartu {card}."),
    ("id", "Config aplikasi Android saya, aman tidak?\nMIDTRANS_SERVER_KEY={tok:midtrans}\nDB_PASSWORD={pw}\nAPI_HOST={ip:pub}"),
]

FRESH11_PII: list[tuple[str, str]] = _PII_EN + _PII_XX

FRESH11_NEGATIVE: list[tuple[str, str]] = [
    ("en", "Stripe test mode: why is {x:testcard} approved but 4000 0000 0000 0002 declined? I thought all test cards succeed."),
    ("en", "How does the Luhn check work? Walk me through it with {x:testcard} and show why changing the last digit breaks it."),
    ("en", "My UPS tracking number {x:ups} has said 'label created' for four days. Does that mean the parcel never left the warehouse?"),
    ("en", "USPS tracking {x:usps} shows 'in transit, arriving late'. Is that number too long to be a real one? It has 22 digits."),
    ("en", "Is ISBN {x:isbn} the hardback or the paperback edition of The Left Hand of Darkness? And how is the check digit computed?"),
    ("en", "Scanning barcodes in my inventory app: EAN {x:ean} is read as an ISBN. How do I tell the two apart in code?"),
    ("en", "Our docs use {x:docip4} and {x:docip6} for examples. Are those safe to publish, and which ranges are reserved for documentation?"),
    ("en", "Should my router use {x:resolver} or my ISP's DNS? Which is faster in Europe in general?"),
    ("en", "Why can't my Flask app be reached from another device when it binds to 127.0.0.1 but works with 0.0.0.0?"),
    ("en", "How many usable hosts are in {x:range}? And what's the netmask {x:netmask} in CIDR?"),
    ("en", "What is {x:metadata} and why do SSRF write-ups always mention it?"),
    ("en", "Windows says my build is {x:winbuild}. Is that 23H2 or 24H2? My script mistakes it for an IP address."),
    ("en", "What changed between Node {x:ver} and {x:ver@b}? Our lockfile also has {x:semver_range} for react, is that risky?"),
    ("en", "Pin this image by digest instead of tag: postgres@{x:docker_digest}. How do I find the digest for 16.4-alpine?"),
    ("en", "git bisect says {x:sha1} is the first bad commit but the diff is only a comment change. How can that be?"),
    ("en", "Our logs show request id {x:reqid} and pod {x:pod} for the failing call. How do I correlate them in Loki?"),
    ("en", "The IAM role ARN is arn:aws:iam::{x:awsacct}:role/ci-deploy. What must the trust policy contain for GitHub OIDC?"),
    ("en", "Is it a problem that {x:pkpub} is visible in my frontend bundle? It's the publishable one, not the secret key."),
    ("en", "Is it safe to paste my public key in a forum post? It starts {x:pkey}"),
    ("en", "The docs say to set the key to {x:ph}. What should the real value look like, roughly, and where do I get it?"),
    ("en", "Decode this JWT from the jwt.io homepage and explain each part: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
    ("en", "Why is 078-05-1120 called the most misused Social Security number in history?"),
    ("en", "Write a regex that validates IBANs and test it on {x:dociban}."),
    ("en", "In a screenplay, which phone numbers can I show on screen? Is {x:fakephone} one of the safe ones?"),
    ("en", "MAC {x:mac} shows up on my network scan. How do I look up the vendor from the OUI?"),
    ("en", "What does {x:cve} affect, and is the {x:rfc} reference in the advisory relevant?"),
    ("en", "The form's example row says {x:phperson}, {x:exemail}. Should I keep sample data like that in production templates?"),
    ("en", "Who designed the Sydney Opera House and why did it take so long to build?"),
    ("en", "Compare Marie Curie's and Lise Meitner's contributions to nuclear physics in a short table."),
    ("en", "Order {x:order} arrived damaged, invoice {x:invoice}. What's the usual return window for electronics in the EU?"),
    ("en", "Convert these prices to euros: {x:price}, {x:price@b}, {x:price@c}."),
    ("en", "WireGuard peer config from the tutorial:\n[Peer]\nPublicKey = {x:wgpub}\nEndpoint = {x:docip4}:51820\nAllowedIPs = 0.0.0.0/0\nWhy do they leave out the private key?"),
    ("en", "Which SNMP OID is {x:oid}, and why does my monitoring show it as a counter?"),
    ("en", "Royal Mail tracking {x:royalmail} says 'we have your item'. How long does international tracked usually take?"),
    ("de", "Wie funktioniert die Prüfziffer bei der IBAN? Erklär es an {x:dociban}."),
    ("de", "Wer war Konrad Zuse und warum gilt die Z3 als erster Computer?"),
    ("de", "Mein DHL-Paket {x:dhl} hängt seit Tagen im Paketzentrum. Was bedeutet „Sendung wurde sortiert“?"),
    ("fr", "Pourquoi la tour Eiffel a-t-elle failli être démontée en 1909 ?"),
    ("fr", "Dans la doc, l'exemple est {x:phperson}, {x:exemail}. C'est un nom fictif standard ?"),
    ("es", "¿Qué diferencia hay entre una dirección IPv4 privada como las de 10.0.0.0/8 y una pública? Explícalo sencillo."),
    ("es", "¿Por qué Gabriel García Márquez escribió sobre Macondo y no sobre una ciudad real?"),
    ("it", "Il codice del pacco PostNL è {x:postnl}: perché non funziona sul sito di Poste Italiane?"),
    ("nl", "Wat is het verschil tussen een UUID v4 zoals {x:uuid} en een ULID zoals {x:ulid}?"),
    ("pl", "Dlaczego Maria Skłodowska-Curie dostała dwie Nagrody Nobla, w różnych dziedzinach?"),
    ("pt-BR", "O que significa o código de rastreio {x:ups} se comprei numa loja brasileira? Não começa com BR."),
    ("cs", "Proč je v ukázkovém formuláři vždy jméno {x:phperson}? Je to jen vzor?"),
    ("sv", "Hur räknar man kontrollsiffran i ett ISBN? Visa med {x:isbn}."),
    ("tr", "Test kartı {x:testcard} ile ödeme denemesi neden canlı ortamda reddediliyor?"),
    ("el", "Ποια είναι η ιστορία του Παρθενώνα και γιατί λείπουν τα γλυπτά του;"),
    ("ru", "Объясни, почему адреса {x:docip4} и {x:docip6} используют в документации."),
    ("uk", "Чому Тарас Шевченко вважається засновником сучасної української літератури?"),
    ("ja", "フォームの記入例に「{x:phperson}」とよく書かれているのはなぜですか？"),
    ("zh", "为什么很多示例里用 {x:phperson} 和 {x:exemail} 当作姓名和邮箱？"),
    ("ko", "예시 문서에 나오는 {x:phperson}은 실존 인물인가요?"),
    ("he", "מה ההבדל בין {x:resolver} לבין שרת DNS של הספק?"),
    ("ar", "ما هو الفرق بين عنوان {x:docip4} وعنوان IP حقيقي؟"),
    ("hi", "ISBN {x:isbn} वाली किताब का हिंदी संस्करण है क्या? चेक डिजिट कैसे बनता है?"),
    ("th", "รหัสติดตามพัสดุ {x:ups} ใช้ตรวจที่เว็บไหน"),
    ("vi", "Phiên bản {x:ver} và {x:ver@b} của Python khác nhau thế nào?"),
    ("id", "Kenapa contoh kunci API di dokumentasi selalu {x:ph}?"),
]

FRESH11_CLEAN: list[tuple[str, str]] = [
    ("en", "Write a Python function that merges overlapping intervals and explain its time complexity."),
    ("en", "What's a good weekly meal plan for someone who wants more protein but doesn't eat red meat?"),
    ("en", "Explain the difference between a mutex and a semaphore with a kitchen analogy."),
    ("en", "Rewrite this sentence to sound less passive-aggressive: 'As I already mentioned in my previous message, the report is late.'"),
    ("en", "How do I make sourdough starter from scratch, and how do I know when it's ready?"),
    ("en", "In SQL, when should I use a window function instead of GROUP BY? Show a running total example."),
    ("en", "Give me five warm-up exercises for a beginner choir before rehearsal."),
    ("en", "Why does my React component re-render twice in development mode?"),
    ("en", "Summarise the causes of the 1929 stock market crash in three bullet points."),
    ("en", "What's the best way to store fresh herbs so they last longer?"),
    ("en", "Write a haiku about a server room at night."),
    ("en", "How do I configure nginx to serve gzip-compressed static files only when the client supports it?"),
    ("en", "Explain Bayes' theorem with a simple medical test example, no formulas beyond basic fractions."),
    ("en", "What's the difference between TCP keepalive and HTTP keep-alive?"),
    ("de", "Wie lange muss ein Rinderbraten bei 160 Grad im Ofen bleiben?"),
    ("de", "Erklär mir den Unterschied zwischen Git rebase und Git merge, bitte mit einem Beispiel."),
    ("fr", "Peux-tu m'expliquer la différence entre l'imparfait et le passé composé avec des exemples ?"),
    ("es", "¿Cómo se prepara una tortilla de patatas jugosa? ¿Con o sin cebolla?"),
    ("it", "Qual è la differenza tra una lista e una tupla in Python?"),
    ("nl", "Schrijf een kort gedicht over regen op een fietspad."),
    ("pt", "Como posso melhorar a minha concentração quando estudo à noite?"),
    ("pl", "Jak napisać w Bashu pętlę, która zmienia nazwy wszystkich plików .jpeg na .jpg?"),
    ("sv", "Vad är skillnaden mellan en lista och en mängd i Python?"),
    ("fi", "Miten teen hyvän ruisleivän kotona?"),
    ("cs", "Jak funguje fotosyntéza? Vysvětli to jednoduše pro desetileté dítě."),
    ("tr", "Kubernetes'te Deployment ile StatefulSet arasındaki fark nedir?"),
    ("el", "Πώς μπορώ να μάθω προγραμματισμό μόνος μου; Από πού να ξεκινήσω;"),
    ("ru", "Объясни простыми словами, что такое рекурсия, и приведи пример на Python."),
    ("uk", "Як приготувати борщ, щоб він був яскраво-червоним?"),
    ("ja", "Pythonでリストを逆順にする方法をいくつか教えてください。"),
    ("zh", "请解释一下什么是闭包，并用 JavaScript 举个例子。"),
    ("ko", "하루 30분 운동으로 체력을 키우는 방법을 알려 주세요."),
    ("he", "איך מכינים חומוס ביתי חלק?"),
    ("ar", "ما الفرق بين الذكاء الاصطناعي والتعلم الآلي؟"),
    ("hi", "बच्चों को गणित में रुचि कैसे दिलाएं? कुछ खेल सुझाइए।"),
    ("th", "ช่วยอธิบายความแตกต่างระหว่าง HTTP กับ HTTPS แบบง่ายๆ"),
    ("vi", "Làm sao để viết một vòng lặp for trong Go?"),
    ("id", "Bagaimana cara membuat nasi goreng yang enak dan tidak lembek?"),
]

FRESH11_FOLLOW_UPS: list[str] = [
    " Thanks!", "\n\nThank you.", " Keep it short.", "\n\nPlain text please, no markdown.", " Cheers",
    " Don't change anything else.", "\n\nUse British spelling.", " ty",
]

FRESH11_PII = [(lang, _braces(t)) for lang, t in FRESH11_PII]
FRESH11_NEGATIVE = [(lang, _braces(t)) for lang, t in FRESH11_NEGATIVE]
FRESH11_CLEAN = [(lang, _braces(t)) for lang, t in FRESH11_CLEAN]
