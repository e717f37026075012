"""Sanity checks: plausible values pass untouched; implausible ones are lowered, warned or fixed."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.reader import sanity as S
from pipeline.extract.reader.model import Contact, Day, Hospital, Place
from pipeline.extract.reader.scoring import complete, overall
from pipeline.extract.reader.sun import sun_place

LONDON = "Hatfield House, Great North Rd, Hatfield AL9 5HX"


def _day(**fields: object) -> Day:
    conf = complete(
        {k: 0.95 for k in ("production", "shooting_date", "call_time", "location", "hospital")}
        | {"sunrise": 0.95, "sunset": 0.95, "contacts": 0.8, "locations": 0.95},
        1.0,
    )
    base: dict[str, object] = {
        "production": "THE LONG ACRE",
        "shooting_date": "2026-03-17",
        "call_time": "08:00",
        "location": LONDON,
    }
    base.update(fields)
    return Day(**base, field_confidence=conf, confidence=overall(conf))  # type: ignore[arg-type]


# --- crew call -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "wrap", "flagged"),
    [
        ("07:00", None, False),
        ("03:00", None, False),  # a dawn shoot
        ("23:00", None, False),
        ("18:00", "05:00", False),  # a night shoot wraps next morning
        ("07:00", "19:00", False),
        ("01:30", None, True),  # "1:30" meant PM, or a misread
        ("23:30", None, True),
        ("07:00", "06:00", True),  # call after wrap on a day shoot
        ("15:00", "08:00", True),  # a 17-hour day: the wrap is 8 PM, not AM
        ("07:00", "07:30", True),
        (None, "19:00", False),
    ],
)
def test_call_hours_and_wrap(call: str | None, wrap: str | None, flagged: bool) -> None:
    found = S.call_findings(call, wrap)
    assert bool(found) == flagged
    if flagged:
        assert found[0].field == "call_time" and found[0].cap is not None and found[0].cap < 0.85
        assert found[0].warning.startswith("call_time:")


# --- shooting date ---------------------------------------------------------------------------

SENT = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("date", "cap"),
    [
        ("2026-03-17", None),
        ("2026-03-10", None),
        ("2026-03-09", None),  # a day's grace for the zone of the email's timestamp
        ("2026-03-08", S.PAST_CAP),  # two days in the past
        ("2026-01-05", S.FAR_CAP),  # 64 days before
        ("2027-04-14", None),  # 400 days ahead: a long schedule
        ("2027-04-16", S.FAR_CAP),
        ("2020-03-11", S.FAR_CAP),  # a two-digit year read wrong
    ],
)
def test_date_against_sent(date: str, cap: float | None) -> None:
    found = S.date_findings(date, SENT)
    assert (found[0].cap if found else None) == cap
    assert all(f.warning.startswith("shooting_date:") for f in found)


def test_date_without_context_is_not_checked() -> None:
    assert S.date_findings("2001-01-01", None) == []


# --- production title ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "fixed", "cap"),
    [
        ("THE LONG ACRE", None, None),
        ("Ostatni Dzwonek", None, None),
        ("Summer 2024", None, None),  # a year alone is a title's business
        ("Monday Night Football", None, None),
        ("BRAND X · Shoot Day 2 of 3 · Thursday 5 March", "BRAND X", 0.85),
        ("NORTHERN LIGHTS 7:30 AM", "NORTHERN LIGHTS", 0.85),
        ("Harbour Lights - 17/03/2026", "Harbour Lights", 0.85),
        ("Ostatni Dzwonek dzień 3 z 20", "Ostatni Dzwonek", 0.85),
        ("Acme Spot March 17", "Acme Spot", 0.85),
        ("Day 2 of 3", None, S.DOUBT),  # nothing left to call a title
        ("7:30 AM", None, S.DOUBT),
        ("vendredi", None, S.DOUBT),  # a weekday under a heading is no title
        ("Thursday", None, S.DOUBT),
        ("6:00a", None, S.DOUBT),
        ("7", None, S.DOUBT),
        ("The Monday Club", None, None),
    ],
)
def test_title_tails(title: str, fixed: str | None, cap: float | None) -> None:
    found = S.title_findings(title)
    assert (found[0].cap if found else None) == cap
    if fixed is not None:
        assert found[0].value == fixed


# --- label words as names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"hospital": Hospital("Department", "Bridge Rd, London SE1 7EH", None)}, "hospital"),
        ({"hospital": Hospital("Emergency", None, None)}, "hospital"),
        ({"production": "Location"}, "production"),
        ({"locations": (Place("Set", None),)}, "locations"),  # no address: nothing left
        ({"contacts": (Contact("Address", "PM", None, None, None),)}, "contacts"),
        ({"location": "Hospital"}, "location"),
    ],
)
def test_label_word_names(fields: dict[str, object], field: str) -> None:
    found = S.label_name_findings(_day(**fields))
    assert [f.field for f in found] == [field]
    assert found[0].cap is not None and found[0].cap < 0.85


def test_a_set_named_by_a_label_word_keeps_its_address_and_loses_the_name() -> None:
    # Given a second set read as "ADRES" (Turkish "address") over its address
    day = _day(locations=(Place("Hatfield House", LONDON), Place("ADRES", LONDON)))
    checked = S.check_day(day, None, None)
    # Then the name is dropped, which is certain, said, and costs no confidence
    assert checked.locations == (Place("Hatfield House", LONDON), Place(None, LONDON))
    assert checked.field_confidence == day.field_confidence
    assert any("'ADRES' is a label word" in w for w in checked.warnings)


def test_real_names_are_not_label_words() -> None:
    day = _day(
        hospital=Hospital("St Thomas' Hospital", "Westminster Bridge Rd", None),
        contacts=(Contact("Jan Kowalski", "PM", None, None, None),),
        locations=(Place("Hatfield House", LONDON),),
    )
    assert S.label_name_findings(day) == []


@pytest.mark.parametrize(
    ("name", "lines", "flagged"),
    [
        ("ashore", ["MEDICAL", "Nearest hospital ashore:", "QEII Health Sciences Centre"], True),
        ("onshore", ["Nearest A&E onshore: see below"], True),
        # a one-word name that is a value, not the end of a label
        ("Whittington", ["Nearest hospital: Whittington", "Magdala Ave, London N19 5NF"], False),
        ("Whittington", ["Whittington: Magdala Ave, London N19 5NF"], False),  # no label
        ("Lister Hospital", ["Nearest A&E Lister Hospital: Coreys Mill Ln"], False),  # 2 words
    ],
)
def test_a_one_word_name_that_ends_its_label_is_doubted(
    name: str, lines: list[str], flagged: bool
) -> None:
    day = _day(hospital=Hospital(name, None, None))
    found = S.label_name_findings(day, lines)
    assert [(f.field, f.cap) for f in found] == ([("hospital", S.DOUBT)] if flagged else [])
    checked = S.check_day(day, None, None, lines=lines)
    assert (checked.field_confidence["hospital"] == S.DOUBT) is flagged


# --- sunrise and sunset ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "zone", "want"),
    [
        # London, 17 March 2026: sunrise ~06:07, sunset ~18:10 (UK postcode, no user zone)
        ({"sunrise": "06:08", "sunset": "18:12"}, None, {}),
        ({"sunrise": "06:08", "sunset": "06:12"}, None, {"sunset": "18:12"}),
        ({"sunrise": "18:08", "sunset": "18:12"}, None, {"sunrise": "06:08"}),
        ({"sunrise": "06:08", "sunset": "20:46"}, None, {"sunset": S.DOUBT}),
        # A city in the address's city slot: 24 June 2026 in Warsaw, sunset ~21:01
        (
            {
                "location": "ul. Marszałkowska 10, Warsaw",
                "shooting_date": "2026-06-24",
                "sunset": "9:01",
            },
            None,
            {"sunset": "21:01"},
        ),
        # No place on the sheet: the user's zone decides (Toronto, 4 March: sunset ~18:15)
        ({"location": "Stage 4", "sunset": "06:15"}, "America/Toronto", {"sunset": "18:15"}),
        # No place and no zone: only the hours a sun sets at anywhere bound it, and no fix
        ({"location": "Stage 4", "sunset": "06:15"}, None, {"sunset": S.DOUBT}),
        ({"location": "Stage 4", "sunset": "17:40"}, None, {}),
        # A Los Angeles phone area code places a sheet whose address has no known city
        (
            {
                "location": "4867 Sunset Blvd",
                "shooting_date": "2026-03-04",
                "sunset": "5:58",
                "hospital": Hospital("Kaiser", None, "+13237834011"),
            },
            None,
            {"sunset": "17:58"},
        ),
    ],
)
def test_sun_times(fields: dict[str, object], zone: str | None, want: dict[str, object]) -> None:
    if "shooting_date" not in fields and zone == "America/Toronto":
        fields = {**fields, "shooting_date": "2026-03-04"}
    found = {f.field: f for f in S.sun_findings(_day(**fields), zone)}
    assert set(found) == set(want)
    for key, expect in want.items():
        if isinstance(expect, float):
            assert found[key].cap == expect and found[key].value is S._KEEP
        else:
            assert found[key].value == expect and found[key].cap is None


# London (Hatfield), 24 June 2026: sunrise ~04:43, sunset ~21:22; no AM/PM slip fits either
@pytest.mark.parametrize(
    ("rise", "fall", "want_rise", "want_set"),
    [
        ("21:22", None, None, "21:22"),  # the sunset read as the sunrise: moved
        ("21:22", "04:43", "04:43", "21:22"),  # both read into each other's field: swapped
    ],
)
def test_a_sunrise_that_is_the_days_sunset_moves_to_its_field(
    rise: str, fall: str | None, want_rise: str | None, want_set: str
) -> None:
    day = _day(shooting_date="2026-06-24", sunrise=rise, sunset=fall)
    checked = S.check_day(day, None, None)
    assert (checked.sunrise, checked.sunset) == (want_rise, want_set)
    assert checked.field_confidence["sunset"] == 0.95
    assert any(w.startswith("sunrise: 21:22") for w in checked.warnings)
    assert checked.confidence <= day.confidence
    assert S.check_day(checked, None, None) == checked


def test_a_sunrise_that_is_the_sunset_beside_a_read_sunset_is_only_doubted() -> None:
    day = _day(shooting_date="2026-06-24", sunrise="21:20", sunset="21:22")
    found = S.sun_findings(day, None)
    assert [(f.field, f.cap, f.value) for f in found] == [("sunrise", S.DOUBT, S._KEEP)]


def test_where_a_swap_and_an_am_pm_slip_both_fit_the_swap_must_be_far_nearer() -> None:
    # London, 5 April 2026: sunrise ~06:26, sunset ~19:39. "19:40" is the sunset; as a slip
    # (07:40) it would be 74 min from the sunrise, within the zone's tolerance: moved
    moved = S.check_day(_day(shooting_date="2026-04-05", sunrise="19:40"), None, None)
    assert (moved.sunrise, moved.sunset) == (None, "19:40")
    # 17 March: sunrise ~06:09, sunset ~18:07: "18:20" is 13 min from the sunset and 11 from
    # a slipped sunrise, so the AM/PM slip stands, as before
    slipped = S.check_day(_day(sunrise="18:20"), None, None)
    assert (slipped.sunrise, slipped.sunset) == ("06:20", None)


def test_without_a_date_the_places_year_bounds_the_sun() -> None:
    # no sunrise in Hatfield is ever near 21:30, but June's sunsets are: moved, doubted
    day = _day(shooting_date=None, sunrise="21:30")
    checked = S.check_day(day, None, None)
    assert (checked.sunrise, checked.sunset) == (None, "21:30")
    assert checked.field_confidence["sunset"] == S.DOUBT
    assert any("date is not known" in w for w in checked.warnings)
    # 13:30 is neither a sunrise nor a sunset there: doubted, kept
    found = S.sun_findings(_day(shooting_date=None, sunrise="13:30"), None)
    assert [(f.field, f.cap, f.value) for f in found] == [("sunrise", S.DOUBT, S._KEEP)]
    # a plausible undated sunrise passes
    assert S.sun_findings(_day(shooting_date=None, sunrise="05:10"), None) == []


def test_without_a_place_a_sunrise_in_the_evening_is_doubted() -> None:
    found = S.sun_findings(_day(location="Stage 4", sunrise="21:13"), None)
    assert [(f.field, f.cap) for f in found] == [("sunrise", S.DOUBT)]
    assert "not a sunrise time anywhere" in found[0].warning


@pytest.mark.parametrize(
    ("address", "city"),
    [
        ("Gedimino pr. 4, LT-01103 Vilnius", "Vilnius"),
        ("J. Sütiste tee 19, 13419 Tallinn", "Tallinn"),
        ("Dobračina 59b, 11000 Belgrade", "Belgrade"),
    ],
)
def test_a_postcode_may_open_the_city_slot(address: str, city: str) -> None:
    place = sun_place(_day(location=address), None)
    assert place is not None and place.source == city


def test_a_postcode_overrules_a_city_name_of_another_country() -> None:
    place = sun_place(_day(location="2 High St, Perth PH1 5PH"), None)
    assert place is not None and place.zone == "Europe/London"
    place = sun_place(_day(location="Piccadilly, London W1J 9LL"), None)
    assert place is not None and place.source == "London"


def test_city_name_as_a_street_is_not_the_place() -> None:
    day = _day(location="12 Wellington Rd, Stage 3", sunset="06:00")
    assert sun_place(day, None) is None


# --- applying --------------------------------------------------------------------------------


def test_plausible_day_is_returned_unchanged() -> None:
    day = _day(sunrise="06:08", sunset="18:12", hospital=Hospital("Lister Hospital", None, None))
    checked = S.check_day(day, None, S.ReadContext(dt.date(2026, 3, 10), "Europe/London"))
    assert checked is day


def test_lowered_critical_field_lowers_the_overall() -> None:
    day = _day(call_time="01:00")
    checked = S.check_day(day, None, None)
    assert checked.field_confidence["call_time"] == S.DOUBT
    assert checked.confidence < 0.85 <= day.confidence
    assert any(w.startswith("call_time:") for w in checked.warnings)


def test_certain_fix_changes_the_value_and_warns() -> None:
    checked = S.check_day(_day(sunrise="06:08", sunset="06:12"), None, None)
    assert checked.sunset == "18:12"
    assert checked.field_confidence["sunset"] == 0.95
    assert any(w.startswith("sunset: 06:12 corrected to 18:12") for w in checked.warnings)


def test_checks_are_idempotent() -> None:
    context = S.ReadContext(dt.date(2026, 3, 20), None)
    once = S.check_day(_day(sunset="06:12", call_time="01:00"), None, context)
    assert S.check_day(once, None, context) == once


def test_recheck_json_adds_context_checks_to_a_cached_reading() -> None:
    from pipeline.extract.reader.model import DocumentResult

    cached = DocumentResult("call_sheet", (_day(sunset="06:12"),)).to_json()
    out = S.recheck_json(cached, S.ReadContext(dt.date(2026, 3, 20), None))
    day = out["days"][0]
    assert day["sunset"] == "18:12"
    assert day["field_confidence"]["shooting_date"] == S.PAST_CAP
    assert day["confidence"] < cached["days"][0]["confidence"]
    assert S.recheck_json(cached, None)["days"][0]["sunset"] == "18:12"


def test_recheck_json_places_a_sheet_by_its_contacts_phones() -> None:
    from pipeline.extract.reader.model import DocumentResult

    # No address the sun check knows; the crew's Toronto numbers place it (4 March: ~18:15)
    crew = (Contact("Ann Lee", "PM", None, "+14164558684", None),)
    day = _day(location="Stage 4", shooting_date="2026-03-04", sunset="06:15", contacts=crew)
    out = S.recheck_json(DocumentResult("call_sheet", (day,)).to_json(), None)
    assert out["days"][0]["sunset"] == "18:15"


# --- on generated sheets ---------------------------------------------------------------------


def test_wrap_is_read_beside_its_label_and_checked_against_the_call() -> None:
    from pipeline.extract.reader.api import extract_document
    from tests.fixtures import callsheets as C

    data, _ = C.uk_unit_call(unit_call="20:00")
    day = extract_document(data).days[0]
    assert day.field_confidence["call_time"] == S.DOUBT
    assert "call_time: 20:00 does not fit before the printed wrap 19:00" in day.warnings
    plausible = extract_document(C.uk_unit_call()[0]).days[0]
    assert not any("wrap" in w for w in plausible.warnings)


def test_context_reaches_the_checks_through_extract_document() -> None:
    from pipeline.extract.reader.api import extract_document
    from tests.fixtures import callsheets as C

    data, _ = C.polish_plan()
    plain = extract_document(data).days[0]
    late = extract_document(data, context=S.ReadContext(dt.date(2026, 4, 1), None)).days[0]
    assert late.field_confidence["shooting_date"] == S.PAST_CAP
    assert plain.field_confidence["shooting_date"] > S.PAST_CAP
    assert late.confidence < plain.confidence


@pytest.mark.parametrize(
    ("received", "zone", "want"),
    [
        (
            "2026-03-10T23:30:00+00:00",
            "Europe/Warsaw",
            S.ReadContext(dt.date(2026, 3, 11), "Europe/Warsaw"),
        ),
        (
            "2026-03-10T23:30:00+00:00",
            "America/Toronto",
            S.ReadContext(dt.date(2026, 3, 10), "America/Toronto"),
        ),
        ("2026-03-10T23:30:00+00:00", "Not/AZone", S.ReadContext(dt.date(2026, 3, 10), None)),
        (None, "UTC", S.ReadContext(None, "UTC")),
    ],
)
def test_context_from_email(received: str | None, zone: str, want: S.ReadContext) -> None:
    at = dt.datetime.fromisoformat(received) if received else None
    assert S.ReadContext.from_email(at, zone) == want


def test_utc_says_nothing_of_a_place() -> None:
    assert sun_place(_day(location="Stage 4"), "UTC") is None
    assert sun_place(_day(location="Stage 4"), "Etc/GMT+5") is None


# --- command line ----------------------------------------------------------------------------


def test_cli_passes_sent_and_timezone(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from pipeline.extract.__main__ import main
    from tests.fixtures import callsheets as C

    sheet = tmp_path / "sheet.pdf"
    sheet.write_bytes(C.uk_unit_call()[0])
    assert main([str(sheet), "--json"]) == 0
    plain = json.loads(capsys.readouterr().out)["days"][0]
    assert main([str(sheet), "--json", "--sent", "2026-05-01", "--timezone", "Europe/London"]) == 0
    late = json.loads(capsys.readouterr().out)["days"][0]
    assert late["field_confidence"]["shooting_date"] == S.PAST_CAP  # 45 days before
    assert plain["field_confidence"]["shooting_date"] > S.PAST_CAP
    assert any(w.startswith("shooting_date:") for w in late["warnings"])
    with pytest.raises(SystemExit):
        main([str(sheet), "--sent", "yesterday"])
    with pytest.raises(SystemExit):
        main([str(sheet), "--timezone", "Mars/Olympus"])
    assert "not an IANA time zone" in capsys.readouterr().err


def test_the_issue_examples_on_a_generated_sheet() -> None:
    from pipeline.extract.reader.api import extract_document
    from tests.fixtures import callsheets as C

    rows = [
        (30, 40, "BRAND X COMMERCIAL - Shoot Day 2 of 3", 18),
        (30, 80, "Date: Thursday 13 August 2026", 10),
        (30, 100, "Crew Call: 07:00", 12),
        (30, 120, "Location: 52 Grove Rd, London E3 5TB", 10),
        (30, 140, "Sunrise: 5:45 AM   Sunset: 8:24 AM", 10),
    ]
    day = extract_document(C.render(rows)).days[0]
    # London, 13 August: sunset ~20:22, so "8:24 AM" is a typo for PM
    assert day.sunset == "20:24"
    assert day.sunrise == "05:45"
    assert day.production == "BRAND X COMMERCIAL"
    assert any(w.startswith("sunset: 08:24 corrected to 20:24") for w in day.warnings)
    assert any(w.startswith("production: removed") for w in day.warnings)


# --- a date printed without a year -----------------------------------------------------------


def _yearless_sheet() -> bytes:
    from tests.fixtures import callsheets as C

    return C.render(
        [
            (30, 40, "BRICK LANE BLUES", 18),
            (30, 60, "CALL SHEET", 10),
            (30, 80, "Date: Thursday 14 November", 10),
            (30, 100, "Crew Call: 7:00", 10),
            (30, 120, "Set Location: 52 Grove Rd, London E3 5TB", 10),
        ]
    )


def test_a_yearless_date_without_the_emails_date_stays_unconfirmed() -> None:
    from pipeline.extract import extract_document

    # the fixture's file says it was made on 2025-01-01 (tests/fixtures/callsheets.MADE): the
    # one Thursday 14 November near it is 2024's, a guess a person confirms, never auto-confirmed
    day = extract_document(_yearless_sheet()).to_json()["days"][0]
    assert day["shooting_date"] == "2024-11-14"
    assert day["field_confidence"]["shooting_date"] < 0.85 and day["confidence"] < 0.85
    assert any("from the file's own date" in w for w in day["warnings"])
    assert day["date_text"] == "Date: Thursday 14 November"
    assert any("without a year" in w for w in day["warnings"])


@pytest.mark.parametrize(
    "sent, want, sure",
    [
        (dt.date(2024, 11, 10), "2024-11-14", True),  # 14 Nov 2024 is a Thursday
        (dt.date(2024, 11, 14), "2024-11-14", True),  # sent on the day itself
        (dt.date(2025, 11, 10), "2025-11-14", False),  # a Friday: the weekday disagrees
    ],
)
def test_a_yearless_date_takes_its_year_from_the_emails_date(
    sent: dt.date, want: str, sure: bool
) -> None:
    from pipeline.extract import extract_document

    context = S.ReadContext(sent=sent)
    direct = extract_document(_yearless_sheet(), context=context).to_json()["days"][0]
    # the cache keeps the reading made without the email; the recheck completes it the same way
    cached = S.recheck_json(extract_document(_yearless_sheet()).to_json(), context)["days"][0]
    for day in (direct, cached):
        assert day["shooting_date"] == want
        assert (day["confidence"] >= 0.85) is sure
        assert not any(w == "shooting_date: not found on the sheet" for w in day["warnings"])


@pytest.mark.parametrize("zone", ["Asia/Qatar", "America/Cayman", "Pacific/Guadalcanal"])
def test_a_zones_place_is_the_centre_of_its_largest_ring_as_timezonefinder_draws_it(zone) -> None:
    # Zones of several rings whose largest is not the first, and no namesake city in astral
    from timezonefinder import TimezoneFinder

    from pipeline.extract.reader.sun import _zone_place

    rings = [poly[0] for poly in TimezoneFinder().get_geometry(tz_name=zone, coords_as_pairs=True)]
    outer = max(rings, key=len)
    place = _zone_place(zone)
    assert place is not None and place.source == zone
    assert (place.longitude, place.latitude) == (
        sum(p[0] for p in outer) / len(outer),
        sum(p[1] for p in outer) / len(outer),
    )
