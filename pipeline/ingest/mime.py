"""Pure MIME parsing: a raw message (or a PDF handed in alone) to what ingest needs of it."""

from __future__ import annotations

import base64
import binascii
import email
import email.errors
import email.feedparser
import email.header
import email.policy
import email.utils
import functools
import hashlib
import re
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage, Message

from pipeline.ingest import mime_lean
from pipeline.lazy_re import lazy
from pipeline.text import one_line

# Content types some mailers give a PDF; with a .pdf name, so is application/octet-stream.
PDF_TYPES = frozenset({"application/pdf", "application/x-pdf", "application/acrobat"})
GENERIC_TYPES = frozenset({"application/octet-stream", "binary/octet-stream", "application/binary"})
# A PDF starts with this within its first KiB (some writers put junk before it).
PDF_MAGIC = b"%PDF-"
# Kept on a record: Gmail message ids, local ids and subjects are bounded by the schema.
MAX_SUBJECT_CHARS = 2000
MAX_SENDER_CHARS = 255
# Containers (multipart, message/rfc822) inside one another. A forwarded HTML mail with
# attachments takes 3 or 4 levels per forward; the standard library's parser recurses once a
# level and hit Python's recursion limit near 300 (a 340 KB file of 5,000 levels did).
MAX_MIME_DEPTH = 64
# What the standard library's email package raises on input it cannot take (besides its
# own MessageError): bad charsets and encodings, malformed header syntax, and recursion in the
# header parser (5,000 nested comments in a From header). None of them is a bug of ours.
_LIBRARY_ERRORS = (
    email.errors.MessageError,
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    AssertionError,
    RecursionError,
)


class MalformedMessage(ValueError):
    """The raw message cannot be read as email."""


class TooDeep(MalformedMessage):
    """The message nests its MIME parts deeper than we read."""

    def __init__(self, limit: int = MAX_MIME_DEPTH) -> None:
        super().__init__(f"MIME parts nested more than {limit} levels deep")


@dataclass(frozen=True)
class Attachment:
    """One PDF found in a message."""

    filename: str
    content_type: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)

    @functools.cached_property
    def sha256(self) -> str:  # read several times per PDF while a batch is recorded
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
    # Other files attached (a Word document, a photo of the sheet): told to the user when
    # nothing usable came with them, so a call sheet sent in another format is not lost.
    others: tuple[str, ...] = ()
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
        If it has neither a From nor a Subject header, its headers cannot be read, its parts
        nest deeper than ``MAX_MIME_DEPTH`` (``TooDeep``), or the email library refuses it.
    """
    return read_tree(parse_tree(raw), fallback_received_at=fallback_received_at)


def parse_tree(raw: bytes) -> Message:
    """The message's MIME tree, for ``read_tree`` and for anything else that reads its headers
    (one parse of each message, however many readers).

    Raises
    ------
    MalformedMessage
        The email library refuses it, or its parts nest deeper than ``MAX_MIME_DEPTH``.
    """
    return _parse(raw)


def read_tree(msg: Message, *, fallback_received_at: datetime | None = None) -> ParsedEmail:
    """``parse_message`` of a tree ``parse_tree`` returned.

    Raises
    ------
    MalformedMessage
        As ``parse_message``.
    """
    try:
        subject = _header(msg, "Subject")
        sender = _sender(msg)
        received_at = _date(msg) or fallback_received_at
    except _LIBRARY_ERRORS as exc:
        raise MalformedMessage(f"unreadable headers: {_describe(exc)}") from exc
    if not subject and not sender:
        raise MalformedMessage("no From and no Subject header")
    try:
        pdfs, not_pdf, others, subjects = _walk(msg)
        nested = tuple(s for s in subjects if s)
    except MalformedMessage:
        raise
    except _LIBRARY_ERRORS as exc:
        raise MalformedMessage(f"unreadable part: {_describe(exc)}") from exc
    return ParsedEmail(
        subject=subject[:MAX_SUBJECT_CHARS],
        sender=sender[:MAX_SENDER_CHARS],
        received_at=received_at,
        subjects=(subject, *nested),
        pdfs=tuple(pdfs),
        not_pdf=tuple(not_pdf),
        others=tuple(others),
    )


def pdf_as_email(filename: str, data: bytes, received_at: datetime) -> ParsedEmail:
    """A PDF handed in alone, as an email whose subject is the file name (filters bypassed)."""
    filename = one_line(filename)  # a file name may hold escape sequences too
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


# The standard parser compiles a regular expression for the boundary of every multipart it
# meets: '(?P<sep>' + re.escape('--' + boundary) + _BOUNDARY_TAIL. Boundaries are unique per
# message, so Python's cache of compiled expressions never helps, and compiling was about a
# fifth of a Gmail sync's time. ``_Boundary`` matches the same lines with the same groups
# without compiling: the separator is a literal (startswith), the tail is compiled once.
_BOUNDARY_HEAD = "(?P<sep>"
_BOUNDARY_TAIL = r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$"
_BOUNDARY_AFTER_SEP = re.compile(_BOUNDARY_TAIL[1:])
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


class _Boundary:
    """A compiled boundary expression of the standard parser, matched without compiling it:
    ``match`` gives the same truth and the same 'end', 'ws' and 'linesep' groups (the only
    ones the parser reads)."""

    __slots__ = ("separator",)

    def __init__(self, separator: str) -> None:
        self.separator = separator

    def match(self, line: str) -> re.Match[str] | None:
        if not line.startswith(self.separator):
            return None
        return _BOUNDARY_AFTER_SEP.match(line, len(self.separator))


class _ParserRe:
    """The ``re`` module as our copy of the standard parser's ``_parsegen`` sees it: the same,
    except that a boundary expression becomes a ``_Boundary``. Any other expression (or a
    future parser's different one) is compiled as before."""

    def __getattr__(self, name: str) -> object:
        return getattr(re, name)

    @staticmethod
    def compile(pattern: str, flags: int = 0) -> re.Pattern[str] | _Boundary:
        if flags == 0 and pattern.startswith(_BOUNDARY_HEAD) and pattern.endswith(_BOUNDARY_TAIL):
            escaped = pattern[len(_BOUNDARY_HEAD) : -len(_BOUNDARY_TAIL)]
            return _Boundary(_ESCAPED.sub(r"\1", escaped))  # re.escape undone
        return re.compile(pattern, flags)


class _LineEnd:
    """The standard parser's ``NLCRE_eol`` (a line ending at the end of a text), searched from
    the text's last two characters: the same match, where the parser's search ran its
    expression at every position of a part's body (4 ms for a 300 KB PDF's)."""

    __slots__ = ()
    pattern = email.feedparser.NLCRE_eol.pattern

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        return email.feedparser.NLCRE_eol.search(text, max(0, len(text) - 2))


_stock_parsegen = email.feedparser.FeedParser._parsegen
_parsegen = types.FunctionType(
    _stock_parsegen.__code__,
    {**vars(email.feedparser), "re": _ParserRe(), "NLCRE_eol": _LineEnd()},
    _stock_parsegen.__name__,
    _stock_parsegen.__defaults__,
    _stock_parsegen.__closure__,
)


# Under this many lines left to read, a body is read line by line (pieces cost more).
_FEW_LINES = 64


class _Lines(email.feedparser.BufferedSubFile):
    """The standard parser's input, handing over a body in one piece instead of line by line.

    The parser reads a part's header block line by line (``for line in self._input``, then
    ``break`` at the blank line) and everything else it iterates over to the part's end, a
    leaf's body, a multipart's epilogue, only to join it (the epilogue's first line stripped
    of a leading newline, the same on the piece). One Python call a line was most of the
    parse: a 300 KB PDF is 5,400 lines of base64 (15 ms a message). ``_new_message`` says a
    header block comes next; any other iteration gets ``_Rest``: the same text, in pieces.
    """

    def __init__(self) -> None:
        super().__init__()
        self.headers_next = False
        self._separators: tuple[str, ...] | None = None

    def __iter__(self) -> Iterator[str]:
        if self.headers_next:
            self.headers_next = False
            return self  # line by line, as the standard parser reads every line
        if len(self._lines) < _FEW_LINES:
            return self  # pieces would cost more than they save
        return _Rest(self)

    def push_eof_matcher(self, pred: object) -> None:
        super().push_eof_matcher(pred)
        self._separators = None

    def pop_eof_matcher(self) -> object:
        self._separators = None
        return super().pop_eof_matcher()

    def separators(self) -> tuple[str, ...]:
        """What a line an end-of-part matcher accepts starts with: the separators of the
        boundaries (nearly always), or '' (any line) if a matcher is another one."""
        if self._separators is None:
            bounds = [getattr(m, "__self__", None) for m in self._eofstack]
            if all(isinstance(b, _Boundary) for b in bounds):
                self._separators = tuple(b.separator for b in bounds)  # type: ignore[union-attr]
            else:
                self._separators = ("",)
        return self._separators


class _Rest:
    """``_Lines`` to its end (the first line an end-of-part matcher accepts, or the end of the
    data) as pieces of whole lines: the buffered lines joined, ``NeedMoreData`` when it waits
    for more, as the standard line by line iteration gives them."""

    __slots__ = ("lines",)

    def __init__(self, lines: _Lines) -> None:
        self.lines = lines

    def __iter__(self) -> _Rest:
        return self

    def __next__(self) -> object:
        lines = self.lines
        buffered = lines._lines
        if not buffered:
            if lines._closed:
                raise StopIteration
            return email.feedparser.NeedMoreData
        matchers = lines._eofstack
        # Boundary matchers (nearly all) accept only lines starting with their separator:
        # one C call tells the rest apart; any other matcher sees every line.
        separators = lines.separators()
        piece: list[str] = []
        take, first = piece.append, buffered.popleft
        while buffered:
            line = buffered[0]
            if line.startswith(separators) and any(m(line) for m in matchers):
                break  # the part's end: the line stays for the parser to read
            take(first())
        if not piece:
            raise StopIteration
        return "".join(piece)


class _DepthLimitedParser(email.feedparser.BytesFeedParser):
    """The standard parser, refusing a part nested deeper than ``MAX_MIME_DEPTH``, its boundary
    lines matched by ``_Boundary``, a body read in pieces (``_Lines``).

    ``_new_message`` is where the parser opens each part (its stack is the current nesting),
    so the refusal comes before the recursion that would exhaust Python's stack.
    """

    _parsegen = _parsegen

    def __init__(self, *, policy: email.policy.Policy) -> None:
        super().__init__(policy=policy)
        self._input = _Lines()

    def _new_message(self) -> None:
        if len(self._msgstack) >= MAX_MIME_DEPTH:
            raise TooDeep()
        super()._new_message()
        self._input.headers_next = True  # the part's header block is read next


def _parse(raw: bytes) -> Message:
    # The common shapes (no defect, no nested message) by the lean parser: the same tree in
    # about a third of the time. Anything else, errors included, by the standard parser.
    lean = mime_lean.parse(raw, MAX_MIME_DEPTH)
    if lean is not None:
        return lean
    # compat32 keeps headers as strings until asked: the default policy builds a parsed header
    # object for every header of every part, which was most of a sync's time. The few headers
    # read are decoded here (RFC 2047 words in subjects and file names).
    parser = _DepthLimitedParser(policy=email.policy.compat32)
    try:
        parser.feed(raw)
        return parser.close()
    except MalformedMessage:
        raise
    except _LIBRARY_ERRORS as exc:
        raise MalformedMessage(f"unreadable message: {_describe(exc)}") from exc


def _describe(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deep to read (Python's recursion limit)"
    return f"{type(exc).__name__}: {exc}"[:300]


def _parts(msg: Message) -> Iterator[Message]:
    """Every part, depth first like ``Message.walk`` but without recursion, depth checked."""
    stack: list[tuple[Message, int]] = [(msg, 0)]
    while stack:
        part, depth = stack.pop()
        if depth > MAX_MIME_DEPTH:
            raise TooDeep()
        yield part
        if part.is_multipart():
            children = part.get_payload()
            stack.extend((child, depth + 1) for child in reversed(children))


def _header(msg: Message, name: str) -> str:
    value = msg.get(name)
    # PostgreSQL text cannot hold NUL, and a terminal obeys ESC sequences: neither is kept.
    return one_line(decoded(value)) if value is not None else ""


def decoded(value: object) -> str:
    """A header value with its RFC 2047 encoded words decoded (as written if they are bad)."""
    text = str(value)
    if "=?" not in text:
        return text
    try:
        words = str(email.header.make_header(email.header.decode_header(text)))
    except (email.errors.HeaderParseError, UnicodeError, LookupError, ValueError):
        return text
    return words if words.strip() else text  # words that decode to nothing say nothing


def _sender(msg: Message) -> str:
    value = msg.get("From")
    if value is None:
        return ""
    raw = str(value)
    simple = _SIMPLE_SENDER.fullmatch(raw)
    if simple is not None:  # what parseaddr gives, without its tokenizer (tests compare)
        return (simple.group(1) or simple.group(2)).lower()
    sender = email.utils.parseaddr(raw)[1] or decoded(raw)
    return one_line(sender).lower()


# The From header most mail carries, 'Name Surname <local.part@domain>', or the address alone:
# an address of dot-separated atoms, a name of words or quoted without quote or backslash in
# it. Compiled on first use (the CLI imports this module).
_ADDRESS = r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
_SIMPLE_SENDER = lazy(
    rf'(?:(?:[A-Za-z0-9]+(?: [A-Za-z0-9]+)*|"[A-Za-z0-9 .,\'()-]*") ?)?<({_ADDRESS})>|({_ADDRESS})'
)


# A Content-Disposition naming its file plainly: a type, then only a quoted or bare filename
# of ordinary characters (no encoded words, no RFC 2231 parts, no quote, backslash or ';').
_SIMPLE_DISPOSITION = lazy(r'[A-Za-z]+; ?filename=(?:"([A-Za-z0-9 ._()+,-]+)"|([A-Za-z0-9._+-]+))')


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


def _walk(msg: Message) -> tuple[list[Attachment], list[str], list[str], list[str]]:
    """Every PDF part, however deep (multipart nesting, forwarded message/rfc822); the parts
    named or typed as PDF that are not one; the names of the other attached files; the
    subjects of the forwarded messages inside. One walk of the tree; a part's name is read
    only where it counts (a PDF's, a generic type's, an attachment's)."""
    pdfs: list[Attachment] = []
    not_pdf: list[str] = []
    others: list[str] = []
    subjects: list[str] = []
    for part in _parts(msg):
        if part.is_multipart():
            if part is not msg and part.get_content_type() == "message/rfc822":
                for inner in part.get_payload() or []:
                    if isinstance(inner, EmailMessage | Message):
                        subjects.append(_header(inner, "Subject"))
            continue
        content_type = part.get_content_type()
        filename: str | None = None
        if content_type in PDF_TYPES or content_type in GENERIC_TYPES:
            filename = _filename(part)
        named_pdf = filename is not None and filename.lower().endswith(".pdf")
        if not (content_type in PDF_TYPES or (named_pdf and content_type in GENERIC_TYPES)):
            if part.get_content_disposition() == "attachment":  # not a body, not inline art
                # A type, unlike a name, comes as written: no NUL (PostgreSQL refuses the
                # batch) and no escape (a terminal obeys it) is kept, as for a name.
                if filename is None:
                    filename = _filename(part)
                others.append(filename or one_line(content_type))
            continue
        data = part.get_payload(decode=True) or b""
        name = filename or f"attachment-{len(pdfs) + 1}.pdf"
        if _looks_like_pdf(data):
            pdfs.append(Attachment(name, "application/pdf", data))
        else:
            not_pdf.append(name)
    return pdfs, not_pdf, others, subjects


def _filename(part: Message) -> str:
    disposition = part.get("Content-Disposition")
    if isinstance(disposition, str):
        simple = _SIMPLE_DISPOSITION.fullmatch(disposition)
        if simple is not None:  # what get_filename gives, without its parameter parser
            name = (simple.group(1) or simple.group(2)).strip()
            return (one_line(name) if "  " in name else name)[:255]
    try:
        name = part.get_filename() or part.get_param("name") or ""
    except (ValueError, TypeError, LookupError):
        return ""
    if isinstance(name, tuple):  # an RFC 2231 triple from get_param
        name = email.utils.collapse_rfc2231_value(name)
    return one_line(decoded(name)).replace("/", "_")[:255]


def _looks_like_pdf(data: bytes) -> bool:
    return PDF_MAGIC in data[:1024]
