"""The real ``stillontime`` command, run as a person would."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import psutil
import pytest

from pipeline.db.migrate import load_migrations
from tests.conftest import REPO
from tests.fixtures import callsheets as C
from tests.support import rows
from tests.support.waiting import wait_for


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_db_migrate_builds_then_is_up_to_date(empty_database: str) -> None:
    env = {**os.environ, "DATABASE_URL": empty_database}
    first = run(env, "db", "migrate")
    second = run(env, "db", "migrate")
    assert first.returncode == 0, first.stderr
    assert f"applied {len(load_migrations())}" in first.stdout
    assert second.returncode == 0 and "up to date" in second.stdout
    listed = run(env, "db", "status")
    assert "0001  0001_core_base.sql" in listed.stdout


def test_status_prints_counts_for_a_person(conn, service_env) -> None:
    rows.add_schedule_chain(conn)
    result = run(service_env, "status")
    assert result.returncode == 0, result.stderr
    assert "processed_emails.pending" in result.stdout
    assert "schedule_data.extracted" in result.stdout
    # the email's event waits for the dispatcher; schedule_extracted, which no stage consumes,
    # is written dispatched (db/0035)
    assert "outbox: 1 undispatched" in result.stdout


def test_status_prints_failures_verbatim(conn, service_env) -> None:
    # Given an email whose error quotes a call sheet with what rich would read as markup
    email_id = rows.add_email(conn, rows.add_user(conn), status="error")
    conn.execute(
        "UPDATE processed_emails SET error = %s WHERE id = %s",
        ("no readable date: [bold]SET[/bold] [red]", email_id),
    )
    # When a person reads the status
    result = run(service_env, "status")
    # Then the stage and the message are printed as they are, not taken as styles
    assert result.returncode == 0, result.stderr
    assert f"[ingest] {email_id}: no readable date: [bold]SET[/bold] [red]" in result.stdout


def test_status_watch_redraws_the_live_counts(conn, service_env) -> None:
    # Given a pipeline with one email and its schedule waiting
    rows.add_schedule_chain(conn)
    # When the live view is drawn twice
    result = run(service_env, "status", "--watch", "--interval", "0.1", "--count", "2")
    # Then each redraw shows the stage counts and the outbox lag, and it stops on its own
    assert result.returncode == 0, result.stderr
    assert "stillontime status at" in result.stdout
    assert "schedule_data.extracted" in result.stdout
    assert "outbox: 1 undispatched" in result.stdout  # schedule_extracted: born dispatched


def redis_servers_under(home: Path) -> list[psutil.Process]:
    """The running redis-server processes whose socket or config lies under ``home``."""
    found = []
    for process in psutil.process_iter(["name", "cmdline"]):
        cmdline = " ".join(process.info["cmdline"] or [])
        if "redis-server" in cmdline and str(home) in cmdline:
            found.append(process)
    return found


@pytest.mark.parametrize("command", [("users", "list"), ("status",)], ids=" ".join)
def test_a_command_that_needs_no_broker_starts_none(database: str, command) -> None:
    # Given a database URL and no Redis URL, with a home of its own (short: a Unix socket path)
    home = Path(tempfile.mkdtemp(prefix="sot-home-"))
    env = {**os.environ, "DATABASE_URL": database, "STILLONTIME_HOME": str(home)}
    env.pop("REDIS_URL", None)
    try:
        # When a person runs a command that reads only the database
        result = run(env, *command)
        # Then it works, and no embedded Redis was started nor left running
        assert result.returncode == 0, result.stderr
        assert not (home / "redis").exists()
        assert redis_servers_under(home) == []
    finally:
        for stray in redis_servers_under(home):  # what an old build left: not for the next test
            stray.kill()
        shutil.rmtree(home, ignore_errors=True)


def test_extract_reads_files_and_folders_in_one_process_as_json_lines(tmp_path: Path) -> None:
    # Given two call sheets in a folder, a third beside it, a file that is no PDF, and one
    # that is not there
    folder = tmp_path / "sheets"
    folder.mkdir()
    (folder / "a-unit-call.pdf").write_bytes(C.uk_unit_call()[0])
    (folder / "b-grid.PDF").write_bytes(C.us_grid()[0])
    (folder / "notes.txt").write_text("not a sheet")
    plan = tmp_path / "plan.pdf"
    plan.write_bytes(C.polish_plan()[0])
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"hello")
    missing = tmp_path / "missing.pdf"
    # When they are read in one command, as JSON
    args = ("extract", str(folder), str(broken), str(plan), str(missing), "--json")
    result = run(dict(os.environ), *args)
    # Then there is one JSON object per file, per line, in the order given (a folder's by name)
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [
        str(folder / "a-unit-call.pdf"), str(folder / "b-grid.PDF"), str(broken), str(plan),
        str(missing),
    ]  # fmt: skip
    # the sheets read, with their days
    assert lines[0]["days"][0]["call_time"] == "08:00"
    assert lines[1]["document_type"] == "call_sheet" and lines[1]["days"]
    assert lines[3]["document_type"] == "call_sheet" and lines[3]["days"]
    # the failures said, without stopping the files after them, and the exit code not 0
    assert "not a PDF" in lines[2]["error"] and "days" not in lines[2]
    assert "No such file" in lines[4]["error"]
    assert f"{broken}: " in result.stderr and f"{missing}: " in result.stderr
    assert result.returncode == 2


def test_extract_without_json_prints_each_file_s_summary_under_its_name(tmp_path: Path) -> None:
    first, second = tmp_path / "one.pdf", tmp_path / "two.pdf"
    first.write_bytes(C.uk_unit_call()[0])
    second.write_bytes(C.us_grid()[0])
    result = run(dict(os.environ), "extract", str(first), str(second))
    assert result.returncode == 0, result.stderr
    assert result.stdout.index(f"== {first}") < result.stdout.index(f"== {second}")
    assert result.stdout.count("crew call  :") == 2
    assert "crew call  : 08:00" in result.stdout


def test_extract_of_an_empty_folder_says_so(tmp_path: Path) -> None:
    result = run(dict(os.environ), "extract", str(tmp_path), "--json")
    assert json.loads(result.stdout) == {"file": str(tmp_path), "error": "no PDF in this folder"}
    assert result.returncode == 2


def undispatched(conn) -> int:
    return conn.execute("SELECT count(*) AS n FROM events WHERE dispatched_at IS NULL").fetchone()[
        "n"
    ]


def children_named(parent: psutil.Process, service: str) -> list[psutil.Process]:
    found = []
    for child in parent.children():
        try:
            if service in child.cmdline():
                found.append(child)
        except (psutil.ZombieProcess, psutil.NoSuchProcess):
            continue  # a child that just died, not yet reaped
    return found


def test_up_supervises_the_services_and_stops_cleanly(conn, service_env, tmp_path) -> None:
    # Given `stillontime up` running on this test's database
    log = open(tmp_path / "up.log", "wb")  # noqa: SIM115
    up = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "up", "--processes", "1"],
        env=service_env,
        cwd=REPO,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        parent = psutil.Process(up.pid)
        dispatcher = wait_for(lambda: children_named(parent, "dispatcher"), what="dispatcher")[0]
        wait_for(lambda: children_named(parent, "worker"), what="worker")
        wait_for(lambda: children_named(parent, "scheduler"), what="scheduler")
        # Its dispatcher drains the outbox
        rows.add_schedule_chain(conn)
        wait_for(lambda: undispatched(conn) == 0, what="dispatch under `up`")
        # When the dispatcher dies, it is started again and goes on dispatching
        dispatcher.kill()
        wait_for(
            lambda: [p for p in children_named(parent, "dispatcher") if p.pid != dispatcher.pid],
            what="restarted dispatcher",
        )
        rows.add_schedule_chain(conn)
        wait_for(lambda: undispatched(conn) == 0, what="dispatch after a restart")
        everyone = parent.children(recursive=True)
        # When SIGTERM arrives
        up.send_signal(signal.SIGTERM)
        assert up.wait(timeout=90) == 0
    finally:
        if up.poll() is None:
            up.kill()
    # Then every process it started is gone (a helper that ends when its pipe closes, as
    # multiprocessing's forkserver and resource tracker do, is given a moment to see it)
    _, alive = psutil.wait_procs(everyone, timeout=15)
    left = []
    for p in alive:
        try:
            if p.status() != psutil.STATUS_ZOMBIE:
                left.append(" ".join(p.cmdline())[:200])
        except psutil.NoSuchProcess:
            continue
    assert not left
