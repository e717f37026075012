"""The result of parsing one value out of text: shared by the time, date and address finders."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import ParamSpec, TypeVar

MAX_TEXT = 1000  # characters read per call: every finder works on a bounded prefix
MEMO_SIZE = 4096  # answers kept per finder (a sheet asks a few thousand, most of them again)

_P = ParamSpec("_P")
_T = TypeVar("_T")


@dataclass(frozen=True)
class Parsed:
    """A normalised value, the quality of its parse (0-1), why it is less than 1, and its span."""

    value: str
    quality: float
    note: str | None = None
    start: int = 0
    end: int = 0


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
