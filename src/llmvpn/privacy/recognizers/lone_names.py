"""A first or last name on its own, told apart from an ordinary capitalised word by what surrounds it:
a verb of saying after it ("O'Neill from accounts wants..."), a possessive before a personal noun
("Leonardo Carvalho's notes"), "per" ("Per Birgit, the launch slipped"), "booked under Leroy", "me
and Venkatesh", "anastasia here —", a list of attendees, "for the attention of", a signature line
with a pipe ("Mathieu Robert | Fairview Plumbing") or below a sign-off in any language.

Candidates go through `names.name_span` (capitalised, not a common word) unless the cue is strong
enough for lower case; famous companies and places are not taken for people.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from llmvpn.privacy.recognizers._context import (
    before_spaces,
    finditer_cued,
    finditer_words,
    matches_at,
    mentions,
    word_index,
)
from llmvpn.privacy.recognizers.names import LW, NAME_RUN, PARTICLES, is_common, name_span
from llmvpn.privacy.recognizers.negatives import FAMOUS
from llmvpn.privacy.spans import EntityType, Span

_SAYS = (
    r"says|said|wants|wanted|asked|asks|thinks|thought|told|tells|mentioned|mentions|wrote|writes|emailed|"
    r"called|needs|needed|suggested|suggests|replied|confirmed|agreed|pinged|noticed|reported|promised|"
    r"complained|insists|insisted|claims|claimed|approved|rejected|signed off|pointed out|flagged|"
    r"is asking|was asking|has asked|just asked|just called|keeps|came across|comes across|seemed|joined"
)
_SPEAKS = re.compile(
    rf"(?:^|(?<=[.!?:;]\s)|(?<=\n)|(?<=[\"“«])|(?<=\band\s)|(?<=\bbut\s)|(?<=\bthat\s))(?P<name>{NAME_RUN}?)"
    rf"(?:\s+(?:from|in|at|of)\s+[\w&-]+)?\s+(?:{_SAYS})\b"
)
# What says or wants something as a person does, written without its article: a document or a source ("Tutorial says
# ...", "Manual says ..."), a place one deals with or a role ("Gym wants a written cancellation", "Organiser wants both
# details"): no one named.
_SOURCES = frozenset("""tutorial tutorials doc docs documentation manual guide handbook readme wiki article book textbook
    spec specs specification paper study report survey website site page post blog forum faq law contract policy
    invoice letter label sign notice form chart graph table recipe course lecture video podcast changelog
    gym bank school council insurer insurance hospital clinic airline hotel office university college court police
    landlord landlady employer organiser organizer organisers organizers management payroll hr""".split())
# What _SPEAKS's opening looks behind for, as text to find: a match starts at the end of one of these (or at 0).
# Each alternative opens with a literal character, so the scan skips to those characters; "and " inside "band "
# is found too, and _SPEAKS itself then checks the word boundary.
_SPEAKER_OPENING = re.compile(r"\.\s|!\s|\?\s|:\s|;\s|\n|\"|“|«|and\s|but\s|that\s")


# ... in the other languages a chat is summarised in: a name opening a clause before the verb of what its owner said,
# asked, paid or owes ("Sanna sier at ...", "Piotr pyta o ...", "Chiara dice che ...", "Mette betalte, ...").
_ABROAD_VERBS = (
    "dice chiede scrive propone risponde ricorda paga sagt fragt schreibt meint zahlt demande écrit "
    "répond paie pregunta escribe responde pagó zegt vraagt schrijft betaalt betaalde mówi pyta pisze proponuje "
    "zbiera płaci zapłacił zapłaciła sier spør skriver betalte skylder säger frågar betalade diz pergunta escreve pagou"
)
_ABROAD_CUES = frozenset(_ABROAD_VERBS.split())
_SPEAKS_ABROAD = re.compile(
    r"(?:^|(?<=[.!?:;,]\s)|(?<=\n))(?P<name>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+)?)[ \t]+"
    rf"(?:{'|'.join(_ABROAD_VERBS.split())})(?![\w])"
)
# Who else opens such a clause: pronouns, family, roles and everyone ("Hij zegt", "Mamma dice", "Vermieter sagt").
_NOT_SPEAKERS_ABROAD = frozenset(
    """hij zij ze ona on oni one han hon hun de lei lui loro ele ela eles elas egli ella mama papa mamma papà mutti
    oma opa nonna nonno mamá papá mãe pai babcia dziadek mor far mormor farmor chef szef bank vermieter vermieterin
    polizei arzt ärztin lehrer lehrerin nauczycielka nauczyciel verhuurder huisbaas propriétaire proprietario
    alle tutti todos tout tous wszyscy nikt niemand nessuno nadie personne ingen alla iedereen jeder jede
    mijn mein meine mon ma mia mio mi mój moja min mitt ho hai ha hat habe heb""".split()
)


# Someone picked up or dropped off somewhere on a route: "pick up Aroha in Taupō, then Wiremu in Rotorua".
_PICKED_UP = re.compile(
    r"(?i:\b(?:pick(?:s|ing|ed)?[ \t]+up|drop(?:s|ping|ped)?[ \t]+off)[ \t]+)"
    r"(?P<name>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+)?)[ \t]+(?i:in|at|from)[ \t]+[A-ZÀ-Þ][\w'’-]*"
)
# ... and the next stops of the same route: ", then Wiremu in Rotorua".
_THEN_PICKED_UP = re.compile(
    r",?[ \t]+(?i:then|and)[ \t]+(?P<name>[^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+)?)[ \t]+(?i:in|at|from)[ \t]+"
    r"[A-ZÀ-Þ][\w'’-]*"
)
# ... and who picks a child up: "Mia gets picked up by Rangi Parata on Friday".
_PICKED_UP_BY = re.compile(rf"\b(?:picked up by|collected by)[ \t]+(?P<name>{NAME_RUN})")
# What is picked up or passed on a route besides people: "pick up Main Street in ...", "collect Parcel at ...".
_NOT_PICKED = frozenset("street road avenue lane station airport school office store shop parcel package keys key car van "
                        "bread milk groceries tickets ticket order stuff bags bag".split())
# (not "collect": a pet or a parcel is collected from a flat as often as a child)
_PICKED_UP_CUES = frozenset("pick picks picking picked drop drops dropping dropped".split())
# Who looks after the children or works on the house, named after the word for the job: "la nounou Inès :", "unserem
# Handwerker Jonas Keller:" (in German two words, as every noun there is capitalised).
_HELPER = re.compile(
    r"(?i:\b(?:nounou|baby-sitter|voisine|voisin|femme[ \t]+de[ \t]+ménage|assistante[ \t]+maternelle))[ \t]+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+)(?=[ \t]*[:,.;!?)]|[ \t]+[a-zà-ÿ])"
    r"|(?i:\b(?:handwerker|handwerkerin|nachbar|nachbarin|putzfrau|putzhilfe|tagesmutter|babysitterin|babysitter|"
    r"hausmeister|hausmeisterin|gärtner|gärtnerin))[ \t]+(?P<de>[A-ZÀ-Þ][\w'’-]+[ \t]+[A-ZÀ-Þ][\w'’-]+)(?=[ \t]*[:,.;!?)])"
)
_HELPER_CUES = frozenset("nounou baby-sitter voisine voisin ménage maternelle handwerker handwerkerin nachbar nachbarin "
                         "putzfrau putzhilfe tagesmutter babysitterin babysitter hausmeister hausmeisterin gärtner "
                         "gärtnerin".split())


def _picked_up_or_helpers(text: str) -> list[Span]:
    spans = []
    if mentions(text, _PICKED_UP_CUES):
        for m in _PICKED_UP.finditer(text):
            found, end = [m], m.end()
            while (then := _THEN_PICKED_UP.match(text, end)) is not None:
                found.append(then)
                end = then.end()
            for stop in found:
                kept = _capitalised(text, stop.start("name"), stop.end("name"), 0.7)
                if kept and kept[0].end == stop.end("name") \
                        and _NOT_PICKED.isdisjoint(stop.group("name").lower().split()):
                    spans.extend(kept)  # (the whole run, a person: not "Main Street", not "Parcel")
    if "picked up by" in text or "collected by" in text:
        for m in _PICKED_UP_BY.finditer(text):
            spans.extend(_capitalised(text, m.start("name"), m.end("name"), 0.7))
    if mentions(text, _HELPER_CUES):
        for m in _HELPER.finditer(text):
            group = "name" if m.group("name") else "de"
            spans.extend(_capitalised(text, m.start(group), m.end(group), 0.7))
    return spans


def _speaks_abroad(text: str) -> list[Span]:
    spans = []
    for m in _SPEAKS_ABROAD.finditer(text):
        kept = _capitalised(text, m.start("name"), m.end("name"), 0.7)
        if kept and kept[0].end == m.end("name") and not set(m.group("name").lower().split()) & _NOT_SPEAKERS_ABROAD:
            spans.extend(kept)  # (the whole run: "Wat betekent ..." is a question, not Wat)
    return spans


def _speaker_starts(text: str) -> list[int]:
    """Every place a match of _SPEAKS can start, ascending."""
    return sorted({0, *(m.end() for m in _SPEAKER_OPENING.finditer(text))})


# What can stand between where a match of _SPEAKS starts and its verb: the name's letters, apostrophes and hyphens,
# spaces and line breaks, and the "from Acme-2" between them. Any other character ends the hope of a match there.
_NOT_BEFORE_VERB = re.compile(r"[^\w\s'’&-]")


def _speaks_starts(text: str) -> list[int]:
    """The places of `_speaker_starts` from which one of the verbs (`_SAYS_CUES`, found in the text's word index)
    follows with nothing but a name's characters between: the others cannot start a match of _SPEAKS. Trying the
    pattern there is dear (~1.5 µs a place: its name runs every way before each verb is tried, ~70 µs on the
    benchmark's prompt), checking the gap cheap."""
    starts = _speaker_starts(text)
    index = word_index(text)
    if index is None:
        return starts
    verbs = sorted(at for word in _SAYS_CUES.intersection(index.starts) for at in index.starts[word])
    kept = []
    for start in starts:
        i = bisect.bisect_left(verbs, start)
        if i == len(verbs):
            break  # no verb after it, nor after the later ones
        if _NOT_BEFORE_VERB.search(text, start, verbs[i]) is None:
            kept.append(start)
    return kept


_POSSESSIVE = re.compile(
    rf"(?P<name>{NAME_RUN}?)['’]s\s+(?:\w+\s+)?(?:notes?|e-?mail|emails|mail|message|messages|request|feedback|"
    r"comments?|birthday|wedding|account|phone|number|address|car|house|flat|apartment|desk|wife|husband|"
    r"mom|mum|dad|son|daughter|kids|children|idea|proposal|draft|report|calendar|schedule|leave|salary|"
    r"review|contract|visa|passport|ticket|flight|order|reply|text|question|concerns?|complaint|diagnosis|"
    r"appointment|party|farewell|retirement|cv|resume|résumé|application|performance|behaviou?r|laptop|"
    r"password|login|office|team|sister|brother|mother|father|parents|family|boss|manager|slides|deck|"
    r"presentation|signature|invoice|expenses?|handover|onboarding|promotion|resignation|doctor|lawyer|"
    r"friend|girlfriend|boyfriend|partner|health|surgery|visit|request)\b"
)
_PER = re.compile(rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))[ \t]*(?:(?i:as per|per|laut|selon|según|secondo))[ \t]+(?P<name>{NAME_RUN}?)[ \t]*,")
_UNDER = re.compile(
    rf"(?i:\b(?:booked|reserved|registered|listed|filed|held|booking|reservation|table|room|order|account|"
    rf"is|it's)[ \t]+(?:is[ \t]+)?under[ \t]+(?:the[ \t]+name[ \t]+(?:of[ \t]+)?)?)(?P<name>{NAME_RUN})"
)
_WITH_ME = re.compile(
    rf"(?i:\b(?:me|myself)[ \t]+(?:and|&)[ \t]+)(?P<name>{NAME_RUN})|(?P<name2>{NAME_RUN}?)[ \t]+(?:and|&)[ \t]+(?:me|I|myself)\b"
)
_HERE = re.compile(rf"\A[ \t]*(?:(?i:hi|hey|hello)[ \t]*,?[ \t]+)?(?P<name>{LW}(?:[ \t]+{LW})?)[ \t]+here\b[ \t]*(?=[,.!—–:-])")
_HYPHENED = rf"{LW}(?:-{LW})?"  # "Jean-Luc"
_ATTENTION = re.compile(
    r"(?i:\b(?:for the attention of|attention|attn\.?|fao|c/o|care of|à l'attention de|a l'attention de|"
    r"à l’attention de|zu händen(?: von)?|z\. ?hd\.?|ter attentie van|a la atención de|all'attenzione di|"
    r"aos cuidados de|à atenção de)[ \t]*:?[ \t]+)"
    rf"(?P<name>{_HYPHENED}(?:[ \t]+{_HYPHENED}){{0,3}})"
    r"(?=[ \t]*(?:[,.;:!?)\n]|$))"
)
# The list runs to the end of its sentence ("présents Leroy, Mathieu et Austin Robinson. Austin doit ..."),
# not past a full stop that ends a word of two letters or more ("I. Leroy" is an initial).
_LIST = re.compile(
    r"(?im)\b(?:(?:attendees|participants|invitees|guests|cc|present|teilnehmer|teilnehmende|anwesend|présents|présentes|"
    r"asistentes|presentes|partecipanti|presenti|deelnemers|aanwezig)[ \t]*:?|"
    # who sent apologies or stayed away: only as a label ("Apologies for the delay" is no list)
    r"(?:apologies|absent|absentees|excused|regrets|entschuldigt|abwesend|excusés|excusées|absents|ausentes|"
    r"assenti|afwezig|ausentes)[ \t]*:)[ \t]+(?P<list>(?:[^\n.!?;]|(?<=\b\w)\.){2,200})"
)
_ITEM = re.compile(rf"(?:[^\W\d_]\.[ \t]*)?{LW}(?:[ \t]+{LW}){{0,3}}")
# An action item's owner: "* Ute — rotate the key", "- madison -- check the logs".
_ASSIGNEE = re.compile(rf"(?m)^[ \t]*(?:[-*•]|[0-9]{{1,2}}[.)])[ \t]+(?P<name>{LW}(?:[ \t]+{LW})?)[ \t]+(?:—|–|--)[ \t]+[a-z]")
# "a card to Valentina Bianchi and her husband": someone with a family is a person.
_WITH_FAMILY = re.compile(
    rf"(?i:\b(?:to|for|with|invite|invited|thank|thanked|visit|visited|from|congratulate)[ \t]+)(?P<name>{LW}(?:[ \t]+{LW})?)"
    r"(?=[ \t]+(?:and|&)[ \t]+(?:her|his|their)[ \t]+(?:husband|wife|partner|boyfriend|girlfriend|kids|children|family|"
    r"son|daughter|parents|fiancée?|fiance)\b)"
)
_PIPE_SIGNATURE = re.compile(rf"(?m)^[ \t]*(?P<name>{NAME_RUN})[ \t]*[|•·][ \t]*\S")
_CONTACT_NEAR = re.compile(r"@|\+?[0-9][0-9 ().-]{6,}[0-9]")
_CLOSING_LINE = re.compile(
    r"(?im)^[^\n]{0,40}?\b(?:regards|grüße|grüßen|gruß|cordialement|saluti|saludos|groet|groeten|atentamente|"
    r"atenciosamente|abraços|abrazo|bien à vous|sincerely|cheers|thanks|merci|danke|grazie|gracias|obrigad[oa])"
    rf"\b[^\n]{{0,40}}\n[ \t]*(?P<name>{NAME_RUN})"
)
# Subjects that say and want things without being anyone in particular.
_GROUPS = frozenset(
    """users people customers clients students someone somebody critics experts researchers scientists studies
    doctors parents kids children leadership management everybody mom mum dad grandma grandpa staff
    analysts investors reviewers engineers developers managers employees teachers officials police
    government research science history legal hr ops""".split()
)
_FAMOUS_THINGS = FAMOUS[EntityType.ORGANIZATION] | FAMOUS[EntityType.LOCATION]

# Pre-checks (see `_context.mentions`): a word every match of the rule holds, in lower case.
_SAYS_CUES = frozenset(w.split()[-1] if w.startswith(("is ", "was ", "has ", "just ")) else w.split()[0]
                       for w in _SAYS.split("|"))
_CUED = (
    (_SPEAKS, 0.7, _SAYS_CUES),
    (_PER, 0.7, frozenset("per laut selon según secondo".split())),
    (_UNDER, 0.75, frozenset({"under"})),
    (_CLOSING_LINE, 0.7, frozenset(
        "regards grüße grüßen gruß cordialement saluti saludos groet groeten atentamente atenciosamente abraços "
        "abrazo bien sincerely cheers thanks merci danke grazie gracias obrigado obrigada".split())),
)
_FAMILY_CUES = frozenset({"her", "his", "their"})
_ATTENTION_CUES = frozenset({"attention", "attn", "fao", "c", "care", "händen", "hd", "attentie", "atención",
                             "attenzione", "cuidados", "atenção"})
_LIST_CUES = frozenset(
    """attendees participants invitees guests cc present teilnehmer teilnehmende anwesend présents présentes
    asistentes presentes partecipanti presenti deelnemers aanwezig apologies absent absentees excused regrets
    entschuldigt abwesend excusés excusées absents ausentes assenti afwezig""".split()
)
# Either side of "and"/"&" with "me" or "myself": the name before "and" is tried at every word otherwise.
_AND = frozenset({"and"})  # (in every match of _WITH_ME_CUE, as a word, or "&")
_WITH_ME_CUE = re.compile(r"(?i:(?:me|myself)[ \t]+(?:and|&)[ \t])|[ \t](?:and|&)[ \t]+(?:me|I|myself)\b")


# Someone born on a date: "Viktor Bergström, born 8 Dec 1913", "a cousin, Kuijpers, Joost, born 13 July",
# "Ida Dahl (født 3.4.1950)". Places and things are not born; the date or "in" after the word makes sure.
_BORN_WORDS = (r"born|b\.|née|né|nee|geboren|geb\.|nata|nato|nacida|nacido|nascida|nascido|född|født|urodzona|urodzony|"
               r"narozena|narozen|narozen\(a\)|syntynyt|doğumlu|doğum")
_BORN = re.compile(
    rf"(?P<name>{NAME_RUN}|{_HYPHENED}(?:[ \t]+{_HYPHENED})?,[ \t]+{_HYPHENED})[ \t]*[,(][ \t]*(?i:{_BORN_WORDS})"
    r"(?=[ \t]+(?:on[ \t]+|am[ \t]+|le[ \t]+|il[ \t]+|el[ \t]+|em[ \t]+|den[ \t]+|dne[ \t]+)?(?:[0-9]|in\b|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
)
_BORN_CUES = frozenset("born née né nee geboren geb nata nato nacida nacido nascida nascido född født urodzona urodzony "
                       "narozena narozen syntynyt doğumlu doğum".split())
# A child excused from school or picked up by someone else, in the languages such notes are written in:
# "Clémence sera absente le 6 février", "Kévin no irá a clase", "Freja bliver hentet af", "Lucie nebyl(a) ve škole".
_ABSENT_PHRASES = (
    r"will be (?:absent|away|off|picked up|collected)|is (?:sick|ill|unwell)|"
    r"was (?:sick|ill|unwell|off sick)|has been (?:ill|sick)|won't be (?:in|at school)|"
    r"sera absente?|sera malade|est malade|était absente?|ne pourra pas|no irá|no asistirá|no podrá ir|faltará|"
    r"estará ausente|estuvo enfermo|estuvo enferma|non verrà|sarà assente|è stat[oa] assente|esce alle|uscirà|"
    r"ist krank|war krank|wird abgeholt|is ziek|was ziek|is afwezig|wordt opgehaald|"
    r"bliver hentet|er syg|var syg|blir hämtad|är sjuk|var sjuk|blir henta|nebyl|nebyla|nebude|chybí|"
    r"był nieobecny|była nieobecna|było nieobecne|będzie nieobecn[ya]|zostanie odebran[ya]|vai faltar|não irá|"
    r"okula gelemeyecek|gelmeyecek"
)
_ABSENT_VERB = re.compile(rf"(?i:{_ABSENT_PHRASES})\b")
_ABSENT_START = re.compile(rf"(?<=[ \t])(?=(?:{_ABSENT_PHRASES})\b)")  # on the lower-cased text (finditer_cued)
# The name is looked for right before the verb phrase, once the phrase is found (it is rarer than a name).
_NAME_BEFORE = re.compile(rf"(?P<name>{NAME_RUN})[ \t]+$")
# An article before a capitalised word makes it a noun ("Das Paket wird abgeholt", "Il film uscirà", "The cat is sick").
_ARTICLES = frozenset("the a an der die das ein eine le la les un une el los las il lo gli o os as het de een den det en ett "
                      "dem des mein meine unser unsere my our his her their".split())
_ABSENT_CUES = frozenset(
    """will won sick ill unwell sera était est pourra irá asistirá podrá faltará estará
    estuvo verrà sarà stato stata esce uscirà krank abgeholt ziek afwezig opgehaald hentet syg hämtad sjuk henta
    nebyl nebyla nebude chybí nieobecny nieobecna nieobecne odebrany odebrana faltar gelemeyecek gelmeyecek
    won't""".split()
)
# A maiden name, in the words forms use for it: "maiden name (Mäkinen)", "née Dhillon", "geb. Krause".
_MAIDEN = re.compile(
    r"(?i:\b(?:maiden name|birth name|née|nee|geb\.|geborene|nom de jeune fille|nom de naissance|apellido de soltera|"
    r"nome de solteira|cognome da nubile|meisjesnaam|nazwisko panieńskie|nazwisko rodowe|rodné příjmení|pigenavn|"
    r"flicknamn|kızlık soyadı)[ \t]*(?:is[ \t]+|was[ \t]+|:[ \t]*|\([ \t]*)?)"
    rf"(?P<name>{NAME_RUN})"
)
_MAIDEN_CUES = frozenset("maiden birth née nee geb geborene jeune naissance soltera solteira nubile meisjesnaam "
                         "panieńskie rodowe rodné pigenavn flicknamn kızlık".split())
# A customer answering with their name alone, in a chat log: "[09:14] Customer: Anders Østergaard".
_ROLE_ANSWER = re.compile(
    r"(?im)^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|[0-9]{1,2}:[0-9]{2}[ \t]*-?[ \t]*)?"
    r"(?:customer|caller|client|user|guest|patient|kunde|kundin|cliente|klient|klant|asiakas|müşteri)[ \t]*:[ \t]*"
    rf"(?P<name>{_HYPHENED}(?:[ \t]+(?:{_HYPHENED}|[^\W\d_]\.)){{1,3}})[ \t]*$"
)
# A role set off by commas before a first and last name: "the landlord, Gijs de Vries?", "aan de verhuurder,
# Ilse van 't Hof", "à mon propriétaire, Rémi Garnier".
_ROLE_APPOSITION = re.compile(
    r"(?i:\b(?:landlord|landlady|letting agent|estate agent|solicitor|notary|lawyer|attorney|accountant|"
    r"verhuurder|huisbaas|makelaar|notaris|advocaat|vermieter|vermieterin|makler|anwalt|anwältin|notar|"
    r"propriétaire|bailleur|notaire|avocat|avocate|casero|casera|arrendador|abogado|abogada|notario|"
    r"padrone di casa|proprietario|avvocato|senhorio|senhoria|advogado|advogada|udlejer|hyresvärd|"
    r"wynajmujący|właściciel|pronajímatel|majitel|ev sahibi)[ \t]*,[ \t]+)"
    rf"(?P<name>{NAME_RUN})"
)
_ROLE_APPOSITION_CUES = frozenset(
    """landlord landlady agent solicitor notary lawyer attorney accountant verhuurder huisbaas makelaar notaris advocaat
    vermieter vermieterin makler anwalt anwältin notar propriétaire bailleur notaire avocat avocate casero casera
    arrendador abogado abogada notario padrone proprietario avvocato senhorio senhoria advogado advogada udlejer
    hyresvärd wynajmujący właściciel pronajímatel majitel sahibi""".split()
)

# The landlord, the payee or the party a form names with a word for their role and no comma, in languages that
# capitalise names: "chủ nhà Hồ Quang Huy", "họ tên Ngô Hải Yến", "mottagare Frida Hedlund", "meghatalmazó Lakatos
# Csaba", "Kind Birte Scheffler": a first and last name after it.
_HOLDER = re.compile(
    r"(?i:\b(?:chủ[ \t]nhà|chủ[ \t]trọ|chủ[ \t]tài[ \t]khoản|họ[ \t]tên|họ[ \t]và[ \t]tên|người[ \t]nhận|người[ \t]thuê|"
    r"mottagare|betalningsmottagare|mottaker|modtager|meghatalmazó|meghatalmazott|bérlő|bérbeadó|kedvezményezett|"
    r"pemilik[ \t]kos|pemilik[ \t]rumah|atas[ \t]nama|penerima|ev[ \t]sahibi|alıcı)[ \t]*:?[ \t]+)"
    rf"(?P<name>{NAME_RUN})"
)
_HOLDER_CUES = frozenset(
    """chủ họ người mottagare betalningsmottagare mottaker modtager meghatalmazó meghatalmazott bérlő bérbeadó
    kedvezményezett pemilik atas penerima ev alıcı""".split()
)


# A spreadsheet's or a CSV export's column of people, by its header ("Date,Description,Cost,Paid by",
# "name;ssn;state", "Mitglied\tBetrag"): the capitalised words that open each row's cell in that column. A column
# headed only "name" may name things ("item,name,price"): there a first and last name only.
_CSV_SEPARATOR = re.compile(r"[,;\t|](?=[^\n]*\n)")
_PERSON_HEADS = frozenset(
    """full_name fullname full-name paid_by paid-by payer owner assignee assigned_to customer client employee
    member student pupil patient tenant driver responsible person teacher author reviewer approver requester reporter
    speaker attendee participant guest player holder recipient payee beneficiary
    bezahlt_von zahler mitglied mitarbeiter mitarbeiterin schüler kunde verantwortlich pagado_por pagador
    responsable cliente alumno payé_par payeur élève pagato_da pagante responsabile betaald_door
    betaler lid leerling betalt_av betalt_af betalare medlem imię_i_nazwisko płacący jméno_a_příjmení
    platil ad_soyad ödeyen pembayar""".split()
)
_NAME_HEADS = frozenset("name nombre nom nome naam navn namn imię imie jméno isim nama".split())
_CSV_CELL_NAME = re.compile(r"[ \t\"']*(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3})")


def _person_column(text: str, sep: str) -> list[Span]:
    spans: list[Span] = []
    lines = text.split("\n")
    column = width = None
    two_words = False
    at = 0
    for line in lines:
        line_start, at = at, at + len(line) + 1
        cells = line.split(sep)
        if column is None:
            if len(cells) >= 2 and len(line) <= 200:
                heads = [c.strip(" \t\"'").lower().replace(" ", "_") for c in cells]
                found = [j for j, h in enumerate(heads) if h in _PERSON_HEADS or h in _NAME_HEADS]
                if found:
                    column, width = found[0], len(cells)
                    two_words = heads[column] in _NAME_HEADS
            continue
        if not line.strip():
            continue
        if len(cells) != width:
            column = None
            continue
        start = line_start + sum(len(c) + len(sep) for c in cells[:column])
        m = _CSV_CELL_NAME.match(text, start, start + len(cells[column]))
        if m is not None and m.group("name")[:1].isupper():
            for span in _capitalised(text, m.start("name"), m.end("name"), 0.7):
                if not two_words or " " in text[span.start : span.end]:
                    spans.append(span)
    return spans


# A CV's name in LaTeX: "\name{Refilwe}{Sithole}", "\author{Maeve Geraghty}".
_LATEX_NAME = re.compile(
    r"\\(?:name|author|firstname|familyname|givenname|surname)\{(?P<first>[^{}\n\\]{1,40})\}(?:\{(?P<last>[^{}\n\\]{1,40})\})?"
)


# A colleague from a department saying something, typed in lower case: "fergus from accounts said to send ...".
_FROM_DEPARTMENT = re.compile(
    rf"(?im)(?:^|(?<=[.!?]\s))(?P<name>{LW})[ \t]+from[ \t]+(?:accounts|accounting|finance|hr|payroll|billing|sales|"
    r"support|legal|marketing|it|ops|operations|procurement|facilities|reception|the office|the bank)[ \t]+"
    r"(?:said|says|asked|wants|told|mentioned|called|emailed|wrote|rang|confirmed)\b"
)


def _more(text: str) -> list[Span]:
    spans: list[Span] = []
    if " from " in text:
        for m in _from_departments(text):
            spans.extend(_any_case(text, m.start("name"), m.group("name")))
    if mentions(text, _BORN_CUES):
        for m in _BORN.finditer(text):
            value = m.group("name")
            if "," in value:  # "Kuijpers, Joost": a surname, a comma, the given name
                words = [w.strip(",") for w in value.split()]
                if all(w[:1].isupper() and not is_common(w) for w in words if w.lower() not in PARTICLES):
                    spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.7))
            else:
                spans.extend(_capitalised(text, m.start("name"), m.end("name"), 0.7, last=True))
    if mentions(text, _ABSENT_CUES):
        for verb in finditer_cued(_ABSENT_VERB, _ABSENT_START, text):
            m = _NAME_BEFORE.search(text, max(0, verb.start() - 80), verb.start())
            if m is None:
                continue
            for span in _capitalised(text, m.start("name"), m.end("name"), 0.7, last=True):
                before = text[max(0, span.start - 12) : span.start].split()
                if not before or before[-1].lower() not in _ARTICLES:
                    spans.append(span)
    for pattern, cues, score in ((_MAIDEN, _MAIDEN_CUES, 0.75), (_ROLE_APPOSITION, _ROLE_APPOSITION_CUES, 0.7)):
        if mentions(text, cues):
            for m in finditer_words(pattern, text):
                span = _capitalised(text, m.start("name"), m.end("name"), score)
                if span and (pattern is _MAIDEN or " " in text[span[0].start : span[0].end]):
                    spans.extend(span)
    if "\n" in text and (sep := _CSV_SEPARATOR.search(text)) is not None:
        spans.extend(_person_column(text, sep.group()))
    if "\\" in text and "{" in text:
        for m in _LATEX_NAME.finditer(text):
            for group in ("first", "last"):
                if m.group(group):
                    spans.extend(_capitalised(text, m.start(group), m.end(group), 0.7))
    if mentions(text, _HOLDER_CUES):
        for m in finditer_words(_HOLDER, text):
            span = _capitalised(text, m.start("name"), m.end("name"), 0.7)
            if span and " " in text[span[0].start : span[0].end]:
                spans.extend(span)
    if ":" in text and "\n" in text:
        for m in _ROLE_ANSWER.finditer(text):
            spans.extend(_any_case(text, m.start("name"), m.group("name")))
    return spans


def _from_departments(text: str) -> Iterator[re.Match[str]]:
    """`_FROM_DEPARTMENT.finditer(text)`, tried only where a match can start: at the word before a "from" (in the
    text's word index) and the spaces before that "from". Its name is one word of letters and hyphens right after a
    line's start or a sentence's stop and a space, so it can start nowhere else; `re` tried the pattern at every
    character (~20 µs on the benchmark's prompt, which has a " from ")."""
    index = word_index(text)
    if index is None:
        return _FROM_DEPARTMENT.finditer(text)
    starts = []
    for at in index.starts.get("from", ()):
        start = before_spaces(text, at)
        if start == at:
            continue  # "[ \t]+from": a space at least
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-"):  # (more than the name's letters)
            start -= 1
        starts.append(start)
    return matches_at(_FROM_DEPARTMENT, text, starts)


def find(text: str) -> list[Span]:
    """PERSON spans for names alone, given away by the words around them."""
    spans: list[Span] = _more(text)
    for pattern, score, cues in _CUED:
        if mentions(text, cues):
            found = matches_at(_SPEAKS, text, _speaks_starts(text)) if pattern is _SPEAKS else finditer_words(pattern, text)
            for m in found:
                kept = _capitalised(text, m.start("name"), m.end("name"), score)
                if pattern is _SPEAKS and kept and kept[0].end < m.end("name") and text[kept[0].end + 1 : kept[0].end + 2].islower():
                    continue  # "Travel insurance wants ...", "Front desk said ...": a capitalised noun phrase, not a name
                if pattern is _SPEAKS and m.group("name").lower() in _SOURCES:
                    continue  # "Tutorial says IBAN format is ...", "Gym wants ...": a text, a place or a role, no one named
                spans.extend(kept)
    if mentions(text, _ABROAD_CUES):
        spans.extend(_speaks_abroad(text))
    spans.extend(_picked_up_or_helpers(text))
    if "'s" in text or "’s" in text:
        for m in _POSSESSIVE.finditer(text):
            spans.extend(_capitalised(text, m.start("name"), m.end("name"), 0.7, last=True))
    if ("&" in text or mentions(text, _AND)) and _WITH_ME_CUE.search(text):
        for m in _WITH_ME.finditer(text):
            group = "name" if m.group("name") is not None else "name2"
            spans.extend(_capitalised(text, m.start(group), m.end(group), 0.7, last=group == "name2"))
    if "|" in text or "•" in text or "·" in text:
        for m in _PIPE_SIGNATURE.finditer(text):
            if _CONTACT_NEAR.search(text, m.end(), m.end() + 160):
                span = name_span(text, m.start("name"), m.end("name"), 0.7)
                if span is not None and " " in text[span.start : span.end]:
                    spans.append(span)
    for pattern, cues in ((_ASSIGNEE, None), (_WITH_FAMILY, _FAMILY_CUES)):
        if cues is None or mentions(text, cues):
            for m in finditer_words(pattern, text):
                if m.group("name").lower() not in _GROUPS:
                    spans.extend(_any_case(text, m.start("name"), m.group("name")))
    for pattern, cues in ((_HERE, None), (_ATTENTION, _ATTENTION_CUES)):
        if cues is None or mentions(text, cues):
            for m in finditer_words(pattern, text):
                spans.extend(_any_case(text, m.start("name"), m.group("name")))
    if mentions(text, _LIST_CUES):
        spans.extend(_listed(text))
    return spans


def _listed(text: str) -> list[Span]:
    """The people of a list of attendees, when (nearly) all of its items look like names."""
    spans = []
    for m in finditer_words(_LIST, text):
        # "(chair)", "(external, gauravt@...)", or a note the list's end cut short
        listed = re.sub(r"[ \t]*\((?:[^)\n]{0,60}\)|[^)\n]*$)", lambda p: " " * len(p.group()), m.group("list"))
        items = re.split(r"[ \t]*(?:[,;/]|\band\b|&|\bund\b|\bet\b|\by\b|\be\b|\ben\b)[ \t]*", listed.rstrip(" ."))
        found = [i for i in items if i and _ITEM.fullmatch(i) and not any(
            is_common(w) for n, w in enumerate(i.split()) if not (n and w.lower() in PARTICLES))]  # "B. Le Goff"
        if len(found) >= max(1, len([i for i in items if i]) - 1):  # a list of people, not of topics
            pos = m.start("list")
            for item in found:
                start = text.index(item, pos)
                if item[1:2] == ".":  # an initial: "I. Leroy"
                    pass
                spans.append(Span(start, start + len(item), EntityType.PERSON, 0.6))
                pos = start + len(item)
    return spans


def _capitalised(text: str, start: int, end: int, score: float, last: bool = False) -> list[Span]:
    if start == end:
        return []
    if last:
        # "... Priya Nair and I": the name is the capitalised run just before "and".
        words = list(re.finditer(r"\S+", text[start:end]))
        keep = []
        for w in reversed(words):
            if not w.group()[:1].isupper() or is_common(w.group()):
                break
            keep.insert(0, w)
        if not keep:
            return []
        start, end = start + keep[0].start(), start + keep[-1].end()
    span = name_span(text, start, end, score)
    value = text[span.start : span.end].lower() if span else ""
    if span is None or value in _FAMOUS_THINGS or value in _GROUPS:
        return []
    return [span]


def _any_case(text: str, start: int, value: str) -> list[Span]:
    words = value.split()
    if any(is_common(w) for w in words) or value.lower() in _FAMOUS_THINGS:
        return []
    if words[0][:1].isupper():
        span = name_span(text, start, start + len(value), 0.7)
        return [span] if span else []
    return [Span(start, start + len(value), EntityType.PERSON, 0.6)]
