"""Small and scaled screens, readable grey text, a quiet start, the first start's defaults."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QScrollArea
from pytestqt.qtbot import QtBot

from cardmaker.core.settings import SettingsStore
from cardmaker.gui.form_rows import MIN_CONTRAST, NOTE_NAME, contrast_ratio
from cardmaker.gui.i18n import PSEUDO_CODE
from cardmaker.gui.main_window import MainWindow
from cardmaker.gui.window_geometry import FRAME_ALLOWANCE, fit_to_screen
from tests.gui.conftest import SessionFactory, wait_for_preview
from tests.gui.helpers import keys, press, replace_text, type_text

SCREENS = [(1366, 768), (1920, 1080)]
SCALES = [1.0, 1.25, 1.5, 2.0]
# A desktop panel or task bar, in physical pixels.
PANEL_PX = 48


def available_area(width: int, height: int, scale: float) -> QRect:
    """The free area a window gets, in Qt's logical pixels, at a display scale."""
    return QRect(0, 0, int(width / scale), int((height - PANEL_PX) / scale))


@pytest.mark.parametrize("language", ["en", "pl", PSEUDO_CODE])
@pytest.mark.parametrize(("screen", "scale"), [(s, f) for s in SCREENS for f in SCALES])
def test_the_window_fits_the_screen_with_its_status_bar(
    qtbot: QtBot,
    open_session: SessionFactory,
    language: str,
    screen: tuple[int, int],
    scale: float,
) -> None:
    window = open_session(language).window
    assert window.banner.isVisible()  # the widest part: the draft note above the preview
    area = available_area(*screen, scale)
    fit_to_screen(window, area)
    QApplication.processEvents()
    frame = QRect(window.pos(), window.size() + FRAME_ALLOWANCE)
    assert area.contains(frame), (frame, area)
    assert window.size().width() >= window.minimumSizeHint().width()
    assert window.size().height() >= window.minimumSizeHint().height()
    status = window.statusBar()
    assert status.isVisible()
    assert status.geometry().bottom() < window.height()
    assert window.problem_label.isVisible() and window.problem_label.width() > 100
    # The form scrolls rather than pushing the window off the screen.
    scroll = window.form.parentWidget()
    assert scroll is not None and isinstance(scroll.parentWidget(), QScrollArea)
    assert window.preview.isVisible() and window.preview.width() > 150
    # The draft note and the preview's notice are never cut off: shown whole, or scrollable.
    window.preview.set_notice(window.tr("The preview appears when this is chosen: %1"))
    QApplication.processEvents()
    for label in (window.banner.label, window.preview.notice):
        assert_whole_text_reachable(label)


def assert_whole_text_reachable(label: QLabel) -> None:
    needed = label.heightForWidth(label.width())
    assert label.height() >= needed, (label.text(), label.height(), needed)
    viewport = label.parentWidget()
    assert viewport is not None
    if viewport.height() < needed:
        area = viewport.parentWidget()
        assert isinstance(area, QScrollArea), label.text()
        assert area.verticalScrollBar().isVisible(), label.text()


SHOW_WINDOW = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cardmaker.core.settings import SettingsStore
from cardmaker.gui.i18n import UiTranslations
from cardmaker.gui.session import DesktopSession
session = DesktopSession(SettingsStore(), UiTranslations(app), "de")
window = session.window
window.show()
for _ in range(20):
    app.processEvents()
frame = window.frameGeometry()
status = window.statusBar()
corner = status.mapToGlobal(status.rect().bottomRight())
area = window.screen().availableGeometry()
print(json.dumps({
    "frame": [frame.left(), frame.top(), frame.right(), frame.bottom()],
    "area": [area.left(), area.top(), area.right(), area.bottom()],
    "status": [corner.x(), corner.y()],
    "visible": status.isVisible(),
}))
window.close()
"""


@pytest.mark.parametrize(("screen", "scale"), [((1366, 768), 1.25), ((1920, 1080), 2.0)])
def test_the_real_window_fits_a_scaled_screen(
    tmp_path: Path, screen: tuple[int, int], scale: float
) -> None:
    """Qt's own scaling (QT_SCALE_FACTOR) on a screen of that size, in a fresh process."""
    config = tmp_path / "screen.json"
    width, height = screen
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {"name": "s", "x": 0, "y": 0, "width": width, "height": height, "dpr": 1}
                ],
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": str(scale),
        "CARDMAKER_SETTINGS": str(tmp_path / "settings.toml"),
    }
    done = subprocess.run(
        [sys.executable, "-c", SHOW_WINDOW],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    left, top, right, bottom = shown["frame"]
    a_left, a_top, a_right, a_bottom = shown["area"]
    assert (a_right - a_left + 1, a_bottom - a_top + 1) == (
        round(width / scale),
        round(height / scale),
    )
    assert a_left <= left and a_top <= top and right <= a_right and bottom <= a_bottom
    x, y = shown["status"]
    assert shown["visible"] and a_left <= x <= a_right and a_top <= y <= a_bottom


def test_grey_notes_and_placeholders_reach_the_usual_contrast(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(window.form.first_injection.edit, "2026-08-31")
    notes = [
        label
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and label.text() and label.objectName() == NOTE_NAME
    ]
    notes += [window.form.next_injection.note, window.preview.notice]
    assert len(notes) >= 3  # text version, reporting authority, the automatic date
    for label in notes:
        palette = label.palette()
        ratio = contrast_ratio(
            palette.color(label.foregroundRole()), palette.color(QPalette.ColorRole.Window)
        )
        assert ratio >= MIN_CONTRAST, (label.text(), ratio)
    for edit in window.findChildren(QLineEdit):
        palette = edit.palette()
        ratio = contrast_ratio(
            palette.color(QPalette.ColorRole.PlaceholderText),
            palette.color(QPalette.ColorRole.Base),
        )
        assert ratio >= MIN_CONTRAST, (edit.placeholderText(), ratio)


def test_nothing_is_called_required_before_it_was_touched(qtbot: QtBot, window: MainWindow) -> None:
    name = window.form.texts["patient_name"]
    row = window.form.rows["patient_name"]
    assert not row.message.isVisible()
    assert "Required" not in name.placeholderText()
    assert window.problem_label.text() == "To save or print, fill in: Patient name"
    assert not window.commands.save.isEnabled()
    # Typed and taken back: now it is a problem at the field.
    type_text(name, "M")
    replace_text(name, "")
    assert row.message.isVisible()
    assert "Required" in row.message.text()


def test_first_start_follows_the_system_and_asks_for_the_medicine(
    qtbot: QtBot,
    open_session: SessionFactory,
    monkeypatch: pytest.MonkeyPatch,
    settings_path: Path,
) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    window = open_session("", first_start=True).window
    request = window.state.request
    assert window.windowTitle().startswith("cardmaker – Patientenkarte")
    assert (request.language, request.country, request.medicine) == ("de", "DE", "")
    picker = window.form.medicine
    assert picker.currentIndex() == -1 and picker.lineEdit().text() == ""  # type: ignore[union-attr]
    row = window.form.rows["medicine"]
    assert not row.message.isVisible()  # asked for, not yet a problem
    assert row.note.isVisible() and "Arzneimittel" in row.note.text()
    assert "Arzneimittel" in window.problem_label.text()
    type_text(window.form.texts["patient_name"], "Maria Muster")
    wait_for_preview(qtbot, window)
    # No card without a medicine: the preview says so in German, not the core's key list.
    notice = window.preview.notice.text()
    assert notice == "Die Vorschau erscheint, sobald dies gewählt ist: Arzneimittel"
    assert not window.commands.save.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    line = picker.lineEdit()
    assert line is not None
    line.setFocus(Qt.FocusReason.TabFocusReason)
    keys("Prolia")
    press(Qt.Key.Key_Tab)
    assert window.state.request.medicine == "prolia"
    # The clinic's choice is remembered for the next start; nothing of the patient is.
    saved = SettingsStore().load()
    assert (saved.medicine, saved.language, saved.country) == ("prolia", "de", "DE")
    assert "Maria" not in settings_path.read_text("utf-8")
    wait_for_preview(qtbot, window)
    assert window.commands.save.isEnabled()
