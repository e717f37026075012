"""Gmail push: keeps each user's users.watch alive and turns Pub/Sub notifications into syncs.

The notification only says "this mailbox changed"; the sync that follows is the poller's own
incremental history sync (``Poller.sync_user``), so push adds no second way of reading mail.
A notification is acknowledged only after that sync committed: a crash, or a failed sync,
leaves it to be delivered again, and the sync is idempotent by message id. Notifications that
cannot be used (malformed, or for no known mailbox) are acknowledged and recorded in
``gmail_push_rejects``. Polling continues, less often, as the safety net.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import psycopg
import structlog
from google.auth.exceptions import GoogleAuthError, RefreshError
from googleapiclient.errors import HttpError

from pipeline import db
from pipeline.errors import PipelineError
from pipeline.ingest import push_logic, store
from pipeline.ingest.providers import GmailClient
from pipeline.ingest.pubsub import PubSubClient, PubSubUnavailable
from pipeline.ingest.push_logic import MalformedNotification, Received
from pipeline.ingest.service import Poller
from pipeline.ingest.settings import PushSettings
from pipeline.outside.google import build_google_service, load_credentials, refusal, save_refreshed
from pipeline.runtime import health

log = structlog.get_logger("stillontime.ingest")

# Rejected notifications are kept this long, then pruned by the renewal pass.
REJECT_RETENTION_DAYS = 30


@dataclass(frozen=True)
class WatchPass:
    """One renewal pass: users whose watch was made or renewed, kept, or failed."""

    watched: int = 0
    kept: int = 0
    failed: int = 0


@dataclass(frozen=True)
class PullResult:
    """One pull: messages received and acknowledged, and what became of them (counted in
    notifications: synced, current, failed, no_grant, malformed, unknown, unacknowledged)."""

    received: int = 0
    acknowledged: int = 0
    counts: dict[str, int] = field(default_factory=dict)


class PushListener:
    """Watches and notifications; ``renew_watches`` and ``pull_once`` are passes.

    Parameters
    ----------
    poller:
        The poller whose ``sync_user`` a notification triggers (and whose ``run_once`` is the
        safety net of ``run_forever``).
    settings:
        Topic, subscription, renewal and pull settings.
    client:
        The Pub/Sub client (built from ``settings`` on first use).
    """

    def __init__(
        self,
        poller: Poller | None = None,
        settings: PushSettings | None = None,
        client: PubSubClient | None = None,
    ) -> None:
        self.poller = poller or Poller()
        self.settings = settings or PushSettings()
        self._client = client

    @property
    def client(self) -> PubSubClient:
        if self._client is None:
            self._client = PubSubClient(self.settings, self.poller.settings)
        return self._client

    # --- watches --------------------------------------------------------------------------

    def renew_watches(self, now: datetime | None = None) -> WatchPass:
        """Make or renew the watch of every user with an active grant whose watch is due."""
        topic = self.settings.topic
        if not topic:
            raise ValueError("no Gmail push topic configured")
        now = now or datetime.now(UTC)
        counts: Counter[str] = Counter()
        for row in store.watch_candidates():
            plan = push_logic.plan_watch(
                push_logic.WatchState.from_row(row),
                topic,
                now=now,
                renew_every=timedelta(seconds=self.settings.renew_every_s),
                renew_before=timedelta(seconds=self.settings.renew_before_s),
            )
            if plan.action == "keep":
                counts["kept"] += 1
                continue
            ok = self._watch(row["user_id"], topic, plan.reason, now)
            counts["watched" if ok else "failed"] += 1
        store.prune_push_rejects(REJECT_RETENTION_DAYS)
        return WatchPass(counts["watched"], counts["kept"], counts["failed"])

    def _watch(self, user_id: uuid.UUID, topic: str, reason: str, now: datetime) -> bool:
        with structlog.contextvars.bound_contextvars(user_id=str(user_id), stage="ingest"):
            try:
                with self._gmail(user_id) as gmail:
                    address = gmail.profile_address()
                    answer = gmail.watch(topic)
            except (PipelineError, HttpError) as exc:
                return self._watch_failed(user_id, exc)
            except Exception as exc:
                # The poller must outlive any one user's surprise; it is logged and recorded.
                log.exception("unexpected gmail watch failure")
                return self._watch_failed(user_id, exc)
            expires_at = push_logic.expiration_time(answer.get("expiration"), now=now)
            history_id = answer.get("historyId")
            store.record_watch(
                user_id,
                email_address=address,
                topic_name=topic,
                history_id=str(history_id) if history_id else None,
                expires_at=expires_at,
            )
            log.info("gmail watch set", reason=reason, expires_at=expires_at.isoformat())
            return True

    def _watch_failed(self, user_id: uuid.UUID, exc: Exception) -> bool:
        error = f"{type(exc).__name__}: {exc}"
        log.error("gmail watch failed", error=error)
        store.record_watch_failure(user_id, error)
        return False

    def stop_watches(self) -> int:
        """Stop the watches Gmail may still honour (push turned off); returns how many."""
        stopped = 0
        for user_id in store.active_watches():
            with structlog.contextvars.bound_contextvars(user_id=str(user_id), stage="ingest"):
                try:
                    with self._gmail(user_id) as gmail:
                        gmail.stop_watch()
                except (PipelineError, HttpError) as exc:
                    # It lapses on its own within 7 days; notifications to nobody are harmless.
                    log.warning("gmail watch not stopped", error=f"{type(exc).__name__}: {exc}")
                    continue
                store.clear_watch(user_id)
                log.info("gmail watch stopped")
                stopped += 1
        return stopped

    @contextmanager
    def _gmail(self, user_id: uuid.UUID) -> Iterator[GmailClient]:
        """A Gmail client on the user's credentials; a token refreshed meanwhile is saved."""
        google = self.poller.google
        with db.pool().connection() as conn:
            credentials = load_credentials(conn, user_id, settings=google)
        token = credentials.token
        try:
            service = build_google_service("gmail", "v1", credentials, settings=google)
            yield GmailClient(service, self.poller.settings)
        except RefreshError as exc:
            with db.pool().connection() as conn:
                raise refusal(conn, user_id, exc) from exc
        finally:
            if credentials.token != token:
                with db.pool().connection() as conn:
                    save_refreshed(conn, user_id, credentials)

    # --- notifications --------------------------------------------------------------------

    def pull_once(self) -> PullResult:
        """Pull one batch of notifications, sync the mailboxes they name, acknowledge.

        Raises
        ------
        PubSubUnavailable
            Pub/Sub kept failing; whatever was pulled and not acknowledged comes again.
        """
        return self.handle(self.client.pull())

    def handle(self, received: list[Received]) -> PullResult:
        """Sync what ``received`` asks for; acknowledge what is done or unusable."""
        counts: Counter[str] = Counter()
        acks: list[str] = []
        decoded: list[tuple[Received, push_logic.Notification]] = []
        for item in received:
            try:
                decoded.append((item, push_logic.decode_notification(item.data)))
            except MalformedNotification as exc:
                log.warning(
                    "malformed push notification", pubsub_message_id=item.message_id, error=str(exc)
                )
                store.record_push_reject(
                    message_id=item.message_id,
                    email_address=None,
                    reason=f"malformed: {exc}",
                    excerpt=item.excerpt,
                )
                counts["malformed"] += 1
                acks.append(item.ack_id)
        by_ack = {item.ack_id: item for item, _ in decoded}
        with self._leased(list(by_ack)):
            for address, (ack_ids, newest) in push_logic.group_by_address(decoded).items():
                if self._mailbox(address, newest, [by_ack[a] for a in ack_ids], counts):
                    acks.extend(ack_ids)
                else:
                    counts["unacknowledged"] += len(ack_ids)
        if acks:
            self.client.acknowledge(acks)
        if received:
            log.info("push notifications", received=len(received), acknowledged=len(acks), **counts)
        return PullResult(len(received), len(acks), dict(counts))

    @contextmanager
    def _leased(self, ack_ids: list[str]) -> Iterator[None]:
        """Extend the leases of ``ack_ids`` until the block ends, from half the subscription's
        ack deadline on (a quick pull makes no extra call). Only this thread uses the Pub/Sub
        client meanwhile: the block syncs mailboxes through Gmail's."""
        done = threading.Event()

        def keep() -> None:
            wait = self.settings.ack_deadline_s / 2
            while not done.wait(wait):
                try:
                    self.client.extend(ack_ids, self.settings.lease_s)
                    log.info("notification leases extended", count=len(ack_ids))
                except PubSubUnavailable as exc:
                    log.warning("cannot extend notification leases", error=str(exc))
                wait = self.settings.lease_s / 2

        keeper = threading.Thread(target=keep, name="pubsub-lease", daemon=True)
        if ack_ids:
            keeper.start()
        try:
            yield
        finally:
            done.set()
            if keeper.is_alive():
                keeper.join()

    def _mailbox(
        self, address: str, newest: str, items: list[Received], counts: Counter[str]
    ) -> bool:
        """Sync the users of one mailbox; True when its notifications may be acknowledged."""
        users = store.users_for_address(address)
        if not users:
            log.warning("push notification for an unknown mailbox", notifications=len(items))
            for item in items:
                store.record_push_reject(
                    message_id=item.message_id,
                    email_address=address,
                    reason="no user with this mailbox",
                    excerpt=item.excerpt,
                )
            counts["unknown"] += len(items)
            return True
        done = True
        for user in users:
            user_id = user["user_id"]
            with structlog.contextvars.bound_contextvars(user_id=str(user_id), stage="ingest"):
                if user["grant_status"] != "active":
                    # The safety-net poll catches up once the user authorises again.
                    log.info("push for a user without a usable grant; acknowledged")
                    counts["no_grant"] += len(items)
                elif not push_logic.needs_sync(user["history_id"], newest):
                    counts["current"] += len(items)
                else:
                    result = self.poller.sync_user(user_id)
                    if result.error:
                        log.warning("push sync failed; left for redelivery", error=result.error)
                        done = False
                        counts["failed"] += len(items)
                    else:
                        counts["synced"] += len(items)
                store.note_notifications(user_id, len(items))
        return done

    # --- the loop -------------------------------------------------------------------------

    def run_forever(self, stop: threading.Event) -> None:
        """Pull notifications; renew watches and poll (the safety net) when they are due."""
        log.info(
            "poller started with gmail push",
            subscription=self.settings.subscription,
            poll_interval_s=self.settings.poll_interval_s,
        )
        next_renewal = next_poll = 0.0
        wait_after_error = max(self.poller.settings.retry_max_s, self.settings.idle_s, 0.1)
        while not stop.is_set():
            now = time.monotonic()
            try:
                if now >= next_renewal:
                    next_renewal = now + self.settings.renew_check_s
                    result = self.renew_watches()
                    log.info("watch pass", watched=result.watched, failed=result.failed)
                if now >= next_poll:
                    next_poll = now + self.settings.poll_interval_s
                    polled = self.poller.run_once()
                    log.info("poll pass", users=len(polled.users), recorded=polled.recorded)
                received = self.pull_once().received
                health.beat("poller")
                if received == 0:
                    stop.wait(self.settings.idle_s)
            except psycopg.OperationalError as exc:
                log.warning("poller could not reach the database", error=str(exc))
                stop.wait(wait_after_error)
            except (PubSubUnavailable, GoogleAuthError, HttpError) as exc:
                log.warning("pubsub unavailable", error=f"{type(exc).__name__}: {exc}")
                stop.wait(wait_after_error)
        log.info("poller stopped")
