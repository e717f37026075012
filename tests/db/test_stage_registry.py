"""Status and metrics combine the core's counts with those each registered stage declares."""

from __future__ import annotations

from contextlib import nullcontext

from pipeline.app.metrics import PipelineCollector
from pipeline.app.status import gather_status
from pipeline.runtime.stages import STAGE_MODULES, load_stages
from tests.support.rows import add_email, add_user

WITH_TOY = load_stages((*STAGE_MODULES, "tests.support.toy_stage"))


def test_status_holds_every_stage_s_counts_failures_and_problems(conn) -> None:
    # Given an email that failed, one waiting, and the toy stage registered besides the others
    user_id = add_user(conn)
    add_email(conn, user_id, "error")
    add_email(conn, user_id, "pending")
    # When the status is gathered
    snapshot = gather_status(conn, registered=WITH_TOY)
    # Then each stage's rows are counted by its own queries, the toy's too
    assert snapshot["stages"]["ingest"] == {
        "processed_emails.error": 1,
        "processed_emails.pending": 1,
    }
    assert snapshot["stages"]["toy"] == {"toys.happy": 3}
    assert "route" not in snapshot["stages"]  # no plan yet: no row
    # and every stage's latest failures are listed together, the newest first
    failures = [(f["stage"], f["message"]) for f in snapshot["recent_failures"]]
    assert sorted(failures) == [("ingest", "test error"), ("toy", "the toy broke")]
    assert failures[-1] == ("toy", "the toy broke")  # dated 2001
    assert len(gather_status(conn, limit=1, registered=WITH_TOY)["recent_failures"]) == 1
    # and a stage's problems are under its name
    assert snapshot["ingest_problems"] == []


def test_metrics_hold_every_stage_s_records_and_failure_reasons(conn) -> None:
    add_email(conn, add_user(conn), "error")
    families = {f.name: f for f in PipelineCollector(lambda: nullcontext(conn), WITH_TOY).collect()}
    records = {tuple(s.labels.values()): s.value for s in families["stillontime_records"].samples}
    assert records[("ingest", "processed_emails", "error")] == 1
    assert records[("toy", "toys", "happy")] == 3
    failures = {tuple(s.labels.values()): s.value for s in families["stillontime_failures"].samples}
    assert failures == {("ingest", "test error"): 1, ("toy", "Broken"): 2}
    assert families["stillontime_database_up"].samples[0].value == 1


def test_doctor_runs_each_stage_s_checks_and_a_broken_one_hides_no_other(
    database: str, server_urls, monkeypatch
) -> None:
    from pipeline.app.doctor_checks import run_checks
    from pipeline.settings import get_settings

    # Given the toy stage registered, with a check of its own and one that raises
    monkeypatch.setenv("DATABASE_URL", database)
    monkeypatch.setenv("REDIS_URL", server_urls.redis_url)
    get_settings.cache_clear()
    try:
        # When the doctor's checks run
        found = {f.check: f for f in run_checks(WITH_TOY)}
    finally:
        get_settings.cache_clear()
    # Then the toy's finding is there, with its fix, and the broken check is one failing line
    # among the others, which all ran
    assert (found["toys"].status, found["toys"].detail) == ("warn", "3 toys, none cheered")
    assert found["toys"].fix == "stillontime toy cheer"
    assert found["toy_broken"].status == "fail"
    assert found["toy_broken"].detail == (
        "the check itself failed: RuntimeError: the toy's check broke"
    )
    assert {"database", "redis", "migrations", "tesseract", "users"} <= set(found)
    assert found["service dispatcher"].status == "fail"
