"""The person-name rules' shortcuts: patterns tried only at line starts, dashes or before their cue words, and
look-behind searches tried only when the word before the name can end a match. Each must find exactly what the
plain scan finds, or a name goes through unseen (or a public figure is masked): checked over corpus prompts in
several languages, their lower-case variants and a few hand-made edge cases."""

from __future__ import annotations

import re

import pytest
from bench.privacy.corpus import generate
from bench.prompt import SYSTEM, USER

from llmvpn.privacy.recognizers import _context, addressees, lone_names, names, negatives

_EDGES = [
    "-- bob\n", "x\n  -  Anna Berg\n---Kim", "  name  joe bloggs, x", "(name ann lee;name bo", "NAME ann\n name x y",
    "— priya", "a – tom", "BCD\n001\n1\nSCT\nABC\nJohn Doe\n", "K\nReto Z\n", "exp 05/31 cvc 1\nDECLAN LLEW\n",
    "Anna from Acme-2 says hi", "and Bo Li is asking. Tom\nsays", "x: Jan van 't Hof just called", "\"Mia\nsaid",
    "word to  for x", "a\tTO Bob", " to Bo", "mail für Ana and an Ola", "X À Paris",
    "Priya from HR said hi. Tom  from IT\nsays. Ana-Lu from billing asked", "x. Jo from the bank rang",
    "Who was Ernest Hemingway?", "who IS\nMarie", "Wer war  Karl", "Кто такой Иван", "Erzähl mir kurz über Max",
    "according to\tBob", "I bought a Tesla", "my new Dog ,  named\nRex", "our guinea pig Bo", "her cats, called Mimi",
]


def _texts() -> list[str]:
    texts = [USER, SYSTEM, SYSTEM + "\n\n" + USER, *_EDGES]
    for flag in ("holdout", "fresh3", "fresh5"):
        texts += [s.text for s in generate(40, 11, **{flag: True})]
    texts += [s.text for s in generate(60, 7)]
    return texts + [t.lower() for t in texts]


TEXTS = _texts()


def _found(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


_LINE_PATTERNS = [names._SPEAKER, names._STAMPED_SPEAKER, names._BRACKET_SPEAKER, names._EPC_NAME,
                  names._QR_BILL_PARTY, names._UNDER_CARD_CODE, names._UNDER_ADDRESS_LABEL, names._SURNAME_FIRST_LINE,
                  names._ROW_BEFORE_ADDRESS, names._LABEL_LINE, names._KEY_LINE, names._CJK_SPEAKER, names._HL7_SEGMENT]


@pytest.mark.parametrize("pattern", _LINE_PATTERNS, ids=lambda p: p.pattern[:30])
def test_line_anchored_patterns_are_read_as_such(pattern: re.Pattern[str]) -> None:
    assert _context._line_anchored(pattern)


@pytest.mark.parametrize("source", [r"(?m)^a|b", r"^a", r"(?m)a^", r"(?m)(?:^a|^b)c?|d"])
def test_other_patterns_are_not_line_anchored(source: str) -> None:
    assert not _context._line_anchored(re.compile(source))


def test_shortcuts_find_what_the_scan_finds() -> None:
    for text in TEXTS:
        _context.forget()
        for pattern in _LINE_PATTERNS:
            assert _found(_context.finditer_lines(pattern, text)) == _found(pattern.finditer(text)), (pattern, text)
        assert _found(names._rule_matches(names._SIGNATURE, None, text)) == _found(names._SIGNATURE.finditer(text))
        for pattern in names._LOWER_CUES:
            assert _found(names._lower_cue_matches(pattern, text)) == _found(pattern.finditer(text)), (pattern, text)
        speaks = _context.matches_at(lone_names._SPEAKS, text, lone_names._speaks_starts(text))
        assert _found(speaks) == _found(lone_names._SPEAKS.finditer(text)), text
        assert _found(lone_names._from_departments(text)) == _found(lone_names._FROM_DEPARTMENT.finditer(text)), text
        assert _found(addressees._prepositions(text)) == _found(addressees._PREPOSITION.finditer(text)), text
    _context.forget()


def test_look_behind_gates_agree_with_their_patterns() -> None:
    for text in TEXTS[:120] + _EDGES:
        for start in range(len(text) + 1):
            before = text[max(0, start - 40) : start]
            assert negatives._asks_who(text, start) == (negatives._WHO_WAS.search(text, max(0, start - 40), start)
                                                        is not None), before
            assert negatives._thing_before(before) == (negatives._THING_BEFORE.search(before) is not None), before
