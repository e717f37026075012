"""A read context whose date takes ten minutes to answer: a reading that hangs after it started
(to the sandbox, as a call stuck in C). A module of its own, importable in the reader child."""

from __future__ import annotations

import time

STUCK_S = 600.0


class StuckContext:
    timezone = None

    @property
    def sent(self) -> None:
        time.sleep(STUCK_S)
