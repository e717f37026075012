"""Learning a layout from one correction, on positioned words built by hand (no PDF, no I/O)."""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.layouts import fingerprint as fp
from pipeline.extract.layouts.cells import label_key
from pipeline.extract.layouts.merge import LEARNT, Learnt, apply_rules
from pipeline.extract.layouts.rules import (
    CORRECTED,
    Rule,
    learn,
    parse,
    read,
    reproduces,
    teach,
)
from pipeline.extract.layouts.words import MAX_WORDS, pages_from, snapshot
from pipeline.extract.learning import sender_key
from pipeline.extract.reader.layout import group_lines
from pipeline.extract.reader.model import PageText, Word
from pipeline.extract.reader.scoring import SAFE, overall

Text = tuple[float, float, str, float]  # x, baseline, text, size


def page(texts: list[Text], width: float = 612, height: float = 792) -> tuple[PageText, ...]:
    """One page whose texts are laid out word by word (half an em per character)."""
    words = []
    for x, y, text, size in texts:
        for token in text.split(" "):
            if token:
                w = len(token) * size * 0.5
                words.append(Word(token, x, x + w, y - size, y, size))
            x += (len(token) + 1) * size * 0.5
    return (PageText(group_lines(words, 0), width, height),)


def field_sheet(call: str, street: str, town: str, shift: float = 0.0) -> tuple[PageText, ...]:
    """A reality-TV style sheet: labels above values in a strip, the set under its label."""
    return page(
        [
            (36, 40, "DESERT DATES", 16),
            (36, 86 + shift, "CREW IN", 7),
            (146, 86 + shift, "LUNCH", 7),
            (36, 108 + shift, call, 16),
            (146, 108 + shift, "12:00p", 16),
            (36, 144 + shift, "FIELD LOCATION", 8),
            (300, 144 + shift, "CREW HOTEL", 8),
            (36, 157 + shift, street, 10),
            (300, 157 + shift, "Hampton Inn", 10),
            (36, 170 + shift, town, 10),
            (36, 200 + shift, "SEGMENTS", 8),
            (36, 214 + shift, "A - arrivals and confessionals", 9),
        ]
    )


def memo_sheet(date_line: str, meet: str) -> tuple[PageText, ...]:
    return page(
        [
            (40, 50, "CREW SHEET / SHOOT BRIEF", 13),
            (40, 76, "SLUG:", 9.5),
            (118, 76, "HARBOUR PILOTS", 9.5),
            (40, 89, "DATE:", 9.5),
            (118, 89, date_line, 9.5),
            (40, 102, "CREW MEET:", 9.5),
            (118, 102, meet, 9.5),
            (40, 115, "Crew Call: 07:45 sharp", 9.5),
        ]
    )


def test_a_label_above_its_value_is_learnt_and_read_on_the_next_sheet() -> None:
    day1 = field_sheet("6a", "5650 University Blvd SE", "Albuquerque, NM 87106")
    rule = learn("location", "5650 University Blvd SE, Albuquerque, NM 87106", day1)
    assert rule is not None
    assert (rule.label, rule.relation, rule.lines) == ("FIELD LOCATION", "below", 2)
    # the next day's sheet prints another set, and its blocks sit 12 pt lower
    day2 = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305", shift=12)
    found = read(rule, day2)
    assert found is not None
    assert found.value == "130 W Paces Ferry Rd NW, Atlanta, GA 30305"


def test_a_time_under_a_small_label_is_learnt_by_its_shape() -> None:
    rule = learn("call_time", "06:00", field_sheet("6a", "1 Main St", "Albuquerque, NM 87106"))
    assert rule is not None and (rule.label, rule.relation) == ("CREW IN", "below")
    found = read(rule, field_sheet("7:30a", "2 Main St", "Albuquerque, NM 87106"))
    assert found is not None and found.value == "07:30"


def test_a_label_in_the_cell_to_the_left_and_a_weekday_that_is_no_label() -> None:
    day1 = memo_sheet("Tuesday May 12 2026", "0715 hrs")
    call = learn("call_time", "07:15", day1)
    date = learn("shooting_date", "2026-05-12", day1)
    assert call is not None and (call.label, call.relation) == ("CREW MEET:", "right")
    # "Tuesday" belongs to the date; the label is DATE:
    assert date is not None and (date.label, date.relation) == ("DATE:", "right")
    day2 = memo_sheet("Wednesday May 13 2026", "0830 hrs")
    assert read(call, day2).value == "08:30"
    assert read(date, day2).value == "2026-05-13"


def test_a_weekday_before_a_date_is_no_label() -> None:
    sheet = page([(40, 50, "CALL SHEET", 12), (600, 80, "MONDAY, MAY 11, 2026", 11)])
    rule = learn("shooting_date", "2026-05-11", sheet)
    assert rule is None or rule.label != "MONDAY,"


def test_a_label_in_the_values_own_cell() -> None:
    rule = learn("call_time", "07:45", memo_sheet("Tuesday May 12 2026", "0715 hrs"))
    assert rule is not None and (rule.label, rule.relation) == ("Crew Call:", "inline")


def test_nothing_is_learnt_from_a_value_not_on_the_sheet_or_without_a_label() -> None:
    sheet = field_sheet("6a", "5650 University Blvd SE", "Albuquerque, NM 87106")
    assert learn("call_time", "09:15", sheet) is None
    assert learn("location", "Pier 21, Halifax", sheet) is None
    assert learn("production", "DESERT DATES", sheet) is None  # not a learnable field
    alone = page([(36, 100, "5650 University Blvd SE", 10)])
    assert learn("location", "5650 University Blvd SE", alone) is None


def test_a_value_that_is_not_well_formed_is_not_read() -> None:
    rule = learn("call_time", "06:00", field_sheet("6a", "1 Main St", "Albuquerque, NM 87106"))
    assert read(rule, field_sheet("TBC", "1 Main St", "Albuquerque, NM 87106")) is None


def test_the_same_template_is_one_layout_and_another_is_not() -> None:
    a = fp.fingerprint(field_sheet("6a", "5650 University Blvd SE", "Albuquerque, NM 87106"))
    b = fp.fingerprint(field_sheet("7a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305", 12))
    memo = fp.fingerprint(memo_sheet("Tuesday May 12 2026", "0715 hrs"))
    assert fp.similarity(a, b) >= fp.SAME_LAYOUT
    assert fp.similarity(a, memo) < fp.SAME_LAYOUT
    a4 = fp.fingerprint(
        page([(36, 86, "CREW IN", 7), (36, 144, "FIELD LOCATION", 8)], width=595, height=842)
    )
    assert fp.similarity(a, a4) == 0.0
    assert len(fp.digest(a)) == 16 and fp.digest(a) == fp.digest(tuple(a))


def test_a_label_broken_into_letters_still_matches() -> None:
    assert label_key("C R EW C ALL:") == label_key("Crew Call") == "crewcall"


def test_words_survive_the_cached_json() -> None:
    pages = field_sheet("6a", "5650 University Blvd SE", "Albuquerque, NM 87106")
    again = pages_from(snapshot(pages))
    assert [ln.text for ln in again[0].lines] == [ln.text for ln in pages[0].lines]
    assert (again[0].width, again[0].height) == (612, 792)
    assert Rule.from_json(learn("call_time", "06:00", pages).to_json()) == learn(
        "call_time", "06:00", pages
    )


def test_a_page_bomb_is_not_kept_whole_in_the_cache() -> None:
    bomb = page([(10, 20 + k // 10, "x" * 500, 1) for k in range(5000)])
    kept = snapshot(bomb)[0]["words"]
    assert len(kept) == MAX_WORDS and max(len(w[0]) for w in kept) == 200


# --- reading a day with what was learnt ------------------------------------------------------


def reader_day(**fields: object) -> dict[str, object]:
    day = {
        "production": "DESERT DATES",
        "shooting_date": "2026-03-17",
        "call_time": None,
        "location": None,
        "confidence": 0.1,
        "field_confidence": {"shooting_date": 1.0, "call_time": 0.0, "location": 0.0},
        "warnings": ["call_time: not found on the sheet", "location: not found on the sheet"],
    }
    for key, value in fields.items():
        if key.endswith("_conf"):
            day["field_confidence"][key[:-5]] = value  # type: ignore[index]
        else:
            day[key] = value
    return day


def taught() -> list[Learnt]:
    day1 = field_sheet("6a", "5650 University Blvd SE", "Albuquerque, NM 87106")
    print_ = fp.fingerprint(day1)
    return [
        Learnt("rule-call", print_, learn("call_time", "06:00", day1)),
        Learnt("rule-set", print_, learn("location", "5650 University Blvd SE", day1)),
    ]


def test_missing_fields_are_filled_and_the_day_can_be_confirmed() -> None:
    day2 = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    applied = apply_rules(reader_day(), taught(), day2, fp.fingerprint(day2))
    assert applied.day["call_time"] == "07:30"
    assert applied.day["location"] == "130 W Paces Ferry Rd NW, Atlanta, GA 30305"
    assert applied.day["field_confidence"]["location"] == LEARNT
    assert applied.day["confidence"] >= SAFE
    assert applied.day["warnings"] == []
    assert applied.used["location"] == {"layout_id": "rule-set", "label": "FIELD LOCATION"}
    assert set(applied.used) == {"call_time", "location"}


def test_a_scan_read_with_a_rule_still_goes_to_review() -> None:
    day2 = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    scanned = tuple(replace(p, ocr=True) for p in pages_from(snapshot(day2)))
    applied = apply_rules(reader_day(), taught(), scanned, fp.fingerprint(scanned))
    assert applied.day["call_time"] == "07:30"
    assert applied.day["confidence"] < SAFE
    assert applied.day["field_confidence"]["call_time"] < SAFE


def test_a_sure_reader_that_disagrees_is_kept_with_a_warning_and_reviewed() -> None:
    day2 = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    day = reader_day(call_time="07:00", call_time_conf=1.0, location="1 Elm St, Atlanta, GA",
                     location_conf=0.95, confidence=0.95, warnings=[])  # fmt: skip
    applied = apply_rules(day, taught(), day2, fp.fingerprint(day2))
    assert applied.day["call_time"] == "07:00"
    assert applied.day["field_confidence"]["call_time"] < SAFE
    assert applied.day["confidence"] < SAFE
    said = "reads '07:30', the sheet reader found '07:00'"
    assert any(said in w for w in applied.day["warnings"])
    assert "call_time" not in applied.used


def test_a_rule_that_corrected_the_reader_here_wins_with_a_warning() -> None:
    day2 = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    learnt = [replace(x, rule=replace(x.rule, corrects_reader=True)) for x in taught()]
    day = reader_day(call_time="07:00", call_time_conf=1.0, location="130 W Paces Ferry Rd NW",
                     location_conf=0.95, confidence=0.95, warnings=[])  # fmt: skip
    applied = apply_rules(day, learnt, day2, fp.fingerprint(day2))
    assert applied.day["call_time"] == "07:30"
    assert applied.day["confidence"] >= SAFE
    assert applied.used["call_time"]["reader_read"] == "07:00"
    assert any("the learnt layout's is used" in w for w in applied.day["warnings"])


def test_a_big_value_on_its_labels_baseline_is_learnt_beside_it() -> None:
    # the boxed call is printed larger than its label, so the two fall on different lines
    sheet = page([(30, 30, "Stonebridge Television / 4000 Warner Blvd", 7),
                  (310, 44, "GENERAL CREW CALL:", 9), (420, 44, "7:00A", 13)])  # fmt: skip
    rule = learn("call_time", "07:00", sheet)
    assert rule is not None and (rule.label, rule.relation) == ("GENERAL CREW CALL:", "right")


def test_an_address_in_a_form_the_finder_does_not_know_is_only_a_suggestion() -> None:
    day1 = page([(40, 255, "Adress", 10), (150, 255, "Mosebacke torg 1-3, 116 46 Stockholm", 10)])
    day2 = page([(40, 255, "Adress", 10), (150, 255, "Flæsketorvet 68, 1711 København V", 10)])
    rule = learn("location", "Mosebacke torg 1-3, 116 46 Stockholm", day1)
    found = read(rule, day2)
    assert found is not None and found.value == "Flæsketorvet 68, 1711 København V"
    assert found.quality < 0.5


def test_a_doubtful_reader_gives_way_to_the_layout_and_says_so() -> None:
    day2 = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    day = reader_day(location="Hampton Inn", location_conf=0.6)
    applied = apply_rules(day, taught(), day2, fp.fingerprint(day2))
    assert applied.day["location"].startswith("130 W Paces Ferry Rd NW")
    assert applied.used["location"]["reader_read"] == "Hampton Inn"
    assert any("the learnt layout's is used" in w for w in applied.day["warnings"])


def test_a_reader_that_read_part_of_the_address_is_completed() -> None:
    day2 = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    day = reader_day(location="Atlanta, GA 30305", location_conf=0.95)
    applied = apply_rules(day, taught(), day2, fp.fingerprint(day2))
    assert applied.day["location"] == "130 W Paces Ferry Rd NW, Atlanta, GA 30305"
    assert not any(w.startswith("location:") for w in applied.day["warnings"])


def test_another_layout_is_not_read_with_the_rules() -> None:
    other = memo_sheet("Tuesday May 12 2026", "0715 hrs")
    day = reader_day()
    applied = apply_rules(day, taught(), other, fp.fingerprint(other))
    assert applied.day["call_time"] is None and applied.used == {}
    assert applied.day["warnings"] == day["warnings"]


def test_a_rule_that_finds_nothing_says_so() -> None:
    day2 = field_sheet("TBC", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    applied = apply_rules(reader_day(), taught(), day2, fp.fingerprint(day2))
    assert applied.day["call_time"] is None
    assert any("'CREW IN') found no value" in w for w in applied.day["warnings"])


def test_the_sender_key_is_the_address_in_lower_case() -> None:
    assert sender_key("Second AD <AD@Prod.Example>") == "ad@prod.example"
    assert sender_key("ad@prod.example") == "ad@prod.example"
    assert sender_key(None) == "unknown"


# --- misses bench/learn.py showed on the fresh3 / fresh4 productions -------------------------


def test_a_time_alone_in_its_cell_is_the_call_not_one_in_a_range() -> None:
    sheet = page([(56, 120, "SHIFT", 8.5), (206, 120, "7 AM to 7 PM (General shift)", 9.5),
                  (56, 137, "UNIT CALL", 8.5), (206, 137, "7:00 AM", 9.5)])  # fmt: skip
    rule = learn("call_time", "07:00", sheet)
    assert rule is not None and rule.label == "UNIT CALL"


def test_the_address_is_where_most_of_its_words_are_not_a_parking_line_in_its_town() -> None:
    # the parking line prints more of the address's words (road, town, state, PIN) than the
    # set's first line; the set's two lines print all of them
    parking = "Chapel Road, Bandra West, Mumbai, Maharashtra 400050"
    studio = "Mehboob Studio, Hill Road, Bandra West"
    sheet = page([(56, 100, "LOCATION", 8.5), (206, 100, studio, 9.5),
                  (206, 117, "Mumbai, Maharashtra 400050", 9.5),
                  (56, 134, "UNIT PARKING", 8.5), (206, 134, parking, 9.5)])  # fmt: skip
    rule = learn("location", "Hill Road, Bandra West, Mumbai, Maharashtra 400050", sheet)
    assert rule is not None and (rule.label, rule.lines) == ("LOCATION", 2)


def test_a_caption_after_a_time_is_no_label_the_column_head_above_is() -> None:
    # two columns printed on one line: a schedule (time, caption) and the set's address
    sheet = page([(34, 110, "TIME SCHEDULE", 8), (320, 110, "LOCATION", 8),
                  (38, 122, "06:00", 9), (98, 122, "Production staff call", 9),
                  (320, 122, "Tokyo International Forum", 9),
                  (38, 133, "06:30", 9), (98, 133, "Hair & make-up", 9),
                  (320, 133, "3-5-1 Marunouchi", 9),
                  (38, 145, "07:00", 9), (98, 145, "All staff call", 9),
                  (320, 145, "Chiyoda-ku, Tokyo 100-0005", 9)])  # fmt: skip
    rule = learn("location", "3-5-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005", sheet)
    assert rule is not None and (rule.label, rule.relation) == ("LOCATION", "below")


def test_an_upper_case_value_above_is_no_surer_label_than_the_smaller_head() -> None:
    # the set's name in capitals, as big as the address, sits between the head and the address
    sheet = page([(320, 110, "LOCATION", 8), (320, 132, "EXT. ZAPPEION PERISTYLE", 9),
                  (320, 144, "Zappeion Hall", 9), (320, 156, "Vasilissis Olgas Ave 1", 9),
                  (320, 168, "105 57 Athens", 9)])  # fmt: skip
    rule = learn("location", "Vasilissis Olgas Ave 1, 105 57 Athens", sheet)
    assert rule is not None and rule.label == "LOCATION"


def test_dot_leaders_after_a_label_are_not_part_of_it() -> None:
    leaders = " ".join(["."] * 24)
    sheet = page([(40, 177, f"GENERAL CREW CALL {leaders}", 9), (267, 177, "07:00", 9)])
    rule = learn("call_time", "07:00", sheet)
    assert rule is not None and rule.label == "GENERAL CREW CALL"
    later = page([(40, 177, f"GENERAL CREW CALL {leaders}", 9), (267, 177, "06:30", 9)])
    assert read(rule, later).value == "06:30"


def _set_sheet(street: str, town: str) -> tuple[PageText, ...]:
    return page([(36, 40, "SANDS OF KHEMET", 16), (36, 80, "CALL", 8), (36, 94, "07:00", 10),
                 (36, 120, "SET ADDRESS", 8), (36, 134, street, 10),
                 (36, 147, town, 10)])  # fmt: skip


def test_an_address_in_the_productions_own_half_known_form_is_trusted_where_taught() -> None:
    day1 = _set_sheet("Route de Marrakech", "Ouarzazate 45000")
    rule = learn("location", "Route de Marrakech, Ouarzazate 45000", day1)
    assert rule is not None and rule.taught_quality is not None and rule.taught_quality < 0.5
    learnt = [Learnt("rule-set", fp.fingerprint(day1), rule)]
    day2 = _set_sheet("Avenue Moulay Rachid", "Ouarzazate 45000")
    day = reader_day(call_time="07:00", call_time_conf=1.0, location=None, location_conf=0.0)
    applied = apply_rules(day, learnt, day2, fp.fingerprint(day2))
    assert applied.day["location"] == "Avenue Moulay Rachid, Ouarzazate 45000"
    assert applied.day["field_confidence"]["location"] == LEARNT


def test_an_address_parsed_worse_than_the_taught_one_is_held_for_review() -> None:
    day1 = _set_sheet("163 Example Rd", "Toronto, ON M5V 2T6")
    rule = learn("location", "163 Example Rd, Toronto, ON M5V 2T6", day1)
    assert rule is not None and rule.taught_quality == 1.0
    learnt = [Learnt("rule-set", fp.fingerprint(day1), rule)]
    day2 = _set_sheet("Route de Marrakech", "Ouarzazate 45000")  # another country's form
    day = reader_day(call_time="07:00", call_time_conf=1.0, location=None, location_conf=0.0)
    applied = apply_rules(day, learnt, day2, fp.fingerprint(day2))
    assert applied.day["location"] == "Route de Marrakech, Ouarzazate 45000"
    assert applied.day["field_confidence"]["location"] < SAFE


def test_a_rule_stored_before_the_taught_quality_was_kept_still_reads() -> None:
    rule = learn("location", "Route de Marrakech, Ouarzazate 45000",
                 _set_sheet("Route de Marrakech", "Ouarzazate 45000"))  # fmt: skip
    data = rule.to_json()
    del data["taught_quality"]
    assert Rule.from_json(data).taught_quality is None


def prose_sheet(where: list[str], safety: list[str]) -> tuple[PageText, ...]:
    """A student film's call sheet written as a letter: headings over paragraphs."""
    texts: list[Text] = [(72, 72, "THE LAST BUS HOME", 20), (72, 120, "When", 13)]
    texts += [(72, 140, "Crew call is 7:00 a.m. Actors are called at 8:00 a.m.", 11)]
    y = 180.0
    for heading, lines in (("Where", where), ("Safety", safety)):
        texts.append((72, y, heading, 13))
        y += 20
        for line in lines:
            texts.append((72, y, line, 11))
            y += 15
        y += 20
    return page(texts)


def test_a_value_in_running_text_is_learnt_under_its_sections_heading() -> None:
    day1 = prose_sheet(
        ["We're shooting at the Music Box Theatre, 3733 N Southport Ave,",
         "Chicago, IL 60613. Park on the street, not in the customer spaces."],
        ["The closest emergency room is at Advocate Illinois Masonic,",
         "836 W Wellington Ave, Chicago, IL 60657, 773-975-1600."],
    )  # fmt: skip
    rule = learn("location", "3733 N Southport Ave, Chicago, IL 60613", day1)
    assert rule is not None and (rule.label, rule.relation) == ("Where", "section")
    # the next day's sentence names another venue and wraps elsewhere
    day2 = prose_sheet(
        ["We're shooting at the Paramount, 713 Congress Ave, Austin, TX 78701.",
         "Park in the garage on 8th Street."],
        ["The closest emergency room is at Dell Seton Medical Center,",
         "1500 Red River St, Austin, TX 78701."],
    )  # fmt: skip
    found = read(rule, day2)
    assert found is not None and found.value == "713 Congress Ave, Austin, TX 78701"


def test_a_section_without_the_value_does_not_read_the_next_sections() -> None:
    day1 = prose_sheet(
        ["We're shooting at 3733 N Southport Ave, Chicago, IL 60613."],
        ["The closest emergency room is at 836 W Wellington Ave, Chicago, IL 60657."],
    )
    rule = learn("location", "3733 N Southport Ave, Chicago, IL 60613", day1)
    assert rule is not None and rule.relation == "section"
    day2 = prose_sheet(
        ["Location to be confirmed tonight by text."],
        ["The closest emergency room is at 836 W Wellington Ave, Chicago, IL 60657."],
    )
    assert read(rule, day2) is None  # the hospital's address is in another section


# --- a correction no rule reads back is never forgotten --------------------------------------


def night_sheet(first: str, second: str, call: str) -> tuple[PageText, ...]:
    """A night shoot dated over two dates; nothing labels the date line."""
    return page(
        [
            (36, 40, "KELVIN AFTER DARK", 16),
            (150, 94, f"NIGHT OF {first} / {second}", 13),
            (36, 136, "TIMES", 9),
            (38, 151, f"UNIT CALL ({first.split()[0][:3].title()})", 9),
            (260, 151, call, 9),
            (330, 136, "NIGHT LOCATION", 9),
            (332, 148, "Argyle St", 8.5),
            (332, 160, "Glasgow G3 8AG", 8.5),
        ]
    )


def test_a_correction_no_rule_reads_back_is_kept_as_a_memo() -> None:
    # the date line has no label: nothing can be learnt, but the correction is remembered
    day1 = page([(36, 40, "KELVIN AFTER DARK", 16), (300, 40, "Sat 14 March 2026", 9)])
    memo = teach("shooting_date", "2026-03-13", day1, read_before="2026-03-14", corrected=True)
    assert memo is not None and memo.is_memo and memo.relation == CORRECTED
    assert (memo.corrected_to, memo.reader_read) == ("2026-03-13", "2026-03-14")
    assert read(memo, day1) is None
    assert Rule.from_json(memo.to_json()) == memo
    # a confirmation that teaches nothing leaves nothing behind
    assert teach("shooting_date", "2026-03-20", day1) is None


def test_a_rule_that_reads_the_corrected_value_back_is_kept_not_a_memo() -> None:
    day1 = field_sheet("6a", "5650 University Blvd SE", "Albuquerque, NM 87106")
    rule = teach("call_time", "06:00", day1, read_before="12:00", corrected=True)
    assert rule is not None and not rule.is_memo
    assert rule.corrects_reader and rule.label == "CREW IN"
    assert reproduces(rule, "06:00", day1) and not reproduces(rule, "07:00", day1)


def test_a_later_sheet_never_confirms_a_field_corrected_before_unless_a_rule_reads_it() -> None:
    day1 = page([(36, 40, "KELVIN AFTER DARK", 16), (300, 40, "Sat 14 March 2026", 9)])
    memo = teach("shooting_date", "2026-03-13", day1, read_before="2026-03-14", corrected=True)
    day2 = page([(36, 40, "KELVIN AFTER DARK", 16), (300, 40, "Sat 21 March 2026", 9)])
    sure = reader_day(shooting_date="2026-03-21", call_time="18:00", call_time_conf=1.0,
                      location="Argyle St, Glasgow G3 8AG", location_conf=0.95, confidence=0.95,
                      warnings=[])  # fmt: skip
    applied = apply_rules(sure, [Learnt("memo", fp.fingerprint(day1), memo)], day2,
                          fp.fingerprint(day2))  # fmt: skip
    assert applied.day["shooting_date"] == "2026-03-21"  # the reader's value, not confirmed
    assert applied.day["field_confidence"]["shooting_date"] < SAFE
    assert applied.day["confidence"] < SAFE
    said = "an earlier sheet of this production in this layout was corrected here"
    assert any(said in w and "2026-03-13" in w for w in applied.day["warnings"])
    assert applied.used == {}
    # another layout is not concerned
    other = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    applied = apply_rules(sure, [Learnt("memo", fp.fingerprint(day1), memo)], other,
                          fp.fingerprint(other))  # fmt: skip
    assert applied.day["field_confidence"]["shooting_date"] == 1.0
    # a field the reader did not read goes to review anyway: nothing to add
    missing = {**sure, "shooting_date": None, "field_confidence": {**sure["field_confidence"],
               "shooting_date": 0.0}}  # fmt: skip
    applied = apply_rules(missing, [Learnt("memo", fp.fingerprint(day1), memo)], day2,
                          fp.fingerprint(day2))  # fmt: skip
    assert not any("corrected here" in w for w in applied.day["warnings"])


def test_the_first_night_of_a_range_dated_with_its_last_is_learnt_and_read() -> None:
    # the month and year are printed only with the night's second date; the person gave the first
    day1 = night_sheet("FRIDAY 13", "SATURDAY 14 MARCH 2026", "18:00")
    rule = learn("shooting_date", "2026-03-13", day1)
    assert rule is not None
    assert (rule.label, rule.relation) == ("NIGHT OF", "inline")
    # the reader reads a night's first date itself (reader/night_dates.py): no shift is needed;
    # where it reads the second, the learner shifts by a day
    assert rule.date_shift in (0, -1)
    assert reproduces(rule, "2026-03-13", day1)
    assert Rule.from_json(rule.to_json()) == rule
    # a night over the end of a month, and a reader that would read the first date itself
    found = read(rule, night_sheet("SATURDAY 31", "SUNDAY 1 NOVEMBER 2026", "18:00"))
    assert found is not None and found.value == "2026-10-31"
    assert parse("shooting_date", "FRIDAY 20 MARCH 2026 / SATURDAY 21", -1).value == "2026-03-20"
    # a sheet dated by one day only does not give a day before it
    assert parse("shooting_date", "SATURDAY 21 MARCH 2026", -1) is None
    # a date that is not a range's first day is not learnt as one
    assert learn("shooting_date", "2026-03-10", day1) is None


def test_a_weekday_after_a_label_is_no_part_of_it() -> None:
    day1 = night_sheet("FRIDAY 13", "SATURDAY 14 MARCH 2026", "18:00")
    rule = learn("call_time", "18:00", day1)
    assert rule is not None and (rule.label, rule.relation) == ("UNIT CALL", "right")
    found = read(rule, night_sheet("MONDAY 16", "TUESDAY 17 MARCH 2026", "19:30"))
    assert found is not None and found.value == "19:30"


def icon_sheet(call: str, date_line: str, street: str, town: str) -> tuple[PageText, ...]:
    """An app's export: a boxed call under a small head, the facts beside drawn icons only."""
    return page(
        [
            (36, 34, "HONKY TONK HEART", 18),
            (432, 30, "CREW CALL", 7),
            (36, 50, "Cumberland Lantern Films LLC", 8.5),
            (432, 55, call, 22),
            (56, 96, date_line, 10),
            (56, 134, "Stage and the pews, house left", 10),
            (56, 147, "Ryman Auditorium", 9),
            (350, 147, "Sunny, 66° / 45°", 10),  # the right column's line, printed bigger
            (56, 160, street, 9),
            (56, 173, town, 9),
        ]
    )


def test_a_big_call_under_its_head_is_not_learnt_beside_a_company_far_left() -> None:
    day1 = icon_sheet("7a", "Thu, Mar 12, 2026", "116 Rep. John Lewis Way N", "Nashville, TN 37219")
    rule = learn("call_time", "07:00", day1)
    assert rule is not None and (rule.label, rule.relation) == ("CREW CALL", "below")
    day2 = icon_sheet("6:30a", "Thu, Mar 19, 2026", "Castle Garth", "Newcastle upon Tyne NE1 1RQ")
    found = read(rule, day2)
    assert found is not None and found.value == "06:30"


def test_a_value_with_no_label_is_placed_from_the_productions_title() -> None:
    day1 = icon_sheet("7a", "Thu, Mar 12, 2026", "116 Rep. John Lewis Way N", "Nashville, TN 37219")
    where = "116 Rep. John Lewis Way N, Nashville, TN 37219"
    assert learn("location", where, day1) is None  # no label, no heading
    rule = learn("location", where, day1, title="Honky Tonk Heart")
    assert rule is not None
    assert (rule.label, rule.relation, rule.lines) == ("HONKY TONK HEART", "title", 2)
    day2 = icon_sheet("6:30a", "Thu, Mar 19, 2026", "Castle Garth", "Newcastle upon Tyne NE1 1RQ")
    found = read(rule, day2)
    assert found is not None and found.value == "Castle Garth, Newcastle upon Tyne NE1 1RQ"
    # a title the page does not print teaches nothing
    assert learn("location", where, day1, title="Another Show") is None
    # placed from the title, with no label moving with it, it never overrides a sure reader,
    # even taught by correcting the reader
    taught = [Learnt("t", fp.fingerprint(day1), replace(rule, corrects_reader=True))]
    keep = "Castle Keep, Newcastle upon Tyne NE1 1RQ"
    sure = reader_day(location=keep, location_conf=0.95, call_time="06:30", call_time_conf=1.0,
                      confidence=0.95, warnings=[])  # fmt: skip
    applied = apply_rules(sure, taught, day2, fp.fingerprint(day2))
    assert applied.day["location"] == keep
    assert applied.day["field_confidence"]["location"] < SAFE
    # a doubtful reader gives way
    doubtful = {**sure, "field_confidence": {**sure["field_confidence"], "location": 0.6}}
    applied = apply_rules(doubtful, taught, day2, fp.fingerprint(day2))
    assert applied.day["location"] == "Castle Garth, Newcastle upon Tyne NE1 1RQ"


def xls_sheet(date: str) -> tuple[PageText, ...]:
    return page([(33, 40, "PLAN ZDJĘCIOWY", 14), (33, 88, "DATA ZDJĘĆ", 8), (33, 120, date, 10)])


def test_a_numeric_dates_order_is_learnt_from_the_persons_value() -> None:
    # "12.03.2026" reads either way; the person said it is 12 March: the day comes first here
    rule = learn("shooting_date", "2026-03-12", xls_sheet("12.03.2026"))
    assert rule is not None and rule.day_first is True
    found = read(rule, xls_sheet("05.03.2026"))
    assert found is not None and (found.value, found.quality) == ("2026-03-05", 0.9)
    assert Rule.from_json(rule.to_json()) == rule
    # an unambiguous date shows the order too; a month's name or a day that is its month not
    assert learn("shooting_date", "2026-03-19", xls_sheet("19.03.2026")).day_first is True
    assert learn("shooting_date", "2026-05-03", xls_sheet("05/03/2026")).day_first is False
    assert learn("shooting_date", "2026-03-03", xls_sheet("03.03.2026")).day_first is None
    assert learn("shooting_date", "2026-03-12", xls_sheet("Thu 12 March 2026")).day_first is None
    # a rule stored before the order was kept reads as the reader guesses
    old = Rule.from_json({k: v for k, v in rule.to_json().items() if k != "day_first"})
    assert read(old, xls_sheet("05.03.2026")).quality < 0.8


def flush_right_sheet(date: str) -> tuple[PageText, ...]:
    """A date set flush right at x 560, under a header whose company sits far left."""
    width = len(date) * 9 * 0.5  # as page() lays words out
    return page([(36, 42, "Halcyon Drift Productions Ltd", 9), (36, 54, "Production office", 7),
                 (560 - width, 55, date, 9), (200, 92, "ORBITAL DECAY", 20)])  # fmt: skip


def test_a_value_set_flush_right_is_read_however_long_it_is_today() -> None:
    rule = learn("shooting_date", "2026-11-09", flush_right_sheet("Mon 9th Nov 2026"))
    assert rule is not None
    for date, iso in [("Wednesday 23rd September 2026", "2026-09-23"), ("1.5.2026", "2026-05-01")]:
        found = read(rule, flush_right_sheet(date))
        assert found is not None and found.value == iso


def test_a_colon_set_apart_from_its_label_marks_it() -> None:
    def sheet(call: str) -> tuple[PageText, ...]:
        return page([(36, 40, "LE DERNIER PHARE", 16), (391, 84, "Météo : Nuageux, 11°C", 8),
                     (220, 102, f"RDV équipe : {call}", 12)])  # fmt: skip

    rule = learn("call_time", "07:00", sheet("7h00"))
    assert rule is not None and (rule.label, rule.relation) == ("RDV équipe", "inline")
    found = read(rule, sheet("6h30"))
    assert found is not None and found.value == "06:30"


# --- the title a person answered under ------------------------------------------------------


def _sure_but_titled_by_guess(confidence: float | None = None) -> dict[str, object]:
    """A later sheet read right and sure, its title guessed (0.6), which keeps it from SAFE."""
    day = reader_day(
        call_time="07:30",
        call_time_conf=0.9,
        location="130 W Paces Ferry Rd NW, Atlanta, GA 30305",
        location_conf=0.9,
        production_conf=0.6,
    )
    day["warnings"] = ["production: title guessed from the largest heading"]
    day["confidence"] = overall(day["field_confidence"]) if confidence is None else confidence
    return day


def _taught_under(title: str) -> list[Learnt]:
    return [replace(item, production=title) for item in taught()]


def test_a_title_answered_on_this_layout_before_is_the_production() -> None:
    # Given rules taught on a sheet the person answered under the title read again here
    day2 = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    day = _sure_but_titled_by_guess()
    assert day["confidence"] < SAFE
    applied = apply_rules(day, _taught_under("Desert  dates"), day2, fp.fingerprint(day2))
    # Then the guessed title is the production's, and the day can be confirmed
    assert applied.day["field_confidence"]["production"] == LEARNT
    assert applied.day["warnings"] == []
    assert applied.day["confidence"] >= SAFE


def test_a_title_other_than_the_one_answered_stays_a_guess() -> None:
    day2 = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    day = _sure_but_titled_by_guess()
    for rules in (_taught_under("DESERT NIGHTS"), taught()):  # another title; none kept
        applied = apply_rules(day, rules, day2, fp.fingerprint(day2))
        assert applied.day["field_confidence"]["production"] == 0.6
        assert applied.day["confidence"] == day["confidence"] < SAFE


def test_a_day_held_below_its_fields_rating_is_not_raised_by_the_title() -> None:
    # Given a day a check held at 0.5, below what its fields alone rate it
    day2 = field_sheet("7:30a", "130 W Paces Ferry Rd NW", "Atlanta, GA 30305")
    day = _sure_but_titled_by_guess(confidence=0.5)
    applied = apply_rules(day, _taught_under("DESERT DATES"), day2, fp.fingerprint(day2))
    assert applied.day["field_confidence"]["production"] == LEARNT
    assert applied.day["confidence"] == 0.5
