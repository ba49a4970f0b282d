"""Highlights: the few lines at the top of the report, chosen so that nothing is said twice.

The key figures band gives every figure with its change right below the highlights,
so the highlights give only the one figure that changed most, then what happened
(the latest events) and what sources dispute; the overview then states the figures
the highlights did not (`Sitrep.overview_figures`). A report with nothing changed
and no event leads with its first figures instead of an empty list.
"""

from __future__ import annotations

import datetime as dt

from sitrep.models import (
    Conflict,
    Figure,
    Highlight,
    Period,
    TimelineEvent,
)

MAX_HIGHLIGHTS = 5
CHANGED_FIGURES = 1
"""The band below shows every change: one in the highlights is the headline, more is repetition."""
EVENTS = 2
FIRST_FIGURES = 2
"""Figures led with when nothing changed and nothing happened."""


def highlights(
    key_figures: list[Figure],
    timeline: list[TimelineEvent],
    conflicts: list[Conflict],
    period: Period,
) -> list[Highlight]:
    """The biggest change, then the latest events, then what sources dispute."""
    changed = sorted((f for f in key_figures if f.delta), key=lambda f: -abs(f.delta or 0))
    start = period.start or dt.date.min
    events = [e for e in reversed(timeline) if e.date and e.date >= start][:EVENTS]
    figures = changed[:CHANGED_FIGURES]
    if not figures and not events and not conflicts:
        figures = [f for f in key_figures if f.previous is None][:FIRST_FIGURES]
    items = [Highlight(kind="figure", figure=f) for f in figures]
    items += [Highlight(kind="event", event=e) for e in events]
    items += [Highlight(kind="conflict", conflict=c) for c in conflicts[:1]]
    return items[:MAX_HIGHLIGHTS]
