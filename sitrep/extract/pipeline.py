"""Article text → facts: the recognisers run sentence by sentence, in one direction.

For each sentence: dates (so their numbers are not figures), quantities, cues,
indicator per quantity, source, place, ceasefire events; then per article the
restated ceasefire events are merged. Nothing here touches the file system except
`extract_articles`, which reads the files it is given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from sitrep.extract import dates as dates_mod
from sitrep.extract.events import CEASEFIRE_RE, deduplicate, find_ceasefires
from sitrep.extract.indicators import assign, confidence, counts_things, find_cues
from sitrep.extract.numbers import Quantity, find_quantities
from sitrep.extract.places import Gazetteer, PlaceMention, find_places, nearest
from sitrep.extract.reader import ArticleReadError, read_article
from sitrep.extract.sentences import split_sentences
from sitrep.extract.sources import Speakers, find_source
from sitrep.models import (
    Article,
    ArticleRef,
    Extraction,
    Fact,
    GazetteerEntry,
    Indicator,
    Period,
    Problem,
    Qualifier,
    Severity,
)

_PART_OF = re.compile(
    r"(?:\bincluding|\bof\s+whom|\bamong\s+them|\bamong\s+whom|\bof\s+them|\bamong)\s+$",
    re.IGNORECASE,
)
_AND = re.compile(r"^[^.;:]{0,40}?(?:,\s*|\s)and\s+$", re.IGNORECASE)
_RESTATED = re.compile(
    r"(?:\b(?:up|down|revised|rising|rose)\s+from|\bcompared\s+(?:with|to))\s+$", re.IGNORECASE
)
"""'… killed 1,419, up from 1,297 on Sunday': the earlier figure counts the same thing."""
_HOUSEHOLDS = re.compile(r"\s+(?:\w+\s+)?(?:families|households)\b", re.IGNORECASE)
_CLAUSE_GAP = re.compile(r"[,;]")
_ACROSS_CLAUSE = 1000
_OWN_CUE = 25
"""A part ("including 500 …") keeps its own indicator only when its cue is this close."""


def extract_articles(
    paths: Sequence[Path],
    *,
    published: dt.date | None = None,
    gazetteer: Sequence[GazetteerEntry] = (),
    progress: Callable[[Path], None] | None = None,
) -> tuple[Extraction, list[Problem]]:
    """Extract every file; a file that cannot be read is a Problem, and the rest go on.

    `published` is used for articles that do not give their own date; an article with
    no date at all gets facts with `date: null` and a warning.
    """
    matcher = Gazetteer(gazetteer)
    articles: list[Article] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            read = read_article(path)
        except ArticleReadError as exc:
            problems.append(Problem(file=str(path), code="unreadable-article", message=str(exc)))
        else:
            when = read.published or published
            if when is None:
                problems.append(
                    Problem(
                        file=str(path),
                        severity=Severity.warning,
                        code="no-published-date",
                        message="the article does not say when it was published; facts are "
                        "left undated (give --published YYYY-MM-DD)",
                    )
                )
            articles.append(
                _extract(
                    read.text,
                    path=str(path),
                    published=when,
                    title=read.title,
                    url=read.url,
                    outlet=read.outlet,
                    gazetteer=matcher,
                )
            )
        if progress is not None:
            progress(path)
    return Extraction(articles=articles), problems


def extract_text(
    text: str,
    *,
    path: str,
    published: dt.date | None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    gazetteer: Sequence[GazetteerEntry] | Gazetteer = (),
) -> Article:
    """The facts of one article's text (front matter already removed)."""
    matcher = gazetteer if isinstance(gazetteer, Gazetteer) else Gazetteer(gazetteer)
    return _extract(
        text, path=path, published=published, title=title, url=url, outlet=outlet, gazetteer=matcher
    )


def _extract(
    text: str,
    *,
    path: str,
    published: dt.date | None,
    title: str | None,
    url: str | None,
    outlet: str | None,
    gazetteer: Gazetteer,
) -> Article:
    article = Article(path=path, title=title, url=url, outlet=outlet, published=published)
    ref = article.ref()
    stem = Path(path).stem
    speakers = Speakers()
    facts: list[Fact] = []
    for start, end in split_sentences(text):
        sentence = text[start:end]
        source = find_source(sentence, speakers)
        facts.extend(_sentence_facts(sentence, start, stem, published, source, gazetteer, ref))
    article.facts = deduplicate(facts)
    return article


def _sentence_facts(
    sentence: str,
    offset: int,
    stem: str,
    published: dt.date | None,
    source: str | None,
    gazetteer: Gazetteer,
    ref: ArticleRef,
) -> list[Fact]:
    quantities = find_quantities(sentence)
    if not quantities and CEASEFIRE_RE.search(sentence) is None:
        return []
    when = dates_mod.find_dates(sentence, published)
    quantities = [
        q for q in quantities if not any(d.start < q.end and q.start < d.end for d in when)
    ]
    places = find_places(sentence, gazetteer)
    span = (offset, offset + len(sentence))
    facts: list[Fact] = []
    parents: dict[int, Fact] = {}
    if quantities:
        cues = find_cues(sentence)
        parts = _part_of(sentence, quantities)
        restated = {
            i: i - 1
            for i in range(1, len(quantities))
            if _RESTATED.search(sentence, quantities[i - 1].end, quantities[i].start)
        }
        blockers = [
            q for i, q in enumerate(quantities) if i not in parts and not counts_things(sentence, q)
        ]
        for i, quantity in enumerate(quantities):
            found = assign(sentence, quantity, cues, [b for b in blockers if b is not quantity])
            parent = parents.get(parts[i]) if i in parts else None
            earlier = parents.get(restated[i]) if i in restated else None
            if earlier is not None and (found is None or found.distance > _OWN_CUE):
                indicator, label, score = earlier.indicator, earlier.label, 0.6
            elif parent is not None and (found is None or found.distance > _OWN_CUE):
                indicator, label, score = parent.indicator, parent.label, 0.6
            elif found is not None:
                indicator = found.indicator
                label = found.cue.text if indicator is Indicator.other else None
                score = confidence(found, vague=isinstance(quantity.value, tuple))
            else:
                continue
            date, period = _when(sentence, when, quantity.start, quantity.end)
            place = nearest(places, quantity.start, quantity.end)
            fact = Fact(
                id=f"{stem}-{offset + quantity.number_start}-{indicator.value}",
                indicator=indicator,
                value=quantity.value,
                qualifier=quantity.qualifier,
                unit=_unit(sentence, quantity),
                label=label,
                date=date,
                period=period,
                source=source,
                part_of=parent.id if parent is not None else None,
                quote=sentence,
                span=span,
                confidence=score,
                article=ref,
                **_place(place),
            )
            parents[i] = fact
            facts.append(fact)
    for event in find_ceasefires(sentence, quantities):
        date, period = _when(sentence, when, event.start, event.end)
        is_duration = event.days is not None
        indicator = Indicator.ceasefire_duration_days if is_duration else Indicator.ceasefire_event
        place = nearest(places, event.start, event.end)
        facts.append(
            Fact(
                id=f"{stem}-{offset + event.start}-{indicator.value}",
                indicator=indicator,
                value=event.days,
                qualifier=event.duration.qualifier if event.duration else Qualifier.exact,
                unit="days" if is_duration else "events",
                label=sentence[event.start : event.end],
                date=date,
                period=period,
                source=source,
                status=event.status,
                party=event.party,
                quote=sentence,
                span=span,
                confidence=0.8 if event.status is not None else 0.6,
                article=ref,
                **_place(place),
            )
        )
    return facts


def _unit(sentence: str, quantity: Quantity) -> str:
    if quantity.kind == "percent":
        return "percent"
    return "households" if _HOUSEHOLDS.match(sentence, quantity.end) else "people"


def _part_of(sentence: str, quantities: Sequence[Quantity]) -> dict[int, int]:
    """Index of each quantity that is part of an earlier one → index of that one.

    "1,500 … including 500 seriously wounded"; "10,022 …, including 4,104 children and
    2,641 women" (the second part continues the first).
    """
    parts: dict[int, int] = {}
    for i in range(1, len(quantities)):
        before = sentence[quantities[i - 1].end : quantities[i].start]
        if _PART_OF.search(before):
            parts[i] = i - 1
        elif i - 1 in parts and _AND.match(before):
            parts[i] = parts[i - 1]
    return parts


def _when(
    sentence: str, mentions: Sequence[dates_mod.DateMention], start: int, end: int
) -> tuple[dt.date | None, Period | None]:
    """The date expression nearest the figure says when it was counted.

    One in the figure's own clause (no comma between them) beats a nearer one across a
    comma: "31,500 … over the past week, with hundreds more … on Wednesday".
    """
    best: dates_mod.DateMention | None = None
    best_distance = 0
    for mention in mentions:
        if mention.start >= end:
            gap = (end, mention.start)
        elif mention.end <= start:
            gap = (mention.end, start)
        else:
            continue
        distance = gap[1] - gap[0]
        if _CLAUSE_GAP.search(sentence, *gap):
            distance += _ACROSS_CLAUSE
        if best is None or distance < best_distance:
            best, best_distance = mention, distance
    if best is None:
        return None, None
    return best.date, best.period


def _place(place: PlaceMention | None) -> dict[str, str | None]:
    if place is None:
        return {"location": None, "pcode": None}
    return {"location": place.name, "pcode": place.pcode}
