"""Calendar dates in the usual written forms, and dates of birth (a date right after "born", "DOB"...).

A year alone, a month and year, or a weekday is too coarse to point at a person and is left alone.
"""

from __future__ import annotations

import re
from datetime import date

from llmvpn.privacy.recognizers._context import keyword_pattern
from llmvpn.privacy.spans import EntityType, Span

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
    # German, French, Spanish forms that differ from the English ones.
    "januar": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th|er|º)?"
_YEAR = r"(?P<year>(?:1[89]|20)[0-9]{2})"

_PATTERNS = (
    # 2024-03-15, 2024/03/15
    re.compile(r"(?<![\w.:/-])(?P<year>(?:1[89]|20)[0-9]{2})([-/])(?P<month>[0-9]{1,2})\2(?P<day>[0-9]{1,2})(?![\w]|[.:/-][0-9])"),
    # 03/15/2024, 15.03.2024, 15-03-1987, 3/15/87 (day/month order decided below)
    re.compile(r"(?<![\w.:/-])(?P<a>[0-9]{1,2})([./-])(?P<b>[0-9]{1,2})\2(?P<year>(?:1[89]|20)?[0-9]{2})(?![\w]|[.:/-][0-9])"),
    # March 15, 2024 · Mar 15th · March 15 2024
    re.compile(r"(?<![\w])" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?(?![\w])", re.IGNORECASE),
    # 15 March 2024 · 15th of March · 15. März 1987 · 15 de marzo de 1987
    re.compile(r"(?<![\w.])" + _DAY + r"\.?\s+(?:of\s+|de\s+)?" + _MONTH + r"(?:,?\s+(?:de\s+)?" + _YEAR + r")?(?![\w])",
               re.IGNORECASE),
)
_DOB_CONTEXT = keyword_pattern(
    ["born", "birth", "birthday", "dob", "d.o.b", "date of birth", "birthdate", "b.", "geboren", "geburtsdatum",
     "né", "née", "naissance", "nacido", "nacida", "nacimiento", "age", "bday"]
)


def find(text: str) -> list[Span]:
    """Dates; those introduced by birth words are DATE_OF_BIRTH."""
    spans = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if not _is_real_date(m):
                continue
            start, end = m.start(), m.end()
            before = text[max(0, start - 30) : start]
            dob = bool(_DOB_CONTEXT.search(before))
            spans.append(Span(start, end, EntityType.DATE_OF_BIRTH if dob else EntityType.DATE, 0.85 if dob else 0.75))
    return spans


def _is_real_date(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    year = int(groups["year"]) if groups.get("year") else 2000
    if year < 100:
        year += 1900 if year > 30 else 2000
    if groups.get("a") is not None:
        # 3.11.24 and 1.2.10 are versions far more often than dates: dots and dashes need a 4-digit year.
        if m.group(2) in ".-" and len(groups["year"]) != 4:
            return False
        a, b = int(groups["a"]), int(groups["b"])
        return _valid(year, a, b) or _valid(year, b, a)  # month/day or day/month
    month = groups["month"]
    if month == "may" or month == "mar":  # "you may 2x the pool", "mar 3 tiles": verbs, not months
        return False
    month_number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    return _valid(year, month_number, int(groups["day"]))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
