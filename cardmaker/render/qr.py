"""The QR code: a vector drawing of the qrcode library's matrix, cached per address."""

from __future__ import annotations

from functools import cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.pdfgen.canvas import Canvas

from cardmaker.core.links import check_link


@cache
def qr_matrix(url: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix (no quiet zone) for a checked public address."""
    check_link(url)
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(url.encode("ascii"))
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


@cache
def _dark_runs(url: str) -> tuple[tuple[int, int, int], ...]:
    """Horizontal runs of dark modules as (row, first column, length)."""
    runs = []
    for row_index, row in enumerate(qr_matrix(url)):
        start = None
        for col, dark in enumerate((*row, False)):
            if dark and start is None:
                start = col
            elif not dark and start is not None:
                runs.append((row_index, start, col - start))
                start = None
    return tuple(runs)


def qr_size_modules(url: str, quiet_modules: int) -> int:
    """Side of the code in modules, quiet zone included."""
    return len(qr_matrix(url)) + 2 * quiet_modules


def draw_qr(canvas: Canvas, url: str, x: float, y: float, module: float, quiet: int) -> None:
    """Draw the code with its quiet zone's lower-left corner at (x, y), one path of runs.

    One path of merged runs keeps the file small and the modules seamless (no hairline gaps).
    """
    count = len(qr_matrix(url))
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    side = (count + 2 * quiet) * module
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    top = y + (count + quiet) * module
    for row, col, length in _dark_runs(url):
        path.rect(x + (quiet + col) * module, top - (row + 1) * module, length * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
