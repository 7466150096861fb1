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
from cardmaker.render.displaylist import FillRect, PageLayout, QrCode, Rule, TextLine, ValueSlot
from cardmaker.render.flow import trial_sizes
from cardmaker.render.fonts import BOLD, string_width
from cardmaker.render.layout import SharedLayout
from cardmaker.render.marks import draw_crop_marks, draw_fold_marks
from cardmaker.render.qr import draw_qr
from cardmaker.render.style import TEXT, FormatStyle
from cardmaker.render.textflow import draw_line

# Values start a little in from the start of their write-on line.
VALUE_INSET = 0.5 * mm


def draw_ops(canvas: Canvas, page: PageLayout) -> None:
    """Draw the shared operations of one page at the canvas origin (the trim corner)."""
    for op in page.ops:
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


def overflowing_fields(
    slots: tuple[ValueSlot, ...], patient: PatientText, style: FormatStyle
) -> list[str]:
    """Fields whose value is wider than its line even at the smallest value size."""
    return [
        s.field
        for s in slots
        if string_width(patient.get(s.field), BOLD, style.value_min_pt) > s.width - VALUE_INSET
    ]


def check_values_fit(layout: SharedLayout, patient: PatientText) -> None:
    """Raise ``TextOverflowError`` naming the field if a value cannot fit its line."""
    for page in layout.pages:
        too_long = overflowing_fields(page.slots, patient, layout.style)
        if too_long:
            raise TextOverflowError(
                "patient details",
                layout.language,
                f"{', '.join(too_long)} does not fit its line even at "
                f"{layout.style.value_min_pt} pt",
                field=too_long[0],
            )


def value_size(slots: tuple[ValueSlot, ...], patient: PatientText, style: FormatStyle) -> float:
    """One size for every filled-in value: the largest at which each fits its line."""
    for size in trial_sizes(style.value_pref_pt, style.value_min_pt):
        if all(
            string_width(patient.get(s.field), BOLD, size) <= s.width - VALUE_INSET for s in slots
        ):
            return size
    return style.value_min_pt


def draw_values(canvas: Canvas, page: PageLayout, patient: PatientText, size: float) -> None:
    """The patient's own text on the write-on lines (blank fields keep the bare line)."""
    canvas.setFillColorRGB(*TEXT)
    canvas.setFont(BOLD, size)
    for slot in page.slots:
        value = patient.get(slot.field)
        if value:
            canvas.drawString(slot.x + VALUE_INSET, slot.baseline, value)


class CardPainter:
    """Draws cards of one layout onto one canvas, defining each page's shared form once."""

    def __init__(self, canvas: Canvas, layout: SharedLayout, form_prefix: str) -> None:
        self.canvas = canvas
        self.layout = layout
        self._prefix = form_prefix
        self._defined: set[int] = set()

    def _form_name(self, page_index: int) -> str:
        return f"{self._prefix}p{page_index}"

    def _ensure_form(self, page_index: int) -> None:
        if page_index in self._defined:
            return
        canvas, style = self.canvas, self.layout.style
        page = self.layout.pages[page_index]
        bleed_margin = int(20 * mm)
        canvas.beginForm(
            self._form_name(page_index),
            -bleed_margin,
            -bleed_margin,
            int(style.page_w) + 2 * bleed_margin,
            int(style.page_h) + 2 * bleed_margin,
        )
        draw_ops(canvas, page)
        canvas.endForm()
        self._defined.add(page_index)

    def draw_page(
        self, page_index: int, patient: PatientText, x: float, y: float, with_marks: bool = True
    ) -> None:
        """Draw one page of one card with its trim corner at (x, y)."""
        self._ensure_form(page_index)
        page = self.layout.pages[page_index]
        canvas = self.canvas
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(self._form_name(page_index))
        if with_marks:
            # On the page, not in the shared form: reportlab lists the registration colour
            # (a separation) only in a page's resources, never in a form's.
            draw_marks(canvas, page, self.layout.style)
        if page.slots:
            check_values_fit(self.layout, patient)
            draw_values(canvas, page, patient, value_size(page.slots, patient, self.layout.style))
        canvas.restoreState()
