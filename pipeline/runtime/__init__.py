"""The worker runtime: broker, stage actors, deliveries, service instances, health."""

from __future__ import annotations
