"""Sheets: how many cards fit, nothing near the paper edge, fronts and backs in register."""

from __future__ import annotations

import io
import itertools
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PIL import Image, ImageChops

from cardmaker.batch.combined import CombinedWriter
from cardmaker.batch.pdfjoin import PdfJoiner
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest
from cardmaker.render.card import PreparedCard, prepare, render_prepared
from cardmaker.render.imposition import (
    GUTTER_MM,
    PAPER_MARGIN_MM,
    SHEET_SIZES,
    Duplex,
    Placed,
    Sheet,
    SheetPlan,
    apply,
    plan_sheet,
    render_sheets,
)
from cardmaker.render.style import BLEED_MM, FORMAT_STYLES, MARK_AREA_MM
from tests.batch.readback import names_in
from tests.pdfcheck import page_texts, rasterise

MM = 72 / 25.4


def _plan(paper: str, card_format: CardFormat) -> SheetPlan:
    style = FORMAT_STYLES[card_format]
    return plan_sheet(SHEET_SIZES[paper], style.page_w_mm, style.panel_h_mm)


@pytest.mark.parametrize(
    ("paper", "card_format", "capacity", "rotated"),
    [
        ("a4", CardFormat.ID1_BIFOLD, 4, False),
        ("letter", CardFormat.ID1_BIFOLD, 4, False),
        ("a4", CardFormat.A6_LARGE, 2, True),
        ("letter", CardFormat.A6_LARGE, 2, True),
    ],
)
def test_capacity_and_margins(
    paper: str, card_format: CardFormat, capacity: int, rotated: bool
) -> None:
    plan = _plan(paper, card_format)
    assert (plan.capacity, plan.rotated) == (capacity, rotated)
    margin = (MARK_AREA_MM + PAPER_MARGIN_MM) * MM
    boxes = [plan.trim_box(plan.front(p)) for p in range(plan.capacity)]
    for left, bottom, right, top in boxes:
        assert left >= margin - 0.01 and bottom >= margin - 0.01
        assert right <= plan.width - margin + 0.01 and top <= plan.height - margin + 0.01
    # Neighbours one gutter apart: marks meet, bleeds never touch.
    assert GUTTER_MM > 2 * BLEED_MM
    for a, b in itertools.pairwise(boxes):
        gap = max(b[0] - a[2], a[1] - b[3])
        assert gap == pytest.approx(GUTTER_MM * MM, abs=0.01)


@pytest.mark.parametrize("duplex", [Duplex.LONG_EDGE, Duplex.SHORT_EDGE])
@pytest.mark.parametrize("card_format", list(CardFormat))
def test_backs_register_with_fronts(duplex: Duplex, card_format: CardFormat) -> None:
    """A point of a card's front and the same point of its back meet when the sheet turns."""
    plan = _plan("a4", card_format)
    w, h = plan.card_w, plan.card_h
    for position in range(plan.capacity):
        front, back = plan.front(position), plan.back(position, duplex)
        for u, v in ((0, 0), (w, 0), (0, h), (w, h), (w / 3, h / 4)):
            x, y = apply(front, u, v)
            # Where that spot of the paper is on the back, seen upright after the turn:
            turned = (plan.width - x, y) if duplex is Duplex.LONG_EDGE else (x, plan.height - y)
            # The card turned over its vertical axis shows its back's point (w - u, v) there.
            assert apply(back, w - u, v) == pytest.approx(turned)
        a, b, c, d, _, _ = back
        assert a * d - b * c == pytest.approx(1)  # turned, never mirrored


def _cards(library: CardLibrary, card_format: CardFormat, count: int) -> list[PreparedCard]:
    names = ["Žofie Dvořáková", "Γιώργος Παπαδόπουλος", "Дмитрий Иванов", "Seán Ó Briain"]
    return [
        prepare(
            CardRequest(
                "kefdensis",
                "en",
                "IE",
                names[i % 4],
                card_format=card_format,
                first_injection=date(2026, 3, 1),
            ),
            library,
        )
        for i in range(count)
    ]


def _sheet_pdf(
    library: CardLibrary, card_format: CardFormat, duplex: Duplex, start: int = 0
) -> tuple[SheetPlan, bytes]:
    plan = _plan("a4", card_format)
    cards = _cards(library, card_format, plan.capacity - start)
    placed = tuple(Placed(start + i, c.layout, c.patient, i + 2) for i, c in enumerate(cards))
    return plan, render_sheets([Sheet(1, plan, placed)], duplex, "en", "test")


def _ink(image: Image.Image) -> Image.Image:
    return image.point(lambda v: 255 if v < 128 else 0)


@pytest.mark.parametrize("duplex", [Duplex.LONG_EDGE, Duplex.SHORT_EDGE])
def test_raster_backs_register_and_edges_stay_blank(library: CardLibrary, duplex: Duplex) -> None:
    plan, data = _sheet_pdf(library, CardFormat.ID1_BIFOLD, duplex)
    front, back = (_ink(page) for page in rasterise(data, 50))
    assert front.size == back.size
    flip = (
        Image.Transpose.FLIP_LEFT_RIGHT
        if duplex is Duplex.LONG_EDGE
        else Image.Transpose.FLIP_TOP_BOTTOM
    )
    turned = back.transpose(flip)
    px = 50 / 72
    for left, bottom, right, top in (plan.trim_box(plan.front(p)) for p in range(plan.capacity)):
        # Strips beside the card, outside the bleed, hold only its crop marks: the back's
        # marks, once the sheet is turned, must fall exactly on the front's.
        for x0, x1 in ((left - 8 * MM, left - 4 * MM), (right + 4 * MM, right + 8 * MM)):
            box = (
                int(x0 * px),
                int((plan.height - top - MM) * px),
                int(x1 * px),
                int((plan.height - bottom + MM) * px),
            )
            assert front.crop(box).getbbox() is not None
            assert ImageChops.difference(front.crop(box), turned.crop(box)).getbbox() is None
    edge = int(4 * MM * px)
    width, height = front.size
    for image in (front, back):
        for box in (
            (0, 0, edge, height),
            (width - edge, 0, width, height),
            (0, 0, width, edge),
            (0, height - edge, width, height),
        ):
            assert image.crop(box).getbbox() is None  # nothing within 4 mm of the edge


def test_start_position_and_one_sided(library: CardLibrary) -> None:
    _, data = _sheet_pdf(library, CardFormat.ID1_BIFOLD, Duplex.NONE, start=2)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Žofie Dvořáková" not in text  # one-sided placement puts only page 0 here
    assert text.count("Reminder Card") == 2


def test_joined_parts_open_everywhere_with_unique_font_subsets(library: CardLibrary) -> None:
    out = io.BytesIO()
    joiner = PdfJoiner(out.write)
    for _ in range(3):
        joiner.append(_sheet_pdf(library, CardFormat.ID1_BIFOLD, Duplex.LONG_EDGE)[1])
    joiner.finish()
    data = out.getvalue()
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) == 6
    fonts = set()
    for page in reader.pages:
        for xobject in page["/Resources"]["/XObject"].values():
            for font in xobject.get_object()["/Resources"]["/Font"].values():
                fonts.add(str(font.get_object()["/BaseFont"]))
    # Regular, bold and the triangle's symbol face: three identical parts carry the same
    # three subsets, named by contents.
    assert len(fonts) == 3
    assert len(rasterise(data, 10)) == 6
    assert reader.metadata is not None and reader.metadata["/Title"] == "test"


@pytest.mark.parametrize(
    ("duplex", "sheets", "pages"), [(Duplex.LONG_EDGE, 3, 6), (Duplex.NONE, 6, 6)]
)
def test_four_page_large_print_cards_take_a_position_per_leaf(
    tmp_path: Path, library: CardLibrary, duplex: Duplex, sheets: int, pages: int
) -> None:
    names = ["Jürgen Weiß", "Γιώργος Παπαδόπουλος", "Дмитрий Иванов"]
    out = tmp_path / "c.pdf"
    writer = CombinedWriter(out, SHEET_SIZES["a4"], duplex)
    cards = [
        prepare(CardRequest("kefdensis", "de", "DE", n, card_format=CardFormat.A6_LARGE), library)
        for n in names
    ]
    assert {len(c.layout.pages) for c in cards} == {4}
    tickets = [writer.add(line, card) for line, card in enumerate(cards, start=2)]
    assert writer.close()
    assert writer.sheets == sheets
    data = out.read_bytes()
    assert names_in(data, library) == names
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
    assert len(reader.pages) == pages
    if duplex is Duplex.LONG_EDGE:
        assert tickets[0].output == "c.pdf, sheet 1, position 1; sheet 1, position 2"
        # Each leaf's back carries the page after its front: pages 2 and 4 of the card.
        single = page_texts(render_prepared(cards[0]))
        back = reader.pages[1].extract_text()
        for page in (single[1], single[3]):
            assert page.splitlines()[0] in back
