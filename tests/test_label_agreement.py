"""bench/label_agreement.py: two hand-label sets of the same articles compared with
extract_quality's matching rules (indicator, value, overlapping span), and what a reader
is shown where they disagree."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"

TEXT = (
    "Floods in the valley left 12 people dead and about 300 families homeless. "
    "Rescuers said 4 people were missing on Monday, while 40 were taken to hospital."
)


def _label(
    quote: str, indicator: str, value: int | list[int], **extra: object
) -> dict[str, object]:
    start = TEXT.index(quote)
    return {
        "indicator": indicator,
        "value": value,
        "qualifier": extra.get("qualifier", "exact"),
        "source": extra.get("source", []),
        "date": extra.get("date", "2031-05-05"),
        "span": [start, start + len(quote)],
        "sha256": hashlib.sha256(" ".join(quote.split()).encode()).hexdigest()[:12],
    }


def _write(folder: Path, labels: list[dict[str, object]]) -> None:
    folder.mkdir()
    body = {"id": "x01", "labels": labels}
    (folder / "x01.json").write_text(json.dumps(body), encoding="utf-8")


@pytest.fixture
def sets(tmp_path: Path) -> list[str]:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "x01.txt").write_text(TEXT, encoding="utf-8")
    _write(
        tmp_path / "first",
        [
            _label("12 people dead", "killed", 12, source=["the governor"]),
            _label("about 300 families homeless", "displaced", 300, qualifier="approx"),
            _label("4 people were missing", "missing", 4, date="2031-05-04"),
            _label("40 were taken to hospital", "other", 40),
        ],
    )
    _write(
        tmp_path / "second",
        [
            # the same figure, a shorter span that overlaps, another of the source's names
            _label("12 people", "killed", 12, source=["Governor", "the governor"]),
            # same place, another value: not a match on either side
            _label("about 300 families", "displaced", 250, qualifier="approx"),
            # matched, but qualifier and date differ (month only still covers the 4th)
            _label("4 people were missing", "missing", 4, qualifier="at_least", date="2031-05"),
            # the same value under another indicator: no match
            _label("40 were taken to hospital", "injured", 40),
        ],
    )
    return [
        "--first",
        str(tmp_path / "first"),
        "--second",
        str(tmp_path / "second"),
        "--texts",
        str(tmp_path / "texts"),
    ]


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-X", "importtime", str(BENCH / "label_agreement.py"), *args],
        capture_output=True,
        text=True,
        check=True,
    )


def test_counts_matches_and_scores_the_second_set_against_the_first(sets: list[str]) -> None:
    out = _run(sets).stdout.splitlines()
    rows = {line.split()[0]: line.split()[1:] for line in out[2:8]}
    # first, second, matched, precision, recall, f1
    assert rows["killed"] == ["1", "1", "1", "1.00", "1.00", "1.00"]
    assert rows["displaced"] == ["1", "1", "0", "0.00", "0.00", "0.00"]
    assert rows["injured"] == ["0", "1", "0", "0.00", "1.00", "0.00"]
    assert rows["other"] == ["1", "0", "0", "1.00", "0.00", "0.00"]
    assert rows["POOLED"] == ["4", "4", "2", "0.50", "0.50", "0.50"]
    assert (
        "on the 2 matched pairs: qualifier same 0.50 (1), source same 1.00 (2), "
        "date same 1.00 (2)" in out
    )


def test_lists_each_side_unmatched_labels_with_their_quotes(sets: list[str]) -> None:
    out = _run(sets).stdout
    only_first = out.split("only in first/ (2)")[1].split("only in second/")[0]
    assert "x01: displaced 300 approx 'about 300 families homeless'" in only_first
    assert "x01: other 40 exact '40 were taken to hospital'" in only_first
    only_second = out.split("only in second/ (2)")[1].split("matched, differing")[0]
    assert "x01: displaced 250 approx 'about 300 families'" in only_second
    assert "x01: injured 40 exact '40 were taken to hospital'" in only_second
    assert "x01: missing 4 exact '4 people were missing': qualifier" in out


def test_a_source_or_a_day_that_differs_is_counted_apart(sets: list[str], tmp_path: Path) -> None:
    labels = json.loads((tmp_path / "second" / "x01.json").read_text(encoding="utf-8"))
    labels["labels"][0]["source"] = []
    labels["labels"][2]["date"] = "2031-05-06"
    (tmp_path / "second" / "x01.json").write_text(json.dumps(labels), encoding="utf-8")
    out = _run(sets).stdout
    assert "qualifier same 0.50 (1), source same 0.50 (1), date same 0.50 (1)" in out


def test_never_loads_the_extractor(sets: list[str]) -> None:
    imported = _run(sets).stderr
    assert "sitrep.extract" not in imported
    assert "extract_quality" in imported


def test_a_span_that_no_longer_quotes_its_text_stops_the_run(
    sets: list[str], tmp_path: Path
) -> None:
    (tmp_path / "texts" / "x01.txt").write_text(TEXT.replace("12", "21"), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, str(BENCH / "label_agreement.py"), *sets], capture_output=True, text=True
    )
    assert run.returncode != 0
    assert "first/x01: span" in run.stderr
