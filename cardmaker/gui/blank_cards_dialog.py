"""File -> Blank cards...: a stack of cards to fill in by hand, imposed on sheets.

Only the medicine, the card text, the country's reporting authority and, if wished, the
clinic or pharmacy are printed; the patient's lines stay empty. The request is marked
``blank``, so the core refuses it any patient data. The sheets are the batch's (same plan,
marks and duplex turn), made by the same renderer as every other card.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cardmaker.core.errors import CardmakerError, InvalidRequestError, TextOverflowError
from cardmaker.core.files import atomic_write
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest
from cardmaker.core.settings import Settings
from cardmaker.gui.card_pickers import CountryPicker, LanguagePicker, MedicinePicker
from cardmaker.gui.choice_fields import FormatPicker
from cardmaker.gui.form_rows import add_labelled_row, style_as_message, style_as_note
from cardmaker.gui.problem_text import describe_overflow, describe_problem
from cardmaker.render.card import PreparedCard, prepare
from cardmaker.render.copies import MAX_COPIES, card_document, copies_per_sheet, sheets_needed
from cardmaker.render.imposition import SHEET_SIZES, Duplex, SheetSize


class BlankCardsDialog(QDialog):
    """Chooses the card and the sheets, then saves the PDF."""

    def __init__(
        self,
        parent: QWidget | None,
        settings: Settings,
        library: CardLibrary,
        current: CardRequest,
        ui_language: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Blank cards"))
        self._settings = settings
        self._library = library
        self.saved: Path | None = None
        intro = QLabel(
            self.tr(
                "Cards to fill in by hand. The medicine, the card text and, if you wish, your "
                "clinic or pharmacy are printed; the patient's details are left as lines to "
                "write on."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.medicine = MedicinePicker(self.tr("Medicine"))
        self.medicine.set_catalogue(library.catalogue)
        self.language = LanguagePicker(self.tr("Card language"))
        self.language.set_content(library.content, ui_language)
        self.country = CountryPicker(self.tr("Country"))
        self.country.set_countries(library.reporting, ui_language)
        self.card_format = FormatPicker(self.tr("Format"))
        self.clinic = QLineEdit(current.clinic or settings.clinic)
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.paper = QComboBox()
        for key, sheet in SHEET_SIZES.items():
            self.paper.addItem(sheet.label, key)
        self.sides = QComboBox()
        self.sides.addItem(self.tr("Both sides, turn on the long edge"), Duplex.LONG_EDGE.value)
        self.sides.addItem(self.tr("Both sides, turn on the short edge"), Duplex.SHORT_EDGE.value)
        self.sides.addItem(self.tr("One side"), Duplex.NONE.value)
        rows = (
            (self.tr("&Medicine:"), self.medicine),
            (self.tr("Card lan&guage:"), self.language),
            (self.tr("Co&untry:"), self.country),
            (self.tr("Fo&rmat:"), self.card_format),
            (self.tr("Clinic or p&harmacy:"), self.clinic),
            (self.tr("&Copies:"), self.copies),
            (self.tr("&Paper:"), self.paper),
            (self.tr("Si&des:"), self.sides),
        )
        for label, widget in rows:
            add_labelled_row(form, label, widget)
        self.pdfx = QCheckBox(self.tr("PDF/&X for a print shop (CMYK, FOGRA39)"))
        self.pdfx.setChecked(settings.pdfx)
        form.addRow(self.pdfx)
        self.summary = QLabel()
        style_as_note(self.summary)
        form.addRow(self.summary)
        self.message = QLabel()
        self.message.setWordWrap(True)
        style_as_message(self.message)
        form.addRow(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        self.medicine.set_key(current.medicine)
        self.language.set_key(current.language)
        self.country.set_key(current.country)
        self.card_format.set_key(current.card_format.value)
        self._card_problem = ""  # the message, when it says the chosen card cannot be made
        card = self._card()
        if not isinstance(card, CardmakerError):  # one full sheet
            self.copies.setValue(copies_per_sheet(card, self._paper(), self._duplex()))
        # The language, medicine and country decide whether a large-print card has 2 or 4
        # pages, and so how many sheets the copies take.
        for box in (
            self.medicine,
            self.language,
            self.country,
            self.card_format,
            self.paper,
            self.sides,
        ):
            box.currentIndexChanged.connect(self._show_summary)
        self.copies.valueChanged.connect(self._show_summary)
        self._show_summary()

    def request(self) -> CardRequest:
        """The blank card chosen: no patient field can be filled in here."""
        return CardRequest(
            medicine=self.medicine.current_key(),
            language=self.language.current_key(),
            country=self.country.current_key(),
            patient_name="",
            card_format=CardFormat(self.card_format.current_key()),
            clinic=self.clinic.text(),
            blank=True,
        )

    def _duplex(self) -> Duplex:
        return Duplex(self.sides.currentData())

    def _paper(self) -> SheetSize:
        return SHEET_SIZES[self.paper.currentData()]

    def _card(self) -> PreparedCard | CardmakerError:
        """The card as laid out without the clinic (which cannot change its pages)."""
        try:
            return prepare(replace(self.request(), clinic=""), self._library)
        except CardmakerError as exc:
            return exc

    def _show_summary(self) -> None:
        card = self._card()
        # Said at once rather than at Save: the text does not fit this format in this
        # language, for example; cleared when another choice makes the card possible.
        problem = self._problem_text(card) if isinstance(card, CardmakerError) else ""
        if problem or (self._card_problem and self.message.text() == self._card_problem):
            self._show_message(problem)
        self._card_problem = problem
        if isinstance(card, CardmakerError):
            self.summary.clear()
            return
        paper, duplex = self._paper(), self._duplex()
        self.summary.setText(
            self.tr("Sheets: about %1 (up to %2 cards a sheet).")
            .replace("%1", str(sheets_needed(card, self.copies.value(), paper, duplex)))
            .replace("%2", str(copies_per_sheet(card, paper, duplex)))
        )

    def document(self) -> bytes:
        """The PDF of the chosen copies; raises ``CardmakerError``."""
        card = prepare(self.request(), self._library)
        return card_document(
            card,
            self.copies.value(),
            self._paper(),
            self._duplex(),
            pdfx=self.pdfx.isChecked(),
        )

    def _problem_text(self, error: CardmakerError) -> str:
        if isinstance(error, InvalidRequestError):
            return "\n".join(describe_problem(p) for p in error.problems)
        if isinstance(error, TextOverflowError):
            pack = self._library.content.packs.get(error.language)
            return describe_overflow(error, pack.name if pack else error.language)
        return str(error)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        # The dialog was sized without the message: grow it so every line shows whole
        # (the layout first learns the message's new height, then the dialog its size).
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _start_folder(self) -> Path:
        if self._settings.output_folder:
            return Path(self._settings.output_folder)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def save(self) -> None:
        """Make the PDF, ask where to put it and write it; the dialog closes when saved."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = self.document()
        except CardmakerError as exc:
            self._show_message(self._problem_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show_message("")
        request = self.request()
        name = f"onj-blank-cards-{request.medicine}-{request.language}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save blank cards as PDF"),
            str(self._start_folder() / name),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            atomic_write(path, data)
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Cards not saved"),
                self.tr("The cards could not be saved to %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self.saved = path
        self.accept()
