"""The notify stage's part in ``stillontime doctor``: each user's channels.

Without ``--send-test`` a channel is checked as far as can be without sending: its URL decrypts
and apprise understands it. With it, a short test message goes through the channel, which is
the only way to know the service takes it (apprise has no dry run).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipeline.runtime.checks import CheckContext, Finding
from pipeline.text import one_line

TEST_SUBJECT = "StillOnTime: test message"
TEST_TEXT = "A test from `stillontime doctor --send-test`: this channel reaches you."


def channels(context: CheckContext) -> Iterator[Finding]:
    """One line per channel of every user; a user without one is told where messages go."""
    from pipeline.notify.store import QUERIES

    assert context.conn is not None  # declared needs_database
    for row in context.conn.execute(QUERIES["doctor_channels"]):
        yield channel(row, context)


def channel(row: dict[str, Any], context: CheckContext) -> Finding:
    from pipeline.notify import channels as sending
    from pipeline.secrets import SecretError

    add = f"stillontime notifications channel add --user {row['email']} NAME APPRISE_URL"
    if row["name"] is None:
        where = sending.outbox_folder(context.home)
        detail = f"no channels: notifications are files in {where}"
        return Finding(f"channels {row['email']}", "warn", detail, add)
    check = f"channel {row['email']} {row['name']}"
    replace = f"stillontime notifications channel add --user {row['email']} {row['name']} URL"
    if not row["enabled"]:
        return Finding(check, "skip", "disabled")
    if row["kind"] == "local" or row["url_encrypted"] is None:
        return Finding(check, "ok", f"local: files in {sending.outbox_folder(context.home)}")
    hint = one_line(row["url_hint"] or row["kind"])
    try:
        url = sending.decrypt_url(bytes(row["url_encrypted"]))
        sending.validate(url)
    except SecretError as exc:
        fix = f"set STILLONTIME_SECRET_KEY to the key it was stored with, or {replace}"
        return Finding(check, "fail", f"{hint}: its URL cannot be decrypted: {exc}", fix)
    except sending.ChannelInvalid as exc:
        return Finding(check, "fail", str(exc), replace)
    if not context.send_test:
        detail = f"{row['kind']} {hint} understood (nothing sent; --send-test sends a test)"
        return Finding(check, "ok", detail)
    message = sending.Outgoing("doctor-test", TEST_SUBJECT, TEST_TEXT, None, "doctor_test")
    try:
        sending.send_apprise(url, message, row["kind"])
    except (sending.ChannelError, sending.ChannelInvalid) as exc:
        fix = f"check the service and the URL's credentials, then {replace}"
        return Finding(check, "fail", f"test message not taken: {exc}", fix)
    return Finding(check, "ok", f"{row['kind']} {hint}: test message sent")
