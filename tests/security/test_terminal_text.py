"""Issue 16 item 7: control sequences from emails and sheets never reach a terminal or a file.

Shown: `emails list`, `schedules list`, `status`, `calendar ics`. Written: the .ics file and
the notification outbox file. Each is fed an OSC 8 link, an OSC 0 window title, CSI codes and
a lone carriage return, and must keep the visible text without any of them.
"""

from __future__ import annotations

import base64
import re
from datetime import time
from pathlib import Path

import pytest

from pipeline.calendar.providers import CalendarSettings
from pipeline.calendar.service import sync_schedule
from pipeline.notify.service import prepare_schedule
from pipeline.text import one_line, printable, shown
from tests.acceptance.test_cli import run
from tests.support import dayrows, mail, rows

LINK = "\x1b]8;;http://evil.example/\x07Call sheet\x1b]8;;\x07"
TITLE = "\x1b]0;you have been pwned\x07Wiedzmin\x1b[2J\x9b31m S5"
# Anything a terminal acts on: ESC, BEL, C1 controls, a CR that does not end a line.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (LINK + " - Day 3", "Call sheet - Day 3"),
        (TITLE, "Wiedzmin S5"),
        ("\x1b]0;no terminator: the text stays", "0;no terminator: the text stays"),
        ("\x1bP1$r\x1b\\after a DCS", "after a DCS"),
        ("safe\rEVIL", "safe EVIL"),
        ("bidi \u202eevil\u202c", "bidi evil"),
        ("nul\x00 bel\x07 del\x7f", "nul bel del"),
        ("Plan zdjęciowy \u2013 Dzień 3\t(ok)", "Plan zdjęciowy \u2013 Dzień 3 (ok)"),
    ],
)
def test_one_line_keeps_the_text_and_drops_what_a_terminal_obeys(raw, expected) -> None:
    assert one_line(raw) == expected


def test_printable_keeps_lines_and_tabs() -> None:
    assert printable("a\tb\r\nc\nd\re\x1b[1mf") == "a\tb\r\nc\nd\nef"
    assert printable(None) == "" and printable(42) == "42"


def test_shown_is_never_rich_markup() -> None:
    # Rich reads "[link=...]" in a str as markup and would write the OSC 8 link itself.
    text = shown("[link=http://evil.example/]click[/link]")
    assert text.plain == "[link=http://evil.example/]click[/link]" and not text.spans


@pytest.fixture
def env(service_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    return {**service_env, "STILLONTIME_HOME": str(tmp_path / "home")}


def assert_clean(output: str) -> None:
    assert not CONTROL.search(output), repr(CONTROL.search(output))
    assert "evil.example" not in output and "pwned" not in output


def test_emails_list_and_status_show_a_hostile_subject_without_its_sequences(conn, env) -> None:
    # Given a recorded email whose subject and error carry OSC and CSI sequences (a row from
    # before ingest cleaned headers, or written by another path)
    user_id = rows.add_user(conn, "dop@example.com")
    email_id = rows.add_email(conn, user_id, "error")
    conn.execute(
        "UPDATE processed_emails SET subject = %s, error = %s WHERE id = %s",
        (LINK + " - Day 3", "malformed message: " + TITLE, email_id),
    )
    # When the emails are listed and the status shown
    listed = run(env, "emails", "list")
    status = run(env, "status")
    # Then the subject and reason are there, the sequences are not
    assert listed.returncode == 0, listed.stderr
    assert "Call sheet - Day 3" in listed.stdout and "Wiedzmin S5" in listed.stdout
    assert_clean(listed.stdout)
    assert status.returncode == 0, status.stderr
    assert "Wiedzmin S5" in status.stdout
    assert_clean(status.stdout)


def test_ingest_stores_a_hostile_subject_clean(conn, env, tmp_path: Path) -> None:
    # Given an .eml whose encoded-word subject decodes to an OSC 8 link
    assert run(env, "users", "add", "grip@example.com", "--home", "Home 1").returncode == 0
    encoded = base64.b64encode((LINK + " - Day 4").encode()).decode()
    raw = mail.message("placeholder", pdfs=[("d4.pdf", mail.small_pdf())]).as_bytes()
    raw = raw.replace(b"Subject: placeholder", f"Subject: =?utf-8?b?{encoded}?=".encode())
    (tmp_path / "hostile.eml").write_bytes(raw)
    # When it is ingested, Then the stored subject is the visible text only
    done = run(env, "ingest", str(tmp_path / "hostile.eml"), "--user", "grip@example.com")
    assert done.returncode == 0, done.stderr
    subject = conn.execute("SELECT subject FROM processed_emails").fetchone()["subject"]
    assert subject == "Call sheet - Day 4"


def test_a_hostile_production_title_is_clean_in_the_list_the_ics_and_the_outbox(
    conn, env, tmp_path: Path
) -> None:
    # Given a planned day whose production title and location carry control sequences
    home = Path(env["STILLONTIME_HOME"])
    day = dayrows.add_day(conn)
    version = conn.execute(
        "UPDATE schedule_data SET production = %s, location = %s, version = version + 1,"
        " status = 'modified' WHERE id = %s RETURNING version",
        (TITLE, "Plac Defilad 1\rEVIL, Warszawa", day["schedule_id"]),
    ).fetchone()["version"]
    dayrows.put_route(conn, day["user_id"], day["schedule_id"], version, time(7, 0))
    dayrows.put_weather(conn, day["user_id"], day["schedule_id"], version, status="forecast")
    # When the schedules are listed
    listed = run(env, "schedules", "list")
    # Then the title is shown without them
    assert listed.returncode == 0, listed.stderr
    assert "Wiedzmin S5" in listed.stdout
    assert_clean(listed.stdout)
    # When the calendar stage writes the day's .ics and the notify stage its message
    sync_schedule(day["schedule_id"], settings=CalendarSettings(), home=home)
    prepare_schedule(day["schedule_id"])
    sent = run(env, "notifications", "send-due")
    assert sent.returncode == 0, sent.stderr
    # Then the .ics file, its print, and the outbox file hold the text, not the sequences
    ics = next((home / "calendar").rglob("*.ics")).read_text(encoding="utf-8")
    assert "Wiedzmin S5" in ics and "Plac Defilad 1 EVIL" in ics
    assert_clean(ics)
    printed = run(env, "calendar", "ics", str(day["schedule_id"]))
    assert printed.returncode == 0 and "Wiedzmin S5" in printed.stdout
    assert_clean(printed.stdout)
    outbox = [p.read_text(encoding="utf-8") for p in (home / "outbox").glob("*.txt")]
    assert outbox and any("Wiedzmin S5" in text for text in outbox)
    for text in outbox:
        assert_clean(text)
    notifications = run(env, "notifications", "list")
    assert notifications.returncode == 0, notifications.stderr
    assert_clean(notifications.stdout)
