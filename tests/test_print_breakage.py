"""Print breakage found by measuring the cards: each test reproduces one defect."""

from __future__ import annotations

from datetime import date

import pytest

from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest, QrTarget
from cardmaker.render.card import prepare
from cardmaker.render.displaylist import TextLine
from cardmaker.render.fitcheck import LONG_VALUES
from cardmaker.render.typography import NBSP, bind_abbreviations


def test_abbreviation_followed_by_punctuation_is_still_one_piece() -> None:
    # Spanish "(p. ej., una extracción)": the comma after the abbreviation must not let
    # "p." end a line with "ej.," on the next.
    assert f"(p.{NBSP}ej., una" in bind_abbreviations("(p. ej., una extracción)", "es")
    assert f"z.{NBSP}B.)" in bind_abbreviations("(siehe z. B.)", "de")


@pytest.mark.parametrize("qr_target", list(QrTarget))
def test_spanish_card_never_ends_a_line_with_p(library: CardLibrary, qr_target: QrTarget) -> None:
    for card_format in CardFormat:
        request = CardRequest(
            medicine="prolia",
            language="es",
            country="ES",
            card_format=card_format,
            qr_target=qr_target,
            first_injection=date(2026, 9, 30),
            **LONG_VALUES,
        )
        card = prepare(request, library)
        lines = [
            "".join(run.text for run in op.line.runs).rstrip()
            for page in card.layout.pages
            for op in page.ops
            if isinstance(op, TextLine)
        ]
        assert any(f"p.{NBSP}ej." in line for line in lines), card_format
        assert not any(line.endswith("(p.") for line in lines), card_format


@pytest.mark.parametrize("language", ["el", "hu", "lv"])
def test_large_card_keeps_take_these_precautions_with_them(
    library: CardLibrary, language: str
) -> None:
    # The four-page card is two loose cards: "…so take these precautions:" must not end the
    # first card while the precautions are on the second.
    country = next(c for c, s in library.reporting.items() if language in s.languages)
    for medicine in ("denosumab-intas", "prolia"):
        request = CardRequest(
            medicine=medicine,
            language=language,
            country=country,
            card_format=CardFormat.A6_LARGE,
            qr_target=QrTarget.EPAR,
            first_injection=date(2026, 9, 30),
            **LONG_VALUES,
        )
        card = prepare(request, library)
        first_card = [
            "".join(run.text for run in op.line.runs).rstrip()
            for page in card.layout.pages[:2]
            for op in page.ops
            if isinstance(op, TextLine)
        ]
        assert not first_card[-1].endswith(":"), (medicine, first_card[-1])
