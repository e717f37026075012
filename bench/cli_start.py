"""Benchmark: how long the ``stillontime`` command line takes to start, beside bare Python.

Each row is a fresh process timed from spawn to exit, the rows taken in turn (round-robin) so
that a busy moment of the machine falls on all of them alike. Rows:

- ``python -c pass``: the floor, the interpreter alone;
- ``stillontime --help`` and ``stillontime status`` (against DATABASE_URL, or the embedded
  default in STILLONTIME_HOME, started once before timing);
- ``stillontime extract`` of one text call sheet, then of 10 corpus sheets as 10 processes
  and as one process (``extract A.pdf B.pdf ... --json``; "n/a" where that is refused).

Run: ``.venv/bin/python -m bench.cli_start [--repeat 7]`` from the repository root.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.corpus import sheets  # noqa: E402

STILLONTIME = Path(sys.executable).with_name("stillontime")
FLOOR = "python -c pass (floor)"
COMMAND = [str(STILLONTIME)] if STILLONTIME.exists() else [sys.executable, "-m", "pipeline"]


def text_sheets(folder: Path, n: int) -> list[Path]:
    """The first ``n`` corpus call sheets with a text layer, written into ``folder``."""
    out = []
    for sheet in sheets():
        if len(out) == n:
            break
        if sheet.scan_dpi is None and sheet.is_call_sheet:
            path = folder / f"{len(out):02d}-{sheet.name}.pdf"
            path.write_bytes(sheet.data)
            out.append(path)
    return out


def timed(argv: list[str]) -> float | None:
    """Seconds from spawn to exit, or None when the command fails."""
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    took = time.perf_counter() - started
    if done.returncode != 0:
        print(f"  ! {' '.join(argv[:4])}...: exit {done.returncode}", file=sys.stderr)
        return None
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed runs of each row")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        files = text_sheets(Path(tmp), 10)
        one = [str(p) for p in files]
        # name -> (processes it starts, the timed run)
        rows: dict[str, tuple[int, Callable[[], float | None]]] = {
            FLOOR: (1, lambda: timed([sys.executable, "-c", "pass"])),
            "stillontime --help": (1, lambda: timed([*COMMAND, "--help"])),
            "stillontime status": (1, lambda: timed([*COMMAND, "status"])),
            "stillontime extract 1 sheet --json": (
                1,
                lambda: timed([*COMMAND, "extract", one[0], "--json"]),
            ),
            f"extract {len(one)} sheets, {len(one)} processes": (
                len(one),
                lambda: _sum(timed([*COMMAND, "extract", f, "--json"]) for f in one),
            ),
            f"extract {len(one)} sheets, 1 process": (
                1,
                lambda: timed([*COMMAND, "extract", *one, "--json"]),
            ),
        }
        timed([*COMMAND, "status"])  # starts the embedded servers, if they are the default
        seen: dict[str, list[float | None]] = {name: [] for name in rows}
        for _ in range(args.repeat):
            for name, (_, run) in rows.items():
                seen[name].append(run())

    floor = statistics.median(t for t in seen[FLOOR] if t is not None)
    where = "DATABASE_URL" if os.environ.get("DATABASE_URL") else "the embedded default"
    print(f"\n{args.repeat} runs each, status against {where}; command: {' '.join(COMMAND)}\n")
    print("| command | median s | min s | median over the floor s (floor x processes) |")
    print("|---|---|---|---|")
    for name, times in seen.items():
        if any(t is None for t in times):
            print(f"| {name} | n/a | n/a | n/a |")
            continue
        med, low = statistics.median(times), min(times)
        print(f"| {name} | {med:.3f} | {low:.3f} | {med - floor * rows[name][0]:+.3f} |")


def _sum(times) -> float | None:
    times = list(times)
    return None if any(t is None for t in times) else sum(times)


if __name__ == "__main__":
    main()
