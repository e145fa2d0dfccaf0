"""Lease acquire + release per second against a real key server over its Unix socket.

    python -m bench.keyserver_bench                    in-process state, then Redis if redis-server exists
    python -m bench.keyserver_bench --state memory -c 1,16,64 --seconds 5

Starts `python -m llmvpn.keyserver` (and, for the Redis state, a redis-server on a loopback port) in a
temporary LLMVPN_HOME, creates a provider with a few keys through KeyServerClient, then N tasks
sharing one client (as a web worker does) each acquire a stateless lease and release it with an OK
outcome, as fast as they can, for a bounded time. Reports pairs per second, p50/p99 of one pair,
CPU per pair of the key server and of this client, and the key server's peak RSS. The client and the
server share the machine's cores, so the key server's own ceiling (one core's worth of pairs at its
measured CPU per pair) is reported beside the pairs per second actually seen.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

import uvloop

from bench import procstats
from bench.loadgen import percentile
from bench.run import RESULTS
from bench.systems import Processes, _socket_accepts, free_port, llmvpn_env, wait_until

MODEL = "demo-model"


async def _setup(socket_path: Path, keys: int) -> None:
    from llmvpn.keys import ProviderKey
    from llmvpn.keyserver.client import KeyServerClient, NewKey

    async with KeyServerClient(socket_path, deadline_seconds=10) as client:
        # Never called: leases only name it. Port 9 (discard) on loopback, to be safe anyway.
        await client.create_provider(name="bench", kind="openai", base_url="http://127.0.0.1:9/v1",
                                     models=[MODEL], keys=[NewKey(ProviderKey(f"sk-bench-ks-{i:04d}"))
                                                           for i in range(keys)])


async def _hammer(socket_path: Path, concurrency: int, seconds: float, max_ops: int,
                  keyserver_pid: int) -> dict:
    from llmvpn.keyserver.client import KeyServerClient, Outcome

    async with KeyServerClient(socket_path, deadline_seconds=10) as client:
        latencies: list[float] = []
        errors: dict[str, int] = {}
        budget = [max_ops]

        async def task(i: int, deadline: float, record: bool) -> None:
            owner = f"bench-user-{i}"
            while budget[0] > 0 and time.perf_counter() < deadline:
                budget[0] -= 1
                t0 = time.perf_counter()
                try:
                    lease = await client.acquire(f"bench/{MODEL}", owner=owner)
                    await client.release(lease.lease_id, Outcome.OK, http_status=200, prompt_tokens=300,
                                         completion_tokens=128, latency_ms=20.0)
                except Exception as exc:  # noqa: BLE001 - counted and shown, the run goes on
                    name = type(exc).__name__
                    errors[name] = errors.get(name, 0) + 1
                    continue
                if record:
                    latencies.append(time.perf_counter() - t0)

        # Warm-up: channel, server-side caches, the allocator's first decisions.
        await asyncio.gather(*(task(i, time.perf_counter() + 0.5, False) for i in range(concurrency)))
        budget[0] = max_ops
        groups = {"ks": [keyserver_pid], "bench": [os.getpid()]}
        cpu0, busy0 = procstats.trees_cpu_seconds(groups), procstats.machine_cpu()[0]
        own0 = time.process_time()
        t0 = time.perf_counter()
        await asyncio.gather(*(task(i, t0 + seconds, True) for i in range(concurrency)))
        elapsed = time.perf_counter() - t0
        cpu1, busy1 = procstats.trees_cpu_seconds(groups), procstats.machine_cpu()[0]
        own1 = time.process_time()
        ks0, ks1 = cpu0["ks"], cpu1["ks"]
        # CPU of processes outside this bench (the machine may be shared), in cores.
        other = max((busy1 - busy0) - (cpu1["bench"] - cpu0["bench"]), 0.0) / elapsed
        health = await client.health()
    ms = sorted(x * 1000 for x in latencies)
    n = max(len(ms), 1)
    return {
        "concurrency": concurrency, "pairs": len(ms), "errors": errors, "elapsed_s": round(elapsed, 3),
        "pairs_per_s": round(len(ms) / elapsed, 1),
        "p50_ms": round(percentile(ms, 50), 3), "p99_ms": round(percentile(ms, 99), 3),
        "keyserver_cpu_us_per_pair": round((ks1 - ks0) * 1e6 / n, 1),
        # What one core of key server could serve if the clients cost nothing.
        "keyserver_ceiling_pairs_per_s": round(n / (ks1 - ks0)) if ks1 > ks0 else None,
        "client_cpu_us_per_pair": round((own1 - own0) * 1e6 / n, 1),
        "leases_in_flight_after": health.leases_in_flight,
        "other_cores": round(other, 2),
    }


def _start_redis(procs: Processes, run_dir: Path) -> str:
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is not installed (`make redis-server` installs it)")
    port = free_port()
    log_path = run_dir / "redis.log"
    proc = procs.spawn("redis", [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                 "--appendonly", "no", "--dir", str(run_dir), "--protected-mode", "yes"],
                       dict(os.environ), log_path)
    import socket

    def accepts() -> bool:
        with socket.socket() as probe:
            return probe.connect_ex(("127.0.0.1", port)) == 0

    wait_until(accepts, 10, "redis-server", proc, log_path)
    return f"redis://127.0.0.1:{port}/0"


def bench_state(state: str, args: argparse.Namespace, procs: Processes) -> dict:
    run_dir = Path(tempfile.mkdtemp(prefix="llmvpn-ksb-", dir="/tmp"))
    try:
        socket_path = run_dir / "ks.sock"
        env = llmvpn_env(run_dir / "home", socket_path, free_port())
        if state == "redis":
            env["KEY_SERVER_REDIS_URL"] = _start_redis(procs, run_dir)
        log_path = run_dir / "keyserver.log"
        keyserver = procs.spawn("keyserver", [sys.executable, "-m", "llmvpn.keyserver"], env, log_path)
        wait_until(lambda: _socket_accepts(socket_path), 30, "key server", keyserver, log_path)
        uvloop.run(_setup(socket_path, args.keys))
        rows = []
        for c in args.concurrency:
            row = uvloop.run(_hammer(socket_path, c, args.seconds, args.max_ops, keyserver.pid))
            print(f"  {state:6} c={c:<3} {row['pairs_per_s']:8.0f} acquire+release/s  "
                  f"p50 {row['p50_ms']:.3f} ms  "
                  f"p99 {row['p99_ms']:.3f} ms  key server {row['keyserver_cpu_us_per_pair']:.0f} µs/pair "
                  f"(ceiling {row['keyserver_ceiling_pairs_per_s']}/s)  "
                  f"client {row['client_cpu_us_per_pair']:.0f} µs/pair"
                  + f"  bg {row['other_cores']:.2f} cores"
                  + (f"  errors {row['errors']}" if row["errors"] else ""), flush=True)
            rows.append(row)
        rss, hwm = procstats.memory_kib(keyserver.pid)
        return {"state": state, "keys": args.keys, "rows": rows, "keyserver_rss_mib": round(rss / 1024, 1),
                "keyserver_peak_rss_mib": round(hwm / 1024, 1)}
    finally:
        procs.stop_all()
        shutil.rmtree(run_dir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.keyserver_bench", description=__doc__.splitlines()[0])
    p.add_argument("--state", default="memory,redis", help="memory, redis or both (comma-separated)")
    p.add_argument("-c", "--concurrency", default="1,16,64")
    p.add_argument("--seconds", type=float, default=5.0, help="bound of one measurement")
    p.add_argument("--max-ops", type=int, default=200_000, help="bound of one measurement in pairs")
    p.add_argument("--keys", type=int, default=8)
    p.add_argument("--out", type=Path, default=RESULTS)
    args = p.parse_args(argv)
    args.concurrency = [int(x) for x in args.concurrency.split(",")]
    states = [s for s in args.state.split(",") if s]

    def interrupted(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupted)
    # Also when started in the background by a shell, which would leave SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    procs = Processes()
    started = dt.datetime.now(dt.UTC)
    load_before = procstats.loadavg()
    results = []
    try:
        for state in states:
            if state == "redis" and shutil.which("redis-server") is None:
                print("  redis: skipped, redis-server is not installed")
                continue
            results.append(bench_state(state, args, procs))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    finally:
        procs.stop_all()
    doc = {"schema": 1, "benchmark": "keyserver lease acquire+release over the Unix socket",
           "started_at": started.strftime("%Y-%m-%d %H:%M UTC"), "machine": procstats.machine_info(),
           "load": {"before": load_before, "after": procstats.loadavg()}, "results": results}
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"{started.strftime('%Y%m%d-%H%M%S')}-keyserver.json"
    path.write_text(json.dumps(doc, indent=1) + "\n")
    peaks = ", ".join(f"{r['state']} {r['keyserver_peak_rss_mib']:.0f} MiB" for r in results)
    print(f"key server peak RSS: {peaks}")
    print(f"results: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
