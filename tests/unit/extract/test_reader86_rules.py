"""Rules reader86 added to the classifier, drawn on small pages in other wordings than the
corpus's near misses: 'citación' alone is any gathering's call (only 'hoja de citación' names a
shoot's paper); a shoot's word told in a sentence (a visiting news crew 'will film ...') counts
only as a camera crew's word does, in the heading or in sentences apart; 'MV' inside running
words or after a vessel's word is a ship, not a music video; a civil protection service's
call-up and an election's order to its polling staff are named papers. Each near miss has its
negative: a real call sheet that prints the same words stays one. Rows are (x, baseline y,
text, size) in points."""

from __future__ import annotations

import pytest

from pipeline.extract.reader import shoot_evidence, unshot_events
from tests.fixtures.callsheets import Row
from tests.unit.extract.drawn import doc_type


def _page(*lines: str, title_size: float = 14) -> list[Row]:
    """The first line as a heading, the others under it, 14 pt apart."""
    rows: list[Row] = [(40, 40, lines[0], title_size)]
    return rows + [(40, 66 + 14 * i, text, 9) for i, text in enumerate(lines[1:])]


# --- the evidence, line by line ---------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["MV \u201cPaper Planes\u201d \u2013 The Lanterns", "Call 07:30"],  # heads its line
        ["Project: MV 'Night Bus'", "Call 07:30"],  # a label's value
        ["HOJA DE CITACI\u00d3N N\u00ba 4", "Citaci\u00f3n general 7:00"],  # the paper's name
        [
            "Heading",
            "Date: 4 May",
            "Call 7:00",
            "Notes",
            "Please read this call sheet through tonight, as the times below may change and we",
        ],  # the paper's own name in a sentence is its own
        [
            "Heading",
            "Date: 4 May",
            "Call 7:00",
            "Filming starts at eight sharp in the walled garden, so please keep the hallway clear.",
            "Lunch 13:00",
            "We are filming the last scene in the kitchen after lunch, so all phones off then.",
        ],  # two sentences apart
        ["Filming day 3", "Call 07:00"],  # not a sentence: a heading's words
    ],
)
def test_shoot_evidence(lines: list[str]) -> None:
    assert shoot_evidence.shows_a_shoot(lines)


@pytest.mark.parametrize(
    "lines",
    [
        ["Whale watch", "Date: 4 May", "Meet 09:00", "Board MV 'Orca Spirit' at pier 2"],
        ["Seal trip", "Date: 4 May", "Meet 09:00", "Vessel: MV 'Aurora', berth 3"],
        ["PE\u00d1A LOS ALMENDROS", "CITACI\u00d3N A LOS SOCIOS", "Citaci\u00f3n: 10:00 h"],
        [
            "Open day",
            "Date: 4 May",
            "Gates 10:00",
            "Notes",
            "Please wear your apron. A film crew from the local news will be on site to film"
            " the new",
            "polytunnel, so keep the paths clear and ask visitors before they are filmed.",
        ],  # one sentence, wrapped
    ],
)
def test_no_shoot_evidence(lines: list[str]) -> None:
    assert not shoot_evidence.shows_a_shoot(lines)


def test_a_music_videos_mv_still_speaks_of_a_shoot() -> None:
    assert unshot_events.speaks_of_a_shoot(["MV 'Glass Houses' \u2013 Fennel"])
    assert not unshot_events.speaks_of_a_shoot(["Ferry MV 'Glass Houses' 08:15"])


# --- near misses (kinds never in the corpus) are other ----------------------------------------

_CYCLING_CLUB = _page(
    "PE\u00d1A CICLISTA LOS ALMENDROS",
    "Marcha cicloturista de primavera - CITACI\u00d3N A LOS SOCIOS",
    "Domingo 11 de abril de 2027",
    "Citaci\u00f3n: 8:00 h en la Plaza del Ayuntamiento, Calle Mayor 3, 30001 Murcia",
    "8:30  Salida hacia Alcantarilla",
    "11:00  Avituallamiento en la plaza de la iglesia",
    "13:30  Comida en el Mes\u00f3n del Puerto",
    "Coche escoba: Andr\u00e9s Molina 612 555 012",
)
_GARDEN_OPEN_DAY = _page(
    "GREENWAY COMMUNITY GARDEN - OPEN DAY",
    "Saturday 8 May 2027, 2 Canal Walk, Leicester LE1 5WW",
    "Volunteers arrive 09:00 at the tool shed",
    "10:00  Gates open, seed swap",
    "12:00  Barbecue by the pond",
    "15:00  Raffle and close",
    "Notes",
    "Please wear your garden apron. A crew from the local news will be on site at 11:00 to"
    " film the new",
    "polytunnel, so keep the paths clear and ask visitors before they are filmed.",
    "Coordinator: Rita Mistry 07700 900456",
)
_SEAL_TRIP = _page(
    "HARBOUR SEAL TRIPS - DAY CHARTER",
    "Sunday 16 May 2027",
    "Meet 09:15 at the harbour office, Station Road, Oban PA34 4LW",
    "Vessel MV 'Selkie', departs 09:45 sharp",
    "10:30  Seal colony at the point",
    "12:30  Lunch ashore",
    "15:30  Back at the quay",
    "Skipper: Callum Reid 07700 900777",
)
_CIVIL_PROTECTION = _page(
    "COUNTY CIVIL PROTECTION VOLUNTEERS",
    "CALL-UP NOTICE - shelter team B",
    "Report: Saturday 22 May 2027, 07:45",
    "Place: Rest centre, Valley Sports Hall, 9 Mill Lane, Carlisle CA2 4LD",
    "Dismissal: about 16:00",
    "Bring your ID card, boots and the team fleece.",
)
_POLLING_STAFF = _page(
    "ASHDALE BOROUGH COUNCIL",
    "Polling station staff: your duty on Thursday 6 May 2027",
    "Presiding officer and poll clerks",
    "Call time 6:15 am at the polling station: St Mark's Church Hall, 12 Vicar Lane,"
    " Sheffield S1 2EX",
    "Poll opens 7:00 am and closes 10:00 pm",
    "Nearest hospital: Royal Hallamshire Hospital, Glossop Road, Sheffield S10 2JF",
)


@pytest.mark.parametrize(
    "rows",
    [_CYCLING_CLUB, _GARDEN_OPEN_DAY, _SEAL_TRIP, _CIVIL_PROTECTION, _POLLING_STAFF],
    ids=["citacion", "visiting_crew", "ship", "civil_protection", "polling_staff"],
)
def test_near_miss_is_other(rows: list[Row]) -> None:
    assert doc_type(rows, unicode_font=True) == "other"


# --- real call sheets that print the same words stay call sheets ------------------------------

_HOJA_DE_CITACION = _page(
    "HOJA DE CITACI\u00d3N",
    "\u00abLa \u00daltima Marea\u00bb",
    "Martes 9 de marzo de 2027",
    "Citaci\u00f3n general: 7:00 h",
    "Localizaci\u00f3n: Puerto de Santa Pola, Muelle 2, 03130 Santa Pola",
    "7:00  Desayuno",
    "8:15  Primer plano en el muelle",
    "14:00  Comida",
    "Hospital: Hospital General de Elche, Cam\u00ed de l'Almazara 11, 03203 Elche",
)
_BOAT_SHEET = _page(
    "LOW TIDE - Day 3 of 18",
    "Friday 21 May 2027",
    "Crew call 07:00",
    "Set: MV 'Sea Star', Berth 4, Falmouth Docks, Falmouth TR11 4NR",
    "07:00  Breakfast on the quay",
    "08:00  Board MV 'Sea Star'",
    "13:00  Lunch",
    "Nearest A&E: Royal Cornwall Hospital, Truro TR1 3LJ",
)
_NEWS_CREW_SHEET = _page(
    "CALL SHEET",
    "THE ORCHARD",
    "Monday 24 May 2027",
    "Crew call 07:30 - Location: Brook Farm, Hill Lane, Ledbury HR8 2JX",
    "08:00  Breakfast",
    "12:30  Lunch",
    "18:00  Wrap",
    "A crew from the regional news will be on set at 11:00 to film a short piece for the evening",
    "bulletin: please point them to the unit manager.",
)
_POLITICAL_DRAMA = _page(
    "THE RECOUNT - Day 9",
    "Set: polling station, St Luke's Hall, 4 Kirk Road, Leeds LS6 1AB",
    "Thursday 3 June 2027",
    "Crew call 06:30",
    "Nearest A&E: Leeds General Infirmary, Great George St, Leeds LS1 3EX",
)


@pytest.mark.parametrize(
    "rows",
    [_HOJA_DE_CITACION, _BOAT_SHEET, _NEWS_CREW_SHEET, _POLITICAL_DRAMA],
    ids=["hoja_de_citacion", "boat_set", "news_crew_visit", "polling_station_set"],
)
def test_call_sheet_stays_one(rows: list[Row]) -> None:
    assert doc_type(rows, unicode_font=True) == "call_sheet"
