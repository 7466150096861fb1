"""One preview render, run on a worker thread: the card's PDF bytes, then QtPdf's images of them.

While the form has problems, the preview shows the card with the problem fields left blank
(as a card would look before it is written on); such bytes are never saved or printed.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QRunnable, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument

from cardmaker.core.errors import CardmakerError
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardRequest
from cardmaker.render.card import prepare_preview, render_prepared

POINTS_PER_INCH = 72.0
# Space around the pages in the preview, and the frame drawn round each, in logical pixels.
PAGE_MARGIN_PX = 12
PAGE_FRAME_PX = 1
# reportlab keeps process-wide state (fonts, subsets); one card is drawn at a time.
RENDER_LOCK = threading.Lock()


@dataclass(frozen=True)
class ViewSpec:
    """How big the pages are drawn: a zoom factor (1.0 = true size) or fit to the viewport."""

    fit: bool = True
    zoom: float = 1.0
    viewport_width: int = 600
    viewport_height: int = 400
    device_pixel_ratio: float = 1.0
    logical_dpi: float = 96.0


@dataclass(frozen=True)
class PreviewResult:
    """What one job produced; ``error`` set means there is nothing to show."""

    generation: int
    request: CardRequest
    library: CardLibrary
    view: ViewSpec
    pdf: bytes = b""
    # True when ``pdf`` is the complete card (what Save writes), not a blanked preview.
    complete: bool = False
    images: tuple[QImage, ...] = ()
    zoom: float = 1.0
    error: Exception | None = None
    page_sizes_pt: tuple[tuple[float, float], ...] = ()


def open_pdf(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """A QtPdf document reading the bytes in memory (keep the buffer while it is used)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        raise CardmakerError(f"the PDF could not be read for the preview ({document.error()})")
    return document, buffer


def fit_zoom(sizes_pt: Sequence[tuple[float, float]], view: ViewSpec) -> float:
    """The zoom at which every page fits the viewport."""
    border = 2 * (PAGE_MARGIN_PX + PAGE_FRAME_PX) + 1
    width = max(1, view.viewport_width - border)
    height = max(1, view.viewport_height - border)
    pixels_per_point = view.logical_dpi / POINTS_PER_INCH
    return min(
        min(width / (w * pixels_per_point), height / (h * pixels_per_point)) for w, h in sizes_pt
    )


PageSizes = tuple[tuple[float, float], ...]


def document_page_sizes(document: QPdfDocument) -> PageSizes:
    """Each page's size in points."""
    sizes = (document.pagePointSize(i) for i in range(document.pageCount()))
    return tuple((size.width(), size.height()) for size in sizes)


def rasterise(pdf: bytes, view: ViewSpec) -> tuple[tuple[QImage, ...], float, PageSizes]:
    """Every page drawn by QtPdf on white at the view's zoom and device pixel ratio."""
    document, buffer = open_pdf(pdf)
    try:
        sizes = document_page_sizes(document)
        zoom = fit_zoom(sizes, view) if view.fit else view.zoom
        scale = view.logical_dpi / POINTS_PER_INCH * zoom * view.device_pixel_ratio
        images = []
        for index, (width, height) in enumerate(sizes):
            pixels = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
            images.append(on_white(document.render(index, pixels)))
        return tuple(images), zoom, tuple(sizes)
    finally:
        document.close()
        buffer.close()


def on_white(image: QImage) -> QImage:
    """QtPdf leaves unpainted paper transparent; the preview shows it as white paper."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


class PreviewSignals(QObject):
    """Carries a job's result back to the GUI thread."""

    finished = Signal(object)


class PreviewJob(QRunnable):
    """Render the card (unless its bytes are given) and rasterise it for the preview."""

    def __init__(
        self,
        generation: int,
        request: CardRequest,
        library: CardLibrary,
        view: ViewSpec,
        signals: PreviewSignals,
        cached: tuple[bytes, bool] | None = None,
    ) -> None:
        super().__init__()
        self._result = PreviewResult(generation, request, library, view)
        self._signals = signals
        self._cached = cached

    def run(self) -> None:
        """Runs on a pool thread; never raises."""
        result = self._result
        try:
            if self._cached is None:
                with RENDER_LOCK:
                    card, complete = prepare_preview(result.request, result.library)
                    pdf = render_prepared(card)
            else:
                pdf, complete = self._cached
            images, zoom, sizes = rasterise(pdf, result.view)
            result = replace(
                result, pdf=pdf, complete=complete, images=images, zoom=zoom, page_sizes_pt=sizes
            )
        except Exception as exc:  # typed errors and bugs alike must reach the window
            result = replace(result, error=exc)
        self._signals.finished.emit(result)
