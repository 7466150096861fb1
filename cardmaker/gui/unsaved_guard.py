"""No card is lost: closing or starting a new card asks when a filled card was not kept.

A card counts as kept once it was saved or printed as it is now; the patient's details are
the only thing worth asking about (clinic values are defaults that come back).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from cardmaker.core.model import CardRequest
from cardmaker.gui.state import PATIENT_FIELDS, CardState


class Decision(Enum):
    """What the user wants done with an unkept card."""

    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class UnsavedGuard(QObject):
    """Remembers the last card saved or printed and asks before an unkept one is dropped."""

    def __init__(self, state: CardState, parent: QWidget) -> None:
        super().__init__(parent)
        self._state = state
        self._parent = parent
        self._kept: CardRequest | None = None

    def mark_kept(self, request: CardRequest) -> None:
        """The card was saved or printed."""
        self._kept = request

    def has_unkept_card(self) -> bool:
        """True when patient details were filled in and this card was not saved or printed."""
        request = self._state.request
        filled = any(getattr(request, name) != blank for name, blank in PATIENT_FIELDS.items())
        typed = any(name in PATIENT_FIELDS for name in self._state.input_problems)
        return (filled or typed) and request != self._kept

    def ask(self, can_save: bool) -> Decision:
        """Save, Discard or Cancel (Save only when the card can be saved)."""
        buttons = QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        if can_save:
            buttons |= QMessageBox.StandardButton.Save
        text = self.tr("This card was neither saved nor printed.")
        if not can_save:
            text += " " + self.tr("It cannot be saved until its problems are fixed.")
        answer = QMessageBox.question(
            self._parent,
            self.tr("Keep this card?"),
            text + "\n\n" + self.tr("Do you want to save it before it is cleared?"),
            buttons,
            QMessageBox.StandardButton.Save if can_save else QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return Decision.SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return Decision.DISCARD
        return Decision.CANCEL
