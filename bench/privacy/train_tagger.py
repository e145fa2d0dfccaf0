"""Train the small PII tagger (llmvpn.privacy.learned) on the development sets of the corpus.

    .venv/bin/python -m bench.privacy.train_tagger                       # writes src/llmvpn/privacy/models/pii-tagger
    .venv/bin/python -m bench.privacy.train_tagger --leave-out fresh3 --out /tmp/t --eval fresh3

Training data: prompts generated from the five development sets (tuned, held-out, fresh, fresh2,
fresh3) with seeds from 1000 up, disjoint from the benchmark's (7-12), PII-free prompts included (they
teach what not to flag). Never fresh4 or later: those judge. Each epoch re-draws an augmentation of
every prompt so the model cannot learn the templates by heart: values swapped between prompts of any
set (a name from one template in another's slot), text or entities in lower or upper case, spacing
and punctuation noise, and two prompts joined into one.

Model: a blank English pipeline with a tokenizer that splits at every punctuation character, a
HashEmbedCNN tok2vec over NORM, PREFIX, SUFFIX and SHAPE (no word vectors: nothing about the
world, only shape and context) and a transition-based NER. Seeded: the same arguments give the same
model on the same machine (one thread).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import time
from collections import defaultdict
from pathlib import Path

from bench.privacy.corpus import Sample, generate

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "src" / "llmvpn" / "privacy" / "models" / "pii-tagger"
# The development sets: (name, generate() flag, offset of the training seed). fresh4 and later are judges.
DEV_SETS = (("tuned", None, 0), ("holdout", "holdout", 1), ("fresh", "fresh", 2), ("fresh2", "fresh2", 3), ("fresh3", "fresh3", 4))
TRAIN_SEED = 1000  # run.py evaluates on seeds 7..12

# Split at every character that is neither a word character nor a space: labels in the corpus start
# and end there ("serena.distefano", "admin:hunter2@db"), and English tokenization would hide them.
PUNCT = r"[^\w\s]"

CONFIG = """
[nlp]
lang = "en"
pipeline = ["tok2vec", "ner"]
batch_size = 64

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = {width}
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE"]
rows = [{rows}, {rows_small}, {rows_small}, {rows_shape}]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = {width}
depth = {depth}
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = {hidden}
maxout_pieces = 2
use_upper = true

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = {width}
upstream = "*"
"""

# Short openers and closers added around a prompt now and then (context the templates rarely vary).
_OPENERS = ["", "pls ", "Quick question: ", "hey, ", "Hi! ", "> ", "Q: ", "FYI ", "ok so ", "- "]
_CLOSERS = ["", " thx", " Thanks!", "\n\nthanks", " :)", " ??", "\n-- ", " pls"]


def training_samples(per_set: int, leave_out: set[str], seed: int) -> list[Sample]:
    samples = []
    for name, flag, offset in DEV_SETS:
        if name in leave_out:
            continue
        samples += generate(per_set, seed=seed + offset, **({flag: True} if flag else {}))
    return samples


def value_pool(samples: list[Sample]) -> dict[str, list[str]]:
    pool: dict[str, list[str]] = defaultdict(list)
    for sample in samples:
        for start, end, etype in sample.spans:
            pool[etype].append(sample.text[start:end])
    return pool


def context_words(samples: list[Sample]) -> list[str]:
    """Every word written outside a labelled value, in all the prompts (repeats kept: common words stay common)."""
    words = []
    for sample in samples:
        inside = _inside(sample.text, sample.spans)
        words += [m.group() for m in re.finditer(r"\S+", sample.text) if not any(inside[m.start() : m.end()])]
    return words


def augment(sample: Sample, rng: random.Random, pool: dict[str, list[str]], others: list[Sample],
            words: list[str], context: float) -> Sample:
    """One random variant of a prompt, labels moved with the text."""
    text, spans = sample.text, sorted(sample.spans)
    if spans and rng.random() < 0.5:  # values from other prompts (and sets) in this prompt's slots
        text, spans = _swap_values(text, spans, rng, pool)
    if rng.random() < 0.6:  # the template's own words changed: the value and its nearest cues must carry it
        text, spans = _perturb_context(text, spans, rng, words, context)
    roll = rng.random()
    if roll < 0.08:
        text = text.lower()
    elif roll < 0.12:
        text = _recase_entities(text, spans, rng)
    if rng.random() < 0.25:
        text, spans = _noise(text, spans, rng)
    if rng.random() < 0.15:  # two prompts in one: context from two templates, PII-free text beside PII
        other = rng.choice(others)
        joiner = rng.choice(["\n\n", " ", "\n", " Also, "])
        if rng.random() < 0.5:
            shift = len(text) + len(joiner)
            spans = spans + [(s + shift, e + shift, t) for s, e, t in other.spans]
            text = text + joiner + other.text
        else:
            shift = len(other.text) + len(joiner)
            spans = list(other.spans) + [(s + shift, e + shift, t) for s, e, t in spans]
            text = other.text + joiner + text
    if rng.random() < 0.15:
        opener, closer = rng.choice(_OPENERS), rng.choice(_CLOSERS)
        spans = [(s + len(opener), e + len(opener), t) for s, e, t in spans]
        text = opener + text + closer
    return Sample(text, spans, sample.kind, sample.locale)


def _inside(text: str, spans) -> list[bool]:
    inside = [False] * len(text)
    for start, end, _ in spans:
        inside[start:end] = [True] * (end - start)
    return inside


def _perturb_context(text, spans, rng, words, rate):
    """Words outside the values replaced by random words of other prompts, dropped, or joined by one."""
    inside = _inside(text, spans)
    out, positions, cursor = [], [0] * (len(text) + 1), 0
    total = 0

    def emit(piece: str) -> None:
        nonlocal total
        out.append(piece)
        total += len(piece)

    for m in re.finditer(r"\S+", text):
        for i in range(cursor, m.start()):
            positions[i] = total
            emit(text[i])
        word_inside = any(inside[m.start() : m.end()])
        roll = rng.random()
        if word_inside or roll >= rate:
            for i in range(m.start(), m.end()):
                positions[i] = total
                emit(text[i])
        else:
            for i in range(m.start(), m.end()):
                positions[i] = total
            if roll < rate * 0.6:
                emit(rng.choice(words))
            elif roll < rate * 0.8:
                emit(rng.choice(words) + " " + m.group())
            # else: the word is dropped
        cursor = m.end()
    for i in range(cursor, len(text)):
        positions[i] = total
        emit(text[i])
    positions[len(text)] = total
    return "".join(out), [(positions[s], positions[e - 1] + 1, t) for s, e, t in spans]


def _rebuild(text: str, spans: list[tuple[int, int, str]], values: list[str]) -> tuple[str, list[tuple[int, int, str]]]:
    out, new_spans, cursor = [], [], 0
    for (start, end, etype), value in zip(spans, values, strict=True):
        out.append(text[cursor:start])
        begin = sum(map(len, out))
        out.append(value)
        new_spans.append((begin, begin + len(value), etype))
        cursor = end
    out.append(text[cursor:])
    return "".join(out), new_spans


def _swap_values(text, spans, rng, pool):
    values = []
    for start, end, etype in spans:
        value = text[start:end]
        if rng.random() < 0.7 and pool.get(etype):
            new = rng.choice(pool[etype])
            # Keep the slot's case: a lower-case slot ("username", typed in lower case) stays lower case.
            value = new.lower() if value.islower() else new.upper() if value.isupper() and len(value) > 3 else new
        values.append(value)
    return _rebuild(text, spans, values)


def _recase_entities(text, spans, rng):
    change = str.lower if rng.random() < 0.6 else str.upper
    chars = list(text)
    for start, end, etype in spans:
        if etype in ("PERSON", "LOCATION", "ORGANIZATION", "ADDRESS"):
            chars[start:end] = change(text[start:end])
    return "".join(chars)


def _noise(text, spans, rng):
    """Spacing and punctuation changes outside the labelled values."""
    inside = [False] * (len(text) + 1)
    for start, end, _ in spans:
        for i in range(start, end):
            inside[i] = True
    out = []
    for i, ch in enumerate(text):
        if not inside[i] and ch == " " and rng.random() < 0.05:
            out.append(rng.choice(["  ", "\n", " \n", "\t"]))
        elif not inside[i] and ch in ",.!?" and rng.random() < 0.3:
            out.append(rng.choice(["", ch + ch, " " + ch]))
        else:
            out.append(ch)
    # Offsets after the edits: the length of everything before each original position.
    positions, total = [], 0
    for piece in out:
        positions.append(total)
        total += len(piece)
    positions.append(total)
    new_spans = [(positions[s], positions[e], t) for s, e, t in spans]
    return "".join(out), new_spans


def make_nlp(width: int, depth: int, rows: int, hidden: int):
    import spacy
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    config = spacy.util.load_config_from_str(CONFIG.format(width=width, depth=depth, rows=rows, rows_small=rows // 2,
                                                           rows_shape=max(rows // 8, 200), hidden=hidden))
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    nlp.tokenizer = Tokenizer(nlp.vocab, rules={}, prefix_search=compile_prefix_regex([PUNCT]).search,
                              suffix_search=compile_suffix_regex([PUNCT]).search,
                              infix_finditer=compile_infix_regex([PUNCT]).finditer, token_match=None, url_match=None)
    return nlp


def to_example(nlp, sample: Sample):
    from spacy.tokens import Span
    from spacy.training import Example
    from spacy.util import filter_spans

    doc = nlp.make_doc(sample.text)
    spans = []
    for start, end, etype in sample.spans:
        span = doc.char_span(start, end, label=etype, alignment_mode="expand")
        if span is not None and span.text.strip():
            spans.append(span)
    # Pieces of one value ("J." "Smith", a username of first and last name in one word) become one entity.
    merged: list[list] = []
    for span in sorted(spans, key=lambda s: s.start):
        if merged and merged[-1][2] == span.label_ and span.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], span.end)
        else:
            merged.append([span.start, span.end, span.label_])
    reference = nlp.make_doc(sample.text)
    reference.ents = filter_spans([Span(reference, s, e, label=t) for s, e, t in merged])
    return Example(doc, reference)


def evaluate(tagger_path: Path, set_name: str, n: int, seed: int) -> dict:
    """Tagger alone (no rules) on a development set, with run.py's measures."""
    from bench.privacy.run import quality
    from llmvpn.privacy.learned import load_tagger

    tagger = load_tagger(tagger_path)

    class Alone:
        def detect(self, text):
            from llmvpn.privacy.overlaps import resolve_overlaps
            return resolve_overlaps(tagger.spans(text), text)

    flag = dict((name, f) for name, f, _ in DEV_SETS)[set_name]
    return quality(Alone(), generate(n, seed=seed, **({flag: True} if flag else {})))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="directory the model is written to")
    parser.add_argument("--per-set", type=int, default=3200, help="prompts generated from each development set")
    parser.add_argument("--leave-out", action="append", default=[], choices=[n for n, _, _ in DEV_SETS],
                        help="a development set to leave out of training (repeatable): leave-one-out checks")
    parser.add_argument("--seed", type=int, default=TRAIN_SEED, help="first corpus seed (keep ≥ 1000: run.py uses 7-12)")
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--minutes", type=float, default=20.0, help="stop after the epoch that passes this")
    parser.add_argument("--width", type=int, default=64)
    parser.add_argument("--depth", type=int, default=4)
    parser.add_argument("--rows", type=int, default=4000, help="hash-embedding rows of NORM (half for affixes)")
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--no-augment", action="store_true")
    parser.add_argument("--context", type=float, default=0.25,
                        help="share of a prompt's other words replaced, dropped or joined by random words")
    parser.add_argument("--eval", action="append", default=[], help="development set to score the tagger alone on afterwards")
    parser.add_argument("--eval-prompts", type=int, default=1000)
    args = parser.parse_args()
    if args.seed < 100:
        parser.error("--seed must stay clear of the benchmark's seeds (7-12)")

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import numpy
    import spacy
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from spacy.util import compounding, minibatch
    from thinc.api import fix_random_seed

    random.seed(args.seed)
    numpy.random.seed(args.seed)
    fix_random_seed(args.seed)
    started = time.monotonic()
    samples = training_samples(args.per_set, set(args.leave_out), args.seed)
    pool = value_pool(samples)
    others = [s for s in samples if s.kind != "pii"] + samples[: len(samples) // 4]
    words = context_words([s for s in samples if not s.spans])  # words of PII-free prompts: no cue words
    nlp = make_nlp(args.width, args.depth, args.rows, args.hidden)
    ner = nlp.get_pipe("ner")
    for etype in sorted(pool):
        ner.add_label(etype)
    rng = random.Random(args.seed)
    nlp.initialize(lambda: [to_example(nlp, s) for s in samples[:500]])
    optimizer = nlp.create_optimizer()
    print(f"{len(samples)} prompts from {', '.join(n for n, _, _ in DEV_SETS if n not in args.leave_out)}; "
          f"labels {', '.join(sorted(pool))}")
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()) as progress:
        for epoch in range(args.epochs):
            drawn = [s if args.no_augment else augment(s, rng, pool, others, words, args.context) for s in samples]
            rng.shuffle(drawn)
            examples = [to_example(nlp, s) for s in drawn]
            task = progress.add_task(f"epoch {epoch + 1}/{args.epochs}", total=len(examples))
            losses: dict[str, float] = {}
            for batch in minibatch(examples, size=compounding(8.0, 32.0, 1.001)):
                nlp.update(batch, sgd=optimizer, drop=args.dropout, losses=losses)
                progress.advance(task, len(batch))
            progress.update(task, description=f"epoch {epoch + 1}/{args.epochs} loss {losses.get('ner', 0):.0f}")
            if time.monotonic() - started > args.minutes * 60:
                progress.console.print(f"time limit reached after epoch {epoch + 1}")
                break
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.meta.update({"name": "pii_tagger", "version": "0.1.0", "description":
                     "llmvpn PII tagger, trained by bench/privacy/train_tagger.py on the development sets",
                     "training": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()}})
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        nlp.to_disk(args.out)
    size = sum(p.stat().st_size for p in args.out.rglob("*") if p.is_file())
    print(f"written to {args.out} ({size / 1e6:.1f} MB) in {(time.monotonic() - started) / 60:.1f} min")
    for set_name in args.eval:
        q = evaluate(args.out, set_name, args.eval_prompts, seed=7 + dict((n, o) for n, _, o in DEV_SETS)[set_name])
        pct = lambda v: "-" if v is None else f"{v * 100:.0f}"  # noqa: E731
        per = "  ".join(f"{t} {pct(r['leak_rate'])}/{pct(r['precision'])}" for t, r in q["by_type"].items())
        print(f"tagger alone on {set_name}: leak {q['leak_rate'] * 100:.1f} %  typed F1 {q['typed_f1_chars'] * 100:.1f} %  "
              f"clean flagged {q['no_pii_prompts_flagged'] * 100:.1f} %  non-PII redacted {q['non_pii_chars_redacted'] * 100:.1f} %\n"
              f"  leak/precision by type: {per}")


if __name__ == "__main__":
    main()
