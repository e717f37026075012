"""The stage registry: the core builds what it runs from the stages' declarations."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from pipeline import events
from pipeline.outbox.routing import ROUTES, Route, build_routes
from pipeline.runtime.scheduler import default_jobs
from pipeline.runtime.stage import Stage, resolve
from pipeline.runtime.stages import STAGE_MODULES, load_stages, stages
from tests.conftest import REPO

WITH_TOY = (*STAGE_MODULES, "tests.support.toy_stage")


def test_every_registered_stage_declares_itself_under_its_folder_name() -> None:
    loaded = stages()
    assert [s.name for s in loaded] == [m.split(".")[1] for m in STAGE_MODULES]
    for stage in loaded:
        assert all(m.startswith(f"pipeline.{stage.name}.") for m in stage.actor_modules)
        for path in stage.before_fork:
            assert path.startswith(f"pipeline.{stage.name}.") and callable(resolve(path))


def test_the_dispatcher_routes_are_the_stages_routes() -> None:
    declared = {(k, a) for s in stages() for k, names in s.routes.items() for a in names}
    built = {(k, r.actor_name) for k, routes in ROUTES.items() for r in routes}
    assert built == declared
    assert ROUTES[events.EMAIL_RECEIVED] == (Route("extract.extract_email", "extract"),)


def test_a_new_stage_is_collected_from_the_registry_alone() -> None:
    # Given the registry plus one line naming a toy stage that no core module knows
    loaded = load_stages((*STAGE_MODULES, "tests.support.toy_stage"))
    # When the core builds its routes
    routes = build_routes(loaded)
    # Then the toy's actors are sent their kinds, after the stages registered before it
    assert routes[events.NOTIFICATION_SENT] == (Route("toy.cheer", "toy"),)
    assert routes[events.ROUTE_PLANNED][-1] == Route("toy.play", "toy")
    assert len(routes[events.ROUTE_PLANNED]) == len(ROUTES[events.ROUTE_PLANNED]) + 1


def test_a_module_without_a_stage_or_a_name_twice_is_refused() -> None:
    with pytest.raises(TypeError, match="declares no STAGE"):
        load_stages(("pipeline.events",))
    with pytest.raises(ValueError, match="two stages are named 'toy'"):
        load_stages(("tests.support.toy_stage", "tests.support.toy_stage"))


def test_a_stage_routes_only_known_kinds_to_its_own_actors() -> None:
    with pytest.raises(ValueError, match="unknown event kind"):
        build_routes([Stage("toy", routes={"toy_happened": ("toy.play",)})])
    with pytest.raises(ValueError, match=r"routes route_planned to notify\.prepare_summary"):
        build_routes([Stage("toy", routes={events.ROUTE_PLANNED: ("notify.prepare_summary",)})])
    with pytest.raises(ValueError, match="twice"):
        build_routes([Stage("toy", routes={events.ROUTE_PLANNED: ("toy.play", "toy.play")})])
    with pytest.raises(ValueError, match="twice"):
        twice = Stage("toy", routes={events.ROUTE_PLANNED: ("toy.play",)})
        build_routes([twice, twice])


def test_the_scheduler_runs_the_core_jobs_and_each_stage_s_own() -> None:
    assert sorted(j.name for j in default_jobs()) == [
        "analyze_grown_tables",  # core
        "complete_past_days",  # calendar
        "notify_processing_errors",  # notify
        "prune_events",  # core
        "prune_instances",  # core
        "prune_notifications",  # notify (its own retention)
        "redeliver_stale",  # core
        "refresh_forecasts",  # weather
        "send_due_notifications",  # notify
    ]
    with_toy = default_jobs(load_stages((*STAGE_MODULES, "tests.support.toy_stage")))
    assert [j.name for j in with_toy][-1] == "toy_tidy"
    with pytest.raises(ValueError, match="share a name"):
        default_jobs(load_stages(("tests.support.toy_stage", "pipeline.calendar.stage")) * 2)


def test_the_command_line_lists_every_stage_s_entries() -> None:
    from pipeline.app.cli import app

    listed = app.list_commands(None)
    for stage in stages():
        assert stage.cli and all(entry.name in listed for entry in stage.cli), stage.name
    # a few as a person types them: the core's, a stage's group, a stage's top-level commands
    assert {"status", "db", "route", "notifications", "schedules", "extract", "poller"} <= set(
        listed
    )


def test_a_new_stage_s_command_line_is_mounted_from_the_registry_alone() -> None:
    from pipeline.app.cli import command_line, declared_commands

    # Given a command line of the registry plus one line naming the toy stage
    root = command_line(declared_commands(load_stages(WITH_TOY)))
    runner = CliRunner()
    # When a person asks for help and runs the toy's command
    listed = runner.invoke(root, ["--help"])
    cheered = runner.invoke(root, ["toy", "cheer", "--name", "grips"])
    # Then the toy's group is listed beside the stages' own, and its command runs
    assert listed.exit_code == 0
    assert "toy" in listed.output and "Toys." in listed.output and "route" in listed.output
    assert cheered.exit_code == 0, cheered.output
    assert cheered.output.strip() == "hooray for the grips"


def test_loading_the_registry_loads_no_stage_s_heavy_modules() -> None:
    # In a fresh interpreter: the registry and every stage.py, as the command line starts
    code = "import sys\nfrom pipeline.runtime.stages import stages\nstages()\nprint(*sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    assert "pipeline.extract.stage" in loaded and "pipeline.notify.stage" in loaded
    heavy = [
        m
        for m in loaded
        if m.split(".")[0]
        in (
            "pdfplumber",
            "pdfminer",
            "pypdfium2",
            "dramatiq",
            "typer",
            "psycopg",
            "structlog",
            "redis",
            "pydantic",
        )
        or m.startswith("pipeline.extract.reader")
        or (m.startswith("pipeline.") and m.rsplit(".", 1)[-1] in ("store", "service", "actors"))
    ]
    assert heavy == []


def test_a_declared_path_or_query_that_is_not_there_is_refused() -> None:
    with pytest.raises(ValueError, match="not a 'module:attribute' path"):
        resolve("pipeline.route.cli")
    with pytest.raises(KeyError, match="stage toy declares no query 'nothing'"):
        load_stages(("tests.support.toy_stage",))[0].query("nothing")
