"""``stillontime weather refresh``: one refresh pass now (the scheduler runs them itself)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

app = typer.Typer(no_args_is_help=True, help="Weather records.")


@app.command("refresh")
def refresh(
    limit: Annotated[int, typer.Option(help="Records looked at.")] = 50,
) -> None:
    """Fetch again the forecasts that are due; print what changed."""
    from pipeline.weather.refresh import refresh_forecasts

    result = refresh_forecasts(limit=limit)
    typer.echo(json.dumps({"due": result.due, "revised": result.revised,
                           "failed": result.failed, "deferred": result.deferred}))  # fmt: skip
