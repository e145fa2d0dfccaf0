"""Numbers read aloud: a card, an SSN or a phone number spelled out in words, as speech-to-text writes a caller's
("my card is four five three nine, one four eight eight, ...", "call me on oh seven seven double nine ...").

A run of seven or more digit words, parted only by spaces, commas, dots, hyphens or the word "dash", is read as the
figures it says ("double"/"triple" repeat the next one), and those figures are judged as the written ones are: a card
by its issuer's prefix and Luhn, an SSN by SSA's rules and the text naming an SSN, a phone number by the text naming a
phone. A count ("one, two, three, ... eight") is no number, and a run that passes no check is left alone. English
and the Latin-script languages the rules read most; lone figures read out one by one ("5 3 6 2 2 ...") count as words.
"""

from __future__ import annotations

import re

from llmvpn.privacy.recognizers import finance, national_ids
from llmvpn.privacy.recognizers._context import lowered, word_index
from llmvpn.privacy.spans import EntityType, Span

_WORDS_BY_DIGIT = (
    "zero oh nought nil null nul zéro cero",
    "one eins un une uno een",  # (not Portuguese "um": a speaker's "um" before the number)
    "two zwei deux dos due twee dois duas",
    "three drei trois tres tre drie três",
    "four vier quatre cuatro quattro quatro",
    "five fünf funf cinq cinco cinque vijf",
    "six sechs seis sei zes",
    "seven sieben sept siete sette zeven sete",
    "eight acht huit ocho otto oito",
    "nine neun neuf nueve nove negen",
)
DIGIT_OF = {word: str(digit) for digit, words in enumerate(_WORDS_BY_DIGIT) for word in [*words.split(), str(digit)]}
_REPEAT = {"double": 2, "triple": 3, "doppel": 2, "doble": 2, "doppio": 2, "dubbel": 2}
_LINKS = frozenset({"dash", "hyphen", "strich", "tiret", "guion", "guión", "trattino", "streepje"})

_WORD = re.compile(r"[^\W\d_]+|(?<![0-9])[0-9](?![0-9])")  # (a lone figure too: "5 3 6 2 2 8 1 9 4", read out one by one)
_GAP = re.compile(r"[ \t,.;:/-]*")  # what may part two digit words of one number (a line break ends it)
_MIN_RUN = 7  # figures: the shortest phone number a rule here takes

_PHONE_CUE = re.compile(r"(?i)\b(?:call|phone|number|cell|mobile|reach|text|whats ?app|tel|telefon\w*|téléphone|"
                        r"portable|teléfono|móvil|telefono|cellulare|telefoon|mobiel|telemóvel|celular|nummer|numéro|"
                        r"número|numero|ring|dial)\b")
_PHONE_REACH = 60


def find(text: str) -> list[Span]:
    """Cards, SSNs and phone numbers spelled out in digit words."""
    index = word_index(text)
    if index is None or sum(len(index.starts[w]) for w in DIGIT_OF.keys() & index.starts.keys()) < _MIN_RUN // 2:
        return []  # (a run of seven figures holds at least three digit words or lone figures, "double" and "triple" aside)
    spans = []
    for start, end, figures in _runs(text):
        kind = _judge(text, start, figures)
        if kind is not None:
            spans.append(Span(start, end, kind, 0.85))
    return spans


def _runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, figures) of each run of digit words that says seven figures or more."""
    low = lowered(text)  # (not None: find() has the word index, which needs it)
    assert low is not None
    runs = []
    start = end = last = -1  # the run's first word, its last figure's end, its last word's end
    figures, repeat = "", 1
    for m in _WORD.finditer(low):
        word = m.group()
        joined = start >= 0 and _GAP.fullmatch(low, last, m.start()) is not None
        if word in DIGIT_OF or word in _REPEAT or (word in _LINKS and joined):
            if not joined:
                if len(figures) >= _MIN_RUN:
                    runs.append((start, end, figures))
                start, figures, repeat = m.start(), "", 1
            last = m.end()
            if word in DIGIT_OF:
                figures += DIGIT_OF[word] * repeat
                repeat, end = 1, m.end()
            elif word in _REPEAT:
                repeat = _REPEAT[word]
            continue
        if len(figures) >= _MIN_RUN:
            runs.append((start, end, figures))
        start, figures, repeat = -1, "", 1
    if len(figures) >= _MIN_RUN:
        runs.append((start, end, figures))
    return runs


def _judge(text: str, start: int, figures: str) -> EntityType | None:
    if figures in "01234567890" or figures in "09876543210":
        return None  # a count, up or down
    if 13 <= len(figures) <= 19 and finance.is_card_number(figures):
        return EntityType.CREDIT_CARD
    if len(figures) == 9 and national_ids.is_valid_ssn(figures[:3], figures[3:5], figures[5:]) \
            and national_ids.ssn_cued(text, start):
        return EntityType.US_SSN
    if len(figures) <= 15 and _PHONE_CUE.search(text, max(0, start - _PHONE_REACH), start):
        return EntityType.PHONE
    return None
