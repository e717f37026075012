"""Benchmark: scanned PDFs read by OCR, this tree's reader beside an earlier commit's, in one run.

Run: ``python bench/scan.py [--before REV] [--rounds N]`` from the repository root.

Each case is a scan built from the generated sheets (tests/fixtures): a 5-page scan (UK unit
call, US grid, Polish plan, one-liner, rental quote) at 150 and 200 dpi, clean and as a phone
photo, and each sheet alone as a one-page scan; and, when the real sheets are found
(bench/real_sheets.py), the 4 pages of a real one-liner (dense small print) scanned as a phone
photo. Both readers run in child processes of their own (``before``: the tree at REV, exported
with ``git archive``), alternating, so the load that other work puts on the machine falls on
both alike. Per case it prints the seconds (read, and read + fields), the words of the source
text layer found by OCR, and the fields right.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.extract import score  # noqa: E402
from bench.real_sheets import real_sheets  # noqa: E402
from tests.fixtures import callsheets as C  # noqa: E402
from tests.fixtures.scans import scan_pages  # noqa: E402

BEFORE = "7ade763"  # main before parallel OCR (issue 15, part 5)
SHEETS = (C.uk_unit_call, C.us_grid, C.polish_plan, C.one_line_schedule, C.invoice)
FIELD_SHEETS = (C.uk_unit_call, C.us_grid, C.polish_plan)  # call sheets with known fields
SHARED = real_sheets()
DENSE = SHARED / "BestBot__White_Plains_S1_Oneline_104_Official_080825.pdf"  # 4 pages

# Runs in the child, with the reader under test first on sys.path.
CHILD = """
import json, sys, time
from pipeline.extract.reader.api import interpret
from pipeline.extract.reader.model import Limits
from pipeline.extract.reader.pdfread import read_pdf
data = open(sys.argv[1], "rb").read()
started = time.perf_counter()
read = read_pdf(data, Limits())
read_s = time.perf_counter() - started
interpret(read.pages, list(read.warnings))
total_s = time.perf_counter() - started
days = [interpret([p], []).to_json()["days"] for p in read.pages]  # each page's own fields
words = [[w.text for ln in p.lines for w in ln.words] for p in read.pages]
print(json.dumps({"read_s": read_s, "total_s": total_s, "days": days, "words": words}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default=BEFORE, help="commit to compare with")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each reader per case")
    args = parser.parse_args()
    print(f"command: python bench/scan.py --before {args.before} --rounds {args.rounds}")
    with tempfile.TemporaryDirectory() as tmp:
        before = _export(args.before, Path(tmp) / "before")
        # The middle reader is the earlier one with Tesseract's OpenMP held to one thread: what
        # that alone gains, beside pages in parallel.
        readers = {
            f"before ({args.before})": (before, {}),
            "before, OMP_THREAD_LIMIT=1": (before, {"OMP_THREAD_LIMIT": "1"}),
            "after (this tree)": (ROOT, {}),
        }
        header = (
            f"{'case':34} {'reader':26} {'read s':>14} {'total s':>8} {'words':>9} {'fields':>7}"
        )
        print(header)
        for name, data, truth, want in cases():
            path = Path(tmp) / "case.pdf"
            path.write_bytes(data)
            runs: dict[str, list[dict]] = {label: [] for label in readers}
            for _ in range(args.rounds):
                for label, (tree, env) in readers.items():
                    runs[label].append(_child(tree, path, env))
            for label, got in runs.items():
                reads = [r["read_s"] for r in got]
                total = statistics.median(r["total_s"] for r in got)
                found, count = _words(truth, got[0]["words"])
                ok, of = _fields(want, got[0]["days"])
                spread = f"{min(reads):.2f}-{max(reads):.2f}"
                fields = f"{ok}/{of}"
                print(
                    f"{name:34} {label:26} {spread:>14} {total:>8.2f} {found:>4}/{count:<4}"
                    f" {fields:>7}",
                    flush=True,
                )


Case = tuple[str, bytes, list[collections.Counter], list[dict | None]]


def cases() -> list[Case]:
    """Scans with, per page, the source's words and the fields expected (None: not a sheet)."""
    built = [build() for build in SHEETS]
    pdfs = [data for data, _ in built]
    truth = [_source_words(data) for data in pdfs]
    want = [w if b in FIELD_SHEETS else None for b, (_, w) in zip(SHEETS, built, strict=True)]
    out: list[Case] = []
    for dpi in (150, 200):
        for phone in (False, True):
            scan = scan_pages(pdfs, dpi, phone=phone)
            out.append((f"5 pages, {dpi} dpi {'phone' if phone else 'clean'}", scan, truth, want))
    for dpi in (150, 200):
        for build in FIELD_SHEETS:
            data, expected = build()
            one = scan_pages([data], dpi, phone=True)
            out.append(
                (f"{build.__name__}, {dpi} dpi phone", one, [_source_words(data)], [expected])
            )
    if DENSE.is_file():  # a real one-liner: dense small print, words only
        pages = _split(DENSE.read_bytes(), 5)
        truth = [_source_words(data) for data in pages]
        for dpi in (150, 200):
            scan = scan_pages(pages, dpi, phone=True)
            name = f"{len(pages)} dense pages, {dpi} dpi phone"
            out.append((name, scan, truth, [None] * len(pages)))
    return out


def _split(pdf: bytes, count: int) -> list[bytes]:
    """The first ``count`` pages of ``pdf``, each as a PDF of its own."""
    source = pdfium.PdfDocument(pdf)
    out = []
    for number in range(min(count, len(source))):
        one = pdfium.PdfDocument.new()
        one.import_pages(source, [number])
        buf = BytesIO()
        one.save(buf)
        out.append(buf.getvalue())
    return out


def _fields(want: list[dict | None], days: list[list[dict]]) -> tuple[int, int]:
    """Fields right on the pages that are call sheets, each page read on its own."""
    ok = total = 0
    for expected, got in zip(want, days, strict=False):
        if expected is not None:
            right, of = score([expected], got)
            ok, total = ok + right, total + of
    return ok, total


def _norm(text: str) -> str:
    return re.sub(r"\W", "", text.lower())


def _source_words(pdf: bytes) -> collections.Counter:
    from pipeline.extract.reader.model import Limits
    from pipeline.extract.reader.pdfread import read_pdf

    page = read_pdf(pdf, Limits()).pages[0]
    return collections.Counter(n for ln in page.lines for w in ln.words if (n := _norm(w.text)))


def _words(truth: list[collections.Counter], pages: list[list[str]]) -> tuple[int, int]:
    """Source words found on their own page (each counted as often as it is printed)."""
    found = 0
    for want, got in zip(truth, pages, strict=False):
        found += sum((want & collections.Counter(n for t in got if (n := _norm(t)))).values())
    return found, sum(sum(t.values()) for t in truth)


def _export(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "pipeline"], capture_output=True, check=True
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def _child(tree: Path, pdf: Path, env: dict[str, str]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(pdf)],
        capture_output=True,
        check=True,
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", **env},
    )
    return json.loads(done.stdout)


if __name__ == "__main__":
    main()
