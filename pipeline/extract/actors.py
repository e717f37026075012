"""The extract stage's actors."""

from __future__ import annotations

from pipeline.events import Event
from pipeline.extract.service import process_email
from pipeline.runtime.actors import stage_actor


@stage_actor("extract.extract_email")
def extract_email(event: Event) -> None:
    """On email_received: read the email's PDFs into schedules (idempotent)."""
    process_email(event.subject_id)


@stage_actor("extract.apply_reply")
def apply_reply(event: Event) -> None:
    """On reply_received: apply the user's reply to a review (idempotent: answered once)."""
    from pipeline.extract.replies import apply_reply as apply

    apply(event.subject_id)
