"""File -> Batch export...: read a patient list, check it, export every card, with progress.

The dialog only shows and asks; reading, checking and writing are ``cardmaker.batch`` and
run on a worker thread, so the window never stalls. Cancel stops after the cards in
progress: only complete files are left. The values that fill blank cells are shown and
editable in the dialog itself, starting from the clinic settings; rejection reasons and
field names are in the interface language.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cardmaker.batch.celldates import DateOrder
from cardmaker.batch.encoding import OFFERED_ENCODINGS
from cardmaker.batch.headers import FIELDS, IGNORE, NAME_PARTS
from cardmaker.batch.naming import DEFAULT_PATTERN
from cardmaker.batch.preview import CheckResult, TablePreview, check_rows, preview_table
from cardmaker.batch.report import BatchSummary
from cardmaker.batch.rows import cell_text
from cardmaker.batch.runner import BatchOptions, run_batch
from cardmaker.batch.source import DELIMITER_NAMES
from cardmaker.core.errors import CardmakerError
from cardmaker.core.library import CardLibrary, load_library
from cardmaker.core.model import CardRequest
from cardmaker.core.options import MissingChoiceError
from cardmaker.gui.batch_defaults import BatchDefaultsBox
from cardmaker.gui.batch_problem_text import describe_row_problem
from cardmaker.gui.form_rows import add_labelled_row
from cardmaker.gui.problem_text import field_name
from cardmaker.render.fonts import printable_codepoints
from cardmaker.render.imposition import SHEET_SIZES, Duplex

_DETECTED = ""
# The list's columns as words (the card's own fields are named by problem_text).
_COLUMN_WORDS: dict[str, object] = {
    "given_name": QT_TRANSLATE_NOOP("BatchDialog", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("BatchDialog", "Family name"),
    # Joined into the name (father's name, tussenvoegsel, second surname): a column the user
    # maps away here would drop part of the patient's name from the card.
    "middle_name": QT_TRANSLATE_NOOP("BatchDialog", "Middle name"),
    "second_family_name": QT_TRANSLATE_NOOP("BatchDialog", "Second family name"),
}
_FIELD_OF_COLUMN = {"lang": "language", "format": "card_format"}
_DELIMITER_WORDS: dict[str, object] = {
    "comma": QT_TRANSLATE_NOOP("BatchDialog", "comma"),
    "semicolon": QT_TRANSLATE_NOOP("BatchDialog", "semicolon"),
    "tab": QT_TRANSLATE_NOOP("BatchDialog", "tab"),
    "pipe": QT_TRANSLATE_NOOP("BatchDialog", "pipe"),
}

# How dates without a year first are read, as words (the values are DateOrder's).
_DATE_ORDER_WORDS: dict[str, object] = {
    "AUTO": QT_TRANSLATE_NOOP("BatchDialog", "By the card language"),
    "DMY": QT_TRANSLATE_NOOP("BatchDialog", "Day first (31.12.2026)"),
    "MDY": QT_TRANSLATE_NOOP("BatchDialog", "Month first (12/31/2026)"),
    "YMD": QT_TRANSLATE_NOOP("BatchDialog", "Year first (2026-12-31)"),
}


def column_word(field: str) -> str:
    """A list column's card field as a word in the interface language."""
    if field in _COLUMN_WORDS:
        return QCoreApplication.translate("BatchDialog", str(_COLUMN_WORDS[field]))
    return field_name(_FIELD_OF_COLUMN.get(field, field))


def delimiter_word(name: str | None) -> str:
    """'semicolon' in the interface language."""
    source = _DELIMITER_WORDS.get(name or "")
    return QCoreApplication.translate("BatchDialog", str(source)) if source else str(name)


def _library(content_dir: Path | None) -> CardLibrary:
    """The names for the lists of the defaults (the shipped ones if the folder fails)."""
    if content_dir is not None:
        try:
            return load_library(content_dir, printable_codepoints())
        except CardmakerError:
            pass
    return load_library()


class _Task(QThread):
    """Runs ``work(progress, cancel)`` off the GUI thread and reports back by signal."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject, work: Callable[..., object]) -> None:
        super().__init__(parent)
        self._work = work
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self.cancel_event.is_set)
        except Exception as exc:  # shown to the user; nothing may escape a thread
            self.failed.emit(_failure_text(exc))
        else:
            self.succeeded.emit(result)


def _failure_text(exc: Exception) -> str:
    """Why the list cannot be checked or exported, worded for the dialog, not the shell."""
    if isinstance(exc, MissingChoiceError):
        # The core's text tells the command line to give --medicine; here it is a choice.
        text = QCoreApplication.translate(
            "BatchDialog", "The list has no column for %1: choose it under “%2”."
        )
        group = QCoreApplication.translate("BatchDefaults", "Card values for blank cells")
        return _args(text, field_name(exc.field), group)
    return str(exc)


def _args(text: str, *values: object) -> str:
    """Fill Qt-style placeholders %1, %2, ... (translations may reorder them)."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def _table(headings: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headings)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)  # row numbers would be mistaken for lines
    return table


class BatchDialog(QDialog):
    """Batch export of a CSV or XLSX patient list to PDF cards."""

    def __init__(
        self,
        parent: QWidget | None,
        defaults: CardRequest,
        content_dir: Path | None,
        ui_language: str = "en",
    ) -> None:
        """``defaults`` are the clinic settings' card values, never the open card's."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch export"))
        self.defaults_box = BatchDefaultsBox(defaults, _library(content_dir), ui_language)
        self.content_dir = content_dir
        self.preview: TablePreview | None = None
        self.summary: BatchSummary | None = None
        self.check_result: CheckResult | None = None
        self._task: _Task | None = None
        self._mapped_headers: tuple[str, ...] | None = None
        self._build()
        self._set_busy(False)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.path_edit = QLineEdit(readOnly=True)
        choose = QPushButton(self.tr("Choose list..."))
        choose.clicked.connect(self._choose_input)
        label = QLabel(self.tr("Patient &list:"))
        label.setBuddy(self.path_edit)
        self.path_edit.setAccessibleName(label.text().replace("&", "").rstrip(": "))
        for widget, stretch in ((label, 0), (self.path_edit, 1)):
            row.addWidget(widget, stretch)
        row.addWidget(choose)
        layout.addLayout(row)
        boxes = QHBoxLayout()
        boxes.addWidget(self._reading_box())
        boxes.addWidget(self.defaults_box)
        boxes.addWidget(self._output_box(), 1)
        layout.addLayout(boxes)
        tabs = (
            self.tr("Columns"),
            self.tr("First rows"),
            self.tr("Rows that will not make a card"),
        )
        self.mapping_table = _table([self.tr("Column"), self.tr("Card field")], tabs[0])
        self.rows_table = _table([], tabs[1])
        self.problems_table = _table(
            [self.tr("Line"), self.tr("Column"), self.tr("Reason")], tabs[2]
        )
        self.tabs = QTabWidget()
        for table, title in zip(
            (self.mapping_table, self.rows_table, self.problems_table), tabs, strict=True
        ):
            self.tabs.addTab(table, title)
        layout.addWidget(self.tabs, 1)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress)
        buttons = QDialogButtonBox()
        role = QDialogButtonBox.ButtonRole
        self.check_button = buttons.addButton(self.tr("Chec&k"), role.ActionRole)
        self.export_button = buttons.addButton(self.tr("Expor&t"), role.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel export"), role.ActionRole)
        self.open_button = buttons.addButton(self.tr("Open folder"), role.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(self.start_check)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self.open_output_folder)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _reading_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Reading"))
        form = QFormLayout(box)
        self.encoding_combo = QComboBox()
        # The whole detection ('Detected: windows-1252') is shown, never cut.
        self.encoding_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.encoding_combo.addItem(self.tr("Detected"), _DETECTED)
        for name in OFFERED_ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.addItem(self.tr("Detected"), _DETECTED)
        self.delimiter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for char, name in DELIMITER_NAMES.items():
            self.delimiter_combo.addItem(delimiter_word(name), char)
        self.worksheet_combo = QComboBox()
        self.date_order_combo = QComboBox()
        for order in DateOrder:
            word = _DATE_ORDER_WORDS.get(order.value)
            text = QCoreApplication.translate("BatchDialog", str(word)) if word else order.value
            self.date_order_combo.addItem(text, order.value)
        for label, combo in (
            (self.tr("&Encoding:"), self.encoding_combo),
            (self.tr("&Delimiter:"), self.delimiter_combo),
            (self.tr("&Worksheet:"), self.worksheet_combo),
            (self.tr("Date &order:"), self.date_order_combo),
        ):
            add_labelled_row(form, label, combo)
            combo.activated.connect(self.reload)
        return box

    def _output_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Output"))
        form = QFormLayout(box)
        self.per_file_radio = QRadioButton(self.tr("One PDF per &patient, in a folder"))
        self.combined_radio = QRadioButton(self.tr("All cards on &sheets, in one PDF"))
        self.per_file_radio.setChecked(True)
        self.output_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse..."))
        browse.clicked.connect(self._choose_output)
        row = QHBoxLayout()
        row.addWidget(self.output_edit, 1)
        row.addWidget(browse)
        self.pattern_edit = QLineEdit(DEFAULT_PATTERN)
        self.paper_combo = QComboBox()
        for key, size in SHEET_SIZES.items():
            self.paper_combo.addItem(size.label, key)
        self.duplex_combo = QComboBox()
        for duplex, label in (
            (Duplex.LONG_EDGE, self.tr("Both sides, turn on the long edge")),
            (Duplex.SHORT_EDGE, self.tr("Both sides, turn on the short edge")),
            (Duplex.NONE, self.tr("One side")),
        ):
            self.duplex_combo.addItem(label, duplex.value)
        self.start_spin = QSpinBox(minimum=1, maximum=99)
        self.overwrite_check = QCheckBox(self.tr("Replace e&xisting files"))
        self.pdfx_check = QCheckBox(self.tr("PDF/X for a print shop (CMYK, FOGRA39)"))
        for label, widget in (
            ("", self.per_file_radio),
            ("", self.combined_radio),
            (self.tr("S&ave to:"), row),
            (self.tr("F&ile names:"), self.pattern_edit),
            (self.tr("Pape&r:"), self.paper_combo),
            (self.tr("Printin&g:"), self.duplex_combo),
            (self.tr("Start at positio&n:"), self.start_spin),
            ("", self.overwrite_check),
            ("", self.pdfx_check),
        ):
            form.addRow(label, widget)
        named = (
            (self.output_edit, self.tr("S&ave to:")),
            (self.pattern_edit, self.tr("F&ile names:")),
            (self.paper_combo, self.tr("Pape&r:")),
            (self.duplex_combo, self.tr("Printin&g:")),
            (self.start_spin, self.tr("Start at positio&n:")),
        )
        for widget, text in named:
            widget.setAccessibleName(text.replace("&", "").rstrip(": "))
        save_label = form.labelForField(row)
        if isinstance(save_label, QLabel):
            save_label.setBuddy(self.output_edit)
        self.combined_radio.toggled.connect(self._output_mode)
        self._output_mode(False)
        return box

    def _output_mode(self, combined: bool) -> None:
        self.pattern_edit.setEnabled(not combined)
        for widget in (self.paper_combo, self.duplex_combo, self.start_spin):
            widget.setEnabled(combined)

    def options(self) -> BatchOptions:
        """The batch the dialog describes."""
        combined = self.combined_radio.isChecked()
        output = Path(self.output_edit.text()) if self.output_edit.text() else None
        return BatchOptions(
            input=Path(self.path_edit.text()),
            defaults=self.defaults_box.request(),
            default_sources=self.defaults_box.sources(),
            output_dir=None if combined else output,
            combined=output if combined else None,
            content_dir=self.content_dir,
            encoding=self.encoding_combo.currentData() or None,
            delimiter=self.delimiter_combo.currentData() or None,
            sheet_name=self.worksheet_combo.currentText() or None,
            column_map=self._column_map(),
            date_order=DateOrder(self.date_order_combo.currentData()),
            name_pattern=self.pattern_edit.text() or DEFAULT_PATTERN,
            paper=str(self.paper_combo.currentData()),
            duplex=Duplex(self.duplex_combo.currentData()),
            start=self.start_spin.value(),
            overwrite=self.overwrite_check.isChecked(),
            pdfx=self.pdfx_check.isChecked(),
        )

    def _column_map(self) -> dict[str, str]:
        mapping: dict[str, str] = {}
        for row in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(row, 1)
            if isinstance(combo, QComboBox):
                # Columns by number ('#3'): headings may repeat or be empty.
                mapping[f"#{row + 1}"] = str(combo.currentData())
        return mapping

    def _choose_input(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Patient list"), "", self.tr("Patient lists (*.csv *.txt *.xlsx)")
        )
        if path:
            self.load(Path(path))

    def _choose_output(self) -> None:
        if self.combined_radio.isChecked():
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Cards"), "", "PDF (*.pdf)")
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Folder for the cards"))
        if path:
            self.output_edit.setText(path)

    def load(self, path: Path) -> None:
        """Read a list afresh: detected settings, automatic mapping."""
        self.path_edit.setText(str(path))
        self.encoding_combo.setCurrentIndex(0)
        self.delimiter_combo.setCurrentIndex(0)
        self.worksheet_combo.clear()
        self.mapping_table.setRowCount(0)
        self._mapped_headers = None
        self.reload()

    def reload(self) -> None:
        """Read the list with the current settings (off the GUI thread)."""
        options = self.options()
        self._start(lambda progress, cancel: preview_table(options), self._show_preview)

    def start_check(self) -> None:
        """Check every row as the export will."""
        options, content_dir = self.options(), self.content_dir
        self._start(
            lambda progress, cancel: check_rows(
                options, load_library(content_dir, printable_codepoints()), progress, cancel
            ),
            self._show_check,
        )

    def start_export(self) -> None:
        """Write the cards and the report."""
        options = self.options()
        if options.output_dir is None and options.combined is None:
            self.status_label.setText(self.tr("Choose where to save the cards."))
            return
        self._start(
            lambda progress, cancel: run_batch(options, progress, cancel), self._show_summary
        )

    def cancel(self) -> None:
        """Stop after the cards in progress."""
        if self._task is not None:
            self._task.cancel_event.set()
            self.status_label.setText(self.tr("Cancelling: finishing the cards in progress..."))

    def open_output_folder(self) -> None:
        """Show the folder with the cards in the system's file manager."""
        options = self.options()
        folder = options.output_dir or (options.combined.parent if options.combined else None)
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _start(self, work: Callable[..., object], done: Callable[[Any], None]) -> None:
        if self._task is not None or not self.path_edit.text():
            return
        task = _Task(self, work)
        task.progressed.connect(self._show_progress)
        task.succeeded.connect(done)
        # A method, not a lambda: a lambda would run in the worker thread and touch widgets.
        task.failed.connect(self._show_failure)
        task.finished.connect(self._task_finished)
        self._task = task
        self._set_busy(True)
        task.start()

    def _show_failure(self, message: str) -> None:
        self.status_label.setText(message)

    def _task_finished(self) -> None:
        if self._task is not None:
            self._task.deleteLater()
        self._task = None
        self._set_busy(False)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.check_button, self.export_button):
            button.setEnabled(not busy and self.preview is not None)
        self.cancel_button.setEnabled(busy)
        self.open_button.setEnabled(not busy and self.summary is not None)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _show_preview(self, preview: TablePreview) -> None:
        self.preview = preview
        info = preview.info
        if info.kind == "csv":
            detected = self.tr("Detected: %1")
            delimiter = delimiter_word(info.delimiter)
            text = _args(self.tr("Read as %1, delimiter %2."), info.encoding, delimiter)
            self.encoding_combo.setItemText(0, _args(detected, info.encoding))
            self.delimiter_combo.setItemText(0, _args(detected, delimiter))
            for combo in (self.encoding_combo, self.delimiter_combo):
                # The layout may not squeeze the detection: 'Detected: winc' misleads.
                combo.setMinimumWidth(combo.sizeHint().width())
            if not info.encoding_confident:
                text += " " + self.tr("The encoding is uncertain: check the names below.")
        else:
            text = _args(self.tr("Worksheet '%1'."), info.sheet)
            if self.worksheet_combo.count() == 0:
                self.worksheet_combo.addItems(list(info.sheets))
        if preview.mapping_problem:
            text += " " + self.tr("Choose the column with the patient's name.")
        self.status_label.setText(text)
        self._fill_mapping(preview)
        headers = list(preview.mapping.headers)
        self.rows_table.setColumnCount(len(headers))
        self.rows_table.setHorizontalHeaderLabels(headers)
        self.rows_table.setRowCount(len(preview.rows))
        for r, record in enumerate(preview.rows):
            for c, cell in enumerate(record.cells[: len(headers)]):
                self.rows_table.setItem(r, c, QTableWidgetItem(cell_text(cell)))

    def _fill_mapping(self, preview: TablePreview) -> None:
        mapping = preview.mapping
        if self._mapped_headers == mapping.headers:
            return  # same columns: the user's choices stay
        self._mapped_headers = mapping.headers
        self.mapping_table.setRowCount(len(mapping.headers))
        for row, field in enumerate(mapping.fields):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(mapping.label(row)))
            combo = QComboBox()
            combo.addItem(self.tr("(not used)"), IGNORE)
            for name in (*FIELDS, *NAME_PARTS):
                combo.addItem(column_word(name), name)
            combo.setCurrentIndex(max(0, combo.findData(field or IGNORE)))
            combo.setAccessibleName(
                _args(self.tr("Card field for the column %1"), mapping.label(row))
            )
            self.mapping_table.setCellWidget(row, 1, combo)

    def _show_check(self, result: CheckResult) -> None:
        self.check_result = result
        self._fill_problems(result.problems)
        text = self.tr("%1 rows ready, %2 rejected, %3 blank rows skipped.")
        self.status_label.setText(_args(text, result.ready, result.rejected_rows, result.skipped))

    def _show_summary(self, summary: BatchSummary) -> None:
        self.summary = summary
        self._fill_problems(summary.rejected)
        text = _args(
            self.tr("Produced %1, rejected %2, skipped %3, not done %4. Report: %5"),
            summary.produced,
            summary.rejected_rows,
            summary.skipped,
            summary.not_done,
            summary.report or "-",
        )
        if summary.output_error:
            text += " " + _args(self.tr("The export stopped: %1"), summary.output_error)
        if summary.report_error:
            text += " " + _args(self.tr("The report was not written: %1"), summary.report_error)
        if summary.cancelled:
            cancelled = (
                self.tr("Cancelled; nothing in the discarded PDF counts as made.")
                if self.combined_radio.isChecked()
                else self.tr("Cancelled; only complete files were kept.")
            )
            text = cancelled + " " + text
        self.status_label.setText(text)

    def _fill_problems(self, problems: list[Any]) -> None:
        if problems:
            self.tabs.setCurrentWidget(self.problems_table)
        self.problems_table.setRowCount(len(problems))
        for row, problem in enumerate(problems):
            reason = describe_row_problem(problem)
            for col, value in enumerate((problem.line, problem.column, reason)):
                self.problems_table.setItem(row, col, QTableWidgetItem(str(value)))

    def _stop_and_wait(self) -> None:
        if self._task is not None:
            self._task.cancel_event.set()
            self._task.wait()

    def reject(self) -> None:
        """Closing while exporting cancels and waits for the cards in progress."""
        self._stop_and_wait()
        super().reject()

    def closeEvent(self, event: Any) -> None:
        """As ``reject``: only complete files are left."""
        self._stop_and_wait()
        super().closeEvent(event)
