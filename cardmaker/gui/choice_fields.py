"""Pick lists: the base of every list, and the format and QR link lists (fixed items).

Each list reports only the user's own choices (``chosen``), so setting it from the state
never loops back into the state.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TypeVar

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from cardmaker.core.model import CardFormat, QrTarget
from cardmaker.render.style import FORMAT_STYLES

MONITORING_MARK = "\u25bc"


Item = TypeVar("Item", bound=tuple[object, ...])


def sorted_by_text(items: Iterable[Item]) -> list[Item]:
    """Items sorted by their first element as the interface locale sorts words."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(items, key=lambda item: collator.sortKey(str(item[0])))


class ChoiceBox(QComboBox):
    """A combo box of (text, key) items that emits ``chosen(key)`` on user choices only."""

    chosen = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.activated.connect(self._activated)

    def set_items(self, items: Iterable[tuple[str, str]], tooltips: Mapping[str, str]) -> None:
        """Replace the items, keeping the current key selected where it still exists."""
        current = self.current_key()
        self.blockSignals(True)
        self.clear()
        for text, key in items:
            self.addItem(text, key)
            if key in tooltips:
                self.setItemData(self.count() - 1, tooltips[key], Qt.ItemDataRole.ToolTipRole)
        self.blockSignals(False)
        if current:
            self.set_key(current)

    def current_key(self) -> str:
        """The key of the selected item ('' when none)."""
        data = self.currentData()
        return str(data) if data is not None else ""

    def set_key(self, key: str) -> None:
        """Select the item with ``key`` (silently, as a display of the state)."""
        index = self.findData(key)
        if index < 0:
            wanted = key.casefold()
            keys = [str(self.itemData(i)).casefold() for i in range(self.count())]
            index = keys.index(wanted) if wanted in keys else -1
        if index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def _activated(self, index: int) -> None:
        if index >= 0:
            self.chosen.emit(str(self.itemData(index)))


def country_names(ui_language: str) -> Mapping[str, str]:
    """Country names from CLDR in the interface language (empty if Babel lacks it)."""
    try:
        return Locale.parse(ui_language).territories
    except (ValueError, UnknownLocaleError):
        return {}


# The interface's name of each format; a format the renderer gains shows its English
# description (``FormatStyle.label``) until it is named here.
FORMAT_NAMES: dict[CardFormat, str] = {
    CardFormat.ID1_TRIFOLD: str(
        QT_TRANSLATE_NOOP("FormatPicker", "Wallet card, three panels, larger text (ID-1)")
    ),
    CardFormat.ID1_BIFOLD: str(
        QT_TRANSLATE_NOOP("FormatPicker", "Folded card, credit-card size (ID-1)")
    ),
    CardFormat.A6_LARGE: str(QT_TRANSLATE_NOOP("FormatPicker", "Large print (A6)")),
}


class FormatPicker(ChoiceBox):
    """Every card format the renderer lays out, in its order."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent)
        self.set_items(
            [
                (self.tr(FORMAT_NAMES[key]) if key in FORMAT_NAMES else style.label, key.value)
                for key, style in FORMAT_STYLES.items()
            ],
            {},
        )


class QrTargetPicker(ChoiceBox):
    """What the QR code opens."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent)
        self.set_items(
            [
                (self.tr("Medicine page at the EMA (EPAR)"), QrTarget.EPAR.value),
                (
                    self.tr("Product information (package leaflet)"),
                    QrTarget.PRODUCT_INFORMATION.value,
                ),
            ],
            {},
        )
