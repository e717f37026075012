"""A person's answer to a schedule: confirm it, or correct fields (a new version) and maybe
confirm. Every way of answering (``stillontime schedules confirm|edit``, a reply to the review
message) goes through these, so each answer also teaches the production's layout
(``learning.teach_values``): the corrected fields, and on confirmation the core fields as read.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, time
from typing import Any

import psycopg

from pipeline import db, errors
from pipeline.extract import store
from pipeline.extract.learning import Lesson, teach_values
from pipeline.extract.logic import CONTENT_COLUMNS, SheetDay, confirm_status, edit_status
from pipeline.extract.reader.model import CRITICAL_FIELDS


class Refused(errors.Refused):
    """The answer does not make sense for this schedule (said to the person as is)."""


# What a refused confirmation lacks, said as the command that gives it.
CHECK_HINTS = {
    "ck_schedule_data_confirmed_has_location": (
        "the set's location is missing: "
        'stillontime schedules edit {id} --location "ADDRESS" --confirm'
    ),
    "ck_schedule_data_confirmed_has_call_time": (
        "the crew call is missing: stillontime schedules edit {id} --call HH:MM --confirm"
    ),
}


def answer(
    schedule_id: uuid.UUID,
    act: Callable[[psycopg.Connection, dict[str, Any]], object],
    *,
    by: str,
) -> str:
    """Lock the schedule and ``act`` on it in one transaction audited as ``by``; what happened.

    Every way a person changes a schedule from outside (``stillontime schedules ...``, the
    dashboard) goes through here. Raises ``Refused``: no such schedule, the answer makes no
    sense, or the database refused it (its reason, then the command that fixes it).
    """
    try:
        with db.transaction(actor=by) as conn:
            row = store.lock_schedule(conn, schedule_id)
            if row is None:
                raise Refused(f"no schedule {schedule_id}")
            return str(act(conn, row))
    except psycopg.errors.CheckViolation as exc:
        ours = CHECK_HINTS.get(exc.diag.constraint_name or "")
        hint = exc.diag.message_hint or (ours.format(id=schedule_id) if ours else None)
        said = f"refused by the database: {exc.diag.message_primary}"
        raise Refused(f"{said}\n{hint}" if hint else said) from exc


def parse_changes(fields: Mapping[str, str | None]) -> dict[str, Any]:
    """Corrections as typed (``call_time`` HH:MM, ``shooting_date`` YYYY-MM-DD, ``location``,
    ``base_location``, ``production``; blank ones left out) as column values; ValueError."""
    parse = {"call_time": time.fromisoformat, "shooting_date": date.fromisoformat}
    changes: dict[str, Any] = {}
    for name in ("call_time", "shooting_date", "location", "base_location", "production"):
        value = (fields.get(name) or "").strip()
        if value:
            changes[name] = parse.get(name, str)(value)
    return changes


def confirm_by_id(schedule_id: str, fields: Mapping[str, str], by: str) -> str:
    """The dashboard's confirm: ``stillontime schedules confirm``'s work."""
    return answer(
        _schedule_id(schedule_id), lambda c, r: confirm_schedule(c, r, by=by).describe(), by=by
    )


def fix_by_id(schedule_id: str, fields: Mapping[str, str], by: str) -> str:
    """The dashboard's fix: ``stillontime schedules edit ... --confirm``'s work."""
    try:
        changes = parse_changes(fields)
    except ValueError as exc:
        raise Refused(f"not a correction: {exc}") from exc
    if not changes:
        raise Refused("nothing to change: fill in at least one field")

    def fix(conn: psycopg.Connection, row: dict[str, Any]) -> str:
        # the page fills its inputs with the values as read: only what differs is a correction
        changed = {k: v for k, v in changes.items() if row.get(k) != v}
        if not changed:
            raise Refused("nothing changed: correct a field, or confirm the day as read")
        return edit_schedule(conn, row, changed, by=by, confirm=True).describe()

    return answer(_schedule_id(schedule_id), fix, by=by)


def _schedule_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError as exc:
        raise Refused(f"no schedule {text!r}") from exc


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
    before = {k: row.get(k) for k in changes}
    lessons = _teach(conn, updated, values, how, replaced, before)
    return Answered(updated, tuple(lessons))


def _teach(
    conn: psycopg.Connection,
    row: dict[str, Any],
    values: dict[str, Any],
    how: dict[str, str],
    replaced: frozenset[str] = frozenset(),
    read_before: dict[str, Any] | None = None,
) -> list[Lesson]:
    # a lesson that cannot be kept never undoes the person's answer
    try:
        with conn.transaction():
            return teach_values(conn, row, values, how, replaced, read_before)
    except psycopg.errors.IntegrityError as exc:
        return [Lesson(k, reason=f"not kept ({exc.diag.message_primary})") for k in values]


def _jsonable(changes: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in changes.items()}
