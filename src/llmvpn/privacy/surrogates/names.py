"""Surrogates for words: persons (name by name), locations, organisations and street addresses."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from llmvpn.privacy.surrogates import _data as data
from llmvpn.privacy.surrogates._shape import apply_case, made_up_word, scramble

# A name-like word: letters, with inner apostrophes or hyphens (O'Brien, Jean-Luc).
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# A whole word: a name is replaced only when all of it is a name word, so a surrogate never ends up
# glued to letters or digits ("A0son") where restoration, which matches whole words, cannot see it.
_WHOLE = re.compile(r"\w+(?:['’\-]\w+)*")
TITLES = {
    "mr": "m", "mister": "m", "sir": "m", "herr": "m", "hr": "m", "monsieur": "m", "m": "m", "sr": "m",
    "señor": "m", "sig": "m", "signor": "m", "pan": "m", "lord": "m",
    "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "frau": "f", "fr": "f", "mme": "f", "mlle": "f",
    "madame": "f", "sra": "f", "srta": "f", "señora": "f", "signora": "f", "pani": "f", "lady": "f",
    "mx": "", "dr": "", "prof": "", "professor": "", "doctor": "", "rev": "", "dott": "", "ing": "",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "msc", "mba"}
PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "la", "le", "ten", "ter",
             "bin", "al", "y", "zu", "dos", "das"}

# (token, role "first" | "last", locale, gender "f" | "m") -> the surrogate token, consistently.
ComponentFn = Callable[[str, str, str, str], str]


def guess_locale(text: str) -> str:
    """The locale of a word not in our lists, from its letters; English when nothing tells."""
    low = text.lower()
    if any("\u0400" <= c <= "\u04ff" for c in low):
        return "ru"
    for letters, locale in (("ßäöü", "de"), ("łśżźćńęą", "pl"), ("ñ", "es"), ("ãõ", "pt"),
                            ("ìò", "it"), ("çéèêëàâîôûœ", "fr")):
        if any(c in letters for c in low):
            return locale
    if "ij" in low:
        return "nl"
    return "en"


def first_name(rng: random.Random, locale: str, gender: str) -> str:
    return rng.choice((data.FEMALE if gender == "f" else data.MALE)[locale])


def surname(rng: random.Random, locale: str, gender: str) -> str:
    name = rng.choice(data.SURNAMES[locale])
    if gender == "f":  # Polish and Russian surnames agree with the person's gender
        if locale == "pl" and name.endswith(("ski", "cki", "dzki")):
            name = name[:-1] + "a"
        elif locale == "ru" and name.endswith(("ов", "ев", "ин")):
            name += "а"
    return name


def person(original: str, component: ComponentFn, rng: random.Random) -> str | None:
    """ "Dr. Jane Smith" -> "Dr. Maria Keller": each given name and surname replaced through
    `component` (so "Jane" alone gets the same surrogate), titles, particles and initials kept.

    Returns None when the span holds no name word to replace (an initial alone, digits...)."""
    words = list(_WHOLE.finditer(original))
    names = [m for i, m in enumerate(words) if _is_name(m.group(), i)]
    if not names:
        return None
    comma = original.find(",")
    known = [data.FIRST_INDEX.get(m.group().lower()) for m in names]
    locale, gender = next((hint for hint in known if hint), (None, None))
    if locale is None:
        locale = next((data.SURNAME_INDEX[m.group().lower()] for m in names
                       if m.group().lower() in data.SURNAME_INDEX), None) or guess_locale(original)
    if gender is None:
        titles = [TITLES.get(m.group().lower(), "") for m in words]
        gender = next((g for g in titles if g), None) or rng.choice("fm")
    out, pos = [], 0
    for i, m in enumerate(names):
        token = m.group()
        if comma >= 0:  # "Smith, Jane": the surname comes first
            role = "last" if m.start() < comma else "first"
        elif len(names) > 1:
            role = "last" if i == len(names) - 1 else "first"
        else:
            after_title = m.start() > 0 and any(w.end() <= m.start() and w.group().lower() in TITLES
                                                for w in words)
            is_last = token.lower() in data.SURNAME_INDEX and token.lower() not in data.FIRST_INDEX
            role = "last" if after_title or is_last else "first"
        out += [original[pos:m.start()], component(token, role, locale, gender)]
        pos = m.end()
    return "".join(out) + original[pos:]


def _is_name(word: str, index: int) -> bool:
    low = word.lower()
    if len(word) < 2 or low in TITLES or low in SUFFIXES or not WORD.fullmatch(word):
        return False
    return not (index > 0 and low in PARTICLES and word.islower())


def location(original: str, rng: random.Random, attempt: int) -> str:
    """A city of the original's locale, or a country for a country."""
    key = " ".join(original.split())
    if key.title() in data.COUNTRIES:
        name = rng.choice(data.COUNTRIES)
    else:
        locale = data.CITY_INDEX.get(key.lower()) or guess_locale(key)
        name = rng.choice(data.CITIES[locale]) if attempt < 20 else made_up_word(rng) + "ville"
    return apply_case(name, original)


_LEGAL = re.compile(
    r"(?:[\s,]+(?:inc|corp|corporation|co|company|llc|llp|ltd|limited|plc|gmbh|ag|se|kg|sa|sas|sarl|"
    r"spa|srl|bv|nv|oy|ab|asa|pty|s\.a|s\.p\.a|s\.r\.l|b\.v|n\.v|& co|sp\. z o\.o)\.?)+$", re.IGNORECASE)
_GENERIC = {
    "the", "of", "and", "&", "for", "für", "und", "de", "la", "le", "des", "del", "di", "group", "holding",
    "holdings", "systems", "solutions", "technologies", "technology", "tech", "labs", "software", "bank",
    "insurance", "partners", "consulting", "services", "media", "foods", "motors", "energy", "capital",
    "international", "global", "university", "hospital", "school", "college", "clinic", "foundation",
    "institute", "agency", "studio", "studios", "health", "pharma", "logistics", "ventures", "industries",
}


def org_core(name: str) -> tuple[int, int]:
    """Where the distinctive words of an organisation's name are: "Bank of Acme Ltd" -> "Acme"."""
    end = _LEGAL.search(name)
    stop = end.start() if end else len(name)
    words = [m for m in WORD.finditer(name, 0, stop) if m.group().lower() not in _GENERIC]
    if not words:
        return (0, 0)
    return words[0].start(), words[-1].end()


def organization(original: str, rng: random.Random, attempt: int) -> str:
    """ "Acme Widgets Systems GmbH" -> "Northbridge Systems GmbH": generic words and legal form kept."""
    head = rng.choice(data.ORG_HEADS) if attempt < 30 else made_up_word(rng, 2)
    core = apply_case(head + rng.choice(data.ORG_TAILS), original)
    start, end = org_core(original)
    if start == end:  # only generic words ("The Hospital"): a name before the last one
        last = list(WORD.finditer(original))
        at = last[-1].start() if last else len(original)
        return f"{original[:at]}{core} {original[at:]}".strip()
    return original[:start] + core + original[end:]


_STREET_WORDS = {
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "court", "ct", "way",
    "place", "pl", "boulevard", "blvd", "square", "sq", "terrace", "close", "apt", "apartment", "suite",
    "unit", "floor", "flat", "po", "box", "rue", "avenida", "calle", "via", "viale", "piazza", "ulica",
    "ul", "rua", "straat", "weg", "laan", "plein", "gasse", "platz", "allee", "chemin", "place", "de",
    "des", "du", "la", "le", "del", "da", "do", "dos", "van", "der", "north", "south", "east", "west",
}
_STREET_SUFFIX = re.compile(r"(?i)(straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|straat|laan)$")
_STREET_LOCALE = (("straße", "de"), ("strasse", "de"), ("rue ", "fr"), ("calle ", "es"), ("via ", "it"),
                  ("straat", "nl"), ("ulica", "pl"), ("ul.", "pl"), ("rua ", "pt"))
_COUNTRY_WORDS = {c.lower() for c in data.COUNTRIES} | {"usa", "us", "uk"}


def address(original: str, rng: random.Random) -> str:
    """A street address of the same layout: numbers and postcodes re-drawn, the street name and the
    city swapped for listed ones of the same locale, street types, states and countries kept."""
    low = original.lower()
    locale = next((loc for marker, loc in _STREET_LOCALE if marker in low), None) or guess_locale(original)
    out, pos, part, replaced = [], 0, 0, False
    for m in re.finditer(r"[^\W_]+(?:['’\-.][^\W_]+)*|,", original):
        token, gap = m.group(), original[pos:m.start()]
        pos = m.end()
        if replaced and token != "," and not any(c.isdigit() for c in token) and not _kept(token):
            continue  # a multi-word name ("Baker Street", "New York") becomes one word
        out.append(gap)
        if token == ",":
            part, replaced = part + 1, False
            out.append(token)
        elif any(c.isdigit() for c in token):
            out.append(scramble(token, rng))  # house numbers, postcodes: same shape, other value
        elif _kept(token):
            out.append(token)
        else:
            replaced = True
            suffix = _STREET_SUFFIX.search(token) if part == 0 else None
            if suffix and suffix.start() > 0:  # "Hauptstraße" -> "Lindenstraße"
                word = rng.choice(data.STREETS[locale]) + token[suffix.start():]
            else:
                word = rng.choice(data.STREETS[locale] if part == 0 else data.CITIES[locale])
            out.append(apply_case(word, token))
    out.append(original[pos:])
    return "".join(out)


def _kept(token: str) -> bool:
    """Street types, countries and two-letter state codes say little about who lives there."""
    low = token.lower()
    return low.rstrip(".") in _STREET_WORDS or low in _COUNTRY_WORDS or (len(token) == 2 and token.isupper())
