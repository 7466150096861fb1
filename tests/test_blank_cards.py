"""Blank cards for writing on: no patient data at all, and stacks of copies on sheets."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cardmaker.cli.main import main
from cardmaker.core.errors import InvalidRequestError
from cardmaker.core.library import CardLibrary
from cardmaker.core.model import BLANK_CARD_EMPTY_FIELDS, CardFormat, CardRequest
from cardmaker.render.card import prepare, render_prepared
from cardmaker.render.copies import CopiesError, card_document, impose_copies
from cardmaker.render.imposition import SHEET_SIZES, Duplex
from tests.pdfcheck import all_text, decode_qr, page_texts, rasterise, reader

BLANK = CardRequest(
    "kefdensis",
    "de",
    "DE",
    "",
    card_format=CardFormat.ID1_BIFOLD,
    blank=True,
    clinic="Apotheke am Markt",
)
# Any digit run shaped like a date, in any of the card's date styles.
DATE_LIKE = re.compile(r"\d{1,2}[./ -]\s?(\d{1,2}|[^\W\d_]+)[./ -]\s?\d{4}|\d{4}-\d{2}-\d{2}")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("patient_name", "Anna Muster"),
        ("prescriber", "Dr. Weber"),
        ("prescriber_phone", "030 1234567"),
        ("first_injection", date(2026, 1, 15)),
        ("next_injection", date(2026, 7, 15)),
    ],
)
def test_blank_card_refuses_patient_data_naming_the_field(
    library: CardLibrary, field: str, value: object
) -> None:
    assert field in BLANK_CARD_EMPTY_FIELDS
    with pytest.raises(InvalidRequestError) as caught:
        prepare(replace(BLANK, **{field: value}), library)  # type: ignore[arg-type]
    assert [(p.field, p.code) for p in caught.value.problems] == [(field, "not_on_blank")]


@pytest.mark.parametrize("card_format", list(CardFormat))
def test_blank_card_prints_medicine_and_clinic_and_no_patient_fields(
    library: CardLibrary, card_format: CardFormat
) -> None:
    request = replace(BLANK, card_format=card_format)
    data = render_prepared(prepare(request, library))
    text = all_text(data)
    assert "Kefdensis" in text and "Apotheke am Markt" in text
    assert "Patientenname" in text  # the label stays, above an empty line
    version_date = library.content.get(request.language).date
    assert not DATE_LIKE.search(text.replace(version_date, "")), text  # only the text version
    # The same card for a patient differs only by that patient's values.
    named = render_prepared(
        prepare(
            replace(request, blank=False, patient_name="Zyx Qwv", first_injection=date(2026, 3, 2)),
            library,
        )
    )

    # (A blank two-panel card has taller lines to write on, so its list may be run into
    # its sentence where the named card sets it as a list: compare words, not punctuation.)
    def words(found: str) -> set[str]:
        return {w.strip(";.,()") for w in found.split()} - {""}

    extra = words(all_text(named)) - words(text)
    assert extra and extra <= {"Zyx", "Qwv", "2", "März", "September", "2026"}, extra
    # The QR code still scans and the metadata names no one.
    assert any(decode_qr(page) for page in rasterise(data, 150))
    metadata = reader(data).metadata or {}
    assert "Apotheke" not in " ".join(str(v) for v in metadata.values())


def test_blank_render_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "blank.pdf"
    args = ["render", "-o", str(out), "--blank", "--lang", "fr", "--country", "FR"]
    assert main(args) == 0
    assert "Carte" in all_text(out.read_bytes())
    refused = tmp_path / "refused.pdf"
    code = main([*args[:2], str(refused), *args[3:], "--patient-name", "Jean Dupont"])
    assert code == 2 and not refused.exists()
    assert "patient name (patient_name): is written by hand on a blank card" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("paper", "duplex", "copies", "pages"),
    [
        ("a4", Duplex.LONG_EDGE, 10, 6),  # 4 a sheet: 3 sheets, both sides
        ("letter", Duplex.SHORT_EDGE, 4, 2),
        ("a4", Duplex.NONE, 3, 2),  # one-sided: 6 pages to place, 4 a sheet
    ],
)
def test_copies_are_imposed_like_the_batch(
    library: CardLibrary, paper: str, duplex: Duplex, copies: int, pages: int
) -> None:
    card = prepare(BLANK, library)
    data = impose_copies(card, copies, SHEET_SIZES[paper], duplex)
    texts = page_texts(data)
    assert len(texts) == pages
    # Each copy's cover (its first page) appears once.
    assert sum(t.count("Patientenerinnerungskarte") for t in texts) == copies
    size = reader(data).pages[0].mediabox
    expected = {"a4": (595.3, 841.9), "letter": (612.0, 792.0)}[paper]
    assert (round(float(size.width), 1), round(float(size.height), 1)) == expected
    assert f"Sheet 1 {'front ' if duplex is not Duplex.NONE else ''}" in texts[0]
    assert "copies 1-" in texts[0] and "line" not in texts[0]


def test_copies_of_large_print_take_two_leaves_each(library: CardLibrary) -> None:
    card = prepare(replace(BLANK, card_format=CardFormat.A6_LARGE), library)
    leaves = len(card.layout.pages) // 2
    data = card_document(card, 3, SHEET_SIZES["a4"], Duplex.LONG_EDGE)
    # Two A6 leaves a sheet, front and back.
    assert len(page_texts(data)) == 2 * -(-3 * leaves // 2)


def test_copies_out_of_range(library: CardLibrary) -> None:
    card = prepare(BLANK, library)
    with pytest.raises(CopiesError):
        impose_copies(card, 0, SHEET_SIZES["a4"], Duplex.LONG_EDGE)


def test_cli_copies_on_letter(tmp_path: Path) -> None:
    out = tmp_path / "stack.pdf"
    args = ["render", "-o", str(out), "--blank", "--copies", "8", "--paper", "letter"]
    args += ["--format", "id1-bifold"]
    assert main([*args, "--duplex", "none"]) == 0
    data = out.read_bytes()
    assert len(page_texts(data)) == 4 and "Letter, one side" in page_texts(data)[0]
    assert main([*args[:2], str(tmp_path / "x.pdf"), "--blank", "--copies", "0"]) == 2
