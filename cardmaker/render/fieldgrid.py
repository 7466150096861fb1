"""The patient-details grid: where each fill-in field goes, how wide and tall its line is.

One grid per format, the same for every language, so that whether a value fits can be
decided from the format alone (``valuefit``), by the form, ``render`` and the batch alike.
Columns are equal shares of the panel, so a column starts at the same place in every row.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from cardmaker.core.cardtext import SharedText
from cardmaker.core.errors import TextOverflowError
from cardmaker.core.model import CardFormat
from cardmaker.render.displaylist import VALUE_RISE_PT, DrawOp, Rule, TextLine, ValueSlot
from cardmaker.render.style import ACCENT, LEADING, MUTED, RULE, FormatStyle
from cardmaker.render.textflow import DESCENT_EM, Line, parse_words, wrap

# Rows of (field, share of the row), in card order: names and the clinic get a whole row,
# so long real names fit; the short fields share the last row (only one row has columns,
# so columns line up by construction). Dates in long form ("30 de septiembre de 2026")
# need more room than a phone number.
_ID1_ROWS: tuple[tuple[tuple[str, float], ...], ...] = (
    (("patient_name", 1.0),),
    (("prescriber", 1.0),),
    (("clinic", 1.0),),
    (("prescriber_phone", 0.27), ("first_injection", 0.365), ("next_injection", 0.365)),
)
# The three-panel card's dates may take two lines, so the phone gets a wider column.
_TRIFOLD_ROWS: tuple[tuple[tuple[str, float], ...], ...] = (
    *_ID1_ROWS[:3],
    (("prescriber_phone", 0.34), ("first_injection", 0.33), ("next_injection", 0.33)),
)
_A6_ROWS: tuple[tuple[tuple[str, float], ...], ...] = (
    (("patient_name", 1.0),),
    (("prescriber", 1.0),),
    (("clinic", 1.0),),
    (("prescriber_phone", 1.0),),
    (("first_injection", 0.5), ("next_injection", 0.5)),
)
FIELD_ROWS: dict[CardFormat, tuple[tuple[tuple[str, float], ...], ...]] = {
    CardFormat.ID1_TRIFOLD: _TRIFOLD_ROWS,
    CardFormat.ID1_BIFOLD: _ID1_ROWS,
    CardFormat.A6_LARGE: _A6_ROWS,
}
# A phone number read across a line break is easily misread: one line only.
SINGLE_LINE_FIELDS = frozenset({"prescriber_phone"})
COLUMN_GAP_MM = 1.5
# Room between the label and the top of a printed value.
LABEL_GAP_MM = 0.2


@dataclass(frozen=True)
class Cell:
    """One field's place: offset from the grid's left edge, width, room above its line."""

    field: str
    x: float
    width: float
    height: float
    max_lines: int


def grid_width(style: FormatStyle) -> float:
    """Width of the patient-details grid in points (the inside-left panel, or the page)."""
    if len(style.panel_widths_mm) == 1:
        return (style.page_w_mm - 2 * style.margin_mm) * mm
    inside_left = style.panel_widths_mm[-1]
    return (inside_left - style.margin_mm - style.fold_margin_mm) * mm


def value_lines(style: FormatStyle, field: str) -> int:
    """How many lines a field's value may take in a format."""
    return 1 if field in SINGLE_LINE_FIELDS else style.value_lines


def slot_height(style: FormatStyle, field: str, blank: bool) -> float:
    """Room above the write-on line: the value's lines, and at least the writing height."""
    lines = value_lines(style, field)
    size = style.value_pref_pt if lines == 1 else style.value_min_pt
    printed = lines * LEADING * size + VALUE_RISE_PT
    return max(printed, (style.blank_slot_mm if blank else style.slot_mm) * mm)


def grid_rows(style: FormatStyle, blank: bool = False) -> tuple[tuple[Cell, ...], ...]:
    """The cells of each row; every cell of a row has the row's height."""
    width = grid_width(style)
    rows = []
    gap = COLUMN_GAP_MM * mm
    for fields in FIELD_ROWS[style.card_format]:
        usable = width - gap * (len(fields) - 1)
        height = max(slot_height(style, f, blank) for f, _ in fields)
        cells, x = [], 0.0
        for field, share in fields:
            cells.append(Cell(field, x, usable * share, height, value_lines(style, field)))
            x += usable * share + gap
        rows.append(tuple(cells))
    return tuple(rows)


def field_cells(style: FormatStyle, blank: bool = False) -> dict[str, Cell]:
    """Every field's cell, by field name."""
    return {cell.field: cell for row in grid_rows(style, blank) for cell in row}


def _lines(text: str, width: float, size: float, bold: bool = False) -> list[Line] | None:
    return wrap(parse_words(text, bold=bold), width, size)


def fields_frame(
    text: SharedText, x: float, top: float, style: FormatStyle, blank: bool = False
) -> tuple[list[DrawOp], float]:
    """The heading, labels, write-on lines and value slots; returns ops and the grid's bottom.

    The ops are in reading order, each field's slot right after its label, so the painter
    can draw the patient's value where a reader expects it.
    """
    ops: list[DrawOp] = []
    width = grid_width(style)
    heading_size = style.label_pt * 1.1
    heading = _lines(text.fields_heading, width, heading_size, bold=True)
    if heading is None:
        raise TextOverflowError("patient details", text.language, "the heading is too long")
    cursor = top
    for line in heading:
        cursor -= LEADING * heading_size
        ops.append(TextLine(x, cursor + DESCENT_EM * heading_size, heading_size, ACCENT, line))
    cursor -= style.gap_mm * mm * 0.5
    labels = dict(text.field_labels)
    for row in grid_rows(style, blank):
        label_lines = [_lines(labels[c.field], c.width, style.label_pt) for c in row]
        if any(lines is None or len(lines) > 2 for lines in label_lines):
            raise TextOverflowError(
                "patient details", text.language, "a field label is too long for its line"
            )
        label_h = max(len(lines or ()) for lines in label_lines) * LEADING * style.label_pt
        line_y = cursor - label_h - LABEL_GAP_MM * mm - row[0].height
        for cell, lines in zip(row, label_lines, strict=True):
            for index, line in enumerate(lines or ()):
                baseline = cursor - (index + 1) * LEADING * style.label_pt
                baseline += DESCENT_EM * style.label_pt
                ops.append(TextLine(x + cell.x, baseline, style.label_pt, MUTED, line))
            ops.append(
                ValueSlot(cell.field, x + cell.x, line_y, cell.width, cell.height, cell.max_lines)
            )
            ops.append(Rule(x + cell.x, line_y, cell.width, RULE, 0.5))
        cursor = line_y - style.row_gap_mm * mm
    return ops, cursor


def name_line(
    text: SharedText, x: float, top: float, style: FormatStyle, blank: bool = False
) -> tuple[list[DrawOp], float]:
    """The patient's name alone, labelled, in the same cell as on the first card."""
    cell = field_cells(style, blank)["patient_name"]
    label = _lines(dict(text.field_labels)["patient_name"], cell.width, style.label_pt)
    if label is None:
        raise TextOverflowError("patient details", text.language, "a field label is too long")
    ops: list[DrawOp] = []
    for index, line in enumerate(label):
        baseline = top - (index + 1) * LEADING * style.label_pt + DESCENT_EM * style.label_pt
        ops.append(TextLine(x + cell.x, baseline, style.label_pt, MUTED, line))
    line_y = top - len(label) * LEADING * style.label_pt - LABEL_GAP_MM * mm - cell.height
    ops.append(ValueSlot(cell.field, x + cell.x, line_y, cell.width, cell.height, cell.max_lines))
    ops.append(Rule(x + cell.x, line_y, cell.width, RULE, 0.5))
    return ops, line_y - style.row_gap_mm * mm
