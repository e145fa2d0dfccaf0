"""Calendar dates in the usual written forms, and dates of birth (a date right after "born", "DOB"...).

A year alone, a month and year, or a weekday is too coarse to point at a person and is left alone.
"""

from __future__ import annotations

import re
from datetime import date

from llmvpn.privacy.recognizers._context import finditer_cued, keyword_pattern, mentions
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
    # Polish (the genitive a date is written in, and the nominative), Swedish, Danish and Norwegian.
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
    "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
    "styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "czerwiec": 6, "lipiec": 7, "sierpień": 8,
    "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
    "augusti": 8, "maj": 5, "marts": 3,
    # Austrian, Czech (genitive and nominative), Turkish, Romanian.
    "jänner": 1, "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7,
    "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12, "leden": 1, "únor": 2, "březen": 3,
    "duben": 4, "květen": 5, "červen": 6, "červenec": 7, "srpen": 8, "říjen": 10, "prosinec": 12,
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8, "eylül": 9,
    "ekim": 10, "kasım": 11, "aralık": 12,
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
    "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Abbreviations other languages write ("10 mrt", "25 de dez.", "3 févr.", "19 giu", "4 okt").
    "mrt": 3, "okt": 10, "dez": 12, "mär": 3, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
    "ene": 1, "abr": 4, "dic": 12, "fev": 2, "giu": 6, "lug": 7, "ott": 10, "paź": 10, "wrz": 9,
    # ... and those that are also words ("3 out of 5", "2 set", "gen", "mag", "ago"): believed only with
    # a full stop or a year after them (see _AMBIGUOUS).
    "out": 10, "set": 9, "ago": 8, "gen": 1, "mag": 5,
}
# Month abbreviations that are words of some language too, written in lower case: "3 out of 5", "a 2 set
# match", "you may 2x": believed only with a full stop or a year after them ("May 2", "25 de dez." are dates).
_AMBIGUOUS = frozenset({"may", "mar", "out", "set", "ago", "gen", "mag"})
_WORDS_TOO = frozenset({"out", "set", "ago", "gen", "mag"})  # ... in any case: "ThinkPad Gen 11", "Set 2"
MONTHS = _MONTHS  # month words of every language read, for the address rules
_MONTH = "(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-9]{1,2})(?:st|nd|rd|th|er|º)?"
# A weekday written before the date belongs to it: "Tuesday 26th October", "Thu 27 Feb", "sábado, 3 de mayo".
_WEEKDAYS = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|"
    r"sabato|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag|"
    # Polish, Swedish, Danish, Norwegian; the short forms of the languages above ("Di.", "mer.", "sex.", "za")
    r"poniedziałek|wtorek|środa|środę|czwartek|piątek|sobota|sobotę|niedziela|niedzielę|"
    r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|tirsdag|lørdag|søndag|"
    r"segunda|terça|quarta|quinta|sexta|seg|ter|qua|qui|sex|sáb|sab|dom|lun|mer|jeu|ven|sam|dim|mié|mie|jue|vie|"
    r"gio|mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|pon|wt|śr|czw|pt|sob|nie|ndz|mån|tis|ons|tors|fre|lör|sön"
)
_WEEKDAY_BEFORE = re.compile(r"(?i)(?<![\w])(?:" + _WEEKDAYS + r")\.?,?\s+(?:the\s+)?$")
# Short weekday forms that are also words ("do", "so", "ma"...): only written with a capital or a full stop.
_SHORT_WEEKDAY = frozenset("mo di mi do fr sa so ma wo vr za zo pon wt pt nie sex ter qua qui seg dom mer sam ven lun dim sab".split())
_YEAR = r"(?:(?P<year>(?:1[89]|20)[0-9]{2})|['’](?P<syear>[0-9]{2}))"  # "2025" or "'25"

_PATTERNS = (
    # 2024-03-15, 2024/03/15
    # (a time may follow: "2024-03-15T10:02:11Z" in logs, exports and JSON)
    re.compile(r"(?<![\w.:/-])(?P<year>(?:1[89]|20)[0-9]{2})([-/])(?P<month>[0-9]{1,2})\2(?P<day>[0-9]{1,2})"
               r"(?!(?!T[0-9]{2}:[0-9]{2})[\w]|[.:/-][0-9])"),
    # 03/15/2024, 15.03.2024, 15-03-1987, 3/15/87 (day/month order decided below)
    re.compile(r"(?<![\w.:/-])(?P<a>[0-9]{1,2})([./-])(?P<b>[0-9]{1,2})\2(?P<year>(?:1[89]|20)?[0-9]{2})(?![\w]|[.:/-][0-9])"),
    # March 15, 2024 · Mar 15th · March 15 2024 · Thursday, March 15
    re.compile(r"(?<![\w])" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?(?![\w])", re.IGNORECASE),
    # 15 March 2024 · 15th of March · 15. März 1987 · 15 de marzo de 1987 · Tuesday 26th October
    re.compile(r"(?<![\w.])" + _DAY + r"\.?\s+(?:of\s+|de\s+)?" + _MONTH + r"(?:,?\s+(?:de\s+)?" + _YEAR + r")?(?![\w])",
               re.IGNORECASE),
    # 9-Nov-2024 · 27-apr-1951 · 03/Mar/2024 (logs, airline and bank forms)
    re.compile(r"(?<![\w.:/-])" + _DAY.replace("(?:st|nd|rd|th|er|º)?", "") + r"([-/])" + _MONTH.replace(r"\.?", "")
               + r"\2(?P<year>(?:1[89]|20)?[0-9]{2})(?![\w]|[.:/-][0-9](?![0-9]:[0-9]{2}))", re.IGNORECASE),
    # 19/7 1977 (Swedish), 14. 1. 1940 (Czech, Slovak): day, month, then the year after a space
    re.compile(r"(?<![\w.:/-])(?P<a>[0-9]{1,2})(?:/|\.[ \t])(?P<b>[0-9]{1,2})\.?[ \t]+(?P<year>(?:1[89]|20)[0-9]{2})"
               r"(?![\w]|[.:/-][0-9])"),
    # 7 VIII 2026 (a Roman month, as Polish and Italian forms write it)
    re.compile(r"(?<![\w.])(?P<day>[0-9]{1,2})\.?[ \t]+(?P<roman>I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?[ \t]+"
               r"(?P<year>(?:1[89]|20)[0-9]{2})(?![\w])"),
)
_NAMED_MONTH_PATTERNS = frozenset({2, 3, 4})  # indices into _PATTERNS
# The one that opens with the month name is tried only where a month word starts (see `_context.finditer_cued`).
_MONTH_FIRST = 2
_MONTH_START = re.compile(
    r"(?<![\w])(?=(?:" + "|".join(sorted(map(re.escape, {*_MONTHS, *(m.replace("ı", "i") for m in _MONTHS)}), key=len, reverse=True))
    + r"))"
)  # (with "aralik" for "ARALIK", whose lower case has a dotted i)
_MONTH_WORDS = frozenset(_MONTHS)
def _fold_month(word: str) -> str:
    """The month word as looked up: lower case, the Turkish dotted and dotless i as "i" (IGNORECASE matches
    "ARALIK" to "aralık", whose lower case is "aralik")."""
    return word.lower().rstrip(".").replace("\u0307", "").replace("ı", "i")


_MONTHS_FOLDED = {_fold_month(word): number for word, number in _MONTHS.items()}
_MONTH_WORDS = _MONTH_WORDS | frozenset(_MONTHS_FOLDED)  # ("ARALIK" is "aralik" in lower case)
_ROMAN = {r: i + 1 for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split())}

# A day and month in figures without a year ("on 24/10", "am 16.9.", "desde el 10/5", "Fri 10/9") is a
# date only after a word that introduces one (a preposition of time in any of the languages read, a
# weekday, or a label's colon): alone it is as often a fraction, a score or a ratio.
_SHORT = re.compile(
    r"(?<![\w.:/,-])(?P<a>[0-9]{1,2})(?P<sep>[./-])(?P<b>[0-9]{1,2})(?P<dot>\.)?(?![\w%]|[.,:/-]?[0-9]|[ \t]*(?:%|[/-]|\.[0-9]))"
)
_SHORT_CUE = re.compile(
    r"(?i)(?:(?<![\w])(?:on|by|from|since|until|till|before|after|due|dated|effective|starting|through|"
    r"le|du|au|dès|depuis|avant|après|jusqu'au|el|desde|hasta|del|para|antes|después|il|dal|entro|fino al|"
    r"em|até|dia|op|vanaf|sinds|tot|per|am|ab|bis|vom|zum|seit|od|do|dnia|dniu|sedan|från|till|den|innan|"
    # Danish "d. 29/6", "siden 10/11", Czech "dne", German "ist der 12.1.", "moving day 14/5"
    r"d|siden|fra|dne|der|day|"
    + _WEEKDAYS + r")\.?,?|:)[ \t]+$"
)
# After a short date, words that make the figures a range or a count ("from 10-12 people", "on 2-3 nodes").
_COUNT_AFTER = re.compile(r"(?i)[ \t]*(?:am|pm|h|hrs?|hours?|days?|weeks?|months?|years?|min|minutes?|times|people|"
                          r"persons?|nodes?|servers?|items?|pages?|x|%)\b")
_DOB_CONTEXT = keyword_pattern(
    ["born", "birth", "birthday", "dob", "d.o.b", "date of birth", "birthdate", "b.", "geboren", "geburtsdatum",
     "né", "née", "naissance", "nacido", "nacida", "nacimiento", "age", "bday", "nascido", "nascida", "nascimento",
     "nato", "nata", "nascita", "geboortedatum", "geb.", "nasceu", "nació", "nacque", "naquit", "est né",
     # Scandinavian, Polish, Czech, Turkish, Romanian, Finnish
     "född", "født", "födelsedatum", "fødselsdato", "fødd", "urodzony", "urodzona", "urodzenia", "narozen", "narozena",
     "narození", "doğum", "doğumlu", "doğum tarihi", "născut", "născută", "nașterii", "syntynyt", "syntymäaika"]
)


# Languages that say "born" after the date: "3 Kasım 1954 doğumluyum" (Turkish), "1954-ben született" (Hungarian).
_DOB_AFTER = re.compile(r"(?i)[ \t,]*(?:-?(?:ben|ban)[ \t]+)?(?:doğumlu|doğdum|doğdu|született|syntynyt)")


_VERSION_CONTEXT = re.compile(
    r"(?i)(?:\b(?:v|version|ver|release|build|firmware|update|upgrade|bump|bumped|bumping|tag|rc|patch|python|node|"
    r"docker|ubuntu|kernel|ios|android|npm|pip|sdk|api|from|to)\s*:?\s*|[=@~^<>]\s*|[a-z]\w*[0-9]\s+)$"
)


_VERSION_TOPIC = re.compile(r"(?i)\b(?:versions?|versioning|semver|changelog|releases?|dependenc(?:y|ies)|bumps?|upgrades?)\b")


def find(text: str) -> list[Span]:
    """Dates; those introduced by birth words are DATE_OF_BIRTH."""
    spans = []
    named = mentions(text, _MONTH_WORDS)  # the patterns with a month name need one of them as a word
    matches = [m for i, pattern in enumerate(_PATTERNS) if named or i not in _NAMED_MONTH_PATTERNS
               for m in (finditer_cued(pattern, _MONTH_START, text) if i == _MONTH_FIRST else pattern.finditer(text))
               if _is_real_date(m)]
    if "/" in text or "." in text or "-" in text:
        matches.extend(m for m in _SHORT.finditer(text) if _is_short_date(m))
    for m in matches:
        start, end = m.start(), m.end()
        weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
        if weekday and _whole_weekday(weekday.group()):
            start = weekday.start()
        month = m.groupdict().get("month") or ""
        if text[end - 1] == "." and (len(month) > 4 or m.groupdict().get("sep") in ("/", "-")):
            end -= 1  # "on 6th march." — the full stop ends the sentence
        before = text[max(0, start - 30) : start]
        dob = bool(_DOB_CONTEXT.search(before)) or bool(_DOB_AFTER.match(text, end))
        spans.append(Span(start, end, EntityType.DATE_OF_BIRTH if dob else EntityType.DATE, 0.85 if dob else 0.75))
    return spans


def _whole_weekday(word: str) -> bool:
    """A short weekday form that is a word too ("do", "ma", "so") counts only capitalised or with its full stop."""
    bare = word.strip(" \t\n,.").lower()
    return bare not in _SHORT_WEEKDAY or word[:1].isupper() or "." in word


def _is_short_date(m: re.Match[str]) -> bool:
    """A day and month in figures, no year: after a cue word, not a fraction, a range or a version."""
    a, b, sep = int(m.group("a")), int(m.group("b")), m.group("sep")
    if not (_valid(2000, b, a) or sep == "/" and _valid(2000, a, b)):
        return False
    if not _SHORT_CUE.search(m.string, max(0, m.start() - 24), m.start()):
        return False
    if sep == "/" and (a < b <= 5 or b == 10 and a <= 10):
        return False  # "1/2", "3/4": fractions; "8/10": a rating
    if sep == "-" and (max(len(m.group("a")), len(m.group("b"))) < 2 or _COUNT_AFTER.match(m.string, m.end())):
        return False  # "2-3 nodes", "from 10-12 people": ranges
    if sep == "." and not m.group("dot"):
        # "16.9." is German; "05.09" needs both parts padded, and no version or decimal nearby.
        if len(m.group("a")) != 2 or len(m.group("b")) != 2:
            return False
        if (_VERSION_CONTEXT.search(m.string, max(0, m.start() - 30), m.start())
                or _VERSION_TOPIC.search(m.string, max(0, m.start() - 80), m.end() + 80)):
            return False
    return True


def _is_real_date(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    if groups.get("roman"):
        return _valid(int(groups["year"]), _ROMAN[groups["roman"]], int(groups["day"]))
    if groups.get("syear"):
        groups = {**groups, "year": groups["syear"]}
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
        if "/" in m.group() and " " in m.group() and (a < b <= 5 or b == 10 and a <= 10):
            return False  # "3/4 2024 models": a fraction before a number, not "19/7 1977"
        return _valid(year, a, b) or _valid(year, b, a)  # month/day or day/month
    month = groups["month"]
    if ((month in _AMBIGUOUS or month.lower() in _WORDS_TOO) and not groups.get("year")
            and not m.group().rstrip().endswith(".")):
        return False  # "you may 2x the pool", "mar 3 tiles", "3 out of 5": words, not months
    month_number = int(month) if month.isdigit() else _MONTHS_FOLDED[_fold_month(month)]
    return _valid(year, month_number, int(groups["day"]))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
