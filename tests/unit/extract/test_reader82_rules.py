"""Rules reader82 added, in places and wordings of their own (not the corpus sheets'): a sun
time whose place is known only by a phone number that names a whole country (+54 Argentina,
+86 China) may rise or set anywhere in that country, so the far south's late summer sunset is
not doubted, while a time no corner of the country has still is, and an AM/PM slip is still
mended; a number that says more than its country (a US area code) or a postcode keeps the
zone's own tolerance."""

from __future__ import annotations

import pytest

from pipeline.extract.reader import sanity as S
from pipeline.extract.reader.model import Day, Hospital
from pipeline.extract.reader.place_finder import _named_in_front, one_address
from pipeline.extract.reader.scoring import complete, overall
from pipeline.extract.reader.sun import sun_place
from pipeline.extract.reader.sun_country import country_corners
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import headed, label_rows, read_day


def _day(hospital_phone: str | None, **fields: object) -> Day:
    conf = complete(
        {k: 0.95 for k in ("production", "shooting_date", "call_time", "location", "hospital")}
        | {"sunrise": 0.95, "sunset": 0.95},
        1.0,
    )
    base: dict[str, object] = {
        "production": "VIENTO SUR",
        "call_time": "07:00",
        # Tolhuin, Tierra del Fuego (54.5 S): no city astral knows, no postcode of a zone
        "location": "Ruta Nacional 3 km 2950, Tolhuin",
        "hospital": Hospital("Hospital Regional", None, hospital_phone),
    }
    base.update(fields)
    return Day(**base, field_confidence=conf, confidence=overall(conf))  # type: ignore[arg-type]


# --- a sun known only by its country ---------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "rise", "fall"),
    [
        ("2026-12-15", "04:47", "22:00"),  # midsummer far south: 2 h after Buenos Aires' sunset
        ("2026-06-20", "09:52", "17:08"),  # midwinter: nearly 2 h after Buenos Aires' sunrise
    ],
)
def test_a_country_wide_number_allows_the_whole_countrys_sun(
    date: str, rise: str, fall: str
) -> None:
    day = _day("+54 2901 49-2000", shooting_date=date, sunrise=rise, sunset=fall)
    assert S.sun_findings(day, None) == []
    # without the number only the hours a sun rises or sets anywhere bound it: no doubt either
    assert S.sun_findings(_day(None, shooting_date=date, sunrise=rise, sunset=fall), None) == []


def test_a_time_no_corner_of_the_country_has_is_still_doubted() -> None:
    day = _day("+54 2901 49-2000", shooting_date="2026-12-15", sunset="17:00")
    (found,) = S.sun_findings(day, None)
    assert found.field == "sunset" and found.cap == S.DOUBT
    assert "anywhere in AR" in found.warning


def test_an_am_pm_slip_in_the_far_south_is_mended() -> None:
    day = _day("+54 2901 49-2000", shooting_date="2026-12-15", sunset="10:00")
    (found,) = S.sun_findings(day, None)
    assert found.field == "sunset" and found.value == "22:00" and found.cap is None


def test_a_chinese_number_spans_beijing_time_from_east_to_west() -> None:
    # Urumqi keeps Beijing time too on most clocks: a June sunset near 22:00
    day = _day(
        "+86 991 000 0000",
        location="Hongshan Park, Urumqi",
        shooting_date="2026-06-20",
        sunset="21:55",
    )
    place = sun_place(day, None)
    assert place is not None and place.corners and "anywhere in CN" in place.source
    assert S.sun_findings(day, None) == []


@pytest.mark.parametrize(
    ("phone", "location"),
    [
        ("+1 212 555 0100", "Pier 45, Hudson River Park"),  # a US area code names its zone
        ("+34 91 000 0000", "Calle de Alcalá 10"),  # Spain's numbers also name the Canaries
        ("+54 2901 49-2000", "Long Lane, Hatfield AL9 5HX"),  # a UK postcode places it first
    ],
)
def test_a_number_that_says_more_than_its_country_keeps_its_zone(phone: str, location: str) -> None:
    place = sun_place(_day(phone, location=location, shooting_date="2026-06-20"), None)
    assert place is not None and place.corners == ()


def test_the_country_box_leaves_out_antarctic_claims_and_other_clocks() -> None:
    region, corners = country_corners("+54 11 4000 0000", "America/Buenos_Aires") or ("", ())
    assert region == "AR"
    lats = [lat for lat, _ in corners]
    assert -56 < min(lats) < -54 and -23 < max(lats) < -21  # Tierra del Fuego to Jujuy
    assert country_corners("+54 11 4000 0000", "Europe/Madrid") is None  # no zone of that clock
    assert country_corners("not a number", "America/Buenos_Aires") is None


# --- a set label that names the sheet's own unit ------------------------------------------------


def _unit_sheet(band: str, *, own: str, other: tuple[str, str] | None = None) -> bytes:
    """A unit's sheet: ``band`` over the title and date, the unit's call and the main unit's
    set in a line, then three cells side by side: the unit's set under the label ``own``, the
    base, the hospital; ``other``: another set's label and its lines under them."""
    rows: list[Row] = [(40, 36, band, 11), (40, 60, "HOLLOW CREEK", 18)]
    rows += [(40, 80, "Tuesday, September 8, 2026", 10), (40, 104, "UNIT CALL 6:30 AM", 10)]
    rows += [(240, 104, "Main unit: Stage 2 at Riverside Studios", 9)]
    set_lines = ("Old Mill Museum", "418 Canal St", "Lockport, NY 14094", "the weir and Canal St")
    rows += headed(own, *set_lines, x=40, top=136)
    rows += headed("UNIT BASE", "Canal lot, 12 Market St", "Lockport, NY 14094", x=220, top=136)
    rows += headed("HOSPITAL", "Eastern Niagara Hospital", "521 East Ave", x=400, top=136)
    if other is not None:
        rows += headed(other[0], "Stage 4", other[1], "Buffalo, NY 14203", x=40, top=220)
    return render(rows)


def test_a_set_label_naming_the_sheets_own_unit_is_its_set() -> None:
    day = read_day(_unit_sheet("SPLINTER UNIT", own="SPLINTER UNIT LOCATION"))
    assert "418 Canal St" in day["location"]
    # read under its label (a label owning a whole address: 0.9), not guessed as the unlabelled
    # address nearest the call (0.88), nor from the running text (0.6)
    assert day["field_confidence"]["location"] >= 0.9


def test_another_units_set_on_a_unit_sheet_is_not_its_set() -> None:
    data = _unit_sheet(
        "SPLINTER UNIT", own="SPLINTER UNIT LOCATION", other=("MAIN UNIT", "1500 Main St")
    )
    assert "418 Canal St" in read_day(data)["location"]


def test_a_second_units_set_on_the_main_units_sheet_is_not_its_set() -> None:
    data = _unit_sheet("CALL SHEET", own="2ND UNIT LOCATION", other=("LOCATION", "1500 Main St"))
    assert "1500 Main St" in read_day(data)["location"]


# --- a village and post town under a premises' name on its line -------------------------------


def _set_sheet(*set_lines: str) -> bytes:
    """A small sheet of labels with their values beside them: the date, the crew call, the set
    (``set_lines``, the first beside LOCATION, the rest under it), the hospital."""
    rows: list[Row] = [(40, 40, "CALL SHEET", 16), (40, 62, "STILL WATERS", 14)]
    rows += label_rows(
        ("DATE", "Monday, June 15, 2026"), ("CREW CALL", "07:00"), value_x=140, top=90
    )
    rows += label_rows(("LOCATION", set_lines[0]), value_x=140, top=130)
    rows += [(140, 130 + 14 * n, text, 9) for n, text in enumerate(set_lines[1:], 1)]
    rows += label_rows(
        ("HOSPITAL", "Friarage Hospital, Bullamoor Rd, Northallerton DL6 1JG"), value_x=140, top=190
    )
    return render(rows)


@pytest.mark.parametrize(
    ("set_lines", "sure"),
    [
        # a premises' name before a village and its post town, on one line or the line above
        (("Wensleydale Creamery Visitors Centre, Gayle, Hawes DL8 3RN",), True),
        (("Wensleydale Creamery Visitors Centre", "Gayle, Hawes DL8 3RN"), True),
        (("Gayle, Hawes DL8 3RN",), False),  # the village or the street? nothing says
        (("Unit 4, Gayle, Hawes DL8 3RN",), False),  # a unit's number is no place's name
        (("Creamery, Gayle, Hawes DL8 3RN",), False),  # one word: a street's name as well
    ],
)
def test_a_village_and_post_town_are_sure_under_a_premises_name(
    set_lines: tuple[str, ...], sure: bool
) -> None:
    day = read_day(_set_sheet(*set_lines))
    assert day["location"] and "Hawes DL8 3RN" in day["location"]
    assert (day["field_confidence"]["location"] >= 0.85) == sure


@pytest.mark.parametrize(
    ("address", "named"),
    [
        ("Whinlatter Forest Visitor Centre, Braithwaite, Keswick CA12 5TW", True),
        ("Dales Countryside Museum, Askrigg, Leyburn DL8 3HG", True),
        ("Askrigg, Leyburn DL8 3HG", False),  # nothing before the village
        ("Unit 4, Askrigg, Leyburn DL8 3HG", False),  # a number, no name
        ("Museum, Askrigg, Leyburn DL8 3HG", False),  # one word may be the street's name
    ],
)
def test_a_premises_name_before_the_village_on_its_line(address: str, named: bool) -> None:
    assert _named_in_front(address) == named


# --- a wrap printed without its half of the day ----------------------------------------------


def _wrap_sheet(call: str, wrap: str) -> bytes:
    rows: list[Row] = [(40, 40, "CALL SHEET", 16), (40, 62, "BACKWATER", 14)]
    rows += label_rows(
        ("DATE", "Friday, May 8, 2026"),
        ("CREW CALL", call),
        ("EST. WRAP", wrap),
        ("LOCATION", "Pier 3, 200 Water St, Portland, ME 04101"),
        value_x=140,
        top=90,
    )
    return render(rows)


@pytest.mark.parametrize(
    ("call", "wrap", "doubted"),
    [
        ("7.00", "6.00", False),  # six in the evening: the sheet does not say which six
        ("8:30", "7:45", False),
        ("07:00", "06:00", True),  # a 24-hour wrap before the call: one of them is wrong
        ("7:00 AM", "6:00 AM", True),
        ("7.00", "6.00 hrs", True),
    ],
)
def test_a_wrap_without_its_half_of_the_day_checks_no_call(
    call: str, wrap: str, doubted: bool
) -> None:
    day = read_day(_wrap_sheet(call, wrap))
    assert day["call_time"] == _hhmm(call)
    said = any("does not fit before the printed wrap" in w for w in day["warnings"])
    assert said == doubted


def _hhmm(text: str) -> str:
    h, m = text.split()[0].replace(".", ":").split(":")
    return f"{int(h):02d}:{m}"


# --- a call joined to its place by a dash or a line break ----------------------------------------


_AMES_HOSPITAL = "Nearest hospital: Mary Greeley Medical Center, 1111 Duff Ave, Ames, IA 50010."


def _message(*lines: str) -> dict:
    """A crew message: a title, the date, a greeting, ``lines`` 14 pt apart, the hospital's
    sentence in a paragraph of its own."""
    rows: list[Row] = [(40, 40, "DRIFTWOOD - day 2", 12), (40, 62, "Saturday, May 9, 2026", 10)]
    rows += [(40, 90, "Hi everyone, thanks for a great week so far.", 10)]
    rows += [(40, 120 + 14 * n, text, 9) for n, text in enumerate(lines)]
    rows += [(40, 120 + 14 * len(lines) + 30, _AMES_HOSPITAL, 9)]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    "lines",
    [
        ("Sat 9 May \u2013 call 06:30 \u2013 Union Hall, 70 Main St, Ames, IA 50010",),
        ("Your call for Saturday:", "Call 6:30 AM", "Union Hall", "70 Main St, Ames, IA 50010"),
    ],
)
def test_a_call_joined_to_its_one_address_by_a_dash_or_a_line_is_sure(
    lines: tuple[str, ...],
) -> None:
    day = _message(*lines)
    assert day["call_time"] == "06:30" and "70 Main St" in day["location"]
    assert day["confidence"] >= 0.85


@pytest.mark.parametrize(
    "lines",
    [
        # a second time in the sentence
        ("Sat 9 May - call 06:30 - Union Hall, 70 Main St, Ames, IA 50010, first setup 07:15",),
        # the one address after the call is where the crew parks
        ("Call 6:30 AM", "Park at the Union Hall lot, 70 Main St, Ames, IA 50010"),
        # a second address that may be the set
        (
            "Call 6:30 AM",
            "Union Hall",
            "70 Main St, Ames, IA 50010",
            "",
            "After lunch: Reiman Gardens, 1407 University Blvd, Ames, IA 50011",
        ),
    ],
)
def test_a_call_joined_to_a_doubtful_place_stays_in_review(lines: tuple[str, ...]) -> None:
    assert _message(*lines)["confidence"] < 0.85


# --- a hospital's number after 'tel.' at the end of its address ---------------------------------


@pytest.mark.parametrize(
    ("line", "address"),
    [
        (
            "KB Sveti Duh, Sveti Duh 64, 10000 Zagreb, tel. 01 371 2111",
            "Sveti Duh 64, 10000 Zagreb",
        ),
        ("Bolnica Pula, Zagrebačka 30, 52100 Pula · Tel: 052 376 000", "Zagrebačka 30, 52100 Pula"),
        # negatives: 'Tel' opening a street's or a town's name is no number's word
        ("Clinic of St Luke, 3 Tel Lane, Leeds LS1 3EX", "3 Tel Lane, Leeds LS1 3EX"),
        (
            "St Mary's Hospital, 12 Telegraph Rd, Dublin D08 X2K6",
            "12 Telegraph Rd, Dublin D08 X2K6",
        ),
    ],
)
def test_a_tel_number_ending_the_hospitals_address_is_cut(line: str, address: str) -> None:
    rows: list[Row] = [(40, 40, "CALL SHEET", 16), (40, 62, "STILL WATERS", 14)]
    rows += label_rows(
        ("DATE", "Monday, June 15, 2026"),
        ("CREW CALL", "07:00"),
        ("LOCATION", "Old Harbour, 4 Pier Rd, Cork T12 X7P2"),
        ("HOSPITAL", line),
        value_x=140,
        top=90,
    )
    hospital = read_day(render(rows, unicode_font=True))["hospital"]
    assert hospital["address"] == address


# --- a street's name in quotes over a capital's round postcode ------------------------------------


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        (
            ["Народен театър „Иван Вазов“", "ул. „Дякон Игнатий“ 5", "1000 София"],
            "ул. „Дякон Игнатий“ 5, 1000 София",
        ),
        (
            ["Teatri Kombëtar", "Rruga „Myslym Shyri“ 5", "1001 Tiranë"],
            "Rruga „Myslym Shyri“ 5, 1001 Tiranë",
        ),
    ],
)
def test_a_quoted_street_over_its_postcode_and_town_is_an_address(
    lines: list[str], address: str
) -> None:
    assert one_address(lines)[1] == address


@pytest.mark.parametrize(
    "lines",
    [
        ["Спектакъл „Хамлет“", "действие 2, сцена 1"],  # a play's act and scene
        ["Репетиция „Хамлет“ 2", "10:00 - 14:00"],  # a rehearsal's hours, no postcode or town
    ],
)
def test_quoted_words_with_no_postcode_and_town_are_no_address(lines: list[str]) -> None:
    assert one_address(lines)[1] is None
