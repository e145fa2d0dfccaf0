"""LoopTurns: scans run on the event loop, one per loop iteration, so queued scans never starve it; and
PrivacyService.scan, which sends each scan there, to the detection thread, or runs it at once."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from llmvpn.privacy.detect import Detector
from llmvpn.privacy.pipeline import Pipeline
from llmvpn.privacy.policy import PrivacyChoice
from llmvpn.privacy.sealing import StateSealer
from llmvpn.privacy.spans import EntityType, Policy
from llmvpn.web.privacy import THREAD_ABOVE_CHARS, TURN_ABOVE_CHARS, PrivacyService
from llmvpn.web.turns import LoopTurns


def busy(ms: float, log: list[str], name: str) -> str:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass
    log.append(name)
    return name


async def test_queued_calls_run_in_order_and_return_their_results() -> None:
    turns, log = LoopTurns(), []
    results = await asyncio.gather(*(turns.run(busy, 1, log, f"scan{i}") for i in range(5)))
    assert results == [f"scan{i}" for i in range(5)]
    assert log == results


async def test_the_loop_gets_a_turn_between_two_queued_calls() -> None:
    turns, log = LoopTurns(), []
    stop = asyncio.Event()

    async def ticker() -> None:  # another request's work: it needs the loop now and then
        while not stop.is_set():
            log.append("tick")
            await asyncio.sleep(0)

    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await asyncio.gather(*(turns.run(busy, 5, log, "scan") for _ in range(4)))
    stop.set()
    await ticking
    scans = [i for i, entry in enumerate(log) if entry == "scan"]
    assert len(scans) == 4
    assert all(b - a > 1 for a, b in zip(scans, scans[1:])), log  # never two scans back to back


async def test_a_failing_call_raises_in_its_caller_and_the_queue_goes_on() -> None:
    turns, log = LoopTurns(), []

    def fail() -> None:
        raise ValueError("bad text")

    first = asyncio.ensure_future(turns.run(fail))
    second = asyncio.ensure_future(turns.run(busy, 0, log, "after"))
    with pytest.raises(ValueError, match="bad text"):
        await first
    assert await second == "after"


async def test_a_call_whose_caller_left_is_not_run() -> None:
    turns, log = LoopTurns(), []
    gone = asyncio.ensure_future(turns.run(busy, 0, log, "gone"))
    kept = asyncio.ensure_future(turns.run(busy, 0, log, "kept"))
    await asyncio.sleep(0)  # both queued
    gone.cancel()
    assert await kept == "kept"
    assert log == ["kept"]


def test_under_uvloop_too() -> None:
    # The server's loop: it too runs only the callbacks ready when an iteration began.
    uvloop = pytest.importorskip("uvloop")
    uvloop.run(test_the_loop_gets_a_turn_between_two_queued_calls())


# -- PrivacyService.scan: where a scan runs ---------------------------------------------------------------


@pytest.fixture
def service():
    made = PrivacyService(Pipeline(Detector()), StateSealer("s" * 40),
                          PrivacyChoice(Policy.PSEUDONYMIZE, frozenset(EntityType)), allow_weaker=True)
    yield made
    made.close()


def where() -> str:
    return threading.current_thread().name


async def test_a_prompt_scans_on_the_loop_and_a_long_text_on_the_detection_thread(service) -> None:
    loop_thread = where()
    assert await service.scan(TURN_ABOVE_CHARS, where) == loop_thread  # short: at once
    assert await service.scan(TURN_ABOVE_CHARS + 1, where) == loop_thread  # in a turn of the loop
    assert await service.scan(THREAD_ABOVE_CHARS, where) == loop_thread
    assert (await service.scan(THREAD_ABOVE_CHARS + 1, where)).startswith("llmvpn-privacy")


async def test_while_the_thread_reads_a_long_text_a_prompt_queues_behind_it_off_the_loop(service) -> None:
    # The NER model's lock is held by the thread's scan: a scan on the loop would hold the loop waiting.
    release = threading.Event()
    long_scan = asyncio.ensure_future(service.scan(THREAD_ABOVE_CHARS + 1, release.wait, 10))
    await asyncio.sleep(0.01)
    prompt = asyncio.ensure_future(service.scan(THREAD_ABOVE_CHARS // 2, where))
    await asyncio.sleep(0.05)
    assert not prompt.done()  # waiting for the thread, and the loop is free meanwhile
    release.set()
    assert await long_scan is True
    assert (await prompt).startswith("llmvpn-privacy")
    assert await service.scan(THREAD_ABOVE_CHARS // 2, where) == where()  # the thread idle: the loop again


async def test_a_prompt_whose_turn_comes_after_a_long_text_went_to_the_thread_follows_it(service) -> None:
    release = threading.Event()
    prompt = asyncio.ensure_future(service.scan(THREAD_ABOVE_CHARS // 2, where))  # its turn: next iteration
    long_scan = asyncio.ensure_future(service.scan(THREAD_ABOVE_CHARS + 1, release.wait, 10))  # the thread: now
    await asyncio.sleep(0.05)
    assert not prompt.done()
    release.set()
    assert await long_scan is True
    assert (await prompt).startswith("llmvpn-privacy")


async def test_a_long_scan_whose_caller_left_still_keeps_prompts_off_the_loop_until_it_ends(service) -> None:
    release = threading.Event()
    long_scan = asyncio.ensure_future(service.scan(THREAD_ABOVE_CHARS + 1, release.wait, 10))
    await asyncio.sleep(0.01)
    long_scan.cancel()  # the client left; the thread goes on reading (and holds the NER lock)
    await asyncio.sleep(0.01)
    prompt = asyncio.ensure_future(service.scan(THREAD_ABOVE_CHARS // 2, where))
    await asyncio.sleep(0.05)
    assert not prompt.done()
    release.set()
    assert (await prompt).startswith("llmvpn-privacy")
