"""Layout rules from the ninth held-out set's misses (reader16): a tall word does not glue the
lines beside it into one, a company's letterhead address is not the set, and others. Each
convention is drawn on a small page of its own. Rows are (x, baseline y, text, size) in points
on a letter page."""

from __future__ import annotations

from fpdf import FPDF

from tests.fixtures.callsheets import DEJAVU
from tests.unit.extract.drawn import read_day

Row = tuple[float, float, str, float]


def _pages(*pages: list[Row]) -> bytes:
    pdf = FPDF(unit="pt", format="letter")
    pdf.add_font("DejaVu", "", str(DEJAVU))
    for rows in pages:
        pdf.add_page()
        for x, y, text, size in rows:
            pdf.set_font("DejaVu", size=size)
            pdf.text(x, y, text)
    return bytes(pdf.output())


_PLACES = [
    (40, 150, "LOCATION", 7),
    (40, 162, "Warner Bros. Studios, Stage 16", 8),
    (40, 172, "4000 Warner Blvd", 8),
    (40, 182, "Burbank, CA 91522", 8),
    (300, 150, "NEAREST HOSPITAL", 7),
    (300, 162, "Providence Saint Joseph Medical Center", 8),
    (300, 172, "501 S Buena Vista St", 8),
    (300, 182, "Burbank, CA 91505", 8),
]


def test_a_tall_crew_call_does_not_join_the_small_lines_beside_it() -> None:
    # Given a 24 pt crew call in the header's middle and, to its right, the sun's line in 8 pt
    # with the weather right under it ('Sunrise 6:58A  Sunset 7:04P' over 'Sunny 78° / 54°')
    rows = [
        (40, 36, "HIGH DESERT", 15),
        (40, 49, 'Episode 107 "Dry Lightning"', 9),
        (40, 61, "Exec. Producers: Ann Voss, Leo Grant", 7.5),
        (40, 70.5, "Director: Tamsin Reid", 7.5),
        (260, 40, "CREW CALL", 10),
        (260, 66, "7:00A", 24),
        (440, 36, "Thursday, March 19, 2026", 10),
        (440, 50, "Day 12 of 15", 10),
        (440, 63, "Sunrise 6:58A   Sunset 7:04P", 8),
        (500, 75, "Sunny 78° / 54°", 8),
        *_PLACES,
    ]
    day = read_day(_pages(rows))
    # Then both times of the sun are read, each under its own label
    assert (day["sunrise"], day["sunset"]) == ("06:58", "19:04")
    assert day["call_time"] == "07:00"


_PL_HEAD = [
    (40, 40, "PLAN ZDJĘCIOWY nr 12", 11),
    (200, 84, "„Hala”", 18),
    (40, 128, "Data: wtorek, 17.03.2026", 10),
    (40, 146, "Zbiórka ekipy: 07:00", 10),
    (40, 220, "Szpital: Szpital Kliniczny, ul. Borowska 213, 50-556 Wrocław", 9.5),
]


def test_a_polish_plan_label_with_a_colon_names_the_set() -> None:
    # Given a Polish sheet whose set is under 'Plan:' (na planie: on set), the only label of
    # the set, and 'PLAN ZDJĘCIOWY' (the sheet's own name) at the top
    rows = [*_PL_HEAD, (40, 186, "Plan: Hala Stulecia, ul. Wystawowa 1, 51-618 Wrocław", 9.5)]
    day = read_day(_pages(rows))
    # Then the set is the place after 'Plan:', read at a confidence that needs no review
    assert day["location"] == "Hala Stulecia, ul. Wystawowa 1, 51-618 Wrocław"
    assert day["field_confidence"]["location"] >= 0.85


def test_plan_without_a_colon_is_not_the_sets_label() -> None:
    # Given 'plan zdjęć na jutro' (tomorrow's shooting plan) as a heading and the set in a
    # sentence
    rows = [
        (40, 40, "KINO \u2013 plan zdjęć na jutro", 14),
        (40, 70, "Jutro, sobota 7.11.2026, kręcimy drugi dzień etiudy „Kino”.", 10),
        (40, 84, "Zbiórka ekipy o 9.00 przed Kinem Pod Baranami, Rynek Główny 27,", 10),
        (40, 98, "31-010 Kraków. Aktorzy od 10.00.", 10),
    ]
    day = read_day(_pages(rows))
    # Then the heading's words are not the set: the sentence's address is
    assert day["location"] == "Rynek Główny 27, 31-010 Kraków"


def test_a_scene_heading_opening_the_sets_line_is_not_its_address() -> None:
    # Given the scene's set, then a dash, the venue and its address on one line after the label
    rows = [
        *_PL_HEAD,
        (40, 186, "Plan: WN. HALA GŁÓWNA \u2013 Hala Stulecia, ul. Wystawowa 1, 51-618 Wrocław", 9),
    ]
    day = read_day(_pages(rows))
    # Then the scene heading is the set's name, the venue and its address the set's address
    assert day["location"] == "Hala Stulecia, ul. Wystawowa 1, 51-618 Wrocław"
    assert day["locations"][0]["name"] == "WN. HALA GŁÓWNA"


_LETTERHEAD = [
    (40, 40, "Odra Film Sp. z o.o.", 9),
    (40, 51, "ul. Ruska 46, 50-079 Wrocław · NIP 896-000-00-00 · biuro@odrafilm.pl", 7),
    (200, 90, "„Hala”", 18),
    (40, 128, "Data: wtorek, 17.03.2026", 10),
    (40, 146, "Zbiórka ekipy: 07:00", 10),
]


def test_a_letterhead_address_loses_to_the_sets_address_in_running_text() -> None:
    # Given the company's letterhead (name, address, tax number, e-mail) above the title and the
    # set named only in a sentence further down
    rows = [
        *_LETTERHEAD,
        (40, 180, "Zdjęcia w Hali Stulecia, ul. Wystawowa 1, 51-618 Wrocław.", 10),
    ]
    day = read_day(_pages(rows))
    # Then the set is the sentence's address, not the office's
    assert day["location"] == "ul. Wystawowa 1, 51-618 Wrocław"


def test_a_letterhead_address_alone_is_doubtful_as_the_set() -> None:
    # Given the company's letterhead and no other address on the sheet
    day = read_day(_pages([*_LETTERHEAD, (40, 180, "Zdjęcia w hali, wejście od parkingu.", 10)]))
    # Then whatever is read for the set is sent to a person, with a warning naming the letterhead
    assert day["field_confidence"]["location"] <= 0.3
    assert any("letterhead" in w for w in day["warnings"])


def test_a_footer_address_of_the_company_is_not_the_set() -> None:
    # Given page 1's footer with the company's address, registration and web site, and the set
    # named in a sentence on page 2
    first = [
        (40, 40, "THE LONG WALK", 18),
        (40, 70, "Friday 13 March 2026 - crew call 7:00am.", 10),
        (40, 760, "Long Walk Films Ltd · 12 Dean St, London W1D 3RS · www.longwalk.co.uk", 7),
    ]
    second = [(40, 60, "We shoot at Kenwood House, Hampstead Lane, London NW3 7JR.", 10)]
    day = read_day(_pages(first, second))
    # Then the set is page 2's address
    assert "Hampstead Lane" in day["location"]


def test_a_title_joined_to_the_sheets_name_by_a_separator_is_the_production() -> None:
    # Given sheets written as letters whose heading joins the title and the sheet's name, either
    # side, over a paragraph in a smaller type
    body = [
        (72, 100, "Hi everyone! Here is everything for Saturday, April 11, 2026.", 11),
        (72, 115, "Crew call: 7:00am at 2100 Barton Springs Rd, Austin, TX 78746.", 11),
    ]
    for heading, title in [
        ("BARTON SPRINGS - Call Sheet", "BARTON SPRINGS"),
        ("CALL SHEET: THE DOME", "THE DOME"),
        ("KINO \u2013 plan zdjęć na jutro", "KINO"),
    ]:
        day = read_day(_pages([(72, 72, heading, 16), *body]))
        # Then the title is the words beside the sheet's name, not the first sentence
        assert day["production"] == title


def test_a_time_in_a_sentence_follows_its_phrase_bare_or_after_a_word_for_at() -> None:
    # Given a Polish letter: the crew's call after 'o' (at), the sun's times right after their
    # words, and the set's address in a sentence
    rows = [
        (72, 72, "KINO \u2013 plan zdjęć na jutro", 16),
        (72, 100, "Jutro, sobota 7.11.2026, kręcimy drugi dzień etiudy.", 11),
        (72, 115, "Zbiórka ekipy o 9.00 przed wejściem, Rynek Główny 27, 31-010 Kraków.", 11),
        (72, 140, "Wschód słońca 6.40, zachód 16.07.", 11),
    ]
    day = read_day(_pages(rows))
    # Then each time is read from its sentence
    assert (day["call_time"], day["sunrise"], day["sunset"]) == ("09:00", "06:40", "16:07")
