"""Typing into the medicine, card-language and country lists, key by key, as staff do."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from cardmaker.gui.main_window import MainWindow
from cardmaker.gui.search_picker import SearchPicker, fold, matching_items
from tests.gui.conftest import wait_for_preview
from tests.gui.helpers import key_target, keys, press, type_text


def search_line(picker: SearchPicker) -> QLineEdit:
    line = picker.lineEdit()
    assert line is not None
    return line


def type_into(qtbot: QtBot, window: MainWindow, picker: SearchPicker, text: str) -> QLineEdit:
    """Focus the list as Tab would, clear it and type ``text`` one key at a time."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    line = search_line(picker)
    line.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(line.hasFocus)
    line.selectAll()
    press(Qt.Key.Key_Backspace)
    keys(text)
    return line


def named_patient(qtbot: QtBot, window: MainWindow) -> None:
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    wait_for_preview(qtbot, window)
    assert window.commands.save.isEnabled()


@pytest.mark.parametrize(
    ("typed", "key", "expected"),
    [
        ("Prolia", Qt.Key.Key_Tab, "prolia"),
        ("prol", Qt.Key.Key_Return, "prolia"),
        ("prol", Qt.Key.Key_Tab, "prolia"),
        ("stada", Qt.Key.Key_Tab, "kefdensis"),
        ("Samsung", Qt.Key.Key_Return, "obodence"),
        ("osqay", Qt.Key.Key_Enter, "osqay"),
    ],
)
def test_typed_medicine_is_selected_on_tab_or_enter(
    qtbot: QtBot, window: MainWindow, typed: str, key: Qt.Key, expected: str
) -> None:
    named_patient(qtbot, window)
    picker = window.form.medicine
    type_into(qtbot, window, picker, typed)
    press(key)
    assert window.state.request.medicine == expected
    assert "medicine" not in window.state.input_problems
    assert not window.form.rows["medicine"].message.isVisible()
    assert search_line(picker).text().startswith(picker.itemText(picker.currentIndex())[:4])
    wait_for_preview(qtbot, window)
    assert window.commands.save.isEnabled()


def test_typed_medicine_is_selected_when_focus_moves_away(qtbot: QtBot, window: MainWindow) -> None:
    named_patient(qtbot, window)
    type_into(qtbot, window, window.form.medicine, "Evfr")
    # A click outside first closes the open suggestions, the next one lands in the field.
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
    qtbot.mouseClick(window.form.texts["clinic"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.form.texts["clinic"].hasFocus)
    assert window.state.request.medicine == "evfraxy"


def test_text_naming_several_medicines_is_unresolved_until_one_is_chosen(
    qtbot: QtBot, window: MainWindow
) -> None:
    named_patient(qtbot, window)
    picker = window.form.medicine
    line = type_into(qtbot, window, picker, "Sandoz")
    press(Qt.Key.Key_Return)
    # Not the previous medicine silently kept: the field says what is wrong, nothing prints.
    row = window.form.rows["medicine"]
    assert row.message.isVisible()
    assert "Jubbonti" in row.message.text() and "Rolcya" in row.message.text()
    assert "medicine" in window.state.input_problems
    assert not window.commands.save.isEnabled()
    assert not window.commands.print.isEnabled()
    assert line.text() == "Sandoz"
    # The list of choices stays open.
    completer = picker.completer()
    assert completer is not None
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    # Tab away: still unresolved, the typed text is kept, not replaced by the old medicine.
    press(Qt.Key.Key_Tab)
    assert line.text() == "Sandoz"
    assert not window.commands.save.isEnabled()
    # Typing more until one matches resolves it.
    line = type_into(qtbot, window, picker, "Rolc")
    press(Qt.Key.Key_Tab)
    assert window.state.request.medicine == "rolcya"
    assert not row.message.isVisible()
    wait_for_preview(qtbot, window)
    assert window.commands.save.isEnabled()


def test_choosing_from_the_open_list_with_the_keyboard_resolves_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    named_patient(qtbot, window)
    picker = window.form.medicine
    type_into(qtbot, window, picker, "Sandoz")
    press(Qt.Key.Key_Return)
    completer = picker.completer()
    assert completer is not None
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Return)
    assert window.state.request.medicine in ("jubbonti", "rolcya")
    assert "medicine" not in window.state.input_problems


def test_text_naming_nothing_is_unresolved(qtbot: QtBot, window: MainWindow) -> None:
    named_patient(qtbot, window)
    type_into(qtbot, window, window.form.medicine, "Aspirin")
    press(Qt.Key.Key_Tab)
    assert "Nothing in the list matches “Aspirin”" in window.form.rows["medicine"].message.text()
    assert not window.commands.save.isEnabled()
    assert window.state.request.medicine == "kefdensis"  # kept, but blocked from printing


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Deutsch", "de"), ("de", "de"), ("German", "de"), ("pols", "pl"), ("ελλ", "el")],
)
def test_card_language_is_found_by_own_name_code_or_interface_name(
    qtbot: QtBot, window: MainWindow, typed: str, expected: str
) -> None:
    type_into(qtbot, window, window.form.language, "")
    keys(typed)
    press(Qt.Key.Key_Tab)
    assert window.state.request.language == expected
    assert window.form.language.currentData() == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Austria", "AT"), ("at", "AT"), ("Österreich", "AT"), ("osterr", "AT"), ("Polska", "PL")],
)
def test_country_is_found_by_name_code_or_own_name(
    qtbot: QtBot, window: MainWindow, typed: str, expected: str
) -> None:
    type_into(qtbot, window, window.form.country, "")
    keys(typed)
    press(Qt.Key.Key_Return)
    assert window.state.request.country == expected
    assert "country" not in window.state.input_problems


def test_country_text_naming_several_is_unresolved(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window, window.form.country, "Sl")
    press(Qt.Key.Key_Tab)
    message = window.form.rows["country"].message.text()
    assert "Slovakia" in message and "Slovenia" in message
    assert window.state.request.country == "IE"
    assert not window.commands.print.isEnabled()


def test_matching_prefers_exact_terms_and_folds_accents() -> None:
    terms = [
        frozenset({fold("Österreich"), "at"}),
        frozenset({fold("Australia ▼"), "au"}),
    ]
    assert matching_items("AT", terms) == [0]
    assert matching_items("oster", terms) == [0]
    assert matching_items("a", terms) == [0, 1]
    assert matching_items("   ", terms) == []


def test_save_right_after_typing_uses_the_typed_medicine(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    named_patient(qtbot, window)
    target = tmp_path / "card.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    type_into(qtbot, window, window.form.medicine, "Prolia")
    # Ctrl+S before Tab: the list has not lost focus, so nothing else resolved the text.
    QTest.keyClick(key_target(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.state.request.medicine == "prolia"
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Prolia" in text
    assert "Kefdensis" not in text


def test_print_right_after_typing_nothing_known_prints_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    named_patient(qtbot, window)
    printed: list[object] = []
    monkeypatch.setattr(window.print_flow, "print_card", lambda *a: printed.append(a) or True)
    type_into(qtbot, window, window.form.medicine, "xyz")
    QTest.keyClick(key_target(), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == []
    assert window.state.request.medicine == "kefdensis"
    assert window.form.medicine.is_unresolved
    assert "xyz" in window.form.rows["medicine"].message.text()
    assert not window.commands.print.isEnabled()
