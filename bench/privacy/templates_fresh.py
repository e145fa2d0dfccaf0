"""Fresh templates: a third, uncontaminated test set (`generate(..., fresh=True)`).

Written without looking at the detector, its tests or any of its misses, and never to be tuned
against: run.py reports them apart from the main and held-out sets. If someone tunes the detector on
the misses listed here, this set stops measuring generalisation too; write a new one then.

Same slots as templates.py (corpus.py says what each is), plus a few used only here:
  {lb} {rb}        a literal "{" / "}" (for JSON, code)
  {first_lc} {last_lc}  the first person's first / last name in lower case (PERSON)
  {last2}          the second person's last name (PERSON)
  {nick}           a nickname (PERSON), from NICKNAMES below
  {dbl}            a full name with a double-barrelled surname (PERSON)
  {initials}       "J. Smith" (PERSON)
  {person_rev}     "Smith, John" (both parts PERSON, the comma not)
  {person_uc} {last_uc}  the name in upper case, as on forms and CV headers (PERSON)
  {airline}        "SMITH/JOHN MR", as on boarding passes (the names PERSON)
  {username}       "john.smith" / "john_smith" / "johnsmith" (PERSON)
"""

NICKNAMES = "Bex|Jonno|Tommo|Lizzie|Chaz|Ollie|Kat|Benji|Mo|Gabi|Fede|Pepe|Lulu|Dani|Nico|Steffi|Basti|Manu|Jojo|Frankie|Suze|Raj|Dev|Kiki"

FRESH_PII = [
    # Names in odd places: sentence start, lower case, lists, after unusual prepositions, possessives.
    ("en", "{first_lc} here — can you turn my notes into a proper email to the landlord? the boiler broke again on {date} and he promised to send someone."),
    ("en", "{first2} keeps booking meetings over my lunch break. How do I raise it without sounding petty?"),
    ("en", "{last2} from accounts wants everyone's receipts by {date}. Write a short nudge for the team channel."),
    ("en", "{first2}'s leaving do is on {date} — what should we write in the card? She's been at {org} since forever."),
    ("en", "Per {first2}, the launch slipped to {date}. Rewrite the announcement and thank {nick} from {org} for the extra weekend."),
    ("en", "According to {person2}'s notes the budget is {price} short. Does the argument below hold up, or is she double counting?"),
    ("en", "Mediate between {first} and {first2}: they both asked for {date} off. Suggest a rule that feels fair next time too."),
    ("en", "I'm co-authoring a paper with {person2} and {initials}. How do we decide the author order if we all did similar work?"),
    ("en", "Thanks to {nick} for the lift to {town}!! turn that into an instagram caption, something warm but not cheesy"),
    ("en", "Seating plan, table 3: {first}, {first2}, {nick} and Uncle {last2}. Can you lay it out nicely for the printed card?"),
    ("en", "Would you trust {last}'s estimate here? He says the migration takes {qty} days but he said that last time too."),
    ("en", "my flatmate {nick} keeps eating my food and replacing it with cheaper stuff lol. how do i bring it up"),
    ("en", "can u write a text to {first_lc} saying sorry i missed her call, my new number is {phone}"),
    ("en", "Ask {title_last} at {org} whether the second vaccine dose can move to {date}; I'm away until then."),
    ("en", "Write on behalf of {person} to {org} cancelling her gym membership from {date}. Member no. {order}."),
    ("en", "Ship the replacement to {address} instead, for the attention of {person2}. Write the note for the courier."),
    ("en", "cc {first2} ({email2}) on the reply but please don't reply-all to {person}, he's not in the loop anymore."),
    # Documents: notes, minutes, CVs, letters, signatures.
    ("en", "Attendees: {person}, {person2}, {initials}\nActions: {first} to chase the {org} contract; {first2} to book the venue in {town}.\nTurn these into a tidy summary."),
    ("en", "Minutes, present: {initials} (chair), {person2}, {nick}. Apologies: {last2}. Write these up formally, past tense."),
    ("en", "Notes from my 1:1 with {first2} ({date}): wants to move to the {town} office, finds {first}'s feedback harsh. Draft follow-up points."),
    ("en", "Decline the offer politely, keep the door open.\n\n--\n{initials}\nSenior Buyer | {org}\nm: {phone}"),
    ("en", "ok so I need a reply that says no to the extra shift without burning bridges\n\nbest,\n{first_lc}"),
    ("en", "Improve my CV header, it looks cramped:\n{person_uc}\n{address} · {phone} · {email}\n{purl}"),
    ("en", "Experience: {year}–{year} Team lead, {org}, {town}. Referee: {title_last}, {email2}. Make it punchier and cut the filler."),
    ("en", "Please format a reference for {dbl}, who interned with us at {org} from {date} to {date}. Keep it to one page."),
    ("en", "Invitation wording: Together with their families, {person} and {person2} invite you to their wedding on {date} in {town}. Make it less stiff."),
    ("en", "My grandmother {first2} {last2} passed away last week. Help me write a eulogy; she ran a corner shop in {town} for forty years."),
    ("en", "Write a report card comment for {first2}, 9, who struggles with fractions but lights up in art. Her mum, {person}, asked for specifics."),
    ("en", "Can you make this less aggressive?\n\"{first2}, I've now asked three times for the deposit back. Please transfer it to {iban} by {date}.\n{person}\""),
    ("en", "Best regards / Mit freundlichen Grüßen\n{person} | {org}\nT {phone} | {email}\n\nWhich line of this bilingual signature should come first?"),
    # Structured data: CSV, JSON, YAML, SQL, tables, headers, chat logs.
    ("en", "name,email,phone\n{person},{email},{phone}\n{person2},{email2},{phone}\nWrite pandas code that dedupes this CSV on the email column."),
    ("en", "Why does this fail JSON validation?\n{lb}\"customer\": \"{person}\", \"iban\": \"{iban}\", \"since\": \"{date}\",{rb}"),
    ("en", "owners:\n  - name: {person}\n    email: {email}\n  - name: {person2}\n    email: {email2}\nIs this YAML valid? The linter complains about line 3."),
    ("en", "INSERT INTO users (name, email, last_ip) VALUES ('{person}', '{email}', '{ip}');\nwhy would this fail with a duplicate key error on a fresh table?"),
    ("en", "| Guest | Room | Check-in |\n|---|---|---|\n| {person} | 12 | {date} |\n| {person2} | 14 | {date} |\nSort this by check-in and add a nights column."),
    ("en", "From: \"{last}, {first}\" <{email}>\nSent: {date}\nWhy does Outlook show my name backwards like that, and how do I fix it?"),
    ("en", "[{time}] {first}: still on for tonight?\n[{time}] {first2}: yes!! I'll pick you up from {address}\nwhat's the vibe of this convo, is she annoyed?"),
    ("en", "slack export line: {lb}\"user_name\": \"{username}\", \"text\": \"vpn password is {password}\"{rb} — write a script to scrub messages like this."),
    ("en", "<input name=\"fullname\" value=\"{person}\"> <input name=\"cc\" value=\"{card}\">\nWhy does the browser ignore autocomplete=off on these?"),
    ("en", "Categorise these: {date} direct debit {org} {price}; {date} transfer to {person2} {price}; {date} card {card} {price}"),
    # Code and config with credentials.
    ("en", "import boto3\ns3 = boto3.client('s3', aws_access_key_id='{secret}', aws_secret_access_key='{password}')\nThis gives SignatureDoesNotMatch, any idea?"),
    ("en", "const t = nodemailer.createTransport({lb} service: 'gmail', auth: {lb} user: '{email}', pass: '{password}' {rb} {rb});\nGmail rejects the login. Why?"),
    ("en", "docker-compose.yml:\n  environment:\n    - POSTGRES_PASSWORD={password}\n    - GH_TOKEN={secret}\nhow do I move these into proper secrets?"),
    ("en", "[database]\nhost = {ip}\nuser = {username}\npassword = {password}\nIs configparser case-sensitive for the keys?"),
    ("en", "openai.AuthenticationError: Incorrect API key provided: {secret}. I definitely copied it right?? Regenerate or wait?"),
    ("en", "git remote -v prints https://oauth2:{secret}@gitlab.com/team/site.git (fetch). Is that as bad as it looks?"),
    ("en", "Terraform plan shows my provider block with token = \"{secret}\" in the CI log. How do I scrub the log and stop it happening?"),
    ("en", "kubectl get secret db -o yaml | base64 -d gives me {password} — is that really how k8s stores passwords?"),
    ("en", "fail2ban banned {ip} fine but my own laptop on {ip} got locked out too. How do I whitelist just me?"),
    ("en", "Our office's static IP is {ip}. Add it to the Azure SQL firewall, or is a private endpoint worth the hassle?"),
    # Money, health, legal, HR, admin.
    ("en", "I sent {price} to the wrong account ({iban}); the name the bank showed was {person2}. Can I get it back?"),
    ("en", "A customer pasted a full card number ({card}) into our chat widget. What are our PCI obligations now?"),
    ("en", "The tax preparer asked me to email my SSN ({ssn}) plus my wife {first2}'s. Is that normal or sketchy?"),
    ("en", "loan application check: applicant {person}, SSN {ssn}, employer {org}, income {price}. Anything inconsistent?"),
    ("en", "Patient {person_rev}, DOB {dob}, persistent dry cough for 6 weeks. Draft a referral to a respiratory clinic in {town}."),
    ("en", "My son {first} (born {dob}) has a peanut allergy. Write a note for his teacher, {title_last}; my mobile is {phone}."),
    ("en", "HR question: {person2} on my team told me she's pregnant, due {date}, and asked me to keep quiet. How do I plan cover?"),
    ("en", "My ex {person2} still has a key to {address}. Can I change the locks without telling him?"),
    ("en", "Notice to tenant — {person_rev}; property {address}; arrears since {date}. Is this wording OK for England?"),
    ("en", "Claim for the dented bumper: other driver {person2}, happened {date} near {town}, insurer is {org}. Write the incident description."),
    ("en", "Passport form: surname {last_uc}, given names {first}, born {dob} in {town}. What goes under place of birth if the town merged?"),
    ("en", "How many days old am I exactly? Born {dob}. Show the calculation."),
    ("en", "Who keeps calling me from {phone}? Fourth time today, never a voicemail."),
    ("en", "Please unsubscribe me from everything, the address is {email}. Phrase it as a GDPR erasure request."),
    ("en", "my national insurance number is {natid}, the new employer wants it before {date}. safe to send by email?"),
    # Travel, social, support.
    ("en", "My boarding pass reads {airline} but my passport has a middle name too. Problem for the flight to {bigcity} on {date}?"),
    ("en", "Plan for me and {first2}: land in {bigcity} {date}, train to {town} next morning, hotel booked under {last}. What are we missing?"),
    ("en", "Matched with {first2} on Hinge, she's a vet in {town}. Give me an opener that isn't cringe."),
    ("en", "Ticket from {email}: \"charged twice, the account is under {person}\". Reply as the support agent, sign as {nick}."),
    ("en", "{person} ({email}) just emailed asking for a refund on {order}. Write a reply that offers store credit instead."),
    # Other languages.
    ("de", "Kannst du das kürzen? Sehr geehrte Frau {last2}, anbei meine Unterlagen. Erreichbar bin ich unter {phone}. Mit freundlichen Grüßen, {person}"),
    ("de", "Mein Chef {first2} will, dass ich am {date} nach {town} fahre. Wie frage ich nach der Reisekostenerstattung?"),
    ("de", "Wie importiere ich diese CSV in Excel, ohne dass die Daten kaputtgehen?\nVorname;Nachname;Geburtstag\n{first};{last};{dob}\n{first2};{last2};{dob}"),
    ("de", "Bitte Lieferadresse ändern auf {address}, z. Hd. {person2}. Bestellnummer {order}. Formulier das kurz für den Kundenservice."),
    ("fr", "Rédige un mot d'excuse pour l'école : ma fille {first2} était malade le {date}. Signé {person}, tél. {phone}."),
    ("fr", "Voici mon RIB : {iban}, titulaire {person_uc}. Le format est-il correct pour un virement SEPA ?"),
    ("es", "Necesito felicitar a {first2} por su cumpleaños el {date}. Algo gracioso, que es de {town}."),
    ("es", "¿Está bien este contrato? Arrendador: {person}, DNI {natid}. Arrendatario: {person2}. Inmueble en {address}."),
    ("es", "Reenvía esto a {email2} con copia a {first}: la factura {order} vence el {date}."),
    ("it", "Scrivi un messaggio a {first}: la riunione con {title_last} è spostata al {date}. Tono informale."),
    ("it", "Mi serve una mail per il commercialista: codice fiscale {natid}, nato il {dob} a {town}. Firma {person}."),
    ("nl", "Kun je deze mail nakijken? 'Beste {first2}, bedankt voor je hulp met de verhuizing naar {address}. Groetjes, {first}'"),
    ("nl", "Mijn collega {person2} is sinds {date} ziek. Hoe meld ik dat netjes bij {org}?"),
]

FRESH_NEGATIVE = [
    ("en", "Jira or Linear for a 5-person team? We mostly track bugs and ship every {qty} days."),
    ("en", "Trace {uuid} shows a {qty} ms gap before the first DB call. What usually causes that in a {tech} service?"),
    ("en", "My new Dr. Martens are murdering my heels. Any tricks to break them in faster?"),
    ("en", "Chrome {version} broke our sticky header. Known regression, or is it our CSS?"),
    ("en", "Is the third edition of the book with ISBN 978-0-262-03384-8 worth it for self-study, or is an older one fine?"),
    ("en", "When would I use a Mann-Whitney U test instead of a t-test? And where does Kaplan-Meier fit in?"),
    ("en", "Why are so many US streets named Martin Luther King Jr. Boulevard, and when did that start?"),
    ("en", "Is Harry Potter too scary for a seven-year-old, or should we start with Paddington?"),
    ("en", "Tracking number 1Z999AA10123456784: which carrier uses that format, and what does the 1Z mean?"),
    ("en", "Kindle Paperwhite vs Kobo Clara for reading PDFs? The Kindle is {price} at the moment."),
    ("en", "The quickstart says `client = Client(token=\"{placeholder}\")`. Do I paste that literally or replace it?"),
    ("en", "Write a limerick about {famous_person} discovering TikTok."),
    ("en", "Return for {order} shows 'RMA issued'. What is an RMA and how long do refunds usually take?"),
    ("en", "Are these headings consistent? 'Rose Care Basics', 'Grant Funding For Community Gardens', 'Will It Frost?', 'May Planting Guide', 'Holly And Ivy Hedges'."),
    ("en", "Worth upgrading from a Galaxy S21 to an S24 just for the camera? Budget is {price}."),
    ("en", "Write a welcome email template with placeholders like [First Name], [Company] and [Start Date]."),
    ("en", "In Postgres, why does `SELECT * FROM orders WHERE id = {order}` do a seq scan when id is indexed?"),
    ("en", "Rank Serena Williams, Roger Federer, Rafael Nadal and Novak Djokovic by peak dominance. Justify briefly."),
    ("en", "Why do so many brands carry founders' names, like Ben & Jerry's, Marks & Spencer or Johnson & Johnson?"),
    ("en", "{hexcolor} and {hexcolor} clash on our dashboard. Suggest a palette for charts in {tech}."),
    ("en", "Summarize {docurl} for a junior dev in five bullets."),
    ("en", "Our bill went from {price} to {price} after {famous_company} changed its pricing. Is that typical?"),
    ("en", "How far is it on foot from the Sagrada Família to Park Güell, and is it a pleasant walk?"),
    ("en", "{famous_place} or {famous_place} for a first-time visitor who mostly cares about food? General impressions only."),
    ("en", "E11000 duplicate key error collection: app.users index: email_1 dup key: {lb} email: null {rb} — why null?"),
    ("en", "Explain Bayes' theorem with the classic rare-disease test example."),
    ("en", "Migrating {tech} {version} to {version}: CI job {order} dies with 'Segmentation fault (core dumped)'. Where do I start?"),
    ("en", "Rewrite with a CTE that also lists each manager's reports: SELECT name FROM employees WHERE manager_id IS NULL"),
    ("en", "When is the best season to see the northern lights around Tromsø?"),
    ("en", "Sherlock Holmes or Hercule Poirot: whose methods are closer to real detective work?"),
    ("en", "Product copy for the 'Charlotte' armchair in Sage velvet, {price}, delivered in {qty} days. Keep it cosy."),
    ("en", "Dog name ideas: we like Bailey, Max and Luna but want something less common for a golden retriever."),
    ("en", "What's the actual difference between Dr Pepper and Mr Pibb?"),
    ("en", "git blame shows {sha} from the renovate bot. How do I find the PR that introduced it?"),
    ("en", "What did {famous_person} and {famous_person} disagree about, if anything? Keep it short."),
    ("de", "Wie lange ist ein Personalausweis gültig, und was kostet ein neuer?"),
    ("fr", "Quelle est la différence entre un RIB et un IBAN, et lequel donner à mon employeur ?"),
    ("es", "¿Cómo se calcula la letra del DNI? Explícalo con un ejemplo inventado."),
    ("it", "Come si calcola il codice fiscale? Spiegami l'algoritmo passo per passo."),
    ("nl", "Wat is het verschil tussen een BSN en een paspoortnummer, en wanneer geef ik welke?"),
]

FRESH_CLEAN = [
    ("en", "What's a good stretching routine for someone who sits at a desk all day?"),
    ("en", "Explain how a heat pump works and whether it makes sense in a cold climate."),
    ("en", "Write a bedtime story about a tortoise who wants to fly."),
    ("en", "how do i make git forget a file that's already tracked but is now in .gitignore"),
    ("en", "What are good questions to ask at the end of a job interview?"),
    ("en", "Give me a beginner's running plan to get to 5 km in eight weeks."),
    ("en", "Explain recursion to a ten-year-old using nesting dolls."),
    ("de", "Was ist der Unterschied zwischen brutto und netto beim Gehalt?"),
    ("fr", "Donne-moi des idées de repas rapides pour la semaine, sans viande."),
    ("es", "¿Qué libros me recomiendas para aprender a programar desde cero?"),
    ("it", "Come si prepara un ragù alla bolognese tradizionale?"),
    ("nl", "Hoe maak ik mijn fiets klaar voor de winter?"),
]
