"""How far a country stretches, for a sun time whose place is known only by its country.

A phone number whose calling code names one time zone for the whole country (+54 Argentina:
America/Buenos_Aires for Ushuaia as for Jujuy; +370 Lithuania: Europe/Bucharest, a zone
outside the country that keeps its clock) says which country the set is in, not where in it.
Its sun may then rise or set anywhere within the country: the corners of the box around the
country's zones (tzdata's zone.tab lists each country's zones; timezonefinder's polygons
give their extent) bound it. Zones that keep another clock (Spain's Canaries) are left out.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from pathlib import Path
from zoneinfo import TZPATH, ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from phonenumbers.tzdata import TIMEZONE_DATA

Corners = tuple[tuple[float, float], ...]  # (latitude, longitude) of a box's four corners


def country_corners(phone: str, zone: str) -> tuple[str, Corners] | None:
    """The country of ``phone`` and the corners of the box around its zones that keep
    ``zone``'s clock; None when the number says more than its country (a US area code names
    its zone) or the country's extent is not known."""
    try:
        number = phonenumbers.parse(phone)
    except phonenumbers.NumberParseException:
        return None
    if not _country_wide(number.country_code):
        return None
    region = phonenumbers.region_code_for_number(number)
    if not region:
        return None
    box = _box(region, zone)
    return (region, box) if box else None


@cache
def _country_wide(code: int) -> bool:
    """Every number of the calling code has the same zone in phonenumbers' table (+86: Asia/
    Shanghai; +1 names a zone per area code, +34 the Canaries apart from Madrid)."""
    prefix = str(code)
    zones = {
        z
        for k, found in TIMEZONE_DATA.items()
        if k.startswith(prefix)
        for z in found
        if "/" in z and not z.startswith("Etc/")
    }
    return len(zones) == 1


@cache
def _box(region: str, zone: str) -> Corners:
    zones = [z for z in _country_zones().get(region, ()) if _same_clock(z, zone)]
    if not zones:
        return ()
    try:
        south, north, west, east = _extent(tuple(zones))
    except (ValueError, KeyError, OSError):
        return ()
    return ((south, west), (south, east), (north, west), (north, east))


@cache
def _country_zones() -> dict[str, list[str]]:
    """Each country's zones (ISO 3166 code), from zone.tab (each zone in one country)."""
    out: dict[str, list[str]] = {}
    for line in _zone_table().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        codes, _coords, zone = line.split("\t")[:3]
        for code in codes.split(","):
            out.setdefault(code, []).append(zone)
    return out


def _zone_table() -> str:
    """zone.tab from the tzdata package, else from the system's zoneinfo directory."""
    try:
        return resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text()
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        pass
    for root in TZPATH:
        path = Path(root) / "zone.tab"
        if path.is_file():
            return path.read_text()
    return ""


ANTARCTIC = -60.0  # the Antarctic Treaty's line: a claim beyond it is no set's place
POLAR = 65.0  # a box's corner nearer a pole moves here, where the sun still rises and sets


def _extent(zones: tuple[str, ...]) -> tuple[float, float, float, float]:
    """South, north, west and east edges of the zones' polygons (timezonefinder's boxes),
    without the Antarctic claims the zones carry (Ushuaia's reaches the pole) and with the
    latitudes kept short of the polar circles."""
    import numpy as np
    from timezonefinder import TimezoneFinder
    from timezonefinder.configs import INT2COORD_FACTOR

    finder = TimezoneFinder()
    ids = [finder.timezone_names.index(z) for z in zones if z in finder.timezone_names]
    if not ids:
        raise ValueError("no polygon for these zones")
    owner = finder.zone_ids_of(np.arange(finder.nr_of_polygons))
    b = finder.boundaries
    ymax = b.ymax * INT2COORD_FACTOR
    mine = np.isin(owner, ids) & (ymax > ANTARCTIC)
    if not mine.any():
        raise ValueError("no polygon outside Antarctica for these zones")
    south, north, west, east = (
        float(e) * INT2COORD_FACTOR
        for e in (b.ymin[mine].min(), b.ymax[mine].max(), b.xmin[mine].min(), b.xmax[mine].max())
    )
    return max(south, -POLAR), min(north, POLAR), west, east


def _same_clock(a: str, b: str) -> bool:
    """Two zones keep the same clock in winter and summer."""
    try:
        za, zb = ZoneInfo(a), ZoneInfo(b)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    moments = (
        dt.datetime(2026, 1, 15, 12, tzinfo=dt.UTC),
        dt.datetime(2026, 7, 15, 12, tzinfo=dt.UTC),
    )
    return all(m.astimezone(za).utcoffset() == m.astimezone(zb).utcoffset() for m in moments)
