"""``python -m pipeline.extract FILE.pdf [--json]``."""

from __future__ import annotations

import argparse
import pathlib
import sys

from pipeline.extract.cli import extract_command, parse_context


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.extract")
    parser.add_argument("file", type=pathlib.Path, help="call sheet or schedule PDF")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--sent", help="the email's date, YYYY-MM-DD")
    parser.add_argument("--timezone", help="the user's IANA time zone, e.g. Europe/London")
    args = parser.parse_args(argv)
    try:
        context = parse_context(args.sent, args.timezone)
    except ValueError as exc:
        parser.error(str(exc))
    return extract_command(args.file, args.json, context)


if __name__ == "__main__":
    sys.exit(main())
