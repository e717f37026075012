"""Skeletons fresh56-62 each wrote out again (dedupe1, dedupe2): a family's glue from its table
row to a Sheet (`family`: sheet_basics, the sheet's name, layout and expected values around the
page it draws), its day tables (`family_tables`; `worded_tables` where a family names them in its
own words), times given as minutes from the call (`offset_times`), the footer, a near miss's body
(`notice`: fact rows, a ruled table, headed notes), the near-miss list and its expected value, and
the weekday and month names more than one set prints.

Kept apart from fresh_common so that sets built later can use or ignore them; every set still
keeps its own vocabulary (time and date forms, places, layouts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, NamedTuple

from tests.corpus.draw import Canvas
from tests.corpus.formats import add_minutes
from tests.corpus.fresh_common import (
    MakeSheet,
    day_tables,
    expect,
    grey_text,
    head_table,
    label_rows,
    page,
    sheet_basics,
    titled_notes,
)
from tests.corpus.places import Place
from tests.corpus.sheet import Sheet

OTHER: dict[str, Any] = {"document_type": "other"}

# --- weekday and month names printed by more than one set ---------------------------------------

FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"]
FR_MON += ["octobre", "novembre", "décembre"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
ES_MON += ["septiembre", "octubre", "noviembre", "diciembre"]
PT_WD = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"]
PT_WD += ["sábado", "domingo"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto"]
PT_MON += ["setembro", "outubro", "novembro", "dezembro"]
NL_WD = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_WD_LONG = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DA_WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
DE_WD_LONG = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def footer(c: Canvas, text: str, x: float = 34) -> None:
    """A sheet's grey footer line 20 above the page's foot."""
    grey_text(c, x, c.pdf.h - 20, text, 7, 120)


def offset_times(
    hm: Callable[[str, str], str], call: str, t: str, rows: Sequence[tuple[str, int]]
) -> list[tuple[str, str]]:
    """(label, minutes from the crew call) rows as (label, the time as the set's `hm` writes it
    in style `t`). A set binds `hm` with functools.partial."""
    return [(lab, hm(add_minutes(call, off), t)) for lab, off in rows]


def near_misses(
    make_sheet: MakeSheet, docs: Sequence[tuple[str, str, Callable[[], bytes]]]
) -> list[Sheet]:
    """A set's near misses, each (name, layout, make): family `near_miss`, expected `other`."""
    return [make_sheet(name, "near_miss", layout, make, OTHER) for name, layout, make in docs]


class Day(NamedTuple):
    """What a family draws one sheet from, in the order its draw function unpacks it: the key of
    the set's place, the place, sunrise, sunset, time style and layout (sheet_basics), then the
    title, the date, the crew call and the sheet's table row `g`."""

    key: str
    p: Place
    rise: str
    fall: str
    t: str
    layout: str
    title: str
    day: dt.date
    call: str
    g: dict[str, Any]


FamilySheet = Callable[[str, str, dt.date, str, dict[str, Any]], Sheet]


def family(
    make_sheet: MakeSheet,
    places: dict[str, Place],
    family_name: str,
    layout: str,
    *,
    name: str | Callable[[Day], str] = "{p.region}_{key}",
) -> Callable[[Callable[[Day], bytes]], FamilySheet]:
    """A decorator turning a family's `draw(Day) -> bytes` into the set's
    `_x(key, title, day, call, g) -> Sheet`: the place `places[key]`, its sun and the row's styles
    (sheet_basics), the sheet named `name` (a str.format pattern over Day's fields, or a function
    of the Day) in family `family_name` with `layout`, drawn on first use, expecting
    `expect(...)` with the set's words `g["set"]`."""

    def wrap(draw: Callable[[Day], bytes]) -> FamilySheet:
        def build(key: str, title: str, day: dt.date, call: str, g: dict[str, Any]) -> Sheet:
            d = Day(key, *sheet_basics(places[key], day, g), title, day, call, g)
            named = name(d) if callable(name) else name.format(**d._asdict())
            exp = expect(d.p, title, day, call, g["set"])
            return make_sheet(named, family_name, layout, partial(draw, d), exp)

        return build

    return wrap


def family_tables(
    table: Callable[..., float],
    hm: Callable[[str, str], str],
    c: Canvas,
    x: float,
    y: float,
    right: float,
    spec: Day,
    *,
    style: str | None = None,
    **kw: Any,
) -> float:
    """fresh_common.day_tables for one sheet: its table row `spec.g` and crew call, drawn with the
    set's `table`, times as the set's `hm` writes them in `style` (the sheet's own time style
    `spec.t` unless given); `kw` names the tables (scenes, cast, crew, notes...). A set binds
    `table` and `hm` with functools.partial."""
    written = partial(hm, style=spec.t if style is None else style)
    return day_tables(table, c, x, y, right, spec.g, spec.call, written, **kw)


def worded_tables(
    tables: Callable[..., float],
    c: Canvas,
    x: float,
    y: float,
    right: float,
    spec: Day,
    heads: dict[str, Any],
) -> float:
    """A sheet's scenes, cast and crew in its family's words `heads` ("scenes", "cast" with its
    "steps" and "numbered" if so, "crew" if printed: each (heads, offsets); "notes": the notes'
    heading), times in the row's table style `g["table_style"]`, drawn with the set's
    family_tables partial `tables`; its notes 4 under them, as fresh59's, fresh61's and
    fresh62's sheets print them."""
    return tables(
        c,
        x,
        y,
        right,
        spec,
        style=spec.g["table_style"],
        scenes=heads["scenes"],
        cast=heads["cast"],
        steps=heads["steps"],
        numbered=heads.get("numbered", False),
        crew=heads.get("crew"),
        notes=(heads["notes"], 8.5, 7.5, 10),
    )


def notice(
    c: Canvas,
    x: float,
    right: float,
    y: float,
    facts: Sequence[tuple[str, str]],
    table_rows: tuple[list[str], list[float], list[tuple[str, ...]]],
    notes: tuple[str, Sequence[str]],
    *,
    table: Callable[..., float],
    facts_look: tuple[float, float, float] = (8.5, 90, 13),
    suffix: str = ":",
    gaps: tuple[float, float] = (8, 8),
    notes_look: tuple[float, float, float] = (9, 8.5, 11),
    **table_look: Any,
) -> float:
    """A near miss's body from baseline y, as fresh56-59's notices print it: label_rows of `facts`
    (label, value) in `facts_look` (size, indent, lead), labels ending in `suffix`; `gaps[0]`
    under them the set's `table` of `table_rows` (heads, offsets, rows) with `table_look`;
    `gaps[1]` under that titled_notes of `notes` (heading, texts) in `notes_look` (heading size,
    size, lead) across to the right edge. Returns the baseline after the notes."""
    size, indent, lead = facts_look
    y = label_rows(c, x, y, right, facts, size, indent, lead, suffix=suffix)
    heads, xs, rows = table_rows
    y = table(c, x, y + gaps[0], heads, xs, rows, right, **table_look)
    head, texts = notes
    head_size, size, lead = notes_look
    return titled_notes(c, x, y + gaps[1], head, head_size, texts, size, right - x, lead)


def near_miss_page(
    head: tuple[str, str, str],
    body: tuple[Sequence[tuple[str, str]], Any, tuple[str, Sequence[str]]],
    *,
    paper: str,
    margin: float,
    top: float,
    font: str = "helvetica",
    label_width: float = 120,
) -> bytes:
    """A near miss as fresh71-77 print it: a bold heading at `top`, a grey line under it and a
    bold reference on the right, over a rule; then `notice`'s body of `body` (facts, table,
    notes) in a ruled head_table."""
    c, x0, right = page(paper, font, margin=margin)
    c.text(x0, top, head[0], 13, bold=True)
    grey_text(c, x0, top + 13, head[1], 8.5)
    c.right(right, top, head[2], 10, bold=True)
    c.hline(x0, right, top + 21, 1.0)
    facts, table_rows, notes = body
    notice(
        c,
        x0,
        right,
        top + 44,
        facts,
        table_rows,
        notes,
        table=head_table,
        facts_look=(9, label_width, 14),
        size=8.5,
        lead=14,
        ruled=True,
    )
    return c.output()
