"""Gmail through google-api-python-client: listing, history, batched fetches, with retries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import structlog
from googleapiclient.errors import HttpError

from pipeline.errors import TransientError
from pipeline.ingest import logic
from pipeline.ingest.settings import IngestSettings
from pipeline.outside.google import call_with_retries, new_batch

log = structlog.get_logger("stillontime.ingest")
T = TypeVar("T")


class GmailUnavailable(TransientError):
    """Gmail kept failing (rate limits, server errors, timeouts) after every retry."""


class HistoryExpired(Exception):
    """Gmail no longer has history from the stored history id (404): a full sync is needed."""


@dataclass(frozen=True)
class Fetched:
    """One message fetched in format=raw (``raw`` None when Gmail says it no longer exists)."""

    message_id: str
    thread_id: str | None
    internal_date_ms: int | None
    raw: str | None
    gone: bool = False


class GmailClient:
    """The calls the poller makes, each retried with backoff on 429, 5xx and timeouts.

    Parameters
    ----------
    service:
        A 'gmail' v1 service from ``pipeline.outside.google.build_google_service``.
    settings:
        Page and batch sizes, retry attempts and backoff.
    """

    def __init__(self, service: Any, settings: IngestSettings) -> None:
        self.service = service
        self.settings = settings
        self.users = service.users()
        # Built once: the client library builds a resource's methods anew on every call.
        self.messages = self.users.messages()

    def _call(self, what: str, fn: Callable[[], T]) -> T:
        return call_with_retries(what, fn, self.settings, GmailUnavailable)

    def current_history_id(self) -> str:
        """The mailbox's history id now (taken before a full listing, so nothing slips by)."""
        profile = self._call("profile", self.users.getProfile(userId="me").execute)
        return str(profile["historyId"])

    def profile_address(self) -> str:
        """The mailbox's address (the one Gmail names in push notifications)."""
        profile = self._call("profile", self.users.getProfile(userId="me").execute)
        return str(profile["emailAddress"])

    def watch(self, topic: str) -> dict[str, Any]:
        """Ask Gmail to publish INBOX changes to ``topic``: {historyId, expiration (epoch ms)}.

        Calling it again renews the watch (Google: at least every 7 days).
        """
        # labelIds alone means "changes to these labels only" (the default filter behaviour).
        body = {"topicName": topic, "labelIds": ["INBOX"]}
        return self._call("watch", self.users.watch(userId="me", body=body).execute)

    def stop_watch(self) -> None:
        """Stop push notifications for the mailbox."""
        self._call("stop", self.users.stop(userId="me").execute)

    def list_ids(self, query: str) -> Iterator[dict[str, str]]:
        """Every message matching ``query``, page by page ({id, threadId})."""
        token = None
        while True:
            request = self.messages.list(
                userId="me", q=query, maxResults=self.settings.page_size, pageToken=token
            )
            page = self._call("messages.list", request.execute)
            yield from page.get("messages", []) or []
            token = page.get("nextPageToken")
            if not token:
                return

    def history(self, start_history_id: str) -> tuple[list[str], str | None]:
        """Ids of messages added since ``start_history_id`` and the newest history id.

        Raises
        ------
        HistoryExpired
            Gmail answered 404: the id is older than the history it keeps.
        """
        pages = []
        token = None
        newest: str | None = start_history_id
        while True:
            request = self.users.history().list(
                userId="me",
                startHistoryId=start_history_id,
                historyTypes="messageAdded",
                maxResults=self.settings.page_size,
                pageToken=token,
            )
            try:
                page = self._call("history.list", request.execute)
            except HttpError as exc:
                if logic.history_expired(exc.status_code or 0):
                    raise HistoryExpired(str(exc)) from exc
                raise
            pages.append(page)
            newest = logic.newest_history_id(newest, page.get("historyId"))
            token = page.get("nextPageToken")
            if not token:
                return logic.added_message_ids(pages), newest

    def fetch_raw(self, message_ids: list[str]) -> Iterator[list[Fetched]]:
        """Fetch messages in format=raw, one batch (a list) at a time; parts answered 429/5xx
        are retried."""
        size = self.settings.batch_size
        for start in range(0, len(message_ids), size):
            yield self._fetch_batch(message_ids[start : start + size])

    def _fetch_batch(self, ids: list[str]) -> list[Fetched]:
        done: dict[str, Fetched] = {}

        def send_pending() -> None:
            # Parts already answered are not asked again; a retryable part error retries.
            failed = self._send_batch([i for i in ids if i not in done], done)
            if failed is not None:
                raise failed

        self._call("messages.get batch", send_pending)
        return [done[i] for i in ids if i in done]

    def _send_batch(self, ids: list[str], done: dict[str, Fetched]) -> HttpError | None:
        """One batch request; fills ``done``; returns a retryable part error, if any."""
        retry_error: list[HttpError] = []

        def collect(request_id: str, response: Any, exc: HttpError | None) -> None:
            if exc is None:
                done[request_id] = Fetched(
                    request_id,
                    response.get("threadId"),
                    _millis(response.get("internalDate")),
                    response.get("raw"),
                )
            elif exc.status_code == 404:
                done[request_id] = Fetched(request_id, None, None, None, gone=True)
            elif logic.retryable_status(exc.status_code or 0):
                retry_error.append(exc)
            else:
                raise exc

        batch = new_batch(self.service, callback=collect)
        for message_id in ids:
            batch.add(
                self.messages.get(userId="me", id=message_id, format="raw"),
                request_id=message_id,
            )
        batch.execute()
        return retry_error[0] if retry_error else None


def _millis(value: Any) -> int | None:
    """Gmail's internalDate (epoch milliseconds, as a string); None if it is not a number."""
    try:
        return int(value) if value else None
    except (TypeError, ValueError):
        return None
