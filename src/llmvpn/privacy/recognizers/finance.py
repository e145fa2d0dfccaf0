"""Payment data: card numbers (issuer prefix + Luhn) and IBANs (country length + mod 97)."""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban
from stdnum import luhn

from llmvpn.privacy.recognizers._context import finditer_words, search_words
from llmvpn.privacy.recognizers.contact import BEFORE_INTERFACE, after_imei, after_reference
from llmvpn.privacy.recognizers.national_ids import BOXED_DIGITS, figures_span
from llmvpn.privacy.spans import EntityType, Span

# 13-19 digits, in groups separated by single spaces or dashes, as cards are printed and pasted.
# (not after "+": "+55 11 96138-1911" is a phone number whatever Luhn says)
# The boundaries are the Latin script's letters and figures, not \w: Korean, Japanese and Chinese write a particle
# or a word right after the number ("카드 5134 4675 5215 6969로", "卡号6222...支付").
_CARD = re.compile(r"(?<![0-9A-Za-z_.+-])(?<!\+ )[0-9](?:[ -]?[0-9]){12,18}(?![0-9A-Za-z_]|[.,-][0-9])")
# A card printed in dotted groups ("4854.0346.0187.1633", Amex "3786.451449.53482"), or wrapped on a receipt's narrow
# line after its label ("CARD: 3721 893164\n83560", "Card number: 4929 7921\n0167 2105"): only these two layouts,
# checked like any card.
_DOTTED_CARD = re.compile(r"(?<![0-9A-Za-z_.,+-])[0-9]{4}\.(?:[0-9]{4}\.[0-9]{4}\.[0-9]{4}|[0-9]{6}\.[0-9]{4,5})(?![0-9A-Za-z_]|[.,-][0-9])")
# A card embossed or OCR'd with wide gaps, four fours with the same two or three spaces (or a tab) between them
# ("5207  9566  3501  7794"); a fifth group or a figure before makes it a table's row instead.
_WIDE_CARD = re.compile(r"(?<![0-9A-Za-z_.+-])(?<![0-9][ \t])(?<![0-9][ \t]{2})[0-9]{4}(?P<gap>[ ]{2,3}|\t)"
                        r"(?:[0-9]{4}(?P=gap)[0-9]{4}(?P=gap)[0-9]{4}|[0-9]{6}(?P=gap)[0-9]{4,5})"  # (fours, or Amex's 4-6-5)
                        r"(?![0-9A-Za-z_]|[.,-][0-9]|[ \t]+[0-9])")
# A card whose groups one separator parts that the patterns above do not read: a slash, an underscore, a pipe, a
# comma (a space after it or not: "card 4137, 2565, 5711, 5348" as speech-to-text writes it), or a hyphen, slash or
# pipe between spaces ("4539/1488/0343/6467", "4539 - 1488 - 0343 - 6467", a form's "4539 | 1488 | 0343 | 6467"), in
# fours or Amex's 4-6-5. The same separator three times, the layout, the issuer's prefix and Luhn make it a card; a
# comma or a pipe also parts a list's or a table's numbers, so with those the card's word must stand in the 60
# characters before.
_SEPARATED_CARD = re.compile(r"(?<![0-9A-Za-z_.,/|+-])[0-9]{4}(?P<sep> [-/|] |[_,/|]|, )"
                             r"(?:[0-9]{4}(?P=sep)[0-9]{4}(?P=sep)[0-9]{4}(?:(?P=sep)[0-9]{1,3})?|[0-9]{6}(?P=sep)[0-9]{4,5})"
                             r"(?![0-9A-Za-z_]|[.,/|-][0-9])")
_SEPARATED_SIGN = re.compile(r"[0-9]{4}(?: [-/|] |[_,/|]|, )[0-9]{4}")  # (its cheap sign)
_WIDE_GAP = re.compile(r"[0-9]{4}(?:  |\t)")  # (the cheap sign of one: most double spaces are code's or tables' indents)
# A card as a CSV cell, where a comma may follow it and a figure the comma: "...@icloud.com,4209285450407059,05/31,..."
# (a cell on both sides: "1,4209..." as a decimal is no cell)
_CELL_CARD = re.compile(r"(?:(?<=[,;])|^)[0-9]{13,19}(?=[,;][^,;\n]|[,;]?[ \t]*$)", re.MULTILINE)  # (or a line's first cell)
_CELL_RUN = re.compile(r"(?m)[,;][0-9]{13}|^[0-9]{13,19}[,;]")  # (its cheap sign)
# (believed where the table names cards somewhere: a column of order numbers passes Luhn one time in ten)
_CARD_WORD = re.compile(r"(?i)card|karte|carte|tarjeta|cart[ãa]o|carta|kaart|kort|karta|kártya|\bpan\b|\bcc_?num|\bcc\b")
_LINE_BROKEN_FIGURES = re.compile(r"[0-9][ \t]*\n[ \t]*[0-9]{4,5}(?![0-9])")  # the cheap sign of a wrapped card
_WRAPPED_CARD = re.compile(r"(?i:\b(?:card|karte|carte|tarjeta|cartão|carta|kaart|kort|kortti|karta|kártya)\b[^\n0-9]{0,12}?)"
                           r"(?P<card>[0-9]{4}(?:[ -][0-9]{4,6}){0,2}[ \t]*\n[ \t]*[0-9]{4,5}(?:[ -][0-9]{4,5}){0,2})(?![0-9A-Za-z_])")

# ... or read by OCR off a receipt or a scan, its gaps gone astray ("CARD 5411- 4861-6999-27 35"): right after the card's
# word, figures parted by up to two spaces and dashes; Luhn and the issuer's prefix decide.
_SCANNED_CARD = re.compile(r"(?i:\b(?:card|karte|carte|tarjeta|cartão|carta|kaart|kort|kortti|karta|kártya)\b[^\n0-9]{0,12}?)"
                           r"(?P<card>[0-9](?:[ -]{0,2}[0-9]){12,18})(?![0-9A-Za-z_]|[ -]{1,2}[0-9])")

# ... or its groups alone on two lines, the card named anywhere in the text ("card statement ...:\n2720 4331\n1309 5077")
_WRAPPED_LINES = re.compile(r"(?m)^[ \t]*(?P<card>[0-9]{4}(?:[ -][0-9]{4,6}){0,2}[ \t]*\n[ \t]*[0-9]{4,5}(?:[ -][0-9]{4,5}){0,2})[ \t]*$")

# Issuer prefixes: Visa, Mastercard (51-55, 2221-2720), Mir (2200-2204), Amex, Discover, Diners, JCB, UnionPay,
# Maestro, Troy (9792), RuPay (81, 82).
_CARD_PREFIX = re.compile(
    r"^(?:4|5[1-5]|2(?:2[2-9]|[3-6][0-9]|7[01]|720)|220[0-4]|3[47]|6(?:011|5|4[4-9]|2)|3(?:0[0-5]|[68])|35|50|5[6-8]|6[0-9]|9792|8[12])"
)

# Two letters, two check digits, then 11-30 alphanumerics, optionally in groups of four (separated by spaces,
# or by dashes as some banking apps copy them: "IT98-N826-1891-..."); some write a space after the country
# ("DE 48 0559 2927 ...", "DE 91655249756117744477").
# (Latin boundaries, as cards'; a dash before it parts it from a Latin word or figure only: Hebrew glues its
# prepositions on with one, "תעביר ל-IL84 2143 ...", "to IL...")
_IBAN = re.compile(r"(?<![0-9A-Za-z_])(?<![0-9A-Za-z_]-)[A-Z]{2} ?[0-9]{2}(?:[ -]?[A-Z0-9]){11,30}(?![0-9A-Za-z_])")


# The examples the IBAN registry (SWIFT) and the banks' explanations print for each country: they identify no one.
_EXAMPLE_IBANS = frozenset((
    "DE89370400440532013000", "GB29NWBK60161331926819", "GB82WEST12345698765432", "ES9121000418450200051332",
    "FR1420041010050500013M02606", "FR7630006000011234567890189", "NL91ABNA0417164300", "IT60X0542811101000000123456",
    "CH9300762011623852957", "AT611904300234573201", "PL61109010140000071219812874",
    "PT50000201231234567890154", "SE4550000000058398257466", "DK5000400440116243", "NO9386011117947",
    "FI2112345600000785", "IE29AIBK93115212345678", "LU280019400644750000", "CZ6508000000192000145399",
    "GB33BUKB20201555555555", "DE75512108001245126199", "FR7630006000011234567890189", "BE71096123456769",
))

# A text that explains IBANs or asks how they work, in the languages read.
_EXPLAINING = re.compile(
    r"(?i)\b(?:explain\w*|erklär\w*|expli\w*|spiega\w*|explica\w*|uitleg\w*|objaśni\w*|how does|how do|wie funktioniert|"
    r"comment fonctionne|cómo funciona|come funziona|como funciona|hoe werkt|check digits?|prüfziffer\w*|chiffres? de contrôle|"
    r"dígitos? de control|cifre di controllo|controlecijfers?|examples?|beispiel\w*|exemples?|ejemplos?|esempi\w*|exemplos?|voorbeeld\w*|"
    # ... or compares them with BICs: "the difference between a BIC and an IBAN such as ..."
    r"differences?|unterschied\w*|différences?|diferencias?|differenz\w*|verschil\w*|różnic\w*|skillnad\w*|forskel\w*|"
    # ... or says where it was printed: a guide, a manual, the documentation, a specification
    r"guides?|leitfaden|guía|guida|handbook|handbuch|manual\w*|documents?|documentation|dokumentation|documentación|"
    r"documentazione|docs|tutorials?|specifications?|spec)\b"
)


def find(text: str) -> list[Span]:
    """Card numbers and IBANs that pass their checksums."""
    return [*find_cards(text), *find_ibans(text)]


# An IMEI as the GSMA groups it, type allocation code (2 + 6 figures), serial (6) and check digit: no card is printed so.
_IMEI_GROUPS = re.compile(r"[0-9]{2}([ -])[0-9]{6}\1[0-9]{6}\1[0-9]")


# ... and fifteen figures in a row that are no American Express number (34, 37), named an IMEI in their sentence
# ("Is this IMEI-looking number 353362105562620 really one?"): an IMEI passes Luhn as a card does.
_FIFTEEN = re.compile(r"(?!3[47])[0-9]{15}")
_IMEI_WORD = re.compile(r"(?i)(?<![^\W\d_])imei")
_IMEI_REACH = 60


def _named_imei(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    return _IMEI_WORD.search(text, max(line_start, start - _IMEI_REACH), min(line_end, end + _IMEI_REACH)) is not None


def find_cards(text: str) -> list[Span]:
    spans = []
    imei = "mei" in text or "MEI" in text
    for m in _CARD.finditer(text):
        if _NUMBER_THEN_DATE.fullmatch(m.group()) or _IMEI_GROUPS.fullmatch(m.group()):
            continue  # "523418876 19790412": a record's number and a birth date side by side, not a card
        if imei and _FIFTEEN.fullmatch(m.group()) and _named_imei(text, m.start(), m.end()):
            continue
        end = _card_end(m.group())
        if end and not (end == len(m.group()) and BEFORE_INTERFACE.match(text, m.end())) and not after_imei(text, m.start()) and not (
                "RF" in text.upper() and after_reference(text, m.start())):  # (a flow log's account id, a creditor reference)
            spans.append(Span(m.start(), m.start() + end, EntityType.CREDIT_CARD, 0.95))
    if ("  " in text or "\t" in text) and _WIDE_GAP.search(text):
        spans.extend(Span(m.start(), m.end(), EntityType.CREDIT_CARD, 0.9) for m in _WIDE_CARD.finditer(text)
                     if _valid_card(re.sub(r"\s", "", m.group())))
    if ("," in text or ";" in text) and _CELL_RUN.search(text) and _CARD_WORD.search(text):
        spans.extend(Span(m.start(), m.end(), EntityType.CREDIT_CARD, 0.9) for m in _CELL_CARD.finditer(text)
                     if _valid_card(m.group()))
    if "." in text:
        spans.extend(Span(m.start(), m.end(), EntityType.CREDIT_CARD, 0.95) for m in _DOTTED_CARD.finditer(text)
                     if _valid_card(m.group().replace(".", "")))
    if "\n" in text and _LINE_BROKEN_FIGURES.search(text):
        spans.extend(Span(m.start("card"), m.end("card"), EntityType.CREDIT_CARD, 0.9) for m in _WRAPPED_CARD.finditer(text)
                      if _valid_card(re.sub(r"\s", "", m.group("card"))))
        if _CARD_WORD.search(text):
            spans.extend(Span(m.start("card"), m.end("card"), EntityType.CREDIT_CARD, 0.9) for m in _WRAPPED_LINES.finditer(text)
                          if _valid_card(re.sub(r"\s", "", m.group("card"))))
    if ("- " in text or " -" in text or "  " in text) and _CARD_WORD.search(text):
        spans.extend(Span(m.start("card"), m.end("card"), EntityType.CREDIT_CARD, 0.85) for m in _SCANNED_CARD.finditer(text)
                     if _valid_card(re.sub(r"[ -]", "", m.group("card"))))
    if _SEPARATED_SIGN.search(text):
        for m in _SEPARATED_CARD.finditer(text):
            if _valid_card(re.sub(r"[^0-9]", "", m.group())) and (
                    m.group("sep").strip() not in ",|" or _CARD_WORD.search(text, max(0, m.start() - 60), m.start())):
                spans.append(Span(m.start(), m.end(), EntityType.CREDIT_CARD, 0.9))
    if "%B" in text:  # a magnetic stripe's track 1, as card readers dump it: "%B<card>^SURNAME/GIVEN^YYMM..."
        spans.extend(Span(m.start(1), m.end(1), EntityType.CREDIT_CARD, 0.95) for m in _TRACK1.finditer(text) if _valid_card(m.group(1)))
    if _LOOKALIKE_IN_FIGURES.search(text) and _CARD_WORD.search(text):
        spans.extend(_misread_cards(text))
    if ("|" in text or "[" in text) and _CARD_WORD.search(text):
        for m in BOXED_DIGITS.finditer(text):  # a form's boxes: "Card no. [4539] [5787] [6362] [1486]"
            digits = re.sub(r"[^0-9]", "", m.group())
            if 13 <= len(digits) <= 19 and _valid_card(digits) and _CARD_WORD.search(text, max(0, m.start() - 40), m.start()):
                spans.append(Span(*figures_span(m), EntityType.CREDIT_CARD, 0.85))
    return spans


# A card number as a scanner or OCR misread it, a letter for a figure it looks like in its groups ("52O3 6087 4753 4810",
# "3475 982867 l6456": O or o for 0, l or I for 1): read back with the figures, it is the card when it passes Luhn with
# a scheme's prefix and the text names a card. Groups as printed (4-4-4-4[-3], 4-6-5), one separator, one or two letters.
_LOOKALIKE_IN_FIGURES = re.compile(r"[0-9][OolI]|[OolI][0-9]")
_MISREAD_CARD = re.compile(r"(?<![\w-])(?P<card>[0-9OolI]{4}(?P<sep>[ -])"
                           r"(?:[0-9OolI]{4}(?P=sep)[0-9OolI]{4}(?P=sep)[0-9OolI]{4}(?:(?P=sep)[0-9OolI]{1,3})?"
                           r"|[0-9OolI]{6}(?P=sep)[0-9OolI]{4,5}))(?![\w-])")
_LOOKALIKES = str.maketrans("OolI", "0011")


def _misread_cards(text: str) -> list[Span]:
    spans = []
    for m in _MISREAD_CARD.finditer(text):
        card = m.group("card")
        letters = sum(not c.isdigit() for c in card if c != m.group("sep"))
        if 1 <= letters <= 2 and _valid_card(card.translate(_LOOKALIKES)):
            spans.append(Span(m.start("card"), m.end("card"), EntityType.CREDIT_CARD, 0.85))
    return spans


# What only a payment card carries, right beside its number: an expiry date after it ("exp 10/31", "valid thru 09/28",
# "ablauf 10/31", "vence 10/31", "scad. 04/30", a bare "10/31" right after), its security code ("CVV 123"), or the word
# for a card just before it in the languages read. With one of them a Luhn-valid number of a card scheme's prefix and
# length is someone's card whatever else the sentence holds ("sent me her card to buy concert tickets: <card> exp 10/31"):
# an order, ticket or tracking number is never printed with an expiry or a security code.
_EXPIRY_WORDS = (r"exp(?:iry|ires|iration|\.)?(?:[ \t]+date)?|valid(?:[ \t]+(?:thru|through|until|till|to))?|good[ \t]+thru|"
                 r"gültig(?:[ \t]+bis)?|ablauf(?:datum)?|verfall(?:sdatum)?|vence|venc\.?|vencimiento|validade|validez|"
                 r"scad\.?|scadenza|expire|expiration|date d'expiration|geldig[ \t]+(?:tot|t/m)|vervaldatum|ważna[ \t]+do|"
                 r"ważność|platnost|son[ \t]+kullanma|utgång|udløb|utløp|voimassa|lejárat|срок|λήξη|有効期限|유효기간|有效期")
_EXPIRY_AFTER = re.compile(rf"(?i)[ \t,;()/-]{{0,3}}(?:(?:{_EXPIRY_WORDS})[ \t.:=-]{{0,4}})?"
                           r"(?:0[1-9]|1[0-2])[ \t]?[/-][ \t]?(?:[0-9]{2}|20[0-9]{2})(?![0-9]|/[0-9])")
_CVV_AFTER = re.compile(r"(?i)[^\n]{0,30}?\b(?:cvv2?|cvc2?|cvn|csc|cid|security[ \t]+code|código[ \t]+de[ \t]+seguridad|"
                        r"prüfnummer|kartenprüfnummer|cryptogramme)\b[ \t:#=]*[0-9]{3,4}(?![0-9])")
# The card's word, in the languages and scripts read ("Karte", "tarjeta", "cartão", "karta", "kortti", "κάρτα",
# "карта", "カード", "卡", "카드", "כרטיס", "بطاقة", "कार्ड", "บัตร", "thẻ", "kartu") or a scheme's name, close before the number.
_CARD_BEFORE = re.compile(
    r"(?i)(?P<word>\b(?:card|cards|carte|karte|kreditkarte|tarjeta|carta|cart[ãa]o|kaart|creditcard|kort|kortet|kortti|karta|kartou|"
    r"kártya|kart|kartı|kartu|thẻ|visa|mastercard|amex|maestro|discover|pan)\b|κάρτα|карт[аыуео]|カード|卡|카드|כרטיס|بطاقة|"
    r"कार्ड|บัตร)[^\n0-9]{0,24}$")
# ... but not a card word with an order's, a ticket's or a booking's word between it and the number: "paid by card,
# order number 4539...": the number is the order's.
_REFERENCE_BETWEEN = re.compile(
    r"(?i)\b(?:order|invoice|ticket|tracking|booking|reservation|confirmation|reference|ref|transaction|receipt|"
    r"shipment|parcel|case|bestell\w*|commande|pedido|ordine|factur\w*|rechnung|fattura|zamówieni\w*|"
    r"sendung|envío|colis|spedizione)")


def evidenced_cards(text: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The card numbers among `ranges` (a negative's: an order's, a ticket's, a link's) that carry a card's own evidence
    beside them: an expiry, a security code, or the card's word right before. They are not the negative's to veto."""
    found = []
    for start, end in ranges:
        for m in _CARD.finditer(text, max(0, start - 1), min(len(text), end + 1)):
            cut = _card_end(m.group())
            if not cut or not (start <= m.start() and m.start() + cut <= end):
                continue
            stop = m.start() + cut
            before = text[max(0, m.start() - 40) : m.start()]
            if (_EXPIRY_AFTER.match(text, stop) or _CVV_AFTER.match(text, stop)
                    or (word := _CARD_BEFORE.search(before)) and not _REFERENCE_BETWEEN.search(before, word.end("word"))):
                found.append((m.start(), stop))
    return found


_TRACK1 = re.compile(r"%B([0-9]{13,19})\^")
_NUMBER_THEN_DATE = re.compile(r"[0-9]{5,11}[ ](?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


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


def is_card_number(figures: str) -> bool:
    """True for 13-19 figures of a card scheme's prefix that pass Luhn (not a filler like 4444...4448)."""
    return _valid_card(figures)


def _valid_card(value: str) -> bool:
    digits = re.sub(r"[ -]", "", value)
    return (13 <= len(digits) <= 19 and bool(_CARD_PREFIX.match(digits)) and luhn.is_valid(digits)
            and len(set(digits)) > 2)  # 4444 4444 4444 4448 style fillers are test data, not cards


# An IBAN after its name, wrapped onto the next line, typed in lower case or read by OCR with a gap astray
# ("IBAN DE44 5001 0517\n5407 3249 31", "iban: de4450...", "IBAN GB5 7 NWBK 7284 ..."): the longest run of its blocks
# that passes mod 97.
_LABELLED_IBAN = re.compile(r"(?i:\biban\b)[ \t]*[:#=]?[ \t]*\n?[ \t]*(?P<value>[A-Za-z]{2} ?[0-9] ?[0-9][A-Za-z0-9]{0,30}"
                            r"(?:[ \t]*\n?[ \t]*[A-Za-z0-9]{1,4}(?![A-Za-z0-9])){0,8})")
_BLOCK = re.compile(r"[A-Za-z0-9]+")

# An IBAN as people also copy it: in lower or mixed case ("de89 3704 0044 ..."), or its groups of four parted by a dot,
# a slash, a pipe, an underscore, two spaces or a hyphen between spaces. One separator throughout, and the checksum with
# the country's length and layout (python-stdnum) decide: two letters, two figures and eleven or more characters pass
# them one time in ninety-seven at best, and a hash or a token fails the layout.
_LOOSE_IBAN = re.compile(r"(?<![0-9A-Za-z_])[A-Za-z]{2}[0-9]{2}(?:(?P<sep>[ ]{1,2}|[-./|_]| [-/|] )[A-Za-z0-9]{4}"
                         r"(?:(?P=sep)[A-Za-z0-9]{4}){1,7}(?:(?P=sep)[A-Za-z0-9]{1,4})?|[A-Za-z0-9]{11,30})(?![0-9A-Za-z_])")


# Countries whose banks issue IBANs that SWIFT's registry (and so python-stdnum) does not list: Iran's "Sheba"
# (IR + 22 figures), Algeria's, Angola's, Morocco's, Mozambique's, Cape Verde's and those of the West and Central
# African monetary unions (their bank code may begin with one or two letters). Each by its length; the account part
# is figures after at most two letters, and the whole passes mod 97 as any IBAN must: two letters, two figures and
# twenty-odd figures pass it one time in ninety-seven, and only in the one length of the country they begin with.
_UNLISTED_LENGTHS = {"IR": 26, "DZ": 26, "AO": 25, "MA": 28, "MZ": 25, "CV": 25, "GW": 25,
                     "BJ": 28, "BF": 28, "CI": 28, "ML": 28, "NE": 28, "SN": 28, "TG": 28,
                     "CM": 27, "CF": 27, "TD": 27, "CG": 27, "GQ": 27, "GA": 27, "KM": 27, "MG": 27}
_UNLISTED_BBAN = re.compile(r"[A-Z]{0,2}[0-9]+")


def _valid_iban(compact: str) -> bool:
    """An upper-case compact IBAN: stdnum's registry check, else an unlisted country's length and mod 97."""
    if stdnum_iban.is_valid(compact):
        return True
    if _UNLISTED_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    if not _UNLISTED_BBAN.fullmatch(compact, 4):
        return False
    return int("".join(str(int(c, 36)) for c in compact[4:] + compact[:4])) % 97 == 1


def is_iban(value: str) -> bool:
    """True for a compact IBAN in any case that passes its checksum and its country's layout."""
    return 15 <= len(value) <= 34 and value[:2].isalpha() and _valid_iban(value.upper())


def _loose_ibans(text: str) -> list[Span]:
    spans = []
    for m in _LOOSE_IBAN.finditer(text):
        value = m.group()
        if value.isupper() and not any(sep in value for sep in "./|_") and "  " not in value and " - " not in value:
            continue  # _IBAN's to read
        blocks = list(_BLOCK.finditer(value))
        for last in range(len(blocks), 0, -1):  # a last group may be a word after it ("... 1234 then"): the longest valid prefix
            compact = "".join(b.group() for b in blocks[:last]).upper()
            if len(compact) < 15:
                break
            if _valid_iban(compact):
                spans.append(Span(m.start(), m.start() + blocks[last - 1].end(), EntityType.IBAN, 0.95))
                break
    return spans


def _labelled_ibans(text: str) -> list[Span]:
    spans = []
    for m in finditer_words(_LABELLED_IBAN, text):
        blocks = list(_BLOCK.finditer(m.group("value")))
        for last in range(len(blocks), 0, -1):
            compact = "".join(b.group() for b in blocks[:last]).upper()
            if len(compact) >= 15 and _valid_iban(compact):
                spans.append(Span(m.start("value"), m.start("value") + blocks[last - 1].end(), EntityType.IBAN, 0.9))
                break
    return spans


def find_ibans(text: str) -> list[Span]:
    spans = _labelled_ibans(text) if "IBAN" in text or "iban" in text or "Iban" in text else []
    spans.extend(_loose_ibans(text))
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
            if _valid_iban(candidate.replace(sep, "")):
                if candidate.replace(sep, "") in _EXAMPLE_IBANS and search_words(_EXPLAINING, text):
                    break  # the registry's example, used to explain IBANs: nobody's account (elsewhere it stands in for one)
                spans.append(Span(m.start(), m.start() + cut + shift, EntityType.IBAN, 0.95))
                break
            cut = value.rfind(sep, 0, cut) if sep in value[:cut] else 0
    return spans
