"""Many copies of one card on sheets: a stack of blank cards to fill in by hand.

The copies are placed exactly as the batch places patients' cards (the same sheet plans,
gutters, duplex turns and marks, from ``imposition``); each copy takes the place a list
row would, and the sheet line counts copies instead of rows.
"""

from __future__ import annotations

import math

from cardmaker.core.errors import CardmakerError
from cardmaker.render.card import PreparedCard, document_title, render_prepared
from cardmaker.render.imposition import (
    SHEET_SIZES,
    Duplex,
    Placed,
    Sheet,
    SheetSize,
    leaf_pages,
    plan_sheet,
    render_sheets,
)
from cardmaker.render.pdfx import make_pdfx

MAX_COPIES = 1000


class CopiesError(CardmakerError):
    """A number of copies the program will not impose."""


def _places_per_copy(card: PreparedCard, duplex: Duplex) -> int:
    """Sheet positions one copy takes: one per leaf, or one per page printed one-sided."""
    return len(leaf_pages(len(card.layout.pages), duplex))


def _capacity(card: PreparedCard, paper: SheetSize) -> int:
    style = card.layout.style
    return plan_sheet(paper, style.page_w_mm, style.panel_h_mm).capacity


def sheets_needed(card: PreparedCard, copies: int, paper: SheetSize, duplex: Duplex) -> int:
    """How many sheets ``impose_copies`` makes for ``copies`` copies."""
    return math.ceil(copies * _places_per_copy(card, duplex) / _capacity(card, paper))


def copies_per_sheet(card: PreparedCard, paper: SheetSize, duplex: Duplex) -> int:
    """Copies that fit on one sheet (a four-page card printed one-sided takes four places)."""
    return max(1, _capacity(card, paper) // _places_per_copy(card, duplex))


def impose_copies(card: PreparedCard, copies: int, paper: SheetSize, duplex: Duplex) -> bytes:
    """PDF of ``copies`` copies of ``card`` on sheets of ``paper``, printed as ``duplex`` says."""
    if not 1 <= copies <= MAX_COPIES:
        raise CopiesError(f"copies must be from 1 to {MAX_COPIES}, not {copies}")
    style = card.layout.style
    plan = plan_sheet(paper, style.page_w_mm, style.panel_h_mm)
    leaves = [
        (copy, page)
        for copy in range(1, copies + 1)
        for page in leaf_pages(len(card.layout.pages), duplex)
    ]
    sheets: list[Sheet] = []
    for start in range(0, len(leaves), plan.capacity):
        placed = tuple(
            Placed(position, card.layout, card.patient, copy, page)
            for position, (copy, page) in enumerate(leaves[start : start + plan.capacity])
        )
        sheets.append(Sheet(len(sheets) + 1, plan, placed, ("copy", "copies")))
    return render_sheets(sheets, duplex, card.request.language, document_title(card))


def card_document(
    card: PreparedCard,
    copies: int | None = None,
    paper: SheetSize | None = None,
    duplex: Duplex = Duplex.LONG_EDGE,
    pdfx: bool = False,
) -> bytes:
    """The file asked for: the card's own pages, or copies on sheets.

    Sheets are made when a number of copies or a paper size is given; ``pdfx`` makes the
    file PDF/X-1a.
    """
    if copies is None and paper is None:
        data = render_prepared(card)
    else:
        data = impose_copies(card, copies or 1, paper or SHEET_SIZES["a4"], duplex)
    return make_pdfx(data) if pdfx else data
