"""The weather tests share the route tests' fake outside world."""

from __future__ import annotations

from tests.db.route.conftest import outside

__all__ = ["outside"]
