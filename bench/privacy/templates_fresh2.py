"""Second fresh, blind test set ("fresh2") for the PII benchmark: (language, text with {slots}).

Written without looking at the detector, its tests, its misses or templates_fresh.py, and frozen
before the detector was ever run on it. Do not tune against these: run.py reports them apart as the
estimate for phrasings nobody tuning the detector has seen. corpus.py says what each slot is; the
slots only this set uses are filled by corpus._fill_fresh2 from the word lists at the end of this file.

Who is who: {person} {first} {last} {initials} {person_rev} {person_uc} {airline} {username} {email}
{email_work} {purl} are one person (usually the writer); {person2} {first2} {last2} {title_last}
{email2} are a second one. {lb} and {rb} are literal braces.
"""

FRESH2_PII = [
    # --- customer support, complaints, e-mails with headers and quoted replies ---
    ("en", "Can you help me answer this support thread politely but firmly?\n\nFrom: {person} <{email}>\nSubject: Re: refund for order {order}\n\n"
           "> On {date}, Customer Care wrote:\n> We were unable to locate your parcel.\n\nThis is the third time I'm sending my order number. "
           "It was supposed to be delivered to {addr_local}. You can reach me on {phone}."),
    ("en", "Rewrite this complaint so it sounds less angry:\n\"To whom it may concern, my name is {person} and I've been a customer of {org} "
           "for six years. On {date_en} your technician never showed up and nobody answered at {phone}. I want a refund of {price}.\""),
    ("en", "A customer just emailed us this, what's the best way to respond?\n\n---\nhi there, I changed my address to {address} but my "
           "last two boxes still went to the old flat in {town2}. account email is {email}. thanks, {first}\n---"),
    ("en", "I run support for a tiny online shop. Draft a reply to {person2}: her replacement kettle ships on {date} and the tracking "
           "link will come to {email2}. Sign it from me, {first}."),
    ("en", "Here's a chat with our support bot that went wrong, can you tell me where it misunderstood?\n\nBot: How can I help?\n"
           "Customer: I need to update the card on my subscription\nBot: Please type the new card number\nCustomer: {card}\n"
           "Bot: Thanks! And the billing postcode?\nCustomer: it's the one on {addr_local}\nBot: Sorry, I didn't get that."),
    ("en", "Is this email a phishing attempt?\n\nFrom: IT Service Desk\nTo: {email_work}\n\nDear {first}, your mailbox has reached 98% of its "
           "quota. Please confirm your password within 24 hours or your account will be suspended."),
    ("en", "Make this out-of-office sound warmer: Away until {date_en}. For anything urgent about invoices, contact {person2} "
           "({email2}, {phone}). Otherwise I'll reply when I'm back. {first}"),

    # --- code, config, connection strings, logs ---
    ("en", "Why does docker compose ignore my environment? Here's the file:\n\n```yaml\nservices:\n  api:\n    image: ghcr.io/acme/api:{version}\n"
           "    environment:\n      - DATABASE_URL={url_cred}\n      - HF_TOKEN={secret2}\n      - ADMIN_EMAIL={email_work}\n```"),
    ("en", "This script hangs at login, any idea?\n\n```python\nimport smtplib\nserver = smtplib.SMTP('smtp.office365.com', 587)\n"
           "server.starttls()\nserver.login('{email_work}', '{password}')\nserver.sendmail('{email_work}', ['{email2}'], msg)\n```"),
    ("en", "kubectl apply keeps rejecting this manifest, what's wrong with it?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\n"
           "type: Opaque\nstringData:\n  STRIPE_KEY: {secret}\n  SMTP_PASSWORD: {password}\n    REDIS_URL: {url_cred}"),
    ("en", "npm publish gives me 401 Unauthorized. My ~/.npmrc looks like this:\n//registry.npmjs.org/:_authToken={secret2}\n"
           "email={email}\nalways-auth=true"),
    ("en", "Seeing these in auth.log since this morning, are we being brute-forced?\n\nsshd[2211]: Failed password for {username} from {ip} "
           "port 51234 ssh2\nsshd[2211]: Failed password for root from {ip} port 51240 ssh2\nsshd[2214]: Accepted publickey for deploy "
           "from {ip} port 40022 ssh2"),
    ("en", "Django blows up on signup with this, how do I handle it gracefully?\n\ndjango.db.utils.IntegrityError: duplicate key value "
           "violates unique constraint \"accounts_user_email_key\"\nDETAIL:  Key (email)=({email}) already exists."),
    ("en", "Parse this log line into fields with a regex please:\n{lb}\"level\":\"error\",\"msg\":\"payment failed\",\"user\":\"{email}\","
           "\"client_ip\":\"{ip}\",\"amount\":\"{price}\",\"request_id\":\"{uuid}\"{rb}"),
    ("en", "My GitHub Action prints the token in the logs even though it's a secret. The step is `run: echo ${lb}{lb} secrets.DEPLOY_TOKEN {rb}{rb}` "
           "and the log shows {secret}. How did that happen and what do I do now?"),
    ("en", "Why can't psql connect with my .pgpass? The line is:\ndb.internal:5432:app:{username}:{password}\nand the file mode is 644."),
    ("en", "Azure SDK throws 'Server failed to authenticate the request'. Connection string from the portal: {azure_conn}"),
    ("en", "Convert this to a Terraform variables file:\nregion = eu-central-1\ndb_password = {password}\nalert_email = {email_work}\n"
           "bastion_ip = {ip}\ndatadog_key = {secret2}"),
    ("en", "Our nginx access log has lines like\n{ip} - - \"GET /reset-password?email={email} HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\"\n"
           "Is it a problem that the email ends up in the log?"),
    ("en", "CSV import keeps failing on row 3, can you spot why?\n\nname,email,phone,birthday\n{person},{email},{phone},{dob}\n"
           "{person2},{email2},\"{phone}\",{dob}"),
    ("en", "Is this SQL safe to run on prod? INSERT INTO customers (full_name, email, birth_date, iban) VALUES ('{person}', '{email}', "
           "'{dob}', '{iban}');"),
    ("en", "I pasted my AWS keys into a public repo by mistake about ten minutes ago:\naws_access_key_id = {secret}\n"
           "aws_secret_access_key = {secret2}\nWhat are the first three things I should do?"),
    ("en", "Here's the Sentry breadcrumb, why is the user null later on?\nuser.email: {email}\nuser.ip_address: {ip}\nuser.username: {username}\n"
           "release: {version}"),

    # --- CVs, cover letters, bios, references ---
    ("en", "Please tighten up my CV header and summary:\n\n{person_uc}\n{addr_local} | {phone} | {email}\n{purl}\n\nSUMMARY\n"
           "Warehouse supervisor with eight years at {org}, now looking to move into operations planning in {town2}."),
    ("en", "Draft a cover letter for a junior accountant role. About me: {person}, graduated in {year}, currently temping at {org} in "
           "{town}. Mention that I'm available from {date_en}."),
    ("en", "Write me a reference for our former nanny. Her name is {person2}, she looked after our twins in {town} from {date} until we "
           "moved. She can be contacted at {email2}."),
    ("en", "Shorten this bio to two sentences for a conference programme: \"{person} is a paediatric nurse at {org} in {town}, where she "
           "has led the neonatal unit's breastfeeding clinic since {year}. Before that she worked in {bigcity}.\""),
    ("en", "My references section looks messy, can you format it consistently?\n- {title_last}, my supervisor at {org}, tel {phone}\n"
           "- {person}, team lead, {email}"),
    ("en", "Translate my CV contact line into German: {person} · born {dob_en} · {address} · mobile {phone}"),

    # --- meeting notes, minutes, chat transcripts ---
    ("en", "Turn these notes into proper minutes:\n\nattendees: {initials} (chair), {person2}, two people from finance\n"
           "- {first2} to send the revised budget to {email2} by {date}\n- next meeting {date_en}, same room\n- parking issue raised again"),
    ("en", "Summarise this group chat for my partner, who missed it:\n[{time}] {first2}: are you still ok to take the kids on {date}?\n"
           "[{time}] {first}: yes but I have to leave by five\n[{time}] {first2}: fine, I'll drop them at {address}\n[{time}] {first}: 👍"),
    ("en", "Who agreed to what in this thread? Give me a list.\n\n{first}: I can do the venue if someone handles food\n"
           "{first2}: I'll do food. my number for the caterer is {phone}\n{first}: great, deposit goes to {iban}, I'll forward the invoice"),
    ("en", "Clean up this call transcript for the case file:\n\nAGENT: Can I have the name on the policy?\nCALLER: {person}.\n"
           "AGENT: And your date of birth?\nCALLER: {dob}.\nAGENT: Thanks. What's the best number to call you back?\nCALLER: {phone}."),
    ("en", "Action items from today's standup, please make them into Jira tickets:\n* {first} — rotate the leaked key {secret} and "
           "tell {person2}\n* {first2} — check why {ip} is still whitelisted"),
    ("en", "Make this interview feedback more neutral: \"{person2} came across as arrogant. Lives in {town}, so the commute to our "
           "office would be long anyway. Her phone {phone} was ringing the whole time.\""),

    # --- legal, HR, medical, insurance, tax ---
    ("en", "My ex, {person2}, keeps texting me from {phone} even though the court order was issued on {date}. I live in {town}. "
           "What can I do?"),
    ("en", "HR question: one of my reports, {person2}, has been off sick since {date_en}. We're a small team at {org}. How long "
           "before I can ask for a doctor's note, and how do I word the email so it doesn't sound pushy?"),
    ("en", "My mother was discharged from {org} yesterday with atrial fibrillation. She was born {dob} and her GP is {title_last}. "
           "What should we ask at the follow-up?"),
    ("en", "Write up this insurance claim in clear English:\nPolicyholder: {person}\nPolicy no.: {order}\nProperty: {addr_local}\n"
           "Date of loss: {date}\nWhat happened: pipe burst in the upstairs bathroom, ceiling below collapsed."),
    ("en", "Filing jointly with my husband {first2} for the first time. My SSN is {ssn}, his is {ssn}. We moved from {town} to "
           "{town2} in {year}. Which state do we file in?"),
    ("en", "The other driver, {person2}, gave me his licence number {natid} and phone {phone}. The accident happened near {address} "
           "on {date}. Help me fill in the accident report narrative."),
    ("en", "My father {person2} died on {date} in {town}. He banked with {org} and the joint account IBAN is {iban}. What do I need "
           "to close it, and can I still pay his funeral from it?"),
    ("en", "Is this clause fair? 'The tenant, {person}, residing at {address}, shall give no less than three months' notice. "
           "Landlord: {person2}.'"),
    ("en", "Explain my payslip deductions. Employee: {person_rev}; NI number {natid}; employer {org}; pay date {date}."),
    ("en", "Help me write an appeal to the insurer. Claim {order} was rejected on {date_en}. Member: {person}, member DOB {dob_en}, "
           "treating physician {title_last}."),
    ("en", "Is it legal for my employer to ask for this? They want my national ID {natid_loc} and my bank account {iban} on a "
           "shared spreadsheet that everyone at {org} can open."),

    # --- forms, travel, real estate ---
    ("en", "Fill the visa form field by field from my details (plain text is fine):\nSurname: {last}\nGiven names: {first}\n"
           "Date of birth: {dob}\nPlace of birth: {town2}\nPassport No.: {natid}\nHome address: {address}\nEmail: {email}"),
    ("en", "Check this booking confirmation for mistakes:\nPassenger: {airline}\nBooking ref: {order}\nDeparture: {date}, {time}\n"
           "Contact: {phone} / {email}\nDestination: {bigcity}"),
    ("en", "We're going to see a flat at {address} on {date_en}. The agent, {person2} from {org}, wants proof of income before "
           "the viewing. What's reasonable to send?"),
    ("en", "Write a message to our Airbnb host {first2}: we land in {town} around {time} on {date}, two adults and a baby. "
           "My number there will be {phone}."),
    ("en", "| Guest | Phone | Dietary |\n|---|---|---|\n| {person} | {phone} | vegan |\n| {person2} | {phone} | none |\n"
           "Turn this into a seating plan for four tables."),
    ("en", "The seller's solicitor wants my details for the conveyancing. Draft the email: buyer {person}, current address "
           "{addr_local}, buying {address}, completion expected {date_en}."),
    ("en", "I'm renting out my spare room. Write a short listing and mention viewings by appointment only: {phone}. "
           "The house is on {address}, ten minutes from the station."),

    # --- school, parenting, personal messages ---
    ("en", "Write a note to my daughter's teacher, Ms. {last2}, saying that {first} will miss school from {date} to {date} "
           "for a family funeral in {town2}."),
    ("en", "Camp medical form, please check it's complete:\nCamper: {person}\nDOB: {dob}\nAllergies: peanuts, penicillin\n"
           "Emergency contact: {person2} ({phone})\nGP: {title_last}"),
    ("en", "What's a nice way to tell my son's friend's mum, {first2}, that the sleepover on {date_en} is off? Her number is {phone} "
           "so it'll be a text."),
    ("en", "my girlfriend {first2} turns 30 on {date_en} and she's into climbing and old movies. gift ideas under {price}?"),
    ("en", "Draft a thank-you card to {person2} and her husband for hosting us in {town} last weekend. From {first} and the kids."),
    ("en", "Our school newsletter needs a welcome paragraph for the new headteacher, {title_last}, who joins {org} on {date}."),

    # --- misc personal requests with identifiers ---
    ("en", "Is this SMS a scam? 'Your parcel for {person} could not be delivered to {address}. Pay the {price} fee at "
           "the link or call {phone}.'"),
    ("en", "Please double-check my transfer before I hit send: beneficiary {person2}, IBAN {iban}, reference 'deposit flat 2', amount {price}."),
    ("en", "my bank blocked my card {card} after I paid a hotel in {bigcity}. what do i say when i call them?"),
    ("en", "Set up a mail merge: the first record is {person_rev}, {email}, {phone}. What should the field names be?"),
    ("en", "I keep getting calls from {phone} about a loan I never took out in my name ({person}, SSN {ssn}). Who do I report this to?"),

    # --- German ---
    ("de", "Kannst du diese Kündigung prüfen?\n\n{person}\n{addr_local}\n\nAn: {org}\nKundennummer: {order}\n\nHiermit kündige ich "
           "meinen Vertrag fristgerecht zum {date_xx}. Bitte bestätigen Sie die Kündigung an {email}."),
    ("de", "Ich brauche Hilfe bei der Steuererklärung. Meine Steuer-ID ist {natid_loc}, ich bin am {dob_xx} geboren und arbeite "
           "seit {date_xx} bei {org} in {town}. Muss ich die Anlage N ausfüllen?"),
    ("de", "Formuliere eine freundliche Antwort an Frau {last2}: Sie fragt, ob ihr Sohn beim Elternabend dabei sein darf. "
           "Für Rückfragen bin ich unter {phone} erreichbar. Gruß, {first}"),
    ("de", "Protokoll Teamsitzung\nAnwesend: {person}, {person2}\n- {first2} schickt das Angebot bis {date_xx} an {email2}\n"
           "- Server {ip} wird am Wochenende neu aufgesetzt\nBitte mach daraus eine kurze Zusammenfassung."),
    ("de", "Was bedeutet diese Fehlermeldung? psycopg2.OperationalError: FATAL: password authentication failed for user "
           "\"{username}\". In meiner .env steht DB_PASSWORD={password}."),
    ("de", "Mein Vermieter {title_last} will die Kaution nicht zurückzahlen. Wohnung: {address}, ausgezogen am {date_xx}. "
           "Wie schreibe ich ein Mahnschreiben?"),
    ("de", "Bitte schreib eine Überweisungsvorlage: Empfänger {person2}, IBAN {iban}, Verwendungszweck Nebenkosten, Betrag {price}."),

    # --- French ---
    ("fr", "Peux-tu rédiger une réponse à ce mail ?\n\nDe : {person2} <{email2}>\nObjet : dossier de location\n\n« Bonjour, merci "
           "d'envoyer votre pièce d'identité avant le {date_xx}. »\n\nJe m'appelle {person}, mon numéro de sécu est {natid_loc}."),
    ("fr", "Mon fils {first2} est né le {dob_xx}. Je veux l'inscrire à l'école maternelle de {town}. Quels papiers préparer ? "
           "Notre adresse : {addr_local}."),
    ("fr", "Corrige ce CV :\n{person}\n{phone} · {email}\nExpérience : comptable chez {org} ({town}) depuis {year}."),
    ("fr", "Client : {person}, IBAN {iban}, prélèvement rejeté le {date_xx}. Écris un courriel poli pour demander une régularisation."),
    ("fr", "Compte rendu : présents {person_rev} et {person2}. {first2} doit rappeler l'assureur au {phone} avant le {date_xx}. "
           "Mets-le au propre, s'il te plaît."),

    # --- Spanish ---
    ("es", "¿Puedes revisar este contrato de alquiler?\nArrendador: {person2}\nArrendatario: {person}, NIE/DNI {natid_loc}\n"
           "Vivienda: {addr_local}\nFecha de inicio: {date_xx}"),
    ("es", "Mi banco ({org}) me cobró dos veces con la tarjeta {card} el {date_xx}. Redacta una reclamación formal. Mi correo es {email}."),
    ("es", "Hola, soy {first}. Mi vuelo a {town} sale el {date_xx}, localizador {order}, pero en la reserva pone {airline}. "
           "¿Cómo corrijo el nombre?"),
    ("es", "Acta de la reunión de padres: asistieron {person} y {person2}. Se acordó que {first2} ({phone}) coordina la excursión "
           "del {date_xx}. Pásalo a limpio."),
    ("es", "Escríbele un mensaje a mi jefa {first2}: mañana no voy porque tengo médico a las {time}. Que me llame al {phone} si hace falta."),

    # --- Italian ---
    ("it", "Mi aiuti a scrivere una mail al commercialista? Sono {person}, codice fiscale {natid_loc}, e devo mandare il 730 "
           "entro il {date_xx}. La mia PEC è {email}."),
    ("it", "Il mio vicino {person2} ha parcheggiato di nuovo davanti al passo carrabile di {addr_local}. Scrivi un messaggio "
           "educato ma fermo."),
    ("it", "Traduci in inglese: «Gentile dott. {last2}, confermo l'appuntamento del {date_xx} alle {time}. Cordiali saluti, {person}»"),
    ("it", "Prenotazione hotel a {town}: ospite {person}, arrivo {date_xx}, carta {card}. È sicuro mandare questi dati via email?"),

    # --- Dutch ---
    ("nl", "Kun je deze mail herschrijven? 'Beste {first2}, ik woon sinds {date_xx} op {addr_local} en mijn BSN is {natid_loc}. "
           "Wil jij het formulier voor de gemeente invullen? Groet, {first}'"),
    ("nl", "Mijn werkgever {org} heeft mijn salaris naar het verkeerde rekeningnummer overgemaakt. Het juiste is {iban} op naam "
           "van {person}. Hoe vraag ik dit netjes aan?"),
    ("nl", "Notulen ouderavond: aanwezig {person} en {person2}. Actiepunt: {first} mailt het rooster voor {date_xx} naar {email2}. "
           "Maak er een korte samenvatting van."),
    ("nl", "Ik heb morgen een afspraak bij huisarts {title_last} in {town}, maar ik ben mijn verzekeringspas kwijt. Wat moet ik meenemen?"),

    # --- Portuguese ---
    ("pt", "Pode revisar este e-mail? 'Olá {first2}, segue meu CPF {natid_loc} e meu endereço {addr_local} para o contrato. "
           "Abraço, {person}'"),
    ("pt", "Meu filho {first2} nasceu em {dob_xx}. Como faço o passaporte dele em {town}? Meu telefone é {phone}."),
    ("pt", "Escreva uma mensagem para o síndico, {person2}, reclamando do barulho no apartamento de cima. Moro em {addr_local}."),
    ("pt", "Recebi este SMS: 'Sua fatura do cartão {card} vence em {date_xx}. Ligue {phone}.' É golpe?"),
]

FRESH2_NEGATIVE = [
    # eponyms, brands, famous and fictional people and places
    ("en", "Write a short explainer on {eponym_med} for a patient leaflet, at a reading age of about twelve."),
    ("en", "Is {eponym_law} actually backed by evidence, or is it mostly folklore? Give one example each way."),
    ("en", "Explain {eponym_law} to a new product manager using an example from software projects."),
    ("en", "How hard is it to get a {eponym_inst}, realistically, and what do successful applicants have in common?"),
    ("en", "Is {brand} actually worth the money, or are you mostly paying for the name?"),
    ("en", "Which is older, {brand} or {famous_company}? And who founded each of them?"),
    ("en", "Who lived at {famous_address}, and can you visit it today?"),
    ("en", "Write a short essay comparing {fictional} and {fictional} as protagonists."),
    ("en", "What would {famous_person} have made of smartphones? Keep it light and under 200 words."),
    ("en", "Plan three days in {famous_place} for someone who hates museums but loves food."),
    ("en", "Explain Diffie-Hellman with the usual Alice, Bob and Eve story, and give a toy example with p = {qty}."),
    # placeholder and sample data, clearly marked
    ("en", "Our API docs use {fake_person} as the sample customer and {fake_email} as their address. Is there a similar convention "
           "for German or French docs?"),
    ("en", "Stripe's docs say to use the test card {fake_card}. Why does my test-mode checkout decline it?"),
    ("en", "Walk me through checking the mod-97 digits by hand for the textbook example IBAN {fake_iban}."),
    ("en", "Our form validator accepts {fake_ssn}, which is a well-known example SSN. Should the validator reject it?"),
    ("en", "In UI mockups we show {fake_phone} as the phone number. Is that range really reserved for fiction in the US?"),
    ("en", "Our .env.example has:\nSTRIPE_SECRET_KEY={placeholder}\nDATABASE_URL=postgres://user:password@localhost:{port}/mydb\n"
           "Is it fine to commit this file?"),
    ("en", "Here's the sample invoice from our template gallery: INVOICE {order}, Bill to: ACME Corp, 123 Main Street, Anytown. "
           "Total {price}. How do I change the currency symbol in the template?"),
    ("en", "Validate this JSON schema example:\n{lb}\"id\": \"{uuid}\", \"name\": \"string\", \"email\": \"user@example.com\", "
           "\"created\": \"string\"{rb}"),
    # tech identifiers
    ("en", "Review my dependency bumps: requests {version} to {version}, urllib3 {version}. The changelog is at {docurl}"),
    ("en", "Ticket {order}: is {cve} exploitable if we only run {tech} {version} behind a reverse proxy?"),
    ("en", "Why do so many people use {pub_ip} for DNS, and is it faster than my ISP's resolver?"),
    ("en", "Split 10.20.0.0/16 into /24 subnets and tell me how many usable hosts each one has."),
    ("en", "git bisect landed on {sha}, a dependabot commit bumping {tech} to {version}. How do I pin the old version?"),
    ("en", "Request {uuid} returned 429 at {time}. What's a sensible retry policy with jitter?"),
    ("en", "My {model} stopped charging after firmware {version}. Is a factory reset worth trying?"),
    ("en", "Ticket {order} (priority P2): customers were charged {price} instead of {price}. Write the internal root-cause note."),
    ("en", "Fix the heading levels in this outline:\n# Quarterly Business Review\n## Executive Summary\n### Revenue By Region\n"
           "## Action Items\n### Next Steps And Owners\n# Appendix A: Glossary"),
    ("en", "Is {price} a fair price for a {model}? The listing says it's from {year}."),
    # other languages
    ("de", "Was ist der Unterschied zwischen Morbus Crohn und Colitis ulcerosa? Bitte einfach erklären."),
    ("de", "In unseren Formularen steht {fake_person} als Beispielname. Wirkt das im Ausland seltsam?"),
    ("fr", "Quelle est la différence entre la maladie de Parkinson et la maladie d'Alzheimer ?"),
    ("fr", "Qui était {famous_person} et pourquoi en parle-t-on encore aujourd'hui ?"),
    ("es", "¿Qué diferencia hay entre {tech} {version} y {version}? ¿Merece la pena actualizar?"),
    ("it", "Spiegami il teorema di Pitagora e la successione di Fibonacci con un esempio pratico."),
    ("nl", "Is een jas van {brand} zijn geld waard, of betaal je vooral voor de naam?"),
    ("pt", "Quem foi {famous_person}? Resuma em três frases."),
]

FRESH2_CLEAN = [
    ("en", "What's a good structure for a weekly one-on-one with someone who just joined my team?"),
    ("en", "Explain compound interest with a simple example a teenager would follow."),
    ("en", "Write a limerick about a cat who refuses to get off the keyboard."),
    ("en", "How long should I boil an egg if I want the yolk still runny?"),
    ("en", "Give me a 20-minute bodyweight workout I can do in a small hotel room."),
    ("en", "How do I write a good commit message? Show three before-and-after examples."),
    ("en", "Explain what a p-value is without using any jargon."),
    ("en", "What are some polite ways to decline a meeting when my calendar is already full?"),
    ("en", "in bash how do i loop over files that have spaces in their names"),
    ("en", "What's the difference between term and whole life insurance, in plain words?"),
    ("de", "Wie schreibe ich eine höfliche Absage auf eine Einladung zum Vorstellungsgespräch?"),
    ("fr", "Quels sont les avantages et les inconvénients du télétravail pour une petite équipe ?"),
    ("es", "¿Cómo puedo ahorrar en la factura de la luz durante el verano?"),
    ("it", "Come si prepara un buon risotto ai funghi senza che diventi colloso?"),
    ("nl", "Hoe leg ik aan een kind van acht uit hoe regen ontstaat?"),
    ("pt", "Quais são as vantagens de aprender a programar em Python?"),
]

# Appended to some English prompts (instead of templates.FOLLOW_UPS).
FRESH2_FOLLOW_UPS = [
    " Keep it short.",
    " Plain English please, no legalese.",
    " Give me two versions, one formal and one casual.",
    " Use British spelling.",
    " Don't add anything I didn't mention.",
    " A numbered list is fine.",
]

# --- word lists for the slots only fresh2 uses (corpus._fill_fresh2) ---

# PII-shaped material
WORK_DOMAINS = ("hartwell-consulting.co.uk|kestrel-dental.com|northgate-logistics.de|larkspur.io|copperleaf-realty.com|"
                "redfern-insurance.com|oakmont-builders.com|meridian-analytics.eu|bluewater-cu.org|cabinet-girard.fr|"
                "estudio-lopez.es|studio-bianchi.it|bakkerij-devries.nl|contabil-silva.com.br|ironbridge-partners.com")
STREETS_NL = "Kerk|Molen|Dorps|School|Beuken|Prinsen|Wilhelmina|Juliana|Oranje|Stations|Spoor|Linden"
STREET_TYPES_NL = "straat|laan|weg|gracht|plein|singel"
STREETS_PT = "das Flores|XV de Novembro|dos Andradas|Barão do Rio Branco|Marechal Deodoro|Padre Anchieta|das Palmeiras"
BAIRROS_PT = "Centro|Jardim América|Boa Vista|Vila Nova|Batel|Aldeota"
UF_PT = "PR|SP|PE|GO|PA|SC|CE|AM"
AREAS_IN = "Koregaon Park|Indiranagar|Civil Lines|Banjara Hills|Salt Lake|Vijay Nagar|Panampilly Nagar"
HOUSE_NAMES_GB = "Rose Cottage|The Old Rectory|Ivy House|Orchard View|Holly Lodge"
PROVINCES_IT = {"Bergamo": "BG", "Padova": "PD", "Verona": "VR", "Parma": "PR", "Modena": "MO", "Perugia": "PG",
                "Trieste": "TS", "Lecce": "LE", "Brescia": "BS", "Vicenza": "VI"}
MONTHS_LOCAL = {
    "de_DE": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr_FR": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es_ES": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it_IT": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl_NL": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt_BR": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}

# Hard negatives: look like PII, are not
EPONYMS_MED = ("Parkinson's disease|Crohn's disease|Hashimoto's thyroiditis|Hodgkin lymphoma|Tourette syndrome|Raynaud's phenomenon|"
               "Bell's palsy|Addison's disease|Graves' disease|Huntington's disease|Ménière's disease|Cushing's syndrome")
EPONYMS_LAW = ("Murphy's law|Parkinson's law|Goodhart's law|Conway's law|Hofstadter's law|the Dunning-Kruger effect|"
               "Occam's razor|Hanlon's razor|Brooks's law|the Peter principle|Benford's law|the Pareto principle")
EPONYMS_INST = "Fulbright scholarship|Rhodes Scholarship|Marie Curie fellowship|Nobel Prize|Pulitzer Prize|Humboldt fellowship|Turing Award"
BRANDS = ("Dr. Martens|Tommy Hilfiger|Ralph Lauren|Hugo Boss|Calvin Klein|Ted Baker|Paul Smith|Kate Spade|Michael Kors|"
          "Marks & Spencer|Ben & Jerry's|Estée Lauder|Tim Hortons|Levi's|Carhartt|Patagonia|Christian Dior")
FICTIONAL = ("Sherlock Holmes|Elizabeth Bennet|Atticus Finch|Hermione Granger|Don Quixote|Jay Gatsby|Anna Karenina|Frodo Baggins|"
             "Lisbeth Salander|Walter White|Jane Eyre|Holden Caulfield")
FAMOUS_ADDRESSES = ("221B Baker Street|10 Downing Street|1600 Pennsylvania Avenue|742 Evergreen Terrace|4 Privet Drive|"
                    "12 Grimmauld Place|Prinsengracht 263")
FAKE_PEOPLE = "John Doe|Jane Doe|Max Mustermann|Erika Mustermann|John Q. Public|Joe Bloggs|Jean Dupont"
FAKE_EMAILS = "john.doe@example.com|jane@example.org|user@example.com|test@example.net|max.mustermann@example.de"
FAKE_CARDS = "4242 4242 4242 4242|4000 0000 0000 0002|5555 5555 5555 4444|4000 0027 6000 3184|4242424242424242"
FAKE_IBANS = "DE89 3704 0044 0532 0130 00|GB82 WEST 1234 5698 7654 32|NL91 ABNA 0417 1643 00|FR14 2004 1010 0505 0001 3M02 606"
FAKE_SSNS = "078-05-1120|123-45-6789|000-00-0000"
FAKE_PHONES = "(555) 010-0199|555-0123|+1 555 0100|(555) 555-5555"
PUBLIC_IPS = "8.8.8.8|1.1.1.1|9.9.9.9|8.8.4.4|1.0.0.1"
CVES = "CVE-2024-3094|CVE-2021-44228|CVE-2014-0160|CVE-2023-4863|CVE-2022-22965"
MODELS = ("Sony WH-1000XM5|Bose QC45|Galaxy S23 Ultra|Dyson V15 Detect|Kindle Paperwhite|ThinkPad X1 Carbon Gen 11|"
          "Pixel 8 Pro|iPad Air M2|Garmin Forerunner 265")
