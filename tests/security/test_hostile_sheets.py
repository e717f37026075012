"""Issue 16.1-16.3, the extract side: long lines, decompression bombs, control characters."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pipeline.extract.reader.api import extract_document, interpret
from pipeline.extract.reader.bounds import MAX_LINE_CHARS, MAX_PAGE_LINES, MAX_WORD_CHARS
from pipeline.extract.reader.errors import DecompressionBombError, ReaderLimitError
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.sandbox import extract_isolated
from pipeline.extract.service import process_email
from tests.conftest import REPO
from tests.security.hostile_pdfs import MB, inflating_to, uk_sheet
from tests.support import rows


def line(y: float, *texts: str) -> Line:
    words, x = [], 30.0
    for text in texts:
        words.append(Word(text, x, x + 6 * min(len(text), 80), y, y + 10, 10))
        x += 6 * min(len(text), 80) + 4
    return Line(tuple(words), 0)


def sheet_lines(*extra: Line) -> list[PageText]:
    head = (
        line(40, "THE", "LONG", "ACRE"),
        line(80, "Date:", "Tuesday", "17th", "March", "2026"),
        line(142, "UNIT", "CALL:", "08:00"),
    )
    return [PageText((*head, *extra), 612, 792)]


# --- 16.1 long lines --------------------------------------------------------------------------


def test_a_100000_letter_location_line_is_read_cut_and_flagged() -> None:
    # Given a UK sheet whose set-location line carries 100,000 letters (it hung a worker)
    pdf = uk_sheet("a" * 100_000)
    # When it is read
    [day] = extract_document(pdf).days
    # Then the rest of the sheet is read, the location is cut to a word's cap, and it says so
    assert (day.call_time, day.shooting_date) == ("08:00", "2026-03-17")
    assert day.location is not None and len(day.location) <= MAX_WORD_CHARS
    assert any("too long to be a call sheet's was cut" in w for w in day.warnings)


@pytest.mark.parametrize("filler", [" " * 20_000, "\t" * 20_000, "\u2003" * 20_000])
def test_white_space_inside_words_never_reaches_the_title_patterns(filler: str) -> None:
    # Given words carrying long runs of white space (the title and dash patterns backtrack
    # on such runs: 16,000 spaces took one of them 106 s)
    pages = sheet_lines(line(20, "Tuesday", filler, "Tuesday", filler, "-"))
    # When the fields are read, they are read, and no word keeps white space
    result = interpret(pages, [])
    assert result.days and result.days[0].call_time == "08:00"
    assert not any(c.isspace() for c in str(result.days[0].production or ""))


def test_lines_and_pages_are_capped_with_a_warning() -> None:
    long_line = line(300, *(["word"] * (MAX_LINE_CHARS // 2)))
    many = [line(400 + i * 0.01, "lorem") for i in range(MAX_PAGE_LINES + 50)]
    result = interpret(sheet_lines(long_line, *many), [])
    assert any(f"first {MAX_PAGE_LINES} lines" in w for w in result.warnings)
    assert any("was cut" in w for w in result.warnings)


# --- 16.2 decompression bombs -----------------------------------------------------------------


def test_a_flate_bomb_is_refused_before_pdfium_inflates_it() -> None:
    # Given a small PDF whose content stream inflates to 80 MB, over the 64 MB stream cap
    bomb = inflating_to(80 * MB)
    assert len(bomb) < MB
    # When the stage reads it (in its memory-capped child), the child answers with a refusal:
    # it was not killed, so it never came near its cap
    with pytest.raises(DecompressionBombError, match="inflates to more than 64 MB"):
        extract_isolated(bomb)


def test_a_bomb_the_stream_check_cannot_see_stops_at_the_childs_memory_cap() -> None:
    # Given a bomb behind /ASCIIHexDecode (no zlib data after `stream`): 600 MB inflated
    bomb = inflating_to(600 * MB, hex_first=True)
    cap = 400 * MB
    # When it is read with a 400 MB cap, the child dies at its cap and the file is refused
    reset_peak_rss()
    before = peak_rss()
    with pytest.raises(ReaderLimitError, match="400 MB memory cap"):
        extract_isolated(bomb, memory_cap=cap)
    # And this process never held the inflated stream: its peak grew by far less than the cap.
    # (The peak is reset first and measured as growth, because this test process may have run
    # the corpus before and sit at 400 MB already: CI once saw 423 MB against a bare `< cap`.)
    assert peak_rss() - before < cap // 4


def reset_peak_rss() -> None:
    # Linux: writing 5 to clear_refs resets VmHWM, the peak resident set of this process
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")


def peak_rss() -> int:
    with open("/proc/self/status") as status:
        for entry in status:
            if entry.startswith("VmHWM:"):
                return int(entry.split()[1]) * 1024
    raise AssertionError("no VmHWM in /proc/self/status")


def test_a_bomb_puts_its_email_in_error_with_the_reason(conn, database, service_env) -> None:
    user_id = rows.add_user(conn)
    email_id = rows.add_email_with_pdf(conn, user_id, inflating_to(80 * MB), "bomb.pdf")
    outcome = process_email(email_id)
    assert outcome is not None and outcome.status == "error"
    email = conn.execute(
        "SELECT processing_status, error FROM processed_emails WHERE id = %s", (email_id,)
    ).fetchone()
    assert email["processing_status"] == "error"
    assert email["error"].startswith("bomb.pdf: The PDF is refused")
    assert "decompression bomb" in email["error"]
    # `stillontime status` counts the email as an error and shows why
    shown = subprocess.run(
        [sys.executable, "-m", "pipeline", "status", "--json"],
        env=service_env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    failures = json.loads(shown.stdout)["recent_failures"]
    assert [f["message"] for f in failures if f["subject_id"] == str(email_id)] == [email["error"]]


# --- 16.3 control characters ------------------------------------------------------------------


def test_a_nul_in_the_location_is_stripped_when_read() -> None:
    # Given a sheet whose text layer maps a glyph to U+0000 inside the location
    pdf = uk_sheet("Hatfield\x00House, Great North Rd, Hatfield AL9 5HX", unicode_font=True)
    [day] = extract_document(pdf).days
    assert day.location == "HatfieldHouse, Great North Rd, Hatfield AL9 5HX"


def test_control_characters_never_reach_the_result() -> None:
    hostile = "\x00\x07\x1b]8;;http://evil.example/\x07\x1b[31m\u202e\ufeff\ud800\x9b"
    pages = sheet_lines(line(180, "Set", "Location:", f"Hatfield{hostile}House", "AL9", "5HX"))
    read = str(interpret(pages, []).to_json())
    assert "HatfieldHouse" in read or "Hatfield]8;;http://evil.example/[31mHouse" in read
    assert not [c for c in hostile if not c.isprintable() and c in read]


def test_a_sheet_with_a_nul_is_stored_not_dead_lettered(conn, database) -> None:
    # The NUL made PostgreSQL refuse the schedule (UntranslatableCharacter): a dead letter
    pdf = uk_sheet("Hatfield\x00House, Great North Rd, Hatfield AL9 5HX", unicode_font=True)
    user_id = rows.add_user(conn)
    email_id = rows.add_email_with_pdf(conn, user_id, pdf)
    assert process_email(email_id).status == "completed"
    [schedule] = conn.execute(
        "SELECT location FROM schedule_data WHERE user_id = %s", (user_id,)
    ).fetchall()
    assert schedule["location"] == "HatfieldHouse, Great North Rd, Hatfield AL9 5HX"
