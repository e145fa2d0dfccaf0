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
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12, "setiembre": 9,
    # Italian, Portuguese, Dutch.
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10,
    "dicembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th|er|º)?"
# A weekday written before the date belongs to it: "Tuesday 26th October", "Thu 27 Feb", "sábado, 3 de mayo".
_WEEKDAY_BEFORE = re.compile(
    r"(?i)(?<![\w])(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag)\.?,?\s+(?:the\s+)?$"
)
_YEAR = r"(?P<year>(?:1[89]|20)[0-9]{2})"

_PATTERNS = (
    # 2024-03-15, 2024/03/15
    re.compile(r"(?<![\w.:/-])(?P<year>(?:1[89]|20)[0-9]{2})([-/])(?P<month>[0-9]{1,2})\2(?P<day>[0-9]{1,2})(?![\w]|[.:/-][0-9])"),
    # 03/15/2024, 15.03.2024, 15-03-1987, 3/15/87 (day/month order decided below)
    re.compile(r"(?<![\w.:/-])(?P<a>[0-9]{1,2})([./-])(?P<b>[0-9]{1,2})\2(?P<year>(?:1[89]|20)?[0-9]{2})(?![\w]|[.:/-][0-9])"),
    # March 15, 2024 · Mar 15th · March 15 2024 · Thursday, March 15
    re.compile(r"(?<![\w])" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?(?![\w])", re.IGNORECASE),
    # 15 March 2024 · 15th of March · 15. März 1987 · 15 de marzo de 1987 · Tuesday 26th October
    re.compile(r"(?<![\w.])" + _DAY + r"\.?\s+(?:of\s+|de\s+)?" + _MONTH + r"(?:,?\s+(?:de\s+)?" + _YEAR + r")?(?![\w])",
               re.IGNORECASE),
    # 9-Nov-2024 · 27-apr-1951 · 03/Mar/2024 (logs, airline and bank forms)
    re.compile(r"(?<![\w.:/-])" + _DAY.replace("(?:st|nd|rd|th|er|º)?", "") + r"([-/])" + _MONTH.replace(r"\.?", "")
               + r"\2(?P<year>(?:1[89]|20)?[0-9]{2})(?![\w]|[.:/-][0-9])", re.IGNORECASE),
)
_DOB_CONTEXT = keyword_pattern(
    ["born", "birth", "birthday", "dob", "d.o.b", "date of birth", "birthdate", "b.", "geboren", "geburtsdatum",
     "né", "née", "naissance", "nacido", "nacida", "nacimiento", "age", "bday", "nascido", "nascida", "nascimento",
     "nato", "nata", "nascita", "geboortedatum", "geb.", "nasceu", "nació", "nacque", "naquit", "est né"]
)


_VERSION_CONTEXT = re.compile(
    r"(?i)(?:\b(?:v|version|ver|release|build|firmware|update|upgrade|bump|bumped|bumping|tag|rc|patch|python|node|"
    r"docker|ubuntu|kernel|ios|android|npm|pip|sdk|api|from|to)\s*:?\s*|[=@~^<>]\s*|[a-z]\w*[0-9]\s+)$"
)


_VERSION_TOPIC = re.compile(r"(?i)\b(?:versions?|versioning|semver|changelog|releases?|dependenc(?:y|ies)|bumps?|upgrades?)\b")


def find(text: str) -> list[Span]:
    """Dates; those introduced by birth words are DATE_OF_BIRTH."""
    spans = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if not _is_real_date(m):
                continue
            start, end = m.start(), m.end()
            weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
            if weekday:
                start = weekday.start()
            month = m.groupdict().get("month") or ""
            if text[end - 1] == "." and len(month) > 4:
                end -= 1  # "on 6th march." — the full stop ends the sentence
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
        # 3.11.24 and 1.2.10 are versions far more often than dates: dots and dashes need a 4-digit year,
        # or the zero-padded day and month that German forms use ("zum 03.09.23"), outside a version's context.
        if m.group(2) in ".-" and len(groups["year"]) != 4:
            padded = m.group(2) == "." and len(groups["a"]) == 2 and len(groups["b"]) == 2
            if (not padded or _VERSION_CONTEXT.search(m.string, max(0, m.start() - 30), m.start())
                    or _VERSION_TOPIC.search(m.string, max(0, m.start() - 80), m.end() + 80)):
                return False
            return _valid(year, int(groups["b"]), int(groups["a"]))  # written with dots: day.month
        a, b = int(groups["a"]), int(groups["b"])
        return _valid(year, a, b) or _valid(year, b, a)  # month/day or day/month
    month = groups["month"]
    if month in ("may", "mar") and not groups.get("year"):  # "you may 2x the pool", "mar 3 tiles": verbs, not months
        return False
    month_number = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    return _valid(year, month_number, int(groups["day"]))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
