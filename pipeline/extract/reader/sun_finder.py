# ruff: noqa: RUF001  (Cyrillic labels: the letters are meant)
"""The sun finder: the printed sunrise and sunset.

Reads the sun's two times from one label for both ("Sunrise / Sunset"), a heading over its
two directions ("SUN (RISE / SET)", "SUN" over "Rise" / "Set"), a line of two directions, or
each time's own label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from pipeline.extract.reader.attach import runs
from pipeline.extract.reader.call_finder import labelled_time
from pipeline.extract.reader.field_sheet import Found, Sheet, _texts, plausible_sun
from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Line, PageText
from pipeline.extract.reader.sun_box import box_titles, stacked_rise_set, untitled
from pipeline.extract.reader.values import Parsed, find_time, find_times

# "Sunrise / Sunset: 6:03A / 7:57P", "SUN UP/DOWN 7:14 AM / 7:16 PM", "Wschód/zachód 4.56 /
# 20.41", "Sonnenaufgang / -untergang", "Lever / coucher du soleil": one label for both times
# ... and Hungarian "Napkelte / napnyugta", Ukrainian "Схід / захід сонця", Russian "Восход /
# закат" (the sun's word, "сонця" / "солнца", may follow either), Czech / Slovak / Slovenian
# "Východ / západ slunce", "Vzhod / zahod sonca", German "SA / SU" (Sonnenaufgang /
# Sonnenuntergang abbreviated, read only as that pair in capitals, a plausible sunset after;
# Spanish "Orto / ocaso", "Salida / puesta del sol", Italian "Alba / tramonto", Portuguese
# "Nascer / pôr do sol"; Dutch "Zon op / onder", "Zonsopgang / -ondergang", Nordic
# "Solopgang / solnedgang", "Soluppgång / nedgång"; English "Sunrise / set: 05:46 / 20:03" (the
# second word shortened after 'sunrise'); Irish "Éirí / luí na gréine"; Baltic
# "Saulėtekis / saulėlydis", "Saullēkts / saulriets", "Päikesetõus / -loojang"; Finnish "Aurinko
# nousee / laskee: klo 9.13 / klo 15.38", Icelandic "Sólarupprás / sólsetur: kl. 10:45 / kl. 16:32")
_SUN_PAIR = lazy(
    r"(?:sun\s?rise|sun\s?up|wsch[óo]d|wsch\.|sonnenaufg\w*|lever|izlazak|излазак"
    r"|napkelte|saul[ėe]tekis|saull[ēe]kts|p[äa]ikeset[õo]us"
    r"|схід|восход|v[ýy]chod|vzhod|\b(?-i:SA)(?=\s*/\s*(?-i:SU)\b)"
    r"|\borto|\bsalida|\bamanecer|\balba|\bnascer"
    r"|\bzon\s?op\b|\bzonsop\w*|\bsol\s?op+g\w*|\bsoluppg\w*|(?<!\w)[ée]ir[íi](?!\w)"
    r"|\baurinko\s+nousee|\bauringonnousu|\bs[óo]larupprás"
    # Macedonian / Bulgarian "Изгрев / зајдисонце" ("/ залез"), Albanian "Lindja / perëndimi",
    # Galician "Amencer / solpor", Basque "Egunsentia / ilunabarra"
    r"|изгрев|\blindja|\bamencer|\begunsenti\w*)"
    r"(?:\s+(?:du\s+)?\w*)?"
    r"\s*/\s*(?:sun\s?set|sun\s?down|down|zach[óo]d|zach\.|-?\s?untergang|sonnenunterg\w*"
    r"|(?:(?<=rise/)|(?<=rise /)|(?<=rise/ )|(?<=rise / ))set\b"
    r"|coucher|saul[ėe]lydis|saulriets|-?\s?(?:p[äa]ikese)?loojang"
    r"|zalazak|залазак|napnyugta|захід|заход|закат|z[áa]pad|zahod|(?-i:SU)\b"
    r"|ocaso\b|puesta\b|atardecer\b|tramonto\b|p[ôo]r\b"
    r"|(?:zon\s?)?onder\b|-?\s?(?:zons)?ondergang\b|(?:sol)?ned(?:gang|gång)\b|lu[íi](?!\w)"
    r"|laskee\b|-?\s?(?:auringon)?lasku\b|s[óo]lsetur\b|s[óo]larlag\b"
    r"|зајдисонце|залез|perëndim\w*|solpor\b|ilunabar\w*)"
    r"(?:\s+(?:du\s+)?[sс]\w+|\s+na\s+gr[ée]ine)?"
    r"\s*:?\s*(.+)",
    re.I,
)


# "Sun: up 7:30 AM, down 6:21 PM": one label, each time named by its direction
_SUN_UP_DOWN = lazy(r"\bsun\s*:?\s*up\s+(.{2,14}?)\s*[,;/]\s*down\s+(.{2,14})", re.I)


def sun_times(sheet: Sheet) -> tuple[Found, Found]:
    """Sunrise and sunset, labelled separately or as 'Sunrise / Sunset: 6:03A / 7:57P'."""
    for page in sheet.pages:
        for line in page.lines:
            both = _SUN_UP_DOWN.search(line.text)
            rise, fall = (find_time(both[1]), find_time(both[2])) if both else (None, None)
            if rise is not None and fall is not None:
                return Found(rise.value, rise.quality), Found(fall.value, fall.quality)
            m = _SUN_PAIR.search(line.text)
            if m and (gloss := _SUN_PAIR.match(m.group(1))):
                m = gloss  # 'Éirí / luí na gréine  sunrise / sunset  08:11 / 18:25': translated
            if m:
                parts = re.split(r"\s*/\s*", m.group(1))
                if len(parts) == 1 and (in_cells := _two_cells(m.group(1))) is not None:
                    return in_cells  # 'WSCHÓD / ZACHÓD   7:02:00   17:56:00'
                times = [find_time(p) for p in parts[:2]]
                abbreviated = m.group(0).startswith("SA")
                if abbreviated and (
                    times[-1] is None or not plausible_sun("sunset", times[-1].value)
                ):
                    continue
                if len(times) == 2 and all(times):
                    return tuple(Found(t.value, t.quality) for t in times if t)  # type: ignore[return-value]
    paired = _sun_pair_cell(sheet)
    if paired:
        return paired
    titles = box_titles(sheet)  # 'WEATHER / SUNRISE / SUNSET': the box's topics, no labels
    if titles and (stacked := stacked_rise_set(sheet)) is not None:
        return stacked  # ... over 'Rise 6:27A' and 'Set 8:48P' inside the box
    rise = labelled_time(sheet, "sunrise", "sunrise", untitled(sheet, "sunrise", titles))
    fall = labelled_time(sheet, "sunset", "sunset", untitled(sheet, "sunset", titles))
    if rise.value is not None and fall.value is None:
        fall = _set_after_rise(sheet, str(rise.value)) or fall
    if rise.value is None and fall.value is None and (block := _sun_block(sheet)) is not None:
        return block
    if rise.value is None and fall.value is None and (inline := _sun_inline(sheet)) is not None:
        return inline
    if rise.value is None and fall.value is None and (span := _sun_span(sheet)) is not None:
        return span
    if rise.value is None and fall.value is None and (stacked := stacked_rise_set(sheet)):
        return stacked
    # 'SUN (RISE / SET)': 'SUN (RISE' may have read the first time as a sunrise's
    cell = _sun_heading_cell(sheet) if rise.value is None or fall.value is None else None
    if cell and rise.value in (None, cell[0].value) and fall.value in (None, cell[1].value):
        return cell
    return rise, fall


def _two_cells(text: str) -> tuple[Found, Found] | None:
    """'7:02:00   17:56:00' after 'WSCHÓD / ZACHÓD' in a spreadsheet's row: the pair's two
    times in the row's next two cells, no slash between them, nothing else there; read in
    the label's order when the first is a morning's and the second an evening's."""
    times = find_times(text)
    if len(times) != 2 or text[: times[0].start].strip() or text[times[-1].end :].strip():
        return None
    if text[times[0].end : times[1].start].strip():
        return None
    rise, fall = times
    if not ("03:00" <= rise.value <= "10:59" and "15:00" <= fall.value <= "23:59"):
        return None
    return Found(rise.value, rise.quality), Found(fall.value, fall.quality)


def _sun_directions(lines: Sequence[Line], x0: float) -> dict[str, Parsed]:
    """The times of the runs flush at ``x0`` in ``lines`` that name their direction."""
    got: dict[str, Parsed] = {}
    for below in lines:
        run = next(((a, b) for a, b in runs(below) if abs(below.words[a].x0 - x0) <= 3), None)
        text = " ".join(w.text for w in below.words[run[0] : run[1]]) if run else ""
        m = _SUN_DIRECTION.match(text)
        parsed = find_time(m["time"]) if m else None
        if m is None or parsed is None or parsed.start != 0:
            break
        got["rise" if m["way"].lower() in ("rise", "rises", "up") else "set"] = parsed
    return got


# The sun's word, then its two directions in brackets or after it: "SUNCE (IZLAZAK / ZALAZAK)"
# (Croatian, Bosnian, Serbian: sun, rise / set), "SUN (RISE / SET)", "SUN UP / DOWN", "SŁOŃCE
# (WSCHÓD / ZACHÓD)", "SLUNCE (VÝCHOD / ZÁPAD)", "SONCE (VZHOD / ZAHOD)", "СЛЪНЦЕ (ИЗГРЕВ /
# ЗАЛЕЗ)", "SOARE (RĂSĂRIT / APUS)", "SONNE (AUFGANG / UNTERGANG)", "SOLEIL (LEVER / COUCHER)"
_SUN_WORD = r"(?:sun|sunce|сунце|sonce|слънце|сонце|soare|słońce|slunce|slnko|sonne|soleil)"
_RISE_WORD = (
    r"(?:rise|up|izlazak|излазак|vzhod|изгрев|răsărit|rasarit|wschód|wschod|východ|vychod"
    r"|aufgang|lever)"
)
_SET_WORD = (
    r"(?:set|down|zalazak|залазак|zahod|залез|apus|zachód|zachod|západ|zapad|untergang"
    r"|coucher)"
)
_SUN_HEADING_PAIR = lazy(
    rf"^{_SUN_WORD}\s*[(:]?\s*{_RISE_WORD}\s*/\s*{_SET_WORD}\s*\)?\s*:?\s*(?P<rest>.*)$", re.I
)
SUN_HEADING_CELL = 0.9


def _sun_heading_cell(sheet: Sheet) -> tuple[Found, Found] | None:
    """Sunrise and sunset from one cell headed by the sun's word and its two directions ('SUNCE
    (IZLAZAK / ZALAZAK)' over '5.13 sati / 20.37 sati'): the two times, in the heading's order,
    beside it or in the cell under it."""
    for page in sheet.pages:
        for i, line in enumerate(page.lines):
            for a, b in runs(line):
                m = _SUN_HEADING_PAIR.match(" ".join(w.text for w in line.words[a:b]))
                if m is None:
                    continue
                value = m["rest"] or _run_under(page, i, line.words[a].x0, line.words[b - 1].x1)
                times = [find_time(p) for p in _PAIR_SEPARATOR.split(value.strip())]
                if len(times) != 2 or not all(times):
                    continue
                rise, fall = times[0], times[1]
                if rise is None or fall is None or not plausible_sun("sunset", fall.value):
                    continue
                return (
                    Found(rise.value, rise.quality * SUN_HEADING_CELL),
                    Found(fall.value, fall.quality * SUN_HEADING_CELL),
                )
    return None


def _run_under(page: PageText, i: int, x0: float, x1: float) -> str:
    """The run of the next line that starts under the span x0..x1 ('' if none)."""
    if i + 1 >= len(page.lines):
        return ""
    below = page.lines[i + 1]
    for a, b in runs(below):
        if x0 - 10 <= below.words[a].x0 <= x1:
            return " ".join(w.text for w in below.words[a:b])
    return ""


# "SUN" over "Rise 6.29am" / "Set 6.06pm" (or "Up" / "Down"): the heading names the sun, each
# line under it the direction and its time
_SUN_HEADING = lazy(r"^(?:the\s+)?sun(?:\s+times)?\s*:?$", re.I)
_SUN_DIRECTION = lazy(r"^(?P<way>rise|rises|up|set|sets|down)\b\s*:?\s*(?P<time>.+)$", re.I)
SUN_BLOCK = 0.9


def _sun_block(sheet: Sheet) -> tuple[Found, Found] | None:
    """Sunrise and sunset from a 'SUN' heading and the two lines under it, flush with it, that
    name the direction of each time ('Rise 6.29am', 'Set 6.06pm'), in either order."""
    for page in sheet.pages:
        for i, line in enumerate(page.lines):
            for a, b in runs(line):
                if not _SUN_HEADING.match(" ".join(w.text for w in line.words[a:b])):
                    continue
                got = _sun_directions(page.lines[i + 1 : i + 3], line.words[a].x0)
                if set(got) == {"rise", "set"} and plausible_sun("sunset", got["set"].value):
                    rise, fall = got["rise"], got["set"]
                    return (
                        Found(rise.value, rise.quality * SUN_BLOCK),
                        Found(fall.value, fall.quality * SUN_BLOCK),
                    )
    return None


# "Rise 0658 HRS / Set 1630 HRS" (a footer), "Up 6:12am | Down 7:40pm": the two directions
# on one line, each word straight before its time; neither word names the sun, so only the
# pair, rise before set and a plausible sunset, reads as the sun
_SUN_INLINE = lazy(r"(?<![\w/-])(?P<way>rise|up|set|down)\s*:?\s+(?=\d)", re.I)
_SUN_INLINE_SEPARATOR = lazy(r"^\s*[/|·•,;]?\s*$")
SUN_INLINE = 0.85


# "Salida del sol 5:43 AM · Puesta 5:35 PM", "Sunrise 06:12 / Set 17:40", "Nascer do sol 05:10
# | Pôr 17:48": a sunrise label's time, a separator, then the sunset's head word alone (the sun
# named once already) and its time
_SET_AFTER_RISE = lazy(
    r"^(?P<rise>.{1,14}?)\s*[/|·•,;]\s*"
    r"(?:set|sunset|down|sundown|puesta|ocaso|p[ôo]r|tramonto|coucher|untergang|zach[óo]d"
    r"|z[áa]pad|zalazak|atardecer)\b\s*:?\s*(?P<set>.+)$",
    re.I,
)


def _set_after_rise(sheet: Sheet, rise: str) -> Found | None:
    """The sunset printed after a sunrise label's own time under the set's word alone
    ('Salida del sol 5:43 AM · Puesta 5:35 PM'): read when the rise before it is the one
    read, the set's time opens what follows its word and is a plausible sunset after it."""
    for h, pieces in sheet.of("sunrise"):
        first = pieces[0] if pieces else None
        if first is None or first.below or first.line != h.line:
            continue
        m = _SET_AFTER_RISE.match(first.text.strip())
        up = find_time(m["rise"]) if m else None
        fall = find_time(m["set"]) if m else None
        if up is None or fall is None or up.start or fall.start or str(up.value) != rise:
            continue
        if plausible_sun("sunset", fall.value) and up.value < fall.value:
            return Found(fall.value, fall.quality * SUN_INLINE)
    return None


def _sun_inline(sheet: Sheet) -> tuple[Found, Found] | None:
    """Sunrise and sunset from one line's 'Rise <time> / Set <time>' (or 'Up' / 'Down'): the
    rise word first, its time, a separator, then the set word and its time."""
    for page in sheet.pages:
        for line in page.lines:
            marks = list(_SUN_INLINE.finditer(line.text))
            for first, second in pairwise(marks):
                if first["way"].lower() not in ("rise", "up"):
                    continue
                if second["way"].lower() not in ("set", "down"):
                    continue
                rise = find_time(line.text[first.end() : second.start()])
                if rise is None or rise.start != 0:
                    continue
                gap = line.text[first.end() + rise.end : second.start()]
                if not _SUN_INLINE_SEPARATOR.match(gap):
                    continue
                fall = find_time(line.text[second.end() :])
                if fall is None or fall.start != 0 or not plausible_sun("sunset", fall.value):
                    continue
                if not rise.value < fall.value:
                    continue
                return (
                    Found(rise.value, rise.quality * SUN_INLINE),
                    Found(fall.value, fall.quality * SUN_INLINE),
                )
    return None


# "Soleil / Zon  7h26 - 17h22", "Zon / Soleil 8u24 - 18u41", "Sun 6:12 - 19:40": the sun's
# word alone (in one language or two across a slash) and the day's span of light, the rise
# then the set joined by a dash; read only when the set comes after the rise and is a
# plausible sunset
_SUN_NAME = r"(?:sun|soleil|zon|sonne|sole|sol|słońce|slunce|sunce|soare)"
_SUN_SPAN = lazy(
    rf"(?<![\w/-]){_SUN_NAME}(?:\s*/\s*{_SUN_NAME})?\s*:?\s+"
    r"(?P<rise>\d{1,2}\s?[h:.u]\s?\d{2}\s*(?:[ap]\.?m\.?)?)\s*[-–—]\s*"
    r"(?P<set>\d{1,2}\s?[h:.u]\s?\d{2}\s*(?:[ap]\.?m\.?)?)(?![\w:.]\d)",
    re.I,
)
SUN_SPAN = 0.9


def _sun_span(sheet: Sheet) -> tuple[Found, Found] | None:
    """Sunrise and sunset from the sun's word before two times joined by a dash."""
    for page in sheet.pages:
        for line in page.lines:
            for m in _SUN_SPAN.finditer(line.text):
                rise, fall = find_time(m["rise"]), find_time(m["set"])
                if rise is None or fall is None or not rise.value < fall.value:
                    continue
                if not ("03:00" <= rise.value <= "10:59" and "15:00" <= fall.value <= "23:59"):
                    continue  # not a morning and an evening: a span of work hours
                return (
                    Found(rise.value, rise.quality * SUN_SPAN),
                    Found(fall.value, fall.quality * SUN_SPAN),
                )
    return None


# ... and Croatian / Serbian "IZLAZAK / ZALAZAK SUNCA" (rise / set of the sun), Spanish
# "Salida / puesta del sol", Portuguese "Nascer / pôr do sol", French "Lever / coucher du soleil",
# Romanian "Răsărit / apus", Italian "Alba / tramonto" (over "7.05 / 18.13"); "AURINKO /
# SUNRISE - SUNSET" over "klo 8.08 - klo 15.53" (the day's span: a dash between the two words
# and between the two times, read only as a morning then an evening)
_SUN_PAIR_LABEL = lazy(
    r"(?:sun\s?rise|izlazak|излазак|wsch[óo]d|salida|nascer|lever|r[ăa]s[ăa]rit|alba"
    # Albanian "Lindja / perëndimi" (over or beside 'ora 06:57 / ora 16:45': "ora", the hour)
    r"|lindja)"
    r"\s*(?:[·•|/]|(?P<dash>\s[-–]))\s*$",
    re.I,
)
_PAIR_SEPARATOR = lazy(r"\s*[·•|/]\s*")
_DASH_SEPARATOR = lazy(r"\s+[-–]\s+")


def _sun_pair_cell(sheet: Sheet) -> tuple[Found, Found] | None:
    """One cell for both, 'Sunrise · Sunset' over '07:33 · 19:28': the SUNSET label would take
    the first time, which is the sunrise; the two times pair with the two words in order."""
    for h, pieces in sheet.of("sunset"):
        line = sheet.pages[h.page].lines[h.line]
        before = " ".join(w.text for w in line.words[: h.start])
        label = _SUN_PAIR_LABEL.search(before)
        if not label:
            continue
        separator = _DASH_SEPARATOR if label["dash"] else _PAIR_SEPARATOR
        rise_pieces = next(
            (ps for o, ps in sheet.of("sunrise") if (o.page, o.line) == (h.page, h.line)), []
        )
        # 'RĂSĂRIT / APUS' over '07:37 / 18:41': the first word took the cell; in a dashed
        # pair the next cell's heading may have gone to the set's word, the times to the rise's
        cells = [pieces] if pieces else [rise_pieces]
        if label["dash"] and pieces and rise_pieces:
            cells.append(rise_pieces)
        for cell in cells:
            # the cell's first line alone, then all its lines ('7:46 AM / 3:58 PM' over the
            # next block's heading that the cell ran on into)
            texts = _texts(cell)
            for text in (texts[:1], texts):
                parts = separator.split(" ".join(text).strip())
                times = [find_time(part) for part in parts]
                if label["dash"] and not (
                    len(times) == 2
                    and all(times)
                    and "03:00" <= times[0].value <= "10:59"  # type: ignore[union-attr]
                    and "15:00" <= times[1].value <= "23:59"  # type: ignore[union-attr]
                ):
                    continue
                if len(times) == 2 and all(times):
                    return tuple(Found(t.value, t.quality) for t in times if t)  # type: ignore[return-value]
    return None
