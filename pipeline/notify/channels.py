"""Notification channels: apprise URLs (email, SMS, push...) kept encrypted, and the local outbox.

A channel's URL can hold a password or token (``mailtos://user:pass@host``, ``ntfys://token@``),
so it is stored as Fernet ciphertext (``pipeline.secrets``) and never logged: errors and
listings show ``url_hint`` (scheme and host) only.
"""

from __future__ import annotations

import logging
import os
import tempfile
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import PermanentError, TransientError
from pipeline.secrets import Vault, get_vault
from pipeline.text import one_line, printable

# apprise schemes by the kind our notifications table records.
EMAIL_SCHEMES = {"mailto", "mailtos", "ses", "sendgrid", "mailgun", "sparkpost", "resend",
                 "brevo", "smtp2go", "postmark"}  # fmt: skip
SMS_SCHEMES = {"twilio", "sns", "clicksend", "vonage", "nexmo", "messagebird", "plivo", "bulksms",
               "sinch", "d7sms", "smseagle", "kavenegar", "bulkvs", "seven", "smsmgr", "msg91",
               "httpsms", "voipms", "burstsms", "africastalking", "46elks"}  # fmt: skip


class ChannelError(TransientError):
    """The channel did not take the notification; tried again later."""


class ChannelInvalid(PermanentError):
    """The channel's URL is not one apprise understands."""


def kind_of(url: str) -> str:
    """email, sms or push, by the URL's scheme."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme in EMAIL_SCHEMES:
        return "email"
    if scheme in SMS_SCHEMES:
        return "sms"
    return "push"


def hint_of(url: str) -> str:
    """A showable form of a URL: scheme and host, no credentials, path or query."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    return f"{parts.scheme}://{host}" + ("/…" if parts.path.strip("/") or parts.query else "")


def validate(url: str) -> None:
    """Raise ChannelInvalid unless apprise can build a service from ``url``."""
    import apprise

    if not apprise.Apprise().add(url):
        raise ChannelInvalid(f"apprise does not understand {hint_of(url)}")


def encrypt_url(url: str, vault: Vault | None = None) -> tuple[bytes, str]:
    vault = vault or get_vault()
    return vault.encrypt(url.encode()), vault.key_id


def decrypt_url(ciphertext: bytes, vault: Vault | None = None) -> str:
    return (vault or get_vault()).decrypt(ciphertext).decode()


@dataclass(frozen=True)
class Outgoing:
    """What a channel sends."""

    notification_id: str
    subject: str
    text: str
    html: str | None
    template: str


def send_apprise(url: str, message: Outgoing, kind: str) -> str:
    """Send through apprise; returns the channel's hint as the external id.

    Raises
    ------
    ChannelInvalid
        apprise cannot build the service from the URL.
    ChannelError
        The service did not take it (the reason, never the URL).
    """
    import apprise

    hint = hint_of(url)
    sender = apprise.Apprise()
    if not sender.add(url):
        raise ChannelInvalid(f"apprise does not understand {hint}")
    use_html = kind == "email" and message.html
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as capture:
        ok = sender.notify(
            title=one_line(message.subject),
            body=printable(message.html if use_html else message.text),
            body_format=apprise.NotifyFormat.HTML if use_html else apprise.NotifyFormat.TEXT,
        )
        captured = capture.getvalue() if hasattr(capture, "getvalue") else ""
    if not ok:
        raise ChannelError(f"{hint} refused: {_redact(captured, url)}".strip())
    return hint


def _redact(text: str, url: str) -> str:
    """The last log line, with anything of the URL's secrets taken out."""
    lines = [line for line in (text or "").strip().splitlines() if line.strip()]
    last = lines[-1] if lines else "no detail"
    parts = urllib.parse.urlsplit(url)
    for secret in (url, parts.password, parts.username, parts.path.strip("/"), parts.query):
        if secret:
            last = last.replace(secret, "***")
    return last[:500]


def outbox_folder(home: Path) -> Path:
    """``<home>/outbox``: the local channel's files."""
    return home / "outbox"


def send_local(home: Path, message: Outgoing, recipient: str) -> str:
    """Write the notification to ``<home>/outbox/<notification_id>.txt``; returns the path."""
    folder = outbox_folder(home)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{message.notification_id}.txt"
    # The text quotes call sheets: no control sequence reaches the file (or a terminal).
    head = f"To: {one_line(recipient)}\nSubject: {one_line(message.subject)}\n"
    head += f"Template: {one_line(message.template)}\n"
    body = head + "\n" + printable(message.text)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return str(path)


def outgoing(row: dict[str, Any]) -> Outgoing:
    """The message of a notifications row."""
    data = row.get("data") or {}
    return Outgoing(
        notification_id=str(row["id"]),
        subject=row["subject"],
        text=row["message"],
        html=data.get("html") if isinstance(data, dict) else None,
        template=row["template"],
    )
