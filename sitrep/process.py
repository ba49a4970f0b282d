"""What this process may use, and how it spends it: the cores it may run workers on, and
Python's cyclic collector held back while a stage allocates a great many long-lived
objects (the merge of a crisis week, the layout of a long report)."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system has one)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextmanager
def collector_at_ease() -> Iterator[None]:
    """Keep the cyclic collector from rescanning objects that only grow during a stage.

    A crisis week's merge builds 300,000 facts and a long render millions of boxes, none
    of them garbage until the stage ends; with the default gen-0 threshold the collector
    walked them over and over (a quarter of the merge, a third of a long render).
    Objects from before the stage are frozen out of its scans; the output is the same.
    """
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, threshold[1], threshold[2])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()
