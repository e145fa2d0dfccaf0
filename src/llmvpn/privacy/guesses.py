"""What the detector keeps of a tagger's guesses (token_tagger.py, learned.py): a tagger reads every token and
guesses where no rule would look, so its guesses pass two sanity checks before they join the rules' spans.

    spans = plausible(text, tagger.spans(text))

`_sensible` settles the shape of a guess (an address needs a house number or a postcode; a run of lower-case words
is no name where the text capitalises its names), `_readable` what a reader would never take for PII (one prose
word in lower case, a card's expiry read as a birth date). Both run before the vetoes and the famous-entity filter,
which apply to the guesses as to the rules' finds.
"""

from __future__ import annotations

import re
import unicodedata

from stdnum.br import cpf

from llmvpn.privacy.recognizers import addresses, contact, dates, organisations, secrets
from llmvpn.privacy.recognizers._words import COMMON
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Span


def plausible(text: str, spans: list[Span]) -> list[Span]:
    """The guesses a reader could make: `spans` made of whole words (`_whole_words`), reshaped or dropped by
    `_sensible`, then by `_readable`."""
    if not spans:
        return spans
    if not text.isascii():
        spans = [_whole_words(text, s) for s in spans]
    return _readable(text, _sensible(text, spans))


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


def _whole_words(text: str, span: Span) -> Span:
    """`span` out to the whole words it cuts at a combining mark: a tagger's tokens end before the vowel signs of
    Devanagari or Arabic ("22 जू" of "22 जून 1956"), which are marks, not letters, to a regular expression. (Not in the
    scripts written without spaces between words, Thai, Lao, Khmer and Burmese, where a word runs to the clause's end.)"""
    start, end = span.start, span.end
    if end < len(text) and (_is_mark(text[end]) or _is_mark(text[end - 1]) and text[end].isalpha()) \
            and not _UNSPACED.match(text[end]):
        while end < len(text) and (text[end].isalpha() or _is_mark(text[end])):
            end += 1
    if 0 < start < len(text) and (_is_mark(text[start]) or _is_mark(text[start - 1]) and text[start].isalpha()) \
            and not _UNSPACED.match(text[start]):
        while start > 0 and (text[start - 1].isalpha() or _is_mark(text[start - 1])):
            start -= 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.type, span.score)


_UNSPACED = re.compile(r"[\u0E00-\u109F\u1780-\u17FF]")


# A word after another in the same clause, of two letters or more: capitalised, it shows the clause capitalises
# its names ("..., Оксана Ткаченко, РНОКПП ...").
_INNER_WORD = re.compile(r"(?<=[\w,][ \t])[^\W\d_]{2,}")
_DIGIT = re.compile(r"[0-9]")
_NAME_TYPES = frozenset({E.PERSON, E.ORGANIZATION, E.LOCATION})
_PARTICLES = frozenset("van von der den ten ter zu de da do dos das di del della du la le".split())


# A legal form written with inner full stops, read without its last one ("e.V", "S.A", "B.V", "S.p.A", "s.r.o").
_DOTTED_FORM_END = re.compile(r"(?<![\w.])[^\W\d_]{1,2}(?:\.[^\W\d_]{1,2})+$")


_BIC = re.compile(r"[A-Z]{4}(?:AT|BE|BG|BR|CH|CY|CZ|DE|DK|EE|ES|FI|FR|GB|GR|HR|HU|IE|IS|IT|LI|LT|LU|LV|MT|NL|NO|PL|PT|RO|SE|SI|SK|TR|US)"
                  r"[A-Z0-9]{2}(?:[A-Z0-9]{3})?")
_IBAN_LIKE = re.compile(r"\b[A-Z]{2}[0-9]{2}[ ]?[A-Z0-9]{4}")


def _lines_of_names(text: str, spans: list[Span]) -> list[Span]:
    """A person's name guessed over a line break cut into its lines ("BSCHESMM / CAVALCANTI Yasmin" of a payment
    code: a bank's code above the payee): a name is written on one line, an address over several."""
    out = []
    for span in spans:
        if span.type is not E.PERSON or "\n" not in text[span.start : span.end]:
            out.append(span)
            continue
        at = span.start
        for line in text[span.start : span.end].split("\n"):
            stripped = line.strip()
            # (not a line that opens with a firm's kind: "Lotte Jansen / Boulangerie Martin" is a signature and its shop)
            if any(ch.isalpha() for ch in stripped) and not organisations.names_a_kind(stripped):
                start = at + line.index(stripped)
                out.append(Span(start, start + len(stripped), span.type, span.score))
            at += len(line) + 1
    # "BSCHESMM" above an IBAN: the bank's code, all capitals like a surname
    if any(s.type is E.PERSON and _BIC.fullmatch(text, s.start, s.end) for s in out) and _IBAN_LIKE.search(text):
        out = [s for s in out if not (s.type is E.PERSON and _BIC.fullmatch(text, s.start, s.end))]
    return out


# An address written in Chinese, Japanese or Korean carries the marks of its parts: the postcode's 〒, a prefecture,
# province, city, ward or town, a chōme, block or number, a road, a building's floor or room.
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_CJK_ADDRESS_MARK = re.compile(r"[〒都道府県市区町村郡丁番号路街巷省镇乡栋棟室楼階동호로길구군시도읍면리]")
# ... and ends at its last number with that number's unit (a room, floor, block, building: 号室, 階, 番地, 栋, 호):
# what a script without spaces writes after it is the sentence's ("に住んでいます", "에 살아요").
_CJK_NUMBER_END = re.compile(r"[0-9０-９]+(?:号室|号館|号棟|番地|号|番|室|階|楼|栋|棟|층|호|동|F)?")


def _last_cjk_number(text: str, start: int, end: int) -> int:
    last = None
    for last in _CJK_NUMBER_END.finditer(text, start, end):
        pass
    return end if last is None else last.end()


# A password is typed as one run of characters, its symbols anywhere in it ("Tr@ct0r62!", "Marmalade_1501*"), where a
# tagger reads a symbol as a token of its own: a guessed secret that stops before the symbols closing the run (up to a
# space or the text's end; not the sentence's ".", ",", ":" or ";") takes them, and one that starts at a symbol inside
# the run takes the letters and figures before it. A run that turns out a placeholder ("sk-XXXXXXXX" cut at its "sk")
# is nobody's secret.
_SECRET_SYMBOLS_ON = re.compile(r"[!?*$#%&^~+=@]{1,3}(?!\S)")
_SECRET_LETTERS_BACK = re.compile(r"(?<![^\s\"'`(\[{<=:/])[^\W_]{1,32}$")


def _whole_secret(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    if sum(ch.isalnum() for ch in text[start:end]) < 4:
        return span  # (a stray symbol the tagger took, "&" or "=", says nothing of a run)
    if (on := _SECRET_SYMBOLS_ON.match(text, end)) is not None:
        end = on.end()
    if 0 < start and not text[start].isalnum() and (back := _SECRET_LETTERS_BACK.search(text, max(0, start - 32), start)):
        start = back.start()
    if (start, end) == (span.start, span.end):
        return span
    return None if secrets.is_placeholder(text[start:end]) else Span(start, end, span.type, span.score)


_STREET_WORDS = frozenset("lane street road avenue drive close way court place terrace crescent boulevard".split())
_WORD_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+|[0-9]+[A-Za-z]?)[ \t]+$")


def _sensible(text: str, spans: list[Span]) -> list[Span]:
    """The guesses without those no reader would make: a street address with no house number or postcode in it
    ("REJECT OK", "ημερομηνία γέννησης": log words and labels; a capitalised word alone is taken for the town it
    names), and, in a text that capitalises the names after it, a name, firm or place in lower-case words
    ("prašymą dėl automobilio registracijos", "vormistada üürileping": a request's words), or the lower-case words
    of the sentence run into a firm's name ("iesniegumu bērnudārzam SIA „Dzintars“")."""
    kept = []
    for span in _lines_of_names(text, spans):
        if span.type is E.PERSON and text[span.start : span.end].lower() in _STREET_WORDS \
                and _WORD_BEFORE.search(text, max(0, span.start - 30), span.start):
            continue  # "308 Negra Arroyo Lane": the end of a street's name, not a person called Lane
        if span.type is E.ADDRESS:
            if not _DIGIT.search(text, span.start, span.end):
                words = text[span.start : span.end].split()
                if all(len(w) >= 3 and w.lower() not in COMMON and all(p[:1].isupper() and p[1:].islower() for p in w.split("-"))
                       for w in words):
                    kept.append(Span(span.start, span.end, E.LOCATION, span.score))  # "w Lublin": the town alone
                continue
            if _CJK.search(text, span.start, span.end):
                if not _CJK_ADDRESS_MARK.search(text, span.start, span.end):
                    continue  # "1821822058の荷物が届きません": a number and the words after it, no address's mark in them
                if (last := _last_cjk_number(text, span.start, span.end)) < span.end:
                    span = Span(span.start, last, span.type, span.score)  # "…メゾン栄305に住んでいます": the sentence goes on
            if (bounds := addresses.trim_guess(text, span.start, span.end)) is None:
                continue
            if bounds != (span.start, span.end):
                span = Span(*bounds, span.type, span.score)
        if span.type is E.SECRET:
            span = _whole_secret(text, span)
            if span is None:
                continue
        if span.type is E.ORGANIZATION and _DOTTED_FORM_END.search(text, span.start, span.end) and text.startswith(".", span.end):
            span = Span(span.start, span.end + 1, span.type, span.score)  # "TSV Sonnenhang 1898 e.V." keeps its form's dot
        if span.type in _NAME_TYPES and text[span.start].islower() and " " in text[span.start : span.end]:
            # the names written in it or after it in title case: the writer capitalises names (a dictation typed all in lower
            # case after "Bitte das Diktat in einen Brief umwandeln:" does not, whatever its first words)
            after = _INNER_WORD.finditer(text, span.start, span.end + 300)
            if sum(m.group()[0].isupper() and m.group()[1:].islower() for m in after) >= 2:
                words = text[span.start : span.end].split()
                first = next((i for i, w in enumerate(words) if not w[:1].islower()), None)
                if first is None:
                    continue  # all in lower case
                if span.type is E.ORGANIZATION and not all(w in _PARTICLES for w in words[:first]):
                    start = text.index(words[first], span.start)  # (but "de Vries Family Law" is the firm's name)
                    span = Span(start, span.end, span.type, span.score)
        kept.append(span)
    return kept


_TITLE_BEFORE = re.compile(r"(?i)\b(?:mr|mrs|ms|dr|frau|herr|pan|pani|pane|paní|sr|sra|mme|m|signor|signora|dhr|mevr)\.?[ \t]+$")
_LOWER_GUESS_TYPES = frozenset({E.PERSON, E.ORGANIZATION, E.LOCATION, E.ADDRESS})
# A card's expiry ("exp": "09/28", "valid thru 09/28"): a month and a year, never a birth date.
_EXPIRY_BEFORE = re.compile(
    r"(?i)(?:\b(?:exp\w*|valid\w*(?: thru| until| till)?|gültig\w*(?: bis)?|scad\w*|venc\w*|cad\w*|son kullanma)|"
    r"유효기간|유효 기간|有効期限|有效期|到期|หมดอายุ)[\"':= \t]*$"
)
# A mask over a number's first figures: the figures after it are the number's visible tail, read as nothing else.
_MASK_BEFORE = re.compile(r"(?:[Xx*•●#]{2,}[ \t-]?){1,}$")
_MONTH_YEAR = re.compile(r"(?:0?[1-9]|1[0-2])[/-][0-9]{2}")


# A password weighed against another or given as an example ("Is 'Password123!' really weaker than 'hunter2'?", "the
# docs use 'Tr0ub4dor&3' as an example password") in a sentence that gives it no owner (no "my password", "ours",
# "I use"):
# a specimen of passwords, nobody's secret.
_SPECIMEN_CUE = re.compile(r"(?i)\b(?:weaker|stronger|entropy|example|examples|e\.g\.|for instance|xkcd)\b")
_OWNER = re.compile(r"(?i)\b(?:(?:my|our)[ \t]+(?:[\w-]+[ \t]+)?(?:password|passphrase|passcode|pin|login|account)s?|mine|ours|"
                    r"(?:i|we)(?:'ve)?[ \t]+(?:use|used|set|chose|picked|changed|have|typed))\b")


def _specimen(text: str, start: int, end: int) -> bool:
    left = max(text.rfind(stop, 0, start) for stop in ".!?\n")
    right = min((i for i in (text.find(stop, end) for stop in ("? ", "! ", ". ", "\n")) if i >= 0), default=len(text))
    return bool(_SPECIMEN_CUE.search(text, left + 1, right)) and not _OWNER.search(text, left + 1, right)


# A month's name and an amount written in thousands after it (a table of monthly figures: "Feb 27,828 JPY") is neither
# a date nor an address's number, whatever part of it a tagger took.
_MONTH_AMOUNT_TYPES = frozenset({E.DATE, E.DATE_OF_BIRTH, E.ADDRESS})
_MONTH_AMOUNT = re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\.?[ \t]+"
                           r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])")
_THOUSANDS = re.compile(r"[0-9],[0-9]{3}(?![0-9])")


def _in_month_amount(text: str, start: int, end: int) -> bool:
    if not _THOUSANDS.search(text, max(0, start - 4), min(len(text), end + 12)):
        return False
    for m in _MONTH_AMOUNT.finditer(text, max(0, start - 14), min(len(text), end + 14)):
        if m.start() <= start and end <= m.end():
            return True
    return False


# An id is written whole: the figures of a number in an SSN's, a CPF's or a card's shape (4 x 4), whose rules check the
# whole number, are no id of their own where the tagger read one of its groups as one; and a CPF, a shape no other id has, that fails its
# check digits, or is one figure repeated (which its check passes and the Receita never issues), is none ("CPF
# 333.333.333-33 é recusado?").
_ID_TYPES = frozenset({E.NATIONAL_ID, E.US_SSN})
_CHECKED_ID_SHAPE = re.compile(r"(?<![0-9.-])(?:[0-9]{3}-[0-9]{2}-[0-9]{4}|[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2}"
                               r"|[0-9]{4}([ -])[0-9]{4}\1[0-9]{4}\1[0-9]{4})(?![0-9]|[.-][0-9])")


def _piece_of_checked_id(text: str, start: int, end: int) -> bool:
    for m in _CHECKED_ID_SHAPE.finditer(text, max(0, start - 20), min(len(text), end + 20)):
        if m.start() <= start and end <= m.end():
            return (m.start(), m.end()) != (start, end) or "." in m.group() and not _valid_cpf(m.group())
    return False


def _valid_cpf(value: str) -> bool:
    return cpf.is_valid(value) and len(set(value.replace(".", "").replace("-", ""))) > 1


# A sentence of prose opening with a capital (not a line of markup or of settings, "<Name>philippa</Name>", "USER=fabian").
_PROSE_OPENING = re.compile(r"[ \t]*([^\W\d_])")


def _readable(text: str, spans: list[Span]) -> list[Span]:
    """The guesses without the ones no reader would take: a name, place or address in lower
    case where the text writes in both cases ("проживаю", "miejsce urodzenia", "expiring oh nine": prose
    words), and a card's expiry read as a birth date."""
    kept = []
    for span in spans:
        value = text[span.start : span.end]
        if (span.type in _LOWER_GUESS_TYPES and value.isalpha() and value.islower()
                and not _TITLE_BEFORE.search(text, max(0, span.start - 8), span.start)):
            # one lower-case word in a clause that capitalises its names: "дата народження ..., проживаю за
            # адресою" (but "sehr geehrte frau tanner komma ...", dictated in lower case, keeps its guesses)
            left = max(text.rfind(stop, 0, span.start) for stop in ".!?:;\n")
            right = min((i for i in (text.find(stop, span.end) for stop in ".!?:;\n") if i >= 0), default=len(text))
            inner = [m.group()[0].isupper() for m in _INNER_WORD.finditer(text, left + 1, right)]
            if sum(inner) >= 2 and sum(inner) * 5 >= len(inner):
                continue
            if text[span.start - 1 : span.start] == " " and (opening := _PROSE_OPENING.match(text, left + 1, span.start)) \
                    and opening.group(1).isupper():
                continue  # "Jak zrobić pierogi ruskie?": a writer who opens the sentence with a capital capitalises names
        if _MASK_BEFORE.search(text, max(0, span.start - 12), span.start) and value.isdigit():
            continue  # "XXXX-XXXX-XXXX-1951", "**** 4821": the figures a mask leaves of a number, no date and no phone
        if span.type is E.PHONE and contact.YEAR_SPAN.fullmatch(value):
            continue  # "El Olivar SRL (Huesca), 2019–2025": a span of years on a CV, no phone
        if span.type is E.PHONE and sum(ch.isdigit() for ch in value) < 7:
            continue  # six figures or fewer ring a service, not a subscriber: a helpline's or an emergency short code
        if span.type is E.PHONE and contact.declined_phone(text, span.start, span.end):
            continue  # the phone rule read the number and said what else it is: the guess does not overrule it
        if span.type is E.SECRET and _specimen(text, span.start, span.end):
            continue  # "Is 'Password123!' really weaker than 'Tr0ub4dor&3'?": passwords weighed as examples, nobody's
        if span.type in _MONTH_AMOUNT_TYPES and _in_month_amount(text, span.start, span.end):
            continue  # "Feb 27,828 JPY", "Mar 48,704": a month's figure in thousands, no day and no house number
        if span.type in _ID_TYPES and _piece_of_checked_id(text, span.start, span.end):
            continue  # "111" of "CPF 111.111.111-11", "3545" of "666-28-3545": the id rule read the whole and turned it down
        if (span.type is E.DATE_OF_BIRTH and _MONTH_YEAR.fullmatch(value)
                and _EXPIRY_BEFORE.search(text, max(0, span.start - 20), span.start)):
            continue
        kept.append(span)
    return kept
