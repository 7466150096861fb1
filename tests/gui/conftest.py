"""GUI test set-up: offscreen Qt, settings in a temporary folder, no real modal dialogs."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from cardmaker.core.resources import ui_translations_dir
from cardmaker.core.settings import SETTINGS_ENV, Settings, SettingsStore
from cardmaker.gui.cups_queues import CupsPrinting
from cardmaker.gui.i18n import QM_PREFIX, UiTranslations
from cardmaker.gui.main_window import MainWindow
from cardmaker.gui.session import DesktopSession


@pytest.fixture(autouse=True)
def settings_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test reads and writes settings in its own temporary folder."""
    path = tmp_path / "profile" / "settings.toml"
    monkeypatch.setenv(SETTINGS_ENV, str(path))
    return path


def _refuse(*args: object, **kwargs: object) -> object:
    raise AssertionError(f"a modal dialog was opened unexpectedly: {args[1:3]!r}")


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog a test did not expect fails the test instead of blocking it."""
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, _refuse)
    monkeypatch.setattr(QDialog, "exec", _refuse)
    monkeypatch.setattr(QMessageBox, "exec", _refuse)
    monkeypatch.setattr(QPrintDialog, "exec", _refuse)
    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _refuse)


@pytest.fixture(autouse=True)
def no_cups(monkeypatch: pytest.MonkeyPatch) -> None:
    """Print takes Qt's path unless a test hands the window a CUPS flow of its own."""
    monkeypatch.setattr(CupsPrinting, "find", classmethod(lambda cls, bin_dir=None: None))


def lrelease() -> Path:
    """The Qt Linguist compiler that ships with PySide6."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe"):
        if candidate.is_file():
            return candidate
    return Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The interface translations compiled from the .ts sources for this test run."""
    folder = tmp_path_factory.mktemp("qm")
    for source in sorted(ui_translations_dir().glob(f"{QM_PREFIX}*.ts")):
        target = folder / source.with_suffix(".qm").name
        subprocess.run(
            [str(lrelease()), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
        )
    return folder


@pytest.fixture
def translations(qapp: QApplication, qm_dir: Path) -> Iterator[UiTranslations]:
    """Installs interface translations and removes them again after the test."""
    ui = UiTranslations(qapp, qm_dir)
    yield ui
    ui.uninstall()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


SessionFactory = Callable[..., DesktopSession]


@pytest.fixture
def open_session(qtbot: QtBot, translations: UiTranslations) -> SessionFactory:
    """Start the program as `cardmaker` does, in a given interface language."""

    def start(language: str = "en", first_start: bool = False) -> DesktopSession:
        store = SettingsStore()
        if not first_start and not store.path.exists():
            # A clinic that has used the program: its medicine, language and country are set.
            store.save(Settings())
        session = DesktopSession(store, translations, language)
        # A card a test left filled is dropped at teardown without the unsaved-card question.
        qtbot.addWidget(session.window, before_close_func=lambda w: w.state.clear_patient())
        session.window.show()
        wait_for_preview(qtbot, session.window)
        return session

    return start


@pytest.fixture
def window(open_session: SessionFactory) -> MainWindow:
    """The main window in English, with its first preview on screen."""
    return open_session("en").window


def wait_for_preview(qtbot: QtBot, window: MainWindow) -> None:
    """Until the preview shows the current card (no sleeping: Qt's event loop runs)."""

    def caught_up() -> None:
        result = window.last_preview
        assert window.renderer.idle
        assert result is not None
        assert result.request == window.state.request
        assert result.library is window.state.library

    qtbot.waitUntil(caught_up, timeout=15_000)
