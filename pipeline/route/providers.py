"""Travel-time providers: Google's Routes API (traffic), OSRM (keyless), an offline estimate.

Each answers ``measure(origin, destination, depart_at)`` with a ``Measure`` (None when the
provider finds no route) or raises a ``ProviderError`` when it cannot be asked.

The offline estimate (``OfflineRoutes``) needs no network: the great-circle (haversine)
distance times a road factor of 1.35, driven at 40 km/h on average (town and suburb mixed),
never under 10 minutes (the offline geocoder puts every address of a city at its centre).
Its confidence is 0.3.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal, Protocol

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.outside.geocode import Place
from pipeline.outside.webclient import ProviderNonsense, ProviderRejected, ResponseCache, WebClient

GOOGLE_ROUTES_URL = "https://routes.googleapis.com"
OSRM_URL = "https://router.project-osrm.org"
# Offline estimate: roads are this much longer than the straight line, driven at this speed.
ROAD_FACTOR = 1.35
OFFLINE_SPEED_KMH = 40.0
OFFLINE_MIN_MINUTES = 10
EARTH_RADIUS_KM = 6371.0088
# Confidence of each provider's durations.
CONFIDENCE = {"google": 0.9, "osrm": 0.7, "offline": 0.3}
# Traffic-aware answers change with the traffic: cached briefly. Free-flow ones for a day.
TRAFFIC_CACHE_TTL_S = 600
ROUTE_CACHE_TTL_S = 24 * 3600


class RouteSettings(BaseSettings):
    """Which routing provider, where, and its key (``STILLONTIME_ROUTE_*``)."""

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_", extra="ignore")

    # auto: google when a Maps key is set, else the offline estimate.
    route_provider: Literal["auto", "google", "osrm", "offline"] = "auto"
    route_endpoint: str | None = None
    google_maps_api_key: SecretStr | None = None


@dataclass(frozen=True)
class Measure:
    """A provider's answer for one leg."""

    distance_m: int
    duration_s: int
    traffic_duration_s: int | None
    provider: str
    confidence: float


class RouteProvider(Protocol):
    name: str

    def measure(self, origin: Place, destination: Place, depart_at: datetime) -> Measure | None:
        """The leg from ``origin`` to ``destination`` leaving at ``depart_at``."""
        ...


def haversine_km(a: Place, b: Place) -> float:
    """Great-circle distance between two places, in km."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


class OfflineRoutes:
    """The distance-based estimate (see the module docstring)."""

    name = "offline"

    def measure(self, origin: Place, destination: Place, depart_at: datetime) -> Measure:
        road_km = haversine_km(origin, destination) * ROAD_FACTOR
        minutes = max(OFFLINE_MIN_MINUTES, road_km / OFFLINE_SPEED_KMH * 60)
        return Measure(round(road_km * 1000), round(minutes * 60), None, "offline",
                       CONFIDENCE["offline"])  # fmt: skip


def _seconds(value: Any, provider: str) -> int:
    """Google's durations are strings like ``"1234s"``; OSRM's are numbers."""
    try:
        number = float(value[:-1]) if isinstance(value, str) and value.endswith("s") else value
        seconds = float(number)
    except (TypeError, ValueError) as exc:
        raise ProviderNonsense(f"{provider} gave a duration that is not one: {value!r}") from exc
    if not 0 <= seconds < 7 * 86400:
        raise ProviderNonsense(f"{provider} gave an impossible duration: {seconds}")
    return round(seconds)


def _metres(value: Any, provider: str) -> int:
    if not isinstance(value, int | float) or not 0 <= value < 20_000_000:
        raise ProviderNonsense(f"{provider} gave an impossible distance: {value!r}")
    return round(value)


class GoogleRoutes:
    """Google Routes API ``computeRoutes``, driving, traffic-aware for the departure time."""

    name = "google"

    def __init__(self, client: WebClient, api_key: str, now: datetime) -> None:
        self.client, self.api_key, self.now = client, api_key, now

    def measure(self, origin: Place, destination: Place, depart_at: datetime) -> Measure | None:
        body: dict[str, Any] = {
            "origin": {"location": {"latLng": {"latitude": origin.lat, "longitude": origin.lon}}},
            "destination": {
                "location": {"latLng": {"latitude": destination.lat, "longitude": destination.lon}}
            },
            "travelMode": "DRIVE",
            "routingPreference": "TRAFFIC_AWARE_OPTIMAL",
        }
        # Google refuses a departure time in the past; then it answers for now.
        if depart_at > self.now:
            body["departureTime"] = depart_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return self.client.post_json(
            "/directions/v2:computeRoutes", body, self._parse,
            headers={"X-Goog-Api-Key": self.api_key,
                     "X-Goog-FieldMask": "routes.duration,routes.staticDuration,"
                                         "routes.distanceMeters"},
            cache_ttl_s=TRAFFIC_CACHE_TTL_S,
        )  # fmt: skip

    def _parse(self, answer: Any) -> Measure | None:
        if not isinstance(answer, dict):
            raise ProviderNonsense("google routes answered something that is not an object")
        routes = answer.get("routes")
        if not routes:  # Google answers {} when there is no route
            return None
        if not isinstance(routes, list) or not isinstance(routes[0], dict):
            raise ProviderNonsense("google routes answered routes that are not a list of objects")
        route = routes[0]
        traffic = _seconds(route.get("duration"), "google")
        static = route.get("staticDuration")
        free_flow = _seconds(static, "google") if static is not None else traffic
        return Measure(_metres(route.get("distanceMeters"), "google"), free_flow, traffic,
                       "google", CONFIDENCE["google"])  # fmt: skip


class OsrmRoutes:
    """An OSRM server's ``route`` service (driving profile; no traffic)."""

    name = "osrm"

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def measure(self, origin: Place, destination: Place, depart_at: datetime) -> Measure | None:
        coords = f"{origin.lon:.6f},{origin.lat:.6f};{destination.lon:.6f},{destination.lat:.6f}"
        return self.client.get_json(
            f"/route/v1/driving/{coords}", {"overview": "false"}, self._parse,
            cache_ttl_s=ROUTE_CACHE_TTL_S,
        )  # fmt: skip

    def _parse(self, answer: Any) -> Measure | None:
        if not isinstance(answer, dict) or "code" not in answer:
            raise ProviderNonsense("osrm answered without a code")
        if answer["code"] in ("NoRoute", "NoSegment"):
            return None
        if answer["code"] != "Ok":
            raise ProviderRejected(f"osrm refused: {answer['code']}")
        routes = answer.get("routes")
        if not isinstance(routes, list) or not routes or not isinstance(routes[0], dict):
            raise ProviderNonsense("osrm answered Ok without routes")
        route = routes[0]
        return Measure(_metres(route.get("distance"), "osrm"),
                       _seconds(route.get("duration"), "osrm"), None, "osrm",
                       CONFIDENCE["osrm"])  # fmt: skip


def build_provider(
    settings: RouteSettings, cache: ResponseCache | None, now: datetime
) -> RouteProvider:
    """The configured provider (``auto``: google with a key, else offline)."""
    choice = settings.route_provider
    key = settings.google_maps_api_key
    if choice == "auto":
        choice = "google" if key else "offline"
    if choice == "google":
        client = WebClient("google-routes", settings.route_endpoint or GOOGLE_ROUTES_URL, cache)
        return GoogleRoutes(client, key.get_secret_value() if key else "", now)
    if choice == "osrm":
        return OsrmRoutes(WebClient("osrm", settings.route_endpoint or OSRM_URL, cache))
    return OfflineRoutes()
