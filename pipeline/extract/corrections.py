"""A person's answer to a schedule: confirm it, or correct fields (a new version) and maybe
confirm. Every way of answering (``stillontime schedules confirm|edit``, a reply to the review
message) goes through these, so each answer also teaches the production's layout
(``learning.teach_values``): the corrected fields, and on confirmation the core fields as read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import psycopg

from pipeline.extract import store
from pipeline.extract.learning import Lesson, teach_values
from pipeline.extract.logic import CONTENT_COLUMNS, SheetDay, confirm_status, edit_status
from pipeline.extract.reader.model import CRITICAL_FIELDS


class Refused(Exception):
    """The answer does not make sense for this schedule (said to the person as is)."""


@dataclass(frozen=True)
class Answered:
    """The schedule after the answer, and what its layout taught."""

    row: dict[str, Any]
    lessons: tuple[Lesson, ...] = ()

    def describe(self) -> str:
        text = f"{self.row['status']} (version {self.row['version']})"
        return "\n".join([text, *(str(lsn) for lsn in self.lessons)])


def confirm_schedule(conn: psycopg.Connection, row: dict[str, Any], *, by: str) -> Answered:
    """Confirm ``row`` (locked) as read; downstream stages plan the day."""
    if row["status"] == "cancelled":
        raise Refused("a cancelled schedule comes back only with a new call sheet")
    target = confirm_status(row["status"], row["confirmed_version"] is not None)
    updated = row
    if target != row["status"]:
        updated = store.set_status(conn, row["id"], target)
    store.resolve_review(conn, row["id"], by, None)
    values = {k: row.get(k) for k in CRITICAL_FIELDS}
    lessons = _teach(conn, row, values, {})
    return Answered(updated, tuple(lessons))


def edit_schedule(
    conn: psycopg.Connection,
    row: dict[str, Any],
    changes: dict[str, Any],
    *,
    by: str,
    confirm: bool = False,
    corrected: dict[str, Any] | None = None,
) -> Answered:
    """Correct fields of ``row`` (locked): a new version, confirmed when ``confirm``;
    ``corrected`` is the correction as the review task records it (default: ISO values)."""
    confidence = dict(row["field_confidence"]) | {k: 1.0 for k in changes}
    learnt = {k: v for k, v in (row.get("learnt_fields") or {}).items() if k not in changes}
    day = SheetDay(
        content={k: row[k] for k in CONTENT_COLUMNS} | changes,
        confidence=float(row["confidence_score"] or 0),
        field_confidence=confidence,
        warnings=tuple(row["warnings"]),
        document_type=row["document_type"],
        learnt=learnt,
    )
    status = edit_status(row["status"])
    if confirm:
        status = confirm_status(status, row["confirmed_version"] is not None)
        day = replace(day, confidence=max(day.confidence, 1.0))
    updated = store.new_version(conn, day, row, status=status)
    if status in ("confirmed", "modified"):
        updated = store.set_status(conn, updated["id"], status)
        store.resolve_review(conn, updated["id"], by, corrected or _jsonable(changes))
    # the corrected fields teach where they sit; a confirmation vouches for the rest as read
    values = {k: v for k, v in changes.items() if k in CRITICAL_FIELDS}
    if status in ("confirmed", "modified"):
        values = {k: updated.get(k) for k in CRITICAL_FIELDS if k not in values} | values
    how = {k: "correction" for k in changes}
    # a correction that replaces what was read shows the reader is wrong on this layout for
    # that field: the rule it teaches is preferred when the two disagree (with a warning)
    replaced = frozenset(
        k for k, v in changes.items() if row.get(k) not in (None, "") and row.get(k) != v
    )
    lessons = _teach(conn, updated, values, how, replaced)
    return Answered(updated, tuple(lessons))


def _teach(
    conn: psycopg.Connection,
    row: dict[str, Any],
    values: dict[str, Any],
    how: dict[str, str],
    replaced: frozenset[str] = frozenset(),
) -> list[Lesson]:
    # a lesson that cannot be kept never undoes the person's answer
    try:
        with conn.transaction():
            return teach_values(conn, row, values, how, replaced)
    except psycopg.errors.IntegrityError as exc:
        return [Lesson(k, reason=f"not kept ({exc.diag.message_primary})") for k in values]


def _jsonable(changes: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in changes.items()}
