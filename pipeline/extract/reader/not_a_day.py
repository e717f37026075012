"""Paperwork about a shooting day that calls no one to work it.

A wrap party invitation prints a date, a start time and a venue's address; a weather briefing
prints the day's date, the set's area, sunrise and an hourly forecast. Neither calls a crew
anywhere at a time, so neither is a day's call sheet. ``classify`` counts these kinds only when
the document has no crew call and no line summoning people (a call sheet with a weather box or a
party note stays a call sheet).
"""

from __future__ import annotations

from pipeline.extract.reader.lazy_re import lazy

# An invitation: its own words, a party's, and the reply it asks for. English, Polish, German,
# French, Spanish and Italian.
INVITATION = (
    "you're invited",
    "you\u2019re invited",
    "you are invited",
    "you are cordially invited",
    "invitation",
    "invite",
    "join us",
    "please join us",
    "wrap party",
    "wrap-party",
    "party",
    "afterparty",
    "celebrate",
    "celebration",
    "rsvp",
    "r.s.v.p",
    "open bar",
    "bar",
    "drinks",
    "cocktails",
    "canapés",
    "dj",
    "dancing",
    "gag reel",
    "blooper reel",
    "guest",
    "plus one",
    "dress code",
    "until late",
    "zaproszenie",
    "zapraszamy",
    "impreza",
    "imprezę",
    "imprezy",
    "imprezie",
    "bankiet",
    "przyjęcie",
    "potwierdź obecność",
    "potwierdźcie obecność",
    "potwierdzenie obecności",
    "osoba towarzysząca",
    "osobą towarzyszącą",
    "osobą towarzysząca",
    "do białego rana",
    "pokaz wpadek",
    "einladung",
    "wir laden",
    "feier",
    "drehschlussfeier",
    "drehschlussparty",
    "abschlussfeier",
    "u.a.w.g",
    "um antwort wird gebeten",
    "begleitperson",
    "vous êtes invités",
    "vous êtes invité",
    "soirée",
    "fête",
    "pot de fin de tournage",
    "invitación",
    "estás invitado",
    "fiesta",
    "barra libre",
    "confirma asistencia",
    "invito",
    "sei invitato",
    "festa",
    "rinfresco",
    # Dutch / Flemish: "uitnodiging", the wrap party ("wrapfeest", "eindfeest", "borrel"), the
    # dress code, "tot laat" (until late), drinks and snacks, and the reply asked for
    "uitnodiging",
    "je bent uitgenodigd",
    "jullie zijn uitgenodigd",
    "wrapfeest",
    "wrapborrel",
    "eindfeest",
    "feest",
    "borrel",
    "dresscode",
    "tot laat",
    "drankjes",
    "hapjes",
    "introducé",
    "laten weten of je komt",
    "laat even weten of je komt",
    "laat weten of je komt",
    "graag aanmelden",
    # Nordic: the invitation, the party, "til sent" / "till sent" (until late)
    "invitasjon",
    "inbjudan",
    "wrapfest",
    "fest",
    "til sent",
    "till sent",
)

# A weather forecast: its name and what it measures.
FORECAST = (
    "weather briefing",
    "weather report",
    "weather forecast",
    "forecast",
    "met office",
    "met desk",
    "temperature",
    "temp",
    "feels like",
    "wind",
    "gusts",
    "rain",
    "precipitation",
    "humidity",
    "cloud",
    "cloud cover",
    "visibility",
    "uv index",
    "pressure",
    "dew point",
    "civil twilight",
    "prognoza pogody",
    "prognoza",
    "pogoda",
    "temperatura",
    "wiatr",
    "porywy",
    "opady",
    "deszcz",
    "zachmurzenie",
    "wilgotność",
    "widoczność",
    "ciśnienie",
    "wettervorhersage",
    "wetterbericht",
    "vorhersage",
    "temperatur",
    "böen",
    "regen",
    "niederschlag",
    "bewölkung",
    "luftfeuchtigkeit",
    "sicht",
    "météo",
    "prévisions",
    "température",
    "vent",
    "rafales",
    "pluie",
    "précipitations",
    "humidité",
    "visibilité",
    "pronóstico",
    "previsión",
    "viento",
    "ráfagas",
    "lluvia",
    "nubosidad",
    "humedad",
    "visibilidad",
    "previsioni",
    "meteo",
    "vento",
    "raffiche",
    "pioggia",
    "umidità",
    "visibilità",
)

# The one owner of a temperature's shape: a number's last digit and the degree sign, a space
# between allowed
DEGREES = r"\d\s?°"
# ... in Fahrenheit, its letter straight after the sign ("63°F", "63 °F"): a North American
# forecast's, so classify.us_date_order reads it as a mark of a North American template
FAHRENHEIT = DEGREES + r"F\b"
# A temperature as forecasts print it: "17°C", "63 °F", "-2°" (one or two digits)
_TEMPERATURE = lazy(rf"(?<![\d.])-?\d?{DEGREES}\s?[CF]?\b|(?<![\d.])-?\d?{DEGREES}")

# A wedding's run of show (the couple's day, timed for the venue and suppliers): its own
# people and moments, which no crew's call sheet prints as its plan
WEDDING = (
    "wedding",
    "bride",
    "bridal",
    "bridesmaid",
    "bridesmaids",
    "groom",
    "groomsmen",
    "best man",
    "maid of honour",
    "maid of honor",
    "registrar",
    "officiant",
    "vows",
    "first dance",
    "cake cutting",
    "speeches",
    "confetti",
    "ushers",
    "wedding breakfast",
    "ślub",
    "wesele",
    "panna młoda",
    "pan młody",
    "hochzeit",
    "braut",
    "trauung",
    "mariage",
    "mariée",
    "boda",
    "novia",
    "matrimonio",
    "sposa",
)

KINDS = {
    "an invitation": INVITATION,
    "a weather forecast": FORECAST,
    "a wedding's run of show": WEDDING,
}


def structure_points(kind: str, lines: list[str]) -> float:
    """Points for a kind's line shapes: a forecast's rows each give a temperature."""
    if kind != "a weather forecast":
        return 0.0
    rows = sum(1 for ln in lines if _TEMPERATURE.search(ln))
    return min(3.0, rows / 2)
