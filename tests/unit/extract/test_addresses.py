"""Postal addresses found by their shape, in the national forms call sheets print."""

from __future__ import annotations

import pytest

from pipeline.extract.reader.addresses import address_score, find_address, find_addresses


@pytest.mark.parametrize(
    ("text", "want", "postcode", "country"),
    [
        # UK: every postcode form, numbered and unnumbered streets
        ("52 Grove Rd, London E3 5TB", "52 Grove Rd, London E3 5TB", "E3 5TB", "GB"),
        ("Westminster Bridge Rd, London SE1 7EH", "Westminster Bridge Rd, London SE1 7EH",
         "SE1 7EH", "GB"),
        ("1 King Edward Street, London EC1A 1BB", "1 King Edward Street, London EC1A 1BB",
         "EC1A 1BB", "GB"),
        ("Unit 5, 12 Mill Lane, Leeds LS1 4AB", "Unit 5, 12 Mill Lane, Leeds LS1 4AB",
         "LS1 4AB", "GB"),
        ("221B Baker Street, London NW1 6XE, UK", "221B Baker Street, London NW1 6XE, UK",
         "NW1 6XE", "GB"),
        ("Pinewood Studios, Pinewood Rd, Iver Heath SL0 0NH",
         "Pinewood Rd, Iver Heath SL0 0NH", "SL0 0NH", "GB"),
        ("52 GROVE RD, LONDON E3 5TB", "52 GROVE RD, LONDON E3 5TB", "E3 5TB", "GB"),
        ("10 High Street, Bow, London E3 2AA", "10 High Street, Bow, London E3 2AA", "E3 2AA",
         "GB"),
        # US: ZIP and ZIP+4 after a state code
        ("1600 Pennsylvania Ave NW, Washington, DC 20500",
         "1600 Pennsylvania Ave NW, Washington, DC 20500", "20500", "US"),
        ("4000 Warner Blvd, Burbank, CA 91522-0001", "4000 Warner Blvd, Burbank, CA 91522-0001",
         "91522-0001", "US"),
        ("123 Main St Suite 200, Los Angeles, CA 90012",
         "123 Main St Suite 200, Los Angeles, CA 90012", "90012", "US"),
        ("1619 Broadway, New York, NY 10019", "1619 Broadway, New York, NY 10019", "10019",
         "US"),
        # a street with no type word: usaddress finds where it starts
        ("Set: 500 Brickell Key, Miami, FL 33131", "500 Brickell Key, Miami, FL 33131", "33131",
         "US"),
        # Canada
        ("123 Queen St W, Toronto, ON M5V 2T6", "123 Queen St W, Toronto, ON M5V 2T6", "M5V 2T6",
         "CA"),
        ("55 Mill St, Toronto ON M5A 3C4", "55 Mill St, Toronto ON M5A 3C4", "M5A 3C4", "CA"),
        # Poland: ul./al./pl./os., number after the street, NN-NNN before the town
        ("ul. Marszałkowska 10/12, 00-590 Warszawa", "ul. Marszałkowska 10/12, 00-590 Warszawa",
         "00-590", "PL"),
        ("al. Jana Pawła II 5 m. 3, 00-001 Warszawa", "al. Jana Pawła II 5 m. 3, 00-001 Warszawa",
         "00-001", "PL"),
        ("ul. 3 Maja 12, 30-001 Kraków", "ul. 3 Maja 12, 30-001 Kraków", "30-001", "PL"),
        ("pl. Defilad 1, 00-901 Warszawa", "pl. Defilad 1, 00-901 Warszawa", "00-901", "PL"),
        ("os. Kabaty 5, 02-797 Warszawa", "os. Kabaty 5, 02-797 Warszawa", "02-797", "PL"),
        ("00-590 Warszawa, ul. Marszałkowska 10", "00-590 Warszawa, ul. Marszałkowska 10",
         "00-590", "PL"),
        ("Piotrkowska 104, 90-001 Łódź", "Piotrkowska 104, 90-001 Łódź", "90-001", "PL"),
        # Germany, Netherlands, France, Italy, Austria
        ("Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin", "10115", "DE"),
        ("Berliner Str. 12, 10713 Berlin", "Berliner Str. 12, 10713 Berlin", "10713", "DE"),
        ("D-10115 Berlin, Friedrichstraße 43", "D-10115 Berlin, Friedrichstraße 43", "10115",
         "DE"),
        ("Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam",
         "1015 CJ", "NL"),
        ("12 rue de Rivoli, 75001 Paris", "12 rue de Rivoli, 75001 Paris", "75001", "FR"),
        ("Via Roma 12, 00184 Roma", "Via Roma 12, 00184 Roma", "00184", "IT"),
        ("Stephansplatz 1, A-1010 Wien", "Stephansplatz 1, A-1010 Wien", "1010", "AT"),
        ("Calle Mayor 5, 28013 Madrid", "Calle Mayor 5, 28013 Madrid", "28013", "ES"),
        ("Friedrich-Ebert-Straße 7a, 53113 Bonn", "Friedrich-Ebert-Straße 7a, 53113 Bonn",
         "53113", "DE"),
        ("Prinsengracht 263-267, 1016 GV Amsterdam", "Prinsengracht 263-267, 1016 GV Amsterdam",
         "1016 GV", "NL"),
        # no comma between the house number and the postcode
        ("ul. Wołoska 137 02-507 Warszawa", "ul. Wołoska 137 02-507 Warszawa", "02-507", "PL"),
        ("123 Main St #200, Los Angeles, CA 90012", "123 Main St #200, Los Angeles, CA 90012",
         "90012", "US"),
        ("Location: 1619 Broadway New York NY 10019", "1619 Broadway New York NY 10019", "10019",
         "US"),
        # a numbered street whose type word is not in any list, before a town and postcode
        ("2 Canal Foo, London N1C 4DB", "2 Canal Foo, London N1C 4DB", "N1C 4DB", "GB"),
        ("Stage 5, 4000 Warner, Burbank, CA 91522", "4000 Warner, Burbank, CA 91522", "91522",
         "US"),
    ],
)  # fmt: skip
def test_whole_addresses(text: str, want: str, postcode: str, country: str) -> None:
    found = find_address(text)
    assert found is not None
    assert (found.text, found.postcode, found.country) == (want, postcode, country)
    assert text[found.start : found.end] == found.text
    assert found.quality >= 0.85


@pytest.mark.parametrize(
    ("text", "want"),
    [("Location: 48 Stuyvesant Street, New York, NY 10003 - park on street",
      "48 Stuyvesant Street, New York, NY 10003"),
     ("Hospital: St Thomas' Hospital, Westminster Bridge Rd, London SE1 7EH",
      "Westminster Bridge Rd, London SE1 7EH"),
     ("Stage 5, 4000 Warner Blvd, Burbank, CA 91522", "4000 Warner Blvd, Burbank, CA 91522"),
     ("Crew Parking: Lot B at 100 Universal City Plaza, Universal City, CA 91608",
      "100 Universal City Plaza, Universal City, CA 91608"),
     ("Miejsce zdjęć: ul. Piękna 20, 00-549 Warszawa tel. 22 123 45 67",
      "ul. Piękna 20, 00-549 Warszawa"),
     ("Basecamp: Tesco car park, 10 High Street, Bow, London E3 2AA 07:00",
      "10 High Street, Bow, London E3 2AA"),
     ("SET #1 - 52 Grove Rd, London E3 5TB (use side gate)", "52 Grove Rd, London E3 5TB"),
     # a street named like a label word is still a street
     ("General Crew Call: 6:30 AM 4867 Sunset Blvd, Los Angeles, CA 90027",
      "4867 Sunset Blvd, Los Angeles, CA 90027"),
     ("Hospital Rd, Bow, London E3 2AA", "Hospital Rd, Bow, London E3 2AA"),
     # a place's name ending in a street word, then the street
     ("Unit Base: West Car Park, Great North Rd, Hatfield AL9 5HX",
      "Great North Rd, Hatfield AL9 5HX"),
     # the town line of a two-line US address
     ("GLENDALE, NY 11385", "GLENDALE, NY 11385"),
     ("UL. MARSZAŁKOWSKA 10, 00-590 WARSZAWA", "UL. MARSZAŁKOWSKA 10, 00-590 WARSZAWA")],
)  # fmt: skip
def test_label_words_and_trailing_text_are_left_out(text: str, want: str) -> None:
    found = find_address(text)
    assert found is not None and found.text == want


def test_two_addresses_on_one_line_are_two() -> None:
    line = "52 Grove Rd, London E3 5TB, Bridge Rd, London SE1 7EH"
    first = find_address(line)
    assert first is not None and first.text == "52 Grove Rd, London E3 5TB"
    assert [a.text for a in find_addresses(line)] == [
        "52 Grove Rd, London E3 5TB",
        "Bridge Rd, London SE1 7EH",
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [("ul. Piękna 20, 00-549 Warszawa, ul. Nowy Świat 5, 00-400 Warszawa",
      ["ul. Piękna 20, 00-549 Warszawa", "ul. Nowy Świat 5, 00-400 Warszawa"]),
     ("4000 Warner Blvd, Burbank, CA 91522 / 100 Universal City Plaza, Universal City, CA 91608",
      ["4000 Warner Blvd, Burbank, CA 91522",
       "100 Universal City Plaza, Universal City, CA 91608"]),
     ("Set: 123 Queen St W, Toronto, ON M5V 2T6 Base: 55 Mill St, Toronto, ON M5A 3C4",
      ["123 Queen St W, Toronto, ON M5V 2T6", "55 Mill St, Toronto, ON M5A 3C4"])],
)  # fmt: skip
def test_each_address_of_a_line(line: str, want: list[str]) -> None:
    assert [a.text for a in find_addresses(line)] == want


def test_parts_are_named() -> None:
    found = find_address("Set: 123 Queen St W, Toronto, ON M5V 2T6")
    assert found is not None
    assert (found.street, found.city) == ("123 Queen St W", "Toronto")
    polish = find_address("ul. Marszałkowska 10/12, 00-590 Warszawa")
    assert polish is not None and (polish.street, polish.city) == (
        "ul. Marszałkowska 10/12",
        "Warszawa",
    )


@pytest.mark.parametrize(
    ("text", "want", "at_most"),
    [("52 Grove Rd, London", "52 Grove Rd, London", 0.8),  # no postcode
     ("52 Grove Rd", "52 Grove Rd", 0.7),
     ("London SE1 7EH", "London SE1 7EH", 0.6),  # a town and a postcode, no street
     ("The Long Walk", "The Long Walk", 0.4)],  # "Walk" is also a word
)  # fmt: skip
def test_partial_addresses_have_lower_quality(text: str, want: str, at_most: float) -> None:
    found = find_address(text)
    assert found is not None and found.text == want and found.quality <= at_most


@pytest.mark.parametrize(
    "text",
    ["Stage 5", "Crew Call 07:00 Lunch 13:00", "Shoot Day 2 of 3 · Thursday 14 November",
     "Call Dr Smith 7:00", "Scene 12 INT. KITCHEN - DAY", "Pinewood Studios", "Episode 104",
     "Tel +44 20 7946 0000", "Sunrise 07:12 Sunset 16:05", "Dzień zdjęciowy 2 z 10",
     "1230 PM Lunch", "Total 12345 Budget",
     "13 PL. PODWÓRKO NOC 3/8 1",  # "PL." is "plener" (exterior) in a Polish scene row
     "C/O BROADWAY STAGES", "via the A40 to Denham"],
)  # fmt: skip
def test_no_address(text: str) -> None:
    assert find_address(text) is None
    assert address_score(text) == 0.0


def test_region_names_the_country_when_the_address_does_not() -> None:
    found = find_address("52 Grove Rd, London", region="GB")
    assert found is not None and found.country == "GB"
    assert find_address("52 Grove Rd, London") is not None
    assert find_address("52 Grove Rd, London").country is None  # type: ignore[union-attr]


def test_european_code_alone_counts_on_a_european_sheet() -> None:
    assert find_address("10115 Berlin") is None
    found = find_address("10115 Berlin", region="DE")
    assert found is not None and found.postcode == "10115"


@pytest.mark.parametrize(
    "line",
    ["52 Grove Rd", "Westminster Bridge Rd", "London SE1 7EH", "Los Angeles, CA 90027",
     "ul. Pabianicka 62", "46309 Warm Springs Blvd", "Hauptstraße 5"],
)  # fmt: skip
def test_one_line_of_an_address_scores_at_least_half(line: str) -> None:
    # a cell's address often spans two lines: each line alone still reads as address-like
    assert address_score(line) >= 0.5


@pytest.mark.parametrize(
    "line",
    ["7-43 Feb. 97 John meets with Margaret Street", "The Long Walk", "Hatfield House",
     "Scenes: 1/8 pgs. EXT DOWNTOWN STREET / BILLBOARD Day 2.2"],
)  # fmt: skip
def test_prose_that_names_a_street_scores_below_half(line: str) -> None:
    assert address_score(line) < 0.5


def test_address_score_orders_strings_by_how_address_like_they_are() -> None:
    whole = address_score("52 Grove Rd, London E3 5TB")
    street = address_score("52 Grove Rd")
    mixed = address_score("St Thomas' Hospital, Westminster Bridge Rd, London SE1 7EH")
    assert whole == 1.0
    assert 0.5 < mixed < whole
    assert 0.3 < street < mixed
    assert address_score("Pinewood Studios") == 0.0


@pytest.mark.parametrize(
    "line",
    ["a" * 100_000, "1 " * 50_000, "52 Grove Rd, " * 8_000, "ul. " * 25_000, "A1 " * 30_000,
     "Aa " * 33_000, "E3 5TB " * 15_000, "00-590 Warszawa " * 7_000],
)  # fmt: skip
def test_a_huge_line_is_read_in_bounded_time(line: str) -> None:
    # Only a bounded prefix is read, word by word; this returns at once whatever the line holds.
    found = find_addresses(line)
    assert all(a.end <= 500 for a in found)
    assert 0.0 <= address_score(line) <= 1.0


@pytest.mark.parametrize(
    "text, want",
    [
        ("Somerset House, Strand, London WC2R 1LA", "Strand, London WC2R 1LA"),
        ("Strand, London WC2R 1LA", "Strand, London WC2R 1LA"),
        ("Location 1: Whitehall, London SW1A 2ET", "Whitehall, London SW1A 2ET"),
    ],
)
def test_british_street_without_number_or_type(text: str, want: str) -> None:
    # a British address often names its street alone between the building and the town
    found = find_address(text)
    assert found is not None and found.text == want and found.street == want.split(",")[0]
    assert address_score(text) >= 0.5


def test_a_bare_group_before_a_town_is_a_street_only_in_british_form() -> None:
    found = find_address("Tel 020 3456, London NW1 2BU")
    assert found is not None and found.street is None


@pytest.mark.parametrize(
    "text, want",
    [
        ("Vodičkova 36, 110 00 Praha 1", "Vodičkova 36, 110 00 Praha"),
        ("U Nemocnice 2, 128 08 Praha 2", "U Nemocnice 2, 128 08 Praha"),
        ("Drottninggatan 53, SE-111 21 Stockholm", "Drottninggatan 53, SE-111 21 Stockholm"),
    ],
)
def test_continental_street_number_then_split_five_digit_code(text: str, want: str) -> None:
    found = find_address(text)
    assert found is not None and found.text == want


def test_a_bare_four_digit_code_after_a_number_stays_a_time() -> None:
    assert find_address("Call 7, 0630 Lunch") is None


@pytest.mark.parametrize(
    "text", ["Inchicore Rd, Kilmainham, Dublin 8, D08 RK28", "Main St, Swords, Co. Dublin K67 X2Y3"]
)
def test_an_eircode_makes_an_irish_line_an_address(text: str) -> None:
    from pipeline.extract.reader.address_parts import find_postcodes

    codes = [p for p in find_postcodes(text) if p.country == "IE"]
    assert len(codes) == 1
    assert address_score(text) >= 0.5


def test_a_room_number_and_a_year_are_no_eircode() -> None:
    from pipeline.extract.reader.address_parts import find_postcodes

    assert find_postcodes("Room V10 2026") == []
