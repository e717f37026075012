"""``python -m pipeline`` is the ``stillontime`` command."""

from __future__ import annotations

from pipeline.cli import main

main()
