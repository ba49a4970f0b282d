"""The PDF laid out by a process of its own, started before the build reads its inputs.

A cold `sitrep build` spent a fifth of its time importing WeasyPrint and loading the
report's styles and fonts before it could lay out the first page, all of it on one core
while the other sat idle. Started at the beginning of the build, a renderer process
imports them while this one reads, checks and merges the inputs, then lays out the HTML
it is sent; the PDF is the same bytes as one laid out here. It is a new interpreter, not
a fork: this process keeps its memory to itself (no page copied on write while it works),
and nothing it holds (threads, locks) is inherited.

The renderer's failure to start (Pango missing) is still what the officer hears first:
the build asks whether it started (`started`) before it announces the report and before
it reports any other error, as when WeasyPrint was imported before anything else.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Mapping
from contextlib import suppress
from functools import partial
from typing import IO, TYPE_CHECKING, Any

from sitrep.render.failures import PdfError, named_glyphs

if TYPE_CHECKING:
    from sitrep.models import Sitrep

_BOOT = (
    "import pickle, signal, sys\n"
    "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
    "sys.path[:] = pickle.load(sys.stdin.buffer)\n"
    "from sitrep.render.worker import serve\n"
    "serve()\n"
)
"""The renderer process's program: this process's module path (so it imports the same
`sitrep` and WeasyPrint), then `serve`. Ctrl-C is this process's to handle: it ends the
renderer as it stops."""


class PdfProcess:
    """A process that imports the PDF renderer at once and lays out one report."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        assert process.stdin is not None and process.stdout is not None
        self._process = process
        self._requests: IO[bytes] = process.stdin
        self._replies: IO[bytes] = process.stdout
        self._start: BaseException | bool | None = False
        """False until the process says how its start went: None (ready) or the error."""

    @classmethod
    def start(cls) -> PdfProcess | None:
        """Start the renderer process; None when none can be started (the PDF is then
        laid out in this process), as in a frozen application, whose executable is not a
        Python interpreter."""
        if getattr(sys, "frozen", False) or not sys.executable:
            return None
        try:
            process = subprocess.Popen(
                [sys.executable, *subprocess._args_from_interpreter_flags(), "-c", _BOOT],  # type: ignore[attr-defined]
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
            )
        except OSError:
            return None
        renderer = cls(process)
        try:
            renderer._send(sys.path)
        except OSError:
            renderer.close()
            return None
        return renderer

    def started(self) -> None:
        """Wait until the renderer is imported; raise what stopped it (Pango missing)."""
        if self._start is False:
            try:
                kind, value = pickle.load(self._replies)
            except (EOFError, OSError, pickle.UnpicklingError):
                kind, value = "failed", _stopped()
            self._start = value if kind == "failed" else None
        if isinstance(self._start, BaseException):
            raise self._start

    def lay_out(
        self,
        html: str,
        *,
        sitrep: Sitrep,
        attachments: Mapping[str, bytes],
        progress: Callable[[str], None] | None = None,
    ) -> Callable[[], bytes]:
        """Send the report to the renderer process and return at once, so that this
        process does other work while it is laid out; the function returned waits for
        the PDF (`sitrep.render.pdf.render_pdf`'s bytes, progress and errors)."""
        self.started()
        try:
            self._send((html, sitrep.date, dict(attachments), progress is not None))
        except OSError:
            raise _stopped() from None
        return partial(self._received, sitrep, progress)

    def _received(self, sitrep: Sitrep, progress: Callable[[str], None] | None) -> bytes:
        try:
            while True:
                kind, value = pickle.load(self._replies)
                if kind != "progress":
                    break
                if progress is not None:
                    progress(value)
        except (EOFError, OSError, pickle.UnpicklingError):
            raise _stopped() from None
        if kind == "done":
            pdf: bytes = value
            return pdf
        if isinstance(value, PdfError):
            raise named_glyphs(value, sitrep) from None
        raise value

    def close(self) -> None:
        """End the renderer process (at once if it is still at work) and reap it."""
        for stream in (self._requests, self._replies):
            with suppress(OSError):
                stream.close()
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()

    def _send(self, value: object) -> None:
        pickle.dump(value, self._requests, protocol=pickle.HIGHEST_PROTOCOL)
        self._requests.flush()


def _stopped() -> RuntimeError:
    return RuntimeError("the PDF renderer's process stopped before it sent the PDF")


def serve() -> None:
    """The renderer process: import the renderer, say so, lay out one request, exit.

    Replies go out on the standard output as it was started; anything else printed there
    (a library's message) goes to the standard error instead, as the build's own would.
    """
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    requests = sys.stdin.buffer
    code = 0
    try:
        from sitrep.process import ends_after_this_build, imports_kept

        ends_after_this_build()
        try:
            with imports_kept():
                from sitrep.render import pdf
        except BaseException as exc:  # the build raises it
            _reply(replies, "failed", _traced(exc))
            return
        _reply(replies, "started", None)
        pdf.prepare()
        try:
            html, day, attachments, heard = pickle.load(requests)
        except EOFError:  # the build stopped before its PDF
            return
        progress = (lambda words: _reply(replies, "progress", words)) if heard else None
        try:
            made = pdf.lay_out(html, day=day, attachments=attachments, progress=progress)
        except BaseException as exc:  # the build raises it
            _reply(replies, "error", _traced(exc))
            return
        _reply(replies, "done", made)
    except BaseException:  # the build is gone: nobody to tell
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def _traced(exc: BaseException) -> BaseException:
    """`exc` with where it was raised in this process, for the build's `--debug` traceback."""
    import traceback

    where = "".join(traceback.format_exception(exc))
    exc.add_note(f"raised in the PDF renderer's process:\n{where}")
    return exc


def _reply(replies: IO[bytes], kind: str, value: Any) -> None:
    """Send one message; an error that cannot be pickled goes as its type and words."""
    try:
        message = pickle.dumps((kind, value), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:
        message = pickle.dumps((kind, RuntimeError(f"{type(value).__name__}: {value}")))
    replies.write(message)
    replies.flush()
