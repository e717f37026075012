"""Applying a reply to a review message: an edit (a new version) and a confirmation, a plain
confirmation, a cancellation, or nothing; in every case an answer is recorded for notify."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

import psycopg
import structlog
from psycopg.types.json import Jsonb

from pipeline import db
from pipeline.extract import store
from pipeline.extract.corrections import Refused, confirm_schedule, edit_schedule
from pipeline.extract.reply_logic import ReplyDecision, decide_reply, parse_reply, shown

log = structlog.get_logger("stillontime.extract")
# Audit-log actor (and review_tasks.resolved_by) of a reply's changes.
BY = "reply"


def apply_reply(reply_id: uuid.UUID) -> str | None:
    """Apply one reply (idempotent: an answered reply is left alone); returns the outcome."""
    with db.transaction(actor=BY) as conn:
        reply = conn.execute(store.QUERIES["review_replies_get"], {"reply_id": reply_id}).fetchone()
        if reply is None:
            return None
        # Locked first: a concurrent delivery of the same reply waits, then finds it answered.
        schedule = store.lock_schedule(conn, reply["schedule_id"])
        if conn.execute(
            store.QUERIES["review_answers_get_by_reply"], {"reply_id": reply_id}
        ).fetchone():
            return None
        review = conn.execute(
            store.QUERIES["review_tasks_get_open"], {"schedule_id": reply["schedule_id"]}
        ).fetchone()
        decision = decide_reply(
            parse_reply(reply["body"]), schedule, reply["schedule_version"], review is not None
        )
        version = schedule["version"] if schedule else reply["schedule_version"]
        if decision.outcome in ("applied", "confirmed", "cancelled"):
            decision, version = _apply(conn, schedule, decision)
        conn.execute(
            store.QUERIES["review_answers_insert"],
            {
                "user_id": reply["user_id"],
                "reply_id": reply_id,
                "schedule_id": reply["schedule_id"],
                "schedule_version": version,
                "outcome": decision.outcome,
                "understood": Jsonb(list(decision.understood)),
                "not_understood": Jsonb(list(decision.not_understood)),
                "note": decision.note,
            },
        )
    log.info("reply applied", reply_id=str(reply_id), outcome=decision.outcome)
    return decision.outcome


def _apply(
    conn: psycopg.Connection, row: dict[str, Any], decision: ReplyDecision
) -> tuple[ReplyDecision, int]:
    """Make the change in a savepoint; a change the database refuses is answered, not lost."""
    try:
        with conn.transaction():
            if decision.outcome == "cancelled":
                updated = store.set_status(conn, row["id"], "cancelled")
                corrected = None
            elif decision.outcome == "confirmed":
                # as `schedules confirm`: the fields as read teach the production's layout
                updated = confirm_schedule(conn, row, by=BY).row
                corrected = None
            else:
                # as `schedules edit --confirm`: the corrections teach where the values sit
                corrected = {k: shown(v) for k, v in decision.changes.items()}
                updated = edit_schedule(
                    conn, row, decision.changes, by=BY, confirm=True, corrected=corrected
                ).row
            store.resolve_review(conn, row["id"], BY, corrected)
            return decision, updated["version"]
    except psycopg.IntegrityError as exc:  # a check, or another schedule on that date
        note = f"The database refused the change: {exc.diag.message_primary}"
        return replace(decision, outcome="incomplete", note=note), row["version"]
    except Refused as exc:
        return replace(decision, outcome="incomplete", note=str(exc)), row["version"]
