"""Pick lists for the card: medicine (searchable), card language, country, format, QR link.

Each list reports only the user's own choices (``chosen``), so setting it from the state
never loops back into the state.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from babel import Locale, UnknownLocaleError
from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from cardmaker.core.catalogue import Catalogue, Medicine
from cardmaker.core.content import ContentLibrary
from cardmaker.core.model import CardFormat, QrTarget
from cardmaker.core.reporting import ReportingSystem

MONITORING_MARK = "\u25bc"


def _sorted_by_text(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(items, key=lambda item: collator.sortKey(item[0]))


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


class MedicinePicker(ChoiceBox):
    """Medicines by invented name; typing finds them by name or by holder."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated.connect(self._completed)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setAccessibleName(accessible_name)
        line.setPlaceholderText(self.tr("Type a name or a company"))
        line.editingFinished.connect(self._restore_text)

    @staticmethod
    def item_text(medicine: Medicine) -> str:
        """'Kefdensis ▼ – STADA Arzneimittel AG': searchable by name and holder."""
        mark = f" {MONITORING_MARK}" if medicine.additional_monitoring else ""
        return f"{medicine.name}{mark} – {medicine.holder}"

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """List every medicine of the catalogue."""
        tips = {}
        for medicine in catalogue:
            lines = [self.tr("Holder: %1").replace("%1", medicine.holder)]
            if medicine.additional_monitoring:
                lines.append(self.tr("▼ Under additional monitoring"))
            if not medicine.is_authorised:
                lines.append(self.tr("Positive opinion; EU decision not yet confirmed"))
            tips[medicine.key] = "\n".join(lines)
        self.set_items(_sorted_by_text((self.item_text(m), m.key) for m in catalogue), tips)

    def set_key(self, key: str) -> None:
        """Select the medicine and show its name from the start."""
        super().set_key(key)
        line = self.lineEdit()
        if line is not None and not line.hasFocus():
            line.setCursorPosition(0)

    def _completed(self, text: object) -> None:
        index = self.findText(str(text))
        if index >= 0:
            self.setCurrentIndex(index)
            self.chosen.emit(str(self.itemData(index)))

    def _restore_text(self) -> None:
        """Search text left in the box is replaced by the chosen medicine again."""
        line = self.lineEdit()
        if self.currentIndex() >= 0 and line is not None:
            self.setEditText(self.itemText(self.currentIndex()))
            line.setCursorPosition(0)


class LanguagePicker(ChoiceBox):
    """Card languages, each by its own name ('Deutsch', 'Ελληνικά')."""

    def set_content(self, content: ContentLibrary) -> None:
        """List every language that has card text."""
        packs = [content.get(code) for code in content.languages()]
        self.set_items(
            _sorted_by_text((pack.name, pack.language) for pack in packs),
            {pack.language: pack.language for pack in packs},
        )


class CountryPicker(ChoiceBox):
    """Countries by their name in the interface language (sets the reporting authority)."""

    def set_countries(self, reporting: Mapping[str, ReportingSystem], ui_language: str) -> None:
        """List every country of the reporting table."""
        names = country_names(ui_language)
        items = ((names.get(code, system.country), code) for code, system in reporting.items())
        self.set_items(_sorted_by_text(items), {})


def country_names(ui_language: str) -> Mapping[str, str]:
    """Country names from CLDR in the interface language (empty if Babel lacks it)."""
    try:
        return Locale.parse(ui_language).territories
    except (ValueError, UnknownLocaleError):
        return {}


class FormatPicker(ChoiceBox):
    """The two card formats."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(accessible_name, parent)
        self.set_items(
            [
                (self.tr("Folded card, credit-card size (ID-1)"), CardFormat.ID1_BIFOLD.value),
                (self.tr("Large print (A6)"), CardFormat.A6_LARGE.value),
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
