"""A small trained PII tagger: spaCy NER over character-shape features, trained on the generated corpus.

    tagger = load_tagger()            # the package's model (models/pii-tagger), or None with a warning
    spans = tagger.spans(text)        # typed spans, scored below every rule

The rules know the cues and formats someone wrote down; the tagger learned from labelled prompts what
PII looks like and where it sits (after "Dear", in a "Name:" field, a number before a street word), so
it may find what no rule names. It reads every word with a hashed embedding of its lower-case form,
prefix, suffix and shape, no word vectors (bench/privacy/train_tagger.py trains it; bench/README.md
has its measurements). Its spans score below the validated patterns and context rules, so those win
any overlap (overlaps.py).

The model's tokenizer splits at every punctuation character ("serena.distefano", "user:pass@host"),
so a label can start or end inside what English tokenization would keep as one word; it is saved
with the model, so nothing here must agree with the training script but the directory.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path
from typing import Any

from llmvpn.errors import ConfigError
from llmvpn.privacy.spans import EntityType, Span

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(__file__).resolve().parent / "models" / "pii-tagger"
# Below every rule (0.6-0.99) and the md model (0.7): in an overlap of equal priority the rule wins.
SCORE = 0.5
# Longest piece of text given to the model at once (cut at whitespace): bounds memory per call.
MAX_CHUNK_CHARS = 2000
_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters a span should not start or end with (the model's tokens include lone punctuation).
_EDGE = " \t\r\n.,;:!?()[]{}<>\"'`“”‘’«»*|"


class TaggerModel:
    """The loaded tagger. Thread-safe: calls are serialised, as in ner.NerModel."""

    def __init__(self, nlp: Any, path: Path, types: frozenset[EntityType] | None = None) -> None:
        self._nlp = nlp
        self.path = path
        labels = {EntityType(label) for label in nlp.get_pipe("ner").labels if label in EntityType.__members__}
        self.types = frozenset(labels if types is None else labels & types)
        self._lock = threading.Lock()

    def spans(self, text: str) -> list[Span]:
        """Typed spans the tagger finds in `text` (overlap-free among themselves, sorted by start)."""
        pieces = _chunks(text)
        if not pieces or not self.types:
            return []
        texts = [_SURROGATE.sub("\ufffd", text[s:e]) for s, e in pieces]
        found = []
        with self._lock, self._nlp.memory_zone():
            for (offset, _), doc in zip(pieces, self._nlp.pipe(texts, batch_size=16), strict=True):
                for ent in doc.ents:
                    etype = EntityType.__members__.get(ent.label_)
                    if etype not in self.types:
                        continue
                    start, end = offset + ent.start_char, offset + ent.end_char
                    while start < end and text[start] in _EDGE:
                        start += 1
                    while end > start and text[end - 1] in _EDGE:
                        end -= 1
                    if end - start >= 2:
                        found.append(Span(start, end, etype, SCORE))
        return found


def _chunks(text: str) -> list[tuple[int, int]]:
    """The text cut at whitespace into pieces of at most MAX_CHUNK_CHARS."""
    out, start = [], 0
    while len(text) - start > MAX_CHUNK_CHARS:
        cut = max(text.rfind(" ", start + MAX_CHUNK_CHARS // 2, start + MAX_CHUNK_CHARS),
                  text.rfind("\n", start + MAX_CHUNK_CHARS // 2, start + MAX_CHUNK_CHARS))
        cut = cut if cut > start else start + MAX_CHUNK_CHARS
        out.append((start, cut))
        start = cut
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def load_tagger(path: str | Path | None = None, *, types: frozenset[EntityType] | None = None) -> TaggerModel | None:
    """Load the tagger from `path` (default: the package's models/pii-tagger).

    `types` limits what it reports (None: every type it was trained for). A path given explicitly that
    holds no model is a ConfigError; without the package's model (a build that left the data out) or
    without spaCy, one warning is logged and None returned: detection runs without the tagger.
    """
    directory = Path(path) if path is not None else DEFAULT_PATH
    if not (directory / "config.cfg").is_file():
        if path is not None:
            raise ConfigError(f"PII tagger not found at {directory}")
        log.warning("PII tagger model missing (%s): detection runs without it", directory)
        return None
    try:
        import spacy
    except ImportError:
        log.warning("spaCy is not installed: detection runs without the PII tagger")
        return None
    nlp = spacy.load(directory)
    if "ner" not in nlp.pipe_names:
        raise ConfigError(f"PII tagger at {directory} has no NER component")
    return TaggerModel(nlp, directory, types)
