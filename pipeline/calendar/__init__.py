"""The calendar stage."""

from __future__ import annotations
