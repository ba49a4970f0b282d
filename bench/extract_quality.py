"""Precision, recall, source and date accuracy of `sitrep extract` on labelled articles.

A fact counts as found when its indicator and value equal a labelled figure's and its
sentence overlaps the labelled span. Over the figures found, it reports how often the
source and the date are right, and, as a peer line, how many labelled values a plain
quantity extractor (quantulum3, when installed) finds in the same place.

Folders scored by default, each labelled before the extractor was first run on it:
- tests/data/articles: written in our own words; the set the rules were built on;
- tests/data/held-out: our own words, later rounds, each scored once and then tuned on;
- tests/data/blind: our own words, never used to change the extractor;
- tests/data/real: texts by outside writers, by round (`real:A`, `real:B`); the texts
  are not committed, re-pull them into tests/data/real/texts/ first (see its README).

Only indicators the labelling rules cover are scored: on the real corpus `ceasefire_event`
is never labelled (tests/data/real/README.md labels ceasefire durations, not the events),
so its facts there are not counted as false figures; how many were left out is printed on
a line of its own. The own-words sets label ceasefire events and score them.

    .venv/bin/python bench/extract_quality.py [FOLDER | real | real:ROUND ...] [-v]
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sitrep.models import Fact, Indicator

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FOLDED = {"deaths": "killed"}
"""The own-words sets were labelled before `deaths` (disease, all causes) was split from
`killed`: there a `deaths` fact is scored as `killed`. The real corpus uses both."""
UNLABELLED = frozenset({"ceasefire_event"})
"""Indicators the labelling rules never label: their facts are counted apart, not scored."""
FOLDERS = ["tests/data/articles", "tests/data/held-out", "tests/data/blind", "real"]


@dataclass(frozen=True)
class Label:
    indicator: str
    value: int | tuple[int, int] | None
    sources: tuple[str, ...]
    date: str | None
    span: tuple[int, int]


@dataclass(frozen=True)
class Labelled:
    name: str
    text: str
    published: dt.date | None
    labels: list[Label]
    report_date: bool
    """Real corpus: the date compared is the one the report uses (the fact's day, else its
    period's end, else the publication date); the own-words sets label `null` where the
    sentence names no day."""
    language: str = "en"
    """The manifest entry's `language` (the situation setting the text would be read with),
    else the language its most common function words say."""
    unlabelled: frozenset[str] = frozenset()
    """Indicators its labelling rules never label (`UNLABELLED` for the real corpus; the
    own-words sets label ceasefire events)."""


def own_words(folder: Path) -> list[Labelled]:
    # The extractor is imported where it is used, so bench/label_agreement.py shares the
    # matching rules below without loading it.
    from sitrep.extract.reader import read_article

    found = []
    for path in sorted(p for p in folder.iterdir() if p.suffix in {".txt", ".md", ".html"}):
        raw = json.loads(path.with_suffix(".facts.json").read_text(encoding="utf-8"))
        text = read_article(path).text
        labels = []
        for fact in raw["facts"]:
            start = text.find(fact["quote"])
            if start == -1:
                raise SystemExit(f"{path.name}: labelled quote not in the text")
            value = fact["value"]
            source = fact.get("source")
            labels.append(
                Label(
                    fact["indicator"],
                    (value[0], value[1]) if isinstance(value, list) else value,
                    (source,) if source else (),
                    fact.get("date"),
                    (start, start + len(fact["quote"])),
                )
            )
        published = raw.get("published")
        found.append(
            Labelled(
                path.stem,
                text,
                dt.date.fromisoformat(published) if published else None,
                labels,
                report_date=False,
            )
        )
    return found


def spans_module() -> ModuleType:
    """tests/data/real/spans.py, which reads the manifest, the texts and the labels."""
    spec = importlib.util.spec_from_file_location("spans", DATA / "real" / "spans.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spans"] = module
    spec.loader.exec_module(module)
    return module


_FRENCH_WORDS = re.compile(r"\b(?:les|des|une|dans|selon|sont|été|qui|pour|avec)\b")
_ENGLISH_WORDS = re.compile(r"\b(?:the|and|of|were|have|has|said|with|for|from)\b")


def guess_language(text: str) -> str:
    """'fr' when French function words outnumber English ones, else 'en'."""
    french = len(_FRENCH_WORDS.findall(text))
    return "fr" if french > len(_ENGLISH_WORDS.findall(text)) else "en"


def real(round_name: str | None) -> list[Labelled]:
    """The round's articles whose text is pulled and still matches every label's span; the
    others are left out and named, so a partial score says it is one."""
    spans = spans_module()
    found = []
    left_out: list[str] = []
    for entry in spans.manifest():
        if round_name is not None and entry["round"] != round_name:
            continue
        text = spans.read_text(entry["id"])
        if text is None:
            left_out.append(f"{entry['id']} (not pulled)")
            continue
        labels = [
            Label(label.indicator, label.value, label.sources, label.date, label.span)
            for label in spans.load_labels(entry["id"])
        ]
        if any(
            spans.digest(text[label.span[0] : label.span[1]]) != label.sha256
            for label in spans.load_labels(entry["id"])
        ):
            left_out.append(f"{entry['id']} (a span no longer matches)")
            continue
        published = dt.date.fromisoformat(entry["published"])
        language = entry.get("language") or guess_language(text)
        found.append(Labelled(entry["id"], text, published, labels, True, language, UNLABELLED))
    if left_out:
        print(f"left out {len(left_out)} article(s): {', '.join(left_out)}")
    if not found:
        raise SystemExit("no article of the round is pulled into tests/data/real/texts/")
    return found


def _report_date(fact: Fact, published: dt.date | None) -> dt.date | None:
    """The date a report files the figure under: its day, else its period's end, else the
    publication date."""
    return fact.date or (fact.period.end if fact.period else None) or published


def matches(fact: Fact, label: Label, folded: bool) -> bool:
    return same_figure(fact.indicator.value, fact.value, fact.span, label, folded)


def same_figure(
    indicator: str,
    value: int | tuple[int, int] | None,
    span: tuple[int, int] | None,
    label: Label,
    folded: bool,
) -> bool:
    """A found figure (a fact, or another labeller's label) is the labelled one when its
    indicator (folded by `FOLDED` where asked) and value equal the label's and its span
    overlaps the label's."""
    if folded and indicator in FOLDED:
        indicator = FOLDED[indicator]
    if indicator != label.indicator or value != label.value or span is None:
        return False
    return span[0] < label.span[1] and label.span[0] < span[1]


def same_source(found: str | None, labelled: tuple[str, ...]) -> bool:
    if not labelled or found is None:
        return not labelled and found is None
    a = _norm(found)
    return any(b in a or a in b for b in map(_norm, labelled))


def same_date(found: dt.date | None, labelled: str | None) -> bool:
    if found is None or labelled is None:
        return found is None and labelled is None
    return found.isoformat().startswith(labelled)


def _norm(text: str) -> str:
    """Lower case, one space, no leading article, curly apostrophes as straight ones."""
    folded = text.lower().replace("’", "'").replace("‘", "'")
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(folded.split()))


def _peer() -> Callable[[str], list[tuple[float, tuple[int, int]]]] | None:
    """quantulum3's quantities as (value, span), or None when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def parse(text: str) -> list[tuple[float, tuple[int, int]]]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return [(float(q.value), (q.span[0], q.span[1])) for q in parser.parse(text)]

    return parse


def _value_found(values: Iterable[tuple[float, tuple[int, int]]], label: Label) -> bool:
    if label.value is None:
        return False
    low, high = label.value if isinstance(label.value, tuple) else (label.value, label.value)
    return any(
        low <= value <= high and span[0] < label.span[1] and label.span[0] < span[1]
        for value, span in values
    )


def main() -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print(__doc__)
        return
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    peer = _peer()
    for i, arg in enumerate(args or FOLDERS):
        if i:
            print()
        if arg == "real" or arg.startswith("real:"):
            round_name = arg.partition(":")[2] or None
            title = f"tests/data/real, round {round_name}" if round_name else "tests/data/real"
            score(title, real(round_name), peer, verbose)
        else:
            folder = Path(arg)
            score(
                str(folder),
                own_words(folder if folder.is_absolute() else ROOT / folder),
                peer,
                verbose,
            )


def score(
    title: str,
    articles: list[Labelled],
    peer: Callable[[str], list[tuple[float, tuple[int, int]]]] | None,
    verbose: bool,
) -> None:
    from sitrep.extract import extract_text

    true_pos: Counter[str] = Counter()
    false_pos: Counter[str] = Counter()
    false_neg: Counter[str] = Counter()
    right_source = right_date = values_ours = values_peer = labelled = valued = 0
    errors: list[str] = []
    unscored: Counter[str] = Counter()
    groups = 0
    for article in articles:
        found: dict[str, Indicator] = {}
        extracted = extract_text(
            article.text,
            path=f"{article.name}.txt",
            published=article.published,
            lang=article.language,
        )
        facts = [f for f in extracted.facts if f.indicator.value not in article.unlabelled]
        unscored.update(
            f.indicator.value for f in extracted.facts if f.indicator.value in article.unlabelled
        )
        ours = [
            (float(v), f.span)
            for f in facts
            if f.span is not None and f.value is not None
            for v in (f.value if isinstance(f.value, tuple) else (f.value,))
        ]
        theirs = peer(article.text) if peer is not None else []
        for label in article.labels:
            labelled += 1
            valued += label.value is not None
            values_ours += _value_found(ours, label)
            values_peer += _value_found(theirs, label)
            hit = next((f for f in facts if matches(f, label, not article.report_date)), None)
            if hit is None:
                false_neg[label.indicator] += 1
                errors.append(f"  missed    {article.name}: {label.indicator} {label.value}")
                continue
            facts.remove(hit)
            found[hit.id] = hit.indicator
            true_pos[label.indicator] += 1
            date = _report_date(hit, article.published) if article.report_date else hit.date
            ok_source, ok_date = same_source(hit.source, label.sources), same_date(date, label.date)
            right_source += ok_source
            right_date += ok_date
            if verbose and not (ok_source and ok_date):
                errors.append(
                    f"  found     {article.name}: {label.indicator} {label.value}: source "
                    f"{hit.source!r} (labelled {'/'.join(label.sources) or None}), date "
                    f"{date} (labelled {label.date})"
                )
        for fact in facts:
            false_pos[fact.indicator.value] += 1
            groups += fact.part_of is not None and found.get(fact.part_of) is fact.indicator
            errors.append(
                f"  spurious  {article.name}: {fact.indicator.value} {fact.value}: "
                f"{fact.quote!r:.70}"
            )

    matched = sum(true_pos.values())
    print(f"extract quality on {len(articles)} labelled articles ({title}), {labelled} labels")
    print(
        f"{'indicator':32} {'tp':>4} {'fp':>4} {'fn':>4} {'precision':>9} {'recall':>7} {'f1':>6}"
    )
    for name in sorted(set(true_pos) | set(false_pos) | set(false_neg)):
        print(_row(name, true_pos[name], false_pos[name], false_neg[name]))
    print(_row("OVERALL", matched, sum(false_pos.values()), sum(false_neg.values())))
    if groups:
        fp = sum(false_pos.values()) - groups
        print(
            f"false figures that are groups picked out of a found figure and marked as its "
            f"part, which the labels leave inside the toll (the V call): {groups}; "
            f"precision without them {matched / (matched + fp):.2f}"
        )
    if unscored:
        left = ", ".join(f"{name} {n}" for name, n in sorted(unscored.items()))
        print(f"not scored (the labelling rules do not label them): {left}")
    if matched:
        print(
            f"on the {matched} figures found: source right {right_source / matched:.2f}, "
            f"date right {right_date / matched:.2f}"
        )
    if valued:
        peer_line = (
            f"quantulum3 {values_peer / valued:.2f}"
            if peer is not None
            else "quantulum3 not installed"
        )
        print(
            "value recall (value found in the labelled place): "
            f"sitrep {values_ours / valued:.2f}, {peer_line}"
        )
    if errors and verbose:
        print("\nerrors")
        print("\n".join(errors))


def _row(name: str, tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"{name:32} {tp:4} {fp:4} {fn:4} {precision:9.2f} {recall:7.2f} {f1:6.2f}"


if __name__ == "__main__":
    main()
