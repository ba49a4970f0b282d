"""Which indicator a quantity counts, from the words around it.

Every cue phrase in the sentence is found once; each quantity takes the nearest cue
on its side of the clause: "killed 14 civilians and wounded 70 others" gives 14 to
"killed" and 70 to "wounded", because a cue never reaches past another quantity. A
quantity with no cue close enough, or whose noun is not people ("65 buses"), is not
a humanitarian figure and goes nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice

from sitrep import patterns
from sitrep.extract.languages import ENGLISH, Language
from sitrep.extract.numbers import Quantity
from sitrep.extract.scan import Alike, factored, letters_first, lowered, lowered_once
from sitrep.models import Indicator


def _expand(phrase: str) -> list[tuple[str, ...]]:
    variants: list[tuple[str, ...]] = [()]
    for slot in phrase.split():
        if slot.startswith("[") != slot.endswith("]"):
            raise ValueError(f"cue phrase {phrase!r}: an optional […] holds one word")
        optional = slot.startswith("[")
        choices = slot.strip("[]").split("|")
        grown = [(*v, c) for v in variants for c in choices]
        variants = variants + grown if optional else grown
    return variants


def _index(
    cues: dict[Indicator, tuple[str, ...]],
) -> dict[str, list[tuple[tuple[str, ...], Indicator]]]:
    """First word → the phrases it starts, longest first: most words other than the
    wildcard `*`, then most words. (The count is `len - count("*")`, one C call: summing a
    test per word over the 5,079 English variants was 2 ms of the first article.)"""
    index: dict[str, list[tuple[tuple[str, ...], Indicator]]] = {}
    for indicator, phrases in cues.items():
        for phrase in phrases:
            for words in _expand(phrase):
                index.setdefault(words[0], []).append((words, indicator))
    for candidates in index.values():
        candidates.sort(key=lambda c: (len(c[0]) - c[0].count("*"), len(c[0])), reverse=True)
    return index


_CUES = ENGLISH.cues
"""The default language's cue phrases (tests check every indicator has some)."""


@dataclass(frozen=True, eq=False)
class _Cues:
    """A language's cue phrases by first word, and what may join their words."""

    phrases: dict[str, list[tuple[tuple[str, ...], Indicator]]]
    join: re.Pattern[str]
    by_second: dict[str, dict[str, list[_Phrase]]]
    """First word → second word → the phrases that may start with those two words, in
    `phrases` order: the few a word's next word leaves, where some first words ('people')
    start over a hundred phrases."""
    loose: dict[str, list[_Phrase]]
    """First word → its phrases of one word or with any second word, in `phrases` order."""


_Phrase = tuple[tuple[str, ...], Indicator]


@cache
def _cues(lang: Language) -> _Cues:
    index = _index(lang.cues)
    loose = {w: [c for c in cs if len(c[0]) == 1 or c[0][1] == "*"] for w, cs in index.items()}
    by_second: dict[str, dict[str, list[_Phrase]]] = {}
    for word, candidates in index.items():
        seconds = {c[0][1] for c in candidates if len(c[0]) > 1 and c[0][1] != "*"}
        by_second[word] = {
            second: [c for c in candidates if len(c[0]) == 1 or c[0][1] in ("*", second)]
            for second in seconds
        }
    return _Cues(index, patterns.compile(lang.cue_join), by_second, loose)


_TOKEN = patterns.compile(r"[^\W\d_]+")
_ASCII_TOKEN = patterns.compile(r"[A-Za-z]+")
"""`_TOKEN` on ASCII text: the same words (a letter is [A-Za-z] there), found without the
Unicode look-ups `_TOKEN` makes for every character."""
_WORKERS = frozenset({"aid workers", "health workers"})
_NEGATED = patterns.compile(
    letters_first(r"\b(?:not|no|never|n['’]t)\s+(?:\w+\s+){0,2}$"), re.IGNORECASE
)
"""'who are not staying in evacuation centers': a cue that is denied names nothing."""
_PARTICIPLE = patterns.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:are|were|is|was|have|has|had)\b", re.I)
_HARM = frozenset(
    {Indicator.killed, Indicator.injured, Indicator.missing, Indicator.detained, Indicator.deaths}
)
_ATTRIBUTIVE = patterns.compile(r"\s+(?:by|from|in|during|after)\b", re.IGNORECASE)
_FINITE = patterns.compile(
    letters_first(r"\b(?:have|has|had|been|were|was|are|is)\s+$"), re.IGNORECASE
)
_DESCRIPTIONS = frozenset(
    {
        "refugees", "hostages", "captives", "detainees", "inmates", "prisoners", "escapees",
        "arrivals", "casualties", "idps", "idp",
        "carrying", "carried", "on board", "aboard", "otages", "détenus", "détenues",
        "prisonniers", "évadés", "évadées", "passengers", "passagers", "rescapés", "rescapées",
        "survivants", "survivantes", "unaccompanied children", "separated children",
        "unaccompanied minors", "separated minors", "rescue workers", "rescue teams",
        "rescue personnel", "rescue crews",
    }
)  # fmt: skip
"""Cues that describe who the people are (in English and French); a cue after them says
what happened to them."""
_COMBATANTS = patterns.compile(
    r"\W*(?:\w+\s+)?(?:fighters|militants|troops|combatants|gunmen)\b", re.I
)
_BEFORE_REACH = 80
_AFTER_REACH = 90
_NEAR = 25


@dataclass(frozen=True, slots=True)
class Cue:
    start: int
    end: int
    indicator: Indicator
    text: str


@dataclass(frozen=True, slots=True)
class Assignment:
    indicator: Indicator
    cue: Cue
    distance: int


def find_cues(sentence: str, lang: Language = ENGLISH) -> list[Cue]:
    """Every cue phrase in the sentence, the longest where several start at one word.

    A dictionary of first words over the sentence's tokens: several times faster than
    one alternation regex over ninety phrases, which Python tries at every character.
    """
    low = lowered(sentence)
    phrases = _cues(lang)
    token = _ASCII_TOKEN if sentence.isascii() else _TOKEN
    if len(low) == len(sentence):
        words = token.findall(low)
    else:
        low = sentence
        words = [w.lower() for w in token.findall(sentence)]
    first_words = phrases.phrases
    if first_words.keys().isdisjoint(words):
        return []
    marks = list(token.finditer(low))
    cues: list[Cue] = []
    free = 0
    for i, word in enumerate(words):
        if i < free or word not in first_words:
            continue
        found = _match_at(phrases, sentence, words, marks, i)
        if found:
            phrase, indicator = found
            start, end = marks[i].start(), marks[i + len(phrase) - 1].end()
            cues.append(Cue(start, end, indicator, sentence[start:end]))
            free = i + len(phrase)
    return cues


def _match_at(
    cues: _Cues, sentence: str, words: list[str], marks: list[re.Match[str]], i: int
) -> tuple[tuple[str, ...], Indicator] | None:
    """The longest cue phrase starting at word `i`; `marks` are the words' matches."""
    word = words[i]
    if word == "held" and marks[i].start() > 0 and sentence[marks[i].start() - 1] == "-":
        return None
    if word == "lives" and _not_lives_lost(words, i):
        return None
    if word in _CARRYING and i + 1 < len(words) and words[i + 1] in _CARRIED_OUT:
        return None
    if (
        word in _AFFECTED
        and 0 < i < len(words) - 1
        and words[i - 1] in _DEGREE
        and words[i + 1] in _AFFECTED_PLACES
    ):
        return None
    if word in _TREATED and (
        (i + 1 < len(words) and words[i + 1] in _TREATED_FOR)
        or sentence[: marks[i].start()].rstrip()[-1:].isdigit()
    ):
        return None
    found = _longest(cues, sentence, words, marks, i)
    if (
        found is not None
        and found[1] is Indicator.people_reached
        and word == "reached"
        and _not_people_reached(sentence, marks[i].start(), marks[i].end())
    ):
        # 'the toll has reached 40', while 'fewer than 6,000 have reached the camp' are
        # people arriving.
        return None
    return found


def _longest(
    cues: _Cues, sentence: str, words: list[str], marks: list[re.Match[str]], i: int
) -> tuple[tuple[str, ...], Indicator] | None:
    join = cues.join.fullmatch
    word = words[i]
    candidates = cues.loose[word]
    if i + 1 < len(words):
        candidates = cues.by_second[word].get(words[i + 1], candidates)
    for phrase, indicator in candidates:
        if len(phrase) == 1:
            return phrase, indicator
        if i + len(phrase) > len(words):
            continue
        for k in range(1, len(phrase)):
            w = phrase[k]
            if (w != "*" and words[i + k] != w) or not join(
                sentence, marks[i + k - 1].end(), marks[i + k].start()
            ):
                break
        else:
            return phrase, indicator
    return None


_AFFECTED = frozenset({"affected", "impacted", "hit"})
_AFFECTED_PLACES = frozenset(
    {
        "districts", "district", "areas", "area", "regions", "region", "provinces", "province",
        "states", "state", "communities", "villages", "towns", "cities", "countries", "zones",
        "counties", "municipalities", "localities", "governorates", "parts", "locations",
    }
)  # fmt: skip
_DEGREE = frozenset({"most", "worst", "hardest", "badly", "severely", "heavily", "least"})
"""'the most affected districts of Barmal (1,000), Giyan (393)': the word ranks the places,
it does not say the people counted there were affected (while 'lived in the affected
area' counts the people of the area)."""
_CARRYING = frozenset({"carrying", "carried"})
_RESCUE = frozenset({Indicator.evacuated, Indicator.seriously_wounded})
"""What may happen to a boat's passengers that makes them more than passengers: harm and
rescue ('104 people on board have been rescued'), not where they were going ('210 on
board, all returning from Yemen')."""
_ABOARD = frozenset({"on board", "aboard", "passengers", "passagers"})
_ABOARD_REACH = 25


def _aboard_elsewhere(cue: Cue, quantity: Quantity) -> bool:
    """A boat's or a convoy's passengers are the number after 'carrying' ('a convoy carrying
    46 people') or right before 'on board' ('210 people on board'), never a number on the
    other side ('a Boeing 737 carrying aid', 'five children among those on board')."""
    text = cue.text.lower()
    if text in _CARRYING:
        return cue.start >= quantity.end
    if text in _ABOARD:
        return cue.end <= quantity.start or cue.start - quantity.end > _ABOARD_REACH
    return False


_CARRIED_OUT = frozenset({"out", "away", "off", "on"})
"""'carried out attacks', 'carried away by floodwater': no passengers carried."""
_TREATED = frozenset({"treated", "treating"})
_TREATED_FOR = frozenset({"for", "in", "at", "as", "like", "with", "by"})
_TREATED_FOR_HARM = (_HARM - {Indicator.detained}) | {
    Indicator.seriously_wounded,
    Indicator.medical_evacuation_needed,
    Indicator.other,
}
_CONDITION_AFTER = patterns.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:for|with)\b", re.IGNORECASE)
"""'MSF treated 2,300 patients' are people an agency reached; 'treated 40 people for
injuries', 'treated in hospital' are patients, whose other words say what happened to
them, and '1,000 treated mosquito nets' are things. When no other word says it ('treated
223 children with suspected measles'), the people treated are still people reached."""
_SAVED = frozenset({"save", "saved", "saves", "saving", "their", "whose", "daily", "everyday"})


def _not_lives_lost(words: list[str], i: int) -> bool:
    """'claimed nine lives' are deaths; 'saved 30 lives', 'the lives of 2 million people'
    and 'their lives' are not."""
    after = words[i + 1] if i + 1 < len(words) else ""
    before = set(words[max(0, i - 3) : i])
    return after == "of" or bool(before & _SAVED)


def _not_people_reached(sentence: str, start: int, end: int) -> bool:
    """'The death toll has reached 210', 'we have reached a critical point': a total or a
    point that got somewhere, not people who were reached with aid."""
    return bool(
        _TOTAL_BEFORE.search(sentence, max(0, start - 40), start)
        or _TOTAL_SUBJECT.search(sentence, max(0, start - 130), start)
        or _ARTICLE_AFTER.match(sentence, end)
    )


_TOTAL_BEFORE = patterns.compile(
    r"\b(?:toll|number|total|figure|tally|count|numbers|level|cases)\b[^.;,]{0,25}$", re.IGNORECASE
)
_TOTAL_SUBJECT = patterns.compile(
    r"\b(?:the\s+)?(?:total\s+|overall\s+)?(?:number|toll|tally|count)\s+of\b[^.;:]{0,110}"
    r"(?:\b(?:has|have|had)\s+(?:now\s+|already\s+)?)?$|"
    r"\b(?:deaths|cases|fatalities|casualties)\b[^.;:]{0,80}$",
    re.IGNORECASE,
)
"""'The number of people living in shelters in the state has reached 80,000', 'deaths
from the storm reached 378': the subject is the count; 'reached' only says how far it got."""
_ARTICLE_AFTER = patterns.compile(r"\s+(?:a|an|the|its|their|new|record)\b", re.IGNORECASE)
_CAUSE_REACH = 70
_POSSESSIVE_BEFORE = patterns.compile(
    letters_first(r"\b(?:my|her|his|their|our|your)\s+$"), re.IGNORECASE
)
"""'with her five siblings', 'my five children': people of an anecdote, unless harmed."""


@dataclass(frozen=True, eq=False)
class _Clauses:
    """A language's clause patterns, compiled once."""

    conjunct_break: re.Pattern[str]
    relative: re.Pattern[str]
    disease: re.Pattern[str]
    disease_cased: re.Pattern[str]
    cause_of: re.Pattern[str]
    count_subject: Alike
    violence: re.Pattern[str]
    violence_ascii: re.Pattern[str]
    """`violence` with regard to case, for text `lowered_alike` gives: the same matches,
    several times faster than matching without regard to case."""
    morgue: re.Pattern[str]
    morgue_cased: re.Pattern[str]
    outbreak: re.Pattern[str]
    outbreak_ascii: re.Pattern[str]
    outbreak_words: tuple[str, ...]
    outbreak_risk: re.Pattern[str]
    rate_of: re.Pattern[str]
    not_people: re.Pattern[str]
    not_people_cased: re.Pattern[str]
    """`not_people` with regard to case, for text `lowered_alike` gives (`_counts_no_people`)."""
    responders: re.Pattern[str]
    deployed: re.Pattern[str]
    harmed: re.Pattern[str]
    forecast: re.Pattern[str]
    forecast_verb: re.Pattern[str]
    abroad: re.Pattern[str]
    of_noun: re.Pattern[str]
    people_noun: re.Pattern[str]
    territory: re.Pattern[str]
    by_hospital: re.Pattern[str]
    """'three hospitals it supports treated about 3,600 patients with symptoms': a
    hospital's patients are patients, not people an agency reached (the O labelling call)."""
    coordinate: re.Pattern[str]
    """From the end of one figure to the next one coordinated with it ('of 20 prisoners
    and 1,809', 'de 20 otages et de 1 809')."""
    buildings: re.Pattern[str]
    buildings_cased: re.Pattern[str]
    """`buildings` with regard to case, for text `lowered_alike` gives (`_names_buildings`)."""
    infrastructure: frozenset[str]
    damage: frozenset[str]
    """The language's `damage` and `damage_only` cue texts together, and its bare
    `damage_ends` ('damage to' with no adjective before it)."""
    damage_only: frozenset[str]
    damage_ends: tuple[str, ...]


@cache
def _clauses(lang: Language) -> _Clauses:
    c = lang.clauses
    # Each pattern is rewritten once (the rewriting is Python, slow at start-up) and
    # compiled for both its case-blind and its lower-case use.
    disease, violence = letters_first(c.disease), letters_first(c.violence)
    outbreak, not_people = letters_first(c.outbreak), factored(c.not_people)
    buildings = factored(rf"[^\w,;.:()]*(?:\w+\s+)?(?P<noun>{c.buildings})\b")
    return _Clauses(
        conjunct_break=patterns.compile(c.conjunct_break),
        relative=patterns.compile(c.relative, re.IGNORECASE),
        disease=patterns.compile(disease, re.IGNORECASE),
        disease_cased=patterns.compile(disease),
        cause_of=patterns.compile(c.cause_of + c.disease, re.IGNORECASE),
        count_subject=Alike.of(factored(c.count_subject)),
        violence=patterns.compile(violence, re.IGNORECASE),
        violence_ascii=patterns.compile(violence),
        morgue=patterns.compile(c.morgue, re.IGNORECASE),
        morgue_cased=patterns.compile(c.morgue),
        outbreak=patterns.compile(outbreak, re.IGNORECASE),
        outbreak_ascii=patterns.compile(outbreak),
        outbreak_words=c.outbreak_words,
        outbreak_risk=patterns.compile(c.outbreak_risk, re.IGNORECASE),
        rate_of=patterns.compile(c.rate_of, re.IGNORECASE),
        not_people=patterns.compile(not_people, re.IGNORECASE),
        not_people_cased=patterns.compile(not_people),
        responders=patterns.compile(c.responders, re.IGNORECASE),
        deployed=patterns.compile(c.deployed, re.IGNORECASE),
        harmed=patterns.compile(c.harmed, re.IGNORECASE),
        forecast=patterns.compile(letters_first(c.forecast), re.IGNORECASE),
        forecast_verb=patterns.compile(letters_first(c.forecast_verb), re.IGNORECASE),
        abroad=patterns.compile(c.abroad, re.IGNORECASE),
        of_noun=patterns.compile(rf"\s+(?:{c.of_noun})\s*", re.IGNORECASE),
        people_noun=patterns.compile(rf"\s+(?:{c.people_noun})\b", re.IGNORECASE),
        territory=patterns.compile(rf"\b(?:{c.territory})\b", re.IGNORECASE),
        by_hospital=patterns.compile(rf"\b(?:{c.hospital})\b[^.;]{{0,30}}$", re.IGNORECASE),
        coordinate=patterns.compile(
            rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{lang.and_word})\s+(?:(?:{c.of_noun})\s*)?",
            re.IGNORECASE,
        ),
        buildings=patterns.compile(buildings, re.IGNORECASE),
        buildings_cased=patterns.compile(buildings),
        infrastructure=c.infrastructure,
        damage=c.damage | c.damage_only | frozenset(c.damage_ends),
        damage_only=c.damage_only,
        damage_ends=tuple(f" {end}" for end in c.damage_ends),
    )


def _damage(c: _Clauses, cue: Cue) -> bool:
    """What happened to buildings: 'destroyed', 'flooded', 'suffered severe damage'."""
    text = cue.text.lower()
    return text in c.damage or text.endswith(c.damage_ends)


def outbreak_article(text: str, lang: Language = ENGLISH) -> bool:
    """An article about an outbreak or famine, more than about violence or a disaster: its
    deaths are `deaths` unless their own sentence names violence."""
    c = _clauses(lang)
    head = text[:6_000]
    low = head.lower()
    if not any(word in low for word in c.outbreak_words):
        return False
    ascii_text = head.isascii()
    outbreak, violence = (
        (c.outbreak_ascii, c.violence_ascii) if ascii_text else (c.outbreak, c.violence)
    )
    scanned = low if ascii_text else head
    diseases = sum(not _feared(c, head, m) for m in outbreak.finditer(scanned))
    if diseases < 2:
        return False
    return sum(1 for _ in islice(violence.finditer(scanned), diseases)) < diseases


_RISK_REACH = 50


def _feared(c: _Clauses, text: str, mention: re.Match[str]) -> bool:
    """A disease named as a risk within its own sentence ('Cholera outbreaks after
    earthquakes are of serious concern', 'preparations to avoid an outbreak')."""
    lo = text.rfind(".", max(0, mention.start() - _RISK_REACH), mention.start()) + 1
    lo = max(lo, mention.start() - _RISK_REACH)
    hi = text.find(".", mention.end(), mention.end() + _RISK_REACH)
    hi = hi if hi != -1 else mention.end() + _RISK_REACH
    return c.outbreak_risk.search(text, lo, hi) is not None


def violent(sentence: str, lang: Language = ENGLISH) -> bool:
    c = _clauses(lang)
    return _found(c.violence, c.violence_ascii, sentence)


def _found(
    blind: re.Pattern[str],
    cased: re.Pattern[str],
    sentence: str,
    lo: int = 0,
    hi: int | None = None,
) -> bool:
    """Whether case-blind `blind` finds anything in `sentence[lo:hi]`: on text that lowers
    alike, its lower-case twin `cased` searched in the lowered sentence (the same answer,
    several times faster)."""
    low = lowered_once(sentence)
    pattern, text = (blind, sentence) if low is None else (cased, low)
    return pattern.search(text, lo, len(text) if hi is None else hi) is not None


def _conjunct(c: _Clauses, sentence: str, quantity: Quantity) -> tuple[int, int]:
    """The span of the quantity's own part of a coordination or list: between the
    nearest comma, semicolon, bracket, 'and', 'with' or dash on either side."""
    lo = 0
    for brk in c.conjunct_break.finditer(sentence, max(0, quantity.start - 120)):
        if brk.end() > quantity.start:
            break
        lo = brk.end()
    after = c.conjunct_break.search(sentence, quantity.end)
    if after is not None and after.group() in _SET_OFF:
        # '40 people (including 3 children) had died', '13,659 people, including 5,250
        # children, were rescued': a part of the figure set off by brackets or commas sits
        # inside its conjunct, which goes on after the part.
        aside = _SET_OFF[after.group()].match(sentence, after.end())
        if aside is not None:
            after = c.conjunct_break.search(sentence, aside.end())
    return lo, after.start() if after else len(sentence)


_PART_WORDS = r"\s*(?:including|incl\.|among\s+them|of\s+whom)\s+"
_SET_OFF = {
    "(": patterns.compile(_PART_WORDS + r"[^()]{1,40}\)", re.IGNORECASE),
    ",": patterns.compile(_PART_WORDS + r"(?:[^,;()]|(?<=\d),(?=\d)){1,40},(?!\d)", re.IGNORECASE),
}


def _tier(cue: Cue, relative: int | None, conjunct: tuple[int, int]) -> int:
    """How closely a cue is bound to the quantity: 0 in a relative clause on its noun
    ('hundreds of people who require urgent treatment'), 1 in its own conjunct
    ('… 19 missing and 5,576 people took refuge'), 2 elsewhere in the clause."""
    if relative is not None and relative <= cue.start < conjunct[1]:
        return 0
    return 1 if conjunct[0] <= cue.start and cue.end <= conjunct[1] else 2


def _cause(c: _Clauses, sentence: str, quantity: Quantity, cue: Cue) -> Indicator:
    """Killed is violent death; death from disease, hunger or all causes is `deaths`. A
    cause named right after the death cue ('died of illness after the storm') is the
    cause, whatever else the sentence names; a neutral word for deaths ('décès') near
    violence and no disease is a killing."""
    if c.cause_of.match(sentence, cue.end):
        return Indicator.deaths
    lo = max(0, min(cue.start, quantity.start) - _CAUSE_REACH)
    hi = max(cue.end, quantity.end) + _CAUSE_REACH
    disease = _found(c.disease, c.disease_cased, sentence, lo, hi)
    violence = _found(c.violence, c.violence_ascii, sentence, lo, hi)
    if cue.indicator is Indicator.deaths:
        violent = violence or _found(c.violence, c.violence_ascii, sentence)
        sick = disease or _found(c.disease, c.disease_cased, sentence)
        return Indicator.killed if violent and not sick else Indicator.deaths
    if not violence and _found(c.morgue, c.morgue_cased, sentence, lo, hi):
        return Indicator.deaths
    return Indicator.deaths if disease and not violence else Indicator.killed


def assign(
    sentence: str,
    quantity: Quantity,
    cues: Sequence[Cue],
    blockers: Sequence[Quantity],
    lang: Language = ENGLISH,
) -> Assignment | None:
    """The indicator of one quantity, or None when it is not a humanitarian figure.

    `blockers` are the other quantities of the sentence that a cue may not reach past.
    A count of homes or schools can only be damage (`other`), never a count of people.
    """
    if quantity.kind == "duration":
        return None
    c = _clauses(lang)
    after = sentence[quantity.end : quantity.end + _THINGS_REACH]
    things = c.buildings.match(after) if quantity.kind == "count" else None
    if (
        quantity.kind == "count"
        and not _is_facility(c, things)
        and _counts_no_people(c, sentence, quantity.end, _THINGS_REACH)
    ):
        return None
    if _AVERAGE.search(sentence, max(0, quantity.start - 70), quantity.start):
        return None
    if "(" in sentence[max(0, quantity.start - 3) : quantity.start] and (
        _COUNT_OF_SHARE.search(sentence, max(0, quantity.start - 12), quantity.start)
        or (
            _CLOSING.match(sentence, quantity.end)
            and _AFTER_NAME.search(sentence, max(0, quantity.start - 40), quantity.start)
            and _things_listed(c, sentence, quantity.start)
        )
    ):
        return None
    family = _POSSESSIVE_BEFORE.search(sentence, max(0, quantity.start - 12), quantity.start)
    conjunct = _conjunct(c, sentence, quantity)
    clause = c.relative.match(sentence, quantity.end)
    relative = clause.end() if clause is not None else None
    subject, of_things = _subject_cue(c, sentence, quantity, cues)
    if of_things:
        return None
    best = subject or _toll_of(sentence, quantity, cues)
    best_tier = 3
    treated: Assignment | None = None
    for cue in cues if best is None else ():
        if things is not None and not _damage(c, cue):
            continue
        said = cue.text.lower()
        if said in _TREATED and _CONDITION_AFTER.match(sentence, quantity.end):
            if (
                cue.end <= quantity.start
                and quantity.start - cue.end <= _NEAR
                and not c.by_hospital.search(sentence, max(0, cue.start - 40), cue.start)
            ):
                treated = Assignment(cue.indicator, cue, quantity.start - cue.end)
            continue
        if _aboard_elsewhere(cue, quantity):
            continue
        if things is None and (
            said in c.damage_only
            or (said in c.damage and _names_buildings(c, sentence, cue.end))
            or _NEGATED.search(sentence, max(0, cue.start - 28), cue.start)
        ):
            continue
        main_verb = best is not None and _main_verb(sentence, best.cue, cue)
        if cue.end <= quantity.start:
            distance = quantity.start - cue.end
            if distance > _BEFORE_REACH or _between(blockers, cue.end, quantity.start):
                continue
        elif cue.start >= quantity.end:
            distance = cue.start - quantity.end
            if (distance > _AFTER_REACH and not main_verb) or _between(
                blockers, quantity.end, cue.start
            ):
                continue
            distance = 0 if c.of_noun.fullmatch(sentence, quantity.end, cue.start) else distance - 3
            distance = max(0, distance)
        else:
            continue
        if _crosses_clause(
            sentence, min(cue.end, quantity.end), max(cue.start, quantity.start)
        ) and not (cue.end <= quantity.start and _in_aside(sentence, cue.end, quantity.start)):
            continue
        tier = _tier(cue, relative, conjunct)
        if tier == 0 and _flight_of_refugees(best, cue):
            continue
        if (
            best is None
            or tier < best_tier
            or (tier == best_tier and distance < best.distance)
            or (tier <= best_tier and _names_the_event(c, sentence, best, cue))
            or main_verb
        ):
            best, best_tier = Assignment(cue.indicator, cue, distance), tier
    if quantity.kind == "percent":
        return _percent(c, sentence, quantity, best)
    if treated is not None and (best is None or best.indicator not in _TREATED_FOR_HARM):
        best = treated
    if best is None or _forecast(c, sentence, quantity, best):
        return None
    if best.cue.text.lower() in _DESCRIPTIONS and best.cue.start >= quantity.end:
        event = _event_before(c, sentence, quantity, cues, blockers) or _coordinate_event(
            c, sentence, quantity, cues, blockers
        )
        if event is not None:
            best = _freed(best, event)
    if best.cue.text.lower() in _HOSTING:
        best = _hosted(sentence, quantity, cues, best)
    if best.indicator is Indicator.returnees and any(_of_captivity(cue) for cue in cues):
        best = Assignment(Indicator.other, best.cue, best.distance)
    if best.cue.text.lower() in _FLIGHT and c.abroad.match(sentence, best.cue.end):
        best = Assignment(Indicator.refugees, best.cue, best.distance)
    if best.indicator is Indicator.seriously_wounded:
        evacuation = next(
            (
                c
                for c in cues
                if c.indicator is Indicator.medical_evacuation_needed
                and 0 <= c.start - best.cue.end <= _NEAR * 2
            ),
            None,
        )
        if evacuation is not None:
            best = Assignment(evacuation.indicator, evacuation, best.distance)
    if family is not None and best.indicator not in _HARM:
        return None
    if best.indicator in {Indicator.killed, Indicator.deaths}:
        cause = _cause(c, sentence, quantity, best.cue)
        if cause is not best.indicator:
            best = Assignment(cause, best.cue, best.distance)
    if things is not None:
        label = f"{things.group('noun')} {best.cue.text}"
        return Assignment(
            best.indicator, Cue(best.cue.start, best.cue.end, best.indicator, label), best.distance
        )
    if (
        best.indicator is not Indicator.killed
        and best.indicator is not Indicator.injured
        and _COMBATANTS.match(after)
        and not (best.indicator is Indicator.other and any(_of_captivity(cue) for cue in cues))
    ):
        return None
    return best


_SUBJECT_REACH = 200


def _subject_cue(
    c: _Clauses, sentence: str, quantity: Quantity, cues: Sequence[Cue]
) -> tuple[Assignment | None, bool]:
    """'The number of people displaced by the clashes in the two northern zones reached
    412,000': the number is what the count in the subject counts, however long the
    subject; its first cue says what that is. The second value says the subject counts
    things, not people ('the number of livestock perished reached 4.7 million'): no figure."""
    m = c.count_subject.search(sentence, max(0, quantity.start - _SUBJECT_REACH), quantity.start)
    if m is None:
        return None, False
    if m.group("subject") is not None and _counts_no_people(c, sentence, m.start("subject")):
        return None, True
    lo, hi = m.span("subject") if m.group("subject") is not None else m.span("toll")
    cue = next((cue for cue in cues if lo <= cue.start and cue.end <= hi), None)
    if cue is None:
        return None, False
    return Assignment(cue.indicator, cue, quantity.start - cue.end), False


_TOLL_OF = patterns.compile(r"\s+(?:of|at)\s+$", re.IGNORECASE)


def _toll_of(sentence: str, quantity: Quantity, cues: Sequence[Cue]) -> Assignment | None:
    """'the previous death toll of 163 released by the agency': a toll's own number
    counts what the toll counts, whatever verb follows it."""
    for cue in cues:
        if (
            cue.end <= quantity.start
            and cue.text.lower().endswith("toll")
            and _TOLL_OF.fullmatch(sentence, cue.end, quantity.start)
        ):
            return Assignment(cue.indicator, cue, quantity.start - cue.end)
    return None


def _flight_of_refugees(best: Assignment | None, cue: Cue) -> bool:
    """'409,000 Sudanese refugees who had fled earlier waves of conflict': a flight told in
    a relative clause on refugees says why they are refugees, not that they are displaced
    (people a camp hosts who fled are displaced: `_hosted` decides those)."""
    return best is not None and best.indicator is Indicator.refugees and cue.text.lower() in _FLIGHT


def _names_the_event(c: _Clauses, sentence: str, best: Assignment, cue: Cue) -> bool:
    """A later cue that says what happened beats a nearer one that describes the people.

    - "45,000 refugees have been displaced", "15 refugees were killed": the noun after
      the number describes them (refugees who fled stay refugees: "One million refugees
      have fled Ukraine"; only the word "displaced" makes them displaced);
    - "4.1 million Iraqis displaced by the conflict have returned", "137 pupils abducted
      from a school have been released": a participle after the noun describes them, the
      verb with its auxiliary says what happened;
    - displaced people who returned are returnees.
    """
    if cue.start <= best.cue.end:
        return False
    if best.indicator is Indicator.returnees and _shelters(cue):
        return False
    if best.cue.text.lower() in _WORKERS:
        return cue.indicator in _HARM
    if best.cue.text.lower() in _CARRYING | _ABOARD:
        return cue.indicator in _HARM or cue.indicator in _RESCUE
    if best.cue.text.lower().endswith("cases") and re.match(
        r"\s+of\s+(?:[\w-]+\s+){0,2}$", sentence[best.cue.end : cue.start]
    ):
        return True
    if _attributive(c, sentence, best.cue, cue):
        return True
    if best.cue.text.lower() in _DESCRIPTIONS:
        if cue.indicator is Indicator.displaced:
            return cue.text.lower() in _HOMELESS
        return cue.indicator is not best.indicator
    if best.indicator is Indicator.displaced and cue.indicator is Indicator.returnees:
        return True
    return bool(
        _ATTRIBUTIVE.match(sentence, best.cue.end)
        and _FINITE.search(sentence, max(0, cue.start - 12), cue.start)
    )


_LONG_PARTICIPLE = patterns.compile(
    r"\s+(?:[\w'’-]+\s+){2,14}?(?:are|were|is|was|have|has|had)\s+(?:[\w-]+\s+){0,5}?$",
    re.IGNORECASE,
)


def _main_verb(sentence: str, best: Cue, cue: Cue) -> bool:
    """'Over 200 people sheltering at a health facility and school in the region were
    reported to have been killed': a participle on the people with a long phrase after it
    still only describes them; the finite verb that ends the phrase says what happened."""
    return (
        cue.start > best.end
        and cue.indicator in _HARM | _RESCUE
        and best.text.lower().endswith("ing")
        and _LONG_PARTICIPLE.fullmatch(sentence, best.end, cue.start) is not None
    )


def _shelters(cue: Cue) -> bool:
    """A displacement cue that only says where people stay ('sheltered', 'in relief camps'):
    people who came back across a border and are sheltered in a camp are returnees (the V
    labelling call), not displaced again."""
    text = cue.text.lower()
    return (
        cue.indicator is Indicator.displaced
        and ("shelter" in text or "camp" in text or "accommodat" in text or "centre" in text)
        and not any(word in text for word in ("fled", "flee", "took", "sought", "seek"))
    )


def _event_before(
    c: _Clauses,
    sentence: str,
    quantity: Quantity,
    cues: Sequence[Cue],
    blockers: Sequence[Quantity],
) -> Assignment | None:
    """'killed at least 15 refugees': the verb before the number says what happened; the
    noun after it only says who they were. A verb that ends the conjunct before ('3.6
    million are displaced and 6.7 million are refugees') is that conjunct's."""
    for cue in reversed(cues):
        if cue.end > quantity.start:
            continue
        distance = quantity.start - cue.end
        if (
            distance <= _NEAR
            and cue.text.lower() not in _DESCRIPTIONS
            and cue.text.lower() not in _HOSTING
            and not _between(blockers, cue.end, quantity.start)
            and not _crosses_clause(sentence, cue.end, quantity.start)
            and not c.conjunct_break.search(sentence, cue.end, quantity.start)
        ):
            return Assignment(cue.indicator, cue, distance)
        break
    return None


def _coordinate_event(
    c: _Clauses,
    sentence: str,
    quantity: Quantity,
    cues: Sequence[Cue],
    blockers: Sequence[Quantity],
) -> Assignment | None:
    """'the release of 20 prisoners and 1,809 detainees': a figure coordinated with one
    whose verb comes before it shares that verb, and its noun only says who they were."""
    first = next((q for q in reversed(blockers) if q.end <= quantity.start), None)
    if first is None or not c.coordinate.fullmatch(sentence, first.end, quantity.start):
        return None
    return _event_before(c, sentence, first, cues, blockers)


def _freed(description: Assignment, event: Assignment) -> Assignment:
    """'rescued four hostages': people taken out of captivity are freed (`other`, the AH
    labelling call), not rescued from a hazard; any other event before the noun stands."""
    if description.indicator is Indicator.detained and event.indicator is Indicator.evacuated:
        return Assignment(Indicator.other, event.cue, event.distance)
    return event


def _of_captivity(cue: Cue) -> bool:
    """'returned home 230 soldiers from captivity', prisoners brought home in an exchange:
    people coming home from captivity are freed (`other`), not returnees, which are
    refugees and the displaced going home."""
    said = cue.text.lower()
    return cue.indicator is Indicator.detained or (
        cue.indicator is Indicator.other and (said in _CAPTIVITY_ENDED or said.endswith(_SWAPS))
    )


_CAPTIVITY_ENDED = frozenset({"from captivity", "swapped", "exchanged", "released", "freed"})
_SWAPS = ("exchange", "exchanges", "swap", "swaps")


def _attributive(c: _Clauses, sentence: str, best: Cue, cue: Cue) -> bool:
    """'400 migrants fleeing Libya are feared to have drowned', 'six injured migrants were
    airlifted': a participle or adjective on the people, then the verb that says what
    happened to them."""
    verb = _PARTICIPLE.match(sentence, best.end)
    if verb is None or verb.end() > cue.start:
        return False
    if best.indicator is Indicator.displaced and cue.indicator in _MOVES:
        return False
    if best.indicator in _RESCUE and "hospital" in cue.text.lower():
        # 'Six rescued people were taken to hospital': the rescue is what is counted.
        return False
    text = best.text.lower()
    return (text.endswith("ing") and len(text) > 4) or bool(c.people_noun.match(sentence, best.end))


_HOST_SITE = patterns.compile(
    r"\b(?:camps?|sites?|centres?|centers?|shelters?|settlements?|schools)\b[^.;]{0,60}$",
    re.IGNORECASE,
)


_HOSTED_IN_SITE = patterns.compile(
    r"\s+(?:in|at)\s+(?:[\w,'’-]+\s+){0,5}?(?:camps?|sites?|centres?|centers?|shelters?|"
    r"settlements?|schools)\b",
    re.IGNORECASE,
)
"""'155,000 people are being hosted in 800 shelters': people a site hosts are displaced."""


def _hosted(sentence: str, quantity: Quantity, cues: Sequence[Cue], best: Assignment) -> Assignment:
    """Who is hosted: 'camps … hosting 70,451 people' are displaced people, as are 'hosts
    thousands of displaced families'; a country hosting people hosts refugees."""
    own = next(
        (
            cue
            for cue in cues
            if cue.indicator is Indicator.displaced
            and 0 <= cue.start - quantity.end <= _NEAR
            and not _crosses_clause(sentence, quantity.end, cue.start)
        ),
        None,
    )
    if own is not None and not _REFUGEE_NOUN.match(sentence, quantity.end, own.start):
        return Assignment(own.indicator, own, own.start - quantity.end)
    if _HOST_SITE.search(sentence, max(0, best.cue.start - 60), best.cue.start) or (
        best.cue.start > quantity.end and _HOSTED_IN_SITE.match(sentence, best.cue.end)
    ):
        return Assignment(Indicator.displaced, best.cue, best.distance)
    return best


_REFUGEE_NOUN = patterns.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:refugees|asylum[\s-]+seekers)\b", re.IGNORECASE
)
"""'hosts 850,000 Sudanese refugees fleeing the war': the noun says they crossed a border;
the flight after it is why."""
_MOVES = frozenset({Indicator.displaced, Indicator.refugees})
_HOSTING = frozenset({"hosts", "hosting", "hosted", "is home to", "are home to", "was home to"})
_HOMELESS = frozenset(
    {
        "displaced", "displacement", "homeless", "without shelter", "without homes",
        "without a home", "lost everything", "lost their homes",
    }
)  # fmt: skip
"""Refugees who fled stay refugees; refugees who lost their shelter are displaced again."""
_FLIGHT = frozenset(
    {
        "fled", "fleeing", "flee", "found shelter", "found refuge", "took refuge", "taken refuge",
        "taking refuge", "sought refuge", "sought shelter", "seeking refuge", "seeking shelter",
        "seek refuge", "fui", "fuyant", "fuir", "se sont réfugiés", "se sont réfugiées",
        "se réfugier", "trouvé refuge", "trouver refuge", "chercher refuge", "cherché refuge",
    }
)  # fmt: skip
"""Flight cues: people who fled or sought refuge abroad ('in neighbouring countries',
'dans les pays voisins') are refugees."""
_AVERAGE = patterns.compile(
    letters_first(r"\b(?:average|per\s+capita)\b[^.;,]{0,60}$"), re.IGNORECASE
)


def counts_things(sentence: str, quantity: Quantity, lang: Language = ENGLISH) -> bool:
    """A count of buses, facilities or doses: not a figure, and no barrier between a cue
    and the figure it names ("131,000 people … in 136 accommodation centres")."""
    c = _clauses(lang)
    if quantity.kind != "count" or _facilities(c, sentence, quantity.end):
        return False
    if _rate_base(c, sentence, quantity):
        return True
    return _counts_no_people(c, sentence, quantity.end) or _counts_responders(c, sentence, quantity)


_RATE_REACH = 30


def _rate_base(c: _Clauses, sentence: str, quantity: Quantity) -> bool:
    """'10 cases per 100,000', 'cases per 100,000 – 10': a power of ten after the word of
    a rate, with a number shortly before (the rate's own, or a count of the table's row), is
    the rate's base. Any other number there is a count (French
    'pour' also reads 'for': 'une aide pour 10 000 personnes')."""
    value = quantity.value
    if not isinstance(value, int) or value < 100 or str(value).rstrip("0") != "1":
        return False
    rate = c.rate_of.search(sentence, max(0, quantity.start - 8), quantity.start)
    if rate is None:
        return False
    return _DIGIT.search(sentence, max(0, rate.start() - _RATE_REACH), rate.start()) is not None


_HARM_BEFORE = 40
_HARM_AFTER = 60
_DIGIT = patterns.compile(r"\d")


def _counts_responders(c: _Clauses, sentence: str, quantity: Quantity) -> bool:
    """'Authorities deployed more than 200 rescuers': the response, not the people it is
    for; volunteers, staff or health workers only where a verb sends them ('trained 26
    community health workers'). Responders who are themselves harmed ('two rescuers were
    killed', 'including 38 health workers') stay a figure; the words looked at end at the
    next number, whose clause is another figure's ('… to search for 33 people still missing')."""
    named = c.responders.match(sentence, quantity.end)
    if named is None or (named.group("core") is None and c.deployed.search(sentence) is None):
        return False
    if c.harmed.search(sentence, max(0, quantity.start - _HARM_BEFORE), quantity.start):
        return False
    after = sentence[named.end() : named.end() + _HARM_AFTER]
    digit = _DIGIT.search(after)
    return c.harmed.search(after if digit is None else after[: digit.start()]) is None


_THINGS_REACH = 40
"""How far after a number `assign` looks for what it counts."""


def _counts_no_people(c: _Clauses, sentence: str, at: int, reach: int | None = None) -> bool:
    """Whether what follows `at` (within `reach` characters, when given) names things, not
    people. The case-blind pattern is slow on its hundreds of nouns: on text that lowers
    alike its lower-case twin is matched on the lowered sentence, with the same answer."""
    low = lowered_once(sentence)
    text, pattern = (sentence, c.not_people) if low is None else (low, c.not_people_cased)
    if reach is None:
        return pattern.match(text, at) is not None
    return pattern.match(text[at : at + reach]) is not None


def describes(cue: Cue) -> bool:
    """A cue that says who the people are ('refugees', 'IDPs'), not what happened."""
    return cue.text.lower() in _DESCRIPTIONS


def counts_buildings(sentence: str, quantity: Quantity, lang: Language = ENGLISH) -> bool:
    """'7,630 homes, 12 schools, 17 mosques … damaged': a list of buildings shares its cue."""
    return quantity.kind == "count" and _names_buildings(_clauses(lang), sentence, quantity.end)


def _facilities(c: _Clauses, sentence: str, at: int) -> bool:
    """Buildings where people live, are cared for or learn ('16 health centres', '346
    classrooms'), counted as damage (`other`) even where their noun is also a place or a
    thing ('centres'); bridges and roads are infrastructure, not labelled."""
    return _is_facility(c, c.buildings.match(sentence, at))


def _is_facility(c: _Clauses, found: re.Match[str] | None) -> bool:
    """Whether a `buildings` match names a facility rather than infrastructure."""
    return found is not None and found.group("noun").lower() not in c.infrastructure


def _names_buildings(c: _Clauses, sentence: str, at: int) -> bool:
    """Whether buildings are named right at `at` ('7,630 homes'), matched on the lowered
    sentence where it lowers alike."""
    low = lowered_once(sentence)
    if low is None:
        return c.buildings.match(sentence, at) is not None
    return c.buildings_cased.match(low, at) is not None


def confidence(assignment: Assignment, vague: bool) -> float:
    """How sure the indicator is: a cue next to the number is surer than one a clause away."""
    score = 0.9 if assignment.distance <= _NEAR else 0.7
    if assignment.indicator is Indicator.other:
        score -= 0.3
    if vague:
        score -= 0.1
    return round(score, 2)


_SHARE_OF_COUNT = patterns.compile(
    r"\s*(?:\(\s*[\d,.]+\s*\)\s*)?(?:of|among)\s+(?:the\s+|all\s+|these\s+|those\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:cases|patients|deaths|infections|contacts|samples|tests|fatalities|municipalities|"
    r"clinics|facilities|hospitals|schools|districts|villages|towns|cities|provinces|states|"
    r"counties|regions|homes|houses|buildings|housing|hotels|births|deliveries|operations|"
    r"services|infrastructure|roads|crops|farmland|land|network|capacity|budget|funding|"
    r"water|power|electricity|imports|exports|arrivals|detainees|population\s+lives)\b",
    re.IGNORECASE,
)
_CHANGE_OR_RATE = patterns.compile(
    r"\s*(?:(?:year-on-year|week-on-week)\s+)?(?:decrease|increase|drop|rise|reduction|decline|"
    r"jump|fall|lower|higher|positivity|fatality|mortality|lethality|case[\s-]+fatality|"
    r"attack|rate|dismantled|complete|completed|funded)\b",
    re.IGNORECASE,
)
"""'a 56.2% decrease', 'a 65% positivity rate', '90% dismantled': a change, a rate or the
state of a thing, never a count of people."""
_AFTER_NAME = patterns.compile(r"\b[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s*\(\s*$")
_CLOSING = patterns.compile(r"\s*\)")
_HEAD_NUMBER = patterns.compile(r"(?<![(\d,.])\d[\d,.]*(?![\d,.])")


def _things_listed(c: _Clauses, sentence: str, before: int) -> bool:
    """'30 sites across Pemba (11), Mocimboa (6)': a bare number in brackets after a name
    counts what the list's head counts; when that is not people (sites), it is no figure.
    '20,720 displaced people …, including in Pemba (8,208)' stays people."""
    heads = list(_HEAD_NUMBER.finditer(sentence, 0, before))
    return bool(heads) and c.not_people.match(sentence, heads[-1].end()) is not None


_COUNT_OF_SHARE = patterns.compile(r"(?:%|\bper\s*cent|\bpercent)\s*\(\s*$", re.IGNORECASE)
"""'90 percent (447) of the municipalities': the bracket counts what the share is of."""
_RATE_BEFORE = patterns.compile(
    letters_first(r"\b(?:rate|ratio|cfr|crf|positivity)\b[^.;,]{0,30}$"), re.IGNORECASE
)
_SHARE_IN_BRACKETS = patterns.compile(
    r"\d\s*\(\s*$|\d[^()]{0,40}\(\s*$|\(\s*\d[\d,.]*(?:\s+[\w-]+){0,2}\s+or\s+$"
)
"""'262 (5.6%)', '1,410,774 people (12.9% of the population)', '(988,428 individuals or
40%)': a share set in brackets beside its count."""


def _forecast(c: _Clauses, sentence: str, quantity: Quantity, best: Assignment) -> bool:
    """A projection is not a count: 'could see 250,000 cases', 'thousands will die'."""
    if c.forecast.search(sentence, max(0, quantity.start - 40), quantity.start):
        return True
    return (
        best.indicator in {Indicator.killed, Indicator.deaths}
        and best.cue.start >= quantity.end
        and c.forecast_verb.search(sentence, quantity.end, best.cue.start) is not None
    )


def _percent(
    c: _Clauses, sentence: str, quantity: Quantity, best: Assignment | None
) -> Assignment | None:
    """A percentage is territory when the clause is about seizing or holding ground.

    Any other percentage of people ("70% of the newly displaced") is a share, not a
    count of displaced people: it goes out as `other`, labelled with its cue. A share of
    cases, deaths or places ("72% of all confirmed cases", "90 percent of the
    municipalities"), a rate ("a fatality rate of 17%") and a share in brackets after its
    count ("262 (5.6%)") say nothing of how many people: they are no figure.
    """
    if (
        _SHARE_OF_COUNT.match(sentence, quantity.end)
        or _CHANGE_OR_RATE.match(sentence, quantity.end)
        or _RATE_BEFORE.search(sentence, max(0, quantity.start - 40), quantity.start)
        or _SHARE_IN_BRACKETS.search(sentence, max(0, quantity.start - 45), quantity.start)
    ):
        return None
    window = sentence[max(0, quantity.start - 40) : quantity.end + 40]
    territory = c.territory.search(window)
    if territory is not None:
        cue = Cue(0, 0, Indicator.territory_control_percent, territory.group())
        return Assignment(Indicator.territory_control_percent, cue, 0)
    if best is None:
        return None
    if best.indicator is Indicator.other:
        return best
    label = f"percent {best.cue.text}"
    return Assignment(
        Indicator.other, Cue(best.cue.start, best.cue.end, Indicator.other, label), best.distance
    )


def _between(blockers: Sequence[Quantity], start: int, end: int) -> bool:
    """Whether a blocker lies within `[start, end)`: asked for every cue of every number,
    so a plain loop rather than any() over a generator."""
    for b in blockers:  # noqa: SIM110 - the generator form is slower here
        if start <= b.start and b.end <= end:
            return True
    return False


def _in_aside(sentence: str, start: int, end: int) -> bool:
    """'40 deaths were recorded in the province — mostly in Alba (27) and Bera (5) —': a
    figure inside an aside that opens after its cue, and closes later, is a breakdown the
    cue still reaches."""
    if _CLAUSE_BREAK.search(sentence, start, end) is not None:
        return False
    dashes = _DASH.findall(sentence, start, end)
    return (
        len(dashes) == 1
        and len(_DASH.findall(sentence, 0, start)) % 2 == 0
        and _DASH.search(sentence, end) is not None
    )


_CLAUSE_BREAK = Alike.of(r";|:\s|\bbut\b|\bwhile\b|\bwhereas\b")
_KEY_FIGURE_COLON = patterns.compile(r":\s*$")
_DASH = patterns.compile(r"\s(?:--|[-–—])\s")


def _crosses_clause(sentence: str, start: int, end: int) -> bool:
    """A semicolon, colon, 'but' or a lone dash ends a clause; a pair of dashes encloses
    an aside ("7.8 million people — nearly half — are affected") and does not, nor does
    the colon of a key-figure line ("Deaths: 598")."""
    if start >= end:
        return False
    key_figure = _KEY_FIGURE_COLON.search(sentence, start, end)
    if key_figure is not None:
        end = key_figure.start()
    if _CLAUSE_BREAK.search(sentence, start, end) is not None:
        return True
    return len(_DASH.findall(sentence, start, end)) % 2 == 1
