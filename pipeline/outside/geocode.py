"""Addresses to coordinates, for the route and weather stages (cached; three providers).

``STILLONTIME_GEOCODE_PROVIDER``:

- ``auto`` (default): Google's Geocoding API when ``STILLONTIME_GOOGLE_MAPS_API_KEY`` is set;
  else offline when both the route and weather providers are offline (nothing online wanted);
  else Nominatim (OpenStreetMap; no key, one request a second by its usage policy).
- ``nominatim``, ``google``: that one (``STILLONTIME_GEOCODE_ENDPOINT`` points it elsewhere).
- ``offline``: no network. It resolves an address written as coordinates (``52.23, 21.01``)
  and, failing that, the first known city named in it (a small built-in table of city
  centres: Warsaw, Kraków, London, Los Angeles...). Anything else is not found. Two addresses
  in one city resolve to the same point, which is why the offline route estimate has a floor.

Answers are cached in Redis for ``GEOCODE_CACHE_TTL_S`` (30 days): an address is asked once.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.outside.webclient import (
    ProviderNonsense,
    ProviderRejected,
    ProviderUnavailable,
    ResponseCache,
    WebClient,
)
from pipeline.settings import from_env

# Addresses do not move: their answers are kept for a month.
GEOCODE_CACHE_TTL_S = 30 * 24 * 3600
NOMINATIM_URL = "https://nominatim.openstreetmap.org"
GOOGLE_MAPS_URL = "https://maps.googleapis.com"
# Statuses that say "try later" (quota, a server error on their side), not "never".
TRANSIENT_GOOGLE_STATUSES = frozenset({"OVER_QUERY_LIMIT", "UNKNOWN_ERROR"})
# Nominatim's usage policy asks every client to name itself.
USER_AGENT = "StillOnTime/0.1 (call-sheet planner)"


class GeocodeSettings(BaseSettings):
    """Which geocoder, where, and its key (never logged: a SecretStr)."""

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_", extra="ignore")

    geocode_provider: Literal["auto", "nominatim", "google", "offline"] = "auto"
    geocode_endpoint: str | None = None
    google_maps_api_key: SecretStr | None = None
    # Least seconds between two Nominatim requests from all workers (its usage policy allows
    # one a second; a self-hosted Nominatim may set 0).
    nominatim_interval_s: float = Field(default=1.0, ge=0)
    # Read only to resolve ``auto`` (their own settings live with their stages).
    route_provider: str = "auto"
    weather_provider: str = "open-meteo"

    def resolved_provider(self) -> str:
        """The provider ``auto`` stands for (see the module docstring)."""
        if self.geocode_provider != "auto":
            return self.geocode_provider
        if self.google_maps_api_key:
            return "google"
        if self.route_provider in ("auto", "offline") and self.weather_provider == "offline":
            return "offline"
        return "nominatim"


@dataclass(frozen=True)
class Place:
    """A located address."""

    address: str
    lat: float
    lon: float
    label: str
    provider: str

    def to_json(self) -> dict[str, Any]:
        return {"address": self.address, "lat": self.lat, "lon": self.lon, "label": self.label,
                "provider": self.provider}  # fmt: skip


# City centres known to the offline geocoder (normalised names -> lat, lon).
KNOWN_CITIES: dict[str, tuple[float, float]] = {
    "warszawa": (52.2297, 21.0122), "warsaw": (52.2297, 21.0122),
    "krakow": (50.0614, 19.9366), "cracow": (50.0614, 19.9366),
    "lodz": (51.7592, 19.4560), "wroclaw": (51.1079, 17.0385),
    "gdansk": (54.3520, 18.6466), "gdynia": (54.5189, 18.5305), "poznan": (52.4064, 16.9252),
    "katowice": (50.2649, 19.0238), "lublin": (51.2465, 22.5684),
    "london": (51.5072, -0.1276), "manchester": (53.4808, -2.2426),
    "berlin": (52.5200, 13.4050), "paris": (48.8566, 2.3522), "praha": (50.0755, 14.4378),
    "prague": (50.0755, 14.4378), "budapest": (47.4979, 19.0402),
    "los angeles": (34.0522, -118.2437), "new york": (40.7128, -74.0060),
    "atlanta": (33.7490, -84.3880), "vancouver": (49.2827, -123.1207),
}  # fmt: skip
_COORDINATES = re.compile(r"^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$")


def _normalised(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " " + re.sub(r"[^a-z0-9]+", " ", plain.lower()).strip() + " "


def offline_place(address: str) -> Place | None:
    """The offline geocoder: literal coordinates, else a known city named in the address."""
    match = _COORDINATES.match(address)
    if match:
        lat, lon = float(match.group(1)), float(match.group(2))
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            return Place(address, lat, lon, address.strip(), "offline")
    text = _normalised(address)
    found = [(text.rfind(f" {c} "), c) for c in KNOWN_CITIES if f" {c} " in text]
    if not found:
        return None
    _, city = max(found)  # the last city named: "ul. Warszawska 3, Kraków" is in Kraków
    lat, lon = KNOWN_CITIES[city]
    return Place(address, lat, lon, f"{city.title()} (city centre)", "offline")


def _coordinate(value: Any, low: float, high: float, provider: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError) as exc:
        raise ProviderNonsense(f"{provider} gave a coordinate that is not a number") from exc
    if not low <= number <= high:
        raise ProviderNonsense(f"{provider} gave a coordinate out of range: {number}")
    return number


class Geocoder:
    """Looks addresses up with the configured provider.

    ``locate`` returns None for an address the provider does not know and raises a
    ``ProviderError`` when the provider cannot be asked.
    """

    def __init__(
        self, settings: GeocodeSettings | None = None, cache: ResponseCache | None = None
    ) -> None:
        self.settings = settings or from_env(GeocodeSettings)
        choice = self.settings.resolved_provider()
        self.provider = choice
        default = GOOGLE_MAPS_URL if choice == "google" else NOMINATIM_URL
        self.client = WebClient(
            choice, self.settings.geocode_endpoint or default, cache=cache,
            headers={"User-Agent": USER_AGENT},
            min_interval_s=self.settings.nominatim_interval_s if choice == "nominatim" else 0.0,
        )  # fmt: skip

    def locate(self, address: str) -> Place | None:
        address = address.strip()
        if not address:
            return None
        if self.provider == "offline":
            return offline_place(address)
        literal = _COORDINATES.match(address)
        if literal:
            return offline_place(address)
        if self.provider == "google":
            return self._google(address)
        return self._nominatim(address)

    def _nominatim(self, address: str) -> Place | None:
        return self.client.get_json(
            "/search", {"q": address, "format": "jsonv2", "limit": 1},
            lambda answer: self._nominatim_place(address, answer),
            cache_ttl_s=GEOCODE_CACHE_TTL_S,
        )  # fmt: skip

    def _nominatim_place(self, address: str, answer: Any) -> Place | None:
        if not isinstance(answer, list):
            raise ProviderNonsense("nominatim answered something other than a list of places")
        if not answer:
            return None
        first = answer[0]
        if not isinstance(first, dict):
            raise ProviderNonsense("nominatim answered a place that is not an object")
        return Place(
            address,
            _coordinate(first.get("lat"), -90, 90, "nominatim"),
            _coordinate(first.get("lon"), -180, 180, "nominatim"),
            str(first.get("display_name") or address),
            "nominatim",
        )

    def _google(self, address: str) -> Place | None:
        key = self.settings.google_maps_api_key
        return self.client.get_json(
            "/maps/api/geocode/json",
            {"address": address, "key": key.get_secret_value() if key else ""},
            lambda answer: self._google_place(address, answer),
            cache_ttl_s=GEOCODE_CACHE_TTL_S,
        )

    def _google_place(self, address: str, answer: Any) -> Place | None:
        if not isinstance(answer, dict) or "status" not in answer:
            raise ProviderNonsense("google geocoding answered without a status")
        if answer["status"] == "ZERO_RESULTS":
            return None
        if answer["status"] in TRANSIENT_GOOGLE_STATUSES:
            raise ProviderUnavailable(f"google geocoding busy: {answer['status']}")
        if answer["status"] != "OK":
            raise ProviderRejected(f"google geocoding refused: {answer['status']}")
        try:
            first = answer["results"][0]
            location = first["geometry"]["location"]
        except (KeyError, IndexError, TypeError) as exc:
            raise ProviderNonsense("google geocoding answered OK without a location") from exc
        return Place(
            address,
            _coordinate(location.get("lat"), -90, 90, "google"),
            _coordinate(location.get("lng"), -180, 180, "google"),
            str(first.get("formatted_address") or address),
            "google",
        )


_finder_lock = threading.Lock()
_finder: Any = None


def preload_timezone_code() -> None:
    """Import timezonefinder's code now (about 0.1 s of CPU), without opening its map: the
    worker's parent does it once before it forks its processes. Each process still opens the
    map itself at its first time zone: the finder reads its files through file positions of
    its own, which a forked process must not share."""
    from timezonefinder import TimezoneFinder  # noqa: F401


def timezone_of(place: Place) -> str | None:
    """The IANA time zone at ``place`` (timezonefinder's offline map), None at sea."""
    global _finder
    from timezonefinder import TimezoneFinder

    with _finder_lock:
        if _finder is None:
            _finder = TimezoneFinder()
        return _finder.timezone_at(lng=place.lon, lat=place.lat)
