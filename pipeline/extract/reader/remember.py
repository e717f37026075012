"""Answers of the pure text finders (times, dates, addresses) kept per text: the fields ask
them of the same lines many times."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from pipeline.extract.reader.parsed import MAX_TEXT

MEMO_SIZE = 4096  # answers kept per finder (a sheet asks a few thousand, most of them again)

_P = ParamSpec("_P")
_T = TypeVar("_T")


def memo(finder: Callable[_P, list[_T]]) -> Callable[_P, list[_T]]:
    """``finder`` answering a text it was asked before from memory: the finders are pure and
    the fields ask them of the same lines many times (times 3.6 times a line, addresses 3.1).

    Each call gets its own list (of frozen values); a text past ``2 * MAX_TEXT`` characters
    (a page's running text) is read, not kept."""
    kept = functools.lru_cache(maxsize=MEMO_SIZE, typed=True)(
        lambda *args, **kwargs: tuple(finder(*args, **kwargs))
    )

    @functools.wraps(finder)
    def answer(*args: _P.args, **kwargs: _P.kwargs) -> list[_T]:
        if not args or not isinstance(args[0], str) or len(args[0]) > 2 * MAX_TEXT:
            return finder(*args, **kwargs)
        return list(kept(*args, **kwargs))

    answer.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
    return answer
