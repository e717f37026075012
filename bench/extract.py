"""Benchmark: field accuracy over fixtures and time per sheet beside pdfplumber's word floor,
then the generated corpus (tests/corpus) scored per layout family, each sheet's read time
beside PDFium's text extraction alone on the same pages (the floor), timed in turn.

Run: ``python bench/extract.py`` from the repository root; ``--corpus-only`` skips the
fixtures and the real sheets (found by bench/real_sheets.py), ``--no-scans`` skips the corpus's
OCR cases (the slow ones).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.real_sheets import real_sheets  # noqa: E402
from pipeline.extract import extract_document  # noqa: E402
from pipeline.extract.reader.errors import ExtractError  # noqa: E402
from pipeline.extract.reader.model import Limits  # noqa: E402
from tests.corpus import Sheet, sheets  # noqa: E402
from tests.corpus.score import Outcome  # noqa: E402
from tests.corpus.score import score as score_corpus  # noqa: E402
from tests.fixtures import callsheets as C  # noqa: E402

SHEETS = real_sheets()
EXPECTED = ROOT / "tests" / "unit" / "extract" / "expected"
KEYS = ("production", "shooting_day", "shooting_date", "call_time", "location", "sunrise")
KEYS += ("sunset",)


def floor_seconds(data: bytes) -> float:
    started = time.perf_counter()
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_words()
    return time.perf_counter() - started


def pdfium_floor_seconds(data: bytes, limits: Limits | None = None) -> float | None:
    """PDFium's text extraction alone (open, each page's text, close) on the pages the reader
    reads: what no reading of the sheet can beat. None for a file PDFium cannot open."""
    limits = limits or Limits()
    started = time.perf_counter()
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        count = len(doc)
        for number in range(count if count <= limits.max_pages else limits.preview_pages):
            page = doc[number]
            text_page = page.get_textpage()
            text_page.get_text_range()
            text_page.close()
            page.close()
    finally:
        doc.close()
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


def fixtures_report() -> None:
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


def read_corpus(
    docs: list[Sheet], floors: dict[str, float | None] | None = None
) -> list[tuple[Sheet, Outcome, float, str | None]]:
    """Read every corpus document in-process; an exception is recorded, never raised.
    ``floors`` gets each document's PDFium floor, timed just before its reading."""
    os.environ["STILLONTIME_PDF_ENGINE"] = "pdfium"
    extract_document(C.us_grid()[0])  # warm up (imports, dateparser's tables) off the clock
    # and pdfminer, which the repair of a broken page forks loaded (the sandbox's forkserver
    # loads it too, reader/warm.py); timezonefinder stays on the clock: a sandboxed reading
    # loads it on every sheet whose zone it is asked for
    import pipeline.extract.reader.pdfminer_text  # noqa: F401

    out = []
    for doc in docs:
        data = doc.data  # built before the clock starts
        if floors is not None:
            floors[doc.name] = pdfium_floor_seconds(data)
        started = time.perf_counter()
        error = None
        try:
            result = extract_document(data).to_json()
        except ExtractError as exc:
            result, error = None, f"ExtractError {type(exc).__name__}: {exc}"
        except Exception as exc:
            result, error = None, f"CRASH {type(exc).__name__}: {exc}"
        spent = time.perf_counter() - started
        out.append((doc, score_corpus(doc.expected, result), spent, error))
    return out


def _pct(ok: int, total: int) -> str:
    return f"{100 * ok / total:5.1f}%" if total else "    -"


def _family_matches(family: str, wanted: str | None) -> bool:
    if not wanted:
        return True
    return family == wanted or (wanted.endswith("_") and family.startswith(wanted))


def _spread(times: list[float]) -> str:
    ordered = sorted(times)
    n = len(ordered)
    p50 = ordered[n // 2]
    p95 = ordered[min(n - 1, round(0.95 * (n - 1)))]
    mean = sum(ordered) / n
    return f"mean {mean:.3f} s, p50 {p50:.3f} s, p95 {p95:.3f} s, max {ordered[-1]:.3f} s"


def _print_checks(wrong: list) -> None:
    """One line per wrong field: the sheet, its day, what it should be and what was read."""
    for doc, c in wrong:
        print(f"  {doc.name} day {c.day + 1} {c.field}: want {c.want!r}, got {c.got!r}")
    if not wrong:
        print("  none")


def corpus_report(docs: list[Sheet]) -> None:
    floors: dict[str, float | None] = {}
    rows = read_corpus(docs, floors)
    n_call = sum(d.is_call_sheet for d in docs)
    print(f"\nCORPUS tests/corpus: {len(docs)} documents, {n_call} call sheets")
    print("auto-ok: call sheets confirmed without review (confidence >= 0.85) with every core")
    print("field (call_time, shooting_date, location) right; silent: core field wrong at >= 0.85")
    print("sure-wrong: another field (title, sun, hospital) wrong, rated >= 0.85, in such a day")
    print(
        f"{'family':22} {'docs':>4} {'fields':>9} {'acc':>6} {'auto-ok':>8} {'misclass':>8}"
        f" {'except':>6} {'silent':>6} {'sure-wrong':>10}"
    )
    families: dict[str, list] = {}
    for row in rows:
        families.setdefault(row[0].family, []).append(row)
    tot = dict(docs=0, ok=0, n=0, auto=0, call=0, mis=0, exc=0, silent=0, sure=0)
    for family, group in families.items():
        ok = sum(o.right for _, o, _, _ in group)
        n = sum(len(o.checks) for _, o, _, _ in group)
        call = sum(d.is_call_sheet for d, _, _, _ in group)
        auto = sum(o.auto_ok for _, o, _, _ in group)
        mis = sum(o.got_type != d.expected["document_type"] for d, o, _, _ in group)
        exc = sum(e is not None for _, _, _, e in group)
        silent = sum(len(o.silent) for _, o, _, _ in group)
        sure = sum(len(o.sure_wrong) for _, o, _, _ in group)
        auto_s = f"{auto}/{call}" if call else "-"
        print(
            f"{family:22} {len(group):>4} {ok:>4}/{n:<4} {_pct(ok, n)} {auto_s:>8} {mis:>8}"
            f" {exc:>6} {silent:>6} {sure:>10}"
        )
        for key, val in dict(
            docs=len(group),
            ok=ok,
            n=n,
            auto=auto,
            call=call,
            mis=mis,
            exc=exc,
            silent=silent,
            sure=sure,
        ).items():
            tot[key] += val
    print(
        f"{'TOTAL':22} {tot['docs']:>4} {tot['ok']:>4}/{tot['n']:<4} {_pct(tot['ok'], tot['n'])}"
        f" {tot['auto']:>3}/{tot['call']:<4} {tot['mis']:>8} {tot['exc']:>6} {tot['silent']:>6}"
        f" {tot['sure']:>10}"
    )
    print(f"auto-ok share: {_pct(tot['auto'], tot['call'])} of call sheets")

    by_field: dict[str, list[int]] = {}
    for _, o, _, _ in rows:
        for c in o.checks:
            by_field.setdefault(c.field, [0, 0])
            by_field[c.field][0] += c.ok
            by_field[c.field][1] += 1
    print("by field: " + "  ".join(f"{k} {a}/{b}" for k, (a, b) in by_field.items()))

    print(
        f"\n{'sheet':34} {'family':20} {'type':18} {'fields':>6} {'conf':>5} {'read s':>7}  wrong"
    )
    for doc, o, spent, _ in rows:
        wrong = ", ".join(c.field + (f"[{c.day}]" if c.day else "") for c in o.checks if not c.ok)
        conf = f"{o.confidence:.2f}" if o.confidence is not None else "-"
        fields = f"{o.right}/{len(o.checks)}" if o.checks else "-"
        print(
            f"{doc.name:34} {doc.family:20} {o.got_type!s:18} {fields:>6} {conf:>5}"
            f" {spent:>7.3f}  {wrong}"
        )

    print("\nSILENT ERRORS (core field wrong in a day confirmed without review):")
    _print_checks([(d, c) for d, o, _, _ in rows for c in o.silent])
    print("SURE BUT WRONG (title, sun or hospital wrong, rated >= 0.85, in such a day):")
    _print_checks([(d, c) for d, o, _, _ in rows for c in o.sure_wrong])
    print("MISCLASSIFIED:")
    mis = [(d, o) for d, o, _, _ in rows if o.got_type != d.expected["document_type"]]
    for doc, o in mis:
        print(f"  {doc.name}: want {doc.expected['document_type']}, got {o.got_type}")
    if not mis:
        print("  none")
    print("EXCEPTIONS (crash = not an ExtractError):")
    excs = [(d, e) for d, _, _, e in rows if e]
    for doc, error in excs:
        print(f"  {doc.name}: {error}")
    if not excs:
        print("  none")
    for label, picked in (
        ("text", [r for r in rows if not r[0].scan_dpi]),
        ("scan", [r for r in rows if r[0].scan_dpi]),
    ):
        times = [t for _, _, t, _ in picked]
        if times:
            print(f"read time {label}: n={len(times)} {_spread(times)}")
    text = [(d, t, floors.get(d.name)) for d, _, t, _ in rows if not d.scan_dpi]
    floor = [f for _, _, f in text if f is not None]
    if floor:
        print(f"read time text floor (PDFium text alone, same pages, in turn): {_spread(floor)}")
        print(
            "slowest text sheets (read s / floor s): "
            + ", ".join(
                f"{d.name} {t:.3f}/{f or 0:.4f}"
                for d, t, f in sorted(text, key=lambda r: -r[1])[:5]
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus-only", action="store_true", help=f"skip fixtures and the real sheets ({SHEETS})"
    )
    parser.add_argument("--no-scans", action="store_true", help="skip the corpus's OCR cases")
    parser.add_argument(
        "--family",
        help="only this corpus family (e.g. polish_dpp); a name ending in '_' selects every "
        "family it starts (e.g. fresh2_ for the third held-out set)",
    )
    args = parser.parse_args()
    print("command: python " + " ".join(["bench/extract.py", *sys.argv[1:]]))
    if not args.corpus_only:
        fixtures_report()
    docs = [
        d
        for d in sheets()
        if not (args.no_scans and d.scan_dpi) and _family_matches(d.family, args.family)
    ]
    corpus_report(docs)


if __name__ == "__main__":
    main()
