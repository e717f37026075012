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
        "client",
        "agency",
        "klient",
        "agencja",
        "stunt",
        "stunts",
        "extras",
        "background",
        "bg",
        "vtr",
        "transport",
        "catering",
        "rehearsal",
        "first",
        "1st",
    }
)

# Words that, just AFTER a call label, make it someone else's call ("Zbiórka produkcji",
# "Call - camera", "Call (cast)"); Polish department names in the genitive.
NOT_CREW_AFTER = NOT_CREW | frozenset(
    {
        "produkcji",
        "obsady",
        "aktorów",
        "aktorow",
        "kamery",
        "charakteryzacji",
        "kostiumów",
        "dźwięku",
        "światła",
        "scenografii",
        "talentu",
        "actors",
        "artists",
        "client",
        "agency",
        "klienta",
        "agencji",
        "sheet",
    }
)
# A time or date in this context belongs to another day (the advance schedule, tomorrow's call).
TOMORROW = (
    r"tomorrow|\bjutr|next\s+day|\badvance\b|nast[ęe]pn\w*\s+dzie|dzie[nń]\w*\s+nast[ęe]pn|"
    r"dnia\s+nast|day\s+after|plan\s+na\s+jutro"
)
# A date in this context is when the sheet was made or sent, not the shooting date.
NOT_SHOOT_DATE = (
    r"wys[łl]an|\bsent\b|issued|printed|\bversion\b|\bwersj|generated|updated|revised|"
    r"\brev\b|\bdrukowan|utworzon|aktualizac"
)

CREW_CALL = {
    "general crew call": 1.0,
    "crew call time": 1.0,
    "crew call": 1.0,
    "unit call": 1.0,
    "general call": 1.0,
    "main unit call": 1.0,
    "full crew call": 1.0,
    "main crew call": 1.0,
    "general unit call": 1.0,
    "call time": 0.6,  # often the crew call, but printed for everything
    "zbiórka ekipy": 1.0,
    "zbiórka": 0.95,
    "godzina zbiórki": 1.0,
    "call ekipy": 1.0,
    "call dla ekipy": 1.0,
}
# Times that are never the crew call; as labels they claim their own values.
OTHER_TIMES = {
    "production call": 1.0,
    "shooting call": 1.0,
    "shoot call": 1.0,
    "camera call": 1.0,
    "talent call": 1.0,
    "cast call": 1.0,
    "first shot": 1.0,
    "start zdjęć": 1.0,
    "rozpoczęcie zdjęć": 1.0,
    "koniec zdjęć": 1.0,
    "lunch": 1.0,
    "obiad": 1.0,
    "breakfast": 1.0,
    "śniadanie": 1.0,
    "catering": 0.9,
    "wrap": 1.0,
    "est wrap": 1.0,
    "camera wrap": 1.0,
    "weather": 0.9,
    "pogoda": 0.9,
}
DATE = {
    "date": 1.0,
    "shoot date": 1.0,
    "shooting date": 1.0,
    "data": 1.0,
    "data zdjęć": 1.0,
    "dzień zdjęciowy": 0.9,
}
OTHER_DATES = {
    "data wysłania": 1.0,
    "date sent": 1.0,
    "date issued": 1.0,
    "issued": 1.0,
    "sent": 0.9,
    "printed": 1.0,
    "version": 0.9,
    "wersja": 0.9,
    "wersja z dnia": 1.0,
    "generated": 0.9,
    "updated": 0.9,
    "revised": 0.9,
}
PRODUCTION = {
    "production title": 1.0,
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
    "shoot location": 1.0,
    "filming location": 1.0,
    "location address": 1.0,
    "set address": 1.0,
    "main unit location": 1.0,
    "location": 0.95,
    "obiekt zdjęciowy": 1.0,
    "lokacja": 0.95,
    "lokalizacja": 0.9,
    "miejsce zdjęć": 0.95,
    "adres planu": 1.0,
    "plan zdjęciowy adres": 1.0,
}
BASE = {
    "unit base": 1.0,
    "unit base crew parking": 1.0,
    "unit base & crew parking": 1.0,
    "basecamp": 1.0,
    "base camp": 1.0,
    "crew parking": 0.9,
    "unit base & parking": 1.0,
    "base address": 1.0,
    "parking address": 1.0,
    "unit parking": 0.9,
    "baza": 0.95,
    "baza techniczna": 1.0,
    "parking ekipy": 0.9,
}
HOSPITAL = {
    "nearest hospital": 1.0,
    "hospital": 0.95,
    "nearest a&e": 1.0,
    "a&e": 0.9,
    "nearest emergency": 1.0,
    "emergency room": 0.9,
    "szpital": 0.95,
    "najbliższy szpital": 1.0,
    "szpitalny oddział ratunkowy": 1.0,
}
SUNRISE = {"sunrise": 1.0, "wschód słońca": 1.0, "wschód": 0.9}
SUNSET = {"sunset": 1.0, "zachód słońca": 1.0, "zachód": 0.9}
SAFETY = {"safety": 0.9, "safety notes": 1.0, "health & safety": 1.0, "bhp": 1.0}
NOTES = {"notes": 0.9, "general notes": 1.0, "uwagi": 1.0}
EQUIPMENT = {"equipment": 0.9, "special equipment": 1.0, "sprzęt": 1.0}
# Other headings: they own no field but bound the cells of their neighbours.
OTHER_HEADINGS = {
    "call sheet": 1.0,
    "callsheet": 1.0,
    "director": 0.9,
    "producer": 0.9,
    "reżyser": 0.9,
    "contacts": 0.9,
    "kontakty": 0.9,
    "police": 0.9,
    "policja": 0.9,
    "fire": 0.8,
    "production company": 0.9,
    "production manager": 0.9,
    "production office": 0.9,
    "production numbers": 0.9,
    "production notes": 0.9,
}

# Generic words that head a field only as a cell's label (numbered, with a colon, or alone);
# kept out of the tables above, which classify.py also reads as evidence of a call sheet.
WEAK = {
    "call": {"call": 0.5},  # a bare "Call:" cell; any qualifier makes it someone else's
    "production": {"production": 0.9},
    "location": {"set": 0.8, "obiekt": 0.9, "main unit": 0.8},  # UK: "Main Unit: <the set>"
    "base": {"parking": 0.7},
    "hospital": {"sor": 0.9},
    "address": {"address": 0.9, "adres": 0.9},
}

# Every label table by the kind of field it heads.
KINDS: dict[str, dict[str, float]] = {
    "call": {**CREW_CALL, **WEAK["call"]},
    "other_time": OTHER_TIMES,
    "date": DATE,
    "other_date": OTHER_DATES,
    "production": {**PRODUCTION, **WEAK["production"]},
    "location": {**LOCATION, **WEAK["location"]},
    "base": {**BASE, **WEAK["base"]},
    "hospital": {**HOSPITAL, **WEAK["hospital"], "hospital address": 1.0, "adres szpitala": 1.0},
    "address": WEAK["address"],  # the address of the place labelled just before it
    "sunrise": SUNRISE,
    "sunset": SUNSET,
    "safety": SAFETY,
    "notes": NOTES,
    "equipment": EQUIPMENT,
    "heading": OTHER_HEADINGS,
}
# Labels that may carry a number ("Location 2", "SET #1", "Hospital #2").
NUMBERED_KINDS = frozenset({"location", "base", "hospital"})
# Generic one-word labels that count only at a cell's start with a mark (number, colon, alone).
# ... and these only when numbered or with a colon: alone, they head a department's crew list.
MARKED_ONLY = frozenset({"production", "main unit"})
WEAK_PHRASES = frozenset(
    {"set", "call", "production", "parking", "sent", "version", "obiekt", "fire", "sor", "address"}
    | {"adres", "main unit"}
)

# Any label word: a value read to the right stops when it meets one of these.
STOP_WORDS = frozenset(
    {"sunrise", "sunset", "wschód", "zachód", "weather", "lunch", "wrap", "date", "data"}
    | {"zbiórka", "call", "unit", "breakfast", "obiad", "śniadanie", "koniec", "start"}
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
