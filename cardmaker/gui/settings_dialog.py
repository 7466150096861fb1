"""The Settings dialog: clinic defaults, where and how files are saved, printer offsets."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest, QrTarget
from cardmaker.core.settings import (
    DEFAULT_FILE_NAME_PATTERN,
    FILE_NAME_PLACEHOLDERS,
    MAX_PRINTER_OFFSET_MM,
    Settings,
)
from cardmaker.gui.card_pickers import CountryPicker, LanguagePicker, MedicinePicker
from cardmaker.gui.choice_fields import FormatPicker, QrTargetPicker
from cardmaker.gui.file_naming import pattern_problem, suggested_file_name, unknown_placeholders
from cardmaker.gui.form_rows import add_labelled_row, style_as_message, style_as_note


def _form(parent: QWidget) -> QFormLayout:
    form = QFormLayout(parent)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class SettingsDialog(QDialog):
    """Edits a copy of the settings; ``settings()`` returns the result after OK."""

    def __init__(
        self,
        parent: QWidget | None,
        settings: Settings,
        library: CardLibrary,
        current: CardRequest,
        ui_language: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self._current = current
        tabs = QTabWidget(self)
        tabs.addTab(self._clinic_tab(library, ui_language), self.tr("&Clinic defaults"))
        tabs.addTab(self._files_tab(), self.tr("&Files"))
        tabs.addTab(self._printing_tab(), self.tr("Pr&inting"))
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        self._show_defaults(settings.card_defaults())
        self._check_pattern()

    def _clinic_tab(self, library: CardLibrary, ui_language: str) -> QWidget:
        page = QWidget()
        form = _form(page)
        intro = QLabel(
            self.tr("A new card starts with these values. The patient's details are never stored.")
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.prescriber = QLineEdit()
        self.prescriber_phone = QLineEdit()
        self.clinic = QLineEdit()
        self.medicine = MedicinePicker(self.tr("Default medicine"))
        self.medicine.set_catalogue(library.catalogue)
        self.language = LanguagePicker(self.tr("Default card language"))
        self.language.set_content(library.content)
        self.country = CountryPicker(self.tr("Default country"))
        self.country.set_countries(library.reporting, ui_language)
        self.card_format = FormatPicker(self.tr("Default format"))
        self.qr_target = QrTargetPicker(self.tr("QR code opens"))
        rows = (
            (self.tr("&Prescriber:"), self.prescriber),
            (self.tr("Prescriber's ph&one:"), self.prescriber_phone),
            (self.tr("Clinic or p&harmacy:"), self.clinic),
            (self.tr("&Medicine:"), self.medicine),
            (self.tr("Card lan&guage:"), self.language),
            (self.tr("Co&untry:"), self.country),
            (self.tr("Fo&rmat:"), self.card_format),
            (self.tr("&QR code opens:"), self.qr_target),
        )
        for label, widget in rows:
            add_labelled_row(form, label, widget)
        take = QPushButton(self.tr("&Take from the current card"))
        self.take_button = take
        take.setToolTip(
            self.tr("Copy the clinic values of the card in the window (not the patient)")
        )
        take.clicked.connect(lambda: self._show_defaults(self._current))
        form.addRow(take)
        return page

    def _files_tab(self) -> QWidget:
        page = QWidget()
        form = _form(page)
        self.output_folder = QLineEdit(self._settings.output_folder)
        self.output_folder.setPlaceholderText(self.tr("Documents folder"))
        self.output_folder.setAccessibleName(self.tr("Save cards in"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.output_folder, 1)
        folder_row.addWidget(browse)
        folder_label = QLabel(self.tr("&Save cards in:"))
        folder_label.setBuddy(self.output_folder)
        form.addRow(folder_label, folder_row)
        self.pattern = QLineEdit(self._settings.file_name_pattern)
        self.pattern.setAccessibleName(self.tr("File name pattern"))
        self.pattern.textChanged.connect(self._check_pattern)
        form.addRow(self.tr("File &name pattern:"), self.pattern)
        placeholders = ", ".join(f"{{{name}}}" for name in FILE_NAME_PLACEHOLDERS)
        help_text = QLabel(self.tr("Placeholders: %1").replace("%1", placeholders))
        help_text.setWordWrap(True)
        style_as_note(help_text)
        form.addRow(help_text)
        self.pattern_message = QLabel()
        self.pattern_message.setWordWrap(True)
        style_as_message(self.pattern_message)
        form.addRow(self.pattern_message)
        self.example = QLabel()
        self.example.setWordWrap(True)
        form.addRow(self.example)
        self.patient_in_name = QCheckBox(self.tr("Put the &patient's name in file names"))
        self.patient_in_name.setChecked(self._settings.patient_name_in_file_name)
        self.patient_in_name.toggled.connect(self._check_pattern)
        form.addRow(self.patient_in_name)
        warning = QLabel(
            self.tr(
                "File names are seen in folders, backups and recent-file lists; "
                "leave this off unless your clinic's rules allow it."
            )
        )
        warning.setWordWrap(True)
        style_as_note(warning)
        form.addRow(warning)
        self.pdfx = QCheckBox(self.tr("Save PDF/&X for a print shop (CMYK, FOGRA39)"))
        self.pdfx.setChecked(self._settings.pdfx)
        form.addRow(self.pdfx)
        pdfx_note = QLabel(
            self.tr(
                "PDF/X-1a is the file a print shop asks for. Cards printed at the clinic "
                "do not need it."
            )
        )
        pdfx_note.setWordWrap(True)
        style_as_note(pdfx_note)
        form.addRow(pdfx_note)
        return page

    def _printing_tab(self) -> QWidget:
        page = QWidget()
        form = _form(page)
        intro = QLabel(
            self.tr(
                "If your printer places the card slightly off, shift everything it prints. "
                "Print a calibration page (File menu) and measure it. Positive values move "
                "the print right and down."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.offset_x = self._offset_box(self._settings.printer_offset_x_mm)
        self.offset_x.setAccessibleName(self.tr("Horizontal offset in millimetres"))
        self.offset_y = self._offset_box(self._settings.printer_offset_y_mm)
        self.offset_y.setAccessibleName(self.tr("Vertical offset in millimetres"))
        form.addRow(self.tr("&Across (mm):"), self.offset_x)
        form.addRow(self.tr("&Down (mm):"), self.offset_y)
        return page

    @staticmethod
    def _offset_box(value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-MAX_PRINTER_OFFSET_MM, MAX_PRINTER_OFFSET_MM)
        box.setDecimals(1)
        box.setSingleStep(0.1)
        box.setValue(value)
        return box

    def _show_defaults(self, request: CardRequest) -> None:
        self.prescriber.setText(request.prescriber)
        self.prescriber_phone.setText(request.prescriber_phone)
        self.clinic.setText(request.clinic)
        self.medicine.set_key(request.medicine)
        self.language.set_key(request.language)
        self.country.set_key(request.country)
        self.card_format.set_key(request.card_format.value)
        self.qr_target.set_key(request.qr_target.value)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for saved cards"), self.output_folder.text()
        )
        if folder:
            self.output_folder.setText(folder)

    def _check_pattern(self) -> None:
        unknown = unknown_placeholders(self.pattern.text())
        ok_button = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        if unknown is None:
            message = self.tr("The braces { } in the pattern do not match.")
        elif unknown:
            message = self.tr("Unknown placeholder: %1").replace(
                "%1", ", ".join(f"{{{name}}}" for name in unknown)
            )
        elif (refused := pattern_problem(self.pattern.text())) is not None:
            # The batch's check too (one engine): a format after ':' it cannot honour.
            message = self.tr("This placeholder format is not allowed: %1").replace(
                "%1", refused.params[1] if len(refused.params) > 1 else self.pattern.text()
            )
        else:
            message = ""
        self.pattern_message.setText(message)
        self.pattern_message.setVisible(bool(message))
        ok_button.setEnabled(not message and not self._unresolved_pickers())
        sample = CardRequest("kefdensis", "en", "IE", self.tr("Mary Example"))
        example = suggested_file_name(
            self.pattern.text() if not message else DEFAULT_FILE_NAME_PATTERN,
            sample,
            self.patient_in_name.isChecked(),
            date.today(),
        )
        self.example.setText(self.tr("Example: %1").replace("%1", example))

    def _unresolved_pickers(self) -> list[QWidget]:
        return [p for p in (self.medicine, self.language, self.country) if p.is_unresolved]

    def _picker_unresolved(self, picker: QWidget, message: str) -> None:
        picker.setToolTip(message)
        picker.setAccessibleDescription(message)
        self._check_pattern()

    def settings(self) -> Settings:
        """The settings as edited (the dialog's copy; nothing is saved here)."""
        values = CardRequest(
            medicine=self.medicine.current_key() or self._settings.medicine,
            language=self.language.current_key() or self._settings.language,
            country=self.country.current_key() or self._settings.country,
            patient_name="",
            card_format=CardFormat(self.card_format.current_key()),
            prescriber=self.prescriber.text().strip(),
            prescriber_phone=self.prescriber_phone.text().strip(),
            clinic=self.clinic.text().strip(),
            qr_target=QrTarget(self.qr_target.current_key()),
        )
        return replace(
            self._settings.with_clinic_defaults_from(values),
            output_folder=self.output_folder.text().strip(),
            file_name_pattern=self.pattern.text().strip() or DEFAULT_FILE_NAME_PATTERN,
            patient_name_in_file_name=self.patient_in_name.isChecked(),
            pdfx=self.pdfx.isChecked(),
            printer_offset_x_mm=self.offset_x.value(),
            printer_offset_y_mm=self.offset_y.value(),
        )
