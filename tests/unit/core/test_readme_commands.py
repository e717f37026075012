"""The README's command table names every command of ``stillontime --help``, and no command
that does not exist: both lists are read when the test runs, so a command added without its row
(or a row left after its command went) fails here."""

from __future__ import annotations

import re

from pipeline.app.cli import app
from tests.conftest import REPO

_SPAN = re.compile(r"`([^`]+)`")


def cli_commands() -> set[str]:
    return set(app.list_commands(None))


def readme_table_rows() -> list[str]:
    """The first cell of each row of the README's "## Commands" table."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Commands\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return [row.split(" | ", 1)[0] for row in rows]


def readme_commands() -> tuple[set[str], set[str]]:
    """(every command a row names, the ones written as ``stillontime NAME``): in
    "`stillontime dispatcher` / `worker` / `scheduler`" the row names all three."""
    named: set[str] = set()
    spelled: set[str] = set()
    for cell in readme_table_rows():
        for span in _SPAN.findall(cell):
            words = span.split()
            if words[0] == "stillontime":
                spelled.add(words[1])
                named.add(words[1])
            else:
                named.add(words[0])
    return named, spelled


def test_every_command_of_the_help_has_a_row_in_the_readme() -> None:
    named, _ = readme_commands()
    assert sorted(cli_commands() - named) == []


def test_the_readme_table_names_no_command_that_does_not_exist() -> None:
    _, spelled = readme_commands()
    assert "doctor" in spelled and "up" in spelled
    assert sorted(spelled - cli_commands()) == []
