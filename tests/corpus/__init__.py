"""Generated call sheets and other PDFs in varied layouts, with their expected readings.

`sheets()` lists every corpus document; PDFs are built on first use (`Sheet.data`), never
stored. CONVENTIONS.md lists the real-world conventions each family follows.
"""

from __future__ import annotations

from tests.corpus.sheet import Sheet

__all__ = ["Sheet", "sheets"]


def sheets() -> list[Sheet]:
    from tests.corpus import (
        fresh,
        fresh2,
        fresh3,
        fresh4,
        fresh5,
        fresh6,
        fresh7,
        fresh8,
        fresh9,
        fresh10,
        fresh11,
        fresh12,
        fresh13,
        fresh14,
        fresh15,
        fresh16,
        fresh17,
        fresh18,
        fresh19,
        fresh20,
        fresh21,
        fresh22,
        fresh23,
        fresh24,
        fresh25,
        fresh26,
        fresh27,
        fresh28,
        fresh29,
        fresh30,
        fresh31,
        fresh32,
        fresh33,
        fresh34,
        fresh35,
        fresh36,
        fresh37,
        fresh40,
        grids,
        holdout,
        messy,
        others,
        polish,
        scans,
        schedules,
        tables,
        uk,
    )

    out: list[Sheet] = []
    for module in (
        grids,
        tables,
        uk,
        polish,
        schedules,
        messy,
        others,
        holdout,
        fresh,
        fresh2,
        fresh3,
        fresh4,
        fresh5,
        fresh6,
        fresh7,
        fresh8,
        fresh9,
        fresh10,
        fresh11,
        fresh12,
        fresh13,
        fresh14,
        fresh15,
        fresh16,
        fresh17,
        fresh18,
        fresh19,
        fresh20,
        fresh21,
        fresh22,
        fresh23,
        fresh24,
        fresh25,
        fresh26,
        fresh27,
        fresh28,
        fresh29,
        fresh30,
        fresh31,
        fresh32,
        fresh33,
        fresh34,
        fresh35,
        fresh36,
        fresh37,
        fresh40,
    ):
        out.extend(module.sheets())
    out.extend(scans.sheets(out))
    return out
