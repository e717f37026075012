"""Gmail through google-api-python-client: listing, history, batched fetches, with retries."""

from __future__ import annotations

import json
import urllib.parse
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import structlog
from googleapiclient.errors import HttpError

from pipeline.errors import TransientError
from pipeline.ingest import logic
from pipeline.ingest.settings import IngestSettings
from pipeline.outside.google import call_with_retries

log = structlog.get_logger("stillontime.ingest")
T = TypeVar("T")
# What the poller reads of a fetched message (Gmail sends only these: less to send and parse).
FETCH_FIELDS = "threadId,internalDate,raw"
# Stands for the message id in the messages.get target the client library builds once.
_ID = "STILLONTIMEMESSAGEID"


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
        # The batch fetch: the client library's authorised transport, with the body written
        # and the answer split here (its BatchHttpRequest runs the email package's generator
        # and parser over every part: a quarter of a sync's CPU). The target of messages.get
        # is the library's own, built once; only the message id changes.
        self.http = service._http
        self.batch_uri = service._stillontime_batch_uri
        target = urllib.parse.urlsplit(
            self.messages.get(userId="me", id=_ID, format="raw", fields=FETCH_FIELDS).uri
        )
        self.host = target.netloc
        self.get_path, _, after = target.path.partition(_ID)
        self.get_query = after + ("?" + target.query if target.query else "")

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
        """One batch request; fills ``done``; returns a retryable part error, if any.

        A part answered 401 is sent again once with a refreshed token, as the client library's
        batch does; a part missing from the answer is retried like a 5xx.
        """
        answers = self._batch_get(ids)
        unauthorised = [i for i in ids if answers.get(i, (0, b""))[0] == 401]
        if unauthorised:
            import google_auth_httplib2  # loaded with the client's http (outside.google)

            self.http.credentials.refresh(google_auth_httplib2.Request(self.http.http))
            answers.update(self._batch_get(unauthorised))
        retry_error: HttpError | None = None
        for message_id in ids:
            if message_id not in answers:
                retry_error = retry_error or _part_error(503, b"no answer in the batch", self)
                continue
            status, body = answers[message_id]
            if status < 300:
                response = json.loads(body)
                done[message_id] = Fetched(
                    message_id,
                    response.get("threadId"),
                    _millis(response.get("internalDate")),
                    response.get("raw"),
                )
            elif status == 404:
                done[message_id] = Fetched(message_id, None, None, None, gone=True)
            elif logic.retryable_status(status):
                retry_error = retry_error or _part_error(status, body, self, message_id)
            else:
                raise _part_error(status, body, self, message_id)
        return retry_error

    def _batch_get(self, ids: list[str]) -> dict[str, tuple[int, bytes]]:
        """messages.get of each id in one batch request: id -> (HTTP status, body)."""
        # google-auth's httplib2 transport, loaded with the client's http (outside.google): not
        # imported with this module, which every poller imports, Gmail or not.
        import google_auth_httplib2
        import httplib2

        headers = {"accept": "application/json"}
        # Refreshes an expired token first, as the library's batch does, and sets it on each
        # part (Gmail authorises every part on its own).
        self.http.credentials.before_request(
            google_auth_httplib2.Request(self.http.http), "GET", self.batch_uri, headers
        )
        part_headers = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        boundary = f"batch_{uuid.uuid4().hex}"
        body = "".join(
            f"--{boundary}\r\nContent-Type: application/http\r\n"
            f"Content-Transfer-Encoding: binary\r\nContent-ID: <{n}>\r\n\r\n"
            f"GET {self.get_path}{urllib.parse.quote(i, safe='')}{self.get_query} HTTP/1.1\r\n"
            f"Host: {self.host}\r\n{part_headers}\r\n"
            for n, i in enumerate(ids)
        )
        body += f"--{boundary}--\r\n"
        response, content = self.http.request(
            self.batch_uri,
            method="POST",
            body=body,
            headers={"content-type": f'multipart/mixed; boundary="{boundary}"'},
        )
        if response.status >= 300:
            raise HttpError(response, content, uri=self.batch_uri)
        try:
            parts = logic.split_batch_response(response.get("content-type", ""), content)
        except logic.BatchUnreadable as exc:
            # Retried like a server error: a proxy's page or a cut answer is no verdict.
            raise HttpError(
                httplib2.Response({"status": "502"}), str(exc).encode(), uri=self.batch_uri
            ) from exc
        answers: dict[str, tuple[int, bytes]] = {}
        for part in parts:
            if part.content_id.isdigit() and int(part.content_id) < len(ids):
                answers[ids[int(part.content_id)]] = (part.status, part.body)
        return answers


def _part_error(status: int, body: bytes, client: GmailClient, message_id: str = "") -> HttpError:
    """The client library's error for a part's answer (its status_code and reason)."""
    import httplib2

    uri = f"{client.get_path}{message_id}{client.get_query}"
    return HttpError(httplib2.Response({"status": str(status)}), body, uri=uri)


def _millis(value: Any) -> int | None:
    """Gmail's internalDate (epoch milliseconds, as a string); None if it is not a number."""
    try:
        return int(value) if value else None
    except (TypeError, ValueError):
        return None
