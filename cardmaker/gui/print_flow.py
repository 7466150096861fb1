"""The Print and Print calibration page commands: printer set-up, Qt's print dialog, painting."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from cardmaker.core.model import CardFormat
from cardmaker.gui.card_printing import page_fits, paint_calibration, paint_pdf, pdf_page_sizes
from cardmaker.gui.cups_print_flow import CupsPrintFlow
from cardmaker.gui.cups_queues import CupsPrinting
from cardmaker.render.style import FORMAT_STYLES, MARK_AREA_MM

MM_PER_POINT = 25.4 / 72.0
# Pages are painted upright on a portrait sheet, so a card turned over its vertical axis
# (how the second page is designed, see render.imposition) is a sheet turned on its long edge.
DUPLEX = QPrinter.DuplexMode.DuplexLongSide


class PrintFlow(QObject):
    """Asks for a printer and prints the card's PDF pages at true size.

    Where CUPS runs, the PDF itself goes to the queue (``cups``); elsewhere the pages are
    rasterised at the printer's resolution through Qt's print dialog.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._cups: CupsPrintFlow | None = None
        self._cups_checked = False

    @property
    def cups(self) -> CupsPrintFlow | None:
        """Printing through CUPS, looked for at the first print (None: not on this machine)."""
        if not self._cups_checked:
            found = CupsPrinting.find()
            self._cups = CupsPrintFlow(found, self._parent) if found is not None else None
            self._cups_checked = True
        return self._cups

    @cups.setter
    def cups(self, flow: CupsPrintFlow | None) -> None:
        self._cups = flow
        self._cups_checked = True

    def make_printer(self) -> QPrinter:
        """A printer at its full resolution whose painter origin is the sheet's corner."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        return printer

    def _ask(self, printer: QPrinter, title: str) -> bool:
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(title)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintShowPageSize, True)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_card(
        self,
        pdf: bytes,
        card_format: CardFormat,
        offset_mm: tuple[float, float],
        printer: QPrinter | None = None,
    ) -> bool:
        """Print both pages; duplex is preset for the format and can be changed in the dialog."""
        if printer is None and self.cups is not None:
            return self.cups.print_card(pdf, offset_mm)
        printer = printer or self.make_printer()
        printer.setDocName(self.tr("ONJ patient reminder card"))
        printer.setDuplex(DUPLEX)
        if not self._ask(printer, self.tr("Print card")):
            return False
        if not all(page_fits(printer, size) for size in pdf_page_sizes(pdf)):
            QMessageBox.warning(
                self._parent,
                self.tr("Paper too small"),
                self.tr(
                    "The card does not fit on the chosen paper at its true size. "
                    "Choose a larger paper size (A4 or Letter); cards are never shrunk to fit."
                ),
            )
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paint_pdf(printer, pdf, offset_mm)
        except OSError as exc:
            self._failed(str(exc))
            return False
        finally:
            QApplication.restoreOverrideCursor()
        return True

    def print_calibration(
        self,
        card_format: CardFormat,
        offset_mm: tuple[float, float],
        printer: QPrinter | None = None,
    ) -> bool:
        """A millimetre grid and the card's trim outline, to measure the printer's offset."""
        style = FORMAT_STYLES[card_format]
        trim = (style.page_w_mm, style.panel_h_mm)
        page = tuple((side + 2 * MARK_AREA_MM) / MM_PER_POINT for side in trim)

        def caption_for(sheet_w_mm: float, sheet_h_mm: float) -> str:
            return self._calibration_caption(sheet_w_mm, sheet_h_mm, trim, offset_mm)

        if printer is None and self.cups is not None:
            return self.cups.print_calibration((page[0], page[1]), trim, offset_mm, caption_for)
        printer = printer or self.make_printer()
        printer.setDocName(self.tr("cardmaker calibration page"))
        printer.setDuplex(QPrinter.DuplexMode.DuplexNone)
        if not self._ask(printer, self.tr("Print calibration page")):
            return False
        sheet_mm = printer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
        caption = caption_for(sheet_mm.width(), sheet_mm.height())
        try:
            paint_calibration(printer, (page[0], page[1]), trim, offset_mm, caption)
        except OSError as exc:
            self._failed(str(exc))
            return False
        return True

    def _calibration_caption(
        self,
        sheet_w_mm: float,
        sheet_h_mm: float,
        trim: tuple[float, float],
        offset_mm: tuple[float, float],
    ) -> str:
        left = (sheet_w_mm - trim[0]) / 2
        top = (sheet_h_mm - trim[1]) / 2
        caption = self.tr(
            "Calibration page. The red outline is where the card is trimmed; it should be "
            "%1 mm from the left edge and %2 mm from the top edge of the sheet. Measure both "
            "with a ruler. If the outline is too far right or down, lower the offset in "
            "Settings by the difference; if it is too far left or up, raise it. "
            "Current offset: %3 mm across, %4 mm down. Grid lines are 1 mm apart."
        )
        locale = QLocale()
        return (
            caption.replace("%1", locale.toString(left, "f", 1))
            .replace("%2", locale.toString(top, "f", 1))
            .replace("%3", locale.toString(offset_mm[0], "f", 1))
            .replace("%4", locale.toString(offset_mm[1], "f", 1))
        )

    def _failed(self, detail: str) -> None:
        QMessageBox.critical(
            self._parent,
            self.tr("Printing failed"),
            self.tr("The card could not be printed: %1").replace("%1", detail),
        )
