"""Rules reader75 added, drawn on small pages in wordings of their own (not fresh45's, fresh48's,
fresh51's or fresh53's): a heading that names a race's or an event's briefing for its marshals,
a studio audience's warm-up running order or a school's letter to parents is other paper, while
a call sheet that mentions marshals, an audience, a school or parents stays one; a title keeps
none of a chat group's word ('- cast & crew', 'night unit', 'crew (B unit)'), a bracketed kind
('(short)'), a spot's medium in brackets, a partnership's name ('& Co.'), the kind alone before
the sheet's name ('TVC CALL SHEET'); a quoted cell under the paper's kind is the title; a label
word run into 'Production' names no title; a call label with only words under it owns the time
set large under its words. Rows are (x, baseline y, text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.title import (
    clean_title,
    company_name,
    kind_only,
    quoted_cell,
    without_kind_note,
    without_spot_length,
)
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import doc_type, read_day

# --- another kind of event's paper is other ----------------------------------------------------


def _event_paper(title: str, second: str = "Sunday, October 11, 2026") -> list[Row]:
    """A paper with a day's date, people to report at a time and a place's address under
    ``title``: a day's shape, none of a shooting day."""
    return [
        (40, 40, title, 15),
        (40, 62, second, 10),
        (40, 84, "Thank you for helping. Please read this and bring it on the day.", 9),
        (40, 100, "Sign in at 7:00 AM: Event HQ, 44 Harbor Rd, Mystic, CT 06355", 9),
        (40, 124, "7:15 AM   Start area, Harbor Rd   Team A", 8),
        (40, 138, "7:45 AM   Bridge crossing, Main St   Team B", 8),
        (40, 152, "8:30 AM   Turnaround, Elm St   Team C", 8),
        (40, 166, "1:00 PM   Debrief at Event HQ", 8),
    ]


@pytest.mark.parametrize(
    "title",
    [
        "MARSHAL BRIEFING - HARBOR HALF MARATHON",  # a race's marshals, stewards, volunteers
        "Volunteer Briefing: Mystic River 10K",
        "STEWARDS' INSTRUCTIONS - Autumn Fun Run",
        "Course marshals & stewards briefing",
        "Race briefing - Coastal Triathlon",
        "Briefing des signaleurs - Semi-marathon",
        "Einweisung Streckenposten - Stadtlauf",
        "Odprawa wolontariuszy - Bieg Niepodległości",
        "Instrucciones para voluntarios",
        "AUDIENCE WARM-UP NOTES - Record night",  # a studio audience's evening
        "Warm up running order - Show 3",
        "Audience information: studio recording",
    ],
)
def test_an_event_briefing_or_audience_paper_is_other(title: str) -> None:
    assert doc_type(_event_paper(title), unicode_font=True) == "other"


def _school_letter(greeting: str, subject: str) -> list[Row]:
    return [
        (40, 40, "Maple Grove Elementary School", 14),
        (40, 58, "12 Maple Ave, Mystic, CT 06355", 9),
        (40, 84, greeting, 10),
        (40, 100, subject, 10),
        (40, 118, "On Friday, October 16, 2026 the class will visit the aquarium,", 9),
        (40, 130, "55 Coogan Blvd, Mystic, CT 06355. Please arrive at school by 8:15 AM;", 9),
        (40, 142, "the bus leaves at 8:30 AM and returns at 2:45 PM. Pack a lunch.", 9),
        (40, 170, "Please sign and return the slip by Monday, October 12.", 9),
    ]


@pytest.mark.parametrize(
    ("greeting", "subject"),
    [
        ("Dear Parents,", "Grade 3 visit to the aquarium"),
        ("Dear Parent/Guardian,", "Field day"),
        ("To all families", "PERMISSION SLIP - Aquarium visit"),
        ("Chers parents,", "Sortie scolaire à l'aquarium"),
        ("Liebe Eltern,", "Ausflug ins Aquarium"),
        ("Drodzy Rodzice,", "Wycieczka szkolna do oceanarium"),
        ("Class news", "Class trip consent form"),
    ],
)
def test_a_schools_letter_to_parents_is_other(greeting: str, subject: str) -> None:
    assert doc_type(_school_letter(greeting, subject), unicode_font=True) == "other"


def _call_sheet(*extra: Row, title: str = "CALL SHEET") -> list[Row]:
    return [
        (40, 40, title, 16),
        (40, 62, "HARBOR LIGHTS", 14),
        (380, 62, "Sunday, October 11, 2026", 10),
        (40, 100, "Crew call: 7:00 AM", 10),
        (40, 120, "Location: Old Mill, 44 Harbor Rd, Mystic, CT 06355", 9),
        (40, 140, "Hospital: Lawrence + Memorial, 365 Montauk Ave, New London, CT 06320", 9),
        *extra,
    ]


@pytest.mark.parametrize(
    "extra",
    [
        [(40, 170, "6:30 AM  Unit marshal briefing at base; traffic marshals on Harbor Rd", 9)],
        [(40, 170, "Sc 12  EXT. HARBOR RD - DAY  The marathon passes; runners, race marshals", 8)],
        [(40, 170, "Audience: 120 SAs. Audience warm-up 6:45 PM before the concert scene", 9)],
        [(40, 170, "Set: Maple Grove Elementary School, the gym. Consent forms to the office", 9)],
        [(40, 170, "Parents of child actors: chaperone at base; the school trip scene at 2 PM", 9)],
    ],
)
def test_a_call_sheet_that_mentions_marshals_audiences_or_schools_stays_one(
    extra: list[Row],
) -> None:
    """Negatives: film crews have unit and traffic marshals, an audience of extras, a school
    as their set, child actors' parents; in a call sheet's body these are the day's."""
    assert doc_type(_call_sheet(*extra)) == "call_sheet"


@pytest.mark.parametrize("title", ["CALL SHEET - THE MARATHON", "UNIT CALL SHEET"])
def test_a_race_titled_call_sheet_stays_one(title: str) -> None:
    """Negative: a heading naming the paper a call sheet wins over a marshals' briefing line."""
    rows = _call_sheet(title=title)
    rows[1] = (40, 62, "Marshal & steward briefing 6:30 AM at base", 10)
    assert doc_type(rows) == "call_sheet"


def test_a_letter_to_a_child_actors_parents_about_a_shoot_stays_a_call_sheet() -> None:
    """Negative: 'Dear Parents' over a filming day's call is the shoot's news."""
    rows = [
        (40, 40, "Dear Parents,", 12),
        (40, 60, "Here are the details for Sam's filming day on HARBOR LIGHTS.", 9),
        (40, 76, "Date: Sunday, October 11, 2026", 9),
        (40, 92, "Call time: 8:00 AM (chaperone meets you at the unit base)", 9),
        (40, 108, "Location: Old Mill, 44 Harbor Rd, Mystic, CT 06355", 9),
        (40, 124, "Scenes 12 and 14; wrap about 3:00 PM.", 9),
    ]
    assert doc_type(rows) == "call_sheet"


# --- what a title is not -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("HARBOR LIGHTS - cast & crew", "HARBOR LIGHTS"),  # a chat group's name
        ("Vinter i skogen - crew", "Vinter i skogen"),  # any case after a spaced dash
        ("SALT MARSH night unit", "SALT MARSH"),  # which unit, in lower case
        ("SALT MARSH 2nd unit", "SALT MARSH"),
        ("KESTREL crew (B unit)", "KESTREL"),  # a bracketed note after it
        ('Greenfield · online spot 15" (social)', "Greenfield"),  # a spot's medium bracketed
        ('\u201eLas w Mgle\u201d \u00b7 spot 30" (TV + online)', "Las w Mgle"),
    ],
)
def test_a_titles_group_word_kind_and_spot_are_cut(raw: str, title: str) -> None:
    assert clean_title(raw) == title


@pytest.mark.parametrize(
    "raw",
    [
        "The Crew",  # a title's own words, capitalised
        "Curtain Call",
        "The Unit",
        "Untitled (Working Title)",  # brackets holding no kind
        "Club - 60s",  # a decade, not a spot length
        "Night Run (2026)",
    ],
)
def test_a_titles_own_words_stay(raw: str) -> None:
    assert clean_title(raw) == raw


def test_the_helpers_say_what_they_cut() -> None:
    assert without_kind_note("Hollow Oak (TVC)") == "Hollow Oak"
    assert without_kind_note("Hollow Oak (short)") == "Hollow Oak"
    assert without_kind_note("Tidewater (feature film)") == "Tidewater"
    assert without_kind_note("Night Run (2026)") == "Night Run (2026)"
    assert without_kind_note("(short)") == "(short)"  # nothing before it: kept
    assert without_spot_length('Kite - TVC 30" (TV + social)') == "Kite"
    assert kind_only("TVC") and kind_only("Short film") and not kind_only("Harbor Lights")
    assert company_name("BRANWELL & CO.") and company_name("Hale and Co")
    assert not company_name("Hale Supply Co. Winter") and not company_name("Tom & Jerry")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Bohemia Film s.r.o. \u00b7 \u201eKanovník\u201c \u00b7 hraný film", "Kanovník"),
        ("Studio Nord \u00b7 \u00abLa Digue\u00bb \u00b7 série, épisode 2", "La Digue"),
        ("\u201cSalt Road\u201d | Lantern Pictures | feature", "Salt Road"),
    ],
)
def test_a_quoted_cell_among_company_and_kind_is_the_title(line: str, title: str) -> None:
    assert quoted_cell(line) == title


@pytest.mark.parametrize(
    "line",
    [
        "Bohemia Film s.r.o. \u00b7 hraný film",  # none quoted
        "\u201eAlba\u201c \u00b7 \u201eB side\u201c \u00b7 film",  # two quoted
        "\u201eKanovník\u201c",  # one cell only
    ],
)
def test_no_quoted_cell_without_exactly_one_among_several(line: str) -> None:
    assert quoted_cell(line) is None


def test_the_kind_alone_before_the_sheets_name_is_no_title() -> None:
    """'TVC CALL SHEET' beside the company's name, the title on the line under it."""
    rows: list[Row] = [
        (30, 40, "Bellbird Films Pty Ltd", 16),
        (250, 40, "TVC CALL SHEET", 16),
        (250, 62, "Coastline Dairy 'Morning Run'", 14),
        (30, 90, "Fri 20/11/2026", 10),
        (30, 110, "Crew call: 6:00am", 10),
        (30, 130, "Location: Bells Beach, Great Ocean Rd, Torquay VIC 3228", 9),
    ]
    day = read_day(render(rows))
    assert day["production"] == "Coastline Dairy 'Morning Run'"


def test_a_quoted_title_under_the_papers_kind() -> None:
    """'DENNÍ DISPOZICE č. 9' over the company, the quoted title and its kind, a section's
    heading set larger under that."""
    rows: list[Row] = [
        (40, 40, "DENNÍ DISPOZICE č. 9", 15),
        (40, 58, "Bohemia Film s.r.o. \u00b7 \u201eKanovník\u201c \u00b7 hraný film", 9),
        (50, 80, "DATUM A ČAS", 10),
        (50, 96, "Datum: 12. 11. 2026", 9),
        (50, 110, "Sraz štábu: 07:00", 9),
        (50, 124, "Místo: Strahovský klášter, Strahovské nádvoří 1, 118 00 Praha 1", 9),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] == "Kanovník"


def test_a_label_word_run_into_production_is_no_title_label() -> None:
    """'Film Production · Media Arts 301 call sheet' in the footer names no title: the
    quoted title set large is the production."""
    rows: list[Row] = [
        (40, 40, "MEDIA ARTS DEPARTMENT \u00b7 CALL SHEET", 14),
        (40, 70, "\u201cWinter Wheat\u201d", 17),
        (40, 100, "Date: Saturday, November 14, 2026", 9),
        (40, 116, "Crew call: 9:00 AM", 9),
        (40, 132, "Location: Chester Hall, 3475 University Ave, Grand Forks, ND 58202", 9),
        (40, 700, "Film Production \u00b7 Media Arts 301 call sheet", 7),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["production"] == "Winter Wheat"


# --- a call label's time set large under it, words under that -------------------------------


def _call_box(under: str) -> list[Row]:
    return [
        (40, 30, "HARBOR LIGHTS", 18),
        (300, 30, "Tuesday, November 17, 2026", 10),
        (40, 70, "CREW CALL", 10),
        (190, 66, "Breakfast from: 0600 at base", 8),
        (190, 77, "Lunch: 1200", 8),
        (40, 96, under, 26),
        (190, 99, "Sunrise / Sunset: 0728 / 1605", 8),
        (190, 88, "Est. wrap: 1700", 8),
        (40, 112, "at the quay (walk from base 5 mins)", 7),
        (40, 140, "LOCATION", 7),
        (40, 152, "Old Mill, 44 Harbor Rd, Mystic, CT 06355", 8),
    ]


def test_a_call_labels_time_under_it_with_words_under_that() -> None:
    day = read_day(render(_call_box("0645")))
    assert day["call_time"] == "06:45"


def test_a_call_label_with_only_words_under_it_takes_no_other_time() -> None:
    """Negative: no time under the label's own words: the breakfast's beside it is not read
    as the call."""
    day = read_day(render(_call_box("see notes")))
    assert day["call_time"] != "06:00"


def test_a_headings_bracketed_kind_is_cut_a_labels_value_kept() -> None:
    """'CALL SHEET - Hollow Oak (short)' names the title and its kind; 'PROJECT  Hollow Oak
    (music video)' prints the project's name as its office writes it."""
    tail: list[Row] = [
        (40, 80, "Saturday, May 16, 2026", 10),
        (40, 100, "Crew call: 6:30 AM", 10),
        (40, 120, "Location: Old Mill, 44 Harbor Rd, Mystic, CT 06355", 9),
    ]
    heading = read_day(render([(40, 40, "CALL SHEET - Hollow Oak (short)", 14), *tail]))
    assert heading["production"] == "Hollow Oak"
    labelled = [(40, 40, "FIELD DAY FILMS CALL SHEET", 14), (40, 60, "PROJECT", 9)]
    labelled += [(110, 60, "HOLLOW OAK (music video)", 9), *tail]
    assert read_day(render(labelled))["production"] == "HOLLOW OAK (music video)"
