"""Digits of other scripts and full-width forms, read as ASCII: one character for one, so offsets hold.

The rules read numbers as [0-9] and addresses as ASCII: a phone written "٠٥٠ ١٢٣ ٤٥٦٧" (Arabic-Indic digits),
"۰۹۱۲ ۳۴۵ ۶۷۸۹" (Persian), "९८७६५ ४३२१०" (Devanagari) or "０９０－１２３４－５６７８" (a Japanese keyboard's
full-width mode), a card or an address typed "ｔａｒｏ＠ｍａｉｌ．ｊｐ" would pass unseen. The detector reads the
folded text and reports offsets into the text as written; surrogates are made from the folded value. Full-width
punctuation other than the signs of numbers and addresses (＠．＋－＿) stays: CJK text uses "（），：" as its own.

Spaces and dashes of typography read as the keyboard's: a word processor or a French keyboard writes a card
"4539 1488 0343 6467" with no-break or thin spaces, an SSN "536–22–8194" with en dashes, a phone "+33 6 12 34 56 78"
with narrow no-break spaces, and each rule would need every one of them in each of its separators. Between figures they
are a space and a hyphen in meaning, and are read as such: the spaces everywhere (the ideographic space stays, CJK rules
read it), the dashes between figures only.
"""

from __future__ import annotations

import re


def _table() -> dict[int, int]:
    table = {}
    # Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Telugu, Kannada, Malayalam, Thai,
    # Lao, Myanmar, Khmer, full-width
    for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0,
                 0x1040, 0x17E0, 0xFF10):
        table.update({zero + i: ord("0") + i for i in range(10)})
    table.update({0xFF21 + i: ord("A") + i for i in range(26)})
    table.update({0xFF41 + i: ord("a") + i for i in range(26)})
    table.update({ord(wide): ord(narrow) for wide, narrow in zip("＠．＋－＿", "@.+-_", strict=True)})
    # no-break, figure, en/em/three- to six-per-em, thin, hair and narrow no-break spaces
    table.update({space: ord(" ") for space in (0x00A0, *range(0x2002, 0x200B), 0x202F)})
    return table


_TABLE = _table()
# Hyphen, no-break hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small em dash and hyphen-minus
# between figures (a space either side at most). Only there: between words a dash is punctuation the rules read as such
# ("* Ute — rotate the key" names an action item's owner).
_DIGIT_DASH = re.compile("(?<=[0-9])( ?)[\u2010-\u2015\u2212\ufe58\ufe63](?= ?[0-9])")


def fold_forms(text: str) -> str:
    """`text` with other scripts' digits, full-width letters and number signs, typographic spaces, and dashes between
    figures in ASCII, same length."""
    if text.isascii():
        return text
    text = text.translate(_TABLE)
    return _DIGIT_DASH.sub(_hyphen, text) if _DIGIT_DASH.search(text) else text


def _hyphen(m: re.Match[str]) -> str:
    return m.group(1) + "-"
