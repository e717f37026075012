"""Where the real call sheets are, for the benches, found as ``./dev``'s ``real_sheets`` finds
them for the tests: STILLONTIME_CALLSHEETS when set, else beside the checkout
(../shared/callsheets), else beside the checkout a clone was made from (its ``origin``: a
fresh clone in /tmp, CI)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def real_sheets() -> Path:
    """The real call sheets' folder; the one beside the checkout (perhaps absent) if none is."""
    told = os.environ.get("STILLONTIME_CALLSHEETS")
    if told:
        return Path(told)
    beside = ROOT.parent / "shared" / "callsheets"
    if beside.is_dir():
        return beside
    origin = subprocess.run(
        ["git", "-C", str(ROOT), "remote", "get-url", "origin"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    cloned = Path(origin) / ".." / "shared" / "callsheets"
    return cloned.resolve() if origin and cloned.is_dir() else beside
