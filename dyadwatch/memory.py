"""Pausing Python's cyclic garbage collector while many acyclic objects are made at once.

Reading tens of thousands of event records (or unpickling the knowledge base) creates millions of small dicts and
lists that are kept. Each creation counts towards the next collection, and each full collection walks every object
still alive, so the collector alone can cost as much as the reading. These objects hold no reference cycles:
reference counting frees them, and pausing the collector loses nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off (as it was afterwards; nesting is safe)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
