"""Make the README screenshot from the running program (offscreen, nothing drawn by hand).

    .venv/bin/python tools/screenshot.py                       # docs/screenshot.png
    .venv/bin/python tools/screenshot.py --ui-language de --out /tmp/de.png
    .venv/bin/python tools/screenshot.py --pseudo --scale 2 --out /tmp/pseudo@2x.png

The settings go to a temporary folder; the example patient is invented.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent


def parse_args() -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPOSITORY / "docs" / "screenshot.png")
    parser.add_argument("--ui-language", default="en")
    parser.add_argument("--pseudo", action="store_true", help="pseudo-localised interface")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR, e.g. 2")
    parser.add_argument("--size", default="", help="window size WxH in logical pixels")
    parser.add_argument("--screen", default="1920x1080", help="screen size WxH in pixels")
    parser.add_argument("--empty", action="store_true", help="leave the patient empty")
    parser.add_argument(
        "--first-start", action="store_true", help="no settings yet (the medicine is asked for)"
    )
    parser.add_argument("--qm-dir", type=Path, help="folder of built .qm files")
    parser.add_argument(
        "--locale", default="en_IE.UTF-8", help="system locale for date formats (LANG)"
    )
    return parser.parse_args()


def main() -> int:
    """Start the program, fill in the example, wait for the preview, save the window."""
    args = parse_args()
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ["LANG"] = args.locale
    os.environ.pop("LC_ALL", None)
    settings_dir = tempfile.TemporaryDirectory(prefix="cardmaker-shot-")
    os.environ["CARDMAKER_SETTINGS"] = str(Path(settings_dir.name) / "settings.toml")
    if "QT_QPA_PLATFORM" not in os.environ:
        # An offscreen screen of a common desktop size (the window fits itself to the screen).
        width, height = (int(v) for v in args.screen.lower().split("x"))
        screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}
        config = Path(settings_dir.name) / "screen.json"
        config.write_text(json.dumps({"screens": [screen]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from cardmaker.core.settings import Settings, SettingsStore
    from cardmaker.gui.date_fields import format_date
    from cardmaker.gui.i18n import PSEUDO_CODE, UiTranslations
    from cardmaker.gui.session import DesktopSession

    app = QApplication([sys.argv[0]])
    translations = UiTranslations(app, args.qm_dir)
    language = PSEUDO_CODE if args.pseudo else args.ui_language
    store = SettingsStore()
    if not args.first_start:
        store.save(Settings())  # a clinic that has chosen its medicine, language and country
    session = DesktopSession(store, translations, language)
    window = session.window
    if args.size:
        width, height = (int(v) for v in args.size.lower().split("x"))
        window.resize(width, height)
    window.show()

    def type_text(widget: QWidget, text: str) -> None:
        # QTest.keyClicks only knows ASCII; other letters go in as key events with text.
        for char in text:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )

    if not args.empty:
        form = window.form
        type_text(form.texts["patient_name"], "Mary O'Brien")
        type_text(form.texts["prescriber"], "Dr Seán Murphy")
        type_text(form.texts["prescriber_phone"], "+353 1 234 5678")
        type_text(form.texts["clinic"], "St Vincent's Bone Clinic")
        type_text(form.first_injection.edit, format_date(date(2026, 11, 26)))
    loop = QEventLoop()
    # Wait until the preview has caught up with every edit and the final window size.
    poll = QTimer()

    def quit_when_idle() -> None:
        if window.renderer.idle:
            loop.quit()

    poll.timeout.connect(quit_when_idle)
    poll.start(200)
    QTimer.singleShot(20_000, loop.quit)
    window.renderer.render_now()
    loop.exec()
    app.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(args.out)):
        print(f"could not write {args.out}", file=sys.stderr)
        return 1
    print(f"wrote {args.out}")
    # The example card is not kept: closing must not ask about it.
    window.state.clear_patient()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
