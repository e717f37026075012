"""Pure MIME parsing: a raw message (or a PDF handed in alone) to what ingest needs of it."""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import email.utils
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage, Message

# Content types some mailers give a PDF; with a .pdf name, so is application/octet-stream.
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf", "application/acrobat"})
GENERIC_TYPES = frozenset({"application/octet-stream", "binary/octet-stream", "application/binary"})
# A PDF starts with this within its first KiB (some writers put junk before it).
PDF_MAGIC = b"%PDF-"
# Kept on a record: Gmail message ids, local ids and subjects are bounded by the schema.
MAX_SUBJECT_CHARS = 2000
MAX_SENDER_CHARS = 255


class MalformedMessage(ValueError):
    """The raw message cannot be read as email."""


@dataclass(frozen=True)
class Attachment:
    """One PDF found in a message."""

    filename: str
    content_type: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class ParsedEmail:
    """What ingest needs of a message."""

    subject: str
    sender: str
    received_at: datetime | None
    # The subjects of the message and of any forwarded (message/rfc822) messages inside it.
    subjects: tuple[str, ...]
    pdfs: tuple[Attachment, ...]
    # Parts named or typed as PDF whose content is not one.
    not_pdf: tuple[str, ...] = ()
    # Set for a PDF handed in on its own: the user chose it, so no subject or sender filter.
    explicit: bool = False


def decode_gmail_raw(raw: str | None) -> bytes:
    """The bytes of a Gmail ``format=raw`` message (base64url, padding optional)."""
    if not raw or not isinstance(raw, str):
        raise MalformedMessage("no raw content")
    try:
        return base64.b64decode(raw + "=" * (-len(raw) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedMessage(f"raw content is not base64url: {exc}") from exc


def parse_message(raw: bytes, *, fallback_received_at: datetime | None = None) -> ParsedEmail:
    """Read a message: subject, sender, date and every PDF anywhere in its MIME tree.

    Raises
    ------
    MalformedMessage
        If it has neither a From nor a Subject header, or its headers cannot be read.
    """
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    try:
        subject = _header(msg, "Subject")
        sender = _sender(msg)
        received_at = _date(msg) or fallback_received_at
    except (ValueError, TypeError, IndexError, AttributeError) as exc:
        raise MalformedMessage(f"unreadable headers: {exc}") from exc
    if not subject and not sender:
        raise MalformedMessage("no From and no Subject header")
    pdfs, not_pdf = _walk_pdfs(msg)
    nested = tuple(s for s in _nested_subjects(msg) if s)
    return ParsedEmail(
        subject=subject[:MAX_SUBJECT_CHARS],
        sender=sender[:MAX_SENDER_CHARS],
        received_at=received_at,
        subjects=(subject, *nested),
        pdfs=tuple(pdfs),
        not_pdf=tuple(not_pdf),
    )


def pdf_as_email(filename: str, data: bytes, received_at: datetime) -> ParsedEmail:
    """A PDF handed in alone, as an email whose subject is the file name (filters bypassed)."""
    attachment = Attachment(filename, "application/pdf", data)
    ok = _looks_like_pdf(data)
    return ParsedEmail(
        subject=filename[:MAX_SUBJECT_CHARS],
        sender="local",
        received_at=received_at,
        subjects=(filename,),
        pdfs=(attachment,) if ok else (),
        not_pdf=() if ok else (filename,),
        explicit=True,
    )


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    # PostgreSQL text cannot hold NUL; a header carrying one is junk anyway.
    return " ".join(str(value).replace("\x00", " ").split()) if value is not None else ""


def _sender(msg: Message) -> str:
    value = msg.get("From")
    if value is None:
        return ""
    addresses = getattr(value, "addresses", None)
    if addresses:
        sender = addresses[0].addr_spec or str(value)
    else:
        sender = email.utils.parseaddr(str(value))[1] or str(value)
    return sender.replace("\x00", "").strip().lower()


def _date(msg: Message) -> datetime | None:
    value = msg.get("Date")
    if value is None:
        return None
    when = getattr(value, "datetime", None)
    if when is None:
        try:
            when = email.utils.parsedate_to_datetime(str(value))
        except (TypeError, ValueError):
            return None
    return when if when.tzinfo is not None else None


def _walk_pdfs(msg: Message) -> tuple[list[Attachment], list[str]]:
    """Every PDF part, however deep (multipart nesting, forwarded message/rfc822)."""
    pdfs: list[Attachment] = []
    not_pdf: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        filename = _filename(part)
        named_pdf = filename.lower().endswith(".pdf")
        if not (content_type in PDF_TYPES or (named_pdf and content_type in GENERIC_TYPES)):
            continue
        data = part.get_payload(decode=True) or b""
        name = filename or f"attachment-{len(pdfs) + 1}.pdf"
        if _looks_like_pdf(data):
            pdfs.append(Attachment(name, "application/pdf", data))
        else:
            not_pdf.append(name)
    return pdfs, not_pdf


def _filename(part: Message) -> str:
    try:
        name = part.get_filename() or part.get_param("name") or ""
    except (ValueError, TypeError, LookupError):
        return ""
    if isinstance(name, tuple):  # an RFC 2231 triple from get_param
        name = email.utils.collapse_rfc2231_value(name)
    return " ".join(str(name).replace("\x00", " ").split()).replace("/", "_")[:255]


def _nested_subjects(msg: Message) -> Iterable[str]:
    for part in msg.walk():
        if part is msg or part.get_content_type() != "message/rfc822":
            continue
        for inner in part.get_payload() or []:
            if isinstance(inner, EmailMessage | Message):
                yield _header(inner, "Subject")


def _looks_like_pdf(data: bytes) -> bool:
    return PDF_MAGIC in data[:1024]
