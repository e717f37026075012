"""The notify stage."""

from __future__ import annotations
