"""Database: connections and transactions, named queries, migrations, embedded servers, backups.

``from pipeline import db`` gives the connection API of ``connection``.
"""

from __future__ import annotations

from pipeline.db.connection import (
    QUERIES,
    act_for_user,
    autocommitted,
    begun,
    bound,
    close_pool,
    connect,
    database_url,
    owner_url,
    pipelined,
    pool,
    read_then_write,
    service_urls,
    transaction,
    use_urls,
    working_for,
    working_for_user,
)

__all__ = [
    "QUERIES",
    "act_for_user",
    "autocommitted",
    "begun",
    "bound",
    "close_pool",
    "connect",
    "database_url",
    "owner_url",
    "pipelined",
    "pool",
    "read_then_write",
    "service_urls",
    "transaction",
    "use_urls",
    "working_for",
    "working_for_user",
]
