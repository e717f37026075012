"""Printed label vocabulary (English and Polish) with how much each label can be trusted."""

from __future__ import annotations

# Words that, just before a call label, make it someone else's call (not the general crew call).
NOT_CREW = frozenset(
    {
        "production",
        "talent",
        "cast",
        "camera",
        "grip",
        "grips",
        "electric",
        "sparks",
        "hmu",
        "makeup",
        "make-up",
        "hair",
        "wardrobe",
        "costume",
        "art",
        "sound",
        "shooting",
        "lunch",
        "wrap",
        "breakfast",
        "approximate",
        "est",
        "pre",
        "early",
        "charakteryzacja",
        "kostiumy",
        "obsada",
        "aktorzy",
    }
)

CREW_CALL = {
    "general crew call": 1.0,
    "crew call time": 1.0,
    "crew call": 1.0,
    "unit call": 1.0,
    "general call": 1.0,
    "call time": 0.6,  # often the crew call, but printed for everything
    "zbiórka ekipy": 1.0,
    "zbiórka": 0.95,
    "godzina zbiórki": 1.0,
    "call ekipy": 1.0,
}
DATE = {"date": 1.0, "shoot date": 1.0, "shooting date": 1.0, "data": 1.0, "data zdjęć": 1.0}
PRODUCTION = {
    "production title": 1.0,
    "production:": 1.0,
    "title": 0.9,
    "show": 0.85,
    "project": 0.85,
    "job name": 0.8,
    "tytuł": 0.9,
    "produkcja": 0.9,
    "projekt": 0.85,
    "film": 0.7,
}
LOCATION = {
    "set location": 1.0,
    "shooting location": 1.0,
    "location": 0.95,
    "location 1": 0.95,
    "obiekt zdjęciowy": 1.0,
    "lokacja": 0.95,
    "lokalizacja": 0.9,
    "miejsce zdjęć": 0.95,
}
BASE = {
    "unit base": 1.0,
    "basecamp": 1.0,
    "base camp": 1.0,
    "crew parking": 0.9,
    "unit base & parking": 1.0,
    "baza": 0.95,
    "baza techniczna": 1.0,
    "parking ekipy": 0.9,
}
HOSPITAL = {
    "nearest hospital": 1.0,
    "hospital": 0.95,
    "nearest a&e": 1.0,
    "a&e": 0.9,
    "szpital": 0.95,
    "najbliższy szpital": 1.0,
}
SUNRISE = {"sunrise": 1.0, "wschód słońca": 1.0, "wschód": 0.9}
SUNSET = {"sunset": 1.0, "zachód słońca": 1.0, "zachód": 0.9}
SAFETY = {"safety": 0.9, "safety notes": 1.0, "health & safety": 1.0, "bhp": 1.0}
NOTES = {"notes": 0.9, "general notes": 1.0, "uwagi": 1.0}
EQUIPMENT = {"equipment": 0.9, "special equipment": 1.0, "sprzęt": 1.0}

# Any label word: a value read to the right stops when it meets one of these.
STOP_WORDS = frozenset(
    {"sunrise", "sunset", "wschód", "zachód", "weather", "lunch", "wrap", "date", "data"}
    | {"zbiórka", "call", "unit", "breakfast"}
)

CALL_SHEET_MARKERS = (
    "call sheet",
    "callsheet",
    "crew call",
    "unit call",
    "plan zdjęciowy",
    "dzienny plan pracy",
    "zbiórka",
)
OTHER_MARKERS = (
    "invoice",
    "quote",
    "faktura",
    "oferta",
    "order#",
    "order description",
    "bill to",
    "subtotal",
    "rental agent",
    "return date",
)
