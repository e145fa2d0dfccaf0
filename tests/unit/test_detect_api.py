"""The Detector's contract: sorted, in-bounds, non-overlapping spans; type filter; bad input."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llmvpn.errors import PayloadTooLarge
from llmvpn.privacy.detect import Detector, resolve_overlaps
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Span

detector = Detector(ner=None)
SAMPLE = "Hi, I'm Maria Gonzalez (maria@example.org, +44 20 7946 0958), card 5500 0000 0000 0004, born 03/14/1987."


def assert_well_formed(text: str, spans: list[Span]) -> None:
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start


def test_returns_sorted_non_overlapping_spans() -> None:
    spans = detector.detect(SAMPLE)
    assert [s.type for s in spans] == [E.PERSON, E.EMAIL, E.PHONE, E.CREDIT_CARD, E.DATE_OF_BIRTH]
    assert_well_formed(SAMPLE, spans)


def test_reports_only_the_requested_types() -> None:
    spans = detector.detect(SAMPLE, entities=frozenset({E.EMAIL, E.CREDIT_CARD}))
    assert [s.type for s in spans] == [E.EMAIL, E.CREDIT_CARD]
    assert detector.detect(SAMPLE, entities=frozenset()) == []


def test_an_overlap_goes_to_the_higher_priority_and_a_name_keeps_its_uncovered_part() -> None:
    text = "Brightpath Logistics 42 Elm Street"
    spans = resolve_overlaps([Span(0, 34, E.ORGANIZATION, 0.7), Span(21, 34, E.ADDRESS, 0.85)], text)
    assert [(text[s.start : s.end], s.type) for s in spans] == [("Brightpath Logistics", E.ORGANIZATION), ("42 Elm Street", E.ADDRESS)]


def test_merges_pieces_of_one_name() -> None:
    text = "Maria Gonzalez"
    assert resolve_overlaps([Span(0, 5, E.PERSON, 0.85), Span(6, 14, E.PERSON, 0.7)], text) == [Span(0, 14, E.PERSON, 0.85)]


@pytest.mark.parametrize("text", ["", "   \n\t", "\x00\x01\x02", "\ud800 lone surrogate \udfff", "日本語のテキストです。東京都千代田区", "مرحبا بالعالم"])
def test_answers_odd_input_without_crashing(text: str) -> None:
    assert_well_formed(text, detector.detect(text))


def test_refuses_text_over_the_limit_with_413() -> None:
    small = Detector(ner=None, max_chars=1000)
    with pytest.raises(PayloadTooLarge):
        small.detect("x" * 1001)


def test_refuses_a_non_string() -> None:
    with pytest.raises(TypeError):
        detector.detect(b"bytes")  # type: ignore[arg-type]


def test_refuses_a_megabyte_at_once() -> None:
    started = time.perf_counter()
    with pytest.raises(PayloadTooLarge):
        detector.detect("x" * 1_000_000)
    assert time.perf_counter() - started < 1


def test_detects_the_largest_accepted_text_in_bounded_time() -> None:
    text = ((SAMPLE + " Some filler about rust, sql and versions 1.2.3 with order 12345678. ") * 2000)[: detector.max_chars]
    started = time.perf_counter()
    spans = detector.detect(text)
    assert time.perf_counter() - started < 60  # ~5 s on an idle core; generous for a loaded CI machine
    assert_well_formed(text, spans)
    assert len([s for s in spans if s.type is E.EMAIL]) > 500


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(), max_size=300))
def test_spans_are_in_bounds_sorted_and_disjoint_for_any_text(text: str) -> None:
    assert_well_formed(text, detector.detect(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([SAMPLE, "my name is ", "Dear Dr. ", "@", "4111 ", "DE89 ", "\n", " ", "sk-", "é", "1987"]), max_size=12))
def test_spans_are_well_formed_for_pii_like_fragments(parts: list[str]) -> None:
    text = "".join(parts)
    assert_well_formed(text, detector.detect(text))
