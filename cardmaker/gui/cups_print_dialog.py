"""The program's own print dialog for CUPS: printer, paper, copies and how both sides print."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cardmaker.gui.cups_queues import Queue
from cardmaker.gui.form_rows import style_as_note

PAPER_SIZES = ("A4", "Letter")
MAX_COPIES = 99


class Sides(Enum):
    """How the card's second page reaches the back of the sheet."""

    PRINTER = "printer"  # the printer turns the sheet itself
    MANUAL = "manual"  # the outside prints, the user turns the sheet, the inside prints
    ONE_SIDED = "one-sided"  # every page on its own sheet


@dataclass(frozen=True)
class PrintChoice:
    """What the user chose in the dialog."""

    queue: str
    paper: str
    copies: int
    sides: Sides


def default_paper() -> str:
    """Letter where the interface locale measures in inches, A4 elsewhere."""
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


class CupsPrintDialog(QDialog):
    """Chooses the queue and the options; the card's pages are never scaled."""

    def __init__(
        self,
        parent: QWidget | None,
        queues: list[Queue],
        offset_mm: tuple[float, float],
        two_sided: bool,
        title: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._queues = queues
        self.printer = QComboBox()
        for queue in queues:
            text = (
                queue.description
                if queue.description == queue.name
                else (f"{queue.description} ({queue.name})")
            )
            self.printer.addItem(text, queue.name)
        self.paper = QComboBox()
        for size in PAPER_SIZES:
            self.paper.addItem(size, size)
        self.paper.setCurrentIndex(PAPER_SIZES.index(default_paper()))
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.sides = QComboBox()
        self.sides.addItem(self.tr("Both sides: the printer turns the sheet"), Sides.PRINTER.value)
        self.sides.addItem(self.tr("Both sides: I turn the sheet by hand"), Sides.MANUAL.value)
        self.sides.addItem(self.tr("One side: each page on its own sheet"), Sides.ONE_SIDED.value)
        self.duplex_note = QLabel()
        self.duplex_note.setWordWrap(True)
        style_as_note(self.duplex_note)
        locale = QLocale()
        offset = QLabel(
            self.tr(
                "Printed at true size, never fitted to the page. Printer offset from Settings: "
                "%1 mm across, %2 mm down."
            )
            .replace("%1", locale.toString(offset_mm[0], "f", 1))
            .replace("%2", locale.toString(offset_mm[1], "f", 1))
        )
        offset.setWordWrap(True)
        style_as_note(offset)
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Printer:"), self.printer),
            (self.tr("P&aper:"), self.paper),
            (self.tr("&Copies:"), self.copies),
        ]
        if two_sided:
            rows.append((self.tr("&Sides:"), self.sides))
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        if two_sided:
            form.addRow(self.duplex_note)
        else:
            self.sides.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Print"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(offset)
        layout.addWidget(buttons)
        self.printer.currentIndexChanged.connect(self._printer_changed)
        self._printer_changed()

    def _printer_changed(self) -> None:
        """Without a duplex unit the sheet is turned by hand (offered, never assumed)."""
        queue = self._queue()
        if queue is None:
            return
        wanted = Sides.PRINTER if queue.has_duplex else Sides.MANUAL
        self.sides.setCurrentIndex(self.sides.findData(wanted.value))
        self.duplex_note.setText(
            ""
            if queue.has_duplex
            else self.tr(
                "This printer does not print both sides itself: the outside prints first, "
                "then the program shows how to put the sheet back for the inside."
            )
        )
        self.duplex_note.setVisible(not queue.has_duplex)

    def _queue(self) -> Queue | None:
        index = self.printer.currentIndex()
        return self._queues[index] if 0 <= index < len(self._queues) else None

    def choice(self) -> PrintChoice:
        """The choices as they stand."""
        return PrintChoice(
            queue=str(self.printer.currentData()),
            paper=str(self.paper.currentData()),
            copies=self.copies.value(),
            sides=Sides(self.sides.currentData()),
        )
