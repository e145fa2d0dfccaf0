"""Calendar dates in the usual written forms, and dates of birth (a date right after "born", "DOB"...).

A year alone, a month and year, or a weekday is too coarse to point at a person and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from llmvpn.privacy.recognizers._context import (
    contains,
    fixed_width_rows,
    keyword_pattern,
    lowered,
    matches_at,
    mentions,
    word_index,
)
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
    # Hungarian, Finnish (partitive "7. syyskuuta", nominative), Croatian (genitive "1. prosinca", nominative),
    # Slovak, Slovenian, Serbian and Bosnian, Lithuanian (genitive), Estonian, Catalan, Icelandic, Indonesian,
    # Greek, Russian and Ukrainian (genitive). ("listopad(a)" is November in Polish and October in Croatian.)
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7, "augusztus": 8,
    "szeptember": 9, "október": 10, "márc": 3, "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "szept": 9, "febr": 2,
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5, "kesäkuuta": 6,
    "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
    "tammikuu": 1, "helmikuu": 2, "maaliskuu": 3, "huhtikuu": 4, "toukokuu": 5, "kesäkuu": 6, "heinäkuu": 7,
    "elokuu": 8, "syyskuu": 9, "lokakuu": 10, "marraskuu": 11, "joulukuu": 12,
    "siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6, "srpnja": 7, "kolovoza": 8,
    "rujna": 9, "studenoga": 11, "studenog": 11, "prosinca": 12, "siječanj": 1, "veljača": 2, "ožujak": 3,
    "travanj": 4, "svibanj": 5, "lipanj": 6, "srpanj": 7, "kolovoz": 8, "rujan": 9, "studeni": 11, "prosinac": 12,
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "augusta": 8, "septembra": 9,
    "októbra": 10, "novembra": 11, "decembra": 12, "marec": 3, "apríl": 4,
    "januarja": 1, "februarja": 2, "aprila": 4, "junija": 6, "julija": 7, "avgusta": 8, "avgust": 8,
    "oktobra": 10,
    "septembar": 9, "oktobar": 10, "novembar": 11, "decembar": 12,
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6, "liepos": 7, "rugpjūčio": 8,
    "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
    "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6, "juuli": 7, "oktoober": 10, "detsember": 12,
    "gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8, "setembre": 9, "desembre": 12,
    "janúar": 1, "febrúar": 2, "maí": 5, "júní": 6, "júlí": 7, "ágúst": 8, "nóvember": 11, "desember": 12,
    "maret": 3, "agustus": 8,
    # Swahili ("26 Agosti 2025"), Malay and Filipino ("Pebrero 24, 2026"); not Malay's "Mac" (a computer)
    "machi": 3, "aprili": 4, "julai": 7, "agosti": 8, "septemba": 9, "oktoba": 10, "novemba": 11, "desemba": 12,
    "ogos": 8, "disember": 12,
    "pebrero": 2, "marso": 3, "hunyo": 6, "hulyo": 7, "setyembre": 9, "oktubre": 10, "nobyembre": 11, "disyembre": 12,
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6, "ιουλίου": 7,
    "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
    "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Bulgarian and Serbian in Cyrillic ("7 декември 2026", "5. април 1947"); Latvian, which writes the date with the
    # month in the locative ("15. janvārī", "2025. gada 27. maijā") or the nominative
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7, "август": 8, "септември": 9,
    "октомври": 10, "ноември": 11, "декември": 12,
    "јануар": 1, "фебруар": 2, "мај": 5, "јун": 6, "јул": 7, "септембар": 9, "октобар": 10, "новембар": 11, "децембар": 12,
    "janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6, "jūlijā": 7, "augustā": 8,
    "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12, "janvāris": 1, "februāris": 2, "aprīlis": 4,
    "maijs": 5, "jūnijs": 6, "jūlijs": 7, "augusts": 8, "septembris": 9, "oktobris": 10, "novembris": 11, "decembris": 12,
    # Arabic (the Egyptian and Gulf names and the Levantine ones written as one word) and Hebrew, also with the
    # preposition "ב" ("in") the date is written with ("28 במאי 2025")
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "أيلول": 9,
    # Urdu ("14 مارچ 2025")
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جولائی": 7, "اگست": 8, "ستمبر": 9, "اکتوبر": 10,
    "نومبر": 11, "دسمبر": 12,
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7, "אוגוסט": 8, "ספטמבר": 9,
    "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
    "בינואר": 1, "בפברואר": 2, "במרץ": 3, "באפריל": 4, "במאי": 5, "ביוני": 6, "ביולי": 7, "באוגוסט": 8, "בספטמבר": 9,
    "באוקטובר": 10, "בנובמבר": 11, "בדצמבר": 12,
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
# A letter that joins figures into a word. Chinese, Japanese, Korean and Thai write no space between a label or a particle
# and the date ("报名日期2025-04-19", "2026-07-05까지", "2026/05/18に"), and Hebrew glues its one-letter prepositions to it
# ("ב15 ביולי", "ב-2025-04-21"): a letter of those scripts is a boundary for the figures, as a space is elsewhere.
_GLUED_SCRIPTS = r"\u0590-\u05ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_W = r"[^\W" + _GLUED_SCRIPTS + "]"
_HEBREW_MAQAF = r"(?<![\u0590-\u05ff])-"  # a dash before the figures, unless it joins a Hebrew preposition to them

_PATTERNS = (
    # 2024-03-15, 2024/03/15
    # (a time may follow: "2024-03-15T10:02:11Z" in logs, exports and JSON)
    re.compile(r"(?P<year>(?:1[89]|20)(?<!" + _W + r"..)(?<![./]..)(?<!" + _HEBREW_MAQAF + r"..)(?<![0-9]:..)[0-9]{2})([-/])"
               r"(?P<month>[0-9]{1,2})\2(?P<day>[0-9]{1,2})(?!(?!T[0-9]{2}:[0-9]{2})" + _W + r"|[.:/-][0-9])"),
    # 03/15/2024, 15.03.2024, 15-03-1987, 3/15/87 (day/month order decided below)
    re.compile(r"(?P<a>[0-9](?<!" + _W + r"[0-9])(?<![./][0-9])(?<!" + _HEBREW_MAQAF + r"[0-9])(?<![0-9]:[0-9])[0-9]?)([./-])"
               r"(?P<b>[0-9]{1,2})\2(?P<year>(?:1[89]|20)?[0-9]{2})(?!" + _W + r"|[.:/-][0-9])"),
    # March 15, 2024 · Mar 15th · March 15 2024 · Thursday, March 15
    # (not a month and an amount in thousands: "Feb 27,828 JPY")
    re.compile(r"(?<![\w])" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?(?![\w]|,[0-9]{3}(?![0-9]))", re.IGNORECASE),
    # 15 March 2024 · 15th of March · 15. März 1987 · 15 de marzo de 1987 · Tuesday 26th October
    re.compile(_DAY.replace("[0-9]{1,2}", r"[0-9](?<!" + _W + r"[0-9])(?<![.][0-9])[0-9]?") + r"\.?\s+(?:of\s+|de\s+|d['’])?" + _MONTH + r"(?:,?\s+(?:de\s+)?" + _YEAR + r")?(?![\w])",
               re.IGNORECASE),
    # 9-Nov-2024 · 27-apr-1951 · 03/Mar/2024 (logs, airline and bank forms)
    re.compile(_DAY.replace("(?:st|nd|rd|th|er|º)?", "").replace("[0-9]{1,2}", r"[0-9](?<![\w.:/-][0-9])[0-9]?") + r"([-/])" + _MONTH.replace(r"\.?", "")
               + r"\2(?P<year>(?:1[89]|20)?[0-9]{2})(?![\w]|[.:/-][0-9](?![0-9]:[0-9]{2}))", re.IGNORECASE),
    # 19/7 1977 (Swedish), 14. 1. 1940 (Czech, Slovak): day, month, then the year after a space
    re.compile(r"(?P<a>[0-9](?<![\w.:/-][0-9])[0-9]?)(?:/|\.[ \t])(?P<b>[0-9]{1,2})\.?[ \t]+(?P<year>(?:1[89]|20)[0-9]{2})"
               r"(?![\w]|[.:/-][0-9])"),
    # 7 VIII 2026 (a Roman month, as Polish and Italian forms write it)
    re.compile(r"(?P<day>[0-9](?<![\w.][0-9])[0-9]?)\.?[ \t]+(?P<roman>I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.?[ \t]+"
               r"(?P<year>(?:1[89]|20)[0-9]{2})(?![\w])"),
    # 2024.03.04. · 1944. 09. 17. · 2024. 08. 27 (Hungarian, Lithuanian: year first, each part closed by a dot;
    # without the last dot only when spaced, which no version is)
    re.compile(r"(?P<year>(?:1[89]|20)(?<![\w.:/-]..)[0-9]{2})\.(?:(?P<month>[0-9]{1,2})\.(?P<day>[0-9]{1,2})\.(?![0-9])|"
               r"[ \t](?P<smonth>[0-9]{1,2})\.[ \t](?P<sday>[0-9]{1,2})(?:\.(?![0-9])|(?![\w.]|[:/-][0-9])))"),
    # 2025. november 8. · március 24. (Hungarian: the year, then the month's name and the day with its dot)
    re.compile(r"(?<![\w.])" + _MONTH + r"[ \t]+(?P<day>[0-9]{1,2})\."
               r"(?-i:(?=[ \t]+[a-zà-ÿőű]|[,;).]|-[a-zá-űő]{1,4}\b|[ \t]*$))", re.IGNORECASE | re.MULTILINE),  # ("16.-ig": "by the 16th")
)
_NAMED_MONTH_PATTERNS = frozenset({2, 3, 4, 8})  # indices into _PATTERNS
# The one that opens with the month name is tried only where a month word starts (see `_at_words`).
_MONTH_FIRST = 2
_HUNGARIAN = 8  # ... and so does this one; the year before it is taken in find()
_YEAR_BEFORE = re.compile(r"(?<![\w.])(?:1[89]|20)[0-9]{2}\.[ \t]+$")
# The year before a Latvian date ("2025. gada 27. maijā") or a Lithuanian one ("1969 m. liepos 10 d."), with its word
# for "year"; and the Lithuanian "d." ("day") after the day.
_BALTIC_YEAR_BEFORE = re.compile(r"(?<![\w.])(?:1[89]|20)[0-9]{2}(?:\.[ \t]+gada|[ \t]+m\.)[ \t]+$")
_LITHUANIAN_DAY = re.compile(r"[ \t]d\.")
_LITHUANIAN_MONTHS = frozenset(("sausio", "vasario", "kovo", "balandžio", "gegužės", "birželio", "liepos", "rugpjūčio",
                                "rugsėjo", "spalio", "lapkričio", "gruodžio"))
_MONTH_WORDS = frozenset(_MONTHS)  # (with the folded forms below: "aralik" for "ARALIK")
def _fold_month(word: str) -> str:
    """The month word as looked up: case-folded, the Turkish dotted and dotless i as "i" (IGNORECASE matches
    "ARALIK" to "aralık", whose lower case is "aralik"; and "auguſt" to "august", the long s folding to "s")."""
    return word.casefold().rstrip(".").replace("\u0307", "").replace("ı", "i")


_MONTHS_FOLDED = {_fold_month(word): number for word, number in _MONTHS.items()}
_MONTH_WORDS = _MONTH_WORDS | frozenset(_MONTHS_FOLDED)  # ("ARALIK" is "aralik" in lower case)
_ROMAN = {r: i + 1 for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split())}

# A day and month in figures without a year ("on 24/10", "am 16.9.", "desde el 10/5", "Fri 10/9") is a
# date only after a word that introduces one (a preposition of time in any of the languages read, a
# weekday, or a label's colon): alone it is as often a fraction, a score or a ratio.
_SHORT = re.compile(
    r"(?P<a>[0-9](?<![\w.:/,-][0-9])[0-9]?)(?P<sep>[./-])(?P<b>[0-9]{1,2})(?P<dot>\.)?(?![\w%]|[.,:/-]?[0-9]|[ \t]*(?:%|[/-]|\.[0-9]))"
)
_SHORT_CUE = re.compile(
    r"(?i)(?:(?<![\w])(?:on|by|from|since|until|till|before|after|due|dated|effective|starting|through|"
    r"le|du|au|dès|depuis|avant|après|jusqu'au|el|desde|hasta|del|para|antes|después|il|dal|entro|fino al|"
    r"em|até|dia|op|vanaf|sinds|tot|per|am|ab|bis|vom|zum|seit|od|do|dnia|dniu|sedan|från|till|den|innan|"
    # Danish "d. 29/6", "siden 10/11", Czech "dne", German "ist der 12.1.", "moving day 14/5"
    r"d|siden|fra|dne|der|dem|day|"
    # "senest 15.4." (da, no), "alkaa 26.5." (fi), "doručeno 18. 3." (cs), "dana 5.3." (hr), deadlines in any language
    r"senest|inden|innen|innan|alkaa|alkaen|asti|lähtien|doručeno|dodáno|dana|datum|termín|termin|frist|deadline|til|"
    # "Vencimento 7/11" (pt), "vencimiento" (es), "scadenza" (it), "échéance" (fr), "fällig" (de)
    r"vencimento|vencimiento|vence|scadenza|échéance|fällig|"
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
     "narození", "doğum", "doğumlu", "doğum tarihi", "născut", "născută", "nașterii", "syntynyt", "syntymäaika",
     # Hungarian, Croatian/Serbian/Bosnian, Slovak, Slovenian, Lithuanian, Latvian, Estonian, Greek, Russian,
     # Ukrainian, Catalan, Icelandic, Indonesian
     "születési", "született", "szül", "rođen", "rođena", "rođenja", "narodený", "narodená", "narodenia", "rojen",
     "rojena", "rojstva", "gimęs", "gimusi", "gimimo", "dzimis", "dzimusi", "dzimšanas", "sündinud", "sünniaeg",
     "γεννήθηκε", "γέννησης", "родился", "родилась", "рождения", "народився", "народилася", "народження",
     # Serbian and Bulgarian ("датум рођења", "роден на", "дата на раждане")
     "рођен", "рођена", "рођења", "роден", "родена", "раждане",
     "nascut", "nascuda", "naixement", "fæddur", "fædd", "fæðingardagur", "lahir",
     # Vietnamese ("sinh ngày 3 tháng 12 năm 1980", "ngày sinh: ...")
     "sinh", "ngày sinh", "sinh ngày",
     # Hindi, Arabic, Hebrew, Persian, Thai, Chinese, Japanese, Korean
     "जन्म", "जन्म तिथि", "जन्मतिथि", "जन्म दिनांक", "تاريخ الميلاد", "مواليد", "تولد", "تاریخ تولد", "תאריך לידה", "נולד",
     "נולדה", "วันเกิด", "เกิด", "出生日期", "出生", "生日", "生年月日", "생년월일", "생일"]
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
    starts = _word_starts(text, _MONTH_WORDS) if named else None
    matches = [m for i, pattern in enumerate(_PATTERNS) if named or i not in _NAMED_MONTH_PATTERNS
               for m in (_at_words(pattern, text, _MONTH_WORDS, starts) if i in (_MONTH_FIRST, _HUNGARIAN)
                         else _days_before(pattern, _BEFORE_MONTH[i], text, starts) if i in _BEFORE_MONTH and starts is not None
                         else pattern.finditer(text))
               if _is_real_date(m) and (i != _HUNGARIAN or _hungarian_shaped(m))]
    if "/" in text or "." in text or "-" in text:
        matches.extend(m for m in _SHORT.finditer(text) if _is_short_date(m))
        if ". " in text:
            matches.extend(m for m in _SHORT_SPACED.finditer(text) if _is_short_date(m))
    for m in matches:
        start, end = m.start(), m.end()
        month = m.groupdict().get("month") or ""
        weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
        if weekday and _whole_weekday(weekday.group()):
            start = weekday.start()
        elif m.re is _PATTERNS[_HUNGARIAN] and (year := _YEAR_BEFORE.search(text, max(0, start - 8), start)):
            start = year.start()
        elif (m.re is _PATTERNS[_MONTH_FIRST] and month.islower() and text.startswith(".", end)
              and (year := _YEAR_BEFORE.search(text, max(0, start - 8), start))):
            start, end = year.start(), end + 1  # "1989. szeptember 16. Szeged": Hungarian, a name after the day's dot
        elif m.groupdict().get("month") and (year := _BALTIC_YEAR_BEFORE.search(text, max(0, start - 12), start)):
            start = year.start()  # "2025. gada 27. maijā" (Latvian), "1969 m. liepos 10 d." (Lithuanian)
        if month and _fold_month(month) in _LITHUANIAN_MONTHS and (day_word := _LITHUANIAN_DAY.match(text, end)) is not None:
            end = day_word.end()
        if text[end - 1] == "." and (month and m.end("month") == end - 1 and len(month) > 4
                                     or m.groupdict().get("sep") in ("/", "-")):
            end -= 1  # "on 6th march." — the full stop ends the sentence
        elif (_ORDINAL_DOT.match(text, end) and _DOTTED_DAY.search(m.group()) and not text.islower()
              and (month and not month.isdigit() or len(after := _word_after(text, end + 1)) <= 3 and after not in _EN_SHORT)):
            # "od 1. prosinca 2024. u ...", "02.01.2027. do": the ordinal dot the language writes after a date (in a text
            # typed all in lower case, the next sentence may start in lower case too; after figures only, the next
            # word must be one of the short words a Croatian, Czech or Hungarian sentence goes on with, not "safe ...")
            end += 1
        if text[end - 1].isdigit() and (year_word := _YEAR_WORD_AFTER.match(text, end)):
            end = year_word.end()  # "8 мая 2024 г.", "23 червня 2026 р.": the year's abbreviation is the date's
        if _STAMP_KEY_BEFORE.search(text, max(0, start - 30), start) and _STAMP_TIME.match(text, end):
            continue  # '"timestamp":"2026-01-12T03:14:55.201+0000"': when a machine logged an event
        if text[start - 1 : start] == "[" and _STAMP_TIME.match(text, end) and _LOG_LINE_OPENING.fullmatch(
                text, text.rfind("\n", 0, start) + 1, start) and _typed(text, start, end).type is EntityType.DATE:
            continue  # "[2025-06-11 10:02:11] production.ERROR", "E [11/Jun/2025:08:55:01 +0200]": a log line's own stamp
        spans.append(_typed(text, start, end))
    if "tháng" in text or "年" in text or "년" in text or "月" in text or "월" in text:  # ("4月15日": a day this year)
        for m in _COUNTED.finditer(text):
            year = m.group("year") or m.group("cyear") or _era_year(m.group("era"), m.group("eyear"))
            day, month = (m.group("day"), m.group("month")) if m.group("day") else (m.group("cday"), m.group("cmonth"))
            if _valid(int(year) if year else 2000, int(month), int(day)):
                spans.append(_typed(text, m.start(), m.end()))
    if "." in text and not text.isascii() and _CJK_OR_HANGUL.search(text):
        for m in _DOTTED_YMD.finditer(text):
            if (_valid(int(m.group("year")), int(m.group("month")), int(m.group("day")))
                    and not _VERSION_CONTEXT.search(text, max(0, m.start() - 30), m.start())):
                spans.append(_typed(text, m.start(), m.end()))
    if not text.isascii() and _THAI_OR_DEVANAGARI.search(text):
        for m in _SCRIPT_MONTH_DATE.finditer(text):
            year = int(m.group("year")) - 543 if m.group("year") and m.group("year").startswith(("24", "25")) else int(m.group("year") or 2000)
            if _valid(year, _SCRIPT_MONTHS[m.group("month")], int(m.group("day"))):
                spans.append(_typed(text, m.start(), m.end()))
        if "/" in text and _THAI.search(text):
            spans.extend(_typed(text, m.start(), m.end()) for m in _BUDDHIST_NUMERIC.finditer(text)
                         if _valid(int(m.group("year")) - 543, int(m.group("month")), int(m.group("day"))))
    if named and mentions(text, _ORDINAL_WORDS):
        spans.extend(_typed(text, m.start(), m.end()) for m in _at_words(_SPELLED, text, _SPELLED_STARTS) if _spelled_is_real(m))
    if ":" in text and contains(text, ("dtstart", "dtend", "bday", "due", "rdate", "exdate", "birth", "dob")):
        for m in _COMPACT.finditer(text):
            if _valid(int(m.group("year")), int(m.group("month")), int(m.group("day"))):
                spans.append(_typed(text, m.start("year"), m.end("day"), dob=m.group("label").lower() in ("bday", "birthday")))
    if ("=" in text or ":" in text or "|" in text) and contains(text, ("dob", "birth", "bday", "geburt", "nacimiento", "nascita")):
        for m in _KEYED_COMPACT_DOB.finditer(text):
            if _valid(int(m.group("year")), int(m.group("month")), int(m.group("day"))):
                spans.append(Span(m.start("year"), m.end("day"), EntityType.DATE_OF_BIRTH, 0.85))
    if contains(text, _DOB_LABEL_HINTS) and _DOB_LABEL.search(text):
        spans.extend(_broken_dobs(text, spans))
    if "." in text and contains(text, _BIRTH_SHORT_HINTS):
        for m in _SHORT_YEAR.finditer(text):
            if (_valid(int(m.group("year")) + 1900, int(m.group("b")), int(m.group("a")))
                    and _BIRTH_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                spans.append(Span(m.start(), m.end(), EntityType.DATE_OF_BIRTH, 0.85))
    if "  " in text and "\n" in text and contains(text, ("dob", "birth", "geburt", "naissance", "nacimiento", "nascita", "nascimento")):
        spans.extend(_fixed_width_dobs(text))
    if "PID|" in text:  # HL7 v2: the PID segment's seventh field is the patient's birth date ("...||19850203|F|...")
        for m in _HL7_PID.finditer(text):
            fields = m.group().split("|")
            if len(fields) > 7 and (day := _HL7_DAY.match(fields[7])) and _valid(int(day.group(1)), int(day.group(2)), int(day.group(3))):
                start = m.start() + sum(len(f) + 1 for f in fields[:7])
                spans.append(Span(start, start + day.end(), EntityType.DATE_OF_BIRTH, 0.9))
    if len(spans) >= _LOG_STAMPS and ":" in text:
        stamps = [s for s in spans if s.type is EntityType.DATE and _STAMP_TIME.match(text, s.end)]
        if len(stamps) >= _LOG_STAMPS:
            # A log, a header block or a status page pasted: dates stamped to the second are the machine's, not
            # anyone's day ("2024-09-01T09:49:24Z ...", "[17/Jul/2025:08:55:50 +0000]", "Nov  3 06:50:44 web1 sshd").
            spans = [s for s in spans if s not in stamps]
    return spans


_HL7_PID = re.compile(r"(?m)^PID\|[^\n]*")
_HL7_DAY = re.compile(r"((?:18|19|20)[0-9]{2})([0-9]{2})([0-9]{2})(?:[0-9]{2,6})?$")

# A fixed-width record's birth-date column, named in its header ("ID   LAST   FIRST   SSN   DOB"): each row's cell at
# the header's place, a compact or separated date that is a valid day.
_FIXED_DOB_HEADER = re.compile(
    r"(?im)^(?=[^\n]*\S[ \t]{2,}\S)[^\n]*?(?<![^ \t])(?:dob|d\.o\.b\.?|birth[ _-]?date|date[ _-]?of[ _-]?birth|birthday|"
    r"geburtsdatum|geb\.?[ _-]?datum|date[ _-]?de[ _-]?naissance|fecha[ _-]?(?:de[ _-]?)?nacimiento|data[ _-]?(?:di[ _-]?)?nascita|"
    r"data[ _-]?(?:de[ _-]?)?nascimento)(?![^ \t\n])")
_FIXED_DATE = re.compile(r"(?P<year>(?:19|20)[0-9]{2})-?(?P<month>[0-9]{2})-?(?P<day>[0-9]{2})(?![\w-])"
                         r"|(?P<a>[0-9]{2})[./-](?P<b>[0-9]{2})[./-](?P<y>(?:19|20)[0-9]{2})(?![\w-])")


def _fixed_width_dobs(text: str) -> list[Span]:
    spans = []
    for offset, line, column in fixed_width_rows(text, _FIXED_DOB_HEADER):
        m = _FIXED_DATE.match(line, column)
        if m and (_valid(int(m.group("year")), int(m.group("month")), int(m.group("day"))) if m.group("year") else
                  _valid(int(m.group("y")), int(m.group("b")), int(m.group("a"))) or _valid(int(m.group("y")), int(m.group("a")), int(m.group("b")))):
            spans.append(Span(offset + m.start(), offset + m.end(), EntityType.DATE_OF_BIRTH, 0.85))
    return spans


# The key of a machine's time stamp in a JSON or logfmt record: "timestamp", "@timestamp", "ts", "event_time".
# (the whole key: a HAR's "startedDateTime" is when someone loaded a page, and stays a date)
_STAMP_KEY_BEFORE = re.compile(r"(?i)(?:^|[\s{,\"'])(?:@?timestamp|ts|time|event_?time|log_?time|[\w.]*_timestamp)[\"']?[ \t]*[:=][ \t]*[\"']?$")
# A time to the second right after a date: the date is a machine's stamp. Two of them make the text a log (two lines of
# an access log pasted, "[02/Apr/2026:03:12:55 +0200]" on each), one alone may be a person's moment.
_STAMP_TIME = re.compile(r"(?:T|[ \t]+|:)[0-9]{2}:[0-9]{2}:[0-9]{2}")
_LOG_STAMPS = 2
# What opens a log line before its bracketed stamp: nothing, or a level's letter or word ("E [", "WARN [").
_LOG_LINE_OPENING = re.compile(r"[ \t]*(?:[A-Za-z]{1,8}[ \t]+)?\[")


# The abbreviation for "year" Russian and Ukrainian write after a date's year ("8 мая 2024 г.", "5 березня 2026 р.");
# the word written out ("2024 года") is left out, as the date's own figures end before it.
_YEAR_WORD_AFTER = re.compile(r"[ \t]?(?:г|р)\.")
# Dates written with the words for day, month and year: "ngày 5 tháng 1 năm 2025", "5 tháng 1" (Vietnamese),
# "2025年1月5日" (Chinese, Japanese), "2025년 1월 5일" (Korean).
_COUNTED = re.compile(
    r"(?:(?i:ngày)[ \t]+)?(?P<day>[0-9](?<![\w.][0-9])[0-9]?)[ \t]+(?i:tháng)[ \t]+(?P<month>[0-9]{1,2})"
    r"(?:,?[ \t]+(?i:năm)[ \t]+(?P<year>(?:1[89]|20)[0-9]{2}))?(?![\w])|"
    r"(?:(?<![0-9])(?P<cyear>(?:1[89]|20)[0-9]{2})[ \t]?[年년][ \t]?|(?P<era>令和|平成|昭和)(?P<eyear>元|[0-9]{1,2})[ \t]?年[ \t]?)?"
    r"(?<![0-9])(?P<cmonth>[0-9]{1,2})[ \t]?[月월][ \t]?"
    r"(?P<cday>[0-9]{1,2})[ \t]?[日일]"
)
# Year, month and day parted by dots with no closing dot ("사고일 2026.06.11", "出生日期1970.11.9"): how Korean and Chinese
# forms write a date. Only in a text in those scripts: in a Latin one the shape is as often a version ("2024.03.1").
_CJK_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_DOTTED_YMD = re.compile(r"(?<![0-9.])(?P<year>(?:19|20)[0-9]{2})\.(?P<month>[0-9]{1,2})\.(?P<day>[0-9]{1,2})(?![0-9]|\.[0-9])")
# Months in the scripts whose vowel signs split a word into several runs of letters (Thai, Devanagari), which the
# word lookup above cannot find: "12 มกราคม 2568" (a Buddhist Era year, 543 ahead: 24xx before 1957), "22 मार्च 1957", "5 ม.ค. 2567".
_SCRIPT_MONTHS = {
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6, "กรกฎาคม": 7, "สิงหาคม": 8,
    "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9, "ต.ค.": 10,
    "พ.ย.": 11, "ธ.ค.": 12,
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8,
    "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    # Bengali and Tamil, with the figures written in Latin
    "জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3, "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7, "আগস্ট": 8, "সেপ্টেম্বর": 9,
    "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
    "ஜனவரி": 1, "பிப்ரவரி": 2, "மார்ச்": 3, "ஏப்ரல்": 4, "மே": 5, "ஜூன்": 6, "ஜூலை": 7, "ஆகஸ்ட்": 8, "செப்டம்பர்": 9,
    "அக்டோபர்": 10, "நவம்பர்": 11, "டிசம்பர்": 12,
}
_THAI_OR_DEVANAGARI = re.compile(r"[\u0e00-\u0e7f\u0900-\u09ff\u0b80-\u0bff]")  # (and Bengali, Tamil)
_SCRIPT_MONTH_DATE = re.compile(
    r"(?<![0-9])(?P<day>[0-9]{1,2})[ \t]*(?P<month>" + "|".join(re.escape(m) for m in sorted(_SCRIPT_MONTHS, key=len, reverse=True))
    + r")(?:,?[ \t]*(?:พ\.ศ\.|ค\.ศ\.)?[ \t]*(?P<year>2[45][0-9]{2}|(?:19|20)[0-9]{2})(?![0-9]))?"
)
# A Thai form's date in figures, day/month/Buddhist Era year ("วันเกิด 3/3/2537" is 3 March 1994): no Gregorian
# date has a year 24xx or 25xx, so in Thai text the shape alone says which calendar it is.
_THAI = re.compile(r"[\u0e00-\u0e7f]")
_BUDDHIST_NUMERIC = re.compile(r"(?<![0-9/.])(?P<day>[0-9]{1,2})/(?P<month>[0-9]{1,2})/(?P<year>2[45][0-9]{2})(?![0-9/])")
# Japan's eras: the year of the era (元, "first", for 1) after the era's name, "令和7年" is 2025.
_ERA_START = {"令和": 2018, "平成": 1988, "昭和": 1925}


def _era_year(era: str | None, year: str | None) -> str | None:
    if not era or not year:
        return None
    return str(_ERA_START[era] + (1 if year == "元" else int(year)))


# A birth date with a two-digit year and a day and month unpadded ("geb. 18.4.59", "Geburtsdatum: 10.6.82", "DOB 2/9/11"
# is taken above): alone such figures are versions, right after a birth word they are the date.
_SHORT_YEAR = re.compile(r"(?P<a>[0-9](?<![\w.:/-][0-9])[0-9]?)[./](?P<b>[0-9]{1,2})[./](?P<year>[0-9]{2})(?![\w]|[.:/-][0-9])")
_BIRTH_SHORT_HINTS = ("geb", "birth", "dob", "né", "nacid", "nato", "nata", "nascid", "född", "født", "urodz", "naroz")
_BIRTH_BEFORE = re.compile(
    r"(?i)(?:\bgeb\.|\bgeboren(?: am)?|\bgeburtsdatum|\bdate of birth|\bborn(?: on)?|\bd\.?o\.?b\.?|\bbirth ?date|\bné(?:e)?(?: le)?|"
    r"\bnacid[oa](?: el)?|\bnat[oa](?: il)?|\bnascid[oa](?: em)?|\bfödd|\bfødt|\burodzon[ya]|\bnarozen[aá]?)[ \t]*[:(]?[ \t]*$"
)


_LETTERS = re.compile(r"[^\W\d_]+")


def _word_starts(text: str, words: frozenset[str]) -> list[int] | None:
    """Where one of the lower-case `words` stands as a whole run of letters; None when case-folding is not simple."""
    index = word_index(text)
    if index is None:
        return None
    # read off the text's word index (runs of \w), not by a scan of the text: a run of letters lies inside one word,
    # and is that whole word when the word is all letters (~0.1 ms less on a 1 KB text)
    found = []
    for word, at in index.starts.items():
        if word.isalpha():
            if word in words:
                found.extend(at)
        else:  # ("15march", "a_may"): the runs of letters in it
            for run in _LETTERS.finditer(word):
                if run.group() in words:
                    found.extend(start + run.start() for start in at)
    found.sort()
    return found


def _at_words(pattern: re.Pattern[str], text: str, words: frozenset[str],
              starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match starts with one of the lower-case `words` (whole
    letters): tried only where such a word starts (`starts`, if already found). A scan of the text's words and a
    set lookup cost far less than the pattern's long alternation tried at every character."""
    if starts is None:
        starts = _word_starts(text, words)
    return pattern.finditer(text) if starts is None else matches_at(pattern, text, starts)


# The patterns that open with the day before the month's name ("15th of March", "9-Nov-2024"), and the characters
# that may stand between a match's start and its month in the lower-cased text (spaces too). Such a match starts at a
# figure among those just before a month word, so the pattern is tried there only, not at every figure of the text
# (its long alternation of months cost ~0.1 ms on a 1 KB text full of figures).
_BEFORE_MONTH = {3: frozenset("0123456789stndrheof.º'’"), 4: frozenset("0123456789-/")}


def _days_before(pattern: re.Pattern[str], between: frozenset[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose every match is a day, `between` characters and a month word
    (its `starts`, whole letters in the lower-cased text)."""
    low = lowered(text)
    assert low is not None
    candidates = set()
    for month in starts:
        at = month
        while at > 0 and (low[at - 1] in between or low[at - 1].isspace()):
            at -= 1
        candidates.update(i for i in range(at, month) if low[i] in _FIGURES)
    return matches_at(pattern, text, sorted(candidates))


_FIGURES = frozenset("0123456789")


# English month words and abbreviations ("jul 26." ends a sentence typed in lower case), and the words that are months.
_ENGLISH_MONTHS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")) | _AMBIGUOUS | _WORDS_TOO


def _hungarian_shaped(m: re.Match[str]) -> bool:
    """"március 24." as Hungarian writes it: the month in lower case in a text that is not all lower case ("on Jan 5."
    ends an English sentence), and not an English month ("december 20." is left to the English pattern)."""
    month = m.group("month")
    return month.islower() and not m.string.islower() and (
        _fold_month(month) not in _ENGLISH_MONTHS  # ... unless its year stands before it: "2025. november 8."
        or _YEAR_BEFORE.search(m.string, max(0, m.start() - 8), m.start()) is not None)


def _typed(text: str, start: int, end: int, dob: bool = False) -> Span:
    """A DATE, or a DATE_OF_BIRTH when birth words stand just before it ("born", "DOB:") or after it ("doğumlu")."""
    dob = dob or bool(_DOB_CONTEXT.search(text, max(0, start - 30), start)) or bool(_DOB_AFTER.match(text, end))
    return Span(start, end, EntityType.DATE_OF_BIRTH if dob else EntityType.DATE, 0.85 if dob else 0.75)


_EN_SHORT = frozenset(("the", "and", "a", "i", "we", "you", "can", "my", "it", "so", "but", "are", "is", "if", "ok", "pls", "thx", "ty", "lol", "how", "why", "who"))


def _word_after(text: str, at: int) -> str:
    word = _LETTERS.match(text, at + len(text[at:at + 4]) - len(text[at:at + 4].lstrip()))
    return word.group().lower() if word else ""


# The dot some languages write after a date's last number, kept when the sentence goes on in lower case.
_ORDINAL_DOT = re.compile(r"\.(?=[ \t]+[a-zà-ÿąćęłńóśźżčďěňřšťůžőű]|,|\.)")  # ("2025.." : the sentence's stop after the date's)
_DOTTED_DAY = re.compile(r"^[0-9]{1,2}\.|[0-9]\.[0-9]{1,2}\.(?:1[89]|20)[0-9]{2}$")
# A short date written with spaces ("doručeno 18. 3."), after a word that introduces a date (see _SHORT_CUE).
_SHORT_SPACED = re.compile(r"(?P<a>[0-9](?<![\w.:/,-][0-9])[0-9]?)(?P<sep>\.)[ \t](?P<b>[0-9]{1,2})(?P<dot>\.)(?![\w]|[ \t]?[0-9])")

# Dates spelled out in English, as dictated: "the twenty-fourth of january", "october eleventh nineteen ninety
# eight", "may twenty-first". The ordinal words give the day.
_ORDINALS = {w: i + 1 for i, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
     "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"))}
_ORDINALS.update({f"twenty{sep}{w}": 20 + i for w, i in list(_ORDINALS.items())[:9] for sep in ("-", " ")})
_ORDINALS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31})
_ORDINAL_WORDS = frozenset(w for key in _ORDINALS for w in key.replace("-", " ").split())
_EN_MONTH_WORDS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                             "october", "november", "december"))
_SPELLED_STARTS = _ORDINAL_WORDS | _EN_MONTH_WORDS | {"the"}
_EN_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_ORDINAL_ALT = "|".join(sorted((k.replace(" ", "[ \t]+") for k in _ORDINALS), key=len, reverse=True))
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPOKEN_YEAR = (rf"(?:(?:nineteen|eighteen|twenty)[ \t-]+(?:hundred|(?:oh|o)[ \t-]+(?:{_UNITS})|{_TEENS}|(?:{_TENS})(?:[ \t-]+(?:{_UNITS}))?)"
                rf"|two[ \t]+thousand(?:[ \t]+(?:and[ \t]+)?(?:{_TEENS}|(?:{_TENS})(?:[ \t-]+(?:{_UNITS}))?|{_UNITS}))?)")
_SPELLED = re.compile(
    rf"(?i)(?<![\w-])(?:(?:the[ \t]+)?(?P<ord>{_ORDINAL_ALT})[ \t]+(?:of[ \t]+)?(?P<month>{_EN_MONTHS})"
    rf"|(?P<month2>{_EN_MONTHS})[ \t]+(?:the[ \t]+)?(?P<ord2>{_ORDINAL_ALT}))"
    rf"(?:,?[ \t]+(?:{_SPOKEN_YEAR}|(?:1[89]|20)[0-9]{{2}}))?(?![\w-])"
)


def _spelled_is_real(m: re.Match[str]) -> bool:
    day = _ORDINALS[re.sub(r"[ \t]+", " ", (m.group("ord") or m.group("ord2")).lower())]
    month = _MONTHS[(m.group("month") or m.group("month2")).lower()]
    return _valid(2000, month, day)


# Dates in figures without separators after a calendar's or a card's field name: iCalendar's DTSTART/DTEND/DUE,
# vCard's BDAY ("DTSTART;VALUE=DATE:20261228", "BDAY:19850507"). Alone, eight figures are an order number.
_COMPACT = re.compile(
    r"(?im)^(?P<label>dtstart|dtend|due|rdate|exdate|bday|birthday|x-birthday)(?:;[^:\n]*)?:"
    r"(?P<year>(?:1[89]|20)[0-9]{2})(?P<month>[0-9]{2})(?P<day>[0-9]{2})(?![0-9])"
)

# ... and a birth date's key anywhere in a record, with the eight figures after it ("ssn:512883047|dob:19840719|...",
# "birth_date=19790412"): the key says what the figures are.
_KEYED_COMPACT_DOB = re.compile(
    r"(?i)(?<![\w])(?:dob|d\.o\.b\.?|birth[ _-]?date|date[ _-]?of[ _-]?birth|birthday|bday|geburtsdatum|geb[ _-]?datum|"
    r"fecha[ _-]?(?:de[ _-]?)?nacimiento|data[ _-]?(?:di[ _-]?)?nascita)[\"']?[ \t]*[:=|][ \t]*[\"']?"
    r"(?P<year>(?:19|20)[0-9]{2})(?P<month>[0-9]{2})(?P<day>[0-9]{2})(?![0-9])")

# A date of birth read from a scan, with stray spaces inside it ("DATE OF BIRTH: 19 87-12-0 2", "née le 11/07/1 987",
# "date of birth: 21 july 1 9 59"): after the label, up to two spaces are taken out and the date read again.
_DOB_LABEL = re.compile(
    r"(?i)(?:\b(?:date of birth|birth ?date|d\.?o\.?b\.?|bday|geburtsdatum|geboren(?: am)?|date de naissance|"
    r"fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia|datum narození|"
    r"födelsedatum|fødselsdato|syntymäaika|születési dátum|datum rođenja|doğum tarihi|data nașterii)"
    r"|\bn[ée]e?[ \t]+le)[ \t]*[:=]?[ \t]*"
)
_DOB_LABEL_HINTS = ("birth", "dob", "d.o.b", "bday", "geburtsdatum", "geboren", "naissance", "nacimiento", "nascita",
                    "nascimento", "geboortedatum", "urodzenia", "narození", "födelsedatum", "fødselsdato", "syntymäaika",
                    "születési", "rođenja", "doğum", "nașterii", "né le", "née le", "ne le", "nee le", "né\tle")
_WINDOW_END = re.compile(r"[\n;|]|,[ \t]*(?![0-9])|[ \t]{2}")


def _broken_dobs(text: str, found: list[Span]) -> list[Span]:
    spans = []
    for label in _DOB_LABEL.finditer(text):
        start = label.end()
        stop = _WINDOW_END.search(text, start, start + 30)
        window = text[start : stop.start() if stop else min(len(text), start + 30)]
        reached = max((s.end for s in found if s.start <= start < s.end or s.start == start), default=start)
        gaps = [i for i, ch in enumerate(window) if ch in " \t"]
        if not gaps or len(gaps) > 7 or reached >= start + len(window.rstrip(" .")):
            continue
        best = reached - start
        for removed in (*((g,) for g in gaps), *((g, h) for i, g in enumerate(gaps) for h in gaps[i + 1:])):
            kept = [i for i in range(len(window)) if i not in removed]
            squeezed = "".join(window[i] for i in kept)
            for pattern in _PATTERNS[:5]:
                m = pattern.match(squeezed)
                if m is None or not m.end() or not _is_real_date(m):
                    continue
                end = kept[m.end() - 1] + 1  # back to the window's characters
                while end and window[end - 1] in ". \t":
                    end -= 1  # the sentence's full stop
                if any(g < end for g in removed):  # (a stray space inside the date was taken out)
                    best = max(best, end)
        if best > reached - start:
            spans.append(Span(start, start + best, EntityType.DATE_OF_BIRTH, 0.85))
    return spans


def _whole_weekday(word: str) -> bool:
    """A short weekday form that is a word too ("do", "ma", "so") counts only capitalised or with its full stop."""
    bare = word.strip(" \t\n,.").lower()
    return bare not in _SHORT_WEEKDAY or word[:1].isupper() or "." in word


# Words that make figures a day whatever they look like ("deadline 2/10", "due 3/4").
_DEADLINE_BEFORE = re.compile(r"(?i)(?<![\w])(?:deadline|due|dated|vencimento|vencimiento|scadenza|échéance|frist|fällig)\.?:?[ \t]+$")
# A card's or a document's expiry, month and two-digit year: "gültig bis 06/26", "valid thru 09/27", "exp. 11/29".
_EXPIRY_BEFORE = re.compile(r"(?i)(?<![\w])(?:gültig bis|valid (?:thru|through|until|till)|exp(?:\.|iry|ires|iration)?|"
                            r"expira|vence|validade|scad\.?|scadenza|valable jusqu'au|date d'expiration|geldig tot)[ \t:]*$")
_CARD_WORDS = re.compile(r"(?i)card|karte|carte|tarjeta|cartão|carta|kaart|kort|visa|mastercard|amex|cvv|cvc|[0-9]{4}[ .-]?[0-9]{4}")
# A time right after a day and month says it is a date, with no word before it: "load-in 22/7 at 06:00".
_TIME_AFTER = re.compile(r"(?i)[ \t,]+(?:at|um|à|a las|alle|às|om|kl\.?|klo|godz\.?|saat)[ \t]+[0-9]{1,2}[:.h][0-9]{2}(?![0-9])")


def _is_short_date(m: re.Match[str]) -> bool:
    """A day and month in figures, no year: after a cue word, not a fraction, a range or a version."""
    a, b, sep = int(m.group("a")), int(m.group("b")), m.group("sep")
    if not (_valid(2000, b, a) or sep == "/" and _valid(2000, a, b)):
        return False
    if not _SHORT_CUE.search(m.string, max(0, m.start() - 24), m.start()) and not _TIME_AFTER.match(m.string, m.end()):
        return False
    if sep == "/" and (a < b <= 5 or b == 10 and a <= 10) and not _DEADLINE_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        return False  # "1/2", "3/4": fractions; "8/10": a rating (but "deadline 2/10" is the second of October)
    if b >= 13 and _EXPIRY_BEFORE.search(m.string, max(0, m.start() - 24), m.start()) and _CARD_WORDS.search(
            m.string, max(0, m.start() - 100), m.start()):
        return False  # "gültig bis 06/26", "exp 09/27": a card's month and year, no one's day
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

_EVENT_BEFORE = re.compile(r"(?i)\b(?:starts?|starting|begins?|ends?|ending|due|until|till|from|since|opens?|closes?|arrives?|"
                           r"leaves?|departs?|returns?|expires?)[ \t]+(?:on[ \t]+)?$")


def _is_real_date(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    if groups.get("roman"):
        return _valid(int(groups["year"]), _ROMAN[groups["roman"]], int(groups["day"]))
    if groups.get("syear"):
        groups = {**groups, "year": groups["syear"]}
    if groups.get("smonth"):
        groups = {**groups, "month": groups["smonth"], "day": groups["sday"]}
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
            and not m.group().rstrip().endswith(".")
            and not (month in ("mar", "may") and m.group().startswith(month)  # "retreat starts mar 13": after an event's verb
                     and _EVENT_BEFORE.search(m.string, max(0, m.start() - 16), m.start()))):
        return False  # "you may 2x the pool", "mar 3 tiles", "3 out of 5": words, not months
    month_number = int(month) if month.isdigit() else _MONTHS_FOLDED.get(_fold_month(month))
    if month_number is None:
        return False  # a spelling IGNORECASE matched that folding does not give back (none known): not a date
    return _valid(year, month_number, int(groups["day"]))


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
