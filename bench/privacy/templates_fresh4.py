"""Fourth fresh, blind test set ("fresh4") for the PII benchmark: (language, text with {slots}).

Written blind: without opening the detector (src/llmvpn/privacy), its tests, or any list of its
misses, and frozen before the detector was ever run on it. Do not tune the detector against these
templates or the values generated here: run.py reports them apart (`quality_fresh4`) as the estimate
for phrasings and values nobody tuning the detector has seen. Once anyone tunes on its misses it
becomes a development set like fresh, fresh2 and fresh3; write a fresh5 then and leave this one alone.

Situations the earlier sets do not have: insurance claims, bank disputes and recalls, visa and
residence forms, tax returns, weddings and events, dating apps, property listings and viewings, vets,
gyms and clubs, car sales and repairs, admissions, volunteer rotas, police and court papers, SaaS
admin consoles and support tickets, Jira/Linear dumps, Terraform/Ansible/Helm/WireGuard configs,
Kubernetes events, Sentry/Datadog alerts, cURL/HAR exports, mobile crash logs, payment webhooks, CRM
exports, family history, code-switching (Taglish, Hinglish, Spanglish, Denglisch, franglais) and text
typed on a phone; in English, German, French, Spanish, Italian, Dutch, Portuguese, Polish and Swedish.

Every value comes from this file's own generators (`fill`, reached from corpus.py after the third
set's filler for slots no other set knows): people from 33 regions with their own names (apostrophes,
diacritics, particles, compound and gendered surnames, nicknames), towns, address layouts, phone
styles, national numbers valid by their checksums (many derived from the person's name, sex and
birth date), passports, IBANs, cards of fifteen schemes, IPv4/IPv6, dates in nine languages and log
timestamps, and credentials: provider keys in their real shapes, passwords as people make them,
connection strings, session cookies, id tokens and pre-signed links, all drawn from the seeded RNG.

Slots (labels as corpus.py's docstring defines them). A slot may end in "#key" (the same value each
time in a prompt) and then "~lc" / "~uc" (the value typed in lower / upper case).
  People P (usually the writer), Q, R, S, T. {P} is the full name; {P@opts...} on a person's first
  mention sets a region (a key of NAMES), an age (kid, old, anc) and a sex (f, m). {P.attr[:arg]}:
    first last nick        PERSON          rev  "Last, First"      fl  "Last First"    init "J. Last"
    title   "Dr Last" (the title not labelled)  user  login name made from the name (the name parts PERSON)
    age     the age in years (not labelled)     email work  EMAIL (private / work)     phone  PHONE
    wa      wa.me link (URL)   url[:social|pay|pro|share|registry]  a link to the person (URL)
    addr ADDRESS   natid passport kvnr nuss utr  NATIONAL_ID   ssn US_SSN   iban IBAN   card CREDIT_CARD
    dob[:code]  DATE_OF_BIRTH;  dod[:code]  date of death (DATE);  code: en us iso num short de fr es it nl pt pl sv
  {%town[:region]} {%town2} LOCATION   {%org:KIND} ORGANIZATION (a key of ORGS["en"], in the prompt's language)
  {%date[:code]} DATE   {%ts:KIND} log/header timestamp, only its date part labelled (DATE)
  {%addr[:region]} {%addr2} ADDRESS   {%phone[:region]} PHONE   {%iban[:region]} IBAN   {%card} CREDIT_CARD
  {%ip[:pub|priv|cgnat|v6|ll|port|cidr|any]} IP_ADDRESS (a zone id, ":port" or "/32" after it not labelled)
  {%sec:KIND} {%pw[:KIND]} SECRET   {%conn:KIND} {%cookie[:KIND]} {%signed[:KIND]} only the secret part labelled
  {%neg:KIND} a hard negative, never labelled   {%lang:pl|sv} first slot of a Polish / Swedish prompt
Not labelled, on purpose: policy, claim, case, order, member, applicant and ticket numbers, VINs,
microchip numbers, Stripe/Twilio/Mollie object ids, mandate and creditor ids, BICs, public keys and
DSNs, and the compact machine timestamps inside pre-signed URLs (X-Amz-Date=20250314T...).
"""
from __future__ import annotations

import base64
import calendar
import datetime as dt
import ipaddress
import json
import string
import unicodedata
from collections.abc import Callable

import phonenumbers
from stdnum import ean, luhn
from stdnum import iban as stdnum_iban
from stdnum.ar import cuit as ar_cuit
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.br import cpf as br_cpf
from stdnum.cz import rc as cz_rc
from stdnum.es import dni as es_dni
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import utr as gb_utr
from stdnum.ie import pps as ie_pps
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale as it_cf
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.mx import rfc as mx_rfc
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.nz import ird as nz_ird
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import cc as pt_cc
from stdnum.se import personnummer as se_pnr
from stdnum.tr import tckimlik as tr_tck
from stdnum.za import idnr as za_idnr

FRESH4_PII = [
    # --- insurance claims ---
    ("en", "Can you tidy up the theft section of my contents claim before I send it to {%org:insurer}?\n\nPolicyholder: {P}\n"
           "Policy number: {%neg:policy}\nInsured address: {P.addr}\nDate of incident: {%date}\nPolice crime reference: {%neg:crimeref}\n"
           "Items taken: laptop, road bike, two watches, a camera bag\nBest number to reach me: {P.phone}\nPay any settlement to: {P.iban}"),
    ("en", "I need to fill in the 'what happened' box of a motor claim. Facts: on {%date} at about {%neg:hhmm} I was stopped at lights on "
           "the way into {%town} when {Q} drove into the back of me. {Q.first} gave me the number {Q.phone} and said the insurer is "
           "{%org:insurer}. A witness, {R}, left an email address ({R.email}). Claim ref {%neg:claim}. Keep it factual and in the first person."),
    ("en", "Travel insurance wants a covering letter with my medical claim. Patient: {P}, DOB {P.dob}, policy {%neg:policy}. I fell while "
           "hiking near {%town2} on {%date}, was treated at {%org:clinic} by {Q.title}, and paid {%neg:price} on my card {P.card}. "
           "Please write it so it doesn't sound like I'm asking for a favour."),

    # --- banks: disputes, recalls, direct debits ---
    ("en", "Write a chargeback request to my bank. Cardholder: {P}, {P.addr}. Card: {P.card}. On {%date} I paid {%neg:price} to an "
           "online furniture shop for a sofa that never came, and the seller stopped answering after {%date}. Order {%neg:order}. "
           "I have screenshots of the chat."),
    ("en", "A gym I cancelled in {%neg:year} is still taking money by direct debit. From my statement:\n\nSEPA-DD {%org:gym}\n"
           "Creditor ID {%neg:creditor_id}\nMandate ref {%neg:mandate}\nDebtor: {P.rev}\nIBAN: {P.iban}\nAmount: {%neg:price}, booked {%date}\n\n"
           "Draft the refund request to my bank and tell me how long I have to claim it back."),
    ("en", "I sent the house deposit to the wrong account on {%date}. What I sent: beneficiary {Q}, IBAN {%iban}, reference "
           "'{P.last} deposit'. The right IBAN was {Q.iban}. Write an urgent recall request to {%org:bank}; the account holder is me, {P}, "
           "phone {P.phone}."),

    # --- visas, immigration, authorities ---
    ("en", "Help me check my answers on the Schengen visa form before my appointment on {%date}:\n\n1. Surname: {P.last~uc}\n"
           "3. First name(s): {P.first~uc}\n4. Date of birth: {P.dob:iso}\n5. Place of birth: {%town}\n13. Passport number: {P.passport}\n"
           "17. Home address and e-mail: {P.addr}, {P.email}\n19. Employer: {%org:work}\n\nIs 'place of birth' meant to be the city or the country?"),
    ("en", "Please turn this into a formal invitation letter for the consulate: I, {Q}, living at {Q.addr}, invite my cousin {P@in} "
           "(passport {P.passport}, born {P.dob}) to stay with me from {%date} to {%date}. I will pay for accommodation and food. "
           "Contact: {Q.phone}, {Q.email}."),
    ("en", "Write an email to the immigration office in {%town:de}: I'm {P}, born {P.dob}, passport {P.passport}, and my residence "
           "permit runs out on {%date}. My employer, {%org:work}, has extended my contract until {%date}. My address here is {%addr:de}. "
           "I'd like the first appointment they have."),

    # --- tax ---
    ("en", "Which of these people go on Schedule 8812? Our household for the {%neg:year} return:\n- me, {P@us}, SSN {P.ssn}\n"
           "- spouse, {Q@us}, SSN {Q.ssn}, born {Q.dob}\n- daughter {R@us,kid,f.first} {P.last}, SSN {R.ssn}, born {R.dob}\n"
           "- my mother-in-law, {S@us,old,f}, SSN {S.ssn}, who lives with us at {P.addr}"),
    ("en", "HMRC says my self-assessment return is late. My UTR is {P@gb.utr} and my NI number is {P.natid}. I'm {P}, a sole trader "
           "walking dogs from home at {P.addr}. Draft a 'reasonable excuse' appeal: I was in hospital from {%date:en} to {%date:en}."),

    # --- weddings and events ---
    ("en", "Turn these RSVPs into a table (name / plus-one / dietary / contact), sorted by surname:\n\n{Q} – yes, bringing {R}, "
           "vegetarian, {Q.email}\n{S.rev} – yes, no plus-one, coeliac, {S.email}\n{T} – can't make it, sends love, {T.phone}\n\n"
           "The wedding is at {%org:venue} on {%date}."),
    ("en", "Reply to our venue coordinator for us, confirming the final numbers (92 adults, 6 children):\n\n> Hi {P.first} and {Q.first},\n"
           "> Just checking in ahead of your big day on {%date}! Could you confirm numbers by {%date}, and let me know who our contact "
           "on the day will be?\n> Warmly,\n> {R}\n> Events, {%org:venue}\n> {R.phone}\n\nOur contact on the day is my brother {S@m}, {S.phone}."),
    ("en", "Write a cute invite for a baby shower for {Q@f.first}. It's at my place, {P.addr}, on {%date} from 2pm. RSVP to me "
           "({P.first}) on {P.phone} or {P.email}. The registry is here: {Q.url:registry}"),

    ("en", "Write a message to the group for {Q@f.first}'s hen weekend in {%town2}: it's {%neg:price} each, please pay me by {%date} "
           "via {P.url:pay} or by transfer to {P.iban}. Questions? WhatsApp me: {P.wa}"),

    ("en", "Write a warm welcome note for the guests at our holiday flat, {%addr}. Wi-Fi: {P.last~uc}-GUEST, password {%pw:wifi}. "
           "The key safe by the door opens with {%pw:pin}. Check-out is at 10. Any problems, call me, {P.first}, on {P.phone}."),

    # --- dating ---
    ("en", "help me reply to this match without sounding too keen:\n\n\"hey! i'm {Q.first}, {Q.age} 🙂 saw you're into bouldering "
           "too, i'm at {%org:gym} most tuesdays. if you'd rather chat off the app my number's {Q.phone} or just whatsapp me {Q.wa}\""),
    ("en", "Write a short 'just in case' text to my sister {R@f.first}: I'm meeting {Q} from Hinge at {%addr} on {%date:short} at "
           "{%neg:hhmm}. Their number is {Q.phone} and this is their profile: {Q.url:social}. I'll text her by eleven."),

    # --- property: listings, viewings, applications ---
    ("en", "Rewrite this listing so it reads less like a police report:\n\nFOR SALE – 3-bed semi, {%addr}\nOpen house {%date} 11–1 "
           "and {%date} 2–4\nViewings through {Q} at {%org:agency}: {Q.phone} / {Q.work}\nVendor relocating, quick completion preferred. "
           "Freehold, EPC C."),
    ("en", "Check this rental application for anything an agent could reject:\n\nApplicant: {P}\nDate of birth: {P.dob}\n"
           "Current address: {P.addr} (since {%neg:year})\nEmployer: {%org:work}, salary {%neg:price}\nCurrent landlord (reference): "
           "{Q}, {Q.phone}\nGuarantor: {R}, {R.email}\nPets: one cat, Miso"),
    ("en", "Write up the feedback from today's viewings for the vendor, {Q.title}:\n- {R} ({R.phone}): loved the garden, worried about "
           "damp in the back bedroom, may offer\n- {S.first} and {T.first}: first-time buyers, mortgage in principle with {%org:bank}\n"
           "- second viewing booked for {%date}"),

    # --- pets and vets ---
    ("en", "Turn my dog's vaccination card into a short table for the kennel:\n\nOwner: {P}, {P.addr}, tel {P.phone}\nDog: Biscuit, "
           "cocker spaniel, microchip {%neg:microchip}\nRabies: {%date}\nDHPP booster: {%date}\nKennel cough: {%date}\nVet: {Q.title}, "
           "{%org:vet}"),
    ("en", "{%org:vet} charged {%neg:price} for an emergency visit on {%date} and I think the X-ray was billed twice. Help me write "
           "to the practice manager, {Q}. The cat is Pickles; the account is in my name, {P}, {P.email}."),

    # --- gyms and clubs ---
    ("en", "Write a firm cancellation email to {%org:gym}. Member: {P}, member no. {%neg:member}, date of birth {P.dob}. I moved to "
           "{%town2} on {%date} and they insist I cancel in person. The direct debit comes from {P.iban} and has to stop this month."),
    ("en", "Fill in the junior registration for {%org:club} from my notes, one field per line: player {R@kid} born {R.dob}, parent {P} "
           "({P.phone}, {P.email}), second contact {Q} {Q.phone}, asthma – carries an inhaler, GP at {%org:clinic}, home {P.addr}"),

    # --- cars ---
    ("en", "Draft a simple private-sale agreement for a used car.\nSeller: {P}, {P.addr}, ID {P.natid}\nBuyer: {Q}, {Q.addr}\n"
           "Vehicle: {%neg:year} Skoda Octavia estate, VIN {%neg:vin}, {%neg:mileage} km\nPrice: {%neg:price}, by bank transfer to "
           "{P.iban}\nHandover: {%date}, sold as seen"),
    ("en", "My car went into {%org:garage} for a clutch on {%date}. The mechanic, {Q.first}, quoted {%neg:price}, invoice {%neg:invoice} "
           "says a lot more and they won't release the car until I pay. I'm {P}, {P.phone}. What are my rights and what do I write?"),
    ("en", "Here's the service history the seller sent. Anything look off?\n\n{%date} – 30k service – {%org:garage} – stamped\n"
           "{%date} – new cambelt – invoice made out to {Q}, {Q.addr}\n{%date} – MOT pass, advisory on tyres\nSeller: {R.first}, {R.phone}\n"
           "VIN {%neg:vin}"),

    # --- universities and schools ---
    ("en", "I'm applying to the nursing programme at {%org:uni} (applicant ID {%neg:applicant}). Turn my notes into a 250-word personal "
           "statement: grew up in {%town}, have looked after my grandad {Q@old,m.first} since I was 15, volunteer at {%org:charity}. "
           "My referee is {R.title} ({R.work}) and my portfolio is at {P.url:pro}."),
    ("en", "Make this appeal to the admissions team sound calm:\n\n\"Dear Admissions Team, my daughter {R@kid,f} (DOB {R.dob}, application "
           "{%neg:applicant}) was refused a place at {%org:school} although we live inside the catchment, at {P.addr}. Her brother "
           "{S@kid,m.first} already goes there. Please call me on {P.phone}. {P}\""),
    ("en", "Email to the housing office at {%org:uni} please: I'm {P}, student ID {%neg:applicant}, arriving {%date} around "
           "{%neg:hhmm}. My friend {Q} ({Q.email}) is starting the same course; can we be in the same flat? Emergency contact: "
           "my dad, {R@m}, {R.phone}."),

    # --- volunteering ---
    ("en", "Turn this food bank rota into a week view and flag anyone who is double-booked:\n\nShift 1 ({%date:short}): {Q} ({Q.phone}), "
           "{R.first}\nShift 2 ({%date:short}): {S} ({S.phone}), {Q.first}\nShift 3 ({%date:short}): {T.first}, {R} ({R.email})\n"
           "Coordinator: {P}, {%org:charity}"),
    ("en", "Our volunteer coordinator asked everyone to post these in the WhatsApp group. Write a kind message explaining why that's a "
           "bad idea, using my details as the example of what NOT to post:\n\nName: {P}\nDOB: {P.dob}\nAddress: {P.addr}\n"
           "ID number: {P.natid}\nEmergency contact: {Q} {Q.phone}"),

    # --- police and incidents ---
    ("en", "Help me write a clear statement for the police about the dog attack:\n- when: {%date}, about {%neg:hhmm}\n- where: the "
           "footpath behind {%addr}\n- dog's owner: {Q}, lives at {Q.addr}\n- my son {R@kid,m.first} was bitten on the arm and treated "
           "at {%org:clinic}\n- witness: {S}, {S.phone}\nI'm {P}, {P.phone}."),
    ("en", "Someone keeps posting my details on a forum. What they posted: my full name {P}, my address {P.addr}, my mobile {P.phone} "
           "and my work email {P.work}. I think it's my ex, {Q}, who uses {Q.email}. It started on {%date}. What should the police "
           "report include?"),
    ("en", "Lost my wallet on the train. For the police report, make a neat list of what was in it: my ID ({P.natid}), bank card "
           "{P.card}, a second card {%card}, my staff pass for {%org:work}, and a note with my partner's number, {Q.phone}. "
           "Contact me at {P.email}."),

    # --- courts ---
    ("en", "Summarise this draft divorce petition in plain English so I know what I'm signing:\n\nPetitioner: {P}, born {P.dob}, of "
           "{P.addr}\nRespondent: {Q}, born {Q.dob}, of {Q.addr}\nDate of marriage: {%date}, at {%town}\nChildren of the family: "
           "{R@kid.first}, born {R.dob}; {S@kid.first}, born {S.dob}\nCase no. {%neg:case}"),
    ("en", "Explain this notice of hearing in simple words for my neighbour, whose English is basic:\n\nIn the matter of {Q.rev} "
           "(Applicant) v {R.rev} (Respondent), case {%neg:case}. The hearing will take place on {%date} at 10:00. The Respondent's "
           "address for service is {R.addr}. Documents must be filed by {%date}. Contact the clerk, {S}, at {S.work}."),
    ("en", "Fill in the particulars of claim from this: I lent {Q} {%neg:price} on {%date}, sent from {P.iban} to their account "
           "{Q.iban}. In a text from {Q.phone} they agreed to repay by {%date}. Nothing since. I'm {P} of {P.addr}; they live at {Q.addr}."),
    ("en", "Write a character reference for my friend {Q} for the sentencing hearing on {%date} (case {%neg:case}). I've known {Q.first} "
           "for twelve years through {%org:club}. I'm {P}, {P.addr}, {P.phone}."),

    # --- SaaS admin consoles and support tickets ---
    ("en", "From our admin console's user export: who still has no 2FA and last logged in from outside the office?\n\n"
           "name,email,role,2fa,last_login_ip,last_login\n{Q},{Q.work},Admin,no,{%ip:pub},{%ts:iso}\n{R},{R.work},Member,yes,{%ip:priv},"
           "{%ts:iso}\n{S},{S.work},Billing,no,{%ip:v6},{%ts:iso}\n{T},{T.email},Guest,no,{%ip:cgnat},{%ts:iso}"),
    ("en", "A customer pasted this into a support ticket. Draft the reply and tell me what to do on our side:\n\n\"Hi, I'm {P}, admin "
           "for {%org:work}. Our integration stopped syncing on {%date}. Here's the key we use in case you need it: {%sec:any}. "
           "The account owner is {P.work} and I'm on {P.phone} until five.\""),
    ("en", "The Okta console shows these sign-ins for {Q.work}. Was the account taken over?\n\n{%ts:us12}  SUCCESS  {%ip:pub}  Chrome "
           "on Windows  MFA push\n{%ts:us12}  FAILURE  {%ip:pub}  Unknown  VERIFY_USER_PASSWORD\n{%ts:us12}  SUCCESS  {%ip:v6}  "
           "Safari on iOS  password only\n\nSomeone also created an API token from that last session: {%sec:okta}"),
    ("en", "Summarise this Intercom conversation for the account manager:\n\n[{%ts:eu}] {Q.first} (customer): hi, our invoices still go "
           "to {R.email}, who left last year. please send them to {Q.work}\n[{%ts:eu}] {P.first} (support): sure! can you confirm the "
           "billing address?\n[{%ts:eu}] {Q.first}: {%addr}\n[{%ts:eu}] {P.first}: done ✅"),

    # --- Jira / Linear ---
    ("en", "Summarise this Jira ticket for stand-up and suggest the next step:\n\n{%neg:jira}: Customer cannot reset password\n"
           "Reporter: {Q} ({Q.work})\nAssignee: {R}\nCreated: {%ts:jira}\nDescription: Customer {S} ({S.email}, {S.phone}) says the "
           "reset link never arrives. Tried from {%ip:pub}. Support reset it by hand to {%pw:default} and read it out on the phone.\n"
           "Comment ({R.first}): reproduced on staging with build {%neg:build}."),
    ("en", "Turn this Linear issue into a release note and leave out anything customer-specific:\n\n### {%neg:linear} CSV export mangles "
           "accented names\nReported by {S} over chat: their export showed \"{T}\" as garbage. Customer contact: {S.email}. Example "
           "row: `{T},{T.email},{%date:iso}`. Fixed in {%neg:semver}."),
    ("en", "Draft the postmortem timeline from these Slack notes:\n{%ts:eu} {Q.first}: pager went off, checkout returning 500s\n"
           "{%ts:eu} {R.first}: rolled back to {%neg:semver}\n{%ts:eu} {Q.first}: cause found, the key in the secret store was "
           "{%sec:any} but prod expects the live one\nIncident commander: {S} ({S.phone})"),

    # --- Terraform, Ansible, Helm, Kubernetes, VPN ---
    ("en", "Review this terraform.tfvars before I commit it. What should move to a secret store?\n\nregion           = \"eu-west-1\"\n"
           "db_username      = \"app\"\ndb_password      = \"{%pw:random}\"\nalert_email      = \"{P.work}\"\nallowed_ssh_cidr = "
           "[\"{%ip:cidr}\"]\ncloudflare_token = \"{%sec:cloudflare}\"\ndatadog_api_key  = \"{%sec:datadog_api}\""),
    ("en", "Ansible can't become root on the new hosts. My inventory:\n\n[web]\n{%ip:priv} ansible_user={P.user} ansible_password="
           "{%pw:any}\n{%ip:priv} ansible_user=deploy\n\n[web:vars]\nansible_become_pass={%pw:any}\n\nWhat's wrong, and how do I move "
           "the passwords into a vault?"),
    ("en", "Our Helm release keeps crash-looping. These are the overrides I passed with -f:\n\nimage:\n  tag: {%neg:semver}\nadmin:\n"
           "  email: {P.work}\nsmtp:\n  user: postmaster\n  password: {%pw:random}\n  api_key: {%sec:mailchimp}\n"
           "postgresql:\n  auth:\n    password: {%pw:url}\nsentry:\n"
           "  dsn: {%neg:sentry_dsn}\n\nWhich value would stop the pod from starting?"),
    ("en", "Pods are stuck in ImagePullBackOff. kubectl describe pod says:\n\nNode:  {%neg:node}/{%ip:priv}\nIP:    {%ip:priv}\nEvents:\n"
           "  Warning  Failed   12s  kubelet  Failed to pull image \"registry.gitlab.com/shop/api:{%neg:semver}\": unauthorized\n\n"
           "and the pull secret decodes to {lb}\"auths\":{lb}\"registry.gitlab.com\":{lb}\"auth\":\"{%sec:docker_b64}\"{rb}{rb}{rb}. "
           "Is the secret wrong or the image name?"),
    ("en", "I found this in a terraform.tfstate that was public for a day. What exactly do I rotate?\n\n{lb}\"type\": \"aws_iam_access_key\", "
           "\"instances\": [{lb}\"attributes\": {lb}\"id\": \"{%sec:aws_id}\", \"secret\": \"{%sec:aws_secret}\", "
           "\"user\": \"{P.user}\"{rb}{rb}]{rb},\n"
           "{lb}\"type\": \"aws_db_instance\", \"instances\": [{lb}\"attributes\": {lb}\"username\": \"root\", "
           "\"password\": \"{%pw:random}\"{rb}{rb}]{rb}"),
    ("en", "My WireGuard tunnel connects but no traffic gets through. Config:\n\n[Interface]\nPrivateKey = {%sec:wireguard}\nAddress = "
           "{%ip:priv}/24\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = {%neg:wg_pub}\nEndpoint = {%ip:port}\nAllowedIPs = 0.0.0.0/0\n\n"
           "What am I missing?"),
    ("en", "pip still asks for a password for our private index although ~/.netrc has:\n\nmachine pypi.corp.internal login {P.user} "
           "password {%pw:random}\nmachine api.heroku.com login {P.email} password {%sec:heroku}\n\nIs it the file permissions?"),

    ("en", "We're offboarding {Q} today and found a .env in their home folder on the shared build box. Which of these can I revoke "
           "from a CLI, and which only in the web consoles?\n\nTWILIO_ACCOUNT_SID={%neg:twilio_sid}\nTWILIO_AUTH_TOKEN={%sec:twilio}\n"
           "POSTMARK_SERVER_TOKEN={%sec:postmark}\nALGOLIA_ADMIN_KEY={%sec:algolia_admin}\nDD_APP_KEY={%sec:datadog_app}\n"
           "AUTH0_CLIENT_SECRET={%sec:auth0}\nCF_API_KEY={%sec:cf_global}\nOWNER_EMAIL={Q.work}"),
    ("en", "Found these in an old CI config that {Q} set up before leaving. Rotate all of them, or are some harmless?\n\n"
           "SQUARE_APP_SECRET: {%sec:square_app}\nPAGERDUTY_API_KEY: {%sec:pagerduty}\nEXPO_TOKEN: {%sec:expo}\n"
           "ZENDESK_API_TOKEN: {%sec:zendesk}\nLD_SDK_KEY: {%sec:launchdarkly}\nGA_MEASUREMENT_ID: {%neg:ga_id}\n"
           "RAZORPAY_KEY_ID: {%neg:razorpay_id}"),

    ("en", "Our Spring Boot service can't reach the database since the password rotation. application.properties:\n\n"
           "spring.datasource.url={%conn:jdbc}\nspring.datasource.hikari.maximum-pool-size=10\n\nDid I put the password in the wrong place?"),
    ("en", "Which of these connection strings from our old wiki page still work, and how do I test them without installing clients?\n\n"
           "- reporting: {%conn:mssql}\n- events: {%conn:mongo}\n- cache: {%conn:redis}\n- queue: {%conn:amqp}\n\nThe page was last "
           "edited by {Q} ({Q.work})."),
    ("en", "The Kafka consumer fails with SaslAuthenticationException. consumer.properties:\n\nsecurity.protocol=SASL_SSL\n"
           "sasl.mechanism=PLAIN\nsasl.jaas.config={%conn:kafka}\n\nIs the JAAS line quoted wrong?"),
    ("en", "Moving my side project from PlanetScale to Neon. Old and new:\nOLD DATABASE_URL={%conn:pscale}\nNEW DATABASE_URL={%conn:neon}\n"
           "Do I need to change the Prisma provider, and anything else?"),
    ("en", "appsettings.Production.json has \"DefaultConnection\": \"{%conn:ado}\" and the app logs 'Login failed for user'. "
           "Is it the Encrypt flag?"),
    ("en", "Our print shop uploads artwork to a customer's server with {%conn:ftp} and it times out half-way. Passive mode, or something else?"),
    ("en", "fail2ban isn't banning this. From /var/log/auth.log:\n\n{%ts:syslog} web01 sshd[4123]: Failed password for invalid user "
           "admin from {%ip:pub} port 52144 ssh2\n{%ts:syslog} web01 sshd[4125]: Failed password for {P.user} from {%ip:pub} port "
           "52160 ssh2\n{%ts:syslog} web01 sshd[4129]: Accepted password for {P.user} from {%ip:pub} port 52188 ssh2\n\nWas my account broken into?"),
    ("en", "Is this scraping? Our access log has hundreds of lines like these, all on the session of {P.email}:\n\n{%ip:pub#s} - - [{%ts:clf}] "
           "\"GET /account/invoices/{%neg:invoice}.pdf HTTP/2.0\" 200 48213 \"-\" \"python-requests/2.31\"\n{%ip:pub#s} - - [{%ts:clf}] "
           "\"GET /account/invoices/{%neg:invoice}.pdf HTTP/2.0\" 200 51007 \"-\" \"python-requests/2.31\""),
    ("en", "Why did this land in spam? Headers:\n\nReceived: from mail.hollowpeak.org ({%ip:pub})\nDate: {%ts:http}\nFrom: {Q} <{Q.email}>\n"
           "To: {P.work}\nSubject: Invoice for the venue deposit"),
    ("en", "ping6 reaches my printer at {%ip:ll} but not at its global address {%ip:v6}. Why does the link-local one need the interface name?"),
    ("en", "A student, {Q}, forwarded this lecture-video link to the whole year group:\n{%signed:cloudfront}\nCan I invalidate just that "
           "signature, or do I have to rotate the key pair?"),
    ("en", "Write to our solicitors, {%org:firm}, asking {Q.title} to confirm completion on {%date} and to send the signed transfer "
           "deed to {P.email}. The buyer's solicitor is {R} ({R.work})."),

    # --- Sentry / Datadog ---
    ("en", "Got this Sentry alert. Bug in our code or bad input?\n\n{%neg:sentry_issue} TypeError: Cannot read properties of undefined "
           "(reading 'postcode')\nFirst seen: {%ts:sentry}\nUser: {P.email} (id {%neg:uuid})\nIP: {%ip:any}\nRelease: {%neg:semver}\n"
           "Request headers:\n  authorization: Bearer {%sec:id_token_p}\n  cookie: {%cookie:any}"),
    ("en", "Datadog monitor {%neg:dd_monitor} fired with this sample log. Is it the payment provider or us?\n\n{%ts:dd} ERROR "
           "payments-api charge failed customer_email={Q.email} client_ip={%ip:pub} card={%card} provider_status=402 "
           "trace_id={%neg:trace_id}\n\nAnd why is a whole card number in our logs at all?"),

    # --- browser exports: cURL, HAR, cookies, links ---
    ("en", "I copied this from DevTools with 'Copy as cURL'. Why does the server answer 403?\n\ncurl 'https://app.bluefinch.app/api/v2/account' \\\n"
           "  -H 'authorization: Bearer {%sec:any}' \\\n  -H 'cookie: {%cookie:any}' \\\n  -H 'content-type: application/json' \\\n"
           "  --data-raw '{lb}\"email\":\"{P.email}\",\"password\":\"{%pw:any}\",\"phone\":\"{P.phone}\"{rb}'"),
    ("en", "Cut this HAR entry down to what a bug report needs, and strip anything sensitive:\n\n{lb}\"startedDateTime\": \"{%ts:iso}\", "
           "\"request\": {lb}\"method\": \"POST\", \"url\": \"https://shop.tallowandwick.com/checkout/confirm\", \"headers\": "
           "[{lb}\"name\": \"Cookie\", \"value\": \"{%cookie:any}\"{rb}], \"postData\": {lb}\"mimeType\": \"application/json\", "
           "\"text\": \"{lb}\\\"name\\\":\\\"{P}\\\",\\\"email\\\":\\\"{P.email}\\\",\\\"card\\\":\\\"{P.card}\\\"{rb}\"{rb}{rb}, "
           "\"response\": {lb}\"status\": 500{rb}{rb}"),
    ("en", "I'm debugging our Next.js login. document.cookie in the console prints\n\n{%cookie:nextauth}\n\nand /api/auth/session "
           "returns {lb}\"user\":{lb}\"name\":\"{P}\",\"email\":\"{P.email}\"{rb}{rb}. Why is getServerSession null on the server?"),
    ("en", "I pasted this download link for our claims adjuster into a public Slack channel by mistake. How long is it valid, and "
           "can I revoke it?\n\n{%signed:s3}"),
    ("en", "Is this email real? It came to {P.email}: 'Hi {P.first}, someone asked to reset the password on your account. If that was "
           "you, use this link within 30 minutes: {%signed:reset}'"),

    # --- mobile crash logs ---
    ("en", "Our React Native app crashes on the profile screen. Redux state at the time, from the crash reporter:\n\n{lb}\n"
           "  \"auth\": {lb} \"token\": \"{%sec:id_token}\", \"userId\": \"{%neg:uuid}\" {rb},\n  \"profile\": {lb} \"name\": \"{P}\", "
           "\"email\": \"{P.email}\", \"phone\": \"{P.phone}\", \"birthday\": \"{P.dob:iso}\" {rb},\n  \"device\": {lb} \"os\": "
           "\"Android 14\", \"build\": \"{%neg:build}\" {rb}\n{rb}\n\nTypeError: undefined is not an object (evaluating 'profile.address.city')"),
    ("en", "Push notifications stopped after the migration. Logcat:\n\n{%ts:log} D/FCM: token refreshed for user {P.email}\n"
           "{%ts:log} D/FCM: using server key {%sec:fcm}\n{%ts:log} E/PushService: 401 from fcm.googleapis.com\n\nIs the legacy key the problem?"),
    ("en", "TestFlight feedback came in with a crash. Tester: {P} <{P.email}>. Comment: 'the app closes as soon as I type my card "
           "number ({P.card}) and tap Save'.\n\nException Type:  EXC_CRASH (SIGABRT)\nDate/Time:       {%ts:log}\nApp Version:     "
           "{%neg:build}\n\nWhich library is most likely at fault?"),

    # --- payment webhooks ---
    ("en", "My webhook handler crashes on this event. Which field am I not handling?\n\n{lb}\n  \"id\": \"{%neg:stripe_evt}\",\n"
           "  \"type\": \"checkout.session.completed\",\n  \"data\": {lb}\"object\": {lb}\n    \"id\": \"{%neg:stripe_cs}\",\n"
           "    \"customer\": \"{%neg:stripe_cus}\",\n    \"payment_intent\": \"{%neg:stripe_pi}\",\n    \"amount_total\": {%neg:amount_cents},\n"
           "    \"customer_details\": {lb} \"name\": \"{P}\", \"email\": \"{P.email}\", \"phone\": \"{P.phone}\", \"address\": null {rb}\n"
           "  {rb}{rb}\n{rb}"),
    ("en", "Mollie calls our webhook and we fetch this payment. How do I map consumerName and consumerAccount onto our customer "
           "table?\n\n{lb}\"resource\": \"payment\", \"id\": \"{%neg:mollie_tr}\", \"status\": \"paid\", \"paidAt\": \"{%ts:iso}\", "
           "\"details\": {lb}\"consumerName\": \"{P.init}\", \"consumerAccount\": \"{P.iban}\", \"consumerBic\": \"{%neg:bic}\"{rb}, "
           "\"metadata\": {lb}\"order_id\": \"{%neg:order}\", \"email\": \"{P.email}\"{rb}{rb}"),
    ("en", "The Razorpay webhook signature check fails. Key id {%neg:razorpay_id}, key secret {%sec:razorpay}. Payload:\n"
           "{lb}\"event\":\"payment.captured\",\"payload\":{lb}\"payment\":{lb}\"entity\":{lb}\"email\":\"{P@in.email}\",\"contact\":"
           "\"{P.phone}\",\"amount\":{%neg:amount_cents},\"vpa\":\"{P.first~lc}@okaxis\"{rb}{rb}{rb}{rb}\nWhat am I hashing wrong?"),

    # --- CRM exports ---
    ("en", "Clean up this HubSpot export: split the name, normalise phones to E.164, drop the notes column.\n\nRecord ID,Name,Email,"
           "Phone,Company,City,Lifecycle,Notes\n{%neg:dd_monitor},{Q},{Q.work},{Q.phone},{%org:work},{%town},Lead,\"met at trade fair, "
           "partner {R.first} also interested\"\n{%neg:dd_monitor},{S},{S.email},{S.phone},{%org:garage},{%town2},Customer,\"renewal "
           "due {%date}\""),
    ("en", "Write a follow-up email from this Salesforce lead:\n\nLead Owner: {P}\nName: {Q.title}\nCompany: {%org:work}\nEmail: "
           "{Q.work}\nMobile: {Q.phone}\nMailing Address: {%addr}\nLead Source: webinar on {%date}\nDescription: wants pricing for "
           "40 seats, decision by {%date}"),

    # --- family history ---
    ("en", "Turn my family-history notes into a short piece for the reunion booklet:\n\n- {Q@anc,m} b. {Q.dob} in {%town}, d. {Q.dod}\n"
           "- married {R@anc,f} (b. {R.dob:iso}) a few years later\n- their son {S@anc,m.first} {Q.last}, a carpenter, left for "
           "{%town2} as a young man\n- my grandmother {T@old,f}, born {T.dob}, still tells the story of the flood"),
    ("en", "Help me answer this message from a DNA match without giving too much away:\n\n\"Hi, I'm {Q}. We share 212 cM on the site. "
           "My grandfather was {R@anc,m}, born {R.dob} in {%town}, and I think your great-grandmother {S@anc,f.first} may have been his "
           "sister. Could you email me at {Q.email}? Our tree so far is here: {Q.url:share}\""),

    # --- code-switching ---
    ("en", "pa-help naman, i need to reply to my tita {Q@ph,f.first} kasi she's asking for my address for the balikbayan box. it's "
           "{P@ph.addr}, and my number is {P.phone} na, hindi na yung luma. make it polite pero hindi masyadong formal"),
    ("en", "bhai ek formal mail likh do to {Q@in.title}, that I'll submit the scholarship form by {%date}. Mera Aadhaar {P@in.natid} "
           "hai aur roll number {%neg:applicant}. mail {P.email} se bhejna hai, thoda polite rakhna"),

    # --- typed on a phone ---
    ("en", "hey can u help me write a msg to my landlord his name is {Q@m.first~lc} the heater is broke again since {%date~lc} and its "
           "freezing my adress is {P.addr~lc} and he can call me {P.phone} i dont want to be rude but its the 3rd time"),
    ("en", "whats the best way to ask {Q.first~lc} for the money back they owe me its {%neg:price} and they said theyd send it on "
           "{%date~lc} but nothing. my bank details are {P.iban} if u need them in the msg"),
    ("en", "pls fix my msg to the school my son {R@kid,m.first~lc} was sick today and didnt come in hes in {Q.title~lc}s class "
           "thx {P.first~lc} {P.phone}"),
    ("en", "guy from marketplace wants to buy my bike but wants to come to my house?? is that normal he said his name is {Q@m} number "
           "{Q.phone} i live at {P.addr~lc} should i meet him somewhere else"),
    ("en", "my mum wants me to write her banking stuff down so she doesnt forget, is it ok to keep this in my notes app? card "
           "{Q@old,f.card} pin {%pw:pin} online banking login {Q.user} password {%pw:pet} and her date of birth {Q.dob} for security questions"),
    ("en", "omg i think i got scammed i put my card {P.card} and my dob {P.dob} into a website and now theres a charge from some "
           "shop in {%town2} what do i do first"),

    # --- German ---
    ("de", "Hilf mir bitte bei der Anlage Kind: Meine Tochter {R@kid,f}, geboren am {R.dob:de}, war bis {%date:de} in der {%org:school}. "
           "Die Betreuungskosten ({%neg:price}) habe ich von meinem Konto {P.iban} überwiesen. Ich bin {P}, Sozialversicherungsnummer "
           "{P.natid}. Was trage ich wo ein?"),
    ("de", "Bitte prüf den Kaufvertrag für meinen alten Golf:\nVerkäufer: {P}, {P.addr}\nKäufer: {Q}, {Q.addr}, Reisepass-Nr. "
           "{Q.passport}\nFahrzeug-Identifizierungsnummer: {%neg:vin}\nKaufpreis: {%neg:price}, bar bei Übergabe am {%date:de}\n"
           "Gekauft wie gesehen."),
    ("de", "Fass die Tierarztrechnung kurz für die Tierkrankenversicherung zusammen:\n\n{%org:vet}, Behandlung am {%date:de}\n"
           "Halter: {P}, {P.addr}\nPatient: Kater Mogli, Chip {%neg:microchip}\nBehandelnde Tierärztin: Dr. {Q@f.last}\n"
           "Versicherungsnummer: {%neg:policy}"),
    ("de", "Formuliere den Unfallhergang sachlich für die Versicherung: Am {%date:de} gegen {%neg:hhmm} Uhr wurde mein Auto in "
           "{%town} auf dem Parkplatz vor {%org:gym} angefahren. Die Fahrerin, {Q@f}, hat mir ihre Handynummer {Q.phone} und ihre "
           "Anschrift {Q.addr} gegeben. Zeuge: {R@m}, {R.email}."),
    ("de", "Die Krankenkasse will die Versichertennummer meines Sohnes. Stimmt das Format? {R@kid,m}: {R.kvnr}, geb. {R.dob:de}. "
           "Hauptversicherte Person: {P}, {P.kvnr}."),
    ("de", "Kannst du mir helfen, das Meeting mit {Q@f} zu reschedulen? Sie ist ab {%date:de} OOO, ihr Backup ist {R.first} ({R.work}). "
           "Ich würde gern einen neuen Slot am {%date:de} vorschlagen, Dial-in {%phone}. Bitte kurz und casual, wir duzen uns."),

    # --- French ---
    ("fr", "Peux-tu rédiger la déclaration de sinistre pour mon assurance habitation ? Dégât des eaux le {%date:fr} chez moi, "
           "{P.addr}. Le voisin du dessus, {Q}, a reconnu la fuite ; son numéro : {Q.phone}. Assuré : {P}, contrat {%neg:policy}, "
           "IBAN pour l'indemnisation : {P.iban}."),
    ("fr", "Mon chien Filou a été vacciné chez {%org:vet} le {%date:fr}. Écris un mail à la pension canine pour envoyer son carnet : "
           "propriétaire {P}, {P.phone}, {P.email}, puce {%neg:microchip}."),
    ("fr", "Compte rendu du conseil syndical à mettre au propre : présents {Q}, {R} et {S.init}. {Q.last} signale une infiltration "
           "au {%addr}. Le syndic ({%org:agency}) sera relancé par {R.first} avant le {%date:fr}. Prochaine réunion le {%date:fr}."),
    ("fr", "J'ai reçu ce SMS : « Bonjour {P.first}, votre colis n'a pas pu être livré au {P.addr}. Réglez 1,99 € via le lien ou "
           "appelez le {%phone}. » C'est une arnaque ?"),
    ("fr", "Tu peux me faire un quick recap du call avec {Q@f} pour la team ? Elle m'a donné son mail perso, {Q.email}, et son "
           "portable, {Q.phone}, pour le follow-up. Deadline du deal : {%date:fr}. Je suis off à partir du {%date:fr}, donc {R.first} "
           "prend le lead."),

    # --- Spanish ---
    ("es", "Necesito dar un parte al seguro del coche. El {%date:es} un conductor, {Q}, me dio un golpe en {%town}. Me pasó su "
           "teléfono {Q.phone} y su documento {Q.natid}. Mi póliza es {%neg:policy}. Redáctalo claro; yo soy {P}."),
    ("es", "Escríbeme un correo para {%org:uni}: soy {P}, nací el {P.dob:es}, mi número de solicitud es {%neg:applicant} y no me ha "
           "llegado la carta de admisión. Mi correo es {P.email} y mi móvil {P.phone}."),
    ("es", "Resume esta acta de la comunidad de vecinos: asistieron {Q} (1º A), {R} (2º B) y {S.first} {S.last}. Se aprobó cambiar "
           "la puerta del portal de {%addr}. {R.first} enviará el presupuesto a {R.email} antes del {%date:es}."),
    ("es", "Mi hija {R@kid,f} (nacida el {R.dob:es}) se apunta a natación en {%org:club}. Ayúdame con la ficha: tutor {P}, "
           "DNI/NIE {P.natid}, teléfono {P.phone}, alergias: ninguna, número de la Seguridad Social del tutor {P.nuss}."),
    ("es", "oye can you help me escribir un mensaje pa' mi landlord? se llama {Q.first} y el heater no funciona desde el {%date:es}. "
           "I live at {P.addr} y mi número es {P.phone}. que suene polite pero firme porfa"),

    # --- Italian ---
    ("it", "Mi aiuti a scrivere la disdetta della palestra {%org:gym}? Sono {P}, codice fiscale {P.natid}, tessera {%neg:member}. "
           "L'addebito SEPA va sull'IBAN {P.iban} e voglio che si fermi dal {%date:it}."),
    ("it", "Scrivi un messaggio alla proprietaria di casa, {Q@f.first}: la caldaia in {P.addr} è rotta dal {%date:it}. Può mandare il "
           "tecnico? Il mio numero è {P.phone}. Grazie, {P.first}"),
    ("it", "Ho trovato questo nel log del server, è un problema di privacy?\n{%ts:log} INFO login ok utente={P.email} ip={%ip:pub}\n"
           "{%ts:log} WARN password errata '{%pw:any}' per {Q.email} da {%ip:pub}"),
    ("it", "Traduci in inglese per l'agenzia: «Il sottoscritto {P}, nato a {%town} il {P.dob:it}, residente in {P.addr}, dichiara di "
           "aver venduto a {Q} la propria auto (telaio {%neg:vin}) in data {%date:it}.»"),

    # --- Dutch ---
    ("nl", "Kun je mijn bezwaar tegen de WOZ-beschikking netjes verwoorden? Ik ben {P@nl}, BSN {P.natid}, eigenaar van {P.addr}. "
           "De beschikking is van {%date:nl}. De buren, {Q}, betalen voor een vergelijkbaar huis veel minder."),
    ("nl", "Schrijf een appje aan de oppas, {Q.first}: we zijn op {%date:nl} pas om {%neg:hhmm} thuis, de sleutel ligt bij de buren op "
           "{%addr}, en bij nood bel {R} op {R.phone}."),
    ("nl", "Help me met een mail aan {%org:uni}: ik ben {P}, studentnummer {%neg:applicant}, en mijn inschrijving staat nog op mijn "
           "oude adres. Nieuw adres: {P.addr}. Telefoon {P.phone}."),

    # --- Portuguese ---
    ("pt", "Pode me ajudar a responder esse corretor? 'Olá {P@br.first}, a visita ao apartamento da {%addr} fica para {%date:pt} às "
           "{%neg:hhmm}. Traga RG e CPF ({P.natid}, confere?). Abs, {Q}, {%org:agency}, {Q.phone}'"),
    ("pt", "Meu cachorro Thor precisa da carteira de vacinação atualizada. Escreva um e-mail para a {%org:vet}: tutor {P}, telefone "
           "{P.phone}, última vacina em {%date:pt}, microchip {%neg:microchip}."),
    ("pt", "Olha esse print do grupo do condomínio, alguém postou os dados de todo mundo: '{Q} – apto 12 – {Q.phone}', '{R@br} – apto 31 "
           "– {R.phone} – CPF {R.natid}'. Como peço pra apagar sem criar briga?"),

    # --- Polish ---
    ("pl", "{%lang:pl}Pomóż mi napisać reklamację do banku. W dniu {%date:pl} z mojej karty {P.card} pobrano {%neg:price} w sklepie "
           "internetowym, w którym nic nie było zamawiane. Dane: {P}, PESEL {P.natid}, adres {P.addr}, tel. {P.phone}."),
    ("pl", "{%lang:pl}Napisz wiadomość do wspólnoty mieszkaniowej: od {%date:pl} w piwnicy pod adresem {P.addr} cieknie rura. "
           "Administrator, {Q}, nie odbiera telefonu ({Q.phone}). Podpis: {P}."),
    ("pl", "{%lang:pl}Przetłumacz na angielski dla pracodawcy: „{P}, data urodzenia {P.dob:pl}, zamieszkanie: {%town}, był(a) "
           "zatrudniony(a) w {%org:work} od {%date:pl} do {%date:pl}”"),

    # --- Swedish ---
    ("sv", "{%lang:sv}Kan du hjälpa mig skriva till Försäkringskassan? Jag heter {P}, personnummer {P.natid}, och min son {R@se,kid,m} "
           "({R.natid}) har varit sjuk sedan {%date:sv}. Jag vill ansöka om VAB. Adress: {P.addr}, mejl {P.email}."),
    ("sv", "{%lang:sv}Skriv ett sms till vår hyresvärd {Q}: tvättstugan på {%addr} har varit trasig sedan {%date:sv}. Ring mig på "
           "{P.phone}. Hälsningar {P.first}"),
]

FRESH4_NEGATIVE = [
    # ids, public keys and example values that look like secrets or PII
    ("en", "What does each part of a Stripe id like {%neg:stripe_evt} or {%neg:stripe_cus} mean, and is it fine to log payment "
           "intent ids such as {%neg:stripe_pi}?"),
    ("en", "Our frontend bundle contains the Sentry DSN {%neg:sentry_dsn}. The docs say that's fine to expose; why isn't it a secret?"),
    ("en", "Mapbox gave us a public token for the website map, {%neg:mapbox_pk}. Can anyone abuse it, and should I add URL restrictions?"),
    ("en", "Why does the default example token on jwt.io decode to a made-up user? {%neg:jwt_io}"),
    ("en", "Which of these Stripe test cards triggers 3-D Secure: {%neg:example_card} or {%neg:example_card}?"),
    ("en", "The IBAN {%neg:example_iban} shows up in lots of tutorials. Is it a real account, and why does it pass validation?"),
    ("en", "For a radio play I need phone numbers that won't ring anyone. Is {%neg:fiction_phone} in a range reserved for drama?"),
    ("en", "Explain why documentation should use addresses like {%neg:doc_ip} instead of real ones, and which ranges are reserved."),
    ("en", "Our repo has placeholders like `{%neg:template_var}` and `{%neg:template_var}` in different files. Which templating tool "
           "uses which syntax, and how do I find the ones that never get filled in?"),
    ("en", "Our Ansible vault file starts like this:\n\n{%neg:ansible_vault}\n\nIs it safe to commit, and where should the vault password live?"),
    ("en", "Receipts print the card as {%neg:masked_card}. Is showing that much of the number PCI-compliant?"),
    ("en", "Our logs show {%neg:masked} where the API key used to be. Which logging libraries do that by default?"),
    ("en", "How are SSH host key fingerprints like {%neg:ssh_fp} checked on first connect, and what does the warning mean when one changes?"),
    ("en", "Twilio message {%neg:twilio_msg} on account {%neg:twilio_sid} failed with error 30007. What does carrier filtering mean?"),
    ("en", "Sentry issue {%neg:sentry_issue} has thousands of events from release {%neg:semver}. How do I alert on new errors only?"),
    ("en", "Terraform wants to destroy {%neg:tf_addr} although I only changed a tag. How do I find out why?"),
    ("en", "Pod {%neg:pod} on node {%neg:node} restarted 14 times with exit code 137, image {%neg:digest}. What do I check first?"),
    ("en", "Request {%neg:request_id} (trace {%neg:trace_id}) spent four seconds in the auth service. How do I read a trace waterfall?"),
    ("en", "What are SEPA creditor identifiers like {%neg:creditor_id}, and is it normal to print ours on invoices?"),
    ("en", "Is {%neg:aba} a bank's routing number or someone's account? Why is it printed on every cheque?"),
    ("en", "How do I decode the VIN {%neg:vin}? Which characters give the factory and the model year?"),
    ("en", "Parcel tracking {%neg:tracking} has said 'preparing for delivery' for five days. Which carrier is that, and is it normal?"),
    ("en", "Flight {%neg:flight} from {%neg:airport} to {%neg:airport} was cancelled the day before. What does EU261 say?"),
    ("en", "Make a mail-merge template for wedding invitations with placeholders {lb}{lb}first_name{rb}{rb}, {lb}{lb}partner_name{rb}{rb} "
           "and {lb}{lb}table{rb}{rb}. No real names, please."),
    ("en", "The page {%neg:docurl} mentions a setting I can't find anywhere. Can you explain it with an example?"),
    ("en", "Which country does the prefix of the barcode {%neg:ean} point to, and does that mean the product was made there?"),
    ("en", "Is the ISBN {%neg:isbn} a hardback or a paperback, and how is its check digit worked out?"),
    ("en", "Support ticket {%neg:ticket} was closed automatically. Write a short, polite note asking to reopen it; no names needed."),
    ("en", "{%neg:ticker} fell {%neg:pct} today. In one paragraph, what usually moves a stock like that? No advice, please."),
    ("en", "Our database on port {%neg:port} logs 'could not receive data from client' and the app log shows epoch {%neg:epoch}. What happened?"),
    ("en", "Should Stripe price ids like {%neg:stripe_price} live in environment variables or in the database?"),
    ("en", "Why does ownerReferences uid {%neg:k8s_uid} point to a ReplicaSet that no longer exists?"),
    # famous people, places, companies; words and dishes that look like names
    ("en", "What's the difference between {%neg:eponym} and {%neg:eponym}? A paragraph each, with an everyday example."),
    ("en", "Is {%neg:cocktail} or {%neg:cocktail} easier to make for twenty people?"),
    ("en", "Give me a foolproof recipe for {%neg:dish} for four."),
    ("en", "How did {%neg:famous_company} and {%neg:famous_company} end up competing for the same customers? Keep it short."),
    ("en", "Write a short biography of {%neg:famous_person} for a primary-school poster."),
    ("en", "Plan five slow-travel days around {%neg:famous_place} without a car."),
    ("en", "On forms in other languages, what's the equivalent of 'John Doe'? I've seen {%neg:placeholder_name} and "
           "{%neg:placeholder_name}; which countries use those?"),
    ("en", "Jack up the car, pat the discs dry, and the surface rust will rub off after a few miles, right? Frank answers only, "
           "I won't sue."),
    # other languages
    ("de", "Was bedeutet die Gläubiger-ID {%neg:creditor_id} auf meinem Kontoauszug, und wie widerspreche ich einer Lastschrift?"),
    ("fr", "Explique-moi l'effet Doppler et le principe de Bernoulli avec des exemples de la vie de tous les jours."),
    ("es", "¿Qué significa cada parte del número de bastidor {%neg:vin}?"),
    ("it", "Qual è la differenza tra {%neg:famous_company} e {%neg:famous_company} per chi cerca lavoro come sviluppatore?"),
    ("nl", "Is de IBAN {%neg:example_iban} uit de handleiding een echte rekening?"),
    ("pt", "Quem foi {%neg:famous_person}? Resuma em três frases para um trabalho da escola."),
    ("pl", "{%lang:pl}Czym różni się numer PESEL od numeru NIP? Podaj zmyślony przykład, nie prawdziwy."),
    ("sv", "{%lang:sv}Hur fungerar kontrollsiffran i ett personnummer? Förklara med ett påhittat exempel."),
]

FRESH4_CLEAN = [
    ("en", "What's a realistic weekly grocery budget for a family of four, and how could we cut it by ten percent?"),
    ("en", "Explain how a chargeback works from the shop's side, in plain words."),
    ("en", "give me a 3 day split for the gym im a beginner and only have dumbbells"),
    ("en", "How do I tell wedding guests politely that the reception is adults-only?"),
    ("en", "What should I ask at a house viewing that people usually forget?"),
    ("en", "How often should an indoor cat see the vet once it's past ten?"),
    ("en", "Write a short checklist for returning a rental car so I'm not charged for old scratches."),
    ("en", "What's the difference between a Terraform module and a Helm chart, conceptually?"),
    ("en", "How do I make a Kubernetes liveness probe less trigger-happy?"),
    ("en", "Explain idempotency keys for payment webhooks with a small example."),
    ("en", "What's a good way to organise notes when researching family history?"),
    ("de", "Wie plane ich eine Hochzeit mit 80 Gästen, ohne mich finanziell zu übernehmen?"),
    ("fr", "Comment préparer un entretien d'admission dans une école d'infirmiers ?"),
    ("es", "¿Qué documentos suelen pedir para alquilar un piso por primera vez?"),
    ("it", "Come si insegna a un cane a non tirare al guinzaglio?"),
    ("nl", "Hoe begin ik met hardlopen als ik al jaren niet gesport heb?"),
    ("pt", "Quais cuidados devo ter ao comprar um carro usado de um particular?"),
    ("pl", "{%lang:pl}Jak przygotować się do rozmowy kwalifikacyjnej na studia?"),
    ("sv", "{%lang:sv}Vad ska man tänka på när man köper en begagnad cykel?"),
]

# Appended to some English prompts (instead of templates.FOLLOW_UPS), on a new line.
FRESH4_FOLLOW_UPS = [
    "\n\nThanks a lot!",
    "\n\nJust the text please, no explanation.",
    "\n\nCan you also give me a shorter version?",
    "\n\nWrite it in British English.",
    "\n\n(on my phone, sorry for typos)",
    "\n\nFlag anything you think I should leave out.",
]

# Languages of this set's prompts and the corpus locale each is generated under (Polish and Swedish prompts
# use corpus_data's "mixed" locale, whose lists hold such names; their first slot, {%lang:..}, tells fill).
FRESH4_LANGUAGES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "pt": "pt_BR", "pl": "mixed", "sv": "mixed"}


# =====================================================================================================
# Word lists: people, places and organisations of this set only (checked against corpus_data.py,
# templates_fresh*.py: no first name, surname, town or organisation here is in them)
# =====================================================================================================

# region: (female first names, male first names, surnames); "|"-separated. A surname written "m/f" is
# gendered (Czech, Polish): the form follows the person.
NAMES = {
    "us": ("Aaliyah|Brianna|Cheyenne|Dakota|Everly|Harper|Kinsley|Makayla|Nevaeh|Raelynn|Tiffany|Bethany|Crystal|"
           "Autumn|Reagan|Marisol|Yesenia|Krystal|Shawna|Renée",
           "Brantley|Easton|Gunner|Jaxon|Kayden|Landon|Maverick|Ryker|Tucker|Weston|D'Andre|Dontrell|Jamal|Tyrone|"
           "Kendrick|Beau|Cole|Grayson|Zeke|Ezekiel",
           "O'Brien|McCarthy|Nakashima|Schwartz|Rasmussen|Fitzpatrick|DeLuca|LaRue|St. Clair|Abernathy|Blackwood|"
           "Cunningham|Gutierrez|Hawkins|Kirkpatrick|Montgomery|Oyelaran|Pritchett|Quintero|Rutherford|Sandoval|"
           "Thibodeaux|Underwood|Villarreal|Whitaker|Yazzie|Zeller|Okoro|Ferreira-Hill"),
    "ca": ("Kaylee|Brynn|Taryn|Darcy|Jenna|Mallory|Robyn|Alexis|Marnie|Chantal",
           "Brody|Carter|Dawson|Jordie|Keegan|Nolan|Owen|Reid|Tyson",
           "MacDonald|Campbell|Sinclair|Wong|Grewal|Dhaliwal|Friesen|Klassen|Boychuk|Kowalchuk|Sutherland|MacIsaac"),
    "qc": ("Geneviève|Isabelle|Marie-Ève|Josée|Mélanie|Annie|Nathalie|Émilie|Sylvie|Maude|Véronique",
           "Étienne|François|Sébastien|Jean-François|Marc-André|Maxime|Frédéric|Réjean|Ghislain|Jean-Philippe",
           "Tremblay|Gagnon|Côté|Gauthier|Lavoie|Fortin|Gagné|Ouellet|Pelletier|Bélanger|Lévesque|Bergeron|"
           "Paquette|St-Pierre|Thériault|Boucher"),
    "gb": ("Araminta|Bryony|Ceridwen|Delyth|Eilidh|Fenella|Georgina|Iona|Jemima|Kerensa|Lowri|Marnie|Nerys|Ottilie|"
           "Rhiannon|Seren|Tamsin|Verity|Felicity|Hattie",
           "Alastair|Bartholomew|Cai|Dougal|Euan|Fraser|Gwilym|Hywel|Innes|Jago|Kit|Monty|Niall|Peregrine|Ruairidh|"
           "Struan|Tristram|Wilf|Jamie|Ned",
           "Ackroyd|Blenkinsop|Cholmondeley|Drinkwater|Eccleston|Goodfellow|Higginbottom|Illingworth|Jowett|Kershaw|"
           "Lockwood|Merriweather|Nettleton|Oldroyd|Pilkington|Quarmby|Rowntree|Trelawney|Vickers|Wainwright|"
           "Yardley|ap Rhys|MacGillivray|Bhatt|Adeyinka-Cole"),
    "ie": ("Caoimhe|Gráinne|Róisín|Méabh|Ailbhe|Clíodhna|Dearbhla|Éabha|Laoise|Muireann|Síle|Úna",
           "Cathal|Diarmuid|Eoghan|Fionn|Pádraig|Ruairí|Tadhg|Donnacha|Colm|Cormac|Odhrán|Senan",
           "Ní Bhriain|O'Callaghan|Ó Briain|MacNamara|Breathnach|Ó Ceallaigh|Kavanagh|Moloney|Ní Dhomhnaill|Quinlan|"
           "Twomey|Mac Giolla Phádraig"),
    "au": ("Kylie|Tegan|Shannon|Jacinta|Narelle|Bronwyn|Skye|Matilda|Kirra|Jarrah|Tahlia|Brooklyn",
           "Jarrod|Brodie|Dane|Heath|Mitchell|Kane|Corey|Lochie|Bailey|Flynn|Darcy|Jye",
           "Fitzsimons|Jarrett|McKenzie|Papadakis|Stojanovic|Tonkin|Waddell|Yunupingu|Zappia|Doolan|Nguyen-Tran|"
           "Costa-Reid|Mabo-Watts|Hollis"),
    "nz": ("Aroha|Mereana|Kiri|Ngaio|Huia|Anahera|Kahurangi|Mārama|Maia|Tūī",
           "Wiremu|Tāne|Rāwiri|Nikau|Tama|Manaia|Hemi|Ihaia|Māui|Kauri",
           "Ngata|Parata|Te Whare|Horomona|Takerei|Tawhiri|Paewai|Rangi|Henare|Te Kanawa-Smith|Ruatapu"),
    "za": ("Thandiwe|Nomvula|Lerato|Palesa|Zanele|Annelie|Marlize|Refilwe|Nokuthula|Elmarie|Chantelle",
           "Sipho|Thabo|Bongani|Mandla|Riaan|Gerhard|Tshepo|Kagiso|Jaco|Wian|Ruan",
           "van der Merwe|Botha|Nkosi|Dlamini|Mokoena|Pretorius|Naidoo|Steenkamp|du Plessis|Khumalo|le Roux|Mahlangu|"
           "Venter|Ndlovu|Govender"),
    "ng": ("Chidinma|Funmilayo|Ifeoma|Yetunde|Nneka|Amarachi|Hauwa|Bukola|Temitope|Ebele|Ngozika",
           "Olumide|Emeka|Tunde|Obinna|Segun|Babajide|Chijioke|Ikechukwu|Musa|Uchenna|Oluwadamilare",
           "Okonjo|Adebayo|Obi|Olawale|Uzor|Ogunleye|Bello|Nwachukwu|Akinola|Onyekachi|Abiodun|Ekwueme|Danjuma"),
    "in": ("Aparna|Chitra|Gayatri|Jyoti|Lavanya|Mrunal|Nikhila|Parvathi|Roshni|Sowmya|Trisha|Vaishnavi|Yamini|"
           "Simran|Keerthana",
           "Anirudh|Bharat|Chetan|Dhruv|Eshwar|Girish|Hemant|Kunal|Mahesh|Nikhil|Omkar|Prakash|Rajesh|Tejas|Yash|"
           "Zubin|Gurpreet",
           "Acharya|Bhardwaj|Chauhan|Deshpande|Gowda|Iyengar|Jain|Kapoor|Malhotra|Naik|Pandey|Raghunathan|Saxena|"
           "Tiwari|Upadhyay|Varma|Walia|Yadav|Sengupta|Kaur|Shetty"),
    "ph": ("Maricel|Jocelyn|Rowena|Divina|Lovely|Princess|Cherry Mae|Mary Grace|Kristine|Jhoanna",
           "Rodel|Jayson|Mark Anthony|Rommel|Jerome|Arnel|Ramil|John Paul|Jericho|Aldrin",
           "dela Cruz|Bautista|Mercado|Macaraeg|Pangilinan|Soriano|Dimaculangan|Manalo|Tolentino|Salvador|"
           "Magbanua|de Guzman"),
    "de": ("Brigitte|Dagmar|Elke|Frauke|Gudrun|Hannelore|Imke|Kerstin|Liesel|Margarete|Petra|Regine|Silke|Tanja|"
           "Waltraud|Josephine|Emma-Lotta|Jördis",
           "Alois|Bernd|Christoph|Dirk|Egon|Frieder|Gunnar|Helmut|Ingo|Joachim|Konstantin|Lothar|Norbert|Reinhard|"
           "Thilo|Ulf|Wolfgang|Jan-Hendrik",
           "Aßmann|Bäumler|Dörfler|Engelhardt|Fuchs|Götz|Hüttenrauch|Jäger|Kühn|Lorenz|Meißner|Pfeiffer|Quast|"
           "Rößler|Trautmann|Uhlig|Voß|Weiß|Ziegler|von der Heydt|Schulte-Bockholt|Nowak|Demir-Krause"),
    "at": ("Magdalena|Theresia|Anna-Lena|Rosalie|Hermine|Johanna-Marie|Vroni",
           "Ferdinand|Leopold|Sepp|Florian-Maximilian|Vinzenz|Korbinian|Gregor",
           "Gruber|Huber|Pichler|Moser|Steiner|Hofer|Leitner|Brandstätter|Wimmer|Eder|Aigner|Haslinger"),
    "ch": ("Corinne|Nadja|Seraina|Ursina|Flurina|Regula|Mirjam",
           "Reto|Urs|Beat|Gian-Andrea|Ueli|Luzius",
           "Brunner|Keller|Baumann|Gerber|Widmer|Zürcher|Bühler|Frei|Graf|Caflisch|Hürlimann|Sutter"),
    "fr": ("Albane|Blandine|Cécile|Delphine|Éloïse|Faustine|Hortense|Isaure|Joséphine|Lise|Mathilde|Ophélie|Perrine|"
           "Romane|Sidonie|Victoire|Anne-Laure",
           "Adrien|Valentin|Corentin|Damien|Édouard|Gaspard|Hippolyte|Jérôme|Kévin|Lucien|Maël|Noé|Octave|Pascal|"
           "Stéphane|Tanguy|Yves|Jean-Michel|Pierre-Louis|Aymeric",
           "Aubert|Barbier|Carpentier|Deschamps|Fabre|Huet|Joly|Leclerc|Marchal|Noël|Perrin|Roussel|Schmitt|Vasseur|"
           "d'Arcy|du Pontavice|Le Gall|Le Floch|Bensaïd|Traoré|N'Diaye|Ould Ahmed|Da Costa"),
    "be_fr": ("Anaïs|Florence|Laurence|Cindy|Maïté",
              "Grégory|Thibaut|Cédric|Jean-Marc|Amaury",
              "Lambert|Claes|Jacobs|Willems|Renard|Collignon|Delvaux|Wathelet|Lejeune-Henrotte"),
    "be_nl": ("Lies|Griet|Ann-Sofie|Jolien|Ine|Hanne|Lotte-Marie",
              "Jens|Pieter-Jan|Wout|Tuur|Lowie|Dries|Seppe",
              "Peeters|Maes|Goossens|Wouters|Vandenberghe|De Smet|Verstraete|Lemmens|Van Acker|Claeys|De Backer"),
    "nl": ("Anneke|Baukje|Dieuwke|Evi|Froukje|Hilde|Janneke|Lieke|Mirthe|Nienke|Renske|Sietske|Tjitske|Willemijn",
           "Arjen|Bas|Cor|Dirk-Jan|Erwin|Floris|Gerrit|Hendrik|Jasper|Kees|Niels|Reinier|Siebe|Tijmen|Wijnand",
           "van Rijn|de Wit|Huisman|van der Linden|Kramer|Vos|Prins|van Dam|Hendriks|de Haan|Koster|van Vliet|Groen|"
           "van 't Veld|op den Akker|Zijlstra|Wijaya|Bouzid|Oosterhuis-de Bruin"),
    "es": ("Almudena|Blanca|Consuelo|Dolores|Encarnación|Fuensanta|Gloria|Lorena|Macarena|Noelia|Olaia|Rosario|"
           "Soledad|Vanesa|Xiana|Ainara|María del Mar",
           "Adrián|Benjamín|Domingo|Eneko|Fabián|Gaizka|Héctor|Ismael|Joaquín|Mikel|Nicolás|Patxi|Teodoro|Xavi|"
           "Jon Ander|José Luis",
           "Aranda|Bermúdez|Calvo|Echeverría|Fuentes|Gallardo|Herrero|Ibáñez|Lozano|Marín|Navarro|Ordóñez|Pascual|"
           "Quintana|Rubio|Serrano|Toledo|Urrutia|Vallejo|Zubizarreta|Peña|Gil|Montes"),
    "mx": ("Ximena|Guadalupe|Itzel|Citlali|Yareli|Araceli|Marisela|Dulce María",
           "Emiliano|Jesús|Cuauhtémoc|Alonso|Uriel|Efraín|Gerardo|Tonatiuh|José Ángel",
           "Ramírez|Flores|Cruz|Morales|Gutiérrez|Mendoza|Chávez|Ríos|Juárez|Zúñiga|Villalobos|Contreras|Xicoténcatl"),
    "ar": ("Agustina|Florencia|Micaela|Romina|Milagros|Belén|Luciana|Antonella",
           "Facundo|Matías|Nahuel|Lautaro|Ezequiel|Tomás|Leandro|Bautista",
           "Giménez|Acosta|Benítez|Sosa|Ledesma|Ferreyra|Villalba|Cabral|Paz|Ojeda|Di Pietro"),
    "it": ("Arianna|Bianca|Cecilia|Donatella|Fiorella|Giorgia|Ilenia|Lucrezia|Margherita|Nives|Ornella|Patrizia|Rosalba|"
           "Sveva|Vittoria|Agnese",
           "Alberto|Cristiano|Dario|Enrico|Fabrizio|Giuseppe|Ivano|Marco|Nazareno|Ottavio|Pasquale|Rocco|Stefano|"
           "Tiziano|Umberto|Valerio|Gian Marco",
           "Amato|Benedetti|Colonna|D'Amico|Farina|Galli|Guerra|Leone|Mariani|Negri|Orlando|Palumbo|Rizzo|Sala|Testa|"
           "Vitale|Zanella|De Santis|Lo Bianco|Dell'Orto|Messina"),
    "pt": ("Inês|Leonor|Carolina|Matilde|Joana|Mafalda|Rita|Francisca|Madalena|Benedita",
           "Duarte|Tiago|Gonçalo|Afonso|Rui|Nuno|Tomé|Vasco|Martim|Diogo|Simão",
           "Gonçalves|Marques|Sousa|Fonseca|Pinto|Correia|Mendes|Nunes|Antunes|Tavares|Lopes|Magalhães|Loureiro|Brandão"),
    "br": ("Yasmin|Isadora|Kamila|Rebeca|Lívia|Manuela|Heloísa|Eloá|Débora|Sabrina|Gisele|Tatiane|Ana Paula",
           "Alisson|Cleiton|Davi|Enzo|Igor|Jefferson|Kauã|Luan|Marcelo|Raimundo|Sérgio|Wesley|Yuri|Paulo Henrique",
           "Alves|Batista|Campos|Freitas|Gomes|Lacerda|Macedo|Nogueira|Queiroz|Ramos|Siqueira|Torres|Xavier|Brito|"
           "Pacheco|Vieira"),
    "pl": ("Zofia|Wiktoria|Aleksandra|Katarzyna|Magdalena|Joanna|Dorota|Bożena|Grażyna|Justyna|Urszula|Jadwiga",
           "Jakub|Kacper|Mateusz|Paweł|Grzegorz|Marcin|Wojciech|Łukasz|Przemysław|Zbigniew|Radosław|Jarek",
           "Grabowski/Grabowska|Pawłowski/Pawłowska|Michalski/Michalska|Jabłoński/Jabłońska|Krawczyk|"
           "Szczepański/Szczepańska|Wróbel|Sikora|Dąbrowski/Dąbrowska|Mazur|Kaczmarczyk|Piątek|"
           "Gołębiowski/Gołębiowska|Chmielewski/Chmielewska|Błaszczyk|Wieczorek|Zając"),
    "se": ("Linnea|Ebba|Saga|Maja|Tove|Märta|Agnes|Ylva|Åsa|Frida|Stina",
           "Oskar|Axel|Gustav|Hampus|Viktor|Måns|Anders|Pelle|Nils|Olof|Sixten",
           "Lindberg|Holmqvist|Ekström|Sjöberg|Åberg|Lundgren|Wallin|Forsberg|Engström|Håkansson|Nordin|Söderström|"
           "Bergkvist"),
    "no": ("Solveig|Ragnhild|Signe|Kari|Hedda|Silje|Marte|Tuva|Ingvild|Synnøve",
           "Håkon|Sindre|Eirik|Øystein|Torbjørn|Vegard|Sigurd|Jørgen|Trond|Even",
           "Olsen|Haugen|Bakken|Strand|Dahl|Lie|Hagen|Brekke|Sæther|Kvamme|Løvås|Haugland"),
    "fi": ("Aino|Helmi|Eevi|Venla|Iida|Sanna|Kaisa|Tuulikki|Riikka|Noora",
           "Eetu|Juho|Aleksi|Ville|Antti|Jussi|Tapio|Veikko|Ilmari|Onni",
           "Virtanen|Korhonen|Mäkinen|Nieminen|Hämäläinen|Laine|Heikkinen|Koskinen|Järvinen|Lehtonen|Salminen|Kärkkäinen"),
    "dk": ("Mette|Pernille|Rikke|Karen|Trine|Lærke|Ida|Freja|Sofie|Bodil",
           "Rasmus|Søren|Mads|Kasper|Jesper|Mikkel|Frederik|Asger|Troels|Bjarke",
           "Jørgensen|Nielsen|Sørensen|Kristensen|Pedersen|Madsen|Poulsen|Thomsen|Østergaard|Kjær|Holm"),
    "cz": ("Kateřina|Lucie|Tereza|Markéta|Zuzana|Veronika|Hana|Barbora|Alžběta|Ludmila",
           "Jiří|Petr|Tomáš|Ondřej|Lukáš|Vojtěch|Jakub|Radek|Zdeněk|Matěj",
           "Svoboda/Svobodová|Dvořák/Dvořáková|Černý/Černá|Procházka/Procházková|Kučera/Kučerová|Veselý/Veselá|"
           "Němec/Němcová|Pokorný/Pokorná|Růžička/Růžičková|Marek/Marková|Hájek/Hájková"),
    "tr": ("Zeynep|Merve|Büşra|Gülşen|Şule|Ebru|Derya|Özlem|Tuğba|Nilüfer",
           "Mustafa|Oğuz|Serkan|Murat|Cem|Barış|Hakan|Volkan|Kerem|Çağlar",
           "Aydın|Kaya|Demir|Şahin|Arslan|Doğan|Kılıç|Aslan|Koç|Kurt|Polat|Güneş|Aktaş"),
    "jp": ("Aoi|Sakura|Misaki|Yui|Haruna|Natsuki|Rin|Kaede|Chihiro",
           "Ren|Sota|Haruto|Yuto|Daiki|Kenta|Shota|Ryo|Kazuki",
           "Sato|Suzuki|Takahashi|Ito|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Matsumoto|Inoue"),
    "kr": ("Seo-yeon|Ji-woo|Min-seo|Ha-eun|Yu-na|Soo-jin|Eun-ji",
           "Do-hyun|Seung-min|Jun-ho|Tae-yang|Ji-hoon|Woo-jin|Sung-ho",
           "Park|Lee|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Shin|Seo"),
}

# Nicknames for first names that have a usual short form; anyone else gets one of GENERIC_NICKS.
NICKS = {"Bartholomew": "Barty|Bart", "Peregrine": "Perry", "Alastair": "Ali", "Georgina": "Gina|Georgie", "Felicity": "Fliss",
         "Jemima": "Mima", "Ezekiel": "Zeke", "Everly": "Evie", "Makayla": "Kay", "Tiffany": "Tiff", "Bethany": "Beth",
         "Kendrick": "Ken", "Gunner": "Gun", "Konstantin": "Konni", "Wolfgang": "Wolfi", "Margarete": "Gretl", "Joachim": "Jo",
         "Christoph": "Chris", "Hannelore": "Hanne", "Aleksandra": "Ola", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
         "Magdalena": "Madzia|Magda", "Przemysław": "Przemek", "Wojciech": "Wojtek", "Radosław": "Radek", "Joanna": "Asia",
         "Francisca": "Chica", "Gonçalo": "Gonça", "Joaquín": "Quino", "Dolores": "Lola", "Encarnación": "Encarna",
         "Consuelo": "Chelo", "Rosario": "Charo", "Giuseppe": "Peppe|Beppe", "Donatella": "Dona", "Valerio": "Vale",
         "Olumide": "Mide", "Oluwadamilare": "Dami", "Babajide": "Jide", "Temitope": "Tope", "Funmilayo": "Funmi",
         "Chidinma": "Dinma", "Anirudh": "Ani", "Gurpreet": "Guri", "Sébastien": "Seb",
         "Frédéric": "Fred", "Étienne": "Tienne", "Maximilian": "Maxi", "Jarrod": "Jaz", "Matilda": "Tilly-Mae",
         "Wiremu": "Wii", "Mark Anthony": "Macmac", "Jericho": "Echo", "Princess": "Cess", "Lovely": "Love",
         "Thandiwe": "Thandi", "Nokuthula": "Nox", "Bongani": "Bongi", "Mustafa": "Musti", "Marie-Ève": "Marie",
         "Jan-Hendrik": "Janni", "Dirk-Jan": "DJ", "Pieter-Jan": "PJ", "Jean-François": "JF", "Marc-André": "Marco"}
GENERIC_NICKS = "Bubbles|Pip|Sunny|Tink|Bean|Moose|Coco|Scout|Ziggy|Peanut|Bibi|Toto|Nena|Chiquis|Kiko|Bebe"

_REGION_LANG = {"us": "en", "ca": "en", "gb": "en", "ie": "en", "au": "en", "nz": "en", "za": "en", "ng": "en", "in": "en", "ph": "en",
                "jp": "en", "kr": "en", "qc": "fr", "fr": "fr", "be_fr": "fr", "de": "de", "at": "de", "ch": "de", "nl": "nl", "be_nl": "nl",
                "es": "es", "mx": "es", "ar": "es", "it": "it", "pt": "pt", "br": "pt", "pl": "pl", "se": "sv", "no": "nord",
                "dk": "nord", "fi": "nord", "cz": "cz", "tr": "tr"}

# Where the people and places of a prompt come from, by the corpus locale (and the language marker for pl / sv prompts).
_LOCALE_REGIONS = {"en_US": (("us", 4), ("ca", 1)), "en_GB": (("gb", 4), ("ie", 2)), "en_IN": (("in", 1),),
                   "de_DE": (("de", 4), ("at", 1), ("ch", 1)), "fr_FR": (("fr", 4), ("be_fr", 1), ("qc", 1)),
                   "es_ES": (("es", 3), ("mx", 1), ("ar", 1)), "it_IT": (("it", 1),), "nl_NL": (("nl", 3), ("be_nl", 1)),
                   "pt_BR": (("br", 3), ("pt", 1)),
                   "mixed": (("au", 2), ("nz", 1), ("za", 1), ("ng", 1), ("ph", 1), ("tr", 1), ("cz", 1), ("no", 1), ("fi", 1),
                             ("dk", 1), ("jp", 1), ("kr", 1), ("pl", 1), ("se", 1))}
_MARKER_REGIONS = {"pl": (("pl", 1),), "sv": (("se", 1),)}

_PHONE_REGION = {"us": "US", "ca": "CA", "qc": "CA", "gb": "GB", "ie": "IE", "au": "AU", "nz": "NZ", "za": "ZA", "ng": "NG", "in": "IN",
                 "ph": "PH", "de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be_fr": "BE", "be_nl": "BE", "nl": "NL", "es": "ES",
                 "mx": "MX", "ar": "AR", "it": "IT", "pt": "PT", "br": "BR", "pl": "PL", "se": "SE", "no": "NO", "fi": "FI", "dk": "DK",
                 "cz": "CZ", "tr": "TR", "jp": "JP", "kr": "KR"}

MAIL_DOMAINS = {
    "us": "verizon.net|sbcglobal.net|bellsouth.net|me.com|msn.com|charter.net|cox.net|gmail.com",
    "ca": "telus.net|bell.net|gmail.com|hotmail.ca", "qc": "videotron.ca|globetrotter.net|hotmail.ca",
    "gb": "virginmedia.com|talktalk.net|ntlworld.com|blueyonder.co.uk|googlemail.com", "ie": "iol.ie|live.ie|gmail.com",
    "au": "iinet.net.au|tpg.com.au|gmail.com", "nz": "xtra.co.nz|slingshot.co.nz|gmail.com",
    "za": "mweb.co.za|telkomsa.net|webmail.co.za", "ng": "yahoo.com|gmail.com", "in": "gmail.com|outlook.in|yahoo.in",
    "ph": "yahoo.com.ph|gmail.com", "de": "arcor.de|gmx.net|email.de|online.de|1und1.de", "at": "chello.at|a1.net|gmx.at",
    "ch": "sunrise.ch|bluemail.ch|gmx.ch", "fr": "neuf.fr|club-internet.fr|aliceadsl.fr|numericable.fr|yahoo.fr",
    "be_fr": "scarlet.be|voo.be", "be_nl": "hotmail.be|telenet.be", "nl": "planet.nl|home.nl|casema.nl|upcmail.nl",
    "es": "ono.com|terra.es|movistar.es", "mx": "live.com.mx|yahoo.com.mx|outlook.es", "ar": "fibertel.com.ar|arnet.com.ar",
    "it": "email.it|fastwebnet.it|inwind.it|pec.it", "pt": "clix.pt|iol.pt|mail.telepac.pt", "br": "globo.com|ig.com.br|r7.com",
    "pl": "gazeta.pl|interia.eu|poczta.fm", "se": "spray.se|hotmail.se|live.se|comhem.se", "no": "online.no|hotmail.no",
    "fi": "elisanet.fi|suomi24.fi|luukku.com", "dk": "mail.dk|stofanet.dk", "cz": "seznam.cz|email.cz|centrum.cz",
    "tr": "mynet.com|hotmail.com.tr", "jp": "docomo.ne.jp|ezweb.ne.jp|yahoo.co.jp", "kr": "naver.com|daum.net|kakao.com",
    "any": "tutanota.com|tuta.io|gmx.com|mail.com|duck.com|posteo.net",
}
WORK_DOMAINS = ("ashgrove-surveyors.co.uk|pinecrest-vet.com|tallow-and-wick.com|northwick-legal.ie|emberline.io|"
                "kiwi-freight.co.nz|fynbos-accounting.co.za|gruenwerk-planung.de|atelier-lucarne.fr|gestoria-almenara.es|"
                "studiolegale-vitale.it|praktijk-dewilg.nl|contabil-serrano.com.br|biuro-rachunkowe-kos.pl|fjellgard.no|"
                "rauha-consulting.fi|bakkehuset.dk|stavby-hradek.cz|bluefinch.app|quillmark.co|hollowpeak.org")

# --- towns, each with what its addresses need ---
US_TOWNS = {"Bozeman": ("MT", "597"), "Sioux Falls": ("SD", "571"), "Cedar Rapids": ("IA", "524"), "Billings": ("MT", "591"),
            "Laramie": ("WY", "820"), "Las Cruces": ("NM", "880"), "Gainesville": ("FL", "326"), "Lafayette": ("LA", "705"),
            "Wichita": ("KS", "672"), "Fargo": ("ND", "581"), "Burlington": ("VT", "054"), "Roanoke": ("VA", "240"),
            "Huntsville": ("AL", "358"), "Ithaca": ("NY", "148"), "Provo": ("UT", "846"), "Reno": ("NV", "895")}
US_STREETS = ("Birch Hollow|Copperfield|Elmhurst|Fairhaven|Glenwood|Hawthorne|Ironwood|Kensington|Mockingbird|Northview|"
              "Old Mill|Peachtree|Redbud|Shady Oak|Timberline|Valley View|Whispering Pines|Cardinal|Buckeye|Saddleback")
US_TYPES = "St|Ave|Rd|Dr|Ln|Ct|Pl|Way|Pkwy|Loop|Pike|Run|Hwy"
CA_TOWNS = {"Lethbridge": ("AB", "T1"), "Kamloops": ("BC", "V2"), "Thunder Bay": ("ON", "P7"), "Fredericton": ("NB", "E3"),
            "Charlottetown": ("PE", "C1"), "Brandon": ("MB", "R7"), "Prince George": ("BC", "V2")}
QC_TOWNS = {"Trois-Rivières": "G8", "Rimouski": "G5", "Gatineau": "J8", "Lévis": "G6", "Drummondville": "J2", "Saguenay": "G7"}
QC_STREETS = "Saint-Laurent|des Forges|Notre-Dame|des Érables|Principale|du Boisé|des Pionniers|Sainte-Catherine"
GB_TOWNS = {"Aberystwyth": "SY23", "Penzance": "TR18", "Kirkcaldy": "KY1", "Berwick-upon-Tweed": "TD15", "Whitby": "YO21",
            "Ludlow": "SY8", "Malvern": "WR14", "Morecambe": "LA4", "Oban": "PA34", "Falmouth": "TR11", "Skegness": "PE25",
            "Keswick": "CA12", "Hereford": "HR1", "Grantham": "NG31", "Stroud": "GL5", "Paisley": "PA1", "Kilmarnock": "KA1"}
GB_STREETS = ("Albion|Bede|Cromwell|Dunstan|Eldon|Fenwick|Gladstone|Hadrian|Jubilee|Leazes|Marlborough|Osborne|Percy|Regent|"
              "Sandringham|Tennyson|Wellington|Trinity|Quayside")
GB_TYPES = "Street|Road|Terrace|Crescent|Gardens|Avenue|Place|Square|Row|Parade|Hill|Wynd|Brae"
GB_HOUSES = "Bramble Cottage|Hillcrest|Tŷ Gwyn|Fernbank|The Old Post Office|Mill House|Swallows Barn|Lilac Cottage"
IE_TOWNS = {"Clonakilty": ("P85", "Cork"), "Westport": ("F28", "Mayo"), "Dungarvan": ("X35", "Waterford"),
            "Kilkenny": ("R95", "Kilkenny"), "Mullingar": ("N91", "Westmeath"), "Tullamore": ("R35", "Offaly"),
            "Castlebar": ("F23", "Mayo"), "Bantry": ("P75", "Cork"), "Portlaoise": ("R32", "Laois"), "Sligo": ("F91", "Sligo")}
IE_TOWNLANDS = "Knockaunbrack|Derrynane|Gortnaclohy|Ballymacarbry|Carrigeen|Kilbrittain|Rathmore|Cloonfad|Lisheen"
AU_TOWNS = {"Mildura": ("VIC", "3500"), "Wagga Wagga": ("NSW", "2650"), "Dubbo": ("NSW", "2830"), "Townsville": ("QLD", "4810"),
            "Mackay": ("QLD", "4740"), "Alice Springs": ("NT", "0870"), "Kalgoorlie": ("WA", "6430"), "Mount Gambier": ("SA", "5290"),
            "Devonport": ("TAS", "7310"), "Albury": ("NSW", "2640"), "Rockhampton": ("QLD", "4700")}
AU_STREETS = "Blackwood|Currawong|Eucalypt|Lorikeet|Melaleuca|Paperbark|Quandong|Stringybark|Boronia|Casuarina|Kurrajong"
AU_TYPES = "St|Rd|Cres|Ave|Pde|Ct|Cl|Dr|Way"
NZ_TOWNS = {"Whanganui": "450", "Napier": "411", "Nelson": "701", "Rotorua": "301", "Whangārei": "011", "Invercargill": "981",
            "Gisborne": "401", "Timaru": "791", "Tauranga": "311", "Palmerston North": "441"}
NZ_STREETS = "Kowhai|Rimu|Totara|Pohutukawa|Matai|Kauri|Harakeke|Miro|Karaka|Nikau"
NZ_SUBURBS = "Hillcrest|Westown|Stoke|Brookfield|Glengarry|Greerton|Awapuni|Onekawa|Marewa|Gonville"
ZA_TOWNS = {"Stellenbosch": "7600", "George": "6529", "Polokwane": "0699", "Mbombela": "1201", "Bloemfontein": "9301",
            "Gqeberha": "6001", "Pietermaritzburg": "3201", "Kimberley": "8301", "Potchefstroom": "2531"}
ZA_STREETS = "Protea|Fynbos|Marula|Baobab|Kiepersol|Bokmakierie|Suikerbos|Mopani|Erica|Witstinkhout"
ZA_SUBURBS = "Die Boord|Bendor|Sonheuwel|Universitas|Walmer|Scottsville|Belgravia|Baillie Park|Heuwelsig"
ZA_COMPLEXES = "Protea Gardens|Fynbos Villas|Marula Mews|Sunbird Estate|Kiaat Close"
NG_TOWNS = "Ibadan|Enugu|Abeokuta|Jos|Owerri|Kaduna|Benin City|Uyo|Ilorin|Port Harcourt"
NG_STATES = {"Ibadan": "Oyo", "Enugu": "Enugu", "Abeokuta": "Ogun", "Jos": "Plateau", "Owerri": "Imo", "Kaduna": "Kaduna",
             "Benin City": "Edo", "Uyo": "Akwa Ibom", "Ilorin": "Kwara", "Port Harcourt": "Rivers"}
NG_STREETS = "Okigwe Road|Ogui Road|Ring Road|Aba Road|Airport Road|Oba Akran Avenue|Independence Layout|Bodija Estate Road"
NG_AREAS = "GRA|New Haven|Rayfield|Trans-Amadi|Bodija|Wetheral Road|Ugbowo"
IN_TOWNS = {"Aurangabad": ("Maharashtra", "431"), "Belagavi": ("Karnataka", "590"), "Gwalior": ("Madhya Pradesh", "474"),
            "Jamshedpur": ("Jharkhand", "831"), "Kozhikode": ("Kerala", "673"), "Mangaluru": ("Karnataka", "575"),
            "Puducherry": ("Puducherry", "605"), "Rajkot": ("Gujarat", "360"), "Shimla": ("Himachal Pradesh", "171"),
            "Vellore": ("Tamil Nadu", "632"), "Ujjain": ("Madhya Pradesh", "456")}
IN_AREAS = "Jayanagar|Kadri|Shivaji Nagar|Sadar Bazar|Gandhi Nagar|Kalyan Nagar|Tilak Nagar|Sector 9|Kankanady"
IN_BUILDINGS = "Lakshmi Nilaya|Sai Residency|Om Shanti Apartments|Ganga Enclave|Shree Krishna Heights|Venkatesh Towers"
IN_LANDMARKS = "Hanuman Temple|the Post Office|Government School|City Hospital|the Water Tank|Bus Stand"
PH_TOWNS = {"Antipolo City": ("Rizal", "1870"), "Dasmariñas": ("Cavite", "4114"), "Iloilo City": ("Iloilo", "5000"),
            "Bacolod City": ("Negros Occidental", "6100"), "Cagayan de Oro": ("Misamis Oriental", "9000"),
            "Baguio City": ("Benguet", "2600"), "Tagbilaran": ("Bohol", "6300"), "General Santos": ("South Cotabato", "9500")}
PH_SUBDIVISIONS = "Villa Verde Subd.|Greenwoods Executive Village|Sampaguita Homes|Mabuhay Heights|Narra Park Subd."
PH_BARANGAYS = "San Isidro|San Roque|Poblacion|Mabini|Santo Niño|Bagong Silang|Dela Paz"
DE_TOWNS = {"Erlangen": "910", "Marburg": "350", "Tübingen": "720", "Bayreuth": "954", "Flensburg": "249", "Hildesheim": "311",
            "Wolfsburg": "384", "Passau": "940", "Kempten": "874", "Gera": "075", "Stralsund": "184", "Zwickau": "080",
            "Hameln": "317", "Landshut": "840", "Ingolstadt": "850"}
DE_STREETS = "Lerchen|Meisen|Schwalben|Ulmen|Eschen|Holunder|Hagebutten|Kornblumen|Friedrich-Ebert-|Käthe-Kollwitz-|Lilien|Raben"
DE_TYPES = "str.|straße|weg|pfad|steig|damm|ufer|höhe|anger"
AT_TOWNS = {"Innsbruck": "6020", "Klagenfurt": "9020", "St. Pölten": "3100", "Feldkirch": "6800", "Kufstein": "6330",
            "Hallein": "5400", "Zwettl": "3910", "Spittal an der Drau": "9800"}
AT_STREETS = "Anichstraße|Kaiserjägerstraße|Hauptplatz|Kirchengasse|Rennweg|Schulgasse|Bahnhofplatz|Lindengasse"
CH_TOWNS = {"Luzern": "6003", "St. Gallen": "9000", "Schaffhausen": "8200", "Zug": "6300", "Solothurn": "4500",
            "Biel/Bienne": "2502", "Rapperswil-Jona": "8640", "Burgdorf": "3400"}
CH_STREETS = "Sonnenrain|Zelgweg|Rütistrasse|Mattenhof|Büntenstrasse|Hofackerstrasse|Seefeldstrasse|Haldenweg"
FR_TOWNS = {"Lorient": "56100", "Vannes": "56000", "Périgueux": "24000", "Montauban": "82000", "Carcassonne": "11000",
            "Auxerre": "89000", "Épinal": "88000", "Roanne": "42300", "Blois": "41000", "Cholet": "49300", "Agen": "47000",
            "Mâcon": "71000", "Laval": "53000", "Saint-Malo": "35400", "Arras": "62000"}
FR_STREETS = ("du Général Leclerc|Gambetta|de Verdun|Émile Zola|des Tanneurs|Saint-Exupéry|des Cordeliers|de Strasbourg|"
              "du 8 Mai 1945|des Bleuets|des Hirondelles|Paul Bert")
FR_TYPES = "rue|avenue|boulevard|allée|impasse|place|cours|quai|square"
BE_TOWNS = {"be_fr": {"Charleroi": "6000", "Tournai": "7500", "Verviers": "4800", "Nivelles": "1400", "Huy": "4500"},
            "be_nl": {"Brugge": "8000", "Oostende": "8400", "Sint-Niklaas": "9100", "Turnhout": "2300", "Genk": "3600"}}
BE_STREETS = {"be_fr": "Rue de la Station|Rue des Alliés|Chaussée de Bruxelles|Rue du Pont|Avenue des Tilleuls",
              "be_nl": "Stationsstraat|Molenstraat|Kapelstraat|Dorpsstraat|Leopoldlaan|Zandstraat"}
NL_TOWNS = {"Zaandam": "15", "Dordrecht": "33", "Emmen": "78", "Sittard": "61", "Roermond": "60", "Gouda": "28",
            "Hilversum": "12", "Harderwijk": "38", "Breda": "48", "'s-Hertogenbosch": "52"}
NL_STREETS = "Wilgen|Populieren|Lijsterbes|Meidoorn|Ooievaar|Reiger|Kievit|Zwaluw|Sperwer|Goudenregen"
NL_TYPES = "hof|erf|gaarde|akker|dijk|pad|steeg|veld|laan"
ES_TOWNS = {"Albacete": "02", "Castellón de la Plana": "12", "Lugo": "27", "Pontevedra": "36", "Palencia": "34", "Soria": "42",
            "Zamora": "49", "Ávila": "05", "Tarragona": "43", "Girona": "17", "Elche": "03"}
ES_STREETS = ("de la Cruz Verde|de la Estación|del Doctor Fleming|Pintor Sorolla|Reyes Católicos|Ramón y Cajal|Santa Clara|"
              "Alfonso XIII|Obispo Hurtado|de Portugal|de la Marina")
MX_TOWNS = {"León": ("Gto.", "37"), "Tlaxcala": ("Tlax.", "90"), "Culiacán": ("Sin.", "80"), "Hermosillo": ("Son.", "83"),
            "Chihuahua": ("Chih.", "31"), "Xalapa": ("Ver.", "91"), "Tepic": ("Nay.", "63"), "Zacatecas": ("Zac.", "98")}
MX_STREETS = "de los Fresnos|Insurgentes|Hidalgo|Morelos|de las Jacarandas|Ignacio Zaragoza|Francisco Villa|del Roble"
MX_AREAS = "Fracc. Villa Magna|Col. Las Palmas|Fracc. Los Arcos|Col. Moderna|Col. Jardines del Bosque|Fracc. Real del Sol"
AR_TOWNS = {"Río Cuarto": ("X5800", "Córdoba"), "Santa Rosa": ("L6300", "La Pampa"), "Salta": ("A4400", "Salta"),
            "Neuquén": ("Q8300", "Neuquén"), "Mar del Plata": ("B7600", "Buenos Aires"), "Bahía Blanca": ("B8000", "Buenos Aires"),
            "San Miguel de Tucumán": ("T4000", "Tucumán"), "Paraná": ("E3100", "Entre Ríos")}
AR_STREETS = "Av. Pellegrini|Bv. Oroño|Av. Colón|Belgrano|San Martín|Sarmiento|Av. Alem|Entre Ríos|Brown"
IT_TOWNS = {"Bolzano": ("39100", "BZ"), "Trento": ("38122", "TN"), "Ancona": ("60121", "AN"), "Pescara": ("65121", "PE"),
            "Sassari": ("07100", "SS"), "Latina": ("04100", "LT"), "Novara": ("28100", "NO"), "Viterbo": ("01100", "VT"),
            "Siena": ("53100", "SI"), "Matera": ("75100", "MT"), "Caserta": ("81100", "CE"), "Ragusa": ("97100", "RG")}
IT_STREETS = ("Alessandro Manzoni|Giacomo Leopardi|dei Partigiani|IV Novembre|Cesare Battisti|delle Magnolie|Santa Lucia|"
              "del Commercio|Gramsci|dei Gelsomini")
PT_TOWNS = {"Guimarães": "48", "Évora": "70", "Viana do Castelo": "49", "Castelo Branco": "60", "Portimão": "85", "Tomar": "23"}
PT_STREETS = "Dr. José Sampaio|de Santo António|Serpa Pinto|Alexandre Herculano|da Misericórdia|Combatentes da Grande Guerra"
BR_TOWNS = {"Sorocaba": "SP", "Blumenau": "SC", "Caxias do Sul": "RS", "Feira de Santana": "BA", "Anápolis": "GO",
            "Vila Velha": "ES", "Pelotas": "RS", "Cuiabá": "MT", "Aracaju": "SE", "Teresina": "PI"}
BR_STREETS = "Quinze de Novembro|Tiradentes|Marechal Floriano|Duque de Caxias|São Paulo|Dom Pedro II|das Acácias|Bahia"
BR_BAIRROS = "Centro|Jardim das Américas|Vila Nova|Santa Rosa|Boa Vista|Jardim Europa|Itoupava Seca|Campolim"
PL_TOWNS = {"Gdynia": "81", "Kielce": "25", "Białystok": "15", "Koszalin": "75", "Zielona Góra": "65", "Tarnów": "33",
            "Płock": "09", "Częstochowa": "42", "Gorzów Wielkopolski": "66", "Elbląg": "82"}
PL_STREETS = ("Mickiewicza|Kościuszki|Sienkiewicza|Żeromskiego|Reymonta|Chopina|Konopnickiej|Narutowicza|Grunwaldzka|"
              "Bohaterów Westerplatte")
SE_TOWNS = {"Uppsala": "75", "Lund": "22", "Gävle": "80", "Borås": "50", "Halmstad": "30", "Växjö": "35", "Kalmar": "39",
            "Luleå": "97", "Östersund": "83", "Visby": "62"}
SE_STREETS = "Bellmans|Linné|Tegnérs|Vasa|Freds|Kloster|Slotts|Prästgårds|Smedje|Tull"
SE_TYPES = "gatan|vägen|gränd|stigen|backen"
NO_TOWNS = {"Trondheim": "70", "Stavanger": "40", "Drammen": "30", "Kristiansand": "46", "Ålesund": "60", "Bodø": "80",
            "Lillehammer": "26", "Hamar": "23", "Molde": "64"}
NO_STREETS = "Storgata|Kongens gate|Fjordveien|Skolegata|Bakkeveien|Løkkeveien|Kirkegata|Elvegata|Bjørkeveien"
FI_TOWNS = {"Jyväskylä": "40", "Kuopio": "70", "Lahti": "15", "Pori": "28", "Joensuu": "80", "Rovaniemi": "96", "Vaasa": "65",
            "Kouvola": "45", "Seinäjoki": "60"}
FI_STREETS = "Koulu|Kirkko|Rauhan|Puisto|Asema|Koivu|Mänty|Järvi|Kuusi|Satama"
FI_TYPES = "katu|tie|kuja|polku"
DK_TOWNS = {"Aalborg": "9000", "Odense": "5000", "Esbjerg": "6700", "Vejle": "7100", "Randers": "8900", "Horsens": "8700",
            "Kolding": "6000", "Roskilde": "4000", "Herning": "7400", "Silkeborg": "8600"}
DK_STREETS = "Algade|Vestergade|Nørregade|Skovvej|Møllevej|Kirkevej|Strandvejen|Bøgevej|Åboulevarden"
CZ_TOWNS = {"Olomouc": "779 00", "Plzeň": "301 00", "České Budějovice": "370 01", "Hradec Králové": "500 02",
            "Pardubice": "530 02", "Liberec": "460 01", "Zlín": "760 01", "Jihlava": "586 01"}
CZ_STREETS = "Masarykova|Husova|Palackého|Nádražní|Komenského|Žižkova|Smetanova|Jiráskova|Lidická|třída Svobody"
TR_TOWNS = {"Bursa": ("16", "Nilüfer"), "Konya": ("42", "Selçuklu"), "Antalya": ("07", "Muratpaşa"), "Trabzon": ("61", "Ortahisar"),
            "Gaziantep": ("27", "Şahinbey"), "Kayseri": ("38", "Melikgazi"), "Samsun": ("55", "Atakum"), "Denizli": ("20", "Pamukkale")}
TR_MAHALLE = "Cumhuriyet|Fatih|Yıldırım Beyazıt|Barbaros|İnönü|Gazi|Yenidoğan|Kültür|Güzelyalı"
JP_TOWNS = {"Sendai": ("Miyagi", "980"), "Kanazawa": ("Ishikawa", "920"), "Matsuyama": ("Ehime", "790"),
            "Kumamoto": ("Kumamoto", "860"), "Okayama": ("Okayama", "700"), "Nagano": ("Nagano", "380"),
            "Hakodate": ("Hokkaido", "040"), "Takamatsu": ("Kagawa", "760")}
JP_DISTRICTS = "Ichibancho|Honcho|Sakaemachi|Higashi|Minamimachi|Kitamachi|Hirosecho|Omotecho"
JP_BUILDINGS = "Maison Sakura|Sun Heights|Corpo Aoba|Leopalace Midori|Grand Mer"
KR_TOWNS = {"Daejeon": "35", "Gwangju": "61", "Suwon": "16", "Ulsan": "44", "Jeonju": "54", "Cheongju": "28", "Changwon": "51"}
KR_ROADS = "Dunsan-ro|Jungang-ro|Hanbat-daero|Gwanpyeong-ro|Sangmu-daero|Gyeonggi-daero|Baekje-daero|Munhwa-ro"
KR_GU = "Seo-gu|Yuseong-gu|Nam-gu|Buk-gu|Jung-gu|Paldal-gu|Wansan-gu|Seowon-gu"

TOWNS = {"us": US_TOWNS, "ca": CA_TOWNS, "qc": QC_TOWNS, "gb": GB_TOWNS, "ie": IE_TOWNS, "au": AU_TOWNS, "nz": NZ_TOWNS, "za": ZA_TOWNS,
         "ng": NG_STATES, "in": IN_TOWNS, "ph": PH_TOWNS, "de": DE_TOWNS, "at": AT_TOWNS, "ch": CH_TOWNS, "fr": FR_TOWNS,
         "be_fr": BE_TOWNS["be_fr"], "be_nl": BE_TOWNS["be_nl"], "nl": NL_TOWNS, "es": ES_TOWNS, "mx": MX_TOWNS, "ar": AR_TOWNS,
         "it": IT_TOWNS, "pt": PT_TOWNS, "br": BR_TOWNS, "pl": PL_TOWNS, "se": SE_TOWNS, "no": NO_TOWNS, "fi": FI_TOWNS,
         "dk": DK_TOWNS, "cz": CZ_TOWNS, "tr": TR_TOWNS, "jp": JP_TOWNS, "kr": KR_TOWNS}

# Small organisations people name as their employer, clinic, gym... (ORGANIZATION); language: kind: names.
ORGS = {
    "en": {
        "work": "Ashgrove Surveyors|Tallow & Wick Candles|Pinecrest Roofing|Emberline Studio|Quillmark Print Shop|"
                "Hollow Peak Outfitters|Bluefinch Bookkeeping|Kettlewell Removals|Saltbox Design Co.|Wrenwood Joinery",
        "clinic": "Larchfield Surgery|Brookside Family Dental|Hazelmere Physio|Cobblestone Pediatrics|Moorgate Eye Centre",
        "vet": "Pinecrest Veterinary Clinic|Paws & Whiskers Animal Hospital|Meadowbank Vets|Riverbend Animal Clinic",
        "gym": "IronForge Fitness|Summit Climbing Wall|Tidal CrossFit|Northside Boxing Club|Pulse Yoga Loft",
        "school": "Larchfield Primary|Ashdown Community School|Sprouts Nursery|Hollybush Infant School|Marston Vale Academy",
        "uni": "Eastbrook College|Ravensworth School of Nursing|Kingsmere Institute of Technology|Harlow Bay Community College",
        "bank": "Ridgeline Federal Credit Union|Saltmarsh Mutual|Heartland Teachers Credit Union",
        "garage": "Jim's Auto Repair|Fenwick Motors|QuickFit Tyres & Exhausts|Ridgeway Car Sales",
        "agency": "Keystone Lettings|Brickfield Estate Agents|Harbour Light Realty|Willowmere Property",
        "insurer": "Oakhaven Insurance Brokers|Lantern Mutual|Shieldwell Home & Motor",
        "venue": "The Old Granary|Foxley Barn|Harrowgate Hall|The Boathouse at Linmere",
        "club": "Eastbrook Harriers|Linmere Rowing Club|St Aidan's Youth FC|Riverside Chess Club",
        "charity": "Eastside Food Bank|Second Shelf Book Charity|Warm Hands Winter Shelter",
        "firm": "Harcourt & Lyle Solicitors|Penrose Legal|Aldine Family Law",
    },
    "de": {
        "work": "Gartenbau Lindemann|Steuerkanzlei Am Wall|Druckerei Feldmark|Zimmerei Holzgeist GmbH|Planungsbüro Grünwerk",
        "clinic": "Praxis am Schlossgarten|Zahnarztpraxis Lindenhof|Orthopädie am Stadtpark",
        "vet": "Tierarztpraxis Pfotenglück|Kleintierpraxis am Weiher",
        "gym": "Kraftwerk Fitness|Boulderhalle Steinbock|TSV Eintracht Altdorf",
        "school": "Kita Wirbelwind|Grundschule Am Weinberg|Realschule Auf der Höhe",
        "uni": "Hochschule Nordheide|Fachhochschule Talaue",
        "bank": "Volksbank Rottal eG|Sparkasse Wiesengrund",
        "garage": "Autohaus Brenner|Kfz-Meisterbetrieb Schrauber & Sohn",
        "agency": "Immobilien Kranich|Hausverwaltung Mühlberg",
        "insurer": "Versicherungsbüro Haller",
        "venue": "Gut Lindenhof|Landgasthof Zur Alten Mühle",
        "club": "SV Blau-Weiß Unterbach|Turnverein 1887 Obertal",
        "charity": "Tafel Obertal e.V.",
        "firm": "Rechtsanwälte Kessler & Voigt",
    },
    "fr": {
        "work": "Atelier Lucarne|Menuiserie du Val|Imprimerie des Quais|Cabinet d'architecture Ardoise",
        "clinic": "Cabinet médical des Marronniers|Centre dentaire du Beffroi",
        "vet": "Clinique vétérinaire des Quatre Pattes|Cabinet vétérinaire du Pré",
        "gym": "Salle Forme & Vous|Club d'escalade La Dalle",
        "school": "École maternelle Les Coquelicots|Collège Jules Ferry de Montval",
        "uni": "IUT de Montval|École d'infirmiers de Bellerive",
        "bank": "Crédit Mutuel des Coteaux",
        "garage": "Garage Martinon|Carrosserie du Rond-Point",
        "agency": "Agence immobilière Clé d'Or|Immo du Port",
        "insurer": "Cabinet d'assurances Poirier",
        "venue": "Domaine de la Charmeraie|Moulin de Vaux",
        "club": "AS Montval Football|Club de voile de l'Étang",
        "charity": "Restos solidaires de Montval",
        "firm": "Cabinet Lefort Avocats",
    },
    "es": {
        "work": "Gestoría Almenara|Carpintería Hermanos Quintero|Estudio de diseño Alboroto",
        "clinic": "Clínica Dental Sonríe Soria|Centro Médico La Alameda",
        "vet": "Clínica Veterinaria Huellas|Centro Veterinario El Arco",
        "gym": "Gimnasio Titán|Club de Pádel La Red",
        "school": "CEIP Virgen del Camino|Escuela Infantil Los Peques",
        "uni": "Centro de Estudios Superiores Almenara",
        "bank": "Caja Rural de la Ribera",
        "garage": "Talleres El Pistón|Autos Ocasión Benítez",
        "agency": "Inmobiliaria Puerta del Sol Naciente|Fincas Almenara",
        "insurer": "Correduría de Seguros Olmedo",
        "venue": "Finca El Encinar|Masía Can Roure",
        "club": "Club Deportivo Ribera Alta",
        "charity": "Banco de Alimentos de la Ribera",
        "firm": "Bufete Ordóñez y Asociados",
    },
    "it": {
        "work": "Tipografia San Rocco|Falegnameria F.lli Negri|Studio Tecnico Ponteverde",
        "clinic": "Studio Medico Associato Ponteverde|Studio Dentistico Dott. Galli",
        "vet": "Ambulatorio Veterinario Zampa Felice|Clinica Veterinaria San Francesco",
        "gym": "Palestra Olimpo|A.S.D. Nuoto Ponteverde",
        "school": "Scuola dell'Infanzia Il Grillo Parlante|Liceo Scientifico di Ponteverde",
        "uni": "Istituto Tecnico Superiore Ponteverde",
        "bank": "Banca Popolare di Valtorta",
        "garage": "Officina Meccanica Rizzo|Autosalone Ponteverde",
        "agency": "Agenzia Immobiliare La Chiave",
        "insurer": "Agenzia Assicurativa Sala & Figli",
        "venue": "Villa Le Ginestre|Agriturismo Il Poggio",
        "club": "Polisportiva Ponteverde",
        "charity": "Banco Alimentare di Ponteverde",
        "firm": "Studio Legale Messina & Partners",
    },
    "nl": {
        "work": "Hoveniersbedrijf De Wilg|Drukkerij Het Zetsel|Architectenbureau Dakkapel",
        "clinic": "Huisartsenpraktijk Het Baken|Tandartsenpraktijk De Molenwiek",
        "vet": "Dierenkliniek De Hondenhoek|Dierenartsenpraktijk Het Weiland",
        "gym": "Sportschool De Krachtbron|Klimhal De Steile Wand",
        "school": "Kinderopvang Het Vlindertje|Basisschool De Zonnewijzer",
        "uni": "Hogeschool Waterland",
        "bank": "Spaarbank De Eendracht",
        "garage": "Autobedrijf Van Vliet|Garage De Zuiger",
        "agency": "Makelaardij Het Dak|Woonbemiddeling De Sleutelbos",
        "insurer": "Assurantiekantoor Bosman",
        "venue": "Landgoed De Hoevelaken|Boerderij De Kleine Wei",
        "club": "Voetbalvereniging Waterland '32|Roeivereniging De Spaarne",
        "charity": "Voedselbank Waterland",
        "firm": "Advocatenkantoor Koster & Zijlstra",
    },
    "pt": {
        "work": "Contabilidade Horizonte Azul|Marcenaria Pau-Brasil|Gráfica Estrela do Norte",
        "clinic": "Clínica Sorriso Pleno|Consultório Dra. Campos",
        "vet": "Clínica Veterinária Patinhas|Hospital Veterinário Amigo Fiel",
        "gym": "Academia Corpo em Forma|Box CrossFit Serra",
        "school": "Escola Infantil Pequenos Passos|Colégio Monte Alegre",
        "uni": "Faculdade Monte Alegre",
        "bank": "Cooperativa de Crédito Vale Verde",
        "garage": "Auto Center Dois Irmãos|Oficina do Zé",
        "agency": "Imobiliária Casa Nova|Imobiliária Chave de Ouro",
        "insurer": "Corretora de Seguros Proteger",
        "venue": "Quinta da Ribeira|Espaço Jardim das Flores",
        "club": "Grêmio Esportivo Vila Nova",
        "charity": "Banco de Alimentos Vale Verde",
        "firm": "Lacerda & Queiroz Advogados",
    },
    "pl": {
        "work": "Biuro Rachunkowe Kos|Stolarnia Dąb|Drukarnia Orzeł-Druk",
        "clinic": "Przychodnia Zdrowie Plus|Gabinet Stomatologiczny Uśmiech",
        "vet": "Przychodnia Weterynaryjna Łapa|Gabinet Weterynaryjny Azor",
        "gym": "Siłownia Tytan|Klub Sportowy Orlik",
        "school": "Przedszkole Niezapominajka|Szkoła Podstawowa nr 7",
        "bank": "Bank Spółdzielczy w Dolinie",
        "garage": "Warsztat Samochodowy Tłok",
        "agency": "Biuro Nieruchomości Klucz",
        "venue": "Dworek pod Lipami",
        "firm": "Kancelaria Adwokacka Mazur i Wspólnicy",
    },
    "sv": {
        "work": "Snickeri Ekbacken AB|Redovisningsbyrå Tallkotten|Tryckeri Fyren",
        "clinic": "Vårdcentralen Björkhagen|Tandläkarna vid Torget",
        "vet": "Djurkliniken Tassen",
        "gym": "Friskis Gym Älven|Klätterhallen Branten",
        "school": "Förskolan Humlan|Ängsskolan",
        "bank": "Sparbanken Ådalen",
        "garage": "Bilverkstan i Backa",
        "agency": "Mäklarhuset Nyckeln",
        "venue": "Logen på Ekgården",
        "firm": "Advokatbyrån Lind & Ek",
    },
    "nord": {
        "work": "Fjellgard Regnskap AS|Bakkehuset Tømrer ApS|Rauha Consulting Oy|Nordlys Trykk AS",
        "clinic": "Legesenteret Fjordbyen|Tandlægerne i Søndergade|Lääkärikeskus Kuusi",
        "vet": "Dyreklinikken Pote|Eläinklinikka Tassu",
        "gym": "Styrkeloftet|Kuntosali Voima",
        "school": "Solsikken Børnehave|Kuusikon koulu",
    },
    "cz": {"work": "Stavby Hrádek s.r.o.|Účetnictví Lípa", "clinic": "Zubní ordinace U Lípy", "vet": "Veterinární klinika Tlapka",
           "gym": "Fitness Atlas"},
    "tr": {"work": "Kardelen Mimarlık|Yıldız Muhasebe Bürosu", "clinic": "Şifa Diş Kliniği", "vet": "Pati Veteriner Kliniği",
           "gym": "Olimpos Spor Salonu"},
}

PASSWORD_WORDS = {  # words people build passwords from, by language
    "en": "Biscuit|Sunflower|Pumpkin|Chelsea|Liverpool|Bailey|Buster|Cookie|Princess|Shadow|Ginger|Jasper",
    "de": "Sonnenblume|Schatzi|Mausi|Bayern|Hasenbein|Kuschelbaer|Fussball",
    "fr": "Doudou|Soleil|Chouchou|Loulou|Nounours|Marseille",
    "es": "Carino|Princesa|Barcelona|Chiquitin|Mimosa|Tesoro",
    "it": "Amore|Tesoro|Juventus|Cucciolo|Gattino|Stellina",
    "nl": "Schatje|Ajax|Knuffel|Snoepje|Vlinder",
    "pt": "Flamengo|Saudade|Fofinho|Benfica|Amorzinho",
    "pl": "Kotek|Misiek|Zabka|Slonko|Legia",
    "sv": "Sommar|Kanelbulle|Grodan|Sockerbit|Hemlis",
}
KEYBOARD_WALKS = "Qwerty|Asdfgh|Zxcvbn|Qazwsx|1qaz2wsx|Qwertz|Azerty|1q2w3e4r|Poiuyt"
PASSPHRASE_WORDS = ("granite|lantern|velvet|otter|maple|cobalt|thistle|harbor|saffron|glacier|pepper|meadow|quill|ember|"
                    "willow|copper|badger|orchid|tundra|nectar")

# --- hard negatives ---
FAMOUS_PEOPLE = ("Wangari Maathai|Alexander von Humboldt|Hildegard of Bingen|Fridtjof Nansen|Maria Montessori|Tove Jansson|"
                 "Fernando Pessoa|Wisława Szymborska|Ingmar Bergman|Akira Kurosawa|Dolly Parton|Usain Bolt|Mary Seacole|"
                 "Piet Mondrian|Clara Schumann|Alvar Aalto|Roald Amundsen|Miriam Makeba|Jacques Cousteau|Rosa Parks|"
                 "Carl Linnaeus|Artemisia Gentileschi|Kofi Annan|Yuri Gagarin")
FAMOUS_COMPANIES = ("Lufthansa|Deutsche Bahn|Ryanair|Decathlon|Carrefour|Nokia|Ericsson|Lego|Novo Nordisk|Adidas|"
                    "Booking.com|Revolut|Klarna|Monzo|Wise|Datadog|HubSpot|Atlassian Jira|Twilio|Mollie|Adyen")
FAMOUS_PLACES = ("Lofoten|Cracow's Old Town|the Amalfi Coast|Transylvania|Mont Saint-Michel|the Scottish Highlands|"
                 "Kraków|Tallinn|Ljubljana|Sintra|the Atacama Desert|Hokkaido|Yosemite|the Great Barrier Reef|Petra|"
                 "Luang Prabang|Giant's Causeway|the Black Forest|Córdoba's Mezquita")
COCKTAILS = "a Bloody Mary|a Tom Collins|a Shirley Temple|an Arnold Palmer|a Rob Roy|a Harvey Wallbanger|a Tom and Jerry"
EPONYMS = ("Moore's law|Amdahl's law|Zipf's law|Hick's law|Fitts's law|Metcalfe's law|Campbell's law|Godwin's law|"
           "Sturgeon's law|the Doppler effect|Bernoulli's principle|Rayleigh scattering|Hooke's law|the Heimlich manoeuvre|"
           "Guillain-Barré syndrome|Kawasaki disease|the Epstein-Barr virus|Lou Gehrig's disease|the Nelder-Mead method|"
           "the Gale-Shapley algorithm|Tukey's range test|the Wilson score interval")
DISHES = "beef Stroganoff|crêpes Suzette|a Sachertorte|eggs Florentine|chicken à la King|a Charlotte russe|Lobster Newberg"
PLACEHOLDER_NAMES = "Jan Kowalski|Mario Rossi|Fulano de Tal|Juan Pérez|Jan Jansen|Otto Normalverbraucher|Medelsvensson|Matti Meikäläinen"
DOC_URLS = ("https://docs.stripe.com/webhooks|https://datatracker.ietf.org/doc/html/rfc6749|"
            "https://registry.terraform.io/providers/hashicorp/aws/latest/docs|https://helm.sh/docs/chart_template_guide/values_files/|"
            "https://docs.sentry.io/platforms/python/|https://docs.datadoghq.com/monitors/|"
            "https://kubernetes.io/docs/reference/kubectl/generated/kubectl_describe/|"
            "https://docs.ansible.com/ansible/latest/vault_guide/index.html|https://w3c.github.io/web-performance/specs/HAR/Overview.html|"
            "https://developer.android.com/topic/performance/vitals/anr|https://docs.mollie.com/reference/get-payment")
EXAMPLE_CARDS = "4000 0025 0000 3155|5200 8282 8282 8210|3782 822463 10005|4000 0000 0000 9995|6011 1111 1111 1117"
EXAMPLE_IBANS = "AT61 1904 3002 3457 3201|ES91 2100 0418 4502 0005 1332|BE68 5390 0754 7034|CH93 0076 2011 6238 5295 7"
FICTION_PHONES = "07700 900461|020 7946 0958|0491 570 156|(02) 5550 1234|+44 1632 960001"
DOC_IPS = "192.0.2.44|198.51.100.23|203.0.113.7|2001:db8::1"
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
          "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
MASKED = "sk_live_••••••••••••4242|[FILTERED]|<REDACTED>|********|xxxx-xxxx-xxxx|sk-proj-...Qx7A"
MASKED_CARDS = "**** **** **** 4242|•••• 1881|XXXX-XXXX-XXXX-0005|************4444"
TEMPLATE_VARS = ("{{ .Values.db.password }}|{{ customer.first_name }}|%FIRSTNAME%|[Your Name]|${DB_PASSWORD}|"
                 "$(cat /run/secrets/db_password)|{{ vault_smtp_password }}|<recipient@domain.tld>")
STOCK_TICKERS = "NVDA|ASML|NOVO-B|SAP|MELI|ADYEN"
AIRPORTS = "LHR|FRA|CDG|MAD|FCO|AMS|LIS|WAW|ARN|OSL|HEL|CPH|PRG|IST|NRT|ICN"


# =====================================================================================================
# Generators
# =====================================================================================================

Parts = list[tuple[str, str | None]]
AN = string.ascii_letters + string.digits
URLSAFE = AN + "-_"
HEX = "0123456789abcdef"
UPPER = string.ascii_uppercase
PEOPLE = ("P", "Q", "R", "S", "T")


def _split(s: str) -> list[str]:
    return [w for w in s.split("|") if w]


_FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "đ": "d"})


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.translate(_FOLD)) if c.isascii() and (c.isalnum() or c in " '-."))


def _slug(s: str, keep_hyphen: bool = False) -> str:
    out = _ascii(s).lower().replace(" ", "").replace("'", "").replace(".", "")
    return out if keep_hyphen else out.replace("-", "")


class _Gen:
    """The prompt's random source with a few helpers."""

    def __init__(self, rng) -> None:
        self.r = rng

    def pick(self, s):
        if isinstance(s, str):
            return self.r.choice(_split(s))
        return self.r.choice(list(s))

    def chars(self, n: int, alphabet: str = AN) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def digits(self, n: int) -> str:
        return self.chars(n, string.digits)

    def weighted(self, pairs) -> str:
        return self.r.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _draw(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    for _ in range(5000):
        value = make()
        if valid(value):
            return value
    raise RuntimeError("no valid value drawn")


# --- people ---

_AGES = {"adult": (1946, 2004), "kid": (2010, 2021), "old": (1930, 1950), "anc": (1858, 1924)}


class _Person:
    def __init__(self, g: _Gen, region: str, age: str = "adult", sex: str | None = None) -> None:
        r = g.r
        self.region, self.age = region, age
        female_names, male_names, surnames = NAMES[region]
        self.female = r.random() < 0.5 if sex is None else sex == "f"
        self.first = g.pick(female_names if self.female else male_names)
        lasts = _split(surnames)

        def surname(s: str) -> str:
            if "/" in s:
                male, female = s.split("/")
                return female if self.female else male
            return s

        self.last = surname(r.choice(lasts))
        other = surname(r.choice([s for s in lasts if surname(s) != self.last]))
        middle = ""
        if region in ("es", "mx") and r.random() < 0.75:
            self.last = f"{self.last} {other}"
        elif region == "ar" and r.random() < 0.15:
            self.last = f"{self.last} {other}"
        elif region == "br" and r.random() < 0.5:
            self.last = f"{other} {r.choice(['', '', 'da ', 'dos '])}{self.last}"
        elif region == "pt" and r.random() < 0.6:
            self.last = f"{other} {self.last}"
        elif region in ("us", "ph") and r.random() < 0.25:
            middle = r.choice(UPPER.replace("X", "").replace("Q", "")) + ". "
        self.full = f"{self.first} {middle}{self.last}"
        lo, hi = _AGES[age]
        year = r.randint(lo, hi)
        month = r.randint(1, 12)
        self.dob = dt.date(year, month, r.randint(1, calendar.monthrange(year, month)[1]))
        self.cache: dict[str, object] = {}

    def once(self, key: str, make: Callable[[], object]):
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]


def _nick(g: _Gen, p: _Person) -> str:
    return g.pick(NICKS[p.first]) if p.first in NICKS else g.pick(GENERIC_NICKS)


def _email(g: _Gen, p: _Person) -> str:
    r = g.r
    first, last = _slug(p.first), _slug(p.last)
    local = r.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}.{last}", f"{first}_{last}{r.randint(1, 99)}",
                      f"{last}.{first}", f"{_slug(_nick(g, p))}{r.randint(1970, 2008)}", f"{first}-{last}",
                      f"{first[0]}{last[0]}{last[1:4]}{r.randint(10, 99)}", f"{first}.{last}+{r.choice(['orders', 'school', 'claims', 'dating'])}",
                      f"{last}{first[0]}{r.randint(1, 9)}"])
    if r.random() < 0.08:
        local = local.capitalize()
    domain = g.pick(MAIL_DOMAINS[p.region] if r.random() < 0.8 else MAIL_DOMAINS["any"])
    return f"{local}@{domain}"


def _work_email(g: _Gen, p: _Person) -> str:
    r = g.r
    first, last = _slug(p.first), _slug(p.last)
    return f"{r.choice([f'{first}.{last}', f'{first[0]}{last}', first, f'{first}.{last[0]}', f'{last}'])}@{g.pick(WORK_DOMAINS)}"


def _username(g: _Gen, p: _Person) -> Parts:
    r = g.r
    first, last = _slug(p.first), _slug(p.last)
    style = r.randint(0, 4)
    if style == 0:
        return [(first, "PERSON"), (r.choice([".", "_", "-"]), None), (last, "PERSON")]
    if style == 1:
        return [(first[0] + last, "PERSON")]
    if style == 2:
        return [(last + first[0], "PERSON")]
    if style == 3:
        return [(first, "PERSON"), (str(r.randint(1, 99)), None)]
    return [(first + last, "PERSON")]


def _personal_url(g: _Gen, p: _Person, kind: str = "any") -> str:
    r = g.r
    first, last = _slug(p.first), _slug(p.last)
    handle = r.choice([f"{first}{last}", f"{first}.{last}", f"{first}_{last[:4]}", f"{first}{r.randint(1, 99)}", f"{last}{first[0]}"])
    dashed = f"{_ascii(p.first).replace(' ', '-')}-{_ascii(p.last).replace(' ', '-')}"
    kinds = {
        "social": [f"https://t.me/{handle.replace('.', '_')}", f"https://linktr.ee/{handle}", f"https://www.threads.net/@{handle}",
                   f"https://www.youtube.com/@{handle}", f"https://medium.com/@{handle}",
                   f"https://www.goodreads.com/user/show/{r.randint(10 ** 6, 10 ** 8)}-{first}-{last}",
                   f"https://www.komoot.com/user/{r.randint(10 ** 11, 10 ** 12)}"],
        "pay": [f"https://venmo.com/u/{dashed}", f"https://cash.app/${first}{last[:3]}", f"https://monzo.me/{first}{last}",
                f"https://revolut.me/{first}{r.randint(10, 99)}"],
        "pro": [f"https://www.researchgate.net/profile/{dashed}", f"https://www.behance.net/{first}{last}", f"https://cal.com/{first}-{last}",
                f"https://www.airbnb.com/users/show/{r.randint(10 ** 7, 10 ** 9)}"],
        "share": [f"https://docs.google.com/document/d/{g.chars(44, URLSAFE)}/edit?usp=sharing", f"https://1drv.ms/u/s!{g.chars(34, URLSAFE)}",
                  f"https://we.tl/t-{g.chars(10, AN)}", f"https://share.icloud.com/photos/0{g.chars(24, AN)}"],
        "registry": [f"https://www.myregistry.com/giftlist/{first}-{last}", f"https://www.zola.com/registry/{first}and{_slug(g.pick(GENERIC_NICKS))}",
                     f"https://www.amazon.co.uk/baby-reg/{first}-{last}-{r.choice(['june', 'march', 'october'])}-{r.randint(2024, 2026)}"
                      f"/{g.chars(13, UPPER + string.digits)}"],
    }
    if kind == "any":
        kind = r.choice(["social", "social", "pay", "pro", "share"])
    return r.choice(kinds[kind])


def _whatsapp(g: _Gen, p: _Person) -> str:
    number = p.once("phone_number", lambda: _phone_number(g, p.region))
    return f"https://wa.me/{number.country_code}{phonenumbers.national_significant_number(number)}"


# --- phones ---

def _phone_number(g: _Gen, region: str) -> phonenumbers.PhoneNumber:
    """A number phonenumbers calls valid, near the region's example number."""
    r = g.r
    cc = _PHONE_REGION[region]
    kind = phonenumbers.PhoneNumberType.MOBILE if r.random() < 0.7 else phonenumbers.PhoneNumberType.FIXED_LINE
    example = phonenumbers.example_number_for_type(cc, kind) or phonenumbers.example_number(cc)
    nsn = phonenumbers.national_significant_number(example)
    for _ in range(400):
        keep = r.randint(2, 4)
        candidate = phonenumbers.parse(f"+{example.country_code}{nsn[:keep]}{g.digits(len(nsn) - keep)}")
        if phonenumbers.is_valid_number(candidate) and phonenumbers.national_significant_number(candidate) != nsn:
            return candidate
    return example


def _phone(g: _Gen, region: str, number: phonenumbers.PhoneNumber | None = None) -> str:
    """The number written in one of the ways people of that country write it."""
    r = g.r
    cc = _PHONE_REGION[region]
    number = number or _phone_number(g, region)
    fmt = phonenumbers.PhoneNumberFormat
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    intl = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    cc_txt = f"+{number.country_code}"
    rest = intl[len(cc_txt) + 1:]
    styles = [national, national, intl, intl, phonenumbers.format_number(number, fmt.E164)]
    d = phonenumbers.national_significant_number(number)
    if cc in ("DE", "AT") and " " in national:
        head, tail = national.split(" ", 1)
        styles += [f"{head}/{tail.replace(' ', '')}", f"({head}) {tail}", f"{head}-{tail.replace(' ', '')}"]
    if cc in ("GB", "IE", "AU", "NZ", "ZA", "CH") and national.startswith("0"):
        styles += [f"{cc_txt} (0){rest}", national.replace(" ", "")]
    if cc == "FR":
        styles += [national.replace(" ", "."), national.replace(" ", "")]
    if cc in ("US", "CA"):
        styles += [f"{d[:3]}.{d[3:6]}.{d[6:]}", f"+1 ({d[:3]}) {d[3:6]}-{d[6:]}", f"1-{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}",
                   intl.replace(" ", "-")]
    if cc == "BR":
        styles += [f"{cc_txt} {national}", national.replace("(", "").replace(")", "")]
    if cc == "IN":
        styles += [f"+91-{d}", f"0{d[:5]} {d[5:]}", f"+91 {d[:5]}-{d[5:]}"]
    if cc in ("PL", "CZ"):
        styles += [national.replace(" ", "-"), f"{cc_txt} {national.replace(' ', '')}"]
    if cc in ("SE", "NO", "DK", "FI"):
        styles += [national.replace(" ", ""), f"00{number.country_code} {rest}"]
    if cc in ("TR", "NG", "PH"):
        styles += [national.replace(" ", ""), f"{cc_txt} {rest.replace(' ', '')}"]
    if cc in ("JP", "KR"):
        styles += [national.replace("-", ""), f"{cc_txt}-{rest}"]
    if cc in ("ES", "IT", "PT", "NL", "BE", "MX", "AR"):
        styles += [national.replace(" ", ""), f"00{number.country_code} {rest}"]
    return r.choice(styles).strip()


# --- dates ---

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
}
WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
}
ROMAN = "I II III IV V VI VII VIII IX X XI XII".split()
NL_SHORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _random_date(g: _Gen) -> dt.date:
    year, month = g.r.randint(2020, 2027), g.r.randint(1, 12)
    return dt.date(year, month, g.r.randint(1, calendar.monthrange(year, month)[1]))


def _date(g: _Gen, d: dt.date, code: str, birth: bool = False) -> Parts:
    """A date written the way `code` (a language, "us", "iso", "num" or "short") writes it; only the date is labelled."""
    r = g.r
    label = "DATE_OF_BIRTH" if birth else "DATE"
    y, m, day = d.year, d.month, d.day
    yy = f"{y % 100:02d}"
    if code == "iso":
        return [(d.isoformat(), label)]
    if code == "num":
        return [(r.choice([f"{day:02d}/{m:02d}/{y}", f"{day:02d}.{m:02d}.{y}", f"{day}-{m}-{y}", f"{y}/{m:02d}/{day:02d}"]), label)]
    lang = "en" if code in ("us", "short") else code
    month, wd = MONTHS[lang].split()[m - 1], WEEKDAYS[lang].split()[d.weekday()]
    mon = month[:3]
    if code == "short":
        return [(r.choice([f"{day} {mon}", f"{mon} {day}", f"{_ordinal(day)} {month}", f"{month} {_ordinal(day)}", f"{wd[:3]} {day} {mon}"]), label)]
    if code == "us":
        if birth:
            return [(r.choice([f"{m:02d}/{day:02d}/{y}", f"{m}/{day}/{yy}", f"{month} {day}, {y}", f"{mon}. {day}, {y}"]), label)]
        return [(r.choice([f"{m}/{day}/{y}", f"{m:02d}/{day:02d}/{yy}", f"{month} {day}", f"{mon} {day}, {y}", f"{wd}, {month} {day}",
                           f"{m}/{day}", f"{wd[:3]} {m}/{day}", f"{month} {_ordinal(day)}, {y}"]), label)]
    if code == "en":
        if birth:
            return [(r.choice([f"{day} {month} {y}", f"{day:02d}/{m:02d}/{y}", f"{day:02d}.{m:02d}.{y}", f"{_ordinal(day)} of {month} {y}",
                               f"{month} {day}, {y}", d.isoformat(), f"{day}-{mon}-{y}"]), label)]
        return [(r.choice([f"{day} {month} {y}", f"{day} {mon}", f"{_ordinal(day)} {month}", f"{month} {_ordinal(day)}",
                           f"{wd[:3]} {day} {month}", f"{wd} {_ordinal(day)} {month} {y}", f"{day:02d}/{m:02d}/{y}", f"{day}/{m}",
                           f"{day}-{mon}-{y}", f"{day} {mon} '{yy}", d.isoformat()]), label)]
    if lang == "de":
        if birth:
            return [(r.choice([f"{day:02d}.{m:02d}.{y}", f"{day}. {month} {y}", f"{day}.{m}.{y}"]), label)]
        return [(r.choice([f"{day:02d}.{m:02d}.{y}", f"{day}.{m}.", f"{wd[:2]}., {day:02d}.{m:02d}.", f"{day}. {month} {y}", f"{day}. {month}",
                           f"{wd}, {day}.{m}.", f"{day:02d}.{m:02d}.{yy}"]), label)]
    if lang == "fr":
        if birth:
            return [(r.choice([f"{day:02d}/{m:02d}/{y}", f"{'1er' if day == 1 else day} {month} {y}", f"{day:02d}.{m:02d}.{y}"]), label)]
        return [(r.choice([f"{day:02d}/{m:02d}/{y}", f"{day:02d}/{m:02d}", f"{wd} {day} {month}", f"{day} {month} {y}",
                           f"{day:02d}-{m:02d}-{y}", f"{wd[:3]}. {day} {month}"]), label)]
    if lang == "es":
        if birth:
            return [(r.choice([f"{day:02d}/{m:02d}/{y}", f"{day} de {month} de {y}", f"{day:02d}-{m:02d}-{y}"]), label)]
        return [(r.choice([f"{day:02d}/{m:02d}/{y}", f"{day}/{m}", f"{wd} {day} de {month}", f"{day} de {month} de {y}",
                           f"{day}-{mon}-{y}", f"{day} de {month}"]), label)]
    if lang == "it":
        if birth:
            return [(r.choice([f"{day:02d}/{m:02d}/{y}", f"{day} {month} {y}", f"{day:02d}-{m:02d}-{y}"]), label)]
        return [(r.choice([f"{day:02d}/{m:02d}/{yy}", f"{day:02d}/{m:02d}/{y}", f"{wd} {day} {month}", f"{day} {month} {y}",
                           f"{day:02d}.{m:02d}.{y}", f"{day} {mon}"]), label)]
    if lang == "nl":
        if birth:
            return [(r.choice([f"{day:02d}-{m:02d}-{y}", f"{day} {month} {y}", f"{day:02d}.{m:02d}.{y}"]), label)]
        short = NL_SHORT[m - 1]
        return [(r.choice([f"{wd} {day} {month}", f"{day}-{m}", f"{day} {short}", f"{day:02d}-{m:02d}-{y}", f"{day} {month} {y}",
                           f"{wd[:2]} {day} {short}"]), label)]
    if lang == "pt":
        if birth:
            return [(r.choice([f"{day:02d}/{m:02d}/{y}", f"{day} de {month} de {y}"]), label)]
        return [(r.choice([f"{day:02d}/{m:02d}", f"{wd.split('-')[0]}, {day:02d}/{m:02d}", f"{day} de {month} de {y}",
                           f"{day:02d}/{m:02d}/{y}", f"{day} de {mon}.", f"{wd}, {day} de {month}"]), label)]
    if lang == "pl":
        if birth:
            return r.choice([[(f"{day:02d}.{m:02d}.{y}", label)], [(f"{day} {month} {y}", label)],
                             [(f"{day:02d}.{m:02d}.{y}", label), (" r.", None)]])
        return r.choice([[(f"{day} {month} {y}", label)], [(f"{day:02d}.{m:02d}.{y}", label), (" r.", None)],
                         [(f"{day} {ROMAN[m - 1]} {y}", label)], [(f"{wd} {day} {month}", label)], [(f"{day:02d}.{m:02d}", label)],
                         [(f"{day} {month}", label)]])
    if lang == "sv":
        if birth:
            return [(r.choice([d.isoformat(), f"{day} {month} {y}"]), label)]
        return [(r.choice([f"{day} {month} {y}", d.isoformat(), f"{day}/{m}", f"{wd} {day} {month}", f"{day} {month}"]), label)]
    raise KeyError(code)


def _timestamp(g: _Gen, state: dict, kind: str) -> Parts:
    """A log or header timestamp; the same day for the whole prompt, the clock moving on. Only the date part is labelled."""
    r = g.r
    d = state.setdefault("ts_day", _random_date(g))
    clock = state.get("ts_clock", r.randint(0, 80000)) + r.randint(1, 900)
    state["ts_clock"] = clock % 86400
    hh, mm, ss = clock // 3600 % 24, clock // 60 % 60, clock % 60
    mon, wdy = MONTHS["en"].split()[d.month - 1][:3], WEEKDAYS["en"].split()[d.weekday()][:3]
    h12, ampm = (hh % 12 or 12), ("AM" if hh < 12 else "PM")
    ms = g.digits(3)
    if kind == "iso":
        return [(d.isoformat(), "DATE"), (r.choice([f"T{hh:02d}:{mm:02d}:{ss:02d}Z", f"T{hh:02d}:{mm:02d}:{ss:02d}.{ms}Z",
                                                    f"T{hh:02d}:{mm:02d}:{ss:02d}+00:00"]), None)]
    if kind == "log":
        return [(d.isoformat(), "DATE"), (f" {hh:02d}:{mm:02d}:{ss:02d}{r.choice([',' + ms, '.' + ms, ''])}", None)]
    if kind == "clf":
        return [(f"{d.day:02d}/{mon}/{d.year}", "DATE"), (f":{hh:02d}:{mm:02d}:{ss:02d} +0000", None)]
    if kind == "syslog":
        return [(f"{mon} {d.day:2d}", "DATE"), (f" {hh:02d}:{mm:02d}:{ss:02d}", None)]
    if kind == "http":
        return [(f"{wdy}, {d.day:02d} {mon} {d.year}", "DATE"), (f" {hh:02d}:{mm:02d}:{ss:02d} GMT", None)]
    if kind == "us12":
        return [(f"{d.month}/{d.day}/{d.year}", "DATE"), (f", {h12}:{mm:02d}:{ss:02d} {ampm}", None)]
    if kind == "sentry":
        return [(f"{mon} {d.day}, {d.year}", "DATE"), (f", {h12}:{mm:02d}:{ss:02d} {ampm} UTC", None)]
    if kind == "jira":
        return [(f"{d.day:02d}/{mon}/{d.year % 100:02d}", "DATE"), (f" {h12}:{mm:02d} {ampm}", None)]
    if kind == "dd":
        return [(f"{mon} {d.day}", "DATE"), (f" {hh:02d}:{mm:02d}:{ss:02d}.{ms}", None)]
    if kind == "eu":
        return [(f"{d.day:02d}.{d.month:02d}.{d.year}", "DATE"), (f" {hh:02d}:{mm:02d}", None)]
    raise KeyError(kind)


# --- addresses ---

def _address(g: _Gen, region: str) -> str:
    r = g.r
    n = r.randint(1, 240)
    if region == "us":
        town = g.pick(US_TOWNS)
        state, zip3 = US_TOWNS[town]
        zipc = zip3 + g.digits(2) + (f"-{g.digits(4)}" if r.random() < 0.2 else "")
        street = f"{r.randint(10, 9899)} {r.choice(['', '', 'N ', 'S ', 'E ', 'W ', 'NW '])}{g.pick(US_STREETS)} {g.pick(US_TYPES)}"
        return r.choice([f"{street} Apt {r.randint(1, 30)}{r.choice('ABCDEF')}, {town}, {state} {zipc}", f"{street}, {town} {state} {zipc}",
                         f"{street} #{r.randint(2, 999)}\n{town}, {state} {zipc}",
                         f"{r.randint(100, 9999)} County Road {r.randint(2, 400)}, {town}, {state} {zipc}",
                         f"{street}, Unit {r.randint(1, 40)}, {town}, {state} {zipc}"])
    if region == "ca":
        town = g.pick(CA_TOWNS)
        prov, fsa = CA_TOWNS[town]
        pc = f"{fsa}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
        return r.choice([f"{r.randint(1, 40)}-{n} {g.pick(US_STREETS)} {r.choice(['Cres', 'Blvd', 'Dr', 'Ave'])}, {town}, {prov} {pc}",
                         f"{n} {g.pick(US_STREETS)} Rd, {town} {prov}  {pc}"])
    if region == "qc":
        town = g.pick(QC_TOWNS)
        pc = f"{QC_TOWNS[town]}{r.choice('ABCEGHJKLMNPRSTVWXYZ')} {r.randint(0, 9)}{r.choice('ABCEGHJKLMNPRSTVWXYZ')}{r.randint(0, 9)}"
        kind = r.choice(["rue", "boulevard", "avenue", "chemin", "rang"])
        return r.choice([f"{n}, {kind} {g.pick(QC_STREETS)}, app. {r.randint(1, 12)}, {town} (Québec)  {pc}",
                         f"{r.randint(100, 9999)} {kind} {g.pick(QC_STREETS)}\n{town} QC {pc}"])
    if region == "gb":
        town = g.pick(GB_TOWNS)
        pc = f"{GB_TOWNS[town]} {r.randint(1, 9)}{g.chars(2, 'ABDEFGHJLNPQRSTUWXYZ')}"
        street = f"{g.pick(GB_STREETS)} {g.pick(GB_TYPES)}"
        return r.choice([f"{n} {street}, {town} {pc}", f"Flat {r.randint(0, 3)}/{r.randint(1, 2)}, {n} {street}, {town} {pc}",
                         f"{g.pick(GB_HOUSES)}, {r.randint(1, 30)} {street}, {town}, {pc}", f"{n}{r.choice('abc')} {street}\n{town}\n{pc}",
                         f"Top Floor Flat, {n} {street}, {town} {pc}"])
    if region == "ie":
        town = g.pick(IE_TOWNS)
        key, county = IE_TOWNS[town]
        eircode = f"{key} {r.choice('ACDEFHKNPRTVWXY')}{g.chars(3, 'ACDEFHKNPRTVWXY0123456789')}"
        return r.choice([f"{r.randint(1, 90)} {g.pick(GB_STREETS)} Terrace, {town}, Co. {county}, {eircode}",
                         f"No. {r.randint(1, 40)} {g.pick(IE_TOWNLANDS)} Lawn, {town}, Co. {county} {eircode}",
                         f"{r.randint(1, 60)} Church View, {g.pick(IE_TOWNLANDS)}, {town}, {eircode}"])
    if region == "au":
        town = g.pick(AU_TOWNS)
        state, pc = AU_TOWNS[town]
        street = f"{g.pick(AU_STREETS)} {g.pick(AU_TYPES)}"
        return r.choice([f"{r.randint(1, 20)}/{n} {street}, {town} {state} {pc}", f"Lot {r.randint(1, 300)} {street}, {town} {state} {pc}",
                         f"Unit {r.randint(1, 12)}, {n}-{n + 2} {street}, {town}, {state} {pc}", f"{n} {street}\n{town.upper()}  {state}  {pc}"])
    if region == "nz":
        town = g.pick(NZ_TOWNS)
        pc = NZ_TOWNS[town] + g.digits(1)
        return r.choice([f"{n}{r.choice(['', 'A', 'B'])} {g.pick(NZ_STREETS)} Street, {g.pick(NZ_SUBURBS)}, {town} {pc}",
                         f"Flat {r.randint(1, 6)}, {n} {g.pick(NZ_STREETS)} Road, {g.pick(NZ_SUBURBS)}, {town} {pc}",
                         f"{r.randint(1, 9)}/{n} {g.pick(NZ_STREETS)} Place, {town} {pc}"])
    if region == "za":
        town = g.pick(ZA_TOWNS)
        return r.choice([f"Unit {r.randint(1, 40)}, {g.pick(ZA_COMPLEXES)}, {n} {g.pick(ZA_STREETS)} Street"
                          f", {g.pick(ZA_SUBURBS)}, {town}, {ZA_TOWNS[town]}",
                         f"{n} {g.pick(ZA_STREETS)} Avenue, {g.pick(ZA_SUBURBS)}, {town} {ZA_TOWNS[town]}"])
    if region == "ng":
        town = g.pick(NG_TOWNS)
        return r.choice([f"Plot {r.randint(1, 200)}, Block {r.choice('ABCDEF')}, {g.pick(NG_STREETS)}, {g.pick(NG_AREAS)}"
                          f", {town}, {NG_STATES[town]} State",
                         f"No. {n} {g.pick(NG_STREETS)}, {g.pick(NG_AREAS)}, {town}",
                         f"Flat {r.randint(1, 12)}, {r.randint(1, 60)} {g.pick(NG_STREETS)}, off {g.pick(NG_STREETS)}, {town}"])
    if region == "in":
        town = g.pick(IN_TOWNS)
        state, pin = IN_TOWNS[town]
        pin += g.digits(3)
        return r.choice([f"No. {n}, {_ordinal(r.randint(1, 4))} Floor, {g.pick(IN_BUILDINGS)}, {_ordinal(r.randint(1, 12))} Main Road, "
                         f"{g.pick(IN_AREAS)}, {town}, {state} – {pin}",
                         f"Plot No. {n}, {g.pick(IN_AREAS)}, Near {g.pick(IN_LANDMARKS)}, {town} {pin}",
                         f"{r.randint(1, 30)}/{n}, {g.pick(IN_BUILDINGS)}, Opp. {g.pick(IN_LANDMARKS)}, {g.pick(IN_AREAS)}, {town}-{pin}"])
    if region == "ph":
        town = g.pick(PH_TOWNS)
        prov, zipc = PH_TOWNS[town]
        return r.choice([f"Blk {r.randint(1, 40)} Lot {r.randint(1, 60)}, Phase {r.randint(1, 5)}, {g.pick(PH_SUBDIVISIONS)}"
                          f", Brgy. {g.pick(PH_BARANGAYS)}, "
                         f"{town}, {prov} {zipc}",
                         f"{n} {g.pick(['Rizal', 'Mabini', 'Burgos', 'Luna', 'Quezon'])} St., Brgy. {g.pick(PH_BARANGAYS)}, {town} {zipc}"])
    if region == "de":
        town = g.pick(DE_TOWNS)
        pc = DE_TOWNS[town] + g.digits(2)
        prefix, kind = g.pick(DE_STREETS), g.pick(DE_TYPES)
        street = f"{prefix}{kind.capitalize() if prefix.endswith('-') else kind} {r.randint(1, 120)}{r.choice(['', '', 'a', 'b', ' c'])}"
        return r.choice([f"{street}, {pc} {town}", f"{street}\n{pc} {town}", f"{street}, {r.randint(1, 5)}. OG rechts, {pc} {town}",
                         f"{street} / WG, {pc} {town}", f"{street}, Seitenflügel, {pc} {town}"])
    if region == "at":
        town = g.pick(AT_TOWNS)
        return r.choice([f"{g.pick(AT_STREETS)} {r.randint(1, 80)}/{r.randint(1, 6)}/{r.randint(1, 30)}, {AT_TOWNS[town]} {town}",
                         f"{g.pick(AT_STREETS)} {r.randint(1, 80)}/Top {r.randint(1, 24)}, A-{AT_TOWNS[town]} {town}"])
    if region == "ch":
        town = g.pick(CH_TOWNS)
        return r.choice([f"{g.pick(CH_STREETS)} {r.randint(1, 90)}, {CH_TOWNS[town]} {town}",
                         f"{g.pick(CH_STREETS)} {r.randint(1, 90)}{r.choice(['a', 'b', ''])}\nCH-{CH_TOWNS[town]} {town}"])
    if region == "fr":
        town = g.pick(FR_TOWNS)
        pc = FR_TOWNS[town]
        street = f"{g.pick(FR_TYPES)} {g.pick(FR_STREETS)}"
        return r.choice([f"{r.randint(1, 90)}{r.choice(['', ' bis', ' ter'])}, {street}, {pc} {town}",
                         f"Appartement {r.randint(1, 40)}, escalier {r.choice('ABC')}, {r.randint(1, 90)} {street}, {pc} {town}",
                         f"{r.randint(1, 90)} {street}\n{pc} {town.upper()}",
                         f"Bâtiment {r.choice('ABCD')}, {r.randint(1, 90)} {street}, {pc} {town}"])
    if region in ("be_fr", "be_nl"):
        town = g.pick(BE_TOWNS[region])
        street = g.pick(BE_STREETS[region])
        box = r.choice(["/B2", "/0101", f"/{r.randint(1, 12)}", ""])
        return f"{street} {r.randint(1, 180)}{box}, {BE_TOWNS[region][town]} {town}"
    if region == "nl":
        town = g.pick(NL_TOWNS)
        pc = f"{NL_TOWNS[town]}{g.digits(2)} {g.chars(2, 'ABCEGHJKLMNPRTVWXZ')}"
        street = f"{g.pick(NL_STREETS)}{g.pick(NL_TYPES)}"
        return r.choice([f"{street} {r.randint(1, 180)}{r.choice(['', '-1', '-2', ' bis', 'A'])}, {pc} {town}",
                         f"{street} {r.randint(1, 180)}\n{pc} {town}", f"{street} {r.randint(1, 180)} {r.choice(['zw', 'rd', 'hs'])}, {pc}  {town}"])
    if region == "es":
        town = g.pick(ES_TOWNS)
        pc = ES_TOWNS[town] + g.digits(3)
        return r.choice([f"C/ {g.pick(ES_STREETS)}, {r.randint(1, 90)}, {r.randint(1, 9)}º {r.choice(['izq.', 'dcha.', 'A', 'B'])}, {pc} {town}",
                         f"Avda. {g.pick(ES_STREETS)}, {r.randint(1, 200)}, portal {r.randint(1, 4)}, {r.randint(1, 9)}º{r.choice('ABCD')}"
                          f", {pc} {town}",
                         f"Urb. Los Pinares, parcela {r.randint(1, 120)}, {pc} {town}",
                         f"Calle {g.pick(ES_STREETS)} n.º {r.randint(1, 90)}, bajo, {pc} {town}"])
    if region == "mx":
        town = g.pick(MX_TOWNS)
        st, prefix = MX_TOWNS[town]
        return r.choice([f"Privada {g.pick(MX_STREETS)} #{r.randint(1, 300)} int. {r.choice('ABCD')}"
                          f", {g.pick(MX_AREAS)}, C.P. {prefix}{g.digits(3)}, {town}, {st}",
                         f"Av. {g.pick(MX_STREETS)} {r.randint(100, 3000)}, Depto. {r.randint(101, 804)}"
                          f", {g.pick(MX_AREAS)}, {prefix}{g.digits(3)} {town}, {st}"])
    if region == "ar":
        town = g.pick(AR_TOWNS)
        cpa, prov = AR_TOWNS[town]
        return r.choice([f"{g.pick(AR_STREETS)} {r.randint(100, 3999)}, piso {r.randint(1, 12)} dpto. {r.choice('ABCDEF')}, {cpa} {town}, {prov}",
                         f"{g.pick(AR_STREETS)} {r.randint(100, 3999)} PB {r.randint(1, 4)}, {town} ({cpa})"])
    if region == "it":
        town = g.pick(IT_TOWNS)
        cap, prov = IT_TOWNS[town]
        return r.choice([f"Via {g.pick(IT_STREETS)}, {r.randint(1, 120)} – {cap} {town} ({prov})",
                         f"Via {g.pick(IT_STREETS)} n. {r.randint(1, 120)}, {cap} {town} {prov}",
                         f"Località Poggio {r.choice(['ai Pini', 'Alto', 'del Sole'])} {r.randint(1, 40)}, {cap} {town} ({prov})",
                         f"Contrada {r.choice(['San Giacomo', 'Cava', 'Fontana'])} {r.randint(1, 90)}, {cap} {town}"])
    if region == "pt":
        town = g.pick(PT_TOWNS)
        pc = f"{PT_TOWNS[town]}{g.digits(2)}-{g.digits(3)}"
        return r.choice([f"Rua {g.pick(PT_STREETS)}, n.º {r.randint(1, 300)}, {r.randint(1, 6)}.º {r.choice(['Esq.', 'Dto.', 'Frente'])}"
                          f", {pc} {town}",
                         f"Urbanização Quinta da Fonte, Lote {r.randint(1, 60)}, r/c {r.choice(['Esq.', 'Dto.'])}, {pc} {town}"])
    if region == "br":
        town = g.pick(BR_TOWNS)
        uf = BR_TOWNS[town]
        cep = f"{g.digits(5)}-{g.digits(3)}"
        return r.choice([f"Rua {g.pick(BR_STREETS)}, {r.randint(10, 3999)}, Apto {r.randint(11, 1204)}, Bloco {r.choice('ABC')}"
                          f" - {g.pick(BR_BAIRROS)}, {town} - {uf}, {cep}",
                         f"Rua {r.randint(1, 40)}, Quadra {r.randint(1, 60)}, Lote {r.randint(1, 40)}, {g.pick(BR_BAIRROS)}, {town} - {uf}, {cep}",
                         f"Av. {g.pick(BR_STREETS)}, {r.randint(10, 3999)} - {g.pick(BR_BAIRROS)}\n{town}/{uf} - CEP {cep}"])
    if region == "pl":
        town = g.pick(PL_TOWNS)
        pc = f"{PL_TOWNS[town]}-{g.digits(3)}"
        return r.choice([f"ul. {g.pick(PL_STREETS)} {r.randint(1, 150)}/{r.randint(1, 60)}, {pc} {town}",
                         f"os. Słoneczne {r.randint(1, 40)} m. {r.randint(1, 80)}, {pc} {town}",
                         f"al. Niepodległości {r.randint(1, 200)} lok. {r.randint(1, 30)}\n{pc} {town}"])
    if region == "se":
        town = g.pick(SE_TOWNS)
        pc = f"{SE_TOWNS[town]}{g.digits(1)} {g.digits(2)}"
        return r.choice([f"{g.pick(SE_STREETS)}{g.pick(SE_TYPES)} {r.randint(1, 90)} {r.choice(['A', 'B', ''])}".rstrip()
                         + f", lgh {r.randint(10, 16)}0{r.randint(1, 9)}, {pc} {town}",
                         f"{g.pick(SE_STREETS)}{g.pick(SE_TYPES)} {r.randint(1, 90)}\n{pc} {town.upper()}"])
    if region == "no":
        town = g.pick(NO_TOWNS)
        pc = f"{NO_TOWNS[town]}{g.digits(2)}"
        return r.choice([f"{g.pick(NO_STREETS)} {r.randint(1, 120)}{r.choice(['', 'B'])}, {pc} {town}",
                         f"{g.pick(NO_STREETS)} {r.randint(1, 120)}, H0{r.randint(1, 4)}0{r.randint(1, 6)}, {pc} {town.upper()}"])
    if region == "fi":
        town = g.pick(FI_TOWNS)
        pc = f"{FI_TOWNS[town]}{g.digits(3)}"
        return r.choice([f"{g.pick(FI_STREETS)}{g.pick(FI_TYPES)} {r.randint(1, 60)} {r.choice('ABC')} {r.randint(1, 40)}, {pc} {town}",
                         f"{g.pick(FI_STREETS)}{g.pick(FI_TYPES)} {r.randint(1, 60)}\n{pc} {town.upper()}"])
    if region == "dk":
        town = g.pick(DK_TOWNS)
        return r.choice([f"{g.pick(DK_STREETS)} {r.randint(1, 120)}, {r.randint(1, 5)}. {r.choice(['th.', 'tv.', 'mf.'])}, {DK_TOWNS[town]} {town}",
                         f"{g.pick(DK_STREETS)} {r.randint(1, 120)}, st., {DK_TOWNS[town]} {town}"])
    if region == "cz":
        town = g.pick(CZ_TOWNS)
        return r.choice([f"{g.pick(CZ_STREETS)} {r.randint(100, 2999)}/{r.randint(1, 80)}, {CZ_TOWNS[town]} {town}",
                         f"{g.pick(CZ_STREETS)} {r.randint(1, 80)}\n{CZ_TOWNS[town]} {town}"])
    if region == "tr":
        town = g.pick(TR_TOWNS)
        plate, district = TR_TOWNS[town]
        return r.choice([f"{g.pick(TR_MAHALLE)} Mah. {r.randint(1000, 1999)}. Sok. No: {r.randint(1, 80)} D: {r.randint(1, 20)}, "
                         f"{plate}{g.digits(3)} {district}/{town}",
                         f"{g.pick(TR_MAHALLE)} Mah. Atatürk Cad. No: {r.randint(1, 300)}/{r.randint(1, 12)}, {district}/{town}"])
    if region == "jp":
        town = g.pick(JP_TOWNS)
        pref, zip3 = JP_TOWNS[town]
        block = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        bld = f" {g.pick(JP_BUILDINGS)} {r.randint(1, 9)}0{r.randint(1, 9)}," if r.random() < 0.5 else ""
        return f"{block} {g.pick(JP_DISTRICTS)},{bld} {town}-shi, {pref} {zip3}-{g.digits(4)}".replace(",,", ",")
    if region == "kr":
        town = g.pick(KR_TOWNS)
        return r.choice([f"Apt {r.randint(101, 115)}-{r.randint(1, 25)}0{r.randint(1, 6)}, {r.randint(1, 300)} {g.pick(KR_ROADS)}, {g.pick(KR_GU)}, "
                         f"{town} {KR_TOWNS[town]}{g.digits(3)}",
                         f"{r.randint(1, 300)}, {g.pick(KR_ROADS)} {r.randint(1, 90)}beon-gil, {g.pick(KR_GU)}, {town}"])
    raise KeyError(region)


# --- national numbers (NATIONAL_ID), passports, tax numbers; valid by their checksums where they have one ---

def _luhn_ok(s: str) -> bool:
    return luhn.is_valid(s)


def _national_id(g: _Gen, p: _Person) -> str:
    r = g.r
    reg, dob = p.region, p.dob
    yymmdd = f"{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}"
    ddmmyy = f"{dob.day:02d}{dob.month:02d}{dob.year % 100:02d}"
    if reg == "us":  # state driving licences
        kind = r.randint(0, 3)
        if kind == 0:
            return f"{_ascii(p.last)[0].upper()}{g.digits(3)}-{g.digits(4)}-{g.digits(4)}"
        if kind == 1:
            return f"{g.digits(2)} {g.digits(3)} {g.digits(3)}"
        if kind == 2:
            return f"{_ascii(p.last)[0].upper()} {g.digits(3)} {g.digits(3)} {g.digits(3)} {g.digits(3)}"
        return "WDL" + g.chars(9, UPPER + string.digits)
    if reg == "ca":
        if r.random() < 0.5:  # Ontario health card: ten digits, Luhn, and a version code
            v = _draw(lambda: str(r.randint(1, 9)) + g.digits(9), _luhn_ok)
            return f"{v[:4]}-{v[4:7]}-{v[7:]}" + r.choice(["", f"-{g.chars(2, UPPER)}"])
        def phn() -> str:  # British Columbia PHN: a 9, eight digits, mod 11 check over digits 2-9
            b = "9" + g.digits(8)
            total = sum(int(c) * w for c, w in zip(b[1:], (2, 4, 8, 5, 10, 9, 7, 3)))
            check = 11 - total % 11
            return b + str(check) if check < 10 else ""
        v = _draw(phn, bool)
        return f"{v[:4]} {v[4:7]} {v[7:]}"
    if reg == "qc":  # RAMQ health insurance number from the name and birth date
        last = "".join(c for c in _ascii(p.last).upper() if c.isalpha())
        first = _ascii(p.first).upper()[0]
        month = dob.month + (50 if p.female else 0)
        return f"{(last + 'XXX')[:3]}{first} {dob.year % 100:02d}{month:02d} {dob.day:02d}{g.digits(2)}"
    if reg == "gb":  # National Insurance number
        first = r.choice("ABCEGHJKLMNOPRSTWXYZ")
        second = r.choice([c for c in "ABCEGHJKLMNPRSTWXYZ" if first + c not in ("BG", "GB", "NK", "KN", "NT", "TN", "ZZ")])
        d = g.digits(6)
        return r.choice([f"{first}{second} {d[:2]} {d[2:4]} {d[4:]} {r.choice('ABCD')}", f"{first}{second}{d}{r.choice('ABCD')}"])
    if reg == "ie":
        return _draw(lambda: g.digits(7) + r.choice("ABCDEFGHIJKLMNOPQRSTUVW") + r.choice(["", "A", "W"]), ie_pps.is_valid)
    if reg == "au":  # Medicare card number: eight digits, weighted check digit, issue number
        body = str(r.randint(2, 6)) + g.digits(7)
        check = sum(int(c) * w for c, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
        issue = r.randint(1, 9)
        return r.choice([f"{body[:4]} {body[4:]}{check} {issue}", f"{body}{check}{issue}"])
    if reg == "nz":
        if r.random() < 0.5:
            v = _draw(lambda: str(r.randint(10_000_000, 150_000_000)), nz_ird.is_valid)
            v = v.zfill(9)
            return f"{v[:3]}-{v[3:6]}-{v[6:]}"
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # NHI number: three letters (no I, O), three digits, check digit

        def nhi() -> str:
            head = g.chars(3, letters) + g.digits(3)
            values = [letters.index(c) + 1 for c in head[:3]] + [int(c) for c in head[3:]]
            rem = sum(v * w for v, w in zip(values, (7, 6, 5, 4, 3, 2))) % 11
            if rem == 0:
                return ""
            check = (11 - rem) % 10
            return head + str(check)
        return _draw(nhi, bool)
    if reg == "za":
        body = yymmdd + str(r.randint(0, 4) if p.female else r.randint(5, 9)) + g.digits(3) + "08"
        v = body + luhn.calc_check_digit(body)
        assert za_idnr.is_valid(v), v
        return r.choice([v, f"{v[:6]} {v[6:10]} {v[10:12]} {v[12]}"])
    if reg == "ng":  # National Identification Number
        return g.digits(11)
    if reg == "in":  # Aadhaar
        v = _draw(lambda: str(r.randint(2, 9)) + g.digits(11), aadhaar.is_valid)
        return r.choice([f"{v[:4]}-{v[4:8]}-{v[8:]}", f"{v[:4]} {v[4:8]} {v[8:]}", v])
    if reg == "ph":
        return r.choice([f"{g.digits(2)}-{g.digits(7)}-{g.digits(1)}", f"{g.digits(3)}-{g.digits(3)}-{g.digits(3)}-000",
                         f"{g.digits(4)}-{g.digits(4)}-{g.digits(4)}-{g.digits(4)}"])
    if reg == "de":  # social (pension) insurance number: area, birth date, initial of the birth name, serial, check digit
        area = r.choice(["12", "13", "15", "18", "24", "28", "40", "53", "65"])
        serial = f"{r.randint(50, 99) if p.female else r.randint(0, 49):02d}"
        initial = next((c for c in _ascii(p.last).upper() if c.isalpha() and c.isascii()), "X")
        digits = area + ddmmyy + f"{ord(initial) - 64:02d}" + serial
        total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(digits, (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)))
        return r.choice([f"{area} {ddmmyy} {initial} {serial}{total % 10}", f"{area}{ddmmyy}{initial}{serial}{total % 10}"])
    if reg == "at":
        v = _draw(lambda: f"{r.randint(1, 9)}{g.digits(3)}{ddmmyy}", at_vnr.is_valid)
        return r.choice([v, f"{v[:4]} {v[4:]}"])
    if reg == "ch":
        body = "756" + g.digits(9)
        v = body + ean.calc_check_digit(body)
        return r.choice([f"{v[:3]}.{v[3:7]}.{v[7:11]}.{v[11:]}", v])
    if reg == "fr":
        dept = r.choice(["56", "24", "82", "11", "89", "88", "42", "41", "49", "47", "71", "53", "35", "62", "75", "69"])

        def make() -> str:
            body = f"{2 if p.female else 1}{dob.year % 100:02d}{dob.month:02d}{dept}{r.randint(1, 400):03d}{r.randint(1, 999):03d}"
            return body + f"{97 - int(body) % 97:02d}"
        v = _draw(make, fr_nir.is_valid)
        return r.choice([f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", v])
    if reg in ("be_fr", "be_nl"):
        def make() -> str:
            serial = r.randrange(2 if p.female else 1, 998, 2)
            base = f"{yymmdd}{serial:03d}"
            check = 97 - int(("2" if dob.year >= 2000 else "") + base) % 97
            return f"{base}{check:02d}"
        v = _draw(make, be_nn.is_valid)
        return r.choice([v, f"{v[:6]} {v[6:9]} {v[9:]}", f"{v[:2]}{v[2:4]}{v[4:6]}-{v[6:9]}-{v[9:]}"])
    if reg == "nl":
        v = _draw(lambda: str(r.randint(1, 9)) + g.digits(8), nl_bsn.is_valid)
        return r.choice([v, f"{v[:4]} {v[4:6]} {v[6:]}", f"{v[:3]}.{v[3:6]}.{v[6:]}"])
    if reg == "es":  # NIE or DNI
        if r.random() < 0.5:
            lead = r.choice("XYZ")
            body = g.digits(7)
            return f"{lead}-{body}-{es_dni.calc_check_digit(str('XYZ'.index(lead)) + body)}"
        body = g.digits(8)
        return r.choice([f"{body[:2]}.{body[2:5]}.{body[5:]}-{es_dni.calc_check_digit(body)}", f"{body} {es_dni.calc_check_digit(body)}"])
    if reg == "mx":
        return _rfc(g, p)
    if reg == "ar":
        def make() -> str:
            body = ("27" if p.female else "20") + str(r.randint(20_000_000, 45_999_999))
            check = ar_cuit.calc_check_digit(body)
            return body + check if len(check) == 1 else ""
        v = _draw(make, lambda s: bool(s) and ar_cuit.is_valid(s))
        return r.choice([f"{v[:2]}-{v[2:10]}-{v[10]}", v])
    if reg == "it":
        return _codice_fiscale(g, p)
    if reg == "pt":
        def make() -> str:
            body = g.digits(8)
            body += _pt_civil_check(body)
            rest = body + g.chars(2, UPPER)
            return rest + pt_cc.calc_check_digit(rest)
        v = _draw(make, pt_cc.is_valid)
        return r.choice([f"{v[:8]} {v[8]} {v[9:]}", v])
    if reg == "br":
        body = g.digits(9)
        full = body + br_cpf._calc_check_digits(body)
        return r.choice([f"{full[:3]}.{full[3:6]}.{full[6:9]}-{full[9:]}", f"{full[:9]}-{full[9:]}"])
    if reg == "pl":
        def make() -> str:
            month = dob.month + (20 if dob.year >= 2000 else 0)
            serial = g.digits(3) + str(r.randrange(0 if p.female else 1, 10, 2))
            body = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{serial}"
            return body + pl_pesel.calc_check_digit(body)
        return _draw(make, pl_pesel.is_valid)
    if reg == "se":
        body = yymmdd + g.digits(2) + str(r.randrange(0 if p.female else 1, 10, 2))
        v = body + luhn.calc_check_digit(body)
        out = f"{dob.year}{dob.month:02d}{dob.day:02d}-{v[6:]}" if r.random() < 0.5 else f"{v[:6]}-{v[6:]}"
        assert se_pnr.is_valid(out), out
        return out
    if reg == "no":
        def make() -> str:
            lo, hi = (0, 499) if dob.year < 2000 else (500, 999)
            ind = r.randint(lo, hi)
            if (ind % 2 == 1) == p.female:
                ind = ind + 1 if ind < hi else ind - 1
            body = f"{ddmmyy}{ind:03d}"
            k1 = no_fnr.calc_check_digit1(body)
            if len(k1) != 1:
                return ""
            k2 = no_fnr.calc_check_digit2(body + k1)
            return body + k1 + k2 if len(k2) == 1 else ""
        v = _draw(make, lambda s: bool(s) and no_fnr.is_valid(s))
        return r.choice([v, f"{v[:6]} {v[6:]}"])
    if reg == "fi":
        ind = r.randrange(3 if not p.female else 2, 899, 2)
        century = "-" if dob.year < 2000 else "A"
        v = f"{ddmmyy}{century}{ind:03d}{fi_hetu._calc_checksum(f'{ddmmyy}{ind:03d}')}"
        assert fi_hetu.is_valid(v), v
        return v
    if reg == "dk":  # the first serial digit gives the century, the last the sex
        century = r.choice("0123") if dob.year < 2000 else "4"
        last = str(r.randrange(0 if p.female else 1, 10, 2))
        v = f"{ddmmyy}-{century}{g.digits(2)}{last}"
        return v if r.random() < 0.7 else v.replace("-", "")
    if reg == "cz":
        if dob.year < 1954:  # nine digits, no check digit, before 1954
            return f"{dob.year % 100:02d}{dob.month + (50 if p.female else 0):02d}{dob.day:02d}/{g.digits(3)}"

        def make() -> str:
            month = dob.month + (50 if p.female else 0)
            head = f"{dob.year % 100:02d}{month:02d}{dob.day:02d}{g.digits(3)}"
            check = int(head) % 11
            return f"{head[:6]}/{head[6:]}{check}" if check < 10 else ""
        return _draw(make, lambda s: bool(s) and cz_rc.is_valid(s))
    if reg == "tr":
        body = str(r.randint(1, 9)) + g.digits(8)
        return body + tr_tck.calc_check_digits(body)
    if reg == "jp":
        body = g.digits(11)
        v = body + jp_in.calc_check_digit(body)
        return r.choice([f"{v[:4]} {v[4:8]} {v[8:]}", v])
    if reg == "kr":
        def make() -> str:
            g_digit = (2 if p.female else 1) + (2 if dob.year >= 2000 else 0)
            body = f"{yymmdd}{g_digit}{r.randint(0, 95):02d}{g.digits(3)}"
            return body + kr_rrn.calc_check_digit(body)
        v = _draw(make, kr_rrn.is_valid)
        return f"{v[:6]}-{v[6:]}"
    raise KeyError(reg)


def _kvnr(g: _Gen) -> str:
    """German health insurance number: a letter, eight digits and a check digit (letter as two digits, weights 1, 2)."""
    letter = g.r.choice(UPPER)
    body = g.digits(8)
    seq = f"{ord(letter) - 64:02d}" + body
    total = sum(sum(divmod(int(c) * w, 10)) for c, w in zip(seq, (1, 2) * 5))
    return f"{letter}{body}{total % 10}"


def _nuss(g: _Gen) -> str:
    """Spanish social security number: province, eight digits, mod-97 check."""
    prov = f"{g.r.randint(1, 52):02d}"
    num = str(g.r.randint(10_000_000, 99_999_999))
    check = f"{int(prov + num) % 97:02d}"
    return g.r.choice([f"{prov}/{num}/{check}", f"{prov} {num} {check}", prov + num + check])


def _pt_civil_check(body: str) -> str:
    """The check digit after the eight-digit civil identification number (mod 11, as on the Cartão de Cidadão)."""
    total = sum(int(c) * w for c, w in zip(body, range(9, 1, -1)))
    check = (11 - total % 11) % 11
    return "0" if check == 10 else str(check)


def _utr(g: _Gen) -> str:
    body = g.digits(9)
    v = gb_utr.calc_check_digit(body) + body
    return g.r.choice([v, f"{v[:5]} {v[5:]}"])


def _rfc(g: _Gen, p: _Person) -> str:
    surnames = [s for s in p.last.split() if s.lower() not in ("de", "del", "la", "los")]
    s1 = "".join(c for c in _ascii(surnames[0]).upper() if c.isalpha()) or "X"
    s2 = "".join(c for c in _ascii(surnames[1] if len(surnames) > 1 else "X").upper() if c.isalpha()) or "X"
    given = p.first.split()
    name = "".join(c for c in _ascii(given[1] if given[0] in ("José", "María") and len(given) > 1 else given[0]).upper() if c.isalpha())
    vowel = next((c for c in s1[1:] if c in "AEIOU"), "X")
    head = f"{s1[0]}{vowel}{s2[0]}{name[0]}{p.dob.year % 100:02d}{p.dob.month:02d}{p.dob.day:02d}"

    def make() -> str:
        body = head + g.chars(1, "123456789ABCDEFGHIJKLMNPQRSTUV") + g.chars(1, "123456789ABCDEFGHIJKLMNPQRSTUVWXYZ")
        return body + mx_rfc.calc_check_digit(body)
    try:
        return _draw(make, lambda s: mx_rfc.is_valid(s, validate_check_digits=True))
    except RuntimeError:  # a blacklisted four-letter head: such people get a passport number instead
        return "G" + g.digits(8)


_CF_MONTHS = "ABCDEHLMPRST"
_CF_COMUNI = ("A952|L378|A271|G482|I452|E472|F952|M082|I726|F052|B963|H163|F205|H501|L219|D612")


def _cf_part(word: str, is_name: bool) -> str:
    letters = "".join(c for c in _ascii(word).upper() if c.isalpha())
    cons = [c for c in letters if c not in "AEIOU"]
    vows = [c for c in letters if c in "AEIOU"]
    if is_name and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return "".join(cons + vows + ["X", "X", "X"])[:3]


def _codice_fiscale(g: _Gen, p: _Person) -> str:
    dob = p.dob
    body = (_cf_part(p.last, False) + _cf_part(p.first, True) + f"{dob.year % 100:02d}" + _CF_MONTHS[dob.month - 1]
            + f"{dob.day + (40 if p.female else 0):02d}" + g.pick(_CF_COMUNI))
    v = body + it_cf.calc_check_digit(body)
    assert it_cf.is_valid(v), v
    return v


def _passport(g: _Gen, p: _Person) -> str:
    r = g.r
    reg = p.region
    up_no_io = "ABCDEFGHJKLMNPRSTUVWXYZ"
    shapes = {
        "us": lambda: r.choice([g.digits(9), r.choice(up_no_io) + g.digits(8)]), "ca": lambda: g.chars(2, up_no_io) + g.digits(6),
        "qc": lambda: g.chars(2, up_no_io) + g.digits(6), "gb": lambda: str(r.randint(1, 9)) + g.digits(8),
        "ie": lambda: g.chars(2, up_no_io) + g.digits(7), "au": lambda: r.choice(["P", "N", "R"]) + r.choice(up_no_io) + g.digits(7),
        "nz": lambda: g.chars(2, up_no_io) + g.digits(6), "za": lambda: "A" + g.digits(8), "ng": lambda: r.choice("ABD") + g.digits(8),
        "in": lambda: r.choice(up_no_io) + str(r.randint(1, 9)) + g.digits(6), "ph": lambda: "P" + g.digits(7) + r.choice("ABC"),
        "de": lambda: "C" + g.chars(8, "CFGHJKLMNPRTVWXYZ0123456789"), "at": lambda: "P" + g.digits(7), "ch": lambda: r.choice("SX") + g.digits(7),
        "fr": lambda: g.digits(2) + g.chars(2, up_no_io) + g.digits(5), "be_fr": lambda: g.chars(2, up_no_io) + g.digits(6),
        "be_nl": lambda: g.chars(2, up_no_io) + g.digits(6), "nl": lambda: g.chars(2, up_no_io) + g.chars(6, up_no_io + string.digits) + g.digits(1),
        "es": lambda: g.chars(3, up_no_io) + g.digits(6), "mx": lambda: r.choice("GN") + g.digits(8),
        "ar": lambda: g.chars(3, up_no_io) + g.digits(6), "it": lambda: g.chars(2, up_no_io) + g.digits(7),
        "pt": lambda: r.choice(up_no_io) + g.digits(6), "br": lambda: g.chars(2, up_no_io) + g.digits(6),
        "pl": lambda: g.chars(2, up_no_io) + g.digits(7), "se": lambda: g.digits(8), "no": lambda: g.chars(2, up_no_io) + g.digits(7),
        "fi": lambda: g.chars(2, up_no_io) + g.digits(7), "dk": lambda: g.digits(9), "cz": lambda: g.digits(8),
        "tr": lambda: r.choice("UZ") + g.digits(8), "jp": lambda: g.chars(2, up_no_io) + g.digits(7), "kr": lambda: "M" + g.digits(8),
    }
    return shapes[reg]()


def _ssn(g: _Gen) -> str:
    r = g.r
    while True:
        area, group, serial = r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999)
        if area != 666 and (area, group, serial) not in ((78, 5, 1120), (123, 45, 6789), (219, 9, 9999)):
            break
    return r.choice([f"{area:03d}-{group:02d}-{serial:04d}", f"{area:03d}-{group:02d}-{serial:04d}", f"{area:03d} {group:02d} {serial:04d}",
                     f"{area:03d}{group:02d}{serial:04d}"])


# --- money ---

_IBAN_SPECS = {"DE": "8n10n", "AT": "5n11n", "CH": "5n12c", "FR": "5n5n11c2n", "BE": "3n7n2n", "NL": "4a10n", "ES": "4n4n1n1n10n",
               "IT": "1a5n5n12c", "PT": "4n4n11n2n", "GB": "4a6n8n", "IE": "4a6n8n", "PL": "8n16n", "SE": "3n16n1n", "NO": "4n6n1n",
               "FI": "3n11n", "DK": "4n9n1n", "CZ": "4n6n10n", "TR": "5n1n16c", "BR": "8n5n10n1a1c", "LU": "3n13c", "GR": "3n4n16c"}
_BANK_CODES = {"NL": "RBRB|FVLB|HAND|BUNQ|NNBA|ABNA|INGB", "GB": "BUKB|NAIA|SRLG|CLRB|TSBS|COUK|NWBK", "IE": "BOFI|AIBK|ULSB|IPBS"}
_REGION_IBAN = {"de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be_fr": "BE", "be_nl": "BE", "nl": "NL", "es": "ES", "it": "IT",
                "pt": "PT", "gb": "GB", "ie": "IE", "pl": "PL", "se": "SE", "no": "NO", "fi": "FI", "dk": "DK", "cz": "CZ", "tr": "TR",
                "br": "BR"}


def _iban(g: _Gen, region: str | None) -> str:
    r = g.r
    country = _REGION_IBAN.get(region or "") or g.pick(list(_IBAN_SPECS))
    spec = _IBAN_SPECS[country]
    for _ in range(5000):
        bban, i = "", 0
        while i < len(spec):
            j = i
            while spec[j].isdigit():
                j += 1
            alphabet = {"n": string.digits, "a": UPPER, "c": string.digits if r.random() < 0.85 else UPPER + string.digits}[spec[j]]
            bban += g.chars(int(spec[i:j]), alphabet)
            i = j + 1
        if country in _BANK_CODES:
            bban = g.pick(_BANK_CODES[country]) + bban[4:]
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        value = f"{country}{98 - int(numeric) % 97:02d}{bban}"
        if stdnum_iban.is_valid(value):
            break
    else:
        raise RuntimeError(country)
    style = r.random()
    if style < 0.6:
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    if style < 0.9:
        return value
    return "-".join(value[i:i + 4] for i in range(0, len(value), 4))


def _card(g: _Gen) -> str:
    r = g.r
    prefix, length = r.choice([
        ("4", 16), ("4", 16), ("4", 16), (str(r.randint(51, 55)), 16), (str(r.randint(2221, 2720)), 16), ("34", 15), ("37", 15),
        ("6011", 16), (str(r.randint(644, 649)), 16), (str(r.randint(3528, 3589)), 16), ("36", 14), ("62", 19), ("62", 16),
        (str(r.randint(2200, 2204)), 16), (r.choice(["6521", "6522", "508"]), 16), (r.choice(["636368", "504175", "650031"]), 16),
        ("606282", 16), ("9792", 16), ("5019", 16), (r.choice(["6759", "6761", "5018"]), r.choice([16, 18, 19]))])
    body = prefix + g.digits(length - len(prefix) - 1)
    number = body + luhn.calc_check_digit(body)
    sep = r.choice([" ", " ", " ", "-", ""])
    if length in (14, 15):
        return sep.join((number[:4], number[4:10], number[10:]))
    if length == 19 and r.random() < 0.3:
        return sep.join((number[:6], number[6:]))
    return sep.join(number[i:i + 4] for i in range(0, length, 4))


# --- network ---

_V6_PREFIXES = ("2a02:908", "2a01:e0a", "2003:e6", "2605:a601", "2401:4900", "2804:7f0", "2a00:1370", "2001:ac8", "2400:4050")


def _ip(g: _Gen, kind: str) -> Parts:
    r = g.r
    if kind == "any":
        kind = r.choice(["pub", "pub", "priv", "cgnat", "v6"])
    if kind == "port":
        return _ip(g, r.choice(["pub", "priv"])) + [(f":{r.choice([22, 2222, 8443, 3389, 9200, 5601, 1194, 51820])}", None)]
    if kind == "cidr":
        return _ip(g, "pub") + [("/32", None)]
    if kind == "priv":
        first = r.choice([10, 172, 192])
        second = {192: 168, 172: r.randint(16, 31)}.get(first, r.randint(0, 255))
        return [(f"{first}.{second}.{r.randint(0, 255)}.{r.randint(2, 254)}", "IP_ADDRESS")]
    if kind == "cgnat":
        return [(f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP_ADDRESS")]
    if kind in ("v6", "ll"):
        if kind == "ll":
            groups = ["fe80", "0", "0", "0"] + [f"{r.randint(0, 0xFFFF):x}" for _ in range(4)]
            return [(ipaddress.IPv6Address(":".join(groups)).compressed, "IP_ADDRESS"), (f"%{r.choice(['eth0', 'en0', 'wlan0'])}", None)]
        prefix = r.choice(_V6_PREFIXES).split(":")
        groups = prefix + [f"{r.randint(0, 0xFFFF):x}" for _ in range(8 - len(prefix))]
        if r.random() < 0.3:
            groups[-4:-1] = ["0", "0", "0"]
        value = ipaddress.IPv6Address(":".join(groups))
        return [(value.compressed if r.random() < 0.85 else value.exploded, "IP_ADDRESS")]
    while True:
        value = f"{r.randint(2, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        addr = ipaddress.IPv4Address(value)
        if addr.is_global and not value.startswith(("8.8.", "1.1.1.", "1.0.0.", "9.9.9.")):
            return [(value, "IP_ADDRESS")]


# --- secrets ---

def _jwt(g: _Gen, header: dict, payload: dict, sig_bytes: int) -> str:
    return ".".join((_b64url(json.dumps(header, separators=(",", ":")).encode()), _b64url(json.dumps(payload, separators=(",", ":")).encode()),
                     _b64url(g.r.randbytes(sig_bytes))))


def _id_token(g: _Gen, p: _Person | None, email: str | None) -> str:
    r = g.r
    now = r.randint(1_700_000_000, 1_800_000_000)
    if r.random() < 0.5:
        project = r.choice(["tidy-tasks-prod", "petpal-app", "rota-planner-4f2c1"])
        payload = {"iss": f"https://securetoken.google.com/{project}", "aud": project, "auth_time": now, "user_id": g.chars(28),
                   "sub": g.chars(28), "iat": now, "exp": now + 3600, "email": email or f"{g.chars(7, string.ascii_lowercase)}@gmail.com",
                   "email_verified": True}
        if p is not None:
            payload["name"] = p.full
        return _jwt(g, {"alg": "RS256", "kid": g.chars(40, HEX), "typ": "JWT"}, payload, 256)
    payload = {"sub": str(uuid_from(g)), "cognito:groups": ["customers"],
               "iss": f"https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_{g.chars(9)}",
               "cognito:username": str(uuid_from(g)), "origin_jti": str(uuid_from(g)), "token_use": "id", "auth_time": now, "exp": now + 3600,
               "iat": now, "email": email or f"{g.chars(6, string.ascii_lowercase)}@outlook.com"}
    return _jwt(g, {"kid": _b64url(g.r.randbytes(32)) + "=", "alg": "RS256"}, payload, 256)


def uuid_from(g: _Gen) -> str:
    h = g.chars(32, HEX)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{g.r.choice('89ab')}{h[17:20]}-{h[20:]}"


def _next_auth(g: _Gen) -> str:
    header = _b64url(b'{"alg":"dir","enc":"A256GCM"}')
    return f"{header}..{g.chars(16, URLSAFE)}.{g.chars(g.r.randint(300, 420), URLSAFE)}.{g.chars(22, URLSAFE)}"


def _mapbox(g: _Gen, prefix: str) -> str:
    user = g.pick("tidytrails|mapco-ops|fleetview|hikebase|bikeshare-dev")
    payload = json.dumps({'u': user, 'a': g.chars(25, string.ascii_lowercase + string.digits)}, separators=(',', ':'))
    return f"{prefix}.{_b64url(payload.encode())}.{g.chars(22, URLSAFE)}"


def _sentry_org(g: _Gen) -> str:
    payload = {"iat": g.r.randint(1_700_000_000, 1_780_000_000) + 0.5, "url": "https://sentry.io", "region_url": "https://de.sentry.io",
               "org": g.pick("tidytasks|petpal|rotaplanner|kiwi-freight")}
    return f"sntrys_{_b64url(json.dumps(payload, separators=(',', ':')).encode())}_{g.chars(43, AN + '+/')}"


_SECRETS: dict[str, Callable[[_Gen], str]] = {
    "openai": lambda g: f"sk-proj-{g.chars(156, URLSAFE)}",
    "anthropic": lambda g: "sk-ant-api03-" + g.chars(93, URLSAFE) + "AA",
    "github": lambda g: g.r.choice(["ghp_", "gho_"]) + g.chars(36),
    "aws_id": lambda g: "AKIA" + g.chars(16, UPPER + "234567"),
    "aws_secret": lambda g: g.chars(40, AN + "/+"),
    "twilio": lambda g: g.chars(32, HEX),
    "mailchimp": lambda g: f"{g.chars(32, HEX)}-us{g.r.randint(1, 21)}",
    "postmark": lambda g: uuid_from(g),
    "datadog_api": lambda g: g.chars(32, HEX),
    "datadog_app": lambda g: g.chars(40, HEX),
    "newrelic": lambda g: "NRAK-" + g.chars(27, UPPER + string.digits),
    "sentry_user": lambda g: "sntryu_" + g.chars(64, HEX),
    "sentry_org": _sentry_org,
    "cloudflare": lambda g: g.chars(40, URLSAFE),
    "cf_global": lambda g: g.chars(37, HEX),
    "okta": lambda g: "00" + g.chars(40, URLSAFE),
    "auth0": lambda g: g.chars(64, URLSAFE),
    "fcm": lambda g: f"AAAA{g.chars(7, URLSAFE)}:APA91b{g.chars(134, URLSAFE)}",
    "square": lambda g: "EAAA" + g.chars(60, URLSAFE),
    "square_app": lambda g: "sq0csp-" + g.chars(43, URLSAFE),
    "braintree": lambda g: f"access_token$production${g.chars(16, string.ascii_lowercase + string.digits)}${g.chars(32, HEX)}",
    "shopify": lambda g: g.r.choice(["shpss_", "shpca_", "shppa_"]) + g.chars(32, HEX),
    "mollie": lambda g: "live_" + g.chars(30),
    "razorpay": lambda g: g.chars(24),
    "paystack": lambda g: "sk_live_" + g.chars(40, HEX),
    "tfc": lambda g: f"{g.chars(14)}.atlasv1.{g.chars(67)}",
    "vault_batch": lambda g: "hvb.AAAAAQ" + g.chars(g.r.randint(120, 160), URLSAFE),
    "pulumi": lambda g: "pul-" + g.chars(40, HEX),
    "doppler": lambda g: f"dp.st.{g.r.choice(['prd', 'dev', 'stg'])}.{g.chars(40)}",
    "netlify": lambda g: "nfp_" + g.chars(36),
    "supabase": lambda g: "sbp_" + g.chars(40, HEX),
    "planetscale": lambda g: "pscale_tkn_" + g.chars(43, URLSAFE),
    "bitbucket": lambda g: "ATBB" + g.chars(24) + g.chars(8, "0123456789ABCDEF"),
    "asana": lambda g: f"2/{g.digits(16)}/{g.digits(16)}:{g.chars(32, HEX)}",
    "notion": lambda g: g.r.choice([lambda: "ntn_" + g.digits(11) + g.chars(35), lambda: "secret_" + g.chars(43)])(),
    "airtable": lambda g: f"pat{g.chars(14)}.{g.chars(64, HEX)}",
    "figma": lambda g: "figd_" + g.chars(40, URLSAFE),
    "dropbox": lambda g: "sl.u." + g.chars(g.r.randint(130, 150), URLSAFE),
    "mapbox": lambda g: _mapbox(g, "sk"),
    "algolia_admin": lambda g: g.chars(32, HEX),
    "contentful": lambda g: "CFPAT-" + g.chars(43, URLSAFE),
    "hubspot": lambda g: f"pat-{g.r.choice(['na1', 'eu1'])}-{uuid_from(g)}",
    "intercom": lambda g: base64.b64encode(f"tok:{uuid_from(g)}:1:0".encode()).decode(),
    "zendesk": lambda g: g.chars(40),
    "salesforce": lambda g: f"00D{g.chars(12)}!AQ{g.chars(2)}AQ{g.chars(g.r.randint(90, 110), AN + '._')}",
    "wireguard": lambda g: base64.b64encode(g.r.randbytes(32)).decode(),
    "heroku": lambda g: uuid_from(g),
    "expo": lambda g: g.chars(40, URLSAFE),
    "onesignal": lambda g: "os_v2_app_" + g.chars(100, string.ascii_lowercase + "234567"),
    "launchdarkly": lambda g: "sdk-" + uuid_from(g),
    "pagerduty": lambda g: "u+" + g.chars(18, URLSAFE),
    "id_token": lambda g: _id_token(g, None, None),
    "docker_b64": lambda g: base64.b64encode(f"{g.pick('ci-bot|deploy|robot$pull')}:{_password(g, 'random')}".encode()).decode(),
}
_ANY_SECRET = ("openai", "anthropic", "github", "twilio", "mailchimp", "datadog_api", "newrelic", "sentry_user", "sentry_org", "cloudflare",
               "okta", "square", "braintree", "shopify", "mollie", "paystack", "tfc", "pulumi", "doppler", "netlify", "supabase",
               "planetscale", "bitbucket", "asana", "notion", "airtable", "figma", "dropbox", "mapbox", "contentful", "hubspot", "zendesk",
               "launchdarkly", "fcm", "vault_batch", "onesignal", "intercom", "salesforce", "id_token")


def _password(g: _Gen, kind: str = "any", lang: str = "en") -> str:
    r = g.r
    if kind == "any":
        kind = r.choice(["pet", "kbd", "phrase", "random", "local", "default", "leet", "date"])
    words = PASSWORD_WORDS.get(lang, PASSWORD_WORDS["en"])
    if kind == "pet":
        return f"{g.pick(words)}{r.randint(1, 2024)}{r.choice(['!', '!!', '#', '', '?', '$'])}"
    if kind == "kbd":
        return f"{g.pick(KEYBOARD_WALKS)}{r.choice(['!', '#', '@', ''])}{r.randint(1, 999)}"
    if kind == "phrase":
        sep = r.choice(["-", ".", " ", "_"])
        return sep.join(g.pick(PASSPHRASE_WORDS) for _ in range(r.randint(3, 4))) + (str(r.randint(1, 99)) if r.random() < 0.5 else "")
    if kind == "random":
        return g.chars(r.randint(14, 24), AN + "!#%&*+-=?@^_~")
    if kind == "local":
        lang_words = PASSWORD_WORDS[r.choice(list(PASSWORD_WORDS))]
        return f"{g.pick(lang_words)}{r.choice(['', '_', '.'])}{r.randint(1, 99)}{r.choice(['!', '*', '', '#'])}"
    if kind == "default":
        return f"{r.choice(['Welcome', 'Spring', 'Autumn', 'Company', 'Start', 'Temp'])}{r.randint(2019, 2026)}{r.choice(['!', '#', '*'])}"
    if kind == "leet":
        w = g.pick(words).lower().translate(str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}))
        return w.capitalize() + r.choice(["!", "@", "#"]) + str(r.randint(10, 99))
    if kind == "date":
        return f"{g.pick(words)}{r.randint(1, 28):02d}{r.randint(1, 12):02d}{r.choice(['!', '', '.'])}"
    if kind == "wifi":
        return r.choice([g.chars(r.randint(12, 16), "abcdefghjkmnpqrstuvwxyz23456789"), f"{g.pick(words)}{g.digits(4)}{g.pick(words)}",
                         "-".join(g.chars(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4))])
    if kind == "pin":
        return g.digits(r.choice([4, 6]))
    if kind == "url":
        return r.choice([g.chars(r.randint(14, 24), AN + "-_.~"),
                         f"{g.pick(PASSPHRASE_WORDS)}{g.pick(PASSPHRASE_WORDS).capitalize()}{r.randint(10, 999)}"])
    raise KeyError(kind)


def _secret(g: _Gen, kind: str, state: dict) -> Parts:
    if kind == "any":
        kind = g.r.choice(_ANY_SECRET)
    if kind == "id_token_p":  # an id token carrying the writer's own name and e-mail
        p = state.get("people", {}).get("P")
        email = p.cache.get("email") if p else None
        return [(_id_token(g, p, email if isinstance(email, str) else None), "SECRET")]
    if kind == "next_auth":
        return [(_next_auth(g), "SECRET")]
    return [(_SECRETS[kind](g), "SECRET")]


def _conn(g: _Gen, kind: str) -> Parts:
    """Connection strings; only the secret (user:password in a URL, the password elsewhere) is labelled."""
    r = g.r
    user = g.pick("billing_app|crm_svc|etl_writer|metabase_ro|wp_prod|orders_rw|airflow|keycloak|svc_reports|hasura")
    pw = _password(g, "url")
    if kind == "jdbc":
        return [(f"jdbc:postgresql://db-{g.pick('prod|primary|pg01')}.internal:5432/{g.pick('billing|crm|orders')}?user={user}&password=", None),
                (pw, "SECRET"), ("&sslmode=require", None)]
    if kind == "ado":
        return [(f"Server=tcp:sql-{g.pick('crm|erp|hr')}-01.corp.local,1433;Initial Catalog={g.pick('crm|erp|hr')};User ID={user};Password=", None),
                (pw, "SECRET"), (";Encrypt=True;TrustServerCertificate=False;", None)]
    if kind == "mongo":
        return [("mongodb+srv://", None), (f"{user}:{pw}", "SECRET"),
                (f"@cluster-{g.pick('prod|main|eu')}.{g.chars(5, string.ascii_lowercase + string.digits)}.mongodb.net/"
                                                                       f"{g.pick('app|orders|events')}?retryWrites=true&w=majority", None)]
    if kind == "redis":
        return [(r.choice(["redis://:", "rediss://:"]), None), (pw, "SECRET"), (f"@cache-{g.chars(4, HEX)}.internal:6379/0", None)]
    if kind == "mssql":
        return [("mssql+pyodbc://", None), (f"{user}:{pw}", "SECRET"),
                (f"@sql{r.randint(1, 9):02d}.corp.local/erp?driver=ODBC+Driver+18+for+SQL+Server", None)]
    if kind == "kafka":
        return [(f'org.apache.kafka.common.security.plain.PlainLoginModule required username="{user}" password="', None), (pw, "SECRET"),
                ('";', None)]
    if kind == "amqp":
        return [("amqps://", None), (f"{user}:{pw}", "SECRET"), (f"@rabbit-{g.pick('a|b|c')}.internal:5671/{g.pick('orders|jobs|%2F')}", None)]
    if kind == "neon":
        return [("postgresql://", None), (f"neondb_owner:npg_{g.chars(12)}", "SECRET"),
                (f"@ep-{g.pick('cool|quiet|misty|bold')}-{g.pick('darkness|river|sun|field')}-{g.digits(6)}"
                  f".eu-central-1.aws.neon.tech/neondb?sslmode=require", None)]
    if kind == "pscale":
        return [("mysql://", None), (f"{g.chars(12, string.ascii_lowercase + string.digits)}:pscale_pw_{g.chars(43, URLSAFE)}", "SECRET"),
                ("@aws.connect.psdb.cloud/shop?sslaccept=strict", None)]
    if kind == "ftp":
        return [(r.choice(["ftp://", "sftp://"]), None), (f"{user}:{pw}", "SECRET"),
                (f"@files.{g.pick('printshop|studio|agency')}-host.net:21/uploads", None)]
    raise KeyError(kind)


def _cookie(g: _Gen, kind: str) -> Parts:
    """A Cookie header value; the session cookie's value is the secret."""
    r = g.r
    extra = r.choice(["lang=en-GB; ", "theme=dark; ", "cookie_consent=essential; ", "sidebar=collapsed; ", ""])
    if kind == "any":
        kind = r.choice(["django", "php", "express", "laravel", "java", "rails", "aspnet", "nextauth", "wordpress"])
    if kind == "django":
        return [(f"{extra}sessionid=", None), (g.chars(32, string.ascii_lowercase + string.digits), "SECRET")]
    if kind == "php":
        return [(f"{extra}PHPSESSID=", None), (g.chars(26, "abcdefghijklmnopqrstuv0123456789"), "SECRET")]
    if kind == "express":
        return [(f"{extra}connect.sid=", None), (f"s%3A{g.chars(32, URLSAFE)}.{g.chars(43, AN)}%2B{g.chars(5, AN)}", "SECRET")]
    if kind == "laravel":
        value = base64.b64encode(json.dumps({"iv": g.chars(24, AN + "+/"), "value": g.chars(80, AN + "+/"), "mac": g.chars(64, HEX), "tag": ""},
                                            separators=(",", ":")).encode()).decode().replace("=", "%3D")
        return [(f"{extra}laravel_session=", None), (value, "SECRET")]
    if kind == "java":
        return [(f"{extra}JSESSIONID=", None), (g.chars(32, "0123456789ABCDEF"), "SECRET")]
    if kind == "rails":
        return [(f"{extra}_{g.pick('shop|portal|admin')}_session=", None),
                (f"{g.chars(r.randint(180, 260), AN + '+/').rstrip('/')}%3D%3D--{g.chars(16, AN)}--{g.chars(22, AN)}%3D%3D", "SECRET")]
    if kind == "aspnet":
        return [(f"{extra}.AspNetCore.Cookies=", None), ("CfDJ8" + g.chars(r.randint(300, 380), URLSAFE), "SECRET")]
    if kind == "nextauth":
        return [(f"{extra}__Secure-next-auth.session-token=", None), (_next_auth(g), "SECRET")]
    if kind == "wordpress":
        return [(f"{extra}wordpress_logged_in_{g.chars(32, HEX)}=", None),
                (f"{g.pick('admin|editor|shopmanager')}%7C{r.randint(1_700_000_000, 1_800_000_000)}"
                 f"%7C{g.chars(43, AN)}%7C{g.chars(64, HEX)}", "SECRET")]
    raise KeyError(kind)


def _signed_url(g: _Gen, kind: str) -> Parts:
    """Pre-signed links: the access key id and signature are labelled; machine timestamps inside the query are not."""
    r = g.r
    if kind == "any":
        kind = r.choice(["s3", "cloudfront", "reset"])
    if kind == "s3":
        d = _random_date(g)
        ymd = f"{d.year}{d.month:02d}{d.day:02d}"
        region = g.pick("eu-west-1|eu-central-1|us-east-2|ap-southeast-2")
        return [(f"https://{g.pick('claims-uploads|hr-documents|tenant-files|crash-dumps')}.s3.{region}.amazonaws.com/"
                 f"{g.pick('uploads|exports|attachments')}/{uuid_from(g)}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=", None),
                ("AKIA" + g.chars(16, UPPER + "234567"), "SECRET"),
                (f"%2F{ymd}%2F{region}%2Fs3%2Faws4_request&X-Amz-Date={ymd}T{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}Z"
                 f"&X-Amz-Expires={r.choice([300, 3600, 86400, 604800])}&X-Amz-SignedHeaders=host&X-Amz-Signature=", None),
                (g.chars(64, HEX), "SECRET")]
    if kind == "cloudfront":
        return [(f"https://{g.chars(14, string.ascii_lowercase + string.digits)}"
                 f".cloudfront.net/{g.pick('videos|invoices|scans')}/{g.chars(12, AN)}.mp4"
                 f"?Expires={r.randint(1_700_000_000, 1_800_000_000)}&Signature=", None),
                (g.chars(r.randint(160, 180), AN + "~-_"), "SECRET"),
                (f"&Key-Pair-Id=K{g.chars(13, UPPER + string.digits)}", None)]
    if kind == "reset":
        return [(f"https://{g.pick('app.tidytasks.io|my.petpal.app|portal.rotaplanner.com|account.quillmark.co')}/"
                 f"{g.pick('reset-password|auth/magic-link|invite/accept|verify-email')}?token=", None),
                (g.r.choice([g.chars(64, HEX), g.chars(43, URLSAFE)]), "SECRET")]
    raise KeyError(kind)


# --- hard negatives (never labelled) ---

def _vin(g: _Gen) -> str:
    values = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = list(g.pick("WVW|WBA|VF1|ZFA|SJN|1HG|JTD|KMH|YV1|TMB") + g.chars(14, alphabet))
    body[8] = "0"
    check = sum(values[c] * w for c, w in zip(body, weights)) % 11
    body[8] = "X" if check == 10 else str(check)
    return "".join(body)


def _ean13(g: _Gen) -> str:
    body = g.pick("400|500|871|800|590|730") + g.digits(9)
    return body + ean.calc_check_digit(body)


_NEGATIVES: dict[str, Callable[[_Gen], str]] = {
    "stripe_cus": lambda g: "cus_" + g.chars(14),
    "stripe_pi": lambda g: "pi_3" + g.chars(23),
    "stripe_evt": lambda g: "evt_1" + g.chars(23),
    "stripe_cs": lambda g: "cs_live_a1" + g.chars(56),
    "stripe_price": lambda g: "price_1" + g.chars(23),
    "mollie_tr": lambda g: "tr_" + g.chars(10),
    "twilio_sid": lambda g: "AC" + g.chars(32, HEX),
    "twilio_msg": lambda g: "SM" + g.chars(32, HEX),
    "jira": lambda g: f"{g.pick('PLAT|OPS|CS|MOB|INFRA|BILL')}-{g.r.randint(100, 9999)}",
    "linear": lambda g: f"{g.pick('ENG|APP|WEB|SUP')}-{g.r.randint(10, 2999)}",
    "sentry_issue": lambda g: f"{g.pick('BACKEND|MOBILE-APP|WEB-FRONTEND|WORKER')}-{g.chars(g.r.randint(2, 4), '0123456789ABCDEFGHJKMNPQRSTVWXYZ')}",
    "dd_monitor": lambda g: str(g.r.randint(10_000_000, 199_999_999)),
    "k8s_uid": lambda g: uuid_from(g),
    "uuid": lambda g: uuid_from(g),
    "digest": lambda g: "sha256:" + g.chars(64, HEX),
    "semver": lambda g: g.r.choice([f"{g.r.randint(0, 9)}.{g.r.randint(0, 30)}.{g.r.randint(0, 20)}",
                                    f"v{g.r.randint(1, 3)}.{g.r.randint(0, 19)}.{g.r.randint(0, 9)}",
                                    f"{g.r.randint(1, 5)}.{g.r.randint(0, 9)}.{g.r.randint(0, 9)}-beta.{g.r.randint(1, 9)}"]),
    "build": lambda g: f"{g.r.randint(1, 9)}.{g.r.randint(0, 40)}.{g.r.randint(0, 9)} ({g.r.randint(100, 9999)})",
    "tf_addr": lambda g: g.pick("aws_db_instance.main|module.vpc.aws_subnet.private[1]|google_sql_database_instance.primary|"
                                "azurerm_key_vault_secret.api|cloudflare_record.www|helm_release.ingress_nginx"),
    "request_id": lambda g: g.r.choice([g.chars(32, HEX), f"req_{g.chars(14, AN)}",
                                        f"{g.chars(8, HEX)}-{g.chars(4, HEX)}-{g.chars(4, HEX)}-{g.chars(4, HEX)}-{g.chars(12, HEX)}"]),
    "trace_id": lambda g: g.chars(32, HEX),
    "node": lambda g: f"ip-10-{g.r.randint(0, 255)}-{g.r.randint(0, 255)}-{g.r.randint(1, 254)}.eu-west-1.compute.internal"
                      if g.r.random() < 0.5 else f"gke-prod-pool-{g.chars(8, HEX)}-{g.chars(4, string.ascii_lowercase + string.digits)}",
    "pod": lambda g: f"{g.pick('checkout|api|worker|notifier|web')}-{g.chars(10, 'bcdfghjklmnpqrstvwxz2456789')}"
                     f"-{g.chars(5, 'bcdfghjklmnpqrstvwxz2456789')}",
    "vin": _vin,
    "ean": _ean13,
    "isbn": lambda g: g.pick("978-0-14-143951-8|978-3-16-148410-0|978-0-262-04630-5|978-1-4028-9462-6|978-84-376-0494-7"),
    "policy": lambda g: g.r.choice([f"POL-{g.digits(8)}", f"{g.chars(3, UPPER)}/{g.digits(6)}/{g.r.randint(20, 26)}", f"HH{g.digits(9)}"]),
    "claim": lambda g: g.r.choice([f"CLM-{g.r.randint(2021, 2026)}-{g.digits(6)}", f"{g.digits(2)}-{g.digits(7)}-{g.chars(1, UPPER)}"]),
    "case": lambda g: g.r.choice([f"{g.r.randint(1, 9)}:{g.r.randint(20, 26)}-cv-{g.digits(5)}",
                                  f"{g.chars(2, UPPER)}{g.r.randint(20, 26)}C{g.digits(5)}",
                                  f"{g.r.randint(1, 99)} C {g.r.randint(100, 9999)}/{g.r.randint(20, 26)}"]),
    "crimeref": lambda g: g.r.choice([f"CR/{g.digits(6)}/{g.r.randint(20, 26)}", f"{g.digits(2)}/{g.digits(5)}/{g.r.randint(20, 26)}",
                                      f"IR-{g.digits(8)}"]),
    "ticket": lambda g: g.r.choice([f"#{g.r.randint(10000, 999999)}", f"SUP-{g.r.randint(1000, 99999)}", f"CS{g.digits(7)}"]),
    "order": lambda g: g.r.choice([f"#{g.r.randint(1000, 99999)}", f"ORD-{g.digits(8)}", f"{g.digits(3)}-{g.digits(7)}", f"W{g.digits(9)}"]),
    "invoice": lambda g: g.r.choice([f"INV-{g.r.randint(2022, 2026)}-{g.digits(4)}", f"RE{g.digits(6)}",
                                     f"F{g.r.randint(2022, 2026)}/{g.digits(4)}"]),
    "member": lambda g: g.r.choice([f"M{g.digits(6)}", f"{g.digits(8)}", f"GYM-{g.digits(5)}"]),
    "applicant": lambda g: g.r.choice([f"APP{g.digits(7)}", f"{g.r.randint(20, 26)}-{g.digits(6)}"]),
    "microchip": lambda g: g.pick("981|985|941|900|956") + g.digits(12),
    "tracking": lambda g: g.r.choice([f"{g.chars(2, UPPER)}{g.digits(9)}GB", f"JJD{g.digits(18)}", f"3S{g.chars(4, UPPER)}{g.digits(7)}",
                                      f"1Z{g.chars(6, UPPER + string.digits)}{g.digits(10)}"]),
    "flight": lambda g: f"{g.pick('LH|BA|AF|IB|AZ|KL|TP|LO|SK|AY|TK')} {g.r.randint(10, 2999)}",
    "mandate": lambda g: f"{g.pick('MNDT|SEPA|DD')}-{g.chars(10, UPPER + string.digits)}",
    "creditor_id": lambda g: g.pick("DE98ZZZ09999999999|NL32ZZZ999999991234|FR72ZZZ123456|IT66ZZZA1B2C3D4E5F6G7H8|ES59000B12345678"),
    "bic": lambda g: g.pick("GENODEF1S02|BPOTBEB1|CCRIES2A|BCITITMM|ABNANL2A|BBRUBEBB|PKOPPLPW|NDEASESS|DABAIE2D|RZBAATWW"),
    "aba": lambda g: g.pick("021000021|011000138|121000358|026009593"),
    "mapbox_pk": lambda g: _mapbox(g, "pk"),
    "razorpay_id": lambda g: "rzp_live_" + g.chars(14),
    "ga_id": lambda g: "G-" + g.chars(10, UPPER + string.digits),
    "sentry_dsn": lambda g: f"https://{g.chars(32, HEX)}@o{g.r.randint(100000, 4500000)}.ingest.{g.pick('us.|de.|')}"
                            f"sentry.io/{g.r.randint(10 ** 15, 10 ** 16)}",
    "ansible_vault": lambda g: "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(g.chars(80, "0123456789abcdef") for _ in range(g.r.randint(3, 5))),
    "wg_pub": lambda g: base64.b64encode(g.r.randbytes(32)).decode(),
    "ssh_fp": lambda g: "SHA256:" + base64.b64encode(g.r.randbytes(32)).decode().rstrip("="),
    "famous_person": lambda g: g.pick(FAMOUS_PEOPLE),
    "famous_company": lambda g: g.pick(FAMOUS_COMPANIES),
    "famous_place": lambda g: g.pick(FAMOUS_PLACES),
    "cocktail": lambda g: g.pick(COCKTAILS),
    "eponym": lambda g: g.pick(EPONYMS),
    "dish": lambda g: g.pick(DISHES),
    "placeholder_name": lambda g: g.pick(PLACEHOLDER_NAMES),
    "docurl": lambda g: g.pick(DOC_URLS),
    "example_card": lambda g: g.pick(EXAMPLE_CARDS),
    "example_iban": lambda g: g.pick(EXAMPLE_IBANS),
    "fiction_phone": lambda g: g.pick(FICTION_PHONES),
    "doc_ip": lambda g: g.pick(DOC_IPS),
    "jwt_io": lambda g: JWT_IO,
    "masked": lambda g: g.pick(MASKED),
    "masked_card": lambda g: g.pick(MASKED_CARDS),
    "template_var": lambda g: g.pick(TEMPLATE_VARS),
    "ticker": lambda g: g.pick(STOCK_TICKERS),
    "airport": lambda g: g.pick(AIRPORTS),
    "price": lambda g: g.r.choice([f"€{g.r.randint(5, 3000)},{g.r.choice(['00', '50', '99'])}", f"${g.r.randint(5, 40000):,}",
                                   f"£{g.r.randint(5, 900)}.{g.digits(2)}",
                                   f"{g.r.randint(50, 9000)} kr", f"{g.r.randint(20, 900)} zł", f"R {g.r.randint(100, 90000):,}".replace(",", " "),
                                   f"₺{g.r.randint(100, 9000)}", f"CHF {g.r.randint(20, 900)}.–", f"₹{g.r.randint(500, 90000):,}"]),
    "amount_cents": lambda g: str(g.r.randint(500, 250000)),
    "epoch": lambda g: str(g.r.randint(1_700_000_000, 1_800_000_000)),
    "hhmm": lambda g: f"{g.r.randint(7, 21):02d}:{g.r.choice(['00', '15', '30', '45'])}",
    "year": lambda g: str(g.r.randint(1995, 2026)),
    "mileage": lambda g: f"{g.r.randint(12, 240)},{g.digits(3)}",
    "pct": lambda g: f"{g.r.randint(1, 14)}.{g.r.randint(0, 9)}%",
    "port": lambda g: str(g.r.choice([5432, 6379, 8080, 9092, 27017, 3306, 443])),
}


# =====================================================================================================
# The slot filler
# =====================================================================================================

def fill(ctx, slot: str) -> Parts:
    """Fill one of this set's slots: a list of (text, label or None), as corpus.py's fill functions return.

    `ctx` is corpus._Context (only its .rng and .locale are used); per-prompt state (people, cached
    values) is kept on it. Raises KeyError for a slot this set does not know."""
    state = ctx.__dict__.setdefault("_fresh4", {})
    body, _, modifier = slot.partition("~")
    body, _, key = body.partition("#")
    if key:
        cache_key = ("cached", body, key)
        if cache_key not in state:
            state[cache_key] = _fill(ctx, state, body)
        parts = list(state[cache_key])
    else:
        parts = _fill(ctx, state, body)
    if modifier == "lc":
        parts = [(text.lower(), label) for text, label in parts]
    elif modifier == "uc":
        parts = [(text.upper(), label) for text, label in parts]
    elif modifier:
        raise KeyError(slot)
    return [(text, label) for text, label in parts if text]


def _home(state: dict, g: _Gen) -> str:
    if "home" not in state:
        state["home"] = g.weighted(state["regions"])
    return state["home"]


def _fill(ctx, state: dict, body: str) -> Parts:
    g = state.setdefault("gen", _Gen(ctx.rng))
    r = g.r
    if body.startswith("%lang:"):  # the language of a Polish or Swedish prompt; must come first
        if "regions" in state:
            raise ValueError("the language marker must be the first slot of a template")
        state["regions"] = _MARKER_REGIONS[body[len("%lang:"):]]
        return []
    state.setdefault("regions", _LOCALE_REGIONS[ctx.locale])
    if not body.startswith("%"):
        who, _, rest = body.partition(".")
        name, _, opts = who.partition("@")
        if name not in PEOPLE:
            raise KeyError(body)
        people = state.setdefault("people", {})
        if name not in people:
            options = [o for o in opts.split(",") if o]
            region = next((o for o in options if o in NAMES), None)
            age = next((o for o in options if o in _AGES), "adult")
            sex = next((o for o in options if o in ("f", "m")), None)
            if region is None:
                if name == "P":
                    region = _home(state, g)
                elif age != "adult":  # children, grandparents, ancestors: the writer's family
                    region = people["P"].region if "P" in people else _home(state, g)
                else:
                    region = g.weighted(state["regions"]) if r.random() < 0.65 else g.pick(list(NAMES))
            people[name] = _Person(g, region, age, sex)
        attr, _, arg = rest.partition(":")
        return _person_parts(g, people[name], attr, arg, state)
    head, _, arg = body[1:].partition(":")
    home = _home(state, g)
    if head == "town":
        return [(g.pick(TOWNS[home] if not arg else TOWNS[arg]), "LOCATION")]
    if head == "town2":
        return [(g.pick(TOWNS[g.pick(list(TOWNS))]), "LOCATION")]
    if head == "org":
        key = ("org", arg)
        if key not in state:
            lang = _REGION_LANG[home]
            names = ORGS.get(lang, {}).get(arg) if r.random() < 0.85 else None
            state[key] = g.pick(names or ORGS["en"][arg])
        return [(state[key], "ORGANIZATION")]
    if head == "date":
        code = arg or ("us" if home in ("us", "ph") else "en")
        return _date(g, _random_date(g), code)
    if head == "ts":
        return _timestamp(g, state, arg)
    if head == "addr":
        return [(_address(g, arg or home), "ADDRESS")]
    if head == "addr2":
        return [(_address(g, g.pick(list(NAMES))), "ADDRESS")]
    if head == "phone":
        return [(_phone(g, arg or home), "PHONE")]
    if head == "iban":
        return [(_iban(g, arg or home), "IBAN")]
    if head == "card":
        return [(_card(g), "CREDIT_CARD")]
    if head == "ip":
        return _ip(g, arg or "any")
    if head == "sec":
        return _secret(g, arg, state)
    if head == "pw":
        return [(_password(g, arg or "any", _REGION_LANG[home]), "SECRET")]
    if head == "conn":
        return _conn(g, arg)
    if head == "cookie":
        return _cookie(g, arg or "any")
    if head == "signed":
        return _signed_url(g, arg or "any")
    if head == "neg":  # not the same value twice in a prompt ("compare X and X")
        used = state.setdefault(("neg", arg), set())
        for _ in range(20):
            value = _NEGATIVES[arg](g)
            if value not in used:
                break
        used.add(value)
        return [(value, None)]
    raise KeyError(body)


def _person_parts(g: _Gen, p: _Person, attr: str, arg: str, state: dict) -> Parts:
    r = g.r
    if attr == "":
        return [(p.full, "PERSON")]
    if attr == "first":
        return [(p.first, "PERSON")]
    if attr == "last":
        return [(p.last, "PERSON")]
    if attr == "nick":
        return [(p.once("nick", lambda: _nick(g, p)), "PERSON")]
    if attr == "rev":
        return [(p.last, "PERSON"), (", ", None), (p.first, "PERSON")]
    if attr == "fl":  # family name first, as on passports and in Japanese / Korean order
        return [(f"{p.last} {p.first}", "PERSON")]
    if attr == "init":
        initial = "-".join(part[0] + "." for part in p.first.split("-")) if "-" in p.first else p.first[0] + "."
        return [(initial, "PERSON"), (" ", None), (p.last, "PERSON")]
    if attr == "title":
        titles = ["Ms ", "Mrs ", "Ms. ", "Dr ", "Dr. ", "Mx "] if p.female else ["Mr ", "Mr. ", "Dr ", "Dr. "]
        title, name = p.once("title", lambda: (r.choice(titles), p.last if r.random() < 0.7 else p.full))
        return [(title, None), (name, "PERSON")]
    if attr == "age":
        return [(str(2025 - p.dob.year), None)]
    if attr == "email":
        return [(p.once("email", lambda: _email(g, p)), "EMAIL")]
    if attr == "work":
        return [(p.once("work", lambda: _work_email(g, p)), "EMAIL")]
    if attr == "phone":
        return [(p.once("phone", lambda: _phone(g, p.region, p.once("phone_number", lambda: _phone_number(g, p.region)))), "PHONE")]
    if attr == "wa":
        return [(_whatsapp(g, p), "URL")]
    if attr == "addr":
        return [(p.once("addr", lambda: _address(g, p.region)), "ADDRESS")]
    if attr == "natid":
        return [(p.once("natid", lambda: _national_id(g, p)), "NATIONAL_ID")]
    if attr == "passport":
        return [(p.once("passport", lambda: _passport(g, p)), "NATIONAL_ID")]
    if attr == "ssn":
        return [(p.once("ssn", lambda: _ssn(g)), "US_SSN")]
    if attr == "utr":
        return [(p.once("utr", lambda: _utr(g)), "NATIONAL_ID")]
    if attr == "iban":
        return [(p.once("iban", lambda: _iban(g, p.region)), "IBAN")]
    if attr == "card":
        return [(p.once("card", lambda: _card(g)), "CREDIT_CARD")]
    if attr == "url":
        return [(p.once("url:" + (arg or "any"), lambda: _personal_url(g, p, arg or "any")), "URL")]
    if attr == "kvnr":
        return [(p.once("kvnr", lambda: _kvnr(g)), "NATIONAL_ID")]
    if attr == "nuss":
        return [(p.once("nuss", lambda: _nuss(g)), "NATIONAL_ID")]
    if attr == "user":
        return list(p.once("user", lambda: _username(g, p)))
    if attr == "dob":
        return _date(g, p.dob, arg or ("us" if p.region in ("us", "ph") else "en"), birth=True)
    if attr == "dod":
        death = p.once("dod", lambda: _death(g, p))
        return _date(g, death, arg or ("us" if p.region in ("us", "ph") else "en"))
    raise KeyError(attr)


def _death(g: _Gen, p: _Person) -> dt.date:
    year = min(p.dob.year + g.r.randint(55, 95), 2024)
    month = g.r.randint(1, 12)
    return dt.date(year, month, g.r.randint(1, calendar.monthrange(year, month)[1]))
