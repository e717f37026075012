"""Plans of a shoot's special operations: not a day's call.

A traffic management plan (a road closure or stop / go plan, a temporary traffic order) and a
drone flight plan (a UAS / RPAS operations plan, a flight's risk assessment) are written for a
council, a police force, an aviation authority or a landowner. Each prints the day, the hours
(of the closure, of the flight window), the road or the take-off site, and may name the nearest
hospital, as a call sheet does; neither calls a crew anywhere at a time. ``classify`` counts
them with the other paperwork that plans no work (no crew call with a time, no line summoning
people, no scene rows), so a call sheet whose notes mention a road closure or the drone unit
stays a call sheet.

Each kind scores on its own words, each phrase counted once (English, German, French, Spanish,
Italian, Polish, Dutch), plus points for its shape (``structure_points``): a traffic plan's
road numbers and sign or board positions, a flight plan's heights, distances and wind limits.
"""

from __future__ import annotations

import re

from pipeline.extract.reader.lazy_re import lazy

TRAFFIC_PLAN = (
    "traffic management plan",
    "traffic management",
    "traffic plan",
    "traffic control plan",
    "temporary traffic management",
    "temporary traffic order",
    "temporary traffic regulation order",
    "ttro",
    "traffic regulation order",
    "road closure",
    "road closures",
    "full closure",
    "partial closure",
    "lane closure",
    "rolling road block",
    "rolling roadblock",
    "intermittent traffic control",
    "intermittent traffic hold",
    "intermittent traffic holds",
    "traffic hold",
    "traffic holds",
    "stop / go",
    "stop/go",
    "stop-go",
    "stop and go boards",
    "diversion",
    "diversion route",
    "signage",
    "advance signs",
    "advance warning signs",
    "warning signs",
    "chapter 8",
    "traffic marshal",
    "traffic marshals",
    "traffic operatives",
    "operatives",
    "flaggers",
    "flagger",
    "coning",
    "hours of operation",
    "emergency access",
    "emergency vehicles",
    "highway authority",
    "highways authority",
    "road authority",
    "roads authority",
    "pedestrian management",
    "carriageway",
    # German: Verkehrszeichenplan, Straßensperrung, verkehrsrechtliche Anordnung, Umleitung
    "verkehrszeichenplan",
    "verkehrskonzept",
    "verkehrssicherung",
    "verkehrsrechtliche anordnung",
    "straßensperrung",
    "vollsperrung",
    "halbseitige sperrung",
    "teilsperrung",
    "umleitung",
    "umleitungsstrecke",
    "beschilderung",
    "absperrung",
    "straßenverkehrsbehörde",
    # French: plan de circulation, arrêté de circulation, fermeture de route, déviation
    "plan de circulation",
    "plan de gestion du trafic",
    "arrêté de circulation",
    "fermeture de route",
    "fermeture de la route",
    "route barrée",
    "déviation",
    "alternat",
    "circulation alternée",
    "signalisation temporaire",
    "homme trafic",
    # Spanish: plan de tráfico, corte de calle / de tráfico, desvío, señalización
    "plan de tráfico",
    "plan de gestión del tráfico",
    "corte de calle",
    "corte de tráfico",
    "corte de carretera",
    "corte total",
    "corte parcial",
    "desvío",
    "desvío de tráfico",
    "señalización",
    "regulación del tráfico",
    # Italian: piano del traffico, chiusura strada, deviazione, senso unico alternato
    "piano del traffico",
    "piano di gestione del traffico",
    "chiusura strada",
    "chiusura al traffico",
    "deviazione",
    "senso unico alternato",
    "segnaletica",
    "movieri",
    # Polish: projekt organizacji ruchu, zamknięcie drogi, objazd, ruch wahadłowy
    "projekt organizacji ruchu",
    "tymczasowa organizacja ruchu",
    "organizacja ruchu",
    "zamknięcie drogi",
    "zamknięcie ulicy",
    "objazd",
    "ruch wahadłowy",
    "oznakowanie",
    # Dutch: verkeersplan, wegafsluiting, omleiding, verkeersregelaars
    "verkeersplan",
    "verkeersmaatregelen",
    "wegafsluiting",
    "omleiding",
    "verkeersregelaar",
    "verkeersregelaars",
)

FLIGHT_PLAN = (
    "drone",
    "drones",
    "drone flight",
    "drone operations",
    "flight operations",
    "flight operations plan",
    "flight plan",
    "flight date",
    "flight window",
    "flight windows",
    "flight time",
    "flight area",
    "flight restriction zone",
    "operating area",
    "operational area",
    "operations manual",
    "operational authorisation",
    "operational authorization",
    "operator id",
    "operator registration",
    "flyer id",
    "remote pilot",
    "pilot in command",
    "visual observer",
    "airspace",
    "controlled airspace",
    "air traffic control",
    "notam",
    "uas",
    "uav",
    "rpas",
    "unmanned aircraft",
    "take-off",
    "takeoff",
    "landing site",
    "landing zone",
    "take-off / landing site",
    "launch site",
    "max. height",
    "max height",
    "maximum height",
    "agl",
    "amsl",
    "vlos",
    "bvlos",
    "visual line of sight",
    "geofence",
    "geo-fence",
    "no-fly zone",
    "abort criteria",
    "emergency procedures",
    "lost link",
    "return to home",
    "wind limit",
    "caa",
    "faa",
    "part 107",
    "easa",
    "landowner permission",
    # German: Drohnenflug, Fernpilot, Aufstiegsgenehmigung, Flughöhe, Luftraum
    "drohne",
    "drohnenflug",
    "drohnenflüge",
    "drohneneinsatz",
    "fernpilot",
    "fernpilotin",
    "steuerer",
    "aufstiegsgenehmigung",
    "aufstiegserlaubnis",
    "flughöhe",
    "luftraum",
    "flugfenster",
    "flugzeitraum",
    "startplatz",
    "landeplatz",
    "start- und landeplatz",
    "luftfahrtbehörde",
    # French: télépilote, plan de vol, zone de vol, espace aérien, décollage, DGAC
    "télépilote",
    "plan de vol",
    "zone de vol",
    "hauteur de vol",
    "hauteur maximale",
    "espace aérien",
    "décollage",
    "atterrissage",
    "dgac",
    "aéronef",
    # Spanish: piloto remoto, plan de vuelo, espacio aéreo, despegue, AESA
    "dron",
    "drones aéreos",
    "piloto remoto",
    "plan de vuelo",
    "zona de vuelo",
    "altura máxima",
    "espacio aéreo",
    "despegue",
    "aterrizaje",
    "aesa",
    "aeronave",
    # Italian: pilota remoto, piano di volo, spazio aereo, decollo, ENAC
    "pilota remoto",
    "piano di volo",
    "area di volo",
    "quota massima",
    "spazio aereo",
    "decollo",
    "atterraggio",
    "enac",
    "sapr",
    # Polish: operator drona, plan lotu, przestrzeń powietrzna, start i lądowanie, ULC
    "drona",
    "dronem",
    "operator bsp",
    "pilot bsp",
    "bsp",
    "plan lotu",
    "strefa lotu",
    "obszar lotu",
    "wysokość lotu",
    "przestrzeń powietrzna",
    "lądowanie",
    "ulc",
    "pansa",
    # Dutch: vluchtplan, luchtruim, opstijgen, ILT
    "vluchtplan",
    "luchtruim",
    "dronepiloot",
    "opstijgen",
    "landingsplaats",
)

KINDS = {
    "a traffic management plan": TRAFFIC_PLAN,
    "a drone flight plan": FLIGHT_PLAN,
}

# A road's number, as road plans name them: "A82", "B3357", "M25", "N7", "D 914", "SS1", "DK7",
# "B 96", "CA-31", "I-95"
_ROAD = lazy(
    r"\b(?:[ABM]\d{1,4}|[NDR]\s?\d{1,3}|SS\s?\d{1,3}|S[PR]\s?\d{1,3}|DK\s?\d{1,3}|DW\s?\d{3}"
    r"|B\s\d{1,3}|L\s?\d{3,4}|[A-Z]{1,2}-\d{1,3}|I-\d{1,3})\b"
)
# Where the boards, signs or marshals stand: "board A", "sign 3", "position B", "Posten 2"
_POSITION = lazy(
    r"\b(?:board|sign|position|point|marshal|posten|panneau|cartel|cartello|tablica)"
    r"\s+(?:[A-H]|\d{1,2})\b",
    re.I,
)
# A flight's limits: heights, distances, radii, wind and weight ("120 m AGL", "400 ft", "500 m
# radius", "20 kt", "4.3 kg")
_MEASURE = lazy(
    r"(?<![\w.])\d+(?:[.,]\d+)?\s?(?:m|ft|km|nm|kt|kts|knots|m/s|km/h|mph|kg)\b"
    r"(?:\s+(?:agl|amsl|radius|altitude|height))?",
    re.I,
)


def structure_points(kind: str, lines: list[str], words_found: int) -> float:
    """Points for a kind's shape: a traffic plan's road numbers and board or sign positions, a
    flight plan's heights, distances and limits. None without at least two of the kind's own
    phrases (a call sheet's 'Drone unit' or 'Road closure 07:00' note is one)."""
    if words_found < 2:
        return 0.0
    if kind == "a traffic management plan":
        roads = sum(1 for ln in lines if _ROAD.search(ln))
        positions = sum(1 for ln in lines if _POSITION.search(ln))
        return min(1.0, roads / 2) + min(1.0, positions / 2)
    measures = sum(len(_MEASURE.findall(ln)) for ln in lines)
    return 0.0 if measures < 2 else min(2.0, measures / 2)
