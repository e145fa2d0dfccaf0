"""spaCy's NER model run as one flat numpy forward pass, with spaCy's own arithmetic.

thinc runs the model through some sixty `Model` objects, and on a 14-token window most of the ~3 ms
goes to their Python overhead (calls, dropout walks, splits, allocations); the products themselves take
~0.4 ms. Here the same weights go through the same operations written out once: the hashed embeddings,
the static vectors' projection, the maxout + layer-norm mixer, the four residual window layers, the
projection to the parser's width, the precomputed lower layer, then spaCy's greedy BILUO loop.

The entities are spaCy's to the bit, which takes four things besides the same formulas:
- numpy's products (OpenBLAS), which are thinc's too once ner.py has given the model its MatmulOps;
- OpenBLAS rounds a row of a product differently depending on how many rows share the product, so the
  documents are grouped and concatenated exactly as spaCy's `Parser.pipe` does (sorted by length within
  batches, sub-batches of a quarter), with thinc's padding rows between them in the window layers;
- thinc's own hash, gather-add and window functions (`NumpyOps.hash`, `gather_add`, `seq2col`);
- blis for the output layer, which is what spaCy's parser loop calls (its results don't depend on the
  number of rows; numpy's do).

Only one architecture is supported (`UnsupportedModel` otherwise): spacy.TransitionBasedParser.v2 for
NER with an upper layer, nF=3, its own Tok2Vec.v2 of MultiHashEmbed.v2 (with or without static vectors,
default-mode vectors table) and MaxoutWindowEncoder.v2, as in en_core_web_md and en_core_web_sm 3.7-3.8.
At load, the token vectors and the entities of a few sentences are compared with thinc's own forward
pass: any difference (a thinc or spaCy release computing differently) keeps spaCy's pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy

_MOVES = "BILU"
# The spaCy and thinc releases whose parser loop, state features, BILUO rules and layers this module
# was written from (spaCy 3.8.18, thinc 8.3.14) and which share that code; others run through spaCy.
SPACY_VERSIONS = ((3, 7), (3, 8))
THINC_VERSIONS = ((8, 2), (8, 3))


class UnsupportedModel(Exception):
    """The loaded model is not the architecture this module replicates."""


@dataclass(frozen=True, slots=True)
class MaxoutNorm:
    """thinc's Maxout(normalize=True): an affine layer, the max of each unit's pieces, then LayerNorm."""

    W: Any  # (nO * nP, nI), a view of thinc's (nO, nP, nI) parameter
    b: Any  # (nO * nP,)
    pieces: int
    G: Any
    beta: Any
    maxout: Any  # thinc's NumpyOps.maxout (numpy's max over a 3-long axis is 20x slower)

    def __call__(self, X: Any) -> Any:
        Y = numpy.matmul(X, self.W.T)
        Y += self.b
        best = self.maxout(Y.reshape((Y.shape[0], -1, self.pieces)))[0]
        # thinc's LayerNorm, operation for operation (float32 means and variances).
        mu = best.mean(axis=1, keepdims=True)
        var = best.var(axis=1, keepdims=True) + 1e-08
        out = (best - mu) * var ** (-1.0 / 2.0)
        out = out * self.G
        out += self.beta
        return out


@dataclass(frozen=True, slots=True)
class Tok2Vec:
    """MultiHashEmbed.v2 + MaxoutWindowEncoder.v2 + the parser's Linear down to its hidden width."""

    ops: Any  # thinc NumpyOps: its hash / gather_add / seq2col are used as plain functions
    tables: tuple[tuple[Any, int], ...]  # (E, seed) per attribute column
    static_W: Any | None  # StaticVectors projection (nO, nM), or None without static vectors
    vectors: Any | None  # the vocabulary's vectors table, shared (not copied)
    key2row: dict[int, int] | None
    mixer: MaxoutNorm
    encoder: tuple[MaxoutNorm, ...]
    window: int
    pad: int  # thinc's padding rows between documents in the window layers
    proj_W: Any
    proj_b: Any

    def __call__(self, features: list[Any]) -> Any:
        """Token vectors (all documents concatenated) from each document's to_array(COLUMNS) rows."""
        rows = numpy.concatenate(features)
        embedded = [self._hashed(rows[:, 1 + i], E, seed) for i, (E, seed) in enumerate(self.tables)]
        if self.static_W is not None:
            embedded.append(self._static(rows[:, 0]))
        mixed = self.mixer(numpy.hstack(embedded))
        encoded = self._encode(mixed, [len(f) for f in features])
        out = numpy.matmul(encoded, self.proj_W.T)
        out += self.proj_b
        return out

    def _hashed(self, ids: Any, E: Any, seed: int) -> Any:
        keys = self.ops.hash(numpy.ascontiguousarray(ids, dtype="uint64"), seed) % E.shape[0]
        return self.ops.gather_add(E, keys)

    def _static(self, orths: Any) -> Any:
        rows = numpy.asarray([self.key2row.get(key, -1) for key in orths.tolist()], dtype="i")
        out = numpy.matmul(numpy.ascontiguousarray(self.vectors[rows]), self.static_W.T)
        out[rows < 0] = 0  # words without a vector
        return out

    def _encode(self, X: Any, lengths: list[int]) -> Any:
        """The residual window layers over the documents laid out as thinc's with_array(pad=...) does:
        `pad` zero rows before, between and after them (they stop being zero after the first layer, so
        they are part of the arithmetic, not an optimisation to leave out)."""
        pad = numpy.zeros((self.pad, X.shape[1]), dtype=X.dtype)
        pieces, start = [], 0
        for n in lengths:
            pieces += [pad, X[start : start + n]]
            start += n
        Xf = numpy.concatenate([*pieces, pad])
        for layer in self.encoder:
            Xf = Xf + layer(self.ops.seq2col(Xf, self.window))
        keep, start = [], self.pad
        for n in lengths:
            keep.append(Xf[start : start + n])
            start += n + self.pad
        return numpy.concatenate(keep)


@dataclass(frozen=True, slots=True)
class Parser:
    """The precomputed lower layer, the upper layer and the BILUO moves (in the model's class order)."""

    lower_W: Any  # (nF * nO * nP, nI)
    lower_pad: Any  # (nF, nO * nP): the feature vectors of "no token"
    lower_b: Any  # (nO * nP,)
    pieces: int
    maxout: Any
    upper_W: Any  # (n_classes, nO)
    upper_b: Any
    gemm: Any  # blis.py.gemm
    moves: list[int]  # per class: its index into "BILU", -1 for O
    labels: tuple[str, ...]  # per class
    outside: Any  # bool masks over classes: B-x, U-x and O (valid outside an entity)
    begin: Any  # B-x
    out: Any  # O
    inside: dict[str, int]  # label -> class of I-label
    last: dict[str, int]

    def features(self, tokvecs: Any) -> Any:
        """(n + 1, nF, nO * nP): each token's contribution as each of the nF state features; row 0 is
        the padding (PrecomputableAffine's layout, which spaCy's state features index with id + 1)."""
        nF = self.lower_pad.shape[0]
        cached = numpy.empty((tokvecs.shape[0] + 1, self.lower_W.shape[0]), dtype="float32")
        numpy.matmul(tokvecs, self.lower_W.T, out=cached[1:])
        cached = cached.reshape((cached.shape[0], nF, -1))
        cached[0] = self.lower_pad
        return cached

    def scores(self, unmaxed: Any) -> Any:
        """Class scores from the summed state features: + bias, maxout, upper layer (blis, as spaCy)."""
        unmaxed = unmaxed + self.lower_b
        hidden = self.maxout(unmaxed.reshape((unmaxed.shape[0], -1, self.pieces)))[0]
        out = self.gemm(hidden, self.upper_W, trans2=True, beta=0.0)
        out += self.upper_b
        return out

    def entities(self, cached: Any, offset: int, is_space: Any) -> list[tuple[int, int, str]]:
        """spaCy's greedy loop for one document: (start token, end token, label) of its entities.

        The state's features are (B0, first token of the open entity, B0 - 1 when one is open), so
        every state without an open entity is scored in one batch up front; states inside an entity
        (rare) are scored as they come. With no preset entities or sentence starts (a tokenizer's Doc),
        BiluoPushDown's validity rules reduce to: outside an entity, O always, U-x unless the token is
        whitespace, B-x also unless it is the last token; inside one, L-x and, unless at the last token,
        I-x, for the entity's own label x. Ties go to the lower class, as in spaCy's arg_max_if_valid.
        """
        n = len(is_space)
        own = cached[offset + 1 : offset + n + 1]
        # spaCy sums the features in order (0 + f0 + f1 + f2), then adds the bias.
        closed = self.scores(own[:, 0] + cached[0, 1] + cached[0, 2])
        allowed = numpy.where(is_space[:, None], self.out, self.outside)
        allowed[-1] &= ~self.begin
        best = numpy.where(allowed, closed, -numpy.inf).argmax(axis=1).tolist()
        found: list[tuple[int, int, str]] = []
        t = 0
        while t < n:
            clas = best[t]
            move = self.moves[clas]
            if move == 3:  # U
                found.append((t, t + 1, self.labels[clas]))
            elif move == 0:  # B: the entity runs until an L
                label, start = self.labels[clas], t
                t += 1
                while t < n - 1 and self._continues(cached, offset, start, t, label):
                    t += 1
                found.append((start, t + 1, label))
            t += 1
        return found

    def _continues(self, cached: Any, offset: int, start: int, t: int, label: str) -> bool:
        """Inside an entity, before the last token: True for I-label, False for L-label."""
        row = offset + t + 1
        unmaxed = cached[row, 0] + cached[offset + start + 1, 1] + cached[row - 1, 2]
        scores = self.scores(unmaxed[None, :])[0]
        inside, last = self.inside[label], self.last[label]
        return bool(scores[inside] > scores[last] or (scores[inside] == scores[last] and inside < last))


@dataclass(frozen=True, slots=True)
class NumpyNer:
    tok2vec: Tok2Vec
    parser: Parser
    batch_size: int  # the batch size spaCy's pipe would be given: documents are grouped as it groups them
    columns: list[int]  # spaCy attribute ids: ORTH, the four embedded attributes, IS_SPACE

    def __call__(self, docs: Sequence[Any]) -> list[list[tuple[int, int, str]]]:
        """Per document (from the pipeline's tokenizer), its entities as (start char, end char, label)."""
        found: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        for group in spacy_groups([len(doc) for doc in docs], self.batch_size):
            present = [i for i in group if len(docs[i])]
            if not present:
                continue
            features = [docs[i].to_array(self.columns) for i in present]
            cached = self.parser.features(self.tok2vec([f[:, :5] for f in features]))
            offset = 0
            for i, f in zip(present, features, strict=True):
                doc = docs[i]
                for start, end, label in self.parser.entities(cached, offset, f[:, 5].astype(bool)):
                    last = doc[end - 1]
                    found[i].append((doc[start].idx, last.idx + len(last), label))
                offset += len(f)
        return found


def spacy_groups(lengths: list[int], batch_size: int) -> Iterator[list[int]]:
    """The documents' indices in the groups spaCy's Parser.pipe predicts together: batches of
    `batch_size`, each sorted by length and predicted a quarter at a time."""
    size = max(batch_size // 4, 2)
    for first in range(0, len(lengths), batch_size):
        ordered = sorted(range(first, min(first + batch_size, len(lengths))), key=lengths.__getitem__)
        for start in range(0, len(ordered), size):
            yield ordered[start : start + size]


def from_pipeline(nlp: Any, batch_size: int) -> NumpyNer:
    """The weights of `nlp`'s NER component, read once; UnsupportedModel if its architecture differs."""
    import blis.py
    import spacy
    import thinc
    from spacy.attrs import IS_SPACE, NORM, ORTH, PREFIX, SHAPE, SUFFIX
    from thinc.api import NumpyOps

    _require(_minor(spacy.__version__) in SPACY_VERSIONS, f"spaCy {spacy.__version__}")
    _require(_minor(thinc.__version__) in THINC_VERSIONS, f"thinc {thinc.__version__}")
    # The numpy pass reads the tokenizer's Docs: no other component may set entities or sentences first.
    _require(nlp.pipe_names == ["ner"], "components besides ner")
    pipe = nlp.get_pipe("ner")
    model = pipe.model
    _require(model.name == "parser_model" and model.attrs.get("has_upper"), "not a parser model with an upper layer")
    _require(not model.attrs.get("unseen_classes"), "unseen classes")
    _require(pipe.cfg.get("beam_width", 1) == 1, "beam search")
    _require(not getattr(pipe, "postprocesses", []), "postprocess hooks")
    _require(type(pipe.moves).__name__ == "BiluoPushDown", "not a BILUO transition system")
    tok2vec_model, lower, upper = model.layers
    ops = NumpyOps()
    forward = NumpyNer(
        _tok2vec(tok2vec_model, nlp.vocab, ops),
        _parser(pipe, lower, upper, ops, blis.py.gemm),
        batch_size,
        [ORTH, NORM, PREFIX, SUFFIX, SHAPE, IS_SPACE],
    )
    _require(agrees_with_spacy(nlp, forward), "results differ from thinc's forward pass")
    return forward


# Read at load by both passes; between them they cover whitespace tokens, multi-token entities and
# documents of different lengths in one group.
_CHECK_TEXTS = (
    "Hi, this is Maria Schneider from Lisbon; my colleague Jonas Becker works at Acme Logistics GmbH.",
    "Please send  the invoice to Dr. Aleksandra Nowak in Gdańsk before 14 March 2025.",
    "Meeting with the Northwind Traders team in New York next Tuesday.",
)


def agrees_with_spacy(nlp: Any, forward: NumpyNer) -> bool:
    """True if the numpy pass's token vectors and lower-layer features equal thinc's to the bit and
    its entities equal spaCy's, on a few sentences."""
    model = nlp.get_pipe("ner").model
    with nlp.memory_zone():
        docs = [nlp.make_doc(text) for text in _CHECK_TEXTS]
        tokvecs = model.layers[0].predict(docs)
        expected = numpy.asarray(model.layers[1].predict(tokvecs))
        mine = forward.tok2vec([doc.to_array(forward.columns[:5]) for doc in docs])
        if not numpy.array_equal(expected.reshape(-1), forward.parser.features(mine).reshape(-1)):
            return False
        entities = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in nlp.pipe(_CHECK_TEXTS)]
        return forward([nlp.make_doc(text) for text in _CHECK_TEXTS]) == entities


def _tok2vec(model: Any, vocab: Any, ops: Any) -> Tok2Vec:
    nodes = list(model.walk())
    static = next((node for node in nodes if node.name == "static_vectors"), None)
    _require(model.name == _tok2vec_layout(static is not None), "tok2vec layers")
    extract = next(node for node in nodes if node.name == "extract_features")
    _require(extract.attrs["columns"] == ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "feature columns")
    hashembeds = [node for node in nodes if node.name == "hashembed"]
    _require([h.attrs["column"] for h in hashembeds] == [0, 1, 2, 3], "hash embedding columns")
    maxouts = [node for node in nodes if node.name == "maxout"]
    norms = [node for node in nodes if node.name == "layernorm"]
    windows = {node.attrs["window_size"] for node in nodes if node.name == "expand_window"}
    _require(len(windows) == 1, "window sizes")
    encoder = next(node for node in nodes if node.name.startswith("with_array(residual"))
    linear = model.layers[-1]
    if static is not None:
        from spacy.vectors import Mode

        vectors = vocab.vectors
        _require(static.attrs.get("key_attr") == "ORTH" and vectors.mode == Mode.default, "static vectors mode")
        _require(isinstance(vectors.data, numpy.ndarray) and vectors.data.dtype == numpy.float32, "vectors table")
    return Tok2Vec(
        ops=ops,
        tables=tuple((h.get_param("E"), int(h.attrs["seed"])) for h in hashembeds),
        static_W=static.get_param("W") if static is not None else None,
        vectors=vocab.vectors.data if static is not None else None,  # a reference: no copy
        key2row=vocab.vectors.key2row if static is not None else None,
        mixer=_maxout_norm(maxouts[0], norms[0], ops),
        encoder=tuple(_maxout_norm(m, n, ops) for m, n in zip(maxouts[1:], norms[1:], strict=True)),
        window=int(windows.pop()),
        pad=int(encoder.attrs["pad"]),
        proj_W=linear.get_param("W"),
        proj_b=linear.get_param("b"),
    )


def _tok2vec_layout(static_vectors: bool) -> str:
    """thinc's name for MultiHashEmbed.v2 (4 attributes) >> MaxoutWindowEncoder.v2 (depth 4) >> the
    parser's list2array >> Linear: the names spell out every layer and how they are combined."""
    tables = "with_array(" + "|".join(["ints-getitem>>hashembed"] * 4) + ")"
    embed = "extract_features>>list2ragged>>" + tables + ("|static_vectors" if static_vectors else "")
    mixer = "with_array(maxout>>layernorm>>dropout)>>ragged2list"
    encoder = "with_array(" + ">>".join(["residual(expand_window>>maxout>>layernorm>>dropout)"] * 4) + ")"
    return f"{embed}>>{mixer}>>{encoder}>>list2array>>linear"


def _maxout_norm(maxout: Any, norm: Any, ops: Any) -> MaxoutNorm:
    nO, nP, nI = maxout.get_dim("nO"), maxout.get_dim("nP"), maxout.get_dim("nI")
    return MaxoutNorm(
        W=maxout.get_param("W").reshape((nO * nP, nI)),
        b=maxout.get_param("b").reshape((nO * nP,)),
        pieces=nP,
        G=norm.get_param("G"),
        beta=norm.get_param("b"),
        maxout=ops.maxout,
    )


def _parser(pipe: Any, lower: Any, upper: Any, ops: Any, gemm: Any) -> Parser:
    _require(lower.name == "precomputable_affine" and upper.name == "linear", "lower/upper layers")
    nF, nO, nP, nI = (lower.get_dim(d) for d in ("nF", "nO", "nP", "nI"))
    _require(nF == 3, "state features other than nF=3")
    names = [pipe.moves.get_class_name(i) for i in range(pipe.moves.n_moves)]
    _require(upper.get_dim("nO") == len(names) and upper.get_dim("nI") == nO, "upper layer size")
    moves = numpy.array([_MOVES.index(name[0]) if name != "O" else -1 for name in names])
    labels = tuple(name[2:] for name in names)
    _require(all(name == "O" or (name[0] in _MOVES and name[1] == "-") for name in names), "move names")
    # U- (no label) is only valid for preset blocked tokens, which a tokenizer's Doc doesn't have.
    labelled = numpy.array([bool(label) for label in labels])
    begin = (moves == 0) & labelled
    return Parser(
        lower_W=lower.get_param("W").reshape((nF * nO * nP, nI)),
        lower_pad=lower.get_param("pad").reshape((nF, nO * nP)),
        lower_b=lower.get_param("b").reshape((nO * nP,)),
        pieces=nP,
        maxout=ops.maxout,
        upper_W=numpy.ascontiguousarray(upper.get_param("W")),
        upper_b=upper.get_param("b"),
        gemm=gemm,
        moves=moves.tolist(),
        labels=labels,
        outside=begin | ((moves == 3) & labelled) | (moves == -1),
        begin=begin,
        out=moves == -1,
        inside={labels[i]: i for i in range(len(names)) if moves[i] == 1},
        last={labels[i]: i for i in range(len(names)) if moves[i] == 2},
    )


def _minor(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".")[:2] if part.isdigit())


def _require(condition: Any, what: str) -> None:
    if not condition:
        raise UnsupportedModel(what)
