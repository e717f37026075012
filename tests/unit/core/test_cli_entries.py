"""The command line's entries: declared by name and help, each imported only when it runs."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
import typer
from click.testing import CliRunner

from pipeline.app.cli import APP_COMMANDS, command_line, declared_commands, load
from pipeline.runtime.stage import CliCommand, resolve
from pipeline.runtime.stages import stages
from tests.conftest import REPO

ENTRIES = declared_commands(stages())


def shown_help(command) -> str:
    """The line ``--help`` shows for a loaded command: its first paragraph, on one line."""
    text = command.short_help or command.help or ""
    return " ".join(text.split("\n\n")[0].split())


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_each_entry_loads_to_a_command_with_the_help_it_declares(entry: CliCommand) -> None:
    command = load(entry)
    assert command.name == entry.name
    assert shown_help(command) == entry.help


def test_no_command_of_a_picked_app_is_left_undeclared() -> None:
    # an app whose entries are picked out of it: each of its commands must be declared, or no
    # one could run it
    declared = {entry.name for entry in ENTRIES}
    for app in {entry.app for entry in ENTRIES if entry.pick}:
        if isinstance(resolve(app), click.Command):
            continue  # a click command is its entry: nothing inside it to declare
        inside = set(typer.main.get_group(resolve(app)).commands)
        assert inside <= declared, (app, inside - declared)


def test_a_name_declared_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="declared twice: status"):
        command_line((*APP_COMMANDS, next(e for e in APP_COMMANDS if e.name == "status")))


def test_a_mistyped_command_is_told_the_declared_name_it_is_close_to() -> None:
    result = CliRunner().invoke(command_line(ENTRIES), ["sttus"])
    assert result.exit_code == 2
    assert "No such command 'sttus'. Did you mean 'status'?" in result.output


def test_help_lists_every_entry_without_importing_one() -> None:
    # In a fresh interpreter, as a person runs `stillontime --help`
    code = (
        "import sys\nfrom pipeline.app.cli import main\nsys.argv = ['stillontime', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nprint('MODULES', *sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout
    listing, modules = out.split("MODULES")
    loaded = modules.split()
    # Then every entry is listed with its help
    for entry in ENTRIES:
        assert entry.name in listing
    assert "Review, correct, confirm or cancel schedules." in listing
    # And no entry's module, nor what the entries import, was loaded
    entry_modules = {entry.app.partition(":")[0] for entry in ENTRIES}
    assert [m for m in loaded if m in entry_modules] == []
    heavy = ("psycopg", "pdfplumber", "pypdfium2", "dramatiq", "redis", "structlog", "pydantic")
    assert [m for m in loaded if m.split(".")[0] in heavy] == []
    # the root is plain click: neither typer (pydantic, rich) nor rich is loaded to list them
    assert [m for m in loaded if m.split(".")[0] in ("typer", "rich")] == []
