"""The rendered card read back as a user would: text, boxes, fonts, pixels, QR, metadata."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cardmaker.core.cardtext import shared_text
from cardmaker.core.content import TEXT_KEYS
from cardmaker.core.errors import InvalidRequestError, TextOverflowError, UnsafeLinkError
from cardmaker.core.library import CardLibrary
from cardmaker.core.links import check_link, medicine_link
from cardmaker.core.model import CardFormat, CardRequest, QrTarget
from cardmaker.render.card import prepare, prepare_preview, render_card, render_prepared
from cardmaker.render.displaylist import Rule
from cardmaker.render.qr import qr_matrix
from cardmaker.render.style import FORMAT_STYLES
from tests.pdfcheck import (
    MM,
    all_text,
    boxes_mm,
    decode_qr,
    embedded_fonts,
    rasterise,
    reader,
    sized_text,
    squeeze,
)

EPAR = "https://www.ema.europa.eu/en/medicines/human/EPAR/kefdensis"


def test_text_holds_patient_product_substance_and_every_content_point(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    pdf = render_card(sample_request, library)
    text = squeeze(all_text(pdf))
    for value in (
        "Mary O'Brien",
        "Dr Seán Murphy",
        "+353 1 234 5678",
        "St. Vincent's Osteoporosis Clinic",
    ):
        assert squeeze(value) in text
    assert "31August2026" in text and "28February2027" in text  # first + 6 months, clamped
    assert "Kefdensis" in text and "denosumab" in text
    medicine = library.catalogue.get("kefdensis")
    card = shared_text(library.content.get("en"), medicine, library.reporting["IE"], QrTarget.EPAR)
    for key in TEXT_KEYS:
        if key.startswith("field_") or key == "before_checkup_items":
            continue
        value = getattr(card, key) if hasattr(card, key) else None
        if isinstance(value, str) and value:
            assert squeeze(value) in text, key
    for item in card.before_checkup_items:
        assert squeeze(item) in text
    for _, label in card.field_labels:
        assert squeeze(label) in text
    assert squeeze(EPAR) in text
    assert squeeze("HPRA Pharmacovigilance") in text


@pytest.mark.parametrize("card_format", list(CardFormat))
def test_page_boxes_to_a_tenth_of_a_millimetre(
    card_format: CardFormat, sample_request: CardRequest, library: CardLibrary
) -> None:
    pdf = render_card(replace(sample_request, card_format=card_format), library)
    style = FORMAT_STYLES[card_format]
    expected_w = {
        CardFormat.ID1_TRIFOLD: 254.8,
        CardFormat.ID1_BIFOLD: 171.2,
        CardFormat.A6_LARGE: 105.0,
    }[card_format]
    expected_h = 148.0 if card_format is CardFormat.A6_LARGE else 53.98
    pages = len(reader(pdf).pages)
    assert pages in style.page_counts
    for page in range(pages):
        boxes = boxes_mm(pdf, page)
        x0, y0, x1, y1 = boxes["trimbox"]
        assert x1 - x0 == pytest.approx(expected_w, abs=0.1)
        assert y1 - y0 == pytest.approx(expected_h, abs=0.1)
        bx0, by0, bx1, by1 = boxes["bleedbox"]
        for outer, inner in ((x0 - bx0), (y0 - by0)), ((bx1 - x1), (by1 - y1)):
            assert outer == pytest.approx(3.0, abs=0.1)
            assert inner == pytest.approx(3.0, abs=0.1)
        mx0, my0, mx1, my1 = boxes["mediabox"]
        # Crop marks sit outside the bleed, so the media box is larger than the bleed box.
        assert mx0 < bx0 - 3 and my0 < by0 - 3 and mx1 > bx1 + 3 and my1 > by1 + 3
    assert style.page_w / MM == pytest.approx(expected_w, abs=0.1)


def test_every_font_is_embedded(sample_request: CardRequest, library: CardLibrary) -> None:
    fonts = embedded_fonts(render_card(sample_request, library))
    assert fonts and all(fonts.values()), fonts
    assert any("NotoSans-Bold" in name for name in fonts)
    assert not any("Helvetica" in name for name in fonts)


@pytest.mark.parametrize("dpi", [150, 300])
@pytest.mark.parametrize("card_format", list(CardFormat))
def test_qr_decodes_from_pixels_to_exactly_the_epar_address(
    dpi: int, card_format: CardFormat, sample_request: CardRequest, library: CardLibrary
) -> None:
    pdf = render_card(replace(sample_request, card_format=card_format), library)
    decoded = [code for page in rasterise(pdf, dpi) for code in decode_qr(page)]
    assert decoded == [EPAR]


def test_qr_for_product_information_in_card_language(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    request = replace(sample_request, country="MT", qr_target=QrTarget.PRODUCT_INFORMATION)
    pdf = render_card(request, library)
    decoded = [code for page in rasterise(pdf, 150) for code in decode_qr(page)]
    assert decoded == [
        "https://www.ema.europa.eu/en/documents/product-information/"
        "kefdensis-epar-product-information_en.pdf"
    ]


def test_qr_module_size_and_error_correction(library: CardLibrary) -> None:
    matrix = qr_matrix(EPAR)
    # Version 4 at level M holds this address; the qrcode library picks the smallest version.
    assert len(matrix) == 33
    for style in FORMAT_STYLES.values():
        assert style.qr_module_mm >= 0.4
        assert style.qr_quiet_modules >= 4


@pytest.mark.parametrize(
    "url",
    [
        "http://www.ema.europa.eu/en/medicines/human/EPAR/kefdensis",
        "https://evil.example.com/en/medicines/human/EPAR/kefdensis",
        "https://www.ema.europa.eu/en/medicines/human/EPAR/kefdensis?patient=Mary",
        "https://www.ema.europa.eu/en/medicines/human/EPAR/kefdensis#x",
        "https://www.ema.europa.eu.evil.com/x",
    ],
)
def test_links_outside_the_allow_list_are_refused(url: str) -> None:
    with pytest.raises(UnsafeLinkError):
        check_link(url)
    with pytest.raises(UnsafeLinkError):
        qr_matrix(url)


def test_medicine_links() -> None:
    assert medicine_link("kefdensis", QrTarget.EPAR, "fr") == EPAR


def test_over_long_name_raises_overflow_naming_panel_and_language(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    from cardmaker.render import card as card_module

    prepared = prepare(sample_request, library)
    too_long = replace(
        prepared.patient,
        values=(("patient_name", "Wolfeschlegelsteinhausen " * 6), *prepared.patient.values[1:]),
    )
    with pytest.raises(TextOverflowError) as caught:
        card_module.render_prepared(replace(prepared, patient=too_long))
    assert caught.value.panel == "patient details"
    assert caught.value.language == "en"
    assert "patient_name" in str(caught.value)


def test_metadata_and_viewer_settings(sample_request: CardRequest, library: CardLibrary) -> None:
    pdf = render_card(sample_request, library)
    document = reader(pdf)
    metadata = {k: str(v) for k, v in (document.metadata or {}).items()}
    everything = " ".join(metadata.values())
    for value in ("Mary", "O'Brien", "Murphy", "5678", "Vincent"):
        assert value not in everything
    assert "kefdensis" in metadata["/Title"]
    root = document.trailer["/Root"]
    assert str(root["/Lang"]) == "en"
    assert str(root["/ViewerPreferences"]["/PrintScaling"]) == "/None"
    assert b"Mary" not in pdf.split(b"stream")[0]


def test_identical_input_gives_identical_bytes(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    assert render_card(sample_request, library) == render_card(sample_request, library)


def test_body_text_sizes(sample_request: CardRequest, library: CardLibrary) -> None:
    id1 = sized_text(render_card(sample_request, library))
    assert min(s.size for s in id1) >= 6.5 - 0.01
    a6 = sized_text(render_card(replace(sample_request, card_format=CardFormat.A6_LARGE), library))
    card = prepare(replace(sample_request, card_format=CardFormat.A6_LARGE), library)
    assert card.layout.body_size >= 11.0
    body = [s for s in a6 if "precautions" in s.text or "osteoporosis" in s.text]
    assert body and min(s.size for s in body) >= 11.0 - 0.01


def test_blank_fields_leave_lines_to_write_on(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    bare = replace(
        sample_request, prescriber="", prescriber_phone="", clinic="", first_injection=None
    )
    card = prepare(bare, library)
    pdf = render_prepared(card)
    text = squeeze(all_text(pdf))
    assert "MaryO'Brien" in text and "Murphy" not in text
    inside = card.layout.pages[1]
    rules = [op for op in inside.ops if isinstance(op, Rule)]
    assert len(rules) == len(inside.slots) == 6
    for slot in inside.slots:
        assert any(abs(r.x - slot.x) < 0.01 and r.width == slot.width for r in rules)


def test_preview_of_an_unfinished_card_leaves_problem_fields_blank(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    unfinished = replace(sample_request, patient_name="", prescriber_phone="call me")
    card, complete = prepare_preview(unfinished, library)
    assert not complete
    assert card.patient.get("patient_name") == ""
    assert card.patient.get("prescriber_phone") == ""
    text = squeeze(all_text(render_prepared(card)))
    assert "Murphy" in text
    assert "callme" not in text
    finished, complete = prepare_preview(sample_request, library)
    assert complete
    assert render_prepared(finished) == render_card(sample_request, library)
    with pytest.raises(InvalidRequestError):
        prepare_preview(replace(sample_request, medicine="xgeva"), library)


@pytest.mark.parametrize(("language", "country"), [("de", "DE"), ("hu", "HU"), ("no", "NO")])
def test_a_paragraph_broken_between_panels_is_printed_once(
    language: str, country: str, sample_request: CardRequest, library: CardLibrary
) -> None:
    """When the rest of a broken paragraph cannot follow, the whole paragraph moves on.

    These trifold cards once printed the first lines of the ONJ paragraph on the cover and
    then the whole paragraph again on the next panel.
    """
    request = replace(
        sample_request,
        medicine="prolia",
        language=language,
        country=country,
        card_format=CardFormat.ID1_TRIFOLD,
    )
    text = squeeze(all_text(render_card(request, library)))
    medicine = library.catalogue.get(request.medicine)
    pack = library.content.get(language)
    card = shared_text(pack, medicine, library.reporting[country], QrTarget.EPAR)
    for key in TEXT_KEYS:
        value = getattr(card, key, None)
        if isinstance(value, str) and len(value) > 60:
            assert text.count(squeeze(value)[:40]) == 1, key
