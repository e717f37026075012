"""A crew member of a test pipeline, made and fed through the command line as a person would."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

USER = "ola@example.com"


def cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """``stillontime ARGS`` in ``env``; fails the test unless it exits 0."""
    done = subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def add_crew_member(env: dict[str, str]) -> None:
    """``USER``, living in Warsaw."""
    cli(env, "users", "add", USER, "--home", "ul. Prosta 1, 00-838 Warszawa",
        "--timezone", "Europe/Warsaw")  # fmt: skip
