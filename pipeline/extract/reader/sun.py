"""Where the sun is: a sheet's place from its addresses, postcodes or phones, and astral's times.

The place is the finest the sheet allows: a city from astral's database in an address's city
slot; else the zone a postcode or the hospital's phone number implies; else the user's zone.
A zone stands for its namesake city (or its largest polygon's centre), so it is given a wider
tolerance than a city.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from astral import Observer
from astral.geocoder import LocationInfo, all_locations, database
from astral.sun import sunrise as astral_sunrise
from astral.sun import sunset as astral_sunset
from phonenumbers import timezone as phone_zones

from pipeline.extract.reader.lazy_re import lazy
from pipeline.extract.reader.model import Day
from pipeline.extract.reader.sun_country import country_corners

CITY_TOLERANCE = 45  # minutes; the sun moves ~4 min per degree of longitude within a zone
ZONE_TOLERANCE = 90  # minutes; a whole zone (UK north to south, US Eastern) spans ~75 min


@dataclass(frozen=True)
class SunPlace:
    """Where the sun is computed, in which zone, and how far the printed times may stray."""

    latitude: float
    longitude: float
    zone: str
    tolerance: int
    source: str
    # where only the country is known: its box's corners, where the sun may also rise or set
    corners: tuple[tuple[float, float], ...] = ()


_POLISH_POSTCODE = lazy(r"(?<![\d-])\d{2}-\d{3}(?![\d-])")
_UK_POSTCODE = lazy(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_CA_POSTCODE = lazy(r"\b([ABCEGHJ-NPRSTVXY])\d[A-Z]\s?\d[A-Z]\d\b")
# Canada Post: the first letter of a postal code names the province (one zone per letter).
_CA_ZONES = {
    "A": "America/St_Johns",
    "B": "America/Halifax",
    "C": "America/Halifax",
    "E": "America/Moncton",
    "G": "America/Toronto",
    "H": "America/Toronto",
    "J": "America/Toronto",
    "K": "America/Toronto",
    "L": "America/Toronto",
    "M": "America/Toronto",
    "N": "America/Toronto",
    "P": "America/Toronto",
    "R": "America/Winnipeg",
    "S": "America/Regina",
    "T": "America/Edmonton",
    "V": "America/Vancouver",
    "X": "America/Yellowknife",
    "Y": "America/Whitehorse",
}
# astral's database names US cities by state capital under the old US/* zone names.
_ZONE_CITY = {
    "America/New_York": "Washington DC",
    "America/Chicago": "Jefferson City",
    "America/Denver": "Denver",
    "America/Phoenix": "Phoenix",
    "America/Los_Angeles": "Sacramento",
    "America/Anchorage": "Juneau",
    "Pacific/Honolulu": "Honolulu",
    "America/Moncton": "Fredericton",
    "America/St_Johns": "St. John's",
}
_STREET_AFTER = lazy(
    r"\s*(?:st|street|rd|road|ave|avenue|blvd|lane|ln|dr|drive|way|pl|place|sq|square|park|"
    r"house|hall|station|court|ct|terrace|gardens|hospital)\b",
    re.I,
)


@cache
def _cities() -> dict[str, LocationInfo]:
    """astral's cities by name, without names that stand for two places."""
    seen: dict[str, list[LocationInfo]] = {}
    for loc in all_locations(database()):
        seen.setdefault(loc.name, []).append(loc)
    return {
        name: locs[0]
        for name, locs in seen.items()
        if len(name) >= 4 and len({(round(x.latitude), round(x.longitude)) for x in locs}) == 1
    }


@cache
def _city_pattern() -> re.Pattern[str]:
    names = sorted(_cities(), key=len, reverse=True)
    # the city slot may open with a postcode: "LT-01103 Vilnius", "13419 Tallinn", "75004 Paris"
    postcode = r"(?:(?:[A-Z]{1,2}-)?\d{2}-?\d{3}|\d{3}\s\d{2}|\d{4,6})\s+"
    return re.compile(
        rf"(?:^|,\s*)(?:{postcode})?(" + "|".join(re.escape(n) for n in names) + r")\b"
    )


def preload() -> None:
    """Build the city table and its pattern now. The worker's parent calls this before it forks
    its processes (``Stage.before_fork`` of the extract stage): each process then starts with
    them, shared, instead of building them at its first sheet's sanity check (about 6 ms of CPU,
    paid by each of its threads that met a sheet before the first had finished)."""
    _city_pattern()


def known_city(text: str) -> bool:
    """Whether ``text`` is, whole, the name of a city in the gazetteer ('Dakar')."""
    return text in _cities()


def _city_in(text: str) -> LocationInfo | None:
    """A known city in an address's city slot: after a comma or opening the text."""
    for m in _city_pattern().finditer(text):
        city = _cities()[m.group(1)]
        if _STREET_AFTER.match(text, m.end()) or _LONGER_NAME.match(text, m.end()):
            continue
        if m.start() == 0 and _HOUSE_NUMBER_AFTER.match(text, m.end()):
            continue  # 'San Francisco 401, Puerto Varas': a street named after the city
        if not _other_country(text, m.end(), city):
            return city
    return None


# A house number after a city's name that opens an address: the street is named after the
# city, as Latin American streets often are ('San Francisco 401, Puerto Varas', 'Lima 1150,
# Buenos Aires'); three digits or more, for Dublin's districts ('Dublin 15') are one or two
_HOUSE_NUMBER_AFTER = lazy(r"\s\d{3,5}[A-Za-z]?\s*,")


# 'Santiago de Compostela', 'Santiago del Estero', 'San Juan de los Lagos': a city's name run on
# by a particle and a capitalised name is another town's longer name
_LONGER_NAME = lazy(
    r"\s+(?:de|del|de la|de los|da|do|dos|di|della)\s+(?!Chile\b)[A-ZÀ-Þ]"  # the city's own
)


# A state and postcode after a town: Australian 'QLD 4814', US 'AZ 85607', Canadian 'ON K7L 2V7'
_STATE_AFTER = {
    "Australia/": lazy(r",?\s*(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT)\s+\d{4}\b"),
    "America/": lazy(r",?\s*[A-Z]{2}\s+(?:\d{5}\b|[A-Z]\d[A-Z]\s?\d[A-Z]\d\b)"),
}


def _other_country(text: str, end: int, city: LocationInfo) -> bool:
    """'Douglas QLD 4814': a town named like a city of another country (astral's Douglas is
    on the Isle of Man), its state and postcode after it saying which."""
    for zone, pattern in _STATE_AFTER.items():
        if pattern.match(text, end):
            american = zone == "America/" and city.timezone.startswith(("US/", "Canada/"))
            return not city.timezone.startswith(zone) and not american
    return False


def _zone_from_codes(text: str) -> str | None:
    if _POLISH_POSTCODE.search(text) and re.search(r"[ąćęłńóśźż]|\bul\.|\bal\.", text, re.I):
        return "Europe/Warsaw"
    m = _CA_POSTCODE.search(text)
    if m:
        return _CA_ZONES.get(m.group(1))
    if _UK_POSTCODE.search(text):
        return "Europe/London"
    return None


def _phone_zone(phones: Iterable[str | None]) -> tuple[str, str] | None:
    """The one zone the international numbers imply, and the first such number."""
    zones: set[str] = set()
    first = None
    for phone in phones:
        if not phone or not phone.startswith("+"):
            continue
        try:
            number = phonenumbers.parse(phone)
        except phonenumbers.NumberParseException:
            continue
        found = [z for z in phone_zones.time_zones_for_number(number) if "/" in z]
        zones.update(found)
        first = first or (phone if found else None)
    return (zones.pop(), first) if len(zones) == 1 and first else None


@cache
def _zone_place(zone: str) -> SunPlace | None:
    """Representative coordinates of a zone: its namesake city, else its largest polygon."""
    cities = _cities()
    name = _ZONE_CITY.get(zone) or zone.rsplit("/", 1)[-1].replace("_", " ")
    city = cities.get(name)
    if city is not None:
        return SunPlace(city.latitude, city.longitude, zone, ZONE_TOLERANCE, f"{zone} ({name})")
    try:
        outer = _largest_ring(zone)
    except (ValueError, KeyError, OSError):
        return None
    if not outer:
        return None
    lon = sum(outer[0]) / len(outer[0])
    lat = sum(outer[1]) / len(outer[1])
    return SunPlace(lat, lon, zone, ZONE_TOLERANCE, zone)


def _largest_ring(zone: str) -> tuple[list[float], list[float]] | None:
    """The longitudes and latitudes of the zone's outer ring with the most points (the first
    of equals), as timezonefinder's ``get_geometry`` gives them; only that ring is converted.

    ``get_geometry`` converts every ring and hole of the zone point by point in Python: a
    second for India's. The same conversion (``int2coord``: the stored integer times
    INT2COORD_FACTOR, as a float) done on the one ring as an array gives the same floats.
    """
    import numpy as np
    from timezonefinder import TimezoneFinder
    from timezonefinder.configs import INT2COORD_FACTOR

    finder = TimezoneFinder()
    zone_id = finder.timezone_names.index(zone)  # ValueError for a zone it does not know
    ids = finder.zone_ids_of(np.arange(finder.nr_of_polygons))
    best, points = None, 0
    for boundary in np.flatnonzero(ids == zone_id).tolist():
        count = finder.coords_of(boundary).shape[1]
        if best is None or count > points:
            best, points = boundary, count
    if best is None:
        return None
    coords = finder.coords_of(best).astype(np.float64) * INT2COORD_FACTOR
    return coords[0].tolist(), coords[1].tolist()


def sun_place(day: Day, user_zone: str | None) -> SunPlace | None:
    """The sheet's place from its addresses, postcodes or phones, else the user's zone."""
    texts = [
        day.location,
        *(t for p in day.locations for t in (p.address, p.name)),
        day.base_location,
        *((day.hospital.address, day.hospital.name) if day.hospital else ()),
    ]
    texts = [t for t in texts if t]
    code_zone = next((z for z in map(_zone_from_codes, texts) if z), None)
    for text in texts:
        city = _city_in(text)
        if city is not None and (code_zone is None or _same_clock(city.timezone, code_zone)):
            return SunPlace(city.latitude, city.longitude, city.timezone, CITY_TOLERANCE, city.name)
    if code_zone:
        return _zone_place(code_zone) if _valid_zone(code_zone) else None
    # the nearest hospital's number is local; the crew's may be from anywhere
    phoned = _phone_zone([day.hospital.phone if day.hospital else None]) or _phone_zone(
        c.phone for c in day.contacts
    )
    if phoned:
        return _country_place(*phoned) if _valid_zone(phoned[0]) else None
    return _zone_place(user_zone) if user_zone and _valid_zone(user_zone) else None


def _country_place(zone: str, phone: str) -> SunPlace | None:
    """The zone's place; where the number names only its country, with the country's box."""
    place = _zone_place(zone)
    country = country_corners(phone, zone)
    if place is None or country is None:
        return place
    region, corners = country
    return replace(place, corners=corners, source=f"{place.source}, anywhere in {region}")


def _same_clock(a: str, b: str) -> bool:
    """Two zone names keep the same clock in winter and summer (US/Pacific = Los_Angeles)."""
    try:
        za, zb = ZoneInfo(a), ZoneInfo(b)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    moments = (
        dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC),
        dt.datetime(2026, 7, 15, 12, tzinfo=dt.UTC),
    )
    return all(m.astimezone(za).utcoffset() == m.astimezone(zb).utcoffset() for m in moments)


def _valid_zone(zone: str) -> bool:
    """A geographic IANA zone ("UTC", the users table's default, says nothing of a place)."""
    if "/" not in zone or zone.startswith("Etc/"):
        return False
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def expected_sun(place: SunPlace, date: dt.date) -> tuple[int, int] | None:
    """Sunrise and sunset at ``place`` on ``date`` in minutes after local midnight."""
    observer = Observer(place.latitude, place.longitude)
    try:
        zone = ZoneInfo(place.zone)
        rise = astral_sunrise(observer, date, tzinfo=zone)
        sett = astral_sunset(observer, date, tzinfo=zone)
    except (ValueError, ZoneInfoNotFoundError):
        return None  # no sunrise or sunset that day (polar), or an unknown zone
    return rise.hour * 60 + rise.minute, sett.hour * 60 + sett.minute


def sun_span(place: SunPlace, date: dt.date) -> dict[str, tuple[int, int]]:
    """Where only the country is known: the earliest and latest sunrise and sunset at its box's
    corners on ``date`` (a corner with no sunrise that day is left out), widened by a city's
    tolerance; empty when the place has no corners."""
    times = [
        t
        for t in (
            expected_sun(replace(place, latitude=lat, longitude=lon), date)
            for lat, lon in place.corners
        )
        if t is not None
    ]
    out = {}
    for n, key in enumerate(("sunrise", "sunset")):
        values = [t[n] for t in times]
        if values and max(values) - min(values) < 12 * 60:
            out[key] = (min(values) - CITY_TOLERANCE, max(values) + CITY_TOLERANCE)
    return out
