"""The extract stage."""

from __future__ import annotations
