"""Drawing a laid-out card onto a reportlab canvas: shared page forms, then the patient's values.

Everything on a page that is the same for every patient is drawn once per document as a
form XObject and placed by reference, so a batch of a thousand cards carries one copy of
the advice text and the QR code; each card adds only its own field values.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cardmaker.core.cardtext import PatientText
from cardmaker.core.errors import TextOverflowError
from cardmaker.render.displaylist import (
    DrawOp,
    FillRect,
    PageLayout,
    QrCode,
    Rule,
    TextLine,
    ValueSlot,
)
from cardmaker.render.fieldgrid import Cell
from cardmaker.render.fonts import BOLD
from cardmaker.render.layout import SharedLayout
from cardmaker.render.marks import draw_crop_marks, draw_fold_marks
from cardmaker.render.qr import draw_qr
from cardmaker.render.style import LEADING, TEXT, FormatStyle
from cardmaker.render.textflow import draw_line
from cardmaker.render.valuefit import VALUE_INSET_PT, FittedValue, fit_value


def draw_ops(canvas: Canvas, ops: tuple[DrawOp, ...]) -> None:
    """Draw shared operations at the canvas origin (the trim corner)."""
    for op in ops:
        if isinstance(op, TextLine):
            canvas.setFillColorRGB(*op.colour)
            draw_line(canvas, op.line, op.x, op.baseline, op.size)
        elif isinstance(op, FillRect):
            canvas.setFillColorRGB(*op.colour)
            canvas.rect(op.x, op.y, op.width, op.height, stroke=0, fill=1)
        elif isinstance(op, Rule):
            canvas.setStrokeColorRGB(*op.colour)
            canvas.setLineWidth(op.thickness)
            canvas.line(op.x, op.y, op.x + op.width, op.y)
        elif isinstance(op, QrCode):
            draw_qr(canvas, op.url, op.x, op.y, op.module, op.quiet)


def draw_marks(canvas: Canvas, page: PageLayout, style: FormatStyle) -> None:
    """Crop and fold marks around the trim at the canvas origin."""
    draw_crop_marks(canvas, 0.0, 0.0, style.page_w, style.page_h)
    for fold_x in page.fold_xs:
        draw_fold_marks(canvas, fold_x, 0.0, style.page_h)


def _cell(slot: ValueSlot) -> Cell:
    return Cell(slot.field, slot.x, slot.width, slot.height, slot.max_lines)


def fitted_values(layout: SharedLayout, patient: PatientText) -> dict[str, FittedValue]:
    """Every filled-in value at its size and lines; ``TextOverflowError`` names a value too wide.

    Validation refuses such values first (``valuefit``), so this is the last safeguard.
    """
    fitted: dict[str, FittedValue] = {}
    for page in layout.pages:
        for slot in page.slots:
            value = patient.get(slot.field)
            if not value:
                continue
            fit = fit_value(value, _cell(slot), layout.style)
            if fit is None:
                raise TextOverflowError(
                    "patient details",
                    layout.language,
                    f"{slot.field} does not fit its line even at {layout.style.value_min_pt} pt",
                    field=slot.field,
                )
            fitted[slot.field] = fit
    return fitted


def check_values_fit(layout: SharedLayout, patient: PatientText) -> None:
    """Raise ``TextOverflowError`` naming the field if a value cannot fit its line."""
    fitted_values(layout, patient)


def draw_value(canvas: Canvas, slot: ValueSlot, fit: FittedValue) -> None:
    """The patient's own text above its write-on line, the last line nearest the line."""
    canvas.setFillColorRGB(*TEXT)
    canvas.setFont(BOLD, fit.size)
    baseline = slot.baseline
    # Top line first, so the value reads in order.
    for above, text in zip(range(len(fit.lines) - 1, -1, -1), fit.lines, strict=True):
        canvas.drawString(slot.x + VALUE_INSET_PT, baseline + above * LEADING * fit.size, text)


class CardPainter:
    """Draws cards of one layout onto one canvas, defining each shared form once.

    A page is drawn in reading order: the shared drawing up to a patient field (a form),
    the patient's value, the next part, and so on, so that text extraction reads the
    label and then its value, as a person does.
    """

    def __init__(self, canvas: Canvas, layout: SharedLayout, form_prefix: str) -> None:
        self.canvas = canvas
        self.layout = layout
        self._prefix = form_prefix
        self._defined: set[tuple[int, int]] = set()

    def _form_name(self, page_index: int, segment: int) -> str:
        return f"{self._prefix}p{page_index}s{segment}"

    def _ensure_form(self, page_index: int, segment: int) -> str:
        name = self._form_name(page_index, segment)
        key = (page_index, segment)
        if key in self._defined:
            return name
        canvas, style = self.canvas, self.layout.style
        page = self.layout.pages[page_index]
        bleed_margin = int(20 * mm)
        canvas.beginForm(
            name,
            -bleed_margin,
            -bleed_margin,
            int(style.page_w) + 2 * bleed_margin,
            int(style.page_h) + 2 * bleed_margin,
        )
        draw_ops(canvas, page.segments()[segment])
        canvas.endForm()
        self._defined.add(key)
        return name

    def draw_page(
        self, page_index: int, patient: PatientText, x: float, y: float, with_marks: bool = True
    ) -> None:
        """Draw one page of one card with its trim corner at (x, y)."""
        page = self.layout.pages[page_index]
        fitted = fitted_values(self.layout, patient) if page.slots else {}
        canvas = self.canvas
        canvas.saveState()
        canvas.translate(x, y)
        slots = page.slots
        for segment in range(len(slots) + 1):
            canvas.doForm(self._ensure_form(page_index, segment))
            if segment < len(slots) and slots[segment].field in fitted:
                draw_value(canvas, slots[segment], fitted[slots[segment].field])
        for link in page.links:
            canvas.linkURL(
                link.url,
                (link.x, link.y, link.x + link.width, link.y + link.height),
                relative=1,
            )
        if with_marks:
            # On the page, not in the shared form: reportlab lists the registration colour
            # (a separation) only in a page's resources, never in a form's.
            draw_marks(canvas, page, self.layout.style)
        canvas.restoreState()
