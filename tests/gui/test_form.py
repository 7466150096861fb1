"""The form: every field bound to the card, problems shown at their field, never in pop-ups."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cardmaker.core.model import CardFormat
from cardmaker.gui.form_rows import focus_target
from cardmaker.gui.main_window import MainWindow
from tests.gui.conftest import SessionFactory, wait_for_preview
from tests.gui.helpers import replace_text, type_text


def fill_valid_patient(qtbot: QtBot, window: MainWindow) -> None:
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    wait_for_preview(qtbot, window)
    assert window.commands.save.isEnabled()


def test_an_impossible_date_disables_save_and_shows_the_message_at_the_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_valid_patient(qtbot, window)
    type_text(window.form.first_injection.edit, "2026-02-30")
    row = window.form.rows["first_injection"]
    assert row.message.isVisible()
    assert "30 February 2026 does not exist." in row.message.text()
    assert not window.commands.save.isEnabled()
    assert not window.commands.print.isEnabled()
    assert "30 February 2026 does not exist." in window.commands.save.toolTip()
    assert "First injection" in window.problem_label.text()
    # Correcting it brings Save back and clears the message.
    replace_text(window.form.first_injection.edit, "2026-02-28")
    assert not row.message.isVisible()
    assert window.state.request.first_injection == date(2026, 2, 28)
    wait_for_preview(qtbot, window)
    assert window.commands.save.isEnabled()


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("en", "3/1/26", "Two-digit year: write 2026."),
        ("en", "13/1/2026", "There is no month 13."),
        ("en", "tomorrow", "Not a date. Type it like "),
        ("de", "30.02.2026", "Den 30. Februar 2026 gibt es nicht."),
        ("de", "1.3.26", "Zweistellige Jahreszahl: schreiben Sie 2026."),
        ("pl", "30.02.2026", "30 lutego 2026 nie istnieje."),
        ("en", "2026-W10", "A week number, not a day: type the day, like "),
        ("en", "20260301", "No separators: type the date like "),
        ("de", "2026-W10", "Eine Kalenderwoche, kein Tag"),
        ("pl", "20260301", "Bez separatorów: wpisz datę np. jako "),
    ],
)
def test_date_problems_say_what_is_wrong(
    qtbot: QtBot, open_session: SessionFactory, language: str, typed: str, expected: str
) -> None:
    window = open_session(language).window
    type_text(window.form.first_injection.edit, typed)
    assert expected in window.form.rows["first_injection"].message.text()
    assert not window.commands.save.isEnabled()


def test_a_next_injection_before_the_first_is_refused_at_its_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    fill_valid_patient(qtbot, window)
    type_text(window.form.first_injection.edit, "2026-08-31")
    type_text(window.form.next_injection.date_field.edit, "2026-03-01")
    row = window.form.rows["next_injection"]
    assert row.message.isVisible()
    assert "is not after the first injection" in row.message.text()
    assert not window.commands.save.isEnabled()
    wait_for_preview(qtbot, window)
    # The preview still shows the card, with the wrong date left out.
    result = window.last_preview
    assert result is not None and result.error is None and not result.complete


def test_next_injection_is_automatic_until_changed_and_can_be_reset(
    qtbot: QtBot, window: MainWindow
) -> None:
    form = window.form
    type_text(form.first_injection.edit, "2026-08-31")
    assert window.state.request.next_injection_is_automatic
    assert window.state.request.effective_next_injection == date(2027, 2, 28)
    assert "Automatic" in form.next_injection.note.text()
    assert not form.next_injection.reset_button.isEnabled()
    type_text(form.next_injection.date_field.edit, "2027-03-01")
    assert window.state.request.next_injection == date(2027, 3, 1)
    assert form.next_injection.reset_button.isEnabled()
    qtbot.mouseClick(form.next_injection.reset_button, Qt.MouseButton.LeftButton)
    assert window.state.request.next_injection is None
    assert window.state.request.effective_next_injection == date(2027, 2, 28)
    assert form.next_injection.date_field.edit.text() == ""


def test_calendar_picks_a_date(qtbot: QtBot, window: MainWindow) -> None:
    field = window.form.first_injection
    calendar = field._calendar
    calendar.setSelectedDate(QDate(2026, 5, 4))
    calendar.clicked.emit(calendar.selectedDate())
    assert window.state.request.first_injection == date(2026, 5, 4)
    assert field.edit.text() == "5/4/2026"


def test_phone_and_length_problems_are_worded_at_their_fields(
    qtbot: QtBot, window: MainWindow
) -> None:
    type_text(window.form.texts["prescriber_phone"], "01 23")
    assert "digits" in window.form.rows["prescriber_phone"].message.text()
    type_text(window.form.texts["clinic"], "x" * 121)
    assert "at most 120" in window.form.rows["clinic"].message.text()
    type_text(window.form.texts["patient_name"], "王")
    assert "cannot print" in window.form.rows["patient_name"].message.text()


def test_new_card_clears_the_patient_only(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = window.form
    type_text(form.texts["patient_name"], "Mary O'Brien")
    type_text(form.texts["prescriber"], "Dr Seán Murphy")
    type_text(form.first_injection.edit, "2026-13-01")
    asked: list[object] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args) or QMessageBox.StandardButton.Discard,
    )
    window.commands.new_card.trigger()
    assert len(asked) == 1
    request = window.state.request
    assert request.patient_name == "" and request.first_injection is None
    assert request.prescriber == "Dr Seán Murphy"
    assert form.texts["patient_name"].text() == ""
    assert form.first_injection.edit.text() == ""
    assert not form.rows["first_injection"].message.isVisible()


def test_country_sets_the_authority_and_suggests_its_language(
    qtbot: QtBot, window: MainWindow
) -> None:
    country = window.form.country
    index = country.findData("AT")
    country.setCurrentIndex(index)
    country.activated.emit(index)
    assert window.state.request.country == "AT"
    assert window.state.request.language == "de"
    assert window.form.language.currentText() == "Deutsch"
    assert "BASG" in window.form.rows["country"].note.text()
    # A country where the chosen language is usual keeps it.
    index = country.findData("BE")
    country.setCurrentIndex(index)
    country.activated.emit(index)
    assert window.state.request.language == "de"


def test_medicine_is_found_by_holder_and_marked_for_monitoring(
    qtbot: QtBot, window: MainWindow
) -> None:
    picker = window.form.medicine
    line = picker.lineEdit()
    assert line is not None
    replace_text(line, "Sandoz")
    completer = picker.completer()
    assert completer is not None
    found = [
        completer.completionModel().index(i, 0).data()
        for i in range(completer.completionModel().rowCount())
    ]
    assert any(text.startswith("Jubbonti ▼") for text in found)
    assert all("Sandoz" in text for text in found)
    completer.activated.emit(next(t for t in found if t.startswith("Jubbonti")))
    assert window.state.request.medicine == "jubbonti"
    assert "additional monitoring" in window.form.rows["medicine"].note.text()


def test_languages_are_listed_by_their_own_names(window: MainWindow) -> None:
    names = [window.form.language.itemText(i) for i in range(window.form.language.count())]
    assert "Deutsch" in names and "Ελληνικά" in names and "Polski" in names


def test_format_and_qr_target_reach_the_card(qtbot: QtBot, window: MainWindow) -> None:
    picker = window.form.card_format
    index = picker.findData(CardFormat.A6_LARGE.value)
    picker.setCurrentIndex(index)
    picker.activated.emit(index)
    assert window.state.request.card_format is CardFormat.A6_LARGE
    qr = window.form.qr_target
    qr.setCurrentIndex(1)
    qr.activated.emit(1)
    assert window.state.request.qr_target.value == "product-information"


def test_every_input_has_an_accessible_name_and_a_label_shortcut(window: MainWindow) -> None:
    for field, row in window.form.rows.items():
        assert "&" in row.label.text(), field
        assert row.label.buddy() is focus_target(row.field_widget)
    inputs = window.form.findChildren(QLineEdit) + window.form.findChildren(QComboBox)
    calendars = window.form.findChildren(QCalendarWidget)
    for widget in inputs:
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        if any(calendar.isAncestorOf(widget) for calendar in calendars):
            continue
        assert widget.accessibleName(), widget


def test_tab_order_follows_the_form(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    form = window.form
    expected: list[QWidget] = [
        form.texts["patient_name"],
        form.first_injection.edit,
        form.first_injection.button,
        form.next_injection.date_field.edit,
        form.next_injection.date_field.button,
    ]
    order = []
    widget: QWidget | None = form.texts["patient_name"]
    for _ in expected:
        assert widget is not None
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget is not None and (
            not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isEnabled()
        ):
            widget = widget.nextInFocusChain()
    assert order == expected


def test_every_command_has_a_shortcut(window: MainWindow) -> None:
    actions = window.commands
    for action in (
        actions.new_card,
        actions.save,
        actions.print,
        actions.print_calibration,
        actions.batch,
        actions.load_texts,
        actions.shipped_texts,
        actions.settings,
        actions.quit,
        actions.zoom_in,
        actions.zoom_out,
        actions.zoom_fit,
        actions.zoom_actual,
        actions.about,
    ):
        assert not action.shortcut().isEmpty(), action.text()
    # Real key sequences, not translated text.
    assert actions.save.shortcut().toString() == "Ctrl+S"
