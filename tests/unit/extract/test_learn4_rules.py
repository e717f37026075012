"""learn4 (reader): a street's type printed before its name that a set's line ends on after a
comma ("Kolegiata …, ul." / "Orła Białego 16, 11-040 Dobre Miasto") goes down to the street's
line: the address read is the whole street, not its name without its type
(place_finder._unwrapped)."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.place_finder import one_address


@pytest.mark.parametrize(
    ("lines", "name", "address"),
    [
        (
            ["Kolegiata Najświętszego Zbawiciela i Wszystkich Świętych, ul.",
             "Orła Białego 16, 11-040 Dobre Miasto (krużganki i refektarz)"],
            "Kolegiata Najświętszego Zbawiciela i Wszystkich Świętych",
            "ul. Orła Białego 16, 11-040 Dobre Miasto",
        ),
        (
            ["Zamek Biskupów Warmińskich, pl.", "Zamkowy 1, 11-100 Lidzbark Warmiński"],
            "Zamek Biskupów Warmińskich",
            "pl. Zamkowy 1, 11-100 Lidzbark Warmiński",
        ),
        (
            ["Maison des Esclaves, Rue", "Saint-Germain 5, 75006 Paris"],
            "Maison des Esclaves",
            "Rue Saint-Germain 5, 75006 Paris",
        ),
    ],
)  # fmt: skip
def test_a_type_wrapped_at_a_lines_end_goes_down_with_its_street(
    lines: list[str], name: str, address: str
) -> None:
    got_name, got, cut = one_address(lines)
    assert (got_name, got, cut) == (name, address, False)


@pytest.mark.parametrize(
    ("lines", "address"),
    [
        # a one-letter word is no type here: the line is left as printed
        (["Hala Sportowa, c", "Orła Białego 16, 11-040 Dobre Miasto"],
         "Orła Białego 16, 11-040 Dobre Miasto"),
        # no comma before it: a street named with the word ("Market Place") is whole
        (["12 Market Place", "Hexham NE46 1XQ"], "12 Market Place, Hexham NE46 1XQ"),
        # the next line is no street: nothing goes down to it, the line is read as printed
        (["Zamek Biskupów, ul. Zamkowa 1, 11-100 Lidzbark, pl.", "(krużganki i refektarz)"],
         "Zamek Biskupów, ul. Zamkowa 1, 11-100 Lidzbark, pl."),
    ],
)  # fmt: skip
def test_other_line_ends_are_left_as_printed(lines: list[str], address: str) -> None:
    _, got, _ = one_address(lines)
    assert got == address
