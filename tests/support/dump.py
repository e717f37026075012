"""A plain-SQL dump of a test database, to look for secrets stored in clear."""

from __future__ import annotations

import subprocess

from pipeline.db.backup import pg_tool


def plain_dump(database: str) -> str:
    return subprocess.run(
        [pg_tool("pg_dump"), "--format=plain", "--no-owner", "--dbname", database],
        capture_output=True, text=True, check=True, timeout=120,
    ).stdout  # fmt: skip
