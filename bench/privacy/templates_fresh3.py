"""Third fresh, blind test set ("fresh3") for the PII benchmark: (language, text with {slots}).

Written blind: without opening the detector (src/llmvpn/privacy), its tests, or any list of its
misses, and frozen before the detector was ever run on it. Do not tune the detector against these
templates or the values generated here: run.py reports them apart (`quality_fresh3`) as the estimate
for phrasings and values nobody tuning the detector has seen. Once anyone tunes on its misses it stops
measuring that; write a fresh4 then, and leave this one alone.

Unlike the earlier sets, nearly every value here comes from this file's own generators (`fill`,
reached from corpus._fill_fresh2 for slots no other set knows): new name lists (hyphenated first
names, double and particle surnames, middle initials), towns, organisations, address layouts for
nineteen countries, new phone styles, dates in seven languages and in log/header timestamps,
national numbers valid by their checksums, and over forty credential formats. corpus.py's own slots
are used only for values that identify nobody ({order} {version} {uuid} {price} {time} {year} {tech}
{lb} {rb}).

Slots (labels as corpus.py's docstring defines them):
  People A (usually the writer), B, C, D.  {A} is the full name; {A:attr} is one of
    first last      PERSON              lc / luc   first name lower case / surname upper case
    init            "J. Smith"          rev        "Smith, Jane"        uc   full name upper case
    title           "Dr. Smith" (the title not labelled)                user login name from the name
    email work      EMAIL (private / work)          phone  PHONE        url  URL (a link to the person)
    ssn  US_SSN     natid NATIONAL_ID (the person's country)            addr ADDRESS (the person's country)
    dob[:lang]      DATE_OF_BIRTH; lang in en (default) de fr es it nl pt iso
  {loc:town} {loc:town2}               LOCATION (the locale's town / any locale's town)
  {org:work|clinic|school|bank}        ORGANIZATION, in the locale's language
  {date} {date:LANG|num|iso|ts|git|rfc} DATE; in ts/git/rfc timestamps only the date part is labelled
  {addr:any} ADDRESS   {phone:any} PHONE   {card:any} CREDIT_CARD   {iban:any} IBAN
  {ip:any|pub|priv|v6|port}            IP_ADDRESS (the ":port" of ip:port not labelled)
  {sec:KIND}  SECRET, KIND a key of _SECRETS ({sec:slack_hook} / {sec:discord_hook}: the URL's path only)
  {pw:any}    SECRET (a password)      {cred:url|smtp}  scheme:// + user:password (SECRET) + @host
  {neg:KIND}  hard negatives, never labelled; KIND a key of _NEGATIVES
A slot with "#key" at the end ({neg:repo#r}, {date:num#d}) gives the same value each time in a prompt.
"""

from __future__ import annotations

import base64
import calendar
import datetime as dt
import ipaddress
import json
import string
import struct
import unicodedata
from collections.abc import Callable

import phonenumbers
from stdnum import ean, iban as stdnum_iban, luhn
from stdnum.at import vnr as at_vnr
from stdnum.au import tfn as au_tfn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.ie import pps as ie_pps
from stdnum.mx import curp as mx_curp
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer as se_pnr

FRESH3_PII = [
    # --- HR and recruiting ---
    ("en", "Can you rank these three applicants for the warehouse shift lead job and give me one line on each?\n\n"
           "1. {A} | {A:email} | {A:phone} | 6 yrs forklift, currently at {org:work}\n"
           "2. {B} | {B:email} | available from {date} | no licence yet\n"
           "3. {C:rev} | referred by {D:first} | lives in {loc:town}, would need to relocate"),
    ("en", "A candidate sent me their portfolio, {B:url}, along with the CV. Draft a short invite to a first call with me "
           "({A}, {A:work}) on {date}; {B:first} said mornings are best."),
    ("en", "Please turn this into a proper offer letter, friendly but formal:\n\nCandidate: {B}\nRole: Junior Bookkeeper\n"
           "Start date: {date}\nSalary: {price} gross per year\nReports to: {A}\nPlace of work: {org:work}, {addr:any}\n"
           "Send to: {B:email}"),
    ("en", "Our background-check vendor bounced this submission. Which field looks wrong?\n\nFull legal name: {B:uc}\n"
           "Date of birth: {B:dob}\nSocial Security number: {B:ssn}\nCurrent address: {B:addr}\n"
           "Previous address (if less than 3 years): {addr:any}\nSignature date: {date:num}"),
    ("en", "I'm writing a reference for a former employee and want it warm but honest. {B} worked for me at {org:work} "
           "from {date} until {date}, mostly on the front desk. Mention they were never late once. Sign it {A}, {A:work}."),
    ("en", "hiring manager here. one of our interviewers wrote this in the ATS, is any of it stuff I should remove before "
           "the candidate asks for their data?\n\n\"{B:first} seemed nervous. Mentioned a divorce. Lives with parents at "
           "{B:addr}. Old manager {C:title} says fine. Call back on {B:phone}.\""),

    # --- medical ---
    ("en", "Make this voicemail script sound calmer, I always ramble: 'Hi, this is {A}, date of birth {A:dob}. I'm calling "
           "to move my appointment with {C:title} on {date}. You can reach me on {A:phone} after four.'"),
    ("en", "Got this text and I can't tell if it's really from my clinic:\n\n\"{org:clinic}: Reminder for {A:first} {A:last}, "
           "appt {date} at {neg:hhmm} with {C:title}. Reply Y to confirm or call {phone:any}.\"\n\n"
           "The sender is just a short number. Anything suspicious?"),
    ("en", "Can you explain my father's discharge summary in plain words?\n\nPatient: {B:rev}\nDOB: {B:dob:iso}\n"
           "Admitted: {date}\nDischarged: {date}\nConsultant: {C:title}\nDiagnosis: NSTEMI, started on dual antiplatelet "
           "therapy\nGP: {org:clinic}"),
    ("en", "Fill in the new-patient form for my daughter from these notes, one field per line: {B}, born {B:dob}, allergic "
           "to amoxicillin, lives with me at {A:addr}. I'm {A}, phone {A:phone}, email {A:email}. Previous practice: "
           "{org:clinic}."),

    # --- landlord and tenant ---
    ("en", "My landlord {B} texted that they'll come into the flat at {A:addr} on {date} for an 'inspection'. Our agreement "
           "says 24 hours' written notice. Does a text count, and what do I reply?"),
    ("en", "Write a firm letter asking for my deposit back.\nTenant: {A}, now at {A:addr}\nLandlord: {B}\nDeposit: {price}, "
           "paid on {date} into {iban:any}\nKeys returned: {date}\nNo reply to two emails sent to {B:email}."),
    ("en", "Is this rent increase legal? Forwarding the email:\n\nFrom: {B:work}\nTo: {A:email}\nSubject: Rent review – "
           "{addr:any}\n\nDear {A:first},\nFollowing our annual review, the rent will rise to {price} per month from {date}.\n"
           "Kind regards,\n{B}\nLettings Team, {org:work}"),

    # --- travel ---
    ("en", "Tell me the free-cancellation deadline from this confirmation:\n\nGuest: {A}\nPhone: {A:phone}\nCheck-in: {date} "
           "(from 15:00)\nCheck-out: {date} (until 11:00)\nProperty address: {addr:any}\nConfirmation: {order}\n"
           "Free cancellation until 48 hours before arrival."),
    ("en", "Translate this to Spanish for the airline: 'I am travelling as {A:uc}, booking reference {neg:pnr}. Please move "
           "my return flight from {loc:town2} to {date}. My email is {A:email} and my mobile {A:phone}.'"),
    ("en", "The rental car company charged my card {card:any} {price} for a scratch that was already there. Pickup was in "
           "{loc:town} on {date}, driver {A}. Write the dispute for my bank."),
    ("en", "Group trip spreadsheet, can you turn it into a table the tour operator can read?\n\nname;passport/ID;date of birth\n"
           "{A};{A:natid};{A:dob}\n{B};{B:natid};{B:dob}\n{C};{C:natid};{C:dob}"),

    # --- school and parents ---
    ("en", "Email to the school office please: {B:first} (Year 4) will be picked up early on {date} by a family friend, "
           "{C} ({C:phone}). From {A}."),
    ("en", "Summarise this class WhatsApp export for me, I was at work:\n\n{date:num#d}, 18:02 - {B}: does anyone have the "
           "permission slip for the museum trip?\n{date:num#d}, 18:05 - {C}: I'll forward it, send me your email\n"
           "{date:num#d}, 18:06 - {B}: {B:email} thanks!!\n{date:num#d}, 18:20 - {D:first}: can {A:first} come with us in the car?"),
    ("en", "After-school club emergency form, does anything look missing?\n\nChild: {B}\nDate of birth: {B:dob}\n"
           "Parent/guardian: {A}\nHome address: {A:addr}\nMobile: {A:phone}\nSecond contact: {C} ({C:phone})\n"
           "GP practice: {org:clinic}\nSchool: {org:school}"),
    ("en", "My kid's teacher, {C:title}, sent a note home saying {B:first} has been 'disruptive'. Help me write a calm reply "
           "asking for a meeting. I'm {A} and I can do any day after {date}."),

    # --- legal ---
    ("en", "Draft a letter before action. My old employer {org:work} still owes me {price} in unpaid wages for work between "
           "{date} and {date}. I'm {A}, {A:addr}. Address it to their director, {B}."),
    ("en", "Is this clause from my aunt's will worded properly? 'I, {B}, of {B:addr}, born on {B:dob}, appoint {A} and {C} "
           "to be my executors and trustees.' She wants it signed before {date}."),
    ("en", "Put this timeline in a clean table for the small-claims bundle:\n- {date}: paid {C} {price} by transfer from "
           "{iban:any} for fitting a kitchen\n- {date}: {C:first} stopped answering {C:phone}\n- {date}: sent a recorded "
           "letter to {C:addr}\n- {date}: still no reply"),
    ("en", "Can you make this witness statement clearer without changing the facts? 'My name is {A}. On {date} at about "
           "{time} I saw a grey van reverse into the car of my neighbour {B} outside {B:addr}. I took a photo and sent it "
           "to {B:first} on {B:phone} straight away.'"),

    # --- git and CI logs ---
    ("en", "Why does git show me as two different authors?\n\ncommit {neg:sha40}\nAuthor: {A} <{A:work}>\nDate:   {date:git}\n\n"
           "    Fix flaky login test\n\ncommit {neg:sha40}\nAuthor: {A:user} <{A:email}>\nDate:   {date:git}\n\n    Bump dependencies"),
    ("en", "Our GitHub Actions push step fails with this, what's going on?\n\nRun git push https://x-access-token:{sec:ghs}"
           "@github.com/{neg:repo#r}.git HEAD:main\nremote: Permission to {neg:repo#r}.git denied to github-actions[bot].\n"
           "fatal: unable to access 'https://github.com/{neg:repo#r}.git/': The requested URL returned error: 403"),
    ("en", "CI_DEBUG_TRACE was on and our GitLab job printed all of these. Which ones do I have to rotate?\n\n"
           "CI_COMMIT_SHA={neg:sha40}\nCI_PROJECT_PATH={neg:repo}\nDEPLOY_TOKEN={sec:gldt}\nRUNNER_TOKEN={sec:glrt}\n"
           "AWS_ACCESS_KEY_ID={sec:aws_id}\nAWS_SECRET_ACCESS_KEY={sec:aws_secret}\nGITLAB_USER_NAME={A}\n"
           "GITLAB_USER_EMAIL={A:work}"),
    ("en", "Jenkins console output, the deploy stage dies here:\n\n+ docker login -u {A:user} -p {pw:any} registry.{neg:corp#c}.io\n"
           "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "
           "\"https://registry.{neg:corp#c}.io/v2/\": unauthorized\n\nWhat should I check first?"),

    # --- cloud consoles ---
    ("en", "Why does `aws s3 ls --profile prod` say ExpiredToken? My ~/.aws/credentials:\n\n[default]\n"
           "aws_access_key_id = {sec:aws_id}\naws_secret_access_key = {sec:aws_secret}\n\n[prod]\naws_access_key_id = "
           "{sec:aws_id}\naws_secret_access_key = {sec:aws_secret}\naws_session_token = {sec:aws_session}"),
    ("en", "The IAM console says user {A:user} still has an active key {sec:aws_id}, last used from {ip:pub} in a region we "
           "don't use. They left the company on {date}. What's the clean-up checklist?"),
    ("en", "gcloud auth activate-service-account fails with invalid_grant using this key file. Is something truncated?\n\n"
           "{lb}\n  \"type\": \"service_account\",\n  \"project_id\": \"{neg:gcp_project}\",\n  \"private_key\": \"{sec:pem_json}\",\n"
           "  \"token_uri\": \"https://oauth2.googleapis.com/token\"\n{rb}"),
    ("en", "App Service → Configuration shows these settings and the app still can't reach the database:\n\n"
           "SQL_CONNECTION=Server=tcp:{neg:azsql}.database.windows.net,1433;User ID=sqladmin;Password={pw:any};Encrypt=True;\n"
           "AAD_CLIENT_SECRET={sec:azure}\nOPS_CONTACT={A:work}\n\nIs the connection string format right?"),
    ("en", "My home server's public IP is {ip:pub} and the router's admin page is on {ip:priv}. I opened port 8123 for Home "
           "Assistant. Is that a bad idea?"),

    # --- crash reports ---
    ("en", "A user sent us this crash report, what's the likely cause?\n\nIncident Identifier: {uuid}\nHardware Model: "
           "iPhone15,2\nDevice Name: {A:first}'s iPhone\nOS Version: iPhone OS 17.4.1 (21E236)\nException Type: "
           "EXC_BAD_ACCESS (SIGSEGV)\nTriggered by Thread: 0\nUser note: crashed right after I typed my email {A:email} "
           "on the sign-up screen"),
    ("en", "Logcat right before the crash, is it the auth code or the profile code?\n\nD/AuthRepo: signed in as {A:email}\n"
           "D/ProfileVM: loading profile for {A}\nD/ProfileVM: phone = {A:phone}\nE/AndroidRuntime: FATAL EXCEPTION: main\n"
           "java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null "
           "object reference\n\tat com.shop.app.ProfileFragment.bind(ProfileFragment.kt:88)"),
    ("en", "Sentry shows these locals on the failing frame. Which ones should our scrubber be catching?\n\n"
           "billing/charge.py in create_charge at line 142\n  api_key = \"{sec:stripe}\"\n  customer_name = \"{A}\"\n"
           "  card_number = \"{card:any}\"\n  customer_ip = \"{ip:any}\"\n  amount = 4999"),

    # --- Slack and Teams exports ---
    ("en", "Write a jq filter that drops user_profile from every message in our Slack export. One message looks like:\n\n"
           "{lb}\"type\": \"message\", \"user\": \"{neg:slackid}\", \"user_profile\": {lb}\"real_name\": \"{A}\", "
           "\"display_name\": \"{A:lc}\"{rb}, \"text\": \"staging token is {sec:slack_user}, don't share\", "
           "\"ts\": \"{neg:slackts}\"{rb}"),
    ("en", "Copied from a Teams chat, can you write a short on-call rota update from it?\n\n{B}  {date:num#t} 09:12\n"
           "Can someone take my on-call on {date}? I'll be at a funeral in {loc:town}.\n\n{A}  {date:num#t} 09:40\n"
           "Sure, I'll swap with you. Text me on {A:phone} if anything breaks before then."),
    ("en", "Our alert script posts to https://hooks.slack.com/services/{sec:slack_hook} and Slack answers 'no_service'. "
           "What does that mean and how do I fix it?"),
    ("en", "Someone pasted this in #general by accident: \"@{B:first} here's the token for the release bot "
           "{sec:slack_bot}\". How do I revoke it and check whether it was used?"),

    # --- meeting notes ---
    ("en", "Please turn these notes into a follow-up email:\n\nDate: {date}\nPresent: {A}, {B:init}, {C} (external, {C:work})\n"
           "Apologies: {D:first}\n- {B:last} to send the revised quote by {date}\n- {C:first} needs a signed NDA before the "
           "site visit at {addr:any}\n- next check-in {date}"),
    ("en", "Check the grammar of these draft minutes, but don't change any names:\n\nThe chair, {B:title}, opened the "
           "meeting at {time}. {C:rev} presented the treasurer's report. It was agreed that {D} would open a new account "
           "with {org:bank} and that {A:init} would circulate the accounts to members by {date}."),

    # --- invoices ---
    ("en", "Does this invoice have everything a German invoice legally needs?\n\nRechnung Nr. {order}\nRechnungsdatum: "
           "{date:de}\n{A}\n{A:addr}\nan: {org:work}\nLeistung: Website-Relaunch, 40 Std. à {price}\n"
           "Bankverbindung: {iban:any} (BIC {neg:bic})"),
    ("en", "Checkout keeps failing and I can't see why. What I entered:\nName on card: {A:uc}\nCard number: {card:any}\n"
           "Billing address: {A:addr}\nEmail for receipt: {A:email}"),
    ("en", "Make this payment reminder firmer but still polite:\n\n'Hi {B:first}, just a nudge that invoice {order} for "
           "{price} was due on {date}. My details again: {A}, IBAN {iban:any}. Thanks, {A:first}'"),

    # --- forms filled in as key: value ---
    ("en", "Convert this into a JSON object with camelCase keys:\n\nfull name: {A}\nemail: {A:email}\nphone: {A:phone}\n"
           "date of birth: {A:dob}\nemergency contact: {B} ({B:phone})\nmember since: {year}"),
    ("en", "The bank's online form keeps saying 'ID number invalid'. This is what I typed:\n\nFirst name(s): {A:first}\n"
           "Surname: {A:last}\nID document: national ID card\nID number: {A:natid}\nDate of birth: {A:dob}\n"
           "Address: {A:addr}\n\nIs the ID number in the wrong format?"),

    ("en", "The tax software wants both our SSNs. Mine is {A:ssn} and {B:first}'s is {B:ssn}; we married on {date} and moved "
           "to {addr:any} that spring. Which filing status fits?"),
    ("en", "Write me a two-line speaker bio from my profile: {A:url}. I'm {A}, I run {org:work} in {loc:town}, and the talk "
           "is on {date}."),

    # --- configs: .env, YAML, PHP, kubeconfig, JSON ---
    ("en", "Django ignores DJANGO_DEBUG from this .env, why?\n\nSECRET_KEY={sec:django}\nDATABASE_URL={cred:url}\n"
           "EMAIL_HOST_USER={A:work}\nEMAIL_HOST_PASSWORD={pw:any}\nDJANGO_DEBUG=False\nALLOWED_HOSTS=.{neg:corp}.com"),
    ("en", "Is my Home Assistant secrets.yaml sensible, or should some of this live elsewhere?\n\nwifi_password: {pw:any}\n"
           "notify_email: {A:email}\ntelegram_bot_token: {sec:telegram}\nrouter_ip: {ip:priv}"),
    ("en", "WordPress shows 'Error establishing a database connection'. wp-config.php:\n\ndefine( 'DB_NAME', 'wp_shop' );\n"
           "define( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', '{pw:any}' );\ndefine( 'DB_HOST', '{ip:priv}' );\n"
           "define( 'AUTH_KEY', '{sec:wpsalt}' );\ndefine( 'SECURE_AUTH_KEY', '{sec:wpsalt}' );"),
    ("en", "kubectl says 'You must be logged in to the server (Unauthorized)'. The relevant bit of my kubeconfig:\n\n"
           "users:\n- name: {A:user}\n  user:\n    token: {sec:jwt}\ncontexts:\n- context:\n    cluster: {neg:cluster}\n"
           "    user: {A:user}"),
    ("en", "Docker keeps asking me to log in although ~/.docker/config.json has:\n\n{lb}\"auths\": {lb}\"registry.gitlab.com\": "
           "{lb}\"auth\": \"{sec:basic}\"{rb}, \"ghcr.io\": {lb}\"auth\": \"{sec:basic}\"{rb}{rb}{rb}\n\nIs credsStore overriding it?"),

    # --- shell history ---
    ("en", "Cleaning my shell history before a screen share. Which lines should go?\n\n  501  ssh {A:user}@{ip:pub}\n"
           "  502  export OPENAI_API_KEY={sec:openai}\n  503  mysql -u root -p'{pw:any}' shop\n  504  git log --oneline | head\n"
           "  505  curl -u {A:email}:{sec:atlassian} https://{neg:corp}.atlassian.net/rest/api/3/myself\n  506  ls -la"),
    ("en", "What did I do wrong here? From my bash history:\n\nvault login {sec:vault}\nvault kv get secret/app/prod\n"
           "Error reading secret/app/prod: permission denied\nexport ANTHROPIC_API_KEY={sec:anthropic}\n"
           "python eval.py --notify {A:email}"),

    # --- SQL dumps ---
    ("en", "Why does this COPY block fail on the second row?\n\nCOPY public.customers (id, full_name, email, phone, created_at) "
           "FROM stdin;\n1\t{A}\t{A:email}\t{A:phone}\t{date:iso}\n2\t{B}\t{B:email}\t{B:phone}\t{date:iso}\n\\."),
    ("en", "Turn this MySQL dump into a CSV with a header row:\n\nINSERT INTO `patients` VALUES (1,\"{A:last}\",\"{A:first}\","
           "\"{A:dob:iso}\",\"{A:natid}\",\"{A:phone}\"),(2,\"{B:last}\",\"{B:first}\",\"{B:dob:iso}\",\"{B:natid}\",\"{B:phone}\");"),

    # --- e-mail signatures and quoted replies ---
    ("en", "Make my email signature tidier and lay it out as a two-column table for Outlook:\n\n{A}\nSenior Paralegal | "
           "{org:work}\nDirect: {A:phone} | Mobile: {phone:any}\n{A:work}\n{addr:any}\n{A:url}"),
    ("en", "reply to this for me, just say tuesday works:\n\n> hi {A:lc},\n> are you free tuesday to go over the {loc:town} "
           "site plans?\n> cheers\n> {B:lc}\n> {B:phone}"),

    # --- translation requests ---
    ("en", "Translate into French for my landlord: 'Dear {B:title}, the boiler at {A:addr} has not worked since {date}. "
           "Please call me on {A:phone} to arrange a repair. Kind regards, {A}'"),
    ("en", "Translate to English please, it's from my health insurer: 'Sehr geehrte/r {C}, wir bestätigen den Eingang Ihres "
           "Antrags vom {date:de}. Versichertennummer: {C:natid}. Geburtsdatum: {C:dob:de}.'"),
    ("en", "What is this Dutch letter from the council asking me to do? 'Geachte {A}, uw afspraak voor het ophalen van uw "
           "rijbewijs is op {date:nl} om 10.30 uur. Neem uw paspoort mee. Uw adres volgens onze gegevens: {A:addr}.'"),

    # --- secrets in prose and code ---
    ("en", "I read my new Wi-Fi password out to {B:first} on a Teams call: it's {pw:any}. Could that end up logged somewhere?"),
    ("en", "The Anthropic console shows my key {sec:anthropic} as disabled. I only ever used it in a notebook on my laptop "
           "at {org:work}. Did someone report it?"),
    ("en", "Is it bad that our restricted Stripe key {sec:rk} ships inside the mobile app? It only has read access to charges."),
    ("en", "Decode this JWT from our login endpoint and tell me why the API rejects it as expired: {sec:jwt_email}"),
    ("en", "The map on our contact page broke. The script tag is <script src=\"https://maps.googleapis.com/maps/api/js?"
           "key={sec:google}&callback=initMap\" async></script> and the console says RefererNotAllowedMapError."),
    ("en", "ssh says 'Load key \"/home/{A:user}/.ssh/id_ed25519\": invalid format'. The file:\n\n{sec:openssh}\n\n"
           "Did the copy-paste break it?"),
    ("en", "My Discord bot comes online and disconnects straight away:\n\nconst client = new Client({lb} intents: "
           "[GatewayIntentBits.Guilds] {rb});\nclient.login('{sec:discord}');\n\nIs it the intents?"),
    ("en", "Offboarding {B} today. These were on their laptop; which can I revoke from a CLI and which need the web UI?\n"
           "- Linear: {sec:linear}\n- Docker Hub: {sec:docker}\n- Grafana: {sec:grafana}\n- Databricks: {sec:databricks}\n"
           "- OpenRouter: {sec:openrouter}"),
    ("en", "my bank made me pick a new password and i went with {pw:any}. is that strong enough? the login name is {A:user}"),
    ("en", "Our age-encrypted backups won't decrypt on the new server. keys.txt has:\n\n# created: {date:ts}\n"
           "# public key: {neg:agepub}\n{sec:age}"),
    ("en", "We found this in an old shared-drive folder named after {B}. Is it a private key, and what should we do "
           "with it?\n\n{sec:pgp}"),
    ("en", "Our Zapier step fails with 401 when it calls the API. The header it sends is Authorization: Bearer {sec:any} "
           "and the account owner is {A} ({A:work})."),

    # --- German ---
    ("de", "Kannst du prüfen, ob diese Mieterhöhung formal in Ordnung ist?\n\nVermieter: {B}, {B:addr}\nMieter: {A}\n"
           "Wohnung: {A:addr}\nNeue Miete ab: {date:de}\nBegründung: Mietspiegel {year}"),
    ("de", "Übersetz das bitte ins Englische: „Unser Sohn {B:first} (geb. {B:dob:de}) ist in der Klasse von Frau {C:last} "
           "an der {org:school}. Bei Fragen erreichen Sie mich unter {A:phone}. Viele Grüße, {A}“"),
    ("de", "Unser Jenkins-Log zeigt das hier, müssen wir was tun?\n\n+ curl -sf -H 'PRIVATE-TOKEN: {sec:glpat}' "
           "https://gitlab.{neg:corp}.de/api/v4/projects/42/jobs\n+ echo 'Deploy ausgelöst von {A:user}'\n"
           "Deploy ausgelöst von {A:user}"),
    ("de", "Entwurf für ein Arbeitszeugnis, bitte wohlwollend formulieren: {B}, geboren am {B:dob:de} in {loc:town}, war vom "
           "{date:de} bis zum {date:de} bei {org:work} in der Buchhaltung beschäftigt."),
    ("de", "Ist das eine Phishing-Mail? „Sehr geehrte/r {A}, zur Bestätigung Ihrer Rückerstattung überweisen Sie bitte "
           "1,00 € an IBAN {iban:any}, Kontoinhaber {B:uc}. Rückfragen unter {phone:any}.“"),

    # --- French ---
    ("fr", "Peux-tu relire ma lettre de congé ?\n\n{A}\n{A:addr}\n\nÀ l'attention de {B}\n\nObjet : congé du logement\n\n"
           "Je vous informe que je quitterai le logement le {date:fr}. L'état des lieux peut se faire le {date:fr}. "
           "Vous pouvez me joindre au {A:phone}."),
    ("fr", "Écris un SMS pour annuler mon rendez-vous du {date:fr} avec le docteur {C:last} au {org:clinic}. Je suis {A}, "
           "né(e) le {A:dob:fr}, et mon numéro est le {A:phone}."),
    ("fr", "La fiche d'inscription à la cantine est-elle complète ?\nNom : {B:luc}\nPrénom : {B:first}\nDate de naissance : "
           "{B:dob:fr}\nResponsable légal : {A}\nCourriel : {A:email}\nTéléphone : {A:phone}\nÉcole : {org:school}"),
    ("fr", "Symfony ne lit pas mes variables, voici mon .env.local :\nMAILER_DSN={cred:smtp}\nSTRIPE_SECRET_KEY={sec:stripe}\n"
           "ADMIN_EMAIL={A:email}\nPourquoi ?"),

    # --- Spanish ---
    ("es", "¿Me ayudas a contestar a mi casero? Me escribió: «Hola {A:first}, el contrato del piso de {addr:any} vence el "
           "{date:es}. Si quieres renovar, mándame copia del DNI ({A:natid}) y la última nómina. Un saludo, {B}»"),
    ("es", "Tengo cita en {org:clinic} el {date:es} con {C} y no puedo ir. Escríbeme un correo para cambiarla; soy {A}, "
           "nací el {A:dob:es} y mi móvil es el {A:phone}."),
    ("es", "Traduce al inglés este correo de RR. HH.: «Estimado/a {B}: confirmamos su incorporación a {org:work} el "
           "{date:es}. Envíe su número de afiliación y su cuenta bancaria ({iban:any}) a {C:work} antes del {date:es}.»"),
    ("es", "Me sale 'InvalidClientTokenId' con estas credenciales, ¿están mal copiadas?\nAWS_ACCESS_KEY_ID={sec:aws_id}\n"
           "AWS_SECRET_ACCESS_KEY={sec:aws_secret}\nAWS_DEFAULT_REGION=eu-south-2"),

    # --- Italian ---
    ("it", "Mi correggi questa mail per l'amministratore di condominio? «Gentile {B}, le segnalo un'infiltrazione nel mio "
           "appartamento in {A:addr} dal {date:it}. Può chiamarmi al {A:phone}. Cordiali saluti, {A}»"),
    ("it", "Modulo di iscrizione all'asilo nido: bambino {B}, nato il {B:dob:it} a {loc:town}; genitore {A}, documento "
           "{A:natid}, email {A:email}. Manca qualcosa?"),
    ("it", "Il mio collega {B:first} ha incollato nella chat del team la chiave {sec:openai}. Come glielo faccio notare "
           "senza metterlo in imbarazzo?"),

    # --- Dutch ---
    ("nl", "Kun je deze mail aan de verhuurder verbeteren? 'Beste {B:first}, sinds {date:nl} lekt de kraan in de badkamer "
           "van {A:addr}. Kunt u iemand sturen? Bel me gerust op {A:phone}. Groet, {A}'"),
    ("nl", "Schrijf een kort berichtje om mijn afspraak bij {org:clinic} op {date:nl} te verzetten. Ik ben {A}, geboren op "
           "{A:dob:nl}, patiëntnummer {order}."),
    ("nl", "Iemand zette dit in onze Teams-groep: '{B}: het wachtwoord van de gedeelde mailbox is nu {pw:any}'. Hoe leg ik "
           "het team vriendelijk uit waarom dat niet kan?"),

    # --- Portuguese ---
    ("pt", "Pode revisar esta mensagem para a escola? 'Bom dia, professora {C:first}. O {B:first} não vai à aula no dia "
           "{date:pt} porque tem consulta médica. Qualquer coisa, meu WhatsApp é {A:phone}. Att., {A}'"),
    ("pt", "No contrato de aluguel está assim: LOCATÁRIO: {A:uc}, documento {A:natid}, residente em {A:addr}. LOCADOR: {B}. "
           "Está certo colocar meu documento desse jeito?"),
    ("pt", "Esse .env vazou no GitHub, o que eu faço primeiro?\nSUPABASE_SERVICE_ROLE_KEY={sec:jwt}\n"
           "RESEND_API_KEY={sec:resend}\nADMIN_EMAIL={A:email}"),
]

FRESH3_NEGATIVE = [
    # documentation values, placeholders, public keys
    ("en", "Every AWS doc example uses aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Is that a real key "
           "someone leaked, or reserved for docs the way example.com is?"),
    ("en", "Our signup form uses {neg:placeholder_email} as placeholder text. Is that a good idea, or should it look more "
           "obviously fake?"),
    ("en", "Review our .env.example before I commit it:\n\nOPENAI_API_KEY={neg:placeholder_key}\n"
           "ANTHROPIC_API_KEY={neg:placeholder_key}\nGITHUB_TOKEN={neg:placeholder_key}\n"
           "DATABASE_URL=postgres://<user>:<password>@localhost:5432/app_dev\n"
           "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"),
    ("en", "Where do I paste this public key so GitHub Actions can deploy to my server? {neg:sshpub}"),
    ("en", "Is it fine to publish this in our README so people can verify release signatures?\n\n{neg:pubpem}"),
    ("en", "Stripe says the publishable key {neg:pk_live} is safe in frontend code. What stops someone from using it to "
           "create charges?"),
    # cloud, CI and code identifiers
    ("en", "Terraform wants to replace {neg:ec2} because the AMI changed from {neg:ami} to {neg:ami}. How do I tell it to "
           "ignore AMI updates?"),
    ("en", "Why does IAM reject this policy? The resource is arn:aws:s3:::{neg:bucket}/* and the principal is "
           "arn:aws:iam::{neg:awsacct}:role/{neg:role}."),
    ("en", "Pod {neg:pod} keeps going into CrashLoopBackOff with exit code 137, image {neg:digest}. Is that always memory?"),
    ("en", "The Helm chart sets image.tag: {neg:semver} and resources.limits.memory: 512Mi, and pod {neg:pod} still gets "
           "OOMKilled. What else should I look at?"),
    ("en", "package-lock.json has \"integrity\": \"{neg:integrity}\" for one of the packages. What is that hash, and is it "
           "safe to delete the lock file?"),
    ("en", "Our CSS bundle is huge because it's full of things like background: url(data:image/png;base64,{neg:b64img}). "
           "Should these be separate files?"),
    ("en", "Should we switch from Mongo ObjectIds like {neg:objectid} to ULIDs like {neg:ulid}? We mostly sort by creation time."),
    ("en", "In the header traceparent: {neg:traceparent}, which part is the trace id and which is the parent span?"),
    ("en", "Since the upgrade to {neg:semver} our build breaks with 'module not found'. Where do I start?"),
    ("en", "How do I find which branches contain commit {neg:sha40}? It's mentioned in {neg:ticket} but I can't see it on main."),
    ("en", "Rename these fields to snake_case and suggest Postgres types: firstName, lastName, dateOfBirth, emailAddress, "
           "phoneNumber, ibanNumber, ssnLast4, createdAt."),
    ("en", "CREATE TABLE patients (id uuid primary key, full_name text not null, date_of_birth date, national_id varchar(20), "
           "email citext unique);\nShould national_id be encrypted at rest? How would you do it in Postgres?"),
    ("en", "Windows Update fails with {neg:winerr} and then rolls back. What does that code usually mean?"),
    # orders, tickets, codes
    ("en", "Amazon order {neg:amazon_order} shows as delivered but nothing came. What are my options before I contact the seller?"),
    ("en", "Incident {neg:ticket} was auto-closed after five days without a reply. Write a short, polite request to reopen it."),
    ("en", "What does each part of a BIC like {neg:bic} mean, and how is it related to the IBAN?"),
    ("en", "How do I cite arXiv:{neg:arxiv} in APA style, and does that change once the paper has a DOI like {neg:doi}?"),
    ("en", "Is {neg:price} a fair price for a two-hour pasta-making class in {neg:famous_place}?"),
    # famous people, places, companies; eponyms and words that are also names
    ("en", "Did {neg:famous_person} really say the quote everyone attributes to them about failure? Where does it come from?"),
    ("en", "Who had the bigger influence on their field, {neg:famous_person} or {neg:famous_person}? Give a balanced answer."),
    ("en", "Why did {neg:famous_company} move its headquarters, and did it work out? Keep it to one paragraph."),
    ("en", "Is it realistic to see {neg:famous_place} and {neg:famous_place} in one week by train, or is that too rushed?"),
    ("en", "Give me a recipe for {neg:dish} that a nervous beginner can pull off for six people."),
    ("en", "Explain {neg:algo} with a small worked example, then show it in Python."),
    ("en", "Proofread this: 'Hope is not a plan, so we will mark the release in May as a soft launch. Bill customers "
           "monthly from June and keep the rose-gold theme.'"),
    ("en", "Our standup moves from 09:30 to 10:15 starting in March. Write the calendar description, no names needed."),
    # other languages
    ("de", "Was bedeutet 'ORA-01017: invalid username/password; logon denied', obwohl der Benutzer in der Datenbank "
           "existiert? Wir nutzen Version {neg:semver}."),
    ("fr", "Quelle est la différence entre un numéro SIREN et un numéro SIRET ? Donne un exemple inventé, pas un vrai."),
    ("es", "¿Qué significa cada parte del código BIC {neg:bic} y para qué lo piden en una transferencia?"),
    ("it", "Qual è la differenza tra {neg:famous_company} e {neg:famous_company} come datori di lavoro per un ingegnere junior?"),
    ("nl", "Wat betekent foutcode {neg:winerr} bij een Windows-update, en hoe los ik het op?"),
    ("pt", "Como funciona o algoritmo de Dijkstra? Dê um exemplo simples em Python."),
]

FRESH3_CLEAN = [
    ("en", "What's a fair way to split rent between flatmates when the bedrooms are different sizes?"),
    ("en", "Give me a packing list for a four-day hiking trip in spring, with one night in a mountain hut."),
    ("en", "How do I tell my manager a deadline is unrealistic without sounding negative?"),
    ("en", "write a short toast for a retirement party, funny but not a roast"),
    ("en", "What's the difference between a fixed-rate and a variable-rate mortgage, in two short paragraphs?"),
    ("en", "How do I stop my sourdough from spreading flat in the oven?"),
    ("en", "Explain how git rebase differs from merge, with a tiny diagram in plain text."),
    ("en", "Suggest five questions to ask before signing a lease."),
    ("en", "How long should a cover letter be these days, and what should it leave out?"),
    ("en", "What are the signs that a houseplant is being overwatered?"),
    ("de", "Wie bereite ich mich am besten auf ein Gespräch mit dem Elternbeirat vor?"),
    ("fr", "Comment expliquer la photosynthèse à un enfant de dix ans ?"),
    ("es", "¿Qué ejercicios sencillos ayudan con el dolor de espalda por estar sentado?"),
    ("it", "Quali sono le regole base per scrivere una lettera formale?"),
    ("nl", "Wat zijn goede tips om beter te slapen als je in ploegendienst werkt?"),
    ("pt", "Como posso organizar melhor minha semana de estudos para o vestibular?"),
]

# Appended to some English prompts (instead of templates.FOLLOW_UPS); on a new line, since many prompts end in pasted data.
FRESH3_FOLLOW_UPS = [
    "\n\nThanks!",
    "\n\nKeep my wording where you can.",
    "\n\nBullet points are fine.",
    "\n\nUnder 150 words, please.",
    "\n\nDon't make it sound like a template.",
    "\n\nExplain your changes briefly at the end.",
]


# =====================================================================================================
# Word lists (new: none of these names, towns or organisations are in corpus_data.py or templates_fresh2.py)
# =====================================================================================================

# locale: (female first names, male first names, surnames), "|"-separated
NAMES = {
    "en_US": ("Brooke|Kaitlyn|Shelby|Paige|Kendra|Whitney|Tamika|Jolene|Maribel|Renee|Courtney|June|Hope|Ivy|Pearl|LaToya",
              "Garrett|Colton|Dustin|Travis|Wyatt|Bryce|Lamar|Darnell|Reggie|Shane|Brett|Jared|Terrence|Rowan|Mason|DeAndre",
              "Castellanos|Whitfield|Brannigan|Pruitt|Vasquez|Delgado|Hollister|Strickland|Mayfield|Tillman|Boateng|"
              "Kaczmarek|Yoder|Pham|Baptiste|Holloway|Cobb|Little|Goodman|Mills|Frost|Bishop|Washington|Begay"),
    "en_GB": ("Ffion|Cerys|Sinéad|Aoife|Saoirse|Orla|Maisie|Tilly|Esme|Philippa|Kirsty|Morag|Bethan|Clodagh|Hollie",
              "Dafydd|Iwan|Ciarán|Oisín|Seamus|Rupert|Jolyon|Finlay|Lachlan|Ewan|Gethin|Barnaby|Crispin|Kieran|Ravi",
              "Llewellyn|Braithwaite|Ó Súilleabháin|MacLeod|Urquhart|Pemberton|Whitworth|Entwistle|Hargreaves|"
              "Greenhalgh|Sutcliffe|Fitzgerald|Gallagher|Bowen|Okafor|Chaudhry|Beckwith|Ramsbottom|Wood|Mason"),
    "de_DE": ("Ingrid|Wiebke|Gesa|Hilke|Mareike|Svenja|Nadine|Dörte|Heike|Carola|Anne-Kathrin|Lieselotte|Theresa|Maren|Ayşe",
              "Hans-Peter|Karl-Heinz|Volker|Uwe|Hauke|Jörn|Ole|Klaus-Dieter|Torsten|Detlef|Gerd|Rüdiger|Arne|Benedikt|Emre",
              "Oberhauser|Brinkmann|Dreßler|Kleinschmidt|Lehmkuhl|von Ahlefeldt|Petersen|Grünewald|Achterberg|Habermann|"
              "Stöckl|Wiśniewski|Özdemir|Baumgärtner|Eckhardt|Thießen|Yıldız|Vogt|zu Salm|Lange"),
    "fr_FR": ("Maëlle|Gwenaëlle|Anne-Sophie|Marie-Claire|Ségolène|Bérénice|Capucine|Apolline|Noémie|Yasmina|Laetitia|Sandrine",
              "Jean-Baptiste|Pierre-Yves|Gaëtan|Yannick|Thibault|Grégoire|Benoît|Hervé|Karim|Mehdi|Didier|Arnaud|Jean-Luc",
              "Le Goff|Le Bihan|Lemaire|Chevallier|Marchand|Giraud|Benali|Haddou|Tessier|Lacroix|Rigaud|Bouchard|Kerbrat|"
              "Ferrand|de Montaigu|Nguyen Van|Diallo|Lejeune|Poulain|Hamon"),
    "es_ES": ("Begoña|Maite|Arantxa|Remedios|Inmaculada|Leire|Yolanda|Covadonga|María José|Ana Belén|Nuria|Esperanza",
              "Josu|Aitor|Xabier|Borja|Fermín|Ignacio|Jacinto|Juan Carlos|José Manuel|Rubén|Óscar|Marcos|Alfonso",
              "Etxeberria|Goikoetxea|Aguirre|Villanueva|del Río|Castro|Iglesias|Saavedra|Ortega|Domínguez|Núñez|Cabrera|"
              "Soler|Puig|Ferrer|Vidal|de la Fuente|Quiroga|Medina|Arroyo"),
    "it_IT": ("Benedetta|Ludovica|Ginevra|Caterina|Serena|Noemi|Raffaella|Annalisa|Gaia|Rebecca|Maria Grazia|Anna Chiara",
              "Gianluca|Pierluigi|Giacomo|Edoardo|Filippo|Emanuele|Salvatore|Vincenzo|Carmine|Gennaro|Massimiliano|Nicolò",
              "De Luca|Lo Russo|Di Stefano|D'Angelo|Santoro|Caruso|Barbieri|Fontana|Rinaldi|Lombardi|Moretti|Pellegrini|"
              "Sorrentino|Cattaneo|Brambilla|Zanetti|Della Valle|Fabbri|Montanari|Piras"),
    "nl_NL": ("Marieke|Ilse|Annemieke|Wietske|Geertje|Floor|Jikke|Yara|Esmée|Marloes|Hanneke|Dewi",
              "Joris|Sjoerd|Gijs|Stijn|Maarten|Hidde|Jelle|Koen|Teun|Wessel|Rutger|Bart-Jan",
              "van der Meulen|Hoekstra|Dijkstra|de Graaf|van Leeuwen|Brouwer|Kuipers|Postma|van 't Hof|Schuurman|ter Horst|"
              "Wijnands|Bosman|El Amrani|Özkan|Verhoeven|Timmermans|van Beek"),
    "en_IN": ("Revathi|Harpreet|Gurleen|Tanvi|Ishita|Madhuri|Swathi|Bhavana|Anjali|Radhika|Sunita|Farah|Zainab",
              "Abhishek|Gaurav|Manpreet|Harish|Naveen|Sandeep|Raghav|Jatin|Imran|Suresh|Varun|Ashwin|Devendra",
              "Agarwal|Bhattacharya|Chowdhury|Dasgupta|Ghosh|Joshi|Kulkarni|Mukherjee|Pillai|Subramanian|Thakur|"
              "Venkataraman|Ahluwalia|Sheikh|Fernandes|D'Souza|Hegde|Bhatia"),
    "pt_BR": ("Luana|Vitória|Rayssa|Daniela|Tainá|Mariana|Bruna|Jéssica|Maria Eduarda|Ana Clara|Priscila|Raquel",
              "Caio|Vinícius|Diego|Renan|Bruno|Henrique|João Vitor|Luiz Fernando|Murilo|Otávio|Wellington|Cauã",
              "Nascimento|Araújo|Barbosa|Cardoso|Rocha|Dias|Teixeira|Moura|Cavalcanti|Monteiro|Vasconcelos|dos Santos|"
              "da Silva|de Souza|Albuquerque|Figueiredo|Bezerra|Medeiros"),
    "mixed": ("Elif|Chiamaka|Adaeze|Oluwaseun|Wanjiru|Agnieszka|Małgorzata|Ingeborg|Sigrid|Astrid|Svetlana|Haruka|Ji-yeon|"
              "Noura|Ioana|Lan|Amal",
              "Burak|Oluwafemi|Chukwuemeka|Kofi|Bartosz|Krzysztof|Lars|Mikael|Aleksandr|Takeshi|Min-jun|Tariq|Youssef|"
              "Bogdan|Quang|Tendai",
              "Öztürk|Çelik|Adeyemi|Eze|Nwosu|Asante|Zieliński|Johansson|Nyström|Bergström|Petrov|Sokolova|Yamamoto|"
              "Watanabe|Choi|Al-Rashid|El-Sayed|Popescu|Hoang|Kovačević|Horvat|Mwangi|Moyo"),
}

TOWNS = {
    "en_US": "Missoula|Kalamazoo|Paducah|Lubbock|Scranton|Eau Claire|Flagstaff|Bangor|Pueblo|Yakima|Asheville|Muncie",
    "en_GB": "Kendal|Wrexham|Dundee|Lincoln|Carlisle|Taunton|Shrewsbury|Stirling|Lowestoft|Barnstaple|Hexham|Bath",
    "de_DE": "Lüneburg|Bamberg|Gießen|Oldenburg|Siegen|Fulda|Rosenheim|Konstanz|Cottbus|Schwerin|Detmold",
    "fr_FR": "Quimper|Colmar|Valence|Chambéry|Niort|Albi|Brive-la-Gaillarde|Saint-Brieuc|Bayonne|Troyes",
    "es_ES": "Cáceres|Huesca|Ourense|Segovia|Jaén|Lleida|Badajoz|Almería|Ponferrada|Teruel",
    "it_IT": "Cremona|Ferrara|Arezzo|Rovigo|Lucca|Foggia|Udine|Pavia|Cosenza|Treviso",
    "nl_NL": "Leeuwarden|Deventer|Amersfoort|Alkmaar|Venlo|Middelburg|Assen|Helmond|Hoorn",
    "en_IN": "Nashik|Guntur|Jalandhar|Thrissur|Udaipur|Hubballi|Siliguri|Dehradun|Madurai",
    "pt_BR": "Londrina|Juiz de Fora|Ribeirão Preto|Maringá|Uberlândia|Joinville|Campina Grande|Petrópolis|Natal",
    "mixed": "Tampere|Aarhus|Brno|Košice|Plovdiv|Cluj-Napoca|Kaunas|Tartu|Bergen|Daegu|Kumasi|Eskişehir|Mombasa",
}

_LANG = {"en_US": "en", "en_GB": "en", "en_IN": "en", "mixed": "en", "de_DE": "de", "fr_FR": "fr", "es_ES": "es",
         "it_IT": "it", "nl_NL": "nl", "pt_BR": "pt"}

ORGS = {  # language: kind: names
    "en": {
        "work": "Wrenfield Logistics|Saltmarsh Accountants|Kingfisher Property Management|Quarry Hill Recruitment|"
                "Tidewater Print Co.|Juniper Lane Landscaping|Millbrook Roofing|Foxglove Interiors|Harbourside Lettings|"
                "Ravenscroft Tax Advisors|Marigold Home Care|Bramble & Oak Joinery|Thistledown Software|Copper Kettle Catering",
        "clinic": "Millbrook Medical Centre|Foxglove Physiotherapy|Harbourside Dental Practice|Quarry Hill Pediatrics|"
                  "Thistle Family Health|Riverside Orthodontics|Wrenfield Eye Clinic|Juniper Women's Health",
        "school": "St Brigid's Primary School|Millbrook Academy|Harbourside Elementary|Quarry Hill Middle School|"
                  "Foxglove Day Nursery|Westbury Community College|Ravenscroft Montessori",
        "bank": "Thistle Credit Union|Harbourside Building Society|Wrenfield Community Bank|Millbrook Savings Bank",
    },
    "de": {
        "work": "Kanzlei am Dom|Tischlerei Holzwerk Nord|Bäckerei Sonnenkorn|Elektro Blitzblank GmbH|Steuerbüro Mühlbach|"
                "Pflegedienst Lebensfreude|Spedition Nordstern GmbH",
        "clinic": "Zahnarztpraxis am Rathaus|Hausarztpraxis im Ärztehaus Mitte|Physiotherapie Bewegungsraum|Kinderarztpraxis Regenbogen",
        "school": "Kita Sonnenschein|Grundschule am Mühlenteich|Gesamtschule Nord|Waldkindergarten Eichhörnchen",
        "bank": "Raiffeisenbank Grünetal eG|Sparkasse Hügelland",
    },
    "fr": {
        "work": "Menuiserie Les Copeaux|Transports Bellerive|Agence immobilière du Lac|Boulangerie Au Bon Grain|Cabinet comptable des Halles",
        "clinic": "Cabinet médical des Tilleuls|Centre dentaire Les Érables|Cabinet de kinésithérapie du Parc|Maison de santé de la Vallée",
        "school": "École primaire Les Platanes|Crèche Les Petits Loups|Collège des Deux Rives|Lycée des Coteaux",
        "bank": "Caisse Mutuelle des Vallons",
    },
    "es": {
        "work": "Gestoría Los Pinos|Reformas Sol y Luna SL|Asesoría Fiscal Levante|Transportes La Meseta SA",
        "clinic": "Centro de Salud Las Acacias|Clínica Dental Los Olivos|Clínica de Fisioterapia Avanza",
        "school": "CEIP Los Almendros|Escuela Infantil Pasitos|IES Río Duero",
        "bank": "Caja Rural del Valle",
    },
    "it": {
        "work": "Studio Commercialista Ponte Nuovo|Falegnameria Il Castagno|Autofficina Stella|Agenzia Immobiliare Il Portico",
        "clinic": "Poliambulatorio La Fenice|Studio Dentistico Sorriso|Centro Medico Valle Verde",
        "school": "Asilo Nido Il Girasole|Scuola Primaria Arcobaleno|Istituto Comprensivo Valle Verde",
        "bank": "Banca di Credito Cooperativo della Valle",
    },
    "nl": {
        "work": "Schildersbedrijf De Kwast|Administratiekantoor Het Anker|Installatiebedrijf Warmtewacht|Makelaardij De Sleutel",
        "clinic": "Huisartsenpraktijk De Linde|Tandartspraktijk Stralend|Fysiotherapie De Brug",
        "school": "Basisschool De Regenboog|Kinderopvang De Vlinder|Montessorischool Het Kompas",
        "bank": "Spaarbank Noorderlicht",
    },
    "pt": {
        "work": "Contabilidade Ipê|Padaria Pão de Ouro|Imobiliária Horizonte|Oficina Mecânica Boa Viagem",
        "clinic": "Clínica Sorriso Feliz|Clínica Bem Viver|Laboratório Vida e Saúde",
        "school": "Escola Pequeno Príncipe|Colégio Novo Saber|Creche Arco-Íris",
        "bank": "Cooperativa de Crédito Serra Azul",
    },
}

# Countries a person of each locale lives in (address, phone, national id, e-mail provider).
_COUNTRIES = {"en_US": (("US", 3), ("CA", 1)), "en_GB": (("GB", 3), ("IE", 1)), "de_DE": (("DE", 3), ("AT", 1), ("CH", 1)),
              "fr_FR": (("FR", 4), ("BE", 1), ("CH", 1)), "es_ES": (("ES", 3), ("MX", 1)), "it_IT": (("IT", 4), ("CH", 1)),
              "nl_NL": (("NL", 3), ("BE", 1)), "en_IN": (("IN", 1),), "pt_BR": (("BR", 3), ("PT", 1)),
              "mixed": (("AU", 2), ("SE", 1), ("PL", 1))}

MAIL_DOMAINS = {
    "US": "gmail.com|yahoo.com|aol.com|comcast.net|icloud.com|att.net", "CA": "gmail.com|rogers.com|shaw.ca|sympatico.ca",
    "GB": "btinternet.com|gmail.com|hotmail.co.uk|sky.com|outlook.com", "IE": "eircom.net|gmail.com|hotmail.com",
    "DE": "posteo.de|t-online.de|mailbox.org|freenet.de|gmail.com", "AT": "gmx.at|aon.at|gmail.com",
    "CH": "bluewin.ch|gmx.ch|hispeed.ch", "FR": "laposte.net|free.fr|sfr.fr|wanadoo.fr", "BE": "telenet.be|skynet.be|proximus.be",
    "ES": "telefonica.net|yahoo.es|gmail.com", "MX": "prodigy.net.mx|hotmail.com|gmail.com",
    "IT": "libero.it|tiscali.it|virgilio.it|alice.it", "NL": "ziggo.nl|kpnmail.nl|xs4all.nl|hotmail.nl",
    "IN": "rediffmail.com|gmail.com|yahoo.co.in", "BR": "uol.com.br|bol.com.br|terra.com.br|gmail.com",
    "PT": "sapo.pt|gmail.com|netcabo.pt", "AU": "bigpond.com|optusnet.com.au|gmail.com", "SE": "telia.com|bredband.net|gmail.com",
    "PL": "wp.pl|onet.pl|o2.pl|interia.pl", "any": "fastmail.com|hey.com|pm.me|proton.me|zoho.com",
}
WORK_DOMAINS = ("wrenfield-logistics.com|saltmarsh-accounts.co.uk|kingfisher-pm.com|quarryhill.careers|tidewaterprint.co|"
                "millbrook-roofing.ie|ravenscroft-tax.de|foxglove-physio.com.au|harbourside-lettings.co.uk|thistledown.io|"
                "juniperlane.ca|kanzlei-am-dom.de|reformas-solyluna.es|studio-pontenuovo.it|dekwast-schilders.nl|"
                "contabilidade-ipe.com.br|mail.marigoldcare.org|eu.copperkettle.events")

# --- addresses: (town, region/postcode material) per country ---
US_TOWNS = {"Missoula": ("MT", "598"), "Kalamazoo": ("MI", "490"), "Paducah": ("KY", "420"), "Lubbock": ("TX", "794"),
            "Scranton": ("PA", "185"), "Eau Claire": ("WI", "547"), "Flagstaff": ("AZ", "860"), "Bangor": ("ME", "044"),
            "Pueblo": ("CO", "810"), "Yakima": ("WA", "989"), "Asheville": ("NC", "288"), "Muncie": ("IN", "473")}
US_STREETS = "Juniper|Sagebrush|Cottonwood|Magnolia|Dogwood|Hickory|Prairie|Aspen|Willowbrook|Foxhollow|Pinecrest|" \
             "Bluebonnet|Quail Run|Deer Creek|Harmony|Liberty|Jefferson|Franklin|Madison"
US_TYPES = "Street|Avenue|Boulevard|Drive|Lane|Court|Trail|Parkway|Circle|Blvd|Ct|Trl|Cir|Dr"
CA_TOWNS = {"Barrie": ("ON", "L"), "Kelowna": ("BC", "V"), "Moncton": ("NB", "E"), "Saskatoon": ("SK", "S"),
            "Red Deer": ("AB", "T"), "Sherbrooke": ("QC", "J"), "Kingston": ("ON", "K"), "Nanaimo": ("BC", "V")}
CA_STREETS = "Maplewood|Birchmount|Lakeshore|Bayview|Georgian|Huron|Riverbend|Tamarack|Spruce Ridge"
GB_TOWNS = {"Kendal": ("LA9", "Cumbria"), "Wrexham": ("LL13", ""), "Dundee": ("DD2", ""), "Lincoln": ("LN6", "Lincolnshire"),
            "Carlisle": ("CA3", "Cumbria"), "Taunton": ("TA2", "Somerset"), "Shrewsbury": ("SY3", "Shropshire"),
            "Stirling": ("FK7", ""), "Lowestoft": ("NR33", "Suffolk"), "Barnstaple": ("EX32", "Devon"),
            "Hexham": ("NE46", "Northumberland"), "Bath": ("BA2", "")}
GB_STREETS = "Ravensworth|Coniston|Thirlmere|Buttermere|Pennine|Moorland|Hawthorn|Rowan|Ashgrove|Beechwood|Glebe|Priory|" \
             "Abbey|Castle|Bridge|Fernlea"
GB_TYPES = "Gardens|Mews|Grove|Terrace|Walk|Rise|View|Road|Street|Close|Way"
IE_TOWNS = {"Ballincollig": ("P31", "Cork"), "Naas": ("W91", "Kildare"), "Tralee": ("V92", "Kerry"),
            "Athlone": ("N37", "Westmeath"), "Letterkenny": ("F92", "Donegal"), "Ennis": ("V95", "Clare"),
            "Navan": ("C15", "Meath"), "Carlow": ("R93", "Carlow")}
IE_ESTATES = "Oakpark|Riverside|Cluain Ard|Ashbrook|Gleann na Rí|Woodlands|Castleview|Hazelwood"
AU_TOWNS = {"Toowoomba": ("QLD", "4350"), "Ballarat": ("VIC", "3350"), "Wollongong": ("NSW", "2500"), "Bendigo": ("VIC", "3550"),
            "Geelong": ("VIC", "3220"), "Launceston": ("TAS", "7250"), "Cairns": ("QLD", "4870"), "Bunbury": ("WA", "6230")}
AU_STREETS = "Wattle|Banksia|Jacaranda|Waratah|Bottlebrush|Kookaburra|Grevillea|Ironbark|Acacia"
AU_TYPES = "St|Pde|Cres|Ave|Rd|Ct|Tce|Cl"
IN_TOWNS = {"Nashik": ("Maharashtra", "422"), "Guntur": ("Andhra Pradesh", "522"), "Jalandhar": ("Punjab", "144"),
            "Thrissur": ("Kerala", "680"), "Udaipur": ("Rajasthan", "313"), "Hubballi": ("Karnataka", "580"),
            "Siliguri": ("West Bengal", "734"), "Dehradun": ("Uttarakhand", "248"), "Madurai": ("Tamil Nadu", "625")}
IN_AREAS = "Gangapur Road|Model Town|Shastri Nagar|Rajendra Nagar|Ashok Nagar|Sector 14|Vidyanagar|Anna Nagar|Patel Colony"
IN_BUILDINGS = "Sai Krupa|Shanti Niketan|Green Valley|Gokul Dham|Sunshine|Lotus Heights"
DE_TOWNS = {"Lüneburg": "213", "Bamberg": "960", "Gießen": "353", "Oldenburg": "261", "Siegen": "570", "Fulda": "360",
            "Rosenheim": "830", "Konstanz": "784", "Cottbus": "030", "Schwerin": "190", "Detmold": "327"}
DE_STREETS = "Amsel|Drossel|Fasanen|Ahorn|Eichen|Heide|Sonnen|Wiesen|Hafen|Kastanien|Tannen|Brunnen"
DE_TYPES = "weg|straße|str.|ring|gasse|allee"
DE_PREP = "Am Sonnenhang|Im Winkel|An der Kirche|Zum Mühlbach|Auf dem Kamp|Hinter den Höfen"
AT_TOWNS = {"Wels": "4600", "Steyr": "4400", "Dornbirn": "6850", "Villach": "9500", "Leoben": "8700",
            "Krems an der Donau": "3500", "Bregenz": "6900", "Wiener Neustadt": "2700", "Amstetten": "3300"}
CH_TOWNS = {"de": {"Winterthur": "8400", "Aarau": "5000", "Thun": "3600", "Chur": "7000", "Frauenfeld": "8500", "Uster": "8610",
                   "Olten": "4600"},
            "fr": {"Yverdon-les-Bains": "1400", "Sion": "1950", "Morges": "1110"}, "it": {"Bellinzona": "6500", "Mendrisio": "6850"}}
FR_TOWNS = {"Quimper": "29000", "Colmar": "68000", "Valence": "26000", "Chambéry": "73000", "Niort": "79000", "Albi": "81000",
            "Brive-la-Gaillarde": "19100", "Saint-Brieuc": "22000", "Bayonne": "64100", "Troyes": "10000"}
FR_STREETS = "des Capucins|des Acacias|de la Fontaine|du Vieux Pont|des Remparts|des Peupliers|de l'Église|du Four|des Glycines"
FR_TYPES = "rue|avenue|allée|impasse|chemin|boulevard|place|quai|route"
FR_RESIDENCES = "Les Tilleuls|Le Clos Fleuri|Les Jardins d'Hélios|Le Parc des Sources"
BE_TOWNS = {"fr": {"Mons": "7000", "Namur": "5000", "Arlon": "6700", "Wavre": "1300"},
            "nl": {"Leuven": "3000", "Hasselt": "3500", "Mechelen": "2800", "Kortrijk": "8500", "Aalst": "9300"}}
ES_TOWNS = {"Cáceres": ("10", "Cáceres"), "Huesca": ("22", "Huesca"), "Ourense": ("32", "Ourense"), "Segovia": ("40", "Segovia"),
            "Jaén": ("23", "Jaén"), "Lleida": ("25", "Lleida"), "Badajoz": ("06", "Badajoz"), "Almería": ("04", "Almería"),
            "Ponferrada": ("24", "León"), "Teruel": ("44", "Teruel")}
ES_STREETS = "Real|de Colón|del Pilar|San Francisco|de la Constitución|Mayor|de Extremadura|del Generalife|de los Tilos"
MX_TOWNS = {"Querétaro": ("Qro.", "76"), "Morelia": ("Mich.", "58"), "Puebla": ("Pue.", "72"), "Mérida": ("Yuc.", "97"),
            "Aguascalientes": ("Ags.", "20"), "Saltillo": ("Coah.", "25"), "Oaxaca": ("Oax.", "68")}
MX_COLONIAS = "Centro|Jardines de la Hacienda|Lomas del Valle|Del Valle|Las Américas|San Benito"
IT_TOWNS = {"Cremona": ("26100", "CR"), "Ferrara": ("44121", "FE"), "Arezzo": ("52100", "AR"), "Rovigo": ("45100", "RO"),
            "Lucca": ("55100", "LU"), "Foggia": ("71121", "FG"), "Udine": ("33100", "UD"), "Pavia": ("27100", "PV"),
            "Cosenza": ("87100", "CS"), "Treviso": ("31100", "TV")}
IT_STREETS = "dei Mille|XX Settembre|delle Rose|del Lavoro|Vittorio Veneto|dei Tigli|della Libertà|San Francesco|Nazionale"
NL_TOWNS = {"Leeuwarden": "89", "Deventer": "74", "Amersfoort": "38", "Alkmaar": "18", "Venlo": "59", "Middelburg": "43",
            "Assen": "94", "Helmond": "57", "Hoorn": "16"}
NL_STREETS = "Tulpen|Zonnebloem|Berken|Vogel|Merel|Kastanje|Hoofd|Noorder|Zuider|Havik|Klaver"
NL_TYPES = "straat|laan|weg|dreef|hof|kade|singel|plantsoen"
PT_TOWNS = {"Braga": "47", "Aveiro": "38", "Coimbra": "30", "Viseu": "35", "Setúbal": "29", "Leiria": "24", "Faro": "80"}
PT_STREETS = "do Souto|Dom Afonso Henriques|da Liberdade|das Flores|Cândido dos Reis|do Carmo|25 de Abril"
BR_TOWNS = {"Londrina": "PR", "Juiz de Fora": "MG", "Ribeirão Preto": "SP", "Maringá": "PR", "Uberlândia": "MG",
            "Joinville": "SC", "Campina Grande": "PB", "Petrópolis": "RJ", "Natal": "RN"}
BR_STREETS = "Sete de Setembro|Higienópolis|Getúlio Vargas|Rio Branco|Paraná|Santos Dumont|Presidente Kennedy"
BR_BAIRROS = "Jardim Paulista|Centro|Gleba Palhano|Zona 7|Santa Mônica|Tambaú|Valparaíso"
SE_TOWNS = {"Västerås": "72", "Örebro": "70", "Linköping": "58", "Jönköping": "55", "Umeå": "90", "Sundsvall": "85", "Karlstad": "65"}
SE_STREETS = "Stor|Kyrko|Drottning|Skol|Björk|Tall|Hamn|Sjö|Ängs"
PL_TOWNS = {"Łódź": "91", "Lublin": "20", "Rzeszów": "35", "Bydgoszcz": "85", "Olsztyn": "10", "Toruń": "87", "Opole": "45"}
PL_STREETS = "Piotrkowska|Słowackiego|Polna|Lipowa|Ogrodowa|Kwiatowa|Leśna|Długa|Wojska Polskiego"

_PHONE_REGION = {c: c for c in ("US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "ES", "MX", "IT", "NL", "IN", "BR", "PT",
                                "AU", "SE", "PL")}
_TRUNK_ZERO = frozenset({"GB", "IE", "DE", "AT", "CH", "NL", "BE", "AU", "SE", "FR"})

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTHS_SHORT = {
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "es": "ene feb mar abr may jun jul ago sep oct nov dic",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "pt": "jan. fev. mar. abr. maio jun. jul. ago. set. out. nov. dez.",
}
WEEKDAYS = {  # Monday first
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
}

PASSWORD_WORDS = ("Schmetterling|Papillon|Mariposa|Farfalla|Vlinder|Borboleta|Tangerine|Bluebell|Snowdrop|Porcupine|Zeppelin|"
                  "Quokka|Nebula|Cobalt|Walrus|Pretzel|Lantern|Marmalade|Kettle|Falcon")
DICEWARE = ("anvil|bramble|cactus|dolphin|ember|fjord|gravel|harbor|igloo|jigsaw|kayak|lemon|magnet|nutmeg|oyster|pebble|"
            "quartz|radish|saddle|tundra|umbrella|velvet|walnut|yodel|zigzag")
SEASONS = ("Sommer|Winter|Herbst|Fruehling|Printemps|Automne|Verano|Invierno|Primavera|Estate|Zomer|Najaar|Verao")

# --- hard negatives ---
FAMOUS_PEOPLE = ("Rosalind Franklin|Nikola Tesla|Hedy Lamarr|Grace Hopper|Leonardo da Vinci|Gabriel García Márquez|"
                 "Chimamanda Ngozi Adichie|Hayao Miyazaki|Katherine Johnson|Srinivasa Ramanujan|Bob Marley|Oscar Wilde|"
                 "Jane Austen|Marcus Aurelius|Toni Morrison|Confucius|Galileo Galilei|Florence Nightingale|Pablo Neruda|"
                 "Astrid Lindgren|Ludwig van Beethoven|Rumi")
FAMOUS_COMPANIES = ("Siemens|Nestlé|Unilever|Salesforce|Cloudflare|Stripe|Volkswagen|LVMH|Inditex|Ferrero|Philips|Heineken|"
                    "Petrobras|Infosys|Tata Consultancy Services|Canva|Mercado Libre|ASML|SAP")
FAMOUS_PLACES = ("Dubrovnik|Hallstatt|the Dolomites|Lake Bled|Cappadocia|Porto|Seville|Marrakech|Hoi An|Banff|Santorini|"
                 "the Faroe Islands|Cinque Terre|Salzburg|Bruges|Edinburgh|Valparaíso|Cartagena|Zanzibar")
DISHES = ("Eggs Benedict|Beef Wellington|a Caesar salad|a pavlova|Peach Melba|a Margherita pizza|beef carpaccio|"
          "Chicken Marengo|a Victoria sponge|Oysters Rockefeller|Bananas Foster|a Waldorf salad")
ALGORITHMS = ("Dijkstra's algorithm|the Kalman filter|Levenshtein distance|a Bloom filter|the Fourier transform|Euler's method|"
              "Newton's method|the Viterbi algorithm|Bayes' theorem|Huffman coding|Prim's algorithm|Kruskal's algorithm|"
              "the Fisher-Yates shuffle|Markov chains|Horner's method")
BICS = "DEUTDEFFXXX|COBADEFFXXX|BNPAFRPPXXX|INGBNL2A|RABONL2U|BSCHESMM|UNCRITMM|NWBKGB2L|BKAUATWW|UBSWCHZH80A|BCGECHGGXXX"
WIN_ERRORS = "0x80070005|0x800f081f|0xc000021a|0x80240034|0x8007000d|0x80073712"
DOIS = "10.1038/s41586-021-03819-2|10.48550/arXiv.1706.03762|10.1145/3290605.3300857|10.1126/science.aar6404"
ARXIV = "1706.03762|2005.14165|1810.04805|2303.08774|1512.03385"
PLACEHOLDER_EMAILS = "name@example.com|jane.doe@example.org|firstname.lastname@example.net|you@example.com"
PLACEHOLDER_KEYS = ("sk-proj-XXXXXXXXXXXXXXXXXXXX|sk-ant-...|ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX|<your-anthropic-key>|"
                    "REPLACE_ME|xoxb-your-bot-token|glpat-xxxxxxxxxxxxxxxxxxxx|your_stripe_secret_key_here|changeme|<token>")
REPOS = "acme/billing-service|platform-team/infra-live|web/storefront|data/etl-pipelines|mobile/ios-app|ops/runbooks"
CORPS = "acme|northwind|contoso|globex|initech|example-corp"
BUCKETS = "acme-prod-assets|logs-eu-central-1-archive|ml-training-data-v2|static-site-build|tf-state-shared"
ROLES = "ci-deploy|LambdaExecRole|ReadOnlyAudit|eks-node-role|github-oidc-deployer"
SERVICES = "checkout-api|payments-worker|search-indexer|auth-gateway|notifications|report-builder"

AN = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


# =====================================================================================================
# Generators
# =====================================================================================================

Parts = list[tuple[str, str | None]]


def _split(s: str) -> list[str]:
    return [w for w in s.split("|") if w]


_UNDECOMPOSABLE = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "đ": "d", "Đ": "D"})


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.translate(_UNDECOMPOSABLE)) if c.isascii() and (c.isalnum() or c in " '-"))


def _slug(s: str) -> str:
    return _ascii(s).lower().replace(" ", "").replace("'", "")


class _Gen:
    """The prompt's random source with a few helpers."""

    def __init__(self, rng) -> None:
        self.r = rng

    def pick(self, s: str | list | tuple | dict):
        if isinstance(s, str):
            return self.r.choice(_split(s))
        if isinstance(s, dict):
            return self.r.choice(list(s))
        return self.r.choice(list(s))

    def chars(self, n: int, alphabet: str = AN) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n: int) -> str:
        return self.chars(n, string.digits)

    def weighted(self, pairs) -> str:
        return self.r.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]

    def b64(self, nbytes: int) -> str:
        return base64.b64encode(self.r.randbytes(nbytes)).decode()

    def b64url(self, data: bytes) -> str:
        return base64.urlsafe_b64encode(data).decode().rstrip("=")


class _Person:
    def __init__(self, g: _Gen, locale: str) -> None:
        r = g.r
        self.locale = locale
        self.country = g.weighted(_COUNTRIES[locale])
        female_names, male_names, surnames = NAMES[locale]
        self.female = r.random() < 0.5
        self.first = g.pick(female_names if self.female else male_names)
        lasts = _split(surnames)
        self.last = r.choice(lasts)
        self.surname = self.last  # as written after the first name(s)
        middle = ""
        if locale == "es_ES" and r.random() < 0.7:
            self.surname = f"{self.last} {r.choice([s for s in lasts if s != self.last])}"
        elif locale == "pt_BR" and r.random() < 0.6:
            middle = r.choice([s for s in lasts if s != self.last]) + " "
        elif locale == "en_US" and r.random() < 0.25:
            middle = r.choice(string.ascii_uppercase) + ". "
        elif locale in ("en_GB", "de_DE", "fr_FR", "mixed") and r.random() < 0.12:
            if " " not in self.last and "-" not in self.last:
                self.last = self.surname = f"{self.last}-{r.choice([s for s in lasts if s != self.last and ' ' not in s and '-' not in s])}"
        self.full = f"{self.first} {middle}{self.surname}"
        self.cache: dict[str, object] = {}


def _once(person: _Person, key: str, make: Callable[[], object]):
    if key not in person.cache:
        person.cache[key] = make()
    return person.cache[key]


# --- people ---

def _person_parts(g: _Gen, p: _Person, attr: str, arg: str) -> Parts:
    r = g.r
    if attr == "":
        return [(p.full, "PERSON")]
    if attr == "first":
        return [(p.first, "PERSON")]
    if attr == "last":
        return [(p.last, "PERSON")]
    if attr == "lc":
        return [(p.first.lower(), "PERSON")]
    if attr == "luc":
        return [(p.surname.upper(), "PERSON")]
    if attr == "uc":
        return [(p.full.upper(), "PERSON")]
    if attr == "rev":
        return [(p.surname, "PERSON"), (", ", None), (p.first, "PERSON")]
    if attr == "init":
        if "-" in p.first:  # Jean-Baptiste -> J.-B.
            initial = "-".join(part[0] + "." for part in p.first.split("-"))
        else:
            initial = p.first[0] + "."
        return [(initial, "PERSON"), (" ", None), (p.last, "PERSON")]
    if attr == "title":
        title, name = _once(p, "title", lambda: (
            r.choice(["Ms ", "Mrs ", "Ms. ", "Dr ", "Dr. "] if p.female else ["Mr ", "Mr. ", "Dr ", "Dr. ", "Prof. "]),
            p.last if r.random() < 0.7 else p.full))
        return [(title, None), (name, "PERSON")]
    if attr == "email":
        return [(_once(p, "email", lambda: _email(g, p)), "EMAIL")]
    if attr == "work":
        return [(_once(p, "work", lambda: _work_email(g, p)), "EMAIL")]
    if attr == "phone":
        return [(_once(p, "phone", lambda: _phone(g, p.country)), "PHONE")]
    if attr == "user":
        return list(_once(p, "user", lambda: _username(g, p)))
    if attr == "url":
        return [(_once(p, "url", lambda: _personal_url(g, p)), "URL")]
    if attr == "ssn":
        return [(_once(p, "ssn", lambda: _ssn(g)), "US_SSN")]
    if attr == "natid":
        return [(_once(p, "natid", lambda: _national_id(g, p)), "NATIONAL_ID")]
    if attr == "addr":
        return [(_once(p, "addr", lambda: _address(g, p.country, _LANG[p.locale])), "ADDRESS")]
    if attr == "dob":
        return [(_format_date(g, _dob(g, p), arg or "en", birth=True), "DATE_OF_BIRTH")]
    raise KeyError(attr)


def _dob(g: _Gen, p: _Person) -> dt.date:
    def make() -> dt.date:
        year, month = g.r.randint(1938, 2012), g.r.randint(1, 12)
        return dt.date(year, month, g.r.randint(1, calendar.monthrange(year, month)[1]))
    return _once(p, "dob", make)


def _email(g: _Gen, p: _Person) -> str:
    r = g.r
    first, last = _slug(p.first), _slug(p.last)
    local = r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{r.randint(1, 99)}", f"{last}.{first}",
                      f"{first}_{last}", f"{first}+{r.choice(['shop', 'news', 'bank', 'kids'])}", f"{first}{r.randint(1960, 2005)}",
                      f"{first}.{last[0]}", f"{first.replace('-', '')}.{last.replace('-', '')}"])
    if r.random() < 0.1:
        local = ".".join(part.capitalize() for part in local.split("."))
    domain = g.pick(MAIL_DOMAINS[p.country] if r.random() < 0.8 else MAIL_DOMAINS["any"])
    return f"{local}@{domain}"


def _work_email(g: _Gen, p: _Person) -> str:
    r = g.r
    first, last = _slug(p.first), _slug(p.last)
    local = r.choice([f"{first}.{last}", f"{first[0]}.{last}", f"{first}", f"{last}", f"{first}{last[0]}"])
    return f"{local}@{g.pick(WORK_DOMAINS)}"


def _username(g: _Gen, p: _Person) -> Parts:
    r = g.r
    first, last = _slug(p.first).replace("-", ""), _slug(p.last).replace("-", "")
    style = r.randint(0, 4)
    if style == 0:
        return [(first, "PERSON"), (".", None), (last, "PERSON")]
    if style == 1:
        return [(first, "PERSON"), ("_", None), (last, "PERSON")]
    if style == 2:
        return [(first[0] + last, "PERSON")]
    if style == 3:
        return [(first + last[0], "PERSON")]
    return [(first, "PERSON")]


def _personal_url(g: _Gen, p: _Person) -> str:
    r = g.r
    first, last = _slug(p.first).replace("-", ""), _slug(p.last).replace("-", "")
    handle = r.choice([f"{first}{last}", f"{first}_{last[:3]}", f"{first[0]}{last}{r.randint(1, 99)}", f"the{first}{r.randint(1, 99)}"])
    return r.choice([
        f"https://www.facebook.com/{first}.{last}.{g.digits(r.choice([2, 3]))}",
        f"https://x.com/{handle}", f"https://mastodon.social/@{handle}", f"https://bsky.app/profile/{handle}.bsky.social",
        f"https://www.xing.com/profile/{_ascii(p.first).replace(' ', '')}_{_ascii(p.last).replace(' ', '')}",
        f"https://{handle}.substack.com", f"https://orcid.org/{_orcid(g)}", f"https://paypal.me/{first}{last}",
        f"https://www.dropbox.com/scl/fi/{g.chars(21, string.ascii_lowercase + string.digits)}/CV_{_ascii(p.first).replace(' ', '')}"
        f"_{_ascii(p.last).replace(' ', '')}.pdf?rlkey={g.chars(25, string.ascii_lowercase + string.digits)}&dl=0",
        f"https://www.strava.com/athletes/{r.randint(10 ** 6, 10 ** 8)}", f"https://www.tiktok.com/@{handle}",
        f"https://scholar.google.com/citations?user={g.chars(12, AN + '-_')}&hl=en",
    ])


def _orcid(g: _Gen) -> str:
    from stdnum.iso7064 import mod_11_2
    body = "0000000" + str(g.r.randint(1, 3)) + g.digits(7)
    full = body + mod_11_2.calc_check_digit(body)
    return "-".join(full[i:i + 4] for i in range(0, 16, 4))


def _ssn(g: _Gen) -> str:
    r = g.r
    while True:
        area, group, serial = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if area != 666 and (area, group, serial) not in ((78, 5, 1120), (123, 45, 6789)):
            break
    sep = r.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


# --- phones ---

def _phone(g: _Gen, country: str) -> str:
    r = g.r
    region = _PHONE_REGION.get(country, "US") if r.random() < 0.85 else r.choice(list(_PHONE_REGION))
    kind = r.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    example = phonenumbers.example_number_for_type(region, kind) or phonenumbers.example_number(region)
    number = example
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(300):
        keep = r.randint(1, 3)
        candidate = phonenumbers.parse(f"+{example.country_code}{nsn[:keep]}{g.digits(len(nsn) - keep)}")
        if phonenumbers.is_valid_number(candidate) and phonenumbers.national_significant_number(candidate) != nsn:
            number = candidate
            break
    fmt = phonenumbers.PhoneNumberFormat
    intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    cc = f"+{number.country_code}"
    styles = [national, intl, phonenumbers.format_number(number, fmt.E164), "00" + intl[1:],
              phonenumbers.format_number(number, fmt.RFC3966).removeprefix("tel:"), f"({cc}) {intl[len(cc) + 1:]}",
              "".join(ch for ch in national if ch.isdigit())]
    if region in _TRUNK_ZERO and national.startswith("0"):
        styles.append(f"{cc} (0){intl[len(cc) + 1:]}")
    if region in ("US", "CA"):
        d = phonenumbers.national_significant_number(number)
        styles += [f"{d[:3]}.{d[3:6]}.{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}"]
    return r.choice(styles)


# --- dates ---

def _random_date(g: _Gen) -> dt.date:
    year, month = g.r.randint(2019, 2027), g.r.randint(1, 12)
    return dt.date(year, month, g.r.randint(1, calendar.monthrange(year, month)[1]))


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _format_date(g: _Gen, d: dt.date, lang: str, birth: bool = False) -> str:
    r = g.r
    y, m, day = d.year, d.month, d.day
    if lang == "iso":
        return d.isoformat()
    if lang == "num":
        return r.choice([f"{day:02d}/{m:02d}/{y}", f"{m}/{day}/{y % 100:02d}", f"{day:02d}.{m:02d}.{y % 100:02d}",
                         f"{day}/{m}/{y}", f"{m:02d}/{day:02d}/{y}"])
    month, wd = MONTHS[lang].split()[m - 1], WEEKDAYS[lang].split()[d.weekday()]
    if lang == "en":
        mon = month[:3]
        if birth:
            return r.choice([f"{day} {month} {y}", f"{m:02d}/{day:02d}/{y}", d.isoformat(), f"{month} {_ordinal(day)}, {y}",
                             f"{day:02d}.{m:02d}.{y}", f"{day}-{mon}-{y}", f"{mon} {day}, {y}", f"{day}/{m}/{y % 100:02d}"])
        return r.choice([f"{wd[:3]} {day} {mon}", f"{wd}, {month} {day}, {y}", f"{day:02d}-{mon}-{y % 100:02d}",
                         f"{mon} {day:02d} {y}", f"{month} {_ordinal(day)}", f"{mon} {_ordinal(day)}", f"{day} {mon}. {y}",
                         f"{m}/{day}/{y % 100:02d}", d.isoformat(), f"{day}.{m}.{y}", f"{wd} the {_ordinal(day)} of {month}"])
    short = MONTHS_SHORT[lang].split()[m - 1]
    if lang == "de":
        if birth:
            return r.choice([f"{day:02d}.{m:02d}.{y}", f"{day}. {month} {y}", f"{day}.{m}.{y % 100:02d}"])
        return r.choice([f"{wd}, {day}. {month} {y}", f"{day}. {short} {y}", f"{day:02d}.{m:02d}.{y}", f"{day}.{m}.",
                         f"{day}. {month}", f"{wd[:2]}., {day:02d}.{m:02d}."])
    if lang == "fr":
        dd = "1er" if day == 1 else str(day)
        if birth:
            return r.choice([f"{dd} {month} {y}", f"{day:02d}/{m:02d}/{y}"])
        return r.choice([f"{wd} {dd} {month} {y}", f"{dd} {month}", f"{day:02d}/{m:02d}/{y}", f"{day} {short} {y}",
                         f"{wd} {dd} {month}"])
    if lang == "es":
        if birth:
            return r.choice([f"{day} de {month} de {y}", f"{day:02d}/{m:02d}/{y}", f"{day}/{m}/{y}"])
        return r.choice([f"{wd}, {day} de {month} de {y}", f"{day} de {month}", f"{day:02d}/{m:02d}/{y}", f"{day}-{short}-{y}",
                         f"{wd} {day} de {month}"])
    if lang == "it":
        dd = "1°" if day == 1 else str(day)
        if birth:
            return r.choice([f"{dd} {month} {y}", f"{day:02d}/{m:02d}/{y}"])
        return r.choice([f"{wd} {dd} {month} {y}", f"{dd} {month}", f"{day}/{m}/{y}", f"{day} {short} {y}"])
    if lang == "nl":
        if birth:
            return r.choice([f"{day} {month} {y}", f"{day:02d}-{m:02d}-{y}"])
        return r.choice([f"{wd} {day} {month} {y}", f"{day} {short} {y}", f"{day:02d}-{m:02d}-{y}", f"{day} {month}",
                         f"{wd} {day} {month}"])
    if lang == "pt":
        if birth:
            return r.choice([f"{day} de {month} de {y}", f"{day:02d}/{m:02d}/{y}"])
        return r.choice([f"{wd}, {day} de {month} de {y}", f"{day:02d}/{m:02d}/{y}", f"{day} de {month}", f"{day}/{m}",
                         f"{day} de {short} de {y}"])
    raise KeyError(lang)


def _date_parts(g: _Gen, arg: str) -> Parts:
    r = g.r
    d = _random_date(g)
    clock = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    offset = r.choice(["+0100", "+0200", "-0500", "+0000", "-0700", "+0530"])
    en_wd, en_mon = WEEKDAYS["en"].split()[d.weekday()][:3], MONTHS["en"].split()[d.month - 1][:3]
    if arg == "ts":
        return [(d.isoformat(), "DATE"), (r.choice([f"T{clock}Z", f"T{clock}+01:00", f"T{clock}.{g.digits(3)}Z"]), None)]
    if arg == "git":
        return [(f"{en_wd} {en_mon} {d.day}", "DATE"), (f" {clock} {d.year} {offset}", None)]
    if arg == "rfc":
        return [(f"{en_wd}, {d.day:02d} {en_mon} {d.year}", "DATE"), (f" {clock} {offset}", None)]
    if arg == "iso":
        return [(d.isoformat(), "DATE")] + ([(f" {clock}+{r.randint(0, 2):02d}", None)] if r.random() < 0.4 else [])
    return [(_format_date(g, d, arg or "en"), "DATE")]


# --- addresses ---

def _address(g: _Gen, country: str, lang: str) -> str:
    r = g.r
    n = r.randint(1, 240)
    if country == "US":
        town = g.pick(US_TOWNS)
        state, z = US_TOWNS[town]
        zipc = z + g.digits(2) + (f"-{g.digits(4)}" if r.random() < 0.3 else "")
        direction = r.choice(["", "", "N ", "S ", "E ", "W ", "NW ", "SE "])
        street = (f"{r.randint(100, 9999)} {direction}{g.pick(US_STREETS)} {g.pick(US_TYPES)}" if r.random() < 0.8
                  else f"{r.randint(100, 9999)} {direction}{_ordinal(r.randint(2, 120))} St")
        return r.choice([f"{street}, Apt {r.randint(1, 40)}{r.choice('ABCD')}\n{town}, {state} {zipc}",
                         f"{street} #{r.randint(100, 999)}, {town}, {state} {zipc}", f"{street}, {town}, {state} {zipc}",
                         f"PO Box {r.randint(10, 9999)}, {town}, {state} {zipc}", f"{street}, Suite {r.randint(100, 450)}, {town} {state} {zipc}"])
    if country == "CA":
        town = g.pick(CA_TOWNS)
        prov, first = CA_TOWNS[town]
        letters = "ABCEGHJKLMNPRSTVWXYZ"
        pc = f"{first}{r.randint(0, 9)}{r.choice(letters)} {r.randint(0, 9)}{r.choice(letters)}{r.randint(0, 9)}"
        street = f"{g.pick(CA_STREETS)} {r.choice(['Dr', 'Cres', 'Rd', 'Ave', 'Blvd', 'St'])}"
        return r.choice([f"{r.randint(101, 1905)}-{n} {street}, {town}, {prov} {pc}", f"{n} {street}\n{town} {prov}  {pc}"])
    if country == "GB":
        town = g.pick(GB_TOWNS)
        out, county = GB_TOWNS[town]
        pc = f"{out} {r.randint(1, 9)}{g.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        street = f"{g.pick(GB_STREETS)} {g.pick(GB_TYPES)}"
        county_part = f"{county} " if county and r.random() < 0.6 else ""
        return r.choice([f"{n}{r.choice(['', 'a', 'b'])} {street}, {town}, {county_part}{pc}",
                         f"Flat {r.randint(1, 24)}, {g.pick(GB_STREETS)} Court, {n} {street}, {town}, {pc}",
                         f"{n} {street}\n{town}\n{county + chr(10) if county else ''}{pc}",
                         f"The {r.choice(['Granary', 'Old Forge', 'Coach House', 'Barn'])}, {r.randint(1, 30)} {street}, {town} {pc}"])
    if country == "IE":
        town = g.pick(IE_TOWNS)
        key, county = IE_TOWNS[town]
        eircode = f"{key} {r.choice('ACDEFHKNPRTVWXY')}{g.chars(3, 'ACDEFHKNPRTVWXY0123456789')}"
        estate = g.pick(IE_ESTATES)
        return r.choice([f"Apartment {r.randint(1, 60)}, {estate} Court, {town}, Co. {county}, {eircode}",
                         f"{r.randint(1, 120)} {estate} {r.choice(['Park', 'Drive', 'Avenue', 'Close'])}, {town}, Co. {county} {eircode}"])
    if country == "AU":
        town = g.pick(AU_TOWNS)
        state, pc = AU_TOWNS[town]
        street = f"{g.pick(AU_STREETS)} {g.pick(AU_TYPES)}"
        return r.choice([f"Unit {r.randint(1, 12)}/{n} {street}, {town} {state} {pc}", f"{n} {street}\n{town.upper()} {state} {pc}",
                         f"{n} {street}, {town}, {state} {pc}"])
    if country == "IN":
        town = g.pick(IN_TOWNS)
        state, pin = IN_TOWNS[town]
        pin = pin + g.digits(3)
        area = g.pick(IN_AREAS)
        return r.choice([f"Flat No. {r.randint(1, 12)}0{r.randint(1, 8)}, {g.pick(IN_BUILDINGS)} Apartments, {area}, {town}, {state} {pin}",
                         f"H.No. {r.randint(1, 12)}-{r.randint(1, 9)}-{r.randint(10, 999)}/{r.randint(1, 9)}, {area}, {town} - {pin}",
                         f"{r.randint(1, 400)}, {_ordinal(r.randint(1, 12))} Cross, {_ordinal(r.randint(1, 9))} Main, {area}, {town} {pin}"])
    if country == "DE":
        town = g.pick(DE_TOWNS)
        pc = DE_TOWNS[town] + g.digits(2)
        street = f"{g.pick(DE_STREETS)}{g.pick(DE_TYPES)} {r.randint(1, 140)}{r.choice(['', '', 'a', 'c'])}"
        return r.choice([f"{street}\n{pc} {town}", f"{g.pick(DE_PREP)} {r.randint(1, 40)}, {pc} {town}",
                         f"{street}, Hinterhaus, {pc} {town}", f"{street}, {r.randint(1, 5)}. Stock links, D-{pc} {town}"])
    if country == "AT":
        town = g.pick(AT_TOWNS)
        street = g.pick(DE_STREETS)
        return r.choice([f"{street}gasse {r.randint(1, 60)}/{r.randint(1, 4)}/{r.randint(1, 24)}, {AT_TOWNS[town]} {town}",
                         f"{street}straße {r.randint(1, 90)}/{r.randint(1, 20)}, A-{AT_TOWNS[town]} {town}"])
    if country == "CH":
        towns = CH_TOWNS.get(lang, CH_TOWNS["de"])
        town = g.pick(towns)
        pc = towns[town]
        if lang == "fr":
            return f"Chemin {g.pick(FR_STREETS)} {r.randint(1, 60)}, CH-{pc} {town}"
        if lang == "it":
            return f"Via {g.pick(IT_STREETS)} {r.randint(1, 60)}, {pc} {town}"
        return r.choice([f"{g.pick(DE_STREETS)}strasse {r.randint(1, 120)}, {pc} {town}",
                         f"{g.pick(DE_STREETS)}weg {r.randint(1, 60)}\nCH-{pc} {town}"])
    if country == "FR":
        town = g.pick(FR_TOWNS)
        pc = FR_TOWNS[town]
        street = f"{g.pick(FR_TYPES)} {g.pick(FR_STREETS)}"
        return r.choice([f"Résidence {g.pick(FR_RESIDENCES)}, Bât. {r.choice('ABCD')}, {n} {street}, {pc} {town}",
                         f"{r.randint(1, 90)}{r.choice(['', ' bis', ' ter'])} {street}\n{pc} {town.upper()}",
                         f"{r.randint(1, 90)}, {street}, appt {r.randint(1, 40)}, {pc} {town}"])
    if country == "BE":
        side = "nl" if lang == "nl" else "fr"
        towns = BE_TOWNS[side]
        town = g.pick(towns)
        if side == "nl":
            return f"{g.pick(NL_STREETS)}straat {r.randint(1, 150)} bus {r.randint(1, 12)}, {towns[town]} {town}"
        return f"Rue {g.pick(FR_STREETS)} {r.randint(1, 150)} bte {r.randint(1, 12)}, {towns[town]} {town}"
    if country == "ES":
        town = g.pick(ES_TOWNS)
        prefix, prov = ES_TOWNS[town]
        pc = prefix + g.digits(3)
        return r.choice([f"C/ {g.pick(ES_STREETS)}, nº {r.randint(1, 90)}, {r.randint(1, 8)}º {r.choice('ABCD')}, {pc} {town} ({prov})",
                         f"Plaza {g.pick(ES_STREETS)} {r.randint(1, 30)}, bajo {r.choice(['izda.', 'dcha.'])}, {pc} {town}",
                         f"Avda. {g.pick(ES_STREETS)} {r.randint(1, 200)}, esc. {r.choice(['izda', 'dcha'])}, {r.randint(1, 9)}º, {pc} {town}"])
    if country == "MX":
        town = g.pick(MX_TOWNS)
        state, prefix = MX_TOWNS[town]
        return (f"Calle {g.pick(ES_STREETS)} {r.randint(1, 999)}{r.choice(['', f' Int. {r.randint(1, 12)}'])}, "
                f"Col. {g.pick(MX_COLONIAS)}, C.P. {prefix}{g.digits(3)}, {town}, {state}")
    if country == "IT":
        town = g.pick(IT_TOWNS)
        pc, prov = IT_TOWNS[town]
        return r.choice([f"Via {g.pick(IT_STREETS)} {r.randint(1, 120)}, scala {r.choice('ABC')}, int. {r.randint(1, 20)}, {pc} {town} ({prov})",
                         f"P.zza {g.pick(IT_STREETS)} {r.randint(1, 40)} - {pc} {town} {prov}",
                         f"Corso {g.pick(IT_STREETS)} {r.randint(1, 200)}/{r.choice(['bis', 'A', 'B'])}, {pc} {town}"])
    if country == "NL":
        town = g.pick(NL_TOWNS)
        pc = f"{NL_TOWNS[town]}{g.digits(2)} {g.chars(2, 'ABCEGHJKLMNPRTVWXZ')}"
        street = f"{g.pick(NL_STREETS)}{g.pick(NL_TYPES)}"
        return r.choice([f"{street} {r.randint(1, 220)}-{r.choice(['hs', 'I', 'II', 'III'])}\n{pc} {town}",
                         f"{street} {r.randint(1, 220)}{r.choice('abc')}, {pc} {town.upper()}", f"{street} {r.randint(1, 220)}, {pc}  {town}"])
    if country == "PT":
        town = g.pick(PT_TOWNS)
        pc = f"{PT_TOWNS[town]}{g.digits(2)}-{g.digits(3)}"
        return r.choice([f"Rua {g.pick(PT_STREETS)}, {r.randint(1, 400)}, {r.randint(1, 8)}.º {r.choice(['Esq.', 'Dto.'])}, {pc} {town}",
                         f"Av. {g.pick(PT_STREETS)} {r.randint(1, 400)} r/c, {pc} {town}",
                         f"Travessa {g.pick(PT_STREETS)} {r.randint(1, 60)}, {pc} {town}"])
    if country == "BR":
        town = g.pick(BR_TOWNS)
        uf = BR_TOWNS[town]
        pc = f"{g.digits(5)}-{g.digits(3)}"
        return r.choice([f"Av. {g.pick(BR_STREETS)}, {r.randint(10, 4999)}, Bloco {r.choice('ABC')}, apto {r.randint(11, 1204)} - "
                         f"{g.pick(BR_BAIRROS)} - {town}/{uf}, {pc}",
                         f"Rua {g.pick(BR_STREETS)}, {r.randint(10, 4999)} - casa {r.randint(1, 4)}, {g.pick(BR_BAIRROS)}, {town} - {uf}, {pc}"])
    if country == "SE":
        town = g.pick(SE_TOWNS)
        pc = f"{SE_TOWNS[town]}{g.digits(1)} {g.digits(2)}"
        return r.choice([f"{g.pick(SE_STREETS)}gatan {r.randint(1, 80)}, lgh {r.randint(10, 15)}0{r.randint(1, 9)}, {pc} {town}",
                         f"{g.pick(SE_STREETS)}vägen {r.randint(1, 80)}\n{pc} {town.upper()}"])
    if country == "PL":
        town = g.pick(PL_TOWNS)
        pc = f"{PL_TOWNS[town]}-{g.digits(3)}"
        return r.choice([f"ul. {g.pick(PL_STREETS)} {r.randint(1, 180)} m. {r.randint(1, 60)}, {pc} {town}",
                         f"ul. {g.pick(PL_STREETS)} {r.randint(1, 180)}/{r.randint(1, 60)}\n{pc} {town}"])
    raise KeyError(country)


# --- national ids ---

def _draw(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    for _ in range(2000):
        value = make()
        if valid(value):
            return value
    raise RuntimeError("no valid number drawn")


def _national_id(g: _Gen, p: _Person) -> str:
    r = g.r
    c = p.country
    dob = _dob(g, p)
    yymmdd = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
    up = string.ascii_uppercase
    if c == "US":  # state driving licences
        kind = r.randint(0, 2)
        if kind == 0:
            return f"{r.choice(up)}{g.digits(3)}-{g.digits(3)}-{g.digits(2)}-{g.digits(3)}-{r.randint(0, 9)}"
        if kind == 1:
            return f"{g.digits(3)} {g.digits(3)} {g.digits(3)}"
        return r.choice(up) + g.digits(7)
    if c == "CA":
        v = _draw(lambda: str(r.choice([1, 2, 3, 4, 5, 6, 7, 9])) + g.digits(7), lambda b: True)
        v = v + luhn.calc_check_digit(v)
        assert ca_sin.is_valid(v)
        return f"{v[:3]} {v[3:6]} {v[6:]}" if r.random() < 0.7 else f"{v[:3]}-{v[3:6]}-{v[6:]}"
    if c == "GB":
        if r.random() < 0.6:  # driving licence number, built from the holder's name and birth date
            sur = "".join(ch for ch in _ascii(p.last).upper() if ch.isalpha())
            sur = (sur[:5] + "99999")[:5]
            month = dob.month + (50 if p.female else 0)
            first = _ascii(p.first).upper()
            return (f"{sur}{str(dob.year)[2]}{month:02d}{dob.day:02d}{str(dob.year)[3]}{first[0]}9"
                    f"9{g.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}")
        return g.digits(9)
    if c == "IE":
        return _draw(lambda: g.digits(7) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW") + r.choice(["", "A", "H"]), ie_pps.is_valid)
    if c == "DE":  # identity card number: letter, 8 characters, no vowels that could be misread
        return r.choice("LMNPRTVWXY") + g.chars(8, "CFGHJKLMNPRTVWXYZ0123456789")
    if c == "AT":  # social insurance number: serial, check digit, birth date
        v = _draw(lambda: f"{r.randint(1, 9)}{g.digits(3)}{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}", at_vnr.is_valid)
        return f"{v[:4]} {v[4:]}"
    if c == "CH":
        body = "756" + g.digits(9)
        v = body + ean.calc_check_digit(body)
        assert ch_ssn.is_valid(v)
        return f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}"
    if c == "FR":
        return f"{g.digits(2)}{g.chars(2, up)}{g.digits(5)}"
    if c == "BE":
        serial = f"{r.randint(1, 997):03d}"
        base = yymmdd + serial
        check = 97 - int(("2" if dob.year >= 2000 else "") + base) % 97
        v = f"{base}{check:02d}"
        assert be_nn.is_valid(v), v
        return f"{v[:2]}.{v[2:4]}.{v[4:6]}-{v[6:9]}.{v[9:]}"
    if c == "ES":
        from stdnum.es import dni
        if r.random() < 0.6:
            body = g.digits(8)
            return f"{body[:2]}.{body[2:5]}.{body[5:]}-{dni.calc_check_digit(body)}"
        return g.chars(3, up) + g.digits(6)
    if c == "MX":
        return _curp(g, p, dob)
    if c == "IT":
        return r.choice([f"C{r.choice('ABCDEFGHIJ')}{g.digits(5)}{g.chars(2, up)}", f"Y{r.choice(up)}{g.digits(7)}"])
    if c == "NL":
        letters = up.replace("O", "")
        return g.chars(2, letters) + g.chars(6, letters + string.digits) + g.digits(1)
    if c == "IN":
        return r.choice([g.chars(3, up) + g.digits(7), r.choice(up) + str(r.randint(1, 9)) + g.digits(6)])
    if c == "BR":
        body = g.digits(8)
        rest = sum(int(d) * (i + 2) for i, d in enumerate(body)) % 11
        dv = {0: "0", 1: "X"}.get(rest, str(11 - rest))
        return f"{body[:2]}.{body[2:5]}.{body[5:]}-{dv}"
    if c == "PT":
        body = str(r.randint(1, 3)) + g.digits(7)
        v = body + pt_nif.calc_check_digit(body)
        return f"{v[:3]} {v[3:6]} {v[6:]}" if r.random() < 0.5 else v
    if c == "AU":
        v = _draw(lambda: g.digits(9), au_tfn.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}"
    if c == "SE":
        body = yymmdd + g.digits(3)
        v = body + luhn.calc_check_digit(body)
        sep = "+" if dob.year < 1924 else "-"
        out = f"{v[:6]}{sep}{v[6:]}"
        assert se_pnr.is_valid(out), out
        return out if r.random() < 0.6 else f"{dob.year}{dob.month:02d}{dob.day:02d}-{v[6:]}"
    if c == "PL":  # identity card: three letters, check digit, five digits
        letters, rest = g.chars(3, up), g.digits(5)
        values = [ord(ch) - 55 for ch in letters] + [int(d) for d in rest]
        check = sum(w * v for w, v in zip((7, 3, 1, 7, 3, 1, 7, 3), values)) % 10
        return f"{letters}{check}{rest}"
    raise KeyError(c)


def _curp(g: _Gen, p: _Person, dob: dt.date) -> str:
    r = g.r
    surnames = p.surname.split()
    s1 = "".join(ch for ch in _ascii(surnames[0]).upper() if ch.isalpha()) or "X"
    s2 = "".join(ch for ch in _ascii(surnames[-1] if len(surnames) > 1 else "X").upper() if ch.isalpha()) or "X"
    name = "".join(ch for ch in _ascii(p.first.split()[0]).upper() if ch.isalpha())
    vowel = next((ch for ch in s1[1:] if ch in "AEIOU"), "X")
    consonant = lambda s: next((ch for ch in s[1:] if ch.isalpha() and ch not in "AEIOU"), "X")  # noqa: E731
    state = r.choice(["QT", "MN", "PL", "YN", "AS", "CL", "OC", "DF", "JC", "NL"])
    homoclave = str(r.randint(0, 9)) if dob.year < 2000 else r.choice(string.ascii_uppercase)
    body = (f"{s1[0]}{vowel}{s2[0]}{name[0]}{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{'M' if p.female else 'H'}{state}"
            f"{consonant(s1)}{consonant(s2)}{consonant(name)}{homoclave}")
    try:
        v = body + mx_curp.calc_check_digit(body)
    except Exception:  # noqa: BLE001 - an unlucky body (stdnum rejects a few letter combinations): fall back to a passport
        return "G" + g.digits(8)
    return v if mx_curp.is_valid(v) else "G" + g.digits(8)


# --- money ---

def _card(g: _Gen) -> str:
    r = g.r
    prefix, length = r.choice([("4", 16), ("4", 16), (str(r.randint(51, 55)), 16), (str(r.randint(2221, 2720)), 16), ("34", 15),
                               ("37", 15), ("6011", 16), ("65", 16), (str(r.randint(644, 649)), 16), (str(r.randint(3528, 3589)), 16),
                               ("36", 14), ("62", 16), ("62", 19)])
    body = prefix + g.digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    sep = r.choice([" ", " ", "-", ""])
    if length == 15:
        return sep.join((number[:4], number[4:10], number[10:]))
    if length == 14:
        return sep.join((number[:4], number[4:10], number[10:]))
    return sep.join(number[i:i + 4] for i in range(0, length, 4))


_IBAN_SPECS = {"DE": "8n10n", "AT": "5n11n", "CH": "5n12c", "FR": "5n5n11c2n", "BE": "3n7n2n", "LU": "3n13c", "ES": "4n4n1n1n10n",
               "IT": "1a5n5n12c", "NL": "4a10n", "PT": "4n4n11n2n", "BR": "8n5n10n1a1c", "GB": "4a6n8n", "IE": "4a6n8n",
               "SE": "3n16n1n", "PL": "8n16n", "DK": "4n9n1n", "FI": "3n11n", "NO": "4n6n1n", "CZ": "4n6n10n"}
_BANK_CODES = {"NL": "ABNA|RABO|INGB|TRIO|SNSB|ASNB|KNAB|BUNQ", "GB": "NWBK|BARC|LOYD|HBUK|MIDL|MONZ",
               "IE": "AIBK|BOFI|PTSB|REVO"}
_IBAN_LOCAL = {"de_DE": "DE|AT|CH", "fr_FR": "FR|BE|LU", "es_ES": "ES", "it_IT": "IT", "nl_NL": "NL|BE", "pt_BR": "PT|BR",
               "en_GB": "GB|IE", "mixed": "SE|PL|DK|FI|NO|CZ"}


def _iban(g: _Gen, locale: str) -> str:
    r = g.r
    country = g.pick(_IBAN_LOCAL[locale]) if locale in _IBAN_LOCAL and r.random() < 0.6 else g.pick(_IBAN_SPECS)
    spec = _IBAN_SPECS[country]
    mixed = r.random() < 0.2  # "c" parts: account numbers are mostly digits even where letters are allowed
    for _ in range(5000):
        bban, i = "", 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            alphabet = {"n": string.digits, "a": string.ascii_uppercase,
                        "c": string.ascii_uppercase + string.digits if mixed else string.digits}[spec[j]]
            bban += g.chars(int(spec[i:j]), alphabet)
            i = j + 1
        if country in _BANK_CODES:
            bban = g.pick(_BANK_CODES[country]) + bban[4:]
        numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if stdnum_iban.is_valid(value):
            break
    else:
        raise RuntimeError(country)
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4)) if r.random() < 0.6 else value


# --- network ---

_V6_PREFIXES = ("2a02:8108", "2a01:cb00", "2600:1700", "2001:16b8", "2a00:23c5", "2406:7400", "2804:14c", "2a02:a46")
_PUBLIC_DNS = frozenset({"8.8.8.8", "8.8.4.4", "1.1.1.1", "1.0.0.1", "9.9.9.9"})


def _ip(g: _Gen, kind: str) -> str:
    r = g.r
    if kind == "any":
        kind = r.choice(["pub", "pub", "priv", "priv", "v6"])
    if kind == "priv":
        first = r.choice([10, 172, 192])
        second = {192: 168, 172: r.randint(16, 31)}.get(first, r.randint(0, 255))
        return f"{first}.{second}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if kind == "v6":
        prefix = r.choice(_V6_PREFIXES)
        groups = prefix.split(":") + [f"{r.randint(0, 0xFFFF):x}" for _ in range(8 - len(prefix.split(":")))]
        if r.random() < 0.4:
            groups[4:7] = ["0", "0", "0"]
        return ipaddress.IPv6Address(":".join(groups)).compressed
    while True:
        value = f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        addr = ipaddress.IPv4Address(value)
        if addr.is_global and value not in _PUBLIC_DNS and not value.startswith(("192.0.2.", "198.51.100.", "203.0.113.")):
            return value


# --- secrets ---

def _jwt(g: _Gen, payload: dict, rs256: bool) -> str:
    header = {"alg": "RS256", "typ": "JWT", "kid": g.chars(20, AN + "-_")} if rs256 else {"alg": "HS256", "typ": "JWT"}
    sig = g.r.randbytes(256 if rs256 else 32)
    return ".".join((g.b64url(json.dumps(header, separators=(",", ":")).encode()),
                     g.b64url(json.dumps(payload, separators=(",", ":")).encode()), g.b64url(sig)))


def _jwt_any(g: _Gen, email: str | None = None) -> str:
    r = g.r
    now = r.randint(1_700_000_000, 1_790_000_000)
    kind = r.randint(0, 2) if email is None else 0
    if kind == 0:
        payload = {"sub": f"{g.chars(8, HEX)}-{g.chars(4, HEX)}-4{g.chars(3, HEX)}-{g.chars(4, HEX)}-{g.chars(12, HEX)}",
                   "email": email or f"user{g.digits(4)}@{g.pick(WORK_DOMAINS)}", "role": "authenticated", "iat": now, "exp": now + 3600}
        return _jwt(g, payload, rs256=r.random() < 0.5)
    if kind == 1:
        payload = {"iss": "supabase", "ref": g.chars(20, string.ascii_lowercase), "role": "service_role", "iat": now, "exp": now + 10 ** 8}
        return _jwt(g, payload, rs256=False)
    payload = {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "default",
               "kubernetes.io/serviceaccount/service-account.name": r.choice(["deployer", "ci", "admin-user"]),
               "sub": "system:serviceaccount:default:deployer"}
    return _jwt(g, payload, rs256=True)


def _pem(g: _Gen, label: str, der: bytes, width: int = 64) -> str:
    body = base64.b64encode(der).decode()
    lines = "\n".join(body[i:i + width] for i in range(0, len(body), width))
    return f"-----BEGIN {label}-----\n{lines}\n-----END {label}-----"


def _ec_key(g: _Gen) -> str:
    der = (b"\x30\x77\x02\x01\x01\x04\x20" + g.r.randbytes(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07"
           b"\xa1\x44\x03\x42\x00\x04" + g.r.randbytes(64))
    return _pem(g, "EC PRIVATE KEY", der)


def _rsa_der(g: _Gen, pkcs8: bool) -> bytes:
    inner = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + g.r.randbytes(1180)
    if not pkcs8:
        return inner
    return b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x04\x82\x04\xa8" + inner


def _openssh_key(g: _Gen) -> str:
    r = g.r

    def s(b: bytes) -> bytes:
        return struct.pack(">I", len(b)) + b

    pk, sk = r.randbytes(32), r.randbytes(32)
    pub = s(b"ssh-ed25519") + s(pk)
    check = r.randbytes(4)
    comment = r.choice([b"", b"laptop", b"deploy@ci", b"backup-key"])
    private = check + check + s(b"ssh-ed25519") + s(pk) + s(sk + pk) + s(comment)
    private += bytes(range(1, 1 + (-len(private)) % 8))
    blob = b"openssh-key-v1\x00" + s(b"none") + s(b"none") + s(b"") + struct.pack(">I", 1) + s(pub) + s(private)
    return _pem(g, "OPENSSH PRIVATE KEY", blob, width=70)


def _pgp_key(g: _Gen) -> str:
    body = base64.b64encode(b"\x95\x03\x98\x04" + g.r.randbytes(g.r.randint(700, 900))).decode()
    lines = "\n".join(body[i:i + 64] for i in range(0, len(body), 64))
    crc = base64.b64encode(g.r.randbytes(3)).decode()
    return f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{lines}\n={crc}\n-----END PGP PRIVATE KEY BLOCK-----"


def _password(g: _Gen, url_safe: bool = False) -> str:
    r = g.r
    if url_safe:
        return r.choice([g.chars(r.randint(12, 24), AN + "-_.~"), f"{g.pick(PASSWORD_WORDS)}{r.randint(10, 9999)}",
                         f"{g.pick(DICEWARE)}-{g.pick(DICEWARE)}-{g.pick(DICEWARE)}"])
    leet = str.maketrans({"a": "@", "e": "3", "o": "0", "i": "1", "s": "$"})
    word = g.pick(PASSWORD_WORDS)
    return r.choice([
        f"{word}{r.randint(1, 9999)}{r.choice(['!', '?', '#', '*', '.', ''])}",
        "-".join(g.pick(DICEWARE) for _ in range(r.randint(3, 5))),
        g.chars(r.randint(12, 22), AN + "!@^&*-_+=."),
        word[0] + word[1:].lower().translate(leet) + str(r.randint(1, 99)),
        f"{g.pick(SEASONS)}{r.randint(2019, 2026)}{r.choice(['!', '#', ''])}",
        f"{word.lower()}{g.pick(DICEWARE).capitalize()}{r.randint(1, 99)}",
    ])


def _hook_path(g: _Gen, service: str) -> str:
    if service == "slack":
        upper = string.ascii_uppercase + string.digits
        return f"T{g.chars(g.r.choice([8, 9, 10]), upper)}/B{g.chars(g.r.choice([9, 10, 11]), upper)}/{g.chars(24, AN)}"
    return f"{g.r.randint(10 ** 17, 10 ** 19 - 1)}/{g.chars(68, AN + '-_')}"


_SECRETS: dict[str, Callable[[_Gen], str]] = {
    "aws_id": lambda g: g.r.choice(["AKIA", "AKIA", "ASIA"]) + g.chars(16, B32),
    "aws_secret": lambda g: g.chars(40, AN + "/+"),
    "aws_session": lambda g: "IQoJb3JpZ2luX2VjE" + g.chars(g.r.randint(600, 760), AN + "/+") + "=",
    "openai": lambda g: g.r.choice([
        lambda: f"sk-proj-{g.chars(74, AN + '-_')}T3BlbkFJ{g.chars(74, AN + '-_')}",
        lambda: f"sk-svcacct-{g.chars(74, AN + '-_')}T3BlbkFJ{g.chars(74, AN + '-_')}",
        lambda: f"sk-{g.chars(20, AN)}T3BlbkFJ{g.chars(20, AN)}",
        lambda: f"sk-admin-{g.chars(74, AN + '-_')}T3BlbkFJ{g.chars(74, AN + '-_')}"])(),
    "anthropic": lambda g: g.r.choice(["sk-ant-api03-", "sk-ant-api03-", "sk-ant-admin01-", "sk-ant-oat01-"]) + g.chars(93, AN + "-_") + "AA",
    "ghs": lambda g: "ghs_" + g.chars(36, AN),
    "github": lambda g: g.r.choice([lambda: g.r.choice(["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]) + g.chars(36, AN),
                                    lambda: "github_pat_11" + g.chars(20, string.ascii_uppercase + string.digits) + "_" + g.chars(59, AN)])(),
    "glpat": lambda g: "glpat-" + g.chars(20, AN + "-_"),
    "gldt": lambda g: "gldt-" + g.chars(20, AN + "-_"),
    "glrt": lambda g: "glrt-" + g.chars(20, AN + "-_"),
    "slack_bot": lambda g: f"xoxb-{g.digits(g.r.choice([11, 12, 13]))}-{g.digits(13)}-{g.chars(24, AN)}",
    "slack_user": lambda g: f"xoxp-{g.digits(11)}-{g.digits(11)}-{g.digits(13)}-{g.chars(32, HEX)}",
    "slack_app": lambda g: f"xapp-1-A{g.chars(10, string.ascii_uppercase + string.digits)}-{g.digits(13)}-{g.chars(64, HEX)}",
    "slack_hook": lambda g: _hook_path(g, "slack"),
    "discord_hook": lambda g: _hook_path(g, "discord"),
    "stripe": lambda g: "sk_live_51" + g.chars(97, AN),
    "rk": lambda g: "rk_live_51" + g.chars(97, AN),
    "whsec": lambda g: "whsec_" + g.chars(32, AN),
    "google": lambda g: "AIza" + g.chars(35, AN + "-_"),
    "ya29": lambda g: "ya29.a0A" + g.chars(g.r.randint(150, 200), AN + "-_"),
    "google_refresh": lambda g: "1//0" + g.chars(g.r.randint(98, 103), AN + "-_"),
    "jwt": lambda g: _jwt_any(g),
    "openssh": _openssh_key,
    "ec": _ec_key,
    "rsa": lambda g: _pem(g, "RSA PRIVATE KEY", _rsa_der(g, pkcs8=False)),
    "pem_json": lambda g: _pem(g, "PRIVATE KEY", _rsa_der(g, pkcs8=True)).replace("\n", "\\n") + "\\n",
    "pgp": _pgp_key,
    "discord": lambda g: f"{g.b64url(str(g.r.randint(10 ** 17, 10 ** 19 - 1)).encode())}.{g.chars(6, AN + '-_')}.{g.chars(38, AN + '-_')}",
    "telegram": lambda g: f"{g.r.randint(10 ** 8, 7 * 10 ** 9)}:AA{g.chars(33, AN + '-_')}",
    "vault": lambda g: "hvs.CAESI" + g.chars(86, AN + "-_"),
    "linear": lambda g: "lin_api_" + g.chars(40, AN),
    "docker": lambda g: "dckr_pat_" + g.chars(27, AN + "-_"),
    "grafana": lambda g: f"glsa_{g.chars(32, AN)}_{g.chars(8, HEX)}",
    "databricks": lambda g: "dapi" + g.chars(32, HEX) + g.r.choice(["", "-2", "-3"]),
    "openrouter": lambda g: "sk-or-v1-" + g.chars(64, HEX),
    "groq": lambda g: "gsk_" + g.chars(52, AN),
    "mailgun": lambda g: f"{g.chars(32, HEX)}-{g.chars(8, HEX)}-{g.chars(8, HEX)}",
    "atlassian": lambda g: "ATATT3xFfGF0" + g.chars(171, AN + "-_") + "=" + g.chars(8, "0123456789ABCDEF"),
    "azure": lambda g: g.chars(3, AN) + "8Q~" + g.chars(34, AN + "~.-_"),
    "django": lambda g: g.r.choice(["django-insecure-", ""]) + g.chars(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)"),
    "laravel": lambda g: "base64:" + g.b64(32),
    "wpsalt": lambda g: g.chars(64, AN + "!@#$%^&*()-_[]{}<>~`+=,.;:/?|"),
    "resend": lambda g: f"re_{g.chars(8, AN)}_{g.chars(24, AN)}",
    "age": lambda g: "AGE-SECRET-KEY-1" + g.chars(58, BECH32.upper()),
    "tailscale": lambda g: f"tskey-auth-k{g.chars(11, AN)}CNTRL-{g.chars(33, AN)}",
    "sendgrid_like": lambda g: f"SG.{g.chars(22, AN + '-_')}.{g.chars(43, AN + '-_')}",
    "hex64": lambda g: g.chars(64, HEX),
}
_ANY_SECRET = ("aws_id", "openai", "anthropic", "github", "glpat", "slack_bot", "slack_user", "slack_app", "stripe", "google", "ya29",
               "jwt", "discord", "telegram", "vault", "linear", "docker", "grafana", "databricks", "openrouter", "groq", "mailgun",
               "atlassian", "azure", "resend", "tailscale", "hex64")


def _secret(g: _Gen, kind: str, state: dict) -> Parts:
    if kind == "any":
        kind = g.r.choice(_ANY_SECRET)
    if kind == "jwt_email":
        people = state.get("people", {})
        email = people["A"].cache.get("email") if "A" in people else None
        return [(_jwt_any(g, email=email or f"{g.chars(6, string.ascii_lowercase)}@{g.pick(MAIL_DOMAINS['any'])}"), "SECRET")]
    if kind == "basic":
        user = g.r.choice(["gitlab-ci-token", "deploy", "robot$ci", "oauth2accesstoken"])
        return [(base64.b64encode(f"{user}:{_password(g)}".encode()).decode(), "SECRET")]
    return [(_SECRETS[kind](g), "SECRET")]


def _cred_url(g: _Gen, kind: str) -> Parts:
    r = g.r
    user = r.choice(["svc_reporting", "etl_loader", "grafana_ro", "app_user", "backup", "metabase", "airflow", "n8n"])
    secret = f"{user}:{_password(g, url_safe=True)}"
    if kind == "smtp":
        return [("smtp://", None), (secret, "SECRET"), (f"@smtp.{g.pick(CORPS)}.com:587", None)]
    scheme, host = r.choice([
        ("postgresql://", "pg-main.internal:5432/app"),
        ("postgresql+asyncpg://", f"db-{g.chars(4, HEX)}.eu-central-1.rds.amazonaws.com:5432/orders"),
        ("mysql+pymysql://", "10.0.3.12:3306/shop"), ("mongodb://", "mongo-0.mongo.svc.cluster.local:27017/app?authSource=admin"),
        ("rediss://", f"redis-{g.digits(5)}.c92.eu-west-1-3.ec2.cloud.redislabs.com:{g.digits(5)}"),
        ("amqps://", "rabbit.internal:5671/%2F"), ("clickhouse://", "ch-analytics:9000/events")])
    return [(scheme, None), (secret, "SECRET"), (f"@{host}", None)]


# --- hard negatives ---

def _ulid(g: _Gen) -> str:
    return "01H" + g.chars(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


_NEGATIVES: dict[str, Callable[[_Gen], str]] = {
    "sha40": lambda g: g.chars(40, HEX),
    "repo": lambda g: g.pick(REPOS),
    "corp": lambda g: g.pick(CORPS),
    "gcp_project": lambda g: f"{g.r.choice(['billing', 'analytics', 'shop'])}-prod-{g.digits(4)}",
    "azsql": lambda g: f"sql-{g.r.choice(['shop', 'crm', 'erp'])}-prod-{g.r.choice(['weu', 'neu', 'eus'])}",
    "cluster": lambda g: g.r.choice(["prod-eu-1", "gke_shop-prod_europe-west1_main", "arn:aws:eks:eu-west-1:" + g.digits(12) + ":cluster/prod"]),
    "slackid": lambda g: "U0" + g.chars(9, string.ascii_uppercase + string.digits),
    "slackts": lambda g: f"{g.r.randint(1_690_000_000, 1_760_000_000)}.{g.digits(6)}",
    "pnr": lambda g: g.chars(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "hhmm": lambda g: f"{g.r.randint(7, 19):02d}:{g.r.choice(['00', '10', '15', '20', '30', '40', '45', '50'])}",
    "bic": lambda g: g.pick(BICS),
    "agepub": lambda g: "age1" + g.chars(58, BECH32),
    "ec2": lambda g: "i-0" + g.chars(16, HEX),
    "ami": lambda g: "ami-0" + g.chars(16, HEX),
    "bucket": lambda g: g.pick(BUCKETS),
    "awsacct": lambda g: g.digits(12),
    "role": lambda g: g.pick(ROLES),
    "pod": lambda g: f"{g.pick(SERVICES)}-{g.chars(10, 'bcdfghjklmnpqrstvwxz2456789')}-{g.chars(5, 'bcdfghjklmnpqrstvwxz2456789')}",
    "digest": lambda g: "sha256:" + g.chars(64, HEX),
    "integrity": lambda g: "sha512-" + g.b64(64),
    "b64img": lambda g: "iVBORw0KGgoAAAANSUhEUgAA" + g.b64(g.r.choice([60, 90, 120])).rstrip("="),
    "sshpub": lambda g: ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.chars(43, AN + "+/") + " "
                         + g.r.choice(["ci-deploy@build-01", "github-actions-deploy", "deploy-key-2024"])),
    "pubpem": lambda g: _pem(g, "PUBLIC KEY", base64.b64decode("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE") + g.r.randbytes(64)),
    "pk_live": lambda g: "pk_live_51" + g.chars(97, AN),
    "amazon_order": lambda g: f"{g.r.choice(['111', '112', '113', '114', '171', '302', '403'])}-{g.digits(7)}-{g.digits(7)}",
    "ticket": lambda g: g.r.choice([f"INC{g.digits(7)}", f"RITM{g.digits(7)}", f"CHG{g.digits(7)}",
                                    f"{g.r.choice(['PAY', 'OPS', 'WEB', 'DATA'])}-{g.r.randint(100, 9999)}",
                                    f"SR-{g.r.randint(2019, 2026)}-{g.digits(6)}"]),
    "objectid": lambda g: "6" + g.chars(7, HEX) + g.chars(16, HEX),
    "ulid": _ulid,
    "traceparent": lambda g: f"00-{g.chars(32, HEX)}-{g.chars(16, HEX)}-01",
    "semver": lambda g: g.r.choice([f"{g.r.randint(1, 4)}.{g.r.randint(0, 40)}.{g.r.randint(0, 20)}",
                                    f"v{g.r.randint(0, 3)}.{g.r.randint(0, 30)}.{g.r.randint(0, 9)}-rc.{g.r.randint(1, 5)}",
                                    f"1.{g.r.randint(24, 31)}.{g.r.randint(0, 12)}-eks-{g.chars(7, HEX)}",
                                    f"{g.r.randint(2, 5)}.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}+build.{g.r.randint(1, 999)}",
                                    f"19c.{g.r.randint(1, 22)}", f"10.0.{g.r.randint(19041, 26100)}.{g.r.randint(1, 4000)}"]),
    "price": lambda g: g.r.choice([f"CHF {g.r.randint(20, 400)}.–", f"R$ {g.r.randint(20, 900)},{g.r.choice(['00', '90', '50'])}",
                                   f"₹{g.r.randint(1, 9)},{g.digits(3)}", f"{g.r.randint(20, 400)},00 €",
                                   f"¥{g.r.randint(3, 30)},{g.r.choice(['000', '800', '500'])}",
                                   f"A${g.r.randint(40, 400)}", f"{g.r.randint(300, 2000)} kr", f"{g.r.randint(50, 600)},99 zł"]),
    "famous_person": lambda g: g.pick(FAMOUS_PEOPLE),
    "famous_company": lambda g: g.pick(FAMOUS_COMPANIES),
    "famous_place": lambda g: g.pick(FAMOUS_PLACES),
    "dish": lambda g: g.pick(DISHES),
    "algo": lambda g: g.pick(ALGORITHMS),
    "winerr": lambda g: g.pick(WIN_ERRORS),
    "doi": lambda g: g.pick(DOIS),
    "arxiv": lambda g: g.pick(ARXIV),
    "placeholder_email": lambda g: g.pick(PLACEHOLDER_EMAILS),
    "placeholder_key": lambda g: g.pick(PLACEHOLDER_KEYS),
}


# =====================================================================================================
# The slot filler
# =====================================================================================================

PEOPLE = ("A", "B", "C", "D")


def fill(ctx, slot: str) -> Parts:
    """Fill one of this set's slots: a list of (text, label or None), as corpus.py's fill functions return.

    `ctx` is corpus._Context (only its .rng and .locale are used); per-prompt state (people, cached
    values) is kept on it. Raises KeyError for a slot this set does not know."""
    state = ctx.__dict__.setdefault("_fresh3", {})
    if "#" in slot:
        key = ("cached", slot)
        if key not in state:
            state[key] = _fill(ctx, state, slot.split("#", 1)[0])
        return list(state[key])
    return _fill(ctx, state, slot)


def _fill(ctx, state: dict, slot: str) -> Parts:
    g = state.setdefault("gen", _Gen(ctx.rng))
    r = g.r
    head, _, rest = slot.partition(":")
    if head in PEOPLE:
        people = state.setdefault("people", {})
        if head not in people:
            locale = ctx.locale if head == "A" or r.random() < 0.65 else r.choice(list(NAMES))
            people[head] = _Person(g, locale)
        attr, _, arg = rest.partition(":")
        return _person_parts(g, people[head], attr, arg)
    lang = _LANG[ctx.locale]
    if head == "loc":
        return [(g.pick(TOWNS[ctx.locale] if rest == "town" else TOWNS[r.choice(list(TOWNS))]), "LOCATION")]
    if head == "org":
        key = ("org", rest)
        if key not in state:
            state[key] = g.pick(ORGS[lang if r.random() < 0.85 else "en"][rest])
        return [(state[key], "ORGANIZATION")]
    if head == "date":
        return _date_parts(g, rest)
    if head == "addr":
        country = g.weighted(_COUNTRIES[ctx.locale])
        return [(_address(g, country, lang), "ADDRESS")]
    if head == "phone":
        return [(_phone(g, g.weighted(_COUNTRIES[ctx.locale])), "PHONE")]
    if head == "card":
        return [(_card(g), "CREDIT_CARD")]
    if head == "iban":
        return [(_iban(g, ctx.locale), "IBAN")]
    if head == "ip":
        if rest == "port":
            return [(_ip(g, r.choice(["pub", "priv"])), "IP_ADDRESS"), (f":{r.choice([22, 443, 8443, 3389, 5432, 51820])}", None)]
        return [(_ip(g, rest), "IP_ADDRESS")]
    if head == "sec":
        return _secret(g, rest, state)
    if head == "pw":
        return [(_password(g), "SECRET")]
    if head == "cred":
        return _cred_url(g, rest)
    if head == "neg":
        return [(_NEGATIVES[rest](g), None)]
    raise KeyError(slot)
