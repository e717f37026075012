"""Routing and geocoding providers: the real httpx client against fake servers on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import SecretStr

from pipeline.outside.geocode import Geocoder, GeocodeSettings, Place, offline_place
from pipeline.outside.webclient import (
    HttpSettings,
    ProviderNonsense,
    ProviderRejected,
    ProviderUnavailable,
    WebClient,
)
from pipeline.route.providers import GoogleRoutes, OfflineRoutes, OsrmRoutes, haversine_km
from tests.support.fake_outside import Answer, FakeServer

FAST = HttpSettings(timeout_s=0.5, attempts=3, backoff_min_s=0.01, backoff_max_s=0.05)
HOME = Place("home", 52.2297, 21.0122, "home", "test")
SET = Place("set", 52.4064, 16.9252, "set", "test")  # Poznań, ~280 km away
NOW = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


def google(server: FakeServer, now: datetime = NOW) -> GoogleRoutes:
    return GoogleRoutes(WebClient("google-routes", server.url, settings=FAST), "k-123", now)


def test_google_routes_with_traffic_for_the_departure(server) -> None:
    depart = datetime(2026, 12, 3, 4, 30, tzinfo=UTC)
    measure = google(server).measure(HOME, SET, depart)
    [call] = server.fake.calls("computeRoutes")
    assert call.headers["x-goog-api-key"] == "k-123"
    assert "routes.duration" in call.headers["x-goog-fieldmask"]
    assert call.body["departureTime"] == "2026-12-03T04:30:00Z"
    assert call.body["routingPreference"] == "TRAFFIC_AWARE_OPTIMAL"
    assert measure.provider == "google" and measure.confidence == 0.9
    assert measure.traffic_duration_s == round(measure.duration_s * 1.2)
    assert 250_000 < measure.distance_m < 300_000


def test_google_is_not_asked_about_a_departure_in_the_past(server) -> None:
    google(server).measure(HOME, SET, NOW - timedelta(hours=1))
    assert "departureTime" not in server.fake.calls("computeRoutes")[0].body


def test_google_without_a_route_answers_none(server) -> None:
    server.fake.script("computeRoutes", Answer(json={}))
    assert google(server).measure(HOME, SET, NOW) is None


@pytest.mark.parametrize("status", [429, 500, 503])
def test_rate_limits_and_server_errors_are_retried(server, status) -> None:
    server.fake.script("computeRoutes", Answer(status=status), Answer(status=status))
    assert google(server).measure(HOME, SET, NOW).provider == "google"
    assert len(server.fake.calls("computeRoutes")) == 3


def test_a_provider_that_keeps_failing_is_unavailable(server) -> None:
    server.fake.script("computeRoutes", *[Answer(status=500)] * 3)
    with pytest.raises(ProviderUnavailable, match="after 3 attempts: HTTP 500"):
        google(server).measure(HOME, SET, NOW)


def test_a_provider_that_hangs_times_out(server) -> None:
    server.fake.script("computeRoutes", *[Answer(hang=2.0)] * 3)
    with pytest.raises(ProviderUnavailable, match="timed out"):
        google(server).measure(HOME, SET, NOW)


def test_a_refusal_is_not_retried(server) -> None:
    server.fake.script("computeRoutes", Answer(status=403, json={"error": "key"}))
    with pytest.raises(ProviderRejected, match="HTTP 403"):
        google(server).measure(HOME, SET, NOW)
    assert len(server.fake.calls("computeRoutes")) == 1


@pytest.mark.parametrize(
    "answer",
    [
        Answer(raw=b"<html>gateway</html>"),
        Answer(json=["routes"]),
        Answer(json={"routes": [{"duration": "soon", "distanceMeters": 10}]}),
        Answer(json={"routes": [{"duration": "-5s", "distanceMeters": 10}]}),
        Answer(json={"routes": [{"duration": "60s", "distanceMeters": "far"}]}),
        Answer(json={"routes": "none"}),
    ],
)
def test_nonsense_is_recognised(server, answer) -> None:
    server.fake.script("computeRoutes", answer)
    with pytest.raises(ProviderNonsense):
        google(server).measure(HOME, SET, NOW)


def test_nothing_listening_is_unavailable() -> None:
    client = WebClient("osrm", "http://127.0.0.1:9", settings=FAST)
    with pytest.raises(ProviderUnavailable, match="unreachable"):
        OsrmRoutes(client).measure(HOME, SET, NOW)


def test_osrm(server) -> None:
    osrm = OsrmRoutes(WebClient("osrm", server.url, settings=FAST))
    measure = osrm.measure(HOME, SET, NOW)
    assert (measure.provider, measure.traffic_duration_s, measure.confidence) == (
        "osrm", None, 0.7,
    )  # fmt: skip
    assert server.fake.calls("/route/v1/driving/")[0].path.endswith(
        "21.012200,52.229700;16.925200,52.406400"
    )
    server.fake.script("/route/v1/", Answer(json={"code": "NoRoute", "routes": []}))
    assert osrm.measure(HOME, SET, NOW) is None
    server.fake.script("/route/v1/", Answer(json={"code": "Ok"}))
    with pytest.raises(ProviderNonsense):
        osrm.measure(HOME, SET, NOW)


def test_offline_estimate_is_distance_based_with_a_floor() -> None:
    far = OfflineRoutes().measure(HOME, SET, NOW)
    km = haversine_km(HOME, SET)
    assert 270 < km < 290
    assert far.distance_m == round(km * 1.35 * 1000)
    assert far.duration_s == round(km * 1.35 / 40 * 3600)
    near = OfflineRoutes().measure(HOME, HOME, NOW)
    assert (near.distance_m, near.duration_s, near.confidence) == (0, 600, 0.3)


def geocoder(server: FakeServer, provider: str, key: str | None = None) -> Geocoder:
    settings = GeocodeSettings(
        geocode_provider=provider, geocode_endpoint=server.url,
        google_maps_api_key=SecretStr(key) if key else None,
    )  # fmt: skip
    found = Geocoder(settings)
    found.client.settings = FAST
    return found


def test_nominatim(server) -> None:
    server.fake.places["Plac Defilad 1, Warszawa"] = (52.2318, 21.0060)
    nominatim = geocoder(server, "nominatim")
    place = nominatim.locate("Plac Defilad 1, Warszawa")
    assert (place.lat, place.lon, place.provider) == (52.2318, 21.0060, "nominatim")
    assert server.fake.calls("/search")[0].headers["user-agent"].startswith("StillOnTime")
    assert nominatim.locate("Nowhere 99") is None
    server.fake.script("/search", Answer(json=[{"lat": "north", "lon": "1"}]))
    with pytest.raises(ProviderNonsense):
        nominatim.locate("Plac Defilad 1, Warszawa")
    server.fake.script("/search", Answer(json=[{"lat": "123.0", "lon": "1"}]))
    with pytest.raises(ProviderNonsense, match="out of range"):
        nominatim.locate("Plac Defilad 1, Warszawa")


def test_google_geocoding(server) -> None:
    server.fake.places["1 Main St"] = (34.05, -118.24)
    found = geocoder(server, "auto", key="g-key")
    assert found.provider == "google"
    assert found.locate("1 Main St").lon == -118.24
    assert server.fake.calls("/maps/api/geocode")[0].query["key"] == "g-key"
    assert found.locate("2 Nowhere") is None
    server.fake.script("/maps/api/geocode", Answer(json={"status": "REQUEST_DENIED"}))
    with pytest.raises(ProviderRejected, match="REQUEST_DENIED"):
        found.locate("1 Main St")
    # A quota answer says "later", not "never": retried by the worker, not a dead letter.
    server.fake.script("/maps/api/geocode", Answer(json={"status": "OVER_QUERY_LIMIT"}))
    with pytest.raises(ProviderUnavailable, match="OVER_QUERY_LIMIT"):
        found.locate("1 Main St")


def test_auto_geocoding_is_offline_only_when_nothing_online_is_wanted() -> None:
    def resolved(**values) -> str:
        return GeocodeSettings(**values).resolved_provider()

    assert resolved() == "nominatim"
    assert resolved(route_provider="offline", weather_provider="offline") == "offline"
    assert resolved(route_provider="osrm", weather_provider="offline") == "nominatim"
    assert resolved(google_maps_api_key=SecretStr("k")) == "google"


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("52.2297, 21.0122", (52.2297, 21.0122)),
        ("Plac Defilad 1, 00-901 Warszawa", (52.2297, 21.0122)),
        ("ul. Warszawska 3, 31-155 Kraków", (50.0614, 19.9366)),
        ("ul. Piotrkowska 1, Łódź", (51.7592, 19.4560)),
        ("1 Sunset Blvd, Los Angeles, CA", (34.0522, -118.2437)),
        ("Somewhere 5, Nowhereville", None),
        ("", None),
    ],
)
def test_offline_geocoder(address, expected) -> None:
    place = offline_place(address)
    assert (None if place is None else (place.lat, place.lon)) == expected
