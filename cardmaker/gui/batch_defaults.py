"""The card values the batch dialog uses for blank cells: shown, editable, from the clinic settings.

A blank cell of the list takes a value only from these fields (medicine, card language,
country, format, prescriber, phone, clinic), which start from the clinic settings and never
from the card open in the main window. The report marks every value taken from here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest, QrTarget
from cardmaker.gui.choice_fields import FORMAT_NAMES, country_names, sorted_by_text
from cardmaker.gui.form_rows import add_labelled_row

# Where the report says a value came from.
SOURCE = "the dialog"
_CONTEXT = "BatchDefaults"
# The request attributes this box offers, in the order shown.
OFFERED = (
    "medicine",
    "language",
    "country",
    "card_format",
    "prescriber",
    "prescriber_phone",
    "clinic",
)
_LABELS: dict[str, object] = {
    "medicine": QT_TRANSLATE_NOOP("BatchDefaults", "&Medicine:"),
    "language": QT_TRANSLATE_NOOP("BatchDefaults", "Card lang&uage:"),
    "country": QT_TRANSLATE_NOOP("BatchDefaults", "Countr&y:"),
    "card_format": QT_TRANSLATE_NOOP("BatchDefaults", "&Format:"),
    "prescriber": QT_TRANSLATE_NOOP("BatchDefaults", "Prescri&ber:"),
    "prescriber_phone": QT_TRANSLATE_NOOP("BatchDefaults", "Prescriber's p&hone:"),
    "clinic": QT_TRANSLATE_NOOP("BatchDefaults", "&Clinic or pharmacy:"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class BatchDefaultsBox(QGroupBox):
    """Editable values for blank cells; ``request()`` and ``sources()`` for the batch."""

    def __init__(
        self,
        defaults: CardRequest,
        library: CardLibrary,
        ui_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(_tr("Card values for blank cells"))
        self.setToolTip(
            _tr(
                "A cell left blank in the list takes the value shown here; the report marks "
                "every such value. A value in the list always wins."
            )
        )
        self._qr_target: QrTarget = defaults.qr_target
        form = QFormLayout(self)
        self.medicine = QComboBox()
        self.medicine.addItem(_tr("(none: the list must name it)"), "")
        for medicine in library.catalogue:
            self.medicine.addItem(medicine.name, medicine.key)
        self.language = QComboBox()
        self.language.addItem(_tr("(none: the list must name it)"), "")
        for name, code in sorted_by_text(
            (pack.name, code) for code, pack in library.content.packs.items()
        ):
            self.language.addItem(name, code)
        self.country = QComboBox()
        self.country.addItem(_tr("(none: the list must name it)"), "")
        names = country_names(ui_language)
        for name, code in sorted_by_text(
            (names.get(code, system.country), code) for code, system in library.reporting.items()
        ):
            self.country.addItem(name, code)
        self.card_format = QComboBox()
        for card_format in CardFormat:
            text = FORMAT_NAMES.get(card_format)
            shown = QCoreApplication.translate("FormatPicker", text) if text else card_format.value
            self.card_format.addItem(shown, card_format.value)
        self.prescriber = QLineEdit(defaults.prescriber)
        self.prescriber_phone = QLineEdit(defaults.prescriber_phone)
        self.clinic = QLineEdit(defaults.clinic)
        for combo, key in (
            (self.medicine, defaults.medicine),
            (self.language, defaults.language),
            (self.country, defaults.country),
            (self.card_format, defaults.card_format.value),
        ):
            combo.setCurrentIndex(max(0, combo.findData(key)))
        for name in OFFERED:
            widget = getattr(self, name)
            add_labelled_row(form, _tr(str(_LABELS[name])), widget)

    def request(self) -> CardRequest:
        """The values shown, as the batch's defaults (no patient)."""
        return CardRequest(
            medicine=str(self.medicine.currentData() or ""),
            language=str(self.language.currentData() or ""),
            country=str(self.country.currentData() or ""),
            patient_name="",
            card_format=CardFormat(str(self.card_format.currentData())),
            prescriber=self.prescriber.text().strip(),
            prescriber_phone=self.prescriber_phone.text().strip(),
            clinic=self.clinic.text().strip(),
            qr_target=self._qr_target,
        )

    def sources(self) -> dict[str, str]:
        """Which values may fill blank cells: every one shown that is not empty."""
        request = self.request()
        return {name: SOURCE for name in OFFERED if getattr(request, name)}
