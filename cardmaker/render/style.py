"""The style table: card geometry in millimetres, type sizes in points, colours.

Everything that decides how the card looks is here, so a change of look is a change of data.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import CMYKColorSep
from reportlab.lib.units import mm

from cardmaker.core.model import CardFormat

Colour = tuple[float, float, float]

TEXT: Colour = (0.08, 0.08, 0.08)
MUTED: Colour = (0.30, 0.30, 0.30)
ACCENT: Colour = (0.09, 0.24, 0.42)
ON_ACCENT: Colour = (1.0, 1.0, 1.0)
ALERT_FILL: Colour = (1.0, 0.92, 0.89)
ALERT_BAR: Colour = (0.69, 0.12, 0.09)
RULE: Colour = (0.45, 0.45, 0.45)
# The QR code's modules and its quiet zone.
BLACK: Colour = (0.0, 0.0, 0.0)
PAPER: Colour = (1.0, 1.0, 1.0)

# The inks each colour above prints with (DeviceCMYK: cyan, magenta, yellow, black). Every
# file is drawn in these, not in RGB: the canvas maps each colour through this table
# (render/inks.py), and a colour missing here stops the render. Black and grey text and the
# QR code are 100 % K only, so small type sits on one plate and cannot misregister; grey
# text is solid black rather than a screened tint. The other inks are the RGB design colours
# converted with the PDF/X output profile (assets/icc, FOGRA39, relative colorimetric).
Cmyk = tuple[float, float, float, float]
SOLID_BLACK: Cmyk = (0.0, 0.0, 0.0, 1.0)
NO_INK: Cmyk = (0.0, 0.0, 0.0, 0.0)
PRESS_INKS: dict[Colour, Cmyk] = {
    TEXT: SOLID_BLACK,
    MUTED: SOLID_BLACK,
    BLACK: SOLID_BLACK,
    ACCENT: (0.96, 0.64, 0.0, 0.48),
    ON_ACCENT: NO_INK,
    PAPER: NO_INK,
    ALERT_FILL: (0.02, 0.05, 0.09, 0.05),
    ALERT_BAR: (0.0, 0.91, 0.84, 0.27),
    # A K-only grey as light as the RGB rule (L* 49).
    RULE: (0.0, 0.0, 0.0, 0.70),
}
# Crop and fold marks: registration colour, the separation /All that prints on every plate,
# so each plate shows where to trim. alpha=None: no transparency state is written.
MARK = CMYKColorSep(1.0, 1.0, 1.0, 1.0, spotName="All", alpha=None)  # type: ignore[arg-type]

LEADING = 1.13
BLOCK_GAP_EM = 0.25
# List items sit closer together than paragraphs.
ITEM_GAP_EM = 0.1
BULLET = "\u2022"
SUB_BULLET = "\u2013"
# Secondary text (monitoring sentence, QR caption and address, text version) relative to body.
SMALL_FACTOR = 0.9
# Trial sizes step down from preferred to minimum in this increment.
SIZE_STEP_PT = 0.25

BLEED_MM = 3.0
CROP_MARK_OFFSET_MM = 3.5  # marks start outside the bleed
# 4 mm keeps a three-panel card (254.8 mm) with its marks inside Letter's 279.4 mm.
CROP_MARK_LENGTH_MM = 4.0
MARK_LINE_PT = 0.25
MARK_AREA_MM = CROP_MARK_OFFSET_MM + CROP_MARK_LENGTH_MM + 0.5


@dataclass(frozen=True)
class FormatStyle:
    """Geometry and type sizes of one card format."""

    card_format: CardFormat
    label: str
    # Panel widths of the first page (the outside), left to right; the second page is its
    # back, so its panels run the other way round.
    panel_widths_mm: tuple[float, ...]
    panel_h_mm: float
    # Page counts to try, fewest first (a card never has an odd number of pages).
    page_counts: tuple[int, ...]
    # Ink stays this far inside the trim (3 mm safe zone, plus room for accents) and folds
    # (2 mm, plus 0.5 mm of fold drift and the same room).
    margin_mm: float
    fold_margin_mm: float
    body_pref_pt: float
    body_min_pt: float
    # Preferred body size when the text needs more than the fewest pages: the extra room
    # goes to larger type rather than to blank pages.
    body_pref_more_pages_pt: float
    small_min_pt: float
    title_pref_pt: float
    title_min_pt: float
    title_max_lines: int
    label_pt: float
    value_pref_pt: float
    # The floor of the fit-by-width rule: a value that does not fit at this size is refused.
    value_min_pt: float
    # Lines a long name or clinic may take before it shrinks (phones and dates take one).
    value_lines: int
    # Height above each write-on line: printed values use it for one or two lines; blank
    # cards get at least 6 mm to write by hand.
    slot_mm: float
    blank_slot_mm: float
    # Space under a write-on line, before the next row's labels.
    row_gap_mm: float
    qr_module_mm: float
    qr_quiet_modules: int
    band_pad_mm: float
    gap_mm: float
    # How the printer turns the sheet so the second page lands behind the first.
    duplex: str

    @property
    def page_w_mm(self) -> float:
        """Trim width of one page."""
        return sum(self.panel_widths_mm)

    @property
    def page_w(self) -> float:
        """Trim width in points."""
        return self.page_w_mm * mm

    @property
    def page_h(self) -> float:
        """Trim height in points."""
        return self.panel_h_mm * mm

    def panel_edges(self, page: int) -> tuple[float, ...]:
        """Left edges of the panels of a page and the right trim, in points."""
        widths = self.panel_widths_mm if page % 2 == 0 else self.panel_widths_mm[::-1]
        edges = [0.0]
        for width in widths:
            edges.append(edges[-1] + width * mm)
        return tuple(edges)

    def fold_xs(self, page: int) -> tuple[float, ...]:
        """Fold positions of a page in points from its left trim."""
        return self.panel_edges(page)[1:-1]


ID1_W_MM, ID1_H_MM = 85.60, 53.98

ID1_BIFOLD = FormatStyle(
    card_format=CardFormat.ID1_BIFOLD,
    label="Folded ID-1 card, two panels (85.60 x 53.98 mm)",
    panel_widths_mm=(ID1_W_MM, ID1_W_MM),
    panel_h_mm=ID1_H_MM,
    page_counts=(2,),
    margin_mm=3.2,
    fold_margin_mm=3.0,
    body_pref_pt=8.5,
    body_min_pt=6.5,
    body_pref_more_pages_pt=8.5,
    small_min_pt=6.5,
    title_pref_pt=10.0,
    title_min_pt=8.5,
    title_max_lines=3,
    label_pt=6.5,
    value_pref_pt=8.0,
    value_min_pt=6.0,
    value_lines=1,
    slot_mm=0.0,
    blank_slot_mm=6.0,
    row_gap_mm=0.6,
    qr_module_mm=0.42,
    qr_quiet_modules=4,
    band_pad_mm=1.3,
    gap_mm=1.2,
    duplex="short-edge",
)

# Roll fold: the panel that folds in (left on the outside, right on the inside) is 2 mm
# narrower so it tucks in flat; folded, the card is 85.60 x 53.98 mm.
ID1_TRIFOLD = FormatStyle(
    card_format=CardFormat.ID1_TRIFOLD,
    label="Folded ID-1 card, three panels (85.60 x 53.98 mm folded)",
    panel_widths_mm=(ID1_W_MM - 2.0, ID1_W_MM, ID1_W_MM),
    panel_h_mm=ID1_H_MM,
    page_counts=(2,),
    margin_mm=3.2,
    fold_margin_mm=3.0,
    body_pref_pt=9.5,
    body_min_pt=8.0,
    body_pref_more_pages_pt=9.5,
    small_min_pt=7.5,
    title_pref_pt=12.0,
    title_min_pt=10.0,
    title_max_lines=3,
    label_pt=7.0,
    value_pref_pt=10.0,
    value_min_pt=6.5,
    value_lines=2,
    slot_mm=6.0,
    blank_slot_mm=6.0,
    row_gap_mm=1.4,
    qr_module_mm=0.42,
    qr_quiet_modules=4,
    band_pad_mm=1.8,
    gap_mm=1.2,
    duplex="short-edge",
)

A6_LARGE = FormatStyle(
    card_format=CardFormat.A6_LARGE,
    label="Large print A6 (105 x 148 mm)",
    panel_widths_mm=(105.0,),
    panel_h_mm=148.0,
    page_counts=(2, 4),
    margin_mm=4.5,
    fold_margin_mm=4.5,
    body_pref_pt=12.0,
    body_min_pt=11.0,
    body_pref_more_pages_pt=14.0,
    # Large print means everything: secondary text, labels and values are 11 pt or more.
    small_min_pt=11.0,
    title_pref_pt=14.0,
    title_min_pt=12.0,
    title_max_lines=3,
    label_pt=11.0,
    value_pref_pt=13.0,
    value_min_pt=11.0,
    value_lines=2,
    slot_mm=6.0,
    blank_slot_mm=9.0,
    row_gap_mm=1.5,
    qr_module_mm=0.42,
    qr_quiet_modules=4,
    band_pad_mm=2.5,
    gap_mm=1.8,
    duplex="long-edge",
)

FORMAT_STYLES: dict[CardFormat, FormatStyle] = {
    s.card_format: s for s in (ID1_TRIFOLD, ID1_BIFOLD, A6_LARGE)
}
