"""Benchmark: call sheets planned end to end per second, by worker processes and backlog size.

A backlog of N call sheets (one shooting day each, our own generated sheets) is ingested through
the local inbox before any service runs, so N ``email_received`` events wait in the outbox. Then
the real dispatcher, scheduler and W worker processes start, with the offline providers (route,
weather, .ics calendar, local notification channel), and the run ends when every schedule has
its notification sent (or, for stages not installed, when the outbox and deliveries are empty).
It also counts the deliveries (one Dramatiq message per routed actor, ``event_deliveries``) per
sheet, by actor: the cost of the event routing (each stage's stage.py, collected by
pipeline/outbox/routing.py); and the copies the scheduler's stale-delivery sweep sent again
(``event_deliveries.redeliveries``: a deep backlog outlasting STILLONTIME_REDELIVER_AFTER_S).

Beside it, in the same run, the floor: the extractor alone on the same PDF, in one process, no
database, no queue (``extract_document`` per sheet) - the part no pipeline can avoid. Peak RSS
of every service process is sampled with psutil. "Cost per schedule" is the wall time of each
tenth of the backlog divided by its size: flat means the backlog's size does not slow it.

What a sheet pays, counted in the run's own scratch database: transactions committed or rolled
back (``pg_stat_database``, read once every service has stopped, less the bench's own
progress queries), outbox rows (``events``) and audit rows; and CPU seconds per sheet by
process (each service and its children, and the PostgreSQL backends of the run's database):
on a machine with fewer cores than processes, the CPU a sheet costs is what bounds the rate.

Run: ``python bench/pipeline_throughput.py --sheets 1000 --workers 1 2`` from the repository
root (DATABASE_URL/REDIS_URL, or the embedded servers). Creates and drops a scratch database.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import psutil
import psycopg
from psycopg.rows import dict_row

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import db  # noqa: E402
from pipeline.accounts import create_user  # noqa: E402
from pipeline.app.demo import sample_callsheet  # noqa: E402
from pipeline.db.embedded import ServiceUrls  # noqa: E402
from pipeline.db.migrate import migrate  # noqa: E402
from pipeline.extract import extract_document  # noqa: E402
from pipeline.ingest import store as ingest_store  # noqa: E402
from pipeline.ingest.local import ingest_path  # noqa: E402
from pipeline.runtime.supervisor import Supervisor, service_commands  # noqa: E402
from tests.conftest import with_dbname  # noqa: E402

OFFLINE = {
    "STILLONTIME_ROUTE_PROVIDER": "offline",
    "STILLONTIME_WEATHER_PROVIDER": "offline",
    "STILLONTIME_CALENDAR_PROVIDER": "ics",
    "STILLONTIME_NOTIFY_CHANNELS": "local",
    "STILLONTIME_LOG_LEVEL": "WARNING",
}

PROGRESS = """
SELECT (SELECT count(*) FROM processed_emails WHERE processing_status = 'completed') AS emails,
       (SELECT count(*) FROM notifications WHERE status = 'sent') AS sent,
       (SELECT count(*) FROM events WHERE dispatched_at IS NULL) AS undispatched,
       (SELECT count(*) FROM event_deliveries WHERE status IN ('enqueued', 'retrying')) AS open
"""

# Every delivery of the run, by actor (the run's database holds nothing else).
DELIVERIES = """
SELECT actor_name, count(*) AS n FROM event_deliveries GROUP BY actor_name ORDER BY actor_name
"""

# Deliveries the scheduler's stale-delivery sweep sent again (pipeline/outbox/redelivery.py):
# each a second Dramatiq message for a delivery, not a second row.
REDELIVERIES = "SELECT coalesce(sum(redeliveries), 0) AS n FROM event_deliveries"

# Transactions of the run's database, and its outbox and audit rows.
XACTS = """
SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()
"""
ROWS = "SELECT (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM audit_log) AS audit"
BACKENDS = """
SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
"""

# One schedule's path: each event, how long it waited for the dispatcher, and each actor's run
# (from the send to the end of the delivery: on an idle pipeline, the actor's own time).
PATH = """
SELECT e.kind, d.actor_name,
       extract(epoch FROM e.dispatched_at - e.created_at) * 1000 AS dispatch_ms,
       extract(epoch FROM d.finished_at - d.enqueued_at) * 1000 AS actor_ms,
       extract(epoch FROM d.finished_at - first.at) * 1000 AS done_at_ms
  FROM events e
  JOIN event_deliveries d ON d.event_id = e.id
 CROSS JOIN (SELECT min(created_at) AS at FROM events WHERE id > %(since)s) first
 WHERE e.id > %(since)s
 ORDER BY d.finished_at
"""


def floor_per_sheet(pdf: bytes, repeats: int = 20) -> float:
    started = time.perf_counter()
    for _ in range(repeats):
        extract_document(pdf)
    return (time.perf_counter() - started) / repeats


# The same sheets read as the worker reads them: by a reader child of the sandbox's forkserver
# (extract/reader/sandbox.py; one per thread, reused, where the tree has ``close_reader``), the
# one process the worker waits for. Run with ``python -c`` so that no child imports this script
# as its main module. Printed: wall ms per sheet, and the CPU ms of the children (the
# forkserver's, which reaps them, before and after; the reused child is ended first).
SANDBOX_FLOOR = """
import resource, sys, time
from datetime import date, timedelta
import psutil
from pipeline.app.demo import sample_callsheet
from pipeline.extract.reader import sandbox
pdfs = [sample_callsheet(date.today() + timedelta(days=1 + i), f"0{6 + i % 3}:30")
        for i in range(int(sys.argv[1]) + 1)]
close = getattr(sandbox, "close_reader", lambda: None)
sandbox.read_isolated(pdfs[0])  # starts the forkserver
close()
server = [p for p in psutil.Process().children() if "forkserver" in " ".join(p.cmdline())][0]
def cpu():
    t = server.cpu_times()
    return t.children_user + t.children_system
before, started = cpu(), time.perf_counter()
for pdf in pdfs[1:]:
    sandbox.read_isolated(pdf)
close()
n = len(pdfs) - 1
print((time.perf_counter() - started) / n * 1000, (cpu() - before) / n * 1000)
"""


def sandbox_floor(repeats: int = 20) -> tuple[float, float]:
    """Wall and child CPU ms per sheet of the sheets read in sandbox children."""
    out = subprocess.run([sys.executable, "-c", SANDBOX_FLOOR, str(repeats)], cwd=ROOT,
                         capture_output=True, text=True, check=True)  # fmt: skip
    wall, cpu = out.stdout.split()[-2:]
    return float(wall), float(cpu)


# A backlog is one shooting day a day for a year, then the same year for another production:
# a date more than 400 days ahead goes to review (reader/sanity.py), so a longer run of dates
# would measure reviews, not plans; (user, production, date) stays one schedule each.
YEAR = 360
TITLES = [
    f"THE {a} {b}"
    for b in ("ACRE", "ROAD", "FIELD", "HARBOUR", "BRIDGE", "TOWER")
    for a in ("LONG", "NARROW", "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN")
]


def make_backlog(folder: Path, sheets: int) -> None:
    first = date.today() + timedelta(days=1)
    for i in range(sheets):
        day, title = first + timedelta(days=i % YEAR), TITLES[i // YEAR % len(TITLES)]
        pdf = sample_callsheet(day, f"0{6 + i % 3}:30", title=title)
        (folder / f"day-{i:05}.pdf").write_bytes(pdf)


def run(urls: ServiceUrls, sheets: int, workers: int, notify: bool) -> dict:
    name = f"sot_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(urls.database_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = with_dbname(urls.database_url, name)
    try:
        migrate(url)
        run_urls = ServiceUrls(url, urls.redis_url, False, False)
        db.use_urls(run_urls)
        with tempfile.TemporaryDirectory() as tmp:
            home, inbox = Path(tmp) / "home", Path(tmp) / "inbox"
            inbox.mkdir()
            os.environ.update({**OFFLINE, "STILLONTIME_HOME": str(home),
                               "STILLONTIME_REDIS_NAMESPACE": name})  # fmt: skip
            make_backlog(inbox, sheets)
            with db.connect(autocommit=True) as conn:
                user_id = create_user(conn, "bench@example.com",
                                      home_address="ul. Prosta 1, 00-838 Warszawa",
                                      timezone="Europe/Warsaw")  # fmt: skip
                filters = ingest_store.get_filters(conn, user_id)
            ingest_path(inbox, user_id, filters)
            return _drive(run_urls, url, sheets, workers, notify)
    finally:
        db.use_urls(None)
        db.close_pool()
        with psycopg.connect(urls.database_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _drive(urls: ServiceUrls, url: str, sheets: int, workers: int, notify: bool) -> dict:
    import threading

    stop = threading.Event()
    supervisor = Supervisor(service_commands(["--processes", str(workers)]), urls)
    runner = threading.Thread(target=supervisor.run, args=(stop,))
    db.close_pool()  # its backends report their transactions as they end, before the count
    time.sleep(1.0)
    with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
        xacts_before = conn.execute(XACTS).fetchone()["n"]
        rows_before = conn.execute(ROWS).fetchone()
    own_xacts = 0  # the bench's own queries below, each one transaction
    started = time.perf_counter()
    runner.start()
    try:
        marks: list[float] = []  # time when each tenth of the backlog was done
        peak: dict[str, int] = {}
        cpu: dict[tuple[str, int], float] = {}  # (label, pid) -> CPU seconds, last seen
        # a reader child (the sandbox's forkserver's) that ended counts in the forkserver's
        # children times once reaped, so its own last-seen time is dropped at the end
        readers: set[tuple[str, int]] = set()
        seen: set[tuple[str, int]] = set()
        me = psutil.Process()
        with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
            while True:
                time.sleep(0.2)
                seen = set()
                for child in me.children(recursive=True):
                    try:
                        label = _label(child, me)
                        peak[label] = max(peak.get(label, 0), child.memory_info().rss)
                        cpu[label, child.pid] = _cpu_s(child)
                        seen.add((label, child.pid))
                        if "forkserver" in " ".join(child.parent().cmdline()):
                            readers.add((label, child.pid))
                    except psutil.Error:
                        continue
                for row in conn.execute(BACKENDS).fetchall():
                    try:
                        cpu["postgres backends", row["pid"]] = _cpu_s(psutil.Process(row["pid"]))
                    except psutil.Error:
                        continue
                p = conn.execute(PROGRESS).fetchone()
                own_xacts += 2
                done = p["sent"] if notify else p["emails"]
                while len(marks) < 10 and done >= sheets * (len(marks) + 1) // 10:
                    marks.append(time.perf_counter() - started)
                if done >= sheets and p["undispatched"] == 0 and p["open"] == 0:
                    break
            elapsed = time.perf_counter() - started
            for gone in readers - seen:
                cpu.pop(gone, None)
            path = conn.execute(PATH, {"since": 0}).fetchall()
            deliveries = {r["actor_name"]: r["n"] for r in conn.execute(DELIVERIES)}
            redeliveries = conn.execute(REDELIVERIES).fetchone()["n"]
            rows = conn.execute(ROWS).fetchone()
            own_xacts += 4
    finally:
        stop.set()  # never leave the services running, even if the run fails
        runner.join()
    with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
        # every service has stopped, so every backend has reported its counts
        time.sleep(1.0)
        conn.execute("SELECT pg_stat_clear_snapshot()")
        xacts = conn.execute(XACTS).fetchone()["n"] - xacts_before - own_xacts - 1
    cpu_by: dict[str, float] = {}
    for (label, _), seconds in cpu.items():
        cpu_by[label] = cpu_by.get(label, 0.0) + seconds
    tenths = [b - a for a, b in zip([0.0, *marks[:-1]], marks, strict=True)]
    per = [t / (sheets / 10) * 1000 for t in tenths]
    return {
        "elapsed": elapsed, "rate": sheets / elapsed, "per_tenth_ms": per, "peak": peak,
        "path": path, "deliveries": deliveries, "redeliveries": redeliveries,
        "xacts": xacts, "cpu": cpu_by,
        "events": rows["events"] - rows_before["events"],
        "audit": rows["audit"] - rows_before["audit"],
    }  # fmt: skip


def _cpu_s(proc: psutil.Process) -> float:
    # with the children it has waited for: the extract sandbox's readers, each a short child
    times = proc.cpu_times()
    return times.user + times.system + times.children_user + times.children_system


def _label(proc: psutil.Process, me: psutil.Process) -> str:
    """The service a process belongs to (``worker``), and ``child`` for the processes it
    started (Dramatiq's worker processes, which share their parent's command line)."""
    depth, at = 0, proc
    while at.parent() and at.parent().pid != me.pid:
        depth, at = depth + 1, at.parent()
    argv = at.cmdline()
    role = argv[3] if argv[1:3] == ["-m", "pipeline"] and len(argv) > 3 else " ".join(argv[:2])
    return role + " child" * min(depth, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sheets", type=int, nargs="+", default=[1000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--profile", action="store_true", help="one sheet's path, stage by stage")
    args = parser.parse_args()
    urls = db.service_urls()
    notify = (ROOT / "pipeline/notify/actors.py").exists()
    pdf = sample_callsheet(date.today() + timedelta(days=1))
    floor = floor_per_sheet(pdf)
    print(f"floor: extract_document alone {floor * 1000:.1f} ms/sheet = {1 / floor:.1f} sheets/s"
          " per process")  # fmt: skip
    wall, cpu = sandbox_floor()
    print(f"the same reading in the sandbox's reader children (other sheets): "
          f"{wall:.1f} ms/sheet, {cpu:.1f} ms CPU in the child")  # fmt: skip
    print(f"end point: {'notification sent' if notify else 'email completed'}")
    if args.profile:
        profile(urls, notify)
        return
    for sheets in args.sheets:
        for workers in args.workers:
            r = run(urls, sheets, workers, notify)
            steady = r["per_tenth_ms"][1:]  # the first tenth also pays for the services' start
            flat = statistics.pstdev(steady) / statistics.mean(steady)
            print(f"\n{sheets} sheets, {workers} worker process(es): {r['elapsed']:.1f} s, "
                  f"{r['rate']:.1f} sheets/s ({r['rate'] * floor / workers:.0%} of the floor "
                  f"x {workers})")  # fmt: skip
            print("  ms per sheet by tenth of the backlog: "
                  + " ".join(f"{x:.0f}" for x in r["per_tenth_ms"])
                  + f"  (spread after the first: {flat:.0%})")  # fmt: skip
            print(f"  ms per sheet: {1000 / r['rate']:.0f}")
            print(f"  deliveries per sheet: {sum(r['deliveries'].values()) / sheets:.2f} ("
                  + ", ".join(f"{a} {n / sheets:.2f}" for a, n in r["deliveries"].items())
                  + ")")  # fmt: skip
            print(f"  sent again by the stale-delivery sweep: {r['redeliveries']}"
                  f" ({r['redeliveries'] / sheets:.2f} per sheet)")  # fmt: skip
            print(f"  per sheet: {r['xacts'] / sheets:.1f} transactions, {r['events'] / sheets:.2f}"
                  f" outbox rows, {r['audit'] / sheets:.2f} audit rows")  # fmt: skip
            total = sum(r["cpu"].values())
            print(
                f"  CPU ms per sheet: {total / sheets * 1000:.1f} ("
                + ", ".join(f"{k} {v / sheets * 1000:.1f}" for k, v in sorted(r["cpu"].items()))
                + ")"
            )
            for cmd, rss in sorted(r["peak"].items()):
                print(f"  peak RSS {rss / 2**20:6.0f} MiB  {cmd}")


def profile(urls: ServiceUrls, notify: bool) -> None:
    """Where one schedule's time goes: a sheet through a warmed-up, otherwise idle pipeline."""
    import threading

    name = f"sot_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(urls.database_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = with_dbname(urls.database_url, name)
    stop = threading.Event()
    try:
        migrate(url)
        run_urls = ServiceUrls(url, urls.redis_url, False, False)
        db.use_urls(run_urls)
        with tempfile.TemporaryDirectory() as tmp:
            os.environ.update({**OFFLINE, "STILLONTIME_HOME": str(Path(tmp) / "home"),
                               "STILLONTIME_REDIS_NAMESPACE": name})  # fmt: skip
            with db.connect(autocommit=True) as conn:
                user_id = create_user(conn, "bench@example.com",
                                      home_address="ul. Prosta 1, 00-838 Warszawa",
                                      timezone="Europe/Warsaw")  # fmt: skip
                filters = ingest_store.get_filters(conn, user_id)
            supervisor = Supervisor(service_commands(["--processes", "1"]), run_urls)
            runner = threading.Thread(target=supervisor.run, args=(stop,))
            runner.start()
            with psycopg.connect(url, autocommit=True, row_factory=dict_row) as conn:
                for i in range(2):  # the first sheet warms the services up
                    sheet = Path(tmp) / f"day-{i}.pdf"
                    sheet.write_bytes(sample_callsheet(date.today() + timedelta(days=1 + i)))
                    since = conn.execute("SELECT coalesce(max(id), 0) AS n FROM events")
                    since = since.fetchone()["n"]
                    started = time.perf_counter()
                    ingest_path(sheet, user_id, filters)
                    while True:
                        time.sleep(0.05)
                        p = conn.execute(PROGRESS).fetchone()
                        done = (p["sent"] if notify else p["emails"]) > i
                        if done and not p["open"] and not p["undispatched"]:
                            break
                    elapsed = time.perf_counter() - started
                path = conn.execute(PATH, {"since": since}).fetchall()
    finally:
        stop.set()
        db.use_urls(None)
        db.close_pool()
        with psycopg.connect(urls.database_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"\none sheet on warm services, ingest to last delivery: {elapsed * 1000:.0f} ms")
    print(f"{'event':22} {'actor':26} {'dispatch ms':>11} {'actor ms':>9} {'done at ms':>10}")
    for step in path:
        print(f"{step['kind']:22} {step['actor_name']:26} {step['dispatch_ms']:>11.1f}"
              f" {step['actor_ms']:>9.1f} {step['done_at_ms']:>10.1f}")  # fmt: skip
    total = sum(float(x["actor_ms"]) for x in path)
    lag = sum(float(x["dispatch_ms"]) for x in path)
    print(f"sum of actor time {total:.0f} ms; sum of dispatch waits {lag:.0f} ms")


if __name__ == "__main__":
    main()
