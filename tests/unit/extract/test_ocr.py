"""Scans read by Tesseract processes in parallel: every page, in order, within the deadline."""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from pipeline.extract.reader import ocr, pdfread
from pipeline.extract.reader.errors import ExtractTimeoutError
from pipeline.extract.reader.model import Limits
from tests.fixtures import callsheets as C
from tests.fixtures.scans import scan_pages

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="no tesseract")

# A stand-in for Tesseract: logs each start and end (with the OpenMP limit it was given) and
# writes one word, after FAKE_SLEEP seconds, or at once for the page images named in FAKE_FAST.
FAKE = """#!/bin/sh
if [ "$1" = "--list-langs" ]; then echo "List of available languages"; echo eng; exit 0; fi
echo "start $$ omp=$OMP_THREAD_LIMIT" >> "$FAKE_LOG"
case " $FAKE_FAST " in
  *" $(basename "$1") "*) ;;
  *) sleep "$FAKE_SLEEP" ;;
esac
printf 'level\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n' > "$2.tsv"
printf '5\\t100\\t100\\t200\\t40\\t96\\tREAD\\n' >> "$2.tsv"
echo "end $$" >> "$FAKE_LOG"
"""


@pytest.fixture
def fake_tesseract(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Put the stand-in first on PATH; returns its log."""
    binary = tmp_path / "bin" / "tesseract"
    binary.parent.mkdir()
    binary.write_text(FAKE)
    binary.chmod(0o755)
    log = tmp_path / "log"
    log.touch()
    monkeypatch.setenv("PATH", f"{binary.parent}:{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_LOG", str(log))
    monkeypatch.setenv("FAKE_SLEEP", "0.2")
    monkeypatch.setenv("FAKE_FAST", "")
    return log


def _blank_jobs(count: int) -> list[ocr.PageJob]:
    return [ocr.PageJob(n, lambda: Image.new("L", (50, 50), 255), 200) for n in range(count)]


def _group_alive(group: int) -> bool:
    """Whether a process of ``group`` still runs (zombies awaiting their reaper do not)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended while we looked
        if int(fields[2]) == group and fields[0] != "Z":
            return True
    return False


@needs_tesseract
def test_a_multi_page_scan_reads_every_page_in_order() -> None:
    sheets = [C.uk_unit_call()[0], C.polish_plan()[0], C.us_grid()[0]]
    read = pdfread.read_pdf(scan_pages(sheets, 150), Limits())
    texts = [" ".join(line.text for line in page.lines) for page in read.pages]
    assert [page.ocr for page in read.pages] == [True, True, True]
    assert "LONG ACRE" in texts[0]
    assert "Piotrkowska" in texts[1]
    assert "GRIFFITH" in texts[2]
    assert [{line.page for line in page.lines} for page in read.pages] == [{0}, {1}, {2}]


def _most_at_once(log: Path) -> int:
    running = most = 0
    for entry in log.read_text().splitlines():
        running += 1 if entry.startswith("start") else -1
        most = max(most, running)
    return most


def test_pages_run_at_most_parallel_at_once_with_one_thread_each(
    fake_tesseract: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr, "SLOTS", threading.BoundedSemaphore(8))  # not this machine's cores
    results = ocr.ocr_pages(_blank_jobs(5), time.monotonic() + 60, parallel=2)
    assert [results[n].words[0].text for n in range(5)] == ["READ"] * 5
    running = most = 0
    for entry in fake_tesseract.read_text().splitlines():
        running += 1 if entry.startswith("start") else -1
        most = max(most, running)
        if entry.startswith("start"):
            assert entry.endswith("omp=1")
    assert most == 2


def test_documents_read_at_once_share_the_process_wide_slots(
    fake_tesseract: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given two slots for the whole process and three worker threads, each with a 2-page scan
    monkeypatch.setattr(ocr, "SLOTS", threading.BoundedSemaphore(2))
    results: list[dict[int, ocr.OcrResult]] = []

    def read() -> None:
        results.append(ocr.ocr_pages(_blank_jobs(2), time.monotonic() + 60, parallel=2))

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Then every page of every document was read, never more than two Tesseracts at once,
    # and every slot came back
    assert [[r[n].words[0].text for n in range(2)] for r in results] == [["READ", "READ"]] * 3
    assert _most_at_once(fake_tesseract) == 2
    assert all(ocr.SLOTS.acquire(blocking=False) for _ in range(2))


def test_the_deadline_kills_every_tesseract_and_says_so(
    fake_tesseract: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SLEEP", "60")
    started: list[subprocess.Popen[bytes]] = []
    popen = subprocess.Popen

    def recording(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        proc = popen(*args, **kwargs)  # type: ignore[call-overload]
        if "--list-langs" not in args[0]:  # type: ignore[operator]
            started.append(proc)
        return proc

    monkeypatch.setattr(ocr.subprocess, "Popen", recording)
    results = ocr.ocr_pages(_blank_jobs(3), time.monotonic() + 0.5, parallel=2)
    assert len(started) == 2  # the third page never started
    assert all(proc.returncode is not None for proc in started)  # reaped
    # The stand-in's own child (sleep) got the group's SIGKILL too; the kernel ends it at once,
    # but asynchronously, so look for a moment before calling it left behind.
    give_up = time.monotonic() + 5
    while any(_group_alive(proc.pid) for proc in started) and time.monotonic() < give_up:
        time.sleep(0.05)
    assert not any(_group_alive(proc.pid) for proc in started)
    assert not any(r.finished for r in results.values())
    assert "page 3 not read by OCR: the time limit came first" in results[2].warnings


def test_a_scan_whose_first_page_runs_out_of_time_is_a_timeout_error(
    fake_tesseract: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SLEEP", "60")
    scan = scan_pages([C.uk_unit_call()[0]] * 3, 150)
    with pytest.raises(ExtractTimeoutError, match="took longer than 2 s"):
        pdfread.read_pdf(scan, Limits(max_seconds=2))


def test_later_pages_the_time_does_not_reach_are_skipped_with_a_note(
    fake_tesseract: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_SLEEP", "60")
    monkeypatch.setenv("FAKE_FAST", "page0.png")
    scan = scan_pages([C.uk_unit_call()[0]] * 3, 150)
    read = pdfread.read_pdf(scan, Limits(max_seconds=2))
    assert [len(page.lines) for page in read.pages] == [1, 0, 0]
    assert "page 2 not read by OCR: the time limit came first" in read.warnings
    assert "page 3 not read by OCR: the time limit came first" in read.warnings


SMOOTHED = [(150, False), (200, False), (300, False), (384, True)]  # drawn at 300 dpi


@pytest.mark.parametrize(("scan_dpi", "smooth"), SMOOTHED)
def test_scan_images_are_smoothed_only_when_reduced(scan_dpi: int, smooth: bool) -> None:
    doc = pdfium.PdfDocument(scan_pages([C.uk_unit_call()[0]], scan_dpi))
    native = pdfread._native_dpi(doc[0])
    assert native == pytest.approx(scan_dpi, abs=1)
    assert pdfread._smooth_images(native, 300) is smooth


def test_a_page_without_an_image_has_no_scan_resolution() -> None:
    doc = pdfium.PdfDocument(C.render([(30, 40, "x", 10)]))
    assert pdfread._native_dpi(doc[0]) is None
    assert pdfread._smooth_images(None, 300) is False
