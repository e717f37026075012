"""Fake routing, geocoding and weather services on loopback, for the real httpx client.

One threaded server answers every provider's paths, so one URL serves as every
``STILLONTIME_*_ENDPOINT``:

- Google Routes ``POST /directions/v2:computeRoutes`` and Geocoding ``GET /maps/api/geocode/json``
- OSRM ``GET /route/v1/driving/{lon},{lat};{lon},{lat}``
- Nominatim ``GET /search``
- Open-Meteo ``GET /v1/forecast`` and OpenWeatherMap ``GET /data/3.0/onecall``

By default, places come from ``places`` (address -> lat, lon; others are not found), routes
are the straight line at 50 km/h (``route_factor`` scales them), and the weather is ``weather``
for every hour. ``script(fragment, *answers)`` queues answers for the next requests whose path
contains ``fragment``: an ``Answer`` with a status, a JSON or raw body, or a hang (seconds).
Every request is recorded.
"""

from __future__ import annotations

import json
import math
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Answer:
    """One scripted answer: ``status`` with ``json`` (or ``raw`` bytes), after ``hang`` seconds."""

    status: int = 200
    json: Any = None
    raw: bytes | None = None
    hang: float = 0.0


@dataclass
class Weather:
    """The weather of every hour (Open-Meteo's names and units; code is WMO)."""

    temperature_2m: float = 12.0
    precipitation: float = 0.0
    precipitation_probability: float = 5.0
    weather_code: int = 1
    wind_speed_10m: float = 3.0
    wind_direction_10m: float = 240.0
    relative_humidity_2m: float = 70.0
    visibility: float = 20000.0
    uv_index: float = 1.0
    pressure_msl: float = 1015.0


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any


@dataclass
class FakeOutside:
    """The server; ``url`` is its root."""

    places: dict[str, tuple[float, float]] = field(default_factory=dict)
    weather: Weather = field(default_factory=Weather)
    # Hours of forecast served from now on (Open-Meteo's 16 days by default).
    horizon_days: int = 16
    route_factor: float = 1.0
    requests: list[Request] = field(default_factory=list)
    scripts: list[tuple[str, list[Answer]]] = field(default_factory=list)
    gates: list[tuple[str, threading.Event, threading.Event]] = field(default_factory=list)
    # While set, every request gets this answer (an outage: a 500, or a hang).
    trouble: Answer | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hold(self, fragment: str) -> tuple[threading.Event, threading.Event]:
        """Hold the next request to ``fragment`` until ``release`` is set (``arrived`` is set
        when it comes): the test acts while the client is in the middle of its work."""
        arrived, release = threading.Event(), threading.Event()
        with self.lock:
            self.gates.append((fragment, arrived, release))
        return arrived, release

    def _gate(self, path: str) -> None:
        with self.lock:
            gate = next((g for g in self.gates if g[0] in path), None)
            if gate:
                self.gates.remove(gate)
        if gate:
            gate[1].set()
            gate[2].wait(30)

    def script(self, fragment: str, *answers: Answer) -> None:
        with self.lock:
            self.scripts.append((fragment, list(answers)))

    def calls(self, fragment: str) -> list[Request]:
        with self.lock:
            return [r for r in self.requests if fragment in r.path]

    def _scripted(self, path: str) -> Answer | None:
        with self.lock:
            for fragment, answers in self.scripts:
                if fragment in path and answers:
                    return answers.pop(0)
        return None

    # -- the services -------------------------------------------------------------------

    def answer(self, request: Request) -> Answer:
        path = request.path
        if path.startswith("/directions/v2:computeRoutes"):
            return self._google_routes(request.body)
        if path.startswith("/maps/api/geocode/json"):
            place = self.places.get(request.query.get("address", ""))
            if place is None:
                return Answer(json={"status": "ZERO_RESULTS", "results": []})
            return Answer(json={"status": "OK", "results": [{
                "formatted_address": request.query["address"],
                "geometry": {"location": {"lat": place[0], "lng": place[1]}}}]})  # fmt: skip
        if path.startswith("/search"):
            place = self.places.get(request.query.get("q", ""))
            if place is None:
                return Answer(json=[])
            return Answer(json=[{"lat": str(place[0]), "lon": str(place[1]),
                                 "display_name": request.query["q"]}])  # fmt: skip
        if path.startswith("/route/v1/driving/"):
            coords = urllib.parse.unquote(path.rsplit("/", 1)[1])
            (lon1, lat1), (lon2, lat2) = (map(float, c.split(",")) for c in coords.split(";"))
            metres, seconds = self._straight(lat1, lon1, lat2, lon2)
            return Answer(json={"code": "Ok", "routes": [{"distance": metres,
                                                         "duration": seconds}]})  # fmt: skip
        if path.startswith("/v1/forecast"):
            return self._open_meteo(request.query)
        if path.startswith("/data/3.0/onecall"):
            return self._openweathermap()
        return Answer(status=404, json={"error": "no such path"})

    def _straight(self, lat1: float, lon1: float, lat2: float, lon2: float) -> tuple[int, int]:
        km = 111.0 * math.hypot(lat2 - lat1, (lon2 - lon1) * math.cos(math.radians(lat1)))
        metres = round(km * 1000 * self.route_factor)
        return metres, round(metres / 1000 / 50 * 3600)

    def _google_routes(self, body: dict[str, Any]) -> Answer:
        a = body["origin"]["location"]["latLng"]
        b = body["destination"]["location"]["latLng"]
        metres, seconds = self._straight(a["latitude"], a["longitude"], b["latitude"],
                                         b["longitude"])  # fmt: skip
        # Traffic: a fifth slower than free flow.
        return Answer(json={"routes": [{"distanceMeters": metres,
                                        "duration": f"{round(seconds * 1.2)}s",
                                        "staticDuration": f"{seconds}s"}]})  # fmt: skip

    def _hours(self, start: datetime, end: datetime) -> list[datetime]:
        last = datetime.now(UTC) + timedelta(days=self.horizon_days)
        out, at = [], start
        while at <= min(end, last):
            out.append(at)
            at += timedelta(hours=1)
        return out

    def _open_meteo(self, query: dict[str, str]) -> Answer:
        start = datetime.fromisoformat(query["start_date"]).replace(tzinfo=UTC)
        end = datetime.fromisoformat(query["end_date"]).replace(tzinfo=UTC) + timedelta(hours=23)
        hours = self._hours(start, end)
        names = query["hourly"].split(",")
        hourly: dict[str, Any] = {"time": [int(h.timestamp()) for h in hours]}
        for name in names:
            hourly[name] = [getattr(self.weather, name) for _ in hours]
        return Answer(json={"latitude": float(query["latitude"]), "hourly": hourly})

    def _openweathermap(self) -> Answer:
        now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        w = self.weather
        owm_id = {61: 500, 63: 501, 71: 600, 45: 741, 95: 211}.get(w.weather_code, 800)
        hourly = [{"dt": int((now + timedelta(hours=i)).timestamp()), "temp": w.temperature_2m,
                   "pressure": w.pressure_msl, "humidity": w.relative_humidity_2m,
                   "uvi": w.uv_index, "visibility": w.visibility, "wind_speed": w.wind_speed_10m,
                   "wind_deg": w.wind_direction_10m, "pop": w.precipitation_probability / 100,
                   "weather": [{"id": owm_id}],
                   **({"rain": {"1h": w.precipitation}} if w.precipitation else {})}
                  for i in range(48)]  # fmt: skip
        return Answer(json={"lat": 0, "lon": 0, "hourly": hourly})


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOutside

    def log_message(self, *args: Any) -> None:  # quiet
        pass

    def _serve(self) -> None:
        parsed = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        request = Request(
            self.command, parsed.path, dict(urllib.parse.parse_qsl(parsed.query)),
            {k.lower(): v for k, v in self.headers.items()},
            json.loads(raw) if raw else None,
        )  # fmt: skip
        with self.fake.lock:
            self.fake.requests.append(request)
        self.fake._gate(parsed.path)
        answer = self.fake.trouble or self.fake._scripted(parsed.path) or self.fake.answer(request)
        if answer.hang:
            time.sleep(answer.hang)
        body = answer.raw if answer.raw is not None else json.dumps(answer.json).encode()
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    do_GET = _serve
    do_POST = _serve


class FakeServer:
    """Runs a FakeOutside on 127.0.0.1 in a thread (a context manager)."""

    def __init__(self, fake: FakeOutside | None = None) -> None:
        self.fake = fake or FakeOutside()
        handler = type("Handler", (_Handler,), {"fake": self.fake})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> FakeServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
