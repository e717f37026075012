"""Benchmark: what the extract stage's sandbox costs per sheet, beside reading in-process.

Each corpus text sheet is read (a) in this process, the floor, and (b) as the stage reads it,
in a memory-capped child forked from the warmed forkserver (``reader/sandbox.py``), in the
same run. Wall time per sheet, and the reading's own CPU time inside the child.

Run: ``python bench/sandbox.py [--sheets 30] [--rounds 3]`` from the repository root.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def child_cpu(sender, data: bytes) -> None:
    """In the sandbox's child: read as ``sandbox._child`` does, and send the CPU it took."""
    from pipeline.extract.layouts.words import snapshot
    from pipeline.extract.reader.api import read_document

    started = time.process_time()
    _, pages = read_document(data)
    snapshot(pages)
    sender.send(time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sheets", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--cold", action="store_true", help="the forkserver imports the reader but reads nothing"
    )
    args = parser.parse_args()
    from pipeline.extract.reader import sandbox

    if args.cold:  # before the forkserver starts: as it was before reader/warm.py
        sandbox._CONTEXT.set_forkserver_preload(["pipeline.extract.reader.api"])
    from pipeline.extract.reader.api import read_document
    from tests.corpus import sheets

    docs = [s.data for s in sheets() if s.scan_dpi is None][: args.sheets]
    sandbox.read_isolated(docs[0])  # the forkserver's start is paid once per worker process
    read_document(docs[0])
    wall = {"in-process": [], "sandbox": []}
    cpu = {"in-process": [], "sandbox": []}
    for _ in range(args.rounds):
        for data in docs:  # the two side by side, sheet by sheet
            t, c = time.perf_counter(), time.process_time()
            read_document(data)
            wall["in-process"].append(time.perf_counter() - t)
            cpu["in-process"].append(time.process_time() - c)
            t = time.perf_counter()
            sandbox.read_isolated(data)
            wall["sandbox"].append(time.perf_counter() - t)
            receiver, sender = sandbox._CONTEXT.Pipe(duplex=False)
            child = sandbox._CONTEXT.Process(target=child_cpu, args=(sender, data), daemon=True)
            child.start()
            sender.close()
            cpu["sandbox"].append(receiver.recv())
            child.join()
    started = "cold" if args.cold else "warm"
    print(f"{len(docs)} text sheets x {args.rounds} rounds, forkserver {started}")
    print(f"{'':12} {'wall median':>12} {'wall p90':>10} {'reading CPU median':>20}")
    for name in wall:
        w = sorted(wall[name])
        median, p90 = statistics.median(w) * 1000, w[int(len(w) * 0.9)] * 1000
        reading = statistics.median(cpu[name]) * 1000
        print(f"{name:12} {median:10.1f} ms {p90:7.1f} ms {reading:17.1f} ms")


if __name__ == "__main__":
    main()
