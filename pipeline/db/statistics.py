"""The planner's statistics on a server without autovacuum (db/0041)."""

from __future__ import annotations

import structlog

from pipeline.db.connection import QUERIES, transaction

log = structlog.get_logger("stillontime.statistics")


def analyze_grown_tables() -> list[str]:
    """Analyze each table changed by more than autovacuum's analyze threshold since its last
    analysis, when the server's autovacuum is off (else nothing); returns the tables analyzed.

    The services' prepared statements keep their plans until a table they read is analyzed:
    without it, plans made on empty tables (an index of the user, not the key's) stay, and a
    lookup by key reads every row of its user."""
    with transaction(actor="core.statistics") as conn:
        names = [row["name"] for row in conn.execute(QUERIES["tables_analyze_grown"])]
    if names:
        log.info("tables analyzed", tables=names)
    return names
