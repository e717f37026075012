"""The local inbox: .pdf and .eml files, folders of them, and Maildirs, recorded like Gmail mail.

A bare PDF is an email of source 'local' with message id ``local:<sha256 of the PDF>``, the
file name as subject, and no subject or sender filter (the user handed it in on purpose). An
.eml or Maildir message goes through the user's filters; its id is ``local:<sha256 of the
raw message>``.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import structlog

from pipeline.ingest import logic, mime, store

log = structlog.get_logger("stillontime.ingest")
# Files the local inbox reads; Maildir messages have no extension and live in cur/ or new/.
SUFFIXES = (".pdf", ".eml")


@dataclass(frozen=True)
class LocalResult:
    """One file and what became of it."""

    path: Path
    status: str  # pending, skipped, error, ignored, known; unreadable (not recorded)
    email_id: uuid.UUID | None
    detail: str | None = None


def iter_files(path: Path) -> Iterator[Path]:
    """The files under ``path`` the inbox reads, in a stable order."""
    if path.is_file():
        yield path
        return
    for child in sorted(path.rglob("*")):
        if not child.is_file() or child.name.startswith("."):
            continue
        in_maildir = child.parent.name in ("cur", "new") and (child.parent.parent / "cur").is_dir()
        if child.suffix.lower() in SUFFIXES or in_maildir:
            yield child


def ingest_path(path: Path, user_id: uuid.UUID, filters: logic.Filters) -> list[LocalResult]:
    """Record every file under ``path`` for the user; one bad file does not stop the rest."""
    return [ingest_file(f, user_id, filters) for f in iter_files(path)]


def ingest_file(path: Path, user_id: uuid.UUID, filters: logic.Filters) -> LocalResult:
    """Record one .pdf or message file (status 'unreadable', nothing recorded, if it cannot be
    read from disk: with no content there is no message id to record it under)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        log.warning("local file unreadable", path=str(path), error=str(exc))
        return LocalResult(path, "unreadable", None, exc.strerror or str(exc))
    mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    message_id = "local:" + hashlib.sha256(data).hexdigest()
    envelope = store.Envelope(user_id, message_id, "local", mtime)
    if path.suffix.lower() == ".pdf":
        parsed = mime.pdf_as_email(path.name, data, mtime)
    else:
        try:
            parsed = mime.parse_message(data, fallback_received_at=mtime)
        except Exception as exc:
            # Any failure to read one file is that file's recorded error; the rest go on.
            return _unreadable(path, envelope, exc)
    try:
        recorded = store.record(envelope, parsed, filters)
    except (psycopg.DataError, psycopg.IntegrityError) as exc:
        recorded = store.record_malformed(envelope, f"{path.name} refused: {exc}")
        return LocalResult(path, recorded.status, recorded.email_id, str(exc))
    detail = None
    if recorded.status == "ignored":
        detail = logic.decide(parsed, filters).reason
    log.info("local file ingested", path=str(path), status=recorded.status)
    return LocalResult(path, recorded.status, recorded.email_id, detail)


def _unreadable(path: Path, envelope: store.Envelope, exc: Exception) -> LocalResult:
    if isinstance(exc, mime.MalformedMessage):
        log.warning("malformed message", path=str(path), error=str(exc))
    else:
        log.exception("message could not be read", path=str(path))
    reason = logic.unreadable_reason(exc, f"file {path.name}")
    recorded = store.record_malformed(envelope, reason)
    return LocalResult(path, recorded.status, recorded.email_id, reason)
