"""Small icons drawn in code, so they are sharp at any scale and need no image files."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

_SIZES = (16, 24, 32, 48, 64, 128)
_INK = QColor(40, 60, 90)
_ACCENT = QColor(23, 61, 107)


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 32, size / 32)
    return pixmap, painter


@cache
def calendar_icon() -> QIcon:
    """A page of a calendar: header bar and a grid of days."""
    icon = QIcon()
    for size in _SIZES:
        pixmap, painter = _canvas(size)
        painter.setPen(QPen(_INK, 2))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
        painter.fillRect(QRectF(5, 7, 22, 6), _ACCENT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_INK)
        for row in range(3):
            for column in range(4):
                painter.drawRect(QRectF(8 + column * 5, 15.5 + row * 4, 2.6, 2.4))
        pen = QPen(_INK, 2.4)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(QLineF(11, 3, 11, 8))
        painter.drawLine(QLineF(21, 3, 21, 8))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


@cache
def card_icon() -> QIcon:
    """The program's icon: a folded card with a tooth-shaped accent."""
    icon = QIcon()
    for size in _SIZES:
        pixmap, painter = _canvas(size)
        painter.setPen(QPen(_INK, 1.5))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(QRectF(2, 7, 28, 18), 2.5, 2.5)
        painter.fillRect(QRectF(16.7, 8, 12.5, 16.2), _ACCENT)
        painter.setPen(QPen(_INK, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QLineF(16, 7, 16, 25))
        painter.setPen(QPen(QColor("white"), 1.8))
        painter.drawLine(QLineF(19.5, 12, 26.5, 12))
        painter.drawLine(QLineF(19.5, 16, 26.5, 16))
        painter.drawLine(QLineF(19.5, 20, 24.5, 20))
        painter.setPen(QPen(_INK, 1.8))
        painter.drawLine(QLineF(5, 13, 13, 13))
        painter.drawLine(QLineF(5, 17, 13, 17))
        painter.drawLine(QLineF(5, 21, 11, 21))
        painter.end()
        icon.addPixmap(pixmap)
    return icon
