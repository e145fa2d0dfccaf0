"""Digits of other scripts and full-width forms, read as ASCII: one character for one, so offsets hold.

The rules read numbers as [0-9] and addresses as ASCII: a phone written "٠٥٠ ١٢٣ ٤٥٦٧" (Arabic-Indic digits),
"۰۹۱۲ ۳۴۵ ۶۷۸۹" (Persian), "९८७६५ ४३२१०" (Devanagari) or "０９０－１２３４－５６７８" (a Japanese keyboard's
full-width mode), a card or an address typed "ｔａｒｏ＠ｍａｉｌ．ｊｐ" would pass unseen. The detector reads the
folded text and reports offsets into the text as written; surrogates are made from the folded value. Full-width
punctuation other than the signs of numbers and addresses (＠．＋－＿) stays: CJK text uses "（），：" as its own.
"""

from __future__ import annotations


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
    return table


_TABLE = _table()


def fold_forms(text: str) -> str:
    """`text` with other scripts' digits and full-width letters and number signs in ASCII, same length."""
    return text if text.isascii() else text.translate(_TABLE)
