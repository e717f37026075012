"""A stage the core has never heard of, plugged in only through the registry (tests)."""

from __future__ import annotations

import typer

from pipeline import events
from pipeline.runtime.checks import Check, CheckContext, Finding
from pipeline.runtime.scheduler import PeriodicJob
from pipeline.runtime.stage import CliCommand, Stage

# Its command line: ``stillontime toy cheer``.
app = typer.Typer(no_args_is_help=True, help="Toys.")


@app.command()
def cheer(name: str = "crew") -> None:
    """Cheer someone on."""
    print(f"hooray for the {name}")


@app.command()
def sulk() -> None:
    """Sulk."""
    print("no")


# Its rows: no table of its own, so the queries make them up.
QUERIES = {
    "toy_counts": "SELECT 'toy' AS stage, 'toys' AS tbl, 'happy' AS status, 3 AS n",
    "toy_failures": "SELECT 'toy' AS stage, 7 AS subject_id, 'the toy broke' AS message,"
    " '2001-02-03T04:05:06Z'::timestamptz AS at LIMIT %(limit)s",
    "toy_failure_reasons": "SELECT 'toy' AS stage, 'Broken' AS reason, 2 AS n",
}


def check_toys(context: CheckContext) -> list[Finding]:
    """Its part in ``stillontime doctor``: reads the database it is given."""
    assert context.conn is not None
    n = context.conn.execute(QUERIES["toy_counts"]).fetchone()["n"]
    return [Finding("toys", "warn", f"{n} toys, none cheered", "stillontime toy cheer")]


def check_broken(context: CheckContext) -> list[Finding]:
    raise RuntimeError("the toy's check broke")


STAGE = Stage(
    name="toy",
    routes={events.ROUTE_PLANNED: ("toy.play",), events.NOTIFICATION_SENT: ("toy.cheer",)},
    jobs=lambda: [PeriodicJob("toy_tidy", 60.0, lambda: 0)],
    cli=(CliCommand("toy", "tests.support.toy_stage:app", "Toys."),),
    status_queries=("toy_counts",),
    failure_queries=("toy_failures",),
    failure_reason_queries=("toy_failure_reasons",),
    queries=lambda: QUERIES,
    checks=(
        Check("toys", "tests.support.toy_stage:check_toys"),
        Check("toy_broken", "tests.support.toy_stage:check_broken", needs_database=False),
    ),
)
