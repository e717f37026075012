"""pdfminer (through pdfplumber) in a child process that the time limit can end.

pdfminer is pure Python and loops for ever, or grows without bound, on some damaged files
(pdfminer.six #879, #909; one of our own mutated test sheets hung inside ``PDF.open``). A budget
checked between pages cannot stop it inside one call, and a Dramatiq time limit would only
retry it. So it runs in a child with the time left and a memory cap: an alarm ends it with a
clear error when the time is up, and the parent kills it if that does not. PDFium reads every
sound sheet in-process; only damaged files and pages whose glyphs PDFium cannot map come here,
so the interpreter start (tenths of a second) falls on rare files.

A process with no other thread forks its child instead (pdfminer imported once, before the
fork): a few milliseconds, not an interpreter start, for the same child with the same caps.
Forking copies only the calling thread, so a process with threads (a worker extracting in
several at once) starts a fresh interpreter as before, whose locks no other thread can hold.

The started child reads ``(data, limits, pages, seconds, joined)`` pickled on stdin and writes
``("ok", ReadResult)`` or ``("error", (class name, message))`` pickled on stdout; the forked
child writes the same answer to a pipe.
"""

from __future__ import annotations

import os
import pickle
import resource
import select
import signal
import subprocess
import sys
import threading
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
    request = (data, limits, pages, remaining, joined)
    if _can_fork():
        returncode, stdout = _forked(request, remaining + STARTUP_GRACE_S, limits)
    else:
        returncode, stdout = _started(request, remaining + STARTUP_GRACE_S, limits)
    if returncode != 0 or not stdout:
        raise CorruptPdfError(
            "The PDF is damaged and cannot be read (its reader stopped with exit code "
            f"{returncode})."
        )
    kind, payload = pickle.loads(stdout)
    if kind == "error":
        name, message = payload
        error = getattr(errors, name, None)
        raise (error if isinstance(error, type) else ExtractError)(message)
    return payload


def _can_fork() -> bool:
    """Only a process whose one thread is this one forks: a fork copies no other thread, and
    a lock another thread held (the allocator's, logging's, PDFium's) would stay held."""
    return hasattr(os, "fork") and threading.active_count() == 1


def _started(request: tuple, timeout: float, limits: Limits) -> tuple[int, bytes]:
    """The child as a fresh interpreter: its exit code and what it wrote."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "pipeline.extract.reader.isolated"],
            input=pickle.dumps(request),
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise timed_out(limits) from None  # subprocess.run has killed it
    return done.returncode, done.stdout


def _forked(request: tuple, timeout: float, limits: Limits) -> tuple[int, bytes]:
    """The child forked from this process: its exit code and what it wrote; killed (and a
    timeout raised) when nothing ends it within ``timeout``."""
    from pipeline.extract.reader import pdfminer_text  # noqa: F401  once here, not per child

    deadline = time.monotonic() + timeout
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the parent's code
        code = 1
        try:
            os.close(reader)
            for name in ("SIGINT", "SIGTERM"):
                signal.signal(getattr(signal, name), signal.SIG_DFL)
            answer = _answer(*request)
            view = memoryview(answer)
            while view:
                view = view[os.write(writer, view) :]
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    chunks: list[bytes] = []
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([reader], [], [], left)[0]:
                raise timed_out(limits)
            chunk = os.read(reader, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
        _, status = os.waitpid(pid, 0)
        pid = 0
    finally:
        os.close(reader)
        if pid:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks)


def _child() -> None:
    data, limits, pages, seconds, joined = _request()
    sys.stdout.buffer.write(_answer(data, limits, pages, seconds, joined))


def _request() -> tuple:
    from pipeline.extract.reader import pdfminer_text  # noqa: F401  before the cap, as always

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))
    return pickle.loads(sys.stdin.buffer.read())


def _answer(
    data: bytes, limits: Limits, pages: list[int] | None, seconds: float, joined: bool
) -> bytes:
    """The child's work: pdfminer's reading under the memory cap and an alarm at ``seconds``,
    as the pickled answer."""
    from pipeline.extract.reader import pdfminer_text

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP_BYTES, MEMORY_CAP_BYTES))
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
    return pickle.dumps(answer)


if __name__ == "__main__":
    _child()
