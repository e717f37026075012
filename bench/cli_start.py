"""Benchmark: how long the ``stillontime`` command line takes to start, beside bare Python.

Each row is a fresh process timed from spawn to exit, the rows taken in turn, each round in a
new random order, so that a busy moment of the machine falls on all of them alike. Rows:

- ``python -c pass``: the floor, the interpreter alone;
- the libraries ``status`` cannot do without (click, psycopg, rich's table), imported and
  nothing else: the floor of a command that talks to the database and draws a table;
- ``stillontime --help``, ``stillontime status`` and ``status --json`` (against DATABASE_URL,
  or the embedded default in STILLONTIME_HOME, started once before timing);
- ``stillontime extract`` of one text call sheet, then of 10 corpus sheets as 10 processes
  and as one process (``extract A.pdf B.pdf ... --json``; "n/a" where that is refused).

The command is the ``stillontime`` console script of this interpreter (``python -m pipeline``
where there is none) run from the code's folder and importing it: this checkout's, and with
``--compare DIR`` another's (e.g. ``git archive main | tar -x -C DIR``) in the same run. Both
trees are byte-compiled first, as an installed package is, and no run writes bytecode: no row
pays for compiling the code it runs.

Run: ``.venv/bin/python -m bench.cli_start [--repeat 7] [--compare DIR]`` from the repository
root.
"""

from __future__ import annotations

import argparse
import compileall
import os
import random
import resource
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

FLOOR = "python -c pass (floor)"
LIBRARIES = "import click, psycopg, rich.table"


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


def command() -> list[str]:
    """``stillontime`` as a person runs it: the console script beside this interpreter (it
    imports ``pipeline`` from PYTHONPATH, the code timed), or ``python -m pipeline``."""
    script = Path(sys.executable).with_name("stillontime")
    return [sys.executable, str(script)] if script.is_file() else [sys.executable, "-m", "pipeline"]


def timed(argv: list[str], code: Path = ROOT) -> Taken | None:
    """Seconds from spawn to exit of ``argv`` run in ``code``, and the CPU seconds (user and
    system) it used, or None when it fails."""
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONDONTWRITEBYTECODE": "1"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        argv, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    took = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        print(f"  ! {code.name}: {' '.join(argv[2:5])}...: exit {done.returncode}", file=sys.stderr)
        return None
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return took, cpu


Taken = tuple[float, float]  # (seconds from spawn to exit, CPU seconds)
Row = tuple[int, Callable[[], Taken | None]]  # (processes it starts, the timed run)


def command_rows(code: Path, label: str, one: list[str]) -> dict[str, Row]:
    """The command line's rows, run from the code in ``code``."""
    cli = command()
    n = len(one)
    return {
        f"stillontime --help{label}": (1, lambda: timed([*cli, "--help"], code)),
        f"stillontime status{label}": (1, lambda: timed([*cli, "status"], code)),
        f"stillontime status --json{label}": (1, lambda: timed([*cli, "status", "--json"], code)),
        f"stillontime extract 1 sheet --json{label}": (
            1,
            lambda: timed([*cli, "extract", one[0], "--json"], code),
        ),
        f"extract {n} sheets, {n} processes{label}": (
            n,
            lambda: _sum(timed([*cli, "extract", f, "--json"], code) for f in one),
        ),
        f"extract {n} sheets, 1 process{label}": (
            1,
            lambda: timed([*cli, "extract", *one, "--json"], code),
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed runs of each row")
    parser.add_argument("--compare", type=Path, help="another checkout, timed beside this one")
    parser.add_argument("--seed", type=int, default=18, help="of the order of each round")
    args = parser.parse_args()
    for code in (ROOT, args.compare):
        if code is not None:
            compileall.compile_dir(code / "pipeline", quiet=1)
    order = random.Random(args.seed)

    with tempfile.TemporaryDirectory() as tmp:
        one = [str(p) for p in text_sheets(Path(tmp), 10)]
        rows: dict[str, Row] = {
            FLOOR: (1, lambda: timed([sys.executable, "-c", "pass"])),
            LIBRARIES: (1, lambda: timed([sys.executable, "-c", LIBRARIES])),
        }
        rows |= command_rows(ROOT, "", one)
        if args.compare:
            rows |= command_rows(args.compare.resolve(), f" ({args.compare.name})", one)
        timed([*command(), "status"])  # starts the embedded default
        seen: dict[str, list[Taken | None]] = {name: [] for name in rows}
        for _ in range(args.repeat):
            names = list(rows)
            order.shuffle(names)
            for name in names:
                seen[name].append(rows[name][1]())

    floor = statistics.median(t[0] for t in seen[FLOOR] if t is not None)
    floor_cpu = statistics.median(t[1] for t in seen[FLOOR] if t is not None)
    where = "DATABASE_URL" if os.environ.get("DATABASE_URL") else "the embedded default"
    print(f"\n{args.repeat} runs each, status against {where}\n")
    print(
        "| command | median s | min s | median over the floor s (floor x processes)"
        " | median CPU s | CPU over the floor's s |"
    )
    print("|---|---|---|---|---|---|")
    for name, times in seen.items():
        if any(t is None for t in times):
            print(f"| {name} | n/a | n/a | n/a | n/a | n/a |")
            continue
        med, low = statistics.median(t[0] for t in times), min(t[0] for t in times)
        cpu = statistics.median(t[1] for t in times)
        n = rows[name][0]
        print(
            f"| {name} | {med:.3f} | {low:.3f} | {med - floor * n:+.3f} | {cpu:.3f}"
            f" | {cpu - floor_cpu * n:+.3f} |"
        )


def _sum(times) -> Taken | None:
    times = list(times)
    if any(t is None for t in times):
        return None
    return sum(t[0] for t in times), sum(t[1] for t in times)


if __name__ == "__main__":
    main()
