"""`stillontime worker` imports the actor modules before Dramatiq forks its worker processes:
what the import leaves behind is then inherited by each of them, so it must leave nothing that
a fork would share or break."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import sys, threading
from pipeline.app.services import _import_actors_before_fork
from pipeline.runtime.stages import stages
_import_actors_before_fork()
import pipeline.db.connection as connection
import pipeline.logs as logs
import psutil
me = psutil.Process()
assert all(m in sys.modules for s in stages() for m in s.actor_modules)
assert "pipeline.runtime.workers" not in sys.modules  # arms the kill-with-parent signal
assert threading.active_count() == 1, threading.enumerate()
assert not me.children(), me.children()
assert not me.net_connections(), me.net_connections()
assert connection._pool is None
assert not logs._configured  # each worker process logs through Dramatiq's pipe, set up there
assert "rich" not in sys.modules  # httpx's and structlog's imports of it: nothing a worker uses
import rich.text  # and a later import of it still works
print("ok")
"""


def test_the_import_before_the_fork_starts_nothing_a_fork_would_share() -> None:
    env = {"DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none",
           "REDIS_URL": "redis://127.0.0.1:1/0", "STILLONTIME_DATABASE_LOGIN": "worker",
           "PATH": "/usr/bin:/bin"}  # fmt: skip
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


HELPERS = """
import sys
import psutil
from pipeline.weather.service import preload
preload()
assert "timezonefinder.timezonefinder" in sys.modules
assert not [f for f in psutil.Process().open_files() if "timezonefinder" in f.path]
print("ok")
"""


def test_the_time_zone_code_is_imported_before_the_fork_and_its_map_left_closed() -> None:
    # a forked process must not share the finder's file positions: each opens the map itself
    out = subprocess.run([sys.executable, "-c", HELPERS], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


SHARED_FOR = """
from pipeline.app import services
services.resolve = lambda path: (lambda: print(path))
services._start_shared_helpers(["route", "calendar"])
print("--")
services._start_shared_helpers(None)
"""


def test_the_shared_helpers_start_only_for_the_queues_the_workers_take() -> None:
    out = subprocess.run([sys.executable, "-c", SHARED_FOR], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    served, everyone = out.stdout.split("--\n")
    assert served == ""  # neither stage declares one
    assert "pipeline.extract.reader.sandbox:share_forkserver" in everyone.split()
    assert "pipeline.weather.service:preload" in everyone.split()


CITIES = """
from pipeline.extract.reader import sun
from pipeline.runtime.stage import resolve
from pipeline.runtime.stages import stages
assert sun._city_pattern.cache_info().currsize == 0
extract = [s for s in stages() if s.name == "extract"][0]
assert "pipeline.extract.reader.sun:preload" in extract.before_fork
resolve("pipeline.extract.reader.sun:preload")()
assert sun._city_pattern.cache_info().currsize == 1  # the forked processes inherit it
assert sun._city_in("Rue de Rivoli, 75004 Paris").name == "Paris"
print("ok")
"""


def test_the_sanity_check_s_city_pattern_is_built_before_the_fork() -> None:
    out = subprocess.run([sys.executable, "-c", CITIES], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


WORKER_ORDER = """
import dramatiq.cli
from pipeline.app import services
from pipeline.db.embedded import ServiceUrls
calls = []
services._urls = lambda: ServiceUrls("postgresql://nowhere/db", "redis://nowhere/0", False, False)
services._start_shared_helpers = lambda queues: calls.append("shared helpers")
services._import_actors_before_fork = lambda: calls.append("actors")
dramatiq.cli.main = lambda args: calls.append("fork") or 0
try:
    services.worker(processes=1, threads=1, queues=None, module=None)
except SystemExit as exit:
    assert exit.code == 0, exit.code
print(" < ".join(calls))
"""


def test_the_reader_s_forkserver_starts_before_the_actors_are_imported() -> None:
    # The forkserver is a fresh interpreter that imports and warms the reader: started first,
    # it does so on another core while the worker's parent imports the actors, rather than
    # after them, on the way to the first sheet; both before Dramatiq forks.
    out = subprocess.run([sys.executable, "-c", WORKER_ORDER], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "shared helpers < actors < fork"


SCHEDULER = """
import contextlib, sys
from pipeline.app import services
import pipeline.runtime.instances as instances
import pipeline.runtime.scheduler as scheduler
services._migrated_url = lambda: None
services._log_in_as = lambda login: None
instances.running = lambda kind: contextlib.nullcontext()
scheduler.Scheduler.run_forever = lambda self, stop: print(sorted(j.name for j in self.jobs))
services.scheduler()
assert "httpx" in sys.modules  # the weather's refresh job calls out through it
assert "rich" not in sys.modules  # httpx's and structlog's imports of it: nothing it uses
import rich.text  # and a later import of it still works
print("ok")
"""


def test_the_scheduler_imports_its_jobs_without_rich() -> None:
    out = subprocess.run([sys.executable, "-c", SCHEDULER], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "refresh_forecasts" in out.stdout
    assert out.stdout.split()[-1] == "ok"
