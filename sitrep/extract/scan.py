"""A faster scan for the word alternations the recognisers search whole sentences with.

Python's regex engine tries every alternative of `\\b(?:said|says|…)\\b` at every
position of the sentence. A lookahead on the letters the alternatives start with lets it
reject most positions after one character test, and alternatives grouped by their first
letters (a prefix tree) let it try a few branches where it would try them all; what the
pattern matches is unchanged.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sitrep import patterns

_OPENING = "\\b(?:"
_Node = dict[str, "_Node"]
"""A prefix tree of words: letter → the rest; the key "" marks a word's end."""


def letters_first(pattern: str) -> str:
    """`pattern` behind a lookahead on its alternatives' first letters, when it opens with
    one group of alternatives that each open with a plain letter ('\\b(?:shell\\w*|attack\\w*)\\b',
    '\\b(?:my|her|his)\\s+$'); its groups `factored` either way."""
    if not pattern.startswith(_OPENING):
        return factored(pattern)
    close = _closing(pattern, len(_OPENING))
    if close is None or pattern[close + 1 : close + 2] in _OPTIONAL:
        return factored(pattern)
    letters = first_letters(pattern[len(_OPENING) : close])
    lookahead = "" if letters is None else f"(?=[{letters}])"
    return lookahead + factored(pattern)


_OPTIONAL = {"?", "*", "{"}


def guarded(alternatives: Sequence[str]) -> str:
    """`a1|a2|…` with each alternative behind a lookahead on the letters it starts with,
    where `first_letters` knows them: at a position where an alternative cannot start,
    the engine drops it after one character test instead of entering its groups. What the
    alternation matches is unchanged."""
    return "|".join(
        a if (letters := first_letters(a)) is None else f"(?=[{letters}])" + a for a in alternatives
    )


def first_letters(alternation: str) -> str | None:
    """The letters, in both cases, that every match of `alternation` starts with, or None
    when an alternative may start otherwise (a class, an escape, an optional first part)."""
    found: set[str] = set()
    alternatives = _top_level(alternation)
    if alternatives is None:
        return None
    for alternative in alternatives:
        if alternative.startswith(("(?:", "(?P<")):
            body = 3 if alternative.startswith("(?:") else alternative.find(">") + 1
            close = _closing(alternative, body)
            if body == 0 or close is None or alternative[close + 1 : close + 2] in _OPTIONAL:
                return None
            inner = first_letters(alternative[body:close])
            if inner is None:
                return None
            found.update(inner)
            continue
        first = alternative[:1]
        if not first.isalpha() or alternative[1:2] in _OPTIONAL:
            return None
        found.update((first, first.lower(), first.upper()))
    return "".join(sorted(found))


_SHAPE = patterns.compile(r"\\[\s\S]?|\[(?:\\[\s\S]?|[^\]\\])*\]?|[()|]")
"""What shapes a pattern's groups: `(`, `)` and `|`, each found on its own, and, matched
whole so that what they hold is passed over, an escape (a backslash and the character
after it) and a character class (up to the first `]` not escaped). One search a token
rather than a Python step a character: the recognisers' alternations are scanned again
at every level of `factored`, and the character loop was 5 ms of the first article."""


def _closing(pattern: str, start: int) -> int | None:
    """Where the group whose body starts at `start` closes."""
    depth = 0
    for token in _SHAPE.finditer(pattern, start):
        ch = token.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return token.start()
            depth -= 1
    return None


def _top_level(body: str) -> list[str] | None:
    """The alternatives of a group's body, or None when the body does not nest properly
    (then the pattern is more than one group)."""
    parts: list[str] = []
    depth = 0
    start = 0
    for token in _SHAPE.finditer(body):
        ch = token.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(body[start : token.start()])
            start = token.end()
    if depth:
        return None
    parts.append(body[start:])
    return parts


def literal_alternation(words: Sequence[str]) -> str:
    """`w1|w2|…` for literal words, written as a prefix tree ('seven(?:teen|ty)?|six'),
    so the engine drops a position after a letter or two instead of trying every word.

    The tree tries a word's longer continuations before the word itself; it matches what
    the plain alternation matches only when every word that is a prefix of another comes
    after it, and all are lower case (a tree does not merge 'A' with 'a'): otherwise the
    plain alternation is returned.
    """
    plain = "|".join(map(re.escape, words))
    if any(w != w.lower() or not w for w in words):
        return plain
    for i, word in enumerate(words):
        if any(word.startswith(later) and word != later for later in words[:i]):
            return plain
    root: _Node = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _tree(root)


def _tree(node: _Node) -> str:
    branches = [re.escape(ch) + _tree(child) for ch, child in node.items() if ch]
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + "|".join(branches) + ")?" if branches else ""


_QUANTIFIERS = frozenset("?*+{")


def factored(pattern: str) -> str:
    """`pattern` with the alternatives of each group grouped by their first letter
    ('(?:shell\\w*|attack\\w*|strikes?|shot)' → '(?:s(?:hell\\w*|trikes?|hot)|attack\\w*)'), level
    by level, so the engine tries a handful of branches at each position instead of all.

    What it matches is unchanged: only alternatives that start with different letters
    (in either case), which can never both match at one position, change places; an
    alternative that starts otherwise stays where it is and nothing moves past it, and a
    group whose alternatives start with one letter in two cases is left as written.
    """
    out, _ = _rewrite(pattern, 0)
    return out


def _rewrite(pattern: str, i: int) -> tuple[str, int]:
    """The pattern from `i` to the `)` closing the current group (or the end), with every
    group inside it factored; returns it and where it stopped."""
    parts: list[str] = []
    while i < len(pattern):
        ch = pattern[i]
        if ch == ")":
            break
        if ch == "\\":
            parts.append(pattern[i : i + 2])
            i += 2
        elif ch == "[":
            end = _class_end(pattern, i)
            parts.append(pattern[i:end])
            i = end
        elif ch == "(":
            head = _group_head(pattern, i)
            body, i = _rewrite(pattern, i + len(head))
            if head != "(?P=":
                body = _factor(_top_level(body) or [body])
            parts.append(head + body + ")")
            i += 1
        else:
            parts.append(ch)
            i += 1
    return "".join(parts), i


def _class_end(pattern: str, i: int) -> int:
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_head(pattern: str, i: int) -> str:
    """'(', '(?:', '(?=', '(?<!', '(?P<name>', '(?-i:': what opens the group at `i`."""
    if pattern[i + 1 : i + 2] != "?":
        return "("
    if pattern.startswith("(?P<", i):
        return pattern[i : pattern.index(">", i) + 1]
    for opening in ("(?:", "(?=", "(?!", "(?<=", "(?<!", "(?P="):
        if pattern.startswith(opening, i):
            return opening
    j = i + 2
    while j < len(pattern) and pattern[j] not in ":)":
        j += 1
    return pattern[i : j + 1] if pattern[j : j + 1] == ":" else pattern[i:j]


def _factor(alternatives: list[str]) -> str:
    heads = [_letter_head(a) for a in alternatives]
    seen: dict[str, str] = {}
    for head in heads:
        if head is not None and seen.setdefault(head.lower(), head) != head:
            return "|".join(alternatives)
    out: list[str] = []
    run: dict[str, list[str]] = {}
    for alternative, head in zip(alternatives, heads, strict=True):
        if head is None:
            out.extend(_grouped(run))
            run = {}
            out.append(alternative)
        else:
            run.setdefault(head, []).append(alternative[1:])
    out.extend(_grouped(run))
    return "|".join(out)


def _grouped(run: dict[str, list[str]]) -> list[str]:
    return [
        head + rests[0] if len(rests) == 1 else f"{head}(?:{_factor(rests)})"
        for head, rests in run.items()
    ]


def _letter_head(alternative: str) -> str | None:
    """The plain ASCII letter an alternative opens with, unless a quantifier follows it."""
    first = alternative[:1]
    if not (first.isascii() and first.isalpha()) or alternative[1:2] in _QUANTIFIERS:
        return None
    return first


_NON_ASCII = patterns.compile(r"[^\x00-\x7f]")


def lowered_alike(text: str) -> str | None:
    """`text` in lower case, when a lower-case pattern matched on it with regard to case
    matches exactly where the same pattern matches `text` without regard to case: ASCII
    text, or text whose other characters have no case (curly quotes, dashes). Case-blind
    matching is several times slower; None where letters such as 'É' or 'ſ' would need
    Unicode's case folding."""
    if not text.isascii() and any(
        ch.lower() != ch or ch.upper() != ch for ch in _NON_ASCII.findall(text)
    ):
        return None
    return text.lower()


_last_lowered: tuple[str, str | None] = ("", "")


def lowered_once(text: str) -> str | None:
    """`lowered_alike(text)`, kept for the last text asked about: the recognisers ask again
    for the same sentence, once for each of its numbers. The text itself is kept, so
    the one asked about next is that text only if it is the same object."""
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    low = lowered_alike(text)
    _last_lowered = (text, low)
    return low


def lowered(text: str) -> str:
    """`text.lower()`, taken from `lowered_once` where the text lowers alike (then the
    two are the same string): a sentence is lowered once for every recogniser."""
    low = lowered_once(text)
    return text.lower() if low is None else low


def finditer_alike(
    blind: re.Pattern[str], cased: re.Pattern[str], text: str, low: str | None, pos: int = 0
) -> Iterator[re.Match[str]]:
    """`blind.finditer(text, pos)` (a case-blind pattern), found with `cased` (the same
    pattern with regard to case) in `low`, the text `lowered_alike` gives, and matched
    again where each starts in `text`: the same matches, faster."""
    if low is None:
        yield from blind.finditer(text, pos)
        return
    for found in cased.finditer(low, pos):
        m = blind.match(text, found.start())
        if m is not None:
            yield m


_MOST_NEEDLES = 24
"""More literals than this cost more `in` tests than the one regex scan they would spare."""
_SHORTEST_NEEDLE = 3
"""Literals shorter than this occur in nearly every sentence: they spare no scan."""
_Strings = frozenset[str]


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literal strings one of which every match of `pattern` contains (in lower case when
    the pattern ignores case), or None when there is no short list of them.

    A sentence that holds none of them cannot match, and a few `in` tests are much
    cheaper than a regex search over it: a prefilter that changes no result. Only what
    the pattern consumes counts (lookarounds are passed over); text to be tested against
    the needles of a case-blind pattern must be `lowered_alike`, so that no case folding
    outside ASCII can make a match the lowered needles miss.
    """
    parser = importlib.import_module("re._parser")
    blind = bool(pattern.flags & re.IGNORECASE)
    found = _required(parser, parser.parse(pattern.pattern, pattern.flags).data, blind)
    if found is None or len(found) > _MOST_NEEDLES or min(map(len, found)) < _SHORTEST_NEEDLE:
        return None
    return tuple(sorted(n for n in found if not any(o != n and o in n for o in found)))


def holds_none(found: tuple[str, ...] | None, text: str | None) -> bool:
    """Whether `text` holds none of the `needles` of a pattern, so the pattern cannot match
    it; False when that cannot be told (no needles, or text not `lowered_alike`)."""
    return found is not None and text is not None and not holds_any(text, found)


def holds_any(text: str, words: Sequence[str]) -> bool:
    """Whether `text` holds any of `words`: the prefilter of many searches, run for every
    sentence, so a plain loop rather than a generator."""
    for word in words:  # noqa: SIM110 - `any()` over a generator is the slower form here
        if word in text:
            return True
    return False


def _required(parser: Any, items: list[tuple[Any, Any]], blind: bool) -> _Strings | None:
    """Strings one of which every match of the sequence `items` contains, the best of
    those each of its parts gives (the longest shortest string, then the fewest)."""
    c = parser
    best: _Strings | None = None
    run: _Strings | None = frozenset({""})

    def keep(option: _Strings | None) -> None:
        nonlocal best
        if option is None or not option or "" in option:
            return
        if best is None or (min(map(len, option)), -len(option)) > (
            min(map(len, best)),
            -len(best),
        ):
            best = option

    for op, av in items:
        exact = _exact(c, op, av, blind)
        if exact is not None:
            run = _joined(run, exact)
            continue
        keep(_joined(run, _leading(c, op, av, blind)))
        keep(run)
        run = frozenset({""})
        if op is c.BRANCH:
            options = [_required(c, alternative.data, blind) for alternative in av[1]]
            if all(option is not None for option in options):
                keep(frozenset().union(*(o for o in options if o is not None)))
        elif op is c.SUBPATTERN:
            keep(_required(c, av[-1].data, blind))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            keep(_required(c, av[2].data, blind))
        elif op is c.ATOMIC_GROUP:
            keep(_required(c, av.data, blind))
    keep(run)
    return best


def _joined(run: _Strings | None, exact: _Strings) -> _Strings | None:
    """Every string of `run` followed by every string of `exact`, while they stay few."""
    if run is None or len(run) * len(exact) > _MOST_NEEDLES:
        return None
    return frozenset(a + b for a in run for b in exact)


def _exact(c: Any, op: Any, av: Any, blind: bool) -> _Strings | None:
    """The strings a part of a pattern can match, when they are few and plain literals
    ('' for what consumes nothing: anchors and lookarounds); None otherwise."""
    if op is c.LITERAL:
        ch = chr(av)
        if not blind:
            return frozenset({ch})
        if ch.isascii() or ch.lower() == ch.upper():
            return frozenset({ch.lower()})
        return None
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset({""})
    if op is c.SUBPATTERN:
        return _exact_sequence(c, av[-1].data, blind)
    if op is c.BRANCH:
        options = [_exact_sequence(c, alternative.data, blind) for alternative in av[1]]
        if any(option is None for option in options):
            return None
        union = frozenset().union(*(o for o in options if o is not None))
        return union if len(union) <= _MOST_NEEDLES else None
    if op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
        inner = _exact_sequence(c, av[2].data, blind)
        return None if inner is None else inner | {""}
    return None


def _exact_sequence(c: Any, items: list[tuple[Any, Any]], blind: bool) -> _Strings | None:
    run: _Strings | None = frozenset({""})
    for op, av in items:
        exact = _exact(c, op, av, blind)
        if exact is None:
            return None
        run = _joined(run, exact)
        if run is None:
            return None
    return run


def _leading(c: Any, op: Any, av: Any, blind: bool) -> _Strings:
    """The literal strings a part of a pattern that is no plain literal opens with ('' where
    an alternative opens otherwise): what a literal run before it continues into."""
    if op is c.SUBPATTERN:
        return _leading_sequence(c, av[-1].data, blind)
    if op is c.BRANCH:
        union = frozenset().union(*(_leading_sequence(c, a.data, blind) for a in av[1]))
        return union if len(union) <= _MOST_NEEDLES else frozenset({""})
    return frozenset({""})


def _leading_sequence(c: Any, items: list[tuple[Any, Any]], blind: bool) -> _Strings:
    run: _Strings = frozenset({""})
    for op, av in items:
        exact = _exact(c, op, av, blind)
        joined = _joined(run, exact if exact is not None else _leading(c, op, av, blind))
        if joined is None:
            return run
        run = joined
        if exact is None:
            return run
    return run


@dataclass(frozen=True, slots=True)
class Alike:
    """A case-blind pattern and its twin with regard to case: on text that lowers alike,
    the twin is searched in the lowered text and the blind pattern only matched again
    where the twin found something, for the same match; case-blind matching is several
    times slower, and most searches find nothing. The pattern must be written in lower
    case (`Alike.of` refuses one that is not)."""

    blind: re.Pattern[str]
    cased: re.Pattern[str]

    @classmethod
    def of(cls, pattern: str) -> Alike:
        if not _lower_case(_without_group_names(pattern)):
            raise ValueError(f"not a lower-case pattern: {pattern[:60]!r}")
        return cls(patterns.compile(pattern, re.IGNORECASE), patterns.compile(pattern))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        low = lowered_once(text)
        if low is None:
            return self.blind.search(text, pos, end)
        found = self.cased.search(low, pos, end)
        return None if found is None else self.blind.match(text, found.start(), end)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(text) if endpos is None else endpos
        low = lowered_once(text)
        if low is None:
            return self.blind.match(text, pos, end)
        return None if self.cased.match(low, pos, end) is None else self.blind.match(text, pos, end)


_CLASS = patterns.compile(r"\[\^?\]?(?:\\.|[^\]])*\]")


def _lower_case(pattern: str) -> bool:
    """No capital letter outside classes, and every capital in a class beside its small
    letter ('(?=[Nn])', which `letters_first` writes): the pattern matches lowered text as
    it matches any text without regard to case."""
    for cls in _CLASS.findall(pattern):
        if any(ch.lower() not in cls for ch in cls if ch != ch.lower()):
            return False
    return all(ch == ch.lower() for ch in _CLASS.sub("", pattern))


_GROUP_NAME = patterns.compile(r"\(\?P[<=]\w+>?|\\[A-Za-z]")


def _without_group_names(pattern: str) -> str:
    """`pattern` without its group names and escapes ('(?P<Name>', '\\W'), whose letters
    are no literals."""
    return _GROUP_NAME.sub("", pattern)
