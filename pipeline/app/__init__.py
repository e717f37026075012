"""The application: command line, status, metrics, demo, scheduler (nothing imports it)."""

from __future__ import annotations
