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
CROP_MARK_LENGTH_MM = 5.0
MARK_LINE_PT = 0.25
MARK_AREA_MM = CROP_MARK_OFFSET_MM + CROP_MARK_LENGTH_MM + 0.5


@dataclass(frozen=True)
class FormatStyle:
    """Geometry and type sizes of one card format."""

    card_format: CardFormat
    label: str
    panel_w_mm: float
    panel_h_mm: float
    panels_per_page: int
    # Page counts to try, fewest first (a card never has an odd number of pages).
    page_counts: tuple[int, ...]
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
    value_min_pt: float
    qr_module_mm: float
    qr_quiet_modules: int
    band_pad_mm: float
    gap_mm: float

    @property
    def page_w_mm(self) -> float:
        """Trim width of one page."""
        return self.panel_w_mm * self.panels_per_page

    @property
    def page_w(self) -> float:
        """Trim width in points."""
        return self.page_w_mm * mm

    @property
    def page_h(self) -> float:
        """Trim height in points."""
        return self.panel_h_mm * mm


ID1_BIFOLD = FormatStyle(
    card_format=CardFormat.ID1_BIFOLD,
    label="Folded ID-1 card (85.60 x 53.98 mm)",
    panel_w_mm=85.60,
    panel_h_mm=53.98,
    panels_per_page=2,
    page_counts=(2,),
    margin_mm=3.6,
    fold_margin_mm=4.2,
    body_pref_pt=8.5,
    body_min_pt=6.5,
    body_pref_more_pages_pt=8.5,
    small_min_pt=6.5,
    title_pref_pt=11.0,
    title_min_pt=8.5,
    title_max_lines=3,
    label_pt=6.5,
    value_pref_pt=8.5,
    value_min_pt=6.5,
    qr_module_mm=0.42,
    qr_quiet_modules=4,
    band_pad_mm=2.4,
    gap_mm=1.2,
)

A6_LARGE = FormatStyle(
    card_format=CardFormat.A6_LARGE,
    label="Large print A6 (105 x 148 mm)",
    panel_w_mm=105.0,
    panel_h_mm=148.0,
    panels_per_page=1,
    page_counts=(2, 4),
    margin_mm=4.5,
    fold_margin_mm=4.5,
    body_pref_pt=12.0,
    body_min_pt=11.0,
    body_pref_more_pages_pt=14.0,
    # The monitoring sentence, QR caption and version line are secondary text.
    small_min_pt=9.5,
    title_pref_pt=14.0,
    title_min_pt=12.0,
    title_max_lines=3,
    label_pt=9.5,
    value_pref_pt=12.0,
    # Filled-in values may shrink below the body minimum so that the longest accepted
    # name still fits one line; labels and all card text stay at 11 pt or more.
    value_min_pt=8.0,
    qr_module_mm=0.42,
    qr_quiet_modules=4,
    band_pad_mm=2.5,
    gap_mm=1.8,
)

FORMAT_STYLES: dict[CardFormat, FormatStyle] = {s.card_format: s for s in (ID1_BIFOLD, A6_LARGE)}
