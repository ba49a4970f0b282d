"""A deep, back-and-forth recursion (WeasyPrint's layout, cell after cell) run with room
to recurse maps no memory each time it goes deep again."""

from __future__ import annotations

import resource
import sys

import pytest

from sitrep.process import with_room_to_recurse


def _down(levels: int) -> int:
    """A recursion with a few locals a frame: 200 levels are 31 KiB of frames (CPython's
    chunks are 16 KiB)."""
    a = b = c = d = e = f = g = h = levels
    return 0 if levels == 0 else _down(levels - 1) + a + b + c + d + e + f + g + h - 8 * levels


def _back_and_forth() -> int:
    """Minor page faults while going 200 frames deep and back 3,000 times."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(3_000):
        _down(200)
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before


@pytest.mark.skipif(sys.platform != "linux", reason="counts Linux page faults")
def test_a_deep_recursion_with_room_to_recurse_maps_no_memory_each_time() -> None:
    assert _back_and_forth() > 3_000, "without room, each descent maps fresh chunks"
    assert with_room_to_recurse(_back_and_forth) < 300
