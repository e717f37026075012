"""Read a PDF in a child process with a memory cap and a deadline that nothing inside escapes.

In a worker, the extractor runs next to other messages' threads. A call stuck in C (a regular
expression, PDFium) holds the GIL: the worker's heartbeat stops, Dramatiq's time limit cannot
interrupt it, and the message hangs the next worker too (issue 16). A PDF that needs gigabytes
takes every message in flight down with it when the kernel's OOM killer comes. So the stage
reads each document in a child: the address space is capped (a runaway allocation fails there,
not in the worker) and the parent kills the child when its time is up.

What is isolated: the worker from the reading. Each worker thread keeps one reader child of its
own (never shared: a thread-local, and a child started in another process is never used) and
sends it one document at a time over a pipe. Per document: the child's address space is capped
at ``memory_cap`` beyond what it held when it started (so a document has the headroom a fresh
child gives it), an alarm in the child ends it at the deadline even if its worker is gone, and
the parent waits with a timeout and kills the child when the time is up. A child that timed
out, died, broke its cap, or answered anything but a reading (a refusal, a bug) is discarded;
the next document gets a new child. So is a child that has read ``MAX_DOCUMENTS``, whose peak
resident set passed ``MAX_PEAK_RSS_BYTES`` or whose address space grew ``MAX_GROWTH_BYTES``:
nothing a document leaves behind (a leak, a fragmented heap) accumulates. A crash or a kill
ends one document with an error, never the worker. What is no longer isolated: documents read
one after another on a thread share a process, as they would in-process: the reader's caches
(compiled patterns, the pure finders' memos, ``remember.py``) answer from what earlier
documents asked. They hold no state that changes a reading (tests/security/test_reader_reuse.py
compares a reused child's readings with fresh children's); what a document could still leave
to the next ones is native state that PDFium keeps without crashing, for at most
``MAX_DOCUMENTS`` documents of the same worker thread. A fresh child per document cost
about 15 ms more CPU in the reader and 30 ms of a sheet in the worker processes; a reused child
holds about 28 MiB of its own while idle, one per worker thread that extracted, until it has waited
``IDLE_EXIT_S`` for a document and ends by itself (BENCHMARKS.md,
"Fifth pass"). Children end with their worker: pipe EOF when the worker or its thread is gone,
and multiprocessing ends daemonic children at a clean exit.

The children fork from a ``forkserver`` that has imported the reader once, so a new child pays
a fork (milliseconds), not an interpreter start; the forkserver is a fresh process, so forking
does not copy the worker's threads and locks. The worker's parent starts it before Dramatiq forks
the worker processes (``share_forkserver``), and every worker process asks that one: the reader
is imported and warmed once a worker, not once a worker process (about 0.75 s of CPU each). A
process forked from one that started it uses it too, or starts its own once it has ended.
``extract_document`` stays the in-process entry point for the CLI, tests and benchmarks.
"""

from __future__ import annotations

import atexit
import math
import multiprocessing
import os
import resource
import signal
import threading
from multiprocessing import forkserver, resource_tracker
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING, Any

from pipeline import processes
from pipeline.extract.reader import errors
from pipeline.extract.reader.errors import ExtractError, ExtractTimeoutError, ReaderLimitError
from pipeline.extract.reader.model import Limits

if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from pipeline.extract.reader.model import DocumentResult
    from pipeline.extract.reader.sanity import ReadContext

MEMORY_CAP_BYTES = 1024**3  # a sheet reads in under 300 MB of address space, a scan too
INTERPRET_GRACE_S = 30.0  # reading the fields after the read's own budget (Limits.max_seconds)
START_GRACE_S = 5.0  # the forkserver's first start in a process imports the reader
# A reader child is replaced after this many documents even when all went well: a slow leak
# (PDFium's, a cache without bound) cannot outgrow it, and a new child costs about 15 ms more
# than a reused one's reading, under 0.1 ms a document over 200.
MAX_DOCUMENTS = 200
# ... or when its peak resident set passed this: through the whole corpus (474 text sheets, and
# scans with their OCR) one child peaked at 101-112 MiB, from 71 at its start; one that grew far
# past it (a fragmented heap) would keep the pages while idle, one such child per worker thread.
MAX_PEAK_RSS_BYTES = 256 * 1024**2
# ... or when its address space grew this much since it started (11 MiB after the 474 sheets,
# 39 after 6 scans): each document's cap is set above what the child holds, so that its
# headroom is a fresh child's, and this bounds the difference.
MAX_GROWTH_BYTES = 256 * 1024**2
# A child that waited this long for a document ends by itself: an idle worker gives back the
# child's memory (about 28 MiB of its own per worker thread), and the next document pays one
# fresh child, as every document did before children were reused.
IDLE_EXIT_S = 120.0

_CONTEXT = multiprocessing.get_context("forkserver")
# The forkserver imports the reader and reads sample documents (warm.py): children start warm.
# It also imports what ``_serve`` imports after the read (a child that imported it paid 1.5 ms a
# sheet), and this module, which each child imported to find ``_serve`` (2.5 ms a sheet).
_CONTEXT.set_forkserver_preload(
    [
        "pipeline.extract.reader.api",
        "pipeline.extract.layouts.words",
        "pipeline.extract.reader.sandbox",
        "pipeline.extract.reader.warm",
    ]
)


def share_forkserver() -> None:
    """Start the forkserver now, in a process about to fork the processes that read (the
    worker's parent, before Dramatiq forks its worker processes): each of them asks this one
    instead of starting its own, which imports the reader and reads warm.py's samples again."""
    forkserver.ensure_running()
    atexit.register(_end_shared_helpers, os.getpid())


def _end_shared_helpers(owner: int) -> None:
    """At the exit of the process that started them, end the forkserver and the resource tracker
    and wait for them: each ends by itself once the last process holding its pipe has, but a
    moment after its starter, so ``stillontime up`` would stop leaving them running. Bounded: one
    that a stray process still holds open is killed after a few seconds."""
    if os.getpid() != owner:
        return
    server = forkserver._forkserver
    tracker = resource_tracker._resource_tracker
    ends = [
        (server, "_forkserver_alive_fd", "_forkserver_pid"),
        (tracker, "_fd", "_pid"),
    ]
    for helper, fd_name, pid_name in ends:
        fd, pid = getattr(helper, fd_name), getattr(helper, pid_name)
        if fd is None or pid is None:
            continue
        os.close(fd)  # its "alive" pipe closed: it ends when no other process holds it
        setattr(helper, fd_name, None)
        setattr(helper, pid_name, None)
        processes.reap(pid, seconds=5.0)


def _adopt_forkserver() -> None:
    """In a forked process, the forkserver its parent started serves it too. Multiprocessing's
    own check that it still runs waits on its pid, which only the parent may; here it is looked
    up instead, and one that has ended is forgotten: this process then starts its own."""
    server = forkserver._forkserver
    inherited = server._forkserver_pid
    if inherited is None:
        return
    own = type(server).ensure_running

    def ensure_running() -> None:
        with server._lock:
            if server._forkserver_pid == inherited:
                if processes.running(inherited):
                    resource_tracker.ensure_running()
                    return
                os.close(server._forkserver_alive_fd)
                server._forkserver_address = None
                server._forkserver_alive_fd = None
                server._forkserver_pid = None
        own(server)

    server.ensure_running = ensure_running  # type: ignore[method-assign]


os.register_at_fork(after_in_child=_adopt_forkserver)


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
    ``layouts.words.snapshot``), from this thread's memory-capped reader child, killed when
    its time is up.

    Raises
    ------
    ExtractError
        The reader's own refusal; ExtractTimeoutError when the child ran out of time (it is
        killed); ReaderLimitError when it broke its memory cap or died.
    ReaderCrash
        An unexpected error in the extractor (a bug, not the file): retried like any failure.
    """
    limits = limits or Limits()
    seconds = limits.max_seconds + INTERPRET_GRACE_S + START_GRACE_S
    reader, answer = _ask((data, limits, context, memory_cap, seconds))
    if answer is None and reader.process.exitcode == 0:
        # it ended idle (IDLE_EXIT_S) as the document was sent, before taking it: not the
        # document's doing, so a new child reads it
        reader, answer = _ask((data, limits, context, memory_cap, seconds))
    if answer is None:
        raise _died(reader.process.exitcode, memory_cap)
    kind, payload = answer[:2]
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


def _ask(request: tuple[Any, ...]) -> tuple[_Reader, tuple[Any, ...] | None]:
    """Send one document to this thread's child; its answer, or None if it died first."""
    reader = _reader()
    try:
        reader.conn.send(request)
        answer = _receive(reader.conn, request[-1])
    except OSError:  # the child died before it took the document (the pipe is broken)
        answer = None
    except BaseException:  # interrupted (a time limit, a shutdown): its answer would be late
        _discard(reader)
        raise
    reader.documents += 1
    if answer is None or answer[0] != "ok" or not reader.fresh_enough(answer[2], answer[3]):
        _discard(reader)  # a child that failed, or grew, reads nothing more
    return reader, answer


class _Reader:
    """One thread's reader child and its end of their pipe."""

    def __init__(self) -> None:
        self.conn, theirs = _CONTEXT.Pipe()
        self.process: BaseProcess = _CONTEXT.Process(
            target=_serve, args=(theirs, IDLE_EXIT_S), name="stillontime-extract", daemon=True
        )
        self.process.start()
        theirs.close()  # the child's end lives in the child only: its death is our EOF
        self.owner = os.getpid()
        self.documents = 0

    def fresh_enough(self, peak_rss: int, growth: int) -> bool:
        return (
            self.documents < MAX_DOCUMENTS
            and peak_rss < MAX_PEAK_RSS_BYTES
            and growth < MAX_GROWTH_BYTES
        )


_threads = threading.local()


def _reader() -> _Reader:
    """This thread's reader child, started if it has none or its child has ended."""
    reader: _Reader | None = getattr(_threads, "reader", None)
    if reader is not None and (reader.owner != os.getpid() or not reader.process.is_alive()):
        # a child another process started (this one forked since) is never touched: forgotten
        if reader.owner == os.getpid():
            _discard(reader)
        reader = None
    if reader is None:
        reader = _threads.reader = _Reader()
    return reader


def _discard(reader: _Reader) -> None:
    """Kill the child (if it still runs) and forget it: the thread's next document starts a new
    one."""
    if getattr(_threads, "reader", None) is reader:
        _threads.reader = None
    if reader.process.is_alive():
        reader.process.kill()
    reader.process.join()
    reader.conn.close()


def close_reader() -> None:
    """End this thread's reader child, if it has one: its next document starts a new one."""
    reader: _Reader | None = getattr(_threads, "reader", None)
    if reader is not None:
        if reader.owner == os.getpid():
            _discard(reader)
        _threads.reader = None


def reader_pid() -> int | None:
    """The pid of this thread's reader child, if it has one (tests, benchmarks)."""
    reader: _Reader | None = getattr(_threads, "reader", None)
    return reader.process.pid if reader is not None and reader.owner == os.getpid() else None


def _receive(conn: Connection, seconds: float) -> tuple[Any, ...] | None:
    """The child's answer; ("timeout", None) when none came in time; None if it died."""
    if not conn.poll(seconds):
        return ("timeout", None, 0, 0)
    try:
        return conn.recv()
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


def _serve(conn: Connection, idle_exit_s: float) -> None:
    """The reader child: read each document the pipe brings, answer it, until EOF (the worker
    or its thread is gone) or ``idle_exit_s`` without a document (exit code 0 either way)."""
    # The kernel ends the child at its deadline even if the worker that waits for it died
    # (the child's parent is the forkserver, not the worker): SIGALRM's default action.
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    started = _address_space()
    idle = resource.getrlimit(resource.RLIMIT_AS)
    wait: float | None = None  # a new child's first document is on its way: no idle exit yet
    while True:
        try:
            if not conn.poll(wait):
                return
            data, limits, context, memory_cap, seconds = conn.recv()
        except (EOFError, OSError):
            return
        wait = idle_exit_s
        signal.alarm(math.ceil(seconds) + 1)
        # The soft limit only (the pdfminer child, ``isolated``, sets its own, as it always
        # did), above what this child holds beyond a fresh one's: the same headroom per document.
        growth = max(0, _address_space() - started - len(data))
        hard = idle[1]
        cap = memory_cap + growth
        resource.setrlimit(
            resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard)
        )
        answer = _read(data, limits, context, memory_cap)
        del data
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
        conn.send((*answer, peak, _address_space() - started))
        signal.alarm(0)
        # Uncapped while it waits, as a fresh child is before its document: the next one is
        # received whole, whatever the last one left.
        resource.setrlimit(resource.RLIMIT_AS, idle)


def _read(
    data: bytes, limits: Limits, context: ReadContext | None, memory_cap: int
) -> tuple[str, Any]:
    """One document's answer in the child: ("ok", (reading, layout)), or an error's name and
    message."""
    from pipeline.extract.layouts.words import snapshot
    from pipeline.extract.reader.api import read_document

    try:
        result, pages = read_document(data, limits=limits, context=context)
        # the words go with a call sheet only (a person may teach its layout), capped
        layout = snapshot(pages) if result.document_type == "call_sheet" else []
        return ("ok", (result, layout))
    except ExtractError as exc:
        return ("error", (type(exc).__name__, str(exc)))
    except MemoryError:
        message = (
            f"The PDF is refused: reading it needed more than {memory_cap // 1024**2} MB of "
            "memory (a file built to exhaust memory)."
        )
        return ("error", ("ReaderLimitError", message))
    except Exception as exc:  # a bug: the parent says so, the worker retries
        return ("crash", (type(exc).__name__, str(exc)))


def _address_space() -> int:
    """This process's address space in bytes (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0
