"""Learning a production's layout (issue 17, item 3): the database side of ``layouts/``.

``read_with_layouts`` reads each day of a new sheet with the rules the user's corrections
taught for its sender and production (``service._apply`` calls it before the context checks).
``teach_values`` keeps what a correction or confirmation shows; ``corrections.edit_schedule`` and
``corrections.confirm_schedule`` call it, whoever the person answered through (the command
line, or a reply to the review message).
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import Any

import psycopg
import structlog

from pipeline.extract import store
from pipeline.extract.layouts import fingerprint as fp
from pipeline.extract.layouts.merge import Learnt, apply_rules
from pipeline.extract.layouts.rules import LEARNABLE, Rule, teach
from pipeline.extract.layouts.words import pages_from
from pipeline.extract.reader.errors import ExtractError
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.sandbox import read_isolated

log = structlog.get_logger("stillontime.extract.learning")


@dataclass(frozen=True)
class Lesson:
    """What teaching did for one field: the label learnt, or why nothing was."""

    field: str
    label: str | None = None
    reason: str | None = None

    def __str__(self) -> str:
        if self.label:
            return f"learnt where {self.field} sits (under or beside '{self.label}')"
        return f"nothing learnt for {self.field}: {self.reason}"


def sender_key(sender: str | None) -> str:
    """The sending address, lower case ("AD <ad@prod.example>" is ad@prod.example)."""
    address = email.utils.parseaddr(sender or "")[1] or (sender or "")
    return address.strip().lower() or "unknown"


def read_with_layouts(
    conn: psycopg.Connection, email_row: dict[str, Any], reading: dict[str, Any]
) -> dict[str, Any]:
    """``reading`` (a cached reading's JSON) with each day read again by the rules learnt for
    its sender and production; unchanged when nothing was learnt or the layout differs."""
    if reading.get("document_type") != "call_sheet" or not reading.get("layout"):
        return reading
    pages = None
    days = []
    for day in reading["days"]:
        found = store.learnt_rules(
            conn, email_row["user_id"], sender_key(email_row.get("sender")), day.get("production")
        )
        if not found:
            days.append(day)
            continue
        if pages is None:
            pages = pages_from(reading["layout"])
            page_print = fp.fingerprint(pages)
        learnt = [
            Learnt(
                str(r["id"]),
                tuple(r["fingerprint"]),
                Rule.from_json(r["rule"]),
                production=r["production"],
            )
            for r in found
        ]
        applied = apply_rules(day, learnt, pages, page_print)
        store.learnt_rules_used(conn, [m["layout_id"] for m in applied.used.values()])
        if applied.used:
            log.info("read with a learnt layout", email_id=str(email_row["id"]),
                     fields=sorted(applied.used))  # fmt: skip
        days.append({**applied.day, "learnt_fields": applied.used})
    return {**reading, "days": days}


def teach_values(
    conn: psycopg.Connection,
    row: dict[str, Any],
    values: dict[str, Any],
    taught_by: dict[str, str],
    replaced: frozenset[str] = frozenset(),
    read_before: Mapping[str, Any] | None = None,
) -> list[Lesson]:
    """Learn where each of ``values`` (field to the value the person gave or confirmed) sits on
    the schedule's sheet, for its sender and production; returns a lesson per field.
    ``replaced``: the fields whose correction replaced a value the reader had read;
    ``read_before``: the corrected fields' values before the correction (None: not read)."""
    read_before = read_before or {}
    values = {k: _text(v) for k, v in values.items() if k in LEARNABLE and v}
    if not values:
        return []
    if row.get("document_type") != "call_sheet":
        return []  # a shooting schedule's days are lines of a table, not a sheet's layout
    source = store.learning_source(conn, row["id"])
    pages = _pages(conn, row["user_id"], source) if source else None
    if not pages:
        return [Lesson(k, reason="the sheet could not be read again") for k in values]
    page_print = fp.fingerprint(pages)
    sender = sender_key(source["sender"])
    existing = store.learnt_rules(conn, row["user_id"], sender, row["production"])
    lessons = []
    for field, value in values.items():
        # a correction that changed the value read (or gave one where none was read) teaches a
        # rule only if it reads the value back; else a memo keeps later sheets from confirming
        # the field unasked (layouts.rules.teach)
        before = read_before.get(field)
        before = _text(before) if before not in (None, "") else None
        changed = taught_by.get(field) == "correction" and (field in replaced or before is None)
        rule = teach(field, value, pages, read_before=before if field in replaced else None,
                     corrected=changed, title=row.get("production"))  # fmt: skip
        if rule is None:
            if taught_by.get(field) == "correction":  # a confirmed field need not be news
                lessons.append(Lesson(field, reason=f"'{value}' was not found beside a label"))
            continue
        # a newer lesson on the same layout replaces the older one
        stale = [
            r["id"]
            for r in existing
            if r["field"] == field and fp.similarity(r["fingerprint"], page_print) >= fp.SAME_LAYOUT
        ]
        store.delete_learnt_rules(conn, stale)
        store.put_learnt_rule(
            conn,
            user_id=row["user_id"],
            sender_key=sender,
            production=row["production"],
            field=field,
            fingerprint=list(page_print),
            fingerprint_digest=fp.digest(page_print),
            rule=rule.to_json(),
            label=rule.label,
            taught_by=taught_by.get(field, "confirmation"),
            schedule_id=row["id"],
        )
        if rule.is_memo:
            lessons.append(Lesson(field, reason=f"'{value}' was not found beside a label; "
                                  "later sheets of this layout will ask about it"))  # fmt: skip
        else:
            lessons.append(Lesson(field, label=rule.label))
    log.info("layout taught", schedule_id=str(row["id"]),
             learnt=[lsn.field for lsn in lessons if lsn.label])  # fmt: skip
    return lessons


def _text(value: Any) -> str:
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _pages(
    conn: psycopg.Connection, user_id: Any, source: dict[str, Any]
) -> tuple[PageText, ...] | None:
    """The sheet's words: kept with its cached reading, else read again from the PDF."""
    if source.get("sha256"):
        cached = store.cached_result(conn, user_id, source["sha256"], store.EXTRACTOR_VERSION)
        if cached and cached.get("layout"):
            return pages_from(cached["layout"])
    if source.get("content") is None:
        return None
    try:  # read again as the stage reads: in a capped child, never in the worker itself
        _, layout = read_isolated(bytes(source["content"]), filename=source.get("filename"))
    except ExtractError:
        return None
    return pages_from(layout)
