"""heap.settle: what start-up loaded leaves the collector's scans; start-up's garbage is freed first."""

from __future__ import annotations

import gc
import weakref

import pytest

from llmvpn import heap


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector can free it


@pytest.fixture
def unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()  # the test process keeps its collector as it was


def test_objects_alive_at_settle_are_no_longer_scanned(unfrozen) -> None:
    kept = Node()
    heap.settle()
    assert gc.get_freeze_count() > 0
    assert not any(o is kept for o in gc.get_objects())  # frozen objects are out of every generation


def test_garbage_from_start_up_is_freed_not_frozen(unfrozen) -> None:
    gc.disable()
    try:
        garbage = Node()
        ref = weakref.ref(garbage)
        del garbage
        assert ref() is not None  # a cycle, unreachable, not yet collected
        heap.settle()
        assert ref() is None
    finally:
        gc.enable()
