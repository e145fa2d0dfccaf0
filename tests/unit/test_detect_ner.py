"""Detection with the spaCy model: loaded by path, NER-only, degrading with one warning when absent."""

from __future__ import annotations

import logging
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from llmvpn.errors import ConfigError
from llmvpn.privacy import ner
from llmvpn.privacy.detect import build_detector
from llmvpn.privacy.spans import EntityType as E

MODEL = next((name for name in ner.DEFAULT_MODELS if ner.model_path(name)), None)
needs_model = pytest.mark.skipif(MODEL is None, reason="no spaCy English model installed (requirements/ner.txt)")


@pytest.fixture(scope="module")
def detector():
    return build_detector(MODEL)


def found(detector, text: str) -> list[tuple[str, E]]:
    return [(text[s.start : s.end], s.type) for s in detector.detect(text)]


@needs_model
def test_loads_only_the_ner_component(detector) -> None:
    assert detector.ner._nlp.pipe_names == ["ner"]


@needs_model
def test_finds_the_model_directory_inside_the_package() -> None:
    path = ner.model_path(MODEL)
    assert (path / "config.cfg").is_file() and (path / "meta.json").is_file()
    assert ner.model_path(str(path)) == path  # a directory works as well as a package name


@needs_model
def test_detects_a_person_the_rules_cannot_see(detector) -> None:
    assert ("John Peterson", E.PERSON) in found(detector, "Can you help me write a letter to John Peterson about the heater?")


@needs_model
def test_detects_an_employer_and_a_town_in_a_personal_prompt(detector) -> None:
    spans = found(detector, "I work at Brightpath Logistics in Dayton and need a cover letter.")
    assert ("Brightpath Logistics", E.ORGANIZATION) in spans
    assert ("Dayton", E.LOCATION) in spans


@needs_model
def test_leaves_famous_places_and_companies_in_general_questions_alone(detector) -> None:
    assert found(detector, "What is the capital of France, and when is the best time to visit it?") == []
    assert found(detector, "Compare Samsung and Nvidia as employers for a junior engineer.") == []
    assert found(detector, "Who was Ernest Hemingway and why is he still read today?") == []


@needs_model
def test_cuts_an_entity_where_the_model_runs_on_into_an_address(detector) -> None:
    text = "Summarize this email thread:\nFrom: Rémi Rousseau <rrousseau@orange.fr>\nSubject: refund"
    assert found(detector, text)[:2] == [("Rémi Rousseau", E.PERSON), ("rrousseau@orange.fr", E.EMAIL)]


@needs_model
def test_does_not_grow_its_vocabulary_with_the_text_it_reads(detector) -> None:
    # memory_zone frees what each call added (len(vocab) is only a counter; RSS stays flat too).
    strings = detector.ner._nlp.vocab.strings
    detector.detect("Warm-up for Maria Gonzalez in Leeds.")
    before = len(strings)
    for i in range(200):
        detector.detect(f"Please email Zorblax{i} Quentaro{i * 7} about ticket X{i}Y in Vrelmstad{i}.")
    assert len(strings) == before


@needs_model
def test_is_safe_to_share_between_threads(detector) -> None:
    text = "Hi, I'm Maria Gonzalez from Leeds; my colleague Tobias Weber works at Northgate Plumbing."
    expected = detector.detect(text)
    results, errors = [], []

    def work() -> None:
        try:
            for _ in range(20):
                results.append(detector.detect(text))
        except Exception as exc:  # collected so the assertion below reports it
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and all(r == expected for r in results)


def test_degrades_to_patterns_with_one_warning_when_no_model_is_installed(monkeypatch, caplog) -> None:
    monkeypatch.setattr(ner, "DEFAULT_MODELS", ("llmvpn_no_such_model_a", "llmvpn_no_such_model_b"))
    with caplog.at_level(logging.WARNING, logger="llmvpn.privacy.ner"):
        detector = build_detector()
    assert detector.ner is None
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
    assert [s.type for s in detector.detect("mail me at a.b@example.org")] == [E.EMAIL]


def test_a_named_model_that_is_missing_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        build_detector("llmvpn_no_such_model")


@needs_model
@pytest.mark.parametrize("text", ["", "\ud800 Maria \udfff Gonzalez", "東京都に住んでいる田中さん", "Привет, меня зовут Иван", "A" * 5000, "Mr. " * 500])
def test_answers_odd_input_with_the_model(detector, text: str) -> None:
    spans = detector.detect(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


@needs_model
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=12) | st.sampled_from(["Maria ", "Dr. ", "London. ", "\n", "\ud800"]), max_size=20).map("".join))
def test_spans_stay_well_formed_with_the_model(detector, text: str) -> None:
    spans = detector.detect(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def test_finds_a_model_installed_by_spacy_download(tmp_path, monkeypatch) -> None:
    # `python -m spacy download en_core_web_md` installs en_core_web_md/en_core_web_md-<version>/.
    pipeline = tmp_path / "en_core_web_md" / "en_core_web_md-3.8.0"
    pipeline.mkdir(parents=True)
    (tmp_path / "en_core_web_md" / "__init__.py").write_text("raise RuntimeError('must not be imported')\n")
    (pipeline / "config.cfg").write_text("[nlp]\n")
    (pipeline / "meta.json").write_text("{}")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert ner.model_path("en_core_web_md") == pipeline


@needs_model
def test_numpy_products_find_the_same_entities_as_thincs_own(detector) -> None:
    # ner.py swaps thinc's blis products for numpy's, for speed; the model's answers must not move.
    from thinc.api import NumpyOps

    texts = [
        "Hi, this is Maria Schneider from Lisbon; my colleague Jonas Becker works at Acme Logistics GmbH.",
        "Please forward the invoice to Dr. Aleksandra Nowak, Ulica Długa 5, Gdańsk, before 14 March.",
        "Meeting with Tomás O'Brien and the Northwind Traders team in Toronto next Tuesday.",
    ]
    model = ner.NerModel(detector.ner._nlp, detector.ner.name)  # spaCy's own pipeline, not the numpy pass
    layers = list(model._nlp.get_pipe("ner").model.walk())
    assert {type(layer.ops).__name__ for layer in layers} == {"MatmulOps"}
    fast = [model.entities(t, [(0, len(t))]) for t in texts]
    try:
        for layer in layers:
            layer.ops = NumpyOps()
        assert [model.entities(t, [(0, len(t))]) for t in texts] == fast
    finally:
        ops = ner._matmul_ops()
        for layer in layers:
            layer.ops = ops
    assert any(e.label == "PERSON" for found_ in fast for e in found_)
