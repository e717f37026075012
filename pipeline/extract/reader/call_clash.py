"""A sheet that states the general crew call twice, at different times, puts the call in doubt.

The call finders rank their candidates and keep the best: a "Crew call" label outranks a
generic "Call time", a label outranks a running order's row. That is right when the other
candidate is someone else's call, but when both name the general crew call of the day ("Call
time: 7:00 AM" in the header, "7:30 AM  Crew call" in the schedule) the sheet contradicts
itself, and reading one of them as sure is a silent error waiting to happen. So the day's
statements of the general call are gathered (``statements``) and, when they disagree with the
call read, the call is kept at a confidence a person checks, with a warning naming the times.

A statement is only what names the whole crew's call for this day:
- a crew-call label of full strength ("Crew call", "Unit call", "General call"), not run on
  from another department's or unit's words ("2nd Unit Crew Call:", "Rigging crew call:"),
  with a time of its own beside it or alone in its cell under it;
- a generic "Call time" / "Call" label with nothing but one time beside it, or as the one
  line of its cell under it (a column's heading over people's calls owns several);
- a running order's row that starts with a time and names the crew's call ("07:30  Crew call,
  unload gear", "0630 Unit call at base"), not another unit's or tomorrow's.
Department calls, pre-calls, talent, shooting or production calls are other labels' kinds
(labelling.py makes them "other_time") or not the crew's phrase, and never count.
"""

from __future__ import annotations

import re

from pipeline.extract.reader import fields as F
from pipeline.extract.reader import labels as L
from pipeline.extract.reader.attach import Piece
from pipeline.extract.reader.call_finder import (
    main_units_on_another,
    next_row_after,
    precall,
    rides_gathering,
)
from pipeline.extract.reader.call_lists import crew_call_in_timeline
from pipeline.extract.reader.call_revisions import REVISED_WORDS
from pipeline.extract.reader.change_tables import changed_value
from pipeline.extract.reader.dept_calls import (
    heads_a_people_list,
    heads_a_time_column,
    heads_department_column,
    heads_people_column,
)
from pipeline.extract.reader.labelling import Label, runs
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.times import find_time, find_times

CLASH = 0.5  # a crew call the sheet itself contradicts: a person must look (scoring.SAFE 0.85)
_STRONG = 0.95  # a crew-call phrase this sure names the whole crew's call
_HALF_DAY = 12 * 60


def checked(sheet: F.Sheet, call: F.Found) -> F.Found:
    """``call`` as read, or in doubt when the sheet states the general crew call at another
    time too. A call the finders already doubt (their warning) is left as they gave it: a
    revision or a rival they weighed has said what there is to say."""
    if call.value is None or call.warning:
        return call
    others = sorted(
        t for t in statements(sheet, str(call.value)) if not same_time(t, str(call.value))
    )
    if not others:
        return call
    said = ", ".join(others)
    warning = f"call_time: the sheet gives the crew call as {call.value} and as {said}"
    return F.Found(call.value, min(call.conf, CLASH), warning)


def same_time(a: str, b: str) -> bool:
    """Two readings of one time: equal, or twelve hours apart (a row's '1:00' without its PM
    beside the header's '1:00 PM')."""
    return _minutes(a) % _HALF_DAY == _minutes(b) % _HALF_DAY if a != b else True


def _minutes(hhmm: str) -> int:
    h, _, m = hhmm.partition(":")
    return int(h) * 60 + int(m or 0) if h.isdigit() and (m or "0").isdigit() else -1


def statements(sheet: F.Sheet, call: str | None = None) -> set[str]:
    """The times the sheet gives for the general crew call of its own day (``call``: the one
    read, which a people table's "Call" column may keep in some row)."""
    found = {t for h, pieces in sheet.of("call") if (t := _labelled(sheet, h, pieces, call))}
    return found | _timeline(sheet)


def _labelled(
    sheet: F.Sheet, label: Label, pieces: list[Piece], call: str | None = None
) -> str | None:
    """The time a label of the general call states, or None (not such a label, another day's,
    a revision, a list of several calls, a column heading over people's calls)."""
    if not pieces or sheet.tomorrow(label) or REVISED_WORDS.search(label.context):
        return None
    if F.revision_label(sheet, label) or F.superseded_original(sheet, label):
        return None  # 'CALL NOW 6:45' under 'Prior call: 7:30': the change, no contradiction
    if changed_value(sheet.pages[label.page], label) is not None:
        return None  # 'Crew call | 7:00 | 7:30' under 'ITEM | WAS | NOW': a revision, weighed

    if main_units_on_another(sheet, label) or rides_gathering(sheet, label, pieces):
        # 'Main unit call 0700' on a splinter unit's sheet: for reference; 'ZBIÓRKA (bus)
        # 06:40 - hotel': the ride's gathering, the crew's way to the call
        return None
    if F.another_days(sheet, label):
        return None  # "Jutro piątek, 24.04.2026 - zbiórka 6:45": its line is another date's
    base = L.KINDS["call"].get(label.phrase, 0.0)
    if label.quality < base:  # run on from other words ("Rigging Crew Call:")
        return None
    generic = label.phrase in F.GENERIC_CALL_PHRASES
    if base < _STRONG and not generic:
        return None
    first = pieces[0]
    if not first.below and next_row_after(sheet.pages[label.page].lines[label.line], label):
        return None  # '07:30 ALL CREW CALL   08:15 Rehearsal': the next row's time, not its own
    own = find_time(first.text)
    if own is not None and not first.below:
        beneath, below = F.time_beneath(sheet, label, pieces, (own, False))
        if below:  # 'ALGEMENE CALL  Téléphérique / Kabelbaan 6h40' over '7h00': the 7h00
            return str(beneath.value)
    if _qualified(sheet, label, first):
        return None
    page = sheet.pages[label.page]
    if first.below and heads_a_people_list(page, label.line, label.x0):
        return None
    if (
        first.below
        and (generic or heads_people_column(page, label.line, label.x0, label.x1))
        and heads_a_time_column(page, label.line, label.x0, label.x1, call)
    ):
        return None  # "NAME  ROLE  CALL", "Osoba  Telefon  Zbiórka": the first person's call
    if first.below and heads_department_column(page, label.line, label.x0, label.x1):
        return None  # "Pion  Osoba  Zbiórka": a department's own call (the finder weighed it)
    if first.below and generic and (len(pieces) > 1 or label.page != sheet.first_page):
        return None  # a generic word over a column of times: a table's heading
    if len(find_times(first.text)) != 1 or F.CALL_CHANGE.search(first.text):
        return None
    parsed = find_time(first.text)
    if parsed is None or precall(first.text[: parsed.start]):
        return None  # 'Unit Call | Art pre-call 0630 · UNIT CALL 0800': a department's time
    rest = (first.text[: parsed.start] + first.text[parsed.end :]).strip(" ():.-")
    if first.below and rest:
        return None  # a line of the cell under it that says more: not the label's bare time
    if generic and rest:
        return None  # "Call  7:00 (talent)": a generic label's time must stand alone
    return str(parsed.value)


def _qualified(sheet: F.Sheet, label: Label, value: Piece) -> bool:
    """'Llamado a maquillaje y vestuario  06:15', 'Call for riggers: 06:00': words after the
    label, before its time (or to the end of its run), say whose call it is; a bracket that
    names the whole crew ('Call (all crew)') does not."""
    line = sheet.pages[label.page].lines[label.line]
    end = next(b for a, b in runs(line) if a <= label.start < b)
    if value.page == label.page and value.line == label.line and value.start >= label.end:
        end = min(end, value.start)
    words = " ".join(w.text for w in line.words[label.end : end])
    return bool(_WORD.search(words)) and not _ALL_CREW.fullmatch(words.strip(" :.-"))


_WORD = lazy(r"[^\W\d_]")
_ALL_CREW = lazy(r"\(\s*(?:all|full|whole|entire|everyone|general)?\s*(?:crew|unit)?\s*\)", re.I)


def _timeline(sheet: F.Sheet) -> set[str]:
    """The times of running-order rows that name the crew's call, on the day's own pages."""
    out = set()
    for p, page in enumerate(sheet.pages):
        for line in page.lines:
            if sheet.in_advance(p, line.top, line.x0) or F.speaks_of_tomorrow(line.text):
                continue
            hit = crew_call_in_timeline([line.text], L.CREW_CALL)
            if hit is not None:
                out.add(hit)
    return out
