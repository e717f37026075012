"""learn5: an address printed postcode first ("IP12 2NU - Orford Quay, Quay Street, Orford,
Woodbridge", a habit of UK location lists) is as complete as the same address postcode last,
so a rule taught on it confirms later sheets; a postcode alone, or before place names with no
street, is never sure. A date printed after its line's label and its weekday ("SHOOT SCHEDULE -
Weds 27th Jan 2027") is anchored on that label, not on an e-mail's recipients line above it
(drawn pages, no PDF, no I/O)."""

from __future__ import annotations

import pytest

from pipeline.extract.layouts import fingerprint as fp
from pipeline.extract.layouts.merge import LEARNT, WEAK_PARSE, Learnt, apply_rules
from pipeline.extract.layouts.rules import learn, read
from pipeline.extract.layouts.values import code_first_quality, parse
from pipeline.extract.reader.sanity import DOUBT
from tests.unit.extract.layouts.test_layouts import page, reader_day


def _quality(text: str) -> float:
    found = parse("location", text)
    assert found is not None
    return found.quality


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("IP12 2NU - Orford Quay, Quay Street, Orford, Woodbridge",
         "Quay Street, Orford, Woodbridge IP12 2NU"),
        ("PE31 8BW - Brancaster Staithe Harbour, Main Road, Brancaster Staithe",
         "Brancaster Staithe Harbour, Main Road, Brancaster Staithe PE31 8BW"),
        ("NR25 7SA - Cley Marshes Visitor Centre, Coast Road, Cley next the Sea",
         "Coast Road, Cley next the Sea NR25 7SA"),
        ("IP12 2NU - 14 Quay Street, Orford", "14 Quay Street, Orford IP12 2NU"),
        ("IP12 2NU, 14 Quay Street, Orford", "14 Quay Street, Orford IP12 2NU"),
        ("D02 X285 - Dublin Castle, Dame Street, Dublin 2",
         "Dublin Castle, Dame Street, Dublin 2, D02 X285"),
    ],
)  # fmt: skip
def test_a_postcode_first_address_is_as_complete_as_postcode_last(first: str, last: str) -> None:
    assert _quality(first) == pytest.approx(_quality(last))
    assert _quality(first) >= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "IP12 2NU",  # a postcode alone
        "IP12 2NU - Orford",  # before a bare place name
        "IP12 2NU - Orford Quay",  # a place's name that reads as a street, no town
        "IP12 2NU, Orford, Woodbridge",  # place names, no street
        "IP12 2NU - Quay Street",  # a street with no town
        "IP12 2NU (Orford, Woodbridge)",
    ],
)
def test_a_postcode_before_no_street_and_town_is_never_sure(text: str) -> None:
    """Negative: only a street and its town after the postcode make it an address."""
    assert code_first_quality(text) == 0.0
    assert _quality(text) < WEAK_PARSE["location"]


def test_postcode_last_and_other_countries_are_unchanged() -> None:
    """Negative: an address with its postcode last, or a Polish one with the postcode before
    its town (as Poland prints it), is read as the finder reads it."""
    assert code_first_quality("Quay Street, Orford IP12 2NU") == 0.0
    assert _quality("00-950 Warszawa, ul. Marszałkowska 10") >= 0.9
    assert _quality("123 Main Street, Beverly Hills, CA 90210") == 1.0


# --- a documentary's shoot-schedule e-mail, printed from a webmail ----------------------------


def mail(to: str, day: str, loc: str, call: str = "7.30am") -> tuple:
    return page([(22, 18, "26/01/2027, 18:12", 7), (250, 18, "Mail - Saltmarsh", 7),
                 (40, 48, "Mail", 14), (400, 48, "cam.ops@example.co.uk", 8),
                 (40, 78, "Saltmarsh - shoot schedule", 13), (40, 92, "1 message", 8),
                 (40, 114, "Harriet Lowe <harriet@burnhamdocs.example>", 9),
                 (440, 114, "Tue 26 Jan 2027, 17:58", 8.5),
                 (40, 126, f"To: {to}", 8.5),
                 (40, 150, "Hi both, here's the day. Boats go out on the tide!", 9.5),
                 (40, 176, f"SHOOT SCHEDULE - {day}", 9.5),
                 (40, 189, "Saltmarsh (obs doc for BBC Four, ep 2)", 9.5),
                 (40, 215, f"LOCATION: {loc}", 9.5),
                 (40, 228, "(the staithe hard and the mussel sheds)", 9.5),
                 (40, 241, f"Crew call: {call} at the harbour car park", 9.5)])  # fmt: skip


BRANCASTER = "PE31 8BW - Brancaster Staithe Harbour, Main Road, Brancaster Staithe"
ORFORD = "IP12 2NU - Orford Quay, Quay Street, Orford, Woodbridge"
DAY1 = mail("Sol Reyes; Fran Abbott", "Weds 27th Jan 2027", BRANCASTER)


def test_a_postcode_first_location_taught_confirms_the_next_sheet() -> None:
    rule = learn("location", BRANCASTER, DAY1)
    assert rule is not None and rule.label == "LOCATION:" and rule.taught_quality == 1.0
    later = mail("Sol Reyes; Fran Abbott", "Weds 20th Jan 2027", ORFORD)
    learnt = [Learnt("set", fp.fingerprint(DAY1), rule)]
    applied = apply_rules(reader_day(), learnt, later, fp.fingerprint(later))
    assert applied.day["location"] == ORFORD
    assert applied.day["field_confidence"]["location"] == LEARNT


def test_a_postcode_and_a_place_name_under_the_rule_is_not_confirmed() -> None:
    """Negative: the later sheet prints a postcode and a bare place name where the address
    was: the value goes to review."""
    rule = learn("location", BRANCASTER, DAY1)
    assert rule is not None
    later = mail("Sol Reyes; Fran Abbott", "Weds 20th Jan 2027", "IP12 2NU - Orford")
    learnt = [Learnt("set", fp.fingerprint(DAY1), rule)]
    applied = apply_rules(reader_day(), learnt, later, fp.fingerprint(later))
    assert applied.day["field_confidence"]["location"] <= DOUBT


def test_a_date_after_its_label_and_weekday_is_anchored_on_the_label() -> None:
    rule = learn("shooting_date", "2027-01-27", DAY1)
    assert rule is not None
    assert (rule.label, rule.relation) == ("SHOOT SCHEDULE", "inline")
    # another day's recipients and weekday: the same label finds it
    later = mail("Tash Kemp; Oli Grange; Bea Mayhew", "Thurs 4th Feb 2027", ORFORD)
    found = read(rule, later)
    assert found is not None and found.value == "2027-02-04"


def test_a_recipients_line_is_no_date_anchor() -> None:
    """Negative: the 'To:' line over the date is not what the rule is anchored on."""
    rule = learn("shooting_date", "2027-01-27", DAY1)
    assert rule is not None and not rule.label.startswith("To:")
