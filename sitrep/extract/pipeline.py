"""Article text → facts: the recognisers run sentence by sentence, in one direction.

For each sentence: dates (so their numbers are not figures), quantities, cues,
indicator per quantity, source, place, ceasefire events; then per article the
restated ceasefire events are merged. Nothing here touches the file system except
`extract_articles`, which reads the files it is given.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from sitrep import patterns
from sitrep.extract.dates import DateMention, find_dates
from sitrep.extract.events import deduplicate, find_ceasefires, mentions_ceasefire
from sitrep.extract.indicators import (
    Assignment,
    Cue,
    assign,
    confidence,
    counts_buildings,
    counts_things,
    describes,
    find_cues,
    outbreak_article,
    violent,
)
from sitrep.extract.keyfigures import panel_labels
from sitrep.extract.languages import ENGLISH, Language, language
from sitrep.extract.numbers import Quantity, find_quantities
from sitrep.extract.places import PlaceMatcher, PlaceMention, find_places, nearest
from sitrep.extract.reader import ArticleReadError, read_article
from sitrep.extract.scan import holds_any, letters_first, lowered
from sitrep.extract.sentences import split_sentences
from sitrep.extract.sources import (
    Speakers,
    acronyms,
    cites_basis,
    clause_starts,
    find_source,
    names_organisation,
    noun_phrase_after,
    release_voice,
    same_issuer,
    source_lines,
    titled_issuer,
)
from sitrep.gazetteer import Gazetteer
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
from sitrep.models.facts import DateFrom, FactValue

_RESTATED = patterns.compile(
    r"(?:\b(?:up|down|revised|rising|rose)\s+from|\bcompared\s+(?:with|to)(?:\s+an?\s+\w+\s+of)?)"
    r"\s+$",
    re.IGNORECASE,
)
"""'… killed 1,419, up from 1,297 on Sunday': the earlier figure counts the same thing."""


@dataclass(frozen=True, eq=False)
class _Clauses:
    """A language's patterns for how the figures of one sentence relate, compiled once."""

    part_of: re.Pattern[str]
    continues: re.Pattern[str]
    apposed: re.Pattern[str]
    and_part: re.Pattern[str]
    part_after: re.Pattern[str]
    listing: re.Pattern[str]
    bare_and: re.Pattern[str]
    """'the displacement of 54,534 and 2,626 people': two numbers joined by a bare 'and'
    count the same thing."""
    total: re.Pattern[str]
    """'2,100 families (10,500 individuals)', '671,000 families or 3.4 million
    individuals', '29,968 families, roughly some 150,000 people', '… – the total is now
    at 12.9 million', '8 500 ménages, soit 42 000 personnes': the later figure counts what
    the earlier one counts."""
    households: re.Pattern[str]
    households_of: re.Pattern[str]
    groups: re.Pattern[str]
    """'killed 23 men, 23 women, and 29 children', 'the displaced include 1,768 females, 759
    males, 657 children under 18, … 252 lactating mothers': the next group counts what the
    first counts."""
    share_of_whole: re.Pattern[str]
    increment: re.Pattern[str]
    changed_to: re.Pattern[str]
    """'est passé de 3 millions à 3,3 millions': the new count, after the former one,
    counts the same thing (`Language.change_from`)."""


@cache
def _clauses(lang: Language) -> _Clauses:
    c = lang.clauses
    return _Clauses(
        part_of=patterns.compile(c.part_of, re.IGNORECASE),
        apposed=patterns.compile(c.apposed),
        continues=patterns.compile(c.continues),
        and_part=patterns.compile(c.and_part, re.IGNORECASE),
        part_after=patterns.compile(c.part_after, re.IGNORECASE),
        listing=patterns.compile(c.listing, re.IGNORECASE),
        bare_and=patterns.compile(rf"\s*,?\s+{lang.and_word}\s+", re.IGNORECASE),
        total=patterns.compile(c.total, re.IGNORECASE),
        households=patterns.compile(c.households, re.IGNORECASE),
        households_of=patterns.compile(c.households_of, re.IGNORECASE),
        groups=patterns.compile(c.groups, re.IGNORECASE),
        share_of_whole=patterns.compile(c.share_of_whole, re.IGNORECASE),
        increment=patterns.compile(c.increment, re.IGNORECASE),
        changed_to=patterns.compile(
            rf"\b(?:{lang.change_from})\s+[^.;]{{0,40}}?\s+(?:{lang.range_word})\s+$",
            re.IGNORECASE,
        ),
    )


_COORDINATED = patterns.compile(r"\s+[a-z]+\s+and\s+", re.IGNORECASE)
"""'six women and one girl were killed': the verb after both counts is the first one's
too."""
_FROM_FAMILIES = patterns.compile(r"\s+[\w-]+(?:\s+[\w-]+)?\s+(?:from|of)\s+")
"""'177 victims from 48 families': the families the people come from."""
_PART_OF_NEXT = patterns.compile(
    r"\s+(?:of|out\s+of)\s+(?:the|these|those|an?)\s+(?:estimated\s+|total\s+|reported\s+)?",
    re.IGNORECASE,
)
"""'23 of the 29 fatalities occurred in Oaxaca', '3,500 of the estimated 14,000 residents
fled': the part counts what its whole counts; the whole does not keep it from the cue."""
_CHANGE_BY = patterns.compile(r"\b(?:up|down)\s+by\s+$", re.IGNORECASE)
"""'102 people dead or missing (up by 34 from the day before)': how much a figure moved."""
_FROM_TO = patterns.compile(r"\bfrom\s+[^.;]{0,40}?\s+to\s+$", re.IGNORECASE)
"""'increased from the initial 230 schools to 733': the same count, later."""
_CHANGE = patterns.compile(r"\s+(?:more|fewer|additional)\b[^.;]{0,60}?\bthan\b", re.IGNORECASE)
"""'2.3 million more people are food insecure than in March': a change, not a count; it
still names what a total after it counts."""
_BRACKETED_CHANGE = patterns.compile(
    r"\s*(?:people\s+|persons\s+)?(?:increase|decrease|rise|drop|more|fewer|new)\b[^()]{0,40}\)",
    re.IGNORECASE,
)
"""'13,731 people are displaced (7,600 increase since the last report)': a bracket that
says by how much the figure before it moved holds a change, not a count."""
_ASIDE = patterns.compile(r"[^,.;–—]{0,30}(?:,|\s[–—]\s)")
"""A part set off by commas or dashes ("2,260 others, including 1,270 children, are
missing"; "80 people – 65 civilians and 15 police – were killed") lets
the whole reach the verb after it; a part that ends the clause ("3,600 patients, of
whom 355 died") keeps its verb to itself."""
_LIST_ITEM = patterns.compile(
    r"\)?(?:\s+[a-z]+)?\s*(?:,|;|,?\s+and)\s+(?:followed\s+by\s+)?(?:[A-Z][\w'’-]*\s+){0,2}"
    r"[A-Z][\w'’-]*(?:,?\s+with\s+|\s+\(|\s+)"
    r"|(?:\s+[a-z]+)?\s+from\s+(?:[A-Z][\w'’-]*\s*){1,3}(?:state\s*)?(?:,\s*|\s+and\s+)"
    r"|(?:\s+[a-z]+){0,2}?\s+(?:from|in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}"
    r"[\w'’-]+\s*(?:,\s*|,?\s+and\s+)"
    r"|\s+each\s+(?:from|in|at)\s+(?:[^\W\d_][\w'’-]*,?\s+(?:and\s+)?){0,7}?"
    r"[^\W\d_][\w'’-]*(?:,\s*|,?\s+and\s+)"
    r"|(?:\s+[\w-]+){0,3}\s+from\s+[A-Z][\w'’-]*\s+\("
    r"|\)\s*(?:,|;|,?\s+and|&)\s+(?:[A-Za-z][\w'’-]*\s+){1,3}\("
    r"|(?:\s+[a-z]+)?\s*(?:,\s*while|,|;|,?\s+and|,?\s+while)\s+in\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:there\s+(?:are|were|have\s+been)\s+)?"
)
"""'… some 1.3 million, followed by Peru with 768,000, Chile 288,000 and Brazil 168,000',
'In A there are at least 438 dead, while in B there are 67 and in C 17',
'Kebbi (94,991), Anambra (64,331)', 'seven from Bauchi, five from Edo', 'six each in Ilam
and Sandakpur rural municipality, five in …': each item of a list of places counts what
the first one counts."""
_CLAUSE_GAP = patterns.compile(r"[,;]")
_COMMA_ONLY = patterns.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,3}\s*,\s*")
"""Between a whole and a part set off after it by a comma ('six people, four of them …')."""
_PART_CLAUSE_END = patterns.compile(r"[,;]|\s[–—]\s")
"""Where a part's own clause ends: a comma, or the dash that closes an aside."""
_OWN_VERB = patterns.compile(r"[^,;.]*?\b[^\W\d_]{3,}(?:ed|és|ées|ée|é)\b")
"""A verb of its own after a figure ('12,000 children have contracted …'): the figure is
not the one before it counted on, whatever the verb means."""
_LABEL_GAP = 25
_LABEL_STOP = patterns.compile(r"[,;:()\"“”]")
_ACROSS_CLAUSE = 1000
_OWN_CUE = 25
_PART_REACH = 40
"""A part's own clause ("including six children,") closes within this many characters."""
"""A part ("including 500 …") keeps its own indicator only when its cue is this close."""
_INHERITED_CONFIDENCE = 0.6
_WINDOW = 120
_SUBJECT_WINDOW = 200
"""A count's subject ('The reported deaths from … have climbed to 12') may open further
back than any other cue may stand."""
"""Cues and other figures further than this from a figure cannot matter to it."""


def extract_articles(
    paths: Sequence[Path],
    *,
    published: dt.date | None = None,
    gazetteer: Sequence[GazetteerEntry] | Gazetteer = (),
    progress: Callable[[Path], None] | None = None,
    lang: str = "en",
) -> tuple[Extraction, list[Problem]]:
    """Extract every file; a file that cannot be read is a Problem, and the rest go on.

    `published` is used for articles that do not give their own date; an article with
    no date at all gets facts with `date: null` and a warning. `lang` is the
    situation's `language`: the words read are that language's.
    """
    words = language(lang)
    matcher = PlaceMatcher(
        gazetteer if isinstance(gazetteer, Gazetteer) else Gazetteer.of(gazetteer)
    )
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
                        "left undated",
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
                    lang=words,
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
    lang: str = "en",
) -> Article:
    """The facts of one article's text (front matter already removed), read as `lang`."""
    matcher = PlaceMatcher(
        gazetteer if isinstance(gazetteer, Gazetteer) else Gazetteer.of(gazetteer)
    )
    return _extract(
        text,
        path=path,
        published=published,
        title=title,
        url=url,
        outlet=outlet,
        gazetteer=matcher,
        lang=language(lang),
    )


def _extract(
    text: str,
    *,
    path: str,
    published: dt.date | None,
    title: str | None,
    url: str | None,
    outlet: str | None,
    gazetteer: PlaceMatcher,
    lang: Language,
) -> Article:
    article = Article(path=path, title=title, url=url, outlet=outlet, published=published)
    ref = article.ref()
    stem = Path(path).stem
    speakers = Speakers(known=acronyms(text), lang=lang)
    facts: list[Fact] = []
    context = _Context(
        outbreak=outbreak_article(text, lang),
        speakers=speakers,
        lang=lang,
        panel=panel_labels(text, lang) if _PANEL_HINT.search(text) else {},
    )
    today = published
    cited = _citations(text, published, lang.months)
    bounds = split_sentences(text, lang)
    later = Counter(text[a:b] for a, b in bounds if _paragraph_opening(text, a, b))
    openings = _openings(lang)
    relayed: str | None = None
    """The issuer of the report the sentences since its citation relay ('selon le dernier
    rapport d'OCHA, …'), until a sentence names another source."""
    named: list[tuple[int, str, bool]] = []
    """Where each sentence that names its own source starts, the source it names, and
    whether that sentence gives a count."""
    paragraphs: tuple[list[Fact], list[Fact]] = ([], [])
    """The facts of the paragraph before and of this one so far, for a sentence that points
    back at them ('This was stated by …')."""
    for start, end in bounds:
        sentence = text[start:end]
        if _paragraph_opening(text, start, end):
            later[sentence] -= 1
            if later[sentence] > 0:
                continue
        dispatch = _DISPATCH.match(sentence)
        dated_line = dispatch is not None
        if dispatch is not None:
            today = _dispatch_date(dispatch, published, lang.months) or today
        elif len(sentence) <= _HEADING_MAX and sentence[-1:] not in ".!?":
            heading = _heading_date(sentence, published, lang.months)
            if heading is not None:
                dated_line = True
                today = heading
                context.heading_day = heading if heading != published else None
        citation = cited.get(text.rfind("\n", 0, start) + 1)
        new_paragraph = start == 0 or "\n" in text[max(0, start - 3) : start]
        context.start_sentence(text, start, new_paragraph)
        quoted = context.quotes.enter(sentence, new_paragraph)
        source = find_source(_after_quote(sentence) if quoted else sentence, speakers)
        own_source = source
        relayed = _relayed(relayed, source, speakers.report)
        if new_paragraph:
            paragraphs = (paragraphs[1], [])
        if (
            source is None
            and context.source is not None
            and (openings.continues.search(sentence) or openings.same_subject.match(sentence))
        ):
            source = context.source
        if (
            source is None
            and openings.breakdown.match(sentence)
            and not cites_basis(sentence, lang)
        ):
            source = context.before
        source = source or context.block_speaker(start)
        if source is None and context.frame is not None:
            source = context.frame[0]
        if source is None and quoted:
            source = context.quotes.speaker
        if source is None and citation is not None:
            source = citation[0]
        if context.listing is not None and not _bullet(sentence):
            context.listing = None
        if source is None and context.listing is not None:
            source = context.listing[1]
        if source is None and not quoted:
            source = relayed
        context.cited_day = citation[1] if citation is not None else None
        found = _sentence_facts(sentence, start, stem, today, source, gazetteer, ref, context)
        facts.extend(found)
        if not found and own_source is not None and openings.back_reference.match(sentence):
            for fact in paragraphs[1] or paragraphs[0]:
                fact.source = fact.source or own_source
        paragraphs[1].extend(found)
        publisher = _publication_frame(sentence, today, lang)
        if publisher is not None:
            # 'The Relief Office has released a report …': whose report 'the report' is.
            speakers.last_body = publisher[0]
            if not found:
                context.frame = publisher
        counted = [f for f in found if f.unit != "percent" and f.value is not None]
        if own_source is not None:
            named.append((start, own_source, bool(counted)))
        if counted:
            context.last_fact = counted[-1]
        elif sentence.endswith(":") and (opening := find_cues(sentence, lang)):
            context.listing = (opening[0], source)
        context.quotes.leave(sentence, source, [f for f in found if f.source is None and quoted])
        context.end_sentence(sentence, source, today, dated_line=dated_line)
    article.facts = _without_restated_headline(text, deduplicate(facts))
    _date_restated(article.facts, published)
    sections = source_lines(text)
    voice = release_voice(text, bounds, lang) or titled_issuer(text)
    for fact in article.facts:
        if fact.source is None and fact.span is not None:
            fact.source = next((who for lo, hi, who in sections if lo <= fact.span[0] < hi), voice)
    lead_end = bounds[min(_LEAD_SENTENCES, len(bounds)) - 1][1] if bounds else 0
    if (issuer := _lone_issuer(named, lead_end)) is not None:
        _story_day(article.facts, published)
        for fact in article.facts:
            if fact.source is None:
                fact.source = issuer
    return article


_LEAD_SENTENCES = 2
"""A story relays one issuer's report when its lead, these first sentences, names it."""


def _lone_issuer(named: list[tuple[int, str, bool]], lead_end: int) -> str | None:
    """The organisation whose report the story relays, if one: its lead names it as the
    teller of a count and every attribution after names it again. A reader then takes that
    organisation as the teller, and the day its report gives as the day, of the figures the
    story tells without them (the AK labelling call); a story that quotes anyone else gives
    them no such reading."""
    if not named:
        return None
    start, issuer, counts = named[0]
    if start >= lead_end or not counts or not names_organisation(issuer):
        return None
    if all(same_issuer(issuer, who) or same_issuer(who, issuer) for _, who, _ in named):
        return issuer
    return None


def _story_day(facts: list[Fact], published: dt.date | None) -> None:
    """A figure given without a day takes the day of the count told before it, when that
    count's sentence dates it to a day shortly before publication ('as of the evening of
    20 November', 'le bilan établi le 7 août'): the report's day, not the page's."""
    if published is None:
        return
    day: dt.date | None = None
    for fact in sorted(facts, key=lambda f: f.span[0] if f.span is not None else 0):
        counted = fact.unit == "people" and fact.value is not None
        if fact.date_from is DateFrom.sentence and fact.date is not None and fact.period is None:
            if counted:
                recent = 0 < (published - fact.date).days <= _REPORT_LAG_DAYS
                day = fact.date if recent else None
        elif (
            day is not None
            and fact.date is None
            and fact.period is None
            and fact.date_from is DateFrom.publication
        ):
            fact.date = day
            fact.date_from = DateFrom.earlier_sentence


_REPORT_LAG_DAYS = 3
"""How many days a report's count may be older than the page that relays it."""


_RESTATED_KINDS = frozenset(Indicator) - {Indicator.missing}
"""Figures whose day a restatement shares; the missing are counted as of each report."""
_KEY_FIGURE_LINE = patterns.compile(r"[^\W\d_][^:\n]{0,40}:\s*\S{1,20}\s*")
"""'Deaths: 598': a line of key figures is as of the report, whatever day the prose gives."""


def _date_restated(facts: list[Fact], published: dt.date | None) -> None:
    """A count of people the text tells again without a day ('the five who had been
    killed', a headline's toll) takes the one day the sentences that name it with a day
    give: the same count of the same thing is the same figure."""
    days: dict[tuple[Indicator, FactValue], set[dt.date]] = {}
    for fact in facts:
        if (
            fact.date_from is DateFrom.sentence
            and fact.date is not None
            and fact.date != published
            and fact.period is None
            and fact.value is not None
            and fact.unit == "people"
            and fact.indicator in _RESTATED_KINDS
        ):
            days.setdefault((fact.indicator, fact.value), set()).add(fact.date)
    if not days:
        return
    for fact in facts:
        if fact.date is not None or fact.period is not None or fact.value is None:
            continue
        known = days.get((fact.indicator, fact.value))
        if (
            known is not None
            and len(known) == 1
            and fact.unit == "people"
            and not _KEY_FIGURE_LINE.fullmatch(fact.quote or "")
        ):
            fact.date = next(iter(known))
            fact.date_from = DateFrom.earlier_sentence


def _relayed(relayed: str | None, source: str | None, report: str | None) -> str | None:
    """The report a sentence goes on relaying: the one it cites itself, the one cited
    before while it names nobody or that report's issuer again, none once it names another
    source (the T call's sentence after a named speaker)."""
    if source is None:
        return relayed
    if report is not None and source is report:
        return report
    return relayed if relayed is not None and same_issuer(source, relayed) else None


@dataclass(frozen=True)
class _Openings:
    """The sentence openings that carry a source from the sentence before (compiled once
    per language from its `Language` data)."""

    continues: re.Pattern[str]
    same_subject: re.Pattern[str]
    breakdown: re.Pattern[str]
    back_reference: re.Pattern[str]


@cache
def _openings(lang: Language) -> _Openings:
    return _Openings(
        continues=patterns.compile(lang.continues, re.IGNORECASE),
        same_subject=patterns.compile(lang.same_subject),
        breakdown=patterns.compile(lang.breakdown),
        back_reference=patterns.compile(lang.back_reference),
    )


_PUBLISHED = patterns.compile(
    r"[,\s]+(?:has\s+|have\s+)?(?:published|released|issued|shared|posted)\s+"
    r"(?:(?:an?|its|their|the|new|updated|latest|revised|preliminary|official|provisional|"
    r"comprehensive|detailed|full|final|joint|annual|monthly|weekly|daily)\s+)*"
    r"(?:information|figures|data|report|update|statistics|numbers|bulletin|"
    r"situation\s+report|flash\s+update)\b"
)
_FRAME_OPENING = patterns.compile(r"\s*(?:On|As\s+of|By)\s+[^,]{3,30},\s*")
_BRACKETED_ACRONYM = patterns.compile(r"\(([A-Z][A-Za-z]*[A-Z])\b[^()]{0,40}\)\s*,?$")
"""'… (SENAPRED)', '… (SENAPRED per its acronym in Spanish)': the name the text goes on with."""


def _publication_frame(
    sentence: str, published: dt.date | None, lang: Language
) -> tuple[str, dt.date | None] | None:
    """Who a sentence without figures says published the figures that follow, and on what
    day: 'On 26 June, the Civil Protection Directorate (DPC) published updated information
    on the floods.' → ('DPC', 26 June)."""
    if "lish" not in sentence and "ssued" not in sentence and "lease" not in sentence:
        return None
    verb = _PUBLISHED.search(sentence)
    if verb is None:
        return None
    opening = _FRAME_OPENING.match(sentence)
    subject = sentence[opening.end() if opening else 0 : verb.start()].strip()
    acronym = _BRACKETED_ACRONYM.search(subject)
    who = acronym.group(1) if acronym else re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", subject)
    if not who[:1].isupper() or len(who.split()) > _FRAME_SUBJECT_WORDS:
        return None
    day = None
    if opening is not None:
        days = [d for d in find_dates(opening.group(), published, lang) if d.date is not None]
        day = days[0].date if days else None
    return who, day


_FRAME_SUBJECT_WORDS = 12


_BULLETS = "-•▪●–*"


def _bullet(sentence: str) -> bool:
    """A list item line ('- North Carolina: 56 people', '• Kasai: 4,100')."""
    return sentence[:1] in _BULLETS


_REPEAT_MIN = 60
"""A sentence this long that opens a line, met again word for word, is the page
repeating a paragraph (a teaser above the body, a caption shown twice): its figures are
counted once, where it last stands (the body)."""


def _paragraph_opening(text: str, start: int, end: int) -> bool:
    """A long sentence that opens a line: the unit a page repeats."""
    return end - start >= _REPEAT_MIN and (start == 0 or text[start - 1] == "\n")


_HEADLINE_MAX = 220
_TITLE_WORD = patterns.compile(r"[A-Za-z][\w'’-]*")


def _headline_end(text: str) -> int | None:
    """Where the article's headline ends, when its first line (after a page's navigation
    and date lines) is one: a short line that
    ends without a full stop ('146 migrants feared missing after boat capsizes') or is
    written in title case ('… Fire Engulfs Camp, Leaving Thousands Homeless.'). A line
    all in capitals ('1,027 REFUGEES RETURNED') is a key figure of a sitrep's opening
    panel, which counts on its own."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    for _ in range(_CHROME_LINES):
        line = text[start:end].strip()
        if end == -1 or not (_DATE_LINE.match(line) or _chrome(line)):
            break
        start = end + len(text[end:]) - len(text[end:].lstrip())
        end = text.find("\n", start)
    if end == -1 or end - start > _HEADLINE_MAX:
        return None
    line = text[start:end].rstrip()
    if line.isupper() or text[end + 1 : end + 2].islower():
        # A first line that runs on in lower case is a wrapped sentence ('15 bodies have
        # been recovered with 111 people still' / 'missing after …'), not a headline.
        return None
    if not line.endswith((".", "!", "?", '"', "”")):
        return end
    words = _TITLE_WORD.findall(line)
    capitals = sum(w[0].isupper() for w in words if len(w) > 3)
    long_words = sum(len(w) > 3 for w in words)
    return end if long_words and capitals / long_words > 0.6 else None


_CHROME_LINES = 4
_CHROME_WORDS = 4


def _chrome(line: str) -> bool:
    """A page's navigation or section line above the headline ('Skip to main content',
    'Main Menu', 'World'): a few words and no figure."""
    words = [w for w in line.split() if w not in _CRUMB_MARKS]
    return len(words) <= _CHROME_WORDS and not any(ch.isdigit() for ch in line)


_CRUMB_MARKS = frozenset({"/", ">", "|", "»", "›", "·"})
"""What separates the sections of a breadcrumb ('Pacific / Papua New Guinea'): no word."""


_DATE_LINE = patterns.compile(
    r"(?:[^\W\d]+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d]+|[^\W\d]+\s+\d{1,2}),?\s+\d{4}"
    r"|\d{4}-\d\d-\d\d"
)
"""A first line that is only a date ('Monday, 16 March 2015'): the headline is the next."""
_CREDIT = patterns.compile(
    r"\((?:Photo|Photograph|Picture|Image)s?\s*(?:by|:)|\b(?:Photo|Image)\s*(?:credit)?\s*:"
    r"|\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\s*/\s*(?:AFP|AP|Reuters|REUTERS|EPA|Getty|Anadolu|Xinhua)\b"
    r"|/\s*(?:AFP|AP|Reuters|REUTERS|EPA|Anadolu|Xinhua)\s*\)|\bGetty\s+Images\b"
)
"""A photo credit ('NAME SURNAME/AFP', '(Photo by … / AFP)'): its paragraph is a caption."""
_CREDIT_WORDS = (
    "Photo",
    "Picture",
    "Image",
    "AFP",
    "AP",
    "Reuters",
    "REUTERS",
    "EPA",
    "Getty",
    "Anadolu",
    "Xinhua",
)
"""Every credit holds one of these: a text without any is not searched."""


def _restating_parts(text: str) -> list[tuple[int, int, bool]]:
    """The headline and the photo captions: parts that usually restate the body's figures,
    each marked whether it is a title (which may round the body's figure)."""
    end = _headline_end(text)
    parts = [(0, end, True)] if end is not None else []
    titles = [text[:end].strip()] if end is not None else []
    titles += _printed_twice(text)
    for line in titles:
        if not line:
            continue
        again = text.find(line)
        while again != -1:
            parts.append((again, again + len(line), True))
            again = text.find(line, again + len(line))
    if not any(word in text for word in _CREDIT_WORDS):
        return parts
    for credit in _CREDIT.finditer(text):
        start = text.rfind("\n", 0, credit.start()) + 1
        stop = text.find("\n", credit.end())
        parts.append((start, stop if stop != -1 else len(text), False))
    return parts


_TOP = 1_000
"""How far into a page its title may be printed a second time (above and under the
navigation, or as the page's and the story's title)."""


def _printed_twice(text: str) -> list[str]:
    """Short lines without a full stop that a page prints twice near its top: its title,
    whose figures the body states again ('Death toll … rises to 48' over the navigation
    and again over the story)."""
    lines = [line.strip() for line in text[:_TOP].splitlines()]
    seen: set[str] = set()
    twice = []
    for line in lines:
        if not line or len(line) > _HEADLINE_MAX or line.endswith((".", ":")) or line.isupper():
            continue
        if line in seen and not any(ch.isdigit() for ch in line[:1]) and line not in twice:
            twice.append(line)
        seen.add(line)
    return twice


def _without_restated_headline(text: str, facts: list[Fact]) -> list[Fact]:
    """A headline's or a caption's figure that the body states again is the body's fact,
    not another one: '146 migrants feared missing' over 'About 146 migrants are feared
    missing …'; 'Hundreds … drowned' over 'As many as 400 … are feared to have drowned';
    a photo caption's '… killing at least 100' over the body's 'killed at least 100'. A
    caption's figure the body does not give stays."""
    parts = _restating_parts(text)
    if not parts:
        return facts

    def part(fact: Fact) -> tuple[int, int, bool] | None:
        span = fact.span
        if span is None:
            return None
        at = _number_at(fact)
        return next(
            (
                p
                for p in parts
                if p[0] <= span[0] and (span[1] <= p[1] or (p[0] <= at < p[1] and span[0] == p[0]))
            ),
            None,
        )

    head = [(f, found) for f in facts if (found := part(f)) is not None]
    body = [f for f in facts if f.span is not None and part(f) is None]
    if not head or not body:
        return facts
    restated = {id(f) for f, (_, _, title) in head if any(_restates(f, b, title) for b in body)}
    return [f for f in facts if id(f) not in restated]


def _number_at(fact: Fact) -> int:
    """Where the fact's number stands in the text: its id is `stem-offset-indicator`. A
    headline line with no full stop runs on into the next line's sentence, so its figures
    are told from the body's by where their numbers stand, not by the sentence's span."""
    return int(fact.id.rsplit("-", 2)[-2])


def _restates(head: Fact, body: Fact, title: bool) -> bool:
    """Whether a headline's or caption's figure is the body's: the same number, a range
    around it, or (in a title) the body's figure rounded down ('Over 200 dead' over 'more
    than 207 killed')."""
    if head.value == body.value:
        return True
    if body.value is None or head.value is None or _family(head) != _family(body):
        return False
    first, last = body.value if isinstance(body.value, tuple) else (body.value, body.value)
    if isinstance(head.value, tuple):
        low, high = head.value
        return low <= first and last <= high
    if first <= head.value <= last and first != last:
        return True
    if not (title and _round(head.value)):
        return False
    if head.qualifier is Qualifier.approx:
        # 'Une centaine de morts' over 'au moins 95 personnes': about a round number is
        # the body's toll rounded either way.
        return head.value <= first * _ROUNDED_UP and last <= head.value * _ROUNDED_UP
    return (
        head.qualifier in {Qualifier.at_least, Qualifier.approx}
        and head.value <= first
        and last <= head.value * _ROUNDED_UP
    )


_ROUNDED_UP = 1.25
"""How far above a headline's round 'over 200' the body's precise toll may lie ('more than
207', 'at least 113') and still be the figure the headline rounds down."""
_SAME_TOLL = {Indicator.deaths: Indicator.killed}
"""A headline's 'deaths' and the body's 'killed' may count the same dead."""


def _family(fact: Fact) -> Indicator:
    return _SAME_TOLL.get(fact.indicator, fact.indicator)


def _round(value: int) -> bool:
    """At most two significant digits and at least one trailing zero: 200, 1,500, 40,000."""
    digits = str(value).rstrip("0")
    return value >= _ROUND_MIN and len(digits) <= 2 and len(digits) < len(str(value))


_ROUND_MIN = 10


_OPENING = '“"'


def _after_quote(sentence: str) -> str:
    """A sentence that starts inside a quotation, with the quoted part masked: '… much
    higher," Bogner said.' is attributed by what follows the closing mark."""
    first = 1 if sentence[:1] in _OPENING else 0
    marks = [i for i in (sentence.find("”", first), sentence.find('"', first)) if i != -1]
    if not marks:
        return "~" * len(sentence)
    close = min(marks)
    return "~" * (close + 1) + sentence[close + 1 :]


@dataclass
class _Quotes:
    """Who speaks inside a quotation: the speaker named after it in its paragraph ('"…
    much higher," Bogner said.') or, for a quotation that runs on into the next paragraph,
    the speaker who opened it ('She said, “You are all aware …')."""

    speaker: str | None = None
    open: bool = False
    skip_first: bool = False
    pending: list[Fact] = field(default_factory=list)

    def enter(self, sentence: str, new_paragraph: bool) -> bool:
        """Whether the sentence starts inside a quotation."""
        if new_paragraph:
            continuing = self.open and sentence[:1] in _OPENING
            self.pending = []
            if not continuing:
                self.speaker, self.open = None, False
            self.skip_first = continuing
        return self.open or sentence[:1] in _OPENING

    def leave(self, sentence: str, source: str | None, unattributed: list[Fact]) -> None:
        self.open = _open_after(sentence, 1 if self.skip_first else 0, self.open)
        self.skip_first = False
        if source is not None and self.pending and not self.open:
            for fact in self.pending:
                fact.source = source
            self.pending = []
        self.pending.extend(unattributed)
        if source is not None and self.open:
            self.speaker = source


def _open_after(sentence: str, first: int, open_: bool) -> bool:
    """Whether a quotation is open after reading `sentence` from `first`: an opening mark
    opens one, a closing mark closes it and a straight mark turns it over. Only the last
    curly mark and the straight marks after it decide, so the sentence is searched from
    its end rather than read mark by mark."""
    opening, closing = sentence.rfind("“", first), sentence.rfind("”", first)
    last = max(opening, closing)
    if last != -1:
        open_ = last == opening
    return open_ ^ (sentence.count('"', max(last + 1, first)) % 2 == 1)


_RUNNING = patterns.compile(
    letters_first(r"\b(?:so\s+far|to\s+date|latest|cumulative|in\s+total)\b"), re.IGNORECASE
)
_TOLL_SO_FAR = patterns.compile(
    r"(?=[HTht])(?:\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?"
    r"(?:died|perished|been\s+killed|lost\s+their\s+lives)\b"
    r"|\bthere\s+(?:are|have\s+been)\b)",
    re.IGNORECASE,
)
"""'At least 500 people have died … as the cyclone hit on Saturday 11 March': a toll told
in the present perfect is as of the report, like a running count."""
_RUNNING_WORDS = ("far", "date", "latest", "cumulative", "total")
_TOLL_SO_FAR_WORDS = ("died", "perished", "killed", "lost", "there")
"""Every running count or toll so far holds one of these words: most sentences are passed
over without the two searches."""
_EVENT_DAY = patterns.compile(
    r"\b(?:struck|hit|began|started|erupted|broke\s+out|made\s+landfall|occurred)\b[^.;]{0,45}$",
    re.IGNORECASE,
)
"""'The hurricane that struck on 4 October … has so far confirmed 473 deaths': the day of
the event does not date a running count, which is as of the report."""
_ONGOING_SINCE = patterns.compile(r"\b(?:which|that)\s+(?:began|started)\s+(?:on\s+|in\s+)?$", re.I)
"""'clashes in Palma which began on 24 March, 8,166 displaced people have been registered':
the day something still going on began is no day of the count, which is as of the
report."""
_EVENT_AFTER = patterns.compile(
    r"[^.;]{0,40}?\b(?:struck|hit|began|started|erupted|broke\s+out|made\s+landfall)\b",
    re.IGNORECASE,
)


def _event_day(sentence: str, mention: DateMention) -> bool:
    return bool(
        _EVENT_DAY.search(sentence, max(0, mention.start - 50), mention.start)
        or _EVENT_AFTER.match(sentence, mention.end)
    )


_LASTING_HAZARD = patterns.compile(
    r"\b(?:cyclone|storm|typhoon|hurricane|monsoon|rains|floods?|flooding)\b", re.IGNORECASE
)
"""Hazards that go on after the day they hit, unlike a blast, a landslide or an attack."""
_CARRY_BACK = 3
"""How many sentences back a day is carried within a paragraph."""
_DISPATCH = patterns.compile(
    r"\s*(?P<day>[0-3]?\d)\s+(?P<month>[A-Z][a-z]+)\s+(?P<year>(?:19|20)\d\d)(?=[.\s]|[A-Z])"
)
"""A digest of dispatches: '25 April 2005. Floods killed …' dates what follows."""
_STATEMENT = patterns.compile(
    r"\b(?:made|issued|delivered|read|gave)\s+the\s+following\s+(?:statement|remarks)\s*:?\s*$"
    r"|\b(?:following|below)\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:outline|summary|breakdown|list|"
    r"overview|figures)\b",
    re.IGNORECASE,
)
"""'X made the following statement:', 'Following is an outline of the disaster, according to
government and UN officials.': the speaker of the paragraph after it."""


_HEADING_MAX = 80
_HEADING_DATE = patterns.compile(
    r"(?:\b(?P<day>[0-3]?\d)(?:er)?\s+(?P<month>[A-Z][a-z]{2,8}|[a-zéû]{3,9})\.?"
    r"|(?P<month2>[A-Z][a-z]{2,8})\.?\s+"
    r"(?P<day2>[0-3]?\d),)\s+(?P<year>(?:19|20)\d\d)\b"
)
"""A heading that is a date, or names one: 'Thursday, November 02, 2023', 'Humanitarian
Update (2 Nov 2023)': what follows is as of that day."""
_CITATION = patterns.compile(
    r"\((?P<who>[A-Z][\w .&/-]{1,40}?),\s*(?P<day>[0-3]?\d)\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+"
    r"(?P<year>(?:19|20)\d\d)\)\.?[ \t]*(?:\n|$)"
)
"""A digest's item ends with who reported it and when: '… were evacuated. (ECHO, 4 Jun
2020)'. It names the source and the day of every figure on that line that has none."""


def _heading_date(line: str, published: dt.date | None, months: dict[str, int]) -> dt.date | None:
    m = _HEADING_DATE.search(line)
    if m is None:
        return None
    return _calendar_day(
        m.group("day") or m.group("day2"),
        m.group("month") or m.group("month2"),
        m.group("year"),
        published,
        months,
    )


def _citations(
    text: str, published: dt.date | None, months: dict[str, int]
) -> dict[int, tuple[str, dt.date]]:
    """Line start → (source, day) for each line that ends with a dated citation."""
    found: dict[int, tuple[str, dt.date]] = {}
    if "(" not in text:
        return found
    for m in _CITATION.finditer(text):
        day = _calendar_day(m.group("day"), m.group("month"), m.group("year"), published, months)
        if day is not None:
            found[text.rfind("\n", 0, m.start()) + 1] = (m.group("who").strip(), day)
    return found


def _calendar_day(
    day: str, month_name: str, year: str, published: dt.date | None, months: dict[str, int]
) -> dt.date | None:
    month = months.get(month_name.lower())
    if month is None:
        return None
    try:
        when = dt.date(int(year), month, int(day))
    except ValueError:
        return None
    return when if published is None or when <= published else None


def _dispatch_date(
    m: re.Match[str], published: dt.date | None, months: dict[str, int]
) -> dt.date | None:
    month = months.get(m.group("month").lower())
    if month is None:
        return None
    try:
        day = dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None
    return day if published is None or day <= published else None


@dataclass
class _Context:
    """What a sentence may take from the one before it in the same paragraph: its
    source (when it says 'also', 'moreover' or 'were reported') and its day (when it names
    none), and the speaker of a statement announced with 'made the following statement:'
    for the paragraph after it."""

    source: str | None = None
    before: str | None = None
    """The source of the sentence before, whatever paragraph it ends."""
    previous: list[tuple[str, dt.date | None, DateFrom]] = field(default_factory=list)
    """Each earlier sentence of the paragraph, the day its relative dates resolve against,
    and what a day carried from it is: a dispatch line's or a heading's, or a sentence's."""
    quotes: _Quotes = field(default_factory=lambda: _Quotes())
    outbreak: bool = False
    speaker: str | None = None
    block: tuple[int, int] | None = None
    speakers: Speakers = field(default_factory=Speakers)
    cited_day: dt.date | None = None
    heading_day: dt.date | None = None
    last_fact: Fact | None = None
    """The last figure of the sentence before, within the paragraph."""
    """The day a dated heading names ('Thursday, November 02, 2023'): the as-of day of the
    figures under it that name none."""
    lang: Language = ENGLISH
    panel: dict[int, str] = field(default_factory=dict)
    """Offset of each number of a key-figure panel → the label that says what it counts."""
    frame: tuple[str, dt.date | None] | None = None
    """Who published the figures the rest of the paragraph gives, and the day they were
    published ('On 26 June, the civil protection office (DPC) released updated figures on
    the floods. There were …'): the source and day of its sentences that name none."""
    listing: tuple[Cue, str | None] | None = None
    """The cue and source of a line that opens a list ('the breakdown of deaths by state,
    according to …:'), for the bullet lines under it that name no cue of their own."""

    def start_sentence(self, text: str, start: int, new_paragraph: bool) -> None:
        if new_paragraph:
            self.frame = None
            self.source = None
            self.previous = []
            self.last_fact = None
        if self.speaker is not None and self.block is None and new_paragraph:
            end = text.find("\n\n", start)
            self.block = (start, end if end != -1 else len(text))

    def carried_day(self, *, skip_events: bool) -> tuple[DateMention, DateFrom] | None:
        """The last day an earlier sentence of the paragraph names, and what that sentence
        is, looked for only when a sentence with a figure and no date of its own asks for
        it."""
        for sentence, published, origin in reversed(self.previous[-_CARRY_BACK:]):
            days = [d for d in find_dates(sentence, published, self.lang) if d.date is not None]
            if days and _event_day(sentence, days[-1]) and _LASTING_HAZARD.search(sentence):
                # 'The storm hit on 27 March. It reportedly killed 18': a storm's toll goes on
                # growing after its landfall; told later, it is as of the report.
                return None
            if skip_events:
                days = [d for d in days if not _event_day(sentence, d)]
            if days:
                return DateMention(0, 0, days[-1].date, days[-1].period), origin
        return None

    def block_speaker(self, start: int) -> str | None:
        if self.block is not None and not self.block[0] <= start < self.block[1]:
            self.speaker, self.block = None, None
        return self.speaker if self.block is not None else None

    def end_sentence(
        self, sentence: str, source: str | None, published: dt.date | None, *, dated_line: bool
    ) -> None:
        self.source = source
        self.before = source
        origin = DateFrom.heading if dated_line else DateFrom.earlier_sentence
        self.previous.append((sentence, published, origin))
        if ("ollowing" in sentence or "elow" in sentence) and _STATEMENT.search(sentence):
            self.speaker = source or noun_phrase_after(sentence, 0, self.lang)
            self.block = None


@dataclass(frozen=True, slots=True)
class _Sentence:
    """One sentence and what every fact from it shares: span, source, dates, places."""

    text: str
    offset: int
    stem: str
    source: str | None
    ref: ArticleRef
    dates: list[DateMention]
    places: list[PlaceMention]
    clause_sources: tuple[tuple[int, str], ...] = ()
    """(start, speaker) of each later clause after a semicolon that names its own speaker:
    'killed: 185, according to the government; the agency puts the toll at 259'."""
    lang: Language = ENGLISH
    panel: dict[int, str] = field(default_factory=dict)
    carried: Fact | None = None
    """The last figure of the sentence before, when this one goes on counting it."""
    listed: Cue | None = None
    """The cue of the line that opened the list this bullet line is an item of."""
    dates_from: DateFrom = DateFrom.sentence
    """Where `dates` come from: the sentence's own phrases, or the one day it took from
    an earlier sentence, a heading or its line's citation."""

    @property
    def span(self) -> tuple[int, int]:
        return (self.offset, self.offset + len(self.text))

    def fact(
        self,
        *,
        at: int,
        indicator: Indicator,
        start: int,
        end: int,
        as_of_report: bool = False,
        **fields: Any,
    ) -> Fact:
        """A fact from this sentence; its id is stable across runs (file, offset, indicator).

        `as_of_report`: a key-figure panel's number is as of the report, whatever day the
        prose after the panel names."""
        date, period = (None, None) if as_of_report else _when(self.text, self.dates, start, end)
        if date is not None or (period is not None and period.end is not None):
            date_from: DateFrom | None = self.dates_from
        else:
            date_from = DateFrom.publication if self.ref.published is not None else None
        place = nearest(self.places, start, end)
        source = self.source
        for clause_start, speaker in self.clause_sources:
            if start >= clause_start:
                source = speaker
        return Fact(
            id=f"{self.stem}-{self.offset + at}-{indicator.value}",
            indicator=indicator,
            date=date,
            date_from=date_from,
            period=period,
            source=source,
            quote=self.text,
            span=self.span,
            article=self.ref,
            location=place.name if place else None,
            pcode=place.pcode if place else None,
            **fields,
        )


def _sentence_facts(
    text: str,
    offset: int,
    stem: str,
    published: dt.date | None,
    source: str | None,
    gazetteer: PlaceMatcher,
    ref: ArticleRef,
    context: _Context,
) -> list[Fact]:
    lang = context.lang
    quantities = find_quantities(text, lang)
    if not quantities and not mentions_ceasefire(text, lang):
        return []
    dates = find_dates(text, published, lang)
    if dates:
        quantities = [
            q for q in quantities if not any(d.start < q.end and q.start < d.end for d in dates)
        ]
    low = lowered(text)
    running = (holds_any(low, _RUNNING_WORDS) and _RUNNING.search(text) is not None) or (
        holds_any(low, _TOLL_SO_FAR_WORDS) and _TOLL_SO_FAR.search(text) is not None
    )
    if running:
        dates = [d for d in dates if not _event_day(text, d)]
    elif "began" in low or "started" in low:
        dates = [d for d in dates if not _ONGOING_SINCE.search(text, max(0, d.start - 30), d.start)]
    dates_from = DateFrom.sentence
    if not dates and context.cited_day is not None:
        dates, dates_from = [DateMention(0, 0, context.cited_day, None)], DateFrom.citation
    if not dates and context.frame is not None and context.frame[1] is not None:
        dates, dates_from = [DateMention(0, 0, context.frame[1], None)], DateFrom.earlier_sentence
    if not dates and (carried := context.carried_day(skip_events=running)) is not None:
        dates, dates_from = [carried[0]], carried[1]
    if not dates and context.heading_day is not None:
        dates, dates_from = [DateMention(0, 0, context.heading_day, None)], DateFrom.heading
    sentence = _Sentence(
        text,
        offset,
        stem,
        source,
        ref,
        dates,
        find_places(text, gazetteer),
        _clause_sources(text, source, context.speakers),
        lang,
        context.panel,
        context.last_fact if _clauses(lang).continues.match(text) else None,
        context.listing[0] if context.listing is not None and _bullet(text) else None,
        dates_from,
    )
    figures = _figures(sentence, quantities)
    if figures and context.outbreak and not violent(text, lang):
        patients = re.search(lang.clauses.in_hospital, text, re.IGNORECASE)
        for fact in figures:
            old = fact.indicator
            if old is Indicator.killed or (old is Indicator.injured and patients):
                fact.indicator = _OUTBREAK_READING[old]
                fact.id = fact.id.removesuffix(f"-{old.value}") + f"-{fact.indicator.value}"
                if patients and fact.indicator is Indicator.other:
                    fact.label = patients.group().lower()
    if figures and context.outbreak and _NEW_IN_PERIOD.search(text) and _NEW.search(text):
        figures = [f for f in figures if f.indicator not in _EPIDEMIC_COUNTS]
    return figures + _ceasefires(sentence, quantities)


_NEW = patterns.compile(r"\bnew\b", re.IGNORECASE)
_NEW_IN_PERIOD = patterns.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:last|past|previous)\s+(?:\w+\s+)?"
    r"(?:hours?|days?|weeks?)\b|\bduring\s+(?:epidemiological\s+)?week\s+\d",
    re.IGNORECASE,
)
_EPIDEMIC_COUNTS = frozenset({Indicator.other, Indicator.deaths})
"""'257 new cases in the last 24 hours', '53 new suspected cases … reported in the past
week', 'During week 30, 2,151 new cases': an outbreak report's new cases and deaths of its
latest days raise the cumulative totals it gives, and are changes, not counts."""


_OUTBREAK_READING = {Indicator.killed: Indicator.deaths, Indicator.injured: Indicator.other}
"""In an outbreak article a sentence that names no violence counts deaths from the
disease, and its people in hospital ('hospitalised', 'admitted') are patients (`other`),
not wounded."""


def _clause_sources(
    text: str, source: str | None, speakers: Speakers
) -> tuple[tuple[int, str], ...]:
    """Later clauses that name a speaker of their own, other than the sentence's: after a
    semicolon or a contrast ('A said 20 had died, while B said 31')."""
    starts = clause_starts(text)
    found = []
    for i, begin in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        speaker = find_source(text[begin:end], speakers)
        if speaker is not None and speaker != source:
            found.append((begin, speaker))
    return tuple(found)


def _figures(sentence: _Sentence, quantities: list[Quantity]) -> list[Fact]:
    """One fact per quantity that counts something humanitarian.

    A part ("including 500 …"), a restatement ("up from 1,297") or the next item of a
    list of places ("Peru with 768,000, Chile 288,000") without a cue of its own counts
    what the figure before it counts.
    """
    if not quantities:
        return []
    text = sentence.text
    cues = find_cues(text, sentence.lang)
    clauses = _clauses(sentence.lang)
    parts = _part_of(clauses, text, quantities)
    buildings = {id(q) for q in quantities if counts_buildings(text, q, sentence.lang)}
    things = {id(q) for q in quantities if counts_things(text, q, sentence.lang)}
    # The families the people come from are no other figure, nor a barrier between the
    # people and what is said of them.
    things.update(
        id(q)
        for before, q in pairwise(quantities)
        if (
            _FROM_FAMILIES.fullmatch(text, before.end, q.start)
            or clauses.households_of.fullmatch(text, before.end, q.start)
        )
        and clauses.households.match(text, q.end)
    )
    restated = {
        i: i - 1
        for i in range(1, len(quantities))
        if quantities[i].kind == quantities[i - 1].kind
        and not (id(quantities[i]) in buildings and id(quantities[i - 1]) not in buildings)
        and (
            _RESTATED.search(text, quantities[i - 1].end, quantities[i].start)
            or _LIST_ITEM.fullmatch(text, quantities[i - 1].end, quantities[i].start)
            or clauses.total.search(text[quantities[i - 1].end : quantities[i].start])
            or clauses.groups.fullmatch(text, quantities[i - 1].end, quantities[i].start)
            or clauses.bare_and.fullmatch(text, quantities[i - 1].end, quantities[i].start)
            or _COORDINATED.fullmatch(text, quantities[i - 1].end, quantities[i].start)
            or _FROM_TO.search(text, quantities[i - 2].end if i > 1 else 0, quantities[i].start)
            or clauses.changed_to.search(
                text, quantities[i - 2].end if i > 1 else 0, quantities[i].start
            )
        )
    }
    changes = {
        i
        for i, q in enumerate(quantities)
        if _CHANGE.match(text, q.end)
        or clauses.increment.match(text, q.end)
        or _CHANGE_BY.search(text, max(0, q.start - 12), q.start)
        or (
            text[max(0, q.start - 2) : q.start].strip() == "("
            and _BRACKETED_CHANGE.match(text, q.end) is not None
        )
    }
    blockers = [
        q
        for i, q in enumerate(quantities)
        if id(q) not in things and not (i in parts and _ASIDE.match(text, q.end))
    ]
    # '66 people including 37 men, 24 women and five children have received injuries': the
    # parts listed between a whole and its verb do not keep the verb from it.
    # '2,000 people, of whom 800 were injured, fled': a part's own clause ('of whom … ,')
    # says what happened to the part, not to the whole.
    own_parts: dict[int, set[int]] = {}
    part_clauses: dict[int, tuple[int, int]] = {}
    for part, whole in parts.items():
        if clauses.listing.search(text, quantities[whole].end, quantities[whole + 1].start):
            own_parts.setdefault(whole, set()).add(id(quantities[part]))
        elif part == whole + 1:
            close = _PART_CLAUSE_END.search(text, quantities[part].end)
            part_clauses[whole] = (quantities[part].start, close.start() if close else len(text))
    cue_starts = [c.start for c in cues]
    blocker_starts = [b.start for b in blockers]
    made: dict[int, Fact] = {}
    for i, quantity in enumerate(quantities):
        if id(quantity) in things:
            continue
        lo, hi = quantity.start - _WINDOW, quantity.end + _WINDOW
        nearby = cues[
            bisect_left(cue_starts, quantity.start - _SUBJECT_WINDOW) : bisect_right(cue_starts, hi)
        ]
        if i in part_clauses:
            skip_lo, skip_hi = part_clauses[i]
            nearby = [c for c in nearby if not skip_lo <= c.start < skip_hi]
        others = [
            b
            for b in blockers[bisect_left(blocker_starts, lo) : bisect_right(blocker_starts, hi)]
            if b is not quantity
            and b.kind == quantity.kind
            and not (id(quantity) in buildings and id(b) in buildings)
            and not (
                b.start > quantity.end
                and (
                    _COORDINATED.fullmatch(text, quantity.end, b.start)
                    or clauses.bare_and.fullmatch(text, quantity.end, b.start)
                    or _PART_OF_NEXT.fullmatch(text, quantity.end, b.start)
                )
            )
            and id(b) not in own_parts.get(i, ())
        ]
        panel = sentence.panel.get(sentence.offset + quantity.number_start)
        found = (
            _panel_assignment(panel, sentence.lang)
            if panel is not None
            else assign(text, quantity, nearby, others, sentence.lang)
        )
        parent = made.get(parts[i]) if i in parts else None
        kin = made.get(restated[i]) if i in restated else parent
        if (
            kin is None
            and found is None
            and sentence.carried is not None
            and quantity.kind == "count"
            and id(quantity) not in buildings
            and id(quantity) not in things
            and not _OWN_VERB.match(text, quantity.end)
        ):
            kin = sentence.carried
        listed = sentence.listed
        if (
            kin is None
            and found is None
            and listed is not None
            and quantity.kind == "count"
            and id(quantity) not in buildings
            and id(quantity) not in things
        ):
            indicator, score = listed.indicator, _INHERITED_CONFIDENCE
            label = listed.text if indicator is Indicator.other else None
        elif kin is not None and (
            found is None
            or found.distance > _OWN_CUE
            or describes(found.cue)
            or (i in parts and _beyond_part(text, quantity, found.cue))
        ):
            indicator, label, score = kin.indicator, kin.label, _INHERITED_CONFIDENCE
        elif found is not None:
            indicator = found.indicator
            patients = indicator is Indicator.injured and _patients_of_a_hazard(
                sentence, found.cue.text
            )
            if patients:
                indicator = Indicator.other
            label = (
                None
                if indicator is not Indicator.other
                else found.cue.text.lower()
                if patients
                else panel or _label(text, quantity, found.cue)
            )
            score = confidence(found, vague=isinstance(quantity.value, tuple))
        else:
            continue
        if indicator is Indicator.evacuated and _sheltered(text, quantity):
            indicator = Indicator.displaced
        if (
            quantity.kind == "percent"
            and indicator is not Indicator.territory_control_percent
            and (
                _share_of_count(text, quantity, quantities)
                or not clauses.share_of_whole.match(text, quantity.end)
            )
        ):
            continue
        made[i] = sentence.fact(
            at=quantity.number_start,
            indicator=indicator,
            start=quantity.start,
            end=quantity.end,
            value=quantity.value,
            qualifier=quantity.qualifier,
            unit=_unit(clauses, text, quantity),
            label=label,
            part_of=parent.id if parent is not None else None,
            confidence=score,
            as_of_report=panel is not None,
        )
        if panel is not None and made[i].source is None:
            credit = _PANEL_SOURCE.search(panel)
            made[i].source = credit.group(1) if credit is not None else None

    def restate(i: int, j: int) -> None:
        """Give the figure at j, which restates the one at i, i's indicator and label."""
        before = quantities[j]
        made[j] = sentence.fact(
            at=before.number_start,
            indicator=made[i].indicator,
            start=before.start,
            end=before.end,
            value=before.value,
            qualifier=before.qualifier,
            unit=_unit(clauses, text, before),
            label=made[i].label,
            confidence=_INHERITED_CONFIDENCE,
        )

    for i, j in restated.items():
        if (
            j not in made
            and i in made
            and clauses.total.match(text[quantities[j].end : quantities[i].start])
        ):
            restate(i, j)
    for i in sorted(restated, reverse=True):
        j = restated[i]
        if (
            j not in made
            and i in made
            and _BRACKETED_ITEM.fullmatch(text, quantities[j].end, quantities[i].start)
        ):
            restate(i, j)
    # '5,120 families or 20,480 persons': a household count beside the exact people count
    # of the same group is how the report counts them, not another figure; beside an
    # estimate ('3,150 families, roughly 15,000 people') the households are the firm count.
    paired = {
        i
        for i in made
        if (
            made[i].unit == "households"
            or clauses.households.search(
                text, max(0, quantities[i].start - _WINDOW // 3), quantities[i].start
            )
        )
        and i + 1 in made
        and made[i + 1].unit == "people"
        and made[i + 1].qualifier is Qualifier.exact
        and clauses.total.search(text[quantities[i].end : quantities[i + 1].start])
    }
    return [made[i] for i in sorted(made) if i not in changes and i not in paired]


def _beyond_part(text: str, part: Quantity, cue: Cue) -> bool:
    """'killing 16 people, including six children, and injuring 50': the verb after the
    comma that closes a part goes on to the next figure, and the part stays its whole's."""
    close = _PART_CLAUSE_END.search(text, part.end, part.end + _PART_REACH)
    return close is not None and close.start() < cue.start


_SHELTERED = patterns.compile(
    r"\b(?:accommodat(?:ed|ing)|housed?|sheltered|sheltering)\b|\brelief\s+camps\b"
    r"|\bin\s+[\d,]+\s+evacuation\s+cent(?:re|er)s\b",
    re.IGNORECASE,
)
_SHELTER_REACH = 80


def _sheltered(text: str, quantity: Quantity) -> bool:
    """'2,411 people have been evacuated and accommodated at relief camps', 'centres …
    accommodating 416 evacuees', '137,538 evacuated in 488 evacuation centres': evacuees
    staying in shelters are displaced (the M/N call's relief camps); 'evacuated or
    displaced and housed in shelters' keeps the first word the report chose."""
    lo, hi = max(0, quantity.start - _SHELTER_REACH), quantity.end + _SHELTER_REACH
    return _SHELTERED.search(text, lo, hi) is not None and "or displaced" not in text[lo:hi]


def _patients_of_a_hazard(sentence: _Sentence, cue: str) -> bool:
    """'23 deaths were recorded and 46 people hospitalised' in a flood report: people in
    hospital whose sentence names no violence or hazard are patients (`other`, the AC
    call), while those hospitalised after attacks are the injured (the X call), as are
    those a flood 'killed and hospitalized' (round C)."""
    return (
        re.fullmatch(sentence.lang.clauses.in_hospital, cue, re.IGNORECASE) is not None
        and not violent(sentence.text, sentence.lang)
        and _INJURY_WORD.search(sentence.text) is None
    )


_INJURY_WORD = patterns.compile(r"\b(?:injur|wound|bless)", re.IGNORECASE)
"""'51 people who were injured …, out of 139, are still hospitalised': a sentence that
names the injuries counts the injured."""


def _share_of_count(text: str, share: Quantity, quantities: Sequence[Quantity]) -> bool:
    """Whether a percentage is the share of a count the sentence gives ('819 cases (38.1%)',
    '530,000 customers, over 77% of its network', 'increased by 30 per cent'): what it
    tells is already in that count, or is a change. A share standing alone ('a quarter of
    the city has disappeared') or restating a count with 'or' ('5.2 million people, or 91%
    of the population') is a figure of its own."""
    before = text[: share.start]
    if before.count("(") > before.count(")") or _CHANGE_BY_SHARE.search(before):
        return True
    return not _OR_SHARE.search(before) and any(q.kind == "count" for q in quantities)


_CHANGE_BY_SHARE = patterns.compile(r"\bby\s+$", re.IGNORECASE)
_OR_SHARE = patterns.compile(r"\bor\s+$", re.IGNORECASE)


_BRACKETED_ITEM = patterns.compile(r"\)\s*(?:,|;|,?\s+and|&)\s+(?:[A-Za-z][\w'’-]*\s+){1,3}\(")
"""'Kano (10,085), Bauchi (1,059) … and Kaduna (28) accounted for 99.4% of confirmed cases':
the items of a bracketed list before its cue count what the last one counts."""


_PANEL_SOURCE = patterns.compile(r"\(([A-Z][A-Za-z]*[A-Z])\)\s*$")
"""'Households affected (DGPC)': a key figure's label that credits its source."""
_PANEL_HINT = patterns.compile(r"\d[\d,.]*(?:\s*(?:million|thousand|m|k))?[+*]?\s+\d|\d[+*]?\n")
"""A number right after a number, or a number ending a line: a text without one has no
key-figure panel, and is passed over at once."""


def _panel_assignment(label: str, lang: Language) -> Assignment | None:
    """What a panel number counts: the first cue of its label ('People need assistance')."""
    cues = find_cues(label, lang)
    if not cues:
        return None
    cue = cues[0]
    target = cue.indicator is Indicator.people_reached and re.search(
        lang.clauses.planned, label[: cue.start], re.IGNORECASE
    )
    return Assignment(Indicator.other if target else cue.indicator, cue, 0)


def _ceasefires(sentence: _Sentence, quantities: list[Quantity]) -> list[Fact]:
    facts = []
    for event in find_ceasefires(sentence.text, quantities, sentence.lang):
        has_days = event.days is not None
        facts.append(
            sentence.fact(
                at=event.start,
                indicator=(
                    Indicator.ceasefire_duration_days if has_days else Indicator.ceasefire_event
                ),
                start=event.start,
                end=event.end,
                value=event.days,
                qualifier=event.duration.qualifier if event.duration else Qualifier.exact,
                unit="days" if has_days else "events",
                label=sentence.text[event.start : event.end],
                status=event.status,
                party=event.party,
                confidence=0.8 if event.status is not None else 0.6,
            )
        )
    return facts


def _label(sentence: str, quantity: Quantity, cue: Cue) -> str:
    """What an `other` figure counts, as written: "cholera cases", "schools closed"."""
    between = sentence[quantity.end : cue.start]
    if (
        cue.start >= quantity.end
        and len(between) <= _LABEL_GAP
        and _LABEL_STOP.search(between) is None
    ):
        return " ".join(sentence[quantity.end : cue.end].split())
    return cue.text


def _unit(clauses: _Clauses, sentence: str, quantity: Quantity) -> str:
    if quantity.kind == "percent":
        return "percent"
    return "households" if clauses.households.match(sentence, quantity.end) else "people"


def _part_of(clauses: _Clauses, sentence: str, quantities: Sequence[Quantity]) -> dict[int, int]:
    """Index of each quantity that is part of an earlier one → index of that one.

    "1,500 … including 500 seriously wounded"; "10,022 …, including 4,104 children and
    2,641 women" (the second part continues the first).
    """
    parts: dict[int, int] = {}
    for i in range(1, len(quantities)):
        before = sentence[quantities[i - 1].end : quantities[i].start]
        if (
            clauses.part_of.search(before)
            or (quantities[i].kind == quantities[i - 1].kind and clauses.apposed.search(before))
            or (
                _COMMA_ONLY.fullmatch(before)
                and clauses.part_after.match(sentence, quantities[i].end)
            )
        ):
            parts[i] = i - 1
        elif i - 1 in parts and clauses.and_part.match(before):
            parts[i] = parts[i - 1]
    return parts


def _when(
    sentence: str, mentions: Sequence[DateMention], start: int, end: int
) -> tuple[dt.date | None, Period | None]:
    """The date expression nearest the figure says when it was counted.

    One in the figure's own clause (no comma between them) beats a nearer one across a
    comma: "31,500 … over the past week, with hundreds more … on Wednesday". A day that
    names the event ("Monday's earthquake", "the quake that struck Tuesday") yields to
    the day a running toll was told ("…has risen to 115, the president said on Tuesday").
    """
    told = _told_day(sentence, mentions) if len(mentions) > 1 and _TOLL.search(sentence) else None
    if told is not None:
        return told.date, told.period
    best: DateMention | None = None
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


_TOLL = patterns.compile(
    letters_first(r"\b(?:toll|tolls|risen|rose|climbed|increased|gone\s+up|so\s+far|total)\b"),
    re.IGNORECASE,
)
_TOLD_BEFORE = patterns.compile(
    r"\b(?:said|says|reported|announced|confirmed|stated|told\s+\w+)\s+(?:on\s+)?$", re.IGNORECASE
)


def _told_day(sentence: str, mentions: Sequence[DateMention]) -> DateMention | None:
    """The day written right after the sentence's speech verb ('said on Tuesday')."""
    for mention in mentions:
        if mention.date is not None and _TOLD_BEFORE.search(
            sentence, max(0, mention.start - 25), mention.start
        ):
            return mention
    return None
