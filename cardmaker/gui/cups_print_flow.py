"""Print and Print calibration page through CUPS: the PDF itself, at true size.

The card goes to the queue as the bytes Save writes (vector, fonts embedded, a few tens of
kilobytes). CUPS centres it on the sheet; a printer offset from Settings moves it by the
same amount as it moves the calibration page's outline (``sheet_shift``). Pages are kept
upright on the portrait sheet (``nopdfAutoRotate``), where the calibration page draws the
card's outline, so the second page reaches the back when the sheet turns on its long edge,
as a card turned over its vertical axis (see ``render.imposition``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from cardmaker.gui.card_printing import paint_calibration, pdf_page_sizes
from cardmaker.gui.cups_print_dialog import CupsPrintDialog, PrintChoice, Sides
from cardmaker.gui.cups_queues import TRUE_SIZE_OPTIONS, CupsError, CupsPrinting, PrintJob
from cardmaker.gui.sheet_shift import shift_on_sheet

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# Upright on the sheet, as the calibration page shows it (cups-filters rotates otherwise).
PLACEMENT_OPTIONS = {"nopdfAutoRotate": "true"}
CALIBRATION_DPI = 1200


def job_options(choice: PrintChoice, pages: str = "") -> dict[str, str]:
    """The ``lp`` options for a choice: true size, the paper, both sides or one."""
    options = {**TRUE_SIZE_OPTIONS, **PLACEMENT_OPTIONS, "media": choice.paper}
    if choice.sides is Sides.PRINTER:
        options["sides"] = "two-sided-long-edge"
    else:
        options["sides"] = "one-sided"
    if choice.copies > 1:
        options["collate"] = "true"
    if pages:
        options["page-ranges"] = pages
    return options


class CupsPrintFlow(QObject):
    """Asks in the program's own dialog, then hands the PDF to ``lp``."""

    def __init__(self, cups: CupsPrinting, parent: QWidget) -> None:
        super().__init__(parent)
        self.cups = cups
        self._parent = parent
        # Jobs sent in this session with their CUPS ids, newest last.
        self.sent: list[tuple[str, PrintJob]] = []

    def _ask(
        self, offset_mm: tuple[float, float], two_sided: bool, title: str
    ) -> PrintChoice | None:
        try:
            queues = self.cups.queues()
        except CupsError as exc:
            self._failed(str(exc))
            return None
        if not queues:
            QMessageBox.warning(
                self._parent,
                self.tr("No printer"),
                self.tr("No printer is set up. Add one in the system's printer settings."),
            )
            return None
        dialog = CupsPrintDialog(self._parent, queues, offset_mm, two_sided, title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def print_card(self, pdf: bytes, offset_mm: tuple[float, float]) -> bool:
        """Both pages of the card; True when every part was sent."""
        choice = self._ask(offset_mm, True, self.tr("Print card"))
        if choice is None:
            return False
        data = shift_on_sheet(pdf, offset_mm)
        title = self.tr("ONJ patient reminder card")
        if choice.sides is not Sides.MANUAL:
            return self._send(
                PrintJob(data, choice.queue, title, choice.copies, job_options(choice))
            )
        count = len(pdf_page_sizes(pdf))
        odd = ",".join(str(n) for n in range(1, count + 1, 2))
        even = ",".join(str(n) for n in range(2, count + 1, 2))
        if not self._send(
            PrintJob(data, choice.queue, title, choice.copies, job_options(choice, odd))
        ):
            return False
        if not even or not self._turn_sheet(choice.copies):
            return False
        return self._send(
            PrintJob(data, choice.queue, title, choice.copies, job_options(choice, even))
        )

    def _turn_sheet(self, copies: int) -> bool:
        """Tell how to put the printed sheets back; True when the user is ready."""
        answer = QMessageBox.question(
            self._parent,
            self.tr("Turn the sheet over"),
            self.tr(
                "The outside of the card is printing (%n sheet(s)). When it has come out, put "
                "the sheet back into the paper tray turned over on its long edge, like the page "
                "of a book, so that the left and right edges swap and the top stays at the top. "
                "Then choose OK to print the inside on the back.",
                "",
                copies,
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Ok,
        )
        return answer == QMessageBox.StandardButton.Ok

    def print_calibration(
        self,
        page_pt: tuple[float, float],
        trim_mm: tuple[float, float],
        offset_mm: tuple[float, float],
        caption_for: Callable[[float, float], str],
    ) -> bool:
        """The calibration sheet as a PDF of the paper's size, placed 1:1 by CUPS."""
        choice = self._ask(offset_mm, False, self.tr("Print calibration page"))
        if choice is None:
            return False
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(CALIBRATION_DPI)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(PAGE_SIZES[choice.paper]),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        writer.setTitle(self.tr("cardmaker calibration page"))
        sheet_mm = writer.pageLayout().fullRect(QPageLayout.Unit.Millimeter).size()
        caption = caption_for(sheet_mm.width(), sheet_mm.height())
        try:
            paint_calibration(writer, page_pt, trim_mm, offset_mm, caption)
        except OSError as exc:
            self._failed(str(exc))
            return False
        finally:
            buffer.close()
        choice_one = PrintChoice(choice.queue, choice.paper, choice.copies, Sides.ONE_SIDED)
        return self._send(
            PrintJob(
                bytes(data.data()),
                choice.queue,
                self.tr("cardmaker calibration page"),
                choice.copies,
                job_options(choice_one),
            )
        )

    def _send(self, job: PrintJob) -> bool:
        stopped = self.cups.stopped_reason(job.queue)
        if stopped is not None:
            # CUPS would queue the job and report success while nothing comes out.
            detail = self.tr(
                "The printer “%1” is stopped, so the card would only wait in its queue. "
                "Start it in the system's printer settings, or choose another printer."
            ).replace("%1", job.queue)
            self._failed(f"{detail} ({stopped})" if stopped else detail)
            return False
        try:
            job_id = self.cups.submit(job)
        except CupsError as exc:
            self._failed(str(exc))
            return False
        self.sent.append((job_id, job))
        return True

    def _failed(self, detail: str) -> None:
        QMessageBox.critical(
            self._parent,
            self.tr("Printing failed"),
            self.tr("The card could not be printed: %1").replace("%1", detail),
        )
