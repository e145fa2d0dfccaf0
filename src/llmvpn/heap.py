"""What a server process loaded at start-up, kept out of the cyclic garbage collector's sight.

A web worker holds some 150,000 Python objects from start-up to exit: the NER model's vocabulary, the
rules' word lists and patterns, the token tagger's dictionaries, FastAPI's routes. Python's full
collections walk every one of them each time; under load that was a dozen pauses a minute of ~80-100 ms
of CPU each (measured at c=50, privacy off: bench/README.md), stopping every request in the worker.
`gc.freeze()` moves them to a generation the collector never scans (they are never garbage, so nothing
is lost), and a full collection then takes ~2 ms.

Only a process that serves calls `settle()`, once, when its start-up is done: a test process that
builds apps in-process keeps the collector as it is.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


def settle() -> None:
    """Collect start-up's garbage, then freeze every object left (see the module's docstring)."""
    gc.collect()
    gc.freeze()
    log.debug("%d start-up objects frozen out of the garbage collector's scans", gc.get_freeze_count())
