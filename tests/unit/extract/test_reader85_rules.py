"""Rules reader85 added, drawn in wordings and layouts of their own (not fresh58's or fresh59's
sheets): Malay and Indonesian street words written first ("Jalan", "Jln.", "Lorong", "Jl.");
"standby talent(s)" is the cast's time, never the crew's, so a "CALL TIME" column over it
keeps its call alone; German, Dutch, Czech, Hungarian and Nordic sheet names settle a numeric
date's day/month order; a short weekday that agrees with the order already known confirms it;
Icelandic three-digit postcodes after an Icelandic street; a place, its locality and its town
with the postcode on one line (India Post's order). Rows are (x, baseline y, text, size) in
points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.addresses import find_address
from pipeline.extract.reader.date_order import date_order, day_first_by_name
from pipeline.extract.reader.dates import find_dates
from pipeline.extract.reader.place_finder import one_address
from pipeline.extract.reader.town_lines import locality_and_coded_town
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import read_day

SAFE = 0.85

# --- Malay and Indonesian street words ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "street", "code"),
    [
        ("No. 8, Jalan Tun Razak, 50400 Kuala Lumpur", "Jalan Tun Razak", "50400"),
        ("Lorong Kulit, Jelutong, 11600 George Town", "Lorong Kulit", "11600"),
        ("Jln. Sultan 21, 50000 Kuala Lumpur", "Jln. Sultan 21", "50000"),
        ("Persiaran Gurney, 10250 George Town", "Persiaran Gurney", "10250"),
        ("Jl. Malioboro No. 52, Yogyakarta 55213", "Jl. Malioboro No. 52", "55213"),
    ],
)
def test_malay_and_indonesian_streets(text: str, street: str, code: str) -> None:
    found = find_address(text)
    assert found is not None and found.street == street and found.postcode == code
    assert found.quality >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "we go jalan-jalan after wrap, 50400 steps",  # a word in a sentence, lower case
        "Jl Malioboro",  # the short form without its dot
        "Talent: Jalan",  # a word alone
    ],
)
def test_not_a_malay_street(text: str) -> None:
    found = find_address(text)
    assert found is None or found.postcode is None


def _kl_sheet(location: list[str]) -> list[Row]:
    rows: list[Row] = [
        (40, 40, "SUNGAI BULOH PICTURES", 9),
        (40, 64, "Hujan Petang", 18),
        (40, 96, "Tarikh / Date: Rabu, 10 Mac 2027", 10),
        (40, 112, "Crew call 0730 hrs", 10),
        (40, 140, "LOKASI / LOCATION", 9),
    ]
    rows += column(*location, x=40, top=154, size=9, step=12)
    rows += [
        (320, 140, "HOSPITAL", 9),
        (320, 154, "Hospital Kuala Lumpur", 9),
        (320, 166, "Jalan Pahang, 50586 Kuala Lumpur", 9),
        (40, 230, "SC  SCENE  D/N", 8),
        (40, 244, "7  EXT. KEDAI KOPI - pagi  D", 8),
    ]
    return rows


def test_a_malay_set_address_under_its_name_is_sure() -> None:
    day = read_day(render(_kl_sheet(["Kedai Kopi Lama", "Jalan Tun H S Lee, 50000 Kuala Lumpur"])))
    assert "Jalan Tun H S Lee" in day["location"]
    assert day["field_confidence"]["location"] >= SAFE


def test_a_malay_set_named_only_stays_in_doubt() -> None:
    day = read_day(render(_kl_sheet(["Kedai Kopi Lama", "the back lane behind the shop"])))
    assert day["field_confidence"]["location"] < SAFE


# --- standby talent: the cast's time ---------------------------------------------------------


def _side_column(under_call: str) -> list[Row]:
    rows: list[Row] = [
        (300, 40, "CALL SHEET", 14),
        (300, 64, "Bayanihan", 18),
        (300, 100, "SET", 9),
        (300, 112, "Fort Santiago, Santa Clara St, Intramuros, 1002 Manila", 9),
        (300, 140, "NEAREST HOSPITAL", 9),
        (300, 152, "Manila Doctors Hospital, 667 United Nations Ave, Ermita, 1000 Manila", 8),
        (300, 200, "TALENT  ROLE  CALL", 8),
        (300, 212, "Maria Cruz  LOLA  4:00 AM", 8),
        (300, 224, "Jose Reyes  JUAN  6:30 AM", 8),
    ]
    rows += column(
        "DATE",
        "Friday, March 12, 2027",
        "CALL TIME",
        "5:00 AM",
        under_call,
        "6:30 AM",
        "PACK-UP",
        "6:00 PM",
        x=40,
        top=40,
        size=9,
        step=14,
    )
    return rows


def test_standby_talents_under_the_call_time_leave_it_alone() -> None:
    day = read_day(render(_side_column("STANDBY TALENTS")))
    assert day["call_time"] == "05:00"
    assert day["field_confidence"]["call_time"] >= SAFE


def test_standby_talent_is_never_the_crew_call() -> None:
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 64, "Bayanihan", 18),
        (40, 100, "Date: Friday, March 12, 2027", 10),
        (40, 116, "Standby talent: 6:30 AM", 10),
        (40, 132, "Set: Fort Santiago, Santa Clara St, Intramuros, 1002 Manila", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] != "06:30" or day["field_confidence"]["call_time"] < SAFE


# --- a sheet's name in a day-first language settles a numeric date's order ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "TAGESDISPOSITION Nr. 4",
        "Tagesdispo - Drehtag 3",
        "DISPO Nr. 12",
        "Dispo #2",
        "Drehtag 5 von 22",
        "DRAAISCHEMA dag 4",
        "Denní plán natáčení",
        "NAPI DISZPOZÍCIÓ - 3. forgatási nap",
        "Inspelningsdag 6",
        "Opptaksdag 2 av 20",
        "Tökudagur 4",
    ],
)
def test_more_day_first_document_names(text: str) -> None:
    assert day_first_by_name(text)
    assert date_order(None, None, text) is False


@pytest.mark.parametrize(
    "text",
    [
        "the disposition of the trucks",  # an English word
        "Crew dispo: see notes",  # the word with no number after it
        "SHOOT DAY 4 of 20",
    ],
)
def test_not_day_first_document_names(text: str) -> None:
    assert not day_first_by_name(text)


def _dispo(heading: str, date: str) -> list[Row]:
    return [
        (40, 40, "Alpenglühn Film AG", 9),
        (40, 56, heading, 11),
        (40, 80, "Der Bergführer", 18),
        (40, 110, f"Datum: {date}", 10),
        (40, 126, "Crew call 07.00 h", 10),
        (40, 150, "Motiv: Berggasthaus, Dorfstrasse 12, 3920 Zermatt", 9),
        (40, 166, "Spital: Spital Visp, Pflanzettastrasse 8, 3930 Visp", 9),
        (40, 200, "Bild Motiv T/N", 8),
        (40, 214, "14 EXT. TERRASSE - der Aufstieg T", 8),
    ]


def test_a_german_dispo_reads_its_dotted_date_day_first() -> None:
    day = read_day(render(_dispo("TAGESDISPOSITION Nr. 4", "4.3.27"), unicode_font=True))
    assert day["shooting_date"] == "2027-03-04"
    assert day["field_confidence"]["shooting_date"] >= SAFE


def test_an_english_named_sheet_keeps_the_doubt() -> None:
    day = read_day(render(_dispo("CALL SHEET No. 4", "4.3.27"), unicode_font=True))
    assert day["field_confidence"]["shooting_date"] < SAFE


# --- a short weekday confirms the order already known -----------------------------------------


def test_a_short_weekday_confirms_the_known_order() -> None:
    (found,) = find_dates("Di, 2.3.27", us_order=False)  # Tuesday 2 March (3 Feb: a Wednesday)
    assert (found.value, found.quality) == ("2027-03-02", 0.95)


def test_a_short_weekday_against_the_known_order_changes_nothing() -> None:
    (found,) = find_dates("Mi, 2.3.27", us_order=False)  # Wednesday is 3 February
    assert found.value == "2027-03-02" and found.quality < 0.95


# --- Icelandic postcodes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "town"),
    [
        ("Laugavegur 105, 101 Reykjavík", "101", "Reykjavík"),
        ("Hafnarstræti 20, 600 Akureyri", "600", "Akureyri"),
        ("Safn, Skólavörðustígur 3a, 101 Reykjavík", "101", "Reykjavík"),
    ],
)
def test_icelandic_postcode_after_its_street(text: str, code: str, town: str) -> None:
    found = find_address(text)
    assert found is not None and found.postcode == code and found.city == town
    assert found.quality >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Suite 5, 200 Park Avenue",  # a US building number after a suite
        "Stage 4, 120 Extras",  # a count after a stage
        "Room 12, 101 Dalmatians",
    ],
)
def test_three_digits_after_a_number_are_no_icelandic_code(text: str) -> None:
    found = find_address(text)
    assert found is None or found.postcode is None


# --- a place, its locality and its town with the postcode on one line ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Amber Palace, Devisinghpura, Amer, Jaipur, Rajasthan 302001",
        "Chowmahalla Palace, Khilwat, Hyderabad, Telangana 500002",
        "Hawa Mahal, Badi Choupad, Jaipur - 302002",
    ],
)
def test_locality_and_coded_town_on_one_line(text: str) -> None:
    assert locality_and_coded_town(text)
    assert one_address([text, "the courtyard"])[1] == text


@pytest.mark.parametrize(
    "text",
    [
        "Amber Palace, Devisinghpura, Amer, Jaipur, Rajasthan",  # no code: the town unsure
        "Amber Palace, Jaipur 302001, call 7:00 AM",  # a time in it
        "Amber Palace, Jaipur 302001",  # no locality: a name and a town
    ],
)
def test_not_locality_and_coded_town(text: str) -> None:
    assert not locality_and_coded_town(text)


def test_an_indian_set_line_is_a_sure_address() -> None:
    rows: list[Row] = [
        (40, 40, "GULABI PICTURES PVT. LTD.", 9),
        (40, 56, "CALL SHEET - Day 3", 11),
        (40, 74, "Film: Rang Mahal", 12),
        (40, 100, "Date : 12/03/2027 (Friday / Shukravaar)", 10),
        (40, 116, "Unit call : 6:30 AM", 10),
        (40, 132, "Location : Amber Palace, Devisinghpura, Amer, Jaipur, Rajasthan 302001", 9),
        (40, 148, "Hospital : SMS Hospital, JLN Marg, Jaipur, Rajasthan 302004", 9),
        (40, 180, "Sc. Scene D/N I/E", 8),
        (40, 194, "8 Sheesh Mahal - the mirror room N I", 8),
    ]
    day = read_day(render(rows))
    assert day["location"].endswith("Rajasthan 302001")
    assert day["field_confidence"]["location"] >= SAFE
