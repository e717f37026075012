"""Reads a call-sheet PDF into a DocumentResult: text layer or OCR, then fields (no database)."""

from __future__ import annotations
