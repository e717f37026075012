"""Logs never carry credentials, message bodies or whole phone numbers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from pipeline.logs import redact, redact_event
from tests.conftest import REPO


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        ("postgresql://app:hunter2@db:5432/x", "hunter2", "postgresql://app:[redacted]@db"),
        ("Authorization: Bearer ya29.A0AfH6SMB", "ya29.A0AfH6SMB", "Bearer [redacted]"),
        ("GET /route?key=AIzaSyD-secret&mode=car", "AIzaSyD-secret", "&mode=car"),
        ("refresh_token=1//0gLm-secret", "1//0gLm-secret", "refresh_token=[redacted]"),
        ("texted +48 601 234 567 at dawn", "601 234", "***567 at dawn"),
        ("email 123e4567-e89b-12d3-a456-426614174000", "***", "426614174000"),
        ("at 2026-11-22T08:53:33.123456Z", "***", "08:53:33.123456Z"),
    ],
)
def test_redact_masks_secrets_in_free_text_and_keeps_ids(text: str, hidden: str, kept: str) -> None:
    out = redact(text)
    assert hidden not in out
    assert kept in out


def test_redact_event_masks_by_key_at_any_depth() -> None:
    event = redact_event(
        None,
        "info",
        {
            "event": "sms sent",
            "schedule_id": "5b1c",
            "access_token": "ya29.secret",
            "grant": {"client_secret": "s3cr3t", "scopes": ["calendar"]},
            "sms_number": "+48601234567",
            "body": "Call 07:00 at Plac Defilad",
            "attempts": 2,
        },
    )
    assert event["access_token"] == "[redacted]"
    assert event["grant"] == {"client_secret": "[redacted]", "scopes": ["calendar"]}
    assert event["sms_number"] == "***567"
    assert event["body"] == "[26 chars]"
    assert (event["schedule_id"], event["attempts"]) == ("5b1c", 2)


def test_a_service_log_line_carries_no_token() -> None:
    # Given the JSON logs of a service process
    code = (
        "from pipeline.logs import get_logger\n"
        "get_logger(user_id='u1').warning('token refresh failed', refresh_token='1//SECRET',"
        " error='invalid_grant for Bearer ya29.SECRET2')\n"
    )
    env = dict(os.environ, STILLONTIME_LOG_FORMAT="json", PYTHONPATH=str(REPO))
    # When it logs a failure that mentions a token
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    # Then the line is JSON, keeps its ids, and has neither token
    line = json.loads(result.stderr.strip().splitlines()[-1])
    assert line["user_id"] == "u1"
    assert "SECRET" not in result.stderr
    assert line["refresh_token"] == "[redacted]"


def test_a_librarys_exception_is_logged_as_redacted_text() -> None:
    # Given a library (dramatiq) logging a failure with its exception, in a service's JSON logs
    code = (
        "import logging\nfrom pipeline.logs import configure_logging\nconfigure_logging()\n"
        "try:\n    raise ValueError('refused: Bearer ya29.SECRET')\n"
        "except ValueError:\n    logging.getLogger('dramatiq').exception('failed')\n"
    )
    env = dict(os.environ, STILLONTIME_LOG_FORMAT="json", PYTHONPATH=str(REPO))
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    # Then the line carries the traceback as text, its credentials masked
    line = json.loads(result.stderr.strip().splitlines()[-1])
    assert "Traceback (most recent call last)" in line["exception"]
    assert "ValueError: refused: Bearer [redacted]" in line["exception"]
    assert "SECRET" not in result.stderr


def test_a_service_imports_structlog_without_rich_and_rich_stays_importable() -> None:
    # Given a fresh interpreter that loads the services' commands, then what a worker logs with
    code = (
        "import sys\nimport pipeline.app.services\nimport pipeline.runtime.deliveries\n"
        "from pipeline.logs import get_logger\nget_logger().info('started')\n"
        "print('RICH', 'rich' in sys.modules)\nimport rich.text\nprint('LATER', rich.text.Text)\n"
    )
    env = dict(os.environ, STILLONTIME_LOG_FORMAT="console", PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    # Then rich was not imported for the logs, and a later import of it works
    assert "RICH False" in out
    assert "LATER <class 'rich.text.Text'>" in out
