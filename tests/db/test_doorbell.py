"""The workers' doorbell (pipeline/runtime/doorbell.py): an idle consumer wakes on the push that
comes with each message, and a push that never comes (Redis restarted, a push lost, another
worker took it) is rung by the process's bell watcher within the poll ceiling: it costs at most
the ceiling, never a message."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from queue import PriorityQueue

import dramatiq
import dramatiq.worker
import psutil
import pytest
import redis
from dramatiq.brokers.redis import RedisBroker
from dramatiq.common import dq_name

from pipeline.db.embedded import start_embedded_redis, stop_embedded
from pipeline.events import EMAIL_RECEIVED
from pipeline.outbox.dispatcher import Dispatcher
from pipeline.outbox.send import send_event
from pipeline.runtime.doorbell import BELL_DEPTH, BELL_TTL_S, DoorbellConsumer
from pipeline.runtime.messaging import build_broker
from tests.support import rows
from tests.support.probe_actors import FLAKY, PROBE_SCHEMA, RECORD
from tests.support.queues import queued_event_ids, queued_messages
from tests.support.waiting import wait_for

QUEUE = "doorbell"
# The default ceiling: the doorbell, not a short poll, is what wakes these workers.
CEILING = {"STILLONTIME_WORKER_POLL_MS": "1000"}
WORKER = ("worker", "--module", "tests.support.probe_actors", "--processes", "1", "--threads", "2")
WORKER += ("--queue", "probe")


def message(n: int) -> dramatiq.Message:
    return dramatiq.Message(
        queue_name=QUEUE, actor_name="doorbell.probe", args=(n,), kwargs={}, options={}
    )


@pytest.fixture
def consume(broker) -> Iterator[Callable[..., DoorbellConsumer]]:
    """Consumers of the test's broker, as a worker's consumer thread holds them; closed after."""
    opened: list[DoorbellConsumer] = []

    def open_consumer(queue: str = QUEUE, *, ceiling_ms: int, prefetch: int = 4):
        broker.declare_queue(QUEUE)
        consumer = broker.consume(queue, prefetch=prefetch, timeout=ceiling_ms)
        opened.append(consumer)
        return consumer

    yield open_consumer
    for consumer in opened:
        consumer.close()


def next_in_thread(consumer: DoorbellConsumer, broker) -> Callable[[], list]:
    """Call ``next(consumer)`` in a thread and return once it waits on its bell in Redis; the
    returned function joins the thread and gives what ``next`` returned."""
    listener_id = str(consumer.listener.client_id())
    result: list = []
    thread = threading.Thread(target=lambda: result.append(next(consumer)), daemon=True)
    thread.start()

    def blocked() -> bool:
        return any(
            c["id"] == listener_id and c["cmd"] == "blpop" for c in broker.client.client_list()
        )

    wait_for(blocked, what="the consumer to wait on its bell")

    def joined() -> list:
        thread.join(timeout=60)
        assert not thread.is_alive()
        return result

    return joined


def test_an_enqueue_wakes_the_consumer_waiting_on_the_queue(broker, consume) -> None:
    # Given an idle consumer waiting on its queue's bell, with a ceiling far away
    consumer = consume(ceiling_ms=10_000)
    joined = next_in_thread(consumer, broker)
    # When a message is enqueued
    broker.enqueue(message(1))
    # Then the bell ended the wait (a token, not the ceiling), and the fetch queued behind the
    # wait brought the message with it
    [woken] = joined()
    assert consumer.rings == 1
    assert woken.args == (1,)


def test_a_consumer_that_drained_its_queue_waits_on_the_bell_without_fetching_again(
    broker, consume
) -> None:
    # Given a consumer woken by a message that drained its queue (1 of the 4 it asked for)
    consumer = consume(ceiling_ms=10_000, prefetch=4)
    joined = next_in_thread(consumer, broker)
    broker.enqueue(message(1))
    assert [m.args for m in joined()] == [(1,)]
    fetched_alone = []
    fetch = consumer._fetch
    consumer._fetch = lambda count: fetched_alone.append(count) or fetch(count)
    # When it is asked for the next message
    joined = next_in_thread(consumer, broker)
    # Then it waits on the bell with no fetch before (a push since would have rung it) ...
    assert fetched_alone == []
    # ... and the next message wakes it
    broker.enqueue(message(2))
    assert [m.args for m in joined()] == [(2,)]
    assert consumer.rings == 2
    assert fetched_alone == []


def test_a_message_whose_bell_never_rang_is_fetched_by_the_next_poll(
    broker, consume, server_urls, redis_namespace
) -> None:
    # Given an idle consumer waiting on its bell
    consumer = consume(ceiling_ms=200)
    joined = next_in_thread(consumer, broker)
    # When a message arrives without its push (sent by Dramatiq's own broker: no bell)
    plain = RedisBroker(url=server_urls.redis_url, namespace=redis_namespace)
    plain.enqueue(message(7))
    # Then the bell watcher rings the bell of the queue that holds a message and no token (the
    # consumer's own wait is far longer than the ceiling), and the fetch behind it takes it
    assert consumer.idle_wait_s > 1.0
    [polled] = joined()
    assert consumer.rings == 1
    wait_for(lambda: broker.stranded_rung >= 1, what="the watcher to count its ring")
    assert not broker.client.exists(broker.bell_key(QUEUE))
    assert polled.args == (7,)


def test_the_bell_watcher_rings_only_a_queue_with_a_message_and_no_token(broker) -> None:
    broker.declare_queue(QUEUE)
    bell = broker.bell_key(QUEUE)
    # An empty queue: nothing to ring
    assert broker.ring_stranded([QUEUE]) == 0
    assert not broker.client.exists(bell)
    # A message without its token (sent by a broker without a bell): rung once
    RedisBroker(url=broker.url, namespace=broker.namespace).enqueue(message(1))
    assert broker.ring_stranded([QUEUE]) == 1
    assert broker.client.llen(bell) == 1
    assert 0 < broker.client.ttl(bell) <= BELL_TTL_S
    # A message whose token waits: not rung again
    assert broker.ring_stranded([QUEUE]) == 0
    assert broker.client.llen(bell) == 1


def test_a_wait_that_finds_nothing_returns_none_at_the_idle_wait(broker, consume) -> None:
    # Given an idle consumer and an empty queue, with a short idle wait
    broker.idle_wait_s = 0.1
    consumer = consume(ceiling_ms=100)
    # When its wait runs out
    joined = next_in_thread(consumer, broker)
    # Then it hands back to Dramatiq's consumer thread (delayed messages, shutdown) with nothing
    assert joined() == [None]
    assert consumer.rings == 0


def test_a_worker_shutting_down_ends_the_long_wait_of_its_consumers(broker, consume) -> None:
    # Given an idle consumer in its long wait
    consumer = consume(ceiling_ms=200)
    assert consumer.idle_wait_s > 1.0
    joined = next_in_thread(consumer, broker)
    # When the worker starts shutting down
    broker.emit_before("worker_shutdown", None)
    # Then the wait ends (not as a ring), and the next ones last no longer than the ceiling
    assert joined() == [None]
    assert consumer.rings == 0
    assert consumer.wait_s() == consumer.ceiling_s


def test_the_bell_stays_short_and_expires(broker, consume) -> None:
    consume(ceiling_ms=10)
    for n in range(BELL_DEPTH * 3):
        broker.enqueue(message(n))
    bell = broker.bell_key(QUEUE)
    assert broker.client.llen(bell) == BELL_DEPTH
    assert 0 < broker.client.ttl(bell) <= BELL_TTL_S
    assert len(queued_messages(broker, QUEUE)) == BELL_DEPTH * 3


def test_a_held_delayed_message_bounds_the_wait_by_its_eta(broker, consume) -> None:
    # Given the consumer of a delay queue, idle for 10 s or more
    consumer = consume(dq_name(QUEUE), ceiling_ms=10_000)
    assert consumer.wait_s() == consumer.idle_wait_s >= 10.0
    # When it holds a message due in 3 s (a retry's backoff)
    broker.enqueue(message(1), delay=3_000)
    held = next(consumer)
    assert "eta" in held.options
    # Then it waits no longer than until the message is due
    assert 0 < consumer.wait_s() <= 3.0
    # And once the message is moved on (acked on the delay queue), its idle wait again
    consumer.ack(held)
    assert consumer.wait_s() == consumer.idle_wait_s


def held_retry(broker, consume, *, delay_ms: int) -> tuple[DoorbellConsumer, dramatiq.Message]:
    """A delay queue's consumer holding a retry due in ``delay_ms``, as Dramatiq's consumer
    thread holds it (taken from Redis, not yet moved to its queue)."""
    consumer = consume(dq_name(QUEUE), ceiling_ms=10)
    broker.enqueue(message(1), delay=delay_ms)
    held = next(consumer)
    assert "eta" in held.options
    assert broker.client.llen(f"{broker.namespace}:{dq_name(QUEUE)}") == 0  # taken
    return consumer, held


def test_a_retry_held_by_a_consumer_lost_to_a_connection_error_is_held_again(
    broker, consume
) -> None:
    # Given a delay queue's consumer holding a retry
    dropped, held = held_retry(broker, consume, delay_ms=60_000)
    # When its connection fails: Dramatiq's consumer thread drops what it held (its delay
    # queue), closes the consumer and starts another, in the same live worker
    dropped.close()
    broker.idle_wait_s = 0.1
    again = consume(dq_name(QUEUE), ceiling_ms=10)
    # Then the retry is back in the delay queue, not left in the worker's unacked set (which
    # only a dead worker's maintenance puts back): the new consumer holds it, bounding its wait
    back = next(again)
    assert back is not None and back.message_id == held.message_id
    assert 0 < again.wait_s() <= 60.0


def test_a_retry_left_while_redis_is_away_is_put_back_by_the_next_consumer(
    broker, consume, monkeypatch
) -> None:
    # Given a delay queue's consumer holding a retry, lost to a connection error, whose
    # close cannot reach Redis either
    dropped, held = held_retry(broker, consume, delay_ms=60_000)
    with monkeypatch.context() as patched:
        patched.setattr(broker, "do_requeue", _unreachable, raising=False)
        dropped.close()
    # When the consumer thread starts another consumer
    broker.idle_wait_s = 0.1
    again = consume(dq_name(QUEUE), ceiling_ms=10)
    # Then that one puts the retry back before it fetches, and holds it
    back = next(again)
    assert back is not None and back.message_id == held.message_id


def test_a_retry_whose_fetch_reply_was_lost_is_held_by_the_next_consumer(broker, consume) -> None:
    # Given a retry its worker fetched from the delay queue without hearing the reply (the
    # connection broke): in the worker's unacked set, held by no consumer
    broker.declare_queue(QUEUE)
    broker.enqueue(message(1), delay=60_000)
    [lost] = broker.fetch(dq_name(QUEUE), 10)
    assert broker.client.llen(f"{broker.namespace}:{dq_name(QUEUE)}") == 0
    # When the consumer thread starts its next consumer of the delay queue
    broker.idle_wait_s = 0.1
    again = consume(dq_name(QUEUE), ceiling_ms=10)
    # Then that one puts the retry back and holds it
    back = next(again)
    assert back is not None and back.message_id == dramatiq.Message.decode(lost).message_id


def test_a_message_fetched_but_not_handed_over_goes_back_when_its_consumer_closes(
    broker, consume
) -> None:
    # Given a consumer that fetched two messages and handed one to the worker's threads
    first = consume(ceiling_ms=10, prefetch=4)
    broker.enqueue(message(1))
    broker.enqueue(message(2))
    handed = next(first)
    assert handed.args == (1,) and len(first.message_cache) == 1
    # When it closes (a connection error, or the worker pausing)
    first.close()
    # Then the one it still had waits in the queue again, and only it, for the next consumer
    assert broker.client.llen(f"{broker.namespace}:{QUEUE}") == 1
    assert next(consume(ceiling_ms=10)).args == (2,)


def test_dramatiqs_consumer_thread_moves_a_retry_held_across_a_connection_error(
    broker, monkeypatch
) -> None:
    # Given Dramatiq's own consumer thread on a delay queue, holding a retry due in 1 s
    monkeypatch.setattr(dramatiq.worker, "CONSUMER_RESTART_DELAY_SECS", 0.05)
    broker.declare_queue(QUEUE)
    broker.idle_wait_s = 0.2
    thread = dramatiq.worker.ConsumerThread(
        broker=broker,
        queue_name=dq_name(QUEUE),
        prefetch=10,
        work_queue=PriorityQueue(),
        worker_timeout=10,
    )
    failures: list[str] = []
    wait_and_fetch = DoorbellConsumer._wait_and_fetch

    def fails_once_holding(consumer: DoorbellConsumer, count: int) -> list[bytes]:
        if consumer._etas and not failures:
            failures.append(consumer.queue_name)
            raise redis.ConnectionError("connection reset by peer")
        return wait_and_fetch(consumer, count)

    monkeypatch.setattr(DoorbellConsumer, "_wait_and_fetch", fails_once_holding)
    broker.enqueue(message(7), delay=1_000)
    thread.start()
    try:
        # When its consumer's connection fails while it holds the retry
        wait_for(lambda: failures, what="the connection error")
        # Then the retry still reaches its queue, once
        wait_for(lambda: queued_messages(broker, QUEUE), timeout=30, what="the retry moved")
        assert [m.args for m in queued_messages(broker, QUEUE)] == [(7,)]
    finally:
        thread.stop()
        thread.join(timeout=10)
        thread.close()


def _unreachable(*_args: object) -> None:
    raise redis.ConnectionError("Redis is away")


def test_a_dead_workers_unacked_message_comes_back_at_the_first_fetch(
    broker, consume, server_urls, redis_namespace
) -> None:
    # Given a worker that took a message and died before acking it (its last beat long ago)
    dead = build_broker(server_urls.redis_url, namespace=redis_namespace)
    dead.declare_queue(QUEUE)
    dead.enqueue(message(3))
    dead_consumer = dead.consume(QUEUE, prefetch=1, timeout=10)
    taken = next(dead_consumer)
    dead_consumer.close()
    broker.client.zadd(f"{redis_namespace}:__heartbeats__", {dead.broker_id: 0})
    assert [m.message_id for m in queued_messages(broker, QUEUE)] == [taken.message_id]
    assert broker.client.llen(f"{redis_namespace}:{QUEUE}") == 0  # taken, not waiting
    # When another worker's consumer starts
    consumer = consume(ceiling_ms=10)
    # Then its first fetch runs Dramatiq's maintenance (not left to a 1-in-1000 chance) and
    # gets the message back
    assert next(consumer).message_id == taken.message_id


# -- real workers ---------------------------------------------------------------------------


@pytest.fixture
def probes(conn):
    conn.execute(PROBE_SCHEMA)
    return conn


def event_of(conn, email_id) -> int:
    return conn.execute(
        "SELECT id FROM events WHERE kind = %s AND subject_id = %s", (EMAIL_RECEIVED, email_id)
    ).fetchone()["id"]


def runs(conn, event_id: int) -> int:
    return conn.execute(
        "SELECT count(*) AS n FROM probe_runs WHERE event_id = %s", (event_id,)
    ).fetchone()["n"]


def done(conn, event_id: int, actor: str = RECORD.actor_name) -> Callable[[], bool]:
    def check() -> bool:
        row = conn.execute(
            "SELECT status FROM event_deliveries WHERE event_id = %s AND actor_name = %s",
            (event_id, actor),
        ).fetchone()
        return row is not None and row["status"] == "done"

    return check


def test_two_workers_on_one_queue_run_each_message_once(
    probes, database, broker, start_service, run_in_thread
) -> None:
    # Given two worker services waiting on the same queue's bell
    start_service(*WORKER, env=CEILING)
    start_service(*WORKER, env=CEILING)
    run_in_thread(Dispatcher(broker, url=database, routes={EMAIL_RECEIVED: (RECORD,)}).run_forever)
    # When 40 emails arrive, a few at a time
    user_id = rows.add_user(probes)
    events = [event_of(probes, rows.add_email(probes, user_id)) for _ in range(40)]
    # Then each is run exactly once
    wait_for(lambda: all(done(probes, e)() for e in events), what="every delivery done")
    assert [runs(probes, e) for e in events] == [1] * 40


def test_a_retry_waits_on_the_delay_queue_and_runs(
    probes, database, broker, start_service, run_in_thread
) -> None:
    # Retries go through Dramatiq's delay queue (its consumer holds them until due)
    start_service(*WORKER, env=CEILING)
    run_in_thread(Dispatcher(broker, url=database, routes={EMAIL_RECEIVED: (FLAKY,)}).run_forever)
    event_id = event_of(probes, rows.add_email(probes, rows.add_user(probes)))
    wait_for(done(probes, event_id, FLAKY.actor_name), what="the flaky delivery")
    assert runs(probes, event_id) == 3


def test_a_message_sent_without_its_push_is_still_run(
    probes, database, start_service, server_urls, redis_namespace
) -> None:
    # Given a worker waiting on its bell
    start_service(*WORKER, env=CEILING)
    # When a message is enqueued by a broker that does not ring (a push lost)
    plain = RedisBroker(url=server_urls.redis_url, namespace=redis_namespace)
    event_id = event_of(probes, rows.add_email(probes, rows.add_user(probes)))
    send_event(probes, plain, event_id, RECORD)
    assert not plain.client.exists(f"{redis_namespace}:probe.bell")
    # Then the worker's next poll finds it, and runs it once
    wait_for(done(probes, event_id), what="the bell-less delivery")
    assert runs(probes, event_id) == 1


@pytest.fixture
def own_redis() -> Iterator[tuple[Path, str]]:
    """A Redis server of this test's own (append-only file on), to kill and start again."""
    home = Path(tempfile.mkdtemp(prefix="sot-d-", dir="/tmp"))  # short: the socket lives in it
    yield home, start_embedded_redis(home)
    stop_embedded(home)
    shutil.rmtree(home, ignore_errors=True)


def process_tree(pid: int) -> list[psutil.Process]:
    parent = psutil.Process(pid)
    return [parent, *parent.children(recursive=True)]


@pytest.mark.parametrize("bell", ["kept", "lost"])
def test_redis_killed_between_the_push_and_the_pop(
    bell, probes, database, own_redis, redis_namespace, start_service, run_in_thread
) -> None:
    home, url = own_redis
    env = {**CEILING, "REDIS_URL": url}
    own_broker = build_broker(url, namespace=redis_namespace)
    run_in_thread(
        Dispatcher(own_broker, url=database, routes={EMAIL_RECEIVED: (RECORD,)}).run_forever
    )
    worker = start_service(*WORKER, env=env)
    user_id = rows.add_user(probes)
    first = event_of(probes, rows.add_email(probes, user_id))
    wait_for(done(probes, first), what="the first delivery")
    # Given a message pushed (with its bell) while the worker cannot pop it: frozen, its
    # waits on the bells run out (Redis would hand a token to a wait still pending)
    client = redis.Redis.from_url(url, decode_responses=True)
    frozen = process_tree(worker.pid)
    for process in frozen:
        process.suspend()
    try:
        wait_for(lambda: not any("b" in c["flags"] for c in client.client_list()), what="no wait")
        pushed = event_of(probes, rows.add_email(probes, user_id))
        wait_for(lambda: queued_event_ids(own_broker, "probe") == [pushed], what="the push")
        assert client.llen(own_broker.bell_key("probe")) == 1
        # When Redis is killed and started again (its append-only file keeps the queue)
        psutil.Process(client.info("server")["process_id"]).kill()
        wait_for(lambda: not _alive(client), what="Redis to die")
        start_embedded_redis(home)
        assert queued_event_ids(own_broker, "probe") == [pushed]
        if bell == "lost":
            assert client.delete(own_broker.bell_key("probe")) == 1
    finally:
        for process in frozen:
            process.resume()
    # And another event comes after the restart
    after = event_of(probes, rows.add_email(probes, user_id))
    # Then every message is run, each once
    for event_id in (pushed, after):
        wait_for(done(probes, event_id), what=f"delivery of event {event_id}")
    assert [runs(probes, e) for e in (first, pushed, after)] == [1, 1, 1]


def _alive(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except (redis.ConnectionError, OSError):
        return False
