"""Read a new sheet's day with the rules learnt for its production and layout.

What a rule finds fills a field the reader missed or doubted (the day is then rated anew, as
``sanity.apply`` does for a value found from the email). A rule never overrides silently: when
its value differs from the reader's, the day carries a warning naming both. A value the reader
was sure of is kept and the field goes to review, unless the person taught the rule by
correcting the reader on this very field and layout (the reader is known to be wrong there);
a doubtful value gives way to the layout the person taught.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.extract.layouts.fingerprint import SAME_LAYOUT, similarity
from pipeline.extract.layouts.rules import Rule, read
from pipeline.extract.layouts.values import UNKNOWN_FORM, Found, named_place, numbered
from pipeline.extract.reader.api import OCR_CAP
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.model import PageText
from pipeline.extract.reader.sanity import DOUBT, call_findings, wrap_time
from pipeline.extract.reader.scoring import SAFE, overall

LEARNT = 0.95  # a well-formed value where the person said it sits
MEMO_CAP = DOUBT  # a field corrected on this layout before, that no learnt rule reads
# Below this parse quality a learnt value is not trusted past review. An address is held to
# less: the person showed where it sits, it need only read as an address (a street and a town).
WEAK_PARSE = {"call_time": 0.8, "shooting_date": 0.8, "location": 0.5}
# An address parsed below this is a bare street or place name, with no town ("First Avenue")
WEAK_ADDRESS = 0.6


@dataclass(frozen=True)
class Learnt:
    """A stored rule: its row id, the layout it was taught on, and the rule; ``production``:
    the title of the sheet the person answered when it was taught (None: not kept)."""

    id: str
    fingerprint: tuple[str, ...]
    rule: Rule
    production: str | None = None


@dataclass(frozen=True)
class Applied:
    """A day after the rules: its JSON, and per field the rule that gave or confirmed it."""

    day: dict[str, Any]
    used: dict[str, dict[str, Any]]


def fitting(learnt: Sequence[Learnt], page_print: Sequence[str]) -> dict[str, tuple[Learnt, float]]:
    """Per field, the rule taught on the layout most like this page (None below SAME_LAYOUT)."""
    best: dict[str, tuple[Learnt, float]] = {}
    for item in learnt:
        score = similarity(item.fingerprint, page_print)
        field = item.rule.field
        if score >= SAME_LAYOUT and (field not in best or score > best[field][1]):
            best[field] = (item, score)
    return best


def apply_rules(
    day: Mapping[str, Any], learnt: Sequence[Learnt], pages: Sequence[PageText],
    page_print: Sequence[str],
) -> Applied:  # fmt: skip
    """``day`` (one DAY of a reading's JSON) read again with the rules fitting its layout."""
    out = dict(day)
    conf = dict(day.get("field_confidence") or {})
    rated = overall(conf)  # what the fields alone rate the day; a day below it was capped
    warnings = list(day.get("warnings") or [])
    used: dict[str, dict[str, Any]] = {}
    filled = capped = False
    # a scan's words are OCR's guesses: what a rule reads there is not trusted past review
    ocr_factor = OCR_CAP if any(p.ocr for p in pages) else 1.0
    fits = fitting(learnt, page_print)
    # The title the person answered a sheet of this layout under, read again here: a guessed
    # title that this sender's layout prints the same every day is the production's.
    titled = _title_answered(out.get("production"), [item for item, _ in fits.values()])
    if titled and conf.get("production", 0.0) < LEARNT * ocr_factor:
        conf["production"] = LEARNT * ocr_factor
        warnings = [w for w in warnings if not w.startswith("production:")]
    else:
        titled = False
    for field, (item, _score) in sorted(fits.items()):
        if item.rule.is_memo:  # corrected here before, and no rule reads it: never unasked
            if out.get(field):  # (a field not read goes to review anyway)
                conf[field] = min(conf.get(field, 0.0), MEMO_CAP)
                warnings.append(_memo_warning(item.rule))
                capped = True
            continue
        found = read(item.rule, pages)
        mark = {"layout_id": item.id, "label": item.rule.label}
        if found is None:
            said = (
                f"{field}: the layout learnt for this production (label '{item.rule.label}') "
                "found no value on this sheet"
            )
            # the person had to correct the reader on this field and layout, and what they
            # taught reads nothing here: the reader's value alone is never confirmed unasked
            if item.rule.from_correction and out.get(field):
                said += f", and the reader was corrected here before: check '{out[field]}'"
                conf[field] = min(conf.get(field, 0.0), MEMO_CAP)
                capped = True
            warnings.append(said)
            continue
        have, sure = out.get(field), conf.get(field, 0.0)
        if field == "location" and _less_complete(found, item.rule, have):
            # a bare street or place name where the person's address had a number: another
            # line of the sheet moved under the rule's box; the reader's value, or review
            warnings.append(_disagree(field, found.value, have, item.rule.label, kept="review"))
            if not have:
                out[field] = found.value
            conf[field] = min(sure if have else found.quality, DOUBT) * ocr_factor
            capped = True
            continue
        match = _compare(field, str(have), found) if have else "differs"
        if match == "part":  # the reader read a part of what the layout gives: complete it
            have = None
        agree = match == "same"
        if agree and sure >= SAFE:
            continue  # the reader was right and sure: nothing learnt was needed
        # a value placed from the title (no label moves with it) never overrides a sure reader
        overrides = item.rule.corrects_reader and item.rule.relation != "title"
        if have and not agree and item.rule.range_start:
            # a shift's start read where the reader found another call: the shift may stay
            # put while the call moves ("SHIFT 07:00-19:00", "CREW CALL 06:30"): the reader's
            # call is kept, and the person checks it
            warnings.append(_disagree(field, found.value, have, item.rule.label, kept="reader"))
            conf[field] = min(sure, DOUBT)
            capped = True
            continue
        if have and not agree and sure >= SAFE and not overrides:
            warnings.append(_disagree(field, found.value, have, item.rule.label, kept="reader"))
            conf[field] = min(sure, DOUBT)
            capped = True
            continue
        warnings = [w for w in warnings if not w.startswith(f"{field}:")]
        if have and not agree:
            warnings.append(_disagree(field, found.value, have, item.rule.label, kept="layout"))
            mark["reader_read"] = have
        if not agree:
            out[field] = found.value
        strong = found.quality >= _bar(item.rule) or _in_taught_form(found, item.rule)
        conf[field] = (LEARNT if strong else min(found.quality, DOUBT)) * ocr_factor
        used[field] = mark
        filled = True
    if "call_time" in used:
        for finding in call_findings(out.get("call_time"), wrap_time(pages)):
            conf["call_time"] = min(conf.get("call_time", 0.0), finding.cap or 1.0)
            warnings.append(finding.warning)
            capped = True
    out["field_confidence"] = conf
    out["warnings"] = list(dict.fromkeys(warnings))
    if filled:
        out["confidence"] = round(min(overall(conf), ocr_factor), 3)
    elif capped:
        out["confidence"] = min(float(day.get("confidence") or 0.0), overall(conf))
    elif titled and float(day.get("confidence") or 0.0) >= rated:
        out["confidence"] = round(min(overall(conf), ocr_factor), 3)
    return Applied(out, used)


def _title_answered(title: str | None, items: Sequence[Learnt]) -> bool:
    """Whether a rule fitting this layout was taught on a sheet answered under ``title``."""
    key = _title_key(title)
    return bool(key) and any(_title_key(item.production) == key for item in items)


def _title_key(title: str | None) -> str:
    """As the database keys a production (learnt_layouts.production_key)."""
    return " ".join((title or "").lower().split())


def _memo_warning(rule: Rule) -> str:
    was = f" (the reader had read '{rule.reader_read}')" if rule.reader_read else ""
    return (
        f"{rule.field}: an earlier sheet of this production in this layout was corrected here, "
        f"to '{rule.corrected_to}'{was}, and no learnt rule reads it: check the value read"
    )


def _bar(rule: Rule) -> float:
    """The parse quality a learnt value needs to be trusted past review: an address parsed as
    well as the one the person confirmed where the rule was taught is in that production's own
    form (the finder may know it only in part), at no less than a numbered street and a town."""
    bar = WEAK_PARSE[rule.field]
    if rule.field == "location" and rule.taught_quality is not None:
        bar = max(min(bar, rule.taught_quality), UNKNOWN_FORM)
    return bar


def _less_complete(found: Found, rule: Rule, have: Any) -> bool:
    """Whether a learnt address is less complete in shape than what it should read: a bare
    street or place name, with no number and no town ("First Avenue", a venue's name), where
    the address the person gave had a number or a town, or the reader's value has a number."""
    if numbered(found.value) or found.quality >= WEAK_ADDRESS:
        return False
    if _in_taught_form(found, rule) and not (have and numbered(str(have))):
        return False  # a place named down to its town, as the person's address was
    taught = rule.taught_numbered or (rule.taught_quality or 0.0) >= WEAK_ADDRESS
    return taught or bool(have and numbered(str(have)))


def _in_taught_form(found: Found, rule: Rule) -> bool:
    """Whether a learnt address names its place by its parts down to its town (a street among
    them) or its county, with no number, as the address the person confirmed there did: a form
    the address finder half knows, that the person showed is this production's."""
    return rule.field == "location" and rule.taught_place and named_place(found.value)


def _compare(field: str, have: str, found: Found) -> str:
    """ "same", "part" (the reader's address is a part of the layout's) or "differs"."""
    if field != "location":
        return "same" if have[: len(found.value)] == found.value else "differs"
    # the reader may add the set's name; it must not miss what the layout gives (the street)
    a = {norm(t) for t in have.replace(",", " ").split()} - {""}
    b = {norm(t) for t in found.value.replace(",", " ").split()} - {""}
    if b <= a:
        return "same"
    return "part" if a < b else "differs"


def _disagree(field: str, learnt: str, reader: Any, label: str, *, kept: str) -> str:
    which = {
        "reader": "the reader's value is kept",
        "layout": "the learnt layout's is used",
        "review": "the learnt value is less complete than the address taught: check it",
    }[kept]
    return (
        f"{field}: the layout learnt for this production (label '{label}') reads '{learnt}', "
        f"the sheet reader found '{reader}'; {which}"
    )
