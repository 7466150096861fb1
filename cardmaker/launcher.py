"""The ``cardmaker`` executable: no arguments opens the desktop program, otherwise the CLI.

This dispatcher sits outside the layers so that the command line never imports Qt.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Open the window when called bare; run a subcommand otherwise."""
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] in ("gui", "--settings"):
        try:
            from cardmaker.gui.app import main as gui_main
        except ImportError as exc:  # pragma: no cover - depends on the machine
            print(f"cardmaker: the desktop program cannot start: {exc}", file=sys.stderr)
            return 1
        return int(gui_main(args[1:] if args and args[0] == "gui" else args))
    from cardmaker.cli.main import main as cli_main

    return cli_main(args)
