"""Time and date parsing in the formats crews print, with the sheet's own cues."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.reader.values import (
    EMAIL_RE,
    find_dates,
    find_phones,
    find_time,
    find_times,
    without_phones,
)

# --- times -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [("7:00 AM", "07:00"), ("07:00", "07:00"), ("0700", "07:00"), ("7.00", "07:00"),
     ("7h", "07:00"), ("130p", "13:30"), ("6:03A", "06:03"), ("5:30 pm", "17:30"),
     ("7:30 AM", "07:30"), ("7:30am", "07:30"), ("0730", "07:30"), ("0730hrs", "07:30"),
     ("0730 hrs", "07:30"), ("1930h", "19:30"), ("7.30", "07:30"), ("07h30", "07:30"),
     ("7h30", "07:30"), ("7:30a", "07:30"), ("7:30 a.m.", "07:30"), ("7:30 p.m.", "19:30"),
     ("19:30", "19:30"), ("7.30pm", "19:30"), ("12:15 AM", "00:15"), ("12 PM", "12:00"),
     ("noon", "12:00"), ("12 noon", "12:00"), ("12 midnight", "00:00"), ("midnight", "00:00"),
     ("12:00 midnight", "00:00"), ("12:00 noon", "12:00"), ("19.30 godz.", "19:30"),
     ("Crew call: 06:45", "06:45"), ("zbiórka 6.45", "06:45"), ("Call 7:00:00", "07:00"),
     ("at 7.30.", "07:30"), ("1130a", "11:30"), ("Lunch 1 pm", "13:00")],
)  # fmt: skip
def test_times(text: str, want: str) -> None:
    parsed = find_time(text)
    assert parsed is not None and parsed.value == want


@pytest.mark.parametrize(
    "text",
    ["", "Day 2 of 3", "Scene 700", "Unit 2 a", "15.03.2026", "2026-03-16", "25:00",
     "7:75", "Stage 5", "Episode 104"],
)  # fmt: skip
def test_no_time(text: str) -> None:
    assert find_time(text) is None


@pytest.mark.parametrize(
    ("text", "want"),
    [("Call 7:00, Lunch 13:00, Wrap 19:00", ["07:00", "13:00", "19:00"]),
     ("Sunrise / Sunset: 6:03A / 7:57P", ["06:03", "19:57"]),
     ("7:30am-6:30pm", ["07:30", "18:30"]),
     ("Zbiórka 6.30 | Obiad 13.00 | Koniec 18h", ["06:30", "13:00", "18:00"]),
     ("Date: Nov 14, 2025 Call 0700", ["07:00"]),  # 2025 is the date's year, not 20:25
     ("14.11.2025 7.30", ["07:30"]),
     ("12:00 noon lunch", ["12:00"]),
     # a house number is not a time
     ("Set: 1600 Pennsylvania Ave NW, Washington, DC 20500 Call 0700", ["07:00"]),
     ("Call 0730 1130 Lunch", ["07:30", "11:30"])],
)  # fmt: skip
def test_every_time_in_a_line_in_order(text: str, want: list[str]) -> None:
    assert [p.value for p in find_times(text)] == want


def test_time_spans_cover_the_printed_time() -> None:
    text = "Crew Call 7:30 AM sharp"
    parsed = find_time(text)
    assert parsed is not None and text[parsed.start : parsed.end] == "7:30 AM"


def test_time_qualities_say_how_sure() -> None:
    assert find_time("7:30")
    assert find_time("0730hrs").quality > find_time("0730").quality  # type: ignore[union-attr]
    assert find_time("7h").quality < 0.85  # type: ignore[union-attr]
    odd = find_time("19:30 PM")
    assert odd is not None and odd.value == "19:30" and odd.quality < 0.85 and odd.note


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "us", "want"),
    [("15.03.2026", False, "2026-03-15"), ("15/03/26", None, "2026-03-15"),
     ("03/15/2026", True, "2026-03-15"), ("Monday, March 16th 2026", None, "2026-03-16"),
     ("16 marca 2026", False, "2026-03-16"), ("2026-03-16", None, "2026-03-16"),
     ("Wednesday 03/04/2026", False, "2026-03-04"),
     # ordinals and month names, English
     ("14th November 2025", None, "2025-11-14"), ("1st Dec 2025", None, "2025-12-01"),
     ("November 14, 2025", None, "2025-11-14"), ("Nov. 14th, '25", None, "2025-11-14"),
     ("14th of November 2025", None, "2025-11-14"), ("14-Nov-2025", None, "2025-11-14"),
     ("Friday 14 Nov 2025", None, "2025-11-14"),
     # month, day and a two-digit year after a slash (Toronto template)
     ("Nov 14/25", None, "2025-11-14"), ("November 14 / 25", None, "2025-11-14"),
     ("DATE: NOV 14/25", None, "2025-11-14"), ("14 Nov 25", None, "2025-11-14"),
     # Polish genitive and nominative, weekday names
     ("14 listopada 2025", None, "2025-11-14"),
     ("piątek, 14 listopada 2025 r.", None, "2025-11-14"),
     ("1 października 2025", None, "2025-10-01"), ("3 pazdziernika 2025", None, "2025-10-03"),
     ("listopad 14, 2025", None, "2025-11-14"),
     ("13 października 2025 (poniedziałek)", None, "2025-10-13"),
     # Roman-numeral months
     ("14.XI.2025", None, "2025-11-14"), ("14 XI 2025", None, "2025-11-14"),
     ("14-XI-25", None, "2025-11-14"), ("3.IV.2026", None, "2026-04-03"),
     # numeric
     ("3.11.2020", False, "2020-11-03"), ("11/3/20", True, "2020-11-03"),
     ("3-11-2020", False, "2020-11-03"), ("14. 11. 2025", None, "2025-11-14"),
     ("2025/11/14", None, "2025-11-14"),
     # German, French, Spanish, Dutch
     ("14. November 2025", None, "2025-11-14"), ("Freitag, 14. November 2025", None, "2025-11-14"),
     ("vendredi 14 novembre 2025", None, "2025-11-14"),
     ("14 de noviembre de 2025", None, "2025-11-14"),
     ("vrijdag 14 november 2025", None, "2025-11-14"),
     # a longer reading with a full year beats a shorter one inside it
     ("Call Sheet day 1 of 1 January 29, 2025", None, "2025-01-29")],
)  # fmt: skip
def test_dates(text: str, us: bool | None, want: str) -> None:
    found = find_dates(text, us_order=us)
    assert found and found[0].value == want


@pytest.mark.parametrize(
    "text",
    ["ul. 3 Maja 12, 00-590 Warszawa", "al. 29 Listopada 5", "Scene 14 Set 12",
     "Day 2 of 3", "Page 3/8", "7:30 - 19:30", "Tel 601-234-567", "Thursday 14 November"],
)  # fmt: skip
def test_no_full_date(text: str) -> None:
    assert find_dates(text) == []


def test_ambiguous_numeric_date_without_cue_is_low_quality() -> None:
    parsed = find_dates("04/03/2026")[0]
    assert parsed.quality < 0.5 and parsed.note


def test_weekday_disagreeing_with_date_is_flagged() -> None:
    parsed = find_dates("Friday 16.03.2026", us_order=False)[0]
    assert parsed.quality < 0.5 and "weekday" in (parsed.note or "")


def test_weekday_settles_day_month_order() -> None:
    # 3 April 2026 is a Friday; 4 March 2026 a Wednesday
    assert find_dates("Friday 04/03/2026")[0].value == "2026-04-03"
    assert find_dates("Wednesday 04/03/2026")[0].value == "2026-03-04"
    assert find_dates("czwartek 13.11.2025")[0].quality == 1.0


@pytest.mark.parametrize(
    ("text", "reference", "want", "sure"),
    [("Thursday 13 November", dt.date(2025, 11, 10), "2025-11-13", True),
     ("Nov 14", dt.date(2025, 11, 10), "2025-11-14", False),
     ("2 January", dt.date(2025, 12, 28), "2026-01-02", False),  # nearest: across New Year
     ("30 December", dt.date(2026, 1, 3), "2025-12-30", False),
     ("14.XI", dt.date(2025, 11, 1), "2025-11-14", False),
     ("środa, 12 listopada", dt.date(2025, 11, 1), "2025-11-12", True)],
)  # fmt: skip
def test_dates_without_a_year_take_the_nearest_year(
    text: str, reference: dt.date, want: str, sure: bool
) -> None:
    parsed = find_dates(text, reference=reference)[0]
    assert parsed.value == want
    assert (parsed.quality >= 0.9) is sure  # a matching weekday confirms the inferred year


def test_english_words_that_are_month_names_need_a_capital() -> None:
    ref = dt.date(2025, 5, 1)
    assert find_dates("Unit 1 may be late", reference=ref) == []
    assert find_dates("Cast 2 march to set", reference=ref) == []
    assert find_dates("Thursday 1 May", reference=ref)[0].value == "2025-05-01"
    assert find_dates("1 maja 2025")[0].value == "2025-05-01"  # Polish names are lower case


def test_yearless_date_with_wrong_weekday_is_flagged() -> None:
    parsed = find_dates("Thursday 14 November", reference=dt.date(2025, 11, 10))[0]
    assert parsed.value == "2025-11-14" and parsed.quality < 0.5 and parsed.note


def test_yearless_dates_without_reference_only_on_request() -> None:
    assert find_dates("Thursday 14 November") == []
    parsed = find_dates("Thursday 14 November", yearless=True)[0]
    assert parsed.value == "--11-14" and parsed.quality < 0.5 and "year" in (parsed.note or "")


def test_several_dates_in_order_with_spans() -> None:
    text = "Shoot 14.11.2025, issued Nov 10, 2025"
    found = find_dates(text)
    assert [p.value for p in found] == ["2025-11-14", "2025-11-10"]
    assert [text[p.start : p.end] for p in found] == ["14.11.2025", "Nov 10, 2025"]


# --- bounded work on any input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["a" * 100_000, "1" * 100_000, "12 " * 33_000, "Nov 14 " * 15_000, "7:30 " * 20_000,
     "a@" * 50_000, "1." * 50_000],
)  # fmt: skip
def test_a_huge_line_is_read_in_bounded_time(line: str) -> None:
    # The finders read a bounded prefix with patterns that cannot backtrack; this returns at
    # once (a pattern with nested quantifiers would hang here, not just be slow).
    times, dates = find_times(line), find_dates(line)
    assert len(times) <= 1000 and len(dates) <= 1000
    assert EMAIL_RE.search(line) is None or "@" in line


def test_times_found_on_a_huge_line_are_the_leading_ones() -> None:
    found = find_times("7:30 " * 20_000)
    assert found and all(p.value == "07:30" for p in found) and found[-1].start < 1000


# --- phones ----------------------------------------------------------------------------------


def test_phones_are_e164_only_with_a_region() -> None:
    assert find_phones("(510) 371-4831", "US") == ["+15103714831"]
    assert find_phones("tel. +48 601 234 567", None) == ["+48601234567"]
    assert find_phones("Lunch 13:00 - 2026", "GB") == []


def test_email_pattern() -> None:
    assert EMAIL_RE.findall("Office: prod@example.co.uk, tel") == ["prod@example.co.uk"]


def test_a_rejected_match_does_not_hide_the_date_inside_it() -> None:
    # "1 - poniedziałek, 17" looks like day-month-year until "poniedziałek" is no month
    line = "KONIEC DNIA ZDJĘCIOWEGO 1 - poniedziałek, 17 listopada 2025 - 3 2/8 str."
    assert [p.value for p in find_dates(line, us_order=True)] == ["2025-11-17"]


@pytest.mark.parametrize(
    ("line", "region", "rest"),
    [
        ("Oxford Rd, Manchester M13 9WL (0161) 276 1234", "GB", "Oxford Rd, Manchester M13 9WL"),
        (
            "4867 Sunset Blvd, Los Angeles, CA 90027 Tel: (323) 783-4011",
            "US",
            "4867 Sunset Blvd, Los Angeles, CA 90027",
        ),
        (
            "ul. Lindleya 4, 02-005 Warszawa, tel. +48 22 502 20 00",
            "PL",
            "ul. Lindleya 4, 02-005 Warszawa",
        ),
        ("(323) 783-4011", "US", ""),
    ],
)
def test_a_phone_number_is_cut_from_an_address_line(line: str, region: str, rest: str) -> None:
    assert without_phones(line, region) == rest


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("pi\u0105tek/sobota 25/26 wrze\u015bnia 2026", "2026-09-25"),
        ("14/15.11.2026", "2026-11-14"),
        ("Fri/Sat 9/10 Oct 2026", "2026-10-09"),
        ("14-15 XI 2026", "2026-11-14"),
        ("30/31 December 2026", "2026-12-30"),
    ],
)
def test_a_night_across_two_days_is_dated_by_its_first(text: str, want: str) -> None:
    # A night shoot prints both days of the night; the weekday pair checks the first day
    found = find_dates(text)
    assert [p.value for p in found] == [want]
    assert found[0].quality >= 0.9


@pytest.mark.parametrize(
    ("text", "want"),
    [("11/12/2026", ["2026-11-12"]), ("3/4/2026", ["2026-03-04"]), ("Scenes 5/6 of 12", [])],
)
def test_two_consecutive_numbers_that_are_not_a_night(text: str, want: list[str]) -> None:
    # A plain numeric date is not a day range (no month and year follow the pair)
    assert [p.value for p in find_dates(text, us_order=True)] == want


def test_a_remembered_answer_comes_as_a_new_list_each_time() -> None:
    # Given an answer the finder keeps, emptied by its caller
    from pipeline.extract.reader.times import find_times

    find_times("Crew call 07:30, wrap 19:00").clear()
    # Then the next caller of the same text still gets every time
    assert [p.value for p in find_times("Crew call 07:30, wrap 19:00")] == ["07:30", "19:00"]
