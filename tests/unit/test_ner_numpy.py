"""The NER model as a flat numpy pass: used for the installed model, same entities as spaCy's own
pipeline, and spaCy's pipeline kept for a model it does not replicate."""

from __future__ import annotations

import logging

import numpy
import pytest

from llmvpn.privacy import ner
from llmvpn.privacy.windows import ner_windows

MODEL = next((name for name in ner.DEFAULT_MODELS if ner.model_path(name)), None)
needs_model = pytest.mark.skipif(MODEL is None, reason="no spaCy English model installed (requirements/ner.txt)")

TEXTS = [
    "Hi, this is Maria Schneider from Lisbon; my colleague Jonas Becker works at Acme Logistics GmbH.",
    "Please forward the invoice to Dr. Aleksandra Nowak, Ulica Długa 5, Gdańsk, before 14 March.",
    "Meeting with Tomás O'Brien and the Northwind Traders team in Toronto next Tuesday.",
    "express delivery, because I travel to Lisbon on 14 March and need the",
    "Can you help me write a letter to John Peterson about the heater?",
    "I work at Brightpath Logistics in Dayton and need a cover letter.",
    "What is the capital of France, and when is the best time to visit it?",
    "Compare Samsung and Nvidia as employers for a junior engineer.",
    "Summarize this email thread:\nFrom: Rémi Rousseau <rrousseau@orange.fr>\nSubject: refund",
    "J. R. R. Tolkien met C.S. Lewis at Oxford in 1926 and they talked for 3 hours.",
    "Dr. Jane O'Neil-Smith, Ph.D., at St. Mary's Hospital, 12 Baker St., London NW1 6XE, UK.",
    "My daughter Emma starts at Lincoln Elementary on September 3rd; her teacher is Mrs. Alvarez.",
    "The New York Times reported that Goldman Sachs paid $2.9 billion, about 12% of its profit.",
    "Ünïcödé Müller wohnt in München und arbeitet bei Siemens.",
    "Меня зовут Иван Петров, я живу в Москве.",
    "東京に住んでいる田中です。",
    "مرحبا، اسمي أحمد وأعيش في القاهرة.",
    "Hi 😀 I'm John 👋 from 🇵🇹 Lisbon 🎉🎉",
    "John\ud800Smith lives in \udfffParis",  # lone surrogates, replaced as ner.py does
    "Call   John    Smith \n\n\n\n at   Google   in  New   York",
    "\n\n\nJohn\n\nSmith\n\n",
    "MARIA SCHNEIDER FROM BERLIN",
    "",
    " ",
    "A",
    "Lisbon",
    "  \n\n  \t ",
    ("Paris London Berlin " * 120)[:2000],
    "Maria " * 400,
    "x " * 1000,
]


@pytest.fixture(scope="module")
def model() -> ner.NerModel:
    return ner.load_ner(MODEL)


def spacy_path(model: ner.NerModel) -> ner.NerModel:
    """The same loaded pipeline, read by spaCy's own pipe."""
    return ner.NerModel(model._nlp, model.name)


@needs_model
def test_the_installed_model_runs_on_the_numpy_pass(model) -> None:
    assert model.runs_on_numpy


@needs_model
def test_finds_the_same_entities_as_spacys_pipeline_in_whole_texts(model) -> None:
    reference = spacy_path(model)
    for text in TEXTS:
        assert model.entities(text, [(0, len(text))]) == reference.entities(text, [(0, len(text))]), text
    assert any(model.entities(text, [(0, len(text))]) for text in TEXTS)


@needs_model
def test_finds_the_same_entities_as_spacys_pipeline_in_the_detectors_windows(model) -> None:
    reference = spacy_path(model)
    for text in TEXTS:
        windows = [(start, end) for start, end, _ in ner_windows(text)]
        assert model.entities(text, windows) == reference.entities(text, windows), text


@needs_model
def test_finds_the_same_entities_when_one_call_reads_many_windows(model) -> None:
    # More windows than one of spaCy's batches: the numpy pass groups them as spaCy does.
    text = "\n".join(TEXTS[:20] * 2)
    windows, start = [], 0
    for line in text.split("\n"):
        windows.append((start, start + len(line)))
        start += len(line) + 1
    found = model.entities(text, windows)
    assert found == spacy_path(model).entities(text, windows)
    assert len(found) > 20


@needs_model
def test_shares_the_vectors_table_instead_of_copying_it(model) -> None:
    vectors = model._nlp.vocab.vectors.data
    if not vectors.size:
        pytest.skip("this model has no static vectors")
    assert model._forward.tok2vec.vectors is vectors


def tiny_pipeline(*, thincs_products: bool = False, **model_config):
    """A blank English pipeline with a freshly initialised NER (random weights, a few labels), given
    numpy's products as load_ner gives them unless `thincs_products`."""
    import spacy

    nlp = spacy.blank("en")
    config = {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
              "hidden_width": 16, "maxout_pieces": 2, "use_upper": True, "nO": None,
              "tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None, "width": 32,
                          "depth": 4, "embed_size": 500, "window_size": 1, "maxout_pieces": 3, "subword_features": True}}
    config.update(model_config)
    pipe = nlp.add_pipe("ner", config={"model": config})
    for label in ("PERSON", "ORG", "GPE"):
        pipe.add_label(label)
    nlp.initialize()
    upper = pipe.model.get_ref("upper") if pipe.model.attrs["has_upper"] else None
    if upper is not None:  # thinc initialises the output layer at zero: every score would tie
        rng = numpy.random.default_rng(0)
        upper.set_param("W", rng.normal(0, 1, upper.get_param("W").shape).astype("f"))
        upper.set_param("b", rng.normal(0, 1, upper.get_param("b").shape).astype("f"))
    if not thincs_products:
        ops = ner._matmul_ops()
        for layer in pipe.model.walk():
            layer.ops = ops
    return nlp


def test_replicates_any_model_of_the_supported_architecture() -> None:
    # Random weights open and close entities all over the text: the BILUO rules at work.
    nlp = tiny_pipeline()
    fast = ner.NerModel(nlp, "tiny", ner.numpy_forward(nlp, "tiny"))
    assert fast.runs_on_numpy
    reference = ner.NerModel(nlp, "tiny")
    found = 0
    for text in TEXTS:
        expected = reference.entities(text, [(0, len(text))])
        assert fast.entities(text, [(0, len(text))]) == expected, text
        found += len(expected)
    assert found > 50


@pytest.mark.parametrize(("what", "config"), [
    ("no upper layer", {"use_upper": False}),
    ("another encoder depth", {"tok2vec": {"@architectures": "spacy.HashEmbedCNN.v2", "pretrained_vectors": None,
                                           "width": 32, "depth": 2, "embed_size": 500, "window_size": 1,
                                           "maxout_pieces": 3, "subword_features": True}}),
])
def test_keeps_spacys_pipeline_for_a_model_it_does_not_replicate(what: str, config: dict, caplog) -> None:
    nlp = tiny_pipeline(**config)
    with caplog.at_level(logging.INFO, logger="llmvpn.privacy.ner"):
        forward = ner.numpy_forward(nlp, "tiny")
    assert forward is None, what
    assert len([r for r in caplog.records if "spaCy's pipeline" in r.getMessage()]) == 1
    model = ner.NerModel(nlp, "tiny", forward)
    assert not model.runs_on_numpy
    text = "Maria Schneider works at Acme in Lisbon."
    assert all(0 <= e.start < e.end <= len(text) for e in model.entities(text, [(0, len(text))]))


def test_keeps_spacys_pipeline_on_spacy_versions_it_was_not_written_for(monkeypatch) -> None:
    import spacy

    nlp = tiny_pipeline()
    monkeypatch.setattr(spacy, "__version__", "3.9.0")
    assert ner.numpy_forward(nlp, "tiny") is None


def test_keeps_spacys_pipeline_when_the_arithmetic_would_differ() -> None:
    # With thinc's blis products the numpy pass would round differently: the check at load sees it.
    nlp = tiny_pipeline(thincs_products=True)
    assert ner.numpy_forward(nlp, "tiny") is None
