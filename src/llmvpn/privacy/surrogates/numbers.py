"""Surrogates for numbers: phones in ranges reserved for fiction, test cards, test-bank IBANs, SSNs.

Each keeps the original's layout (spaces, dashes, brackets) and its count of digits, so one mapping
entry serves every way the same number is written.
"""

from __future__ import annotations

import random

from llmvpn.privacy.surrogates._shape import (
    digits, iban_check_digits, luhn_check_digit, relayout, scramble,
)


def _area_code(rng: random.Random) -> str:
    """A NANP area code of the valid shape (N, 0-8, X; no N11): 555-0100..0199 is reserved for
    fiction behind every one of them, so there are 72,000 such numbers to draw from."""
    while (code := f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}")[1:] == "11":
        pass
    return code


_UK_AREAS = ("113", "116", "117", "118", "121", "131", "141", "151", "161")


def phone(original: str, rng: random.Random) -> str:
    """A number in a range no one is assigned: NANP 555-01xx, Ofcom's drama ranges for the UK,
    ARCEP's fiction ranges for France, ACMA's for Australia; elsewhere the country code kept and the
    rest re-drawn (valid-looking, not guaranteed unassigned)."""
    d = "".join(c for c in original if c.isdigit())
    plus = original.lstrip().startswith("+")
    national = _national(d, plus, rng)
    if national is None:
        keep = 2 if plus else 1
        national = d[:keep] + digits(rng, len(d) - keep)
    return relayout(national, original)


def _national(d: str, plus: bool, rng: random.Random) -> str | None:
    n = len(d)
    line = "01" + digits(rng, 2)
    if (plus and d.startswith("1") and n == 11) or (not plus and n == 11 and d[0] == "1"):
        return "1" + _area_code(rng) + "555" + line
    if not plus and n == 10 and d[0] in "23456789":
        return _area_code(rng) + "555" + line
    if not plus and n == 7:
        return "555" + line
    uk = d[2:] if plus and d.startswith("44") else (d[1:] if not plus and d.startswith("0") else None)
    if uk is not None and len(uk) == 10 and (plus or n == 11) and uk[0] in "1237":
        # Ofcom's drama ranges: 07700 900000-900999, 020 7946 0000-0999, and 496 0000-0999 behind
        # 0113, 0116, 0117, 0118, 0121, 0131, 0141, 0151 and 0161
        if uk.startswith("7"):
            nsn = "7700900" + digits(rng, 3)
        elif uk.startswith("20"):
            nsn = "2079460" + digits(rng, 3)
        else:
            nsn = rng.choice(_UK_AREAS) + "4960" + digits(rng, 3)
        return ("44" if plus else "0") + nsn
    fr = d[2:] if plus and d.startswith("33") else (d[1:] if not plus and n == 10 and d[0] == "0" else None)
    if fr is not None and len(fr) == 9:
        # ARCEP keeps 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49 and 06 39 98 xx xx for fiction
        prefix = {"1": "19900", "2": "26191", "3": "35301", "4": "46571", "5": "53649"}.get(fr[0], "63998")
        return ("33" if plus else "0") + prefix + digits(rng, 4)
    if plus and d.startswith("61") and n == 11:
        return "61" + rng.choice(("25550", "37010", "75550", "85550")) + digits(rng, 4)  # ACMA fiction
    return None


# Issuer prefixes of well-known test cards (4111 1111..., 5555 5555..., 3782 8224...), by brand.
_TEST_PREFIX = (("34", "378282"), ("37", "371449"), ("4", "411111"), ("2", "222300"), ("5", "555555"),
                ("6011", "601111"), ("65", "601111"), ("35", "353011"), ("30", "305693"), ("36", "305693"),
                ("38", "305693"), ("62", "620000"), ("6", "676770"))


def credit_card(original: str, rng: random.Random) -> str:
    """A Luhn-valid number of the same brand and length on a test issuer prefix."""
    d = "".join(c for c in original if c.isdigit())
    prefix = next((p for brand, p in _TEST_PREFIX if d.startswith(brand)), d[:1] + "99999")
    prefix = prefix[: max(len(d) - 2, 1)]
    payload = prefix + digits(rng, len(d) - len(prefix) - 1)
    return relayout(payload + luhn_check_digit(payload), original)


# Bank identifiers of the example IBANs in the SWIFT IBAN registry, placed at the start of the BBAN.
_TEST_BANKS = {"DE": "37040044", "GB": "NWBK601613", "FR": "2004101005", "NL": "ABNA", "ES": "21000418",
               "IT": "X0542811101", "BE": "539", "AT": "19043", "CH": "00762", "PL": "10901014",
               "PT": "00020123", "IE": "AIBK931152", "LU": "001"}


def iban(original: str, rng: random.Random) -> str:
    """A mod-97-valid IBAN of the same country and length at the country's example bank."""
    chars = "".join(c for c in original if c.isalnum()).upper()
    country, bban = chars[:2], chars[4:]
    if len(chars) < 5 or not country.isalpha():
        return scramble(original, rng)
    bank = _TEST_BANKS.get(country, "")
    if len(bank) > len(bban) or any(b.isdigit() != o.isdigit() for b, o in zip(bank, bban, strict=False)):
        bank = ""  # a BBAN of another shape than the registry's: keep its shape instead
    bban = bank + scramble(bban[len(bank):], rng).upper()
    return relayout(country + iban_check_digits(country, bban) + bban, original)


def us_ssn(original: str, rng: random.Random) -> str:
    """Area 9xx is never issued to an SSN; groups 10-49 keep it out of the ITIN ranges too."""
    d = "".join(c for c in original if c.isdigit())
    if len(d) != 9:
        return scramble(original, rng)
    number = f"9{rng.randrange(100):02d}{rng.randrange(10, 50)}{rng.randrange(1, 10000):04d}"
    return relayout(number, original)


def national_id(original: str, rng: random.Random) -> str:
    """Same letters-and-digits shape; no national checksum is claimed either way."""
    return scramble(original, rng)
