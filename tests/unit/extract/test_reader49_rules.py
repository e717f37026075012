"""Three wordings the reader misread (reader49), each drawn on small pages of its own: the
title printed under a crew-call box is no piece of the call (the box's time is its value);
a series' title run on with the day's or the episode's number ('Shoot Day 4', 'Ep. 7',
'Episode 12', 'Folge 4') is the title without them, with a warning that names what was cut;
a date inside a file's name in a print header ('CallSheet_Day3_2026-03-03.xlsx') is no rival
to the date the sheet labels. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85

_BODY: list[Row] = [
    (40, 180, "LOCATION: Harbour Hall, 12 Quay Street, Bristol BS1 4DJ", 9),
    (40, 196, "Sunrise 06:31   Sunset 17:52", 9),
    (40, 212, "Nearest hospital: Bristol Royal Infirmary, Upper Maudlin St, BS2 8HW", 9),
]


def _boxed(label: str, time: str, title: str, under: str) -> dict:
    """Credits down the left, a boxed call at the top centre (its label, its time large under
    it), the date and the day's facts down the right, a rule, then the title centred under
    the box with the episode's line under it."""
    rows: list[Row] = [
        (32, 36, "Lanternfish Television", 7.5),
        (32, 45.5, "Producer: Ana Ruiz", 7.5),
        (32, 55, "Director: Tom Bell", 7.5),
        (32, 64.5, "1st AD: Jo Park", 7.5),
        (275, 44, label, 8.5),
        (268, 70, time, 20),
        (470, 38, "Tuesday, March 3, 2026", 9),
        (500, 50, "Day 2 of 6", 8.5),
        (460, 62, "Sunrise 6:31 AM  Sunset 5:52 PM", 8),
        (500, 74, "Rain, 48\u00b0F", 8),
        (245, 108, title, 16),
        (257, 122, under, 9),
        *_BODY,
    ]
    box = [(236, 30, 376, 30), (236, 80, 376, 80), (236, 30, 236, 80), (376, 30, 376, 80)]
    return read_day(render(rows, unicode_font=True, lines=[(40, 88, 570, 88), *box]))


@pytest.mark.parametrize(
    ("label", "time", "title", "under", "want"),
    [
        (
            "CREW CALL",
            "7:00 AM",
            "\u201cCedar Hollow\u201d",
            "Episode 4 \u201cThe Well\u201d",
            "Cedar Hollow",
        ),
        ("GENERAL CALL", "06:30", "NORTHERN REACH", "Season 2, Episode 7", "NORTHERN REACH"),
        ("UNIT CALL", "8:15 AM", "Blackwater", "Ep. 12 \u201cLow Tide\u201d", "Blackwater"),
    ],
)
def test_the_title_under_a_call_box_is_no_piece_of_the_call(
    label: str, time: str, title: str, under: str, want: str
) -> None:
    day = _boxed(label, time, title, under)
    assert day["production"] == want
    assert day["call_time"] is not None


def _headed(title: str) -> dict:
    rows: list[Row] = [
        (40, 40, "Slate Grey Pictures", 8),
        (40, 70, title, 18),
        (40, 110, "Date: Tuesday 3 March 2026", 9),
        (40, 126, "Crew call: 07:30", 9),
        *_BODY,
    ]
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("title", "want", "cut"),
    [
        ("Harbour Nights \u00b7 Shoot Day 4 \u00b7 Ep. 7", "Harbour Nights", "Shoot Day 4"),
        ("BLUE MERIDIAN - Episode 12", "BLUE MERIDIAN", "Episode 12"),
        ("Kestrel Ridge | Folge 4", "Kestrel Ridge", "Folge 4"),
        ("Salt Road, Eps. 3-4", "Salt Road", "Eps. 3-4"),
    ],
)
def test_a_series_title_run_on_with_its_day_or_episode(title: str, want: str, cut: str) -> None:
    day = _headed(title)
    assert day["production"] == want
    assert day["field_confidence"]["production"] < SURE
    assert any(cut in w for w in day["warnings"] if w.startswith("production"))


@pytest.mark.parametrize(
    "title",
    ["Day of the Dead", "28 Days Later", "Star Wars: Episode IX", "The Last Episode", "Apollo 13"],
)
def test_a_title_holding_such_words_is_kept_whole(title: str) -> None:
    day = _headed(title)
    assert day["production"] == title


def test_a_day_count_alone_is_no_title() -> None:
    day = _headed("Day 5 of 8 \u00b7 Ep. 104")
    assert day["field_confidence"]["production"] < SURE


def _printed(header: str, date_line: str | None) -> dict:
    rows: list[Row] = [
        (36, 16, header, 7),
        (540, 16, "Sheet1", 7),
        (40, 44, "HOLLOW PINES - CALL SHEET", 12),
        (40, 110, "Crew call   7:00a", 9),
        *_BODY,
    ]
    if date_line:
        rows.append((40, 94, date_line, 9))
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("header", "date_line", "want"),
    [
        ("CallSheet_Day3_2026-03-03.xlsx", "Date   05-Mar-26", "2026-03-05"),
        ("hollow_pines_03.03.2026_v2.pdf", "Shoot date: Thursday 5 March 2026", "2026-03-05"),
        ("C:\\Shows\\dispo-2026-03-03-v2", "Date: 5 March 2026", "2026-03-05"),
        ("callsheet 2026-03-03.numbers", "Datum: 05.03.2026", "2026-03-05"),
    ],
)
def test_a_date_in_a_file_name_is_no_rival(header: str, date_line: str, want: str) -> None:
    day = _printed(header, date_line)
    assert day["shooting_date"] == want
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_a_file_name_alone_still_dates_the_sheet() -> None:
    day = _printed("CallSheet_2026-03-05.xlsx", None)
    assert day["shooting_date"] == "2026-03-05"


def test_a_date_outside_a_file_name_stays_a_rival() -> None:
    """'hollow_pines.xlsx   Tuesday 3 March 2026' in the body, no print band's mark: the date
    beside the file's name is a date of its own, still weighed."""
    rows: list[Row] = [
        (40, 44, "HOLLOW PINES - CALL SHEET", 12),
        (40, 94, "Date   05-Mar-26", 9),
        (40, 110, "Crew call   7:00a", 9),
        (300, 94, "hollow_pines.xlsx   Tuesday 3 March 2026", 9),
        *_BODY,
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["field_confidence"]["shooting_date"] < SURE


def _banded(band: str, y: float, date_line: str | None) -> dict:
    rows: list[Row] = [
        (36, y, band, 7),
        (40, 60, "Hollow Pines", 16),
        (40, 110, "Crew call: 07:00", 9),
        *_BODY,
    ]
    if date_line:
        rows.append((40, 94, date_line, 9))
    return read_day(render(rows, unicode_font=True))


@pytest.mark.parametrize(
    ("band", "y", "date_line"),
    [
        ("Page 1 of 2      03/03/2026", 20, "Date: Thursday, March 5, 2026"),
        ("Tabelle1   03.03.2026", 22, "Drehtag: Donnerstag, 05.03.2026"),
        ("Strona 1 z 1 \u00b7 wydruk 3.03.2026", 780, "Data zdjęć: czwartek, 5.03.2026"),
    ],
)
def test_a_print_band_date_is_no_rival(band: str, y: float, date_line: str) -> None:
    day = _banded(band, y, date_line)
    assert day["shooting_date"] == "2026-03-05"
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_a_print_band_date_alone_still_dates_the_sheet() -> None:
    day = _banded("Page 1 of 1      March 5, 2026", 20, None)
    assert day["shooting_date"] == "2026-03-05"


def test_a_dated_line_in_the_body_with_a_page_number_stays_a_rival() -> None:
    """'Page 2 of 3 - Friday 6 March 2026' in the body, not in a margin band: still weighed."""
    rows: list[Row] = [
        (40, 60, "Hollow Pines", 16),
        (40, 94, "Date: Thursday, March 5, 2026", 9),
        (40, 110, "Crew call: 07:00", 9),
        (300, 94, "Page 2 of 3 - Friday, March 6, 2026", 9),
        *_BODY,
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["field_confidence"]["shooting_date"] < SURE
