"""Loads named queries from a ``queries.sql`` file into a dict, once per module."""

from __future__ import annotations

import re
from pathlib import Path

# A query starts at a ``-- name: <query_name>`` line and runs to the next one.
_NAME = re.compile(r"^--\s*name:\s*([a-z][a-z0-9_]*)\s*$", re.MULTILINE)


def load_queries(path: Path) -> dict[str, str]:
    """Parse ``path`` into ``{name: sql}``; comments under the name line are kept.

    Raises
    ------
    ValueError
        If a name is used twice or a block is empty.
    """
    text = path.read_text(encoding="utf-8")
    marks = list(_NAME.finditer(text))
    queries: dict[str, str] = {}
    for mark, nxt in zip(marks, [*marks[1:], None], strict=True):
        body = text[mark.end() : nxt.start() if nxt else len(text)].strip()
        name = mark.group(1)
        if name in queries:
            raise ValueError(f"{path}: query {name!r} defined twice")
        if not body:
            raise ValueError(f"{path}: query {name!r} is empty")
        queries[name] = body
    return queries
