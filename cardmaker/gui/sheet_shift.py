"""The printer offset for a PDF that CUPS centres on the sheet, without touching its content.

CUPS prints a page smaller than the paper at true size in the middle of the sheet. Widening
the page on one side moves that middle, so the unchanged content lands shifted on the
paper: widening the left edge by 2 d moves the card d to the right. The content streams
and fonts stay byte for byte what Save writes; only the page boxes change (all of them:
CUPS centres the trim box when a page has one).
"""

from __future__ import annotations

import io

import pikepdf

POINTS_PER_MM = 72.0 / 25.4
_BOXES = ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox")


def shift_on_sheet(pdf: bytes, offset_mm: tuple[float, float]) -> bytes:
    """``pdf`` as CUPS will print it ``offset_mm`` right and down of the centre.

    With no offset the bytes are returned unchanged.
    """
    across, down = (value * POINTS_PER_MM for value in offset_mm)
    if not across and not down:
        return pdf
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            left, bottom, right, top = (float(v) for v in page.mediabox)
            # Right: widen on the left; left: widen on the right. Down: widen at the top.
            left -= max(0.0, 2 * across)
            right += max(0.0, -2 * across)
            top += max(0.0, 2 * down)
            bottom -= max(0.0, -2 * down)
            box = pikepdf.Array([left, bottom, right, top])
            for name in _BOXES:
                page.obj[name] = box
        output = io.BytesIO()
        document.save(output, deterministic_id=True)
    return output.getvalue()
