"""Run Tesseract on rendered pages, several at once, and return words with their confidences.

Each page is one ``tesseract`` process; as many run at once as this process has cores, each
with ``OMP_THREAD_LIMIT=1``. Tesseract's own OpenMP threads spin while they wait for a core: on
a machine whose cores are already busy they made one page three to four times slower (see
BENCHMARKS.md), where one thread per process and one process per core keep every core on useful
work. Pages are drawn by the caller (PDFium is not thread-safe) just before their process
starts, in the order given, so the pages that carry a day's facts are read first; when the
deadline comes every process still running is killed and its page reported as not read.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.extract.reader.model import Word

if TYPE_CHECKING:
    import pdfplumber.page
    from PIL import Image

LANGS = "eng+pol"  # Debian packages tesseract-ocr-eng and tesseract-ocr-pol
PSM = "11"  # sparse text: call sheets are grids of cells, not paragraphs
# Sauvola's local threshold (Tesseract 5) instead of one Otsu threshold for the whole page: a
# phone photo's light falls off across the sheet. On phone-like scans it found 1131 of 1333
# words of a real one-liner's small print against 983 (200 dpi), 868 against 499 (150 dpi),
# and as many on clean scans and the real scans (bench/scan.py).
THRESHOLDING = 2
MIN_CONF = 30.0  # Tesseract word confidence (0-100) below which a word is dropped as noise
POLL_S = 0.02  # how often running processes are checked; a page takes about a second

UNAVAILABLE = "page has no text layer and Tesseract is not installed"


@dataclass(frozen=True)
class OcrResult:
    words: tuple[Word, ...]
    warnings: tuple[str, ...]
    #: False when the deadline came before Tesseract finished this page (it was killed or
    #: never started).
    finished: bool = True


@dataclass(frozen=True)
class PageJob:
    """One page to OCR: ``render()`` draws it at ``resolution`` dpi (called in this thread)."""

    number: int
    render: Callable[[], Image.Image]
    resolution: int


def workers() -> int:
    """Tesseract processes to run at once: the cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not Linux
        return max(os.cpu_count() or 1, 1)


# Tesseract processes at once in this whole process: worker threads reading scans at the same
# time share the cores instead of each starting one process per core.
SLOTS = threading.BoundedSemaphore(workers())


def ocr_pages(
    jobs: Sequence[PageJob], deadline: float, parallel: int | None = None
) -> dict[int, OcrResult]:
    """OCR ``jobs`` in their order, up to ``parallel`` at once, until ``deadline``.

    Parameters
    ----------
    jobs:
        Pages in the order they should be read (the most useful first).
    deadline:
        ``time.monotonic()`` value after which no page starts and every running Tesseract is
        killed; those pages come back with ``finished=False`` and a warning.
    parallel:
        At most this many Tesseract processes at once (default: ``workers()``).

    Returns
    -------
    dict
        Page number -> OcrResult, for every job. Never raises for a missing or failing
        Tesseract: the result carries the reason.
    """
    binary = shutil.which("tesseract")
    if binary is None:
        return {job.number: OcrResult((), (UNAVAILABLE,)) for job in jobs}
    limit = max(1, parallel or workers())
    results: dict[int, OcrResult] = {}
    waiting = list(jobs)
    running: dict[int, _Run] = {}
    with tempfile.TemporaryDirectory(prefix="stillontime-ocr-") as tmp:
        try:
            while waiting or running:
                while (
                    waiting
                    and len(running) < limit
                    and time.monotonic() < deadline
                    and SLOTS.acquire(blocking=False)  # last: taken only when a page starts
                ):
                    job = waiting.pop(0)
                    try:
                        running[job.number] = _start(binary, job, Path(tmp))
                    except BaseException:
                        SLOTS.release()
                        raise
                for number, run in list(running.items()):
                    if run.proc.poll() is not None:
                        results[number] = run.result()
                        del running[number]
                        SLOTS.release()
                if time.monotonic() >= deadline:
                    break
                time.sleep(POLL_S)  # a page runs, or another document holds every slot
        finally:
            for run in running.values():  # the deadline came, or the caller is unwinding
                run.kill()
                SLOTS.release()
    for job in jobs:
        if job.number not in results:
            note = f"page {job.number + 1} not read by OCR: the time limit came first"
            results[job.number] = OcrResult((), (note,), finished=False)
    return results


def ocr_render(render: Callable[[], Image.Image], resolution: int, timeout: float) -> OcrResult:
    """OCR one page image ``render()`` draws at ``resolution`` dpi, within ``timeout`` s."""
    job = PageJob(0, render, resolution)
    result = ocr_pages([job], time.monotonic() + timeout, parallel=1)[0]
    if not result.finished:
        return OcrResult((), (f"OCR timed out after {timeout:.0f} s",), finished=False)
    return result


def ocr_page(page: pdfplumber.page.Page, resolution: int, timeout: float) -> OcrResult:
    """Render a pdfplumber ``page`` and OCR it (see ``ocr_render``)."""
    from pipeline.extract.reader.pdfium_text import LOCK  # pdfplumber draws pages with PDFium

    def render() -> Image.Image:
        with LOCK:
            return page.to_image(resolution=resolution).original

    return ocr_render(render, resolution, timeout)


@dataclass
class _Run:
    proc: subprocess.Popen[bytes]
    out: Path  # Tesseract writes <out>.tsv
    err: Path
    scale: float  # image pixels to PDF points

    def kill(self) -> None:
        """End the process and anything it started (its own process group), and reap it."""
        with contextlib.suppress(ProcessLookupError):  # it has just ended by itself
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def result(self) -> OcrResult:
        if self.proc.returncode != 0:
            lines = self.err.read_text("utf-8", "replace").strip().splitlines()[-1:]
            return OcrResult((), (f"OCR failed: {' '.join(lines)}",))
        tsv = self.out.with_suffix(".tsv").read_text("utf-8", "replace")
        return OcrResult(parse_tsv(tsv, self.scale), ("page read by OCR",))


def _start(binary: str, job: PageJob, tmp: Path) -> _Run:
    image = tmp / f"page{job.number}.png"
    # Greyscale is what Tesseract binarises anyway; the dpi is passed on, as Tesseract sizes
    # its text by it (without it, it assumes 70 dpi). Fast compression: the file lives a second.
    job.render().convert("L").save(image, format="PNG", compress_level=1)
    out, err = tmp / f"page{job.number}", tmp / f"page{job.number}.err"
    command = [binary, str(image), str(out), "-l", _langs(binary), "--psm", PSM]
    command += ["--dpi", str(job.resolution), "-c", f"thresholding_method={THRESHOLDING}", "tsv"]
    with err.open("wb") as stderr:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            start_new_session=True,  # a process group of its own, killed whole at the deadline
        )
    return _Run(proc, out, err, 72.0 / job.resolution)


@functools.cache
def _langs(binary: str) -> str:
    try:
        out = subprocess.run(
            [binary, "--list-langs"], capture_output=True, timeout=10, check=False
        ).stdout.decode()
    except (OSError, subprocess.TimeoutExpired):
        return "eng"
    have = set(out.split())
    wanted = [lang for lang in LANGS.split("+") if lang in have]
    return "+".join(wanted) or "eng"


def parse_tsv(tsv: str, scale: float) -> tuple[Word, ...]:
    """Turn Tesseract TSV output into words in PDF points, confidence scaled to 0-1."""
    words = []
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        try:
            conf = float(row.get("conf") or -1)
            left, top = float(row["left"]), float(row["top"])
            width, height = float(row["width"]), float(row["height"])
        except (KeyError, ValueError):
            continue
        if not text or conf < MIN_CONF:
            continue
        words.append(
            Word(
                text,
                left * scale,
                (left + width) * scale,
                top * scale,
                (top + height) * scale,
                height * scale,
                conf / 100.0,
            )
        )
    return tuple(words)
