"""``stillontime layouts list|forget``: what corrections taught about productions' layouts."""

from __future__ import annotations

import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from pipeline.text import shown

layouts_app = typer.Typer(
    no_args_is_help=True,
    help="Sheet layouts learnt from corrections (per user, sender and production).",
)
console = Console(width=None if sys.stdout.isatty() else 200)
err = Console(stderr=True)


@layouts_app.command("list")
def list_layouts(
    user: Annotated[str | None, typer.Option(help="Only this user's (email).")] = None,
) -> None:
    """Each learnt rule: sender, production, field, the label its value sits by, uses."""
    from pipeline import db
    from pipeline.extract import store

    with db.connect() as conn:
        rows = conn.execute(store.QUERIES["learnt_layouts_list"], {"email": user}).fetchall()
    if not rows:
        console.print("nothing learnt")
        return
    table = Table()
    for col in ("id", "user", "sender", "production", "field", "label", "where", "layout",
                "taught by", "uses"):  # fmt: skip
        table.add_column(col)
    for r in rows:
        # labels, titles and senders come from strangers' mail: plain text, no control codes
        table.add_row(
            str(r["id"])[:8], shown(r["user_email"]), shown(r["sender_key"]),
            shown(r["production"]), r["field"], shown(r["label"]), r["relation"],
            r["fingerprint_digest"][:8], r["taught_by"], str(r["uses"]),
        )  # fmt: skip
    console.print(table)


@layouts_app.command("forget")
def forget(
    ids: Annotated[
        list[str] | None, typer.Argument(help="Rule ids, or their first 8 characters.")
    ] = None,
    user: Annotated[str | None, typer.Option(help="Only this user's (email).")] = None,
    production: Annotated[str | None, typer.Option(help="Every rule of this production.")] = None,
    sender: Annotated[str | None, typer.Option(help="Every rule of this sender.")] = None,
) -> None:
    """Forget learnt rules: by id, or all of a user's production or sender."""
    from pipeline import db
    from pipeline.extract import store

    if not ids and not (user and (production or sender)):
        err.print("say what to forget: rule ids, or --user with --production or --sender")
        raise typer.Exit(2)
    if any(len(i) < 8 for i in ids or ()):
        err.print("give at least the first 8 characters of an id")
        raise typer.Exit(2)
    params = {"prefixes": [i.lower() for i in ids] if ids else None, "email": user,
              "production": production, "sender": sender}  # fmt: skip
    with db.transaction(actor="cli:layouts") as conn:
        rows = conn.execute(store.QUERIES["learnt_layouts_forget"], params).fetchall()
    if not rows:
        err.print("no learnt rule matches")
        raise typer.Exit(1)
    for r in rows:
        console.print(
            shown(
                f"forgot {str(r['id'])[:8]}: {r['user_email']} {r['production'] or '-'} "
                f"{r['field']} by '{r['label']}'"
            )
        )
