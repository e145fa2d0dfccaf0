"""Street addresses: a grammar for US/UK, German, French and Spanish/Italian/Portuguese forms, and PO boxes."""

from __future__ import annotations

import re

from llmvpn.privacy.spans import EntityType, Span

_CAP = r"[^\W\d_][\w'’.-]*"
_STREET_TYPES = (
    r"Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    r"Close|Crescent|Cres|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Square|Sq|Trail|Trl|Row|Walk|Mews|Grove|"
    r"Gardens|Hill|Park|Loop|Pike|Alley|Plaza"
)
_UNIT = r"(?:,?[ \t]*(?i:apt|apartment|suite|ste|unit|flat|floor|fl|#)\.?[ \t]*[\w-]{1,6})?"
# Street and town words, in any case (addresses get typed in lower case too), but never the little
# words of a sentence: "5 blocks down the road" is not an address.
_STOP = r"(?!(?:the|a|an|my|our|your|to|of|and|or|on|in|at|by|down|up|from|for|with|this|that|is|was|new|old|"
_STOP += r"about|which|where|near|but|so|can|could|please|thanks|then|last|next|every|each|per|blocks?|miles?|km)\b)"
_STREET_WORD = rf"{_STOP}[^\W\d_][\w'’.-]*"
_TOWN_WORD = rf"{_STOP}[^\W\d_][^\W\d_'’.-]*(?![\w])"
_TOWN = r"[A-ZÀ-Þ][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*(?![\w])"  # a capitalised town name, no full stop
_CITY_TAIL = (
    rf"(?:,[ \t]*{_TOWN_WORD}(?:[ \t]+{_TOWN_WORD}){{0,2}})?"  # , Springfield
    r"(?:,?[ \t]+(?:[A-Za-z]{2}[ \t]+[0-9]{5}(?:-[0-9]{4})?|[A-Za-z]{1,2}[0-9][A-Za-z0-9]?[ \t]*[0-9][A-Za-z]{2}(?![\w])"
    r"|[0-9]{5}(?![\w])|[A-Z][0-9][A-Z][ \t]?[0-9][A-Z][0-9]))?"
)
_ADDRESSES = tuple(
    re.compile(p)
    for p in (
        # 42 Elm Street, Apt 3B, Springfield, IL 62704 · 221B Baker St · 10 Downing Street, London SW1A 2AA
        rf"(?<![\w-])[0-9]{{1,5}}[A-Za-z]?(?:-[0-9]{{1,5}})?[ \t]+(?:[NSEWnsew]\.?[ \t]+)?(?:{_STREET_WORD}[ \t]+){{1,3}}"
        rf"(?i:{_STREET_TYPES})\b\.?{_UNIT}{_CITY_TAIL}",
        # Hauptstraße 12a, 10115 Berlin · Bahnhofstrasse 7, 8001 Zürich · Am Markt 3
        rf"(?<![\w-])(?:[A-ZÄÖÜ][\wäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer|steig|pfad)|"
        rf"(?:Am|An der|Im|Auf dem|Zum|Zur)\s+[A-ZÄÖÜ]\w+)\s+[0-9]{{1,4}}[a-z]?(?:,\s*(?:D-|CH-|A-)?[0-9]{{4,5}}[ \t]+{_TOWN}(?:[ \t]+{_TOWN})?)?",
        # 12 rue de la Paix, 75002 Paris · 5 bis avenue Victor Hugo
        rf"(?<![\w-])[0-9]{{1,4}}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|impasse|quai|route|cours)"
        rf"\s+(?:(?:de|du|des|la|le|l'|d')\s*)*{_CAP}(?:[ \t]+(?:(?:de|du|des|la|le)[ \t]+)?{_CAP}){{0,3}}(?:,?\s*[0-9]{{5}}[ \t]+{_TOWN}(?:[ \t]+{_TOWN})?)?",
        # Calle Mayor 5, 28013 Madrid · Via Roma 10, 00184 Roma · Rua Augusta 120
        rf"(?<![\w-])(?:Calle|C/|Avenida|Avda\.?|Plaza|Paseo|Camino|Via|Viale|Piazza|Corso|Vicolo|Rua|Travessa)\s+"
        rf"(?:(?:de|del|la|los|las|di|della|dei|da|do|dos)\s+)*{_CAP}(?:[ \t]+{_CAP}){{0,3}},?[ \t]*(?:n\.?\s?º?\s*)?[0-9]{{1,4}}"
        rf"(?:,\s*[0-9]{{5}}[ \t]+{_TOWN}(?:[ \t]+{_TOWN})?)?",
        r"\b(?:P\.?\s?O\.?\s+Box|Postfach|Apartado)\s+[0-9]{1,6}\b",
    )
)


def find(text: str) -> list[Span]:
    """Street addresses in US/UK, German, French, Spanish/Italian/Portuguese forms, and PO boxes."""
    spans = []
    for pattern in _ADDRESSES:
        for m in pattern.finditer(text):
            value = m.group().rstrip(" ,.")
            spans.append(Span(m.start(), m.start() + len(value), EntityType.ADDRESS, 0.85))
    return spans
