"""Rules reader83 added, drawn on small pages in wordings of their own (not fresh58's): Estonian,
Finnish, Icelandic and Hungarian call, hospital and base labels, a department's gathering kept
apart from the whole crew's; a running order's row time printed with its word for hour ('8.15
uur  Call crew'); a Nordic, Baltic or Dutch day order's own name is no title; one label for
both sun times over 'klo' / 'kl.' times; Hungarian clock times ('7 óra 30'), never durations; a
production word after a person's credit is the next credit; a German 'versendet' date is not
the shoot date; a label whose words point at a map owns no time of that note; Dutch street
names after the article "'s-"; a week's strip of dates beside a labelled date weighs as a date
below the header. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.cell_words import points_elsewhere
from pipeline.extract.reader.values import find_times
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _day(rows: list[Row]) -> dict:
    return read_day(render(rows, unicode_font=True))


def _typed(heading: str, title: str, *lines: str) -> list[Row]:
    """A word processor's day order: its heading, the title, then one label line after another."""
    rows: list[Row] = [(40, 40, heading, 14), (40, 64, title, 12)]
    return rows + [(40, 96 + 15 * n, text, 9) for n, text in enumerate(lines)]


# --- Estonian, Finnish, Icelandic and Hungarian labels ------------------------------------------


def test_an_estonian_crew_gathering_and_emergency_department() -> None:
    day = _day(
        _typed(
            "VÕTTEPÄEVA KAVA",
            "Merekarp",
            "Kuupäev: neljapäev, 14.01.2027",
            "Grimm: 06:30",
            "Kogunemine, võttegrupp: 07:15 sadama värava juures",
            "Lõuna: 12:30",
            "Võttekoht: Pärnu Muuli, Mere pst 2, 80010 Pärnu",
            "Baas / parkimine: Parkla, Ranna pst 1, 80010 Pärnu",
            "Lähim EMO: Pärnu Haigla, Ristiku 1, 80010 Pärnu",
        )
    )
    assert day["call_time"] == "07:15"
    assert (day["hospital"] or {}).get("name") == "Pärnu Haigla"


def test_a_finnish_departments_gathering_is_not_the_whole_crews() -> None:
    day = _day(
        _typed(
            "KUVAUSPÄIVÄN OHJELMA",
            "Järven takana",
            "Päivämäärä: torstai 14.1.2027",
            "Kokoontuminen, valo ja sähkö: klo 6.45",
            "Kokoontuminen, koko ryhmä: klo 7.45 satamassa",
            "Lounas: klo 12.00",
            "Kuvauspaikka: Tampereen satama, Laukontori 1, 33200 Tampere",
        )
    )
    assert day["call_time"] == "07:45"


def test_a_departments_gathering_alone_is_no_sure_crew_call() -> None:
    day = _day(
        _typed(
            "KUVAUSPÄIVÄN OHJELMA",
            "Järven takana",
            "Päivämäärä: torstai 14.1.2027",
            "Kokoontuminen, valo: klo 6.45",
            "Kuvauspaikka: Tampereen satama, Laukontori 1, 33200 Tampere",
        )
    )
    assert day["call_time"] != "06:45" or day["field_confidence"]["call_time"] < SURE


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Slysadeild", "Sjúkrahúsið á Akureyri"),
        ("SÜRGŐSSÉGI OSZTÁLY:", "Markusovszky Kórház"),
    ],
)
def test_emergency_department_labels(label: str, name: str) -> None:
    day = _day(
        _typed(
            "CALL SHEET",
            "Northern Lights",
            "Date: Thursday, 14 January 2027",
            "Crew call: 08:00",
            "Location: Harbour Hall, 12 Quay Street, Galway H91 X2Y3",
            f"{label} {name}, Spítalavegur 5, 600 Akureyri",
        )
    )
    assert (day["hospital"] or {}).get("name", "").startswith(name)


# --- a running order's row time with its word for hour ------------------------------------------


def _running_order(*rows: tuple[str, str, str]) -> list[Row]:
    out: list[Row] = [
        (40, 40, "DAGPLANNING", 14),
        (40, 64, "Het Verre Land", 12),
        (40, 90, "Datum: donderdag 14-01-2027", 9),
        (40, 104, "Locatie: Kasteel Doorwerth, Fonteinallee 2, 6865 ND Doorwerth", 9),
        (40, 130, "TIJD", 8),
        (120, 130, "ONDERDEEL", 8),
        (260, 130, "PLEK", 8),
    ]
    for n, (time, what, where) in enumerate(rows):
        y = 144 + 14 * n
        out += [(40, y, time, 8), (120, y, what, 8), (260, y, where, 8)]
    return out


def test_a_crew_call_row_with_its_time_and_word_for_hour() -> None:
    day = _day(
        _running_order(
            ("6.30 uur", "Kostuum en grime", "basis"),
            ("8.15 uur", "Call crew", "kasteel"),
            ("12.30 uur", "Lunch", "basis"),
        )
    )
    assert day["call_time"] == "08:15"


def test_a_lunch_row_with_its_word_for_hour_is_no_call() -> None:
    rows = _running_order(("6.30 uur", "Kostuum en grime", "basis"), ("12.30 uur", "Lunch", ""))
    day = _day(rows)
    assert day["call_time"] != "12:30"


# --- a day order's own name is no title ---------------------------------------------------------


@pytest.mark.parametrize("heading", ["PÄEVAPLAAN", "PÄIVÄJÄRJESTYS", "DAGSKRÁ", "DRAAISCHEMA"])
def test_a_day_orders_own_name_is_no_title(heading: str) -> None:
    day = _day(
        _typed(
            heading,
            "Tuulemaa",
            "Date: Thursday, 14 January 2027",
            "Crew call: 08:00",
            "Location: Harbour Hall, 12 Quay Street, Galway H91 X2Y3",
        )
    )
    assert day["production"] == "Tuulemaa"


# --- one label for both sun times over 'klo' / 'kl.' times --------------------------------------


@pytest.mark.parametrize(
    ("line", "rise", "fall"),
    [
        ("Auringonnousu / -lasku: klo 8.02 / klo 16.10", "08:02", "16:10"),
        ("Sólarupprás / sólarlag: kl. 11:02 / kl. 15:50", "11:02", "15:50"),
    ],
)
def test_one_sun_label_over_klo_times(line: str, rise: str, fall: str) -> None:
    day = _day(
        _typed(
            "CALL SHEET",
            "Tuulemaa",
            "Date: Thursday, 14 January 2027",
            "Crew call: 08:00",
            "Location: Harbour Hall, 12 Quay Street, Galway H91 X2Y3",
            line,
        )
    )
    assert (day["sunrise"], day["sunset"]) == (rise, fall)


# --- Hungarian clock times ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Gyülekező 6 óra 45", ["06:45"]),
        ("ebéd 13 óra 00-tól", ["13:00"]),
        ("stáb hívás 8 órakor", ["08:00"]),
        ("kezdés 7 óra 15 perckor", ["07:15"]),
        ("2 óra szünet", []),
        ("a forgatás 1 óra 30 perc késéssel indul", []),
        ("12 óráig forgatunk", []),
    ],
)
def test_hungarian_clock_times_not_durations(text: str, want: list[str]) -> None:
    assert [p.value for p in find_times(text)] == want


# --- a production word after a person's credit --------------------------------------------------


def test_a_production_credit_after_the_directors_is_no_title() -> None:
    day = _day(
        [
            (40, 40, "Bergwind Film AG", 9),
            (40, 66, "Gletscherlicht", 16),
            (40, 84, "Director: Anna Rüegg · Produktion: Marco Zünd", 9),
            (40, 110, "Drehtag: Do, 14.01.2027", 9),
            (40, 124, "Crew call: 07:30", 9),
            (40, 138, "Drehort: Hotel Bellevue, Dorfstrasse 4, 3818 Grindelwald", 9),
        ]
    )
    assert day["production"] != "Marco Zünd"


def test_a_production_label_on_its_own_line_still_names_the_title() -> None:
    day = _day(
        [
            (40, 40, "Bergwind Film AG", 9),
            (40, 66, "Produktion: Gletscherlicht", 9),
            (40, 84, "Regie: Anna Rüegg", 9),
            (40, 110, "Drehtag: Do, 14.01.2027", 9),
            (40, 124, "Crew call: 07:30", 9),
            (40, 138, "Drehort: Hotel Bellevue, Dorfstrasse 4, 3818 Grindelwald", 9),
        ]
    )
    assert day["production"] == "Gletscherlicht"


# --- a 'versendet' date is not the shoot date ---------------------------------------------------


def test_a_sent_date_in_the_short_form_is_not_the_shoot_date() -> None:
    day = _day(
        [
            (40, 40, "Bergwind Film AG", 9),
            (40, 66, "Gletscherlicht", 16),
            (40, 92, "versendet: Do, 14.1.27 / 19.00 h", 9),
            (40, 106, "Drehtag: Mo, 18.1.27", 9),
            (40, 124, "Crew call: 07:30", 9),
            (40, 138, "Drehort: Hotel Bellevue, Dorfstrasse 4, 3818 Grindelwald", 9),
        ]
    )
    assert day["shooting_date"] == "2027-01-18"


# --- a label pointing at a map owns no time of that note ----------------------------------------


def test_a_meeting_point_that_points_at_the_map_owns_no_shuttle_time() -> None:
    day = _day(
        _typed(
            "TAGESDISPO",
            "Gletscherlicht",
            "Datum: Donnerstag, 14.01.2027",
            "Treffpunkt Team: 07:00 Uhr",
            "Drehort: Hotel Bellevue, Dorfstrasse 4, 3818 Grindelwald",
            "Treffpunkt siehe Karte: Parkplatz am Bahnhof; Shuttle ab 06:20 Uhr alle 15 Min.",
        )
    )
    assert day["call_time"] == "07:00" and day["field_confidence"]["call_time"] >= SURE


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("siehe Lageplan: Basis auf der Wiese", True),
        ("see map on page 2", True),
        ("voir plan d'accès", True),
        ("zie kaart", True),
        ("Hauptbahnhof, Gleis 3", False),
        ("Seestrasse 12, 8002 Zürich", False),
        ("07:00 Uhr", False),
    ],
)
def test_words_that_point_elsewhere(text: str, points: bool) -> None:
    assert points_elsewhere(text) is points


# --- Dutch street names after the article 's- ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("'s-Gravendijkwal 12, 3021 EK Rotterdam", "'s-Gravendijkwal 12"),
        ("\u2019s-Gravelandseweg 80, 1217 EW Hilversum", "\u2019s-Gravelandseweg 80"),
    ],
)
def test_a_dutch_street_after_its_article(text: str, street: str) -> None:
    found = find_address(text)
    assert found is not None and found.street == street


def test_the_article_before_a_lower_case_word_is_no_street() -> None:
    found = find_address("'s middags 4, 1217 EW Hilversum")
    assert found is None or found.street is None


# --- a week's strip of dates beside a labelled date ---------------------------------------------


def _week(*strip: Row, label: str = "Datum: donderdag 14-01-2027") -> list[Row]:
    return [
        (40, 40, "DAGPLANNING", 14),
        (40, 64, "Het Verre Land", 12),
        *strip,
        (40, 110, label, 9),
        (40, 124, "Verzameltijd: 8.00 uur", 9),
        (40, 138, "Locatie: Kasteel Doorwerth, Fonteinallee 2, 6865 ND Doorwerth", 9),
    ]


def test_a_week_strip_over_a_labelled_date_leaves_the_day_sure() -> None:
    strip = (40, 86, "di 12-01-2027   wo 13-01-2027   do 14-01-2027   vr 15-01-2027", 8)
    day = _day(_week(strip))
    assert day["shooting_date"] == "2027-01-14"
    assert day["field_confidence"]["shooting_date"] >= SURE


def test_two_dates_on_a_line_are_no_week_strip() -> None:
    # the sheet's date and the next day's, both at the top: still rivals, in doubt
    strip = (40, 86, "wo 13-01-2027   do 14-01-2027", 8)
    day = _day(_week(strip, label="Draaidag 3"))
    assert day["field_confidence"]["shooting_date"] < SURE
