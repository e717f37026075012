"""Benchmark: the reader's CPU time a sheet on some corpus families, for two checkouts side by side.

Process time, not wall time, so another job on the machine moves it less. Run it from each
checkout in turn (alternating), e.g. ``python bench/read_cpu.py fresh6_ fresh20_ fresh40_``.
"""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))

from pipeline.extract import extract_document
from pipeline.extract.reader.errors import ExtractError
from tests.corpus import sheets

ROUNDS = 3


def main() -> None:
    families = tuple(sys.argv[1:]) or ("fresh6_", "fresh20_", "fresh40_", "fresh60_", "fresh71_")
    datas = [d.data for d in sheets() if d.family.startswith(families) and "scan" not in d.family]
    for data in datas[:5]:  # warm: imports and lazily compiled patterns
        extract_document(data)
    per_sheet = []
    for _ in range(ROUNDS):
        started = time.process_time()
        for data in datas:
            with contextlib.suppress(ExtractError):
                extract_document(data)
        per_sheet.append((time.process_time() - started) / len(datas))
    print(f"n={len(datas)} CPU s a sheet per round: " + " ".join(f"{x:.4f}" for x in per_sheet))


if __name__ == "__main__":
    main()
