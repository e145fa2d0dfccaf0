"""One benchmark cell: a load generator run against one system, with the CPU and memory it cost.

`Cells.run(system, mode, concurrency)` returns the cell's figures as a JSON-ready dict: throughput,
latency and TTFT percentiles, errors, CPU per request of the system (per process for llmvpn), of the
upstream and of the load generator, the machine's CPU used by unrelated processes, and the system's
resident memory.
"""

from __future__ import annotations

import argparse
import os
import time

import uvloop

from bench import procstats
from bench.loadgen import CellResult, Target, percentile, run_cell
from bench.prompt import EXPECTED, chat_body
from bench.systems import System, Upstream


def _summary(values: list[float]) -> dict:
    if not values:
        return {}
    ms = sorted(v * 1000 for v in values)
    out = {f"p{q:g}": round(percentile(ms, q), 3) for q in (50, 90, 99)}
    out.update(p999=round(percentile(ms, 99.9), 3), min=round(ms[0], 3), max=round(ms[-1], 3),
               mean=round(sum(ms) / len(ms), 3))
    return out


def _role(cmd: str) -> str:
    for needle, role in (("llmvpn.keyserver", "keyserver"), ("llmvpn.web", "web"), ("litellm", "proxy"),
                         ("floor.py", "forwarder")):
        if needle in cmd:
            return role
    return cmd.split()[0].rsplit("/", 1)[-1]


class Cells:
    """Runs the cells of a round and keeps what each saw."""

    def __init__(self, args: argparse.Namespace, profile: dict, upstream: Upstream) -> None:
        self.args, self.profile, self.upstream = args, profile, upstream
        self.cells: list[dict] = []
        self.memory: dict[str, dict] = {}

    def run(self, system: System, mode: str, c: int) -> dict:
        stream = mode == "stream"
        body = chat_body(system.model, stream=stream, privacy=system.privacy,
                         max_tokens=self.args.answer_tokens)
        target = Target(system.url, body, stream, system.headers, EXPECTED)
        groups = {"system": system.roots, "upstream": [self.upstream.proc.pid], "bench": [os.getpid()]}
        roles = {f"role:{_role(procstats.command(pid))}": [pid] for pid in system.roots}
        if len(roles) > 1:
            groups |= roles  # llmvpn: the web worker's and the key server's shares apart
        marks: dict[str, tuple] = {}

        def mark(what: str) -> None:
            marks[what] = (procstats.trees_cpu_seconds(groups), procstats.machine_cpu()[0],
                           time.process_time(), time.perf_counter())

        result: CellResult = uvloop.run(run_cell(
            target, c, max_requests=self.profile["max_requests"], max_seconds=self.profile["max_seconds"],
            warmup_requests=self.profile["warmup_requests"], warmup_seconds=self.profile["warmup_seconds"],
            timeout=self.args.timeout, on_measure=mark))
        (cpu0, busy0, own0, t0), (cpu1, busy1, own1, t1) = marks["start"], marks["end"]
        wall, n = t1 - t0, max(result.started, 1)
        other = ((busy1 - busy0) - (cpu1["bench"] - cpu0["bench"])) / wall
        cell = {
            "system": system.name, "mode": mode, "concurrency": c,
            "ok": result.ok, "failed": result.failed, "errors": dict(result.errors),
            "error_sample": result.error_sample, "answers_checked": result.checked,
            "elapsed_s": round(result.elapsed, 3),
            "throughput_rps": round(result.ok / result.elapsed, 1) if result.elapsed else 0.0,
            "latency_ms": _summary(result.latencies), "ttft_ms": _summary(result.ttfts) if stream else None,
            "cpu": {
                "system_ms_per_req": (round((cpu1["system"] - cpu0["system"]) * 1000 / n, 3)
                                      if system.roots else None),
                "upstream_ms_per_req": round((cpu1["upstream"] - cpu0["upstream"]) * 1000 / n, 3),
                "loadgen_ms_per_req": round((own1 - own0) * 1000 / n, 3),
                "machine_busy_cores": round((busy1 - busy0) / wall, 2),
                "other_cores": round(max(other, 0.0), 2),
            },
        }
        if len(roles) > 1:
            cell["cpu"]["by_process_ms_per_req"] = {
                role.removeprefix("role:"): round((cpu1[role] - cpu0[role]) * 1000 / n, 3) for role in roles}
        if system.roots:
            usage = procstats.tree_usage(system.roots)
            cell["rss_mib"] = round(usage.rss_kib / 1024, 1)
            cell["peak_rss_mib"] = round(usage.hwm_kib / 1024, 1)
            self.memory[system.name] = {
                "peak_rss_mib": cell["peak_rss_mib"],
                "processes": [{"role": f"{_role(p['cmd'])}", **p} for p in usage.processes],
            }
        self.cells.append(cell)
        return cell


def background_cores(seconds: float = 2.0) -> float:
    """Cores used by processes outside this bench's process tree, averaged over `seconds`."""
    own = [os.getpid()]
    busy0, mine0 = procstats.machine_cpu()[0], procstats.trees_cpu_seconds({"b": own})["b"]
    time.sleep(seconds)
    busy1, mine1 = procstats.machine_cpu()[0], procstats.trees_cpu_seconds({"b": own})["b"]
    return max((busy1 - busy0) - (mine1 - mine0), 0.0) / seconds


def wait_for_quiet(max_wait: float, threshold: float) -> None:
    deadline = time.monotonic() + max_wait
    while (bg := background_cores()) > threshold:
        if time.monotonic() >= deadline:
            print(f"  machine still busy ({bg:.2f} cores used by other processes); measuring anyway",
                  flush=True)
            return
        print(f"  waiting for a quieter machine: other processes use {bg:.2f} cores", flush=True)
