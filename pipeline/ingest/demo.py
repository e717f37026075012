"""The ingest stage's part in ``stillontime demo``: the call sheet in, the emails out."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any


def feed(user_id: uuid.UUID, sheet: Path) -> None:
    """Record ``sheet`` as an email of the user (the local inbox: same filters as Gmail)."""
    from pipeline import db
    from pipeline.ingest import store
    from pipeline.ingest.local import ingest_path

    with db.connect(autocommit=True) as conn:
        filters = store.get_filters(conn, user_id)
    ingest_path(sheet, user_id, filters)


def lines(plan: dict[str, Any]) -> list[str]:
    """One line per email: its subject and how it ended."""
    found = []
    for email in plan["emails"]:
        note = email["error"] or email["skip_reason"] or ""
        found.append(f"email '{email['subject']}': {email['processing_status']} {note}".rstrip())
    return found
