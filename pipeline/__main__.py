"""``python -m pipeline`` is the ``stillontime`` command."""

from __future__ import annotations

from pipeline.app.cli import main

main()
