"""The dashboard's web app: Starlette endpoints, Jinja2 pages that escape every value.

Reads go through ``data`` (as ``stillontime_reporting``); the two writes a person may ask for
are the command line's own: ``replay_event`` (``stillontime events replay``) and a stage's
``Action`` (``schedules confirm`` / ``schedules edit --confirm``). On loopback no token is
needed; elsewhere every request must carry the one given on the command line (a bearer header,
or ``?token=`` once, kept in a cookie). Each form carries a per-process secret, so another site
open in the same browser cannot make it post (no cross-site request forgery).
"""

from __future__ import annotations

import ipaddress
import secrets
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

import jinja2
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from pipeline.app.dashboard import data
from pipeline.errors import Refused
from pipeline.runtime.stage import Stage, resolve
from pipeline.text import printable

COOKIE = "stillontime_dashboard"
ACTOR = "dashboard"  # who the audit log names for a person's action here


def loopback(host: str) -> bool:
    """Whether ``host`` (an address or ``localhost``) is reachable from this machine only."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass
class Config:
    """How the app reaches the pipeline, and who may use it."""

    connection: Callable[[], Any]  # a context manager giving a psycopg connection
    broker: Any  # the Dramatiq broker: replay sends through it, its Redis gives the depths
    queues: Sequence[str]
    host: str = "127.0.0.1"
    token: str | None = None
    refresh_s: float = 3.0
    registered: Sequence[Stage] | None = None  # None: the registry's stages


def _shown(value: Any) -> Any:
    """Every ``{{ value }}``: plain text without control characters (Jinja2 escapes it next)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.strftime("%Y-%m-%d %H:%M:%S")
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    if isinstance(value, (date, time)):
        return value.isoformat(timespec="minutes") if isinstance(value, time) else str(value)
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(printable(v) for v in value)
    if isinstance(value, jinja2.runtime.Undefined):
        return value
    return printable(value)


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
        autoescape=True,  # every template, whatever its name
        finalize=_shown,
        undefined=jinja2.StrictUndefined,
    )


def build_app(config: Config) -> Starlette:
    """The dashboard app for ``config`` (refuses a non-loopback host without a token)."""
    if not loopback(config.host) and not config.token:
        raise ValueError(f"serving on {config.host} needs a token (--token)")
    env = _environment()
    form_secret = secrets.token_urlsafe(24)
    redis = config.broker.client
    namespace = config.broker.namespace

    def page(name: str, request: Request, **values: Any) -> HTMLResponse:
        said = request.query_params.get("said")
        html = env.get_template(name).render(
            refresh_s=config.refresh_s, form_secret=form_secret, said=said, **values
        )
        return HTMLResponse(html)

    def live_values() -> dict[str, Any]:
        with config.connection() as conn:
            found = data.snapshot(
                conn, redis, namespace, config.queues, registered=config.registered
            )
        return {"s": found, "stage_counts": _stage_counts(found["stages"])}

    def home(request: Request) -> Response:
        return page("index.html", request, **live_values())

    def live(request: Request) -> Response:
        return page("live.html", request, **live_values())

    def day(request: Request) -> Response:
        try:
            schedule_id = uuid.UUID(request.path_params["schedule_id"])
        except ValueError:
            return PlainTextResponse("not a schedule id", status_code=404)
        with config.connection() as conn:
            parts = data.day(conn, schedule_id, config.registered)
        if not any(rows for _heading, rows in parts):
            return PlainTextResponse(f"no schedule {schedule_id}", status_code=404)
        return page("day.html", request, schedule_id=schedule_id, parts=parts)

    async def replay(request: Request) -> Response:
        fields = await _form(request)
        if not _same(fields.get("form_secret", ""), form_secret):
            return PlainTextResponse("stale or foreign form: reload the page", status_code=403)
        event_id = request.path_params["event_id"]
        said = await _in_thread(lambda: _replay(config.broker, event_id))
        return _back(request, said)

    async def act(request: Request) -> Response:
        fields = await _form(request)
        if not _same(fields.pop("form_secret", ""), form_secret):
            return PlainTextResponse("stale or foreign form: reload the page", status_code=403)
        action = _action(config, request.path_params["stage"], request.path_params["action"])
        if action is None:
            return PlainTextResponse("no such action", status_code=404)
        subject = request.path_params["subject"]
        wanted = {k: v for k, v in fields.items() if k in action.fields and v.strip()}

        def run() -> str:
            try:
                return f"{subject}: {resolve(action.run)(subject, wanted, ACTOR)}"
            except Refused as exc:
                return f"{subject}: {exc}"

        return _back(request, await _in_thread(run))

    routes = [
        Route("/", home),
        Route("/live", live),
        Route("/day/{schedule_id}", day),
        Route("/replay/{event_id:int}", replay, methods=["POST"]),
        Route("/act/{stage}/{action}/{subject}", act, methods=["POST"]),
    ]
    middleware = []
    if loopback(config.host):  # a page elsewhere renaming itself 127.0.0.1 (DNS rebinding)
        hosts = ["127.0.0.1", "localhost", "::1", "[::1]", config.host]
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=hosts))
    app = Starlette(routes=routes, middleware=middleware)
    if config.token:
        return _TokenGate(app, config.token)
    return app


def _same(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode(), expected.encode())


def _replay(broker: Any, event_id: int) -> str:
    from pipeline.outbox.redelivery import UnknownEvent, replay_event

    try:
        result = replay_event(broker, event_id)
    except UnknownEvent as exc:
        return str(exc)
    if result.actors:
        return f"event {event_id} sent again to {', '.join(result.actors)}"
    return f"event {event_id} has no dead deliveries"


def _action(config: Config, stage_name: str, name: str):
    from pipeline.runtime.stages import stages

    for stage in stages() if config.registered is None else config.registered:
        if stage.name == stage_name and stage.dashboard:
            for panel in stage.dashboard.panels:
                for action in panel.actions:
                    if action.name == name:
                        return action
    return None


def _stage_counts(counts: dict[str, dict[str, int]]) -> list[tuple[str, str, int]]:
    return [
        (stage, key, n) for stage, by in sorted(counts.items()) for key, n in sorted(by.items())
    ]


async def _form(request: Request) -> dict[str, str]:
    # url-encoded forms only (no multipart parser needed): the page's forms send nothing else
    body = (await request.body()).decode("utf-8", "replace")
    return dict(parse_qsl(body, keep_blank_values=True))


async def _in_thread(work: Callable[[], str]) -> str:
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(work)


def _back(request: Request, said: str) -> Response:
    where = request.headers.get("referer", "")
    path = "/day/" + where.split("/day/", 1)[1].split("?")[0] if "/day/" in where else "/"
    return RedirectResponse(f"{path}?{urlencode({'said': said})}", status_code=303)


class _TokenGate:
    """ASGI: every request shows the token (``Authorization: Bearer``, the cookie, or
    ``?token=`` once, which sets the cookie and drops it from the address)."""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        given = request.query_params.get("token")
        if given is not None and _same(given, self.token):
            response: Response = RedirectResponse(request.url.path, status_code=303)
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict")
        elif self._shown(request):
            await self.app(scope, receive, send)
            return
        else:
            response = PlainTextResponse("a token is needed: open /?token=...", status_code=401)
        await response(scope, receive, send)

    def _shown(self, request: Request) -> bool:
        bearer = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        cookie = request.cookies.get(COOKIE, "")
        return any(_same(v, self.token) for v in (bearer, cookie) if v)
