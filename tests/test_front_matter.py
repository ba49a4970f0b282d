"""Front matter of plain `key: text` lines is read without YAML, and reads the same.

`sitrep.extract.reader` takes such lines itself (importing YAML was 12 ms of the start
of `sitrep extract`) and hands anything else to YAML's safe loader; either way the
article's title, url, outlet and date, and the error an officer reads, must be what
YAML gives.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sitrep.extract import reader
from sitrep.extract.reader import ArticleReadError, ArticleText, read_plain

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("title", "url", "outlet", "published")


def _read(content: str) -> ArticleText | str:
    try:
        return read_plain(content)
    except ArticleReadError as exc:
        return f"error: {exc}"


def _read_by_yaml(content: str, monkeypatch: pytest.MonkeyPatch) -> ArticleText | str:
    with monkeypatch.context() as patched:
        patched.setattr(reader, "_simple_front_matter", lambda block: None)
        return _read(content)


def _front_matters() -> list[Path]:
    files = sorted({*ROOT.glob("tests/data/**/*.txt"), *ROOT.glob("inputs/**/*.txt")})
    return [f for f in files if f.read_text(encoding="utf-8").startswith("---\n")]


def test_every_front_matter_we_hold_is_read_without_yaml_and_as_yaml_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = _front_matters()
    assert len(files) > 20
    for path in files:
        content = path.read_text(encoding="utf-8")
        block = content[4 : content.find("\n---", 3)]
        assert reader._simple_front_matter(block) is not None, path.name
        assert _read(content) == _read_by_yaml(content, monkeypatch), path.name


_KEYS = st.sampled_from([*FIELDS, "on", "Null", "yes", "lang", "date-time", "x_1"])
_ODD_KEYS = st.sampled_from(["-a", "a b", "1a", "?", "", "title ", "<<", "k" * 65])
_TEXT_CHARS = st.sampled_from(list("aAyYnNtTfFoOzé字 -:,#'\"\\/._09"))
_ODD_CHARS = st.sampled_from(
    [*"?[]{}&*!|>%@`+<=~", "\t", "\xa0", "\x85", "\u2028", "\ufeff", "\x7f", "\U0001f600", "\ue000"]
)
_SOME_TEXT = st.text(_TEXT_CHARS, min_size=1, max_size=12)
_ODD_TEXT = st.text(st.one_of(_TEXT_CHARS, _ODD_CHARS), max_size=12)
_VALUES = st.one_of(
    _SOME_TEXT,
    _ODD_TEXT,
    st.sampled_from(
        ["2016-12-08", "2016-02-30", "2016-12-08 10:00", "Yes", "null", "~", "42", "0x1f", "1e3"]
    ),
    st.one_of(_SOME_TEXT, _ODD_TEXT).map(lambda s: f'"{s}"'),
    st.one_of(_SOME_TEXT, _ODD_TEXT).map(lambda s: f"'{s}'"),
)
_NEAR_SIMPLE = st.one_of(
    st.tuples(_KEYS, _VALUES).map(lambda kv: f"{kv[0]}: {kv[1]}"),
    st.tuples(_KEYS, _SOME_TEXT).map(lambda kv: f"{kv[0]}: {kv[1]}"),
)
"""Lines that are, or are one character away from, lines read without YAML."""
_LINES = st.one_of(
    _NEAR_SIMPLE,
    st.tuples(_ODD_KEYS, _VALUES).map(lambda kv: f"{kv[0]}: {kv[1]}"),
    st.tuples(_KEYS, st.sampled_from([":", " :", ":  ", ": #", ":\t"]), _VALUES).map("".join),
    st.sampled_from(["", "# a comment", "  indented: x", "- item", "...", "title:"]),
)


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        st.lists(_NEAR_SIMPLE, min_size=1, max_size=4), st.lists(_LINES, min_size=1, max_size=4)
    )
)
@example(["title: Test wire desk", "published: 2016-12-08"])
@example(["outlet: True", "title: Off"])
@example(["title:  two spaces", "published:  2016-12-08"])
@example(["title: a: b"])
@example(['title: "quoted \\" escape"'])
@example(["published: '2016-12-08'", "published: 2017-01-01"])
def test_whatever_the_lines_the_article_reads_as_yaml_reads_it(lines: list[str]) -> None:
    content = "---\n" + "\n".join(lines) + "\n---\nShelling killed 61 people.\n"
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _read(content) == _read_by_yaml(content, monkeypatch)
    block = "\n".join(lines)
    simple = reader._simple_front_matter(block)
    if simple is not None:
        by_yaml = reader._yaml_front_matter(block)
        assert {k: v for k, v in by_yaml.items() if isinstance(k, str)}.items() <= simple.items()
        assert all(simple.get(k) == by_yaml.get(k) for k in FIELDS)
