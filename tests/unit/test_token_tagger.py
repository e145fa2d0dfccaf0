"""The linear token tagger (token_tagger.py): the packaged model loads, finds what it was trained to
find, answers in bounded time on any text, plugs into the detector below the rules, and tempers the
NER model there (detect.NerCheck): what it is sure is not PII is not sent to the model, nor kept from it."""

from __future__ import annotations

import logging
import re
import threading
import time
import zlib

import numpy as np
import pytest

from llmvpn.errors import ConfigError
from llmvpn.privacy import learned, token_tagger
from llmvpn.privacy.detect import Detector, NerCheck, build_detector
from llmvpn.privacy.ner import Entity
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
    assert token_tagger.DEFAULT_PATH.stat().st_size <= 15_000_000


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


def test_reads_names_it_never_saw_by_their_word_clusters(tagger) -> None:
    # Surnames in none of the corpus's lists: the word vectors' clusters put them beside those it did see.
    text = "Dear Siobhan Mirzoyan,\nthank you for your letter about the heating. Kind regards, Thaddeus Okonkwo"
    found = [(text[a:b], etype) for a, b, etype, p in tagger.guesses(text) if p >= 0.5]
    assert ("Siobhan Mirzoyan", E.PERSON) in found
    assert ("Thaddeus Okonkwo", E.PERSON) in found


def test_word_clusters_find_words_as_written_or_in_title_case() -> None:
    words = ["Okonkwo", "smith"]
    keys = np.array([zlib.crc32(w.encode()) for w in words], dtype=np.uint32)
    order = np.argsort(keys)
    clusters = token_tagger.WordClusters(keys[order], np.array([[3, 30], [5, 50]], dtype=np.uint16)[order])
    assert clusters.lookup(["Okonkwo", "OKONKWO", "okonkwo", "smith", "Smith", "Brannigan"]) == [
        (3, 30), (3, 30), (3, 30), (5, 50), None, None]  # as written, else in title case; else unknown


def test_the_packaged_model_carries_its_word_clusters(tagger) -> None:
    assert tagger.clusters is not None
    surname, shouted, unknown = tagger.clusters.lookup(["Smith", "OKONKWO", "Xqzvbnmwq"])
    assert surname is not None and shouted is not None and unknown is None


def test_reading_says_how_likely_each_token_is_not_pii(tagger) -> None:
    text = "Please forward the contract to Ottilie Brannigan before Friday."
    reading = tagger.read(text)
    name = text.index("Ottilie Brannigan")
    assert reading.not_pii_within(name, name + len("Ottilie Brannigan")) < 0.5
    assert reading.not_pii_within(0, len("Please forward the contract")) > 0.9
    assert (0, len("Please")) in reading.sure_not_pii(0.9)
    assert reading.not_pii_within(len(text), len(text)) == 1.0  # no token there
    assert reading.spans == tagger.spans(text)


class _RecordingNer:
    """A stand-in for the NER model: calls every pair of capitalised words in its windows a person."""

    name = "recording"

    def __init__(self) -> None:
        self.windows: list[tuple[int, int]] = []

    def entities(self, text: str, windows: list[tuple[int, int]]) -> list[Entity]:
        self.windows += windows
        return [Entity(start + m.start(), start + m.end(), "PERSON") for start, end in windows
                for m in re.finditer(r"[A-Z][a-z]+ [A-Z][a-z]+", text[start:end])]


def test_a_ner_span_the_tagger_is_sure_is_not_pii_is_dropped(tagger) -> None:
    text = "Can you explain how Merge Sort works in practice?"
    unchecked = Detector(_RecordingNer(), tagger=tagger)
    checked = Detector(_RecordingNer(), tagger=tagger, ner_check=NerCheck(veto_at=0.9))
    assert ("Merge Sort", E.PERSON) in typed(text, unchecked.detect(text))
    assert checked.detect(text) == []


def test_a_name_the_tagger_also_sees_survives_the_check(tagger) -> None:
    text = "Please send the signed lease to Ottilie Brannigan at the usual address."
    checked = Detector(_RecordingNer(), tagger=tagger, ner_check=NerCheck(skip_at=0.9, veto_at=0.9))
    assert ("Ottilie Brannigan", E.PERSON) in typed(text, checked.detect(text))


def test_what_the_tagger_is_sure_of_is_not_sent_to_the_ner_model(tagger) -> None:
    text = "Give me three tips for Spring Cleaning a small flat."  # capitalised words the model would read
    ner = _RecordingNer()
    Detector(ner, tagger=tagger, ner_check=NerCheck(skip_at=0.9)).detect(text)
    assert ner.windows == []
    unchecked = _RecordingNer()
    Detector(unchecked, tagger=tagger).detect(text)
    assert unchecked.windows  # without the check the sentence is read


def test_the_check_needs_a_tagger_that_reads_every_token() -> None:
    assert Detector(_RecordingNer(), ner_check=NerCheck(veto_at=0.9)).ner_check == NerCheck()


def test_beside_the_ner_model_it_checks_it_as_its_model_advises_unless_told_otherwise(tagger) -> None:
    built = build_detector(use_token_tagger=True)
    if built.ner is None:
        pytest.skip("no NER model installed")
    assert tagger.ner_check  # chosen with the thresholds, stored in the model
    assert built.ner_check == NerCheck(**tagger.ner_check)
    assert build_detector(use_token_tagger=True, ner_check=NerCheck()).ner_check == NerCheck()



def _placed(text: str) -> dict[str, tuple[str, str]]:
    """Each token's value-shape and figure-run features, by the token (its first occurrence)."""
    tokens = list(token_tagger.TOKEN.finditer(text))
    values, runs = token_tagger.value_features(text, np.array([m.start() for m in tokens], dtype=np.int64))
    found: dict[str, tuple[str, str]] = {}
    for m, v, n in zip(tokens, values, runs):
        found.setdefault(m.group(), (v, n))
    return found


def test_a_run_of_figures_says_how_it_is_grouped_and_which_checks_it_passes() -> None:
    features = _placed("paid with 4111 1111 1111 1111, ssn 123-45-6789, order 4000 1111 1111 1112, call 0612")
    assert features["4111"][1] == "n16|4.4.4.4|L"
    assert features["6789"][1] == "n9|3.2.4|S"
    assert features["4000"][1] == "n16|4.4.4.4|"  # no Luhn
    assert features["0612"][1] == "n4||"
    assert features["paid"][1] == "n-"


def test_a_values_shape_tells_a_generated_key_from_a_name_in_code() -> None:
    features = _placed('key JhZmK23pN0zFcxNoY7OoIXPDBnYIBZ7W and handler processPaymentWebhook2, "(x)"')
    key, handler = features["JhZmK23pN0zFcxNoY7OoIXPDBnYIBZ7W"][0], features["processPaymentWebhook2"][0]
    assert (key[1], handler[1]) == ("e", "d")  # 32 and 22 characters
    assert key[-2:] > handler[-2:]  # more random, more case changes
    assert features["x"][0] == "v<4"  # brackets and quotes around a value are not its own


def _reference_rows(ids: np.ndarray, tags: np.ndarray, buckets: int) -> np.ndarray:
    """The model's hashing as trained, written plainly: a 64-bit mix, then the modulo."""
    h = (ids.astype(np.uint64) + np.uint64(1)) * np.uint64(0x9E3779B97F4A7C15)
    h += tags.astype(np.uint64) * np.uint64(0x632BE59BD9B4E019)
    h ^= h >> np.uint64(29)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(32)
    out = (h % np.uint64(buckets)).astype(np.int64)
    out[ids < 0] = buckets
    return out


@pytest.mark.parametrize("buckets", [1 << 18, 1000])
def test_feature_rows_hash_as_trained_whatever_the_bucket_count(buckets) -> None:
    rng = np.random.default_rng(3)
    ids = rng.integers(-1, 1 << 40, size=(61, 50))
    ids[rng.random(ids.shape) < 0.1] = -1
    tags = rng.integers(0, 50, size=(61, 1))
    assert np.array_equal(token_tagger._hash(ids, tags, buckets), _reference_rows(ids, tags, buckets))


def test_softmax_gives_the_same_bits_as_numpys_row_max() -> None:
    s = np.random.default_rng(4).normal(scale=30, size=(300, 16)).astype(np.float32)
    reference = s - s.max(axis=1, keepdims=True)
    np.exp(reference, out=reference)
    reference /= reference.sum(axis=1, keepdims=True)
    assert token_tagger.softmax(s).tobytes() == reference.tobytes()


def test_tokens_and_offsets_as_the_pattern_finds_them() -> None:
    text = "  Ünïcödé 名前 (x)\n\n\ud800 j.smith@example.org\t4111-1111 😀 end."
    starts, ends, base = token_tagger.encode(text, {})
    found = [(m.start(), m.end()) for m in token_tagger.TOKEN.finditer(text)]
    assert list(zip(starts.tolist(), ends.tolist())) == found
    assert base.shape == (len(found), len(token_tagger.KINDS)) and (base == -1).all()
    assert token_tagger.token_features("AAAbb12")[1] == "hXxd"  # runs collapse in a token's shape
