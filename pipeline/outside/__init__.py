"""Outside services: the HTTP client, Google credentials, geocoding."""

from __future__ import annotations
