"""``python -m pipeline.extract FILE.pdf [--json]``."""

from __future__ import annotations

import argparse
import pathlib
import sys

from pipeline.extract.cli import extract_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.extract")
    parser.add_argument("file", type=pathlib.Path, help="call sheet or schedule PDF")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    return extract_command(args.file, args.json)


if __name__ == "__main__":
    sys.exit(main())
