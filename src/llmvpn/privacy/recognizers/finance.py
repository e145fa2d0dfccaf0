"""Payment data: card numbers (issuer prefix + Luhn) and IBANs (country length + mod 97)."""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban
from stdnum import luhn

from llmvpn.privacy.recognizers.contact import BEFORE_INTERFACE, after_imei
from llmvpn.privacy.spans import EntityType, Span

# 13-19 digits, in groups separated by single spaces or dashes, as cards are printed and pasted.
# (not after "+": "+55 11 96138-1911" is a phone number whatever Luhn says)
# The boundaries are the Latin script's letters and figures, not \w: Korean, Japanese and Chinese write a particle
# or a word right after the number ("카드 5134 4675 5215 6969로", "卡号6222...支付").
_CARD = re.compile(r"(?<![0-9A-Za-z_.+-])(?<!\+ )[0-9](?:[ -]?[0-9]){12,18}(?![0-9A-Za-z_]|[.,-][0-9])")
# A card printed in dotted groups ("4854.0346.0187.1633", Amex "3786.451449.53482"), or wrapped on a receipt's narrow
# line after its label ("CARD: 3721 893164\n83560"): only these two layouts, checked like any card.
_DOTTED_CARD = re.compile(r"(?<![0-9A-Za-z_.,+-])[0-9]{4}\.(?:[0-9]{4}\.[0-9]{4}\.[0-9]{4}|[0-9]{6}\.[0-9]{4,5})(?![0-9A-Za-z_]|[.,-][0-9])")
_LINE_BROKEN_FIGURES = re.compile(r"[0-9][ \t]*\n[ \t]*[0-9]{4,5}(?![0-9])")  # the cheap sign of a wrapped card
_WRAPPED_CARD = re.compile(r"(?i:\b(?:card|karte|carte|tarjeta|cartão|carta|kaart|kort|kortti|karta|kártya)\b[^\n0-9]{0,12}?)"
                           r"(?P<card>[0-9]{4}[ -](?:[0-9]{4}[ -][0-9]{4}|[0-9]{6})[ \t]*\n[ \t]*[0-9]{4,5})(?![0-9A-Za-z_])")

# Issuer prefixes: Visa, Mastercard (51-55, 2221-2720), Mir (2200-2204), Amex, Discover, Diners, JCB, UnionPay,
# Maestro, Troy (9792), RuPay (81, 82).
_CARD_PREFIX = re.compile(
    r"^(?:4|5[1-5]|2(?:2[2-9]|[3-6][0-9]|7[01]|720)|220[0-4]|3[47]|6(?:011|5|4[4-9]|2)|3(?:0[0-5]|[68])|35|50|5[6-8]|6[0-9]|9792|8[12])"
)

# Two letters, two check digits, then 11-30 alphanumerics, optionally in groups of four (separated by spaces,
# or by dashes as some banking apps copy them: "IT98-N826-1891-..."); some write a space after the country
# ("DE 48 0559 2927 ...", "DE 91655249756117744477").
_IBAN = re.compile(r"(?<![0-9A-Za-z_-])[A-Z]{2} ?[0-9]{2}(?:[ -]?[A-Z0-9]){11,30}(?![0-9A-Za-z_])")  # (Latin boundaries, as cards')


# The examples the IBAN registry (SWIFT) and the banks' explanations print for each country: they identify no one.
_EXAMPLE_IBANS = frozenset((
    "DE89370400440532013000", "GB29NWBK60161331926819", "GB82WEST12345698765432", "ES9121000418450200051332",
    "FR1420041010050500013M02606", "FR7630006000011234567890189", "NL91ABNA0417164300", "IT60X0542811101000000123456",
    "CH9300762011623852957", "AT611904300234573201", "PL61109010140000071219812874",
    "PT50000201231234567890154", "SE4550000000058398257466", "DK5000400440116243", "NO9386011117947",
    "FI2112345600000785", "IE29AIBK93115212345678", "LU280019400644750000", "CZ6508000000192000145399",
))

# A text that explains IBANs or asks how they work, in the languages read.
_EXPLAINING = re.compile(
    r"(?i)\b(?:explain\w*|erklär\w*|expli\w*|spiega\w*|explica\w*|uitleg\w*|objaśni\w*|how does|how do|wie funktioniert|"
    r"comment fonctionne|cómo funciona|come funziona|como funciona|hoe werkt|check digits?|prüfziffer\w*|chiffres? de contrôle|"
    r"dígitos? de control|cifre di controllo|controlecijfers?|examples?|beispiel\w*|exemples?|ejemplos?|esempi\w*|exemplos?|voorbeeld\w*)\b"
)


def find(text: str) -> list[Span]:
    """Card numbers and IBANs that pass their checksums."""
    return [*find_cards(text), *find_ibans(text)]


def find_cards(text: str) -> list[Span]:
    spans = []
    for m in _CARD.finditer(text):
        end = _card_end(m.group())
        if end and not (end == len(m.group()) and BEFORE_INTERFACE.match(text, m.end())) and not after_imei(text, m.start()):  # (a flow log's account id)
            spans.append(Span(m.start(), m.start() + end, EntityType.CREDIT_CARD, 0.95))
    if "." in text:
        spans.extend(Span(m.start(), m.end(), EntityType.CREDIT_CARD, 0.95) for m in _DOTTED_CARD.finditer(text)
                     if _valid_card(m.group().replace(".", "")))
    if "\n" in text and _LINE_BROKEN_FIGURES.search(text):
        spans.extend(Span(m.start("card"), m.end("card"), EntityType.CREDIT_CARD, 0.9) for m in _WRAPPED_CARD.finditer(text)
                      if _valid_card(re.sub(r"\s", "", m.group("card"))))
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
                if candidate.replace(sep, "") in _EXAMPLE_IBANS and _EXPLAINING.search(text):
                    break  # the registry's example, used to explain IBANs: nobody's account (elsewhere it stands in for one)
                spans.append(Span(m.start(), m.start() + cut + shift, EntityType.IBAN, 0.95))
                break
            cut = value.rfind(sep, 0, cut) if sep in value[:cut] else 0
    return spans
