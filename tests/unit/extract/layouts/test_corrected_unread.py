"""A field the person had to correct on a layout, whose learnt rule reads nothing on a later
sheet of it: the reader's value there is never confirmed unasked (layouts.merge)."""

from __future__ import annotations

from pipeline.extract.layouts import fingerprint as fp
from pipeline.extract.layouts.merge import LEARNT, Learnt, apply_rules
from pipeline.extract.layouts.rules import Rule, read, teach
from pipeline.extract.reader.scoring import SAFE
from tests.unit.extract.layouts.test_layouts import field_sheet, page, reader_day

STREET, TOWN = "5650 University Blvd SE", "Albuquerque, NM 87106"


def taught(*, corrected: bool) -> list[Learnt]:
    """Day 1: the reader read neither the call nor the set; the person gave both (a correction)
    or, with ``corrected`` False, confirmed them as read."""
    day1 = field_sheet("6a", STREET, TOWN)
    print_ = fp.fingerprint(day1)
    out = []
    for field, value in (("call_time", "06:00"), ("location", f"{STREET}, {TOWN}")):
        rule = teach(field, value, day1, corrected=corrected)
        assert rule is not None and not rule.is_memo
        out.append(Learnt(field, print_, rule))
    return out


def moved_set() -> tuple:
    """Day 2 of the same layout: the call where it was, the set's address no longer under its
    label (a note in its place, the address in a line of prose further down)."""
    return page(
        [
            (36, 40, "DESERT DATES", 16),
            (36, 86, "CREW IN", 7),
            (146, 86, "LUNCH", 7),
            (36, 108, "7:30a", 16),
            (146, 108, "12:00p", 16),
            (36, 144, "FIELD LOCATION", 8),
            (300, 144, "CREW HOTEL", 8),
            (36, 157, "see the note below", 10),
            (300, 157, "Hampton Inn", 10),
            (36, 200, "SEGMENTS", 8),
            (36, 214, "A - arrivals and confessionals", 9),
            (36, 240, "We are at the old mill on W Paces Ferry Rd, Atlanta, GA 30305 today", 9),
        ]
    )


def sure_set() -> dict[str, object]:
    # the reader missed the call again, and read a part of the prose as the set, quite sure
    return reader_day(location="Atlanta, GA 30305", location_conf=0.9)


def test_a_corrected_field_the_rule_cannot_read_is_not_confirmed_from_the_reader() -> None:
    learnt = taught(corrected=True)
    assert all(x.rule.from_correction and not x.rule.corrects_reader for x in learnt)
    day2 = moved_set()
    assert read(learnt[1].rule, day2) is None
    applied = apply_rules(sure_set(), learnt, day2, fp.fingerprint(day2))
    conf = applied.day["field_confidence"]
    assert applied.day["call_time"] == "07:30" and conf["call_time"] == LEARNT
    # the reader's address is kept, for a person to check: the day is not confirmed
    assert applied.day["location"] == "Atlanta, GA 30305"
    assert conf["location"] < SAFE and applied.day["confidence"] < SAFE
    said = "the reader was corrected here before"
    assert any(w.startswith("location:") and said in w for w in applied.day["warnings"])


def test_a_confirmed_field_the_rule_cannot_read_keeps_the_readers_confidence() -> None:
    learnt = taught(corrected=False)
    assert not any(x.rule.from_correction for x in learnt)
    day2 = moved_set()
    applied = apply_rules(sure_set(), learnt, day2, fp.fingerprint(day2))
    assert applied.day["field_confidence"]["location"] == 0.9
    assert applied.day["confidence"] >= SAFE
    # nothing read: nothing to check
    applied = apply_rules(reader_day(), taught(corrected=True), day2, fp.fingerprint(day2))
    assert applied.day["location"] is None
    assert not any("corrected here before" in w for w in applied.day["warnings"])


def test_the_mark_is_kept_with_the_rule() -> None:
    rule = taught(corrected=True)[1].rule
    assert Rule.from_json(rule.to_json()) == rule
    old = Rule.from_json({k: v for k, v in rule.to_json().items() if k != "from_correction"})
    assert not old.from_correction  # a rule stored before the mark was kept
    memo = teach("call_time", "06:00", page([(36, 40, "NOTHING HERE", 16)]), corrected=True)
    assert memo is not None and memo.is_memo and memo.from_correction
