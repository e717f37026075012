"""Commands of the ingest stage: users, Google auth, the poller, the local inbox, emails."""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path
from typing import Annotated

import typer

from pipeline.text import one_line

app = typer.Typer(no_args_is_help=True, add_completion=False)
users_app = typer.Typer(no_args_is_help=True, help="Users and their configuration.")
auth_app = typer.Typer(no_args_is_help=True, help="Google authorisation of a user.")
emails_app = typer.Typer(no_args_is_help=True, help="Recorded emails.")
filters_app = typer.Typer(no_args_is_help=True, help="A user's mail filters.")
app.add_typer(users_app, name="users")
app.add_typer(auth_app, name="auth")
app.add_typer(emails_app, name="emails")
app.add_typer(filters_app, name="filters")

UserOpt = Annotated[str, typer.Option("--user", help="The user's email.")]


def _out(text: str) -> None:
    typer.echo(text)


def _fail(text: str, code: int = 1) -> typer.Exit:
    typer.echo(text, err=True)
    return typer.Exit(code)


def _ready() -> None:
    """Resolve the database (embedded if unset) and bring its schema up to date."""
    from pipeline import db
    from pipeline.db.migrate import migrate
    from pipeline.logs import configure_logging

    configure_logging()  # logs go to stderr; stdout stays the command's output
    migrate(db.owner_url())  # the owner migrates; the command then logs in as its own


def _user_id(conn, email: str) -> uuid.UUID:
    from pipeline.accounts import UnknownUser, find_user

    try:
        return find_user(conn, email)["id"]
    except UnknownUser as exc:
        raise _fail(str(exc)) from exc


@app.command()
def poller(
    once: Annotated[bool, typer.Option(help="Run one pass and exit.")] = False,
) -> None:
    """Run the Gmail poller: sync every user with a Google grant, every poll interval.

    With STILLONTIME_GMAIL_PUSH_TOPIC and _SUBSCRIPTION set, it also keeps each user's Gmail
    watch alive and syncs a user as soon as a notification arrives; polling then runs every
    STILLONTIME_GMAIL_PUSH_POLL_INTERVAL_S as the safety net.
    """
    from pipeline.service_imports import structlog_without_rich

    structlog_without_rich()  # before the modules below import it
    import threading

    from pipeline.ingest.push import PushListener
    from pipeline.ingest.service import Poller
    from pipeline.ingest.settings import PushSettings
    from pipeline.logs import configure_logging
    from pipeline.runtime.instances import running
    from pipeline.runtime.supervisor import install_stop_signals

    configure_logging()
    _ready()
    from pipeline.db.connection import use_login

    use_login("poller")  # its own login from here on, not the owner (db/0027)
    push = PushListener(Poller(), PushSettings())
    if not push.settings.enabled:
        push.stop_watches()  # push was turned off: Gmail need not keep publishing
    if once:
        if push.settings.enabled:
            watches = push.renew_watches()
            _out(f"watches: {watches.watched} made or renewed, {watches.failed} failed")
        result = push.poller.run_once()
        _out(f"synced {len(result.users)} users, recorded {result.recorded}")
        raise typer.Exit(1 if result.failed else 0)
    stop = threading.Event()
    install_stop_signals(stop)
    with running("poller"):
        if push.settings.enabled:
            push.run_forever(stop)
        else:
            push.poller.run_forever(stop)


@app.command()
def ingest(
    path: Annotated[Path, typer.Argument(help="A .pdf, an .eml, or a folder / Maildir.")],
    user: UserOpt,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per file.")] = False,
) -> None:
    """Record local files as emails of a user (same filters, dedupe and records as Gmail)."""
    from pipeline import db
    from pipeline.ingest import local, store

    if not path.exists():
        raise _fail(f"no such file or folder: {path}")
    _ready()
    with db.connect(autocommit=True) as conn:
        user_id = _user_id(conn, user)
        filters = store.get_filters(conn, user_id)
    results = local.ingest_path(path, user_id, filters)
    for r in results:
        if as_json:
            row = {"path": str(r.path), "status": r.status, "email_id": r.email_id}
            _out(json.dumps({**row, "detail": r.detail}, default=str))
        else:
            detail = f"  ({one_line(r.detail)})" if r.detail else ""
            _out(f"{r.status:8} {one_line(r.path)}{detail}")
    if not results:
        raise _fail(f"no .pdf, .eml or Maildir message under {one_line(path)}")
    refused = [r for r in results if r.status in ("error", "unreadable")]
    if refused:
        # Every other file was recorded; exit 2 (bad input) so a script notices these.
        raise _fail(f"{len(refused)} of {len(results)} files could not be read", code=2)


@users_app.command("add")
def users_add(
    email: Annotated[str, typer.Argument(help="The user's email (their Gmail address).")],
    home: Annotated[str, typer.Option(help="Home address (where the day starts).")],
    equipment_house: Annotated[
        str | None, typer.Option(help="Equipment house address (gear pick-up).")
    ] = None,
    timezone: Annotated[str, typer.Option(help="IANA time zone, e.g. Europe/Warsaw.")] = "UTC",
) -> None:
    """Create a user with the default buffers, channels and mail filters."""
    from pipeline import db
    from pipeline.accounts import AccountError, create_user
    from pipeline.ingest import logic, store

    _ready()
    with db.connect() as conn:
        try:
            user_id = create_user(
                conn,
                email,
                home_address=home,
                equipment_house_address=equipment_house,
                timezone=timezone,
            )
        except AccountError as exc:
            raise _fail(str(exc)) from exc
        store.set_filters(conn, user_id, logic.Filters())
        conn.commit()
    _out(f"user {email} created ({user_id})")


@users_app.command("list")
def users_list() -> None:
    """Every user, with home, time zone and the state of their Google grant."""
    from pipeline import db
    from pipeline.accounts import list_users

    _ready()
    with db.connect() as conn:
        for u in list_users(conn):
            grant = u["google_status"] or "no grant"
            error = f" ({u['google_error']})" if u["google_error"] else ""
            home = u["home_address"]
            _out(one_line(f"{u['email']}  {u['timezone']}  google: {grant}{error}  home: {home}"))


@auth_app.command("google")
def auth_google(
    user: UserOpt,
    client_secrets: Annotated[
        Path | None,
        typer.Option(help="OAuth client file; else STILLONTIME_GOOGLE_CLIENT_SECRETS."),
    ] = None,
    console: Annotated[
        bool, typer.Option(help="No browser here: print the URL, paste back the redirect URL.")
    ] = False,
) -> None:
    """Authorise Gmail (read) and Calendar (events) for a user through Google's consent page."""
    from pipeline.ingest.oauth import run_flow

    _ready()
    raise typer.Exit(run_flow(user, client_secrets, console=console))


@auth_app.command("import")
def auth_import(
    file: Annotated[Path, typer.Argument(help="Authorized-user JSON written by google-auth.")],
    user: UserOpt,
) -> None:
    """Store a token file authorised on another machine (for a server with no browser)."""
    from pipeline import db
    from pipeline.accounts import AccountError, save_grant
    from pipeline.outside.google import grant_from_authorized_user_file

    _ready()
    try:
        grant = grant_from_authorized_user_file(file)
    except AccountError as exc:
        raise _fail(str(exc)) from exc
    if not grant.refresh_token:
        raise _fail(f"{file}: no refresh_token; the pipeline could not renew access")
    with db.connect(autocommit=True) as conn:
        save_grant(conn, _user_id(conn, user), grant)
    _out(f"Google grant stored for {user} (scopes: {', '.join(grant.scopes)})")


@auth_app.command("rotate-key")
def auth_rotate_key() -> None:
    """Re-encrypt every stored secret (Google grants, notification channel URLs) under the
    current (first) secret key; afterwards the old key can be dropped."""
    from pipeline import db
    from pipeline.accounts import rotate_grants
    from pipeline.runtime.stages import stages
    from pipeline.secrets import get_vault

    _ready()
    with db.connect(autocommit=True) as conn:
        counts = [f"{rotate_grants(conn)} grants"]
    for rotation in (r for stage in stages() for r in stage.secret_rotations):
        with db.transaction(actor="cli") as conn:
            counts.append(f"{rotation.rotate(conn, get_vault())} {rotation.label}")
    _out(f"re-encrypted {' and '.join(counts)}")


@emails_app.command("list")
def emails_list(
    user: Annotated[str | None, typer.Option("--user", help="Only this user's.")] = None,
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    limit: Annotated[int, typer.Option(help="How many.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per email.")] = False,
) -> None:
    """The latest recorded emails."""
    from pipeline import db
    from pipeline.ingest import store

    _ready()
    with db.connect() as conn:
        rows = store.list_emails(conn, user_email=user, status=status, limit=limit)
    for r in rows:
        if as_json:
            _out(json.dumps(r, default=str))
            continue
        why = one_line(r["skip_reason"] or r["error"] or "")
        _out(
            f"{r['id']}  {r['processing_status']:10} {r['source']:5} {r['documents']} pdf"
            f"  {r['received_at']:%Y-%m-%d %H:%M}  {one_line(r['subject'])[:60]}"
            + (f"  [{why}]" if why else "")
        )


@emails_app.command("reprocess")
def emails_reprocess(email_id: Annotated[str, typer.Argument(help="The email's id.")]) -> None:
    """Put an email back to pending, so extraction runs on it again."""
    from pipeline.ingest import store

    _ready()
    try:
        store.reprocess(uuid.UUID(email_id))
    except ValueError as exc:
        raise _fail(f"not an email id: {email_id}") from exc
    except store.ReprocessRefused as exc:
        raise _fail(str(exc)) from exc
    _out(f"email {email_id} is pending again")


@filters_app.command("show")
def filters_show(user: UserOpt) -> None:
    """A user's mail filters."""
    from pipeline import db
    from pipeline.ingest import store

    _ready()
    with db.connect() as conn:
        f = store.get_filters(conn, _user_id(conn, user))
    _out(json.dumps(f.__dict__, indent=2, ensure_ascii=False))


@filters_app.command("set")
def filters_set(
    user: UserOpt,
    keyword: Annotated[list[str] | None, typer.Option(help="Subject keyword (repeat).")] = None,
    allow: Annotated[list[str] | None, typer.Option(help="Allowed sender or domain.")] = None,
    deny: Annotated[list[str] | None, typer.Option(help="Denied sender or domain.")] = None,
    max_mb: Annotated[float | None, typer.Option(help="Attachment size cap in MB.")] = None,
) -> None:
    """Change a user's filters; options not given keep their value."""
    from dataclasses import replace

    from pipeline import db
    from pipeline.ingest import store

    _ready()
    with db.connect() as conn:
        user_id = _user_id(conn, user)
        f = store.get_filters(conn, user_id)
        f = replace(
            f,
            subject_keywords=tuple(keyword) if keyword else f.subject_keywords,
            sender_allow=tuple(allow) if allow is not None else f.sender_allow,
            sender_deny=tuple(deny) if deny is not None else f.sender_deny,
            max_attachment_bytes=int(max_mb * 1024 * 1024) if max_mb else f.max_attachment_bytes,
        )
        store.set_filters(conn, user_id, f)
        conn.commit()
    _out(json.dumps(f.__dict__, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
