"""Notes that wrap and never lose text: on a small, strongly scaled screen they scroll.

At 200 % on 1366x768 the window has 683x384 points; the draft note and the preview's
notice were cut off mid-sentence when the layout could not give them their full height.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget


class NoteArea(QScrollArea):
    """A wrapped label as tall as its text needs; scrollable when the window cannot give that."""

    def __init__(self, label: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self._label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        label.setAutoFillBackground(False)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """The height follows the width, as the wrapped text's does."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The whole text's height at ``width``."""
        return self._label.heightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The whole text at the current width."""
        hint = self._label.sizeHint()
        return QSize(hint.width(), self.heightForWidth(max(self.width(), 1)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Two lines: the rest scrolls."""
        return QSize(self._label.minimumWidth(), self.fontMetrics().lineSpacing() * 2)
