"""The linear token tagger (token_tagger.py): the packaged model loads, finds what it was trained to
find, answers in bounded time on any text, and plugs into the detector below the rules."""

from __future__ import annotations

import logging
import threading
import time

import pytest

from llmvpn.errors import ConfigError
from llmvpn.privacy import learned, token_tagger
from llmvpn.privacy.detect import build_detector
from llmvpn.privacy.spans import EntityType as E


@pytest.fixture(scope="module")
def tagger():
    loaded = token_tagger.load_token_tagger()
    assert loaded is not None, "the package's token tagger (models/token-tagger.npz) did not load"
    return loaded


def typed(text: str, spans) -> list[tuple[str, E]]:
    return [(text[s.start : s.end], s.type) for s in spans]


def test_the_packaged_model_loads_quickly_and_takes_some_types() -> None:
    started = time.perf_counter()
    loaded = token_tagger.load_token_tagger()
    assert time.perf_counter() - started < 2.0  # ~0.1 s alone; generous for a loaded test machine
    assert loaded is not None and loaded.types
    assert token_tagger.DEFAULT_PATH.stat().st_size <= 10_000_000


def test_finds_a_name_after_dear(tagger) -> None:
    text = "Dear Ottilie Brannigan,\nthank you for your letter of last week about the heating."
    # Before the thresholds, which may leave names to the rules: what the model itself reads there.
    found = [(text[a:b], etype) for a, b, etype, p in tagger.guesses(text) if p >= 0.5]
    assert ("Ottilie Brannigan", E.PERSON) in found


def test_spans_are_inside_the_text_typed_and_scored_below_rules(tagger) -> None:
    text = ("Hi, I'm Leontine Vasquez-Oduya, you can reach me at leontine.vo@postmail.example or on "
            "+44 7700 900461. My flat is at 14 Harrowgate Lane, Leeds LS6 2QB.")
    spans = tagger.spans(text)
    assert spans
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
        assert span.type in tagger.types
        assert span.score == token_tagger.SCORE < 0.6  # every rule scores 0.6 or more
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_same_answers_from_many_threads(tagger) -> None:
    texts = [f"Please forward this to Henrietta Baxley-{i} at room {i}, she knows Dr. Amos Fennimore." for i in range(8)]
    expected = [tagger.spans(t) for t in texts]
    results: dict[int, list] = {}

    def work(i: int) -> None:
        results[i] = [tagger.spans(texts[i % 8]) for _ in range(20)]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(got == [expected[i % 8]] * 20 for i, got in results.items())


def test_empty_and_blank_texts(tagger) -> None:
    assert tagger.spans("") == []
    assert tagger.spans(" \n\t ") == []
    assert tagger.guesses("") == []


def test_a_megabyte_in_bounded_time(tagger) -> None:
    text = ("Dear Ottilie Brannigan, call +44 7700 900461 about invoice 4411. " * 16_000)[:1_000_000]
    started = time.process_time()
    spans = tagger.spans(text)
    assert time.process_time() - started < 30  # ~3 s on the 2-core development machine
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_other_scripts_and_lone_surrogates_do_not_crash(tagger) -> None:
    for text in ("Привет, меня зовут Анна Петрова, мой телефон +7 912 345-67-89",
                 "我叫王小明，住在北京市朝阳区建国路88号。",
                 "مرحبا، اسمي ليلى",
                 "broken \ud800 surrogate \udfff here, Dear Ottilie \ud83d",
                 "emoji 😀 and combining e\u0301 and\u00a0nbsp\u2028line",
                 "_" * 5000, "." * 5000, "9" * 5000):
        for span in tagger.spans(text):
            assert 0 <= span.start < span.end <= len(text)


def test_takes_only_the_types_asked_for() -> None:
    loaded = token_tagger.load_token_tagger(types=frozenset({E.ADDRESS, E.EMAIL}))
    assert loaded is not None and loaded.types <= {E.ADDRESS, E.EMAIL}
    text = "Dear Ottilie Brannigan, my new address is 14 Harrowgate Lane, Leeds LS6 2QB."
    assert all(s.type in loaded.types for s in loaded.spans(text))


def test_in_the_detector_below_the_rules() -> None:
    assert token_tagger.SCORE == learned.SCORE  # the detector ranks guesses by this score
    detector = build_detector(use_ner=False, use_token_tagger=True)
    assert detector.tagger is not None
    text = "Mail me at maria.gonzalez@example.org please"
    # The email rule's span wins whatever the tagger guesses over it.
    assert ("maria.gonzalez@example.org", E.EMAIL) in typed(text, detector.detect(text))


def test_is_off_unless_asked_for_and_one_tagger_at_a_time() -> None:
    assert build_detector(use_ner=False).tagger is None
    with pytest.raises(ValueError):
        build_detector(use_ner=False, use_tagger=True, use_token_tagger=True)


def test_works_without_its_data_with_one_warning(monkeypatch, tmp_path, caplog) -> None:
    monkeypatch.setattr(token_tagger, "DEFAULT_PATH", tmp_path / "missing.npz")
    with caplog.at_level(logging.WARNING, logger="llmvpn.privacy.token_tagger"):
        detector = build_detector(use_ner=False, use_token_tagger=True)
    assert detector.tagger is None
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_a_path_that_holds_no_model_is_a_config_error(tmp_path) -> None:
    with pytest.raises(ConfigError):
        token_tagger.load_token_tagger(tmp_path / "nothing.npz")


@pytest.mark.parametrize(("env", "on"), [
    ({}, True),
    ({"LLMVPN_PRIVACY_NER": "false"}, False),  # the small worker: patterns and rules only
    ({"LLMVPN_PRIVACY_NER": "false", "LLMVPN_PRIVACY_TAGGER": "true"}, True),
    ({"LLMVPN_PRIVACY_TAGGER": "false"}, False),
])
def test_the_gateway_runs_it_beside_the_ner_model_unless_told_otherwise(monkeypatch, env, on) -> None:
    from llmvpn.config import WebSettings

    for name in ("LLMVPN_PRIVACY_NER", "LLMVPN_PRIVACY_TAGGER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert WebSettings().privacy_tagger_on is on
