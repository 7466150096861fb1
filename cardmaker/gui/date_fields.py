"""Date inputs: type a date in the local format or pick it from a calendar; empty is allowed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from cardmaker.gui.date_text import (
    DateTextError,
    field_order,
    four_digit_year,
    parse_date_text,
)
from cardmaker.gui.form_rows import style_as_note
from cardmaker.gui.icons import calendar_icon
from cardmaker.gui.problem_text import describe_date_problem


def date_pattern() -> str:
    """The interface locale's short date pattern, with a four-digit year."""
    return four_digit_year(QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def format_date(value: date | None) -> str:
    """A date as the date fields show it ('' for none)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())


class DateField(QWidget):
    """A line for a date with a calendar button. Reports parsed dates or what is wrong."""

    # The user typed or picked a date (None: emptied the field).
    date_edited = Signal(object)
    # The user typed text that is not a date: the message to show at the field.
    text_problem = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.example_text())
        self.button = QToolButton(self)
        self.button.setIcon(calendar_icon())
        self.button.setToolTip(self.tr("Choose the date from a calendar"))
        self.button.setAccessibleName(self.tr("Calendar for: %1").replace("%1", accessible_name))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._calendar = QCalendarWidget()
        self._calendar.setGridVisible(True)
        # The years the card accepts (the core's plausibility range).
        self._calendar.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self._calendar.setAccessibleName(accessible_name)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._prepare_calendar)
        self._menu = menu
        self.button.setMenu(menu)
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)

    def example_text(self) -> str:
        """A placeholder that shows the expected format with today's date."""
        return self.tr("e.g. %1").replace("%1", format_date(date.today()))

    @property
    def value(self) -> date | None:
        """The date the field last showed or reported."""
        return self._value

    def show_date(self, value: date | None, has_problem: bool) -> None:
        """Show the state's date unless the user's own unfinished text is being corrected."""
        if has_problem:
            return
        if value == self._value and self._text_value() == value:
            return
        self._value = value
        self.edit.setText(format_date(value))

    def _text_value(self) -> date | DateTextError | None:
        try:
            return parse_date_text(self.edit.text(), field_order(date_pattern()))
        except DateTextError as exc:
            return exc

    def _typed(self, _text: str) -> None:
        parsed = self._text_value()
        if isinstance(parsed, DateTextError):
            self._value = None
            self.text_problem.emit(describe_date_problem(parsed.problem, format_date(date.today())))
            return
        self._value = parsed
        self.date_edited.emit(parsed)

    def _tidy(self) -> None:
        parsed = self._text_value()
        if not isinstance(parsed, DateTextError) and format_date(parsed) != self.edit.text():
            self.edit.setText(format_date(parsed))

    def _prepare_calendar(self) -> None:
        chosen = self._value or date.today()
        self._calendar.setSelectedDate(QDate(chosen.year, chosen.month, chosen.day))

    def _picked(self, picked: QDate) -> None:
        self._menu.close()
        value = date(picked.year(), picked.month(), picked.day())
        self._value = value
        self.edit.setText(format_date(value))
        self.edit.setFocus()
        self.date_edited.emit(value)


class NextInjectionField(QWidget):
    """The next injection: empty means first + 6 months, shown as automatic; can be overridden."""

    date_edited = Signal(object)
    text_problem = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_field = DateField(accessible_name, self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        style_as_note(self.note)
        self.reset_button = QPushButton(self.tr("&Automatic"), self)
        self.reset_button.setToolTip(self.tr("Use the first injection date + 6 months"))
        self.reset_button.setAccessibleName(self.tr("Reset the next injection to automatic"))
        # The note and its button sit under the date, so long translations leave it room.
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.reset_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.date_field)
        layout.addLayout(row)
        self.setFocusProxy(self.date_field)
        self.date_field.date_edited.connect(self.date_edited)
        self.date_field.text_problem.connect(self.text_problem)
        self.reset_button.clicked.connect(self._reset)

    def show_dates(self, override: date | None, automatic: date | None, has_problem: bool) -> None:
        """Show the override, or the automatic date as a grey hint with a note."""
        self.date_field.show_date(override, has_problem)
        is_override = override is not None or has_problem
        self.reset_button.setEnabled(is_override)
        if automatic is None:
            self.date_field.edit.setPlaceholderText(self.date_field.example_text())
            self.note.setText(self.tr("Leave empty to use the first injection + 6 months."))
        elif is_override:
            self.date_field.edit.setPlaceholderText(format_date(automatic))
            self.note.setText(
                self.tr("Changed by hand; automatic would be %1.").replace(
                    "%1", format_date(automatic)
                )
            )
        else:
            self.date_field.edit.setPlaceholderText(format_date(automatic))
            self.note.setText(
                self.tr("Automatic: %1 (first injection + 6 months).").replace(
                    "%1", format_date(automatic)
                )
            )

    def _reset(self) -> None:
        self.date_field.edit.clear()
        self.date_field.show_date(None, False)
        self.date_edited.emit(None)
        self.date_field.setFocus()
