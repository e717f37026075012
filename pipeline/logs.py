"""structlog set-up: JSON off a terminal, readable on one, ids bound per line."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping
from typing import Any

import structlog

from pipeline.settings import get_settings

_configured = False

# Keys whose values never reach a log line: credentials, and message bodies (crew contacts,
# addresses, whatever a production wrote). Matched on the key's last word, case-insensitively.
SECRET_KEYS = frozenset(
    {"token", "access_token", "refresh_token", "id_token", "client_secret", "api_key", "apikey",
     "key", "password", "secret", "authorization", "cookie"}
)  # fmt: skip
BODY_KEYS = frozenset({"body", "message_body", "html", "text", "content", "raw"})
PHONE_KEYS = frozenset({"phone", "sms_number", "mobile", "phone_number"})
# International numbers in free text (ids and timestamps have no leading +): last 3 digits kept.
_PHONE = re.compile(r"(?<![\w+])\+\d[\d ()-]{5,}(\d{3})\b")
# Credentials inside free text: bearer tokens, Google tokens, key=value pairs in URLs.
_INLINE_SECRET = re.compile(
    r"(?i)(bearer\s+|ya29\.|1//|(?:access_token|refresh_token|api_?key|key|token|password)=)"
    r"[^\s&\"',]+"
    # A password inside a URL: scheme://user:password@host
    r"|(?<=://)([^/\s:@]+):[^/\s@]+(?=@)"
)


def redact(value: str) -> str:
    """``value`` with phone numbers cut to their last digits and inline credentials masked."""
    value = _INLINE_SECRET.sub(lambda m: (m.group(1) or m.group(2) + ":") + "[redacted]", value)
    return _PHONE.sub(lambda m: "***" + m.group(1), value)


def redact_event(_logger: object, _method: str, event: dict[str, Any]) -> dict[str, Any]:
    """structlog processor: no secret, body or full phone number is ever rendered."""
    return {key: _redacted(key, value) for key, value in event.items()}


def _redacted(key: str, value: Any) -> Any:
    last = key.lower().rsplit(".", 1)[-1]
    if value is None or isinstance(value, bool | int | float):
        return value
    if last in SECRET_KEYS or last.endswith(("_token", "_secret", "_password", "_key")):
        return "[redacted]"
    if last in PHONE_KEYS:
        digits = re.sub(r"\D", "", str(value))
        return "***" + digits[-3:]
    if last in BODY_KEYS:
        return f"[{len(str(value))} chars]"
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {k: _redacted(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_redacted(key, v) for v in value]
    return redact(str(value))


def configure_logging(*, force: bool = False) -> None:
    """Configure structlog and the stdlib root logger once per process."""
    global _configured
    if _configured and not force:
        return
    settings = get_settings()
    as_json = settings.log_format == "json" or (
        settings.log_format == "auto" and not sys.stderr.isatty()
    )
    # Exceptions reach the renderer as text (format_exc_info, then redacted): rich's tracebacks,
    # which would draw each frame's locals unredacted, are never asked for.
    renderer = (
        structlog.processors.JSONRenderer()
        if as_json
        else structlog.dev.ConsoleRenderer(exception_formatter=structlog.dev.plain_traceback)
    )
    shared = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    # Last before rendering, so exceptions formatted into text are redacted too.
    tail = [redact_event, renderer]
    structlog.configure(
        processors=[
            *shared,
            structlog.processors.StackInfoRenderer(),
            structlog.processors.format_exc_info,
            *tail,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(
            logging.getLevelName(settings.log_level.upper())
        ),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=True,
    )
    # Library logs (dramatiq, psycopg) go through the same renderer.
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            # A library's exception as text too (dramatiq's failed messages), redacted like ours.
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                *tail,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
    _configured = True


def get_logger(**ids: object) -> structlog.stdlib.BoundLogger:
    """A logger bound to the given ids (event_id, schedule_id, user_id, stage...)."""
    configure_logging()
    return structlog.get_logger("stillontime").bind(**ids)


class HeldLines:
    """Log lines kept while a lock is held and written once it is released.

    Writing a log line can block (a full pipe whose reader died: an orphaned worker process);
    a thread must never block holding a lock other workers wait for.
    """

    def __init__(self) -> None:
        self.lines: list[tuple[str, str, dict[str, object]]] = []

    def info(self, event: str, **values: object) -> None:
        self.lines.append(("info", event, values))

    def warning(self, event: str, **values: object) -> None:
        self.lines.append(("warning", event, values))

    def flush(self, logger: structlog.stdlib.BoundLogger) -> None:
        lines, self.lines = self.lines, []
        for level, event, values in lines:
            getattr(logger, level)(event, **values)
