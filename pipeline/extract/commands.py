"""``stillontime schedules`` and ``stillontime contacts``: review, correct, confirm, find
(``stillontime extract`` is in cli.py: it needs no database)."""

from __future__ import annotations

import json
import sys
import uuid
from datetime import time
from typing import Annotated, Any

import psycopg
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.text import shown

schedules_app = typer.Typer(
    no_args_is_help=True, help="Review, correct, confirm or cancel schedules."
)
contacts_app = typer.Typer(no_args_is_help=True, help="Contacts read from call sheets.")
# Piped output keeps whole table rows rather than wrapping at 80 columns.
console = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True)


def _who() -> str:
    import getpass

    return f"cli:{getpass.getuser()}"


@schedules_app.command("list")
def list_schedules(
    user: Annotated[str | None, typer.Option(help="Only this user's (email).")] = None,
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    limit: Annotated[int, typer.Option(help="How many.")] = 50,
) -> None:
    """Schedules, newest shooting date first."""
    from pipeline import db
    from pipeline.extract import store

    with db.connect() as conn:
        rows = conn.execute(
            store.QUERIES["schedule_data_list"], {"email": user, "status": status, "limit": limit}
        ).fetchall()
    table = Table()
    for col in ("id", "user", "date", "call", "production", "location", "status", "v", "conf"):
        table.add_column(col)
    for r in rows:
        status = r["status"]
        if r["last_error_stage"]:
            status += f" ({r['last_error_stage']} failed)"
        # Titles and places come from strangers' PDFs: cells as plain text, no control codes.
        table.add_row(
            str(r["id"]), shown(r["user_email"]), str(r["shooting_date"]),
            _hhmm(r["call_time"]), shown(r["production"]),
            shown(r["location"])[:40], status, str(r["version"]), str(r["confidence_score"]),
        )  # fmt: skip
    console.print(table)


def _hhmm(call: time | None) -> str:
    # a call sheet's day in review may have no crew call yet (db/0025)
    return call.strftime("%H:%M") if call else "-"


@schedules_app.command("show")
def show(schedule_id: uuid.UUID) -> None:
    """One schedule as JSON, with its versions and open review."""
    from pipeline import db
    from pipeline.extract import store

    with db.connect() as conn:
        row = store.lock_schedule(conn, schedule_id)
        if row is None:
            err.print(f"no schedule {schedule_id}")
            raise typer.Exit(1)
        row["versions"] = conn.execute(
            store.QUERIES["schedule_versions_list"], {"schedule_id": schedule_id}
        ).fetchall()
        row["review"] = conn.execute(
            store.QUERIES["review_tasks_get_open"], {"schedule_id": schedule_id}
        ).fetchone()
    print(json.dumps(row, default=str, indent=2))


@schedules_app.command("confirm")
def confirm(schedule_id: uuid.UUID) -> None:
    """Confirm a schedule after review (downstream stages plan the day); its layout is learnt."""
    from pipeline.extract.corrections import confirm_schedule

    _change(schedule_id, lambda conn, row: confirm_schedule(conn, row, by=_who()).describe())


@schedules_app.command("cancel")
def cancel(schedule_id: uuid.UUID) -> None:
    """Cancel a schedule (its calendar event is cancelled, reminders stop)."""

    def act(conn: psycopg.Connection, row: dict[str, Any]) -> str:
        from pipeline.extract import store

        if row["status"] != "cancelled":
            store.set_status(conn, row["id"], "cancelled")
        store.resolve_review(conn, row["id"], _who(), None)
        return "cancelled"

    _change(schedule_id, act)


@schedules_app.command("edit")
def edit(
    schedule_id: uuid.UUID,
    call_time: Annotated[
        str | None, typer.Option("--call-time", "--call", help="Crew call, HH:MM.")
    ] = None,
    shooting_date: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD.")] = None,
    location: Annotated[str | None, typer.Option(help="The set's address.")] = None,
    base_location: Annotated[str | None, typer.Option("--base", help="Unit base.")] = None,
    production: Annotated[str | None, typer.Option(help="Production title.")] = None,
    and_confirm: Annotated[bool, typer.Option("--confirm", help="Confirm after the edit.")] = False,
) -> None:
    """Correct fields: a new version (announced downstream as a modification once confirmed);
    where the corrected value sits on the sheet is learnt for the production's next sheets."""
    from pipeline.extract.corrections import parse_changes

    typed = {"call_time": call_time, "shooting_date": shooting_date, "location": location}
    typed |= {"base_location": base_location, "production": production}
    try:
        changes = parse_changes(typed)
    except ValueError as exc:
        err.print(f"[red]{exc}[/]")
        raise typer.Exit(2) from exc
    if not changes:
        err.print("nothing to change: give --call-time, --date, --location, --base or --production")
        raise typer.Exit(2)

    def act(conn: psycopg.Connection, row: dict[str, Any]) -> str:
        from pipeline.extract.corrections import edit_schedule

        return edit_schedule(conn, row, changes, by=_who(), confirm=and_confirm).describe()

    _change(schedule_id, act)


def _change(schedule_id: uuid.UUID, act) -> None:
    from pipeline.extract.corrections import Refused, answer

    try:
        result = answer(schedule_id, act, by=_who())
    except Refused as exc:
        first, *rest = str(exc).split("\n")
        err.print(Text(first, style="red"))
        for line in rest:
            err.print(shown(line))
        raise typer.Exit(1) from exc
    # the status, then what the answer taught (labels are strangers' text: one line each)
    first, *lessons = result.split("\n")
    console.print(shown(f"schedule {schedule_id}: {first}"))
    for lesson in lessons:
        console.print(Text("  ") + shown(lesson))


@contacts_app.command("search")
def search(
    query: str,
    user: Annotated[str, typer.Option(help="Whose contacts (email).")],
    limit: Annotated[int, typer.Option(help="How many.")] = 10,
    min_score: Annotated[float, typer.Option(help="Least trigram similarity, 0-1.")] = 0.3,
) -> None:
    """Find a contact by a name spelled roughly ("kowalsky" finds Kowalski)."""
    from pipeline import db
    from pipeline.extract import store

    with db.connect() as conn:
        owner = conn.execute(store.QUERIES["users_get_by_email"], {"email": user}).fetchone()
        if owner is None:
            err.print(f"no user {user}")
            raise typer.Exit(1)
        rows = conn.execute(
            store.QUERIES["contacts_search"],
            {"user_id": owner["id"], "query": query, "limit": limit, "min_score": min_score},
        ).fetchall()
    if not rows:
        console.print("no match")
        raise typer.Exit(1)
    for r in rows:
        parts = [r["name"], r["role"], r["department"], r["phone"], r["email"]]
        console.print(shown(f"{r['score']:.2f}  " + "  ".join(p for p in parts if p)))
