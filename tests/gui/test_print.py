"""Print puts the card's own PDF pages on paper at true size, never fitted, offset applied."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image
from PySide6.QtCore import QMarginsF, QSize
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

import cardmaker.gui.card_printing as card_printing
from cardmaker.core.model import CardFormat
from cardmaker.gui.card_printing import render_band
from cardmaker.gui.main_window import MainWindow
from cardmaker.gui.preview_job import on_white, open_pdf
from cardmaker.render.style import CROP_MARK_LENGTH_MM, CROP_MARK_OFFSET_MM, MARK_AREA_MM
from tests.gui.conftest import wait_for_preview
from tests.gui.helpers import type_text

DPI = 200
MM_PER_INCH = 25.4
# Crop marks end this far outside the trim.
MARK_REACH_MM = CROP_MARK_OFFSET_MM + CROP_MARK_LENGTH_MM


def pdf_file_printer(path: Path, dpi: int = 600) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    return printer


def dark_box_mm(image: Image.Image) -> tuple[float, float, float, float]:
    """Left, top, right, bottom of everything printed, in mm from the sheet's corner."""
    mask = image.convert("L").point(lambda value: 255 if value < 160 else 0)
    box = mask.getbbox()
    assert box is not None
    return tuple(v / DPI * MM_PER_INCH for v in box)  # type: ignore[return-value]


def rasterise_pages(path_or_bytes: Path | bytes) -> list[tuple[Image.Image, tuple[float, float]]]:
    document = pdfium.PdfDocument(path_or_bytes)
    pages = []
    for index in range(len(document)):
        page = document[index]
        image = page.render(scale=DPI / 72).to_pil()
        width, height = page.get_size()
        pages.append((image, (width / 72 * MM_PER_INCH, height / 72 * MM_PER_INCH)))
    return pages


@pytest.fixture
def printed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, bytes]:
    """The card printed to a PDF file through the Print command, with a printer offset."""
    settings = replace(window.settings, printer_offset_x_mm=2.0, printer_offset_y_mm=-1.5)
    monkeypatch.setattr(window, "_settings", settings)
    window.state.update(card_format=CardFormat.ID1_BIFOLD)  # measured below: 171.2 mm
    type_text(window.form.texts["patient_name"], "Mary O'Brien")
    wait_for_preview(qtbot, window)
    output = tmp_path / "printed.pdf"
    printer = pdf_file_printer(output)
    monkeypatch.setattr(window.print_flow, "make_printer", lambda: printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    # Small bands, so the banded rasterising is what is measured.
    monkeypatch.setattr(card_printing, "MAX_BAND_PIXELS", 1_000_000)
    # A PDF file has no duplex; record what a real printer would be asked for.
    duplex: list[QPrinter.DuplexMode] = []
    monkeypatch.setattr(printer, "setDuplex", duplex.append)
    window.commands.print.trigger()
    # Upright on a portrait sheet: the card turns over its vertical axis, the sheet on its
    # long edge.
    assert duplex == [QPrinter.DuplexMode.DuplexLongSide]
    pdf = window.card_bytes()
    assert pdf is not None
    return output, pdf


def test_print_puts_the_card_on_the_page_at_its_true_size(printed: tuple[Path, bytes]) -> None:
    output, card = printed
    sheets = rasterise_pages(output)
    originals = rasterise_pages(card)
    assert len(sheets) == len(originals) == 2
    for (sheet, sheet_mm), (original, page_mm) in zip(sheets, originals, strict=True):
        assert sheet_mm == pytest.approx((210.0, 297.0), abs=0.5)  # A4, not the card's size
        left, top, right, bottom = dark_box_mm(sheet)
        o_left, o_top, o_right, o_bottom = dark_box_mm(original)
        # Same size as the card's own page: not fitted, not scaled.
        assert right - left == pytest.approx(o_right - o_left, abs=0.3)
        assert bottom - top == pytest.approx(o_bottom - o_top, abs=0.3)
        # The crop marks span the trim plus the marks on both sides: the trim is true size.
        trim_width = right - left - 2 * MARK_REACH_MM
        assert trim_width == pytest.approx(171.2, abs=0.3)
        assert bottom - top - 2 * MARK_REACH_MM == pytest.approx(53.98, abs=0.3)
        # Centred on the sheet, then shifted by the printer offset (2 mm right, 1.5 mm up).
        expected_left = (210.0 - page_mm[0]) / 2 + 2.0 + o_left
        expected_top = (297.0 - page_mm[1]) / 2 - 1.5 + o_top
        assert left == pytest.approx(expected_left, abs=0.3)
        assert top == pytest.approx(expected_top, abs=0.3)
    assert MARK_AREA_MM > MARK_REACH_MM


def test_calibration_page_prints_a_grid_and_the_trim_outline(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "calibration.pdf"
    printer = pdf_file_printer(output, dpi=300)
    monkeypatch.setattr(window.print_flow, "make_printer", lambda: printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.state.update(card_format=CardFormat.ID1_BIFOLD)  # measured below: 171.2 mm
    window.commands.print_calibration.trigger()
    (sheet, size_mm), *rest = rasterise_pages(output)
    assert not rest
    assert size_mm == pytest.approx((210.0, 297.0), abs=0.5)
    red = sheet.convert("RGB").point(lambda v: v)
    pixels = red.load()
    assert pixels is not None
    # The red trim outline: its left edge where a centred card's trim starts.
    y = round(297.0 / 2 / MM_PER_INCH * DPI)
    row = [x for x in range(red.width) if _is_red(pixels[x, y])]
    assert row
    assert row[0] / DPI * MM_PER_INCH == pytest.approx((210.0 - 171.2) / 2, abs=0.4)
    assert row[-1] / DPI * MM_PER_INCH == pytest.approx((210.0 + 171.2) / 2, abs=0.4)


def _is_red(pixel: object) -> bool:
    r, g, b = pixel  # type: ignore[misc]
    return bool(r > 150 and g < 100 and b < 100)


def test_print_is_not_offered_for_an_invalid_card(window: MainWindow) -> None:
    assert not window.commands.print.isEnabled()
    window.print_card()  # refused without any dialog


def test_banded_rasterising_matches_one_piece(window: MainWindow, qtbot: QtBot) -> None:
    """QtPdf's clip rectangle quirk is corrected: bands join without a seam or a stretch."""
    pdf = window.last_preview.pdf  # type: ignore[union-attr]
    document, buffer = open_pdf(pdf)
    full = QSize(900, 342)
    whole = on_white(document.render(0, full))
    for top, height in ((0, 100), (100, 100), (200, 142)):
        band = on_white(render_band(document, 0, full, top, height))
        assert band == whole.copy(0, top, full.width(), height)
    document.close()
    buffer.close()
