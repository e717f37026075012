"""Dispatch latency: a committed status change to the start of the routed actor.

Measured in one run, on the same servers, beside
  (a) the floor: a raw LISTEN/NOTIFY round trip, and
  (b) a peer: Procrastinate's time from ``defer`` to job start.
Each sample runs from the moment the producer issues the committing statement (autocommit) to
the wall-clock time the consumer's code starts. Events are paced (``--gap-ms``) so each one
meets an idle pipeline, the case a crew member's single call sheet meets; ``--burst`` also
sends the same number back to back. ``--up-idle S`` also measures the CPU an idle
``stillontime up`` (every stage's queue, default settings) uses in S seconds, process by process,
beside the peer's idle worker; ``--compare-repo PATH`` measures another checkout (the code before a
change) the same way in the same run. ``--up-only`` measures nothing but the idle ``up`` (no
latency series, no peer), of this checkout and each ``--compare-repo`` in turn, ``--up-rounds``
times, alternating which goes first, so a moving machine load meets each checkout alike.

    python -m bench.dispatch_latency --events 1000
    python -m bench.dispatch_latency --up-only --up-idle 20 --up-rounds 2 --compare-repo /tmp/main
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import redis
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from pipeline.db.embedded import start_embedded_postgres, start_embedded_redis, stop_embedded
from pipeline.db.migrate import migrate

REPO = Path(__file__).resolve().parents[1]


def with_dbname(url: str, name: str) -> str:
    params = conninfo_to_dict(url)
    params["dbname"] = name
    return make_conninfo(**params)


@contextmanager
def scratch_database(server: str) -> Iterator[str]:
    name = f"bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield with_dbname(server, name)
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    q = statistics.quantiles(ordered, n=100, method="inclusive")
    return {
        "n": len(ordered),
        "p50": q[49],
        "p90": q[89],
        "p99": q[98],
        "max": ordered[-1],
    }


def wait_until(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.05)


# -- (a) the floor -------------------------------------------------------------------------


def measure_floor(server: str, events: int, gap_s: float) -> list[float]:
    received: dict[str, float] = {}
    ready = threading.Event()

    def listen() -> None:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute("LISTEN bench_floor")
            ready.set()
            for note in conn.notifies(timeout=gap_s * events + 30, stop_after=events):
                received[note.payload] = time.time()

    listener = threading.Thread(target=listen)
    listener.start()
    ready.wait()
    sent: dict[str, float] = {}
    with psycopg.connect(server, autocommit=True) as conn:
        for i in range(events):
            sent[str(i)] = time.time()
            conn.execute("SELECT pg_notify('bench_floor', %s)", (str(i),))
            time.sleep(gap_s)
    listener.join()
    return [(received[k] - sent[k]) * 1000 for k in sent]


# -- ours ----------------------------------------------------------------------------------


@contextmanager
def running_path(
    server: str,
    redis_url: str,
    poll_ms: int,
    *,
    repo: Path = REPO,
    actors: str = "bench.latency_actors",
    dispatcher: str = "bench.dispatcher_proc",
    extra_env: dict[str, str] | None = None,
) -> Iterator[tuple[psycopg.Connection, uuid.UUID, list[subprocess.Popen]]]:
    """A scratch database with a user, a worker process (1 process, 2 threads) and a dispatcher
    process on it, warmed up until the whole path answers; yields the producer's connection,
    the user and the processes. The processes and the run's Redis keys go at the exit."""
    namespace = f"bench-{uuid.uuid4().hex[:8]}"
    try:
        with scratch_database(server) as url:
            migrate(url)
            env = {
                **os.environ,
                "DATABASE_URL": url,
                "REDIS_URL": redis_url,
                "STILLONTIME_REDIS_NAMESPACE": namespace,
                "STILLONTIME_WORKER_POLL_MS": str(poll_ms),
                "STILLONTIME_LOG_LEVEL": "WARNING",
                "PYTHONPATH": str(repo),
                **(extra_env or {}),
            }
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(
                    "CREATE TABLE bench_starts (subject_id uuid, started float8, sent float8)"
                )
                user_id = conn.execute(
                    "INSERT INTO users (email) VALUES ('bench@example.com') RETURNING id"
                ).fetchone()[0]
                procs = [
                    subprocess.Popen(
                        [sys.executable, "-m", "pipeline", "worker", "--module", actors,
                         "--processes", "1", "--threads", "2"],
                        env=env, cwd=repo, stderr=subprocess.DEVNULL,
                    ),
                    subprocess.Popen(
                        [sys.executable, "-m", dispatcher],
                        env=env, cwd=repo, stderr=subprocess.DEVNULL,
                    ),
                ]  # fmt: skip
                try:
                    _send_emails(conn, user_id, 5, 0.1)
                    wait_until(lambda: _count(conn) >= 5, 120, "warm-up events")
                    conn.execute("TRUNCATE bench_starts")
                    yield conn, user_id, procs
                finally:
                    for proc in procs:
                        proc.terminate()
                    for proc in procs:
                        proc.wait(timeout=60)
    finally:
        client = redis.Redis.from_url(redis_url)
        keys = list(client.scan_iter(match=f"{namespace}*"))
        if keys:
            client.delete(*keys)


def measure_ours(
    server: str,
    redis_url: str,
    events: int,
    gap_s: float,
    poll_ms: int,
    burst: bool,
    idle_cpu: list[float],
    split: list[list[float]],
    repo: Path = REPO,
) -> list[float]:
    with running_path(server, redis_url, poll_ms, repo=repo) as (conn, user_id, procs):
        committed = _send_emails(conn, user_id, events, 0 if burst else gap_s)
        wait_until(lambda: _count(conn) >= events, 300, "all actors to start")
        starts, sent = {}, {}
        for subject_id, started, message_made in conn.execute(
            "SELECT subject_id, started, sent FROM bench_starts"
        ):
            starts[subject_id] = started
            sent[subject_id] = message_made
        idle_cpu.append(_idle_cpu_percent(procs[0].pid))
    if all(sent.values()):  # (a checkout before the split was recorded leaves it empty)
        split.append([(sent[k] - t) * 1000 for k, t in committed.items()])
        split.append([(starts[k] - sent[k]) * 1000 for k in committed])
    return [(starts[k] - t) * 1000 for k, t in committed.items()]


def _idle_cpu_percent(worker_pid: int, seconds: float = 5.0) -> float:
    """CPU used by the worker's process tree while nothing arrives (the cost of waiting)."""
    import psutil

    tree = [psutil.Process(worker_pid), *psutil.Process(worker_pid).children(recursive=True)]

    def used() -> float:
        return sum(sum(p.cpu_times()[:4]) for p in tree)

    before = used()
    time.sleep(seconds)
    return (used() - before) / seconds * 100


def _send_emails(
    conn: psycopg.Connection, user_id: uuid.UUID, count: int, gap_s: float
) -> dict[uuid.UUID, float]:
    committed = {}
    for _ in range(count):
        email_id = uuid.uuid4()
        t = time.time()
        conn.execute(
            "INSERT INTO processed_emails (id, user_id, message_id, subject, sender, received_at)"
            " VALUES (%s, %s, %s, 'Call sheet', 'ad@example.com', now())",
            (email_id, user_id, email_id.hex),
        )
        committed[email_id] = t
        if gap_s:
            time.sleep(gap_s)
    return committed


def _count(conn: psycopg.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM bench_starts").fetchone()[0]


# -- (b) the peer --------------------------------------------------------------------------


def measure_procrastinate(server: str, events: int, gap_s: float, burst: bool) -> list[float]:
    with scratch_database(server) as url:
        env = {**os.environ, "BENCH_PROCRASTINATE_DSN": url, "PYTHONPATH": str(REPO)}
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("CREATE TABLE bench_starts (seq int, started float8)")
        app = peer_app(url)
        task = app.tasks["record_start"]
        with app.open():
            app.schema_manager.apply_schema()
            worker = subprocess.Popen(
                [sys.executable, "-m", "procrastinate", "--app=bench.procrastinate_peer.app",
                 "worker", "--queues", "bench", "--concurrency", "2"],
                env=env, cwd=REPO, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                with psycopg.connect(url, autocommit=True) as conn:
                    for i in range(5):
                        task.defer(seq=-1 - i)
                    wait_until(lambda: _count(conn) >= 5, 120, "procrastinate warm-up")
                    conn.execute("TRUNCATE bench_starts")
                    deferred = {}
                    for i in range(events):
                        deferred[i] = time.time()
                        task.defer(seq=i)
                        if not burst:
                            time.sleep(gap_s)
                    wait_until(lambda: _count(conn) >= events, 300, "procrastinate jobs")
                    starts = dict(conn.execute("SELECT seq, started FROM bench_starts"))
            finally:
                worker.terminate()
                worker.wait(timeout=60)
    return [(starts[i] - t) * 1000 for i, t in deferred.items()]


def peer_app(url: str):
    """The peer's app, bound to ``url`` (its module reads the DSN at import)."""
    import importlib

    os.environ["BENCH_PROCRASTINATE_DSN"] = url
    from bench import procrastinate_peer

    return importlib.reload(procrastinate_peer).app


# -- an idle `stillontime up` --------------------------------------------------------------


def measure_up_idle(server: str, redis_url: str, repo: Path, seconds: float) -> dict[str, float]:
    """CPU seconds per second (percent of one core) of each process of an idle ``up``."""
    import psutil

    namespace = f"bench-{uuid.uuid4().hex[:8]}"
    home = Path(tempfile.mkdtemp(prefix="sot-up-", dir="/tmp"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("STILLONTIME_")}
    try:
        with scratch_database(server) as url:
            env |= {
                "DATABASE_URL": url,
                "REDIS_URL": redis_url,
                "STILLONTIME_HOME": str(home),
                "STILLONTIME_REDIS_NAMESPACE": namespace,
                "STILLONTIME_LOG_LEVEL": "WARNING",
                "PYTHONPATH": str(repo),
            }
            up = subprocess.Popen(
                [sys.executable, "-m", "pipeline", "up"],
                env=env, cwd=repo, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                with psycopg.connect(url, autocommit=True) as conn:
                    wait_until(lambda: _services_up(conn) >= 5, 180, "every service of `up`")
                time.sleep(5)  # past their first passes
                return _cpu_by_service(psutil.Process(up.pid), seconds)
            finally:
                up.send_signal(signal.SIGTERM)
                up.wait(timeout=90)
    finally:
        shutil.rmtree(home, ignore_errors=True)
        client = redis.Redis.from_url(redis_url)
        keys = list(client.scan_iter(match=f"{namespace}*"))
        if keys:
            client.delete(*keys)


def _services_up(conn: psycopg.Connection) -> int:
    """Service processes that have registered (dispatcher, scheduler, poller, each worker
    process); 0 while ``up`` is still migrating the database."""
    try:
        row = conn.execute("SELECT count(*) FROM service_instances WHERE stopped_at IS NULL")
        return row.fetchone()[0]
    except psycopg.errors.UndefinedTable:
        return 0


def _cpu_by_service(up, seconds: float) -> dict[str, float]:
    def role(process) -> str:
        if process.pid == up.pid:
            return "up (supervisor)"
        chain = [process, *process.parents()]
        service = next(p for p in chain if p.ppid() == up.pid)
        name = service.cmdline()[3]  # python -m pipeline <service> ...
        return name if service.pid == process.pid else f"{name} processes"

    tree = [up, *up.children(recursive=True)]
    roles = {p.pid: role(p) for p in tree}
    before = {p.pid: sum(p.cpu_times()[:4]) for p in tree}
    time.sleep(seconds)
    used: dict[str, float] = {}
    for p in tree:
        spent = sum(p.cpu_times()[:4]) - before[p.pid]
        used[roles[p.pid]] = used.get(roles[p.pid], 0.0) + spent / seconds * 100
    used["total"] = sum(used.values())
    return used


def measure_procrastinate_idle(server: str, seconds: float) -> float:
    """CPU of the peer's idle worker (1 process, --concurrency 2), percent of one core."""
    with scratch_database(server) as url:
        env = {**os.environ, "BENCH_PROCRASTINATE_DSN": url, "PYTHONPATH": str(REPO)}
        app = peer_app(url)
        with app.open():
            app.schema_manager.apply_schema()
            worker = subprocess.Popen(
                [sys.executable, "-m", "procrastinate", "--app=bench.procrastinate_peer.app",
                 "worker", "--queues", "bench", "--concurrency", "2"],
                env=env, cwd=REPO, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            try:
                time.sleep(10)  # started and listening
                return _idle_cpu_percent(worker.pid, seconds)
            finally:
                worker.terminate()
                worker.wait(timeout=60)


def up_only(seconds: float, repos: list[Path], rounds: int) -> None:
    """Each checkout's idle ``up`` in turn, ``rounds`` times, every other round in reverse."""
    with servers() as (db_url, redis_url, _version):
        results: list[tuple[int, Path, float, dict[str, float]]] = []
        for round_ in range(rounds):
            order = repos if round_ % 2 == 0 else repos[::-1]
            for repo in order:
                load = os.getloadavg()[0]
                used = measure_up_idle(db_url, redis_url, repo, seconds)
                results.append((round_ + 1, repo, load, used))
                print(f"round {round_ + 1}, {repo} (load {load:.2f}): {used['total']:.2f} %",
                      flush=True)  # fmt: skip
    names = sorted({n for *_, used in results for n in used}, key=lambda n: (n == "total", n))
    print(f"\nidle `stillontime up`, {seconds:g} s each, % of one core:")
    print(f"{'round':>5} {'checkout':28} {'load':>5} " + " ".join(f"{n[:12]:>12}" for n in names))
    for round_, repo, load, used in results:
        cells = " ".join(f"{used.get(n, 0.0):12.2f}" for n in names)
        print(f"{round_:>5} {str(repo)[-28:]:28} {load:5.2f} {cells}")


# -- the run -------------------------------------------------------------------------------


@contextmanager
def servers() -> Iterator[tuple[str, str, str]]:
    db_url, redis_url = os.environ.get("DATABASE_URL"), os.environ.get("REDIS_URL")
    home = None
    if not db_url or not redis_url:
        home = Path(tempfile.mkdtemp(prefix="sot-bench-", dir="/tmp"))
        db_url = db_url or start_embedded_postgres(home)
        redis_url = redis_url or start_embedded_redis(home)
    with psycopg.connect(db_url) as conn:
        version = conn.execute("SHOW server_version").fetchone()[0]
    try:
        yield db_url, redis_url, version
    finally:
        if home:
            stop_embedded(home)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--gap-ms", type=float, default=20.0)
    parser.add_argument("--idle-events", type=int, default=100)
    parser.add_argument("--idle-gap-ms", type=float, default=1200.0)
    parser.add_argument("--polls", default="1000,50,10", help="worker poll ceilings (ms)")
    parser.add_argument("--burst", action="store_true", help="also measure back-to-back")
    parser.add_argument(
        "--up-idle", type=float, default=0.0, metavar="S",
        help="also measure an idle `stillontime up` for S seconds (and the peer's idle worker)",
    )  # fmt: skip
    parser.add_argument(
        "--compare-repo", type=Path, action="append", default=[], metavar="PATH",
        help="another checkout (the code before a change) to measure in the same run, beside",
    )  # fmt: skip
    parser.add_argument("--compare-poll", type=int, default=50, help="its poll ceiling (ms)")
    parser.add_argument(
        "--up-only", action="store_true",
        help="measure only the idle `up` (--up-idle S, default 20 s) of each checkout, in turn",
    )  # fmt: skip
    parser.add_argument(
        "--up-rounds", type=int, default=1, help="with --up-only: rounds, alternating the order"
    )
    args = parser.parse_args()
    if args.up_only:
        up_only(args.up_idle or 20.0, [REPO, *args.compare_repo], args.up_rounds)
        return
    modes = [(f"paced {args.gap_ms:g} ms", args.events, args.gap_ms / 1000, False)]
    if args.idle_events:
        modes.append(
            (f"idle {args.idle_gap_ms:g} ms", args.idle_events, args.idle_gap_ms / 1000, False)
        )
    if args.burst:
        modes.append(("burst", args.events, 0.0, True))
    rows: list[tuple[str, dict[str, float]]] = []
    idle: list[tuple[str, float]] = []
    parts: list[tuple[str, dict[str, float], dict[str, float]]] = []
    with servers() as (db_url, redis_url, version):
        redis_version = redis.Redis.from_url(redis_url).info()["redis_version"]
        print(f"PostgreSQL {version}, Redis {redis_version}", flush=True)
        for label, events, gap, burst in modes:
            if not burst:
                floor = measure_floor(db_url, events, gap)
                rows.append((f"raw LISTEN/NOTIFY (floor), {label}", percentiles(floor)))
            for poll in [int(p) for p in args.polls.split(",")]:
                cpu: list[float] = []
                split: list[list[float]] = []
                samples = measure_ours(db_url, redis_url, events, gap, poll, burst, cpu, split)
                rows.append((f"StillOnTime, worker poll {poll} ms, {label}", percentiles(samples)))
                idle.append((f"poll {poll} ms", cpu[0]))
                if split:
                    parts.append((f"poll {poll} ms, {label}", *map(percentiles, split)))
            for repo in args.compare_repo:
                cpu = []
                samples = measure_ours(
                    db_url, redis_url, events, gap, args.compare_poll, burst, cpu, [], repo
                )
                name = f"{repo.name}, worker poll {args.compare_poll} ms"
                rows.append((f"{name}, {label}", percentiles(samples)))
                idle.append((name, cpu[0]))
            samples = measure_procrastinate(db_url, events, gap, burst)
            rows.append((f"Procrastinate 3 (peer), {label}", percentiles(samples)))
            print(f"done: {label}", flush=True)
        ups = []
        if args.up_idle:
            for repo in [REPO, *args.compare_repo]:
                ups.append((repo, measure_up_idle(db_url, redis_url, repo, args.up_idle)))
            peer_idle = measure_procrastinate_idle(db_url, args.up_idle)
    print(f"\n{'path':58} {'n':>5} {'p50 ms':>8} {'p90 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name, p in rows:
        print(
            f"{name:58} {p['n']:>5} {p['p50']:8.2f} {p['p90']:8.2f} {p['p99']:8.2f} {p['max']:8.2f}"
        )
    print("\nwhere ours goes, p50 / p99 ms: commit -> dispatcher's message | message -> actor")
    for name, dispatcher, hop in parts:
        print(
            f"  {name:36} {dispatcher['p50']:7.2f} / {dispatcher['p99']:7.2f} |"
            f" {hop['p50']:7.2f} / {hop['p99']:7.2f}"
        )
    print("\nidle worker CPU after each run (1 process, 2 threads, 5 s with no messages):")
    for name, percent in idle:
        print(f"  {name}: {percent:5.1f} % of one core")
    for repo, used in ups:
        print(f"\nidle `stillontime up` of {repo} ({args.up_idle:g} s, default settings):")
        for name, percent in sorted(used.items(), key=lambda kv: kv[0] == "total"):
            print(f"  {name:28} {percent:5.2f} % of one core")
    if ups:
        print(f"\nidle Procrastinate worker (1 process, --concurrency 2): {peer_idle:5.2f} %")


if __name__ == "__main__":
    main()
