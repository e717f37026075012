"""Gmail push against fakes on loopback: users.watch on the fake Gmail, pull on a fake Pub/Sub."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from pipeline.app.status import gather_status
from pipeline.ingest.pubsub import PubSubUnavailable
from pipeline.ingest.push import PushListener
from pipeline.ingest.service import Poller
from pipeline.ingest.settings import PushSettings
from tests.support import mail
from tests.support.fake_gmail import FakeGmail
from tests.support.fake_pubsub import SUBSCRIPTION, TOPIC, FakePubSub
from tests.support.waiting import wait_for


@pytest.fixture
def fake_pubsub(
    fake_gmail: FakeGmail, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakePubSub]:
    """A fake Pub/Sub the push settings point at, with a service-account key for it."""
    fake = FakePubSub(ack_deadline_s=0.5)
    env = {
        "STILLONTIME_GMAIL_PUSH_TOPIC": TOPIC,
        "STILLONTIME_GMAIL_PUSH_SUBSCRIPTION": SUBSCRIPTION,
        "STILLONTIME_GMAIL_PUSH_CREDENTIALS": str(fake.credentials_file(tmp_path)),
        "STILLONTIME_GMAIL_PUSH_ENDPOINT": fake.url,
        "STILLONTIME_GMAIL_PUSH_PULL_WAIT_S": "1",
        "STILLONTIME_GMAIL_PUSH_IDLE_S": "0.05",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    yield fake
    fake.stop()


def deliver(fake: FakeGmail, address: str) -> str:
    return fake.add_message(address, mail.message(pdfs=[("call.pdf", mail.small_pdf())]).as_bytes())


def notify(pubsub: FakePubSub, gmail: FakeGmail, address: str, **kwargs) -> str:
    """Publish what Gmail would after a change in ``address``'s mailbox."""
    history_id = str(gmail.mailboxes[address].history_id)
    return pubsub.publish({"emailAddress": address, "historyId": history_id}, **kwargs)


def recorded(conn: psycopg.Connection, user_id) -> list[str]:
    rows = conn.execute("SELECT message_id FROM processed_emails WHERE user_id = %s", (user_id,))
    return sorted(r["message_id"] for r in rows)


def watch_row(conn: psycopg.Connection, user_id) -> dict:
    return conn.execute("SELECT * FROM gmail_watches WHERE user_id = %s", (user_id,)).fetchone()


def rejects(conn: psycopg.Connection) -> list[dict]:
    return conn.execute("SELECT * FROM gmail_push_rejects ORDER BY received_at").fetchall()


def test_push_is_off_unless_topic_and_subscription_are_set(monkeypatch) -> None:
    monkeypatch.delenv("STILLONTIME_GMAIL_PUSH_TOPIC", raising=False)
    monkeypatch.delenv("STILLONTIME_GMAIL_PUSH_SUBSCRIPTION", raising=False)
    assert not PushSettings().enabled
    assert not PushSettings(topic=TOPIC).enabled
    assert PushSettings(topic=TOPIC, subscription=SUBSCRIPTION).enabled
    with pytest.raises(ValueError):
        PushSettings(topic="gmail-push")  # not projects/P/topics/T


def test_watch_is_made_per_user_on_inbox_and_stored(conn, fake_gmail, fake_pubsub, gmail_user):
    # Given two users with a Google grant
    first, first_address = gmail_user()
    second, second_address = gmail_user()
    # When the renewal pass runs
    result = PushListener().renew_watches()
    # Then Gmail watches each INBOX on the topic, and each watch is stored with its expiry
    assert (result.watched, result.failed) == (2, 0)
    for user_id, address in ((first, first_address), (second, second_address)):
        watch = fake_gmail.mailboxes[address].watch
        assert watch["topicName"] == TOPIC and watch["labelIds"] == ["INBOX"]
        row = watch_row(conn, user_id)
        assert row["topic_name"] == TOPIC and row["email_address"] == address
        assert row["history_id"] == str(fake_gmail.mailboxes[address].history_id)
        left = row["expires_at"] - datetime.now(UTC)
        assert timedelta(days=6, hours=23) < left <= timedelta(days=7)
        assert row["last_error"] is None
    # and a second pass right after keeps them: no call to Gmail
    again = PushListener().renew_watches()
    assert (again.watched, again.kept) == (0, 2)
    assert fake_gmail.mailboxes[first_address].watch_calls == 1


def test_watch_is_renewed_daily_and_before_it_lapses(conn, fake_gmail, fake_pubsub, gmail_user):
    # Given a watched user
    user_id, address = gmail_user()
    listener = PushListener()
    listener.renew_watches()
    renewed_at = watch_row(conn, user_id)["renewed_at"]
    # When a day has passed, the pass renews it
    assert listener.renew_watches(now=datetime.now(UTC) + timedelta(days=1, minutes=1)).watched == 1
    assert fake_gmail.mailboxes[address].watch_calls == 2
    assert watch_row(conn, user_id)["renewed_at"] > renewed_at
    # and a watch Gmail grants for only an hour is renewed on the next pass, not left to lapse
    fake_gmail.watch_lifetime_s = 3600
    listener.renew_watches(now=datetime.now(UTC) + timedelta(days=3))
    assert watch_row(conn, user_id)["expires_at"] < datetime.now(UTC) + timedelta(hours=2)
    assert listener.renew_watches().watched == 1
    assert fake_gmail.mailboxes[address].watch_calls == 4


def test_a_failed_watch_is_recorded_and_retried(conn, fake_gmail, fake_pubsub, gmail_user):
    # Given Gmail refusing users.watch (403: the topic does not let Gmail publish)
    user_id, _ = gmail_user()
    fake_gmail.fail("/watch", 403, times=1)
    # When the pass runs, the failure is recorded; the next pass makes the watch
    assert PushListener().renew_watches().failed == 1
    assert "403" in watch_row(conn, user_id)["last_error"]
    problems = gather_status(conn)["ingest_problems"]
    assert [p["message"].startswith("Gmail push watch failing") for p in problems] == [True]
    assert PushListener().renew_watches().watched == 1
    assert watch_row(conn, user_id)["last_error"] is None
    assert gather_status(conn)["ingest_problems"] == []


def test_a_notification_gets_the_new_message_ingested_and_is_acknowledged(
    conn, fake_gmail, fake_pubsub, gmail_user
):
    # Given a user synced once and watched
    user_id, address = gmail_user()
    poller = Poller()
    poller.run_once()
    listener = PushListener(poller)
    listener.renew_watches()
    # When a call sheet arrives and Gmail publishes the change
    sheet = deliver(fake_gmail, address)
    notify(fake_pubsub, fake_gmail, address)
    result = listener.pull_once()
    # Then the history sync recorded it, and the notification was acknowledged
    assert recorded(conn, user_id) == [sheet]
    assert result.counts == {"synced": 1} and result.acknowledged == 1
    assert fake_pubsub.pending() == 0
    assert fake_gmail.count("/history") == 1
    assert watch_row(conn, user_id)["notifications"] == 1


def test_a_redelivered_notification_does_not_duplicate(conn, fake_gmail, fake_pubsub, gmail_user):
    # Given a notification whose acknowledgement is lost (Pub/Sub keeps failing on it)
    user_id, address = gmail_user()
    poller = Poller()
    poller.run_once()
    listener = PushListener(poller)
    sheet = deliver(fake_gmail, address)
    notify(fake_pubsub, fake_gmail, address)
    fake_pubsub.fail(":acknowledge", 500, times=4)  # every attempt
    with pytest.raises(PubSubUnavailable):
        listener.pull_once()
    assert recorded(conn, user_id) == [sheet] and fake_pubsub.pending() == 1
    # When it is delivered again after its ack deadline, and Gmail sends a duplicate too
    notify(fake_pubsub, fake_gmail, address)
    time.sleep(fake_pubsub.ack_deadline_s + 0.1)
    result = listener.pull_once().counts
    # Then both are acknowledged without another fetch: the sync has seen that history
    assert result == {"current": 2}
    assert recorded(conn, user_id) == [sheet]
    assert fake_pubsub.pending() == 0
    assert len([p for _, p in fake_gmail.log if "/messages/" in p]) == 1


def test_a_failed_sync_leaves_the_notification_for_redelivery(
    conn, fake_gmail, fake_pubsub, gmail_user
):
    # Given a synced user, a new sheet, and Gmail failing history.list past every retry
    user_id, address = gmail_user()
    poller = Poller()
    poller.run_once()
    listener = PushListener(poller)
    sheet = deliver(fake_gmail, address)
    notify(fake_pubsub, fake_gmail, address)
    fake_gmail.fail("/history", 503, times=4)
    # When the notification is pulled, the sync fails and it is not acknowledged
    first = listener.pull_once()
    assert first.counts == {"failed": 1, "unacknowledged": 1} and first.acknowledged == 0
    assert recorded(conn, user_id) == [] and fake_pubsub.pending() == 1
    # Then Pub/Sub delivers it again and the sync records the sheet
    wait_for(lambda: listener.pull_once().acknowledged, timeout=10, what="redelivery")
    assert recorded(conn, user_id) == [sheet] and fake_pubsub.pending() == 0


def test_malformed_and_unknown_notifications_are_acknowledged_and_recorded(
    conn, fake_gmail, fake_pubsub, gmail_user
):
    # Given junk on the subscription and a notification for a mailbox nobody here has
    gmail_user()
    fake_pubsub.publish_raw("%%% not base64 %%%", message_id="junk-1")
    fake_pubsub.publish(b"plain text, not JSON", message_id="junk-2")
    fake_pubsub.publish({"emailAddress": "x@example.com", "historyId": "12ab"}, message_id="junk-3")
    fake_pubsub.publish_raw("", message_id="junk-4")
    fake_pubsub.publish({"emailAddress": "nul\u0000@example.com", "historyId": "1"}, "junk-5")
    fake_pubsub.publish({"emailAddress": "stranger@example.com", "historyId": "5"}, "stray-1")
    # When they are pulled
    result = PushListener().pull_once()
    # Then each is acknowledged, none crashed the pull, and each is recorded with its reason
    assert result.received == 6 and result.acknowledged == 6
    assert result.counts == {"malformed": 5, "unknown": 1}
    assert fake_pubsub.pending() == 0
    rows = {r["pubsub_message_id"]: r for r in rejects(conn)}
    assert set(rows) == {"junk-1", "junk-2", "junk-3", "junk-4", "junk-5", "stray-1"}
    assert rows["junk-1"]["reason"].startswith("malformed") and rows["junk-1"]["data_excerpt"]
    assert rows["stray-1"]["email_address"] == "stranger@example.com"
    assert rows["stray-1"]["reason"] == "no user with this mailbox"


def test_pubsub_server_errors_are_retried(conn, fake_gmail, fake_pubsub, gmail_user):
    # Given a watched user with a new sheet, and Pub/Sub answering 500 to two pulls
    user_id, address = gmail_user()
    sheet = deliver(fake_gmail, address)
    notify(fake_pubsub, fake_gmail, address)
    fake_pubsub.fail(":pull", 500, times=2)
    # When the listener pulls, it retries and gets the notification (first sync: full)
    result = PushListener().pull_once()
    # Then the sheet is recorded and acknowledged after three pulls
    assert fake_pubsub.count(":pull") == 3
    assert result.counts == {"synced": 1}
    assert recorded(conn, user_id) == [sheet] and fake_pubsub.pending() == 0
    # and Pub/Sub failing past every retry raises, leaving nothing acknowledged
    fake_pubsub.fail(":pull", 503, times=10)
    with pytest.raises(PubSubUnavailable):
        PushListener().pull_once()


def test_the_poller_loop_watches_and_ingests_on_push(
    conn, fake_gmail, fake_pubsub, gmail_user, monkeypatch
):
    # Given push configured, with the safety-net poll too rare to matter
    monkeypatch.setenv("STILLONTIME_GMAIL_PUSH_POLL_INTERVAL_S", "3600")
    user_id, address = gmail_user()
    listener = PushListener()
    stop = threading.Event()
    thread = threading.Thread(target=listener.run_forever, args=(stop,), daemon=True)
    # When the loop runs: it watches and polls once, then pulls
    thread.start()
    try:
        wait_for(lambda: watch_row(conn, user_id), timeout=20, what="the watch")
        wait_for(
            lambda: conn.execute(
                "SELECT 1 FROM gmail_sync_state WHERE user_id = %s AND history_id IS NOT NULL",
                (user_id,),
            ).fetchone(),
            timeout=20,
            what="the first poll",
        )
        sheet = deliver(fake_gmail, address)
        notify(fake_pubsub, fake_gmail, address)
        # Then the pushed sheet is recorded without waiting for the next poll
        wait_for(lambda: recorded(conn, user_id) == [sheet], timeout=20, what="the pushed sheet")
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert fake_pubsub.pending() == 0


def test_turning_push_off_stops_the_watches(conn, fake_gmail, fake_pubsub, gmail_user):
    # Given a watched user
    user_id, address = gmail_user()
    PushListener().renew_watches()
    # When push is turned off and the poller starts
    stopped = PushListener(settings=PushSettings(topic=None, subscription=None)).stop_watches()
    # Then Gmail's watch is stopped and the row says so
    assert stopped == 1
    assert fake_gmail.mailboxes[address].watch is None
    assert watch_row(conn, user_id)["topic_name"] is None


def test_a_pull_that_times_out_is_an_empty_pull(conn, fake_gmail, fake_pubsub, monkeypatch):
    # Given a Pub/Sub that holds an empty pull longer than our HTTP timeout
    fake_pubsub.pull_wait_s = 2.0
    monkeypatch.setenv("STILLONTIME_GMAIL_PUSH_PULL_WAIT_S", "0.2")
    # When the listener pulls, Then it gets nothing, and no error
    started = time.monotonic()
    assert PushListener().pull_once().received == 0
    assert time.monotonic() - started < 2.0


def test_the_poller_process_runs_push_when_configured(
    conn, fake_gmail, fake_pubsub, gmail_user, start_service
):
    # Given push configured for a real `stillontime poller` process
    user_id, address = gmail_user()
    env = {k: v for k, v in os.environ.items() if k.startswith("STILLONTIME_")}
    env["STILLONTIME_GMAIL_PUSH_POLL_INTERVAL_S"] = "3600"
    process = start_service("poller", env=env)
    # When it has watched and synced the user, and a sheet arrives with its notification
    wait_for(lambda: (watch_row(conn, user_id) or {}).get("topic_name"), what="the watch")
    wait_for(
        lambda: conn.execute(
            "SELECT 1 FROM gmail_sync_state WHERE user_id = %s AND history_id IS NOT NULL",
            (user_id,),
        ).fetchone(),
        what="the first poll",
    )
    sheet = deliver(fake_gmail, address)
    notify(fake_pubsub, fake_gmail, address)
    # Then the process records it and acknowledges, and stops cleanly on SIGTERM
    wait_for(lambda: recorded(conn, user_id) == [sheet], what="the pushed sheet")
    wait_for(lambda: fake_pubsub.pending() == 0, what="the acknowledgement")
    process.terminate()
    assert process.wait(timeout=30) == 0


def test_a_long_sync_keeps_its_notification_from_another_poller(
    conn, fake_gmail, fake_pubsub, gmail_user, monkeypatch
):
    # Given a subscription whose ack deadline (2 s) is shorter than a user's sync (6 s); the
    # margins are seconds, not tenths, so a loaded machine's scheduling delays fit in them
    fake_pubsub.ack_deadline_s = 2.0
    monkeypatch.setenv("STILLONTIME_GMAIL_PUSH_ACK_DEADLINE_S", "2.0")
    monkeypatch.setenv("STILLONTIME_GMAIL_PUSH_LEASE_S", "2.0")
    user_id, address = gmail_user()
    poller = Poller()
    poller.run_once()
    busy, other = PushListener(poller), PushListener(Poller())
    sheet = deliver(fake_gmail, address)
    notify(fake_pubsub, fake_gmail, address)
    fake_gmail.delay("/history", 6.0)
    # When one poller syncs it while another pulls the same subscription all along
    results = []
    syncing = threading.Thread(target=lambda: results.append(busy.pull_once()))
    syncing.start()
    wait_for(lambda: fake_pubsub.count(":pull") >= 1, what="the first pull")
    seen_by_other = []
    while syncing.is_alive():
        seen_by_other += other.client.pull()
    syncing.join()
    # Then the other poller never got it: its lease was extended until the sync was done
    assert seen_by_other == []
    assert fake_pubsub.count(":modifyAckDeadline") >= 2
    assert results[0].counts == {"synced": 1} and results[0].acknowledged == 1
    assert recorded(conn, user_id) == [sheet] and fake_pubsub.pending() == 0
