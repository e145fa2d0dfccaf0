"""Names of people, found by context rules: greetings and sign-offs, "my name is", titles, relations,
transcript speakers, usernames, and the words an email address next to them spells.

The rules catch what a statistical model misses in chat text (a lower-case greeting, a lone first name
under "Thanks,"), and `propagate` finds the other mentions of a name found once ("Maria" after
"Maria Gonzalez").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from llmvpn.privacy.recognizers._context import (
    before_spaces,
    contains,
    finditer_cued,
    finditer_lines,
    finditer_words,
    line_starts,
    matches_at,
    mentions,
    occurrences,
    word_index,
)
from llmvpn.privacy.recognizers._words import COMMON, CONTACT_LABELS
from llmvpn.privacy.recognizers.contact import nobodys
from llmvpn.privacy.spans import EntityType, Span

# A capitalised word in any alphabet: the first letter is upper case (checked in code, since `re`
# has no \p{Lu}), then letters with inner apostrophes or hyphens (O'Brien, Jean-Luc).
_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))*"
# Words of one name are separated by spaces, never by a line break (a signature's next line is its firm).
NAME_RUN = (rf"{_WORD}(?:[ \t]+(?:(?:van|von|der|den|de|da|di|del|della|du|la|le|bin|ibn|al|el|dos|das|ter|ap|"
            rf"op[ \t]+(?:den|de|het|ten|ter)|van[ \t]+(?:'t|het|’t))[ \t]+)?{_WORD}){{0,3}}")  # "Dougal ap Rhys", "Tijmen op den Akker", "Bram van 't Hof"

_GREETINGS = (
    "hi|hello|hey|dear|hiya|yo|morning|good morning|good afternoon|good evening|thanks|thank you|thx|cheers|regards|"
    "best|best regards|best wishes|kind regards|warm regards|many thanks|warmly|sincerely|yours|yours truly|"
    "yours sincerely|love|xoxo|hallo|liebe|lieber|bonjour|salut|cher|chère|hola|querido|querida|estimado|"
    "estimada|ciao|caro|cara|grüße|viele grüße|bises|saludos|un saludo|cordialement|"
    # Dutch, German, Portuguese, Italian, Spanish, French openings and closings
    "beste|hoi|groet|groeten|groetjes|met vriendelijke groet|gruß|liebe grüße|beste grüße|herzliche grüße|"
    "mit freundlichen grüßen|olá|oi|prezado|prezada|abraço|abraços|um abraço|beijos|atenciosamente|cumprimentos|"
    "gentile|cordiali saluti|saluti|un abbraccio|un saluto|atentamente|un abrazo|abrazos|besos|bisous|amitiés|"
    "bien à vous|merci|danke|grazie|gracias|obrigado|obrigada|"
    "sehr geehrte|sehr geehrter|geachte|egregio|egregia|gentili|caríssimo|caríssima"
)
# Longest first: "best regards" must not stop at "best".
_GREETING_WORDS = "|".join(sorted(map(re.escape, _GREETINGS.split("|")), key=len, reverse=True))
_GREETING = re.compile(
    r"(?im)(?:^|(?<=[\s,.;:!?(\"'“«„‘]))(?:"
    + _GREETING_WORDS
    # A form letter's gender slash: "Sehr geehrte/r", "Estimado/a", "Caro/a". (The greeting is a whole word: not the
    # "OI" of "OIDs".)
    + rf")\b(?:/[^\W\d_]{{1,2}})?[ \t]*[,!:]?[ \t]*(?:\n[ \t]*(?:>[ \t]*)*)?(?P<name>{NAME_RUN})"
)
_INTRODUCTIONS = (
    r"my name is|my name's|name is|name:|name|name on (?:it|the card|the account):|i am|i'm|i’m|this is|"
    r"it's|its|it is|call me|named|signed|sign it as|signed by|under the name|account holder|cardholder|"
    r"card holder|patient:|kontoinhaber|inhaber|titulaire|titular|"
    # payees and account holders: "Empfänger Hugo Bonnet", "op naam van Jesse Vermeulen"
    r"payee|beneficiary|empfänger|zahlungsempfänger|begünstigter|op naam van|ten name van|au nom de|bénéficiaire|"
    r"a nombre de|beneficiario|em nome de|favorecido|intestato a|"
    r"je m'appelle|je suis|ich bin|ich heiße|me llamo|soy|mi chiamo|sono|"
    # Dutch and Portuguese self-introductions, travel documents and accounts
    r"ik ben|ik heet|mijn naam is|eu sou|meu nome é|mi nombre es|mein name ist|mon nom est|il mio nome è|"
    # someone else introduced, and the signatory of a declaration: "se llama Dulce", "Il sottoscritto Nives Amato"
    r"se llama|jag heter|hon heter|han heter|hij heet|zij heet|er heißt|sie heißt|il s'appelle|elle s'appelle|"
    r"si chiama|se chama|chama-se|il sottoscritto|la sottoscritta|il/la sottoscritto/a|el suscrito|la suscrita|"
    r"le soussigné|la soussignée|der unterzeichnete|die unterzeichnete|ondergetekende|"
    r"travelling as|traveling as|travelling under|account owner is|account owner:|hey im|hi im|hello im|"
    # "name" in a form in other languages: "jméno Ondřej Kučera", "Adım Büşra Güneş" (Turkish "my name")
    r"jméno|imię i nazwisko|imię|adım|ad soyad|adı soyadı|"
    # the undersigned and the signature line of a form, in more languages: "Undertecknad, Maja Lind", "Podpis: Jan Nowak"
    r"undertecknad,?|undertegnede,?|undertegnet,?|niżej podpisany,?|niżej podpisana,?|podepsaný,?|podepsaná,?|"
    r"podpis:|assinado|assinado:|assinatura:|unterschrift:|handtekening:|underskrift:|namnteckning:|imza:|"
    r"je soussigné,?|je soussignée,?|io sottoscritto,?|io sottoscritta,?|yo,? el suscrito,?|"
    # self-introductions in more languages: "tôi là Lê Ngọc Anh", "nama saya Dewi Kusuma", "είμαι η Ελένη Οικονόμου",
    # "mano vardas Rūta", "ég heiti Ásdís", "sóc Nerea Castells", "subsemnata Ioana Popescu", "меня зовут Ольга"
    r"tôi là|tên tôi là|tên là|nama saya|saya bernama|mano vardas|aš esu|ég heiti|ég er|είμαι η|είμαι ο|είμαι|με λένε|"
    r"ονομάζομαι|меня зовут|мене звати|я —|jmenuji se|jmenuju se|nazywam się|mam na imię|zovem se|ja sam|benim adım|"
    r"numele meu este|mă numesc|subsemnata|subsemnatul|sóc|em dic|jeg heter|jeg hedder|mit navn er|minun nimeni on|"
    r"nimeni on|a nevem|nevem|mi ime je|volám sa|menya zovut|"
    # an applicant or member named in a form: "søker Solveig Strømme, fødselsnummer ...", "member Thandiwe Botha, ID ..."
    r"søker|medsøker|sökande|medsökande|ansøger|aanvrager|antragsteller|antragstellerin|wnioskodawca|žadatel|žadatelka|"
    r"member|medlem|"
    # a pupil, a parent, a patient or the insured named in a form, in Vietnamese, Croatian/Serbian and Turkish:
    # "học sinh Lê Minh Châu, sinh ngày ...", "učenica Iva Horvat, roditelj ...", "sigortalı Emre Kaya, T.C. ..."
    r"học sinh|phụ huynh|bệnh nhân|sinh viên|người thuê|učenik|učenica|roditelj|pacijent|pacijentica|"
    r"sigortalı|öğrenci|veli|hasta|"
    # a guarantor's field, in French with its space before the colon: "Garant : Inès Roux", "Bürge: Jonas Keller"
    r"garant :|garante :|garant:|garante:|guarantor:|bürge:|bürgin:|borg:|fiador:|fiadora:"
)
# The roles of _INTRODUCTIONS a form names someone by: the name must be followed by the form's comma.
_FORM_ROLES = frozenset((
    "søker", "medsøker", "sökande", "medsökande", "ansøger", "aanvrager", "antragsteller", "antragstellerin",
    "wnioskodawca", "žadatel", "žadatelka", "member", "medlem",
    "học sinh", "phụ huynh", "bệnh nhân", "sinh viên", "người thuê", "učenik", "učenica", "roditelj", "pacijent",
    "pacijentica", "sigortalı", "öğrenci", "veli", "hasta",
))
_INTRODUCTION = re.compile(
    rf"(?i:\b(?:{_INTRODUCTIONS})\s+)"
    rf"(?P<name>{NAME_RUN})"
)
_TITLES = (r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lady|Lord|Herr|Frau|Mme|Madame|Mlle|Monsieur|"
           r"Sr|Sra|Srta|Señor|Señora|Dott|Sig|Sig\.ra|Rev|Fr|Capt|Sgt|Lt|Col|Gen|Judge|Officer|Coach|Nurse|"
           # Polish, Czech, Scandinavian, Turkish forms of address (capitalised only: "pan" is a pan)
           r"Pan|Pani|Paní|Pane|Fru|Sayın")
# Forms of address and teachers in other languages, and "the X family" where the family name follows the word
# ("famiglia Santoro", "Familie Jansen", "la famille Dupont", "rodina Novákových").
_TITLES_ANY_CASE = (r"docteur|doctora|doutor|doutora|dottore|dottoressa|dokter|professora|professeur|professoressa|"
                    r"profesora|maître|mevrouw|meneer|heer|senhor|senhora|signora|signor|"
                    r"maestra|maestro|maîtresse|juf|meester|učitelka|učitel|nauczycielka|nauczyciel|"
                    r"famiglia|familie|famille|familia|família|rodina|rodzina|rodziny|perhe")
# "M. Le Bihan": the French abbreviation of Monsieur, with its full stop and a capitalised name after it.
# (French "M." as a word of its own: not the last letter of a code, "JXR-09413-M. Don't ...")
_TITLE = re.compile(rf"\b(?:{_TITLES}|(?i:{_TITLES_ANY_CASE})|(?<![-/.])M\.(?=[ \t]+[A-Z]))\.?[ \t]+(?P<name>{NAME_RUN})")
_RELATION = re.compile(
    r"(?i:\b(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:wife|husband|partner|spouse|son|daughter|mother|mom|"
    r"mum|father|dad|brother|sister|friend|boss|manager|colleague|coworker|co-worker|neighbor|neighbour|"
    r"landlord|landlady|tenant|doctor|dentist|therapist|lawyer|attorney|accountant|client|patient|student|"
    r"teacher|kid|child|uncle|aunt|cousin|grandma|grandmother|grandpa|grandfather|fiancé|fiancée|fiance|"
    r"girlfriend|boyfriend|roommate|flatmate|assistant|supervisor|employee|intern|coach|nephew|niece|"
    r"stepson|stepdaughter|baby|teammate|mentor|tutor|caregiver|nanny|ex|ex-wife|ex-husband)\s*,?\s+)"
    rf"(?P<name>{NAME_RUN})"
)
# Where those four can start, as zero-width looks at the lower-cased text (_context.finditer_cued): the
# rules are then tried at a few places instead of at every character, with the same matches. (By the
# pattern's id: a compiled pattern's hash is computed over its whole program at every lookup.)
_CUES = {
    id(_INTRODUCTION): re.compile(rf"\b(?=(?:{_INTRODUCTIONS})\s)"),
    id(_TITLE): re.compile(rf"\b(?=(?:{_TITLES.lower()}|{_TITLES_ANY_CASE}|m\.))"),
    id(_RELATION): re.compile(r"\b(?=(?:my|our|his|her|their)\s)"),
    id(_GREETING): re.compile(r"(?m)(?:^|(?<=[\s,.;:!?(\"'“«„‘]))(?=(?:" + _GREETING_WORDS + "))"),
}
# "— Maria" or "-- Jan Kowalski": a signature (a lone hyphen only at the start of a line, and then the name ends
# the line: "- Venue: the old barn", "- Florist in Leeds: ..." are the items of a list).
_SIGNATURE = re.compile(rf"(?m)(?:^[ \t]*(?:-|~)[ \t]*(?P<lname>{NAME_RUN})[ \t]*$|(?:—|–|--)[ \t]*(?P<name>{NAME_RUN}))")
# Chat transcripts and mail headers: "Arjun: hey...", "From: Wouter Smit <w@...>".
# (a mail client may quote the name, in guillemets in French: "From: « Léa Roux » <lea@...>")
_SPEAKER = re.compile(rf"(?m)^[ \t]*(?:(?i:from|to|cc|bcc|reply-to|sender|recipient|author)[ \t]*:[ \t]*(?:[«\"“][ \t]*)?)?"
                      rf"(?P<name>{NAME_RUN})[ \t]*(?:[»\"”][ \t]*)?(?::[ \t]+\S|<[^>\s]+@)")
# A chat export or a call log: "[5:30 pm] Madison: ...", "14:02 - anja: ...", "12/03/24, 09:15 - Tom: ...". The
# time stamp makes the word before the colon a speaker, whatever its case.
_STAMPED_SPEAKER = re.compile(
    r"(?im)^[ \t]*(?:\[[^\]\n]{1,30}\]|\(?[0-9]{1,2}[:.][0-9]{2}(?::[0-9]{2})?(?:[ \t]*[ap]\.?m\.?)?\)?|"
    r"[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?[ \t]+[0-9]{1,2}:[0-9]{2}(?:[ \t]*[ap]m)?)[ \t]*[-–]?[ \t]*"
    r"(?P<name>[^\W\d_][\w'’-]+(?:[ \t]+(?:[^\W\d_]\.|[^\W\d_][\w'’-]+)){0,3})[ \t]*:[ \t]"
)
# A conversation copied with each line's speaker in brackets, the writer among them under the word for "me"
# ("[Omondi] Pay rent to ...\n[me] Sent ...", "[유나] ...\n[나] ...", "[אסף] ...\n[אני] ..."): the other speakers are
# people, whatever their script or case. Without the writer's own label the brackets may be a log's levels
# ("[INFO] ...", "[x] done").
_BRACKET_SPEAKER = re.compile(r"(?m)^[ \t]*\[(?P<name>[^\W\d_][^\[\]\n:0-9]{0,30}?)\][ \t]*(?=\S)")
_SELF_LABELS = frozenset("me i myself ich moi yo eu io ik jeg jag minä ja я ben ego 나 저 我 私 僕 אני أنا ana".split())


def _bracketed_speakers(text: str) -> list[Span]:
    labels = list(finditer_lines(_BRACKET_SPEAKER, text))
    if len(labels) < 2 or not any(m.group("name").strip().lower() in _SELF_LABELS for m in labels):
        return []
    spans = []
    for m in labels:
        words = m.group("name").split()
        if (len(words) <= 4 and len(m.group("name").strip()) >= 2 and m.group("name").strip().lower() not in _SELF_LABELS
                and not any(is_common(w) or w.lower() in _ROLES for w in words)):
            spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7))
    return spans


# Cards and short notes signed by the family: "From Sem and the kids", "love, tomasz & the girls".
_FROM_FAMILY = re.compile(
    r"(?i:\b(?:from|love)[ \t]*,?[ \t]+)(?P<name>[^\W\d_][\w'’-]+)(?=[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?"
    r"(?:kids|children|family|twins|boys|girls|gang|crew)\b)"
)
# "username: Sanjay3": a handle is as identifying as the name in it.
_USERNAME = re.compile(r"(?i:(?<![\w-])(?:user ?name|login|handle|user id|screen name|ansible_(?:ssh_)?user)\s*[:=]\s*)(?P<name>[\w.@-]{3,40})")
# Accounts of programs, not people: "__token__" (PyPI's API-token login), "ci-bot", "svc_backup", "deploy-bot".
# ("crm_app", "etl-user", "app_ro": an application's own login, named after its part and its access)
_SERVICE_ACCOUNT = re.compile(
    r"(?i)^_|_$|^(?:svc|srv|ci|cd|sa|bot|app|etl|api)[-_.]|[-_.](?:bot|svc|ci|service|sa|app|api|etl|db|ro|rw|readonly|"
    r"writer|reader|worker|sync|batch|cron|user|admin)$|^(?:ci|cd)?bot$|^(?:sql|db|sys|web|net|site|super)admin$"
)
# A login written before its password, as in ~/.netrc ("machine host login jdoe password ...") or in prose
# ("online banking login bozenaw password ..."): the account is someone's.
_LOGIN_BEFORE_PASSWORD = re.compile(r"(?i:\blogin)[ \t]+(?P<name>[\w.@-]{3,40})(?=[ \t]+(?i:password|passwd|pass|pw|pwd)\b)")
# A form's name fields, in any case: "3. First name(s): HA-EUN", "surname: saxena", "Respondent: Dries Lemmens".
_NAME_FIELD = re.compile(
    r"(?im)^[ \t>*•-]*(?:[0-9]{1,2}[.)][ \t]*)?(?P<label>first[ \t]+names?(?:\(s\))?|given[ \t]+names?(?:\(s\))?|forenames?|"
    r"surnames?|last[ \t]+name|family[ \t]+name|full[ \t]+name|maiden[ \t]+name|nombres?|apellidos?|prénoms?|"
    r"nom de famille|vorname|nachname|familienname|cognome|achternaam|voornamen?|förnamn|efternamn|fornavn|etternavn|"
    r"nazwisko|imię|respondent|petitioner|applicant|claimant|defendant|plaintiff|guarantor|policyholder|"
    r"assurée?|halter|halterin|debtor|"
    # the person a payslip, a chart or a card is about ("SALARIÉ : PEETERS Fien", "patient: iyer sneha   dob: ...")
    r"employee|salariée?|employée?|patient|patiente|patiënt|paciente|paziente|pasien|cardholder|card[ \t]+holder|"
    r"account[ \t]+holder|payee|beneficiary|name[ \t]+on[ \t]+(?:the[ \t]+)?(?:card|page|passport|account))"
    # (the label's colon, or the wide gap of a scanned or printed form: "employee  fairbairn hamish")
    r"(?:[ \t]*:[ \t]*|[ \t]{2,})"
    r"(?P<name>[^\W\d_](?:[^\W\d_]|['’.-])*(?:[ \t](?:[^\W\d_]|['’])(?:[^\W\d_]|['’.-])*){0,4})(?:[ \t]*(?=[,;(\n]|$)|(?=[ \t]{2,}))"
)
_NAME_FIELD_CUES = frozenset(
    """first given forenames forename surname surnames last family full maiden nombre nombres apellido apellidos
    prénom prénoms nom vorname nachname familienname cognome achternaam voornaam voornamen förnamn efternamn
    fornavn etternavn nazwisko imię respondent petitioner applicant claimant defendant plaintiff guarantor
    policyholder assuré assurée halter halterin debtor employee salarié salariée employé employée patient patiente
    patiënt paciente paziente pasien cardholder holder payee beneficiary on""".split()
)
# JSON keys that hold a person's name: "name", "full_name", "consumerName", "nombre", "naam"... A bare "name" is
# believed for two words or more ("name": "prod-db" names a thing); the person keys for one word too.
_JSON_NAME = re.compile(
    r"\\?\"(?P<key>[A-Za-z_]{0,20}(?:name|Name|NAME)|nome|nombre|naam|namn|navn|imię|imie|nom)\\?\"[ \t]*:[ \t]*\\?\""
    r"(?P<name>[^\W\d_](?:[^\W\d_]|['’.-])*(?:[ \t]+(?:[^\W\d_]|['’])(?:[^\W\d_]|['’.-])*){0,4})\\?\""
)
_PERSON_SIBLING = re.compile(r"(?i)\\?\"(?:e-?mail|mail|phone|tel|telephone|mobile|cell|dob|birth_?date|date_?of_?birth|address|iban|ssn)\\?\"[ \t]*:")
# What API schemas and samples put under "name": a type or a filler, not anyone.
_SCHEMA_PLACEHOLDERS = frozenset("string str text null none undefined nil example sample test foo bar baz value tbd n/a".split())
_INITIAL = re.compile(r"^[^\W\d_]\.$")  # "A." in "A. Tiwari"
_THING_KEYS = ("file", "host", "user", "app", "service", "bucket", "table", "db", "database", "domain", "class", "type",
               "product", "project", "repo", "package", "module", "display", "screen", "node", "cluster", "field",
               "column", "key", "event", "tag", "branch", "image", "container", "queue", "topic", "channel", "group",
               "role", "org", "company", "business", "brand", "store", "shop", "city", "country", "street", "region",
               "zone", "device", "model", "plan", "path", "dir", "folder", "metric", "step", "job", "task", "test",
               "alert", "rule", "policy", "check", "resource", "template", "action", "operation", "stage", "workflow",
               "pipeline", "network", "server", "instance", "function", "stack", "index", "cert", "secret", "vault",
               "provider", "region", "env", "namespace", "volume", "disk", "vm", "schema", "bundle", "release", "build")

# After the strongest cues a name may be typed in lower case ("my name is mathieu girard,"). It is
# accepted only when punctuation, a line break or a linking word follows, and none of its words is a
# common one, so that "my husband works late and..." is not a name.
LW = r"[^\W\d_]{2,}(?:-[^\W\d_]{2,})?"  # (a double-barrelled surname: "lloyd-evans")
LOWER_RUN = rf"{LW}(?:[ \t]+(?:van|von|de|der|den|da|di|del|la|le|du|dos|das|bin|al|ní|nic|ó|uí|mac)){{0,2}}(?:[ \t]+{LW})?"
END = r"(?=[ \t]*(?:[,.;:!?)\"”'\n]|$))"
_LINK = r"(?=[ \t]+(?:and|who|is|was|has|from|passed|said|wants|asked)\b)"
# After a relation word two uncommon words are a first and last name when an auxiliary follows them
# ("my roommate ilse dekker hasn't paid"): a verb phrase rarely is ("my husband works late and...").
_LINK_TWO = (
    r"(?=[ \t]+(?:who|is|isn't|was|wasn't|has|hasn't|had|hadn't|will|won't|can|can't|did|didn't|does|doesn't|"
    r"said|says)\b)"
)
_HANDED_TO = (r"\b(?:issued to|registered to|belongs to|belonging to|owned by|shared by|sent by|(?:chat|call|meeting) was with|"
               r"sign(?:ed)? it from|"
               r"pings?|send money to|sent money to|owner details[ \t]*:|my details[ \t]*:|new owner[ \t]*:)[ \t]+")
_LOWER_CUES = tuple(
    (re.compile(cue + rf"(?P<lname>{run}){end}", re.IGNORECASE))
    for cue, run, end in (
        # strong cues: one or two words, then punctuation or a linking word
        (r"\b(?:my name is|my name's|call me|under the name|sign it as|signed|named|name:|name on it:|"
         r"name on (?:the )?(?:account|card)|mr\.|mrs\.|ms\.|"
         r"dr\.|prof\.|(?:his|her|their) name is|(?:his|her|their) name's|se llama|me llamo|jag heter|ik heet|"
         r"si chiama|mi chiamo|je m'appelle|s'appelle|ich heiße|heißt)\s+",
         LOWER_RUN, rf"(?:{END}|{_LINK}|(?=[ \t]+(?:the|number|tel|phone|and|but|he|she|they|y|e|et|und|en|och)\b))"),
        # a form's fields: "order form: size m, name tomás reyes, delivery friday"
        (r"(?:^|(?<=[,;\n(]))[ \t]*name[ \t]+", LOWER_RUN, END),
        # (not after "a"/"an"/"the": "a patient leaflet" is a kind of leaflet)
        # ("contact" only as a label: "contact lenses and ..." are lenses)
        (r"\b(?<!\ba )(?<!\ban )(?<!\bthe )(?:(?:account holder|cardholder|card holder|holder|patient|client|passenger|guest|"
         r"applicant|candidate|beneficiary|recipient|attendee|employee|student)\s*:?|contact[ \t]*:)\s+", LOWER_RUN,
         f"(?:{END}|{_LINK})"),
        # greetings and sign-offs: the name, then punctuation or the end of the line
        (r"(?:^|[\n\"“(‘']|[.!?:][ \t]+)[ \t]*(?:hi|hey|hello|dear|yo|hiya)[ \t]*,?[ \t]+", LOWER_RUN, END),
        (r"\b(?:thanks|thank you|cheers|best|regards|love|sincerely|xoxo|groet|groeten|gruß|grüße|abraço|abraços|beijos|"
         r"saluti|saludos|bisous|bises)[ \t]*,[ \t]*\n?[ \t]*", LOWER_RUN, END),
        (r"\b(?:from me|sign(?:ed)? it(?: from me)?|it's from me)[ \t]*,[ \t]*", LOWER_RUN, END),
        # a dash signing off, at the start of a line or before the name that ends the text: the name ends its line
        # ("— works locally, fails ...", "– popraw tekst:", "card ... — blocked\nnew card" are a sentence going on, a
        # request's heading and a note)
        (rf"(?:(?:^|(?<=\n))[ \t]*(?:—|–|--)|(?:—|–|--)(?=[ \t]*{LOWER_RUN}[ \t]*[.!]?\s*\Z))[ \t]*", LOWER_RUN,
         r"(?=[ \t]*(?:[.!]?[ \t]*(?:\n|$)))"),
        # relations and "i'm": a single word needs punctuation or a linking word, two need punctuation
        (r"\b(?:my|our|his|her|their)\s+(?:\w+['’]s\s+){0,2}(?:wife|husband|partner|son|daughter|mother|mom|mum|father|dad|"
         r"brother|sister|friend|boss|manager|colleague|coworker|neighbor|neighbour|landlord|landlady|tenant|doctor|"
         r"dentist|lawyer|cousin|uncle|aunt|girlfriend|boyfriend|roommate|fiancé|fiancée|ex)\s*,?\s+", LW, f"(?:{END}|{_LINK})"),
        # "my ex, priya singh, keeps...", "the agent, rhys taylor from ...": a person set off by commas after a role
        (r"\b(?:my|our|his|her|their|the)\s+(?:ex|agent|estate agent|realtor|solicitor|plumber|electrician|contractor|"
         r"recruiter|nurse|midwife|vet|tutor|babysitter|nanny|cleaner|driver|caseworker|officer|landlord|landlady|"
         r"tenant|neighbour|neighbor|buyer|seller|applicant|candidate|witness)\s*,\s+",
         rf"{LW}(?:[ \t]+{LW})?", f"(?:{END}|{_LINK})"),
        (r"\b(?:about me|in my name)\s*[:(]\s*", rf"{LW}[ \t]+{LW}", END),
        (r"\b(?:my|our|his|her|their)\s+(?:wife|husband|partner|son|daughter|mother|father|brother|sister|friend|"
         r"boss|manager|colleague|neighbor|neighbour|landlord|landlady|tenant|doctor|intern|assistant|client|"
         r"roommate|flatmate|grandfather|grandmother|grandma|grandpa|granddad|grandad|granny|nan|mum|mom|dad|uncle|aunt|"
         r"cousin|nephew|niece|stepfather|stepmother|father-in-law|mother-in-law|fiancé|fiancée)\s*,?\s+",
         rf"{LW}(?:[ \t]+(?:van|von|de|der|den|da|di|del|la|le|du|dos|das)){{0,2}}[ \t]+{LW}",
         rf"(?:{END}|{_LINK_TWO}|(?=[ \t]*\())"),
        # (not "its": "explain its time complexity." is the possessive)
        (r"\b(?:i'm|i am|im|this is|it's)\s+", rf"{LW}[ \t]+{LW}", END),
        # a lower-case form field: "full name jéssica oliveira, dob ...", "consumer name vikram nair,"
        (r"\b(?:full|consumer|customer|account|legal|patient|applicant|holder's)[ \t]+name[ \t]*:?[ \t]+", LOWER_RUN, END),
        # whom a thing is issued, registered or sent to, who owns or shared it, whom a bot pings or a chat was with:
        # "a key issued to oskar on 3 May", "still registered to mara lind in ...", "shared by tove berg.", "pings
        # Idris when ...", "send money to Hana Ito via ..."; a name then punctuation or a word that goes on with a time,
        # a place or a means
        (_HANDED_TO, LOWER_RUN, rf"(?:{END}|{_LINK}|(?=[ \t]+(?:on|via|when)\b))"),
        # (two words before "in" or "for": one may be a verb, "registered to vote in 2020")
        (_HANDED_TO, rf"{LW}[ \t]+{LW}", r"(?=[ \t]+(?:in|at|for|but)\b)"),
    )
)

# A word each of the patterns above needs (in lower case), or None: checked before the pattern is run
# (see `_context.mentions`), since most prompts have none of these cues.
_LOWER_CUE_WORDS: tuple[frozenset[str] | None, ...] = tuple(
    None if words is None else frozenset(words.split())
    for words in (
        "my call under sign signed named name mr mrs ms dr prof llama heter heet chiama appelle s'appelle heiße heißt",
        "name",
        "holder cardholder patient client passenger guest applicant candidate beneficiary recipient attendee employee "
        "student contact",
        "hi hey hello dear yo hiya",
        "thanks thank cheers best regards love sincerely xoxo groet groeten gruß grüße abraço abraços beijos "
        "saluti saludos bisous bises",
        "from sign signed it",
        None,  # the dashes: checked as characters
        "my our his her their",
        "my our his her their the",
        "me name",
        "my our his her their",
        "i im this it its",
        "name",
        "issued registered belongs belonging owned shared chat ping pings money details owner sign signed",
        "issued registered belongs belonging owned shared chat ping pings money details owner sign signed",
    )
)

# Capitalised words that start sentences or name things, never people: they end a name run.
_NOT_NAMES = frozenset(
    """переезд переїзд przeprowadzka umzug verhuizing mudanza déménagement stěhování flytt kuka kas kto treasurer
    gönderi remittance a an the i i'm i’m im it its this that these those there here he she we they you your my our his her
    their me us them all any some every each everyone everybody team folks guys sir madam ma'am there
    friend friends world hi hello hey dear thanks thank regards best kind warm sincerely yours cheers love
    and or but so if when while because since though although also just please can could would should will
    shall may might must do does did is are was were be been being have has had not no yes ok okay
    what who whom whose which where why how a.m. p.m. am pm
    monday tuesday wednesday thursday friday saturday sunday january february march april june july august
    september october november december today tomorrow yesterday tonight morning afternoon evening night
    mr mrs ms dr prof new old good great happy sorry sure glad fine well really very still
    trying looking writing working going getting using wondering hoping planning asking reaching having
    sending following attaching calling emailing checking curious confused stuck interested excited
    available happy unable able back here new not from at in on for with about to of by as into over
    python java javascript typescript rust go golang excel word sql html css react docker linux windows
    macos ios android chatgpt gpt claude gemini llm ai api json yaml csv pdf
    from to cc bcc date subject sender recipient author user assistant system human bot q a
    american canadian british english german french spanish italian dutch indian chinese japanese korean
    mexican brazilian australian irish scottish polish russian swedish vegan vegetarian christian muslim
    jewish catholic single married divorced hiring manager customer colleagues everyone folks mate buddy
    man dude bro sis honey babe darling sweetie guys all
    christmas easter halloween thanksgiving hanukkah diwali eid ramadan valentine valentine's xmas
    marketing sales finance legal production engineering operations accounting procurement compliance
    security research design product management admin administration payroll reception
    staging prod dev qa uat sandbox localhost comments reviewers
    spring summer autumn fall winter graduation anniversary wedding birthday holidays weekend
    indeed however therefore meanwhile honestly actually basically anyway besides moreover furthermore
    unfortunately fortunately obviously clearly seriously frankly listen look wait remember alright right
    finally personally luckily sadly hopefully apparently absolutely definitely exactly
    present absent apologies attendees participants regrets excused reports
    damen herren herr frau dames heren heer mevrouw cliente clientes señores señoras
    madame monsieur mademoiselle señora señor signora signore senhora senhor pani paní
    objet betreff asunto oggetto assunto onderwerp
    podpis unterschrift handtekening underskrift namnteckning assinatura imza firma
    portfolio website homepage blog linkedin github ad soyad soyadı adsoyad
    merge received return-path message-id delivered-to authentication-results dkim-signature mime-version
    content-type in-reply-to references envelope-to
    hoi hallo hola ciao salut bonjour olá ahoj hej moin servus grüezi hei szia merhaba cześć
    unser unsere unseren unserer mein meine meinen dein deine notre nos votre vos nuestro nuestra nuestros nuestras
    vuestro vuestra nostro nostra nostri nostre vostro vostra onze mijn jouw nosso nossa nossos nossas
    password passwords passwort kennwort wachtwoord passphrase passcode username usernames""".split()
    # (a credential's field names no one: "Password: must be at least 12 characters")
)


# A line that opens with a label and a colon: "Seller: ...", "Date of birth: ...", "Anna: hi".
_LABEL_LINE = re.compile(r"(?m)^[ \t>*•-]*(?P<label>[^\W\d_][^\n:]{0,40}?)[ \t]*:[ \t]+\S")


def _is_form(text: str) -> bool:
    """Three or more labelled lines and no label twice: a form or a record, whose labels are its fields.
    A conversation has its speakers back ("Anna: ... Ben: ... Anna: ..."); a form never repeats a field."""
    if text.count(":") < 3 or text.count("\n") < 2:
        return False
    labels = [m.group("label").strip().lower() for m in finditer_lines(_LABEL_LINE, text)]
    return len(labels) >= 3 and len(set(labels)) == len(labels)


# What a field holds after its label's colon, and no one says: a number, a date or a code ("Arrivo: 24 marzo",
# "Documento: BRBDVD94D16G337K"), quoted or bracketed text, code ("OpenWrt: `uci show`"), or a proper name alone up to
# the end of its clause ("Yönetici: Yusuf Doğan, IBAN ...", "Club: Copperbeech Rowing Club."). A speaker's line says
# something: "Arjun: did you get the keys?", "Sneha: Ben wants the car."
# A person's name, a comma, and their details right after it (a figure, a "+", an email, maybe after an abbreviated
# label: "szül. 1989...", "tel. 0712..."): a record's value. (Not "Maria, call me at 5": words between.)
_NAME_THEN_CONTACT = re.compile(r"((?:[^\W\d_a-z][\w'’-]*)(?:[ \t]+[^\W\d_a-z][\w'’-]*){0,3}),[ \t]*"
                                r"(?:[^\W\d_]{1,6}\.[ \t]*)?(?:[0-9+(]|[\w.+-]+@)")


def is_line_label(text: str, span_start: int, span_end: int) -> bool:
    """True when text[span_start:span_end] is one word opening its line right before a colon, with a person's record
    after it, their name and their details ("Kapitány: Kovács Anikó, szül. ...", "Capitão: Afonso, +351 ..."): the
    field's name, not a person's."""
    if not text.startswith(":", span_end) or text[span_start:span_end].strip().count(" ") \
            or text[text.rfind("\n", 0, span_start) + 1 : span_start].strip():
        return False
    after = span_end + 1
    while after < len(text) and text[after] in " \t":
        after += 1
    # (only a person's record after it: "Speaker: 11 May suits me" is someone speaking, whatever a label may hold)
    named = _NAME_THEN_CONTACT.match(text, after)
    return named is not None and not any(is_common(w) for w in named.group(1).split())


_VALUE_AFTER_LABEL = re.compile(
    r"[0-9`'\"“«(\[{<$€£#+]|[A-Z0-9]*[0-9][A-Z0-9]*[A-Z]|[A-Z]+[0-9]"
    r"|[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,4}[ \t]*(?:[,;.(\n]|$)"
    # (an item and its price, the first of a list: "Receipt: Coffee €2310.12, Bagel ...")
    r"|[A-Z][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,3}[ \t]+(?:[$€£¥₹][ \t]?[0-9]|[0-9]+[.,][0-9]{2}(?![0-9]))"
)


# What follows a greeting's word when it names a team or an office, not a person.
_GROUP_AFTER = re.compile(
    r"[ \t]+(?i:team|department|dept|office|committee|board|desk|staff|crew|squad|unit|service|services|support|group|"
    r"panel|council|team's|abteilung|équipe|equipo|equipe|squadra|afdeling)\b"
)
# Logins that stand for a token or a program, not a person: "username": "token" (Packagist, GitHub), "oauth2accesstoken".
_TOKEN_LOGINS = frozenset("token oauth2 oauth2accesstoken x-access-token x-token-auth apikey api_key git pat".split())
# A key and its value on an indented line of YAML or a config file ("  type: postgres", "  - name: shop").
_CONFIG_LINE = re.compile(r"(?m)^(?:[ \t]{2,}|[ \t]*-[ \t]+)[a-z_][\w-]*:[ \t]")
_KEY_LINE = re.compile(r"(?m)^[ \t]*(?:-[ \t]+)?[A-Za-z_][\w.-]*:(?:[ \t]|$)")


def _config_entry(text: str, at: int) -> bool:
    """True for a value on a config file's indented line ("- name: shop" above "    type: postgres"), in a text with two
    more lines of keys (a form's "name: tomás reyes" is written flush left)."""
    line_start = text.rfind("\n", 0, at) + 1
    if not _CONFIG_LINE.match(text, line_start):
        return False
    return sum(1 for _ in zip(range(3), finditer_lines(_KEY_LINE, text))) >= 3


def _names_a_resource(text: str, login: str) -> bool:
    """True for a login that is also the name of the database, path or schema the text connects to
    ("...:5432/billing", "username=billing"): the application's own account, not a person's."""
    return any(at and text[at - 1] == "/" and not text[at + len(login) : at + len(login) + 1].isalnum()
               for at in occurrences(text, login))


def _field_value(text: str, colon_end: int) -> bool:
    """True when what follows a "Label: " is a field's value (_VALUE_AFTER_LABEL), not a speaker's words."""
    at = colon_end - 1  # _SPEAKER's match ends on the first character after the colon and its spaces
    if (named := _NAME_THEN_CONTACT.match(text, at)) and not any(is_common(w) for w in named.group(1).split()):
        return True  # "Capitão: Afonso, +351 912 ...", "Kapitány: Kovács Anikó, szül. 1989...": a roster's line
    m = _VALUE_AFTER_LABEL.match(text, at)
    if m is None:
        return False
    if m.group()[:1].isdigit() or not m.group()[:1].isalpha():
        return True
    if m.group()[0].isupper() and any(ch.isdigit() for ch in m.group()):
        return True  # a code
    words = re.findall(r"[^\W\d_][\w'’-]*", m.group())
    return len(words) >= 2 and all(w[0].isupper() and not is_common(w) for w in words)


def find(text: str) -> list[Span]:
    """PERSON spans from context rules (cues before names, email addresses next to them)."""
    spans = find_names(text) + _records(text)
    if ":" in text and _ROLE_FIELD_HINT.search(text):
        spans.extend(_role_fields(text))
    seen = {(s.start, s.end) for s in spans}
    # (each span once: "beneficiary X, born ..." is found by its role and by the birth)
    return spans + [s for s in _signed_or_born(text) if (s.start, s.end) not in seen]


def find_names(text: str) -> list[Span]:
    """Names after greetings and sign-offs, introductions, titles and relations, and signature lines."""
    spans = []
    rules = ((_INTRODUCTION, 0.85), (_TITLE, 0.85), (_RELATION, 0.8), (_GREETING, 0.75), (_SIGNATURE, 0.7), (_SPEAKER, 0.7))
    form = _is_form(text)
    for pattern, score in rules:
        if pattern is _SIGNATURE and not any(dash in text for dash in "-~—–") or (
                pattern is _SPEAKER and ":" not in text and "<" not in text):
            continue  # a signature needs its dash, a speaker the colon or the "<address@" after the name
        cue = _CUES.get(id(pattern))
        for m in _rule_matches(pattern, cue, text):
            if form and pattern is _SPEAKER and "<" not in text[m.end("name") : m.end()]:
                continue  # "Seller: ...", "Rabies: ..." in a form are its fields, not people speaking
            group = "lname" if pattern is _SIGNATURE and m.group("lname") else "name"
            span = name_span(text, m.start(group), m.end(group), score)
            if span is not None and group == "lname" and span.end < m.end(group):
                continue  # "- RSVPs go to us": an item of a list, not a name signing off
            if (span is not None and pattern is _INTRODUCTION and text[span.end : span.end + 1] != ","
                    and m.group().split(None, 1)[0].lower() in _FORM_ROLES):
                continue  # "member Thandiwe Botha, ID ...", but not "a member State of ...": the form's comma follows
            if span is not None and pattern is _GREETING and _GROUP_AFTER.match(text, span.end):
                continue  # "Dear Admissions Team", "Hi Payroll Department": a team's name, no one's
            if pattern is _SPEAKER and m.group("name").startswith(("X-", "x-")):
                continue  # "X-Originating-IP: ...": a mail header's field
            if span is not None and pattern is _SPEAKER and span.end < m.end("name"):
                continue  # "Potřebuju vyplnit formulář: ...": a sentence before a colon, not a speaker's name
            if pattern is _SPEAKER and "<" not in text[m.end("name") : m.end()] and _field_value(text, m.end()):
                continue  # "Documento: BRB...", "Club: Copperbeech Rowing Club.": a label and its value, no one speaking
            if span is not None:
                spans.append(span)
    for pattern in (_STAMPED_SPEAKER, _FROM_FAMILY) if ":" in text else (_FROM_FAMILY,):  # (a stamp ends in a colon)
        for m in finditer_lines(pattern, text) if pattern is _STAMPED_SPEAKER else finditer_words(pattern, text):
            words = m.group("name").split()
            # "Gwenaëlle Le Goff": a particle after the first word is part of the name
            if not any(is_common(w) or w.lower() in _ROLES for i, w in enumerate(words) if not (i and w.lower() in _PARTICLES)):
                spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7))
    if "[" in text and "\n" in text:
        spans.extend(_bracketed_speakers(text))
    for m in finditer_words(_USERNAME, text):
        if any(ch.isalpha() for ch in m.group("name")) and not _SERVICE_ACCOUNT.search(m.group("name")) \
                and not _names_a_resource(text, m.group("name")) and not text.startswith("=", m.end("name")) \
                and m.group("name").lower() not in _TOKEN_LOGINS:  # ("YmlsbGluZw==": base64 in a Kubernetes secret)
            spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.6))
    if "login" in text or "Login" in text:
        for m in finditer_words(_LOGIN_BEFORE_PASSWORD, text):
            if any(ch.isalpha() for ch in m.group("name")) and not is_common(m.group("name")):
                spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.6))
    if (":" in text or "  " in text) and mentions(text, _NAME_FIELD_CUES):
        for m in _NAME_FIELD.finditer(text):
            words = [w for w in m.group("name").split() if w.lower() not in _PARTICLES]
            if ":" not in text[m.end("label") : m.start("name")] and len(words) < 2:
                continue  # "Employee  Handbook": without a colon only a first and a last name make a field
            if m.group("label")[0].isupper() and m.group("name").islower():
                continue  # "Patient: stable overnight": a form in capitals writes its names so
            if words and not any(is_common(w.strip(".")) or w.lower() in _ROLES for w in words):
                spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7))
    if '"' in text and ("ame" in text or "AME" in text or "nom" in text or "naam" in text or "navn" in text or "imi" in text):
        for m in _JSON_NAME.finditer(text):
            key = m.group("key").lower()
            words = m.group("name").split()
            if (any(thing in key for thing in _THING_KEYS) or any(is_common(w) for w in words if not _INITIAL.match(w))
                    or m.group("name").lower() in _SCHEMA_PLACEHOLDERS
                    or words[0][:1].isupper() and any(w.islower() and w not in _PARTICLES for w in words[1:])):
                # ("Impossible travel activity": a phrase in sentence case, not a name, whose words are all capitalised
                # or all in lower case)
                continue
            if key in ("name", "nom", "naam", "namn", "navn", "nome", "nombre", "imię", "imie"):
                # a bare "name" is a person's in a record that also holds their contact details
                near = text[max(0, m.start() - 150) : m.end() + 150]
                if not _PERSON_SIBLING.search(near):
                    continue
            spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7))
    for pattern, cues in zip(_LOWER_CUES, _LOWER_CUE_WORDS, strict=True):
        if cues is not None and not mentions(text, cues):
            continue
        for m in _lower_cue_matches(pattern, text):
            words = [w for w in m.group("lname").split() if w.lower() not in _PARTICLES]
            if words and words[0][:1].islower() and not any(is_common(p) for w in words for p in w.split("-")) \
                    and not _cue_capitalised_elsewhere(text, text[m.start() : m.start("lname")].split()[-1].strip(":,"))\
                    and not _config_entry(text, m.start("lname")):
                spans.append(Span(m.start("lname"), m.end("lname"), EntityType.PERSON, 0.6))
    if mentions(text, _SPOKEN_GREETINGS):
        spans.extend(_spoken_introductions(text))  # (few greetings are followed by "it's", "c'est", "sono"...)
    if mentions(text, _CALLED_CUES):
        for m in finditer_cued(_CALLED, _CALLED_CUE, text):
            span = name_span(text, m.start("name"), m.end("name"), 0.75)
            # ("heet de Arena naar hem": an article and a noun, where a name opens with its capital)
            if span is not None and " " in text[span.start : span.end] and text[span.start].isupper():
                spans.append(span)
    if mentions(text, _HANDED_TO_CUES):
        spans.extend(_handed_to(text))
    if "\n" in text and any(ch.isdigit() for ch in text):
        spans.extend(_rows_before_addresses(text))
    spans.extend(names_from_emails(text))
    spans.extend(_names_by_shape(text))
    if not text.isascii():
        spans.extend(_names_in_scripts(text))
    if "kay " in text or "kina " in text:
        for m in _TAGALOG_MARKER.finditer(text):
            span = name_span(text, m.start("name"), m.end("name"), 0.75)
            if span is not None and " " in text[span.start : span.end]:
                spans.append(span)
    spans.extend(_keyed_names(text))
    if "[" in text and _BOXED_NAME_HINT.search(text):
        spans.extend(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.75) for m in _BOXED_NAME.finditer(text)
                     if not any(is_common(w) for w in m.group("name").split())
                     and m.group("name").lower() not in _TYPE_WORDS)
    if _INLINE_NAME_HINT.search(text):
        spans.extend(_inline_name_labels(text))
    spans.extend(_names_by_layout(text))
    if "<<" in text:
        spans.extend(_passport_names(text))
    if "amil" in text or "AMIL" in text or "odzin" in text or "odin" in text:
        spans.extend(_families(text))
    if _DEVICE_HINT.search(text):
        spans.extend(_device_owners(text))
    if not text.isascii() and contains(text, _SCRIPT_FIELD_HINTS):
        for m in _SCRIPT_NAME_FIELD.finditer(text):
            words = m.group("name").split()
            if len(words) >= 2 and not any(is_common(w) for w in words):
                spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7))
    return spans


def _rule_matches(pattern: re.Pattern[str], cue: re.Pattern[str] | None, text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a rule of `find_names`, tried only where a match can start: at its cue words, at
    the line starts (a speaker), or at those and the dashes (a signature)."""
    if cue is not None:
        return finditer_cued(pattern, cue, text)
    if pattern is _SIGNATURE:
        return matches_at(pattern, text, _line_and_dash_starts(text))
    return finditer_lines(pattern, text)


def _line_and_dash_starts(text: str) -> list[int]:
    """Where a match of `_SIGNATURE` or `_LOWER_DASH_SIGNOFF` can start: a line's start ("- Name" alone on its line;
    the dash comes after the line's spaces, within the match) or a dash ("— Name", "-- Name"), ascending. A text has
    few of them, where `re` would try the pattern's two branches at every character (~20 and ~30 µs on the
    benchmark's prompt)."""
    starts = list(line_starts(text))
    for dash in ("—", "–", "--"):
        starts.extend(occurrences(text, dash))  # ("---" holds "--" at two places, both tried by finditer)
    return sorted(set(starts))


_LOWER_DASH_SIGNOFF = _LOWER_CUES[6]  # "— priya": at a line's start, or a dash before the name that ends the text
_LOWER_NAME_FIELD = _LOWER_CUES[1]  # "..., name tomás reyes, ...": at the start or after one of ",;\n("


def _lower_cue_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for one of `_LOWER_CUES`, tried only where a match can start."""
    if pattern is _LOWER_DASH_SIGNOFF:
        if "—" not in text and "–" not in text and "--" not in text:
            return iter(())  # each of its branches needs one of the dashes
        return matches_at(pattern, text, _line_and_dash_starts(text))
    if pattern is _LOWER_NAME_FIELD:
        starts = _name_field_starts(text)
        return pattern.finditer(text) if starts is None else matches_at(pattern, text, starts)
    return finditer_words(pattern, text)


def _name_field_starts(text: str) -> list[int] | None:
    """Where `_LOWER_NAME_FIELD` can start: before the spaces ahead of the word "name" (found in the text's word
    index), at the text's start or after one of ",;\n(" (its look-behind), ascending; None when the text has no
    word index (its case-folding is not simple). The pattern opens with a look-behind that `finditer_words` cannot
    read, so it was tried at every character (~20 µs on the benchmark's prompt)."""
    index = word_index(text)
    if index is None:
        return None
    starts = []
    for at in index.starts.get("name", ()):
        at = before_spaces(text, at)
        if at == 0 or text[at - 1] in ",;\n(":
            starts.append(at)
    return starts


def _cue_capitalised_elsewhere(text: str, cue: str) -> bool:
    """True when the same cue word is followed elsewhere by a first and last name in title case ("beneficiary change
    form, ... Primary beneficiary Brianna Tran"): the writer capitalises the names after it, so the lower-case words
    after it here are words, not a name."""
    for m in re.finditer(rf"(?i:(?<![^\W\d_]){re.escape(cue)})[ \t]*:?[ \t]+([^\W\d_][\w'’-]*)[ \t]+([^\W\d_][\w'’-]*)", text):
        if all(w.istitle() and not is_common(w) for w in m.groups()):
            return True
    return False


# The same cues before a capitalised name ("pings Idris when ...", "shared by Tove Berglund."): a full name, or one word
# after "ping" (a bot pings a person, where "belongs to Google" names a firm).
_HANDED_TO_NAME = re.compile(rf"(?i:{_HANDED_TO})(?P<name>{NAME_RUN})")
_HANDED_TO_CUES = frozenset("issued registered belongs belonging owned shared chat ping pings money details owner sign "
                            "signed".split())  # (a rarer word of each phrase of _HANDED_TO)


def _handed_to(text: str) -> list[Span]:
    spans = []
    for m in _HANDED_TO_NAME.finditer(text):
        span = name_span(text, m.start("name"), m.end("name"), 0.7)
        if span is not None and (" " in text[span.start : span.end] or m.group().lower().startswith("ping")):
            spans.append(span)
    return spans


# A list's row that opens with a person and goes on with their address: "- Aled Prys, Flat 2, 14 Quay Street, ...",
# "3. Nia Rowlands, 27 Bryn Road, ..." (a round's customers, a class list): two capitalised words, a comma, then a flat
# or a house number before a street's word.
_ROW_BEFORE_ADDRESS = re.compile(
    rf"(?m)^[ \t]*(?:[-*•]|[0-9]{{1,2}}[.)])[ \t]+(?P<name>{NAME_RUN})[ \t]*,[ \t]*"
    r"(?=(?i:flat|apt|apartment|unit|suite|house|no\.?)[ \t]*[0-9]|[0-9]{1,5}[A-Za-z]?[ \t]+[^\W\d_])"
)


_ROW_PLACES = frozenset("""office home work shop store warehouse depot site branch head main studio unit house cottage
    farm hall school church centre center clinic surgery garage yard barn lodge manor court mill station""".split())


def _rows_before_addresses(text: str) -> list[Span]:
    spans = []
    for m in finditer_lines(_ROW_BEFORE_ADDRESS, text):
        span = name_span(text, m.start("name"), m.end("name"), 0.7)
        words = text[span.start : span.end].lower().split() if span is not None else []
        if span is not None and span.end == m.end("name") and len(words) > 1 and _ROW_PLACES.isdisjoint(words):
            spans.append(span)  # (every word a name's, none a place's: not "- Main Office, 5 Quay St")
    return spans


# --- Names told by their script's shape or by the role before them, where capitals cannot tell them -----------------

# A party's or a relative's role before a name in scripts without capitals (Devanagari, Arabic, Persian, Hebrew), and the
# name's two to four words up to the punctuation that ends it: "किरायेदार राहुल मिश्रा, जन्म तिथि ...", "المستأجر سلطان
# النعيمي، رقم الهوية ...", "השוכר דניאל כהן, ת.ז. ...".
_ROLE_BEFORE_UNCASED = re.compile(
    r"(?<![\w\u0900-\u097F])(?:(?:किरायेदार|किराएदार|मकान मालिक|आवेदक|आवेदिका|श्री|श्रीमती|सुश्री|कुमारी|"
    r"मरीज़|मरीज|रोगी|छात्र|छात्रा|ग्राहक|कर्मचारी|प्रेषक|प्राप्तकर्ता|खाताधारक|"
    # the insured of a claim, a pupil's guardian, a son or a daughter: "बीमित व्यक्ति अनिल जोशी,", "बेटी सीमा राव की फीस"
    r"बीमित व्यक्ति|बीमित|अभिभावक|बेटे|बेटी|बेटा|"
    # the seller and the buyer of a sale, a contact person, a parent ("विक्रेता अनिल जोशी,", "المشتري سالم الكعبي.",
    # "הקונה אורי פרץ.", "הורה רונית לוי,")
    r"विक्रेता|खरीदार|ख़रीदार|क्रेता|संपर्क व्यक्ति|संपर्क|البائعة|البائع|المشترية|المشتري|للتواصل|"
    r"המוכרת|המוכר|הקונה|הורה|איש קשר|"
    r"المؤمن عليها|المؤمن عليه|لابنتي|لابني|ولي الأمر|"
    r"המבוטחת|המבוטח|התלמידה|התלמיד|"
    r"المستأجرة|المستأجر|المؤجرة|المؤجر|السيدة|السيد|مقدم الطلب|مقدمة الطلب|الموظفة|الموظف|الطالبة|الطالب|المريضة|"
    r"المريض|العميلة|العميل|الزبون|المرسل|المستلم|صاحب الحساب|"
    r"مستأجر|موجر|آقای|خانم|متقاضی|بیمار|دانشجو|"
    r"השוכרת|השוכר|המשכירה|המשכיר|מר|גב'|גברת|המבקשת|המבקש|המטופלת|המטופל|הלקוחה|הלקוח)[ \t]*:?"
    # (the words for a name and for relatives only as a form's label, before its colon: "मेरे पिता बहुत बीमार हैं," is prose)
    r"|(?:नाम|पिता|माता|पति|पत्नी|الاسم|اسم|الأب|الأم|الزوجة|الزوج|نام|پدر|مادر|שם|האב|האם)[ \t]*:"
    # (a Hindi form runs its fields without colons: "नाम संजय यादव, जन्म तिथि ...; पिता संजय गुप्ता, मोबाइल ...": prose
    # after the word has its little words, which UNCASED_FUNCTION_WORDS turns away)
    r"|(?:नाम|पिता|माता|पति|पत्नी))"
    # (the letters and marks of those scripts, not their punctuation: the Arabic comma and the Devanagari danda end a name)
    r"[ \t]+(?P<name>[\u0621-\u065F\u0670-\u06D3\u0900-\u0963\u0966-\u097F\u05B0-\u05F4]{2,}"
    r"(?:[ \t]+[\u0621-\u065F\u0670-\u06D3\u0900-\u0963\u0966-\u097F\u05B0-\u05F4]{2,}){1,3}?)"
    # (or the full stop that ends the sentence: "... المشتري هند الظاهري. الدفع ...")
    r"(?=[ \t]*(?:[,،;؛।\n(]|\.(?!\S)|$)|[ \t]+(?:की|का|के|को|ने|से|إلى)(?![\u0621-\u065F\u0900-\u097F]))"
)
# ... in Chinese and Japanese, where a name is written without spaces after its role ("收件人王伟，", "氏名：山田 太郎")
# and in Thai after its title ("นายสมชาย ใจดี": Mr Somchai Jaidee).
_ROLE_BEFORE_CJK = re.compile(
    # (the words that name a person alone may run into the name; a role, a client or a pupil, only before a colon:
    # "客户服务很好" is "customer service is good")
    r"(?:(?:姓名|名前|氏名|收件人|收货人|寄件人|联系人|持卡人|户名|账户名|聯絡人|收件者|"
    # the parties of a lease, a loan or a power of attorney ("出租人 李强，", "承租人 杨芳，")
    r"出租人|承租人|委托人|受托人|代理人|监护人|担保人|借款人|出借人|贷款人|投保人|被保险人|受益人|法定代表人|"
    r"出租人|承租人|委託人|受託人|代理人|監護人|擔保人|借款人|受益人|租车人|租房人|车主|房主|业主|收款人|付款人|"
    # the seller and the buyer of a sale contract ("卖方张丽，买方…", "売主 佐藤真由美、買主 …")
    r"卖方|买方|賣方|買方|卖家|买家|出卖人|买受人|売主|買主|売り主|買い主|"
    # the holder an account, a card or a household is in the name of ("户主马丽娜，", "名義中村結衣、", "口座名義 山田太郎")
    r"户主|戶主|名義人|名義|名义人|名义)[ \t]*[：:]?|"
    # the person in charge of a config or a project, only as a key: "负责人 = 陈晓燕", "担当: 高橋翔太"
    # ("担当者" and "负责人员" are nouns of prose)
    r"(?:申请人|申請人|租客|房东|房客|患者|病人|客户|员工|乘客|學生|学生|负责人|負責人|担当|責任者|管理者)[ \t]*[：:=])"
    # (the iteration mark repeats a character of a given name: "奈々")
    r"[ \t]*(?P<name>[一-龥]{1,3}[ \u3000]?[一-龥々ぁ-んァ-ヶ]{1,3})(?=[ \t]*(?:[，,。；;、\n（(]|$|[ \t]))"
    r"|(?<![\u0E00-\u0E7F])(?:นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.|คุณ)(?P<thai>[\u0E00-\u0E7F]{2,20}[ \t]+[\u0E00-\u0E7F]{2,20})"
)
_CJK_HINT = re.compile(r"[一-龥\u0E00-\u0E7F]")
# The little words of a sentence in those scripts: a run holding one is prose after the role, not a name ("the customer
# is very happy, ...").
UNCASED_FUNCTION_WORDS = frozenset(
    """है हैं था थी थे को का की के में से पर और भी नहीं बहुत क्या कैसे गया गई रहा रही रहे हो होना करना करें कर ने यह वह
    في من على إلى عن هذا هذه هو هي كان كانت لا لم لن ما ماذا كيف لماذا هل جدا قد الذي التي مع أن إن كل يريد تريد
    جدا شكرا
    است بود را از به در با که این آن هم خیلی
    את של על עם זה זו הוא היא לא מה איך למה כל רוצה מאוד""".split()
)
_UNCASED_HINT = re.compile(r"[\u0900-\u097F\u0600-\u06FF\u0590-\u05FF]")
# A Cyrillic full name with its patronymic, the surname first or last: "Ткаченко Тетяна Петрівна", "Иван Петрович Сидоров",
# "Олена Василівна": the patronymic's ending marks a person whatever the words around.
_CY = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+"
_PATRONYMIC = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ-]+(?:ович|евич|євич|йович|ьович|івна|ївна|овна|евна|ічна|инична|ична)(?![\w])"
_CYRILLIC_FULL_NAME = re.compile(rf"(?<![\w-])(?:{_CY}[ \t]+{_CY}[ \t]+{_PATRONYMIC}|{_CY}[ \t]+{_PATRONYMIC}(?:[ \t]+{_CY}(?![\w]))?)")
# A Japanese name before its honorific, the family and given names written with or without a space ("鈴木　真由美 様",
# "佐藤花子さん"); not the roles that take one too ("担当者様", "お客様", "皆様").
_JAPANESE_HONORIFIC = re.compile(r"(?<![一-龥ぁ-んァ-ヶ])(?P<name>[一-龥]{1,3}[ \u3000]?[一-龥ぁ-んァ-ヶ]{1,4})[ \u3000]*(?:様|さま|さん|殿|氏)")
_JAPANESE_ROLES = ("者", "員", "長", "客", "皆", "各位", "家族", "先生", "御中", "会社", "社", "部", "課", "係", "店", "所")
# Who a payment goes to, with the account after the name: "Femke de Boer betaalt naar NL86 ..., Wouter de Vries naar
# NL98 ...", "Julia Wagner an DE12 ...", "Ines Duarte para PT50 ...".
_TO_ACCOUNT = re.compile(r"[ \t]+(?:naar|to|an|auf|à|a|para|till|til|do|na)[ \t]+(?:IBAN[ \t]*:?[ \t]*)?[A-Z]{2}[0-9]{2}[ \t]?[A-Z0-9]{4}")
_NAME_BEFORE = re.compile(rf"(?:^|(?<=[\s,;:(]))(?P<name>{NAME_RUN})$")
# A relative, a guardian or an emergency contact as a label: "Mother: Papp Anna.", "Emergency contact: Rhys Okafor".
_RELATIVE_LABEL = re.compile(
    r"(?i:\b(?:mother|father|mom|mum|dad|parent|guardian|spouse|husband|wife|next of kin|emergency contact|witness|"
    r"mutter|vater|ehefrau|ehemann|mère|père|madre|padre|mãe|pai|moeder|vader|matka|ojciec|matka|otec|anya|apja|"
    r"anyja|äiti|isä|mor|far|mamma|pappa|μητέρα|πατέρας|мать|отец|мати|батько)[ \t]*:[ \t]*)"
    rf"(?P<name>{NAME_RUN})"
)
_RELATIVE_CUES = frozenset(
    """mother father mom mum dad parent guardian spouse husband wife kin contact witness mutter vater ehefrau ehemann
    mère père madre padre mãe pai moeder vader matka ojciec otec anya apja anyja äiti isä mor far mamma pappa
    μητέρα πατέρας мать отец мати батько""".split()
)
_RELATIVE_START = re.compile(
    r"\b(?=(?:mother|father|mom|mum|dad|parent|guardian|spouse|husband|wife|next of kin|emergency contact|witness|mutter|"
    r"vater|ehefrau|ehemann|mère|père|madre|padre|mãe|pai|moeder|vader|matka|ojciec|otec|anya|apja|anyja|äiti|isä|mor|"
    r"far|mamma|pappa|μητέρα|πατέρας|мать|отец|мати|батько)[ \t]*:)"
)
_IBAN_START = re.compile(r"[A-Z]{2}[0-9]{2}")
_SPACED_IBAN_START = re.compile(r"[A-Z]{2} [0-9]{2} [0-9]{4}")
# The payee named after "to" and before the account, on one line or over two ("Miete an Deniz Weißgerber,
# DE79...", "To Ole Oltmanns / DE 27 9615 ..."), or with a Turkish dative ending ("Mert Öztürk'e TR97..."): found
# from each account backwards, over the few words before it.
_ACCOUNT = re.compile(r"(?<![\w])(?:IBAN[ \t]*:?[ \t]*)?[A-Z]{2}[ ]?[0-9]{2}[ ]?[0-9A-Z]{4}")
_PAYEE_BEFORE = re.compile(
    rf"(?:\b(?:an|to|To|naar|à|para|till|til|do|na|per)[ \t]+(?P<name>{NAME_RUN})[ \t]*,?[ \t]*\n?[ \t]*"
    rf"|(?<![\w'’-])(?P<dative>[^\W\d_a-zß-ÿçğışöü][\w'’-]+[ \t]+[^\W\d_a-zß-ÿçğışöü][\w'’-]+)['’](?:y?[ea]|n[ea])[ \t]+)$"
)


def _payees_before_account(text: str) -> list[Span]:
    spans = []
    for account in _ACCOUNT.finditer(text):
        m = _PAYEE_BEFORE.search(text, max(0, account.start() - 60), account.start())
        if m is None:
            continue
        group = "name" if m.group("name") else "dative"
        span = name_span(text, m.start(group), m.end(group), 0.75)
        if span is not None and span.end == m.end(group) and " " in text[span.start : span.end]:
            spans.append(span)
    return spans


def _names_by_shape(text: str) -> list[Span]:
    """Names told by a role before them in a script without capitals, by a Cyrillic patronymic, by a Japanese
    honorific, by the account a payment goes to, or by a relative's label."""
    spans = []
    if not text.isascii():
        if _UNCASED_HINT.search(text):
            spans.extend(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.75)
                         for m in _ROLE_BEFORE_UNCASED.finditer(text)
                         if UNCASED_FUNCTION_WORDS.isdisjoint(m.group("name").split()))
        if _CJK_HINT.search(text):
            for m in _ROLE_BEFORE_CJK.finditer(text):
                group = "name" if m.group("name") else "thai"
                spans.append(Span(m.start(group), m.end(group), EntityType.PERSON, 0.75))
        if "ич" in text or "вна" in text or "ична" in text:
            spans.extend(Span(m.start(), m.end(), EntityType.PERSON, 0.75) for m in _CYRILLIC_FULL_NAME.finditer(text))
        for m in _JAPANESE_HONORIFIC.finditer(text) if any(h in text for h in "様さ殿氏") else ():
            if not m.group("name").replace("\u3000", "").replace(" ", "").endswith(_JAPANESE_ROLES):
                spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.75))
    iban = _IBAN_START.search(text) is not None  # (looked for once, for both rules below)
    if iban or _SPACED_IBAN_START.search(text):
        spans.extend(_payees_before_account(text))
    for m in _TO_ACCOUNT.finditer(text) if iban else ():
        if (before := _NAME_BEFORE.search(text, max(0, m.start() - 48), m.start())) is not None:
            span = name_span(text, before.start("name"), before.end("name"), 0.7)
            if span is None or span.end != m.start():
                continue
            opens = text[max(0, span.start - 3) : span.start].rstrip()
            if " " not in text[span.start : span.end] and (not opens or opens[-1] in ".!?:;,\n"):
                continue  # "Uitbetalen op NL97 ...", "Transfer to GB33 ...", "..., Auszahlung auf DE54": a verb or a noun
                # opening the sentence or the clause
            spans.append(span)
    if ":" in text and mentions(text, _RELATIVE_CUES):
        for m in finditer_cued(_RELATIVE_LABEL, _RELATIVE_START, text):
            if (span := name_span(text, m.start("name"), m.end("name"), 0.75)) is not None:
                spans.append(span)
    return spans


# A Japanese name written with one of the commonest family names, then a given name of one or two kanji or of
# hiragana, before a bracket or a comma ("鈴木由美（静岡市在住）", "小林花子、"): the family name says it is a person.
_JA_SURNAMES = (
    "佐藤|鈴木|高橋|田中|伊藤|渡辺|渡部|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|斎藤|斉藤|清水|山崎|"
    "池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|青木|坂本|福田|太田|西村|藤井|"
    "金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田|森田|上田|内田|柴田|酒井|宮崎|横山|高木|"
    "安藤|宮本|大野|小島|谷口|工藤|今井|高田|丸山|増田|杉山|村田|大塚|小山|平野|藤本|河野|上野|野口|武田|松井|千葉|"
    "岩崎|菅原|木下|久保|佐野|野村|松尾|菊地|杉本|市川|古川|大西|島田|水野|桜井|高野|吉川|山内|西田|飯田|菊池|北村|"
    "安田|五十嵐|川口|平田|久保田|服部|岩田|永井|松下|森本|大橋|荒木|中西|浅野|大久保|片山|本田|小松"
)
_JAPANESE_NAME = re.compile(
    # (a given name in hiragana, not the copula or an honorific after the family name: "佐藤です", "佐藤さん")
    rf"(?<![一-龥ぁ-んァ-ヶー])(?P<name>(?:{_JA_SURNAMES})[ \u3000]?(?:[一-龥]{{1,2}}|(?!です|でした|さん|さま|くん|ちゃん|から|まで|より)[ぁ-ん]{{2,3}}))"
    r"(?=[（(]|[ \u3000]*[、。,，:：]|です|と申します|と言います|より(?:[。！!\s]|$)"
    # (or a roster's row: the name, a space, then the person's number or postcode: "山本美咲　03-1255-1197　〒566-...")
    r"|[ \u3000\t]+[+＋]?[0-9０-９〒])"
)
# A call's greeting, then the caller's family name alone: "もしもし小林です", "お世話になっております、木村です".
_JA_CALLER = re.compile(
    rf"(?:もしもし|こんにちは|お世話になっております|お疲れ様です)[、,，\s]*(?P<name>(?:{_JA_SURNAMES})(?:[一-龥]{{1,2}})?)"
    r"(?:です|と申します)"
)
# A profile's name, then the town its owner lives in or comes from: "プロフィール：美咲、福岡市在住。" (a given name alone,
# at the start of the profile or of a line).
_JA_PROFILE_NAME = re.compile(
    r"(?:^|(?<=[：:\n]))[ \t]*(?P<name>[一-龥ぁ-んァ-ヶー]{1,4})、(?=[一-龥ァ-ヶー]{1,6}?[市区町村県都府](?:在住|出身))"
)
# ... not a family name before a thing named after it ("鈴木会計事務所" is cut before, "田中市" is a town).
_JA_NOT_GIVEN = frozenset("市区町村県都府駅店社所院科局部課家邸様殿氏君学園校機業設事産器品堂屋")


# Korean names: a family name of one syllable and a given name of two, before the honorific "님"/"씨" ("김민지님
# 예약 완료") or after the label of a name, an account's holder or a party ("명의 정도윤,", "예금주: 박서연").
_KO_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예봉경"
_KOREAN_NAME = re.compile(
    rf"(?<![가-힣])(?P<honoured>[{_KO_SURNAMES}][가-힣]{{2}})(?:님|씨)(?![가-힣])"
    rf"|(?:성명|이름|명의|예금주|수취인|수령인|받는[ \t]?분|받는[ \t]?사람|보내는[ \t]?사람|보내는[ \t]?분|보호자|환자명|고객명|신청인|임차인|임대인|세입자|"
    rf"집주인|대표자|담당자|학생명|피보험자|계약자|학생|원생|회원|신청자|"
    # the seller and the buyer of a sale, a contact, an administrator of a config ("매도인 강민준,", "관리자=이성민")
    rf"매도인|매수인|판매자|구매자|양도인|양수인|연락처|관리자|담당)[ \t]*[:：=]?[ \t]*(?P<labelled>[{_KO_SURNAMES}][가-힣]{{2}})(?=[ \t]*(?:[,，.。)\n/]|$)|[ \t])"
)
# The last syllable of a role or a title with a family-name-like first syllable ("이용자님": user, "이사장님": chairman,
# "도지사님": governor, "민원인님"), and of a word with its particle after the label ("성명 정보를"): no given name ends so.
_KO_NOT_NAME_ENDS = frozenset("자원인장사생객님를을의에와과로는")


def _korean_names(text: str) -> list[Span]:
    spans = []
    for m in _KOREAN_NAME.finditer(text):
        group = "honoured" if m.group("honoured") else "labelled"
        if m.group(group)[-1] not in _KO_NOT_NAME_ENDS:
            spans.append(Span(m.start(group), m.end(group), EntityType.PERSON, 0.7))
    return spans


# Thai: the name after "I, the undersigned" or "grant authority to" of a power of attorney, and after a name's label
# ("ข้าพเจ้า ปิยะนุช บุญมา เลขประจำตัว...", "มอบอำนาจให้ สมชาย ทองดี ไปรับ..."): a given name and a surname, spaced.
_THAI_ROLE = re.compile(
    r"(?:(?:ข้าพเจ้า|มอบอำนาจให้|ผู้รับมอบอำนาจ|ผู้มอบอำนาจ|ชื่อ-นามสกุล|ชื่อ|ผู้เช่า|ผู้ให้เช่า|ผู้ป่วย|ผู้รับ|ผู้ส่ง|"
    # the insured of a claim, a pupil's guardian, a pupil
    r"ผู้เอาประกันภัย|ผู้เอาประกัน|ผู้ปกครอง|นักเรียน|"
    # the seller and the buyer of a sale, a contact person
    r"ผู้ขาย|ผู้ซื้อ|ผู้ติดต่อ|ติดต่อ)[ \t]*:?[ \t]+"
    # "my name is", which Thai writes without a space before the name: "ดิฉันชื่อวรรณา ทองคำ"
    r"|(?:ฉัน|ผม|ดิฉัน)ชื่อ[ \t]*)"
    r"(?P<name>[\u0E01-\u0E4E]{2,20}[ \t]+[\u0E01-\u0E4E]{2,20})(?![\u0E01-\u0E4E])"
)
# Hebrew: the attorney of a power of attorney ("מייפה את כוחו של מיכל ביטון"), the addressee of a letter ("לכבוד דניאל
# כהן") and "I, the undersigned": a given name and a surname after them.
_HEBREW_ROLE = re.compile(
    r"(?:כוחו[ \t]+של|כוחה[ \t]+של|כוחם[ \t]+של|לכבוד|אני[ \t]+הח\"מ|אני[ \t]+החתום[ \t]+מטה|אני[ \t]+החתומה[ \t]+מטה)[ \t]*:?[ \t]+"
    r"(?P<name>[\u05D0-\u05EA][\u05D0-\u05EA'׳\"]{1,15}[ \t]+[\u05D0-\u05EA][\u05D0-\u05EA'׳\"]{1,15})(?![\u05D0-\u05EA])"
)
# Tagalog marks a person's name with "kay" (to) and "kina" ("nag-send ako ng ₱3280 kay Liezl Villanueva").
_TAGALOG_MARKER = re.compile(rf"\b(?:kay|kina)[ \t]+(?P<name>{NAME_RUN})")


# The payee's and the debtor's lines of the payment QR codes a prompt pastes decoded: the EPC code of SEPA transfers
# ("BCD/002/1/SCT/<BIC>/<name>/<IBAN>") and the Swiss QR-bill, where an address type "K" or "S" opens each party
# ("...CH53.../K/Reto Zürcher/Dorfstrasse 156b/..."). The layout says which line is a name, whatever its case.
_EPC_NAME = re.compile(r"(?im)^BCD[ \t]*\n00[12][ \t]*\n[12][ \t]*\nSCT[ \t]*\n[A-Z0-9]{0,11}[ \t]*\n(?P<name>[^\n\d]{2,70}?)[ \t]*$")
_QR_BILL_PARTY = re.compile(r"(?m)^[KS][ \t]*\n(?P<name>[^\W\d_][^\n\d]{1,69}?)[ \t]*$")
# The holder's name on the line under a card's expiry or security code, as a card prints it: "EXPIRES 05/31   CVC 192
# / DECLAN LLEWELLYN".
_UNDER_CARD_CODE = re.compile(
    r"(?im)^[^\n]*\b(?:cvc|cvv2?|csc|expires|expiry|exp|valid thru|good thru|gültig bis)\b[^\n]*\n[ \t]*"
    r"(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+){1,3})[ \t]*$"
)
# The addressee on the line under "Ship to:", "Bill to:", "Deliver to:" (a label, or a shipping label's head).
_UNDER_ADDRESS_LABEL = re.compile(
    r"(?im)^[ \t]*(?:ship(?:ping)?[ \t]+to|bill(?:ing)?[ \t]+to|deliver[ \t]+to|sold[ \t]+to|recipient|consignee|"
    r"empfänger|destinataire|destinatario|livrer à|lieferadresse)[ \t]*:?[ \t]*\n[ \t]*"
    r"(?P<name>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]*){1,3})[ \t]*$"
)
# A family name in capitals before the given name, alone on a line beside other lines of a record ("DRESSLER
# Lennart" under a tax id, above the street): the way German, French and Hungarian documents print a name.
_SURNAME_FIRST_LINE = re.compile(
    r"(?m)^[ \t]*(?P<name>[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,}(?:[ \t]+[A-ZÀ-Þ][A-ZÀ-Þ'’-]{2,})?[ \t]+[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?)[ \t]*$"
)
_DIGIT_LINE = re.compile(r"[0-9]")


def _names_by_layout(text: str) -> list[Span]:
    """Names that a record's layout places: in payment QR codes, under a card's code, under an address label, and a
    surname-first line between lines with numbers."""
    spans = []
    candidates = []
    if "BCD" in text or "bcd" in text:
        candidates.extend(finditer_lines(_EPC_NAME, text))
    if "SPC" in text:
        candidates.extend(finditer_lines(_QR_BILL_PARTY, text))
    for m in candidates:
        words = m.group("name").split()
        if 1 <= len(words) <= 5 and not any(is_common(w) for w in words):
            spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.75))
    if "\n" not in text:
        return spans
    for pattern in (_UNDER_CARD_CODE, _UNDER_ADDRESS_LABEL):
        for m in finditer_lines(pattern, text):
            words = m.group("name").split()
            if not any(is_common(w) for w in words if w.lower() not in _PARTICLES):
                spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.75))
    for m in finditer_lines(_SURNAME_FIRST_LINE, text):
        words = m.group("name").split()
        if any(is_common(w) for w in words):
            continue
        before = text.rfind("\n", 0, max(0, m.start() - 1))
        after = text.find("\n", m.end() + 1)
        around = text[before + 1 : m.start()] + text[m.end() : after if after >= 0 else len(text)]
        if _DIGIT_LINE.search(around):  # a line with a number next to it: an id, a street, a date
            spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7))
    return spans


# The word for "name" as a label inside a line, in the languages of the forms people paste, then a capitalised first
# and last name: "¿... está bien? Nombre: Ulises Cervantes, fecha ...", "Név: Kovács Anna", "Họ và tên: Trần Văn An".
_INLINE_NAME_LABEL = re.compile(
    r"(?:(?<=[\s,;.?!(])|^)(?:Name|Full name|Nombre|Nombre completo|Nom|Nom complet|Nome|Nome completo|Naam|Navn|Namn|Nimi|"
    r"Imię i nazwisko|Jméno|Meno|Név|Adı Soyadı|Ad Soyad|Ime i prezime|Ime|Vardas|Nama|Nama lengkap|Pangalan|Jina|"
    r"Tên|Họ và tên|Họ tên|Numele|Nume)[ \t]*:[ \t]*"
    rf"(?P<name>{NAME_RUN})"
)
_INLINE_NAME_HINT = re.compile(r"(?:Name|Nombre|Nom|Nome|Naam|Navn|Namn|Nimi|Imię|Jméno|Meno|Név|Ad|Ime|Vardas|Nama|Pangalan|Jina|Tên|tên|Nume)[a-zé ]{0,12}:")


def _inline_name_labels(text: str) -> list[Span]:
    spans = []
    for m in _INLINE_NAME_LABEL.finditer(text):
        span = name_span(text, m.start("name"), m.end("name"), 0.75)
        if span is not None and " " in text[span.start : span.end]:
            spans.append(span)
    return spans


# The commonest Chinese family names: a run of two or three characters opening with one is a name after "我是" or as a
# chat's speaker, where a word would be anything else.
_ZH_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
                "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")


# "My name is ..." where a script has no capitals to show the name: Chinese "我叫王小明", Korean "저는 김민수입니다",
# Japanese "私は山田花子です" / "名前は…です", Hindi "मेरा नाम प्रिया शर्मा है", Arabic "اسمي أحمد العلي".
_SELF_INTRODUCTION = re.compile(
    r"(?:我叫|我的名字是|我的名字叫|名字叫|我姓名是)(?P<zh>[一-龥]{2,3})(?=[，,。.！!；;、\s]|$)"
    # (in Chinese "我是" only before a common family name: "我是学生" is "I am a student")
    rf"|我是(?P<zh2>[{_ZH_SURNAMES}][一-龥]{{1,2}})(?=[，,。.！!；;、\s]|$)"
    # (Korean "사는 ...입니다": "the one living in Daegu is ...", how a letter to a building's office introduces its writer)
    rf"|(?:저는|제[ \t]?이름은|사는)[ \t]*(?P<ko>[{_KO_SURNAMES}][가-힣]{{2}})(?:입니다|이에요|예요|이고|이며|라고)"
    # (in Japanese only after a common family name: "私は学生です" is "I am a student", "名前は秘密です" a secret)
    rf"|(?:私は|わたしは|僕は|ぼくは|名前は|氏名は)(?P<ja>(?:{_JA_SURNAMES})[ \u3000]?[一-龥ぁ-ん]{{0,3}}?)(?:です|と申します|といいます|と言います)"
    r"|(?:मेरा|मेरी)[ \t]+नाम[ \t]+(?P<hi>[\u0900-\u0963\u0966-\u097F]{2,}(?:[ \t]+[\u0900-\u0963\u0966-\u097F]{2,}){0,2}?)[ \t]+(?:है|हैं)"
    r"|(?:اسمي|إسمي)[ \t]+(?P<ar>[\u0621-\u064A]{2,}[ \t]+(?:(?:بن|بنت|ابن|أبو)[ \t]+)?[\u0621-\u064A]{2,})"
    # Arabic "I am" before a given name and a family name with its article, up to the comma: "أنا مريم السويدي، ..."
    # ("أنا طالب في ..." has no article word before a comma)
    r"|أنا[ \t]+(?P<ar2>[\u0621-\u064A]{2,}[ \t]+ال[\u0621-\u064A]{2,})(?=[ \t]*[،,])"
    # ... or up to the stop that ends the sentence, which says no more: "أنا ماجد الحمادي. هل هذا آمن؟" (not "the now")
    r"|أنا[ \t]+(?P<ar3>[\u0621-\u064A]{2,}[ \t]+ال(?!آن|ان\b|يوم)[\u0621-\u064A]{2,})(?=\.(?:\s|$))"
    # Hindi "I am ... (am)": "मैं मनोज पांडे हूँ।" a given name and a surname between the pronoun and the verb
    r"|मैं[ \t]+(?P<hi2>[\u0900-\u0963\u0966-\u097F]{2,}[ \t]+[\u0900-\u0963\u0966-\u097F]{2,})[ \t]+(?:हूँ|हूं)(?=[ \t]*[।.,!?]|$)"
)
# What "I am" says of someone that is not their name: where, when and how they are ("अभी व्यस्त", "घर पर").
_STATE_WORDS = frozenset("अभी आज यहाँ यहां वहाँ वहां ठीक तैयार खुश व्यस्त परेशान बीमार घर बाहर थोड़ा काफी".split())
_SELF_INTRODUCTION_HINT = re.compile(r"我叫|我是|名字|我姓名|저는|사는|أنا|मैं|제[ \t]?이름|私は|わたしは|僕は|ぼくは|名前は|氏名は|नाम|اسمي|إسمي")


# A field whose key names a person, in whatever a program prints a record as: Go's %+v ("{FirstName:Darnell
# LastName:Delgado}"), Java's toString ("firstName='Ana'"), PHP's print_r ("[last_name] => Kowalski"), psql's \x
# ("surname | Okafor"), Python's repr, YAML, a query string. Only keys that hold a person's name, in several languages.
_PERSON_KEY = re.compile(
    r"(?<![A-Za-z])(?P<key>(?i:(?:first|given|last|family|middle|maiden|full|sur|fore|legal|patient|customer|employee|"
    r"applicant|account[_-]?holder|card[_-]?holder|holder|contact)[_ -]?name|surname|forename|vorname|nachname|"
    r"familienname|pr[ée]nom|nom_de_famille|apellidos?|cognome|achternaam|voornaam|nazwisko|imi[eę]|sobrenome))"
    r"['\"\]]?[ \t]*(?:=>|[:=|])[ \t]*[\['\"]?"
    r"(?P<name>[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,3})(?=[ \t]*(?:['\",;}\])|\n]|$)|[ \t]+[A-Za-z_]+[:=])"
)
# (a key's word followed by its separator: most prompts that say "name" print no record)
# (looked for in the lower-cased text, where a pattern without (?i) runs several times faster)
_PERSON_KEY_HINT = re.compile(r"(?:name|vorname|pr[ée]nom|apellidos?|cognome|voornaam|nazwisko|imi[eę]|sobrenome)['\"\]]?[ \t]*(?:=>|[:=|])")
# A form's name fields with their values boxed after the label, as a form filled in by hand is typed out ("First name
# and middle initial [ANA M] Last name [OKAFOR]", "Surname [Lindqvist]"): the box holds the person's name.
_BOXED_NAME_HINT = re.compile(r"(?i)name[^\[\n]{0,24}\[")
_BOXED_NAME = re.compile(
    r"(?i:\b(?:first|given|last|family|middle|maiden|full|sur|fore|legal)[ \t]?name"
    r"(?:[ \t]+and[ \t]+middle[ \t]+initial)?"
    r"|\bsurname|\bforename)[ \t]*\[[ \t]*(?P<name>[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,3})[ \t]*\]")
_TYPE_WORDS = frozenset(
    """string str text varchar char int integer bool boolean optional required true false null none nil undefined
    unknown redacted hidden masked anonymous n/a na tbd todo value string? any object""".split()
)


def _names_in_scripts(text: str) -> list[Span]:
    """Korean, Japanese, Thai and Hebrew names by the honorific, the family name or the role beside them, and names
    introduced with "my name is" in scripts without capitals."""
    spans = []
    if "님" in text or "씨" in text or _KO_LABEL_HINT.search(text):
        spans.extend(_korean_names(text))
    if _KANA.search(text) or "〒" in text:
        spans.extend(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7) for m in _JAPANESE_NAME.finditer(text)
                     if m.group("name")[-1] not in _JA_NOT_GIVEN)
        spans.extend(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7) for m in _JA_CALLER.finditer(text))
    if _HANGUL.search(text):
        spans.extend(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7) for m in _KO_ROW.finditer(text)
                     if m.group("name") not in _KO_FIELD_WORDS)
    if "在住" in text or "出身" in text:
        spans.extend(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7) for m in _JA_PROFILE_NAME.finditer(text))
    if _SELF_INTRODUCTION_HINT.search(text):
        for m in _SELF_INTRODUCTION.finditer(text):
            group = m.lastgroup or "zh"
            if group in ("hi2", "ar3") and not (UNCASED_FUNCTION_WORDS.isdisjoint(m.group(group).split())
                                                 and _STATE_WORDS.isdisjoint(m.group(group).split())):
                continue  # ("मैं अभी व्यस्त हूँ": I am busy now)
            spans.append(Span(m.start(group), m.end(group), EntityType.PERSON, 0.75))
    for pattern, hint in ((_THAI_ROLE, _THAI_HINT), (_HEBREW_ROLE, _HEBREW_HINT)):
        if hint.search(text):
            spans.extend(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.75) for m in pattern.finditer(text))
    if not text.isascii():
        spans.extend(_record_heads(text))
        if "｜" in text or "|" in text:
            spans.extend(Span(m.start("zh"), m.end("zh"), EntityType.PERSON, 0.7) for m in _ZH_ROW_NAME.finditer(text))
    if ":" in text:
        spans.extend(_cased_record_heads(text))
    if _CJK_CHAT_HINT.search(text):
        spans.extend(_cjk_chat_speakers(text))
    if _LANDLORD_HINT.search(text):
        for m in _LANDLORD_UNCASED.finditer(text):
            group = m.lastgroup or "ar"
            if UNCASED_FUNCTION_WORDS.isdisjoint(m.group(group).split()) and not m.group(group).startswith("ال"):
                spans.append(Span(m.start(group), m.end(group), EntityType.PERSON, 0.75))
    return spans


# A form's or a request's heading, its colon, then the first entry of the record it heads, in a script without capitals
# (Hebrew, Arabic, Thai, Korean) or in Greek, where the model reads few names: "רישום לסדנה: נועה ברק, טלפון 05...",
# "طلب عضوية: مريم السويدي، البريد ...", "สมัครสมาชิก: วรรณา ทองคำ โทร 08...", "Αίτηση: Νίκος Αλεξίου, ΑΦΜ 1...". The
# entry is a name when the record goes on with its owner's details: a comma (Thai: a space and a field's word) and, a
# few words on, a number or an email address.
_RECORD_HEAD = re.compile(
    r"(?m)^[^\n:：]{3,60}[:：][ \t]*"
    r"(?:(?P<name>[\u05D0-\u05EA][\u05D0-\u05EA'׳]{1,14}(?:[ \t][\u05D0-\u05EA][\u05D0-\u05EA'׳]{1,14}){1,2}"
    r"|[\u0621-\u064A]{2,}(?:[ \t][\u0621-\u064A]{2,}){1,2}"
    rf"|[{_KO_SURNAMES}][가-힣]{{2}}"
    r"|[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰ]+[ \t][Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰ]+"
    # (Devanagari, a given name and a surname; Chinese, a family name and one or two characters, the record's full-width
    # comma after it: "ट्यूटर प्रोफ़ाइल: अनीता जोशी, https://...", "求职简历：周敏，电话 ...")
    r"|[\u0900-\u0963\u0966-\u097F]{2,}(?:[ \t][\u0900-\u0963\u0966-\u097F]{2,}){1,2}"
    rf"|[{_ZH_SURNAMES}][一-龥]{{1,2}}(?=，))"
    # (the details: a number, an email address or a profile's link)
    r"(?=[ \t]*[,،，][^\n]{0,60}?(?:@|[0-9]|https?://))"
    r"|(?P<thai>[\u0E01-\u0E4E]{2,20}[ \t][\u0E01-\u0E4E]{2,20})"
    r"(?=[ \t]+(?:[\u0E01-\u0E4E]{2,20}[ \t]*[^\n]{0,40}?(?:@|[0-9]{4})|https?://))"
    r")"
)


# A Chinese CV header's first field, before the town and the contacts: "李娜｜杭州｜+86 ...".
_ZH_ROW_NAME = re.compile(rf"(?m)(?:^|(?<=[：:]))[ \t]*(?P<zh>[{_ZH_SURNAMES}][一-龥]{{1,2}})[ \t]*[｜|](?=[^\n]*[｜|])")
# A roster's row in Korean: a family name and a given name of two syllables opening the line, a separator, then the
# member's number or email address: "오준호 / +82 10-2753-0257 / junho.oh@gmail.com".
_HANGUL = re.compile(r"[가-힣]")
_KO_ROW = re.compile(
    rf"(?m)^[ \t]*(?:[0-9]{{1,3}}[.)][ \t]*)?(?P<name>[{_KO_SURNAMES}][가-힣]{{2}})[ \t]*(?:/|,|，|\||\t|·|-)[ \t]*"
    r"(?=[^\n]{0,40}?(?:[0-9]{3}|@))"
)
# Korean field labels that open with a family name's syllable: "연락처, 010-...", "이메일, ...".
_KO_FIELD_WORDS = frozenset("연락처 이메일 신분증 문의처 주민번호 전화로 계좌로 카드로".split())


def _record_heads(text: str) -> list[Span]:
    spans = []
    for m in _RECORD_HEAD.finditer(text):
        group = "name" if m.group("name") else "thai"
        name, start = m.group(group), m.start(group)
        first = name.split()[0]
        if first in _ENTRY_OPENERS and len(name.split()) >= 3:
            name, start = name[len(first) :].lstrip(), start + len(name) - len(name[len(first) :].lstrip())
            # ("ייפוי כוח: אני עומר לוי, ת.ז. ...", "הטופס: שם אורי פרץ, ...": "I" or "name" opens the entry)
        if UNCASED_FUNCTION_WORDS.isdisjoint(name.split()) and not name.startswith("ال") \
                and name[-1] not in _KO_NOT_NAME_ENDS and name not in _KO_FIELD_WORDS \
                and not _ROLE_BEFORE_UNCASED.match(text, m.start(group)) and not _THAI_ROLE.match(text, m.start(group)):
            # (a role first: its own rule takes the name after it)
            spans.append(Span(start, m.end(group), EntityType.PERSON, 0.7))
    return spans


_ENTRY_OPENERS = frozenset(("אני", "أنا", "انا", "שם", "الاسم", "اسم"))
# ... and in a script with capitals, where the model may miss a name it has not seen ("Zahtjev za najam stana: Hrvoje
# Knežević, OIB 845..."): two capitalised words (three are as often a German role and a name: "Versicherungsnehmer Emre
# Schäfer"), then the comma and, a few words on, an identifier's six digits or an email address.
_CASED_RECORD_HEAD = re.compile(
    r"(?m)^[^\n:]{3,60}:[ \t]+(?P<name>[^\W\d_][\w'’-]+[ \t]+[^\W\d_][\w'’-]+)(?=[ \t]*,[^\n]{0,40}?(?:@|[0-9]{6}))"
)


# A relative or a party named before the name, capitalised as German writes its nouns: "Mutter Ida Roth, ...".
_ENTRY_ROLES = frozenset(
    """mutter vater kind sohn tochter ehemann ehefrau partner partnerin antragsteller antragstellerin mieter mieterin
    vermieter vermieterin mother father son daughter husband wife child tenant landlord applicant patient guest
    mère père fils fille madre padre hijo hija moeder vader zoon dochter""".split()
)


def _cased_record_heads(text: str) -> list[Span]:
    spans = []
    for m in _CASED_RECORD_HEAD.finditer(text):
        span = name_span(text, m.start("name"), m.end("name"), 0.7)
        if span is not None and span.end == m.end("name") and m.group("name").split()[0].lower() not in _ENTRY_ROLES:
            spans.append(span)  # (every word a name's: not "Update: New office, ...", which stops at "office")
    return spans


# A pasted chat in Korean, Chinese or Japanese: each line opens with its speaker, then a colon or, in Japanese, the
# quote bracket ("민서연: 내일 봐", "周丽：好的", "健太「了解」"). Without capitals, the speaker is told by the shape of a
# name (a Korean or Chinese family name first) and by the layout: the prompt says it is a chat and two lines are so
# spoken.
_CJK_CHAT_HINT = re.compile(r"대화|카톡|카카오톡|채팅|단톡|메신저|聊天|对话|對話|群聊|微信|トーク|チャット|会話|やりとり|やり取り|LINE")
_CJK_SPEAKER = re.compile(
    rf"(?m)^[ \t]*(?:(?P<ko>[{_KO_SURNAMES}][가-힣]{{1,3}})[ \t]*[:：]|(?P<zh>[{_ZH_SURNAMES}][一-龥]{{1,2}})[ \t]*[:：]"
    r"|(?P<ja>[一-龥ぁ-んァ-ヶー]{1,4})[ \t]*「)"
)
# The family and the self a chat's lines are spoken by, and the labels of a form pasted from a chat, not names: "엄마:
# ...", "母「...」", "주소: ...".
_CJK_NOT_SPEAKERS = frozenset("엄마 아빠 언니 오빠 누나 동생 할머니 할아버지 선생님 사장님 고객 상담원 나 저 "
                              "주소 연락처 이메일 전화 전화번호 날짜 시간 금액 계좌 메모 제목 내용 장소 위치 "
                              "妈妈 爸爸 老公 老婆 哥哥 姐姐 弟弟 妹妹 老师 客服 我 "
                              "私 僕 俺 母 父 ママ パパ 兄 姉 弟 妹 先生 店員".split())


def _cjk_chat_speakers(text: str) -> list[Span]:
    found = [(m.start(m.lastgroup), m.end(m.lastgroup)) for m in finditer_lines(_CJK_SPEAKER, text)
             if m.group(m.lastgroup) not in _CJK_NOT_SPEAKERS and m.group(m.lastgroup)[-1] not in _KO_NOT_NAME_ENDS]
    if len(found) < 2:
        return []  # one such line is a label ("연락처: ...", "地址：..."), a chat has two speakers' lines or more
    return [Span(start, end, EntityType.PERSON, 0.7) for start, end in found]


# The landlord, the owner or the named holder a message is for, in scripts without capitals, the name's words up to
# the particle or the punctuation after it: "إلى المالك هند الظاهري لإنهاء", "الاسم سلطان المهيري،", "לבעל הדירה, אורית
# קליין.", "मकान मालिक दिनेश सिंह को", "เจ้าของห้อง พรทิพย์ ใจดี".
_LANDLORD_UNCASED = re.compile(
    r"(?:المالك|المالكة|صاحب[ \t]الشقة|صاحبة[ \t]الشقة|صاحب[ \t]العقار|صاحب[ \t]السكن|الاسم)[ \t]*:?[ \t]+"
    r"(?P<ar>[ء-ي]{2,}(?:[ \t][ء-ي]{2,}){1,2}?)(?=[ \t]*[,،.؛]|[ \t]+(?:ل|ب|و|في|عن|من|على)|[ \t]*$)"
    r"|(?:לבעל|לבעלת|בעל|בעלת)[ \t]הדירה[ \t]*[,:]?[ \t]+(?P<he>[א-ת][א-ת'׳]{1,15}[ \t]+[א-ת][א-ת'׳]{1,15})(?![א-ת])"
    r"|(?:मकान[ \t]मालिक|मकान[ \t]मालकिन)[ \t]+(?P<hi>[ऀ-ॿ]{2,}[ \t]+[ऀ-ॿ]{2,})"
    r"(?=[ \t]+(?:को|से|का|की|के|ने|जी)(?![ऀ-ॿ])|[ \t]*[,।.]|[ \t]*$)"
    r"|(?:เจ้าของห้อง|เจ้าของบ้าน|เจ้าของหอ|เจ้าของคอนโด)[ \t]*(?P<th>[ก-๎]{2,20}[ \t]+[ก-๎]{2,20})(?![ก-๎])"
)
# (An Arabic given name does not open with the article: "الاسم العربي الجميل" is "the beautiful Arabic name".)
_LANDLORD_HINT = re.compile(r"المالك|صاحب|الاسم|הדירה|मकान|เจ้าของ")


_KANA = re.compile(r"[ぁ-んァ-ヶ]")
_KO_LABEL_HINT = re.compile(r"매도인|매수인|판매자|구매자|양도인|양수인|연락처|관리자|담당|성명|이름|명의|예금주|수취인|수령인|받는|보내는|보호자|환자명|고객명|신청인|임차인|임대인|세입자|집주인|대표자|담당자|학생|원생|회원|신청자|피보험자|계약자")
_THAI_HINT = re.compile(r"ผู้ขาย|ผู้ซื้อ|ติดต่อ|ข้าพเจ้า|มอบอำนาจ|ชื่อ|ผู้เช่า|ผู้ให้เช่า|ผู้ป่วย|ผู้รับ|ผู้ส่ง|ผู้เอาประกัน|ผู้ปกครอง|นักเรียน")
_HEBREW_HINT = re.compile(r"כוח|לכבוד|הח\"מ|החתו")


def _keyed_names(text: str) -> list[Span]:
    """The values of keys that name a person (_PERSON_KEY), cut before the next key ("Darnell LastName:..."): not
    a type, a placeholder or a word of code."""
    spans = []
    last = -1
    low = text.lower()
    if len(low) != len(text):
        return spans  # (a letter that lower-cases to two: positions would not match; no record prints one in a key)
    for hint in _PERSON_KEY_HINT.finditer(low):
        # the key is the hint's word with what comes before it ("first_" of "first_name"): tried only there
        m = _PERSON_KEY.search(text, max(last + 1, hint.start() - 24), hint.end() + 90)
        if m is None or m.start() > hint.start():
            continue
        last = m.end()
        words = m.group("name").split()
        for i, word in enumerate(words):
            if text.startswith((":", "="), m.start("name") + m.group("name").find(word) + len(word)):
                words = words[:i]
                break
        if not words or words[0].lower() in _TYPE_WORDS or any(is_common(w.strip(".")) for w in words) \
                or any("." in w.rstrip(".") or "_" in w for w in words):
            continue  # "first_name: str", "lastName = faker.name", "surname: user_input"
        value = " ".join(words).rstrip("'’.")
        start = m.start("name")
        spans.append(Span(start, start + len(value), EntityType.PERSON, 0.7))
    return spans


# The names of a passport's machine-readable zone: "P<GBRLLEWELLYN<<PRIYA<ANNE<<<<": the type, the issuing state,
# then the surname, two fillers and the given names, in capitals (or as a prompt lower-cased it).
_MRZ_NAMES = re.compile(
    r"(?im)^[ \t]*P[A-Z<][A-Z<]{3}(?P<surname>[A-Z]{2,}(?:<[A-Z]{2,})*)<<(?P<given>[A-Z]{2,}(?:<[A-Z]{2,})*)<"
)
_MRZ_PART = re.compile(r"[A-Za-z]+")


def _passport_names(text: str) -> list[Span]:
    spans = []
    for m in _MRZ_NAMES.finditer(text):
        for group in ("surname", "given"):
            spans.extend(Span(m.start(group) + p.start(), m.start(group) + p.end(), EntityType.PERSON, 0.8)
                         for p in _MRZ_PART.finditer(m.group(group)))
    return spans


# A family named by its surname: "the Iyer family", a Wi-Fi network "Ó Súilleabháin Family", "Familie Brandtner".
_FAMILY_OF = re.compile(
    r"(?:\b[Tt]he[ \t]+|(?i:ssid)[\"'= \t:]+[\"']?|(?<=[\"']))(?P<name>(?:(?:van|von|der|den|de|da|di|du|le|la|ó|o|Ó|O|mac|mc)[ \t]+)*"
    r"[^\W\d_][\w'’-]+(?:[ \t]+(?:der|den|de)?[ \t]*[^\W\d_][\w'’-]+)?)[ \t]+(?:[Ff]amily|FAMILY)\b"
    r"|\b(?:Familie|Famille|Família|Familia|Famiglia|Rodzina|Rodina)[ \t]+(?P<after>[A-ZÀ-Þ][\w'’-]+)"
)


def _families(text: str) -> list[Span]:
    spans = []
    for m in _FAMILY_OF.finditer(text):
        group = "name" if m.group("name") else "after"
        words = [w for w in m.group(group).split() if w.lower() not in _PARTICLES and w.lower() not in ("ó", "o", "mac", "mc")]
        quoted = group == "name" and not m.group().lower().startswith("the")
        if not quoted and not m.group().endswith("family") and group == "name":
            continue  # "The Addams Family": a title capitalises its every word
        if not words or any(is_common(w) for w in words) or not (quoted or all(w[:1].isupper() for w in words)):
            continue  # "the whole family", "the royal family", "the host family"
        spans.append(Span(m.start(group), m.end(group), EntityType.PERSON, 0.7))
    return spans


# A device named after its owner: "Kirra-MacBook-Air", "Tomas's iPad", "Priya-Pixel-7".
_DEVICE_OWNER = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]{2,15})(?:['’]s)?[- ](?=(?:MacBook|iPhone|iPad|iMac|Mac-mini|Pixel|Galaxy|ThinkPad|"
    r"Surface|Laptop|laptop|Desktop|desktop|PC|Android|Watch|Apple-Watch|Chromebook|Kindle|Echo|Switch)\b)"
)


def _device_owners(text: str) -> list[Span]:
    return [Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7) for m in _DEVICE_OWNER.finditer(text)
            if not is_common(m.group("name")) and m.group("name").lower() not in _DEVICE_WORDS]


_DEVICE_HINT = re.compile(r"MacBook|iPhone|iPad|iMac|Mac-mini|Pixel|Galaxy|ThinkPad|Surface|[Ll]aptop|[Dd]esktop|PC|Android|Watch|Chromebook|Kindle|Echo|Switch")
_DEVICE_WORDS = frozenset("work office home kids kitchen living bedroom family guest old new main spare test dev my".split())


# A name after the word for "name" or "full name" in Greek, Ukrainian and Russian forms, wherever it stands in the
# line and in either case: "Όνομα: Ελένη Μαρκου, τηλ ...", "ПІБ: олена коваль, РНОКПП ...", "ФИО: Иванов Пётр".
_SCRIPT_FIELD_HINTS = ("όνομα", "ονοματεπώνυμο", "піб", "фио", "ім'я", "імʼя", "ім’я", "имя")
_SCRIPT_NAME_FIELD = re.compile(
    r"(?i:(?<![^\W\d_])(?:όνομα|ονοματεπώνυμο|піб|фио|ім['ʼ’]я|имя)[ \t]*:[ \t]*)"
    r"(?P<name>[^\W\d_][^\W\d_'’-]+(?:[ \t]+[^\W\d_][^\W\d_'’-]+){1,2})(?=[ \t]*(?:[,;(\n'\"]|$))"
)


# A phone call or a voice message opens with a greeting and who is speaking, often transcribed without
# capitals or punctuation: "hi it's kieran nguyen calling about", "oui bonjour c'est solène benali je vous
# appelle", "ciao sono annalisa ti volevo dire", "hej det är måns wallin jag ringer om".
_SPOKEN_GREETINGS = frozenset(
    """hi hello hey hej hallo hoi hola ciao salut bonjour olá oi ahoj cześć merhaba goddag buongiorno moin dag
    привет привіт здравствуйте добрый добрий алло ало здравей здрасти selam iyi halo hai selamat chào bună salutare
    γεια""".split()
)
_SPOKEN_HELLOS = (r"hi|hello|hey|hej|hallo|hoi|hola|ciao|salut|bonjour|olá|oi|ahoj|cześć|dzień dobry|merhaba|goddag|"
                  r"god dag|buongiorno|buenos días|buenas|guten tag|moin|goedendag|dag|"
                  # Russian, Ukrainian, Bulgarian; Turkish; Indonesian and Malay; Vietnamese; Romanian; Greek
                  r"привет|привіт|здравствуйте|добрый день|добрий день|алло|ало|здравей|здрасти|selam|iyi günler|"
                  r"halo|hai|selamat pagi|selamat siang|xin chào|chào|bună|salutare|γεια σας|γεια")
_SPOKEN_START = re.compile(rf"\b(?=(?:{_SPOKEN_HELLOS})[ \t,])")
_SPOKEN = re.compile(
    rf"(?i)\b(?:{_SPOKEN_HELLOS})[ \t]*,?[ \t]+"
    r"(?:it's|it is|this is|c'est|c’est|ici|sono|qui è|son|det är|här är|det er|her er|ich bin|hier ist|hier spricht|"
    r"soy|habla|aquí|ik ben|hier is|met|je suis|sou|aqui é|aqui fala|jsem|tady je|mówi|z tej strony|ben|"
    # "это Ксения", "це Олена", "ini arif", "saya", "aku", "tôi là", "sunt", "είμαι" (and German's article before a
    # first name in speech: "hier ist die greta")
    r"это|це|аз съм|ini|saya|aku|tôi là|em là|anh là|sunt|είμαι|εδώ)(?:[ \t]+(?:die|der))?[ \t]+"
    r"(?P<words>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,4})"
)
# What follows the speaker's name in such a message: what they are doing, or the next sentence's pronoun.
_AFTER_SPEAKER = frozenset(
    """calling ringing speaking here from again just about regarding with and again
    je j'appelle vous ti ti volevo volevo ti chiamo jag ringer ich rufe wir yo te llamo ik bel jeg ringer eu estou
    io i we vi och und et e y en og a ve dzwonię volám
    и а я мы запиши звоню по насчёт з і я ми dan yang mau mau ingin dari di alamat baru nomor aku saya ve ben
    ich wollt wollte nur wegen weil möchte zum zur für mit và tôi em gọi muốn şi eu και""".split()
)


def _spoken_introductions(text: str) -> list[Span]:
    spans = []
    for m in finditer_cued(_SPOKEN, _SPOKEN_START, text):
        if m.group("words")[:1].isupper() and text[m.start("words") - 4 : m.start("words") - 1].lower() in ("die", "der"):
            continue  # "hallo hier ist die Praxis": a capitalised noun after the article; a name so is lower-cased speech
        words = list(re.finditer(r"\S+", m.group("words")))
        kept = []
        for w in words:
            token = w.group()
            bare = token.rstrip(".,;:!?")
            if bare.lower() in _AFTER_SPEAKER or (is_common(bare) and bare.lower() not in _PARTICLES):
                break
            if kept and kept[0].group()[:1].isupper() and not token[:1].isupper() and bare.lower() not in _PARTICLES:
                break  # a capitalised name ends where lower case goes on: "это Ксения запиши адрес"
            kept.append(w)
            if bare != token:
                break  # punctuation ends the name
        else:
            if len(words) == len(kept) and m.end() < len(text) and text[m.end()] not in ",.;:!?":
                continue  # no end in sight: prose, not a name
        while kept and kept[-1].group().rstrip(".,;:!?").lower() in _PARTICLES:
            kept.pop()
        if not 1 <= len(kept) <= 3:
            continue
        start = m.start("words") + kept[0].start()
        end = m.start("words") + kept[-1].start() + len(kept[-1].group().rstrip(".,;:!?"))
        spans.append(Span(start, end, EntityType.PERSON, 0.65))
    return spans


# "Der Vermieter heisst Urs Zürcher", "hun hedder Ida Dahl", "se jmenuje Jana Nováková": a first and last name
# after the verb of naming (two capitalised words: "das heißt Arbeit" is a German noun after "that means").
_CALLED_CUES = frozenset("heißt heisst hedder heter heet jmenuje nazywa chiamato llamado chamado adı".split())
_CALLED = re.compile(
    rf"(?i:\b(?:heißt|heisst|hedder|heter|heet|se jmenuje|nazywa się|si chiama|se llama|se chama|adı)[ \t]+)"
    rf"(?P<name>{_WORD}[ \t]+{NAME_RUN})"
)
_CALLED_CUE = re.compile(r"\b(?=(?:heißt|heisst|hedder|heter|heet|se jmenuje|nazywa się|si chiama|se llama|se chama|adı)[ \t])")


_GREEK_OR_CYRILLIC = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_EMAIL_NEAR = re.compile(r"(?P<local>[A-Za-z0-9._%+-]+)@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_NEAR_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]+")


def names_from_emails(text: str) -> list[Span]:
    """Words next to an email address that its local part spells: "derek robinson (drobinson@web.de)".

    People's addresses are made of their names, so a word within a few words of the address that
    appears in it (or whose initial joins a word that does: d+robinson) is taken for a name, whatever
    its case.
    """
    if "@" not in text:
        return []
    spans = []
    for m in _emails_near(text):
        if nobodys(m.group(), text):
            continue  # "a user Jane Doe with email jane.doe@example.org": a stand-in's address spells no one's name
        local = _fold(m.group("local"))
        lo, hi = max(0, m.start() - 60), min(len(text), m.end() + 40)
        # (a word running into the address is a piece of it glued to the text before: "メールはtanaka.yuki@...")
        words = [w for w in _NEAR_WORD.finditer(text, lo, hi) if not (w.start() < m.end() and m.start() < w.end())]
        hits = [i for i, w in enumerate(words) if len(w.group()) >= 3 and not is_common(w.group())
                and w.group().lower() not in CONTACT_LABELS and _spelled_in(w.group(), local)  # not billing@, press@
                and (w.group()[0].isupper() or not _GREEK_OR_CYRILLIC.match(w.group()))]  # (in Greek or Cyrillic
        # capitalised only, as those scripts write names: "στην" spells the s-t-n of "konstantinou", "связаться" more)
        for i in hits:
            spans.append(Span(words[i].start(), words[i].end(), EntityType.PERSON, 0.65))
            if i > 0 and not is_common(words[i - 1].group()) and (words[i - 1].group()[0].isupper()
                                                                  or not _GREEK_OR_CYRILLIC.match(words[i - 1].group())):
                first, last = _fold(words[i - 1].group()), _fold(words[i].group())
                spelled = local
                if not first and not last:  # Greek or Cyrillic: compared by their consonants (see _spelled_in)
                    first, last = _consonants(words[i - 1].group()), _consonants(words[i].group())
                    spelled = local.translate(_VOWELS)
                if first and (first[0] + last in spelled or last + first[0] in spelled):
                    spans.append(Span(words[i - 1].start(), words[i - 1].end(), EntityType.PERSON, 0.65))
    return spans


# Greek and Cyrillic letters in Latin ones, as people spell their names in their addresses ("Παπαδοπούλου" in
# "apapadopoyloy@", "Ткаченко" in "tkachenko@"). Transliterations differ in their vowels ("ου" is "ou" or "oy"), so a
# word of these scripts is compared by its consonants.
_TRANSLIT = str.maketrans({
    "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l",
    "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f",
    "χ": "ch", "ψ": "ps", "ω": "o", "ά": "a", "έ": "e", "ή": "i", "ί": "i", "ό": "o", "ύ": "y", "ώ": "o", "ϊ": "i",
    "ϋ": "y", "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
_VOWELS = str.maketrans("", "", "aeiouyhjw")


def _spelled_in(word: str, local: str) -> bool:
    """True when `word` is spelled in the folded local part `local`: its ASCII letters, or for a word in Greek or
    Cyrillic (which folds to nothing) the consonants of its transliteration, three at least, among the local part's."""
    folded = _fold(word)
    if folded:
        return len(folded) >= 3 and folded in local
    latin = word.lower().translate(_TRANSLIT)
    if not latin.isascii():
        return False
    if len(latin) >= 4 and latin in local:
        return True  # "Μαρία" in "maria29@", "юлія" in "yuliya80@"
    consonants = _consonants(word)
    return len(consonants) >= 3 and consonants in local.translate(_VOWELS)


def _consonants(word: str) -> str:
    """The consonants of a Greek or Cyrillic word's transliteration, in ASCII, "h", "j", "w" and "y" counted as
    vowels: "Ткаченко" gives "tkcnk"."""
    return _fold(word.lower().translate(_TRANSLIT)).translate(_VOWELS)


_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")


def _emails_near(text: str) -> Iterator[re.Match[str]]:
    """`_EMAIL_NEAR.finditer(text)`, tried only at the local part before each "@" (from every character,
    the pattern would run through each word to find no "@" after it)."""
    end = 0
    at = text.find("@")
    while at >= 0:
        start = at
        while start > end and text[start - 1] in _LOCAL_CHARS:
            start -= 1  # (any start inside the local part reaches the same "@": the first one is finditer's)
        m = _EMAIL_NEAR.match(text, start) if start < at else None
        if m is not None:
            end = m.end()
        at = text.find("@", max(at + 1, end))
        if m is not None:
            yield m


def fold(value: str) -> str:
    """Lower-case ASCII letters only: "Tobias Koch" → "tobiaskoch" (how people spell their names in addresses)."""
    return _fold(value)


# Letters Unicode does not decompose into a base letter and a mark, as people write them in ASCII.
_UNDECOMPOSED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d", "ħ": "h"})


def _fold(value: str) -> str:
    """Lower-case ASCII letters only: "Álvarez" → "alvarez", "smit.w" → "smitw", "Đức" → "duc" (not "uc": "đơn",
    a form, must not fold to the "on" of "huong42@")."""
    decomposed = unicodedata.normalize("NFKD", value.lower().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if "a" <= ch <= "z")


# A capital inside a word after five lower-case letters joins two words into an identifier ("AuthenticationError",
# "SessionManager"); names join shorter prefixes so ("McDonald", "MacKenzie", "DeShawn", "FitzGerald").
_IDENTIFIER = re.compile(r"[a-z]{5}[A-Z]")


def name_span(text: str, start: int, end: int, score: float) -> Span | None:
    """Keep the leading capitalised words of a candidate run; None when the first one is not a name."""
    kept_end = start
    for word in re.finditer(r"\S+", text[start:end]):
        token = word.group().rstrip(".,;:!?")
        if token.lower() in _PARTICLES:
            continue  # "de Boer", "Jan van der Berg": particles join, they don't end a name
        possessive = token.endswith(("'s", "’s"))
        token = token[:-2] if possessive else token
        if not token[:1].isupper() or is_common(token) or token.isupper() and len(token) > 1 or _IDENTIFIER.search(token):
            break
        kept_end = start + word.start() + len(token)
        if possessive:
            break  # "Amelia's retirement": the name ends at the 's
    if kept_end - start <= 1 or kept_end < len(text) and text[kept_end].isdigit():
        return None  # (a run cut short by a digit is a piece of an identifier: "message SMf7b22acc..."; "M." is a title)
    last = text[start:kept_end].rsplit(None, 1)
    if len(last) == 2 and last[1].lower() in _PLACE_ENDS:
        return None  # "Lady Elliot Island", "Sir Joseph Banks Reef": a place named after someone
    return Span(start, kept_end, EntityType.PERSON, score)


# A person's field in a one-line form, "Tenant: <value> Address: ...": the next label says where the value ends, so
# its words are the name whatever their case or an OCR's stray spaces ("Tenant: Ewan E ntwistle Address: ...",
# "tenant: aditya baner jee address: ...").
_ROLE_FIELD = re.compile(
    r"(?i)(?<![\w])(?:tenant|landlord|applicant|guarantor|payee|employee|patient|insured|policyholder|claimant|witness|"
    r"buyer|seller|owner)[ \t]*:[ \t]*(?P<name>[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,5}?)[ \t]+(?=[^\W\d_]+[ \t]*:)"
)
_ROLE_FIELD_HINT = re.compile(r"(?i)(?:tenant|landlord|applicant|guarantor|payee|employee|patient|insured|policyholder|"
                              r"claimant|witness|buyer|seller|owner)[ \t]*:")


def _role_fields(text: str) -> list[Span]:
    spans = []
    for m in _ROLE_FIELD.finditer(text):
        words = m.group("name").split()
        if not any(is_common(w) for w in words if len(w) > 2) and (words[0][0].isupper() or text.islower()):
            spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7))
    return spans


# A message signed on its last line after its last sentence, in any script: "... by Friday. Eleni Vasileiou", "...
# 보내 주세요. 곽도윤", and the slash a text message is signed with: "... call me. /Ingrid".
_LINE_END_SIGNOFF = re.compile(
    r"(?m)(?<=[.!?。])[ \t]+(?P<name>[^\W\d_][\w'’-]*[^\W\d_][ \t]+[^\W\d_][\w'’-]*[^\W\d_])[ \t]*[“”\"»'’]?[ \t]*$"
    r"|(?:^|(?<=[ \t]))/(?P<slash>[^\W\d_][\w'’-]*[^\W\d_])[ \t]*[“”\"»'’]?[ \t]*$"
)
# The word a message closes with before its signature: "Hälsningar Frida", "Hilsen Ola", "Pozdrawiam Ewa".
_CLOSINGS = frozenset(
    _GREETINGS.split("|") + "hälsningar hilsen mvh pozdrawiam pozdrav pozdrowienia üdvözlettel terveisin srdačno selamlar "
    "saygılarımla groetjes groeten".split()
)
_KO_LINE_END_SIGNOFF = re.compile(rf"(?m)(?<=[.!?。])[ \t]+(?P<ko>[{_KO_SURNAMES}][가-힣]{{2}})[ \t]*$")
# A person's name before the word for "born" and a date, in a family tree, a discharge letter or a form: "Rhian Lloyd
# b. 3 May 1961", "za Ana Jurić, rođenu 4. ožujka 1970.", "Kiss Anna született 1988.", "Lena Berg, född 12 maj".
_BORN_AFTER = re.compile(
    r"(?i:,?[ \t]+(?:b\.|born|rođen[aeu]?|née|né|geboren|nato|nata|nacid[oa]|nascid[oa]|født|född|urodzon[ya]|ur\.|"
    r"narozen[aáý]?|született|syntynyt|gimęs|gimusi)[ \t]+(?:(?:on|le|am|il|el|em|den|dne|the)[ \t]+)?)[0-9]"
)
# Where `_LINE_END_SIGNOFF` can match: after a sentence's stop that spaces follow, or at a "/". Its look back leaves
# `re` no first character to skip to; this scan skips to those characters (~0.1 ms less on 1 KB of prose).
_SIGNOFF_START = re.compile(r"[.!?。](?=[ \t])|/")


def _signoff_starts(text: str) -> Iterator[int]:
    return (m.start() if m.group() == "/" else m.end() for m in _SIGNOFF_START.finditer(text))


_BORN_CUES = ("b.", "born", "rođen", "née", "né", "geboren", "nat", "nacid", "nascid", "født", "född", "urodzon", "ur.",
              "narozen", "született", "syntynyt", "gimę", "gimus")


def _signed_or_born(text: str) -> list[Span]:
    spans = []
    if "/" in text or any(ch in text for ch in ".!?。"):
        for m in matches_at(_LINE_END_SIGNOFF, text, _signoff_starts(text)):
            group = "name" if m.group("name") else "slash"
            start = m.start(group)
            if group == "name" and (closing := m.group(group).split()[0]).lower() in _CLOSINGS:
                start += len(closing) + len(m.group(group)[len(closing) :]) - len(m.group(group)[len(closing) :].lstrip())
            span = name_span(text, start, m.end(group), 0.7)
            if span is not None and span.end == m.end(group):
                spans.append(span)
        if not text.isascii():
            spans.extend(Span(m.start("ko"), m.end("ko"), EntityType.PERSON, 0.7)
                         for m in _KO_LINE_END_SIGNOFF.finditer(text) if m.group("ko")[-1] not in _KO_NOT_NAME_ENDS)
    if contains(text, _BORN_CUES):
        for m in _BORN_AFTER.finditer(text):
            if (span := _capitalised_run_before(text, m.start())) is not None:
                spans.append(span)
    return spans


def _capitalised_run_before(text: str, at: int) -> Span | None:
    """The run of two to four capitalised words (with their particles) ending at `at`, as a name."""
    base = max(0, at - 60)
    start, count = at, 0
    for w in reversed(list(re.finditer(r"[^\s,;:(]+", text[base:at]))):
        token = w.group()
        if text[base + w.end() : start].strip():
            break  # punctuation between the words: "... in Tübingen: Lea Vogt" is two runs
        if token.lower() in _PARTICLES and count:
            start = base + w.start()
            continue
        if not token[:1].isupper() or is_common(token) or count == 4:
            break
        start, count = base + w.start(), count + 1
    while count and text[start:at].split(None, 1)[0].lower() in _PARTICLES:
        start += len(text[start:at].split(None, 1)[0])  # "... d'hospitalisation de Léa Roux, née le": "de" is the sentence's
        start += len(text[start:at]) - len(text[start:at].lstrip())
    if count < 2 or text[start:at].rstrip() != text[start:at]:
        return None
    return name_span(text, start, at, 0.7)


# The kinds of place a name can end with when the place is named after a person ("Lady Elliot Island", "Prince
# Edward Island", "Saint Helena Bay"): a title before them opens the place's name, not a person's.
_PLACE_ENDS = frozenset(
    "island islands isle bay beach reef peninsula falls valley creek harbour harbor airport station cathedral "
    "insel strand île plage isla playa isola spiaggia eiland".split()
)


def is_common(word: str) -> bool:
    """A word that is never (part of) a name: a sentence opener, a technical term, a greeting..."""
    low = word.lower()
    return low in _NOT_NAMES or low in COMMON


# Who speaks in a support chat or a call transcript without being anyone in particular.
_ROLES = frozenset(
    """agent caller customer client bot assistant user system support operator host guest moderator admin me you
    interviewer interviewee speaker narrator doctor patient nurse teacher student manager
    operatore operatrice operador operadora opérateur opératrice operator agente conseiller conseillère asesor asesora
    consulente berater beraterin kundendienst klantenservice medewerker atendente cliente kunde klant""".split()
)
_PARTICLES = frozenset("van von der den de da di del della du la le bin ibn al el dos das ter zu ap op 't ’t".split())
# Public for the modules that read "Last, First" forms ("Iglesias de la Fuente, Aitor").
PARTICLES = _PARTICLES
_NOT_NAME_WORDS = _NOT_NAMES | _PARTICLES  # (made once: the union of a set of thousands costs as much as reading it)


def name_words(text: str, persons: Iterable[Span]) -> frozenset[str]:
    """The words of found names that `propagate` looks for elsewhere: "Maria", "Gonzalez" for "Maria Gonzalez"."""
    words = set()
    for span in persons:
        for word in re.findall(_WORD, text[span.start : span.end]):
            if len(word) >= 3 and word[0].isupper() and word.lower() not in _NOT_NAME_WORDS:
                words.add(word)
    return frozenset(words)


def propagate(text: str, persons: Iterable[Span]) -> list[Span]:
    """Other mentions of the words of names already found: "Maria" and "Gonzalez's" after "Maria Gonzalez"; and the
    partner joined to a full name by "&" or "and" ("Aisha Bello & Tunde Bello", the holders of a joint account)."""
    persons = list(persons)
    words = name_words(text, persons)
    if not words:
        return []
    return [*_other_mentions(text, words), *_partners(text, persons), *_in_identifiers(text, words)]


# A machine, an account or a file named after someone the text names: "vpn-siddharth" beside "# Siddharth Kulkarni",
# "scans/Brandt_passport.pdf" beside "Jolene Brandt". The name's word, in any case, set off inside the identifier by a
# hyphen, an underscore, a dot or a slash (a whole word elsewhere is `_other_mentions`').
_IDENTIFIER_SEPARATORS = "-_./@"


def _in_identifiers(text: str, words: Iterable[str]) -> list[Span]:
    low = text.lower()
    spans = []
    for word in words:
        if len(word) < 4:
            continue
        needle = word.lower()
        at = low.find(needle)
        while at >= 0:
            end = at + len(needle)
            before = low[at - 1] if at else " "
            after = low[end] if end < len(low) else " "
            if (before in _IDENTIFIER_SEPARATORS and not after.isalnum()
                    or after in "-_" and not before.isalnum() and before not in "'’") and len(low) == len(text):
                spans.append(Span(at, end, EntityType.PERSON, 0.65))
            at = low.find(needle, end)
    return spans


# A second full name joined to a full name found: "holders: "Ines Roth & Paul Roth"", "Tenants: Kofi Mensah and Ama
# Owusu". Both capitalised words of the partner must pass `name_span` (not "Ines Roth & Co", "... and Sons Ltd").
_PARTNER = re.compile(rf"[ \t]+(?:&|and|und|et|en|og|och)[ \t]+(?P<name>{NAME_RUN})")
_FIRM_TAILS = frozenset("sons daughters co partners partner associates ltd inc llc gmbh company group söhne fils zonen hijos".split())


def _partners(text: str, persons: list[Span]) -> list[Span]:
    spans = []
    for person in persons:
        if " " not in text[person.start : person.end].strip() or (m := _PARTNER.match(text, person.end)) is None:
            continue
        span = name_span(text, m.start("name"), m.end("name"), 0.7)
        if span is not None and " " in text[span.start : span.end] \
                and text[span.start : span.end].split()[-1].lower() not in _FIRM_TAILS:
            spans.append(span)
    return spans


def _other_mentions(text: str, words: Iterable[str]) -> list[Span]:
    """Every whole-word occurrence of the words of names found."""
    # What `(?<![\w'’-])(?:longest|...|shortest)(?![\w-])` would find, without compiling a pattern per text:
    # every whole-word occurrence, the longest at a place, none inside the last one.
    longest: dict[int, int] = {}
    for word in words:
        for at in occurrences(text, word):
            end = at + len(word)
            if (not at or not _is_word_char(text[at - 1]) and text[at - 1] not in "'’-") and (
                    end == len(text) or not _is_word_char(text[end]) and text[end] != "-"):
                longest[at] = max(longest.get(at, 0), end)
    spans = []
    for at in sorted(longest):
        if not spans or at >= spans[-1].end:
            spans.append(Span(at, longest[at], EntityType.PERSON, 0.7))
    return spans


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what `re` takes for \w


# --- names in health records and home automation ---------------------------------------------------------------------

# An HL7 v2 segment that names a person (the patient, the next of kin, the guarantor, the insured, a doctor): its
# name fields are FAMILY^GIVEN^MIDDLE, after a field bar or a doctor's ID ("PID|1||884422^^^MRN||WETHERALL^CORDELIA^J",
# "PV1|1|I|W^389^1|||004777^ATTEND^AARON^A").
_HL7_SEGMENT = re.compile(r"(?m)^(?:PID|NK1|GT1|IN1|IN2|PV1|ORC|OBR|MRG|ROL|PRD|PD1|STF|AUT)\|[^\n]*")
_HL7_NAME = re.compile(
    r"\|(?:[0-9]{1,12}\^)?(?P<family>[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*)"
    r"\^(?P<given>[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*)(?=[\^|~\n]|$)"
)
_HL7_CODES = frozenset(
    """mrn mr ss pi ni pt an vn iso hl dr md rn np pa ssn dl ppn npi upin lab ehr adt orm oru siu mdm dft hosp
    fac clinic ward icu er ed home work cell prn net internet email ph fx bp mth fth mot fat spo sps chd sib bro
    sis grd emc frd oth sel self mother father spouse child sibling brother sister friend guardian emergency contact
    attend attending admit admitting refer referring consult consulting""".split()
)
# A Home Assistant person entity, named after its owner ("entity_id: person.magnus_eriksen", "is_state('person.ana')").
_HA_PERSON = re.compile(r"\bperson\.(?P<name>[a-z][a-z]+(?:_[a-z][a-z]+){0,2})\b(?![.(])")


# An X12 EDI name segment (837 claims, 834 enrolments): "NM1*IL*1*SURNAME*GIVEN*MIDDLE~", where the entity type "1"
# after the role code says a person; "2" is an organisation and is left alone.
_X12_PERSON = re.compile(r"(?i)(?<![A-Z0-9])NM1\*[A-Z0-9]{2,3}\*1\*(?P<family>[^*~\n]{2,40})\*(?P<given>[^*~\n]{0,40})")


def _records(text: str) -> list[Span]:
    spans = []
    if "*" in text and ("NM1*" in text or "nm1*" in text):
        for m in _X12_PERSON.finditer(text):
            spans.extend(Span(m.start(g), m.end(g), EntityType.PERSON, 0.75) for g in ("family", "given") if m.group(g))
    if "|" in text and "^" in text:
        for segment in finditer_lines(_HL7_SEGMENT, text):
            for m in _HL7_NAME.finditer(text, segment.start(), segment.end()):
                family, given = m.group("family"), m.group("given")
                if family.lower() in _HL7_CODES or given.lower() in _HL7_CODES or len(family) + len(given) < 5 \
                        or is_common(family) or is_common(given):
                    continue
                spans.append(Span(m.start("family"), m.end("family"), EntityType.PERSON, 0.75))
                spans.append(Span(m.start("given"), m.end("given"), EntityType.PERSON, 0.75))
    if "person." in text and ("entity_id" in text or "state" in text or "trigger" in text):
        for m in _HA_PERSON.finditer(text):
            words = m.group("name").split("_")
            if not any(is_common(w) or w in _HA_NOT_OWNERS for w in words):
                spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7))
    return spans


_HA_NOT_OWNERS = frozenset("name first last full age email id address phone guest owner admin user me you".split())
