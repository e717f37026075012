"""The weather stage."""

from __future__ import annotations
