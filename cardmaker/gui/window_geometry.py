"""The main window on small and scaled screens: never larger than the screen's free area."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

# Room left for the window manager's title bar and borders around the window.
FRAME_ALLOWANCE = QSize(16, 40)


def fitted_geometry(current: QRect, minimum: QSize, available: QRect) -> QRect:
    """``current`` shrunk to ``available`` (frame included, not below ``minimum``), moved in."""
    room = available.size() - FRAME_ALLOWANCE
    size = current.size().boundedTo(room).expandedTo(minimum)
    frame = QRect(current.topLeft(), size + FRAME_ALLOWANCE)
    left = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
    top = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
    return QRect(left, top, size.width(), size.height())


def fit_to_screen(window: QWidget, available: QRect | None = None) -> None:
    """Fit ``window`` to ``available`` (default: its screen's free area).

    The form scrolls and the preview zooms, so any size from the minimum up works; a window
    larger than the screen would hide the status bar with the problem summary.
    """
    if available is None:
        screen = window.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
    current = QRect(window.pos(), window.size())
    fitted = fitted_geometry(current, window.minimumSizeHint(), available)
    window.resize(fitted.size())
    window.move(fitted.topLeft())
