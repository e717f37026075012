"""Rules reader87 added, drawn in wordings and layouts of their own (not fresh60's sheets): a
night named by its weekdays and parts of the day ("THURSDAY NIGHT 3/18 / FRIDAY MORNING 3/19")
is one night, read as its first day; the full date printed only with the night's wrap ("Wrap
(approx.) 6:00 AM Friday, March 19, 2027") dates the night by the day before when the sheet
prints that day with its weekday; a header naming the date read as a night's second day puts
it in doubt. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.reader.dates import find_dates
from pipeline.extract.reader.night_dates import NIGHT_NOTE
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

# --- a weekday with the part of the day names a date ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("THURSDAY NIGHT 3/18 / FRIDAY MORNING 3/19", "2027-03-18"),
        ("Thu night 3/18 into Fri morning 3/19", "2027-03-18"),
        ("Thursday evening 3/18 - Friday 3/19", "2027-03-18"),
    ],
)
def test_a_night_named_by_parts_of_the_day_is_its_first_day(text: str, want: str) -> None:
    found = find_dates(text, us_order=True, reference=dt.date(2027, 3, 18))
    assert [p.value for p in found] == [want]
    assert found[0].note and NIGHT_NOTE in found[0].note


def test_a_weekday_with_its_morning_checks_the_date() -> None:
    found = find_dates("SATURDAY MORNING 3/20", us_order=True, reference=dt.date(2027, 3, 18))
    assert found[0].value == "2027-03-20" and found[0].quality >= 0.95
    wrong = find_dates("SUNDAY MORNING 3/20", us_order=True, reference=dt.date(2027, 3, 18))
    assert wrong[0].quality < 0.5  # 20 March 2027 is a Saturday


def test_two_days_that_are_no_night_stay_apart() -> None:
    found = find_dates("Thursday night 3/18 / Saturday morning 3/20", us_order=True,
                       reference=dt.date(2027, 3, 18))  # fmt: skip
    assert [p.value for p in found] == ["2027-03-18", "2027-03-20"]


# --- a night dated only by its wrap -------------------------------------------------------------


def _night(header: str, wrap: str, call: str = "Crew call 8:00 PM") -> list[Row]:
    return [
        (40, 40, "LANTERN ROW", 18),
        (40, 62, "Harbor Lane Pictures - night unit", 9),
        (40, 80, header, 10),
        (40, 110, call, 10),
        (40, 124, "Meal 1:00 AM", 10),
        (40, 138, wrap, 10),
        (40, 170, "Set: Pier 9 Warehouse, 100 Front St, Wilmington, NC 28401", 9),
        (40, 186, "Hospital: Novant Health New Hanover, 2131 S 17th St, Wilmington, NC 28401", 9),
        (40, 220, "SC 12 EXT. PIER - the ferry leaves N 2/8", 9),
    ]


def test_the_wrap_date_of_a_night_dates_it_by_the_day_before() -> None:
    rows = _night("THURSDAY NIGHT 3/18 / FRIDAY MORNING 3/19", "Wrap (approx.) 6:00 AM "
                  "Friday, March 19, 2027")  # fmt: skip
    day = read_day(render(rows))
    assert day["shooting_date"] == "2027-03-18"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_the_night_before_printed_as_a_weekday_alone() -> None:
    rows = _night("NIGHT 4 OF 6 - Thu 3/18", "Est. wrap 5:30 AM (Fri, March 19, 2027)")
    day = read_day(render(rows))
    assert day["shooting_date"] == "2027-03-18"


def test_a_days_wrap_in_the_evening_keeps_its_date() -> None:
    # a day's work: the wrap's date is the day's own, whatever day before is printed
    rows = _night("TRAVEL Thu 3/18 - SHOOT DAY 2", "Wrap (est.) 6:00 PM Friday, March 19, 2027",
                  call="Crew call 7:00 AM")  # fmt: skip
    day = read_day(render(rows))
    assert day["shooting_date"] == "2027-03-19"


def test_a_wrap_date_with_no_day_before_printed_is_left_as_it_was() -> None:
    rows = _night("NIGHT 4 OF 6", "Wrap (approx.) 6:00 AM Friday, March 19, 2027")
    day = read_day(render(rows))
    assert day["shooting_date"] != "2027-03-18"  # nothing on the page says Thursday


def test_a_full_date_the_header_names_as_the_nights_second_day_is_doubted() -> None:
    rows = _night("THURSDAY NIGHT 3/18 / FRIDAY MORNING 3/19", "Wrap 6:00 AM")
    rows.append((300, 110, "Sunrise Friday, March 19, 2027 7:14 AM", 9))
    day = read_day(render(rows))
    assert day["shooting_date"] == "2027-03-18"
    assert day["field_confidence"]["shooting_date"] < 0.85


# --- an outside broadcast's sheet: the truck park's own date ---------------------------------


def _ob(park: str) -> list[Row]:
    return [
        (40, 40, "RIVERSIDE OB FACILITIES - UNIT 3", 9),
        (40, 66, "Racing Sunday", 18),
        (40, 88, "Sun 4 Apr 2027 - first race 1:40 PM", 10),
        (40, 104, park, 9),
        (40, 130, "Crew call 8:00 AM", 10),
        (40, 150, "Venue: Saratoga Race Course, 267 Union Ave, Saratoga Springs, NY 12866", 9),
        (40, 166, "ER: Saratoga Hospital, 211 Church St, Saratoga Springs, NY 12866", 9),
    ]


@pytest.mark.parametrize(
    "park",
    ["Truck park & power - Sat 4/3/27 3:00 PM", "SCANNER PARK: Sat 4/3/27, 1500 (infield lot)"],
)
def test_the_truck_parks_date_is_not_the_shows(park: str) -> None:
    day = read_day(render(_ob(park)))
    assert day["shooting_date"] == "2027-04-04"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_another_date_in_the_header_still_rivals_the_shows() -> None:
    day = read_day(render(_ob("Truck arrives - Sat 4/3/27 3:00 PM")))  # no park: a rival
    assert day["field_confidence"]["shooting_date"] < 0.85


# --- a trip's itinerary under the day's programme ---------------------------------------------

_TRIP = [
    "1   Sun 7 Mar 2027    Leeds - Settle        Train",
    "2   Mon 8 Mar 2027    Settle, the viaduct   Walk",
    "3   Tue 9 Mar 2027    Ribblehead            Van",
    "4   Wed 10 Mar 2027   Carlisle - Leeds      Train",
]


def _trip_sheet(header: str, rows: list[str]) -> list[Row]:
    out: list[Row] = [
        (40, 40, "Northern Rail Stories", 18),
        (40, 62, "Fellside Docs Ltd - daily call", 9),
        (40, 80, header, 10),
        (40, 110, "Unit call (hotel car park)", 10),
        (186, 110, "06:45", 10),
        (40, 124, "Location", 10),
        (186, 124, "Settle station, Station Road, Settle BD24 9AA", 10),
        (40, 138, "Hospital", 10),
        (186, 138, "Airedale General Hospital, Skipton Road, Keighley BD20 6TD", 10),
        (40, 170, "DAY   DATE   WHERE   TRAVEL", 9),
    ]
    out += [(40, 184 + 13 * n, text, 9) for n, text in enumerate(rows)]
    return out


def test_the_row_marked_today_dates_the_day() -> None:
    rows = [r + ("   <- TODAY" if r.startswith("2 ") else "") for r in _TRIP]
    day = read_day(render(_trip_sheet("SHOOT DAY 2", rows)))
    assert day["shooting_date"] == "2027-03-08"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_the_row_numbered_as_today_dates_the_day() -> None:
    day = read_day(render(_trip_sheet("TODAY IS DAY 3 (see the trip below)", _TRIP)))
    assert day["shooting_date"] == "2027-03-09"
    assert day["field_confidence"]["shooting_date"] >= 0.85


def test_an_itinerary_that_names_no_today_stays_in_doubt() -> None:
    day = read_day(render(_trip_sheet("DAILY SCHEDULE", _TRIP)))
    assert day["field_confidence"]["shooting_date"] < 0.85


def test_two_rows_marked_today_settle_nothing() -> None:
    rows = [r + ("  TODAY" if r[0] in "23" else "") for r in _TRIP]
    day = read_day(render(_trip_sheet("DAILY SCHEDULE", rows)))
    assert day["field_confidence"]["shooting_date"] < 0.85


# --- a running order's column is no title ----------------------------------------------------


def _running_order(head: str) -> list[Row]:
    return [
        (40, 40, "Salt Marsh Diaries", 18),
        (40, 64, "Date: Tuesday 9 March 2027", 10),
        (40, 80, "Unit call: 06:45", 10),
        (40, 96, "Location: Settle station, Station Road, Settle BD24 9AA", 10),
        (40, 130, "TIME", 9),
        (100, 130, head, 9),
        (330, 130, "WHO", 9),
        (40, 144, "07:00", 9),
        (100, 144, "Drive to the viaduct, drone checks", 9),
        (330, 144, "All", 9),
        (40, 158, "09:30", 9),
        (100, 158, "Interview: the signalman", 9),
        (330, 158, "Director", 9),
    ]


@pytest.mark.parametrize("head", ["PROGRAMME", "PROGRAM", "SHOW"])
def test_a_running_orders_column_heading_is_no_title_label(head: str) -> None:
    day = read_day(render(_running_order(head)))
    assert day["production"] == "Salt Marsh Diaries"


def test_a_title_label_with_its_title_beside_it_still_reads() -> None:
    # the label over its title, no time left of it: the running order's column stays a title's
    rows = [(40, 20, "PROGRAMME", 8), (40, 34, "Marsh Lives", 11), *_running_order("ITEM")[1:]]
    day = read_day(render(rows))
    assert day["production"] == "Marsh Lives"


# --- a label column's places with no postcode the reader knows --------------------------------


def _key_column(place: str, hospital: str) -> list[Row]:
    return [
        (40, 40, "THE LONG SWIM", 18),
        (40, 64, "Friday 12 March 2027", 10),
        (40, 100, "Crew call", 10),
        (186, 100, "07:30", 10),
        (40, 114, "Boats leave", 10),
        (186, 114, "08:15", 10),
        (40, 128, "Location", 10),
        (186, 128, place, 10),
        (40, 140, "Filming", 10),
        (186, 140, "the slipway at low tide", 10),
        (40, 154, "Vans", 10),
        (186, 154, "Pier car park, Pier Road, Kinsale", 10),
        (40, 168, "Nearest hospital", 10),
        (186, 168, hospital, 10),
        (40, 180, "Sun up 07:02, down 18:21", 9),
    ]


def test_a_label_columns_place_with_a_street_and_town_is_its_value() -> None:
    rows = _key_column("Old Slipway, Pier Road, Kinsale, Co. Cork",
                       "Cork University Hospital, Wilton, Cork T12 DC4A")  # fmt: skip
    day = read_day(render(rows))
    assert "Pier Road" in day["location"]
    assert day["hospital"]["name"] == "Cork University Hospital"


def test_british_overseas_territory_and_eircode_routing_key_postcodes() -> None:
    from pipeline.extract.reader.addresses import find_addresses

    (a,) = find_addresses("Main Street, Jamestown, St Helena STHL 1ZZ")
    assert a.postcode == "STHL 1ZZ" and a.country == "SH"
    (b,) = find_addresses("The Quay, Kinsale, Co. Cork P17")
    assert b.postcode == "P17" and b.country == "IE"
    assert find_addresses("Call P17 at 7") == []  # a routing key alone, after no county
