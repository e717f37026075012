"""Unit tests for the extract stage."""

from __future__ import annotations
