"""Detection with the trained PII tagger (learned.py): what it adds, what it leaves alone, and that
the detector works the same without its data (one warning)."""

from __future__ import annotations

import logging

import pytest

from llmvpn.errors import ConfigError
from llmvpn.privacy import learned
from llmvpn.privacy.detect import build_detector
from llmvpn.privacy.overlaps import resolve_overlaps
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Span

@pytest.fixture(scope="module")
def detector():
    # Rules and tagger without the md NER model: what the tagger adds is not hidden by the model's finds.
    built = build_detector(use_ner=False, use_tagger=True)
    assert built.tagger is not None, "the package's PII tagger (models/pii-tagger) did not load"
    return built


def found(detector, text: str) -> list[tuple[str, E]]:
    return [(text[s.start : s.end], s.type) for s in detector.detect(text)]


def test_finds_a_name_in_a_signature(detector) -> None:
    text = "Can you make this note to the landlord sound more polite?\n\nWarm wishes,\nOrla Quennell"
    assert ("Orla Quennell", E.PERSON) in found(detector, text)


def test_finds_a_name_after_a_sign_off_on_the_same_line(detector) -> None:
    text = "Can you shorten this reply? Thanks again, Bram Oosterhuis"
    assert ("Bram Oosterhuis", E.PERSON) in found(detector, text)


def test_leaves_a_famous_place_in_a_general_question_alone(detector) -> None:
    assert found(detector, "What is the best month to visit Kyoto for the autumn leaves?") == []
    assert found(detector, "Explain how a hash map works, with an example in Python.") == []


def test_a_matched_pattern_wins_over_a_taggers_guess_of_any_type() -> None:
    # A guess that the whole text is a secret (a type that outranks email) against a matched email.
    text = "write to maria.gonzalez@example.org today"
    guess = Span(0, len(text), E.SECRET, learned.SCORE)
    email = Span(9, 35, E.EMAIL, 0.95)
    kept = resolve_overlaps([guess, email], text, guesses_up_to=learned.SCORE)
    assert [(text[s.start : s.end], s.type) for s in kept] == [("maria.gonzalez@example.org", E.EMAIL)]
    # Without the rule for guesses, type priority alone would have let the secret win.
    assert [s.type for s in resolve_overlaps([guess, email], text)] == [E.SECRET]


def test_works_without_the_tagger_data_with_one_warning(monkeypatch, tmp_path, caplog) -> None:
    monkeypatch.setattr(learned, "DEFAULT_PATH", tmp_path / "missing")
    with caplog.at_level(logging.WARNING, logger="llmvpn.privacy.learned"):
        detector = build_detector(use_ner=False, use_tagger=True)
    assert detector.tagger is None
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    text = "Mail me at maria.gonzalez@example.org"
    assert [(text[s.start : s.end], s.type) for s in detector.detect(text)] == [("maria.gonzalez@example.org", E.EMAIL)]


def test_a_tagger_path_that_holds_no_model_is_a_config_error(tmp_path) -> None:
    with pytest.raises(ConfigError):
        build_detector(use_ner=False, use_tagger=True, tagger_path=str(tmp_path))


def test_is_off_unless_asked_for() -> None:
    assert build_detector(use_ner=False).tagger is None


def test_a_guess_running_past_a_rules_span_does_not_take_the_next_value_with_the_rules_rank() -> None:
    text = "Liam Wu\t(+61) 411 615 073\t2024-01-24\tpaid"
    phone = Span(8, 25, E.PHONE, 0.9)  # the phone rule's
    date = Span(26, 36, E.DATE, 0.75)  # the date rule's
    guess = Span(8, 30, E.PHONE, learned.SCORE)  # the tagger's phone, run on over the tab into the year
    kept = resolve_overlaps([phone, date, guess], text, guesses_up_to=learned.SCORE)
    assert [(text[s.start : s.end], s.type) for s in kept] == [("(+61) 411 615 073", E.PHONE), ("2024-01-24", E.DATE)]


def test_a_name_a_rule_began_and_a_guess_went_on_with_stays_one_name() -> None:
    text = "Dear Maria Gonzalez, thanks"
    rule = Span(5, 10, E.PERSON, 0.7)  # "Maria" after the greeting
    guess = Span(5, 19, E.PERSON, learned.SCORE)  # "Maria Gonzalez"
    kept = resolve_overlaps([rule, guess], text, guesses_up_to=learned.SCORE)
    assert [(text[s.start : s.end], s.type) for s in kept] == [("Maria Gonzalez", E.PERSON)]
