"""``stillontime doctor``: is this install ready for daily use? One line per check, saying what
is fine, or what is wrong and the command that fixes it; exit 1 if any check failed."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline.runtime.checks import Finding
from pipeline.text import one_line

app = typer.Typer()

_MARKS = {"ok": "ok  ", "warn": "WARN", "fail": "FAIL", "skip": "skip"}


def line(finding: Finding) -> str:
    """A finding as the person reads it: ``FAIL redis: ... -> fix: COMMAND``."""
    fix = f" -> fix: {finding.fix}" if finding.fix and finding.status != "ok" else ""
    return one_line(f"{_MARKS[finding.status]} {finding.check}: {finding.detail}{fix}")


@app.command()
def doctor(
    send_test: Annotated[
        bool, typer.Option("--send-test", help="Send a test message through each channel.")
    ] = False,
) -> None:
    """Check this install: servers, migrations, Tesseract, Google grants, channels, services."""
    from pipeline.app.doctor_checks import run_checks
    from pipeline.logs import configure_logging
    from pipeline.runtime.stages import stages

    configure_logging()  # logs to stderr; the report is stdout
    counts = dict.fromkeys(_MARKS, 0)
    for finding in run_checks(stages(), send_test=send_test):
        counts[finding.status] += 1
        print(line(finding), flush=True)
    verdict = "failed" if counts["fail"] else "passed"
    print(
        f"\ndoctor {verdict}: {counts['ok']} ok, {counts['warn']} warnings,"
        f" {counts['fail']} failed, {counts['skip']} skipped"
    )
    if counts["fail"]:
        raise typer.Exit(1)
