"""A server left by an install that is gone (binary deleted) is stopped, a live one is not."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from pipeline.db.embedded import _stop_orphaned_postgres


def start_copy_of_sleep(folder: Path) -> tuple[subprocess.Popen, Path]:
    binary = folder / "postgres"
    shutil.copy("/bin/sleep", binary)
    return subprocess.Popen([str(binary), "300"]), binary


def test_a_server_whose_binary_is_gone_is_stopped(tmp_path: Path) -> None:
    server, binary = start_copy_of_sleep(tmp_path)
    try:
        (tmp_path / "postmaster.pid").write_text(f"{server.pid}\n{tmp_path}\n")
        binary.unlink()  # the venv it came from was removed
        _stop_orphaned_postgres(tmp_path)
        assert server.wait(timeout=30) != 0  # ended by the signal
    finally:
        server.kill()


def test_a_server_whose_binary_is_there_is_left_alone(tmp_path: Path) -> None:
    server, _binary = start_copy_of_sleep(tmp_path)
    try:
        (tmp_path / "postmaster.pid").write_text(f"{server.pid}\n{tmp_path}\n")
        _stop_orphaned_postgres(tmp_path)
        assert server.poll() is None
    finally:
        server.kill()
        server.wait()


def test_no_pid_file_means_nothing_to_do(tmp_path: Path) -> None:
    _stop_orphaned_postgres(tmp_path)
    assert not (tmp_path / "postmaster.pid").exists()
