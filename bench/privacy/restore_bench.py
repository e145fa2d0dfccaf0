"""Stream-restoration micro-benchmark: what putting the originals back costs a streamed answer.

    .venv/bin/python -m bench.privacy.restore_bench              # 20-entity mapping, 4-character chunks
    .venv/bin/python -m bench.privacy.restore_bench --chunk 16 --entities 50

One scope's mapping holds `--entities` values of every type (pseudonymized from a synthetic prompt);
the answer is ~4 KB of prose that repeats surrogates verbatim, in part ("Maria"), in capitals and
with numbers re-punctuated. It is fed to a StreamRestorer in `--chunk`-character chunks; each
feed() call is timed: that is the latency restoration adds to a chunk (nothing else holds it up).
Also timed: pseudonymizing a ~1 KB prompt with 10 spans (new mapping), building the restoration
index (once per mapping version) and restoring the whole answer at once. Prints a table and writes
bench/results/restore-<stamp>.json. Runs pinned to one core; the figures are CPU-bound.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import sys
import time
from pathlib import Path

from bench import procstats
from llmvpn.privacy.mapping import SurrogateMap
from llmvpn.privacy.pseudonymize import pseudonymize
from llmvpn.privacy.restore import StreamRestorer, restore
from llmvpn.privacy.spans import EntityType as E
from llmvpn.privacy.spans import Policy, Span
from llmvpn.privacy.surrogate_index import index_of

RESULTS = Path(__file__).resolve().parent.parent / "results"
PII = [  # (value, type): cycled to fill a mapping of any size
    ("Dr. Jane Smith", E.PERSON), ("jane.smith@gmail.com", E.EMAIL), ("+1 415-867-5309", E.PHONE),
    ("4242 4242 4242 4242", E.CREDIT_CARD), ("DE89 3704 0044 0532 0130 00", E.IBAN),
    ("123-45-6789", E.US_SSN), ("10.20.30.40", E.IP_ADDRESS), ("2024-03-15", E.DATE),
    ("Acme Widgets GmbH", E.ORGANIZATION), ("Berlin", E.LOCATION), ("Jürgen Müller", E.PERSON),
    ("sk-proj-Xb3kT9qLmN2vR7wZ1cY4hJ6f", E.SECRET), ("https://www.linkedin.com/in/jane-smith-84", E.URL),
    ("221B Baker Street, London NW1 6XE", E.ADDRESS), ("Camille Dubois", E.PERSON),
    ("07911 123456", E.PHONE), ("1984-07-02", E.DATE_OF_BIRTH), ("QQ123456C", E.NATIONAL_ID),
    ("Kraków", E.LOCATION), ("Initech LLC", E.ORGANIZATION),
]
FILLER = ("The quarterly numbers look fine and the team agreed to move the review to next week, "
          "pending the figures from the regional office. ")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def build_scope(entities: int, seed: int) -> tuple[SurrogateMap, list[str]]:
    """A mapping of `entities` values and the surrogates it made, from one synthetic prompt."""
    parts, spans, pos = [], [], 0
    for i in range(entities):
        value, type_ = PII[i] if i < len(PII) else _more(i)
        before = f"Item {i}: "
        spans.append(Span(pos + len(before), pos + len(before) + len(value), type_))
        parts.append(before + value + ". ")
        pos += len(parts[-1])
    mapping = SurrogateMap(seed=seed)
    out = pseudonymize("".join(parts), spans, mapping, policy=Policy.PSEUDONYMIZE)
    return mapping, [v for _, v in out.replacements]


_FIRST = ("Anna Ben Carla Dario Eva Farid Greta Hugo Ines Jonas Kira Luca Mara Nils Olga Paul Rosa Sven "
          "Tara Uwe").split()
_LAST = ("Berg Costa Diaz Engel Falk Gomez Haas Ito Jung Klein Lund Moreau Novak Ortiz Park Quist Roth Sato "
         "Torres Vogt").split()


def _more(i: int) -> tuple[str, E]:
    """Values beyond the samples, all different: persons, emails, phones, dates, addresses."""
    kind = i % 5
    if kind == 0:
        return f"{_FIRST[i // 5 % 20]} {_LAST[i // 100 % 20]}", E.PERSON
    if kind == 1:
        return f"user{i}@corp.com", E.EMAIL
    if kind == 2:
        return f"+1 415-867-{i:04d}", E.PHONE
    if kind == 3:
        return (dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat(), E.DATE
    return f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}", E.IP_ADDRESS


def answer_text(surrogates: list[str], size: int, rng: random.Random) -> str:
    """Prose quoting the surrogates the way models do: verbatim, a first name alone, in capitals,
    numbers with other punctuation."""
    pieces = []
    while sum(map(len, pieces)) < size:
        s = rng.choice(surrogates)
        pieces.append(FILLER[: rng.randint(20, len(FILLER))])
        pieces.append(rng.choice([s, s, s.split()[0], s.upper(), s.replace("-", " ").replace(" ", ".")]))
        pieces.append(rng.choice([". ", ", ", "'s ", " "]))
    return "".join(pieces)[:size]


def timed_stream(mapping: SurrogateMap, answer: str, chunk: int) -> tuple[list[float], str, int, int]:
    """Per-chunk feed() times in µs, the restored text, the chunk count, the most characters held."""
    chunks = [answer[i:i + chunk] for i in range(0, len(answer), chunk)]
    restorer, out, lat, held = StreamRestorer(mapping), [], [], 0
    clock = time.perf_counter_ns
    for c in chunks:
        t = clock()
        out.append(restorer.feed(c))
        lat.append((clock() - t) / 1e3)
        held = max(held, len(restorer._raw))  # a peek for the report: what waits for the next chunk
    t = clock()
    out.append(restorer.flush())
    lat.append((clock() - t) / 1e3)
    return lat, "".join(out), len(chunks), held


def best_of(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--entities", type=int, default=20)
    p.add_argument("--chunk", type=int, default=4, help="characters per streamed chunk")
    p.add_argument("--answer-kb", type=float, default=4.0)
    p.add_argument("--rounds", type=int, default=200, help="answers streamed (latencies pooled)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--cpu", type=int, default=None, help="core to pin to (default: the last one)")
    p.add_argument("--out", type=Path, default=RESULTS)
    args = p.parse_args(argv)
    cpu = (os.cpu_count() or 1) - 1 if args.cpu is None else args.cpu
    os.sched_setaffinity(0, {cpu})

    rng = random.Random(args.seed)
    mapping, surrogates = build_scope(args.entities, args.seed)
    answer = answer_text(surrogates, int(args.answer_kb * 1024), rng)
    expected = restore(answer, mapping)
    # A ~1 KB prompt with 10 spans: the pseudonymization cost issue 6 budgets for.
    prompt_parts, prompt_spans, pos = [], [], 0
    for value, type_ in PII[:10]:
        pad = FILLER[:70]
        prompt_spans.append(Span(pos + len(pad), pos + len(pad) + len(value), type_))
        prompt_parts.append(pad + value)
        pos += len(prompt_parts[-1])
    prompt = "".join(prompt_parts)

    latencies: list[float] = []
    chunks_total, wall, held, best_round = 0, 0.0, 0, float("inf")
    for _ in range(args.rounds):
        t = time.perf_counter()
        lat, out, n, most = timed_stream(mapping, answer, args.chunk)
        held = max(held, most)
        wall += time.perf_counter() - t
        assert out == expected, "a stream restored differently from the whole answer"
        latencies += lat
        chunks_total += n
        best_round = min(best_round, sum(lat) / 1e6)  # seconds in feed()/flush() for one answer
    results = {
        "values": args.entities, "mapping_entries": len(mapping), "chunk_chars": args.chunk,
        "answer_chars": len(answer), "rounds": args.rounds, "chunks": chunks_total,
        # throughput of the best round: the CPU cost, without the machine's other load
        "chunks_per_s": round(n / best_round),
        "mb_per_s": round(len(answer.encode()) / best_round / 1e6, 2),
        "chunks_per_s_all_rounds": round(chunks_total / (sum(latencies) / 1e6)),
        "added_latency_us": {"p50": round(pct(latencies, 0.50), 2), "p99": round(pct(latencies, 0.99), 2),
                             "max": round(max(latencies), 1),
                             "mean": round(sum(latencies) / chunks_total, 2)},
        "whole_restore_us_per_kb": round(
            best_of(lambda: restore(answer, mapping), 20) * 1e6 / args.answer_kb, 1),
        "pseudonymize_10_spans_1kb_us": round(best_of(
            lambda: pseudonymize(prompt, prompt_spans, SurrogateMap(), policy=Policy.PSEUDONYMIZE), 50)
            * 1e6, 1),
        "most_chars_held": held,
        "stream_wall_s": round(wall, 3),
        # This machine's speed, to compare runs: sum(range(1000)) takes ~8-10 µs on a current laptop.
        "reference_loop_us": round(best_of(lambda: sum(range(1000)), 200) * 1e6, 1),
    }
    # Once per mapping version (a stateless request: once), so measured on new mappings.
    builds = []
    for other in (build_scope(args.entities, s)[0] for s in range(1000, 1030)):
        t = time.perf_counter()
        index_of(other)
        builds.append((time.perf_counter() - t) * 1e6)
    results["index_build_us"] = {"p50": round(pct(builds, 0.5), 1), "min": round(min(builds), 1)}

    started = dt.datetime.now(dt.UTC)
    doc = {"schema": 1, "benchmark": "stream restoration (llmvpn.privacy.restore)",
           "started_at": started.strftime("%Y-%m-%d %H:%M UTC"),
           "machine": {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
                       "pinned_to": cpu, "python": platform.python_version(), **procstats.machine_info()},
           "load": procstats.loadavg(), "results": results}
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"restore-{started.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(doc, indent=1) + "\n")

    lat = results["added_latency_us"]
    rows = [
        ("mapping", f"{args.entities} values ({len(mapping)} entries: names count per part)"),
        ("answer", f"{len(answer)} chars in {args.chunk}-char chunks, x{args.rounds}"),
        ("chunks/s", f"{results['chunks_per_s']:,} best round, "
                     f"{results['chunks_per_s_all_rounds']:,} all rounds"),
        ("MB/s", f"{results['mb_per_s']} best round"),
        ("added latency/chunk", f"p50 {lat['p50']} µs   p99 {lat['p99']} µs   max {lat['max']} µs"),
        ("most chars held", f"{held} (a possible surrogate prefix)"),
        ("whole-text restore", f"{results['whole_restore_us_per_kb']} µs/KB"),
        ("index build", f"p50 {results['index_build_us']['p50']} µs (once per mapping version)"),
        ("pseudonymize 10 spans", f"{results['pseudonymize_10_spans_1kb_us']} µs (1 KB prompt, new mapping)"),
        ("machine", f"sum(range(1000)) {results['reference_loop_us']} µs; load average "
                    + " ".join(f"{x:.2f}" for x in doc["load"])),
    ]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
