"""Review decisions survive re-runs: an officer's accepted/rejected facts and edited values.

A re-run matches each new fact to the previous file's fact by article and span (and
indicator, and order within the sentence); if the article was edited elsewhere, by
the quote instead. A reviewed fact (accepted or rejected) is carried over as the
officer left it, with its position refreshed and only its empty fields filled from
the new extraction (a P-code found now that a gazetteer is given; where the kept day
comes from, when it is the day found now); pending facts take
the new extraction. Reviewed facts that the extractor no longer finds (or that the
officer added by hand) are kept too, so review work is never lost.
"""

from __future__ import annotations

from collections import defaultdict

from sitrep.models import Article, Extraction, Fact, Review

_Key = tuple[str, object, str, int]
_FILLABLE = ("label", "location", "pcode", "date", "period", "source", "status", "party")


def keep_reviews(new: Extraction, previous: Extraction) -> Extraction:
    """`new`, with the decisions and edits of `previous` carried over (see module doc)."""
    old_articles = {a.path: a for a in previous.articles}
    articles: list[Article] = []
    for article in new.articles:
        old = old_articles.get(article.path)
        if old is None:
            articles.append(article)
            continue
        articles.append(article.model_copy(update={"facts": _merge(article.facts, old.facts)}))
    seen = {a.path for a in new.articles}
    articles.extend(a for a in previous.articles if a.path not in seen and _reviewed(a.facts))
    return Extraction(articles=articles)


def _merge(new: list[Fact], old: list[Fact]) -> list[Fact]:
    reviewed = [f for f in old if f.review is not Review.pending]
    by_span = {_key(f, f.span, n): f for f, n in _ordinals(reviewed, by_span=True)}
    by_quote = {_key(f, f.quote, n): f for f, n in _ordinals(reviewed, by_span=False)}
    used: set[int] = set()
    merged: list[Fact] = []
    by_quote_rank = _ordinals(new, by_span=False)
    for (fact, n), (_, q) in zip(_ordinals(new, by_span=True), by_quote_rank, strict=True):
        match = by_span.get(_key(fact, fact.span, n))
        if match is None or id(match) in used:
            match = by_quote.get(_key(fact, fact.quote, q))
        if match is None or id(match) in used:
            merged.append(fact)
            continue
        used.add(id(match))
        filled = {
            name: getattr(fact, name)
            for name in _FILLABLE
            if getattr(match, name) is None and getattr(fact, name) is not None
        }
        position = {"id": fact.id, "span": fact.span, "quote": fact.quote, "article": fact.article}
        merged.append(match.model_copy(update=filled | position | _date_origin(match, fact)))
    merged.extend(f for f in reviewed if id(f) not in used)
    return merged


def _date_origin(kept: Fact, fact: Fact) -> dict[str, object]:
    """Where the kept day comes from, when it is the day this run finds: a file written
    before `date_from` existed gains it, while a day the officer changed keeps its own."""
    day = kept.date if kept.date is not None else fact.date
    return {"date_from": fact.date_from} if day == fact.date else {}


def _key(fact: Fact, where: object, ordinal: int) -> _Key:
    path = fact.article.path if fact.article else ""
    return (path, where, fact.indicator.value, ordinal)


def _ordinals(facts: list[Fact], *, by_span: bool) -> list[tuple[Fact, int]]:
    """Each fact with its rank among facts of the same indicator in the same sentence."""
    counts: dict[tuple[object, str], int] = defaultdict(int)
    ranked: list[tuple[Fact, int]] = []
    for fact in facts:
        where = fact.span if by_span else fact.quote
        key = (where, fact.indicator.value)
        ranked.append((fact, counts[key]))
        counts[key] += 1
    return ranked


def _reviewed(facts: list[Fact]) -> bool:
    return any(f.review is not Review.pending for f in facts)
