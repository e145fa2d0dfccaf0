"""ClientWatch: a request's work stops when its client leaves, and a finished request leaves no garbage cycle.

The cycle matters under load: every request used to leave ~60 objects that only Python's full collections
freed, and those ran ~100 ms each in a worker (bench/README.md).
"""

from __future__ import annotations

import asyncio
import gc
import weakref

from llmvpn.web.relay import ClientWatch


def _receive_until(left: asyncio.Event):
    async def receive() -> dict:
        await left.wait()
        return {"type": "http.disconnect"}
    return receive


async def _turns(n: int = 5) -> None:
    for _ in range(n):
        await asyncio.sleep(0)


def test_the_block_is_cancelled_when_the_client_leaves() -> None:
    async def main() -> tuple[bool, bool]:
        left = asyncio.Event()
        finished = False
        with ClientWatch(_receive_until(left)):
            left.set()
            await asyncio.sleep(5)  # the answer being made, when the client hangs up
            finished = True
        return finished, True

    finished, went_on = asyncio.run(asyncio.wait_for(main(), 2))
    assert not finished and went_on  # the scope took its own cancellation: the code after the block ran


def test_the_block_runs_to_its_end_while_the_client_stays() -> None:
    async def main() -> str:
        with ClientWatch(_receive_until(asyncio.Event())):
            await _turns()
            return "answered"

    assert asyncio.run(main()) == "answered"


def test_a_finished_watch_is_freed_without_the_cycle_collector() -> None:
    async def main() -> weakref.ref:
        watch = ClientWatch(_receive_until(asyncio.Event()))
        with watch:
            await _turns()
        await _turns()  # the watcher's cancellation completes
        return weakref.ref(watch)

    gc.collect()
    gc.disable()  # only reference counting may free it: what is left in a cycle stays
    try:
        ref = asyncio.run(main())
        assert ref() is None, "the watch is kept alive by a reference cycle"
    finally:
        gc.enable()
