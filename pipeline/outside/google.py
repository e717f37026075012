"""Google API access for every stage: stored credentials and google-api-python-client services.

The API is small on purpose:

- ``load_credentials(conn, user_id)`` returns ``google.oauth2.credentials.Credentials`` for a
  user, refreshed (and the new token saved) when it is expired or about to be. A grant Google
  refuses (``invalid_grant``: revoked, or expired) puts ``oauth_tokens.status`` to 'revoked'
  (other refusals: 'error') with ``last_error`` and raises ``GrantUnusable``; so does a grant
  already in that state, until the user authorises again.
- ``build_google_service(api, version, credentials)`` builds a service ('gmail' v1, 'calendar'
  v3) from the discovery documents shipped with the library, with an HTTP timeout, honouring
  ``STILLONTIME_GOOGLE_API_ENDPOINT``.
- ``save_refreshed(conn, user_id, credentials)`` stores a token the library refreshed mid-call.
- ``call_with_retries(what, fn, policy, unavailable)`` runs a request, retrying rate limits,
  server errors and timeouts with backoff, then raising ``unavailable``.

``conn`` is a connection outside an explicit transaction block, or inside one you commit: the
token row is written in its own ``conn.transaction()`` (a savepoint inside an outer one).

Settings (``STILLONTIME_GOOGLE_*``): ``API_ENDPOINT`` (root URL standing in for
``https://www.googleapis.com/`` and ``https://gmail.googleapis.com/``; unset: Google),
``TOKEN_URI`` (OAuth token endpoint), ``TIMEOUT_S`` (per HTTP request, default 30),
``CLIENT_SECRETS`` (the installed-app client file for ``stillontime auth google``).
"""

from __future__ import annotations

import json
import socket
import sys
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import psycopg
from google.auth.exceptions import RefreshError, TransportError
from googleapiclient.errors import HttpError
from pydantic_settings import BaseSettings, SettingsConfigDict
from tenacity import (
    RetryError,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)

from pipeline import accounts
from pipeline.errors import PermanentError, TransientError
from pipeline.outside.scopes import GMAIL_SEND_SCOPE as GMAIL_SEND_SCOPE  # re-exported
from pipeline.outside.scopes import SCOPES
from pipeline.secrets import SecretError
from pipeline.settings import from_env

if TYPE_CHECKING:
    import httplib2
    from google.oauth2.credentials import Credentials
    from googleapiclient import discovery

# google-auth's credentials, httplib2 and the discovery client are imported where they are used
# (about 80 ms of CPU): every service imports this module, most never call Google (a run with
# the .ics calendar and the local channels, a command line that reads the database).

GOOGLE_TOKEN_URI = "https://oauth2.googleapis.com/token"
# Refresh a token this long before it expires, so no call starts with one about to lapse.
REFRESH_MARGIN = timedelta(minutes=5)


class GoogleSettings(BaseSettings):
    """Where Google is (real, a proxy, or a fake server) and how long to wait for it."""

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_GOOGLE_", extra="ignore")

    api_endpoint: str | None = None
    token_uri: str = GOOGLE_TOKEN_URI
    timeout_s: float = 30.0
    client_secrets: Path | None = None


class GrantUnusable(PermanentError):
    """The user's Google grant is revoked, expired or broken; they must authorise again."""


class GoogleUnavailable(TransientError):
    """Google's token endpoint could not be reached; try again later."""


def _http(settings: GoogleSettings) -> httplib2.Http:
    import httplib2

    return httplib2.Http(timeout=settings.timeout_s)


def credentials_from_grant(grant: accounts.Grant, settings: GoogleSettings) -> Credentials:
    """google-auth credentials for a stored grant (expiry naive UTC, as google-auth wants)."""
    from google.oauth2.credentials import Credentials

    expiry = grant.expiry.astimezone(UTC).replace(tzinfo=None) if grant.expiry else None
    return Credentials(
        token=grant.access_token,
        refresh_token=grant.refresh_token,
        token_uri=settings.token_uri,
        client_id=grant.client_id,
        client_secret=grant.client_secret,
        scopes=list(grant.scopes) or None,
        expiry=expiry,
    )


def grant_from_credentials(credentials: Credentials) -> accounts.Grant:
    """The storable grant of google-auth credentials."""
    expiry = credentials.expiry.replace(tzinfo=UTC) if credentials.expiry else None
    return accounts.Grant(
        access_token=credentials.token,
        refresh_token=credentials.refresh_token,
        client_id=credentials.client_id,
        client_secret=credentials.client_secret,
        # What Google granted, when it said so; else what was asked for.
        scopes=tuple(credentials.granted_scopes or credentials.scopes or SCOPES),
        expiry=expiry,
        status="active",
        last_error=None,
    )


def grant_from_authorized_user_file(path: Path) -> accounts.Grant:
    """Read the authorized-user JSON google-auth writes (``Credentials.to_json()``).

    Raises
    ------
    accounts.AccountError
        If the file is not such a JSON object or has no refresh token.
    """
    from google.oauth2.credentials import Credentials

    try:
        info: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        credentials = Credentials.from_authorized_user_info(info)
    except (OSError, ValueError) as exc:
        raise accounts.AccountError(f"{path}: not an authorized-user token file: {exc}") from exc
    if info.get("expiry"):
        credentials.expiry = datetime.fromisoformat(info["expiry"].rstrip("Z")).replace(tzinfo=None)
    return grant_from_credentials(credentials)


def _refusal_status(exc: RefreshError) -> str:
    """'revoked' when Google says the grant is gone (invalid_grant), else 'error'."""
    text = " ".join(str(a) for a in exc.args)
    return "revoked" if "invalid_grant" in text else "error"


def load_credentials(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    *,
    now: datetime | None = None,
    settings: GoogleSettings | None = None,
) -> Credentials:
    """A user's Google credentials, refreshed and saved if they expire within 5 minutes.

    Raises
    ------
    GrantUnusable
        No grant, a grant marked revoked/expired/error, a refresh Google refused (the row is
        marked first), or a grant the configured keys cannot decrypt.
    GoogleUnavailable
        The token endpoint could not be reached or answered a retryable error.
    """
    settings = settings or from_env(GoogleSettings)
    try:
        grant = accounts.load_grant(conn, user_id)
    except SecretError as exc:
        accounts.mark_grant_failed(conn, user_id, "error", str(exc))
        raise GrantUnusable(str(exc)) from exc
    if grant is None:
        raise GrantUnusable("no Google grant (run `stillontime auth google` or `auth import`)")
    if grant.status != "active":
        raise GrantUnusable(f"Google grant is {grant.status}: {grant.last_error}")
    credentials = credentials_from_grant(grant, settings)
    now = now or datetime.now(UTC)
    expiring = grant.expiry is None or grant.expiry - REFRESH_MARGIN <= now
    if expiring or not grant.access_token:
        refresh(conn, user_id, credentials, settings=settings)
    return credentials


def refresh(
    conn: psycopg.Connection,
    user_id: uuid.UUID,
    credentials: Credentials,
    *,
    settings: GoogleSettings | None = None,
) -> None:
    """Refresh ``credentials`` at the token endpoint and save the new token.

    Raises GrantUnusable or GoogleUnavailable as ``load_credentials`` does.
    """
    import google_auth_httplib2
    import httplib2

    settings = settings or from_env(GoogleSettings)
    try:
        credentials.refresh(google_auth_httplib2.Request(_http(settings)))
    except RefreshError as exc:
        raise refusal(conn, user_id, exc) from exc
    except (TransportError, OSError, httplib2.HttpLib2Error) as exc:
        raise GoogleUnavailable(f"token endpoint unreachable: {exc}") from exc
    save_refreshed(conn, user_id, credentials)


def refusal(conn: psycopg.Connection, user_id: uuid.UUID, exc: RefreshError) -> Exception:
    """The error to raise for a refused refresh; a final refusal marks the grant first.

    Use it where google-auth refreshed on its own (a 401 mid-call) and raised RefreshError.
    """
    if getattr(exc, "retryable", False):
        return GoogleUnavailable(f"token refresh failed: {exc}")
    status = _refusal_status(exc)
    accounts.mark_grant_failed(conn, user_id, status, f"token refresh refused: {exc}")
    return GrantUnusable(f"Google grant {status}: {exc}")


def save_refreshed(conn: psycopg.Connection, user_id: uuid.UUID, credentials: Credentials) -> None:
    """Store the (possibly refreshed) token of ``credentials`` for the user."""
    accounts.save_grant(conn, user_id, grant_from_credentials(credentials), new=False)


def _root_url(settings: GoogleSettings) -> str | None:
    if not settings.api_endpoint:
        return None
    return settings.api_endpoint.rstrip("/") + "/"


def build_google_service(
    api: str, version: str, credentials: Credentials, *, settings: GoogleSettings | None = None
) -> discovery.Resource:
    """A google-api-python-client service for ``api``/``version`` over ``credentials``.

    Uses the discovery documents shipped with the library (no network to build), an HTTP
    timeout, and ``STILLONTIME_GOOGLE_API_ENDPOINT`` as the root URL when set.
    """
    import google_auth_httplib2
    from googleapiclient import discovery, discovery_cache

    settings = settings or from_env(GoogleSettings)
    text = discovery_cache.get_static_doc(api, version)
    if text is None:
        raise ValueError(f"no discovery document shipped for {api} {version}")
    doc = json.loads(text)
    options: dict[str, str] = {}
    root = _root_url(settings)
    if root:
        # api_endpoint replaces rootUrl + servicePath (calendar's is 'calendar/v3/').
        options["api_endpoint"] = root + doc["servicePath"]
    http = google_auth_httplib2.AuthorizedHttp(credentials, http=_http(settings))
    service = discovery.build_from_document(doc, http=http, client_options=options or None)
    # Batch requests do not follow api_endpoint: remember where they go.
    service._stillontime_batch_uri = _batch_uri(doc, root)
    return service


def _batch_uri(doc: dict[str, Any], root: str | None) -> str:
    return (root or doc["rootUrl"]) + doc.get("batchPath", "batch")


T = TypeVar("T")


class RetryPolicy(Protocol):
    """Attempts and exponential backoff bounds (the stages' settings carry these)."""

    retry_attempts: int
    retry_min_s: float
    retry_max_s: float


def retryable(exc: BaseException) -> bool:
    """Rate limits, server errors, timeouts and dropped connections are worth another try."""
    if isinstance(exc, HttpError):
        status = exc.status_code or 0
        return status == 429 or status >= 500
    if isinstance(exc, TimeoutError | socket.timeout | ConnectionError):
        return True
    # httplib2's errors: only once a Google call has imported it can one have been raised.
    httplib2 = sys.modules.get("httplib2")
    return httplib2 is not None and isinstance(exc, httplib2.HttpLib2Error)


def call_with_retries(
    what: str, fn: Callable[[], T], policy: RetryPolicy, unavailable: type[Exception]
) -> T:
    """Run ``fn`` (a request's ``execute``), retrying what ``retryable`` accepts with
    exponential backoff and jitter; any other error is raised at once, unchanged.

    Raises
    ------
    unavailable
        Still failing after ``policy.retry_attempts`` attempts (chained to the last error).
    """
    retrying = Retrying(
        retry=retry_if_exception(retryable),
        stop=stop_after_attempt(policy.retry_attempts),
        wait=wait_exponential(multiplier=policy.retry_min_s, max=policy.retry_max_s)
        + wait_random(0, policy.retry_min_s),
        reraise=False,
    )
    try:
        return retrying(fn)
    except RetryError as exc:
        last = exc.last_attempt.exception()
        raise unavailable(f"{what}: gave up after retries: {last}") from last
