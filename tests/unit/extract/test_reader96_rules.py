"""Rules reader96 added, drawn in wordings and layouts of their own (not fresh68's sheets): a
music video's song in British single quotes under its artist names the production; the time
most departments share in a CALL column beside a PRE-CALL column is the crew's call when no
label gives one; a waterway's stoppage notice is no call sheet; a hospital named in Irish,
Welsh or Gaelic over its English name is sent by the English one; a webmail print whose subject
heading begins 'Re:' is read as a webmail, not a memo; a UK postcode printed first, before a
dash, is read at the address's end.
Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.dept_calls import shared_call_column
from pipeline.extract.reader.email_header import email_header
from pipeline.extract.reader.hospital_names import past_native_name
from pipeline.extract.reader.model import Limits, PageText
from pipeline.extract.reader.pdfread import read_pdf
from pipeline.extract.reader.place_finder import code_last
from tests.fixtures.callsheets import Row, column, render
from tests.unit.extract.drawn import doc_type, read_day

SURE = 0.85


def _pages(rows: list[Row], **kw: object) -> tuple[PageText, ...]:
    return tuple(read_pdf(render(rows, page="A4", **kw), Limits()).pages)  # type: ignore[arg-type]


_PLACES: list[Row] = [
    (40, 300, "LOCATION", 9),
    *column("Pier Pavilion", "12 Marine Parade", "Llandudno LL30 2LP", x=40, top=312, size=8.5,
            step=11),
    (300, 300, "NEAREST A&E", 9),
    *column("Ysbyty Glan Clwyd", "Sarn Lane", "Rhyl LL18 5UJ", x=300, top=312, size=8.5,
            step=11),
    (40, 370, "Sunrise 06:10  Sunset 20:55", 8.5),
]  # fmt: skip

# --- 1. a song in British single quotes under its artist ---------------------------------------


def _mv(heading: str, under: str, kind: str, *, unicode_font: bool = False) -> bytes:
    rows: list[Row] = [
        (40, 50, heading, 20),
        (40, 70, under, 14),
        (380, 46, kind, 9),
        (380, 60, "Thursday 4 June 2026", 10),
        (40, 100, "GENERAL CREW CALL 08:00", 10),
        *_PLACES,
    ]
    return render(rows, page="A4", unicode_font=unicode_font)


@pytest.mark.parametrize(
    ("under", "want", "uni"),
    [
        ("'Low Tide Club'", "Low Tide Club", False),
        ("\u2018Paper Kites\u2019", "Paper Kites", True),
    ],
)
def test_a_song_in_single_quotes_under_its_artist_is_the_production(
    under: str, want: str, uni: bool
) -> None:
    day = read_day(_mv("THE GULLS", under, "MUSIC VIDEO - SHOOT DAY 1", unicode_font=uni))
    assert day["production"] == want


def test_a_single_quoted_line_on_a_sheet_that_is_no_music_video_is_no_song() -> None:
    # negative: no music video named at the top, the heading stays the title
    day = read_day(_mv("THE GULLS", "'Low Tide Club'", "CALL SHEET - DAY 4"))
    assert day["production"] != "Low Tide Club"


def test_a_line_with_an_apostrophe_inside_is_no_quoted_song() -> None:
    # negative: "'Rock 'n' Roll'" holds a quote of its own kind: not read as a whole quote
    day = read_day(_mv("THE GULLS", "'Rock 'n' Roll Again'", "MUSIC VIDEO - SHOOT DAY 1"))
    assert day["production"] != "Rock 'n' Roll Again"


# --- 2. the CALL column the departments share beside PRE-CALL -----------------------------------

_HEADS = [(40, "DEPARTMENT"), (150, "HOD"), (250, "PRE-CALL"), (320, "CALL"), (390, "NOTES")]


def _dept_rows(heads: list[tuple[float, str]], rows: list[tuple[str, ...]]) -> list[Row]:
    out: list[Row] = [(x, 140, text, 8) for x, text in heads]
    for n, row in enumerate(rows):
        out += [(x, 152 + 11 * n, cell, 8) for (x, _), cell in zip(heads, row, strict=False)]
    return out


def _dept_sheet(heads: list[tuple[float, str]], rows: list[tuple[str, ...]]) -> list[Row]:
    return [
        (40, 50, "HARBOUR LIGHTS", 20),
        (380, 50, "Thursday 4 June 2026", 10),
        *_dept_rows(heads, rows),
        *_PLACES,
    ]


_SHARED = [
    ("Production", "Ann Lee", "-", "8.00am", ""),
    ("Camera", "Rob Dee", "-", "8.00am", "Alexa"),
    ("Art dept", "Sue Roe", "6.30am", "8.00am", "Dress set"),
    ("Make-up", "Kim Poe", "7.15am", "8.00am", ""),
    ("Artist", "-", "-", "10.00am", "Car at 9.30am"),
]


def test_the_call_the_departments_share_beside_their_pre_calls_is_the_crew_call() -> None:
    day = read_day(render(_dept_sheet(_HEADS, _SHARED), page="A4"))
    assert day["call_time"] == "08:00"
    assert day["field_confidence"]["call_time"] >= SURE


def test_shared_call_column_reads_the_shared_time() -> None:
    assert shared_call_column(_pages(_dept_sheet(_HEADS, _SHARED))) == "08:00"


def test_without_a_pre_call_column_the_call_column_is_each_departments_own() -> None:
    # negative: 'DEPARTMENT  HOD  FIRST IN  CALL': no PRE-CALL heading, no shared reading
    heads = [(40, "DEPARTMENT"), (150, "HOD"), (250, "FIRST IN"), (320, "CALL"), (390, "NOTES")]
    assert shared_call_column(_pages(_dept_sheet(heads, _SHARED))) is None


def test_a_pre_call_after_the_shared_time_is_no_pre_call_of_it() -> None:
    # negative: a pre-call at 8.30am, after the time the rows share: no unit call
    rows = [*_SHARED[:3], ("Make-up", "Kim Poe", "8.30am", "8.00am", "")]
    assert shared_call_column(_pages(_dept_sheet(_HEADS, rows))) is None


def test_times_no_three_rows_share_name_no_call() -> None:
    # negative: every department at its own time
    rows = [
        ("Production", "Ann Lee", "-", "7.00am", ""),
        ("Camera", "Rob Dee", "-", "7.30am", ""),
        ("Art dept", "Sue Roe", "6.00am", "8.00am", ""),
        ("Make-up", "Kim Poe", "6.15am", "8.30am", ""),
    ]
    assert shared_call_column(_pages(_dept_sheet(_HEADS, rows))) is None


def test_a_labelled_crew_call_is_kept_over_the_column() -> None:
    # negative: the labelled call stands; the column does not replace it
    rows = [*_dept_sheet(_HEADS, _SHARED), (40, 110, "UNIT CALL 07:45", 10)]
    day = read_day(render(rows, page="A4"))
    assert day["call_time"] == "07:45"


# --- 3. a waterway's stoppage notice -----------------------------------------------------------


def _notice(title: str) -> list[Row]:
    return [
        (40, 40, "KENNET AND AVON CANAL", 14),
        (40, 58, "Caen Hill Locks, Devizes SN10 1QR", 9),
        (40, 76, title, 12),
        *column(
            "Stoppage: Locks 29 to 44, gate refurbishment",
            "Dates: Monday 4 January 2027 to Friday 5 March 2027",
            "Works hours: 08:00-16:30 Mon-Fri",
            "Towpath: closed between locks 30 and 35; diversion via Quakers Walk",
            "Enquiries: 0303 040 4040",
            "A film crew will record the gate lifts for the trust's archive.",
            x=40,
            top=100,
            size=9,
            step=14,
        ),
    ]


@pytest.mark.parametrize("title", ["STOPPAGE NOTICE", "Navigation notice", "Notice to boaters"])
def test_a_stoppage_notice_is_no_call_sheet(title: str) -> None:
    assert doc_type(_notice(title), page="A4") == "other"


def test_a_call_sheet_that_mentions_a_stoppage_notice_stays_a_call_sheet() -> None:
    # negative: the words in the notes, not the heading
    rows: list[Row] = [
        (40, 40, "CALL SHEET", 14),
        (40, 62, "THE LOCK KEEPER", 18),
        (380, 62, "Thursday 4 June 2026", 10),
        (40, 100, "Crew call: 07:30", 10),
        *_PLACES,
        (40, 400, "Note: see the stoppage notice on the lock gate: boats held 09:00-12:00", 8.5),
        (40, 420, "1 EXT. LOCK GATES - DAY 1 2/8 1, 2", 9),
    ]
    assert doc_type(rows, page="A4") == "call_sheet"


# --- 4. a hospital's native name over its English name -----------------------------------------


def _ae(*lines: str) -> bytes:
    rows: list[Row] = [
        (40, 50, "THE BOG ROAD", 18),
        (380, 50, "Tuesday 10 November 2026", 10),
        (40, 90, "Crew call 08:00", 10),
        (40, 120, "LOCATION", 9),
        *column("Clonmacnoise", "Shannonbridge Road", "Athlone N37 V292", x=40, top=132,
                size=8.5, step=11),
        (300, 120, "EMERGENCY DEPT.", 9),
        *column(*lines, x=300, top=132, size=8.5, step=11),
        (40, 230, "3 EXT. ROUND TOWER - DAY 1 4/8 1", 9),
    ]  # fmt: skip
    return render(rows, page="A4", unicode_font=True)


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        (["Ospidéal Ollscoile na Gaillimhe", "University Hospital Galway", "Newcastle Road",
          "Galway H91 YR71"], "University Hospital Galway"),
        (["Ysbyty Treforys", "Morriston Hospital", "Heol Maes Eglwys", "Swansea SA6 6NL"],
         "Morriston Hospital"),
    ],
)  # fmt: skip
def test_the_english_name_under_the_native_one_is_the_hospital(lines: list[str], want: str) -> None:
    assert read_day(_ae(*lines))["hospital"]["name"] == want


def test_a_native_name_alone_is_the_name() -> None:
    # negative: no English name under it
    lines = ["Ysbyty Gwynedd", "Penrhosgarnedd", "Bangor LL57 2PW"]
    assert read_day(_ae(*lines))["hospital"]["name"] == "Ysbyty Gwynedd"


def test_past_native_name() -> None:
    assert past_native_name(["Ospidéal X", "X Hospital", "Road"]) == ["X Hospital", "Road"]
    assert past_native_name(["Ospadal nan Eilean", "Western Isles Hospital"]) == [
        "Western Isles Hospital"
    ]
    # negatives: an English first line, an address line under the native name, a department
    assert past_native_name(["Cork University Hospital", "Wilton"]) == [
        "Cork University Hospital",
        "Wilton",
    ]
    assert past_native_name(["Ysbyty Gwynedd", "1 Hospital Road"]) == [
        "Ysbyty Gwynedd",
        "1 Hospital Road",
    ]
    assert past_native_name(["Ysbyty Gwynedd", "Emergency Department"]) == [
        "Ysbyty Gwynedd",
        "Emergency Department",
    ]
    assert past_native_name(["Ysbyty Gwynedd"]) == ["Ysbyty Gwynedd"]


# --- 5. a webmail print whose subject begins 'Re:' ---------------------------------------------


def _webmail(subject: str) -> list[Row]:
    return [
        (40, 30, "05/11/2026, 20:14 Mail - " + subject, 7),
        (40, 50, "Mail", 14),
        (40, 78, subject, 13),
        (40, 92, "1 message", 8),
        (40, 114, "Kit Hale <kit@marshfilms.example> Thu 5 Nov 2026, 19:58", 9),
        (40, 126, "To: Ana Bell; Joe Tran", 8.5),
        *column(
            "All, the plan for tomorrow below.",
            "SHOOT SCHEDULE - Friday 6th November 2026",
            "LOCATION: Snape Maltings, Bridge Road, Snape, Saxmundham IP17 1SP",
            "Crew call: 0730 at the concert hall",
            "0730 Crew call, set up in the hall",
            "1600 Wrap",
            "Nearest A&E: Ipswich Hospital, Heath Road, Ipswich IP4 5PD",
            "Sunrise 0701, sunset 1618.",
            x=40,
            top=150,
            size=9.5,
            step=13,
        ),
    ]


@pytest.mark.parametrize(
    "subject", ["Re: Reed Beds - Friday shoot schedule", "RE: Fwd: Reed Beds - Friday schedule"]
)
def test_a_webmail_subject_heading_beginning_re_is_read_as_a_webmail(subject: str) -> None:
    day = read_day(render(_webmail(subject), page="A4"))
    assert day["production"] == "Reed Beds"
    assert day["shooting_date"] == "2026-11-06"


def test_a_memos_re_field_is_still_its_subject() -> None:
    # negative: To / From / Date / Re: no thread count under the 'Re:' line
    rows = column(
        "MEMO",
        "To: All crew",
        "From: Production office",
        "Date: 5 November 2026",
        "Re: Reed Beds - Friday schedule",
        "Crew call 0730 at Snape Maltings, Bridge Road, Snape IP17 1SP",
        x=40,
        top=40,
        size=10,
        step=14,
    )
    header = email_header(_pages(rows))
    assert header is not None
    assert header.subject == "Reed Beds - Friday schedule"


# --- 6. a UK postcode printed first ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("IP17 1SP - Snape Maltings, Bridge Road, Snape",
         "Snape Maltings, Bridge Road, Snape IP17 1SP"),
        ("NR25 7SA \u2013 Cley Marshes, Coast Road, Cley",
         "Cley Marshes, Coast Road, Cley NR25 7SA"),
    ],
)  # fmt: skip
def test_a_postcode_printed_first_goes_last(text: str, want: str) -> None:
    assert code_last(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Snape Maltings, Bridge Road, Snape IP17 1SP",  # already last
        "IP17 1SP - Snape",  # a town alone, no place and street
        "IP17 1SP - Snape Maltings, Bridge Road, Snape IP17 1SP",  # two postcodes
        "10:00 - Snape Maltings, Bridge Road",  # a time, no postcode
    ],
)
def test_code_last_leaves_other_lines(text: str) -> None:
    assert code_last(text) == text


def test_a_postcode_first_location_reads_as_sure() -> None:
    first = "LOCATION: IP17 1SP - Snape Maltings, Bridge Road, Snape"
    rows = [
        (x, y, first if "LOCATION" in t else t, s)
        for x, y, t, s in _webmail("Reed Beds - Friday shoot schedule")
    ]
    day = read_day(render(rows, page="A4"))
    assert day["location"] == "Snape Maltings, Bridge Road, Snape IP17 1SP"
    assert day["field_confidence"]["location"] >= SURE
