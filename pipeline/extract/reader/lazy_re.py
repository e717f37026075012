"""The reader's patterns are compiled on first use: ``pipeline.lazy_re`` (the core's, which the
ingest stage uses too)."""

from __future__ import annotations

from pipeline.lazy_re import LazyPattern, compile_all, compiled_count, lazy

__all__ = ["LazyPattern", "compile_all", "compiled_count", "lazy"]
