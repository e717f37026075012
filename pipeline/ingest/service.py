"""The Gmail poller: one pass syncs every user with a Google grant; the loop repeats it.

Crash safety: a batch's messages are recorded in one transaction (deduplicated on the user's
message id), and the history id is saved only after a pass has recorded everything it listed.
A poller killed mid-pass lists again on restart and skips what it already recorded.
"""

from __future__ import annotations

import contextvars
import queue
import threading
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.message import Message
from typing import TypeVar

import psycopg
import structlog
from google.auth.exceptions import RefreshError
from googleapiclient.errors import HttpError

from pipeline import db
from pipeline.errors import PipelineError
from pipeline.ingest import logic, mime, replies, reply_logic, store
from pipeline.ingest.providers import Fetched, GmailClient, HistoryExpired
from pipeline.ingest.settings import IngestSettings
from pipeline.outside.google import (
    GoogleSettings,
    GrantUnusable,
    build_google_service,
    load_credentials,
    refusal,
    save_refreshed,
)
from pipeline.runtime import health

log = structlog.get_logger("stillontime.ingest")
B = TypeVar("B")


@dataclass(frozen=True)
class UserSync:
    """What one user's sync did: mode, and counts by outcome (pending, skipped, error...)."""

    user_id: uuid.UUID
    mode: str | None
    listed: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None


@dataclass(frozen=True)
class PassResult:
    """One pass over every user."""

    users: tuple[UserSync, ...]

    @property
    def recorded(self) -> int:
        return sum(u.counts.get("pending", 0) + u.counts.get("skipped", 0) for u in self.users)

    @property
    def failed(self) -> int:
        return sum(1 for u in self.users if u.error)


class Poller:
    """Syncs Gmail for every user with a grant; ``run_once`` is a pass, ``run_forever`` the loop."""

    def __init__(
        self,
        settings: IngestSettings | None = None,
        google_settings: GoogleSettings | None = None,
    ) -> None:
        self.settings = settings or IngestSettings()
        self.google = google_settings or GoogleSettings()

    def run_once(self) -> PassResult:
        """Sync each user once; one user's failure is recorded and does not stop the others."""
        results = []
        for user in store.users_to_sync():
            if user["grant_status"] != "active":
                continue  # shown by `stillontime status` until the user authorises again
            results.append(self.sync_user(user["user_id"]))
        return PassResult(tuple(results))

    def run_forever(self, stop: threading.Event) -> None:
        log.info("poller started", interval_s=self.settings.poll_interval_s)
        while not stop.is_set():
            try:
                result = self.run_once()
                log.info("poll pass", users=len(result.users), recorded=result.recorded)
                health.beat("poller")
            except psycopg.OperationalError as exc:
                log.warning("poller could not reach the database", error=str(exc))
            stop.wait(self.settings.poll_interval_s)
        log.info("poller stopped")

    def sync_user(self, user_id: uuid.UUID) -> UserSync:
        """One user's sync: full or incremental, then fetch and record what is new."""
        with structlog.contextvars.bound_contextvars(user_id=str(user_id), stage="ingest"):
            with db.pool().connection() as conn:
                try:
                    credentials = load_credentials(conn, user_id, settings=self.google)
                except GrantUnusable as exc:
                    log.error("google grant unusable", error=str(exc))
                    return UserSync(user_id, None, error=str(exc))
                except PipelineError as exc:
                    store.record_sync_failure(user_id, str(exc), recorded=0)
                    return UserSync(user_id, None, error=str(exc))
                filters = store.get_filters(conn, user_id)
            token = credentials.token
            counts: Counter[str] = Counter()
            try:
                return self._sync(user_id, credentials, filters, counts)
            except RefreshError as exc:
                with db.pool().connection() as conn:
                    error = refusal(conn, user_id, exc)
                return self._failed(user_id, error, counts)
            except (PipelineError, HttpError) as exc:
                return self._failed(user_id, exc, counts)
            except Exception as exc:
                # The poller must outlive any one user's surprise; it is logged and recorded.
                log.exception("unexpected sync failure")
                return self._failed(user_id, exc, counts)
            finally:
                if credentials.token != token:
                    with db.pool().connection() as conn:
                        save_refreshed(conn, user_id, credentials)

    def _failed(self, user_id: uuid.UUID, exc: Exception, counts: Counter[str]) -> UserSync:
        error = f"{type(exc).__name__}: {exc}"
        log.error("gmail sync failed", error=error)
        store.record_sync_failure(user_id, error, recorded=_recorded(counts))
        return UserSync(user_id, None, counts=dict(counts), error=error)

    def _sync(
        self, user_id: uuid.UUID, credentials, filters: logic.Filters, counts: Counter[str]
    ) -> UserSync:
        client = GmailClient(
            build_google_service("gmail", "v1", credentials, settings=self.google), self.settings
        )
        plan = logic.plan_sync(store.sync_state(user_id))
        ids: list[str] = []
        history_id: str | None = None
        if plan.mode == "incremental":
            try:
                ids, history_id = client.history(plan.start_history_id or "")
            except HistoryExpired:
                log.warning("history id expired; full resync", history_id=plan.start_history_id)
                store.require_full_sync(user_id)
                plan = logic.SyncPlan("full", "history id expired")
        if plan.mode == "full":
            history_id = client.current_history_id()
            query = logic.build_query(
                filters, lookback_days=self.settings.lookback_days, now=datetime.now(UTC)
            )
            ids = list(dict.fromkeys(m["id"] for m in client.list_ids(query)))
        known = store.known_message_ids(user_id, ids) if ids else set()
        counts["known"] += len(known)
        ours = replies.threads_of_user(user_id)
        # Three steps, each on its own thread, a batch apart: Gmail fetches batch n+2 while
        # batch n+1 is parsed and batch n recorded (the parse is CPU, the others mostly wait).
        for outcomes, readable in prefetched(
            self._read_batches(
                user_id, prefetched(client.fetch_raw([i for i in ids if i not in known])), ours
            ),
            name="gmail-parse",
        ):
            counts.update(outcomes)
            counts.update(self._record_readable(user_id, readable, filters))
        store.record_sync_success(
            user_id, history_id, full=plan.mode == "full", recorded=_recorded(counts)
        )
        log.info("gmail synced", mode=plan.mode, reason=plan.reason, listed=len(ids), **counts)
        return UserSync(user_id, plan.mode, len(ids), dict(counts))

    def _read_batches(
        self, user_id: uuid.UUID, batches: Iterator[list[Fetched]], ours: replies.Threads
    ) -> Iterator[tuple[list[str], list[tuple[store.Envelope, mime.ParsedEmail]]]]:
        """Each fetched batch parsed: the outcomes of the messages already dealt with (gone,
        replies, unreadable: recorded on their own), and the call-sheet candidates.

        ``batches`` is closed when this ends, stopped midway included (its fetching thread,
        if it has one, stops too).
        """
        try:
            for batch in batches:
                outcomes: list[str] = []
                readable: list[tuple[store.Envelope, mime.ParsedEmail]] = []
                for fetched in batch:
                    read = self._read(user_id, fetched, ours)
                    if isinstance(read, str):
                        outcomes.append(read)
                    else:
                        readable.append(read)
                yield outcomes, readable
        finally:
            close = getattr(batches, "close", None)
            if close is not None:
                close()

    def _record_readable(
        self,
        user_id: uuid.UUID,
        readable: list[tuple[store.Envelope, mime.ParsedEmail]],
        filters: logic.Filters,
    ) -> list[str]:
        """Record a batch's parsed messages; returns each one's outcome.

        The call sheets go together in one transaction, or one by one if the database refuses
        the batch.
        """
        if not readable:
            return []
        try:
            recorded = store.record_many(user_id, readable, filters, deferrable=True)
        except (psycopg.DataError, psycopg.IntegrityError):
            log.info("batch refused by the database; recording one by one", size=len(readable))
            return [self._record_one(e, p, filters) for e, p in readable]
        return [r.status for r in recorded]

    def _read(
        self, user_id: uuid.UUID, fetched: Fetched, ours: replies.Threads
    ) -> str | tuple[store.Envelope, mime.ParsedEmail]:
        """A fetched message parsed, or its outcome if it needs no call-sheet record (gone, a
        reply to one of ours, or unreadable: recorded here as an error row)."""
        if fetched.gone:
            return "gone"
        received = _received_at(fetched.internal_date_ms)
        envelope = store.Envelope(user_id, fetched.message_id, "gmail", received, fetched.thread_id)
        # One parse of each message: its tree gives both the reply headers and the call sheet.
        data: bytes | None = None
        try:
            data = mime.decode_gmail_raw(fetched.raw)
            tree: Message | Exception = mime.parse_tree(data)
        except Exception as exc:
            tree = exc
        taken = self._take_reply(envelope, data, tree, ours)  # an answer to one of our messages
        if taken is not None:
            return taken
        try:
            if isinstance(tree, Exception):
                raise tree
            parsed = mime.read_tree(tree)
        except mime.MalformedMessage as exc:
            log.warning("malformed message", message_id=fetched.message_id, error=str(exc))
            return store.record_malformed(envelope, logic.unreadable_reason(exc)).status
        except Exception as exc:
            # Not caught, it would fail this user's every pass and hold back all later mail.
            log.exception("message could not be read", message_id=fetched.message_id)
            return store.record_malformed(envelope, logic.unreadable_reason(exc)).status
        if fetched.internal_date_ms is not None:
            parsed = replace(parsed, received_at=received)  # Gmail's receipt time is reliable
        return envelope, parsed

    @staticmethod
    def _take_reply(
        envelope: store.Envelope,
        data: bytes | None,
        tree: Message | Exception,
        ours: replies.Threads,
    ) -> str | None:
        """``replies.take`` of the parsed message; a tree the full parse refused still has its
        header block read on its own (a reply may be recognised by its headers alone)."""
        if data is None:
            return None
        try:
            if isinstance(tree, Exception):
                headers = reply_logic.read_headers(data)
            else:
                # Most mail can be no reply: told from two headers, the rest left unread.
                mine, referenced = reply_logic.reply_marks(tree)
                if not mine and not ours.may_hold_a_reply(envelope.thread_id, referenced):
                    return None
                headers = reply_logic.headers_of(tree)
        except Exception:
            return None
        return replies.take_read(envelope, data, headers, ours)

    def _record_one(
        self, envelope: store.Envelope, parsed: mime.ParsedEmail, filters: logic.Filters
    ) -> str:
        try:
            return store.record(envelope, parsed, filters).status
        except (psycopg.DataError, psycopg.IntegrityError) as exc:
            log.warning("message refused by the database", message_id=envelope.message_id)
            return store.record_malformed(envelope, f"message refused: {exc}").status


def prefetched(batches: Iterator[B], name: str = "gmail-prefetch") -> Iterator[B]:
    """``batches``, the next one made on a thread (``name``) while the caller uses this one.

    Fetching waits on Gmail, parsing is CPU and recording waits on the database: overlapped,
    a pass takes about the longest of them instead of their sum. At most one batch waits
    ahead (memory stays bounded); an error of the thread is raised here, in the caller,
    unchanged. If the caller stops early (its own error), the thread is told to stop before
    it makes another batch, and closes ``batches`` (another ``prefetched`` stops in turn).
    """
    ahead: queue.Queue[tuple[str, object]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def hand(kind: str, item: object) -> bool:
        """Queue an item for the caller; False once the caller has stopped."""
        while not stop.is_set():
            try:
                ahead.put((kind, item), timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def fetch() -> None:
        try:
            for batch in batches:
                if not hand("batch", batch):
                    return
            hand("end", None)
        except BaseException as exc:  # handed to the caller, which raises it
            hand("error", exc)
        finally:
            # Closed here, on this thread: ``batches`` may be another ``prefetched``, whose
            # own thread is then told to stop too.
            close = getattr(batches, "close", None)
            if close is not None:
                close()

    context = contextvars.copy_context()  # the user's ids bound for the thread's log lines
    thread = threading.Thread(target=context.run, args=(fetch,), name=name, daemon=True)
    thread.start()
    try:
        while True:
            kind, item = ahead.get()
            if kind == "end":
                return
            if kind == "error":
                raise item  # type: ignore[misc]
            yield item  # type: ignore[misc]
    finally:
        # The thread ends after the batch it is fetching, if any (not waited for: it may be
        # backing off from Gmail's errors); what it fetched is dropped, the next pass reads it.
        stop.set()


def _received_at(internal_date_ms: int | None) -> datetime:
    """Gmail's receipt time; now, if Gmail gave none or one no calendar holds."""
    try:
        return datetime.fromtimestamp(internal_date_ms / 1000, UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return datetime.now(UTC)


def _recorded(counts: Counter[str]) -> int:
    return counts["pending"] + counts["skipped"] + counts["error"]
