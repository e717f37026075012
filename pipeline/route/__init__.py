"""The route stage."""

from __future__ import annotations
