"""The on-screen note that the card text is a draft. It is never part of the card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cardmaker.core.content import ContentPack
from cardmaker.gui.note_area import NoteArea

_BACKGROUND = QColor(255, 243, 205)
_BORDER_TEXT = QColor(102, 77, 3)


class DraftBanner(QFrame):
    """A yellow strip above the preview while the card text has not been reviewed."""

    load_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, _BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, _BORDER_TEXT)
        self.setPalette(palette)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # A wrapped label asks for a wide minimum; the note wraps into any width instead,
        # so small and scaled screens keep the whole window.
        self.label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.button = QPushButton(self.tr("Load approved &text…"), self)
        self.button.clicked.connect(self.load_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(NoteArea(self.label, self), 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("Draft card text"))
        self.hide()

    def show_pack(self, pack: ContentPack | None) -> None:
        """Show the note for a draft pack; hide it otherwise."""
        if pack is None or not pack.is_draft:
            self.hide()
            return
        self.label.setText(
            self.tr(
                "Draft card text – not yet reviewed. The %1 card text (version %2) has not "
                "been checked by a reviewer; have it checked before cards are given to "
                "patients. This note is shown only here, never on the card."
            )
            .replace("%1", pack.name)
            .replace("%2", pack.version)
        )
        self.label.setAccessibleDescription(self.label.text())
        self.show()
