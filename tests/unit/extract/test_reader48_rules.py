"""Crew calls and hospitals the reader misread on unseen sheets (reader48), each drawn on a
small page of its own: a crew-call label with no colon whose time stands far right on its own
baseline (across a wide gap or dot leaders) owns that time, not one printed on the line above;
a crew list's "CALL" column is no rival to a call labelled for the whole crew in words the
reader did not know ('ALL CALL', 'Call (all crew)', 'CALL TIME (ALL) 07:00'); a German
Tagesdispo's team call ('Team-Call', 'Besammlung Team') is the crew call, its 'Drehbeginn'
(the first shot) only when no team call is printed, and then in doubt; a hospital's name is
read even when its facility word is a German compound, and a department a comma left at the
head of its address is no part of the address. Rows are (x, baseline y, text, size) in points.
"""

from __future__ import annotations

import pytest

from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

SURE = 0.85

_HEAD: list[Row] = [
    (40, 40, "Kestrel Pictures", 9),
    (40, 66, "Salt Road", 18),
    (40, 100, "Date: Tuesday 10 March 2026", 9),
]
_SET: Row = (40, 150, "Location: Mill House, 4 Weir Lane, Hebden Bridge HX7 8AA", 9)


# --- 1. a crew-call label's time far right on its own baseline ------------------------------


@pytest.mark.parametrize(
    ("above", "label", "time_x", "time", "want"),
    [
        # dot leaders typed after the label, the time set in a box at the right
        ("Breakfast 6:15 AM", "GENERAL CREW CALL ......................................", 400,
         "7:00 AM", "07:00"),
        # a plain label, its time across a wide gap, a meeting time above
        ("Rigging 05:30", "UNIT CALL", 470, "07:30", "07:30"),
        ("Sunrise 06:30", "UNIT CALL", 420, "07:30", "07:30"),
        # mixed case, four-digit time, an unlabelled time at the start of the line above
        ("6:15 AM Shuttle from hotel", "Crew Call", 450, "0700", "07:00"),
        ("Shooting Call 08:00", "Crew Call", 420, "07:00", "07:00"),
    ],
)  # fmt: skip
def test_a_call_time_far_right_on_its_own_line(
    above: str, label: str, time_x: float, time: str, want: str
) -> None:
    rows = [*_HEAD, (40, 118, above, 9), (40, 132, label, 9), (time_x, 132, time, 9), _SET]
    day = read_day(render(rows))
    assert day["call_time"] == want
    assert day["field_confidence"]["call_time"] >= SURE


def test_a_row_of_labels_keeps_its_times_above() -> None:
    """'7:00A' over 'CREW CALL' in a strip of header boxes: nothing follows the label on its
    row but the next label, so the time over it is still its value."""
    rows = [
        *_HEAD,
        (40, 124, "7:00A", 12),
        (150, 124, "8:00A", 12),
        (280, 124, "1:00P", 12),
        (40, 136, "CREW CALL", 7),
        (150, 136, "SHOOTING CALL", 7),
        (280, 136, "LUNCH", 7),
        (40, 170, "Location: Mill House, 4 Weir Lane, Hebden Bridge HX7 8AA", 9),
    ]
    day = read_day(render(rows))
    assert day["call_time"] == "07:00"


def test_two_cells_after_the_label_are_no_row_end_time() -> None:
    """'Crew Call    see schedule    0700': words between the label and the time; the time
    at the row's end is not simply the label's (no sure call from it)."""
    rows = [
        *_HEAD,
        (40, 118, "Breakfast 6:15 AM", 9),
        (40, 132, "Crew Call", 9),
        (200, 132, "per department, see schedule", 9),
        (470, 132, "0700", 9),
        _SET,
    ]
    day = read_day(render(rows))
    assert day["call_time"] != "06:15"


# --- 2. a crew list's "CALL" column against a call named for the whole crew ----------------

_CREW = [
    ("Ann Lee", "Gaffer", "06:30"),
    ("Bo Reyes", "Best Boy", "06:30"),
    ("Cy Dunn", "Grip", "07:00"),
    ("Di Hart", "Sound Mixer", "07:30"),
]


def _crew_list(head: tuple[str, str, str], top: float = 190) -> list[Row]:
    xs = (40, 200, 380)
    rows: list[Row] = [(x, top, h, 9) for x, h in zip(xs, head, strict=True)]
    for i, person in enumerate(_CREW):
        rows += [(x, top + 14 * (i + 1), c, 9) for x, c in zip(xs, person, strict=True)]
    return rows


@pytest.mark.parametrize(
    "line",
    [
        "ALL CALL 07:00",
        "Call (all crew) 07:00",
        "CALL TIME (ALL) 07:00",
        "CALL TIME (ALL CREW) 07:00",
        "Call (cast & crew) 07:00",
    ],
)
@pytest.mark.parametrize("head", [("NAME", "POSITION", "CALL"), ("CREW", "ROLE", "CALL TIME")])
def test_the_crews_call_over_a_crew_lists_call_column(line: str, head: tuple) -> None:
    rows = [*_HEAD, (40, 116, "Location: Mill House, 4 Weir Lane, Hebden Bridge HX7 8AA", 9)]
    rows += [(40, 134, line, 9), *_crew_list(head)]
    day = read_day(render(rows))
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= SURE


def test_all_crew_call_beside_another_cell() -> None:
    """'All crew call 07:00' on the date's row, across a column gap: a label of its own."""
    rows = [*_HEAD, (300, 100, "All crew call 07:00", 9)]
    rows += [(40, 116, "Location: Mill House, 4 Weir Lane, Hebden Bridge HX7 8AA", 9)]
    day = read_day(render(rows + _crew_list(("NAME", "POSITION", "CALL"))))
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= SURE


@pytest.mark.parametrize("line", ["Call (cast) 07:00", "CALL (HMU) 06:00"])
def test_a_bracket_naming_someone_else_makes_no_crew_call(line: str) -> None:
    """A generic 'Call' with a bracket naming the cast or a department is no crew call: with
    only a crew list's column besides, nothing is sure."""
    rows = [*_HEAD, (40, 116, "Location: Mill House, 4 Weir Lane, Hebden Bridge HX7 8AA", 9)]
    rows += [(40, 134, line, 9), *_crew_list(("NAME", "POSITION", "CALL"))]
    day = read_day(render(rows))
    assert day["field_confidence"]["call_time"] < SURE


@pytest.mark.parametrize("head", [("NAME", "POSITION", "CALL"), ("CAST", "CHARACTER", "CALL TIME")])
def test_a_call_column_alone_is_never_sure(head: tuple) -> None:
    rows = [*_HEAD, (40, 116, "Location: Mill House, 4 Weir Lane, Hebden Bridge HX7 8AA", 9)]
    day = read_day(render(rows + _crew_list(head)))
    assert day["field_confidence"]["call_time"] < SURE


def test_a_crew_call_after_dot_leaders_over_a_call_column() -> None:
    rows = [*_HEAD, (40, 116, "Location: Mill House, 4 Weir Lane, Hebden Bridge HX7 8AA", 9)]
    rows += [
        (40, 134, "Breakfast 6:15 AM", 9),
        (40, 150, "GENERAL CREW CALL .....................................", 9),
        (400, 150, "7:00 AM", 9),
    ]
    day = read_day(render(rows + _crew_list(("NAME", "POSITION", "CALL"))))
    assert day["call_time"] == "07:00"
    assert day["field_confidence"]["call_time"] >= SURE


# --- 3. a German Tagesdispo: the team's call, and Drehbeginn -------------------------------


def _dispo(rows: list[Row], corner: str = "TAGESDISPOSITION") -> dict:
    top: list[Row] = [
        (40, 40, "Bergfilm GmbH", 9),
        (40, 66, "Der lange Winter", 18),
        (400, 40, corner, 9),
        (40, 100, "Drehtag 12 von 30", 9),
        (300, 100, "Datum: Dienstag, 10. März 2026", 9),
        (40, 180, "Motiv: Gasthof Alpenrose, Dorfstraße 12, 6020 Innsbruck", 9),
        (40, 196, "Krankenhaus: Klinik Innsbruck, Anichstraße 35, 6020 Innsbruck", 9),
    ]
    return read_day(render(top + rows, unicode_font=True))


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        ([(40, 130, "Team-Call: 07:00", 9), (300, 130, "Drehbeginn: 08:30", 9)], "07:00"),
        ([(40, 130, "Team Call 07:00", 9), (300, 130, "Drehbeginn 08:30", 9)], "07:00"),
        ([(40, 130, "Besammlung Team: 06:30", 9), (40, 146, "Drehbeginn: 08:00", 9)], "06:30"),
        ([(40, 130, "Drehbeginn: 08:00 Uhr", 9), (40, 146, "Treffpunkt Team: 06:30", 9)], "06:30"),
    ],
)
def test_the_team_call_is_the_crew_call_before_drehbeginn(rows: list[Row], want: str) -> None:
    """A team call label ('Team-Call', 'Besammlung Team', 'Treffpunkt Team') is the crew's
    call, whatever 'Drehbeginn' (the first shot, later) says beside it."""
    day = _dispo(rows)
    assert day["call_time"] == want
    assert day["field_confidence"]["call_time"] >= SURE


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        ([(40, 130, "Drehbeginn: 08:00 Uhr", 9), (40, 146, "Mittagspause: 13:00", 9)], "08:00"),
        (
            [
                (40, 130, "DREHBEGINN", 9),
                (160, 130, "7.30", 9),
                (300, 130, "DREHSCHLUSS", 9),
                (400, 130, "18.00", 9),
            ],
            "07:30",
        ),
        ([(40, 130, "Drehbeginn 08:00 Uhr", 9), (40, 146, "Drehschluss 18:00 Uhr", 9)], "08:00"),
    ],
)
def test_drehbeginn_alone_is_the_call_in_doubt(rows: list[Row], want: str) -> None:
    """The choice: with no team call printed, 'Drehbeginn' (the start of shooting) is the only
    time the crew has, so it is read as the call, but never sure: the team is usually called
    before the first shot (a person confirms or gives the team's time)."""
    day = _dispo(rows)
    assert day["call_time"] == want
    assert 0 < day["field_confidence"]["call_time"] < SURE
    assert any("Drehbeginn" in w for w in day["warnings"])


def test_two_drehbeginn_times_give_no_call() -> None:
    day = _dispo(
        [
            (40, 130, "Drehbeginn: 08:00", 9),
            (40, 146, "Mittagspause: 13:00", 9),
            (300, 130, "Drehbeginn: 09:30", 9),
        ]
    )
    assert day["call_time"] is None


# --- 4. a hospital's department after its name ----------------------------------------------

_TOP: list[Row] = [
    (40, 40, "Harbour Light Films", 9),
    (40, 66, "The Long Tide", 18),
    (40, 100, "Date: Thursday 5 March 2026", 9),
    (40, 116, "Crew Call: 7:00 AM", 9),
    (40, 132, "Location: Saltpan Barn, 12 Marsh Lane, Wells NR23 1AB", 9),
]


@pytest.mark.parametrize(
    ("rows", "name", "address"),
    [
        # the department after a dash, then a comma: the comma left it at the address's head
        (
            [(40, 180, "Hospital: St James's Hospital - Emergency Department, James's St, "
                       "Dublin 8, D08 NHY1", 8)],
            "St James's Hospital",
            "James's St, Dublin 8, D08 NHY1",
        ),
        (
            [(40, 180, "Nearest A&E: Royal Infirmary \u2013 A&E, 51 Little France Cres, "
                       "Edinburgh EH16 4SA", 8)],
            "Royal Infirmary",
            "51 Little France Cres, Edinburgh EH16 4SA",
        ),
    ],
)  # fmt: skip
def test_a_department_is_no_part_of_the_address(rows: list[Row], name: str, address: str) -> None:
    day = read_day(render(_TOP + rows, unicode_font=True))
    assert day["hospital"]["name"].startswith(name)
    assert day["hospital"]["address"] == address
    assert day["field_confidence"]["hospital"] >= SURE


@pytest.mark.parametrize(
    ("rows", "name"),
    [
        (
            [(40, 180, "Nächstes Krankenhaus", 9),
             (40, 194, "Universitätsklinikum Eppendorf \u2013 Notaufnahme", 9),
             (40, 208, "Martinistraße 52, 20246 Hamburg", 9)],
            "Universitätsklinikum Eppendorf",
        ),
        (
            [(40, 180, "Spital", 9), (40, 194, "Kantonsspital Luzern - Notfall", 9),
             (40, 208, "Spitalstrasse 16, 6000 Luzern", 9)],
            "Kantonsspital Luzern",
        ),
    ],
)  # fmt: skip
def test_a_german_compound_hospital_with_its_department(rows: list[Row], name: str) -> None:
    """'Universitätsklinikum', 'Kantonsspital': a compound facility word names a hospital, so
    the department after it is the hospital's, not a second label that leaves it unread. The
    name keeps the department as printed (the corpus's convention: 'Sahlgrenska
    Universitetssjukhuset, Akutmottagningen')."""
    day = read_day(render(_TOP + rows, unicode_font=True))
    assert day["hospital"]["name"].startswith(name)
    assert day["field_confidence"]["hospital"] >= SURE


# --- 5. memos read right, and sure when nothing rivals ---------------------------------------

_FROM: list[Row] = [
    (40, 40, "From: Jo Park <jo@brightwaterfilms.co.uk>", 9),
    (40, 54, "To: Crew", 9),
    (40, 68, "Subject: Heron Lake - call details for Friday", 9),
]
_SENT: Row = (40, 82, "Date: Wed 4 Mar 2026 17:20", 9)
_FACTS = [
    "Call: 7:30 at unit base",
    "Location: Fenwick Hall, 22 Mill Road, Ely CB7 4DU",
    "Sunrise: 6:28  Sunset: 17:52",
    "Nearest hospital: Princess of Wales Hospital, Lynn Rd, Ely CB6 1DN",
    "Thanks, Jo",
]


def _mail(header: list[Row], body: list[str]) -> dict:
    top = max(y for _, y, _, _ in header) + 28
    return read_day(render(header + [(40, top + 14 * i, t, 9) for i, t in enumerate(body)]))


@pytest.mark.parametrize(
    "header",
    [[*_FROM, _SENT], _FROM],
    ids=["sent-dated", "undated"],
)
def test_a_memos_body_date_line_is_the_shoot_date(header: list[Row]) -> None:
    """'Date: Friday 6 March 2026' in the body, after the greeting, no header field next to it:
    the day the memo plans, not a second sending date (the header's, with its minute, is)."""
    body = ["Hi all,", "Details for Friday's shoot below.", "Date: Friday 6 March 2026"]
    day = _mail(header, body + _FACTS)
    assert day["shooting_date"] == "2026-03-06"
    assert day["call_time"] == "07:30"
    assert day["field_confidence"]["shooting_date"] >= SURE
    assert day["confidence"] >= SURE


def test_a_date_line_right_under_the_header_stays_in_doubt() -> None:
    """'Date: Friday 6 March 2026' straight under 'Subject:' with no header date: the memo's
    date field or the sending's? A person looks."""
    day = _mail(_FROM, ["Date: Friday 6 March 2026", *_FACTS])
    assert day["field_confidence"]["shooting_date"] < SURE


def test_a_forwarded_blocks_sent_date_stays_explained() -> None:
    """A second header block (a forwarded message) keeps its 'Sent:' line a sending date."""
    header = [
        *_FROM,
        _SENT,
        (40, 96, "Hi all, see below.", 9),
        (40, 110, "From: Production Office", 9),
        (40, 124, "Sent: Monday 2 March 2026", 9),
        (40, 138, "Subject: Heron Lake", 9),
    ]
    day = _mail(header, ["Shoot date: Friday 6 March 2026", *_FACTS])
    assert day["shooting_date"] == "2026-03-06"
    assert day["field_confidence"]["shooting_date"] >= SURE


@pytest.mark.parametrize(
    "want", ["Fenwick Hall, 22 Mill Road, Ely CB7 4DU", "14 Quayside, Newcastle upon Tyne NE1 3DE"]
)
def test_a_memos_where_line_with_a_whole_address(want: str) -> None:
    """'Where: <a whole address>' is a label and its set, however many words the address has
    ('Where:' before a sentence is not)."""
    body = ["Hi all,", "Friday 6 March 2026 - Heron Lake day 3", "Call 0730 at the hall."]
    body.append(f"Where: {want}")
    day = _mail([*_FROM, _SENT], [*body, "Sunrise 0628, sunset 1752.", "Thanks, Jo"])
    assert day["location"] == want
    assert day["field_confidence"]["location"] >= SURE


def test_a_where_sentence_is_no_label() -> None:
    """'Where: we are shooting on the beach by the pier' is a sentence: no set is sure from it."""
    body = ["Hi all,", "Friday 6 March 2026 - Heron Lake day 3", "Call 0730 at the hall."]
    body += ["Where: we are shooting on the beach by the pier, then the old boathouse."]
    body += ["Nearest hospital: Princess of Wales Hospital, Lynn Rd, Ely CB6 1DN"]
    day = _mail([*_FROM, _SENT], [*body, "Sunrise 0628, sunset 1752.", "Thanks, Jo"])
    assert day["field_confidence"]["location"] < SURE
