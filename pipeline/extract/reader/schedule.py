"""Split a one-line shooting schedule into days and read each day's scenes and header cues."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText, Scene
from pipeline.extract.reader.rows import normal_dn, normal_ie, parse_scene, set_column
from pipeline.extract.reader.values import find_dates, find_time

END_RE = lazy(r"\b(?:END|KONIEC)\b\s+(?P<mid>.*?)\b(?:DAY|DNIA)\b(?P<num>.*?)[-\u2014\u2013]", re.I)
_CID = lazy(r"\(cid:(\d+)\)")
CID_SHIFT = (
    29  # subset fonts in these exports map glyph ids to ASCII shifted by 29 ("(cid:21)" = 2)
)
_SCENES_RE = lazy(
    r"^Scenes:\s*(?P<pages>(?:\d+\s)?\d/8|\d+)?\s*pgs\.\s*(?P<ie>INT|EXT|I/E)\s+(?P<desc>.+?)\s+"
    r"(?P<dn>Day|Night|Dusk|Dawn|Morning|D4N|N4N)\b\s*(?P<rest>.*)$",
    re.I,
)
_NUMBER_RE = lazy(r"^[A-Z]?\d*-?[A-Z]?\d+(?:pt)?(?:,\d+)*,?$", re.I)
_HEADER_SKIP = lazy(
    r"MOVE|TANDEM|SHOOT|CAMERA|IF TIME|Sunrise|Call\b|COMPANY OFF|SCHEDULED|END|Episode|"
    r"ROLL|SET\b|UNIT|WALL|Draft|Schedule|OFFICIAL|Liner|\*\*",
    re.I,
)


@dataclass(frozen=True)
class DayBlock:
    """The lines of one schedule day and what its closing line says."""

    lines: tuple[tuple[Line, float], ...]  # each line with its page width
    end_text: str
    number: int | None
    number_decoded: bool
    date: str | None
    date_quality: float


def split_days(pages: Sequence[PageText]) -> list[DayBlock]:
    """Cut a one-liner into its days: at 'END OF DAY n -- date' lines (text after the last one
    is dropped), else at 'DAY n - date' headings that open each day."""
    return _split_at_ends(pages) or _split_at_headings(pages)


# "DAY 2 - Wednesday 6th May 2026 - Unit Call 07:00", "Shoot Day 3: 7.05.2026", "DZIEŃ 2 - ..."
_HEADING = lazy(
    r"^(?:shoot(?:ing)?\s+)?(?:day|dzie[ńn](?:\s+zdj[ęe]ciowy)?)\s*#?\s*(?P<num>\d{1,3})"
    r"(?!\s*(?:of|/|z)\s*\d)\s*[-\u2013\u2014:|,]",
    re.I,
)
# A call sheet's own labels: a document that has them is one day's call sheet with an advance
# schedule, not a one-liner.
_CALL_SHEET_ONLY = lazy(
    r"hospital|\ba&e\b|unit base|basecamp|base camp|crew parking|szpital|\bbaza\b", re.I
)
_PREAMBLE_LINES = 4  # a one-liner's first day heading follows only its title lines


def _split_at_headings(pages: Sequence[PageText]) -> list[DayBlock]:
    """Days opened by 'DAY n - date' headings: two or more, dates rising, each with scenes."""
    heads: list[tuple[int, int, int, str, float]] = []  # page, line, number, date, quality
    for p, page in enumerate(pages):
        for i, line in enumerate(page.lines):
            m = _HEADING.match(line.text.strip())
            dates = find_dates(line.text[m.end() :]) if m else []
            if m and dates:
                heads.append((p, i, int(m.group("num")), dates[0].value, dates[0].quality))
    if len(heads) < 2 or heads[0][:2] > (0, _PREAMBLE_LINES):
        return []
    dates = [h[3] for h in heads]
    if dates != sorted(set(dates)):
        return []
    flat = [
        (p, i, ln, page.width) for p, page in enumerate(pages) for i, ln in enumerate(page.lines)
    ]
    if any(_CALL_SHEET_ONLY.search(ln.text) for _, _, ln, _ in flat):
        return []
    starts = [next(k for k, f in enumerate(flat) if f[:2] == h[:2]) for h in heads]
    blocks = []
    for n, (k, head) in enumerate(zip(starts, heads, strict=True)):
        stop = starts[n + 1] if n + 1 < len(starts) else len(flat)
        lines = tuple((ln, w) for _, _, ln, w in flat[k:stop])
        if not any(_starts_scene(ln) for ln, _ in lines[1:]):
            return []
        blocks.append(DayBlock(lines, lines[0][0].text, head[2], False, head[3], head[4]))
    return blocks


def _split_at_ends(pages: Sequence[PageText]) -> list[DayBlock]:
    blocks: list[DayBlock] = []
    current: list[tuple[Line, float]] = []
    for page in pages:
        for line in page.lines:
            m = END_RE.search(line.text)
            dates = find_dates(_CID.sub("", line.text), us_order=True) if m else []
            if not m or not dates:
                current.append((line, page.width))
                continue
            number, decoded = _day_number(m.group("num"), m.group("mid"))
            blocks.append(
                DayBlock(
                    tuple(current), line.text, number, decoded, dates[0].value, dates[0].quality
                )
            )
            current = []
    return blocks


def _day_number(num: str, mid: str) -> tuple[int | None, bool]:
    if re.search(r"\w", mid.replace("OF", "").replace("of", "")):
        return None, False  # "END BEACH DAY", "END 102/103 Bike DAY": another unit's day
    decoded = _CID.sub(lambda m: chr(int(m.group(1)) + CID_SHIFT), num)
    digits = re.sub(r"\s", "", decoded)
    if not digits.isdigit():
        return None, False
    return int(digits), decoded != num


def day_scenes(block: DayBlock) -> list[Scene]:
    """Scenes of a day: one-line rows ('4-9 INT ...') or two-line 'Scenes:' rows."""
    scenes: list[Scene] = []
    lines = block.lines
    for i, (line, width) in enumerate(lines):
        scene = parse_scene(line.text) or _scenes_row(line, lines[i + 1 : i + 3])
        if scene is None:
            continue
        tail = [ln for ln, _ in lines[i : i + 3]]
        tail = tail[:1] + [ln for ln in tail[1:] if not _starts_scene(ln)][:1]
        scenes.append(replace(scene, location=set_column(tail, width)))
    return scenes


def _starts_scene(line: Line) -> bool:
    return bool(parse_scene(line.text)) or line.text.startswith("Scenes:")


def _scenes_row(line: Line, following: Sequence[tuple[Line, float]]) -> Scene | None:
    m = _SCENES_RE.match(line.text)
    if not m:
        return None
    number = None
    for nxt, _ in following:
        first = nxt.words[0]
        if abs(first.x0 - line.x0) < 8 and _NUMBER_RE.match(first.text):
            number = first.text
            if first.text.endswith(",") and len(nxt.words) > 1:
                number = f"{first.text} {nxt.words[1].text}"
            break
    cast = tuple(re.findall(r"\b\d+\.\d+\b|\b\d{3}\b", m.group("rest")))
    return Scene(
        number or "?",
        normal_ie(m.group("ie")),
        normal_dn(m.group("dn")),
        m.group("desc").strip(),
        (m.group("pages") or "").strip() or None,
        cast,
    )


def day_header(block: DayBlock) -> dict[str, tuple[str | None, float]]:
    """Call time, sunrise, sunset and header location printed inside a day's block."""
    out: dict[str, tuple[str | None, float]] = {}
    for line, _ in block.lines:
        text = line.text
        call = re.search(
            r"(approximate\s+)?(?:crew\s+|unit\s+)?call(?:\s+time)?\s*(?::\s*|\s+(?=\d))(.+)",
            text,
            re.I,
        )
        if call and "call_time" not in out and (t := find_time(call.group(2))):
            quality = t.quality * (0.75 if call.group(1) else 1.0)
            out["call_time"] = (t.value, quality)
        for key in ("sunrise", "sunset"):
            m = re.search(rf"{key}\s*:\s*(\S+)", text, re.I)
            if m and key not in out and (t := find_time(m.group(1))):
                out[key] = (t.value, t.quality)
        pair = re.search(r"sunrise\s*/\s*sunset\s*:\s*(\S+)\s*/\s*(\S+)", text, re.I)
        if pair:
            for key, raw in zip(("sunrise", "sunset"), pair.groups(), strict=True):
                if t := find_time(raw):
                    out[key] = (t.value, t.quality)
    return out


def header_location(block: DayBlock) -> str | None:
    """A set named in a centred heading line ('ON LOCATION - 48 Stuyvesant Street', 'STAGE 20')."""
    stage = None
    for line, width in block.lines:
        text = line.text.strip()
        if _starts_scene(line) or parse_scene(text):
            break
        centred = abs((line.x0 + line.x1) / 2 - width / 2) < width * 0.12
        if not centred:
            continue
        m = re.match(r"ON LOCATION\s*-\s*(.+)", text, re.I)
        if m and not _HEADER_SKIP.search(m.group(1)):
            return m.group(1).strip()
        if re.fullmatch(r"(MOVE TO )?STAGE \d+", text, re.I):
            stage = stage or re.sub(r"^MOVE TO ", "", text, flags=re.I)
        elif not _HEADER_SKIP.search(text) and not find_dates(text) and len(text) > 6:
            return text
    return stage
