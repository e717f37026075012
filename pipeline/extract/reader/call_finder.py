# ruff: noqa: RUF001  (a typographic apostrophe in French words: the letter is meant)
"""The call finder: the crew's call time under its label, and the wrap time.

Weighs a labelled time by its label (crew named, generic, revised, another unit's, another
day's), by the sheet's own way of writing times, and by revisions that replace an earlier
call; also the first shot ("Drehbeginn") when no call is printed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from pipeline.extract.reader import labels as L
from pipeline.extract.reader.attach import HOUR_WORDS, Label, Piece, runs
from pipeline.extract.reader.call_asides import lone_meridiem_hour, without_call_asides
from pipeline.extract.reader.call_revisions import (
    CALL_MOVED_NOTE,
    CHANGE_NOTE,
    ORIGINAL_WORDS,
    PUSHED_TO,
    REVISED_WORDS,
    REVISION_WORDS,
    names_original,
    names_revision,
)
from pipeline.extract.reader.cell_words import points_elsewhere
from pipeline.extract.reader.change_tables import changed_value
from pipeline.extract.reader.crew_headed import cell_names_the_crew
from pipeline.extract.reader.date_finder import shooting_date
from pipeline.extract.reader.dept_calls import (
    heads_a_people_list,
    heads_a_time_column,
    heads_department_column,
    heads_people_column,
)
from pipeline.extract.reader.field_sheet import (
    _TOMORROW,
    ABOVE_BELOW_PENALTY,
    AGREE_MARGIN,
    NOTHING,
    Found,
    Sheet,
    plausible_sun,
    printed_am,
)
from pipeline.extract.reader.labelling import _WITH_CREW, crew_listed
from pipeline.extract.reader.layout import norm
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line
from pipeline.extract.reader.restated_label import restated_in_cell
from pipeline.extract.reader.sole_meet import meet_said_again
from pipeline.extract.reader.times import find_times
from pipeline.extract.reader.values import Parsed, find_dates, find_time, lone_times


def _lone_hour_called(kind: str, pieces: list[Piece], parsed: Parsed) -> Parsed:
    """'CALL TIME: 7AM PROMPT': a call's cell that holds only an hour and its AM / PM is as
    sure a time as '7:00 AM'."""
    if kind == "call" and pieces and lone_meridiem_hour(pieces[0].text):
        return replace(parsed, quality=max(parsed.quality, 1.0))
    return parsed


def _first_time(
    pieces: list[Piece], bare: bool = False, today: bool = False
) -> tuple[Parsed, bool] | None:
    """The first time in a label's first two pieces; with ``bare``, only a piece that is
    nothing but a time (a generic word like "Crew" heads a crew list with people's calls).
    A piece that speaks of tomorrow is another day's, unless ``today``: in an e-mail about
    the sheet, "tomorrow" is the sheet's day ("crew call tomorrow is now 6:45 AM")."""
    early: tuple[Parsed, bool] | None = None
    for pc in pieces[:2]:
        if _TOMORROW.search(pc.text) and not today:
            continue
        parsed = _changed_to(pc.text) or _crews_time(pc.text) or find_time(pc.text)
        if (
            parsed is not None
            and bare
            and pc.text[: parsed.start].strip(" ()") + pc.text[parsed.end :].strip(" ()")
        ):
            return None
        if parsed is not None and precall(pc.text[: parsed.start]):
            early = early or (replace(parsed, quality=parsed.quality * PRECALL_ONLY), pc.below)
            continue  # "*Camera / G&E pre-call 6:30 AM" over the crew's call: a department's
        if parsed is not None:
            return parsed, pc.below
    return early


# A department's pre-call, or a call a department or group qualifies ("Camera / G&E pre-call",
# "HMU call", "Pre-call (grip & electric)"), printed in the crew call's box: never the general
# crew call. Alone, it is the call only at a confidence that asks for review.
PRECALL_ONLY = 0.5
_PRECALL = lazy(r"\bpre[\s-]?calls?\b|\bprecalls?\b|\bearly\s+calls?\b", re.I)
_WORD = lazy(r"[\w&-]+")
# '6:30a · shoot 7:30a', 'shooting call 08:45': the time the cameras roll, later than the crew's
# call and never it
_SHOOT_NAMED = lazy(r"\bshoot(?:ing)?(?:\s+call)?\s*[:\-\u2013]?\s*$", re.I)


def precall(before: str) -> bool:
    """Whether the words before a time name a department's pre-call or call, or the shoot's
    start ('6:30a · shoot 7:30a'): no crew call (the text after the last time, so "Crew 7:00 /
    Camera pre-call 6:30" judges only the second)."""
    last = list(re.finditer(r"\d{1,2}[:.h]\d{2}", before))
    text = before[last[-1].end() :] if last else before
    if _PRECALL.search(text) or _SHOOT_NAMED.search(text):
        return True
    words = [w.lower() for w in _WORD.findall(text)]
    if not words or words[-1] not in {"call", "calls"} or "crew" in words:
        return False
    return any(w in L.NOT_CREW for w in words[:-1])


def _read_after_precall(pieces: list[Piece], parsed: Parsed) -> bool:
    """The time read is the one a department's pre-call names ('Art pre-call 0630')."""
    for pc in pieces[:2]:
        hit = find_time(pc.text)
        if hit is not None and (hit.value, hit.start, hit.end) == (
            parsed.value,
            parsed.start,
            parsed.end,
        ):
            return precall(pc.text[: hit.start])
    return False


# "09:00 crew / 10:30 cast": each time followed by whose it is
_TIME_THEN_CREW = lazy(r"(?<![\w:.])(?=\d)\S{1,8}(?:\s?[ap]\.?m\.?)?\s+(?:crew|unit)\b", re.I)


def _crews_time(text: str) -> Parsed | None:
    """'Produzione 06:00 · Troupe 07:00 · Attori 08:00': the crew's time in a list of groups;
    or the time a list of times names for the crew after it ('09:00 crew / 10:30 cast')."""
    m = crew_listed(text)
    hit = find_time(text[m.end() :]) if m is not None else None
    if m is None or hit is None:
        after = _TIME_THEN_CREW.search(text)
        if after is None or len(find_times(text)) < 2:
            return None
        hit = find_time(text[after.start() :])
        if hit is None or hit.start != 0:
            return None
        return replace(hit, start=hit.start + after.start(), end=hit.end + after.start())
    return replace(hit, start=hit.start + m.end(), end=hit.end + m.end())


# "moved from 08:00 to 07:30", "was 08:00, now 07:30", "08:00 → 07:30": a revision's new value
_OLD_TIME = (
    r"(?:(?:godz(?:\.|iny)?|hod\.?|o|um)\s+)?"  # 'z godz. 7:00 na godz. 8:30', 'von um 7'
    r"\d[\d:.]{0,5}(?:\s?(?:h|hod\.?|godz\.?|uhr|[ap]\.?m\.?))?"
)
# and in Polish / Czech ('przesunięta z 7.30 na 9.00', 'posunut z 7.00 na 8.00') and German
# ('verschoben von 7:00 auf 8:00'): the old time stands in the group, so a range is no change
CALL_CHANGE = lazy(
    r"\bfrom\b(?P<old>.{1,20}?)\bto\b|\bwas\b(?P<old2>.{1,20}?)\bnow\b|\u2192|->"
    rf"|\bz\s+(?P<old3>{_OLD_TIME})\s+na\b|\bvon\s+(?P<old4>{_OLD_TIME})\s+auf\b",
    re.I,
)


def _old_group(m: re.Match[str]) -> str | None:
    """The old time's words of a change ``CALL_CHANGE`` matched, whichever language's."""
    return m.group("old") or m.group("old2") or m.group("old3") or m.group("old4")


def _changed_to(text: str) -> Parsed | None:
    """The new time of a change written out ('moved earlier from 08:00 to 07:30'): the time
    after 'to', 'now' or an arrow, when a time stands before it too; None otherwise."""
    m = CALL_CHANGE.search(text)
    if m is None:
        return None
    before = _old_group(m) or text[: m.start()]
    if find_time(before) is None:
        return None
    return find_time(text[m.end() :])


def labelled_time(sheet: Sheet, kind: str, name: str, skip: Collection[Label] = ()) -> Found:
    """The time owned by the strongest label of ``kind`` (but those in ``skip``).

    Only labels of nearly the same strength are rivals: a bare "Call" does not put a "Crew
    Call" in doubt. Rivals that disagree keep the best value at a capped confidence, with a
    warning naming the field. A named label as strong that owns no text at all is a rival: its
    value was printed where it could not be read (a graphic, a layout not understood), and
    the value read elsewhere may be another day's.
    """
    found: list[tuple[float, Found]] = []
    unread_labels: list[Label] = []
    read_labels: list[Label] = []
    implausible: list[str] = []
    revised: list[tuple[float, Found]] = []
    replaced: set[str] = set()  # the times a revision says it replaces
    moved: list[tuple[float, Found]] = []  # 'Unit call moved from 0700 to 0800'
    pushed_over: list[tuple[str, str]] = []  # (new, old) both printed on a label's row
    unread_changes: set[str] = set()  # a revision's first time, of several not understood
    columns: list[tuple[Label, tuple[float, Found]]] = []  # a table's "Call" column
    worded: list[Label] = []  # call labels beside text that holds no time
    for h, pieces in sheet.of(kind):
        if h in skip or sheet.tomorrow(h) or _not_its_own(sheet, h, pieces):
            continue
        if kind == "call" and superseded_original(sheet, h):
            continue  # 'Original call: 07:00' over 'AMENDED CALL: 06:30': the old call, named
        if kind == "call" and pieces and _over_its_label(sheet, h, pieces[0]):
            continue  # "EKIPA" heading a crew list takes the schedule's last row over it
        bare = h.phrase in L.BARE_TIME_ONLY or (
            kind == "call" and heads_a_people_list(sheet.pages[h.page], h.line, h.x0)
        )
        hit = _slashed_run_time(sheet, h) or _dotted_heading_time(sheet, h)
        hit = hit or _label_hit(sheet, h, pieces, kind, bare)
        hit = hit or _under_or_worded(sheet, h, pieces, worded, kind)
        if hit is None:
            if (
                not pieces
                and h.phrase not in L.BARE_TIME_ONLY | L.WEAK_PHRASES
                and not _translated(sheet, h)
                and not (kind == "call" and _beside_a_place(sheet, h))
            ):
                unread_labels.append(h)  # a generic word alone heads a section
            continue
        read_labels.append(h)
        hit = _slashed_pair_time(sheet, h, pieces, hit)
        hit = time_beneath(sheet, h, pieces, hit) if kind == "call" else hit
        parsed, below = hit
        if kind == "call":
            parsed, below = _pushed_call(sheet, h, pieces, hit, pushed_over)
        # 'Zbiórka ekipy | 7:00 | 8:00' under 'CO | BYŁO | JEST': the new value, a revision
        changed = changed_value(sheet.pages[h.page], h) if kind == "call" else None
        parsed, below = (changed[0], False) if changed is not None else (parsed, below)
        if not plausible_sun(name, str(parsed.value)):
            am = bool(pieces) and printed_am(pieces[0].text, str(parsed.value))
            implausible.append(f"{parsed.value}{' printed AM' if am else ''}")
            continue  # "Sunset  |  00:30 Estimated wrap": another column's time, not the sun's
        parsed = _as_the_sheet_writes(sheet, pieces, parsed)
        quality = strength = h.quality
        if _explained_row(sheet, h, pieces, kind, str(parsed.value)):
            continue
        if kind == "call":
            quality, strength = _call_weights(sheet, h, pieces, parsed)
        # '07:30 crew / 08:30 cast' beside its label, or alone in the cell under it
        alone = not below or len(pieces) == 1
        listed = kind == "call" and alone and bool(pieces) and _crews_time(pieces[0].text) == parsed
        if listed or (
            kind == "call"
            and (
                _for_the_crew(sheet, h, pieces, parsed)
                or _crew_line_agrees(pieces, parsed)
                or (h.phrase in GENERIC_CALL_PHRASES and cell_names_the_crew(pieces, parsed))
            )
        ):
            quality = strength = max(quality, CREW_NAMED)
        if kind == "call" and (
            _sole_generic_call(sheet, h, pieces, parsed)
            or _memo_call(sheet, h, parsed.value)
            or _sole_meet(sheet, h, pieces, parsed)
        ):
            quality = max(quality, SOLE_CALL_QUALITY)
        parsed = _lone_hour_called(kind, pieces, parsed)
        conf = quality * parsed.quality * (ABOVE_BELOW_PENALTY if below else 1.0)
        if kind == "call" and below and _column_call(sheet, h):
            columns.append((h, (strength, Found(parsed.value, conf))))
            continue  # weighed below, against the call the other labels give
        found.append((strength, Found(parsed.value, conf)))
        old = _replaced(pieces) | (changed[1] if changed is not None else set())
        replaced |= old
        if changed is not None or _names_a_revision(sheet, h, kind):
            revised.append((strength, Found(parsed.value, conf)))
            unread_changes |= _unread_change(sheet, h, pieces, below or changed is not None, parsed)
            if _supersedes(sheet, h):
                replaced.add(_ANY_OTHER)
        elif old:  # a change written out, with no word of revision: only what it names
            moved.append((strength, Found(parsed.value, conf)))
    if not found and implausible:
        return Found(None, 0.0, f"{name}: {', '.join(implausible)} cannot be the {name}")
    if found:  # a people table's "Call" column is no rival when it keeps the call (or is a cast's)
        call = _best(found, name).value
        # ... nor a table of departments' own calls, when a label names the call for the crew
        crew_named = any(q >= CREW_LABEL and f.value == call for q, f in found)
        found += [
            f
            for h, f in columns
            if not _heads_people_calls(sheet, h, call)
            and not (crew_named and _heads_department_calls(sheet, h))
        ]
    else:  # a people table's column alone: a crew label read no time of its own, a rival
        found = [f for _, f in columns]
        unread_labels += worded
    agreed = _best(found, name).value
    unread = [
        (h.quality, h.phrase)
        for h in unread_labels
        if not any(
            _stacked_gloss(h, o) or _row_gloss(sheet, h, o) or restated_in_cell(sheet, h, o)
            for o in read_labels
        )
        and not (agreed is not None and agreed in (_time_after(sheet, h), _run_time(sheet, h)))
    ]
    best = _best(found, name, unread)
    if (
        not revised
        and moved
        and {str(f.value) for _, f in found} - replaced == {str(f.value) for _, f in moved}
    ):
        revised = moved  # the change names every other time printed: it settles them
    out = _revised_time(best, revised, found, name, replaced)
    out = _doubt_pushed(out, pushed_over, name)
    return _doubt_unread_change(out, unread_changes - replaced, found, name, replaced)


def _not_its_own(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """The label's text is a gloss's under it, another day's, or a note that points at a map
    or a page ('Treffpunkt siehe Lageplan: ... Shuttle ab 06:15 Uhr': a time later in that
    note is the note's, a shuttle's, never the label's)."""
    if _gloss_under(sheet, label, pieces) or another_days(sheet, label):
        return True
    return bool(pieces) and pieces[0].line == label.line and points_elsewhere(pieces[0].text)


UNREAD_CHANGE = 0.8  # a revision's words hold several times the reader could not order


def _unread_change(
    sheet: Sheet, label: Label, pieces: list[Piece], skip: bool, parsed: Parsed
) -> set[str]:
    """'ZMIANA: zbiórka ekipy zostaje przesunięta o 7:00, teraz 8:30', 'REVISED CALL
    7:00 ... 8:30': a revision label beside words that hold two times or more, none of the
    change's forms the reader knows ('from ... to', 'z ... na', an arrow, 'pushed to', a list
    naming the crew): its first time was taken, which may be the time replaced. The time
    read, in a set; empty when the change was understood (or read in a table, ``skip``)."""
    if skip or not pieces or len(find_times(pieces[0].text)) < 2:
        return set()
    text = pieces[0].text
    if _changed_to(text) or _crews_time(text) or _pushed_on_row(sheet, label):
        return set()
    return {str(parsed.value)}


def _doubt_unread_change(
    out: Found,
    unread: set[str],
    found: list[tuple[float, Found]],
    name: str,
    replaced: set[str],
) -> Found:
    """The call read, in doubt when it is the first of several times in a revision's words the
    reader could not order and another label gives another time: the revision may name the
    old time first, and a call read wrong at full confidence is confirmed unseen."""
    if out.value is None or str(out.value) not in unread or out.conf <= UNREAD_CHANGE:
        return out
    others = sorted({str(f.value) for _, f in found if f.value != out.value} - replaced)
    if not others or _ANY_OTHER in replaced:
        return out  # '7:30 (was 7:00)': the change names the time it replaced
    warning = (
        f"{name}: {out.value} read from a change naming several times;"
        f" {', '.join(others)} printed elsewhere"
    )
    return Found(out.value, UNREAD_CHANGE, out.warning or warning)


SHOOTING_START = 0.7  # "Drehbeginn" alone: the first shot; the team is called before it
_SHOOTING_START = frozenset({"drehbeginn"})


def shooting_start(sheet: Sheet) -> Found:
    """A German Tagesdispo that prints only its start of shooting ("Drehbeginn: 08:00 Uhr"),
    no team call (Treffpunkt Team, Arbeitsbeginn, Team-Call): that time may be the crew's
    call, or the team may be called before it, so a person looks. Copies that disagree give
    nothing."""
    times = set()
    for h, pieces in sheet.of("other_time"):
        if h.phrase not in _SHOOTING_START or sheet.tomorrow(h) or another_days(sheet, h):
            continue
        hit = _first_time(pieces, today=sheet.about_the_day(h))
        if hit is not None:
            times.add(str(hit[0].value))
    if len(times) != 1:
        return NOTHING
    value = times.pop()
    warning = f"call_time: {value} is the start of shooting (Drehbeginn); no team call is printed"
    return Found(value, SHOOTING_START, warning)


_SLASH = lazy(r"\s*/\s*")


def _slashed_pair_time(
    sheet: Sheet, label: Label, pieces: list[Piece], hit: tuple[Parsed, bool]
) -> tuple[Parsed, bool]:
    """'FIRST LIGHT / SUNRISE' beside '0708 / 0742', 'Breakfast / crew call  06:30 / 07:00':
    a label that is the n-th of names given across slashes, its value as many times across
    slashes, owns the n-th time (the first time read is the first name's)."""
    line = sheet.pages[label.page].lines[label.line]
    words = line.words
    first, end = next((a, b) for a, b in runs(line) if a <= label.start < b)
    slashes = [k for k in range(first, end) if words[k].text.strip() == "/"]
    if not slashes or not pieces:
        return hit
    at = sum(k < label.start for k in slashes)
    times = lone_times(pieces[0].text)
    if times is None or len(times) != len(slashes) + 1 or at == 0:
        return hit
    return times[at], pieces[0].below


# '5:07 h', '5:51 ч.', '0600 hrs': the unit a time may carry in a slashed pair's part
_UNIT_TAIL = lazy(r"^\s*(?:h|hod\.?|godz\.?|uhr|hrs?|ч\.?|óra)?\s*$", re.I)
_PAIR_SLACK = 15.0  # points a slashed value's cell may start left of its labels' run


def _unit_times(text: str) -> list[Parsed] | None:
    """'5:07 h / 20:15 h', '5:51 ч. / 20:45 ч.', '5.25 / 20.22': each part across slashes a
    lone time (with its unit at most), in order; None when any part is not one."""
    parts = _SLASH.split(text.strip())
    times = [find_time(p) for p in parts]
    if any(
        t is None or t.start or not _UNIT_TAIL.match(p[t.end :])
        for t, p in zip(times, parts, strict=True)
    ):
        return None
    return times  # type: ignore[return-value]


def _slashed_run_time(sheet: Sheet, label: Label) -> tuple[Parsed, bool] | None:
    """'Východ / západ slnka' over '5:07 h / 20:15 h', 'Изгрев / залез  5:51 ч. / 20:45 ч.',
    'Sončni vzhod / zahod' over '5.25 / 20.22': a label that is the n-th of names across the
    slashes of its run owns the n-th of as many times across slashes, printed after the run on
    its line (what a label of the run owns there) or in the cell right under the run; the first
    name owns nothing of its own when the second stands between it and the times. None when
    the run has no slash or no such times."""
    page = sheet.pages[label.page]
    line = page.lines[label.line]
    words = line.words
    first, end = next((a, b) for a, b in runs(line) if a <= label.start < b)
    slashes = [k for k in range(first, end) if words[k].text.strip() == "/"]
    if not slashes or any(k >= label.start and k < label.end for k in slashes):
        return None
    at = sum(k < label.start for k in slashes)
    mates = [
        o
        for o in sheet.labels
        if o.page == label.page and o.line == label.line and first <= o.start < end
    ]
    beside = [ps[0] for o in mates if (ps := sheet.owned.get(o)) and not ps[0].below]
    for pc in beside:
        times = _unit_times(pc.text)
        if times is not None and len(times) == len(slashes) + 1:
            return times[at], False
    x0, x1 = words[first].x0, words[end - 1].x1
    for below in page.lines[label.line + 1 : label.line + 3]:
        cell = next(
            ((a, b) for a, b in runs(below) if x0 - _PAIR_SLACK <= below.words[a].x0 <= x1),
            None,
        )
        if cell is None:
            continue
        times = _unit_times(" ".join(w.text for w in below.words[cell[0] : cell[1]]))
        if times is not None and len(times) == len(slashes) + 1:
            return times[at], True
        return None
    return None


def _dotted_heading_time(sheet: Sheet, label: Label) -> tuple[Parsed, bool] | None:
    """'05 CREW CALL · SHOOT CALL' heading a cell that reads '6:30a · shoot 7:30a': a heading
    of label names joined by a middle dot or a bar, nothing else in its run but an item number,
    over a cell of as many parts across the same mark. The n-th name owns the n-th part's
    time; a part may name its time with a word of its own label ('shoot 7:30a'), never with
    another word. None for any other run or cell."""
    page = sheet.pages[label.page]
    line = page.lines[label.line]
    words = line.words
    first, end = next((a, b) for a, b in runs(line) if a <= label.start < b)
    marks = [k for k in range(first, end) if words[k].text.strip() in _DOTS]
    if not marks:
        return None
    mates = sorted(
        (
            o
            for o in sheet.labels
            if o.page == label.page and o.line == label.line and first <= o.start < end
        ),
        key=lambda o: o.start,
    )
    covered = {k for o in mates for k in range(o.start, o.end)} | set(marks)
    if len(mates) != len(marks) + 1 or any(
        k not in covered and not _HEAD_ITEM.match(words[k].text.strip()) for k in range(first, end)
    ):
        return None
    at = next(i for i, o in enumerate(mates) if o.start == label.start)
    x0, x1 = words[first].x0, words[end - 1].x1
    for below in page.lines[label.line + 1 : label.line + 2]:
        cell = next(
            ((a, b) for a, b in runs(below) if x0 - _PAIR_SLACK <= below.words[a].x0 <= x1),
            None,
        )
        if cell is None:
            return None
        parts = _DOT_SPLIT.split(" ".join(w.text for w in below.words[cell[0] : cell[1]]))
        if len(parts) != len(mates):
            return None
        part = parts[at]
        t = find_time(part)
        if t is None or not _UNIT_TAIL.match(part[t.end :]):
            return None
        own = set(mates[at].phrase.split())
        if any(w.lower() not in own for w in part[: t.start].split()):
            return None  # 'shoot 7:30a' under 'CREW CALL': another name's time
        return t, True
    return None


_DOTS = frozenset({"\u00b7", "\u2022", "|"})  # a middle dot, a bullet, a bar between two names
_DOT_SPLIT = lazy(r"\s*[\u00b7\u2022|]\s*")
_HEAD_ITEM = lazy(r"^\d{1,2}\.?$")  # '05 CREW CALL': a form's item number opens the heading


CAPTION_SIZE = 0.9  # a caption's words this much smaller than the label: another cell's
BENEATH_LINES = 3  # the time under a label stands within this many lines of it


def time_beneath(
    sheet: Sheet, label: Label, pieces: list[Piece], hit: tuple[Parsed, bool]
) -> tuple[Parsed, bool]:
    """'CONVOCATION GÉNÉRALE / ALGEMENE CALL' with '7h00' set large under it, and to its
    right, in smaller type, 'Téléphérique / Kabelbaan 6h40': the time on the label's line is
    another caption's (words in smaller type than the label stand before it), and the label's
    own is the lone time beneath it. The hit stands unless both hold."""
    parsed, below = hit
    if below or not pieces or pieces[0].below:
        return hit
    page = sheet.pages[label.page]
    words = page.lines[label.line].words
    lead = pieces[0].text[: parsed.start].split()
    if not lead or not any(ch.isalpha() for ch in "".join(lead)):
        return hit
    own = [w.size for w in words[label.start : label.end] if w.size]
    first = next((k for k in range(label.end, len(words)) if words[k].text == lead[0]), None)
    if not own or first is None or not words[first].size:
        return hit
    if words[first].size > CAPTION_SIZE * min(own):
        return hit
    start = next((a for a, b in runs(page.lines[label.line]) if a <= label.start < b), label.start)
    left = words[start].x0  # the label's run: 'CONVOCATION GÉNÉRALE / ALGEMENE CALL'
    for line in page.lines[label.line + 1 : label.line + 1 + BENEATH_LINES]:
        under = [w for w in line.words if w.x0 < label.x1 and w.x1 > left]
        if not under:
            continue
        text = " ".join(w.text for w in under)
        found = find_time(text)
        if found is None or text[: found.start].strip() or text[found.end :].strip():
            return hit
        return found, True
    return hit


def _under_or_worded(
    sheet: Sheet, label: Label, pieces: list[Piece], worded: list[Label], kind: str
) -> tuple[Parsed, bool] | None:
    """A call label beside words with no time: the time set under it, or (none there) the
    label noted in ``worded``, a rival to a people table's column read alone."""
    if kind != "call" or not pieces:
        return None
    if pieces[0].below and any(find_time(p.text) is not None for p in pieces):
        return None
    # ... or only words under it ('UNIT CALL' over '0730' set large, 'on set (walk from base)'
    # under that): the time the pieces passed over, set under the label's own words
    hit = set_under_its_label(sheet, label)  # 'ZBIÓRKA EKIPY' over '6:30' in a sidebar
    if hit is None and label.phrase not in L.BARE_TIME_ONLY | L.WEAK_PHRASES:
        worded.append(label)  # a crew label beside another column's words, its time unread
    return hit


def set_under_its_label(sheet: Sheet, label: Label) -> tuple[Parsed, bool] | None:
    """'ZBIÓRKA EKIPY (baza przy dworcu)' in a sidebar with '6:30' set large under it, the
    table beside it running on along the label's line: a label whose words beside it hold no
    time owns the lone time under its own words within a few lines, set at least as large as
    the label, with nothing else under the label there."""
    page = sheet.pages[label.page]
    words = page.lines[label.line].words
    own = [w.size for w in words[label.start : label.end] if w.size]
    if not own:
        return None
    left, right = words[label.start].x0, words[label.end - 1].x1
    for line in page.lines[label.line + 1 : label.line + 1 + BENEATH_LINES]:
        under = [w for w in line.words if w.x0 < right and w.x1 > left]
        if not under:
            continue
        text = " ".join(w.text for w in under)
        found = find_time(text)
        if found is None or text[: found.start].strip() or text[found.end :].strip():
            return None
        if min(w.size for w in under) < max(own):
            return None
        return found, True
    return None


def _no_time_read(
    sheet: Sheet, label: Label, pieces: list[Piece], kind: str
) -> tuple[Parsed, bool] | None:
    """A label's time when its own text holds none: a call's alias across a slash, a sun
    label's name over a pair of times."""
    if kind == "call":
        return _slashed_alias_time(sheet, label)
    if kind in ("sunrise", "sunset"):
        return _names_over_times(sheet, label, pieces)
    return None


NAMES_OVER_TIMES_X = 6.0  # points; the times' cell starts this near under the names' cell


def _names_over_times(
    sheet: Sheet, label: Label, pieces: list[Piece]
) -> tuple[Parsed, bool] | None:
    """'Sunrise / blue hour' over '07:12 / 06:50': a sun label whose only text is a second
    name after a slash (in lower case or of no known kind, so the pair is no one label), with
    as many times across slashes flush under the names' cell: the label's time is the one in
    its place (the first name's the first)."""
    lines = sheet.pages[label.page].lines
    line = lines[label.line]
    words = line.words
    if len(pieces) != 1 or pieces[0].line != label.line or label.line + 1 >= len(lines):
        return None
    first, end = next((a, b) for a, b in runs(line) if a <= label.start < b)
    cell = " ".join(w.text for w in words[first:end])
    if re.search(r"\d", cell) or words[first].x0 != label.x0:
        return None
    names = _SLASH.split(cell.strip())
    at = sum(w.text.strip() == "/" for w in words[first : label.start])
    below = lines[label.line + 1]
    run = next(
        ((a, b) for a, b in runs(below) if abs(below.words[a].x0 - label.x0) <= NAMES_OVER_TIMES_X),
        None,
    )
    if len(names) < 2 or run is None or below.top - line.bottom > 2 * (line.bottom - line.top):
        return None
    times = lone_times(" ".join(w.text for w in below.words[run[0] : run[1]]))
    if times is None or len(times) != len(names):
        return None
    return times[at], True


def _beside_a_place(sheet: Sheet, label: Label) -> bool:
    """'Buddy Holly Center    Crew call (sc. 44-46)': a call label with no time, on the line of
    a place a location label owns, left of it: it says which set the crew is called to, not
    a call time printed where it could not be read."""
    return any(
        pc.page == label.page and pc.line == label.line and pc.x0 < label.x0
        for h, pieces in sheet.of("location")
        for pc in pieces
    )


def _call_weights(
    sheet: Sheet, label: Label, pieces: list[Piece], parsed: Parsed
) -> tuple[float, float]:
    """A call label's quality and its strength against rivals: its own unit's call at its
    phrase's full weight; a generic call label a revision made sure ('AMENDED CALL 6:45',
    labelling.REVISED_CALL_QUALITY) is no match for a crew call printed elsewhere that no label
    names as the one replaced ('CREW CALL CHANGED TO 6:30' is: a crew call of its own). A
    department's pre-call read in the call's cell ('Unit Call | Art pre-call 0630 · UNIT CALL
    0800') is no rival to a unit, crew or general call read elsewhere."""
    quality = strength = label.quality
    if _own_unit(sheet, label) or names_the_sheets_unit(sheet, label):
        quality = strength = L.KINDS["call"].get(label.phrase, label.quality)
    if revision_label(sheet, label) and label.quality > L.KINDS["call"].get(label.phrase, 1.0):
        strength = min(strength, REVISION_STRENGTH)  # 'CALL NOW', not 'CREW CALL CHANGED TO'
    if main_units_on_another(sheet, label):
        quality = strength = MAIN_UNIT_FOR_REFERENCE  # 'Main unit call' on a 2nd unit's sheet
    if _read_after_precall(pieces, parsed):
        strength = min(strength, PRECALL_ONLY)
    return quality, strength


def _doubt_pushed(out: Found, pushed_over: list[tuple[str, str]], name: str) -> Found:
    """The call read, in doubt when it is a time a row moved the call to with the old time
    still printed (not struck) beside its label."""
    for late, old in pushed_over:
        if out.value == late and out.conf > PUSHED_OVER:
            warning = f"{name}: pushed to {late}, {old} still printed beside it"
            out = Found(out.value, PUSHED_OVER, out.warning or warning)
    return out


PUSHED_OVER = 0.8  # a new call beside the old one left unstruck: the crew is told, a person looks


def _explained_row(sheet: Sheet, label: Label, pieces: list[Piece], kind: str, value: str) -> bool:
    """A time label's reading that another on the sheet explains away: a running order's row
    named after the sun ('07h00 Sunrise timelapse and GVs' beside 'Sunrise 07h07'), a meeting
    time before the memo's own 'Call:' line ('Meet: 7.15am at the car park')."""
    if kind in ("sunrise", "sunset"):
        return _timed_row_of(sheet, label, pieces, kind) or _shot_named_after_the_sun(
            sheet, label, kind
        )
    return kind == "call" and (
        _meet_before_call(sheet, label, value) or _ride_before_call(sheet, label, pieces, value)
    )


def _pushed_call(
    sheet: Sheet,
    label: Label,
    pieces: list[Piece],
    hit: tuple[Parsed, bool],
    pushed_over: list[tuple[str, str]],
) -> tuple[Parsed, bool]:
    """The call label's reading, or the time its row moves the call to ('CREW CALL  CALL
    PUSHED TO 9:30 AM'); when the old time is still printed beside the label (not struck
    through) the pair is kept in ``pushed_over``: the row's revision is the call, but the
    sheet says two things."""
    pushed = _pushed_on_row(sheet, label)
    parsed, below = hit
    if pushed is None or pushed.value == parsed.value:
        return hit
    if not below and find_time(pieces[0].text) is not None:
        pushed_over.append((str(pushed.value), str(parsed.value)))
    return pushed, False


def _pushed_on_row(sheet: Sheet, label: Label) -> Parsed | None:
    """The time a change printed on a call label's own row moves the call to ('CREW CALL
    CALL PUSHED TO 9:30 AM'), before the next label on the row; None when there is none."""
    line = sheet.pages[label.page].lines[label.line]
    stop = min(
        (
            o.start
            for o in sheet.labels
            if o.page == label.page
            and o.line == label.line
            and o.start >= label.end
            and o.kind != "call"
        ),
        default=len(line.words),
    )
    text = " ".join(w.text for w in line.words[label.end : stop])
    for m in PUSHED_TO.finditer(text):
        if m.group(0).strip().lower() in ("put", "brought"):
            continue  # 'put back to', 'brought forward to' need their particle
        hit = find_time(text[m.end() :])
        if hit is not None and hit.start == 0:
            return hit
    return None


def another_days(sheet: Sheet, label: Label) -> bool:
    """'Day 2 is 3/15/26: Call Time 9:00 AM at ...', 'Mon 16 March - call 0630': a time label
    whose line opens with a date that is not the sheet's shooting date speaks of another day,
    however near it is printed to today's lines. Only the label's own run counts: another
    cell's date on the row ('Stand: 21.07.2026, 19:15   Sunrise 05:33') is no day's heading."""
    line = sheet.pages[label.page].lines[label.line]
    if _opens_advance(sheet, label, " ".join(w.text for w in line.words[: label.start])):
        return True
    start = next((a for a, b in runs(line) if a <= label.start < b), label.start)
    before = " ".join(w.text for w in line.words[start : label.start])
    dated = {p.value for p in find_dates(before)} if before.strip() else set()
    if not dated:
        return False
    today = shooting_date(sheet, None).value
    return today is not None and today not in dated


def _opens_advance(sheet: Sheet, label: Label, before: str) -> bool:
    """'ADVANCE SCHEDULE - Thursday 22 October 2026   Crew call 0600': a line that opens with
    an advance heading and the day it names speaks of that day to its end (not in an e-mail,
    where "tomorrow" is the day it is about)."""
    m = _TOMORROW.match(before.strip())
    if m is None or sheet.about_the_day(label):
        return False
    today = shooting_date(sheet, None).value
    dated = {p.value for p in find_dates(before)}
    return bool(dated) and today is not None and today not in dated


def _over_its_label(sheet: Sheet, h: Label, piece: Piece) -> bool:
    """A time printed above its label's line, no bigger than the label ("13:30 Packshot" over
    an "EKIPA" heading): another block's. A header box's big time over its small caption
    ("6:00a" over "CREW CALL") is the label's."""
    if piece.page != h.page or piece.line == h.line:
        return False
    lines = sheet.pages[piece.page].lines
    if lines[piece.line].bottom > h.top:
        return False
    label_size = max(w.size for w in lines[h.line].words[h.start : h.end])
    value_size = max(w.size for w in lines[piece.line].words[piece.start :])
    if h.phrase in L.BARE_TIME_ONLY:
        # a crew list's 'CREW' heading under a schedule's last row ('1.00pm' at 8 pt over 7.5
        # pt): a header box's own time is far bigger than its caption
        return value_size <= BARE_HEADING_SIZE * label_size
    return value_size <= label_size


BARE_HEADING_SIZE = 1.25  # a time above a bare 'CREW' heading, at most this much bigger: not its
GENERIC_CALL = 0.6  # a bare "Call" heading: no label that names the crew


def _column_call(sheet: Sheet, h: Label) -> bool:
    """A call label over its value that may be a column of people's own calls: a generic
    "Call" heading, or any call label among a people table's headings ("Osoba  Telefon
    Zbiórka")."""
    return h.quality < GENERIC_CALL or heads_people_column(sheet.pages[h.page], h.line, h.x0, h.x1)


def _heads_people_calls(sheet: Sheet, h: Label, call: object) -> bool:
    """A generic "Call" heading one column of a people table ("Role  Name  Phone  Call") that
    keeps the day's ``call`` in some row, or lists a cast."""
    page = sheet.pages[h.page]
    return _column_call(sheet, h) and heads_a_time_column(
        page, h.line, h.x0, h.x1, str(call) if call is not None else None
    )


def _heads_department_calls(sheet: Sheet, h: Label) -> bool:
    """A call label heading the time column of a table of departments ("Pion  Osoba
    Zbiórka")."""
    return heads_department_column(sheet.pages[h.page], h.line, h.x0, h.x1)


CREW_LABEL = 0.95  # a label this strong names the call for the crew ('Zbiórka ekipy')
HOURS_SETTLED = 0.95  # a whole hour written as the sheet writes its other times
_HOUR_H = lazy(r"^\d{1,2}\s?h$", re.I)  # "6h"
_FOUR = lazy(r"^(?:[01]\d|2[0-3])[0-5]\d$")  # "0700": military time, or a number?
_FOUR_TIME = lazy(r"(?<![\w./:,-])(?:[01]\d|2[0-3])[0-5]\d(?![\w./:,-])")
_YEAR = lazy(r"^(?:19|20)\d\d$")
FOUR_SETTLED = 3  # other four-digit times the sheet prints: its way of writing a time
_LATE_H = lazy(r"(?<![\d./:])(?:1[3-9]|2[0-3])\s?h(?:[0-5]\d)?(?!\w)", re.I)  # "18h"
_HOUR_AP = lazy(r"^\d{1,2}\s?(?P<ap>[ap]\.?\s?m\.?|[ap])$", re.I)  # "8am", "6a"
_LETTER_AP = lazy(r"(?<![\d./:])\d{1,2}(?:[:.][0-5]\d)?[ap](?![a-z.])", re.I)  # "7:30a"
_WORD_AP = lazy(r"(?<![\d./:])\d{1,2}(?:[:.][0-5]\d)?\s?[ap]\.?\s?m\b\.?", re.I)


def _as_the_sheet_writes(sheet: Sheet, pieces: list[Piece], parsed: Parsed) -> Parsed:
    """A whole hour without its minutes ('6h', '8am', '6a') is read with a doubt: '6h' may be
    06:00 or 18:00 on a sheet that writes hours loosely, '6a' may be no time at all. The
    sheet's own times settle it: '6h' on a sheet that prints '18h' or '17h23' counts on the
    24-hour clock; '8am' or '6a' where two more times are written with the same meridiem
    ('9am', '1pm'; '7:30a', '12p') is the sheet's way of writing a time; so is '0700' where
    three more four-digit times are printed ('Sunrise 0654', '0830', '1000'; years aside)."""
    if parsed.quality >= 1.0:
        return parsed
    token = None
    rest = 1.0  # the doubts read beside the time's form ('Art pre-call 0630'): they stay
    for pc in pieces[:2]:
        hit = _changed_to(pc.text) or find_time(pc.text)
        if hit is not None and (hit.value, hit.start, hit.end) == (
            parsed.value,
            parsed.start,
            parsed.end,
        ):
            token = pc.text[hit.start : hit.end].strip()
            rest = min(1.0, parsed.quality / hit.quality) if hit.quality else 1.0
            break
    if token is None:
        return parsed
    text = "\n".join(line.text for page in sheet.pages for line in page.lines)
    if _FOUR.match(token):
        # '0700' on a sheet that writes its other times so ('Sunrise 0654', '0830', '1000')
        others = [t for t in _FOUR_TIME.findall(text) if t != token and not _YEAR.match(t)]
        settled_four = len(others) >= FOUR_SETTLED
        return replace(parsed, quality=round(rest, 3)) if settled_four else parsed
    if parsed.quality >= HOURS_SETTLED * rest:
        return parsed
    if _HOUR_H.match(token):
        settled = _LATE_H.search(text) is not None
    elif m := _HOUR_AP.match(token):
        same = _LETTER_AP if len(m["ap"]) == 1 else _WORD_AP
        settled = len(same.findall(text)) >= 3
    else:
        settled = False
    return replace(parsed, quality=round(HOURS_SETTLED * rest, 3)) if settled else parsed


CREW_NAMED = 1.0  # "CALL TIME (ALL CREW)", "CALL  10:00 AM (all crew)": the crew's call
# 'Call time: 8am for everyone (bacon rolls from 7:30)', '07:00 pour toute l'équipe': words
# after the time that call the whole crew, then at most a note in brackets
_FOR_EVERYONE = lazy(
    r"^[-\u2013,]?\s*(?:for|pour|para|für|dla|per)\s+(?:the\s+)?"
    r"(?:everyone|everybody|all(?:\s+(?:crew|cast\s+(?:and|&)\s+crew))?|whole\s+(?:crew|team|unit)"
    r"|full\s+crew|all\s+departments|tout\s+le\s+monde|toute\s+l[’']\s?équipe|todos|todo\s+el\s+equipo"
    r"|alle|das\s+ganze\s+team|wszystkich|całą\s+ekipę|tutti|tutta\s+la\s+troupe)"
    r"\s*[.!]?\s*(?:\([^()]*\))?\s*[.!]?$",
    re.I,
)


def _for_the_crew(sheet: Sheet, label: Label, pieces: list[Piece], parsed: Parsed) -> bool:
    """A call label or its time qualified by a bracket that names the crew ('CALL TIME (ALL
    CREW)  8am', 'CALL  10:00 AM (all crew)') is the crew's call, however generic the word.
    The time must be the label's own cell, nothing but the time (and that bracket): a line
    under the label that holds another label's time ('ARTISTS CALL TIME 5:00 AM') is not."""
    first = pieces[0].text if pieces else ""
    hit = find_time(first)
    if hit is None or (hit.value, hit.start) != (parsed.value, parsed.start):
        return False
    before = first[: hit.start].strip(" :.-")
    after = first[hit.end :].strip()
    if before:  # 'CALL TIME (ALL CREW) 07:00': the bracket between the label and its time
        return not after and before.endswith(")") and bool(_WITH_CREW.match(before))
    if after:
        return (bool(_WITH_CREW.match(after)) and after.endswith(")")) or bool(
            _FOR_EVERYONE.match(after)
        )
    words = sheet.pages[label.page].lines[label.line].words
    own = " ".join(w.text for w in words[label.start : label.end])
    return (k := own.find("(")) >= 0 and bool(_WITH_CREW.match(own[k:]))


_CREW_PHRASES = sorted((p for p, q in L.CREW_CALL.items() if q >= 0.9), key=len, reverse=True)
_CREW_LINE = lazy(
    rf"^(?:{'|'.join(re.escape(p) for p in _CREW_PHRASES)})(?:\s+time)?\s*[:\-\u2013]?\s*",
    re.I,
)


def _crew_line_agrees(pieces: list[Piece], parsed: Parsed) -> bool:
    """A generic call label's cell, its time alone on the first line and under it a line that
    opens with the crew's call and the same time ('CALL TIME' / '0630' / 'Crew call 0630 for
    0700 shoot'): the cell says twice that the time is the crew's."""
    first = find_time(pieces[0].text) if len(pieces) >= 2 else None
    if first is None or first.start > 0 or first.value != parsed.value:
        return False
    if pieces[0].text[first.end :].strip(" .,"):
        return False
    for pc in pieces[1:3]:
        m = _CREW_LINE.match(pc.text.strip())
        hit = find_time(pc.text.strip()[m.end() :]) if m is not None else None
        if hit is not None and hit.start == 0:
            return hit.value == parsed.value
    return False


# Another unit's own sheet (a second, splinter, aerial or insert unit) headed as such: a band
# "2ND UNIT", "SPLINTER UNIT", "Second Unit Call Sheet", "B-UNIT CALL SHEET" alone on its line.
_UNIT_SHEET = lazy(
    r"^(?P<unit>(?:2nd|second|3rd|third|splinter|aerial|drone|insert|[bc])\s*[-\u2013]?\s*unit)"
    r"(?:\s*[-\u2013:\u00b7|]?\s*(?:call\s*sheet|schedule))?\s*$",
    re.I,
)
# A call label that names the main (first) unit: "MAIN UNIT CALL", "1st Unit call (ref.)",
# "Main unit crew call", "First unit general call"
_MAIN_UNIT = lazy(r"\b(?:main|1st|first)\s*[-\u2013]?\s*unit\b", re.I)
# On another unit's sheet, the main unit's call is printed for reference only: never this
# sheet's call, and alone it is read only at a confidence that asks for review.
MAIN_UNIT_FOR_REFERENCE = 0.3
UNIT_SHEET_LINES = 8  # the unit's band or title stands among the first page's first lines


def another_units_sheet(sheet: Sheet) -> str | None:
    """The unit the sheet is another unit's sheet for ('2nd unit', 'splinter unit'): among its
    first page's first lines, a band or title that names a second, splinter, aerial or insert
    unit alone; None on a main unit's sheet."""
    if not sheet.pages:
        return None
    for line in sheet.pages[sheet.first_page].lines[:UNIT_SHEET_LINES]:
        for a, b in runs(line):
            m = _UNIT_SHEET.match(" ".join(norm(w.text) for w in line.words[a:b]).strip())
            if m is not None:
                return _unit_name(m.group("unit"))
    return None


def _unit_name(text: str) -> str:
    """'Second-unit', '2ND UNIT' -> '2nd unit'."""
    words = re.sub(r"[\s\-\u2013]+", " ", text.lower()).replace("unit", " unit").split()
    return " ".join({"second": "2nd", "third": "3rd"}.get(w, w) for w in words)


def main_units_on_another(sheet: Sheet, label: Label) -> bool:
    """'Main unit call 0700' on a SPLINTER UNIT's sheet: a call label whose run names the
    main (or first) unit, on a sheet headed as another unit's, is the main unit's call printed
    for reference, not this sheet's."""
    line = sheet.pages[label.page].lines[label.line]
    first, end = next((a, b) for a, b in runs(line) if a <= label.start < b)
    said = " ".join(norm(w.text) for w in line.words[first:end])
    return bool(_MAIN_UNIT.search(said)) and another_units_sheet(sheet) is not None


def names_the_sheets_unit(sheet: Sheet, label: Label) -> bool:
    """'2ND UNIT CREW CALL', 'Second unit call', '2ND UNIT LOCATION' on a sheet banded '2ND
    UNIT' / 'SECOND UNIT': the words run on before the label name the sheet's own unit."""
    line = sheet.pages[label.page].lines[label.line]
    first = next(a for a, b in runs(line) if a <= label.start < b)
    unit = another_units_sheet(sheet)
    said = _unit_name(" ".join(norm(w.text) for w in line.words[first : label.end]))
    return unit is not None and said.startswith(unit)


def _own_unit(sheet: Sheet, label: Label) -> bool:
    """'2ND UNIT CALL:' on a sheet titled '2ND UNIT CALL SHEET': the words run on before a
    call label ('2ND', 'RIGGING CREW') are another department's, unless the sheet's own title
    gives them with the label as the sheet's name; then they name the sheet's own unit."""
    line = sheet.pages[label.page].lines[label.line]
    first = next(a for a, b in runs(line) if a <= label.start < b)
    if first == label.start:
        return False
    said = " ".join(norm(w.text) for w in line.words[first : label.end]).strip()
    titled = re.compile(rf"(?<!\w){re.escape(said)}\s*-?\s*sheet\b", re.I)
    for p, page in enumerate(sheet.pages[: sheet.first_page + 1]):
        for i, other in enumerate(page.lines):
            if (p, i) != (label.page, label.line) and titled.search(
                " ".join(norm(w.text) for w in other.words)
            ):
                return True
    return False


def _time_after(sheet: Sheet, label: Label) -> str | None:
    """The first time printed after a label on its line, however far ('UNIT CALL ... 07:30'
    at the far end of a header box): too far to own, but when it is the value read under the
    label's other copies, the label left empty agrees with them and doubts nothing."""
    words = sheet.pages[label.page].lines[label.line].words[label.end :]
    parsed = find_time(" ".join(w.text for w in words))
    return None if parsed is None else str(parsed.value)


def _run_time(sheet: Sheet, label: Label) -> str | None:
    """The time just before a label, nothing else between them, opening the label's run or
    the whole run before it: a running order's row ('6:30a  Crew call', '0700 Unit call')
    set in a column beside the sheet's grid names its time first. When that is the call read
    under the label's other copies, the row agrees with them and doubts nothing."""
    line = sheet.pages[label.page].lines[label.line]
    spans = runs(line)
    at = next((k for k, (a, b) in enumerate(spans) if a <= label.start < b), None)
    if at is None:
        return None
    first = spans[at][0]
    if first == label.start and at > 0:
        first = spans[at - 1][0]  # the time's own column
    before = " ".join(w.text for w in line.words[first : label.start]).strip()
    parsed = find_time(before) if before else None
    if parsed is None or before[: parsed.start].strip() or before[parsed.end :].strip(" -:"):
        return None
    return str(parsed.value)


def _stacked_gloss(empty: Label, read: Label) -> bool:
    """'Sonnenaufgang' over 'Sunrise 06:14', 'Arbeitsbeginn Team 07:00' over 'Crew call': a
    label of the same kind on the line just above or below, flush with it, that owns a time is
    the same cell in two languages; the empty one is its gloss, not a value left unread."""
    height = max(empty.bottom - empty.top, read.bottom - read.top)
    gap = max(empty.top - read.bottom, read.top - empty.bottom)
    return (
        empty.page == read.page
        and abs(empty.line - read.line) == 1
        and abs(empty.x0 - read.x0) < 12
        and gap < 1.2 * height
    )


def _row_gloss(sheet: Sheet, empty: Label, read: Label) -> bool:
    """'Sraz štábu   7.30 hod.      Crew call': a label of the same kind that ends the line of
    a label that owns a time, right of it, with no colon of its own, is the row's name in a
    second language (a bilingual table's last column), not a value left unread."""
    words = sheet.pages[empty.page].lines[empty.line].words
    return (
        empty.page == read.page
        and empty.line == read.line
        and empty.x0 > read.x1
        and empty.end == len(words)
        and not words[-1].text.endswith(":")
    )


def _gloss_under(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """'Grupas ierašanās  07:30' over 'Crew call': a label with nothing beside it, flush under
    a label of its kind that owns a time beside it, is that cell's second language; the lines
    under it are the next rows ('Hair, make-up, costume 06:45'), not its value."""
    if any(not pc.below and pc.line == label.line for pc in pieces):
        return False
    if label.kind == "call" and (revision_label(sheet, label) or _original(sheet, label)):
        return False  # 'AMENDED CALL' under 'Prior call: 7:30': the change, no translation
    for other, owned in sheet.of(label.kind):
        beside = [pc for pc in owned if not pc.below and pc.line == other.line]
        if (
            other.line == label.line - 1
            and _stacked_gloss(label, other)
            and any(find_time(pc.text) for pc in beside)
        ):
            return True
    return False


def _strong_call_printed(sheet: Sheet, label: Label, value: object = None) -> bool:
    """A crew-call phrase ("Crew Call", "Unit Call") printed anywhere but on the label's own
    line, whether or not a label was made of it: the generic label is then not alone. A line
    whose first time is ``value`` ('8:00 AM - Crew call, load in' in the running order under
    'Call Time: 8:00 AM') says the same call again: no rival."""
    for p, page in enumerate(sheet.pages):
        for i, line in enumerate(page.lines):
            if (p, i) == (label.page, label.line):
                continue
            text = line.text.lower()
            if _STRONG_CALLS and _STRONG_CALL_WORDS.search(text):
                # 'Arab Hall call sheet' prints no 'all call': a phrase starts a word
                first = find_time(_LIST_ITEM.sub("", line.text))
                if value is not None and first is not None and first.value == value:
                    continue
                if first is None and _notes_the_revision(label, text):
                    continue
                return True
    return False


# a numbered list's item number before a row's time ('1.  7.45am - crew call', '2) 0800 ...'):
# no part of the time ('1. 7.45' is no date)
_LIST_ITEM = lazy(r"^\s*\d{1,2}[.)]\s+(?=\d)")


def _notes_the_revision(label: Label, text: str) -> bool:
    """A line with no time that says the crew call moved, beside a revised call label
    ('AMENDED CALL: 06:30' / 'Amendment: crew call brought forward 30 min'): the same
    change told in words, no rival call."""
    return bool(REVISION_WORDS.search(label.context)) and bool(CALL_MOVED_NOTE.search(text))


# "CALL TIME 0700" alone in the header: the general call, as sure as "Crew Call"
SOLE_CALL_QUALITY = 0.95
# ... and the bare call word in Romance languages ("Convocation 06h30", "Citación 07:00"):
# as weak alone, as sure when nothing else on the sheet calls anyone
GENERIC_CALL_PHRASES = frozenset(
    {"call time", "call", "convocation", "rendez-vous", "citación", "llamado", "convocazione"}
    | {"convocatória", "citació"}
)
_STRONG_CALLS = tuple(
    p for p, q in L.CREW_CALL.items() if q >= 0.85 and p not in GENERIC_CALL_PHRASES
)
# any of them starting a word: one search a line rather than one a phrase
_STRONG_CALL_WORDS = lazy(r"(?<![^\W\d_])(?:" + "|".join(re.escape(p) for p in _STRONG_CALLS) + ")")


def _sole_generic_call(sheet: Sheet, label: Label, pieces: list[Piece], parsed: Parsed) -> bool:
    """A generic "Call Time" / "Call" label is weak because crew lists print it for everyone.
    On page 1, beside or over (a header grid's cell) a value that is nothing but one time, and
    with no other call label on the sheet (no "Crew Call", no qualified call, no second
    generic one that disagrees), it can only be the day's call."""
    if label.phrase not in GENERIC_CALL_PHRASES or label.page != 0 or not pieces:
        return False
    if ORIGINAL_WORDS.search(label.context) or _original_label(sheet, label):
        return False  # 'Original call: 7:30 AM' says the call was changed: not the day's alone
    first = pieces[0]
    own = find_time(first.text)
    if own is None or (own.value, own.start) != (parsed.value, parsed.start):
        return False  # the time came from a second piece
    if first.below and len(pieces) > 1 and not _captioned_box(sheet, pieces):
        return False  # a column of times under it: a crew list's
    rest = first.text[: parsed.start] + first.text[parsed.end :]
    rest = without_call_asides(_without_travel_aside(rest, str(parsed.value)))
    if rest.strip(" ():.,-").lower() in HOUR_WORDS:
        rest = ""  # 'godz. 8:00', '0700 hrs': the hour's word is how the time is written
    # 'Call: 8am at the side door': a memo's call line may say where, and only that
    placed = _line_call(sheet, label) == str(parsed.value)
    if (rest.strip(" ():.-") and not CHANGE_NOTE.fullmatch(rest) and not placed) or find_time(
        rest
    ) is not None:
        return False
    others = [h for h, _ in sheet.of("call") if h is not label and not sheet.tomorrow(h)]
    others = [
        h
        for h in others
        if not _says_same_call(sheet, h, parsed.value)
        and not superseded_original(sheet, h)
        and not another_days(sheet, h)
        and not _no_rival_crew(sheet, h, str(parsed.value))
    ]
    if any(h.phrase not in GENERIC_CALL_PHRASES for h in others):
        return False
    for h in others:  # another generic call (a crew list's column) must agree
        if _heads_people_calls(sheet, h, parsed.value):
            continue  # a people table's "Call" column: each row's own call
        hit = _first_time(sheet.owned.get(h, []))
        if hit is not None and hit[0].value != parsed.value:
            return False
    return not _strong_call_printed(sheet, label, parsed.value)


# a boxed call's caption: its words in type at most this share of the time's size ('CALL TIME'
# / '0700' set large / 'Client arrives 0930' set small under it)
BOX_CAPTION = 0.5
_CREW_WORDS = lazy(r"\b(?:crew|unit|all|everyone|team|call)\b", re.I)


def _captioned_box(sheet: Sheet, pieces: list[Piece]) -> bool:
    """A call label's cell under it: its time set large, alone, and under it only captions,
    lines in far smaller type that say something in words ('Client arrives 0930', 'Agency &
    client 9.00am at base') and name no crew or call: a box's note of when others come, no
    column of crew times. A caption that names the crew or a call ('Crew call 0630') is not."""
    first = pieces[0]
    size = _piece_size(sheet, first)
    if not size or find_time(first.text) is None:
        return False
    for pc in pieces[1:]:
        small = _piece_size(sheet, pc)
        if not pc.below or not small or small > BOX_CAPTION * size:
            return False
        hit = find_time(pc.text)
        words = (pc.text[: hit.start] + pc.text[hit.end :]) if hit is not None else pc.text
        if not any(ch.isalpha() for ch in words) or _CREW_WORDS.search(pc.text):
            return False
    return True


def _piece_size(sheet: Sheet, piece: Piece) -> float:
    """The largest type among a piece's words (0.0 when the words carry no size)."""
    words = sheet.pages[piece.page].lines[piece.line].words
    count = len(piece.text.split())
    return max((w.size for w in words[piece.start : piece.start + count]), default=0.0)


def _timed_row_of(sheet: Sheet, label: Label, pieces: list[Piece], kind: str) -> bool:
    """A sun label whose time is printed before it on its row, with words after it ('07h00
    Sunrise timelapse and GVs'): a running order's row, when the time of an activity named
    after the sun, while another label of the kind owns a time printed after it."""
    if not pieces or pieces[0].line != label.line or pieces[0].start >= label.start:
        return False
    if label.end >= len(sheet.pages[label.page].lines[label.line].words):
        return False  # '05:48  Sunrise': the row is the sun's own
    return any(
        pcs and pcs[0].start >= o.end and find_time(pcs[0].text) is not None
        for o, pcs in sheet.of(kind)
        if o is not label and ((o.page, o.line) != (label.page, label.line) or o.start > label.end)
    )


# 'Sunrise shot: be on the rocks by 06:45', 'Sunset scene 14 at 16:40': the sun's word naming
# a shot, a scene or a session (the work done in that light), not the sun's own time
_SUN_WORK = lazy(
    r"^(?:shots?|scenes?|sc\.?|time-?lapses?|setups?|set-ups?|sessions?|shoot(?:ing)?|plates?)\b",
    re.I,
)


def _shot_named_after_the_sun(sheet: Sheet, label: Label, kind: str) -> bool:
    """A sun label followed on its line by a word for a shot, a scene or a session, while
    another label of the kind owns a time: the time after it is the work's."""
    words = sheet.pages[label.page].lines[label.line].words
    after = " ".join(w.text for w in words[label.end : label.end + 2])
    if not _SUN_WORK.match(after):
        return False
    return any(
        pcs and find_time(pcs[0].text) is not None
        for o, pcs in sheet.of(kind)
        if o is not label and (o.page, o.line) != (label.page, label.line)
    )


MEET_PHRASES = frozenset({"meet", "meet time", "rv time", "rendezvous"})


def _without_travel_aside(rest: str, call: str) -> str:
    """A call's line without a bracketed ride to it ('7.45am on location (pick-up from Perth
    station 6.45am)'): the ride's time is the crew's way there, earlier than the call, no
    rival call. A bracket whose time is not earlier than the call stays (a rival)."""
    for m in L.TRAVEL_ASIDE.finditer(rest):
        times = [str(t.value) for t in find_times(m.group())]
        if times and all(_earlier(t, call) for t in times):
            rest = rest.replace(m.group(), " ")
    return rest


def _earlier(a: str, b: str) -> bool:
    ha, _, ma = a.partition(":")
    hb, _, mb = b.partition(":")
    if not (ha.isdigit() and ma.isdigit() and hb.isdigit() and mb.isdigit()):
        return False
    return int(ha) * 60 + int(ma) < int(hb) * 60 + int(mb)


def _line_call(sheet: Sheet, label: Label) -> str | None:
    """The time of a generic "Call:" that opens its own line (a memo's 'Call: 07h00 on location
    at the lighthouse', or a label cell's 'Call' with '09:00 at the garden gate' in the cell
    beside it), on the sheet's first page and not another day's; None otherwise."""
    if label.phrase not in GENERIC_CALL_PHRASES or label.start != 0 or label.page != 0:
        return None
    if sheet.tomorrow(label) or another_days(sheet, label):
        return None
    line = sheet.pages[label.page].lines[label.line]
    words = line.words
    after = words[label.end].text if label.end < len(words) else ""
    # 'Call:' or, in a sheet of label and value cells, 'Call' alone in its own cell
    alone = (label.start, label.end) in runs(line) and label.end < len(words)
    if not (words[label.end - 1].text.endswith(":") or after.startswith(":") or alone):
        return None
    pieces = sheet.owned.get(label, [])
    if not pieces or pieces[0].below or pieces[0].line != label.line:
        return None
    hit = find_time(pieces[0].text)
    if hit is None or hit.start != 0:
        return None
    rest = pieces[0].text[hit.end :]
    if rest.strip() and not _CALL_AT.match(rest):
        return None
    return str(hit.value)


# what may follow a memo's call time: where it is ('at the staff door', 'on location', '@ base'),
# or that it is the crew's ('crew call at the print shop')
_CALL_AT = lazy(r"\s*[-\u2013,]?\s*(?:(?:crew|unit|all)\s+call\b\s*)?(?:at|on|@|in)\b", re.I)


def _meet_before_call(sheet: Sheet, label: Label, meet: str) -> bool:
    """A meeting time ("Meet: 7.15am at the car park") with the sheet's own "Call:" line at a
    later time: the meet is where people gather to travel to the call, not the call itself."""
    if label.phrase not in MEET_PHRASES:
        return False
    calls = {t for h, _ in sheet.of("call") if h is not label and (t := _line_call(sheet, h))}
    return len(calls) == 1 and meet < next(iter(calls))


def rides_gathering(sheet: Sheet, label: Label, pieces: list[Piece]) -> bool:
    """A call label whose own bracket, before its time, names a ride ('ZBIÓRKA (bus) 07:15',
    'MEET (minibus) 6:30'): the ride's gathering, not the crew's call on set."""
    hit = find_time(pieces[0].text) if pieces else None
    return hit is not None and bool(
        L.TRAVEL_ASIDE.search(f"{_label_words(sheet, label)} {pieces[0].text[: hit.start]}")
    )


def _ride_before_call(sheet: Sheet, label: Label, pieces: list[Piece], value: str) -> bool:
    """A gathering its own bracket names as a ride ('ZBIÓRKA (bus) 07:15 - Hotel Kaszuby',
    'MEET (minibus) 6:30 at base') before a call a label names for the crew at a later time
    ('CALL EKIPY 08:00 na obiekcie'): the ride's time, the crew's way to the call, no rival."""
    if not rides_gathering(sheet, label, pieces):
        return False
    return any(
        o.quality >= CREW_LABEL and _earlier(value, t)
        for o, _ in sheet.of("call")
        if o is not label and not sheet.tomorrow(o) and (t := _time_of(sheet, o))
    )


def _sole_meet(sheet: Sheet, label: Label, pieces: list[Piece], parsed: Parsed) -> bool:
    """'MEET 9.00am at the location' said again as the running order's first row ('9.00am
    Meet, recce'), no other call label's time on the sheet: the crew's call."""
    if label.phrase not in MEET_PHRASES or not meet_said_again(sheet, label, pieces, parsed):
        return False
    others = [h for h, _ in sheet.of("call") if h is not label and not sheet.tomorrow(h)]
    if any(_time_of(sheet, h) not in ("", str(parsed.value)) for h in others):
        return False  # another call label's own time: a rival ('CREW' over names owns none)
    return not _strong_call_printed(sheet, label, parsed.value)


def _memo_call(sheet: Sheet, label: Label, value: object) -> bool:
    """A memo's one "Call:" line whose only rivals are earlier meeting times, which it
    explains, and no crew-call phrase printed elsewhere."""
    if _line_call(sheet, label) != str(value):
        return False
    others = [h for h, _ in sheet.of("call") if h is not label and not sheet.tomorrow(h)]
    timed = [(h, t) for h in others if (t := _time_of(sheet, h))]
    return (
        bool(timed)  # a meet it explains: a lone "Call:" line is _sole_generic_call's to weigh
        and all(_meet_before_call(sheet, h, t) for h, t in timed)
        and not _strong_call_printed(sheet, label, value)
    )


def _time_of(sheet: Sheet, label: Label) -> str:
    hit = _first_time(sheet.owned.get(label, []))
    return str(hit[0].value) if hit is not None else ""


def _says_same_call(sheet: Sheet, label: Label, value: object) -> bool:
    """'7:30am - Crew call at the parking lot': a running order's row whose time, before the
    call label, is the generic label's own, and that owns no other time: the same call said
    again, no rival."""
    line = sheet.pages[label.page].lines[label.line]
    before = " ".join(w.text for w in line.words[: label.start])
    first = find_time(before)
    hit = _first_time(sheet.owned.get(label, []))
    return first is not None and first.value == value and (hit is None or hit[0].value == value)


_MONEY = lazy(r"[$\u20ac\u00a3]\s?\d+(?:[.,]\d+)?")


_LIST_ROWS = 3  # lines a section heading owns when it heads a list, not one value


def _heads_table_beside_calls(sheet: Sheet, label: Label, call: str) -> bool:
    """'CREW   NAME   MOBILE   CALL': a crew word heading the first column of a people table,
    the rows' own calls under a 'Call' heading of the same row, their first rows under the
    word carrying no time (jobs: 'Fixer', 'Camera'), is no call of its own."""
    rows = sheet.owned.get(label, [])[:_LIST_ROWS]
    if len(rows) < _LIST_ROWS or any(find_time(pc.text) for pc in rows):
        return False
    return any(
        o.kind == "call"
        and o.page == label.page
        and o.line == label.line
        and o.start > label.end
        and _heads_people_calls(sheet, o, call)
        for o in sheet.labels
    )


def _no_rival_crew(sheet: Sheet, label: Label, call: str) -> bool:
    """A bare 'Crew' / 'Équipe' that is no rival to the day's generic call: a department grid's
    'Crew 7A' that gives the same time; the section's heading alone on its line over the crew
    list (it owns no time, or only the time of the block above it); 'Crew: Joe's Auto Park'
    (a parking or transport note for the crew, with no time on its line after it)."""
    if label.phrase not in L.WEAK["crew"]:
        return False
    line = sheet.pages[label.page].lines[label.line]
    run_end = next((b for a, b in runs(line) if a <= label.start < b), len(line.words))
    cells = runs(line)
    whole_cell = label.end == run_end  # the word fills its cell
    if label.end == run_end < len(line.words):  # 'Crew    7A' in a grid: the next cell
        run_end = next(b for a, b in cells if a == run_end)
    after = " ".join(w.text for w in line.words[label.end : run_end])  # its own cell
    hit = find_time(_MONEY.sub(" ", after))  # '$12 reimbursed' is no time
    if hit is not None:
        return hit.start <= 2 and str(hit.value) == call  # 'Crew 7A  Artist 9A': the same call
    if whole_cell and _heads_table_beside_calls(sheet, label, call):
        return True  # 'CREW   NAME   MOBILE   CALL': a people table's column of jobs
    if whole_cell and _running_order_who(sheet, label, call):
        return True  # '09:00 | - | Call, load in | Crew': a running order's WHO cell
    if label.end == run_end == len(line.words):
        owned = sheet.owned.get(label, [])
        if owned and len(owned) >= _LIST_ROWS and not any(find_time(pc.text) for pc in owned):
            return True  # 'CREW' over its list's rows, their calls under a 'Call' column
        return not owned or all(_over_its_label(sheet, label, pc) for pc in owned)
    return line.words[label.end - 1].text.endswith(":") or after.startswith(":")


def _running_order_who(sheet: Sheet, label: Label, call: str) -> bool:
    """A bare 'Crew' filling the last cell of a running order's row, a cell left of it holding
    the call's own time alone ('09:00 | - | Call, load in via the gate | Crew', maybe after
    another column's cells on the same line): the row's WHO entry, saying the crew is called
    then, and no rival call. It owns no time under it."""
    line = sheet.pages[label.page].lines[label.line]
    if label.end != len(line.words):
        return False
    for a, b in runs(line):
        if b > label.start:
            break
        cell = " ".join(w.text for w in line.words[a:b])
        hit = find_time(cell)
        alone = hit is not None and not (cell[: hit.start] + cell[hit.end :]).strip()
        if alone and hit is not None and str(hit.value) == call:
            return not any(find_time(pc.text) for pc in sheet.owned.get(label, []))
    return False


def _names_a_revision(sheet: Sheet, label: Label, kind: str) -> bool:
    """A label whose words say its time is a revision ('REVISED CALL', 'CALL NOW')."""
    return bool(REVISED_WORDS.search(label.context)) or (
        kind == "call" and revision_label(sheet, label)
    )


def _revised_time(
    best: Found,
    revised: list[tuple[float, Found]],
    found: list[tuple[float, Found]],
    name: str,
    replaced: set[str] = frozenset(),  # type: ignore[assignment]
) -> Found:
    """A time printed as a revision is the day's: under a label as strong as any other it
    settles their disagreement ("CREW CALL CHANGED TO 6:30" over "CREW CALL 7:00"); under a
    weaker one it wins unconfirmed (the crew is told it, but the sheet says two things),
    unless the revision names what it replaces: every other time ("moved from 0700 to 0800"
    with 0700 printed below), or the call printed elsewhere ("this supersedes the crew call
    printed below")."""
    values = {f.value for _, f in revised}
    if best.value is not None and len(values) > 1:  # two revisions that disagree
        times = ", ".join(sorted(str(v) for v in values))
        return Found(best.value, min(best.conf, 0.8), best.warning or f"{name}: revised to {times}")
    if best.value is None or len(values) != 1:
        return best
    strongest = max(q for q, _ in found)
    quality, late = max(revised, key=lambda r: (r[0], r[1].conf))
    others = sorted({str(f.value) for _, f in found if f.value != late.value})
    if not others:
        return best
    warning = f"{name}: revised to {late.value}, {', '.join(others)} printed elsewhere"
    if _ANY_OTHER in replaced or set(others) <= replaced:
        # the revision takes the place of the call it names: as sure as that call's label
        return Found(late.value, max(f.conf for _, f in found), warning)
    if quality >= strongest - AGREE_MARGIN:
        return Found(late.value, late.conf, warning)
    return Found(late.value, min(best.conf, 0.8), warning)


REVISION_STRENGTH = 0.85  # a revised call label against a crew call not named replaced


def superseded_original(sheet: Sheet, label: Label) -> bool:
    """A call label that names itself the original, previous or old call, on a sheet where a
    revised (amended, updated, new) call label gives another time: the time it owns is the
    one replaced, no rival to the revision. Without such a revision it stays a rival."""
    if not _original(sheet, label):
        return False
    own = _first_time(sheet.owned.get(label, []))
    if own is None:
        return False
    for other, pieces in sheet.of("call"):
        if other is label or _original(sheet, other) or sheet.tomorrow(other):
            continue
        if not (REVISION_WORDS.search(other.context) or revision_label(sheet, other)):
            continue
        hit = _first_time(pieces)
        if hit is not None and hit[0].value != own[0].value:
            return True
    return False


def _original(sheet: Sheet, label: Label) -> bool:
    """A call label that names itself the replaced call, in its run or its own words."""
    named = _original_label(sheet, label) or ORIGINAL_WORDS.search(label.context)
    return bool(named) and not (
        REVISION_WORDS.search(label.context) or revision_label(sheet, label)
    )


def _label_words(sheet: Sheet, label: Label) -> str:
    words = sheet.pages[label.page].lines[label.line].words[label.start : label.end]
    return " ".join(w.text for w in words)


def revision_label(sheet: Sheet, label: Label) -> bool:
    """'AMENDED CALL TIME', 'CALL NOW', 'Nowa godzina zbiórki': the label's own words."""
    return names_revision(_label_words(sheet, label))


def _original_label(sheet: Sheet, label: Label) -> bool:
    """'Prior call', 'Originally called', 'Citación anterior': the label's own words."""
    return names_original(_label_words(sheet, label))


_ANY_OTHER = "*"  # a revision that replaces every other time of its kind
_SUPERSEDES = lazy(
    r"\b(?:supersedes?|replaces?|overrides?|instead\s+of)\b[^.;]{0,40}?\bcalls?\b", re.I
)


def _replaced(pieces: list[Piece]) -> set[str]:
    """The old time a revision written out names: '08:00' of 'moved from 08:00 to 07:30', of
    'was 08:00, now 07:30' (``CALL_CHANGE``), or of '07:30 (was 07:00)'."""
    out = set()
    for pc in pieces[:2]:
        m = CALL_CHANGE.search(pc.text)
        if m is not None and _changed_to(pc.text) is not None:
            old = find_time(_old_group(m) or pc.text[: m.start()])
            if old is not None:
                out.add(str(old.value))
        for was in _WAS.finditer(pc.text):
            old = find_time(was.group(1))
            if old is not None:
                out.add(str(old.value))
    return out


_WAS = lazy(r"\(\s*(?:was|previously|formerly)\s+([^()]{1,12})\)", re.I)


def _supersedes(sheet: Sheet, label: Label) -> bool:
    """A revision's own line, or the line under it, says it replaces the call printed
    elsewhere ('*** REVISED CALL: 7:30 AM ***' / 'this supersedes the crew call printed
    below')."""
    lines = sheet.pages[label.page].lines[label.line : label.line + 2]
    return any(_SUPERSEDES.search(line.text) for line in lines)


_ALIAS_WORDS = 4  # 'on set', 'wejście na plan', 'start on location'


def _slashed_alias_time(sheet: Sheet, label: Label) -> tuple[Parsed, bool] | None:
    """'Crew call / on set: 7:00', 'Zbiórka ekipy / wejście na plan: 7:00': a call label given
    a second name across a slash, the colon after that name and the time after the colon; the
    second name's words ('set', 'plan') may read as another label that took the value from
    it. None unless the alias is a few words with no digit, a colon closes it and a time opens
    what follows, and no time label stands among its words ('Call / Lunch: 12:30')."""
    words = sheet.pages[label.page].lines[label.line].words
    if label.end >= len(words) or words[label.end].text not in ("/", "|"):
        return None
    for k in range(label.end + 1, min(len(words), label.end + 1 + _ALIAS_WORDS)):
        text = words[k].text
        if any(ch.isdigit() for ch in text):
            return None
        if not text.endswith(":"):
            continue
        rest = " ".join(w.text for w in words[k + 1 :])
        hit = find_time(rest)
        if hit is None or rest[: hit.start].strip():
            return None
        timed = any(
            o.page == label.page
            and o.line == label.line
            and label.end < o.start <= k
            and o.kind in ("call", "other_time", "sunrise", "sunset")
            for o in sheet.labels
        )
        return None if timed else (hit, False)
    return None


def _translated(sheet: Sheet, label: Label) -> bool:
    """'Lever du soleil / sunrise 6h44': a label followed across a slash by another label of
    its kind is the same cell in two languages; the second one owns the value."""
    words = sheet.pages[label.page].lines[label.line].words
    return (
        label.end < len(words)
        and words[label.end].text in ("/", "|")
        and any(
            o.kind == label.kind
            and o.page == label.page
            and o.line == label.line
            and o.start == label.end + 1
            for o in sheet.labels
        )
    )


def wrap_time(sheet: Sheet) -> str | None:
    """The printed wrap time (labels.WRAP, each read by the cell its label owns), when exactly
    one distinct wrap time of this day is printed."""
    times = set()
    for h, pieces in sheet.of("other_time"):
        if h.phrase not in L.WRAP or sheet.tomorrow(h):
            continue
        row = _row_time(sheet, h) if _own_time(h, pieces) is None else None
        hit = _first_time(pieces) if row is None else None
        if hit is not None and _half_day_unsaid(pieces, hit[0]):
            continue  # 'wrap approx 5.30': 05:30 or 17:30, no check of the call either way
        if row is not None or hit is not None:
            times.add(row or hit[0].value)
    return times.pop() if len(times) == 1 else None


# A time with a one-digit hour and neither am / pm nor a 24-hour clock's mark ('h', 'hrs'):
# '5.30', '5:30' is half past five in the morning or the evening
_HALF_DAY_UNSAID = lazy(r"[1-9][.:][0-5]\d")


def _half_day_unsaid(pieces: list[Piece], parsed: Parsed) -> bool:
    """The time read from the label's pieces is printed as '5.30': which half of the day it
    is the sheet does not say."""
    return any(
        _HALF_DAY_UNSAID.fullmatch(pc.text[parsed.start : parsed.end]) is not None
        and not re.match(r"\s*(?:h|hrs?|uhr)\b", pc.text[parsed.end :], re.I)
        for pc in pieces[:2]
        if (found := find_time(pc.text)) is not None and found == parsed
    )


def _own_time(label: Label, pieces: list[Piece]) -> str | None:
    """'0700 hrs   WRAP (EST.) 1800 hrs': the time printed right after the label on its own
    line, its cell's value; a time before the label on that line is then another box's (the
    call's big time beside it), not a running order's row."""
    first = pieces[0] if pieces else None
    if first is None or first.below or first.line != label.line or first.page != label.page:
        return None
    text = re.sub(r"^\([^()]{1,12}\)\s*", "", first.text)  # 'WRAP (est.) 1900 hrs'
    parsed = find_time(text)
    return parsed.value if parsed is not None and parsed.start == 0 else None


def _label_hit(
    sheet: Sheet, label: Label, pieces: list[Piece], kind: str, bare: bool
) -> tuple[Parsed, bool] | None:
    """The time a label of ``kind`` owns: a running order's row's own time for a crew call
    named in that row, else the first time of its text (or the one read past it)."""
    if kind == "call" and (row := _running_order_call(sheet, label, pieces)) is not None:
        return row
    return _first_time(pieces, bare=bare, today=sheet.about_the_day(label)) or _no_time_read(
        sheet, label, pieces, kind
    )


def _running_order_call(
    sheet: Sheet, label: Label, pieces: list[Piece]
) -> tuple[Parsed, bool] | None:
    """'0700 hrs - Crew call - -', '6:00 AM  Unit call': a crew-call label in a running order's
    row, the row's own time printed before it on its line with nothing else, and nothing to
    read after it on that line (dashes for empty cells): the row's time is its value, never
    the next row's text under it ('EXT. PALACE - 1920s PARTY', 'VERANDAH - 1905'). A running
    order printed time first in two columns holds two rows a line ('06:30 Breakfast   07:00
    CREW CALL @ base   08:15 Rehearsal'): there the time right before the label is its row's
    (``_second_column_row``)."""
    line = sheet.pages[label.page].lines[label.line]
    before = " ".join(w.text for w in line.words[: label.start]).strip()
    parsed = find_time(before) if before else None
    if parsed is not None and not (
        before[: parsed.start].strip() or _after_row_time(before[parsed.end :])
    ):
        if next_row_after(line, label):
            return parsed, False
        if pieces and not pieces[0].below and re.sub(r"[-\u2013\u2014\s]", "", pieces[0].text):
            return None
        return parsed, False
    return _second_column_row(line, label)


_ROW_TIME_WORDS = 3  # '07:00', '7:00 AM', '7 : 00 AM': the words a row's time may take
_LETTERS = lazy(r"[^\W\d_]{2,}")


def next_row_after(line: Line, label: Label) -> bool:
    """What follows a crew-call label on its line is the next row of a time-first running
    order: a time followed by its own words ('08:15 Rehearsal'), not a bare time (the label's
    own value, 'Crew call 07:00')."""
    after = " ".join(w.text for w in line.words[label.end :]).strip()
    hit = find_time(after) if after else None
    return hit is not None and not hit.start and bool(_LETTERS.search(after[hit.end :]))


def _second_column_row(line: Line, label: Label) -> tuple[Parsed, bool] | None:
    """'06:30 Breakfast bento   07:00 CREW CALL @ location', '07:30 ALL CREW CALL   08:15
    Rehearsal': a running order printed time first in two columns, so that a line holds two
    rows. The line opens with a row's time and its words, the crew-call label follows a time
    directly, and what follows the label on its line is nothing, a note with no time or the
    next row (``next_row_after``): the time before the label is its row's. A label-first line
    ('Breakfast 06:30  Crew call 07:00') does not open with a time; a bare time after the label
    is the label's own value."""
    words = line.words
    opening = find_time(" ".join(w.text for w in words[: min(_ROW_TIME_WORDS, label.start)]))
    if opening is None or opening.start:
        return None
    row, at = None, label.start
    for k in range(label.start - 1, max(0, label.start - _ROW_TIME_WORDS - 1), -1):
        text = " ".join(w.text for w in words[k : label.start])
        hit = find_time(text)
        if hit is not None and not hit.start and not text[hit.end :].strip(" -:\u2013"):
            row, at = hit, k
    first_row = " ".join(w.text for w in words[:at])
    if row is None or not _LETTERS.search(first_row[opening.end :]):
        return None  # no row of its own before the label's
    after = " ".join(w.text for w in words[label.end :])
    if find_time(after) is not None and not next_row_after(line, label):
        return None  # 'Crew call 07:00': the label's own time after it
    return row, False


def _row_time(sheet: Sheet, label: Label) -> str | None:
    """'1700  Wrap' in a running order: the row's own time, printed before the label with
    nothing else, is the label's value (not the next line's 'Sunrise is 06:24')."""
    line = sheet.pages[label.page].lines[label.line]
    before = " ".join(w.text for w in line.words[: label.start]).strip()
    parsed = find_time(before) if before else None
    if parsed is None or before[: parsed.start].strip() or _after_row_time(before[parsed.end :]):
        return None
    return parsed.value


def _after_row_time(rest: str) -> str:
    """What follows a row's time before its label, less dashes and the word for hour ('7.30 uur
    Call crew', '07.00 Uhr  Drehbeginn'): empty when the time stands alone in its cell."""
    rest = rest.strip(" -:\u2013")
    return "" if rest.lower().strip(".") in HOUR_WORDS else rest


def _best(
    found: list[tuple[float, Found]], name: str, unread: Sequence[tuple[float, str]] = ()
) -> Found:
    """The most confident find among the strongest labels; weaker labels are explained away.

    A rival is another value read under a label as strong as the best one, or such a label
    whose value was not read at all (``unread``: its strength and phrase).
    """
    if not found:
        return NOTHING
    strongest = max(q for q, _ in found)
    strong = sorted((f for q, f in found if q >= strongest - AGREE_MARGIN), key=lambda f: -f.conf)
    top = strong[0]
    rivals = {f.value for f in strong if f.value != top.value}
    if rivals:
        listed = ", ".join(sorted(str(r) for r in rivals))
        return Found(top.value, min(top.conf, 0.5), f"{name}: {top.value} or {listed}?")
    blank = sorted({p for q, p in unread if q >= strongest - AGREE_MARGIN})
    if blank:
        said = ", ".join(f"'{p}'" for p in blank)
        warning = f"{name}: {top.value}, or the time of {said} that could not be read?"
        return Found(top.value, min(top.conf, 0.5), warning)
    if top.conf < 0.85:
        return Found(top.value, top.conf, f"{name}: read with low confidence")
    return top
