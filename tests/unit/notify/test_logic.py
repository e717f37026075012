"""The notify stage's pure logic: summary, templates, changes in both languages, readiness."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from pipeline.domain.dayplan import DayPlan
from pipeline.notify import logic
from pipeline.notify import templates as t
from pipeline.notify.store import QUERIES
from pipeline.notify.summary import build_summary
from tests.support import planrows

NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
CALENDAR = {"schedule_version": 1, "status": "active", "sync_status": "synced", "provider": "ics"}


def plan(weather=None, **over) -> DayPlan:
    return DayPlan.build(planrows.schedule(**over), planrows.route(), weather or planrows.weather())


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["Timeline", "Wake-up", "Departure", "Arrival", "Call", "Wrap (est.)",
                "Weather", "Assessment", "Warnings", "Scenes", "Key contacts",
                "Nearest hospital"]),
        ("pl", ["Plan dnia", "Pobudka", "Wyjazd", "Przyjazd", "Call", "Koniec (szac.)",
                "Pogoda", "Ocena", "Ostrzeżenia", "Sceny", "Najważniejsze kontakty",
                "Najbliższy szpital"]),
    ],
)  # fmt: skip
def test_the_summary_has_every_section_in_the_users_language(language, words) -> None:
    summary = build_summary(plan(), language, CALENDAR)
    for word in words:
        assert word in summary.text, word
    for value in ("04:50", "05:35", "06:25", "07:00", "17:00", "-2°C", "light snow",
                  "caution: cold exterior morning", "12 EXT", "1st AD · Anna Nowak",
                  "Szpital Praski"):  # fmt: skip
        assert value in summary.text, value
    assert summary.html.startswith(f"<html><body lang='{language}'>")
    assert summary.facts["call"] == "07:00" and summary.facts["wake_up"] == "04:50"


def test_html_is_escaped() -> None:
    summary = build_summary(plan(production="<b>Evil & Co</b>"), "en", CALENDAR)
    assert "&lt;b&gt;Evil &amp; Co&lt;/b&gt;" in summary.html and "<b>Evil" not in summary.html


def test_an_early_wake_up_is_a_warning() -> None:
    early = DayPlan.build(
        planrows.schedule(call_time=time(5, 0)),
        planrows.route(wake_up_time=datetime(2026, 12, 3, 1, 50, tzinfo=UTC),
                       departure_time=datetime(2026, 12, 3, 2, 35, tzinfo=UTC),
                       arrival_time=datetime(2026, 12, 3, 3, 25, tzinfo=UTC)),
        None,
    )  # fmt: skip
    assert "wake-up before 04:00" in early.warning_texts("en")
    assert "pobudka przed 04:00" in early.warning_texts("pl")


def test_an_early_wake_up_the_route_already_warned_of_is_said_once() -> None:
    warned = {"code": "early_wake_up", "message": "Wake-up at 02:50, before 04:00"}
    early = DayPlan.build(
        planrows.schedule(call_time=time(5, 0)),
        planrows.route(wake_up_time=datetime(2026, 12, 3, 1, 50, tzinfo=UTC),
                       departure_time=datetime(2026, 12, 3, 2, 35, tzinfo=UTC),
                       arrival_time=datetime(2026, 12, 3, 3, 25, tzinfo=UTC),
                       warnings=[warned]),
        None,
    )  # fmt: skip
    texts = early.warning_texts("en")
    assert texts.count("Wake-up at 02:50, before 04:00") == 1
    assert "wake-up before 04:00" not in texts


def test_changes_are_named_exactly_in_both_languages() -> None:
    old = {"date": "2026-12-03", "call": "07:00", "location": "A", "wake_up": "04:50",
           "departure": "05:35", "weather": "-2°C"}  # fmt: skip
    new = {**old, "call": "06:30", "wake_up": "04:20", "departure": "05:05"}
    changes = t.changes_between(old, new)
    assert [c.field for c in changes] == ["call", "wake_up", "departure"]
    assert t.describe_changes(changes, "en") == (
        "call moved 07:00 -> 06:30, wake-up now 04:20, departure now 05:05"
    )
    assert t.describe_changes(changes, "pl") == (
        "call przesunięty 07:00 -> 06:30, pobudka teraz 04:20, wyjazd teraz 05:05"
    )
    moved = t.changes_between(old, {**old, "location": "B", "weather": "5°C, rain"})
    assert t.describe_changes(moved, "en") == "location now B (was A), weather now 5°C, rain"
    assert t.describe_changes([], "en") == "other details changed"
    assert t.describe_changes([], "pl") == "zmieniły się inne szczegóły"


@pytest.mark.parametrize("language", ["en", "pl"])
@pytest.mark.parametrize("template", t.TEMPLATES)
def test_every_template_renders_in_both_languages(template, language) -> None:
    values = {"headline": "X 2026-12-03", "call": "07:00", "wake_up": "04:50",
              "departure": "05:35", "arrival": "06:25", "location": "Plac", "changes": "c",
              "warnings": "w", "reason": "r", "stage": "route", "version": 2,
              "old_version": 1}  # fmt: skip
    message = t.render(template, language, values, "SUMMARY", "<html><body>S</body></html>")
    assert message.subject and " - " not in message.subject[:1] and "{" not in message.subject
    assert "{" not in message.text
    if template in t.WITH_SUMMARY:
        assert message.text.endswith("SUMMARY") and message.html.startswith("<html><body><p><b>")


def test_readiness_waits_for_the_calendar_of_the_route_at_the_version() -> None:
    # notify runs after calendar, which runs after route, which runs after weather: the
    # weather record is not waited for (a day without one is built without it)
    s, r = planrows.schedule(), planrows.route()
    assert logic.readiness(s, r, CALENDAR) is None
    assert logic.readiness(s, r, {**CALENDAR, "schedule_version": 0}).startswith("calendar")
    assert logic.readiness(s, r, {**CALENDAR, "sync_status": "pending"}).startswith("calendar")
    assert logic.readiness(s, r, {**CALENDAR, "sync_status": "conflict"}) is None
    assert logic.readiness(s, r, None).startswith("calendar")
    assert logic.readiness(s, {**r, "schedule_version": 0}, CALENDAR).startswith("route")
    assert logic.readiness(s, None, CALENDAR).startswith("route")
    assert logic.readiness({**s, "status": "reviewing"}, r, CALENDAR).startswith("schedule")


def test_a_cancellation_notice_is_keyed_once_per_version() -> None:
    s = {**planrows.schedule(), "production": "Film"}
    channel = logic.ChannelRef("local", "local")
    (notice,) = logic.cancellation_notice(s, "en", [channel])
    assert notice.template == "schedule_cancelled"
    assert notice.subject.startswith("Cancelled: Film")
    assert notice.key == logic.idempotency_key(s["id"], s["version"], "schedule_cancelled",
                                               "local", "")  # fmt: skip


def occasion(previous_version=None, changes=(), calendar=CALENDAR, language="en", p=None):
    p = p or plan()
    return logic.Occasion(p, build_summary(p, language, calendar), language, previous_version,
                          tuple(changes), calendar, time(20, 0), "Europe/Warsaw")  # fmt: skip


def test_the_first_summary_brings_schedule_processed_and_the_scheduled_reminders() -> None:
    channels = [logic.LOCAL, logic.ChannelRef("phone", "push")]
    planned = logic.plan_notifications(occasion(), channels, NOW)
    names = sorted({p.template for p in planned})
    assert names == ["departure_reminder", "evening_summary", "schedule_processed",
                     "wakeup_reminder", "weather_warning"]  # fmt: skip
    assert len(planned) == 2 * len(names)
    keys = {p.key for p in planned}
    assert len(keys) == len(planned)
    sid = planrows.schedule()["id"]
    assert f"{sid}:v1:schedule_processed:phone" in keys
    assert f"{sid}:v1:weather_warning:local:w1" in keys
    evening = next(p for p in planned if p.template == "evening_summary")
    assert evening.scheduled_for == datetime(2026, 12, 2, 19, 0, tzinfo=UTC)  # 20:00 Warsaw


def test_reminders_in_the_past_are_not_queued() -> None:
    late = datetime(2026, 12, 3, 4, 0, tzinfo=UTC)  # after the wake-up, before departure
    planned = logic.plan_notifications(occasion(), [logic.LOCAL], late)
    assert "wakeup_reminder" not in {p.template for p in planned}
    assert "departure_reminder" in {p.template for p in planned}


def test_a_new_version_brings_schedule_updated_not_processed() -> None:
    changes = [t.Change("call", "07:00", "06:30")]
    p = plan(version=2)
    planned = logic.plan_notifications(occasion(1, changes, p=p), [logic.LOCAL], NOW)
    names = {x.template for x in planned}
    assert "schedule_updated" in names and "schedule_processed" not in names
    updated = next(x for x in planned if x.template == "schedule_updated")
    assert updated.subject.endswith(": call moved 07:00 -> 06:30")
    assert updated.message.startswith("What changed (version 1 -> 2): call moved 07:00 -> 06:30.")
    assert updated.data["changes"] == [{"field": "call", "old": "07:00", "new": "06:30"}]
    # the same version again (a weather refresh) brings neither
    again = logic.plan_notifications(occasion(2, p=p), [logic.LOCAL], NOW)
    assert not {"schedule_updated", "schedule_processed"} & {x.template for x in again}


def test_a_calendar_conflict_asks_for_review() -> None:
    calendar = {**CALENDAR, "sync_status": "conflict", "last_error": "overlaps Dentist"}
    planned = logic.plan_notifications(occasion(calendar=calendar), [logic.LOCAL], NOW)
    review = next(p for p in planned if p.template == "needs_review")
    assert review.message.startswith("Please review: overlaps Dentist")


def test_retry_delay_doubles_up_to_the_cap() -> None:
    delays = [logic.retry_delay(n, base_s=30, max_s=600) for n in range(7)]
    assert delays == [timedelta(seconds=s) for s in (30, 60, 120, 240, 480, 600, 600)]


def test_keys_are_schedule_version_template_channel() -> None:
    sid = uuid.uuid4()
    assert logic.idempotency_key(sid, 2, "schedule_updated", "local") == (
        f"{sid}:v2:schedule_updated:local"
    )


def test_every_query_the_store_uses_exists() -> None:
    source = Path(logic.__file__).with_name("store.py").read_text()
    used = set(re.findall(r'QUERIES\["([a-z_]+)"\]', source))
    assert used and used <= set(QUERIES)


def test_pure_modules_do_no_io() -> None:
    root = Path(logic.__file__).parents[1]
    for path in (root / "domain/dayplan.py", root / "calendar/logic.py", root / "notify/logic.py",
                 root / "notify/summary.py", root / "notify/templates.py"):  # fmt: skip
        text = path.read_text()
        for banned in ("import psycopg", "import dramatiq", "import redis", "datetime.now(",
                       "open("):  # fmt: skip
            assert banned not in text, (path.name, banned)
