"""Cards on sheets: where each card page goes on an A4 or Letter sheet, front and back.

Each card page keeps its own crop (and fold) marks, drawn with the card by the painter.
Neighbouring cards are one gutter apart: the gutter is chosen so that the marks of two
neighbours fall on the same lines and never reach into either card's bleed.

Duplex: the back of a sheet carries each card's second page where it lands after the
printer turns the sheet over its long edge (like a book) or its short edge (like a
calendar). A card's second page is designed to read upright when the card itself is turned
over its vertical axis, so for each card the back placement is
``sheet turn . front placement . card turn``, a rotation and shift, never a mirror.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from cardmaker.core.cardtext import PatientText
from cardmaker.core.errors import CardmakerError
from cardmaker.render.card import new_canvas
from cardmaker.render.fonts import REGULAR, register_fonts
from cardmaker.render.layout import SharedLayout
from cardmaker.render.painter import CardPainter
from cardmaker.render.style import (
    CROP_MARK_LENGTH_MM,
    CROP_MARK_OFFSET_MM,
    MARK_AREA_MM,
    MUTED,
)
from cardmaker.render.subsets import content_named_subsets

# Affine matrix in PDF order (a, b, c, d, e, f): x' = a x + c y + e, y' = b x + d y + f.
Matrix = tuple[float, float, float, float, float, float]

# Trim to trim. With this gutter a card's marks (CROP_MARK_OFFSET_MM out, CROP_MARK_LENGTH_MM
# long) end exactly where the neighbour's begin, and stay clear of both bleeds.
GUTTER_MM = 2 * CROP_MARK_OFFSET_MM + CROP_MARK_LENGTH_MM
# Blank paper beyond the outermost marks: most printers cannot print the last 4 mm or so.
PAPER_MARGIN_MM = 4.0
SLUG_PT = 6.0
# The sheet-information line needs this much clear paper between the marks and the margin.
SLUG_STRIP_MM = 2.6


@dataclass(frozen=True)
class SheetSize:
    """A sheet of paper, portrait."""

    key: str
    label: str
    width_mm: float
    height_mm: float


SHEET_SIZES: dict[str, SheetSize] = {
    "a4": SheetSize("a4", "A4", 210.0, 297.0),
    "letter": SheetSize("letter", "Letter", 215.9, 279.4),
}


class Duplex(StrEnum):
    """How the printer turns the sheet for the second side."""

    LONG_EDGE = "long-edge"
    SHORT_EDGE = "short-edge"
    NONE = "none"


class SheetTooSmallError(CardmakerError):
    """Not even one card (with its marks) fits the sheet."""


def compose(outer: Matrix, inner: Matrix) -> Matrix:
    """The matrix that applies ``inner`` first, then ``outer``."""
    a, b, c, d, e, f = outer
    p, q, r, s, t, u = inner
    return (
        a * p + c * q,
        b * p + d * q,
        a * r + c * s,
        b * r + d * s,
        a * t + c * u + e,
        b * t + d * u + f,
    )


def apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    """A point moved by ``matrix``."""
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


@dataclass(frozen=True)
class SheetPlan:
    """The grid of card positions on one sheet for one card page size (points)."""

    sheet: SheetSize
    card_w: float
    card_h: float
    columns: int
    rows: int
    rotated: bool
    origins: tuple[tuple[float, float], ...]

    @property
    def width(self) -> float:
        """Sheet width in points."""
        return self.sheet.width_mm * mm

    @property
    def height(self) -> float:
        """Sheet height in points."""
        return self.sheet.height_mm * mm

    @property
    def capacity(self) -> int:
        """Card pages per side."""
        return len(self.origins)

    def front(self, position: int) -> Matrix:
        """Card page coordinates (trim corner at 0, 0) to sheet coordinates at a position."""
        x, y = self.origins[position]
        if not self.rotated:
            return (1.0, 0.0, 0.0, 1.0, x, y)
        # A quarter turn anticlockwise: the card's height becomes the box's width.
        return (0.0, 1.0, -1.0, 0.0, x + self.card_h, y)

    def back(self, position: int, duplex: Duplex) -> Matrix:
        """Where the second page of the card at ``position`` goes on the back of the sheet."""
        if duplex is Duplex.LONG_EDGE:
            turn_sheet: Matrix = (-1.0, 0.0, 0.0, 1.0, self.width, 0.0)
        elif duplex is Duplex.SHORT_EDGE:
            turn_sheet = (1.0, 0.0, 0.0, -1.0, 0.0, self.height)
        else:
            raise ValueError("a sheet printed on one side has no back")
        turn_card: Matrix = (-1.0, 0.0, 0.0, 1.0, self.card_w, 0.0)
        return compose(turn_sheet, compose(self.front(position), turn_card))

    def trim_box(self, matrix: Matrix) -> tuple[float, float, float, float]:
        """The card's trim as (left, bottom, right, top) on the sheet."""
        corners = [apply(matrix, x, y) for x in (0.0, self.card_w) for y in (0.0, self.card_h)]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        return min(xs), min(ys), max(xs), max(ys)


def _fit(length: float, card: float) -> int:
    """How many cards of one side ``card`` fit in ``length`` with gutters between them."""
    usable = length - 2 * (MARK_AREA_MM + PAPER_MARGIN_MM)
    return max(0, math.floor((usable + GUTTER_MM + 1e-9) / (card + GUTTER_MM)))


def plan_sheet(sheet: SheetSize, card_w_mm: float, card_h_mm: float) -> SheetPlan:
    """The grid holding the most card pages, upright if that holds as many as turned."""
    best: tuple[int, int, bool] | None = None
    for rotated in (False, True):
        box_w, box_h = (card_h_mm, card_w_mm) if rotated else (card_w_mm, card_h_mm)
        columns, rows = _fit(sheet.width_mm, box_w), _fit(sheet.height_mm, box_h)
        if columns * rows and (best is None or columns * rows > best[0] * best[1]):
            best = (columns, rows, rotated)
    if best is None:
        raise SheetTooSmallError(
            f"a {card_w_mm:g} x {card_h_mm:g} mm card with its marks does not fit on {sheet.label}"
        )
    columns, rows, rotated = best
    box_w, box_h = (card_h_mm, card_w_mm) if rotated else (card_w_mm, card_h_mm)
    left = (sheet.width_mm - columns * box_w - (columns - 1) * GUTTER_MM) / 2
    top = sheet.height_mm - (sheet.height_mm - rows * box_h - (rows - 1) * GUTTER_MM) / 2
    origins = tuple(
        (
            (left + col * (box_w + GUTTER_MM)) * mm,
            (top - (row + 1) * box_h - row * GUTTER_MM) * mm,
        )
        for row in range(rows)
        for col in range(columns)
    )
    return SheetPlan(sheet, card_w_mm * mm, card_h_mm * mm, columns, rows, rotated, origins)


@dataclass(frozen=True)
class Placed:
    """One leaf of a card on a sheet: its position, its fitted layout and printed values.

    A card of 2n pages is n leaves: on duplex sheets each leaf takes a position, ``page``
    (0, 2, ...) goes on the front and ``page + 1`` on the back. On one-sided sheets
    (``Duplex.NONE``) every page takes its own position and ``page`` says which.
    """

    position: int
    layout: SharedLayout
    patient: PatientText
    line: int
    page: int = 0


@dataclass(frozen=True)
class Sheet:
    """One sheet: its number in the document and the cards on it (all of one plan)."""

    number: int
    plan: SheetPlan
    cards: tuple[Placed, ...]
    # What a card's ``line`` counts, for the sheet line: list rows, or copies of one card.
    counted: tuple[str, str] = ("line", "lines")


def leaf_pages(page_count: int, duplex: Duplex) -> range:
    """The pages that take a position of their own: leaf fronts, or every page one-sided."""
    return range(page_count) if duplex is Duplex.NONE else range(0, page_count, 2)


class _Painters:
    """One painter per distinct layout per document, so shared forms are defined once."""

    def __init__(self, canvas: Canvas) -> None:
        self._canvas = canvas
        self._by_layout: dict[int, tuple[SharedLayout, CardPainter]] = {}

    def __call__(self, layout: SharedLayout) -> CardPainter:
        # Keyed by identity (layouts are cached objects); the stored layout keeps the id alive.
        entry = self._by_layout.get(id(layout))
        if entry is None:
            entry = (layout, CardPainter(self._canvas, layout, f"c{len(self._by_layout)}"))
            self._by_layout[id(layout)] = entry
        return entry[1]


def _draw_card_page(
    canvas: Canvas, painters: _Painters, placed: Placed, page: int, matrix: Matrix
) -> None:
    canvas.saveState()
    canvas.transform(*matrix)
    painters(placed.layout).draw_page(page, placed.patient, 0.0, 0.0, with_marks=True)
    canvas.restoreState()


def _slug(canvas: Canvas, sheet: Sheet, side: str, duplex: Duplex) -> None:
    """A small line in the margin to match sheets with the report; no patient data."""
    lines = sorted({p.line for p in sheet.cards})
    one, many = sheet.counted
    rows = f"{many} {lines[0]}-{lines[-1]}" if len(lines) > 1 else f"{one} {lines[0]}"
    turn = {
        Duplex.LONG_EDGE: "both sides, turn on the long edge",
        Duplex.SHORT_EDGE: "both sides, turn on the short edge",
        Duplex.NONE: "one side",
    }[duplex]
    name = f"Sheet {sheet.number} {side}".strip()
    text = (
        f"{name} \u00b7 {rows} \u00b7 print at 100 % (actual size), "
        f"{sheet.plan.sheet.label}, {turn}"
    )
    canvas.saveState()
    canvas.setFillColorRGB(*MUTED)
    canvas.setFont(REGULAR, SLUG_PT)
    x, y, rotated = slug_position(sheet.plan)
    canvas.translate(x, y)
    if rotated:
        canvas.rotate(90)
    canvas.drawCentredString(0.0, 0.0, text)
    canvas.restoreState()


def slug_position(plan: SheetPlan) -> tuple[float, float, bool]:
    """Where the sheet-information line goes, clear of every mark: (x, baseline, rotated).

    Below the cards when the paper has room there, otherwise turned up the left margin
    (a three-panel card on Letter leaves no room below).
    """
    area = MARK_AREA_MM * mm
    marks_bottom = min(y for _, y in plan.origins) - area
    marks_left = min(x for x, _ in plan.origins) - area
    margin = PAPER_MARGIN_MM * mm
    # Cap height of the slug's letters is about 0.72 of its size; centre them in the strip.
    cap = 0.72 * SLUG_PT
    if marks_bottom - margin >= SLUG_STRIP_MM * mm:
        return plan.width / 2, (margin + marks_bottom - cap) / 2, False
    return (margin + marks_left + cap) / 2, plan.height / 2, True


def draw_sheet(canvas: Canvas, painters: _Painters, sheet: Sheet, duplex: Duplex) -> None:
    """Draw the sheet's front (and, for duplex, its back) as one or two PDF pages."""
    plan = sheet.plan
    for placed in sheet.cards:
        _draw_card_page(canvas, painters, placed, placed.page, plan.front(placed.position))
    _slug(canvas, sheet, "front" if duplex is not Duplex.NONE else "", duplex)
    canvas.showPage()
    if duplex is Duplex.NONE:
        return
    for placed in sheet.cards:
        if placed.page + 1 < len(placed.layout.pages):
            back = plan.back(placed.position, duplex)
            _draw_card_page(canvas, painters, placed, placed.page + 1, back)
    _slug(canvas, sheet, "back", duplex)
    canvas.showPage()


def render_sheets(sheets: Sequence[Sheet], duplex: Duplex, language: str, title: str) -> bytes:
    """One PDF of the given sheets; shared card content is drawn once per layout."""
    register_fonts()
    buffer = io.BytesIO()
    first = sheets[0].plan
    canvas = new_canvas(buffer, first.width, first.height, language, title)
    painters = _Painters(canvas)
    for sheet in sheets:
        canvas.setPageSize((sheet.plan.width, sheet.plan.height))
        draw_sheet(canvas, painters, sheet, duplex)
    canvas.save()
    return content_named_subsets(buffer.getvalue())
