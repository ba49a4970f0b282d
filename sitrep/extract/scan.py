"""A faster scan for the word alternations the recognisers search whole sentences with.

Python's regex engine tries every alternative of `\\b(?:said|says|…)\\b` at every
position of the sentence. A lookahead on the letters the alternatives start with lets it
reject most positions after one character test; what the pattern matches is unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

_OPENING = "\\b(?:"


def letters_first(pattern: str) -> str:
    """`pattern` behind a lookahead on its alternatives' first letters, when it opens with
    one group of alternatives that each open with a plain letter ('\\b(?:shell\\w*|attack\\w*)\\b',
    '\\b(?:my|her|his)\\s+$'); any other pattern is returned as it is."""
    if not pattern.startswith(_OPENING):
        return pattern
    close = _closing(pattern, len(_OPENING))
    if close is None or pattern[close + 1 : close + 2] in _OPTIONAL:
        return pattern
    letters = first_letters(pattern[len(_OPENING) : close])
    return pattern if letters is None else f"(?=[{letters}])" + pattern


_OPTIONAL = {"?", "*", "{"}


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


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """The characters of `pattern` from `start` that shape its groups: those outside
    escapes and character classes, with their positions."""
    in_class = False
    i = start
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            yield i, ch
        i += 1


def _closing(pattern: str, start: int) -> int | None:
    """Where the group whose body starts at `start` closes."""
    depth = 0
    for i, ch in _structure(pattern, start):
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return i
            depth -= 1
    return None


def _top_level(body: str) -> list[str] | None:
    """The alternatives of a group's body, or None when the body does not nest properly
    (then the pattern is more than one group)."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, ch in _structure(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
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
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _tree(root)


def _tree(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _tree(child) for ch, child in node.items() if ch]
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + "|".join(branches) + ")?" if branches else ""
