"""Real MIME messages (standard library ``email``) and small PDFs for ingest tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from fpdf import FPDF


def small_pdf(text: str | None = None) -> bytes:
    """A one-page PDF saying ``text`` (unique by default, so its sha256 is too)."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.text(40, 60, text or f"CALL SHEET {uuid.uuid4().hex}")
    return bytes(pdf.output())


def message(
    subject: str = "Call sheet - Day 3",
    sender: str = "Dana AD <ad@production.example>",
    pdfs: list[tuple[str, bytes]] | None = None,
    *,
    octet_stream: bool = False,
    body: str = "Call sheet attached.",
    date: datetime | None = None,
) -> EmailMessage:
    """A message with a text body and each PDF as an attachment."""
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = sender
    msg["To"] = "crew@example.com"
    msg["Date"] = format_datetime(date or datetime(2026, 3, 3, 18, 0, tzinfo=UTC))
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@production.example>"
    msg.set_content(body)
    for name, data in pdfs or []:
        maintype, subtype = (
            ("application", "octet-stream") if octet_stream else ("application", "pdf")
        )
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def forwarded(inner: EmailMessage, subject: str = "Fwd: tomorrow") -> EmailMessage:
    """``inner`` forwarded as a message/rfc822 attachment inside a multipart/mixed."""
    outer = message(subject=subject, sender="Crew Friend <friend@example.com>", body="see below")
    outer.add_attachment(inner)
    return outer


def nested(pdfs: list[tuple[str, bytes]], subject: str = "Harmonogram zdjęć") -> EmailMessage:
    """PDFs inside a multipart/related inside a multipart/alternative (a mailer's HTML mail)."""
    msg = EmailMessage()
    msg["Subject"] = subject
    msg["From"] = "biuro@produkcja.example"
    msg["Date"] = format_datetime(datetime(2026, 3, 3, 18, 0, tzinfo=UTC))
    msg.set_content("plain")
    msg.add_alternative("<p>html</p>", subtype="html")
    html = msg.get_payload()[1]
    for name, data in pdfs:
        html.add_related(data, maintype="application", subtype="pdf", filename=name)
    return msg
