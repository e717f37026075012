"""Pub/Sub pull and acknowledge through google-api-python-client (REST v1), with retries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.errors import PermanentError, TransientError
from pipeline.ingest.push_logic import Received, unique_ack_ids
from pipeline.ingest.settings import IngestSettings, PushSettings
from pipeline.outside.google import GoogleSettings, build_google_service, call_with_retries

if TYPE_CHECKING:
    from google.auth.credentials import Credentials

# Enough to pull and acknowledge on a subscription (roles/pubsub.subscriber grants it).
PUBSUB_SCOPES = ("https://www.googleapis.com/auth/pubsub",)
# Ack ids per acknowledge call (the API takes up to a request size of 512 kB; ids are long).
ACK_CHUNK = 500
# Added to the pull wait for the HTTP timeout (up to doubling it), so a server that
# long-polls answers first.
HTTP_SLACK_S = 10.0


class PubSubUnavailable(TransientError):
    """Pub/Sub kept failing (rate limits, server errors) after every retry."""


class PushMisconfigured(PermanentError):
    """The Pub/Sub credentials file cannot be used."""


def load_pubsub_credentials(settings: PushSettings) -> Credentials:
    """Credentials for the subscription: the configured JSON file, else Application Default.

    The file is a service-account key (or an authorized-user file); ``token_uri`` in the
    settings replaces the token endpoint it names (tests point it at a fake server).
    """
    import google.auth  # here, not with the module: every poller imports it, push or not

    if settings.credentials is not None:
        credentials = _from_file(settings.credentials)
    else:
        credentials, _ = google.auth.default(scopes=list(PUBSUB_SCOPES))
    if settings.token_uri and hasattr(credentials, "with_token_uri"):
        credentials = credentials.with_token_uri(settings.token_uri)
    return credentials


def _from_file(path: Path) -> Credentials:
    """A service-account key or an authorized-user file, told apart by its ``type``."""
    from google.oauth2 import credentials as user_credentials
    from google.oauth2 import service_account

    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        if info.get("type") == "service_account":
            return service_account.Credentials.from_service_account_info(
                info, scopes=list(PUBSUB_SCOPES)
            )
        if info.get("type") == "authorized_user":
            return user_credentials.Credentials.from_authorized_user_info(
                info, scopes=list(PUBSUB_SCOPES)
            )
    except (OSError, ValueError, AttributeError) as exc:
        raise PushMisconfigured(f"{path}: not a Google credentials file: {exc}") from exc
    raise PushMisconfigured(f"{path}: expected a service_account or authorized_user file")


class PubSubClient:
    """Pulls from and acknowledges on one subscription.

    Parameters
    ----------
    settings:
        The subscription, the endpoint, the pull size and wait.
    retry:
        Retry attempts and backoff (the ingest stage's).
    credentials:
        For the subscription; by default ``load_pubsub_credentials(settings)``.
    """

    def __init__(
        self,
        settings: PushSettings,
        retry: IngestSettings,
        credentials: Credentials | None = None,
    ) -> None:
        if not settings.subscription:
            raise ValueError("no Pub/Sub subscription configured")
        self.settings = settings
        self.retry = retry
        self.subscription = settings.subscription
        google_settings = GoogleSettings(
            api_endpoint=settings.endpoint,
            timeout_s=settings.pull_wait_s + min(HTTP_SLACK_S, settings.pull_wait_s),
        )
        service = build_google_service(
            "pubsub",
            "v1",
            credentials or load_pubsub_credentials(settings),  # type: ignore[arg-type]
            settings=google_settings,
        )
        self.subscriptions = service.projects().subscriptions()

    def pull(self) -> list[Received]:
        """Up to ``max_messages`` messages; none when the wait ran out.

        Raises
        ------
        PubSubUnavailable
            429 or 5xx after every retry.
        """
        body = {"maxMessages": self.settings.max_messages}

        def once() -> dict[str, Any]:
            request = self.subscriptions.pull(subscription=self.subscription, body=body)
            try:
                return request.execute()
            except TimeoutError:
                return {}  # the long poll found nothing before our timeout

        response = call_with_retries("pubsub pull", once, self.retry, PubSubUnavailable)
        return [Received.from_api(m) for m in response.get("receivedMessages") or []]

    def acknowledge(self, ack_ids: list[str]) -> None:
        """Acknowledge messages, so Pub/Sub does not deliver them again."""
        for chunk in _chunks(ack_ids):
            request = self.subscriptions.acknowledge(
                subscription=self.subscription, body={"ackIds": chunk}
            )
            call_with_retries("pubsub acknowledge", request.execute, self.retry, PubSubUnavailable)

    def extend(self, ack_ids: list[str], seconds: float) -> None:
        """Keep messages leased to us for ``seconds`` more (modifyAckDeadline)."""
        for chunk in _chunks(ack_ids):
            request = self.subscriptions.modifyAckDeadline(
                subscription=self.subscription,
                body={"ackIds": chunk, "ackDeadlineSeconds": max(1, round(seconds))},
            )
            call_with_retries("pubsub extend", request.execute, self.retry, PubSubUnavailable)


def _chunks(ack_ids: list[str]) -> Iterator[list[str]]:
    ids = unique_ack_ids(ack_ids)
    for start in range(0, len(ids), ACK_CHUNK):
        yield ids[start : start + ACK_CHUNK]
