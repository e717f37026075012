"""The HTTP client of outside services: httpx with timeouts, tenacity retries, a Redis cache.

Every provider (geocoding, routing, weather) calls out through ``WebClient``. A 429, a 5xx, a
timeout or a dropped connection is retried with exponential backoff (``STILLONTIME_HTTP_*``);
another 4xx is not. A good JSON answer is kept in Redis under the provider's name and a hash
of the request (the hash covers the query and headers, so an API key never appears in a key).
The cache is best-effort: a Redis that fails costs a call, never an answer.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import redis
import structlog
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict
from tenacity import (
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

from pipeline.errors import PermanentError, PipelineError, TransientError
from pipeline.settings import from_env

log = structlog.get_logger("stillontime.webclient")

T = TypeVar("T")

# httpx logs every request URL at INFO, query string included: that would log API keys.
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("httpcore").setLevel(logging.WARNING)


class HttpSettings(BaseSettings):
    """Timeouts, retries and caching of outside calls (``STILLONTIME_HTTP_*``)."""

    model_config = SettingsConfigDict(env_prefix="STILLONTIME_HTTP_", extra="ignore")

    # Seconds for connecting and for each read; a provider that hangs longer is a failure.
    timeout_s: float = Field(default=10.0, gt=0)
    # Attempts per call (the first included) before the provider counts as unavailable.
    attempts: int = Field(default=3, ge=1, le=10)
    # Exponential backoff between attempts (with jitter), seconds.
    backoff_min_s: float = Field(default=0.5, ge=0)
    backoff_max_s: float = Field(default=8.0, ge=0)
    # Answers kept in Redis this long unless the caller says otherwise; 0 turns caching off.
    cache_ttl_s: int = Field(default=900, ge=0)
    # Longest wait for a turn at a provider whose calls are spaced (Nominatim), seconds.
    pace_max_wait_s: float = Field(default=60.0, gt=0)


class ProviderError(PipelineError):
    """An outside service did not give a usable answer."""

    # The family the stages catch to fall back (offline routes, a city's centre, no forecast);
    # never raised itself: each member says whether the worker retries it.


class ProviderUnavailable(ProviderError, TransientError):
    """An outside service timed out, refused the connection, or kept failing (429, 5xx)."""


class ProviderRejected(ProviderError, PermanentError):
    """An outside service refused the request (a 4xx other than 429); retrying will not help."""


class ProviderNonsense(ProviderError, PermanentError):
    """An outside service answered something that is not what its API promises."""

    # Permanent: asked the same question again, the provider answers it the same way.


class _Retryable(Exception):
    """Internal: one attempt failed in a way worth another."""


def response_cache_key(namespace: str, provider: str, request: dict[str, Any]) -> str:
    """The Redis key of a cached answer: the provider's name and a hash of the request."""
    digest = hashlib.sha256(json.dumps(request, sort_keys=True, default=str).encode()).hexdigest()
    return f"{namespace}:webcache:{provider}:{digest}"


_redis_lock = threading.Lock()
_redis_clients: dict[str, redis.Redis] = {}


def _redis(url: str) -> redis.Redis:
    with _redis_lock:
        if url not in _redis_clients:
            _redis_clients[url] = redis.Redis.from_url(
                url, socket_timeout=2.0, socket_connect_timeout=2.0
            )
        return _redis_clients[url]


@dataclass
class ResponseCache:
    """JSON answers in Redis; every failure of Redis is logged and treated as a miss."""

    redis_url: str
    namespace: str

    @classmethod
    def default(cls) -> ResponseCache:
        from pipeline.db import service_urls
        from pipeline.settings import get_settings

        return cls(service_urls().redis_url, get_settings().redis_namespace)

    def get(self, key: str) -> Any | None:
        try:
            raw = _redis(self.redis_url).get(key)
        except redis.RedisError as exc:
            log.warning("response cache unreadable", error=type(exc).__name__)
            return None
        return json.loads(raw) if raw else None

    def put(self, key: str, value: Any, ttl_s: int) -> None:
        try:
            _redis(self.redis_url).set(key, json.dumps(value), ex=ttl_s)
        except redis.RedisError as exc:
            log.warning("response cache unwritable", error=type(exc).__name__)


class Pacer:
    """Spaces the calls to one provider at least ``interval_s`` apart across every process
    (Nominatim's usage policy: one request a second, or the server's address is blocked).

    A turn is a Redis key set with NX for the interval: whoever sets it calls, the others wait
    for it to expire. Without Redis, the calls of this process alone are spaced.
    """

    _local_lock = threading.Lock()
    _local_last: dict[str, float] = {}

    def __init__(
        self, provider: str, interval_s: float, cache: ResponseCache | None,
        max_wait_s: float = 60.0,
    ) -> None:  # fmt: skip
        self.provider, self.interval_s, self.cache = provider, interval_s, cache
        self.max_wait_s = max_wait_s

    def wait_turn(self) -> None:
        """Return when this process may call.

        Raises
        ------
        ProviderUnavailable
            Waited ``max_wait_s`` without a turn (too many calls queued for the provider).
        """
        if self.interval_s <= 0:
            return
        deadline = time.monotonic() + self.max_wait_s
        while True:
            wait_s = self._try_turn()
            if wait_s <= 0:
                return
            if time.monotonic() + wait_s > deadline:
                raise ProviderUnavailable(
                    f"{self.provider}: no turn within {self.max_wait_s:g} s "
                    f"(calls are spaced {self.interval_s:g} s apart)"
                )
            time.sleep(wait_s)

    def _try_turn(self) -> float:
        """0 if the turn is ours, else seconds to wait before trying again."""
        if self.cache is not None:
            key = f"{self.cache.namespace}:pace:{self.provider}"
            try:
                client = _redis(self.cache.redis_url)
                if client.set(key, 1, nx=True, px=max(1, round(self.interval_s * 1000))):
                    return 0.0
                return max(client.pttl(key), 5) / 1000
            except redis.RedisError as exc:
                log.warning("pacing without redis", provider=self.provider,
                            error=type(exc).__name__)  # fmt: skip
        with self._local_lock:
            now = time.monotonic()
            ready = self._local_last.get(self.provider, -self.interval_s) + self.interval_s
            if now >= ready:
                self._local_last[self.provider] = now
                return 0.0
            return ready - now


_clients: dict[tuple[int, str, float], httpx.Client] = {}
_clients_lock = threading.Lock()


def _pooled_client(base_url: str, timeout_s: float) -> httpx.Client:
    """One client per service in each process (httpx clients are thread-safe): the
    connections, and their TLS sessions, are kept from one call to the next instead of
    opened for each. Keyed by process id too, so a forked worker never shares a socket."""
    key = (os.getpid(), base_url, timeout_s)
    with _clients_lock:
        client = _clients.get(key)
        if client is None:
            client = _clients[key] = httpx.Client(
                base_url=base_url, timeout=httpx.Timeout(timeout_s)
            )
        return client


@dataclass
class WebClient:
    """Calls one provider at ``base_url``; ``provider`` names it in logs, errors and cache keys.

    Parameters
    ----------
    provider
        Short name, e.g. ``open-meteo``.
    base_url
        Scheme, host and optional path prefix; request paths are appended to it.
    cache
        Where answers are kept (None: not cached).
    headers
        Sent with every request (user agent, API key headers).
    min_interval_s
        Least time between two requests to the provider, from any process (0: no limit).
    """

    provider: str
    base_url: str
    cache: ResponseCache | None = None
    headers: dict[str, str] = field(default_factory=dict)
    settings: HttpSettings = field(default_factory=lambda: from_env(HttpSettings))
    min_interval_s: float = 0.0

    def get_json(
        self,
        path: str,
        params: dict[str, Any] | None,
        parse: Callable[[Any], T],
        *,
        cache_ttl_s: int | None = None,
    ) -> T:
        """GET ``path`` and return ``parse(json body)``.

        ``parse`` raises ``ProviderNonsense`` (or ``ProviderRejected``) for an answer it cannot
        use; only an answer it accepted is cached.

        Raises
        ------
        ProviderUnavailable, ProviderRejected, ProviderNonsense
        """
        return self._call("GET", path, params or {}, None, {}, parse, cache_ttl_s)

    def post_json(
        self,
        path: str,
        body: dict[str, Any],
        parse: Callable[[Any], T],
        *,
        headers: dict[str, str] | None = None,
        cache_ttl_s: int | None = None,
    ) -> T:
        """POST ``body`` as JSON to ``path``; otherwise as ``get_json``."""
        return self._call("POST", path, {}, body, headers or {}, parse, cache_ttl_s)

    def _call(
        self,
        method: str,
        path: str,
        params: dict[str, Any],
        body: dict[str, Any] | None,
        headers: dict[str, str],
        parse: Callable[[Any], T],
        cache_ttl_s: int | None,
    ) -> T:
        ttl = self.settings.cache_ttl_s if cache_ttl_s is None else cache_ttl_s
        all_headers = {**self.headers, **headers}
        request = {"method": method, "url": self.base_url.rstrip("/") + path, "params": params,
                   "body": body, "headers": all_headers}  # fmt: skip
        key = response_cache_key(self.cache.namespace if self.cache else "", self.provider, request)
        if self.cache and ttl:
            cached = self.cache.get(key)
            if cached is not None:
                log.debug("provider answer from cache", provider=self.provider, path=path)
                return parse(cached)
        value = self._with_retries(method, path, params, body, all_headers)
        result = parse(value)
        if self.cache and ttl:
            self.cache.put(key, value, ttl)
        return result

    def _with_retries(
        self,
        method: str,
        path: str,
        params: dict[str, Any],
        body: dict[str, Any] | None,
        headers: dict[str, str],
    ) -> Any:
        retrying = Retrying(
            stop=stop_after_attempt(self.settings.attempts),
            wait=wait_exponential_jitter(
                multiplier=self.settings.backoff_min_s,
                max=self.settings.backoff_max_s,
                jitter=self.settings.backoff_min_s,
            ),
            retry=retry_if_exception_type(_Retryable),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._once(method, path, params, body, headers)
        except _Retryable as exc:
            raise ProviderUnavailable(
                f"{self.provider} unavailable after {self.settings.attempts} attempts: {exc}"
            ) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(
        self,
        method: str,
        path: str,
        params: dict[str, Any],
        body: dict[str, Any] | None,
        headers: dict[str, str],
    ) -> Any:
        pacer = Pacer(self.provider, self.min_interval_s, self.cache, self.settings.pace_max_wait_s)
        pacer.wait_turn()
        client = _pooled_client(self.base_url, self.settings.timeout_s)
        try:
            response = client.request(method, path, params=params or None, json=body,
                                      headers=headers)  # fmt: skip
        except httpx.TimeoutException as exc:
            log.warning("provider timed out", provider=self.provider, path=path)
            raise _Retryable(f"timed out after {self.settings.timeout_s:g} s") from exc
        except httpx.TransportError as exc:
            log.warning("provider unreachable", provider=self.provider, path=path,
                        error=type(exc).__name__)  # fmt: skip
            raise _Retryable(f"unreachable ({type(exc).__name__})") from exc
        status = response.status_code
        if status == 429 or status >= 500:
            log.warning("provider failed", provider=self.provider, path=path, status=status)
            raise _Retryable(f"HTTP {status}")
        if status >= 400:
            raise ProviderRejected(f"{self.provider} refused the request: HTTP {status}")
        try:
            return response.json()
        except ValueError as exc:
            raise ProviderNonsense(f"{self.provider} answered something that is not JSON") from exc
