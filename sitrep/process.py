"""What this process may use, and how it spends it: the cores it may run workers on, and
Python's cyclic collector held back while a stage allocates a great many long-lived
objects (the merge of a crisis week) or held off until it ends (the layout of a long
report)."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system has one)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextmanager
def imports_kept() -> Iterator[None]:
    """Import a command's modules with the cyclic collector off, then freeze what they made.

    Importing the build pipeline (WeasyPrint, polars, pydantic's models, the templates'
    filters) makes a few hundred thousand objects that live until the process ends: the
    collector's passes over them during the import found almost nothing to free (two
    passes, 47 ms of a cold build of the example), and left in the oldest generation
    they would be walked again by every full collection after it. Frozen, they are not.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


@contextmanager
def collector_at_ease() -> Iterator[None]:
    """Keep the cyclic collector from rescanning objects that only grow during a stage.

    A crisis week's merge builds 300,000 facts, none of them garbage until the stage
    ends; with the default gen-0 threshold the collector walked them over and over (a
    quarter of the merge).
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


_ENDING: set[str] = set()
"""Holds "build" once the process has said it ends with the build under way."""


def ends_after_this_build() -> None:
    """Say that this process exits once the build under way is written (`sitrep build` of
    one situation): what a stage leaves in reference cycles need not be collected, since
    the process's end frees it, and the collection would only walk it (0.16 s after a
    2,000-area render). A process that builds again (a benchmark, a batch worker, the
    Python API) never says so, and collects as before.
    """
    _ENDING.add("build")


@contextmanager
def collector_held_off() -> Iterator[None]:
    """Run a stage without the cyclic collector, then collect once over its own objects.

    For a stage whose objects all live until it ends (a long report's layout): with the
    collector on, its passes over the growing document found next to nothing (1.3 s of
    a 2,000-area render), and the document, cyclic garbage once written, was left to the
    next full collection of the whole heap, in whatever stage or build ran next (1.2 s).
    Objects from before the stage are frozen, so the one pass at its end walks only what
    the stage made and has not freed; the output is the same. In a process that ends
    with this build (`ends_after_this_build`) there is no pass at all.
    """
    enabled = gc.isenabled()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        if "build" not in _ENDING:
            gc.collect()
        gc.unfreeze()
        if enabled:
            gc.enable()


def with_room_to_recurse(call: Callable[[], T]) -> T:
    """Return `call()`, run with a long stretch of CPython's frame stack to itself.

    CPython keeps Python frames in 16 KiB chunks, maps a new one when a call finds no room
    and unmaps it as soon as that call returns, so code that recurses back and forth over
    a chunk's end maps and unmaps it every time. WeasyPrint's layout does that about once a
    table cell: 463,000 mmap/munmap pairs and their page faults in a 2,000-area render,
    1.6-3.3 s of a 7-9 s render depending only on how deep the caller's stack happened to
    be. This function's frame is made 256 KiB large (`_ROOM`), so the chunk it is given is
    512 KiB, and the frames `call` makes fit in the rest of it.
    """
    return call()


_ROOM = 32_768
"""Spare stack slots (8 bytes each) in the frame of `with_room_to_recurse`."""
with_room_to_recurse.__code__ = with_room_to_recurse.__code__.replace(
    co_stacksize=with_room_to_recurse.__code__.co_stacksize + _ROOM
)
