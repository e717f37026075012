"""The date finder: the shooting date and the shooting day's number.

Reads the day's date among the sheet's dates, setting aside those that are another day's
(tomorrow's plan, a prep or rig day, a night's next morning), when the sheet was made or sent
(a revision stamp, a dateline, a file name in a print margin), and settles a yearless date's
year by the file's date or the printed weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from pipeline.extract.reader.attach import runs
from pipeline.extract.reader.calendar_names import MONTH_CHOICES, MONTHS, SHORT_WEEKDAYS, WEEKDAYS
from pipeline.extract.reader.date_windows import inside, windows
from pipeline.extract.reader.dates import dates_on_or_after, weekday_near
from pipeline.extract.reader.day_count import DAY_OF, DAY_OF_WORDS, SHOOT_DAY
from pipeline.extract.reader.field_sheet import (
    _NOT_SHOOT_DATE,
    _TOMORROW,
    AGREE_MARGIN,
    NOTHING,
    Found,
    Sheet,
)
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.mail_stamps import clock_after
from pipeline.extract.reader.model import Line, PageText
from pipeline.extract.reader.night_dates import NIGHT_NOTE
from pipeline.extract.reader.night_start import (
    DOUBTED_NIGHT,
    NIGHT_FIRST,
    printed_with_weekday,
    second_of_a_night,
    small_hours,
)
from pipeline.extract.reader.parsed import iso_date
from pipeline.extract.reader.told_day import told_day
from pipeline.extract.reader.trip_days import trip_rows
from pipeline.extract.reader.values import Parsed, find_dates

EXPLAINED = 0.2  # weight of a date printed as tomorrow's, or as when the sheet was sent
# "Revised - shoot date Wed 6/10": a revision that names the shooting date is a rival to the
# header's date (review), not a stamp of when the sheet was made.
_SHOOT_DATE = lazy(r"\bshoot(?:ing)?\s+date|\bdata\s+zdj|\bdrehtag\b|date\s+de\s+tournage", re.I)
# a letter's dateline: the town (and its region's abbreviation), a comma and the word that
# dates a letter, then the date ('Guadalajara, Jal., a 28 de septiembre', 'Paris, le 3 mars',
# 'Köln, den 3. März', 'Kraków, dnia 3 marca', 'Roma, lì 3 marzo'): when the paper was written
_DATELINE = lazy(
    r"(?:^|\s)[A-ZÀ-Þ][^\W\d_]+(?:[\s-][A-ZÀ-Þa-zß-ÿ][^\W\d_]*){0,3}"
    r"(?:,\s*(?:[A-ZÀ-Þ][^\W\d_]{0,5}\.){1,3})?,\s+(?:a|le|den|dnia|dn\.|lì|li)\s*$"
)
# ... and a dateline with no dating word, the town alone before the date opening its own run
# ('Przemyśl, 12.10.2026', 'Leeds, 3 March 2026'): a weekday or a month before the comma is
# the date's own ('Środa, 14.10.2026'), so those words are no town
_BARE_DATELINE = lazy(r"^[A-ZÀ-Þ][^\W\d_]+(?:[\s-][A-ZÀ-Þ][^\W\d_]*){0,2},\s*$")
# 'PRE-LIGHT: Thu 12 Mar 2026 1400-1800', 'Rig day - Mon 3/9', 'Prep day: 11.03.': a date after
# the name of a department's own working day (lighting before the shoot, rigging, a build, a
# strike, a load-in, a recce, an OB truck's park) is that day's, not the shoot's; a weekday may
# come between
_OTHER_WORK_DAY = lazy(
    r"\b(?:pr[eé][-\s]?light(?:ing)?|pre[-\s]?rig(?:ging)?|de[-\s]?rig|rig(?:ging)?(?:\s+day)?"
    r"|prep\s+day|build(?:\s+day)?|strike(?:\s+day)?|load[-\s]?(?:in|out)|tech\s+(?:scout|recce)"
    # an outside broadcast's truck park the day before ('TRUCK PARK / POWER: Fri 11/27/26')
    r"|(?:truck|scanner|ob)\s+park(?:ing)?(?:\s*(?:/|&|and)\s*power)?|park\s*(?:/|&|and)\s*power"
    r"|recce)\s*[:\-\u2013]\s*(?:[^\W\d_]{2,9}\.?,?\s*)?$",
    re.I,
)

# "Shoot date: Thu, Oct 29 (weather hold: Fri, Oct 30)", "10/03/2026 - rain day 11/03/2026": a
# date after the name of an outdoor shoot's fallback day, in the shoot date's own run, is that
# fallback's (the day the shoot moves to only if it is called), not a rival to the shoot's date
_FALLBACK_DAY = lazy(
    r"\b(?:(?:rain|weather)[-\s]+(?:date|day|hold|cover(?:\s+day)?)|back[-\s]?up\s+(?:date|day)"
    r"|(?:alternate|alternative|standby|contingency|hold)\s+(?:date|day)"
    r"|termin\s+zapasowy|dzie[\u0144n]\s+zapasowy|ausweichtermin|ersatztermin)"
    r"\s*[:\-\u2013]?\s*(?:[^\W\d_]{2,9}\.?,?\s*)?$",
    re.I,
)

# "(into Wednesday, November 4, 2026)", "running through to Sat 14 March", "wrap 02:00 (Wed
# 11/4)", "Wrap (est.) 4:30 AM on Fri 11/20/26": the next day a night's work runs into, written
# on a line of its own
_INTO = lazy(
    r"(?:\b(?:into|through\s+to|thru\s+to|running\s+to|overnight\s+to"
    r"|wrap(?:s|ping)?\b(?:\s?\([^()]{1,12}\))?[^()]{0,25})"
    r"\s*\(?\s*|\(\s*(?:into|until|till)\s+)(?:[^\W\d_]{2,9}\.?,?\s+)?$",
    re.I,
)


LATER_PAGE = 0.8  # a date on a page after the first: that page may be another day's


def _cover_and_page(
    sheet: Sheet, found: list[tuple[float, Found]], on_page: list[int]
) -> list[tuple[float, Found]]:
    """A date heading a later page ('THE COMMONWEALTH   Monday, November 9, 2026' over page 2)
    that the first page prints too (a cover's 'CALL SHEET / Monday, November 9, 2026'): the
    later page is the same day's, not another's, and the two printings say one date; the
    heading's full weight is back. A later page's date the first page does not print keeps its
    doubt."""
    first = {
        str(f.value)
        for (w, f), p in zip(found, on_page, strict=True)
        if p == sheet.first_page and w > EXPLAINED and f.value
    }
    out = []
    for (w, f), p in zip(found, on_page, strict=True):
        if p != sheet.first_page and w == LATER_PAGE and str(f.value) in first:
            w, f = 1.0, Found(f.value, f.conf / LATER_PAGE, f.warning)
        out.append((w, f))
    return out


def _trip_today(
    found: list[tuple[float, Found]], on_line: list[tuple[int, int]], rows: dict
) -> list[tuple[float, Found]]:
    """An itinerary's rows (trip_days.py): today's row dates the day as a labelled date does;
    the trip's other days are explained away."""
    if not rows:
        return found
    out = []
    for (w, f), key in zip(found, on_line, strict=True):
        today = rows.get(key)
        if today is not None and w > 0:
            new = 1.0 if today else EXPLAINED
            w, f = new, Found(f.value, f.conf / w * new, f.warning)
        out.append((w, f))
    return out


def _night_runs_into(
    sheet: Sheet, found: list[tuple[float, Found]], into: dict[int, str], us_order: bool | None
) -> list[tuple[float, Found]]:
    """A date the sheet says its night runs into is explained away when the day before it is
    printed too: the night is dated by its start (night_dates.py reads the two on one line).
    When the day before is printed only without its year, with its weekday ("FRIDAY NIGHT
    12/4") and no afternoon's time comes before the date on its line (a day's wrap at 6 PM is
    that day's), the night's date is that day, in the year the full date gives (night_start.py)."""
    days = {str(f.value) for i, (_, f) in enumerate(found) if i not in into and f.value}
    out = []
    for i, (w, f) in enumerate(found):
        before = _day_before(str(f.value)) if i in into and f.value else None
        if before is not None and before in days:
            w, f = EXPLAINED, Found(f.value, f.conf * EXPLAINED / max(w, EXPLAINED), f.warning)
        elif (
            before is not None
            and small_hours(into[i])
            and printed_with_weekday(sheet.pages, dt.date.fromisoformat(before), us_order)
        ):
            f = Found(before, f.conf * NIGHT_FIRST, f"shooting_date: {NIGHT_NOTE}")
        out.append((w, f))
    return out


def _windows_explained(
    found: list[tuple[float, Found]], ends: list[tuple[dt.date, dt.date] | None]
) -> list[tuple[float, Found]]:
    """The ends of a range of dates ('Permit: ROMO-27-0094 (valid 6/7/27 - 6/9/27)') are a
    window's bounds, no rivals to a date the sheet prints inside it on its own ('DATE Tue
    6/8/27'): explained away. A range with no such date inside it keeps its weight."""
    days = [
        str(f.value)
        for (w, f), span in zip(found, ends, strict=True)
        if span is None and w > EXPLAINED and f.value
    ]
    out = []
    for (w, f), span in zip(found, ends, strict=True):
        if span is not None and w > EXPLAINED and any(inside(d, [span]) for d in days):
            w, f = EXPLAINED, Found(f.value, f.conf * EXPLAINED / w, f.warning)
        out.append((w, f))
    return out


def _day_before(iso: str) -> str | None:
    day = iso_date(iso)
    return None if day is None else (day - dt.timedelta(days=1)).isoformat()


def _bare_dateline(line: Line, run: tuple[int, int], parsed: Parsed) -> bool:
    """'Przemyśl, 12.10.2026' as a run of its own: a town, a comma, then the date, the way a
    letter is dated where it was written. Asked only of a sheet that labels its date."""
    before = line.text[sum(len(w.text) + 1 for w in line.words[: run[0]]) : parsed.start]
    if not _BARE_DATELINE.match(before):
        return False
    words = re.findall(r"[^\W\d_]+", before.lower())
    return not any(w in WEEKDAYS or w in MONTHS or w in SHORT_WEEKDAYS for w in words)


def _explained_dates(sheet: Sheet) -> set[tuple[int, int, int]]:
    """Runs whose dates an other-date label explains away ("Sent:", "Revised", "Printed"): not
    a run that prints its own date label ("Date: Wednesday 08 December"), whatever other-date
    label from another line reaches it ("REVISED" in the line over it)."""
    return sheet.runs_of({"other_date"}) - sheet.runs_of({"date"}, pieces=False)


def shooting_date(sheet: Sheet, us_order: bool | None) -> Found:
    """Pick the sheet's date: labelled or in the header band beats dates elsewhere.

    A date printed as tomorrow's, or as when the sheet was sent or revised, is explained away.
    Cues are read in the date's own run of words, so 'Date: 16.03   Sent: 14.03' keeps both apart.
    """
    found: list[tuple[float, Found]] = []
    stamps: list[str] = []
    agree: set[str] = set()  # dates printed with the weekday they fall on
    sure: list[str] = []  # dates read with no doubt about their month
    two_meanings: set[str] = set()  # ... and read by the first of a month name's two meanings
    labelled = sheet.runs_of({"date"})
    explained = _explained_dates(sheet)
    email = sheet.email
    # dates a night runs into ('(into Wednesday, November 4, 2026)'), with the words before them
    into: dict[int, str] = {}
    on_page: list[int] = []  # the page each found date is printed on
    on_line: list[tuple[int, int]] = []  # ... and its line
    in_files: set[int] = set()  # dates inside a file's name ('callsheet_v2_2026-10-13.xlsx')
    ends: list[tuple[dt.date, dt.date] | None] = []  # ... the range it ends ('valid 6/7 - 6/9')
    for p, page in enumerate(sheet.pages):
        for i, line in enumerate(page.lines):
            sent_line = email is not None and p == 0 and i in email.sent_lines
            # an e-mail's body may print the day without its year: the year nearest its sending
            reference = email.sent if email is not None and not sent_line else None
            on_this_line = find_dates(line.text, us_order=us_order, reference=reference)
            spans = windows(line.text, on_this_line, us_order) if on_this_line else {}
            for parsed in on_this_line:
                span = spans.get(parsed.start)
                run = _run_at(line, parsed.start)
                parsed = _checked_below(page, i, run, parsed, us_order, reference)
                key = (p, i, run[0])
                text = " ".join(w.text for w in line.words[run[0] : run[1]])
                heading = key in labelled or line.top < page.height * 0.2
                # a week's strip of dates ('ma 07-12 ... wo 09-12 ...') beside a labelled date
                heading = heading and not (labelled and key not in labelled and _week_strip(line))
                # "Shoot Day 3 of 12 · Tuesday, April 14, 2026": a date beside the day's
                # number is the day's, wherever the line stands (a sheet quoted low in an e-mail)
                weight = 1.0 if heading or DAY_OF.search(line.text) else 0.7
                if p != sheet.first_page:
                    weight *= LATER_PAGE
                stamp = (
                    key in explained
                    or _NOT_SHOOT_DATE.search(text)
                    or _DATELINE.search(line.text[: parsed.start])
                    or (labelled and key not in labelled and _bare_dateline(line, run, parsed))
                    or (labelled and key not in labelled and _print_band(page, line))
                    or sent_line
                    or (key not in labelled and _time_stamped(line.text, parsed))
                )
                if (
                    (stamp and not _SHOOT_DATE.search(text))
                    # a reply above a quoted sheet: its print header, sender line and "On ...
                    # wrote:" are when it was written
                    or (sheet.quote is not None and sheet.quote.before(p, i))
                    or sheet.in_advance(p, line.top, line.words[run[0]].x0)
                    or (_TOMORROW.search(text) and email is None and not sheet.for_tomorrow)
                    or _OTHER_WORK_DAY.search(line.text[: parsed.start])
                    or _FALLBACK_DAY.search(line.text[: parsed.start])
                ):
                    weight = EXPLAINED
                if stamp:
                    stamps.append(parsed.value)
                if _in_file_name(line.text, parsed):
                    in_files.add(len(found))
                if parsed.quality >= SURE_DATE:
                    sure.append(parsed.value)
                elif _two_month_meanings(line.text[parsed.start : parsed.end]):
                    two_meanings.add(parsed.value)
                if _INTO.search(line.text[: parsed.start]):
                    into[len(found)] = line.text[: parsed.start]
                on_page.append(p)
                on_line.append((p, i))
                ends.append(span)
                found.append((weight, Found(parsed.value, parsed.quality * weight, _note(parsed))))
                if weight > EXPLAINED and _weekday_agrees(line.text, parsed):
                    agree.add(str(parsed.value))
    found = _windows_explained(found, ends)
    found = _trip_today(found, on_line, trip_rows(sheet.pages, us_order))
    found = _file_names_explained(found, in_files)
    found = _cover_and_page(sheet, found, on_page)
    found = _night_runs_into(sheet, found, into, us_order)
    if email is not None and email.sent is not None:
        found = _memo_day(found, agree, email.sent)
    if not any(w >= 1.0 for w, _ in found) and (tile := _tile_date(sheet)) is not None:
        found.append((1.0, Found(tile.value, tile.quality * TILE, _note(tile))))
    if not any(w >= 1.0 for w, _ in found):  # no full date labelled or heading the sheet
        reference = _reference(sheet, stamps, found)
        # nothing printed to go by: the file's own date, with the printed weekday
        yearless = _yearless_day(sheet, reference) if reference else _weekday_year(sheet)
        if yearless is not None:
            return yearless
    best = _night_second(sheet, _best_date(found), us_order)
    best = _labelled_weekday_doubt(sheet, best)
    told = told_day(sheet.pages) if not labelled else None
    if told is not None and told.agrees:
        if best.value != told.value:
            # 'Tide Line tomorrow 14/10' under the message stamped 'Tue 13 Oct 2026, 6:12 pm':
            # the stamp is when it was written, the day it names is the shoot's
            return Found(told.value, TOLD, None)
        return Found(best.value, max(best.conf, TOLD), None)
    if told is not None and best.value == told.stamp:
        why = "shooting_date: the day written after 'tomorrow' is not the message's next day"
        return Found(best.value, min(best.conf, TOLD_DOUBT), why)
    if best.value in two_meanings and best.conf >= 0.75 and _near_a_sure_date(best.value, sure):
        # '5 listopada 2026' (November in Polish, October in Croatian) on a sheet sent on
        # '4.11.2026' that gives tomorrow as '06.11.2026': the other meaning is a month away
        return Found(best.value, SETTLED_MONTH, None)
    note = next((f.warning for _, f in found if f.value == best.value and f.warning), None)
    return Found(best.value, best.conf, best.warning or note)


WEEKDAY_DOUBT = 0.6  # the date label's own weekday is not the date read


def _labelled_weekday_doubt(sheet: Sheet, best: Found) -> Found:
    """'DATE: Wednesday 6/16' with no year, while the date read elsewhere (an e-mail's sent
    stamp, a print date) is a Tuesday: the date label names another day than the one read, so
    the reading is doubted, never sure. A label whose yearless day falls on the weekday read
    (or names no weekday) agrees."""
    day = iso_date(str(best.value)) if best.value else None
    if day is None or best.conf < WEEKDAY_DOUBT:
        return best
    for _, pieces in sheet.of("date"):
        for piece in pieces[:1]:
            for parsed in find_dates(piece.text, yearless=True):
                if not str(parsed.value).startswith("--"):
                    continue
                weekday = weekday_near(piece.text, parsed.start, parsed.end)
                if weekday is None or weekday == day.weekday():
                    continue
                said = f"the date label's '{piece.text.strip()}'"
                own = _labelled_day(piece.text, parsed, weekday, day)
                if own is not None:
                    # its year from the date read, the printed weekday agreeing: the label's day
                    why = f"shooting_date: {said}, its year from {day.isoformat()}"
                    return Found(own.isoformat(), min(best.conf, LABELLED_DAY), why)
                why = f"shooting_date: {said} is not {day.strftime('%A')} {day.isoformat()}"
                return Found(best.value, min(best.conf, WEEKDAY_DOUBT), why)
    return best


LABELLED_DAY = 0.8  # ... its own day, the year borrowed: a person confirms it
NEAR_LABEL = 7  # days: the label's day is within a week of the date read (sent the day before)


def _labelled_day(text: str, parsed: Parsed, weekday: int, near: dt.date) -> dt.date | None:
    """The label's yearless day in the year that puts it nearest ``near``, when it falls on
    the weekday printed with it (in one order of day and month only) and lies within a week
    of ``near``."""
    fits = {
        got
        for us in (True, False)  # its order settled by the weekday: one reading falls on it
        for again in find_dates(text, us_order=us, reference=near)
        if again.start == parsed.start
        and (got := iso_date(str(again.value))) is not None
        and got.weekday() == weekday
        and abs((got - near).days) <= NEAR_LABEL
    }
    return fits.pop() if len(fits) == 1 else None


def _night_second(sheet: Sheet, best: Found, us_order: bool | None) -> Found:
    """A date the header names as a night's second day ("FRIDAY NIGHT 12/4 / SATURDAY MORNING
    12/5" over a full 'Sat, Dec 5, 2026' elsewhere): the night is the day of its call, the
    first; the sheet printing the second in full leaves it to a person."""
    day = iso_date(str(best.value)) if best.value else None
    if day is None or best.conf < DOUBTED_NIGHT:
        return best
    if not second_of_a_night(sheet.pages, day, us_order):
        return best
    first = (day - dt.timedelta(days=1)).isoformat()
    why = f"shooting_date: a night over two dates, {first} into {day.isoformat()}: which day?"
    return Found(first, DOUBTED_NIGHT, why)


# a weekday alone on its line, bracketed or not ('(giovedì)', 'Thursday')
_LONE_WEEKDAY = lazy(r"^\(?\s*([^\W\d_]{2,14})\.?\s*\)?$")
BELOW_GAP = 1.5  # line heights: the weekday's line sits right under the date's


def _checked_below(
    page: PageText,
    i: int,
    run: tuple[int, int],
    parsed: Parsed,
    us_order: bool | None,
    reference: dt.date | None,
) -> Parsed:
    """'05.11.2026' over '(giovedì)' in a narrow cell: a date in doubt (its day and month may
    be either) that is all of its run, with a weekday alone right under it, flush with it,
    is read with that weekday, as when the two share a line ('05.11.2026 (giovedì)')."""
    line = page.lines[i]
    if parsed.quality >= SURE_DATE or i + 1 >= len(page.lines):
        return parsed
    if len(find_dates(" ".join(w.text for w in line.words[run[0] : run[1]]))) != 1:
        return parsed
    below = page.lines[i + 1]
    height = max(line.bottom - line.top, 6.0)
    if below.top - line.bottom > BELOW_GAP * height:
        return parsed
    x0 = line.words[run[0]].x0
    cell = next((r for r in runs(below) if abs(below.words[r[0]].x0 - x0) <= 3.0), None)
    if cell is None:
        return parsed
    text = " ".join(w.text for w in below.words[cell[0] : cell[1]])
    m = _LONE_WEEKDAY.match(text)
    if m is None or m[1].lower() not in WEEKDAYS:
        return parsed
    own = line.text[parsed.start : parsed.end]
    again = find_dates(f"{own} {text}", us_order=us_order, reference=reference)
    if len(again) != 1 or again[0].quality <= parsed.quality:
        return parsed
    return Parsed(again[0].value, again[0].quality, again[0].note, parsed.start, parsed.end)


TOLD = 0.9  # 'tomorrow 14/10' the day after its message's stamp: two statements that agree
TOLD_DOUBT = 0.6  # ... a day that is not: the relative word and the date disagree
MEMO_DAY = 0.9  # an e-mail's one date in its body, with its weekday, days after its sending
MEMO_AHEAD = 7  # days: a memo plans the coming week's shoot


def _weekday_agrees(text: str, parsed: Parsed) -> bool:
    weekday = weekday_near(text, parsed.start, parsed.end)
    day = iso_date(str(parsed.value))
    return day is not None and weekday is not None and weekday == day.weekday()


def _memo_day(
    found: list[tuple[float, Found]], agree: set[str], sent: dt.date
) -> list[tuple[float, Found]]:
    """'Date: April 15, 2026' in a memo's header, 'Tomorrow, Thursday, April 16, 2026, we
    film' in its body: when every date but the sending's is one date, printed with the
    weekday it falls on, on or a few days after the sending, that is the day the memo plans,
    though no label names it."""
    live = {str(f.value) for w, f in found if w > EXPLAINED}
    if len(live) != 1 or any(w >= 1.0 for w, _ in found):
        return found
    value = live.pop()
    ahead = (dt.date.fromisoformat(value) - sent).days
    if value not in agree or not 0 <= ahead <= MEMO_AHEAD:
        return found
    return [
        (1.0, Found(f.value, f.conf / w * MEMO_DAY, f.warning)) if str(f.value) == value else (w, f)
        for w, f in found
    ]


SURE_DATE = 0.9
SETTLED_MONTH = 0.95  # a two-meaning month name settled by a sure date printed days from it
NEAR_DAYS = 3


def _two_month_meanings(text: str) -> bool:
    return any(w in MONTH_CHOICES for w in re.findall(r"[^\W\d_]+", text.lower()))


def _near_a_sure_date(value: str, sure: list[str]) -> bool:
    """Another date on the sheet, read without doubt, a few days from this one (the day it
    was sent, tomorrow's call): its month agrees with the reading taken."""
    day = iso_date(value)
    if day is None:
        return False
    near = (other for other in map(iso_date, sure) if other is not None)
    return any(abs((other - day).days) <= NEAR_DAYS for other in near)


TILE = 0.9  # a date read from a calendar tile: its parts are not on one line
_TILE_PART = lazy(r"^[^\W\d_]{2,}\.?$|^\d{1,2}\.?$|^(?:19|20)\d\d$")


def _tile_date(sheet: Sheet) -> Parsed | None:
    """A calendar tile in the header band: weekday, day number, month and year stacked on
    lines of their own, one under the other and centred on one another ('FRIDAY' / '20' /
    'MARCH' / '2026'), each the last run of its line. Read together, they are the day's date."""
    page = sheet.pages[sheet.first_page] if sheet.first_page < len(sheet.pages) else None
    if page is None:
        return None
    stack: list[tuple[str, float]] = []  # the tile's parts so far and their centres
    for line in page.lines:
        if line.top > page.height * 0.3:
            break
        a, b = runs(line)[-1]
        words = line.words[a:b]
        text = " ".join(w.text for w in words)
        centre = (words[0].x0 + words[-1].x1) / 2
        if len(words) > 1 or not _TILE_PART.match(text):
            stack = []
            continue
        if stack and abs(centre - stack[-1][1]) > 12:
            stack = []
        stack.append((text, centre))
        if len(stack) >= 3:
            joined = " ".join(t for t, _ in stack[-4:])
            parsed = next(iter(find_dates(joined)), None)
            if parsed is not None and re.search(r"(?:19|20)\d\d$", joined):
                return parsed
    return _calendar_block(page)


# a tear-off calendar's block: the weekday, the day's number (printed large) and the month with
# its year ('WTOREK' / '24' / 'LISTOPAD 2026'), or the month and the year on lines of their own
_BLOCK_PART = lazy(r"^[^\W\d_]{3,}\.?(?:\s(?:19|20)\d\d)?$|^\d{1,2}\.?$|^(?:19|20)\d\d$")


def _calendar_block(page: PageText) -> Parsed | None:
    """A tear-off calendar's date block in the header band beside the sheet's title: its parts
    stacked in a column of their own (each line's run over the same stretch of the page, the
    title's runs beside it on the same lines), lines whose only runs lie outside the column
    between them. Read together, the weekday, the day, the month and the year must make a date
    the weekday names, or nothing is read: a column of short words is no date by itself."""
    stack: list[tuple[str, float, float]] = []  # the parts so far and their left and right ends
    for line in page.lines:
        if line.top > page.height * 0.3:
            break
        pieces = []
        for a, b in runs(line):
            words = line.words[a:b]
            pieces.append((" ".join(w.text for w in words), words[0].x0, words[-1].x1))
        if stack:
            x0, x1 = stack[0][1], stack[0][2]
            over = [p for p in pieces if p[1] < x1 and p[2] > x0]
            if not over:
                continue  # a line of the title beside the block, nothing under the block
            if len(over) == 1 and _BLOCK_PART.match(over[0][0]):
                stack.append(over[0])
                joined = " ".join(t for t, _, _ in stack[-4:])
                parsed = next(iter(find_dates(joined)), None)
                if (
                    len(stack) >= 3
                    and parsed is not None
                    and re.search(r"(?:19|20)\d\d$", joined)
                    and _weekday_agrees(joined, parsed)
                ):
                    return parsed
                continue
            stack = []
        weekday = next((p for p in pieces if p[0].lower().rstrip(".") in WEEKDAYS), None)
        if weekday is not None:
            stack = [weekday]
    return None


# A file's name printed in a spreadsheet's or a word processor's print header or footer
# ('callsheet_v2_2026-10-13.xlsx', 'CS_Day3_13.10.2026.pdf', 'dispo-2026-10-13-v2'): a date
# inside it is when a draft was saved, never the day the sheet is for
_FILE_EXTENSION = lazy(
    r"\.(?:xlsx|xlsm|xls|numbers|ods|csv|pdf|docx|doc|odt|pages|rtf|txt)\b", re.I
)


def _in_file_name(text: str, parsed: Parsed) -> bool:
    """Whether the date is part of a file's name: its token (no spaces) ends in a file's
    extension, or the date is glued to the name's words by an underscore, or by hyphens on
    both sides between letters ('callsheet-2026-10-13-v2')."""
    start = text.rfind(" ", 0, parsed.start) + 1
    end = text.find(" ", parsed.end)
    token = text[start : len(text) if end < 0 else end]
    if token == text[parsed.start : parsed.end] or not re.search(r"[^\W\d_]", token):
        return False
    before, after = text[start : parsed.start], text[parsed.end : start + len(token)]
    if _FILE_EXTENSION.search(after):
        return True
    if before.endswith("_") or after.startswith("_"):
        return True
    return bool(re.search(r"[^\W\d_]\w*-$", before) and re.match(r"-\w*[^\W\d_]", after))


# What a program prints in a page's margin band around the sheet: the page's number ('Page 1
# of 2', 'Seite 1 von 2', 'Strona 1 z 2', 'Page 1/2') or the spreadsheet's tab ('Sheet1',
# 'Tabelle1', 'Arkusz1', 'Feuil1', 'Hoja1', 'Foglio1', 'Blad1')
_PRINT_MARK = lazy(
    r"\b(?:page|seite|strona|pagina|página|sida|side|sivu|oldal|stránka)\s+\d{1,3}"
    r"\s*(?:of|von|z|de|di|av|af|/)\s*\d{1,3}\b"
    r"|\b(?:sheet|tabelle|arkusz|feuil|hoja|foglio|blad|ark|list)\s?\d{1,2}\b",
    re.I,
)
PRINT_BAND = 0.06  # share of the page height at its top and bottom edges: the print margins


WEEK_STRIP = 3  # distinct dates on one line: a calendar strip of the week, no day's heading


def _week_strip(line: Line) -> bool:
    """'ma 07-12-2026 vrij  di 08-12-2026 dd 1  wo 09-12-2026 dd 2 ...': a line of three dates or
    more is the week's calendar over the sheet; asked only of a sheet that labels its date, so
    its dates weigh as any date below the header (the labelled one is the day's)."""
    return len({p.value for p in find_dates(line.text)}) >= WEEK_STRIP


def _print_band(page: PageText, line: Line) -> bool:
    """A line in the page's top or bottom margin band that carries a print mark (the page's
    number, the spreadsheet's tab): a program's print header or footer, whose date is when
    the page was printed. Asked only of a sheet that labels its date."""
    edge = page.height * PRINT_BAND
    in_band = line.top < edge or line.top > page.height - edge
    return in_band and _PRINT_MARK.search(line.text) is not None


def _file_names_explained(
    found: list[tuple[float, Found]], in_files: set[int]
) -> list[tuple[float, Found]]:
    """A date inside a file's name is no rival to any other date the sheet prints: it is
    explained away when one is read elsewhere (alone, it still dates the sheet)."""
    if not in_files or all(i in in_files for i in range(len(found))):
        return found
    return [
        (EXPLAINED, Found(f.value, f.conf / w * EXPLAINED if w else f.conf, f.warning))
        if i in in_files and w > EXPLAINED
        else (w, f)
        for i, (w, f) in enumerate(found)
    ]


def _time_stamped(text: str, parsed: Parsed) -> bool:
    """A date followed by the minute it was made, with no weekday: when the sheet was written,
    exported or revised. A shooting date is printed with its weekday and stands apart from
    the call."""
    return (
        # "v3 · 13.05.2026 20:14", "PINK REVISION · 7/16/26 6:15 PM": a clock time right after it
        clock_after(text, parsed.end, dots=False)
        and weekday_near(text, parsed.start, parsed.end) is None
    )


# "© 2026 Bow Street Pictures", "issued 2026": a sheet's year printed alone
_BARE_YEAR = lazy(r"(?:©|\(c\)|copyright)\s?((?:19|20)\d\d)\b", re.I)


def _reference(
    sheet: Sheet, stamps: list[str], found: list[tuple[float, Found]]
) -> tuple[dt.date, float] | None:
    """The date a day printed without a year follows, with how far it can be trusted: the
    earliest issue / print / sent date, the e-mail's date, the earliest full date printed, or
    1 January of a year printed alone ("© 2026")."""
    dated = sorted(str(v) for v in stamps) or []
    if dated:
        return dt.date.fromisoformat(dated[0]), 1.0
    if sheet.email is not None and sheet.email.sent is not None:
        return sheet.email.sent, 1.0
    full = sorted(str(f.value) for _, f in found if f.value)
    if full:
        return dt.date.fromisoformat(full[0]), 0.9
    for page in sheet.pages:
        for line in page.lines:
            if (m := _BARE_YEAR.search(line.text)) is not None:
                return dt.date(int(m[1]), 1, 1), 0.9
    return None


def _yearless_day(sheet: Sheet, reference: tuple[dt.date, float] | None) -> Found | None:
    """The day's date printed without a year (labelled or heading the sheet, not tomorrow's or
    a stamp) in the year of its first occurrence on or after ``reference``."""
    if reference is None:
        return None
    start, trust = reference
    text = yearless_date(sheet)
    if text is None:
        return None
    parsed = next(iter(dates_on_or_after(text, start)), None)
    if parsed is None:
        return None
    conf = parsed.quality * trust
    warning = _note(parsed) or ("shooting_date: read with low confidence" if conf < 0.85 else None)
    return Found(parsed.value, conf, warning)


FILE_DATE = 0.8  # trust in a year fixed by the file's own date: a template may be years old
FILE_YEARS = (-1, 0, 1, 2, 3)  # years around the file's date: a date's weekday recurs 5+ apart
_BY_FILE = "from the file's own date and the printed weekday"


def _weekday_year(sheet: Sheet) -> Found | None:
    """A day printed with its weekday and no year, on a sheet with no other date to go by
    and no e-mail around it: the one year near the file's own date (its metadata) whose day
    falls on that weekday. A file's date may be a template's, so a person confirms it."""
    text = yearless_date(sheet) if sheet.made is not None else None
    if text is None or sheet.made is None:
        return None
    for parsed in find_dates(text, yearless=True):
        weekday = weekday_near(text, parsed.start, parsed.end)
        if not parsed.value.startswith("--") or weekday is None:
            continue
        month, day = int(parsed.value[2:4]), int(parsed.value[5:7])
        years = [sheet.made.year + k for k in FILE_YEARS]
        fits = [d for y in years if (d := _valid_date(y, month, day)) and d.weekday() == weekday]
        if len(fits) != 1:
            return None
        if fits[0].year in _years_printed(sheet):
            # 'Block 1 · Autumn 2026' over 'Date Weds 21st Oct': the sheet prints the year the
            # weekday gives near the file's date, two statements that agree
            return Found(fits[0].isoformat(), 0.95 * YEAR_PRINTED, None)
        conf = 0.95 * FILE_DATE  # the weekday agrees, as in dates_on_or_after
        why = f"shooting_date: year not printed; {fits[0].year} {_BY_FILE}"
        return Found(fits[0].isoformat(), conf, why)
    return None


YEAR_PRINTED = 0.95  # a season's year in the sheet's header, the weekday's year too
# a season and its year, as a series' block or a shoot is named ('Block 1 · Autumn 2026',
# 'Spring 2027 shoot'); no digit group after it (a phone's '2026 555'): a year, never a time
_SEASON_YEAR = lazy(
    r"\b(?:spring|summer|autumn|fall|winter|frühling|frühjahr|sommer|herbst|wiosna|lato|jesień"
    r"|zima|printemps|été|automne|hiver)\s+((?:19|20)\d\d)\b(?!\s?[\d:.])",
    re.I,
)


def _years_printed(sheet: Sheet) -> set[int]:
    """The years printed with a season in the header band of the first page ('Autumn 2026'),
    or after a copyright sign anywhere ('© 2026')."""
    out: set[int] = set()
    for p, page in enumerate(sheet.pages):
        for line in page.lines:
            if (m := _BARE_YEAR.search(line.text)) is not None:
                out.add(int(m[1]))
            if p == 0 and line.top < page.height * 0.2:
                out |= {int(y) for y in _SEASON_YEAR.findall(line.text)}
    return out


def _valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def by_file_date(found: Found) -> bool:
    """Whether a shooting date's year was taken from the file's own date (_weekday_year)."""
    return bool(found.warning) and _BY_FILE in str(found.warning)


def yearless_date(sheet: Sheet) -> str | None:
    """The run of words holding a date printed without a year ("Thursday 14 November"),
    labelled or in the header band, and not tomorrow's or the sending date; None if none."""
    labelled = sheet.runs_of({"date"})
    explained = _explained_dates(sheet)
    for p, page in enumerate(sheet.pages):
        for i, line in enumerate(page.lines):
            for parsed in find_dates(line.text, yearless=True):
                if not parsed.value.startswith("--"):
                    continue
                a, b = _run_at(line, parsed.start)
                text = " ".join(w.text for w in line.words[a:b])
                header = p == 0 and line.top < page.height * 0.2
                if (p, i, a) in explained or _TOMORROW.search(text) or _NOT_SHOOT_DATE.search(text):
                    continue
                if (p, i, a) in labelled or header:
                    return text
    return None


def _run_at(line: Line, offset: int) -> tuple[int, int]:
    """The run of words holding character ``offset`` of ``line.text``."""
    ends = list(accumulate(len(w.text) + 1 for w in line.words))
    index = min(bisect_right(ends, offset), len(line.words) - 1)
    return next(r for r in runs(line) if r[0] <= index < r[1])


def _best_date(found: list[tuple[float, Found]]) -> Found:
    if not found:
        return NOTHING
    found.sort(key=lambda f: f[1].conf, reverse=True)
    top = found[0][1]
    rivals = {
        f.value for _, f in found if f.value != top.value and top.conf - f.conf < AGREE_MARGIN
    }
    if rivals:
        listed = ", ".join(sorted(str(r) for r in rivals))
        return Found(top.value, min(top.conf, 0.5), f"shooting_date: {top.value} or {listed}?")
    if top.conf < 0.85:
        return Found(top.value, top.conf, "shooting_date: read with low confidence")
    return top


def _note(parsed: Parsed) -> str | None:
    return f"shooting_date: {parsed.note}" if parsed.note else None


def shooting_day(pages: Sequence[PageText]) -> Found:
    """Read 'Day 12 of 40' / 'Dzień zdjęciowy 12 z 40' / 'Shoot day: 12'."""
    for page in pages:
        for line in page.lines:
            m = SHOOT_DAY.search(line.text) or DAY_OF_WORDS.search(line.text)
            if m and int(m.group(1)) > 0:
                conf = 1.0 if m.group(2) else 0.8
                return Found(int(m.group(1)), conf)
    return NOTHING
