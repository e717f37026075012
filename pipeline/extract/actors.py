"""The extract stage's actors."""

from __future__ import annotations

from pipeline.actors import stage_actor
from pipeline.events import Event
from pipeline.extract.process import process_email


@stage_actor("extract.extract_email")
def extract_email(event: Event) -> None:
    """On email_received: read the email's PDFs into schedules (idempotent)."""
    process_email(event.subject_id)
