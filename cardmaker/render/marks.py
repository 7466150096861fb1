"""Printer's marks outside the bleed: crop marks at the trim corners and fold marks."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cardmaker.render.style import (
    CROP_MARK_LENGTH_MM,
    CROP_MARK_OFFSET_MM,
    MARK,
    MARK_LINE_PT,
)


def draw_crop_marks(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Marks on the trim lines of the box at (x, y), starting beyond the bleed."""
    offset, length = CROP_MARK_OFFSET_MM * mm, CROP_MARK_LENGTH_MM * mm
    canvas.saveState()
    canvas.setStrokeColor(MARK)
    canvas.setLineWidth(MARK_LINE_PT)
    for cx in (x, x + width):
        for cy, direction in ((y, -1), (y + height, 1)):
            canvas.line(cx, cy + direction * offset, cx, cy + direction * (offset + length))
    for cy in (y, y + height):
        for cx, direction in ((x, -1), (x + width, 1)):
            canvas.line(cx + direction * offset, cy, cx + direction * (offset + length), cy)
    canvas.restoreState()


def draw_fold_marks(canvas: Canvas, fold_x: float, y: float, height: float) -> None:
    """Dashed marks on the fold line above and below the trim, outside the bleed."""
    offset, length = CROP_MARK_OFFSET_MM * mm, CROP_MARK_LENGTH_MM * mm
    canvas.saveState()
    canvas.setStrokeColor(MARK)
    canvas.setLineWidth(MARK_LINE_PT)
    canvas.setDash(1.5, 1.0)
    canvas.line(fold_x, y - offset, fold_x, y - offset - length)
    canvas.line(fold_x, y + height + offset, fold_x, y + height + offset + length)
    canvas.restoreState()
