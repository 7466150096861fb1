"""Where each format puts its panels: the folded ID-1 cards (three or two panels) and A6.

Each builder lays out, at one trial body size, everything pinned to a place (title band,
monitoring sentence, fields, QR band) and returns the regions the rest of the text flows
into, in reading order. Each page's drawing is kept in reading order too (cover, inside,
back), with the flowing text of each region put where a reader meets it.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm

from cardmaker.core.cardtext import SharedText
from cardmaker.core.model import CardFormat
from cardmaker.render.blocks import emit as emit_block
from cardmaker.render.blocks import measure
from cardmaker.render.displaylist import DrawOp
from cardmaker.render.fieldgrid import fields_frame, name_line
from cardmaker.render.flow import Region
from cardmaker.render.layout import Built, LayoutBuilder, SharedLayout, cached_layout
from cardmaker.render.pinned import monitoring_block, qr_band, title_band
from cardmaker.render.style import BLOCK_GAP_EM, FORMAT_STYLES, SMALL_FACTOR, FormatStyle


def _small(size: float, style: FormatStyle) -> float:
    """Secondary text (monitoring sentence, QR caption) a little smaller than the body."""
    return max(style.small_min_pt, size * SMALL_FACTOR)


def panel_box(style: FormatStyle, page: int, index: int) -> tuple[float, float]:
    """Left edge and width of the safe area of a panel (clear of trim and folds), points."""
    edges = style.panel_edges(page)
    last = len(edges) - 2
    left = edges[index] + (style.margin_mm if index == 0 else style.fold_margin_mm) * mm
    right = edges[index + 1] - (style.margin_mm if index == last else style.fold_margin_mm) * mm
    return left, right - left


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


def _cover(
    text: SharedText, style: FormatStyle, size: float, page: int, index: int
) -> tuple[list[DrawOp], float] | None:
    """Title band and monitoring sentence of a cover panel; returns ops and the text's top."""
    x, width = panel_box(style, page, index)
    gap = style.gap_mm * mm
    ops, band_bottom = title_band(text, x, width, style.page_h - style.margin_mm * mm, style)
    top = _pin_monitoring(text, ops, x, band_bottom - gap, width, _small(size, style), style)
    return None if top is None else (ops, top)


def build_id1_trifold(
    text: SharedText, style: FormatStyle, size: float, page_count: int, blank: bool
) -> Built | None:
    """Outside: flap | back | cover. Inside: patient details | advice | advice (the flap).

    Folded, the reader meets the cover, then the patient details with the flap's outside
    beside them, then the whole inside, then the back; the text flows in that order.
    """
    del page_count  # always two pages
    page_h, margin, gap = style.page_h, style.margin_mm * mm, style.gap_mm * mm
    cover = _cover(text, style, size, 0, 2)
    if cover is None:
        return None
    outside, cover_top = cover
    cover_x, inner_w = panel_box(style, 0, 2)
    flap_x, flap_w = panel_box(style, 0, 0)
    back_x, back_w = panel_box(style, 0, 1)
    band = qr_band(text, back_x, margin, back_w, _small(size, style), style)
    if band is None:
        return None
    at_cover = len(outside)
    details_x, details_w = panel_box(style, 1, 0)
    inside, fields_bottom = fields_frame(text, details_x, page_h - margin, style, blank)
    middle_x, middle_w = panel_box(style, 1, 1)
    right_x, right_w = panel_box(style, 1, 2)
    regions = [
        Region("cover", 0, cover_x, cover_top, inner_w, margin),
        Region("patient details", 1, details_x, fields_bottom - gap, details_w, margin),
        Region("flap", 0, flap_x, page_h - margin, flap_w, margin),
        Region("inside", 1, middle_x, page_h - margin, middle_w, margin),
        Region("inside right", 1, right_x, page_h - margin, right_w, margin),
        Region("back", 0, back_x, page_h - margin, back_w, band[1] + gap),
    ]
    insert_at = {
        "cover": at_cover,
        "flap": at_cover,
        "back": at_cover,
        "patient details": len(inside),
        "inside": len(inside),
        "inside right": len(inside),
    }
    return [outside + band[0], inside], regions, insert_at


def build_id1_bifold(
    text: SharedText, style: FormatStyle, size: float, page_count: int, blank: bool
) -> Built | None:
    """Outside: back | cover. Inside: patient details | advice. Fold in the middle."""
    del page_count  # always two pages: the folded card has no room to grow
    page_h, margin, gap = style.page_h, style.margin_mm * mm, style.gap_mm * mm
    cover = _cover(text, style, size, 0, 1)
    if cover is None:
        return None
    outside, cover_top = cover
    cover_x, inner_w = panel_box(style, 0, 1)
    back_x, back_w = panel_box(style, 0, 0)
    band = qr_band(text, back_x, margin, back_w, _small(size, style), style)
    if band is None:
        return None
    at_cover = len(outside)
    details_x, details_w = panel_box(style, 1, 0)
    inside, fields_bottom = fields_frame(text, details_x, page_h - margin, style, blank)
    advice_x, advice_w = panel_box(style, 1, 1)
    regions = [
        Region("cover", 0, cover_x, cover_top, inner_w, margin),
        Region("patient details", 1, details_x, fields_bottom - gap, details_w, margin),
        Region("advice", 1, advice_x, page_h - margin, advice_w, margin),
        Region("back", 0, back_x, page_h - margin, back_w, band[1] + gap),
    ]
    insert_at = {"cover": at_cover, "back": at_cover, "patient details": len(inside)}
    insert_at["advice"] = len(inside)
    return [outside + band[0], inside], regions, insert_at


def build_a6(
    text: SharedText, style: FormatStyle, size: float, page_count: int, blank: bool
) -> Built | None:
    """Page 1: title, text, patient details at the foot; then text; last: text, QR band.

    Two pages when the text fits them at the large-print size, otherwise four: two loose
    cards, each headed with the medicine, the patient's name and "1/2" or "2/2".
    """
    page_h, margin, gap = style.page_h, style.margin_mm * mm, style.gap_mm * mm
    x, inner_w = panel_box(style, 0, 0)
    loose = page_count == 4
    titled = _numbered(text, "1/2") if loose else text
    cover = _cover(titled, style, size, 0, 0)
    if cover is None:
        return None
    front, top = cover
    at_front = len(front)
    probe = fields_frame(text, x, page_h, style, blank)
    fields_height = page_h - probe[1]
    field_ops, _ = fields_frame(text, x, margin + fields_height, style, blank)
    front += field_ops
    band = qr_band(text, x, margin, inner_w, _small(size, style), style)
    if band is None:
        return None
    pages: list[list[DrawOp]] = [front]
    regions = [Region("front", 0, x, top, inner_w, margin + fields_height + gap)]
    insert_at = {"front": at_front}
    for page in range(1, page_count):
        page_top = page_h - margin
        ops: list[DrawOp] = []
        if loose and page == 2:
            ops, page_top = title_band(_numbered(text, "2/2"), x, inner_w, page_top, style)
            name_ops, page_top = name_line(text, x, page_top - gap, style, blank)
            ops += name_ops
            page_top -= gap
        name = "back" if page == page_count - 1 else f"page {page + 1}"
        bottom = band[1] + 2 * gap if name == "back" else margin
        regions.append(Region(name, page, x, page_top, inner_w, bottom))
        insert_at[name] = len(ops)
        pages.append(ops + (band[0] if name == "back" else []))
    return pages, regions, insert_at


def _numbered(text: SharedText, number: str) -> SharedText:
    """The text with its title numbered, for one of two loose cards."""
    return replace(text, title=f"{text.title} \u00b7 {number}")


BUILDERS: dict[CardFormat, LayoutBuilder] = {
    CardFormat.ID1_TRIFOLD: build_id1_trifold,
    CardFormat.ID1_BIFOLD: build_id1_bifold,
    CardFormat.A6_LARGE: build_a6,
}


def layout_for(text: SharedText, card_format: CardFormat, blank: bool = False) -> SharedLayout:
    """The fitted shared layout of a card format (cached per text, format and blankness)."""
    return cached_layout(text, FORMAT_STYLES[card_format], BUILDERS[card_format], blank)
