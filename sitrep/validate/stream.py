"""Validate a large CSV batch by batch: the problems of the whole file, in bounded memory.

Each batch is checked cell by cell and row by row as the whole sheet is; what a batch
cannot tell alone is carried over:

- the problems of one kind in one column are listed up to the limit and counted beyond
  it across batches (`Tally`);
- totals rows stand among the sheet's first and last rows, so the last rows of each batch
  wait for the next, and a totals row is checked against the sums of every row above it;
- checks across rows (duplicates, tenfold jumps, one name per P-code) keep a few integers
  a row (or the distinct values of two columns), find the rows to report once every
  batch is read, and take those rows' text from a second reading of the batches that
  hold them (`rules.Across`).
"""

from __future__ import annotations

import contextlib
import gc
import queue
import threading
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import polars as pl

from sitrep.limits import RefusedFileError
from sitrep.models import Problem, SheetSummary
from sitrep.tables import (
    ROW,
    CsvStream,
    Sheet,
    StreamRestartError,
    Tally,
    check_cells,
    spilled_cells,
)
from sitrep.validate.columns import TOTAL_ROWS, Context, is_total, prepare, split_ends
from sitrep.validate.rules import (
    Across,
    CheckedCodes,
    Finding,
    Hits,
    Query,
    Rule,
    Subject,
    flags,
    tagged_queries,
)
from sitrep.validate.sheet import (
    Sums,
    check_totals,
    hit_problems,
    missing_columns,
    order,
    summary_of,
)

T = TypeVar("T")

_TAGS = 1_000
"""A hit's tag is its rule's position times this plus its check's position in the rule, so
problems of one cell are listed in the rules' order, as the whole sheet lists them."""


@dataclass
class Streamed:
    """What validating a streamed CSV gives: its problems in the report's order, and its sheet."""

    problems: list[Problem]
    summary: SheetSummary | None
    rows: int = 0


def validate_stream(stream: CsvStream, context: Context, rules: Sequence[Rule]) -> Streamed:
    """The file's problems as `read_table_file` and `sheet_problems` find them on the whole
    file; `StreamFallbackError` when it must be read whole after all."""
    with _collector_skips_what_exists():
        return _validate(stream, context, rules)


def _validate(stream: CsvStream, context: Context, rules: Sequence[Rule]) -> Streamed:
    while True:
        try:
            return _Pass(stream, context, rules).run()
        except StreamRestartError:
            continue
        except RefusedFileError as exc:
            return Streamed(
                [Problem(file=stream.file, code=exc.code, message=str(exc))], summary=None
            )


@contextlib.contextmanager
def _collector_skips_what_exists() -> Iterator[None]:
    """The objects that exist before (every module's, a report's so far) left out of the
    garbage collector's passes while the batches are checked: the problems made along the
    way start a full pass now and then, which would walk them all each time (30 ms of
    a million rows' 40 ms in the collector). Objects someone else froze are left as they are."""
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


@dataclass
class _Pass:
    """One reading of the file, from its first byte."""

    stream: CsvStream
    context: Context
    rules: Sequence[Rule]
    tally: Tally = field(default_factory=Tally)
    found: list[tuple[int, Problem]] = field(default_factory=list)
    states: dict[int, list[pl.DataFrame]] = field(default_factory=dict)
    across: dict[int, Across] = field(default_factory=dict)
    totals: list[int] = field(default_factory=list)
    codes: CheckedCodes = field(default_factory=CheckedCodes)
    sums: Sums | None = None
    held: set[int] = field(default_factory=set)
    """The checks that found rows in the last batch, by tag."""
    processed: int = 0
    rows: int = 0

    def run(self) -> Streamed:
        structure = self.stream.sheet
        assert structure is not None
        summary = summary_of(structure)
        head = [*self.stream.problems, *structure.problems]
        if structure.kind is None:
            for _ in self.stream.batches():  # read, so what cannot be read is said
                pass
            return Streamed(head, summary)
        self.sums = Sums.none(structure)
        total = is_total(structure)
        held: pl.DataFrame | None = None
        # closed here, whatever is raised: the thread reading ahead ends with this loop
        with contextlib.closing(_ahead(self._prepared())) as prepared:
            for sheet, frame in prepared:
                if held is not None:
                    # made one piece: the rows held back and the batch's own in several
                    # (polars reads a batch's fields in parallel pieces) would be lined up
                    # again by every query of the batch that compares columns
                    frame = pl.concat([held, frame], rechunk=True)
                    held = None
                # the last rows may be totals rows, known only once no batch follows: when
                # one of them names itself a total, they wait for the next batch; they
                # are copied, as a slice would keep their whole batch in memory. Rows that
                # do not are never totals rows, and are checked with their batch.
                if total is None or not frame.tail(TOTAL_ROWS).select(total.any()).item():
                    # made one piece, as the held rows and the batch are above
                    self._check(sheet, frame.rechunk(), last=False)
                    del sheet, frame
                    continue
                keep = max(0, frame.height - TOTAL_ROWS)
                self._check(sheet, frame.head(keep), last=False)
                tail = frame.slice(keep).to_dict(as_series=False)
                held = pl.DataFrame(tail, schema=frame.schema)
                del sheet, frame, tail  # the next batch is read without this one
        if held is not None:
            self._check(structure, held, last=True)
        self._across(structure)
        checked = [(-1, p) for p in missing_columns(structure)] + self.found
        key = order(structure)
        checked.sort(key=lambda tagged: (key(tagged[1]), tagged[0]))
        summary.rows = self.rows
        return Streamed(
            [*head, *self.tally.problems(), *(p for _, p in checked)], summary, self.rows
        )

    def _prepared(self) -> Generator[tuple[Sheet, pl.DataFrame]]:
        """Each batch read, its cells checked and its columns prepared: all the work on a
        batch that needs nothing of the batches before it but the tally of its cells."""
        for batch in self.stream.batches():
            spilled_cells(batch.sheet, batch.grid, self.tally)
            check_cells(batch.sheet, plain=batch.grid.plain, tally=self.tally)
            yield batch.sheet, prepare(batch.sheet, self.context)
            del batch

    def _check(self, sheet: Sheet, frame: pl.DataFrame, *, last: bool) -> None:
        """Check rows of the sheet in its order: totals rows, then the rules on the others."""
        assert self.sums is not None
        first = frame.head(max(0, TOTAL_ROWS - self.processed))
        ends = pl.concat([first, frame.tail(TOTAL_ROWS)]) if last else first
        self.processed += frame.height
        data, totals = split_ends(sheet, frame, ends)
        self.found.extend((-1, p) for p in check_totals(sheet, data, totals, self.sums))
        self.totals.extend(totals.get_column(ROW).to_list())
        self.sums = self.sums.plus(data)
        self.rows += data.height
        subject = Subject(sheet, data, self.context, checked=self.codes)
        # every rule's checks of the batch at once: its masks tested in one pass, and the
        # states of its checks across rows collected together
        found: list[Query] = []
        tags: list[int] = []
        states: list[tuple[int, Across]] = []
        for index, rule in enumerate(self.rules):
            if not rule.applies(subject):
                continue
            for position, query in enumerate(rule.find(subject)):
                tag = index * _TAGS + position
                if isinstance(query, Across):
                    self.across.setdefault(tag, query)
                    states.append((tag, query))
                else:
                    # a check that found rows in the batch before is queried without
                    # first testing whether it holds: it mostly does again
                    if isinstance(query, Hits) and tag in self.held:
                        query = query.query()
                    found.append(query)
                    tags.append(tag)
        self._keep(states, data)
        queries = [(tags[p], q) for p, q in tagged_queries(found)]
        problems = hit_problems(sheet, queries, data)
        self.held = {tag for tag, _ in problems}
        self.found.extend(problems)

    def _keep(self, states: list[tuple[int, Across]], frame: pl.DataFrame) -> None:
        """What each check across rows needs of these rows, beside what it has of those
        before."""
        collected = pl.collect_all(
            [query.state(frame.lazy()) for _, query in states], optimizations=flags(frame)
        )
        for (tag, query), state in zip(states, collected, strict=True):
            kept = self.states.setdefault(tag, [])
            if query.distinct and kept:
                kept[0] = pl.concat([kept[0], state]).unique(maintain_order=True)
            else:
                kept.append(state)

    def _across(self, structure: Sheet) -> None:
        """Finish the checks across rows and report what they found from the batches that
        hold those rows, read again and prepared as before (the totals rows left out)."""
        findings: list[tuple[int, Finding]] = []
        for tag, query in self.across.items():
            if self.states.get(tag):  # each state is let go once its check is finished
                findings.extend((tag, f) for f in query.finish(pl.concat(self.states.pop(tag))))
        read = [(tag, f) for tag, f in findings if not f.fields]  # their text is known
        known = [(tag, f.hits(pl.LazyFrame())) for tag, f in read]
        self.found.extend(hit_problems(structure, known, pl.DataFrame()))
        findings = [(tag, f) for tag, f in findings if f.fields]
        if not findings:
            return
        totals = pl.Series(self.totals, dtype=pl.Int64).implode()
        fields = sorted({name for _, f in findings for name in f.fields})
        for batch in self.stream.batches(fields):
            first = batch.grid.first
            last = first + batch.grid.frame.height
            wanted = [
                (tag, f)
                for tag, f in findings
                if f.rows is None or f.rows.is_between(first, last, closed="left").any()
            ]
            if not wanted:
                continue
            sheet = batch.sheet
            rows = [f.rows for _, f in wanted if f.rows is not None]
            if len(rows) == len(wanted):  # only the rows found are needed
                found = pl.concat(rows).unique().sort()
                found = found.filter(found.is_between(first, last, closed="left"))
                sheet.frame = sheet.frame.filter(pl.col(ROW).is_in(found.implode()))
            check_cells(sheet, plain=batch.grid.plain, tally=Tally())
            frame = prepare(sheet, self.context).filter(~pl.col(ROW).is_in(totals))
            if len(rows) == len(wanted):
                # a row whose read fields are all empty is not left out: its cells are empty
                frame = found.to_frame(ROW).join(frame, on=ROW, how="left")
            queries = [(tag, f.hits(frame.lazy())) for tag, f in wanted]
            self.found.extend(hit_problems(structure, queries, frame))


def _ahead(items: Generator[T]) -> Generator[T]:
    """`items`, the next one made in another thread while this one is used.

    Reading and preparing a batch and checking the one before run at once on two cores:
    polars lets go of the interpreter while it works. The next item is made only once
    this one is taken, so memory holds two batches, not three. What the thread raises is
    raised here, in order; when the caller stops early, the thread stops after the item
    it is making.
    """
    made: queue.Queue[tuple[T] | BaseException | None] = queue.Queue(maxsize=1)
    taken = threading.Semaphore(0)
    stop = threading.Event()

    def make() -> None:
        try:
            for item in items:
                made.put((item,))
                del item
                taken.acquire()
                if stop.is_set():
                    return
            made.put(None)
        except BaseException as exc:  # raised again in the caller's thread
            made.put(exc)
        finally:
            items.close()

    thread = threading.Thread(target=make, name="sitrep-read-ahead", daemon=True)
    thread.start()
    try:
        while (got := made.get()) is not None:
            taken.release()
            if isinstance(got, BaseException):
                raise got
            yield got[0]
            del got
    finally:
        # whether it is making an item, putting one or waiting for one to be taken,
        # the thread then reaches `stop` without waiting again
        stop.set()
        with contextlib.suppress(queue.Empty):
            made.get_nowait()
        taken.release()
        thread.join()
