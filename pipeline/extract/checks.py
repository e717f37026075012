"""The extract stage's part in ``stillontime doctor``: Tesseract, with Polish, for scans."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator

from pipeline.runtime.checks import CheckContext, Finding

# Debian's packages (./dev installs them when run as root).
INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-pol"


def tesseract(context: CheckContext) -> Iterator[Finding]:
    """Tesseract on the PATH, and Polish among its languages (Polish call sheets' scans)."""
    binary = shutil.which("tesseract")
    if binary is None:
        detail = "Tesseract is not installed: scanned call sheets cannot be read"
        yield Finding("tesseract", "fail", detail, INSTALL)
        return
    try:
        listed = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        yield Finding("tesseract", "fail", f"{binary} does not run: {exc}", INSTALL)
        return
    # The first line is a heading ("List of available languages in ...: N").
    languages = [w.strip() for w in listed.stdout.splitlines()[1:] if w.strip()]
    if "pol" not in languages:
        shown = ", ".join(languages) or "none"
        detail = f"Tesseract has no Polish (its languages: {shown})"
        yield Finding("tesseract", "fail", detail, "sudo apt-get install tesseract-ocr-pol")
        return
    yield Finding("tesseract", "ok", f"{binary} with Polish ({', '.join(languages)})")
