"""Regular expressions compiled on their first use rather than when their module is imported.

Compiling the reader's patterns was most of the cost of importing it (issue 18 part 2: the
command line's ``extract`` of one sheet), and most sheets never use many of them: the rules
for a rare layout, a language, a kind of paper. ``lazy(pattern, flags)`` stands for
``re.compile(pattern, flags)``: the same pattern, compiled by ``re`` the first time any of
its methods is asked for, so each reading is the compiled pattern's own. ``pattern`` is the
source, at once (other patterns are built from it).

After the first use the compiled pattern's methods sit in the object's own attributes, so a
call is as direct as on the compiled pattern. A lazy pattern is not an ``re.Pattern``: pass
it to ``re.search(...)`` and the like as ``LazyPattern.compiled``, or call its methods.
"""

from __future__ import annotations

import re
from typing import Any, cast

# every lazy pattern made, for compile_all
_MADE: list[LazyPattern] = []

# what the first use copies from the compiled pattern onto the object
_TAKEN = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "flags",
    "groups",
    "groupindex",
)


class LazyPattern:
    """``re.compile(pattern, flags)``, done when first used (see the module's docstring)."""

    def __init__(self, pattern: str, flags: int | re.RegexFlag = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        _MADE.append(self)

    @property
    def is_compiled(self) -> bool:
        """Whether the pattern was compiled (it was used)."""
        return "_compiled" in self.__dict__

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled now when it was not yet."""
        done = self.__dict__.get("_compiled")
        if done is None:
            done = re.compile(self.pattern, self._flags)
            for name in _TAKEN:
                self.__dict__[name] = getattr(done, name)
            self.__dict__["_compiled"] = done
        return done

    def __getattr__(self, name: str) -> Any:
        # only asked for what the object does not hold: before the first use
        if name.startswith("__") or name not in _TAKEN:
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags!r})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` on first use (typed as the compiled pattern it stands
    for, whose methods it has)."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


def compile_all() -> int:
    """Compile every lazy pattern made so far (the sandbox's forkserver does, so that the
    children it forks inherit them compiled); how many were compiled now."""
    fresh = [p for p in _MADE if not p.is_compiled]
    for p in fresh:
        p.compiled  # noqa: B018  (compiles it)
    return len(fresh)


def compiled_count() -> tuple[int, int]:
    """(lazy patterns compiled, lazy patterns made)."""
    return sum(p.is_compiled for p in _MADE), len(_MADE)
