"""British and Irish one-liner shorthand: "Call 0730 @ Croke Park, Jones' Road, Dublin 3" and
"SR 07:12 / SS 16:40" (or "SR/SS 07:12/16:40").

A one-liner sheet packs the day into a few lines of " | "-parted segments, with no label the
label tables own. A segment that opens with a bare "Call", its time and an "@" is the unit's
call and where it is; "SR" and "SS" are sunrise and sunset. A segment that speaks of another
day ("NEXT DAY", "tomorrow") or of someone's own call ("Camera call ...") is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.extract.reader.times import find_time

_SEGMENTS = re.compile(r"\s+[|\u2502\u00a6]\s+")
# "Call 0730 @ place", "Unit call: 7:30am @ place", "Crew call 0800 at place"
_CALL_AT = re.compile(
    r"^(?:(?:unit|crew|general)\s+)?call(?:\s+time)?\s*:?\s*(?P<time>\S+(?:\s?[ap]\.?m\.?)?)"
    r"\s*(?:@|\bat\b)\s*(?P<place>.+)$",
    re.I,
)
_OTHER_DAY = re.compile(r"\b(?:next\s+day|tomorrow|advance|day\s+after)\b", re.I)
_T = r"(\d{1,2}[:.h]?\d{2}(?:\s?[ap]\.?m\.?)?)"
_SR_SS = (
    re.compile(rf"\bSR\s*[:\-]?\s*{_T}\s*[/,;]?\s*SS\s*[:\-]?\s*{_T}", re.I),
    re.compile(rf"\bSR\s*/\s*SS\s*[:\-]?\s*{_T}\s*/\s*{_T}", re.I),
)
_ASIDE = re.compile(r"\s*\(([^)]*)\)\s*$")


@dataclass(frozen=True)
class CallAt:
    time: str
    place: str  # the address as printed, its closing "(...)" aside dropped
    name: str | None  # the venue before the first comma, when an address follows it


def call_at(lines: Iterable[str]) -> CallAt | None:
    """The one "Call <time> @ <place>" segment of today's lines; None when none or several."""
    found: list[CallAt] = []
    for line in lines:
        if _OTHER_DAY.search(line):
            continue
        for seg in _SEGMENTS.split(line.strip()):
            m = _CALL_AT.match(seg.strip())
            if m is None:
                continue
            t = find_time(m["time"])
            if t is None or t.start != 0:
                continue
            place = _ASIDE.sub("", m["place"]).strip(" ,.;")
            if not place:
                continue
            head, _, rest = place.partition(",")
            name = head.strip() if rest.strip() and not any(c.isdigit() for c in head) else None
            found.append(CallAt(t.value, place, name))
    return found[0] if len(found) == 1 else None


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
