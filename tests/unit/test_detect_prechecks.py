"""The pre-checks that let a rule skip a text without its cue words (recognizers/_context.py), and the
rules behind them: a pre-check may only ever skip a text the rule could not match."""

from __future__ import annotations

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.recognizers._context import contains, lowered, mentions, words_of
from llmvpn.privacy.recognizers.names import name_words
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Span

detector = Detector(ner=None)


def found(text: str) -> list[tuple[str, E]]:
    return [(text[s.start : s.end], s.type) for s in detector.detect(text)]


def test_mentions_finds_a_cue_word_in_any_case_but_only_as_a_whole_word() -> None:
    assert mentions("Please check my ORDER 4471 again", frozenset({"order"}))
    assert not mentions("The orderly queue", frozenset({"order"}))
    assert not mentions("nothing to see here", frozenset({"order", "ticket"}))


def test_contains_finds_a_cue_anywhere_in_any_case() -> None:
    assert contains("My Driver's LICENSE is B1234567", ("licen",))
    assert not contains("no such words", ("licen", "passport"))


def test_characters_that_fold_unlike_lower_pass_every_pre_check() -> None:
    # re's IGNORECASE matches "ſ" to "s" and "ı" to "i", str.lower() does not: never skip such a text.
    for text in ("caſe 12345678", "fılm", "İSTANBUL"):
        assert lowered(text) is None
        assert mentions(text, frozenset({"unrelated"}))
        assert contains(text, ("unrelated",))


def test_rules_behind_pre_checks_still_fire_on_their_cues_in_upper_case() -> None:
    assert ("Ingrid", E.PERSON) in found("BOOKED UNDER Ingrid, table for two.")
    assert ("P4821973", E.NATIONAL_ID) in found("PASSPORT NUMBER: P4821973")
    assert found("ORDER NO 4471-2291-88 was never shipped, call 030 12345678?") == found(
        "order no 4471-2291-88 was never shipped, call 030 12345678?")


def test_name_words_are_the_capitalised_words_of_names_found() -> None:
    text = "Hi, this is Maria van der Berg and Al."
    al = text.index("Al.")
    spans = [Span(text.index("Maria"), text.index(" and"), E.PERSON), Span(al, al + 2, E.PERSON)]
    assert name_words(text, spans) == {"Maria", "Berg"}


def test_no_prompt_stays_in_the_rules_caches_after_its_detection() -> None:
    detector.detect("My password is Hx8#kq2!Lm, and Maria Lopez lives in Leeds.")
    assert lowered.cache_info().currsize == 0
    assert words_of.cache_info().currsize == 0
