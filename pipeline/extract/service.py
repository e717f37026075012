"""Processing one email: read each PDF (cached by hash), write schedules, finish the email."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import structlog

from pipeline import db
from pipeline.errors import PermanentError
from pipeline.extract import store
from pipeline.extract.learning import read_with_layouts
from pipeline.extract.logic import SheetDay, UnplannableDay, decide
from pipeline.extract.reader.errors import ExtractError
from pipeline.extract.reader.sandbox import read_isolated
from pipeline.extract.reader.sanity import ReadContext, recheck_json
from pipeline.extract.store import EXTRACTOR_VERSION
from pipeline.runtime.deliveries import describe

log = structlog.get_logger("stillontime.extract")

ACTOR = "extract"


@dataclass(frozen=True)
class EmailOutcome:
    """What processing an email did."""

    status: str
    schedule_ids: tuple[uuid.UUID, ...] = ()
    message: str | None = None


def process_email(email_id: uuid.UUID) -> EmailOutcome | None:
    """Extract every PDF of an email into schedules; None if there was nothing to do.

    Safe to run twice: a finished email is left alone, and a schedule whose sheet did not
    change gets no new version.
    """
    with db.transaction(actor=ACTOR, flushed_by_delivery_end=True) as conn:
        email = store.lock_email(conn, email_id)
        if email is None or email["processing_status"] not in ("pending", "processing", "failed"):
            return None
        store.claim_email(conn, email_id)
        docs = store.documents(conn, email_id)
    context = ReadContext.from_email(email.get("received_at"), email.get("timezone"))
    readings = [_read(doc) for doc in docs]
    try:
        return _apply(email, docs, readings, context)
    except PermanentError:
        raise
    except Exception as exc:
        # Say so on the email before the retry; the message is retried by the worker (which
        # reads again the PDFs whose readings went down with the failed transaction).
        with db.transaction(actor=ACTOR, flushed_by_delivery_end=True) as conn:
            store.mark_email_failed(conn, email_id, describe(exc))
        raise


def _read(doc: dict[str, Any]) -> dict[str, Any] | ExtractError:
    """The extractor's JSON for a document: the cached one when the user had it before
    (``doc["cached"]``, read with the documents), else read now and kept by ``_apply``.

    The cache holds the reading made without the email's context (it depends on the PDF
    only), with a call sheet's positioned words; the user's learnt layouts and the checks that
    use the email's date and the user's zone are added per email (``_apply``). It is per user
    (db/0019): another user's worker can neither read nor poison it.
    """
    if doc["cached"] is not None:
        return doc["cached"]
    try:
        # In a child with a memory cap and a deadline: a hostile file cannot hang or exhaust
        # the worker (sandbox).
        result, layout = read_isolated(bytes(doc["content"]), filename=doc["filename"])
    except ExtractError as exc:
        return exc
    reading = result.to_json()
    if result.document_type == "call_sheet" and layout:
        reading["layout"] = layout
    return reading


def _apply(
    email: dict[str, Any], docs: list[dict[str, Any]], readings: list[Any], context: ReadContext
) -> EmailOutcome:
    problems: list[str] = []
    schedule_ids: list[uuid.UUID] = []
    with db.transaction(actor=ACTOR, flushed_by_delivery_end=True) as conn:
        if store.lock_email(conn, email["id"])["processing_status"] != "processing":
            return EmailOutcome("unchanged")  # another delivery finished it meanwhile
        for doc, reading in zip(docs, readings, strict=True):
            if doc["cached"] is None and not isinstance(reading, ExtractError):
                store.cache_result(conn, doc["user_id"], doc["sha256"], EXTRACTOR_VERSION, reading)
        for doc, reading in zip(docs, readings, strict=True):
            if isinstance(reading, ExtractError):
                problems.append(f"{doc['filename']}: {reading}")
                continue
            # what the user's corrections taught for this production, then the email's checks
            reading = recheck_json(read_with_layouts(conn, email, reading), context)
            for day_json in reading["days"]:
                try:
                    day = SheetDay.from_json(day_json, reading["document_type"])
                except UnplannableDay as exc:
                    problems.append(f"{doc['filename']}: {exc}")
                    continue
                schedule_ids.append(_write_day(conn, email, doc, day))
        outcome = _outcome(docs, readings, problems, schedule_ids)
        if outcome.status in ("error", "skipped") and docs:
            # The user hears of it (notify, on reading_failed), in the reader's own words.
            kind = "unreadable" if outcome.status == "error" else "not_call_sheet"
            store.note_unreadable(conn, email, kind, outcome.message or "it could not be read")
        store.finish_email(
            conn,
            email["id"],
            outcome.status,
            skip_reason=outcome.message if outcome.status == "skipped" else None,
            error=outcome.message if outcome.status == "error" else None,
        )
    log.info("email extracted", email_id=str(email["id"]), status=outcome.status,
             schedules=len(schedule_ids))  # fmt: skip
    return outcome


def _outcome(
    docs: list[dict[str, Any]], readings: list[Any], problems: list[str], ids: list[uuid.UUID]
) -> EmailOutcome:
    if ids:
        # Problems beside planned days are kept on the email for a person to see.
        return EmailOutcome("completed", tuple(ids), "; ".join(problems) or None)
    if problems:
        return EmailOutcome("error", (), "; ".join(problems))
    if not docs:
        return EmailOutcome("skipped", (), "the email carries no PDF")
    # A reading says what an 'other' attachment looks like ("not a call sheet: looks like a
    # budget"); older cached readings give only their kind.
    kinds = {r.get("reason") or r["document_type"] for r in readings if isinstance(r, dict)}
    kinds_text = ", ".join(sorted(kinds))
    return EmailOutcome("skipped", (), f"no shooting day in the attachment ({kinds_text})")


def _write_day(conn: Any, email: dict[str, Any], doc: dict[str, Any], day: SheetDay) -> uuid.UUID:
    current = store.find_schedule(conn, email["user_id"], day)
    decision = decide(day, current, float(email["auto_confirm_threshold"]))
    if decision.action == "unchanged":
        return current["id"]
    if decision.action == "insert":
        row = store.insert_schedule(
            conn, day, user_id=email["user_id"], email_id=email["id"],
            document_id=doc["id"], status=decision.status,
        )  # fmt: skip
    else:
        row = store.new_version(
            conn, day, current, status=decision.status, email_id=email["id"],
            document_id=doc["id"],
        )  # fmt: skip
    if decision.confirm:
        target = "confirmed" if row["status"] == "extracted" else row["status"]
        row = store.set_status(conn, row["id"], target)
    if decision.review_fields:
        store.open_review(conn, row, decision.review_fields, list(day.warnings))
    elif decision.action != "insert":  # a schedule made just now has no review to resolve
        store.resolve_review(conn, row["id"], "extract", None)
    store.upsert_contacts(conn, row)
    return row["id"]
