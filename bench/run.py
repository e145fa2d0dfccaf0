"""`python -m bench.run` (`make bench`): llmvpn side by side with direct, the floor and LiteLLM.

One run, loopback only: for each upstream latency (a *round*) it starts the test upstream and every
system, then measures each cell (mode × concurrency × system, systems interleaved so that a burst of
outside load hits all of them alike), and stops every process it started, on failure and Ctrl-C too.
Results: a table on stdout, bench/results/<stamp>-<profile>.{json,md,png}.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uvloop

from bench import litellm_env, procstats, report, systems, tools_env
from bench.cells import Cells, wait_for_quiet
from bench.prompt import ANSWER_TOKENS, chat_body
from bench.systems import Processes, System, Upstream

RESULTS = Path(__file__).resolve().parent / "results"
PRIVACY = {"pii": "pseudonymize"}

PROFILES = {
    # 2-3 minutes: one round at a provider-like latency, short cells.
    "quick": {"latencies": [20.0], "max_seconds": 1.5, "max_requests": 3000, "warmup_seconds": 0.5,
              "warmup_requests": 100},
    # 9-12 minutes: provider-like latency, then none at all (pure overhead and CPU ceilings).
    "full": {"latencies": [20.0, 0.0], "max_seconds": 6.0, "max_requests": 20000, "warmup_seconds": 1.5,
             "warmup_requests": 500},
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="the 2-3 minute profile (default: full)")
    p.add_argument("--latencies", help="upstream latencies in ms, one round each (e.g. 20,0)")
    p.add_argument("--concurrency", default="1,10,50")
    p.add_argument("--modes", default="json,stream", help="json, stream or both")
    p.add_argument("--seconds", type=float, help="bound of one cell in seconds")
    p.add_argument("--requests", type=int, help="bound of one cell in requests")
    p.add_argument("--systems", default="direct,floor,llmvpn,litellm",
                   help="any of direct, floor, floor-httpx, llmvpn, llmvpn-pii, litellm")
    p.add_argument("--privacy", action="store_true",
                   help=f"also measure llmvpn-pii: llmvpn asked per request for privacy {PRIVACY}")
    p.add_argument("--floor-httpx", action="store_true",
                   help="also measure a floor built on llmvpn's own stack (uvicorn + httpx)")
    p.add_argument("--llmvpn-env", action="append", default=[], metavar="NAME=VALUE",
                   help="extra environment for llmvpn's processes (repeatable)")
    p.add_argument("--answer-tokens", type=int, default=ANSWER_TOKENS)
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds before one request counts as an error (a slow system at c=50 queues)")
    p.add_argument("--quiet-wait", type=float, default=0.0, metavar="SECONDS",
                   help="before each group of cells, wait up to this long for unrelated processes to use "
                        "less than --quiet-cores (the machine may be shared)")
    p.add_argument("--quiet-cores", type=float, default=0.3)
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("--no-plot", action="store_true")
    p.add_argument("--keep-logs", action="store_true", help="keep the run directory (logs, llmvpn home)")
    return p.parse_args(argv)


def _print_cell(cell: dict) -> None:
    lat = cell["latency_ms"]
    ttft = f" ttft p50 {cell['ttft_ms']['p50']:.2f}" if cell.get("ttft_ms") else ""
    err = f" ERRORS {cell['errors']} {cell['error_sample'][:160]!r}" if cell["failed"] else ""
    print(f"  {cell['mode']:6} c={cell['concurrency']:<3} {cell['system']:11} "
          f"{cell['throughput_rps']:8.1f} req/s  "
          f"p50 {lat.get('p50', float('nan')):8.2f}  p99 {lat.get('p99', float('nan')):8.2f} ms{ttft}  "
          f"bg {cell['cpu']['other_cores']:.2f}{err}", flush=True)


def start_systems(args: argparse.Namespace, wanted: list[str], procs: Processes, run_dir: Path,
                  upstream: Upstream, tools_python: Path | None, litellm_exe: Path | None,
                  failures: dict[str, str]) -> list[System]:
    """Start what `wanted` names; a system that can't start is kept, marked unavailable."""
    started: list[System] = []

    def attempt(name: str, start) -> System | None:
        if name in failures:
            started.append(System(name, "", "", (), unavailable=failures[name]))
            return None
        try:
            system = start()
        except Exception as exc:  # noqa: BLE001 - one system failing must not stop the others' run
            lines = [ln for ln in str(exc).splitlines() if ln.strip()]
            reason = "did not start: " + " … ".join(dict.fromkeys([lines[0][:200], lines[-1][:200]]))
            print(f"  {name}: {reason}", flush=True)
            started.append(System(name, "", "", (), unavailable=reason))
            return None
        started.append(system)
        return system

    for name in wanted:
        if name == "direct":
            started.append(systems.direct(upstream))
        elif name == "floor":
            attempt(name, lambda: systems.start_floor(procs, run_dir, upstream, "aiohttp", tools_python))
        elif name == "floor-httpx":
            attempt(name, lambda: systems.start_floor(procs, run_dir, upstream, "httpx", sys.executable))
        elif name == "llmvpn":
            extra = dict(item.split("=", 1) for item in args.llmvpn_env)
            base = attempt(name, lambda extra=extra: systems.start_llmvpn(procs, run_dir, upstream,
                                                                           extra_env=extra))
            if "llmvpn-pii" in wanted:
                if base is None:
                    started.append(System("llmvpn-pii", "", "", (), unavailable="llmvpn did not start"))
                else:
                    started.append(systems.with_privacy(base, PRIVACY))
        elif name == "litellm":
            attempt(name, lambda: systems.start_litellm(procs, run_dir, upstream, litellm_exe))
    for system in started:
        if not system.unavailable:
            def body(stream: bool, s: System = system) -> bytes:
                return chat_body(s.model, stream=stream, privacy=s.privacy, max_tokens=args.answer_tokens)

            system.unavailable = (systems.probe_privacy(system, upstream, body) if system.privacy
                                  else systems.probe(system, body))
            if system.unavailable:
                print(f"  {system.name}: not measured: {system.unavailable}", flush=True)
    return started


def run_round(args, profile, latency_ms: float, wanted: list[str], run_dir: Path, procs: Processes,
              tools_python, litellm_exe, failures, rounds: list[dict]) -> None:
    """Measure one round into a dict appended to `rounds` first, so an interrupted run keeps its cells."""
    print(f"\nround: upstream latency {latency_ms:g} ms", flush=True)
    # Each round gets its own directory: llmvpn's home is encrypted under that round's fresh secret.
    run_dir = run_dir / f"round-{latency_ms:g}ms"
    run_dir.mkdir()
    upstream = systems.start_upstream(procs, run_dir, latency_ms)
    try:
        started = start_systems(args, wanted, procs, run_dir, upstream, tools_python, litellm_exe, failures)
        cells = Cells(args, profile, upstream)
        rounds.append({
            "upstream_latency_ms": latency_ms,
            "systems": {s.name: {"version": s.version, "unavailable": s.unavailable, "url": s.url,
                                 "model": s.model, "privacy": s.privacy} for s in started},
            "memory": cells.memory,
            "cells": cells.cells,
        })
        live = [s for s in started if not s.unavailable]
        for mode in args.modes:
            for c in args.concurrency:
                if args.quiet_wait > 0:
                    wait_for_quiet(args.quiet_wait, args.quiet_cores)
                for system in live:
                    _print_cell(cells.run(system, mode, c))
    finally:
        procs.stop_all()


def _git_state() -> str:
    """Like " (commit abc1234 + local changes)": the code measured, uncommitted edits under src/ included."""
    root = systems.ROOT
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True,
                              text=True, check=True, timeout=10).stdout.strip()
        status = ["git", "status", "--porcelain", "--untracked-files=no", "--", "src"]
        dirty = subprocess.run(status, cwd=root, capture_output=True, text=True, check=True,
                               timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
    return f" (commit {head}{' + local changes' if dirty else ''})"


def _versions(litellm_ok: bool) -> dict:
    import httptools

    from llmvpn import __version__

    out = {"python": platform.python_version(), "llmvpn": __version__ + _git_state(),
           "uvloop": uvloop.__version__, "httptools": httptools.__version__}
    text = tools_env.REQUIREMENTS.read_text()
    for name in ("aiohttp",):
        line = next((ln for ln in text.splitlines() if ln.startswith(name + "==")), "")
        out[name + " (floor)"] = line.split("==")[-1] if line else "?"
    out["litellm"] = litellm_env.version() + ("" if litellm_ok else " (not run)")
    return out


def _loadgen_ceiling(rounds: list[dict]) -> dict | None:
    per = {}
    for mode in ("json", "stream"):
        vals = [c["cpu"]["loadgen_ms_per_req"] for r in rounds for c in r["cells"]
                if c["system"] == "direct" and c["mode"] == mode and c["ok"]]
        if vals:
            per[mode] = min(vals) * 1000
    if len(per) < 2:
        return None
    return {"json_us_per_req": per["json"], "stream_us_per_req": per["stream"],
            "json_ceiling_rps": 1e6 / per["json"], "stream_ceiling_rps": 1e6 / per["stream"]}


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    profile_name = "quick" if args.quick else "full"
    profile = dict(PROFILES[profile_name])
    if args.latencies:
        profile["latencies"] = [float(x) for x in args.latencies.split(",")]
    if args.seconds:
        profile["max_seconds"] = args.seconds
    if args.requests:
        profile["max_requests"] = args.requests
    args.concurrency = [int(x) for x in args.concurrency.split(",")]
    args.modes = [m for m in args.modes.split(",") if m]
    wanted = [s for s in args.systems.split(",") if s]
    if args.privacy and "llmvpn-pii" not in wanted:
        wanted.append("llmvpn-pii")
    if args.floor_httpx and "floor-httpx" not in wanted:
        wanted.insert(2, "floor-httpx")
    if "llmvpn-pii" in wanted and "llmvpn" not in wanted:
        wanted.insert(0, "llmvpn")

    # Ctrl-C and SIGTERM both unwind through the `finally` blocks that stop every child.
    def interrupted(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)
    # Also when started in the background by a shell, which would leave SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGHUP, interrupted)

    failures: dict[str, str] = {}
    tools_python = litellm_exe = None
    try:
        tools_python = tools_env.ensure()
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
        failures["floor"] = f"tools venv not built: {exc}"
    if "litellm" in wanted:
        try:
            litellm_exe = litellm_env.ensure()
        except (OSError, RuntimeError, subprocess.SubprocessError) as exc:
            failures["litellm"] = f"LiteLLM venv not built: {exc}"

    procs = Processes()
    run_dir = Path(tempfile.mkdtemp(prefix="llmvpn-bench-", dir="/tmp"))
    started_at = dt.datetime.now(dt.UTC)
    load_before = procstats.loadavg()
    t_start = time.monotonic()
    print(f"llmvpn bench ({profile_name}): systems {', '.join(wanted)}; concurrency {args.concurrency}; "
          f"modes {args.modes}; upstream latencies {profile['latencies']} ms; logs in {run_dir}", flush=True)
    rounds = []
    ok = False
    try:
        for latency in profile["latencies"]:
            run_round(args, profile, latency, wanted, run_dir, procs, tools_python, litellm_exe, failures,
                      rounds)
        ok = True
    except KeyboardInterrupt:
        print("\ninterrupted: stopping every process the bench started", file=sys.stderr)
    finally:
        procs.stop_all()
        left = procs.alive()
        if left:
            print(f"still running after stop: {left}", file=sys.stderr)
    rounds = [r for r in rounds if r["cells"]]
    for rnd in rounds:
        report.derive(rnd["cells"])
    if not rounds:
        print(f"no cell measured; logs kept in {run_dir}", file=sys.stderr)
        return 130

    others = [c["cpu"]["other_cores"] for r in rounds for c in r["cells"]]
    doc = {
        "schema": 1,
        "profile": profile_name + ("" if ok else " (interrupted)"),
        "started_at": started_at.strftime("%Y-%m-%d %H:%M UTC"),
        "duration_s": round(time.monotonic() - t_start, 1),
        "command": " ".join(["python -m bench.run", *(argv if argv is not None else sys.argv[1:])]),
        "machine": procstats.machine_info(),
        "load": {"before": load_before, "after": procstats.loadavg(),
                 "other_cores_mean": round(sum(others) / len(others), 2) if others else 0.0,
                 "other_cores_max": max(others, default=0.0)},
        "versions": _versions(litellm_exe is not None),
        "config": {"concurrency": args.concurrency, "modes": args.modes, "latencies_ms": profile["latencies"],
                   "max_seconds": profile["max_seconds"], "max_requests": profile["max_requests"],
                   "warmup_seconds": profile["warmup_seconds"], "warmup_requests": profile["warmup_requests"],
                   "answer_tokens": args.answer_tokens,
                   "prompt_bytes": len(chat_body("demo-model", stream=False)), "privacy": PRIVACY},
        "loadgen": _loadgen_ceiling(rounds),
        "rounds": rounds,
    }
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"{started_at.strftime('%Y%m%d-%H%M%S')}-{profile_name}"
    json_path = stem.with_suffix(".json")
    json_path.write_text(json.dumps(doc, indent=1) + "\n")
    text = report.render(doc)
    stem.with_suffix(".md").write_text(text)
    print("\n" + text)
    print(f"results: {json_path} (+ .md)")
    if not args.no_plot and tools_python is not None:
        # matplotlib lives in the tools venv, so the plot is drawn by report.py running there.
        try:
            subprocess.run([str(tools_python), str(Path(report.__file__)), str(json_path)],
                           check=True, stdout=subprocess.DEVNULL, timeout=120)
            print(f"plot: {stem.with_suffix('.png')}")
        except (OSError, subprocess.SubprocessError) as exc:
            print(f"no plot: {exc}", file=sys.stderr)
    if args.keep_logs or not ok:
        print(f"logs kept in {run_dir}")
    else:
        shutil.rmtree(run_dir, ignore_errors=True)
    return 0 if ok else 130


if __name__ == "__main__":
    sys.exit(main())
