"""Issue 16's guarantees with a reader child reused for several documents (issue 18 part 3):
a reused child reads as a fresh one does, and after a timeout, a memory-cap refusal or
``MAX_DOCUMENTS`` documents the thread's next document is read by a new child."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta

import psutil
import pytest

from pipeline.app.demo import sample_callsheet
from pipeline.extract.reader import sandbox
from pipeline.extract.reader.errors import ExtractTimeoutError, ReaderLimitError
from pipeline.extract.reader.model import Limits
from tests.conftest import REPO
from tests.security.hostile_pdfs import MB, inflating_to
from tests.security.stuck import StuckContext


@pytest.fixture(autouse=True)
def own_reader() -> Iterator[None]:
    # each test starts and leaves this thread without a reader child
    sandbox.close_reader()
    yield
    sandbox.close_reader()


def sheet(i: int = 0) -> bytes:
    return sample_callsheet(date(2026, 3, 2) + timedelta(days=i), f"0{6 + i % 3}:30")


def call_time(pdf: bytes) -> str | None:
    return sandbox.extract_isolated(pdf).days[0].call_time


def ended(pid: int, within_s: float = 60.0) -> bool:
    """Whether process ``pid`` is gone (or a zombie) within ``within_s`` seconds."""
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.05)
    return False


def varied_sheets(n: int = 20) -> list[tuple[str, bytes]]:
    """One text sheet from each of ``n`` corpus families spread over all of them."""
    from tests.corpus import sheets

    by: dict[str, list] = {}
    for s in sheets():
        if s.scan_dpi is None:
            by.setdefault(s.family, []).append(s)
    families = sorted(by)
    chosen = families[:: max(1, len(families) // n)][:n]
    return [(f"{f}/{by[f][len(by[f]) // 2].name}", by[f][len(by[f]) // 2].data) for f in chosen]


def reading(pdf: bytes) -> str:
    """The reading and its layout snapshot as the stage keeps them (JSON), or the refusal."""
    try:
        result, layout = sandbox.read_isolated(pdf)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return json.dumps([result.to_json(), layout], sort_keys=True)


def test_a_reused_child_reads_every_sheet_as_a_fresh_child_does(monkeypatch) -> None:
    docs = varied_sheets()
    assert len(docs) == 20
    # Given each sheet read by a fresh child (one document per child)
    monkeypatch.setattr(sandbox, "MAX_DOCUMENTS", 1)
    fresh, pids = {}, set()
    for name, pdf in docs:
        fresh[name] = reading(pdf)
        pids.add(reader_of_last())
    assert len(pids) == len(docs)
    # When one child reads them all, forward then backward (each sheet after different ones,
    # and right after itself)
    monkeypatch.setattr(sandbox, "MAX_DOCUMENTS", 1000)
    reused = [(name, reading(pdf)) for name, pdf in [*docs, *reversed(docs)]]
    pid = sandbox.reader_pid()
    # Then every reading and layout is the same, byte for byte, and one child read them all
    assert pid is not None and pid not in pids
    assert sum(r.startswith("{") or r.startswith("[") for _, r in reused) >= 18
    for name, got in reused:
        assert got == fresh[name], name


_last: list[int | None] = []


def reader_of_last() -> int | None:
    """The pid of the child that read the last document, also when it was replaced since."""
    return _last[-1] if _last else None


@pytest.fixture(autouse=True)
def remember_children(monkeypatch) -> None:
    # a child discarded after its document is gone from the thread: note each one started
    _last.clear()
    started = sandbox._Reader.__init__

    def noting(self: sandbox._Reader) -> None:
        started(self)
        _last.append(self.process.pid)

    monkeypatch.setattr(sandbox._Reader, "__init__", noting)


def test_one_child_reads_a_threads_documents_until_max_documents(monkeypatch) -> None:
    monkeypatch.setattr(sandbox, "MAX_DOCUMENTS", 3)
    pids = []
    for i in range(7):
        assert call_time(sheet(i)) == f"0{6 + i % 3}:30"
        pids.append(sandbox.reader_pid())
    # each child reads three documents and is gone after its third
    a, b, c = _last
    assert pids == [a, a, None, b, b, None, c]
    assert len({a, b, c}) == 3
    assert ended(a) and ended(b)


def test_a_child_left_idle_ends_and_the_next_document_reads_in_a_new_one(monkeypatch) -> None:
    monkeypatch.setattr(sandbox, "IDLE_EXIT_S", 0.5)
    assert call_time(sheet(0)) == "06:30"
    first = sandbox.reader_pid()
    assert first is not None and ended(first)  # gone by itself: its memory is given back
    assert call_time(sheet(1)) == "07:30"
    assert sandbox.reader_pid() not in (None, first)


def test_a_child_that_ends_idle_as_a_document_is_sent_costs_that_document_nothing(
    monkeypatch,
) -> None:
    # at 0 s a child ends as soon as it has answered: each next document finds it gone, or
    # sends to it as it goes (the race an idle exit opens) and is read by a new child
    monkeypatch.setattr(sandbox, "IDLE_EXIT_S", 0.0)
    for i in range(12):
        assert call_time(sheet(i)) == f"0{6 + i % 3}:30"


def test_after_a_timeout_the_child_is_killed_and_the_next_document_reads_right(
    monkeypatch,
) -> None:
    # Given a thread whose child has read a sheet
    assert call_time(sheet(0)) == "06:30"
    first = sandbox.reader_pid()
    # When its next reading hangs (the parent's deadline cut to a second)
    monkeypatch.setattr(sandbox, "INTERPRET_GRACE_S", 0.0)
    monkeypatch.setattr(sandbox, "START_GRACE_S", 0.0)
    with pytest.raises(ExtractTimeoutError, match="its reader was stopped"):
        sandbox.read_isolated(sheet(1), limits=Limits(max_seconds=1.0), context=StuckContext())
    # Then that child is killed, and the next document is read right by a new one
    assert first is not None and ended(first)
    assert sandbox.reader_pid() is None
    assert call_time(sheet(2)) == "08:30"
    assert sandbox.reader_pid() not in (None, first)


def test_after_a_memory_cap_refusal_the_next_document_reads_right() -> None:
    assert call_time(sheet(0)) == "06:30"
    first = sandbox.reader_pid()
    # a bomb the stream check cannot see breaks its 400 MB cap
    with pytest.raises(ReaderLimitError, match="400 MB"):
        sandbox.extract_isolated(inflating_to(600 * MB, hex_first=True), memory_cap=400 * MB)
    assert first is not None and ended(first)
    assert call_time(sheet(1)) == "07:30"
    assert sandbox.reader_pid() not in (None, first)


def test_each_thread_has_a_child_of_its_own_which_ends_with_the_thread() -> None:
    seen: dict[int, list[int | None]] = {}

    def read(k: int) -> None:
        seen[k] = []
        for i in range(3):
            assert call_time(sheet(k + i)) is not None
            seen[k].append(sandbox.reader_pid())

    threads = [threading.Thread(target=read, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # each thread's documents went to one child, a different one per thread
    (a,) = set(seen[0])
    (b,) = set(seen[1])
    assert a is not None and b is not None and a != b
    # and a thread's child ends when the thread is gone (the pipe's end closes with it)
    del threads
    gc.collect()
    assert ended(a) and ended(b)


# The worker dies while its child hangs inside a reading: the child's own alarm ends it.
ORPHAN = """
import os, sys, threading
from datetime import date
from pipeline.app.demo import sample_callsheet
from pipeline.extract.reader import sandbox
from pipeline.extract.reader.model import Limits
from tests.security.stuck import StuckContext

if __name__ == "__main__":
    sandbox.read_isolated(sample_callsheet(date(2026, 3, 2)))
    print(sandbox.reader_pid(), flush=True)
    sandbox.INTERPRET_GRACE_S = sandbox.START_GRACE_S = 0.0
    threading.Timer(1.0, os._exit, (0,)).start()  # the worker dies before its deadline
    sandbox.read_isolated(sample_callsheet(date(2026, 3, 3)), limits=Limits(max_seconds=3.0),
                          context=StuckContext())
"""


def test_a_child_whose_worker_died_mid_reading_ends_at_its_alarm() -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(ORPHAN)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    pid = int(done.stdout.split()[0])
    # the child hangs in a property for ten minutes; its alarm (4 s) ends it
    assert ended(pid, within_s=120)


# A process forked from a worker thread that has a child (multiprocessing's forkserver serves
# only the process that started it) sees no child of its own and never ends its parent's.
FORKED = """
import os
from datetime import date
from pipeline.app.demo import sample_callsheet
from pipeline.extract.reader import sandbox

if __name__ == "__main__":
    pdf = sample_callsheet(date(2026, 3, 2))
    sandbox.read_isolated(pdf)
    mine = sandbox.reader_pid()
    pid = os.fork()
    if pid == 0:
        try:
            seen = sandbox.reader_pid()
            sandbox.close_reader()
        finally:
            os._exit(0 if seen is None else 3)
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status), sandbox.extract_isolated(pdf).days[0].call_time,
          sandbox.reader_pid() == mine)
"""


def test_a_forked_process_never_uses_its_parents_child() -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(FORKED)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["0", "07:00", "True"]


# The worker's parent starts the forkserver before Dramatiq forks its worker processes (fork, as
# Dramatiq does): both read through that one. One that has ended (killed here by the first
# process before its reading) is noticed by each, and each starts its own.
SHARED = """
import multiprocessing, os, signal, sys, time
from datetime import date
from multiprocessing import forkserver
import psutil
from pipeline.app.demo import sample_callsheet
from pipeline.extract.reader import sandbox

def work(answers, kill):
    if kill:
        os.kill(forkserver._forkserver._forkserver_pid, signal.SIGKILL)
        time.sleep(0.5)
    call = sandbox.extract_isolated(sample_callsheet(date(2026, 3, 2))).days[0].call_time
    answers.put((call, psutil.Process(sandbox.reader_pid()).ppid()))
    sandbox.close_reader()

if __name__ == "__main__":
    kill = sys.argv[1] == "kill"
    sandbox.share_forkserver()
    shared = forkserver._forkserver._forkserver_pid
    fork = multiprocessing.get_context("fork")
    answers = fork.Queue()
    workers = [fork.Process(target=work, args=(answers, kill and i == 0)) for i in range(2)]
    for w in workers:
        w.start()
    got = [answers.get(timeout=60) for _ in workers]
    for w in workers:
        w.join()
    servers = {server for _, server in got}
    print(*[w.exitcode for w in workers], *sorted({call for call, _ in got}), shared in servers,
          len(servers))
"""


@pytest.mark.parametrize(
    "fault, want", [("none", "0 0 07:00 True 1"), ("kill", "0 0 07:00 False 2")]
)
def test_the_worker_processes_share_their_parents_forkserver(fault: str, want: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SHARED), fault],
        cwd=REPO, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == want
