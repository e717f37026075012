"""Rules taught on an address that was part of a line of running text (an e-mail's one-line
sheet), and on an address box whose street a big call beside it pulls out of order: later
sheets read the same part, or nothing, and never confirm the reader's error (drawn pages)."""

from __future__ import annotations

from pipeline.extract.layouts import fingerprint as fp
from pipeline.extract.layouts.cells import Cell
from pipeline.extract.layouts.merge import LEARNT, Learnt, apply_rules
from pipeline.extract.layouts.rules import CORRECTED, _row_number, learn, read, teach
from pipeline.extract.reader.model import Word
from pipeline.extract.reader.scoring import SAFE
from tests.unit.extract.layouts.test_layouts import page, reader_day

# --- an address in an e-mail's sentence ------------------------------------------------------


def mail_sheet(sentence: str, rest: str = "Co. Kerry.") -> tuple:
    """A sheet sent as an e-mail: headers, then the day's one sentence."""
    return page([(50, 60, "From: Aoife Byrne <aoife@harbourfilms.ie>", 9),
                 (50, 74, "Subject: Salt Roads - call tomorrow", 9),
                 (50, 110, "Hi all,", 10),
                 (50, 132, sentence, 10),
                 (50, 146, rest, 10),
                 (50, 170, "Lunch on set 13:00. Thanks, Aoife", 10)])  # fmt: skip


DAY1 = "Monday 7 June: Call 0700 at Derrynane House, Derrynane Road, Caherdaniel,"
DAY2 = "Monday 14 June: Call 0630 at Ballinskelligs Pier, Pier Road, Ballinskelligs, Co. Kerry."


def _mail_rule():
    was = "Derrynane House, Derrynane Road, Caherdaniel"
    value = "Derrynane Road, Caherdaniel, Co. Kerry"
    return teach("location", value, mail_sheet(DAY1), read_before=was, corrected=True)


def test_an_address_in_a_sentence_is_learnt_after_the_word_it_follows() -> None:
    rule = _mail_rule()
    assert rule is not None and rule.relation != CORRECTED
    assert rule.after == "at"
    found = read(rule, mail_sheet(DAY1))
    assert found is not None and found.value.startswith("Derrynane House, Derrynane Road")


def test_the_next_sentence_is_read_from_the_same_word_on() -> None:
    found = read(_mail_rule(), mail_sheet(DAY2))
    assert found is not None
    assert found.value.startswith("Ballinskelligs Pier, Pier Road, Ballinskelligs")
    assert "Call" not in found.value and "June" not in found.value


def test_a_sentence_without_the_word_reads_nothing_and_the_day_is_checked() -> None:
    """Negative: today's sentence does not print "at" after its call: no value, never the
    whole sentence; the reader's value stands, sent to review (taught by a correction)."""
    day2 = mail_sheet("Monday 14 June: Call 0630, meet by Ballinskelligs Pier, Pier Road,")
    rule = _mail_rule()
    assert read(rule, day2) is None
    day = reader_day(location="Ballinskelligs Pier, Pier Road", location_conf=0.9)
    learnt = [Learnt("set", fp.fingerprint(mail_sheet(DAY1)), rule)]
    applied = apply_rules(day, learnt, day2, fp.fingerprint(day2))
    assert applied.day["location"] == "Ballinskelligs Pier, Pier Road"
    assert applied.day["field_confidence"]["location"] < SAFE


def test_a_set_name_before_an_address_is_no_sentence() -> None:
    """Negative: words before the address in its cell that print no date or call (a set's
    name) keep no leading word: the cell is read whole, as before."""
    sheet = page([(40, 100, "LOCATION", 8), (40, 114, "Muckross House, Muckross Road", 9),
                  (40, 126, "Killarney V93 CK73", 9)])  # fmt: skip
    rule = learn("location", "Muckross Road, Killarney V93 CK73", sheet)
    assert rule is not None and rule.after is None


def test_a_box_printing_a_date_and_a_call_is_never_read_as_the_set() -> None:
    """Negative: a rule taught on a plain address box, on a sheet where the box prints a
    sentence with the day's date and call: nothing is read."""
    day1 = page([(40, 100, "LOCATION", 8), (40, 114, "12 Quay Rd, Whitby YO21 1DH", 9)])
    rule = learn("location", "12 Quay Rd, Whitby YO21 1DH", day1)
    assert rule is not None and read(rule, day1) is not None
    sentence = "Tuesday 8 June call 07:00 at 3 Pier Rd, Whitby YO21 3PU"
    day2 = page([(40, 100, "LOCATION", 8), (40, 114, sentence, 9)])
    assert read(rule, day2) is None


# --- a street line a big call pulls out of order ---------------------------------------------


def unit_sheet(call: str, name: str, street: str, town: str) -> tuple:
    """A unit call sheet: the call printed big beside the LOCATION box; the street's line
    shares the call's baseline and is grouped with it, before the set's name."""
    return page([(36, 30, "THE SALT ROADS", 18),
                 (36, 78, "UNIT CALL", 9), (270, 76, "LOCATION", 7.5),
                 (36, 112, call, 26),
                 (270, 88, name, 8.5),
                 (270, 111, street, 8.5),
                 (270, 122, town, 8.5),
                 (36, 140, "Breakfast 06:15", 8.5), (270, 140, "UNIT BASE", 7.5)])  # fmt: skip


def test_the_street_beside_a_big_call_is_learnt_and_read() -> None:
    day1 = unit_sheet("07:00", "Bamburgh Castle", "Links Road", "Bamburgh NE69 7DF")
    assert any(ln.words[0].text == "07:00" and len(ln.words) > 1 for ln in day1[0].lines)
    rule = teach("location", "Links Road, Bamburgh NE69 7DF", day1,
                 read_before="Bamburgh Castle, Bamburgh NE69 7DF", corrected=True)  # fmt: skip
    assert rule is not None and rule.relation == "below" and rule.lines == 2
    day2 = unit_sheet("06:30", "The Beacon Museum", "West Strand", "Whitehaven CA28 7LY")
    found = read(rule, day2)
    assert found is not None and found.value == "West Strand, Whitehaven CA28 7LY"
    # the reader, sure, drops the street again: the layout the person taught is used
    day = reader_day(location="The Beacon Museum, Whitehaven CA28 7LY", location_conf=0.9)
    applied = apply_rules(day, [Learnt("set", fp.fingerprint(day1), rule)], day2,
                          fp.fingerprint(day2))  # fmt: skip
    assert applied.day["location"] == "West Strand, Whitehaven CA28 7LY"
    assert applied.day["field_confidence"]["location"] == LEARNT


def test_the_set_name_above_the_street_is_not_learnt_into_the_address() -> None:
    """Negative: the set's name, not in the person's address, is not read by the rule."""
    day1 = unit_sheet("07:00", "Bamburgh Castle", "Links Road", "Bamburgh NE69 7DF")
    rule = learn("location", "Links Road, Bamburgh NE69 7DF", day1)
    assert rule is not None
    found = read(rule, day1)
    assert found is not None and "Castle" not in found.value


def test_a_rule_blind_to_the_street_the_person_added_is_kept_as_a_memo() -> None:
    """A street line the rule does not take up (it prints a note beside the street): the rule
    would read only what the reader had read, agreeing with its error on every later sheet;
    the correction is kept as a memo, so later sheets go to review."""
    street = "Links Road (north gate, crew only)"
    day1 = unit_sheet("07:00", "Bamburgh Castle", street, "Bamburgh NE69 7DF")
    rule = teach("location", "Links Road, Bamburgh NE69 7DF", day1,
                 read_before="Bamburgh Castle, Bamburgh NE69 7DF", corrected=True)  # fmt: skip
    assert rule is not None and rule.relation == CORRECTED


# --- a spreadsheet's row numbers -------------------------------------------------------------


def sheet_rows(call: str, place: str) -> tuple:
    """A spreadsheet printed with its row numbers in a gutter before each row's label."""
    return page([(22, 40, "1", 7), (43, 40, "Lough Erne", 12),
                 (22, 58, "2", 7), (43, 58, "Date", 8.5), (153, 58, "23/06/2026", 8.5),
                 (22, 73, "3", 7), (43, 73, "Crew Call", 8.5), (153, 73, call, 8.5),
                 (22, 88, "4", 7), (43, 88, "Lunch", 8.5), (153, 88, "12:00", 8.5),
                 (22, 103, "5", 7), (43, 103, "Location", 8.5), (153, 103, place, 8.5)])  # fmt:skip


def test_a_rows_label_after_its_row_number_is_the_anchor() -> None:
    """The row number before a row's label is no value whose caption the label would be: the
    call is learnt under its own row's label, not under a label of the row above."""
    rule = learn("call_time", "06:30", sheet_rows("06:30", "Portstewart Strand"))
    assert rule is not None and (rule.label, rule.relation) == ("Crew Call", "right")
    found = read(rule, sheet_rows("08:00", "Castle Ward"))
    assert found is not None and found.value == "08:00"


def test_a_value_before_a_caption_is_no_row_number() -> None:
    """Negative: a time or a four-digit number before a cell is a value, not a row's number."""

    def cell(text: str) -> Cell:
        return Cell(0, 0, 0, (Word(text, 22, 30, 0, 8, 7),))

    assert _row_number(cell("5")) and _row_number(cell("12"))
    assert not _row_number(cell("06:30")) and not _row_number(cell("2026"))
