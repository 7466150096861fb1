"""Typing and reading helpers for the GUI tests."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type like a user; letters outside ASCII arrive as key events carrying their text."""
    widget.setFocus()
    for char in text:
        if char.isascii() and char.isprintable():
            QTest.keyClicks(widget, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def key_target() -> QWidget:
    """Where the window system delivers a key: an open pop-up list, else the focus widget."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    return target


def press(key: Qt.Key) -> None:
    """Press one key as the user would: it goes where the keyboard focus is."""
    QTest.keyClick(key_target(), key)


def keys(text: str) -> None:
    """Type ``text`` one key at a time wherever the keyboard focus is (pop-ups included)."""
    for char in text:
        target = key_target()
        if char.isascii() and char.isprintable():
            QTest.keyClicks(target, char)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                target,
                Qt.Key.Key_unknown,
                char,
                Qt.KeyboardModifier.NoModifier,
            )


def replace_text(widget: QWidget, text: str) -> None:
    """Select everything in a line edit and type over it."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, pages joined."""
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() or "" for page in reader.pages)
