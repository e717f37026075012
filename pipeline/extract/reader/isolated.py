"""pdfminer (through pdfplumber) in a child process that the time limit can end.

pdfminer is pure Python and loops for ever, or grows without bound, on some damaged files
(pdfminer.six #879, #909; one of our own mutated test sheets hung inside ``PDF.open``). A budget
checked between pages cannot stop it inside one call, and a Dramatiq time limit would only
retry it. So it runs in a child with the time left and a memory cap: an alarm ends it with a
clear error when the time is up, and the parent kills it if that does not. PDFium reads every
sound sheet in-process; only damaged files and pages whose glyphs PDFium cannot map come here,
so the interpreter start (tenths of a second) falls on rare files.

The child reads ``(data, limits, pages, seconds, joined)`` pickled on stdin and writes
``("ok", ReadResult)`` or ``("error", (class name, message))`` pickled on stdout.
"""

from __future__ import annotations

import pickle
import resource
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

from pipeline.extract.reader import errors
from pipeline.extract.reader.errors import CorruptPdfError, ExtractError
from pipeline.extract.reader.model import Limits
from pipeline.extract.reader.result import named_errors, timed_out

if TYPE_CHECKING:
    from pipeline.extract.reader.result import ReadResult

MEMORY_CAP_BYTES = 2 * 1024**3  # far above any call sheet; a runaway parse stops here
STARTUP_GRACE_S = 5.0  # the child's interpreter start; then it is killed, not asked


def read_with_pdfminer(
    data: bytes,
    limits: Limits,
    started: float,
    pages: list[int] | None = None,
    *,
    joined: bool = False,
) -> ReadResult:
    """Run ``pdfminer_text.read_pdfminer`` in a child; returns its ReadResult.

    Raises
    ------
    ExtractError
        The child's own (a damaged or encrypted file), or ExtractTimeoutError when the time
        left ran out, or CorruptPdfError when the child died (its memory cap, a crash).

    ``joined`` splits words at gaps relative to the font size (a text layer whose glyphs were
    placed one by one; see ``text_repair``).
    """
    remaining = limits.max_seconds - (time.monotonic() - started)
    if remaining <= 0:
        raise timed_out(limits)
    request = pickle.dumps((data, limits, pages, remaining, joined))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pipeline.extract.reader.isolated"],
            input=request,
            capture_output=True,
            timeout=remaining + STARTUP_GRACE_S,
        )
    except subprocess.TimeoutExpired:
        raise timed_out(limits) from None  # subprocess.run has killed it
    if done.returncode != 0 or not done.stdout:
        raise CorruptPdfError(
            "The PDF is damaged and cannot be read (its reader stopped with exit code "
            f"{done.returncode})."
        )
    kind, payload = pickle.loads(done.stdout)
    if kind == "error":
        name, message = payload
        error = getattr(errors, name, None)
        raise (error if isinstance(error, type) else ExtractError)(message)
    return payload


def _child() -> None:
    from pipeline.extract.reader import pdfminer_text

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))
    data, limits, pages, seconds, joined = pickle.loads(sys.stdin.buffer.read())
    started = time.monotonic() - (limits.max_seconds - seconds)  # the parent's clock, carried

    # A loop in Python code ends here with a clear error; one in C code ends with the parent's
    # kill. Libraries may wrap or swallow the alarm's exception, and a swallowed one can leave a
    # page half read: once it has fired, the answer is the timeout, whatever came out.
    fired: list[bool] = []

    def out_of_time(_signum: int, _frame: object) -> None:
        fired.append(True)
        raise timed_out(limits)

    signal.signal(signal.SIGALRM, out_of_time)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        try:
            with named_errors():
                read = pdfminer_text.read_pdfminer(data, limits, started, pages, joined=joined)
                answer = ("ok", read)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except ExtractError as exc:
        answer = ("error", (type(exc).__name__, str(exc)))
    if fired:
        answer = ("error", ("ExtractTimeoutError", str(timed_out(limits))))
    sys.stdout.buffer.write(pickle.dumps(answer))


if __name__ == "__main__":
    _child()
