"""Call sheets are told from other paperwork by structure, whatever the file is called."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from pipeline.extract import extract_document
from pipeline.extract.reader.classify import region, verdict
from pipeline.extract.reader.errors import ExtractTimeoutError, TooManyPagesError
from pipeline.extract.reader.model import Limits
from tests.fixtures import callsheets as C
from tests.fixtures import other_documents as O


@pytest.mark.parametrize(
    ("build", "kind"),
    [
        (O.household_planner, "a household planner"),
        (O.budget, "a budget"),
        (O.screenplay, "a screenplay"),
        (O.post_plan, "a post-production plan"),
        (lambda: C.invoice()[0], "an invoice or quote"),
    ],
)
def test_other_paperwork_is_other_whatever_its_name(build, kind: str) -> None:
    result = extract_document(
        build()[0] if build is C.invoice else build(), filename="callsheet.pdf"
    )
    assert result.document_type == "other"
    assert result.days == ()
    assert result.to_json()["reason"] == f"not a call sheet: looks like {kind}"


@pytest.mark.parametrize("build", [C.us_grid, C.uk_unit_call, C.polish_plan])
def test_call_sheets_stay_call_sheets(build) -> None:
    result = extract_document(build()[0])
    assert result.document_type == "call_sheet"
    assert "reason" not in result.to_json()


def test_title_alone_does_not_make_a_call_sheet() -> None:
    text = "CALLSHEET\nWeek 12\nTom 07:45\nAnna 15:30\nRemember the keys"
    found = verdict(text, False)
    assert found.kind == "other"
    assert found.reason == "not a call sheet: no crew call, set location or shooting date"


def test_structure_without_a_title_is_a_call_sheet() -> None:
    text = "Crew Call: 7:00 AM\nDate: Tuesday 17 March 2026\nSet Location: 12 Mill Lane, Leeds"
    assert verdict(text, False).kind == "call_sheet"


def test_story_words_in_scene_rows_are_no_evidence_against_a_call_sheet() -> None:
    text = "\n".join(
        [
            "Crew Call 07:00",
            "Location: St Anne's School, 4 Park Road, Bristol BS1 5AA",
            "3 INT. SCHOOL KITCHEN - FAMILY DINNER DAY 1 2/8 1, 2",
            "4 INT. CLASSROOM - HOMEWORK AND CHORES DAY 4/8 2",
            "5 EXT. PLAYGROUND - SCHOOL RUN, DROP OFF DAY 1/8 1",
        ]
    )
    assert verdict(text, False).kind == "call_sheet"


def test_a_shooting_schedule_is_still_a_schedule() -> None:
    assert extract_document(C.one_line_schedule()[0]).document_type == "shooting_schedule"


def test_a_102_page_budget_is_other_not_an_error() -> None:
    result = extract_document(O.budget(102))
    assert result.document_type == "other"
    assert result.to_json()["reason"] == "not a call sheet: looks like a budget"
    assert any("102 pages" in w and "first 5 pages" in w for w in result.warnings)


def test_a_call_sheet_past_the_page_cap_is_still_refused() -> None:
    pdf = FPDF(unit="pt", format="letter")
    for page in range(51):
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        pdf.text(30, 40, f"CALL SHEET - Day {page + 1}")
        pdf.text(30, 60, "Crew Call: 7:00 AM    Date: Tuesday 17 March 2026")
        pdf.text(30, 80, "Set Location: 12 Mill Lane, Leeds LS1 4AB")
    with pytest.raises(TooManyPagesError, match="51 pages"):
        extract_document(bytes(pdf.output()))


def test_text_budget_judges_a_budget_by_the_pages_read() -> None:
    result = extract_document(O.budget(4), limits=Limits(max_chars=4000))
    assert result.document_type == "other"
    assert any("characters" in w for w in result.warnings)


def test_text_budget_still_refuses_a_call_sheet() -> None:
    with pytest.raises(ExtractTimeoutError):
        extract_document(C.us_grid()[0], limits=Limits(max_chars=10))


def test_the_skip_note_says_what_the_attachment_looks_like() -> None:
    from pipeline.extract.service import _outcome

    reading = extract_document(O.budget()).to_json()
    outcome = _outcome([{"id": 1}], [reading], [], [])
    assert outcome.status == "skipped"
    assert outcome.message == (
        "no shooting day in the attachment (not a call sheet: looks like a budget)"
    )


def test_the_pdfminer_reader_judges_a_long_budget_the_same_way(monkeypatch) -> None:
    """Damaged files are read by pdfminer in the child: the same first-pages judgement."""
    monkeypatch.setenv("STILLONTIME_PDF_ENGINE", "pdfplumber")
    result = extract_document(O.budget(60))
    assert result.document_type == "other"
    assert any("60 pages" in w for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # numbered grid labels, each value in the cell below
        "ACME FILMS\n1. DATE 2. CREW CALL 3. SET LOCATION\n"
        "Mar 3/26 7:00 AM 55 Mill St, Toronto ON M5A 3C4",
        # 'Call Time' and 'Location' only, no title
        "Call Time: 06:45\nLocation: Hatfield House, Hatfield AL9 5HX\n"
        "Nearest A&E: Lister Hospital",
        # a bare 'Call' with a title and a set
        "CALL SHEET\nCall 7.30\nSet: Studio 4\nLocation: Pinewood Studios, Iver SL0 0NH",
        # Polish typed list
        "Dzienny plan pracy\nZbiórka: 6.30\nMiejsce zdjęć: ul. Łąkowa 3, 90-562 Łódź",
        # a unit-call sheet with a basecamp and scenes
        "Unit Call 08:00\nBasecamp: Car park B\n4 EXT. FIELD - DAWN DAY 2/8 1, 3",
    ],
)
def test_call_sheets_in_other_words_are_call_sheets(text: str) -> None:
    assert verdict(text, False).kind == "call_sheet"


@pytest.mark.parametrize(
    "text",
    [
        # a crew list: names and roles, a 'Location Manager' but no day
        "CREW LIST\nProducer Jane Doe 07700 900123\nLocation Manager Sam Lee 07700 900456",
        # a location release form
        "LOCATION RELEASE\nDate: 12/03/2026\nThe owner grants permission to film at the property.",
    ],
)
def test_paperwork_without_a_day_is_other(text: str) -> None:
    assert verdict(text, False).kind == "other"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A US or Canadian sheet that says "A&E": its ZIP or its phone's shape says where it is
        ("Nearest A&E: Providence St. Joseph, 501 S Buena Vista St, Burbank, CA 91505", "US"),
        ("A&E: St. Michael's Hospital  (416) 360-4000", "US"),
        # "A&E" alone, or with a UK postcode, is still British
        ("Nearest A&E: St Thomas' Hospital", "GB"),
        ("Nearest A&E: Royal London, Whitechapel Rd, London E1 1FR (555) 123-4567", "GB"),
        # an Irish sheet with an Eircode and no US cue keeps GB's numbering as before
        ("Nearest A&E: St James's Hospital, James's St, Dublin 8, D08 NHY1", "GB"),
        # a time printed 7:00 AM does not outweigh "Unit Call"
        ("Unit Call 7:00 AM", "GB"),
    ],
)
def test_a_number_or_postcode_outweighs_a_word_for_the_phone_region(text: str, want: str) -> None:
    assert region(text) == want


# --- near misses: paperwork that mentions call times, dates and addresses -----------------


_CONTRACT = """FILMING LICENCE AGREEMENT
This agreement is made on 2 March 2026 between Mr Peter Kent of 9 High St, Leeds LS1 6DT
(the Licensor) and Tarn Films Ltd (the Licensee).
1. Premises. The kitchen and yard of 9 High St, Leeds LS1 6DT.
2. Access. Filming on Thursday 12 March 2026 from 07:00 to 19:00; set-up from 06:00.
3. Fee. GBP 1,200 payable on signature.
4. Insurance. The Licensee shall hold public liability cover and indemnify the Licensor.
Crew call and unit base will be given on the call sheet.
Signed for the Licensor: ________________ Date: ________
Signed for the Licensee: ________________ Date: ________"""

_DEAL_MEMO = """DEAL MEMO - DAILY CREW
Name: Sam Ortega
Position: Key Grip
Start date: Monday, April 6, 2026
Daily rate: $650 / 10 hours, overtime after 10 at 1.5x
Box rental: $50/day
Per diem: $60 on distant location
Payroll: weekly by direct deposit
Production office: 410 N Main St, Austin, TX 78701
Calls usually 6:00 AM to 8:00 AM; see each day's call sheet.
Employee signature: ____________________ Date: ________"""

_ROOMING_LIST = """CREW ROOMING LIST - Hotel Aurora, 22 Harbour Rd, Cork T12 X2Y3
NAME DEPT ROOM CHECK-IN CHECK-OUT NIGHTS
Ann Byrne Camera 214 Mon 04/05/2026 Thu 07/05/2026 3
Colm Ryan Sound 215 Mon 04/05/2026 Thu 07/05/2026 3
Dara Nolan Grip 301 Tue 05/05/2026 Thu 07/05/2026 2
Eve Walsh Art 302 Tue 05/05/2026 Fri 08/05/2026 3
Breakfast from 05:30; the shuttle to set leaves the lobby at 06:15 on shoot days."""


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (_CONTRACT, "a contract or agreement"),
        (_DEAL_MEMO, "a deal memo"),
        (_ROOMING_LIST, "a rooming list"),
    ],
)
def test_near_miss_paperwork_is_other_by_its_own_structure(text: str, kind: str) -> None:
    found = verdict(text, False)
    assert found.kind == "other"
    assert found.looks_like == kind


def test_a_call_sheet_with_a_hotel_and_travel_section_stays_a_call_sheet() -> None:
    text = "\n".join(
        [
            "CALL SHEET  Day 4 of 20",
            "Date: Wednesday 6 May 2026",
            "Crew Call: 07:00",
            "Set Location: Fota House, Carrigtwohill, Cork T45 XW52",
            "Nearest hospital: Cork University Hospital, Wilton, Cork T12 DC4A",
            "3 INT. HALL - DAY D 1 2/8 1, 2",
            "TRAVEL: hotel check-out by 06:30, rooms held for cast; per diem in envelopes",
            "Overtime must be approved; all crew shall wear hi-vis on the road.",
        ]
    )
    assert verdict(text, False).kind == "call_sheet"


@pytest.mark.parametrize(
    "text",
    [
        # Serbian, Latin script: the date in words, the call and the set labelled in Serbian
        "DNEVNI PLAN SNIMANJA br. 4\nDATUM POZIV EKIPE\nutorak, 12. maj 2026. 07:30 h\n"
        "Lokacija: Kafana Znak pitanja, Kralja Petra 6, 11000 Beograd\n"
        "Najbliža bolnica: KBC Zvezdara, Dimitrija Tucovića 161, Beograd",
        # Croatian
        "Dnevni plan snimanja\nPoziv ekipe: 06:45\nDatum: 3. kolovoza 2026.\n"
        "Lokacija snimanja: Riva 1, 21000 Split",
        # Serbian, Cyrillic script
        "ДНЕВНИ ПЛАН СНИМАЊА\nПозив екипе 08:00\nЛокација: Кнез Михаилова 12, Београд",  # noqa: RUF001
    ],
)
def test_croatian_and_serbian_call_sheets_are_call_sheets(text: str) -> None:
    assert verdict(text, False).kind == "call_sheet"
