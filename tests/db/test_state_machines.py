"""The state machines live in the database: allowed edges emit one event, others are refused."""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
import pytest

from pipeline.errors import IllegalTransition
from pipeline.runtime.messaging import illegal_transition, retried
from tests.support import rows


@dataclass(frozen=True)
class Machine:
    """How a test drives one status column."""

    table: str
    column: str
    states: tuple[str, ...]
    insert: Callable[[psycopg.Connection, str], uuid.UUID]
    # SQL fragment that makes an update a new version (for self edges), if the row has one.
    new_version: str | None = None
    # Columns an update sets alongside the status so the row's other checks hold.
    extra_set: str = ""


def _insert_email(conn: psycopg.Connection, state: str) -> uuid.UUID:
    return rows.add_email(conn, rows.add_user(conn), state)


def _insert_schedule(conn: psycopg.Connection, state: str) -> uuid.UUID:
    user_id = rows.add_user(conn)
    return rows.add_schedule(conn, user_id, rows.add_email(conn, user_id), state)


def _insert_calendar(column: str) -> Callable[[psycopg.Connection, str], uuid.UUID]:
    def insert(conn: psycopg.Connection, state: str) -> uuid.UUID:
        chain = rows.add_schedule_chain(conn)
        states = {"status": "active", "sync_status": "pending", column: state}
        return rows.add_calendar_event(
            conn, chain["user_id"], chain["schedule_id"], states["status"], states["sync_status"]
        )

    return insert


def _insert_notification(conn: psycopg.Connection, state: str) -> uuid.UUID:
    return rows.add_notification(conn, rows.add_user(conn), state)


MACHINES = {
    ("processed_emails", "processing_status"): Machine(
        "processed_emails",
        "processing_status",
        ("pending", "processing", "completed", "failed", "error", "skipped"),
        _insert_email,
        extra_set="error = coalesce(error, 'e'), skip_reason = coalesce(skip_reason, 'r')",
    ),
    ("schedule_data", "status"): Machine(
        "schedule_data",
        "status",
        ("extracted", "reviewing", "confirmed", "modified", "cancelled"),
        _insert_schedule,
        new_version="version = version + 1, notes = coalesce(notes, '') || '+'",
    ),
    ("calendar_events", "status"): Machine(
        "calendar_events",
        "status",
        ("active", "cancelled", "completed"),
        _insert_calendar("status"),
    ),
    ("calendar_events", "sync_status"): Machine(
        "calendar_events",
        "sync_status",
        ("synced", "pending", "error", "conflict"),
        _insert_calendar("sync_status"),
        new_version="schedule_version = schedule_version + 1",
    ),
    ("notifications", "status"): Machine(
        "notifications",
        "status",
        ("pending", "processing", "sent", "delivered", "failed", "cancelled"),
        _insert_notification,
        extra_set="sent_at = coalesce(sent_at, now())",
    ),
}


def load_edges(
    conn: psycopg.Connection,
) -> dict[tuple[str, str], dict[tuple[str | None, str], str]]:
    edges: dict[tuple[str, str], dict[tuple[str | None, str], str]] = {}
    for r in conn.execute("SELECT * FROM state_transitions"):
        edges.setdefault((r["table_name"], r["column_name"]), {})[
            (r["from_state"], r["to_state"])
        ] = r["event_kind"]
    return edges


def path_to(edges: dict[tuple[str | None, str], str], target: str) -> list[str]:
    """The shortest list of states from insertion to ``target``."""
    queue: deque[list[str]] = deque([to] for (frm, to) in edges if frm is None)
    seen: set[str] = set()
    while queue:
        path = queue.popleft()
        if path[-1] == target:
            return path
        if path[-1] in seen:
            continue
        seen.add(path[-1])
        queue.extend([*path, to] for (frm, to) in edges if frm == path[-1] and to != frm)
    raise AssertionError(f"state {target} cannot be reached")


def move(conn: psycopg.Connection, m: Machine, row_id: uuid.UUID, to: str, *, bump: bool) -> None:
    sets = [f"{m.column} = %s"]
    if m.extra_set:
        sets.append(m.extra_set)
    if bump and m.new_version:
        sets.append(m.new_version)
    conn.execute(f"UPDATE {m.table} SET {', '.join(sets)} WHERE id = %s", (to, row_id))


def reach(conn: psycopg.Connection, m: Machine, edges: dict, state: str) -> uuid.UUID:
    path = path_to(edges, state)
    row_id = m.insert(conn, path[0])
    for step in path[1:]:
        move(conn, m, row_id, step, bump=False)
    return row_id


def events_since(conn: psycopg.Connection, mark: int, subject: uuid.UUID) -> list[tuple]:
    return [
        (r["kind"], r["from_state"], r["to_state"])
        for r in conn.execute(
            "SELECT kind, from_state, to_state FROM events WHERE id > %s AND subject_id = %s "
            "ORDER BY id",
            (mark, subject),
        )
    ]


def last_event_id(conn: psycopg.Connection) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) AS m FROM events").fetchone()["m"]


def test_every_machine_in_the_database_is_driven_here(conn: psycopg.Connection) -> None:
    assert set(load_edges(conn)) == set(MACHINES)


def test_every_allowed_update_emits_exactly_one_event(conn: psycopg.Connection) -> None:
    failures = []
    for key, edges in load_edges(conn).items():
        m = MACHINES[key]
        for (frm, to), kind in sorted(edges.items(), key=str):
            if frm is None:
                continue
            row_id = reach(conn, m, edges, frm)
            mark = last_event_id(conn)
            move(conn, m, row_id, to, bump=frm == to)
            got = events_since(conn, mark, row_id)
            if got != [(kind, frm, to)]:
                failures.append(f"{key} {frm}->{to}: expected [{kind}], got {got}")
    assert not failures, "\n".join(failures)


def test_every_allowed_insert_emits_its_events(conn: psycopg.Connection) -> None:
    all_edges = load_edges(conn)
    for key, edges in all_edges.items():
        m = MACHINES[key]
        for (frm, to), kind in edges.items():
            if frm is not None:
                continue
            mark = last_event_id(conn)
            row_id = m.insert(conn, to)
            got = events_since(conn, mark, row_id)
            assert (kind, None, to) in got, f"{key} insert as {to}: {got}"
            # One event per status column of the table, no more.
            columns = [c for (t, c) in all_edges if t == m.table]
            assert len(got) == len(columns), f"{key} insert as {to}: {got}"


def test_every_illegal_move_is_refused_and_emits_nothing(conn: psycopg.Connection) -> None:
    refused = 0
    for key, edges in load_edges(conn).items():
        m = MACHINES[key]
        reachable = {to for (_frm, to) in edges}
        for frm in sorted(reachable):
            for to in m.states:
                if (frm, to) in edges or (frm == to and not m.new_version):
                    continue
                row_id = reach(conn, m, edges, frm)
                mark = last_event_id(conn)
                with pytest.raises(psycopg.errors.CheckViolation) as info:
                    move(conn, m, row_id, to, bump=frm == to)
                assert f"illegal transition of {m.table}.{m.column}" in str(info.value)
                assert info.value.diag.constraint_name == f"ck_{m.table}_{m.column}_transition"
                assert events_since(conn, mark, row_id) == []
                refused += 1
        for to in m.states:
            if (None, to) in edges:
                continue
            with pytest.raises(psycopg.errors.CheckViolation):
                m.insert(conn, to)
            refused += 1
    assert refused > 50  # the machines are strict, not permissive


def test_refusal_names_the_allowed_moves(conn: psycopg.Connection) -> None:
    chain = rows.add_schedule_chain(conn, "extracted")
    with pytest.raises(psycopg.errors.CheckViolation) as info:
        conn.execute(
            "UPDATE schedule_data SET status = 'modified' WHERE id = %s", (chain["schedule_id"],)
        )
    assert "from extracted to modified" in str(info.value)
    assert info.value.diag.message_hint == "allowed: cancelled, confirmed, extracted, reviewing"


def test_a_refusal_is_an_illegal_transition_and_the_other_refusals_keep_their_policy(
    conn: psycopg.Connection,
) -> None:
    chain = rows.add_schedule_chain(conn, "extracted")
    sid = chain["schedule_id"]

    def refusal(sql: str, *params: object) -> psycopg.Error:
        with pytest.raises(psycopg.Error) as info:
            conn.execute(sql, params)
        return info.value

    # The state machine's refusal becomes an IllegalTransition naming the move, never retried
    move = refusal("UPDATE schedule_data SET status = 'modified' WHERE id = %s", sid)
    error = illegal_transition(move)
    assert isinstance(error, IllegalTransition)
    assert str(error) == (
        "illegal transition of schedule_data.status from extracted to modified "
        "(allowed: cancelled, confirmed, extracted, reviewing)"
    )
    assert not retried(move)
    # Another check_violation is no transition, and is not retried either
    conn.execute("UPDATE schedule_data SET status = 'confirmed' WHERE id = %s", (sid,))
    silent = refusal("UPDATE schedule_data SET call_time = '06:30' WHERE id = %s", sid)
    assert isinstance(silent, psycopg.errors.CheckViolation)
    assert illegal_transition(silent) is None
    assert not retried(silent)
    # A lost update (the schedules' optimistic lock) is retried: the next attempt reads again
    lost = refusal("UPDATE schedule_data SET version = version + 2 WHERE id = %s", sid)
    assert isinstance(lost, psycopg.errors.SerializationFailure) and retried(lost)
    # A duplicate key may be a concurrent writer's row: retried; a missing reference or a
    # missing value fails the same way again
    email = conn.execute("SELECT email FROM users WHERE id = %s", (chain["user_id"],)).fetchone()
    duplicate = refusal("INSERT INTO users (email) VALUES (%s)", email["email"])
    assert isinstance(duplicate, psycopg.errors.UniqueViolation) and retried(duplicate)
    orphan = refusal(
        "INSERT INTO user_configs (user_id, home_address) VALUES (%s, 'x')", uuid.uuid4()
    )
    assert isinstance(orphan, psycopg.errors.ForeignKeyViolation) and not retried(orphan)
    empty = refusal("INSERT INTO users (email) VALUES (NULL)")
    assert isinstance(empty, psycopg.errors.NotNullViolation) and not retried(empty)
    for error in (duplicate, orphan, empty):
        assert illegal_transition(error) is None


def test_a_confirmed_schedule_cannot_take_a_new_version_silently(conn: psycopg.Connection) -> None:
    chain = rows.add_schedule_chain(conn, "extracted")
    sid = chain["schedule_id"]
    conn.execute("UPDATE schedule_data SET status = 'confirmed' WHERE id = %s", (sid,))
    # Given a confirmed schedule, when the call time changes without a new version: refused.
    with pytest.raises(psycopg.errors.CheckViolation) as info:
        conn.execute("UPDATE schedule_data SET call_time = '06:30' WHERE id = %s", (sid,))
    assert info.value.diag.constraint_name == "ck_schedule_data_content_needs_version"
    # A new version that stays 'confirmed' is refused too: it must be announced as modified.
    with pytest.raises(psycopg.errors.CheckViolation):
        conn.execute(
            "UPDATE schedule_data SET call_time = '06:30', version = version + 1 WHERE id = %s",
            (sid,),
        )
    # Skipping a version is a lost update.
    with pytest.raises(psycopg.errors.SerializationFailure):
        conn.execute("UPDATE schedule_data SET version = version + 2 WHERE id = %s", (sid,))
    mark = last_event_id(conn)
    conn.execute(
        "UPDATE schedule_data SET call_time = '06:30', version = 2, status = 'modified' "
        "WHERE id = %s",
        (sid,),
    )
    assert events_since(conn, mark, sid) == [("schedule_modified", "confirmed", "modified")]
    versions = conn.execute(
        "SELECT version, snapshot->>'call_time' AS call FROM schedule_versions "
        "WHERE schedule_id = %s ORDER BY version",
        (sid,),
    ).fetchall()
    assert [(v["version"], v["call"]) for v in versions] == [(1, "07:00:00"), (2, "06:30:00")]


def test_route_and_weather_rows_emit_on_creation_and_new_versions(
    conn: psycopg.Connection,
) -> None:
    chain = rows.add_schedule_chain(conn, "extracted")
    uid, sid = chain["user_id"], chain["schedule_id"]
    mark = last_event_id(conn)
    plan = conn.execute(
        """INSERT INTO route_plans (user_id, schedule_id, schedule_version, wake_up_time,
               departure_time, arrival_time, total_travel_minutes, route_segments, buffers,
               provider, timezone)
           VALUES (%s, %s, 1, '2026-12-03 04:40+01', '2026-12-03 05:25+01',
                   '2026-12-03 06:40+01', 35, '[]', '{}', 'offline', 'Europe/Warsaw')
           RETURNING id""",
        (uid, sid),
    ).fetchone()["id"]
    weather = conn.execute(
        """INSERT INTO weather_data (user_id, schedule_id, schedule_version, status, provider,
               forecast_date, location)
           VALUES (%s, %s, 1, 'unavailable', 'offline', '2026-12-03', 'Warszawa')
           RETURNING id""",
        (uid, sid),
    ).fetchone()["id"]
    assert [e[0] for e in events_since(conn, mark, plan)] == ["route_planned"]
    assert [e[0] for e in events_since(conn, mark, weather)] == ["weather_assessed"]
    # An update that changes nothing the user must hear about emits nothing...
    mark = last_event_id(conn)
    conn.execute("UPDATE route_plans SET traffic_info = '{}' WHERE id = %s", (plan,))
    assert events_since(conn, mark, plan) == []
    # ...a recomputation for a new schedule version or a revised forecast does.
    conn.execute("UPDATE route_plans SET schedule_version = 2 WHERE id = %s", (plan,))
    conn.execute("UPDATE weather_data SET revision = revision + 1 WHERE id = %s", (weather,))
    assert [e[0] for e in events_since(conn, mark, plan)] == ["route_planned"]
    assert [e[0] for e in events_since(conn, mark, weather)] == ["weather_assessed"]


def test_each_event_is_announced_on_its_own_channel(database: str, conn) -> None:
    with psycopg.connect(database, autocommit=True) as listener:
        listener.execute("LISTEN email_received")
        user_id = rows.add_user(conn)
        email_id = rows.add_email(conn, user_id)
        notes = list(listener.notifies(timeout=10, stop_after=1))
    event = conn.execute("SELECT id FROM events WHERE subject_id = %s", (email_id,)).fetchone()
    assert [(n.channel, n.payload) for n in notes] == [("email_received", str(event["id"]))]


def test_an_event_and_its_change_commit_or_roll_back_together(database: str) -> None:
    with psycopg.connect(database, row_factory=psycopg.rows.dict_row) as c:
        user_id = rows.add_user(c)
        rows.add_email(c, user_id)
        c.rollback()
        assert c.execute("SELECT count(*) AS n FROM events").fetchone()["n"] == 0


def events_of(conn: psycopg.Connection, mark: int, subject: uuid.UUID) -> list[tuple]:
    """Every field an edge's event carries, in order."""
    return [
        tuple(r.values())
        for r in conn.execute(
            "SELECT kind, subject_table, user_id, schedule_id, schedule_version, from_state, "
            "to_state FROM events WHERE id > %s AND subject_id = %s ORDER BY id",
            (mark, subject),
        )
    ]


def test_each_machine_s_event_carries_its_user_schedule_and_version(
    conn: psycopg.Connection,
) -> None:
    # db/0039 reads the columns of each trigger by name: the same fields as db/0002's jsonb.
    chain = rows.add_schedule_chain(conn, "extracted")
    uid, sid, eid = chain["user_id"], chain["schedule_id"], chain["email_id"]
    mark = last_event_id(conn)
    claim = "UPDATE processed_emails SET processing_status = 'processing' WHERE id = %s"
    conn.execute(claim, (eid,))
    conn.execute("UPDATE processed_emails SET subject = 'again' WHERE id = %s", (eid,))
    assert events_of(conn, mark, eid) == [
        ("email_claimed", "processed_emails", uid, None, None, "pending", "processing")
    ]
    conn.execute("UPDATE schedule_data SET status = 'confirmed' WHERE id = %s", (sid,))
    conn.execute("UPDATE schedule_data SET last_error = 'same version' WHERE id = %s", (sid,))
    conn.execute(
        "UPDATE schedule_data SET version = 2, status = 'modified', call_time = '06:00' "
        "WHERE id = %s",
        (sid,),
    )
    conn.execute("UPDATE schedule_data SET version = 3, call_time = '05:30' WHERE id = %s", (sid,))
    assert events_of(conn, mark, sid) == [
        ("schedule_confirmed", "schedule_data", uid, sid, 1, "extracted", "confirmed"),
        ("schedule_modified", "schedule_data", uid, sid, 2, "confirmed", "modified"),
        ("schedule_modified", "schedule_data", uid, sid, 3, "modified", "modified"),
    ]
    calendar = rows.add_calendar_event(conn, uid, sid, "active", "pending")
    conn.execute("UPDATE calendar_events SET sync_status = 'synced' WHERE id = %s", (calendar,))
    conn.execute("UPDATE calendar_events SET title = 'same version' WHERE id = %s", (calendar,))
    conn.execute(
        "UPDATE calendar_events SET schedule_version = 3, sync_status = 'synced' WHERE id = %s",
        (calendar,),
    )
    conn.execute("UPDATE calendar_events SET status = 'cancelled' WHERE id = %s", (calendar,))
    assert events_of(conn, mark, calendar) == [
        ("calendar_created", "calendar_events", uid, sid, None, None, "active"),
        ("calendar_sync_requested", "calendar_events", uid, sid, 1, None, "pending"),
        ("calendar_synced", "calendar_events", uid, sid, 1, "pending", "synced"),
        ("calendar_synced", "calendar_events", uid, sid, 3, "synced", "synced"),
        ("calendar_cancelled", "calendar_events", uid, sid, None, "active", "cancelled"),
    ]
    note = conn.execute(
        """INSERT INTO notifications (user_id, schedule_id, schedule_version, channel, template,
                                      idempotency_key, subject, message)
           VALUES (%s, %s, 3, 'local', 'schedule_processed', 'k', 'Day 3', 'Call 07:00')
           RETURNING id""",
        (uid, sid),
    ).fetchone()["id"]
    conn.execute("UPDATE notifications SET status = 'processing' WHERE id = %s", (note,))
    assert events_of(conn, mark, note) == [
        ("notification_queued", "notifications", uid, sid, None, None, "pending"),
        ("notification_claimed", "notifications", uid, sid, None, "pending", "processing"),
    ]


def test_a_machine_on_another_table_is_read_as_before(conn: psycopg.Connection) -> None:
    # Columns the function does not know by name are read from the row as jsonb (db/0002).
    conn.execute(
        """CREATE TABLE probe_rows (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id uuid,
                                    phase text, rev integer, sched uuid);
           INSERT INTO state_transitions (table_name, column_name, from_state, to_state,
                                          event_kind)
           VALUES ('probe_rows', 'phase', NULL, 'pending', 'email_received'),
                  ('probe_rows', 'phase', 'pending', 'pending', 'email_received'),
                  ('probe_rows', 'phase', 'pending', 'processing', 'email_claimed');
           CREATE TRIGGER trg_probe_rows_transition AFTER INSERT OR UPDATE ON probe_rows
               FOR EACH ROW EXECUTE FUNCTION enforce_state_transition('phase', 'rev', 'sched')"""
    )
    uid, sid = uuid.uuid4(), uuid.uuid4()
    mark = last_event_id(conn)
    row = conn.execute(
        "INSERT INTO probe_rows (user_id, phase, rev, sched) VALUES (%s, 'pending', 4, %s) "
        "RETURNING id",
        (uid, sid),
    ).fetchone()["id"]
    conn.execute("UPDATE probe_rows SET user_id = user_id WHERE id = %s", (row,))
    conn.execute("UPDATE probe_rows SET rev = 5 WHERE id = %s", (row,))
    conn.execute("UPDATE probe_rows SET phase = 'processing' WHERE id = %s", (row,))
    with pytest.raises(psycopg.errors.CheckViolation) as info:
        conn.execute("UPDATE probe_rows SET phase = 'pending' WHERE id = %s", (row,))
    assert info.value.diag.constraint_name == "ck_probe_rows_phase_transition"
    assert events_of(conn, mark, row) == [
        ("email_received", "probe_rows", uid, sid, 4, None, "pending"),
        ("email_received", "probe_rows", uid, sid, 5, "pending", "pending"),
        ("email_claimed", "probe_rows", uid, sid, 5, "pending", "processing"),
    ]
