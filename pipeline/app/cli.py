"""The ``stillontime`` command line: the app's commands and each stage's, imported on use.

Every entry is declared by name, ``"module:attribute"`` and its help line (the app's below, each
stage's in its stage.py), so ``stillontime --help`` imports none of them and a command imports
only its own module: a person or a script running one command pays for that command alone.

The root group is plain click. An entry is a click command (``status`` and ``extract``, which
must start at once) or a typer app, imported with typer only when that entry runs: typer
converts every parameter with pydantic and draws its help with rich, which a command that
starts at once cannot pay for.
"""

from __future__ import annotations

from collections.abc import Iterator, MutableMapping, Sequence
from typing import Any

import click

from pipeline.runtime.stage import CliCommand, Stage, resolve
from pipeline.runtime.stages import stages

_SERVICES = "pipeline.app.services:app"
# The app's own entries, before the stages' (as ``stillontime --help`` lists them).
APP_COMMANDS: tuple[CliCommand, ...] = (
    CliCommand(
        "health",
        _SERVICES,
        "Exit 0 if SERVICE on this host completed a pass recently (for health checks).",
        pick=True,
    ),
    CliCommand(
        "dispatcher", _SERVICES, "Run the dispatcher: outbox events to Dramatiq actors.", pick=True
    ),
    CliCommand("worker", _SERVICES, "Run Dramatiq workers for every stage's actors.", pick=True),
    CliCommand(
        "scheduler",
        _SERVICES,
        "Run the periodic scheduler (redelivery of lost messages; stage jobs).",
        pick=True,
    ),
    CliCommand(
        "up",
        _SERVICES,
        "Run dispatcher, workers and scheduler on this machine until SIGINT/SIGTERM.",
        pick=True,
    ),
    CliCommand(
        "metrics",
        _SERVICES,
        "Serve the pipeline's Prometheus metrics (read from the database at each scrape).",
        pick=True,
    ),
    CliCommand(
        "dashboard",
        _SERVICES,
        "Serve a web page of the pipeline: counts, outbox, queues, dead letters, processes, days.",
        pick=True,
    ),
    CliCommand(
        "demo",
        _SERVICES,
        "Run one call sheet through the whole pipeline on the embedded default and print the day.",
        pick=True,
    ),
    CliCommand(
        "status",
        "pipeline.app.status_view:status",
        "Counts per stage and status, the oldest undispatched event, dead letters, failures.",
    ),
    CliCommand(
        "doctor",
        "pipeline.app.doctor:app",
        "Check this install: servers, migrations, Tesseract, Google grants, channels, services.",
        pick=True,
    ),
    CliCommand("db", "pipeline.app.admin:db_app", "The database schema."),
    CliCommand("events", "pipeline.app.admin:events_app", "The event outbox and dead letters."),
    CliCommand("services", "pipeline.app.admin:services_app", "The embedded PostgreSQL and Redis."),
)


def load(entry: CliCommand) -> Any:
    """The command of ``entry``, its module imported now: a click command as it is, or out of
    a typer app (typer's own command or group, run by ``TyperEntry``)."""
    found = resolve(entry.app)
    if isinstance(found, click.Command):
        return found
    import typer

    group = typer.main.get_group(found)
    if not entry.pick:
        group.name = entry.name
        return group
    if entry.name not in group.commands:
        raise LookupError(f"{entry.app} has no command {entry.name!r}")
    return group.commands[entry.name]


class TyperEntry(click.Command):
    """An entry that is a typer command or group: its arguments (``--help`` too) handed over
    whole to typer, which parses them, reports its own errors and exits."""

    def __init__(self, name: str, command: Any) -> None:
        super().__init__(
            name,
            help=command.help,
            short_help=command.short_help,
            add_help_option=False,
            context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
        )
        self.command = command

    def invoke(self, ctx: click.Context) -> Any:
        return self.command.main(args=[*ctx.args], prog_name=ctx.command_path, standalone_mode=True)


class _Entries(MutableMapping[str, Any]):
    """The group's commands by name: each loaded on first use; while the group's own help is
    drawn (``listing``), a stand-in with the declared help line."""

    def __init__(self, declared: Sequence[CliCommand]) -> None:
        self.declared = {entry.name: entry for entry in declared}
        self.loaded: dict[str, Any] = {}
        self.listing = False

    def __getitem__(self, name: str) -> Any:
        if name not in self.loaded:
            entry = self.declared[name]  # KeyError: no such command
            if self.listing:
                return click.Command(name, help=entry.help, short_help=entry.help)
            command = load(entry)
            if not isinstance(command, click.Command):
                command = TyperEntry(name, command)
            self.loaded[name] = command
        return self.loaded[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self.loaded[name] = command

    def __delitem__(self, name: str) -> None:
        self.loaded.pop(name, None)
        self.declared.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        yield from self.declared
        yield from (name for name in self.loaded if name not in self.declared)

    def __len__(self) -> int:
        return len(set(self.declared) | set(self.loaded))


class LazyGroup(click.Group):
    """A click group whose entries are declared (``declared``) and imported when used."""

    def __init__(self, declared: Sequence[CliCommand], **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = _Entries(declared)  # type: ignore[assignment]

    def list_commands(self, ctx: Any) -> list[str]:
        return list(self.commands)  # declared order, as the entries are listed in the code

    def format_help(self, ctx: Any, formatter: Any) -> None:
        entries: _Entries = self.commands  # type: ignore[assignment]
        entries.listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            entries.listing = False

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError as exc:
            # A mistyped name is told the declared names it is close to, as click 8.4 and
            # later do themselves (NoSuchCommand.possibilities), and typer did before them
            import difflib

            told = getattr(exc, "possibilities", None)
            close = difflib.get_close_matches(args[0], list(self.commands)) if args else []
            if close and not told:
                exc.message = (
                    f"{exc.message.rstrip('.')}. Did you mean "
                    f"{', '.join(repr(name) for name in close)}?"
                )
            raise


def command_line(entries: Sequence[CliCommand]) -> LazyGroup:
    """The ``stillontime`` group of these entries (refusing a name declared twice)."""
    names = [entry.name for entry in entries]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ValueError(f"command names declared twice: {', '.join(twice)}")
    return LazyGroup(
        tuple(entries),
        name="stillontime",
        no_args_is_help=True,
        help="StillOnTime: call-sheet emails to a planned shooting day. The services and their"
        " tools.",
        context_settings={"help_option_names": ["--help"]},
    )


def declared_commands(registered: Sequence[Stage]) -> tuple[CliCommand, ...]:
    """The app's entries, then each stage's as its stage.py declares them."""
    return APP_COMMANDS + tuple(entry for stage in registered for entry in stage.cli)


app = command_line(declared_commands(stages()))


def main() -> None:
    """Entry point of the ``stillontime`` console script."""
    import os

    # Commands log in as stillontime_admin (db/0027); `db` commands and the start-up migration
    # use the owner's URL explicitly, and each service command switches to its own login. The
    # name is pipeline.db.connection.LOGIN_ENV, not imported: `--help` loads no psycopg.
    os.environ.setdefault("STILLONTIME_DATABASE_LOGIN", "admin")
    app()
