"""structlog set-up: JSON off a terminal, readable on one, ids bound per line."""

from __future__ import annotations

import logging
import sys

import structlog

from pipeline.settings import get_settings

_configured = False


def configure_logging(*, force: bool = False) -> None:
    """Configure structlog and the stdlib root logger once per process."""
    global _configured
    if _configured and not force:
        return
    settings = get_settings()
    as_json = settings.log_format == "json" or (
        settings.log_format == "auto" and not sys.stderr.isatty()
    )
    renderer = structlog.processors.JSONRenderer() if as_json else structlog.dev.ConsoleRenderer()
    shared = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    structlog.configure(
        processors=[
            *shared,
            structlog.processors.StackInfoRenderer(),
            structlog.processors.format_exc_info,
            renderer,
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
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
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
