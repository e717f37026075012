"""Rules taught on day 1 that read the production's later sheets: wrapped addresses, a year
printed among others, a day's count or a weekday that is no label, a shift's start that is no
call (drawn pages, no PDF, no I/O)."""

from __future__ import annotations

import pytest

from pipeline.extract.layouts import fingerprint as fp
from pipeline.extract.layouts.merge import LEARNT, Learnt, apply_rules
from pipeline.extract.layouts.rules import _anchor_like, learn, read, teach
from pipeline.extract.layouts.values import UNKNOWN_FORM, parse, street_place
from pipeline.extract.reader.model import Word
from pipeline.extract.reader.scoring import SAFE
from tests.unit.extract.layouts.test_layouts import page, reader_day

# --- an address wrapped at the end of its label's line ---------------------------------------


def polish_sheet(first: str, second: str) -> tuple:
    """Numbered rows, labels in a column on the left; the set's line wraps under its value."""
    return page([(56, 40, "DYSPOZYCJA nr 12", 15),
                 (56, 180, "1. Zbiórka ekipy:", 9.5), (221, 180, "godz. 7:00", 9.5),
                 (56, 240, "5. Miejsce zdjęć:", 9.5), (221, 240, first, 9.5),
                 (221, 252, second, 9.5),
                 (56, 267, "6. Baza / parking:", 9.5),
                 (221, 267, "Parking przy ul. Hożej, 11-100 Lidzbark", 9.5)])  # fmt: skip


WRAPPED = (
    "Kolegiata Zbawiciela i Wszystkich Świętych, ul.",
    "Orła Białego 16, 11-040 Dobre Miasto",
)


def test_a_street_begun_at_the_end_of_the_line_above_is_learnt_with_it() -> None:
    day = polish_sheet(*WRAPPED)
    rule = learn("location", "ul. Orła Białego 16, 11-040 Dobre Miasto", day)
    assert rule is not None
    # the value starts on its label's line, not on the line below it
    assert (rule.label, rule.relation, rule.lines) == ("5. Miejsce zdjęć:", "right", 2)
    found = read(rule, day)
    assert found is not None and "ul. Orła Białego 16, 11-040 Dobre Miasto" in found.value


def test_the_wrapped_rule_reads_the_next_sheet() -> None:
    rule = learn("location", "ul. Orła Białego 16, 11-040 Dobre Miasto", polish_sheet(*WRAPPED))
    assert rule is not None
    later = polish_sheet("Bazylika św. Katarzyny, ul. Kościelna 2, 14-500", "Braniewo (nawa)")
    found = read(rule, later)
    # the two lines read as one sentence: the postcode and its town stay together
    assert found is not None and "ul. Kościelna 2, 14-500 Braniewo" in found.value
    assert found.quality == 1.0


def test_an_address_pushed_down_a_line_is_carried_on() -> None:
    """A rule taught on a one-line value reads on when today's set's name is longer."""
    day1 = polish_sheet("pl. Zamkowy 1, 11-100 Lidzbark Warmiński", "(krużganki)")
    rule = learn("location", "pl. Zamkowy 1, 11-100 Lidzbark Warmiński", day1)
    assert rule is not None and rule.lines == 1
    found = read(rule, polish_sheet(*WRAPPED))
    assert found is not None and "ul. Orła Białego 16, 11-040 Dobre Miasto" in found.value


def test_the_next_row_is_never_read_as_the_rest_of_the_address() -> None:
    """Negative: a rule taught on two lines, today's value on one: the line below is the next
    labelled row (the base), not the set's."""
    rule = learn("location", "ul. Orła Białego 16, 11-040 Dobre Miasto", polish_sheet(*WRAPPED))
    assert rule is not None and rule.lines == 2
    one_line = page([(56, 240, "5. Miejsce zdjęć:", 9.5),
                     (221, 240, "ul. Kościelna 2, 14-500 Braniewo", 9.5),
                     (56, 252, "6. Baza / parking:", 9.5),
                     (221, 252, "Parking przy ul. Hożej 5, 11-100 Lidzbark", 9.5)])  # fmt: skip
    found = read(rule, one_line)
    assert found is not None and found.value == "ul. Kościelna 2, 14-500 Braniewo"


# --- a year printed among others -------------------------------------------------------------


def thai_sheet(date: str) -> tuple:
    return page([(40, 40, "BAI KHIU / CALL SHEET", 13), (40, 80, "DATE:", 9), (120, 80, date, 9),
                 (40, 94, "CREW CALL:", 9), (120, 94, "07.00 hrs", 9)])  # fmt: skip


@pytest.mark.parametrize(
    ("taught", "later", "placed"),
    [
        # the reader does not read it whole (no mark, no slash): the year's place is learnt
        ("Tuesday 15 December 2569 2026", "Wednesday 23 December 2569 2026", True),
        # the reader reads a marked Buddhist-era pair whole (reader89): no place needed
        ("Tuesday 15 December 2569 / 2026", "Wednesday 23 December 2569 / 2026", False),
    ],
)
def test_a_date_whose_year_follows_another_calendars_is_learnt(
    taught: str, later: str, placed: bool
) -> None:
    rule = learn("shooting_date", "2026-12-15", thai_sheet(taught))
    assert rule is not None and rule.label == "DATE:" and (rule.year_at is not None) == placed
    found = read(rule, thai_sheet(later))
    assert found is not None and (found.value, found.quality) == ("2026-12-23", 1.0)


def test_a_date_with_no_year_printed_is_not_read_with_the_taught_place() -> None:
    """Negative: the year at the taught place is missing: no date, the reader's value stands."""
    rule = learn("shooting_date", "2026-12-15", thai_sheet("Tuesday 15 December 2569 / 2026"))
    assert rule is not None
    assert read(rule, thai_sheet("Wednesday 23 December")) is None


def test_a_date_that_reads_whole_keeps_no_year_place() -> None:
    rule = learn("shooting_date", "2026-12-15", thai_sheet("Tuesday 15 December 2026"))
    assert rule is not None and rule.year_at is None


# --- texts that change from day to day are no anchors ----------------------------------------


def _words(text: str) -> list[Word]:
    return [Word(t, 10.0 * k, 10.0 * k + 8, 0, 8, 8) for k, t in enumerate(text.split())]


@pytest.mark.parametrize("text", ["7 af 21", "4 of 22 (week 1: Sun-Thu)", "Day 3/20", "12 z 31"])
def test_a_days_count_is_no_anchor(text: str) -> None:
    assert not _anchor_like(_words(text))


@pytest.mark.parametrize("text", ["SET 1", "CALL SHEET #2", "Unit 2 Base", "Crew call"])
def test_a_label_with_a_number_in_it_is_still_an_anchor(text: str) -> None:
    assert _anchor_like(_words(text))


def test_the_call_under_a_days_count_is_learnt_under_its_own_label() -> None:
    """The call is printed bigger, far right of its label; right over it, the day's count."""
    day = page([(40, 80, "Optagedag / Shoot day", 7.5), (190, 80, "7 af 21", 7.5),
                (40, 93, "Crew call", 7.5), (190, 93, "07.00", 8.5)])  # fmt: skip
    rule = learn("call_time", "07:00", day)
    assert rule is not None and rule.label == "Crew call"


def test_a_title_read_from_a_weekdays_line_places_no_value() -> None:
    """The reader took the date's line for the title: the next sheet's weekday is another."""
    day = page([(40, 40, "Old Capital Line Productions Co., Ltd. for Ferrante Film (Italy)", 10),
                (40, 78, "Tuesday (Wan Angkhan) 15 December 2026", 11)])  # fmt: skip
    assert learn("shooting_date", "2026-12-15", day, title="Tuesday (Wan Angkhan)") is None
    rule = learn("shooting_date", "2026-12-15", day, title="Old Capital Line")
    assert rule is not None and rule.relation == "title"


def test_a_column_header_half_a_point_smaller_is_the_label() -> None:
    """Two columns: the set's block under its header, left of it another column's rows."""
    day = page([(34, 104, "Ta'arikh / Date", 8.5), (154, 104, "20/12/26", 8.5),
                (344, 104, "Makom / Location", 7.0),
                (34, 116, "Yom tzilum / Shoot day", 8.5), (154, 116, "4 of 22", 8.5),
                (344, 116, "Caesarea National Park", 7.5), (344, 125, "Rehov HaNamal", 7.5),
                (344, 134, "Caesarea 3088900", 7.5)])  # fmt: skip
    rule = learn("location", "Rehov HaNamal, Caesarea 3088900", day)
    assert rule is not None and rule.label == "Makom / Location"


# --- a place with a street and no number -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Maison des Esclaves, Rue Saint-Germain, Île de Gorée, Dakar",
        "Rue Saint-Germain, Île de Gorée, Dakar",
        "Cape Coast Castle, Victoria Road, Cape Coast, Central Region",
        "Old Mill, Via Roma, Castellina, Siena",
    ],
)
def test_a_place_with_a_street_and_no_number_parses_in_the_unknown_form(text: str) -> None:
    assert street_place(text)
    found = parse("location", text)
    assert found is not None and found.quality >= UNKNOWN_FORM and found.value == text


@pytest.mark.parametrize(
    "text",
    [
        "Dunluce Castle, Portballintrae, Bushmills, Antrim",  # no street
        "Jane Doe, John Smith, Bob Roe",  # names
        "Meet at Rue X, then walk, Dakar",  # running text
        "Victoria Road, Cape Coast",  # two parts
        "Castle Hill, Greenway Park, Lyme",  # weak types only
    ],
)
def test_other_lists_are_no_street_place(text: str) -> None:
    assert not street_place(text)


def _french_sheet(place: str) -> tuple:
    return page([(36, 40, "CANOE MONEY", 16), (36, 127, "CALL TIME:", 9),
                 (156, 127, "7AM PROMPT", 9), (36, 183, "LOCATION:", 9), (156, 183, place, 9),
                 (36, 197, "SET:", 9), (156, 197, "the jetty and the boardwalk", 9)])  # fmt: skip


def test_a_correction_to_a_street_place_is_learnt_and_confirms_the_next_one() -> None:
    read_before = "Maison des Esclaves, Rue Saint-Germain, Île de Gorée, Dakar"
    day1 = _french_sheet(read_before)
    rule = teach("location", "Rue Saint-Germain, Île de Gorée, Dakar", day1,
                 read_before=read_before, corrected=True)  # fmt: skip
    assert rule is not None and not rule.is_memo and rule.taught_quality == UNKNOWN_FORM
    later = "Fort Gorée, Rue du Castel, Île de Gorée, Dakar"
    day2 = _french_sheet(later)
    learnt = [Learnt("set", fp.fingerprint(day1), rule)]
    applied = apply_rules(reader_day(location=later, location_conf=0.76), learnt, day2,
                          fp.fingerprint(day2))  # fmt: skip
    assert applied.day["location"] == later
    assert applied.day["field_confidence"]["location"] == LEARNT


def test_a_numbered_address_taught_does_not_confirm_a_street_place() -> None:
    """Negative: taught on a street with its number and postcode, a later place with no number
    is less complete than what was taught: review."""
    taught = "Marina Road, Calabar 540001, Cross River State"
    day1 = _french_sheet(taught)
    rule = teach("location", taught, day1)
    assert rule is not None and rule.taught_numbered
    later = "Maison des Esclaves, Rue Saint-Germain, Île de Gorée, Dakar"
    day2 = _french_sheet(later)
    learnt = [Learnt("set", fp.fingerprint(day1), rule)]
    applied = apply_rules(reader_day(location=later, location_conf=0.76), learnt, day2,
                          fp.fingerprint(day2))  # fmt: skip
    assert applied.day["field_confidence"]["location"] < SAFE


# --- a shift's start is no call --------------------------------------------------------------


def shift_sheet(call: str | None = None, shift: str = "07:00-19:00") -> tuple:
    texts = [(40, 40, "HARBOUR PILOTS", 16), (40, 104, "SHIFT", 9), (150, 104, shift, 9),
             (40, 132, "LOCATION", 9), (150, 132, "12 Quay Rd, Whitby YO21 1DH", 9)]  # fmt: skip
    if call:
        texts += [(40, 118, "CREW CALL", 9), (150, 118, call, 9)]
    return page(texts)


def _taught_on_the_shift() -> list[Learnt]:
    day1 = shift_sheet()
    rule = teach("call_time", "07:00", day1, read_before="19:00", corrected=True)
    assert rule is not None and rule.label == "SHIFT" and rule.range_start
    return [Learnt("call", fp.fingerprint(day1), rule)]


def test_a_shifts_start_never_overrides_the_readers_call() -> None:
    """The shift stays put, the call moves: the reader's call is kept, and the day is checked
    (the rule, taught by correcting the reader, would otherwise override it)."""
    day2 = shift_sheet(call="06:30")
    day = reader_day(call_time="06:30", call_time_conf=1.0)
    applied = apply_rules(day, _taught_on_the_shift(), day2, fp.fingerprint(day2))
    assert applied.day["call_time"] == "06:30"
    assert applied.day["field_confidence"]["call_time"] < SAFE
    assert "call_time" not in applied.used


def test_a_shifts_start_still_confirms_an_agreeing_reader() -> None:
    day2 = shift_sheet(shift="06:00-18:00")
    day = reader_day(call_time="06:00", call_time_conf=0.6)
    applied = apply_rules(day, _taught_on_the_shift(), day2, fp.fingerprint(day2))
    assert applied.day["call_time"] == "06:00"
    assert applied.day["field_confidence"]["call_time"] == LEARNT


def test_a_call_alone_in_its_cell_is_no_range_start() -> None:
    """Negative: a call printed alone keeps overriding as taught."""
    day1 = shift_sheet(call="07:00", shift="all day")
    rule = teach("call_time", "07:00", day1, read_before="19:00", corrected=True)
    assert rule is not None and rule.label == "CREW CALL" and not rule.range_start
