"""Rules reader99 added, drawn in wordings and layouts of their own (not fresh69's sheets): a
North American highway is the street of an address (a house number, then a designation and the
route's number: "4550 Hwy 101", "1200 US-41", "12 County Road 7"; or the highway alone before a
break: "Hwy 97A, Enderby"); a number and a direction left of a street cut short ("12 N, Town")
is no street, and a set read from it is not confirmed.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.addresses import find_addresses
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85


def _street(text: str) -> str | None:
    found = find_addresses(text)
    return found[0].street if found else None


# --- 1. a highway as the street of an address ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Redwood Ranch, 4550 Hwy 101, Crescent City, CA 95531", "4550 Hwy 101"),
        ("1200 US-41, Naples, FL 34102", "1200 US-41"),
        ("Citrus Barn, 250 SR 60, Lake Wales, FL 33853", "250 SR 60"),
        ("12 County Road 7, Kingsville, ON N9Y 2E5", "12 County Road 7"),
        ("Lakeside Hall, 880 Route 9W, Fort Lee, NJ 07024", "880 Route 9W"),
        ("Pioneer Farm, 47 PTH 3 W, Morden, MB R6M 1A1", "47 PTH 3 W"),
        ("Hwy 97A, Enderby, BC V0E 1V0", "Hwy 97A"),
        ("Feed Store, 9100 FM 1960, Humble, TX 77338", "9100 FM 1960"),
    ],
)
def test_a_highway_with_its_number_is_the_street(text: str, street: str) -> None:
    assert _street(text) == street


@pytest.mark.parametrize(
    "text",
    [
        "Follow Route 2 signs to the lot",  # a route named in a sentence, nothing after a break
        "Exit at US 41 for the lot",
        "San Juan, PR 00901",  # Puerto Rico's code and a ZIP: no highway
    ],
)
def test_a_highway_named_in_a_sentence_is_no_street(text: str) -> None:
    assert _street(text) is None


def _letter(place: str) -> bytes:
    rows: list[Row] = [
        (50, 50, "From: Dana Whitford <dana@flatlandfilms.ca>", 10),
        (50, 64, "Sent: Tuesday, May 4, 2027 6:10 p.m.", 10),
        (50, 78, "To: crew", 10),
        (50, 92, "Subject: Wheat Kings: schedule for Thursday, May 6, 2027", 10),
        (50, 120, "Hi all,", 11),
        (50, 140, f"Crew call is 7:00 a.m. at {place}.", 11),
        (50, 156, "We shoot the threshing demonstration and two interviews in the barn.", 11),
        (50, 172, "Sunrise is 5:41 a.m. and sunset 8:58 p.m..", 11),
        (50, 188, "Nearest emergency department: Boundary Trails Health Centre,", 11),
        (50, 202, "Hwy 14 and Hwy 3, Winkler, MB R6W 1H8.", 11),
        (50, 230, "Thanks,", 11),
        (50, 244, "Dana", 11),
    ]
    return render(rows)


def test_a_set_on_a_highway_in_an_itinerary_is_read_whole() -> None:
    day = read_day(_letter("Pembina Threshermen's Museum, 3020 PTH 3 W, Winkler, MB R6W 4A1"))
    assert day["location"].startswith("3020 PTH 3 W")
    assert day["field_confidence"]["location"] >= SURE


# --- 2. a street cut short is no street --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pembina Threshermen's Museum, 3 W, Winkler, MB R6W 4A1",  # the number and a direction
        "Pembina Museum, RM 12 N, Winkler, MB R6W 4A1",  # a road's code in capitals before
    ],
)
def test_a_number_and_a_direction_is_no_street(text: str) -> None:
    assert _street(text) is None


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Boathouse, 2 Canal Reach, London N1C 4DB", "2 Canal Reach"),
        ("Set: 12 W Main Burbank, CA 91522", "12 W Main"),
        ("Old Depot, 45 N Front, Wilmington, NC 28401", "45 N Front"),
    ],
)
def test_a_numbered_street_with_a_name_is_kept(text: str, street: str) -> None:
    # negatives: a direction with a name after it, or a name alone, still makes a street
    assert _street(text) == street


def test_a_set_whose_street_is_cut_short_is_not_confirmed() -> None:
    day = read_day(_letter("Pembina Threshermen's Museum, 3 W, Winkler, MB R6W 4A1"))
    assert day["location"] is None or not day["location"].startswith("3 W")
    assert day["field_confidence"]["location"] < SURE
