"""The embedded card font family, registered with reportlab once per process."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from cardmaker.core.resources import asset_path

REGULAR = "CardSans"
BOLD = "CardSans-Bold"
# The black triangle of additional monitoring (U+25BC), a character of its own small font
# so that it is text (it extracts, it scales with the line) rather than a drawn shape.
SYMBOLS = "CardSymbols"
_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf"}
_SYMBOL_FILE = "NotoSansSymbols2-Triangle.ttf"


@cache
def register_fonts() -> tuple[str, str]:
    """Register the family (subset-embedded by reportlab) and return (regular, bold) names.

    This is reportlab's once-per-process set-up, so it also chooses plain binary streams
    over ASCII85 (documented ``rl_config.useA85``): smaller files, faster to write.
    """
    rl_config.useA85 = 0
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(asset_path("fonts", filename))))
    pdfmetrics.registerFont(TTFont(SYMBOLS, str(asset_path("fonts", _SYMBOL_FILE))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)
    return REGULAR, BOLD


@cache
def printable_codepoints() -> frozenset[int]:
    """Code points that every face of the family can print (the validation character map)."""
    register_fonts()
    maps = [pdfmetrics.getFont(name).face.charToGlyph for name in _FILES]  # type: ignore[attr-defined]
    common = set(maps[0])
    for mapping in maps[1:]:
        common &= set(mapping)
    # Code points that map to glyph 0 would print the missing-glyph box.
    return frozenset(cp for cp in common if all(m[cp] != 0 for m in maps))


def string_width(text: str, font: str, size: float) -> float:
    """Advance width in points."""
    return float(pdfmetrics.stringWidth(text, font, size))
