"""Parts of the card pinned to a place: title band, monitoring sentence, QR band.

Each returns draw operations and where it ends, so the flowing text can use the rest.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from cardmaker.core.cardtext import BLACK_TRIANGLE, SharedText
from cardmaker.core.errors import TextOverflowError
from cardmaker.render.blocks import Block
from cardmaker.render.displaylist import DrawOp, FillRect, Link, QrCode, TextLine
from cardmaker.render.flow import trial_sizes
from cardmaker.render.qr import qr_size_modules
from cardmaker.render.style import ACCENT, LEADING, MUTED, ON_ACCENT, Colour, FormatStyle
from cardmaker.render.textflow import DESCENT_EM, Line, Word, breakable_url_words, parse_words, wrap
from cardmaker.render.typography import bind_abbreviations, bound_title


def fit_title(title: str, width: float, style: FormatStyle) -> tuple[float, tuple[Line, ...]]:
    """The largest title size (within the format's range) that wraps to at most max lines.

    The medicine's name and the card's name each stay on one line if any size allows it.
    """
    bound = bound_title(title)
    for variant in (bound, title) if bound else (title,):
        words = parse_words(variant, bold=True)
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
    text: SharedText, left: float, width: float, top: float, style: FormatStyle
) -> tuple[list[DrawOp], float]:
    """The coloured title band; returns ops and the band's bottom.

    The band lies inside the safe area (clear of trim and folds), so neither a cut nor a
    fold that drifts by half a millimetre leaves a sliver of colour or white.
    """
    pad = style.band_pad_mm * mm
    size, lines = fit_title(text.title, width - 2 * pad, style)
    height = len(lines) * LEADING * size + 2 * pad - DESCENT_EM * size
    bottom = top - height
    ops: list[DrawOp] = [FillRect(left, bottom, width, height, ACCENT)]
    for i, line in enumerate(lines):
        baseline = top - pad - (i + 1) * LEADING * size + DESCENT_EM * size
        ops.append(TextLine(left + pad, baseline, size, ON_ACCENT, line))
    return ops, bottom


def monitoring_block(text: SharedText) -> Block | None:
    """The additional-monitoring sentence led by the black triangle, when flagged."""
    if not text.monitoring:
        return None
    sentence = bind_abbreviations(text.monitoring, text.language)
    return Block.of("small", f"{BLACK_TRIANGLE}\u00a0{sentence}")


def qr_band(
    text: SharedText, x: float, bottom: float, width: float, size: float, style: FormatStyle
) -> tuple[list[DrawOp], float] | None:
    """QR code at the lower left with its caption, address and the text version beside it.

    The code's dark modules start at (x, bottom); the caption keeps the full quiet zone
    (four modules) from them. The printed address is a link. Returns the ops and the
    band's top; None if a word of the text is wider than its column.
    """
    module = style.qr_module_mm * mm
    quiet = style.qr_quiet_modules * module
    code = qr_size_modules(text.qr_url, 0) * module
    text_x = x + code + quiet
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
    ops: list[DrawOp] = []
    cursor = top
    for index, ((words, colour, _after), height) in enumerate(zip(parts, heights, strict=True)):
        part = text_lines(words, text_x, cursor, text_w, size, colour)
        if part is not None:
            ops += part[0]
            if index == 1:
                ops.append(Link(text.qr_url, text_x, cursor - part[1], text_w, part[1]))
        cursor -= height
    # The code after its caption: text extraction reads the caption, then the address.
    ops.append(QrCode(text.qr_url, x - quiet, top - code - quiet, module, style.qr_quiet_modules))
    return ops, top
