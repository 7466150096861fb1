"""Where each format puts its panels: the folded ID-1 card and the large-print A6 card.

Each builder lays out, at one trial body size, everything pinned to a place (title band,
monitoring sentence, fields, QR band) and returns the regions the rest of the text flows
into, in reading order.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from cardmaker.core.cardtext import SharedText
from cardmaker.core.model import CardFormat
from cardmaker.render.blocks import emit as emit_block
from cardmaker.render.blocks import measure
from cardmaker.render.displaylist import DrawOp, ValueSlot
from cardmaker.render.flow import Region
from cardmaker.render.layout import Built, LayoutBuilder, SharedLayout, cached_layout
from cardmaker.render.pinned import fields_frame, monitoring_block, qr_band, title_band
from cardmaker.render.style import BLOCK_GAP_EM, FORMAT_STYLES, SMALL_FACTOR, FormatStyle


def _small(size: float, style: FormatStyle) -> float:
    """Secondary text (monitoring sentence, QR caption) a little smaller than the body."""
    return max(style.small_min_pt, size * SMALL_FACTOR)


def _pin_monitoring(
    text: SharedText,
    ops: list[DrawOp],
    x: float,
    top: float,
    width: float,
    size: float,
    style: FormatStyle,
) -> float | None:
    """Draw the monitoring sentence under the title; returns the new top, None if it cannot fit."""
    block = monitoring_block(text)
    gap = BLOCK_GAP_EM * size
    if block is None:
        return top
    box = measure(block, size, style.small_min_pt, width)
    if box is None:
        return None
    ops += emit_block(box, x, top, width)
    return top - box.height - gap * 1.5


def build_id1(text: SharedText, style: FormatStyle, size: float, page_count: int) -> Built | None:
    """Outside: back | cover. Inside: patient details | advice. Fold in the middle."""
    del page_count  # always two pages: the folded card has no room to grow
    panel_w, page_h = style.panel_w_mm * mm, style.page_h
    margin, fold_margin, gap = style.margin_mm * mm, style.fold_margin_mm * mm, style.gap_mm * mm
    inner_w = panel_w - margin - fold_margin
    outside: list[DrawOp] = []
    inside: list[DrawOp] = []
    # Cover (outside, right of the fold).
    band_ops, band_bottom = title_band(text, panel_w, panel_w, page_h, style, False, True)
    outside += band_ops
    cover_x = panel_w + fold_margin
    cover_top = _pin_monitoring(
        text, outside, cover_x, band_bottom - gap, inner_w, _small(size, style), style
    )
    if cover_top is None:
        return None
    # Back (outside, left of the fold): QR band at the bottom.
    band = qr_band(text, margin, margin, inner_w, _small(size, style), style)
    if band is None:
        return None
    outside += band[0]
    # Inside left: the patient's details, then text.
    field_ops, slots, fields_bottom = fields_frame(text, margin, page_h - margin, inner_w, style)
    inside += field_ops
    regions = [
        Region("cover", 0, cover_x, cover_top, inner_w, margin),
        Region("patient details", 1, margin, fields_bottom, inner_w, margin),
        Region("advice", 1, panel_w + fold_margin, page_h - margin, inner_w, margin),
        Region("back", 0, margin, page_h - margin, inner_w, band[1] + gap),
    ]
    return [outside, inside], [[], slots], regions, (panel_w,)


def build_a6(text: SharedText, style: FormatStyle, size: float, page_count: int) -> Built | None:
    """Page 1: title, text, patient details at the foot; then text; last: text, QR band.

    Two pages when the text fits them at the large-print size, otherwise four (an even
    count, so the pages still print front and back).
    """
    page_w, page_h = style.page_w, style.page_h
    margin, gap = style.margin_mm * mm, style.gap_mm * mm
    inner_w = page_w - 2 * margin
    front: list[DrawOp] = []
    back: list[DrawOp] = []
    band_ops, band_bottom = title_band(text, 0.0, page_w, page_h, style, True, True)
    front += band_ops
    top = _pin_monitoring(
        text, front, margin, band_bottom - gap, inner_w, _small(size, style), style
    )
    if top is None:
        return None
    probe = fields_frame(text, margin, page_h, inner_w, style)
    fields_height = page_h - probe[2]
    field_ops, slots, _ = fields_frame(text, margin, margin + fields_height, inner_w, style)
    front += field_ops
    band = qr_band(text, margin, margin, inner_w, _small(size, style), style)
    if band is None:
        return None
    back += band[0]
    regions = [Region("front", 0, margin, top, inner_w, margin + fields_height + gap)]
    middle = range(1, page_count - 1)
    regions += [
        Region(f"page {i + 1}", i, margin, page_h - margin, inner_w, margin) for i in middle
    ]
    last = page_count - 1
    regions.append(Region("back", last, margin, page_h - margin, inner_w, band[1] + 2 * gap))
    page_ops: list[list[DrawOp]] = [front, *([] for _ in middle), back]
    page_slots: list[list[ValueSlot]] = [slots, *([] for _ in range(page_count - 1))]
    return page_ops, page_slots, regions, ()


BUILDERS: dict[CardFormat, LayoutBuilder] = {
    CardFormat.ID1_BIFOLD: build_id1,
    CardFormat.A6_LARGE: build_a6,
}


def layout_for(text: SharedText, card_format: CardFormat) -> SharedLayout:
    """The fitted shared layout of a card format (cached per text and format)."""
    return cached_layout(text, FORMAT_STYLES[card_format], BUILDERS[card_format])
