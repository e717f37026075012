"""``stillontime status``: the counts, lag, dead letters and processes, once or live.

A plain click command (not typer), its rich drawing imported only to draw: a script that asks
for ``--json`` pays for the database and nothing else."""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING

import click

from pipeline.app.console import migrated_url as _migrated_url
from pipeline.text import shown

if TYPE_CHECKING:
    from rich.table import Table


@click.command(
    "status",
    help="Counts per stage and status, the oldest undispatched event, dead letters, failures.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--watch", is_flag=True, help="Redraw until Ctrl-C.")
@click.option(
    "--interval",
    type=float,
    default=2.0,
    show_default=True,
    help="Seconds between redraws with --watch.",
)
@click.option(
    "--count", type=int, default=0, show_default=True, help="Stop --watch after N redraws."
)
def status(as_json: bool, watch: bool, interval: float, count: int) -> None:
    from pipeline import db
    from pipeline.app.status import gather_status

    _migrated_url()
    if watch:
        _watch_status(interval, count)
        return
    with db.connect() as conn:
        snapshot = gather_status(conn)
    if as_json:
        print(json.dumps(snapshot, default=str, indent=2))
        return
    from pipeline.app.console import console

    console.print(_status_view(snapshot))


def _watch_status(interval: float, count: int) -> None:
    from datetime import datetime

    from rich.live import Live

    from pipeline import db
    from pipeline.app.console import console
    from pipeline.app.status import gather_status

    drawn = 0
    with db.connect(autocommit=True) as conn, Live(console=console, auto_refresh=False) as live:
        try:
            while True:
                snapshot = gather_status(conn)
                stamp = f"stillontime status at {datetime.now():%H:%M:%S} (Ctrl-C to stop)"
                live.update(_status_view(snapshot, title=stamp), refresh=True)
                drawn += 1
                if count and drawn >= count:
                    return
                time.sleep(interval)
        except KeyboardInterrupt:
            return


def _status_view(snapshot: dict, title: str = "Records by stage and status"):
    from rich.console import Group
    from rich.table import Table

    from pipeline.app.status import problem_lines

    table = Table(title=title)
    for col in ("stage", "status", "count"):
        table.add_column(col)
    for stage, counts in sorted(snapshot["stages"].items()):
        for key, n in sorted(counts.items()):
            table.add_row(stage, key, str(n))
    lines: list = [table]
    outbox = snapshot["outbox"]
    age = outbox["oldest_undispatched_age_s"]
    lines.append(
        f"outbox: {outbox['undispatched']} undispatched"
        + (f", oldest {age:.1f}s old" if age is not None else "")
    )
    lines.append(f"dead letters: {len(snapshot['dead_letters'])}")
    for dead in snapshot["dead_letters"]:
        lines.append(
            shown(
                f"  event {dead['event_id']} {dead['kind']} -> {dead['actor_name']}"
                f" after {dead['attempts']} attempts: {dead['last_error']}"
            )
        )
    lines += problem_lines(snapshot)
    if snapshot["recent_failures"]:
        lines.append("recent failures:")
        for failure in snapshot["recent_failures"]:
            # Text, not markup: "[ingest]" is no style, and messages quote call sheets.
            line = f"  [{failure['stage']}] {failure['subject_id']}: {failure['message']}"
            lines.append(shown(line))
    if snapshot["services"]:
        lines.append(_services_view(snapshot["services"]))
    for row in snapshot["deliveries_retried"]:
        lines.append(
            f"{row['actor_name']}: {row['retried']} retried, {row['redelivered']} sent again"
            f" in the last hour ({row['still_open']} still open)"
        )
    return Group(*lines)


def _services_view(services: list[dict]) -> Table:
    from rich.table import Table

    colour = {"running": "green", "stopped": "dim", "lost": "red"}
    table = Table(title="Service processes (last 24 h)")
    for col in ("service", "host", "pid", "state", "last seen", "rode through"):
        table.add_column(col)
    for row in services:
        troubles = ", ".join(f"{what} {n}" for what, n in sorted(row["troubles"].items()))
        table.add_row(
            row["kind"], row["host"], str(row["pid"]),
            f"[{colour[row['state']]}]{row['state']}[/]", row["last_seen_at"][11:19],
            shown(troubles + (f" ({row['last_error']})" if row["last_error"] else "")),
        )  # fmt: skip
    return table
