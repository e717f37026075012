"""The peer: a Procrastinate app whose task records when it started."""

from __future__ import annotations

import os
import time

import psycopg
from procrastinate import App, PsycopgConnector

app = App(connector=PsycopgConnector(conninfo=os.environ.get("BENCH_PROCRASTINATE_DSN", "")))


@app.task(queue="bench", name="record_start")
def record_start(seq: int) -> None:
    """Note the wall-clock start of this job."""
    started = time.time()
    with psycopg.connect(os.environ["BENCH_PROCRASTINATE_DSN"], autocommit=True) as conn:
        conn.execute("INSERT INTO bench_starts (seq, started) VALUES (%s, %s)", (seq, started))
