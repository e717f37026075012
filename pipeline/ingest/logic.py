"""Pure ingest decisions: filters, duplicates, Gmail query and sync planning (MIME: ``mime``)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Literal

from pipeline.ingest.mime import Attachment, MalformedMessage, ParsedEmail

# The spec's call-sheet subject keywords, English and Polish.
DEFAULT_KEYWORDS: tuple[str, ...] = (
    "call sheet",
    "shooting schedule",
    "production schedule",
    "call time",
    "plan zdjęciowy",
    "drabinka",
    "harmonogram",
)
# Attachments above this size are not stored (Gmail's own limit on received mail is 25 MB).
DEFAULT_MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
# Messages in these Gmail labels are not call sheets someone received.
UNWANTED_LABELS = frozenset({"DRAFT", "SPAM", "TRASH"})

# Letters NFKD does not decompose into a base letter plus an accent.
_FOLD = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_VOWELS = "aeiouy"


@dataclass(frozen=True)
class Filters:
    """A user's mail filters (see pipeline/ingest/README.md for the rules)."""

    subject_keywords: tuple[str, ...] = DEFAULT_KEYWORDS
    sender_allow: tuple[str, ...] = ()
    sender_deny: tuple[str, ...] = ()
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES

    @classmethod
    def from_row(cls, row: dict[str, Any] | None) -> Filters:
        if row is None:
            return cls()
        return cls(
            subject_keywords=tuple(row["subject_keywords"]),
            sender_allow=tuple(row["sender_allow"]),
            sender_deny=tuple(row["sender_deny"]),
            max_attachment_bytes=int(row["max_attachment_bytes"]),
        )


Action = Literal["record", "skip", "ignore"]


@dataclass(frozen=True)
class Decision:
    """What to do with a message: record it pending, record it skipped, or leave it out."""

    action: Action
    reason: str | None = None
    documents: tuple[Attachment, ...] = ()
    notes: tuple[str, ...] = ()


# --- filters ------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Plan Zdjęciowy - Dzień 3' -> 'plan zdjeciowy dzien 3'."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_FOLD)
    return _NON_WORD.sub(" ", text).strip()


def _stem(word: str) -> str:
    # Polish inflects the ending (drabinka -> drabinki, zdjęciowy -> zdjęciowego).
    return word[:-1] if len(word) >= 7 and word[-1] in _VOWELS else word


def keyword_matches(keyword: str, text: str) -> bool:
    """Whether the words of ``keyword`` start consecutive words of ``text`` (both folded).

    'call sheet' matches 'CALL-SHEET Day 3' and 'callsheet'; 'drabinka' matches 'drabinki'.
    """
    return _matches(_keyword_words(keyword), fold(text).split())


@functools.lru_cache(maxsize=256)
def _keyword_words(keyword: str) -> tuple[tuple[str, ...], str]:
    """A keyword's stemmed words and its words joined (folded once, not once per subject)."""
    folded = fold(keyword).split()
    return tuple(_stem(w) for w in folded), "".join(folded)


def _matches(keyword: tuple[tuple[str, ...], str], tokens: Sequence[str]) -> bool:
    """``keyword_matches`` of a keyword's ``_keyword_words`` and a text's folded words."""
    words, joined = keyword
    if not words:
        return False
    for i in range(len(tokens)):
        window = tokens[i : i + len(words)]
        whole = len(window) == len(words)
        if whole and all(t.startswith(w) for t, w in zip(window, words, strict=True)):
            return True
        if len(words) > 1 and tokens[i].startswith(joined):
            return True
    return False


def sender_listed(sender: str, entries: Sequence[str]) -> bool:
    """Whether ``sender`` is one of ``entries`` (addresses, or domains with or without '@')."""
    sender = sender.strip().lower()
    domain = sender.rpartition("@")[2]
    for entry in entries:
        entry = entry.strip().lower()
        if not entry:
            continue
        if "@" in entry.lstrip("@"):
            if sender == entry:
                return True
        elif domain == entry.lstrip("@") or domain.endswith("." + entry.lstrip("@")):
            return True
    return False


def decide(parsed: ParsedEmail, filters: Filters) -> Decision:
    """Record, skip (with a reason) or leave out a parsed message.

    Not recorded ('ignore'): mail that is not a call-sheet email at all (no keyword and not
    from an allowed sender, or from a denied sender). Recorded 'skip': a call-sheet email we
    cannot use (no PDF, every PDF over the cap or not a PDF). Otherwise 'record' with the PDFs.
    """
    if not parsed.explicit:
        if sender_listed(parsed.sender, filters.sender_deny):
            return Decision("ignore", "sender is on the deny list")
        allowed = sender_listed(parsed.sender, filters.sender_allow)
        subjects = [fold(s).split() for s in parsed.subjects]  # each subject folded once
        keyword = any(
            _matches(_keyword_words(k), tokens)
            for k in filters.subject_keywords
            for tokens in subjects
        )
        if not (allowed or keyword):
            return Decision("ignore", "no call-sheet keyword in the subject")
    notes = [f"{name}: not a PDF" for name in parsed.not_pdf]
    kept = []
    for pdf in parsed.pdfs:
        if pdf.size > filters.max_attachment_bytes:
            cap = filters.max_attachment_bytes
            notes.append(f"{pdf.filename}: {pdf.size} bytes, over the {cap}-byte cap")
        else:
            kept.append(pdf)
    kept = list({pdf.sha256: pdf for pdf in kept}.values())  # the same PDF twice in one email
    if not kept:
        # files sent in another format (a .docx, a photo): the user is told, not left waiting
        notes += [f"{name}: not a PDF" for name in parsed.others]
        reason = "; ".join(notes) if notes else "no PDF attachment"
        return Decision("skip", reason, notes=tuple(notes))
    return Decision("record", documents=tuple(kept), notes=tuple(notes))


def unreadable_reason(exc: Exception, source: str | None = None) -> str:
    """The error recorded for a message that could not be read (status shows it as is).

    'malformed message: ...' when the input was refused (bad base64, no headers, parts nested
    deeper than ``mime.MAX_MIME_DEPTH``); 'unreadable message: <Type>: ...' for any other
    failure, which is ours to fix. The text before the first colon is the metrics reason, so
    the file name goes last.
    """
    where = f" ({source})" if source else ""
    if isinstance(exc, MalformedMessage):
        return f"malformed message: {exc}{where}"
    return f"unreadable message: {type(exc).__name__}: {exc}"[:500] + where


def resolve_duplicates(decision: Decision, seen: dict[str, str]) -> Decision:
    """Drop PDFs this user already has (``seen``: sha256 -> id of the email that brought it).

    If nothing is left the email is skipped as 'duplicate of <email id>'.
    """
    if decision.action != "record":
        return decision
    fresh = tuple(d for d in decision.documents if d.sha256 not in seen)
    dupes = [seen[d.sha256] for d in decision.documents if d.sha256 in seen]
    if not dupes:
        return decision
    notes = decision.notes + tuple(
        f"{d.filename}: duplicate of {seen[d.sha256]}"
        for d in decision.documents
        if d.sha256 in seen
    )
    if not fresh:
        return Decision("skip", f"duplicate of {dupes[0]}", notes=notes)
    return replace(decision, documents=fresh, notes=notes)


# --- Gmail sync ---------------------------------------------------------------------------


def _quote(term: str) -> str:
    return '"' + term.replace('"', " ").strip() + '"'


def by_total_size(sizes: Sequence[int], limit: int) -> list[range]:
    """Consecutive index ranges over ``sizes``, each summing to at most ``limit`` (an item larger
    than ``limit`` alone in its range), in order: one statement's worth of PDFs each, as
    PostgreSQL refuses a single parameter over 1 GB."""
    ranges: list[range] = []
    start, total = 0, 0
    for i, size in enumerate(sizes):
        if i > start and total + size > limit:
            ranges.append(range(start, i))
            start, total = i, 0
        total += size
    if start < len(sizes):
        ranges.append(range(start, len(sizes)))
    return ranges


def build_query(filters: Filters, *, lookback_days: int, now: datetime) -> str:
    """The Gmail search of a full sync: keyword subjects or allowed senders, with attachments.

    Keywords go in as typed and without accents (Gmail matches words, so inflected Polish forms
    are caught by incremental sync, which filters every new message locally, not by this).
    """
    since = int((now - timedelta(days=lookback_days)).timestamp())
    terms: list[str] = []
    for keyword in filters.subject_keywords:
        for form in dict.fromkeys([keyword.strip().lower(), fold(keyword)]):
            if form:
                terms.append(f"subject:{_quote(form)}")
    terms += [f"from:{s.strip().lstrip('@')}" for s in filters.sender_allow if s.strip()]
    query = [f"after:{since}", "has:attachment"]
    if terms:
        query.append("{" + " ".join(terms) + "}")
    query += [f"-from:{s.strip().lstrip('@')}" for s in filters.sender_deny if s.strip()]
    return " ".join(query)


@dataclass(frozen=True)
class SyncState:
    """The stored sync state of a user (None fields: never synced)."""

    history_id: str | None = None
    needs_full_sync: bool = True
    last_full_sync_at: datetime | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any] | None) -> SyncState:
        if row is None:
            return cls()
        return cls(row["history_id"], row["needs_full_sync"], row["last_full_sync_at"])


@dataclass(frozen=True)
class SyncPlan:
    """How the next pass syncs: 'full' (list within the look-back) or 'incremental'."""

    mode: Literal["full", "incremental"]
    reason: str
    start_history_id: str | None = None


def plan_sync(state: SyncState) -> SyncPlan:
    """Full sync the first time and after Google forgot our history id; else incremental."""
    if state.history_id is None:
        return SyncPlan("full", "first sync")
    if state.needs_full_sync:
        return SyncPlan("full", "history id expired")
    return SyncPlan("incremental", "from stored history id", state.history_id)


def history_expired(status: int) -> bool:
    """Gmail answers 404 to history.list when startHistoryId is too old (or invalid)."""
    return status == 404


def retryable_status(status: int) -> bool:
    """Rate limits and server errors are retried; other 4xx are not."""
    return status == 429 or status >= 500


def added_message_ids(history_pages: Iterable[dict[str, Any]]) -> list[str]:
    """Ids of messages added in history records, in order, once each, without drafts/spam."""
    ids: dict[str, None] = {}
    for page in history_pages:
        for record in page.get("history", []) or []:
            for added in record.get("messagesAdded", []) or []:
                message = added.get("message") or {}
                labels = set(message.get("labelIds") or ())
                if message.get("id") and not labels & UNWANTED_LABELS:
                    ids[message["id"]] = None
    return list(ids)


def newest_history_id(*ids: str | None) -> str | None:
    """The largest of Gmail history ids (decimal strings), ignoring None."""
    present = [i for i in ids if i]
    return max(present, key=int) if present else None


# --- Gmail batch responses ----------------------------------------------------------------

_BOUNDARY = re.compile(r'boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))', re.IGNORECASE)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")


class BatchUnreadable(ValueError):
    """A batch response that is not the multipart/mixed of application/http parts it should be."""


@dataclass(frozen=True)
class BatchPart:
    """One answer in a batch response: the Content-ID it answers, its HTTP status and body."""

    content_id: str
    status: int
    body: bytes


def split_batch_response(content_type: str, content: bytes) -> list[BatchPart]:
    """The parts of a batch response (multipart/mixed, each part an HTTP response).

    A few splits instead of the email package's parser, which the client library runs over the
    whole response and again over every part (a quarter of a sync's CPU). The answer to a part
    sent with Content-ID ``<x>`` comes back as ``<response-x>``; ``content_id`` is ``x``.

    Raises
    ------
    BatchUnreadable
        No boundary, or a part without a Content-ID or an HTTP status line.
    """
    match = _BOUNDARY.search(content_type or "")
    if not match:
        raise BatchUnreadable(f"not a multipart batch response: {content_type!r}")
    delimiter = b"--" + (match.group(1) or match.group(2)).encode("latin-1")
    chunks = content.split(delimiter)
    parts = []
    # chunks[0] is the preamble; a chunk starting with '--' is the close (the epilogue after).
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break
        mime_headers, http = _split_head(chunk.lstrip(b"\r\n"))
        content_id = _content_id(mime_headers)
        status_and_headers, body = _split_head(http.lstrip(b"\r\n"))
        status_line = status_and_headers.split(b"\n", 1)[0].strip().split(b" ", 2)
        if content_id is None or len(status_line) < 2 or not status_line[1].isdigit():
            raise BatchUnreadable(f"unreadable batch part: {chunk[:200]!r}")
        if body.endswith(b"\r\n"):  # the line break before the next delimiter is the delimiter's
            body = body[:-2]
        elif body.endswith(b"\n"):
            body = body[:-1]
        parts.append(BatchPart(content_id, int(status_line[1]), body))
    return parts


def _split_head(data: bytes) -> tuple[bytes, bytes]:
    """Headers and what follows the first blank line (all headers if there is none)."""
    blank = _BLANK_LINE.search(data)
    if blank is None:
        return data, b""
    return data[: blank.start()], data[blank.end() :]


def _content_id(headers: bytes) -> str | None:
    for line in headers.split(b"\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-id":
            text = value.decode("latin-1").strip()
            text = text[1:-1] if text.startswith("<") and text.endswith(">") else text
            return text.removeprefix("response-")
    return None
