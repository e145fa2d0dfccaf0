"""`LoopTurns`: CPU-bound calls run on the event loop itself, one per turn of the loop.

A privacy scan of a chat prompt is pure Python (tens of microseconds per hundred characters) and holds
the GIL throughout, so a thread gains no parallelism: it only adds a hand-off per scan and, under load,
a contest for the GIL with the event loop's thread, which wakes for every socket event. Measured on the
benchmark's 1 KB prompt at concurrency 50 (two cores), the thread cost about 1 ms of CPU per request
(102 against 115 requests a second, run on the loop).

Run on the loop, scans must not starve it: fifty arriving together would otherwise run back to back
while the key server's replies and other clients' bytes waited. So each call waits for its own turn:
one call per loop iteration, and the loop polls its sockets between two calls (asyncio and uvloop both
run only the callbacks that were ready when an iteration began). A caller sends big texts to a thread
instead, where the loop keeps its turns while the scan runs.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


class LoopTurns:
    """A queue of calls on one event loop, each run in a loop iteration of its own, in order."""

    __slots__ = ("_queue", "_scheduled")

    def __init__(self) -> None:
        self._queue: deque[tuple[asyncio.Future[Any], Callable[..., Any], tuple[Any, ...]]] = deque()
        self._scheduled = False

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """`function(*args)` on this loop when its turn comes; the caller waits, other tasks run."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.append((future, function, args))
        if not self._scheduled:
            self._scheduled = True
            loop.call_soon(self._turn, loop)
        return await future

    def _turn(self, loop: asyncio.AbstractEventLoop) -> None:
        future, function, args = self._queue.popleft()
        if self._queue:
            loop.call_soon(self._turn, loop)  # the next call: in the next iteration, after a poll
        else:
            self._scheduled = False
        if future.cancelled():  # its request is gone (client left): nothing to scan for
            return
        try:
            result = function(*args)
        except Exception as exc:  # the caller's to handle, as with a thread's future
            future.set_exception(exc)
        else:
            future.set_result(result)
