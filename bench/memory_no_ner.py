"""The web worker's resident memory without the NER model (issue 6: ≤ 120 MB), after real traffic.

    .venv/bin/python -m bench.memory_no_ner [--requests 2000]

Starts the test upstream and llmvpn as `make bench` does, but with LLMVPN_PRIVACY_NER=false (privacy
still on: patterns and rules), sends JSON and streamed chats with the bench's prompt, half of them with
the privacy pipeline on, and prints each process's peak RSS (VmHWM).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from pathlib import Path

import uvloop

from bench import loadgen, procstats, systems
from bench.prompt import chat_body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    args = parser.parse_args()
    procs = systems.Processes()
    try:
        with tempfile.TemporaryDirectory() as run_dir:
            upstream = systems.start_upstream(procs, Path(run_dir), 0)
            llmvpn = systems.start_llmvpn(procs, Path(run_dir), upstream,
                                          extra_env={"LLMVPN_PRIVACY_NER": "false"})
            for stream in (False, True):
                for privacy in (None, {"pii": "pseudonymize"}):
                    body = chat_body(llmvpn.model, stream=stream, privacy=privacy, max_tokens=128)
                    target = loadgen.Target(llmvpn.url, body, stream, tuple(llmvpn.headers))
                    uvloop.run(loadgen.run_cell(target, 10, max_requests=args.requests // 4, max_seconds=30,
                                                warmup_requests=0, warmup_seconds=0))
            web, keyserver = llmvpn.roots
            peaks = {"web (no NER model)": round(procstats.memory_kib(web)[1] / 1024, 1),
                     "keyserver": round(procstats.memory_kib(keyserver)[1] / 1024, 1)}
            print(json.dumps(peaks, indent=1))
    finally:
        procs.stop_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
