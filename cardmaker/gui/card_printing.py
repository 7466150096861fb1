"""Painting the card onto a printer at true size, from the PDF's own pages.

The pages are rasterised at the printer's resolution, centred on the paper and shifted by
the printer offset.

Never scaled to fit: a card printed smaller than its true size would not fit a wallet and
its QR code and text would be below their minimum sizes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPdfWriter, QPen
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from cardmaker.gui.preview_job import document_page_sizes, on_white, open_pdf

# What pages are painted on: a printer, or a PDF of the sheet sent to CUPS.
PagedDevice = QPrinter | QPdfWriter
MM_PER_INCH = 25.4
POINTS_PER_INCH = 72.0
# Pages bigger than this many pixels are rasterised in horizontal bands to bound memory.
MAX_BAND_PIXELS = 8_000_000


@dataclass(frozen=True)
class Placement:
    """Where one page lands on the paper, in the printer's device pixels."""

    x: int
    y: int
    width: int
    height: int


def mm_to_px(value_mm: float, dpi: float) -> float:
    """Millimetres to device pixels at ``dpi``."""
    return value_mm / MM_PER_INCH * dpi


def paper_size_px(printer: PagedDevice) -> QSize:
    """The whole sheet in device pixels (the painter's origin is its corner: full page)."""
    return printer.pageLayout().fullRectPixels(printer.resolution()).size()


def place_page(
    printer: PagedDevice, page_pt: tuple[float, float], offset_mm: tuple[float, float]
) -> Placement:
    """A page of the given point size, centred on the paper, shifted by the offset."""
    dpi_x, dpi_y = printer.logicalDpiX(), printer.logicalDpiY()
    width = round(page_pt[0] / POINTS_PER_INCH * dpi_x)
    height = round(page_pt[1] / POINTS_PER_INCH * dpi_y)
    paper = paper_size_px(printer)
    x = round((paper.width() - width) / 2 + mm_to_px(offset_mm[0], dpi_x))
    y = round((paper.height() - height) / 2 + mm_to_px(offset_mm[1], dpi_y))
    return Placement(x, y, width, height)


def page_fits(printer: QPrinter, page_pt: tuple[float, float]) -> bool:
    """True when the page is no larger than the paper."""
    paper = paper_size_px(printer)
    width = page_pt[0] / POINTS_PER_INCH * printer.logicalDpiX()
    height = page_pt[1] / POINTS_PER_INCH * printer.logicalDpiY()
    return width <= paper.width() + 1 and height <= paper.height() + 1


def pdf_page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's size in points."""
    document, buffer = open_pdf(pdf)
    try:
        return list(document_page_sizes(document))
    finally:
        document.close()
        buffer.close()


def render_band(document: QPdfDocument, index: int, full: QSize, top: int, height: int) -> QImage:
    """Rows ``top`` to ``top + height`` of the page rendered at ``full`` size."""
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(full)
    # QtPdf derives the scale from QRect.right()/bottom(), which are one pixel short of
    # left + width; a rectangle one pixel larger than the image makes the band exact.
    options.setScaledClipRect(QRect(0, top, full.width() + 1, height + 1))
    return document.render(index, QSize(full.width(), height), options)


def paint_pdf(printer: QPrinter, pdf: bytes, offset_mm: tuple[float, float]) -> None:
    """Print every page of ``pdf`` at 100 %, one page per sheet (duplex as the printer is set)."""
    document, buffer = open_pdf(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise OSError("the printer could not be started")
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            size = document.pagePointSize(index)
            place = place_page(printer, (size.width(), size.height()), offset_mm)
            full = QSize(place.width, place.height)
            rows = max(1, MAX_BAND_PIXELS // max(1, place.width))
            for top in range(0, place.height, rows):
                height = min(rows, place.height - top)
                if rows >= place.height:
                    band = document.render(index, full)
                else:
                    band = render_band(document, index, full, top, height)
                painter.drawImage(place.x, place.y + top, on_white(band))
    finally:
        painter.end()
        document.close()
        buffer.close()


def paint_calibration(
    printer: PagedDevice,
    page_pt: tuple[float, float],
    trim_mm: tuple[float, float],
    offset_mm: tuple[float, float],
    caption: str,
) -> None:
    """A millimetre grid over the sheet and the card's trim outline where cards will print."""
    dpi_x, dpi_y = printer.logicalDpiX(), printer.logicalDpiY()
    paper = paper_size_px(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # The grid measures the sheet as the program sees it; the outline is where cards go.
        _paint_grid(painter, paper, dpi_x, dpi_y)
        place = place_page(printer, page_pt, offset_mm)
        trim_w, trim_h = mm_to_px(trim_mm[0], dpi_x), mm_to_px(trim_mm[1], dpi_y)
        trim = QRectF(
            place.x + (place.width - trim_w) / 2,
            place.y + (place.height - trim_h) / 2,
            trim_w,
            trim_h,
        )
        painter.setPen(QPen(QColor(200, 0, 0), mm_to_px(0.3, dpi_x)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(trim)
        centre = trim.center()
        arm = mm_to_px(5, dpi_x)
        painter.drawLine(centre - QPointF(arm, 0), centre + QPointF(arm, 0))
        painter.drawLine(centre - QPointF(0, arm), centre + QPointF(0, arm))
        font = QFont()
        font.setPointSizeF(9)
        painter.setFont(QFont(font, printer))
        painter.setPen(QColor(0, 0, 0))
        text_box = QRectF(
            mm_to_px(25, dpi_x),
            trim.bottom() + mm_to_px(12, dpi_y),
            paper.width() - mm_to_px(50, dpi_x),
            mm_to_px(60, dpi_y),
        )
        used = painter.boundingRect(text_box, Qt.TextFlag.TextWordWrap, caption)
        pad = mm_to_px(2, dpi_x)
        painter.fillRect(used.adjusted(-pad, -pad, pad, pad), QColor(255, 255, 255))
        painter.drawText(text_box, Qt.TextFlag.TextWordWrap, caption)
    finally:
        painter.end()


def _paint_grid(painter: QPainter, paper: QSize, dpi_x: float, dpi_y: float) -> None:
    """Lines every millimetre from the sheet's top-left corner, stronger every 5 and 10 mm."""
    width_mm = int(paper.width() / dpi_x * MM_PER_INCH) + 1
    height_mm = int(paper.height() / dpi_y * MM_PER_INCH) + 1
    thin = mm_to_px(0.1, dpi_x)
    font = QFont()
    font.setPointSizeF(6)
    painter.setFont(font)
    axes = ((width_mm, paper.height(), True), (height_mm, paper.width(), False))
    for axis_length, other_length, vertical in axes:
        for value in range(axis_length + 1):
            grey = 120 if value % 10 == 0 else 170 if value % 5 == 0 else 215
            painter.setPen(QPen(QColor(grey, grey, grey), thin * (2 if value % 10 == 0 else 1)))
            position = mm_to_px(value, dpi_x if vertical else dpi_y)
            if vertical:
                painter.drawLine(QPointF(position, 0), QPointF(position, other_length))
            else:
                painter.drawLine(QPointF(0, position), QPointF(other_length, position))
            if value % 10 == 0 and value:
                painter.setPen(QColor(60, 60, 60))
                label_at = mm_to_px(8, dpi_y if vertical else dpi_x)
                if vertical:
                    painter.drawText(QPointF(position + thin * 4, label_at), str(value))
                else:
                    painter.drawText(QPointF(label_at, position - thin * 4), str(value))
