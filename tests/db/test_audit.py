"""The database writes the audit log itself, with who did it, and never a secret."""

from __future__ import annotations

from pipeline import db
from tests.support import rows


def test_changes_are_audited_with_the_acting_stage(database: str) -> None:
    with db.transaction(actor="extract") as conn:
        chain = rows.add_schedule_chain(conn)
    with db.transaction(actor="cli:jan") as conn:
        conn.execute(
            "UPDATE schedule_data SET status = 'confirmed' WHERE id = %s", (chain["schedule_id"],)
        )
    with db.connect(url=database) as conn:
        log = conn.execute(
            "SELECT action, actor, old_values->>'status' AS old, new_values->>'status' AS new "
            "FROM audit_log WHERE row_id = %s ORDER BY id",
            (chain["schedule_id"],),
        ).fetchall()
    assert [(r["action"], r["actor"], r["old"], r["new"]) for r in log] == [
        ("INSERT", "extract", None, "extracted"),
        ("UPDATE", "cli:jan", "extracted", "confirmed"),
    ]


def test_token_ciphertext_never_reaches_the_audit_log(conn) -> None:
    user_id = rows.add_user(conn)
    conn.execute(
        "INSERT INTO oauth_tokens (user_id, provider, access_token_encrypted, "
        "refresh_token_encrypted) VALUES (%s, 'google', 'c1pher-a', 'c1pher-r')",
        (user_id,),
    )
    dump = conn.execute(
        "SELECT string_agg(coalesce(old_values::text, '') || new_values::text, ' ') AS t "
        "FROM audit_log WHERE table_name = 'oauth_tokens'"
    ).fetchone()["t"]
    assert "[redacted]" in dump
    assert "c1pher" not in dump and "\\x6331" not in dump


def test_a_transaction_that_need_not_flush_is_still_audited_and_flushes_only_itself(
    database: str,
) -> None:
    # A record whose loss is harmless (a delivery's start) commits without waiting for the disk
    with db.transaction(actor="core.deliveries", flush=False) as conn:
        assert conn.execute("SHOW synchronous_commit").fetchone()["synchronous_commit"] == "off"
        chain = rows.add_schedule_chain(conn)
    # and only that transaction: the pooled connection's next one waits again
    with db.transaction(actor="extract") as conn:
        assert conn.execute("SHOW synchronous_commit").fetchone()["synchronous_commit"] == "on"
    with db.connect(url=database) as conn:
        actors = conn.execute(
            "SELECT DISTINCT actor FROM audit_log WHERE row_id = %s", (chain["schedule_id"],)
        ).fetchall()
    assert [r["actor"] for r in actors] == ["core.deliveries"]
