"""The process's Dramatiq broker, built on import; every actor module imports this first."""

from __future__ import annotations

import dramatiq

from pipeline.db import service_urls
from pipeline.runtime.messaging import NEVER_RETRIED, build_broker

broker = build_broker(service_urls().redis_url)
dramatiq.set_broker(broker)

__all__ = ["NEVER_RETRIED", "broker"]
