"""Fixtures of the ingest tests: the fake Gmail server and users authorised on it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from cryptography.fernet import Fernet

from pipeline.accounts import Grant, save_grant
from pipeline.outside.google import SCOPES
from tests.support.fake_gmail import FakeGmail
from tests.support.rows import add_user

SECRET_KEY = Fernet.generate_key().decode()


@pytest.fixture
def fake_gmail(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeGmail]:
    """A fake Gmail the real client is pointed at, with fast retries and small pages."""
    fake = FakeGmail()
    env = {
        "STILLONTIME_GOOGLE_API_ENDPOINT": fake.url,
        "STILLONTIME_GOOGLE_TOKEN_URI": fake.token_uri,
        "STILLONTIME_GOOGLE_TIMEOUT_S": "10",
        "STILLONTIME_SECRET_KEY": SECRET_KEY,
        "STILLONTIME_INGEST_RETRY_MIN_S": "0.01",
        "STILLONTIME_INGEST_RETRY_MAX_S": "0.05",
        "STILLONTIME_INGEST_RETRY_ATTEMPTS": "4",
        "STILLONTIME_INGEST_PAGE_SIZE": "7",
        "STILLONTIME_INGEST_BATCH_SIZE": "5",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    yield fake
    fake.stop()


@pytest.fixture
def gmail_user(
    conn: psycopg.Connection, fake_gmail: FakeGmail
) -> Callable[..., tuple[uuid.UUID, str]]:
    """Make a user with a mailbox on the fake and a stored grant; returns (id, address)."""

    def make(address: str | None = None, *, expires_in: timedelta = timedelta(hours=1)):
        address = address or f"crew-{uuid.uuid4().hex[:8]}@example.com"
        user_id = add_user(conn, address)
        refresh, access = fake_gmail.add_mailbox(address)
        grant = Grant(
            access_token=access,
            refresh_token=refresh,
            client_id="client-id.apps.googleusercontent.com",
            client_secret="client-secret",
            scopes=SCOPES,
            expiry=datetime.now(UTC) + expires_in,
            status="active",
            last_error=None,
        )
        save_grant(conn, user_id, grant)
        return user_id, address

    return make
