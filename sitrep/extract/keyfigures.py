"""Key-figure panels: numbers written in a row, then the words that say what each counts.

Agency reports open with a panel of key figures; copied to text it becomes either one
line ("2.1 million 1.4 million 806,000 People affected People need assistance People
need food urgently") or one line per number followed by one line per label. Neither
has a number next to its words, so each number is paired with the label in the same
place of the labels' row, when the row has exactly as many labels as numbers.
"""

from __future__ import annotations

import re

from sitrep import patterns
from sitrep.extract.languages import Language
from sitrep.extract.numbers import Quantity, find_quantities

_GAP = patterns.compile(r"[\s+*]*")
"""What may stand between two numbers of a panel: space, '140,000+', a footnote star."""
_LABELS_END = patterns.compile(r"\s(?:Source|Sources)\s*:|[.;]\s|$")
_LINE = patterns.compile(r"[^\n]*")
_NO_DIGIT = patterns.compile(r"[^\d]*[^\W\d_][^\d]*")
_NUMBER_ONLY = patterns.compile(r"[\s+*]*")
_MAX_LABEL = 80
_MAX_NUMBER_LINE = 30
_ROW = patterns.compile(r"\d(?:[\d,.]*\d)?(?:\s*[A-Za-z]{1,8})?[\s+*]+\d")
"""Two numbers in a row ('1.4 million 806,000', '75,000+ 12'): lines without are passed
over at once."""


def panel_labels(text: str, lang: Language) -> dict[int, str]:
    """Offset in `text` of each panel number → the label that says what it counts."""
    labels: dict[int, str] = {}
    lines = [(m.start(), m.group()) for m in _LINE.finditer(text) if m.group().strip()]
    _stacked(lines, lang, labels)
    _paired(lines, lang, labels)
    for start, line in lines:
        if _ROW.search(line):
            _in_a_row(start, line, lang, labels)
    return labels


def _stacked(lines: list[tuple[int, str]], lang: Language, labels: dict[int, str]) -> None:
    """'3.8 million' / '2.7 million' / 'People to be assisted' / 'People reached': a run of
    lines that are each one number, then as many lines of words only."""
    i = 0
    while i < len(lines):
        numbers: list[tuple[int, Quantity]] = []
        while i < len(lines) and (only := _only_number(lines[i][1], lang)) is not None:
            numbers.append((lines[i][0], only))
            i += 1
        words: list[str] = []
        while (
            i < len(lines)
            and len(words) < len(numbers)
            and _NO_DIGIT.fullmatch(lines[i][1]) is not None
            and len(lines[i][1].strip()) <= _MAX_LABEL
        ):
            words.append(lines[i][1].strip())
            i += 1
        if len(numbers) >= 2 and len(words) == len(numbers):
            for (start, quantity), label in zip(numbers, words, strict=True):
                labels[start + quantity.number_start] = label
        elif not numbers:
            i += 1


def _paired(lines: list[tuple[int, str]], lang: Language, labels: dict[int, str]) -> None:
    """'39,458' / 'Households affected (DGPC)' / '3,586' / 'People evacuated (DGPC)': a run
    of at least two lines that are each one number, each followed by its label line."""
    run: list[tuple[int, str]] = []
    k = 0
    while k <= len(lines):
        pair = _number_and_label(lines, k, lang)
        if pair is not None:
            run.append(pair)
            k += 2
            continue
        if len(run) >= 2:
            labels.update((at, label) for at, label in run if at not in labels)
        run = []
        k += 1


def _number_and_label(
    lines: list[tuple[int, str]], k: int, lang: Language
) -> tuple[int, str] | None:
    if k + 1 >= len(lines) or (only := _only_number(lines[k][1], lang)) is None:
        return None
    label = lines[k + 1][1].strip()
    if _NO_DIGIT.fullmatch(label) is None or len(label) > _MAX_LABEL:
        return None
    return lines[k][0] + only.number_start, label


def _only_number(line: str, lang: Language) -> Quantity | None:
    if len(line) > _MAX_NUMBER_LINE or not any(c.isdigit() for c in line):
        return None
    quantities = find_quantities(line, lang)
    if len(quantities) != 1:
        return None
    (quantity,) = quantities
    rest = line[: quantity.start] + line[quantity.end :]
    return quantity if _NUMBER_ONLY.fullmatch(rest) else None


def _in_a_row(start: int, line: str, lang: Language, labels: dict[int, str]) -> None:
    """'2.1 million 1.4 million 806,000 People affected People need assistance People need
    food urgently': the labels are told apart by the word each begins with."""
    quantities = find_quantities(line, lang)
    i = 0
    while i < len(quantities):
        run = [quantities[i]]
        while (
            i + len(run) < len(quantities)
            and _GAP.fullmatch(line, run[-1].end, quantities[i + len(run)].start) is not None
        ):
            run.append(quantities[i + len(run)])
        i += len(run)
        if len(run) < 2:
            continue
        tail_start = run[-1].end
        while tail_start < len(line) and line[tail_start] in "+* ":
            tail_start += 1
        end = _LABELS_END.search(line, tail_start)
        tail = line[tail_start : end.start() if end else len(line)]
        head = tail.split(maxsplit=1)[0] if tail.strip() else ""
        if not head[:1].isupper():
            continue
        pieces = [p.strip() for p in re.split(rf"(?=\b{re.escape(head)}\b)", tail) if p.strip()]
        if len(pieces) == len(run) and all(len(p) <= _MAX_LABEL for p in pieces):
            for quantity, label in zip(run, pieces, strict=True):
                labels[start + quantity.number_start] = label
