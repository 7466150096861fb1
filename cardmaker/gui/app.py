"""Entry point of the desktop program."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Until the desktop program lands, say so and point to the command line."""
    del argv
    print(
        "cardmaker: the desktop program is not built yet; use 'cardmaker render --help'",
        file=sys.stderr,
    )
    return 1
