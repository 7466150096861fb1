"""One row of the form: a label above its input, the problem message below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

MESSAGE_NAME = "fieldMessage"
NOTE_NAME = "fieldNote"
# Dark red: readable on light backgrounds; the sign keeps it clear without colour.
MESSAGE_COLOUR = QColor(179, 38, 30)
MESSAGE_SIGN = "\u26a0"
# The usual minimum contrast for text (WCAG 2, level AA).
MIN_CONTRAST = 4.5


def add_labelled_row(form: QFormLayout, label: str, widget: QWidget) -> None:
    """A dialog row whose field a screen reader names by its label, without '&' or ':'."""
    form.addRow(label, widget)
    widget.setAccessibleName(label.replace("&", "").rstrip(": "))


def style_as_message(label: QLabel) -> None:
    """Colour a label as a problem message."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, MESSAGE_COLOUR)
    label.setPalette(palette)


def _luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_grey(grey: QColor, text: QColor, background: QColor) -> QColor:
    """``grey`` moved towards ``text`` just far enough to reach 4.5:1 on ``background``."""
    for step in range(21):
        share = step / 20
        mixed = QColor.fromRgbF(
            grey.redF() + (text.redF() - grey.redF()) * share,
            grey.greenF() + (text.greenF() - grey.greenF()) * share,
            grey.blueF() + (text.blueF() - grey.blueF()) * share,
        )
        if contrast_ratio(mixed, background) >= MIN_CONTRAST:
            return mixed
    return QColor(text)


def readable_palette(palette: QPalette) -> QPalette:
    """The palette with placeholder text (the automatic date, examples) at 4.5:1 or more."""
    result = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        result.setColor(
            group,
            QPalette.ColorRole.PlaceholderText,
            readable_grey(
                palette.color(group, QPalette.ColorRole.PlaceholderText),
                palette.color(group, QPalette.ColorRole.Text),
                palette.color(group, QPalette.ColorRole.Base),
            ),
        )
    return result


def style_as_note(label: QLabel) -> None:
    """Colour a label as a quiet hint: grey, yet readable (4.5:1 on the window colour)."""
    palette = label.palette()
    grey = readable_grey(
        palette.color(QPalette.ColorRole.PlaceholderText),
        palette.color(QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorRole.Window),
    )
    palette.setColor(QPalette.ColorRole.WindowText, grey)
    label.setPalette(palette)


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
