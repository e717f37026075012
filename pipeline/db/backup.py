"""``stillontime db backup`` / ``restore``: pg_dump's custom format, with its bundled tools."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pipeline.errors import PipelineError


class BackupError(PipelineError):
    """The backup or restore did not complete."""


def pg_tool(name: str) -> str:
    """pgserver's pg_dump/pg_restore (PostgreSQL 16: reads 16 and older servers), else PATH's."""
    from pipeline.db.embedded import _import_pgserver

    bundled = Path(_import_pgserver().__file__).parent / "pginstall" / "bin" / name
    if bundled.exists():
        return str(bundled)
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} not found")
    return found


def backup(url: str, target: Path) -> Path:
    """Dump the database at ``url`` to ``target`` (custom format, compressed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _run([pg_tool("pg_dump"), "--format=custom", "--compress=6", "--no-owner",
          f"--file={target}", f"--dbname={url}"])  # fmt: skip
    return target


def restore(url: str, source: Path) -> None:
    """Restore ``source`` into the database at ``url``, replacing what its objects hold."""
    if not source.is_file():
        raise BackupError(f"no backup file {source}")
    _run([pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner", "--single-transaction",
          "--exit-on-error", f"--dbname={url}", str(source)])  # fmt: skip


def _run(argv: list[str]) -> None:
    result = subprocess.run(argv, capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        # pg tools print the failing statement; never the connection string's password.
        raise BackupError(f"{Path(argv[0]).name} failed: {result.stderr.strip()[-2000:]}")
