"""deploy/: every service the compose file and systemd units start is a real command, every
long-running one has a health check, and the health check tells a live loop from a dead one."""

from __future__ import annotations

import configparser
import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import REPO
from tests.support.waiting import wait_for

DEPLOY = REPO / "deploy"
SERVICES = {"postgres", "redis", "migrate", "dispatcher", "worker", "poller", "scheduler"}
SERVICES |= {"metrics", "prometheus", "grafana"}


def stillontime(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def test_compose_runs_every_service_with_a_health_check() -> None:
    services = compose()["services"]
    assert set(services) >= SERVICES
    for name, service in services.items():
        if name != "migrate":  # runs once and exits
            assert "healthcheck" in service, name


def test_every_command_deploy_starts_is_one_the_cli_knows() -> None:
    commands = [
        s["command"][1:]
        for s in compose()["services"].values()
        if s.get("command", [""])[0] == "stillontime"
    ]
    commands += [
        s["healthcheck"]["test"][2:]
        for s in compose()["services"].values()
        if s.get("healthcheck", {}).get("test", ["", ""])[1] == "stillontime"
    ]
    for unit in sorted((DEPLOY / "systemd").glob("*.service")):
        parser = configparser.ConfigParser(strict=False, interpolation=None)
        parser.read(unit)
        exec_start = shlex.split(parser["Service"]["ExecStart"])
        assert exec_start[0].endswith("/stillontime"), unit.name
        commands.append(exec_start[1:])
    assert len(commands) >= 10
    for args in commands:
        checked = stillontime(dict(os.environ), *args, "--help")
        assert checked.returncode == 0, (args, checked.stderr)


def test_health_follows_the_dispatcher_loop(start_service, service_env, tmp_path: Path) -> None:
    env = {**service_env, "STILLONTIME_HOME": str(tmp_path / "home")}
    assert stillontime(env, "health", "dispatcher").returncode == 1  # never ran here
    dispatcher = start_service("dispatcher", env=env)
    wait_for(lambda: stillontime(env, "health", "dispatcher").returncode == 0, timeout=60)
    os.kill(dispatcher.pid, signal.SIGKILL)
    dispatcher.wait()
    # A dead loop's heartbeat ages: once past the allowance, the check fails.
    wait_for(
        lambda: stillontime(env, "health", "dispatcher", "--max-age", "1").returncode == 1,
        timeout=60,
    )
    unknown = stillontime(env, "health", "nonsense")
    assert unknown.returncode == 2 and "unknown service" in unknown.stderr
