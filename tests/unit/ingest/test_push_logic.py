"""Pure Gmail push logic: decoding notifications, grouping them, and when to renew a watch."""

from __future__ import annotations

import ast
import base64
import contextlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest import push_logic
from pipeline.ingest.push_logic import (
    MalformedNotification,
    Notification,
    Received,
    WatchState,
    decode_notification,
    plan_watch,
)

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
TOPIC = "projects/p/topics/gmail"
DAY = timedelta(days=1)


def encode(value: object, *, urlsafe: bool = False, pad: bool = True) -> str:
    data = json.dumps(value).encode()
    text = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(data).decode()
    return text if pad else text.rstrip("=")


@pytest.mark.parametrize("urlsafe", [False, True])
@pytest.mark.parametrize("pad", [False, True])
def test_a_gmail_notification_decodes_in_any_base64_flavour(urlsafe: bool, pad: bool) -> None:
    data = encode({"emailAddress": "Crew@Example.com", "historyId": "9876543210"}, urlsafe=urlsafe)
    assert decode_notification(data if pad else data.rstrip("=")) == Notification(
        "crew@example.com", "9876543210"
    )


def test_a_numeric_history_id_is_accepted_and_normalised() -> None:
    assert (
        decode_notification(encode({"emailAddress": "a@b.c", "historyId": 42})).history_id == "42"
    )
    assert decode_notification(
        encode({"emailAddress": "a@b.c", "historyId": "007"})
    ).history_id == ("7")


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "%%%not base64%%%",
        base64.b64encode(b"not json").decode(),
        base64.b64encode(b"\xff\xfe").decode(),
        encode(["a list"]),
        encode({"historyId": "1"}),
        encode({"emailAddress": "no-at-sign", "historyId": "1"}),
        encode({"emailAddress": "a@b.c"}),
        encode({"emailAddress": "a@b.c", "historyId": "12ab"}),
        encode({"emailAddress": "a@b.c", "historyId": "-1"}),
        encode({"emailAddress": "a@b.c", "historyId": True}),
        encode({"emailAddress": "a@b.c", "historyId": 1.5}),
        encode({"emailAddress": "a@b.c", "historyId": "1" * 21}),
        encode({"emailAddress": "a@b.c", "historyId": "١٢"}),  # Arabic-Indic digits
        encode({"emailAddress": "a" * 400 + "@b.c", "historyId": "1"}),
        encode({"emailAddress": "a\u0000@b.c", "historyId": "1"}),
        encode({"emailAddress": "a b@c.d", "historyId": "1"}),
        encode({"emailAddress": "a@b@c", "historyId": "1"}),
    ],
)
def test_anything_else_is_malformed(data: str | None) -> None:
    with pytest.raises(MalformedNotification):
        decode_notification(data)


@given(st.one_of(st.none(), st.text(max_size=200), st.binary(max_size=200).map(base64.b64encode)))
def test_decoding_never_raises_anything_but_malformed(data) -> None:
    text = data.decode() if isinstance(data, bytes) else data
    with contextlib.suppress(MalformedNotification):
        decode_notification(text)


def test_notifications_of_one_mailbox_are_grouped_with_the_newest_history_id() -> None:
    items = [
        (Received("a1", "1", None), Notification("a@x.io", "100")),
        (Received("b1", "2", None), Notification("b@x.io", "7")),
        (Received("a2", "3", None), Notification("a@x.io", "99")),
        (Received("a3", "4", None), Notification("a@x.io", "1000")),
    ]
    assert push_logic.group_by_address(items) == {
        "a@x.io": (["a1", "a2", "a3"], "1000"),
        "b@x.io": (["b1"], "7"),
    }


@pytest.mark.parametrize(
    ("synced", "notified", "expected"),
    [(None, "5", True), ("", "5", True), ("5", "5", False), ("6", "5", False), ("9", "10", True)],
)
def test_a_sync_is_needed_only_past_the_synced_history(synced, notified, expected) -> None:
    # Numeric comparison: "9" < "10" although not as strings.
    assert push_logic.needs_sync(synced, notified) is expected


def plan(state: WatchState, topic: str = TOPIC):
    return plan_watch(state, topic, now=NOW, renew_every=DAY, renew_before=DAY)


def test_a_user_without_a_watch_gets_one() -> None:
    assert plan(WatchState()).action == "watch"
    assert plan(WatchState.from_row(None)).reason == "no watch"
    assert plan(WatchState.from_row({"topic_name": None, "expires_at": None})).action == "watch"


def test_a_fresh_watch_on_the_topic_is_kept() -> None:
    fresh = WatchState(TOPIC, NOW + 6 * DAY, NOW - timedelta(hours=1))
    assert plan(fresh).action == "keep"


@pytest.mark.parametrize(
    ("state", "reason"),
    [
        (WatchState("projects/p/topics/old", NOW + 6 * DAY, NOW), "topic changed"),
        (WatchState(TOPIC, NOW - timedelta(seconds=1), NOW - 7 * DAY), "watch lapsed"),
        (WatchState(TOPIC, NOW + timedelta(hours=23), NOW - timedelta(hours=1)), "expires soon"),
        (WatchState(TOPIC, NOW + 6 * DAY, NOW - DAY), "renewal due"),
    ],
)
def test_a_watch_is_renewed_when_due(state: WatchState, reason: str) -> None:
    decision = plan(state)
    assert decision.action == "watch" and reason in decision.reason


def test_a_daily_renewal_never_lets_a_seven_day_watch_lapse() -> None:
    # Renewal passes every 10 minutes over three weeks, Gmail granting 7 days each time.
    state = WatchState()
    now = NOW
    for _ in range(3 * 24 * 6):
        decision = plan_watch(state, TOPIC, now=now, renew_every=DAY, renew_before=DAY)
        if decision.action == "watch":
            state = WatchState(TOPIC, now + 7 * DAY, now)
        assert state.expires_at is not None and state.expires_at - now > 5 * DAY
        now += timedelta(minutes=10)


def test_expiration_is_read_from_epoch_millis_or_taken_as_short() -> None:
    ms = int((NOW + 7 * DAY).timestamp() * 1000)
    assert push_logic.expiration_time(str(ms), now=NOW) == NOW + 7 * DAY
    assert push_logic.expiration_time(None, now=NOW) == NOW + DAY
    assert push_logic.expiration_time("soon", now=NOW) == NOW + DAY


def test_received_messages_are_read_from_the_pull_response() -> None:
    item = {"ackId": "A", "message": {"data": "x" * 600, "messageId": "M"}, "deliveryAttempt": 2}
    received = Received.from_api(item)
    assert (received.ack_id, received.message_id) == ("A", "M")
    assert received.excerpt == "x" * push_logic.EXCERPT_CHARS
    assert Received.from_api({"ackId": "B"}).data is None
    odd = Received.from_api({"ackId": "C", "message": {"data": "a\x00b", "messageId": "x\x00"}})
    assert (odd.excerpt, odd.message_id) == ("a?b", "x")
    assert push_logic.unique_ack_ids(["a", "", "b", "a"]) == ["a", "b"]


def test_push_logic_does_no_io_and_reads_no_clock() -> None:
    source = Path(push_logic.__file__).read_text(encoding="utf-8")
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in (node.names if isinstance(node, ast.Import) else [ast.alias(node.module)])
    }
    assert not imported & {"psycopg", "redis", "dramatiq", "googleapiclient", "httplib2", "time"}
    assert ".now(" not in source and "utcnow" not in source
