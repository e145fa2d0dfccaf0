"""Dates shifted by one offset per scope, written back in the original's format.

One offset for the whole scope keeps intervals ("three weeks after the surgery") true while the
dates themselves no longer match any record.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from llmvpn.privacy.surrogates._shape import apply_case

_MONTHS = {
    "en": ("january february march april may june july august september october november december",
           "jan feb mar apr may jun jul aug sep oct nov dec"),
    "de": ("januar februar märz april mai juni juli august september oktober november dezember",
           "jan feb mär apr mai jun jul aug sep okt nov dez"),
    "fr": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre", ""),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre", ""),
}
# word -> (language, full?, month 1..12); the first language listing a word wins.
_MONTH_WORDS: dict[str, tuple[str, bool, int]] = {}
for _lang, (_full, _abbr) in _MONTHS.items():
    for _i, _w in enumerate(_full.split()):
        _MONTH_WORDS.setdefault(_w, (_lang, True, _i + 1))
    for _i, _w in enumerate(_abbr.split()):
        _MONTH_WORDS.setdefault(_w, (_lang, False, _i + 1))
_MONTH_WORDS.setdefault("sept", ("en", False, 9))
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_ORDINALS = {"st", "nd", "rd", "th"}
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_TIME = re.compile(r"[T ,]+\d{1,2}:\d{2}")


def shift_date(original: str, days: int, rng: random.Random) -> str:
    """`original` moved by `days` days in its own format ("March 3rd, 2024" -> "April 22nd, 2024");
    a bare year moves by one year; what cannot be read as a date gets its digits re-drawn."""
    time = _TIME.search(original)  # "2023-11-05T10:00:00Z": the date moves, the time stays
    head, tail = (original[:time.start()], original[time.start():]) if time else (original, "")
    try:
        shifted = _shift(head, days)
    except (ValueError, OverflowError):  # "2024-02-30", year 9999 + 180 days
        shifted = None
    if shifted is None:  # digits re-drawn, words kept ("yesterday" stays, and becomes a placeholder)
        return re.sub(r"\d", lambda _: rng.choice("0123456789"), original)
    return shifted + tail


def _shift(original: str, days: int) -> str | None:
    tokens = list(_TOKEN.finditer(original))
    nums = [m for m in tokens if m.group().isdigit()]
    month_word = next((m for m in tokens if m.group().lower() in _MONTH_WORDS), None)
    fields = _fields(original, nums, month_word)
    if fields is None:
        return None
    year_m, month_m, day_m = fields
    year = _full_year(year_m.group()) if year_m else 2000  # a leap year, so Feb 29 still parses
    if month_m is None:  # a year alone
        return _put(original, [(year_m, _write_year(year + (1 if days > 0 else -1), year_m.group()))])
    named = month_m is month_word
    month = _MONTH_WORDS[month_word.group().lower()][2] if named else int(month_m.group())
    day = int(day_m.group()) if day_m else 15  # month precision: shift the middle of the month
    new = dt.date(year, month, day) + dt.timedelta(days=days)
    # "2024-03-04", "03.04.2024" and "12/15/2024" pad with zeros; "3/4/2024" and "15 January" do not
    fields_dm = [m for m in (day_m, month_m) if m is not None and m is not month_word]
    padded = any(m.group().startswith("0") for m in fields_dm) or (
        not named and (nums[0] is year_m or all(len(m.group()) == 2 for m in fields_dm)))
    width = (lambda m: len(m.group())) if padded else (lambda m: 1)
    edits = []
    if year_m:
        edits.append((year_m, _write_year(new.year, year_m.group())))
    if named:
        lang, full, _ = _MONTH_WORDS[month_word.group().lower()]
        words = (_MONTHS[lang][0] if full else _MONTHS[lang][1]).split()
        edits.append((month_word, apply_case(words[new.month - 1].capitalize(), month_word.group())))
    else:
        edits.append((month_m, str(new.month).zfill(width(month_m))))
    if day_m:
        edits.append((day_m, str(new.day).zfill(width(day_m))))
        after = next((m for m in tokens if m.start() == day_m.end()), None)
        if after and after.group().lower() in _ORDINALS:
            edits.append((after, apply_case(_ordinal(new.day), after.group())))
        weekday = next((m for m in tokens if m.group().lower() in _WEEKDAYS), None)
        if weekday and year_m:
            edits.append((weekday, apply_case(_WEEKDAYS[new.weekday()].capitalize(), weekday.group())))
    return _put(original, edits)


def _fields(text, nums, month_word):
    """Which tokens are (year, month, day); None when the text does not read as a date."""
    if month_word is not None:
        years = [m for m in nums if len(m.group()) == 4]
        days = [m for m in nums if len(m.group()) <= 2 and 1 <= int(m.group()) <= 31]
        return (years[0] if years else None), month_word, (days[0] if days else None)
    if len(nums) == 3:
        a, b, c = nums
        if len(a.group()) == 4:
            return a, b, c  # ISO order
        if len(c.group()) not in (2, 4):
            return None
        if int(a.group()) > 12 or (int(b.group()) <= 12 and "/" not in text):
            return c, b, a  # day first: Europe, and "/" only in the US reads month first
        return c, a, b
    if len(nums) == 2 and len(nums[1].group()) == 4 and int(nums[0].group()) <= 12:
        return nums[1], nums[0], None  # 03/2024
    if len(nums) == 1 and len(nums[0].group()) == 4 and text.strip() == nums[0].group():
        return nums[0], None, None
    return None


def _full_year(text: str) -> int:
    year = int(text)
    return year if len(text) == 4 else (2000 + year if year < 50 else 1900 + year)


def _write_year(year: int, like: str) -> str:
    return str(year) if len(like) == 4 else f"{year % 100:02d}"


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _put(text: str, edits) -> str:
    for m, value in sorted(edits, key=lambda e: e[0].start(), reverse=True):
        text = text[:m.start()] + value + text[m.end():]
    return text


def random_shift(rng: random.Random) -> int:
    """A scope's offset: 20 to 180 days either way (never 0, which would shift nothing)."""
    return rng.choice((-1, 1)) * rng.randint(20, 180)

