"""Entry point: PDF bytes in, a DocumentResult with one Day per shooting day out.

A sheet with no readable date or call time is returned as a Day with those fields null, a
warning naming them and an overall confidence below 0.85, rather than raised as an error: the
person reviewing it can still use the location, hospital and scenes that were read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.reader import fields as F
from pipeline.extract.reader import labels as L
from pipeline.extract.reader import prose as P
from pipeline.extract.reader import schedule as S
from pipeline.extract.reader.address_parts import ends_on_county
from pipeline.extract.reader.addresses import find_addresses
from pipeline.extract.reader.bounds import bounded_pages
from pipeline.extract.reader.call_clash import checked as clash_checked
from pipeline.extract.reader.call_lists import (
    crew_call_in_list,
    crew_call_in_timeline,
    crew_call_in_timetable,
)
from pipeline.extract.reader.classify import region, us_date_order, verdict
from pipeline.extract.reader.date_order import date_order
from pipeline.extract.reader.dept_calls import (
    DEPT_ROW,
    SHARED_CALL,
    crew_row_call,
    shared_call_column,
)
from pipeline.extract.reader.layout import all_lines
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.letterhead import company_text
from pipeline.extract.reader.model import (
    CastCall,
    Day,
    DocumentResult,
    Hospital,
    Limits,
    Line,
    PageText,
    Place,
)
from pipeline.extract.reader.night_dates import DOUBTED, small_hours_doubt
from pipeline.extract.reader.not_a_place import places_only
from pipeline.extract.reader.pdfread import read_pdf
from pipeline.extract.reader.quoted import unquote
from pipeline.extract.reader.rows import cast_calls, contacts, parse_scene, scene_type
from pipeline.extract.reader.sanity import ReadContext, check_day
from pipeline.extract.reader.scene_set import scene_headed_set
from pipeline.extract.reader.schedule_day import schedule_day
from pipeline.extract.reader.scoring import SAFE, complete, overall, warnings_for
from pipeline.extract.reader.shorthand import call_at, clause_call, slash_segments
from pipeline.extract.reader.shorthand import sun_pair as shorthand_sun
from pipeline.extract.reader.studio_lot import stage_set
from pipeline.extract.reader.told_day import told_day
from pipeline.extract.reader.town_lines import street_town_address
from pipeline.extract.reader.unit_calls import UNIT_IN_BOX, unit_in_call_box
from pipeline.extract.reader.unlabelled import SHAPE, hospital_block, sun_pair

OCR_CAP = 0.8  # text read by OCR is never trusted enough to be confirmed without a person
LISTED = 0.9  # the crew's time in a line listing several calls, named for the crew
TIMELINE = 0.9  # the crew's time in a running order's row that names the crew's call
TIMETABLE = 0.85  # ... in a timetable's row, the call in a cell after the place's
_CAST_HEADING = lazy(r"^(cast|obsada|aktorzy|talent)\b", re.I)


def extract_document(
    data: bytes,
    *,
    filename: str | None = None,
    limits: Limits | None = None,
    context: ReadContext | None = None,
) -> DocumentResult:
    """Read a call sheet, shooting schedule or other PDF.

    Parameters
    ----------
    data:
        The PDF file's bytes.
    filename:
        The attachment's name, used only in messages.
    limits:
        Size, page, time and text caps; ``Limits()`` when omitted.
    context:
        The email's date and the user's zone, for the sanity checks that need them.

    Returns
    -------
    DocumentResult
        ``document_type`` and one ``Day`` per shooting day (none for 'other').

    Raises
    ------
    ExtractError
        For a file that is empty, not a PDF, encrypted, damaged, too big, too long, or too slow.
    """
    return read_document(data, limits=limits, context=context)[0]


def read_document(
    data: bytes, *, limits: Limits | None = None, context: ReadContext | None = None
) -> tuple[DocumentResult, tuple[PageText, ...]]:
    """``extract_document``'s result with the positioned words it was read from (the extract
    stage keeps them to learn a production's layout from a person's correction)."""
    read = read_pdf(data, limits or Limits())
    pages, _ = bounded_pages(read.pages)  # the cleaned, capped words the finders see
    return interpret(read.pages, list(read.warnings), context, made=read.made), tuple(pages)


def interpret(
    pages: Sequence[PageText],
    notes: list[str],
    context: ReadContext | None = None,
    *,
    made: dt.date | None = None,
) -> DocumentResult:
    """Pure part: classify positioned text and read its days.

    The words are cleaned and capped first (``bounds``): every finder below sees only those.
    ``made`` is the file's own date (its metadata), the last clue to a year not printed.
    """
    pages, cut = bounded_pages(pages)
    pages, quote = unquote(pages)  # a sheet quoted under an e-mail reply: its "> " marks off
    notes = [*notes, *cut]
    text = "\n".join(line.text for line in all_lines(pages))
    blocks = S.split_days(pages)
    found = verdict(text, bool(blocks))
    kind = found.kind
    code = region(text)
    ocr_factor = _ocr_factor(pages)
    if kind == "other":
        return DocumentResult("other", (), tuple(notes), found.reason)
    if kind == "shooting_schedule":
        production = F.production(pages)
        days = tuple(schedule_day(b, production, ocr_factor, notes) for b in blocks)
        return DocumentResult(kind, tuple(check_day(d, None, context) for d in days), tuple(notes))
    sheet = F.Sheet(pages, quote, made=made)
    order = date_order(code, us_date_order(code, text), text)  # 'ORDINE DEL GIORNO': day first
    day = _call_sheet_day(sheet, code, order, ocr_factor, notes)
    day = check_day(day, None, context, wrap=F.wrap_time(sheet), lines=text.splitlines())
    return DocumentResult(kind, (day,), tuple(notes))


def _ocr_factor(pages: Sequence[PageText]) -> float:
    confs = [w.conf for p in pages if p.ocr for ln in p.lines for w in ln.words]
    if not any(p.ocr for p in pages):
        return 1.0
    if not confs:
        return 0.0
    return min(sum(confs) / len(confs), OCR_CAP)


def _cast_section(lines: Sequence[Line]) -> tuple[CastCall, ...]:
    start = next((i for i, ln in enumerate(lines) if _CAST_HEADING.match(ln.text)), None)
    return tuple(cast_calls(lines[start + 1 :])) if start is not None else ()


def _finder_warnings(found: dict[str, F.Found], ocr_factor: float) -> list[str]:
    warns = [f.warning for f in found.values() if f.warning]
    if ocr_factor < 1.0:
        warns.append(f"read by OCR (mean word confidence {ocr_factor:.2f}); check every field")
    return warns


def _from_sentences(
    pages: Sequence[PageText],
    found: dict[str, F.Found],
    sets: list[tuple[Place, float]],
    warns: list[str],
    hospital: tuple[Hospital | None, float],
    not_ours: frozenset[tuple[int, int]] = frozenset(),
) -> tuple[Hospital | None, float]:
    """Fields no label gave, read from the sheet's running text (a call sheet written as a
    letter, prose.py), each at a confidence that sends the day to a person; the crew's time of a
    line listing several calls (call_lists.py)."""
    text = P.running_text(pages)
    if found["call_time"].value is None:  # "CALLS: HMU 5.45am / CREW 6.45am"
        listed = crew_call_in_list(ln.text for page in pages for ln in page.lines)
        if listed is not None:
            found["call_time"] = F.Found(listed, LISTED, None)
    if found["call_time"].value is None and (boxed := unit_in_call_box(pages)) is not None:
        found["call_time"] = F.Found(boxed[0], UNIT_IN_BOX, boxed[1])  # 'Location unit 07:00 ·'
    _sun_from_sentences(pages, found, text, ("call_time", "sunrise", "sunset"))
    if (
        not sets
        and (
            read := P.set_address(
                P.running_text(_without_lines(pages, not_ours), columns=True),
                company_text(pages),
                P.scene_rooms(pages),
                told=_told_ok(pages),
            )
        )
        is not None
    ):
        address, sure = read
        sets.append((Place(None, address), sure))
        if sure == P.OFFICE:
            warns.append(
                "location: the only address read is the production company's (letterhead or "
                "footer), not a set's"
            )
        elif sure < P.CUED:
            warns.append("location: read from running text (the first address of the set)")
    if hospital[0] is None and (named := P.hospital_named(text)) is not None:
        return Hospital(named[0], named[1], None), P.PROSE
    return hospital


def _said_together(
    pages: Sequence[PageText],
    found: dict[str, F.Found],
    sets: list[tuple[Place, float]],
    warns: list[str],
    not_ours: frozenset[tuple[int, int]],
) -> list[tuple[Place, float]]:
    """The call and the set read from running text, as sure as a one-liner's "Call 0730 @
    <whole address>", when one sentence says both ('Call is 7:00am at the stage door of the
    Corn Exchange, 12 Market St, Leeds LS1 6DH', prose.call_sentence), the text calls no one at
    any other time (no second call, meeting or everyone's time) and names no other address
    that may be the set."""
    call = found["call_time"]
    read = call.conf == P.PROSE or (
        call.conf >= SAFE and not call.warning
    )  # a sentence's, a label's
    if call.value is None or not read or not sets or sets[0][1] != P.PROSE:
        return sets
    text = P.running_text(_without_lines(pages, not_ours), columns=True)
    said = P.call_sentence(text)
    if said is None or said[0] != call.value:
        return sets
    place = sets[0][0]
    told = _told_ok(pages)
    candidates = P.set_candidates(text, company_text(pages), P.scene_rooms(pages), told=told)
    if [_squeezed(c) for c in candidates] != [_squeezed(place.address)]:
        return sets
    if _squeezed(said[1]) != _squeezed(place.address):
        return sets
    lines = [ln.text for page in pages for ln in page.lines]
    others = {*P.meet_times(lines), *P.everyone_calls(P.running_text(pages))} - {call.value}
    if others:
        return sets
    found["call_time"] = F.Found(call.value, max(call.conf, SHORTHAND), None)
    warns[:] = [w for w in warns if not w.startswith("location: read from running text")]
    return [(place, SHORTHAND), *sets[1:]]


def _squeezed(text: str | None) -> str:
    """An address compared without its commas and spacing."""
    return re.sub(r"[\s,]+", " ", text or "").strip()


def _without_lines(
    pages: Sequence[PageText], drop: frozenset[tuple[int, int]]
) -> Sequence[PageText]:
    """The pages without the lines ``drop`` names (page, line): another unit's reference lines
    on this unit's sheet are no sentence naming its set."""
    if not drop:
        return pages
    return [
        replace(page, lines=tuple(ln for i, ln in enumerate(page.lines) if (p, i) not in drop))
        for p, page in enumerate(pages)
    ]


def _told_ok(pages: Sequence[PageText]) -> bool:
    """A message's "tomorrow" is its stamp's next day (told_day.py): the day it speaks of."""
    told = told_day(pages)
    return told is not None and told.agrees


def _today_lines(sheet: F.Sheet) -> list[str]:
    """The day's own lines: not under an advance heading, not a line that speaks of tomorrow."""
    return [
        ln.text
        for p, page in enumerate(sheet.pages)
        for ln in page.lines
        if not sheet.in_advance(p, ln.top, ln.x0) and not F.speaks_of_tomorrow(ln.text)
    ]


def _today_runs(sheet: F.Sheet, told: bool) -> list[Line]:
    """The day's own lines as lines (not under an advance heading; with ``told``, a message's
    'tomorrow' that is its own day, a line that speaks of tomorrow too)."""
    return [
        ln
        for p, page in enumerate(sheet.pages)
        for ln in page.lines
        if not sheet.in_advance(p, ln.top, ln.x0) and (told or not F.speaks_of_tomorrow(ln.text))
    ]


def _timeline_call(sheet: F.Sheet) -> str | None:
    """The crew's call from a running order's row ("1:00 PM [FILM] Film crew call")."""
    return crew_call_in_timeline(_today_lines(sheet), L.CREW_CALL)


def _timetable_call(sheet: F.Sheet) -> str | None:
    """The crew's call from a timetable's row ('5:30 | Stara Karczma | ZBIÓRKA EKIPY, kawa')."""
    return crew_call_in_timetable(_today_runs(sheet, False), L.CREW_CALL)


SHORTHAND = 0.9  # "Call 0730 @ <venue>, <whole address>", "SR 0712 / SS 1640": as a label's
_BASE_WORDS = lazy(r"\b(?:unit\s+base|base(?:camp)?|parking|car\s+park|truck|office)\b", re.I)


def _street_and_postcode(text: str) -> bool:
    """A street and a postcode in ``text``, even parted by a postal district ("Jones' Road,
    Dublin 3, D03 P6K7"): the place the call names is whole."""
    found = find_addresses(text)
    return any(a.street for a in found) and any(a.postcode for a in found)


def _street_to_county(text: str) -> bool:
    """'Keem Strand, Keem Road, Dooagh, Achill Island, Co. Mayo': a place, its street and its
    town down to the Irish county that ends it (Irish addresses often print no Eircode): as
    whole as a street and postcode (place_finder.one_address reads a set's block so too)."""
    return ends_on_county(text) and street_town_address(text, named=True)


def _one_liner(
    sheet: F.Sheet, found: dict[str, F.Found], sets: list[tuple[Place, float]]
) -> list[tuple[Place, float]]:
    """A one-liner's shorthand (shorthand.py) for the call, set and sun no label gave. The
    place after "@" is the set only when it is not the unit base, and sure only when whole."""
    lines = _today_lines(sheet)
    told = told_day(sheet.pages)
    told_ok = told is not None and told.agrees
    if told_ok:
        # a message's "tomorrow 14/10" that is its stamp's next day: its lines are the day's
        lines = [
            ln.text
            for p, page in enumerate(sheet.pages)
            for ln in page.lines
            if not sheet.in_advance(p, ln.top, ln.x0)
        ]
    hit = call_at(lines, told=told_ok)
    if hit is None:  # a message typed on a phone, wrapped, its facts parted by slashes
        hit = call_at(slash_segments(_today_runs(sheet, told_ok)), told=told_ok)
    # a sentence's clause ('2026. Call 07h30 @ unit base') is read at PROSE: a person checks;
    # the place it names is the set only when whole ('general call 7:30a at Cinemapolis, 120 E
    # Green St, Ithaca, NY 14850'), though a label read the call
    unread = found["call_time"].value is None
    if unread and hit is not None:
        found["call_time"] = F.Found(hit.time, SHORTHAND if hit.opens else P.PROSE, None)
    if found["call_time"].value is None and (said := clause_call(lines, told=told_ok)):
        found["call_time"] = F.Found(said, P.PROSE, "call_time: read from running text")
    if hit is not None and hit.place and not sets and not _BASE_WORDS.search(hit.place):
        whole = _street_and_postcode(hit.place) or _street_to_county(hit.place)
        clause = not hit.opens and whole and found["call_time"].value == hit.time
        if unread or clause:
            sets = [(Place(hit.name, hit.place), SHORTHAND if whole and hit.opens else P.PROSE)]
    if (
        hit is not None
        and hit.place
        and sets
        and _rooms_only(sets[0])
        and not _BASE_WORDS.search(hit.place)
        and (_street_and_postcode(hit.place) or F.continental_address(hit.place))
    ):
        # 'Call 0730 @ Utzon Center, Slotspladsen 4, 9000 Aalborg' over 'Set: Main hall and the
        # harbour terrace': the set label names rooms of the place the call gives whole
        sets = [(Place(hit.name, hit.place), SHORTHAND), *sets[1:]]
    if found["sunrise"].value is None and found["sunset"].value is None:
        pair = shorthand_sun(lines)
        if pair is not None and F.plausible_sun("sunset", pair[1]):
            found["sunrise"] = F.Found(pair[0], SHORTHAND, None)
            found["sunset"] = F.Found(pair[1], SHORTHAND, None)
    return sets


def _rooms_only(read: tuple[Place, float]) -> bool:
    """A set read in doubt with no number in it (no street number, no postcode): rooms or a
    part of a place ('Stora salen, stage and the foyer'), no address."""
    place, quality = read
    return quality < SAFE and not re.search(r"\d", place.address or "")


_TABLES = {"call_time": L.CREW_CALL, "sunrise": L.SUNRISE, "sunset": L.SUNSET}


def _sun_from_sentences(
    pages: Sequence[PageText],
    found: dict[str, F.Found],
    text: str | None = None,
    names: tuple[str, ...] = ("sunrise", "sunset"),
) -> None:
    """The times no label gave that the running text names ('Sunset is at 8:01 p.m.'), each
    at a confidence that sends the day to a person."""
    text = P.running_text(pages) if text is None else text
    lines = [ln.text for page in pages for ln in page.lines]
    read: list[str] = []
    for name in names:
        if found[name].value is None:
            value = P.time_after(text, [p for p, q in _TABLES[name].items() if q >= 0.9])
            sure = P.PROSE
            said: list[str] = []
            if value is None and name == "call_time":
                said = P.everyone_calls(text)  # "Call time for everyone is 9am"
                value = said[0] if said else None
            if value is None and name == "call_time":  # "Meet 0730 at <place>"
                said = P.meet_times(lines)
                value = said[0] if said else None
            if value is not None and P.call_confirmed(lines, value, said):
                sure = CALL_ROW  # ... and the running order's "0730  Meet, load"
            if value is not None and F.plausible_sun(name, value):  # not a wrap past midnight
                found[name] = F.Found(value, sure, f"{name}: read from running text")
                read.append(name)
    _sun_pair(found, read)


CALL_ROW = 0.88  # a memo's one meeting or call time, repeated by its running order's row
SUN_SENTENCE = 0.85  # 'Sunrise is 06:24 and sunset 20:27': each time right after its word


def _sun_pair(found: dict[str, F.Found], read: list[str]) -> None:
    """A sun time read from a sentence right after its word ('... and sunset 20:27'), when
    the other sun time is read too and the two make a day (sunrise in the morning, sunset
    after noon): as sure as a label's."""
    rise, fall = found["sunrise"], found["sunset"]
    if not {"sunrise", "sunset"} & set(read) or rise.value is None or fall.value is None:
        return
    if rise.conf < P.PROSE or fall.conf < P.PROSE:
        return
    if not ("03:00" <= str(rise.value) <= "10:30" and "15:00" <= str(fall.value) <= "23:30"):
        return
    for name in ("sunrise", "sunset"):
        if name in read:
            found[name] = F.Found(found[name].value, SUN_SENTENCE, None)


_PLACE_KINDS = ("location", "base", "hospital")


def _by_shape(
    sheet: F.Sheet,
    found: dict[str, F.Found],
    hospital: tuple[Hospital | None, float],
    code: str | None,
    warns: list[str],
) -> tuple[Hospital | None, float]:
    """The sun's times and the hospital that no label and no sentence gave, read by their
    shape (an app's icon-only cards, unlabelled.py), each at a confidence a person checks."""
    if found["sunrise"].value is None and found["sunset"].value is None:
        pair = sun_pair(sheet.pages)
        if pair is not None:
            note = "read by their shape (two times over the weather, no label)"
            found["sunrise"] = F.Found(pair[0].value, SHAPE, f"sunrise: {note}")
            found["sunset"] = F.Found(pair[1].value, SHAPE, None)
    if hospital[0] is not None:
        return hospital
    taken = {
        (pc.page, pc.line)
        for h, pieces in sheet.owned.items()
        if h.kind in _PLACE_KINDS
        for pc in pieces
    }
    named = hospital_block(sheet.pages, code, taken)
    if named is None:
        return hospital
    warns.append("hospital: read by its name and address (no label)")
    return named, SHAPE


def _on_a_stage(
    sets: list[tuple[Place, float]], pages: Sequence[PageText], code: str | None
) -> list[tuple[Place, float]]:
    """The lot's address under the day's stage heading as the set, when no label gave a set
    with an address of its own at a confidence (only a room's name: "Set: the control room")."""
    if sets and (sets[0][1] >= SAFE or sets[0][0].address != sets[0][0].name):
        return sets
    stage = stage_set(pages, code) or scene_headed_set(pages)
    if stage is None:
        return sets
    return [stage, *(s for s in sets if s[0].address != stage[0].address)]


ADDRESS_ALONE = 0.9  # the one 'Address:' label of a sheet that names no set by any other label


def _address_as_set(sheet: F.Sheet) -> list[tuple[Place, float]]:
    """'Address: Band on the Wall, 25 Swan St, Manchester M4 5JZ' on a sheet with no set label:
    an address label that heads its line and completes no other place (a hospital's, a base's)
    names where the day is, when it is the only one and gives a whole address. Two such labels
    leave the set to a person."""
    read = [
        (place, q)
        for place, q in F.places(sheet, "address")[0]
        if place.address and F.whole_address(place.address)
    ]
    paired = set(sheet.address_of.values())
    starts = [h for h, _ in sheet.of("address") if h.start == 0 and h not in paired]
    if len(read) != 1 or len(starts) != 1:
        return []  # none, or which one? the running text may tell (prose.py)
    return [(read[0][0], min(read[0][1], ADDRESS_ALONE))]


def _with_crew_row(sheet: F.Sheet, call: F.Found) -> F.Found:
    """The crew's row of a department call table ("ALL CREW 07:00") beside the call the labels
    gave: it replaces a call read at a low confidence (a generic "Call" heading the table's
    first row), agrees with one or puts a confident one that differs in doubt."""

    def skip(p: int, ln: Line) -> bool:
        return sheet.in_advance(p, ln.top, ln.x0) or F.speaks_of_tomorrow(ln.text)

    row = crew_row_call(sheet.pages, L.CREW_CALL, skip)
    if row is None and call.value is None:
        # no call label and no crew row: the CALL column the departments share beside their
        # PRE-CALL column ("Art dept  6.30am  7.30am", "Camera  -  7.30am")
        shared = shared_call_column(sheet.pages, skip)
        if shared is not None:
            return F.Found(shared, SHARED_CALL, None)
    if row is None or row == call.value:
        return call
    if call.value is not None and call.warning and row in call.warning:
        # 'call_time: 06:30 or 05:00, 07:00?': the finders weighed the crew's row against a
        # stronger label and doubted it; the row settles nothing a label contradicts
        return call
    if call.value is None or call.conf < SAFE:
        return F.Found(row, DEPT_ROW, None)
    return F.Found(call.value, min(call.conf, 0.5), f"call_time: {call.value} or {row}?")


def _doubt_night(found: dict[str, F.Found]) -> None:
    """A night over two dates read as its first day, with a call in the morning: which day?"""
    date, call = found["shooting_date"], found["call_time"]
    doubt = small_hours_doubt(date.warning, call.value)  # type: ignore[arg-type]
    if doubt is not None:
        found["shooting_date"] = F.Found(date.value, min(date.conf, DOUBTED), doubt)


def _call_sheet_day(
    sheet: F.Sheet, code: str | None, month_first: bool | None, ocr_factor: float, notes: list[str]
) -> Day:
    pages = sheet.pages
    found = {
        "production": F.production(pages, sheet),
        "shooting_day": F.shooting_day(pages),
        "shooting_date": F.shooting_date(sheet, month_first),
        "call_time": F.labelled_time(sheet, "call", "call_time"),
    }
    if found["call_time"].value is None and (timed := _timeline_call(sheet)) is not None:
        found["call_time"] = F.Found(timed, TIMELINE, None)
    if found["call_time"].value is None and (row := _timetable_call(sheet)) is not None:
        found["call_time"] = F.Found(row, TIMETABLE, "call_time: read from the timetable's row")
    found["call_time"] = _with_crew_row(sheet, found["call_time"])
    found["call_time"] = clash_checked(sheet, found["call_time"])  # the sheet says two calls
    _doubt_night(found)
    found["sunrise"], found["sunset"] = F.sun_times(sheet)
    sets, set_warns = F.places(sheet, "location")
    sets = _on_a_stage(sets, pages, code) or _address_as_set(sheet)
    sets = _one_liner(sheet, found, sets)
    bases, _ = F.places(sheet, "base")
    hosp, hosp_q = F.hospital(sheet, code)
    if found["call_time"].value is None or not sets or hosp is None:
        not_ours = F.other_units_lines(sheet)  # 'Main unit: ...' on a 2nd unit's sheet
        hosp, hosp_q = _from_sentences(pages, found, sets, set_warns, (hosp, hosp_q), not_ours)
        sets = _said_together(pages, found, sets, set_warns, not_ours)
    elif found["sunrise"].value is None or found["sunset"].value is None:
        _sun_from_sentences(pages, found)  # "... on the go. Sunset 1843. Wrap when ..."
    if found["call_time"].value is None:  # "Drehbeginn: 08:00" and no team call: in doubt
        found["call_time"] = F.shooting_start(sheet)
    hosp, hosp_q = _by_shape(sheet, found, (hosp, hosp_q), code, set_warns)
    main, main_q = sets[0] if sets else (None, 0.0)
    base, base_q = bases[0] if bases else (None, 0.0)
    lines = all_lines(pages)
    scenes = tuple(s for s in (parse_scene(ln.text) for ln in lines) if s is not None)
    skip = {hosp.phone} if hosp and hosp.phone else set()
    casts = _cast_section(lines)
    values = {k: f.value for k, f in found.items()}
    conf = {k: f.conf for k, f in found.items()}
    values["location"] = main.address if main else None
    conf["location"] = main_q
    conf.update(
        base_location=base_q, hospital=hosp_q, locations=main_q, scenes=0.9 if scenes else 0.0
    )
    conf.update(scene_type=0.9 if scenes else 0.0, cast_calls=0.85 if casts else 0.0)
    crew = tuple(contacts(lines, code, skip))
    conf["contacts"] = 0.8 if crew else 0.0
    # a day printed without its year: the e-mail's date gives the year (sanity), over a year
    # guessed from the file's own date
    guessed = found["shooting_date"].value is None or F.by_file_date(found["shooting_date"])
    date_text = F.yearless_date(sheet) if guessed else None
    if date_text:
        set_warns.append(f"shooting_date: '{date_text}' is printed without a year")
    warns = _finder_warnings(found, ocr_factor) + set_warns
    field_conf = complete(conf, ocr_factor)
    return Day(
        production=values["production"],  # type: ignore[arg-type]
        shooting_day=values["shooting_day"],  # type: ignore[arg-type]
        shooting_date=values["shooting_date"],  # type: ignore[arg-type]
        call_time=values["call_time"],  # type: ignore[arg-type]
        location=values["location"],  # type: ignore[arg-type]
        locations=places_only([p for p, _ in sets]),  # no bare time, note or directions
        base_location=base.address if base else None,
        hospital=hosp,
        sunrise=values["sunrise"],  # type: ignore[arg-type]
        sunset=values["sunset"],  # type: ignore[arg-type]
        scenes=scenes,
        scene_type=scene_type(scenes),
        contacts=crew,
        cast_calls=casts,
        equipment=tuple(x for x in [F.section_text(sheet, "equipment")] if x),
        safety_notes=F.section_text(sheet, "safety"),
        notes=F.section_text(sheet, "notes"),
        confidence=overall(field_conf, 1.0),
        field_confidence=field_conf,
        warnings=warnings_for(values, field_conf, [*notes, *warns]),
        date_text=date_text,
    )
