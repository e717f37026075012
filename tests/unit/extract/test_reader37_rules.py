"""Conventions from the twenty-eighth held-out set's misses (reader37): a commercial's title is
its product and spot, not its client; a New Zealand town line ('Te Aro, Wellington 6011'); a
department's own working day ('PRE-LIGHT: ...') printed above the shoot's; a grid that numbers
its cells without dots ('1 DATE', '3 LOCATION') beside a 'LOCATION 2'; a line about another
dated day ('Day 2 is ...: Call Time ...') under today's; and a running order that says the
call again. Each is drawn on a small page of its own, in words and places of its own. Rows
are (x, baseline y, text, size) in points."""

from __future__ import annotations

from pipeline.extract.reader.commercial import commercial_title
from pipeline.extract.reader.fields import one_address
from pipeline.extract.reader.model import Line, PageText, Word
from pipeline.extract.reader.town_lines import town_line
from tests.fixtures.callsheets import Row, render
from tests.unit.extract.drawn import read_day

# --- a commercial's title: the product and the spot, not the client -----------------------------


def _tvc(keys: list[tuple[str, str]], *, pairs: bool = True) -> bytes:
    """A commercial's one-pager: company band, the job's keys two to a row (small key, larger
    value beside it) or each over its value in a cell, then the day's facts."""
    rows: list[Row] = [
        (36, 36, "BLUE GUM PICTURES", 15),
        (420, 36, "CALL SHEET", 14),
        (420, 52, "Tue 14 April 2026", 9),
    ]
    for n, (key, value) in enumerate(keys):
        x = 36 + 270 * (n % 2)
        y = 84 + (n // 2) * (14 if pairs else 26)
        if pairs:
            rows += [(x, y, key, 7), (x + 64, y, value, 9)]
        else:
            rows += [(x, y, key, 6.5), (x, y + 11, value, 9)]
    rows += [
        (36, 190, "CREW CALL 0630", 12),
        (36, 214, "LOCATION", 8),
        (36, 226, "Brighton Town Hall", 9),
        (36, 237, "Carpenter St, Brighton VIC 3186", 9),
        (36, 262, "Lunch 1200  |  Est. wrap 1730", 8),
    ]
    return render(rows, unicode_font=True, page="a4")


def test_product_key_names_the_commercial_not_its_client() -> None:
    keys = [
        ("CLIENT", "Bayside Brewing Pty Ltd"),
        ("AGENCY", "Tall Poppy"),
        ("PRODUCT", "Gold Top Lager - The Long Lunch"),
        ("JOB NO.", "BG-2219"),
    ]
    day = read_day(_tvc(keys))
    assert day["production"] == "Gold Top Lager - The Long Lunch"
    assert day["field_confidence"]["production"] >= 0.8


def test_brand_and_spot_keys_join_as_brand_then_spot() -> None:
    keys = [
        ("Client:", "Harbour Mutual"),
        ("Agency:", "North & Sail"),
        ("Brand:", "Harbour Mutual Home Loans"),
        ("Spot:", "First Keys"),
    ]
    day = read_day(_tvc(keys))
    assert day["production"] == "Harbour Mutual Home Loans - First Keys"


def test_product_in_a_cell_over_its_value() -> None:
    keys = [("CLIENT", "Kettle & Co"), ("PRODUCT", "Kettle Crisps - Crunch Time")]
    day = read_day(_tvc(keys, pairs=False))
    assert day["production"] == "Kettle Crisps - Crunch Time"


def _page(*rows: tuple[float, float, str, float]) -> PageText:
    """Words at (x, top, text, size), one word per space-separated token, 0.5 em per char."""
    lines: dict[float, list[Word]] = {}
    for x, top, text, size in rows:
        for token in text.split(" "):
            if token:
                w = len(token) * size * 0.5
                lines.setdefault(top, []).append(Word(token, x, x + w, top, top + size, size))
            x += (len(token) + 1) * size * 0.5
    return PageText(
        tuple(Line(tuple(sorted(ws, key=lambda w: w.x0)), 0) for _, ws in sorted(lines.items())),
        595,
        842,
    )


def test_a_product_alone_is_not_sure() -> None:
    page = _page(
        (40, 60, "CLIENT", 7),
        (100, 60, "Orbit Air", 9),
        (40, 74, "PRODUCT", 7),
        (100, 74, "Orbit Air Fares", 9),
    )
    found = commercial_title(page)
    assert found is not None
    assert (found.title, found.sure, found.payers) == ("Orbit Air Fares", False, {"Orbit Air"})


def test_a_product_alone_beats_the_clients_name_read_as_the_heading() -> None:
    keys = [("CLIENT", "Coastline Foods"), ("AGENCY", "Big Sky"), ("PRODUCT", "Pavlova Bites")]
    day = read_day(_tvc(keys))
    assert day["production"] == "Pavlova Bites"
    assert day["field_confidence"]["production"] < 0.85


def test_a_product_alone_leaves_the_printed_title() -> None:
    rows: list[Row] = [
        (36, 36, "Harrow Lane Films Ltd", 11),
        (36, 70, "HIGHLAND MALT - THE LONG WAY HOME", 15),
        (36, 90, "Brand: Highland Malt  ·  Agency: Tern & Co  ·  Content: 2 x 30s", 8),
        (36, 120, "Date: Friday 20 November 2026", 9),
        (36, 134, "Unit call: 0730", 9),
        (36, 148, "Location: Dean Village, Bells Brae, Edinburgh EH4 3BJ", 9),
    ]
    day = read_day(render(rows, unicode_font=True, page="a4"))
    assert day["production"] == "HIGHLAND MALT - THE LONG WAY HOME"


def test_running_text_and_a_kind_of_production_are_no_keys() -> None:
    page = _page(
        (40, 40, "MAPLE RUN", 16),
        (40, 60, 'Commercial - "Frost Line" :30', 8),
        (300, 80, "Client and agency on set from 10:00 AM.", 8),
    )
    assert commercial_title(page) is None


def test_no_client_or_agency_no_commercial_title() -> None:
    page = _page((40, 60, "PRODUCT", 7), (100, 60, "Sunny Fields Yoghurt", 9))
    assert commercial_title(page) is None


def test_a_tables_product_column_is_no_key() -> None:
    page = _page(
        (40, 60, "Client: Lumen Studio", 9),
        (40, 120, "LOOK", 8),
        (120, 120, "PRODUCT", 8),
        (220, 120, "MODEL / SET-UP", 8),
        (40, 134, "Look 1", 8),
        (120, 134, "Trench, stone", 8),
    )
    assert commercial_title(page) is None


def test_title_alone_is_left_to_its_own_label() -> None:
    page = _page((40, 60, "CLIENT", 7), (100, 60, "Orbit Air", 9))
    page2 = _page((40, 60, "CLIENT", 7), (100, 60, "Orbit Air", 9), (40, 74, "TITLE", 7))
    assert commercial_title(page) is None
    assert commercial_title(page2) is None


# --- New Zealand's suburb, town and four-digit code ---------------------------------------------


def test_suburb_town_and_code_is_a_town_line() -> None:
    assert town_line("Te Aro, Wellington 6011", coded_only=True)
    assert town_line("Ponsonby, Auckland 1011", coded_only=True)
    assert not town_line("Lunch, Catering 1300", coded_only=True)
    assert not town_line("Shot 2, Family 1015", coded_only=True)


def test_a_street_with_no_number_over_a_nz_town_line() -> None:
    name, address, _ = one_address(
        ["Victoria Park", "Fanshawe St", "Freemans Bay, Auckland 1011", "Skate bowl"]
    )
    assert name == "Victoria Park"
    assert address == "Fanshawe St, Freemans Bay, Auckland 1011"


# --- a department's own working day printed above the shoot's ------------------------------------


def _prelight(line: str) -> bytes:
    rows: list[Row] = [
        (36, 36, "RIVERBANK FILMS", 14),
        (420, 36, "CALL SHEET", 14),
        (420, 52, "Wed 22 Apr 2026", 9),
        (36, 80, "Client: Otter Outdoors    Product: Otter Tents - Wild Weekend", 8),
        (36, 100, line, 8),
        (36, 124, "CREW CALL 0600", 12),
        (36, 150, "LOCATION: Rangitoto Wharf, Islington Bay, Auckland 0622", 8),
    ]
    return render(rows, unicode_font=True, page="a4")


def test_a_prelight_days_date_is_not_the_shoots() -> None:
    for line in (
        "PRE-LIGHT: Tue 21 Apr 2026 1300-1900 (sparks only)",
        "Rig day - Tue 21 Apr 2026, grips and sparks from 0800",
    ):
        day = read_day(_prelight(line))
        assert day["shooting_date"] == "2026-04-22", line
        assert day["field_confidence"]["shooting_date"] >= 0.85, line


# --- a grid numbered without dots, and a second set -----------------------------------------------


def _cells(top: float, heads: list[str], values: list[list[str]]) -> list[Row]:
    rows: list[Row] = []
    for k, (head, lines) in enumerate(zip(heads, values, strict=True)):
        x = 34 + 180 * k
        rows.append((x, top, head, 6.5))
        rows += [(x, top + 11 + 11 * n, text, 8.5) for n, text in enumerate(lines)]
    return rows


def test_bare_item_numbers_do_not_rank_a_second_set_first() -> None:
    rows: list[Row] = [
        (30, 40, "LAKESHORE PICTURES", 14),
        (460, 40, "CALL SHEET", 12),
        *_cells(80, ["1 DATE", "2 CREW CALL", "WEATHER"], [["APR 7/26"], ["6:45a"], ["Rain"]]),
        *_cells(
            120,
            ["3 LOCATION", "4 UNIT BASE", "5 NEAREST HOSPITAL"],
            [
                ["Casa Loma", "1 Austin Terrace", "Toronto, ON M5R 1X8"],
                ["Spadina Rd lot", "Toronto, ON M5R 2T9"],
                ["Toronto Western Hospital", "399 Bathurst St", "Toronto, ON M5T 2S8"],
            ],
        ),
        *_cells(
            180,
            ["LOCATION 2", "MOVE", "NOTES"],
            [["Spadina House", "285 Spadina Rd", "Toronto, ON M5R 2V5"], ["2:00p"], ["Quiet"]],
        ),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert day["location"].startswith("1 Austin Terrace")
    assert day["field_confidence"]["location"] >= 0.85
    assert any("285 Spadina Rd" in (p["address"] or "") for p in day["locations"])


# --- a line about another dated day under today's lines -------------------------------------------


def _docs(extra: list[str]) -> bytes:
    lines = [
        "Date: 5/9/26",
        "Call Time: 6:30 PM",
        "Location: Crystal Springs Rhododendron Garden, 5801 SE 28th Ave, Portland, OR 97202",
        "Nearest ER: Providence Portland Medical Center, 4805 NE Glisan St, Portland, OR 97213",
        *extra,
        "Schedule",
        "• 6:30 PM - Crew call at the south gate",
        "• 8:00 PM - Scene 4 - the lantern walk",
    ]
    rows: list[Row] = [(72, 60, "Night Bloom", 20)]
    rows += [(72, 100 + 16 * k, text, 11) for k, text in enumerate(lines)]
    return render(rows, unicode_font=True)


def test_another_dated_days_call_is_no_rival() -> None:
    day = read_day(
        _docs(["Day 3 (5/10/26): Call Time 5:00 PM at the studio, 1433 NW Flanders St."])
    )
    assert day["call_time"] == "18:30"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_the_running_order_saying_the_call_again_confirms_it() -> None:
    day = read_day(_docs([]))
    assert day["call_time"] == "18:30"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_a_running_order_with_another_crew_call_keeps_the_doubt() -> None:
    rows: list[Row] = [(72, 60, "Night Bloom", 20)]
    lines = [
        "Date: 5/9/26",
        "Call Time: 6:30 PM",
        "Location: Crystal Springs Rhododendron Garden, 5801 SE 28th Ave, Portland, OR 97202",
        "• 5:30 PM - Crew call at the south gate",
    ]
    rows += [(72, 100 + 16 * k, text, 11) for k, text in enumerate(lines)]
    day = read_day(render(rows, unicode_font=True))
    assert day["field_confidence"]["call_time"] < 0.85


def test_a_call_line_dated_today_is_todays() -> None:
    day = read_day(_docs(["Sat 5/9/26: Call Time 6:30 PM at the south gate."]))
    assert day["call_time"] == "18:30"
    assert day["field_confidence"]["call_time"] >= 0.85


def test_another_cells_date_on_the_row_is_no_days_heading() -> None:
    rows: list[Row] = [
        (40, 40, "WINTERREISE", 16),
        (40, 70, "Drehtag 4 / 20   Datum: Dienstag, 12.05.2026", 9),
        (40, 84, "Team Call: 06:30", 9),
        (40, 98, "Motiv: Schloss Mirabell, Mirabellplatz 4, 5020 Salzburg", 9),
        (40, 112, "Printed: Mon 11.05.2026, 18:00", 7.5),
        (300, 112, "Sunrise 05:24", 7.5),
        (400, 112, "Sunset 20:41", 7.5),
    ]
    day = read_day(render(rows, unicode_font=True))
    assert (day["sunrise"], day["sunset"]) == ("05:24", "20:41")
    assert day["field_confidence"]["sunrise"] >= 0.85
