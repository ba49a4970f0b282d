"""Highlights: the few lines at the top of the report, chosen from what changed most."""

from __future__ import annotations

import datetime as dt

from sitrep.models import (
    Conflict,
    Figure,
    Highlight,
    Period,
    TimelineEvent,
)

MAX_HIGHLIGHTS = 6


def highlights(
    key_figures: list[Figure],
    timeline: list[TimelineEvent],
    conflicts: list[Conflict],
    period: Period,
) -> list[Highlight]:
    """The biggest changes first, then the latest events, then what sources dispute."""
    changed = sorted((f for f in key_figures if f.delta), key=lambda f: -abs(f.delta or 0))
    figures = (changed or [f for f in key_figures if f.previous is None])[:3]
    start = period.start or dt.date.min
    events = [e for e in reversed(timeline) if e.date and e.date >= start][:2]
    highlights = [Highlight(kind="figure", figure=f) for f in figures]
    highlights += [Highlight(kind="event", event=e) for e in events]
    highlights += [Highlight(kind="conflict", conflict=c) for c in conflicts[:1]]
    return highlights[:MAX_HIGHLIGHTS]
