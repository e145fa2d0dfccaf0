"""Where someone lives or works: towns after "I live in" / "moved to", employers after "I work at",
in any case (a model can't read "i work at oakmont consulting in bhopal", a rule can)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from stdnum import luhn

from llmvpn.privacy.recognizers._context import (
    before_spaces,
    column_cells,
    contains,
    finditer_cued,
    finditer_words,
    has_digit,
    insert_cells,
    lowered,
    matches_at,
    mentions,
    occurrences,
    search_words,
    word_index,
)
from llmvpn.privacy.recognizers._words import NO_EMPLOYER
from llmvpn.privacy.recognizers.contact import query_fields
from llmvpn.privacy.recognizers.names import is_common
from llmvpn.privacy.recognizers.negatives import FAMOUS, OWN_PLACE_SCORE
from llmvpn.privacy.recognizers.organisations import names_a_kind, opens_sentence
from llmvpn.privacy.spans import EntityType, Span


def find(text: str) -> list[Span]:
    """LOCATION and ORGANIZATION spans from "I live in" / "I work at"-style rules."""
    spans = [*find_places(text), *find_employers(text), *_moves(text)]
    if not text.isascii():
        spans.extend(_lives(text))
    if ('"' in text or "org" in text or "ORG" in text) and (mentions(text, _FIRM_KEY_WORDS) or not text.isascii()
                                                          and contains(text, _FIRM_KEY_HINTS)):
        spans.extend(_keyed_firms(text))
    if mentions(text, _EMPLOYER_LABEL_CUES) or contains(text, ("in dienst", "entidade patronal", "datore di lavoro")):
        spans.extend(_labelled_employers(text))
    if (":" in text or "：" in text) and contains(text, _EMPLOYER_FIELD_HINTS):
        spans.extend(_employer_fields(text))
    if "(" in text and mentions(text, _INSTITUTION_CUES):
        spans.extend(_bracketed_institutions(text))
    if search_words(_LEGAL_FORM_HINT, text):
        spans.extend(_legal_forms(text))
    if not text.isascii() and contains(text, _SCRIPT_FIRM_HINTS) or ("PT " in text or "CV " in text):
        spans.extend(_script_firms(text))
    if mentions(text, _BIRTH_CUES):
        spans.extend(_birthplaces(text))
    if contains(text, _TOWN_OF_HINTS):
        spans.extend(_towns_named(text))
    if contains(text, _INSTITUTION_STEMS):
        spans.extend(_named_institutions(text))
    if contains(text, _LOWER_KIND_STEMS):
        spans.extend(_sentence_case_institutions(text))
    if "|" in text or "｜" in text or "،" in text:
        spans.extend(_contact_row_towns(text))
    if "@" in text or has_digit(text):
        spans.extend(_located(text))
    if mentions(text, _SELF_FROM_CUES):
        spans.extend(_from_towns(text))
    if has_digit(text):
        spans.extend(_destinations(text))
        if _CARD_FIGURES.search(text):
            spans.extend(_where_cards_were_used(text))
    if "://" in text or "@" in text:
        spans.extend(_towns_after_links(text))
    if contains(text, _EVENT_HINTS):
        spans.extend(_event_towns(text))
    if contains(text, _TOWN_KEY_HINTS):
        spans.extend(_keyed_towns(text))
        if "=" in text:
            spans.extend(Span(start, end, EntityType.LOCATION, 0.7) for kind, start, end, value in query_fields(text)
                         if kind == "town" and not is_common(value.split()[0]))
    if mentions(text, _STAY_HINTS):
        spans.extend(_stay_towns(text))
    if "市" in text:
        known = {(s.start, s.end) for s in spans}  # (a town a move names is found already: "富山市から松江市へ")
        spans.extend(s for s in _ja_cities(text) if (s.start, s.end) not in known)
    if ("'" in text or "\"" in text or "‘" in text or "„" in text) and mentions(text, _TRANSFER_REFERENCE_HINTS):
        spans.extend(_reference_towns(text))
    if mentions(text, _ADDRESS_WORD_HINTS):
        spans.extend(_address_towns(text))
    if (":" in text or "：" in text or "\n" in text) and (mentions(text, _TOWN_WORDS_LATIN) or not text.isascii()
                                                         and contains(text, _TOWN_WORD_HINTS)):
        if ":" in text or "：" in text:
            spans.extend(_labelled_towns(text))
        if "\n" in text:
            spans.extend(_town_column(text))
        if "VALUES" in text or "values" in text:
            spans.extend(_town_values(text))
    if contains(text, _JA_RESIDENCE_WORDS):
        spans.extend(Span(m.start("place"), m.end("place"), EntityType.LOCATION, 0.7) for m in _JA_RESIDENCE.finditer(text))
    return spans


# A local event named by its town, which the writer takes part in: "the medical declaration for the Flagstaff marathon",
# "our guelph makers' meetup", "liep de halve marathon van Amersfoort". The town says where the writer is; in a prompt
# about no one (a famous race asked about) `negatives.drop_generic_mentions` drops it as it does any place.
_EVENT_HINTS = ("marathon", "meetup", "meet-up", "parkrun", "fun run", "triathlon", "maratón", "maratona")
_EVENT_TOWN = re.compile(
    r"(?i:\b(?:the|our|my|this|for|at|in)[ \t]+)"
    r"(?P<before>(?!(?i:the|our|my|this|a|an)\b)[^\W\d_][\w'’-]*(?:[ \t](?!(?i:half|makers)\b)[^\W\d_][\w'’-]*)?)[ \t]+"
    r"(?i:(?:half[ \t-])?marathon|makers['’]?[ \t]+meetup|meetup|meet-up|parkrun|fun[ \t]run|triathlon)\b"
    r"|(?i:\b(?:marathon|maratón|maratona|meetup)[ \t]+(?:of|van|von|de|di|in|en|a))[ \t]+"
    r"(?P<after>[^\W\d_][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)"
)


def _event_towns(text: str) -> list[Span]:
    spans = []
    for m in _EVENT_TOWN.finditer(text):
        group = "before" if m.group("before") else "after"
        words = m.group(group).split()
        # (a name's words: capitalised, or all in lower case where the text writes so; not "the first marathon")
        if any(is_common(w) for w in words) or not (all(w[0].isupper() for w in words) or text.islower()):
            continue
        spans.append(Span(m.start(group), m.end(group), EntityType.LOCATION, 0.7))
    return spans


# Where someone lives, comes from or works in Japanese: "静岡市在住" (living in Shizuoka), "札幌市出身" (from Sapporo).
_JA_RESIDENCE_WORDS = ("在住", "出身", "生まれ", "育ち", "在勤", "在学")
_JA_RESIDENCE = re.compile(r"(?<![一-龥])(?P<place>[一-龥ァ-ヶー]{1,6}?[市区町村県都府])(?:在住|出身|生まれ|育ち|在勤|在学)")


# A school, bank or practice called by its name, which holds the kind of place it is: "Basisschool De Regenboog",
# "Istituto Comprensivo Leonardo", "Volksbank Fürth eG", "Clinique du Parc", "Kolding Andelskasse", "Little Acorns
# Day Nursery", "Østervangsskolen". Which school, bank or doctor someone uses says where they live.
_INSTITUTION_WORDS = (
    r"school|schule|grundschule|gesamtschule|realschule|skole|skolen|skola|skolan|friskole|école|ecole|escuela|colegio|"
    r"scuola|istituto|liceo|lycée|collège|college|gymnasium|gymnázium|basisschool|academy|akademie|nursery|kindergarten|"
    r"kita|crèche|creche|guardería|przedszkole|szkoła|szkola|škola|školka|børnehave|børnehuset|förskola|förskolan|"
    r"okulu|anaokulu|bank|banka|banco|banque|sparkasse|volksbank|raiffeisenbank|andelskasse|sparekasse|sparekassen|"
    r"sparbank|cooperativa|bankası|clinic|clinique|clínica|clinica|klinik|kliniek|praxis|zahnarztpraxis|huisartsenpraktijk|"
    r"centro médico|centro medico|centro de salud|maison médicale|cabinet médical|ordinace|przychodnia|poliklinik|"
    r"polikliniği|hospital|ospedale|krankenhaus|ziekenhuis|sjukhus|pediatrics|paediatrics|dental|surgery|"
    r"medical centre|medical center|health centre|health center|pharmacy|apotheke|farmacia|pharmacie|apotek"
)
# Stems of those words, looked for in the lower-cased text before the run of capitals is searched for.
_INSTITUTION_STEMS = (
    "school", "schule", "skol", "skole", "école", "ecole", "escuela", "colegio", "scuola", "istituto", "liceo", "lycée",
    "collège", "college", "gymnas", "gymnáz", "academy", "akademie", "nursery", "kinderg", "kita", "crèche", "creche",
    "guardería", "przedszkol", "szkoł", "szkola", "škol", "børneh", "förskol", "okulu", "bank", "banco", "banque",
    "kasse", "cooperativa", "clini", "clíni", "klini", "praxis", "praktijk", "médic", "medic", "salud", "ordinace",
    "przychodnia", "poliklin", "hospital", "ospedale", "krankenhaus", "ziekenhuis", "sjukhus", "pediatric",
    "paediatric", "dental", "surgery", "health", "pharmac", "apothe", "farmacia", "apotek",
)
_NAME_PART = r"(?:[^\W\d_a-z](?:[\w'’-]|\.(?=\w))*|d'[^\W\d_][\w'’-]*|dell'[^\W\d_][\w'’-]*)"
_JOINER = r"(?:de|du|des|di|del|della|dei|do|da|dos|das|van|von|am|an der|im|les|los|las|la|le|el|of|the|y|e|i|et|&)"
_NAMED_INSTITUTION = re.compile(
    rf"(?<![\w-])(?P<org>{_NAME_PART}(?:[ \t]+(?:{_JOINER}[ \t]+)?{_NAME_PART}){{0,5}}(?:[ \t]+eG)?)(?![\w'’-])"
)
_INSTITUTION_WORD = re.compile(rf"(?i)^(?:{_INSTITUTION_WORDS})$|(?:skolen|skole|skolan|schule|kasse|bank|kliniek|klinik)$")


# Many languages capitalise only the first word of an institution's name, its kind in lower case and its town after
# it: "Štedna banka Zadar", "Kooperativna banka Ruse", "Kredytna spilka «Poltava»", "Alytaus kredito unija", "Molde
# ungdomsskole", "Umeå skola", "Kreditna zadruga Split". A capitalised word that opens no sentence, the kind, and the town
# or name after it if capitalised: one organisation, which says whose bank or school it is.
_LOWER_KIND = (
    r"(?:banka|banca|банка|банк|спілка|кредитна[ \t]спілка|unija|kredito[ \t]unija|kreditna[ \t]unija|zadruga|kreditna[ \t]zadruga|"
    r"družstvo|spółdzielnia|kasa|kasse|sparebank|sparbank|[^\W\d_]*skole|[^\W\d_]*skola|[^\W\d_]*skolen|[^\W\d_]*skolan|"
    r"škola|szkoła|школа|училище|гимназия|гімназія|gimnazija|gimnazjum|gymnasium|klinika|клиника|клініка|poliklinika|"
    r"bolnica|ambulanta|kooperatifi|kredi[ \t]kooperatifi|szövetkezet|takarékszövetkezet|credit[ \t]union|cooperative)"
)
_LOWER_KIND_STEMS = ("bank", "банк", "спілк", "unija", "zadrug", "družstv", "spółdziel", "kasa", "kasse", "skol", "škol",
                     "szkoł", "школ", "училищ", "гимназ", "гімназ", "gimnaz", "gymnas", "klinik", "клиник", "клінік",
                     "bolnic", "ambulant", "kooperatif", "szövetkezet", "credit union", "cooperative")
_KIND_IN_TEXT = re.compile(rf"(?i)(?<![\w'’-]){_LOWER_KIND}(?![\w'’-])")
# Where a kind can start: a word of the text that is a kind's first word, or that ends as "[...]skole" does. The
# pattern opens with no literal word (`finditer_words` cannot read it) and tried at every character it took ~0.2 ms
# on a 1 KB text; looked up in the text's word index, it is tried at those words only.
_KIND_ALTERNATIVES = _LOWER_KIND[3:-1].split("|")
_KIND_FIRST_WORDS = frozenset(kind.split("[ \\t]")[0] for kind in _KIND_ALTERNATIVES if not kind.startswith("[^"))
_KIND_ENDINGS = tuple(kind.removeprefix("[^\\W\\d_]*") for kind in _KIND_ALTERNATIVES if kind.startswith("[^"))
_WORDS_BEFORE_KIND = re.compile(r"(?:(?<=[ \t])|^)(?P<first>[^\W\d_][\w'’.-]*)(?:[ \t]+(?P<second>[^\W\d_][\w'’-]*))?[ \t]+$")
_TOWN_AFTER_KIND = re.compile(r"[ \t]+(?:«[^\W\d_][^»\n]{1,30}»|[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)")


# The town where someone's card was used, told in the sentence that gives the card's number ("me cobraron con la
# tarjeta 4000 ... en Mar del Plata el 29 de enero", "kartica ... korištena je u Splitu", "картата ... е използвана в
# Русе", "η κάρτα ... χρεώθηκε στην πόλη Ιωάννινα"): where the holder was, as personal as the card. The town after the
# locative preposition, capitalised, is no month or weekday and no common word.
_CARD_FIGURES = re.compile(r"(?<![0-9])[0-9]{4}(?:[ -]?[0-9]{2,6}){2,4}(?![0-9])")
_CARD_TOWN = re.compile(
    r"(?<![\w'’-])(?:in|en|em|à|u|v|ve|w|we|i|в|във|στην[ \t]+πόλη|στην|στη|στο|ở|tại)[ \t]+"
    r"(?P<town>[^\W\d_][\w'’-]*(?:[ \t]+(?:del|de|la|am|an|upon|on|sur|di)?[ \t]*[^\W\d_][\w'’-]*){0,2})"
)
# ... and where the language puts the place before its ending or its word for "in the town": Hungarian's suffix after a
# hyphen ("egy Veszprém-i vásárlás után", "Szolnok-ban"), Turkish "Malatya şehrinde".
_CARD_TOWN_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<town>[^\W\d_a-zà-ÿ][\w'’]*(?:[ \t]+[^\W\d_a-zà-ÿ][\w'’]*)?)"
    r"(?:-(?:i|ban|ben|on|en|ön|ba|be|ból|ből|ra|re)(?![\w-])|[ \t]+(?:şehrinde|ilinde|ilçesinde|kentinde)\b)"
)
_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday""".split())


def _where_cards_were_used(text: str) -> list[Span]:
    spans = []
    for card in _CARD_FIGURES.finditer(text):
        figures = re.sub(r"[^0-9]", "", card.group())
        if len(figures) < 13 or not luhn.is_valid(figures):
            continue  # (a card's number passes Luhn: "RF15 5895 0821 ..." is a creditor reference)
        lo = max(0, *(text.rfind(stop, 0, card.start()) + 1 for stop in ".!?\n。"))
        hi = min((i for i in (text.find(stop, card.end()) for stop in "!?\n。") if i >= 0), default=len(text))
        if (dot := _SENTENCE_DOT.search(text, card.end(), hi)) is not None:
            hi = dot.start()
        suffixed = "-" in text[card.end() : hi] or "nde" in text[card.end() : hi]
        for m in _CARD_TOWN_BEFORE.finditer(text, card.end(), hi) if suffixed else ():
            if not is_common(m.group("town").split()[0]) and m.group("town").lower() not in _CALENDAR_WORDS \
                    and not m.group("town").isupper():
                spans.append(Span(m.start("town"), m.end("town"), EntityType.LOCATION, 0.65))
        for m in _CARD_TOWN.finditer(text, card.end(), hi):
            words = m.group("town").split()
            kept = []
            for w in words:
                if not w[0].isupper() and w not in ("del", "de", "la", "am", "an", "upon", "on", "sur", "di"):
                    break
                kept.append(w)
            while kept and not kept[-1][0].isupper():
                kept.pop()
            if not kept or is_common(kept[0]) or kept[0].lower() in _CALENDAR_WORDS or kept[0].isupper():
                continue
            start = m.start("town")
            end = text.index(kept[-1], start) + len(kept[-1])
            spans.append(Span(start, end, EntityType.LOCATION, 0.65))
    return spans


_SENTENCE_DOT = re.compile(r"\.(?:[ \t]+[A-ZÀ-ÞА-ЯΑ-Ω]|$)")


def _kinds_in_text(text: str) -> Iterator[re.Match[str]]:
    """`_KIND_IN_TEXT.finditer(text)`."""
    index = word_index(text)
    if index is None:
        return _KIND_IN_TEXT.finditer(text)
    starts = sorted(at for word, found in index.starts.items()
                    if word in _KIND_FIRST_WORDS or word.endswith(_KIND_ENDINGS) for at in found)
    return matches_at(_KIND_IN_TEXT, text, starts)


def _sentence_case_institutions(text: str) -> list[Span]:
    spans = []
    for k in _kinds_in_text(text):
        start = None
        if (m := _WORDS_BEFORE_KIND.search(text, max(0, k.start() - 60), k.start())) is not None:
            for group in ("first", "second"):
                word = m.group(group)
                if word and word[0].isupper() and not is_common(word) and not opens_sentence(text, m.start(group)):
                    start = m.start(group)
                    break  # ("za Štedna banka": the name starts at its capital; "Moja banka" opens the sentence)
        if start is None and k.group()[0].isupper() and not opens_sentence(text, k.start()):
            start = k.start()  # ("до Кредитна спілка «Полтава»": the kind's own first word is the capital)
        if start is None:
            continue
        end = k.end()
        if (town := _TOWN_AFTER_KIND.match(text, end)) is not None:
            words = town.group().split()
            if words[0][0] == "«" or words[0][0].isupper() and not is_common(words[0]):
                keep = [w for w in words if w[0] == "«" or w[0].isupper()]
                end = text.index(keep[-1], end) + len(keep[-1]) if keep == words[: len(keep)] else end
        if text[start:end].lower() in _FAMOUS_ORGS:
            continue
        spans.append(Span(start, end, EntityType.ORGANIZATION, 0.65))
    return spans


def _named_institutions(text: str) -> list[Span]:
    spans = []
    for m in _NAMED_INSTITUTION.finditer(text):
        words = m.group("org").split()
        # the run must hold the kind of place and a name beside it; leading sentence words are not part of it
        while words and (is_common(words[0]) or words[0][:1].islower()):
            words = words[1:]  # (and "à la", "è": a lower-case letter outside ASCII is not a capital)
        if not words:
            continue
        kinds = [i for i, w in enumerate(words) if _INSTITUTION_WORD.search(w.lower().rstrip(".,"))]
        compound = len(words) == 1 and kinds and len(words[0]) > 10 and not _INSTITUTION_WORD.match(words[0].lower())
        if not kinds or len(words) < 2 and not compound:
            continue
        value = " ".join(words)
        start = m.end("org") - len(m.group("org")) + m.group("org").index(words[0])
        end = text.index(words[-1], start) + len(words[-1])
        if value.lower() in _FAMOUS_ORGS:
            continue
        spans.append(Span(start, end, EntityType.ORGANIZATION, 0.65))
    return spans



# A firm's name: capitalised words (or "&", "van", "de"...), maybe ending in its legal form ("s.r.o.", "B.V.").
_FIRM = (r"(?:[^\W\d_][\w'’&.-]*|&)(?:[ \t]+(?:[^\W\d_a-z][\w'’&.-]*|(?:&|and|und|og|och|e|y|et|i|di|de|del|della|do|da|"
         r"dos|das|des|du|la|le|van|von|der|den|am|im|an)(?=[ \t]))){0,6}")
# The employer named in a form or a letter, in the languages it is asked in: "Arbeitgeber ist Bäckerei Moser in
# Wels", "zaměstnavatel Alderley Solutions s.r.o.", "arbetsgivare Åkesson Bygg AB i Sundsvall", "in dienst
# treed bij Schildersbedrijf de Vries", "entidade patronal Transportes Vasconcelos Lda", "employer: Northvale Inc."
_EMPLOYER_LABEL = re.compile(
    r"(?i:\b(?:employer|current employer|arbeitgeber|arbeitgeberin|zaměstnavatel|zamestnavatel|arbetsgivare|arbejdsgiver|"
    r"arbeidsgiver|werkgever|pracodawca|pracodawcy|işveren|işverenim|entidade patronal|entidade empregadora|"
    r"empregador|empleador|empresa|employeur|datore di lavoro|työnantaja|munkáltató|angajator|"
    r"in dienst (?:treed|treedt|treden|getreden) bij|in dienst bij|werkzaam bij|arbeite bei|arbeitet bei|"
    r"beschäftigt bei|angestellt bei|travaille chez|trabajo en|trabalho na|trabalho no|lavoro presso|pracuję w|"
    r"pracuji v|pracuji ve|jobber i|jobber hos|arbejder hos|arbetar på|arbetar hos|çalışıyorum)\b"
    r"[ \t]*(?:(?:ist|is|er|är|est|es|è|é|jest|je)\b[ \t]*|:[ \t]*)?)"
    rf"(?P<org>{_FIRM})"
)
_EMPLOYER_LABEL_CUES = frozenset(
    """employer arbeitgeber arbeitgeberin zaměstnavatel zamestnavatel arbetsgivare arbejdsgiver arbeidsgiver werkgever
    pracodawca pracodawcy işveren işverenim empregador empleador empresa employeur työnantaja munkáltató angajator
    werkzaam arbeite arbeitet beschäftigt angestellt travaille trabajo trabalho lavoro pracuję pracuji jobber arbejder
    arbetar çalışıyorum""".split()
)
# Where the firm's name ends: a town after "in", "i", "en", "à", a date after "since", or the sentence.
_FIRM_END = re.compile(r"(?i)[ \t]+(?:in|i|en|à|a|w|v|ve|em|sedan|siden|seit|since|depuis|desde|dal|od|sinds|per|for|til|till|"
                       r"and|und|og|och|et|e|y|und|das|the|which|where|who|with)(?:[ \t]|$)")
_LEGAL_FORM = (r"GmbH(?:[ \t]*&[ \t]*Co\.?[ \t]*KG)?|AG|KG|s\.r\.o\.|spol\. s r\.o\.|a\.s\.|AB|B\.V\.|BV|N\.V\.|Lda\.?|"
               r"Ltda\.?|LLP|Ltd\.?|Limited|Inc\.?|LLC|S\.A\.|S\.L\.|S\.p\.A\.|SpA|S\.r\.l\.|Srl|sp\. z o\.o\.|Sp\. z o\.o\.|"
               r"Oy|AS|ASA|ApS|A/S|SARL|SAS|Pty Ltd|PLC|plc|A\.Ş\.|Ltd\. Şti\.|Kft\.|Zrt\.|d\.o\.o\.|e\.V\.|S\.A\.S\.|SRL|"
               # (and the forms Finland, Estonia, Denmark, Hungary, Poland and Bulgaria write after the name)
               r"Ky|Oyj|OÜ|I/S|Bt\.|s\.c\.|ЕООД|ООД|ЕАД|ФОП")
_LEGAL_FORM_HINT = re.compile(rf"(?<![\w.])(?:{_LEGAL_FORM})(?![\w])")
# A firm named with its legal form, written as the writer's or someone's they know ("payslips from Fenwick Dental
# Lab Ltd", "bij van Dijk Installatietechniek B.V."): up to five capitalised words before the form.
_FIRM_WITH_FORM = re.compile(
    r"(?<![\w&.-])(?P<org>(?:(?:[^\W\d_a-z][\w'’.-]*|&|van|von|de|der|den|del|di|da|du|la|le|und|and|et|e|y|og|och)[ \t]+){0,5}"
    rf"[^\W\d_a-z][\w'’.-]*[ \t,]+(?:{_LEGAL_FORM}))(?![\w])"
)
# The kind of institution someone names in brackets: "my bank (Northgate Credit Union)", "die Praxis (MVZ Bad
# Kreuznach)", "ve škole (Základní škola Komenského)", "del cole (CEIP San Gabriel)", "Bankaya (Trabzon Kredi
# Kooperatifi)". The noun says what kind of thing the bracket names; only a capitalised name is taken.
_INSTITUTION = re.compile(
    r"(?i:\b(?:bank|banka|banky|bance|banku|banco|banque|bankaya|bankası|school|schule|škole|školy|szkole|szkoły|"
    r"école|escuela|colegio|cole|scuola|escola|skole|skolen|skola|skolan|förskolan|förskola|børnehave|okul|okula|"
    r"kindergarten|kita|daycare|nursery|crèche|guardería|asilo|przedszkole|školka|praxis|practice|surgery|clinic|"
    r"klinik|clinique|clínica|clinica|ordinace|przychodnia|poliklinik|hospital|krankenhaus|nemocnice|szpital|"
    r"hôpital|ospedale|employer|arbeitgeber|firma|firm|company|empresa|société|azienda|university|universität|"
    r"université|universidad|università|uczelnia|univerzita|college|gymnasium|lyceum|liceo|lycée)\b[ \t]*)"
    r"\((?P<org>[^\W\d_a-z][^()\n]{2,80}?)\)"
)
_INSTITUTION_CUES = frozenset(
    """bank banka banky bance banku banco banque bankaya bankası school schule škole školy szkole szkoły école escuela
    colegio cole scuola escola skole skolen skola skolan förskolan förskola børnehave okul okula kindergarten kita
    daycare nursery crèche guardería asilo przedszkole školka praxis practice surgery clinic klinik clinique clínica
    clinica ordinace przychodnia poliklinik hospital krankenhaus nemocnice szpital hôpital ospedale employer
    arbeitgeber firma firm company empresa société azienda university universität université universidad
    università uczelnia univerzita college gymnasium lyceum liceo lycée""".split()
)


# A record's field for the firm, in the languages records are kept in: a JSON key ("Tvrtka": "Kvarner Gradnja d.d.",
# "Şirket", "Εταιρεία", "कंपनी", "公司", "Công ty", "Фирма") or a vCard's ORG line ("ORG:Halcyon Bay Home Care"): its
# whole value is the organisation the person works for, however it is written.
_FIRM_KEYS = (
    r"company|employer|organi[sz]ation|firma|tvrtka|şirket|sirket|εταιρεία|εταιρια|कंपनी|公司|会社|회사|công[ ]ty|фирма|"
    r"компания|компанія|empresa|société|societe|azienda|bedrijf|yritys|virksomhed|företag|selskap|cég|společnost|"
    r"spoločnosť|podjetje|poduzeće|arbeitgeber|werkgever|pracodawca"
)
_FIRM_KEY_WORDS = frozenset("""company employer organization organisation firma tvrtka şirket sirket εταιρεία εταιρια
    कंपनी ty фирма компания компанія empresa société societe azienda bedrijf yritys virksomhed företag selskap cég
    společnost spoločnosť podjetje poduzeće arbeitgeber werkgever pracodawca org""".split())
_FIRM_KEY_HINTS = ("company", "employer", "organi", "firma", "tvrtka", "şirket", "sirket", "εταιρ", "कंपनी", "公司", "会社",
                   "회사", "công ty", "фирма", "компани", "empresa", "société", "societe", "azienda", "bedrijf", "yritys",
                   "virksomhed", "företag", "selskap", "cég", "společnost", "spoločnosť", "podjetje", "poduzeće",
                   "arbeitgeber", "werkgever", "pracodawca", "org:", "org;")
_KEYED_FIRM = re.compile(
    rf"(?i:\"(?:{_FIRM_KEYS})\"[ \t]*:[ \t]*\")(?P<json>[^\"\n]{{2,80}})\""
    r"|(?im:^[ \t]*ORG(?:;[^:\n]*)?:(?P<vcard>[^\n;]{2,80}?)[ \t;]*\r?$)"
)


def _keyed_firms(text: str) -> list[Span]:
    spans = []
    for m in _KEYED_FIRM.finditer(text):
        group = m.lastgroup
        value = m.group(group).strip()
        words = value.split()
        if not words or all(is_common(w) for w in words) or value.lower() in _NOT_TOWN_VALUES or \
                not any(ch.isalpha() for ch in value):
            continue  # ("company": "string", "employer": "none")
        start = m.start(group) + m.group(group).index(value)
        spans.append(Span(start, start + len(value), EntityType.ORGANIZATION, 0.7))
    return spans


def _labelled_employers(text: str) -> list[Span]:
    spans = []
    for m in finditer_words(_EMPLOYER_LABEL, text):
        value = m.group("org")
        cut = _FIRM_END.search(value)
        if cut is not None:
            value = value[: cut.start()]
        value = value.rstrip(" \t,;:")
        if value.endswith(".") and not _LEGAL_FORM_HINT.search(value[-8:]):
            value = value[:-1]  # the sentence's full stop, not "Inc." or "s.r.o."
        words = value.split()
        if not words or not words[0][:1].isupper() or all(is_common(w) for w in words):
            continue
        spans.append(Span(m.start("org"), m.start("org") + len(value), EntityType.ORGANIZATION, 0.7))
        town = _FIRM_TOWN.match(text, m.start("org") + len(value))
        if town and not is_common(town.group("town").split()[0]):
            spans.append(Span(town.start("town"), town.end("town"), EntityType.LOCATION, 0.65))
    return spans


# A record's employer field, its label alone at the line's start and the name the rest of the line: a signature, a
# contact card or a form, in the languages it is filled in ("Работодател: Счетоводна кантора Иванов", "Darbdavys:
# Odontologijos klinika Šypsena", "Zaměstnavatel: Zubní ordinace MUDr. Veselá", "Nơi làm việc: Trường Mầm non Hoa
# Sen", "工作单位: 杭州明德会计事务所", "勤務先: さくら歯科クリニック", "नियोक्ता: सरस्वती विद्या मंदिर"). The line says where
# the name ends, so its lower-case words ("klinika", "ordinace") are the name's, as `_FIRM` cannot tell in prose.
_EMPLOYER_FIELD = re.compile(
    r"(?im)^[ \t>*•-]*(?:current[ \t]+)?(?:employer|arbeitgeber(?:in)?|zaměstnavatel|zamestnavatel|arbetsgivare|"
    r"arbejdsgiver|arbeidsgiver|werkgever|pracodawca|işveren|empregador|empleador|employeur|datore di lavoro|"
    r"työnantaja|munkáltató|angajator|darbdavys|darba devējs|tööandja|poslodavac|delodajalec|zamestnávateľ|"
    r"работодател|работодатель|роботодавець|εργοδότης|nơi làm việc|nơi công tác|工作单位|工作單位|任职单位|"
    r"勤務先|勤め先|직장|근무처|नियोक्ता|कार्यस्थल|صاحب العمل|جهة العمل|מקום עבודה|מעסיק|นายจ้าง|ที่ทำงาน)"
    r"[ \t]*[:：][ \t]*(?P<org>[^\s:：@|<>{}\[\]\d][^\n:：@|<>{}\[\]\d]{1,58}?)[ \t]*\r?$"
)
_EMPLOYER_FIELD_HINTS = ("mployer", "arbeitgeber", "zaměstnavatel", "zamestnavatel", "arbetsgivare", "arbejdsgiver",
                         "arbeidsgiver", "werkgever", "pracodawca", "işveren", "empregador", "empleador", "employeur",
                         "datore di lavoro", "työnantaja", "munkáltató", "angajator", "darbdavys", "darba devējs",
                         "tööandja", "poslodavac", "delodajalec", "zamestnávateľ", "работодател", "роботодавець",
                         "εργοδότης", "nơi làm việc", "nơi công tác", "工作单位", "工作單位", "任职单位", "勤務先", "勤め先",
                         "직장", "근무처", "नियोक्ता", "कार्यस्थल", "صاحب العمل", "جهة العمل", "מקום עבודה", "מעסיק",
                         "นายจ้าง", "ที่ทำงาน")
_QUOTES = "\"'“”„«»「」"
_ABBREVIATED_END = re.compile(r"(?<![\w.])[A-Z][a-z]{0,3}\.$")  # ("Co.", "Bros.", "Corp.": a word cut short)


def _employer_fields(text: str) -> list[Span]:
    spans = []
    for m in _EMPLOYER_FIELD.finditer(text):
        org, start = m.group("org"), m.start("org")
        if len(org) > 2 and org[0] in _QUOTES and org[-1] in _QUOTES:
            org, start = org[1:-1], start + 1  # ('직장: "튼튼동물병원"': the quotes are the record's, not the name's)
        value = org.rstrip(" \t,;.")
        if org.endswith(".") and (_LEGAL_FORM_HINT.search(org[-8:]) or _ABBREVIATED_END.search(org)):
            value = org  # "Quillfeather Print Co.", "Novák s.r.o.": the form's full stop is the name's
        words = value.split()
        if (not words or value.lower() in NO_EMPLOYER or words[0].lower() in NO_EMPLOYER
                or value.isascii() and (not words[0][:1].isupper() or all(is_common(w) for w in words))):
            continue
        spans.append(Span(start, start + len(value), EntityType.ORGANIZATION, 0.7))
    return spans


# The town after a firm's name: "Bäckerei Moser in Wels", "Åkesson Bygg AB i Sundsvall", "GmbH in Krems an der Donau".
_FIRM_TOWN = re.compile(
    r"[ \t]+(?:in|i|en|à|w|v|ve|em)[ \t]+(?P<town>[^\W\d_a-z][\w'’-]*(?:[ \t]+(?:an der|am|an|upon|on|sur|de|del|la)"
    r"[ \t]+[^\W\d_a-z][\w'’-]*|[ \t]+[^\W\d_a-z][\w'’-]*){0,2})(?=[ \t]*[,.;:!?)\n]|[ \t]*$)"
)
# A birthplace: "born 9/17/1917 in peterborough", "geboren op 4-6-1950 te Hoofddorp", "född 1951 i Umeå".
_BIRTHPLACE = re.compile(
    r"(?i:\b(?:born|geboren|née|né|nata|nato|nacida|nacido|nascida|nascido|född|født|urodzona|urodzony|narozena|narozen)"
    r"\b[^\n.;]{0,40}?[ \t](?:in|te|à|a|en|i|w|v|ve|em|at)[ \t]+)"
    r"(?P<place>[^\W\d_][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})(?=[ \t]*[,.;:!?)\n]|[ \t]*$|[ \t]+(?:and|und|en|et|e|y|og|och|who|where|,))"
)
_BIRTH_CUES = frozenset("born geboren née né nata nato nacida nacido nascida nascido född født urodzona urodzony "
                        "narozena narozen".split())


def _birthplaces(text: str) -> list[Span]:
    spans = []
    for m in finditer_words(_BIRTHPLACE, text):
        first = m.group("place").split()[0]
        if not is_common(first) and first.lower() not in _PLACE_WORDS:
            spans.append(Span(m.start("place"), m.end("place"), EntityType.LOCATION, 0.65))
    return spans


# A town named with the word for a town before it, as many languages write it ("у місті Полтава", "в городе Казань",
# "v meste Žilina", "w mieście Opole", "nella città di Lecce", "in the town of Stroud"), and a form's or a record's field
# for someone's town ("heimabær: Akureyri", "Wohnort: Fulda", "\"City\": \"Ballarat\"").
_TOWN_OF = re.compile(
    r"(?i:\b(?:у[ \t]+місті|в[ \t]+місті|у[ \t]+селі|в[ \t]+селі|в[ \t]+городе|в[ \t]+селе|v[ \t]+meste|v[ \t]+obci|ve[ \t]+městě|"
    r"w[ \t]+mieście|we[ \t]+wsi|u[ \t]+gradu|u[ \t]+mjestu|v[ \t]+mestu|în[ \t]+orașul|în[ \t]+municipiul|în[ \t]+comuna|"
    r"in[ \t]+der[ \t]+stadt|in[ \t]+der[ \t]+gemeinde|dans[ \t]+la[ \t]+ville[ \t]+d[e'’]|dans[ \t]+la[ \t]+commune[ \t]+d[e'’]|"
    r"en[ \t]+la[ \t]+ciudad[ \t]+de|en[ \t]+el[ \t]+pueblo[ \t]+de|na[ \t]+cidade[ \t]+de|nella[ \t]+città[ \t]+di|"
    r"nel[ \t]+comune[ \t]+di|in[ \t]+de[ \t]+stad|in[ \t]+het[ \t]+dorp|i[ \t]+staden|i[ \t]+byen|i[ \t]+byn|"
    r"in[ \t]+the[ \t]+(?:town|city|village)[ \t]+of)[ \t]*"
    r"|(?:^|(?<=[(\[{,;\n]))[ \t\"']*(?:hometown|home[ \t]+town|wohnort|heimatort|heimabær|woonplaats|hjemby|hemort|"
    r"hemstad|kotipaikka|miejscowość|місто|город|city|town)[\"']?[ \t]*[:=][ \t]*[\"']?"
    # a form's residence written without its colon: "e-mail ..., bydlisko Zvolen", "lakóhely Pécs"
    r"|\b(?:bydlisko|bydliště|trvalé[ \t]bydliště|lakóhely|miejsce[ \t]zamieszkania|místo[ \t]pobytu|prebivalište|"
    r"prebivališče|gyvenamoji[ \t]vieta|domicilio[ \t]en|domicilié[ \t]à|domiciliée[ \t]à|residente[ \t]a|residente[ \t]em|"
    r"residente[ \t]en|woonachtig[ \t]te)[ \t]*:?[ \t]+)"
    r"(?P<place>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})"
)
_TOWN_OF_HINTS = ("міст", "сел", "город", "meste", "obci", "městě", "mieście", "wsi", "gradu", "mjestu", "mestu", "orașul",
                  "municipiul", "comuna", "stadt", "gemeinde", "ville", "commune", "ciudad", "pueblo", "cidade", "città",
                  "comune", "stad", "dorp", "byen", "byn", "town", "city", "village", "wohnort", "heimatort", "heimabær",
                  "woonplaats", "hjemby", "hemort", "kotipaikka", "miejscowość", "bydlisk", "bydlišt", "lakóhely",
                  "zamieszkania", "pobytu", "prebivali", "gyvenamoji", "domicili", "residente", "woonachtig")


def _towns_named(text: str) -> list[Span]:
    spans = []
    for m in _TOWN_OF.finditer(text):
        words = m.group("place").split()
        kept = []
        for word in words:  # the capitalised words of the name: "Полтава", "Cluj-Napoca", "Banská Bystrica"
            if not word[0].isupper() or is_common(word) and kept:
                break
            kept.append(word)
        if not kept or is_common(kept[0]) or kept[0].lower() in _PLACE_WORDS:
            continue
        end = m.start("place") + len(" ".join(kept))
        if text[m.start("place") : end] != " ".join(kept):
            end = m.start("place") + len(kept[0])
        spans.append(Span(m.start("place"), end, EntityType.LOCATION, 0.7))
    return spans


def _bracketed_institutions(text: str) -> list[Span]:
    spans = []
    for m in finditer_words(_INSTITUTION, text):
        value = m.group("org").strip()
        words = value.split()
        if len(words) > 8 or is_common(words[0]) or any(ch.isdigit() for ch in value) and len(words) == 1:
            continue
        spans.append(Span(m.start("org"), m.start("org") + len(value), EntityType.ORGANIZATION, 0.7))
    return spans


_NAME_PARTICLES = frozenset("van von der den ten ter zu 't de da do dos das di del della du la le".split())


# Firms in the scripts without capitals, by the legal form written before or after the name: Korean "주식회사 한빛" or
# "(주) 새솔", Japanese "株式会社ことぶき" (up to the particle after it), Arabic "النخيل ذ.م.م" and "... للتجارة" (trading),
# Hebrew "אורן בע\"מ", Hindi "हिमालय प्राइवेट लिमिटेड" and "... एंड संस"; and Indonesian, which writes "PT" or "CV" first
# after its prepositions ("surat ke CV Sumber Rejeki", "pengalaman di PT Cahaya Abadi").
_SCRIPT_FIRM = re.compile(
    r"(?:주식회사|\(주\))[ \t]*(?P<ko>[가-힣]{1,10})(?=[ \t]|[은는이가을를의에와과]|$)"
    r"|(?P<ko2>[가-힣]{1,10})[ \t]*(?:주식회사|\(주\))"
    r"|(?:株式会社|合同会社|有限会社)(?P<ja>[\u3040-\u30ff\u4e00-\u9fff]{1,12}?)"
    # (or "から", "より": from the firm, "勤務先の株式会社ひまわり不動産からマイナンバー...")
    r"(?=[にのをがはでへと](?:[\u4e00-\u9fff\u30a0-\u30ff、。]|$)|(?:から|より)(?![\u3041-\u3093])|[、。\s]|$)"
    # (the name before the form runs back to the particle before it: "勤務先のことぶき合同会社")
    r"|(?<=[のにはがをでと、。「\s])(?P<ja2>[\u3041-\u306d\u306f-\u30ff\u4e00-\u9fff]{1,12}?)(?:株式会社|合同会社|有限会社)"
    r"|(?P<ar>[\u0621-\u064A]{2,}(?:[ \t][\u0621-\u064A]{2,})?)[ \t]+(?:ذ\.م\.م\.?|ش\.م\.م\.?|للتجارة)"
    r"|(?P<he>[\u05D0-\u05EA]{2,})[ \t]+בע[\"״]מ"
    r"|(?P<hi>[\u0900-\u097F]{2,})[ \t]+(?:प्राइवेट[ \t]+लिमिटेड|लिमिटेड|एंड[ \t]+संस)"
    r"|(?i:\b(?:ke|di|dari|pada|untuk|dengan)[ \t]+)(?P<id>(?:PT|CV)\.?[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})"
)
_SCRIPT_FIRM_HINTS = ("주식회사", "(주)", "会社", "ذ.م.م", "ش.م.م", "للتجارة", "בע\"מ", "בע״מ", "लिमिटेड", "संस", "PT ", "CV ")
# (what stands before an Arabic firm's name in its sentence: "experience in", "a school")
_AR_BEFORE_FIRM = frozenset("في من إلى على عن مع لدى مدرسة شركة خبرة".split())


def _script_firms(text: str) -> list[Span]:
    spans = []
    for m in _SCRIPT_FIRM.finditer(text):
        group = m.lastgroup
        start, end = m.start(group), m.end(group)
        if group == "ar":
            words = m.group(group).split()
            while len(words) > 1 and words[0] in _AR_BEFORE_FIRM:
                start = text.index(words[1], start)
                words = words[1:]
            if words[0] in _AR_BEFORE_FIRM:
                continue
        end = m.end() if group in ("ko2", "ja2", "ar", "he", "hi") else end  # (the form written after is the name's)
        while group == "id" and text[end - 1] in ".,":
            end -= 1  # "surat ke CV Sumber Rejeki.": the sentence's stop
        if group in ("ko", "ja"):
            start = m.start()  # (and the form written before it)
        spans.append(Span(start, end, EntityType.ORGANIZATION, 0.65))
    return spans


def _legal_forms(text: str) -> list[Span]:
    spans = []
    for m in _FIRM_WITH_FORM.finditer(text):
        value = m.group("org")
        words = list(re.finditer(r"\S+", value))
        # "From Fenwick Ltd": the firm starts after the sentence's words; in capitals ("A DAY OFF FROM HASKINS &
        # YAZZIE LLP") after the last common word, in title case only after the leading ones ("Modrý Most s.r.o.")
        common = [i for i, w in enumerate(words[:-1]) if is_common(w.group()) or w.group().lower() in _PLACE_WORDS]
        if value.isupper():
            first = common[-1] + 1 if common else 0
        else:
            first = 0
            while first in common:
                first += 1
        while first < len(words) and words[first].group() in ("&", "and", "und", "et", "e", "y", "og", "och"):
            first += 1
        # lower-case words of the sentence the pattern ran into, in letters outside a-z too ("formularul de înscriere
        # la Popescu Construct SRL"); particles alone stay, the surname's ("bij van Dijk Installatietechniek B.V.",
        # "na da Silva Contabilidade Lda.")
        lower = first
        while lower < len(words) - 1 and words[lower].group()[:1].islower():
            lower += 1
        if any(w.group() not in _NAME_PARTICLES for w in words[first:lower]):
            first = lower
        if len(words) - first >= 2:
            start = m.start("org") + words[first].start()
            spans.append(Span(start, m.end("org"), EntityType.ORGANIZATION, 0.65))
    return spans


# "I work at Brightpath Logistics in Dayton", "my bank (Northgate Credit Union)", typed in any case.
_EMPLOYER = re.compile(
    r"(?i:\b(?:work|works|worked|working|employed|job|intern|interning|student|teacher|nurse|engineer|manager|"
    r"volunteer|volunteering)\s+(?:at|for|with|by)\s+|\b(?:my|our|the)\s+(?:company|employer|firm|bank|school|"
    r"university|clinic|business|bakery|shop|store|startup|practice|agency|restaurant|cafe|café|hospital|"
    r"merchant|landlord)\s*(?:,|\(|is|was|called|named)\s*)"
    r"(?P<org>(?:(?!(?:the|a|an|my|our|home|work|school|night|the weekend|weekends|least|all|once|first|last|"
    r"and|in|on|for|to|from|as|is|was|but|so|which|where|who|because|until|since|with|by)\b)"
    r"[^\W\d_][\w'’&.-]*(?:[ \t]+|(?=[,.;:!?)\n]|$))){1,4}?)"
    r"(?=[,.;:!?)\n]|$|(?i:in|and|for|on|since|until|as|who|which|where|but|to|from|near|with|says|said)\b)"
    r"(?:(?i:in)[ \t]+(?P<town>[^\W\d_][^\W\d_'’.-]*(?:[ \t]+[A-Z][^\W\d_'’.-]*)?)(?=[,.;:!?)\n]|$|[ \t]))?"
)


def find_employers(text: str) -> list[Span]:
    """Employers, schools and banks named as the writer's (or someone's they know), and their town."""
    spans = []
    for m in finditer_words(_EMPLOYER, text):
        value = m.group("org").rstrip(" \t.")
        words = value.split()
        if not words or all(is_common(w) for w in words) or len(words) == 1 and words[0].islower():
            continue  # "works at night", "works at home": one lower-case word is rarely a firm's name
        spans.append(Span(m.start("org"), m.start("org") + len(value), EntityType.ORGANIZATION, 0.65))
        town = m.group("town")
        if town and not is_common(town.split()[0]) and town.split()[0].lower() not in _PLACE_WORDS:
            spans.append(Span(m.start("town"), m.start("town") + len(town.rstrip(".")), EntityType.LOCATION, 0.65))
    return spans


# "I live in Leeds", "moved from Nantes to Rennes", "lives near Bolton": where a person is.
_PLACE_VERBS = (
    r"live|lives|living|lived|moved|moving|move|based|born|grew up|staying|stay|arrive|arriving|"
    r"relocating|relocate|flying|fly|commute|commuting|wohne|lebe|habite|vis|vivo|serai|suis|"
    # in other languages: "woon in", "bor i", "mieszkam w", "bydlím v", "abito a", "moro em"
    r"woon|woont|wonen|bor|bydlím|bydlí|mieszkam|mieszka|abito|abita|moro|mora|wohnhaft|woonachtig|bytem|"
    # a trip booked or made there: "einen Zug nach Jaén", "vado a Saskatoon", "a flight to Zlín", "reis naar Gent"
    r"zug|flug|fahre|reise|vado|voy|viajo|vais|pars|flight|trip|ticket|tickets|travelling|traveling|"
    r"reis|trein|vlucht|jadę|lecę|jedu|letím|åker|reser|rejser|tog|vlak|pociąg"
)
_PLACE = re.compile(
    rf"(?i:\b(?:{_PLACE_VERBS})\s+(?:(?:here\s+)?"
    r"(?:in|to|near|from|at|outside|around|à|en|a|nach|naar|i|w|v|ve|em|til|till|do|te))\s+)(?P<place>[^\W\d_][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
    r"(?:(?i:\s+to\s+)(?P<place2>[^\W\d_][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}))?"
)
# Where _PLACE can start: its verbs, looked for in the lower-cased text (see `_context.finditer_cued`).
_PLACE_START = re.compile(rf"\b(?=(?:{_PLACE_VERBS})\s)")
_PLACE_CUES = frozenset(  # the verbs of _PLACE, one of which a text must hold to be scanned
    """woon woont wonen bor bydlím bydlí mieszkam mieszka abito abita moro mora wohnhaft woonachtig bytem zug flug
    fahre reise vado voy viajo vais pars flight trip ticket tickets travelling traveling reis trein vlucht
    jadę lecę jedu letím åker reser rejser tog vlak pociąg
    live lives living lived moved moving move based born grew staying stay arrive arriving relocating relocate
    flying fly commute commuting wohne lebe habite vis vivo serai suis""".split()
)


def find_places(text: str) -> list[Span]:
    """Towns and cities named as where someone lives, moves or travels to."""
    if not mentions(text, _PLACE_CUES):
        return []
    spans = []
    for m in finditer_cued(_PLACE, _PLACE_START, text):
        for group in ("place", "place2"):
            if m.group(group) is None:
                continue
            value = m.group(group).rstrip(".'’")
            first = value.split()[0]
            if is_common(first) or first.lower() in _PLACE_WORDS:
                continue
            if first[0].islower() and _WRITES_CAPITALS.search(text):
                continue  # "tickets to reversed the payment", "voy a empadronarme en Salamanca": one who capitalises
                # names writes a town so, and a lower-case word there is the sentence going on
            score = 0.75 if first[0].isupper() else 0.6
            spans.append(Span(m.start(group), m.start(group) + len(value), EntityType.LOCATION, score))
    return spans


# A capitalised word inside a sentence (after a lower-case word or a comma): the writer capitalises names.
_WRITES_CAPITALS = re.compile(r"[a-zß-ÿ,][ \t]+[A-ZÀ-Þ][a-zß-ÿ]")

_FAMOUS_ORGS = FAMOUS[EntityType.ORGANIZATION]
_PLACE_WORDS = frozenset(
    """the a an my our his her their this that town city country area house home flat apartment place
    village suburb neighborhood neighbourhood region state abroad there here work school college campus
    hospital office downtown together alone with since last next year years month months week weeks
    bed fear peace touch line time mind love debt pain hope sync order style shape contact charge
    production prod staging memory cache disk""".split()
)




# A person's own towns in a move or a commute, in the words and scripts each language writes it with: "Ich pendle von
# Erlangen nach Flensburg", "Je déménage de La Rochelle à Caen", "Saya pindah dari Denpasar ke Makassar", "Tôi chuyển
# từ Hạ Long đến Quy Nhơn", "Μετακομίζω από Καβάλα σε Χανιά", "переезжаю из Казани в Самару", "我从长沙搬到合肥",
# "新潟市から神戸市へ転勤", "ฉันย้ายจากลำปางไปอุบลราชธานี", "אני עובר מכפר סבא למודיעין", "أنتقل من أبوظبي إلى دبا",
# "मैं आगरा से रायपुर शिफ्ट", "Samsun ile Konya arasında gidip geliyorum", "odkud Jihlava, kam Zlín", "Переїзд: Житомир →
# Суми". The verb of moving, commuting or being posted says the towns are the writer's, not a trip's or a question's.
_TOWN = r"[^\W\d_a-z][\w'’-]*(?:[ \t]+(?:[^\W\d_a-z][\w'’-]*|de|del|la|le|sur|am|an der|upon|on))??(?:[ \t]+[^\W\d_a-z][\w'’-]*){0,2}?"
_MOVE_VERBS = (
    r"mov(?:e|es|ed|ing)|relocat\w*|commut\w*|pendl\w*|pendel\w*|zieh\w*|umzieh\w*|verhuis\w*|verhuiz\w*|déménag\w*|demenag\w*|"
    r"mud(?:o|a|amos|ar|ar-me|ar-nos|ei|ou|é|ó|aré|arme)|traslad\w*|trasfer\w*|trasloc\w*|pindah\w*|chuyển|"
    r"μετακομ\w*|μετακόμ\w*|переезж\w*|переїждж\w*|переїзд\w*|переезд\w*|перееха\w*|переїха\w*|przeprowadz\w*|"
    r"dojeżdżam|dojeżdża|stěhuj\w*|přestěhov\w*|sťahuj\w*|presťahov\w*|flytt\w*|verhuizing|dojíždím|jezdím|"
    r"berpindah|dipindahkan|mut|mutăm|mutat|selim|selimo|seli|preselio|preselila|preseljen\w*|kraust\w*|"
    r"persikel\w*|pārceļ\w*|pārcēl\w*|местя|местим|премест\w*|ninahamia|nimehamia|tunahamia|kuhamia|nahamia|"
    r"lilipat|lumipat|lipat"
)
_FROM_TO = re.compile(
    rf"(?i:\b(?:{_MOVE_VERBS})\b[^\n.;:!?]{{0,40}}?[ \t](?:from|von|van|de|d'|dari|từ|από|из|із|з|z|ze|od|fra|från|da|desde|din|iz|iš|no|от|kutoka|mula(?:[ \t]sa)?)[ \t]+)"
    rf"(?P<place>{_TOWN})(?i:[ \t]+(?:to|nach|naar|à|a|para|ke|đến|tới|ra|vào|σε|στη|στην|στο|στον|в|во|у|до|do|til|till|na|in|în|la|u|v|į|uz|във|kwenda|hadi|mpaka|papuntang|papunta[ \t]sa|sa)[ \t]+)"
    rf"(?P<place2>{_TOWN})(?=[ \t]*[,.;:!?)\n]|[ \t]*$|[ \t]+[^\W\d_A-ZÀ-ÞΑ-ΩА-ЯЁІЇЄ])"
)
_ARROW = re.compile(
    r"(?i:\b(?:переїзд|переезд|umzug|move|moving|relocation|verhuizing|przeprowadzka|mudanza|déménagement|trasloco|"
    r"stěhování|flytt|flytning|flyttning|pindah)\b[ \t]*:?[ \t]*)"
    rf"(?P<place>{_TOWN})[ \t]*(?:→|->|⇒|=>|—>|➔)[ \t]*(?P<place2>{_TOWN})(?=[ \t]*[,.;:!?)\n—–-]|[ \t]*$)"
)
_ODKUD = re.compile(rf"(?i:\bodkud)[ \t]+(?P<place>{_TOWN})[ \t]*,?[ \t]*(?i:kam)[ \t]+(?P<place2>{_TOWN})(?=[ \t]*[,.;:!?)\n]|[ \t]*$)")
_TR_COMMUTE = re.compile(
    rf"(?P<place>{_TOWN})[ \t]+(?:ile|ve)[ \t]+(?P<place2>{_TOWN})[ \t]+arasında[ \t]+[^\n.]{{0,30}}?(?:gidip[ \t]+gel|mekik)"
    rf"|(?P<place3>[^\W\d_a-z][\w-]*)['’](?:dan|den|tan|ten)[ \t]+(?P<place4>[^\W\d_a-z][\w-]*)['’](?:a|e|ya|ye)[ \t]+"
    r"(?:taşın|tayin|nakil|gidip)"
)
# Finnish and Hungarian say "from" and "to" with case endings: "muutan Tampereelta Ouluun", "Debrecenből Szegedre
# költözöm".
_CASE_MOVE = re.compile(
    r"(?i:\b(?:muutan|muutamme|muutin|muutimme|muutto|muuttamassa|pendelöin|kuljen)[ \t]+)"
    r"(?P<place>[^\W\d_a-z][\w-]*(?:lta|ltä|sta|stä))[ \t]+(?P<place2>[^\W\d_a-z][\w-]*(?:an|en|in|on|un|yn|än|ön|lle|iin|hin|seen))\b"
    r"|(?P<place3>[^\W\d_a-z][\w-]*(?:ból|ből|ról|ről|tól|től))[ \t]+(?P<place4>[^\W\d_a-z][\w-]*(?:ba|be|ra|re|hoz|hez|höz))"
    r"[ \t]+(?i:költöz\w*|ingáz\w*|járok|járunk)"
)
_ZH_MOVE = re.compile(r"从(?P<place>[一-龥]{2,5}?)(?:市|省)?(?:搬到|搬去|搬回|搬家到|迁到|迁往|迁居|调到|调往|调去|转到|通勤到)(?P<place2>[一-龥]{2,5}?)(?=[市省]|[，。,.、！？\s]|工作|上班|生活|居住|定居|发展|读书|上学|了|住|$)")
_JA_MOVE = re.compile(r"(?<![一-龥ァ-ヶー])(?P<place>[一-龥ァ-ヶー]{2,6})から(?P<place2>[一-龥ァ-ヶー]{2,6})(?:へ|に)(?:転勤|引っ越|引越|移住|転居|異動|通勤|通って|転校|転職|赴任)")
_KO_MOVE = re.compile(r"(?P<place>[가-힣]{2,5})에서[ \t]?(?P<place2>[가-힣]{2,5}?)(?:으로|로)[ \t]?(?:이사|이직|전근|출퇴근|발령|이주|옮기|옮겨|통근)"
                      r"|(?:^|(?<=[,，:]))[ \t]*(?P<place3>[가-힣]{2,4})[ \t]?(?:에[ \t]?)?(?:거주|거주중|출신)(?=[,，.\s]|$)")
_TH_MOVE = re.compile(r"ย้าย(?:บ้าน)?จาก(?P<place>[ก-๙]{2,24}?)ไป(?:ที่|อยู่)?(?P<place2>[ก-๙]{2,24}?)(?=[ \t,.]|เพื่อ|$)")
_HE_MOVE = re.compile(
    r"(?:עובר|עוברת|עוברים|עברתי|עברנו|נוסע|נוסעת)[ \t]+(?:דירה[ \t]+)?מ(?P<place>[א-ת]+(?:[ \t](?!ו)[א-ת]+)?)[ \t]+ל(?P<place2>[א-ת]+(?:[ \t](?!ו|כדי|בגלל|בעוד|ב)[א-ת]+)?)(?=[ \t,.]|$)"
)
_AR_MOVE = re.compile(
    r"(?:أنتقل|انتقل|انتقلت|سأنتقل|ننتقل|سننتقل|نقلت|أسافر|أتنقل)[ \t]+(?:للعيش[ \t]+)?من[ \t]+(?P<place>[ء-ي]+(?:[ \t](?!إلى|الى)[ء-ي]+)?)[ \t]+(?:إلى|الى)[ \t]+"
    r"(?P<place2>[ء-ي]+(?:[ \t](?!ل|و|في|بسبب|من|حيث|بعد)[ء-ي]+)?)(?=[ \t,.،]|$)"
)
_HI_MOVE = re.compile(r"(?P<place>[ऀ-ॿ]+)[ \t]+से[ \t]+(?P<place2>[ऀ-ॿ]+)[ \t]+(?:शिफ्ट|ट्रांसफर|मूव|रहने[ \t]+जा|बस[ \t]+रहा|बस[ \t]+रही)")
_MOVE_HINTS = (
    "mov", "relocat", "commut", "pendl", "pendel", "zieh", "verhuis", "verhuiz", "déménag", "demenag", "mud", "traslad", "trasfer",
    "trasloc", "pindah", "chuyển", "μετακ", "переїзд", "переезд", "переезж", "переїжд", "перееха", "переїха", "przeprowadz",
    "dojeżdża", "stěhu", "stěhov", "sťahu", "sťahov", "flytt", "dojíždím", "jezdím", "umzug", "odkud", "arasında", "'dan", "'den",
    "'tan", "'ten", "’dan", "’den", "mut", "seli", "preseli", "kraust", "persikel", "pārce", "мест",
    "hamia", "lipat", "lumipat", "költöz", "muut",
)
_CASE_MOVE_HINTS = ("muut", "pendelöin", "kuljen", "költöz", "ingáz", "járok", "járunk")  # (its verbs: one is in every match)
_SCRIPT_MOVES = (
    ("从", _ZH_MOVE), ("から", _JA_MOVE), ("에서", _KO_MOVE), ("거주", _KO_MOVE), ("출신", _KO_MOVE), ("ย้าย", _TH_MOVE),
    ("מ", _HE_MOVE), ("من", _AR_MOVE), ("से", _HI_MOVE),
)


_TOWN_ARTICLES = frozenset("la le les los las el al den san santa saint st".split())


def _moves(text: str) -> list[Span]:
    spans = []
    matches = []
    if contains(text, _MOVE_HINTS):
        for pattern in (_FROM_TO, _ARROW, _ODKUD):
            matches.extend(finditer_words(pattern, text))
        if "arasında" in text or "'" in text or "’" in text:
            matches.extend(_TR_COMMUTE.finditer(text))
        if contains(text, _CASE_MOVE_HINTS):
            matches.extend(_CASE_MOVE.finditer(text))
    done = set()
    for hint, pattern in _SCRIPT_MOVES:
        if hint in text and pattern not in done:
            done.add(pattern)
            matches.extend(pattern.finditer(text))
    for m in matches:
        if any(m.group(g) and m.group(g).rstrip(".'’-").lower() in _FAMOUS_ORGS for g in m.re.groupindex):
            continue  # "moving from Jira to Linear", "pendeln von Slack zu Teams": a switch of tools, not of towns
        for group in m.re.groupindex:
            value = m.group(group)
            if not value:
                continue
            value = value.rstrip(".'’-")
            first = value.split()[0]
            if first[0].isalpha() and first[0].lower() != first[0].upper() and not first[0].isupper():
                continue  # a lower-case word in a script with capitals is the sentence going on
            article = first.lower() in _TOWN_ARTICLES and len(value.split()) > 1
            if not article and is_common(first) or first.lower() in _PLACE_WORDS:
                continue
            spans.append(Span(m.start(group), m.start(group) + len(value), EntityType.LOCATION, OWN_PLACE_SCORE))
    return spans


# Where someone lives or works, in scripts without capitals, after the verb that says so: "我在青岛的...小学工作",
# "我住在大连", "부산에 살아요", "광주에서 근무해요", "札幌に住んでいます", "أعيش في الشارقة", "אני גר בחולון",
# "मैं इंदौर में रहता हूँ". A word for home, work or a kind of place there is no town ("在公司工作", "집에 살아요").
_LIVES = (
    ("我", re.compile(r"我(?:们)?[^。！？!?\n]{0,12}?(?:住在|生活在|定居在|在)(?P<place>[一-龥]{2,4}?)(?:市|省)?"
                     r"(?:工作|上班|生活|居住|定居|读书|上学|的[一-龥]{0,12}?(?:小学|中学|学校|医院|公司|诊所|大学|幼儿园|事务所)[一-龥]{0,4}?工作)"
                     r"|(?:住在|定居在|生活在|定居于)(?P<town>[一-龥]{2,4}?)(?:市|省)?(?=[，。,.！？、\s]|$)")),
    ("에", re.compile(r"(?<![가-힣])(?P<place>[가-힣]{2,4})(?:에[ \t]?(?:살아|살고|삽니다|사는|거주)|에서[ \t]?(?:일하|일해|근무|살아|살고))")),
    ("に", re.compile(r"(?<![一-龥ァ-ヶー])(?P<place>[一-龥ァ-ヶー]{2,6})(?:に住んで|に住む|で働いて|に勤務|に在住)")),
    ("في", re.compile(r"(?:أعيش|أسكن|أقيم|نعيش|نسكن|نقيم)[ \t]+في[ \t]+(?P<place>[ء-ي]{2,}(?:[ \t](?!و|في|مع|منذ|من|على)[ء-ي]{2,})?)(?=[ \t]*[,،.؟!]|[ \t]+(?:و|مع|منذ|من|في)|[ \t]*$)")),
    ("גר", re.compile(r"(?:גר|גרה|גרים|גרות|מתגורר|מתגוררת)[ \t]+ב(?P<place>[א-ת]{2,}(?:[ \t](?!ו|עם|מאז|כבר|כ)[א-ת]{2,})?)(?=[ \t]*[,.?!]|[ \t]+(?:ו|עם|מאז|כבר)|[ \t]*$)")),
    ("में", re.compile(r"(?P<place>[ऀ-ॿ]{2,})[ \t]+में[ \t]+(?:रहता|रहती|रहते|काम[ \t]करता|काम[ \t]करती|काम[ \t]करते)")),
)
_NOT_TOWNS = frozenset(
    """公司 家里 家 学校 医院 这里 那里 网上 外地 国外 海外 本地 当地 附近 单位 工厂 银行 店里 办公室 一家 这家 那家
    大学 中学 小学 老家 宿舍 北京大学 城里 乡下 农村 市区 郊区 总部 分公司 外企 国企 上面 这个 那个 一个
    회사 집 학교 병원 여기 거기 저기 온라인 해외 본사 지사 시골 도시 근처 동네 우리 아파트 기숙사 사무실 은행 가게 지금
    会社 実家 近く 海外 地方 都内 市内 田舎 職場 本社 支社 寮 自宅 病院 学校 銀行 現在
    الخارج المدينة البيت المنزل شقة الريف القرية هنا هناك
    דירה בית הבית דירת שכירות עיר העיר כפר מושב קיבוץ חו"ל
    घर शहर गाँव गांव किराये फ्लैट कंपनी दफ्तर ऑफिस विदेश यहाँ वहाँ बैंक अस्पताल स्कूल""".split()
)


# A CV's header or a contact row, its fields split by bars (or by Arabic commas): "Ines Duarte | Faro | +351 912
# ... | ines@...", "李娜｜杭州｜+86 ...", "مريم السويدي، العين، الهاتف ...". A short field of letters standing just
# before the phone number or the email address, after the name, is the town the person lives in: capitalised, where
# a script has capitals ("| nut allergy |" is a note).
_ROW_SEPARATOR = re.compile(r"[ \t]*[|｜،][ \t]*")
_ROW_CONTACT = re.compile(
    r"(?:\+|\(?0|\(?[0-9]{3}\)?)[0-9 ().-]{6,}|[\w.%+-]+@[\w-]+\."
    # (a label only with its value: a table's header row "| Name | City | Phone |" names no town)
    r"|(?:(?i:phone|tel|mobile|mob|telefon|teléfono|téléphone)|الهاتف|هاتف|الجوال|电话|手机)\.?[ \t]*:?[ \t]*[+(0-9]"
    r"|(?:(?i:e-?mail)|البريد|邮箱)\.?[ \t]*:?[ \t]*[\w.%+-]+@"
)
# A CV's header holds the job title there as often: "Ana Lima | Data Analyst | +351 ...".
_JOB_WORDS = frozenset(
    """engineer developer manager designer analyst consultant director officer nurse teacher student specialist
    scientist architect lead senior junior intern assistant coordinator accountant lawyer administrator technician
    researcher writer editor photographer freelancer founder owner ceo cto cfo head chef driver agent advisor
    software data product marketing sales support""".split()
)
_ROW_TOWN = re.compile(r"[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}")


def _contact_row_towns(text: str) -> list[Span]:
    spans = []
    for line_match in re.finditer(r"[^\n]+", text):
        line, base = line_match.group(), line_match.start()
        cuts = list(_ROW_SEPARATOR.finditer(line))
        if len(cuts) < 2 or line.lstrip().startswith(("|", "｜")):
            continue  # a row has three fields or more; a table's cells are what its header says (a role, a rank)
        bounds = [0, *(c for cut in cuts for c in cut.span()), len(line)]
        fields = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
        for i in range(1, len(fields) - 1):
            start, end = fields[i]
            field = line[start:end]
            if not _ROW_TOWN.fullmatch(field) or not _ROW_CONTACT.match(line, fields[i + 1][0]) \
                    or not all(w[0].isupper() or w in _TOWN_ARTICLES for w in field.split()) and field[0].isalpha() \
                    and field[0].lower() != field[0].upper() \
                    or _ROW_CONTACT.match(line, start) or any(is_common(w) for w in field.split()) \
                    or field.isupper() or field in _NOT_TOWNS or any(w.lower() in _JOB_WORDS for w in field.split()) \
                    or any(names_a_kind(w) for w in field.split()):
                continue  # (a signature's firm stands there too: "Ewa Nowak | Kancelaria Podatkowa Nowak | tel. ...")
            if "،" in line[fields[i - 1][1] : start] and " " in field:
                continue  # an Arabic row's town is one word; two are more of a sentence
            spans.append(Span(base + start, base + end, EntityType.LOCATION, OWN_PLACE_SCORE))
    return spans


# Where a record places someone, by its layout:
# - the town a geo-IP lookup puts an address in, in brackets after it or after "geo-IP says": "81.2.69.160 (Leeds)";
# - Hungarian "in the town of", written after the town: "Debrecen városában";
# - a bar-separated row's location field: "| Location Wrexham |";
# - the town a request's heading is for, after the word "in", before the colon that opens its record: "Wohnungsbewerbung
#   in Tübingen: Lea Vogt, ...", "Αίτηση για σπίτι στη Λάρισα: ...", "בקשה לדירה ברעננה: ...", "ใบสมัครที่ขอนแก่น: ...",
#   and the town of the police a statement is for ("Заява до поліції Полтава: я, ...").
_GEO_IP = re.compile(
    r"(?:(?<![\w.])[0-9]{1,3}(?:\.[0-9]{1,3}){3}|(?<![\w:])[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7})[ \t]*"
    r"\((?P<place>[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2})\)"
    r"|(?i:geo-?ip|geolocation|geo-?locates?)(?:[ \t]+(?i:says|shows|puts it in|lookup says|to|in|=|:)){1,2}[ \t]+"
    r"(?P<said>[^\W\d_][\w'’-]*(?:[ \t][A-Z][\w'’-]*){0,2})"
)
# Where `_GEO_IP` can match: an address ends (before spaces) at a "(", and is 39 characters at most (IPv6's
# eight groups); the lookup's name starts with "geo". Tried there only, not at every character (~60 us on 1 KB).
_LONGEST_IP = 39


def _geo_ips(text: str) -> Iterator[re.Match[str]]:
    """`_GEO_IP.finditer(text)`."""
    low = lowered(text)
    if low is None:
        return _GEO_IP.finditer(text)
    starts = set(occurrences(low, "geo"))
    for at in occurrences(text, "("):
        end = before_spaces(text, at)
        starts.update(range(max(0, end - _LONGEST_IP), end))
    return matches_at(_GEO_IP, text, sorted(starts))


_NOT_GEO = frozenset("private internal localhost loopback vpn office home unknown lan wan nat proxy tor cloud gateway router "
                     "server client dns primary secondary ipv4 ipv6 public reserved the a".split())
_HU_TOWN = re.compile(r"(?P<place>[A-ZÁÉÍÓÖŐÚÜŰ][\w-]+)[ \t]+(?:városában|városban|városba|városból|községben|faluban|településen)(?![\w])")
_ROW_LOCATION = re.compile(
    r"(?:^|[|｜][ \t]*)(?i:location|city|town|place|ort|ville|ciudad|città|stad|miasto)[ \t]*:?[ \t]+"
    r"(?P<place>[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2}?)(?=[ \t]*(?:[|｜.,;\n]|$))"
)
_HEADING_TOWN = re.compile(
    r"\A[^\n:：]{3,70}?(?:"
    r"(?<![\w])(?:in|i|im|à|en|em|na|w|v|u|στην|στη|στο|σε|в|у|"
    # (a statement to the police of a town: "Заява до поліції Полтава:", "Plainte au commissariat de Namur :")
    r"поліції|полиции|policji[ \t]+w|commissariat[ \t]+de|polizia[ \t]+di)[ \t]+(?P<town>[^\W\d_][\w'’-]*(?:[ \t-][^\W\d_][\w'’-]*){0,2})"
    r"|[ \t]ב(?P<he>[\u05D0-\u05EA]{2,12})|ที่(?P<th>[\u0E01-\u0E4E]{2,20})|[ \t]في[ \t]+(?P<ar>[\u0621-\u064A]{2,12})"
    r")[ \t]*[:：](?=[^\n]*(?:@|[0-9][0-9 ./-]{4,}[0-9]))"
)


# Someone introduced with the town they come from: "Ich bin Jonas Weber aus Kassel", "I'm Tui Ngata from Gisborne",
# "organised by Rewi Parata from Napier", "je suis Léa Roux de Brest".
_SELF_FROM = re.compile(
    r"(?i:\b(?:ich[ \t]+bin|i'm|i[ \t]+am|i’m|je[ \t]+suis|ik[ \t]+ben|soy|sono|eu[ \t]+sou|organi[sz]ed[ \t]+by|run[ \t]+by|hosted[ \t]+by)[ \t]+)"
    r"(?P<who>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2}?)[ \t]+(?i:aus|from|de|van|da|uit)[ \t]+"
    r"(?P<town>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})"
)
_SELF_FROM_CUES = frozenset("bin i'm am i’m suis ben soy sono sou organised organized run hosted".split())


def _capitalised_words(value: str) -> str:
    """The leading capitalised words of `value`, as written ("Kassel, mein ..." -> "Kassel")."""
    kept = []
    for word in re.findall(r"[^\s,.;:!?]+", value.split(",")[0]):
        if not word[0].isupper():
            break
        kept.append(word)
    return " ".join(kept) if value.startswith(" ".join(kept)) else (kept[0] if kept else "")


# Languages and formats a heading says a text is in ("in German:", "in Hinglish:", "in JSON:").
_LANGUAGES = frozenset(
    """english french german dutch italian portuguese arabic hindi urdu chinese mandarin cantonese japanese korean thai
    hebrew greek russian ukrainian czech slovak romanian hungarian turkish vietnamese indonesian malay tagalog swahili
    latin esperanto json yaml xml csv markdown html python javascript typescript sql bash plain""".split()
)


def _from_towns(text: str) -> list[Span]:
    spans = []
    for m in _SELF_FROM.finditer(text):
        if not all(w[0].isupper() and not is_common(w) for w in m.group("who").split()):
            continue  # the one from there is a person named by name: not "the PTA from ...", "tired from ..."
        kept = _capitalised_words(m.group("town"))
        if kept and not is_common(kept.split()[0]) and kept.split()[0].lower() not in _PLACE_WORDS:
            spans.append(Span(m.start("town"), m.start("town") + len(kept), EntityType.LOCATION, OWN_PLACE_SCORE))
    return spans


# The name in brackets after a machine's address is the machine's own where it holds a figure ("Galaxy-S23",
# "unknown-ab12", "DESKTOP-7G2K") or is written in capitals ("192.168.1.8 (TV)"), and a word in lower case after a
# private network's address, which a router lists and no geo-IP lookup places ("192.168.178.195 (ukjent)").
def _device_name(name: str, address: str) -> bool:
    if any(ch.isdigit() for ch in name) or name.replace(" ", "").isupper():
        return True
    try:
        return name[0].islower() and ipaddress.ip_address(address).is_private
    except ValueError:
        return False


def _located(text: str) -> list[Span]:
    spans = []
    if "(" in text or "geo" in text.lower():
        for m in _geo_ips(text):
            group = "place" if m.group("place") else "said"
            if group == "place" and _device_name(m.group("place"), m.group()[: m.group().index("(")].strip()):
                continue  # "192.168.1.197 (Galaxy-S23)": a router's list of its machines, each by its own name
            if m.group(group).split()[0].lower() not in _NOT_GEO and not is_common(m.group(group).split()[0]):
                spans.append(Span(m.start(group), m.end(group), EntityType.LOCATION, OWN_PLACE_SCORE))
    if "ban" in text or "ben" in text or "ségben" in text or "városb" in text:
        spans.extend(Span(m.start("place"), m.end("place"), EntityType.LOCATION, OWN_PLACE_SCORE)
                     for m in _HU_TOWN.finditer(text) if not is_common(m.group("place")))
    if "|" in text or "｜" in text:
        for m in _ROW_LOCATION.finditer(text):
            if m.group("place")[0].isupper() and not is_common(m.group("place").split()[0]):
                spans.append(Span(m.start("place"), m.end("place"), EntityType.LOCATION, OWN_PLACE_SCORE))
    if (m := _HEADING_TOWN.match(text)) is not None:
        group = next(g for g in ("town", "he", "th", "ar") if m.group(g))
        town = m.group(group)
        if group == "town" and any(names_a_kind(w) for w in text[: m.end(group)].split()):
            return spans  # "Pflegedienst Hand in Hand:", "email στο Κτηνιατρείο Αντωνίου:": a firm's name, not a town
        if town.lower() in _LANGUAGES or town.lower().endswith(("glish", "ish")):
            return spans  # "rephrase this, it is in Hinglish:": the language a text is written in
        if (group != "town" or town[0].isupper() and not town.split()[0].isupper() and not is_common(town.split()[0])) \
                and town not in _NOT_TOWNS:  # (not an acronym: "letter for a VA claim:")
            spans.append(Span(m.start(group), m.end(group), EntityType.LOCATION, 0.7))  # (a famous city is still asked about)
    return spans


def _lives(text: str) -> list[Span]:
    spans = []
    for hint, pattern in _LIVES:
        if hint in text:
            for m in pattern.finditer(text):
                group = "town" if "town" in pattern.groupindex and m.group("town") else "place"
                place = m.group(group)
                if place in _NOT_TOWNS or place.split()[0] in _NOT_TOWNS:
                    continue
                spans.append(Span(m.start(group), m.end(group), EntityType.LOCATION, OWN_PLACE_SCORE))
    return spans


# The town a move or a delivery goes to, after the address it starts from: "z Kollárova 12, 811 01 Bratislava do Trnava,
# 3. mája", "Från Ågatan 4, 582 22 Linköping till Umeå den ...", "من فيلا 12، شارع ...، العين إلى دبي بتاريخ ...",
# "... 302012 से अजमेर तक", "...호에서 부산(으)로,", "...室搬到青岛，". The address (a number in it, after a word for "from")
# tells a move from a street to a town; the town ends at a comma, a date or the end of the sentence.
_DESTINATION_TOWN = r"[^\W\d_a-z][\w'’-]*(?:[ \t]+[^\W\d_a-z][\w'’-]*){0,2}?"
_DESTINATION = re.compile(
    r"[ \t]+(?:to|nach|naar|do|till|til|à|a|hacia|para|đến|tới|до|в|у|προς|στη|στην|στο|σε|إلى|الى)[ \t]+"
    rf"(?:(?P<place>{_DESTINATION_TOWN})|(?P<ar>[\u0621-\u064A]{{2,}}(?:[ \t][\u0621-\u064A]{{2,}})??))"
    r"(?=[ \t]*(?:[,،.;!?]|$)|[ \t]+(?:[0-9]|on|den|le|el|am|op|dne|dňa|il|em|no|na|the|ngày|dnia|στις|بتاريخ|في)(?![\w]))"
)
# the word for "from" before the address, in the same clause as the town
_ORIGIN = re.compile(r"(?i:(?<![\w])(?:from|von|aus|van|z|ze|zo|od|från|fra|de|da|desde|din|iz|từ|з|із|из|від|от|с|από|من))[ \t]")
_CLAUSE_BREAK = re.compile(r"[\n!?]")
_SCRIPT_DESTINATION = re.compile(
    r"(?<=[0-9])[ \t]+से[ \t]+(?P<hi>[\u0900-\u0963\u0966-\u097F]{2,}(?:[ \t][\u0900-\u0963\u0966-\u097F]{2,})?)[ \t]+तक"
    r"|(?<=[0-9호층실동])에서[ \t]*(?P<ko>[가-힣]{2,5}?)(?:\(으\)로|으로|로)(?=[ \t]*[,，]|[ \t]*[0-9])"
    r"|(?<=[0-9室号栋楼])(?:搬到|搬去|搬往|迁到|寄到|送到)(?P<zh>[一-龥]{2,5}?)(?=[市省]?[，。,、]|$)"
    # Finnish "to the town of" before the town: "kaupunkiin Kuopio"
    r"|(?<![\w])kaupunkiin[ \t]+(?P<fi>[A-ZÅÄÖ][\w-]+)"
)


# (the words _DESTINATION starts at, one of which a text must hold; the scripts' patterns have their own words)
_DESTINATION_WORDS = frozenset("to nach naar do till til à a hacia para đến tới до в у προς στη στην στο σε إلى الى".split())
_ORIGIN_WORDS = frozenset("from von aus van z ze zo od från fra de da desde din iz từ з із из від от с από من".split())
_SCRIPT_DESTINATION_HINTS = ("से", "에서", "搬", "迁到", "寄到", "送到", "kaupunkiin")


def _moved_from_address(text: str, at: int) -> bool:
    """True when the clause before `at` (120 characters at most) has a word for "from" with a number after it."""
    start = max(0, at - 120)
    for brk in _CLAUSE_BREAK.finditer(text, start, at):
        start = brk.end()
    if not any(ch.isdigit() for ch in text[start:at]):
        return False
    return any(any(ch.isdigit() for ch in text[m.end() : at]) for m in _ORIGIN.finditer(text, start, at))


def _destinations(text: str) -> list[Span]:
    spans = []
    latin = mentions(text, _DESTINATION_WORDS) and mentions(text, _ORIGIN_WORDS)
    for m in _DESTINATION.finditer(text) if latin else ():
        if not _moved_from_address(text, m.start()):
            continue  # "wrote to Anna on Monday": no address before, no move
        group = "place" if m.group("place") else "ar"
        town = m.group(group)
        if group == "place" and (is_common(town.split()[0]) or town.split()[0].lower() in _PLACE_WORDS or town.isupper()
                                 or town[0].islower()):
            continue  # "to Work,", "to the Office.", an acronym, a lower-case word ("в поддержку": to the helpdesk)
        spans.append(Span(m.start(group), m.end(group), EntityType.LOCATION, OWN_PLACE_SCORE))
    for m in _SCRIPT_DESTINATION.finditer(text) if contains(text, _SCRIPT_DESTINATION_HINTS) else ():
        group = m.lastgroup
        if group in ("ko", "zh") and not any(ch.isdigit() for ch in text[max(0, m.start() - 40) : m.start()]):
            continue
        spans.append(Span(m.start(group), m.end(group), EntityType.LOCATION, OWN_PLACE_SCORE))
    return spans


# A profile's row: the person's link or email address, then the town they work in, then their phone: "Dana Weiss,
# https://danaweiss.me, Ashdod, +972 ...", "สมชาย ใจดี https://somchai.dev ขอนแก่น โทร 08...". One to three words
# between a link and a number (or an email address, or the word for a phone) are where the person is.
# (a word's letters with the vowel signs of Thai, Devanagari and Arabic, which are not \\w)
_LETTERS = r"[^\W\d_][\w\u0900-\u0903\u093A-\u094F\u0962\u0963\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u064B-\u065F'’-]*"
# (set off by commas, or by spaces before the word for a phone, as Thai writes a row: a word right before the number
# is the phone's own label, "..., मोबाइल 081...", "... الهاتف 027...")
_LINK_TOWN = re.compile(
    r"(?:https?://[^\s,،，]*[^\s,،，.]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)(?:[ \t]*[,،，][ \t]*|[ \t]+)"
    rf"(?P<town>{_LETTERS}(?:[ \t]{_LETTERS}){{0,2}}?)"
    r"(?:[ \t]*[,،，][ \t]*(?=\+?[0-9(]|[\w.+-]+@|โทร|(?i:tel|tél|puh|тел)\b)|[ \t]+(?=โทร|(?i:tel|tél|puh|тел)\b))"
)


def _towns_after_links(text: str) -> list[Span]:
    spans = []
    for m in _LINK_TOWN.finditer(text):
        town = m.group("town")
        first = town.split()[0]
        if first[0].lower() != first[0].upper() and not first[0].isupper():
            continue  # a lower-case word where a script has capitals: the sentence going on ("https://x.io and 3 ...")
        if is_common(first) or first.lower() in _PLACE_WORDS or town in _NOT_TOWNS or first.lower() in _NOT_GEO:
            continue
        if first.isupper() and len(first) > 1:
            continue  # "user@example.com, IBAN DE89 ...": the next field's label in capitals, not a town
        spans.append(Span(m.start("town"), m.end("town"), EntityType.LOCATION, OWN_PLACE_SCORE))
    return spans


# A key that holds a town, in a record's line or a JSON object ("location: Nashik", {"town":"whitby"}), and the
# Chinese "the city one is in" (所在城市宁波，): its value is the place, whatever its case.
_TOWN_KEY_HINTS = ("location", "town", "city", "所在", "n4*", "locality", "adr;", "adr:")
_NOT_TOWN_VALUES = frozenset("remote online hybrid anywhere worldwide global string str text null none nil undefined any "
                             "required optional tbd n/a na various multiple same other us eu uk".split())
_TOWN_KEY = re.compile(
    r"(?im:^[ \t]*(?:location|city|town|hometown|home town)[ \t]*:[ \t]*(?P<line>[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2})[ \t]*$)"
    r"|(?i:\"(?:location|city|town|hometown)\"[ \t]*:[ \t]*\")(?P<json>[^\W\d_][\w'’ -]{1,40}?)\""
    r"|(?:所在城市|所在地|所在市)[：:]?(?P<zh>[一-龥]{2,5}?)(?=[市省]?[，。,；;、\s]|$)"
    # the same field in a form's other layouts: its value boxed after its label ("City [RAPID CITY] State [SD]")
    # (and a link's query parameter, `contact.query_fields`' town: "&billing_city=Eau+Claire&")
    r"|(?i:\b(?:city|town)[ \t]*\[[ \t]*)(?P<box>[^\W\d_][\w'’.-]*(?:[ \t][^\W\d_][\w'’.-]*){0,2})[ \t]*\]"
    # and an X12 claim's or enrolment's N4 segment, town, state and postcode ("N4*RAPID CITY*SD*57701~")
    r"|(?:(?m:^)|(?<=~))[ \t]*N4\*(?P<x12>[^\W\d_][^*~\n]{1,40})\*[A-Z]{2}\*"
    # and the same field in the other formats records are kept in: an XML or HTML element named for the town
    # ("<city>Bloemfontein</city>", schema.org's "addressLocality"), a vCard's ADR, whose fourth part is the town
    # (";;street;town;region;postcode;country"), an iCalendar event's LOCATION, its town after the venue's comma
    r"|(?i:<(?P<tag>city|town|locality|addresslocality|ort|stadt|ville|ciudad|citt[aà]|cidade|plaats|miasto)(?:[ \t][^<>\n]{0,60})?>)"
    r"[ \t]*(?P<xml>[^\W\d_][^<>\n]{0,40}?)[ \t]*</(?P=tag)>"
    r"|(?m:^)ADR[^:\n]*:[^;\n]*;[^;\n]*;[^;\n]*;(?P<vcard>[^\W\d_][^;\n]{0,40}?)[ \t]*(?=;|\r?(?m:$))"
    r"|(?m:^)LOCATION[^:\n]*:[^\n]*,[ \t]*(?P<ical>[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*){0,2})[ \t]*\r?(?m:$)"

)


# The word for a record's town in the languages read, as a line's label ("도시: 부산", "城市: 大连", "Град: Габрово",
# "Sted: Molde", "المدينة: دبي") or as a table's column ("Họ tên;Email;Điện thoại;Thành phố", "...;עיר", "...,city"):
# the value beside it or below it is the town of the person in that record, in any script and case.
_TOWN_WORDS = (
    r"city|town|hometown|stadt|wohnort|ort|ville|ciudad|città|citta|cidade|stad|plaats|woonplaats|miasto|miejscowość|"
    r"město|mesto|grad|град|город|місто|πόλη|oraș|oras|localitate|kota|kaupunki|paikkakunta|sted|bosted|by|ort|şehir|"
    r"sehir|thành phố|tỉnh|עיר|יישוב|المدينة|مدينة|城市|所在城市|市区町村|都市|도시|จังหวัด|เมือง|शहर"
)
_TOWN_WORD_HINTS = ("city", "town", "stadt", "ort", "ville", "ciudad", "città", "citta", "cidade", "stad", "plaats", "miast",
                    "miejscowo", "město", "mesto", "grad", "град", "город", "місто", "πόλη", "oraș", "oras", "localitate",
                    "kota", "kaupun", "paikkakunta", "sted", "by", "şehir", "sehir", "thành phố", "tỉnh", "עיר", "יישוב",
                    "linn", "miestas", "pilsēta", "város",
                    "مدينة", "城市", "市区町村", "都市", "도시", "จังหวัด", "เมือง", "शहर")
# (and as a column's name only, not a line's label, the Estonian, Lithuanian, Latvian and Hungarian words: "Linn:" opens
# a chat's line as a name as often: "Nimi;E-post;Telefon;Isikukood;Linn")
_TOWN_COLUMN = re.compile(rf"(?i)(?:{_TOWN_WORDS}|linn|miestas|pilsēta|város)")
_TOWN_WORDS_LATIN = frozenset("""city town hometown stadt wohnort ort ville ciudad città citta cidade stad plaats woonplaats
    miasto miejscowość město mesto grad град город місто πόλη oraș oras localitate kota kaupunki paikkakunta sted
    bosted şehir sehir phố tỉnh linn miestas pilsēta város""".split())
# (not "by" as a label: "Written by: ...", nor Danish and Norwegian "by" before its colon in prose)
_TOWN_LABEL = re.compile(
    rf"(?im)^[ \t>*•-]*(?P<key>{_TOWN_WORDS.replace('by|', '')})[ \t]*[:：][ \t]*"
    r"(?P<value>[^\s\d:：;,|<>@/\\\[\]{}()\"'`][^\n\d:：;,|<>@/\\\[\]{}()\"'`]{0,40}?)[ \t]*\r?$")


def _town_value(value: str) -> bool:
    words = value.split()
    return (0 < len(words) <= 4 and not is_common(words[0]) and words[0].lower() not in _NOT_TOWN_VALUES
            and words[0].lower() not in _PLACE_WORDS and words[0].lower() not in _NOT_GEO and value not in _NOT_TOWNS
            and not any(ch.isdigit() for ch in value))


def _labelled_towns(text: str) -> list[Span]:
    return [Span(m.start("value"), m.end("value"), EntityType.LOCATION, 0.7) for m in _TOWN_LABEL.finditer(text)
            if _town_value(m.group("value"))]


def _town_column(text: str) -> list[Span]:
    spans = []
    for start, end, value, last in column_cells(text, _TOWN_COLUMN.fullmatch):
        if last and value.endswith((".", "!", "?")):
            value = value.split()[0]  # the row's last cell, then the prompt's prose: "...,kalamazoo no emojis."
            end = start + len(value)
        if value and _town_value(value) and not any(ch in value for ch in "@=:/"):
            spans.append(Span(start, end, EntityType.LOCATION, 0.7))
    return spans


def _town_values(text: str) -> list[Span]:
    """An SQL insert's town column, named as a table's header names it ("INSERT INTO contacts (姓名, 电子邮箱, 城市)
    VALUES ('刘婷', 'ting42@163.com', '西安');", "(..., शहर)", "(..., Град)"): the value at its place in each row."""
    return [Span(start, end, EntityType.LOCATION, 0.7) for start, end, value in insert_cells(text, _TOWN_COLUMN.fullmatch)
            if _town_value(value) and not any(ch in value for ch in "@=:/")]


# The house, flat or hotel someone stays in, rents or shares, named by its town ("the deposit for the house in Alkmaar",
# "Splitting the cottage in Woodlands", "El hotel en Durango me pidió la tarjeta", "inscrição no ginásio de Leiria"):
# where that person lives or stays. So is the clinic or the gym they use ("Przychodnia w Lublin prosi o PESEL",
# "Fitnesscentret i Aalborg beder om mit CPR-nummer"), and the same homes in Greek and in the Cyrillic languages, their
# inflected forms too ("Το ενοίκιο για το εξοχικό στην Βόλος", "Наемът за апартамента в Варна", "квартиру в Тамбове").
_STAY_HINTS = frozenset("""house home flat apartment cottage cabin hotel hostel villa huis woning appartement casa piso
    apartamento ginásio gimnasio gîte maison wohnung haus mieszkanie byt lejlighed leilighet lägenhet stuga hytte
    przychodnia przychodni siłownia siłowni fitnesscenter fitnesscentret fitnesscentre εξοχικό σπίτι διαμέρισμα
    апартамент апартамента апартаментът къща къщата квартира квартиру квартире квартиры будинок""".split())
_STAY_WORDS = (r"house|home|flat|apartment|cottage|cabin|hotel|hostel|villa|huis|woning|appartement|casa|piso|"
               r"apartamento|ginásio|gimnasio|gîte|maison|wohnung|haus|mieszkanie|byt|lejlighed|leilighet|lägenhet|stuga|"
               r"hytte|przychodni[a]?|siłowni[a]?|fitnesscent(?:er|ret|re)|εξοχικό|σπίτι|διαμέρισμα|"
               r"апартамент(?:а|ът)?|къща(?:та)?|квартир[аеуы]|будинок")
_STAY_TOWN = re.compile(
    rf"(?i:\b(?:{_STAY_WORDS})"
    r"[ \t]+(?:in|en|em|de|à|a|te|i|v|w|im|at|στην|στη|στο|στον|σε|в|във|у)[ \t]+)"
    r"(?P<town>[^\W\d_][\w'’-]*(?:[ \t]+(?:de|del|da|do|la|am|an|upon|on|sur|nad|pod)?[ \t]*[^\W\d_][\w'’-]*){0,2})"
)


def _capitalised_run(text: str, start: int, value: str) -> tuple[int, int] | None:
    """The capitalised words that open `value` (at `start` in `text`), particles inside kept: a town's name."""
    kept = []
    for word in value.split():
        if not word[0].isupper():
            if kept and word in ("de", "del", "da", "do", "la", "am", "an", "upon", "on", "sur", "nad", "pod"):
                kept.append(word)
                continue
            break
        if (is_common(word) or word.lower() in _CALENDAR_WORDS or word.isupper()) and not (kept and word in ("St", "St.", "Ste")):
            break  # (a saint's "St" inside a town's name: "Bury St Edmunds")
        kept.append(word)
    while kept and not kept[-1][0].isupper():
        kept.pop()
    if not kept or kept[0].lower() in _PLACE_WORDS:
        return None
    return start, text.index(kept[-1], start) + len(kept[-1])


_STAY_TOWN_START = re.compile(rf"\b(?=(?:{_STAY_WORDS})[ \t])")  # (on the lower-cased text: `finditer_cued`)


def _stay_towns(text: str) -> list[Span]:
    spans = []
    for m in finditer_cued(_STAY_TOWN, _STAY_TOWN_START, text):
        if (bounds := _capitalised_run(text, m.start("town"), m.group("town"))) is not None:
            spans.append(Span(*bounds, EntityType.LOCATION, 0.7))
    return spans


# A Japanese city written with its suffix 市 before the particle ("金沢市のホテル", "札幌市に住む"): a place by its
# own word, not the generic ones ("都市", "市区町村").
_JA_CITY = re.compile(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])(?P<city>[\u4e00-\u9fff\u30a0-\u30ff]{1,5}市)"
                      r"(?=[のにでへからまでや、。\s]|$)")
_NOT_JA_CITIES = frozenset("都市 本市 当市 各市 同市 全市 市 門前市 朝市".split())


def _ja_cities(text: str) -> list[Span]:
    return [Span(m.start("city"), m.end("city"), EntityType.LOCATION, 0.7) for m in _JA_CITY.finditer(text)
            if m.group("city") not in _NOT_JA_CITIES and _JA_KANA.search(text)]


_JA_KANA = re.compile(r"[\u3040-\u309f]")  # (Japanese, not Chinese: a text with hiragana)

# A transfer's reference in quotes, naming what is paid for and the town ("основание 'вила Благоевград'",
# "призначення 'оренда Рівне'", "közlemény: 'Nyíregyháza szállás'"): the place of the payer's stay. Its capitalised
# word beside lower-case ones (not a reference all in capitals or in German's capitalised nouns).
_TRANSFER_REFERENCE_HINTS = frozenset("""основание призначення назначение közlemény reference referencia omschrijving tytuł
    tytułem účel causale concepto verwendungszweck""".split())
_REFERENCE_TOWN = re.compile(
    r"(?i:\b(?:основание|призначення|назначение|közlemény|reference|referencia|omschrijving|tytuł|tytułem|účel|causale|"
    r"concepto|verwendungszweck))[ \t]*:?[ \t]*[\"'‘„“«](?P<ref>[^\"'’“”«»\n]{2,40})[\"'’“”»]")


def _reference_towns(text: str) -> list[Span]:
    spans = []
    for m in _REFERENCE_TOWN.finditer(text):
        words = list(re.finditer(r"[^\W\d_][\w'’-]*", m.group("ref")))
        capitalised = [w for w in words if w.group()[0].isupper()]
        if len(words) < 2 or len(capitalised) != 1 or capitalised[0].group().isupper() or is_common(capitalised[0].group()):
            continue
        start = m.start("ref") + capitalised[0].start()
        spans.append(Span(start, start + len(capitalised[0].group()), EntityType.LOCATION, 0.7))
    return spans


# An address told by its town alone, the word for an address and the locative before the town ("dirección en Burgos",
# "adresa din Constanța", "địa chỉ ở Đà Nẵng", "address in Leeds"): where the person lives, though no street is given.
_ADDRESS_WORD_HINTS = frozenset("""address dirección direccion domicilio endereço morada indirizzo adresse adres adresa
    adresă anschrift chỉ адрес адреса alamat διεύθυνση""".split())
_ADDRESS_TOWN = re.compile(
    r"(?i:\b(?:address|dirección|direccion|domicilio|endereço|morada|indirizzo|adresse|adres|adresa|anschrift|địa[ \t]chỉ|"
    r"адрес|адреса|adresă|alamat|διεύθυνση)[ \t]+(?:in|en|em|no|na|din|în|à|a|ở|w|v|ve|в|у|i|te|di|στην|στο|στη)[ \t]+)"
    r"(?P<town>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){0,2})"
)


_ADDRESS_TOWN_START = re.compile(
    r"\b(?=(?:address|dirección|direccion|domicilio|endereço|morada|indirizzo|adresse|adres|adresa|anschrift|địa[ \t]chỉ|"
    r"адрес|адреса|adresă|alamat|διεύθυνση)[ \t])")  # (on the lower-cased text: `finditer_cued`)


def _address_towns(text: str) -> list[Span]:
    spans = []
    for m in finditer_cued(_ADDRESS_TOWN, _ADDRESS_TOWN_START, text):
        kept = []
        for word in m.group("town").split():
            if not word[0].isupper() or is_common(word) or word.lower() in _CALENDAR_WORDS:
                break
            kept.append(word)
        if kept and not kept[0].isupper() and kept[0].lower() not in _PLACE_WORDS:
            start = m.start("town")
            spans.append(Span(start, text.index(kept[-1], start) + len(kept[-1]), EntityType.LOCATION, 0.7))
    return spans


def _keyed_towns(text: str) -> list[Span]:
    spans = []
    for m in _TOWN_KEY.finditer(text):
        group = m.lastgroup
        town = m.group(group)
        first = town.split()[0].lower()
        if is_common(first) or first in _PLACE_WORDS or first in _NOT_GEO or town in _NOT_TOWNS or first in _NOT_TOWN_VALUES:
            continue  # "location: remote", "city": "string"
        # (not the score of a town someone lives in: a config's or an example's "city: Paris" is judged by `negatives`)
        spans.append(Span(m.start(group), m.end(group), EntityType.LOCATION, 0.7))
    return spans
