"""What a fresh reader child pays: corpus sheets read each in a child forked from a process
warmed exactly as the sandbox's forkserver is (its preload modules imported), against the same
sheets read in one process (first reading, and again).

    python bench/reader_child.py [--families 15] [--per-family 2] [--rounds 3] [--profile DIR]
                                 [--sandbox]

Printed: the warm-up's time and RSS (the forkserver's start), the children's CPU per sheet
(``os.wait4``'s own rusage, microseconds: median and mean of the per-sheet medians, system
time, minor page faults), the same sheets read one after another by one child forked per round
(a reused reader child: its CPU per sheet from ``getrusage`` in the child), and in-process CPU
per sheet. ``--profile DIR`` writes one cProfile file per sheet's child (the first round) for
``pstats``. ``--sandbox`` then reads the sheets through ``sandbox.read_isolated`` itself, with
a fresh child per document and, where the tree has them, with the thread's reused child (CPU of
the forkserver's children, 10 ms ticks, after each child ended; wall per sheet).

Run it from two trees to compare them (``cd /tmp/main && PYTHONPATH=. python
/path/to/bench/reader_child.py``): the sheets are the corpus's, the reader the tree's.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import pickle
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path.cwd()))
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))  # tests.corpus, when the tree measured has none


def corpus_sheets(families: int, per_family: int) -> list[tuple[str, bytes]]:
    """``per_family`` text sheets from each of ``families`` corpus families, spread evenly,
    made in another process (this one stays as the forkserver is: no corpus imported)."""
    made = subprocess.run(
        [sys.executable, __file__, "--make", str(families), str(per_family)],
        capture_output=True, check=True,
    )  # fmt: skip
    return pickle.loads(made.stdout)


def _make(families: int, per_family: int) -> list[tuple[str, bytes]]:
    from tests.corpus import sheets

    by: dict[str, list] = {}
    for s in sheets():
        if s.scan_dpi is None:
            by.setdefault(s.family, []).append(s)
    names = sorted(by)
    chosen = names[:: max(1, len(names) // families)][:families]
    out = []
    for family in chosen:
        group = by[family]
        for s in group[:: max(1, len(group) // per_family)][:per_family]:
            out.append((f"{family}/{s.name}", s.data))
    return out


def warm_as_the_forkserver() -> tuple[float, float]:
    """Import the sandbox's preload modules, as its forkserver does: (seconds, RSS MiB)."""
    from multiprocessing import forkserver

    from pipeline.extract.reader import sandbox  # noqa: F401  sets the preload list

    started = time.perf_counter()
    for name in forkserver._forkserver._preload_modules:
        importlib.import_module(name)
    with open("/proc/self/statm") as statm:
        rss = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    return time.perf_counter() - started, rss / 2**20


def read(data: bytes) -> None:
    """What the sandbox's child does: the reading, and a call sheet's words."""
    from pipeline.extract.layouts.words import snapshot
    from pipeline.extract.reader.api import read_document

    try:
        result, pages = read_document(data)
    except Exception:  # a refusal costs what it costs
        return
    if result.document_type == "call_sheet":
        snapshot(pages)


def in_child(data: bytes, profile: str | None) -> tuple[float, float, int]:
    """CPU ms, system ms and minor faults of a child forked to read ``data``."""
    pid = os.fork()
    if pid == 0:
        try:
            if profile:
                import cProfile

                cProfile.runctx("read(data)", globals(), {"data": data}, profile)
            else:
                read(data)
        finally:
            os._exit(0)
    _, _, usage = os.wait4(pid, 0)
    return (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_stime * 1000, usage.ru_minflt


def in_one_child(datas: list[bytes]) -> list[tuple[float, float, int]]:
    """CPU ms, system ms and minor faults of each of ``datas`` read one after another in one
    child forked for them all (a reused reader child)."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(reader)
            out = []
            for data in datas:
                before = resource.getrusage(resource.RUSAGE_SELF)
                read(data)
                after = resource.getrusage(resource.RUSAGE_SELF)
                system = after.ru_stime - before.ru_stime
                cpu = after.ru_utime - before.ru_utime + system
                out.append((cpu * 1000, system * 1000, after.ru_minflt - before.ru_minflt))
            with os.fdopen(writer, "wb") as pipe:
                pickle.dump(out, pipe)
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        out = pickle.load(pipe)
    os.waitpid(pid, 0)
    return out


def through_sandbox(datas: list[bytes], rounds: int, fresh: bool) -> tuple[float, float]:
    """Wall and CPU ms per sheet of ``sandbox.read_isolated``: a fresh child per document
    (``fresh``) or the thread's reused child (a tree without one: fresh either way)."""
    import psutil

    from pipeline.extract.reader import sandbox

    close = getattr(sandbox, "close_reader", lambda: None)
    sandbox.read_isolated(datas[0])  # the forkserver's start
    close()
    server = next(p for p in psutil.Process().children() if "forkserver" in " ".join(p.cmdline()))

    def reaped() -> float:
        times = server.cpu_times()
        return times.children_user + times.children_system

    default = getattr(sandbox, "MAX_DOCUMENTS", None)
    if fresh and default is not None:
        sandbox.MAX_DOCUMENTS = 1
    before, started = reaped(), time.perf_counter()
    for _ in range(rounds):
        for data in datas:
            with contextlib.suppress(Exception):  # a refusal costs what it costs
                sandbox.read_isolated(data)
        close()  # reaped, so that the forkserver's children times count it
    n = rounds * len(datas)
    if default is not None:
        sandbox.MAX_DOCUMENTS = default
    return (time.perf_counter() - started) / n * 1000, (reaped() - before) / n * 1000


def in_process(data: bytes) -> float:
    before = resource.getrusage(resource.RUSAGE_SELF)
    read(data)
    after = resource.getrusage(resource.RUSAGE_SELF)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


def main() -> None:
    if sys.argv[1:2] == ["--make"]:
        sys.stdout.buffer.write(pickle.dumps(_make(int(sys.argv[2]), int(sys.argv[3]))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=15)
    parser.add_argument("--per-family", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--sandbox", action="store_true")
    args = parser.parse_args()
    sheets = corpus_sheets(args.families, args.per_family)
    seconds, rss = warm_as_the_forkserver()
    print(f"warm-up as the forkserver's: {seconds:.2f} s, RSS {rss:.1f} MiB")
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    runs: list[list[tuple[float, float, int]]] = [[] for _ in sheets]
    for round_ in range(args.rounds):
        for i, (_, data) in enumerate(sheets):
            profile = str(args.profile / f"{i:03}.prof") if args.profile and not round_ else None
            runs[i].append(in_child(data, profile))
    cpu = [statistics.median(r[0] for r in run) for run in runs]
    system = statistics.median(r[1] for run in runs for r in run)
    faults = statistics.median(r[2] for run in runs for r in run)
    print(f"{len(sheets)} sheets x {args.rounds} rounds, each in a fresh child: CPU ms per sheet "
          f"median {statistics.median(cpu):.1f}, mean {statistics.mean(cpu):.1f}; system "
          f"{system:.1f} ms, {faults:.0f} minor faults")  # fmt: skip
    datas = [data for _, data in sheets]
    reused: list[list[tuple[float, float, int]]] = [[] for _ in sheets]
    for _ in range(args.rounds):  # a new child each round: each sheet is new to its child
        for i, answer in enumerate(in_one_child(datas)):
            reused[i].append(answer)
    cpu = [statistics.median(r[0] for r in run) for run in reused]
    system = statistics.median(r[1] for run in reused for r in run)
    faults = statistics.median(r[2] for run in reused for r in run)
    print(f"{len(sheets)} sheets x {args.rounds} rounds, one after another in one child a round: "
          f"CPU ms per sheet median {statistics.median(cpu):.1f}, mean {statistics.mean(cpu):.1f}; "
          f"system {system:.1f} ms, {faults:.0f} minor faults")  # fmt: skip
    first = [in_process(data) for _, data in sheets]
    again = [in_process(data) for _, data in sheets]
    print(f"in this process, one after another: first reading median {statistics.median(first):.1f}"
          f" (mean {statistics.mean(first):.1f}), again {statistics.median(again):.1f}"
          f" (mean {statistics.mean(again):.1f}) ms CPU")  # fmt: skip
    if args.sandbox:
        for fresh in (True, False):
            wall, cpu_ms = through_sandbox(datas, args.rounds, fresh)
            how = "a fresh child per document" if fresh else "this thread's child, reused"
            print(f"sandbox.read_isolated, {how}: {cpu_ms:.1f} ms CPU per sheet in its "
                  f"children, {wall:.1f} ms wall")  # fmt: skip


if __name__ == "__main__":
    main()
