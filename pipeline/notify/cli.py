"""Commands of the notify stage: list notifications, send the due ones, manage channels."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline.text import one_line

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Notifications and channels.")
channel_app = typer.Typer(no_args_is_help=True, help="A user's notification channels.")
app.add_typer(channel_app, name="channel")

UserOpt = Annotated[str, typer.Option("--user", help="The user's email.")]


def _ready() -> None:
    from pipeline import db
    from pipeline.db.migrate import migrate
    from pipeline.logs import configure_logging

    configure_logging()  # logs go to stderr; stdout stays the command's output
    migrate(db.owner_url())  # the owner migrates; the command then logs in as its own


def _user_id(conn, email: str):
    from pipeline.accounts import UnknownUser, find_user

    try:
        return find_user(conn, email)["id"]
    except UnknownUser as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc


@app.command("list")
def list_(
    user: Annotated[str | None, typer.Option("--user", help="Only this user's.")] = None,
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many.")] = 50,
) -> None:
    """Recent notifications: template, channel, status, when scheduled/sent, attempts, error."""
    from pipeline import db
    from pipeline.notify import store

    _ready()
    with db.transaction() as conn:
        user_id = _user_id(conn, user) if user else None
        rows = store.list_notifications(conn, user_id, status, limit)
    for r in rows:
        when = r["sent_at"] or r["scheduled_for"] or r["created_at"]
        typer.echo(
            f"{r['id']}  {r['template']:<19} {one_line(r['channel_name']):<10} {r['status']:<10} "
            f"v{r['schedule_version'] or '-'}  {when:%Y-%m-%d %H:%M}  "
            f"tries {r['delivery_attempts']}  {one_line(r['subject'])}"
            + (f"  [{one_line(r['error'])}]" if r["error"] else "")
        )


@app.command("send-due")
def send_due() -> None:
    """Send every due notification now (what the scheduler does periodically)."""
    from pipeline.notify.sending import send_due_notifications
    from pipeline.notify.service import notify_processing_errors

    _ready()
    notify_processing_errors()
    result = send_due_notifications()
    typer.echo(f"sent {result.sent}, failed {result.failed}, released {result.released}")


@app.command("channels")
def channels_list(user: UserOpt) -> None:
    """A user's channels (URLs shown redacted)."""
    from pipeline import db
    from pipeline.notify import store

    _ready()
    with db.transaction() as conn:
        rows = store.list_channels(conn, _user_id(conn, user))
    if not rows:
        typer.echo("no channels: notifications go to the local outbox")
    for r in rows:
        state = "enabled" if r["enabled"] else "disabled"
        hint = one_line(r["url_hint"] or "-")
        typer.echo(f"{one_line(r['name']):<12} {r['kind']:<6} {state:<8} {hint}")


@channel_app.command("add")
def channel_add(
    user: UserOpt,
    name: Annotated[str, typer.Argument(help="A short name: phone, mail, ...")],
    url: Annotated[
        str | None,
        typer.Argument(help="An apprise URL (mailtos://, ntfy://, twilio://...); none: local."),
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="email, sms, push or local (default: by the scheme).")
    ] = None,
) -> None:
    """Add (or replace) a channel; its URL is stored encrypted."""
    from pipeline import db
    from pipeline.notify import channels, store

    _ready()
    if url is None:
        kind, ciphertext, key_id, hint = "local", None, None, None
    else:
        try:
            channels.validate(url)
        except channels.ChannelInvalid as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(1) from exc
        kind = kind or channels.kind_of(url)
        ciphertext, key_id = channels.encrypt_url(url)
        hint = channels.hint_of(url)
    with db.transaction(actor="cli") as conn:
        store.save_channel(conn, _user_id(conn, user), name, kind, ciphertext, key_id, hint)
    typer.echo(f"channel {name} ({kind}) saved")


@channel_app.command("remove")
def channel_remove(user: UserOpt, name: str) -> None:
    """Remove a channel."""
    from pipeline import db
    from pipeline.notify import store

    _ready()
    with db.transaction(actor="cli") as conn:
        removed = store.delete_channel(conn, _user_id(conn, user), name)
    if not removed:
        typer.echo(f"no channel {name}", err=True)
        raise typer.Exit(1)
    typer.echo(f"channel {name} removed")


@channel_app.command("rotate-key")
def channel_rotate_key() -> None:
    """Re-encrypt every channel URL under the current (first) secret key (after
    `stillontime auth rotate-key`, before the old key is dropped)."""
    from pipeline import db
    from pipeline.notify import store
    from pipeline.secrets import get_vault

    _ready()
    with db.transaction(actor="cli") as conn:
        changed = store.rotate_channel_urls(conn, get_vault())
    typer.echo(f"re-encrypted {changed} channel URLs")
