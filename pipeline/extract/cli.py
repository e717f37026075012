"""Command-line view of the extractor: ``stillontime extract FILE.pdf|FOLDER ... [--json]``.

Several files and folders are read in one process (the interpreter and the reader start once):
with ``--json``, one JSON object per file per line (JSON Lines), a file that fails given as
``{"file": ..., "error": ...}`` without stopping the others.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from pipeline.extract.reader.api import extract_document
from pipeline.extract.reader.errors import ExtractError
from pipeline.extract.reader.sanity import ReadContext
from pipeline.text import printable

if TYPE_CHECKING:
    from pipeline.extract.reader.model import DocumentResult

EXIT_OK = 0
EXIT_FAILED = 1  # the reader itself failed on a file (a bug to report)
EXIT_BAD_INPUT = 2  # a file itself is unreadable; retrying will not help


# A plain click command, not typer: a script that reads one sheet per process pays for the
# reader and little else (typer converts each parameter with pydantic).
@click.command(
    "extract",
    help="Read PDFs (files or folders) and print each one's schedule (no database needed)."
    "\n\nA folder stands for the PDFs directly in it, by name. A file that cannot be read is"
    ' reported (with --json, as a line {"file": ..., "error": ...}) and the others are still'
    " read; the exit code is then non-zero (2: a bad file; 1: the reader itself failed).",
)
@click.argument("paths", metavar="PDF...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, one per line.")
@click.option("--sent", help="The email's date (YYYY-MM-DD), for the date check.")
@click.option("--timezone", help="The user's IANA zone, for the sun check.")
def extract(paths: tuple[Path, ...], as_json: bool, sent: str | None, timezone: str | None) -> None:
    try:
        context = parse_context(sent, timezone)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    sys.exit(extract_files(paths, as_json, context))


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


def extract_command(path: Path, as_json: bool, context: ReadContext | None = None) -> int:
    """Extract one file and print the result; return the process exit code (see
    ``extract_files``)."""
    return extract_files([path], as_json, context)


def extract_files(
    paths: Sequence[Path],
    as_json: bool,
    context: ReadContext | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Extract every file (a folder: its PDFs) and print each result as it comes.

    Parameters
    ----------
    paths:
        PDF files and folders of them.
    as_json:
        One JSON object per file per line, ``{"file": path, ...the result...}``, or
        ``{"file": path, "error": message}`` for a file that failed; otherwise a readable
        summary per file.
    context:
        The email's date and the user's zone, as the extract stage would pass them.

    Returns
    -------
    int
        0 when every file was read; otherwise 2 if a file was bad input, else 1 (the reader
        failed on a file). Each failure's message is also printed on stderr.
    """
    out, err = out or sys.stdout, err or sys.stderr
    worst = EXIT_OK
    files = list(_pdfs(paths))
    for path, problem in files:
        code, result, message = (EXIT_BAD_INPUT, None, problem) if problem else _read(path, context)
        worst = max(worst, code)
        if message is not None:
            print(printable(f"error: {path}: {message}"), file=err)
        if as_json:
            record = {"error": message} if result is None else result.to_json()
            print(json.dumps({"file": str(path), **record}, ensure_ascii=False), file=out)
        elif result is not None:
            heading = f"== {path}\n" if len(files) > 1 else ""
            print(printable(heading + summary(result)), file=out)
        out.flush()
    return worst


def _pdfs(paths: Sequence[Path]) -> Iterator[tuple[Path, str | None]]:
    """Each file to read, with why it cannot be read when that is known before reading."""
    for path in paths:
        if not path.is_dir():
            yield path, None
            continue
        found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".pdf" and p.is_file())
        if not found:
            yield path, "no PDF in this folder"
        yield from ((p, None) for p in found)


def _read(path: Path, context: ReadContext | None) -> tuple[int, DocumentResult | None, str | None]:
    """(exit code, result, error message) of one file; never raises for one bad file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return EXIT_BAD_INPUT, None, f"cannot read: {exc.strerror or exc}"
    try:
        return EXIT_OK, extract_document(data, filename=path.name, context=context), None
    except ExtractError as exc:
        return EXIT_BAD_INPUT, None, str(exc)
    except Exception as exc:  # a reader bug on one file must not lose the others' results
        return EXIT_FAILED, None, f"reader failed: {type(exc).__name__}: {exc}"


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
