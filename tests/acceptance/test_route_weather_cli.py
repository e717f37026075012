"""``stillontime route plan`` and ``stillontime weather refresh`` as real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from datetime import date, timedelta

from tests.conftest import REPO
from tests.support import rows


def cli(service_env, *args):
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=service_env, cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_plan_on_request_and_refresh(conn, service_env) -> None:
    user_id = rows.add_user(conn)
    schedule_id = rows.add_shooting_day(
        conn, user_id, shooting_date=date.today() + timedelta(days=1)
    )
    first = cli(service_env, "route", "plan", str(schedule_id))
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout.splitlines()[-1])["action"] == "insert"
    # The user's buffers change: asked again, the plan is a new revision
    conn.execute("UPDATE user_configs SET buffer_traffic = 40 WHERE user_id = %s", (user_id,))
    second = cli(service_env, "route", "plan", str(schedule_id))
    assert json.loads(second.stdout.splitlines()[-1]) == {
        "action": "update", "revision": 2, "reason": None,
    }  # fmt: skip
    plan = conn.execute(
        "SELECT provider, buffers FROM route_plans WHERE schedule_id = %s", (schedule_id,)
    ).fetchone()
    assert (plan["provider"], plan["buffers"]["traffic"]) == ("offline", 40)
    assert cli(service_env, "route", "plan", str(uuid.uuid4())).returncode == 1
    refresh = cli(service_env, "weather", "refresh")
    assert refresh.returncode == 0, refresh.stderr
    assert json.loads(refresh.stdout.splitlines()[-1])["due"] == 0
