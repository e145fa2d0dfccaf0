"""Payment data: card numbers (issuer prefix + Luhn) and IBANs (country length + mod 97)."""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban
from stdnum import luhn

from llmvpn.privacy.recognizers.contact import BEFORE_INTERFACE
from llmvpn.privacy.spans import EntityType, Span

# 13-19 digits, in groups separated by single spaces or dashes, as cards are printed and pasted.
# (not after "+": "+55 11 96138-1911" is a phone number whatever Luhn says)
_CARD = re.compile(r"(?<![\w.+-])(?<!\+ )[0-9](?:[ -]?[0-9]){12,18}(?![\w]|[.,-][0-9])")
# Issuer prefixes: Visa, Mastercard (51-55, 2221-2720), Mir (2200-2204), Amex, Discover, Diners, JCB, UnionPay,
# Maestro, Troy (9792).
_CARD_PREFIX = re.compile(
    r"^(?:4|5[1-5]|2(?:2[2-9]|[3-6][0-9]|7[01]|720)|220[0-4]|3[47]|6(?:011|5|4[4-9]|2)|3(?:0[0-5]|[68])|35|50|5[6-8]|6[0-9]|9792)"
)

# Two letters, two check digits, then 11-30 alphanumerics, optionally in groups of four (separated by spaces,
# or by dashes as some banking apps copy them: "IT98-N826-1891-..."); some write a space after the country
# ("DE 48 0559 2927 ...", "DE 91655249756117744477").
_IBAN = re.compile(r"(?<![\w-])[A-Z]{2} ?[0-9]{2}(?:[ -]?[A-Z0-9]){11,30}(?![\w])")


def find(text: str) -> list[Span]:
    """Card numbers and IBANs that pass their checksums."""
    return [*find_cards(text), *find_ibans(text)]


def find_cards(text: str) -> list[Span]:
    spans = []
    for m in _CARD.finditer(text):
        end = _card_end(m.group())
        if end and not (end == len(m.group()) and BEFORE_INTERFACE.match(text, m.end())):  # (a flow log's account id)
            spans.append(Span(m.start(), m.start() + end, EntityType.CREDIT_CARD, 0.95))
    return spans


def _card_end(value: str) -> int:
    """How much of a grouped run of figures is a card number (0: none of it). The greedy run may take in a number
    written after the card, a day ("paid with card 4534 3809 7128 8215 28 March"): when the whole run fails, the
    run without its last group is tried, if that group is short and what is left is laid out as cards are printed
    (one block, fours, or Amex's and Diners' 4-6-5 and 4-6-4): a bank account's long run of groups is not cut up."""
    if _valid_card(value):
        return len(value)
    cut = max(value.rfind(" "), value.rfind("-"))
    if cut > 0 and len(value) - cut - 1 <= 4 and _PRINTED_CARD.fullmatch(value[:cut]) and _valid_card(value[:cut]):
        return cut
    return 0


# A card number as printed: one block, groups of four, or Amex's and Diners' 4-6-5 and 4-6-4.
_PRINTED_CARD = re.compile(r"[0-9]{13,19}|[0-9]{4}(?P<sep>[ -])[0-9]{4}(?P=sep)[0-9]{4}(?P=sep)[0-9]{4}(?:(?P=sep)[0-9]{1,3})?"
                           r"|[0-9]{4}(?P<asep>[ -])[0-9]{6}(?P=asep)[0-9]{4,5}")


def _valid_card(value: str) -> bool:
    digits = re.sub(r"[ -]", "", value)
    return (13 <= len(digits) <= 19 and bool(_CARD_PREFIX.match(digits)) and luhn.is_valid(digits)
            and len(set(digits)) > 2)  # 4444 4444 4444 4448 style fillers are test data, not cards


def find_ibans(text: str) -> list[Span]:
    spans = []
    for m in _IBAN.finditer(text):
        # The greedy match may swallow a following word ("... 00 FOR RENT"): take the longest valid prefix.
        value = m.group()
        if value[2] == " ":  # "DE 48 0559 ...": the space after the country is as any other
            value = value[:2] + value[3:]
            if "-" in value:
                continue
            shift = 1
        else:
            shift = 0
        if "-" in value and " " in value:
            continue  # one separator or the other, never both
        sep = "-" if "-" in value else " "
        cut = len(value)
        while cut >= 15:
            candidate = value[:cut]
            if stdnum_iban.is_valid(candidate.replace(sep, "")):
                spans.append(Span(m.start(), m.start() + cut + shift, EntityType.IBAN, 0.95))
                break
            cut = value.rfind(sep, 0, cut) if sep in value[:cut] else 0
    return spans
