"""The events outbox: dispatching, sending, redelivery, retention, routes."""

from __future__ import annotations
