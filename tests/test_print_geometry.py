"""Print geometry read back from the PDFs.

Type sizes, ink clear of trim and folds, the QR quiet zone, reading order, the link, where
lines may not break, and the sheet information line clear of the marks.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest, QrTarget
from cardmaker.render.card import prepare, render_prepared
from cardmaker.render.displaylist import QrCode, TextLine
from cardmaker.render.fitcheck import LONG_VALUES
from cardmaker.render.fonts import REGULAR, register_fonts, string_width
from cardmaker.render.imposition import (
    PAPER_MARGIN_MM,
    SHEET_SIZES,
    SLUG_PT,
    plan_sheet,
    slug_position,
)
from cardmaker.render.style import FORMAT_STYLES, MARK_AREA_MM
from cardmaker.render.typography import bind_abbreviations
from tests.pdfcheck import MM, all_text, boxes_mm, page_texts, rasterise, reader, sized_text

DPI = 200
PX_PER_MM = DPI / 25.4
# Anti-aliasing may grey one pixel beyond the drawn edge.
AA_PX = 1
INK = 235  # darker than this (0-255 grey) is ink
# Languages with tall accents, long words or other scripts.
HARD_LANGUAGES = ["bg", "cs", "de", "el", "fr", "is", "mt"]


def worst(library: CardLibrary, language: str, card_format: CardFormat) -> CardRequest:
    """Long real values, a medicine under additional monitoring, the language's country."""
    country = next(c for c, s in library.reporting.items() if language in s.languages)
    return CardRequest(
        medicine="denosumab-intas",
        language=language,
        country=country,
        card_format=card_format,
        qr_target=QrTarget.PRODUCT_INFORMATION,
        first_injection=date(2026, 9, 30),
        **LONG_VALUES,
    )


@pytest.mark.parametrize("language", HARD_LANGUAGES)
@pytest.mark.parametrize("card_format", list(CardFormat))
def test_smallest_character_per_format(
    library: CardLibrary, language: str, card_format: CardFormat
) -> None:
    card = prepare(worst(library, language, card_format), library)
    sizes = [s.size for s in sized_text(render_prepared(card))]
    smallest = min(sizes)
    if card_format is CardFormat.A6_LARGE:
        # Large print means everything: labels, values, captions and the QR address.
        assert smallest >= 11.0 - 0.01
    elif card_format is CardFormat.ID1_TRIFOLD:
        assert card.layout.body_size >= 8.0
        assert smallest >= 6.5 - 0.01
    else:
        assert smallest >= 6.0 - 0.01  # the two-panel card: values may shrink to 6 pt


def _trim_px(data: bytes, page: int, image: Image.Image) -> tuple[int, int, int, int]:
    """The trim box on the raster: left, top, right, bottom in pixels."""
    x0, y0, x1, y1 = boxes_mm(data, page)["trimbox"]
    media = boxes_mm(data, page)["mediabox"]
    height_mm = media[3] - media[1]
    return (
        round(x0 * PX_PER_MM),
        round((height_mm - y1) * PX_PER_MM),
        round(x1 * PX_PER_MM),
        round((height_mm - y0) * PX_PER_MM),
    )


def _ink_columns(image: Image.Image, box: tuple[int, int, int, int]) -> bool:
    """True if any pixel in the box (left, top, right, bottom) is ink."""
    left, top, right, bottom = box
    if right <= left or bottom <= top:
        return False
    region = image.crop(box)
    return bool(region.getextrema()[0] < INK)


@pytest.mark.parametrize("language", ["cs", "is", "el"])
@pytest.mark.parametrize("card_format", list(CardFormat))
def test_ink_stays_3_mm_inside_the_trim_and_2_mm_from_folds(
    library: CardLibrary, language: str, card_format: CardFormat
) -> None:
    style = FORMAT_STYLES[card_format]
    card = prepare(worst(library, language, card_format), library)
    data = render_prepared(card)
    safe = round(3.0 * PX_PER_MM) - AA_PX
    clear = round(2.0 * PX_PER_MM) - AA_PX
    for index, image in enumerate(rasterise(data, DPI)):
        left, top, right, bottom = _trim_px(data, index, image)
        inside = (left, top, right, bottom)
        assert _ink_columns(image, inside), "the card has ink"
        strips = {
            "left": (left, top, left + safe, bottom),
            "right": (right - safe, top, right, bottom),
            "top": (left, top, right, top + safe),
            "bottom": (left, bottom - safe, right, bottom),
        }
        for fold in style.fold_xs(index):
            x = left + round(fold / MM * PX_PER_MM)
            strips[f"fold at {fold / MM:.1f} mm"] = (x - clear, top, x + clear, bottom)
        for name, box in strips.items():
            assert not _ink_columns(image, box), f"page {index + 1}: ink in the {name} strip"


@pytest.mark.parametrize("card_format", list(CardFormat))
def test_qr_keeps_a_full_four_module_quiet_zone(
    library: CardLibrary, card_format: CardFormat
) -> None:
    card = prepare(worst(library, "fr", card_format), library)
    data = render_prepared(card)
    pages = rasterise(data, DPI)
    (index, code), *_ = [
        (i, op)
        for i, page in enumerate(card.layout.pages)
        for op in page.ops
        if isinstance(op, QrCode)
    ]
    image = pages[index]
    left, _, _, bottom = _trim_px(data, index, image)
    side = (code.quiet * 2 + 41) * code.module  # product-information address: version 6
    # Quiet zone box (points from the trim corner) to pixels, then the ring without the code.
    qx0 = left + round(code.x / MM * PX_PER_MM)
    qy1 = bottom - round(code.y / MM * PX_PER_MM)
    qx1 = left + round((code.x + side) / MM * PX_PER_MM)
    qy0 = bottom - round((code.y + side) / MM * PX_PER_MM)
    ring = round(code.quiet * code.module / MM * PX_PER_MM) - AA_PX
    assert _ink_columns(image, (qx0 + ring, qy0 + ring, qx1 - ring, qy1 - ring))
    for box in (
        (qx0, qy0, qx1, qy0 + ring),
        (qx0, qy1 - ring, qx1, qy1),
        (qx0, qy0, qx0 + ring, qy1),
        (qx1 - ring, qy0, qx1, qy1),
    ):
        assert not _ink_columns(image, box), box


def test_text_extracts_in_reading_order(sample_request: CardRequest, library: CardLibrary) -> None:
    request = replace(sample_request, card_format=CardFormat.ID1_TRIFOLD)
    outside, inside = page_texts(render_prepared(prepare(request, library)))
    # Outside: the cover first, the back (QR caption, address) last.
    order = ["Patient Reminder Card", "important safety information", "Product information"]
    positions = [outside.index(part) for part in order]
    assert positions == sorted(positions), outside
    # Inside: each label, then the patient's value, then the advice.
    order = ["Patient name", "Mary O'Brien", "Doctor", "Seán Murphy", "Clinic or pharmacy"]
    order += ["St. Vincent", "First injection", "31 August 2026", "During treatment"]
    positions = [inside.index(part) for part in order]
    assert positions == sorted(positions), inside


def test_black_triangle_is_a_character_and_the_address_a_link(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    data = render_prepared(prepare(sample_request, library))
    assert "Kefdensis \u25bc (denosumab)" in re.sub(r"\s+", " ", all_text(data))
    annotations = [
        a.get_object() for page in reader(data).pages for a in (page.get("/Annots") or [])
    ]
    links = [a for a in annotations if a["/Subtype"] == "/Link"]
    assert [str(a["/A"]["/URI"]) for a in links] == [
        "https://www.ema.europa.eu/en/medicines/human/EPAR/kefdensis"
    ]


def _lines(card_format: CardFormat, library: CardLibrary, language: str) -> list[str]:
    card = prepare(worst(library, language, card_format), library)
    return [
        "".join(run.text for run in op.line.runs)
        for page in card.layout.pages
        for op in page.ops
        if isinstance(op, TextLine)
    ]


@pytest.mark.parametrize("card_format", list(CardFormat))
def test_no_break_after_an_abbreviation_or_inside_a_host_name(
    library: CardLibrary, card_format: CardFormat
) -> None:
    for language, abbreviation in (("de", "z. B."), ("en", "e.g."), ("cs", "např.")):
        lines = _lines(card_format, library, language)
        text = "\n".join(lines).replace("\u00a0", " ")
        assert abbreviation in text
        first = abbreviation.split(" ")[0]
        assert not any(line.rstrip().endswith((abbreviation, first)) for line in lines)
        # Host names are whole: no line ends inside "www.bfarm.de" or "www.ema.europa.eu".
        assert not re.search(r"(^|\s)(https://)?www\.\s*$", text, re.MULTILINE)
        for host in ("www.ema.europa.eu",):
            assert host in text.replace("\n", "") and all(
                not line.endswith(("www.", "www.ema.", "ema.europa.")) for line in lines
            )


def test_title_keeps_the_card_name_on_one_line(library: CardLibrary) -> None:
    for card_format in CardFormat:
        lines = _lines(card_format, library, "el")
        assert any("Κάρτα\u00a0υπενθύμισης" in line for line in lines)


def test_abbreviations_bind_to_what_follows() -> None:
    assert bind_abbreviations("bevorsteht (z. B. Zahnziehen)", "de") == (
        "bevorsteht (z.\u00a0B.\u00a0Zahnziehen)"
    )
    assert bind_abbreviations("viz č. 5", "cs") == "viz č.\u00a05"
    assert bind_abbreviations("Fez. Bob", "de") == "Fez. Bob"  # whole words only


@pytest.mark.parametrize("paper", sorted(SHEET_SIZES))
@pytest.mark.parametrize("card_format", list(CardFormat))
def test_sheet_information_line_is_clear_of_every_mark(paper: str, card_format: CardFormat) -> None:
    style = FORMAT_STYLES[card_format]
    plan = plan_sheet(SHEET_SIZES[paper], style.page_w_mm, style.panel_h_mm)
    assert plan.capacity >= 1
    register_fonts()
    text = "Sheet 999 front · lines 1000-1099 · print at 100 % (actual size), Letter, "
    text += "both sides, turn on the short edge"
    half = string_width(text, REGULAR, SLUG_PT) / 2
    x, y, rotated = slug_position(plan)
    # The line's box: along its baseline, from the descenders to the accents.
    if rotated:
        slug = (x - 0.95 * SLUG_PT, y - half, x + 0.25 * SLUG_PT, y + half)
    else:
        slug = (x - half, y - 0.25 * SLUG_PT, x + half, y + 0.95 * SLUG_PT)
    margin = PAPER_MARGIN_MM * MM
    assert slug[0] >= margin and slug[1] >= margin
    assert slug[2] <= plan.width - margin and slug[3] <= plan.height - margin
    area = MARK_AREA_MM * MM
    for ox, oy in plan.origins:
        box_w, box_h = (plan.card_h, plan.card_w) if plan.rotated else (plan.card_w, plan.card_h)
        marks = (ox - area, oy - area, ox + box_w + area, oy + box_h + area)
        overlap = not (
            slug[2] <= marks[0] or marks[2] <= slug[0] or slug[3] <= marks[1] or marks[3] <= slug[1]
        )
        assert not overlap, (paper, card_format, slug, marks)


def test_three_panel_card_folds_to_id1_and_prints_on_a4_and_letter() -> None:
    style = FORMAT_STYLES[CardFormat.ID1_TRIFOLD]
    widths = style.panel_widths_mm
    assert max(widths) <= 85.6 and style.panel_h_mm <= 53.98
    assert min(widths) == pytest.approx(max(widths) - 2.0)  # the panel that folds in
    # Outside: the narrow panel on the left; inside (its back) on the right.
    assert style.panel_edges(0)[1] / MM == pytest.approx(widths[0])
    assert style.panel_edges(1)[-1] - style.panel_edges(1)[-2] == pytest.approx(widths[0] * MM)
    for paper in ("a4", "letter"):
        assert plan_sheet(SHEET_SIZES[paper], style.page_w_mm, style.panel_h_mm).capacity >= 2
