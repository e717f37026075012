"""A production's daily sheet in a layout the reader misses: the set's address sits under a
label it does not know ("TODAY WE GATHER": no word of it says "set" or "where"), so every day
goes to review until it is learnt."""

from __future__ import annotations

from tests.fixtures.callsheets import render

SETS = (
    ("Gdynia Harbour", "ul. Waszyngtona 1", "81-342 Gdynia"),
    ("Old Town Hall", "ul. Mariacka 46", "80-831 Gdańsk"),
    ("Shipyard Gate", "ul. Doki 1", "80-863 Gdańsk"),
)


def daily_sheet(title: str, date: str, call: str, n: int) -> bytes:
    """Day ``n``'s sheet: ``date`` as DD.MM.YYYY, ``call`` HH:MM, set ``SETS[n]``."""
    name, street, town = SETS[n]
    return render(  # the DejaVu font prints Polish letters
        [
            (30, 40, title, 18),
            (30, 70, f"Date: {date}", 10),
            (30, 90, f"Crew Call: {call}", 10),
            (30, 120, "TODAY WE GATHER", 8),
            (30, 134, name, 10),
            (30, 148, street, 10),
            (30, 162, town, 10),
            (300, 120, "NOTES", 8),
            (300, 134, "Bring warm layers, long day on the water.", 9),
            (30, 200, "SC 12 EXT. PIER - DAY 1/8", 9),
        ],
        unicode_font=True,
    )


def address(n: int) -> str:
    _, street, town = SETS[n]
    return f"{street}, {town}"
