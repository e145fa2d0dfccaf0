"""Shape helpers shared by the generators, the mapping and restoration: case, layout, checksums."""

from __future__ import annotations

import random
import re
import string

from llmvpn.privacy.surrogates._data import SYLLABLES


def fold(text: str) -> str:
    """Lower-case `text` keeping its length, so indices into the folded text are indices into `text`.

    str.lower() grows a handful of characters ("İ" -> "i̇"); those few are left as they are.
    """
    low = text.lower()
    if len(low) != len(text):  # lower() never shrinks, so equal length means one-to-one
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # lower() writes a final sigma by context ("ΟΔΟΣ" -> "οδος"); a chunk of a stream has no context,
    # so both sigmas fold to one letter and folding a text piece by piece equals folding it whole.
    return low.replace("ς", "σ") if "ς" in low else low


_NOT_ALNUM = re.compile(r"[\W_]+")
_ALNUM_RUN = re.compile(r"([^\W_]+)")


def compact(text: str) -> str:
    """The letters and digits of `text`, folded: the key of a phone, card or IBAN whatever its layout."""
    return fold(_NOT_ALNUM.sub("", text))


def apply_case(surrogate: str, original: str) -> str:
    """Write `surrogate` in the case style of `original`: ALL CAPS, all lower, or as given."""
    if original.isupper() and len(original) > 1:
        return surrogate.upper()
    if original.islower():
        return surrogate.lower()
    return surrogate


def relayout(chars: str, layout: str) -> str:
    """Put the letters and digits of `chars`, in order, into the letter/digit positions of `layout`.

    "2015550123" into "(415) 867-5309" gives "(201) 555-0123"; letters take the case of the slot.
    """
    source = _NOT_ALNUM.sub("", chars)
    parts = _ALNUM_RUN.split(layout)  # separators at even indices, runs of letters/digits at odd ones
    k = 0
    for i in range(1, len(parts), 2):
        run = parts[i]
        new = source[k:k + len(run)]
        k += len(run)
        if len(new) < len(run):  # fewer characters than slots: the layout's own stay
            new += run[len(new):]
        if not new.isdigit():
            new = "".join(c.lower() if slot.islower() else c.upper() if slot.isupper() else c
                          for c, slot in zip(new, run, strict=True))
        parts[i] = new
    return "".join(parts)


def scramble(text: str, rng: random.Random, keep: int = 0, *, hex_ok: bool = False) -> str:
    """Random characters of the same classes as `text` (digit, lower, upper), punctuation and the first
    `keep` characters kept; with `hex_ok`, a hex string (a token, a key) stays hex. Used where no
    better-shaped surrogate exists."""
    body = text[keep:]
    alnum = [c for c in body if c.isalnum()]
    hex_only = hex_ok and len(alnum) >= 8 and all(c in string.hexdigits for c in alnum)
    out = []
    for c in body:
        if hex_only and c.isalnum():
            h = rng.choice("0123456789abcdef")
            out.append(h.upper() if c.isupper() else h)
        elif c.isdigit():
            out.append(rng.choice(string.digits))
        elif c.isupper():
            out.append(rng.choice(string.ascii_uppercase))
        elif c.isalpha():
            out.append(rng.choice(string.ascii_lowercase))
        else:
            out.append(c)
    return text[:keep] + "".join(out)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def luhn_check_digit(payload: str) -> str:
    """The digit that makes `payload` + digit pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # doubled: these are the odd positions counted from the future check digit
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str(-total % 10)


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616 check digits: 98 - (BBAN + country + "00" as a number) mod 97."""
    rearranged = (bban + country + "00").upper()
    number = int("".join(str(int(c, 36)) for c in rearranged))
    return f"{98 - number % 97:02d}"


def made_up_word(rng: random.Random, syllables: int = 3) -> str:
    """A pronounceable word found in no list ("Kamira"), for when every listed word is taken."""
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()
