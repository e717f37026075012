"""Imports every stage's actors, so a worker process declares all of them."""

from __future__ import annotations

import ctypes
import importlib
import os
import signal
import sys

from pipeline.logs import configure_logging
from pipeline.runtime.broker import broker
from pipeline.runtime.stages import stages

# Every stage's actor modules, as the stages declare them (pipeline/<stage>/stage.py).
ACTOR_MODULES: tuple[str, ...] = tuple(m for stage in stages() for m in stage.actor_modules)


def die_with_parent() -> None:
    """Have the kernel kill this process when the one that started it dies (Linux).

    Dramatiq's worker processes are children of ``stillontime worker``. Killed alone, the parent
    would leave them running as orphans that keep their messages and database locks, and that
    block forever on a full log pipe nobody reads; dead, their messages go back to the queue.
    """
    if not sys.platform.startswith("linux"):
        return
    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() == 1:  # the parent died before the call above took effect
        os._exit(1)


die_with_parent()
configure_logging()
for _module in ACTOR_MODULES:
    importlib.import_module(_module)

__all__ = ["broker"]
