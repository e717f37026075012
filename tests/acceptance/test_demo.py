"""The README's main job: ``stillontime demo`` on the embedded default, from nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.conftest import REPO


def test_demo_runs_a_call_sheet_through_on_the_embedded_default() -> None:
    # Given no PostgreSQL or Redis configured and an empty data folder
    home = Path(tempfile.mkdtemp(prefix="sot-demo-", dir="/tmp"))
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env |= {"STILLONTIME_HOME": str(home), "PYTHONPATH": str(REPO)}
    # When the demo runs
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "demo"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    # Then it prints the confirmed day read from its call sheet and stops everything it started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "email 'the-long-acre-day5-" in result.stdout
    assert ": completed" in result.stdout
    assert "crew call  07:00   (confirmed, version 1" in result.stdout
    assert "set        Plac Defilad 1, 00-901 Warszawa" in result.stdout
    # the route arithmetic for the 07:00 call, the weather it could (not) know, the calendar
    # file, the summary and the sent message
    assert "  wake up    " in result.stdout and "  leave      " in result.stdout
    assert "weather (offline): No forecast" in result.stdout
    assert "calendar (ics, synced): THE LONG ACRE - Day 5 - Plac Defilad 1" in result.stdout
    assert ".ics" in result.stdout
    assert "    Call            07:00" in result.stdout
    assert "notification schedule_processed via local: sent ->" in result.stdout
    assert "had not settled" not in result.stdout
    assert "stopped embedded redis, postgres" in result.stderr
    assert not (home / "pgdata" / "postmaster.pid").exists()
