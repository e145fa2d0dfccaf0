"""PII detection: validated patterns, context rules, and a spaCy NER model, combined into
non-overlapping typed spans.

    detector = build_detector()                      # once per process, at start-up
    spans = detector.detect("Hi, I'm Maria — call me on +44 20 7946 0958")

Layers, cheapest first: pattern recognizers (recognizers/*: checksums, phonenumbers, python-stdnum,
entropy), hard negatives that veto weak matches (order numbers, versions, prices, links...), context
rules for names, places and employers and the street-address grammar, then NER on the words around
capitalised words nothing else explained (windows.py), then every other mention of a name found once.
Optionally, a tagger trained on the corpus adds its spans beside the rules', scored below them: the
linear token tagger (`use_token_tagger`, token_tagger.py: ~1 ms per 1 KB prompt) or the spaCy one
(`use_tagger`, learned.py: ~23 ms). Beside NER, the token tagger also checks the model (NerCheck): words
it is sure are not PII are not sent to it, and a span of the model's made only of such words is dropped:
this more than halves the false flags and the model's work for next to no leak (bench/privacy/train_token_tagger.py).
Overlaps are settled by type priority, then score, then length (overlaps.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from llmvpn.errors import PayloadTooLarge
from llmvpn.privacy.folding import fold_forms
from llmvpn.privacy.guesses import plausible
from llmvpn.privacy.learned import SCORE as TAGGER_SCORE
from llmvpn.privacy.learned import load_tagger
from llmvpn.privacy.ner import Entity, NerModel, load_ner
from llmvpn.privacy.overlaps import resolve_overlaps
from llmvpn.privacy.recognizers import (
    addressees, addresses, beside_contacts, contact, dates, finance, handles, lone_names, names, national_ids, negatives,
    organisations, passphrases, passwords, places, secrets, shouted, spoken, structured,
)
from llmvpn.privacy.recognizers._context import forget, merge_ranges, within
from llmvpn.privacy.recognizers._words import COMMON
from llmvpn.privacy.spans import EntityType, Span
from llmvpn.privacy.windows import is_foreign as is_foreign_text
from llmvpn.privacy.windows import ner_windows

E = EntityType

# Which recognizer families can produce which types: a request for some types skips the rest.
_FAMILIES: tuple[tuple[Callable[[str], list[Span]], frozenset[EntityType]], ...] = (
    (secrets.find, frozenset({E.SECRET})),
    (passwords.find, frozenset({E.SECRET})),
    (passphrases.find, frozenset({E.SECRET})),
    (contact.find, frozenset({E.EMAIL, E.PHONE, E.IP_ADDRESS, E.URL})),
    (finance.find, frozenset({E.CREDIT_CARD, E.IBAN})),
    (national_ids.find, frozenset({E.US_SSN, E.NATIONAL_ID})),
    (spoken.find, frozenset({E.CREDIT_CARD, E.US_SSN, E.PHONE})),
    (dates.find, frozenset({E.DATE, E.DATE_OF_BIRTH})),
    (names.find, frozenset({E.PERSON})),
    (addressees.find, frozenset({E.PERSON})),
    (handles.find, frozenset({E.PERSON})),
    (beside_contacts.find, frozenset({E.PERSON})),
    (structured.find, frozenset({E.PERSON})),
    (lone_names.find, frozenset({E.PERSON})),
    (shouted.find, frozenset({E.PERSON})),
    (places.find, frozenset({E.LOCATION, E.ORGANIZATION})),
    (organisations.find, frozenset({E.ORGANIZATION})),
    (addresses.find, frozenset({E.ADDRESS})),
)
_NER_TYPES = frozenset({E.PERSON, E.LOCATION, E.ORGANIZATION, E.ADDRESS})
_NER_LABELS = {"PERSON": E.PERSON, "GPE": E.LOCATION, "LOC": E.LOCATION, "FAC": E.LOCATION, "ORG": E.ORGANIZATION}
ALL_TYPES = frozenset(EntityType)

# Inputs above this many characters are refused with PayloadTooLarge (the web layer answers 413):
# detection is linear but not free (~2 s per 100 000 characters dense with PII on patterns alone, more
# with NER), so a bound keeps one request from holding a worker for minutes. It matches the web
# server's default per-message limit (WEB_SERVER_MAX_MESSAGE_CHARS).
DEFAULT_MAX_CHARS = 200_000


class Tagger(Protocol):
    """A trained tagger as the detector uses it (learned.TaggerModel, token_tagger.TokenTagger): its spans
    score learned.SCORE (token_tagger.SCORE is the same), below every rule."""

    types: frozenset[EntityType]

    def spans(self, text: str) -> list[Span]: ...


class Reading(Protocol):
    """A tagger's answer for one text (token_tagger.Reading): its spans and its view of every token."""

    spans: list[Span]

    def sure_not_pii(self, at_least: float) -> list[tuple[int, int]]: ...

    def not_pii_within(self, start: int, end: int) -> float: ...


@runtime_checkable
class Reader(Protocol):
    """A tagger that can say how likely each token is not PII (token_tagger.TokenTagger)."""

    types: frozenset[EntityType]

    def read(self, text: str) -> Reading: ...


@dataclass(frozen=True, slots=True)
class NerCheck:
    """How the token tagger's per-token probabilities of "not PII" temper the NER model.

    `skip_at`: capitalised words the tagger gives at least this probability of not being PII count as
    explained, like the rules' finds: a sentence with no other candidate is not sent to the model
    (time saved). `veto_at`: a span of the model's is dropped when every one of its tokens is at least
    this likely not PII to the tagger (the model's false flags: "Merge Sort", "Autumn Leaves").
    None: that check is off.
    """

    skip_at: float | None = None
    veto_at: float | None = None


class Detector:
    """Finds PII spans in text. Thread-safe; holds the loaded models (NER, tagger, or none) and nothing else."""

    def __init__(self, ner: NerModel | None = None, *, tagger: Tagger | None = None,
                 max_chars: int = DEFAULT_MAX_CHARS, ner_check: NerCheck | None = None) -> None:
        self.ner = ner
        self.tagger = tagger
        self.max_chars = max_chars
        # Only a tagger that reads every token (the token tagger) can check NER; the spaCy one cannot.
        self._reader = tagger if ner_check is not None and isinstance(tagger, Reader) else None
        self.ner_check = ner_check if self._reader is not None else NerCheck()

    def detect(self, text: str, *, entities: frozenset[EntityType] | None = None) -> list[Span]:
        """Non-overlapping spans of PII in `text`, sorted by start, in Python string indices.

        `entities` limits the types reported (None: all). Raises PayloadTooLarge above `max_chars`
        and TypeError for anything but a str.
        """
        if not isinstance(text, str):
            raise TypeError(f"detect() takes a str, not {type(text).__name__}")
        if len(text) > self.max_chars:
            raise PayloadTooLarge(f"text of {len(text)} characters is over the PII detector's limit of {self.max_chars}")
        wanted = ALL_TYPES if entities is None else frozenset(entities)
        if not text.strip() or not wanted:
            return []
        try:
            # Other scripts' digits and full-width forms read as ASCII, one character for one: offsets hold.
            return self._detect(fold_forms(text), wanted)
        finally:
            forget()  # the rules' per-text caches hold the prompt: not past this call

    def _detect(self, text: str, wanted: frozenset[EntityType]) -> list[Span]:
        candidates: list[Span] = []
        for find, types in _FAMILIES:
            if types & wanted:
                candidates.extend(find(text))
        use_ner = self.ner is not None and bool(_NER_TYPES & wanted)
        reading = self._reader.read(text) if self._reader is not None and use_ner else None
        if self.tagger is not None and self.tagger.types & wanted:
            # Before the vetoes and the famous-entity filter, which apply to its guesses as to the rules';
            # what it covers is not sent to the NER model again.
            candidates.extend(plausible(text, reading.spans if reading is not None else self.tagger.spans(text)))
        veto = negatives.negative_ranges(text)
        if use_ner:
            explained = [(s.start, s.end) for s in candidates] + veto
            if reading is not None and self.ner_check.skip_at is not None:
                explained += reading.sure_not_pii(self.ner_check.skip_at)
            # Other mentions of a name the rules found are left to `names.propagate` below.
            known = names.name_words(text, [s for s in candidates
                                            if s.type is E.PERSON and not negatives.vetoed(s, veto)])
            found = self._ner_spans(text, merge_ranges(explained), known)
            if reading is not None and self.ner_check.veto_at is not None:
                found = [s for s in found if reading.not_pii_within(s.start, s.end) < self.ner_check.veto_at]
            candidates.extend(found)
        candidates = [s for s in candidates if not negatives.vetoed(s, veto)]
        candidates.extend(_towns_after_firms(text, candidates))
        candidates.extend(_towns_after_people(text, candidates))
        candidates = negatives.drop_generic_mentions(text, negatives.drop_never_names(text, candidates))
        persons = [s for s in candidates if s.type is E.PERSON]
        if persons:
            candidates.extend(s for s in names.propagate(text, persons) if not negatives.vetoed(s, veto))
            if "://" in text or "www." in text:
                candidates.extend(_named_sites(text, persons))
        candidates = _drop_postcodes_read_as_phones(candidates)
        if "\n" in text and any(c.type is E.SECRET for c in candidates):
            candidates.extend(_listed_with_secrets(text, candidates))
        if self.tagger is not None:
            candidates = _guesses_past_whole_addresses(text, candidates)
        if ":" in text and "\n" in text:
            # a line's label before its record's value is a field's name, however a rule or a guess read it
            candidates = [s for s in candidates
                          if s.type is not E.PERSON or not names.is_line_label(text, s.start, s.end)]
        if sealed := negatives.sealed_ranges(text):
            sealed = merge_ranges(sealed)
            candidates = [s for s in candidates if not within(sealed, s.start, s.end)]
        if public := negatives.public_setting_values(text):
            public = merge_ranges(public)
            candidates = [s for s in candidates if s.type is not E.SECRET or not within(public, s.start, s.end)]
        candidates = _names_within_firms(text, candidates)
        guesses = TAGGER_SCORE if self.tagger is not None else None
        return resolve_overlaps((s for s in candidates if s.type in wanted), text, guesses_up_to=guesses)

    def _ner_spans(self, text: str, covered: list[tuple[int, int]], known: frozenset[str]) -> list[Span]:
        assert self.ner is not None
        windows = ner_windows(text, covered, known)
        if not windows:
            return []
        spans = []
        text_foreign: bool | None = None
        for entity in self.ner.entities(text, [(start, end) for start, end, _ in windows]):
            span = _entity_span(text, entity)
            if span is None:
                continue
            foreign = any(start <= entity.start < end and is_foreign for start, end, is_foreign in windows)
            # In German or French the English model takes nouns ("Termin", "Wohnung") for names:
            # only a run of two or more capitalised words is believed there.
            if foreign and (span.type is not E.PERSON or " " not in text[span.start : span.end]):
                continue
            single = span.type is not E.PERSON or " " not in text[span.start : span.end]
            if single and " " not in text[span.start : span.end] and _opens_sentence(text, span.start) and not text[span.start].isascii() \
                    and _NON_LATIN.match(text, span.start) and (after := _WORD_AFTER.match(text, span.end)) and after.group(1).islower():
                continue  # "Γράψε μια επιστολή", "Напиши письмо": the English model reads a verb in Greek or Cyrillic
            if not foreign and single and _opens_sentence(text, span.start):
                # A short sentence of a prompt in another language has too few function words to tell its language
                # by ("Jsou skutečné?", "Hur tar man bort mögel?"); the word opening it is a verb or a pronoun there.
                if text_foreign is None:
                    text_foreign = is_foreign_text(text)
                if text_foreign:
                    continue
            spans.append(span)
        return spans


_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_])")
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_SITE = re.compile(r"(?i)\b(?:https?://|www\.)(?:www\.)?(?P<label>[a-z0-9-]{2,40})(?:\.[a-z0-9-]+)*\.[a-z]{2,12}(?P<path>/[^\s<>\"'`]*)?")


def _named_sites(text: str, persons: list[Span]) -> list[Span]:
    """A link named after someone found in the text: a personal site ("https://tobiaskoch.dev" next to "Tobias
    Koch") or a page whose path spells their name ("zola.com/registry/anna-and-tom", ".../giftlist/lotte-goossens")."""
    folded = {names.fold(text[p.start : p.end]) for p in persons}
    folded = {f for f in folded if len(f) >= 6}
    spans = []
    for m in _SITE.finditer(text):
        label = m.group("label").lower().replace("-", "")
        path = m.group("path") or ""
        segments = [names.fold(s) for s in re.split(r"[/?&=#]", path) if s]
        # the name must be found outside the link: "github.com/ksenia88" alone is the account, not a named page
        words = {names.fold(w) for p in persons if not (m.start() <= p.start < m.end()) for w in text[p.start : p.end].split()}
        words = {w for w in words if len(w) >= 4 and not names.is_common(w)}
        if label in folded or (words and any(w in seg for seg in segments for w in words)):
            url = m.group().rstrip(".,;:!?)")
            spans.append(Span(m.start(), m.start() + len(url), E.URL, 0.75))
    return spans


_NAME_JOINERS = frozenset("and und et y e i og och en".split())


def _names_within_firms(text: str, candidates: list[Span]) -> list[Span]:
    """A person's name inside a firm's name a rule found is the firm's when the rest of it shows a firm ("Mercado &
    Santos LLP", "St Luke's Hospital Roanoke", "Oddie Bookkeeping"): the name does not split the firm, whose "&" or
    "'s" would be left between the pieces. (Not an over-long run a rule took: "Employer: Carmen Mokoena" is hers.)"""
    # (not a run in capitals, where nothing marks where a name ends: "HORACE ELLSWORTH FROM LITTLE ACORNS NURSERY")
    firms = [s for s in candidates
             if s.type is E.ORGANIZATION and s.score > TAGGER_SCORE and not text[s.start : s.end].isupper()]
    if not firms:
        return candidates

    persons = [s for s in candidates if s.type is E.PERSON]

    def contained(p: Span, f: Span) -> bool:
        return f.start <= p.start and p.end <= f.end and (f.start, f.end) != (p.start, p.end)

    def person_of_firm(p: Span, f: Span) -> bool:
        after = text[p.end : f.end].split()
        return bool(after) and after[0][:1].islower() and after[0] not in _NAME_JOINERS

    # ("Jago Entwistle of Quiller Roofing": a person of the firm, the run taken too far; that run is left as it was)
    firms = [f for f in firms if not any(contained(p, f) and person_of_firm(p, f) for p in persons)]
    inside = {id(p) for p in persons for f in firms if contained(p, f)
              and organisations.firm_signs(text[f.start : p.start].split() + text[p.end : f.end].split())}
    return [s for s in candidates if id(s) not in inside]


def _drop_postcodes_read_as_phones(candidates: list[Span]) -> list[Span]:
    """A "phone number" inside a street address is its postcode ("Recife - SC, 63076-483"): the address keeps it."""
    addresses = [s for s in candidates if s.type is E.ADDRESS]
    if not addresses:
        return candidates
    return [s for s in candidates
            if s.type is not E.PHONE or not any(a.start <= s.start and s.end <= a.end for a in addresses)]


# The town a firm a rule found stands in, after the locative word the language puts there ("Phòng khám Lý ở Đà Nẵng",
# "Cabinet Dr. Pop din Sibiu", "Sparbanken Nord i Umeå"), ending its clause: where the firm's employee or client is.
_TOWN_AFTER_FIRM = re.compile(
    r"[ \t]+(?:ở|tại|din|di|i|u|w|v|in|en|em|à|au)[ \t]+(?P<town>[^\W\d_][\w'’-]*(?:[ \t-][^\W\d_][\w'’-]*){0,3}?)"
    r"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:din|sedan|siden|seit|since|desde|depuis|od|от|từ)\b)"
)
_MONTHS_AND_DAYS = frozenset("""january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday""".split())


def _towns_after_firms(text: str, candidates: list[Span]) -> list[Span]:
    spans = []
    for firm in candidates:
        if firm.type is not E.ORGANIZATION or firm.score <= TAGGER_SCORE:
            continue
        if (m := _TOWN_AFTER_FIRM.match(text, firm.end)) is None:
            continue
        words = m.group("town").replace("-", " ").split()
        if not all(w[0].isupper() for w in words) or words[0].lower() in _MONTHS_AND_DAYS or words[0].lower() in COMMON \
                or m.group("town").isupper() or text[firm.start : firm.end].split()[-1] == words[-1]:
            continue  # (and "Pflegedienst Hand in Hand": a name that runs on, its last word said again)
        spans.append(Span(m.start("town"), m.end("town"), E.LOCATION, 0.65))
    return spans


# The town a person comes from, right after the name a rule or a guess found: in brackets ("Obinna Okafor (Onitsha) and Zainab
# Uzor (Akure)", "मकान मालिक कविता सिंह (इंदौर)") or after the word for "from" of the languages that name people so
# ("Stanodavac Ana Perić iz Karlovac traži ...", "Petr Beneš z Ústí nad Labem", "Frau Jana Roth aus Kassel"):
# one to three capitalised words (or words of a script without capitals), not a title in capitals or a common word.
_TOWN_AFTER_PERSON = re.compile(
    r"[ \t]*\((?P<bracket>[^\W\d_][\w'’-]*(?:[ \t][^\W\d_][\w'’-]*)?)\)"
    r"|[ \t]+(?:iz|z|ze|iš|aus|uit|из|з|із)[ \t]+(?P<town>[^\W\d_][\w'’-]*(?:[ \t]+(?:nad|pod|am|an|der)?[ \t]*[^\W\d_][\w'’-]*){0,2})"
)
_CASED = re.compile(r"[A-Za-zÀ-ɏͰ-ϿЀ-ӿ]")
_TOWN_JOINERS = ("nad", "pod", "am", "an", "der")  # lower-case words inside a town's name ("Ústí nad Labem")
_HOUSE_NUMBER_AFTER = re.compile(r"[ \t]+[0-9]")


def _towns_after_people(text: str, candidates: list[Span]) -> list[Span]:
    spans = []
    for person in candidates:
        if person.type is not E.PERSON:
            continue
        if (m := _TOWN_AFTER_PERSON.match(text, person.end)) is None:
            continue
        group = "bracket" if m.group("bracket") else "town"
        words = m.group(group).split()
        kept = []
        for w in words:
            if _CASED.match(w) and not w[0].isupper():
                if kept and w in _TOWN_JOINERS:
                    kept.append(w)
                    continue
                break
            kept.append(w)
        while kept and kept[-1] in _TOWN_JOINERS:
            kept.pop()
        if not kept or kept[0].lower() in COMMON or kept[0].lower() in _MONTHS_AND_DAYS or any(w.isupper() and len(w) > 1 for w in kept):
            continue
        start = m.start(group)
        end = text.index(kept[-1], start) + len(kept[-1])
        if group == "town" and _HOUSE_NUMBER_AFTER.match(text, end):
            continue  # "Jsem Klára Pokorná z Jiráskova 169B, ...": a street and its number, the address's
        # (a guessed name's town is as much a guess)
        spans.append(Span(start, end, E.LOCATION, min(0.65, person.score)))
    return spans


# A list of accounts, one a line, each a login, a slash and its password ("declan / Marmalade_1501*"): where a rule or a
# guess found the secret on one line, the value on every line of the list is one, however plain it looks ("garrett /
# comet-drizzle-anchor-nectar", "lena / sunflower"). (Not a colon's "key: value" lines: a settings block's host and
# user beside its password are no secrets.)
_ACCOUNT_LINE = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]+)?[\w.@+-]{2,40}[ \t]+(/)[ \t]+(?P<value>\S{4,128})[ \t]*\r?$")


def _listed_with_secrets(text: str, candidates: list[Span]) -> list[Span]:
    lines = list(_ACCOUNT_LINE.finditer(text))
    if len(lines) < 2:
        return []
    known = [c for c in candidates if c.type is E.SECRET]
    found = []
    for separator in {m.group(1) for m in lines}:
        same = [m for m in lines if m.group(1) == separator]
        if len(same) < 2 or not any(c.start < m.end("value") and m.start("value") < c.end for m in same for c in known):
            continue
        found.extend(Span(m.start("value"), m.end("value"), E.SECRET, 0.7) for m in same
                     if not secrets.is_placeholder(m.group("value")))
    return found


def _guesses_past_whole_addresses(text: str, candidates: list[Span]) -> list[Span]:
    """A guessed address running on past a rule's address that ended at the town after its postcode ("…, 44813 Jena"
    then ", Mitgliedsnummer 35787"): what the guess adds after the town is the next field, not the address."""
    whole = [s for s in candidates if s.type is E.ADDRESS and s.score > TAGGER_SCORE and addresses.ends_at_town(text, s.start, s.end)]
    if not whole:
        return candidates
    return [s for s in candidates if not (s.type is E.ADDRESS and s.score <= TAGGER_SCORE
                                          and any(a.start <= s.start <= a.end + 2 and s.end > a.end for a in whole))]


def _entity_span(text: str, entity: Entity) -> Span | None:
    """Map a spaCy entity to a typed span, or None for what the model gets wrong in chat text.

    Kept: runs of capitalised words (with particles: "van der", "of", "&"), cut at a line break,
    without a leading sentence opener ("Compare Samsung" → "Samsung") or a trailing 's. Rejected:
    runs with ordinary lower-case words in them ("Lohnt sich das", "Cuál es la diferencia": the
    English model reading another language) and short acronyms taken for people.
    """
    etype = _NER_LABELS.get(entity.label)
    if etype is None:
        return None
    start, end = entity.start, entity.end
    if any(ch in "=_/\\{}<>" for ch in text[start:end]):
        return None  # "STRIPE_SECRET_KEY=...": code, not a name
    newline = text.find("\n", start, end)
    if newline >= 0:
        end = newline
    words = [(m.start() + start, m.end() + start, m.group()) for m in _ENTITY_WORD.finditer(text[start:end])]
    while words and (_opens_sentence(text, words[0][0]) and words[0][2].lower() in COMMON
                     or words[0][2].lower() in _NER_NOISE or words[0][2] in _JOINERS
                     or any(ch.isdigit() for ch in words[0][2])
                     # a verb the model ran in from before: "bel Kees Groen" (call ...), "ask Maria Silva"
                     or words[0][2].isalpha() and words[0][2].islower() and len(words) >= 3
                     and all(w[2][:1].isupper() for w in words[1:3])):
        words.pop(0)  # "Compare Samsung", "W-4 for Highmoor Solutions": the name starts later
    if not words:
        return None
    for i, (_, _, word) in enumerate(words):
        if any(ch.isdigit() for ch in word):
            del words[i:]  # "Ticket TKT-4136": ids end a name
            break
        if not word[:1].isupper() and word.lower() not in _JOINERS:
            if word.isalpha() and not (i >= 2 and i == len(words) - 1 and len(word) <= 3):
                return None  # a plain lower-case word: the model is reading prose as a name
            # (but a short word after two capitalised ones is the sentence going on: "bel Kees Groen op +31...")
            del words[i:]  # "Rémi Rousseau <rremi@...": the model ran on into an address
            break
    while words and words[-1][2] in _JOINERS:
        words.pop()
    if not words or len(words) == 1 and words[0][2].lower() in COMMON:
        return None
    start, end = words[0][0], words[-1][1]
    if text.endswith(("'s", "’s"), start, end):
        end -= 2
    value = text[start:end]
    if len(value) < 2:
        return None
    if _INSIDE_TOKEN.match(text, end) or start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
        return None  # "SMf7b22acc...", "WORKER-S3", "MOBILE-APP-FXGF": a piece of an identifier, not a name
    if _LOWER_COMPOUND.search(value) or " " not in value and text.startswith("(", end):
        return None  # "Kela-hakemus", "Naka-link": a word compounded with a noun; "ObjectId(": a call in code
    if " " not in value and len(value) >= 8 and value.lower().endswith(_GERMAN_MONEY_HEADS):
        return None  # "Bruttoarbeitslohn", "Kita-Beitrag": a German compound for a sum of money, not a firm
    if _DEVICE_WORD.search(value):
        return None  # "MacBook-Air", "Living Room TV": a device on a network list, its owner's name found by the rules
    if etype is E.ORGANIZATION and " " not in value and value.count("-") >= 2 and value.upper() == value:
        return None  # "MOBILE-APP-FXGF": an issue key or a stack name
    if _DISH_BEFORE.search(text, max(0, start - 40), start):
        return None  # "a recipe for crêpes Suzette", "recipe for a Charlotte russe": a dish named after someone
    if entity.label == "FAC" and value[:1].isdigit():
        etype = E.ADDRESS  # "42 Elm Street": spaCy calls it a facility
    if etype is not E.ADDRESS and value.isupper() and len(value) <= 5:
        return None  # "API", "CSS", "UUID": acronyms the models take for people and organisations
    if " " not in value and _opens_sentence(text, start) and _DETERMINER_AFTER.match(text, end):
        return None  # "Validate this schema", "Merece la pena": a verb opening a sentence
    if (value.rstrip(".").lower() in _TITLES or _LABEL_AFTER.match(text, end) or _MODEL_AFTER.match(text, end)
            or _MODEL_BEFORE.search(text, max(0, start - 12), start)):
        return None  # a title alone, "Bill to:", "Galaxy S23": labels and products
    if text.endswith(_LANGUAGES, start, end):
        return None  # "Plain English please": a language, not a place
    return Span(start, end, etype, 0.7)


def _opens_sentence(text: str, start: int) -> bool:
    """True for a word at the start of the text, a line or a sentence ("New" in "New York" is not)."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"“(¿¡")
    return not before or before[-1] in ".!?:\n"


_DETERMINER_AFTER = re.compile(
    r"[ \t]+(?:this|these|that|those|the|my|our|your|a|an|la|el|los|las|le|les|der|die|das|den|il|lo|gli|het|een|o|os|as)\b"
)
_TITLES = frozenset("dr mr mrs ms prof sir herr frau mme dott sr sra".split())
_DISH_BEFORE = re.compile(r"(?i)\brecipes?\s+(?:for|of)\s+(?:an?\s+|the\s+|some\s+)?(?:[^\W\d_]+\s+)?$")
# What continues an identifier right after an entity: a letter or digit, or a dash or underscore and one.
_INSIDE_TOKEN = re.compile(r"[^\W\d_]|[-_][A-Z0-9]|[0-9]+[^\W\d_]|-[a-z]")
_LOWER_COMPOUND = re.compile(r"[^\W\d_]-[a-zß-ÿ]{2,}|^[^\W\d_]+-$")
_GERMAN_MONEY_HEADS = ("beitrag", "lohn", "geld", "kosten", "gebühr", "gebühren", "steuer", "zahlung", "betrag", "zulage",
                       "rente", "miete", "gehalt", "prämie", "erstattung")
_DEVICE_WORD = re.compile(r"MacBook|iPhone|iPad|iMac|Galaxy-|Pixel-|ThinkPad|Chromebook")
_LABEL_AFTER = re.compile(r"[ \t]+(?:to|from)[ \t]*:")
# A model code after a capitalised word makes it a product ("Galaxy S23", "Pixel 8 Pro"); a bare number
# alone does not ("Maria 42 Elm Street").
_MODEL_AFTER = re.compile(r"[ \t]+(?:[A-Z]{1,2}[0-9]{1,4}[a-z]?(?![\w.,:/-])|[0-9]{1,4}[ \t]+(?:Pro|Ultra|Max|Plus|Mini|Lite)\b)")
_MODEL_BEFORE = re.compile(r"(?<![\w.,])[A-Z]?[A-Za-z]*[0-9]{1,4}[a-z]?[ \t]+$")  # "Pixel 8 Pro", "S23 Ultra"
_LANGUAGES = ("English", "German", "French", "Spanish", "Italian", "Portuguese", "Dutch", "Chinese", "Japanese")
_ENTITY_WORD = re.compile(r"[^\s,;:()\"]+")
_JOINERS = frozenset("of and & the de du des la le da di del della van von der den y e et und for".split())
_NER_NOISE = frozenset(
    "hi hello hey dear thanks regards cheers best team everyone sir madam sincerely ok okay yes no please".split()
)


def build_detector(model: str | None = None, *, use_ner: bool = True, use_tagger: bool = False,
                   use_token_tagger: bool = False, tagger_path: str | None = None,
                   tagger_types: frozenset[EntityType] | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                   ner_check: NerCheck | None = None) -> Detector:
    """A Detector with the named spaCy model (package name or directory), or the best one installed.

    `use_ner=False` builds a patterns-and-rules-only detector (no model is loaded). Without any model
    installed this logs one warning and degrades the same way. `use_token_tagger=True` adds the linear
    token tagger (token_tagger.py), `use_tagger=True` the spaCy one (learned.py), not both: `tagger_path`
    names another model than the package's, `tagger_types` takes only some of its types (the token
    tagger's default is the types its stored thresholds take). Without its data a tagger logs one
    warning and the detector runs without it. With both NER and the token tagger, `ner_check` says how
    the tagger tempers the model; None takes the check stored with the tagger's model, NerCheck() none.
    """
    if use_tagger and use_token_tagger:
        raise ValueError("choose one tagger: use_tagger (spaCy) or use_token_tagger")
    ner = load_ner(model) if use_ner else None
    tagger: Tagger | None = None
    if use_token_tagger:
        from llmvpn.privacy.token_tagger import load_token_tagger  # numpy, imported only when asked for

        tagger = load_token_tagger(tagger_path, types=tagger_types)
    elif use_tagger:
        tagger = load_tagger(tagger_path, types=tagger_types)
    if ner_check is None and ner is not None and isinstance(tagger, Reader):
        ner_check = NerCheck(**getattr(tagger, "ner_check", {}))
    return Detector(ner, tagger=tagger, max_chars=max_chars, ner_check=ner_check)
