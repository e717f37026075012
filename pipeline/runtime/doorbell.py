"""Dramatiq's Redis broker with a doorbell: idle consumers block on Redis instead of polling.

Every enqueue also pushes a token onto the queue's bell (``<namespace>:<queue>.bell``, a short
list) in the same round trip, after the message, so a consumer woken by the token finds it. A
consumer whose fetch came back empty blocks on its queue's bell with ``BLPOP`` until a token
comes, the next delayed message it holds is due, or its idle wait ends (a quarter of the
heartbeat timeout, 15 s by default, so that its fetches keep beating the worker's heartbeat),
then fetches again whether the bell rang or not.

The bell is only a hint. A token that never comes (Redis restarted, a push lost, another worker
took it, or a message Dramatiq's maintenance put back without one) is made good by the process's
bell watcher: one thread that, every poll ceiling (``worker_timeout``:
STILLONTIME_WORKER_POLL_MS), rings the bell of each of its queues that holds a message and no
token, in one round trip for all of them. A missed token costs at most the ceiling, never a
message, while an idle worker process wakes once a ceiling instead of once per queue. The rest is
Dramatiq's own: the Lua fetch that beats the worker's heartbeat, acks, dead letters, requeue of
unacked messages, maintenance.

A consumer that closes puts back what it took from Redis and never handed on: the messages it
had fetched but not yet given to Dramatiq's consumer thread, and the delayed messages that thread
held for it and never moved (after a connection error, Dramatiq's consumer thread drops its hold
and starts a new consumer in the same live worker, whose unacked messages Dramatiq's maintenance
never puts back: a retry would wait there until the worker stops). What Redis does not take then
(it is away) the next consumer of the queue in the process puts back before it fetches. A delay
queue's consumer, which holds all of its process's messages of that queue (one consumer thread
per queue, whose hold is empty when it starts a consumer), also puts back at its start whatever
the worker left unacked there: a fetch whose reply a broken connection lost.

Each enqueue's id in Redis (Dramatiq's ``redis_message_id``, unique per enqueue since a retry
sends the same message again) begins with the message's own id, so ``waiting`` can tell, in one
round trip, which messages still wait in their queue: the outbox's stale-delivery sweep
(pipeline/outbox/redelivery.py) does not send those again.
"""

from __future__ import annotations

import threading
import time
import weakref
from typing import Any
from uuid import uuid4

import redis
from dramatiq import Message
from dramatiq.broker import MessageProxy
from dramatiq.brokers.redis import RedisBroker, _RedisConsumer
from dramatiq.common import current_millis, dq_name, q_name
from dramatiq.errors import ConnectionClosed

BELL_SUFFIX = ".bell"
# Tokens a bell keeps: enough to wake every idle consumer of a queue at a burst, and bounded
# when nobody listens.
BELL_DEPTH = 64
# A bell nobody answers (no worker running) empties itself.
BELL_TTL_S = 60
# Redis reads a BLPOP timeout in whole milliseconds, and 0 means "forever".
_SHORTEST_WAIT_S = 0.001
# A consumer waits on its own wake key beside its bell, rung when the worker shuts down.
WAKE_SUFFIX = ".wake"
# Each enqueue needs an id of its own in Redis (a retry sends the same message again): ours
# begin with the message's id, so Redis can tell which messages a queue holds (``waiting``).
REDIS_ID_SEP = "@"
# The queue's list is read this many ids at a time, stopping once every message is found.
_WAITING_PAGE = 1000

# Rings each bell (KEYS, pairwise: the queue's list, its bell) whose queue holds a message and
# no token; returns how many it rang.
_RING_STRANDED = """
local rung = 0
for i = 1, #KEYS, 2 do
    if redis.call("llen", KEYS[i]) > 0 and redis.call("llen", KEYS[i + 1]) == 0 then
        redis.call("lpush", KEYS[i + 1], 1)
        redis.call("expire", KEYS[i + 1], ARGV[1])
        rung = rung + 1
    end
end
return rung
"""

# Which of the messages asked for (by message id) wait to be delivered: in a queue's list (not
# yet taken by any worker), in its delay queue's list, or taken from the delay queue by a live
# worker (its heartbeat within the timeout), which holds it until it is due and then puts it on
# the queue. A message a worker took from the queue itself (running, hung, or in a dead
# worker's acks that Dramatiq's maintenance has not put back) does not wait: it is not in the
# answer. A listed id whose body is gone is not either (a fetch would skip it).
# KEYS[1]: the namespace; ARGV: now (ms), heartbeat timeout (ms), page size, the number of
# queues, the queue names, then the message ids. Returns the message ids found.
_WAITING = """
local ns = KEYS[1]
local now, timeout, page, n = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]),
    tonumber(ARGV[4])
local wanted, left, found = {}, 0, {}
for i = 5 + n, #ARGV do
    if not wanted[ARGV[i]] then
        wanted[ARGV[i]] = true
        left = left + 1
    end
end
local function look(ids, bodies)
    for _, id in ipairs(ids) do
        local message_id = string.match(id, "^(.+)@%x+$")
        if message_id and wanted[message_id] and redis.call("hexists", bodies, id) == 1 then
            wanted[message_id] = nil
            left = left - 1
            found[#found + 1] = message_id
        end
    end
end
local function look_in_list(key)
    local length = redis.call("llen", key)
    for first = 0, length - 1, page do
        if left == 0 then return end
        look(redis.call("lrange", key, first, first + page - 1), key .. ".msgs")
    end
end
local live = redis.call("zrangebyscore", ns .. ":__heartbeats__", "(" .. (now - timeout), "+inf")
for q = 5, 4 + n do
    local queue = ns .. ":" .. ARGV[q]
    look_in_list(queue)
    look_in_list(queue .. ".DQ")
    for _, worker in ipairs(live) do
        if left == 0 then return found end
        look(redis.call("smembers", ns .. ":__acks__." .. worker .. "." .. ARGV[q] .. ".DQ"),
             queue .. ".DQ.msgs")
    end
end
return found
"""


def redis_message_id(message_id: str) -> str:
    """The id of one enqueue of ``message_id`` in Redis: unique, and beginning with it."""
    return f"{message_id}{REDIS_ID_SEP}{uuid4().hex}"


class DoorbellRedisBroker(RedisBroker):
    """A ``RedisBroker`` whose enqueues ring the queue's bell and whose consumers wait on it."""

    def __init__(self, *, url: str, **options: Any) -> None:
        super().__init__(url=url, **options)
        self.url = url
        # Idle consumers fetch less often than Dramatiq's pollers did, so the maintenance that
        # moves a dead worker's unacked messages back (a chance per command) would come rarely:
        # each consumer also asks for it this often.
        self.maintenance_period_s = self.heartbeat_timeout / 1000 / 2
        # The longest an idle consumer waits on its bell: its fetch beats the worker's
        # heartbeat, so several beats fit in the heartbeat timeout (a missed token is the bell
        # watcher's, every ceiling).
        self.idle_wait_s = self.heartbeat_timeout / 1000 / 4
        self._ring_stranded = self.client.register_script(_RING_STRANDED)
        self._waiting = self.client.register_script(_WAITING)
        self._consumers: weakref.WeakSet[DoorbellConsumer] = weakref.WeakSet()
        self._watch_lock = threading.Lock()
        self._watcher: threading.Thread | None = None
        # Stranded bells the watcher rang, for tests and debugging.
        self.stranded_rung = 0
        # Messages (Redis ids, by queue) a closed consumer left unacked and could not put back.
        self._left_behind: dict[str, set[str]] = {}
        self._left_behind_lock = threading.Lock()

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

    def enqueue(self, message: Message, *, delay: int | None = None) -> Message:
        """Dramatiq's enqueue (``RedisBroker.enqueue``), with a Redis id that begins with the
        message's id (``redis_message_id``)."""
        message = message.copy(options={"redis_message_id": redis_message_id(message.message_id)})
        queue_name = message.queue_name
        if delay is not None:
            queue_name = dq_name(queue_name)
            message = message.copy(queue_name=queue_name, options={"eta": current_millis() + delay})
        self.logger.debug("Enqueueing message %r on queue %r.", message.message_id, queue_name)
        self.emit_before("enqueue", message, delay)
        self.do_enqueue(queue_name, message.options["redis_message_id"], message.encode())
        self.emit_after("enqueue", message, delay)
        return message

    def waiting(self, messages: list[tuple[str, str]]) -> set[str]:
        """Which of ``messages`` (queue name, message id) wait in Redis to be delivered, in one
        round trip: in the queue or its delay queue, or held until due by a live worker's delay
        consumer. Not a message a worker took (running, hung, or its worker dead), nor one Redis
        does not hold, nor one enqueued before Redis ids began with the message's id."""
        if not messages:
            return set()
        queues = sorted({queue_name for queue_name, _ in messages})
        args = [
            current_millis(),
            self.heartbeat_timeout,
            _WAITING_PAGE,
            len(queues),
            *queues,
            *(message_id for _, message_id in messages),
        ]
        found = self._waiting(keys=[self.namespace], args=args)
        return {m.decode() if isinstance(m, bytes) else m for m in found}

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
        sent = [
            m.copy(options={"redis_message_id": redis_message_id(m.message_id)}) for m in messages
        ]
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

    def emit_before(self, signal: str, *args: Any, **kwargs: Any) -> None:
        if signal == "worker_shutdown":
            # Consumers waiting out a long idle wait come back at once, and wait no longer
            # than the ceiling from then on, so the worker stops as promptly as before.
            for consumer in list(self._consumers):
                consumer.wake_for_shutdown()
        super().emit_before(signal, *args, **kwargs)

    def watch(self, consumer: DoorbellConsumer) -> None:
        """Have the bell watcher look after ``consumer``'s queue (started with the first)."""
        with self._watch_lock:
            self._consumers.add(consumer)
            if self._watcher is None or not self._watcher.is_alive():
                self._watcher = threading.Thread(
                    target=self._watch, name="doorbell-watcher", daemon=True
                )
                self._watcher.start()

    def ring_stranded(self, queue_names: list[str]) -> int:
        """Ring the bell of each of ``queue_names`` that holds a message and no token (a token
        missed or lost), in one round trip; how many it rang."""
        keys: list[str] = []
        for name in sorted(set(queue_names)):
            keys += [f"{self.namespace}:{name}", self.bell_key(name)]
        if not keys:
            return 0
        rung = int(self._ring_stranded(keys=keys, args=[BELL_TTL_S]))
        self.stranded_rung += rung
        return rung

    def _watch(self) -> None:
        """Every ceiling, ring the stranded bells of the live consumers' queues; ends when the
        last consumer closes (the next ``watch`` starts another)."""
        while True:
            with self._watch_lock:
                live = [c for c in self._consumers if not c.closed]
                if not live:
                    self._watcher = None
                    return
            time.sleep(min(c.ceiling_s for c in live))
            queues = [c.queue_name for c in live if not c.closed]
            try:
                self.ring_stranded(queues)
            except redis.RedisError as exc:
                # Redis away: the consumers see it too, and reconnect; try again next time.
                self.logger.warning("Bell watcher cannot reach Redis: %s", exc)

    def put_back(self, queue_name: str, redis_ids: set[str] | None = None) -> int:
        """Put ``redis_ids`` (taken by this process's consumers of ``queue_name``, never acked)
        and any left behind before back in the queue, and ring its bell; how many. On a Redis
        error they stay left behind, for the queue's next consumer, and the error is raised."""
        with self._left_behind_lock:
            ids = self._left_behind.pop(queue_name, set()) | (redis_ids or set())
        if not ids:
            return 0
        try:
            # Dramatiq's requeue: only an id still in this worker's unacked set goes back.
            self.do_requeue(queue_name, *sorted(ids))
            pipe = self.client.pipeline(transaction=False)
            pipe.lpush(self.bell_key(queue_name), 1)
            pipe.expire(self.bell_key(queue_name), BELL_TTL_S)
            pipe.execute()
        except redis.RedisError:
            with self._left_behind_lock:
                self._left_behind.setdefault(queue_name, set()).update(ids)
            raise
        self.logger.warning("Put %d unacked message(s) back on queue %r.", len(ids), queue_name)
        return len(ids)

    def unacked(self, queue_name: str) -> set[str]:
        """The Redis ids of the messages of ``queue_name`` this worker took and has not acked."""
        members = self.client.smembers(f"{self.namespace}:__acks__.{self.broker_id}.{queue_name}")
        return {m.decode() if isinstance(m, bytes) else m for m in members}

    def left_behind(self, queue_name: str) -> bool:
        """Whether a closed consumer of ``queue_name`` left messages it could not put back."""
        with self._left_behind_lock:
            return bool(self._left_behind.get(queue_name))

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
        # Idle, the bell watcher answers for a missed token within the ceiling: the consumer
        # itself waits longer (until the worker shuts down: the ceiling again).
        self.idle_wait_s = max(self.ceiling_s, broker.idle_wait_s)
        self.wake_key = f"{broker.namespace}:__doorbell__.{uuid4().hex}{WAKE_SUFFIX}"
        self.listener = broker.bell_client(self.idle_wait_s)
        self.closed = False
        # Set by worker threads as they finish messages: a consumer whose prefetch is all taken
        # waits on it for room, not on the bell (a token it cannot act on belongs to another).
        self._room = threading.Event()
        self._batch = max(1, prefetch // 2)
        # Delayed messages held by the consumer thread, by Redis id (unique per enqueue): the
        # earliest is due then. Those never settled are put back when the consumer closes.
        self._etas: dict[str, float] = {}
        self._etas_lock = threading.Lock()
        self._next_maintenance = 0.0
        # The last fetch came back short (fewer messages than it asked for): the queue was
        # empty then, and every push since rang the bell, so the next call waits on the bell
        # before fetching again.
        self._drained = False
        # Waits that ended with a token, for tests and debugging.
        self.rings = 0
        # A delay queue's consumer first puts back what its worker left unacked there.
        self._unacked_to_sweep = q_name(queue_name) != queue_name
        broker.watch(self)

    def __next__(self) -> MessageProxy | None:
        try:
            if self._unacked_to_sweep:
                self.broker.put_back(self.queue_name, self.broker.unacked(self.queue_name))
                self._unacked_to_sweep = False
                self._drained = False
            if self.broker.left_behind(self.queue_name):
                # A consumer before this one left messages unacked: back in the queue first.
                self.broker.put_back(self.queue_name)
                self._drained = False
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
        """How long an idle consumer waits now: its idle wait (the ceiling once the worker is
        shutting down), or less when a delayed message it holds is due sooner (Dramatiq's
        consumer thread moves it once this returns)."""
        longest = self.ceiling_s if self._shutting_down else self.idle_wait_s
        with self._etas_lock:
            due = min(self._etas.values(), default=None)
        if due is None:
            return longest
        return max(0.0, min(longest, (due - current_millis()) / 1000))

    _shutting_down = False

    def wake_for_shutdown(self) -> None:
        """End the current wait (the fetch behind it still runs, its messages handled as
        Dramatiq's shutdown handles any), and wait no longer than the ceiling from now on."""
        self._shutting_down = True
        try:
            pipe = self.broker.client.pipeline(transaction=False)
            pipe.lpush(self.wake_key, 1)
            pipe.expire(self.wake_key, BELL_TTL_S)
            pipe.execute()
        except redis.RedisError:
            pass  # the wait ends at its ceiling, or with the connection

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
        pipe.blpop([self.bell, self.wake_key], timeout=round(wait, 3))
        pipe.evalsha(script.sha, 1, self.broker.namespace, *args)
        rang, fetched = pipe.execute(raise_on_error=False)
        if isinstance(rang, Exception):
            raise rang
        if rang is not None and rang[0] != self.wake_key.encode():
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
                self._etas[message.options["redis_message_id"]] = eta

    def _settled(self, messages: list[MessageProxy]) -> None:
        with self._etas_lock:
            for message in messages:
                self._etas.pop(message.options.get("redis_message_id"), None)
        self._room.set()

    def ack(self, message: MessageProxy) -> None:
        try:
            super().ack(message)
        finally:
            self._settled([message])

    def nack(self, message: MessageProxy) -> None:
        try:
            super().nack(message)
        finally:
            self._settled([message])

    def requeue(self, messages: Any) -> None:
        messages = list(messages)
        try:
            super().requeue(messages)
        finally:
            self._settled(messages)

    def _never_handed_on(self) -> set[str]:
        """The Redis ids of the messages this consumer took and nobody will ack: fetched and
        not yet given to the consumer thread, or held delayed and neither moved nor put back
        (what a worker thread runs is acked through the consumer thread's next consumer)."""
        with self._etas_lock:
            ids = set(self._etas)
            self._etas.clear()
        for data in self.message_cache:
            if data is not None:
                ids.add(Message.decode(data).options["redis_message_id"])
        self.message_cache = []
        return ids

    def close(self) -> None:
        self.closed = True
        try:
            super().close()
        finally:
            self.listener.close()
            self.listener.connection_pool.disconnect()
            try:
                self.broker.put_back(self.queue_name, self._never_handed_on())
            except redis.RedisError as exc:
                self.logger.warning("Cannot put back %r's unacked messages yet: %s", self.bell, exc)
