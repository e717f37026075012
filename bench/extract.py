"""Benchmark: field accuracy over fixtures and time per sheet beside pdfplumber's word floor.

Run: ``python bench/extract.py`` from the repository root.
"""

from __future__ import annotations

import io
import json
import os
import sys
import time
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.extract import extract_document  # noqa: E402
from tests.fixtures import callsheets as C  # noqa: E402

SHEETS = ROOT / ".." / "shared" / "callsheets"
EXPECTED = ROOT / "tests" / "unit" / "extract" / "expected"
KEYS = ("production", "shooting_day", "shooting_date", "call_time", "location", "sunrise")
KEYS += ("sunset",)


def floor_seconds(data: bytes) -> float:
    started = time.perf_counter()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_words()
    return time.perf_counter() - started


def score(want_days: list[dict], got_days: list[dict]) -> tuple[int, int]:
    ok = total = 0
    for w, g in zip(want_days, got_days, strict=False):
        for key in KEYS:
            if key not in w:
                continue
            total += 1
            a, b = w[key], g.get(key)
            if key == "location" and a and b:
                ok += a.lower() in b.lower()
            else:
                ok += a == b
    total += sum(len([k for k in KEYS if k in w]) for w in want_days[len(got_days) :])
    return ok, total


def cases() -> list[tuple[str, bytes, list[dict]]]:
    out = []
    for build in (C.us_grid, C.uk_unit_call, C.polish_plan):
        data, want = build()
        out.append((f"fixture:{build.__name__}", data, [want]))
    data, want = C.uk_unit_call()
    out.append(("fixture:uk_scan(OCR)", C.rasterise(data), [want]))
    if SHEETS.is_dir():
        for path in sorted(SHEETS.glob("*.pdf")):
            want = json.loads((EXPECTED / f"{path.name}.json").read_text())["days"]
            out.append((path.name[:44], path.read_bytes(), want))
    return out


def timed_extract(data: bytes, engine: str) -> tuple[list[dict], float]:
    os.environ["STILLONTIME_PDF_ENGINE"] = engine
    started = time.perf_counter()
    got = extract_document(data).to_json()["days"]
    return got, time.perf_counter() - started


def main() -> None:
    print("command: python bench/extract.py")
    print("extract s: pdfium text layer (default); pdfplumber s: STILLONTIME_PDF_ENGINE=pdfplumber")
    header = f"{'document':46} {'fields':>9} {'extract s':>10} {'pdfplumber s':>12} {'floor s':>8}"
    print(header)
    all_ok = all_total = 0
    for name, data, want in cases():
        got, spent = timed_extract(data, "pdfium")
        plumber_got, plumber_spent = timed_extract(data, "pdfplumber")
        ok, total = score(want, got)
        plumber_ok, _ = score(want, plumber_got)
        all_ok, all_total = all_ok + ok, all_total + total
        same = "" if plumber_ok == ok else f"  (pdfplumber path: {plumber_ok}/{total})"
        print(
            f"{name:46} {ok:>4}/{total:<4} {spent:>10.3f} {plumber_spent:>12.3f}"
            f" {floor_seconds(data):>8.3f}{same}"
        )
    print(f"{'TOTAL':46} {all_ok:>4}/{all_total:<4}  ({100 * all_ok / max(all_total, 1):.1f}%)")


if __name__ == "__main__":
    main()
