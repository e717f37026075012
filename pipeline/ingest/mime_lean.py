"""A lean MIME parser for the shapes nearly all mail takes, giving the standard parser's tree.

The standard library's feed parser reads a message line by line through a stack of generators
and end-of-part matchers: about half the CPU of reading a small message with one PDF. Here a
part is cut out of its parent at its boundary lines with ``str.find`` and only its header block
is read line by line. The tree built is the one ``email.message_from_bytes(raw,
policy=compat32)`` builds (the same headers, payloads, preambles and epilogues; tests compare
them over many shapes). Anything this parser does not follow exactly (a defect the standard
parser would note, a lone CR line end, message/* parts, digests, a nesting limit reached) gives
None, and the caller runs the standard parser: the outcome, errors included, stays its.
"""

from __future__ import annotations

import email.policy
import itertools
from email.message import Message

from pipeline.lazy_re import lazy

# Compiled on first use: the command line imports this module and may read no mail.
# A header block (every line ending in LF) the standard parser reads without a defect: each
# field a name (printable ASCII but the colon) and a colon, its value up to the line end, then
# any continuation lines (starting with a blank). An envelope line ('From ') or a header
# without a name does not match; the standard parser's headerRE would take them.
_FIELD_PATTERN = r"([\041-\071\073-\176]+):([^\n]*\n(?:[ \t][^\n]*\n)*)"
_FIELD = lazy(_FIELD_PATTERN)
_BLOCK = lazy(f"(?:{_FIELD_PATTERN})*")
# A boundary line's tail after its separator (the standard parser's, lone CRs aside).
_BOUNDARY_TAIL = lazy(r"(?P<end>--)?[ \t]*(?P<linesep>\r\n|\n)?$")


_TEXT_TYPES = ("7bit", "8bit", "binary")


class _Unfollowed(Exception):
    """A shape this parser leaves to the standard one."""


def parse(raw: bytes, max_depth: int) -> Message | None:
    """The compat32 tree of ``raw``, or None where the standard parser must read it (a shape
    not followed here, or parts nested ``max_depth`` deep or more)."""
    text = raw.decode("ascii", "surrogateescape")  # as the standard bytes parser decodes it
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return None  # a lone CR ends a line for the standard parser, not here
    if text.startswith("From "):
        return None  # a Unix envelope line
    try:
        return _part(text, 0, len(text), 0, max_depth)
    except _Unfollowed:
        return None
    except (ValueError, TypeError, LookupError, AttributeError, AssertionError, RecursionError):
        return None  # the standard parser then says what it makes of it


def _part(text: str, start: int, end: int, depth: int, max_depth: int) -> Message:
    """The part in ``text[start:end]`` (a whole message, or a part between boundary lines)."""
    if depth >= max_depth:
        raise _Unfollowed
    msg = Message(policy=email.policy.compat32)
    body = _headers(msg, text, start, end)
    content_type = msg.get_content_type()
    maintype = content_type.partition("/")[0]
    if maintype == "message" or content_type == "multipart/digest":
        raise _Unfollowed  # nested messages and digests: the standard parser's
    if maintype != "multipart":
        msg._payload = text[body:end]
        return msg
    boundary = msg.get_boundary()
    if boundary is None:
        raise _Unfollowed  # a defect (no boundary)
    cte = msg.get("content-transfer-encoding", "8bit")
    if not isinstance(cte, str) or cte.lower() not in _TEXT_TYPES:
        raise _Unfollowed  # a defect (a multipart encoded)
    _multipart(msg, text, body, end, "--" + boundary, depth, max_depth)
    return msg


def _headers(msg: Message, text: str, start: int, end: int) -> int:
    """Read the header block at ``start`` into ``msg`` as the standard parser does (compat32's
    ``header_source_parse``: the name as written, the value unfolded as is, its first blanks
    and last line ends off); returns where the body starts. A block without its blank line,
    or with a line the standard parser would take as the body's or note as a defect, is not
    followed."""
    if text.startswith("\n", start) or text.startswith("\r\n", start):
        return text.index("\n", start) + 1  # no headers at all
    lf, crlf = text.find("\n\n", start, end), text.find("\n\r\n", start, end)
    if lf < 0 and crlf < 0:
        raise _Unfollowed  # no blank line before the part's end
    if crlf < 0 or 0 <= lf < crlf:
        block_end, body = lf + 1, lf + 2
    else:
        block_end, body = crlf + 1, crlf + 3
    if _BLOCK.fullmatch(text, start, block_end) is None:
        raise _Unfollowed
    msg._headers = [
        (name, value.lstrip(" \t").rstrip("\r\n"))
        for name, value in _FIELD.findall(text, start, block_end)
    ]
    return body


def _multipart(
    msg: Message, text: str, start: int, end: int, separator: str, depth: int, max_depth: int
) -> None:
    """The parts of a multipart body ``text[start:end]``, cut at its boundary lines."""
    lines = _boundary_lines(text, start, end, separator)
    if not lines or lines[0][2]:
        raise _Unfollowed  # no start boundary (a defect)
    close = lines[-1]
    if not close[2]:
        raise _Unfollowed  # no close boundary (a defect)
    first = lines[0][0]
    if first > start:
        msg.preamble = _without_line_end(text[start:first])
    parts: list[Message] = []
    for (_, after, _), (following, _, _) in itertools.pairwise(lines):
        if after == following:
            raise _Unfollowed  # boundary lines in a row: the standard parser skips them
        child = _part(text, after, following, depth + 1, max_depth)
        # The line end before a boundary line is the boundary's (RFC 2046): off a leaf's
        # payload, or a multipart's epilogue (an empty one becomes None, as the standard
        # parser has it).
        if isinstance(child._payload, str):
            child._payload = _without_line_end(child._payload)
        elif child.epilogue == "":
            child.epilogue = None
        elif child.epilogue is not None:
            child.epilogue = _without_line_end(child.epilogue)
        parts.append(child)
    msg._payload = parts
    msg.epilogue = text[close[1] : end]


def _boundary_lines(text: str, start: int, end: int, separator: str) -> list[tuple[int, int, bool]]:
    """(start, end, closes) of each boundary line up to the close one: a line starting with
    the separator followed by nothing but '--', blanks and a line end, as the standard
    parser's expression matches it."""
    found: list[tuple[int, int, bool]] = []
    at = start
    while True:
        at = text.find(separator, at, end)
        if at < 0:
            return found
        if at > start and text[at - 1] != "\n":
            at += 1
            continue
        newline = text.find("\n", at, end)
        stop = end if newline < 0 else newline + 1
        tail = _BOUNDARY_TAIL.match(text, at + len(separator), stop)
        if tail is None:
            at = stop
            continue
        closes = tail.group("end") is not None
        found.append((at, stop, closes))
        if closes:
            return found
        at = stop


def _without_line_end(value: str) -> str:
    """``value`` without its last line end (RFC 2046: it belongs to the boundary after it)."""
    if value.endswith("\r\n"):
        return value[:-2]
    if value.endswith("\n"):
        return value[:-1]
    return value
