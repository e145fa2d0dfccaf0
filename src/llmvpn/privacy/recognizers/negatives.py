"""Hard negatives: stretches of text that look like PII and are not.

Order and ticket numbers, versions, UUIDs, hashes, prices and links in general are `negative_ranges`:
weak detections (a phone number, a date, an IP) inside them are dropped. Famous places, companies
and people are not PII when a prompt asks about them in general ("What is the capital of France?"),
but a city is when the person lives there: `drop_generic_mentions` tells the two apart by whether
the prompt speaks about the writer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from llmvpn.privacy.recognizers import addresses, contact, finance, handles
from llmvpn.privacy.recognizers._context import (
    contains,
    finditer_cued,
    finditer_words,
    matches_at,
    mentions,
    merge_ranges,
    occurrences,
    search_words,
    within,
    word_index,
)
from llmvpn.privacy.spans import EntityType, Span

_REFERENCE_WORDS = (
    r"order|invoice|inv|ticket|tracking|shipment|parcel|package|case|ref|reference|confirmation|"
    r"booking|reservation|po|sku|item|part|model|serial|transaction|txn|receipt|build|issue|pr|bug|job|"
    r"error|err|flight|container|batch|lot|asin|isbn|upc|ean|commit|revision|rev|request|req|incident|"
    r"run|trace|span|product|article|catalog|catalogue|"
    # the identifier of a thing or a business, not of a person: a device's IMEI, a meter's MPAN or MPRN, a ship's
    # radio MMSI, a vehicle's VIN or frame number, an employer's EIN (in capitals: "ein" is German's "a"), a firm's
    # D-U-N-S number
    r"imei|mpan|mprn|mmsi|vin|frame|chassis|ein|duns"
)
_REFERENCE = re.compile(
    rf"(?i:\b(?:{_REFERENCE_WORDS})s?\b)"
    r"(?:\s+(?i:no\.?|nr\.?|number|num|id|code|#))?(?:\s+(?:is|was))?\s*[:#=]?\s*#?(?P<id>[A-Za-z]{0,4}[-_]?[0-9][A-Za-z0-9_-]{3,40})"
)
_ARTICLE_EIN = re.compile(r"[Ee]in\b")  # (German's "ein", not the employer's "EIN")
# A reference word right after an SSN's name is what is done with the SSN, not a thing's own number ("SSN trace:
# 664-62-6535" in a background check, "SSN verification request: ..."): the number after it is the person's.
_SSN_NAMED_BEFORE = re.compile(r"(?i)(?<![\w])(?:ssns?|social[ -]security(?:[ -]number)?|soc\.?[ ]?sec\.?)[ \t]+$")
# Where _REFERENCE can start, in the lower-cased text (_context.finditer_cued).
_REFERENCE_START = re.compile(rf"\b(?=(?:{_REFERENCE_WORDS})s?\b)")
# The cue words of _REFERENCE, singular and plural: a text with none of them skips its scan.
_REFERENCE_CUES = frozenset(
    w + plural
    for w in """order invoice inv ticket tracking shipment parcel package case ref reference confirmation booking
    reservation po sku item part model serial transaction txn receipt build issue pr bug job error err flight
    container batch lot asin isbn upc ean commit revision rev request req incident run trace span product article
    catalog catalogue imei mpan mprn mmsi vin frame chassis ein duns""".split()
    for plural in ("", "s")
)
# A court's file number after the word for it ("Aktenzeichen RG 24/08991", "číslo jednací 13 C 166/24", "docket
# number 24 C 209/25"): a case at a court, not a person's identifier.
_COURT_FILE = re.compile(
    r"(?i:\b(?:aktenzeichen|az\.?|geschäftszeichen|gz\.?|jednací|č\.\s?j\.|spisová značka|sp\.\s?zn\.|docket|case|"
    r"file|sygnatura|sygn\.?|sprawa|sprawy|spis|dosar|dosarul|rôle|rg|expediente|autos|ruolo|zaaknummer|rolnummer)\b)"
    r"(?:\s+(?i:no\.?|nr\.?|number|num|n°|#|akt|zaken))?(?:\s+(?:is|was|ist|est|es|je))?\s*[:#]?\s*"
    r"(?P<id>(?:[0-9]{1,4}\s?)?(?:[A-Za-z]{1,4}\s?)?[0-9]{1,6}/[0-9]{2,6})(?![\w/])"
)
_COURT_CUE_WORDS = """aktenzeichen az geschäftszeichen gz jednací j spisová zn docket case file sygnatura sygn rôle
    rg sprawa sprawy spis dosar dosarul expediente autos ruolo zaaknummer rolnummer"""
_COURT_CUES = frozenset(_COURT_CUE_WORDS.split())
# A flight: the word for it and an airline's two-character code and number ("flight TK 7896", "vol QF 5819",
# "Vuelo FR 1335"); the whole is vetoed, for the models read the code as a name or a street number.
_FLIGHT_WORDS = "flight flights flug vol vuelo volo voo vlucht lot let uçuş lento fly flyg рейс πτήση".split()
_FLIGHT_CUES = frozenset(_FLIGHT_WORDS)
_FLIGHT = re.compile(
    rf"\b(?i:{'|'.join(_FLIGHT_WORDS)})"
    r"\s+(?:[A-Z][A-Z0-9]|[0-9][A-Z])\s?[0-9]{1,4}[A-Z]?\b"
)
_HASH_REF = re.compile(r"(?<![\w&])#[0-9]{2,10}(?![\w])")  # issue #1234, PR #56
_VERSION_HEAD = (
    r"\bv|\bversion\s*|\bver\.?\s*|\brelease\s*|==|>=|<=|~=|\b(?:python|node|java|go|rust|ruby|php|ios|"
    r"android|windows|macos|ubuntu|debian|kernel|chrome|firefox|django|react|numpy|pandas|spacy|torch|"
    r"tensorflow|postgres|postgresql|mysql|sql|sqlite|redis|nginx|openssl|gcc|clang|llvm|cuda|api|sdk|docker|"
    r"kubernetes|k8s|helm|terraform|kafka|npm|pip|gradle|maven|jdk|dotnet|\.net|php|rails|vue|angular|"
    r"typescript|bash|excel|office|chrome|safari|edge|firmware|bios|build|"
    # the word "version" in other languages, and what is done to a version: "wersja 24.19.10.12", "upgrading to
    # 14.24.15.23", "deployed 5.1.6.20", "pins 14.21.17.19", "aggiornare alla 8.19.5.4"
    r"versión|versao|versão|versione|versie|wersja|wersji|wersję|verze|verzi|sürüm|sürümü|udgave|utgåva|"
    r"(?:upgrad(?:e|ed|ing)|updat(?:e|ed|ing)|bump(?:ed|ing)?|roll(?:ed|ing)? back|downgrad(?:e|ed|ing)) to|"
    r"deploy(?:ed|ing)?|pins|pinned(?: to)?|aggiornare alla|aggiornato alla|auf version|naar versie)[ \t:]*"
)  # (on its own line: "...@posteo.net:\n\n212.62.11.100 - - [21/Oct..." starts a log line, not a .NET version)
# Two version numbers compared or ranged, one of them not shaped like an IPv4 address: "v14.1.0 und 20.15.17.14",
# "24.4.13.22 og 17.15.21". Both are versions (two addresses, "10.0.0.1 and 10.0.0.5", are left alone).
_VERSION_PAIR = re.compile(
    r"(?i)(?<![\w.])(?P<a>v?[0-9]{1,4}(?:\.[0-9]{1,4}){1,4})[ \t]+(?:and|und|og|och|en|e|y|et|i|a|vs\.?|or|oder|ou|o|"
    r"eller|nebo|lub|ve|veya|to|bis|à|tot|til|till|->|→)[ \t]+(?P<b>v?[0-9]{1,4}(?:\.[0-9]{1,4}){1,4})(?![\w]|\.[0-9])"
)
_DOTTED_QUAD = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}")
_VERSION = re.compile(rf"(?i:(?:{_VERSION_HEAD})[0-9]+(?:\.[0-9A-Za-z-]+){{1,4}})")
_VERSION_START = re.compile(rf"(?=(?:{_VERSION_HEAD})[0-9])")
_VERSION_NUMBER = re.compile(r"(?i)[0-9]\.[0-9A-Za-z-]")  # in every version (same case rules); most prompts have none
_UUID = re.compile(r"(?i)(?<![\w-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])")
# Lower-case hex (git, sha256, cache keys); upper case only when long, so "01823562F" stays an id.
_HEX = re.compile(r"(?<![\w])(?:0x)?(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])(?:[0-9a-f]{7,128}|[0-9A-F]{16,128})(?![\w])")
# The amount before a currency sign groups thousands in threes: "1 250 €", not the card "... 9590 €35".
# Every price holds a currency sign or one of these (in any case, maybe inside a word: "100eur"): a text
# without any skips the scan.
_PRICE_HINTS = ("$", "€", "£", "¥", "₹", "usd", "eur", "gbp", "chf", "jpy", "inr", "dollars", "pounds")
_PRICE = re.compile(
    r"(?:[$€£¥₹][ \t]?[0-9][0-9,. ]*[0-9](?:[kKmM]\b)?|(?<![\w.,])(?:[0-9]{1,3}(?:[,. ][0-9]{3})+|[0-9]+)(?:[.,][0-9]+)?\s?"
    r"(?:[$€£¥₹](?!\s?[0-9])|(?i:usd|eur|gbp|chf|jpy|inr|dollars|euros|pounds)\b))"
)
# (Thousands groups follow one to three digits, and a currency sign before a digit opens the next amount:
# "charged my card 2535 5933 7446 6146 €952.82" holds a card number and then a price. A sign ending a line is no
# price of the next: "ansible_password=Buster968$\n192.168.50.196 ansible_user=...".)
_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"'`]+")
_CJK_STOP = re.compile(r"[」』】〕）。、，！？；：]")
# A link whose host is an address literal ("http://10.2.3.4:8080/api", "https://[fd00::7]:6443"): the address
# is the machine someone runs, and is not vetoed with the rest of the link.
_IP_HOST = re.compile(r"(?i)[a-z][a-z0-9+.-]*://(?:[^\s/@]*@)?\[?(?P<ip>[0-9]{1,3}(?:\.[0-9]{1,3}){3}|[0-9a-f]*:[0-9a-f:.]*)\]?")
# Values printed in documentation and test suites, owned by nobody: the IBANs of the ISO 13616 and bank
# examples, the test cards of Stripe, Adyen and Braintree, and US numbers in the unassigned area code 555.
_TEST_CARDS = ("4242424242424242", "4000000000000002", "4111111111111111", "5555555555554444", "5105105105105100",
               "4000056655665556", "6011111111111117", "4012888888881881", "3530111333300000", "5200828282828210",
               # more of the published test numbers (Stripe's declines and 3-D Secure cards, Amex, Diners, JCB, Adyen)
               "4000002500003155", "4000000000003220", "4000000000009995", "4000000000009987", "4000000000000069",
               "4000000000000127", "4000000000000119", "4000000000000341", "4000002760003184", "4000000000000077",
               "378282246310005", "371449635398431", "6011000990139424", "3056930009020004", "36227206271667",
               "3566002020360505", "6200000000000005", "2223003122003222", "4111111145551142", "5555341244441115",
               "370000000000002", "4005519200000004", "4012000033330026", "4217651111111119", "2223000048400011")
_DOC_IBANS = re.compile(
    r"(?i)(?<![\w])(?:DE89 ?3704 ?0044 ?0532 ?0130 ?00|GB82 ?WEST ?1234 ?5698 ?7654 ?32|NL91 ?ABNA ?0417 ?1643 ?00|"
    r"FR14 ?2004 ?1010 ?0505 ?0001 ?3M02 ?606|ES91 ?2100 ?0418 ?4502 ?0005 ?1332|IT60 ?X054 ?2811 ?1010 ?0000 ?0123 ?456|"
    r"BE68 ?5390 ?0754 ?7034|CH93 ?0076 ?2011 ?6238 ?5295 ?7|AT61 ?1904 ?3002 ?3457 ?3201|"
    # the French and British examples of the banks' and validators' pages
    r"FR76 ?3000 ?6000 ?0112 ?3456 ?7890 ?189|GB33 ?BUKB ?2020 ?1555 ?5555 ?55)(?![\w])"
)
# ... but someone may really hold one of those accounts: only believed a sample when the text says so.
_DOC_WORDS = re.compile(
    r"(?i)\b(?:examples?|sample|test|format|valid|validate|validation|dummy|placeholder|template|regex|checksum|"
    r"documentation|docs|manual|tutorial|handleiding|voorbeeld|documentatie|beispiel|dokumentation|handbuch|"
    r"anleitung|exemple|documentation|ejemplo|documentación|manual|esempio|documentazione|manuale|exemplo|"
    r"documentação|exempel|dokumentation|"
    # how a check digit works: "Wie funktioniert die Prüfziffer bei der IBAN? Erklär es an ES91 ..."
    r"prüfziffer\w*|prüfsumme|check digits?|controlegetal|chiffres? de contrôle|dígitos? de control|cifre di controllo|"
    # a sample form and its stand-in holder ("steht auf jedem Musterformular", "Max Mustermann mit der IBAN ...")
    r"muster\w*|john doe|jane doe|fulano de tal|mario rossi|jan modaal)\b"
)
_DOC_EXAMPLES = re.compile(  # (Latin boundaries, as the cards': "테스트 카드 번호 4000 0566 5566 5556는", a particle glued on)
    r"(?<![0-9A-Za-z_])(?:"
    + "|".join("[ -]?".join(card) for card in _TEST_CARDS) + "|"  # in any grouping: "3782 822463 10005"
    r"(?:\+?1[ .-]?)?\(555\)[ .-]?[0-9]{3}[ .-]?[0-9]{4}|555-555-5555)(?![0-9A-Za-z_])"
)
# A network in CIDR notation with a short prefix ("10.20.0.0/16", "100.64.0.0/10") is a block of the address plan,
# not anyone's machine. (From /17 on it is one site's LAN, "10.189.147.0/24": that says where someone is.)
_CIDR = re.compile(r"(?<![\w.])(?:[0-9]{1,3}\.){3}0/(?:[0-9]|1[0-6])(?![\w])")
# Addresses reserved for documentation (RFC 3849, RFC 5737), which every tutorial prints, in a text that speaks of
# examples or docs, and the identifiers of papers ("arXiv:1706.03762", "doi:10.1145/3292500.3330701"), which read like phone numbers.
_DOC_ADDRESS = re.compile(
    r"(?i)(?<![\w:.])(?:2001:0?db8:[0-9a-f:.]*|192\.0\.2\.[0-9]{1,3}|198\.51\.100\.[0-9]{1,3}|203\.0\.113\.[0-9]{1,3})(?![\w.])"
)
# A text that speaks of documentation or examples ("every tutorial", "in its examples"; not the domain "example.org").
_DOC_CONTEXT = re.compile(
    r"(?i)(?<![@.\w])(?:tutorials?|docs|documentation|guides?|examples?|samples?|placeholders?|rfcs?(?: ?(?:3849|5737))?|"
    r"beispiel\w*|exemples?|ejemplos?|esempi[oa]?|exemplos?|voorbeeld\w*|doku\w*)(?![.@-]?\w)"
)
_PAPER_ID = re.compile(r"(?i)\b(?:arxiv:?[ \t]*[0-9]{4}\.[0-9]{4,5}(?:v[0-9]{1,2})?|doi:?[ \t]*10\.[0-9]{4,9}/[^\s\"'<>]+|10\.[0-9]{4,9}/[^\s\"'<>]+)")
# A CAS registry number (a chemical's: "7732-18-5" is water), told by its name and its check digit: the figures before
# it weighted 1, 2, 3... from the right, modulo 10. It reads like a phone number's groups.
_CAS_NUMBER = re.compile(r"(?<![\w.-])([0-9]{2,7})-([0-9]{2})-([0-9])(?![\w]|[.-][0-9])")


def _cas_valid(m: re.Match[str]) -> bool:
    figures = (m.group(1) + m.group(2))[::-1]
    return sum(i * int(f) for i, f in enumerate(figures, 1)) % 10 == int(m.group(3))


# Detections these ranges veto. SECRET and EMAIL are never vetoed: a key inside a URL is still a key.
_WEAK = frozenset({EntityType.PHONE, EntityType.DATE, EntityType.DATE_OF_BIRTH, EntityType.IP_ADDRESS,
                   EntityType.NATIONAL_ID, EntityType.US_SSN, EntityType.CREDIT_CARD, EntityType.PERSON,
                   EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.ADDRESS, EntityType.IBAN})


# Where the number-shaped patterns can start. Each opens with a look back, which leaves `re` no first character to
# skip to, and tried at every character they cost ~0.3 ms together on a 1 KB text; tried only at the words that open
# like one of their matches (the text's word index) or at the few characters they can open with, they find the same.
_FIGURES = tuple("0123456789")
_VERSION_INITIALS = (*_FIGURES, "v")  # ("v2.1 and v2.3")
_HEX_INITIALS = (*_FIGURES, *"abcdef")
_HEX_CHARACTERS = frozenset("0123456789abcdefx")  # (with the "x" of "0x")
_CURRENCY_SIGNS = "$€£¥₹"
_DOC_EXAMPLE_START = re.compile(r"[0-9+(](?<![0-9A-Za-z_][0-9+(])")  # (the scan skips to the figures, "+" and "(")


def _opening_with(text: str, initials: tuple[str, ...]) -> list[int] | None:
    """Ascending starts of the words (runs of \\w) of the lower-cased text opening with one of `initials`; None when
    case-folding is not simple."""
    index = word_index(text)
    if index is None:
        return None
    return sorted(at for initial in initials for word in index.by_initial.get(initial, ()) for at in index.starts[word])


def _at_words(pattern: re.Pattern[str], text: str, initials: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches open a word with one of `initials`."""
    starts = _opening_with(text, initials)
    return pattern.finditer(text) if starts is None else matches_at(pattern, text, starts)


def _hex_runs(text: str) -> Iterator[re.Match[str]]:
    """`_HEX.finditer(text)`: its matches are whole words of hex figures, seven at least."""
    index = word_index(text)
    if index is None:
        return _HEX.finditer(text)
    starts = sorted(at for initial in _HEX_INITIALS for word in index.by_initial.get(initial, ())
                    if len(word) >= 7 and _HEX_CHARACTERS.issuperset(word) for at in index.starts[word])
    return matches_at(_HEX, text, starts)


def _prices(text: str) -> Iterator[re.Match[str]]:
    """`_PRICE.finditer(text)`: its matches open with a currency sign or a word's first figure."""
    starts = _opening_with(text, _FIGURES)
    if starts is None:
        return _PRICE.finditer(text)
    for sign in _CURRENCY_SIGNS:
        starts.extend(occurrences(text, sign))
    return matches_at(_PRICE, text, sorted(set(starts)))


def negative_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of text that hold identifiers of things, not people (sorted, merged)."""
    ranges: list[tuple[int, int]] = []
    if mentions(text, _REFERENCE_CUES):
        ranges.extend(m.span("id") for m in finditer_cued(_REFERENCE, _REFERENCE_START, text)
                      if not _ARTICLE_EIN.match(m.group())
                      and not _SSN_NAMED_BEFORE.search(text, max(0, m.start() - 24), m.start()))
    if "#" in text:
        ranges.extend(m.span() for m in _HASH_REF.finditer(text))
    if "/" in text and mentions(text, _COURT_CUES):
        ranges.extend(m.span("id") for m in _COURT_FILE.finditer(text))
    if mentions(text, _FLIGHT_CUES):
        ranges.extend(m.span() for m in finditer_words(_FLIGHT, text))
    if _VERSION_NUMBER.search(text):
        ranges.extend(m.span() for m in finditer_cued(_VERSION, _VERSION_START, text) if not _address_not_version(text, m))
        for m in _at_words(_VERSION_PAIR, text, _VERSION_INITIALS):
            if not (_DOTTED_QUAD.fullmatch(m.group("a")) and _DOTTED_QUAD.fullmatch(m.group("b"))):
                ranges.extend((m.span("a"), m.span("b")))
    if text.count("-") >= 4:  # (a UUID has four)
        ranges.extend(m.span() for m in _UUID.finditer(text))
    if _DIGIT.search(text):  # (hashes, prices and the documented numbers all hold one)
        # (not an IBAN typed in lower case: "de89370400440532013000" is all hex figures, and an account)
        ranges.extend(m.span() for m in _hex_runs(text) if not finance.is_iban(m.group()))
        if contains(text, _PRICE_HINTS):
            ranges.extend(m.span() for m in _prices(text))
    if search_words(_DOC_WORDS, text):
        ranges.extend(m.span() for m in finditer_words(_DOC_IBANS, text))
    if "/" in text:
        ranges.extend(m.span() for m in _at_words(_CIDR, text, _FIGURES))
    if "CAS" in text:
        ranges.extend(m.span() for m in _CAS_NUMBER.finditer(text) if _cas_valid(m))
    if ("db8" in text or "DB8" in text or "192.0.2." in text or "198.51.100." in text or "203.0.113." in text) \
            and search_words(_DOC_CONTEXT, text):  # (someone may number their own test network so)
        ranges.extend(m.span() for m in _DOC_ADDRESS.finditer(text))
    if "rXiv" in text or "rxiv" in text or "RXIV" in text or "10." in text and "/" in text:
        ranges.extend(m.span() for m in _PAPER_ID.finditer(text))
    ranges.extend(addresses.sample_ranges(text))
    if ranges and _DIGIT.search(text):
        # A card number with its expiry, its security code or the card's word beside it is a card, whatever the
        # sentence calls it ("her card to buy concert tickets: <card> exp 10/31"): no order or ticket number has those.
        # (a link's parameters are contact.query_fields' below: a documentation link's "card=4242..." is a manual's)
        merged = merge_ranges(ranges)
        ranges = _without(merged, finance.evidenced_cards(text, merged))
    # A link ends at the first CJK stop or bracket ("…/u/3975095052，报名日期2025年12月5日"): what follows is the sentence's,
    # and a date or a name written right after it is not the link's to veto.
    links = [(m.start(), m.start() + len(_CJK_STOP.split(m.group(), 1)[0])) for m in finditer_words(_URL, text)]
    if links:
        # The account a link names ("github.com/maria42/notes") is someone's: it is not vetoed.
        holes = handles.in_links(text)
        # (and an address link inside another's query: "...setWebhook?url=https://81.2.3.4:8443/hook")
        holes += [m.span("ip") for start, end in links for m in _IP_HOST.finditer(text, start, end)]
        # (and the person's own fields a link's query hands over, "?nazwisko=kowalczyk&karta=3754...": contact.query_fields)
        holes += [(start, end) for _, start, end, _ in contact.query_fields(text)]
        ranges.extend(_without(links, sorted(holes)))
    if _DIGIT.search(text):
        # (the test cards of the payment providers' documentation stay vetoed, with an expiry or without)
        ranges.extend(m.span() for m in matches_at(_DOC_EXAMPLES, text, (m.start() for m in _DOC_EXAMPLE_START.finditer(text))))
    return merge_ranges(ranges)


# Ciphertext is made to be handed around: an encrypted envelope whose header names it as such holds nothing a reader
# could use without its key, which is the secret (and is found where it is written). Ansible Vault's body (lines of
# hex figures under "$ANSIBLE_VAULT;1.1;AES256", in a file or indented under "!vault |", or quoted whole in a
# backticked span that closes on its last line), an armoured OpenPGP or age
# message, a sops value ("ENC[AES256_GCM,data:...,iv:...,tag:...,type:str]"). (Not "ENCRYPTED PRIVATE KEY": a key.)
_SEALED_HINTS = ("$ANSIBLE_VAULT;", "BEGIN PGP MESSAGE", "BEGIN AGE ENCRYPTED FILE", "ENC[")
_SEALED = re.compile(
    r"\$ANSIBLE_VAULT;[0-9.]+;[\w-]+(?:;[\w-]+)?[ \t]*\r?\n(?P<hex>(?:[ \t]*[0-9a-fA-F]{16,}(?:[ \t]*(?:\r?\n|$)|(?=[`'\"])))+)"
    r"|-----BEGIN (?P<kind>PGP MESSAGE|AGE ENCRYPTED FILE)-----(?P<armour>[A-Za-z0-9+/=:.,()\s-]*?)-----END (?P=kind)-----"
    r"|ENC\[(?P<sops>[A-Z0-9_]+,data:[A-Za-z0-9+/=]*(?:,[a-z]+:[A-Za-z0-9+/=]*)*)\]"
)


def sealed_ranges(text: str) -> list[tuple[int, int]]:
    """The bodies of encrypted envelopes in `text` (see _SEALED): no span of any type lies inside one."""
    if not any(hint in text for hint in _SEALED_HINTS):
        return []
    return [m.span(next(g for g in ("hex", "armour", "sops") if m.group(g) is not None)) for m in _SEALED.finditer(text)]


# A setting named as an identifier made to be shown holds no secret, however random its value: a public or publishable
# key (Stripe's and Checkout's "pk_...", a payment SDK's public key shipped to browsers), an OAuth client's or a
# merchant's id, an app's id, a captcha's site key. Their secret twins ("..._SECRET", "..._PRIVATE_KEY") are found.
_PUBLIC_SETTING_HINTS = ("public", "publishable", "pubkey", "pub_key", "pub-key", "client_id", "clientid", "client-id",
                         "merchant", "app_id", "appid", "app-id", "application_id", "applicationid", "site_key", "sitekey",
                         "site-key", "site key")
# (as a setting, "SITE_KEY=...", or as prose names it, the value after its name or in brackets: "the site key
# 6Lc... is in our HTML", "public tokens (pk.eyJ...) are safe": what the writer calls public, the reader may see)
_PUBLIC_SETTING = re.compile(
    r"(?i:public[_ -]?(?:key|token)s?|publishable[_ -]?keys?|pub[_-]?key|client[_-]?id|merchant[_-]?id|app(?:lication)?[_-]?id|"
    r"site[_ -]?keys?)[\"'`]?[ \t]*(?:=|:|\(|is[ \t])?[ \t]*[\"'`]?(?P<value>(?=[A-Za-z0-9_.+/=-]*[0-9])[A-Za-z0-9_.+/=-]{6,})")


def public_setting_values(text: str) -> list[tuple[int, int]]:
    """Where the values of settings named as public identifiers lie (see _PUBLIC_SETTING): no secret is found there."""
    if not contains(text, _PUBLIC_SETTING_HINTS):
        return []
    return [m.span("value") for m in _PUBLIC_SETTING.finditer(text)]


def _without(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`ranges` with the `holes` cut out of them."""
    for hole_start, hole_end in holes:
        cut = []
        for start, end in ranges:
            if hole_start < end and start < hole_end:
                cut.extend(r for r in ((start, hole_start), (hole_end, end)) if r[0] < r[1])
            else:
                cut.append((start, end))
        ranges = cut
    return ranges


def vetoed(span: Span, ranges: list[tuple[int, int]]) -> bool:
    """True when `span` is a weak detection lying inside a negative range (`ranges` as returned above)."""
    return span.type in _WEAK and within(ranges, span.start, span.end)


# The score of a town named as someone's own by the verb it follows (moving, commuting, being posted: see
# `places._moves`), which is personal without a first-person word the rules can read in that language.
OWN_PLACE_SCORE = 0.71

# First-person words: a sentence with one of them is about the writer or someone they know.
_PERSONAL_CUE = re.compile(
    r"(?i)\b(?:i|i'm|i’m|i've|i'd|i'll|me|my|mine|myself|we|we're|our|ours|us|im|ive|"
    r"ich|mein|meine|meinen|wir|unser|unsere|je|j'|moi|mon|ma|mes|nous|notre|yo|mis|nosotros|nuestro|"
    r"nuestra|mi|io|il mio|la mia|mio|mia|miei|mie|eu|meu|minha|"
    # Dutch, Danish/Norwegian, Swedish, Polish, Czech, Turkish
    r"ik|mijn|mij|wij|onze|jeg|vores|jag|mitt|mina|vår|vårt|mój|moja|moje|mojego|mnie|já|jsem|můj|mé|"
    r"benim|bana|beni|"
    # Finnish, Lithuanian, Hungarian, Greek, Russian, Ukrainian, Vietnamese, Indonesian, Icelandic, Catalan
    r"minä|minun|olen|meidän|aš|mano|mūsų|vagyok|nekem|εγώ|είμαι|я|мой|моя|мою|мне|меня|мій|мене|tôi|saya|aku|ég|meva)\b"
)
# The Turkish question particle ("açık mı?", "var mi?"), which the case-blind "mi" (Spanish and Italian "my") matches:
# written with a dotless ı, or with a question mark after it, where a possessive has its noun. (No IGNORECASE: it
# would take "ı" for "i".)
_PARTICLE = re.compile(r"[Mm](?:ı|[Ii](?=[ \t]*\?))")


def _first_person(matches: Iterator[re.Match[str]]) -> bool:
    """True when one of the matches of _PERSONAL_CUE is a first-person word, not the Turkish question particle."""
    return any((m.end() - m.start() != 2 or not _PARTICLE.match(m.string, m.start())) and _pronoun_i(m) for m in matches)


# The case-blind cue takes a lower-case "i" for the English "I"; but English writes its pronoun in capitals, and "i" is
# the Polish, Croatian, Czech, Slovak and Catalan "and" and the Swedish, Norwegian and Danish "in" ("Kim była Wisława
# Szymborska i za co ...", "huvudkontor i Älmhult"). A lower-case "i" is the pronoun only as typed in a lower-case
# prompt: before its apostrophe ("i'm") or a verb that follows "I" in English ("i live in ...", "i need ...").
_AFTER_I = frozenset(
    """am was have had live lived living need needed want wanted think thought know knew work worked just also really
    don't dont didn't didnt can can't cant could would will should must got get go went moved move love like hate feel
    felt found saw said tried try used use wish hope bought paid pay sent send called call asked ask wrote write rent
    own owe left lost forgot keep kept made make recently still never already received booked signed""".split()
)
_NEXT_WORD = re.compile(r"[ \t]+([a-z'’]+)")


# Likewise "je" is the French "I" and the Croatian, Serbian, Slovene, Czech and Slovak "is" ("Koliko je visok
# Biokovo ...?"): it is the pronoun in a text with other French words in it.
_FRENCH_WORDS = re.compile(r"(?i)\b(?:le|les|des|une|est|pour|avec|dans|et|du|au|aux|ne|pas|que|qui|suis|mon|ma|mes|"
                           r"c'est|j'ai|voudrais|cherche|habite|travaille|vais|peux|dois|veux|vis|à|depuis|en|chez|mais)\b")


def _pronoun_i(m: re.Match[str]) -> bool:
    """False for a match of _PERSONAL_CUE that is a lower-case "i" used as a conjunction or a preposition, or a "je"
    in a text with no other French word."""
    if m.group().lower() == "je":
        return _FRENCH_WORDS.search(m.string) is not None
    if m.group() != "i":
        return True
    text = m.string
    if text.startswith(("'", "’"), m.end()):
        return True
    nxt = _NEXT_WORD.match(text, m.end())
    return nxt is not None and nxt.group(1) in _AFTER_I


_WHO_WAS = re.compile(
    r"(?i)\b(?:who (?:was|is|were)|biography of|life of|works of|quotes? (?:by|from)|according to|bio of|"
    r"facts about|in the voice of|in the style of|"
    # the same questions about a public figure in other languages
    r"chi era|chi è stato|chi è stata|wer war|qui était|quién fue|quién era|quem foi|quem era|wie was|kim był|kim była|"
    r"kas buvo|kas yra|kto bol|kto bola|kto je|kuka oli|kim jest|ki volt|tell me about|"
    r"kdo byl|kdo byla|vem var|hvem var|ki volt|ki volt a|ki az|kuka oli|kuka on|kim jest|kdo je|wer ist|qui est|"
    r"quién es|chi è|quem é|wie is|vem är|hvem er|ποιος ήταν|ποια ήταν|кто такой|кто такая|кто был|кто была|"
    r"хто такий|хто така|хто був|хто була|biografia di|biografía de|biographie de|biografie van|biografie von|"
    r"(?:opowiedz|berätta|fortæl|fortell|vertel|erzähl|erzähle|parlami|háblame|racconta|raconte|conte)"
    r"(?:[ \t]+(?:mi|mir|me|mig|meg))?(?:[ \t]+(?:krótko|kort|kurz|brevemente|brièvement|in breve))?[ \t]+"
    r"(?:o|om|über|uber|over|di|de|sur|sobre))\s+$"
)
# ... and after the name: "Summarise Simone de Beauvoir's main achievements", "Compare X and Y as characters".
_PUBLIC_AFTER = re.compile(
    r"(?i)^(?:['’]s[ \t]+(?:main[ \t]+|greatest[ \t]+|most famous[ \t]+|best-known[ \t]+)?(?:achievements|legacy|"
    r"works|discoveries|novels|books|paintings|films|quotes)\b|[ \t]+and[ \t]+[^\n.?!]{0,40}?[ \t]+as characters\b|"
    r"[ \t]+as characters\b)"
)
_SENTENCE_ENDS = ".!?\n"
_DIGIT = re.compile(r"[0-9]")
_STRONG = frozenset(EntityType) - {EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.DATE}


# Words that are never a name, a company or a place by themselves, in the languages the gateway meets: form
# fields and column heads ("Name | Phone | DOB", "ПІБ:", "Όνομα:"), mail headers ("Forwarded message"), the
# roles of parties ("Buyer", "Grantor:", "Zmocněnec:"), greetings and the verbs that open a request to
# translate or check ("Tere, Mart!", "Spoštovani,", "Prevedi:", "Перевір"), the thanks and greetings that open or
# close a message ("Grazie, a presto!", "Laba diena, aš ...", "Здравейте, аз съм ..."), pronouns ("Mano vardas"), chat
# words and public offices ("Amtsgericht"). A span made only of them is dropped, whatever found it.
_NEVER_NAME_WORDS = """
name names fullname surname forename firstname lastname nickname username phone telephone tel tel. mobile cell fax
email e-mail mail dob birthday birthdate address iban bic swift ssn id passport nationality gender sex age
vorname nachname geburtsdatum geburtsort telefon handy anschrift adresse wohnort staatsangehörigkeit
nom prénom naissance téléphone courriel nombre apellido apellidos teléfono correo nacimiento dirección
nome cognome telefono indirizzo nascita naam voornaam achternaam geboortedatum adres telefoonnummer
imię nazwisko telefon adres pesel jméno příjmení telefon narození bydliště adresa
όνομα επώνυμο τηλέφωνο τηλέφωνό διεύθυνση άφιξη αναχώρηση κράτηση κράτησης αριθμός
піб рнокпп імʼя ім'я прізвище телефон адреса фио имя фамилия отчество телефон адрес инн снилс заявка
forwarded fwd fw subject from to cc bcc sent date reply re message original attachment
buyer seller vendor grantor grantee agent principal claimant defendant plaintiff respondent applicant landlord
tenant lessor lessee employee employer customer client patient guardian witness beneficiary owner
käufer käuferin verkäufer verkäuferin mieter mieterin vermieter vermieterin vollmachtgeber bevollmächtigter
zmocnitel zmocněnec kupující prodávající pronajímatel nájemce acheteur vendeur mandant mandataire
comprador vendedor poderdante apoderado
hello hi hey dear greetings tere dobrý dobry dobrý deň poštovani poštovana spoštovani spoštovana sveiki labas
labdien ahoj hallo hola bonjour salut ciao buongiorno olá hej hei moi szia merhaba witam dzień dobry
здравствуйте привет привіт добрий день шановна шановний шановні уважаемый уважаемая γεια σας αγαπητέ αγαπητή
prevedi prelož přelož preložte išversk išverskite tõlgi перевір перевірте переведи переведите перекладіть
parašyk parašykite napiš napište napisz przetłumacz übersetze übersetz traduci traduce traduis traduza
vertaal çevir käännä oversæt översätt oversett μετάφρασε
mano mūsų minu meie moj moja moje můj mój мой моя мій моя μου
thx thanks ty pls please legit ok okay number details signed
grazie danke merci gracias obrigado obrigada bedankt tack takk kiitos dziękuję děkuji ďakujem köszönöm teşekkürler
спасибо дякую благодаря ευχαριστώ chào xin cảm ơn καλησπέρα καλημέρα здравейте здрасти добър ден laba diena
mr mrs ms mx dr prof sir madam herr frau mme mlle sr sra
admin administrator root deploy deployer ubuntu ec2-user centos debian git postgres www-data nobody guest jenkins
ansible backup operator
disconnected connected provider providers model models roles requester requestor facility shipping subtotal
auszahlung arbeitgeber arbeitnehmer badge registration virtual card steuer-id steuernummer kind kindes kinder
barua pepe simu kadi jina anwani nama alamat surel pangalan tirahan
amtsgericht landgericht oberlandesgericht finanzamt bürgeramt standesamt einwohnermeldeamt jobcenter
krankenkasse werkstatt hausverwaltung sozialamt ausländerbehörde
"""
# The parties of a lease, a form or a letter, in the languages of the forms people paste (landlord, tenant, account
# holder, "the undersigned", pupil, employer and employee, parent and child, member, passenger, sender, applicant,
# spouse): "Vuokranantaja Antti Niemi", "Alulírott Horváth Eszter", "Intestatario Riccardo De Santis", "Učenik Ivo
# Kovač", "Passenger Dustin Haskins". Never a name; before one, not part of it.
_PARTY_WORDS = """
landlord landlady tenant subtenant lodger flatmate cardholder accountholder undersigned pupil student employee
member passenger sender recipient addressee applicant insured policyholder guarantor debtor creditor spouse tutor
mitglied untermieter untermieterin inhaber inhaberin kontoinhaber kontoinhaberin unterzeichner unterzeichnerin
unterzeichnete unterzeichneter schüler schülerin arbeitnehmer arbeitnehmerin elternteil absender empfänger
antragsteller antragstellerin versicherter versicherte ehepartner ehepartnerin
bailleur bailleresse locataire sous-locataire titulaire soussigné soussignée élève étudiant étudiante employeur
employé employée salarié salariée membre passager passagère expéditeur destinataire demandeur demandeuse assuré assurée
conjoint conjointe
arrendador arrendadora arrendatario arrendataria subarrendatario subarrendataria inquilino inquilina titular suscrito
suscrita alumno alumna estudiante empleador empleadora empleado empleada trabajador trabajadora socio socia miembro
pasajero pasajera remitente destinatario destinataria solicitante asegurado asegurada cónyuge tutora
locatore locatrice conduttore conduttrice intestatario intestataria titolare sottoscritto sottoscritta alunno studente
studentessa lavoratore lavoratrice dipendente genitore passeggero passeggera mittente richiedente assicurato assicurata
coniuge
verhuurder verhuurster huurder huurster onderhuurder rekeninghouder ondergetekende leerling werkgever werknemer
passagier afzender ontvanger aanvrager verzekerde echtgenoot echtgenote
senhorio senhoria arrendatário arrendatária locador locadora locatário locatária aluno aluna estudante empregador
empregadora empregado empregada trabalhadora sócio sócia membro passageiro passageira remetente destinatário requerente
segurado segurada cônjuge
wynajmujący wynajmująca najemca najemczyni właściciel właścicielka posiadacz posiadaczka podpisany podpisana uczeń
uczennica studentka pracodawca pracownik pracownica rodzic dziecko członek pasażer pasażerka nadawca odbiorca
wnioskodawca wnioskodawczyni ubezpieczony ubezpieczona małżonek małżonka
hyresvärd hyresgäst andrahandshyresgäst kontoinnehavare innehavare undertecknad elev arbetsgivare arbetstagare anställd
förälder medlem passagerare avsändare mottagare sökande försäkrad
utleier leietaker fremleier kontoinnehaver innehaver undertegnede arbeidsgiver arbeidstaker ansatt forelder passasjer
avsender mottaker søker forsikret ektefelle udlejer lejer fremlejer kontohaver indehaver arbejdsgiver arbejdstager
forælder afsender modtager ansøger forsikrede ægtefælle
vuokranantaja vuokralainen alivuokralainen tilinhaltija haltija allekirjoittanut oppilas opiskelija työnantaja
työntekijä huoltaja vanhempi lapsi jäsen matkustaja lähettäjä vastaanottaja hakija vakuutettu puoliso
leigusali leigjandi reikningshafi undirritaður undirrituð nemandi vinnuveitandi starfsmaður foreldri farþegi sendandi
viðtakandi umsækjandi
pronajímatel pronajímatelka nájemce nájemkyně podnájemník majitel majitelka držitel podepsaný podepsaná žák žákyně
studentka zaměstnanec zaměstnankyně rodič dítě člen členka cestující odesílatel příjemce žadatel žadatelka pojištěnec
manžel manželka prenajímateľ nájomca majiteľ držiteľ podpísaný podpísaná žiak žiačka zamestnávateľ zamestnanec dieťa
cestujúci odosielateľ príjemca žiadateľ
bérbeadó bérlő albérlő számlatulajdonos tulajdonos alulírott tanuló diák munkavállaló szülő gyermek utas feladó címzett
kérelmező biztosított házastárs
proprietar proprietară locatar chiriaș chiriașă subsemnatul subsemnata elevă studentă angajat angajată părinte copil
membru pasager expeditor destinatar solicitant asigurat soț soție
kiracı öğrenci çalışan veli ebeveyn çocuk üye yolcu gönderen alıcı başvuran sigortalı
εκμισθωτής εκμισθώτρια μισθωτής μισθώτρια ιδιοκτήτης ιδιοκτήτρια δικαιούχος κάτοχος υπογεγραμμένος υπογεγραμμένη
μαθητής μαθήτρια φοιτητής φοιτήτρια εργοδότης εργαζόμενος εργαζόμενη γονέας παιδί μέλος επιβάτης αποστολέας
παραλήπτης αιτών αιτούσα ασφαλισμένος σύζυγος
арендодатель арендатор наниматель наймодатель владелец владелица держатель нижеподписавшийся ученик ученица студент
студентка работодатель работник сотрудник родитель ребёнок ребенок член пассажир отправитель получатель заявитель
застрахованный супруг супруга орендодавець орендар наймач власник власниця учень учениця роботодавець працівник
працівниця дитина пасажир відправник одержувач отримувач заявник заявниця наемодател наемател собственик титуляр
долуподписаният долуподписаната ученичка работодател служител родител дете пътник подател получател съпруг съпруга
закуподавац закупац станодавац подстанар послодавац запослени родитељ члан путник пошиљалац прималац подносилац
zakupodavac zakupac stanodavac podstanar vlasnik vlasnica učenik učenica studentica poslodavac zaposleni zaposlenik
zaposlenica roditelj dijete član putnik pošiljatelj pošiljalac primatelj primalac podnositelj
najemodajalec najemnik najemnica lastnik lastnica imetnik podpisani učenec učenka študent študentka delodajalec starš
otrok potnik prejemnik vlagatelj
nuomotojas nuomotoja nuomininkas nuomininkė savininkas savininkė turėtojas mokinys mokinė studentas darbdavys
darbuotojas darbuotoja vaikas narys keleivis siuntėjas gavėjas pareiškėjas
izīrētājs īrnieks īrniece īpašnieks īpašniece turētājs skolēns skolniece students darbinieks darbiniece vecāks vecāki
bērns biedrs pasažieris sūtītājs saņēmējs iesniedzējs
üürileandja üürnik omanik kontoomanik allakirjutanu õpilane tudeng üliõpilane tööandja töötaja lapsevanem laps liige
reisija saatja saaja taotleja
arrendatari llogater llogatera sotasignat sotasignada alumne estudiant treballador treballadora passatger remitent
destinatari sol·licitant
"""
# Labels of the fields beside a name in those forms (date and place of birth, payment, account, contact, start, the
# names of national numbers, "Full name:" in Greek), and first-person pronouns opening a statement ("Aš, Eglė ...").
_FIELD_WORDS = """
born birth birthplace payment deposit contact signature start dob geb geboren geburtsdatum zahlung konto
bankverbindung kennwort passwort persönliches persönliche beginn né née naissance paiement compte début
nacido nacida nacimiento pago cuenta firma inicio contraseña nato nata nascita pagamento conto inizio
geboortedatum betaling rekening handtekening wachtwoord nascida assinatura início senha
ur urodzony urodzona urodzenia płatność podpis początek hasło urlop narozen narozena narození platba účet heslo
narodený narodená született születési fizetés bankszámla számla aláírás kezdés jelszó telefonszám
născut născută naștere plată semnătură parolă doğum ödeme hesap imza şifre kimlik t.c.
ονοματεπώνυμο ημερομηνία γέννησης πληρωμή λογαριασμός υπογραφή έναρξη κωδικός δημόσια εσωτερική
рождения оплата платеж платёж счёт счет подпись начало пароль договор народження платіж рахунок підпис початок
договір раждане плащане сметка парола рођења плаћање рачун потпис почетак лозинка
rođenja plaćanje uplata račun potpis početak lozinka kontakt rojstva plačilo podpis začetek geslo
gimimo mokėjimas sąskaita parašas pradžia slaptažodis dzimšanas maksājums konts paraksts sākums parole personas kods
sünniaeg makse allkiri algus parool tagatisraha isikukood syntymäaika maksu tili allekirjoitus alkaa alku salasana
osoite puhelin sähköposti henkilötunnus fæðingardagur greiðsla reikningur undirskrift upphaf lykilorð sími netfang
kennitala heimilisfang födelsedatum betalning underskrift lösenord personnummer fødselsdato fødselsnummer passord
adgangskode nås naixement pagament compte signatura inici contrasenya
aadhaar pan cpf dni nie nif oib jmbg egn amka afm cnp emšo taj rnokpp snils bsn cuil cuit rut sv-nr sv-nummer
public publiek öffentliche publique pública pubblico publiczny veřejná
aš es ég én ja jaz
på ar od
ip ipv4 ipv6 wan lan server sunucu modem router profile current school
"""
# What a prompt speaks of as if it acted, and is no one: shops and trades ("Pawnbroker wants ID", "Shop said to ..."),
# the programs of a network, a server or a security log ("Suricata flagged this", "OpenWrt: ..."), the fields of an
# HTTP request or a cloud resource ("Authorization: Basic ...", "role ARN is ..."), and the family as a group
# ("Parents' evening"). Also the form words for a flat, a manager, a document, an arrival and a departure.
_ACTOR_WORDS = """
shop store shopkeeper pawnbroker pawnshop pharmacist chemist bank lender insurer dealer dealership garage mechanic
courier airline hotel landlord agency council helpdesk support seller retailer merchant vendor
laden geschäft händler boutique magasin tienda negozio winkel sklep obchod butik kauppa
parents eltern genitori padres pais ouders rodzice rodiče föräldrar foreldre forældre vanhemmat
openwrt dd-wrt pfsense opnsense suricata snort zeek wireshark tcpdump nmap fail2ban iptables nftables ufw firewalld
nginx apache httpd traefik haproxy caddy grafana kibana prometheus elasticsearch logstash splunk sentry datadog
pihole pi-hole unbound dnsmasq wireguard openvpn tailscale proxmox truenas unraid synology portainer kubernetes
kubectl terraform ansible vagrant jenkins gitlab bitbucket jira confluence postman powershell bash zsh
authorization authentication cookie set-cookie user-agent referer host accept content-type content-length
x-forwarded-for x-real-ip arn sin
daire yönetici yönetim documento documenti dokument arrivo partenza arrivée départ llegada salida ankunft abreise
chegada partida aankomst vertrek przyjazd wyjazd
city shift checkout crypto stdin stdout stderr senior junior paralegal rx parent
experience expérience formation education éducation compétences skills langues languages profil profile
berufserfahrung ausbildung kenntnisse werdegang esperienza istruzione competenze experiencia formación habilidades
ik ich io eu jag jeg minä ve меня мене мой
bom boa dia buenos buenas días bonsoir buonasera
skatteverket försäkringskassan kela skat nav hmrc dvla irs uscis urssaf ameli cpam inps belastingdienst uwv zus
"""
# The words that say how to reach the writer, before the number or the address they give ("Rückfragen unter +49 ...",
# "Può chiamarmi al 059 ...", "Podeu trucar-me al ...", "số điện thoại +84 ...", "chave Pix ..."): capitalised at the
# start of a sentence, they are no one's name.
_REACH_WORDS = """
rückfragen erreichbar unter anrufen rufen sie mich
può puoi chiamarmi chiamami contattarmi scrivermi
podeu pots trucar-me truca'm escriure'm
puede puedes llamarme llámame contactarme escribirme
pode podes ligar ligue-me ligue contactar-me chave pix
appelez-moi appelle-moi joindre contactez-moi écrivez-moi
mail
zadzwoń dzwoń zavolejte volejte napište
số điện thoại sđt
bereikbaar bel te bereiken op
или звоните пишите звоніть пишіть або
"""
_NEVER_NAME_WORDS += _REACH_WORDS
_NEVER_NAME_WORDS += _PARTY_WORDS + _FIELD_WORDS + _ACTOR_WORDS
_NEVER_NAMES = frozenset(_NEVER_NAME_WORDS.split())
_NAME_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.ADDRESS})
_SPAN_WORD = re.compile(r"[^\W\d_](?:[\w'ʼ.-]*\w)?\.?")


# ... and column heads that are names only in another case ("MAC" of a device list; "Mac Giolla Phádraig" is one).
_NEVER_NAMES_IN_CAPITALS = frozenset("MAC IP IPV4 IPV6 HOSTNAME SSID VLAN RSSI DHCP".split())


_LOWER_ARTICLES = frozenset("des der de du of the".split())
# A long word ending in "number" in German and Dutch is a form's field: "Identifikationsnummer", "Kundennummer".
_NUMBER_FIELD_ENDINGS = ("nummer", "nummern", "nummers")


def _never_name(word: str) -> bool:
    low = word.lower()
    return (low in _NEVER_NAMES or low.rstrip(".") in _NEVER_NAMES or word in _NEVER_NAMES_IN_CAPITALS
            or len(low) >= 10 and low.endswith(_NUMBER_FIELD_ENDINGS))


def never_names_only(value: str) -> bool:
    """True when every word of `value` is one that is never a name, a firm or a place ("Mr", "Frau", "Rückfragen
    unter"): what is left of a name once another span took its name."""
    words = _SPAN_WORD.findall(value)
    return bool(words) and all(map(_never_name, words))


_CONTRACTION_AFTER = re.compile(r"n?['’](?:t|ll|re|ve|d)(?![\w])")


def drop_never_names(text: str, spans: list[Span]) -> list[Span]:
    """`spans` without the names, companies and places made only of words that are never one (_NEVER_NAMES), and
    names without the party or field words read into them (_trim_person)."""
    kept = []
    for span in spans:
        if span.type in _NAME_TYPES and _CONTRACTION_AFTER.match(text, span.end):
            continue  # "won" of "won't", "they" of "they'll": a word cut at its contraction is a verb or a pronoun
        if span.type in _NAME_TYPES and span.end - span.start <= 40:
            words = _SPAN_WORD.findall(text[span.start : span.end])
            if words and all(map(_never_name, words)):
                continue
            # ("Identifikationsnummer des Kindes": the field labels around a lower-case article are a label still)
            if len(words) >= 3 and all(_never_name(w) or w in _LOWER_ARTICLES for w in words) and words[0] not in _LOWER_ARTICLES:
                continue
            if len(words) >= 2 and span.type is EntityType.PERSON and words[-1].lower().rstrip(".") in _FIRM_HEADS:
                continue  # "reply to Midland Credit", "Harbour Capital": a firm's name, which the firm rules judge
            if len(words) >= 2 and span.type is EntityType.PERSON and words[-1].lower() in _LANDMARK_HEADS:
                continue  # "Wie hoch ist der Kölner Dom?": a building named after a town or a person
            if len(words) >= 2 and span.type is not EntityType.ADDRESS:
                span = _trim_person(text, span) if span.type is EntityType.PERSON else _trim_party(text, span)
        kept.append(span)
    return kept


# The last word of a firm's name, never of a person's: what it does or what it is.
_FIRM_HEADS = frozenset("""
credit bank banking insurance assurance capital finance financial funding loans lending mortgages holdings group
partners services solutions systems technologies technology motors energy telecom logistics properties realty
utilities collections recovery agency ltd inc llc plc gmbh corp corporation company
plumbing heating electrical roofing construction builders joinery cleaning landscaping catering removals
""".split())


# The last word of a landmark's name, never of a person's: "Kölner Dom", "Tower Bridge", "Olympiastadion". (Not the
# words that are also surnames: Castillo, Torre, Ponte, Palacio, Arena, Temple, Church.)
_LANDMARK_HEADS = frozenset("""
dom cathedral kathedrale katedra cathédrale catedral cattedrale duomo tower turm bridge brücke schloss château
museum musée museo stadium stadion stade estadio kirche église iglesia chiesa abbey abtei basilica mosque moschee
denkmal
""".split())


_LEADING_WORD = re.compile(r"[^\W\d_][\w'ʼ.-]*[ \t]+")
# A field after the name, its label read into it: "Imran Kulkarni, Aadhaar", "Megan Villanueva, SSN".
_TRAILING_FIELD = re.compile(r",[ \t]*([^\W\d_][\w'ʼ.-]*)$")


_PARTY_OR_FIELD = frozenset((_PARTY_WORDS + _FIELD_WORDS).split())


def _trim_party(text: str, span: Span) -> Span:
    """A firm or a place without the party or field words opening it ("Osoite Koulukatu": address; "Vuokranantaja
    Ville": landlord), which a model read into it. (Only those: "Hausverwaltung Schmidt" is a firm's whole name.)"""
    start = span.start
    while (m := _LEADING_WORD.match(text, start, span.end)) is not None and m.group().rstrip().lower() in _PARTY_OR_FIELD:
        start = m.end()
    if start == span.start or span.end - start < 2:
        return span
    return Span(start, span.end, span.type, span.score)


def _trim_person(text: str, span: Span) -> Span:
    """A PERSON span without the party words opening it ("Vuokranantaja Antti Niemi", "Passenger Dustin Haskins":
    landlord, passenger) and without a field label after a comma ("Imran Kulkarni, Aadhaar"); a name is left."""
    start, end = span.start, span.end
    while (m := _LEADING_WORD.match(text, start, end)) is not None and _never_name(m.group().rstrip()):
        start = m.end()
    if (m := _TRAILING_FIELD.search(text, start, end)) is not None and _never_name(m.group(1)):
        end = m.start()
    if (start, end) == (span.start, span.end) or end - start < 2 or not text[start:end].strip():
        return span
    return Span(start, end, span.type, span.score)


_GENERIC_TYPES = frozenset({EntityType.LOCATION, EntityType.ORGANIZATION, EntityType.DATE})


def drop_generic_mentions(text: str, spans: list[Span]) -> list[Span]:
    """Drop famous entities and places/organisations named in prompts that are not about anyone.

    A famous company or person is never PII here; a famous city is, in a sentence about the writer
    ("I live in London"). Any place or organisation in a prompt with no first-person word and no other PII
    ("Compare Samsung and Nvidia as employers") is a general question, not a disclosure; so is a date with its
    year there when the prompt asks ("What happened on 9 November 1989?").
    """
    name_ideas = "name" in text or "Name" in text or "nom" in text or "naam" in text or "navn" in text
    # Each span judged once: the loop below and the test for a personal prompt both need it.
    famous = [_famous(text, s) for s in spans]
    public = [not f and _public_person(text, s, name_ideas) for s, f in zip(spans, famous)]
    # A public figure the prompt asks about is no sign that it is about anyone ("Did Ada Lovelace visit Charles
    # Babbage's workshop in Marylebone?"): only the strong spans that stay make it personal. (Worked out only when
    # a place or an organisation needs it: most prompts have none.)
    personal: bool | None = None
    about_public = any(s.type is EntityType.PERSON and (f or p) for s, f, p in zip(spans, famous, public))
    kept = []
    for span, is_famous, is_public in zip(spans, famous, public):
        if span.score == OWN_PLACE_SCORE and span.type is EntityType.LOCATION and not _moved_by_public_figure(
                text, span, spans, famous, public):
            pass  # a town someone moves or commutes between: personal in any language, however the verb is inflected
        elif is_famous:
            if span.type is not EntityType.LOCATION or not _first_person(_PERSONAL_CUE.finditer(_sentence_around(text, span.start, span.end))):
                continue
        elif is_public:
            continue
        elif span.type in (EntityType.ORGANIZATION, EntityType.LOCATION) and _EPONYM_NOUN.match(text, span.end, span.end + 40):
            continue  # "Addison's disease", "Bell's palsy": a condition named after someone
        elif span.type in _GENERIC_TYPES and (span.type is not EntityType.DATE or _asked_history(text, span, about_public)):
            # (and a date there, its month by name and its year, in a prompt that asks, is the world's, an event
            # asked about: "What happened at Chernobyl on 26 April 1986?"; not "The lease ends on 30 Jun '26.")
            if personal is None:
                # (a birth date read inside a date, "April 1986" of "26 April 1986", is that date read again)
                personal = any(s.type in _STRONG and not f and not p and not _inside_date(s, spans)
                               or s.score == OWN_PLACE_SCORE and s.type is EntityType.LOCATION
                               for s, f, p in zip(spans, famous, public)) or \
                    _first_person(finditer_words(_PERSONAL_CUE, text))
            if not personal and not (span.type is EntityType.ORGANIZATION and _addressed(text, span)):
                continue
        kept.append(span)
    if personal is False:
        kept = [s for s in kept if not _inside_date(s, spans)]  # (the date it was read in is dropped)
    return kept


def _moved_by_public_figure(text: str, span: Span, spans: list[Span], famous: list[bool], public: list[bool]) -> bool:
    """True for a town a public figure moved to or from, told in a sentence without a first-person word ("Why did
    Marie Curie move from Warsaw to Paris?"): history told of someone known, not the writer's move."""
    sentence_start = max(0, *(text.rfind(ch, 0, span.start) + 1 for ch in _SENTENCE_ENDS))
    # (a famous name the rules knew and so never took for a span is read from the words before the town)
    if not any(s.type is EntityType.PERSON and (f or p) and sentence_start <= s.start < span.start
               for s, f, p in zip(spans, famous, public)) and not _names_famous_person(text, sentence_start, span.start):
        return False
    return not _first_person(_PERSONAL_CUE.finditer(_sentence_around(text, span.start, span.end)))


def _names_famous_person(text: str, start: int, end: int) -> bool:
    """True when text[start:end] names a public figure of FAMOUS by their name in capitals, which the rules knew and so
    never took for a span ("Ada Lovelace", "Marie Curie")."""
    return any(" ".join(m.group().split()).lower() in FAMOUS[EntityType.PERSON]
               for m in _CAPITALISED_RUN.finditer(text, start, end))


_CAPITALISED_RUN = re.compile(r"[A-ZÀ-Þ][^\W\d_]+(?:[ \t]+(?:(?:de|da|van|von|du|di|la|le)[ \t]+)?[A-ZÀ-Þ][^\W\d_]+){0,3}")
_YEAR = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")
_MONTH_NAME = re.compile(r"[^\W\d_]{3,}")
# (a question mark, or one of these words: looked up in the text's word index)
_ASKING = re.compile(r"(?i)\b(?:explain|summari[sz]e|describe|erkläre|erklären|explique|explica|spiega|"
                     r"объясни|расскажи|wyjaśnij|leg uit|förklara|forklar)\b")


def _asked_history(text: str, span: Span, about_public: bool = False) -> bool:
    """True for a date written as history writes it, its month by name and its year ("9 November 1989", "12 апреля
    1961"; not a deadline's "03.02.2025"), in a prompt that asks a question or asks for an explanation. The year may
    stand just after the date a rule read without it ("le 14 juillet 1789": an old year no birth date has); in a
    prompt about a public figure the day and month by name are enough ("Why is 23 June kept for Alan Turing?": a
    day the world marks for someone known)."""
    if _MONTH_NAME.search(text, span.start, span.end) is None or ("?" not in text and search_words(_ASKING, text) is None):
        return False
    return (_YEAR.search(text, span.start, span.end) is not None or _YEAR_AFTER.match(text, span.end) is not None
            or about_public or _names_famous_person(text, 0, len(text)))


_YEAR_AFTER = re.compile(r",?[ \t]+[0-9]{4}(?![0-9])")


def _inside_date(span: Span, spans: list[Span]) -> bool:
    """True for a birth date lying inside a DATE span of `spans`: the same words read as the other kind of date."""
    return span.type is EntityType.DATE_OF_BIRTH and any(
        s.type is EntityType.DATE and s.start <= span.start and span.end <= s.end for s in spans)


def _who_was_last_words() -> frozenset[str]:
    """The words _WHO_WAS's phrases end with ("was", "of", "about", "sobre", ...), in lower case: read off its
    alternatives, "who (?:was|is|were)|...|according to|..." and the "(?:o|om|über|...)" that ends its last one."""
    source = _WHO_WAS.pattern
    head = source[source.index(r"\b(?:") + len(r"\b(?:") : source.index("|(?:opowiedz")]
    words = set(source[source.rindex("(?:") + len("(?:") : source.rindex("))")].split("|"))
    for alternative in head.split("|"):  # ("who (?:was", "is", "were)": the inner alternation's words each)
        words.add(alternative.split()[-1].strip("(?:)").lower())
    return frozenset(words)


_WHO_WAS_LAST_WORDS = _who_was_last_words()


def _asks_who(text: str, start: int) -> bool:
    """`_WHO_WAS.search(text, max(0, start - 40), start)`: tried only when the word before the spaces ahead of
    `start` is one its phrases end with. The pattern ends in "\\s+$", so its phrase ends where those spaces begin; a
    case-insensitive alternation of some 120 phrases tried at each of 40 characters is dear (~7 µs a span), the
    look at the last word cheap. (A word not in ASCII goes to the pattern: `re` folds some letters to others.)"""
    lo = max(0, start - 40)
    word = _word_before_spaces(text[lo:start])
    if word is None or word.isascii() and word.lower() not in _WHO_WAS_LAST_WORDS:
        return False
    return _WHO_WAS.search(text, lo, start) is not None


def _word_before_spaces(before: str, comma: bool = False) -> str | None:
    """The run of \\w that `before` ends with once its closing spaces (and, with `comma`, a comma and the spaces
    before it) are left out; None when it does not end in a space, where a pattern ending in "\\s+$" cannot match."""
    rest = before.rstrip()  # (str.isspace is what `re` takes for \s)
    if len(rest) == len(before):
        return None
    if comma and rest.endswith(","):
        rest = rest[:-1].rstrip()
    at = len(rest)
    while at > 0 and (rest[at - 1].isalnum() or rest[at - 1] == "_"):  # (\w)
        at -= 1
    return rest[at:]


def _public_person(text: str, span: Span, name_ideas: bool) -> bool:
    """True for a PERSON span that names no one in the writer's life: a public figure asked about, a thing named
    after someone, a stock character or a name weighed for a pet."""
    if span.type is not EntityType.PERSON:
        return False
    if _asks_who(text, span.start):
        # "Who was Ernest Hemingway?": a public figure asked about by name ("according to Leonardo Carvalho's notes"
        # is someone's)
        return not text.startswith(("'s", "’s"), span.end)
    if _PUBLIC_AFTER.match(text[span.end : span.end + 80]) and not personal_sentence(text, span):
        return True  # "Summarise Wisława Szymborska's main achievements": asked about for what they did
    if _not_a_person(text, span) or _placeholder_cast(text, span) or _asked_if_real(text, span):
        return True
    # "Dog name ideas: we like Bailey, Max and Luna": names weighed for a pet or a baby, not people
    return name_ideas and bool(_NAME_IDEAS.search(_sentence_around(text, span.start, span.end)))


# A question whether a character is (based on) a real person, or a person at all: "Is Mr Darcy based on a real
# person?", "Was Robin Hood a real man?", "Is 'Jack Daniel's' a person or a brand?". The name is a character's or a
# brand's, asked about; nobody in the writer's life.
_REAL_PERSON_AFTER = re.compile(
    r"(?i)['’\"]?(?:['’]s)?['’\"]?[^.!?\n]{0,30}?\b(?:(?:based on|inspired by)[ \t]+(?:a[ \t]+)?real[ \t]+|a[ \t]+real[ \t]+|"
    r"an?[ \t]+actual[ \t]+|real[ \t]+or[ \t]+fictional|fictional[ \t]+|a[ \t]+)"
    r"(?:person|people|human|man|woman|character|figure)(?:[ \t]+or[ \t]+(?:a|an|just)\b[^.!?\n]*)?\?"
    # ("ever exist?", not "ever live in Leeds?", which asks about someone's life)
    r"|['’\"]?(?:['’]s)?['’\"]?[^.!?\n]{0,30}?\b(?:really|actually|ever)[ \t]+exist(?:ed|s)?[ \t]*\?"
)


def _asked_if_real(text: str, span: Span) -> bool:
    """True for a name asked about as possibly fictional: "... a real person?", "... a person or a brand?"."""
    return bool(_REAL_PERSON_AFTER.match(text, span.end, span.end + 90))


# A message the writer sends to an organisation makes it theirs, with no "my" in the prompt: "Draft a complaint
# to Redfern Removals about ...", "Schreib eine Mail an die Tierarztpraxis Lindenberg", "Escribe un correo a la
# Clínica Dental Robledo", "Napisz maila do Przychodni ...". The preposition (and an article) just before the name,
# a word for the message or its writing earlier in the sentence.
_ADDRESSED_BEFORE = re.compile(
    r"(?i)\b(?:to|an|à|au|a|al|alla|all'|naar|aan|do|till|til|para|per|für|untuk|kepada|gửi|cho|στο|στη|στην|στον|"
    r"к|в|до|na|pro)[ \t]+(?:(?:the|die|der|den|dem|das|la|le|l'|el|il|lo|het|de|o|a|os|as|firmy|firma)[ \t]+)?$"
)
_MESSAGE_WORD = re.compile(
    r"(?i)\b(?:write|email|e-mail|mail|letter|note|message|complaint|reply|respond|draft|send|contact|thank|"
    r"schreib\w*|brief|nachricht|beschwerde|écri\w*|lettre|courriel|réclamation|escrib\w*|correo|carta|mensaje|"
    r"reclamación|scriv\w*|lettera|messaggio|schrijf|bericht|klacht|napisz|napiš\w*|wiadomoś\w*|reklamac\w*|"
    r"skriv|mejl|brev|meddelande|parašyk|laišką|γράψε|μήνυμα|напиши|напишите|письмо|лист|претензи\w*|viết|thư|"
    r"tulis|buatkan|pesan|surat|kirjoita|viesti|scrie|scrisoare|yaz|napiši|skrifaðu|escriu|correu|escreve|escreva|"
    r"objedna\w*|zamów\w*)\b"
)


def _addressed(text: str, span: Span) -> bool:
    """True when `span` is the organisation a message of the writer's goes to (see _ADDRESSED_BEFORE)."""
    if not _ADDRESSED_BEFORE.search(text, max(0, span.start - 16), span.start):
        return False
    return bool(_MESSAGE_WORD.search(_sentence_around(text, span.start, span.end)))


# A name followed by one of these is a method or a law named after someone ("Kaplan-Meier estimator",
# "Mann-Whitney U test"), not a person in the prompt.
_EPONYM_NOUN = re.compile(
    r"(?i)(?:-[A-Z][\w-]*)*['’]?s?\s+(?:[A-Z]\s+)?(?:tests?|estimators?|curves?|methods?|theorems?|algorithms?|"
    r"distributions?|equations?|law|laws|principle|effect|syndrome|disease|index|coefficient|correlation|"
    r"correction|criterion|transform|plot|analysis|model|scale|constant|conjecture|inequality|paradox|"
    r"hypothesis|rule|filter|diagram|number(?![ \t]*[:#]?[ \t]*[+(0-9])|function|process|operator|space|series|integral|method|palsy|razor|"
    r"phenomenon|fallacy|dilemma|scholarship|prize|award|cipher|attack|machine|complex|sign|reflex|ira)\b"
)
# An article or a possessive before a capitalised run makes it a thing ("a Kindle Paperwhite", "my Kobo
# Clara"), and a pet word makes it an animal ("our cat Biscuit").
_THING_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|these|those)\s+|\b(?:buy|bought|get|got|own|have|has|use|using|recommend|or|vs\.?|than)\s+an?\s+|\b(?:my|our|his|her|their|the)\s+(?:new\s+|old\s+)?"
    r"(?:dog|cat|puppy|kitten|pup|hamster|parrot|rabbit|bunny|horse|pony|fish|goldfish|pet|tortoise|turtle|"
    r"guinea pig|budgie|ferret|gecko|snake|lizard|chicken|hen|cow|goat|dogs|cats|pets)\s*,?\s+"
    r"(?:(?:named|called)\s+)?)$"
)
_FAMILY_AFTER = re.compile(r"[ \t]+(?i:family|families)\b")
# Brands that open with a title: "Dr Pepper", "Dr. Martens".
_TITLED_BRANDS = frozenset("pepper martens oetker scholl's scholls clean muscle sheen".split())


def _thing_before_last_words() -> frozenset[str]:
    """The words a match of _THING_BEFORE can end with, before its closing spaces (and the comma after a pet's kind):
    "the", "these", "those", "a", "an", "named", "called" and the kinds of pet, read off the pattern."""
    source = _THING_BEFORE.pattern
    kinds = source[source.index(r"(?:new\s+|old\s+)?(?:") + len(r"(?:new\s+|old\s+)?(?:") : source.index(r")\s*,?\s+")]
    return frozenset({"the", "these", "those", "a", "an", "named", "called"} | {k.split()[-1] for k in kinds.split("|")})


_THING_BEFORE_LAST_WORDS = _thing_before_last_words()


def _thing_before(before: str) -> bool:
    """`_THING_BEFORE.search(before)`, tried only when the last word of `before` (past its closing spaces and a
    comma) is one a match ends with: each of its branches ends in "\\s+$" after one of those words, and the
    case-insensitive pattern tried at each of 40 characters costs ~3.5 µs a span. (A word not in ASCII goes to the
    pattern: `re` folds some letters to others.)"""
    word = _word_before_spaces(before, comma=True)
    if word is None or word.isascii() and word.lower() not in _THING_BEFORE_LAST_WORDS:
        return False
    return _THING_BEFORE.search(before) is not None


_TITLE_BEFORE = re.compile(r"(?i)\b(?:dr|mr|mrs)\.?\s+$")
# A question about a public figure: "How many titles did Serena Williams win?".
_WH_QUESTION = re.compile(r"(?i)(?:^|[.!?\n]\s*)(?:how|what|why|when|where|which|who|whom|did|does|is|was)\b[^.!?\n]*$")
# ... opening further back, over the initials of other names ("Who was richer in today's money, John D. Rockefeller or
# Mansa Musa?"): the question word after a sentence end (not an initial's full stop) or at the start of the text.
_WH_QUESTION_OPENING = re.compile(
    r"(?i)(?:\A|(?<![\s.][A-Z])[.!?\n])\s*(?:how|what|why|when|where|which|who|whom|did|does|is|was)\b"
    r"(?:[^.!?\n]|(?<=[\s.][A-Z])\.)*$"
)


def personal_sentence(text: str, span: Span) -> bool:
    """True when the sentence around `span` has a first-person word in it ("my aunt Frida's paintings")."""
    return _first_person(_PERSONAL_CUE.finditer(_sentence_around(text, span.start, span.end)))


def _not_a_person(text: str, span: Span) -> bool:
    before = text[max(0, span.start - 40) : span.start]
    value = text[span.start : span.end].lower()
    if _EPONYM_NOUN.match(text, span.end, span.end + 40):
        return True
    if _thing_before(before) and not _FAMILY_AFTER.match(text, span.end):  # ("the Okafor family": people)
        return True
    if value in _TITLED_BRANDS and _TITLE_BEFORE.search(before):  # (the set first: the pattern is tried at 40 places)
        return True
    if " " not in value or "?" not in text[span.end : span.end + 200]:
        return False
    sentence = _sentence_around(text, span.start, span.end)
    if not (_WH_QUESTION.search(before) or _WH_QUESTION_OPENING.search(text, max(0, span.start - 120), span.start)):
        return False
    return not _first_person(_PERSONAL_CUE.finditer(sentence)) and not _ADDRESSED_Q.search(before)


# A question about names themselves: ideas or suggestions for naming a pet, a baby or a character.
_NAME_IDEAS = re.compile(
    r"(?i)\bname (?:ideas|suggestions|options|shortlist)\b|\bbaby names\b|\b(?:pet|dog|cat|puppy|kitten) names\b|"
    r"\bnames? for (?:a|my|our|the) (?:new )?(?:dog|cat|puppy|kitten|pet|baby|boy|girl|character|hamster|rabbit)\b|"
    r"\bnamensideen\b|\bnoms? pour (?:un|une|mon|ma|notre) (?:chien|chat|chiot|bébé)\b|\bnombres para (?:un|una|mi) (?:perro|gato|bebé)\b"
)


# "did Maria pay?" in a support thread is about a customer: only questions with no one else in the text.
_ADDRESSED_Q = re.compile(r"(?i)\b(?:customer|client|tenant|employee|patient|colleague|user|student)\b")


# The stock characters of cryptography and protocol examples: "Alice sends Bob a key; Eve listens".
_CAST = re.compile(r"\b(?:Alice|Bob|Carol|Dave|Eve|Mallory|Trent|Peggy|Victor)\b")


# The "John Doe" of each country. Common real names too, so believed placeholders only in a text that speaks of
# placeholders: one naming "John Doe", "placeholder", "dummy" or "fictional".
_STAND_INS = frozenset(
    """jan jansen|jan kowalski|anna kowalska|juan pérez|juan perez|mario rossi|jean dupont|marie dupont|john smith|
    jane smith|ivan ivanov|ivan petrov|jan novák|jan novak|juan del pueblo|pierre dupont|erika musterfrau|
    medelsvensson|svensson|kari nordmann|ola nordmann|fulano|fulano de tal|beltrano|sicrano|mengano|zutano|
    tizio|caio|sempronio|joe bloggs|john doe|jane doe|max mustermann|erika mustermann|otto normalverbraucher|
    matti meikäläinen|jan modaal|tommy atkins|joe public|john q. public|ramón pérez|maría pérez|gipsz jakab|
    kovács jános|иван иванов|иван петров|пётр петров|петро петренко|іван іваненко|jan jansen|jens hansen|
    mustermann|pepito pérez|zé ninguém|nguyễn văn a|taro yamada|yamada taro|山田太郎|山田 太郎|张三|李四|홍길동""".replace("\n", "").split("|")
)
_STAND_IN_CONTEXT = re.compile(
    r"(?i)\b(?:john doe|jane doe|placeholder|dummy|fictional|fictitious|made-up|stand-in|generic name|samples?|examples?|test data|"
    r"in general|hypothetically|hypothetical|for instance|for example|templates?|vorlage|modèle|plantilla|modello|sjabloon|"
    # the manuals and documentation that print the same stand-in ("Nei manuali c'è sempre ... di Mario Rossi")
    r"manuals?|manuale|manuali|manuel|manuels|manual|manuales|handbuch|handbücher|handleiding|documentation|docs|"
    r"documentazione|documentación|dokumentation|tutorials?|textbooks?|faker|"
    # test data in other words and languages: "a unit-test fixture has the user ...", "in onze testdata staat ..."
    r"testdata|test-data|testdaten|test fixtures?|fixtures?|unit[- ]tests?|mock data|seed data|datos de prueba|"
    r"escribiendo tests|dati di test|dados de teste|données de test|dane testowe|testovací data|testdatan?|"
    # a sample, a template or an example in other languages: "v ukázkovém formuláři vždy jméno ...? Je to jen vzor?"
    r"vzor|vzorový|vzorové|ukázkov\w*|příklad\w*|przykład\w*|wzór|wzoru|beispiel\w*|muster|voorbeeld\w*|exemple\w*|"
    r"ejemplo\w*|esempio|esempi|exemplo\w*|esimerkki\w*|exempel\w*|eksempel\w*|minta|példa\w*|örnek\w*|"
    r"пример\w*|образец|образц\w*|приклад\w*|зразок|παράδειγμα|mẫu|ví dụ)\b(?![.@-]\w)"
)


def _placeholder_cast(text: str, span: Span) -> bool:
    value = text[span.start : span.end].strip("'\"‘’“”")  # ("'Jan Jansen'" with the quote a rule took in)
    if _CAST.fullmatch(value) and len(set(_CAST.findall(text))) >= 2:
        return True
    return " ".join(value.lower().split()) in _STAND_INS and bool(search_words(_STAND_IN_CONTEXT, text))


# A case ending written after an apostrophe (Turkish, and Finnish after a foreign name: "Atatürk'ün", "Linuxin").
_CASE_SUFFIX = re.compile(r"(?<=\w)['’][^\W\d_A-ZÇĞİÖŞÜ]{1,5}$")


_CAMEL = re.compile(r"[a-z][A-Z]")


def _famous(text: str, span: Span) -> bool:
    value = text[span.start : span.end].strip().strip("'\"‘’“”")
    if value.endswith(("'s", "’s")):
        value = value[:-2]
    elif (suffix := _CASE_SUFFIX.search(value)) is not None:
        value = value[: suffix.start()]  # "Atatürk'ün", "İstanbul'daki": a Turkish case ending after the apostrophe
    value = value.lower()
    for suffix in (" jr.", " jr", " sr.", " sr"):
        if value.endswith(suffix):
            value = value[: -len(suffix)].rstrip(",")
    if value in _ANY_FAMOUS if span.type is EntityType.PERSON else value in FAMOUS.get(span.type, ()):
        return True
    if span.type is EntityType.ADDRESS and len(value) >= 10 and any(a.startswith(value) for a in FAMOUS[EntityType.ADDRESS]):
        return True  # "308 Negra Arroyo" of "308 Negra Arroyo Lane": a model's cut of a famous address
    if span.type is EntityType.LOCATION and value in FAMOUS[EntityType.ORGANIZATION]:
        return True  # "works in VLC but not in Frigate": a program or a brand the model took for a place
    if span.type is not EntityType.ADDRESS and value in FAMOUS[EntityType.PERSON]:
        # a public figure the model took for a place or a firm ("ο Σωκράτης ή ο Αριστοτέλης"); as a place it is
        # still kept in a sentence about the writer ("I live in Lincoln"), as famous places are
        return True
    # A brand written in camel case with a case ending ("na GitHubu", "w GitHubie", "YouTubeen"): the brand's
    if " " not in value and len(value) > 6 and _CAMEL.search(text, span.start + 1, span.end):
        return any(value[:-cut] in FAMOUS[EntityType.ORGANIZATION] for cut in (1, 2, 3))
    return False


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end): from after the last of _SENTENCE_ENDS in the 300 characters before it
    to the first in the 300 after it (looked up with str.rfind and str.find, not a scan per character)."""
    lo, hi = max(0, start - 300), min(len(text), end + 300)
    left = max(lo, *(text.rfind(ch, lo, start) + 1 for ch in _SENTENCE_ENDS))
    right = min((at for at in (text.find(ch, end, hi) for ch in _SENTENCE_ENDS) if at >= 0), default=hi)
    return text[left:right]


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for g in groups for w in g.split("|") if w.strip())


FAMOUS: dict[EntityType, frozenset[str]] = {
    EntityType.LOCATION: _words(
        "France|Germany|Italy|Spain|Portugal|the UK|UK|United Kingdom|Britain|England|Scotland|Ireland|Wales|"
        "the US|US|USA|the United States|United States|America|Canada|Mexico|Brazil|Argentina|Chile|Peru|"
        "Colombia|Japan|China|India|Korea|South Korea|Vietnam|Thailand|Indonesia|Australia|New Zealand|Russia|"
        "Ukraine|Poland|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Greece|Turkey|"
        "Egypt|Kenya|Nigeria|South Africa|Morocco|Israel|Iran|Iraq|Saudi Arabia|Europe|Asia|Africa|"
        "North America|South America|Antarctica|the EU|EU|the Middle East|Silicon Valley|California|Texas|"
        "Florida|New York|Paris|London|Berlin|Rome|Madrid|Barcelona|Lisbon|Amsterdam|Brussels|Vienna|Prague|"
        "Budapest|Warsaw|Moscow|Istanbul|Athens|Dublin|Edinburgh|Tokyo|Kyoto|Osaka|Beijing|Shanghai|Hong Kong|"
        "Singapore|Seoul|Bangkok|Delhi|New Delhi|Mumbai|Sydney|Melbourne|Toronto|Vancouver|Montreal|"
        "San Francisco|Los Angeles|Chicago|Boston|Seattle|Washington|Washington D.C.|Miami|Las Vegas|"
        "Mexico City|Rio de Janeiro|São Paulo|Buenos Aires|Cairo|Dubai|Jerusalem|Venice|Florence|Munich|"
        "Zurich|Geneva|Stockholm|Oslo|Copenhagen|Helsinki|Mars|the Moon|Moon|Earth|the Amazon|Amazon|"
        "the Alps|Alps|the Sahara|Mount Everest|Everest|the Pacific|the Atlantic|the Mediterranean|"
        "the Eiffel Tower|Eiffel Tower|the Colosseum|Machu Picchu|the Great Wall|Great Wall|Yellowstone"
    ),
    # The addresses of fiction and of famous buildings that trivia asks about: no one's home.
    EntityType.ADDRESS: _words(
        "221B Baker Street|221b Baker Street|742 Evergreen Terrace|308 Negra Arroyo Lane|4 Privet Drive|"
        "12 Grimmauld Place|124 Conch Street|31 Spooner Street|1640 Riverside Drive|10 Downing Street|"
        "1600 Pennsylvania Avenue|1600 Pennsylvania Avenue NW|350 Fifth Avenue|1 Infinite Loop|"
        "1600 Amphitheatre Parkway|1 Apple Park Way|1313 Mockingbird Lane|0001 Cemetery Lane|"
        "177A Bleecker Street|90 Bedford Street|2311 North Los Robles Avenue|129 West 81st Street"
    ),
    EntityType.ORGANIZATION: _words(
        "Google|Alphabet|Microsoft|Apple|Amazon|Meta|Facebook|Instagram|WhatsApp|Netflix|Tesla|SpaceX|OpenAI|"
        "Anthropic|Nvidia|NVIDIA|Intel|AMD|IBM|Oracle|Salesforce|Adobe|SAP|Siemens|Samsung|Sony|Toyota|"
        "Volkswagen|BMW|Mercedes|Ford|GM|Boeing|Airbus|Uber|Airbnb|Spotify|Twitter|X|LinkedIn|GitHub|"
        "GitLab|Stripe|PayPal|Visa|Mastercard|Shopify|Slack|Zoom|Dropbox|Reddit|Wikipedia|YouTube|TikTok|"
        "Coca-Cola|Pepsi|McDonald's|Starbucks|Walmart|Costco|IKEA|Nike|Adidas|NASA|ESA|CERN|WHO|UN|"
        "the UN|UNESCO|UNICEF|NATO|the EU|EU|the IMF|IMF|the World Bank|World Bank|the Fed|Federal Reserve|"
        "FBI|CIA|NHS|the NHS|IRS|the IRS|FDA|the FDA|Harvard|MIT|Stanford|Oxford|Cambridge|Yale|Princeton|"
        "Berkeley|Caltech|AWS|Azure|GCP|Linux|Mozilla|Python Software Foundation|Apache|Red Hat|Canonical|"
        "Docker|Kubernetes|Cloudflare|Hugging Face|DeepMind|Mistral|Cohere|Meta AI|Goldman Sachs|JPMorgan|"
        "Morgan Stanley|BlackRock|Deloitte|McKinsey|PwC|KPMG|EY|Accenture|Pfizer|Moderna|Johnson & Johnson|"
        # The makers and programs of home networks, cameras, servers and sites that support questions name as the
        # subject of a sentence ("MikroTik", "Frigate asks for...", "Wordfence emailed me"): not anyone's employer.
        "MikroTik|Synology|QNAP|Ubiquiti|UniFi|Netgear|TP-Link|FRITZ!Box|Fritzbox|AVM|pfSense|OPNsense|Frigate|"
        "Home Assistant|Reolink|Hikvision|Plex|Jellyfin|Emby|Wordfence|WordPress|WooCommerce|Composer|Packagist|"
        "Postman|FileZilla|WinSCP|PuTTY|rclone|restic|Grafana|Jenkins|Airflow|ESPHome|Asterisk|WireGuard|OpenVPN|"
        "Tailscale|Nextcloud|Proxmox|TrueNAS|Portainer|Traefik|Caddy|Nginx|Firebase|Supabase|Vercel|Netlify|Heroku|"
        "Sentry|Twilio|Telegram|Discord|Signal|Outlook|Gmail|Thunderbird|Bitwarden|1Password|KeePass|LastPass|"
        "Raspberry Pi|Arduino|Steam|Xbox|PlayStation|Nintendo|Garmin|Fitbit|Strava|Duolingo|Notion|Obsidian|Trello|"
        "Asana|Figma|Canva|Jira|Confluence|Bitbucket|Postgres|PostgreSQL|MySQL|MariaDB|MongoDB|Redis|Elasticsearch|"
        "Gitea|Forgejo|Gogs|Mattermost|Rocket.Chat|Vaultwarden|Immich|Paperless|Pi-hole|AdGuard|"
        # payroll and HR services, public benefits and the shows trivia asks about: not an employer or a place
        "Gusto|Rippling|Deel|Workday|BambooHR|Personio|DATEV|Xero|QuickBooks|Social Security|Medicare|Medicaid|"
        "Blue Badge|Universal Credit|Breaking Bad|Better Call Saul|Game of Thrones|The Sopranos|Stranger Things|"
        "The Simpsons|Friends|The Office|"
        # national rail and airlines a complaint or a fare question is addressed to: public companies
        "Trenitalia|Italo|PKP Intercity|PKP|Deutsche Bahn|DB|SNCF|Renfe|ÖBB|SBB|NS|Eurostar|České dráhy|Ryanair|easyJet|"
        "Lufthansa|KLM|Air France|British Airways|Iberia|Wizz Air|Mercurial|WeeChat|NextAuth|National Insurance"
    ),
    EntityType.PERSON: _words(
        "Einstein|Albert Einstein|Newton|Isaac Newton|Darwin|Charles Darwin|Shakespeare|William Shakespeare|"
        "Napoleon|Napoleon Bonaparte|Julius Caesar|Caesar|Cleopatra|Aristotle|Plato|Socrates|Confucius|"
        "Gandhi|Mahatma Gandhi|Martin Luther King|Martin Luther King Jr.|Abraham Lincoln|Lincoln|"
        "George Washington|Thomas Jefferson|Winston Churchill|Churchill|Marie Curie|Curie|Nikola Tesla|"
        "Tesla|Leonardo da Vinci|da Vinci|Michelangelo|Picasso|Pablo Picasso|Van Gogh|Vincent van Gogh|"
        "Mozart|Beethoven|Bach|Freud|Sigmund Freud|Karl Marx|Marx|Adam Smith|Keynes|John Maynard Keynes|"
        "Alan Turing|Turing|Ada Lovelace|Lovelace|Elon Musk|Musk|Bill Gates|Steve Jobs|Steve Wozniak|Wozniak|Jeff Bezos|"
        "Mark Zuckerberg|Sam Altman|Barack Obama|Obama|Donald Trump|Trump|Joe Biden|Biden|Queen Elizabeth|"
        "Nelson Mandela|Mandela|Mustafa Kemal Atatürk|Atatürk|Taylor Swift|Beyoncé|Jane Austen|Charles Dickens|Dickens|Tolstoy|"
        "Leo Tolstoy|Dostoevsky|Homer|Dante|Galileo|Galileo Galilei|Copernicus|Kepler|Stephen Hawking|"
        "Hawking|Richard Feynman|Feynman|Linus Torvalds|Guido van Rossum|Tim Berners-Lee|Grace Hopper|"
        "Dijkstra|Knuth|Donald Knuth|Euler|Gauss|Pythagoras|Euclid|Kant|Nietzsche|Descartes|Hegel|"
        "Jesus|Buddha|Muhammad|Moses|Santa|Santa Claus|Sherlock Holmes|Harry Potter|Hermione|Gatsby|Hamlet|"
        "Romeo|Juliet|Frodo|Gandalf|Batman|Superman|Spider-Man|Mickey Mouse|"
        # Placeholder people of forms and documentation. Not the placeholders that are also common real
        # names (John Smith, Mario Rossi, Jean Dupont): a real one leaking costs more than a sample
        # being pseudonymized.
        "John Doe|Jane Doe|John Q. Public|Joe Bloggs|Joe Schmoe|Max Mustermann|Erika Mustermann|Fulano de Tal|"
        "Otto Normalverbraucher|Matti Meikäläinen|Maija Meikäläinen|Jan Modaal|"
        # Characters of fiction that prompts ask about by name.
        "Frodo Baggins|Bilbo Baggins|Hermione Granger|Ron Weasley|Elizabeth Bennet|Mr. Darcy|Jay Gatsby|Anna Karenina|"
        "Don Quixote|Holden Caulfield|Atticus Finch|Jane Eyre|Walter White|Sherlock|Dr. Watson|Homer Simpson|"
        "Bart Simpson|Harry Potter|Luke Skywalker|Darth Vader|Captain Ahab|Huckleberry Finn|Tom Sawyer|"
        "Oliver Twist|Ebenezer Scrooge|Hercule Poirot|Miss Marple|James Bond|Indiana Jones|Winnie the Pooh|"
        # People whose names are brands.
        "Tim Hortons|Ralph Lauren|Calvin Klein|Tommy Hilfiger|Hugo Boss|"
        "Ben & Jerry's|Dr. Martens|Dr Martens|Martha Stewart|Estée Lauder|Giorgio Armani|Louis Vuitton|"
        "Jack Daniel|Jack Daniel's|Johnnie Walker|Jim Beam|Jameson|Clarks|Levi Strauss|Levi's|Ferrari|Enzo Ferrari|"
        "Ferdinand Porsche|Henry Ford|Walt Disney|Coco Chanel|Christian Dior|Yves Saint Laurent|Paul Smith|Ted Baker|"
        "Jimmy Choo|Marks & Spencer|John Lewis|Ronald McDonald|Colonel Sanders|Betty Crocker|Uncle Ben's|"
        # The sportspeople of trivia questions, in both orders where a language puts the family name first.
        "Lionel Messi|Messi|Cristiano Ronaldo|Ronaldo|Pelé|Diego Maradona|Maradona|Ferenc Puskás|Puskás Ferenc|Puskás|"
        "Johan Cruijff|Johan Cruyff|Zinedine Zidane|Kylian Mbappé|Erling Haaland|Michael Jordan|LeBron James|"
        "Kobe Bryant|Serena Williams|Venus Williams|Roger Federer|Rafael Nadal|Novak Djokovic|Usain Bolt|"
        "Muhammad Ali|Michael Phelps|Simone Biles|Tiger Woods|Lewis Hamilton|Michael Schumacher|Ayrton Senna|"
        "Sachin Tendulkar|Virat Kohli|Wayne Gretzky|Tom Brady|Eliud Kipchoge|Nadia Comăneci|"
        "Luna Lovegood|Jesse Pinkman|Saul Goodman|Tony Soprano|Jon Snow|Daenerys Targaryen|Tyrion Lannister|"
        # The rich and the rulers of history that prompts compare ("Who was richer, Rockefeller or Mansa Musa?").
        "Mansa Musa|Rockefeller|John D. Rockefeller|John Rockefeller|Andrew Carnegie|Carnegie|Genghis Khan|"
        "Alexander the Great|Augustus|Charlemagne|Queen Victoria|Henry VIII|Louis XIV|Catherine the Great|"
        "Peter the Great|Marco Polo|Christopher Columbus|Columbus|Vasco da Gama|Magellan|Hannibal|Attila|"
        "Warren Buffett|Bernard Arnault|Larry Page|Sergey Brin|Mark Cuban|Oprah|Oprah Winfrey|"
        # The philosophers and writers of school questions as the other languages write them, with the case forms
        # that follow a preposition ("η Ακαδημία του Πλάτωνα", "о Пушкине").
        "Sokrates|Sókrates|Sócrates|Socrate|Sokratész|Platon|Platão|Platón|Platone|Aristoteles|Aristóteles|Aristote|"
        "Aristotele|Arisztotelész|Arystoteles|Homère|Omero|Homero|Homeros|Pitágoras|Pitagora|Pythagore|"
        "Σωκράτης|Σωκράτη|Σωκράτους|Πλάτων|Πλάτωνα|Πλάτωνας|Πλάτωνος|Αριστοτέλης|Αριστοτέλη|Αριστοτέλους|"
        "Όμηρος|Ομήρου|Όμηρο|Πυθαγόρας|Πυθαγόρα|Αρχιμήδης|Αρχιμήδη|Ευκλείδης|Ευκλείδη|Ηρόδοτος|Ηροδότου|"
        "Θουκυδίδης|Περικλής|Περικλή|Ιπποκράτης|Ιπποκράτη|Δημόκριτος|Ηράκλειτος|Επίκουρος|Σοφοκλής|Ευριπίδης|"
        "Αισχύλος|Αριστοφάνης|Μέγας Αλέξανδρος|Μεγάλου Αλεξάνδρου|Καποδίστριας|Καζαντζάκης|"
        "Сократ|Платон|Аристотель|Пушкин|Пушкина|Пушкине|Александр Пушкин|Лев Толстой|Толстой|Толстого|"
        "Достоевский|Достоевского|Чехов|Чехова|Гоголь|Гоголя|Ленин|Ленина|Сталин|Сталина|Пётр Первый|Петр Первый|"
        "Гагарин|Гагарина|Юрий Гагарин|Менделеев|Менделеева|Ломоносов|Ломоносова|Чайковский|Чайковского|"
        "Тарас Шевченко|Іван Франко|Леся Українка|Христо Ботев|Васил Левски|Никола Тесла|Вук Караџић"
    ),
}
# Every kind's famous names at once: a PERSON span is famous when it is any of them (one set lookup per span, not
# one per kind).
_ANY_FAMOUS: frozenset[str] = frozenset().union(*FAMOUS.values())


# An address after a product's name is the machine it logged, not its version ("nginx: 148.119.125.220 - - ..."): four
# parts of at most 255, the first 100 or more (no product's version is so: Chrome's 120.0.6099.109 has a build past 255),
# or followed by what a log writes after a client's address and never after a version: a web log's " - " (the Common
# Log Format's ident and user), its quoted request ('nginx: 10.4.7.21 "POST /login HTTP/1.1" 401'), its bracketed
# time ("[21/Oct/2025:..."), or the client's port ("sshd: 10.4.7.21 port 53679", "redis: 10.4.7.21:6379"); its
# request unquoted too ("node: 10.4.7.21 GET /api/users 500").
_QUAD_AT_END = re.compile(r"(?P<a>[0-9]{1,3})\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$")
_LOG_FIELDS_AFTER = re.compile(
    r"[ \t]+(?:-[ \t]+|\"?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE|PROPFIND)[ \t]+/|\"(?:GET|POST|PUT|PATCH|"
    r"DELETE|HEAD|OPTIONS|CONNECT|TRACE|PROPFIND)[ \t]|\[[0-9]|port[ \t]+[0-9])|:[0-9]{2,5}(?![0-9.:])")


def _address_not_version(text: str, m: re.Match[str]) -> bool:
    quad = _QUAD_AT_END.search(m.group())
    if quad is None or any(int(part) > 255 for part in quad.group().split(".")):
        return False
    return int(quad.group("a")) >= 100 or _LOG_FIELDS_AFTER.match(text, m.end()) is not None
