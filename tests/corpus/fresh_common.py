"""Helpers the held-out `fresh*` sets share: naming their sheets, their expected values, the
12-hour clock their time forms are built on, shading, word wrap, paragraphs and shaded-head
tables.

Each set keeps its own vocabulary (its time and date forms, its places); only the mechanics
every set repeated live here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from tests.corpus.draw import Canvas, black, grey, measure
from tests.corpus.formats import add_minutes, date_text, time_text
from tests.corpus.places import Place
from tests.corpus.sheet import Sheet, call_sheet, cell, fit

MakeSheet = Callable[[str, str, str, Any, dict[str, Any]], Sheet]


def sheet_maker(prefix: str) -> MakeSheet:
    """A set's `_sheet(name, family, layout, make, exp)`: its name and family take `prefix_`."""

    def _sheet(name: str, family: str, layout: str, make: Any, exp: dict[str, Any]) -> Sheet:
        return Sheet(
            name=f"{prefix}_{name}",
            family=f"{prefix}_{family}",
            layout=layout,
            make=make,
            expected=exp,
        )

    return _sheet


def expect(p: Place, title: str, day: dt.date, call: str, extra: str, **kw: Any) -> dict[str, Any]:
    """A call sheet's expected values; `extra` holds the words it prints for the set."""
    return call_sheet(title, day, call, p, location_extra=extra.split(), **kw)


def expect_set(
    p: Place, title: str, day: dt.date, call: str, g: dict[str, Any], **kw: Any
) -> dict[str, Any]:
    """`expect` with the set's words taken from the sheet's table row (`g["set"]`, if any)."""
    return call_sheet(title, day, call, p, location_extra=g.get("set", "").split(), **kw)


def clock(hhmm: str) -> tuple[int, int, int, str]:
    """A 24-hour 'HH:MM' as hour, minute, 12-hour hour and "AM" / "PM"."""
    h, m = (int(x) for x in hhmm.split(":"))
    return h, m, h % 12 or 12, "AM" if h < 12 else "PM"


def time_or(forms: dict[str, str], hhmm: str, style: str) -> str:
    """A set's own time form `style` from `forms`, else formats.time_text's."""
    return forms[style] if style in forms else time_text(hhmm, style)


def date_or(forms: dict[str, str], d: dt.date, style: str) -> str:
    """A set's own date form `style` from `forms`, else formats.date_text's."""
    return forms[style] if style in forms else date_text(d, style)


def fill(c: Canvas, x: float, y: float, w: float, h: float, level: int) -> None:
    """A grey box (0 black, 255 white) with no border."""
    c.pdf.set_fill_color(level, level, level)
    c.pdf.rect(x, y, w, h, style="F")


def measure_bold(c: Canvas, text: str, size: float, *, bold: bool = True) -> float:
    """draw.measure, bold unless told otherwise (fresh3's and fresh4's headings)."""
    return measure(c, text, size, bold=bold)


def wrap(c: Canvas, text: str, size: float, width: float, *, bold: bool = False) -> list[str]:
    """Break `text` into lines no wider than `width`, as a word processor does."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and measure(c, trial, size, bold=bold) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def paragraph(
    c: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    width: float,
    lead: float,
    *,
    bold: bool = False,
) -> float:
    """A wrapped paragraph from baseline y; returns the baseline after it."""
    for ln in wrap(c, text, size, width, bold=bold):
        c.text(x, y, ln, size, bold=bold)
        y += lead
    return y


def _column_width(xs: list[float], i: int, width: float) -> float:
    """Room for column i's text: to the next column's offset (or the table's width), less a gap."""
    x1 = xs[i + 1] if i + 1 < len(xs) else width
    return x1 - xs[i] - 5


def head_table(
    c: Canvas,
    x: float,
    y: float,
    heads: list[str],
    xs: list[float],
    rows: list[tuple[str, ...]],
    right: float,
    *,
    size: float = 7.5,
    shade: int = 215,
    lead: float = 12.0,
    head_rule: float | None = None,
    ruled: bool = False,
    heads_to_column: bool = False,
) -> float:
    """A shaded head row at baseline y (heads at offsets `xs`), a rule of width `head_rule`
    under it if given, then rows a `lead` apart, each ruled under; a box round it all and a rule
    between columns if `ruled`; heads shrunk to their column if `heads_to_column`. Returns the
    baseline a row under the last. Each set binds its own look (size, shade, lead) with
    functools.partial."""
    fill(c, x, y - 9, right - x, 12, shade)
    for i, (h, dx) in enumerate(zip(heads, xs, strict=True)):
        width = _column_width(xs, i, right - x) if heads_to_column else 200
        fit(c, x + 3 + dx, y, h, size - 0.5, width, bold=True)
    if head_rule is not None:
        c.hline(x, right, y + 3, head_rule)
    top = y - 9
    for row in rows:
        y += lead
        for i, v in enumerate(row):
            fit(c, x + 3 + xs[i], y, v, size, _column_width(xs, i, right - x))
        c.hline(x, right, y + 3, 0.2)
    if ruled:
        c.box(x, top, right - x, y + 3 - top, 0.4)
        for dx in xs[1:]:
            c.vline(x + dx, top, y + 3, 0.3)
    return y + lead


def crew_times(
    crew: Sequence[tuple[Any, ...]], call: str, written: Callable[[str], str]
) -> list[tuple[str, ...]]:
    """A crew list's rows: each row as given, its last item (minutes from the call) replaced by
    that time as `written` prints it (a set's `partial(hm, style=t)`)."""
    return [(*row[:-1], written(add_minutes(call, row[-1]))) for row in crew]


def cast_times(
    cast: Sequence[tuple[str, str, int]],
    call: str,
    written: Callable[[str], str],
    steps: Sequence[int],
    *,
    numbered: bool = False,
) -> list[tuple[str, ...]]:
    """A cast list's rows: the artist, the character, then a time for each of `steps` (minutes
    after the artist's own offset from the call: pick-up, make-up, on set) as `written` prints
    it; led by the row's number from 1 if `numbered`."""
    rows = [(a, b, *(written(add_minutes(call, o + step)) for step in steps)) for a, b, o in cast]
    return [(str(n), *row) for n, row in enumerate(rows, 1)] if numbered else rows


# --- fresh41-44's shared page pieces (mends9) --------------------------------------------------
# The set-up, footers, notes and place blocks fresh41-44 each wrote out again; kept apart from
# the helpers above so that sets added later can append theirs without touching these.


def sheet_basics(p: Place, day: dt.date, g: dict[str, Any]) -> tuple[Place, str, str, str, str]:
    """A sheet's place, its sunrise and sunset on `day`, the sheet's time style
    (`g["time_style"]`) and layout (`g["layout"]`, "" if it has none)."""
    rise, fall = p.sun(day)
    return p, rise, fall, g["time_style"], g.get("layout", "")


def page(size: str, font: str, *, margin: float, **kw: Any) -> tuple[Canvas, float, float]:
    """A new page (Canvas(size, font, **kw)), its left margin and its right edge (the page's
    width less the margin)."""
    c = Canvas(size, font, **kw)
    return c, margin, c.width - margin


def grey_text(
    c: Canvas, x: float, y: float, text: str, size: float, level: int = 110, **kw: Any
) -> None:
    """Text in grey `level` (a footer, a letterhead's address line), then back to black."""
    grey(c, level)
    c.text(x, y, text, size, **kw)
    black(c)


def paragraphs(
    c: Canvas, x: float, y: float, texts: Sequence[str], size: float, width: float, lead: float
) -> float:
    """`paragraph` for each of `texts`, one under the other; returns the baseline after them."""
    for text in texts:
        y = paragraph(c, x, y, text, size, width, lead)
    return y


def hospital_lines(p: Place) -> list[str]:
    """The nearest hospital as a block prints it: name, street, city, phone."""
    return [p.hospital, p.hospital_street, p.hospital_city, p.hospital_phone]


def timed_rows(
    rows: Sequence[tuple[Any, ...]], call: str, written: Callable[[str], str]
) -> list[tuple[str, ...]]:
    """A schedule's rows: each row as given, its first item (minutes from the call) replaced by
    that time as `written` prints it."""
    return [(written(add_minutes(call, row[0])), *row[1:]) for row in rows]


def boxed_cells(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    blocks: Sequence[tuple[str, list[str]]],
    h: float,
    *,
    size: float,
    label_size: float = 7.5,
) -> None:
    """Blocks (heading, lines) side by side from x, each a `w` wide, `h` deep box with its
    heading and lines in it (sheet.cell): a location / parking / hospital row."""
    for k, (head, lines) in enumerate(blocks):
        c.box(x + k * w, y, w, h, 0.6)
        cell(c, x + k * w, y, w, head, lines, label_size=label_size, size=size)


def titled_notes(
    c: Canvas,
    x: float,
    y: float,
    head: str,
    head_size: float,
    texts: Sequence[str],
    size: float,
    width: float,
    lead: float,
    *,
    gap: float = 12,
) -> float:
    """A bold heading at baseline y, then `paragraphs` from `gap` under it; returns the baseline
    after them."""
    c.text(x, y, head, head_size, bold=True)
    return paragraphs(c, x, y + gap, texts, size, width, lead)


def stacked_tables(
    c: Canvas,
    x: float,
    y: float,
    right: float,
    tables: Sequence[tuple[list[str], list[float], list[tuple[str, ...]]]],
    *,
    gap: float,
    **look: Any,
) -> float:
    """`head_table`s one under the other from baseline y, each given as (heads, offsets, rows) and
    drawn with the same `look` (size, lead, ruled...), `gap` under each; returns the y under the
    last."""
    for heads, xs, rows in tables:
        y = head_table(c, x, y, heads, xs, rows, right, **look) + gap
    return y


def letterhead(
    c: Canvas,
    x: float,
    right: float,
    ys: tuple[float, float],
    left: tuple[str, float, str, float],
    right_side: tuple[str, float, str, float],
    *,
    level: int = 100,
    rule: tuple[float, float] | None = None,
) -> None:
    """A company's letterhead: its name (bold) over a grey `level` line at x, the document's
    title (bold) over its reference flush right; each side is (top text, size, under text,
    size), the two baselines `ys`; a rule (y, weight) across under it if given."""
    name, name_size, line, line_size = left
    title, title_size, ref, ref_size = right_side
    c.text(x, ys[0], name, name_size, bold=True)
    grey_text(c, x, ys[1], line, line_size, level)
    c.right(right, ys[0], title, title_size, bold=True)
    c.right(right, ys[1], ref, ref_size)
    if rule is not None:
        c.hline(x, right, rule[0], rule[1])


def signature_lines(
    c: Canvas, x: float, right: float, y: float, labels: tuple[str, str], *, split: float = 260
) -> None:
    """Two lines to sign on at y, the first 200 wide from x, the second from x + `split` to the
    right edge, each labelled under it."""
    c.hline(x, x + 200, y, 0.5)
    c.text(x, y + 11, labels[0], 8)
    c.hline(x + split, right, y, 0.5)
    c.text(x + split, y + 11, labels[1], 8)


def label_rows(
    c: Canvas,
    x: float,
    y: float,
    right: float,
    rows: Sequence[tuple[str, str]],
    size: float,
    indent: float,
    lead: float,
    *,
    suffix: str = "",
    rule_drop: float | None = None,
) -> float:
    """(label, value) rows from baseline y, `lead` apart: the label bold (with `suffix`) at x, the
    value fitted from x + `indent` to the right edge, a thin rule `rule_drop` under each if given;
    returns the baseline after the last."""
    for lab, val in rows:
        c.text(x, y, f"{lab}{suffix}", size, bold=True)
        fit(c, x + indent, y, val, size, right - x - indent)
        if rule_drop is not None:
            c.hline(x, right, y + rule_drop, 0.2)
        y += lead
    return y


# --- fresh45-47 (mends10) ---------------------------------------------------------------------
# Page pieces fresh45-47 each wrote out again; kept apart from the blocks above.


def label_grid(
    c: Canvas,
    x: float,
    y: float,
    right: float,
    pairs: Sequence[tuple[str, str]],
    cols: int,
    lead: float,
    sizes: tuple[float, float],
    indent: float,
) -> None:
    """(label, value) pairs across `cols` equal columns from x to the right edge, row by row from
    baseline y, `lead` apart: the label bold (sizes[0]), the value (sizes[1]) fitted from
    `indent` into its column, 4 short of the next (a sound or camera report's header)."""
    w = (right - x) / cols
    for i, (k, v) in enumerate(pairs):
        xx = x + (i % cols) * w
        yy = y + (i // cols) * lead
        c.text(xx, yy, k, sizes[0], bold=True)
        fit(c, xx + indent, yy, v, sizes[1], w - (indent + 4))


def ruled_cells(
    c: Canvas,
    x: float,
    y: float,
    w: float,
    blocks: Sequence[tuple[str, list[str]]],
    h: float,
    weight: float,
    **look: Any,
) -> None:
    """Blocks (heading, lines) side by side from x, each in a `w` wide, `h` deep box ruled
    `weight`, drawn by sheet.cell with `look` (label_size, size, lead): a location / parking /
    hospital row whose boxes and leading differ from `boxed_cells`'."""
    for i, (head, lines) in enumerate(blocks):
        c.box(x + i * w, y, w, h, weight)
        cell(c, x + i * w, y, w, head, lines, **look)


# --- fresh47-50 (mends13) ---------------------------------------------------------------------
# The run of day tables fresh47-50 each wrote out again; kept apart from the blocks above.


def day_tables(
    table: Callable[..., float],
    c: Canvas,
    x: float,
    y: float,
    right: float,
    g: dict[str, Any],
    call: str,
    written: Callable[[str], str],
    *,
    scenes: tuple[list[str], list[float]] | None = None,
    timed: tuple[list[str], list[float]] | None = None,
    cast: tuple[list[str], list[float]] | None = None,
    steps: Sequence[int] = (),
    numbered: bool = False,
    crew: tuple[list[str], list[float]] | None = None,
    notes: tuple[str, float, float, float] | None = None,
    notes_drop: float = 4,
    notes_gap: float = 12,
    **look: Any,
) -> float:
    """A sheet's day tables drawn with the set's own `table` (a head_table partial) from x to the
    right edge, the first at baseline y, each next 2 under the last: a `timed` schedule
    (heads, offsets; timed_rows of g["schedule"]), the `scenes` (heads, offsets; g["scenes"]),
    the `cast` (heads, offsets; cast_times of g["cast"] at `steps`, `numbered` if told), the `crew`
    (heads, offsets; crew_times of g["crew"]), times as `written` prints them, each with `look`;
    then, `notes_drop` under, titled_notes of g["notes"] if `notes` (heading, heading size,
    size, lead) is given. Returns the y under the last."""
    tables: list[tuple[list[str], list[float], list[tuple[str, ...]]]] = []
    if timed is not None:
        tables.append((*timed, timed_rows(g["schedule"], call, written)))
    if scenes is not None:
        tables.append((*scenes, g["scenes"]))
    if cast is not None:
        rows = cast_times(g["cast"], call, written, steps, numbered=numbered)
        tables.append((*cast, rows))
    if crew is not None:
        tables.append((*crew, crew_times(g["crew"], call, written)))
    for i, (heads, xs, rows) in enumerate(tables):
        y = table(c, x, y + 2 if i else y, heads, xs, rows, right, **look)
    if notes is not None:
        head, head_size, size, lead = notes
        y = titled_notes(
            c, x, y + notes_drop, head, head_size, g["notes"], size, right - x, lead, gap=notes_gap
        )
    return y
