"""Parts of the card pinned to a place: title band, monitoring sentence, fields, QR band.

Each returns draw operations and where it ends, so the flowing text can use the rest.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from cardmaker.core.cardtext import BLACK_TRIANGLE, SharedText
from cardmaker.core.errors import TextOverflowError
from cardmaker.render.blocks import Block
from cardmaker.render.displaylist import DrawOp, FillRect, QrCode, Rule, TextLine, ValueSlot
from cardmaker.render.flow import trial_sizes
from cardmaker.render.qr import qr_size_modules
from cardmaker.render.style import (
    ACCENT,
    BLEED_MM,
    LEADING,
    MUTED,
    ON_ACCENT,
    RULE,
    Colour,
    FormatStyle,
)
from cardmaker.render.textflow import DESCENT_EM, Line, Word, breakable_url_words, parse_words, wrap

# The fill-in fields as rows of (field, share of the row's width), in card order.
FIELD_ROWS: tuple[tuple[tuple[str, float], ...], ...] = (
    (("patient_name", 1.0),),
    (("prescriber", 0.58), ("prescriber_phone", 0.42)),
    (("clinic", 1.0),),
    (("first_injection", 0.5), ("next_injection", 0.5)),
)


def fit_title(title: str, width: float, style: FormatStyle) -> tuple[float, tuple[Line, ...]]:
    """The largest title size (within the format's range) that wraps to at most max lines."""
    words = parse_words(title, bold=True)
    for size in trial_sizes(style.title_pref_pt, style.title_min_pt):
        lines = wrap(words, width, size)
        if lines is not None and len(lines) <= style.title_max_lines:
            return size, tuple(lines)
    raise TextOverflowError("cover", "", "the title is too long for the title band")


def text_lines(
    words: list[Word],
    x: float,
    top: float,
    width: float,
    size: float,
    colour: Colour,
) -> tuple[list[DrawOp], float] | None:
    """Wrap and emit plain lines; returns the ops and the height used."""
    lines = wrap(words, width, size)
    if lines is None:
        return None
    ops: list[DrawOp] = [
        TextLine(x, top - (i + 1) * LEADING * size + DESCENT_EM * size, size, colour, line)
        for i, line in enumerate(lines)
    ]
    return ops, len(lines) * LEADING * size


def title_band(
    text: SharedText,
    x0: float,
    panel_w: float,
    page_top: float,
    style: FormatStyle,
    bleed_left: bool,
    bleed_right: bool,
) -> tuple[list[DrawOp], float]:
    """The coloured title band across the top of a panel; returns ops and the band's bottom."""
    inner_left = x0 + (style.margin_mm if bleed_left else style.fold_margin_mm) * mm
    inner_right = x0 + panel_w - (style.margin_mm if bleed_right else style.fold_margin_mm) * mm
    size, lines = fit_title(text.title, inner_right - inner_left, style)
    pad = style.band_pad_mm * mm
    height = len(lines) * LEADING * size + 2 * pad
    bottom = page_top - height
    bleed = BLEED_MM * mm
    left = x0 - (bleed if bleed_left else 0.0)
    right = x0 + panel_w + (bleed if bleed_right else 0.0)
    ops: list[DrawOp] = [FillRect(left, bottom, right - left, page_top + bleed - bottom, ACCENT)]
    for i, line in enumerate(lines):
        baseline = page_top - pad - (i + 1) * LEADING * size + DESCENT_EM * size
        ops.append(TextLine(inner_left, baseline, size, ON_ACCENT, line))
    return ops, bottom


def monitoring_block(text: SharedText) -> Block | None:
    """The additional-monitoring sentence led by the black triangle, when flagged."""
    if not text.monitoring:
        return None
    return Block.of("small", f"{BLACK_TRIANGLE} {text.monitoring}")


def fields_frame(
    text: SharedText, x: float, top: float, width: float, style: FormatStyle
) -> tuple[list[DrawOp], list[ValueSlot], float]:
    """The heading and labelled write-on lines of the patient details; returns the bottom."""
    ops: list[DrawOp] = []
    slots: list[ValueSlot] = []
    heading_size = style.label_pt * 1.1
    heading = text_lines(
        parse_words(text.fields_heading, bold=True), x, top, width, heading_size, ACCENT
    )
    if heading is None:
        raise TextOverflowError("patient details", text.language, "the heading is too long")
    ops += heading[0]
    cursor = top - heading[1] - style.gap_mm * mm * 0.5
    labels = dict(text.field_labels)
    column_gap = 3 * mm
    value_height = style.value_pref_pt * 1.1
    for row in FIELD_ROWS:
        cell_x = x
        usable = width - column_gap * (len(row) - 1)
        row_bottom = cursor
        for field, share in row:
            cell_w = usable * share
            label = text_lines(
                parse_words(labels[field]), cell_x, cursor, cell_w, style.label_pt, MUTED
            )
            if label is None or len(label[0]) > 1:
                raise TextOverflowError(
                    "patient details", text.language, f"the label '{labels[field]}' is too long"
                )
            ops += label[0]
            line_y = cursor - label[1] - value_height
            ops.append(Rule(cell_x, line_y, cell_w, RULE, 0.5))
            slots.append(
                ValueSlot(field, cell_x, line_y + 0.22 * style.value_pref_pt, cell_w, value_height)
            )
            row_bottom = min(row_bottom, line_y)
            cell_x += cell_w + column_gap
        cursor = row_bottom - style.gap_mm * mm * 0.7
    return ops, slots, cursor


def qr_band(
    text: SharedText, x: float, bottom: float, width: float, size: float, style: FormatStyle
) -> tuple[list[DrawOp], float] | None:
    """QR code at the lower left with its caption, address and the text version beside it.

    Returns the ops and the band's top; None if a word of the text is wider than its column.
    """
    module = style.qr_module_mm * mm
    quiet = style.qr_quiet_modules * module
    code = qr_size_modules(text.qr_url, 0) * module
    # The quiet zone may reach into the panel margin: it only has to stay blank.
    overlap = min(quiet, style.margin_mm * mm * 0.6)
    text_x = x + code + quiet - overlap + style.gap_mm * mm
    text_w = x + width - text_x
    parts = (
        (parse_words(text.qr_caption, bold=True), ACCENT, 0.3 * size),
        (breakable_url_words(text.qr_url), MUTED, 0.3 * size),
        (parse_words(text.version_line), MUTED, 0.0),
    )
    heights = []
    for words, _, after in parts:
        lines = wrap(words, text_w, size)
        if lines is None:
            return None
        heights.append(len(lines) * LEADING * size + after)
    top = bottom + max(code, sum(heights))
    ops: list[DrawOp] = [
        QrCode(text.qr_url, x - overlap, top - code - quiet, module, style.qr_quiet_modules)
    ]
    cursor = top
    for (words, colour, _after), height in zip(parts, heights, strict=True):
        part = text_lines(words, text_x, cursor, text_w, size, colour)
        if part is not None:
            ops += part[0]
        cursor -= height
    return ops, top
