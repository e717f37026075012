"""Conventions from the eighteenth held-out set's misses (reader27): the paper's own kind as
its largest heading, a quoted title after the kind of production (Czech / Slovak, a school's
short name), a "rise / set" row in Czech / Slovak and German's "SA / SU", the German meeting
time, a bare set label above its numbered second, a documentary title over its kind line, a
travel itinerary's legs. Each is drawn on a small page of its own, in words of its own. Rows
are (x, baseline y, text, size) in points (A4 where the text needs a Unicode font)."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract import extract_document
from tests.fixtures.callsheets import render
from tests.unit.extract.drawn import label_rows, read_day


def _read(data: bytes) -> Any:
    return extract_document(data).to_json()


# --- the Slovak "DENNÁ DISPOZÍCIA": the paper's kind, the quoted title, the sun's pair -------


def _slovak_sheet(kind_line: str, sun: str, *, second_set: bool = True) -> bytes:
    rows = [
        (40, 40, "DENNÁ DISPOZÍCIA", 15),
        (330, 40, "Tatranský film s.r.o.", 8),
        (40, 60, kind_line, 10),
        (40, 76, "nakrúcací deň 5/22", 9),
        (40, 92, "štvrtok 8. 10. 2026", 9),
        (300, 92, "Zraz štábu: 07:15", 9),
        (40, 116, "Miesto nakrúcania", 9),
        (170, 116, "Dóm svätej Alžbety", 9),
        (170, 128, "Hlavná 26, 040 01 Košice", 9),
    ]
    if second_set:
        rows += [
            (40, 148, "Miesto nakrúcania 2", 9),
            (170, 148, "Námestie Maratónu mieru (exteriér)", 9),
        ]
    rows += [
        (40, 172, "Najbližšia nemocnica", 9),
        (170, 172, "Univerzitná nemocnica L. Pasteura, Rastislavova 43, 041 90 Košice", 9),
        (40, 188, sun, 9),
        (40, 212, "12/3 I Dóm - svadba D 2 1, 2", 9),
    ]
    return render(rows, unicode_font=True, page="A4")


@pytest.mark.parametrize(
    ("kind_line", "title"),
    [
        ("celovečerný film „Horáreň”", "Horáreň"),
        ("televízny seriál, diel 4 „Zlatá ulička”", "Zlatá ulička"),
        ("študentský film VŠMU „Pec”", "Pec"),  # a school's short name among the kind
    ],
)
def test_the_papers_kind_gives_way_to_the_quoted_title(kind_line: str, title: str) -> None:
    # Given "DENNÁ DISPOZÍCIA" printed largest, the title quoted after its kind of production
    day = read_day(_slovak_sheet(kind_line, "Východ / západ slnka 06:58 / 18:12"))
    # Then the production is the quoted title, never the paper's kind
    assert day["production"] == title


def test_a_quote_after_words_that_are_no_kind_is_not_cut_out() -> None:
    # Given a quote in a line whose other words do not name a kind of production
    day = read_day(_slovak_sheet("Hostinec „U Lipy” ZÁMOK", "Východ / západ slnka 06:58 / 18:12"))
    # Then the reader does not take the quoted words for the title
    assert day["production"] != "U Lipy"


def test_a_rise_set_pair_row_reads_both_times() -> None:
    # Given "Východ / západ slnka 06:58 / 18:12" (sunrise / sunset, one row)
    day = read_day(
        _slovak_sheet("celovečerný film „Horáreň”", "Východ / západ slnka 06:58 / 18:12")
    )
    # Then both times are read, each where it belongs
    assert (day["sunrise"], day["sunset"]) == ("06:58", "18:12")


def test_a_bare_set_label_above_its_numbered_second_is_the_first() -> None:
    # Given "Miesto nakrúcania" with an address, then "Miesto nakrúcania 2" lower down
    day = read_day(
        _slovak_sheet("celovečerný film „Horáreň”", "Východ / západ slnka 06:58 / 18:12")
    )
    # Then the first set is today's location, the second follows it
    assert day["location"].startswith("Hlavná 26")
    assert day["locations"][0]["name"] == "Dóm svätej Alžbety"


def test_a_bare_set_label_below_a_numbered_one_stays_after_it() -> None:
    # Given "Set 1" with an address, then a bare "Set" lower down (another place)
    rows = [
        (40, 40, "Harbour Row Films", 9),
        (40, 70, "THE NETTING LOFT", 18),
        *label_rows(
            ("Crew call", "7:00 AM"), ("Date", "Tuesday, May 12, 2026"), value_x=160, top=110
        ),
        (40, 150, "Set 1", 9),
        (160, 150, "Net Loft Museum", 9),
        (160, 162, "12 Quay St, Mystic, CT 06355", 9),
        (40, 186, "Set", 9),
        (160, 186, "Old Mill Park, 5 Mill Rd, Stonington, CT 06378", 9),
        (40, 230, "4 INT. NET LOFT - mending D 1 2/8 1", 9),
    ]
    day = read_day(render(rows))
    # Then the numbered first set stays the location
    assert day["location"].startswith("12 Quay St")


# --- German "SA / SU" and "Treffpunkt" --------------------------------------------------------


def _german_sheet(sun: str, meeting: str) -> bytes:
    rows = [
        (40, 40, "TAGESDISPOSITION", 14),
        (40, 60, "Fuldatal Film GmbH", 8),
        (40, 84, "„Der Fährmann”", 16),
        (40, 108, "Datum: Dienstag, 15.09.2026", 9),
        (40, 122, meeting, 9),
        (40, 136, "Drehbeginn: 08:00 Uhr", 9),
        (300, 122, sun, 9),
        (40, 160, "MOTIV", 9),
        (40, 172, "Fähranleger Wahnhausen", 9),
        (40, 184, "Fuldaweg 3, 34233 Fuldatal", 9),
        (300, 160, "NÄCHSTES KRANKENHAUS", 9),
        (300, 172, "Klinikum Kassel", 9),
        (300, 184, "Mönchebergstraße 41, 34125 Kassel", 9),
        (40, 220, "7 A Fähre - Überfahrt T 2 1, 2", 9),
    ]
    return render(rows, unicode_font=True, page="A4")


@pytest.mark.parametrize("sun", ["SA / SU: 06:58 / 19:31", "SA / SU: 06:58 Uhr / 19:31 Uhr"])
def test_german_sa_su_reads_sunrise_and_sunset(sun: str) -> None:
    # Given "SA / SU" (Sonnenaufgang / Sonnenuntergang) over two times
    day = read_day(_german_sheet(sun, "Treffpunkt: 07:00 Uhr"))
    # Then both times are read
    assert (day["sunrise"], day["sunset"]) == ("06:58", "19:31")


def test_sa_su_without_a_plausible_sunset_is_not_the_sun() -> None:
    # Given "SA / SU" over two morning times (no sunset)
    day = read_day(_german_sheet("SA / SU: 06:58 / 07:40", "Treffpunkt: 07:00 Uhr"))
    # Then no sunset is read from it with confidence
    assert day["sunset"] != "07:40" or day["field_confidence"]["sunset"] < 0.85


def test_german_treffpunkt_with_a_time_is_the_call() -> None:
    # Given "Treffpunkt: 07:00 Uhr" above "Drehbeginn: 08:00 Uhr"
    day = read_day(_german_sheet("SA / SU: 06:58 / 19:31", "Treffpunkt: 07:00 Uhr"))
    # Then the meeting time is the call
    assert day["call_time"] == "07:00"


def test_german_drehbeginn_team_is_the_call() -> None:
    # Given "Drehbeginn Team: 07:10" above "Drehbeginn: 08:00 Uhr"
    day = read_day(_german_sheet("SA / SU: 06:58 / 19:31", "Drehbeginn Team: 07:10"))
    # Then the team's start is the call, not the first shot
    assert day["call_time"] == "07:10"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_german_treffpunkt_naming_a_place_is_no_call() -> None:
    # Given "Treffpunkt: Parkplatz am Anleger" (a meeting place, no time)
    day = read_day(_german_sheet("SA / SU: 06:58 / 19:31", "Treffpunkt: Parkplatz am Anleger"))
    # Then the call is not read from it
    assert day["call_time"] != "07:00"
    assert day["call_time"] is None or day["field_confidence"]["call_time"] < 0.85


# --- a documentary title over its kind line ----------------------------------------------------


def _doc_sheet(under: str) -> bytes:
    rows = [
        (40, 36, "DAY SHEET · Saltmarsh Documentary Co.", 8),
        (40, 60, "OYSTER COUNTRY", 18),
        (40, 78, under, 9),
        (40, 96, "Thursday, May 21, 2026", 9),
        (40, 112, "Meet time: 7:15 AM at the dock gate", 9),
        (40, 136, "WHERE", 9),
        (40, 150, "Wellfleet Harbor Pier", 9),
        (40, 162, "255 Commercial St, Wellfleet, MA 02667", 9),
        (40, 190, "SAFETY", 9),
        (40, 204, "Nearest ER: Cape Cod Hospital, 27 Park St, Hyannis, MA 02601", 9),
    ]
    return render(rows)


def test_a_title_over_a_documentary_kind_line_is_trusted_more() -> None:
    # Given the largest heading over "Documentary, oyster farm (1 day)"
    day = read_day(_doc_sheet("Documentary, oyster farm + b-roll (1 day)"))
    # Then the title is read with more confidence than a bare guess
    assert day["production"] == "OYSTER COUNTRY"
    assert day["field_confidence"]["production"] > 0.6
    assert day["call_time"] == "07:15"


def test_a_title_over_a_line_that_names_no_kind_stays_a_guess() -> None:
    # Given the largest heading over an ordinary line
    day = read_day(_doc_sheet("Tide tables attached, bring waders"))
    # Then it is read as before, a guess
    assert day["production"] == "OYSTER COUNTRY"
    assert day["field_confidence"]["production"] == pytest.approx(0.6)


# --- a travel itinerary's legs ------------------------------------------------------------------


def test_a_travel_itinerary_with_coded_legs_is_other() -> None:
    # Given an itinerary booking two legs by carrier code, a hotel and pickups
    rows = [
        (40, 40, "TRAVEL PLAN - NORTHERN LIGHTS (Week 3)", 12),
        (40, 58, "Fjordline Pictures AS · travel: Kari Holm 900 55 123", 8),
        (40, 80, "Traveller Sven Ek (gaffer), Ida Moe (grip)", 9),
        (40, 94, "Outbound Mon 12 October 2026 · SK 4410 Oslo 07:05 - Tromsø 08:55", 9),
        (40, 108, "Pickup Driver: Tor, 09:15 at Tromsø arrivals, to the hotel", 9),
        (
            40,
            122,
            "Hotel Scandic Ishavshotel, Fredrik Langes gate 2, Tromsø · in 12/10, out 16/10",
            9,
        ),
        (40, 136, "Return Fri 16 October 2026 · SK 4421 Tromsø 17:40 - Oslo 19:30", 9),
        (40, 150, "Pickup 15:30 from hotel reception", 9),
        (40, 164, "Per diem NOK 400 a day, paid on the first evening", 9),
    ]
    assert _read(render(rows, unicode_font=True, page="A4"))["document_type"] == "other"


def test_a_call_sheet_with_a_timed_move_row_stays_a_call_sheet() -> None:
    # Given a call sheet whose timeline has a "from a place at a time - to one" row
    rows = [
        (40, 40, "Birch Lane Films", 9),
        (40, 70, "THE LONG FIELD", 18),
        *label_rows(
            ("Crew call", "7:00 AM"), ("Date", "Monday, June 8, 2026"), value_x=160, top=110
        ),
        (40, 150, "Location", 9),
        (160, 150, "Hart Farm, 40 Hart Rd, Amherst, MA 01002", 9),
        (40, 174, "UM 12 Farmhouse 12:00 - Barn 12:30 (unit move)", 9),
        (40, 200, "3 EXT. LONG FIELD - harvest D 2 3/8 1, 2", 9),
    ]
    assert _read(render(rows))["document_type"] == "call_sheet"
