"""Names written right before their owner's email address or phone number, in any case:
"list: rasmus berg +46 70 123 45 67, elin falk elin.falk@telia.se", "to: noor van den berg <noor69@...>".

People list contacts as name-then-detail; two words that are not common ones, right before an address
or a number, are a first and last name however they are typed. One word is not enough (it is "call"
or "email" as often as a name); `names.names_from_emails` covers a single word the address spells.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from llmvpn.privacy.recognizers._context import before_spaces, has_digit, matches_at
from llmvpn.privacy.recognizers._words import CONTACT_LABELS
from llmvpn.privacy.recognizers.contact import nobodys
from llmvpn.privacy.recognizers.names import is_common
from llmvpn.privacy.spans import EntityType, Span

_WORD = r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))+"
_PARTICLES = r"(?:van|von|der|den|de|da|di|del|della|du|la|le|dos|das|ter|bin|al)"
# (possessive and atomic where giving characters back can never lead to a match, as what must follow them is no
# letter: the same matches, found ~20 % faster, at every word of every text)
_EMAIL = r"[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
# Numbers written the way phone numbers are and card numbers, keys or amounts are not: with a "+", a
# trunk "0" or an area code in brackets, or in the North American 3-3-4 layout.
_PHONE = r"(?:\+|\(?0)[0-9][0-9 ().-]{5,}[0-9]|\([0-9]{3}\)[ .-]?[0-9]{3}[ .-][0-9]{4}|[0-9]{3}[ .-][0-9]{3}[ .-][0-9]{4}"
_BESIDE = re.compile(
    rf"(?<![\w'’-])(?P<name>(?>{_WORD})(?:[ \t]+{_PARTICLES}){{0,2}}[ \t]+(?>{_WORD}))"
    rf"(?:[ \t]*[(<:,–][ \t]*|[ \t]+(?:(?i:at|on|via|op|au|sur|unter|am|al|sul|no|pe|-)[ \t]+)?)"
    # the detail's own label may stand between: "Agnieszka Lewandowska, tel. 0048 516 288 335"
    rf"(?:(?i:tel|tlf|telf|phone|ph|mob|mobile|cell|gsm|e-?mail|mail)\.?:?[ \t]*)?"
    rf"(?P<contact>{_EMAIL}|{_PHONE})(?![\w@-])"
)
# Words around a detail that are not a name, in the languages people list contacts in: its label ("het adres",
# "číslo pasu", Thai "โทร", Hebrew "טלפון") and the little words of a sentence ("met", "usa", "und").
_NOT_A_NAME = frozenset(
    """adres adresse adresa dirección direccion endereço indirizzo correo posta e-posta telefon telefone teléfono
    telefono telefoon tlf tel mobil mobiel handy móvil cellulare celular numer nummer número numero číslo kontakt
    contacto contatto pasu pas paszport passport cpr pesel het de la el le der die das met mit med con avec com och og
    und en et y e ve il usa uses use via naar til till och eller oder ou ó o
    mijn mein meine mon ma mes mi mis meu minha mio mia min mitt mit moje mój můj my our
    bestelling bestellung commande pedido ordine zamówienie objednávka sipariş beställning ordre order
    โทร โทรศัพท์ เบอร์ อีเมล บัตร มือถือ טלפון נייד מייל דוא"ל الهاتف الجوال البريد هاتف جوال""".split()
)
# A lower-case word just before a lower-case "name" shows the sentence running on, unless it is a label
# ("ref anna nowak (601 ...)", "contact jan kowalski 601 ...").
_PROSE_BEFORE = re.compile(r"(?<![\w])([^\W\d_]*[a-zà-ÿ])[ \t]+$")
_LABEL_WORDS = """ref referee reference contact contacts attn name candidate manager agent caller client customer tenant
    from to cc by for call ring text at is"""
_LABELS_BEFORE = frozenset(_LABEL_WORDS.split())
_DATE_LIKE = re.compile(r"[0-9]{1,4}([./-])[0-9]{1,2}\1[0-9]{2,4}")
# A word of a script without capitals (Arabic, Hebrew, Devanagari...) right before the two words: a sentence.
_CASELESS_BEFORE = re.compile(r"(?<![\w])[^\W\d_]+[ \t]+$")


# Where `_BESIDE` is tried. Between a match's start and the first figure or "@" of its detail come only letters, [ \t],
# and the brackets, commas and dots of its connector and label: no figure, no "@", no line break, and at most six
# runs of [ \t] (three in the name with its two particles, two around the connector, one after the label). So a
# match starts at a word's first letter in the stretch before a figure or an "@" that no other figure, "@" or line
# break comes between, after the seventh run of [ \t] counted back from it: a few words before each detail, not
# every word of the text.
_STRETCH = re.compile(r"(?<![^0-9@\n])[^0-9@\n]++(?=[0-9@])")
_NAME_START = re.compile(r"(?<![\w'’-])[^\W\d_]")
_GAPS_BEFORE = 6


def _beside_starts(text: str) -> Iterator[int]:
    """Ascending positions where a match of `_BESIDE` can start (see `_STRETCH`)."""
    for stretch in _STRETCH.finditer(text):
        first, at = stretch.span()
        for _ in range(_GAPS_BEFORE + 1):  # back over the runs of [ \t]: the seventh from the detail bounds the match
            space = max(text.rfind(" ", first, at), text.rfind("\t", first, at))
            if space < 0:
                at = first
                break
            at = before_spaces(text, space, first)
        else:
            at = space + 1  # (just after the seventh run: where its last space was)
        for m in _NAME_START.finditer(text, at, stretch.end()):
            yield m.start()


def _cased(words: str) -> bool:
    """True when the words are written in a script with capitals (Latin, Greek, Cyrillic)."""
    return any(ch.isupper() or ch.islower() for ch in words)


def find(text: str) -> list[Span]:
    """PERSON spans for two-word names written just before an email address or a phone number."""
    if "@" not in text and not has_digit(text):
        return []
    spans = []
    for m in matches_at(_BESIDE, text, _beside_starts(text)):
        contact = m.group("contact")
        if "@" not in contact and (sum(ch.isdigit() for ch in contact) < 8 or _DATE_LIKE.match(contact)):
            continue  # a date, an amount or an order number: not a phone number
        if nobodys(contact, text):
            continue  # "the user Jan Jansen <jan@example.com>", "accept +1 555 0100": a stand-in beside a stand-in
        words = [w for w in m.group("name").split() if not re.fullmatch(_PARTICLES, w, re.IGNORECASE)]
        if words[0][:1].islower() and any(w[:1].isupper() for w in words[1:]):
            continue  # "poslodavac Odvjetnički ured Novak, e-mail ...": a noun, then a name: the end of a firm's name
        if not any(is_common(w) or w.isupper() or w.lower() in CONTACT_LABELS or w.lower() in _NOT_A_NAME for w in words):
            if m.group("name").islower() and (before := _PROSE_BEFORE.search(text, max(0, m.start("name") - 30), m.start("name"))) \
                    and before.group(1) not in _LABELS_BEFORE:
                continue  # "je suis joignable au ...", "hij belt steeds vanaf ...": prose runs on up to the number
            if not _cased(m.group("name")) and _CASELESS_BEFORE.search(text, max(0, m.start("name") - 30), m.start("name")):
                continue  # "اتصل على الرقم ٠٥٠ ...": in a script without capitals, prose runs on the same way
            spans.append(Span(m.start("name"), m.end("name"), EntityType.PERSON, 0.6))
    return spans
