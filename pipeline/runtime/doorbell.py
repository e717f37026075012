"""Dramatiq's Redis broker with a doorbell: idle consumers block on Redis instead of polling.

Every enqueue also pushes a token onto the queue's bell (``<namespace>:<queue>.bell``, a short
list) in the same round trip, after the message, so a consumer woken by the token finds it. A
consumer whose fetch came back empty blocks on its queue's bell with ``BLPOP`` for at most the
poll ceiling (``worker_timeout``: STILLONTIME_WORKER_POLL_MS), or until the next delayed message
it holds is due, then fetches again whether the bell rang or not. The bell is only a hint: a
token that never comes (Redis restarted, a push lost, another worker took it) costs at most the
ceiling, never a message. The rest is Dramatiq's own: the Lua fetch that beats the worker's
heartbeat, acks, dead letters, requeue of unacked messages, maintenance.
"""

from __future__ import annotations

import threading
import time
from typing import Any
from uuid import uuid4

import redis
from dramatiq import Message
from dramatiq.broker import MessageProxy
from dramatiq.brokers.redis import RedisBroker, _RedisConsumer
from dramatiq.common import current_millis
from dramatiq.errors import ConnectionClosed

BELL_SUFFIX = ".bell"
# Tokens a bell keeps: enough to wake every idle consumer of a queue at a burst, and bounded
# when nobody listens.
BELL_DEPTH = 64
# A bell nobody answers (no worker running) empties itself.
BELL_TTL_S = 60
# Redis reads a BLPOP timeout in whole milliseconds, and 0 means "forever".
_SHORTEST_WAIT_S = 0.001


class DoorbellRedisBroker(RedisBroker):
    """A ``RedisBroker`` whose enqueues ring the queue's bell and whose consumers wait on it."""

    def __init__(self, *, url: str, **options: Any) -> None:
        super().__init__(url=url, **options)
        self.url = url
        # Idle consumers fetch less often than Dramatiq's pollers did, so the maintenance that
        # moves a dead worker's unacked messages back (a chance per command) would come rarely:
        # each consumer also asks for it this often.
        self.maintenance_period_s = self.heartbeat_timeout / 1000 / 2

    @property
    def consumer_class(self) -> type[DoorbellConsumer]:
        return DoorbellConsumer

    def bell_key(self, queue_name: str) -> str:
        return f"{self.namespace}:{queue_name}{BELL_SUFFIX}"

    def _dispatch_args(
        self, command: str, queue_name: str, *args: Any, maintenance: bool = False
    ) -> list[Any]:
        # The arguments of Dramatiq's dispatch.lua, in its order (RedisBroker._dispatch).
        return [
            command,
            current_millis(),
            queue_name,
            self.broker_id,
            self.heartbeat_timeout,
            self.dead_message_ttl,
            1 if maintenance else self._should_do_maintenance(command),
            self._max_unpack_size(),
            *args,
        ]

    def do_enqueue(self, queue_name: str, message_id: str, data: bytes) -> Any:
        """Dramatiq's enqueue, then a token on the queue's bell, in one round trip."""
        script = self.scripts["dispatch"]
        bell = self.bell_key(queue_name)
        for attempt in (1, 2):
            pipe = self.client.pipeline(transaction=False)
            args = self._dispatch_args("enqueue", queue_name, message_id, data)
            pipe.evalsha(script.sha, 1, self.namespace, *args)
            pipe.lpush(bell, 1)
            pipe.ltrim(bell, 0, BELL_DEPTH - 1)
            pipe.expire(bell, BELL_TTL_S)
            try:
                return pipe.execute()[0]
            except redis.exceptions.NoScriptError:
                # A Redis restarted since the script was loaded: load it again (the bell rang
                # for nothing, which costs one empty fetch).
                if attempt == 2:
                    raise
                self.client.script_load(script.script)
        raise AssertionError("unreachable")

    def enqueue_many(self, messages: list[Message]) -> list[Message]:
        """Enqueue ``messages`` (none delayed) as ``enqueue`` does, in one round trip for all:
        each message, then one token per message on its queue's bell. On an error none of the
        batch may be counted as sent (some may be: the caller sends them again, at least once).
        """
        if not messages:
            return []
        sent = [m.copy(options={"redis_message_id": str(uuid4())}) for m in messages]
        for message in sent:
            self.emit_before("enqueue", message, None)
        script = self.scripts["dispatch"]
        bells: dict[str, int] = {}
        for message in sent:
            bells[message.queue_name] = bells.get(message.queue_name, 0) + 1
        for attempt in (1, 2):
            pipe = self.client.pipeline(transaction=False)
            for message in sent:
                args = self._dispatch_args(
                    "enqueue",
                    message.queue_name,
                    message.options["redis_message_id"],
                    message.encode(),
                )
                pipe.evalsha(script.sha, 1, self.namespace, *args)
            for queue_name, tokens in bells.items():
                bell = self.bell_key(queue_name)
                pipe.lpush(bell, *([1] * min(tokens, BELL_DEPTH)))
                pipe.ltrim(bell, 0, BELL_DEPTH - 1)
                pipe.expire(bell, BELL_TTL_S)
            try:
                pipe.execute()
                break
            except redis.exceptions.NoScriptError:
                if attempt == 2:
                    raise
                self.client.script_load(script.script)
        for message in sent:
            self.emit_after("enqueue", message, None)
        return sent

    def fetch(self, queue_name: str, count: int, *, maintenance: bool = False) -> list[bytes]:
        """Dramatiq's fetch of up to ``count`` messages; ``maintenance`` forces the sweep."""
        args = self._dispatch_args("fetch", queue_name, count, maintenance=maintenance)
        return self.scripts["dispatch"](args=args, keys=[self.namespace])

    def bell_client(self, wait_ceiling_s: float) -> redis.Redis:
        """A client of one connection of its own for a consumer's BLPOP, so that a blocked
        consumer never holds one of the shared pool's, and whose reads outlast the block."""
        pool = redis.ConnectionPool.from_url(
            self.url, max_connections=1, socket_timeout=wait_ceiling_s + 5
        )
        return redis.Redis(connection_pool=pool)


class DoorbellConsumer(_RedisConsumer):
    """Dramatiq's Redis consumer, waiting on the queue's bell instead of sleeping when idle.

    One per queue (and per delay queue) in each worker process, run by Dramatiq's consumer
    thread; ``__next__`` follows Dramatiq's own and changes only how an idle consumer waits.
    """

    broker: DoorbellRedisBroker

    def __init__(
        self, broker: DoorbellRedisBroker, queue_name: str, prefetch: int, timeout: int
    ) -> None:
        super().__init__(broker, queue_name, prefetch, timeout)
        self.bell = broker.bell_key(queue_name)
        self.ceiling_s = max(timeout / 1000, _SHORTEST_WAIT_S)
        self.listener = broker.bell_client(self.ceiling_s)
        # Set by worker threads as they finish messages: a consumer whose prefetch is all taken
        # waits on it for room, not on the bell (a token it cannot act on belongs to another).
        self._room = threading.Event()
        self._batch = max(1, prefetch // 2)
        # Delayed messages held by the consumer thread, by id: the earliest is due then.
        self._etas: dict[str, float] = {}
        self._etas_lock = threading.Lock()
        self._next_maintenance = 0.0
        # The last fetch came back short (fewer messages than it asked for): the queue was
        # empty then, and every push since rang the bell, so the next call waits on the bell
        # before fetching again.
        self._drained = False
        # Waits that ended with a token, for tests and debugging.
        self.rings = 0

    def __next__(self) -> MessageProxy | None:
        try:
            while True:
                if self.message_cache:
                    data = self.message_cache.pop(0)
                    if data is None:  # as Dramatiq does (its issue 266)
                        self.logger.warning("Found 'None' message in the cache of %r.", self.bell)
                        continue
                    self.misses = 0
                    message = Message.decode(data)
                    self.queued_message_ids.add(message.message_id)
                    self._hold(message)
                    return MessageProxy(message)
                self._room.clear()
                room = self.prefetch - self.outstanding_message_count
                # Busy: fetch again once half the prefetch is free (one fetch per ack would
                # cost a round trip per message under a burst), or at the ceiling.
                busy = room < self._batch and self.outstanding_message_count
                if busy and (self._room.wait(self.ceiling_s) or room <= 0):
                    return None
                # A consumer whose last fetch drained the queue waits on the bell at once: a
                # fetch now would find only what rang the bell since (one Redis round trip
                # and a Lua fetch per message, beside the worker thread starting it). Else it
                # fetches first. Either way it waits on the bell and fetches as soon as the
                # bell rings, or at the ceiling, rung or not.
                if not self._drained:
                    self.message_cache = self._fetch(room)
                    self._drained = len(self.message_cache) < room
                if not self.message_cache:
                    self.message_cache = self._wait_and_fetch(room)
                    self._drained = len(self.message_cache) < room
                if not self.message_cache:
                    return None
        except (redis.ConnectionError, redis.TimeoutError) as e:
            raise ConnectionClosed(e) from None

    def wait_s(self) -> float:
        """How long an idle consumer waits now: the ceiling, or less when a delayed message it
        holds is due sooner (Dramatiq's consumer thread moves it once this returns)."""
        with self._etas_lock:
            due = min(self._etas.values(), default=None)
        if due is None:
            return self.ceiling_s
        return max(0.0, min(self.ceiling_s, (due - current_millis()) / 1000))

    def _wait_and_fetch(self, count: int) -> list[bytes]:
        """BLPOP on the bell and, queued behind it on the same connection, the fetch: Redis
        runs the fetch the moment the bell rings (or the wait ends), so a woken consumer gets
        its message in the round trip that woke it. The fetch's heartbeat carries the time the
        wait began (older by at most the ceiling than Dramatiq's own)."""
        wait = self.wait_s()
        if wait < _SHORTEST_WAIT_S:
            return self._fetch(count)  # a held delayed message is due: no wait
        script = self.broker.scripts["dispatch"]
        args = self.broker._dispatch_args(
            "fetch", self.queue_name, count, maintenance=self._maintenance_due()
        )
        pipe = self.listener.pipeline(transaction=False)
        pipe.blpop([self.bell], timeout=round(wait, 3))
        pipe.evalsha(script.sha, 1, self.broker.namespace, *args)
        rang, fetched = pipe.execute(raise_on_error=False)
        if isinstance(rang, Exception):
            raise rang
        if rang is not None:
            self.rings += 1
        if isinstance(fetched, redis.exceptions.NoScriptError):
            return self._fetch(count)  # a Redis restarted since: Dramatiq's call loads it
        if isinstance(fetched, Exception):
            raise fetched
        return list(fetched)

    def _fetch(self, count: int) -> list[bytes]:
        return self.broker.fetch(self.queue_name, count, maintenance=self._maintenance_due())

    def _maintenance_due(self) -> bool:
        """Whether this fetch also asks for Dramatiq's maintenance (every maintenance period,
        rather than a 1-in-1000 chance per command)."""
        now = time.monotonic()
        if now < self._next_maintenance:
            return False
        self._next_maintenance = now + self.broker.maintenance_period_s
        return True

    def _hold(self, message: Message) -> None:
        eta = message.options.get("eta")
        if isinstance(eta, int | float):
            with self._etas_lock:
                self._etas[message.message_id] = eta

    def _settled(self, message_ids: list[str]) -> None:
        with self._etas_lock:
            for message_id in message_ids:
                self._etas.pop(message_id, None)
        self._room.set()

    def ack(self, message: MessageProxy) -> None:
        try:
            super().ack(message)
        finally:
            self._settled([message.message_id])

    def nack(self, message: MessageProxy) -> None:
        try:
            super().nack(message)
        finally:
            self._settled([message.message_id])

    def requeue(self, messages: Any) -> None:
        messages = list(messages)
        try:
            super().requeue(messages)
        finally:
            self._settled([m.message_id for m in messages])

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.listener.close()
            self.listener.connection_pool.disconnect()
