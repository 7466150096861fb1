"""Entry point of the desktop program: ``main(argv) -> int``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cardmaker import __version__
from cardmaker.core.settings import SettingsStore
from cardmaker.gui.i18n import PSEUDO_CODE, UI_LANGUAGES, UiTranslations, pseudo_requested
from cardmaker.gui.system_libraries import (
    NO_DISPLAY,
    install_advice,
    missing_packages,
    uses_xcb,
)


def build_parser() -> argparse.ArgumentParser:
    """Options of the desktop program (none are needed)."""
    parser = argparse.ArgumentParser(
        prog="cardmaker", description="Open the cardmaker desktop program."
    )
    parser.add_argument("--version", action="version", version=f"cardmaker {__version__}")
    parser.add_argument("--settings", type=Path, help="settings file instead of the usual one")
    parser.add_argument(
        "--ui-language",
        choices=[*UI_LANGUAGES, PSEUDO_CODE],
        help="interface language (default: the saved choice, else the system's)",
    )
    # Checks, not features: pseudo-localised text and a timed start for the benchmark.
    parser.add_argument("--pseudo", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Open the main window; returns the exit code when it is closed."""
    try:
        args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version or a usage error
        return int(exc.code or 0)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        # Qt aborts with a core dump when its platform plugin cannot load: check first.
        missing = missing_packages(os.environ)
        if missing:
            print(install_advice(missing), file=sys.stderr)
            return 1
        if uses_xcb(os.environ) and not os.environ.get("DISPLAY"):
            print(NO_DISPLAY, file=sys.stderr)
            return 1
        app = QApplication([sys.argv[0] if sys.argv else "cardmaker"])
    app.setApplicationName("cardmaker")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cardmaker")
    from cardmaker.gui.session import DesktopSession

    language = PSEUDO_CODE if args.pseudo or pseudo_requested() else args.ui_language
    session = DesktopSession(SettingsStore(args.settings), UiTranslations(app), language)
    session.window.show()
    if args.exit_when_shown:
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    # Closing lets a preview still being drawn finish before the window goes away.
    session.window.close()
    return int(code)
