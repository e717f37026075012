"""Read a PDF in a child process with a memory cap and a deadline that nothing inside escapes.

In a worker, the extractor runs next to other messages' threads. A call stuck in C (a regular
expression, PDFium) holds the GIL: the worker's heartbeat stops, Dramatiq's time limit cannot
interrupt it, and the message hangs the next worker too (issue 16). A PDF that needs gigabytes
takes every message in flight down with it when the kernel's OOM killer comes. So the stage
reads each document in a child: the address space is capped (a runaway allocation fails there,
not in the worker) and the parent kills the child when its time is up.

The children fork from a ``forkserver`` that has imported the reader once, so a document pays
a fork (milliseconds), not an interpreter start; the forkserver is a fresh process, so forking
does not copy the worker's threads and locks. ``extract_document`` stays the in-process entry
point for the CLI, tests and benchmarks.
"""

from __future__ import annotations

import math
import multiprocessing
import resource
import signal
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from pipeline.extract.reader import errors
from pipeline.extract.reader.errors import ExtractError, ExtractTimeoutError, ReaderLimitError
from pipeline.extract.reader.model import Limits

if TYPE_CHECKING:
    from pipeline.extract.reader.model import DocumentResult
    from pipeline.extract.reader.sanity import ReadContext

MEMORY_CAP_BYTES = 1024**3  # a sheet reads in under 300 MB of address space, a scan too
INTERPRET_GRACE_S = 30.0  # reading the fields after the read's own budget (Limits.max_seconds)
START_GRACE_S = 5.0  # the forkserver's first start in a process imports the reader

_CONTEXT = multiprocessing.get_context("forkserver")
# The forkserver imports the reader and reads sample documents (warm.py): children start warm.
# It also imports what ``_child`` imports after the read (a child that imported it paid 1.5 ms a
# sheet), and this module, which each child imported to find ``_child`` (2.5 ms a sheet).
_CONTEXT.set_forkserver_preload(
    [
        "pipeline.extract.reader.api",
        "pipeline.extract.layouts.words",
        "pipeline.extract.reader.sandbox",
        "pipeline.extract.reader.warm",
    ]
)


class ReaderCrash(RuntimeError):
    """The extractor raised something other than an ExtractError in the child: a bug."""


def extract_isolated(
    data: bytes,
    *,
    filename: str | None = None,
    limits: Limits | None = None,
    context: ReadContext | None = None,
    memory_cap: int = MEMORY_CAP_BYTES,
) -> DocumentResult:
    """``api.extract_document`` in a memory-capped child that is killed when its time is up
    (``read_isolated``'s reading)."""
    return read_isolated(
        data, filename=filename, limits=limits, context=context, memory_cap=memory_cap
    )[0]


def read_isolated(
    data: bytes,
    *,
    filename: str | None = None,
    limits: Limits | None = None,
    context: ReadContext | None = None,
    memory_cap: int = MEMORY_CAP_BYTES,
) -> tuple[DocumentResult, list[dict[str, Any]]]:
    """The reading, and its pages' positioned words as compact JSON (capped,
    ``layouts.words.snapshot``), from a memory-capped child killed when its time is up.

    Raises
    ------
    ExtractError
        The reader's own refusal; ExtractTimeoutError when the child ran out of time (it is
        killed); ReaderLimitError when it broke its memory cap or died.
    ReaderCrash
        An unexpected error in the extractor (a bug, not the file): retried like any failure.
    """
    limits = limits or Limits()
    receiver, sender = _CONTEXT.Pipe(duplex=False)
    seconds = limits.max_seconds + INTERPRET_GRACE_S + START_GRACE_S
    child = _CONTEXT.Process(
        target=_child,
        args=(sender, data, filename, limits, context, memory_cap, seconds),
        name="stillontime-extract",
        daemon=True,
    )
    child.start()
    sender.close()
    try:
        answer = _receive(receiver, seconds)
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if answer is None:
        raise _died(child.exitcode, memory_cap)
    kind, payload = answer
    if kind == "ok":
        return payload
    if kind == "timeout":
        raise ExtractTimeoutError(
            f"Reading the PDF took longer than {limits.max_seconds + INTERPRET_GRACE_S:.0f} s; "
            "its reader was stopped."
        )
    name, message = payload
    if kind == "crash":
        raise ReaderCrash(f"{name}: {message}")
    error = getattr(errors, name, None)
    raise (error if isinstance(error, type) else ExtractError)(message)


def _receive(receiver: Connection, seconds: float) -> tuple[str, Any] | None:
    """The child's answer; ("timeout", None) when none came in time; None if it died."""
    if not receiver.poll(seconds):
        return ("timeout", None)
    try:
        return receiver.recv()
    except (EOFError, OSError):
        return None


def _died(exitcode: int | None, memory_cap: int) -> ReaderLimitError:
    how = (
        f"was killed by {signal.Signals(-exitcode).name}"
        if exitcode is not None and exitcode < 0 and -exitcode in signal.valid_signals()
        else f"stopped with exit code {exitcode}"
    )
    return ReaderLimitError(
        f"The PDF is refused: its reader {how} under its {memory_cap // 1024**2} MB memory "
        "cap (a file built to exhaust memory, or one PDFium cannot read)."
    )


def _child(
    sender: Connection,
    data: bytes,
    filename: str | None,
    limits: Limits,
    context: ReadContext | None,
    memory_cap: int,
    seconds: float,
) -> None:
    from pipeline.extract.layouts.words import snapshot
    from pipeline.extract.reader.api import read_document

    # The kernel ends the child at its deadline even if the worker that waits for it died
    # (the child's parent is the forkserver, not the worker): SIGALRM's default action.
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.alarm(math.ceil(seconds) + 1)
    # The soft limit only: the pdfminer child (``isolated``) sets its own, as it always did.
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (memory_cap, hard))
    try:
        result, pages = read_document(data, limits=limits, context=context)
        # the words go with a call sheet only (a person may teach its layout), capped
        layout = snapshot(pages) if result.document_type == "call_sheet" else []
        answer: tuple[str, Any] = ("ok", (result, layout))
    except ExtractError as exc:
        answer = ("error", (type(exc).__name__, str(exc)))
    except MemoryError:
        message = (
            f"The PDF is refused: reading it needed more than {memory_cap // 1024**2} MB of "
            "memory (a file built to exhaust memory)."
        )
        answer = ("error", ("ReaderLimitError", message))
    except Exception as exc:  # a bug: the parent says so, the worker retries
        answer = ("crash", (type(exc).__name__, str(exc)))
    sender.send(answer)
    sender.close()
