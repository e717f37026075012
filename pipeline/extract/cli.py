"""Command-line view of the extractor: ``stillontime extract FILE.pdf [--json]``."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pipeline.extract.reader.api import extract_document
from pipeline.extract.reader.errors import ExtractError
from pipeline.extract.reader.sanity import ReadContext
from pipeline.text import printable

if TYPE_CHECKING:
    import pathlib

    from pipeline.extract.reader.model import DocumentResult

EXIT_OK = 0
EXIT_BAD_INPUT = 2  # the file itself is unreadable; retrying will not help


def parse_context(sent: str | None, timezone: str | None) -> ReadContext:
    """``--sent YYYY-MM-DD`` and ``--timezone Area/City``; ValueError names a bad one."""
    try:
        day = dt.date.fromisoformat(sent) if sent else None
    except ValueError:
        raise ValueError(f"--sent {sent!r} is not a date (YYYY-MM-DD)") from None
    if timezone:
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"--timezone {timezone!r} is not an IANA time zone") from None
    return ReadContext(day, timezone or None)


def extract_command(path: pathlib.Path, as_json: bool, context: ReadContext | None = None) -> int:
    """Extract ``path`` and print the result; return the process exit code.

    Parameters
    ----------
    path:
        A PDF file.
    as_json:
        Print one JSON object instead of a readable summary.
    context:
        The email's date and the user's zone, as the extract stage would pass them.

    Returns
    -------
    int
        0 on success, 2 when the file is bad input (message on stderr).
    """
    try:
        data = path.read_bytes()
        result = extract_document(data, filename=path.name, context=context)
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except ExtractError as exc:
        print(printable(f"error: {path.name}: {exc}"), file=sys.stderr)
        return EXIT_BAD_INPUT
    if as_json:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(printable(summary(result)))
    return EXIT_OK


def summary(result: DocumentResult) -> str:
    """A short human-readable account of the days found and what needs checking."""
    out = [f"document: {result.document_type}, {len(result.days)} shooting day(s)"]
    for day in result.days:
        out.append("")
        out.append(f"Day {day.shooting_day or '?'}  {day.shooting_date or 'date unknown'}")
        out.append(f"  production : {day.production or '-'}")
        out.append(f"  crew call  : {day.call_time or 'NOT FOUND'}")
        out.append(f"  location   : {day.location or 'NOT FOUND'}")
        if day.base_location:
            out.append(f"  unit base  : {day.base_location}")
        if day.hospital:
            out.append(f"  hospital   : {day.hospital.name or ''} {day.hospital.address or ''}")
        if day.sunrise or day.sunset:
            out.append(f"  sun        : {day.sunrise or '?'} - {day.sunset or '?'}")
        if day.scenes:
            out.append(f"  scenes     : {', '.join(s.number for s in day.scenes)}")
        out.append(f"  confidence : {day.confidence:.2f}")
        out.extend(f"  ! {w}" for w in day.warnings)
    return "\n".join(out)
