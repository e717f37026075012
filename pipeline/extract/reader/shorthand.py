# ruff: noqa: RUF003  (en dashes: the separators the rules read)
"""British and Irish one-liner shorthand: "Call 0730 @ Croke Park, Jones' Road, Dublin 3" and
"SR 07:12 / SS 16:40" (or "SR/SS 07:12/16:40").

A one-liner sheet packs the day into a few lines of " | "-parted segments, with no label the
label tables own. A segment that opens with a bare "Call", its time and an "@" is the unit's
call and where it is; "SR" and "SS" are sunrise and sunset. A segment that speaks of another
day ("NEXT DAY", "tomorrow") or of someone's own call ("Camera call ...") is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from pipeline.extract.reader.addresses import find_addresses
from pipeline.extract.reader.labels import NOT_CREW, OTHER_DAY_EN
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line
from pipeline.extract.reader.times import find_time
from pipeline.extract.reader.values import find_dates

_SEGMENTS = lazy(r"\s+[|\u2502\u00a6]\s+")
# "Call 0730 @ place", "Unit call: 7:30am @ place", "Crew call 0800 at place"
_CALL_AT = lazy(
    r"^(?:(?:unit|crew|general)\s+)?call(?:\s+time)?\s*:?\s*(?P<time>\S+(?:\s?[ap]\.?m\.?)?)"
    r"\s*(?:@|\bat\b)\s*(?P<place>.+)$",
    re.I,
)
# English alone, whole words: labels.TOMORROW's other languages would read new segments
_OTHER_DAY = lazy(rf"\b(?:{OTHER_DAY_EN})\b", re.I)
_T = r"(\d{1,2}[:.h]?\d{2}(?:\s?[ap]\.?m\.?)?)"
_SR_SS = (
    lazy(rf"\bSR\s*[:\-]?\s*{_T}\s*[/,;]?\s*SS\s*[:\-]?\s*{_T}", re.I),
    lazy(rf"\bSR\s*/\s*SS\s*[:\-]?\s*{_T}\s*/\s*{_T}", re.I),
)
_ASIDE = lazy(r"\s*\(([^)]*)\)\s*$")


@dataclass(frozen=True)
class CallAt:
    time: str
    place: str  # the address as printed, its closing "(...)" aside dropped ('' when the
    # words after the time only lead to the lines that give it: 'Call 7:30 at the depot:')
    name: str | None  # the venue before the first comma, when an address follows it
    opens: bool = True  # the segment opens with it (a one-liner's); else a sentence's clause


# a clause of a message's sentence: after a sentence's end or a colon ("... 2026. Call 07h30 @
# unit base", "Last Show tomorrow, Thu 9/24/26: general call 7:30a at Cinemapolis, ...")
_CLAUSE = lazy(r"(?:[.!?]|:)\s+(?=(?:(?:unit|crew|general)\s+)?call\b)", re.I)


# ... or after a comma that closes the day's date ('Tomorrow, Tuesday 10 March 2026, call is
# 6:45am at ...'): the date said first, then the call
_DATED_CLAUSE = lazy(r",\s+(?=(?:(?:unit|crew|general)\s+)?call\b)", re.I)


def _clauses(seg: str) -> list[tuple[str, bool]]:
    """The segment itself, then each clause inside it that opens with a call, unless the words
    before name whose call it is ('Cast: call 6:00')."""
    out = [(seg, True)]
    dated = [m for m in _DATED_CLAUSE.finditer(seg) if _ends_on_a_date(seg[: m.start()])]
    for m in sorted([*_CLAUSE.finditer(seg), *dated], key=lambda m: m.start()):
        before = re.findall(r"[^\W\d_]+", seg[: m.start()].lower())
        if before and before[-1] in NOT_CREW:
            continue
        out.append((seg[m.end() :], _dated_head(seg[: m.start() + 1])))
    return out


def _dated_head(head: str) -> bool:
    """'Thursday 3 September: Call 0730 at ...': the segment opens with the day's date alone
    (a weekday before it at most) and a colon, then the call: a one-liner that dates its one
    line, its call opening it as a bare 'Call' segment does, not a sentence's clause."""
    head = head.strip()
    if not head.endswith(":"):
        return False
    head = head[:-1].rstrip()
    dates = [d for d in find_dates(head, yearless=True) if d.end == len(head)]
    return any(re.fullmatch(r"(?:[^\W\d_]{2,}\.?,?)?", head[: d.start].strip()) for d in dates)


def _ends_on_a_date(text: str) -> bool:
    """The text ends on a date ('Tomorrow, Tuesday 10 March 2026')."""
    text = text.rstrip()  # a date with no year too (its year is the message's or the file's)
    return any(d.end == len(text) for d in find_dates(text, yearless=True))


def call_at(lines: Iterable[str], *, told: bool = False) -> CallAt | None:
    """The one "Call <time> @ <place>" segment of today's lines (or clause of a sentence);
    None when none or several. With ``told`` (a message whose "tomorrow" is its own day,
    told_day.py) a line that says tomorrow is still today's."""
    found: list[CallAt] = []
    lines = list(lines)
    for i, line in enumerate(lines):
        other = _OTHER_DAY.search(line)
        if other and not (told and other[0].lower() == "tomorrow"):
            continue
        parts = _SEGMENTS.split(line.strip())
        for seg, opens in (c for part in parts for c in _clauses(part)):
            m = _CALL_AT.match(seg.strip())
            if m is None:
                continue
            t = find_time(m["time"])
            if t is None or t.start != 0:
                continue
            raw = m["place"]
            if seg.strip() and parts[-1].strip().endswith(seg.strip()) and i + 1 < len(lines):
                raw = _wrapped_postcode(raw, lines[i + 1])
            place = _ASIDE.sub("", raw).strip(" ,.;")
            if not place:
                continue
            if place.endswith(":"):
                # 'Call 7:30 at the train depot:' over the venue and its address: the words
                # only lead to the place the next lines give; the call is read, no place
                found.append(CallAt(t.value, "", None, opens))
                continue
            head, _, rest = place.partition(",")
            name = head.strip() if rest.strip() and not any(c.isdigit() for c in head) else None
            found.append(CallAt(t.value, place, name, opens))
    return found[0] if len(found) == 1 else None


TAIL_WORDS = 4  # 'Co. Clare V95 KN9T': a county and a postcode at most


def _wrapped_postcode(place: str, next_line: str) -> str:
    """'Call 8.30am at Roundstone Harbour, Main Street, Roundstone, Co. Galway' / 'H91 E2T6.':
    an e-mail's line wrapped inside the place, the next line opening with the address's last
    words and its postcode, which ends the sentence. The place with that tail, when the
    place has no postcode of its own and the tail is a few words that end on one."""
    if place.rstrip().endswith((".", ";", ")")) or any(a.postcode for a in find_addresses(place)):
        return place
    words: list[str] = []
    for word in next_line.split():
        words.append(word)
        if word.endswith(".") and (len(word) > 4 or any(c.isdigit() for c in word)):
            break  # the sentence's end ('KN9T.'), not an abbreviation's ('Co.')
    tail = " ".join(words).rstrip(" .")
    if not tail or len(words) > TAIL_WORDS or ":" in tail:
        return place
    joined = f"{place.rstrip()} {tail}"
    found = find_addresses(joined)
    if not any(a.postcode and joined.rstrip().endswith(a.postcode) for a in found):
        return place
    return joined


# a clause that is nothing but the crew's call and its time: "call 7.30," / "Call 07h30 @"
_CALL_ONLY = lazy(
    r"^(?:(?:unit|crew|general)\s+)?call(?:\s+time)?\s*(?::|\bis\b)?\s*(?P<time>\S+(?:\s?[ap]\.?m\.?)?)",
    re.I,
)


# A one-liner written as a sentence parts its facts with spaced dashes as well as bars ("MV
# 'Title' – Artist – Wed 21.10.2026 – call 08:00 – Venue, address"): each part is a segment.
_DASH_PARTS = lazy(r"\s+[|\u2502\u00a6\u2013\u2014]\s+")
# a line that ends on the call's word, its time wrapped to the next line ("... – call" / "08:00
# – Bell's ...")
_CALL_ENDS = lazy(r"(?:^|\s[|\u2013\u2014]\s|[.:]\s)(?:(?:unit|crew|general)\s+)?call\s*:?$", re.I)


def dash_parts(line: str) -> list[str]:
    """A line's segments, parted by bars or spaced dashes."""
    return _DASH_PARTS.split(line)


def _rejoined(lines: list[str]) -> list[str]:
    """The lines, a line that ends on the call's word joined to the next (its time)."""
    return [
        f"{ln.rstrip()} {lines[i + 1].strip()}"
        if i + 1 < len(lines) and _CALL_ENDS.search(ln.strip())
        else ln
        for i, ln in enumerate(lines)
    ]


def clause_call(lines: Iterable[str], *, told: bool = False) -> str | None:
    """The time of a sentence's clause that opens with the crew's call and gives its time
    straight after ('Tide Line tomorrow 14/10: call 7.30, loc: ...'), when every such clause
    of today's lines gives the same time; None when none or they differ."""
    times: set[str] = set()
    for line in _rejoined(list(lines)):
        other = _OTHER_DAY.search(line)
        if other and not (told and other[0].lower() == "tomorrow"):
            continue
        parts = dash_parts(line.strip())
        for n, part in enumerate(parts):
            whose = re.findall(r"[^\W\d_]+", parts[n - 1].lower()) if n else []
            if whose and whose[-1] in NOT_CREW:
                continue  # "Cast – call 07:00": the cast's call
            for seg, _ in _clauses(part):
                m = _CALL_ONLY.match(seg.strip())
                t = find_time(m["time"]) if m is not None else None
                if t is not None and t.start == 0:
                    times.add(t.value)
    return times.pop() if len(times) == 1 else None


# A message typed on a phone parts its facts with spaced slashes and wraps wherever the screen
# ends: "Putinas / Thursday 19.11.2026 / NIGHT SHOOT / call 15:30 @ Lietuvos muziejus," over
# "Žvaigždžių g. 10, LT-33325 Molėtų r. / dinner 19:30 / wrap 2:30": its lines, one run flush
# left and evenly spaced, joined, then parted at the slashes
_SLASH = lazy(r"\s+/\s+")
SLASH_PARTS = 3  # spaced slashes in a run of lines that make it slash-parted
RUN_LEADING = 1.8  # a run's next line starts within this many of its words' heights
RUN_FLUSH = 3.0  # points; a run's lines start at one x


def slash_segments(lines: Sequence[Line]) -> list[str]:
    """The segments of the runs of wrapped lines that part their facts with spaced slashes
    (three or more); a run is lines flush left, each under the last at a line's spacing."""
    runs: list[list[Line]] = []
    for ln in lines:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.page == ln.page
            and abs(ln.x0 - last.x0) <= RUN_FLUSH
            and 0 < ln.top - last.top <= RUN_LEADING * max(last.bottom - last.top, 1.0)
        ):
            runs[-1].append(ln)
        else:
            runs.append([ln])
    out: list[str] = []
    for run in runs:
        text = " ".join(ln.text for ln in run)
        if len(run) > 1 and len(_SLASH.findall(f" {text} ")) >= SLASH_PARTS:
            out.extend(p.strip() for p in _SLASH.split(f" {text} ") if p.strip())
    return out


def sun_pair(lines: Iterable[str]) -> tuple[str, str] | None:
    """Sunrise and sunset from "SR 0712 / SS 1640" or "SR/SS 07:12/16:40"."""
    for line in lines:
        for regex in _SR_SS:
            m = regex.search(line)
            if m is None:
                continue
            rise, fall = find_time(m[1]), find_time(m[2])
            if rise is not None and fall is not None:
                return rise.value, fall.value
    return None
