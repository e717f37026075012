"""The layout's boundaries, read from the source: stages import only the core, nothing outside
the app imports the app, the core names no stage but in the registry, and pipeline/ has no
import cycle."""

from __future__ import annotations

from pathlib import Path

import pipeline
from tests.support.imports import boundary_violations, core_naming_stages, cycles, import_graph

ROOT = Path(pipeline.__file__).parent


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def test_the_pipeline_keeps_its_boundaries() -> None:
    graph = import_graph(ROOT, "pipeline")
    assert "pipeline.route.service" in graph and "pipeline.app.cli" in graph
    assert boundary_violations(graph) == []


def test_no_core_module_but_the_registry_knows_a_stage() -> None:
    assert core_naming_stages(ROOT) == []


def test_the_checker_finds_the_core_importing_or_naming_a_stage(tmp_path: Path) -> None:
    # Given a core that imports a stage's module, lazily, and names another's in strings
    root = write(
        tmp_path / "pipeline",
        {
            "__init__.py": "",
            "route/__init__.py": "",
            "route/cli.py": "",
            "weather/__init__.py": "",
            "weather/stage.py": "X = 'pipeline.weather.cli:app'\n",  # a stage may name itself
            "app/__init__.py": "",
            "app/cli.py": "def f():\n    from pipeline.route import cli\n",
            "app/demo.py": "MOUNT = 'pipeline.route.cli:app'\nDOC = 'see pipeline/weather/x'\n",
            "runtime/__init__.py": "",
            "runtime/stages.py": "STAGE_MODULES = ('pipeline.route.stage',)\n",  # the registry
            "runtime/routes.py": "NOTE = 'the route stage, pipeline.routes'\n",  # no stage
        },
    )
    # When the checker reads it, then each naming is found, and none in the registry or a stage
    assert core_naming_stages(root) == [
        "pipeline.app.cli imports pipeline.route.cli: only the registry knows the stages",
        "pipeline.app.demo names pipeline.route: only the registry knows the stages",
        "pipeline.app.demo names pipeline/weather: only the registry knows the stages",
    ]


def test_the_pipeline_has_no_import_cycle() -> None:
    assert cycles(import_graph(ROOT, "pipeline")) == []


def test_the_checker_finds_a_stage_importing_another_stage_or_the_app(tmp_path: Path) -> None:
    # Given a tree where weather imports route's logic (absolute and relative) and the app
    root = write(
        tmp_path / "pipeline",
        {
            "__init__.py": "",
            "events.py": "",
            "app/__init__.py": "",
            "app/cli.py": "from pipeline.weather import service\n",
            "route/__init__.py": "",
            "route/logic.py": "from pipeline import events\n",
            "weather/__init__.py": "",
            "weather/service.py": "from pipeline.route.logic import x\nfrom ..app import cli\n",
            "weather/refresh.py": "def f():\n    from pipeline.route import logic\n",
        },
    )
    # When the checker reads it
    found = boundary_violations(import_graph(root, "pipeline"))
    # Then each crossing is named, and the app importing a stage is not one
    assert found == [
        "pipeline.weather.refresh imports pipeline.route.logic: a stage imports another stage",
        "pipeline.weather.service imports pipeline.app.cli: only the app imports the app",
        "pipeline.weather.service imports pipeline.route.logic: a stage imports another stage",
    ]


def test_the_checker_finds_the_core_importing_the_app_but_not_the_entry_point(
    tmp_path: Path,
) -> None:
    root = write(
        tmp_path / "pipeline",
        {
            "__init__.py": "",
            "__main__.py": "from pipeline.app.cli import main\n",
            "app/__init__.py": "",
            "app/cli.py": "",
            "runtime/__init__.py": "",
            "runtime/workers.py": "import pipeline.app.cli\n",
            "runtime/typed.py": "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from pipeline.app import cli\n",
        },
    )
    assert boundary_violations(import_graph(root, "pipeline")) == [
        "pipeline.runtime.workers imports pipeline.app.cli: only the app imports the app"
    ]


def test_the_checker_finds_a_cycle_even_through_a_lazy_import(tmp_path: Path) -> None:
    root = write(
        tmp_path / "pipeline",
        {
            "__init__.py": "",
            "extract/__init__.py": "from pipeline.extract.reader import read\n",
            "extract/reader/__init__.py": "",
            "extract/reader/read.py": "from pipeline.extract.reader import child\n",
            "extract/reader/child.py": "def run():\n    from pipeline.extract.reader import read\n",
        },
    )
    # A package re-exporting its modules is not a cycle; read <-> child is.
    assert cycles(import_graph(root, "pipeline")) == [
        ["pipeline.extract.reader.child", "pipeline.extract.reader.read"]
    ]
