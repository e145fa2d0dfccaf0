"""A fast trained PII tagger: a linear classifier over hashed features of each token and its neighbours.

    tagger = load_token_tagger()      # the package's model (models/token-tagger.npz), or None with a warning
    spans = tagger.spans(text)        # typed spans, scored below every rule
    reading = tagger.read(text)       # the spans and each token's probability of not being PII

Like learned.py it sits beside the rules and finds what they name nowhere (a name after "Dear", a value
in a "Name:" field, an account number beside its cue), but reads a 1 KB prompt in about a millisecond
of CPU instead of ~23 ms: no network, one row of weights per feature, summed. Its per-token view also
tempers the NER model in the detector (detect.NerCheck): what it is sure is not PII is not sent there.

Every token (one regex: runs of word characters, and every punctuation character alone, since labels
in the corpus start and end there: "serena.distefano", "admin:hunter2@db") gets a few base features
(lower-cased form, shape, affixes, case and length, its word clusters, the spacing around it), looked
up in a vocabulary saved with the model, and two features of the value it stands in (value_features): the shape of
its whitespace-delimited value (length, the kinds of characters it mixes, their entropy and case changes: a generated
key against a word in code) and of its run of figures (how many, how grouped, whether they pass a card's Luhn check or
an SSN's rules). The word clusters carry what the corpus cannot teach, that
"Okonkwo" is a surname like "Smith": k-means groups of spaCy md's static word vectors (bench/privacy/
word_clusters.py; en_core_web_md 3.7.1, MIT licence, its vectors CC0), ~475,000 words stored in the
model as CRC-32 → (coarse, fine) cluster, so nothing here needs spaCy. A token's score for each label
sums the weight rows of its own features, those of its neighbours at -2..+2 (each offset hashed to its
own rows), a few conjunctions (the word before with this shape, the shapes around it) and a bag of the
words within six tokens. A softmax over "not PII" and the 15 entity types gives each token a label; a
run of one type (going on over a token glued between two of its tokens, or fairly likely to be of its
type) forms a span whose probability is the mean of its tokens', kept when it reaches the type's
threshold stored with the model (bench/privacy/train_token_tagger.py trains it and chooses the types
and thresholds by leave-one-out).
"""

from __future__ import annotations

import json
import logging
import math
import re
import zlib
from bisect import bisect_left
from collections import Counter
from itertools import repeat
from pathlib import Path

import numpy as np
from stdnum import luhn

from llmvpn.errors import ConfigError
from llmvpn.privacy.spans import EntityType, Span

log = logging.getLogger(__name__)

DEFAULT_PATH = Path(__file__).resolve().parent / "models" / "token-tagger.npz"
# Below every rule (0.6-0.99) and the md model (0.7), as learned.SCORE: an overlap goes to the rule.
SCORE = 0.5
LABELS: tuple[str, ...] = ("O", *(t.value for t in EntityType))  # index 0: not PII
TOKEN = re.compile(r"\w+|[^\w\s]")
# Tokens scored at once: bounds memory (each token gathers ~50 rows of 16 weights) on long texts.
BLOCK = 4096
WINDOW = 2  # neighbours on each side whose features a token sees
BAG = 6  # words on each side in a token's bag of context words
EXTEND = 0.3  # probability of its type at which the token after a span extends it
# Base features, in this order per token; the last two are the spacing before and after it.
# "k" and "K" are the word's coarse and fine cluster (WordClusters).
KINDS = ("w", "sh", "ss", "p2", "p3", "s2", "s3", "s4", "c", "k", "K", "v", "n", "b", "a")
# The last four depend on where the token stands, not on the token alone: computed per text in encode(). "v" is the
# shape of the whitespace-delimited value the token is part of, "n" the digit run it is part of (value_features).
PLACED = 4
# The base features a token sees of its neighbours two away (of itself and the adjacent ones: all).
_FAR = np.array([KINDS.index(k) for k in ("w", "sh", "c", "k", "b", "a")])
_W, _SH = KINDS.index("w"), KINDS.index("sh")
_EDGE = " \t\r\n.,;:!?()[]{}<>\"'`“”‘’«»*|-"
# A character repeating the one before (not a line break, as "."): deleted, it leaves one of each run.
# Quicker than (.)\1+ → \1, whose replacement Python expands per match (~1.5 µs a token against ~0.4).
_RUNS = re.compile(r"(?<=(.))\1+")


def _shape_table() -> dict[int, str]:
    table = {}
    for cp in range(0x3000):
        ch = chr(cp)
        if ch.isdigit():
            table[cp] = "d"
        elif ch.isalpha():
            table[cp] = "X" if ch.isupper() else "x"
    return table


_SHAPE = _shape_table()


class WordClusters:
    """Word → (coarse, fine) cluster of its md word vector (bench/privacy/word_clusters.py builds them).

    Stored as the sorted CRC-32s of the words and their cluster ids: ~4 MB of arrays instead of a
    dict of ~475,000 strings. A word not found as written is looked up in title case ("BRANNIGAN").
    """

    def __init__(self, keys: np.ndarray, ids: np.ndarray) -> None:
        self._keys = keys
        self._ids = ids

    def _find(self, words: list[str]) -> np.ndarray:
        keys = np.array([zlib.crc32(w.encode("utf-8", "surrogatepass")) for w in words], dtype=np.uint32)
        at = np.minimum(self._keys.searchsorted(keys), len(self._keys) - 1)
        return np.where(self._keys[at] == keys, at, -1)

    def lookup(self, tokens: list[str]) -> list[tuple[int, int] | None]:
        """Each token's clusters, or None (one vectorised search for all, as written and in title case:
        a search per word, or a second one for the words missed, costs more)."""
        if not tokens or not len(self._keys):
            return [None] * len(tokens)
        n = len(tokens)
        at = self._find(tokens + [t.title() for t in tokens]).tolist()
        at = [k if k >= 0 or t.istitle() else titled for k, titled, t in zip(at[:n], at[n:], tokens)]
        ids = self._ids[np.maximum(at, 0)].tolist()
        return [None if k < 0 else (c[0], c[1]) for k, c in zip(at, ids)]


def token_features(token: str, cluster: tuple[int, int] | None = None) -> list[str]:
    """The base features of one token that do not depend on where it stands (all but the spacing);
    `cluster`: its WordClusters.lookup."""
    low = token.lower()
    full = token[:32].translate(_SHAPE)
    n = len(token)
    if token.isdigit():
        case = f"d{min(n, 20)}"
    elif token.isalpha():
        case = ("t" if token.istitle() else "u" if token.isupper() else "l" if token.islower() else "m") + str(
            n if n < 5 else 6 if n < 7 else 9 if n < 10 else 15 if n < 16 else 99)
    else:
        case = "n" + str(n if n < 5 else 9 if n < 10 else 15 if n < 16 else 99)
    coarse, fine = ("k-", "K-") if cluster is None else (f"k{cluster[0]}", f"K{cluster[1]}")
    return ["w" + low[:24], "h" + _RUNS.sub("", full), "S" + full[:6], "P" + low[:2], "Q" + low[:3],
            "s" + low[-2:], "t" + low[-3:], "u" + low[-4:], "c" + case, coarse, fine]


# What each code point is as spacing: 1 a line break, 2 other space (str.isspace), 3 nothing; U+3000 is the
# last space, so any code point above reads as the table's last entry, U+3001.
_SPACING_KIND = np.full(0x3002, 3, dtype=np.int8)
_SPACING_KIND[[cp for cp in range(0x3002) if chr(cp).isspace()]] = 2
_SPACING_KIND[10] = 1


def _spacing_kinds(text: str) -> np.ndarray:
    """Each character's _SPACING_KIND."""
    return _SPACING_KIND[np.minimum(_codes(text), len(_SPACING_KIND) - 1)]


def _spacing(kinds: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What stands before and after each token: 0 the text's edge, else the character's _SPACING_KIND."""
    padded = np.zeros(len(kinds) + 2, dtype=np.int8)
    padded[1:-1] = kinds
    return padded[starts], padded[ends + 1]  # the character before a token's start, after its end (in padded)


SPACING = ("^", "n", "s", "-")  # the spacing features' names, by kind above


# TOKEN, captured: split() then gives the text between the tokens and the tokens, in turn.
_TOKEN_OR_GAP = re.compile(f"({TOKEN.pattern})")


def _tokens(text: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    """The text's tokens (TOKEN.findall), their starts and ends."""
    parts = _TOKEN_OR_GAP.split(text)  # gap, token, gap, ..., token, gap: the whole text
    # Every offset from the parts' lengths, summed at once: ~20 µs less than a str.find per token on 1 KB.
    bounds = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)))
    return parts[1::2], bounds[:-1:2], bounds[1::2]


def encode(text: str, vocab: dict[str, int], known: dict[str, int] | None = None,
           known_ids: np.ndarray | None = None,
           clusters: WordClusters | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token starts, ends and base-feature ids (n × len(KINDS), -1 for a feature not in `vocab`).

    `known` maps frequent tokens to their row of `known_ids` (their features' ids, precomputed with
    the model): most words of a prompt are found there, and only the others cost a dozen lookups.
    """
    tokens, starts, ends = _tokens(text)
    n = len(tokens)
    base = np.empty((n, len(KINDS)), dtype=np.int64)
    if not n:
        return starts, ends, base
    if known and known_ids is not None:
        index = np.fromiter(map(known.get, tokens, repeat(-1, n)), dtype=np.int64, count=n)
        base[:, :-PLACED] = known_ids[index]  # an unknown token (-1) takes the last row here, replaced below
    else:
        index = np.full(n, -1)
    get = vocab.get
    unknown = np.flatnonzero(index < 0).tolist()
    if unknown:
        new = list(dict.fromkeys(tokens[i] for i in unknown))
        found = clusters.lookup(new) if clusters is not None else [None] * len(new)
        ids = {t: [get(f, -1) for f in token_features(t, c)] for t, c in zip(new, found)}
        base[unknown, :-PLACED] = [ids[tokens[i]] for i in unknown]
    kinds = _spacing_kinds(text)
    # The placed features' ids by numpy: one per distinct value, one per run of figures, not one per token.
    shapes, which = _value_shapes(text, kinds < 3, starts)
    base[:, -4] = np.array([get(shape, -1) for shape in shapes])[which]
    base[:, -3] = get("n-", -1)
    for lo, hi, run in _digit_runs(text, starts):
        base[lo:hi, -3] = get(run, -1)
    before, after = _spacing(kinds, starts, ends)
    base[:, -2] = np.array([get("b" + k, -1) for k in SPACING])[before]
    base[:, -1] = np.array([get("a" + k, -1) for k in SPACING])[after]
    return starts, ends, base


_OPENERS, _CLOSERS = "\"'([{<«“‘", "\"'.,;:!?)]}>»”’"
_DIGIT_RUN = re.compile(r"[0-9](?:[ .-]?[0-9])*")
_GROUP_SEPARATORS = re.compile(r"[ .-]")
_CASE_RUNS = re.compile(r"[a-z]+|[A-Z]+|[0-9]+")
_ASCII_FIGURE = re.compile(r"[0-9]")


_WORD_MASKS = {(True, False): "l---", (False, True): "-u--", (False, False): "lu--"}  # by (islower, isupper)
_K_LOG_K = [0.0] + [k * math.log2(k) for k in range(1, 257)]


def _value_shape(value: str) -> str:
    """What a value looks like, whatever it says: its length, which kinds of characters it mixes, how random its
    characters are and how often their case changes ("JhZmK23pN0zF..." against "processPayment2" or "2024-05-01")."""
    n = len(value)
    if n < 4:
        return "v<4"
    size = "a" if n < 8 else "b" if n < 13 else "c" if n < 20 else "d" if n < 32 else "e" if n < 64 else "f"
    if value.isascii():  # (most values: the same answers as below, without a Python step per character)
        if value.isalpha():  # a word (most of those): its case tells which letters it has; it has no others
            mask = _WORD_MASKS[value.islower(), value.isupper()]
        else:
            mask = ("l" if value != value.upper() else "-") + ("u" if value != value.lower() else "-") + (
                "d" if _ASCII_FIGURE.search(value) else "-") + ("s" if not value.isalnum() else "-")
    else:
        mask = "".join(k if any(f(c) for c in value) else "-" for k, f in (("l", str.islower), ("u", str.isupper), ("d", str.isdigit)))
        mask += "s" if not value.isalnum() else "-"
    if n < 8:
        return f"v{size}{mask}"
    if n <= 256:  # str.count per distinct character is quicker than a Counter; in the same order, the same sum
        spread = sum([_K_LOG_K[k] for k in map(value.count, dict.fromkeys(value))])
    else:  # (a long value may hold thousands of distinct characters: a count each would be quadratic)
        spread = sum([k * math.log2(k) for k in Counter(value).values()])
    entropy = math.log2(n) - spread / n
    level = min(int(max(entropy - 2.0, 0) * 2), 5)  # 2.5, 3, 3.5, 4, 4.5 bits a character
    changes = min(int(len(_CASE_RUNS.findall(value)) / n * 8), 3)
    return f"v{size}{mask}{level}{changes}"


def _digit_run(run: str) -> str:
    """A run of figures with single spaces, dots or dashes between: how many, how grouped, and whether they pass a
    card's check (Luhn, 12-19 figures) or an SSN's rules (9 figures): "4111 1111 1111 1111" is n16|4.4.4.4|L."""
    groups = _GROUP_SEPARATORS.split(run)
    digits = "".join(groups)
    grouping = (".".join([str(len(g)) for g in groups]) if 1 < len(groups) <= 6
                else "" if len(groups) == 1 else "many")
    marks = "L" if 12 <= len(digits) <= 19 and luhn.is_valid(digits) else ""
    if len(digits) == 9 and digits[:3] not in ("000", "666") and digits[0] != "9" and digits[3:5] != "00" and digits[5:] != "0000":
        marks += "S"
    return f"n{min(len(digits), 25)}|{grouping}|{marks}"


def value_features(text: str, starts: np.ndarray) -> tuple[list[str], list[str]]:
    """Each token's "v" (the shape of the whitespace-delimited value it stands in, its edge punctuation left out)
    and "n" feature (its run of figures', for the tokens inside one of four figures or more; "n-" for the rest)."""
    n = len(starts)
    if not n:
        return [], []
    shapes, which = _value_shapes(text, _spacing_kinds(text) < 3, starts)
    runs = ["n-"] * n
    for lo, hi, run in _digit_runs(text, starts):
        runs[lo:hi] = [run] * (hi - lo)
    return [shapes[i] for i in which.tolist()], runs


def _value_shapes(text: str, space: np.ndarray, starts: np.ndarray) -> tuple[list[str], np.ndarray]:
    """The shapes of the text's distinct values and each token's among them (`space`: the text's spaces)."""
    # A token never spans a space, so its value is the chunk of text.split() it starts in: the number of chunk
    # starts up to its own start, counted by numpy over the text's characters (split() and _SPACING_KIND read
    # the same characters as space: str.isspace's). One shape per distinct value: a prompt repeats its words.
    opens = ~space
    opens[1:] &= space[:-1]
    chunk_of = (np.cumsum(opens) - 1)[starts]
    distinct: dict[str, int] = {}
    of_chunk = [distinct.setdefault(chunk, len(distinct)) for chunk in text.split()]
    shapes = [_value_shape(chunk.lstrip(_OPENERS).rstrip(_CLOSERS)) for chunk in distinct]
    return shapes, np.array(of_chunk)[chunk_of]


def _digit_runs(text: str, starts: np.ndarray) -> list[tuple[int, int, str]]:
    """The runs of four figures or more, each as the tokens it covers (lo:hi) and its _digit_run feature."""
    if _ASCII_FIGURE.search(text) is None:
        return []
    at, found = starts.tolist(), []
    for m in _DIGIT_RUN.finditer(text):
        if m.end() - m.start() >= 4:
            lo, hi = bisect_left(at, m.start()), bisect_left(at, m.end())
            if lo < hi:
                found.append((lo, hi, _digit_run(m.group())))
    return found


def _codes(text: str) -> np.ndarray:
    """The text's code points, one per character (Python's indices)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


_MIX = np.uint64(0x9E3779B97F4A7C15)


def _salts(tags: np.ndarray) -> np.ndarray:
    """What _hash adds for each tag: (id + 1) * _MIX + tag * 0x632B... (mod 2**64) is id * _MIX + this."""
    return tags.astype(np.uint64) * np.uint64(0x632BE59BD9B4E019) + _MIX


def _hash(ids: np.ndarray, tags: np.ndarray, buckets: int) -> np.ndarray:
    """Rows for feature ids seen under `tags` (per column: an offset, a conjunction); -1 (unknown) → the
    zero row `buckets`."""
    # Read as uint64 (-1 as 2**64 - 1) without a copy first; in place from here.
    h = ids.astype(np.int64, copy=False).view(np.uint64) * _MIX
    h += _salts(tags)  # with the + 1 of (ids + 1) * _MIX: one addition
    h ^= h >> np.uint64(29)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(32)
    if buckets & (buckets - 1) == 0:  # a power of two, as trained: a mask, as the modulo but ~10x quicker
        h &= np.uint64(buckets - 1)
    else:
        h %= np.uint64(buckets)
    out = h.view(np.int64)  # below `buckets`: the same numbers
    out[ids < 0] = buckets
    return out


def _tags() -> np.ndarray:
    """The tag of each column feature_rows hashes: 0 own features, 10 ± offset a neighbour's, 30 the
    conjunctions, 40 the bag word (then the bias, unhashed)."""
    tags = [0] * len(KINDS)
    for offset in range(1, WINDOW + 1):
        for sign in (-1, 1):
            tags += [sign * offset + 10] * (len(KINDS) if offset == 1 else len(_FAR))
    return np.array(tags + [30, 30, 30, 40], dtype=np.int64)


_TAGS = _tags()
# Feature ids stay below this (vocabularies are smaller): a pair or triple of them becomes one id.
_SIZE = np.int64(1 << 20)


def _joined(*parts: np.ndarray) -> np.ndarray:
    """A pair or triple of feature ids as one (each below _SIZE), -1 where any is -1."""
    out = parts[0] * _SIZE + parts[1]
    unknown = parts[0] | parts[1]
    for part in parts[2:]:
        out *= _SIZE
        out += part
        unknown |= part
    out |= unknown >> 63  # -1 where any is negative (its sign bit), else 0: fewer numpy calls than np.where
    return out


def feature_rows(base: np.ndarray, buckets: int, unknown: int) -> tuple[np.ndarray, np.ndarray]:
    """Weight rows each token sums (n × m) and the row each token adds to its neighbours' bags (n)."""
    n, kinds = base.shape
    # Built as its transpose (m × n, returned as a view): each part is one contiguous block of it, filled in
    # place, and scores gathers the weights with contiguous indices (~10 µs less on a 1 KB prompt).
    padded = np.full((kinds, n + 2 * WINDOW), unknown, dtype=np.int64)  # past the text: a feature of its own
    padded[:, WINDOW : WINDOW + n] = base.T
    ids = np.empty((len(_TAGS), n), dtype=np.int64)
    ids[:kinds] = padded[:, WINDOW : WINDOW + n]
    at = kinds
    for offset in range(1, WINDOW + 1):
        for sign in (-1, 1):
            near = padded[:, WINDOW + sign * offset : WINDOW + sign * offset + n]
            if offset > 1:
                near = near[_FAR]
            ids[at : at + len(near)] = near
            at += len(near)
    w, sh = padded[_W], padded[_SH]
    before, here, after = (slice(WINDOW + offset, WINDOW + offset + n) for offset in (-1, 0, 1))
    prev_w, word, next_w = w[before], w[here], w[after]
    prev_sh, shape, next_sh = sh[before], sh[here], sh[after]
    ids[at] = _joined(prev_w, shape)
    ids[at + 1] = _joined(prev_sh, shape, next_sh)
    ids[at + 2] = _joined(shape, next_w)
    ids[at + 3] = word
    rows = _hash(ids, _TAGS[:, None], buckets)  # one pass of numpy calls, not one per part
    bag = rows[-1].copy()
    rows[-1] = 0  # the bias: every token, bucket 0
    return rows.T, bag


def scores(weights: np.ndarray, rows: np.ndarray, bag_rows: np.ndarray) -> np.ndarray:
    """Label scores (n × labels): each token's rows summed, plus its neighbours' bag rows."""
    s = np.take(weights, rows.T, axis=0).sum(axis=0, dtype=np.float32)  # quicker than over the middle axis
    bag = np.take(weights, bag_rows, axis=0).astype(np.float32, copy=False)
    n, labels = bag.shape
    # The bag rows' running sums, cum[k] = the sum of the rows before k - BAG (k - BAG clipped to 0..n): each
    # token's window, rows i - BAG .. i + BAG, is then a difference of two slices, not of two gathers.
    cum = np.empty((n + 2 * BAG + 1, labels), dtype=np.float32)
    cum[: BAG + 1] = 0
    np.cumsum(bag, axis=0, out=cum[BAG + 1 : BAG + 1 + n])
    cum[BAG + 1 + n :] = cum[BAG + n]
    s += cum[2 * BAG + 1 :] - cum[:n] - bag
    return s


def _row_max(s: np.ndarray) -> np.ndarray:
    """Each row's maximum (n × 1). numpy's max along rows of 16 goes a row at a time (~0.1 µs each); down
    the columns of a contiguous transpose it is a few vector passes (~3 µs on a 1 KB prompt, against ~22)."""
    return s.T.copy().max(axis=0)[:, None]


def softmax(s: np.ndarray) -> np.ndarray:
    s = s - _row_max(s)
    np.exp(s, out=s)
    s /= s.sum(axis=1, keepdims=True)
    return s


class TokenTagger:
    """The loaded model. Thread-safe: it holds read-only arrays and reads nothing else."""

    def __init__(self, weights: np.ndarray, vocab: dict[str, int], known: dict[str, int], known_ids: np.ndarray,
                 config: dict, types: frozenset[EntityType] | None = None, path: Path | None = None,
                 clusters: WordClusters | None = None) -> None:
        self._weights = weights
        self._vocab = vocab
        self._known = known
        self._known_ids = known_ids
        self.clusters = clusters
        self._buckets = int(config["buckets"])
        self.thresholds = {EntityType(t): float(v) for t, v in config["thresholds"].items()}
        # How sure of "not PII" it must be to keep a sentence from the NER model (skip_at) or drop a span of
        # the model's (veto_at), chosen with the thresholds: detect.NerCheck's fields.
        self.ner_check: dict[str, float] = {k: float(v) for k, v in config.get("ner_check", {}).items()}
        taken = frozenset(self.thresholds)
        self.types = taken if types is None else taken & frozenset(types)
        self.path = path

    def probabilities(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Token starts, ends and label probabilities (n × len(LABELS))."""
        starts, ends, base = encode(text, self._vocab, self._known, self._known_ids, self.clusters)
        n = len(base)
        if 0 < n <= BLOCK:  # one block (most prompts): no copy
            rows, bag_rows = feature_rows(base, self._buckets, len(self._vocab))
            return starts, ends, softmax(scores(self._weights, rows, bag_rows))
        probs = np.zeros((n, len(LABELS)), dtype=np.float32)
        for lo in range(0, n, BLOCK):
            # Each block sees WINDOW + BAG tokens of context on each side, as if the text were whole.
            a, b = max(0, lo - WINDOW - BAG), min(n, lo + BLOCK + WINDOW + BAG)
            rows, bag_rows = feature_rows(base[a:b], self._buckets, len(self._vocab))
            block = softmax(scores(self._weights, rows, bag_rows))
            probs[lo : lo + BLOCK] = block[lo - a : lo - a + min(BLOCK, n - lo)]
        return starts, ends, probs

    def spans(self, text: str) -> list[Span]:
        """Typed spans the tagger finds in `text` (overlap-free among themselves, sorted by start)."""
        if not self.types or not text.strip():
            return []
        return self.read(text).spans

    def read(self, text: str) -> Reading:
        """Its spans and what it thinks of every token: what the detector needs to weigh NER's finds."""
        starts, ends, probs = self.probabilities(text)
        spans = [Span(start, end, etype, SCORE) for start, end, etype, p in _runs(text, starts, ends, probs)
                 if etype in self.types and p >= self.thresholds[etype]]
        return Reading(spans, starts, ends, probs[:, 0] if len(probs) else np.zeros(0, dtype=np.float32))

    def guesses(self, text: str) -> list[tuple[int, int, EntityType, float]]:
        """Every run of tokens labelled with one type, with its mean probability (before thresholds)."""
        return _runs(text, *self.probabilities(text))


class Reading:
    """The tagger's answer for one text: its spans, and each token's probability of not being PII."""

    def __init__(self, spans: list[Span], starts: np.ndarray, ends: np.ndarray, not_pii: np.ndarray) -> None:
        self.spans = spans
        self._starts = starts
        self._ends = ends
        self._not_pii = not_pii

    def sure_not_pii(self, at_least: float) -> list[tuple[int, int]]:
        """The tokens it gives at least this probability of not being PII, as (start, end)."""
        sure = np.flatnonzero(self._not_pii >= at_least)
        return list(zip(self._starts[sure].tolist(), self._ends[sure].tolist()))

    def not_pii_within(self, start: int, end: int) -> float:
        """The lowest probability of not being PII among the tokens of text[start:end] (1.0: no token)."""
        lo = int(np.searchsorted(self._ends, start, side="right"))
        hi = int(np.searchsorted(self._starts, end, side="left"))
        return float(self._not_pii[lo:hi].min()) if hi > lo else 1.0


def _runs(text: str, starts: np.ndarray, ends: np.ndarray, probs: np.ndarray) -> list[tuple[int, int, EntityType, float]]:
    """Every run of tokens labelled with one type, with its mean probability."""
    if not len(probs):
        return []
    labels = probs.argmax(axis=1)
    marked = np.flatnonzero(labels).tolist()
    if not marked:
        return []
    # Plain lists from here: a Python loop over numpy scalars costs microseconds a step.
    labels, starts, ends = labels.tolist(), starts.tolist(), ends.tolist()
    found, n, j = [], len(labels), 0
    for i in marked:
        if i < j:
            continue  # inside the run just read
        label, j = labels[i], i + 1
        # A run goes on over the next tokens of its type, or fairly likely to be, across spaces and
        # punctuation, not across a blank line; and over one token glued between two of its type
        # (the "-" of "Vasquez-Oduya", the "." of "j.smith").
        while j < n and "\n\n" not in text[ends[j - 1] : starts[j]]:
            if labels[j] == label or probs.item(j, label) >= EXTEND:
                j += 1
            elif j + 1 < n and labels[j + 1] == label and ends[j - 1] == starts[j] and ends[j] == starts[j + 1]:
                j += 2
            else:
                break
        start, end = starts[i], ends[j - 1]
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        if end - start >= 2:
            # Its probability: the mean over the tokens labelled with its type, not those it bridged.
            core = [probs.item(k, label) for k in range(i, j) if labels[k] == label]
            found.append((start, end, EntityType(LABELS[label]), sum(core) / len(core)))
    return found


def load_token_tagger(path: str | Path | None = None, *, types: frozenset[EntityType] | None = None,
                      thresholds: dict[str, float] | None = None) -> TokenTagger | None:
    """Load the tagger from `path` (default: the package's models/token-tagger.npz).

    `types` limits what it reports (None: the types its thresholds take); `thresholds` replaces the
    stored ones (for choosing them). A path given explicitly that holds no model is a ConfigError;
    without the package's model, one warning is logged and None returned: detection runs without it.
    """
    file = Path(path) if path is not None else DEFAULT_PATH
    if not file.is_file():
        if path is not None:
            raise ConfigError(f"token tagger not found at {file}")
        log.warning("token tagger model missing (%s): detection runs without it", file)
        return None
    with np.load(file, allow_pickle=False) as data:
        # Stored in float16 (half the file), summed in float32: numpy gathers float32 rows faster.
        weights = data["weights"].astype(np.float32)
        config = json.loads(bytes(data["config"]).decode())
        words = bytes(data["vocab"]).decode("utf-8", "surrogatepass").split("\n")
        tokens = bytes(data["tokens"]).decode("utf-8", "surrogatepass").split("\n")
        known_ids = data["token_ids"].astype(np.int64)
        clusters = (WordClusters(data["cluster_keys"], data["cluster_ids"])
                    if "cluster_keys" in data.files else None)
    if config.get("labels") != list(LABELS) or config.get("kinds") != list(KINDS):
        raise ConfigError(f"token tagger at {file} was trained for other labels or features")
    weights.flags.writeable = False
    known_ids.flags.writeable = False
    if thresholds is not None:
        config["thresholds"] = thresholds
    known = {t: i for i, t in enumerate(tokens)}
    return TokenTagger(weights, {w: i for i, w in enumerate(words)}, known, known_ids, config, types, file, clusters)
