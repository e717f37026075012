"""A worker extracts in several threads at once: PDFium (not thread-safe) must not crash it."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO

# In a child process, so that a crash in native code fails this test instead of killing pytest.
SCRIPT = """
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pipeline.app.demo import sample_callsheet
from pipeline.extract import extract_document

sheets = [sample_callsheet(date(2026, 3, 1) + timedelta(days=i)) for i in range(8)]
def read(i):
    return extract_document(sheets[i % len(sheets)]).to_json()["days"][0]["call_time"]
with ThreadPoolExecutor(max_workers=8) as pool:
    calls = list(pool.map(read, range(400)))
assert calls == ["07:00"] * 400, set(calls)
print("ok")
"""


def test_many_threads_extracting_at_once_neither_crash_nor_mix_up_pages() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.strip() == "ok"
