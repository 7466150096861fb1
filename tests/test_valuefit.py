"""Fit by width: one rule for the form, ``render`` and the batch, read back from the PDFs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from cardmaker.cli.main import main
from cardmaker.core.errors import InvalidRequestError
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import CardFormat, CardRequest
from cardmaker.render.card import check_request, prepare, render_prepared
from cardmaker.render.fieldgrid import field_cells
from cardmaker.render.fitcheck import LONG_VALUES
from cardmaker.render.style import FORMAT_STYLES
from cardmaker.render.valuefit import TOO_WIDE, fit_value, value_problems
from tests.pdfcheck import all_text, sized_text, squeeze

PRESCRIBER = "Prof. Dr. med. Dr. med. dent. Hans-Joachim Müller-Lüdenscheidt"
CLINIC = "Universitätsklinikum Schleswig-Holstein, Campus Kiel"


@pytest.mark.parametrize("card_format", list(CardFormat))
def test_the_long_german_names_fit_every_format(
    card_format: CardFormat, sample_request: CardRequest, library: CardLibrary
) -> None:
    request = replace(
        sample_request,
        language="de",
        country="DE",
        card_format=card_format,
        prescriber=PRESCRIBER,
        clinic=CLINIC,
    )
    assert value_problems(request) == []
    pdf = render_prepared(prepare(request, library))
    text = squeeze(all_text(pdf))
    assert squeeze(PRESCRIBER) in text and squeeze(CLINIC) in text
    floor = FORMAT_STYLES[card_format].value_min_pt
    sizes = [s.size for s in sized_text(pdf) if s.text.strip() in PRESCRIBER]
    assert sizes and min(sizes) >= floor - 0.01


def test_a_value_wraps_to_a_second_line_before_it_shrinks_on_large_print() -> None:
    style = FORMAT_STYLES[CardFormat.A6_LARGE]
    fit = fit_value(PRESCRIBER, field_cells(style)["prescriber"], style)
    assert fit is not None
    assert len(fit.lines) == 2 and " ".join(fit.lines) == PRESCRIBER
    assert fit.size >= 11.0


def test_phone_numbers_never_wrap() -> None:
    style = FORMAT_STYLES[CardFormat.A6_LARGE]
    cell = field_cells(style)["prescriber_phone"]
    assert cell.max_lines == 1
    fit = fit_value(LONG_VALUES["prescriber_phone"], cell, style)
    assert fit is not None and len(fit.lines) == 1


@pytest.mark.parametrize("card_format", list(CardFormat))
def test_wide_letters_are_refused_under_their_own_field(
    card_format: CardFormat, sample_request: CardRequest, library: CardLibrary
) -> None:
    # Fifty wide letters pass any character count the form might have had.
    request = replace(sample_request, card_format=card_format, patient_name="W" * 50)
    problems = check_request(request, library)
    assert [(p.field, p.code) for p in problems] == [("patient_name", TOO_WIDE)]
    assert "shorten it, for example with initials" in problems[0].reason
    with pytest.raises(InvalidRequestError) as caught:
        prepare(request, library)
    assert caught.value.problems == tuple(problems)


def test_a_narrow_value_of_the_same_length_fits(
    sample_request: CardRequest, library: CardLibrary
) -> None:
    request = replace(sample_request, patient_name="i" * 50)
    assert check_request(request, library) == []


def test_render_command_refuses_a_too_wide_value_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "card.pdf"
    code = main(["render", "-o", str(out), "--patient-name", "W" * 50, "--lang", "en"])
    assert code == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "patient_name" in err and "too wide for the card" in err
