"""Comparisons, tables and the plot of a benchmark run, from its JSON document.

Standard library only, so the plot can run in the tools venv (matplotlib) on a saved result:

    bench/.venvs/tools/bin/python bench/report.py bench/results/RUN.json            table + PNG again
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

# Order of systems in tables and plots; others follow in the order met.
ORDER = ("direct", "floor", "floor-httpx", "llmvpn", "llmvpn-pii", "litellm")
COLORS = {"direct": "#4d4d4d", "floor": "#1b9e77", "floor-httpx": "#66a61e", "llmvpn": "#d95f02",
          "llmvpn-pii": "#e7298a", "litellm": "#7570b3"}

# Issue 6's targets for llmvpn (one worker), checked per round.
TARGETS_OFF = {"added_p50_c1_ms": 1.5, "added_p99_c1_ms": 3.0, "added_ttft_p50_c1_ms": 1.5,
               "x_litellm_c50": 10.0, "x_floor_c50": 0.4}
TARGETS_ON = {"added_p50_c1_ms": 10.0, "x_litellm_c50": 2.0}
LABELS = {"added_p50_c1_ms": "added p50 at c={low} (ms)", "added_p99_c1_ms": "added p99 at c={low} (ms)",
          "added_ttft_p50_c1_ms": "added TTFT p50 at c={low} (ms)",
          "x_litellm_c50": "throughput ÷ LiteLLM at c={high}",
          "x_floor_c50": "throughput ÷ floor at c={high}"}
# The bench's web worker loads the NER model (the llmvpn-pii rows need it): its goal is the "with the
# NER model" one; issue 6's 120 MB without it is measured by `bench/memory_no_ner.py`.
MEMORY_TARGETS_MIB = {"web": 400.0, "keyserver": 100.0}


def _order(names) -> list[str]:
    names = list(dict.fromkeys(names))
    return [n for n in ORDER if n in names] + [n for n in names if n not in ORDER]


def _cell(cells: list[dict], system: str, mode: str, c: int) -> dict | None:
    for cell in cells:
        if cell["system"] == system and cell["mode"] == mode and cell["concurrency"] == c and cell["ok"] > 0:
            return cell
    return None


def derive(cells: list[dict]) -> None:
    """Add, in place, each cell's latency added over direct and its throughput ratios to LiteLLM and
    to the floor (same round, mode and concurrency)."""
    for cell in cells:
        if cell["ok"] == 0:
            continue
        mode, c = cell["mode"], cell["concurrency"]
        base = _cell(cells, "direct", mode, c)
        added = {}
        if base is not None:
            for q in ("p50", "p90", "p99"):
                added[q] = round(cell["latency_ms"][q] - base["latency_ms"][q], 3)
            if mode == "stream" and cell.get("ttft_ms") and base.get("ttft_ms"):
                for q in ("p50", "p99"):
                    added["ttft_" + q] = round(cell["ttft_ms"][q] - base["ttft_ms"][q], 3)
        cell["added_ms"] = added
        for other, key in (("litellm", "x_litellm"), ("floor", "x_floor")):
            ref = _cell(cells, other, mode, c)
            cell[key] = round(cell["throughput_rps"] / ref["throughput_rps"], 3) if ref else None


def _f(value, digits: int = 1, dash: str = "–") -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return dash
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _signed(value, digits: int = 2) -> str:
    return "–" if value is None else f"{value:+.{digits}f}"


def tables(doc: dict) -> str:
    """Markdown: one table per round and mode, then memory, then the targets."""
    out = []
    for rnd in doc["rounds"]:
        cells = rnd["cells"]
        systems = _order(rnd["systems"])
        for mode in doc["config"]["modes"]:
            stream = mode == "stream"
            out.append(f"\n#### Upstream latency {rnd['upstream_latency_ms']:g} ms, "
                       f"{'streaming' if stream else 'non-streaming (JSON)'}\n")
            head = ["system", "c", "req/s", "p50 ms", "p90 ms", "p99 ms"]
            head += ["TTFT p50", "TTFT p99"] if stream else []
            head += ["+p50 ms", "+p99 ms"] + (["+TTFT p50"] if stream else [])
            head += ["×LiteLLM", "×floor", "errors", "CPU ms/req", "RSS MiB", "bg cores"]
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "|".join("---" if i == 0 else "---:" for i in range(len(head))) + "|")
            for c in doc["config"]["concurrency"]:
                for name in systems:
                    status = rnd["systems"][name]
                    if status.get("unavailable"):
                        if c == doc["config"]["concurrency"][0]:
                            row = [name, "–", f"pending: {status['unavailable'][:70]}"]
                            out.append("| " + " | ".join(row + [""] * (len(head) - len(row))) + " |")
                        continue
                    cell = next((x for x in cells if x["system"] == name and x["mode"] == mode
                                 and x["concurrency"] == c), None)
                    if cell is None:
                        continue
                    lat, ttft, add = cell["latency_ms"], cell.get("ttft_ms") or {}, cell.get("added_ms") or {}
                    errors = cell["failed"]
                    row = [name, str(c), _f(cell["throughput_rps"], 0), _f(lat.get("p50"), 2),
                           _f(lat.get("p90"), 2), _f(lat.get("p99"), 2)]
                    row += [_f(ttft.get("p50"), 2), _f(ttft.get("p99"), 2)] if stream else []
                    is_direct = name == "direct"
                    row += ["" if is_direct else _signed(add.get("p50")),
                            "" if is_direct else _signed(add.get("p99"))]
                    row += (["" if is_direct else _signed(add.get("ttft_p50"))] if stream else [])
                    row += [_f(cell.get("x_litellm"), 2), _f(cell.get("x_floor"), 2),
                            f"{errors}" + (f" ({', '.join(cell['errors'])})" if errors else ""),
                            _f(cell["cpu"].get("system_ms_per_req"), 2), _f(cell.get("rss_mib"), 0),
                            _f(cell["cpu"].get("other_cores"), 2)]
                    out.append("| " + " | ".join(row) + " |")
        out.append(memory_table(rnd))
        out.append(targets(doc, rnd))
    return "\n".join(out)


def memory_table(rnd: dict) -> str:
    lines = [f"\nPeak resident memory per process (VmHWM), upstream {rnd['upstream_latency_ms']:g} ms:\n",
             "| system | process | peak RSS MiB |", "|---|---|---:|"]
    for name in _order(rnd.get("memory", {})):
        mem = rnd["memory"][name]
        for proc in mem["processes"]:
            lines.append(f"| {name} | {proc['role']} | {proc['peak_rss_mib']:.0f} |")
        if len(mem["processes"]) > 1:
            lines.append(f"| {name} | **sum** | {mem['peak_rss_mib']:.0f} |")
    return "\n".join(lines)


def target_checks(rnd: dict, concurrency: list[int]) -> list[tuple[str, float | None, float, bool | None]]:
    """(what, measured, target, met) for llmvpn's targets of issue 6 in one round."""
    checks = []
    cells = rnd["cells"]
    low, high = min(concurrency), max(concurrency)
    for name, goals in (("llmvpn", TARGETS_OFF), ("llmvpn-pii", TARGETS_ON)):
        if name not in rnd["systems"] or rnd["systems"][name].get("unavailable"):
            continue
        for mode in ("json", "stream"):
            c1, c50 = _cell(cells, name, mode, low), _cell(cells, name, mode, high)
            values = {
                "added_p50_c1_ms": (c1 or {}).get("added_ms", {}).get("p50"),
                "added_p99_c1_ms": (c1 or {}).get("added_ms", {}).get("p99"),
                "added_ttft_p50_c1_ms": (c1 or {}).get("added_ms", {}).get("ttft_p50"),
                "x_litellm_c50": (c50 or {}).get("x_litellm"),
                "x_floor_c50": (c50 or {}).get("x_floor"),
            }
            for key, goal in goals.items():
                if key == "added_ttft_p50_c1_ms" and mode != "stream":
                    continue
                value = values[key]
                met = None if value is None else (value <= goal if key.startswith("added") else value >= goal)
                label = LABELS[key].format(low=low, high=high)
                checks.append((f"{name} {mode}: {label}", value, goal, met))
    mem = rnd.get("memory", {}).get("llmvpn")
    if mem:
        for proc in mem["processes"]:
            goal = MEMORY_TARGETS_MIB.get(proc["role"].split()[-1])
            if goal:
                role = f"{proc['role']} (NER model loaded)" if proc["role"].endswith("web") else proc["role"]
                checks.append((f"llmvpn {role} peak RSS (MiB)", proc["peak_rss_mib"], goal,
                               proc["peak_rss_mib"] <= goal))
    return checks


def targets(doc: dict, rnd: dict) -> str:
    checks = target_checks(rnd, doc["config"]["concurrency"])
    if not checks:
        return f"\nTargets (upstream {rnd['upstream_latency_ms']:g} ms): llmvpn not measured.\n"
    lines = [f"\nIssue 6 targets, upstream latency {rnd['upstream_latency_ms']:g} ms:\n",
             "| target | measured | goal | met |", "|---|---:|---:|:---:|"]
    for what, value, goal, met in checks:
        mark = "–" if met is None else ("yes" if met else "**no**")
        sign = "≤" if "added" in what or "RSS" in what else "≥"
        lines.append(f"| {what} | {_f(value, 2)} | {sign} {goal:g} | {mark} |")
    return "\n".join(lines)


def header(doc: dict) -> str:
    m, load, cfg = doc["machine"], doc["load"], doc["config"]
    before, after = " ".join(map(str, load["before"])), " ".join(map(str, load["after"]))
    versions = ", ".join(f"{k} {v}" for k, v in doc["versions"].items() if k != "python")
    lines = [
        (f"Run {doc['started_at']} ({doc['profile']}, {doc['duration_s']:.0f} s): {m['cpus']} × "
         f"{m['cpu_model']}, {m['memory_gib']} GiB, Linux {m['kernel']}; "
         f"Python {doc['versions']['python']}."),
        (f"Load average before / after: {before} / {after}; unrelated processes used "
         f"{load['other_cores_mean']:.2f} cores on average during the cells "
         f"(max {load['other_cores_max']:.2f})."),
        f"Versions: {versions}.",
        (f"Each cell: {cfg['max_requests']} requests or {cfg['max_seconds']:g} s, after "
         f"{cfg['warmup_seconds']:g} s / {cfg['warmup_requests']} requests of warm-up; prompt "
         f"{cfg['prompt_bytes']} bytes, answer {cfg['answer_tokens']} tokens ({cfg['answer_tokens']} stream "
         "events of 4 characters)."),
    ]
    lg = doc.get("loadgen")
    if lg:
        lines.append(
            f"Load generator: {lg['json_us_per_req']:.0f} µs CPU per JSON request and "
            f"{lg['stream_us_per_req']:.0f} µs per stream (ceiling on one core ≈ "
            f"{lg['json_ceiling_rps']:.0f} and {lg['stream_ceiling_rps']:.0f} req/s).")
    return "\n".join(lines)


def render(doc: dict) -> str:
    return header(doc) + "\n" + tables(doc) + "\n"


def plot(doc: dict, png: Path) -> None:
    """Latency percentiles (p50 bar, p90 tick, p99 whisker) per system and concurrency, one panel per
    round and mode, plus throughput."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    modes = doc["config"]["modes"]
    conc = doc["config"]["concurrency"]
    rounds = doc["rounds"]
    fig, axes = plt.subplots(len(rounds), len(modes) + 1, figsize=(6 * (len(modes) + 1), 4.6 * len(rounds)),
                             squeeze=False)
    for r, rnd in enumerate(rounds):
        systems = [s for s in _order(rnd["systems"]) if not rnd["systems"][s].get("unavailable")]
        width = 0.8 / max(len(systems), 1)
        for m, mode in enumerate(modes):
            ax = axes[r][m]
            for i, name in enumerate(systems):
                xs, p50, p90, p99 = [], [], [], []
                for k, c in enumerate(conc):
                    cell = _cell(rnd["cells"], name, mode, c)
                    if cell:
                        xs.append(k + (i - (len(systems) - 1) / 2) * width)
                        p50.append(cell["latency_ms"]["p50"])
                        p90.append(cell["latency_ms"]["p90"])
                        p99.append(cell["latency_ms"]["p99"])
                if not xs:
                    continue
                color = COLORS.get(name)
                ax.bar(xs, p50, width * 0.9, color=color, label=name)
                ax.vlines(xs, p50, p99, color="black", linewidth=0.8)
                ax.scatter(xs, p90, marker="_", color="black", s=40, linewidths=1.2)
                ax.scatter(xs, p99, marker="_", color="black", s=80, linewidths=1.5)
            ax.set_yscale("log")
            ax.set_xticks(range(len(conc)), [f"c={c}" for c in conc])
            ax.set_ylabel("latency ms (bar p50, ticks p90 / p99)")
            ax.set_title(f"upstream {rnd['upstream_latency_ms']:g} ms, {mode}")
            ax.grid(axis="y", which="both", alpha=0.3)
            if m == 0:
                ax.legend(fontsize=8, loc="upper left")
        ax = axes[r][len(modes)]
        for i, name in enumerate(systems):
            for m, mode in enumerate(modes):
                xs, ys = [], []
                for k, c in enumerate(conc):
                    cell = _cell(rnd["cells"], name, mode, c)
                    if cell:
                        xs.append(k + ((i * len(modes) + m) - (len(systems) * len(modes) - 1) / 2)
                                  * (0.8 / max(len(systems) * len(modes), 1)))
                        ys.append(cell["throughput_rps"])
                ax.bar(xs, ys, 0.8 / max(len(systems) * len(modes), 1) * 0.9, color=COLORS.get(name),
                       hatch="//" if mode == "stream" else None, edgecolor="white",
                       label=f"{name} {mode}" if r == 0 else None)
        ax.set_yscale("log")
        ax.set_xticks(range(len(conc)), [f"c={c}" for c in conc])
        ax.set_ylabel("req/s (hatched: stream)")
        ax.set_title(f"upstream {rnd['upstream_latency_ms']:g} ms, throughput")
        ax.grid(axis="y", which="both", alpha=0.3)
    fig.suptitle(f"llmvpn benchmark {doc['started_at']} ({doc['profile']}; {doc['machine']['cpus']} cores "
                 "shared by load generator, upstream and gateway)", fontsize=11)
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    plt.close(fig)


def main(argv: list[str]) -> int:
    if len(argv) < 1:
        print(__doc__, file=sys.stderr)
        return 2
    path = Path(argv[0])
    doc = json.loads(path.read_text())
    print(render(doc))
    png = Path(argv[1]) if len(argv) > 1 else path.with_suffix(".png")
    plot(doc, png)
    print(f"plot: {png}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
