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

from sitrep.extract.numbers import Quantity
from sitrep.models import Indicator

_CUES: list[tuple[Indicator, tuple[str, ...]]] = [
    (
        Indicator.seriously_wounded,
        (
            r"(?:seriously|critically|severely|gravely)\s+(?:wounded|injured|hurt)",
            r"in\s+critical\s+condition",
            r"serious(?:ly)?\s+injur\w*",
        ),
    ),
    (
        Indicator.medical_evacuation_needed,
        (
            r"(?:needs?|needing|requires?|requiring|awaiting|in\s+need\s+of)\s+(?:urgent\s+)?"
            r"medical\s+evacuations?",
            r"medevac\w*",
        ),
    ),
    (
        Indicator.killed,
        (
            r"killed|killing|kills|dead|died|dying|die|deaths?|death\s+toll",
            r"lost\s+their\s+lives|fatalities|slain|bodies",
        ),
    ),
    (Indicator.injured, (r"wounded|injured|wounding|injuring|injuries|hurt",)),
    (Indicator.missing, (r"missing|unaccounted\s+for",)),
    (
        Indicator.refugees,
        (r"refugees|crossed\s+(?:the\s+border\s+)?into|across\s+the\s+border|asylum[\s-]seekers",),
    ),
    (
        Indicator.displaced,
        (
            r"displaced|displacement|fled|fleeing|flee|uprooted|sheltering|in\s+shelters",
            r"lost\s+their\s+homes|(?:left|made)\s+homeless|homeless|from\s+their\s+homes",
            r"on\s+the\s+move",
        ),
    ),
    (Indicator.evacuated, (r"evacuated|evacuations?|evacuating|airlifted|flown\s+out",)),
    (
        Indicator.besieged_or_trapped_population,
        (r"besieged|trapped|threatened|under\s+siege|encircled|cut\s+off|stranded",),
    ),
    (
        Indicator.people_in_need,
        (
            r"in\s+need|food[\s-]insecure",
            r"need(?:s|ing)?\s+(?:\w+\s+)?(?:aid|assistance|relief|help|protection|support)",
        ),
    ),
    (
        Indicator.people_reached,
        (r"reached|received\s+(?:aid|assistance|food|help)|assisted|benefited|served",),
    ),
    (
        Indicator.detained,
        (
            r"arrested|detained|detention|abducted|kidnapped|imprisoned|captives?|hostages",
            r"held\s+captive|held\s+hostage|taken\s+captive|(?<![-\w])held",
        ),
    ),
    (
        Indicator.other,
        (
            r"(?:suspected\s+|confirmed\s+)?cases|(?:civilian\s+)?casualties",
            r"health\s+workers|aid\s+workers|affected|disappeared|destroyed|damaged",
        ),
    ),
]
_TERRITORY = re.compile(
    r"\b(?:territory|seized|seize|captured|capture|control(?:s|led)?|held|retaken|recaptured|lost)\b",
    re.IGNORECASE,
)
CUE_RE = re.compile(
    "|".join(rf"(?P<c{i}>\b(?:{'|'.join(p)})\b)" for i, (_, p) in enumerate(_CUES)),
    re.IGNORECASE,
)
_NOT_PEOPLE = re.compile(
    r"\W*(?:\w+\s+)?(?:bus(?:es)?|vehicles?|trucks?|lorries|cars?|convoys?|dams?|surveys?|facilities|"
    r"flights?|planes?|aircraft|tanks?|rockets?|missiles?|shells?|bombs?|air\s*strikes|strikes|"
    r"countries|nations|governorates|districts|neighbou?rhoods|cities|towns|villages|times|miles|"
    r"kilometres|kilometers|km|metres|meters|tonnes|tons|votes|seats|members|languages|truces|"
    r"ceasefires|agencies|organisations|organizations|camps|sites|shelters|weeks|years|months|days)\b",
    re.IGNORECASE,
)
_COMBATANTS = re.compile(r"\W*(?:\w+\s+)?(?:fighters|militants|troops|combatants|gunmen)\b", re.I)
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


def find_cues(sentence: str) -> list[Cue]:
    """Every cue phrase in the sentence, longest alternative first."""
    cues: list[Cue] = []
    for m in CUE_RE.finditer(sentence):
        index = int(m.lastgroup[1:]) if m.lastgroup else 0
        cues.append(Cue(m.start(), m.end(), _CUES[index][0], m.group()))
    return cues


def assign(
    sentence: str,
    quantity: Quantity,
    cues: Sequence[Cue],
    blockers: Sequence[Quantity],
) -> Assignment | None:
    """The indicator of one quantity, or None when it is not a humanitarian figure.

    `blockers` are the other quantities of the sentence that a cue may not reach past.
    """
    if quantity.kind == "duration":
        return None
    after = sentence[quantity.end : quantity.end + 40]
    if _NOT_PEOPLE.match(after) and quantity.kind == "count":
        return None
    best: Assignment | None = None
    for cue in cues:
        if cue.end <= quantity.start:
            distance = quantity.start - cue.end
            if distance > _BEFORE_REACH or _between(blockers, cue.end, quantity.start):
                continue
        elif cue.start >= quantity.end:
            distance = cue.start - quantity.end
            if distance > _AFTER_REACH or _between(blockers, quantity.end, cue.start):
                continue
            distance = max(0, distance - 3)
        else:
            continue
        if _crosses_clause(sentence, min(cue.end, quantity.end), max(cue.start, quantity.start)):
            continue
        if best is None or distance < best.distance:
            best = Assignment(cue.indicator, cue, distance)
    if quantity.kind == "percent":
        return _percent(sentence, quantity, best)
    if best is None:
        return None
    if (
        best.indicator is not Indicator.killed
        and best.indicator is not Indicator.injured
        and _COMBATANTS.match(after)
    ):
        return None
    return best


def confidence(assignment: Assignment, vague: bool) -> float:
    """How sure the indicator is: a cue next to the number is surer than one a clause away."""
    score = 0.9 if assignment.distance <= _NEAR else 0.7
    if assignment.indicator is Indicator.other:
        score -= 0.3
    if vague:
        score -= 0.1
    return round(score, 2)


def _percent(sentence: str, quantity: Quantity, best: Assignment | None) -> Assignment | None:
    """A percentage is territory when the clause is about seizing or holding ground."""
    window = sentence[max(0, quantity.start - 40) : quantity.end + 40]
    territory = _TERRITORY.search(window)
    if territory is not None:
        cue = Cue(0, 0, Indicator.territory_control_percent, territory.group())
        return Assignment(Indicator.territory_control_percent, cue, 0)
    if best is not None and best.indicator is Indicator.other:
        return best
    return None


def _between(blockers: Sequence[Quantity], start: int, end: int) -> bool:
    return any(start <= b.start and b.end <= end for b in blockers)


_CLAUSE_BREAK = re.compile(r";|\s[-–—]\s|:\s|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)


def _crosses_clause(sentence: str, start: int, end: int) -> bool:
    return start < end and _CLAUSE_BREAK.search(sentence, start, end) is not None
