"""One row of the form: a label above its input, the problem message below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

MESSAGE_NAME = "fieldMessage"
NOTE_NAME = "fieldNote"
# Dark red: readable on light backgrounds; the sign keeps it clear without colour.
MESSAGE_COLOUR = QColor(179, 38, 30)
MESSAGE_SIGN = "\u26a0"


def style_as_message(label: QLabel) -> None:
    """Colour a label as a problem message."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, MESSAGE_COLOUR)
    label.setPalette(palette)


def style_as_note(label: QLabel) -> None:
    """Colour a label as a quiet hint."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def focus_target(widget: QWidget) -> QWidget:
    """The widget that really receives focus for ``widget`` (the end of its proxy chain)."""
    while (proxy := widget.focusProxy()) is not None and proxy is not widget:
        widget = proxy
    return widget


class FieldRow(QWidget):
    """Label, input and a message line that is hidden while the field is fine."""

    def __init__(
        self, label_text: str, field_widget: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.label = QLabel(label_text, self)
        self.label.setWordWrap(True)
        # The buddy must take focus itself: a container's shortcut would move focus to
        # whatever follows the current focus instead.
        self.label.setBuddy(focus_target(field_widget))
        self.field_widget = field_widget
        self.message = QLabel(self)
        self.message.setObjectName(MESSAGE_NAME)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        style_as_message(self.message)
        self.note = QLabel(self)
        self.note.setObjectName(NOTE_NAME)
        self.note.setWordWrap(True)
        self.note.hide()
        style_as_note(self.note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(field_widget)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        self.setFocusProxy(field_widget)

    def set_message(self, text: str) -> None:
        """Show a problem under the field ('' hides it) and tell assistive technology."""
        self.message.setText(f"{MESSAGE_SIGN} {text}" if text else "")
        self.message.setVisible(bool(text))
        self.field_widget.setAccessibleDescription(text)

    def set_note(self, text: str) -> None:
        """A neutral hint under the field ('' hides it)."""
        self.note.setText(text)
        self.note.setVisible(bool(text))
