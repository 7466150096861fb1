"""Every card language: complete packs, printable characters, dates, and fit in every format."""

from __future__ import annotations

import re
from datetime import date

import pytest

from cardmaker.core.cardtext import format_card_date
from cardmaker.core.content import TEXT_KEYS, placeholders
from cardmaker.core.library import CardLibrary, load_library
from cardmaker.core.model import CardFormat, CardRequest, QrTarget
from cardmaker.render.card import render_card
from cardmaker.render.fitcheck import check_language
from cardmaker.render.fonts import printable_codepoints
from cardmaker.render.style import FORMAT_STYLES
from tests.pdfcheck import decode_qr, rasterise

LANGUAGES = sorted(
    "bg cs da de el en es et fi fr ga hr hu is it lt lv mt nl no pl pt ro sk sl sv".split()
)


def test_every_eu_eea_language_has_a_pack(library: CardLibrary) -> None:
    assert library.content.languages() == LANGUAGES


@pytest.mark.parametrize("language", LANGUAGES)
def test_pack_is_complete_draft_and_uses_the_same_placeholders(
    language: str, library: CardLibrary
) -> None:
    pack = library.content.get(language)
    english = library.content.get("en")
    assert pack.status == "draft"
    assert set(pack.texts) == set(TEXT_KEYS)
    for key, value in english.texts.items():
        theirs = pack.texts[key]
        if isinstance(value, tuple):
            assert isinstance(theirs, tuple)
            assert len(theirs) == len(value), key
            continue
        assert isinstance(theirs, str)
        assert placeholders(theirs) == placeholders(value), key
    assert "**" in pack.text("during_contact")


@pytest.mark.parametrize("language", LANGUAGES)
def test_font_prints_every_character_of_every_pack(language: str, library: CardLibrary) -> None:
    printable = printable_codepoints()
    pack = library.content.get(language)
    text = " ".join(v if isinstance(v, str) else " ".join(v) for v in pack.texts.values())
    text += pack.name + "".join(s.authority_for(language) for s in library.reporting.values())
    missing = sorted({c for c in text if ord(c) not in printable and c not in "\n"})
    assert missing == []


@pytest.mark.parametrize(
    ("language", "country", "expected"),
    [
        ("en", "IE", "15 January 2026"),
        ("de", "DE", "15. Januar 2026"),
        ("de", "AT", "15. Jänner 2026"),
        ("fr", "FR", "15 janvier 2026"),
        ("el", "GR", "15 Ιανουαρίου 2026"),
        ("bg", "BG", "15 януари 2026\u202fг."),
        ("no", "NO", "15. januar 2026"),
    ],
)
def test_dates_in_the_card_language(language: str, country: str, expected: str) -> None:
    assert format_card_date(date(2026, 1, 15), language, country) == expected


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_formats_dates(language: str, library: CardLibrary) -> None:
    for country, system in library.reporting.items():
        if language in system.languages:
            assert "2026" in format_card_date(date(2026, 9, 30), language, country)


@pytest.mark.parametrize("card_format", list(CardFormat))
@pytest.mark.parametrize("language", LANGUAGES)
def test_worst_case_fits_every_format_at_or_above_its_minimum(
    language: str, card_format: CardFormat
) -> None:
    results = [r for r in check_language(load_library(), language) if r.card_format == card_format]
    assert results
    failures = [r.error for r in results if not r.fits]
    assert failures == []
    minimum = FORMAT_STYLES[card_format].body_min_pt
    assert min(r.body_size for r in results) >= minimum


@pytest.mark.parametrize("language", LANGUAGES)
def test_qr_scans_at_150_dpi_in_every_language(language: str, library: CardLibrary) -> None:
    country = next(c for c, s in library.reporting.items() if language in s.languages)
    request = CardRequest(
        "denosumab-intas",
        language,
        country,
        "Test",
        qr_target=QrTarget.PRODUCT_INFORMATION,
    )
    decoded = [
        code for page in rasterise(render_card(request, library), 150) for code in decode_qr(page)
    ]
    assert decoded == [
        f"https://www.ema.europa.eu/{language}/documents/product-information/"
        f"denosumab-intas-epar-product-information_{language}.pdf"
    ]


def test_french_punctuation_never_starts_a_line(library: CardLibrary) -> None:
    """French puts a space before : ; ? ! and it must not break (a line began with ':')."""
    pack = library.content.get("fr")
    for key, value in pack.texts.items():
        for text in value if isinstance(value, tuple) else (value,):
            assert not re.search(r" [:;?!]", text), key
