"""The README's "Your own mailbox", followed as written: its commands, read from the README when
the test runs, in their order, against the fake Google (consent page, token endpoint, Gmail) on
loopback and a loopback endpoint standing in for ntfy. What only Google's console and a person's
browser can do (create the client, tick the boxes) is the fake's: a client file naming its
endpoints, and a consent that is given at once."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.app.demo import sample_callsheet
from pipeline.notify.checks import TEST_SUBJECT
from pipeline.outside.scopes import SCOPES
from tests.conftest import REPO
from tests.support import mail
from tests.support.fake_gmail import FakeGmail
from tests.support.fake_hook import FakeHook
from tests.support.waiting import wait_for

ME = "you@gmail.com"  # the README's own placeholder, kept: the fake's mailbox has it


def readme_steps() -> list[list[str]]:
    """The ``stillontime`` commands of the section's code blocks, in order."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Your own mailbox\n", 1)[1].split("\n## ", 1)[0]
    blocks = section.split("```sh\n")[1:]
    lines = [line for block in blocks for line in block.split("```", 1)[0].splitlines()]
    return [shlex.split(line) for line in lines if line.startswith("stillontime ")]


@pytest.fixture
def fake_google() -> Iterator[FakeGmail]:
    fake = FakeGmail()
    yield fake
    fake.stop()


@pytest.fixture
def ntfy() -> Iterator[FakeHook]:
    server = FakeHook()
    yield server
    server.stop()


class Person:
    """Runs the README's commands, standing in for the browser and the phone."""

    def __init__(self, env: dict[str, str], secrets: Path, ntfy: FakeHook, tmp: Path) -> None:
        self.env, self.secrets, self.ntfy, self.tmp = env, secrets, ntfy, tmp
        self.services: subprocess.Popen[bytes] | None = None

    def argv(self, words: list[str]) -> list[str]:
        """The command with the README's placeholders made this machine's."""
        out = []
        for word in words:
            if word.endswith("client_secret.json"):
                word = str(self.secrets)
            elif word.startswith("ntfy://ntfy.sh/"):
                word = f"ntfy://127.0.0.1:{self.ntfy.port}/stillontime-you"
            out.append(word)
        return [sys.executable, "-m", "pipeline", *out[1:]]

    def run(self, words: list[str], **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.argv(words), env={**self.env, **env}, cwd=REPO,
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip

    def consent_on_the_console(self, words: list[str]) -> str:
        """Open the printed URL "in a browser" and paste back where it was sent."""
        process = subprocess.Popen(
            self.argv(words), env=self.env, cwd=REPO, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        assert process.stdout is not None and process.stdin is not None
        url = ""
        while not url.startswith("http"):
            line = process.stdout.readline()
            assert line, process.stderr.read() if process.stderr else "no URL printed"
            url = line.strip()
        process.stdin.write(where_the_browser_lands(url) + "\n")
        process.stdin.flush()
        out, err = process.communicate(timeout=60)
        assert process.returncode == 0, out + err
        return out

    def consent_in_the_browser(self, words: list[str]) -> str:
        """The browser the command opens (``BROWSER``) follows Google's redirect to the
        command's loopback listener."""
        browser = person_browser(self.tmp)
        result = self.run(words, BROWSER=str(browser))
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def start(self, words: list[str]) -> None:
        log = (self.tmp / "up.log").open("wb")
        self.services = subprocess.Popen(
            self.argv(words), env=self.env, cwd=REPO, stdout=log, stderr=log
        )

    def stop(self) -> None:
        if self.services is not None:
            self.services.terminate()
            try:
                self.services.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.services.kill()


def client_file(tmp: Path, fake: FakeGmail) -> Path:
    """The desktop client's file as Google's console writes it, naming the fake's endpoints."""
    path = tmp / "client_secret_1234.json"
    client = {
        "client_id": "1234-abc.apps.googleusercontent.com",
        "client_secret": "GOCSPX-not-a-secret",
        "auth_uri": fake.auth_uri,
        "token_uri": fake.token_uri,
        "redirect_uris": ["http://localhost"],
    }
    path.write_text(json.dumps({"installed": client}))
    return path


def where_the_browser_lands(url: str) -> str:
    """Follow the consent URL one hop: the address Google sends the browser to."""

    class Stop(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            return None

    try:
        urllib.request.build_opener(Stop).open(url, timeout=30)
    except urllib.error.HTTPError as answer:
        assert answer.code == 302
        return answer.headers["Location"]
    raise AssertionError("the consent page did not redirect")


def test_the_readme_section_followed_step_by_step(
    conn, service_env: dict[str, str], tmp_path: Path, fake_google: FakeGmail, ntfy: FakeHook
) -> None:
    # Given step 1 done in Google's console: a desktop client (its file, naming the fake's
    # endpoints), and a Gmail account signed in to the browser
    secrets = client_file(tmp_path, fake_google)
    fake_google.add_mailbox(ME)
    fake_google.consenting = ME
    env = {
        **service_env,
        "STILLONTIME_HOME": str(tmp_path / "home"),  # its secret.key made on first use
        "STILLONTIME_GOOGLE_API_ENDPOINT": fake_google.url,
        "STILLONTIME_GOOGLE_TOKEN_URI": fake_google.token_uri,
        "OAUTHLIB_INSECURE_TRANSPORT": "1",  # the fake speaks plain HTTP on loopback
        # No fake Calendar beside the fake Gmail: the day's event goes to an .ics file
        "STILLONTIME_CALENDAR_PROVIDER": "ics",
        "STILLONTIME_INGEST_POLL_INTERVAL_S": "1",
        "STILLONTIME_INSTANCE_BEAT_S": "1",
    }
    person = Person(env, secrets, ntfy, tmp_path)
    steps = readme_steps()
    assert [s[1:3] for s in steps] == [
        ["users", "add"], ["auth", "google"], ["auth", "google"],
        ["notifications", "channel"], ["up"], ["doctor", "--send-test"],
    ]  # fmt: skip
    try:
        # When each step runs as written
        added = person.run(steps[0])
        assert added.returncode == 0 and f"user {ME} created" in added.stdout, added.stderr
        assert "--console" not in steps[1] and "--console" in steps[2]
        assert f"Google grant stored for {ME}" in person.consent_in_the_browser(steps[1])
        assert f"Google grant stored for {ME}" in person.consent_on_the_console(steps[2])
        channel = person.run(steps[3])
        assert channel.returncode == 0 and "channel phone (push) saved" in channel.stdout
        person.start(steps[4])
        # and a call sheet for tomorrow reaches the mailbox
        tomorrow = date.today() + timedelta(days=1)
        sheet = mail.message(
            "Call sheet Day 5", pdfs=[("day5.pdf", sample_callsheet(tomorrow))],
            date=datetime.now(UTC),
        )  # fmt: skip
        fake_google.add_message(ME, sheet.as_bytes())
        # Then the day is planned and its summary reaches the phone
        wait_for(
            lambda: conn.execute(
                "SELECT 1 FROM schedule_data WHERE status = 'confirmed'"
                " AND shooting_date = %s", (tomorrow,),
            ).fetchone(),
            timeout=180, what="the mailed call sheet confirmed",
        )  # fmt: skip
        wait_for(lambda: ntfy.received, timeout=120, what="a message on the ntfy channel")
        # And the doctor passes, every check ok (the channel's test message sent)
        checked = wait_for(
            lambda: (r := person.run(steps[5])).returncode == 0 and r,
            timeout=120, what="doctor to pass",
        )  # fmt: skip
        assert "WARN" not in checked.stdout and "FAIL" not in checked.stdout, checked.stdout
        assert f"ok google {ME}: Google grant refreshed; scopes" in checked.stdout
        sent = f"ok channel {ME} phone: push ntfy://127.0.0.1/…: test message sent"
        assert sent in checked.stdout
        assert any(TEST_SUBJECT in json.dumps(r["body"]) for r in ntfy.received)
    finally:
        person.stop()
    grant = conn.execute("SELECT scopes, status FROM oauth_tokens").fetchone()
    assert grant["status"] == "active" and sorted(grant["scopes"]) == sorted(SCOPES)


def test_a_consent_with_a_box_left_unticked_is_refused_with_the_command_to_run_again(
    conn, service_env: dict[str, str], tmp_path: Path, fake_google: FakeGmail
) -> None:
    # Given the person leaves the calendar and send boxes unticked on the consent page
    secrets = client_file(tmp_path, fake_google)
    fake_google.add_mailbox(ME)
    fake_google.consenting, fake_google.ticked = ME, [SCOPES[0]]
    env = {**service_env, "STILLONTIME_HOME": str(tmp_path / "home")}
    env |= {"OAUTHLIB_INSECURE_TRANSPORT": "1"}
    person = Person(env, secrets, FakeHook(), tmp_path)
    added = person.run(["stillontime", "users", "add", ME, "--home", "ul. Prosta 1, Warszawa"])
    assert added.returncode == 0, added.stderr
    # When `auth google` gets Google's answer
    words = ["stillontime", "auth", "google", "--user", ME, "--client-secrets", str(secrets)]
    result = person.run(words, BROWSER=str(person_browser(tmp_path)))
    # Then nothing is stored, and the person is told what is missing and what to run
    assert result.returncode == 1
    assert (
        "Google granted only gmail.readonly; StillOnTime also needs calendar.events, gmail.send"
        in result.stderr
    )
    assert f"stillontime auth google --user {ME}" in result.stderr
    assert conn.execute("SELECT count(*) AS n FROM oauth_tokens").fetchone()["n"] == 0
    person.ntfy.stop()


def person_browser(tmp: Path) -> Path:
    browser = tmp / "browser"
    browser.write_text(
        f"#!{sys.executable}\nimport contextlib, sys, urllib.request\n"
        "with contextlib.suppress(OSError):\n"
        "    urllib.request.urlopen(sys.argv[1], timeout=30).read()\n"
    )
    browser.chmod(0o755)
    return browser
