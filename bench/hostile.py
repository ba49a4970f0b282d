"""The worst input of each hostile kind (issue 13): what sitrep says, how long, how much memory.

Writes each attack into bench/data/hostile/, runs `sitrep validate` or `sitrep extract`
on it in a fresh process held to 3 GB of address space and a time limit, and prints
one line per attack: exit code, seconds, peak RSS, and the first problem reported.
`--tree DIR` runs another checkout's sitrep (for the figures before a change).

Run: .venv/bin/python bench/hostile.py [--tree DIR] [--only NAME] [--timeout S]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook

DATA = Path(__file__).parent / "data" / "hostile"
HEADER = "Date,Area,IDPs,Source\n"
ROWS = 1_000_000
LIMIT = 3 * 2**30


def _rows(line: Callable[[int], str], rows: int = ROWS) -> str:
    return HEADER + "".join(line(i) for i in range(rows))


def _csv(name: str, text: str, newline: str = "\n") -> Path:
    path = DATA / name
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def ragged() -> Path:
    """A million rows, one in a thousand with an unquoted 31,500: the slow, careful path."""
    return _csv(
        "ragged.csv",
        _rows(lambda i: f"2016-12-08,site {i},{'31,500' if i % 1000 == 7 else '3150'},UN\n"),
    )


def cr_only() -> Path:
    """A million rows saved as 'CSV (Macintosh)': CR line ends only."""
    return _csv("cr-only.csv", _rows(lambda i: f"2016-12-08,site {i},3150,UN\n"), "\r")


def invisible() -> Path:
    """A million rows with a zero-width space in every source and a bidi mark in every area."""
    return _csv("invisible.csv", _rows(lambda i: f"2016-12-08,\u200esite {i},3150,U\u200bN\n"))


def wide_header() -> Path:
    return _csv("wide.csv", ",".join(f"c{i}" for i in range(1_000_000)) + "\n1\n")


def long_cell() -> Path:
    return _csv("long-cell.csv", HEADER + "2016-12-08,east Aleppo,35000," + "UN " * 800_000 + "\n")


def _book(path: Path, far: str | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Date", "Area", "IDPs", "Source"])
    sheet.append(["2016-12-08", "east Aleppo", 35000, "UN"])
    if far:
        sheet[far] = 1
    book.save(path)
    return path


def far_cell() -> Path:
    return _book(DATA / "xfd1048576.xlsx", "XFD1048576")


def zip_bomb() -> Path:
    """A 16 MB-class bomb: the sheet's XML is 2 GB of whitespace."""
    small = _book(DATA / "small.xlsx")
    path = DATA / "bomb.xlsx"
    with zipfile.ZipFile(small) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename != "xl/worksheets/sheet1.xml":
                out.writestr(info, data)
                continue
            head, tail = data.split(b"<sheetData>")
            with out.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
                member.write(head + b"<sheetData>")
                for _ in range(2048):
                    member.write(b" " * 2**20)
                member.write(tail)
    return path


def fifo() -> Path:
    path = DATA / "pipe.csv"
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    return path


def dev_zero() -> Path:
    path = DATA / "zero.csv"
    path.unlink(missing_ok=True)
    path.symlink_to("/dev/zero")
    return path


def utf16_odd() -> Path:
    path = DATA / "utf16-odd.csv"
    path.write_bytes((HEADER + "2016-12-08,x,1,y\n").encode("utf-16") + b"\x00")
    return path


def json_digits() -> Path:
    path = DATA / "digits.json"
    path.write_text('[{"Date": "2016-12-08", "Area": "x", "IDPs": ' + "9" * 5000 + "}]")
    return path


def json_deep() -> Path:
    path = DATA / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    return path


def alias_bomb() -> Path:
    path = DATA / "alias-bomb.md"
    levels = ["a: &a [" + ",".join(['"lol"'] * 9) + "]"]
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        levels.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path.write_text("---\n" + "\n".join(levels) + "\ntitle: *i\n---\nShelling killed 61 people.\n")
    return path


def nested_html() -> Path:
    path = DATA / "nested.html"
    n = 100_000
    path.write_text(
        "<html><body>" + "<blockquote>" * n + "<p>Shelling killed 61 people.</p>"
        "" + "</blockquote>" * n + "</body></html>"
    )
    return path


def fifo_article() -> Path:
    path = DATA / "pipe.txt"
    path.unlink(missing_ok=True)
    os.mkfifo(path)
    return path


ATTACKS: dict[str, tuple[Callable[[], Path], str]] = {
    "csv: 1M rows, 1,000 unquoted 31,500": (ragged, "validate"),
    "csv: 1M rows, CR line ends only": (cr_only, "validate"),
    "csv: 1M rows, invisible chars in 2M cells": (invisible, "validate"),
    "csv: 10^6-column header": (wide_header, "validate"),
    "csv: 2.4 MB cell": (long_cell, "validate"),
    "csv: FIFO": (fifo, "validate"),
    "csv: symlink to /dev/zero": (dev_zero, "validate"),
    "csv: odd-length UTF-16": (utf16_odd, "validate"),
    "json: 5,000-digit number": (json_digits, "validate"),
    "json: 100,000 deep": (json_deep, "validate"),
    "xlsx: one cell at XFD1048576": (far_cell, "validate"),
    "xlsx: zip bomb, 2 GB sheet XML": (zip_bomb, "validate"),
    "article: YAML alias bomb": (alias_bomb, "extract"),
    "article: 100,000 nested blockquotes": (nested_html, "extract"),
    "article: FIFO": (fifo_article, "extract"),
}


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def run(tree: Path, command: str, path: Path, timeout: float) -> dict[str, object]:
    """Run one command under /usr/bin/time, killed with its whole group at the timeout."""
    peak_file = DATA / "peak.txt"
    args = ["/usr/bin/time", "-f", "%M", "-o", str(peak_file)]
    args += [sys.executable, "-m", "sitrep", command, str(path)]
    if command == "validate":
        args.append("--format=json")
    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "200"}
    started = time.perf_counter()
    child = subprocess.Popen(
        args,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=_limit,
        start_new_session=True,
    )
    try:
        stdout, stderr = child.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        return {"exit": "timeout", "seconds": timeout, "said": f"no answer in {timeout:.0f} s"}
    seconds = time.perf_counter() - started
    lines = peak_file.read_text().split()
    peak = int(lines[-1]) // 1024 if lines and lines[-1].isdigit() else "?"
    said = stderr.strip().splitlines()[-1:]
    if "Traceback" in stderr:
        said = ["traceback: " + " ".join(said)]
    elif command == "validate" and child.returncode in (0, 1):
        problems = json.loads(stdout)["problems"]
        said = [f"{len(problems)} problem(s); first: {problems[0]['code']}: "
                f"{problems[0]['message']}"] if problems else ["0 problems"]  # fmt: skip
    elif command == "extract" and child.returncode in (0, 1):
        said = stderr.strip().splitlines()[:1] or [stdout[:100]]
    return {"exit": child.returncode, "seconds": seconds, "peak_mb": peak, "said": " ".join(said)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--tree", type=Path, default=Path(__file__).parents[1])
    parser.add_argument("--only", help="run the attacks whose name contains this")
    parser.add_argument("--timeout", type=float, default=120)
    options = parser.parse_args()
    DATA.mkdir(parents=True, exist_ok=True)
    for name, (make, command) in ATTACKS.items():
        if options.only and options.only not in name:
            continue
        path = make()
        result = run(options.tree, command, path, options.timeout)
        peak = f"{result['peak_mb']:>6} MB" if "peak_mb" in result else "     – MB"
        print(
            f"{name:<44} exit {result['exit']!s:<7} {result['seconds']:>7.2f} s {peak}  "
            f"{str(result['said'])[:150]}",
            flush=True,
        )


if __name__ == "__main__":
    main()
