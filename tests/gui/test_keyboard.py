"""Keyboard only: where typing starts, label shortcuts in every language, no card lost."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cardmaker.gui.form_rows import focus_target
from cardmaker.gui.i18n import UI_LANGUAGES
from cardmaker.gui.main_window import MainWindow
from tests.gui.conftest import SessionFactory, wait_for_preview
from tests.gui.helpers import keys

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str:
    found = _MNEMONIC.findall(text.replace("&&", ""))
    return found[0].casefold() if found else ""


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def window_mnemonics(window: MainWindow) -> dict[str, list[str]]:
    """Every Alt+letter the window answers to: menus, labels with a field, buttons."""
    found: dict[str, list[str]] = {}
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    ]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    for text in texts:
        letter = mnemonic(text)
        if letter:
            found.setdefault(letter, []).append(text)
    return found


def test_typing_starts_in_the_patient_name(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window)
    name = window.form.texts["patient_name"]
    qtbot.waitUntil(name.hasFocus)
    keys("Mary")
    assert window.state.request.patient_name == "Mary"


def test_new_card_puts_the_cursor_in_the_patient_name(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    activate(qtbot, window)
    window.form.texts["clinic"].setFocus()
    keys("Bone Clinic")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.form.texts["patient_name"].hasFocus)
    keys("Ann")
    assert window.state.request.patient_name == "Ann"
    assert window.state.request.clinic == "Bone Clinic"


@pytest.mark.parametrize("language", list(UI_LANGUAGES))
def test_every_label_shortcut_moves_to_its_field(
    qtbot: QtBot, open_session: SessionFactory, language: str
) -> None:
    window = open_session(language).window
    activate(qtbot, window)
    found = window_mnemonics(window)
    clashes = {letter: texts for letter, texts in found.items() if len(texts) > 1}
    assert not clashes, (language, clashes)
    rows = window.form.rows
    assert len(rows) == 11
    for field, row in rows.items():
        letter = mnemonic(row.label.text())
        assert letter, (language, field, row.label.text())
        # Start somewhere else, so moving focus is the shortcut's doing.
        window.preview.setFocus()
        QTest.keyClick(window, letter, Qt.KeyboardModifier.AltModifier)
        target = focus_target(row.field_widget)
        assert target.hasFocus(), (language, field, row.label.text())
    # What is typed next lands in the field whose label was used (not in the next one).
    date_row = rows["first_injection"]
    window.preview.setFocus()
    QTest.keyClick(window, mnemonic(date_row.label.text()), Qt.KeyboardModifier.AltModifier)
    keys("2026-03-01")
    assert window.state.request.first_injection is not None
    assert window.state.request.country == "IE"


def unsaved_card(qtbot: QtBot, window: MainWindow) -> None:
    activate(qtbot, window)
    keys("Mary O'Brien")
    wait_for_preview(qtbot, window)
    assert window.guard.has_unkept_card()


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[object]:
    asked: list[object] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_closing_an_unsaved_card_can_be_cancelled(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    unsaved_card(qtbot, window)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert window.isVisible()
    assert window.state.request.patient_name == "Mary O'Brien"
    window.commands.new_card.trigger()
    assert len(asked) == 2
    assert window.state.request.patient_name == "Mary O'Brien"


def test_closing_an_unsaved_card_can_save_it_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    unsaved_card(qtbot, window)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Save)
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)")
    )
    window.close()
    assert len(asked) == 1
    assert not window.isVisible()
    assert target.read_bytes().startswith(b"%PDF-")


def test_closing_discards_only_when_told(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    unsaved_card(qtbot, window)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Discard)
    window.close()
    assert len(asked) == 1
    assert not window.isVisible()


def test_a_saved_or_printed_card_closes_without_asking(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    unsaved_card(qtbot, window)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "c.pdf"), "")
    )
    window.commands.save.trigger()
    assert not window.guard.has_unkept_card()
    # Changed after saving: asked again; printed: not asked.
    keys(" Jr")
    assert window.guard.has_unkept_card()
    monkeypatch.setattr(window.print_flow, "print_card", lambda *a, **k: True)
    wait_for_preview(qtbot, window)
    window.commands.print.trigger()
    assert not window.guard.has_unkept_card()
    window.close()  # the strict fixture fails the test on any question
    assert not window.isVisible()


def test_an_empty_card_closes_without_asking(window: MainWindow) -> None:
    assert not window.guard.has_unkept_card()
    window.close()
    assert not window.isVisible()


def dialog_clashes(dialog: QWidget) -> dict[str, list[str]]:
    """Alt+letters used twice among what is visible at once (each tab page in turn)."""
    from PySide6.QtWidgets import QTabWidget

    tabs = dialog.findChild(QTabWidget)
    pages = range(tabs.count()) if tabs is not None else [0]
    clashes: dict[str, list[str]] = {}
    for page in pages:
        if tabs is not None:
            tabs.setCurrentIndex(page)
        texts = [tabs.tabText(i) for i in range(tabs.count())] if tabs is not None else []
        texts += [
            label.text()
            for label in dialog.findChildren(QLabel)
            if label.buddy() is not None and label.isVisibleTo(dialog)
        ]
        texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
        found: dict[str, list[str]] = {}
        for text in texts:
            if mnemonic(text):
                found.setdefault(mnemonic(text), []).append(text)
        clashes.update({k: v for k, v in found.items() if len(v) > 1})
    return clashes


@pytest.mark.parametrize("language", list(UI_LANGUAGES))
def test_dialog_shortcuts_are_unique(
    qtbot: QtBot, open_session: SessionFactory, language: str
) -> None:
    from cardmaker.gui.cups_print_dialog import CupsPrintDialog
    from cardmaker.gui.cups_queues import Queue
    from cardmaker.gui.settings_dialog import SettingsDialog

    window = open_session(language).window
    settings = SettingsDialog(
        window, window.settings, window.state.library, window.state.request, language
    )
    printing = CupsPrintDialog(
        window, [Queue("PDF", "PDF", True, False)], (0.0, 0.0), True, "Print"
    )
    for dialog in (settings, printing):
        qtbot.addWidget(dialog)
        dialog.show()
        assert not dialog_clashes(dialog), (language, type(dialog).__name__, dialog_clashes(dialog))
